import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { DIGITS, LOWER, masks, picker, r, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus BV, on values and sentences made up here. The families these cases
 * stand for were missed (the snake-case identifier masked) by the rules at the round's start (db45a40); the guards set
 * beside them keep what must stay readable.
 */
const pick = picker(6407);

describe('identifiers joined by underscores in talk about code (false alarm mended)', () => {
  it('keeps a snake-case name in a sentence about code, or in backticks', () => {
    unchanged('use HTTP_status_404 in the handler');
    unchanged('the enum gained ERR_timeout_5041 last sprint');
    unchanged('rename the MAX_retries_3000 constant before merging');
    unchanged('grep for `SALES_total_2041` in the logs');
  });

  it('still masks such a token where a password or a login is named', () => {
    masks('the Wi-Fi password is ROUTER_blue_4471', 'ROUTER_blue_4471');
    masks('new one is HEART_beat_4471, do not share', 'HEART_beat_4471');
  });
});

describe('a one-time code given first and named after', () => {
  it('masks the number before a one-time code\'s own name, after "as", "is", a comma or a dash', () => {
    masks('the bank just texted me 731904 as a verification code', '731904');
    masks('558213, the one-time code, came a minute ago', '558213');
    masks('408862 — the OTP from the card issuer', '408862');
    masks('I typed 66 20 91 as the login code and it went through', '66 20 91');
    masks('617305 ist der Bestätigungscode von der Bank', '617305');
    masks('294411 es el código de verificación que me llegó', '294411');
    masks('803126 è il codice di verifica', '803126');
  });

  it('keeps a number whose name is no one-time code, is denied, or names another thing', () => {
    unchanged('page 4042 as a status code');
    unchanged('The call is 261 7730 4415, no passcode, just click the link.');
    unchanged('Ticket 4417 is the OTP migration');
    unchanged('480317 is the verification code length we picked');
    unchanged('In 2024, the one-time code became mandatory');
  });
});

describe('seed phrases joined by underscores, spaced tildes or numbered in Roman numerals', () => {
  const phrase = (): string[] => entropyToMnemonic(Uint8Array.from({ length: 16 }, () => DIGITS.indexOf(pick(DIGITS, 1)) * 25), englishWords).split(' ');

  it('masks a phrase joined by underscores or by spaced tildes', () => {
    const words = phrase();
    const joined = words.join('_');
    expect(r(`my wallet restores from ${joined} if the phone dies`)).not.toContain(joined);
    const tilded = phrase().join(' ~ ');
    expect(r(`seed, in order: ${tilded}.`)).not.toContain(tilded.slice(0, 30));
  });

  it('masks a phrase numbered line by line in Roman numerals', () => {
    const words = phrase();
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
    const sheet = words.map((w, i) => `${roman[i]}. ${w}`).join('\n');
    const out = r(`wallet recovery sheet:\n${sheet}`);
    for (const w of words.slice(1, 11)) expect(out).not.toContain(`. ${w}\n`);
  });

  it("masks the extra word named after a short clause", () => {
    masks('The wallet seed is on the card in the safe, and the extra word we chose is Kestrel58.', 'Kestrel58');
  });
});

describe('backup codes on marked lines', () => {
  it('masks codes one to a line after arrows, ticks or numbers', () => {
    const codes = Array.from({ length: 6 }, () => `${pick(LOWER, 3)}${pick(DIGITS, 2)}-${pick(LOWER, 3)}${pick(DIGITS, 2)}`);
    masks(`Email fallback codes\n${codes.map((c, i) => (i < 2 ? '[x] ' : '[ ] ') + c).join('\n')}`, ...codes);
    const slashed = Array.from({ length: 5 }, () => `${pick(DIGITS, 6)}/${pick(DIGITS, 3)}`);
    masks(`Spare codes for the shop account:\n${slashed.map((c) => `▶ ${c}`).join('\n')}`, ...slashed);
    const spaced = Array.from({ length: 5 }, () => `${pick('BCDFGHJKLMNPQRSTVWXZ', 4)} ${pick(DIGITS, 4)} ${pick('BCDFGHJKLMNPQRSTVWXZ', 2)}`);
    masks(`recovery codes:\n${spaced.map((c, i) => `${i + 1}) ${c}`).join('\n')}`, ...spaced);
  });

  it('keeps a list of times or scores under a heading that names codes', () => {
    unchanged('Bus codes:\n- 12/05\n- 13/06\n- 14/07\n- 15/08');
  });
});

describe('TOTP seeds in more groupings', () => {
  it('masks a seed in dotted groups, in groups of three, or spaced wide, with the two-factor words before or after', () => {
    const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const s = pick(b32, 32);
    const dotted = s.match(/.{1,6}/g)!.join('.');
    masks(`setup key for the parish account: ${dotted}`, dotted);
    const threes = pick(b32.toLowerCase(), 24).match(/.{3}/g)!.join('-');
    masks(`the two-step page gave me ${threes} as the key`, threes);
    const wide = pick(b32, 24).match(/.{4}/g)!.join('  ');
    masks(`re-add the council login with ${wide} (manual entry, 6 digits)`, wide);
  });
});

describe("a dial's numbers joined by dots", () => {
  it('masks two-digit numbers joined by dots after a lock\'s word', () => {
    masks('the boat padlock is on 17.93.40 now', '17.93.40');
    masks('bike lock is 44.81.06, the last wheel sticks', '44.81.06');
    masks('(allotment padlock on 58.00.33)', '58.00.33');
    masks('market lockup 61.77.09, the key box is separate', '61.77.09');
  });

  it("masks them after a lock's plain word in German, Turkish or Russian, where they make no date", () => {
    masks('Das Schloss vom Keller ist jetzt 41.87.63.', '41.87.63');
    masks('Bahçe kilidi 93.40.17 oldu.', '93.40.17');
    masks('Замок на сарае теперь 88.61.25.', '88.61.25');
    unchanged('Das Schloss ist seit 12.05.23 geschlossen.');
  });

  it('masks dotted numbers said before the lock they open', () => {
    masks('Canoe store: 19.84.50 on the padlock, spin it back.', '19.84.50');
    masks('the old 62.15.90 combination is dead now', '62.15.90');
  });

  it('keeps a date after "on", a version, and a date with no link', () => {
    unchanged('I bought the padlock on 12.05.23 at the market');
    unchanged('the lock was changed on 24.02.23');
    unchanged('package-lock is 10.15.12 now');
    unchanged('the padlock 03.04.21 receipt is in the drawer');
  });
});

describe('memorable passwords joined by other symbols', () => {
  it('masks two words and a number joined by =, ^, $ or %, and two more shapes', () => {
    masks('the office laptop is 516=MAPLE=heron now', '516=MAPLE=heron');
    masks('booking site: otter^204^Falcon', 'otter^204^Falcon');
    masks('try quill$318$BADGER on the tablet', 'quill$318$BADGER');
    masks('the telly one is 48%Juniper%walrus', '48%Juniper%walrus');
    masks('the printer page is Tundra;pelican317 since Monday', 'Tundra;pelican317');
    masks('drive login is your email and walrus.Juniper-6271', 'walrus.Juniper-6271');
  });

  it('keeps an assignment, a URL escape, a record and a file name', () => {
    unchanged('set x=100=y in the test');
    unchanged('see https://example.org/?q=%20Hello%20world');
    unchanged('Name;user123;Age;Town');
    unchanged('open report.Final-2024 and foo.Bar-1234.txt');
  });
});
