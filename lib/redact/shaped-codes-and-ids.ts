import { fastAnchors } from './fast-anchors';
import { NOT_THE_PASSWORD } from './password-word-near-value';
import type { Finder, SecretSpan } from './rules';

/**
 * Secrets known by their shape and a cheap word beside them, where the general rules read one word or none:
 * - a UK driving licence number (five letters of the surname padded with 9s, six digits of the birth date, two
 *   initials, a digit and two check letters) after a word for a licence or driving;
 * - a Pakistani CNIC in its dashed form (five, seven and one digits: 35202-1234567-1) after a word for an identity card;
 * - a calendar feed's secret address: the random path segment of an `.ics`, `webcal:` or iCal export link, which
 *   anyone holding it may read;
 * - restore, rescue, recovery and backup codes given after their name (Battle.net's "restore code KHEB976JPT", Steam
 *   Guard's rescue codes "R12345, 9226P"), in some twenty languages;
 * - a SASL/JAAS `username=` shaped like an API key (Confluent's sixteen capitals and digits), which is the key id that
 *   pairs with the password;
 * - a password of words with spaces where a config or a command gives one: a link's user part (`amqp://user:quarry
 *   lichen 662@host`), `-u user:Copper bramble basalt51`, `ldap_default_authtok = Mallet walrus basalt54`, a Wi-Fi
 *   line's "/ key Heron glaze granite66" — three or four small words with digits run on, or a number after them.
 */

const UK_LICENCE = /(?<![A-Za-z0-9])([A-Z9]{5})\d{6}([A-Z9]{2})\d[A-Z]{2}(?![A-Za-z0-9])/g;
/** A licence named within the text before it: the shape alone is a random token's as well. */
const LICENCE_WORD = /licen[cs]e|driving|driver|dvla|f[üu]hrerschein|permis|licencia|carta|patente|rijbewijs|k[øo]rekort|prawo jazdy/i;

function ukLicences(text: string, spans: SecretSpan[]): void {
  if (!/\d[A-Z]{2}(?![A-Za-z0-9])/.test(text)) return;
  UK_LICENCE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = UK_LICENCE.exec(text)); ) {
    // The surname part is letters then 9s ("MORGA", "LI999"), never 9s then letters; the initials likewise.
    if (/9[A-Z]/.test(m[1]!) || m[1]!.startsWith('9') || m[2]!.startsWith('9') || !LICENCE_WORD.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, label: 'national id' });
  }
}

const CNIC = /(?<![\d-])\d{5}-\d{7}-\d(?![\d-])/g;
/** A word for the card or an identity before it, in English, Urdu, Pashto, Sindhi or Punjabi: an order's number has none. */
const CNIC_WORD = /cnic|nicop|nadra|identity|national|id[ \t-]?card|\bid\b|شناخت|قومی|کارڈ|کارت|شناختي|ਸ਼ਨਾਖ਼ਤੀ|ਪਛਾਣ/i;

function cnics(text: string, spans: SecretSpan[]): void {
  if (!text.includes('-')) return;
  CNIC.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CNIC.exec(text)); ) {
    if (CNIC_WORD.test(text.slice(Math.max(0, m.index - 100), m.index))) spans.push({ start: m.index, end: m.index + m[0].length, label: 'national id' });
  }
}

/** A link to a calendar feed: its random segment of twenty characters or more, letters with digits. */
const FEED_URL = /(?:https?|webcal):\/\/[^\s"'<>]{1,200}?(?:\.ics|\/ical\b|\/ics\b)/gi;
const FEED_SEGMENT = /(?<=[/=_-])(?=[a-z0-9]{0,63}\d)(?=[a-z0-9]{0,63}[a-z])[a-z0-9]{20,64}(?=[/._?&-]|$)/gi;

function feedUrls(text: string, spans: SecretSpan[]): void {
  if (!/\.ics|webcal:|\/ical\b/i.test(text)) return;
  FEED_URL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FEED_URL.exec(text)); ) {
    FEED_SEGMENT.lastIndex = 0;
    for (let s: RegExpExecArray | null; (s = FEED_SEGMENT.exec(m[0])); ) {
      spans.push({ start: m.index + s.index, end: m.index + s.index + s[0].length, label: 'api key' });
    }
  }
}

/** Restore, rescue, recovery or backup codes by name, in some twenty languages; then "are", a colon, "is" or nothing. */
const RESTORE_WORDS = fastAnchors(
  /(?:restore|rescue|recovery|backup|emergency|scratch|wiederherstellungs|notfall|backup-|r[ée]cup[ée]ration|secours|secour|recuperaci[óo]n|recupera[çc][ãa]o|ripristino|recupero|herstel|nood|odzyskiwania|zapasow|obnoven[ií]|helyre[áa]ll[ií]t[áa]si|gjenoppretting|[åa]terst[äa]llnings|palautus|kurtarma|восстановлени|резервн|відновлення)[ \t-]?(?:codes?|c[óo]digos?|codice|codici|kod(?:y|ów|u)?|koder|koodi|kódy?|код(?:ы|ов)?|code[ \t]+de[ \t]+\S+)/gi,
);
const RESTORE_CODE = /^[A-Z0-9]{5,12}$/;
const LIST_ITEM = /^[ \t]*(?:,|and|und|et|y|e|or|\/|;)?[ \t]*([A-Z0-9]{5,12})(?![A-Za-z0-9@-]|\.[A-Za-z0-9])/;
const LINK_WORDS = /^(?:[ \t]+[^\n.!?:A-Z0-9]{0,40}?(?:are|is|sind|ist|sont|est|son|es|são|é|sono|è|zijn|to|это)[ \t]+|[ \t]*[:=][ \t]*|[ \t]+)/;

function restoreCodes(text: string, spans: SecretSpan[]): void {
  RESTORE_WORDS.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = RESTORE_WORDS.exec(text)); ) {
    let at = a.index + a[0].length;
    const link = LINK_WORDS.exec(text.slice(at, at + 60));
    if (!link) continue;
    at += link[0].length;
    for (let n = 0; n < 16; n++) {
      const item = LIST_ITEM.exec(text.slice(at, at + 40));
      if (!item) break;
      const code = item[1]!;
      const start = at + item[0].length - code.length;
      // Letters with digits, or ten capitals at least; a word in capitals ("NOTE") or a year is not a code.
      if (!RESTORE_CODE.test(code) || !((/\d/.test(code) && /[A-Z]/.test(code)) || /^[A-Z]{10,}$/.test(code) || /^\d{8,12}$/.test(code))) break;
      spans.push({ start, end: start + code.length, label: 'password' });
      at = start + code.length;
    }
  }
}

/** A JAAS login line's user name in an API key's shape: sixteen capitals and digits or more. */
const JAAS_USER = /LoginModule\b[^\n;]{0,80}?\busername[ \t]*=[ \t]*"([A-Z0-9]{16,40})"/g;

function jaasKeyIds(text: string, spans: SecretSpan[]): void {
  if (!text.includes('LoginModule')) return;
  JAAS_USER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = JAAS_USER.exec(text)); ) {
    const v = m[1]!;
    if (!/\d/.test(v) || !/[A-Z]/.test(v)) continue;
    const start = m.index + m[0].length - 1 - v.length;
    spans.push({ start, end: start + v.length, label: 'api key' });
  }
}

/** Where a config or a command gives a password: a secret's key name, a Wi-Fi line, a command's user option, a link. */
const SPACED_ANCHORS = /pass|pwd|authtok|secret|\bkey\b|wi-?fi|wlan|(?:^|[ \t])(?:-u|--user)[ \t]|:\/\//gim;
/** Three or four small words with digits run on ("Copper bramble basalt51"), or two or three and a number apart. */
const SPACED = /(?<=^|[\s:="'/])(\p{Lu}?\p{Ll}{2,11}(?:[ ]\p{Ll}{3,12}){2,3}\d{1,4}[!?#*]?|\p{Lu}?\p{Ll}{2,11}(?:[ ]\p{Ll}{3,12}){1,2}[ ]\d{3,6})(?=$|[\s"'@,;.)]|\\n)/mu;
/** A link's user part with a space in its password: `amqp://quotes:quarry lichen 662@rabbit`. */
const USERINFO = /^[^\s:@/]{1,64}:([^@/\n"']{3,64}[ ][^@/\n"']{1,64})@[\w.-]+/;
const AFTER_SEPARATOR = /(?:[:=/]|(?<![\p{L}])key)[ \t]*["']?$/u;
const PROSE = /(?<![\p{L}])(?:the|and|for|with|from|must|should|have|were|will|this|that|your|into|than|then|when)(?![\p{L}])/iu;

function spacedPasswords(text: string, spans: SecretSpan[]): void {
  if (!/\p{Ll} \p{Ll}{3,12}(?:\d| \d)/u.test(text)) return;
  SPACED_ANCHORS.lastIndex = 0;
  let after = 0;
  for (let a: RegExpExecArray | null; (a = SPACED_ANCHORS.exec(text)); ) {
    const from = a.index + a[0].length;
    if (from < after) continue;
    let line = text.slice(from, from + 100);
    const lineEnd = line.indexOf('\n');
    if (lineEnd >= 0) line = line.slice(0, lineEnd);
    if (a[0] === '://') {
      const u = USERINFO.exec(line);
      if (u && !PROSE.test(u[1]!)) {
        const start = from + u[0].indexOf(':') + 1;
        spans.push({ start, end: start + u[1]!.length, label: 'password' });
        after = start + u[1]!.length;
      }
      continue;
    }
    const m = SPACED.exec(line);
    // The value right after a separator or a user name ("authtok = …", "-u deploy:…", "/ key …"), never a sentence's
    // words after the anchor; no words of a rule or an example between ("Password must be at least 14 characters: …").
    if (!m || PROSE.test(m[1]!) || !AFTER_SEPARATOR.test(line.slice(0, m.index)) || NOT_THE_PASSWORD.test(line.slice(0, m.index))) continue;
    spans.push({ start: from + m.index, end: from + m.index + m[1]!.length, label: 'password' });
    after = from + m.index + m[1]!.length;
  }
}

function findShapedCodesAndIds(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  ukLicences(text, spans);
  cnics(text, spans);
  feedUrls(text, spans);
  restoreCodes(text, spans);
  jaasKeyIds(text, spans);
  spacedPasswords(text, spans);
  return spans.sort((x, y) => x.start - y.start);
}

export const SHAPED_CODE_AND_ID_FINDERS: readonly Finder[] = [{ name: 'shaped-codes-and-ids', find: findShapedCodesAndIds }];
