import { describe, expect, it } from 'vitest';
import { printedAsCard } from '../../../lib/redact/luhn';
import { unchanged, masks, keeps } from './made-up';

/** The general rules added after held-out corpus BN, on values and sentences made up here. */
describe('look-alikes that open nothing', () => {
  it('keeps a year after a word of time beside a code word', () => {
    unchanged("The gate code changed after 2017's flood; ask Priya at the desk for it.");
    unchanged('Nobody has touched the keypad code since 1998, apparently.');
  });

  it("keeps a network's name given before its key, and still masks the key", () => {
    keeps('Wi-Fi: Harbourside_5G / Kettle4471@', 'Harbourside_5G');
    masks('Wi-Fi: Harbourside_5G / Kettle4471@', 'Kettle4471@');
    keeps('wlan: Orchard24 key 918273645501', 'Orchard24');
    masks('wlan: Orchard24 key 918273645501', '918273645501');
    keeps('Guest WiFi: Loft_2G, parool tnR7qLwz9XcvB2', 'Loft_2G');
    masks('Guest WiFi: Loft_2G, parool tnR7qLwz9XcvB2', 'tnR7qLwz9XcvB2');
    keeps('El wifi es Granero3 y la clave Pelican5521mast!, ya sabes.', 'Granero3');
    masks('El wifi es Granero3 y la clave Pelican5521mast!, ya sabes.', 'Pelican5521mast!');
  });

  it('still masks a first value that a key word stands before', () => {
    masks('wifi password Tinsel8823, router pass Gorse4410!', 'Tinsel8823', 'Gorse4410!');
  });
});

describe('one test for a card printed as a card, a second ID after a found one', () => {
  it('reads four groups of four with one joint, or none, as a printed card', () => {
    expect(printedAsCard('4929 1234 5678 9012')).toBe(true);
    expect(printedAsCard('4929-1234-5678-9012')).toBe(true);
    expect(printedAsCard('4929123456789012')).toBe(true);
    expect(printedAsCard('4929 1234-5678 9012')).toBe(false);
    expect(printedAsCard('49291 23456 789012')).toBe(false);
  });

  it("masks a second person's ID said with 'is' after a found one", () => {
    masks('My personnummer is 850709-9805 and my husband\'s is 811228-9874.', '850709-9805', '811228-9874');
  });
});

describe("IBANs under a territory's own code", () => {
  it('masks an Åland, a Guadeloupe and a Jersey IBAN, run together or in fours', () => {
    masks('please send the deposit to AX45 7123 4560 0123 45 by Friday', 'AX45 7123 4560 0123 45');
    masks('compte pour le loyer : GP642004101005050001M026061, merci', 'GP642004101005050001M026061');
    masks('pay the invoice to JE90NWBK60161331926819 from now on', 'JE90NWBK60161331926819');
  });
});

describe('passwords by their shape alone', () => {
  it('masks a number between two words joined by one plus sign or bar', () => {
    masks('the stock PC takes plum+44+HERON now', 'plum+44+HERON');
    masks('Step 3: enter lark|512|fennel then the tick', 'lark|512|fennel');
  });

  it('keeps the bars of a record or a table', () => {
    unchanged('alice|42|paris\nbob|37|lyon');
    unchanged('| name | 42 | paris |');
    unchanged('the pattern ^(?!.*(settlers|250|that one|this one)).* fails');
  });

  it('masks capitals, digits and a small word closed by a symbol', () => {
    masks('MARI58heron> for the label printer, ta', 'MARI58heron>');
  });
});

describe('backup codes', () => {
  it('masks pairs of four digits joined by a slash in a run, and codes one to a line under their heading', () => {
    const pairs = 'Coinbit recovery codes, kept in the drawer:\n4821/0937 ~ 6612/3380 ~ 1907/5524 ~ 8843/2219';
    masks(pairs, '4821/0937', '6612/3380', '1907/5524', '8843/2219');
    const lines = 'Vaultly backup codes, from the print-out:\nqzvt.kmrw\nbxnd.hjpl\nfrtk.swqm\nzncv.pldg\nwhtp.rgkc';
    masks(lines, 'qzvt.kmrw', 'bxnd.hjpl', 'frtk.swqm', 'zncv.pldg', 'whtp.rgkc');
  });

  it('keeps words one to a line under a codes heading', () => {
    unchanged('Team codes for the quiz:\nalpha.team\nbravo.team\ncocoa.bean\ndelta.wave');
  });
});

describe('passwords in casual frames', () => {
  it('masks what a login answers to, a value put back in, and the old one in an aside', () => {
    masks('the shed PC answers to HeronQuince=61; back at six', 'HeronQuince=61');
    masks('if it logs you out just put Maple!River22 back in', 'Maple!River22');
    masks('(the old one, lark|318|sorrel, may still be saved on the till)', 'lark|318|sorrel');
    masks('new booking thing is done (old one OtterPlum=19 might still be on the laptop)', 'OtterPlum=19');
  });

  it("keeps a product's name and number in the same frames", () => {
    unchanged('the old one, iPhone12, might still be in the drawer');
    unchanged('the new pod is up but the old one api-7fk2m9qx4d still has 2 replicas');
  });
});

describe("codes around a handover's password", () => {
  it('masks a number that gets you through a place, and one after "with" before the place', () => {
    masks('Right, the rota app password is Heron|204|fig, 58213 gets you through the side gate.', 'Heron|204|fig', '58213');
    masks('the shop laptop password is Otter~Plum~58, with 4471 at the boat store later', 'Otter~Plum~58', '4471');
  });

  it("masks a door's, a lock's or a safe's code in other languages beside the password", () => {
    masks('La clave del portátil es Roble+77+MIRLO, y el candado del huerto 6618.', 'Roble+77+MIRLO', '6618');
    masks('Geslo za wifi je Lipa|602|breza, ključavnica 7731.', 'Lipa|602|breza', '7731');
  });

  it('masks a code punched into a box and one a door opens with', () => {
    masks('punch 66021 into the bike shed box then pull', '66021');
    masks('y la puerta del garaje se abre con el 55821, vale?', '55821');
  });
});

describe('provider tokens', () => {
  it("masks a key whose provider's prefix is in small letters and its body in capitals and digits", () => {
    masks('let key = "zin_tok_8QF2M0XK4PL9T7RZ3BW5" // Zinbox', 'zin_tok_8QF2M0XK4PL9T7RZ3BW5');
    masks('key := "kra.Q7W2ZP0M4XK9RT3NV8BF"', 'kra.Q7W2ZP0M4XK9RT3NV8BF');
  });

  it('keeps an error name in capitals after a prefix', () => {
    unchanged('status = "err_CONNECTION_REFUSED_BY_PEER"');
  });
});
