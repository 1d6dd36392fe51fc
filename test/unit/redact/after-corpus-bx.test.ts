import { describe, it } from 'vitest';
import { LOWER, UPPER_DIGITS, masks, picker, unchanged, withLuhn } from './made-up';

/**
 * The general rules added after held-out corpus BX, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (7aa85f3); the guards set beside
 * them keep what must stay readable.
 */
const pick = picker(6601);

describe('public ids and codes that a frame or a sentence made look secret (false alarms mended)', () => {
  it('keeps a value named as an identifier before "is the one for"', () => {
    unchanged('container GTM-Q7ZK2PX is the one on the marketing site');
    unchanged('video id dQ9xLr2Vb7k is the one for the open evening');
    unchanged('track ID 5vQ2mNpL8xRtYb3KcZ0wHe is the one for the slideshow');
  });

  it('keeps a code of a public kind, whatever else the sentence verifies', () => {
    unchanged('check the fingerprint to verify the download — our SIC code is 47190 apparently');
    unchanged('please verify: HS code 8471 for the laptops');
  });

  it('keeps a national ID that the words before call the example or the format', () => {
    unchanged('Finnish HETU format is 131052-308T, the letter is a check character');
    unchanged('PESEL sample from the ministry page: 02070803628');
  });

  it('still masks someone’s own ID, and a password said as the one for a site', () => {
    masks('for example, my PESEL is 02070803628, is that right?', '02070803628');
    masks('Hq7!vR2pLx9 is the one for the rota app', 'Hq7!vR2pLx9');
  });
});

describe("a card's code, and a change's other value, said in another order", () => {
  it('masks the code said before "on the back" after a card number', () => {
    const card = withLuhn('453201' + pick('0123456789', 9));
    masks(`my aunt read her card to a man on the phone: ${card}, 418 on the back. what now?`, card, '418');
  });

  it('keeps a number on the back of anything else', () => {
    unchanged('the answer to question 12 is on page 245, 118 on the back of the sheet');
  });

  it('masks the old value of "prev=… new=…", "V (was …)" and "V instead of …"', () => {
    masks('prev=Qd4kLm82Ra new=Tz7!pWx3Ln  # library login', 'Qd4kLm82Ra', 'Tz7!pWx3Ln');
    masks('the NAS admin: Vb8#qLp2Zx (was old password Mn3!kRt7Wq)', 'Vb8#qLp2Zx', 'Mn3!kRt7Wq');
    masks('from Monday the portal password will be Rk5!mZq8Tn instead of Pw2#hLs6Vb', 'Rk5!mZq8Tn', 'Pw2#hLs6Vb');
  });
});

describe('codes handed over with few words: one-time codes named after, entry codes to buzz, doors in small languages', () => {
  it('masks a number given "as the verification number" or "as a login code" later in its clause', () => {
    masks('type 730154 in, it came through as the verification number', '730154');
    masks('my bank sent 48291 to me as a login code but I was asleep', '48291');
  });

  it('keeps a number given as an order or a reference', () => {
    unchanged('quote 730154 when you call, they gave it as the order number');
  });

  it('masks four digits or more after "buzz", and keeps a flat number or a count', () => {
    masks("I'm at the depot till 6, buzz 73910 if the gate is shut", '73910');
    unchanged('buzz 12 for the top flat');
    unchanged('the alarm will buzz 1000 times before it stops');
  });

  it("masks a code a door opens with in Catalan, Aragonese, Italian and Low Saxon", () => {
    masks("la porta del magatzem s'obre amb 6284, no ho diguis", '6284');
    masks("a puerta d'o corral s'ubre con 3917.", '3917');
    masks('la porta del retro si apre col 5820, mi raccomando', '5820');
    masks('de achterdeure giet lös mit 4736.', '4736');
  });
});

describe('Wi-Fi keys, passphrases and passwords after what they open', () => {
  it('masks a Wi-Fi key of small letters and digits changing places, or a word, digits and a word', () => {
    masks('el wifi del taller es 7kq2wxm9pz4hv3, no lo compartas', '7kq2wxm9pz4hv3');
    masks('guest wifi: maple2291otter', 'maple2291otter');
  });

  it('keeps a network name after the network word', () => {
    unchanged('the wifi network is called homewifi24, the key is on the router');
  });

  it('masks a passphrase of two words, a number and a word after a passphrase word', () => {
    const [a, b, c] = [pick(LOWER, 6), pick(LOWER, 5), pick(LOWER, 7)];
    masks(`my vault passphrase is ${a} ${b} 47 ${c}`, `${a} ${b} 47 ${c}`);
  });

  it('masks capitalised words run into a number, and letters in random case around digits, after what they open', () => {
    masks("Dad's bank app one is HeronKettle4417 (he keeps forgetting)", 'HeronKettle4417');
    masks('the club email = 7qWzKPaRxT now, the old one is gone', '7qWzKPaRxT');
    masks('if the old webmail logs you out, Fern/Otter48 puts you back in', 'Fern/Otter48');
    masks('I finally got into the boiler app with SorrelMaple5820 — noting it here', 'SorrelMaple5820');
  });

  it('keeps a product name after a system word', () => {
    unchanged('the till is PlayStation5 sized, the app is iPhone15 only');
  });
});

describe('provider keys, session cookies and national IDs with no word naming them', () => {
  it("masks a key whose prefix opens the provider's name on its line, without a key word", () => {
    const body = pick(UPPER_DIGITS, 36);
    masks(`can you paste quil_${body} into the Quillstack box on the settings page`, `quil_${body}`);
    const other = pick(UPPER_DIGITS, 40);
    masks(`add to the vault: Ferrowave | FERRO_${other}`, `FERRO_${other}`);
  });

  it('keeps a record id after its kind, whatever the provider', () => {
    unchanged(`Quillstack customer cus_${pick(UPPER_DIGITS, 24)} asked for a refund`);
  });

  it('masks a session cookie quoted in a sentence about cookies', () => {
    masks('the export keeps a cookie bakery_sess=5e0c9a7f13b24d68a0f1e2d3c4b5a697 — safe to share?', '5e0c9a7f13b24d68a0f1e2d3c4b5a697');
    masks('why is my bakery_session cookie (Rt5kWq8ZpL2mXn7VbC4hJd9FsG3aYe6U) still valid after logout?', 'Rt5kWq8ZpL2mXn7VbC4hJd9FsG3aYe6U');
  });

  it('keeps an analytics cookie', () => {
    unchanged('the _ga cookie GA1.2.1234567890.1700000000 is only analytics');
  });

  it('masks a HETU, a Belgian national number and a RUT in their own punctuation, unnamed, in a table of people', () => {
    masks('| Aino | Tampere | 131052-308T | signed |', '131052-308T');
    masks('| Lotte | Gent | 85.07.30-033.28 | signed |', '85.07.30-033.28');
    masks('| Diego | Valdivia | 15.482.337-9 | signed |', '15.482.337-9');
  });

  it('keeps the same shapes failing their check, or named as a part or an order', () => {
    unchanged('| Aino | Tampere | 131052-308U | signed |');
    unchanged('part no. 131052-308T fits the older pump');
  });
});

describe('a room or a store said to be "now" or "still" a number', () => {
  it('masks the code of a room, a shed or a gate that is now or still a number', () => {
    masks("heads up: the kiln room is now 6170, don't prop it open", '6170');
    masks('new padlock on the bin store? no, bin store still 83104', '83104');
    masks('for the reading on Friday: the meter cupboard needs 5821', '5821');
  });

  it('keeps a price, a size, a year or a time', () => {
    unchanged('the storage unit is now 4500 after the rent rise, £ per year');
    unchanged('the shed is still 2019 vintage');
    unchanged('the shed needs 2000 screws and the gate takes 3000 kg');
    unchanged('the hall door is now 0930 on Sundays');
  });
});
