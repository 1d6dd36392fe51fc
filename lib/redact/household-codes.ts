import { anchoredFinder } from './anchored-finder';
import { RECORD_NUMBER_BETWEEN } from './codes-after-locks';
import { OTHER_COPULAS } from './passwords';
import { regexFinder, windowedFinder, type Finder, type RegexRule, type SecretSpan } from './rules';

/**
 * Codes that open things in a household or on a site, named by the thing they open rather than by a "code" word the
 * other rules read: "The key safe by the back door is 2541", "site trailer combo is 3695, gate padlock 840",
 * "telephone banking passcode — it's 638797", "the parental control PIN (it was 1641)", "set the hotel safe to 52907",
 * "la cassetta delle chiavi … si apre con 2410", "A senha da fechadura eletrônica do apartamento é 2807#"; and a PIN
 * or password named in Bengali ("বিকাশ পিন 1493") or Persian ("رمز دوم 189058 است"). The bare number without such
 * a name is left alone, and so is a number the words make a count, a length or an error.
 */

/** Three to twelve digits, a keypad's # or * allowed, not part of a longer number, date, time or version. */
const NUMBER = '(?<![\\p{N}])(\\d{3,12})[#*]?(?![\\p{L}\\p{N}_]|[.,:/-]\\d)';

/** Up to five words without digits: what it opens, whose it is ("by the back door"). */
const WORDS = "((?:[ \\t]+[\\p{L}'’-]{1,20}){0,5}?)";

/** Words that make the number something else. */
const NOT_A_CODE =
  /(?<![\p{L}])(?:digits?|characters?|chars?|long|length|attempts?|tries|times|error|status|version|years?|days?|minutes?|hours?|dollars?|euros?|pounds?|rupees?|items?|pieces?|options?|ways?|meals?|steps?|seconds?|secs?|ms|percent|meters?|metres?|km|miles?|feet|kg|lbs?|mb|gb|px|retries|of|models?)(?![\p{L}])|رقم|অঙ্ক|সংখ্যা/iu;

function numberSpan(m: RegExpExecArray, group: number, text: string): SecretSpan | null {
  const value = m[group]!;
  const start = m.indices![group]![0];
  // What follows on the code's own line: a list's next item ("• Bin day is Thursday") says nothing of this number.
  const after = text.slice(start + value.length, start + value.length + 14).split('\n')[0]!;
  const before = m[0].slice(0, start - m.index);
  // "The safe serial number is …", "the key safe's warranty reference: …": the thing's record, not what opens it.
  if (NOT_A_CODE.test(before) || NOT_A_CODE.test(after) || RECORD_NUMBER_BETWEEN.test(before)) return null;
  return { start, end: start + value.length, label: 'password' };
}

/** What such a code opens, or a passcode; a parental-control PIN (PIN in capitals, read in the judge). */
const OBJECT_NAME =
  '(?:key[ \\t-]?safe|key[ \\t-]?lock(?:[ \\t-]?box)?|combo|combination(?:[ \\t]+lock)?|kombination(?:en)?|kombinasjon(?:en)?|padlock|(?:hotel|room|wall|in-room)[ \\t]+safe|' +
  // A safe after an article or a possessive and at most one word ("the back-office safe is …", "our safe: …").
  '(?<=(?:the|our|my|your|his|her|their)[ \\t]+(?:[\\p{L}-]{1,20}[ \\t]+)?)safe|' +
  'pass[ \\t-]?code|(?:parental[ \\t-]+controls?|screen[ \\t]+time|restrictions)[ \\t]+(?:pin|code|passcode|password))';

/**
 * "is" (or its kin in the languages of `passwords.ts`, of the short ones only those no English word spells:
 * "Kombinationen til cykellåsen er …"), a colon, "— it's",
 * "(it was"; or nothing, for a padlock or a key safe right before its number.
 */
const LINK = `(?:[ \\t]*[:=][ \\t]*|[ \\t]+(?:is|was|are|will[ \\t]+be|${OTHER_COPULAS}|er|ni|je|es)[ \\t]*:?[ \\t]+|[ \\t]*(?:[—–-]+|\\(|,)[ \\t]*it(?:['’]s|[ \\t]+(?:is|was))[ \\t]+|([ \\t]+))`;

/** A dial's combination right after the name's sign (`DIAL` below, as its own group). */
const DIAL_AFTER_NAME = '(?<![\\p{N}])(\\d{1,2}(?:[-–]\\d{1,2}){2,3})(?![\\p{L}\\p{N}_]|[.,:/-]\\d)';

const OBJECT_CODE: RegexRule = {
  name: 'household-object-code',
  pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(${OBJECT_NAME})(?![\\p{L}])${WORDS}${LINK}(?:${NUMBER}|${DIAL_AFTER_NAME})`, 'dgiu'),
  judge(m, text) {
    if (/pin$/i.test(m[1]!) && !m[1]!.endsWith('PIN')) return null;
    // No verb and no colon: only a padlock, a key safe or a lock box right before its number.
    if (m[3] !== undefined && (m[2] !== '' || !/padlock|safe|box/i.test(m[1]!))) return null;
    // A dial's numbers joined by dashes ("Walk-in cooler padlock: 20-28-30") after a padlock or a combination only.
    if (m[5] !== undefined) return /padlock|combo|combination|kombina/i.test(m[1]!) && m[5].replace(/\D/g, '').length >= 5 ? numberSpan(m, 5, text) : null;
    return numberSpan(m, 4, text);
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * "set the hotel safe to 52907", "changed my PIN to 4821", "reset the gate code to 1904#"; AV's round: a key box, a lock
 * box, a locker or a keypad set to its new code ("changed the key box to 3318 after the move").
 */
const SET_TO: RegexRule = {
  name: 'code-set-to',
  pattern: new RegExp(
    `(?<![\\p{L}])(?:set|setting|changed?|changing|reset)[ \\t]+(?:(?:the|my|our|your|his|her|their|a)[ \\t]+)?(?:[\\p{L}-]{1,20}[ \\t]+){0,2}?` +
      `(?:safe|padlock|lock|PIN|passcode|combination|combo|(?:key|lock)[ \\t-]?box|locker|keypad|(?:door|gate|safe|lock|alarm|access|entry|garage)[ \\t-]?code)[ \\t]+to[ \\t]+${NUMBER}`,
    'dgu',
  ),
  judge(m, text) {
    return numberSpan(m, 1, text);
  },
  resumeAfterReject: (m) => m.index + 1,
};

/** A dial's combination, two-digit numbers joined by dashes ("opens with 12-58-33"), not part of a longer run. */
const DIAL = '(?<![\\p{N}])(\\d{1,2}(?:[-–]\\d{1,2}){2,3})(?![\\p{L}\\p{N}_]|[.,:/-]\\d)';

/**
 * A key box, padlock or safe that "opens with" its number or its dial's combination, in English, Italian, Spanish,
 * Portuguese, French and German.
 */
const OPENS_WITH: RegexRule = {
  name: 'opens-with-code',
  pattern: new RegExp(
    `(?<![\\p{L}])(?:cassetta[ \\t]+(?:delle[ \\t]+|per[ \\t]+le[ \\t]+)?chiavi|lucchetto|cassaforte|key[ \\t-]?(?:box|safe)|lock[ \\t-]?box|padlock|safe|` +
      `caixa[ \\t]+de[ \\t]+chaves|cadeado|cofre|caja[ \\t]+de[ \\t]+llaves|candado|caja[ \\t]+fuerte|bo[iî]te[ \\t]+[àa][ \\t]+cl[ée]s|cadenas|coffre|` +
      `Schl[üu]sselkasten|Schl[üu]sselsafe|Vorh[äa]ngeschloss|Tresor)(?![\\p{L}])((?:[ \\t]+[\\p{L}'’-]{1,20}){0,6}?)[ \\t]+` +
      `(?:si[ \\t]+apre[ \\t]+con|opens?[ \\t]+with|se[ \\t]+abre[ \\t]+con|abre[ \\t]+com|s['’]ouvre[ \\t]+avec|[öo]ffnet[ \\t]+(?:sich[ \\t]+)?mit)[ \\t]+(?:(?:il|el|o|the|le|den|code|codice|c[óo]digo)[ \\t]+)?(?:${NUMBER}|${DIAL})`,
    'dgiu',
  ),
  judge(m, text) {
    return numberSpan(m, m[2] === undefined ? 3 : 2, text);
  },
  resumeAfterReject: (m) => m.index + 1,
};

/**
 * A password in a Romance or Germanic language, "of" what it opens, then "is" and digits: "A senha da fechadura
 * eletrônica do apartamento é 2807#", "la contraseña de la caja fuerte es 4471". A code word ("código", "codice")
 * counts only when a lock, door, gate, safe or alarm stands among the words: "código do produto é 1234" is no secret.
 */
const LOCK_WORD =
  /(?<![\p{L}])(?:fechadura|porta|port[ãa]o|portone|cancello|cassaforte|lucchetto|cerradura|puerta|portal|portail|candado|caja|alarm[ea]?|allarme|cadeado|cofre|serrure|porte|coffre|cadenas|garage|garagem|garaje|cassetta|caixa|Schloss|T[üu]r|Tor|Tresor|geti|m?lango|kufuli|sefu|poart[ăa]|u[șş]a|u[șş]ii|lac[ăa]t(?:ul)?|seif(?:ul)?|kapu|kapun?ak|ajt[óo]|z[áa]r|port(?:en)?|d[øo]r(?:en|a)?|l[åa]s(?:en)?|hengel[åa]s(?:en)?|bokse[nr]?|двер\p{L}*|вор[іо]т\p{L}*|замк\p{L}*|замок|сейф\p{L}*|домофон\p{L}*)(?![\p{L}])/iu;
/**
 * Swahili names a PIN or password "secret number" or "secret word" (namba ya siri, nambari ya siri, neno la siri,
 * nenosiri): a secret whatever it opens ("namba ya siri ya kengele ya usalama ni 3504").
 */
const SWAHILI_SECRET = 'namba[ \\t]+ya[ \\t]+siri|nambari[ \\t]+ya[ \\t]+siri|neno[ \\t]+la[ \\t]+siri|nenosiri';

/**
 * The same with a code word of Swahili ("Kodi ya geti ni 9737"), Romanian ("codul de la poartă este …"),
 * Norwegian and Danish ("koden til døra er …"), Hungarian and Ukrainian ("код від дверей — …"): their words for
 * "code", "of" and "is". A code word always needs a lock among the words.
 */
const CODE_WORDS = 'kodi|codul|kode|koden|kód(?:ja)?|код|' + SWAHILI_SECRET;
const OF_WORDS = 'ya|la|de[ \\t]+la|til|på|for|a|az|від|до|на';
const IS_WORDS = 'ni|este|e|er|var|є|—|-';
const PASSWORD_OF: RegexRule = {
  name: 'password-of-thing-is-digits',
  pattern: new RegExp(
    `(?<![\\p{L}])(senha|contrase[ñn]a|clave|mot[ \\t]+de[ \\t]+passe|Passwort|parola[ \\t]+d['’]ordine|c[óo]digo|codice|${CODE_WORDS})[ \\t]+` +
      `(?:de|da|do|das|dos|del|della|dello|dell['’]|di|du|des|der|für|vom|von|${OF_WORDS})${WORDS}[ \\t]+(?:é|è|es|est|ist|era|${IS_WORDS}|:)[ \\t]*:?[ \\t]*${NUMBER}`,
    'dgiu',
  ),
  judge(m, text) {
    if (!/^(?:senha|contrase|clave|mot|passwort|parola|nam|neno)/i.test(m[1]!) && !LOCK_WORD.test(m[2]!)) return null;
    return numberSpan(m, 3, text);
  },
  resumeAfterReject: (m) => m.index + 1,
};

/** Bengali: a PIN (পিন), password (পাসওয়ার্ড) or secret number (গোপন নম্বর), then a colon or "is" (হলো) or nothing. */
const BENGALI_CODE: RegexRule = {
  name: 'bengali-code',
  pattern: new RegExp(
    `(?:পিন(?:[ \\t]*কোড)?|পাসওয়ার্ড|পাসওয়ার্ড|গোপন[ \\t]+(?:নম্বর|কোড))(?:[ \\t]+নম্বর)?[ \\t]*(?:[:：][ \\t]*|(?:হলো|হল|হচ্ছে|ছিল)[ \\t]+)?${NUMBER}`,
    'dgu',
  ),
  judge(m, text) {
    return numberSpan(m, 1, text);
  },
};

/**
 * Persian: رمز alone means password there (in Arabic it is a symbol, which `codes-in-more-scripts.ts` reads apart);
 * the verb (است) follows the number: "رمز دوم 189058 است", "پین کارتم 4821". Up to two words between (my, card).
 */
const PERSIAN_CODE: RegexRule = {
  name: 'persian-code',
  pattern: new RegExp(
    `(?<![\\p{L}])(?:رمز(?:[ \\t\\u200c]+(?:دوم|اول|عبور|کارت|ورود|اینترنتی|پویا|ثابت|یکبار[ \\t\\u200c]?مصرف))?|پین(?:[ \\t\\u200c]*کد)?|کد[ \\t\\u200c]+(?:رمز|امنیتی|ورود))` +
      `((?:[ \\t\\u200c]+[\\p{L}\\u200c]{1,12}){0,2}?)[ \\t]*[:：]?[ \\t]*${NUMBER}`,
    'dgu',
  ),
  judge(m, text) {
    return numberSpan(m, 2, text);
  },
  resumeAfterReject: (m) => m.index + 1,
};

/** Run a rule only on text in its script: most text holds none, and is then never scanned. */
function whenScript(script: RegExp, rule: RegexRule): Finder {
  const finder = regexFinder(rule);
  return { name: rule.name, find: (text) => (script.test(text) ? finder.find(text) : []) };
}

export const HOUSEHOLD_CODE_FINDERS: readonly Finder[] = [
  // Tried where its names begin (`anchored-finder.ts`), not in windows around them: its pattern opens with a Unicode
  // lookbehind and a list of names, which a window's scan tried at every character (about 0.6 s per MB of text dense
  // with the names). As in a window's scan, a match the judge turns down is read on from its end.
  anchoredFinder(
    { ...OBJECT_CODE, resumeAfterReject: undefined },
    /key[ \t-]?(?:safe|lock)|combo|kombina|padlock|(?:hotel|room|wall|in-room)[ \t]+safe|safe|pass[ \t-]?code|parental|screen[ \t]+time|restrictions/gi,
  ),
  windowedFinder(SET_TO, /[ \t]to[ \t]+\d/g, 80, 16),
  windowedFinder(OPENS_WITH, /apre|opens?|abre|ouvre|[öo]ffnet/giu, 200, 40),
  windowedFinder(PASSWORD_OF, /senha|contrase|clave|passe|passwort|parola|c[óo]digo|codice|kodi|codul|kode|kód|код|siri/giu, 16, 160),
  whenScript(/[\u0980-\u09ff]/, BENGALI_CODE),
  whenScript(/[پچژگکی]/, PERSIAN_CODE),
];
