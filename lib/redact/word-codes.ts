import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * A code that is a word, not a number, where the sentence names it as a code one gives to be let in or to collect
 * someone: a school pickup code ("the pickup code for Maya this week is blue-10", "güvenlik kodu tiger-58",
 * "noutokoodi on PUFFIN"), a safe word, a guest Wi-Fi voucher ("Wi-Fi kuponu: ZTBW-YM6Y", "vierasverkon kuponki on
 * K401-V671"). The value has a code's shape (a word and a number joined by a dash, groups of capitals and digits, a
 * word in capitals, or digits); a voucher or coupon counts only where the sentence speaks of Wi-Fi or a network, as
 * a shop's coupon code is printed for everyone.
 */

/** Names of codes given at a door or a gate, in English, Turkish, Finnish, Swedish, German, French, Spanish. */
const PICKUP_NAME =
  '[Pp]ick[ \\t-]?up[ \\t]+(?:code|password|word)|[Cc]ollection[ \\t]+(?:code|password)|[Ss]afe[ \\t-]?word|[Cc]ode[ \\t-]?word|' +
  '[Gg]üvenlik[ \\t]+kodu|[Tt]eslim[ \\t]+kodu|[Nn]outokoodi|[Hh]akukoodi|[Tt]urvakoodi|[Tt]urvasana|[Hh][äa]mtningskod(?:en)?|[Aa]bholcode|' +
  '[Cc]odewort|[Cc]ode[ \\t]+de[ \\t]+r[ée]cup[ée]ration|[Cc][óo]digo[ \\t]+de[ \\t]+recogida';
/** Vouchers and coupons: codes for a guest network where the sentence says so. */
const VOUCHER_NAME = '[Vv]ouchers?(?:[ \\t]+code)?|[Cc]oupon(?:[ \\t]+code)?|[Kk]upon(?:u|um|ki|kini)?|[Gg]utschein(?:code)?|[Kk]upong(?:en)?';
const NETWORK = /wi-?fi|wlan|hotspot|guest[ \t]+network|verko|verkk|ağ[ıi]|misafir|gäst|n[äa]tverk|r[ée]seau/iu;

/** "is" and kin in the languages above, or a colon, after a few words; Turkish puts no verb between (group 3). */
const LINK =
  '(?:([^\\n\\d.!?;:=]{0,40}?)(?:[ \\t]*[:=：][ \\t]*|[ \\t]+(?:is|was|will[ \\t]+be|on|oli|är|ist|lautet|est|es|era)[ \\t]+)|([ \\t]+))';

/** A word and a number joined by a dash, two groups of capitals and digits, a word in capitals, or digits. */
const CODE =
  '([\\p{L}]{2,12}-\\d{1,4}|(?=[A-Z0-9-]*\\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3,6}-[A-Z0-9]{3,6}|\\p{Lu}{4,12}|\\d{4,12})(?![\\p{L}\\p{N}_-]|[.,]\\p{L})';

const VOUCHER = new RegExp(`^(?:${VOUCHER_NAME})$`, 'u');

const WORD_CODE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(${PICKUP_NAME}|${VOUCHER_NAME})(?![\\p{L}\\p{N}_])${LINK}${CODE}`,
  'dgu',
);

const WORD_CODE_RULE: RegexRule = {
  name: 'word-code',
  pattern: WORD_CODE,
  judge(m, text) {
    const [name, bare, value] = [m[1]!, m[3], m[4]!];
    // No verb and no colon: the code follows its name, with a letter-and-digit shape no word of a sentence has.
    if (bare !== undefined && (!/\d/.test(value) || !/\p{L}/u.test(value))) return null;
    if (VOUCHER.test(name)) {
      const sentence = text.slice(Math.max(0, m.index - 60), m.index + m[0].length);
      if (!NETWORK.test(sentence.slice(sentence.lastIndexOf('\n') + 1))) return null;
    }
    const start = m.indices![4]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/** Read only near the names' rare words. */
const ANCHOR = /pick|collection|safe|kod|koodi|turva|h[äa]mtning|abhol|code|c[óo]digo|voucher|coupon|kupon|gutschein/giu;

/** Where a match of `WORD_CODE` may begin: its names, in the plain mode (the pattern is case-sensitive). */
const WORD_CODE_STARTS = new RegExp(`${PICKUP_NAME}|${VOUCHER_NAME}`, 'g');

export const WORD_CODE_FINDERS: readonly Finder[] = [windowedFinder(WORD_CODE_RULE, ANCHOR, 12, 60, true, WORD_CODE_STARTS)];
