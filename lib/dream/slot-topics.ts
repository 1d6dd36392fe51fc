/**
 * What kind of thing a slot fact is, in the words a person searches with: "User is a nurse." says nothing of "job",
 * so "what is my job?" in the popup found the passages that say "job" and not the fact. The dream stores these words
 * with the fact (`MemoryRow.searchTerms`); the lexical index reads them at a low weight; they are never shown.
 */
const TOPICS = new Map<string, string>([
  ['name', 'name called'],
  ['call-me', 'name called'],
  ['age', 'age old years born'],
  ['location', 'live lives living home city town where based'],
  ['origin', 'from born grew up hometown country origin'],
  ['employer', 'work job employer company workplace'],
  ['occupation', 'work job occupation profession career role'],
  ['work-pattern', 'work schedule shifts hours'],
  ['allergy', 'allergy allergies allergic health'],
  ['diet', 'diet eat food'],
  ['health', 'health condition medical'],
  ['pet', 'pet pets animal'],
  ['pets', 'pet pets animal'],
  ['family', 'family'],
  ['commute', 'commute travel'],
  ['habit', 'habit routine usually'],
  ['reply-language', 'language'],
  ['deploys', 'deploy hosting'],
]);

/** The search words for a slot ('user/occupation', 'user/allergy:peanut', 'user/family:sister:location'), if any. */
export function slotSearchTerms(slot: string | undefined): string | undefined {
  if (slot === 'user/family:partner') return 'family partner relationship dating';
  const kind = /^user\/([^:]+)/.exec(slot ?? '')?.[1];
  return kind ? TOPICS.get(kind) : undefined;
}
