/**
 * The user's partner as people mention one in passing: someone new ("been seeing someone 🙈 Ravi", "started dating a
 * guy called Tomás", "I'm seeing someone, her name is Ana"), a partner named in lower case ("my boyfriend liam hates
 * coriander"), "I have a girlfriend, Mia". One partner at a time: each fills the slot 'user/family:partner', so a new
 * one supersedes the last. And a partner who left ("liam moved out on sunday", "Tom walked out"): retracted from that
 * slot only, so a flatmate who moved out touches no partner.
 */

import { OCCUPATION } from './occupations';

export interface PartnerFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const CAPITALISED = String.raw`(\p{Lu}[\p{Ll}'’-]+)`;
/** An aside in brackets after a name ("Made (I Made Wirawan, he's an architect)"), read past. */
const ASIDE = String.raw`(?: \([^()\n]{0,80}\))?`;
const ANY_CASE = String.raw`(\p{L}[\p{L}'’-]+)`;
const ONE = String.raw`(?:someone|somebody|a (?:guy|girl|woman|man|lad|bloke|lass)|this (?:guy|girl|woman|man|lad|bloke)|a (?:lovely|nice|cute|new) (?:guy|girl|woman|man|lad|bloke|lass))(?: new)?`;
// Between "someone" and the name: a comma, a dash, an emoji or two ("been seeing someone 🙈 Ravi").
const GAP = String.raw`(?:[\s,:;—–-]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+`;
// Who says it: the user, the subject often dropped ("been seeing …", "started dating …").
const LEAD = String.raw`(?:^|[,;:.!—–-]\s*|\p{Extended_Pictographic}\s*|\b(?:[Ii](?:'ve| have|'m| am)?|so|and|also|btw|well|anyway|ok|okay)\s+)`;
const VERB = String.raw`(?:(?:been|started|just started|now|finally|recently|actually)\s+)*(?:seeing|dating|going out with|in a relationship with)`;

const SEEING = [
  // "been seeing someone 🙈 Ravi", "dating this guy, Ravi", "started dating a girl called maya".
  new RegExp(String.raw`${LEAD}${VERB}\s+${ONE}(?:${GAP}(?:called|named)\s+${ANY_CASE}|${GAP}${CAPITALISED})(?![\p{L}'’])`, 'u'),
  // "I've been dating Ravi for two months", "started seeing Ana in march".
  // ("I'm seeing Tom tonight", "seeing Paris from the train": a bare "seeing" with a name is a meeting or a sight.)
  new RegExp(String.raw`${LEAD}(?:(?:(?:been|started|just started|now|finally|recently|actually)\s+)*(?:dating|going out with|in a relationship with)|(?:been|started|just started)\s+seeing)\s+${CAPITALISED}(?![\p{L}'’])(?!\s+(?:\p{Lu}|from|in|at|on|around|perform|play|live|tonight|today|tomorrow|later|next)\b)`, 'u'),
  // "I'm seeing someone new, her name is Ana".
  new RegExp(String.raw`${LEAD}${VERB}\s+${ONE}[^.!?\n]{0,40}?\b(?:his|her|their) name(?:'s| is)\s+${ANY_CASE}`, 'u'),
  // Someone new announced without "seeing" or "dating": "there's someone new 🙈 he's called kofi", "I've met someone,
  // her name is Ana", "met a guy — he's called Sam". Not someone new at work, in class or next door (a colleague, a
  // classmate, a neighbour).
  new RegExp(String.raw`(?:^|[,;:.!—–-]\s*|\p{Extended_Pictographic}\s*|\b(?:so|and|also|btw|well|anyway|ok|okay|guess what)\s+)(?:there(?:'s|’s| is)|[Ii](?:'ve| have)? (?:just |finally )?met|met)\s+${ONE}(?! (?:at|in|on|from|next|who works|on my|in my)\b)${GAP}(?:(?:he|she|they)(?:'s|’s| is| are|'re) (?:called|named)|(?:his|her|their) name(?:'s|’s| is))\s+${ANY_CASE}(?![\p{L}'’])`, 'u'),
  // "I have a girlfriend, Mia", "I've got a boyfriend called Sam".
  new RegExp(String.raw`\b[Ii](?: have|'ve got| have got| got)? an? (?:new )?(?:boyfriend|girlfriend|partner|fianc[eé]e?)(?:,\s*|\s+(?:called|named)\s+)${ANY_CASE}`, 'u'),
];
/** "I'm married to Arvid", "married to Arvid, we have twins", "just got engaged to Sam". */
const MARRIED_TO = new RegExp(String.raw`${LEAD}(?:(?:happily|just|recently|newly|now|got|been)\s+)*(married|engaged) to\s+${CAPITALISED}(?![\p{L}'’])`, 'u');
/** "Elaine and I are engaged", "Sam and I got married in June": the partner named first, as people say it of a wedding. */
const AND_I_MARRIED = new RegExp(String.raw`(?:^|[,;:.!—–-]\s*|\b(?:so|and|well|anyway|btw|news)\s+)${CAPITALISED}${ASIDE} and I(?: are| were| got| have got|['’]ve got| just got| have just got|['’]ve just got| are now| were finally| finally got) (?:now |just |officially |finally )?(married|engaged)\b(?!\s+to\b)`, 'u');
/** "Made and I set the date", "Ana and I are getting married in May": a wedding planned, so engaged. */
const AND_I_WEDDING = new RegExp(String.raw`(?:^|[,;:.!—–-]\s*|\b(?:so|and|well|anyway|btw|news)\s+)${CAPITALISED}${ASIDE} and I(?:['’]ve)? (?:have |just |finally |officially )*(?:set the date|set a date|booked the (?:wedding|venue|church|registry office)|(?:are|'re|’re) (?:getting married|tying the knot|marrying))\b`, 'u');
/** What the partner does, said in an aside after the name: "Made (I Made Wirawan, he's an architect in Denpasar) and I". */
const ASIDE_JOB = new RegExp(String.raw`\((?:[^()]{0,40},\s*)?(?:he|she|they)(?:'s|’s| is| are|'re) an? ((?:[\p{L}-]+ ){0,2}?${OCCUPATION})(?: (?:in|at|for) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?))?\s*\)`, 'iu');
/**
 * "I'm keeping okafor, not taking tomas's name", "I took Arvid's surname": whose name a married user takes or keeps
 * from is their partner's, typed in any case.
 */
const PARTNERS_NAME = /\b(?:taking|take|took|changing to|change to|going by|adopting)\s+(\p{L}[\p{L}-]+)['’]s\s+(?:last |family |married )?(?:name|surname)\b/u;
const VERBS_AFTER = String.raw`(?:is|was|has|had|hates|loves|likes|wants|thinks|says|said|works|lives|can't|cannot|won't|doesn't|does|keeps|just|and I|&\s*I)`;
/** "my boyfriend liam hates coriander": a partner's name typed in lower case, told by the verb after it. */
const LOWER_CASE_PARTNER = new RegExp(String.raw`\bmy (?:new )?(boyfriend|girlfriend|partner|husband|wife|fianc[eé]e?),?\s+(\p{Ll}[\p{L}'’-]+)(?=,?\s+${VERBS_AFTER}\b)`, 'u');
/** Words that stand where the name would and are none. */
const NOT_A_NAME =
  /^(?:is|was|has|had|and|but|so|who|which|that|just|also|always|never|really|still|now|then|too|very|often|and|the|a|an|of|in|at|on|for|with|from|to|hates|loves|likes|wants|thinks|says|said|works|lives|keeps|does|doesn't|can't|won't|new|ex|someone|somebody|guy|girl|woman|man|lad|bloke|lass|apps?|sites?|profiles?|scene|life|coach|therapist|doctor|counsellor|counselor|specialist|physio|dentist|nutritionist|trainer|tutor)$/i;

const RELATIONS: Record<string, string> = { boyfriend: 'boyfriend', girlfriend: 'girlfriend', partner: 'partner', husband: 'husband', wife: 'wife' };
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const partner = (name: string, text: string): PartnerFact => ({ kind: 'fact', slot: 'user/family:partner', text, value: name, importance: 0.7 });

/** The partner's fact, and what the partner does when an aside says it: "User's partner Made is an architect in Denpasar." */
function withAsideJob(s: string, name: string, fact: PartnerFact): PartnerFact[] {
  const job = ASIDE_JOB.exec(s.slice(s.indexOf(name)));
  if (!job) return [fact];
  // Where is a name, capitalised: ASIDE_JOB is read case-blind (its "he's"/"She's"), where \p{Lu} matches any letter,
  // so "a nurse at the hospital" is a nurse, not one "in the hospital".
  const where = job[2]?.split(' ').every((w) => /^\p{Lu}/u.test(w)) ? ` in ${job[2]}` : '';
  const text = `User's partner ${name} is ${/^[aeiou]/i.test(job[1]!) ? 'an' : 'a'} ${job[1]!.toLowerCase()}${where}.`;
  return [fact, { kind: 'fact', slot: 'user/family:partner:job', text, value: job[1]!, importance: 0.6 }];
}

/** The partner a sentence names, if any. */
export function partnerStatements(s: string): PartnerFact[] {
  if (/^(?:if|suppose|imagine|pretend|what if|let'?s say|would|should|could)\b/i.test(s)) return [];
  // The patterns read case as typed (a name is capitalised), so the sentence's first word is lowered first.
  const t = s.charAt(0).toLowerCase() + s.slice(1);
  const wed = MARRIED_TO.exec(t);
  if (wed && !NOT_A_NAME.test(wed[2]!)) return [partner(wed[2]!, `User is ${wed[1]!.toLowerCase()} to ${wed[2]!}.`)];
  // Read as typed: the name may open the sentence, where a capital says nothing, but "And" or "Then" is no name.
  const andI = AND_I_MARRIED.exec(s);
  if (andI && !NOT_A_NAME.test(andI[1]!) && !/^(?:and|then|so|now|me|you|he|she|they|we)$/i.test(andI[1]!))
    return withAsideJob(s, andI[1]!, partner(andI[1]!, `User is ${andI[2]!.toLowerCase()} to ${andI[1]!}.`));
  const wedding = AND_I_WEDDING.exec(s);
  if (wedding && !NOT_A_NAME.test(wedding[1]!) && !/^(?:and|then|so|now|me|you|he|she|they|we)$/i.test(wedding[1]!))
    return withAsideJob(s, wedding[1]!, partner(wedding[1]!, `User is engaged to ${wedding[1]!}.`));
  for (const re of SEEING) {
    const m = re.exec(t);
    const name = m?.slice(1).find(Boolean);
    // Said of someone else: "my sister's been seeing someone, Ravi".
    if (name && !NOT_A_NAME.test(name) && !/\b(?:she|he|they|sister|brother|friend|mum|mom|dad|son|daughter)(?:'s| is| has| are|'ve)?\s*$/i.test(t.slice(0, m!.index)))
      return [partner(cap(name), `User is seeing ${cap(name)}.`)];
  }
  const lower = LOWER_CASE_PARTNER.exec(s);
  if (lower && !NOT_A_NAME.test(lower[2]!)) {
    const rel = RELATIONS[lower[1]!.toLowerCase()] ?? lower[1]!.toLowerCase();
    return [partner(cap(lower[2]!), `User's ${rel} is ${cap(lower[2]!)}.`)];
  }
  return [];
}

/**
 * The partner whose name the user takes or keeps from ("not taking tomas's name"), read in the whole sentence: the
 * "not" that makes the taking no fact leaves who the partner is one.
 */
export function partnerByTakenName(sentence: string): PartnerFact[] {
  const name = PARTNERS_NAME.exec(sentence)?.[1];
  if (!name || NOT_A_NAME.test(name) || NOT_A_PERSON.test(name) || /^(?:his|her|their|your|its|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse)$/i.test(name)) return [];
  if (/^(?:if|suppose|imagine|pretend|what if|let'?s say|would|should|could)\b/i.test(sentence)) return [];
  // The user takes it, said or left unsaid in the clause ("im keeping okafor, not taking …"), not a sister or a friend.
  const clause = sentence.slice(0, PARTNERS_NAME.exec(sentence)!.index).split(/[,;:.!?—–]/).at(-1)!;
  if (!/^\s*(?:(?:btw|and|but|so|also|no|i'?m|i am|i|i'?ll|i will|won'?t|not|be|am|was|just|never|definitely|probably|gonna|going to)\s+)*$/i.test(clause)) return [];
  return [partner(cap(name), `User's partner is ${cap(name)}.`)];
}

/** "liam moved out on sunday", "Tom walked out", "Ana left me": a partner gone, by name (the slot decides whose). */
const LEFT = /(?:^|[,;:.!—–-]\s*|\b(?:so|and|well|anyway|btw)\s+)(\p{L}[\p{L}'’-]+) (?:has |finally |officially )*(?:moved out|walked out|left me|dumped me|broke up with me|ended it|ended things)\b/u;
// Not a partner's name: pronouns, and the relations and roles that also move out ("my daughter moved out to uni" must
// not mark every chat about the daughter as changed).
const NOT_A_PERSON =
  /^(?:I|he|she|they|it|we|you|this|that|who|everyone|someone|somebody|nobody|my|the|our|just|then|and|so|finally|officially|roommate|roomie|flatmate|housemate|tenant|tenants|lodger|neighbour|neighbor|neighbours|neighbors|son|daughter|kid|kids|child|children|eldest|youngest|brother|sister|mum|mom|dad|mother|father|parents|grandma|grandpa|nan|cousin|nephew|niece|aunt|uncle|friend|mate|cat|dog|guest|guests|family|landlord|colleague|coworker|boss)$/i;

/**
 * A partner gone, told by what is left of them in the home: "Lorenzo's side of the closet is empty", "Dan's half of
 * the wardrobe is cleared out", "Sofia's name is off the lease", "Tom's name came off the lease". A home shared is
 * undone by these words only when someone leaves it; the slot decides whether the name was the partner.
 */
const LEFT_BEHIND = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)['’]s (?:(?:side|half) of the (?:closet|wardrobe|bed|dresser|room)(?:'s| is| was| sits| stands)? (?:now |all |completely |totally )*(?:empty|bare|cleared(?: out)?)|name(?:'s| is| was| came| got| has been| went)? (?:now |finally |officially )*(?:taken )?off the lease)\b/u;

/** The partner who left, by name; retracted from the partner slot alone. */
export function partnerLeft(s: string): string | undefined {
  const name = LEFT.exec(s)?.[1] ?? LEFT_BEHIND.exec(s)?.[1];
  return name && !NOT_A_PERSON.test(name) ? cap(name) : undefined;
}
