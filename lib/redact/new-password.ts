import { anchoredFinder, finderAtStarts } from './anchored-finder';
import { wordAnchors } from './fast-anchors';
import { bounded, EN_LABEL, FOREIGN_LABEL, passwordTalkBefore, passwordWordStarts, proseValue, QUALIFIER, R, VALUE } from './passwords';
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

/** The verbs (with their object pronouns and prepositions) that every match of `CHANGED_IT_TO` begins with. */
const CHANGE_IT_VERBS =
  `(?:la|lo)[ \\t]+(?:cambi[éeó]|puse|dej[éeó])[ \\t]+(?:a|en|como)|(?:mudei|troquei|alterei|mudou|trocou)(?:-a|-o)?[ \\t]+(?:para|pra)|l['’](?:ai|a)[ \\t]+(?:chang|modifi|mis)(?:é|ée|e)?[ \\t]+(?:en|à|pour)|l['’]ho[ \\t]+(?:cambiat|impostat|mess)[ao][ \\t]+(?:in|a|come)|badilisha[ \\t]+kuwa|(?:ganti|ubah|diganti|diubah)[ \\t]+(?:jadi|menjadi|ke)|pinalitan[ \\t]+(?:ko|niya|namin)[ \\t]+(?:ng|sa)|(?:veranderd|gewijzigd)[ \\t]+(?:in|naar)|(?:ändrade|bytte|endret|endra|ændrede|skiftede)[ \\t]+(?:det|den)[ \\t]+(?:till|til)|zmieni(?:łem|łam|ł|ła)[ \\t]+(?:je|go)[ \\t]+na`;

/**
 * "Changed it to X" where "it" is a password named in this sentence or the one before (English has `ANOTHER_ONE` in
 * `passwords.ts`): "la cambié a …", "mudei-a para …", "je l'ai changé en …", "l'ho cambiata in …", Swahili
 * "nililibadilisha kuwa …" (the verb carries subject, tense and object as prefixes, so it is read inside its word),
 * Indonesian "saya ganti jadi …", Tagalog "pinalitan ko ng …", Dutch "veranderd in …", Scandinavian "ändrade det
 * till …", Polish "zmieniłem je na …". The value must be a password beyond doubt: letters, a digit, and a symbol or
 * a capital.
 */
const CHANGED_IT_TO: RegexRule = {
  name: 'changed-it-to',
  pattern: new RegExp(
    `(?:${CHANGE_IT_VERBS})[ \\t]*:?[ \\t]+${VALUE}`,
    'dgiu',
  ),
  judge(m, text) {
    // Bounded before, but for Swahili's verb, whose prefixes run into it ("nililibadilisha").
    const before = text[m.index - 1] ?? '';
    if (/[\p{L}\p{N}_]/u.test(before) && !/^badilisha/i.test(m[0])) return null;
    if (!passwordTalkBefore(text, m.index)) return null;
    const span = proseValue(m, 1, text);
    if (!span) return null;
    const v = text.slice(span.start, span.end);
    return /\p{L}/u.test(v) && /\d/.test(v) && /[^\p{L}\p{N}]|\p{Lu}/u.test(v) ? span : null;
  },
};

export const NEW_PASSWORD_FINDERS: readonly Finder[] = [
  regexFinder(bounded(NEW_ONE_IS)),
  // Tried at the password words its every match opens with (`passwordWordStarts`, one scan shared by such rules).
  finderAtStarts(bounded(PASSWORD_CHANGED_TO), passwordWordStarts),
  // Tried only where its verbs stand (`anchored-finder.ts`).
  anchoredFinder(CHANGED_IT_TO, wordAnchors(CHANGE_IT_VERBS)),
];
