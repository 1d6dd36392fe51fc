import { FOREIGN_LABEL } from './passwords';
import type { Finder, SecretSpan } from './rules';
import { isPlaceholder, looksLikePassword } from './values';

/**
 * Passwords given as the answer in a pasted chat: one person asks for a password ("can u send me the jenkins admin
 * pw", "what's the wifi password?", "heb je het wachtwoord van de staging-db?"), and the next message, from someone
 * else, is a single word, or a word of assent and one word ("ja: …"). Nothing in the answer says "password"; the
 * question before it does. Chats pasted from apps that write the speaker and time on a line above the message
 * (Discord, Slack) are read as well as those that write "[09:14] Name: message".
 */

/** A chat line: an optional time stamp in brackets, a speaker's name, a colon, the message. */
const CHAT_LINE = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([\p{L}][\p{L}\p{N}._' -]{0,31}?)[ \t]*:[ \t]+(\S(?:[^\n]*\S)?)[ \t]*$/u;

/** An IRC-style chat line: the speaker's name in angle brackets, then the message ("<Priya> pass for the wifi?"). */
const IRC_LINE = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?<([\p{L}][\p{L}\p{N}._' -]{0,31}?)>[ \t]+(\S(?:[^\n]*\S)?)[ \t]*$/u;

/**
 * A message that names a password (or a passphrase or login) near its end, in English or another language ("heb je
 * het wachtwoord van de staging-db?", Swedish "lösen"); "pass" and "pin" are verbs as often.
 */
const NAMES_PASSWORD = new RegExp(`(?<![\\p{L}\\p{N}_])(?:pw|pwd|password|passwort|passphrase|passcode|creds|credentials|login|l[öo]sen|wi-?fi(?![ \\t-]*(?:name|network|ssid))|${FOREIGN_LABEL})(?![\\p{L}\\p{N}_])[^\\n]{0,40}$`, 'iu');

/** Words of a request or a question. */
const REQUEST = /\?|\b(?:send|give|share|dm|tell|remind|need|pls|please|can|could|what(?:'s|’s| is)|whats)\b/i;

/**
 * The header above a message in chat apps that put the speaker and the time on a line of their own: Discord's
 * "Sanne — Today at 09:15", Slack's "Sanne  9:15 AM", a date instead of the day's name.
 */
const SPEAKER_HEADER =
  /^[ \t]*([\p{L}][\p{L}\p{N}._' -]{0,31}?)[ \t]+(?:[—–-][ \t]+(?:[\p{L}]{2,12}(?:[ \t]+(?:at|um|om|à|a las|às))?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})[ \t]+)?\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*$/u;

/** A short word of assent before the answer: "ja: X", "yes - X", "sure, X", "hier: X"; or two ("yes sorry, X"). */
const ASSENT = /^[\p{L}]{1,8}(?:[ \t]+[\p{L}]{1,8})?[ \t]*[:,—–-][ \t]*(?=\S+$)/u;

/**
 * BQ's round: a question that asks what to type without naming a password ("what do I put in on the order system
 * again", "what do I type for the till?"), or whether it was changed ("did you change the booking system??"): the
 * answer is what is typed, a password-shaped word. "What do I put in the X box" says where a key goes, and is left
 * to the rules that read keys by their shape.
 */
const ASKS_WHAT_TO_TYPE =
  /(?<![\p{L}])(?:what[ \t]+(?:do|did|should|shall|can)[ \t]+(?:I|we)[ \t]+(?:put[ \t]+in(?![ \t]+the[ \t])|type(?:[ \t]+in)?|enter|key[ \t]+in|punch[ \t]+in)|did[ \t]+(?:you|u)[ \t]+change[ \t]+(?:the|my|our|your)[ \t][^?\n]{1,60}\?)(?![\p{L}])/iu;

/** Whether a message is a request for a password rather than a remark about one ("I reset the pw"). */
function asksForPassword(message: string): boolean {
  return (NAMES_PASSWORD.test(message) && REQUEST.test(message)) || ASKS_WHAT_TO_TYPE.test(message);
}

/** A one-word answer that is a password: not a word of prose (`thx`, `sure`), a link or a path. */
function isPasswordAnswer(word: string): boolean {
  if (word.length < 6 || word.length > 64 || /\s/.test(word) || /^(?:https?:|www\.|\/|~)/i.test(word) || isPlaceholder(word)) return false;
  if (!/\d/.test(word) && !/[^\p{L}\p{N}]/u.test(word)) return false;
  return looksLikePassword(word, { quoted: false, strict: true });
}

/** Where the answer's password starts in a message, if the message is one: the whole message or the word after an assent. */
function answerStart(message: string): number | null {
  if (isPasswordAnswer(message)) return 0;
  const assent = ASSENT.exec(message);
  if (assent && !/\d/.test(assent[0]) && isPasswordAnswer(message.slice(assent[0].length))) return assent[0].length;
  return null;
}

function findChatReplies(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes(':') && !text.includes('<')) return spans;
  let asker: string | null = null;
  // The speaker of the last header line, whose message is on the lines below it.
  let headed: string | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const short = line.length <= 2000;
    const header = short ? SPEAKER_HEADER.exec(line) : null;
    const m = short && !header ? (CHAT_LINE.exec(line) ?? IRC_LINE.exec(line)) : null;
    if (header) {
      headed = header[1]!.trim();
    } else if (m || (headed !== null && line.trim() !== '')) {
      const speaker = m ? m[1]!.trim() : headed!;
      const message = m ? m[2]! : line.trim();
      if (m) headed = null;
      const at = asker !== null && speaker !== asker ? answerStart(message) : null;
      if (at !== null) {
        const start = lineStart + line.lastIndexOf(message) + at;
        spans.push({ start, end: lineStart + line.lastIndexOf(message) + message.length, label: 'password' });
      }
      asker = asksForPassword(message) ? speaker : null;
    } else if (line.trim() !== '' || headed === null) {
      asker = null;
      headed = null;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

export const CHAT_REPLY_FINDERS: readonly Finder[] = [{ name: 'chat-reply-password', find: findChatReplies }];
