import { describe, expect, it } from 'vitest';
import { factored, wordAnchors } from '../../../lib/redact/fast-anchors';
import { byValue, windowTester } from '../../../lib/redact/trigger-scan';

/** A seeded generator (mulberry32): the same texts and windows on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('windowTester', () => {
  const patterns = [
    factored(new RegExp(`doc|tutorial|example|api|readme|${wordAnchors(String.raw`tutori(?:el|al|ál|ales)\p{L}*|ტუტორიალ\p{L}*|doku|文档`).source}`, 'i')),
    /ab|abc|b[cd]{1,3}|x+y/i,
  ];
  const parts = ['doc', 'do', 'c', 'tutori', 'al', 'ál', 'ales', ' ', '\n', 'api', 'ap', 'i', 'Doku', 'ab', 'bc', 'cd', 'x', 'y', 'ტუტორიალ', '文', '档', 'ſ'];

  it('answers every window as a test of the window alone does', () => {
    const random = seeded(20261202);
    for (const pattern of patterns) {
      const tester = windowTester(pattern);
      const alone = new RegExp(pattern.source, pattern.flags);
      for (let k = 0; k < 400; k++) {
        let text = '';
        const words = Math.floor(random() * 60);
        for (let i = 0; i < words; i++) text += parts[Math.floor(random() * parts.length)];
        for (let q = 0; q < 30; q++) {
          const from = Math.floor(random() * (text.length + 1));
          const to = from + Math.floor(random() * (text.length - from + 1));
          expect(tester(text, from, to)).toBe(alone.test(text.slice(from, to)));
        }
      }
    }
  });

  it('refuses a pattern that reads beyond its own characters', () => {
    expect(() => windowTester(/(?<![a-z])doc/i)).toThrow();
    expect(() => windowTester(/\bdoc/i)).toThrow();
    expect(() => windowTester(/doc$/i)).toThrow();
    expect(() => windowTester(/x*/)).toThrow();
    expect(() => windowTester(/[^a-z]doc/i)).not.toThrow();
  });
});

describe('byValue', () => {
  it('answers as the check does, asking it once per value', () => {
    let asked = 0;
    const check = byValue((v) => {
      asked++;
      return v.length > 3;
    });
    expect([check('abcd'), check('ab'), check('abcd'), check('ab')]).toEqual([true, false, true, false]);
    expect(asked).toBe(2);
  });
});
