import type { Finder, SecretSpan } from './rules';

/**
 * AQ's round: a value of all four kinds of character (capitals, small letters, digits and a password's symbol), ten
 * to sixty-four long, right after a short label and its colon, whatever the label says ("router admin: GWQRSw@fyl4…",
 * "stamper room cam: T0ff33m4pl346!", "Kamera: #CNuAAr7WT@IEM@0", "門禁：Xk7#pQ2m!Lw9"). A note, an export or a config
 * of another program's layout (an Evernote note's `<div>`s, a table's cells) names its entries by what they open, not
 * by a password's word; what such a note holds after a colon with every kind of character is a password. The shape is
 * checked tightly: no e-mail address (a dot after the @), no path, no URL or its escapes, no regex (brackets, a
 * backslash), no version or package (`name@1.2`), no base64 (`+`, `/` and `=` are not read: a hash, a fingerprint or a
 * public key has them and none of the password's symbols), none of the famous bad passwords that advice lists, and the
 * value ends where its field does (a tag, a blank, the line's end).
 */
const LABELLED =
  /(?<![\p{L}\p{N}_])(\p{L}[\p{L}\p{M}\p{N}'’-]{0,24}(?:[ \t][\p{L}\p{M}\p{N}'’-]{1,24}){0,3})[ \t]*[:：][ \t]*([A-Za-z0-9!@#$%^&*?~_-]{10,64})(?=$|[\s<,;)\]}"'”]|[.。](?:\s|$))/gmu;
const SYMBOL = /[!@#$%^&*?~]/;

function randomShaped(v: string): boolean {
  if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/\d/.test(v) || !SYMBOL.test(v)) return false;
  // An address, a handle or a package with its version: "ops@Example1.org" has its dot, "pkg@1.2.3" its digits.
  if (/^[\w.+-]+@[\w-]+\.\w/.test(v) || /^[\w-]+@[\^~]?\d+(?:\.\d+)*$/.test(v) || v.startsWith('@')) return false;
  // A URL's escapes (`%E6%9D%B1`), and the famous bad passwords that advice lists ("Never use: Password1!, …").
  if (/%[0-9A-F]{2}/i.test(v) || /pass(?:word|wort)|welcome|letmein|qwerty|admin123|summer20|winter20/i.test(v)) return false;
  // A template's or a shell's variable: `${HOME}`, `$PATH` wrote none of these at the start.
  if (/^\$[A-Z_]+$/.test(v)) return false;
  // Separated words (a slug, a title in kebab case) are a name: at most one hyphen or underscore.
  return (v.match(/[-_]/g) ?? []).length <= 1;
}

function findLabelledRandomValues(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/[:：]/.test(text)) return spans;
  // Every value holds a password's symbol (`randomShaped`) in its first 64 characters, after the colon, blanks and the
  // value's letters, digits, `_` or `-`: a text without one is not scanned for labels.
  if (!/[:：][ \t]*[A-Za-z0-9_-]{0,63}[!@#$%^&*?~]/.test(text)) return spans;
  LABELLED.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = LABELLED.exec(text)); ) {
    const value = m[2]!;
    if (!randomShaped(value)) continue;
    // An attribute's or an address's scheme (`EncodingType="urn:x#Base64Binary"`), not a label.
    if (/["'=/]/.test(text[m.index - 1] ?? '')) continue;
    // A word, a number and a mark is a chat's answer as often ("Ben: Kettle-19!"): the rules that read a password's
    // word take it where one is named; only a value with no such word in it is taken here.
    if (/^[A-Z]?[a-z]{3,}[-_.]?\d{1,4}[!?.#]?$/.test(value)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ start, end: start + value.length, label: 'password' });
  }
  return spans;
}

export const LABELLED_RANDOM_VALUE_FINDERS: readonly Finder[] = [{ name: 'labelled-random-values', find: findLabelledRandomValues }];
