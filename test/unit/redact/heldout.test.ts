import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { formatScore, score, type Corpus } from './corpus';

/**
 * Corpora A and B of issue 15, each written by a helper that had not read the rules (see
 * test/fixtures/redaction/README.md). The rules were fixed after their misses were seen, so they are regression sets
 * now, not held-out measures.
 */
const load = (name: string) => JSON.parse(fs.readFileSync(new URL(`../../fixtures/redaction/${name}`, import.meta.url), 'utf8')) as Corpus;
const corpus = load('heldout-a.json');
const corpusB = load('heldout-b.json');

/**
 * What it still misses, and why no general rule takes it:
 * - kubeconfig_client_key: caught, but the score counts any 12 characters of the secret left in the output, and the
 *   (public) client certificate beside it starts with the same base64 of "-----BEGIN ".
 * - braintree_token: caught, but the token starts with `access_token$…` and the kwarg before it is `access_token=`.
 * (Its `generic_secret`, a random value under a key named `x-shared-k`, is caught since round 2 by the rule for random
 * values under any name.)
 */
const KNOWN_MISSES = new Set(['kubeconfig_client_key', 'braintree_token']);

describe('held-out redaction corpus A (no longer held out)', () => {
  it('is the corpus the issue describes', () => {
    expect(corpus.positives.length).toBe(356);
    expect(corpus.negatives.length).toBe(353);
    expect(new Set(corpus.positives.map((c) => c.kind)).size).toBe(170);
    for (const c of corpus.positives) for (const s of c.secrets) expect(c.text.includes(s), c.kind).toBe(true);
  });

  it('catches >= 99% of its secrets (354/356) with no false alarm (0/353)', () => {
    const s = score((t) => redactSecrets(t).text, corpus);
    console.log(formatScore(s));
    for (const m of s.missed) console.log('missed', m.kind, JSON.stringify(m.output).slice(0, 200));
    for (const a of s.alarms) console.log('false alarm', a.kind, JSON.stringify(a.output).slice(0, 200));
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.caught).toBeGreaterThanOrEqual(354);
    expect(s.falseAlarmRate).toBeLessThanOrEqual(0.01);
    expect(s.falseAlarms).toBe(0);
    for (const m of s.missed) expect(KNOWN_MISSES.has(m.kind), m.kind).toBe(true);
  });
});

/**
 * What corpus B still misses, and why no general rule takes it:
 * - braintree_token: caught, but (as in A) the token starts with `access_token$…` and the kwarg before it is
 *   `access_token=`, so the score finds 12 of its characters left in the output.
 */
const KNOWN_MISSES_B = new Set(['braintree_token']);

describe('held-out redaction corpus B (no longer held out)', () => {
  it('is the corpus the issue describes', () => {
    expect(corpusB.positives.length).toBe(409);
    expect(corpusB.negatives.length).toBe(356);
    expect(new Set(corpusB.positives.map((c) => c.kind)).size).toBe(231);
    for (const c of corpusB.positives) for (const s of c.secrets) expect(c.text.includes(s), c.kind).toBe(true);
  });

  it('catches >= 99% of its secrets (408/409) with no false alarm (0/356)', () => {
    const s = score((t) => redactSecrets(t).text, corpusB);
    console.log(formatScore(s));
    for (const m of s.missed) console.log('missed', m.kind, JSON.stringify(m.output).slice(0, 200));
    for (const a of s.alarms) console.log('false alarm', a.kind, JSON.stringify(a.output).slice(0, 200));
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.caught).toBeGreaterThanOrEqual(408);
    expect(s.falseAlarmRate).toBeLessThanOrEqual(0.01);
    expect(s.falseAlarms).toBe(0);
    for (const m of s.missed) expect(KNOWN_MISSES_B.has(m.kind), m.kind).toBe(true);
  });
});
