import { describe, expect, it } from 'vitest';
import { correctedInPassingNote, markCorrectedInPassing } from '../../../lib/preamble/corrected-in-passing';

/** Sentences made up here, not taken from any scenario. */
describe('a figure corrected in the same message', () => {
  it('marks the first figure with the one that replaced it, and keeps the words', () => {
    expect(markCorrectedInPassing('the room is £640 a month. oh wait, make that £675, bills went up')).toBe(
      'the room is £640 (corrected in the same message to £675) a month. oh wait, make that £675, bills went up',
    );
    expect(markCorrectedInPassing('pickup at 6:30pm, sorry, 7pm')).toBe('pickup at 6:30pm (corrected in the same message to 7pm), sorry, 7pm');
    expect(markCorrectedInPassing('we ordered 40 chairs, I mean 45')).toBe('we ordered 40 chairs (corrected in the same message to 45), I mean 45');
    expect(markCorrectedInPassing('le loyer est de 820 €, pardon 870 €')).toBe('le loyer est de 820 € (corrected in the same message to 870 €), pardon 870 €');
    expect(markCorrectedInPassing('la quota è 30 euro, anzi 35 euro')).toBe('la quota è 30 euro (corrected in the same message to 35 euro), anzi 35 euro');
    expect(markCorrectedInPassing('Kurs um 18 Uhr, ich meine 19 Uhr')).toBe('Kurs um 18 Uhr (corrected in the same message to 19 Uhr), ich meine 19 Uhr');
  });

  it('the figure just before the marker is the one corrected, not an earlier one', () => {
    expect(markCorrectedInPassing('2 bikes, 3 helmets, sorry 4 helmets')).toBe('2 bikes, 3 helmets (corrected in the same message to 4 helmets), sorry 4 helmets');
  });

  it('leaves a second item, a question, another kind of number and a figure said again unchanged', () => {
    for (const s of [
      'deposit is $900 and actually $150 for the pet fee',
      'so $900 a month... wait, is $950 too much for that area?',
      'we have 2 goats, actually they are 5 years old now',
      'it takes 15 minutes. Actually 15 minutes on a good day',
      'I swim 3 km a week. Actually I also cycle.',
      'the bus is at 8. Actually the train is platform 4.',
      'no figures here, sorry, just words',
    ])
      expect(markCorrectedInPassing(s)).toBe(s);
  });
});

describe('the note the popup shows under a search result', () => {
  it('names each figure and what replaced it, and nothing for a passage without one', () => {
    expect(correctedInPassingNote('pickup at 6:30pm, sorry, 7pm. bring 2 boxes, no wait 3 boxes')).toBe('[corrected in the same message: 6:30pm → 7pm; 2 boxes → 3 boxes]');
    expect(correctedInPassingNote('deposit is $900 and actually $150 for the pet fee')).toBeUndefined();
  });
});
