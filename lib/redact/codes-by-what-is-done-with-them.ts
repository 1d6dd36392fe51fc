import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * BB's round: a code told by what is done with it, where no other kind of number is changed, opens a place, or is
 * keyed before a keypad's button.
 *
 * - "paint store code changed from 5872 to 398319", "the gate combo was reset from 1402 to 7781": a code's word said
 *   to have been changed from one number to another gives both, the old one too (it may still open the lock
 *   somewhere, and it tells the new one's pattern). A zip, area, error, status or product code changes the same way
 *   and is left by the word before.
 * - "0483 opens the feed store", "- 27008 opens the fire exit to …": a note's line that opens with the number and says
 *   it opens, unlocks or disarms something. A year opening the line ("2024 opens the season") is left.
 * - "for the dock gate house it is 0847 then the green button", "4471 then #", "2231 then enter": four to eight digits
 *   and then a keypad's own key (its enter, hash, tick or coloured button) are keyed in on one.
 * - "depot ladder cage keycode = 81676", "pump house access number: 7289": a keycode, and a place's access number of
 *   four to eight digits, are a keypad's. Code's `keyCode` (a key's number in a browser event) is written in camel
 *   case after a dot, and a dial-in's access number is a phone number, longer or in groups.
 */
const DIGITS_END = String.raw`(?![\p{L}\p{N}_]|[.,:/-]\d)`;
const CODE_WORD = String.raw`(?:codes?|combo|combination|pin|passcode|keycode|key[ \t]+code|door[ \t]?code|access[ \t]+code)`;
const OTHER_CODE_BEFORE = /(?<![\p{L}])(?:zip|postal|post|area|dialling|dialing|country|error|status|exit|promo|discount|coupon|voucher|product|tax|sort|swift|bank|branch|airport|currency|language|colou?r|source|qr|bar|html|css|dress|conduct|tracking|reference|sku|item|part|model)[ \t]*$/iu;

const CHANGED_FROM_TO: RegexRule = {
  name: 'code-changed-from-to',
  pattern: new RegExp(
    String.raw`(?<![\p{L}])${CODE_WORD}[ \t]+(?:(?:was|has[ \t]+been|had[ \t]+been|got|is|were|have[ \t]+been)[ \t]+)?(?:changed|reset|updated|rotated|moved|switched)[ \t]+from[ \t]+(\d{4,8})[#*]?[ \t]+(?:to|into|->|→)[ \t]+(\d{4,8})[#*]?${DIGITS_END}`,
    'dgiu',
  ),
  judge(m, text) {
    if (OTHER_CODE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    return [1, 2].map((g) => ({ start: m.indices![g]![0], end: m.indices![g]![1], label: 'password' as const }));
  },
};

const NUMBER_OPENS: RegexRule = {
  name: 'number-opens-a-place',
  pattern: new RegExp(
    String.raw`^[ \t]*(?:[-*•][ \t]+)?(\d{4,8})[#*]?[ \t]+(?:opens|unlocks|disarms|will[ \t]+open|should[ \t]+open)[ \t]+(?:the|a|our|your)[ \t]+\p{L}`,
    'dgimu',
  ),
  judge(m) {
    if (/^(?:19|20)\d\d$/.test(m[1]!) || /^(\d)\1+$/.test(m[1]!)) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'password' };
  },
};

const SETTING_BEFORE = /(?<![\p{L}])(?:to|at|set|speed|temp\p{L}*|rpm|weight|qty|quantity|amount|count|total|price|costs?|pay|paid)[ \t:=]*$|[€$£][ \t]*$/iu;
const THEN_A_KEYPAD_KEY: RegexRule = {
  name: 'code-then-a-keypad-key',
  pattern: new RegExp(
    String.raw`(?<![\p{L}\p{N}_.,:/+$€£#*-])(\d{4,8})[ \t]*,?[ \t]+then[ \t]+(?:(?:press|hit|push|tap)[ \t]+)?(?:(?:the[ \t]+)?(?:green|red|blue|yellow|enter|ok|tick|check|key|bell|lock|unlock|star|hash)[ \t]+(?:button|key)(?![\p{L}])|#|\*|enter(?![\p{L}])|ok(?![\p{L}])|the[ \t]+(?:hash|star|tick)(?![\p{L}]))`,
    'dgiu',
  ),
  judge(m, text) {
    // A setting keyed in before the button ("set the speed to 1500 then the green button") is no code.
    if (/^(\d)\1+$/.test(m[1]!) || SETTING_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'password' };
  },
};

const KEYCODE_OR_ACCESS_NUMBER: RegexRule = {
  name: 'keycode-or-access-number',
  pattern: new RegExp(
    String.raw`(?<![.\p{L}\p{N}_])(?:keycode|Keycode|KEYCODE|[Kk]ey[ \t]code|[Aa]ccess[ \t]+(?:number|no\.?))[ \t]*(?:[:=–—-]|is|'s)?[ \t]*(\d{4,8})[#*]?(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]\d)`,
    'dgu',
  ),
  judge(m) {
    if (/^(\d)\1+$/.test(m[1]!)) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'password' };
  },
};

export const CODES_BY_WHAT_IS_DONE_WITH_THEM_FINDERS: readonly Finder[] = [
  { ...regexFinder(CHANGED_FROM_TO), trigger: /from[ \t]+\d{4}/i },
  { ...regexFinder(NUMBER_OPENS), trigger: /\d{4}[#*]?[ \t]+(?:opens|unlocks|disarms|will|should)/i },
  { ...regexFinder(THEN_A_KEYPAD_KEY), trigger: /\d{4}[ \t]*,?[ \t]+then[ \t]/i },
  { ...regexFinder(KEYCODE_OR_ACCESS_NUMBER), trigger: /key[ \t]?code|access[ \t]+n/i },
];
