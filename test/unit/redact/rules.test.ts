import { entropyToMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { ibanChecksumValid, isPlausibleSsn } from '../../../lib/redact/checks';
import { checksummed, findSeedPhrases } from '../../../lib/redact/seed';
import { classifyKey } from '../../../lib/redact/values';
import { seededRng } from '../../../lib/util/seeded-rng';

const r = (text: string) => redactSecrets(text).text;

describe('checksums and registries', () => {
  it('checks IBANs by mod 97', () => {
    expect(ibanChecksumValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('GB82WEST12345698765433')).toBe(false);
    expect(ibanChecksumValid('DE88370400440532013000')).toBe(false);
  });

  it('knows which nine digits the SSA issues', () => {
    expect(isPlausibleSsn('536228291')).toBe(true);
    for (const bad of ['000228291', '666228291', '936228291', '536008291', '536220000', '078051120']) expect(isPlausibleSsn(bad), bad).toBe(false);
  });

  it('computes the BIP-39 checksum exactly as @scure/bip39 does', () => {
    const rnd = seededRng(39);
    let valid = 0;
    for (let i = 0; i < 2000; i++) {
      const n = [12, 15, 18, 21, 24][i % 5]!;
      const words =
        i % 2 === 0
          ? entropyToMnemonic(Uint8Array.from({ length: (n * 4) / 3 }, () => Math.floor(rnd() * 256)), wordlist).split(' ')
          : Array.from({ length: n }, () => wordlist[Math.floor(rnd() * 2048)]!);
      const expected = validateMnemonic(words.join(' '), wordlist);
      expect(checksummed(words), words.join(' ')).toBe(expected);
      if (expected) valid++;
    }
    expect(valid).toBeGreaterThan(1000); // every generated phrase, and the few random ones that pass by chance
  });
});

describe('key names', () => {
  it('tells credentials from names about them', () => {
    for (const k of ['password', 'DB_PASSWORD', 'wpa_passphrase', 'psk', 'requirepass', 'spring.datasource.password', 'ansible_become_pass'])
      expect(classifyKey(k), k).toBe('password');
    for (const k of ['api_key', 'X-API-Key', 'clientSecret', 'AWS_SECRET_ACCESS_KEY', 'PrimaryKey', 'SECRET_KEY_BASE', 'PRIVATE-TOKEN', 'Ocp-Apim-Subscription-Key'])
      expect(classifyKey(k), k).toBe('secret');
    for (const k of ['password_min_length', 'token_type', 'secret_name', 'api_key_header', 'max_tokens', 'AWS_ACCESS_KEY_ID', 'idempotency_key', 'foreign_key', 'bypass', 'compass', 'passwordless', 'PASSWORD_HASHERS', 'ssid'])
      expect(classifyKey(k), k).toBe(null);
  });
});

describe('redactSecrets, secret kinds of issue 15', () => {
  it('catches letters-only Hugging Face tokens and dotted tokens', () => {
    expect(r('HF_TOKEN=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')).toBe('HF_TOKEN=[redacted api key]');
    expect(r('token dp.st.prd.DJKqXEaarPk6Bt4SNSACGbKEdqakKQsnvFyRFcrm ok')).toBe('token [redacted api key] ok');
    expect(r('sk.eyJ1IjoiY2hlbjg3IiwiYSI6ImNsc2YxbXhqcTlycm5zMmFxOGE2MmI4MGkifQ.AvwrCQkicFzfhxFtZfSX10 is mapbox')).toBe('[redacted api key] is mapbox');
    // A camelCase identifier after the prefix is not a token.
    expect(r('see hf_hubDownloadHelperForModelCards in the code')).toBe('see hf_hubDownloadHelperForModelCards in the code');
  });

  it('catches an AWS secret key next to its key id, without a label', () => {
    const out = r('here: AKIA2E0A8F3B9C1D7E6F / Zq8/kLmN3pQrStUvWxYz+0aBcDeFgHiJkLmNoPqR thanks');
    expect(out).toBe('here: [redacted api key] / [redacted api key] thanks');
    // Forty base64 characters with nothing about AWS around them stay.
    expect(r('nonce Zq8/kLmN3pQrStUvWxYz+0aBcDeFgHiJkLmNoPqR in the log')).toContain('Zq8/');
  });

  it('finds passwords in prose, many ways', () => {
    expect(r('the password for the shared drive is Tr0ub4dor&3')).toBe('the password for the shared drive is [redacted password]');
    expect(r('I set the password to Kx9!rT2q for now')).toBe('I set the password to [redacted password] for now');
    expect(r('use Gr33nTea! as the VPN password')).toBe('use [redacted password] as the VPN password');
    expect(r('login is ops / ysf66950')).toBe('login is ops / [redacted password]');
    expect(r('sign in with guest and velvet1725')).toBe('sign in with guest and [redacted password]');
    expect(r("it's admin:quartz_2025 for the router")).toBe("it's admin:[redacted password] for the router");
    expect(r('mein Passwort ist Hund#Katze42')).toBe('mein Passwort ist [redacted password]');
    expect(r('my old password was Summer2019! and the new one is Winter2024!')).toBe(
      'my old password was [redacted password] and the new one is [redacted password]',
    );
  });

  it('leaves prose about passwords alone', () => {
    for (const t of [
      'The password must be at least 12 characters long.',
      'the password for the shared drive is in 1Password under "Ops".',
      'Is the password case-sensitive?',
      'the password is on the sticky note',
      'my password is not working after the update',
      'use bcrypt for the password hash',
      'if not password: raise ValueError("password required")',
    ])
      expect(r(t), t).toBe(t);
  });

  it('finds passwords on command lines, and only in the options that take them', () => {
    expect(r('mysql -u root -pS3cret db')).toBe('mysql -u root -p[redacted password] db');
    expect(r('mysql -u root -p appdb')).toBe('mysql -u root -p appdb'); // -p alone prompts; appdb is the database
    expect(r("curl -u admin:V3lv3t!! https://x.io")).toBe('curl -u admin:[redacted password] https://x.io');
    expect(r("sshpass -p 'Cy6wVFE*xq' ssh me@host")).toBe("sshpass -p '[redacted password]' ssh me@host");
    expect(r('docker login -u bob -p Dock3rHub! registry.io')).toBe('docker login -u bob -p [redacted password] registry.io');
    expect(r('docker run -p 8080:80 nginx')).toBe('docker run -p 8080:80 nginx');
    expect(r('ssh -p 2222 deploy@host')).toBe('ssh -p 2222 deploy@host');
    expect(r('echo "R00tme!" | sudo -S apt update')).toBe('echo "[redacted password]" | sudo -S apt update');
    expect(r('echo "$TOKEN" | docker login ghcr.io -u me --password-stdin')).toBe('echo "$TOKEN" | docker login ghcr.io -u me --password-stdin');
  });

  it('takes URL passwords whole, @ included', () => {
    expect(r('mongodb+srv://admin:P@ssw0rd!@cluster0.mongodb.net/test')).toBe('mongodb+srv://admin:[redacted password]@cluster0.mongodb.net/test');
    expect(r('see https://medium.com/@ana/post and https://www.google.com/maps/@37.77,-122.41,15z')).toBe(
      'see https://medium.com/@ana/post and https://www.google.com/maps/@37.77,-122.41,15z',
    );
  });

  it('redacts session cookies, not preferences', () => {
    expect(r('Cookie: sessionid=k2j3h4g5f6d7s8a9q0w1e2r3t4y5u6i7; theme=dark')).toBe('Cookie: sessionid=[redacted cookie]; theme=dark');
    expect(r('Set-Cookie: theme=dark; Path=/; Max-Age=31536000')).toBe('Set-Cookie: theme=dark; Path=/; Max-Age=31536000');
  });

  it('redacts IBANs, SSNs and card numbers only when their checks pass', () => {
    expect(r('IBAN DE62 3704 0044 0532 0130 01, thanks')).toBe('IBAN [redacted iban], thanks');
    expect(r('IBAN DE61 3704 0044 0532 0130 01, thanks')).toBe('IBAN DE61 3704 0044 0532 0130 01, thanks');
    // The examples standards and Wikipedia print are valid, and nobody's account.
    expect(r('IBAN DE89 3704 0044 0532 0130 00, thanks')).toBe('IBAN DE89 3704 0044 0532 0130 00, thanks');
    expect(r('my SSN is 536-22-8291')).toBe('my SSN is [redacted ssn]');
    // The dashed shape needs words that make it an SSN (since corpus D): alone it is a part number as often.
    expect(r('part 536-22-8291')).toBe('part 536-22-8291');
    expect(r('W-2 for Pat Doe, 536-22-8291')).toBe('W-2 for Pat Doe, [redacted ssn]');
    expect(r('ticket 536228291')).toBe('ticket 536228291'); // nine bare digits need a label
    expect(r('SSN 536228291')).toBe('SSN [redacted ssn]');
    expect(r('ZIP 94107-1234, call 555-123-4567')).toBe('ZIP 94107-1234, call 555-123-4567');
  });

  it('redacts seed phrases by checksum, and typo-ed ones by context', () => {
    const phrase = entropyToMnemonic(Uint8Array.from({ length: 16 }, (_, i) => i * 17 + 3), wordlist);
    expect(r(`backup: ${phrase}`)).toBe('backup: [redacted seed phrase]');
    const numbered = phrase.split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n');
    expect(findSeedPhrases(numbered)).toHaveLength(1);
    const typo = phrase.split(' ').slice(0, 11).concat('zoo').join(' ');
    expect(validateMnemonic(typo, wordlist)).toBe(false);
    expect(r(`note: ${typo}`)).toBe(`note: ${typo}`);
    expect(r(`my metamask recovery phrase: ${typo}`)).toBe('my metamask recovery phrase: [redacted seed phrase]');
    const prose = 'I think we should go back to the lake this summer and rent a small boat again, the kids loved it.';
    expect(r(prose)).toBe(prose);
  });

  it('redacts a 64-hex key where the text calls it a key, not a hash', () => {
    const hex = '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';
    expect(r(`my wallet private key is 0x${hex}`)).toBe('my wallet private key is [redacted private key]');
    expect(r(`the tx hash 0x${hex} is pending`)).toBe(`the tx hash 0x${hex} is pending`);
    expect(r(`${hex}  ubuntu.iso`)).toBe(`${hex}  ubuntu.iso`);
  });

  it('reports kinds in the order they appear, and never redacts a marker again', () => {
    const out = redactSecrets('SSN 536-22-8291 then sk-proj-Abc123def456GHI789jkl012MNO345 then password: hunter22');
    expect(out.found).toEqual(['ssn', 'api key', 'password']);
    expect(redactSecrets(out.text).text).toBe(out.text);
    expect(r('already [redacted private key] and [redacted password] here')).toBe('already [redacted private key] and [redacted password] here');
  });
});
