import { OTHER_KIND } from './codes-said-in-prose';
import type { SecretSpan } from './rules';

/**
 * The other codes of a list whose first code a rule has found (AK's round). People give several codes in one breath
 * and name the code only once: "gate code's 4412 and the shower block is 7781", "Armoury padlock combo is 1290, the
 * scoring box cupboard is 55031", "supervisor code 8812; printer admin 5406238517", "operator pin 1201, engineer pin
 * 88812", "Codul ușii e 1234, la alarmă 5678" — and in any language the second clause names only what it opens, in
 * words no list can hold. So the rule reads no words: beside a keypad code found in a sentence (four to ten digits, a
 * keypad's `*` or `#` on either side), a number of the same shape that a word or a colon introduces in the same
 * sentence is a code too; one that a keypad's `*` before it or `#` after it marks is read in the next sentence as
 * well ("Alarm at the bay: *4787 then press OFF. If it beeps twice, re-enter *5246").
 *
 * A number of another kind stays: one after "at", "in", "since", a room's, a phone's or an order's word, a price, a
 * year, a date's or a time's part, a group of a longer number, one with its unit after it, one digit repeated.
 */

/** A keypad's code, or a dial lock's combination ("50-30-58"). */
const FOUND_CODE = /^[*#]?\d{4,10}[*#]?$|^\d{1,3}(?:[-–]\d{1,3}){2,4}$/;
const NUMBER = /(?<![\p{L}\p{N}_.,:/+$€£¥#*-])(\*?)(\d{4,10})(#?)(?![\p{L}\p{N}_]|[.,:/-]\d|[ \t]\d)/gu;
/** A word, a colon or a dash right before the number: it is introduced, not counted or listed. */
const INTRODUCED = /(?:[\p{L}\p{M}'’]|[:=—–-])[ \t]*$/u;
const OTHER_BEFORE =
  /(?<![\p{L}])(?:at|in|on|by|since|until|till|from|to|um|ab|bis|seit|à|dès|depuis|desde|hasta|dal|fino|room|suite|apt|flat|floor|unit|zimmer|chambre|tel|phone|call|mobile|fax|no|nr|number|invoice|order|po|ref|case|ticket|account|acct|iban|year|jahr|version|v|route|bus|line|flight|ending|ends|last|card|expiry|expires|exp|valid|digits)[ \t.:#]*$/iu;
const UNIT_AFTER = /^[ \t]*(?:€|\$|£|eur|usd|km|kg|m|cm|mm|g|l|ml|%|times|x|h|hrs?|min|minutes?|years?|days?|people|pcs|units?)(?![\p{L}])/iu;
const SENTENCE_STOP = /[.!?。]\s|\n/gu;
const REACH = 160;

function sentenceAround(text: string, start: number, end: number): [number, number] {
  const back = text.slice(Math.max(0, start - REACH), start);
  let from = start - back.length;
  SENTENCE_STOP.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = SENTENCE_STOP.exec(back)); ) from = start - back.length + m.index + m[0].length;
  const ahead = text.slice(end, end + REACH);
  SENTENCE_STOP.lastIndex = 0;
  const stop = SENTENCE_STOP.exec(ahead);
  return [from, stop ? end + stop.index : end + ahead.length];
}

function nextSentenceEnd(text: string, from: number): number {
  const ahead = text.slice(from, from + REACH);
  if (ahead.startsWith('\n\n')) return from;
  SENTENCE_STOP.lastIndex = 1;
  const stop = SENTENCE_STOP.exec(ahead);
  return stop ? from + stop.index : from + ahead.length;
}

export function findCodesBesideFoundCodes(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const code of kept) {
    if (code.label !== 'password') continue;
    const value = text.slice(Math.max(0, code.start - 1), code.end + 1).replace(/^[^\d*#]|[^\d*#]$/g, '');
    if (!FOUND_CODE.test(value)) continue;
    const [from, to] = sentenceAround(text, code.start, code.end);
    const further = nextSentenceEnd(text, to);
    const region = text.slice(from, further);
    NUMBER.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = NUMBER.exec(region)); ) {
      const keypad = m[1] !== '' || m[3] !== '';
      const start = from + m.index + m[1]!.length;
      const end = start + m[2]!.length;
      if (from + m.index >= to && !keypad) continue;
      if (taken.subarray(start, end).some((t) => t !== 0)) continue;
      const digits = m[2]!;
      const before = text.slice(Math.max(0, start - m[1]!.length - 40), start - m[1]!.length);
      // Another kind's word right before it (an order's, a postcode's); a PIN's word is the list's own.
      const kind = OTHER_KIND.exec(before.slice(-24))?.[0] ?? '';
      if (!INTRODUCED.test(before) || OTHER_BEFORE.test(before) || (kind !== '' && !/^pin/i.test(kind))) continue;
      if (/^(\d)\1+$/.test(digits) || (!keypad && /^(?:19|20)\d\d$/.test(digits)) || UNIT_AFTER.test(text.slice(end + m[3]!.length, end + 12))) continue;
      taken.fill(1, start, end);
      spans.push({ start, end, label: 'password' });
    }
  }
  return spans;
}
