import { validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { hasCardIssuerPrefix, passesLuhn } from '../../../lib/redact/luhn';
import { buildCorpus, formatScore, ibanMod97, leaks, score } from './corpus';

/**
 * The fresh measuring corpus of issue 15, generated anew (not the fixtures under test/fixtures/redaction, which the
 * rules were tuned on before): ≥ 99% of secrets caught, ≤ 1% of look-alikes touched.
 */
describe('fresh redaction corpus', () => {
  const corpus = buildCorpus();

  it('is large, varied and the same on every run', () => {
    expect(corpus.positives.length).toBeGreaterThanOrEqual(300);
    expect(corpus.negatives.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.positives.map((c) => c.kind)).size).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.negatives.map((c) => c.kind)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.positives.map((c) => c.text)).size).toBeGreaterThan(corpus.positives.length * 0.98);
    const again = buildCorpus();
    expect(again.positives.map((c) => c.text)).toEqual(corpus.positives.map((c) => c.text));
    expect(again.negatives.map((c) => c.text)).toEqual(corpus.negatives.map((c) => c.text));
    expect(buildCorpus(7).positives[0]!.text).not.toBe(corpus.positives[0]!.text);
  });

  it('holds secrets that are valid by their own format', () => {
    const of = (kind: string) => corpus.positives.filter((c) => c.kind === kind);
    for (const c of of('card')) {
      const digits = c.secrets[0]!.replace(/\D/g, '');
      expect(passesLuhn(digits) && hasCardIssuerPrefix(digits), c.secrets[0]).toBe(true);
    }
    for (const c of of('iban')) expect(ibanMod97(c.secrets[0]!.replace(/ /g, '')), c.secrets[0]).toBe(1);
    for (const c of of('seed-phrase')) {
      const words = c.secrets[0]!.toLowerCase().match(/[a-z]+/g)!;
      expect(validateMnemonic(words.join(' '), wordlist), c.secrets[0]).toBe(true);
    }
    for (const c of of('jwt')) {
      const [header, payload] = c.secrets[0]!.split('.');
      expect(JSON.parse(atob(header!.replace(/-/g, '+').replace(/_/g, '/'))).typ).toBe('JWT');
      expect(JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))).sub).toBeTruthy();
    }
    for (const c of of('huggingface')) expect(c.secrets[0]).toMatch(/^(?:hf_|api_org_)[A-Za-z]{34}$/);
    for (const c of of('aws-secret-key')) {
      expect(c.secrets[0]).toMatch(/^AKIA[A-Z2-7]{16}$/);
      expect(c.secrets[1]).toMatch(/^[A-Za-z0-9/+]{40}$/);
    }
  });

  it('catches >= 99% of secrets with <= 1% false alarms', () => {
    const s = score((t) => redactSecrets(t).text, corpus);
    console.log(formatScore(s));
    for (const m of s.missed) console.log('missed', m.kind, JSON.stringify(m.output).slice(0, 200));
    for (const a of s.alarms) console.log('false alarm', a.kind, JSON.stringify(a.output).slice(0, 200));
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.falseAlarmRate).toBeLessThanOrEqual(0.01);
    // Redaction takes the secret, not the sentence around it.
    expect(s.overRedacted.length / s.positives).toBeLessThanOrEqual(0.01);
  });

  it('is stable: redacting redacted text changes nothing', () => {
    for (const c of corpus.positives) {
      const once = redactSecrets(c.text).text;
      expect(redactSecrets(once).text, c.kind).toBe(once);
    }
  });

  it('scores a miss when any part of a secret survives, and a false alarm for any change', () => {
    const key = 'ghp_' + 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z5A';
    expect(leaks(key, `x ${key} y`)).toBe(true);
    expect(leaks(key, `x [redacted api key]${key.slice(-11)} y`)).toBe(false);
    expect(leaks(key, `x ${key.slice(0, 20)}[redacted api key] y`)).toBe(true);
    const tiny = { positives: corpus.positives.slice(0, 20), negatives: corpus.negatives.slice(0, 20) };
    const nothing = score((t) => t, tiny);
    expect(nothing.caught).toBe(0);
    const everything = score(() => '[redacted api key]', tiny);
    expect(everything.falseAlarms).toBe(20);
    expect(everything.overRedacted.length).toBeGreaterThan(10);
  });
});
