import { describe, expect, it } from 'vitest';
import { redactSecrets, secretSpansWith } from '../../../lib/redact';

/**
 * A text with a very long run of spaces or tabs (a padded table pasted whole, a form's trailing blanks): the rules read
 * a run of 128 or more as line breaks, so that their optional gaps around a label cannot split it every way (that was
 * quadratic: "password" and 40,000 spaces took 56 s; the bench's `blankRunAfterLabel` input times it). Here: what
 * the run changes in what is found, and that every span still stands where it stood.
 */
describe('long runs of blanks', () => {
  it('leave a text of a label and blanks as it is', () => {
    const text = `password${' '.repeat(20_000)}`;
    expect(redactSecrets(text).text).toBe(text);
    const tabs = `user admin${'\t'.repeat(5_000)}token`;
    expect(redactSecrets(tabs).text).toBe(tabs);
  });

  it('find the secrets on either side of a run, and keep the run and every offset', () => {
    const gap = ' '.repeat(300);
    const text = `my password is Vq7#kLm2pX9z${gap}and the token: ghp_${'a1B2c3D4e5F6g7H8i9J0'.repeat(2)}ab`;
    const out = redactSecrets(text);
    expect(out.text).not.toContain('Vq7#kLm2pX9z');
    expect(out.text).not.toContain('ghp_');
    expect(out.text).toContain(gap);
    const spans = secretSpansWith(text, null);
    expect(spans.map((x) => text.slice(x.start, x.end))).toEqual(['Vq7#kLm2pX9z', `ghp_${'a1B2c3D4e5F6g7H8i9J0'.repeat(2)}ab`]);
  });

  it('still read a label and its value a short run apart, as a padded table lays them out', () => {
    const out = redactSecrets(`Password:${' '.repeat(40)}Hx9!mQ2#vL7p`);
    expect(out.text).not.toContain('Hx9!mQ2#vL7p');
  });
});
