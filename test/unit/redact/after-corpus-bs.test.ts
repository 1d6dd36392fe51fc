import { describe, it } from 'vitest';
import { ALNUM, DIGITS, HEX, LOWER, keeps, masks, picker, unchanged, withLuhn } from './made-up';

/**
 * The general rules added after held-out corpus BS, on values and sentences made up here. Each positive case and each
 * mended false alarm fails on the rules at the round's start (d9a0ae3); the guards set beside them pass there too and
 * keep passing.
 */
const pick = picker(6107);

describe('look-alikes that open nothing (false alarms mended)', () => {
  it('keeps a locker named by its number with the place said after it', () => {
    unchanged('Locker 5183 at the gym - your towel is in it, the key is on my desk');
    unchanged('locker 27704 in the changing room is ours for the season');
  });

  it('still masks a locker code given with a colon or "is"', () => {
    masks('locker: 5183, the top one', '5183');
    masks('the locker is 27704 at the pool', '27704');
  });

  it("keeps a library card's number given with no PIN or password beside it", () => {
    unchanged('My library card number is 41203399817, it was for the reading challenge sign up');
  });

  it("still masks a library card's number beside its PIN", () => {
    masks('library card 41203399817 and the PIN is 7720, the catalogue login', '41203399817');
  });
});

describe('passwords by their shape alone', () => {
  it('masks a word, digits and a word joined by one joiner and closed by a symbol', () => {
    masks('Rota sheet Otter-5521-kettle!. Bring cake', 'Otter-5521-kettle!');
    masks('the van tracker, Birch_0417_heron? if it logs out', 'Birch_0417_heron?');
  });

  it('masks two camel-cased words, digits and a closing symbol, a percent sign too', () => {
    masks('Rota portal pelicanQuarry38%. Bring cake', 'pelicanQuarry38%');
  });

  it('masks digits run into a small word and capitals', () => {
    masks("It's 582thistleCOBALT since Monday", '582thistleCOBALT');
  });

  it('masks two capitalised words each closed by one digit', () => {
    masks('the kiosk takes Walrus4Thimble9 after a restart', 'Walrus4Thimble9');
  });

  it('masks capitalised words joined by plus signs and closed by digits', () => {
    masks('Rhine+Gannet+417', 'Rhine+Gannet+417');
  });

  it("keeps products' names, percentages and hashtags", () => {
    unchanged('The Galaxy S23 sold 20% more than the iPhone15 in March');
    unchanged('growth was 20% in Q3, and the #100DaysOfCode thread hit 5000 posts');
    unchanged('Windows11 and Office365 are on the new laptops');
  });
});

describe('a password named only by the system it opens', () => {
  it('masks the value after a till, a laptop, an app, a portal or an inbox', () => {
    const a = `${pick(ALNUM, 4)}7${pick(LOWER, 3)}Q2${pick(ALNUM, 3)}`;
    masks(`the till is Gannet_Walrus_508, the float is in the tin`, 'Gannet_Walrus_508');
    masks(`club inbox Heron_Pebble_214. Cones are in the van`, 'Heron_Pebble_214');
    masks(`Stock laptop Marten.Quill.3391`, 'Marten.Quill.3391');
    masks(`the booking app is ${a}; see you Friday`, a);
  });

  it('masks the value before "to get in" or "gets you in"', () => {
    masks('The rota is in the shared sheet, Vr8kQm2pLx4Z to get in', 'Vr8kQm2pLx4Z');
    masks('if the page asks, Gannet_Walrus_508 gets you in as admin', 'Gannet_Walrus_508');
  });

  it("keeps a product's or a model's name after the system's word", () => {
    unchanged('the laptop is a ThinkPad X1, the app is WhatsApp, the site is example.org');
    unchanged('My tablet is iPad10 and the till is Square');
  });

  it("keeps an account's id, a user's name, a network card's address, a log's field and a public tag", () => {
    unchanged(`Stripe account acct_1Pq${pick(ALNUM, 13)} can't take payouts`);
    unchanged('the thermostat MAC is 4C:11:AE:62:9B:F0, give it a static lease');
    unchanged('login: maria.s88 and the rest is in the vault');
    unchanged(`2026-11-02T10:00:11Z INFO portal request_id=${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`);
    unchanged('public key for the site: G-7KQ2XW4PLM');
  });
});

describe('a Wi-Fi key of small letters and five digits or more', () => {
  it('masks it after the wifi word', () => {
    masks('Office wifi got changed, it\'s marblefinch40917 now', 'marblefinch40917');
    masks('wifi: zqvtplmkro503926', 'zqvtplmkro503926');
  });

  it("keeps a network's name after \"network\"", () => {
    unchanged('the wifi network is called homeoffice2024 and it drops every night');
  });
});

describe('a code answering a question in a chat', () => {
  it('masks the number answering what opens a place', () => {
    masks('Rosa: hey what\'s the bin store\nme: 6618\nRosa: ta', '6618');
    masks('me: which one is the allotment shed\nDad: 4730. it sticks', '4730');
    masks('Ola: gate?\nKim: 5094', '5094');
    masks('[10:02] Nan: the tablet wants a pin\n[10:03] me: 2281, same as the bank one', '2281');
    masks('[19:40] Mum: I can\'t get into the porch\n[19:41] me: 7356. since June', '7356');
  });

  it('keeps a number answering another question', () => {
    unchanged('Rosa: what\'s the room number for the gate meeting\nme: 4418.');
    unchanged("Rosa: what's the plan\nme: 1930 at the pub");
  });
});

describe("a card's code after its expiry", () => {
  it('masks the code after "exp" or after a line break', () => {
    const card = withLuhn(`4539${pick(DIGITS, 11)}`);
    const spaced = card.replace(/(\d{4})(?=\d)/g, '$1 ');
    masks(`Stall fee on the store card ${spaced}, exp 09/28, 614. Name on it is P Ruiz`, '614');
    masks(`card below:\n${card}\n03/29 / 582`, '582');
  });
});

describe('backup codes in short groups under their heading', () => {
  it('masks letters and digits joined by a colon or hyphens', () => {
    masks('backup codes for the club account:\n- qmvtz:514\n- hrkal:072\n- pwodn:839', 'qmvtz:514', 'hrkal:072', 'pwodn:839');
    masks('Spare login codes for the shop admin:\n☐ 31-KQVM-07\n☐ 58-RTPA-44\n☐ 92-LNWE-16', '31-KQVM-07', '58-RTPA-44', '92-LNWE-16');
  });

  it('keeps spare parts codes', () => {
    unchanged('Spare part codes for the mower:\n- AB-1204-CD\n- AB-1207-CE');
  });
});

describe('a TOTP seed of 24 characters, or in groups of ten', () => {
  it('masks it after a two-factor word', () => {
    masks('authenticator key for the shop login: K7QW_M2ZD_PX4L_RT6N_BY3V_HC5J', 'K7QW_M2ZD_PX4L_RT6N_BY3V_HC5J');
    masks('manual entry key: KQ7WMZ2DPX L4RT6NBY3V HC5JQ2WKRT MZ7DPXL4RB', 'KQ7WMZ2DPX L4RT6NBY3V HC5JQ2WKRT MZ7DPXL4RB');
  });
});

describe("a key opening with its provider's name cut short or its initials", () => {
  it('masks the key', () => {
    const body = pick(ALNUM, 32);
    masks(`the Quarrymoss key, I put quatok_${body} in but nothing syncs`, `quatok_${body}`);
    masks(`the nightly pull uses Harbour Lantern, key hl-${pick(HEX, 36)}, every hour`, 'hl-');
    masks(`can someone paste the Brindle token? the old one died\n> BRI_${body}`, `BRI_${body}`);
  });

  it('keeps a record id named after its kind', () => {
    keeps(`Harbour Lantern said the request req_${pick(ALNUM, 24)} failed, ask them`, 'req_');
  });
});

describe('a key given when asked, with a remark after a comma', () => {
  it('masks it', () => {
    const hex = pick(HEX, 48);
    masks(`Ana: the exporter keeps asking for a token\nme: use ${hex}, it's the team one`, hex);
  });
});

describe("a place's code in another language beside a found Wi-Fi key", () => {
  it('masks the number after the lock word', () => {
    masks('"wifi ya duka ni Gannet+Walrus+508, kufuli ya ghala ni 6291"', '6291');
    masks('"wifi toko Gannet+Walrus+508, gembok belakang 7302"', '7302');
  });

  it("keeps a network's port said with the same word as a door", () => {
    keeps('a senha do roteador é Gannet+Walrus+508 e quero liberar a porta 25565 pro servidor', '25565');
  });
});

describe("a code in an aside after a lock's word", () => {
  it('masks it', () => {
    masks("the fitter will need the back gate, that's 6148 - and the meter is in the hall", '6148');
    masks('The cash is in the office safe, which is 28514, and the keys are on the hook', '28514');
    masks('the spare key is in the keysafe now (7360) if you need it', '7360');
    masks('the workshop lets you in with 5827 and the kettle is on', '5827');
  });

  it('keeps a measure after the same words', () => {
    unchanged('the back gate, which is 1200 mm wide, needs a new hinge');
  });
});

describe('a seed phrase split over rows with their labels', () => {
  it('masks the words, not the heading', () => {
    const out = 'Recovery words from the safe deposit box\npart 1 of 3: razor biology embrace duck\npart 2 of 3: chef orbit biology parrot\npart 3 of 3: off exclude hire approve';
    masks(out, 'razor', 'chef orbit', 'approve');
    keeps(out, 'safe deposit box');
  });
});
