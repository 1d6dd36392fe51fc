import { describe, expect, it } from 'vitest';
import { isInstructionToAssistant } from '../../../lib/dream/directives';
import { everydayStatements } from '../../../lib/dream/everyday-facts';
import { extractFromTurn } from '../../../lib/dream/extract';
import { partnerStatements } from '../../../lib/dream/partners';

const facts = (text: string) => extractFromTurn({ id: 't1', text, at: Date.UTC(2026, 0, 5) }).facts.map((f) => f.text);

/**
 * Rules written "I (?:have|'ve got|…)" put the space before the whole choice, so their "I've …" branch wanted "I 've"
 * and never met a contraction as people type it: "I've got mild asthma" taught nothing while "I have mild asthma" did.
 */
describe('"I\'ve", "I\'m", "I\'d" read as the full forms are', () => {
  it('a condition, pets and a diabetes type said with "I\'ve got"', () => {
    expect(facts("I've got mild asthma, so which coastal walks are flat?")).toContain('User has mild asthma.');
    expect(facts('I’ve got three rabbits, are foxgloves safe in the garden?')).toContain('User has three rabbits.');
    expect(facts("I've got T2D, what's a low-carb breakfast?")).toContain('User has type 2 diabetes.');
  });

  it('pay said with "I\'m paid … as a"', () => {
    expect(facts("I'm paid about 29k as a dental nurse, is that normal in Leeds?")).toContain('User is a dental nurse.');
  });

  it('a wheelchair said with "I\'m in"', () => {
    expect(everydayStatements("I'm in a wheelchair, so only step-free cafés please").map((f) => f.text)).toEqual(['User uses a wheelchair.']);
  });

  it('an engagement or a wedding date said with "X and I\'ve"', () => {
    expect(partnerStatements("big news: Oskar and I've got engaged").map((f) => f.text)).toEqual(['User is engaged to Oskar.']);
    expect(partnerStatements('so Thandi and I’ve set the date for October').map((f) => f.text)).toEqual(['User is engaged to Thandi.']);
  });

  it('a standing request said with "I\'d like you to always"', () => {
    expect(isInstructionToAssistant("I'd like you to always give temperatures in Celsius")).toBe(true);
  });

  it('and still nothing where the full forms give nothing', () => {
    expect(facts("I've got a meeting at ten, can you tidy this email?")).toEqual([]);
    expect(partnerStatements("Oskar and I've got tickets for Saturday")).toEqual([]);
    expect(isInstructionToAssistant("I'd like you to check this letter")).toBe(false);
    expect(everydayStatements("I'm in a queue at the post office")).toEqual([]);
  });
});
