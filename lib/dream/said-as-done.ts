/**
 * Whether what a rule found is said of the user, as done: not of someone else ("my dad quit drinking", "she's on
 * warfarin") and not wished, planned, feared or asked ("I should stop drinking", "if they switch me from …", "how do I
 * quit smoking"). Read from the words before the match, within the clause, as people put them there.
 */
const SOMEONE_ELSE = /\b(?:my (?:mum|mom|dad|father|mother|husband|wife|partner|son|daughter|kid|child|brother|sister|grandma|grandpa|gran|nan|friend|boss|uncle|aunt|dog|cat)|(?:he|she|they)(?:'s|'re|'ve| is| was| are| were| has| have)?)\b[^.!?]{0,30}$/i;
const NOT_DONE =
  /\b(?:if|whether|should|might|may|could|would|maybe|thinking|considering|want(?:s|ed)? to|wants? me|trying to|try to|tried to|need to|going to|gonna|plan(?:s|ning)? to|hoping|wish|how (?:do|can|to)|what if|suppose|imagine|afraid|scared|worried)\b[^.!?]{0,40}$/i;

const clauseOf = (before: string) => before.split(/[:;,.!?—–]/).at(-1) ?? '';

/**
 * Said as done, judged by the words before it in its clause; and of the user, unless the match names the user itself
 * ("he switched me from warfarin…": who did it is the doctor, whose it is the user's).
 */
export function saidAsDone(before: string, userInMatch = false): boolean {
  const clause = clauseOf(before);
  return (userInMatch || !SOMEONE_ELSE.test(clause)) && !NOT_DONE.test(clause);
}
