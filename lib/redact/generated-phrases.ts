import { factored } from './fast-anchors';

/**
 * What tells a phrase a generator made from a sentence: shared by passphrase-values.ts and the key-value rule
 * (rules.ts), which cannot import passphrase-values.ts without a cycle.
 */

/** Words of a sentence, not of a generator's list: articles, pronouns, auxiliaries, adverbs of time and degree. */
export const SENTENCE_WORD =
  /(?<![\p{L}])(?:the|and|but|not|you|your|yours|our|ours|his|her|hers|its|their|them|they|she|him|this|that|these|those|there|here|what|which|who|whom|whose|when|where|why|how|now|just|still|too|very|really|quite|than|into|onto|about|please|thanks|thank|was|were|are|been|being|has|have|had|does|did|can|could|would|should|shall|will|may|might|must|got|ok|okay|yes|yeah|lol|with|without|from|for|its|my|me|mine|is|it|don|isn|wasn|doesn|didn|cannot|written|saved|stored|shared|changed|working|incorrect)(?![\p{L}])/iu;
/** A word in the phrase that makes it a sentence about the password rather than the password. */
export const PROSE_WORD = factored(
  /(?<![\p{L}])(?:the|for|and|with|from|after|before|every|expires?|expired|must|should|least|most|have|has|had|are|were|was|will|can|not|days?|hours?|minutes?|weeks?|months?|years?|times?|characters?|chars|digits?|letters?|symbols?|long|length|version|since|until|only|new|old|reset|change[ds]?|changed|update[ds]?|again|attempts?|tries|left|per|than|more|less|über|mindestens|ogni|cada|chaque|jede[nrs]?|mesi|meses|mois|monate?|jours|días|dias|giorni|tagen?|dagen|zeichen|caract\p{L}*|символ\p{L}*|дн\p{L}*|раз)(?![\p{L}])/iu,
);
/** A line's end, a bracket or a quote, or a comma or stop before more text: where a phrase given on its own ends. */
/** The line's end, a bracket or a quote only. */
export const LINE_END_ONLY = /^[ \t]*(?:$|\n|[([（"'”»])/u;
export const LINE_OR_BRACKET_END = /^[ \t]*(?:$|\n|[([（"'”»]|[,;.!?](?:[ \t]|$)|[-–—][ \t])/u;
/**
 * Words that describe a password or say where it is rather than spell it ("see pinned message", "same as before",
 * "printed under router"), and English adverbs and participles ("totally", "printed", "missing").
 */
const DESCRIBING =
  /(?<![\p{L}])(?:see|ask|check|same|below|above|attached|pinned|printed|written|sent|shown|hidden|unknown|blank|empty|none|nothing|something|anything|missing|required|optional|sensitive|secret|private|simple|easy|hard|wrong|right|correct|different|usual|default|standard|whatever|sticker|label|envelope|message|email|mail|text|note|drawer|inside|under|underneath|behind|also|then|later|soon|today|tomorrow|yesterday|again|here|there|handy|somewhere)(?![\p{L}])|\p{L}{3,}(?:ly|ing|ed)(?![\p{L}])/iu;
/**
 * The small words of the languages written in Latin letters (three letters or more, as a phrase's words are): a phrase
 * that holds one is a sentence of that language ("muy largo para recordarlo", "est trop long pour moi", "ist mir zu
 * kompliziert"), which no generator's list makes.
 */
const OTHER_LANGUAGE_WORD =
  /(?<![\p{L}])(?:muy|para|por|con|sin|que|una|uno|los|las|del|esta|este|eso|esto|pero|mas|más|tan|todo|nada|siempre|nunca|ahora|aqui|aquí|pas|tres|très|trop|pour|avec|sans|dans|sur|une|des|les|est|mais|tout|rien|toujours|jamais|moi|toi|nous|vous|ils|elle|nicht|sehr|ist|und|mit|für|fur|zum|zur|ein|eine|der|die|das|den|dem|auch|noch|mir|dir|uns|ihr|sein|kein|keine|immer|niet|heel|voor|met|een|het|ook|nog|maar|altijd|nooit|molto|per|non|troppo|più|sono|della|delle|degli|anche|sempre|mai|muito|com|sem|uma|não|nao|mais|também|sempre|nunca|och|att|det|som|för|med|inte|mycket|alltid|aldrig|ikke|meget|altid|aldri|altså|bardzo|nie|jest|jak|czy|tak|dla|bez|się|jako|hogy|nem|van|nagyon|ini|itu|dan|yang|untuk|dengan|tidak|sangat|bir|çok|için|ile|değil|daha)(?![\p{L}])/iu;

export function generatedPhrase(value: string): boolean {
  return !DESCRIBING.test(value) && !SENTENCE_WORD.test(value) && !PROSE_WORD.test(value) && !OTHER_LANGUAGE_WORD.test(value);
}

/**
 * AL's round: a phrase in a place that already says it is a value (in quotes after a Wi-Fi's word, ended by a
 * generator's number, a TeX macro's body, a subtitle's cue after "the login is"): its words may be adverbs or
 * participles ("below", "ceiling", "crutching"), as a generator's list has them; only sentence words and the Latin-script
 * languages' small words say it is a sentence.
 */
export function plainPhrase(value: string): boolean {
  return !SENTENCE_WORD.test(value) && !PROSE_WORD.test(value) && !OTHER_LANGUAGE_WORD.test(value);
}

/** Two to five more small words after a phrase's first, ended by the line, a bracket, a quote or a clause's mark. */
export const MORE_PHRASE_WORDS = /^(?:[ \t][a-z]{3,12}){2,5}(?=[ \t]*(?:$|\n|[(["'”»]|[,;.!?](?:[ \t]|$)))/;
