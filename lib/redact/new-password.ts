import { bounded, EN_LABEL, FOREIGN_LABEL, passwordTalkBefore, proseValue, QUALIFIER, R, VALUE } from './passwords';
import { regexFinder, type Finder, type RegexRule, type SecretSpan } from './rules';
import { contextOf, trimTrailingPunctuation } from './values';

/**
 * A new password announced in the languages of the password table, where English has its own rules (`ANOTHER_ONE`,
 * `SET_PASSWORD_TO` in `passwords.ts`): "coloquei a nova X" (the new one), "yenisi X", "cambié la clave del Zoom a X",
 * "das Passwort auf X geändert". The value needs a digit, as in the other verbless forms, or capitals in random places.
 */

/** "The new one" in Portuguese, Spanish, French, German, Italian, Dutch, Turkish, Polish, Russian and Ukrainian. */
const NEW_ONE = [
  'a nova', 'o novo', 'la nueva', 'el nuevo', 'le nouveau', 'la nouvelle', 'die neue', 'das neue', 'den neuen', 'la nuova',
  'il nuovo', 'het nieuwe', 'de nieuwe', 'yenisi', 'nowe', 'nowy', 'новый', 'новий',
]
  .map((w) => w.replace(/ /g, '[ \\t]+'))
  .join('|');

/** What may stand between "the new one" and the value: a colon, a verb "is", or nothing. */
const NEW_ONE_JOIN = `(?:[ \\t]*[:：=][ \\t]*|[ \\t]+(?:é|e|es|est|ist|is|è|era|será|lautet|это|—|-)[ \\t]+|[ \\t]+)`;

const NEW_ONE_IS: RegexRule = {
  name: 'new-one-is',
  pattern: new RegExp(`(?:${NEW_ONE})${R}${NEW_ONE_JOIN}${VALUE}`, 'dgiu'),
  judge(m, text) {
    if (!passwordTalkBefore(text, m.index)) return null;
    const span = proseValue(m, 1, text);
    return span && /\d/.test(text.slice(span.start, span.end)) ? span : null;
  },
};

/** Verbs of changing a password, in the same languages (stems: "cambié", "mudei", "geändert", "zmieniłem" …). */
const CHANGE_VERB =
  /(?<!\p{L})(?:cambi|mud|alter|troqu|redefin|änder|geändert|chang|modifi|zmieni|ustawi|измен|смени|помен|wijzig|verander|ändra|bytt|vaihd|değiştir|reset|set)\p{L}*/iu;

/**
 * Letters without a digit, yet in random case: capitals inside the word's parts ("IrgPL-fSVuKboU"), as no name or
 * word has them (a name has one at each part's start, a brand one or two: "McDonald", "iPhone").
 */
function randomCased(value: string): boolean {
  return value.length >= 8 && /\p{Ll}/u.test(value) && (value.match(/(?<=\p{L})\p{Lu}/gu) ?? []).length >= 3;
}

/** The unquoted value (group 6), when it is letters in random case, which `proseValue` reads as a hyphenated word. */
function randomCasedValue(m: RegExpExecArray): SecretSpan | null {
  const raw = m[6];
  if (raw === undefined) return null;
  const value = trimTrailingPunctuation(raw);
  const start = m.indices![6]![0];
  return randomCased(value) ? { start, end: start + value.length, label: 'password' } : null;
}

/** "cambié la clave del Zoom a X", "mudei a senha para X", "habe das WLAN-Passwort auf X geändert". */
const PASSWORD_CHANGED_TO: RegexRule = {
  name: 'password-changed-to',
  pattern: new RegExp(
    `(?:${EN_LABEL}|${FOREIGN_LABEL})${R}${QUALIFIER}?[ \\t]+(?:a|para|pra|auf|en|à|in|na|naar|op|till|til|на|do|zu)[ \\t]+${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    const span = proseValue(m, 1, text) ?? randomCasedValue(m);
    if (!span || !(/\d/.test(text.slice(span.start, span.end)) || randomCased(text.slice(span.start, span.end)))) return null;
    // The verb comes before the password word, or (German, Dutch) after the value.
    const line = contextOf(text, m.index - 80, m.index).split('\n').pop()!;
    const after = contextOf(text, span.end, span.end + 30).split('\n')[0]!;
    return CHANGE_VERB.test(line) || CHANGE_VERB.test(after) ? span : null;
  },
};

export const NEW_PASSWORD_FINDERS: readonly Finder[] = [regexFinder(bounded(NEW_ONE_IS)), regexFinder(bounded(PASSWORD_CHANGED_TO))];
