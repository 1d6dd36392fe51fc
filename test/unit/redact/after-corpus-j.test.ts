import { describe, expect, it } from 'vitest';
import { b64url, picker, r, unchanged, ALNUM, DIGITS, HEX, KEY, LOWER, PW, UPPER_DIGITS } from './made-up';

/** The general rules added after held-out corpus J, on values made up here. */
const pick = picker(2027);
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CODE = '[redacted activation code]';
const CARD = '[redacted card number]';
const ID = '[redacted national id]';
const uuid = () => [8, 4, 4, 4, 12].map((n) => pick(HEX, n)).join('-');
const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');
/** A made-up Visa-shaped number whose Luhn check digit holds, printed in groups of four. */
function luhnCard(): string {
  const body = `4${pick(DIGITS, 14)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  const digits = `${body}${(10 - (sum % 10)) % 10}`;
  return digits.match(/\d{4}/g)!.join(' ');
}

/** A key id with digits set among small letters: `ab3cdefg7hij…`. */
const keyId = () => `${pick(LOWER, 4)}${pick(DIGITS, 1)}${pick(LOWER, 3)}${pick(DIGITS, 1)}${pick(LOWER, 4)}${pick(DIGITS, 1)}${pick(LOWER, 2)}`;

describe('every literal argument of a client constructor that is a key', () => {
  it('masks the secret after the key, the token after an account id, and a key id beside its secret', () => {
    const key = pick(ALNUM, 40);
    const secret = pick(ALNUM, 48);
    expect(r(`ex = Client("${key}", "${secret}", sandbox=True)`)).toBe(`ex = Client("${KEY}", "${KEY}", sandbox=True)`);
    const id = keyId();
    const signing = `${pick(ALNUM, 60)}==`;
    // The second is read by the rule for a user and a password handed to an auth class too, which names it first.
    expect(r(`auth = ExchangeAuth('${id}', '${signing}')`)).toBe(`auth = ExchangeAuth('${KEY}', '${PW}')`);
  });

  it("masks a key after an endpoint (Rust's ::new, a bare class in Kotlin) and a client factory's key", () => {
    const a = pick(HEX, 40);
    expect(r(`let c = ShopClient::new("https://api.shop.test", "${a}");`)).toBe(`let c = ShopClient::new("https://api.shop.test", "${KEY}");`);
    const b = pick(ALNUM, 32);
    expect(r(`val pay = Gateway("merchant-12", "${b}", Mode.LIVE)`)).toBe(`val pay = Gateway("merchant-12", "${KEY}", Mode.LIVE)`);
    const app = pick(UPPER_DIGITS, 10);
    expect(r(`const idx = createSearchClient('${app}', '${pick(HEX, 32)}');`)).toBe(`const idx = createSearchClient('${app}', '${KEY}');`);
  });

  it('masks a UUID given alone before an options object', () => {
    expect(r(`const t = new Tracker("${uuid()}", { flushAt: 10 });`)).toBe(`const t = new Tracker("${KEY}", { flushAt: 10 });`);
  });

  it('leaves words, names, ids beside other ids and value classes alone', () => {
    unchanged('const p = Pair("left-hand", "right-hand")');
    unchanged(`val c = Color("${pick(HEX, 6)}", "primary")`);
    unchanged(`new ClientSecretCredential("${uuid()}", "${uuid()}", secretFromVault)`);
    unchanged(`Purchases.configure(PurchasesConfiguration("goog_${pick(ALNUM, 28)}"))`);
    unchanged(`const s = createClient('https://db.example.test', { auth: { persistSession: false } })`);
  });
});

describe('SIM PINs and PUKs, and activation codes, where the text names them', () => {
  it('masks a PUK, and PIN/PUK with a word or a number joined to them', () => {
    const pin = pick(DIGITS, 4);
    const puk = pick(DIGITS, 8);
    expect(r(`Auf der Karte: PIN ${pin}, PUK ${puk}.`)).toBe(`Auf der Karte: PIN ${PW}, PUK ${PW}.`);
    expect(r(`Kortet: PIN-kod ${pin}, PUK-kod ${puk}`)).toBe(`Kortet: PIN-kod ${PW}, PUK-kod ${PW}`);
    expect(r(`arkada PIN2: ${pin} PUK2: ${puk} yazıyor`)).toBe(`arkada PIN2: ${PW} PUK2: ${PW} yazıyor`);
  });

  it('leaves the words without a number alone', () => {
    unchanged('The phone asks for the PUK-kod. The PUK is 8 digits, right? PIN 12 on the header is GND.');
  });

  it("masks an eSIM's matching id in its LPA string, a named activation code and the confirmation code beside it", () => {
    const id = [4, 4, 4, 4].map((n) => pick(UPPER_DIGITS, n)).join('-');
    expect(r(`scan failed, manual entry: LPA:1$smdp.carrier.test$${id}`)).toBe(`scan failed, manual entry: LPA:1$smdp.carrier.test$${CODE}`);
    const conf = pick(DIGITS, 8);
    expect(r(`eSIM:\nCódigo de activación: ${id}\nCódigo de confirmación: ${conf}`)).toBe(`eSIM:\nCódigo de activación: ${CODE}\nCódigo de confirmación: ${CODE}`);
  });

  it('leaves a booking confirmation code and talk about activation codes alone', () => {
    unchanged(`Hotel booking confirmation code ${pick(DIGITS, 6)} — can I change the date?`);
    unchanged('The activation code is sent by email after checkout.');
  });
});

describe('passwords in pasted chats', () => {
  it('masks the answer to a request in another language, after a word of assent', () => {
    const pw = `${pick(ALNUM, 6)}#${pick(DIGITS, 3)}`;
    expect(r(`[10:01] Ana: tienes la contraseña del router?\n[10:02] Luis: sí: ${pw}\n[10:02] Ana: gracias`)).toBe(
      `[10:01] Ana: tienes la contraseña del router?\n[10:02] Luis: sí: ${PW}\n[10:02] Ana: gracias`,
    );
  });

  it('masks the answer under a speaker-and-time header (Discord, Slack)', () => {
    const pw = `${pick(ALNUM, 7)}$${pick(DIGITS, 4)}`;
    expect(r(`Ana — Today at 10:01\nwhat's the vpn password?\nLuis — Today at 10:02\n${pw}\nAna — Today at 10:02\nty`)).toBe(
      `Ana — Today at 10:01\nwhat's the vpn password?\nLuis — Today at 10:02\n${PW}\nAna — Today at 10:02\nty`,
    );
  });

  it('leaves prose answers alone', () => {
    unchanged('[10:01] Ana: heb je het wachtwoord?\n[10:02] Luis: ja: morgen\n[10:03] Ana: ok');
  });
});

describe('credentials in protocol lines, command output and the line below', () => {
  it('masks SMTP AUTH PLAIN and AUTH LOGIN passwords', () => {
    const plain = b64(`\0ops@mail.test\0${pick(ALNUM, 12)}`);
    expect(r(`> AUTH PLAIN ${plain}\n< 535 rejected`)).toBe(`> AUTH PLAIN ${PW}\n< 535 rejected`);
    const login = b64(pick(ALNUM, 12));
    expect(r(`< 334 VXNlcm5hbWU6\n> ${b64('ops')}\n< 334 UGFzc3dvcmQ6\n> ${login}`)).toBe(`< 334 VXNlcm5hbWU6\n> ${b64('ops')}\n< 334 UGFzc3dvcmQ6\n> ${PW}`);
  });

  it('leaves base64 that is no PLAIN message alone', () => {
    unchanged(`> AUTH PLAIN ${b64('just some text here')}`);
  });

  it("masks what a secret-printing command prints when it is pasted without its prompt, and nothing else's output", () => {
    const pw = `${pick(ALNUM, 10)}^#`;
    expect(r(`terraform output -raw admin_password\n${pw}`)).toBe(`terraform output -raw admin_password\n${PW}`);
    unchanged('terraform output -raw db_host\ndb.internal.example');
  });

  it('masks a password a line says was reset, given on the next line, and not a user name there', () => {
    const pw = pick(ALNUM, 20);
    expect(r(`Password for the [kibana] user successfully reset.\nNew value: ${pw}`)).toBe(`Password for the [kibana] user successfully reset.\nNew value: ${PW}`);
    unchanged(`Password changed for this account.\nUsername: Admin${pick(DIGITS, 3)}Xy`);
  });

  it("masks a Python client's basic_auth and http_auth tuples", () => {
    const pw = pick(ALNUM, 24);
    expect(r(`es = Search(url, basic_auth=("elastic", "${pw}"))`)).toBe(`es = Search(url, basic_auth=("elastic", "${PW}"))`);
  });
});

describe('tokens after a clause, and found values written again', () => {
  it('masks a generated token with symbols after a clause and a colon, and a token after "new value"', () => {
    const tok = `${pick(UPPER, 3)}]#${pick(LOWER, 4)}${pick(DIGITS, 2)}<${pick(ALNUM, 6)})`;
    expect(r(`registry auth token for CI (made today): ${tok}\nstill 401`)).toBe(`registry auth token for CI (made today): ${KEY}\nstill 401`);
    const hex = pick(HEX, 48);
    expect(r(`- the printer API key rotated on Monday, new value ${hex}`)).toBe(`- the printer API key rotated on Monday, new value ${KEY}`);
  });

  it('leaves regexes, keys of data and formats alone', () => {
    unchanged('regex for our tokens: ^tok_(live|test)_[0-9a-z]{32}$ — right?');
    unchanged(`primary key (composite): ${pick(ALNUM, 6)}$${pick(DIGITS, 3)}%Ab`);
    unchanged(`Kafka message key (base64): ${pick(ALNUM, 32)}, partition 3`);
  });

  it('masks base64 that holds a found key, as an API returns it for a header', () => {
    const id = pick(ALNUM, 20);
    const key = pick(ALNUM, 22);
    const encoded = b64(`${id}:${key}`);
    expect(r(`{\n  "api_key": "${key}",\n  "encoded": "${encoded}"\n}`)).toBe(`{\n  "api_key": "${KEY}",\n  "encoded": "${KEY}"\n}`);
  });

  it("masks a header's one-case token with a dot, and a card's code named only as code after its expiry", () => {
    const t = `${pick(LOWER, 3)}4${pick(LOWER, 5)}7${pick(LOWER, 4)}2${pick(LOWER, 6)}.${pick(LOWER, 3)}9${pick(LOWER, 6)}`;
    expect(r(`X-Shop-Internal-Auth: ${t}`)).toBe(`X-Shop-Internal-Auth: ${KEY}`);
    const card = luhnCard();
    expect(r(`karta ${card}, ważna do 08/29, kod 271.`)).toBe(`karta ${CARD}, ważna do 08/29, kod ${CARD}.`);
    unchanged('error kod 271 again, see 08/29 release notes');
  });

  it('takes a Polish identity card number named in its inflected form', () => {
    expect(r(`Nr dowodu osobistego: ${pick(UPPER, 3)}${pick(DIGITS, 6)}`)).toBe(`Nr dowodu osobistego: ${ID}`);
  });
});

describe('public values kept', () => {
  it('keeps a key under a name that calls it search-only or public, and not one under an admin name', () => {
    unchanged(`window.SEARCH = { appId: '${pick(UPPER_DIGITS, 10)}', searchOnlyApiKey: '${pick(HEX, 32)}' }`);
    const admin = pick(HEX, 32);
    expect(r(`window.SEARCH = { adminApiKey: '${admin}' }`)).toBe(`window.SEARCH = { adminApiKey: '${KEY}' }`);
  });

  it("keeps GoogleService-Info.plist's API_KEY, by its place among the file's keys", () => {
    unchanged(`<key>API_KEY</key>\n<string>AIza${pick(ALNUM, 35)}</string>\n<key>GCM_SENDER_ID</key>\n<string>${pick(DIGITS, 12)}</string>`);
  });

  it('keeps a public key in DER (RSA and EC) under any name', () => {
    const rsa = `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${pick(ALNUM, 300)}IDAQAB`;
    unchanged(`{"realm":"shop","public_key":"${rsa}"}`);
    const ec = `MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${pick(ALNUM, 86)}==`;
    unchanged(`verify_key: ${ec}`);
  });

  it('keeps a local default where the password repeats the user, and masks another password there', () => {
    unchanged('mc alias set dev http://127.0.0.1:9000 devadmin devadmin');
    const pw = `${pick(ALNUM, 10)}7!`;
    expect(r(`mc alias set dev http://127.0.0.1:9000 devadmin ${pw}`)).toBe(`mc alias set dev http://127.0.0.1:9000 devadmin ${PW}`);
  });

  it('keeps a file the value is read from, and a URL under a name that ends in a service', () => {
    unchanged('vault kv put secret/app api_password=@/dev/stdin');
    unchanged(`{"token-service":"https://sso.example.test/realms/${b64url('x').toLowerCase()}/protocol/openid-connect"}`);
  });
});
