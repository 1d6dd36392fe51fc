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
  'pergunta[ \\t]+de[ \\t]+seguran[çc]a|turvakysymy\\p{L}*|s[äa]kerhetsfr[åa]ga\\p{L}*|pytanie[ \\t]+pomocnicze';
const ANSWER = "answer|cevab\\p{L}*|yan[ıi]t\\p{L}*|antwort|r[ée]ponse|respuesta|resposta|vastau\\p{L}*|svar(?:et)?|odpowied\\p{L}*";
/** Questions asked so often that their name alone says what the value is. */
const KNOWN_QUESTION = "(?:mother['’]?s|mum['’]?s|mom['’]?s)[ \\t]+maiden[ \\t]+name|maiden[ \\t]+name|first[ \\t]+pet['’]?s?[ \\t]+name|name[ \\t]+of[ \\t]+(?:my|your)[ \\t]+first[ \\t]+pet";

const LINK = '(?:[ \\t]*[:=][ \\t]*|[ \\t]+(?:is|was|:)[ \\t]+|[ \\t]+)';
/** Quoted, or capitalised words; Mr./Mrs./Ms./Dr./St. keep their dot. */
const VALUE =
  '(?:"([^"\\n]{1,60})"|“([^”\\n]{1,60})”|«[ \\t]?([^»\\n]{1,60}?)[ \\t]?»|' +
  "((?:(?:Mrs?|Ms|Dr|St)\\.[ \\t]+)?\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:(?:Mrs?|Ms|Dr|St)\\.[ \\t]+)?\\p{Lu}[\\p{L}'’-]*){0,3}))";

const ANSWER_AFTER_QUESTION = new RegExp(
  `(?<![\\p{L}])(?:(?:${QUESTION})(?![\\p{L}])[^\\n]{0,80}?(?<![\\p{L}])(?:${ANSWER})|${KNOWN_QUESTION})(?![\\p{L}])${LINK}${VALUE}`,
  'dgiu',
);

const CAPITALISED = /^(?:(?:Mrs?|Ms|Dr|St)\.[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:Mrs?|Ms|Dr|St)\.[ \t]+)?\p{Lu}[\p{L}'’-]*)*/u;

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

const ANCHOR = /security|secret|g[üu]venlik|gizli|sicherheitsfrage|question|pregunta|pergunta|turvakysym|s[äa]kerhetsfr|pytanie|maiden|first[ \t]+pet/giu;

export const SECURITY_ANSWER_FINDERS: readonly Finder[] = [windowedFinder(SECURITY_ANSWER, ANCHOR, 12, 100, true)];
