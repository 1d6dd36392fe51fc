import type { RecallHit } from '../engine/types';
import { parseTemporalQuery } from '../engine/temporal';
import { terms, words } from '../engine/text';

/**
 * The popup's search, asked a short question about the user ("where do I live", "what is my job", "où est-ce que
 * j'habite"), shows the fact that holds now first, then what was said. Ranked by words alone, the old passage that
 * says "live" ("my flat in leeds… i live here") came before "User lives in Glasgow.", and a fact's kind words (its
 * `searchTerms`, slot-topics.ts) weigh little in the index. A topical search ("work on the kitchen renovation") or a
 * search of a time ("what did I work on in March?") is left as recall ranked it.
 */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:j['’]|(?:I|me|my|mine|je|moi|mon|ma|mes|ich|mich|mir|mein|meine|yo|mi|mis|io|eu|meu|minha|ik|mij|mijn)(?=$|[^\p{L}]))|私|僕|俺/iu;
/** A short question (stop words of other languages are not taken out, so words are counted, not terms). */
const MAX_WORDS = 6;

/**
 * "what did I do for a living": an idiom for work, which a stemmer reads as "live" (where the user lives). Said as
 * what it means before its words are counted and matched.
 */
const FOR_A_LIVING = /\b(?:for|as) a living\b/giu;

export function answersFirst(said: string, hits: RecallHit[], now: number): RecallHit[] {
  const query = said.replace(FOR_A_LIVING, 'for work');
  const asked = new Set(terms(query));
  // Spanish, Italian and Portuguese say "I" in the verb ("¿dónde vivo?"): a question mark says it is asked too.
  const aboutUser = FIRST_PERSON.test(query) || /\?\s*$/.test(query);
  if (asked.size === 0 || words(query).length > MAX_WORDS || !aboutUser || parseTemporalQuery(query, now).window) return hits;
  const answers = hits.filter((h) => h.memory.status === 'active' && !!h.memory.searchTerms && terms(h.memory.searchTerms).some((t) => asked.has(t)));
  if (answers.length === 0) return hits;
  const first = new Set(answers);
  return [...answers, ...hits.filter((h) => !first.has(h))];
}
