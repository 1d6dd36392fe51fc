import { describe, it } from 'vitest';
import { ALNUM, DIGITS, HEX, masks, picker, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus CF, on values and sentences made up here. The false alarm these cases
 * stand for was made, and the misses missed, by the rules at the round's start (d4610c3); the guards set beside them
 * keep what must be masked still masked, or what must stay readable.
 */
const pick = picker(7401);

describe('harmless text that a password word made look secret (false alarms mended)', () => {
  it("keeps a pass's serial: a pass there is a ticket, and the serial its number", () => {
    unchanged(`season ticket pass serial ${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)} for the zoo`);
    unchanged('the boarding pass serial number is QX7Hk29fLp3qR on the stub');
    masks('wifi pass: Bluebird2024!', 'Bluebird2024!');
    masks('user admin pass Xk29fLp3qQ', 'Xk29fLp3qQ');
  });

  it('keeps a slogan named by Czech "heslo" with its adjective before it ("reklamní heslo")', () => {
    unchanged('reklamní heslo pekárny zní "Vždy čerstvé"');
    unchanged('volební heslo strany je "Silní spolu"');
    masks('heslo k wifi v pekárně je Kret!2291', 'Kret!2291');
    masks('reklamní leták, heslo k wifi je Kret!2291', 'Kret!2291');
  });
});

describe('one-time codes in shapes the older rules did not read', () => {
  it('masks a code after "OTP =" and keeps a program\'s code after an equals sign', () => {
    const code = pick(DIGITS, 8);
    masks(`OTP = ${code}`, code);
    unchanged('login failed with error code = 4011, retrying');
    unchanged('exit code = 1337 after the login script ran');
    unchanged('TAN = 1000 euro limit per transfer');
  });

  it("masks a code before \"is your … code\" with a company's legal form among the words", () => {
    masks('604217 is your Pellworth Ltd. verification code. Valid for 5 minutes.', '604217');
    masks('390517 is your Kestrel Co. login code', '390517');
    unchanged('1080 is your TV. Code 5 means the HDMI is off');
    unchanged('2024 is your Mr. Smith year. Code reviews start Monday');
  });

  it('masks a code that opens a message with a colon and "your", and keeps a time or a heading before a colon', () => {
    masks('482913: your one-time access code, valid for five minutes', '482913');
    unchanged('1415: your SMS code will be sent later');
    unchanged('1415: SMS code sent to all staff for the new portal');
    unchanged('Score 2100: the access code for level two');
    unchanged('Order 558812: your access code for the event is in the email');
  });
});

describe('passwords the older rules did not read', () => {
  it('masks a keyboard walk of two rows a key of each in turn after a device, and keeps other letter-digit turns', () => {
    masks('rowing club results laptop: 2w3e4r5t6y', '2w3e4r5t6y');
    masks('front desk pc: q1w2e3r4', 'q1w2e3r4');
    unchanged('laptop: 1a2b3c4d5e');
    unchanged('app version q1w2e3r4 released today');
    unchanged('my laptop: 1q2w3e4r ugh');
  });
});

describe('keys and door codes the older rules did not read', () => {
  it('masks a key of a short prefix, an underscore and a long random body, in prose too', () => {
    const a = `qz_${pick(ALNUM, 40)}`;
    const b = `4lm_${pick(ALNUM, 36)}_7_x`;
    masks(`pasted into the label printer's settings: ${a}`, a);
    masks(`I use ${b} for the nightly sync`, b);
    unchanged(`pi_${pick(ALNUM, 24)} is the payment intent`);
    unchanged('user_2NNEqL2nrIRdJ194ndJqAHwEfxC signed up today');
    unchanged(`LEADS_APP_ID=app_${pick(ALNUM, 40)}`);
    unchanged(`the analytics project key phc_${pick(ALNUM, 43)} goes in the frontend snippet`);
    unchanged(`the checkout widget uses qz_${pick(ALNUM, 34)}, that one is public`);
    unchanged(`build_${pick(HEX, 40)} finished`);
    unchanged('chunk_Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eA in the upload log');
    unchanged('def get_UserAccountSettingsForTheCurrentTenant2024(self):');
    unchanged(`the docs' sample value qz_${pick(ALNUM, 36)} goes in the form`);
  });

  it('masks a key after "clé API", "clave de API" or "chiave API", the key\'s word first', () => {
    const key = pick('0123456789ABCDEF', 48);
    masks(`gestionnaire de canal : clé API ${key} (la nouvelle)`, key);
    const other = pick(ALNUM, 32);
    masks(`chiave API: ${other}`, other);
    unchanged('La clé API expire le 2024-12-31, pensez à la renouveler');
    unchanged('clé API publique pk_test_TYooMQauvdEDq54NiTphI7jx pour la page de paiement');
  });

  it('masks a value after "session cookie … is", with its own name of any kind before it', () => {
    const hex = pick(HEX, 32);
    masks(`her session cookie on the bike shop is bks_s=${hex}, she wants the orders exported`, hex);
    const value = pick(ALNUM, 40);
    masks(`session cookie: ${value}`, value);
    unchanged('the session cookie is HttpOnly and Secure by default');
    unchanged('session cookie for the admin panel is called connect.sid');
    unchanged('session cookie was SameSite=Lax before the upgrade');
  });

  it('masks a door code with "+ enter" closing the clause, and keeps a sum that goes on', () => {
    masks('door into the bakery cold room: 31907 + enter', '31907');
    masks('side gate keypad: 8817 + #', '8817');
    unchanged('entry form: year 2024 + enter your name');
    unchanged('gate 12: 4421 + star = help');
    unchanged('the lock screen: 2024 + enter to log in');
  });
});
