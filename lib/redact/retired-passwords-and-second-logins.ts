import type { Finder, SecretSpan } from './rules';
import { strongPasswordShaped } from './passwords-in-casual-frames';
import { isPlaceholder } from './values';

/**
 * BG's round: two ways a note gives a password in passing, with no password's word beside it.
 *
 * The former value, set off by commas and said to be dead: "(the previous one, Muljc&ozWPKE, no longer works)", "the
 * old one, …, doesn't work any more", "the last code, …, has expired". Someone may still use it, and people reuse it.
 *
 * A second login told by its user and its password after "with user … and …": "(staging is the same host with user
 * staging and quiver#fjord5768)", "same for test with user ops and …". The user is one word; the password follows
 * "and" to the bracket, the comma or the end of the sentence.
 */
const V = String.raw`([^\s,;'"()<>]{8,64})`;
const RETIRED = new RegExp(
  String.raw`(?<![\p{L}])(?:old|previous|former|last)[ \t]+(?:one|password|passwd|pw|pass|code|pin|key)[ \t]*,[ \t]*${V}[ \t]*,[ \t]*(?:no[ \t]+longer|doesn['’]?t|does[ \t]+not|won['’]?t|will[ \t]+not|is[ \t]+(?:dead|expired|revoked|gone)|has[ \t]+(?:expired|been[ \t]+(?:revoked|changed|reset))|stopped|expired)(?![\p{L}])`,
  'dgiu',
);
const SECOND_LOGIN = new RegExp(
  String.raw`(?<![\p{L}])with[ \t]+(?:the[ \t]+)?(?:user|username|login)[ \t]+[\p{L}\p{N}._@-]{1,40}[ \t]+and[ \t]+${V}(?=[ \t]*(?:[),;]|\.(?:\s|$)|\r?\n|$))`,
  'dgiu',
);

/**
 * A password's shape, or, for a value the frame itself calls a login's, mixed case and digits around a `/` or `+`
 * (`x/rJBnV7YW2yOwww`: base64's alphabet, which a path of words has not), or three kinds of characters with no digit
 * (`Muljc&ozWPKE`).
 */
function passwordShaped(v: string): boolean {
  if (strongPasswordShaped(v)) return true;
  if (isPlaceholder(v) || /:\/\/|^[/\\~.]|\.[a-z]{2,4}$/i.test(v)) return false;
  if (/^[A-Za-z0-9/+]{12,64}$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v)) return true;
  return /[A-Z]/.test(v) && /[a-z]/.test(v) && /[^A-Za-z0-9]/.test(v) && !/^[A-Za-z]+[.,!?]$/.test(v);
}

function findRetiredPasswordsAndSecondLogins(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const re of [RETIRED, SECOND_LOGIN]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      if (!passwordShaped(m[1]!)) continue;
      const [start, end] = m.indices![1]!;
      spans.push({ start, end, label: 'password' });
    }
  }
  return spans;
}

export const RETIRED_PASSWORDS_AND_SECOND_LOGINS_FINDERS: readonly Finder[] = [
  { name: 'retired-passwords-and-second-logins', find: findRetiredPasswordsAndSecondLogins, trigger: /old|previous|former|last|with/i },
];
