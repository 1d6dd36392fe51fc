import { regexFinder, type Finder, type RegexRule } from './rules';
import { sentenceBefore } from './public-readings';
import { anotherThingsNumber } from './values';

/**
 * CC's round: a keypad's code told with the key pressed after it: "the back door wants 551902 followed by #", "the
 * yard gate opens on 40417 then the key symbol", "bin store: 7730 and then hash". A keypad takes a code and then `#`,
 * `*`, a key or an enter; only a code is keyed in that way at a door. The sentence before the number must name a door,
 * a gate, a keypad or a lock, so a phone menu's "extension 1234 followed by #" is left; and a number named right
 * before it as another thing's ("enter your booking number 5521 followed by #", "flat no. 12 then the bell key") is
 * that thing's, typed to be looked up.
 */
const KEY_AFTER = String.raw`[ \t]*,?[ \t]+(?:followed[ \t]+by|(?:and[ \t]+)?then(?:[ \t]+(?:press|presses|pressing|hit|hits|push|pushes))?|plus)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:#|\*|hash|pound|star|enter|tick|✓|✔|(?:key|lock|bell|enter|tick)[ \t]+(?:symbol|sign|button|key))(?![\p{L}])` +
  // CF's round: the plus written as a sign, the key closing the clause ("cold room door: 31907 + enter"); a sum goes
  // on after it ("2024 + enter your name", "4421 + star = help").
  String.raw`|[ \t]+\+[ \t]+(?:#|\*|hash|enter|(?:enter|hash)[ \t]+key)(?=[ \t]*(?:$|[\n.,;!?)]))`;
const CODE_THEN_KEY = new RegExp(String.raw`(?<![\p{L}\p{N}.,:/-])(\d{4,8})(?=${KEY_AFTER})`, 'dgu');
const ANOTHER_THINGS_NUMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:${anotherThingsNumber()}|flat|apartment|room|unit|house|phone|extension|ext)[ \t]+(?:number|no\.?|nr\.?|#)|${anotherThingsNumber()})[ \t]*[:#]?[ \t]*$`, 'iu');
const DOOR_IN_SENTENCE = /(?<![\p{L}])(?:doors?|gates?|keypads?|key[ \t-]?pads?|locks?|padlocks?|key[ \t-]?safes?|lock[ \t-]?box(?:es)?|entrance|entry|shutters?|barriers?|garage|shed|store[ \t-]?room|cage)(?![\p{L}])/iu;

const CODE_THEN_KEY_RULE: RegexRule = {
  name: 'code-keyed-before-a-key',
  pattern: CODE_THEN_KEY,
  judge(m, text) {
    // Another thing's number is read right before the code, across a stop of its own ("flat no. 12").
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (!DOOR_IN_SENTENCE.test(sentenceBefore(text, m.index)) || ANOTHER_THINGS_NUMBER_BEFORE.test(before)) return null;
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'password' };
  },
};

export const CODE_KEYED_BEFORE_A_KEY_FINDERS: readonly Finder[] = [{ ...regexFinder(CODE_THEN_KEY_RULE), trigger: /followed|then|plus|\+/i }];
