import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { formatScore, score, type Corpus } from './corpus';

/**
 * Corpora A, B, C, D, E and F of issue 15, each written by a helper that had not read the rules (see
 * test/fixtures/redaction/README.md). The rules were fixed after their misses were seen, so they are regression sets
 * now, not held-out measures.
 */
const load = (name: string) => JSON.parse(fs.readFileSync(new URL(`../../fixtures/redaction/${name}`, import.meta.url), 'utf8')) as Corpus;

/**
 * Each corpus's shape, the floor it is held to, and what it still misses, with why no general rule takes it:
 * - kubeconfig_client_key (A): caught, but the score counts any 12 characters of the secret left in the output, and
 *   the (public) client certificate beside it starts with the same base64 of "-----BEGIN ".
 * - braintree_token (A, B): caught, but the token starts with `access_token$…` and the kwarg before it is
 *   `access_token=`, so the score finds 12 of its characters left in the output.
 * (A's `generic_secret`, a random value under a key named `x-shared-k`, is caught since round 2 by the rule for random
 * values under any name.)
 * - payment_api_key (C): the same Braintree token in the same kwarg.
 * - symmetric_key (C): a random value after "password file (.vault_pass):" — the words name a file, and a rule that
 *   took random values after any phrase about a file would take the file hashes and ids written the same way.
 * - password_prose (C, twice): "bank app login is his birthday + dog name: Rex19580412" (no password word, and
 *   "login is …: X" is how user names are written as often), and a sticky note quoted as "iLO admin — HPE-iLO!Rack4 —
 *   do NOT change" (a value between dashes after a user name, with "password" only in the next sentence).
 * - D: none since its round (it missed passports named in German with letters in the number and a driving licence,
 *   and took a dashed number in a question about formats for an SSN, local default database passwords, a
 *   `NEXT_PUBLIC_` fallback, a masked `sk-proj-XXXX…` and a Twilio Account SID).
 * - E: no misses since its round. Four false alarms stay, where E and A disagree on what is secret, and A (a regression
 *   set that must not drop) wins: E counts Sentry DSNs' keys (three) as public, A counts two as secrets; E counts a
 *   Supabase anon key under `NEXT_PUBLIC_SUPABASE_ANON_KEY` as public, and in A the same kind of anon key stands beside
 *   the service-role key it must not leak, sharing its JWT header (the score counts any 12 characters of a secret
 *   left in the output, so keeping the anon key would read as leaking the service key).
 * - F: no misses since its round. Three false alarms stay, each where F calls a key public and the rule for
 *   public-by-convention keys (test/fixtures/redaction/README.md: masked unless the text shows this value is the public
 *   kind) masks it: two Supabase anon keys under `NEXT_PUBLIC_SUPABASE_ANON_KEY` (a JWT's name is not taken as its
 *   proof: a service-role key pasted under that name is a leak, and A's and F's texts that hold both keys would count
 *   the anon key's shared JWT header as the service key leaking), and a Firebase Android key that the text only asks
 *   about ("Firebase docs say this isn't secret, right?": a question declares nothing).
 */
const CORPORA = [
  { name: 'A', file: 'heldout-a.json', positives: 356, negatives: 353, kinds: 170, caught: 354, knownMisses: ['kubeconfig_client_key', 'braintree_token'] },
  { name: 'B', file: 'heldout-b.json', positives: 409, negatives: 356, kinds: 231, caught: 408, knownMisses: ['braintree_token'] },
  { name: 'C', file: 'heldout-c.json', positives: 448, negatives: 346, kinds: 84, caught: 444, knownMisses: ['payment_api_key', 'symmetric_key', 'password_prose'] },
  { name: 'D', file: 'heldout-d.json', positives: 470, negatives: 357, kinds: 104, caught: 470, knownMisses: [] as string[] },
  {
    name: 'E',
    file: 'heldout-e.json',
    positives: 413,
    negatives: 361,
    kinds: 110,
    caught: 413,
    knownMisses: [] as string[],
    falseAlarms: 4,
    knownAlarms: ['sentry dsn', 'public env values'],
  },
  {
    name: 'F',
    file: 'heldout-f.json',
    positives: 372,
    negatives: 358,
    kinds: 132,
    caught: 372,
    knownMisses: [] as string[],
    falseAlarms: 3,
    knownAlarms: ['public anon key', 'firebase web config'],
  },
];

describe.each(CORPORA)('held-out redaction corpus $name (no longer held out)', (c) => {
  const corpus = load(c.file);

  it('is the corpus the issue describes', () => {
    expect(corpus.positives.length).toBe(c.positives);
    expect(corpus.negatives.length).toBe(c.negatives);
    expect(new Set(corpus.positives.map((p) => p.kind)).size).toBe(c.kinds);
    for (const p of corpus.positives) for (const s of p.secrets) expect(p.text.includes(s), p.kind).toBe(true);
  });

  const alarms = c.falseAlarms ?? 0;
  it(`catches >= 99% of its secrets (${c.caught}/${c.positives}) with at most ${alarms}/${c.negatives} false alarms, each known`, () => {
    const s = score((t) => redactSecrets(t).text, corpus);
    console.log(formatScore(s));
    for (const m of s.missed) console.log('missed', m.kind, JSON.stringify(m.output).slice(0, 200));
    for (const a of s.alarms) console.log('false alarm', a.kind, JSON.stringify(a.output).slice(0, 200));
    expect(s.recall).toBeGreaterThanOrEqual(0.99);
    expect(s.caught).toBeGreaterThanOrEqual(c.caught);
    expect(s.falseAlarms).toBeLessThanOrEqual(alarms);
    if (alarms === 0) expect(s.falseAlarmRate).toBe(0);
    for (const m of s.missed) expect(c.knownMisses.includes(m.kind), m.kind).toBe(true);
    for (const a of s.alarms) expect(c.knownAlarms?.includes(a.kind), a.kind).toBe(true);
  });
});
