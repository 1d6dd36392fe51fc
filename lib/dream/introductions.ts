/**
 * An introduction says several things about the user in one breath, the name first and the rest in apposition: "I'm
 * Tom, 34, a plumber in Leeds", "Hi, I am Ana Souza, 52 years old, retired nurse", "Ik bün Hauke, 38 Johr, …", and in a
 * list about the user, "- Mwila Mulenga, 34", "- poultry farmer". The rules read "I'm 34, a plumber in Leeds", not the
 * name and then the age: so what follows the name is read again as a sentence of its own, "I'm 34, a plumber in Leeds."
 * Only what reads as an age, a job or a state after the name: "I'm Tom, and this is my question" gives nothing more.
 */

import { OCCUPATION } from './occupations';
import { answerToQuestionAboutMe } from './questions-about-me-answered-next';

// "I'm", "my name is" and the first-person introductions of the languages users mix with English: German, Low German,
// Dutch, French, Spanish, Italian and its dialects, Portuguese, Polish, Czech, romanised Arabic, Bengali and Sylheti,
// Hindi and Urdu, Konkani, Swahili.
const ENGLISH_INTRO = ["I'm", 'I am', 'Im', 'my name is', "my name's", "name's"];
const OTHER_INTRO = ['ich bin', 'ik bün', 'ik bin', 'ik ben', 'je suis', "je m'appelle", "moi c'est", 'soy', 'me llamo', 'sono', 'mi chiamo', 'mi sont', 'eu sou', 'me chamo', 'jestem', 'jsem', 'ana', 'ismi', 'ami', 'amar nam', 'main', 'mera naam', 'hanv', 'mhojem nanv', 'mimi ni', 'jina langu ni'];
/** Words matched in any case while the name after them keeps its capital. */
const anyCase = (words: string[]) => words.map((w) => w.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('|');
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:d[aeio]\s+|van\s+|von\s+)?\p{Lu}[\p{L}'’-]+){0,2}`;
// A greeting or a word of address before it: "Hi!", "Moin,", "Good morning."
const LEAD = String.raw`^\s*(?:[-*•–]\s+)?(?:(?:${anyCase(['hi', 'hello', 'hey', 'hiya', 'ok', 'so', 'well', 'morning', 'good morning', 'good afternoon', 'good evening'])})(?![\p{L}])[\s,!.:-]*)?`;
// In English the name may be followed by anything the rules read after "I'm"; in another language, only an age.
const INTRODUCED = new RegExp(String.raw`${LEAD}(?:(?:${anyCase(ENGLISH_INTRO)})\s+(${NAME})|(${NAME})\s+[hH]ere)\s*,\s*(.+)$`, 'u');
// Words that, capitalised after "I'm", say where the user has been, not who they are: "I'm Back from Spain".
const NOT_A_NAME_HERE = '(?:Back|Home|Away|Off|Out|Not|Just|Fresh|Straight|Also|Still|Originally)';
// With no comma, only where the user is from or based, named as a place: "Hi, I'm Priya from Pune and …" ("I'm Ali
// from accounts" names a department, not a place).
const INTRODUCED_FROM = new RegExp(String.raw`${LEAD}(?:${anyCase(ENGLISH_INTRO)})\s+(?!${NOT_A_NAME_HERE}\s)${NAME}\s+((?:from|based in)\s+\p{Lu}.*)$`, 'u');
const INTRODUCED_ELSEWHERE = new RegExp(String.raw`${LEAD}(?:${anyCase(OTHER_INTRO)})\s+(${NAME})\s*,\s*(\d{2}\b.*)$`, 'u');
// A list item that is a name and an age: "- Mwila Mulenga, 34".
const NAME_AND_AGE_ITEM = new RegExp(String.raw`^\s*[-*•–]\s+(${NAME})\s*,\s*(\d{2}\b.*)$`, 'u');
/** What may follow the name: an age ("34", "71 vorsam"), "a"/"an", "retired", a job word. */
const APPOSED = new RegExp(String.raw`^(?:\d{2}\b|(?:an?|retired|semi-retired|self-employed|freelance|married|single|divorced|widowed|from|based in)\s|(?:[\p{Ll}-]+\s+){0,2}${OCCUPATION}\b)`, 'iu');
/** A line that opens a list about the user: "Some things about me:", "About me:", "A bit about myself —". */
const ABOUT_ME = /\b(?:about (?:me|myself)|my (?:details|profile|background|bio)|who I am)\b[^.!?]*[:—–-]\s*$/i;
/** A list item that is a job or a state of the user's with no subject: "- poultry farmer, broilers", "- retired since 2019". */
const BARE_ITEM = new RegExp(String.raw`^\s*[-*•–]\s+((?:(?:an?|retired)\s|(?:[\p{Ll}-]+\s+){0,2}${OCCUPATION}\b).*)$`, 'iu');

/** An answer that opens with a job ("AV tech at the Von Braun Center", "a night nurse"), said as the user's. */
const BARE_ANSWER = new RegExp(String.raw`^((?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?${OCCUPATION}\b.*)$`, 'iu');

/** The sentence said again without the name, where one introduces the user: "I'm 34, a plumber in Leeds.". */
function apposed(sentence: string, aboutMe: boolean): string | undefined {
  const m = INTRODUCED.exec(sentence);
  const rest = m ? m[3]!.trim() : (INTRODUCED_FROM.exec(sentence)?.[1] ?? (INTRODUCED_ELSEWHERE.exec(sentence) ?? (aboutMe ? NAME_AND_AGE_ITEM.exec(sentence) : null))?.[2])?.trim();
  if (!rest || !APPOSED.test(rest)) return undefined;
  return `I'm ${rest}`;
}

/**
 * The sentences of a turn with, after each introduction, what it says of the user without the name, and, after a line
 * that opens a list about the user, each item without a subject said as the user's ("I'm a poultry farmer, …"); and
 * each sentence added, with the one it was read from (whose words a note quotes).
 */
export function withIntroductionsApart(sentences: readonly string[]): { sentences: string[]; readFrom: Map<string, string> } {
  const out: string[] = [];
  const readFrom = new Map<string, string>();
  let aboutMe = false;
  let before: string | undefined;
  for (const s of sentences) {
    out.push(s);
    // "Slide 1: Who am I. AV tech at the civic centre.", "Q1: What do you do? A: cake decorator.": the answer to a
    // question about the user, set out just before, is read as a list item about the user is.
    const answered = answerToQuestionAboutMe(before, s);
    before = s;
    const again = apposed(s, aboutMe) ?? (aboutMe ? BARE_ITEM.exec(s)?.[1] : undefined) ?? (answered === undefined ? undefined : BARE_ANSWER.exec(answered)?.[1]);
    const said = again && (again.startsWith("I'm ") ? again : `I'm ${again.trim()}`);
    if (said && !sentences.includes(said)) {
      out.push(said);
      readFrom.set(said, s);
    }
    if (ABOUT_ME.test(s)) aboutMe = true;
    else if (!/^\s*[-*•–]\s/.test(s)) aboutMe = false;
  }
  return { sentences: out, readFrom };
}
