import { WORD as DIGIT_WORD } from './dictated-digits';
import type { Finder, SecretSpan } from './rules';

/**
 * AU's round: codes by the way a keypad takes them, whatever the language around them.
 *
 * - Four to eight digits with a keypad's star before them or its hash after them, standing alone ("… 'o 7796#.",
 *   "it's *9589", "Nadia: *3638, nhớ khóa lại"): no count, date or price is written so. A mobile network's short code
 *   (`*123#`, `*100*5#`) has both, or a star inside, and is left.
 * - A code of one capital letter and four to six digits, or the digits and a letter (B4865, 2560B), right after a word
 *   for a code, a keypad or an alarm ("cold store da code B1800 ae", "alarm set: B4865", "keypad 2560B"): a lock's
 *   code with a letter key. A promo, error, product, postal or booking code is another number.
 * - A number after what it opens, set off by an arrow, a dash or a colon and followed by a keypad step or a change
 *   said about it ("crypt gate -> 74018 then push hard", "hospital bay — door 7086", "Harness store: 5060 (change
 *   monthly)"): digits followed by the word for the next key or a rotation are a code.
 * - Four to eight digits said as words right after a verb of keying in ("you type four two one six and then the green
 *   button", "punch in seven five four nine"): digits keyed in are a code (`dictated-digits.ts` reads the words).
 */
const KEYED_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:type|types|typed|typing|punch|punches|punched|key|keys|keyed|enter|enters|entered|dial|dials|dialled|dialed|tap|taps|tapped)(?:[ \t]+in)?[ \t]+((?:${DIGIT_WORD})(?:(?:[ \t]*,[ \t]*|[ \t]+|-)(?:${DIGIT_WORD})){3,7})(?![\p{L}])`,
  'giu',
);
// Standing alone: after a space, a line's start, a colon, a quote or a dash, never inside a formula (`E8/0.29)*1013.76`).
const STAR_OR_HASH = /(?<![^\s:"'“«—–])(\*\d{4,8}|\d{4,8}#)(?![\p{L}\p{N}_*#]|[.,]\d)/gu;

const LETTERED =
  /(?<![\p{L}])(codes?|kod\p{L}{0,3}|kote|keypad|key[ \t]*pad|alarm(?:[ \t]+set)?|pin)(?:[ \t]*[:=：]|[ \t]+(?:is|was|now|to|ir|ta|ni|ko|lii|dwg|ore|na|ya|e|é|è|es|est|ist|là|adalah))?[ \t]+([A-Z]\d{4,6}|\d{4,6}[A-Z])(?![\p{L}\p{N}_-])/gu;
/** Names of codes that are not a lock's, right before the code word. */
const OTHER_CODE = /(?<![\p{L}])(?:obd2?|dtc|trouble|diagnostic|engine|warning|promo|discount|voucher|coupon|error|product|item|post|postal|zip|tax|area|country|course|sort|swift|bank|airport|flight|booking|reference|ref|order|tracking|fault|status|exit|style|colou?r|shade|sku|part|model|qr|bar|class|module|unit|icd|hs|rule|source|station)[ \t-]*$/iu;

/** What a code opens, a gap mark, the digits, then a keypad's next step or a change said about the code. */
const OPENS = String.raw`(?:door|gate|lock|padlock|locker|store|storeroom|cage|shed|room|cupboard|cabinet|safe|keypad|shutter|entrance|entry|hatch|container|compound|yard|cellar)`;
const NUMBER_THEN_STEP = new RegExp(
  String.raw`(?<![\p{L}])(${OPENS})(?:[ \t]*(?:->|→|=>|[:：—–-])[ \t]*|[ \t]+)(\d{4,8})(?:[ \t]*(?:then[ \t]+(?:push|pull|press|hit|enter|turn|lift|the)\b|\((?:chang|rotat|reset)\p{L}*[ \t]+(?:monthly|weekly|daily|every|each|on|at|after|\p{L}+day)\b)|(?=[ \t]*(?:\r?\n|$))(?<=^[ \t]*\d{1,2}[.)][^\n]{0,80}))`,
  'dgimu',
);
/** At a numbered list item's end, with no step after it, only what a code alone opens: a room's or a store's number is not one. */
const OPENS_BY_CODE = /^(?:door|gate|lock|padlock|locker|keypad|safe|cage|shed|cupboard|shutter|hatch)$/i;

/**
 * Digits before a keypad's next step after an arrow or a colon, whatever they open ("nursery polytunnel -> 044313 then
 * push hard"), and digits said to be the code "now", with the change said after them ("… is 448187 now (changed
 * monday)").
 */
// AV's round: an alarm panel's keys as the step too ("the alarm, in English: 5820 then OFF", "… then ARM", "… then enter").
// AW's round: and the keypad's own keys ("the parts cage: 532820 then #", "… then the tick", "… then hash").
const STEP_AFTER =
  /(?:->|→|=>|[:：—–])[ \t]*(\d{4,8})[ \t]+then[ \t]+(?:(?:push|pull|press|hit|turn|lift|twist|enter|off|Off|OFF|ARM|AWAY|STAY|OK|hash|tick)(?![\p{L}])|#(?![\p{L}\p{N}#])|the[ \t]+(?:tick|hash|star|green[ \t]+(?:key|button)|enter[ \t]+key)(?![\p{L}]))/gu;
const NOW_CHANGED = /(?<![\p{L}\p{N}])(\d{4,8})[ \t]+now[ \t]*\((?:chang|rotat|reset|updat)\p{L}*(?![\p{L}])/giu;

function findKeypadShapedCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const push = (start: number, value: string) => spans.push({ start, end: start + value.length, label: 'password' });
  STAR_OR_HASH.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = STAR_OR_HASH.exec(text)); ) {
    // A year with a star ("*2024"), a footnote, is no code; four digits that are a year are left.
    const digits = m[1]!.replace(/[*#]/g, '');
    if (/^(?:19|20)\d\d$/.test(digits)) continue;
    // The digits are the code; the star or the hash is the key pressed with it, left in view as the other rules leave it.
    push(m.index + (m[1]!.startsWith('*') ? 1 : 0), digits);
  }
  LETTERED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LETTERED.exec(text)); ) {
    if (OTHER_CODE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    push(m.index + m[0].length - m[2]!.length, m[2]!);
  }
  NUMBER_THEN_STEP.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBER_THEN_STEP.exec(text)); ) {
    const [at, end] = m.indices![2]!;
    if (/^(?:19|20)\d\d$/.test(m[2]!)) continue;
    if (end === m.index + m[0].length && !OPENS_BY_CODE.test(m[1]!)) continue;
    push(at, m[2]!);
  }
  for (const re of [STEP_AFTER, NOW_CHANGED]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      if (!/^(?:19|20)\d\d$/.test(m[1]!)) push(m.index + m[0].indexOf(m[1]!), m[1]!);
    }
  }
  KEYED_WORDS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = KEYED_WORDS.exec(text)); ) push(m.index + m[0].length - m[1]!.length, m[1]!);
  return spans;
}

export const KEYPAD_SHAPED_CODE_FINDERS: readonly Finder[] = [
  {
    name: 'keypad-shaped-codes',
    find: findKeypadShapedCodes,
    trigger: /\*\d|then|now|type|typing|punch|key|enter|dial|tap|\d#|[A-Z]\d{4}|\d{4}[A-Z]|door|gate|lock|store|cage|shed|room|cupboard|cabinet|safe|keypad|shutter|entr|hatch|container|compound|yard|cellar/i,
  },
];
