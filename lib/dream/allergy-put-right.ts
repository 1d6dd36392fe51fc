/**
 * An allergy put right by naming the food that is fine and the one that does it: "plums are actually fine, it's
 * cherries that do it, I mixed them up", "turns out shellfish is fine for me. it's the peanuts I react to". Nothing in
 * those words says "allergic", so they are read only against an allergy already learned: the retraction is bound to
 * the fine one's allergy slot, and its replacement (apply-consolidation.ts) names the other in its place. Where no such
 * allergy was learned ("red wine is fine, it's cheese that does it" of a migraine), nothing changes.
 */

/** One slot per allergen, however it was said ("peanuts", "peanut", "a peanut"). */
export function allergenKey(v: string): string {
  return v.toLowerCase().replace(/^(?:an?|the)\s+/, '').replace(/(?<=[^s])s$/, '');
}

/** Words that follow a food's name without being part of it ("cherries that do it", "plums are fine"). */
const NOT_OF_THE_NAME = String.raw`that|which|i|im|is|are|was|were|do|does|did|gets?|got|sets?|set|gives?|gave|makes?|made|react|reacted|allergic|actually|really|fine|ok|okay|safe`;
/** Words that open a clause before the food's name: "turns out plums are fine", "so yeah shellfish is fine". */
const LEAD = String.raw`turns|turned|out|so|and|but|actually|well|oh|ok|okay|yeah|yes|also|now|apparently|honestly|tbh|guess|anyway`;
const THING = String.raw`((?:the )?(?!(?:${LEAD})\b)\p{L}[\p{L}-]*(?: (?!(?:${NOT_OF_THE_NAME})\b)\p{L}[\p{L}-]*)?)`;
/** "plums are actually fine", "shellfish is fine for me", "the almonds are ok actually". */
const FINE = new RegExp(
  String.raw`(?<![\p{L}'’-])${THING} (?:is|are|'s|’s|'re|’re) (?:actually |totally |perfectly |completely |really |honestly |apparently )?(?:fine|ok|okay|safe)(?: for me| with me)?(?: actually)?(?=\s*(?:[,.;:!—–-]|$)|\s+(?:i|and|but|so|now|turns)\b)`,
  'iu',
);
/** "it's cherries that do it", "its the peanuts I react to", "it was kiwi that set me off", "… that make my mouth itch". */
const DOES_IT = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:it'?s|it’s|its|it is|it was) (?:actually |really |definitely )?${THING} (?:that |which )?(?:do(?:es)? it|did it|(?:I(?:'m|’m| am)? )?(?:actually |really )?(?:allergic to|react to|reacted to)|(?:gets?|got|sets?|set) me off|(?:gives?|gave) me (?:hives|a rash|a reaction)|(?:makes?|made) (?:me|my)|(?:is|are|was|were) the (?:problem|culprit|trigger|one))(?![\p{L}])`,
  'iu',
);
/** Words that stand where a food would, naming none: "that's fine", "everything is fine", "it's me that does it". */
const NO_FOOD = /^(?:it|that|this|these|those|everything|everyone|anything|all|which|what|he|she|they|we|you|i|me|him|her|them|us|one|mine|yours|stuff|things?|that one|this one|the other one|the rest|the one)$/i;

/** The allergy the turn puts right, fine one and the one that does it, or undefined. */
export function allergyPutRight(text: string): { wrong: string; right: string; said: string } | undefined {
  const fine = FINE.exec(text);
  const does = fine ? DOES_IT.exec(text) : null;
  if (!fine || !does) return undefined;
  const wrong = fine[1]!.replace(/^the\s+/i, '');
  const right = does[1]!.replace(/^the\s+/i, '');
  if (NO_FOOD.test(wrong) || NO_FOOD.test(right) || allergenKey(wrong) === allergenKey(right)) return undefined;
  return { wrong, right, said: `${fine[0].trim()}, ${does[0].trim()}` };
}
