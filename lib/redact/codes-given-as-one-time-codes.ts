import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * BX's round: a number said first, then, later in its clause, what it was given as: "put 482913 in, that's what came
 * through as the verification number", "got 507751 from my bank as a login code", "the courier wanted 66120 as the
 * delivery code". The name after "as" says it is a one-time code, however far the words between put it (sixty
 * characters, no digit and no sentence's end between). A number given "as the order number" or "as a reference" is
 * not read: only a one-time code's names are.
 */
// BY's round: "two-step", "2-step", "two-factor" among the kinds.
const ONE_TIME_KIND = String.raw`(?:verification|login|log-?in|sign[- ]?in|one[- ]time|delivery|confirmation|security|authentication|2fa|mfa|sms|otp|two[- ]step|2[- ]step|two[- ]factor|2[- ]factor)`;
/**
 * BY's round: "as the code" with no kind ("read me 77037319 off her phone as the code": a code given as such is one),
 * and the same in Spanish, French, Italian and German, whose code word may follow without an article or with its
 * sender after it ("me llegó 350457 como código del banco", "on m'a envoyé 580770 comme code Mvola").
 */
const AS = String.raw`(?:(?<![\p{L}])as[ \t]+(?:the|a|an|my|your|their|his|her)[ \t]+(?:${ONE_TIME_KIND}[ \t]+(?:code|number|pin|passcode)|code)|(?<![\p{L}])(?:como|comme|come|als)[ \t]+(?:(?:el|un|le|un|il|der|den|das|ein|einen)[ \t]+)?(?:c[óo]digo|code|codice|Code)(?:[ \t]+(?:de|di|du|von)\b|[ \t]+${ONE_TIME_KIND})?)`;
const GIVEN_AS_A_ONE_TIME_CODE = new RegExp(
  String.raw`(?<![\p{N}\p{L}.,:/-])(\d{4,8})(?![\p{N}\p{L}]|[.,:/-]\d)[^\n\d.!?]{0,60}?${AS}(?![\p{L}])`,
  'dgiu',
);
/**
 * BY's round: the number, then at once what it is, as a note or a question puts it: "92742276 <- the confirmation
 * code from the email", "Got 0632, that's the two-step code for …", "It was 687518, was that the verification code or
 * the reference?". Only a one-time code's kinds.
 */
const NAMED_RIGHT_AFTER = new RegExp(
  String.raw`(?<![\p{N}\p{L}.,:/-])(\d{4,8})(?![\p{N}\p{L}]|[.,:/-]\d)[ \t]*(?:<-+|←|,[ \t]*(?:that['’]s|that[ \t]+is|was[ \t]+that|is[ \t]+that|it['’]s))[ \t]+(?:the|a|my|your)[ \t]+${ONE_TIME_KIND}[ \t]+code(?![\p{L}])`,
  'dgiu',
);

const CODE_GIVEN_AS_A_ONE_TIME_CODE: RegexRule = {
  name: 'code-given-as-a-one-time-code',
  pattern: GIVEN_AS_A_ONE_TIME_CODE,
  judge(m) {
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'recovery code' };
  },
};

const CODE_NAMED_RIGHT_AFTER: RegexRule = {
  name: 'code-named-right-after',
  pattern: NAMED_RIGHT_AFTER,
  judge(m) {
    const [start, end] = m.indices![1]!;
    return { start, end, label: 'recovery code' };
  },
};

/** Read around "as the … code" only: the number stands at most eighty characters before it. */
export const CODES_GIVEN_AS_ONE_TIME_CODES_FINDERS: readonly Finder[] = [
  windowedFinder(CODE_GIVEN_AS_A_ONE_TIME_CODE, new RegExp(AS, 'giu'), 90, 0),
  windowedFinder(CODE_NAMED_RIGHT_AFTER, new RegExp(String.raw`${ONE_TIME_KIND}[ \t]+code`, 'giu'), 40, 0),
];
