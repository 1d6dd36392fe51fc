import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * BX's round: a number said first, then, later in its clause, what it was given as: "put 482913 in, that's what came
 * through as the verification number", "got 507751 from my bank as a login code", "the courier wanted 66120 as the
 * delivery code". The name after "as" says it is a one-time code, however far the words between put it (sixty
 * characters, no digit and no sentence's end between). A number given "as the order number" or "as a reference" is
 * not read: only a one-time code's names are.
 */
const ONE_TIME_KIND = String.raw`(?:verification|login|log-?in|sign[- ]?in|one[- ]time|delivery|confirmation|security|authentication|2fa|mfa|sms|otp)`;
const GIVEN_AS_A_ONE_TIME_CODE = new RegExp(
  String.raw`(?<![\p{N}\p{L}.,:/-])(\d{4,8})(?![\p{N}\p{L}]|[.,:/-]\d)[^\n\d.!?]{0,60}?(?<![\p{L}])as[ \t]+(?:the|a|an|my|your|their|his|her)[ \t]+${ONE_TIME_KIND}[ \t]+(?:code|number|pin|passcode)(?![\p{L}])`,
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

/** Read around "as the … code" only: the number stands at most eighty characters before it. */
export const CODES_GIVEN_AS_ONE_TIME_CODES_FINDERS: readonly Finder[] = [
  windowedFinder(CODE_GIVEN_AS_A_ONE_TIME_CODE, new RegExp(String.raw`(?<![\p{L}])as[ \t]+(?:the|a|an|my|your|their|his|her)[ \t]+${ONE_TIME_KIND}[ \t]+(?:code|number|pin|passcode)`, 'giu'), 90, 0),
];
