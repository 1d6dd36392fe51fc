import { describe, expect, it } from 'vitest';
import { extractFromTurn } from '../../../lib/dream/extract';

const texts = (text: string) => extractFromTurn({ id: 't1', text, at: 1000 }).facts.map((f) => f.text);

describe('a liking said tongue in cheek', () => {
  it('is not learned when an eye-roll, "/s" or "yeah right" says it means the opposite', () => {
    for (const s of [
      'the pigeons ate my peas again. oh I just love pigeons, truly the best company 🙄',
      'I love Monday standups /s',
      'I really enjoy filling in expense reports, yeah right',
      'I adore traffic on the ring road 😒',
    ])
      expect(texts(s).filter((t) => /^User (?:likes|dislikes)/.test(t)), s).toEqual([]);
  });

  it('is learned when said plainly, a smile or not', () => {
    expect(texts('I love hiking in the Alps 🙂')).toContain('User likes hiking in the Alps.');
    expect(texts('I really enjoy sea swimming')).toContain('User likes sea swimming.');
    expect(texts('I love sourdough baking 😏')).toContain('User likes sourdough baking.');
  });
});
