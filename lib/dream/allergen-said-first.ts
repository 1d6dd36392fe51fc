/**
 * An allergy said with the allergen first: "gabapentin is what I'm allergic to", "brazil nuts are the thing im allergic
 * to", "penicillin's the one I'm allergic to". Read as "I'm allergic to gabapentin", so the allergy rule learns it and
 * "I told you gabapentin is what I'm allergic to. that's wrong." takes back the allergy it names.
 */

/** Words that can stand before the allergen in its clause without being part of it ("i told you gabapentin is…"). */
const NOT_THE_ALLERGEN = /^(?:i|you|me|told|said|say|that|so|and|but|the|actually|yes|yeah|ok|okay|well|oh|just|only)$/i;

const SAID_FIRST =
  /(?<![\p{L}'’-])(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)(?: is|'s|’s| are) (?:what|the (?:one|ones|thing|things|stuff|drug|medicine|med|food)(?: that)?) (?:I(?:'m|’m| am)|im)(?: actually| really| seriously| severely)? allergic to\b/giu;

/** The text with each allergy said allergen-first put back in the order the allergy rule reads. */
export function withAllergenSaidAfter(text: string): string {
  return text.replace(SAID_FIRST, (all, said: string) => {
    const words = said.split(' ');
    while (words.length > 0 && NOT_THE_ALLERGEN.test(words[0]!)) words.shift();
    if (words.length === 0) return all;
    const lead = said.slice(0, said.length - words.join(' ').length);
    return `${lead}I'm allergic to ${words.join(' ')}`;
  });
}
