import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { ALNUM, HEX, LOWER, picker, r, unchanged, withLuhn, masks } from './made-up';

/** The general rules added after held-out corpus BM, on values and sentences made up here. */
const pick = picker(20261207);
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';

describe('look-alikes that open nothing', () => {
  it("keeps an ID form's sample of zeros with its check letter before or after", () => {
    unchanged('Hint under the field: a Spanish DNI is written like 00000000T, without spaces or dots.');
    unchanged('Para extranjeros, el NIE tiene esta forma: Y0000000Z (sin guiones).');
  });

  it('keeps joined words that are a log line, a file, a digest or camel-cased words', () => {
    unchanged('The worker printed INFO:scheduler:2041 and then stopped.');
    unchanged('Save it as report.FINAL.2024 in the shared drive.');
    unchanged('commit cafe2beef1 touched the parser');
    unchanged('The hashtag was IsItOnUs2 last spring.');
  });

  it('keeps a price, a network that is only down and a count beside a found password', () => {
    unchanged('the network is down, apologies for that.');
    expect(r('the pantry login is Quince(harp)58! and we paid 4417 for the paint store')).toContain('4417');
  });
});

describe('passwords by their shape alone', () => {
  it('masks words of two cases and a number joined by one joiner, the number first or last', () => {
    masks('The stock laptop is plum:OBOE:5821 and the rest is on the board.', 'plum:OBOE:5821');
    masks('604.MANDOLIN.pear for the label printer, ta.', '604.MANDOLIN.pear');
    masks('it let me in with 35-Cello-quince-Banjo this morning', '35-Cello-quince-Banjo');
  });

  it('masks a capitalised word with a small word in brackets and digits, two small words each run into a digit, and letters of alternating case with digits', () => {
    masks('the rota app wants Lute(fig)72! and nothing else', 'Lute(fig)72!');
    masks('underneath it goes apple7banjo3 then the green tick', 'apple7banjo3');
    masks('tell her cLaRiNeTfIg58 if she rings', 'cLaRiNeTfIg58');
  });
});

describe("codes around a handover's password", () => {
  it('masks a code that comes before the place it opens, after a verb a lock asks with, and after leader dots', () => {
    masks('Lute(fig)72! for the rota app. 4417 for the paint store. Back Monday.', '4417');
    masks('The rota app is plum:OBOE:5821 and the bike shed takes 60392. Ta.', '60392');
    masks('BOOKING DESK\nrota app pw ....... Lute(fig)72!\ntool cage ........ 718204\nTHANKS', '718204');
  });

  it("masks a store room's code, which a room's own number is not", () => {
    masks('the till is plum:OBOE:5821 and the pump room: 58133 (lift the flap)', '58133');
  });

  it("masks a door's code after the password in another language's sentence, a digicode's too", () => {
    masks('Le mot de passe du poste est Lute(fig)72!, et le digicode du hangar c’est 3861.', '3861');
  });

  it("masks a padlock's numbers joined by commas, a safe's dial up to 99, and an alarm's unset code", () => {
    masks('(padlock on the tool chest: 72, 08, 91, clockwise first)', '72, 08, 91');
    masks('the alarm unset is 60417 - keep it to yourself', '60417');
  });
});

describe('Wi-Fi keys after a named network', () => {
  it("masks the key after the network's name and a comma, \"then\" or \"and it wants\"", () => {
    const k1 = `${pick(LOWER, 3)}4-${pick(LOWER, 2)}7-${pick(LOWER, 3)}`;
    masks(`lock-up is 4412 (wireless is Loft-2G, ${k1}), see you`, k1);
    const k2 = pick(HEX, 18);
    masks(`Guests at the bakery: network Crumb_Guest7, then ${k2} - ask at the till`, k2);
    const k3 = `${pick(ALNUM, 6)}7${pick(ALNUM, 5)}`;
    masks(`the wifi in the barn is BarnNet and it wants ${k3}. alarm is upstairs.`, k3);
  });
});

describe('backup codes and authenticator seeds', () => {
  it('masks a run of codes on the line after its heading, joined by plus signs', () => {
    const codes = Array.from({ length: 6 }, () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 5)}-${pick('0123456789', 5)}`);
    masks(`Emergency codes for the shop's exchange account:\n${codes.join('  +  ')}`, ...codes);
  });

  it('masks a lettered list of codes, codes of digits joined by underscores, and codes of letters alone', () => {
    const digits = Array.from({ length: 7 }, () => `${pick('0123456789', 3)}_${pick('0123456789', 3)}_${pick('0123456789', 3)}`);
    masks(`Kassenbuch app, spare codes:\n${digits.map((c, i) => `(${'abcdefg'[i]}) ${c}`).join('\n')}`, ...digits);
    const letters = Array.from({ length: 6 }, () => `${pick(CONSONANTS, 6)}-${pick(CONSONANTS, 3)}${pick('aeiou', 1)}${pick(CONSONANTS, 2)}`);
    masks(`Bank login, keep safe:\n${letters.map((c, i) => `(${'abcdef'[i]}) ${c}`).join('\n')}`, ...letters);
  });

  it("masks a seed shown in place of the QR code, base32 in hyphenated fours or hex with the TOTP's period and digits", () => {
    const b32 = Array.from({ length: 8 }, () => pick(BASE32_UPPER, 4)).join('-');
    masks(`the portal gave me this instead of a QR code:\n${b32}\nwhere does it go?`, b32);
    const hex = pick(HEX, 40);
    masks(`setting up the 2FA on the lab tablet, the key is\n${hex}\n(30s, 6 digits)`, hex);
  });
});

describe("a wallet's phrase read out and its extra word", () => {
  it('masks a phrase joined by ", then", and the extra word named after the recovery words', () => {
    const bytes = Uint8Array.from({ length: 16 }, () => Number.parseInt(pick(HEX, 2), 16));
    const words = entropyToMnemonic(bytes, englishWords).split(' ');
    const spoken = words.join(', then ');
    masks(`dictated for the safe: ${spoken}. done.`, spoken);
    masks(`recovery words (12) are on the steel plate\nand the extra word: larch61`, 'larch61');
  });
});

describe('keys and passwords in chats, commands and snippets', () => {
  it("masks a key answering the question in a chat that writes the speaker in square brackets", () => {
    const key = pick(ALNUM, 36);
    masks(`Export, #kitchen\n[Ines] anyone got the stock app key? it logged out\n[Olu] ${key}\n[Ines] ta`, key);
  });

  it("masks the password a one-word account command takes after the login, an e-mail address after it", () => {
    masks("  51  v-add-user bakery 'Quire9harp41' bakery@example.org", 'Quire9harp41');
  });

  it('masks a literal after an exported name, and a quoted token a comment calls the key', () => {
    const hex = pick(HEX, 32);
    masks(`MODULE Stock;\n  CONST StockApiSecret* = "${hex}";\nEND Stock.`, hex);
    const token = pick(ALNUM, 40);
    masks(`"${token}" is the key ; pushed first`, token);
  });

  it('masks the PIN a till asked for after a card is read out', () => {
    const card = withLuhn(`4${pick('0123456789', 14)}`);
    masks(`off the front: ${card.replace(/(\d{4})(?=\d)/g, '$1 ')}, and it asked for 8053 at the till`, '8053');
  });
});
