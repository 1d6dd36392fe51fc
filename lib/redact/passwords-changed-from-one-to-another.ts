import { regexFinder, type Finder, type RegexRule } from './rules';
import { looksLikePassword } from './values';

/**
 * CC's round: a password told as a change, the old value and the new one side by side: "changed the shop email
 * password from Crumpet22 to Scone&Jam26", "teams login changed: Monday.Darts.4 → Friday.Darts.4". The rules
 * that read "password is X" read neither, or only the new one; the old one is often still the password elsewhere.
 *
 * Both values must have a password's shape (`looksLikePassword`, as in prose: a digit, a symbol or capitals inside),
 * and the line before them must name a password; or a login or an account, or say the change ("changed it"), where
 * both values hold a symbol and a digit too ("from Tuesday2 to Thursday3" is a session's move, "Login flow:
 * Welcome.Screen -> Dashboard.Home" a flow's steps). So a meeting moved "from Room12 to Room14" or a flight "from
 * BA2490 to BA2496" is left. Neither value may be capitals and digits only ("BA2490"), a version or a time, and each
 * holds a small letter or a symbol, as a quarter ("from Q1-2024 to Q3-2025") does not.
 */
const PASSWORD_WORD = /(?<![\p{L}])(?:pass(?:word|code|phrase)s?|pw|pwd)(?![\p{L}])/iu;
const LOGIN_OR_CHANGE_WORD = /(?<![\p{L}])(?:login|log-in|sign-in|account|(?:changed|change|reset|switched|updated)[ \t]+(?:it|them|mine|hers|his|ours))(?![\p{L}])/iu;
/** A symbol inside the value, as "Monday.Darts.4" has and a day's or a plan's name with a number ("Tuesday2") has not. */
const HAS_SYMBOL = /[^A-Za-z0-9]/;
const VALUE = String.raw`([^\s"'“”‘’,;()]{6,40})`;
const FROM_TO = new RegExp(String.raw`(?<![\p{L}])from[ \t]+["'“‘]?${VALUE}["'”’]?[ \t]+to[ \t]+["'“‘]?${VALUE}["'”’]?(?=[\s,;)"'”’]|$)`, 'dgiu');
// The arrow between spaces reaches the finders as a colon (index.ts's `findersView`).
const ARROW = new RegExp(String.raw`(?<![^\s:])${VALUE}[ \t]+(?:→|->|=>|:)[ \t]+${VALUE}(?=[\s,;)"'”’]|$)`, 'dgu');
/** Capitals then digits only ("BA2490", "AB12") or a version or a time: codes, not passwords. */
const CODE_OR_VERSION = /^(?:[A-Z]{1,4}-?\d+|v?\d+(?:[.:]\d+)+[a-z]?|\d+(?:am|pm)?)$/i;

/** A sentence's stop, a colon or a question mark closing the value is the sentence's, not the password's. */
const trimmed = (value: string): string => value.replace(/[.:?]+$/, '');

function passwordShaped(v: string): boolean {
  // A small letter, or a symbol no code's or date's parts are joined by: "Q1-2024", "ABC-12.5" are labels.
  if (!/[a-z]|[^A-Za-z0-9./:_-]/.test(v)) return false;
  return v.length >= 6 && !CODE_OR_VERSION.test(v) && !/^https?:|@.*\.|^\//i.test(v) && looksLikePassword(v, { quoted: false, strict: true });
}

function changeRule(name: string, pattern: RegExp): RegexRule {
  return {
    name,
    pattern,
    judge(m, text) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const before = text.slice(Math.max(lineStart, m.index - 120), m.index);
      const [oldValue, newValue] = [trimmed(m[1]!), trimmed(m[2]!)];
      if (!passwordShaped(oldValue) || !passwordShaped(newValue)) return null;
      // Without a password's own word, a login's or the change's word is enough only for values with a symbol and a
      // digit inside: "Monday.Darts.4" is a password's shape, "Welcome.Screen -> Dashboard.Home" a login flow's steps.
      const madeUp = (v: string) => HAS_SYMBOL.test(v) && /\d/.test(v);
      if (!PASSWORD_WORD.test(before) && !(LOGIN_OR_CHANGE_WORD.test(before) && madeUp(oldValue) && madeUp(newValue))) return null;
      return [oldValue, newValue].map((value, i) => ({ start: m.indices![i + 1]![0], end: m.indices![i + 1]![0] + value.length, label: 'password' as const }));
    },
    resumeAfterReject: (m) => m.index + 1,
  };
}

/** The words one of which `judge` needs before the pair: a text with none is not read at all. */
const NEEDED_WORD = /pass|pw|login|log-in|sign-in|account|chang|reset|switch|updat/i;

export const PASSWORD_CHANGE_FINDERS: readonly Finder[] = [
  { ...regexFinder(changeRule('password-changed-from-to', FROM_TO)), trigger: NEEDED_WORD },
  { ...regexFinder(changeRule('password-changed-arrow', ARROW)), trigger: NEEDED_WORD },
];
