import type { Finder, SecretSpan } from './rules';
import { strongPasswordShaped } from './passwords-in-casual-frames';
import { randomCaseLetters } from './values';

/**
 * BS's round: a password named only by the system it opens, with no word for "password": "the till is
 * Basket_Otter_214", "club email Heron_Kettle_031", "autoclave laptop is yT4kPqa9WzLm", "Cake order laptop
 * Fern.Otter.2068", "the booking iPad: …", and the value first with what it does, "…, Kq7dWzr2PmXa to get in",
 * "Heron_Kettle_422 gets you in as admin". A system's noun (a till, a laptop or a computer, a tablet, an app, a site or
 * a portal, an inbox or an e-mail, a database, a dashboard, a system), then "is", "wants", a colon or
 * nothing, then the value ending its clause. The value must have a password's shape, which a product's or a model's
 * name ("iPhone15", "ThinkPad X1") has not: a symbol inside or words joined by `_`, `-` or `.` and ended by digits
 * (`strongPasswordShaped`), or letters and digits changing places twice or more in both cases (`yyfL9lBifA3Y`), or
 * letters in random case (`39OzSQUczZVk`), with a capital in it. A name, a number, an address, a log's field or an
 * id after the noun stays.
 */
// Not "account" nor "login": an account's and a login's word stands before its id and its user name as often
// ("Stripe account acct_…", "login: maria.s"); not "mac", a network card's address's word.
const SYSTEM = String.raw`(?:till|laptop|macbook|pc|computer|ipad|tablet|app|portal|site|website|inbox|e-?mail|database|dashboard|system)`;
const V = String.raw`([^\s,;'"()<>]{8,64}?)`;
/** CD's round: a remark in brackets after the system's word ("Etsy login (my sister's account) — …"). */
const ASIDE = String.raw`(?:[ \t]*\([^()\n]{1,40}\))`;
/**
 * What joins the system's word to the value: "is", "wants", a colon, or nothing; CD's round: a dash with spaces around
 * it ("shop email — …") where the value ends its line, as a note's line is (after a dash, a value followed by more words
 * is a headline's: "the app — Route-Planner-3 is out"), and an owner's "mine is" or "it's" after the colon
 * ("membership site: mine is …").
 */
const LINK = String.raw`(?:(?:[ \t]+(?:is|was)(?:[ \t]+now)?|[ \t]+wants|[ \t]*[:=]|[ \t]+[—–-](?=[ \t]))(?:[ \t]+(?:mine|ours|it)(?:[ \t]+is|['’]s))?)`;
/** The end of a line after a value, a full stop or a closing bracket allowed. */
const LINE_END = /^[.!)]?[ \t]*(?:\r?\n|$)/;
const CLAUSE_END = String.raw`(?=[.,;:!?)]*(?:[ \t]|\r?\n|$))`;
const AFTER_SYSTEM = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@./=-])${SYSTEM}(?:['’]s)?(?:[ \t]+one)?${ASIDE}?${LINK}?[ \t]+${V}${CLAUSE_END}`,
  'dgiu',
);
/** The value, then what it does: "… to get in", "… gets you in", "… to log in". */
const BEFORE_GETTING_IN = new RegExp(
  String.raw`(?<![^\s>])${V}[ \t]+(?:to[ \t]+(?:get|log|sign)[ \t]+in|(?:gets|lets|logs|puts)[ \t]+you[ \t]+(?:back[ \t]+)?in|gets[ \t]+you[ \t]+past)(?![\p{L}])`,
  'dgiu',
);

/**
 * BT's round: the value first, then the system it opens after "for", "on" or "to sign in to" and a determiner, a word
 * or two between ("Heron.51.Kestrel! for the booking system", "4412-Otter-maple on the reception PC", "it's
 * Oolong55120ribbon for the internet"). The same shapes as after the system's word.
 */
const FOR_THE_SYSTEM = new RegExp(
  String.raw`(?<![^\s>])${V}[.,]?[ \t]+(?:for|on|to[ \t]+(?:get|log|sign)[ \t]+(?:in(?:to)?|on)(?:[ \t]+to)?)[ \t]+(?:the|my|our|your|his|her|their|this|that)[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){0,2}?(?:${SYSTEM}|internet|wi-?fi|router|computer|phone|booking[ \t]+page|account)(?![\p{L}])`,
  'dgiu',
);

/**
 * BT's round: more systems read only with a memorable password's shape (`memorable`): a router's, a bank's, a booking
 * page's, an ordering or a payroll site's, an account's. Their words stand before ids and user names too ("account
 * acct_…", "bank 40-11-22"), which no such shape has.
 */
const MORE_SYSTEMS = String.raw`(?:router(?:[ \t]+admin)?|bank|bookings?|ordering|payroll|account|admin|login|club[ \t]+e-?mail)`;
const AFTER_MORE_SYSTEMS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@./=-])${MORE_SYSTEMS}(?:['’]s)?(?:[ \t]+one)?${ASIDE}?${LINK}?[ \t]+${V}${CLAUSE_END}`,
  'dgiu',
);

/**
 * A memorable password, as password managers' "memorable" generators and people make them: two words and a number of two
 * to four digits joined by one separator (`/`, `_`, `.`, `-`, `~`, `+`, `&`, `@`) or the number run into a word, a word
 * capitalised or shouted, a closing symbol allowed ("hazel/512/Ember", "lotus_72_RUMBA", "2231-Fennel-quartz",
 * "Birch.18.Sorrel!", "41walnut&Fern"). Not `=`: `NAME5=value` is a setting.
 * BU's round: the number last after two words (`word_Word_NNN`, `Word@Word.NN`, a Bitwarden passphrase's order), a
 * number after each word (`word96&Word91`), the number first and the words told apart by case only (`84WORDword`,
 * `4472+wordWord`), and `word=Word=NN`, the one form with `=` (a small word, a capitalised one, a number: no setting is
 * written so; BU's writer's own, so part of the lift is BU's).
 * CD's round: two or three capitalised words joined by hyphens and a number of one to four digits run into the last
 * (`Wobble-Line-Tree9`), or three such words and the number after its own hyphen (`Yorick-Skull-Bone-5`); two words
 * and a number after a hyphen are as often a name and a count (`John-Smith-1`).
 */
const MEMORABLE =
  /^(?:[A-Za-z]{3,14}([/_.~+&@-])\d{2,4}\1[A-Za-z]{3,14}|\d{2,4}([/_.~+&@-])[A-Za-z]{3,14}\2[A-Za-z]{3,14}|[A-Za-z]{3,14}\d{2,4}[/_.~+&@-][A-Za-z]{3,14}|\d{2,4}[A-Za-z]{3,14}[/_.~+&@-][A-Za-z]{3,14}|[A-Za-z]{3,14}[/_.~+&@-][A-Za-z]{3,14}\d{2,4}|[A-Za-z]{3,14}[/_.~+&@-][A-Za-z]{3,14}[/_.~+&@-]\d{2,4}|[A-Za-z]{3,14}\d{1,4}[/_.~+&@-][A-Za-z]{3,14}\d{1,4}|\d{2,4}[A-Z]{3,14}[a-z]{3,14}|\d{2,4}[/_.~+&@-][a-z]{3,14}[A-Z][a-z]{2,13}|[a-z]{3,14}=[A-Z][a-z]{2,13}=\d{2,4}|[A-Z][a-z]{2,13}(?:-[A-Z][a-z]{2,13}){1,2}\d{1,4}|[A-Z][a-z]{2,13}(?:-[A-Z][a-z]{2,13}){2}-\d{1,4})[!?#$%&*+]?$/;

export function memorable(v: string): boolean {
  return MEMORABLE.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v);
}

/** A key said to be public before the system's word ("public key for the site: G-…"): a site's tag, published by design. */
const SAID_PUBLIC = /(?<![\p{L}])(?:public|publishable|site[ \t-]?key|tracking|measurement|analytics)(?![\p{L}])/iu;
const CLOSING_SYMBOLS = /^[!?#$%&*]{1,3}(?=[.,;:)]?(?:[ \t]|\r?\n|$))/;

/**
 * What else stands after such a word: a log's or a URL's `name=value`, a UUID, a network card's address, an id with its
 * kind's prefix (`acct_…`, `pk_…`, `req_…`), a package and its version (`React@18`).
 */
const NOT_A_PASSWORD = /^[\w.-]+=|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-|^[0-9a-fA-F]{2}(?:[:-][0-9a-fA-F]{2}){5}$|^[a-z]{2,6}_[A-Za-z0-9]|^[A-Za-z][\w.-]*@[\^~]?\d+(?:\.\d+)*$/;

/**
 * BX's round: two or three capitalised words run together and a number of three or four digits
 * (`HeronKettle4417`), as generators and people make a memorable password; a product's name has one word or a
 * shorter number ("iPhone15", "PlayStation5").
 */
const CAPITALISED_WORDS_AND_NUMBER = /^(?:[A-Z][a-z]{2,11}){2,3}\d{3,4}$/;

function passwordShaped(v: string): boolean {
  if (memorable(v) || CAPITALISED_WORDS_AND_NUMBER.test(v)) return true;
  // A capital in it: a user's name, a slug, a pod's or a host's name is written in small letters.
  if (!/[A-Z]/.test(v) || NOT_A_PASSWORD.test(v)) return false;
  if (!strongPasswordShaped(v)) return randomCaseLetters(v.replace(/\d/g, '')) && /^[A-Za-z0-9]+$/.test(v);
  if (/[^A-Za-z0-9]/.test(v)) return true;
  // Letters and digits only: both cases, and digits among the letters twice or more.
  // BX's round: or letters in random case around the digits (`3bmYaKYfIZ`).
  return /[a-z]/.test(v) && /[A-Z]/.test(v) && ((v.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g)?.length ?? 0) >= 2 || randomCaseLetters(v.replace(/\d/g, '')));
}

function findPasswordsAfterWhatTheyOpen(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const re of [AFTER_SYSTEM, BEFORE_GETTING_IN, FOR_THE_SYSTEM, AFTER_MORE_SYSTEMS]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const start = m.indices![1]![0];
      // A closing symbol is the password's (`Heron-4417-kettle!`), though a sentence's stop may follow it; CD's round:
      // the shape is judged with it (`Outrigger1954!` is a password's, `Outrigger1954` alone may be a product's).
      const tail = CLOSING_SYMBOLS.exec(text.slice(start + m[1]!.length, start + m[1]!.length + 8))?.[0].length ?? 0;
      const v = text.slice(start, start + m[1]!.length + tail);
      const dashed = (re === AFTER_SYSTEM || re === AFTER_MORE_SYSTEMS) && /[ \t][—–-][ \t]/.test(text.slice(m.index, start));
      if (dashed && !LINE_END.test(text.slice(start + v.length, start + v.length + 4))) continue;
      // After a dash, a list's line under a device's or an app's word names a model as often as it keeps a password
      // ("laptop — ThinkPad-X1-Carbon", "email — Outlook-365"): a value of letters and digits joined by hyphens alone,
      // as a model's name is written, is read there only in a memorable password's own shapes. A login's or an
      // account's word keeps its own shapes.
      if (dashed && re === AFTER_SYSTEM && /^[\p{L}\p{N}-]+$/u.test(v) && !memorable(v)) continue;
      if (!(re === AFTER_MORE_SYSTEMS ? memorable(v) || CAPITALISED_WORDS_AND_NUMBER.test(v) : passwordShaped(v)) || SAID_PUBLIC.test(text.slice(Math.max(0, m.index - 40), m.index))) {
        // CD's round: a word taken as the value may be the system's own word ("booking account: …"): read on from it.
        if (start > m.index) re.lastIndex = start;
        continue;
      }
      spans.push({ start, end: start + v.length, label: 'password' });
    }
  }
  return spans;
}

export const PASSWORDS_AFTER_WHAT_THEY_OPEN_FINDERS: readonly Finder[] = [{ name: 'passwords-after-what-they-open', find: findPasswordsAfterWhatTheyOpen }];
