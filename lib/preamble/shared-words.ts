import { bareWord, indexWords, terms } from '../engine/text';

/**
 * The terms two texts share as the same word, not merely the same stem. Porter2 cuts a doer's "-er" off a long word
 * ("engineer" → "engin", "designer" → "design"), so the doer meets the thing it is made from ("the engine was shot",
 * "the design changed"): a note about a car is not about the user's job. A doer word meets its own forms ("engineers",
 * "engineering") and any word when neither side is a doer.
 */
export function sharedTerms(a: string, b: string): string[] {
  const wordsOfB = formsByTerm(b);
  const out: string[] = [];
  for (const [term, forms] of formsByTerm(a)) {
    const others = wordsOfB.get(term);
    if (others && [...forms].some((x) => [...others].some((y) => sameWord(x, y)))) out.push(term);
  }
  return out;
}

function formsByTerm(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const raw of indexWords(text)) {
    const term = terms(raw)[0];
    if (term === undefined) continue;
    const forms = out.get(term) ?? new Set<string>();
    forms.add(bareWord(raw));
    out.set(term, forms);
  }
  return out;
}

/** A doer noun whose "-er" the stemmer took: "engineer(s)", "manager", not "teacher" (kept whole) nor "water". */
function doerBase(word: string): string | undefined {
  if (!/ers?$/.test(word)) return undefined;
  const term = terms(word)[0];
  return term !== undefined && !term.endsWith('er') ? word.replace(/s$/, '') : undefined;
}

function sameWord(x: string, y: string): boolean {
  const dx = doerBase(x);
  const dy = doerBase(y);
  if (dx === undefined && dy === undefined) return true;
  return (dx !== undefined && y.startsWith(dx)) || (dy !== undefined && x.startsWith(dy));
}
