import { CODE_PLACE, NUMBER_FIELD } from './passwords-in-found-lists';
import type { RedactionLabel, SecretSpan } from './rules';

/**
 * BC's round: a place's code said in the same breath as a login, on the found password's line or in the chat
 * messages right around it, with no word for a code:
 *
 * - a clause that names a place and gives it four to eight digits: "card reader: [password]. studio door shutter:
 *   368622", "log back in with [password], and back office opens with 65528", "paddock trailer opens on 839095; for
 *   the laptop use [password]", "Chidi: and the stock drawer is 622526 if you need to get chairs out" (the message
 *   after a Wi-Fi key). The clause opens the line or the message, or follows a sentence's or a clause's stop; it
 *   names a place a code opens (a door, a store, a drawer, an office …) with "is", a colon, "=", "takes", or says it
 *   "opens with" / "opens on" the number, which is a code whatever the place;
 * - a question "and studio door?" after the login, answered by the next message with the number first ("2642, it
 *   sticks so push hard") or after words that say it is unchanged ("same as always, 39277").
 *
 * A place's label that names another kind of number (a phone's, a floor's, a count's) keeps it, as do a year and one
 * digit repeated. The lines read are the found one and up to three after it and one before, within its paragraph.
 */
const MORE_PLACES =
  /(?<![\p{L}])(?:drawers?|office|trailer|case|kiosk|hall|loft|corridor|dock|turnstile|bund|freezer|fridge|pen|kennels?|studio|yard|depot|warehouse|shop|lobby|reception|portakabin|pontoon|hangar|cage)(?![\p{L}])/iu;
/**
 * A chat line's time, a transcript's note and the speaker's name before the message. BD's round: the time bare too, as
 * Element, Keet and other apps export it ("06:19 Piet: …", "[06:19] Piet: …").
 */
const CHAT_PREFIX = /^[ \t>]*(?:(?:\[[\d:]{4,8}\]|\d{1,2}:\d\d(?::\d\d)?(?=[ \t]))[ \t]*)?(?:\([^()\n]{1,30}\)[ \t]*)?(?:[\p{L}][\p{L}\p{N} .'_-]{0,30}:[ \t]+(?=\p{L}|\d))?/u;
/**
 * BE's round: a postscript's or an afterthought's opening ("P.S.", "ps", "oh and", "also", "btw", "+"), an arrow for
 * the colon ("side door -> 4172", "shed → 5521"), and a place that locks named right before its number with nothing
 * between ("fuse box 7316.", "orchard gate 40529."), a door's, a gate's, a box's, a hatch's … (a room's number
 * is where it is, so "room" alone is not read so); in capitals too ("FUSE BOX IS 7316."), and with a chat's tail
 * word after the number ("grain hatch = 604118 fr", "… 5521 thx"); and a gloss in brackets, a language's name
 * maybe opening it, as a translation request repeats the message ("(English: the cold store is 771902)"); "is still"
 * and "is now" as "is" ("The bike store is still 6032").
 * BF's round: a clause after a colon ("since you'll ask next: spring store is 7363"), a " + " ("(usr x) + proofing room
 * = 7039"), or an emoji ("no cap 💀 wig store is 7224"); a gloss of several words before its colon ("(English for the
 * relief cover: cart depot is 1220)"); "now" after the number ("the tow store is 7503 now, …") and a chat's tail word
 * followed by more ("… 7224 fr dont lose it", "= 7039 thx ttyl").
 * BG's round: "is on" as "is", and "as well" after the number ("The envelope store is on 935378 as well.").
 */
const CODE_CLAUSE =
  /(?:^|[.;!?][ \t]+|,[ \t]*|:[ \t]+|[ \t]\+[ \t]+|\p{Extended_Pictographic}\uFE0F?[ \t]+|[ \t][—–-][ \t]+|\([ \t]*(?:\p{L}[\p{L} ]{1,40}:[ \t]*)?)(?:(?:and|then|also|plus|oh[ \t]+and|p\.?s\.?|btw|\+)[ \t:,]*)?(?:the[ \t]+)?(\p{L}[\p{L}\p{N} '’-]{0,40}?)(?:[ \t]*(?:[:=]|->|→|=>)|[ \t]+(is(?:[ \t]+(?:still|now|on))?|takes|(?:opens|unlocks)[ \t]+(?:with|on))|[ \t](?=\d{4,8}[ \t]*(?:[.,;!]|$)))[ \t]*(\d{4,8})(?=[ \t]*(?:[,;!)]|\.(?!\d)|$)|[ \t]+(?:if|and|but|then|for|it|so|now|as)[ \t,.]|[ \t]+(?:fr|lol|tho|pls|please|thx|thanks|cheers|mate|ok|ttyl)(?:[ \t]|[ \t]*(?:[.,!]|$)))/dgiu;
/** A place that locks, last in the label: what a bare number after it opens. */
const LOCKING_PLACE_LAST =
  /(?<![\p{L}])(?:doors?|gates?|box|hatch|shack|shed|cabinet|cage|locker|safe|padlock|lock[ \t]?box|key[ \t]?(?:box|safe)|store|cupboard|shutter|vault|barrier|turnstile|keypad|alarm)$/iu;
/** The opening of a postscript or an afterthought line, read wherever it stands in a text with a found password. */
const POSTSCRIPT_LINE = /^[ \t]*(?:p\.?s\.?|oh[ \t]+and|also|btw|\+)[ \t:,]/gimu;
const QUESTION = /^(?:and|what[ \t]+about|how[ \t]+about|n)[ \t]+(?:the[ \t]+)?\p{L}[\p{L}\p{N} '’-]{1,40}\?[ \t]*$/iu;
// BD's round: the answer may open with words that say the code has not changed ("same as always, 39277", "still
// 4410", "it's 2642").
const ANSWER =
  /^(?:(?:same[ \t]+as[ \t]+(?:always|ever|before|usual)|as[ \t]+(?:always|usual|ever)|still|unchanged|it'?s|it[ \t]+is|that'?s)[ \t]*[,:–—-]?[ \t]+)?(\d{4,8})(?=[ \t]*(?:[,.!;]|$|[ \t](?:and|but|it|so|then)[ \t]))/iu;
const MAX_FOUND = 100;
/**
 * The found secrets a place's code is read beside: a password or a code, and, BF's round, a person's identity or card
 * number, which a handover gives in the same breath ("my ID number is …\n(English for the relief cover: gas bottle
 * cage is 8413)"). A service's key or token is given to a program, not beside a door.
 */
const SAID_BESIDE: ReadonlySet<RedactionLabel> = new Set(['password', 'national id', 'card number']);

function lineAt(text: string, start: number): { start: number; end: number; body: number } | null {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (end - start > 400) return null;
  const prefix = CHAT_PREFIX.exec(text.slice(start, end))![0].length;
  return { start, end: text[end - 1] === '\r' ? end - 1 : end, body: start + prefix };
}

function codesOnLine(text: string, line: { start: number; end: number; body: number }, out: SecretSpan[], taken: Uint8Array): void {
  const body = text.slice(line.body, line.end);
  CODE_CLAUSE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CODE_CLAUSE.exec(body)); ) {
    const label = m[1]!;
    const value = m[3]!;
    const opens = m[2] !== undefined && /^(?:opens|unlocks)/i.test(m[2]);
    const bare = /^[ \t]$/.test(body.slice(m.indices![1]![1], m.indices![3]![0]));
    if (bare && !LOCKING_PLACE_LAST.test(label.trimEnd())) continue;
    if (!opens && !CODE_PLACE.test(label) && !MORE_PLACES.test(label) && !LOCKING_PLACE_LAST.test(label.trimEnd())) continue;
    if (NUMBER_FIELD.test(label) || /^(?:19|20)\d\d$|^(\d)\1+$/.test(value)) continue;
    push(line.body + m.indices![3]![0], value.length, out, taken);
  }
}

/**
 * BS's round: a lock's, a padlock's or a door's word in another language on the found password's line, the number a
 * few words after it in the same clause ("kufuli ya stoo ni 9729", "gembok gudang 8532", "ताला 3605 है", "قفل انبار
 * 2084", "колодка на комірчині 6216", "khoá kho là 8598", "储物间的锁是8424"): a note written or
 * translated in that language gives its codes beside the Wi-Fi key or the login with its own words for "of the store"
 * and "is", which no list of joining words holds; the lock's word says what the number opens. Words written without
 * spaces (Chinese, Japanese, Korean) stand inside a phrase, so they need no boundary before them. Not Portuguese and
 * Italian "porta", nor French "porte": a network's port ("liberar a porta 25565") and a verb.
 */
const LOCK_ANY_LANGUAGE = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}])(?:و?(?:ال)?قفل|ताला|ताले|kufuli|колодк\p{L}*|замок|замк[аеуі]|khoá|khóa|gembok|kilit\p{L}*|cadeado|candado|lucchetto|cadenas|serrure|vorh[äa]ngeschloss|h[äa]ngeschloss|hangslot|kłódk\p{L}*|z[áa]mek|z[áa]mok|lakat|lac[ăa]t|λουκέτο|κλειδαριά|מנעול|puerta|portone|deur|drzwi|двер\p{L}*)(?![\p{L}\p{M}])|锁|鎖|南京錠|錠前|자물쇠)` +
    String.raw`[^\d\n.;!?,،，、。]{0,30}?(?<![\p{N}])(\d{4,8})(?![\p{N}]|[.,:/-]\d)`,
  'gu',
);

/**
 * BU's round: a door's or a gate's word in more languages beside a found password ("und die Hintertür 18777", "a kapija
 * je 7421", "а хвіртка 8228", "والباب الخلفي 6504", "裏口は 9014", "뒷문은 8109", "et le portail c'est 8205"), as a
 * note gives a shop's computer's password and its back door's code in one breath. The Romance "porta", "porte",
 * "portoni", "pòrta" name a network's port too ("a porta 5432"), so only with the language's "is" right before the
 * number ("a porta das traseiras é 5631").
 */
const DOOR_MORE_LANGUAGES = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}])(?:\p{L}{0,12}tür|kapij\p{L}*|kapu|kapuja|хвіртк\p{L}*|ворот\p{L}*|брам\p{L}*|و?(?:ال)?باب|portail|port[ãa]o|cancello|cancela|brama|bramk\p{L}*|furtk\p{L}*)(?![\p{L}\p{M}])|裏口|玄関|后门|後門|大门|뒷문|대문|현관)` +
    String.raw`[^\d\n.;!?,،，、。]{0,30}?(?<![\p{N}])(\d{4,8})(?![\p{N}]|[.,:/-]\d)` +
    String.raw`|(?<![\p{L}\p{M}])(?:porta|porte|portoni|p[òo]rta)(?![\p{L}\p{M}])[^\d\n.;!?,،，、。]{0,30}?(?<![\p{L}])(?:é|è|est|c['’]est|es|ist|je)[ \t]+(\d{4,8})(?![\p{N}]|[.,:/-]\d)`,
  'gu',
);

function lockCodesOnLine(text: string, line: { start: number; end: number; body: number }, out: SecretSpan[], taken: Uint8Array): void {
  const body = text.slice(line.body, line.end);
  for (const re of [LOCK_ANY_LANGUAGE, DOOR_MORE_LANGUAGES]) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(body)); ) {
      const value = m[1] ?? m[2]!;
      if (NUMBER_FIELD.test(m[0]) || /^(?:19|20)\d\d$|^(\d)\1+$/.test(value)) continue;
      push(line.body + m.index + m[0].length - value.length, value.length, out, taken);
    }
  }
}

function push(start: number, length: number, out: SecretSpan[], taken: Uint8Array): void {
  if (taken.subarray(start, start + length).some((t) => t !== 0)) return;
  taken.fill(1, start, start + length);
  out.push({ start, end: start + length, label: 'password' });
}

export function findPlaceCodesBesideFoundPasswords(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let budget = MAX_FOUND;
  const read = new Set<number>();
  for (const found of kept) {
    if (!SAID_BESIDE.has(found.label)) continue;
    if (--budget < 0) break;
    const ownStart = text.lastIndexOf('\n', found.start - 1) + 1;
    // The line before (if no blank line between), the found one and up to three after it, while none is blank.
    const starts: number[] = [];
    const before = ownStart > 0 ? text.lastIndexOf('\n', ownStart - 2) + 1 : -1;
    if (before >= 0 && text.slice(before, ownStart).trim() !== '') starts.push(before);
    for (let at = ownStart, i = 0; at >= 0 && at < text.length && i < 4; i++) {
      const end = text.indexOf('\n', at);
      if (text.slice(at, end < 0 ? text.length : end).trim() === '') break;
      starts.push(at);
      at = end < 0 ? -1 : end + 1;
    }
    for (let k = 0; k < starts.length; k++) {
      const line = lineAt(text, starts[k]!);
      if (!line) continue;
      if (!read.has(line.start)) {
        read.add(line.start);
        codesOnLine(text, line, spans, taken);
        lockCodesOnLine(text, line, spans, taken);
      }
      const next = k + 1 < starts.length ? lineAt(text, starts[k + 1]!) : null;
      if (next && line.start >= ownStart && QUESTION.test(text.slice(line.body, line.end))) {
        const answer = ANSWER.exec(text.slice(next.body, next.end));
        if (answer && !/^(?:19|20)\d\d$|^(\d)\1+$/.test(answer[1]!)) push(next.body + answer[0].length - answer[1]!.length, answer[1]!.length, spans, taken);
      }
    }
  }
  // BE's round: a postscript read wherever it stands, past a signature's blank line ("Kind regards …\nP.S. bike
  // shed -> 4718").
  if (kept.some((k) => k.label === 'password')) {
    POSTSCRIPT_LINE.lastIndex = 0;
    let lines = MAX_FOUND;
    for (let m: RegExpExecArray | null; --lines >= 0 && (m = POSTSCRIPT_LINE.exec(text)); ) {
      const line = lineAt(text, m.index);
      if (line && !read.has(line.start)) {
        read.add(line.start);
        codesOnLine(text, line, spans, taken);
      }
    }
  }
  return spans;
}
