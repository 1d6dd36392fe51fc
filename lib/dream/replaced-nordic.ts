/**
 * A thing the user sold or got rid of and what they got instead, said in Norwegian, Danish or Swedish, as replaced.ts
 * reads it in English: "solgte Leafen og kjøpte en elsykkel" (sold the Leaf and bought an e-bike), "vi har solgt bilen
 * og kjøpt en Zoe", "sålde Volvon och köpte en Polestar", "solgte den gamle Golfen, købte en Tesla". As in English,
 * selling alone is no change of what the user has ("solgte Leafen for 90 000" is a price): the thing got after it is.
 *
 * A name takes its language's definite ending ("Leafen", "Golfen", "Volvon"): the name is given without it, as the
 * assistant names it ("en 2018 Leaf"); the passages it marks are those that say it as the user did, with the ending.
 */

import type { Replaced } from './replaced';

/** A thing's name: a word or a model, up to three of them ("Leafen", "el-lastesykkel", "iPhone 12"). */
const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}'+-]|\.(?=[\p{L}\p{N}]))*`;
const THING = String.raw`(${WORD}(?: ${WORD}){0,2}?)`;
const THING_END = String.raw`(?=\s+(?:og|och|men|så|for|för|til|till|i|på|etter|efter|forrige|förra|sidste|sist|nå|nu|da|då)(?![\p{L}])|\s*[,.;:!?()\n]|\s+[-–—]\s|\s*\p{Extended_Pictographic}|$)`;
/** The user as the subject, or nobody (a diary's dropped "I"), and an adverb or two. */
const LEAD = String.raw`(?:^|[,;:.!?—–]\s*|(?<![\p{L}])(?:og|och|så|men)\s+|(?<![\p{L}])(?:jeg|vi|jag|eg)\s+(?:har\s+|hev\s+)?)(?:(?:endelig|endeligen|äntligen|nettopp|nyss|nylig|nyligen|også|akkurat)\s+)*`;
const SOLD = String.raw`(?:solgte|solgt|sålde|sålt|selde|kvittet\s+meg\s+med|blev\s+af\s+med|ble\s+kvitt|gjorde\s+mig\s+av\s+med|byttet\s+ut|bytta\s+ut|bytte\s+ud)`;
const GOT = String.raw`(?:kjøpte|kjøpt|kjøpe|köpte|köpt|købte|købt|fikk|fick|fik|skaffet\s+meg|skaffade\s+mig|anskaffede)`;
const THE_OLD = String.raw`(?:(?:min|mi|mitt|mine|den|det|de)\s+)?(?:(?:gamle|gamla|gammel)\s+)?`;
const A_NEW = String.raw`(?:(?:meg|mig|oss|os)\s+)?(?:(?:en|ei|et|ett)\s+)?(?:(?:ny|nytt|nye|brukt|begagnad|brugt)\s+)?`;

const SOLD_THEN_GOT = new RegExp(
  String.raw`${LEAD}${SOLD}\s+${THE_OLD}${THING}${THING_END}(?:\s+(?:[^,.;!?\n]|[.,](?=\d)){0,30}?)??\s*(?:,\s*|\s+)(?:(?:og|och|så|da|sen)\s+)*(?:(?:jeg|vi|jag)\s+)?(?:(?:har|hev)\s+)?${GOT}\s+${A_NEW}${THING}${THING_END}`,
  'iu',
);

/** A name without the definite ending its language added to it: "Leafen" → "Leaf", "Volvon" → "Volvo"; else as typed. */
function withoutDefiniteEnding(name: string): string {
  if (!/^\p{Lu}/u.test(name)) return name;
  return name.replace(/^(\p{Lu}[\p{L}\p{N}-]{2,}?)(?:en|n|et)$/u, '$1');
}

/** A price, a pronoun or an amount is no thing: "solgte den for 5000", "solgte det". */
const NOT_A_THING = /^(?:den|det|dem|de|henne|han|\d[\d\s.,]*(?:kr|kroner|kronor)?)$/iu;

/** What the user replaced, and with what, said in Norwegian, Danish or Swedish. */
export function replacedInNordic(sentence: string): Replaced[] {
  const m = SOLD_THEN_GOT.exec(sentence);
  if (!m || NOT_A_THING.test(m[1]!) || NOT_A_THING.test(m[2]!)) return [];
  const old = withoutDefiniteEnding(m[1]!);
  // The chats about it said it as here, with its ending ("Leafen min lader tregt"): those are the passages it marks.
  return [{ old, now: m[2]!, ...(old !== m[1] ? { about: m[1]! } : {}) }];
}
