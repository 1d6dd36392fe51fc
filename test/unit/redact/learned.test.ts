import { beforeAll, describe, expect, it } from 'vitest';
import { candidates, features, learnedSpans, pack, unpack, type Model } from '../../../lib/redact/learned';
import { CORPUS_LETTERS, examplesOf, readHeldout, train } from '../../../bench/lib/redaction-model';

// Sentences made up here, not taken from any corpus.
describe('learned secret detector', () => {
  let model: Model;
  beforeAll(() => {
    model = unpack(pack(train(examplesOf(CORPUS_LETTERS.map(readHeldout)), undefined, 0.9)));
  });

  it('splits a text into candidates, a key=value run to its value and spaced digit groups to one number', () => {
    const text = 'set pin_code=Qx7mP2vL and card 4111 1111 1111 1111 ok';
    const found = candidates(text).map((c) => [text.slice(c.start, c.end), c.key]);
    expect(found).toContainEqual(['Qx7mP2vL', 'pin_code']);
    expect(found).toContainEqual(['4111 1111 1111 1111', null]);
  });

  it('extracts the same features for the same candidate every time', () => {
    const text = 'the wifi passphrase for the cabin is Tz8#kWq2Lm, see you Friday';
    const [a, b] = [candidates(text), candidates(text)];
    const at = a.findIndex((c) => text.slice(c.start, c.end) === 'Tz8#kWq2Lm');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(features(text, a[at]!)).toEqual(features(text, b[at]!));
  });

  it('flags a made-up token beside a password word', () => {
    const text = 'Heads up, the new password for the shared drive is hV9qTr2mXw4L, change it after the audit.';
    const taken = learnedSpans(text, model).map((s) => text.slice(s.start, s.end));
    expect(taken).toContain('hV9qTr2mXw4L');
  });

  it('leaves a UUID and a commit SHA in prose alone', () => {
    const text =
      'The failing job is 3f1c9a2e-7b4d-4e8a-9c61-2d5f0b7e8a13 and it broke after commit 9c2e4f1a7b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f was merged.';
    expect(learnedSpans(text, model)).toEqual([]);
  });
});
