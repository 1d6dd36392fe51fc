import type { PartnerSlotFact } from './partners-in-hebrew';
/**
 * A partner as users say them in Assamese and Bengali (both in the Bengali script), in the slot the English rules use
 * (partners.ts, endings.ts): a partner named ("মোৰ বয়ফ্ৰেণ্ড ঋতুৰাজ", my boyfriend Rituraj; "আমার স্বামী অমিত", my
 * husband Amit), someone the user is now seeing ("মই অনুপম নামৰ এজনৰ লগত ডেট কৰি আছোঁ", I'm dating someone named
 * Anupam; "আমি রাহুলের সাথে ডেট করছি"), and a partner the user broke up with ("ঋতুৰাজ আৰু মোৰ সম্পৰ্ক শেষ হ'ল", Rituraj's
 * and my relationship ended; "সুমনের সাথে ব্রেকআপ হয়ে গেছে"). The script writes no capitals, so a name is the word in
 * the place a name stands, and not one of the words that may stand there instead (a pronoun, "someone").
 */


const SLOT = 'user/family:partner';
/** "য়" is written as one letter or as "য" with a dot below; both are read. */
const YA = String.raw`(?:\u09DF|\u09AF\u09BC)`;
/** A word of the Bengali script that may be a name. */
const WORD = String.raw`([\u0980-\u09FF]{2,14})`;
const EDGE = String.raw`(?<![\u0980-\u09FF])`;
const END = String.raw`(?![\u0980-\u09FF])`;
/** Words that stand where a name would and are none: pronouns, "someone", "one", "new", "my", "and". */
const NOT_A_NAME = /^(?:মই|মোৰ|মোক|আমি|আমাৰ|আমার|আমাকে|তেওঁ|তেওঁৰ|তাই|সি|সে|তার|তাকে|তিনি|কোনো|কাৰোবাৰ|কারো|কারোর|এজন|এজনী|একজন|একজনের|নতুন|আৰু|আর|এবং)$/u;
/** The relation words a named partner follows: boyfriend, girlfriend, lover, husband, wife, partner, fiancé(e). */
const RELATION = String.raw`(?:ব${YA}ফ্ৰেণ্ড|ব${YA}ফ্রেন্ড|গাৰ্লফ্ৰেণ্ড|গার্লফ্রেন্ড|প্ৰেমিকা?|প্রেমিকা?|স্বামী|পত্নী|স্ত্রী|ঘৈণী|পাৰ্টনাৰ|পার্টনার|হবু স্বামী|হবু স্ত্রী|বাগদত্তা?)`;
/** "my", Assamese and Bengali. */
const MY = String.raw`(?:মোৰ|আমাৰ|আমার)`;

/** "মোৰ বয়ফ্ৰেণ্ড ঋতুৰাজ SBIৰ …", "আমার স্বামী অমিত …": the relation, then the name. */
const NAMED = new RegExp(String.raw`${EDGE}${MY}\s+${RELATION},?\s+${WORD}${END}`, 'u');
/**
 * "অনুপম নামৰ এজনৰ লগত ডেট কৰি আছোঁ", "অনুপমৰ লগত প্ৰেম কৰি আছোঁ", "রাহুল নামের একজনের সাথে ডেট করছি", "রাহুলের সঙ্গে
 * প্রেম করছি": the name, as itself before "named one", or with its genitive ending before "with".
 */
const SEEING = new RegExp(
  String.raw`${EDGE}${WORD}(?:\s+নামৰ\s+এজন(?:ী)?ৰ|\s+নামের\s+একজনের)?\s+(?:লগত|সৈতে|সাথে|সঙ্গে)\s+(?:ডেট|ডেটিং|প্ৰেম|প্রেম|সম্পৰ্কত|সম্পর্কে)\s+(?:কৰি\s+আছোঁ|কৰি\s+আছো|কৰি\s+আছোঁ|কৰিছোঁ|কৰিছো|কৰোঁ|করছি|করি|আছোঁ|আছি)`,
  'u',
);
/** "ঋতুৰাজ আৰু মোৰ সম্পৰ্ক শেষ হ'ল", "ঋতুৰাজ আৰু মই ব্ৰেকআপ কৰিলোঁ", "সুমনের সাথে ব্রেকআপ হয়ে গেছে", "সুমন আর আমার সম্পর্ক শেষ". */
const BROKE_UP = [
  new RegExp(String.raw`${EDGE}${WORD}\s+(?:আৰু|আর|ও)\s+(?:মোৰ|মই|আমাৰ|আমার|আমি)\s+(?:সম্পৰ্ক\s+শেষ|সম্পর্ক\s+শেষ|ব্ৰেকআপ|ব্রেকআপ|বিচ্ছেদ|ডিভোৰ্স|ডিভোর্স)`, 'u'),
  new RegExp(String.raw`${EDGE}${WORD}\s+(?:লগত|সৈতে|সাথে|সঙ্গে)\s+(?:মোৰ\s+|আমার\s+)?(?:সম্পৰ্ক\s+শেষ|সম্পর্ক\s+শেষ|ব্ৰেকআপ|ব্রেকআপ|বিচ্ছেদ|ডিভোৰ্স|ডিভোর্স)`, 'u'),
];
/** A condition, a wish or a doubt before it: "যদি" (if), "হয়তো" (maybe), "যেন" (as if). */
const NOT_SAID_AS_SO = new RegExp(String.raw`(?:^|[^\u0980-\u09FF])(?:যদি|হ${YA}তো|যেন|ধৰা\s+হওক|ধরো)(?:[^\u0980-\u09FF][^,;:.!?।]*)?$`, 'u');
/** A question: "?" or Assamese "নেকি", Bengali "কি" at its end. */
const ASKED = /(?:\?|নেকি|\sকি)\s*[।]?\s*$/u;

/** The name without a genitive ending it was typed with before "with" ("অনুপমৰ লগত" → "অনুপম"). */
function bareName(word: string, withEnding: boolean): string {
  if (!withEnding) return word;
  const bare = word.replace(/(?:ের|ৰ|র)$/u, '');
  return [...bare].length >= 2 ? bare : word;
}

/** The partner facts, and the partner the user left, that an Assamese or Bengali sentence says. */
export function partnersInAssameseOrBengali(sentence: string): { facts: PartnerSlotFact[]; retractions: { value: string; slot: string }[] } {
  const none = { facts: [], retractions: [] };
  if (!/[\u0980-\u09FF]/u.test(sentence)) return none;
  const said = (m: RegExpExecArray | null, name: (m: RegExpExecArray) => string): string | undefined => {
    if (!m || NOT_SAID_AS_SO.test(sentence.slice(0, m.index)) || ASKED.test(sentence)) return undefined;
    const n = name(m);
    return NOT_A_NAME.test(n) ? undefined : n;
  };
  for (const [i, re] of BROKE_UP.entries()) {
    const name = said(re.exec(sentence), (m) => bareName(m[1]!, i === 1));
    if (name) return { facts: [], retractions: [{ value: name, slot: SLOT }] };
  }
  const seeing = said(SEEING.exec(sentence), (m) => bareName(m[1]!, !/নাম/u.test(m[0])));
  if (seeing) return { facts: [{ kind: 'fact', slot: SLOT, text: `User is in a relationship with ${seeing}.`, value: seeing, importance: 0.7 }], retractions: [] };
  const named = said(NAMED.exec(sentence), (m) => m[1]!);
  if (named) return { facts: [{ kind: 'fact', slot: SLOT, text: `User's partner is ${named}.`, value: named, importance: 0.7 }], retractions: [] };
  return none;
}
