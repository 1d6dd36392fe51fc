import type { Finder, SecretSpan } from './rules';

/**
 * BA's round: a code given as the answer to a question that names a lock, on the next line or turn of a chat or a call
 * transcript ("[00:03:20] Oskar: got it. And the padlock on the chiller 2?" then "[00:03:24] Zofia: same as the old
 * one, 5483."). The answer must hold one number only, of four to eight digits, and not a year: a question about a
 * padlock, a keypad, a lock box, a key safe, a combination or an alarm code is answered with its code.
 */
const QUESTION_THEN_ANSWER =
  /(?<![\p{L}])(?:pad[ \t]?lock|key[ \t]?pad|lock[ \t]?box|key[ \t]?safe|key[ \t]?box|combo|combination|alarm[ \t]+code|door[ \t]+code|gate[ \t]+code)(?![\p{L}])[^?\n]{0,60}\?[ \t]*\r?\n(?:\[[\d:]{5,8}\][ \t]*)?(?:[\p{L}][\p{L} .'-]{0,30}:[ \t]*)?([^\d\n]{0,40}?)(?<![\p{N}])(\d{4,8})(?![\p{N}])[^\d\n]{0,40}$/dgmu;

/** A question about something else of the lock (its model, its price, its age, how many digits), answered by that. */
const OTHER_QUESTION = /(?<![\p{L}])(?:model|serial|brand|make|battery|batteries|price|cost|size|digits|how[ \t]+(?:many|much|long|old)|when|year|number)(?![\p{L}])/iu;
/** A number with a unit or a kind after it: "the 4410 series", "4410 mm", "1200 euros". */
const OTHER_ANSWER = /^[ \t]*(?:series|model|digits?|mm|cm|m|kg|g|lbs?|pounds?|euros?|dollars?|quid|bucks|[€$£%])(?![\p{L}])/iu;

/**
 * BQ's round: a turn that says its writer is stuck at a door or a lock ("I'm outside the back store, it's not
 * opening", "locked out of the shed", "can't get in"; being outside alone is not enough) answered by a turn that is one number and nothing else: the code
 * that lets them in. The whole answer must be the number (four to eight digits, not a year), as "got it" follows;
 * BR's round: or the number after "try", "use" or "it's" ("it won't open" answered "try 6495").
 */
const STUCK_THEN_NUMBER =
  /(?<![\p{L}])(?:locked[ \t]+out|can['’]?t[ \t]+get[ \t]+in|cannot[ \t]+get[ \t]+in|won['’]?t[ \t]+open|not[ \t]+opening|doesn['’]?t[ \t]+open|stuck[ \t]+(?:at|outside))(?![\p{L}])[^\n]{0,60}\r?\n(?:\[[\d:]{4,8}\][ \t]*)?(?:[\p{L}][\p{L} .'()-]{0,30}:[ \t]*)?(?:(?:try|use|it['’]?s|type|enter|punch[ \t]+in|put[ \t]+in)[ \t]+)?(\d{4,8})[ \t]*[.!]?[ \t]*$/dgmu;

/**
 * BR's round: "what's the shed again" answered by a turn that is one number alone: the code, asked for again by what it
 * opens. A question that names another kind of number (a room's, a phone's, a bus's, a date, a score) is answered by
 * that number.
 */
const ASKED_AGAIN_THEN_NUMBER =
  /(?<![\p{L}])what['’]?s[ \t]+the[ \t]+(\p{L}[\p{L}\p{N} '’-]{0,40}?)[ \t]+again(?![\p{L}])[^\n]{0,20}\r?\n(?:\[[\d:]{4,8}\][ \t]*)?(?:[\p{L}][\p{L} .'()-]{0,30}:[ \t]*)?(\d{4,8})[ \t]*[.!]?[ \t]*$/dgmu;
const OTHER_NUMBER_ASKED =
  /(?<![\p{L}])(?:room|flat|apartment|house|(?:phone|mobile)(?![ \t]+(?:pin|code|passcode|lock))|number|extension|ext|bus|train|flight|platform|table|seat|order|ticket|invoice|date|time|year|post[ \t]?code|zip|address|score|price|cost|total|bill|pin[ \t]+pad|model|serial|version|reg|plate)(?![\p{L}])/iu;

/**
 * BS's round: a chat's turn that asks for what opens a door or a lock, or says it will not open, answered by the next
 * turn opening with one number: "what's the garage" / "which one is the shed" / "which code for the school gate" /
 * "gate?" / "safe in the caravan?" / "the laptop wants a pin" / "Dad has forgotten the bank app code" / "the door won't
 * go" / "I can't get into the hallway", then "7009", "4571. the lock sticks", "tell him 503525", "3863, they changed
 * it"; BT's round: "who knows the kayak hire lockbox", "does anyone know the safe in the office", "can't remember the
 * combo on the suitcase", "can't get the gate open", answered "4022", "7173, but only for the float", "put in 442261
 * and hit off"; a phone's PIN asked ("what's your phone pin?") is a PIN, not a phone's number. The number must end its clause (a stop, a comma or the line's end: "1900 at the pub" is a time), and a
 * question that names another kind of number (`OTHER_NUMBER_ASKED`: a room's, a phone's, a price) is answered by that.
 */
const LOCK = String.raw`(?:front[ \t]+door|back[ \t]+door|side[ \t]+door|door|gate|garage|shed|store|cupboard|hatch|shutter|cellar|pad[ \t]?lock|lock|lockup|lock[ \t]?box|key[ \t]?safe|key[ \t]?box|safe|locker|cage|keypad|combo|combination|alarm|code|pin|passcode)`;
const ASKED_THEN_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:what['’]?s|whats|what[ \t]+is|which)(?![\p{L}])[^\n?]{0,40}?(?<![\p{L}])${LOCK}|${LOCK}[^\n?]{0,30}\?|(?:wants|asks[ \t]+for|asking[ \t]+for)[ \t]+(?:a|the|my|your)[ \t]+(?:pin|code|passcode)|(?:forgot(?:ten)?|lost)[ \t]+(?:the|my|his|her|our)[ \t]+[^\n]{0,30}?(?:code|pin|passcode)|(?:door|gate|lock|padlock|keypad|safe)[^\n]{0,20}?(?:won['’]?t|wont|doesn['’]?t|didn['’]?t)[ \t]+(?:go|open|budge|work)|can['’]?t[ \t]+get[ \t]+(?:in|into)|(?:who|anyone|does[ \t]+anyone|do[ \t]+you)[ \t]+(?:knows?|remembers?|has|have|got)[ \t]+(?:the|our|your|his|her|their)[^\n?]{0,30}?(?<![\p{L}])${LOCK}|can['’]?t[ \t]+(?:remember|get|open|find)[ \t]+(?:the|our|my|your|his|her|their)[^\n?]{0,30}?(?<![\p{L}])${LOCK})(?![\p{L}])[^\n]{0,60}\r?\n(?:\[[\d:]{4,8}\][ \t]*)?(?:[\p{L}][\p{L} .'()-]{0,30}:[ \t]*)?(?:(?:try|use|it['’]?s|tell[ \t]+(?:him|her|them)|type|enter|put(?:[ \t]+in)?)[ \t]+)?(\d{4,8})(?=[ \t]*(?:[.!,]|\r?$|[ \t](?:and|but)[ \t]))`,
  'dgimu',
);

function findCodesAnsweringALockQuestion(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ASKED_THEN_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ASKED_THEN_NUMBER.exec(text)); ) {
    const question = m[0].slice(0, m[0].indexOf('\n'));
    if (OTHER_NUMBER_ASKED.test(question) || /^(?:19|20)\d\d$/.test(m[1]!) || /^(\d)\1+$/.test(m[1]!)) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, label: 'password' });
  }
  STUCK_THEN_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = STUCK_THEN_NUMBER.exec(text)); ) {
    if (/^(?:19|20)\d\d$/.test(m[1]!) || /^(\d)\1+$/.test(m[1]!)) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, label: 'password' });
  }
  ASKED_AGAIN_THEN_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ASKED_AGAIN_THEN_NUMBER.exec(text)); ) {
    if (OTHER_NUMBER_ASKED.test(m[1]!) || /^(?:19|20)\d\d$/.test(m[2]!) || /^(\d)\1+$/.test(m[2]!)) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, label: 'password' });
  }
  QUESTION_THEN_ANSWER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = QUESTION_THEN_ANSWER.exec(text)); ) {
    if (/^(?:19|20)\d\d$/.test(m[2]!) || OTHER_QUESTION.test(m[0].slice(0, m[0].indexOf('?'))) || OTHER_ANSWER.test(text.slice(m.indices![2]![1]))) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}

export const CODES_ANSWERING_A_LOCK_QUESTION_FINDERS: readonly Finder[] = [
  { name: 'codes-answering-a-lock-question', find: findCodesAnsweringALockQuestion, trigger: /\?[ \t]*\r?\n|locked[ \t]+out|get[ \t]+in|open|stuck|again|what|which|wants|asks|asking|forgot|lost|won|doesn|didn|get|know|remember|got|has|have/i },
];
