import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * AW's round: a chat's reply that gives a Wi-Fi network or a login as "name / key" right after a question for it
 * ("[11:53] Diego: ta. wifi?" then "[11:53] Sofia: Pixelmoth_Staff / BH6J3DKNR4", "login for the portal?" then
 * "@ana: jdoe / Kestrel42x"; BD's round: "what do I need for the booking portal?" then "09:13 Maren: kiosk01 / …", the
 * time bare). The question, on one of the three lines above, says what the pair is; the reply's line
 * holds only the pair (after a time stamp and a speaker), and the value after the slash is kept to a key's shape:
 * letters mixed with digits or symbols, or capitals and digits; no e-mail, URL, path, date or fraction.
 */
const PAIR_LINE =
  /^(?:[-*•>][ \t]+)?(?:\[[^\]\n]{1,24}\][ \t]*)?(?:\d{1,2}:\d\d(?::\d\d)?[ \t]+)?(?:[\p{L}\p{N}@][^\n:]{0,30}:[ \t]+)?[^\s/]{2,40}[ \t]+\/[ \t]+([^\s/]{6,64})[ \t]*$/gmu;
const ASKS =
  /(?<![\p{L}])(?:wi-?fi|wlan|wireless|network|login|logins|log-in|creds|credentials|password|pw|pwd|pass|what[ \t]+(?:do|does|will|would|did)[ \t]+(?:i|we|you|they|she|he)[ \t]+need[ \t]+(?:for|to))(?![\p{L}])[^\n]{0,60}\?/iu;

function keyShaped(v: string): boolean {
  if (isPlaceholder(v) || /:\/\/|@[\w-]+\.\w|^[\d./:-]+$/.test(v)) return false;
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return /\d/.test(v) ? classes >= 2 && /[A-Za-z]/.test(v) : classes >= 3;
}

function findNameSlashKeyReplies(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  PAIR_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PAIR_LINE.exec(text)); ) {
    const value = m[1]!.replace(/[.,;!]+$/, '');
    if (!keyShaped(value)) continue;
    // The three lines above, where the question is asked.
    let from = m.index;
    for (let i = 0; i < 3 && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
    if (!ASKS.test(text.slice(from, m.index))) continue;
    const start = m.index + m[0].trimEnd().length - m[1]!.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const NAME_SLASH_KEY_REPLY_FINDERS: readonly Finder[] = [{ name: 'name-slash-key-replies', find: findNameSlashKeyReplies, trigger: /[ \t]\/[ \t]/ }];
