import { LOCK_WORD } from './codes-after-locks';
import type { SecretSpan } from './rules';

/**
 * CB's round: a code written digit by digit, its digits set apart by hyphens or blanks as a keypad is pressed or a
 * padlock's wheels are turned ("yak barn padlock is 3-7-1-9", "key box … is 5-1-5-0", "code lock — 4 4 9 0 —",
 * "code 2-0-1-1-#"). Every rule reads a code as a run of digits, so such a code was read by none. The digits are read
 * here as the run they spell: the text around them, with the run joined, is given to the rules again, and the spelt
 * code is taken where they take the joined run as a password. What the rules ask of a run (a lock's or a code's word,
 * no other number's word) is asked of it as it is; the spelling alone takes nothing ("a 4-2-3-1 formation", "steps
 * 1 2 3 4").
 *
 * Three to eight single digits, one kind of joint throughout, a "#" or a "*" at the end as a keypad's enter; not part
 * of a longer number or a date. Read only where a word of a lock, a door, a code or a key stands in the 80 characters
 * before (the words the rules need), and for 64 runs in a text at most: each is read again with the text around it.
 */
const DIGIT_BY_DIGIT = /(?<![\p{L}\p{N}_.,:/-])\d([- ])\d(?:\1\d){1,6}(?:\1?[#*])?(?![\p{L}\p{N}_]|\1?\d|[.,:/]\d)/gu;
const LOCK_OR_CODE_BEFORE = new RegExp(
  String.raw`${LOCK_WORD}|` +
    String.raw`(?:lock|door|gate|code|box|safe|combi|pin|alarm|keypad|key|room|cupboard|shed|garage|locker|barrier|cage|container|press|punch|enter|type|dial|padlock|office|store|igloo|entry|porte|puerta|tür|t[üu]r|cadenas|candado|lucchetto|codice|c[óo]digo|kod|koodi|kode|šifr\p{L}*|sifr\p{L}*)`,
  'iu',
);
const REACH = 200;
const MOST_RUNS = 64;

/** The spans of digit-by-digit codes the rules take once joined (`spansOf` reads a text with every rule). */
export function findCodesSaidDigitByDigit(text: string, taken: Uint8Array, spansOf: (window: string) => SecretSpan[]): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!/\d[- ]\d[- ]\d/.test(text)) return spans;
  DIGIT_BY_DIGIT.lastIndex = 0;
  let runs = 0;
  for (let m: RegExpExecArray | null; (m = DIGIT_BY_DIGIT.exec(text)) && runs < MOST_RUNS; ) {
    const start = m.index;
    const end = start + m[0].length;
    let free = true;
    for (let i = start; free && i < end; i++) if (taken[i]) free = false;
    if (!free || !LOCK_OR_CODE_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
    runs++;
    const joined = m[0].split(m[1]!).join('');
    const from = Math.max(0, start - REACH);
    const window = text.slice(from, start) + joined + text.slice(end, Math.min(text.length, end + REACH));
    const at = start - from;
    const hit = spansOf(window).some((s) => s.label === 'password' && s.start <= at && s.start >= at - 1 && s.end >= at + joined.replace(/[#*]$/, '').length && s.end <= at + joined.length + 1);
    if (hit) spans.push({ start, end, label: 'password' });
  }
  return spans;
}
