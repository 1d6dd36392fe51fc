import { describe, expect, it } from 'vitest';
import { b64url, picker, r, unchanged, ALNUM, DIGITS, HEX, KEY, PW, UPPER_DIGITS } from './made-up';

/** The general rules added after held-out corpus K, on values made up here. */
const pick = picker(2028);
const ID = '[redacted national id]';
const uuid = () => [8, 4, 4, 4, 12].map((n) => pick(HEX, n)).join('-');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('a code that opens a thing the sentence names, with words between', () => {
  it('masks lock, locker, keypad, alarm and gym codes in several languages', () => {
    const codes = Array.from({ length: 8 }, () => `${pick('123456789', 1)}${pick(DIGITS, 4)}`);
    expect(r(`the padlock on the shed has code ${codes[0]}, spin it slowly`)).toBe(`the padlock on the shed has code ${PW}, spin it slowly`);
    expect(r(`Spind 12 Kombination ist 4-22-9 (links, rechts)`)).toBe(`Spind 12 Kombination ist ${PW} (links, rechts)`);
    expect(r(`the back gate keypad code is ${codes[1]}# after 9pm`)).toBe(`the back gate keypad code is ${PW} after 9pm`);
    expect(r(`Il codice dell'allarme di casa è ${codes[2]}.`)).toBe(`Il codice dell'allarme di casa è ${PW}.`);
    expect(r(`Kód od zámku na kolo je ${codes[3]}`)).toBe(`Kód od zámku na kolo je ${PW}`);
    expect(r(`A riasztókód ${codes[4]}, ne felejtsd el.`)).toBe(`A riasztókód ${PW}, ne felejtsd el.`);
    expect(r(`Kode gembok loker kantor ${codes[5]}* ya`)).toBe(`Kode gembok loker kantor ${PW} ya`);
    expect(r(`Ο κωδικός της πόρτας είναι ${codes[6]}`)).toBe(`Ο κωδικός της πόρτας είναι ${PW}`);
  });

  it('keeps codes that name no thing they open, and numbers a word makes something else', () => {
    unchanged(`the API returned error code ${pick(DIGITS, 3)} when the door sensor went offline`);
    unchanged(`the code is 4 digits, the gate opens anyway`);
    unchanged(`we changed the lock code on line ${pick(DIGITS, 3)} to use a mutex`);
    unchanged(`promo code ${pick(DIGITS, 5)} gives 10% off the bike`);
  });
});

describe("a library or membership card's number named before it", () => {
  it('masks the number, and keeps a card named without one', () => {
    const n = pick(DIGITS, 14);
    expect(r(`my library card is ${n}, the PIN is on the back`)).toBe(`my library card is ${PW}, the PIN is on the back`);
    expect(r(`Tessera della biblioteca: ${n} (il PIN lo so)`)).toBe(`Tessera della biblioteca: ${PW} (il PIN lo so)`);
    unchanged('my library card expired in 2019, can I renew it online?');
  });
});

describe('identity numbers named in more languages', () => {
  it('masks Czech, Greek, Italian electronic, Indian and Indonesian numbers named before them', () => {
    const cz = `${pick(UPPER, 2)}${pick(DIGITS, 6)}`;
    expect(r(`Číslo občanského průkazu: ${cz}`)).toBe(`Číslo občanského průkazu: ${ID}`);
    const gr = `${pick(DIGITS, 3)}.${pick(DIGITS, 4)}.${pick(DIGITS, 4)}`;
    expect(r(`Αριθμός ταυτότητας (ΑΔΤ): ${gr}`)).toBe(`Αριθμός ταυτότητας (ΑΔΤ): ${ID}`);
    const cie = `${pick(UPPER, 2)}${pick(DIGITS, 5)}${pick(UPPER, 2)}`;
    expect(r(`Numero di carta d'identità elettronica: ${cie}.`)).toBe(`Numero di carta d'identità elettronica: ${ID}.`);
    const aadhaar = `${pick('23456789', 1)}${pick(DIGITS, 3)} ${pick(DIGITS, 4)} ${pick(DIGITS, 4)}`;
    expect(r(`मेरा आधार नंबर ${aadhaar} है`)).toBe(`मेरा आधार नंबर ${ID} है`);
    const nik = pick(DIGITS, 16);
    expect(r(`NIK KTP saya ${nik}, untuk daftar`)).toBe(`NIK KTP saya ${ID}, untuk daftar`);
    const pan = `${pick(UPPER, 5)}${pick(DIGITS, 4)}${pick(UPPER, 1)}`;
    expect(r(`PAN card number ${pan} is rejected`)).toBe(`PAN card number ${ID} is rejected`);
  });

  it('keeps a pan, a lowercase nik and dni as words', () => {
    unchanged(`heat the pan 12345 times? no: the pan card 12 lines`);
    unchanged(`za 3 dni 12345678 korun`);
  });
});

describe('a token, key or password named with a few words before its verb', () => {
  it('masks random tokens, UUIDs and password-shaped values', () => {
    const t = pick(ALNUM, 32);
    expect(r(`the token the platform team gave me is ${t}. Getting 401.`)).toBe(`the token the platform team gave me is ${KEY}. Getting 401.`);
    const u = uuid();
    expect(r(`Il mio token Datadog è ${u}, ma non funziona`)).toBe(`Il mio token Datadog è ${KEY}, ma non funziona`);
    const p = `river.${pick('abcdefgh', 5)}_stone${pick(DIGITS, 2)}`;
    expect(r(`La contraseña nueva del wifi de la oficina es ${p}, no la compartas.`)).toBe(`La contraseña nueva del wifi de la oficina es ${PW}, no la compartas.`);
    expect(r(`Kunci Mapbox saya ${pick(HEX, 32)}. Kenapa error?`)).toBe(`Kunci Mapbox saya ${KEY}. Kenapa error?`);
  });

  it('keeps formats, ids, hashes and word values', () => {
    unchanged(`the token format we use is ${pick(ALNUM, 32)} style`);
    unchanged(`the password for the guest network is written on the router`);
    unchanged(`the api key hash in the log is ${pick(HEX, 32)}`);
  });
});

describe('JetBrains Hub permanent tokens and `-p=` on login commands', () => {
  it('masks perm: tokens by their format and passwords joined to -p= or --password=', () => {
    const perm = `perm:${b64url('some.user')}.${b64url('ci')}.${pick(ALNUM, 30)}`;
    expect(r(`token ${perm} works`)).toBe(`token ${KEY} works`);
    const pw = pick(UPPER_DIGITS, 40);
    expect(r(`docker login -u="org+bot" -p="${pw}" registry.example.net`)).toBe(`docker login -u="org+bot" -p="${PW}" registry.example.net`);
    expect(r(`helm registry login reg.local --password=${pw} -u me`)).toBe(`helm registry login reg.local --password=${PW} -u me`);
  });

  it('keeps perm: words that are not three dotted parts, and -p= on a command that is not a login', () => {
    unchanged('chmod says perm:denied for user.name');
    unchanged(`docker run -p=8080:80 nginx`);
  });
});

describe('client-side keys named by their kind', () => {
  it("keeps a meeting SDK's key and an analytics project token, and masks their secrets", () => {
    const sdkKey = pick(ALNUM, 20);
    unchanged(`client.join({ sdkKey: '${sdkKey}', meetingNumber: '123' })`);
    unchanged(`the project token ${pick(HEX, 32)} ships in our bundle`);
    const secret = pick(ALNUM, 32);
    expect(r(`sdkSecret: '${secret}'`)).toBe(`sdkSecret: '${KEY}'`);
  });
});

describe('secrets handed to a command through a process substitution or `config set`', () => {
  it('masks an echoed password for a password-file option and a secret-named config value', () => {
    const p = `Lamp${pick(DIGITS, 4)}!`;
    expect(r(`restic backup --password-file <(echo "${p}") /srv`)).toBe(`restic backup --password-file <(echo "${PW}") /srv`);
    expect(r(`borg create --passphrase-file=<(printf ${p}) ::x`)).toBe(`borg create --passphrase-file=<(printf ${PW}) ::x`);
    const v = `${pick(ALNUM, 10)}.${pick(ALNUM, 6)}`;
    expect(r(`pulumi config set --plaintext apiPassword ${v}`)).toBe(`pulumi config set --plaintext apiPassword ${PW}`);
    const t = pick(ALNUM, 24);
    expect(r(`firebase functions:config set someservice:token ${t}`)).toBe(`firebase functions:config set someservice:token ${KEY}`);
  });

  it('keeps a variable echoed, a non-secret option fed by echo, and config values under plain names', () => {
    unchanged('ansible-playbook x.yml --vault-password-file <(echo "$VAULT_PASS")');
    unchanged('diff --config-file <(echo hello) b.txt');
    unchanged(`pulumi config set aws:region eu-west-1`);
    unchanged(`npm config set registry https://registry.example.org/`);
  });
});

describe('cloud resource ids', () => {
  it('keeps AWS resource ids in stack outputs and assignments, and masks a key that only starts like one', () => {
    const vpc = `vpc-${pick(HEX, 17)}`;
    unchanged(`    vpcId       ${vpc}\n    sgId        sg-${pick(HEX, 8)}`);
    const key = `vpc-${pick(ALNUM, 30)}`;
    expect(r(`api_key = "${key}"`)).toBe(`api_key = "${KEY}"`);
  });
});
