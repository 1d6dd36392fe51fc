import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as englishWords } from '@scure/bip39/wordlists/english.js';
import { wordlist as italianWords } from '@scure/bip39/wordlists/italian.js';
import { describe, it } from 'vitest';
import { DIGITS, HEX, LOWER_DIGITS, keeps, masks, picker, unchanged } from './made-up';

/**
 * The general rules added after held-out corpus BT, on values and sentences made up here. Each positive case and each
 * mended false alarm fails on the rules at the round's start (ea9d197); the guards set beside them pass there too and
 * keep passing.
 */
const pick = picker(6211);

describe('look-alikes that open nothing (false alarms mended)', () => {
  it("keeps a number printed on a box's side, a label or a pass's barcode", () => {
    unchanged('the jar size is 12, the lid code on the bottom is 508817');
    unchanged('the code on the label is 7730291, reorder with that');
    unchanged('the barcode on the pass is 550129930041, show it at the gate');
  });

  it('keeps a bus stop\'s code', () => {
    unchanged('stop code 48820, text it for the next bus');
  });

  it("still masks a lock's code said with its place", () => {
    masks('the box code is 508817, the key is inside', '508817');
    masks('door code 48820, come up to the second floor', '48820');
  });
});

describe('memorable passwords after what they open', () => {
  it('masks two words and a number joined by one separator, after a system or before it', () => {
    masks('Laptop: hazel/512/Ember. The charger is in the drawer', 'hazel/512/Ember');
    masks("you'll need lotus_72_RUMBA to sign in to the hall laptop", 'lotus_72_RUMBA');
    masks('Heron.51.Kestrel! for the booking system, it is shared', 'Heron.51.Kestrel!');
    masks('router admin 2231-Fennel-quartz, ask before changing it', '2231-Fennel-quartz');
  });

  it('keeps a path, a setting or a user name after those words', () => {
    unchanged('the site is users/123/profile, open it in a new tab');
    unchanged('router admin is at 192.168.1.1, the user is admin');
  });
});

describe("a found password's list, each clause a label and its value", () => {
  it('masks the other entries: a memorable password, a device PIN, a padlock of three digits', () => {
    const pw = `Qv${pick(LOWER_DIGITS, 6)}#Lm`;
    const text = `for the club handover: trailer 274, laptop 6081, bank Birch.18.Sorrel+, email ${pw}`;
    masks(text, '274', '6081', 'Birch.18.Sorrel+', pw);
  });

  it("keeps a network's or a user's name given before its password", () => {
    const pw = `Zt${pick(LOWER_DIGITS, 6)}!Kp`;
    keeps(`Hotspot: MarketVan_5G, password ${pw}. Ask if it drops`, 'MarketVan_5G');
    keeps(`Studio login -- mara88 -- ${pw}`, 'mara88');
  });
});

describe('codes reported changed, both values', () => {
  it('masks the old and the new code', () => {
    masks('the back gate changed from 40719 to 22813, the old one stops tonight', '40719', '22813');
    masks('key safe at the flat is now 7420 (was 1386), the agent emailed', '7420', '1386');
    masks("Dad's phone is 2947 now, not 8163", '2947', '8163');
    masks('bike lock changed to 5183, the old 6620 was on the cut one', '5183', '6620');
  });

  it('keeps a meeting or a price that changed', () => {
    unchanged('the meeting changed from 1400 to 1500, same room');
    unchanged('the price is 4500 now, not 5200');
  });
});

describe('backup codes and TOTP seeds in more layouts', () => {
  it('masks letter codes of three-letter groups under a codes heading', () => {
    const codes = Array.from({ length: 6 }, () => `${pick('abcdefghijklmnopqrstuvwxyz', 3)}-${pick('abcdefghijklmnopqrstuvwxyz', 3)}-${pick('abcdefghijklmnopqrstuvwxyz', 3)}`);
    masks(`recovery codes for the shop account:\n${codes.map((c) => `* ${c}`).join('\n')}`, ...codes);
  });

  it('masks sign-in codes and codes behind a guillemet', () => {
    const codes = Array.from({ length: 6 }, () => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${pick('0123456789', 2)}-${pick('0123456789', 2)}${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}`);
    masks(`these are the codes for the team drive:\n${codes.map((c) => `» ${c}`).join('\n')}`, ...codes);
    const nums = Array.from({ length: 4 }, () => pick('123456789', 1) + pick('0123456789', 9));
    masks(`sign-in codes for the hall booking site:\n${nums.map((c, i) => `${i + 1}) ${c}`).join('\n')}`, ...nums);
  });

  it('keeps a list of phone numbers under a plain heading', () => {
    unchanged('numbers for the rota:\n1) 0207946011\n2) 0207946033\n3) 0207946052\n4) 0207946078\n5) 0207946090\n6) 0207946104');
  });

  it('masks a seed in groups of eight joined by spaced hyphens, and one split over two lines', () => {
    const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const groups = Array.from({ length: 4 }, () => pick(b32, 8));
    masks(`the setup key for the portal: ${groups.join(' - ')}`, groups[0]!, groups[3]!);
    const a = pick(b32, 20);
    const b = pick(b32, 12);
    masks(`the authenticator would not scan it, so I typed it in by hand: ${a}\n${b}. ok?`, a, b);
  });
});

describe('seed phrases in capitals and joined by dots', () => {
  const bytes = (): Uint8Array => Uint8Array.from({ length: 16 }, () => Number(pick(DIGITS, 2)) + Number(pick('01', 1)) * 100);

  it('masks a phrase written in capitals', () => {
    const phrase = entropyToMnemonic(bytes(), englishWords).toUpperCase();
    masks(`wallet words from the drawer, in capitals: ${phrase}. keep safe`, phrase);
  });

  it('masks a phrase joined by dots with no spaces', () => {
    const phrase = entropyToMnemonic(bytes(), italianWords).split(' ').join('.');
    masks(`the wallet seed from my notes file, dots between words: ${phrase}, is that ok?`, phrase);
  });
});

describe("a lock's number said with the language's \"is\"", () => {
  it('masks a padlock or a lock in several languages and English with its verb', () => {
    masks('el candado de la bodega es 618, gracias', '618');
    masks('het slot van de berging is 4207, fiets staat achter', '4207');
    masks('kufuli ya stoo ni 3392, iko nyuma', '3392');
    masks('το λουκέτο του κήπου είναι 7714, ευχαριστώ', '7714');
    masks('仓库的锁是5281，你先去', '5281');
    masks("the bike lock's 4862. don't tell anyone", '4862');
  });

  it('keeps a castle\'s year, a canal lock and a course', () => {
    unchanged('Замок на горі 1712, дуже старий');
    unchanged('we moored at lock 14, then walked');
    unchanged('khóa học là 2024, cô ơi');
  });
});

describe("places' codes said loosely", () => {
  it("masks a place's code with \"'s\", \"wants\", an owner or a clause's start, three digits for a padlock's place", () => {
    masks("right, the lock-up's 4419 now, keys are on the hook", '4419');
    masks('The pool gate wants 731904 now, they sent a letter', '731904');
    masks('hey, the boat shed is 612, back by six', '612');
    masks('the shed is 2857 on the old padlock, bikes inside', '2857');
  });

  it('masks the number first, then where it is keyed in', () => {
    masks("You'll want 7163 for the side door, the front one sticks", '7163');
    masks('before I forget, 409712 at the car park barrier', '409712');
  });

  it("keeps a room's, a door's three digits and a time at the gate", () => {
    unchanged('the room is 214, second floor');
    unchanged("the gate's 12, boarding soon");
    unchanged('meet 1930 at the gate, bring a torch');
  });
});

describe('a chat turn asking who knows a lock, answered by a number', () => {
  it('masks the answer', () => {
    masks('Priya: does anyone know the padlock on the bike shed\nTom: 6204, but put it back after', '6204');
    masks('Ana: who knows the lockbox at the allotment\nBen: 3391', '3391');
    masks("Sam: what's your phone pin? need to ring the landlord\nJo: 8406 and bring it back", '8406');
  });

  it('keeps an answer about another number', () => {
    unchanged('Priya: does anyone know the bus to the shed\nTom: 46, every ten minutes');
    unchanged("Sam: what's your phone number?\nJo: 07700 900461");
  });
});

describe("keys prefixed with their provider's name skipped through", () => {
  it('masks a prefix of the name\'s letters in order, a dot after it, a kind in it', () => {
    const k1 = `qlm_${pick(HEX, 36)}`;
    masks(`the Quillmate token is ${k1}, keep it out of git`, k1);
    const k2 = `fz-key-${pick(HEX, 40)}`;
    masks(`checked ${k2} against Fizz Zone with curl, 200`, k2);
  });

  it('keeps a record id with its kind before it', () => {
    unchanged(`Request req_${pick(HEX, 24)} failed at Quillmate`);
  });
});
