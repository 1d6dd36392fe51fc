import type { Finder, SecretSpan } from './rules';
import { strongPasswordShaped } from './passwords-in-casual-frames';
import { trimTrailingPunctuation } from './values';

/**
 * BC's round: a chat says a password changed ("heads up the flight planning tool password rolled over", "the MES
 * login got reset", "pw for the till expired") and the next message or two gives it as "new one is Spr0cket6533?"
 * ("the new one's …", "new one: …", "now it's …"). The change notice names a password (password, pw, passcode,
 * login) and a change (rolled over, changed, reset, expired, updated, rotated); the value has a strong password's
 * shape, so "new one is on the wiki" stays.
 */
const CHANGE_NOTICE =
  /(?<![\p{L}])(?:password|passwd|pw|pwd|passcode|passphrase|login)(?![\p{L}])[^\n]{0,40}?(?<![\p{L}])(?:rolled[ \t]+over|changed|reset|expired|updated|rotated)(?![\p{L}])[^\n]{0,60}\r?\n/giu;
/** The next line (a chat's speaker and time may open it) that gives the new one. */
const NEW_ONE_LINE =
  /^(?:\[[\d:]{4,8}\][ \t]*)?(?:\([^()\n]{1,30}\)[ \t]*)?(?:[\p{L}][\p{L}\p{N} .'_-]{0,30}:[ \t]+)?(?:(?:the|a)[ \t]+)?new[ \t]+one(?:[ \t]+is|'s|[ \t]*:)[ \t]+([^\s"'<>]{8,64})[ \t]*\r?$/dimu;

function findNewPasswordsAfterAChangeNotice(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  CHANGE_NOTICE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHANGE_NOTICE.exec(text)); ) {
    const at = m.index + m[0].length;
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, next);
    const n = NEW_ONE_LINE.exec(line);
    if (!n) continue;
    const value = trimTrailingPunctuation(n[1]!);
    if (!strongPasswordShaped(value)) continue;
    const start = at + n.indices![1]![0];
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const NEW_PASSWORD_AFTER_A_CHANGE_NOTICE_FINDERS: readonly Finder[] = [
  { name: 'new-password-after-a-change-notice', find: findNewPasswordsAfterAChangeNotice, trigger: /new[ \t]+one/i },
];
