import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';

const r = (text: string) => redactSecrets(text).text;

describe('a card number named as the writer’s card, its check digit wrong', () => {
  it('is masked after the card’s name in several languages', () => {
    expect(r('is my card number the long one on the front, 4970 2231 8876 1034?')).toBe('is my card number the long one on the front, [redacted card number]?');
    expect(r('mon numéro de carte : 5312-7781-0923-4456 merci')).toBe('mon numéro de carte : [redacted card number] merci');
    expect(r('Kartennummer 4417 9920 1385 7702, bitte prüfen')).toBe('Kartennummer [redacted card number], bitte prüfen');
  });

  it('keeps numbers that are no card: another name, no issuer prefix, a test card named so, another sentence', () => {
    for (const text of [
      'Order number 4970 2231 8876 1034 for the card table',
      'card number 1234 5678 9012 3456 is the placeholder',
      'the docs list test card numbers: Visa 4970 2231 8876 1034',
      'I lost my card number. The ticket is 4970 2231 8876 1034.',
    ])
      expect(r(text), text).toBe(text);
  });
});

describe('a bank’s memorable word given as the writer’s', () => {
  it('is masked after "mine is" or "it’s"', () => {
    expect(r('the bank wants the memorable word, mine is Hollyhock, all of it?')).toBe('the bank wants the memorable word, mine is [redacted password], all of it?');
    expect(r("memorable word — it's Marigold and it never works")).toBe("memorable word — it's [redacted password] and it never works");
  });

  it('keeps talk of it', () => {
    const text = 'what is a memorable word and why does the bank ask for three letters of it?';
    expect(r(text)).toBe(text);
  });
});
