/**
 * A topic the user asks the assistant never to raise again, said in Norwegian, Danish or Swedish, in Urdu or Sindhi,
 * or in Hebrew (off-limits-other-languages.ts reads the other languages, off-limits.ts English): "ikke ta opp
 * skilsmissen min igjen" (don't bring up my divorce again), "nämn aldrig min sjukdom igen", "طلاق کا ذکر دوبارہ کبھی نہ
 * کریں" (never mention the divorce again), "هن ڪيس جو ذڪر وري ڪڏهن به نه ڪجو" (never mention this case again), "אל
 * תזכיר לי את הפיטורים שוב" (don't remind me of the layoff again), and in Hebrew, as in English, "forget what I told
 * you about X" ("תשכח את מה שסיפרתי לך על X"), whose X is not to come back either.
 *
 * Each form is the verb of raising (bring up, mention, talk or ask about, remind of) under a negation, and counts only
 * with a word saying it is for good ("again", "never", "any more", "in any chat"): "ikke nevn prisen i e-posten" is
 * about one answer.
 */

/** A topic: a few words up to a clause's end or a closing word. */
const TOPIC = String.raw`([^,.;:!?\n()]{2,50}?)`;
const TOPIC_END = (closers: string) => String.raw`(?=\s+(?:${closers})(?![\p{L}])|\s*[,.;:!?\n(]|\s+[-–—]\s|\s*\p{Extended_Pictographic}|$)`;

/** Norwegian, Danish and Swedish words that make a request one for good. */
const NORDIC_FOR_GOOD = /(?<![\p{L}])(?:igjen|igen|aldri|aldrig|mer|mere|lenger|længere|längre|noen gang|nogensinde|någonsin|i noen (?:samtale|chat)|i nogen (?:samtale|chat)|i någon (?:konversation|chatt|chat))(?![\p{L}])/iu;
/** The verbs of raising a topic in the three languages, each with the preposition its object takes. */
const NORDIC_RAISE = String.raw`(?:ta\s+opp|ta\s+upp|nevn|nevne|nämn|nämna|nævn|nævne|(?:snakk|snakke|prat|prate|prata|snak|tal|tale)\s+(?:mer\s+|mere\s+|med\s+meg\s+|med\s+mig\s+)*om|(?:spør|spørre|spørg|fråga)\s+(?:meg\s+|mig\s+)?om|minn\s+meg\s+på|påminn\s+mig\s+om|mind\s+mig\s+om)`;
const NORDIC_NOT = String.raw`(?:ikke|ikkje|inte|aldri|aldrig)`;
const NORDIC_CLOSERS = 'igjen|igen|mer|mere|lenger|længere|längre|op|noen gang|nogensinde|någonsin|i noen|i nogen|i någon|takk|tack|tak|er du snill|please|pls';

/** Urdu: what the topic is followed by ("X کا ذکر", "X کے بارے میں", "X والی بات"), the words for good, and the verbs. */
const URDU_ABOUT = String.raw`(?:کا\s+ذکر|کی\s+بات|کے\s+بارے\s+میں|(?:والی|والا|والے)\s+(?:بات|باتیں|معاملہ|معاملے)|کا\s+معاملہ)`;
const URDU_FOR_GOOD = String.raw`(?:آئندہ|دوبارہ|پھر|کبھی)`;
const URDU_VERB = String.raw`(?:کریں|کرنا|کیجیے|کیجئے|کرو|کریے|چھیڑیں|چھیڑنا|چھیڑو|پوچھیں|پوچھنا|پوچھو|اٹھائیں|اٹھانا|اٹھاؤ|یاد\s+دلائیں|یاد\s+دلانا)`;
/** Urdu words that join a topic's nouns ("of", "and", "my", the "-wala" of a kind), not part of what it names. */
const URDU_JOINING = /(?<![\p{L}\p{M}])(?:کے|کی|کا|اور|والے|والی|والا|میرے|میری|میرا|ہمارے|ہماری|ہمارا|سے|میں|پر|کو|براہ|کرم|مہربانی|پلیز|please)(?![\p{L}\p{M}])/gu;

/** Hebrew: the negated verbs of raising, the words for good, and the request to forget what was told about something. */
const HEBREW_RAISE = String.raw`(?:אל|לעולם\s+אל|בשום\s+אופן\s+אל)\s+(?:תזכיר|תזכירי|תזכירו|תעלה|תעלי|תעלו|תדבר|תדברי|תדברו|תשאל|תשאלי|תשאלו)(?:\s+(?:לי|איתי|אותי|שוב|יותר|לעולם|יותר\s+אף\s+פעם))*\s+(?:את\s+|על\s+)?(?:הנושא\s+של\s+|נושא\s+)?`;
const HEBREW_FOR_GOOD = /(?<![\p{L}])(?:שוב|יותר|לעולם|אף\s+פעם|בשום|מעכשיו|מהיום)(?![\p{L}])/u;
const HEBREW_FORGET = String.raw`(?<![\p{L}])(?:תשכח|תשכחי|תשכחו|שכח|שכחי|שכחו)\s+(?:(?:בבקשה|כבר|פשוט)\s+)?(?:את\s+)?(?:כל\s+)?מה\s+ש(?:סיפרתי|אמרתי|כתבתי|שיתפתי)\s+(?:לך\s+)?על\s+`;
const HEBREW_CLOSERS = 'שוב|יותר|לעולם|בבקשה|אף פעם|בשום|מעכשיו|בכלל';
/** Hebrew words that join a topic's nouns ("of", "my", "the topic of"). */
const HEBREW_JOINING = /(?<![\p{L}])(?:של|שלי|שלך|את|על|נושא|הנושא)(?![\p{L}])/gu;

const NORDIC_RULES = [
  // "ikke ta opp X igjen", "aldri nevn X igjen", "ikke spør meg om X mer": the negation before the verb.
  new RegExp(String.raw`(?<![\p{L}])${NORDIC_NOT}\s+(?:(?:mer|mere|igjen|igen)\s+)?${NORDIC_RAISE}\s+${TOPIC}${TOPIC_END(NORDIC_CLOSERS)}`, 'iu'),
  // "nevn aldri X igjen", "ta inte upp X igen", "nämn aldrig X", "tag ikke X op igen", "prata inte om X": after it.
  new RegExp(String.raw`(?<![\p{L}])(?:ta|tag|nevn|nämn|nævn|snakk|prat|prata|snak|tal|spør|spørg|fråga)\s+${NORDIC_NOT}\s+(?:(?:mer|mere|igjen|igen)\s+)?(?:opp\s+|upp\s+)?(?:(?:med\s+meg|med\s+mig|meg|mig)\s+)?(?:om\s+|på\s+)?${TOPIC}${TOPIC_END(NORDIC_CLOSERS)}`, 'iu'),
];
const URDU_RULE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]+\s+){0,6}?[\p{L}\p{M}]+)\s+${URDU_ABOUT}\s+(?=(?:[\p{L}\p{M}]+\s+){0,3}?${URDU_FOR_GOOD}\s)(?:(?:آئندہ|دوبارہ|پھر\s+سے|پھر|کبھی|بھی|اب|بات|ذکر|مجھ\s+سے)\s+)+(?:نہ|مت)\s+${URDU_VERB}`,
  'u',
);
/**
 * Sindhi: "X جو ذڪر وري ڪڏهن به نه ڪجو" (never mention X again), "X بابت ٻيهر نه پڇجو" (don't ask about X again), "X جي
 * ڳالهه وري نه ڪريو": the topic, what follows it, a word for good (again, ever, from now on), and the verb negated.
 */
const SINDHI_ABOUT = String.raw`(?:جو\s+ذڪر|جي\s+ڳالهه|بابت|جي\s+باري\s+۾|وارو\s+معاملو|واري\s+ڳالهه)`;
const SINDHI_FOR_GOOD = String.raw`(?:وري|ٻيهر|ڪڏهن|اڳتي|هاڻي)`;
const SINDHI_VERB = String.raw`(?:ڪجو|ڪريو|ڪندا|ڪجانءِ|ڪر|ڇيڙجو|ڇيڙيو|پڇجو|پڇو|ياد\s+ڏياريو|ياد\s+ڏيارجو|ڳالهائجو|ڳالهايو)`;
const SINDHI_RULE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]+\s+){0,6}?[\p{L}\p{M}]+)\s+${SINDHI_ABOUT}\s+(?=(?:[\p{L}\p{M}]+\s+){0,3}?${SINDHI_FOR_GOOD}\s)(?:(?:وري|ٻيهر|ڪڏهن|به|اڳتي|هاڻي|ڳالهه|ذڪر|مون\s+سان|کان)\s+)+(?:نه|مت)\s+${SINDHI_VERB}(?![\p{L}\p{M}])`,
  'u',
);
/** Sindhi words that join a topic's nouns or point at it ("of", "and", "my", "this", "that"), not part of what it names. */
const SINDHI_JOINING = /(?<![\p{L}\p{M}])(?:جو|جي|جا|۽|منهنجو|منهنجي|منهنجا|اسان\s+جو|اسان\s+جي|هن|ان|انهي|هي|اهو|اها|مهرباني\s+ڪري|please)(?![\p{L}\p{M}])/gu;
const HEBREW_RAISE_RULE = new RegExp(String.raw`(?<![\p{L}])${HEBREW_RAISE}${TOPIC}${TOPIC_END(HEBREW_CLOSERS)}`, 'u');
const HEBREW_FORGET_RULE = new RegExp(String.raw`${HEBREW_FORGET}${TOPIC}${TOPIC_END(HEBREW_CLOSERS)}`, 'u');

/** Norwegian, Danish and Swedish possessives and articles around a topic ("skilsmissen min", "om min sykdom"). */
const NORDIC_AROUND = /^(?:(?:om|på|min|mi|mitt|mine|mina|din|di|ditt|dine|den|det|de)\s+)+|(?:\s+(?:min|mi|mitt|mine|mina))+$/giu;
/** A pronoun names nothing to leave out ("ikke ta det opp igjen", "אל תזכיר את זה שוב"). */
const PRONOUN = /^(?:det|den|dette|denne|deg|seg|det der|זה|הזה|אותו|אותה|זאת|یہ|وہ|اس|اسے)$/iu;

/** The topic a request in Norwegian, Danish, Swedish, Urdu, Sindhi or Hebrew asks the assistant never to raise; else undefined. */
export function offLimitsTopicNordicUrduHebrew(sentence: string): string | undefined {
  let topic: string | undefined;
  if (NORDIC_FOR_GOOD.test(sentence)) {
    for (const re of NORDIC_RULES) {
      const m = re.exec(sentence);
      if (m) {
        topic = m[1]!.trim().replace(NORDIC_AROUND, '');
        break;
      }
    }
  }
  if (!topic) {
    const urdu = URDU_RULE.exec(sentence);
    if (urdu) topic = urdu[1]!.replace(URDU_JOINING, ' ');
  }
  if (!topic) {
    const sindhi = SINDHI_RULE.exec(sentence);
    if (sindhi) topic = sindhi[1]!.replace(SINDHI_JOINING, ' ');
  }
  if (!topic) {
    const forget = HEBREW_FORGET_RULE.exec(sentence);
    const raise = forget ?? (HEBREW_FOR_GOOD.test(sentence) ? HEBREW_RAISE_RULE.exec(sentence) : null);
    if (raise) topic = raise[1]!.replace(HEBREW_JOINING, ' ');
  }
  topic = topic?.replace(/\s{2,}/g, ' ').trim();
  return topic && !PRONOUN.test(topic) ? topic : undefined;
}

/**
 * A word as Hebrew writes it with its one-letter prefixes (and, the, in, to, from, that, as: "וההימורים", "בחיפה") cut
 * off, so "ההימורים של טל" meets "הימורים"; an Urdu noun without the ending its oblique and plural forms change
 * ("جھگڑا", "جھگڑے", "بہنوں"). Both sides of a comparison are cut alike, so a root letter cut off by
 * mistake ("הימור" → "ימור") is cut off everywhere; a root keeps three letters at least.
 */
export function hebrewOrUrduRoot(word: string): string {
  if (/^\p{Script=Hebrew}+$/u.test(word)) return word.replace(/^[והבלמשכ]{1,3}(?=\p{Script=Hebrew}{3})/u, '');
  if (/^\p{Script=Arabic}+$/u.test(word)) return word.replace(/(?:وں|یں|ے|ا|ی)$/u, (end, at: number) => (at >= 3 ? '' : end));
  return word;
}
