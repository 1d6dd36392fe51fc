/**
 * A topic the user asks the assistant never to raise again, said in Arabic, in the script: standard Arabic "لا تذكر
 * مرضي مرة أخرى" (don't mention my illness again), "لا تسألني عن عملي مرة ثانية"; the Gulf's "لا تجيب طاري X" (don't
 * bring up X) and "لا تفتح موضوع X"; Egyptian "ما تجيبش سيرة X تاني", "متفتحش موضوع X"; Levantine "لا تحكي عن X مرة
 * تانية". Each is the verb of raising (mention, bring up, open the subject of, talk or ask about) under a "don't", and
 * counts only with a word that says it is for good ("again", "ever", "unless I do"), so a request about one answer
 * ("لا تذكر السعر في الإيميل") is not read as one kept for good.
 *
 * Arabic joins the article and some prepositions to the word after them and a possessive to the word before ("الطلاق",
 * "بالطلاق", "طلاقي"): a word is matched without them (arabicRoot), so the request's "الطلاق" meets the chat's "طلاقي".
 */

/** The verbs of raising, under "don't" as each variety says it. */
const RAISE = [
  // "don't bring (up)" — Gulf "لا تجيب طاري", Egyptian "ما تجيبش سيرة", "متجيبليش سيرة", Levantine "لا تجيبلي سيرة".
  String.raw`(?:لا|ما|م)\s*(?:تجيب|تجيبي|تجيبين|تجيبلي|تجيبيلي|تجيبش|تجيبليش|تجبليش|تجيبوا)\s+(?:طاري|طارئ|سيرة|موضوع|ذكر)`,
  // "don't open the subject of" — "لا تفتح موضوع", "متفتحش موضوع", "لا تفتحين سالفة".
  String.raw`(?:لا|ما|م)\s*(?:تفتح|تفتحي|تفتحين|تفتحلي|تفتحش|تفتحيش)\s+(?:موضوع|سالفة|سيرة|قصة)`,
  // "don't mention", "don't remind me of", "don't ask (me) about", "don't talk about".
  String.raw`(?:لا|ما|م)\s*(?:تذكر|تذكري|تذكرين|تذكّر|تذكرش|تذكرني\s+ب|تذكريني\s+ب|تسألني\s+عن|تسأليني\s+عن|تسألنيش\s+عن|تسألش\s+عن|تتكلم\s+عن|تتكلمي\s+عن|تتكلمين\s+عن|تحكي\s+عن|تحكيلي\s+عن|تحكى\s+عن|تتحدث\s+عن|تطري|تطرين)`,
].join('|');
/** Words that say the request is for good: again, ever, never, unless I do. */
const FOR_GOOD = /(?<![\p{L}\p{M}])(?:مرة\s+(?:ثانية|ثانيه|أخرى|اخرى|تانية|تانيه|ثاني)|تاني|ثاني|ثانية|أبدا|أبداً|ابدا|ابداً|نهائيا|نهائياً|بعد\s+اليوم|إلا\s+إذا|الا\s+اذا|إلا\s+لو|الا\s+لو|مرة\s+ثانيه)(?![\p{L}\p{M}])/u;
/** The topic: up to four words, ending before a word that closes the request or a clause's end. */
const REQUEST = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:و)?(?:${RAISE})\s+((?:[\p{L}\p{M}]+\s+){0,3}?[\p{L}\p{M}]+)(?=\s+(?:مرة|تاني|ثاني|ثانية|أبدا|أبداً|ابدا|نهائيا|نهائياً|بعد|إلا|الا|لو|من\s+فضلك|رجاء|رجاءً|لو\s+سمحت)(?![\p{L}\p{M}])|\s*[،,.؛;:!?؟()\n]|$)`,
  'u',
);
/** A topic that is only a pronoun or "the subject": "لا تفتح الموضوع مرة ثانية" names nothing by itself. */
const PRONOUN_TOPIC = /^(?:هذا|هذي|هذه|هاذا|هاذي|ده|دي|هاد|هيدا|هيدي|الموضوع|السالفة|عنه|عنها|فيه|فيها|هو|هي)$/u;

/** The topic a request in Arabic asks the assistant never to raise, if the sentence is one. */
export function offLimitsTopicInArabic(sentence: string): string | undefined {
  if (!FOR_GOOD.test(sentence)) return undefined;
  const topic = REQUEST.exec(sentence)?.[1]?.trim();
  return topic && !PRONOUN_TOPIC.test(topic) ? topic : undefined;
}

/**
 * An Arabic word without the article or a one-letter preposition joined to it ("الطلاق", "بالطلاق", "للطلاق") and
 * without the possessive "my" ("طلاقي"), so each form meets the others; three letters at least are kept. Only the
 * Arabic letter ي (U+064A) is cut from the end: Persian and Urdu write their ی (U+06CC), which hebrewOrUrduRoot reads.
 */
export function arabicRoot(word: string): string {
  if (!/^\p{Script=Arabic}+$/u.test(word)) return word;
  return word.replace(/^(?:وال|بال|فال|كال|لل|ال)(?=\p{Script=Arabic}{3})/u, '').replace(/(?<=\p{Script=Arabic}{3})ي$/u, '');
}
