/**
 * A partner as users say them in Hebrew, in the slot the English rules use (partners.ts, endings.ts): a partner named
 * ("בן הזוג שלי, יונתן", my partner Yonatan; "בעלי אורי", my husband Uri), someone the user is now seeing ("אני יוצאת
 * עם נועם", I'm going out with Noam; "אני יוצאת עם מישהו חדש, עידו"), and a partner the user broke up with ("יונתן ואני
 * נפרדנו", Yonatan and I split up; "נפרדתי מדניאל"). Hebrew writes no capitals, so a name is the word in the place a
 * name stands, and not one of the words that may stand there instead (a pronoun, "someone", a verb).
 */

/** A partner read from a language the English rules do not read, in the slot they use (Hebrew, Assamese, Bengali). */
export interface PartnerSlotFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const SLOT = 'user/family:partner';
/** A Hebrew word that may be a name. */
const WORD = String.raw`(\p{Script=Hebrew}{2,12})`;
const END = String.raw`(?![\p{L}])`;
/** Words that stand where a name would and are none: pronouns, "someone", "new", "my", verbs of being and going. */
const NOT_A_NAME = /^(?:הוא|היא|הם|הן|אני|אנחנו|מישהו|מישהי|חדש|חדשה|שלי|שלו|שלה|כבר|עדיין|גם|רק|עוד|היה|הייתה|עם|את|של|לא|כן|פה|שם|ו?אני|עכשיו|בחור|בחורה|מהעבודה)$/u;
/** The relation words a named partner follows: partner (m/f), husband, wife, fiancé(e). */
const RELATION = String.raw`(?:בן\s+הזוג\s+שלי|בת\s+הזוג\s+שלי|בעלי|אשתי|הארוס\s+שלי|הארוסה\s+שלי)`;

/** "בן הזוג שלי, יונתן, …", "בעלי אורי עובד …": the relation, then the name. */
const NAMED = new RegExp(String.raw`(?<![\p{L}])${RELATION},?\s+${WORD}${END}`, 'u');
/** "אני יוצאת עם נועם", "התחלתי לצאת עם מישהו חדש, עידו", "אני בזוגיות עם דנה". */
const SEEING = new RegExp(String.raw`(?<![\p{L}])(?:אני\s+(?:יוצא|יוצאת|בזוגיות|בקשר)|התחלתי\s+לצאת|התחלנו\s+לצאת)\s+עם\s+(?:(?:מישהו|מישהי)\s+(?:חדש|חדשה)?,?\s*)?${WORD}${END}`, 'u');
/** "יונתן ואני נפרדנו", "אני ויונתן נפרדנו", "נפרדתי מיונתן", "יונתן ואני כבר לא ביחד". */
const BROKE_UP = [
  new RegExp(String.raw`(?<![\p{L}])${WORD}\s+ואני\s+(?:נפרדנו|כבר\s+לא\s+ביחד|סיימנו)${END}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])אני\s+ו${WORD}\s+(?:נפרדנו|כבר\s+לא\s+ביחד|סיימנו)${END}`, 'u'),
  new RegExp(String.raw`(?<![\p{L}])(?:נפרדתי|נפרדנו)\s+מ${WORD}${END}`, 'u'),
];
/** A condition, a wish, a question or a negation before it: "אם", "אולי", "הלוואי", "לא", "האם". */
const NOT_SAID_AS_SO = /(?:^|[^\p{L}])(?:אם|אולי|הלוואי|האם|לא|כאילו|נגיד|בסיפור)(?:[^\p{L}][^,;:.!?]*)?$/u;

/** The partner facts, and the partner the user left, that a Hebrew sentence says. */
export function hebrewPartners(sentence: string): { facts: PartnerSlotFact[]; retractions: { value: string; slot: string }[] } {
  const said = (m: RegExpExecArray | null): m is RegExpExecArray => !!m && !NOT_A_NAME.test(m[1]!) && !NOT_SAID_AS_SO.test(sentence.slice(0, m.index)) && !/\?\s*$/u.test(sentence);
  for (const re of BROKE_UP) {
    const m = re.exec(sentence);
    if (said(m)) return { facts: [], retractions: [{ value: m[1]!, slot: SLOT }] };
  }
  const seeing = SEEING.exec(sentence);
  if (said(seeing)) return { facts: [{ kind: 'fact', slot: SLOT, text: `User is in a relationship with ${seeing[1]}.`, value: seeing[1]!, importance: 0.7 }], retractions: [] };
  const named = NAMED.exec(sentence);
  if (said(named)) return { facts: [{ kind: 'fact', slot: SLOT, text: `User's partner is ${named[1]}.`, value: named[1]!, importance: 0.7 }], retractions: [] };
  return { facts: [], retractions: [] };
}
