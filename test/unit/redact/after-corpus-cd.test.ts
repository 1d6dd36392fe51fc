import { describe, it } from 'vitest';
import { DIGITS, HEX, masks, picker, unchanged, withLuhn } from './made-up';

/**
 * The general rules added after held-out corpus CD, on values and sentences made up here. The false alarms these
 * cases stand for were made, and the misses missed, by the rules at the round's start (ce3df87); the guards set beside
 * them keep what must be masked still masked, or what must stay readable.
 */
const pick = picker(7201);

describe('harmless text that a password word or a card-shaped number made look secret (false alarms mended)', () => {
  it("keeps a commit's id named in its sentence, whatever the commit was about", () => {
    const sha = `${pick(HEX, 20)}a1${pick(HEX, 18)}`;
    unchanged(`the fix that took the hard-coded password out of the installer is the commit: ${sha}`);
    unchanged(`we reverted the bad commit, password reset works again: ${sha}`);
    unchanged('reverted in commit 9e1c4b7, the password field is back');
    masks(`I pushed a commit with my API key: ${sha} please help`, sha);
    masks('my password is 7d2c9e4f1a and I committed it yesterday', '7d2c9e4f1a');
  });

  it("keeps a product's barcode named right before its number, whatever its check digit", () => {
    // Made up to pass Luhn's check and fail GS1's, as a mistyped or invented barcode may: a card's shape alone.
    unchanged('EAN 4012345671235 on the box of watercolour pans');
    unchanged('GTIN-13: 5064000001231 for the tea tin');
    const card = withLuhn(`4532${pick(DIGITS, 11)}`);
    masks(`Card ${card} exp 09/28`, card);
    masks(`my card number ${card}, the EAN is printed on the back`, card);
  });

  it('keeps advice and examples given under a password word', () => {
    unchanged("Password tips for the scouts: use three random words, don't reuse, never share it by text.");
    unchanged('Password guidance from the council: three random words');
    unchanged('For the workshop we show a bad password example: "letmein123" — then say why it is bad.');
    masks('my password is tips4U!x', 'tips4U!x');
    masks('set the password: Gr33n!Tea2026 then log in', 'Gr33n!Tea2026');
  });
});

describe('passwords named only by the system they open, written in ways the older rules did not read', () => {
  it('masks a value after a dash that ends the line, an owner\'s "mine is", and a remark in brackets', () => {
    masks('the bakery shop email — Sourdough-Starter-Rye1', 'Sourdough-Starter-Rye1');
    masks('choir membership site: mine is Alto-Bess-84', 'Alto-Bess-84');
    masks("the bike shop's login (my brother's account) — ChainRing1994", 'ChainRing1994');
    unchanged('the booking app — Version-Two-3 is out next week');
    unchanged('the till — Sunday-Roast-2 sold out');
    unchanged('the school portal: mine is the blue one with stickers');
  });

  it("keeps a device's or an app's model named after a dash on a list's line (the lead's review)", () => {
    unchanged('laptop — ThinkPad-X1-Carbon');
    unchanged('tablet – Lenovo-Tab-M10\nphone – Pixel-8-Pro');
    unchanged('work email - Outlook-365');
    masks('the shop laptop — Heron-Quay-Lamp3', 'Heron-Quay-Lamp3');
    masks('my tablet — Lenovo-Tab-M10!', 'Lenovo-Tab-M10!');
  });

  it('masks a password with its closing symbol, and capitalised words joined by hyphens with a number', () => {
    masks('allotment office PC: Marrowfat1962! — named after the first pea', 'Marrowfat1962!');
    masks('pottery club booking account: Glaze-Kiln-Wheel7', 'Glaze-Kiln-Wheel7');
    unchanged('office PC: Windows2000 still running');
    unchanged('account: John-Smith-1');
  });

  it('masks a one-time code before its name where a sender in capitals sent it, a quoted one and one before "this is"', () => {
    const code = pick(DIGITS, 6);
    masks(`${code} — that's the code the Thameside Credit Union texted me`, code);
    masks(`${code.slice(0, 3)} ${code.slice(3)} is the security code Lakeland Bank sent, can you type it?`, `${code.slice(0, 3)} ${code.slice(3)}`);
    masks(`"${code}" <- the Marktplatz login code`, code);
    masks(`${code} this is the passcode Harbour Bank sent`, code);
    unchanged('404 is the code the Server sent back');
    unchanged('HTTP 4040 that\'s the code the Proxy emailed about');
    unchanged('We scored 2310 this is the code the Coach sent for the drill');
    unchanged('Use 2468 this is the discount code Boots emailed');
    unchanged('Order 884213 — that\'s the code the Shop emailed');
  });
});
