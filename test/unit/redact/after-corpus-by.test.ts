import { describe, it } from 'vitest';
import { ALNUM, DIGITS, HEX, UPPER_DIGITS, keeps, masks, picker, unchanged, withLuhn } from './made-up';

/**
 * The general rules added after held-out corpus BY, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (3e5f2fc); the guards set beside
 * them keep what must stay readable.
 */
const pick = picker(6701);

describe('harmless text that a secret word near it made look secret (false alarms mended)', () => {
  it("keeps a network's or a user's name given after its own label, a password word before", () => {
    unchanged('The password for the guest wifi is on the fridge, but the network name changed to Harbour_Cafe_77 last week.');
    unchanged('the password is on the card; the SSID is now Harbour_Cafe_77 though');
    masks('The password for the guest wifi is Harbour_Cafe_77! now', 'Harbour_Cafe_77!');
  });

  it('keeps a number glossed right after as an account or customer reference', () => {
    unchanged('The security code on the water bill is 4417093385 — it is the customer reference on every letter.');
    unchanged('security code 55120 (i.e. the account number) goes in the first box');
    masks('the security code for the alarm is 55120, the account number is on the letter', '55120');
  });

  it("reads a plural's apostrophe as a possessive, not as a closing quote", () => {
    unchanged("Passcode lock on the twins' phones keeps turning itself back on after updates.");
  });

  it('keeps three single digits listed after a door word', () => {
    unchanged('The buttons on the gate keypad are stiff on 2, 5 and 9, can a locksmith free them?');
    masks('the gate code is 2, 5, 9 and 1', '2, 5, 9 and 1');
  });

  it("keeps a link's host under a one-time code's heading", () => {
    const host = pick('abcdefghijklmnopqrstuvwxyz', 4) + pick(DIGITS, 2) + pick('abcdefghijklmnopqrstuvwxyz', 3);
    unchanged(`Subject: your one-time code\nno code inside, only a button to https://${host}.example/confirm — a scam?`);
  });
});

describe('secrets written with no key word the older rules needed', () => {
  it("masks a machine-made key written right after a service's name", () => {
    const mixed = pick(ALNUM, 28) + '7qQ';
    const other = pick(ALNUM, 22) + 'b4Kx';
    masks(`Lumenfold = ${mixed}`, mixed);
    masks(`staging Quillbase: ${other}\nprod: ask Ines`, other);
    masks(`Orvane Pay\n${mixed}\nkeep this for me`, mixed);
  });

  it("keeps a public value after its own name: a checksum, a coin's address, a VIN, a speaker's commit, an id", () => {
    unchanged(`SPEC CHECKSUMS:\n  Lumenkit: ${pick(HEX, 40)}`);
    unchanged(`DOT: 1${pick(ALNUM, 46)}`);
    unchanged(`VIN: ${pick(UPPER_DIGITS, 16)}Q`);
    unchanged(`Sam: commit?\nAlex: ${pick(HEX, 40)}`);
    unchanged(`Price IDs: price_${pick(ALNUM, 24)} (monthly)`);
    unchanged(`Calendar ID: ${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`);
  });

  it('masks a code said to be on a coded door, or put into a keypad', () => {
    masks('the store room is coded, 7315, ask before taking the ladders', '7315');
    masks('put 620483 into the keypad by the side gate and wait for the beep', '620483');
    unchanged('the door is coded, 2 people needed to lift it');
  });

  it('masks a number given as the code, in English, Spanish and French, or named at once as a one-time code', () => {
    masks('my son read me 41930672 from his phone as the code and now the account is locked', '41930672');
    masks('me mandaron 804417 como código del banco, ¿lo paso?', '804417');
    masks("j'ai reçu 662901 comme code pour valider le virement", '662901');
    masks('71520943 <- the login code from the text, where does it go?', '71520943');
    masks('Got 3390, that’s the two-step code for the council site', '3390');
    unchanged('I got 3390 points, that was the score for the quiz');
  });

  it('masks four to seven plain words given for an encrypted volume, a vault or a memorable phrase', () => {
    masks('BitLocker on the office laptop: pumice otter lagoon thistle (all small letters)', 'pumice otter lagoon thistle');
    masks('the backup vault is protected with quartz gannet meadow fennel, and the key is in the safe', 'quartz gannet meadow fennel');
    masks('for the family vault we chose the words saddle plover ember chive', 'saddle plover ember chive');
    unchanged('the encrypted hard drive backup folder is on the shelf');
    unchanged('The vault is behind the old oak tree in the garden');
  });

  it("masks a national ID in a table's ID column when it passes the ID's check", () => {
    const amka = withLuhn('150385' + pick(DIGITS, 4));
    masks(`Name | City | ID\nIrini K. | Patras | ${amka}\ncan you check it?`, amka);
    keeps('Name | City | ID\nIrini K. | Patras | 12\nshe is the twelfth member', '12');
  });

  it('masks a row of five codes or more of one shape after a two-step word', () => {
    const codes = Array.from({ length: 6 }, () => pick(DIGITS, 8));
    masks(`these came up when I turned on 2FA for the club's email: ${codes.join('  ')}`, ...codes);
    unchanged('since 2FA came in, logins rose: 12 14 19 23 31 across the five months');
  });
});
