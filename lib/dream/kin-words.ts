/**
 * The words for a relative or a partner, each in the forms people write it ("mum", "mom", "ma"; "gf"; "fiancée";
 * "sister-in-law"; "ex-wife"), as one alternation for a regular expression. Rules that ask whether a sentence is about
 * someone close to the user rather than the user ("my sister-in-law: 'I'm allergic to cats'", "My daughter is 5.
 * Allergic to eggs.", "don't bring up my brother") build on this one list, so a word one of them learns the others
 * know too. Each adds its own words where its meaning needs them: pronouns, pets, a patient, a boss.
 * Longer forms come before their prefixes ("ex-wife" before "ex"), so a rule with no boundary after the word still
 * takes the whole word.
 */
export const KIN_WORDS = String.raw`(?:(?:mother|father|sister|brother|son|daughter)-in-law|in-laws|ex-wife|ex-husband|ex-boyfriend|ex-girlfriend|ex|wife|husband|partner|spouse|girlfriend|boyfriend|gf|bf|fianc[eé]e?|stepdad|stepmom|stepmum|stepson|stepdaughter|son|daughter|kids?|child|children|baby|mother|mom|mum|ma|father|dad|pa|sister|brother|grandmother|grandma|nan|gran|grandfather|grandpa|aunt|uncle|cousin|niece|nephew|best friend|friend)`;
