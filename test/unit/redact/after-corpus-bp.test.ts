import { describe, it } from 'vitest';
import { unchanged, masks, keeps } from './made-up';

/**
 * The general rules added after held-out corpus BP, on values and sentences made up here. Each positive case and each
 * mended false alarm fails on the rules at the round's start (49fd5b2), save two guards set beside them that pass
 * there too (the bike shed's "is number" line, kept before as well, and a password given after OpenVPN's option); the
 * other guards pass there and keep passing.
 */
describe('look-alikes that open nothing (false alarms mended)', () => {
  it("keeps a meter's reading on a note line", () => {
    unchanged('Notes:\n- Gas reading this morning: 58213.\n- Bins out Thursday.');
  });

  it('keeps the number a key box "is", its code said to be elsewhere', () => {
    unchanged('- the key box by the shop is number 2290, ask Sam for the code');
    unchanged('- the bike shed is number 4471, the code is in the group chat, not here');
  });

  it('keeps a price in the sentence after a password is mentioned', () => {
    unchanged("The wifi password is on the box, I am not typing it here. It's £412.60, exactly that, no rounding.");
  });

  it('keeps the file an option reads a password from, and still masks a password given there', () => {
    unchanged('openvpn --config home.ovpn --auth-user-pass /etc/openvpn/login.conf');
    masks('openvpn --config home.ovpn --auth-user-pass Kx7pLw2Qz9', 'Kx7pLw2Qz9');
  });
});

describe('codes of places said to be on a number', () => {
  it('masks a place that is on a number now, still on one, opens on one, or was left on one', () => {
    masks('The bike store is on 6182 now; the old code stopped working after the refit.', '6182');
    masks('The boiler cupboard is still on 39174, nobody ever changes it.', '39174');
    masks('the seed room opens on 850263, the kettle is in there too', '850263');
    masks('I left the kit room on 7359 for the electrician, change it back once he is done', '7359');
  });

  it("keeps an extension, an opening time and the time someone left", () => {
    unchanged('Reception is on 2201, ask for Bob.');
    unchanged('The cafe opens on 0930 at weekends.');
    unchanged('I left the office on 1745 and went straight home.');
  });

  // Its words start only after a space (a long hyphenated word was read from each hyphen: the bench's hyphenatedRun).
  it('reads a place named with hyphens', () => {
    masks('The walk-in cold-room is still on 40617, tell the new starter.', '40617');
  });
});

describe('keys pasted as chat messages under more heads', () => {
  it('masks a key under "[App] Name:", "Name via App:" and after words of handing over', () => {
    masks(
      '[Signal] Rosa: can someone paste the Quorbit key, uploads have been failing all morning\n[Signal] Idris: qb_3f9a1c7e25d84b06a9e3c1f7d2b5e840\n[Signal] Rosa: thanks, all good',
      'qb_3f9a1c7e25d84b06a9e3c1f7d2b5e840',
    );
    masks('Noor via Element: the portal says the Fenwick key was revoked?\nTomas: no, use the new one, fnw_Kq8zT3mPx7RbW2cLv9YdH4sN6jGa\nNoor: 👍', 'fnw_Kq8zT3mPx7RbW2cLv9YdH4sN6jGa');
    masks('[Matrix] Hal: which Zentor key goes in ZENTOR_TOKEN?\n[Matrix] Uma: this one Rm4kQ9xTz2LwP7vB3nYc8HdJ - revoke it after Friday', 'Rm4kQ9xTz2LwP7vB3nYc8HdJ');
  });
});

describe('two-factor seeds and backup codes in more groupings', () => {
  it('masks a seed in spaced groups of seven and in groups of four joined by underscores', () => {
    masks('2FA seed for the allotment society login, keep a copy: K4MQZ2P TB7XW3R NV5JYQ6 HC2LDS7 M3QA', 'K4MQZ2P TB7XW3R NV5JYQ6 HC2LDS7 M3QA');
    masks('authenticator setup key for the print shop: QW3E_R7TZ_U2IO_P5AS', 'QW3E_R7TZ_U2IO_P5AS');
  });

  it('masks codes of three-digit groups joined by colons, in a run and on numbered lines', () => {
    const run = ['314:872:905', '660:129:384', '207:553:718', '948:016:262', '571:340:896', '823:764:150'];
    masks(`keeping these for Fernlink in case I lose my phone: ${run.join('  /  ')}`, ...run);
    const sheet = ['402:918:337', '856:203:741', '119:674:582', '733:045:926', '264:881:109', '590:317:468'];
    masks(`Harbour Bank recovery codes (kept in the safe):\n${sheet.map((c, i) => `${i + 1}. ${c}`).join('\n')}`, ...sheet);
  });

  it('keeps times of day and a ratio', () => {
    unchanged('Run starts at 10:30:15 and ends at 11:45:20, then 12:05:10.');
    unchanged('Order totals: 123:456 ratio, see sheet 2.');
  });
});

describe("a card's security code after its expiry", () => {
  it('masks the code after a spaced dash, and "on the back" with a space alone', () => {
    masks('pay the deposit on my card - 4539 1488 0343 6467 - 09/29 - 472', '472');
    masks('here it is: 4539 1488 0343 6467, 11 28, three on the back 615. thanks!', '615');
  });
});

describe("a generator's password shapes", () => {
  it('masks digits, two capitalised words and a symbol; a word, a number and a capitalised word joined by underscores', () => {
    masks('the rota app is 47QuinceHeron! now, same login as before', '47QuinceHeron!');
    masks("Mum, the photo frame account is walrus_418_Tansy, don't tell your brother", 'walrus_418_Tansy');
  });

  it("keeps aircraft models and a phone's number", () => {
    unchanged('We flew Boeing-747 to Lagos, then Airbus-320 home.');
    keeps('call the hub on 01632 960 123 if it drops', '01632 960 123');
  });
});

describe('one rule per national number', () => {
  it("reads Iran's national code after the word written with a zero-width non-joiner, in its hyphenated shape", () => {
    masks('کد\u200cملی: 460-817293-1 لطفا', '460-817293-1');
  });
});
