/**
 * Facts people say in everyday ways the first-person rules (extract.ts) miss:
 * - the household that includes the user: "my wife and I are both vegan", "we live in a tiny flat in Bristol";
 * - a job said by how long they have done it: "I've been a paramedic for 12 years";
 * - what the assistant must allow for: "I use a wheelchair", "I'm hard of hearing", "I'm colour blind";
 * - every allergen of a list: "allergic to penicillin and shellfish";
 * - whether they are married, engaged, single;
 * - a plan called off: "we decided not to move to Berlin after all" (a retraction, returned apart);
 * - how and whether they work: days a week, self-employed, between jobs, retired, a team they lead; a neurotype ("I'm dyslexic").
 */

import { OCCUPATION } from './occupations';

export interface EverydayFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const fact = (slot: string, text: string, value: string, importance: number): EverydayFact => ({ kind: 'fact', slot: `user/${slot}`, text, value, importance });

/** "we", "we're", "my wife and I", "my partner and me": a household the user is in. */
const HOUSEHOLD = String.raw`(?:\bwe|\bmy (?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|family|whole family|kids|flatmate|roommate) and I)`;
const DIETS = String.raw`(vegetarian|vegan|pescatarian|gluten[- ]free|dairy[- ]free|plant[- ]based)`;
const HOUSEHOLD_DIET = new RegExp(String.raw`${HOUSEHOLD}(?:'re| are)(?: both| all)? (?:now |strictly |fully |mostly )?(?:an? )?${DIETS}\b(?! (?:restaurants?|recipes?|options?|food|places?|meals?|dishes)\b)`, 'iu');
// Where the household lives: "we live in a tiny flat in Bristol", "my partner and I live in Ghent".
const HOUSEHOLD_HOME = new RegExp(
  String.raw`${HOUSEHOLD} (?:currently |now |still )?live (?:in (?:an? |the |our )?(?:[\p{L}-]+ ){0,2}(?:flat|apartment|house|place|home|condo|studio|cottage|bungalow|terrace|semi|village|town|suburb) )?in (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})`,
  'u',
);
/**
 * "I've been a paramedic for 12 years", "I have been working as a welder since 2015", "ive been a data engineer at
 * kestrel for 3 yrs" (where, then how long), "been a plumber 20 years now" (the subject left out).
 */
const YEARS_IN_JOB = new RegExp(String.raw`(?:\bI(?:'ve| have) been|^been|(?<=\bI\b[^.!?\n]*,\s*)been) (?:working as )?(an? (?:[\p{L}-]+ ){0,2}?${OCCUPATION})(?= (?:for|since|at|with|in|on|and|now)\b| (?:about |around |nearly |almost |over |like )?(?:\d+|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|twenty) (?:years?|yrs?|decades?)\b|,|\.|$)`, 'iu');
/** What the assistant must allow for, said of the user. */
const NEEDS: [RegExp, string, string][] = [
  [/\bI(?: use| am in|'m in| rely on) a (?:power |manual |electric )?wheelchair\b/i, 'wheelchair', 'User uses a wheelchair.'],
  [/\bI(?:'m| am) (?:a )?wheelchair user\b/i, 'wheelchair', 'User uses a wheelchair.'],
  [/\bI(?:'m| am) (?:hard of hearing|partially deaf|deaf)\b|\bI have (?:hearing loss|a hearing impairment)\b/i, 'hearing', 'User is deaf or hard of hearing.'],
  [/\bI(?:'m| am) (?:blind|partially sighted|visually impaired|legally blind)\b|\bI have (?:low vision|a visual impairment)\b/i, 'vision', 'User is blind or has low vision.'],
  [/\bI(?:'m| am) (?:colou?r[- ]?blind|red[- ]green colou?r[- ]?blind)\b/i, 'colour-vision', 'User is colour blind.'],
  [/\bI (?:use|rely on) a screen reader\b/i, 'screen-reader', 'User uses a screen reader.'],
];
/** "I'm married", "I got engaged", "we got married last month". */
const STATUS = /\b(?:I(?:'m| am)(?: now)?|I (?:just )?got|we (?:just )?got|we(?:'re| are)(?: now)?) (married|engaged|divorced|separated|widowed|single)\b(?!-|\s+(?:in|at|from|by|during|on|for|to my job|to the idea|life|handed(?:ly)?)\b)/i;
/** "allergic to penicillin and shellfish", "allergic to nuts, sesame and kiwi": the list after the first allergen. */
const ALLERGY_LIST = /\ballergic to ([\p{L} -]{2,30}?(?:,\s*[\p{L} -]{2,30}?)*(?:,?\s+(?:and|&)\s+[\p{L} -]{2,30}?))(?=\s*(?:[.,;!?)]|$)|\s+(?:so|but|which|too|as well|since|because)\b)/iu;
/** "I'm allergic to", "I am also severely allergic to": the list that follows is the user's. */
const ALLERGIC_USER = /\bI(?:'m|’m| am|m)(?:\s+(?:also|severely|very|highly|deathly|mildly|really|super|so|quite|slightly|extremely|now|still))*\s+$/iu;
/** A plan called off: "we decided not to move to Berlin after all", "I'm not going to do the marathon after all". */
const CALLED_OFF = /\b(?:(?:I|we) (?:decided|chose) not to|(?:I'm|I am|we're|we are) not (?:going to|gonna)|(?:I|we) won't(?: be)?) ([\p{L}' -]{3,40}?) after all\b/iu;

export function everydayStatements(s: string): EverydayFact[] {
  const out: EverydayFact[] = [];
  const diet = HOUSEHOLD_DIET.exec(s)?.[1]?.toLowerCase();
  if (diet) out.push(fact('diet', `User is ${diet}.`, diet, 0.85));
  const home = HOUSEHOLD_HOME.exec(s)?.[1];
  if (home) out.push(fact('location', `User lives in ${home}.`, home, 0.8));
  const job = YEARS_IN_JOB.exec(s)?.[1];
  if (job && !/^an? (?:big|huge|bit|little|real|total)\b/i.test(job)) out.push(fact('occupation', `User is ${job}.`, job.replace(/^an?\s+/i, ''), 0.75));
  for (const [re, need, text] of NEEDS) if (re.test(s) && !out.some((f) => f.text === text)) out.push(fact(`accessibility:${need}`, text, need, 0.9));
  const status = STATUS.exec(s)?.[1]?.toLowerCase();
  // "Engaged" alone also reads as busy or employed; said in full it is only the one thing.
  if (status) out.push(fact('relationship-status', `User is ${status === 'engaged' ? 'engaged to be married' : status}.`, status, 0.7));
  return out;
}

/** Every allergen of a list but the first (which the single-allergen rule reads), as its own fact. */
export function moreAllergens(s: string): string[] {
  const found = ALLERGY_LIST.exec(s);
  const list = found?.[1];
  // The user's own list only: "my wife is allergic to penicillin and dust" says nothing of the user.
  if (!list || !ALLERGIC_USER.test(s.slice(0, found.index))) return [];
  // The Oxford comma's "and" goes with its comma ("penicillin, sulfa drugs, and codeine").
  const items = list.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/i).map((a) => a.trim());
  // A new clause ends the list: "allergic to ibuprofen, I get hives and swollen lips" names one allergen, and what
  // follows the comma is what it does to the user. So does the allergy said again to stress it ("allergic to parsley,
  // proper allergic, me lips go"): what follows is how, not what.
  // What it does to the user ends it as well, said without a clause of its own: "allergic to chocolate, cocoa
  // anything, hives and my throat gets tight", "allergic to watermelon, like itchy throat and my lips swell".
  const clause = items.findIndex((a) => CLAUSE_OPENS.test(a) || /allerg/i.test(a) || REACTION.test(a));
  return (clause < 0 ? items : items.slice(0, clause))
    .map((a) => a.replace(ANY_OF_IT, ''))
    .filter((a) => a && a.split(/\s+/).length <= 3)
    .slice(1);
}
/** What an allergy does to the body, which no allergist tests for: hives, a rash, an itchy or a swollen throat. */
const REACTION = /(?<![\p{L}])(?:hives|rash(?:es)?|itch(?:y|ing|es)?|swell(?:s|ing)?|swollen|anaphyla\p{L}*|throat|lips?|tongue|wheez\p{L}*|welts|eczema|epi-?pens?)(?![\p{L}])/iu;
/** "cocoa anything", "sesame everything": all that holds the allergen, which is the allergen. */
const ANY_OF_IT = /\s+(?:anything|everything|stuff|whatever)$/iu;
/** Words that open a clause, not an allergen: "me" among them, as "my" is said in much of England ("me lips go"). */
const CLAUSE_OPENS = /^(?:I|I'm|I’m|I've|I’ve|we|you|it|it's|it’s|they|he|she|there|this|that|my|me|our|which|who)(?![\p{L}'’])/iu;

/**
 * An allergy said in the user's own language with the allergen in English: "менин жаңгакка аллергиям бар — walnuts
 * especially, so nothing with nuts in my own pack", "mam alergię, peanuts, so none for me". The word for allergy is a
 * loan in most languages (аллергия, alergia, alerji, αλλεργία, アレルギー, 알레르기, एलर्जी, ალერგია, ալերգիա) and is
 * written in their script; the English rules read the English sentences. The user's own: an English "my", "me" or
 * "I" in the sentence, and no "he", "she", "his", "her" or relative named in English.
 */
const ALLERGY_LOANWORD = /(?:а?ллерг|алерг|alerg|alerj|allergi(?![c])|αλλεργ|アレルギー|알레르기|एलर्जी|ალერგი|ալերգի|אלרגי|آلرژی|الرجی)/iu;
const ALLERGEN_IN_ENGLISH =
  /\b(peanuts?|tree nuts|walnuts?|hazelnuts?|almonds?|cashews?|pistachios?|pecans?|nuts|shellfish|prawns|shrimp|crab|lobster|fish|eggs?|milk|dairy|lactose|sesame|soy|soya|wheat|gluten|celery|mustard|lupin|sulphites|penicillin|amoxicillin|aspirin|ibuprofen|latex|bee stings?|wasp stings?|kiwi|strawberries)\b/i;
const OWN_IN_ENGLISH = /\b(?:my|me|mine|I|I'm)\b/;
const SOMEONE_ELSE_IN_ENGLISH = /\b(?:he|she|his|her|hers|him|they|their|my (?:son|daughter|wife|husband|partner|mum|mom|dad|mother|father|sister|brother|kid|child|friend|boss))\b/i;

export function allergenCodeSwitched(s: string): string | undefined {
  if (/\ballerg/i.test(s) || !ALLERGY_LOANWORD.test(s) || !OWN_IN_ENGLISH.test(s) || SOMEONE_ELSE_IN_ENGLISH.test(s)) return undefined;
  return ALLERGEN_IN_ENGLISH.exec(s)?.[1]?.toLowerCase();
}

/** The plan a sentence calls off ("move to Berlin"), if it does. */
export function calledOff(s: string): string | undefined {
  return CALLED_OFF.exec(s)?.[1]?.trim();
}

/** How much the user works: "I work 4 days a week", "I work three days a week now". */
const DAYS_A_WEEK = /\bI(?:'m| am)? (?:now |currently |only )?work(?:ing)? (\d|one|two|three|four|five|six) days? (?:a|per|each) week\b(?![^.!?\n]*\b(?:this|next) (?:week|month)\b)/i;
/** Working for themselves: "I'm self-employed", "I freelance", "I work for myself". */
// …or as done: "I've gone freelance", "first week as freelance done" (not "I want to go freelance": a plan).
const OWN_BOSS = /\bI(?:'m| am) (?:now |currently )?(?:self[- ]employed|a freelancer|freelance|freelancing)\b|\bI (?:now )?(?:work for myself|freelance)\b|\bI(?:'ve| have) been (?:freelancing|self[- ]employed|working for myself)\b|\b(?:I'm|I am|being) my own boss\b|\bI(?:'ve| have)? (?:finally |officially |just )?(?:gone|went) (?:freelance|self[- ]employed)\b|\b(?:first|second|third|1st|2nd|3rd) (?:day|week|month) (?:as (?:a )?freelance(?:r)?|(?:of )?freelancing|self[- ]employed)\b/i;
/** No job now: "I'm between jobs", "I got laid off", "I was made redundant", "I lost my job". */
const NO_JOB = /\bI(?:'m| am) (?:currently |now )?(?:between jobs|unemployed|out of work|not working at the moment)\b/i;
/** The job lost, which may be a while ago ("since I lost my job …"): said as what happened, not as the state now. */
// Also said of a group the user is in: "all seasonal rangers are laid off end of June including me", "we were all made
// redundant".
const JOB_LOST =
  /(?<!\b(?:if|would|could|might|may|will|to|gonna|going to|threatened to|almost|nearly|never)\s+(?:\S+\s+)?)\b(?:made me redundant|laid me off)\b|\bI (?:just )?(?:got|was|'ve been|have been) (?:laid off|made redundant|let go)\b|\bI (?:just )?lost my job\b|\b(?:laid off|made redundant)\b[^.!?\n]{0,40}\b(?:including me|me included|myself included)\b|\bwe(?:'re| are|'ve been| have been| were| got)? (?:all )?(?:being |been )?(?:laid off|made redundant)\b/i;
/**
 * The job lost said with the employer as who did it: "fernhop made me redundant", "Acme laid me off", or after "by":
 * "I was made redundant by Corvid", "I got fired by Brightline". Group 1 or 2: the employer, where named.
 */
const LET_GO_BY =
  /(?:^|[,;:]\s*|\b(?:well|so|and|but|then|lol|ugh|anyway)\s+)(?:(?!(?:well|so|and|but|then|lol|ugh|anyway|the|a|an|my|our|his|her|their|this|that)\s)(\p{L}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,2}) |they |the company |my (?:company|employer|boss|work) )(?:just |finally |officially )?(?:made me redundant|laid me off)\b|\b(?:made redundant|laid off|let go|fired|sacked) by (\p{L}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,2})(?=\s*(?:[,.;!?)]|$)|\s+(?:on|last|this|in|after|yesterday|today|and|but|so)\b)/iu;
/** What names no employer in "X made me redundant": a person or a pronoun. */
const NOT_AN_EMPLOYER = /^(?:I|I've|we|he|she|it|they|you|who|that|this|which|and|so|then|just|basically|finally|officially|my \S+|his|her|their)$/i;

/**
 * The employer the user says let them go, where the sentence names it ("fernhop made me redundant"). A name of
 * several words is capitalised after its first ("Blue Harbour Freight"): LET_GO_BY is read case-blind, where \p{Lu}
 * matches any letter, so that is checked here, or "the new boss laid me off" would name "the new boss".
 */
export function employerLeft(s: string): string | undefined {
  const m = LET_GO_BY.exec(s);
  const named = m?.[1] ?? m?.[2];
  if (!named || NOT_AN_EMPLOYER.test(named)) return undefined;
  const [first, ...rest] = named.split(' ');
  const capitalised = rest.findIndex((w) => !/^[\p{Lu}\p{N}]/u.test(w));
  if (capitalised < 0) return named;
  // Before "made me redundant" the words are all the name or none of it; after "by" a time may follow the name
  // ("let go by Marlowe Print yesterday").
  return m?.[1] ? undefined : [first, ...rest.slice(0, capitalised)].join(' ');
}
/** "since I lost my job, …", "'cause I lost my job": the loss as background to what is true now, not the news. */
const BACKGROUND = /\b(?:since|cause|because|after|when|ever since|once)\s+(?:I\s+)?$/i;
/**
 * Retired: "I'm retired", "I'm 71 and retired", "I retired last year", "since I retired", "I ran a lathe for 40 years
 * before I retired". Not a retirement to come ("when I'm retired", "once I retire"), someone else's ("my dad retired"),
 * or a thing put away ("I retired the old laptop").
 */
const RETIRED = /(?<!\b(?:when|once|if|until|till|after|by the time|before)\s+)\bI(?:'m| am)(?: now| finally| happily| fully| recently| newly| semi-| semi | officially)? ?retired\b|\bI(?:'m| am) \d{2}(?: years old)?(?:,| and|, and| &) (?:now |happily )?retired\b|\bI (?:just |finally |recently |officially |have |'ve )?retired\b(?=\s*(?:[,.;!?)]|$)|\s+(?:last|this|in|at|on|from|after|early|back|when|so|and|but|recently|(?:a (?:few|couple|year|decade))|\d|two|three|four|five|six|seven|eight|nine|ten|years?)\b)|\b(?:since|before|until|till|til|after|once|ever since) I (?:finally |officially )?retired\b/i;
/** "I decided to retire early", "I've chosen to retire": a decision, done when the message says the last day is behind. */
const RETIRE_DECIDED = /\bI(?:'ve| have)? (?:finally |now |just )?(?:decided|chosen|chose|made the decision) to (?:take (?:early )?)?retire(?:ment)?\b/i;
/** "Today was my last day at the archive", "Friday was my last day", "my last day at work was yesterday". */
const LAST_DAY_PAST = /\b(?:today|yesterday|this (?:morning|afternoon)|(?:mon|tues|wednes|thurs|fri|satur|sun)day) was my (?:very )?(?:last|final) day\b|\bmy (?:very )?(?:last|final) day\b[^.!?\n]{0,40}?\bwas (?:today|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** The work done before it, said with it: "I ran a lathe for 40 years at the shipyard before I retired". */
const BEFORE_RETIRING = /\bI ((?:was|worked|ran|spent|taught|drove|managed|nursed|built|did|had|owned|fixed|flew|farmed|sold)\b[^.!?;]{3,80}?),? (?:before|until|till|til) I (?:finally |officially )?retired\b/i;
/** "I retired last year after 30 years as a nurse": what it came after. */
const RETIRED_AFTER = /\bretired\b[^.!?;]{0,30}?\bafter ((?:\d+|[\p{L}-]+) (?:years?|decades?) (?:as an? |at |in |with |of )[^,.;!?\n]{2,40}?)(?=\s*(?:[,.;!?)]|$)|\s+(?:and|but|so)\b)/iu;
/** The working life said right after it: "I'm 74 and retired, 31 years down the pit at Tower Colliery before it closed". */
const RETIRED_THEN = /\bretired\b[,;:]?\s*(?:[-–—]\s*)?(?:after )?((?:\d+|[\p{L}-]+) (?:years?|decades?) (?:as an? |at |in |with |of |down |on |working |teaching |driving |nursing |running )[^.!?;\n]{2,60}?)(?=\s*(?:[,.;!?)]|$)|\s+(?:and|but|so|before|until|till)\b)/iu;
/** Or as a clause of its own beside it: "I'm retired now, I was a nurse at St Mary's for 30 years". */
const WAS_FOR_YEARS = /\bI ((?:was an? |worked (?:at|for|in|as an?) |taught |drove |nursed |ran )[^.!?;,\n]{2,60}? for (?:\d+|[\p{L}-]+) (?:years?|decades?))\b/iu;
/** Who they lead at work: "I manage a team of 6 engineers", "I lead the data team at Monzo". */
const LEADS = /\bI (manage|lead|run|head(?: up)?) (a team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)(?: [\p{L}-]+){0,2}|the [\p{L}-]+(?: [\p{L}-]+)? (?:team|department|unit|group|squad))\b/iu;
/** "I'm autistic", "I'm dyslexic": how the assistant should explain things may depend on it. */
const NEUROTYPE = /\bI(?:'m| am) (autistic|dyslexic|dyspraxic|neurodivergent|epileptic|asthmatic)\b/i;
/**
 * "I stutter", "I've had a stammer since I was five": how the user speaks on a call or at a talk, which the assistant
 * should allow for in a script or a speech. Only of the user ("I", not "he stutters"), and not a stutter in a thing
 * ("the engine stutters": the subject is the user alone), nor once ("I stuttered through the interview").
 */
/**
 * A limb lost, which shapes what travel, work or sport suits the user: "I'm a below-knee amputee", "I lost my left leg
 * below the knee", "I got one leg" (the user's own: "my uncle lost a leg" is his; "lost a hand of poker" is a game).
 * What was lost, and where, as said.
 */
const AMPUTEE = /(?<![\p{L}'’])I(?:'m| am) an? ((?:(?:above|below)[- ](?:the[- ])?(?:knee|elbow) |double |bilateral |leg |arm )?amputee)\b/iu;
const LIMB_LOST = /(?<![\p{L}'’])I(?:'ve| have)? lost (?:my|the) ((?:(?:left|right) (?:leg|arm|foot|hand)|leg|arm)(?: (?:below|above) the (?:knee|elbow))?)\b(?! (?:muscle|hair|strength|feeling)\b)/iu;
const ONE_LIMB = /(?<![\p{L}'’])I(?:'ve| have)?(?: only)? (?:got|have) (?:only )?one (leg|arm)\b(?! (?:day|of|to|in|on)\b)/iu;
/**
 * One of a pair of organs only, which rules out medicines and sports ("no NSAIDs at all, ever" with one kidney): "I only
 * have one kidney", "I've got a single kidney", "I donated a kidney to my dad", "I gave one of my kidneys to my
 * sister". The user's own ("my dad has one kidney" is his); a kidney stone or infection is another matter, and so is a
 * kidney bean.
 */
const ONE_ORGAN = /(?<![\p{L}'’])I(?:'ve| have)?(?: only)? (?:got |have |live with |am living with )(?:only )?(?:one|a single|just one) (kidney|lung)\b(?![- ](?:stones?|beans?|infections?|pie)\b)/iu;
const ORGAN_GIVEN = /(?<![\p{L}'’])I (?:donated|gave(?: away)?) (?:a|one|one of my|my) (kidney|lung)s?\b(?![- ](?:beans?|pie)\b)(?= (?:to|for)\b)/iu;
const STUTTER = /(?<![\p{L}'’])I(?:'ve| have)? (?:(?:always|still|sometimes|really)\s+)?(?:stutter|stammer)\b|(?<![\p{L}'’])I(?:'ve| have)(?: got| had)?(?: always had| had)? an? (?:bad |slight |mild |severe |real )?(stutter|stammer)\b/iu;

const NUMBERS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6' };

/** How and whether the user works, and what the assistant should allow for in how they think. */
export function workAndHealthStatements(s: string, turn = s): EverydayFact[] {
  const out: EverydayFact[] = [];
  const days = DAYS_A_WEEK.exec(s)?.[1]?.toLowerCase();
  if (days) {
    const n = NUMBERS[days] ?? days;
    out.push(fact('work-pattern:days', `User works ${n} day${n === '1' ? '' : 's'} a week.`, n, 0.65));
  }
  // Self-employed or between jobs: the employer held before is no longer current (one slot).
  if (OWN_BOSS.test(s)) out.push(fact('employer', 'User is self-employed.', 'self-employed', 0.75));
  else if (NO_JOB.test(s)) out.push(fact('employer', 'User is between jobs.', 'between jobs', 0.75));
  else {
    const lost = JOB_LOST.exec(s);
    if (lost && !BACKGROUND.test(s.slice(0, lost.index).replace(/'/g, ''))) out.push(fact('employer', 'User lost their job.', 'lost their job', 0.75));
  }
  if (RETIRED.test(s) || (RETIRE_DECIDED.test(s) && LAST_DAY_PAST.test(turn))) {
    const before = BEFORE_RETIRING.exec(s)?.[1] ?? RETIRED_AFTER.exec(s)?.[1] ?? RETIRED_THEN.exec(s)?.[1] ?? WAS_FOR_YEARS.exec(s)?.[1];
    const then = before ? (/^(?:\d|[\p{L}-]+ (?:years?|decades?))/u.test(before) && RETIRED_AFTER.exec(s)?.[1] === before ? ` after ${before}` : ` (before that: ${before.trim()})`) : '';
    // "since I retired from teaching": from what, when no clause says more.
    const from = then ? undefined : /\bretired from ((?:the )?[\p{L}-]+(?: [\p{L}-]+)?)(?=\s*(?:[,.;!?)]|$)|\s+(?:I|and|so|but|after|in|last)\b)/iu.exec(s)?.[1];
    const semi = /\bsemi[- ]retired\b/i.test(s) ? 'semi-' : '';
    out.push(fact('employer', `User is ${semi}retired${then}${from && !/^(?:work|it|that|this|my job)$/i.test(from) ? ` from ${from}` : ''}.`, `${semi}retired`, 0.75));
  }
  const leads = LEADS.exec(s);
  if (leads) {
    const verb = leads[1]!.toLowerCase().startsWith('head') ? 'heads' : `${leads[1]!.toLowerCase()}s`;
    out.push(fact('work-role', `User ${verb} ${leads[2]}.`, leads[2]!, 0.7));
    // "… at Monzo": where.
    const at = /^\s+(?:at|for) (\p{Lu}[\p{L}&'-]*(?: \p{Lu}[\p{L}&'-]*){0,2})/u.exec(s.slice(leads.index + leads[0].length))?.[1];
    if (at && !OWN_BOSS.test(s)) out.push(fact('employer', `User works at ${at}.`, at, 0.75));
  }
  const neurotype = NEUROTYPE.exec(s)?.[1]?.toLowerCase();
  if (neurotype) out.push(fact(`health:${neurotype}`, `User is ${neurotype}.`, neurotype, 0.85));
  const amputee = AMPUTEE.exec(s)?.[1];
  const lost = LIMB_LOST.exec(s)?.[1];
  const one = ONE_LIMB.exec(s)?.[1];
  if (amputee) out.push(fact('health:amputation', `User is ${/^[aeiou]/i.test(amputee) ? 'an' : 'a'} ${amputee.toLowerCase()}.`, amputee, 0.85));
  else if (lost) out.push(fact('health:amputation', `User lost their ${lost.toLowerCase()}.`, lost, 0.85));
  else if (one) out.push(fact('health:amputation', `User has one ${one.toLowerCase()}.`, one, 0.85));
  const organ = (ONE_ORGAN.exec(s) ?? ORGAN_GIVEN.exec(s))?.[1]?.toLowerCase();
  if (organ) out.push(fact(`health:one-${organ}`, `User has one ${organ}.`, organ, 0.85));
  const stutter = STUTTER.exec(s);
  if (stutter) {
    const word = /stammer/i.test(stutter[0]) ? 'stammer' : 'stutter';
    out.push(fact(`health:${word}`, `User has a ${word}.`, word, 0.85));
  }
  return out;
}
