import type { Finder, SecretSpan } from './rules';

/**
 * BV's round: more of a generator's shapes, read alone (`generated-password-shapes.ts` reads those joined by `-`, `_`,
 * `.`, `:`, `~`, `+` and `|`):
 * - two words of four letters or more and a number of two to four digits, in any order, joined by one and the same symbol that no name, path,
 *   address or sum joins words with (`=`, `^`, `$`, `%`): "781=PANETTONE=pavlova", "hekla^982^Pinatubo",
 *   "sidecar$123$BEZIQUE", "73%Bezique%pavlova". Each word in one case throughout, the two in different forms (a small
 *   word beside a shouted or a capitalised one, or the same word twice in two cases); an assignment's `x=…` has a
 *   name before it, a URL's `%20` hex digits after its `%`;
 * - a capitalised word, a semicolon and a small word run on to two to four digits ("Parkin;tambora478"): a list's
 *   semicolon has a space after it, a statement's a name of one case; alone on its line's stretch, not a record's field;
 * - a small word, a dot, a capitalised word, a hyphen and three or four digits ("martinez.Cribbage-5434"): a file's name
 *   has its extension after it, a domain small letters, and the number is no year.
 */
const THREE_PARTS =
  /(?<![\p{L}\p{N}_.@/\\$#%^=&?:~-])(?:(\d{2,4})([=^$%])(\p{L}{4,12})\2(\p{L}{4,12})|(\p{L}{4,12})([=^$%])(\d{2,4})\6(\p{L}{4,12})|(\p{L}{4,12})([=^$%])(\p{L}{4,12})\10(\d{2,4}))(?![\p{L}\p{N}_@/\\(=^$%&-]|\.[\p{L}\p{N}])/gu;
const SEMICOLON_WORDS = /(?<![\p{L}\p{N}_.@/\\$#;:=-])\p{Lu}\p{Ll}{2,12};\p{Ll}{3,12}\d{2,4}(?![\p{L}\p{N}_@/\\(;-]|\.[\p{L}\p{N}])/gu;
const DOTTED_NAME_NUMBER = /(?<![\p{L}\p{N}_.@/\\$#:=-])\p{Ll}{3,12}\.\p{Lu}\p{Ll}{2,12}-(?!(?:19|20)\d\d(?!\d))\d{3,4}(?![\p{L}\p{N}_@/\\(-]|\.[\p{L}\p{N}])/gu;

/** A word in one case throughout: small, capitalised or shouted. */
function caseOf(word: string): 'small' | 'capitalised' | 'shouted' | null {
  if (/^\p{Ll}+$/u.test(word)) return 'small';
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) return 'capitalised';
  if (/^\p{Lu}+$/u.test(word)) return 'shouted';
  return null;
}

function findWordsJoinedBySymbol(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d/.test(text)) return spans;
  if (/[=^$%]/.test(text)) {
    THREE_PARTS.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = THREE_PARTS.exec(text)); ) {
      const words = [m[3] ?? m[5] ?? m[9], m[4] ?? m[8] ?? m[11]].map((w) => w!);
      const cases = words.map(caseOf);
      if (cases.includes(null) || cases[0] === cases[1] || !cases.includes('small')) continue;
      // `%` then hex is a URL's escape ("%2Fdocs%2F…"): the word after the sign opens on no hex pair.
      const joiner = m[2] ?? m[6] ?? m[10];
      if (joiner === '%' && /%[0-9A-Fa-f]{2}/.test(m[0])) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
    }
  }
  if (text.includes(';')) {
    SEMICOLON_WORDS.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = SEMICOLON_WORDS.exec(text)); ) {
      // A record's fields: another semicolon on its line near it.
      // Sixty characters each way on its line, sliced first so that a long line stays linear.
      const head = text.slice(Math.max(0, m.index - 60), m.index);
      const tail = text.slice(m.index, m.index + m[0].length + 60);
      const line = head.slice(head.lastIndexOf('\n') + 1) + tail.split('\n')[0];
      if (line.split(';').length - 1 > 1) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
    }
  }
  if (text.includes('.')) {
    DOTTED_NAME_NUMBER.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = DOTTED_NAME_NUMBER.exec(text)); ) spans.push({ start: m.index, end: m.index + m[0].length, label: 'password' });
  }
  return spans;
}

export const WORDS_JOINED_BY_A_SYMBOL_FINDERS: readonly Finder[] = [{ name: 'words-joined-by-a-symbol', find: findWordsJoinedBySymbol }];
