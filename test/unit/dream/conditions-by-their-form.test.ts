import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

/**
 * After held-out scenario set CU, on sentences made up here: a lasting condition the list does not name, read by the
 * form of its name ("diverticulitis", "a Chiari malformation"), and the words of that form that are no lasting illness.
 */

const facts = (text: string) => extractFromTurn({ id: 't', text, at: Date.parse('2026-05-01') }).facts.map((f) => f.text);

describe('a lasting condition said by the form of its name', () => {
  it('is read as the user\'s', () => {
    expect(facts('i have diverticulitis, had a bad flare in 2023, so popcorn and seeds are out')).toContain('User has diverticulitis.');
    expect(facts('1. i have a chiari malformation, had decompression surgery in 2021')).toContain('User has a chiari malformation.');
    expect(facts("I've had spondylosis in my neck for years.")).toContain('User has spondylosis.');
    expect(facts('my thalassemia is acting up again')).toContain('User has thalassemia.');
    expect(facts('I have an eating disorder, so please no calorie counts.')).toContain('User has an eating disorder.');
    expect(facts('I have a vitamin D deficiency.')).toContain('User has a vitamin D deficiency.');
  });

  it('not a passing illness, a word of that form that is no illness, nor a disease named by nothing', () => {
    for (const said of [
      'I have bronchitis, what soup helps?',
      'I have a diagnosis from the doctor now.',
      'I have no disease, just tired.',
      'I have the same syndrome my mom had.',
      'I have halitosis lol',
      'I have a feeling this will work.',
      'I have a lot of disease in my tomato plants.',
      'I have plant disease on my roses.',
      'I have main character syndrome lol',
      'honestly I have imposter syndrome at my new job',
      'i have middle child syndrome, my sister gets everything',
    ])
      expect(facts(said).filter((f) => f.startsWith('User has'))).toEqual([]);
  });

  it('not one had only for now or in the past (the lead\'s review)', () => {
    for (const said of [
      'i have a sugar deficiency right now haha, recommend a dessert',
      'I have a sleep deficiency this week because of the baby',
      'I have psychosis history so please be careful with sleep advice',
      'I have a bit of dermatitis today from the new soap',
    ])
      expect(facts(said).filter((f) => f.startsWith('User has'))).toEqual([]);
    expect(facts('I have a sleep disorder, so no screens after 9 in the plans')).toContain('User has a sleep disorder.');
  });
});
