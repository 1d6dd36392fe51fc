import { strongPassword } from './password-colon';
import { windowedFinder, type Finder, type RegexRule } from './rules';
import { trimTrailingPunctuation } from './values';

/**
 * A password named after it is given: "I reset it to X — that's the new password for the Xero login", "changed it to
 * X, which is the wifi password now", or a line that opens with the value ("X — that's the password for the shared
 * laptop"). The value comes after "to", "is" or a colon, or opens its line, and a dash or comma then "that's /
 * that is / which is / it's" and the password word follow it; the value must be a password beyond doubt
 * (`strongPassword`, with a digit).
 */
const VALUE_THEN_NAME = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}_])(?:to|is|was|now|:)[ \t]+|^[ \t]*)([^\s"'“”<>()]{6,64})[ \t]*(?:[—–-]|,|;)[ \t]*` +
    String.raw`(?:that['’]s|that[ \t]+is|which[ \t]+is|it['’]s|this[ \t]+is)[ \t]+(?:the|my|our|your)[ \t]+(?:new[ \t]+)?(?:[\p{L}-]{1,20}[ \t]+)?(?:password|passcode|passphrase)(?![\p{L}])` +
    // Not a noun the password word describes: "the password policy", "the password expiry date".
    String.raw`(?![ \t]+(?:policy|expiry|expiration|hash|reset|field|length|rules?|manager|requirements?|format|hint)\b)`,
  'dgimu',
);

const PASSWORD_AFTER_VALUE: RegexRule = {
  name: 'password-after-value',
  pattern: VALUE_THEN_NAME,
  judge(m) {
    const value = trimTrailingPunctuation(m[1]!);
    if (!/\d/.test(value) || !strongPassword(value)) return null;
    const start = m.indices![1]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A password asked about: "is Pinecone!Harbor1987 a decent password for my soundcloud?", "would Tr0ub4dor&3 make a
 * strong passphrase". The value stands between the verb and "a … password"; the same test as above decides it.
 */
const ASKED_ABOUT = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:is|was|would|does|are)[ \t]+([^\s"'“”<>()]{6,64})[ \t]+(?:make[ \t]+|be[ \t]+)?(?:a|an)[ \t]+(?:[\p{L}-]{1,20}[ \t]+){0,2}(?:password|passcode|passphrase)(?![\p{L}])`,
  'dgiu',
);

const PASSWORD_ASKED_ABOUT: RegexRule = { ...PASSWORD_AFTER_VALUE, name: 'password-asked-about', pattern: ASKED_ABOUT };

// Read only in the stretch before each password word (the value stands at most 110 characters before it).
export const PASSWORD_AFTER_VALUE_FINDERS: readonly Finder[] = [
  windowedFinder(PASSWORD_AFTER_VALUE, /pass(?:word|code|phrase)/gi, 110, 0),
  windowedFinder(PASSWORD_ASKED_ABOUT, /pass(?:word|code|phrase)/gi, 110, 0),
];
