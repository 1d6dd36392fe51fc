import { wordAnchors } from './fast-anchors';
import { windowedFinder, type Finder, type RegexRule } from './rules';

/**
 * The answer to an account's security question, given as such: "mother's maiden name = Mrs. Okonkwo", "Security
 * question "name of your first pet" — answer is Strawberry Lane", "Güvenlik sorusu cevabım "Hämeenlinna" idi". The
 * answer resets the password, so it is one. The value is what is quoted, or up to four words that start with a
 * capital (a name, a place) after the answer's verb or sign; a plain word after "answer is" ("the answer is no") is
 * not taken.
 */

/** A security question named in the sentence, then its answer word: the question's own words may stand between. */
const QUESTION =
  "security[ \\t]+(?:question|answer)|secret[ \\t]+(?:question|answer)|g[üu]venlik[ \\t]+soru\\p{L}*|gizli[ \\t]+soru\\p{L}*|" +
  'sicherheitsfrage|question[ \\t]+(?:de[ \\t]+)?s[ée]curit[ée]|question[ \\t]+secr[èe]te|pregunta[ \\t]+(?:de[ \\t]+)?seguridad|' +
  'pergunta[ \\t]+de[ \\t]+seguran[çc]a|turvakysymy\\p{L}*|s[äa]kerhetsfr[åa]ga\\p{L}*|pytanie[ \\t]+pomocnicze|' +
  // Italian, Dutch, Danish and Norwegian, Czech and Slovak, Slovenian and Croatian, Romanian, Hungarian, Indonesian
  // and Malay, Vietnamese, Tagalog, Latvian, Lithuanian, Estonian, Albanian, Welsh, Basque, Maltese, Greek, Russian,
  // Ukrainian, Bulgarian, Arabic, Persian, Hebrew, Hindi, Japanese, Chinese, Korean, Thai.
  'domanda[ \\t]+(?:di[ \\t]+)?sicurezza|beveiligingsvra\\p{L}*|sikkerhedssp[øo]rgsm[åa]l\\p{L}*|sikkerhetssp[øo]rsm[åa]l\\p{L}*|' +
  'bezpe[čc]nostn[íáa][ \\t]+ot[áa]z\\p{L}*|varnostn\\p{L}*[ \\t]+vpra[šs]anj\\p{L}*|sigurnosn\\p{L}*[ \\t]+pitanj\\p{L}*|[îi]ntrebare\\p{L}*[ \\t]+de[ \\t]+securitate|' +
  'biztons[áa]gi[ \\t]+k[ée]rd[ée]s\\p{L}*|pertanyaan[ \\t]+(?:keamanan|keselamatan)|soalan[ \\t]+keselamatan|c[âa]u[ \\t]+h[ỏo]i[ \\t]+b[ảa]o[ \\t]+m[ậa]t|' +
  'tanong[ \\t]+pang-?seguridad|dro[šs][īi]bas[ \\t]+jaut[āa]jum\\p{L}*|saugos[ \\t]+klausim\\p{L}*|turvak[üu]sim\\p{L}*|pyetj\\p{L}*[ \\t]+(?:e[ \\t]+)?siguris[ëe]\\p{L}*|' +
  'cwestiwn[ \\t]+diogelwch|segurtasun[ \\t]+galder\\p{L}*|mistoqsija[ \\t]+ta[\'’][ \\t]+sigurtà|ερώτηση[ \\t]+ασφαλείας|' +
  'контрольн\\p{L}*[ \\t]+(?:вопрос|питанн)\\p{L}*|секретн\\p{L}*[ \\t]+(?:вопрос|питанн)\\p{L}*|таен[ \\t]+въпрос|سؤال[ \\t]+(?:الأمان|الامان|الأمن)|سوال[ \\t]+امنیتی|שאלת[ \\t]+(?:ה)?אבטחה|' +
  'सुरक्षा[ \\t]+प्रश्न|秘密の質問|安全问题|安全問題|密保问题|보안[ \\t]*질문|คำถามความปลอดภัย';
const ANSWER =
  "answer|cevab\\p{L}*|yan[ıi]t\\p{L}*|antwort|r[ée]ponse|respuesta|resposta|vastau\\p{L}*|svar(?:et)?|odpowied\\p{L}*|" +
  "risposta|antwoord|odpov[ěe]\\p{L}*|odgovor\\p{L}*|r[ăa]spuns\\p{L}*|v[áa]lasz\\p{L}*|jawab(?:an|nya)?|c[âa]u[ \\t]+tr[ảa][ \\t]+l[ờo]i|sagot|atbild\\p{L}*|atsakym\\p{L}*|" +
  "p[ëe]rgjigj\\p{L}*|ateb|erantzun\\p{L}*|twe[ġg]iba|απάντηση|ответ\\p{L}*|відповід\\p{L}*|отговор\\p{L}*|إجابة|الإجابة|جواب|תשובה|उत्तर|答え|答案|답변?|คำตอบ";
/** Questions asked so often that their name alone says what the value is. */
const KNOWN_QUESTION = "(?:mother['’]?s|mum['’]?s|mom['’]?s)[ \\t]+maiden[ \\t]+name|maiden[ \\t]+name|first[ \\t]+pet['’]?s?[ \\t]+name|name[ \\t]+of[ \\t]+(?:my|your)[ \\t]+first[ \\t]+pet";

const LINK = '(?:[ \\t]*[:=][ \\t]*|[ \\t]+(?:is|was|:)[ \\t]+|[ \\t]+)';
/** Quoted, or capitalised words; Mr./Mrs./Ms./Dr./St. keep their dot. */
const VALUE =
  '(?:"([^"\\n]{1,60})"|“([^”\\n]{1,60})”|«[ \\t]?([^»\\n]{1,60}?)[ \\t]?»|' +
  "((?:(?:Mrs?|Ms|Dr|St)\\.[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'’-]*(?:[ \\t]+(?:(?:Mrs?|Ms|Dr|St)\\.[ \\t]+)?\\p{Lu}[\\p{L}\\p{N}'’-]*){0,3}))";

/**
 * The answer named first, the question after it ("la respuesta a la pregunta de seguridad ("…") es Toby33", "the answer
 * to my security question is …"): the question, with its own words quoted or in parentheses, then the verb or sign.
 */
const QUESTION_THEN_LINK = `(?:[ \\t]+\\p{L}{1,6}){0,3}[ \\t]+(?:${QUESTION})(?![\\p{L}])(?:[ \\t]*(?:\\([^()\\n]{1,80}\\)|"[^"\\n]{1,80}"|“[^”\\n]{1,80}”|«[^»\\n]{1,80}»))?`;
/** "is" in the languages of the questions above, after the question's words. */
const ANSWER_IS =
  '(?:[ \\t]*[:=][ \\t]*|[ \\t]+(?:is|was|es|era|é|è|est|ist|war|lautet|er|var|är|on|oli|jest|je|este|adalah|là|ay|ir|yra|[ëe]sht[ëe]|yw|da|hija|huwa|είναι|это|це|е|هي|هو|היא|है)(?:[ \\t]*:)?[ \\t]+)';
const ANSWER_AFTER_QUESTION = new RegExp(
  `(?<![\\p{L}])(?:(?:(?:${QUESTION})(?![\\p{L}])[^\\n]{0,80}?(?<![\\p{L}])(?:${ANSWER})|${KNOWN_QUESTION})(?![\\p{L}])${LINK}|(?:${ANSWER})(?![\\p{L}])${QUESTION_THEN_LINK}${ANSWER_IS})${VALUE}`,
  'dgiu',
);

/** A name or a place, digits allowed after its capital ("Toby33", as answers are made harder to guess). */
const CAPITALISED = /^(?:(?:Mrs?|Ms|Dr|St)\.[ \t]+)?\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:(?:Mrs?|Ms|Dr|St)\.[ \t]+)?\p{Lu}[\p{L}\p{N}'’-]*)*/u;

const SECURITY_ANSWER: RegexRule = {
  name: 'security-answer',
  pattern: ANSWER_AFTER_QUESTION,
  judge(m) {
    for (const g of [1, 2, 3, 4]) {
      let value = m[g];
      if (value === undefined) continue;
      // Unquoted: the case-blind pattern let lower-case words through; the answer is the capitalised words it starts with.
      if (g === 4) value = CAPITALISED.exec(value)?.[0];
      if (!value) return null;
      const start = m.indices![g]![0];
      return { start, end: start + value.length, label: 'password' };
    }
    return null;
  },
  resumeAfterReject: (m) => m.index + 1,
};

/** The questions' names and the known questions: the answer word may stand up to 48 characters before the question. */
const ANCHOR = wordAnchors(`${QUESTION}|maiden|first[ \\t]+pet`);

export const SECURITY_ANSWER_FINDERS: readonly Finder[] = [windowedFinder(SECURITY_ANSWER, ANCHOR, 48, 200, true)];
