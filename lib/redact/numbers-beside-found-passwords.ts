import { CODE_PLACE } from './passwords-in-found-lists';
import type { SecretSpan } from './rules';

/**
 * BH's round: the other number in a found password's message. A handover that gives a login gives the codes of the
 * places it covers in the same few lines, in whatever words its writer uses ("the projection booth is 57983 now",
 * "The gas cylinder cage? 7712.", "expect a code of 5772", "yieldeth unto 1533", "it's 44637 on the keypad", "the
 * drum store only opened for 718339", a list's "- feed store 8919"). The phrasings are endless; the layout is not: on
 * the found password's line or the lines right around it (one paragraph), a number of four to six digits standing
 * alone, in a sentence that names a place a code opens (a store, a shed, a booth, a cage …) or a code, a keypad or a
 * combination before it with no other number between, is a code; unless a word right before it names another kind
 * of number (an order, a ticket, a phone, a room's, a port, a version …) or a time, or a unit or a currency follows
 * it, or it is a year or one digit repeated.
 * BI's round: "to" before the number is a code's as often ("the parts loft changed to 3109", "doth to 5220 turn"):
 * only "up to", "rose to" and their kin make it a count's or an amount's.
 */
const MORE_PLACES =
  /(?<![\p{L}])(?:booth|kiosk|hall|silo|pit|drawer|trailer|dock|loft|pen|freezer|fridge|studio|yard|depot|warehouse|lobby|hangar|pontoon|corral|strongroom|code|codes|keypad|combination|combo)(?![\p{L}])/giu;
/** A word between the place and the number that makes it the place's other number: "room number is", "hall capacity is". */
const ANOTHER_NUMBER_BETWEEN =
  /(?<![\p{L}])(?:number|no|nr|num|capacity|count|size|total|limit|max|min|year|since|floor|ext|extension|phone|tel|cost|price|fee|area|seats?|places|spaces|opened|built)(?![\p{L}])/iu;
/** Where the number's sentence opens: a stop, a line's start (a question mark does not end it: "The cage? 7712."). */
const SENTENCE_START = /[.;!\n](?=[^.;!\n]*$)/;
const NUMBER = /(?<![\p{L}\p{N}_#$€£¥+.,:/@\\"'-])(\d{4,6})(?![\p{L}\p{N}_%"']|[.,:/-]\d|[ \t]\d)/gu;
/** A command's option, or a code in capitals (a container's, a part's), right before the number: its value. */
const OPTION_OR_CODE_BEFORE = /(?:(?<![\w-])--?[A-Za-z][\w-]*[ \t=]|(?<![\p{L}])\p{Lu}{2,}[ \t])$/u;
const NAMES_ANOTHER_NUMBER =
  /(?<![\p{L}])(?:order|invoice|ticket|ref(?:erence)?|phone|tel|mobile|cell|call|fax|room|floor|flat|apt|suite|unit|version|build|release|v|po|acct|account|member(?:ship)?|customer|case|claim|policy|booking|reservation|tracking|serial|ext(?:ension)?|zip|post(?:al)?[ \t]*code|postcode|route|bus|flight|platform|stardate|id|no|number|nr|num|item|sku|part|issue|pr|bug|port|line|page|step|table|row|seat|batch|lot|job|run|year|since|in|by|from|until|till|before|after|at|about|around|approx|over|under|than|(?:up|down|close|near(?:ly)?|almost|rose|fell|grew|increased|decreased|went)[ \t]+to|of|x|pid|uid|gid|errno|error|code[ \t]+error|status|http|vlan|channel|ch|model|type|rev|revision|chapter|section|para|clause|article|week|wk|day|quarter|q[1-4]|fy|iso|en|din|ean|upc|isbn|imei|mac|ip|opt|pin)[ \t:#.]*$/iu;
const UNIT_AFTER =
  /^[ \t]*(?:[%€$£¥]|(?:am|pm|h|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?|months?|years?|yrs?|km|kg|g|m|mm|cm|ml|l|kwh|kw|v|w|mb|gb|tb|px|items?|units?|pcs|pieces|people|pax|visitors|guests|staff|words|pages|copies|rows|eur|usd|gbp|chf|dollars|euros|pounds|quid|bucks|rs|rupees|times|x|rpm|°|degrees|calories|kcal|steps|points|pts|miles|feet|ft|sq|litres|liters|tonnes|tons|bottles|jars|boxes|kilos)(?![\p{L}]))/iu;
/**
 * BK's round: a place named by any words at all, as the subject of its clause, then "is", "'s", "that's", "=" or
 * "changed to" right before the number ("The stone floor is 1523 now.", "the sacristy is 5682.", "The coal bunker,
 * that's 296645 now"): a handover names its places in its own words, which no list holds; the clause's shape (a
 * subject of one to four words with no digit, the verb, the number ending the clause) says what the number is. Prose's
 * verbs only: a config's `port = 3306` or `uid=1000` beside a password is a setting.
 */
const SUBJECT_THEN_IS =
  /(?:^|[,;:(]|(?<![\p{L}])(?:and|but|so|also|then|plus))[ \t]*(?:(?:the|our|my|your|a)[ \t]+)?(?:[\p{L}'’-]{2,20}[ \t]+){0,3}[\p{L}'’-]{3,20}[ \t]*(?:,[ \t]*(?:that['’]s|it['’]s)|[ \t]is(?:[ \t]+now)?|['’]s|(?:has[ \t]+)?(?:changed|change)[ \t]+to|now[ \t]+is)[ \t]*$/iu;
/**
 * A subject that is a measure, an amount or another thing's number, not a place: its number is a reading or an id
 * ("my score is 4821 now", "your bib is 4521", "the id field is 3062").
 */
const MEASURE_SUBJECT =
  /(?<![\p{L}])(?:id|ids|bib|ticket|order|invoice|ref|reference|room|seat|table|gate|flight|platform|bus|route|train|phone|mobile|tel|fax|extension|ext|port|field|version|build|year|age|size|page|chapter|step|row|line|account|member|customer|case|claim|policy|booking|tracking|serial|zip|postcode|model|batch|lot|job|issue|bug|score|scores|balance|temp\p{L}*|weight|height|length|width|distance|budget|salary|wage|rent|bill|amount|sum|speed|mileage|odometer|reading|level|rate|fare|deposit|pressure|population|attendance|record|best|target|goal|quota|stock|points|value|number|count|total)(?![\p{L}])/iu;
/** The number ends its clause: a stop, a comma, a bracket, the line's end, or "now" and then one of them. */
const CLAUSE_ENDS = /^(?:[ \t]+now)?(?:[ \t]*(?:[.,;!)]|$)|[ \t]+(?:and|so|but|ok|okay)(?![\p{L}]))/iu;
const MAX_FOUND = 100;
const MAX_LINE = 400;

const CODE_PLACE_ALL = new RegExp(CODE_PLACE.source, 'giu');

/** Where the last place's or code's word in `sentence` ends; -1 if none. */
function lastPlace(sentence: string): number {
  let end = -1;
  for (const g of [CODE_PLACE_ALL, MORE_PLACES]) {
    g.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = g.exec(sentence)); ) end = Math.max(end, m.index + m[0].length);
  }
  return end;
}

export function findNumbersBesideFoundPasswords(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const read = new Set<number>();
  let budget = MAX_FOUND;
  for (const found of kept) {
    if (found.label !== 'password') continue;
    if (--budget < 0) break;
    const own = text.lastIndexOf('\n', found.start - 1) + 1;
    const starts = [own];
    const before = own > 0 ? text.lastIndexOf('\n', own - 2) + 1 : -1;
    if (before >= 0 && text.slice(before, own).trim() !== '') starts.push(before);
    const ownEnd = text.indexOf('\n', own);
    if (ownEnd >= 0) {
      const nextEnd = text.indexOf('\n', ownEnd + 1);
      if (text.slice(ownEnd + 1, nextEnd < 0 ? text.length : nextEnd).trim() !== '') starts.push(ownEnd + 1);
    }
    for (const start of starts) {
      if (read.has(start)) continue;
      read.add(start);
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end - start > MAX_LINE) continue;
      const line = text.slice(start, end);
      NUMBER.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = NUMBER.exec(line)); ) {
        const value = m[1]!;
        if (/^(?:19|20)\d\d$|^(\d)\1+$/.test(value)) continue;
        if (NAMES_ANOTHER_NUMBER.test(line.slice(Math.max(0, m.index - 30), m.index)) || OPTION_OR_CODE_BEFORE.test(line.slice(Math.max(0, m.index - 30), m.index))) continue;
        const lead = line.slice(0, m.index);
        const sentence = lead.slice((SENTENCE_START.exec(lead)?.index ?? -1) + 1);
        let place = lastPlace(sentence);
        if (place < 0 && SUBJECT_THEN_IS.test(sentence) && !ANOTHER_NUMBER_BETWEEN.test(sentence) && !MEASURE_SUBJECT.test(sentence) && CLAUSE_ENDS.test(line.slice(m.index + value.length, m.index + value.length + 12))) place = sentence.length;
        if (place < 0 || /\d/.test(sentence.slice(place)) || ANOTHER_NUMBER_BETWEEN.test(sentence.slice(place))) continue;
        if (UNIT_AFTER.test(line.slice(m.index + value.length, m.index + value.length + 12))) continue;
        const at = start + m.index;
        if (taken.subarray(at, at + value.length).some((t) => t !== 0)) continue;
        taken.fill(1, at, at + value.length);
        spans.push({ start: at, end: at + value.length, label: 'password' });
      }
    }
  }
  return spans;
}
