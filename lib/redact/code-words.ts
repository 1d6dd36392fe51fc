import { factored } from './fast-anchors';
import { OTHER_COPULAS, SHORT_COPULAS } from './passwords';
import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * A PIN or a security code named in a sentence of any language seen so far, joined to its number by that language's
 * verb for "is" or a colon, with a few words about what it unlocks between: "ang PIN ng phone ko ay 275632"
 * (Tagalog), "mã PIN điện thoại mới của con là 818175" (Vietnamese), "de pincode 0908" (Dutch), "My car's
 * immobiliser code is 3524", "Alarmanlage: Deaktivierungscode 82528821", "รหัสประตูหน้า (intercom) คือ 4200*"
 * (Thai). The name is a PIN word (PIN and PUK in capitals, pincode, pin-kode) or a code word made from what the code
 * unlocks or disarms ("unlock code", "Entsperrcode", "toegangscode", "alarmkode", "immobiliser code"): "error code",
 * "Postcode" and "Unicode" name no such thing. `everyday-codes.ts` takes the common English and Romance forms with
 * the name right before the value; this rule adds the languages' verbs and the words between.
 */

/** What a security code unlocks or switches off, as the first half of "<stem> code" or a compound "<stem>(s)code". */
const STEM =
  'unlock|unlocking|disarm|disarming|deactivation|activation|access|security|immobili[sz]er|intercom|keypad|garage|' +
  'alarm|door|gate|entry|safe|sim|screen[ \\t-]?lock|lock[ \\t-]?screen|supervisor|manager|override|' +
  // A car radio's anti-theft code, a till's void code, an alarm's valet or emergency code.
  'radio|void|valet|emergency|' +
  // Scandinavian "port" (gate) only run together with its code: "Portkoden til gården er …".
  'port(?=kode)|' +
  'deaktivierung|aktivierung|entsperr|entsperrung|sperr|sicherheit|zugang|zugriff|freischalt|t[üu]r|haust[üu]r|tresor|wegfahrsperre|' +
  'toegang|beveiliging|ontgrendel|ontgrendeling|deur|poort|kluis|' +
  'adgang|d[øo]r|l[åa]s|opl[åa]sning|alarmanl[æa]g|ajt[óo]|riaszt[óo]|z[áa]r|kapu|p[řr][íi]stup|dve[řr]n[íi]|' +
  // Swedish: gate, door, alarm, key cabinet (grindkod, dörrkod, larmkod, nyckelskåpskod).
  'grind|d[öo]rr|larm|nyckelsk[åa]ps?|' +
  // Finnish: door, gate, alarm, lock, unlocking, passage (ovikoodi, porttikoodi, hälytyskoodi, lukituskoodi, kulkukoodi).
  'ovi|portti|h[äa]lytys|lukitus|avaus|kulku';

/** A PIN word, a "<stem> code" in two words or one, or Thai's รหัส (code) run together with what it opens. */
const CODE_NAME =
  `(?<![\\p{L}\\p{N}_])(?:pin-?(?:code|kode|kód|koodi|kod(?:en)?)|(PIN|PUK|NIP(?=[ \\t]+(?:de|du|d['’]|pour)[ \\t\\p{L}]))(?:[12]|[ \\t-]?(?:code|kode|kod|koodi|Code))?` +
  // A hyphenated ending or code word of another language: "PIN-ul" (Romanian), "PIN-kódja" (Hungarian),
  // "PUK-koden" (Norwegian), "PIN-код" (Ukrainian, Russian).
  `(?:-(?:ul|kódja|kódot|kód|koden|kode|koodi|код[\\p{L}]{0,2}|kod(?:u|en)?))?|` +
  `(?:${STEM})(?:s|e)?(?:[ \\t-]?(?:code|kode(?:n|r)?|kod(?:en)?|kód(?:ja)?|koodi|pin|PIN))|keypad)(?![\\p{L}\\p{N}_])|รหัส[\\p{L}\\p{M}]*`;

/** A remark in parentheses: "(intercom)", "(from the landlord)". */
const ASIDE = '(?:[ \\t]*\\([^()\\n]{1,30}\\))';

/**
 * Up to five words without digits: whose it is, what it opens ("ng phone ko", "điện thoại mới của con"), or that it
 * changed and the new one is what follows ("ovikoodi vaihtui, uusi on …"; a comma may follow a word).
 */
const WORDS = "(?:,?[ \\t]+[\\p{L}\\p{M}'’-]{1,20}){0,5}?";

/** "is" and its kin in the languages of `passwords.ts`, or a colon or an equals sign. */
const LINK = `(?:[ \\t]*[:=：][ \\t]*|[ \\t]+(?:is|was|are|will[ \\t]+be|${OTHER_COPULAS}|${SHORT_COPULAS})(?:[ \\t]*:)?[ \\t]+|([ \\t]+))`;

const NAMED_CODE = new RegExp(
  `(?:${CODE_NAME})(${ASIDE}?${WORDS}${ASIDE}?)${LINK}(\\d{4,12})[#*]?(?![\\p{L}\\p{N}_]|[.,:/-]\\d)`,
  'dgiu',
);

/** Words that may stand between a PIN and its number with no verb: "PIN backup 5830", "PIN code 4077". */
const QUALIFIER = /^[ \t]+(?:backup|fallback|spare|reserve|code|number|nummer|nr|no)$/i;

/**
 * Words before the name that make a "pincode" or "PIN code" a postal code (India's six-digit PIN code) or an address's
 * part.
 */
const POSTAL = /(?<![\p{L}])(?:address|postal|post|delivery|shipping|city|district|state|area|locality|village|town|zip)(?![\p{L}])/iu;

/** Words that make the number something else: a count, a length, an error, a year of a change. */
const NOT_A_CODE = /(?<![\p{L}])(?:digits?|length|long|attempts?|tries|times|error|errors|status|line|port|version|since|until|from|in|year|expired?|reset)(?![\p{L}])/iu;

const CODE_WORD_RULE: RegexRule = {
  name: 'code-word',
  pattern: NAMED_CODE,
  judge(m, text) {
    // PIN and PUK in capitals only: "pin 13" is a GPIO pin.
    if (m[1] !== undefined && m[1] !== m[1].toUpperCase()) return null;
    const between = m[2]!;
    if (NOT_A_CODE.test(between)) return null;
    if (/^pin/i.test(m[0]) && POSTAL.test(text.slice(Math.max(0, m.index - 60), m.index) + between)) return null;
    // No verb and no colon: only a qualifier, or nothing, may stand between the name and the number; after a PIN in
    // capitals with another language's ending, one word may ("PIN-код картки 7716": the card's PIN code).
    // So may one word after a PIN in capitals where the number ends the clause, as languages that put the owner after
    // the noun write it ("i-PIN yeqembu 0203." — the team's PIN, Zulu; "PIN kadi 4417,"), not a year.
    const end = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const oneOwnerWord =
      /^[ \t]+[\p{L}\p{M}]{2,14}$/u.test(between) &&
      (/^(?:PIN|PUK)-/.test(m[0]) || (/^(?:PIN|PUK)[ \t]/.test(m[0]) && /^(?:[.,;!?)]|$|\n)/.test(end) && !/^(?:19|20)\d\d$/.test(m[4]!)));
    if (m[3] !== undefined && between.trim() !== '' && !QUALIFIER.test(between) && !oneOwnerWord) return null;
    const start = m.indices![4]![0];
    return { start, end: start + m[4]!.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * The number first, then "is the … code" naming it: "6603 is the alarm disarm code at the school", "4410# is our gate
 * code", "8812 ist der Türcode", "0417 est le code d'accès …" is the other rules' (its name first). The name is one of
 * `CODE_NAME`'s, up to three words between ("the back-door alarm code").
 */
const NUMBER_THEN_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}_.,:/-])(\\d{4,12})[#*]?[ \\t]+(?:is|was|ist|war|est|es|é|è|er|är|on)[ \\t]+(?:(?:the|our|my|your|their|der|die|das|unser|unsere|mein|meine|le|la|notre|mon|ma|el|nuestro|mi|o|a|il|nostro|mio)[ \\t]+)?(?:[\\p{L}'’-]{1,20}[ \\t]+){0,3}?(?:${CODE_NAME})`,
  'dgiu',
);

const NUMBER_THEN_CODE_NAME: RegexRule = {
  name: 'number-then-code-name',
  pattern: NUMBER_THEN_NAME,
  judge(m, text) {
    // PIN and PUK in capitals only, as above.
    if (m[2] !== undefined && m[2] !== m[2].toUpperCase()) return null;
    // The number opens its sentence or clause ("Room 4410 is the gate code office" names a room), and the words between
    // say nothing that makes it a year, a count or an error ("2019 was the year the door code changed").
    let i = m.index - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    if (i >= 0 && !'\n.!?:;,"\'“(—–'.includes(text[i]!)) return null;
    if (NOT_A_CODE.test(m[0].slice(m[1]!.length))) return null;
    const start = m.indices![1]![0];
    return { start, end: start + m[1]!.length, label: 'password' };
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A phone's unlock pattern written as the dots it joins ("the unlock pattern is L shape: 1-4-7-8-9", "Entsperrmuster
 * 1-5-9-6"): four to nine dots of the 3×3 grid, numbered 1 to 9.
 */
const UNLOCK_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:(?:unlock|lock[ \\t-]?screen|screen[ \\t-]?lock)[ \\t]+pattern|entsperrmuster|patr[óo]n[ \\t]+de[ \\t]+desbloqueo|` +
    `sch[ée]ma[ \\t]+de[ \\t]+d[ée]verrouillage|padr[ãa]o[ \\t]+de[ \\t]+desbloqueio|ontgrendelpatroon)(?![\\p{L}])[^\\n\\d.!?;]{0,40}?` +
    `(?<![\\p{N}])([1-9](?:[ \\t]?[-–>→][ \\t]?[1-9]){3,8})(?![\\p{N}]|[ \\t]?[-–>→][ \\t]?\\d)`,
  'dgiu',
);

const UNLOCK_PATTERN_RULE: RegexRule = {
  name: 'unlock-pattern',
  pattern: UNLOCK_PATTERN,
  judge(m) {
    const start = m.indices![1]![0];
    return { start, end: start + m[1]!.length, label: 'password' };
  },
};

/**
 * Read only near the words the rules need (every code name ends in one of them; the longest stem stands 30 characters
 * before it), so that text without them is never scanned by the long alternations.
 */
/** Where a match of `NAMED_CODE` may begin, in the plain mode: each of its names opens with one of these. */
const CODE_WORD_STARTS = factored(new RegExp(`pin|puk|nip|keypad|รหัส|${STEM}`, 'gi'));
const CODE_ANCHOR = /code|kode|kod|kód|koodi|pin|puk|nip|keypad|รหัส/giu;
const PATTERN_ANCHOR = /pattern|entsperrmuster|patr[óo]n|sch[ée]ma|padr[ãa]o|ontgrendelpatroon/giu;

export const CODE_WORD_FINDERS: readonly Finder[] = [
  // Inside its windows, tried only where a PIN, a PUK, a NIP, a keypad, Thai's รหัส or a stem opens (`CODE_WORD_STARTS`).
  windowedFinder(CODE_WORD_RULE, CODE_ANCHOR, 30, 60, true, CODE_WORD_STARTS),
  // The number stands up to about 90 characters before the code's word.
  windowedFinder(NUMBER_THEN_CODE_NAME, CODE_ANCHOR, 100, 0),
  windowedFinder(UNLOCK_PATTERN_RULE, PATTERN_ANCHOR, 20, 0),
];
