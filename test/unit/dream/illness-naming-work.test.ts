import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * An illness's name that only says what a piece of work is about ("I have diabetes training at work tomorrow") is no
 * illness of the user's (session 74, the lead's older misses; made-up sentences); one said of the user still is.
 */
const AT = Date.UTC(2026, 4, 10);
const health = (text: string) =>
  extractFromTurn({ id: 't1', text, at: AT })
    .facts.filter((f) => f.slot?.startsWith('user/health:'))
    .map((f) => f.text);

describe('an illness naming a piece of work', () => {
  // The first reading builds every rule's pattern: slow on a loaded machine, so it is not a test's own time.
  beforeAll(() => void health('warm up'), 120_000);

  it('is not the user’s illness', () => {
    for (const s of [
      'i have diabetes training at work tomorrow, any tips for staying awake',
      "I have Alzheimer's disease research to finish by friday",
      'I have asthma inhalers to sort for the school trip, 12 kids',
      'I have epilepsy patients on the ward tonight',
      "I've had Crohn's disease guidelines open all day",
      'I have chronic pain questionnaires to score',
    ])
      expect(health(s), s).toEqual([]);
  });

  it('an illness said of the user still is', () => {
    expect(health('I have diabetes, so no sugar in the recipes')).toEqual(['User has diabetes.']);
    expect(health('I have asthma and hay fever')).toContain('User has asthma.');
    expect(health("I have Kawasaki disease, diagnosed as a kid")).toEqual(['User has Kawasaki disease.']);
    expect(health("I've had epilepsy since I was 12")).toEqual(['User has epilepsy.']);
    expect(health('I have severe eczema on my hands')).toEqual(['User has severe eczema.']);
  });
});
