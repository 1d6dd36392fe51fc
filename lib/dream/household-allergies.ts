/**
 * An allergy of someone the user lives with or cares for, named only by their first name: "Alina has a serious nut
 * allergy" in a turn that says she is at home with the user ("now we have two teenagers at home", "our foster son",
 * "she lives with us"). It matters for every meal, snack or outing the user plans for the household, as the user's own
 * allergy does, yet it is not the user's: the fact says whose it is. A child already known by name is read by
 * extract.ts (namedChildAllergies); this reads the ones no rule knows the relation of (a foster child, a grandchild
 * staying over, a lodger), when the turn says they share the home.
 */
export interface HouseholdAllergyFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** The name as typed, capitalised: case matters here, so these patterns carry no 'i' flag. */
const HAS_ALLERGY =
  /\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:,? \d{1,2},?)? (?:has|'s got|has got) (?:an? )?((?:severe|serious|mild|bad|life-threatening|deadly) )?((?:[\p{Ll}-]+ )?[\p{Ll}-]+) allergy\b/u;
const IS_ALLERGIC =
  /\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:,? \d{1,2},?)? is (?:severely |very |highly |deathly )?allergic to ((?:[\p{Ll}-]+ )?[\p{Ll}-]+)(?=\s*(?:[,.;!—–]|$|\s+(?:and|so|but|which)\b))/u;
/** Words capitalised at a sentence's start that name no one. */
const NOT_A_PERSON = /^(?:He|She|They|It|This|That|Everyone|Everybody|Nobody|Someone|Somebody|Who|Which|What|The|My|Our|His|Her|Their|Your|One|Each|Mine|Apparently|Also|And|But|So)$/;
/** Signs in the turn that the person shares the user's home or is in their care. */
const SHARES_HOME =
  /\b(?:at home|with us|lives with (?:us|me)|living with (?:us|me)|moved in|staying with (?:us|me)|under our roof|in our house|foster(?:ing|ed)?|placement|(?:our|my) (?:kids?|child(?:ren)?|son|daughter|teens?|teenagers?|boys?|girls?|baby|toddler|grand(?:son|daughter|kids?|children)|nephew|niece|ward|lodger|stepson|stepdaughter|stepkids?))\b/i;
/** What no allergy is named by: a pronoun or a vague word. */
const NO_ALLERGEN = /^(?:an?|the|his|her|their|its|this|that|some|any|bad|real|big|little|new)$/i;

export function householdAllergies(sentence: string, turnText: string): HouseholdAllergyFact[] {
  if (!SHARES_HOME.test(turnText)) return [];
  const has = HAS_ALLERGY.exec(sentence);
  const is = has ? null : IS_ALLERGIC.exec(sentence);
  const m = has ?? is;
  if (!m || NOT_A_PERSON.test(m[1]!)) return [];
  // "our daughter Mia has a nut allergy": the relation is said, and extract.ts's rule for a relative's allergy reads it.
  if (/\b(?:my|our|his|her|their) [\p{L}-]+,? $/iu.test(sentence.slice(0, m.index))) return [];
  const name = m[1]!;
  const what = (has ? m[3] : m[2])!.toLowerCase();
  if (what.split(' ').some((w) => NO_ALLERGEN.test(w))) return [];
  const allergen = what.replace(/(?<=[^s])s$/, '');
  const text = has ? `${name} (in the user's household) has a ${m[2] ?? ''}${what} allergy.` : `${name} (in the user's household) is allergic to ${what}.`;
  return [{ kind: 'fact', slot: `user/family:${name.toLowerCase()}:allergy:${allergen}`, text, value: what, importance: 0.9 }];
}
