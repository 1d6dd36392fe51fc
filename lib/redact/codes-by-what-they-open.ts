import type { Finder, SecretSpan } from './rules';
import { OPENS } from './door-codes-any-language';
import { NOT_THE_PASSWORD } from './password-word-near-value';

/**
 * AL's round: a code named only by what it opens, with no word for "code" at all: "lockbox B2516" in a key log's
 * column, "alarm is 6269", "Keysafe: C1479", "key safe D2512, alarm 31206", "locker: 44471*", "back gate C6385",
 * "for the locker punch 27965", and the other way round, "C9404 for the back door". A lock's, a safe's, an alarm's or a
 * door's word (English and some thirty languages' words for a safe, a key box and an alarm here, and every language's
 * door and gate of `OPENS`), then at most two joining words — a colon, "is", "=", or a keypad's verb (punch, press,
 * enter, type, dial) — then four to eight digits, or a capital and four to six digits, as panels and key safes take
 * them. The shape does the rest: a number of another kind has its unit, its currency, its "in" or "since", a decimal
 * or a dash on it; an alarm clock's time names the morning; a year is no code.
 */
const LOCKS =
  String.raw`lock[ \t-]?box(?:es)?|key[ \t-]?(?:safe|box|lock)s?|keysafe|keybox|lockers?|safes?|padlocks?|strongbox|cash[ \t-]?box|` +
  String.raw`schl[üu]ssel(?:tresor|kasten|safe|box)\p{L}*|tresor\p{L}*|safe|coffre(?:-fort)?|bo[iî]te[ \t]+[àa][ \t]+cl[ée]s?|caja[ \t]+(?:fuerte|de[ \t]+llaves)|cassaforte|cassetta|cofre|taquilla|casier|spind|sleutelkluis|kluis|sejf\p{L}*|trezor\p{L}*|kassask[åa]p|kassaskab|сейф\p{L}*|шкафчик\p{L}*|金庫|保险柜|保險箱|キーボックス|금고|사물함|خزنة|כספת|tijori|brankas|loker|kabati|alarm(?:e|a|as|es|en|anlage)?|alarmcode`;
/** A lock's word, or any language's door or gate (`OPENS`); the door's and gate's words take only a colon or "is". */
const LOCK_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${LOCKS})(?![\p{L}])`, 'iu');
// BM's round: an alarm's own words for the code that turns it off ("alarm unset is 4417", "alarm's 52190"), and a
// lock's possessive.
// BS's round: an aside's ", that's", ", which is" and "now (" before the code ("the side gate, that's 3787 -", "the
// office safe, which is 17646, and …", "the keysafe now (4935)").
const JOINERS = String.raw`(?:[ \t]*(?:[:=–—-]|is|was|ist|est|es|è|é|er|är|ye|je|se|ni|mak|hemi|o|ko|là|=|punch(?:es)?|press|enter|key[ \t]+in|type|dial|tippen|taper|teclea|digita|unset|disarm|['’]s|,[ \t]*(?:that['’]s|which[ \t]+is)|now|\()(?![\p{L}]))`;
/** Up to two joining words after the lock's word, then the code; a letter only leads it. */
const AFTER_LOCK = new RegExp(String.raw`^${JOINERS}{0,2}[ \t]*((?:[A-Z](?=\d{4,6}(?!\d)))?\d{4,8})(?=[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]?(?:%|€|\$|£|h|hrs?|uhr|km|kg|mm|cm|m|years?|days?|times?|x)(?![\p{L}])))`, 'u');
// A door's or a gate's word right before a capital and digits ("back gate C6385"), as key safes' codes are written.
const AFTER_DOOR = new RegExp(String.raw`^(?:(?:[ \t]*(?::|=|is|ist|est|es|è|é|,[ \t]*(?:that['’]s|which[ \t]+is))(?![\p{L}])){1,2}[ \t]*((?:[A-Z](?=\d{4,6}(?!\d)))?\d{4,8})|[ \t]+([A-Z]\d{4,6}))(?=[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]?(?:%|€|\$|£|h|uhr|km|kg|mm|cm|m|years?|days?|times?|x)(?![\p{L}])))`, 'u');
const ANCHOR = new RegExp(String.raw`(?<![\p{L}])(?:${LOCKS})(?![\p{L}])|${OPENS.source}`, 'giu');
/** A code before its lock: "C9404 for the back door", "4471# for the gate" (a capital before the digits, or a keypad's mark). */
const BEFORE_LOCK = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,:/+#*$€£-])([A-Z]\d{4,6}|\d{4,8}(?=[#*]))[#*]?[ \t]+(?:is[ \t]+)?(?:for|f[üu]r|pour|para|per|voor)[ \t]+(?:(?:the|my|our|a|die|den|das|la|le|el|il|de|het)[ \t]+)?(?:(?:back|front|side|rear|main|garden|yard|shed)[ \t]+)?(?:door|gate|garage|alarm|lockbox|key[ \t]?safe|locker|safe|t[üu]r|tor|porte|puerta|porta|deur|poort)(?![\p{L}])`,
  'gu',
);
/** Other numbers: a year, a room's or a flat's, a phone's; an alarm clock's time. */
const OTHER_BEFORE = /(?:\+[\d \t]*|[$€£¥#]|(?<![\p{L}])(?:in|since|until|from|year|room|suite|apt|flat|floor|unit|no|nr|number|model|version|tel|phone|at|for)[ \t.:]*)$/iu;
const CLOCK = /(?<![\p{L}])(?:wake|woke|morning|tomorrow|tonight|weekdays?|clock|o['’]clock|daily|set[ \t]+(?:the|my|an|your)?[ \t]*alarm|every|snooze|ring|rang|weckt?\p{L}*|réveil|despertador|sveglia)(?![\p{L}])/iu;
const YEAR = /^(?:19|20)\d\d$/;
/**
 * Words the door words' stems take in other languages (`OPENS`: Czech brána, Estonian uks, Yoruba ate…) that in English
 * name no door: a shop's branch, a brand, an entry in a list, a building's number, the front of a page.
 */
const NOT_A_DOOR = /^(?:branch\p{L}*|brand\p{L}*|bran|ate|oven|nor|tor|dua|dual|front|building|entry|entrance|lobby)$/iu;
/** A street address after the number: "2380 W. Southern Ave.", "12 Mill Lane". */
const STREET_AFTER = /^[ \t]+(?:[NSEW]\.|north|south|east|west|\p{Lu}\p{Ll}+[ \t]+(?:st|street|ave|avenue|rd|road|blvd|lane|ln|dr|drive|way|court|ct)\b)/iu;

/** A locker's word, in the languages `LOCKS` names lockers in. */
const LOCKER = /^(?:lockers?|taquilla|casier|spind|loker|шкафчик\p{L}*|사물함)$/iu;
/** A preposition of place right before the locker's word: the locker is where something is. */
const PLACE_BEFORE = /(?<![\p{L}])(?:in|into|inside|at|from|to|dans|en|im|in[ \t]+der|del|de[ \t]+la|na|в)[ \t]+$/iu;

/**
 * BZ's round: a parcel locker (a courier's or a shop's pickup machine, "parcel locker 9915", "Amazon locker 2231",
 * "Paketstation 118") is named by its number, printed on it and on every pickup notice; its one-time code comes by
 * text with a code word of its own.
 */
const PARCEL_BEFORE = /(?<![\p{L}])(?:parcel|package|pickup|pick-up|delivery|courier|amazon|inpost|dpd|dhl|ups|evri|paket|colis|paquete|pacco|pakket)[ \t-]*$/iu;

/** A place named right after a locker's number: the number says which locker stands there. */
const PLACE_AFTER = /^[ \t]+(?:at|in|on|by|near|beside|inside|next[ \t]+to|upstairs|downstairs)[ \t]+(?:the|a|our|my|your)(?![\p{L}])/iu;

const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;

function code(text: string, start: number, value: string, lockWord: string, joined = true): SecretSpan | null {
  const digits = value.replace(/^[A-Z]/, '');
  if (/^(\d)\1+$/.test(digits) || (value === digits && YEAR.test(digits))) return null;
  // A clock's time with its "am" or "pm" ("0930 am"); German's "am" after a code ("7731 am Tor") is "at the".
  if (HHMM.test(digits) && /^[ \t]?[ap]\.?m\.?(?![\p{L}])/iu.test(text.slice(start + value.length, start + value.length + 6))) return null;
  const around = text.slice(Math.max(0, start - 60), start + value.length + 60);
  // An alarm clock's time: "set the alarm 0630 tomorrow", "alarm 0545 on weekdays" (a time with no "is" or colon before it).
  if (/^alarm/i.test(lockWord) && value.length === 4 && (CLOCK.test(around) || (!joined && HHMM.test(value)))) return null;
  return { start, end: start + value.length, label: 'password' };
}

function findCodesByWhatTheyOpen(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d{4}/.test(text)) return spans;
  ANCHOR.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = ANCHOR.exec(text)); ) {
    const end = a.index + a[0].length;
    const rest = text.slice(end, end + 40);
    const lock = LOCK_WORD.test(a[0]);
    if (!lock && NOT_A_DOOR.test(a[0])) continue;
    const v = (lock ? AFTER_LOCK : AFTER_DOOR).exec(rest);
    if (!v) continue;
    const before = text.slice(Math.max(0, a.index - 40), a.index);
    if (NOT_THE_PASSWORD.test(rest.slice(0, v.index)) || /(?:postal|zip|post|area|bar|qr)[ \t-]*$/i.test(before)) continue;
    const value = v[1] ?? v[2]!;
    if (STREET_AFTER.test(rest.slice(v[0].length))) continue;
    const start = end + v[0].length - value.length;
    const joined = /\S/.test(rest.slice(0, v[0].length - value.length));
    // BQ's round: a locker's own number, the locker named by it with nothing between ("Parcel's in locker 532698 at
    // the station", "left it at locker 4471"): lockers are numbered, and the place is said so; its code takes a colon,
    // an "is" or a keypad's verb.
    // BS's round: or the place said after the number ("Locker 9067 at the station", "locker 4471 in the hall is ours").
    if (!joined && LOCKER.test(a[0]) && (PLACE_BEFORE.test(before) || PARCEL_BEFORE.test(before) || PLACE_AFTER.test(rest.slice(v[0].length)))) continue;
    const span = code(text, start, value, a[0], joined);
    if (span) spans.push(span);
  }
  BEFORE_LOCK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BEFORE_LOCK.exec(text)); ) {
    if (OTHER_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const span = code(text, m.index, m[1]!, 'door');
    if (span) spans.push(span);
  }
  return spans;
}

export const CODES_BY_WHAT_THEY_OPEN_FINDERS: readonly Finder[] = [{ name: 'codes-by-what-they-open', find: findCodesByWhatTheyOpen }];
