import { describe, expect, it } from 'vitest';
import { selfStatements } from '../../../lib/dream/about-self';
import { isInstructionToAssistant } from '../../../lib/dream/directives';

const texts = (s: string) => selfStatements(s).map((f) => f.text);

describe('what users say about themselves that shapes every answer', () => {
  it('their time zone', () => {
    expect(texts("I'm on Eastern time so mornings are best")).toEqual(["User's time zone is Eastern Time."]);
    expect(texts('my time zone is UTC+5:30')).toEqual(["User's time zone is UTC+5:30."]);
    expect(texts("I'm in AEST, it's midnight here")).toEqual(["User's time zone is AEST."]);
    expect(texts("I'm in Paris for the week")).toEqual([]);
  });

  it('the languages they speak, typed in any case', () => {
    expect(texts("I'm fluent in portuguese, spanish and english")).toEqual([
      'User speaks Portuguese fluently.',
      'User speaks Spanish fluently.',
      'User speaks English fluently.',
    ]);
    expect(texts('German is not my first language, sorry for mistakes')).toEqual(["German is not User's first language."]);
    expect(texts('my native language is Tamil')).toEqual(["User's first language is Tamil."]);
    expect(texts('I speak conversational Greek')).toEqual(['User speaks Greek (conversational).']);
    expect(texts('can you speak Greek?')).toEqual([]);
  });

  it('how new they are to something, how they learn, when they are at their best, who they support', () => {
    expect(texts("I'm a complete beginner at Blender so go slow")).toEqual(['User is a beginner at Blender.']);
    expect(texts("I'm pretty new to spreadsheets")).toEqual(['User is a beginner at spreadsheets.']);
    expect(texts("I'm new to this")).toEqual([]);
    expect(texts('I learn best by doing, fewer lectures please')).toEqual(['User learns best by doing.']);
    expect(texts("I'm an early bird")).toEqual(['User is an early bird.']);
    expect(texts("I'm a lifelong Hibs supporter")).toEqual(['User is a fan of Hibs.']);
    expect(texts("he's a huge Arsenal fan")).toEqual([]);
  });

  it('"I\'d rather you …" about answers is an instruction; about anything else it is not', () => {
    expect(isInstructionToAssistant("I'd rather you didn't use bullet points")).toBe(true);
    expect(isInstructionToAssistant('I prefer it when you cite your sources')).toBe(true);
    expect(isInstructionToAssistant("I'd rather you came to the party")).toBe(false);
  });
});
