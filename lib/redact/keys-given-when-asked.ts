import type { Finder, SecretSpan } from './rules';
import { looksLikeRandomToken, randomCaseLetters, UUID } from './values';

/**
 * BF's round: a key or a token given bare in a chat, as the answer to a message that asks for it: "where's the
 * Uptrace key for the ticket kiosk?" then "14:51 Caoimhe: DHjkuAwmV8YrTpxuqURYDm", "use 5852a0b1-…-8c977fb0636b (old
 * one revoked)", "here: vulncheck_59477…". The question names a key, a token or a secret and ends with its `?`; the
 * answer is one of the next three messages, the whole of it a token after at most "here", "use", "it's" or "try" and
 * before at most a bracketed aside. The token is random (`looksLikeRandomToken`), a UUID, or sixteen hex digits or more;
 * a message that says what the value is ("id is … if it asks") is no bare answer.
 * BG's round: the question may go on with why it is asked ("anyone got the … secret? the booking sync is down").
 * BH's round: asked as who holds it ("who has the … key?", "who knows the … token?"), and answered with a shorter
 * token (ten to fifteen letters and digits, both cases, two digits at least, no word's shape: `Qe7mR2xkPz`).
 * BI's round: asked without a question, as news that a system is asking for it again ("the booking app is asking
 * for the key again, the till is stuck", "X wants the token", "the kiosk keeps prompting for its secret"); and
 * answered with a UUID under a short prefix (`server-<uuid>`).
 */
const ASKS_FOR_A_KEY =
  /(?<![\p{L}])(?:where['’]?s|where[ \t]+is|what['’]?s|what[ \t]+is|send|share|need|got|have|has|had|knows?|anyone[ \t]+got)(?![\p{L}])[^\n?]{0,80}?(?<![\p{L}])(?:keys?|tokens?|secrets?|api[ \t]?keys?)(?![\p{L}])[^\n?]{0,60}\?(?:[ \t]+[^\n?]{1,80})?[ \t]*$/iu;
/**
 * BK's round: a question whether someone holds "the X thing", "the X one", "the X login" or "the X details" ("does
 * anyone have the X thing? the booking site is complaining again"): what a system's name stands for there is its key,
 * though the question names none. Only with have, got or know, and only a bare key-shaped answer is taken.
 */
const ASKS_WHO_HOLDS_IT =
  /(?<![\p{L}])(?:have|has|got|knows?)[ \t]+(?:the|a|that|our)[ \t]+[^\n?]{1,60}?[ \t]+(?:thing|one|login|details|creds|credentials)(?![\p{L}])[^\n?]{0,20}\?/iu;
/** A message that says something asks for a key, with no question mark: "… asking for the key again, … is stuck". */
const SAYS_A_KEY_IS_ASKED_FOR =
  /(?<![\p{L}])(?:asking|asks|asked|wants|wanting|needs|needing|requesting|requests|prompting|prompts|demanding|demands)[ \t]+(?:for[ \t]+)?(?:(?:the|a|its|my|our|your|that)[ \t]+)?(?:new[ \t]+)?(?:api[ \t]?)?(?:keys?|tokens?|secrets?)(?![\p{L}])/iu;
/**
 * BJ's round: a question about a login that fails ("anyone know the X one? the site keeps logging me out", "… keeps
 * kicking me out?", "… won't let me in?"): what it asks for is the login's key or password, though it names neither.
 * Only with the question's `?`.
 */
const ASKS_ABOUT_A_FAILING_LOGIN =
  /(?<![\p{L}])(?:(?:logg(?:ing|ed|s)|log|sign(?:ing|ed|s)?|kick(?:ing|ed|s)?|lock(?:ing|ed|s)?|throw(?:ing|s)?|boot(?:ing|ed|s)?)[ \t]+(?:me|us|him|her|them)[ \t]+out|locked[ \t]+out|won['’]?t[ \t]+let[ \t]+(?:me|us)[ \t]+(?:in|log)|(?:login|log-?in|sign-?in)[ \t]+(?:fails|failed|failing|broken|expired))(?![\p{L}])/iu;
/** A chat line's time and speaker before the message: "14:51 Caoimhe: ", "[14:51] Caoimhe: ", "Caoimhe: ". */
// BK's round: or an IRC-style log's speaker in angle brackets, the time after it or before it ("<Name> [12.11] …"),
// the time's parts joined by a dot too.
// BM's round: or the speaker in square brackets ("[Name] …"), as other exports write it.
const MESSAGE = /^[ \t]*(?:\[?\d{1,2}[:.]\d\d(?::\d\d)?\]?[ \t]+)?(?:<\p{L}[\p{L}\p{N} ._'-]{0,30}>[ \t]+(?:\[\d{1,2}[:.]\d\d(?::\d\d)?\][ \t]+)?|\[\p{L}[\p{L}\p{N} ._'-]{0,30}\][ \t]+|\p{L}[\p{L}\p{N} ._'-]{0,30}:[ \t]+)(.*)$/u;
/**
 * BJ's round: also after "this one", and before a remark set off by a dash ("… - don't forward"). BS's round: or by a
 * comma ("use … , it's the shared one").
 */
const BARE_ANSWER =
  /^(?:(?:here|use|it['’]?s|try|sure|this[ \t]+one)[ \t]*[:,]?[ \t]+)?([A-Za-z0-9][A-Za-z0-9_\-.:|<>/+=~]{9,300}?)[ \t]*(?:\([^()\n]{0,40}\)|[ \t][-–—][ \t]+[^\n]{1,40}|,[ \t]+[^\n]{1,40})?[ \t]*$/iu;
/**
 * A token joined to a UUID, a prefix or another token by separators (`uuid<__>key`, `prefix_hex`). BK's round: a dot,
 * a slash or a tilde after a short prefix too (`abc12.<hex>`, `abcd/<base64>=`, `abcsec~<random>`), as some providers
 * mark their keys; the long part is judged as before.
 */
const JOINED = /^[A-Za-z0-9]{4,}(?:(?:[_|:-]|<__>)[A-Za-z0-9]{4,}){1,5}$|^[A-Za-z][A-Za-z0-9]{2,15}[./~][A-Za-z0-9+/]{16,}={0,2}$/;
const MAX_LINES = 2000;

/** A short random token: letters of both cases and digits, mixed (`Qe7mR2xkPz`), not a word with a number after it. */
const SHORT_TOKEN = /^(?=[A-Za-z0-9]{10,19}$)(?=.*[A-Z])(?=.*[a-z])(?=(?:[^\d]*\d){2})(?![A-Za-z]+\d+$)(?![A-Z]?[a-z]+[A-Z]?[a-z]*\d+$)[A-Za-z0-9]+$/;

/**
 * BM's round: base64 of an id and a secret joined by a colon (`NTI1MDM3OjZj…`, "525037:6c21…"), as some providers
 * hand out a key ready for a Basic header: the decoded text is printable, the part after the colon sixteen characters
 * or more of hex or a random token.
 */
function encodedIdAndSecret(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{24,400}={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const decoded = atob(value);
  const pair = /^([\x21-\x39\x3b-\x7e]{1,64}):([\x21-\x7e]{16,256})$/.exec(decoded);
  return pair !== null && (/^[0-9a-f]+$/i.test(pair[2]!) || looksLikeRandomToken(pair[2]!));
}

export function isTokenShaped(value: string): boolean {
  if (encodedIdAndSecret(value)) return true;
  if (UUID.test(value) || /^[0-9a-f]{16,}$/i.test(value) || looksLikeRandomToken(value)) return true;
  if (/^[A-Za-z]{2,12}[-_]/.test(value) && UUID.test(value.slice(value.search(/[-_]/) + 1))) return true;
  // A joined token: its longest part random, a UUID or hex.
  if (!JOINED.test(value)) return false;
  const parts = /^[A-Za-z][A-Za-z0-9]{2,15}[./~]/.test(value) && !/[_|:-]/.test(value) ? [value.slice(0, value.search(/[./~]/)), value.slice(value.search(/[./~]/) + 1).replace(/=+$/, '')] : value.split(/<__>|[_|:-]/);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 16 && (/^[0-9a-f]+$/i.test(longest) || looksLikeRandomToken(longest));
}

/**
 * BI's round: sixteen letters or more in random case, with a digit or none (`EfffcSiwJhTKPgGx`), as some providers
 * draw keys; a word with a number after it, or camel case, changes case too seldom to pass.
 */
function randomCaseAnswer(value: string): boolean {
  return /^[A-Za-z0-9]{16,64}$/.test(value) && (value.match(/\d/g)?.length ?? 0) <= 2 && randomCaseLetters(value.replace(/\d/g, ''));
}

/**
 * BK's round: a licence key's shape, a short prefix and four to seven groups of five to eight capitals and digits
 * (`ABC-K3M9Q2XZ-7TQ4RW2M-…`), with six digits and six letters at least among the groups, as no word or date has them.
 */
function groupedKey(value: string): boolean {
  if (!/^[A-Z0-9]{2,8}(?:-[A-Z0-9]{5,8}){4,7}$/.test(value)) return false;
  const groups = value.slice(value.indexOf('-') + 1);
  return (groups.match(/\d/g) ?? []).length >= 6 && (groups.match(/[A-Z]/g) ?? []).length >= 6;
}

/** A value given as a key: token-shaped, a short random token or sixteen letters or more in random case. */
export function isKeyShaped(value: string): boolean {
  return isTokenShaped(value) || SHORT_TOKEN.test(value) || randomCaseAnswer(value) || groupedKey(value);
}

function findKeysGivenWhenAsked(text: string): SecretSpan[] {
  if (!text.includes('?') && !SAYS_A_KEY_IS_ASKED_FOR.test(text)) return [];
  const spans: SecretSpan[] = [];
  const lines = text.split('\n');
  let offset = 0;
  const starts: number[] = [];
  for (const line of lines.slice(0, MAX_LINES)) {
    starts.push(offset);
    offset += line.length + 1;
  }
  for (let i = 0; i < starts.length; i++) {
    const asked = MESSAGE.exec(lines[i]!);
    if (!asked || asked[1]!.length > 200) continue;
    const message = asked[1]!;
    if (!(ASKS_FOR_A_KEY.test(message) || ASKS_WHO_HOLDS_IT.test(message) || SAYS_A_KEY_IS_ASKED_FOR.test(message) || (message.includes('?') && ASKS_ABOUT_A_FAILING_LOGIN.test(message)))) continue;
    for (let j = i + 1; j < Math.min(starts.length, i + 4); j++) {
      const reply = MESSAGE.exec(lines[j]!);
      if (!reply) break;
      const body = reply[1]!;
      if (body.includes('?')) break;
      const answer = BARE_ANSWER.exec(body);
      if (!answer || !isKeyShaped(answer[1]!)) continue;
      const start = starts[j]! + lines[j]!.length - body.length + answer[0].indexOf(answer[1]!);
      spans.push({ start, end: start + answer[1]!.length, label: 'api key' });
      break;
    }
  }
  return spans;
}

export const KEYS_GIVEN_WHEN_ASKED_FINDERS: readonly Finder[] = [{ name: 'keys-given-when-asked', find: findKeysGivenWhenAsked }];
