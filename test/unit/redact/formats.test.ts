import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../lib/redact';
import { base58CheckPayload, base58Decode } from '../../../lib/redact/crypto';
import { looksLikeRandomToken } from '../../../lib/redact/values';
import { seededRng } from '../../../lib/util/seeded-rng';

/** The general rules added after held-out corpus A, each on values made up here (not the corpus's). */
const r = (text: string) => redactSecrets(text).text;
const rnd = seededRng(2026);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function base58(data: Uint8Array): string {
  let n = 0n;
  for (const b of data) n = n * 256n + BigInt(b);
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (let i = 0; i < data.length && data[i] === 0; i++) out = '1' + out;
  return out;
}
const base58check = (payload: Uint8Array) => base58(Uint8Array.from([...payload, ...sha256(sha256(payload)).slice(0, 4)]));

describe('wallet keys by checksum and length', () => {
  it('decodes base58 and verifies base58check', () => {
    const payload = bytes(21);
    const encoded = base58check(payload);
    expect(base58CheckPayload(encoded)).toEqual(payload);
    expect(base58Decode(base58(Uint8Array.from([0, 0, 7])))).toEqual(Uint8Array.from([0, 0, 7]));
    const flipped = encoded.slice(0, -1) + (encoded.endsWith('2') ? '3' : '2');
    expect(base58CheckPayload(flipped)).toBeNull();
  });

  it('redacts WIF and extended private keys only when the checksum holds', () => {
    const wif = base58check(Uint8Array.from([0x80, ...bytes(32), 0x01]));
    expect(r(`importprivkey ${wif} label`)).toBe('importprivkey [redacted private key] label');
    const broken = wif.slice(0, 10) + (wif[10] === 'a' ? 'b' : 'a') + wif.slice(11);
    expect(r(`importprivkey ${broken} label`)).toContain(broken);
    const xprv = base58check(Uint8Array.from([0x04, 0x88, 0xad, 0xe4, ...bytes(74)]));
    expect(xprv.startsWith('xprv')).toBe(true);
    expect(r(`master: ${xprv}`)).toBe('master: [redacted private key]');
    // A Bitcoin address is base58check too, but not a key.
    const address = base58check(Uint8Array.from([0x00, ...bytes(20)]));
    expect(r(`send to ${address}`)).toBe(`send to ${address}`);
  });

  it('redacts 64-byte Solana keys near a word for keys, not transaction signatures', () => {
    const key = base58(Uint8Array.from([1 + Math.floor(rnd() * 200), ...bytes(63)]));
    expect(r(`exported private key: ${key}`)).toBe('exported private key: [redacted private key]');
    expect(r(`the transaction signature ${key} failed`)).toContain(key);
    const array = `[${Array.from(bytes(64)).join(',')}]`;
    expect(r(`cat ~/.config/solana/id.json\n${array}`)).toBe('cat ~/.config/solana/id.json\n[redacted private key]');
    expect(r(`pixels ${array}`)).toContain(array);
  });
});

describe('provider formats and URLs', () => {
  it('takes the whole webhook URL', () => {
    const url = `https://hooks.slack.com/services/T${pick('ABCDEFGHJK0123456789', 8)}/B${pick('ABCDEFGHJK0123456789', 10)}/${pick(ALNUM, 24)}`;
    expect(r(`post to ${url} now`)).toBe('post to [redacted api key] now');
    const discord = `https://ptb.discord.com/api/webhooks/${pick('0123456789', 18)}/${pick(ALNUM + '_-', 68)}`;
    expect(r(discord)).toBe('[redacted api key]');
  });

  it('knows all-capital AWS key ids, but not placeholders or documentation examples', () => {
    expect(r(`id AKIA${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 16)} ok`)).toBe('id [redacted api key] ok');
    expect(r('id AKIAXXXXXXXXXXXXXXXX ok')).toBe('id AKIAXXXXXXXXXXXXXXXX ok');
    expect(r('docs use AKIAIOSFODNN7EXAMPLE')).toBe('docs use AKIAIOSFODNN7EXAMPLE');
  });

  it('reads a token that is the user part of a URL (a Sentry DSN\'s key is public by design and kept)', () => {
    const key = pick('0123456789abcdef', 32);
    expect(r(`git clone https://${key}@git.corp.example.net/team/repo.git`)).toBe('git clone https://[redacted api key]@git.corp.example.net/team/repo.git');
    expect(r(`dsn: "https://${key}@o12345.ingest.sentry.io/678"`)).toBe(`dsn: "https://${key}@o12345.ingest.sentry.io/678"`);
    expect(r('git clone https://git@example.org/repo.git')).toBe('git clone https://git@example.org/repo.git');
  });
});

describe('labelled secrets in code and config', () => {
  const token = () => pick(ALNUM, 36);
  it('reads key/value call arguments, subscripts, padded arrows, bytes literals and env fallbacks', () => {
    expect(r(`define( 'DB_PASSWORD', 'Gr33n#Tea_9' );`)).toBe(`define( 'DB_PASSWORD', '[redacted password]' );`);
    expect(r(`h = AuthenticationHeaderValue("Bearer", "${token()}")`)).toBe('h = AuthenticationHeaderValue("Bearer", "[redacted bearer token]")');
    expect(r(`cfg["apiKeyAuth"] = "${token()}"`)).toBe('cfg["apiKeyAuth"] = "[redacted api key]"');
    expect(r(`'api_secret'      => '${token()}',`)).toBe("'api_secret'      => '[redacted api key]',");
    expect(r(`SECRET_KEY = b'${token()}'`)).toBe("SECRET_KEY = b'[redacted api key]'");
    expect(r(`const t = process.env.AUTH_TOKEN || '${token()}';`)).toBe("const t = process.env.AUTH_TOKEN || '[redacted api key]';");
    expect(r(`password: \${DB_PASS:-S3cret_${token().slice(0, 6)}}`)).toMatch(/^password: \$\{DB_PASS:-\[redacted password\]\}$/);
    expect(r('password: ${DB_PASSWORD:-changeme}')).toBe('password: ${DB_PASSWORD:-changeme}');
    expect(r(`t('password', 'Passwort')`)).toBe(`t('password', 'Passwort')`);
  });

  it('reads session cookies, OTP seeds and tokens named in prose or comments', () => {
    expect(r(`PHPSESSID=${pick('abcdefghijklmnopqrstuv0123456789', 26)} is mine`)).toBe('PHPSESSID=[redacted api key] is mine');
    expect(r(`totp = pyotp.TOTP("${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)}")`)).toBe('totp = pyotp.TOTP("[redacted api key]")');
    expect(r('2FA setup key: JBSWY3DPEHPK3PXP from the docs')).toBe('2FA setup key: JBSWY3DPEHPK3PXP from the docs');
    expect(r(`our deploy token is ${token()} until Friday`)).toBe('our deploy token is [redacted api key] until Friday');
    expect(r(`the idempotency key is 550e8400-e29b-41d4-a716-446655440000`)).toBe('the idempotency key is 550e8400-e29b-41d4-a716-446655440000');
    expect(r(`c = Client('${token()}')  # trial key`)).toBe("c = Client('[redacted api key]')  # trial key");
    expect(r(`c = Client('${token().slice(0, 30)}')  # the sha256 of the upload`)).not.toContain('[redacted');
  });

  it('takes tokens given to CLIs as arguments', () => {
    expect(r(`wandb login ${pick('0123456789abcdef', 40)}`)).toBe('wandb login [redacted api key]');
    expect(r(`ngrok config add-authtoken ${token()}`)).toBe('ngrok config add-authtoken [redacted api key]');
    expect(r('keytool -list -storepass changeme_NOT_42x')).toBe('keytool -list -storepass [redacted password]');
  });

  it('tells random tokens from identifiers', () => {
    expect(looksLikeRandomToken(token())).toBe(true);
    for (const id of ['my-app-2024-release-v2', 'uploads/2024/c873b55158e2a4a4dbf71d44719259ed.png', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789', 'pi_3MtwBwLkdIwHu7ix28a3tqPa', '0x742d35Cc6634C0532925a3b844Bc454e4438f44e']) {
      expect(looksLikeRandomToken(id), id).toBe(false);
    }
  });
});

describe('passwords in prose, in many languages', () => {
  it('reads "password" words of other languages, their prepositions and verbs', () => {
    for (const [text, value] of [
      ['das Router-Passwort für das Büro ist Blau#Haus42', 'Blau#Haus42'],
      ["le mot de passe de l'imprimante c'est Chat_Noir_31", 'Chat_Noir_31'],
      ['la contraseña del wifi es Luna!Sol2023', 'Luna!Sol2023'],
      ["la password dell'account è Vino_Rosso_77", 'Vino_Rosso_77'],
      ['пароль от почты: Zima_Vesna_08', 'Zima_Vesna_08'],
      ['Şifrem Ankara_Gece_12 ama olmuyor', 'Ankara_Gece_12'],
      ['mật khẩu email công ty là meo_den_2021', 'meo_den_2021'],
      ['kata sandi wifi kantor adalah kopi_susu_88', 'kopi_susu_88'],
    ]) {
      expect(r(text!), text).not.toContain(value);
    }
  });

  it('reads English phrasings without the word before the value', () => {
    expect(r('use Blue!Kite99 to log in to staging')).toBe('use [redacted password] to log in to staging');
    expect(r('user ops@example.org, pass Tango-Lima-77.')).toBe('user ops@example.org, pass [redacted password].');
    expect(r('the admin login for jenkins is admin / j3nk1ns-Rocks')).toBe('the admin login for jenkins is admin / [redacted password]');
    expect(r("is 'Winter2020' weak? my work one is Oslo#Fjord_42")).toBe("is 'Winter2020' weak? my work one is [redacted password]");
  });

  it('leaves prose about passwords alone', () => {
    for (const text of ['Das Passwort ist falsch. Passwort vergessen?', 'Şifreniz en az 8 karakter olmalı', 'la contraseña es incorrecta', 'user admin, pass the salt please']) {
      expect(r(text), text).toBe(text);
    }
  });
});

describe('documentation, placeholders and masking', () => {
  it('leaves published test values, masked values and header-only PEM lines alone', () => {
    for (const text of [
      'use card 4242 4242 4242 4242 in test mode',
      'OPENAI_API_KEY=sk-proj-************************',
      'postgres://USER:PASSWORD@HOST:5432/DB is the format',
      '`-----BEGIN RSA PRIVATE KEY-----` vs `-----BEGIN OPENSSH PRIVATE KEY-----`',
      '-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n is how the docs show it',
      'secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
    ]) {
      expect(r(text), text).toBe(text);
    }
    expect(r('card 4000 0566 5566 5556 is a Stripe test card')).toBe('card 4000 0566 5566 5556 is a Stripe test card');
    expect(r('id,name,card\n7,"Doe, J",6011000400000000,12/29')).toContain('[redacted card number]');
  });
});
