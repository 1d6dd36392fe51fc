import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

const one = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 });

describe('rule extractor', () => {
  it('finds first-person facts with slots', () => {
    const { facts } = one("Hi! My name is Ana Costa. I live in Porto and I work as a nurse. I'm allergic to peanuts.");
    const byText = facts.map((f) => [f.text, f.slot]);
    expect(byText).toEqual(
      expect.arrayContaining([
        ["User's name is Ana Costa.", 'user/name'],
        ['User lives in Porto.', 'user/location'],
        ['User works as a nurse.', 'user/occupation'],
        ['User is allergic to peanuts.', 'user/allergy:peanut'], // one slot per allergen, however it is said
      ]),
    );
    expect(facts.every((f) => f.sourceTurnIds[0] === 't1' && f.occurredAt === 1000)).toBe(true);
  });

  it('treats "I moved to" as the same slot as "I live in"', () => {
    expect(one('I just moved to Lisbon last week.').facts[0]).toMatchObject({ text: 'User lives in Lisbon.', slot: 'user/location' });
  });

  it('extracts preferences and instructions, skips vague ones', () => {
    const { facts } = one('I prefer dark roast coffee. Always answer with metric units. I love that!');
    expect(facts.map((f) => [f.kind, f.text])).toEqual([
      ['preference', 'User prefers dark roast coffee.'],
      ['instruction', 'Always answer with metric units.'],
    ]);
    expect(one('Call me Annie, please.').facts[0]).toMatchObject({ kind: 'preference', slot: 'user/call-me', value: 'Annie' });
  });

  it('has multilingual hints', () => {
    expect(one("Je m'appelle Zoé.").facts[0]?.text).toBe("User's name is Zoé.");
    expect(one('Ich wohne in Berlin.').facts[0]?.text).toBe('User lives in Berlin.');
  });

  it('detects explicit corrections as retractions, not facts', () => {
    const r = one("Actually, I'm not vegetarian.");
    expect(r.facts).toEqual([]);
    expect(r.retractions).toEqual([expect.objectContaining({ value: 'vegetarian', slot: 'user/diet', disproven: true })]);
    const changed = one("I don't live in Porto anymore.");
    expect(changed.retractions[0]).toMatchObject({ value: 'Porto', disproven: false });
    // A plain "I'm not sure" is not a retraction.
    expect(one("I'm not sure about that.").retractions).toEqual([]);
  });

  it('marks a corrected value so the old one counts as wrong', () => {
    expect(one('No, I live in Braga.').facts[0]).toMatchObject({ text: 'User lives in Braga.', correction: true });
  });
});
