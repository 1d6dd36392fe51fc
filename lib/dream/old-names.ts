/**
 * An instruction not to use a name the user has left behind: "please dont ever call me becca or rebecca and dont bring
 * up my old name again, its rowan". Kept word for word, the instruction itself would bring the old name back into
 * every new chat, which is what the user asked never to happen. When the sentence says the name is an old one (or a
 * dead name, a birth name), the instruction keeps the rule and the new name when the sentence gives it, and drops the
 * old ones. "Don't call me Bob, call me Robert" says nothing of an old name and stays as typed.
 */

/** The names not to be called: "call me becca or rebecca", "calling me Sam, Sammy and Samuel". */
const DONT_CALL =
  /\b(?:don'?t|dont|do not|never|stop|quit)(?:\s+ever)?\s+(?:call(?:ing)?|address(?:ing)?|nam(?:e|ing)) me\s+((?:[\p{L}'’-]+)(?:(?:\s*,\s*|\s*\/\s*|\s+or\s+|\s+and\s+)[\p{L}'’-]+){0,4})/iu;
/** The sentence says the name is one the user no longer goes by. */
const OLD_NAME = /\b(?:old|former|previous|birth|dead|legal|given)[ -]?name|\bdeadname\b|\bchanged my name\b|\bnot my name\b/iu;
/** The name to use, said in the same sentence: "its rowan", "call me Rowan", "my name is Rowan", "I'm Rowan now". */
const NEW_NAME =
  /\b(?:it'?s|its|it’s|it is|my name(?:'s| is)|call me|I(?:'m| am)|name'?s)\s+(\p{L}[\p{L}'’-]*)(?:\s+now)?\s*(?:[.!,;]|$)/iu;
/** Words that follow "it's" and name no one: "it's fine", "it's been". */
const NOT_A_NAME = /^(?:fine|ok|okay|been|not|just|a|an|the|that|this|so|really|very|too|time|over|done|official|important|hard|weird|new|old)$/i;

export function withoutOldName(sentence: string): string {
  const dont = DONT_CALL.exec(sentence);
  if (!dont || !OLD_NAME.test(sentence)) return sentence;
  const old = new Set(dont[1]!.toLowerCase().split(/[\s,/]+/));
  const now = [...sentence.matchAll(new RegExp(NEW_NAME.source, 'giu'))].map((m) => m[1]!).find((n) => !NOT_A_NAME.test(n) && !old.has(n.toLowerCase()));
  // The new name said in a sentence of its own ("Call me Margo."), read there by the rule for a form of address.
  if (!now) return 'Never use or bring up my old name.';
  const name = now.charAt(0).toUpperCase() + now.slice(1);
  return `Call me ${name}; never use or bring up my old name.`;
}
