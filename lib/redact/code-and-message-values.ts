import type { SecretSpan } from './rules';

/**
 * AU's round: values that a rule took beside a password's or a key's word but that open nothing, by what they are.
 *
 * - Punctuation and spaces only (", " between a prompt's two quoted arguments, `InputBox("Password for …:", "Logon")`):
 *   no password is made of separators alone.
 * - A code expression cut at its arrow (`$password = $request->input(…)`: the value `$request-` before `>`), a PHP,
 *   Perl or C object's member access.
 * - A message about the password (`"password" => "Wrong password"`, `'Invalid password, try again'`): words with a
 *   space, one of them the word and one saying what is wrong with it.
 * - A piece of a data URI's base64 (`data:image/png;base64,iVBOR…`): an image's bytes, not a password.
 */
const SEPARATORS_ONLY = /^[\s,;:.'"`]+$/;
const MEMBER_ACCESS = /^\$?[A-Za-z_][A-Za-z0-9_]*-$/;
const PASSWORD_WORD = /(?<![\p{L}])(?:password|passwort|passcode|contraseña|mot de passe|senha|pin)(?![\p{L}])/iu;
const WHAT_IS_WRONG =
  /(?<![\p{L}])(?:wrong|invalid|incorrect|bad|missing|required|mismatch|too[ \t]+(?:short|weak|long)|expired|falsch\p{L}*|ungültig\p{L}*|incorrect\p{L}*|inválid\p{L}*|errón\p{L}*|incorrett\p{L}*|sbagliat\p{L}*)(?![\p{L}])/iu;
const DATA_URI_HEAD = /data:[\w.+-]+\/[\w.+-]+;base64,/;

export function isCodeOrMessage(text: string, span: SecretSpan): boolean {
  const value = text.slice(span.start, span.end);
  if (SEPARATORS_ONLY.test(value)) return true;
  if (text[span.end] === '>' && MEMBER_ACCESS.test(value)) return true;
  if (/\s/.test(value) && value.length <= 80 && PASSWORD_WORD.test(value) && WHAT_IS_WRONG.test(value)) return true;
  return inDataUri(text, span.start);
}

/** Whether the run of base64 holding `at` starts with a data URI's head (looked for at most 20,000 characters back). */
function inDataUri(text: string, at: number): boolean {
  let start = at;
  const floor = Math.max(0, at - 20000);
  while (start > floor && /[A-Za-z0-9+/=]/.test(text[start - 1]!)) start--;
  if (start === at || text[start - 1] !== ',') return false;
  return DATA_URI_HEAD.test(text.slice(Math.max(0, start - 60), start));
}
