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
 * BM's round: the code's word in other languages and scripts too ("Код дари 70074", "کد در انبار هم 39494", "Su
 * còdighe de sa janna est 471434"), as a handover written in one gives the door's code after the password.
 * BI's round: "to" before the number is a code's as often ("the parts loft changed to 3109", "doth to 5220 turn"):
 * only "up to", "rose to" and their kin make it a count's or an amount's.
 */
const MORE_PLACES =
  /(?<![\p{L}])(?:booth|kiosk|hall|silo|pit|drawer|trailer|dock|loft|pen|freezer|fridge|studio|yard|depot|warehouse|lobby|hangar|pontoon|corral|strongroom|code|codes|keypad|combination|combo|digicode|c[oóòô]dig\p{L}{0,3}|c[oóòô]dic\p{L}{0,2}|k[oóô]d(?:u|i|a|e|en|et|un)?|код\p{L}{0,3}|کد|کود|كود|קוד|코드|コード|รหัส|puerta|port[óo]n|candao|candado|verja|cancello|portone|lucchetto|t[üu]r|tor|kl[ji]u[čc]avnic\p{L}*|vrata|(?:لل|ال)?خزن\p{L}*|الرقم[ \t]+السري)(?![\p{L}])/giu;
// BN's round: a door's, a gate's, a lock's and a safe's words in the languages a handover is written in beside its
// password (Spanish, Italian, German, Slovenian, Arabic's safe and "secret number": "y el candao del huerto 5149",
// "cancello 9548", "ključavnica 5865", "الرقم السري للخزنة 97159").
/** A word between the place and the number that makes it the place's other number: "room number is", "hall capacity is". */
const ANOTHER_NUMBER_BETWEEN =
  /(?<![\p{L}])(?:number|no|nr|num|capacity|count|size|total|limit|max|min|year|since|floor|ext|extension|phone|tel|cost|price|fee|area|seats?|places|spaces|opened|built)(?![\p{L}])/iu;
/** Where the number's sentence opens: a stop, a line's start (a question mark does not end it: "The cage? 7712."). */
const SENTENCE_START = /[.;!\n](?=[^.;!\n]*$)/;
const LEADER = /\.{2,}|…/g;
const DEFAULT_AFTER = /^[ \t]*[(,-]?[ \t]*(?:default|factory|standard|example|e\.g\.)(?![\p{L}])/iu;
const NUMBER = /(?<![\p{L}\p{N}_#$€£¥+.,:/@\\"'-])(\d{4,6})(?![\p{L}\p{N}_%"']|[.,:/-]\d|[ \t]\d)/gu;
/** A command's option, or a code in capitals (a container's, a part's), right before the number: its value. */
const OPTION_OR_CODE_BEFORE = /(?:(?<![\w-])--?[A-Za-z][\w-]*[ \t=]|(?<![\p{L}])\p{Lu}{2,}[ \t])$/u;
const NAMES_ANOTHER_NUMBER =
  /(?<![\p{L}])(?:order|invoice|ticket|ref(?:erence)?|phone|tel|mobile|cell|call|fax|(?:(?<![\p{L}][ \t-])|(?<=(?:^|[^\p{L}])(?:hotel|motel|meeting|class|conference|hospital|dorm|exam|guest|my|your|our|his|her|their|its|the|a|an|this|that|which|what|same|next|escape|zoom|court|ward|chat|and|or|but|in|at|on|of|to|for|from|with|by|per|then|plus|also|is|was|no|number)[ \t-]))room|floor|flat|apt|suite|unit|version|build|release|v|po|acct|account|member(?:ship)?|customer|case|claim|policy|booking|reservation|tracking|serial|ext(?:ension)?|zip|post(?:al)?[ \t]*code|postcode|route|bus|flight|platform|stardate|id|no|number|nr|num|item|sku|part|issue|pr|bug|port|line|page|step|table|row|seat|batch|lot|job|run|year|since|in|by|from|until|till|before|after|at|about|around|approx|over|under|than|(?:up|down|close|near(?:ly)?|almost|rose|fell|grew|increased|decreased|went)[ \t]+to|of|x|pid|uid|gid|errno|error|code[ \t]+error|status|http|vlan|channel|ch|model|type|rev|revision|chapter|section|para|clause|article|week|wk|day|quarter|q[1-4]|fy|iso|en|din|ean|upc|isbn|imei|mac|ip|opt|pin)[ \t:#.]*$/iu;
const UNIT_AFTER =
  /^[ \t]*(?:[%€$£¥]|(?:am|pm|h|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?|months?|years?|yrs?|km|kg|g|m|mm|cm|ml|l|kwh|kw|v|w|mb|gb|tb|px|items?|units?|pcs|pieces|people|pax|visitors|guests|staff|words|pages|copies|rows|eur|usd|gbp|chf|dollars|euros|pounds|quid|bucks|rs|rupees|times|x|rpm|°|degrees|calories|kcal|steps|points|pts|miles|feet|ft|sq|litres|liters|tonnes|tons|bottles|jars|boxes|kilos)(?![\p{L}]))/iu;
/**
 * BK's round: a place named by any words at all, as the subject of its clause, then "is", "'s", "that's", "=" or
 * "changed to" right before the number ("The stone floor is 1523 now.", "the sacristy is 5682.", "The coal bunker,
 * that's 296645 now"): a handover names its places in its own words, which no list holds; the clause's shape (a
 * subject of one to four words with no digit, the verb, the number ending the clause) says what the number is. Prose's
 * verbs only: a config's `port = 3306` or `uid=1000` beside a password is a setting.
 * BM's round: the verbs a lock is said to ask with ("the loft takes 4417", "the cage still 9931", "the hatch one
 * 208811"), a note's colon or leader dots ("tool cage ......... 974800", "cellar: 9231"), and the number in brackets
 * after its place ("I'll see to the loft (820683)"). A room is a place a code opens where a word before it says
 * which ("the pump room is 6621", "kit room: 58462"); a room's own number is the room's alone, after a small word, or a
 * hotel's, a meeting's, a class's ("room 4012", "and room 1204", "my room is 4012", "hotel room 4012").
 */
// BR's round: a list's bullet may open the clause ("- hold store is 1935, …").
const SUBJECT_THEN_IS =
  /(?:^[ \t]*(?:[-*•–][ \t]+)?|[,;:(]|(?<![\p{L}])(?:and|but|so|also|then|plus))[ \t]*(?:(?:the|our|my|your|a)[ \t]+)?(?:[\p{L}'’-]{2,20}[ \t]+){0,3}[\p{L}'’-]{3,20}[ \t]*(?:,[ \t]*(?:that['’]s|it['’]s)|[ \t]is(?:[ \t]+(?:now|still))?|['’]s|(?:has[ \t]+)?(?:changed|change)[ \t]+to|now[ \t]+is|[ \t](?:takes|wants|needs|opens(?:[ \t]+(?:on|with))?|still|one)|[ \t]*(?::|\.{3,}|…)|[ \t]+\()[ \t]*$/iu;
/**
 * A subject that is a measure, an amount or another thing's number, not a place: its number is a reading or an id
 * ("my score is 4821 now", "your bib is 4521", "the id field is 3062").
 */
const MEASURE_SUBJECT =
  /(?<![\p{L}])(?:id|ids|bib|ticket|order|invoice|ref|reference|(?:(?<![\p{L}][ \t-])|(?<=(?:^|[^\p{L}])(?:hotel|motel|meeting|class|conference|hospital|dorm|exam|guest|my|your|our|his|her|their|its|the|a|an|this|that|which|what|same|next|escape|zoom|court|ward|chat|and|or|but|in|at|on|of|to|for|from|with|by|per|then|plus|also|is|was|no|number)[ \t-]))room|seat|table|gate|flight|platform|bus|route|train|phone|mobile|tel|fax|extension|ext|port|field|version|build|year|age|size|page|chapter|step|row|line|account|member|customer|case|claim|policy|booking|tracking|serial|zip|postcode|model|batch|lot|job|issue|bug|score|scores|balance|temp\p{L}*|weight|height|length|width|distance|budget|salary|wage|rent|bill|amount|sum|speed|mileage|odometer|reading|level|rate|fare|deposit|pressure|population|attendance|record|best|target|goal|quota|stock|points|value|number|count|total)(?![\p{L}])/iu;
/**
 * The number ends its clause: a stop, a comma, a bracket, the line's end, or "now" and then one of them. BR's round: or
 * the time it holds for ("Office is 16457 this month.", "… for now", "… today"), as a code changed on a schedule is given.
 */
const CLAUSE_ENDS = /^(?:[ \t]+(?:now|this[ \t]+(?:month|week|term|season|time)|for[ \t]+now|today|tonight))?(?:[ \t]*(?:[.,;!)(?]|$)|[ \t]+(?:and|so|but|ok|okay|works|worked)(?![\p{L}]))/iu;
/**
 * BM's round: the number first, then the place it opens after "for", "at" or "on" ("4417 for the loft", "52190 at the
 * pump shed, wait for the green", "208811 on the grey box by the hatch"), as a handover lists its codes: a clause of
 * its own, the number opening it (the line's or the sentence's start, a comma, "and", "then"), so that a price or a
 * count in prose ("we paid 4417 for the loft", "about 300 at the fair") keeps its verb before it. A room named so
 * ("for the drying room") is the room a code opens: a room's own number stands after the word.
 */
// BN's round: "with" opens such a clause too ("…, with 1154 at the alpaca barn later"), and the number may be followed
// by what it does to the place ("788299 gets you through the mews", "4417 opens the kiln yard", "… lets you into …").
const OPENS_ITS_CLAUSE = /(?:^|[.;:!?,\n]|(?<![\p{L}])(?:and|then|want|need|use|try|with))[ \t]*$/iu;
const FOR_A_PLACE_AFTER =
  /^[ \t]+(?:for|at|on|gets[ \t]+you[ \t]+(?:through|into|in(?:to)?)|opens|unlocks|lets[ \t]+you[ \t]+(?:in(?:to)?|through))[ \t]+(?:the|my|our|your)[ \t]+((?:[\p{L}'’-]+[ \t]*){1,6})/iu;
const NOT_A_PLACE_AFTER = /(?<![\p{L}])(?:weekend|day|days|night|morning|afternoon|evening|end|start|moment|time|minute|hour|week|month|year|dot|list|price|bill|order|invoice|form|page|line|phone|website|site|web|internet|menu|ticket|account|table|seat|flight|bus|train|score|total|bid|raffle|draw)(?![\p{L}])/iu;
const OWN_ROOM = /(?<![\p{L}])(?:hotel|motel|meeting|class|conference|hospital|dorm|exam|guest|my|your|our|his|her|their)[ \t-]+room$/iu;
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

/** `lead` (the line's text from `at`) with every found value in it written as letters, its length kept. */
function withFoundAsWords(lead: string, at: number, kept: readonly SecretSpan[]): string {
  let out = lead;
  for (const k of kept) {
    const a = Math.max(k.start - at, 0);
    const b = Math.min(k.end - at, lead.length);
    if (a < b) out = out.slice(0, a) + 'x'.repeat(b - a) + out.slice(b);
  }
  return out;
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
      const inLine = kept.filter((k) => k.end > start && k.start < end);
      NUMBER.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = NUMBER.exec(line)); ) {
        const value = m[1]!;
        if (/^(?:19|20)\d\d$|^(\d)\1+$/.test(value)) continue;
        if (NAMES_ANOTHER_NUMBER.test(line.slice(Math.max(0, m.index - 30), m.index)) || OPTION_OR_CODE_BEFORE.test(line.slice(Math.max(0, m.index - 30), m.index))) continue;
        // BM's round: a found password's own digits between the place's word and the number ("the workshop laptop takes
        // Kettle487heron?4 and the lock-up is 2675") are no other number: the lead reads it as a word.
        const lead = withFoundAsWords(line.slice(0, m.index), start, inLine);
        // A later argument of a call, after a comma inside its open bracket (`connect(host, "user", "…", "db", 3306)`):
        // a port's or a flag's number, the password's own argument before it.
        if (/\([^()\n]*,[ \t]*$/.test(lead)) continue;
        // A note's leader dots ("tool cage ......... 974800") and an ellipsis end no sentence.
        const sentence = lead.slice((SENTENCE_START.exec(lead.replace(LEADER, (r) => ' '.repeat(r.length)))?.index ?? -1) + 1);
        let place = lastPlace(sentence);
        // A room that is someone's or a hotel's, a meeting's, a class's ("my room is 4012", "hotel room 4012") has its own
        // number, not a code: the room a code opens is named by what it is ("the pump room").
        if (place >= 0 && OWN_ROOM.test(sentence.slice(0, place))) place = -1;
        const after = FOR_A_PLACE_AFTER.exec(line.slice(m.index + value.length));
        if (place < 0 && after && OPENS_ITS_CLAUSE.test(lead) && !NOT_A_PLACE_AFTER.test(after[1]!)) place = sentence.length;
        // The measure's word is looked for in the clause's subject only (BM's round): "the stock tablet is … and the shed
        // takes 4417" names a stock in another clause.
        const subject = place < 0 ? SUBJECT_THEN_IS.exec(sentence)?.[0] : undefined;
        if (subject !== undefined && !ANOTHER_NUMBER_BETWEEN.test(sentence) && !MEASURE_SUBJECT.test(subject) && CLAUSE_ENDS.test(line.slice(m.index + value.length, m.index + value.length + 12))) place = sentence.length;
        if (place < 0 || /\d/.test(sentence.slice(place)) || ANOTHER_NUMBER_BETWEEN.test(sentence.slice(place))) continue;
        if (UNIT_AFTER.test(line.slice(m.index + value.length, m.index + value.length + 12))) continue;
        // BM's round: a number its note calls a default or an example ("printer: 1234 (default)") is the maker's, not a
        // code anyone set.
        if (DEFAULT_AFTER.test(line.slice(m.index + value.length, m.index + value.length + 16))) continue;
        const at = start + m.index;
        if (taken.subarray(at, at + value.length).some((t) => t !== 0)) continue;
        taken.fill(1, at, at + value.length);
        spans.push({ start: at, end: at + value.length, label: 'password' });
      }
    }
  }
  return spans;
}
