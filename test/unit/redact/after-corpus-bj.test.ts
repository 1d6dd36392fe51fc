import { describe, it } from 'vitest';
import { ALNUM, DIGITS, HEX, LOWER_DIGITS, UPPER_DIGITS, picker, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BJ, on values and sentences made up here. */
const pick = picker(20261205);

/** An IBAN of `country` with `bban`, its mod-97 check digits computed. */
function iban(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const c of digits) rest = (rest * 10 + Number(c)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Letters and digits in random case with capitals side by side, as a key generator draws them. */
const randomKey = (n: number): string => `Vd8${pick(ALNUM, n - 6)}2QW`;

describe('look-alikes that open nothing', () => {
  it("keeps a template's stand-ins: the key's name between doubled marks, a slot opened by [[, a run of zeros", () => {
    unchanged('# app.env.template\nLEDGER_API_TOKEN=%%LEDGER_API_TOKEN%%\nKILN_PASSWORD=[[kiln pass]]\nHOOK_SECRET=0000000000000000\n');
    unchanged('MAIL_PASSWORD=@@MAIL_PASSWORD@@\n');
  });

  it("keeps a quiz's join PIN in a public config, and a store's references to where a secret is kept", () => {
    unchanged("window.SITE = {\n  TRIVIA_GAME_PIN: '4829137',\n  MAP_ID: 'a1b2c3d4e5f6a7b8'\n};");
    unchanged('ferry_password: Podman secret depot_FERRY_PASSWORD (mounted read-only)\n');
    unchanged(`loom_token: password manager item ${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}\n`);
    unchanged(`bucket: ocid1.bucket.oc1.ap-sydney-1.${pick(LOWER_DIGITS, 60)}\n`);
  });

  it('keeps variables a command line fills in, and a note in a URL where its password would stand', () => {
    unchanged('SYNC_PASSWORD="$SYNC_PW" backup-client push --target store@repo@nas02:vault1');
    unchanged('PG_PASSWORD=$env:PG_PASS pg-tool dump --verbose');
    unchanged('redis://cache:[ask the ops lead for password]@cache01:6379');
  });
});

describe('secrets said in new ways', () => {
  it('masks a random value after a secret-named variable in a language the rules had not read, or a sentence', () => {
    const a = randomKey(28);
    const b = `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-b${pick(HEX, 3)}-${pick(HEX, 12)}`;
    const c = pick(LOWER_DIGITS, 32);
    masks(`(defconst ferry-api-token :: Text "${a}")`, a);
    masks(`VAR kiln.service.key IS "${b}";`, b);
    masks(`Rotated again. LEDGER_SIGNING_SECRET should now read\n${c}\nClosing the ticket.`, c);
    masks(`the MILL_WEBHOOK_TOKEN now reads ${a} after the rotation`, a);
  });

  it('masks a provider prefix before a random part, also where the prefix says SECRET in capitals', () => {
    const v = `FERRY-SECRET-${pick(UPPER_DIGITS, 30)}7Q3`;
    const w = `fe.${pick(UPPER_DIGITS, 30)}A12B34`;
    masks(`FERRY_API_SECRET=${v}`, v);
    masks(`ferry:\n  ferry_client_secret: "${w}"`, w);
  });

  it('masks a key given in a chat in answer to a question about a login that keeps failing', () => {
    const a = randomKey(24);
    const b = pick(HEX, 40);
    masks(`[Team chat]\n09:12 Ana: does anyone have the Kilnworks one? the glaze planner keeps kicking me out\n09:14 Bo: this one ${a}\n09:15 Bo: ${b} - keep it to yourself`, a);
  });

  it('masks IBANs joined by two spaces, by a spaced slash, or written in small letters', () => {
    const one = iban('DE', pick(DIGITS, 18));
    const two = iban('FR', pick(DIGITS, 23));
    const three = iban('NL', `ABNA${pick(DIGITS, 10)}`);
    const spaced = one.match(/.{1,4}/g)!.join('  ');
    const slashed = two.match(/.{1,4}/g)!.join(' / ');
    masks(`please pay into ${spaced} from May; the old account (${slashed}) closes`, spaced, slashed);
    masks(`new account: ${three.toLowerCase()}`, three.toLowerCase());
  });

  it("masks a card joined by spaced dashes, its codes in an HTML table's columns, and after a dotted leader", () => {
    const card = withLuhn(`5${pick(DIGITS, 14)}`);
    const dashed = card.match(/.{4}/g)!.join(' – ');
    masks(`card: ${dashed}, exp 09/31`, dashed);
    masks(`<table><tr><th>card</th><th>CVV</th><th>PIN</th></tr>\n<tr><td>${card}</td><td>731</td><td>6094</td></tr></table>`, card, '731', '6094');
    masks(`Card ........... ${card}\nExpires ........ 11/30\nCard code ...... 418`, card, '418');
  });

  it('masks a card PIN named in Urdu or in Japanese', () => {
    masks('میرا پن 7315 ہے', '7315');
    masks('銀行カードの暗証番号 8406 です', '8406');
  });

  it("masks identity numbers in a form export's fields, a pasted sheet's barred columns, a chat and a quoted reply", () => {
    masks('Form entry 12 ; A. Kaur ; Ireland ; driver licence number ; D1234567X\n', 'D1234567X');
    masks('staff | base | personbeteckning\nLi | Mariehamn | 150390-123K\n', '150390-123K');
    masks('the bank needs my licencia de conducir for the account, it\'s 8817264', '8817264');
    masks('> could you send your passport number?\n\nSure - XJ4410923. Talk soon', 'XJ4410923');
    masks('entry 4 ; N. Roy ; Réunion ; numéro de sécurité sociale ; 1 85 03 974 12 345 67', '1 85 03 974 12 345 67');
  });

  it("masks a TOTP seed in an authenticator export's row or element, or typed in groups of eight", () => {
    const seed = pick(BASE32, 32);
    masks(`accounts.txt\nwarehouse portal | clerk | ${seed} | SHA1 | 6`, seed);
    masks(`<entry label="shop" secret="${seed.match(/.{4}/g)!.join(' ')}" digits="6" period="30"/>`, seed.slice(0, 4));
    const typed = pick(BASE32.toLowerCase(), 16).match(/.{8}/g)!.join('-');
    masks(`couldn't scan it so I typed the two-step key by hand: ${typed}`, typed);
  });

  it('masks recovery codes listed by letter or by hash number, and in groups of three digits', () => {
    masks('Shop 2FA fallback codes\na. 318-204-957\nb. 640-115-382\nc. 905-771-246\n', '318-204-957', '905-771-246');
    masks('Mail emergency codes\n#01  K7PQ2M4RTZ\n#02  W9XB3N5CJD\n#03  H2LF8V6SQA\n', 'K7PQ2M4RTZ', 'H2LF8V6SQA');
  });

  it('masks a made-up password of "imiss" or "ilove", a word and digits, with no symbol after', () => {
    masks('when it asks, type iloveteapots48. then wait', 'iloveteapots48');
  });
});
