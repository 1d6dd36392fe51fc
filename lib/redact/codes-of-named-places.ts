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
  if (!/\d{4}/.test(text)) return spans;
  placeIs(text, spans);
  listsUnderALock(text, spans);
  return spans;
}

export const CODES_OF_NAMED_PLACES_FINDERS: readonly Finder[] = [{ name: 'codes-of-named-places', find: findCodesOfNamedPlaces, trigger: /\d\d\d\d/ }];
