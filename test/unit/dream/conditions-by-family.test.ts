import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * Lasting conditions of the families the list lacked: bleeding and clotting disorders, autoimmune and mast-cell ones,
 * arthritis said with its kind. Sentences written here for these tests.
 */
const AT = Date.UTC(2026, 4, 18, 9);
const facts = (text: string) => extractFromTurn({ id: 't1', text, at: AT }).facts.map((f) => f.text);

describe('a lasting condition of a family the list lacked', () => {
  it.each([
    ['I have von Willebrand disease, so what should I tell the dentist before an extraction?', 'User has von Willebrand disease.'],
    ["I've got factor V Leiden; is a long-haul flight a problem?", 'User has factor V Leiden.'],
    ["I have Sjögren's syndrome and my eyes are always dry at work.", "User has Sjögren's syndrome."],
    ['I was diagnosed with mast cell activation syndrome last year, any tips for eating out?', 'User has mast cell activation syndrome.'],
    ['I have rheumatoid arthritis in my hands; which kitchen tools are easier to grip?', 'User has rheumatoid arthritis.'],
    ["I've had ankylosing spondylitis since my twenties.", 'User has ankylosing spondylitis.'],
    ['I live with narcolepsy, so plan me a study timetable with naps.', 'User has narcolepsy.'],
  ])('%s', (said, fact) => {
    expect(facts(said)).toContain(fact);
  });

  it("is not someone else's, nor a word that only looks like one", () => {
    expect(facts('My sister has von Willebrand disease and needs a letter for school.')).not.toContain('User has von Willebrand disease.');
    expect(facts('I have a question about sarcoidosis for a presentation.').some((f) => /sarcoidosis/.test(f))).toBe(false);
  });
});
