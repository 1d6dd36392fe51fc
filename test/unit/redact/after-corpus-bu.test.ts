import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { describe, it } from 'vitest';
import { DIGITS, LOWER, keeps, masks, picker, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus BU, on values and sentences made up here. Each positive case and each
 * mended false alarm fails on the rules at the round's start (cfc1d0c); the guards set beside them pass there too and
 * keep passing.
 */
const pick = picker(6307);

describe('look-alikes that open nothing (false alarms mended)', () => {
  it("keeps a value its sentence calls a key's fingerprint", () => {
    unchanged('The release signing key is listed on the downloads page: 9c1e44b07a2f6d38e5b190c4a7d2f815 is its fingerprint.');
  });

  it('keeps a number its sentence calls just the house or the flat', () => {
    unchanged('Our gate is 4417 - it reads like a code on the card but it is just the house number.');
    unchanged("The buzzer says 3208, that's only the flat, ring twice.");
  });

  it("keeps an example file's worded placeholders", () => {
    unchanged('is this fine to push?\nROUTER_PASS=see-the-binder\nSAFE_PIN=not-set');
  });

  it("keeps a castle's year after the castle's word and \"is\"", () => {
    unchanged('We toured Schloss Wendelstein on Sunday; the chapel of the Schloss is 1587, the tower later.');
    unchanged('The oldest part of the замок is 1712.');
  });

  it('still masks a lock\'s code and a setting\'s real value', () => {
    masks('the bike lock is 6615, dont forget', '6615');
    masks('ROUTER_PASS=Kv8w2Lp0qTz', 'Kv8w2Lp0qTz');
    masks('our gate is 4417, come in and shut it', '4417');
  });
});

describe("a dial's numbers joined by middle dots", () => {
  it('masks three or four numbers of two digits joined by middle dots, with or without a lock\'s word', () => {
    masks('the canal boat cupboard is 31·07·22, spin it right first', '31·07·22');
    masks('Pim: shed?\nme: 08·33·15', '08·33·15');
    masks('the allotment padlock is on 12·29·04, pull it hard', '12·29·04');
    masks('De kluis staat op 11·26·09·30.', '11·26·09·30');
  });

  it('keeps a single middle dot between two numbers, and spaced dots between times', () => {
    unchanged('the ratio is 3·5 to one');
    unchanged('buses at 7:30 · 8:15 · 9:00 from the square');
  });

  it('masks both values of a change said with "went from"', () => {
    masks('The key safe went from 483307 to 7715, bin the old slip.', '483307', '7715');
    masks('Padlock on the gate went from 12·30·07 to 21·08·33 last week.', '12·30·07', '21·08·33');
  });

  it('keeps a price that went from one number to another', () => {
    unchanged('the rent went from 1200 to 1350 this spring');
  });
});

describe('memorable passwords with no word naming them', () => {
  it('masks two words and a number written in two cases, wherever they stand', () => {
    masks("Nan it's TULIP.48.walrus for the photo frame", 'TULIP.48.walrus');
    masks('you log in as staff, then heron=Quill=53. that is all it needs', 'heron=Quill=53');
    masks('all yours: 37MAGPIEtoast. small letters at the end', '37MAGPIEtoast');
    masks('we went with otter_Lantern_418! on the shared drive', 'otter_Lantern_418!');
    masks('I reset it, walrus44&Pebble17 works, tried it twice', 'walrus44&Pebble17');
    masks('changed the doorbell app to 6081+maplePuffin so nobody fiddles', '6081+maplePuffin');
  });

  it("keeps a title's, a product's or an acronym's words with a number", () => {
    unchanged('see Annual_Review_2023 in the shared folder');
    unchanged('the Tokyo-2020-Olympics tag is trending');
    unchanged('the iPhone_15_Pro case arrived');
    unchanged('a COVID-19-era rule that nobody lifted');
    unchanged('Well done, Farid. First-90-days ideas: meet each of the team.');
    unchanged('open README_2024_notes.md first');
  });

  it('keeps a file, a column or a constant named with a capital word, then small ones, by underscores', () => {
    unchanged('I saved it as Budget_draft_2025 in the team folder');
    unchanged('the column is FLU_cases_2019 in that sheet');
    unchanged('rename the tab to Rota_june_2026 please');
  });
});

describe('backup codes, TOTP seeds and seed phrases in more layouts', () => {
  it('masks codes behind a triangle or an "(unused)" mark under a codes heading', () => {
    const codes = Array.from({ length: 6 }, () => `${pick(DIGITS, 2)} ${pick(DIGITS, 3)} ${pick(DIGITS, 3)}`);
    masks(`recovery codes for the lab's mail, in the drawer:\n${codes.map((c) => `▸ ${c}`).join('\n')}`, ...codes);
    const more = Array.from({ length: 6 }, () => `${pick(DIGITS, 6)}-${pick(DIGITS, 2)}`);
    masks(`spare login codes for the band's page:\n${more.map((c) => `(unused) ${c}`).join('\n')}`, ...more);
  });

  it('masks codes on one line split by semicolons or spaced middle dots', () => {
    const codes = Array.from({ length: 6 }, () => `${pick(DIGITS, 6)}-${pick(DIGITS, 2)}`);
    masks(`2FA backup codes for the hall inbox: ${codes.join(' ; ')}`, ...codes);
    const spaced = Array.from({ length: 6 }, () => `${pick(DIGITS, 2)} ${pick(DIGITS, 3)} ${pick(DIGITS, 3)}`);
    masks(`recovery codes (one use each):\n${spaced.join('  ·  ')}`, ...spaced);
  });

  it('masks a TOTP seed in groups joined by colons, hyphens or slashes', () => {
    const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const colon = Array.from({ length: 4 }, () => pick(b32, 4)).join(':');
    masks(`2FA setup key for the shop mail: ${colon}`, colon);
    const slash = Array.from({ length: 4 }, () => pick(b32, 8)).join('/');
    masks(`secret for the rota two-step, off the screen: ${slash}`, slash);
    const five = [...Array.from({ length: 6 }, () => pick('abcdefghijklmnopqrstuvwxyz234567', 5)), pick('abcdefghijklmnopqrstuvwxyz234567', 2)].join('-');
    masks(`the QR would not scan so I typed it: ${five}`, five);
  });

  it('masks a seed phrase joined by slashes with no space, and keeps a short path of words', () => {
    const phrase = entropyToMnemonic(new Uint8Array(16).map((_, i) => (i * 37 + 11) % 256), englishWords).replace(/ /g, '/');
    masks(`found in the old desk, is this the wallet? ${phrase}`, phrase);
    unchanged('the files are under music/video/apple/river, sorted by year');
  });
});

describe('Wi-Fi keys of more shapes', () => {
  it('masks words between two numbers, small letters before a symbol and digits, and small letters and digits mixed', () => {
    masks('staff wireless: 318.garnet.puffin.907. the guest one is open', '318.garnet.puffin.907');
    const w = `${pick(LOWER, 9)}#4821`;
    masks(`wifi at the cabin, key ${w}`, w);
    masks('wifi for the studio is qwd4ktr8pmz2', 'qwd4ktr8pmz2');
  });
});

describe("a door's word in more languages beside a found password", () => {
  it("masks a back door's or a gate's code on a found password's line", () => {
    masks('Lena, das Passwort vom Kassenrechner ist jetzt Qz7#mv2Lk9, und die Hintertür 48213.', '48213');
    masks('Ana, a senha do computador da loja é Qz7#mv2Lk9 e a porta das traseiras é 60518.', '60518');
    masks('Milo, lozinka za kompjuter je Qz7#mv2Lk9, a kapija je 5173.', '5173');
  });

  it("keeps a port's number in Portuguese beside a found password", () => {
    keeps('o servidor escuta na porta 5432, a senha é Qz7#mv2Lk9', '5432');
  });
});

describe("a found password's list names more places", () => {
  it("masks a cave's, a walk-in's and a drawer's code on a found password's line", () => {
    masks('Cheese shop: till Qz7#mv2Lk9, cave 5184, walk-in 2750, cash drawer 6603', '5184', '2750', '6603');
  });
});
