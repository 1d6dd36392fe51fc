import { describe, expect, it } from 'vitest';
import { iranNationalCodeValid, myKadValid, rodneCisloValid } from '../../../lib/redact/ids-by-name-and-check';
import { greekAfmValid, russianInnValid } from '../../../lib/redact/ids-in-more-languages';
import { picker, r, unchanged, ALNUM, DIGITS, HEX, LOWER_DIGITS, PW } from './made-up';

/** The general rules added after held-out corpus N, on values made up here. */
const pick = picker(2031);
const ID = '[redacted national id]';
const code = (n: number) => `${pick('123456789', 1)}${pick(DIGITS, n - 1)}`;

/** The first made-up number of `length` digits (from `prefix`) that passes `valid`. */
function validNumber(valid: (s: string) => boolean, length: number, prefix = ''): string {
  for (;;) {
    const n = prefix + pick(DIGITS, length - prefix.length);
    if (valid(n)) return n;
  }
}

describe('national numbers named in Greek, Czech, Persian, Russian, Malay and Bengali', () => {
  it('masks a number that passes its check after its name', () => {
    const afm = validNumber(greekAfmValid, 9);
    expect(r(`Ο ΑΦΜ μου: ${afm}, ευχαριστώ`)).toBe(`Ο ΑΦΜ μου: ${ID}, ευχαριστώ`);
    const rc = validNumber(rodneCisloValid, 10, `${pick('6789', 1)}${pick(DIGITS, 1)}0${pick('12345678', 1)}1`);
    const rcSlashed = `${rc.slice(0, 6)}/${rc.slice(6)}`;
    expect(r(`Moje rodné číslo je ${rcSlashed}.`)).toBe(`Moje rodné číslo je ${ID}.`);
    const melli = validNumber(iranNationalCodeValid, 10);
    expect(r(`کد ملی همسرم ${melli} است`)).toBe(`کد ملی همسرم ${ID} است`);
    const inn = validNumber(russianInnValid, 12);
    expect(r(`Мой ИНН ${inn}, спасибо`)).toBe(`Мой ИНН ${ID}, спасибо`);
    const mykad = validNumber(myKadValid, 12, `9${pick(DIGITS, 1)}0${pick('123456789', 1)}1${pick('123456789', 1)}0${pick('123456789', 1)}`);
    const dashed = `${mykad.slice(0, 6)}-${mykad.slice(6, 8)}-${mykad.slice(8)}`;
    expect(r(`No. MyKad anak saya ${dashed} ya`)).toBe(`No. MyKad anak saya ${ID} ya`);
    const nid = code(10);
    expect(r(`আমার জাতীয় পরিচয়পত্র নম্বর ${nid}`)).toBe(`আমার জাতীয় পরিচয়পত্র নম্বর ${ID}`);
    expect(r(`паспорт серия ${code(2)} ${code(2)} номер ${code(6)}, выдан`)).toBe(`паспорт ${ID}, выдан`);
    expect(r(`transfer ke rekening BNI ${code(10)} ya`)).toBe('transfer ke rekening BNI [redacted bank account] ya');
  });

  it('keeps a number that fails its check, or that no name claims', () => {
    const afm = validNumber(greekAfmValid, 9);
    const broken = afm.slice(0, 8) + String((Number(afm[8]) + 1) % 10);
    unchanged(`Ο ΑΦΜ μου: ${broken}, ευχαριστώ`);
    unchanged(`Αριθμός παραγγελίας ${afm}`);
    const inn = validNumber(russianInnValid, 12);
    unchanged(`Номер заказа ${inn}`);
    unchanged(`Moje rodné číslo je 991399/1234.`);
  });
});

describe('codes named by what they open', () => {
  it('masks a key safe, combo, padlock, passcode, a safe set to a number and a key box that opens with one', () => {
    const c = Array.from({ length: 8 }, () => code(4));
    expect(r(`The key safe behind the shed is ${c[0]}, thanks!`)).toBe(`The key safe behind the shed is ${PW}, thanks!`);
    expect(r(`office combo is ${c[1]}, yard padlock ${c[2]}.`)).toBe(`office combo is ${PW}, yard padlock ${PW}.`);
    expect(r(`they ask for the phone banking passcode — it's ${c[3]} and then`)).toBe(`they ask for the phone banking passcode — it's ${PW} and then`);
    expect(r(`the Xbox parental controls PIN (it was ${c[4]}) leaked`)).toBe(`the Xbox parental controls PIN (it was ${PW}) leaked`);
    expect(r(`I set the room safe to ${c[5]} before leaving`)).toBe(`I set the room safe to ${PW} before leaving`);
    expect(r(`La cassetta delle chiavi sul cancello si apre con ${c[6]}.`)).toBe(`La cassetta delle chiavi sul cancello si apre con ${PW}.`);
    expect(r(`A senha do cadeado da bicicleta é ${c[7]}.`)).toBe(`A senha do cadeado da bicicleta é ${PW}.`);
  });

  it('masks a PIN or password named in Bengali or Persian', () => {
    const c = [code(4), code(6)];
    expect(r(`আমার নগদ পিন ${c[0]}, কাউকে বলবেন না`)).toBe(`আমার নগদ পিন ${PW}, কাউকে বলবেন না`);
    expect(r(`رمز دوم کارت من ${c[1]} است`)).toBe(`رمز دوم کارت من ${PW} است`);
  });

  it('keeps counts, lengths, prices and code words for other things', () => {
    unchanged(`the combo is ${code(2)} dollars with fries`);
    unchanged('the padlock 4 digits long is fine');
    unchanged(`passcode is ${code(1)} digits`);
    unchanged(`set the volume to ${code(3)} percent`);
    unchanged(`O código do produto é ${code(5)}.`);
    unchanged(`the safe has ${code(3)} items in it`);
    unchanged(`the combination is ${code(4)} steps`);
    unchanged(`I set the lock to ${code(3)} seconds`);
    unchanged(`bayar rekening listrik ${code(10)} bulan ini`);
    unchanged(`رمز ۴ رقمی`);
  });
});

describe('logins given by their place', () => {
  it('masks an e-mail / password pair, a Wi-Fi network / password, a memorable word, a typed password', () => {
    const pw = `${pick(ALNUM, 7)}!${code(2)}`;
    expect(r(`- CRM: jo.bloggs@example.org / ${pw}\n- Bank: ask me`)).toBe(`- CRM: jo.bloggs@example.org / ${PW}\n- Bank: ask me`);
    expect(r(`Wi-Fi: loft-guest / ${pw}. Enjoy!`)).toBe(`Wi-Fi: loft-guest / ${PW}. Enjoy!`);
    const word = `Q${pick('abcdefghijklmnopqrstuvwxyz', 7)}`;
    expect(r(`Password: hidden\nMemorable word: ${word}\nthanks`)).toBe(`Password: hidden\nMemorable word: ${PW}\nthanks`);
    expect(r(`bob@host's password:\nPermission denied\n(I keep typing ${pw}, which worked)`)).toBe(
      `bob@host's password:\nPermission denied\n(I keep typing ${PW}, which worked)`,
    );
  });

  it('masks a token after "Mine is" when a token header was named, and a servlet session id in a log', () => {
    const token = pick(LOWER_DIGITS, 36) + '7';
    expect(r(`the API wants a header X-Team-Token. Mine is ${token} — why 401?`)).toBe(`the API wants a header X-Team-Token. Mine is ${PW} — why 401?`);
    const session = pick('0123456789ABCDEF', 30) + 'A1';
    expect(r(`WARN Session ${session} expired for user x`)).toBe(`WARN Session [redacted cookie] expired for user x`);
  });

  it('masks every passport number in a list after "Passport numbers:"', () => {
    const a = `${pick('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${code(7)}`;
    const b = `${pick('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${code(8)}`;
    expect(r(`Passport numbers: me ${a}, my son ${b}.`)).toBe(`Passport numbers: me ${ID}, my son ${ID}.`);
  });

  it('keeps plain words, links and hex traces in those places', () => {
    unchanged('send it to jo@example.org / cc the team');
    unchanged('Wi-Fi: loft-guest / ask at the desk');
    unchanged('I keep typing the same thing, which worked');
    unchanged(`login fails, so I'm trying Python3.12 instead`);
    unchanged(`the password prompt broke; I tried entering Jo${code(4)} as the username`);
    unchanged('see jo@example.org / Jo.Bloggs for details');
    unchanged(`code_verifier must be 43-128 chars; mine is ${pick(ALNUM, 43)} right?`);
    unchanged(`session ${pick(HEX, 32)} started`);
    unchanged('Passport numbers: see the attached scan');
  });
});

describe('password-manager CSV exports', () => {
  it('masks the password and TOTP columns by their headers, whatever the values look like', () => {
    const plain = 'sunshine';
    const totp = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
    const csv = `name,url,username,password,totp\nMail,https://mail.test,jo,${plain},\nBank,https://bank.test,jo2,"a,b""c",${totp}\n\nthanks`;
    expect(r(csv)).toBe(`name,url,username,password,totp\nMail,https://mail.test,jo,${PW},\nBank,https://bank.test,jo2,"${PW}",${PW}\n\nthanks`);
    expect(r(`"Account","Login Name","Password"\n"Shop","jo","${plain}"`)).toBe(`"Account","Login Name","Password"\n"Shop","jo","${PW}"`);
  });

  it('keeps columns that only mention a password', () => {
    unchanged('id,name,password_changed_at,password_hash\n1,jo,2026-01-01,$2b$...');
    unchanged('password,is,a,word\nin this sentence');
  });
});

describe('positional passwords with options after them', () => {
  it('masks the usage line slot even when options follow the value', () => {
    const pw = `${pick(ALNUM, 10)}!${code(3)}`;
    expect(r(`./sync.sh jo@host.test ${pw} --since today   # usage: sync.sh USER PASSWORD [--since]`)).toBe(
      `./sync.sh jo@host.test ${PW} --since today   # usage: sync.sh USER PASSWORD [--since]`,
    );
  });
});
