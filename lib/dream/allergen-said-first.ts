/**
 * An allergy said with the allergen first: "gabapentin is what I'm allergic to", "brazil nuts are the thing im allergic
 * to", "penicillin's the one I'm allergic to". Read as "I'm allergic to gabapentin", so the allergy rule learns it and
 * "I told you gabapentin is what I'm allergic to. that's wrong." takes back the allergy it names. Also an allergen asked
 * to be left out, then "I'm allergic" with nothing after it: "nothing with plums please, im allergic", "no shellfish, I'm
 * allergic" are read "… I'm allergic to plums".
 */

/** Words that can stand before the allergen in its clause without being part of it ("i told you gabapentin is…"). */
const NOT_THE_ALLERGEN = /^(?:i|you|me|told|said|say|that|so|and|but|the|actually|yes|yeah|ok|okay|well|oh|just|only)$/i;

const SAID_FIRST =
  /(?<![\p{L}'’-])(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*)?)(?: is|'s|’s| are) (?:what|the (?:one|ones|thing|things|stuff|drug|medicine|med|food)(?: that)?) (?:I(?:'m|’m| am)|im)(?: actually| really| seriously| severely)? allergic to\b/giu;

/** What "no" opens as a saying, not a thing left out: "no kidding, i'm allergic", "no worries, I'm allergic". */
const NO_IDIOMS = String.raw`kidding|worries|worry|problem|problems|idea|way|joke|doubt|offen[cs]e|rush|clue|wonder|thanks|lie|cap|really|seriously|wait|sorry|matter|surprise`;
/**
 * A word after the thing left out that is no part of its name: "no pets allowed, since I'm allergic" leaves out pets,
 * and says nothing of an allergen named "pets allowed".
 */
const NOT_A_SECOND_WORD = String.raw`please|allowed|permitted|here|there|today|tonight|anymore|again|either|thanks|\p{L}+ed`;
/**
 * What is asked to be left out ("no …", "nothing with …", "without …", "hold the …", "skip the …"), a comma or "please",
 * then "I'm allergic" closing its clause: a word after "allergic" ("to", "reaction") says something else.
 */
const LEFT_OUT_THEN_ALLERGIC = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:no|nothing with|without|hold the|skip the|leave out the|leave out)\s+(?!(?:${NO_IDIOMS})\b)(\p{L}[\p{L}-]*(?: (?!(?:${NOT_A_SECOND_WORD})\b)\p{L}[\p{L}-]*)?)(?:,?\s+please)?\s*[,;—–-]\s*(?:(?:because|cause|cuz|coz|as|since)\s+)?(?:I(?:'m|’m| am)|im)(?: actually| really| seriously| severely| very)? allergic(?=\s*(?:[,.;!?\n]|$))`,
  'giu',
);

/** The text with each allergy said allergen-first put back in the order the allergy rule reads. */
export function withAllergenSaidAfter(text: string): string {
  const named = text.replace(LEFT_OUT_THEN_ALLERGIC, (all, allergen: string) => `${all} to ${allergen}`);
  return named.replace(SAID_FIRST, (all, said: string) => {
    const words = said.split(' ');
    while (words.length > 0 && NOT_THE_ALLERGEN.test(words[0]!)) words.shift();
    if (words.length === 0) return all;
    const lead = said.slice(0, said.length - words.join(' ').length);
    return `${lead}I'm allergic to ${words.join(' ')}`;
  });
}
