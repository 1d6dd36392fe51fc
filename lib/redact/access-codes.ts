import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { looksLikeProsePassword, trimTrailingPunctuation } from './values';

/**
 * Codes that let someone in, named by what they are for, with letters in them: "Steam Guard code 33DP2", "Codul
 * Steam Guard este HNX8C", "Steam backup codes printed: VQT55, KTXV6", "Paper 2 access code for invigilators:
 * G5FSN3", "Code d'accès à l'examen final (Respondus LockDown): CB81OZXS", "Proctorio exam password for tomorrow's
 * midterm: T1KIDLD3", "Codeword for pickup at daycare: Ms1Z@p*0uzEH". The name must say access, a guard, a backup,
 * an exam or a code word: "product code", "promo code", "error code" name no such thing. The value is a code in
 * capitals and digits (both), or a password beyond doubt (a digit and a symbol or a capital); a list of codes after a
 * colon is read whole.
 */

/**
 * What the code is for, in English, the Romance languages, Dutch, Swedish, Polish and Turkish; a code word of another
 * language before "Steam Guard".
 */
const NAME =
  // Turkish puts the possessive on the word after ("Steam Guard kodum …", "kodunuz").
  '(?:(?:codul|code|c[óo]digo|codice|kód|kod|kode|код)[ \\t]+)?steam[ \\t]+guard(?:[ \\t]+(?:code|codes|kodu|kodum|kodun|kodunuz|koden|koder))?|' +
  '(?:steam[ \\t]+|2fa[ \\t]+|two-factor[ \\t]+)?backup[ \\t]+codes?|' +
  'access[ \\t]+code|code[ \\t]+d[\'’]acc[èe]s|c[óo]digo[ \\t]+de[ \\t]+(?:acceso|acesso)|codice[ \\t]+di[ \\t]+accesso|codul[ \\t]+de[ \\t]+acces|Zugangscode|' +
  'toegangscode|åtkomstkod(?:en)?|kod[ \\t]+dost[ęe]pu|eri[şs]im[ \\t]+kodu|' +
  '(?:exam|proctor\\p{L}*|lockdown|invigilat\\p{L}*)[ \\t]+(?:password|passcode|code|key)|' +
  'code[ \\t-]?word|codeword|safe[ \\t-]?word|pick-?up[ \\t]+(?:password|code[ \\t-]?word)|' +
  // A lottery ticket's or a prize's claim code: whoever types it first collects.
  'claim[ \\t]+code';

/** Up to eight words, a remark in parentheses, digits ("Chem 101"), but no sentence end and no colon. */
const WORDS = "((?:[ \\t]*\\([^()\\n]{1,40}\\)|[ \\t]+[^\\s:()]{1,24}){0,8}?)";

/** A colon, or "is" in English, the Romance languages, German, the Nordic languages, Finnish, Polish, Czech, Malay. */
const LINK = '(?:[ \\t]*[:：][ \\t]*|[ \\t]+(?:is|was|este|e|era|est|es|é|è|er|ist|är|on|jest|je|ialah|adalah)[ \\t]+)';

/** Nothing but a space before a value with a digit: "Steam Guard code 33DP2" (tried before words, so that "… code
 * 33DP2 — my brother is logging in" is not read as words, "is", and the value "logging"). */
const BARE = '([ \\t]+)(?=[^\\s,;:()"\'“”]{0,39}\\d)';

/**
 * One code, or several after a colon, joined by commas or "and". CE's round: or by spaces alone ("backup codes 733445
 * 383119 994751"); `judge` stops at the first word that is no code, so a sentence after one code keeps its words.
 */
const VALUES = "([^\\s,;:()\"'“”]{4,40}(?:(?:,[ \\t]*|[ \\t]+and[ \\t]+|[ \\t]+)[^\\s,;:()\"'“”]{4,40}){0,9})";

/** A code in capitals and digits, both present, whole or in dashed groups: what such codes are printed as. */
const CAPITALS_CODE = /^(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])(?:[A-Z0-9]{5,12}|[A-Z0-9]{3,6}(?:-[A-Z0-9]{3,6}){2,5})$/;

function isCode(value: string): boolean {
  if (CAPITALS_CODE.test(value) || /^\d{4,12}$/.test(value)) return true;
  return value.length >= 8 && /\d/.test(value) && /[^\p{L}\p{N}]|\p{Lu}/u.test(value) && /\p{Ll}/u.test(value) && looksLikeProsePassword(value);
}

const ACCESS_CODE: RegexRule = {
  name: 'named-access-code',
  pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${NAME})(?![\\p{L}\\p{N}_])(?:${BARE}|${WORDS}${LINK})${VALUES}`, 'dgiu'),
  judge(m) {
    // Without a colon or a verb, no words stand between (the pattern's second branch): "Steam Guard code 33DP2".
    const start = m.indices![3]![0];
    const spans: SecretSpan[] = [];
    const re = /[^\s,;()"'“”]+/gu;
    let part: RegExpExecArray | null;
    while ((part = re.exec(m[3]!))) {
      if (/^and$/i.test(part[0])) continue;
      const value = trimTrailingPunctuation(part[0]);
      if (!isCode(value)) return spans.length > 0 ? spans : null;
      spans.push({ start: start + part.index, end: start + part.index + value.length, label: 'password' });
    }
    return spans.length > 0 ? spans : null;
  },
  resumeAfterReject: (m) => m.index + 1,
};

const ANCHORS = /guard|backup|access|claim|acc[èe]s|acceso|acesso|accesso|acces|zugangscode|toegangscode|åtkomstkod|dost[ęe]pu|eri[şs]im|exam|proctor|lockdown|invigilat|code[ \t-]?word|safe[ \t-]?word|pick-?up/giu;

/**
 * Like `windowedFinder`, but keeps every code of a list: the rule runs on each stretch around its words (the name
 * starts at most `before` characters before one; overlapping stretches are merged), and its findings are moved back
 * onto the text.
 */
function listFinder(rule: RegexRule, before: number, after: number): Finder {
  const inner = regexFinder(rule);
  return {
    name: rule.name,
    find(text) {
      const windows: [number, number][] = [];
      ANCHORS.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = ANCHORS.exec(text))) {
        const from = Math.max(0, a.index - before);
        const to = Math.min(text.length, a.index + a[0].length + after);
        const last = windows[windows.length - 1];
        if (last && from <= last[1]) last[1] = Math.max(last[1], to);
        else windows.push([from, to]);
      }
      const spans: SecretSpan[] = [];
      for (const [from, to] of windows) {
        for (const s of inner.find(text.slice(from, to))) spans.push({ ...s, start: s.start + from, end: s.end + from });
      }
      return spans;
    },
  };
}

export const ACCESS_CODE_FINDERS: readonly Finder[] = [listFinder(ACCESS_CODE, 30, 220)];
