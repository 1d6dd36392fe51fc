import type { Finder, SecretSpan } from './rules';
import { looksLikeRandomToken } from './values';

/**
 * BL's round: a key pasted as a chat message of its own, in an export that writes "[time] Name › message" (or ":",
 * "»", ">", a dash): "[18:25] Ana › here: <key>", "[12:47] Bo › <key> (same one as last week)", "… - swapped it on
 * monday". Nothing in the chat need name a key or a password: the one who was locked out asks for "it again", and the
 * answer is a string only a machine writes. So only the message's shape is read, in a line that opens with a time
 * stamp and a speaker (a config's `trace_id: …` has neither): the whole message is one random
 * token (looksLikeRandomToken: twenty characters or more, letters and digits mixed as chance mixes them; no UUID, no
 * path, no dotted or hyphenated name), after at most a word of handing over ("here:", "try", "use") and before at most
 * an aside in brackets or after a dash. At least two such lines must stand in the text.
 */

/** A message's head: a time stamp ("[18:25]", "18:25", "[3:07 PM]"), a speaker's name, a mark, as exports write them. */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
const MARK = String.raw`[ \t]*(?:[:›»>→]|[—–-](?=[ \t]))[ \t]+`;
/**
 * BO's round: two more heads exports write. The app's or the channel's name in brackets, the speaker, then the time
 * ("[Team Chat] Ana 22:40: …"); and a speaker's name alone before a colon, as a chat is copied from the screen
 * ("Ana: what do I put in the box?" / "Bo: <key>"): a capitalised name of one or two words of letters, not a config's
 * key (`trace_id`, `HOST`, `Content-Type`), and, as for every head, two such lines at least in the text.
 */
/**
 * BP's round: three more. The app's name in brackets before a speaker with no time ("[HeyTell] Tariq: …"), and the
 * app named after the speaker, "Name via App:" or "Name (App):", as bridges and copied group chats write it; the
 * speaker a capitalised name, and a prose line still needed where no time stands.
 */
const APP_NAMED = String.raw`\[[^\]\n]{1,30}\][ \t]+\p{Lu}\p{Ll}{1,15}(?=:)|\p{Lu}\p{Ll}{1,15}(?:[ \t]+via[ \t]+[^:()\n]{1,30}|[ \t]*\([^()\n:]{1,30}\))(?=:)`;
const HEAD = String.raw`[ \t]*(?:\[?${TIME}\]?[ \t]+\p{L}[\p{L}.' -]{0,31}?|\[[^\]\n]{1,30}\][ \t]+\p{Lu}[\p{L}.' -]{0,31}?[ \t]+${TIME}|\p{Lu}\p{Ll}{1,15}(?:[ \t]\p{Lu}\p{Ll}{1,15})?(?=:)|${APP_NAMED})${MARK}`;
/**
 * BP's round: more words of handing over before the token: "this one", "(no,) use the new one", "here you go",
 * "here's what goes in the <app> box" (or field).
 */
const HANDING_OVER = String.raw`(?:(?:no|ok|okay|yes|yeah|sure)[,.]?[ \t]+)?(?:use[ \t]+)?(?:this|that|the[ \t]+new)[ \t]+one|here[ \t]+you[ \t]+go|here(?:['’]s|[ \t]+is)[ \t]+what[ \t]+goes[ \t]+in(?:to)?[ \t]+the[ \t]+[^:\n]{1,30}?[ \t]+(?:box|field)`;
const CHAT_MESSAGE = new RegExp(
  String.raw`^${HEAD}(?:(?:here|here it is|this|try|use|new one|it's|its|${HANDING_OVER})[ \t]*[:,-]?[ \t]+)?([A-Za-z0-9_\-.+/=~^|!:]{20,200})(?:[ \t]+(?:\([^()\n]{1,80}\)|[-–—][ \t][^\n]{1,80}))?[ \t]*$`,
  'dgmu',
);
const CHAT_LINE_START = new RegExp(String.raw`^${HEAD}\S`, 'gmu');

const DIGEST_LENGTHS = new Set([32, 40, 56, 64, 96, 128]);

/** The token's random part: what follows a short prefix and its marks (`craft^…`, `ren|…`, `name:…`), or the whole. */
function isRandom(token: string): boolean {
  // Hex alone is taken only at a length no digest has (MD5's 32, SHA-1's 40, SHA-224's 56, SHA-256's 64 …): a
  // pasted hash or trace id is one of those; a key drawn as hex bytes need not be.
  if (/^[0-9a-f]+$/i.test(token)) return token.length >= 24 && !DIGEST_LENGTHS.has(token.length) && /\d/.test(token) && /[a-f]/i.test(token);
  if (/^[0-9a-f-]+$/i.test(token)) return false;
  // A variable's name and its value (`X_APP_CODE=…`, `App.Key=…`) are the assignment rules' to read.
  if (/^(?:[A-Za-z][A-Za-z0-9]*[_.][\w.]*|[A-Z][A-Z0-9]{2,})=/.test(token)) return false;
  // Groups of capitals and digits, each holding both, four or more joined by one mark (`K7QD2M-9XRT4B-…`), as a
  // licence or a key is printed for typing.
  const groups = token.split(/[-:.]/);
  if (groups.length >= 4 && new Set(token.replace(/[A-Z0-9]/g, '')).size === 1 && groups.every((g) => /^[A-Z0-9]{4,10}$/.test(g) && /\d/.test(g) && /[A-Z]/.test(g))) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(token) || /@/.test(token)) return false;
  if (looksLikeRandomToken(token)) return true;
  // BO's round: a version's mark may follow the prefix (`acme:v2:…`).
  const tail = /^[A-Za-z][A-Za-z0-9]{1,11}[\^|!:.~_-]+(?:v\d{1,2}[\^|!:.~_-]+)?(.+)$/.exec(token)?.[1];
  // A digest after its algorithm's name (`sha256:…`, a log's image digest) has a digest's length.
  if (tail === undefined || /^(?:sha|md|blake|sm|crc)\d*[:_-]?$/i.test(token.slice(0, token.length - tail.length).replace(/[\^|!:.~_-]+$/, ''))) return false;
  // BP's round: hex of 24 digits or more after a prefix that names no algorithm (`pl_<32 hex>`, `rootly_<64 hex>`) is a
  // key at a digest's length too: a digest is pasted bare or after its algorithm's name, not after a service's.
  return looksLikeRandomToken(tail) || (/^[0-9a-f]{24,}$/.test(tail) && /\d/.test(tail) && /[a-f]/.test(tail));
}

/**
 * A speaker's line of prose (a question, or four words or more), under a head of a name alone: without one, lines of
 * "Name: value" are a settings page's or a form's ("Model: Pixel 8", "Kernel: 6.1.75-…"), not a chat.
 */
const NAME_ONLY_PROSE_LINE = new RegExp(String.raw`^[ \t]*(?:\p{Lu}\p{Ll}{1,15}(?:[ \t]\p{Lu}\p{Ll}{1,15})?|${APP_NAMED}):[ \t]+(?:[^\n]*\?[ \t]*$|(?:[^\s:]+[ \t]+){3}[^\s:])`, 'mu');
const TIMED_HEAD = new RegExp(String.raw`^[ \t]*(?:\[?${TIME}\]?|\[[^\]\n]{1,30}\][ \t]+\p{Lu}[\p{L}.' -]{0,31}?[ \t]+${TIME})`, 'mu');

function findTokensAloneInChat(text: string): SecretSpan[] {
  CHAT_LINE_START.lastIndex = 0;
  let lines = 0;
  while (lines < 2 && CHAT_LINE_START.exec(text)) lines++;
  if (lines < 2 || (!TIMED_HEAD.test(text) && !NAME_ONLY_PROSE_LINE.test(text))) return [];
  const spans: SecretSpan[] = [];
  CHAT_MESSAGE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHAT_MESSAGE.exec(text)); ) {
    const token = m[1]!;
    if (!isRandom(token)) continue;
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, label: 'api key' });
  }
  return spans;
}

export const TOKENS_ALONE_IN_CHAT_MESSAGE_FINDERS: readonly Finder[] = [{ name: 'token-alone-in-chat-message', find: findTokensAloneInChat }];
