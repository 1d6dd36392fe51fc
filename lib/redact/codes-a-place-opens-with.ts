import { namesLockable } from './object-codes';
import type { Finder, SecretSpan } from './rules';

/**
 * BF's round: a code told by saying that a place opens with it, in the languages' own words, with no word for a code:
 * "la cart depot abre con 7422", "la goal frame store s'ouvre avec 84292", "a pumping room se otvara sas 627856",
 * "die veneer store gehd mid 567459 auf", "de quarantine room gaot lös mit 846830", "wig store inafunguka na 522612",
 * (BX's round) Catalan's and Aragonese's "s'obre amb 2741", "s'ubre con 6318", Italian's "si apre col 5093", Low
 * Saxon's "giet lös mit 7720",
 * and where the verb follows the number: Turkish "838952 ile açılır", Hindustani "1281 se khulta", Japanese
 * "4877で開く", Korean "14991(으)로 열리오", Chinese "用996834开"; Korean's "출입 번호" (entry number) too. Whatever opens
 * with a number is opened by a code: the number must end its clause (a count has its noun after it: "abre con 2000
 * puestos"), and a year or one digit repeated is left.
 */
const OPENS_WITH_BEFORE =
  /(?<![\p{L}])(?:(?:se|si)[ \t]+|s['’])?(?:abre|abri|abren|abrem|obre|obri|ubre|ouvre|arve|apre|verzi|otvara|otvori|inafunguka|hufunguka|inafunguliwa|ikunurwa|ifunguka|opens|unlocks)[ \t]+(?:con|col|cul|com|amb|avec|cun|sas|sa|na|kwa|with)[ \t]+(\d{4,8})(?=[ \t]*(?:[.,;!?)。，、\n]|$))|(?<![\p{L}])(?:geht|gehd|giht|giet|gaat|gaot|gaet)[ \t]+(?:(?:lös|los|open)[ \t]+)?(?:mit|mid|mat|met)[ \t]+(\d{4,8})(?=[ \t]*(?:[.,;!?)\n]|$|(?:auf|af|uff|open)(?![\p{L}])))/dgiu;
const OPENS_WITH_AFTER =
  /(?<![\p{N}.,:/-])(\d{4,8})(?:[ \t]+(?:ile|la|le)[ \t]+açıl\p{L}*|[ \t]+se[ \t]+khul\p{L}*|で(?:開|あ|ひら)|(?:\(으\))?으?로[ \t]*열)|用[ \t]*(\d{4,8})[ \t]*(?:打)?开|출입[ \t]*번호(?:는|은|가)?[ \t]*(\d{4,8})(?![\p{N}])/dgu;

const NOT_A_CODE = /^(?:19|20)\d\d$|^(\d)\1+$/;

/**
 * BP's round: a place said to be "on" a number, as a keypad's lock is left on its code: "the cold room opens on
 * 773042", "the gas compound is on 4197 now", "the sauna cabin is still on 4077", "left the stock room on 9979 for the
 * plumber" (`LEFT_ON`). The place is a room, a store, a door or another thing a keypad locks (`PLACE`, or what `namesLockable`
 * reads) within four words before; the number ends its clause. "Is on" needs "still" before it or "now" after it, or
 * the clause to speak of an old or changed code, as a room's or a reception's extension ("reception is on 2201") is
 * not said to change; a time of day is when it opens or was left, unless the clause speaks of the code. A word starts
 * only where no letter, apostrophe or hyphen is before it: inside "zee-a-a-a-…" every hyphen would start a word that
 * runs to the end, in time quadratic in its length.
 */
const PLACE =
  /(?<![\p{L}])(?:room|store|storeroom|stores|shed|cupboard|cabin|shutter|cage|compound|hut|barn|stable|cellar|basement|loft|attic|pantry|larder|warehouse|depot|workshop|studio|office|van|lorry|fridge|freezer|porch|entrance|annex|vault|hatch|yard|door|gate|garage|locker|safe|keypad|lock|padlock)(?![\p{L}])/iu;
const PLACE_ON =
  /(?<![\p{L}'’-])((?:[\p{L}'’-]+[ \t]+){1,4}?)(?:(opens?|unlocks?)[ \t]+|(is|are)[ \t]+(still[ \t]+|now[ \t]+)?)on[ \t]+(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d)([ \t]+(?:now|still|from[ \t]+now))?(?=[ \t]*(?:[.,;!?)—–\n]|[ \t]-[ \t]|[ \t]for[ \t]|$))/dgiu;
const LEFT_ON =
  /(?<![\p{L}])(?:left|kept)[ \t]+((?:[\p{L}'’-]+[ \t]+){1,4}?)on[ \t]+(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d)(?=[ \t]*(?:[.,;!?)—–\n]|[ \t]-[ \t]|[ \t]for[ \t]|$))/dgiu;
const CLAUSE_SAYS_CHANGED = /(?<![\p{L}])(?:old[ \t]+(?:code|one|number)|chang\p{L}*|reset|new[ \t]+code)(?![\p{L}])/iu;
const TIME_OF_DAY = /^(?:[01]\d|2[0-3])[0-5]\d$/;

function findPlacesOnANumber(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PLACE_ON.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PLACE_ON.exec(text)); ) {
    const value = m[5]!;
    if (NOT_A_CODE.test(value) || !(PLACE.test(m[1]!) || namesLockable(m[1]!))) continue;
    if (m[2] && TIME_OF_DAY.test(value)) continue;
    if (m[3]) {
      const end = m.index + m[0].length;
      const rest = text.slice(end, end + 80).split(/[.!?\n]/)[0]!;
      const changed = CLAUSE_SAYS_CHANGED.test(rest);
      if ((!m[4] && !m[6] && !changed) || (TIME_OF_DAY.test(value) && !changed)) continue;
    }
    const start = m.indices![5]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  LEFT_ON.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LEFT_ON.exec(text)); ) {
    const value = m[2]!;
    if (NOT_A_CODE.test(value) || TIME_OF_DAY.test(value) || !(PLACE.test(m[1]!) || namesLockable(m[1]!))) continue;
    const start = m.indices![2]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

/**
 * BX's round: a place a keypad locks said to be "now" or "still" a number, with no "on", or to need or take it ("the
 * kiln room is now 6170, don't prop it open", "bin store still 83104", "the meter cupboard needs 5821"): the number ends
 * its clause. Only rooms, stores, doors, gates,
 * lockers and safes, not a van or an office, whose "is now 4500" is a price or an extension; nor where the clause
 * speaks of money or size.
 */
const LOCKED_PLACE = /(?<![\p{L}])(?:room|storeroom|store|shed|cupboard|cabinet|cage|hut|barn|stable|cellar|pantry|larder|door|gate|garage|locker|safe|keypad|padlock|vault|hatch)(?![\p{L}])/iu;
const PLACE_NOW =
  /(?<![\p{L}'’-])((?:[\p{L}'’-]+[ \t]+){1,4}?)(?:is[ \t]+now|is[ \t]+still|still|now|needs|takes|wants)[ \t]+(\d{4,8})(?![\p{L}\p{N}_]|[.,:/-]\d)(?=[ \t]*(?:[.,;!?)"”—–\n]|[ \t]-[ \t]|$))/dgiu;
const MONEY_OR_SIZE =
  /[£$€¥₹]|(?<![\p{L}])(?:price|cost|costs|rent|fee)(?![\p{L}])|\d[ \t]*(?:sq|square|feet|ft|metres?|meters?|m2|m²|kg|miles?|km|people|seats?|members?|screws?|pieces?|units?)(?![\p{L}])/iu;

function findPlacesNowANumber(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PLACE_NOW.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PLACE_NOW.exec(text)); ) {
    const value = m[2]!;
    if (NOT_A_CODE.test(value) || TIME_OF_DAY.test(value) || !LOCKED_PLACE.test(m[1]!)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (MONEY_OR_SIZE.test(text.slice(Math.max(lineStart, m.index - 60), m.index + m[0].length + 40))) continue;
    const start = m.indices![2]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

function findCodesAPlaceOpensWith(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const rule of [OPENS_WITH_BEFORE, OPENS_WITH_AFTER]) {
    rule.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = rule.exec(text)); ) {
      const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
      const value = m[group]!;
      if (NOT_A_CODE.test(value)) continue;
      const start = m.indices![group]![0];
      spans.push({ start, end: start + value.length, label: 'password' });
    }
  }
  return [...spans, ...findPlacesOnANumber(text), ...findPlacesNowANumber(text)];
}

export const CODES_A_PLACE_OPENS_WITH_FINDERS: readonly Finder[] = [{ name: 'codes-a-place-opens-with', find: findCodesAPlaceOpensWith }];
