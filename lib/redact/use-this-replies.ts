import type { Finder, SecretSpan } from './rules';
import { isPlaceholder } from './values';

/**
 * AU's round: the answer to a question asking for a key, a token, a password or a login, given as "use X", "try X" or
 * "here: X" at the end of a reply in a pasted chat, whatever the app's layout (a speaker and a colon, an `@name`, a
 * header line above, Markdown's `**name** commented`): "which key is the integration using?" … "use WtLe…",
 * "anyone know the supplier login?" … "@fatima try midnight-cruel-flee-8", "paste the key …" … "here `5753e933-…`".
 * The question before names what is asked for; the reply's one value is it when it is shaped like a secret (letters
 * and digits mixed, or words joined by a mark with a number), not an id with its kind's prefix (`acct_…`, `AKIA…`).
 */
const REPLY = /(?<![\p{L}])(?:use|try|here(?:[ \t]+you[ \t]+go)?|here[ \t]+it[ \t]+is)[ \t]*[:,]?[ \t]+([`'"]?)([^\s`'"]{6,120})\1[ \t]*[.!]?[ \t]*$/gimu;
const ASKS =
  /(?<![\p{L}])(?:key|api[ \t]+key|token|secret|password|passcode|passphrase|pw|pwd|login|creds|credentials)(?![\p{L}])[^\n]{0,80}\?|(?<![\p{L}])(?:paste|send|share|give)[^\n]{0,40}(?<![\p{L}])(?:key|token|secret|password|login|creds)(?![\p{L}])/iu;
const ID_PREFIX = /^(?:acct|cus|pi|price|evt|sub|prod|in|ch|txn|ord|inv|AKIA|ASIA|AIDA|AROA|[CUTGW][A-Z0-9]{8,10}$)/;

function secretShaped(v: string): boolean {
  if (isPlaceholder(v) || ID_PREFIX.test(v) || /^(?:https?:|www\.|\/)|@[\w-]+\.\w/.test(v)) return false;
  if (/\d/.test(v) && /[A-Za-z]/.test(v)) return true;
  // Words joined by a mark with a number or without: "midnight-cruel-flee-8", "hero_ball_tree".
  return /^[a-z]{2,}(?:[-_.][a-z0-9]{2,}){2,}$/i.test(v);
}

function findUseThisReplies(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  REPLY.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = REPLY.exec(text)); ) {
    const value = m[2]!.replace(/[.,;!]+$/, '');
    if (!secretShaped(value)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    // The question is on an earlier line, within the few lines of the exchange.
    const before = text.slice(Math.max(0, lineStart - 400), lineStart);
    if (!ASKS.test(before)) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    spans.push({ start, end: start + value.length, label: /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9/+=_-]{24,}$/.test(value) ? 'api key' : 'password' });
  }
  return spans;
}

export const USE_THIS_REPLY_FINDERS: readonly Finder[] = [{ name: 'use-this-replies', find: findUseThisReplies, trigger: /use|try|here/i }];
