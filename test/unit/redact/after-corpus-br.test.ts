import { describe, it } from 'vitest';
import { ALNUM, HEX, LOWER_DIGITS, UPPER_DIGITS, keeps, masks, picker, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus BR, on values and sentences made up here. Each positive case and each
 * mended false alarm fails on the rules at the round's start (fb5c469); the guards set beside them pass there too and
 * keep passing.
 */
const pick = picker(5902);

describe('look-alikes that open nothing (false alarms mended)', () => {
  it("keeps a sort code whose account is named but not given, whatever digits stand sentences away", () => {
    unchanged('Invoice 771203 went out Monday. Sort code is 20-41-77 for the direct debit (account number by phone).');
    unchanged('Ring 01632 960411 about the van. The sort code is 30-92-15 if you need it for the transfer, account details to follow.');
  });

  it('still masks a sort code beside its account number', () => {
    masks('Sort code 20-41-77, account 63018842, name on the account J Okafor.', '20-41-77', '63018842');
    masks('Pay to:\nAccount name: K Mensah\nBSB: 062-118\nAccount: 10442291', '062-118', '10442291');
    masks('Sort code 20-41-77. Account number 63018842.', '20-41-77', '63018842');
  });

  it("keeps a sort code after a sentence about a padlock or a keypad's model", () => {
    unchanged('Bring your own padlock for the gym locker. Sort code is 40-18-22 for the membership fee.');
    unchanged('The keypad on the shutter is the old model KX-4410, it chirps when the battery dies. Sort code is 40-18-22 for the rent.');
  });

  it("keeps an alarm company's account number", () => {
    unchanged('Our alarm monitoring account number is 530118, which is not the code; they want it when you call.');
  });

  it('still masks an alarm code given after the panel', () => {
    masks('the alarm code is 530118, then press the tick', '530118');
  });

  it('keeps an identity number quoted "as the example" in a question about the format', () => {
    unchanged("What does a Taiwanese ID look like? The help page shows 'A123456789' as the example and I can't see the check digit.");
  });
});

describe('codes and passwords given in new frames', () => {
  it('reads a padlock set to its number in other languages', () => {
    masks('El candado de la taquilla lo dejé en 7305.', '7305');
    masks('Kłódkę od szafki ustawiłam na 51927.', '51927');
    masks('Cykellåset har jag satt på 40618.', '40618');
    masks("Le cadenas du vélo, je l'ai mis sur 8824.", '8824');
  });

  it('keeps a padlock sentence that gives no number to it', () => {
    unchanged('El candado de la taquilla lo dejé en casa, lo siento.');
  });

  it('reads a code given as "try" after a turn that says a door will not open', () => {
    masks('Tam: at the pottery kiln shed, it won\'t open\nme: try 60431\nTam: sorted', '60431');
  });

  it('reads a number answering "what\'s the … again"', () => {
    masks('[08:10] Lou: what\'s the pottery kiln shed again\n[08:12] me: 70248', '70248');
  });

  it('keeps a number answering a question about a room, a bus or a phone', () => {
    unchanged("[08:10] Lou: what's the room number again\n[08:12] me: 4012");
    unchanged("Lou: what's the bus again\nme: 1153");
  });

  it('reads a password offered to a login that asks for one', () => {
    masks('If the loom app asks for a login, try Tealpebble482; if that fails, text me.', 'Tealpebble482');
  });

  it('reads a code after its time, a bullet before its place', () => {
    masks('The pottery laptop is under my name, password Kx7-fernwheel-22. Showroom is 60813 this month.', '60813');
    masks('Handover:\n- pottery laptop: Kx7-fernwheel-22\n- showroom is 4417, glaze room 9902', '4417');
  });

  it('reads a one-time code typed in after it was sent', () => {
    masks('it sent a code and I put in 482913 but it said expired', '482913');
    masks('The app texted me a code, I typed 739201 and it went through', '739201');
  });

  it('keeps a promo code typed after it was sent', () => {
    unchanged('they sent a discount code and I put in 5520 at the till');
  });

  it("reads a card's code after its expiry, fields split by spaced slashes", () => {
    masks('Card for the deposit: 4539 1488 0343 6467 / 09/29 / 318', '318');
  });

  it('reads backup codes one a line under a heading that ends in a colon', () => {
    const codes = Array.from({ length: 6 }, () => pick('abcdefghjkmnpqrstuvwxyz', 4) + pick('23456789', 4));
    masks(`backup codes for the kiln controller account, keep them safe:\n${codes.join('\n')}`, ...codes);
  });

  it('keeps a plain list under a colon that names no codes', () => {
    unchanged('Shopping for the weekend:\nmilk2\neggs\nbread');
  });

  it("reads a router sticker's network and key", () => {
    const key = pick(LOWER_DIGITS, 12).replace(/^./, 'k').replace(/.$/, '7');
    masks(`the sticker on the router says Kiln_Shed3 / ${key} if the other one fails`, key);
  });

  it("keeps a router's make and model written with a slash", () => {
    unchanged('router: Netgear / R7000P, bought it second hand');
  });
});

describe('keys named by their provider', () => {
  it('reads a key whose kind comes first (sk_<provider>_…)', () => {
    const key = `sk_kilnly_${pick(UPPER_DIGITS, 26)}`;
    masks(`put ${key} into the settings page and save`, key);
  });

  it("reads a key that opens with its provider's name cut short, the provider named with a key word", () => {
    const a = `KILN_${pick(ALNUM, 36)}`;
    masks(`can you check the Kilnworks key still works? ${a}`, a);
    const b = `glaz-${pick(HEX, 40)}`;
    masks(`note to self: Glazeboard api = ${b}`, b);
  });

  it('keeps a key its line calls public', () => {
    unchanged(`The docs say the public SDK key is fine to ship in the app. What about the Kilnworks one, kiln_${pick(ALNUM, 28)}?`);
  });

  it("keeps a record's id named after its kind, and a token whose line names no provider", () => {
    keeps(`Request req_${pick(ALNUM, 24)} failed, see the logs`, 'req_');
    unchanged(`build cache ${'bld_' + pick(LOWER_DIGITS, 30)} restored from the mirror`);
  });
});

describe("a safe's own record number (the lead, after BR's round named it)", () => {
  it('keeps a serial or contract number said of a safe, and still masks what opens it', () => {
    unchanged('The safe serial number is 71930264, in case the locksmith asks for it.');
    unchanged('our key safe contract number: 5529107 (the installer wants it)');
    masks('the safe code is 71930264, change it after the tenants leave', '71930264');
    masks('The key safe by the shed is 3318', '3318');
  });
});
