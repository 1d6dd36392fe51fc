import { EN_LABEL, FOREIGN_LABEL, PASSWORD_LABEL_ANCHORS, passwordTalkBefore, passwordWordStarts } from './passwords';
import { windowedFinderAt, type Finder, type RegexRule } from './rules';
import { byValue } from './trigger-scan';
import { looksLikeProsePassword, randomCaseLetters, trimTrailingPunctuation, UUID_SHAPE } from './values';

/**
 * A password named in a sentence and given after a colon further on, with a clause between the two that the other
 * prose rules do not read: "Ich hab das Master-Passwort für meine KeePass-Datenbank auf einen Zettel geschrieben:
 * …", "Elster-Zertifikat Passwort vergessen? Nein, ich hab's noch: …", "the password for the NAS, which I wrote on
 * the fridge: …". The password word stands in the same sentence or the one before (`passwordTalkBefore`), words stand
 * between it and the colon, and the value must be a password beyond doubt: small letters, and two of capitals,
 * digits and symbols, with no dotted name, path or link in it.
 */

const COLON_VALUE = /(?<=\p{L})[ \t]*[:：][ \t]+([^\s"'“«()[\]{}<>`]{6,64})(?=$|\s)/dgu;

/** Names joined by dots, as code writes a member path (`process.env.X`, `settings.db_pass2`; `$` only leading). */
const DOTTED_NAME = /^\$?[A-Za-z_][\w]*(?:\.\$?[A-Za-z_][\w]*)+[.,;:!?]?$/;
/** A host name: labels of letters, digits and hyphens, the last all letters. */
const DOTTED_DOMAIN = /^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}[.,;:!?]?$/;
/** What tells a dotted password from a name: a part of digits then letters, or a symbol no name or host holds. */
const NOT_A_NAME_PART = /(?:^|\.)\d+[A-Za-z]|[$!#%&*?@^~+=]/;

/** A UUID, with a sentence's punctuation after it. */
const UUID_AND_PUNCTUATION = new RegExp(`^${UUID_SHAPE}[.,;:!?]?$`);

/** `judgeStrong`, each value's answer kept (`byValue`): a dozen rules ask it of the same values. */
const strongAnswer = byValue(judgeStrong);

export function strongPassword(value: string): boolean {
  return strongAnswer(value);
}

function judgeStrong(value: string): boolean {
  if (!/\p{Ll}/u.test(value) || !looksLikeProsePassword(value)) return false;
  const kinds = [/\p{Lu}/u, /\d/, /[^\p{L}\p{N}]/u].filter((k) => k.test(value)).length;
  if (kinds < 2 && !randomCaseLetters(value)) return false;
  // A dotted name or a domain (`process.env.X`, `db.example.com`), a link, a path, a variable, a stored hash. A dot
  // between parts that no name or domain has (a part opening with digits then letters, a `$` or `!` inside) is a
  // password's: "Marlin.953pepper", "Harbor.ember25$".
  if ((/\w\.\w/.test(value) && (DOTTED_NAME.test(value) || DOTTED_DOMAIN.test(value) || !NOT_A_NAME_PART.test(value))) || /:\/\/|^[/~$%{<]|^\$\d/.test(value)) return false;
  // BZ's round: a UUID (8-4-4-4-12 hex digits) is an identifier a program made (a calendar's, a meeting's, a
  // record's); where a key is one, its name says so, and the key rules read it.
  if (UUID_AND_PUNCTUATION.test(value)) return false;
  // A key combination ("Ctrl+Shift+L"), not a password.
  return !/^(?:ctrl|cmd|alt|shift|option|strg|win)\b/i.test(value);
}

/**
 * A clause that says the colon introduces what something prints or how passwords look, not the password: "zeigt den
 * Fehler: …", "the log says: …", "for example: …", "the policy requires: …".
 */
export const NOT_THE_PASSWORD = /(?<!\p{L})(?:errors?|fehler\p{L}*|\p{L}*meldung|messages?|erreur|errore|mensaje|output|logs?|says|said|shows?|showed|prints?|zeigt|example|beispiel|exemple|ejemplo|esempio|e\.g|format|pattern|hash\p{L}*|regex|rules?|policy|requires?|requirements?)(?!\p{L})/iu;

/** A site named by its domain, alone between the word and the colon: "senha do gov.br: …", "password for example.org: …". */
const SITE_CLAUSE = /^[ \t]+(?:(?:for|of|on|at|do|da|de|del|di|du|für|van|na|no)[ \t]+)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+[ \t]*$/iu;

/** What an identifier's label calls it: a UUID, an id, a serial, a hash, a model, a reference. */
const IDENTIFIER_NOUN = /(?<![\p{L}])(?:uuid|guid|id|ids|serial|number|no\.|hash|checksum|sha-?\d*|md5|model|version|build|ref|reference|invoice|order|tracking|imei|mac)(?![\p{L}])/iu;

const LABELS = new RegExp(`${EN_LABEL}|${FOREIGN_LABEL}`, 'giu');

const PASSWORD_THEN_COLON: RegexRule = {
  name: 'password-then-colon',
  pattern: COLON_VALUE,
  judge(m, text) {
    const raw = m[1]!;
    const value = trimTrailingPunctuation(raw);
    const start = m.indices![1]![0];
    if (!strongPassword(value) || !passwordTalkBefore(text, m.index)) return null;
    // Words between the password word and the colon: "password: x" is the assignment rules' to judge.
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    let labelEnd = -1;
    for (const l of before.matchAll(LABELS)) labelEnd = l.index + l[0].length;
    const clause = before.slice(labelEnd);
    if (labelEnd < 0 || (!/\S[ \t]+\S+[ \t]+\S/.test(clause) && !SITE_CLAUSE.test(clause)) || NOT_THE_PASSWORD.test(clause)) return null;
    // BW's round: a later sentence that names an identifier before the colon ("… not writing it here. UUID of the
    // public calendar: …"): the value is that identifier's.
    const stops = [...clause.matchAll(/[.!?](?=[ \t]+\S)/g)];
    if (stops.length && IDENTIFIER_NOUN.test(clause.slice(stops[stops.length - 1]!.index + 1))) return null;
    return { start, end: start + value.length, label: 'password' };
  },
};

export const PASSWORD_COLON_FINDERS: readonly Finder[] = [
  // Its windows open at the password words, found once per text for the rules that share them (`passwordWordStarts`).
  windowedFinderAt(PASSWORD_THEN_COLON, passwordWordStarts, PASSWORD_LABEL_ANCHORS, 0, 160),
];
