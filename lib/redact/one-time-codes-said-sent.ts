import { regexFinder, type Finder, type RegexRule } from './rules';

/**
 * BW's round: a one-time code given first and named after by "code" alone, where the sentence says it was sent: "the
 * bank just texted me 39639804 as the code", "09327285 is the code they sent", "it sent 61125326 to my email as a
 * security code", "Zainab got 713927 texted as his code for the GP app". `one-time-codes-named-after.ts` reads the
 * number before a one-time code's own name and never "code" alone ("404 as the status code" names an error); here the
 * name is "the code" (or "a security code", "his code"), with no other noun before "code", and a verb of sending or
 * receiving (texted, sent, got, came through, received, arrived, SMS) stands in the same sentence, which a status or
 * an error code never has. A few words may stand between the number and "as" when they say where it went ("to my
 * email", "by text"). Beside it, what a code generator is said to show (`GENERATOR_SHOWS`, below).
 */
// Opened by a digit, the lookbehind after it, so that the scan jumps from digit to digit.
const NUMBER = String.raw`(\d(?<![\p{L}\p{N}_.,:/#+-]\d)\d{3,7})(?![\p{L}\p{N}_]|[.,:/-]\d)`;
const WHERE_IT_WENT = String.raw`(?:[ \t]+(?:texted|sent|emailed|messaged))?(?:[ \t]+(?:to|on|by|via|in|over)[ \t]+(?:(?:my|his|her|their|your|the|our)[ \t]+)?\p{L}{2,12})?`;
const AS_THE_CODE = String.raw`[ \t]+(?:as|is|was|was[ \t]+the|is[ \t]+the)?[ \t]*(?:the|a|an|my|his|her|their|your|our)[ \t]+(?:(?:security|verification|login|sign[ -]?in|sms|text|one[ -]time|2fa|mfa|access|confirmation)[ \t]+)?code(?![\p{L}\p{N}_])`;
const NUMBER_AS_THE_CODE = new RegExp(`${NUMBER}${WHERE_IT_WENT}${AS_THE_CODE}`, 'dgiu');

/** A verb of sending or receiving a code, in the sentence. */
const SENT = /(?<![\p{L}])(?:texted|texts?|sent|sends?|sms(?:ed)?|got|get|gets|received|receive|came[ \t]+through|came|arrived|emailed|messaged|whatsapped)(?![\p{L}])/iu;
/** A word right before the number that makes it another thing's: a page, a room, an error, a year, an order. */
const NAMED_OTHERWISE_BEFORE =
  /(?<![\p{L}])(?:page|room|flat|unit|ticket|order|invoice|error|status|line|port|version|build|release|issue|PR|step|flight|bus|seat|ext|extension|no|nr|number|year|in|since|until|from|after|before|around|about|zip|postcode|account|ref|reference|case|table|row|column|tracking|parcel)[ \t#:]*$/iu;

const NUMBER_SENT_AS_THE_CODE: RegexRule = {
  name: 'one-time-code-sent-as-the-code',
  pattern: NUMBER_AS_THE_CODE,
  judge(m, text) {
    const [start, end] = m.indices![1]!;
    if (/^(\d)\1+$/.test(m[1]!) || /^(?:19|20)\d\d$/.test(m[1]!)) return null;
    if (NAMED_OTHERWISE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
    // The sentence: back to its stop or line break, on to the next.
    const head = text.slice(Math.max(0, start - 120), start);
    const from = Math.max(head.lastIndexOf('\n'), head.search(/[.!?](?=\s[^.!?]*$)/)) + 1;
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const to = tail.search(/[.!?\n]/);
    const sentence = head.slice(from) + text.slice(start, m.index + m[0].length) + (to < 0 ? tail : tail.slice(0, to));
    if (!SENT.test(sentence)) return null;
    return { start, end, label: 'password' };
  },
};

/**
 * What a code generator shows, read off it: "Steam Guard says 14585910", "authenticator shows 9602 right now", "Authy
 * gives 551 902", and "2FA 724659" (the two-factor abbreviation right before the digits). An app that makes one-time
 * codes shows nothing else in digits.
 */
const GENERATOR_SHOWS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:(?:google|microsoft|aegis|2fa|mfa|otp|token)[ \t]+)?authenticator(?:[ \t]+app)?|authy|steam[ \t]+guard|duo(?:[ \t]+mobile)?|(?:2fa|mfa|otp|token)[ \t]+app)[ \t]+(?:says|shows|is[ \t]+showing|gives|gave|reads|displays|showed|said)[ \t]*:?[ \t]*(\d{4,8}|\d{3}[ \t]\d{3})(?![\p{L}\p{N}_]|[.,:/-]\d)|(?<![\p{L}\p{N}_])(?:2FA|MFA)[ \t]*:?[ \t]*(\d{6,8})(?![\p{L}\p{N}_]|[.,:/-]\d)`,
  'dgiu',
);

const CODE_A_GENERATOR_SHOWS: RegexRule = {
  name: 'one-time-code-a-generator-shows',
  pattern: GENERATOR_SHOWS,
  judge(m) {
    const group = m[1] !== undefined ? 1 : 2;
    const [start, end] = m.indices![group]!;
    if (/^(\d)\1+$/.test(m[group]!)) return null;
    return { start, end, label: 'password' };
  },
};

export const ONE_TIME_CODES_SAID_SENT_FINDERS: readonly Finder[] = [regexFinder(NUMBER_SENT_AS_THE_CODE), regexFinder(CODE_A_GENERATOR_SHOWS)];
