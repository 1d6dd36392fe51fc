import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';
import { medicationStatements } from '../../../lib/dream/medications';

/**
 * The rules added after held-out scenario set BF, on sentences made up here: medicines taken and switched, a
 * qualification studied for, a reply language in any language's name, prose asked for instead of lists, prices in a
 * currency, a workplace named with its kind, and an alternative only weighed.
 */
const AT = Date.UTC(2026, 4, 10);
const read = (text: string) => extractFromTurn({ id: 't1', text, at: AT });
const facts = (text: string) => read(text).facts.map((f) => `${f.slot ?? ''} ${f.text}`.trim());
const retracted = (text: string) => read(text).retractions.map((r) => r.value);

describe('medicines', () => {
  it('a switch keeps the new one, with its dose, and ends the old one', () => {
    expect(facts('The cardiologist switched me from dabigatran to rivaroxaban, 20 mg once a day.')).toContain(
      'user/health:medication:rivaroxaban User takes rivaroxaban 20 mg once a day (switched from dabigatran).',
    );
    expect(retracted('The cardiologist switched me from dabigatran to rivaroxaban, 20 mg once a day.')).toContain('dabigatran');
    expect(facts('They changed my inhaler from Ventolin to Symbicort.')).toContain('user/health:medication:symbicort User takes Symbicort (switched from Ventolin).');
  });

  it('put on, prescribed, or on it now', () => {
    expect(facts('my GP put me on lisinopril last month')).toContain('user/health:medication:lisinopril User takes lisinopril.');
    expect(facts("I've been prescribed propranolol for the tremor")).toContain('user/health:medication:propranolol User takes propranolol.');
    expect(facts("I'm on fluoxetine 20mg now.")).toContain('user/health:medication:fluoxetine User takes fluoxetine 20mg.');
    expect(retracted('I came off the omeprazole in June.')).toContain('omeprazole');
  });

  it('not a shift, a list, a holiday, someone else’s medicine, or a question', () => {
    for (const s of [
      'My manager switched me from nights to days.',
      "I'm on the waiting list.",
      "I'm on holiday now.",
      'my dad is on warfarin',
      'my husband was put on statins',
      'should I ask to be put on statins?',
      'if they switch me from sertraline to citalopram, will I feel worse?',
    ])
      expect(medicationStatements(s).facts, s).toEqual([]);
  });
});

describe('a qualification studied for', () => {
  it('what, in what, where, and the subjects listed after it', () => {
    expect(facts('ok decided, im doing a levels at Ridgeway College, maths physics and art')).toContain(
      'user/education User is doing A levels at Ridgeway College (maths physics and art).',
    );
    expect(facts("I'm taking a master's in marine biology at Bangor.")).toContain('user/education User is doing a master\'s in marine biology at Bangor.');
    expect(facts("I've just started an apprenticeship in plumbing.")).toContain('user/education User is doing an apprenticeship in plumbing.');
    expect(facts("I'm doing my GCSEs in june.")).toContain('user/education User is doing GCSEs.');
  });

  it('not someone else’s, nor an alternative only weighed', () => {
    expect(facts('My son is doing A levels at Kings.').filter((f) => f.startsWith('user/education'))).toEqual([]);
    expect(retracted('i was thinking maybe doing a plumbing apprenticeship instead of college, but no')).toEqual([]);
    expect(retracted('These days I take the bus instead of the car.')).toContain('car');
  });
});

describe('a reply language, named in any language', () => {
  it('in English, and in other languages ordered without "always" when set against another', () => {
    expect(facts('Answer in Welsh please.')).toContain('user/reply-language Reply to the user in Welsh.');
    expect(facts('reply in haitian creole')).toContain('user/reply-language Reply to the user in Haitian Creole.');
    expect(facts('Una cosa: responde en catalán, no en castellano.')).toContain('user/reply-language Reply to the user in Catalan.');
    expect(facts('Réponds-moi en occitan, pas en français.')).toContain('user/reply-language Reply to the user in Occitan.');
  });

  it('not an answer to one thing, a bare order that may be for this answer, nor what the user writes in', () => {
    expect(facts('Réponds-moi en occitan stp.').filter((f) => f.includes('reply-language'))).toEqual([]);
    expect(facts('Responde en inglés a este correo por favor.').filter((f) => f.includes('reply-language'))).toEqual([]);
    expect(facts('I write in Hebrew at work.').filter((f) => f.includes('reply-language'))).toEqual([]);
  });
});

describe('how answers are laid out and priced', () => {
  it('prose instead of lists, said to the user or against lists', () => {
    expect(facts('Could you please write to me in full sentences and not bullet points, my eyes are not great.')).toContain(
      'Write to me in full sentences and not bullet points, my eyes are not great.',
    );
    expect(facts('Please answer in plain paragraphs rather than lists.')).toContain('Answer in plain paragraphs rather than lists.');
    expect(facts('Write this in paragraphs.').filter((f) => f.startsWith('Write'))).toEqual([]);
  });

  it('prices in a currency', () => {
    expect(facts('always give prices in CHF, never euros')).toContain('Always give prices in CHF, never euros.');
    expect(facts('Never give up on your dreams.')).toEqual([]);
  });
});

describe('a workplace named with its kind', () => {
  it('keeps the kind, which a later "I quit the …" names', () => {
    expect(facts('i work sundays at Marco\'s pizzeria near the station')).toContain("User works sundays at Marco's pizzeria.");
    expect(facts('got a job at Hillside garden centre instead').join(' ')).toMatch(/User works at Hillside garden centre\./);
  });
});
