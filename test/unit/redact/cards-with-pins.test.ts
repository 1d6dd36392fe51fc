import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';

/**
 * A card given with its PIN: the number is masked though it passes no bank card's check (a fuel or store card), and
 * a lower-case "pin" is that card's when a card, a bank or a SIM is named earlier in the sentence. A board's pin, a
 * pin put on a board and a number with no PIN near it stay as they are. Values made up here.
 */
describe('a card and its PIN', () => {
  it('masks a card number that fails the check when its PIN is given with it, either way round', () => {
    const out = redactSecrets('my fleet card is 7311 0482 5566 9013 and pin 2718, can you check the limit?').text;
    expect(out).not.toContain('7311 0482 5566 9013');
    expect(out).not.toContain('2718');
    expect(redactSecrets('PIN: 6620 — store card 9001-4417-2203-5588').text).not.toContain('9001-4417-2203-5588');
  });

  it('reads a lower-case pin as the card\'s, the bank\'s or the SIM\'s named earlier in the sentence', () => {
    expect(redactSecrets('the bank posted me a replacement card and the pin 3907 separately').text).not.toContain('3907');
    expect(redactSecrets('new sim came, pin 8146, puk somewhere on the plastic').text).not.toContain('8146');
  });

  it('leaves a board\'s pins and numbers with no PIN near them', () => {
    for (const text of ['solder the wire to pin 1023 on the board', 'order 4100 2233 6655 1177 shipped. pin the receipt to the board', 'tracking 7311 0482 5566 9013 arrives Monday'])
      expect(redactSecrets(text).text).toBe(text);
  });
});
