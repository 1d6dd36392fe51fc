import { factored, fastScan } from './fast-anchors';
import { EN_LABEL, FOREIGN_LABEL, PASSWORD_LABEL_ANCHORS, VALUE, proseValue } from './passwords';
import { keepJudged, type Finder, type RegexRule, type SecretSpan } from './rules';
import { anotherThingsNumber } from './values';

/**
 * A password, a PIN or a code given in the sentence after the one that names it, as people write when they ask about
 * it first: "Is my email password strong enough? It is Petunia1962", "what's a good password? mine is Sunflower77",
 * "my wifi password is weak. it's Bluebell2019", "Ich brauche die PIN vom Tablet. Sie lautet 4471", "Mi contraseña es
 * débil. Es Girasol1987", "Мой пароль слабый? Он такой: Lilia2020". The second sentence opens with "it is", "mine is",
 * "that's", or the same in another language, then the value; the first, at most 200 characters before, names a
 * password, a PIN or a code and gives no value of its own.
 *
 * The value must be one beyond doubt: for a password, a word a password rule would take in prose (a digit, a symbol
 * or random capitals: "It is 12 characters long" and "mine is weak" give none); for a PIN or a code, four to eight
 * digits that are no year and are not followed by a unit.
 */

/** How the next sentence opens: "it is", "mine is", "that's", in the most spoken languages and the EU's. */
const OPENER =
  String.raw`it\s+is|it['’]s|it\s+was|its|mine\s+is|mine['’]s|mine\s+was|that['’]s|that\s+is|this\s+is|here\s+it\s+is|it\s+reads|currently\s+it['’]s|right\s+now\s+it['’]s|i\s+(?:use|used|chose|picked)|` +
  String.raw`es\s+ist|es\s+lautet|sie\s+(?:ist|lautet)|er\s+(?:ist|lautet)|meins\s+ist|meines\s+ist|meine\s+ist|meiner\s+ist|das\s+ist|` +
  String.raw`c['’]est|il\s+est|elle\s+est|le\s+mien\s+est|la\s+mienne\s+est|` +
  String.raw`es|era|el\s+m[íi]o\s+es|la\s+m[íi]a\s+es|o\s+meu\s+[ée]|a\s+minha\s+[ée]|[ée]|il\s+mio\s+[èe]|la\s+mia\s+[èe]|[èe]|` +
  String.raw`het\s+is|de\s+mijne\s+is|mijn\s+is|det\s+[äa]r|mitt\s+[äa]r|det\s+er|mit\s+er|mitt\s+er|se\s+on|minun\s+on|minu\s+oma\s+on|see\s+on|` +
  String.raw`to\s+jest|moje\s+to|moje\s+jest|je\s+to|moje\s+je|to\s+je|moja\s+je|moj\s+je|t[āa]\s+ir|mana\s+ir|tai|mano\s+yra|` +
  String.raw`este|al\s+meu\s+e|a\s+mea\s+e|az\s+eny[ée]m|είναι|ο\s+δικός\s+μου\s+είναι|это|он|она|мой|моя|оно|сейчас|це|мій|моя|` +
  String.raw`benimki|[şs]u|itu|punyaku|punya\s+saya|ia(?:nya)?|n[óo]\s+l[àa]|c[ủu]a\s+t[ôo]i\s+l[àa]|ni|yangu\s+ni|ito\s+ay|ang\s+akin\s+ay|` +
  String.raw`[ëe]sht[ëe]|imi\s+[ëe]sht[ëe]|mae['’]n|hija|huwa|tas\s+ir`;

/** What the first sentence must name: a password (any language of `passwords.ts`), a PIN or a passcode, or a code. */
const NAMED = factored(new RegExp(
  String.raw`(?<![\p{L}])(?:${EN_LABEL}|${FOREIGN_LABEL}|passcode|PIN|ПИН|пин|PUK|OTP|TAN|code|codes|c[óo]digo|codice|kod|k[óo]d|kode|koodi|kood|kods|kodas|код|кода|коды)(?![\p{L}])`,
  'iu',
));
const NAMES_A_PASSWORD = factored(new RegExp(String.raw`(?<![\p{L}])(?:${EN_LABEL}|${FOREIGN_LABEL})(?![\p{L}])`, 'iu'));

/** Another kind of code named in the first sentence: a postal, promo, error or country code. */
const OTHER_CODE = factored(/(?<![\p{L}])(?:response|reason|decline|zip|postal|post|promo|discount|coupon|voucher|referral|error|status|exit|country|area|dial|product|tracking|source|qr|bar|colou?r|game|tax|course|class)(?![\p{L}])/iu);

/** A unit after a number: "It is 12 characters long", "it's 2048 bits". */
const UNIT_AFTER = factored(/^[ \t]*(?:digits?|chars?|characters?|letters?|symbols?|words?|bits?|bytes?|long|seconds?|minutes?|hours?|days?|years?|months?|times|attempts?|tries|%|€|\$|£)(?![\p{L}])/iu);

const SENTENCE_OPENING = new RegExp(String.raw`(?:${OPENER})(?![\p{L}\p{N}_])(?:[ \t]*[:：—–-][ \t]*|[ \t]+)${VALUE}`, 'dgiu');

/** The sentence before `at`: from the sentence's end before it back to the one before, on the same line or the one above. */
function sentenceBefore(text: string, at: number): string | null {
  const lead = text.slice(Math.max(0, at - 220), at);
  // `at` must open a sentence: a sentence's end, then spaces, right before it.
  const end = /[.!?。！？:：][ \t]*(?:\r?\n[ \t]*)?$/.exec(lead);
  if (!end) return null;
  const body = lead.slice(0, end.index + 1);
  const start = Math.max(body.lastIndexOf('\n\n'), body.slice(0, -1).search(/[.!?。！？](?=[ \t\n][^.!?。！？]*$)/));
  return body.slice(start + 1);
}

const NEXT_SENTENCE_SECRET: RegexRule = {
  name: 'secret-in-next-sentence',
  pattern: SENTENCE_OPENING,
  judge(m, text) {
    if (m.index > 0 && /[\p{L}\p{N}_]/u.test(text[m.index - 1]!)) return null;
    const previous = sentenceBefore(text, m.index);
    if (previous === null || !NAMED.test(previous)) return null;
    // The first sentence gives a value of its own: then the next one is about that value, not a new one.
    if (/\d{3}/.test(previous)) return null;
    const group = [1, 2, 3, 4, 5, 6].find((g) => m[g] !== undefined);
    if (group === undefined) return null;
    const raw = m[group]!.replace(/[.,;:!?)\]}។]+$/u, '');
    const start = m.indices![group]![0];
    // Digits alone: a PIN's or a code's, four to eight of them, no year, no unit after.
    if (/^\d+$/.test(raw)) {
      if (raw.length < 4 || raw.length > 8 || /^(?:19|20)\d\d$/.test(raw) || OTHER_CODE.test(previous)) return null;
      if (UNIT_AFTER.test(text.slice(start + raw.length, start + raw.length + 14))) return null;
      return { start, end: start + raw.length, label: 'password' };
    }
    if (!NAMES_A_PASSWORD.test(previous)) return null;
    return proseValue(m, 1, text);
  },
  resumeAfterReject: (m) => m.index + 1,
};

/** Where a first sentence's name stands (plain mode): the rule is tried only in the 260 characters after one. */
const NAME_ANCHORS = fastScan(new RegExp(`${PASSWORD_LABEL_ANCHORS.source}|passcode|PIN|PUK|OTP|code|c[óo]dig|codice|kod|kood|код|пин`, 'gi'));
const OPENER_FAST = new RegExp(`(?:${OPENER})(?![A-Za-z0-9_])`, 'iy');
const FULL_WIDTH = new Set(['。', '！', '？']);

/** A sentence's end on a code unit: a full stop, a question or exclamation mark, a colon, in Latin or full-width forms. */
function isEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1a;
}

const SPACE = /\s/;

/** A sentence ends at `i`: a full-width stop, or a stop before a space or the text's end. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!isEnd(c)) return false;
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || i + 1 >= text.length) return true;
  const next = text.charCodeAt(i + 1);
  return next < 128 ? next === 32 || (next >= 9 && next <= 13) : SPACE.test(text[i + 1]!);
}

function findNextSentenceSecrets(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const sticky = new RegExp(SENTENCE_OPENING.source, 'diuy');
  NAME_ANCHORS.lastIndex = 0;
  let scanned = 0;
  for (let a: RegExpExecArray | null; (a = NAME_ANCHORS.exec(text)); ) {
    const to = Math.min(text.length, a.index + 260);
    // Each place in the window that opens a sentence: a sentence's end, then one to three spaces or line breaks (none
    // after a full-width stop). Each character of the text is read once: windows that overlap go on from the last.
    for (let i = Math.max(scanned, a.index + a[0].length); i < to; i++) {
      if (!isEnd(text.charCodeAt(i))) continue;
      let j = i + 1;
      while (j < text.length && j - i <= 3 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
      if (j === i + 1 && !FULL_WIDTH.has(text[i]!)) continue;
      // The opener first, in the plain mode (most sentences open otherwise), then the whole rule in Unicode.
      OPENER_FAST.lastIndex = j;
      if (!OPENER_FAST.test(text)) continue;
      sticky.lastIndex = j;
      const m = sticky.exec(text);
      if (m) keepJudged(NEXT_SENTENCE_SECRET, m, text, spans);
    }
    scanned = Math.max(scanned, to);
    if (NAME_ANCHORS.lastIndex < to) NAME_ANCHORS.lastIndex = to;
  }
  return spans;
}

/**
 * A PIN or a code in a short sentence after the one that names it, whatever its words for "it is": "… asks for a
 * parental PIN. Somebody set it to 5421.", "… the service code before reset. Ours is 450180 (set by the installer).",
 * "… the manager PIN again. Is é 0559 é, but …". The sentence holds the number and at most four short words besides
 * (a remark in parentheses aside), none that makes the number a room's, a line's, a price or a count.
 */
const SHORT_SENTENCE_REACH = 90;
/** Short units the sentence may put after a number: "3000 ms", "30 s", "5 min", "2 MB". */
const SHORT_UNIT_AFTER = factored(/^[ \t]*(?:ms|s|sec|secs|min|mins|h|hrs?|kb|mb|gb|tb|px|pt|em|mm|cm|m|km|kg|g|x|°)(?![\p{L}])/iu);
const PIN_OR_CODE = factored(new RegExp(String.raw`(?<![\p{L}])(?:passcode|PIN|ПИН|пин|PUK|code|codes|c[óo]digo|codice|codi|kod|k[óo]d|kode|koodi|kood|код|кода)(?![\p{L}])`, 'iu'));
const NUMBER_ALONE = /(?<![\p{L}\p{N}_.,:/-])\d{4,8}(?![\p{L}\p{N}_]|[.,:/-]\d)/gu;
const NUMBER_OF_ANOTHER_THING =
  factored(new RegExp(String.raw`(?<![\p{L}])(?:${anotherThingsNumber()}|id|ids|terminal|merchant|user|client|response|room|flat|apartment|apt|unit|floor|line|bus|tram|train|number|no|nr|page|step|error|model|version|build|flight|gate|seat|route|year|years|call|phone|dial|ext|extension|price|costs?|paid|pay|eur|usd|km|miles|minutes?|hours?|days?|attempts?|tries|times|digits|characters|chars|long|about|around|over|under|than|until|since|before|after|at|by)(?![\p{L}])`, 'iu'));

function findShortNextSentenceCodes(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  NAME_ANCHORS.lastIndex = 0;
  let after = 0;
  // Where the last search read on without meeting a sentence's end or a line's: a later name's search goes on from there.
  let clearUntil = 0;
  for (let a: RegExpExecArray | null; (a = NAME_ANCHORS.exec(text)); ) {
    if (a.index < after) continue;
    // The name's sentence ends within 200 characters, on its line.
    const from = a.index + a[0].length;
    let i = Math.max(from, clearUntil);
    const limit = Math.min(text.length, from + 200);
    while (i < limit && text.charCodeAt(i) !== 10 && !endsSentence(text, i)) i++;
    if (i >= limit) clearUntil = limit;
    if (i >= limit || text[i] === '\n' || text[i] === ':' || text[i] === '：') continue;
    after = i;
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    const rest = text.slice(j, j + SHORT_SENTENCE_REACH);
    const stop = /[.!?。！？](?=\s|$)|[。！？\n]/u.exec(rest);
    if (!stop) continue;
    const sentence = rest.slice(0, stop.index);
    NUMBER_ALONE.lastIndex = 0;
    const numbers = [...sentence.matchAll(NUMBER_ALONE)];
    if (numbers.length !== 1) continue;
    const value = numbers[0]![0];
    const at = numbers[0]!.index!;
    // The clause the number closes: "Is é 0559 é, but it says 'invalid'".
    const tail = sentence.slice(at + value.length);
    const clause = tail.search(/[,;]/);
    // CA's round: a remark in parentheses is set aside on either side of the number, never across it: "(Badge number
    // 907480.)" holds the number, and its words are read.
    const aside = (s: string) => s.replace(/\([^()]{0,60}\)/g, ' ');
    const words = (aside(sentence.slice(0, at)) + ' ' + aside(clause >= 0 ? tail.slice(0, clause) : tail)).split(/[\s,;—–-]+/).filter((w) => w !== '');
    if (words.length > 4 || words.some((w) => /\d/.test(w) || w.length > 12 || NUMBER_OF_ANOTHER_THING.test(w))) continue;
    // The first sentence names a PIN or a code, of no other kind, and gives no number of its own.
    const previous = text.slice(Math.max(0, a.index - 120), i);
    const named = previous.slice(Math.max(previous.lastIndexOf('\n'), previous.search(/[.!?。！？][ \t][^.!?。！？]*$/)) + 1);
    if (!PIN_OR_CODE.test(named) || OTHER_CODE.test(named) || /\d{3}/.test(named)) continue;
    if (/^(?:19|20)\d\d$/.test(value) || UNIT_AFTER.test(tail) || SHORT_UNIT_AFTER.test(tail)) continue;
    spans.push({ start: j + at, end: j + at + value.length, label: 'password' });
    after = j + at + value.length;
  }
  return spans;
}

export const NEXT_SENTENCE_SECRET_FINDERS: readonly Finder[] = [
  { name: 'secret-in-next-sentence', find: findNextSentenceSecrets },
  { name: 'code-in-short-next-sentence', find: findShortNextSentenceCodes },
];
