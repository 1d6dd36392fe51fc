/**
 * "dad's alzheimer's is getting worse …", then, weeks later in the same chat, "we moved him into memory care at
 * riverview saturday": a relative kept off by their word ("please dont bring up my dad and all that again",
 * off-limits.ts) is spoken of as "he" or "she" in the user's later messages of the chat that named them. Such a message
 * is about them, though it names nothing a line is matched by. Only where the user's message before it in that chat
 * named the relative, and nothing before the pronoun names someone else it could mean ("the nurse said she …", "Tom
 * thinks he …").
 */

const HE = /^(?:dad|daddy|father|pa|papa|pop|brother|bro|son|husband|hubby|grandfather|grandpa|granddad|uncle|nephew|stepdad|stepson|boyfriend|bf|fianc[eé]|ex-husband|ex-boyfriend)$/iu;
const SHE = /^(?:mom|mum|mommy|mummy|mother|ma|mama|sister|sis|daughter|wife|grandmother|grandma|gran|granny|nan|nana|aunt|auntie|niece|stepmom|stepmum|stepdaughter|girlfriend|gf|fianc[eé]e|ex-wife|ex-girlfriend)$/iu;
const HE_SAID = /\b(?:he|him|his|he's|he'd|he'll|himself)\b/iu;
const SHE_SAID = /\b(?:she|her|hers|she's|she'd|she'll|herself)\b/iu;
/** Someone the pronoun could mean instead, named before it by a word with "my", "the", "a" and the like before it. */
const SOMEONE_ELSE = /\b(?:my|our|the|a|an|this|that|his|her|their|your)\s+\p{L}/iu;
/** A capitalised word: a name, unless it is a word that opens a sentence or names a day or a month. */
const CAPITALISED = /(?<![\p{L}'’])\p{Lu}\p{Ll}+(?![\p{L}])/gu;
const NOT_A_NAME =
  /^(?:We|I|It|So|And|But|Well|Ok|Okay|Yes|No|Oh|Hi|Hey|Please|Thanks|Sorry|Just|Also|Then|Now|Today|Yesterday|Tomorrow|Last|Next|After|Before|When|If|What|How|Why|Any|Can|Could|Should|Is|Are|Was|He|Him|His|She|Her|They|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The pronoun a relative's word is spoken of by afterwards, where the word says which ("dad" → he); else undefined. */
export function pronounOfRelative(word: string): RegExp | undefined {
  const w = word.trim().replace(/^(?:my|our)\s+/i, '');
  return HE.test(w) ? HE_SAID : SHE.test(w) ? SHE_SAID : undefined;
}

/** Whether a message speaks of someone by that pronoun before it names anyone else the pronoun could mean. */
export function speaksOfThemFirst(text: string, pronoun: RegExp): boolean {
  const m = pronoun.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  return !SOMEONE_ELSE.test(before) && [...before.matchAll(CAPITALISED)].every(([w]) => NOT_A_NAME.test(w));
}
