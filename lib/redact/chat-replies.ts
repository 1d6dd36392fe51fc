import type { Finder, SecretSpan } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * Passwords given as the answer in a pasted chat: one person asks for a password ("can u send me the jenkins admin
 * pw", "what's the wifi password?"), and the next message, from someone else, is a single word. Nothing in the answer
 * says "password"; the question before it does.
 */

/** A chat line: an optional time stamp in brackets, a speaker's name, a colon, the message. */
const CHAT_LINE = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([\p{L}][\p{L}\p{N}._' -]{0,31}?)[ \t]*:[ \t]+(\S(?:[^\n]*\S)?)[ \t]*$/u;

/** A message that names a password (or a passphrase or login) near its end ("pass" and "pin" are verbs as often). */
const NAMES_PASSWORD = /\b(?:pw|pwd|password|passwort|passphrase|passcode|creds|credentials|login)\b[^\n]{0,40}$/i;

/** Words of a request or a question. */
const REQUEST = /\?|\b(?:send|give|share|dm|tell|remind|need|pls|please|can|could|what(?:'s|’s| is)|whats)\b/i;

/** Whether a message is a request for a password rather than a remark about one ("I reset the pw"). */
function asksForPassword(message: string): boolean {
  return NAMES_PASSWORD.test(message) && REQUEST.test(message);
}

/** A one-word answer that is a password: not a word of prose (`thx`, `sure`), a link or a path. */
function isPasswordAnswer(word: string): boolean {
  if (word.length < 6 || word.length > 64 || /\s/.test(word) || /^(?:https?:|www\.|\/|~)/i.test(word) || isPlaceholder(word)) return false;
  if (!/\d/.test(word) && !/[^\p{L}\p{N}]/u.test(word)) return false;
  return looksLikePassword(word, { quoted: false, strict: true });
}

function findChatReplies(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes(':')) return spans;
  let asker: string | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const m = line.length <= 2000 ? CHAT_LINE.exec(line) : null;
    if (!m) {
      asker = null;
    } else {
      const speaker = m[1]!.trim();
      const message = m[2]!;
      if (asker !== null && speaker !== asker && isPasswordAnswer(message)) {
        const start = lineStart + line.lastIndexOf(message);
        spans.push({ start, end: start + message.length, label: 'password' });
      }
      asker = asksForPassword(message) ? speaker : null;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

export const CHAT_REPLY_FINDERS: readonly Finder[] = [{ name: 'chat-reply-password', find: findChatReplies }];
