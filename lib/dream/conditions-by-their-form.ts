/**
 * Lasting conditions the list in extract.ts does not name, read by the form medicine gives their names: an
 * inflammation or a state ("diverticulitis", "spondylosis", "thalassemia"), or a named disease, syndrome, malformation,
 * disorder or deficiency ("a Chiari malformation", "Lyme disease", "an eating disorder"). People type the rarer ones
 * as often as the common ones, and no list keeps up with them.
 *
 * Not the words of that form that are no illness ("diagnosis", "hypnosis"), nor the short illnesses that pass in days
 * (bronchitis, tonsillitis, conjunctivitis …): "I have bronchitis" is this week's news, not a fact about the user. A
 * named one needs a word of its own before it ("I have no disease", "the syndrome" name nothing), and is not one had
 * in something of the user's or laughed off.
 */

/** Words of an illness's form that are no illness. */
const NOT_AN_ILLNESS = String.raw`(?:diagnosis|prognosis|hypnosis|osmosis|symbiosis|metamorphosis|apotheosis|halitosis)`;
/** Illnesses of that form that pass in days or weeks. */
const PASSING = String.raw`(?:bronchitis|tonsillitis|conjunctivitis|laryngitis|pharyngitis|sinusitis|gastroenteritis|gastritis|appendicitis|mastitis|cellulitis|otitis|meningitis|mononucleosis)`;
/** Syndromes said of feelings and ways of life, no illness ("imposter syndrome at work", "middle child syndrome"). */
const NOT_CLINICAL = String.raw`(?:imposter|impostor|main character|middle child|only child|second child|empty nest|shiny object|tall poppy)\s+syndrome`;
/** Words that name no disease of their own before "disease", "syndrome" …: a determiner, a vague word, "a lot of". */
const NO_NAME = String.raw`(?:no|any|some|the|this|that|these|those|my|your|his|her|their|our|a|an|of|lot|weird|strange|mystery|same|other|new|another)`;
/**
 * What says a condition is not the user's for good: laughed off ("main character syndrome lol"); the lead's review: had
 * only for now ("a sugar deficiency right now", "a sleep deficiency this week") or in the past ("psychosis history").
 */
const NOT_FOR_GOOD = String.raw`(?!\s*,?\s*(?:lol|lmao|haha|jk|right now|today|tonight|this (?:week|morning|afternoon|evening)|at the moment|history)\b)`;
/**
 * A named one had in or on a thing of the user's is the thing's ("plant disease on my roses", "a disease in my tomato
 * plants"). Not for an inflammation's name, which is had in the body ("spondylosis in my neck").
 */
const NOT_THE_USERS = String.raw`(?!\s+(?:in|on)\s+(?:my|our|the)\s)${NOT_FOR_GOOD}`;

/** The condition said by its form, as an alternative of extract.ts's CONDITION (no group of its own). */
export const CONDITION_BY_FORM = String.raw`(?!${NOT_AN_ILLNESS}\b|${PASSING}\b)\p{L}{3,}(?:itis|osis|iasis|a?emia)${NOT_FOR_GOOD}|(?:an? )?(?!${NOT_CLINICAL}\b)(?:(?!${NO_NAME}\b)[\p{L}'’-]+\s+){1,2}(?:disease|syndrome|malformation|disorder|deficiency)${NOT_THE_USERS}`;
