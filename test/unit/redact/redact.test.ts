import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { hasCardIssuerPrefix, passesLuhn } from '../../../lib/redact/luhn';
import { buildRedactionCorpus } from '../../fixtures/redaction/corpus';
import { scoreRedaction } from '../../fixtures/redaction/evaluate';

// The corpus under test/fixtures/redaction tuned the rules before issue 15; it stays as a regression check. The
// measuring corpus is test/unit/redact/corpus.ts (corpus.test.ts).
describe('redaction corpus (tuning fixtures)', () => {
  it('is big and varied enough to mean something', () => {
    const corpus = buildRedactionCorpus();
    expect(corpus.positives.length).toBeGreaterThanOrEqual(200);
    expect(corpus.negatives.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.positives.map((c) => c.kind)).size).toBeGreaterThanOrEqual(25);
    // Same seed, same corpus.
    expect(buildRedactionCorpus().positives[17]).toEqual(corpus.positives[17]);
  });

  it('catches >= 99% of secrets with <= 1% false alarms', () => {
    const score = scoreRedaction();
    console.log(score.summary);
    for (const m of score.missed) console.log('missed', m.kind, JSON.stringify(m.output).slice(0, 200));
    for (const a of score.alarms) console.log('false alarm', a.kind, JSON.stringify(a.output).slice(0, 200));
    expect(score.caught / score.positives).toBeGreaterThanOrEqual(0.99);
    expect(score.falseAlarms / score.negatives).toBeLessThanOrEqual(0.01);
  });
});

describe('redactSecrets', () => {
  it('replaces provider keys and reports what it found', () => {
    const r = redactSecrets('key sk-proj-Abc123def456GHI789jkl012MNO345 and ghp_0123456789abcdefghijABCDEFGHIJ012345 done');
    expect(r.text).toBe('key [redacted api key] and [redacted api key] done');
    expect(r.found).toEqual(['api key']);
  });

  it('keeps the label of key-value pairs and only replaces the value', () => {
    expect(redactSecrets('password: hunter22').text).toBe('password: [redacted password]');
    expect(redactSecrets('{"password": "s3cr3t!"}').text).toBe('{"password": "[redacted password]"}');
    expect(redactSecrets('postgres://app:Sup3rS3cret@db.lan:5432/x').text).toBe('postgres://app:[redacted password]@db.lan:5432/x');
    expect(redactSecrets('MISTRAL_API_KEY=aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY').text).toBe('MISTRAL_API_KEY=[redacted api key]');
  });

  it('labels bearer tokens, JWTs and private keys', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(redactSecrets(`Authorization: Bearer abc123DEF456ghi789JKL`).text).toBe('Authorization: Bearer [redacted bearer token]');
    expect(redactSecrets(`t=${jwt};`).found).toEqual(['jwt']);
    const pem = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----';
    expect(redactSecrets(`before\n${pem}\nafter`).text).toBe('before\n[redacted private key]\nafter');
  });

  it('redacts card numbers only when Luhn and the issuer agree', () => {
    expect(redactSecrets('card 4539 1488 0343 6467 ok').text).toBe('card [redacted card number] ok');
    expect(redactSecrets('card 4539 1488 0343 6468 ok').text).toBe('card 4539 1488 0343 6468 ok');
    // Visa's own published test number.
    expect(redactSecrets('card 4111 1111 1111 1111 ok').text).toBe('card 4111 1111 1111 1111 ok');
    expect(redactSecrets('ts 1717171717171717').text).toBe('ts 1717171717171717');
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(hasCardIssuerPrefix('378282246310005')).toBe(true);
    expect(hasCardIssuerPrefix('1234567812345670')).toBe(false);
  });

  it('handles non-English password labels', () => {
    expect(redactSecrets('contraseña: Perro2024!').text).toBe('contraseña: [redacted password]');
    expect(redactSecrets('パスワードは abc12345 です').text).toBe('パスワードは [redacted password] です');
    expect(redactSecrets('비밀번호는 qwer1234! 입니다').text).toBe('비밀번호는 [redacted password] 입니다');
    expect(redactSecrets('パスワードを忘れました').found).toEqual([]);
  });

  it('leaves code that merely names passwords and keys alone', () => {
    for (const code of [
      'def login(username: str, password: str):',
      'password = input("Password: ")',
      'api_key = os.environ["OPENAI_API_KEY"]',
      'headers = {"Authorization": f"Bearer {api_key}"}',
      'I forgot my password, how do I reset it?',
      'commit 3f786850e387550fdab836ed7e6dc881de23001b',
    ]) {
      expect(redactSecrets(code).text).toBe(code);
    }
  });

  it('redacts e-mail and phone only when asked', () => {
    const text = 'mail ana.perez+work@mail.example.org or call +1 (415) 555-0134';
    expect(redactSecrets(text).text).toBe(text);
    const r = redactSecrets(text, { email: true, phone: true });
    expect(r.text).toBe('mail [redacted email] or call [redacted phone]');
    expect(r.found).toEqual(['email', 'phone']);
    expect(redactSecrets('on 2024-05-17 at 192.168.10.200', { phone: true }).found).toEqual([]);
  });

  it('reads inputs built to make regexes backtrack correctly (timing is `npm run bench:redact`)', () => {
    const KB = 64 * 1024;
    expect(redactSecrets('a'.repeat(KB)).found).toEqual([]);
    expect(redactSecrets('-a-'.repeat(KB / 3)).found).toEqual([]);
    expect(redactSecrets('https://a:b@c@d@'.repeat(KB / 16)).found).toEqual(['password']);
    expect(redactSecrets('1 '.repeat(KB / 2)).found).toEqual([]);
    // BEGIN lines with no base64 after them hold no key (docs, questions about the format): nothing to redact.
    const headers = '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(KB / 32);
    expect(redactSecrets(headers).found).toEqual([]);
    const pem = redactSecrets(`${headers}MIIEowIBAAKCAQEAx1y2z3Qw\n`);
    expect(pem.found).toEqual(['private key']);
    expect(pem.text).not.toContain('MIIEowIBAAKCAQEAx1y2z3Qw');
  });
});
