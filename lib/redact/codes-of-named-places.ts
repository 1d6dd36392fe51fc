import type { Finder, SecretSpan } from './rules';

/**
 * AZ's round: a code named only by the place it opens, in the two ways a note or a chat gives one after another.
 *
 * - "the bin store is 2960", "the hut 3 is 2146 btw", "the van lockbox is 2004", "the roller shutter is 07417": "the",
 *   up to two words, a lockable place's word (a door, a gate, a shed, a shutter, a lockbox, a hut, a cabin, a
 *   container, a store, a garage …) and its number, then "is" and four to eight digits that end the clause. A year is
 *   taken too: a gate is no date, and nothing follows the number. An office's, a room's or a studio's word takes five
 *   digits or more, as a room's number has fewer; an alarm's number with a clock's word around it is a time.
 * - A list of places and numbers under a lock's word: "Key safes: yard 5801; cabin 904412; container 3307", "padlock
 *   on the shed 40417, office 88210, back gate 505113": two items or more, split by commas or semicolons, each a few
 *   words and four to eight digits (a year among them is left).
 *
 * A number followed by a unit, a time's "am", more digits or a decimal is none of these; one digit repeated is left.
 */
const PLACES =
  String.raw`doors?|gates?|sheds?|shutters?|lock[ \t-]?box(?:es)?|padlocks?|lockers?|safes?|key[ \t-]?safes?|cages?|huts?|cabins?|containers?|stores?|storeroom|garages?|compound|alarm|barn|stables?|annexe?|boathouse|bunker|vault|pen|` +
  String.raw`offices?|rooms?|studios?|workshops?`;
const ROOMISH = /^(?:offices?|rooms?|studios?|workshops?)$/i;
const CLAUSE_END = String.raw`(?=[ \t]*(?:btw(?![\p{L}])|[.,;!)]|\n|$))(?![.,]\d)`;
const PLACE_IS = new RegExp(
  String.raw`(?<![\p{L}])the[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(${PLACES})(?:[ \t]+\d{1,3})?[ \t]+is[ \t]+(\d{4,8})${CLAUSE_END}`,
  'dgiu',
);
/**
 * BT's round: the same said more loosely, as a handover or a chat says it: a possessive ("our", "Jo's") or nothing
 * before the place (a clause's start: "Right, kitchen door's 3832", "Drug room is 1725"); the verb "'s", "wants" or
 * "takes" as well as "is" ("the lock-up's 2991 now", "The pool gate wants 886228"); and after the number "now" or
 * "again", or the thing it is keyed into ("the shed is 4284 on the little brass padlock", "Cab's 235417 on the
 * keypad"). More places: a lock-up, a cupboard, a cabinet, a keypad or a pad, a cab, a wheelhouse. Three digits only
 * for a padlock's places (a shed, a lock-up, a store, a cupboard, a cabinet, a hut, a cage, a barn), whose dials have
 * three; a door's, a gate's or a locker's three digits are where it stands.
 */
const MORE_PLACES = String.raw`${PLACES}|lock|lock[ \t-]?ups?|cupboards?|cabinets?|key[ \t-]?pad|pad|cab|wheelhouse|storerooms?|store[ \t]+rooms?`;
/**
 * Things a code is keyed into, whose number said with no verb ("(door 4292, same as last season)", "Front door 7771.",
 * "pouch lock 555)") or after a comma ("key safe, 2367", "has a new lock, 811") is the code: a door's or a gate's of
 * four digits or more, a keypad's, a lock's, a padlock's, a key safe's or a lock box's.
 */
const KEYED_WITHOUT_VERB = /^(?:doors?|gates?|key[ \t-]?pad|pad|lock|padlocks?|lock[ \t-]?box(?:es)?|key[ \t-]?safes?|safes?|lock[ \t-]?ups?)$/i;
const OTHER_KIND_BEFORE = /(?<![\p{L}])(?:product|serial|model|part|item|order|flight|platform|bus|passport|number|area|postal|zip)(?![\p{L}])/iu;

function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  return before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?;,:][ \t](?!.*[.!?;,:][ \t])/su)) + 1);
}

const THREE_DIGIT_PLACE = /^(?:sheds?|lock[ \t-]?ups?|stores?|storerooms?|store[ \t]+rooms?|cupboards?|cabinets?|huts?|cages?|barn|boathouse|padlocks?)$/i;
const PLACE_SAID = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:the|our|my|your|his|her|their|\p{Lu}\p{Ll}+['’]s)[ \t]+|(?<=^|\n|[.!?;:,—–][ \t]{1,3}|\([ \t]{0,3}))(?:[\p{L}-]+[ \t]+){0,2}?(${MORE_PLACES})((?:['’]s|[ \t]+(?:is|was|wants|takes)(?:[ \t]+now)?|,|[ \t]+has[ \t]+a[ \t]+(?:new[ \t]+)?lock(?:[ \t]+now)?,)?)[ \t]+(\d{3,8})` +
    String.raw`(?:(?=[ \t]*(?:now|again)?[ \t]*(?:[.,;!)—–]|\n|$))(?![.,]\d)|(?=[ \t]+on[ \t]+the[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:key[ \t-]?pad|pad|padlock|combination|panel|lock)(?![\p{L}])))`,
  'dgiu',
);

function placeSaid(text: string, spans: SecretSpan[]): void {
  PLACE_SAID.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PLACE_SAID.exec(text)); ) {
    const place = m[1]!;
    const joiner = m[2]!.trim();
    const digits = m[3]!;
    if (/^(\d)\1+$|^(?:19|20)\d\d$/.test(digits) || (ROOMISH.test(place) && digits.length < 5)) continue;
    // With no verb, or only a comma, the place must be a thing a code is keyed into ("barn door 5447,", "key safe,
    // 2367"): a room's, a store's or a cabin's number stands so too.
    if (ROOMISH.test(place)) continue;
    if (joiner === '' && !KEYED_WITHOUT_VERB.test(place)) continue;
    // A number of another kind named before the place in its clause ("the product code for the back gate 4471", "the
    // serial number on the rear gate 5821").
    if ((joiner === '' || joiner === ',') && OTHER_KIND_BEFORE.test(clauseBefore(text, m.index))) continue;
    if (joiner === ',' && !KEYED_WITHOUT_VERB.test(place)) continue;
    if (joiner === '' && digits.length === 3 && !/lock/i.test(place)) continue;
    if (digits.length === 3 && !THREE_DIGIT_PLACE.test(place) && !/lock$/i.test(place)) continue;
    if (/^alarm$/i.test(place) && HHMM.test(digits) && CLOCK.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60))) continue;
    const [start, end] = m.indices![3]!;
    spans.push({ start, end, label: 'password' });
  }
}

/**
 * BT's round: the number first, then where it is keyed in: "You'll want 3150 for the side entrance", "If you're first
 * in, 668833 on the panel by the coats", "522854 at the car park barrier", "It's 5419 for my bank card". A verb of
 * needing or keying ("want", "need", "use", "put", "enter", "punch", "type", "try", "it's") or a clause's start before
 * the number, then "for", "on" or "at", a determiner, up to three words and a thing a code is keyed into (a door, a
 * gate, an entrance, a barrier, a panel, a pad or a keypad, a padlock, a key safe, an alarm, a phone, a bank card). Four
 * to eight digits, not a time of day ("1930 at the gate" is when), not a year; a price has its currency before it.
 */
const KEYED_AT = String.raw`doors?|gates?|entrance|barrier|panel|key[ \t-]?pad|pad|padlock|lock|key[ \t-]?safe|lock[ \t-]?box|alarm|phone|(?:bank|debit|credit)[ \t]+card|card`;
const NUMBER_THEN_PLACE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:want|need|needs|use|put|enter|punch|type|tap|try|it['’]?s)[ \t]+|(?<=^|\n|[.!?;:,—–(][ \t]{1,3}))(\d{4,8})[ \t]+(?:for|on|at)[ \t]+(?:the|my|our|your|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:${KEYED_AT})(?![\p{L}])`,
  'dgiu',
);

function numberThenPlace(text: string, spans: SecretSpan[]): void {
  NUMBER_THEN_PLACE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBER_THEN_PLACE.exec(text)); ) {
    const digits = m[1]!;
    if (/^(\d)\1+$|^(?:19|20)\d\d$/.test(digits) || HHMM.test(digits)) continue;
    const [start, end] = m.indices![1]!;
    if (/[$€£¥]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
    spans.push({ start, end, label: 'password' });
  }
}

const LOCK_HEAD = /(?<![\p{L}])(?:key[ \t-]?safes?|keysafes?|padlocks?|lock[ \t-]?box(?:es)?|lockers?|(?:door|gate|lock|key[ \t-]?safe|padlock)[ \t]+codes)(?:[ \t]+on[ \t]+the)?[ \t]*:?[ \t]*/giu;
const ITEM = /([\p{L}][\p{L}'’ \t-]{0,24}?)[ \t]+(\d{4,8})(?![\p{L}\p{N}]|[.,:/-]\d)([ \t]*[,;][ \t]*)?/uy;
const CLOCK = /(?<![\p{L}])(?:wake|woke|morning|clock|o['’]clock|daily|snooze|ring|rang)(?![\p{L}])/iu;
const HHMM = /^(?:[01]\d|2[0-3])[0-5]\d$/;

function placeIs(text: string, spans: SecretSpan[]): void {
  PLACE_IS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PLACE_IS.exec(text)); ) {
    const place = m[1]!;
    const digits = m[2]!;
    if (/^(\d)\1+$/.test(digits) || (ROOMISH.test(place) && digits.length < 5)) continue;
    if (/^alarm$/i.test(place) && HHMM.test(digits) && CLOCK.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60))) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, label: 'password' });
  }
}

function listsUnderALock(text: string, spans: SecretSpan[]): void {
  LOCK_HEAD.lastIndex = 0;
  for (let h: RegExpExecArray | null; (h = LOCK_HEAD.exec(text)); ) {
    const items: [number, number][] = [];
    let at = h.index + h[0].length;
    for (;;) {
      ITEM.lastIndex = at;
      const m = ITEM.exec(text);
      if (!m || m[1]!.includes('\n')) break;
      const start = m.index + m[0].length - (m[3]?.length ?? 0) - m[2]!.length;
      items.push([start, start + m[2]!.length]);
      at = m.index + m[0].length;
      if (m[3] === undefined) break;
    }
    if (items.length < 2) continue;
    for (const [start, end] of items) if (!/^(\d)\1+$|^(?:19|20)\d\d$/.test(text.slice(start, end))) spans.push({ start, end, label: 'password' });
    LOCK_HEAD.lastIndex = Math.max(LOCK_HEAD.lastIndex, at);
  }
}

function findCodesOfNamedPlaces(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d{3}/.test(text)) return spans;
  placeIs(text, spans);
  placeSaid(text, spans);
  numberThenPlace(text, spans);
  listsUnderALock(text, spans);
  return spans;
}

/**
 * BU's round: a device's PIN said with what the device asks for, with no code's word: "the PS5 parental thing wants
 * 5650", "car radio wants 3933 after the battery change", "the panel wants 9694 to change it back", "she's set the
 * iPad to 2712 so …", "the garage opener takes 886959 then …". A device that locks (a tablet, a phone, a console, a
 * car radio, a panel, an opener) and "wants", "takes" or "set … to", then four to eight digits that end the clause
 * or lead to what is done next; not a year. A unit, a price's or a count's word after the number makes it another
 * number.
 */
const DEVICE = String.raw`(?:tablet|i?pad|phone|radio|panel|opener|console|ps[345]|xbox|kindle|telly|tv)`;
const DEVICE_WANTS = new RegExp(
  String.raw`(?<![\p{L}])(?:${DEVICE}(?:[ \t]+[\p{L}]{2,12}){0,2}?[ \t]+(?:wants|takes)|set[ \t]+(?:the|my|our|your|his|her|their)[ \t]+(?:[\p{L}]{2,12}[ \t]+)?${DEVICE}[ \t]+to)[ \t]+(\d{4,8})` +
    String.raw`(?=[ \t]*(?:[.,;!)—–]|\n|$)|[ \t]+(?:to|so|and|then|after|if|when|now|again)(?![\p{L}]))(?![.,]\d)`,
  'giu',
);

function devicesThatWantANumber(text: string, spans: SecretSpan[]): void {
  DEVICE_WANTS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = DEVICE_WANTS.exec(text)); ) {
    const value = m[1]!;
    if (/^(\d)\1+$|^(?:19|20)\d\d$/.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
}

function findDevicesThatWantANumber(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  devicesThatWantANumber(text, spans);
  return spans;
}

export const CODES_OF_NAMED_PLACES_FINDERS: readonly Finder[] = [
  { name: 'codes-of-named-places', find: findCodesOfNamedPlaces, trigger: /\d\d\d/ },
  { name: 'devices-that-want-a-number', find: findDevicesThatWantANumber, trigger: /wants|takes|set/i },
];
