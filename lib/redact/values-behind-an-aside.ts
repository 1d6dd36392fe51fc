import type { SecretSpan } from './rules';

/**
 * CB's round: an aside in parentheses between a secret's name and its value ("the PIN for the company card (the green
 * one in the kitchen drawer) is 8362", "the wifi (the 5G one, not the guest) password is …"). The rules read the words
 * between a name and its value, and an aside's words (a place, a colour, "the one by the door") made them read it as
 * another sentence. The text is read again without the aside, and a value the rules take right after where it stood
 * is taken. What the rules ask of the name and the value is asked as it is; the aside alone takes nothing.
 *
 * Only an aside in prose (a blank before its bracket, not a call's arguments) of two words or more and at most 80
 * characters on one line, none of its words saying what the value is (public, an example, an encoding, another
 * thing's number: "site key (public): …", "message key (base64): …"), with a secret's or a lock's word in the 80
 * characters before it; the value must start within 16 characters after it on its line. 64 asides in a text at
 * most, each read again with the text around it.
 */
const ASIDE = /[ \t]\(([^()\n]{1,80})\)/g;
/** An aside that says what the value is, or is not: public, an example, an encoding; kept in the reading. */
const SAYS_WHAT_IT_IS = /(?<![\p{L}])(?:public|publishable|shar(?:e|ed|ing)|example|sample|test|demo|dummy|fake|placeholder|not|no|never|old|expired|revoked|base64|hex|encoded|hash\p{L}*|id|ids|number|postcode|zip|phone|tel|order|ticket|ref|reference|price|cost)(?![\p{L}])/iu;
const NAME_BEFORE =
  /(?:PIN|pin|code|pass|password|passcode|wi-?fi|key|lock|door|gate|safe|alarm|combi|locker|box|login|contraseña|mot de passe|senha|passwort|kod|codice|c[óo]digo)/iu;
const REACH = 200;
const MOST_ASIDES = 64;

/** The spans the rules take right after an aside once it is left out (`spansOf` reads a text with every rule). */
export function findValuesBehindAnAside(text: string, taken: Uint8Array, spansOf: (window: string) => SecretSpan[]): SecretSpan[] {
  const spans: SecretSpan[] = [];
  if (!text.includes('(')) return spans;
  ASIDE.lastIndex = 0;
  let asides = 0;
  for (let m: RegExpExecArray | null; (m = ASIDE.exec(text)) && asides < MOST_ASIDES; ) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 40);
    if (!/\d/.test(after) || !NAME_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
    // Two words at least (a remark, not a unit or an area code: "(826)", "(base64)"), none saying what the value is.
    const words = m[1]!.match(/\p{L}+/gu) ?? [];
    if (words.length < 2 || SAYS_WHAT_IT_IS.test(m[1]!)) continue;
    asides++;
    const from = Math.max(0, start - REACH);
    const to = Math.min(text.length, end + REACH);
    const window = text.slice(from, start) + text.slice(end, to);
    const at = start - from;
    const shift = end - start;
    for (const s of spansOf(window)) {
      // Right after where the aside stood, within 16 characters on its line ("… drawer) is 8362"), and not taken by the
      // rules as the text stands.
      if (s.start < at || s.start > at + 16 || window.slice(at, s.start).includes('\n')) continue;
      const span = { start: s.start + from + shift, end: s.end + from + shift, label: s.label };
      let free = true;
      for (let i = span.start; free && i < span.end; i++) if (taken[i]) free = false;
      if (free) spans.push(span);
    }
  }
  return spans;
}
