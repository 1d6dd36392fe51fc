/**
 * A reply language asked for from now on in French, Spanish, Italian, Portuguese, German or Dutch, said the ways the
 * imperative rules of other-languages.ts do not read:
 * - the "from now on" first: "à partir de maintenant, réponds-moi en français", "Désormais, réponds-moi en anglais",
 *   "a partir de ahora respóndeme en español", "ab jetzt antworte mir bitte auf Deutsch";
 * - the "from now on" after the language: "réponds-moi en français à partir de maintenant";
 * - the German order in the infinitive, the verb last: "ab jetzt bitte nur noch auf Englisch antworten";
 * - asked as a question: "kannst du ab jetzt auf Deutsch antworten?", "peux-tu désormais me répondre en français ?",
 *   "¿puedes responderme en español a partir de ahora?".
 * A word of "from now on" (or, in a question or the infinitive, of "always") must be said: "réponds-moi en anglais"
 * alone may be for one answer, and "peux-tu me répondre en anglais ?" is one question. The order opens its clause, so
 * "je vais désormais écrire en français" (the user's own plan) and "ich werde ab jetzt auf Deutsch antworten" are not
 * one. The language is captured as typed; the caller knows which words name a language ("en détail" names none).
 */

const FROM_NOW_ON = [
  "à partir de maintenant|a partir de maintenant|à partir d'aujourd'hui|désormais|dorénavant|dès maintenant",
  'a partir de ahora|de ahora en adelante|desde ahora|de aquí en adelante|a partir de hoy',
  "d'ora in poi|da ora in poi|da adesso in poi|d'ora in avanti|da oggi in poi",
  'a partir de agora|de agora em diante|daqui para a frente|daqui pra frente|de agora pra frente|a partir de hoje',
  'ab jetzt|ab sofort|von nun an|von jetzt an|ab heute|künftig|in zukunft',
  'vanaf nu|voortaan|van nu af aan|vanaf vandaag',
].join('|');
const ALWAYS = 'toujours|siempre|sempre|immer|stets|altijd|nur noch';
/** The same in a question, less "toujours", which there is as often "still" ("tu peux toujours me répondre en anglais"). */
const ALWAYS_ASKED = 'siempre|sempre|immer|stets|altijd|nur noch';
const PLEASE = "s'il te pla[iî]t|s'il vous pla[iî]t|stp|svp|por favor|per favore|per piacere|bitte|mal|doch|alsjeblieft|alstublieft|aub|graag|pls|please";
/** Imperatives of answering, writing or speaking to the user. */
const ANSWER = [
  'réponds(?:-moi)?|répondez(?:-moi)?|écris-moi|écrivez-moi|parle-moi|parlez-moi',
  'respóndeme|respondeme|responde(?:me)?|contéstame|contestame|contesta|escríbeme|escribeme|háblame|hablame',
  'rispondimi|rispondi|rispondetemi|scrivimi|parlami',
  'responda(?:-me)?|responde-me|me responda|me responde|escreva-me|me escreva|fala comigo|fale comigo',
  'antworte(?: mir)?|antworten sie(?: mir)?|schreib(?:e)? mir|sprich mit mir',
  'antwoord(?: me| mij)?|schrijf me|schrijf mij|praat met me|praat met mij|spreek met me|spreek met mij',
].join('|');
/** The same in the infinitive, after "can you". */
const TO_ANSWER = [
  "me répondre|répondre|m'écrire|me parler",
  'responderme|responder(?:me)?|contestar(?:me)?|escribir(?:me)?|hablar(?:me)?',
  'rispondermi|rispondere|scrivermi|parlarmi',
  'responder(?:-me)?|me responder|me escrever|falar comigo',
  'antwoorden|met me praten|met mij praten',
].join('|');
/** Asking: "can you", "could you", in the four Romance languages and Dutch; German has its own form below. */
const CAN_YOU = "(?:me |m')?(?:peux-tu|pourrais-tu|tu peux|tu pourrais|pouvez-vous|pourriez-vous|vous pouvez|puedes|podrías|podrias|puede|podría|podria|puoi|potresti|può|potrebbe|podes|poderias|pode|poderia|(?:você|vc|tu) (?:pode|podes|poderia|poderias)|consegues|kun je|kan je|kunt u|zou je|zou u)";
const IN = '(?:en|in|auf|em|op)(?: het)?';
const LANGUAGE = String.raw`(\p{L}+)`;
/**
 * Whom the answers are to, after the language: "responde en inglés a este correo", "réponds en anglais aux mails de
 * Paul" are orders about someone else's mail, not about the user's answers ("a partir de ahora" is not one).
 */
const NOT_TO_SOMEONE = String.raw`(?!\s+(?:a|à|au|aux|al|ai|alle|agli|ao|aos|às|an|to)\s+(?!partir\b))`;
/** Where an order opens: the message's start, after punctuation, or after a word that joins it on. */
const OPENS = String.raw`(?:^|(?<=[,;:.!?¡¿—–]\s*)|(?<=\b(?:et|y|e|und|en|ok|okay|alors|bon|also|dus|pues|allora|então|so)\s+))`;
const GAP = (words: string) => String.raw`(?:,?\s+(?:${words}))*`;

export const REPLY_LANGUAGE_FROM_NOW_ON = new RegExp(
  [
    // "à partir de maintenant, réponds-moi en français"
    String.raw`${OPENS}(?:${FROM_NOW_ON})\s*,?\s+(?:(?:${PLEASE}),?\s+)?(?:${ANSWER})${GAP(`${PLEASE}|${ALWAYS}|uniquement|seulement|solo|solamente|só|nur|alleen`)},?\s+${IN}\s+${LANGUAGE}${NOT_TO_SOMEONE}`,
    // "réponds-moi en français à partir de maintenant"
    String.raw`${OPENS}(?:(?:${PLEASE}),?\s+)?(?:${ANSWER})${GAP(PLEASE)},?\s+${IN}\s+${LANGUAGE}${GAP(PLEASE)},?\s+(?:${FROM_NOW_ON})(?![\p{L}])`,
    // "ab jetzt bitte nur noch auf Englisch antworten", "kannst du ab jetzt auf Deutsch antworten?", "kun je voortaan in
    // het Nederlands antwoorden?": German and Dutch put the verb last.
    String.raw`(?:${OPENS}|(?<=\b(?:kannst|könntest|würdest) du(?: mir)?(?: bitte)?\s+)|(?<=\b(?:können|könnten|würden) sie(?: mir)?(?: bitte)?\s+)|(?<=\b(?:kun|kan|wil|zou) (?:je|jij|u)(?: me| mij)?\s+))(?:bitte\s+|alsjeblieft\s+)?(?:${FROM_NOW_ON}|${ALWAYS_ASKED})${GAP('bitte|nur|noch|immer|mal|alsjeblieft|gewoon')}\s+(?:auf|in|in het)\s+${LANGUAGE}\s+(?:antworten|mit mir (?:reden|sprechen)|antwoorden|met me praten|met mij praten)(?![\p{L}])`,
    // "peux-tu désormais me répondre en français ?"
    String.raw`${OPENS}${CAN_YOU}${GAP(PLEASE)}\s+(?:${FROM_NOW_ON}|${ALWAYS_ASKED})${GAP(PLEASE)}\s+(?:${TO_ANSWER})${GAP(PLEASE)}\s+${IN}\s+${LANGUAGE}${NOT_TO_SOMEONE}`,
    // "¿puedes responderme en español a partir de ahora?"
    String.raw`${OPENS}${CAN_YOU}${GAP(PLEASE)}\s+(?:${TO_ANSWER})\s+(?:(?:${ALWAYS_ASKED})\s+)?${IN}\s+${LANGUAGE}${GAP(PLEASE)},?\s+(?:${FROM_NOW_ON}|${ALWAYS_ASKED})(?![\p{L}])`,
  ].join('|'),
  'iu',
);

/** The language word a sentence's match names, as typed. */
export function languageOrderedFromNowOn(match: readonly string[]): string | undefined {
  return match.slice(1).find((g) => g);
}
