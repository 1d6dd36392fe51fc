import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, DIGITS, HEX, KEY, LOWER, PW } from './made-up';

/** The general rules added after held-out corpus I, on values made up here. */
const pick = picker(2026);
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ID = '[redacted national id]';
const POLICY = '[redacted policy number]';
const uuid = () => [8, 4, 4, 4, 12].map((n) => pick(HEX, n)).join('-');

describe('a key given to an API client constructor as its first argument', () => {
  it('masks it after new, after a module in small letters, and under a name that says client', () => {
    const a = pick(ALNUM, 40);
    expect(r(`llm = mistralai.Mistral("${a}")`)).toBe(`llm = mistralai.Mistral("${KEY}")`);
    const b = pick(ALNUM, 32);
    expect(r(`const mail = new Postmark('${b}', { timeout: 5 });`)).toBe(`const mail = new Postmark('${KEY}', { timeout: 5 });`);
    const c = pick(ALNUM, 36);
    expect(r(`api = WeatherApiClient("${c}")`)).toBe(`api = WeatherApiClient("${KEY}")`);
    const d = `${uuid()}:fx`;
    expect(r(`t = translators.Engine("${d}")`)).toBe(`t = translators.Engine("${KEY}")`);
  });

  it("masks it after PHP's namespaces and Ruby's .new", () => {
    const b = pick(ALNUM, 30);
    expect(r(`$t = new \\Vendor\\Sms\\Sender('${b}');`)).toBe(`$t = new \\Vendor\\Sms\\Sender('${KEY}');`);
    const c = pick(ALNUM, 28);
    expect(r(`client = Vendor::Mailer.new("${c}")`)).toBe(`client = Vendor::Mailer.new("${KEY}")`);
  });

  it("leaves ids, addresses, digests, dates, a UUID beside other arguments and C#'s capitalised methods alone", () => {
    unchanged(`const owner = new PublicKey("${pick('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 44)}");`);
    unchanged(`oid = bson.ObjectId("${pick(HEX, 24)}")`);
    unchanged(`new ClientSecretCredential("${uuid()}", "${uuid()}", secretFromVault)`);
    unchanged(`var id = Guid.Parse("${uuid()}");`);
    unchanged(`Purchases.configure(PurchasesConfiguration("goog_${pick(ALNUM, 28)}"))`);
    unchanged(`expect(new Date("2024-05-01T10:00:00Z")).toBeDefined()`);
    unchanged(`h = hashlib.Hash("${pick(HEX, 64)}")  # sha256 of the upload`);
  });
});

describe('provider prefixes', () => {
  it('masks an Apify API token by its prefix wherever it stands', () => {
    const token = `apify_api_${pick(ALNUM, 36)}`;
    expect(r(`the scraper token is ${token} — expired?`)).toBe(`the scraper token is ${KEY} — expired?`);
  });
});

describe('a secret found once is masked wherever else it stands', () => {
  it('masks the sentence that hands over a token also used under its header below', () => {
    const t = pick(HEX, 40);
    expect(r(`The vendor emailed ${t} yesterday.\ncurl -H "X-Partner-Token: ${t}" https://partner.test/api`)).toBe(
      `The vendor emailed ${KEY} yesterday.\ncurl -H "X-Partner-Token: ${KEY}" https://partner.test/api`,
    );
  });

  it('leaves words, names and parts of longer words alone', () => {
    expect(r('postgres://postgres:postgres@db.prod.acme.io:5432/app')).toBe('postgres://postgres:[redacted password]@db.prod.acme.io:5432/app');
    const t = pick(ALNUM, 24);
    expect(r(`API_TOKEN=${t}\nthe file x${t}y.txt is gone, ${t}_old too`)).toBe(`API_TOKEN=${KEY}\nthe file x${t}y.txt is gone, ${t}_old too`);
  });
});

describe('VPN keys in their own layouts', () => {
  it('masks an OpenVPN key block whole, armour lines too', () => {
    const body = Array.from({ length: 6 }, () => pick(HEX, 32)).join('\n');
    const block = `-----BEGIN OpenVPN tls-crypt-v2 client key-----\n${body}\n-----END OpenVPN tls-crypt-v2 client key-----`;
    expect(r(`<tls-crypt-v2>\n${block}\n</tls-crypt-v2>`)).toBe('<tls-crypt-v2>\n[redacted private key]\n</tls-crypt-v2>');
  });

  it('masks ipsec.secrets secrets and router pre-shared keys', () => {
    const psk = pick(ALNUM, 24);
    const eap = `${pick(ALNUM, 10)}!`;
    expect(r(`203.0.113.5 198.51.100.7 : PSK "${psk}"\ncarol : XAUTH "${eap}"`)).toBe(`203.0.113.5 198.51.100.7 : PSK "${PW}"\ncarol : XAUTH "${PW}"`);
    const k = `${pick(ALNUM, 12)}9`;
    expect(r(`crypto isakmp key ${k} address 192.0.2.10`)).toBe(`crypto isakmp key ${PW} address 192.0.2.10`);
  });

  it('leaves public keys, certificates, empty armour and prose about keys alone', () => {
    unchanged('-----BEGIN OpenVPN Static key V1-----\n...\n-----END OpenVPN Static key V1-----');
    unchanged(`-----BEGIN PGP PUBLIC KEY BLOCK-----\n${pick(ALNUM, 64)}\n-----END PGP PUBLIC KEY BLOCK-----`);
    unchanged('IKE fails with a pre-shared-key mismatch, and ": PSK" lines are read from /etc/ipsec.secrets');
  });
});

describe('secret lists under a secret name', () => {
  it('masks every item of a comma-separated list', () => {
    const items = Array.from({ length: 3 }, () => `${pick(ALNUM, 22)}==`);
    expect(r(`SESSION_KEYS=${items.join(',')}\nPORT=8080`)).toBe(`SESSION_KEYS=${KEY},${KEY},${KEY}\nPORT=8080`);
  });

  it('leaves lists of names under a key name alone', () => {
    unchanged('SORT_KEYS=created_at,updated_at,name\nALLOWED_HOSTS=a.example,b.example');
  });
});

describe('webhook URLs whole', () => {
  it('masks the whole URL of a hook host', () => {
    const path = pick(LOWER + DIGITS, 32);
    expect(r(`Zap fails: https://hook.us2.relayhooks.io/${path} returns 410`)).toBe(`Zap fails: ${KEY} returns 410`);
  });
});

describe('identity and account numbers named before them', () => {
  it("takes a passport number after the form's label and \"mine is\", and a codice fiscale with whose it is", () => {
    const pass = `${pick(UPPER, 2)}${pick(DIGITS, 7)}`;
    expect(r(`The form says “Passport number” – mine is ${pass}, right?`)).toBe(`The form says “Passport number” – mine is ${ID}, right?`);
    const cf = `${pick(UPPER, 6)}${pick(DIGITS, 2)}H${pick(DIGITS, 2)}${pick(UPPER, 1)}${pick(DIGITS, 3)}${pick(UPPER, 1)}`;
    expect(r(`Codice fiscale di mia moglie: ${cf}, serve per la pratica.`)).toBe(`Codice fiscale di mia moglie: ${ID}, serve per la pratica.`);
  });

  it('takes an insurance member id where the text speaks of insurance, and a number only insurers print anywhere', () => {
    const id = `${pick(UPPER, 3)}${pick(DIGITS, 9)}`;
    expect(r(`My health plan denied the claim. Subscriber ID ${id}, what do I write?`)).toBe(`My health plan denied the claim. Subscriber ID ${POLICY}, what do I write?`);
    expect(r(`numéro de sécurité sociale : ${pick(DIGITS, 13)}`)).toBe(`numéro de sécurité sociale : ${POLICY}`);
  });

  it('leaves member ids of forums and games, and a passport question without a number, alone', () => {
    unchanged(`Discord member ID: ${pick(DIGITS, 18)} keeps getting muted by the bot`);
    unchanged('Passport number — mine is expired, can I still fly?');
  });
});

describe('everyday secrets with words between', () => {
  it('masks a PIN with what it opens between the word and the value', () => {
    const pin = pick(DIGITS, 4);
    expect(r(`the PIN for my debit card is ${pin}, she may use it`)).toBe(`the PIN for my debit card is ${PW}, she may use it`);
    expect(r(`die PIN von der EC-Karte: ${pin}`)).toBe(`die PIN von der EC-Karte: ${PW}`);
  });

  it('leaves a PIN named by its length alone', () => {
    unchanged('the PIN of the card has 4 digits, 1234 is not allowed?');
  });
});

describe('passwords with a clause before their colon', () => {
  it('masks a password given after a clause, or in the next sentence after a colon', () => {
    const a = `${pick(LOWER, 5)}-${pick(LOWER, 4)}-${pick(DIGITS, 2)}`;
    expect(r(`Das Passwort vom Router steht hinten auf dem Aufkleber: ${a} — ist das sicher?`)).toBe(
      `Das Passwort vom Router steht hinten auf dem Aufkleber: ${PW} — ist das sicher?`,
    );
    const b = `${pick(ALNUM, 8)}%${pick(LOWER, 2)}`;
    expect(r(`Forgot the vault password? No, I still have it written here: ${b}. Can I reset 2FA?`)).toBe(
      `Forgot the vault password? No, I still have it written here: ${PW}. Can I reset 2FA?`,
    );
  });

  it('masks a new password in random case without digits', () => {
    const v = `${pick(UPPER, 2)}${pick(LOWER, 3)}${pick(UPPER, 2)}-${pick(LOWER, 2)}${pick(UPPER, 3)}${pick(LOWER, 2)}`;
    expect(r(`ho cambiato la password della banca in ${v} ieri`)).toBe(`ho cambiato la password della banca in ${PW} ieri`);
  });

  it('leaves error codes, key combinations and settings after a password sentence alone', () => {
    unchanged('Password reset failed with this error: ERR-AUTH-401 again');
    unchanged('Der Passwort-Dialog zeigt den Fehler: Zugriff-verweigert-403');
    unchanged('To open the password manager use the shortcut: Ctrl+Shift+L');
    unchanged('The password is read from the config file: process.env.DB_PASSWORD');
  });
});

describe('defaults in a template the text names', () => {
  it("keeps a default password in a framework's .env.example, and masks a filled-in one", () => {
    unchanged('DB_USERNAME=sail\nDB_PASSWORD=password\n# from the .env.example that ships with the starter kit');
    const pw = `${pick(ALNUM, 12)}7`;
    expect(r(`DB_PASSWORD=${pw}\n# copied from .env.example and filled in`)).toBe(`DB_PASSWORD=${PW}\n# copied from .env.example and filled in`);
  });
});
