import { describe, expect, it } from 'vitest';
import { picker, r, unchanged, ALNUM, DIGITS, HEX, KEY, LOWER_DIGITS, PW } from './made-up';

/** The general rules added after held-out corpus L, on values made up here. */
const pick = picker(2029);
const ID = '[redacted national id]';
const uuid = () => [8, 4, 4, 4, 12].map((n) => pick(HEX, n)).join('-');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('basic auth whose password is a throwaway: the user half is the token', () => {
  it('masks a random user beside x, X, an empty or a documented filler password', () => {
    const hex = pick(HEX, 40);
    expect(r(`curl -u "${hex}:x" https://api.example.net/v1/people`)).toBe(`curl -u "${KEY}:x" https://api.example.net/v1/people`);
    const token = pick(ALNUM, 24);
    expect(r(`curl -u ${token}:X https://help.example.net/api/v2/tickets`)).toBe(`curl -u ${KEY}:X https://help.example.net/api/v2/tickets`);
    expect(r(`curl -u ${token}:api_token https://track.example.net/me`)).toBe(`curl -u ${KEY}:api_token https://track.example.net/me`);
  });

  it('keeps a user name beside a throwaway, and masks the password when it is the random half', () => {
    unchanged('curl -u admin:x http://localhost:8080/status');
    const pw = pick(ALNUM, 20);
    expect(r(`curl -u deploy:${pw} https://ci.example.net`)).toBe(`curl -u deploy:[redacted password] https://ci.example.net`);
  });
});

describe('an Authorization header with any scheme word and a user before the credentials', () => {
  it('masks the part after the user', () => {
    const token = pick(UPPER + DIGITS, 32);
    expect(r(`curl -H "Authorization: whm root:${token}" https://host.example.net:2087/json-api/version`)).toBe(
      `curl -H "Authorization: whm root:[redacted bearer token]" https://host.example.net:2087/json-api/version`,
    );
    expect(r(`Authorization: cpanel alice:${token}`)).toBe('Authorization: cpanel alice:[redacted bearer token]');
  });
});

describe('a value right after the word "secret"', () => {
  it('masks a UUID or a random token', () => {
    const id = uuid();
    expect(r(`portal app: client APP-${pick(UPPER + DIGITS, 16)} secret ${id}. It says invalid_client`)).toMatch(new RegExp(`secret \\[redacted api key\\]\\. It says`));
    const token = pick(ALNUM, 28);
    expect(r(`my app secret ${token} stopped working`)).toBe(`my app secret ${KEY} stopped working`);
  });

  it('keeps words, names and ids after it', () => {
    unchanged('the secret sauce is patience, and the secret santa list is up');
    unchanged('kubectl get secret my-app-tls -o yaml');
    unchanged(`kubectl get secret ${pick(LOWER_DIGITS, 6)}-token-${pick(LOWER_DIGITS, 5)}`);
  });
});

describe('a literal argument after bare ones in a client call', () => {
  it('masks a random key after a number and a word', () => {
    const key = pick(ALNUM, 24);
    expect(r(`lib = library.Library(${pick(DIGITS, 7)}, 'user', '${key}')`)).toMatch(/'user', '\[redacted api key\]'\)$/);
  });

  it('keeps literals that are no key', () => {
    unchanged(`plot.Figure(12, 'title', 'Monthly revenue by region')`);
    unchanged(`fmt.Sprintf(width, "%s-%d", name)`);
  });
});

describe('a positional argument whose place a usage line names', () => {
  it('masks the word in the key or password slot of the same program', () => {
    const key = pick(ALNUM, 36);
    expect(r(`$ ./load.sh staging ${key} 2027-01\nusage: load.sh <env> <api-key> <month>`)).toBe(`$ ./load.sh staging ${KEY} 2027-01\nusage: load.sh <env> <api-key> <month>`);
    const pw = `${pick(ALNUM, 8)}!${pick(DIGITS, 2)}`;
    expect(r(`Usage: sync.py HOST USER PASSWORD\npython sync.py db1 admin ${pw}`)).toBe(`Usage: sync.py HOST USER PASSWORD\npython sync.py db1 admin ${PW}`);
  });

  it('keeps words in other slots, files named for a key, and other programs', () => {
    const key = pick(ALNUM, 36);
    unchanged(`usage: load.sh <env> <token-file>\n./load.sh staging ${key}`);
    unchanged(`usage: load.sh <env> <api-key>\n./other.sh staging ${key}`);
  });
});

describe('PINs and security codes joined to their number by any language', () => {
  it('masks PIN words and codes named for what they unlock, with words between, before a verb or colon', () => {
    const codes = Array.from({ length: 8 }, () => `${pick('123456789', 1)}${pick(DIGITS, 5)}`);
    expect(r(`ang PIN ng tablet ko ay ${codes[0]}, salamat`)).toBe(`ang PIN ng tablet ko ay ${PW}, salamat`);
    expect(r(`mã PIN thẻ ngân hàng của bố là ${codes[1]} nhé`)).toBe(`mã PIN thẻ ngân hàng của bố là ${PW} nhé`);
    expect(r(`de pincode van de bankpas is ${codes[2]}`)).toBe(`de pincode van de bankpas is ${PW}`);
    expect(r(`the unlock code for the tablet is ${codes[3]}`)).toBe(`the unlock code for the tablet is ${PW}`);
    expect(r(`Entsperrcode: ${codes[4]}`)).toBe(`Entsperrcode: ${PW}`);
    expect(r(`toegangscode van de garage: ${codes[5]}`)).toBe(`toegangscode van de garage: ${PW}`);
    expect(r(`รหัสประตูหลัง (ลิฟต์) คือ ${codes[6]}#`)).toBe(`รหัสประตูหลัง (ลิฟต์) คือ ${PW}#`);
    expect(r(`PIN backup ${codes[7]}`)).toBe(`PIN backup ${PW}`);
  });

  it('keeps postal codes, counts, errors and lowercase pins', () => {
    unchanged('delivery address: 4 Park Street, Pune, pincode 411001');
    unchanged('the PIN length is 1000 characters max? and the error code is 4040');
    unchanged('set pin 1234 high on the board; Unicode 2028 is a line separator');
    unchanged('the PIN was changed in 2019 and again in 2024');
  });
});

describe('an unlock pattern written as the dots it joins', () => {
  it('masks the dots after an unlock pattern named so', () => {
    expect(r('my lock screen pattern is a Z: 1-2-3-5-7-8-9')).toBe(`my lock screen pattern is a Z: ${PW}`);
  });

  it('keeps other patterns', () => {
    unchanged('the regex pattern matches 1-2-3-4 and the knitting pattern is 2-2-2-2');
  });
});

describe('a library card number with "no." before it', () => {
  it('masks the number', () => {
    const n = pick(DIGITS, 10);
    expect(r(`Library card no. ${n}, I forgot the PIN`)).toBe(`Library card no. ${PW}, I forgot the PIN`);
  });
});

describe('a labelled passport number of ten characters', () => {
  it('masks letters and digits mixed', () => {
    const n = `${pick(UPPER, 4)}${pick(DIGITS, 2)}${pick(UPPER, 2)}${pick(DIGITS, 1)}${pick(UPPER, 1)}`;
    expect(r(`passport number: ${n}, expiry 2030-01-01`)).toBe(`passport number: ${ID}, expiry 2030-01-01`);
  });
});

describe('tokens named with words and a verb of another language, or a remark before the colon', () => {
  it('masks them', () => {
    const token = pick(ALNUM, 32);
    expect(r(`Yung license key ng app namin ay ${token}, paano?`)).toBe(`Yung license key ng app namin ay ${KEY}, paano?`);
    const grouped = [6, 6, 6].map((n) => pick(UPPER + DIGITS, n)).join('-');
    expect(r(`Printer token (from the vendor): ${grouped}. Where does it go?`)).toBe(`Printer token (from the vendor): ${KEY}. Where does it go?`);
  });

  it('keeps data keys and type notes in parentheses', () => {
    unchanged(`Kafka message key (base64): ${pick(ALNUM, 20)}==`);
    unchanged(`the key (primary): ${pick(HEX, 20)}`);
    unchanged('token (optional): string');
  });
});

describe('placeholders run together after "your"', () => {
  it('keeps them', () => {
    unchanged("curl -d 'username=root' -d 'password=yourpassword' https://10.1.2.3:8006/api2/json/access/ticket");
    unchanged('API_TOKEN=YOURAPITOKEN');
  });
});

describe('a password on a line that quotes the docs', () => {
  it('keeps the sample, and masks one the writer calls their own or quotes from a guide', () => {
    const pw = `${pick(ALNUM, 8)}${pick(DIGITS, 2)}`;
    unchanged(`The Acme broker docs example: acme_sub -h broker.example.org -u demo -P ${pw} -t '#'`);
    expect(r(`our docs: acme_sub -u demo -P ${pw}`)).toBe(`our docs: acme_sub -u demo -P ${PW}`);
    expect(r(`Guest guide: the Wi-Fi password is ${pw}`)).toBe(`Guest guide: the Wi-Fi password is ${PW}`);
    expect(r(`The docs example: password=${pw} is what I use on prod`)).toBe(`The docs example: password=${PW} is what I use on prod`);
  });
});
