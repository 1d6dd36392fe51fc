import { OTHER_COPULAS } from './passwords';
import type { SecretSpan } from './rules';

/**
 * CC's round: a second password in a text where one is found, in the memorable shape of two or three capitalised words
 * joined by one `.`, `_` or `-` and closed by a number of one to three digits ("… and the bakery mail is
 * Tortilla.Nopal4", "the till laptop is Harbour_Gull_12"). Alone the shape is as often a module's, a product's or a
 * save file's name ("Python_Flask3", "Save_Slot_2"), and `generated-password-shapes.ts` reads it only with three words
 * or more; a password found within 300 characters says the text is one that hands passwords out, and the value must
 * be given as what something is, right after "is" (in any language of `passwords.ts`'s table) or a colon. Not where
 * the words before it name a user's, a file's or a code's part ("my username is John_Smith_1", "the tab is
 * Budget_March_2"). A year is no such number (four digits), and a name run into a path, a call or an assignment is
 * code's (`/`, `(`, `=` after it).
 */
const TWO_WORDS_NUMBER = /(?<![\p{L}\p{N}_.@/\\$#:=-])\p{Lu}\p{Ll}{2,14}([-_.])\p{Lu}\p{Ll}{1,14}(?:\1\p{Lu}\p{Ll}{1,14})?\1?\d{1,3}(?![\p{L}\p{N}_@/\\(=-]|\.[\p{L}\p{N}])/gu;
const REACH = 300;
const GIVEN_AS_WHAT_IT_IS = new RegExp(String.raw`(?:[:：][ \t]*|[ \t](?:is|was|es|est|ist|${OTHER_COPULAS})[ \t]+|(?<=[\u0E00-\u0E7F])(?:เป็น|คือ)[ \t]*)$`, 'iu');
const NOT_A_PASSWORDS_NAME =
  /(?<![\p{L}])(?:user(?:[ \t]?name)?|login[ \t]+name|handle|nick(?:name)?|file(?:[ \t]?name)?|folder|branch|tab|sheet|table|module|macro|class|project|repo(?:sitory)?|service|train|route|room|slot|save|level|style|chapter|section)(?![\p{L}])[^\n]{0,30}$/iu;

export function findWordPasswordsBesideFoundPasswords(text: string, kept: readonly SecretSpan[], taken: Uint8Array): SecretSpan[] {
  const found = kept.filter((s) => s.label === 'password');
  if (found.length === 0) return [];
  const spans: SecretSpan[] = [];
  TWO_WORDS_NUMBER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = TWO_WORDS_NUMBER.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    let free = true;
    for (let i = start; free && i < end; i++) if (taken[i]) free = false;
    if (!free || !found.some((f) => f.end >= start - REACH && f.start <= end + REACH)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    if (!GIVEN_AS_WHAT_IT_IS.test(before) || NOT_A_PASSWORDS_NAME.test(before)) continue;
    taken.fill(1, start, end);
    spans.push({ start, end, label: 'password' });
  }
  return spans;
}
