import { strongPassword } from './password-colon';
import { windowedFinder, type Finder, type RegexRule } from './rules';
import { trimTrailingPunctuation } from './values';

/**
 * A password given as "the login" of a service: "treasurer login for TeamSnap: Maple*6764!", "the staff login for the
 * Square dashboard is now Raven#434!", "de inlog van de clubrekening is Mango!9232K". A login names a user as often as
 * a password, so the value must be a password beyond doubt (`strongPassword`, and a symbol no user name carries:
 * `!#$%^&*?~+=`), never an e-mail address or a link.
 */
const LOGIN_THEN_VALUE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:login|log-in|sign-in|inlog|anmeldung|connexion|acceso)(?![\p{L}\p{N}_])([^\n:=.!?"]{0,60}?)` +
    String.raw`(?:[ \t]*[:：][ \t]*|[ \t]+(?:is|was|is[ \t]+now|now|ist|est|es|é|è|er|är|jest|to)[ \t]*:?[ \t]+)([^\s"'“”<>()]{8,64})`,
  'dgiu',
);

/** Words that make the value something other than the password: the user, the page, an error. */
const NOT_THE_PASSWORD = /(?<![\p{L}])(?:user\w*|e-?mail|name|page|url|link|error\w*|fail\w*|attempt\w*|issue|problem|message|prompt|button|screen|form)(?![\p{L}])/iu;

const LOGIN_PASSWORD: RegexRule = {
  name: 'login-password',
  pattern: LOGIN_THEN_VALUE,
  judge(m) {
    if (NOT_THE_PASSWORD.test(m[1]!)) return null;
    const value = trimTrailingPunctuation(m[2]!);
    if (/@|:\/\//.test(value) || !/[!#$%^&*?~+=]/.test(value) || !/\d/.test(value) || !strongPassword(value)) return null;
    const start = m.indices![2]![0];
    return { start, end: start + value.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

export const LOGIN_PASSWORD_FINDERS: readonly Finder[] = [
  windowedFinder(LOGIN_PASSWORD, /login|log-in|sign-in|inlog|anmeldung|connexion|acceso/gi, 0, 140),
];
