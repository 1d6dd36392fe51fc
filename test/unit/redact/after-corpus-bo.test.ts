import { describe, it } from 'vitest';
import { unchanged, masks, keeps } from './made-up';

/** The general rules added after held-out corpus BO, on values and sentences made up here. */
describe('look-alikes that open nothing', () => {
  it('keeps a number typed into a search box', () => {
    unchanged("just type 4417 into the search box on the parts catalogue and our order comes up, then press 'repeat'");
    unchanged('Enter 2290 in the search bar and the customer record shows.');
  });

  it("keeps a make and model's number after a keypad's name", () => {
    unchanged('The keypad on the side gate is a Honeywell Galaxy/2400 - anyone know what battery it takes?');
  });

  it("keeps a publishable key, a checkout session and a node pool's name that hold a kind's word", () => {
    unchanged('const stripe = Stripe("pk_live_51Hx8TqLmN2vR7wK9pZc3YbQe");');
    unchanged('Checkout session cs_live_b7Qz2mXv9LwR4tNp8KcY3HdF6JsA1 shows the wrong price.');
    unchanged('node gke-prod-default-pool-c19f7e2a-x8kq NotReady');
  });

  it("keeps a settings page's lines, which are no chat", () => {
    unchanged('Model: Pixel 7\nBaseband: g5123b-112233-445566-B-9876543\nKernel: 5.10.198-android13-4-00050-g1f2e3d4c5b6a\nIs it current?');
  });
});

describe('provider keys by their shape and place', () => {
  it("masks a provider's short name, a secret kind's word and a random body", () => {
    masks('Kemi via Teams: the Ledgerly integration → ledg_live_7fQm2Zr9XbKc4WnT8pLs1VdH6yJa — for the invoices', 'ledg_live_7fQm2Zr9XbKc4WnT8pLs1VdH6yJa');
    masks('pasting it here for a sec: quillo_sk_k3P9wZr2mT7xQv4nB8cL1yH5dF6gJ0sA', 'quillo_sk_k3P9wZr2mT7xQv4nB8cL1yH5dF6gJ0sA');
    masks('tarn-secret-9fk2m4q7-x3p8w1z6-b5n0r2t9-h7c4v8y1', 'tarn-secret-9fk2m4q7-x3p8w1z6-b5n0r2t9-h7c4v8y1');
  });

  it('masks a key pasted as a message under an app-tag head or a name-only head', () => {
    const tagged = '[Team Chat] Bo 10:15: the Ferrix sync died, anyone got the key?\n[Team Chat] Ana 10:20: frx-isu-Q8mz3LkP2wXr7TnB4vYc9HdJ6sFg\n[Team Chat] Bo 10:21: thanks';
    masks(tagged, 'frx-isu-Q8mz3LkP2wXr7TnB4vYc9HdJ6sFg');
    const named = 'Ana: what goes in the Porto box on the till?\nBo: porto:v3:Kx92mQz7LpW4rT8nB3vY6cH1dJ5sF0gA\nBo: (the live one)';
    masks(named, 'porto:v3:Kx92mQz7LpW4rT8nB3vY6cH1dJ5sF0gA');
  });

  it('masks a key under a declared string type or in a Clarity constant', () => {
    masks('API_KEY: constant(String[64]) = "Kq7Zm2Xw9PcL4vRt8NbY3sHd"', 'Kq7Zm2Xw9PcL4vRt8NbY3sHd');
    masks('(define-constant api-key "FRX-5d1c9e7a2b4f8e6d3c0a9b7e5f1d2c4a")', 'FRX-5d1c9e7a2b4f8e6d3c0a9b7e5f1d2c4a');
  });
});

describe('backup codes and seeds by their shape', () => {
  it('masks a run of six codes or more of one random shape with no word before it', () => {
    const codes = ['qzk482wpn', 'tmr907bxa', 'hvc315kde', 'ylp664rsw', 'bnf028zuq', 'dwx751mjc'];
    masks(`kept these in the safe for the brokerage: ${codes.join(' / ')}`, ...codes);
  });

  it('keeps a run of items of one series, or short ones', () => {
    unchanged('flights today: BA2291 / LH4410 / AF1187 / KL6620 / EK3305 / QR9912');
    unchanged('invoices: INV.20431 / INV.20432 / INV.20433 / INV.20434 / INV.20435 / INV.20436');
  });

  it('masks numbered codes in groups joined by a dot or a hyphen', () => {
    const codes = ['QKD.40712', 'ZPW.18830', 'MTR.55291', 'BXC.90467', 'HLN.27718', 'VYE.63054'];
    masks(`Brokerage sign-in codes (each once):\n${codes.map((c, i) => `  (${i + 1}) ${c}`).join('\n')}`, ...codes);
  });

  it("masks a two-factor seed in groups joined by dots or spaced hyphens, after a QR named first, and after a word's four letters", () => {
    masks('The setup page would not show me a QR, so here is what it gave instead: KQ3M.ZT7W.PX4B.RN6D', 'KQ3M.ZT7W.PX4B.RN6D');
    masks('Brokerage 2FA (manual entry): M4TQ - XZ7K - P2WB - LR5N - 30 s, 6 digits', 'M4TQ - XZ7K - P2WB - LR5N');
    masks('set up the authenticator again with k7mq3zp2xw5tnb4r then', 'k7mq3zp2xw5tnb4r');
  });
});

describe('identity numbers under "ID:" alone, by a strong check', () => {
  it('masks a PESEL, a Belgian national number and a codice fiscale after "ID:" opening a clause', () => {
    masks('Oskar (from Kraków) - ID: 44051401458 - forms to follow', '44051401458');
    masks('Lotte - ID: 85.07.30-033.28, the rest by post', '85.07.30-033.28');
    masks('ID: RSSMRA85T10A562S', 'RSSMRA85T10A562S');
  });

  it("keeps another record's ID, and nine digits alone", () => {
    keeps('Order ID: 44051401458 shipped today', '44051401458');
    keeps('Ticket - ID: 111222333 - closed', '111222333');
  });
});

describe('Wi-Fi keys under a security mode, after joining a hotspot, and of words with numbers', () => {
  it("masks the key after WPA2, what a hotspot is joined with, and two words each with a number after a network's name", () => {
    masks('Router in the shed: network ShedNet, WPA2 kettle519harbor72. Admin page is 192.168.0.1', 'kettle519harbor72');
    masks('Hotspot is BarnNet, join with Rk82mQz7LpW4xT', 'Rk82mQz7LpW4xT');
    masks("(wifi's Loft-Guest, walnut248cobalt16)", 'walnut248cobalt16');
  });

  it("keeps a security mode's words", () => {
    unchanged('security: WPA2 Personal, 5GHz band');
    unchanged('Set it to WPA2-PSK AES please');
  });
});

describe('seed phrases joined by plus signs or in lettered rows', () => {
  it('masks a phrase whose words are joined by spaced plus signs', () => {
    const words = 'youth + luxury + thunder + husband + pause + team + wine + crane + base + match + type + design';
    masks(`keep this safe for the club wallet: ${words}`, words);
  });

  it('masks a phrase three words to a lettered row', () => {
    const rows = ['similar loan easily', 'retreat smart lesson', 'surprise truth worth', 'use sell tragic'];
    masks(`recovery words, as the card has them:\n${rows.map((w, i) => `${'ABCD'[i]}) ${w}`).join('\n')}`, ...rows);
  });
});

describe("passwords by a generator's shape alone", () => {
  it('masks a small word run into a capitalised one with digits and a symbol', () => {
    masks('just so it is written down - the supplier portal, pelicanMarble417%.', 'pelicanMarble417%');
  });

  it('masks a capitalised word, @, a small word and digits', () => {
    masks('new one for the fuel pump is Kestrel@maple47, the old one is dead', 'Kestrel@maple47');
  });

  it('masks two capitalised words and four digits joined by dots', () => {
    masks('the quote system is on Cobalt.Heron.5172 now', 'Cobalt.Heron.5172');
  });

  it('masks a long capitalised word, a slash and two digits', () => {
    masks('the membership portal is on Marigoldtrumpet/37 now', 'Marigoldtrumpet/37');
  });

  it("keeps an address, a login's host, a product's edition, a month and a path", () => {
    unchanged('write to Support@helpdesk24.example.com about it');
    unchanged('ssh Deploy@web01:/srv/app and restart');
    unchanged('We still run Office.Home.2019 on the front desk.');
    unchanged('Rent for September/24 is paid.');
    unchanged('see docs/Introduction/01 for the steps');
  });
});

describe("places' codes in more plain frames", () => {
  it('masks what someone will need to get in, what gets you in, what a lock takes, and a code opening a sentence', () => {
    masks("Priya's coming at nine. She'll need 7315 to get in the feed store, can you send it?", '7315');
    masks('4628 gets you into the potting shed. Lift the latch first.', '4628');
    masks('Forgot to say - the tack room lock takes 5093. Same as before.', '5093');
    masks('Tom! 8841 for the back door. Keep it to yourself.', '8841');
    masks('Pour le garage tu tapes 6620 et tu pousses.', '6620');
  });

  it("keeps a year, a measure and a count in the same frames", () => {
    unchanged('We need 2024 to get in shape for the show.');
    unchanged('The lock takes 2000 mAh cells, two of them.');
    unchanged('Honestly 1500 points gets you into the final round.');
  });
});
