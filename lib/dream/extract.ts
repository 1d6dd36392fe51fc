import { inEnglishSpellings } from './scots-spellings';
import { CONDITION_BY_FORM } from './conditions-by-their-form';
import { inStandardGermanSpellings } from './berlin-spellings';
import { withFrenchJeWritten } from './french-spoken-elisions';
import { withStateOfTown } from './town-with-state';
import { heldForYearsSaidAsNow } from './held-for-years';
import { withoutWordsOfAddress } from './words-of-address';
import type { MemoryKind } from '../db/schema';
import { capitalize, stem } from '../engine/text';
import { announcesRules, isFromNowOn, isInstructionToAssistant, isReplacingRule, layoutStances } from './directives';
import { withStarredCorrections } from './starred-corrections';
import { terseIntroduction } from './terse-introductions';
import { LEARNED_OCCUPATION, OCCUPATION } from './occupations';
import { BUSINESS_KINDS } from './business-kinds';
import { birthdayStatement } from './birthday';
import { ageFact, ageStatement } from './user-age';
import { measureStatements, progressStatements } from './measures';
import { addressChange, nameToUse } from './address';
import { ENDS_EVERY_TIME } from './ends-every-time';
import { NATIONALITY_ADJECTIVE, nationalityStatements } from './nationality';
import { partnerByTakenName, partnerStatements } from './partners';
import { dateWithSomeone } from './dates-with-someone';
import { datedMoves } from './dated-moves';
import { wishes } from './wishes';
import { dietsLeft } from './diets-left';
import { householdAllergies } from './household-allergies';
import { withoutOldName } from './old-names';
import { ratingStatements } from './ratings';
import { recoveries } from './recovered';
import { answersTo, askedAbout, selfAnswered, type Answer } from './answers';
import { nameAnswered, namesOfThings } from './names-of-things';
import { childStatements, talksOfTheKids } from './children';
import { endings, type Ending } from './endings';
import { exceptionToPrevious, exceptionWithin, onlyWantedAfterRule, withException } from './instruction-exceptions';
import { OWN_PLACE_KINDS, workingLifeStatements } from './working-life';
import { workSaidByDoing } from './work-said-by-doing';
import { firstDaysAt } from './first-days-at';
import { firstNightHome } from './first-night-home';
import { withDictatedPunctuation } from './dictated-punctuation';
import { withTaskBoxesAsLines } from './task-boxes';
import { withCapitalsReadPlain } from './said-in-capitals';
import { withReplyLanguageSpelledOut } from './reply-language-said-alone';
import { REPLY_LANGUAGE_SAID_BACK, replyLanguageSaidBack } from './reply-language-said-back';
import { ownPremises } from './own-premises';
import { otherLanguageStatements } from './other-languages';
import { isOffLimitsRequest, offLimitsTopicsListed, withNotListsJoined, withPersonNamed } from './off-limits';
import { isInstructionInOtherLanguage } from './instructions-other-languages';
import { moreOtherLanguageStatements } from './other-languages-life';
import { placeLeftElsewhere, workAndHomeInMoreLanguages } from './work-and-home-more-languages';
import { withoutPasted } from './pasted';
import { mayTellAChange } from './long-messages';
import { replacements, thingsSaidGone, workDimension, type Replaced } from './replaced';
import { offerChoice } from './job-offers';
import { allergenCodeSwitched, calledOff, employerLeft, everydayStatements, moreAllergens, workAndHealthStatements } from './everyday-facts';
import { selfStatements } from './about-self';
import { siteOfTurn } from '../preamble/scope';
import { withIntroductionsApart } from './introductions';
import { withoutJobAside } from './job-asides';
import { outsideBrackets, splitOutsideBrackets } from './examples-in-brackets';
import { SITES } from '../sites';
import { ownEntry } from '../util/own';
import { countsSaid } from './later-counts';
import { changeSaid, namedInMarker, type PlannedUpdate } from './later-updates';
import { statedPart, withoutAsides } from './supposed';
import { I_SAID, I_SAID_ELSEWHERE, OWNS_A_MISTAKE, THAT_ELSEWHERE, WAS_WRONG, WAS_WRONG_ELSEWHERE } from './said-was-wrong';
import { possessionStatements } from './possessions';
import { LANGUAGES_IN_ENGLISH } from './language-names';
import { medicationStatements } from './medications';
import { givenUp } from './habits-given-up';
import { withoutSlips } from './slips';
import { bereavements } from './bereavements';
import { valueSaidWrong } from './not-that-one';
import { contrastsAManner } from './manners-of-speaking';
import { withOverheardQuotesOut } from './overheard-quotes';
import { withAllergenSaidAfter } from './allergen-said-first';
import { allergenKey as allergen, allergyPutRight } from './allergy-put-right';
import { withAllergySaidWithoutI } from './allergy-said-without-i';

/**
 * The rule-based extractor: durable first-person facts, preferences and instructions, and retractions and changes
 * ("actually, I'm not vegetarian", "I don't have a cat, that was my sister's", "not Porto anymore, Lisbon now"), from
 * the user's own turns and only the words the user typed there (quoted, pasted and code text is left out).
 * Instructions only when addressed to the assistant (directives.ts). Always runs, with or without an LLM. Each rule
 * writes a canonical English sentence (so duplicates hash alike) and, where a fact has one current value (where the
 * user lives, works…), a slot key so a later different value supersedes the earlier one.
 */

type FactKind = Extract<MemoryKind, 'fact' | 'preference' | 'instruction'>;

export interface FactCandidate {
  kind: FactKind;
  text: string;
  /** 'user/location', 'user/allergy:peanuts'…; absent for multi-valued statements (likes, instructions). */
  slot?: string;
  value: string;
  sourceTurnIds: string[];
  occurredAt: number;
  importance: number;
  /** Said as a correction ("actually, …"): an older value in the same slot was wrong, not merely outdated. */
  correction: boolean;
  /** The user's sentence it came from (the note the block shows beside what it replaced). */
  said?: string;
  /** An instruction the user gave for one site only ("on here, always reply in Spanish"): that site's id. */
  onlyOnSite?: string;
  /** Only a new value for a slot already held ("nils turns 5" for a child already known): nothing on its own. */
  updatesOnly?: boolean;
}

export interface Retraction {
  /** What the user says is not (or no longer) true, e.g. 'vegetarian', 'Porto'. */
  value: string;
  slot?: string;
  /** "Actually, I'm not…" (never was: disproven) vs "I no longer…" (was, and changed: superseded). */
  disproven: boolean;
  sourceTurnIds: string[];
  occurredAt: number;
  /** The user's sentence that says it (for the note the block shows beside what it corrects). */
  said?: string;
  /** Retires only instructions taking this side on the value (a layout part: "bullet"), the other side of a new one. */
  instructionsThat?: 'for' | 'against';
  /** The value that takes its place, when said in the same breath ("not Porto anymore, Lisbon now", "not X, it's Y"). */
  replacement?: string;
  /** What the old value was about, when the value is an action ("drink espresso" → "espresso"): finds the passages that said it. */
  about?: string;
  /** "it's my sister who's vegan, not me": the value is someone else's, so the user's words about them stay true. */
  someoneElses?: boolean;
  /** Retires only likes and other preferences: a habit given up ends "User likes a hoppy IPA", not a job at a brewery. */
  preferencesOnly?: true;
  /** Retires only instructions: "the covid thing is over" ends a rule that named covid, not "User has long covid". */
  instructionsOnly?: true;
  /** Retires every fact of its slot said before it, whatever its value: retiring ends the job the user had. */
  wholeSlot?: true;
}

export interface ExtractInput {
  id: string;
  text: string;
  at: number;
  /** The assistant's turn this one replies to: a short reply is read as the answer to what it asked (answers.ts). */
  replyTo?: string;
}

// A correction said at the start of a sentence ("Actually, …", "No, …", "no lah, …", "no mate, …").
// "No, I live in Braga" corrects; "No worries!", "no rush", "no paragraphs, no bullets" do not: "no" corrects when a
// pause or a new clause follows it.
const CORRECTION_PREFIX =
  /^(?:actually|no(?=\s*[,.;:!—–-]|\s*$|\s+(?:no|nope|I|I'm|it|it's|that|that's|actually|wait|not|we|my|you|he|she|they|this|the|sorry|ok|okay|lah|la|leh|lor|mah|bro|mate|man|dude|dear)\b)|nope|wait|sorry(?!\s+(?:if|for|about|to|that|it's|this is|in advance)\b)|correction|to be clear|that'?s (?:not (?:true|right|correct)|wrong)|not quite|scratch that)\b[\s,:;.!—–-]*/i;
// A correction said anywhere: it marks this sentence and the rest of the turn ("Quick correction: …", "I misspoke").
const CORRECTION_ANYWHERE = new RegExp(
  String.raw`\b(?:${OWNS_A_MISTAKE}|scratch that|i meant to say|to correct (?:myself|what i said)|(?:that|this) (?:was|is)(?:n't| not) (?:true|right|correct)|(?:that|this) was wrong|i don'?t actually|i'?m not actually|i didn'?t actually|i never actually)\b`,
  'i',
);
/**
 * "earlier I said I studied in Kharkiv, that was wrong", "I told you I'm a nurse but that's not true": what the user
 * reports having said is taken back, and is no fact of this sentence. Group 1 is the clause said.
 */
const SAID_WAS_WRONG = new RegExp(
  String.raw`${I_SAID}(?: (?:earlier|before|last time|the other day))?(?: that)? ((?:I(?:'m| am| was| have| had|'ve)?|my|our|we(?:'re| are| were| have|'ve)?|(?:the )?\p{Lu}[\p{L}'’-]*) [^,.;!?\n]{3,60}?)\s*[,;:—–-]?\s*(?:but |and )?${WAS_WRONG}`,
  'iu',
);
/** Where each "I said" starts, to read the claim after every one in turn. */
const I_SAID_AT = new RegExp(I_SAID, 'gi');
const SAID_WAS_WRONG_AT = new RegExp(SAID_WAS_WRONG.source, 'iuy');
/**
 * The claim the user takes back, read from each "I said" in turn: in "a correction to something I told you in
 * February: I said my daughter was at Monash. That was wrong" the first one ("I told you in February: …") opens no
 * claim of theirs; the second does. The claim opens with the user, "my"/"our"/"we", or a name as typed.
 */
function claimTakenBack(raw: string): RegExpExecArray | null {
  for (const at of raw.matchAll(I_SAID_AT)) {
    SAID_WAS_WRONG_AT.lastIndex = at.index;
    const m = SAID_WAS_WRONG_AT.exec(raw);
    if (m && /^(?:I\b|my\b|our\b|we\b|the \p{L}|\p{Lu})/u.test(m[1]!)) return m;
  }
  return null;
}
/** The same in Dutch, French, Spanish, German, Italian and Portuguese: "ik heb je in juni gezegd X maar dat klopte niet". */
const SAID_WAS_WRONG_ELSEWHERE = new RegExp(
  String.raw`(?<![\p{L}])(?:${I_SAID_ELSEWHERE})(?: que| dat| dass| che)? ([^,.;!?\n]{3,60}?)\s*[,;:—–-]?\s*(?:maar|mais|pero|aber|ma|mas)?\s*(?:${THAT_ELSEWHERE})\s*(?:${WAS_WRONG_ELSEWHERE})`,
  'iu',
);
// "I never said (that) I have / I'm …": a denial of what the clause says.
const NEVER_SAID = /\bI (?:never|didn't|did not) (?:say|said|tell you|told you|mention|mentioned|claim|claimed)(?: that)? I(?:(?:'m| am| was) | (?:have |'ve )?(have|had|own|owned|live|lived|work|worked|like|liked|love|loved) )/i;
/**
 * A home got, by what it is: "a flat", "a tiny studio", "a 2 bed", "a two-bedroom house", "a one bed flat" (the number of
 * bedrooms is how a home to rent or buy is named in Britain and Ireland), an American house by its style ("a cape", "a
 * brick colonial", "a craftsman"), and up to two words of its size, age, colour or what it is built of before it ("a
 * little brick house", "an old stone cottage", "a small two-story house", "a little yellow house").
 */
const HOME_GOT = String.raw`(?:(?:new|little|tiny|small|bigger|first|old|older|brick|stone|wooden|timber|log|frame|ranch|cozy|cosy|two-stor(?:e)?y|one-stor(?:e)?y|split-level|terraced|detached|semi-detached|white|yellow|blue|green|red|grey|gray|pink) ){0,2}(?:flat|apartment|house|place|home|condo|studio|cottage|bedsit|maisonette|townhouse|townhome|bungalow|farmhouse|row ?house|duplex|cape(?: cod)?|colonial|craftsman|victorian|foursquare|(?:\d|one|two|three|four)[- ]?bed(?:room)?(?: (?:flat|house|place|apartment|terrace|semi|bungalow))?)`;
/**
 * How a home is got, before what it is: "took a flat", "signed the lease on a place", "signed a tenancy for a flat",
 * "got the keys to a house", "completed on a 2 bed" (buying in Britain), "closed on a house" (buying in America).
 */
const HOME_GOT_VERB = String.raw`(?:taken|took|got|found|rented|bought|signed for|signed (?:a|the|our|my) (?:new )?(?:lease|tenancy|tenancy agreement|rental agreement|rental contract|mortgage) (?:on|for)|got (?:the|our|my) keys (?:to|for)|completed on|exchanged on|closed on)`;
/**
 * Where in a town a home got is, said before the town: "a little house on the north side of Brainerd", "a flat in the
 * east end of Glasgow", "a bungalow on the outskirts of Ennis". The home is in that town.
 */
const PART_OF_TOWN = String.raw`(?:(?:on|in) the (?:far )?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|old|other) (?:side|end|part|edge) of|(?:on|at) the (?:outskirts|edge) of|in the (?:centre|center|middle) of)`;
/** A street a home is on, by name: "on Julian Street", "on Rue Saint-Denis" is left to other rules. */
const ON_A_STREET = String.raw`(?:on|at) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2} (?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Way|Boulevard|Place|Court|Terrace|Close|Crescent)`;
/** How long a stay lasts or what it is for, after "for" or "over": a place taken for it is no home. */
const FOR_A_STAY = String.raw`(?:(?:a|an|one|two|three|four|five|six|seven|ten|fourteen|a few|a couple of|\d+) (?:nights?|days?|weeks?|weekends?|fortnights?)\b|(?:the|this|that|our|a|my|next|the whole|a long) (?:long )?(?:week|weekend|fortnight|holidays?|vacation|trip|honeymoon|getaway|break|festival|wedding|reunion)\b|(?:Christmas|Easter|New Year(?:'s)?|Thanksgiving|the summer holidays|spring break)\b)`;
const TAKEN_FOR_A_STAY = new RegExp(String.raw`\b(?:for|over) ${FOR_A_STAY}`, 'iu');
/** A sentence that opens with a verb in the past, its "I" left out (which only the writer can be). */
const SUBJECT_DROPPED = new RegExp(String.raw`^(?:(?:just|finally|recently|also|officially|now)\s+)?(?:moved|relocated|settled|started|starting|joined|quit|left|leaving|landed|accepted|switched|became|took up|broke up|split up|gave up|stopped|signed up|got into|got a job|got the job|had to put|${HOME_GOT_VERB} (?:a|an|the|our|my) ${HOME_GOT}(?= in\b))\b(?!\s+(?:by|at the|on the|from the)\b)`, 'i');
const DROPPED_VERB = SUBJECT_DROPPED.source.slice(1);
/** After a job's word, the words that make it something else: "a Rangers fan", "a teacher type", "a nurse at heart". */
const NOT_THE_JOB_AFTER = String.raw`(?! (?:fan|fans|supporter|supporters|enthusiast|lover|nerd|geek|buff|fanatic|person|people|type|kind|wannabe)\b)`;
/**
 * A job said as a sentence of its own, without "I'm": "officially a licensed plumber." (after "now", "officially",
 * "finally" or "newly"), or with the year of training first ("3rd year plumbing apprentice at Leschenault Plumbing in
 * Bunbury"). Only the whole sentence: the job, where, and nothing after ("a nurse at the hospital told me" goes on).
 */
const JOB_SAID_BARE = new RegExp(
  String.raw`^(?:(?:(?:now|officially|finally|newly)\s+)+(?:an?\s+)|(?:an?\s+)?(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|final)[- ](?:year|yr)\s+)(?:[\p{L}-]+\s+){0,3}?${OCCUPATION}(?:\s+(?:at|in|for|with|near)\s+[^,;:.!?\n]{1,50}?){0,2}[.!]*$`,
  'iu',
);
/**
 * A new job said as a heading with its start: "fisheries technician with the Nushagak tribal fisheries program, starts
 * August 4", "junior designer at Figma, starting Monday". The start makes it the user's: a job and a place alone may be
 * anyone's ("Senior engineer at Google." heading a pasted advert).
 */
const JOB_STARTING_BARE = new RegExp(
  String.raw`^(?:an?\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?${OCCUPATION}(?:\s+(?:at|in|for|with|near)\s+[^,;:.!?\n]{1,50}?){1,2},?\s+(?:starts?|starting|beginning|from)\s+(?!(?:salary|pay|rate|wage|price|at \p{Sc})\b)[^,;:.!?\n]{1,30}[.!]*$`,
  'iu',
);
/** A line of a list: "- metric units", "* no emojis", "• UK spelling", "2. short answers". */
const LIST_ITEM = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;
/**
 * A line that announces standing rules as a list under it: "Formatting preferences for me, always:", "From now on:",
 * "rules for every answer:". Not "Constraints:" or "Ingredients:", which are about the request in hand, nor "Things I
 * always pack:", which is about the user: an "always" needs the answers or the assistant named with it.
 */
const STANDING_LIST_INTRO =
  /^(?:(?:from now on|going forward|henceforth|always)|[^:\n]{0,60}\b(?:(?:standing|house|ground) rules|(?:formatting|format|style|writing|answer) (?:preferences|rules)|for every (?:answer|reply|response)|in (?:every|all) (?:your )?(?:answers?|replies|responses))\b[^:\n]{0,40}|[^:\n]{0,60}\b(?:always|from now on|going forward)\b(?=[^:\n]*\b(?:for me|you|your|answers?|replies|responses|preferences|rules)\b)[^:\n]{0,40}|[^:\n]{0,40}\b(?:for me|you|your|answers?|replies|responses|preferences|rules)\b[^:\n]{0,40}\b(?:always|from now on|going forward)\b[^:\n]{0,20}):\s*$/i;
/** A list item for the user themselves ("- me: coeliac, so no gluten") or a relative by name ("- Aram (husband): vegan"). */
const LIST_ITEM_ME = /^\s*[-*•–]\s*(?:me|myself|I)\s*(?:\([^)\n]{1,20}\))?\s*:\s*/i;
/** "not a sparky, plumber", "I'm not a teacher, a librarian": a job denied, then the user's own. */
const JOB_AFTER_DENIED = new RegExp(String.raw`\b(not an? (?:[\p{L}-]+\s+){0,2}?${OCCUPATION}),\s+(?:but\s+)?(?:an?\s+)?((?:[\p{L}-]+\s+){0,2}?${OCCUPATION})(?=\s*(?:[,.;!]|$))`, 'iu');
const SUBJECT_DROPPED_AFTER_COLON = new RegExp(String.raw`([:;]\s+)(${DROPPED_VERB})`, 'i');
const SUBJECT_DROPPED_AFTER_I = new RegExp(String.raw`(\bI\b[^.!?:;]*?,\s+)(${DROPPED_VERB})`, 'i');
/** "moving out of Gorgie this weekend, got a 2 bed in Leith": a move said without its "I", and the home got after the comma. */
const SUBJECT_DROPPED_AFTER_MOVE = new RegExp(String.raw`^((?:(?:just|finally|now|officially)\s+)?(?:moving|moved)(?: out| house| flats?)?\b[^.!?:;]*?,\s+(?:and\s+|so\s+|then\s+)?)(${DROPPED_VERB})`, 'i');
/**
 * "I should explain at the outset that I am a barrister", "let me mention first that I'm diabetic", "before we start,
 * I must say I work nights": the user framing what they tell, the modal about the telling, not about what is told. The
 * frame is left out so that the "should" in it does not read what follows as a hypothetical.
 */
const TELLING_FRAME = /^(?:(?:before we (?:start|begin)|first(?: of all)?|for context|by way of background|to be clear|to be honest),\s*)?(?:I(?: should| must| ought to| have to| need to| want to|'d like to| would like to|'ll| will| can| may| might as well)|let me|allow me to)\s+(?:(?:first|just|quickly|briefly|probably|also|perhaps)\s+)?(?:explain|mention|say|tell you|let you know|point out|add|note|clarify|admit|confess|disclose|stress|flag)\b(?:\s+(?:at the outset|at the start|first|up ?front|before we (?:start|begin)|for context|by way of background|now|here))?,?\s+(?:that\s+|(?=(?:I|I'm|I've|my|we|our)\b))/i;
/** A month or a weekday, capitalised like a place's name: "promoted to head chef in May" names no place. */
const MONTH_OR_DAY = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** What a job is said by besides the employer: its title, shifts, days a week, the team led. */
const WORK_SLOTS = ['user/occupation', 'user/work-pattern:shift', 'user/work-pattern:days', 'user/work-role'];
const FILLER_PREFIX = /^(?:well|oh|also|btw|by the way|and|so|ok(?:ay)?|hey|hi|hello|fyi|just so you know|right|anyway|great|thanks|thank you|big news|news|update|fun fact|lol|lmao|haha|hah|heh|ha)\b[\s,:;!.\-–—]*/i;
// A value ends at punctuation or where a new clause starts.
const VALUE = String.raw`((?:[^,.;!?\n]|\.(?=[\p{L}\p{N}])){1,80}?)(?=\s+(?:and|but|so|because|since|which|where|though|although|whereas|except|not|now|btw|by the way|fyi|lol|tbh|if that|in case|anymore|any more|these days|right now|at the moment|for|with|last|this|next|yesterday|today|tomorrow|recently|ago|a (?:few|couple)|\d+ (?:days?|weeks?|months?|years?|yrs?) ago|in (?:19|20)\d\d|y|et|und|pero|mais|aber|porque|weil|here|(?:on |this |next |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:in|since|last|this|next) (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter))\b|\s*[()]|\s[-–—]\s|\s*\p{Extended_Pictographic}|[,;!?\n]|\.(?![\p{L}\p{N}])|$)`;
// A longer value (a project, a stack): commas allowed, up to the end of the sentence or a new clause.
// It ends where a new clause starts: a conjunction or subordinator ("so", "when", "even if"), "and" before a new subject
// ("a garden shed and things are going well"), or a comma before a pronoun ("a quilt for my aunt, she loves blue"). An
// aside in brackets is kept whole ("a (very old) Bechstein"), and one the value was said in ends it: "my co-author (with
// whom I'm writing a book on tide mills), has moved to Ghent" is writing a book, no more.
const LONG_VALUE = String.raw`((?:[^.;!?\n()]|\.(?=[\p{L}\p{N}])|\([^()\n]*\)){3,200}?)(?=\s*\)|\s*\((?![^()\n]*\))|,?\s+(?:so|because|since|but|which|where|when|whenever|while|if|even|although|though|how|what|and (?:I|we|it|it's|that|things|this|they|he|she|you|life|everything))\b|,\s*(?:he|she|they|it|it's|that's|this|I|we|you|who|which)\b|\s[-–—]\s|[;!?\n]|\.(?![\p{L}\p{N}])|$)`;
/**
 * What may follow a liked thing: "and …" (a second item, "horror and mystery novels") or a prepositional phrase ("sitting
 * down with a crossword"); pref() decides whether it belongs to the value.
 */
const CONTINUATION = String.raw`((?:\s+(?:and|with|for|in|on|at|to|about|of|from|into)\s+[^,.;!?\n]{1,40})?)`;
const RELATION = String.raw`(wife|husband|partner|spouse|girlfriend|boyfriend|fianc[eé]e?|son|daughter|kids?|children|mother|mom|mum|father|dad|sister|brother|grandmother|grandma|grandfather|grandpa|aunt|uncle|cousin|niece|nephew|best friend|roommate|flatmate|boss|manager)`;
const LIST_ITEM_RELATIVE = new RegExp(String.raw`^\s*[-*•–]\s*(\p{Lu}[\p{L}'’-]+)\s*\(${RELATION}\)\s*:\s*`, 'u');
// The animal, or its breed ("my kelpie Biscuit", "our lab Juno").
const PET = String.raw`(dog|cat|puppy|kitten|parrot|rabbit|bunny|hamster|guinea pig|horse|pony|bird|budgie|turtle|tortoise|fish|snake|lizard|ferret|lab|labrador|retriever|golden retriever|spaniel|cocker spaniel|springer|terrier|collie|border collie|kelpie|heeler|poodle|beagle|dachshund|sausage dog|husky|greyhound|whippet|lurcher|pug|boxer|corgi|shepherd|german shepherd|rottweiler|labradoodle|cockapoo|cavapoo|staffy|staffie|chihuahua|bulldog|schnauzer|dalmatian|tabby|moggy|siamese|ragdoll|maine coon|persian|bengal)`;
const NAME = String.raw`(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)`;
const INSTRUMENT = String.raw`(?:piano|keyboard|guitar|electric guitar|bass|bass guitar|drums|violin|viola|cello|double bass|flute|clarinet|oboe|bassoon|saxophone|sax|trumpet|trombone|tuba|french horn|harp|ukulele|banjo|mandolin|harmonica|accordion|organ|synth|synthesizer)`;
// Conditions that last, by their everyday names: a list ("I have Raynaud's", "I've had gout for years"), with the
// bleeding and clotting disorders, the autoimmune and mast-cell ones and other lifelong ones by their names, and the
// rarer ones by the form of their names (conditions-by-their-form.ts). One named after a person is said with the
// possessive or, as doctors now write it, without ("Tourette syndrome", "Crohn disease", "Hashimoto thyroiditis").
/**
 * How long-lasting, how bad, of what kind or where an illness is, said before it ("chronic hand eczema", "severe asthma",
 * "obstructive sleep apnea"); group 1.
 */
const CONDITION_SAID_AS = String.raw`((?:(?:chronic|mild|moderate|severe|bad|persistent|recurring|recurrent|seasonal|atopic|contact|allergic|obstructive|central|rheumatoid|psoriatic|juvenile|reactive|systemic|cutaneous)\s+)?(?:(?:hand|skin|scalp|facial|knee|hip|joint)\s+)?)?`;
/**
 * An illness's name used to say what a piece of work is about, not what the user has: "I have diabetes training at
 * work tomorrow", "I have Alzheimer's disease research to finish", "I have asthma inhalers to sort for the school
 * trip". The word after the name (and a "disease" the list's name may leave off) is work, study or a thing handled,
 * so the name only describes it.
 */
const ILLNESS_NAMING_WORK = String.raw`(?!(?:\s+(?:disease|syndrome|disorder))?\s+(?:research|training|trainings|exams?|class(?:es)?|course|courses|lectures?|seminars?|workshops?|modules?|talks?|presentations?|papers?|essays?|assignments?|homework|projects?|studies|study|trials?|conferences?|meetings?|fundraisers?|awareness|screenings?|questionnaires?|surveys?|data|notes|slides|cases|patients|clinics?|wards?|shifts?|rotations?|placements?|leaflets?|posters?|inhalers|kits?|supplies|charity|campaigns?|grants?|reports?|guidelines|protocols?|referrals)(?![\p{L}]))`;
/** A test whose result comes back: a scan, a biopsy, blood work. */
const TEST_DONE = String.raw`(?:results|test results|DEXA|DXA|bone (?:density|scan)(?: scan| test)?|scan|MRI|CT(?: scan)?|x-?rays?|biopsy|test|tests|bloods?|blood ?(?:work|tests?)|labs?|sleep study|colonoscopy|endoscopy|(?:Hb)?A1c|mammogram|ultrasound|echo|EKG|ECG|EEG|allergy tests?|skin prick test)`;
const CONDITION = String.raw`((?:type [12] )?diabetes|asthma|epilepsy|migraines?|co?eliac disease|crohn(?:'?s(?: disease)?| disease)|IBS|ADHD|autism|dyslexia|arthritis|high blood pressure|hypertension|a heart condition|lupus|eczema|psoriasis|tinnitus|sleep apn(?:o)?ea|PCOS|endometriosis|multiple sclerosis|long covid|a bad back|a bad knee|chronic pain|raynaud(?:'?s(?: (?:disease|syndrome|phenomenon))?| (?:disease|syndrome|phenomenon))|fibromyalgia|gout|glaucoma|COPD|osteoporosis|an? (?:underactive|overactive) thyroid|hypothyroidism|hyperthyroidism|hashimoto(?:'?s| thyroiditis)|graves'? disease|sickle cell(?: disease| anaemia| anemia)?|cystic fibrosis|parkinson(?:'?s(?: disease)?| disease)|chronic fatigue syndrome|ME\/CFS|hay ?fever|rosacea|vitiligo|an(?:a)?emia|ha?emophilia|heart failure|atrial fibrillation|AFib|angina|kidney disease|sciatica|scoliosis|ehlers[- ]danlos(?: syndrome)?|ulcerative colitis|GERD|acid reflux|bipolar(?: disorder)?|cluster headaches|addison(?:'?s(?: disease)?| disease)|(?:cold |chronic |physical )?urticaria|m[eé]ni[eè]re(?:'?s(?: disease)?| disease)|von willebrand(?:'?s)?(?: disease)?|factor v leiden|a (?:bleeding|clotting) disorder|thrombophilia|sj[öo]gren(?:'?s(?: syndrome)?| syndrome)|ankylosing spondylitis|myasthenia gravis|scleroderma|sarcoidosis|vasculitis|polymyalgia rheumatica|antiphospholipid syndrome|beh[çc]et(?:'?s(?: disease)?| disease)|alopecia areata|inflammatory bowel disease|mast cell activation syndrome|MCAS|mastocytosis|narcolepsy|gastroparesis|interstitial cystitis|trigeminal neuralgia|lymph(?:o)?edema|hidradenitis suppurativa|marfan(?:'?s)? syndrome|tourette(?:'?s(?: syndrome)?| syndrome)|${CONDITION_BY_FORM})`;

/** Where a job is said to be done closes its clause: "a nurse in Leeds, …", "an accountant in manchester and …". */
/**
 * What a job is done on, said after it: "an engineer on the harbour tugs at Immingham", "a nurse on the cardiac ward",
 * "a deckhand on the Staten Island ferry", "a roughneck on an oil rig". The vessel, the ward or the line says which
 * engineer, nurse or hand the user is (a tug's engineer is no software engineer), with the port or town it works from
 * when said. A closed list of what work is done on: "a nurse on a budget" or "a teacher on holiday" says none.
 */
const WORKS_ON = String.raw`on (?:the|a|an) (?:[\p{L}-]+ ){0,2}?(?:tugs?|tugboats?|ferry|ferries|boats?|ships?|trawlers?|barges?|tankers?|liners?|lifeboats?|dredgers?|rigs?|platforms?|trains?|railways?|trams?|buses|wards?|production line|assembly line|shop floor|docks|quayside|waterfront)(?: (?:at|in|out of|from) \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)?`;
const PLACE_ENDS = String.raw`(?=\s*(?:[,.;:!?)—–]|$|\s-\s)|\s+(?:and|but|so|for|since|kinda|which|where|now|at|with|though|lol|haha|btw)\b)`;
/** Lines of work said as what the user does ("I do payroll"): a closed list, so "I do yoga at the gym" is none. */
const WORK_FIELD = String.raw`(?:payroll|accounts(?: payable| receivable)?|accounting|bookkeeping|HR|human resources|IT(?: support)?|tech support|customer (?:service|support)|marketing|sales|admin|administration|logistics|procurement|purchasing|compliance|recruitment|recruiting|data entry|finance|legal|PR|comms|communications|social media|web design|graphic design|UX(?: design| research)?|QA|facilities|reception|billing|claims|underwriting|operations|ops|dispatch|scheduling|payroll and HR|HR and payroll|bid writing|grant writing|fundraising|copywriting|translation|interpreting|data analysis|analytics|cybersecurity|infosec|DevOps|devops|backend|frontend|front[- ]end|back[- ]end|full[- ]stack)`;
/**
 * "I'm Marta, ", "I'm Oluwaseun Adeyemi (everyone calls me Seun), ", "Hi, Tom here, ", "Punten, abdi Rina ti Bandung, "
 * (Sundanese; "aku", "saya", "ako" say "I" in Indonesian, Javanese, Malay and Tagalog): a sentence opening with the
 * user's name, after a greeting, perhaps with where they are from.
 */
const GREETING = String.raw`(?:hi|hello|hey|hiya|howdy|punten|halo|hallo|hola|ciao|salut|bonjour|naksa|salam|namaste|kia ora|good (?:morning|afternoon|evening))`;
const INTRODUCED = String.raw`^(?:${GREETING}[,!.]?\s+)?(?:(?:I(?:'m| am)|abdi|aku|saya|ako|this is) \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}|\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)? here)(?: \([^)]{0,60}\))?(?: (?:from|ti|dari|de|aus|taga) \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)?, `;
/** After "I'm Badma, ": a clause of its own ("I coach chess", "we run a farm") is no job's name ("an I coach"). */
const NOT_A_SUBJECT = String.raw`(?!(?:I|we|he|she|they|you|it|my|our|his|her|their|its)\b)`;
/** "started at", "started a new job with", "started working for": a new employer follows. */
const STARTED_AT = String.raw`started (?:a new job |a job |my new job |a new role |work(?:ing)? )?(?:at|with|for)`;

/** The subject of a claim taken back: "my rating was 2215" → "my rating", "our van is a Transit" → "our van". */
const TAKEN_BACK_SUBJECT = /^((?:my|our) (?:[\p{L}-]+ ){0,2}?[\p{L}-]+) (?:is|was|are|were|'s)\b/iu;
/** A sentence that gives the right value with only "it's": "It's 2251.", "lol its a 2017 vivaro". */
const IT_IS = /^(?:(?:lol|haha|ha|oops|sorry|ok|okay|so|no|actually|and|but)\b[\s,!.]*)*(?:it'?s|it’s|it is)\s+(?!(?:just|only|not|been|fine|ok|okay|true|right|wrong|correct)\b)/iu;

/** Match groups with absent groups as '' (fixed arity, so rules index them without undefined checks). */
type Groups = [string, string, string, string];
/** "User works in marketing at a small agency.": a field of work, and where, as the user is in it. */
function fieldOfWork(field: string, at: string) {
  return /^it$/i.test(field) && field !== 'IT' ? null : slotFact('occupation', `User works in ${field}${at ? ` at ${at}` : ''}.`, field, 0.75);
}

function groups(m: RegExpMatchArray): Groups {
  return [m[0] ?? '', (m[1] ?? '').trim(), (m[2] ?? '').trim(), (m[3] ?? '').trim()];
}

interface Rule {
  re: RegExp;
  make(m: Groups): Omit<FactCandidate, 'sourceTurnIds' | 'occurredAt' | 'correction'> | null;
  /**
   * The "I" must open a clause: "a town I love visiting", "the stuff I like is expensive" are relative clauses about
   * the town or the stuff, not the user's statement of what they like.
   */
  clause?: boolean;
}

/**
 * What may stand right before an "I" that opens a clause: nothing, punctuation, a conjunction or an adverb, or a time
 * or place said first ("On Sunday mornings I enjoy…", "Every summer I…").
 */
const CLAUSE_LEAD =
  /(?:^(?:on|in|at|during|after|before|by|every|each|most|some|these|those|this|last|next|over|around|since|throughout)\b[^,;:.!?]*$|^|[,;:.!?()"“”'‘’—–-]|\b(?:and|but|so|or|because|cause|since|as|why|how|how much|when|whenever|while|if|though|although|also|really|just|still|truly|honestly|personally|definitely|totally|absolutely|actually|seriously|yes|yeah|yep|oh|wow|well|now|too|plus|anyway|lately|nowadays|today|always|sure|ok|okay|ha|haha|lol|man|guess what|to be honest|tbh))\s*$/i;

const r = (src: string) => new RegExp(src, 'iu');
/**
 * A name as typed: its capitalised words, up to the first one that is not. The rules read case-blind, where \p{Lu}
 * matches any letter, so "at the RLI and clinic runs till 5" names "the RLI", not "the RLI and clinic runs till".
 */
function capitalisedAsTyped(name: string): string {
  const words = name.split(' ');
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    if (i === 0 && words[i] === 'the') continue;
    if (/^\p{Lu}/u.test(words[i]!)) end = i + 1;
    else if (!/^(?:of|de|for|and|the)$/.test(words[i]!)) break;
  }
  return words.slice(0, Math.max(end, 1)).join(' ');
}
/** A qualification studied for: school-leaving exams by name, degrees, diplomas, apprenticeships. */
/** Degrees named by their letters, and the field each is in. */
const DEGREE_FIELDS: Record<string, string> = {
  LLB: 'law', LLM: 'law', JD: 'law', MBBS: 'medicine', MBCHB: 'medicine', MD: 'medicine', BDS: 'dentistry', DDS: 'dentistry', BN: 'nursing',
  BSN: 'nursing', BPHARM: 'pharmacy', PHARMD: 'pharmacy', BVSC: 'veterinary science', DVM: 'veterinary medicine', BARCH: 'architecture',
  BED: 'education', PGCE: 'teaching', BENG: 'engineering', MENG: 'engineering', BMUS: 'music',
};
/** Fields of study as students shorten them ("2nd yr med", "final year nursing"). */
const STUDY_FIELDS = String.raw`med|medicine|medical|law|nursing|midwifery|dentistry|dental|pharmacy|vet|veterinary|engineering|architecture|psych|psychology|physio|physiotherapy|art|music|drama|maths|math|physics|chem|chemistry|bio|biology|econ|economics|history|english|philosophy|CS|comp ?sci|computer science|business|accounting|finance|geography|politics|sociology`;
const QUALIFICATION = String.raw`A[- ]?levels|A-level|AS[- ]levels|I?GCSEs|the IB|IB|(?:Advanced )?Highers|BTECs?|T[- ]levels|Leaving Cert(?:ificate)?|Abitur|bac(?:calaureate)?|(?:foundation |part[- ]time |online |distance )?(?:degree|bachelor'?s|master'?s|masters|BA|BSc|MA|MSc|MBA|MPhil|PhD|doctorate|(?:postgrad(?:uate)? )?diploma|PGCE|NVQ|HND|apprenticeship)`;
/** "I'm doing …": the qualification, its field, where, and the subjects listed after it. */
const STUDYING_FOR = r(String.raw`\bI(?:'m| am|'ll be|'ve (?:just )?started|(?:'m| am) (?:just )?starting|(?:'m| am) going to (?:do|take|start))? (?:now |currently |officially |finally )?(?:doing|taking|studying for|starting|do|start)? ?(?:my |the |a |an )?(${QUALIFICATION})(?: (?:in|of) ((?:[\p{L}&'-]+ ){0,3}?[\p{L}&'-]+))?(?: at (?:the )?(\p{Lu}[\p{L}&'-]*(?: (?:of |de |for |and )?\p{Lu}[\p{L}&'-]*){0,5}))?(?:\s*(?:[,:(]|-)\s*((?:[\p{L}-]+(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)){0,4}[\p{L}-]+)(?=\s*(?:[.!?)]|$)))?(?=\s*(?:[,.;!?():]|$)|\s+(?:and|but|so|next|this|from|in (?:19|20)\d\d|in (?:september|october|january|the autumn|the fall))\b)`);
const short = (v: string, maxWords: number) => v.split(/\s+/).length <= maxWords;
// "one-line summaries", "one-word answers": "one" joined to a length of writing names a form of answer (an instruction
// taken back), no pronoun. Other "one-" words ("a one-off peak") stay as vague as before.
const PRONOUN_START = /^(?:it|that|this|these|those|them|you|your|to|the idea|how|what|when|if|something|anything|nothing|everything|sure|so|too|very|really|quite|just|a lot|all|one(?!-(?:line|word|sentence|paragraph|page|liner)s?\b)|some|any)\b/i;

/** The leading capitalised words of a match (the regexes are case-insensitive, a name is not): "Ana lives" → "Ana". */
function properName(v: string): string {
  const out: string[] = [];
  for (const w of v.trim().split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

/** A diet by its everyday word, named as the rules name it: "veggie" is vegetarian, "plant-based" vegan. */
function everydayDiet(word: string): string {
  if (/^(?:veggie|vego|veggo)$/.test(word)) return 'vegetarian';
  return /^plant[- ]based$/.test(word) ? 'vegan' : word;
}

function slotFact(slot: string, text: string, value: string, importance: number, kind: FactKind = 'fact') {
  return { kind, slot: `user/${slot}`, text, value, importance };
}

/** The user's words about themselves, in the third person: "my keys" → "their keys". */
function thirdPerson(v: string): string {
  return v
    .replace(/\bmyself\b/gi, 'themselves')
    .replace(/\bourselves\b/gi, 'themselves')
    .replace(/\bours\b/gi, 'theirs')
    .replace(/\bour\b/gi, 'their')
    .replace(/\bmy\b/gi, 'their')
    .replace(/\bmine\b/gi, 'theirs')
    .replace(/\bme\b/gi, 'them')
    .replace(/\bI'm\b/g, 'they are')
    .replace(/\bI\b/g, 'they');
}

/** Present tense, third person singular of a verb: book → books, go → goes, carry → carries, have → has. */
function thirdPersonVerb(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'have') return 'has';
  if (v === 'be') return 'is';
  if (/(?:s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

/**
 * Words after "I always / usually …" that are not a habit's verb (auxiliaries, verbs of thinking and speaking, and
 * "live": "I live in Hawassa and drive up twice a week" says where the user lives, which its own rule reads).
 */
const NOT_HABIT_VERBS = new Set(
  ('am was were be been being have has had do did does will would can could should might must shall may think thought feel felt know knew live lived reside ' +
    'guess hope wonder wish mean meant say said tell told want wanted need needed like love hate prefer enjoy forget ' +
    'remember try tried seem seemed get got appreciate agree disagree believe just also still never always really ' +
    // "have to", "going to", "want to" as they are said ("Now I gotta ask you a favor"): what follows is no habit.
    'gotta gonna wanna hafta').split(' '),
);
/** Words after "and" that start no second verb of the user's: "I cycle and the kids walk", "I cook and then freeze". */
const NOT_A_VERB_AFTER_AND = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|then|also|so|sometimes|usually|often|never|just|still|now|we|they|he|she|you|i|it|some|all|every|each|no|not|more|less|on|in|at|to|for|with|by|from|of|up|down|out|off|over|other|another|one|two|three)$/;
const PREPOSITION = /^(?:on|in|at|for|with|to|from|by|of|about|when|because|since|instead|rather|during|after|before|around|near|so|as|if|unless|while|and|but|or)$/i;

/** A habit ("I always book a window seat", "These days I book aisle seats"): kind preference, one value per verb and object head. */
/** How a working day's journey from home is said: "drive down from", "commute in from", "take the train from". */
const COMMUTE_FROM = String.raw`(?:drive|commute|ride|cycle|bike|come|travel|take the (?:bus|train|ferry)|get the (?:bus|train|ferry))(?: (?:down|up|in|over|across))? from`;
/** The same journey's object, after its verb, from a named town each working day: the home rule's, no habit. */
const FROM_HOME_DAILY = new RegExp(String.raw`^(?:(?:down|up|in|over|across) )?from \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2} (?:every (?:single )?(?:morning|day|weekday|workday|work day)|each (?:morning|day|weekday)|daily)\b`, 'u');
function habit(adverb: string, verb: string, object: string) {
  const v = verb.toLowerCase();
  // "I drive down from Fort Madison every morning": a home (the rule above), not a habit that would outlive a move.
  if (/^(?:drive|commute|ride|cycle|bike|come|travel)$/.test(v) && FROM_HOME_DAILY.test(object.trim())) return null;
  // An adverb is not the verb: "I usually cook on Sundays" read as verb "usually" made "User usuallies cook…".
  if (NOT_HABIT_VERBS.has(v) || !/^\p{L}+$/u.test(v) || /(?:ed|ing|ly)$/.test(v) || /^(?:often|sometimes|seldom|rarely|mostly|usually|normally|generally|typically|regularly|occasionally)$/.test(v)) return null;
  // "Things I always pack for camping:": what the habit is about is the list under it, not these words.
  if (/:\s*$/.test(object)) return null;
  const obj = object.trim().split(/\s[-–—]\s/)[0]!.trim();
  // "I often go there", "I always worry about them": what it is about is not said here.
  if (!obj || PRONOUN_START.test(obj) || DEICTIC.test(obj) || /^\S+\s+(?:it|them|that|this|those|these|him|her)\b/i.test(obj) || DANGLING.test(obj) || !short(obj, 12))
    return null;
  // The object's head: the last word of the noun phrase, before the first preposition ("a window seat on flights" → seat).
  const np: string[] = [];
  for (const w of obj.split(/\s+/)) {
    if (PREPOSITION.test(w)) break;
    np.push(w.replace(/[^\p{L}\p{N}-]/gu, ''));
  }
  const head = np.filter(Boolean).at(-1);
  const adv = adverb ? `${adverb.toLowerCase()} ` : '';
  // "I load and fire the shots twice a week": the second verb is the user's too ("User loads and fires …").
  const second = /^(and|or) (\p{Ll}+)(?= )/u.exec(obj);
  const said = second && !NOT_HABIT_VERBS.has(second[2]!) && !NOT_A_VERB_AFTER_AND.test(second[2]!) && !/(?:ed|ing|ly|s)$/.test(second[2]!) ? `${second[1]} ${thirdPersonVerb(second[2]!)}${obj.slice(second[0].length)}` : obj;
  const text = `User ${adv}${thirdPersonVerb(v)} ${thirdPerson(said)}.`;
  return {
    kind: 'preference' as const,
    text,
    value: obj,
    importance: 0.6,
    slot: `user/habit:${stem(v)}${head ? ` ${stem(head.toLowerCase())}` : ''}`,
  };
}

/**
 * Where a thing is made or tended, as a fact says it: "near Kuopio" (without what follows it), or "in a small
 * workshop" without the town, which moves as workshops do ("we moved the workshop to Gyumri") and which the passage
 * keeps with any later note.
 */
/**
 * Where work "goes out of" is a town as typed ("outta Cromer"; "bread out of spelt flour" is what it is made of), and
 * fishing, catching and trapping are work only where they go out from a town or premises ("I fish for fun on weekends"
 * is a pastime).
 */
function sentFrom(verb: string, where: string): boolean {
  if (/^(?:out of|outta) (?!(?:a|an|my|our|the) )/i.test(where) && !/^(?:out of|outta) (?:the )?\p{Lu}/u.test(where)) return false;
  return !/^(?:fish|catch|trap)$/i.test(verb) || /^(?:out of|outta|from|at|in) (?:(?:a|an|my|our|the) )?\p{Lu}|\b(?:yard|boatyard|harbou?r|port|quay)\b/u.test(where);
}

function whereWorked(where: string): string {
  // The rules' regexes ignore case, so a "capitalised" word may be any word: "on our farm in" matched as a place.
  const said = thirdPerson(where).replace(/,\s+\p{Ll}.*$/u, '');
  if (/^(?:in|from|at|out of|on) (?:a|an|their|the) /i.test(said) && !/^(?:in|from|at|out of|on) the \p{Lu}/u.test(said)) {
    // Land does not move as a workshop does: a farm keeps its town ("on the family plantation in Alofi, Niue"), and so
    // does a venue built where it stands ("at an arcade on Margate seafront", "at a quarry near Buxton").
    if (new RegExp(String.raw`\b(?:${LAND_NOUNS}|${FIXED_PREMISES})\b`, 'i').test(said)) return said.replace(/(?:\s+(?:in|near|outside|on|the))+$/i, '');
    return said.replace(/ (?:in|near|outside|on) (?:the )?\p{Lu}.*$/u, '').replace(/(?:\s+(?:in|near|outside|on|the))+$/i, '');
  }
  // A place by its capitalised name, without the lower-case words the match ran on into.
  return /^\S+(?: out of)? (?:the )?\p{Lu}/u.test(said) ? said.replace(/(?:\s+\p{Ll}\S*)+$/u, '') : said.replace(/(?:\s+(?:in|near|outside|on|the|and|with))+$/i, '');
}

/** Land a user works, which stays where it is. */
const LAND_NOUNS = 'farm|plantation|ranch|orchard|vineyard|estate|smallholding|allotment|croft|homestead|farmstead|grove|paddock|holding';
/** Places of work built where they stand, which the user goes to rather than takes along as a workshop. */
const FIXED_PREMISES = 'arcade|amusements|pier|depot|warehouse|factory|quarry|mine|hospital|hotel|casino|cinema|theatre|theater|museum|zoo|marina|shipyard|dockyard|brewery|distillery|winery|sawmill|racecourse|stadium|bowling alley|leisure centre|garden centre|care home';
/** A town's name and, after a comma, its island, region or country ("Alofi, Niue"). */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}(?:, \p{Lu}[\p{L}'-]+)?`;

/** What a kind of business may say the kind of, and then is none: "a pottery course", "a bar tab", "a gym membership". */
const NOT_A_BUSINESS_AFTER = String.raw`(?:course|courses|class|classes|lesson|lessons|session|sessions|membership|tab|account|card|quiz|night|routine|shift|job|apprenticeship|placement|internship|programme|program|diploma|degree|certificate|workout|playlist|habit|hobby)`;
const RULES: Rule[] = [
  // Identity
  { re: r(String.raw`\bmy name is ${VALUE}`), make: (m) => (short(m[1], 3) && !PRONOUN_START.test(m[1]) ? slotFact('name', `User's name is ${m[1]}.`, m[1], 0.9) : null) },
  { re: r(String.raw`\b(?:please )?(?:call me|(?:everyone|people|friends|they) calls? me|I go by) ${VALUE}`), make: (m) => {
    // "call me Jo please", "call me Dee pls :)": the name, not the courtesy after it.
    const name = m[1].replace(/\s+(?:please|pls|plz|thanks|thx|ty|lol)\b.*$|\s*[:;]-?[)D(P]$/i, '').trim();
    return name && short(name, 2) && !PRONOUN_START.test(name) ? slotFact('call-me', `User wants to be called ${name}.`, name, 0.9, 'preference') : null;
  } },
  // "i'm a woman, she/her please", "my pronouns are they/them": how to refer to the user.
  { re: r(String.raw`\b(?:my pronouns are |I use |I go by |I'm |I am |,\s*|^)(she/her|he/him|they/them|she/they|he/they)(?:/(?:hers|his|theirs))?\b(?: pronouns)?(?: please| pls)?`), make: (m) => slotFact('pronouns', `User uses ${m[1].toLowerCase()} pronouns.`, m[1].toLowerCase(), 0.9, 'preference') },
  { re: r(String.raw`\bI(?:'m| am) (?:a )?(woman|man|non-binary person|nonbinary person)\b(?=\s*(?:[,.;!?]|$|\s+(?:not|and|btw|by the way)\b))`), make: (m) => slotFact('gender', `User is a ${m[1].toLowerCase()}.`, m[1].toLowerCase(), 0.9) },
  // Where they live
  { re: r(String.raw`\bI (?:currently |now |still )?(?:live|reside|am living|'m living) in ${VALUE}`), make: (m) => (short(m[1], 5) && !LIVED_IN_FIGURATIVELY.test(m[1]) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  { re: r(String.raw`\bI(?:'m| am) (?:now |currently )?based (?:in|out of) ${VALUE}`), make: (m) => (short(m[1], 5) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "we stay in Chalala", "I stay in Tampines now": where one lives, in the English of much of Africa, South Asia and
  // Singapore. A place by its name, and not a stay for a while: "when we visit we stay in Soho", "I stay in Rome for a
  // week", "we usually stay in Hilton hotels".
  { re: r(String.raw`^(?![^.!?]*\b(?:when|whenever|if|while|during|usually|always|sometimes|often|normally|might|could|would|will|gonna|going to|want to|should|can|tonight|visit(?:ing)?|trip|holiday|vacation|hotels?|hostel|airbnb)\b)[^.!?]*?\b(?:I|we) (?:currently |now |still )?stay in (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})(?=\s*(?:[,.;!?)]|$)|\s+(?:now|area|side|these days|with (?:my|our)\b))`), make: (m) => (properName(m[1]) === m[1] ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "I'm currently living in Osaka", "I'm Canadian but live in Berlin", "home is Porto these days".
  { re: r(String.raw`\bI(?:'m| am) (?:currently |now |still )(?:living|staying long[- ]term) in ${VALUE}`), make: (m) => (short(m[1], 5) && !PRONOUN_START.test(m[1]) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  { re: r(String.raw`^I\b[^.!?;]*?(?:\b(?:but|and)|,) (?:now |currently |still )?live in ${VALUE}`), make: (m) => (short(m[1], 5) && !PRONOUN_START.test(m[1]) && /^\p{Lu}/u.test(m[1]) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "I'm not in Thimphu, I'm in Trongsa": where the user is, said against a place taken wrongly (the place taken is
  // retracted by the "not in" rule). A plain "I'm in Trongsa" may be a trip's; this is a correction of where they are.
  { re: r(String.raw`\bI(?:'m| am) not (?:in|based in|living in) \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?\s*(?:[,;—–-]\s*)?(?:I(?:'m| am)|but|we(?:'re| are))(?: actually| really)? (?:in|based in|living in) (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)`), make: (m) => (properName(m[1]) === m[1] ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  { re: r(String.raw`^(?:my )?home(?: base)? is (?:in )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}?)(?= now| these days|[,.;!]|$)`), make: (m) => (properName(m[1]) === m[1] ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "I grew up in Lagos": where they are from.
  { re: r(String.raw`\bI grew up in (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})`), make: (m) => (properName(m[1]) === m[1] ? slotFact('origin', `User grew up in ${m[1]}.`, m[1], 0.6) : null) },
  // "I moved into Cedar Ridge on Tuesday", "we've moved into Alder Court": a home named by its own name (a care home,
  // a block, halls), not "moved into a flat" (the rule below) or "moved into management".
  { re: r(String.raw`\b(?:I|we)(?:'ve| have)? (?:just |recently |finally |now |officially )?moved into ${NAME}(?=\s*(?:[,.;!?]|$)|\s+(?:on|last|this|yesterday|today|in|at|and|with|after|when|a|two|three|four)\b)`), make: (m) => (properName(m[1]) === m[1] && !NOT_AN_EMPLOYER.test(m[1]) && !/^(?:Management|Sales|Marketing|Finance|HR|IT|Operations|Admin)\b/.test(m[1]) ? slotFact('location', `User lives at ${m[1]}.`, m[1], 0.8) : null) },
  { re: r(String.raw`\b(?:I|we)(?:'ve| have)? (?:just |recently |finally |now |officially )?(?:moved|relocated) (?:back |up |down |over |out |across )?(?:(?:the |a )?(?:harbour|harbor|river|bay|water|town|city|street|road|border|country|pond|channel|sound|lake|valley|hill|bridge|state|county|island) )?(?:to|into (?:an?|the|our|my|her|his|their|\p{Lu}\p{Ll}+['’]s) (?:new |little |tiny |small |bigger |old )?(?:flat|apartment|house|place|home|condo|studio|cottage|bungalow|farmhouse|cabin|caravan|houseboat|villa|croft|townhouse|loft|unit) in) ${VALUE}`), make: (m) => (short(m[1], 5) && !PRONOUN_START.test(m[1]) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "I've taken a job in Lautoka, started 1 September, moved to Lautoka with my two kids": the "I" said once, up front.
  { re: r(String.raw`^I\b[^.!?;]*?, (?:and )?(?:just |recently |finally |now )?(?:moved|relocated) (?:back |up |down |over )?to ${VALUE}`), make: (m) => (short(m[1], 5) && !PRONOUN_START.test(m[1]) && /^\p{Lu}/u.test(m[1]) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "not happening; I'm staying put in Grimsby": a move or a posting said no to, the home kept. Only with "put": "I'm
  // staying in Paris for the weekend" is a visit.
  { re: r(String.raw`\b(?:I|we)(?:'m|'re| am| are|'ll| will)? (?:be )?staying put (?:in|at) ${VALUE}`), make: (m) => (short(m[1], 4) && !PRONOUN_START.test(m[1]) && /^\p{Lu}/u.test(m[1]) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "we went and did it — sold the house in Duluth and moved up to Ely", "I packed up and moved to Bath": the move is
  // the second of two things the user did, the "I" or "we" said once, up front. No one else may be the subject between
  // ("we helped my dad sell the house and move to Spain", "when we were kids he sold up and moved to Cork").
  { re: r(String.raw`\b(?:I|we)\b(?:(?!\b(?:he|she|they|it|my|his|her|their|our|who|which|when|whenever|if|would|will|might|could|should)\b)[^.!?;\n])*?\b(?:sold|packed|upped|left|quit|did|went)\b[^.!?;\n]*? and (?:then |just |finally )?(?:moved|relocated) (?:back |up |down |over |out )?to ${VALUE}`), make: (m) => (short(m[1], 5) && !PRONOUN_START.test(m[1]) && /^\p{Lu}/u.test(m[1]) ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "we came to Umeå 2024", "I emigrated to Canada in 2019": arrived with a year, to stay (a visit says no year).
  { re: r(String.raw`\b(?:I|we)(?:'ve| have)? (?:came|come|emigrated|immigrated|relocated|arrived) (?:here )?to (\p{Lu}[\p{L}'-]+(?: (?!in\b|back\b)\p{Lu}[\p{L}'-]+)?),? (?:in |back in )?(?:19|20)\d\d\b`), make: (m) => (properName(m[1]) === m[1] ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "I've taken a flat in Glasgow", "we found a place in Ghent", "me n my gf got a little place in varde together": a
  // new home. Not one taken for a stay ("we rented a cottage in Tenby for the week of the 12th", "… for two nights",
  // "… for our honeymoon"): a holiday, after which the user goes home. Moving in over a weekend is no stay.
  // The street may come between the home and its town: "closed on the brick house on Julian Street in Ebensburg".
  { re: r(String.raw`\b(?:I|we|me (?:n|and|&) (?:my )?[\p{L}]+(?: [\p{L}]+)?)(?:'ve| have)? (?:just |finally |now )?${HOME_GOT_VERB} (?:a|an|the|our|my) ${HOME_GOT} (?:${ON_A_STREET} )?(?:${PART_OF_TOWN}|in) ${VALUE}(?![^.!?;\n]*?\b(?<!\bmoved in )(?:for|over) ${FOR_A_STAY})`), make: (m) => {
    if (TAKEN_FOR_A_STAY.test(m[0])) return null;
    // "a tiny flat in saltash just over the bridge": where it is, not what is near it.
    // "… of Brainerd on the 14th": when, not where.
    const place = capitalize(m[1].replace(/\s+together$/i, '').replace(/\s+on the \d.*$/i, '').replace(/\s+(?:just |right )?(?:over|across|near|by|outside|off|behind|next to|round|around|beside|past|opposite)\b.*$/i, ''));
    return short(place, 5) && !PRONOUN_START.test(place) ? slotFact('location', `User lives in ${place}.`, place, 0.8) : null;
  } },
  // "my flat in chapel allerton (leeds) is freezing", "i get back to my flat in old town around 11pm": where the user's
  // home is (not one they let out or sell, before it or after: "my house in Ybor City is to be rented to my nephew", "my
  // flat in Leeds is up for sale").
  { re: r(String.raw`(?<!\b(?:renting out|rent out|letting out|let out|selling|sell|sold|left|buying|viewing|visiting) )\bmy (?:flat|apartment|house|home|condo|studio|bedsit|place) (?:in|out in|over in) ([\p{L}'-]+(?: [\p{L}'-]+){0,2}?)(?=\s*[(,.;!?\n]|\s+(?:is|was|has|had|needs|got|gets|keeps|and|but|so|which|where|that|because|since|with|for|near|at|around|about|by|after|before|till|until)\b|\s*$)(?: \(([^()\n]{2,30})\))?(?![^.!?\n]{0,60}\b(?:for sale|on the market|to be (?:rented|let|sold)|(?:being |been )?(?:rented|let|sold)(?: out)? to|tenants?|letting agent)\b)`), make: (m) => (short(m[1], 4) && !PRONOUN_START.test(m[1]) && !/^(?:town|the (?:city|country|countryside|suburbs|middle|centre|center))$/i.test(m[1]) ? slotFact('location', `User lives in ${m[1]}${m[2] ? ` (${m[2]})` : ''}.`, m[2] || m[1], 0.7) : null) },
  // "we have decided to live in Elaine's bungalow in Sandsend": where they will live from now on (a move, not a wish).
  { re: r(String.raw`\b(?:I|we)(?:'ve| have)? (?:now |finally |just )?decided to (?:live|settle|stay) in (?:(?:an?|the|our|my|her|his|their|\p{Lu}\p{Ll}+['’]s) (?:new |little |old )?(?:flat|apartment|house|place|home|condo|studio|cottage|bungalow|farmhouse|cabin|villa|townhouse) in )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2})(?![\p{L}'-])`), make: (m) => (properName(m[1]) === m[1] ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "We've finally settled in Porto", "we're living in Ghent now".
  { re: r(String.raw`\b(?:I|we)(?:'ve| have)? (?:finally |now |just )?settled (?:down )?in ${NAME}`), make: (m) => named(m[1], (n) => slotFact('location', `User lives in ${n}.`, n, 0.8)) },
  // "moved flats! out of Gorgie, now in a one bed in Portobello near the beach": a home said by what it is and where,
  // "now", after leaving the old one or with the user's "I'm" (not "now in a meeting in Leeds": a home's word is needed).
  { re: r(String.raw`(?:\bout of [^,.;!?\n]{2,40}?,?\s+|\b(?:I(?:'m| am)|we(?:'re| are))\s+)(?:living\s+)?now in (?:an? |the |my |our )?(?:[\p{L}\p{N}-]+ ){0,3}?(?:flat|apartment|house|place|one[- ]bed(?:room)?|two[- ]bed(?:room)?|studio|bedsit|room|cottage|condo|unit|home|house ?share|flatshare)\b(?: [\p{L}-]+){0,3}? in ${NAME}`), make: (m) => named(m[1], (n) => slotFact('location', `User lives in ${n}.`, n, 0.8)) },
  { re: r(String.raw`\b(?:I(?:'m| am)|we(?:'re| are)) (?:now |currently )?(?:living )?in ${NAME}(?= now\b| these days\b| again\b| for good\b)`), make: (m) => (properName(m[1]) === m[1] ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.8) : null) },
  // "I'm a retired postman from Cork", "I'm 61, a nurse from Leeds": where they are from, said after what they do.
  { re: r(String.raw`\bI(?:'m| am) (?:\d{1,3},\s+)?an? (?:[\p{L}-]+ ){0,3}?${OCCUPATION}\b,? (?:originally )?from (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but|so|who|living|now)\b))`), make: (m) => slotFact('origin', `User is from ${m[1]}.`, m[1], 0.6) },
  { re: r(String.raw`\bI(?:'m| am) (?:originally )?from ${VALUE}`), make: (m) => (short(m[1], 5) && !PRONOUN_START.test(m[1]) ? slotFact('origin', `User is from ${m[1]}.`, m[1], 0.6) : null) },
  // Work
  // "we're a 4-person startup in keswick doing campsite bookings", "we're a small design agency in Leeds": the user's
  // workplace, said as the "we" of its staff, by what kind of business it is and where (and what it does).
  { re: r(String.raw`\bwe(?:'re| are) (?:just |only |still )?(an? (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[- ](?:person|people|strong|man|woman)[- ]|small |tiny |little |young |new |bootstrapped |early[- ]stage |family[- ]run |local |independent |indie )*(?:[\p{L}-]+ )?(?:startup|start-up|agency|studio|consultancy|co-?op|charity|practice|firm|company|business|bakery|brewery|workshop|garage|nursery|clinic|surgery|shop))(?: (?:based )?(?:in|out of) ((?:[\p{L}'-]+ ){0,2}?[\p{L}'-]+))(?: ((?:doing|making|selling|building|running) (?:[\p{L}'-]+ ){0,3}?[\p{L}'-]+))?(?=\s*(?:[,.;:!?()—–]|$)|\s+(?:and|but|so|with|since|for)\b)`), make: (m) => (PRONOUN_START.test(m[2]) || /^(?:the (?:middle|process|market)|a )/i.test(m[2]) ? null : { kind: 'fact' as const, text: `User works at ${m[1]} in ${m[2]}${m[3] ? ` ${m[3]}` : ''}.`, value: `${m[1]} in ${m[2]}`, importance: 0.7 }) },
  { re: r(String.raw`\bI (?:currently |now )?work (?:at|for) ${VALUE}`), make: (m) => (short(m[1], 6) && !PRONOUN_START.test(m[1]) ? slotFact('employer', `User works at ${m[1]}.`, m[1], 0.75) : null) },
  // "I work part time (25h) as a bookkeeper", "I work three days a week as a locum": how much, then what as.
  { re: r(String.raw`\bI (?:currently |now )?work (?:(?:full|part)[- ]?time |(?:\d+|one|two|three|four|five|six) (?:days?|nights?|shifts?|hours?|hrs?) (?:a|per) week )?(?:\([^()\n]{1,20}\) )?as (?:an? )?${VALUE}`), make: (m) => (short(m[1], 6) ? slotFact('occupation', `User works as ${article(m[1])}.`, m[1], 0.75) : null) },
  // "I am working like pharmacist in the town pharmacy", "I work like nurse at Tays": "like" for "as" ("como", "comme",
  // "jako" put in English), the article often left out. Only a job the list holds: "I work like a dog" is no job.
  { re: r(String.raw`\bI(?:(?:'m| am) (?:currently |now |still )?working (?:like|as)| (?:currently |now |still )?work like) (?:an? )?((?:(?!(?:the|a|an|my|his|her|their|our|your|this|that|crazy|mad|hell)\b)[\p{L}-]+ ){0,2}?${OCCUPATION})\b(?!['’])(?=\s+(?:in|at|for|with|on|since|here)\b|\s*[,.;!?]|$)`), make: (m) => occupation(article(m[1])) },
  // "first week working as a phlebotomist", "now working as a night porter": the job said without its "I". Only after
  // words of the user's own timeline: "working as a teacher must be hard" is no one's job.
  { re: r(String.raw`^(?:(?:so|and|ok|okay|now|currently|still|finally|officially|been|started|starting|just started|loving|enjoying|(?:my )?(?:first|second|third|1st|2nd|3rd) (?:day|week|month|shift|year)|(?:one|two|three|a) (?:days?|weeks?|months?) (?:in|into))\s+)+working as (?:an? )?${VALUE}`), make: (m) => (short(m[1], 6) ? slotFact('occupation', `User works as ${article(m[1])}.`, m[1], 0.75) : null) },
  // "Starting 1 June as their junior veterinary surgeon", "I start Monday as a staff nurse": a new job, by when it starts.
  { re: r(String.raw`\bI(?:'m| am|'ll be| will be)? (?:officially |finally )?start(?:ing|s)? (?:on |from )?(?:(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? \p{L}+|\p{L}+ \d{1,2}(?:st|nd|rd|th)?|(?:next|this) \p{L}+|in \p{L}+|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)?,? as (?:their|the|a|an|our|his|her) (?:new )?((?:[\p{L}-]+ ){0,3}?${OCCUPATION})\b(?!['’])`), make: (m) => occupation(article(m[1])) },
  // "I'm 74, a retired postman": the age said first, then what they do.
  { re: r(String.raw`\bI(?:'m| am) (?:\d{1,3},\s+)?(?:now |currently |still )?(an? (?:[\p{L}\p{N}-]+ ){0,3}?${OCCUPATION})\b(?! (?:of|to|at heart)\b)(?! ${OCCUPATION}\b)(?!['’])${NOT_THE_JOB_AFTER}(?: (?:(?:(?:right |over |out |up |down )?here )?in|based (?:in|out of)) (\p{L}[\p{L}'-]+(?: \p{L}[\p{L}'-]+)?)${PLACE_ENDS}| (${WORKS_ON})${PLACE_ENDS})?`), make: (m) => occupation(m[1], m[2], m[3]) },
  { re: r(String.raw`\bI(?:'m| am) (?:now |currently |still )?(?!an?\b)(?:the )?(?:[\p{L}-]+ ){0,3}?${OCCUPATION} (?:at|for|with) ${VALUE}`), make: (m) => employer(m[1], !STUDYING.test(m[0])) },
  // "I'm an avalanche forecaster at Rogers Pass", "I'm a seismologist in Baku": a job the list does not hold, by its
  // shape (a noun of doing: -er, -or, -ist, -ian) and the place it is done at, capitalised as typed.
  { re: r(String.raw`\bI(?:'m| am) (?:now |currently |still )?(an? (?:[\p{L}\p{N}-]+ ){0,3}?[\p{L}-]{3,}(?:er|or|ist|ian))\b (at|in|for|with) ((?:the )?\p{Lu}[\p{L}'-]+(?: (?:of |de |for |and )?\p{Lu}[\p{L}'-]+){0,3})`), make: (m) =>
    /^(?:the )?\p{Lu}/u.test(m[3]) && !NOT_A_JOB_NOUN.test(m[1].split(/\s+/).at(-1)!) && !/^an? (?:big|huge|massive|total|real|bit|little)\b/i.test(m[1]) && !LISTED_JOB_LAST.test(m[1])
      ? slotFact('occupation', `User is ${m[1]} ${m[2].toLowerCase()} ${capitalisedAsTyped(m[3])}.`, m[1].replace(/^an?\s+/i, ''), 0.75)
      : null },
  // "i'm the QA lead", "I'm senior data analyst at Northwind": a job said with "the", or bare before where it is. "I am
  // pizzaiolo in Leith", as English is often written by those whose own language puts no article there: where it is
  // done, as with "a".
  // "Greetings from the school! I'm the head custodian here": "here", the place the message is written from, is where.
  // "the custodian of the family archive", like "the skipper of the quiz team", keeps something, and is no job.
  { re: r(String.raw`\bI(?:'m| am) (?:now |currently |still )?(?:the )?((?:(?!(?:the|a|an|my|so|not|just|also|really|very|here|there|now|and|or|but|with|to|of|in|at|for|on|who|that|like|vegetarian|vegan|from|by|into|about|as|working)\b)[\p{L}-]+ ){0,3}?${OCCUPATION})\b(?!['’])(?!(?<=(?:skippers?|custodians?)) of\b)(?=(?: now)?(?: here(?=\s*[,.;!?(]|\s+and\b|$))?(?: (?:at|for|with|in|on|of (?:a|the|our))\b|\s+and\b|\s*[,.;!?(]|$))(?: in (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)${PLACE_ENDS})?`), make: (m) => (/^(?:a|an|the)\b/i.test(m[1]) ? null : occupation(article(m[1]), m[2] && /^\p{Lu}/u.test(m[2]) ? m[2] : undefined)) },
  // "senior data analyst now, same team": the new job said as the sentence, its "I'm" left out; not a question ("vet
  // now or wait?" asks whether to go to one).
  { re: r(String.raw`^(an? )?((?:(?!(?:the|a|an|my|his|her|their|our|your|so|and|but)\b)[\p{L}-]+ ){0,3}?${OCCUPATION}) now\b(?! or\b)(?![^.!?\n]*\?)`), make: (m) => occupation(article(m[2])) },
  // "locksmith, self employed, leicester.": a job opening a terse sentence about oneself, with how it is worked.
  { re: r(String.raw`^(an? )?((?:(?!(?:the|a|an|my|his|her|their|our|your|so|and|but)\b)[\p{L}-]+ ){0,2}?${OCCUPATION}),? (?:self[- ]?employed|freelance|sole trader|my own boss|own business|agency|contract(?:or)?|full[- ]time|part[- ]time)\b`), make: (m) => occupation(article(m[2].replace(/^\p{Lu}(?=\p{Ll}*(?:\s|$))/u, (c) => c.toLowerCase()))) },
  // "i take home about 2.4k a month as a lab technician at the hospital", "I earn 40k as a paralegal": pay for a job.
  { re: r(String.raw`\bI(?: take home| earn| make| get paid| am paid|'m paid| bring home| gross| net)\b(?:[^.!?\n]|\.(?=\d)){0,40}?\bas an? ((?:(?!(?:the|a|an|my)\b)[\p{L}-]+ ){0,2}?${OCCUPATION})\b(?!['’])`), make: (m) => occupation(article(m[1])) },
  // "freelance web dev here, building a shop …", "hi, ICU nurse here:", "2nd year apprentice sparky here": a job said
  // by way of introduction.
  { re: r(String.raw`^(?:(?:hi|hey|hello|ok|okay|so)[,!]?\s+)?((?:(?!(?:the|a|an|my|his|her|their|our|your|this|that|so|and|but)\b)[\p{L}\p{N}-]+ ){0,3}?${OCCUPATION}) here(?=\s*[,.;:!—–-])`), make: (m) => occupation(article(m[1])) },
  // "I'm going to start at Halden on March 2nd as a controls engineer", "I was hired as a junior designer", and the job
  // said of who gave it: "the church hired me on as sexton at Hickory Grove", "the depot took me on as a fitter".
  { re: r(String.raw`(?:\bI(?:'m|'ll|'ve| am| will| have| was| got| just| recently| finally| officially)*\s+|\bI\b[^.!?\n]*?(?:,\s*|\band\s+)|^|[;:]\s*|(?=\b(?:hired|took|taken|signed) me\b))(?:(?:going to|gonna|about to|due to|set to|be|been|get|got|getting)\s+)*(?:start(?:ing|ed)?|join(?:ing|ed)?|hired|taken on|(?:took|taken|signed) me)\b[^.!?\n]{0,60}?\bas (an? (?:[\p{L}-]+ ){0,2}?${OCCUPATION}|(?:(?!(?:the|this|that|our|my|his|her|their|its|your)\b)[\p{L}-]+ ){0,2}?${OCCUPATION}(?=\s*(?:[,.;!?]|$|\s+(?:at|with|for|in|on|from)\b|\s+\p{Extended_Pictographic})))\b(?!['’])`), make: (m) => occupation(article(m[1])) },
  // "starting aug 18 at maplewave health as analytics manager": where the new job is, in lower case, named before what
  // it is (the job after it says the name is a workplace; a capitalised name has the rules above).
  // "I just started as a data analyst at Fish and Game here in Juneau": where the job started is the workplace.
  // Said without the "I" after what came before ("quit the ferry 🎉 starting as a tech at the salmon hatchery"), and
  // as a bare "tech", which "as a … at" makes a job.
  { re: r(String.raw`(?:\bI(?:'ve|'m| have| am| just| recently| finally| officially)*\s+|^|[;:—–]\s*|\p{Extended_Pictographic}\s*|(?<=\b(?:hired|took|taken|signed) me (?:on |up |back )?)(?=as\s))(?:(?:started|starting|been hired|got hired|was hired)\s+as\s+an?\s+|(?<=\b(?:hired|took|taken|signed) me (?:on |up |back )?)as\s+(?:an?\s+)?)(?:[\p{L}-]+ ){0,2}?(?:${OCCUPATION}|techs?) (?:at|with|for) ${VALUE}`), make: (m) => employer(m[1], true) },
  { re: r(String.raw`(?:\bI(?:'m|'ll|'ve| am| will| have| was| got| just)*\s+|^|[,;:]\s*)(?:(?:going to|gonna|about to|due to|set to|be|been)\s+)*(?:start(?:ing|ed)?|join(?:ing|ed)?)\b[^.!?\n]{0,30}?\bat ((?!(?:a|an|the|my|our|home|work|night|noon|the moment)\b)[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,3}?) as (?:an? )?(?:[\p{L}-]+ ){0,2}?${OCCUPATION}\b`), make: (m) => (/^\p{Lu}/u.test(m[1]) || TIME_WORD.test(m[1]) ? null : employer(properCase(m[1]))) },
  // "I've accepted the assistant winemaker job at Vlakteplaas Estate", "I've taken a job as bursar at Vitogo Secondary
  // School", "took the onshore job as dive systems trainer": the job the user said yes to, and where.
  { re: r(String.raw`\bI(?:'ve| have)? (?:just |finally |officially |now )?(?:accepted|taken|took|got|landed) (?:a|an|the) (?:new )?((?:(?!(?:job|role|position|post)\b)[\p{L}-]+ ){1,4})(?:job|role|position|post)\b(?! (?:as|offer|interview|application)\b)`), make: (m) => jobTaken(m[1]) },
  { re: r(String.raw`\bI(?:'ve| have)? (?:just |finally |officially |now )?(?:accepted|taken|took|got|landed) (?:a|an|the) (?:new )?(?:[\p{L}-]+ ){0,2}?(?:job|role|position|post) as (?:an? )?((?:[\p{L}-]+ ){0,3}?[\p{L}-]+)(?=\s*(?:[,.;!?]|$)|\s+(?:at|with|for|in|on|from|starting|and|but)\b)`), make: (m) => jobTaken(m[1]) },
  { re: r(String.raw`\bI(?:'ve| have)? (?:just |finally |officially |now )?(?:accepted|taken|took|got|landed) (?:a|an|the) (?:new )?(?:[\p{L}-]+ ){0,5}?(?:job|role|position|post)(?: as (?:an? )?(?:[\p{L}-]+ ){0,3}?[\p{L}-]+)? (?:at|with) ${VALUE}`), make: (m) => employer(m[1], true) },
  // "I have accepted appointment as a judge of the County Court of Victoria", "I was promoted to head chef", "I've been
  // appointed headteacher of Ridgeway Primary", "ordained a priest", "sworn in as a magistrate": a role given to the
  // user is their job from then on, with the body it is of when said. Not "made redundant" (no job word), not
  // someone else's ("she was promoted to …": the rule needs the user's "I").
  { re: r(String.raw`\bI(?:'ve|'d| have| had)?(?: just| now| finally| officially| recently| formally| been| was| got| am|'m| get)* (?:appointed|promoted|elected|re-elected|ordained|sworn in|installed|(?<=\b(?:was|been|got|get|am|'m|being) )(?:named|made)|accepted (?:an? |the |my |their )?(?:appointment|nomination|commission|offer|post|position|role|job) as)(?: (?:as|to(?: the (?:post|role|position|rank) of)?))? (?:an? |the )?((?:(?!(?:the|a|an|my|and|of|at|for|in|to)\b)[\p{L}-]+ ){0,2}?${OCCUPATION})\b(?!['’-])((?: (?:of|at|for|in) (?!${MONTH_OR_DAY}\b)(?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of |for |and |the )*\p{Lu}[\p{L}'’-]*){0,4}))?`), make: (m) =>
    NOT_A_JOB_NOUN.test(m[1].split(/\s+/).at(-1)!) ? null : slotFact('occupation', `User is ${article(m[1])}${m[2] ? ` ${m[2].trim()}` : ''}.`, m[1], 0.75) },
  // "im one of the senior accountants", "I'm one of two GPs at the practice": one of several, still their job.
  { re: r(String.raw`\bI(?:'m| am) (?:now |currently |still )?one of (?:the|our|their|two|three|four|five|a few|several|many) (?:(?:two|three|four|five|few|several|many) )?((?:[\p{L}-]+ ){0,2}?${OCCUPATION})\b`), make: (m) => occupation(article(singular(m[1]))) },
  // "I do java all day at Karoo Bank", "I write firmware for a living at Bosch": what the user does at work, and where.
  { re: r(String.raw`\bI (?:do|write|code|program|build|sell|fix|design|teach|answer|manage|run|test) [^,.;!?\n]{1,30}? (?:all day|for a living|by day|every day|day to day|full[- ]time|9 to 5|nine to five) (?:at|for) ${VALUE}`), make: (m) => employer(m[1]) },
  // "as a solo founder in SA how do I pay myself", "As a nurse, I …", "my first 90 days as a full time founder": the user
  // speaking as what they are.
  { re: r(String.raw`^as an? ((?:[\p{L}-]+ ){0,2}?${OCCUPATION})\b(?!['’])(?=[^.!?\n]*\b(?:I|me|my|myself)\b)`), make: (m) => occupation(article(m[1])) },
  // "…and 'it's official, first week as a fire investigator is done", "survived day one as a barista": said without "my"
  // where it opens what is said.
  { re: r(String.raw`(?:\bmy|^|[,:;!—–-]\s*|\b(?:official|officially|finished|survived|completed|done with|wrapped up|nailed))\s*(?:(?:first|second|third|\d+(?:st|nd|rd|th)) (?:\d+ |few |couple of )?(?:days?|weeks?|months?|years?|shifts?)|(?:day|week|shift) (?:one|two|1|2)) as an? ((?:[\p{L}-]+ ){0,2}?${OCCUPATION})\b(?!['’])`), make: (m) => occupation(article(m[1])) },
  // "I'm a data analyst at Brightwell Logistics", "I'm a nurse at the Royal Infirmary": the employer too (a name:
  // capitalised, "the" before it dropped as where any job is; not where a student studies).
  { re: r(String.raw`\bI(?:'m| am) (?:now |currently |still )?an? (?:[\p{L}\p{N}-]+ ){0,3}?${OCCUPATION} (?:at|for|with) ${VALUE}`), make: (m) => employer(m[1], !STUDYING.test(m[0])) },
  // After an introduction, without the article: "I'm Rosa Delgado, firefighter with Tucson Fire".
  { re: r(String.raw`${INTRODUCED}(?:an? )?${NOT_A_SUBJECT}(?:[\p{L}-]+ ){0,2}?${OCCUPATION} (?:at|for|with) ${VALUE}`), make: (m) => employer(m[1]) },
  // "…i quit Kestrel, started at Nordlys Ferries": the subject left out after the user's own "I".
  { re: r(String.raw`\bI\b[^.!?]*?(?:,\s*|\band\s+)(?:just |then |now )?(?:${STARTED_AT}|joined) ${VALUE}`), make: (m) => employer(m[1]) },
  // A new job: "I started at Harrow & Finch last week", "I've accepted an offer from Globex", "I got a job at Initech".
  { re: r(String.raw`\bI(?:'ve| have)? (?:just |recently |finally |now |officially )?(?:${STARTED_AT}|got (?:a|an|the) (?:new )?(?:job|role|position) (?:at|with)|accepted (?:a|an|the) (?:new )?(?:job|offer|position|role) (?:at|with|from)|landed (?:a|an|the) (?:new )?(?:job|role|position) (?:at|with)) ${VALUE}`), make: (m) => employer(m[1]) },
  // A job about to start: "I'm starting at Acme next month", "I'll be joining Globex in March". The new employer is the
  // one to know from now on (the old one is what the user is leaving), and a plan like this nearly always comes true:
  // "is starting a job at Acme" read stale for as long after the start as it read early before it.
  { re: r(String.raw`\bI(?:'m| am|'ll| will)? (?:(?:going to|gonna|about to|due to|set to) )?(?:be )?start(?:ing)? (?:(?:a new job|my new job|a job|work|a new role|my new role) (?:at|with)|at) ${VALUE}`), make: (m) => (/^(?:the|a|an|my|our|work|them|you|it)\b/i.test(m[1]) ? null : employer(m[1].split(/\s+(?:on|in|next|this|from|after|as|once|here|there)(?:\s|$)/i)[0]!)) },
  // "I'm joining Globex in March", "I'll be joining Spotify as a designer": a name and when or as what (not "joining
  // Zoom calls all day", "joining Dad for lunch").
  { re: r(String.raw`\bI(?:'m| am|'ll| will)? (?:(?:going to|gonna|about to|due to|set to) )?(?:be )?join(?:ing)? ${NAME}(?=\s+(?:in|on|next|this|from|after|as)\b)`), make: (m) => (properName(m[1]) === m[1] && !NOT_AN_EMPLOYER.test(m[1]) ? employer(m[1]) : null) },
  // "I started at Harrow & Finch, senior pricing analyst now": a job title said as the user's new state (after their "I":
  // "Dana got promoted, team lead now" is Dana's).
  { re: r(String.raw`\bI(?:'m|'ve)?\b[^.!?]*?(?:[,;:]\s*|\band\s+)(an? )?((?:(?!(?:the|this|that|our|my|his|her|their|your|its|a|an|so|then|and|but|now|just|also|basically|officially|finally)\b)[\p{L}-]+ ){0,3}?${OCCUPATION}) now(?=\s*(?:[,.;!?]|$))`), make: (m) => occupation(article(m[2])) },
  // "Hi! I'm Marta, physiotherapist, I live in Valencia": a name said by way of introduction, and the job after it.
  { re: r(String.raw`^I(?:'m| am) (\p{Lu}[\p{L}'-]+(?: (?!(?:from|based|and)\b)\p{Lu}[\p{L}'-]+){0,2})(?=\s*(?:[,.!(]|$|\s+(?:and|here|by the way)\b|\s+(?:from|based in)\s+\p{Lu}))`), make: (m) => introducedName(m[1]) },
  // "heads up, I'm Aleksandra Brennan now": a full name said as the new one (married, changed). Read case-blind, so each
  // word's capital is checked as typed (fullName).
  { re: r(String.raw`\bI(?:'m| am) (?:officially |legally )?(\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?) now\b`), make: (m) => fullName(m[1]) },
  // "approved!!! officially Yuki Higa-Souza as of today", "legally Sam Okoro since Friday": the new name said as the
  // news, its "I'm" left out.
  { re: r(String.raw`(?:^|[,;:]\s*)(?:now )?(?:officially|legally) (\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)(?= now\b| as of\b| since\b| from (?:today|now)\b|\s*(?:[.,!;)]|$))`), make: (m) => fullName(m[1]) },
  // "I am now Covadonga Whitcombe.", "I'm now officially Dana Reyes-Okafor": the same, "now" before it.
  { re: r(String.raw`\bI(?:'m| am) now (?:officially |legally )?(\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)(?=\s*(?:[.,!;)]|$))`), make: (m) => fullName(m[1]) },
  // "sign it off Aleksandra Wiśniewska", "sign the letter as Tom Baker": a letter the user sends, signed with their name
  // in full (a first name alone may be "Love, Mum"; two people, "Sasha & Conor", are not one name).
  { re: r(String.raw`\bsign (?:it|this|them|the (?:letter|email|card|note|message))? ?(?:off )?(?:as |with |from )?(\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+)(?=\s*(?:[.,!;)]|$))`), make: (m) => fullName(m[1]) },
  { re: r(String.raw`${INTRODUCED}(an? )?(${NOT_A_SUBJECT}(?:[\p{L}-]+ ){0,2}?${OCCUPATION})\b(?!['’])(?: in (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?))?`), make: (m) => occupation(article(m[2]), m[3]) },
  // "they made me head coach of Tsagan Sar!", "the board appointed me treasurer": a role given to the user is their job
  // (or post) from then on, in the occupation slot, so the one before goes to history.
  { re: r(String.raw`\b(?:made|named|appointed|promoted|elected|voted) me(?: to| as)?(?: (?:the|their|our))?(?: new)? ((?:(?:head|chief|lead|senior|principal|deputy|assistant|acting|interim|managing|executive) ){0,2}${OCCUPATION}|(?:head|chief|captain|chair(?:man|woman|person)?|president|treasurer|director|coordinator|supervisor|foreman|forewoman))\b(?!['’])(?: (of|at) ((?:the )?\p{Lu}[\p{L}'&-]*(?: \p{Lu}[\p{L}'&-]*){0,3}))?`), make: (m) => slotFact('occupation', `User is ${m[1].toLowerCase()}${m[3] ? ` ${m[2]} ${m[3]}` : ''}.`, m[1], 0.8) },
  // "I'm Badma, I coach chess in Elista": after the name, what the user does, said with a verb of a trade.
  { re: r(String.raw`${INTRODUCED}(?:and )?I (?:currently |now )?(coach|guide|tutor|train|instruct|referee|umpire|skipper) ${NOT_A_SUBJECT}((?:[\p{L}\p{N}'’-]+ ){0,2}?[\p{L}\p{N}'’-]+)(?=\s*(?:[,.;:!?—–(]|$)|\s+(?:in|at|for|and|to|with)\b)`), make: (m) => slotFact('occupation', `User ${thirdPersonVerb(m[1])} ${m[2]}.`, `${m[1]} ${m[2]}`, 0.75) },
  // "I teach history at a liceo in Turin", "I run a small bicycle repair shop in Tallinn": what the user does for a living.
  // A loft is where sails are made and boats rigged ("I run a sail loft"), and one on a river's or a harbour's bank is
  // said by it before the town ("on the Tyne in Newcastle"); only a loft's (the flags ignore case: "a company by the
  // name of …" is no place).
  // Taught at a named school, it is where the user works: a transfer to another school later takes its place.
  { re: r(String.raw`\bI (?:currently |now |also )?teach ${VALUE}`), make: (m) => (short(m[1], 12) && !PRONOUN_START.test(m[1]) && !/^(?:myself|me|them|him|her|it)\b/i.test(m[1]) ? taughtAt(`User teaches ${thirdPerson(m[1])}.`, m[1]) : null) },
  // "from 14 July I'm teaching at Ntsako Primary in Polokwane", "I'm now lecturing at Kenyatta University".
  { re: r(String.raw`\bI(?:'m| am| will be|'ll be) (?:currently |now |also |still )?(?:teaching|lecturing|tutoring) at ((?:the )?\p{Lu}[\p{L}'’&-]*(?: (?:of |for |and |the )*\p{Lu}[\p{L}'’&-]*){0,4}(?: in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)?)`), make: (m) => taughtAt(`User teaches at ${m[1]}.`, `at ${m[1]}`) },
  // What the user runs or owns: "I run a bakery"; of two such words the last is the kind ("a dairy farm" is a farm). Not
  // a job taken at one: "I started a new job at a bakery" runs no bakery; nor a kind that only says of what a course,
  // a tab or an account is ("an evening pottery course", "a bar tab", "a store card").
  { re: r(String.raw`\bI (?:run|own|manage|co-own|started|opened) ((?:an?|my own|our own|my|our) (?:(?!(?:job|position|role|post|shift|placement|internship|apprenticeship|course|class|at|in|for|with)(?![\p{L}'-]))[\p{L}&'-]+ ){0,4}?${BUSINESS_KINDS}(?! ${BUSINESS_KINDS}(?![\p{L}'-]))(?! ${NOT_A_BUSINESS_AFTER}(?![\p{L}'-]))(?: (?:in|outside|near|just outside) \p{Lu}[\p{L}'-]+(?: (?!called\b|named\b)\p{Lu}[\p{L}'-]+)?(?:, (?!called\b|named\b)\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)?)?)\b(?:,? (?:called|named) ([^,.;!?\n]{2,40}))?`), make: (m) => {
    // The flags ignore case, so the business's name is the run of capitalised words after "called", as typed.
    const name = /^\p{Lu}[\p{L}'’&-]*(?: (?:(?:and|&|of|the|de|la|le|du) )?\p{Lu}[\p{L}'’&-]*)*/u.exec(m[2] ?? '')?.[0];
    // A place typed with its capital keeps only capitalised words ("in Hay on Wye" is not "in Hay on"); one said outside
    // or near a town is kept with it ("a Christmas tree farm outside Olean, New York"), and a place in lower case is none
    // ("a farm outside the city").
    const what = m[1]
      .replace(/( (?:in|outside|near|just outside) \p{Lu}[\p{L}'-]*(?:,? \p{Lu}[\p{L}'-]*)*)(?:,? \p{Ll}[\p{L}'-]*)+$/u, '$1')
      .replace(/ (?:outside|near|just outside) \p{Ll}.*$/u, '');
    return { kind: 'fact' as const, text: `User runs ${thirdPerson(what)}${name ? ` called ${name}` : ''}.`, value: what, importance: 0.75 };
  } },
  // "I guide glacier hikes on Sólheimajökull for a small company", "I drive a taxi in Dublin", "I coach under-12s for
  // Rovers": work said by what the user does for whom, or by what they drive.
  { re: r(String.raw`\bI (?:currently |now |also )?(guide|coach|deliver|clean|cook|tutor|instruct|lead|skipper|crew|referee|umpire|photograph|translate|interpret) ((?:[\p{L}\p{N}'’-]+ ){0,6}?)(?:for (?:a|an|the|my|our) ((?:small |big |local |family |tour |travel |delivery |cleaning |catering )?(?:company|firm|agency|business|outfit|operator|charity|school|club|team|hotel|restaurant|council|airline|cooperative|co-op))|for a living)\b`), make: (m) => (PRONOUN_START.test(m[2]) || !m[2].trim() ? null : slotFact('occupation', `User ${thirdPersonVerb(m[1])} ${m[2].trim()}${m[3] ? ` for a ${m[3]}` : ' for a living'}.`, `${m[1]} ${m[2].trim()}`, 0.75)) },
  { re: r(String.raw`\bI(?: currently| now| also|(?:'ve| have)? (?:just )?started|(?:'ve| have) been|(?:'m| am)(?: now)?)? driv(?:e|ing) (?:an? |the )?((?:[\p{L}-]+ ){0,2}?(?:taxi|cab|bus|truck|lorry|tram|train|ambulance|forklift|van|tractor|crane|plough|plow|snowplough|snowplow|digger|excavator|bulldozer|gritter|tanker|HGV|artic|coach|minicab)(?:e?s)?)(?: (in|around|for|out of) ((?:the )?\p{Lu}[\p{L}'-]+(?: (?:of )?\p{Lu}[\p{L}'-]+){0,3}))?(?=\s*(?:[,.;!?()]|$)|\s+(?:and|but|so|now|for|at|in|on|out|doing|full[- ]time|part[- ]time|nights|days)\b)`), make: (m) => {
    // "a milk tanker out of Louth": where it is driven from, as typed (capitalised); "for the council" names no place.
    const where = m[3] ? capitalisedAsTyped(m[3]) : undefined;
    return /^(?:my|our|his|her|their|the kids?)\b/i.test(m[1]) ? null : slotFact('occupation', `User drives ${vehicleArticle(m[1].split(' ').map((w) => (/^\p{Lu}{2,}s?$/u.test(w) ? w : w.toLowerCase())).join(' ').replace(/(bus|coach)es$|(?<!bu|s)s$/, '$1'))}${where && /\p{Lu}/u.test(where) ? ` ${m[2].toLowerCase()} ${where}` : ''}.`, m[1], 0.75);
  } },
  // "I build saunas near Kuopio", "I study capybaras in the Pantanal", "I fix bikes in Leeds", "I make duduks in a
  // small workshop in Kond": what the user makes, studies or tends, said with where or the workshop it is done in, or
  // where the work goes out from ("I fish crab an' lobster outta Cromer", "I shape boards out of my garage").
  { re: r(String.raw`\bI (?:currently |now |also |mostly )?(build|make|repair|fix|restore|sell|grow|breed|raise|farm|study|research|install|design|train|rescue|brew|bake|carve|weave|groom|survey|inspect|map|monitor|tag|track|shape|fish|catch|trap) ((?:[\p{L}-]+['’]? ){0,3}?[\p{L}-]+) ((?:in|from|at|out of|on) (?:a|an|my|our|the) (?:(?:small|little|tiny|own|home|old|family|rented|shared|back|garden|organic|dairy|fruit|hill) )*(?:workshop|studio|shop|forge|yard|boatyard|garage|barn|shed|bakery|lab|mill|atelier|foundry|greenhouse|nursery|smithy|${LAND_NOUNS}|${FIXED_PREMISES})(?: (?:in|near|outside|on) (?:the )?${PLACE_NAME})?|(?:near|in|around|outside|across|on|out of|outta) (?:the )?${PLACE_NAME})`), make: (m) => (PRONOUN_START.test(m[2]) || /^(?:my|our|his|her|their|it|them|this|that|things?|stuff|sure|lunch|dinner|breakfast|coffee|tea|food)\b/i.test(m[2]) || !sentFrom(m[1], m[3]) ? null : { kind: 'fact' as const, text: `User ${thirdPersonVerb(m[1])} ${m[2]} ${whereWorked(m[3])}.`, value: `${m[1]} ${m[2]}`, importance: 0.75 }) },
  // "I keep bees above Zafferana Etnea", "we keep goats near Ludlow": animals kept, and where (not "I keep forgetting").
  { re: r(String.raw`\b(?:I|we) (?:currently |now |still |also )?keep (?:a few |some |a couple of |\d+ )?(bees|honeybees|hives|chickens|hens|ducks|geese|goats|sheep|pigs|horses|ponies|cattle|cows|alpacas|llamas|pigeons|rabbits|quail|bantams|turkeys|donkeys) ((?:in|near|above|below|outside|on|at|up on) (?:the (?:slopes|edge|foot|side) of )?(?:the )?${PLACE_NAME})`), make: (m) => ({ kind: 'fact' as const, text: `User keeps ${m[1].toLowerCase()} ${whereWorked(m[2])}.`, value: `keeps ${m[1].toLowerCase()}`, importance: 0.75 }) },
  // "I do payroll at the hospital", "I do IT for the council", "I do admin at a school": a line of work and where.
  { re: r(String.raw`\bI (?:do|handle|run|work in|work on|manage|administer|oversee|look after|head|lead) (${WORK_FIELD})(?: (?:at|for|in) ((?!a living\b)(?:the |a |an |our |my |(?:two|three|four|five|six|several|\d{1,3}) )?[\p{L}&'’ -]{2,40}?))?(?=\s*(?:[,.;!?()]|$)|\s+(?:and|but|so|now|full[- ]time|part[- ]time)\b)`), make: (m) => (/^it$/i.test(m[1]) && m[1] !== 'IT' ? null : slotFact('occupation', `User ${/^I (?:work in|work on)/i.test(m[0]) ? 'works in' : 'does'} ${m[1]}${m[2] ? ` ${/\bfor\b/i.test(m[0].slice(m[0].length - m[2].length - 5)) ? 'for' : 'at'} ${m[2].trim()}` : ''}.`, m[1], 0.75)) },
  // "I'm in marketing at a small agency", "i'm backend at a payments startup": a field of work as what the user is in
  // ("I'm in reception" may be where they sit, so the fields said "in" leave it out; without "in", only with a workplace).
  { re: r(String.raw`\bI(?:'m| am) (?:now |currently |still )?in (?!reception\b|facilities\b|billing\b|scheduling\b)(${WORK_FIELD})(?: (?:at|for) ((?!a living\b)(?:the |a |an |our |my )?[\p{L}&'’ -]{2,40}?))?(?=\s*(?:[,.;!?()]|$)|\s+(?:and|but|so|now|full[- ]time|part[- ]time)\b)`), make: (m) => fieldOfWork(m[1], m[2]) },
  { re: r(String.raw`\bI(?:'m| am) (${WORK_FIELD}) (?:at|for) ((?:the |a |an |our |my )?[\p{L}&'’ -]{2,40}?)(?=\s*(?:[,.;!?()]|$)|\s+(?:and|but|so|now|full[- ]time|part[- ]time)\b)`), make: (m) => fieldOfWork(m[1], m[2]) },
  // "I hand-letter signs for a living, sign painter in Elmira", "I fix boilers for a living - heating engineer out of
  // Leeds": the job's name said after what the user does for a living, as an aside that names the same work.
  { re: r(String.raw`\bI [^.!?\n]{1,40}? for a living\s*(?:,|[-–—]|\()\s*((?:an? )?(?:[\p{L}-]+ ){0,2}?${OCCUPATION})\b(?!['’])(?: (?:in|out of|based in) (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)${PLACE_ENDS})?`), make: (m) => (/^(?:the|my|our|his|her|their|so|and|but)\b/i.test(m[1]) ? null : occupation(article(m[1].replace(/^an? /i, '')), m[2] && /^\p{Lu}/u.test(m[2]) ? m[2] : undefined)) },
  // "I do accounting for a living", "I'm a stay-at-home mum".
  { re: r(String.raw`\bI do ([\p{L} -]{3,30}?) for a living\b`), make: (m) => (PRONOUN_START.test(m[1]) || /^(?:this|that|it|nothing|stuff|things|whatever)\b/i.test(m[1]) ? null : slotFact('occupation', `User does ${m[1]} for a living.`, m[1], 0.75)) },
  { re: r(String.raw`\bI(?:'m| am) (?:a |an )?(stay[- ]at[- ]home (?:mum|mom|dad|parent|mother|father))\b`), make: (m) => slotFact('occupation', `User is a ${m[1].toLowerCase()}.`, m[1], 0.75) },
  // A student's year: "I'm in my second year of med school", "I'm a junior at UCLA studying economics".
  // …typed short: "im 2nd yr med", "I'm a 3rd year law student", "I'm in final year nursing", and after the user's age,
  // "im 19 btw and in 2nd yr pharmacy".
  { re: new RegExp(String.raw`\b(?:I'm|I am|im) (?:\d{1,2}(?: btw| lol| now)?,? (?:and|&) )?(?:a |an |in )?(1st|2nd|3rd|4th|5th|6th|first|second|third|fourth|fifth|sixth|final|last)[- ](?:yr|year)\s+(?:(${STUDY_FIELDS})(?: student| school)?|((?:[\p{L}-]+ ){0,1}[\p{L}-]+) student)\b(?!['’])`, 'iu'), make: (m) => {
    const field = (m[2] || m[3]).toLowerCase();
    return PRONOUN_START.test(field) ? null : slotFact('education', `User is a ${m[1].toLowerCase()} year ${field} student.`, field, 0.7);
  } },
  { re: r(String.raw`\bI(?:'m| am) (?:in|doing) my (first|second|third|fourth|final|last|1st|2nd|3rd|4th|\d+th) year (?:of|at) ([^,.;!?\n]{2,40}?)(?=\s+(?:and|but|so|now)\b|[,.;!?\n]|$)`), make: (m) => slotFact('education', `User is in their ${m[1].toLowerCase()} year ${/\bat\b/i.test(m[0].slice(-m[2].length - 4)) ? 'at' : 'of'} ${m[2]}.`, m[2], 0.7) },
  { re: r(String.raw`\bI(?:'m| am) an? (freshman|sophomore|junior|senior|first[- ]year|second[- ]year|third[- ]year|final[- ]year) (?:student )?at (\p{Lu}[\p{L}&'-]*(?: \p{Lu}[\p{L}&'-]*){0,3})(?: studying ([\p{L} ]{2,30}?))?(?=\s+(?:and|but|so)\b|[,.;!?\n]|$)`), make: (m) => slotFact('education', `User is a ${m[1].toLowerCase()} at ${m[2]}${m[3] ? ` studying ${m[3]}` : ''}.`, m[2], 0.7) },
  { re: r(String.raw`\bmy job is (?:an? )?${VALUE}`), make: (m) => (short(m[1], 6) && !PRONOUN_START.test(m[1]) ? slotFact('occupation', `User works as ${article(m[1])}.`, m[1], 0.75) : null) },
  // "I work nights most of next week" is a week's rota, not how they work; the tail stops at an aside "(UX research…".
  { re: r(String.raw`\bI work (night shifts|nights|days|weekends|part[- ]time|full[- ]time|from home|remotely|shifts)\b([^,.;!?\n(]{0,60})`), make: (m) => (/\b(?:next|this) (?:week|month|weekend)|\b(?:tomorrow|tonight|today)\b/i.test(m[2]) ? null : slotFact(workSlot(m[1]), `User works ${m[1].toLowerCase()}${m[2] ? ` ${m[2].trim()}` : ''}.`, m[1], 0.65)) },
  // A job said in an aside: "I work nights (ICU nurse, galway)", "I do this for a living (carpenter/joiner)". Said of
  // work, or with "I'm": "I can't do the 18th (dentist)" is an appointment.
  { re: r(String.raw`\bI\b[^()\n]{0,80}\((?:I'm |I am |(?<=\b(?:work|works|working|job|jobs|living|shifts?|career|profession|employed|day job|rotating shifts|nights|days)\b[^()\n]{0,20}\())(an? )?((?:[\p{L}-]+ ){0,2}?${OCCUPATION})(?:\s*[/,]\s*([\p{L}' -]{2,30}?))?\s*\)`), make: (m) => occupation(article(m[2]), /^\p{Lu}/u.test(m[3]) ? m[3] : '') },
  // What the user is studying for now, said by the qualification: "im doing a levels at Greengates Sixth Form, bio chem
  // and psychology", "I'm taking a master's in soil science at Wageningen", "starting an apprenticeship in joinery".
  { re: STUDYING_FOR, make: (m) => studyingFor(STUDYING_FOR.exec(m[0])) },
  // What they studied: "i studied communication at tartu", "I have a degree in nursing", "my masters is in economics".
  { re: r(String.raw`\bI (?:studied|majored in|did (?:my |a )?(?:degree|bachelor'?s|masters?|master'?s|phd|PhD) in|have (?:a |an )?(?:degree|bachelor'?s|masters?|master'?s|BSc|BA|MSc|MA|MBA|PhD|phd) in|graduated in) ([\p{L}&' -]{2,40}?)(?: at (?:the )?([\p{L}&' -]{2,40}?))?(?=\s*(?:[,.;!?()]|$)|\s+(?:so|and|but|because|in (?:19|20)\d\d|before|then|which)\b)`), make: (m) => (PRONOUN_START.test(m[1]) || /^(?:abroad|hard|all night|for|a lot|too)\b/i.test(m[1]) ? null : slotFact('education', `User studied ${m[1]}${m[2] ? ` at ${m[2]}` : ''}.`, m[1], 0.7)) },
  { re: r(String.raw`\bmy (?:degree|bachelor'?s|masters?|master'?s|phd|PhD|major) (?:is|was) in ${VALUE}`), make: (m) => (short(m[1], 5) ? slotFact('education', `User studied ${m[1]}.`, m[1], 0.7) : null) },
  // What the user studies now, said as a choice made: "im declaring computer science", "I changed my major to
  // economics", "i switched to the BFA in graphic design", "I'm majoring in biology now", "transferred into the
  // nursing program". A bare "switched to" or "transferred to" needs a degree's or a course's word ("switched to decaf"
  // is no course), and "declaring" a field, not bankruptcy. It fills the education slot, so the field before goes to
  // its history.
  { re: r(String.raw`\bI(?:'m| am|'ve| have)? (?:now |officially |finally |just )?(?:(declar(?:ing|ed)|(?:double[- ])?major(?:ing|ed) in)|(?:switch(?:ing|ed)|chang(?:ing|ed)|transferr?(?:ing|ed)) (?:my (?:major|degree|course|program(?:me)?) |majors |degrees |courses |programs? )?(?:in)?to)\s+(?:the |a |an )?(?:((?:BFA|BA|BSc|BS|BEng|MA|MSc|MFA|MBA|PhD|bachelor'?s|master'?s|degree|program(?:me)?|course|major)\s+(?:in|of)\s+))?((?:[\p{L}&'-]+ ){0,3}?[\p{L}&'-]+)(?: (?:program(?:me)?|degree|major|course|track))?(?=\s*(?:[,.;!?()]|$)|\s+(?:at|this|next|last|from|so|and|but|because|now|instead|yesterday|today|recently|earlier|already|finally|again|in (?:19|20)\d\d)\b)`), make: (m) => {
    // A degree named by its letters is its field ("transfering to the LLB at cuhk"); "the law degree" names its own.
    const lettered = ownEntry(DEGREE_FIELDS, m[3].toUpperCase());
    if (!m[1] && !m[2] && !lettered && !/\b(?:my (?:major|degree|course|program)|majors|degrees|courses|programs?)\b|\s(?:program(?:me)?|degree|major|course)$/i.test(m[0])) return null;
    if (PRONOUN_START.test(m[3]) || /^(?:bankruptcy|war|independence|income|victory|defeat|it|that|this|them|my|our|his|her|their)\b/i.test(m[3])) return null;
    if (lettered) return slotFact('education', `User studies ${lettered} (${m[3].toUpperCase()}).`, lettered, 0.75);
    const degree = m[2] ? /^\S+/.exec(m[2])![0] : '';
    const named = /^(?:BFA|BA|BSc|BS|BEng|MA|MSc|MFA|MBA|PhD)$/i.test(degree) ? ` (${degree})` : '';
    return slotFact('education', `User studies ${m[3]}${named}.`, m[3], 0.75);
  } },
  // A company the user founded or runs, said as done: "Awa and I registered the company: Dugukolo Analytics", "we
  // launched our startup, Kilnwise", "I founded Brightpath Labs"; and a chief's title said bare ("she's CEO, I'm CTO").
  { re: r(String.raw`\b(?:I|we|\p{Lu}\p{L}+ and I)(?:'ve| have)? (?:just |finally |officially )?(?:registered|founded|co-?founded|started|launched|incorporated|set up) (?:a |the |our |my )?(?:(?:new |own |little |tech |software )?(?:company|startup|start-up|business|firm|agency|studio|cooperative|co-op)(?: (?:last|this) (?:week|month|year)| today| yesterday)?(?: called| named|:|,)? )?(\p{Lu}[\p{L}&'-]*(?: \p{Lu}[\p{L}&'-]*){0,3})`), make: (m) => {
    // The pattern reads case-blind: the name is its capitalised words, as typed.
    const name = m[1].replace(/(?:\s+\p{Ll}\S*)+$/u, '');
    if (!/^\p{Lu}/u.test(name) || /^(?:I|A|The|My|Our|It|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(name)) return null;
    if (!/\b(?:company|startup|start-up|business|firm|agency|studio|cooperative|co-op|founded|co-?founded|incorporated)\b/i.test(m[0])) return null;
    const together = /\band I\b|^we\b/i.test(m[0]);
    return slotFact('employer', `User ${together ? 'co-founded' : 'founded'} ${name}.`, name, 0.8);
  } },
  { re: r(String.raw`\bI(?:'m| am) (?:now |also )?(?:the )?(CEO|CTO|COO|CFO|CMO|CPO|CIO|chief executive|chief technology officer|co-?founder|founder|managing director)\b(?: (?:of|at) (\p{Lu}[\p{L}&'-]*(?: \p{Lu}[\p{L}&'-]*){0,3}))?`), make: (m) => slotFact('occupation', `User is ${/^(?:co-?founder|founder|managing director|chief)/i.test(m[1]) ? 'the ' : ''}${m[1]}${m[2] ? ` of ${m[2]}` : ''}.`, m[1], 0.75) },
  // Where they studied: "I studied at Bogomolets National Medical University in Kyiv", "I graduated from Trinity College
  // Dublin", "I went to uni in Glasgow", "I did my degree at UCL".
  { re: r(String.raw`\bI (?:studied|trained|qualified|graduated|did (?:my |a )?(?:degree|training|bachelor'?s|masters?|master'?s|phd|PhD)|went to (?:uni|university|college|med school|medical school|law school|nursing school)) (at|from|in) (?:the )?(\p{Lu}[\p{L}&'-]*(?: (?:of |de |for |and )?\p{Lu}[\p{L}&'-]*){0,6})(?: in (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?))?`), make: (m) => (m[1].toLowerCase() === 'in' && !/\bwent to\b/i.test(m[0]) ? null : slotFact('education', `User studied ${m[1].toLowerCase() === 'in' ? 'in' : 'at'} ${m[2]}${m[3] ? ` in ${m[3]}` : ''}.`, m[2], 0.7)) },
  // Health and diet
  // A device the user lives with or carries, said in passing: "I have an epipen", "I carry an inhaler", "I've got a
  // pacemaker now", "I wear hearing aids". Kept with health: whoever plans a day out or a meal with them needs it.
  { re: r(String.raw`\bI(?:'ve| have)? (?:now |also |always |still )?(?:have|carry|use|got|wear|had) (?:an? |my |two |2 )?(?:new )?(epi-?pens?|auto-?injectors?|adrenaline pens?|inhalers?|insulin pumps?|CGM|glucose monitor|hearing aids?|pacemaker|cochlear implants?|CPAP(?: machine)?|stoma|colostomy bag|ostomy bag)\b(?! (?:for|to) (?:my|her|his|their|the) (?:son|daughter|kid|child|mum|mom|dad|husband|wife|partner|class|students))`), make: (m) => {
    const said = m[1].toLowerCase();
    const [name, verb] = /epi|auto|adrenaline/.test(said) ? ['an EpiPen (adrenaline auto-injector)', 'carries'] : /inhaler/.test(said) ? ['an inhaler', 'carries'] : /hearing/.test(said) ? ['hearing aids', 'wears'] : [article(said.replace(/s$/, '')), 'has'];
    return slotFact(`health:device:${said.replace(/[^a-z]+/g, '-').replace(/s$/, '')}`, `User ${verb} ${name}.`, said, 0.9);
  } },
  { re: r(String.raw`\bI(?:'m| am) (?:severely |very |highly |deathly )?allergic to ${VALUE}`), make: (m) => {
    const v = withoutClosingQuote(m[1].replace(JOKING, '').replace(TRAILING, ''));
    return v && !NOT_AN_ALLERGEN.test(v) ? slotFact(`allergy:${allergen(v)}`, `User is allergic to ${v}.`, v, 0.95) : null;
  } },
  { re: r(String.raw`\b(?:I have|I've got|I have got|my) (?:an? )?(severe |serious |mild |bad |life-threatening |deadly )?(?!(?:an?|the|this|that|some|any|no|such an?)\s+allergy\b)([\p{L} -]{2,30}?) allergy\b`), make: (m) => (short(m[2], 3) && !PRONOUN_START.test(m[2]) ? slotFact(`allergy:${allergen(m[2])}`, `User has a ${m[1] ? `${m[1].toLowerCase()} ` : ''}${m[2].toLowerCase()} allergy.`, m[2], 0.95) : null) },
  // "I have an allergy to cucumber", "my allergy to cucumber: 10/10 severe (lips, throat…)": the allergen named after
  // the word, as "allergic to" names it; up to where the sentence goes on to say how bad it is.
  { re: r(String.raw`\b(?:I have|I've got|I have got|my) (?:an? )?(?:severe |serious |mild |bad |life-threatening |deadly |real |known |confirmed )?(?:allergy|allergies) to (\p{L}[\p{L} '-]{1,40}?)(?=\s*(?:[:,.;!?()\n]|$|\s+(?:is|was|has|gets|got|makes|means|and|but|so|since|because|that|which)\b))`), make: (m) => {
    const v = m[1].replace(JOKING, '').replace(TRAILING, '');
    return v && !NOT_AN_ALLERGEN.test(v) && !PRONOUN_START.test(v) ? slotFact(`allergy:${allergen(v)}`, `User is allergic to ${v}.`, v, 0.95) : null;
  } },
  // The everyday words too: "I'm veggie", "I'm vego" (Australian) are vegetarian, "I'm plant-based" vegan.
  { re: r(String.raw`\bI(?:'m| am) (?:now |strictly )?(?:an? )?(vegetarian|vegan|pescatarian|lactose intolerant|gluten[- ]free|celiac|coeliac|diabetic|pregnant|veggie|vego|veggo|plant[- ]based)(?![\p{L}-])`), make: (m) => m[1].toLowerCase() === 'pregnant' ? slotFact('health:pregnancy', 'User is pregnant.', 'pregnant', 0.9) : slotFact('diet', `User is ${everydayDiet(m[1].toLowerCase())}.`, everydayDiet(m[1].toLowerCase()), 0.85) },
  // "i eat fish again now btw so pescatarian": fish back on the plate, meat still off, is pescatarian.
  { re: r(String.raw`\b(?:I|we)(?:'m| am|'re| are|'ve| have)? (?:now |just |recently )?(?:(?:started|begun|began|start) eating (?:fish|seafood)(?: and seafood| and fish)? again|(?:went|gone|going|am going|'m going) back to eating (?:fish|seafood)(?: and seafood| and fish)?|eat(?:ing)? (?:fish|seafood)(?: and seafood| and fish)? again)\b(?![^.!?\n]*\b(?:and|&) (?:meat|chicken)\b)`), make: () => slotFact('diet', 'User is pescatarian.', 'pescatarian', 0.85) },
  // "not me, i eat everything 😂", "I'm an omnivore", "no dietary restrictions": a diet too, so it replaces "vegan" in its
  // slot. The clause must end there: "I eat anything spicy" or "I'll eat anything you cook" says no such thing.
  { re: r(String.raw`\bI(?:'ll| will)? eat (?:literally |pretty much |basically |just about )?(?:everything|anything)(?=\s*(?:[,.;!?)]|$|\p{Extended_Pictographic}|(?:lol|haha|tbh|honestly|really|though|tho|lmao)\b))|\bI(?:'m| am) (?:an |a )?omnivore\b|\bI (?:have|got) no (?:dietary|diet|food) (?:restrictions|requirements)\b`), make: () => slotFact('diet', 'User eats everything (no dietary restrictions).', 'everything', 0.8) },
  // "vegetarian btw.", "btw vegan", "pescatarian here, any ideas": the diet said as the whole sentence, with a word that
  // says it is told in passing ("vegetarian options here" names a menu, not the user).
  { re: r(String.raw`^(?:(?:oh|also|and|ps|p\.s\.)[,:]?\s+)*(?:(?:btw|fyi|by the way)[,:]?\s+(?:(?:strict|strictly|fully|lifelong)\s+)?(vegetarian|vegan|pescatarian)(?=\s*(?:[.!]|$))|(?:(?:strict|strictly|fully|lifelong)\s+)?(vegetarian|vegan|pescatarian)(?:,?\s+(?:btw|fyi|by the way)|\s+here)(?=\s*(?:[,.;!)]|$)))`), make: (m) => { const d = (m[1] || m[2]).toLowerCase(); return slotFact('diet', `User is ${d}.`, d, 0.85); } },
  // "so pescatarian now I guess", "fully vegan now!": a diet word opening its sentence with "now" is the user's state
  // (not "vegan now has a section", said of a menu: the word must close its clause or run on to "I guess"/"for real").
  { re: r(String.raw`^(?:(?:so|and|ok|okay|well|yeah|basically|officially|fully|strictly|properly|now)\s+)*(vegetarian|vegan|pescatarian)\s+now\b(?=\s*(?:[,.;!?)]|$|(?:I guess|I think|lol|haha|for real|for good|btw)\b))`), make: (m) => slotFact('diet', `User is ${m[1].toLowerCase()}.`, m[1].toLowerCase(), 0.85) },
  // "so yeah keto again, but …", "paleo now": a diet of its own slot said the same way.
  { re: r(String.raw`^(?:(?:so|and|ok|okay|well|yeah|basically|officially|fully|strictly|properly|now)\s+)*(keto|paleo|low[- ]carb|carnivore|plant[- ]based)\s+(?:now|again)\b(?=\s*(?:[,.;!?)]|$|(?:but|I guess|I think|lol|haha|for real|for good|btw)\b))`), make: (m) => slotFact(`diet:${m[1].toLowerCase().replace(/\s+/g, '-')}`, `User follows a ${m[1].replace(/\s+/g, '-')} diet.`, m[1], 0.85) },
  // "Back to vegetarian, full stop", "I've gone vegan", "I went back to being vegetarian", "I'm going vegetarian from
  // this week" (not "for a month", a trial).
  { re: r(String.raw`\b(?:back to (?:being )?(?:an? )?(?:fully |full |strictly |completely |100% )?|(?:I|we)(?:'ve| have)? (?:gone|went) (?:back )?(?:to being )?(?:fully |full |strictly |completely )?|(?:I|we)(?:'m| am|'re| are) going (?:back to being )?(?:fully |full |strictly |completely )?)(vegetarian|vegan|pescatarian)\b(?![^.!?\n]*\b(?:for (?:a|one|two|three|a few) (?:days?|weeks?|months?)|for (?:lent|january|veganuary)|challenge|trial)\b)`), make: (m) => slotFact('diet', `User is ${m[1].toLowerCase()}.`, m[1].toLowerCase(), 0.85) },
  // "I've had type 2 diabetes about 10 years", "I've lived with asthma since I was a kid": had for a long time (not "I've
  // had a migraine all week", a passing bout).
  { re: r(String.raw`\bI(?:'ve| have) (?:had|lived with|been living with|been diagnosed with|suffered from|struggled with) ${CONDITION}\b${ILLNESS_NAMING_WORK}(?![^.!?\n]{0,12}\b(?:all (?:day|week|night|morning|weekend)|today|tonight|this (?:week|morning|month)|since (?:yesterday|this morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|for (?:a|two|three|a few|several) (?:days?|hours?))\b)`), make: (m) => slotFact(`health:${m[1].toLowerCase()}`, `User has ${m[1]}.`, m[1], 0.9) },
  // "I have chronic hand eczema", "I suffer from severe asthma": how long-lasting or bad it is, and where, said before it.
  { re: r(String.raw`\bI(?: have|'ve got| have got| was diagnosed with| live with| suffer from) ${CONDITION_SAID_AS}${CONDITION}\b${ILLNESS_NAMING_WORK}`), make: (m) => slotFact(`health:${m[2].toLowerCase()}`, `User has ${`${m[1] ?? ''} ${m[2]}`.replace(/\s+/g, ' ').trim()}.`, m[2], 0.9) },
  // "I have Brugada syndrome", "I was diagnosed with Kawasaki disease": a condition named after the doctor who described
  // it, which no list holds all of. The name is capitalised as typed (read case-blind, "I have imposter syndrome" or
  // "a rare disease" would pass), one or two words, then "syndrome" or "disease".
  { re: new RegExp(String.raw`(?<![\p{L}'’])I(?: have|'ve got| have got|'ve had| have had| was diagnosed with| live with| suffer from) ((?:\p{Lu}\p{Ll}+(?:['’]s)?(?:[- ]\p{Lu}\p{Ll}+(?:['’]s)?)?) (?:syndrome|disease))(?![\p{L}])${ILLNESS_NAMING_WORK}`, 'u'), make: (m) => slotFact(`health:${m[1].toLowerCase()}`, `User has ${m[1]}.`, m[1], 0.9) },
  // "I have the epilepsy since I am child", "I've got the diabetes": the article many learners (and older speakers) put
  // before an illness; only where the illness ends the clause or a time follows it ("I have the asthma inhaler" names
  // a thing).
  { re: r(String.raw`\bI(?: have|'ve got| have got| have had|'ve had) the ${CONDITION}(?=\s*(?:[,.;!?)]|$)|\s+(?:since|for|from|and|but|so|too|as well|all my life|now)\b)`), make: (m) => slotFact(`health:${m[1].toLowerCase()}`, `User has ${m[1]}.`, m[1], 0.9) },
  // "since i'm type 1 diabetic", "I have T1D": a kind of diabetes, said as what the user is.
  { re: r(String.raw`(?:\bI(?:'m| am|'ve been| have been)|^(?:(?:so|well|yeah|ok|okay|also)[,\s]+)?been) (?:a )?(type [12]) diabetic\b|\bI(?: have|'ve got| live with) (T1D|T2D)\b`), make: (m) => { const t = m[1] ? m[1].toLowerCase() : m[2].toUpperCase() === 'T1D' ? 'type 1' : 'type 2'; return slotFact('health:diabetes', `User has ${t} diabetes.`, `${t} diabetes`, 0.9); } },
  // "My cluster headaches are back", "my eczema's flaring up again": a condition of the user's that comes back or flares
  // is one they live with. Not a single bout ("my migraine is back", "my cold is back": a cold is not on the list).
  // "My asthma has been acting up": the same, said as going on.
  { re: r(String.raw`\bmy ${CONDITION}(?:(?:'s|’s| is| are| have| has)(?: been)?)? (?:back|come back|came back|flaring(?: up)?|flared(?: up)?|acting up|playing up)\b`), make: (m) => (/^migraine$/i.test(m[1]) ? null : slotFact(`health:${m[1].toLowerCase()}`, `User has ${m[1]}.`, m[1], 0.9)) },
  // "since my IBS diagnosis in january": a diagnosis the user owns.
  { re: r(String.raw`\bmy (?:recent |new |official )?${CONDITION} diagnosis\b`), make: (m) => slotFact(`health:${m[1].toLowerCase()}`, `User has ${m[1]}.`, m[1], 0.9) },
  // A test's result told as the condition it found: "just got my DEXA back: osteoporosis, T-score -2.8", "my biopsy came
  // back — sarcoidosis", "my bloods came back and it's anemia". The user's own test ("the biopsy came back" may be
  // anyone's), and the condition right after: "came back: not diabetes" and "came back clear" name none.
  { re: r(String.raw`\b(?:(?:got|getting|get) (?:my|the) ${TEST_DONE} (?:results? )?back|my ${TEST_DONE} (?:results? )?(?:came|come|is|are) back)(?: (?:today|yesterday|this morning|finally))?\s*(?::|—|–|\s-|,? and it(?:'s| is| says| showed)|,? (?:it )?(?:says|said|showed|shows|confirmed))\s+${CONDITION}\b`), make: (m) => slotFact(`health:${m[1].toLowerCase()}`, `User has ${m[1]}.`, m[1], 0.9) },
  // "i've been doing low FODMAP on the dietitian's orders", "I'm on a keto diet": a way of eating kept up (not one
  // tried "this month" or "for a challenge").
  { re: r(String.raw`\bI(?:'ve| have|'m| am)? (?:been |now |still |started |just started |currently |back |going back |gone back |went back )?(?:doing|on|following|eating|sticking to|living on|going|gone|went|switching to|switched to) (?:a |an |the )?(?:strict |mostly )?(low[- ]FODMAP|keto(?:genic)?|paleo|low[- ]carb|dairy[- ]free|low[- ]sodium|low[- ]salt|low[- ]fat|low[- ]protein|renal|carnivore|plant[- ]based|halal|kosher|mediterranean)(?: diet)?\b(?![^.!?\n]*\b(?:(?<!(?:from|starting|since) )this (?:week|month)|for (?:a|one|two|three|a few) (?:days?|weeks?|months?)|challenge|trial)\b)`), make: (m) => { const d = m[1].toLowerCase().replace(/\s+/g, '-'); return slotFact(`diet:${d}`, `User follows a ${m[1].replace(/\s+/g, '-')} diet.`, m[1], 0.85); } },
  { re: r(String.raw`\bI (?:don't|do not|never|no longer|can't|cannot) (?:eat|drink) (meat|pork|beef|fish|seafood|shellfish|dairy|milk|cheese|eggs|gluten|wheat|nuts|sugar|alcohol|caffeine|coffee)\b`), make: (m) => slotFact(`diet:no-${m[1].toLowerCase()}`, `User doesn't ${/drink|alcohol|coffee|caffeine|milk/i.test(m[0]) && /drink/i.test(m[0]) ? 'drink' : 'eat'} ${m[1].toLowerCase()}.`, m[1], 0.8) },
  // Family and pets
  { re: r(String.raw`\b(?:I|we)(?: have|'ve got| have got|'ve| just got| got| (?:just )?(?:adopted|rescued|took in|brought home))? an? (?:(?:old|new|little|rescue|senior|young|big|tiny|fat|grumpy|lazy|sweet|black|white|ginger|grey|gray|brown|tabby) )?${PET} (?:named|called) ${VALUE}`), make: (m) => slotFact(`pet:${m[2].toLowerCase()}`, `User has a ${m[1].toLowerCase()} named ${m[2]}.`, m[2], 0.7) },
  // Not a name that heads a thing of the lab's or the team's: "our lab Slack channel", "my lab Teams group".
  { re: r(String.raw`\b(?:my|our) ${PET}(?:'s name is| is (?:named|called)|,? (?=\p{Lu})) ?(?![\p{L}'-]+ (?:channel|group|chat|account|server|workspace|team|page|meeting|notebook|report|results?|data|rota|schedule|manual|calendar|drive|folder)\b)${NAME}`), make: (m) => named(m[2], (n) => slotFact(`pet:${n.toLowerCase()}`, `User has a ${m[1].toLowerCase()} named ${n}.`, n, 0.7)) },
  // "our golden retriever bosse is 13": a pet's name typed in lower case, told by where it stands.
  { re: r(String.raw`\b(?:my|our) (?:old |new |little |rescue |sweet )?${PET},? (\p{Ll}[\p{L}'-]{1,15})(?=,? (?:is|has|was|gets|keeps|loves|hates|just)\b|'s\b)`), make: (m) => (/^\p{Lu}/u.test(m[2]) || NOT_A_PET_NAME.test(m[2]) ? null : slotFact(`pet:${m[2].toLowerCase()}`, `User has a ${m[1].toLowerCase()} named ${properCase(m[2])}.`, properCase(m[2]), 0.7)) },
  // "my dog (Biscuit) hates the vet", "I'm keeping the dog (pepper, lab mix)": the name in brackets after the animal.
  { re: r(String.raw`\b(?:my|our|(?:I(?:'m| am)?|we(?:'re| are)?)\s+(?:keeping|kept|got|adopted|rescued|took in|have|'ve got)\s+(?:a|an|the))\s+(?:(?:old|new|little|rescue|senior|young|sweet)\s+)?${PET}\s+\((\p{L}[\p{L}'’-]{1,15})(?=\s*[,;)]|\s+(?:the|a|an|is|aged?)\b)`), make: (m) => (NOT_A_PET_NAME.test(m[2]) ? null : slotFact(`pet:${m[2].toLowerCase()}`, `User has a ${m[1].toLowerCase()} named ${properCase(m[2])}.`, properCase(m[2]), 0.7)) },
  { re: r(String.raw`\bI(?: have| own|'ve got| have got) (an?|one|two|three|four|five|\d+) ${PET}s?\b(?! named| called)`), make: (m) => slotFact(`pets:${m[2].toLowerCase()}`, `User has ${m[1].toLowerCase()} ${m[2].toLowerCase()}${/^(?:an?|one)$/i.test(m[1]) ? '' : 's'}.`, m[2], 0.65) },
  { re: r(String.raw`\b(?:my|our) ${RELATION}(?:'s name)? is (?:named |called )?${VALUE}`), make: (m) => (short(m[2], 3) && /^\p{Lu}/u.test(m[2]) ? slotFact(`family:${m[1].toLowerCase()}`, `User's ${m[1].toLowerCase()} is ${m[2]}.`, m[2], 0.7) : null) },
  // "I've been seeing someone new, Theo", "I started dating Priya": the user's partner now.
  { re: r(String.raw`\bI(?:'ve| have|'m| am)? (?:been |started |just started |now )?(?:seeing|dating|going out with|in a relationship with|together with) (?:someone(?: new)?|a guy|a girl|a woman|a man|this guy|this girl)?,? ${NAME}`), make: (m) => named(m[1], (n) => slotFact('family:partner', `User is seeing ${n}.`, n, 0.7)) },
  { re: r(String.raw`\b(my|our) (?:new |current )?${RELATION} ${NAME}\b(?!')`), make: (m) => named(m[3], (n) => relative(m[1], m[2], n)) },
  // After a comma the name may be the next item of a list ("my brother, Rex and I": Rex may be the dog): only an
  // apposition counts (closed by a comma or the clause: "my aunt, Ines, and I", "with my uncle, Bo").
  { re: r(String.raw`\b(my|our) (?:new |current )?${RELATION}, (\p{Lu}[\p{L}'-]+)\b(?!['’])(?!\s+(?:and|&|or)\b)`), make: (m) => named(m[3], (n) => relative(m[1], m[2], n)) },
  { re: r(String.raw`\b(?:my|our) ${RELATION}(?:,? ${NAME},?)? (?:lives|is living|now lives|has moved|moved|just moved) (?:in|to) ${VALUE}`), make: (m) => (short(m[3], 5) && properName(m[2]) === m[2] ? slotFact(`family:${m[1].toLowerCase()}${m[2] ? ` ${m[2].toLowerCase()}` : ''}:location`, `User's ${m[1].toLowerCase()}${m[2] ? ` ${m[2]}` : ''} lives in ${m[3]}.`, m[3], 0.7) : null) },
  { re: r(String.raw`\b(?:my|our) ${RELATION}(?:,? ${NAME},?)? works (?:at|for) ${VALUE}`), make: (m) => (short(m[3], 6) && !PRONOUN_START.test(m[3]) && properName(m[2]) === m[2] ? slotFact(`family:${m[1].toLowerCase()}${m[2] ? ` ${m[2].toLowerCase()}` : ''}:employer`, `User's ${m[1].toLowerCase()}${m[2] ? ` ${m[2]}` : ''} works at ${m[3]}.`, m[3], 0.65) : null) },
  // "my son Ollie has a peanut allergy", "my wife is allergic to penicillin": a relative's allergy is a safety fact for
  // every meal or outing the user plans with them. One slot per person and allergen.
  { re: r(String.raw`\b(?:my|our) ${RELATION}(?:,? ${NAME},?)? (?:has|'s got|has got) (?:an? )?(?:severe |serious |mild |bad |life-threatening |deadly )?((?:[\p{L}-]+ )?[\p{L}-]+) allergy\b`), make: (m) => relativeAllergy(m[1], m[2], m[3], 'allergy') },
  { re: r(String.raw`\b(?:my|our) ${RELATION}(?:,? ${NAME},?)? is (?:severely |very |highly |deathly )?allergic to ${VALUE}`), make: (m) => relativeAllergy(m[1], m[2], m[3]) },
  { re: r(String.raw`\bI (?:usually |normally |always |now )?commute (?:by|on) ([\p{L} ]{2,20}?) (?:to|into) ${VALUE}`), make: (m) => (short(m[2], 5) ? slotFact('commute', `User commutes by ${m[1].toLowerCase()} to ${m[2]}.`, m[2], 0.6) : null) },
  // Projects and what they are learning
  { re: r(String.raw`\b(?:I'm|I am|I've been|I have been|we're|we are|we've been) (?:(?:currently|now|still|slowly|just|also) ){0,2}(building|developing|writing|making|creating|designing|coding|working on|learning|studying|training for|renovating|restoring|migrating) ${LONG_VALUE}`), make: (m) => project(m[1], m[2]) },
  // Goals: "I'm saving up for a house deposit", "I'm trying to lose weight" (a life goal, not "trying to understand X").
  { re: r(String.raw`\b(?:I'm|I am|I've been|I have been|we're|we are) (?:(?:currently|now|still|really|slowly|also) ){0,2}(saving (?:up )?for|preparing for|studying for) ${LONG_VALUE}`), make: (m) => project(m[1], m[2]) },
  { re: r(String.raw`\b(?:I'm|I am|I've been|I have been) (?:(?:currently|now|still|really|seriously) ){0,2}(trying to) ((?:lose|quit|stop|cut (?:down|back) on|get (?:fit|in shape|stronger)|eat (?:less|more|better|healthier)|drink less|sleep (?:more|better)|save|run|walk|read|learn|pay off|build (?:muscle|up)|gain)\b${LONG_VALUE})`), make: (m) => project(m[1], m[2]) },
  { re: r(String.raw`\bmy (project|app|site|website|startup|thesis|repo|codebase|backend|frontend|api|service|game|bot)(?:'s stack)? (?:uses|is built (?:with|on|in)|is written in|runs on) ${LONG_VALUE}`), make: (m) => (short(m[2], 16) ? { kind: 'fact' as const, text: `User's ${m[1].toLowerCase()} uses ${m[2]}.`, value: m[2], importance: 0.7 } : null) },
  { re: r(String.raw`\b(?:I|we) (?:deploy|host|run) (?:it|this|the (?:app|api|site|project|service|backend|frontend)|our (?:app|api|site|project|service|backend|frontend)) (on|to|with|in) ${LONG_VALUE}`), make: (m) => (short(m[2], 10) ? { kind: 'fact' as const, text: `User deploys their project ${m[1].toLowerCase()} ${m[2]}.`, value: m[2], importance: 0.6, slot: 'user/deploys' } : null) },
  { re: r(String.raw`\bI (?:just |recently |finally )?(started|began|joined|enrolled in|signed up for) (an? (?:[^,.;!?\n]{1,80}?\s)?(?:course|class|classes|program|programme|degree|job|club|team|choir|band|group|lessons|training|internship|apprenticeship)\b(?:[ \t][^,.;!?\s]+){0,8})`), make: (m) => {
    // Joining a club is not founding it: the verb the user said stays.
    // "started a new job last monday as a software tester": the job rules say what it is.
    if (/\b(?:job|role|position)\b[^,.;!?\n]*\bas\b/i.test(m[2])) return null;
    const verb = /^(?:started|began)$/i.test(m[1]) ? 'started' : m[1].toLowerCase();
    // The tail stops at a new clause ("… and have been practising", not "… gaming and coding") or a purpose ("a choir to
    // meet people").
    // A conjunction left at the end, its clause cut by a comma ("Joined a travel club and, like I said, …"), goes too.
    const v = m[2]
      .split(/\s[-–—]\s|\s(?:and|but)\s(?=(?:I|we|it|it's|they|he|she|have|has|had|am|is|was|are|were|will|can|then|now|so)\b)|\s(?:so|because|since|which|who|where|to)\s/)[0]!
      .trim()
      .replace(/\s+(?:and|but|or|so)$/i, '');
    return { kind: 'fact' as const, text: `User ${verb} ${thirdPerson(v)}.`, value: v, importance: 0.65 };
  } },
  // Habits ("I always book a window seat"; "These days I book aisle seats"; "I run three times a week")
  { re: r(String.raw`\bI (always|usually|normally|generally|typically|mostly|tend to|often|regularly) ([\p{L}]+) ([^,.;!?\n]{2,80})`), make: (m) => habit(m[1].toLowerCase() === 'tend to' ? 'tends to' : m[1], m[2], m[3]) },
  { re: r(String.raw`(?:^|[,;]\s*|\b(?:but|and|so)\s+)(?:these days|nowadays|lately|now|as of (?:today|now|this (?:week|month|year))|from today|currently),? I ([\p{L}]+) ([^,.;!?\n]{2,80})`), make: (m) => habit('', m[1], m[2]) },
  // "I switched from window to aisle seats": the new value is current (the old one is retracted below).
  { re: r(String.raw`\bI(?:'ve| have)? (?:switched|changed|moved|gone) from ([^,.;!?\n]{1,40}?) to ${VALUE}`), make: (m) => (short(m[2], 6) && !PRONOUN_START.test(m[2]) ? { kind: 'preference' as const, text: `User switched from ${thirdPerson(m[1])} to ${thirdPerson(m[2])}.`, value: m[2], importance: 0.6 } : null) },
  { re: r(String.raw`\bI (?:now|nowadays) ([\p{L}]+) ([^,.;!?\n]{2,80})`), make: (m) => habit('', m[1], m[2]) },
  // "I drive down from Fort Madison every morning", "I commute in from Reading every day": where the user sets out from
  // each working day is their home, and a later move replaces it (not the habit's own line, which would stay current).
  { re: r(String.raw`\bI (?:also |still )?${COMMUTE_FROM} (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}) (?:every (?:single )?(?:morning|day|weekday|workday|work day)|each (?:morning|day|weekday)|daily)\b`), make: (m) => (properName(m[1]) === m[1] ? slotFact('location', `User lives in ${m[1]}.`, m[1], 0.7) : null) },
  { re: r(String.raw`\bI (?:also |still )?([\p{L}]+) ((?:[^,.;!?\n]{0,40}? )?(?:every (?:day|morning|evening|night|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|weekly|(?:once|twice|\w+ times) (?:a|per|every) (?:day|week|month)|on (?:weekends|weekdays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)))\b(?=\s*(?:[,.;!?]|$|and\b|but\b|so\b|because\b|which\b))`), make: (m) => habit('', m[1], m[2]) },
  // A pastime taken up: "I've taken up pottery", "I got into bouldering this year".
  { re: r(String.raw`\bI(?:'ve| have)? (?:just |recently |finally |also )?(?:taken up|took up|gotten into|got into) ${VALUE}`), make: (m) => (short(m[1], 5) && !PRONOUN_START.test(m[1]) && !/^(?:the (?:phone|kids?)|my|him|her|groceries|the slack)\b/i.test(m[1]) ? { kind: 'preference' as const, text: `User took up ${thirdPerson(m[1])}.`, value: m[1], importance: 0.6 } : null), clause: true },
  // A pastime said by what replaced another or how it fills their time: "I've been doing pottery instead".
  { re: r(String.raw`\bI(?:'ve| have)? been (?:doing|practi[sc]ing|getting into|really into) ((?:[^,.;!?\n]){2,40}?) (?:instead|lately|these days|as a hobby|for fun)\b`), make: (m) => (short(m[1], 4) && !PRONOUN_START.test(m[1]) && !/\b(?:this|that|it|them|these|those)$/i.test(m[1]) && !/^(?:a lot|lots|some|more|less|overtime|nothing|ok|okay|well|fine|great|badly)\b/i.test(m[1]) ? { kind: 'preference' as const, text: `User has been doing ${thirdPerson(m[1])}.`, value: m[1], importance: 0.6 } : null), clause: true },
  // An instrument they play ("I play cello", "I play the trumpet too").
  // "…in the Graz Philharmonic": where they play, when it is a name.
  { re: r(String.raw`\bI (?:also |still |now )?play (the )?(${INSTRUMENT})\b(?: (?:in|with|for) (?:the )?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3}))?`), make: (m) => {
    const where = m[3] && properName(m[3]) === m[3] ? ` in the ${m[3]}` : '';
    return { kind: 'fact' as const, text: `User plays ${m[1] ? 'the ' : ''}${m[2].toLowerCase()}${where}.`, value: m[2].toLowerCase(), importance: 0.6 };
  }, clause: true },
  // Preferences
  { re: r(String.raw`\b(one of )?my (?:favou?rite) ([\p{L} ]{2,30}?) (?:is|are) ${VALUE}`), make: (m) => favorite(!!m[1], m[2], m[3]) },
  { re: r(String.raw`\bI (?:really |much |strongly |generally )?prefer ${VALUE}`), make: (m) => pref('prefers', m[1]), clause: true },
  { re: r(String.raw`\bI (?:really |absolutely |also |just |truly |genuinely )?(?:love|like|enjoy|adore) ${VALUE}${CONTINUATION}`), make: (m) => pref('likes', m[1], m[2]), clause: true },
  { re: r(String.raw`\bI(?:'ve| have) always (?:loved|liked|enjoyed) ${VALUE}${CONTINUATION}`), make: (m) => pref('likes', m[1], m[2]), clause: true },
  { re: r(String.raw`\bI(?:'m| am) (?:really |so |very |super |more |also |totally |big |huge |mostly |mainly |definitely |pretty |quite |especially |kind of |kinda )?(?:into|all about) ${VALUE}${CONTINUATION}`), make: (m) => pref('likes', m[1], m[2]), clause: true },
  { re: r(String.raw`\bI(?:'m| am) (?:a |an )?(?:big |huge |massive |great |longtime |long-time )?(?:fan of|lover of) ${VALUE}${CONTINUATION}`), make: (m) => pref('likes', m[1], m[2]), clause: true },
  { re: r(String.raw`\bI(?:'m| am|'ve always been| have always been) (?:really |so |very |super |truly |deeply )?passionate about ${VALUE}${CONTINUATION}`), make: (m) => pref('is passionate about', m[1], m[2]), clause: true },
  { re: r(String.raw`\bI (?:really )?(?:hate|dislike|can't stand|cannot stand|don't like|do not like) ${VALUE}`), make: (m) => pref('dislikes', m[1]), clause: true },
  // Instructions in a set form (the rest come from isInstructionToAssistant)
  { re: r(String.raw`^(?:please )?(?:answer|respond|reply|write|talk to me|speak to me)(?: to me)? in (${LANGUAGES_IN_ENGLISH.join('|')})\b`), make: (m) => { const lang = LANGUAGES_IN_ENGLISH.find((l) => l.toLowerCase() === m[1].toLowerCase()) ?? capitalize(m[1]); return slotFact('reply-language', `Reply to the user in ${lang}.`, lang, 0.9, 'instruction'); } },
  // "ok the spanish experiment is over, english again please": the reply language asked again, its verb left out.
  { re: REPLY_LANGUAGE_SAID_BACK, make: (m) => { const lang = replyLanguageSaidBack(m[0]); return lang ? slotFact('reply-language', `Reply to the user in ${lang}.`, lang, 0.9, 'instruction') : null; } },
];

/** Said of the site the user is on: "on here", "here on chatgpt", "on this site", "in this app". */
const ON_THIS_SITE = /\b(?:on here|here on \p{L}+|on this (?:site|app|platform|website)|in this app)\b/iu;
/** A site named as where an instruction holds: "On Gemini, always answer in French", "when I'm on Claude, …". */
// A name of three words or more goes by its last ones too ("Mistral Le Chat" is "Le Chat"), capitalised as the name is.
const SITE_NAMES = Object.entries(SITES).flatMap(([id, { name }]) => {
  const words = name.split(' ');
  return [...new Set([name, words[0]!, ...(words.length > 2 ? [words.slice(1).join(' ')] : [])])].map((n) => ({ id, n }));
});
const NAMED_SITE = new RegExp(String.raw`\b(?:on|in|over on|when(?:ever)? (?:I'm|I am|i'm) (?:on|in|using)|when(?:ever)? I use|when using)\s+(${SITE_NAMES.map((x) => x.n).join('|')})(?![\p{L}'’-])`, 'iu');
// "on" in the languages whose instructions other rules read: "sur Le Chat, réponds-moi…", "auf Gemini bitte…", "en
// ChatGPT, respóndeme…", "no Claude, responde…", "su Gemini…", "op Copilot…" (only for an instruction in one of them:
// in English "no Claude-style hedging" names no site).
const NAMED_SITE_ELSEWHERE = new RegExp(String.raw`(?:^|[^\p{L}])(?:sur|dans|auf|bei|en|em|no|na|su|op|bij)\s+(${SITE_NAMES.map((x) => x.n).join('|')})(?![\p{L}'’-])`, 'iu');
/** The site an instruction names as where it holds, by id ("le chat" in lower case is any chat, not the site). */
function namedSite(sentence: string, otherLanguage = false): string | undefined {
  const typed = (NAMED_SITE.exec(sentence) ?? (otherLanguage ? NAMED_SITE_ELSEWHERE.exec(sentence) : null))?.[1];
  const said = typed?.toLowerCase();
  const site = said ? SITE_NAMES.find((x) => x.n.toLowerCase() === said) : undefined;
  return site && (site.n.includes(' ') ? typed === site.n || typed === site.n.toUpperCase() : true) ? site.id : undefined;
}
/**
 * A rule split by case, said later than the rule it narrows and without an "always": "for the scraping stuff python
 * examples are fine, TS for everything else", "metric is fine for recipes, imperial for anything else". It is a
 * standing instruction of its own, kept in the user's words beside the older one.
 */
const SPLIT_RULE = /\b(?:is|are|'s|'re)\s+(?:(?:totally|perfectly|also|obviously|of course)\s+)?(?:fine|ok|okay|alright|allowed|acceptable)\b[^.!?]{0,40}?[,;—–-]\s*(?:but |and |otherwise )?[\p{L}+#.-]+(?: [\p{L}+#.-]+){0,2} (?:for|in|with) (?:everything|anything|all) else(?=\s*(?:[.,;!?)]|$|please\b|pls\b|thanks?\b))/iu;
/** Said of the conversation in hand: "in this chat", "for this conversation", "just for now". */
const THIS_CHAT_ONLY = /\b(?:(?:in|for) this (?:chat|conversation|thread|session)|just for now|for now|just this once)\b/i;

/**
 * An instruction said in another language, kept in the user's words, unless the rules for that language read it as
 * what they know ("Réponds-moi toujours en français" is the reply-language rule's, which a later language replaces).
 */
function ownWordsInstruction(sentence: string): boolean {
  return isInstructionInOtherLanguage(sentence) && !otherLanguageStatements(sentence).facts.some((f) => f.kind === 'instruction');
}

/** The clauses of a sentence (after a colon, between commas or emoji) that are instructions on their own. */
function instructionClauses(sentence: string, afterDroppedRule: boolean, typed = sentence): string[] {
  // What follows a colon, whole, first: "ground rules: from now on no emojis, ever" is one instruction, not two; "new
  // rule for answers: start with a TL;DR" is one by its announcement.
  const colon = sentence.indexOf(': ');
  if (colon > 0) {
    const intro = sentence.slice(0, colon);
    const afterColon = sentence.slice(colon + 2);
    // "two standing requests, for this and all future correspondence: use Canadian spelling throughout (colour,
    // centre), and do not use bullet points": each order announced is a rule of its own, taken back on its own.
    const announced = announcesRules(intro) ? announcedRules(afterColon) : [];
    if (announced.length > 1) return announced;
    if (isInstructionToAssistant(afterColon)) return ordersApart(afterColon);
    if (isReplacingRule(afterColon, intro)) return [afterColon];
    if (isFromNowOn(intro) && !afterColon.trim().endsWith('?') && afterColon.trim().split(/\s+/).length >= 2) return [afterColon];
  }
  // "stop with the bullet points please. write in short paragraphs": what replaces a rule just taken back.
  // Read as typed: "no paragraphs, no bullets" opens with what would otherwise be a correction's "no".
  if (afterDroppedRule && isReplacingRule(typed)) return [typed.trim()];
  // Not inside brackets: "(colour, not color)" is one example (examples-in-brackets.ts).
  const clauses = splitOutsideBrackets(sentence, /[:;]\s+|,\s+|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u{FE0F}\u{200D}]*\s*/u);
  return clauses.length > 1 ? clauses.filter((c) => c.trim().length > 0 && isInstructionToAssistant(c)) : [];
}

/**
 * "Always answer in metric, and never use emojis": two standing orders said in one sentence are kept apart, so that
 * taking one back ("you can use emojis again") leaves the other. Only where each part is an order of its own.
 */
function ordersApart(sentence: string): string[] {
  const parts = announcedRules(sentence);
  return parts.length > 1 && parts.every((p) => isInstructionToAssistant(p)) ? parts.map(capitalize) : [sentence];
}

/** The orders after a rule's announcement, each apart: split at ";" and at ", and" outside brackets. */
function announcedRules(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const cut = /^(?:;\s+|,?\s+and\s+(?=(?:do not|don't|never|always|please|use|write|keep|avoid|answer|reply|give|put|spell|stick)\b))/i.exec(text.slice(i));
      if (cut && (c === ';' || c === ',' || c === ' ')) {
        parts.push(text.slice(from, i));
        from = i + cut[0].length;
        i = from - 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0 && (isReplacingRule(p) || isInstructionToAssistant(p)));
}
/** A rule's name group as the capitalised name it must be (null when it is not one). */
function named<T>(v: string, make: (name: string) => T): T | null {
  const n = properName(v);
  // "my daughter Sara's birthday": a possessive, not her name.
  return n && !/['’]s$/.test(n) ? make(n) : null;
}
/**
 * "my sister Ana": who a relative is. A partner is one at a time ("my girlfriend Sam" after "my boyfriend Tom"), so
 * the user's own partner has a slot and a new one supersedes the old; "our partner Acme" may be a business's.
 */
function relative(owner: string, relation: string, name: string) {
  const rel = relation.toLowerCase();
  const text = `User's ${rel} is ${name}.`;
  return /^my$/i.test(owner) && PARTNER.test(rel) ? slotFact('family:partner', text, name, 0.7) : { kind: 'fact' as const, text, value: name, importance: 0.7 };
}
const PARTNER = /^(?:wife|husband|partner|spouse|girlfriend|boyfriend|fianc[eé]e?)$/i;
/** What a job taken is called ("assistant winemaker", "bursar"): a few words that say a kind of work, not "new" or "onshore" alone. */
function jobTaken(v: string) {
  const job = v.trim().replace(/^(?:new|full-time|part-time|permanent|temporary|onshore|offshore|local|remote|dream|first|second)\s+/i, '');
  // "got a no for a summer job": words of a clause, no job title.
  if (/\b(?:for|a|an|the|of|to|in|at|with|on|from|no|not|my|your)\b/i.test(job)) return null;
  if (!job || !short(job, 4) || !/\p{L}{3,}(?:er|or|ist|ian|ant|ent|ee|man|woman|ive|eer|ier|ar|ard|ect|ice|ic|ef|ot|e)$/iu.test(job.split(' ').pop()!)) return null;
  if (/^(?:new|same|old|dream|other|next|last|big|good|great|best|part|full|side|day|night|summer|weekend|holiday)$/i.test(job)) return null;
  return slotFact('occupation', `User works as ${article(job)}.`, job, 0.75);
}
/** "User is doing A levels at Greengates Sixth Form (bio, chem and psychology)." — only when it is the user's own doing now. */
function studyingFor(m: RegExpExecArray | null) {
  if (!m) return null;
  const [all, what = '', fieldSaid, atSaid, subjects] = m;
  // A bare "I'm a degree" or "I do a diploma" says nothing; the verb of doing or starting must be there.
  if (!/\b(?:doing|taking|studying for|starting|started|do|start)\b/i.test(all)) return null;
  // "in may", "of course": a time or a phrase, not a field.
  const field = fieldSaid && !PRONOUN_START.test(fieldSaid) && !/^(?:it|this|that|them|my|our|the|a|an|course|may|june|july|august|september|october|november|december|january|february|march|april|spring|summer|autumn|fall|winter|total|all|part|full)\b/i.test(fieldSaid) ? fieldSaid : '';
  // Read case-blind: the place is its capitalised words, as typed.
  const at = atSaid?.replace(/(?:\s+\p{Ll}\S*)+$/u, '');
  const name = /^a[- ]?levels?$/i.test(what) ? 'A levels' : what.replace(/^the /i, '');
  const list = subjects && /,|\band\b|&/.test(subjects) && !/^(?:which|that|who|so|and|but|because|it|I|we|starting|from|in|my|the)\b/i.test(subjects) ? ` (${subjects.replace(/\s*&\s*/g, ' and ')})` : '';
  const article_ = /^(?:degree|bachelor|master|diploma|apprenticeship|doctorate|foundation|part|online|distance|postgrad|BA|BSc|MA|MSc|MBA|MPhil|PhD|PGCE|NVQ|HND)/i.test(name) ? (/^[aeiou]/i.test(name) || /^(?:MA|MSc|MBA|MPhil|NVQ|HND)$/.test(name) ? 'an ' : 'a ') : '';
  const text = `User is doing ${article_}${name}${field ? ` in ${field}` : ''}${at && /^\p{Lu}/u.test(at) ? ` at ${at}` : ''}${list}.`;
  return slotFact('education', text, `${name}${field ? ` in ${field}` : ''}`, 0.75);
}
/** A workplace typed in lower case is still one when its last word says what it is ("assiniboine animal hospital"). */
const WORKPLACE_NOUN = /^(?:[\p{Ll}&'’-]+ ){1,4}(?:hospital|clinic|surgery|practice|school|academy|college|university|library|museum|bank|hotel|restaurant|café|cafe|bakery|pharmacy|council|ministry|agency|bureau|studio|gallery|theatre|theater|factory|warehouse|garage|company|firm|group|foundation|institute|centre|center|laboratory|lab|station|airport|port|zoo|farm|mill|brewery|winery|shop|store|market|club|church|mission|cooperative|co-op|ltd|inc|llc|gmbh)$/u;
/**
 * "the circuit court in Baltimore", "the salmon hatchery in dover", "the county licensing office in Moses Lake": the one workplace of its kind in a named place is a
 * name too, in whatever case it is typed ("at the hospital" alone is any hospital).
 */
const THE_WORKPLACE_IN = /^the (?:[\p{Ll}&'’-]+ ){0,3}(?:hospital|clinic|surgery|school|college|university|library|museum|bank|hotel|council|court|courthouse|prison|station|airport|port|zoo|farm|mill|brewery|winery|factory|warehouse|depot|plant|mine|hatchery|fishery|nursery|dairy|quarry|shipyard|dockyard|observatory|aquarium|cathedral|church|ministry|embassy|consulate|theatre|theater|gallery|lab|laboratory|office) (?:in|at|on|near|outside) (?!(?:the|a|an|my|our|this|that|town)\b)(?:\p{L}[\p{L}'’.-]*)(?: \p{L}[\p{L}'’.-]*)?$/u;
/** An employer must be a name ("at Globex"), not "at a startup" or "at the moment". */
/** A place of study, not of work: "a student at the University of Leeds". */
const STUDYING = /\b(?:student|pupil|undergrad(?:uate)?|postgrad(?:uate)?|fresher|schoolgirl|schoolboy)s?\b/i;
function employer(v: string, jobAt = false) {
  // "… at the Harbour Playhouse in Plymouth starting September": when it starts is not part of the name.
  let name = v.replace(/\s+(?:starting|beginning|as of|until|till)\b.*$/i, '').replace(TRAILING, '').trim();
  // "got the … job at the Harbour Playhouse": where a job is, a name said with "the" is the name (not "started at the
  // Museum of Modern Art, where I saw …", a visit, nor "a student at the University of …").
  // An initialism counts as a name: "a nurse at the BRI".
  if (jobAt) name = name.replace(/^the (?=\p{Lu}\p{Ll}|\p{Lu}{2,6}\b)/u, '');
  const named = /^\p{Lu}/u.test(name) || (WORKPLACE_NOUN.test(name) && !/^(?:the|a|an|my|our|his|her|their|this|that|work|home)\b/.test(name)) || THE_WORKPLACE_IN.test(name);
  // "the county vehicle licensing office in Moses Lake": the one of its kind in a named place is bounded by its shape.
  return named && (short(name, 6) || THE_WORKPLACE_IN.test(name)) && !PRONOUN_START.test(name) ? slotFact('employer', `User works at ${name}.`, name, 0.75) : null;
}
/**
 * "User teaches Grade 6 maths at Mavalani Primary in Giyani.": where it is taught, when a name, is the user's workplace,
 * so the fact holds the employer slot with the place as its value; taught nowhere named, it is a fact of its own.
 */
function taughtAt(text: string, value: string) {
  const at = /\bat (?:the )?(\p{Lu}[\p{L}'’&-]*(?: (?:of |for |and |the )*\p{Lu}[\p{L}'’&-]*){0,4})/u.exec(value)?.[1];
  if (!at || NOT_AN_EMPLOYER.test(at)) return { kind: 'fact' as const, text, value, importance: 0.75 };
  return slotFact('employer', text, at, 0.75);
}
/** Capitalised words that follow "joining" and are no employer. */
const NOT_AN_EMPLOYER = /^(?:Mum|Mom|Dad|Mother|Father|Grandma|Grandpa|Christmas|Easter|Diwali|Eid|Ramadan|Hanukkah|Thanksgiving|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Zoom|Teams|Slack|Discord|Reddit|Twitter|Facebook|Instagram|TikTok|Strava)\b/;
/** A pet the user just got: "we adopted a rescue cat", "I got a puppy". */
const PET_GOT = r(String.raw`\b(?:we|I)(?:'ve| have)? (?:just |finally )?(?:adopted|got|rescued|brought home|took in) (?:a|an|our|my) (?:new |little |rescue |tiny )*${PET}\b`);
/**
 * A pet announced as news with no "I" or "we", as terse messages put it: "new kitten. pip. 10 wks", "got a new puppy,
 * Rolo", "new rescue greyhound — Juno". Only at the sentence's start, and only a new one or one just got.
 */
const PET_NEW_SAID_BARE = r(String.raw`^(?:(?:so|and|omg|guess what|update|news|big news|finally)[,:!]?\s+)*(?:(?:just |finally )?(?:got|adopted|rescued|brought home) (?:a |an |our |my )?(?:new |little |rescue |tiny )*|(?:a |our |my )?new (?:little |rescue |tiny )*)${PET}\b`);
/** Its name said right after it, set off by a comma or a dash: "new kitten, Pip", "got a puppy — rolo". */
const PET_NAME_SET_OFF = /^\s*(?:,|—|–|-|:)\s*(?:(?:called|named|meet)\s+)?(\p{L}[\p{L}'’-]{1,15})(?=\s*(?:[.!,;]|$))/u;
/** Its name as a sentence of its own after the news, perhaps with "meet": "new kitten. pip.", "New puppy! Meet Rolo." */
const PET_NAME_ALONE = /^(?:(?:meet|this is|say hi to)\s+)?(\p{L}[\p{L}'’-]{1,15})\s*[.!]*$/iu;
/** Words that stand alone after such news and are no name: a cry, a request, a word about the pet. */
const NOT_A_PET_NAME_ALONE = /^(?:yay|aww+|adorable|cute|finally|help|tips|advice|questions?|ugh|lol|omg|wow|love|excited|amazing|so|yes|yep|no|male|female|boy|girl|tiny|chaos|anyway|thoughts|ideas|names|name|food|update|news|hi|hello|thanks|sorry|ok|okay|\p{L}+(?:able|ible|ful|ous|ing|ed|ly))$/iu;
/** Its name after a comma later in the sentence: ", a husky mix called Kóoshdaa", ", she's called Pip". */
const PET_CALLED_LATER = /^[^.!?\n]{0,60}?,[^.!?\n,]{0,30}?\b(?:called|named)\s+(\p{Lu}[\p{L}\p{M}'’-]{1,15})\b/u;
/** Its name, said next: "her name's saga", "his name is Pip", "we called him Rolo". */
/** A pet's name put right in the next breath: "Oops, autocorrect — her name is Marmalade", "sorry, his name's Pip". */
const PET_NAME_PUT_RIGHT = r(String.raw`^(?:(?:oops|whoops|sorry|typo|(?:damn |stupid |bloody )?autocorrect|I mean|I meant|correction)[\s,!.:;—–-]*)+(?:her|his|its|their) name(?:'s|’s| is) ([\p{L}'’-]{2,15})\b`);
const PET_NAMED_NEXT = r(String.raw`^(?:(?:her|his|its|their) name(?:'s| is)|we(?:'ve)? (?:called|named) (?:her|him|it|them)) ([\p{L}'-]{2,15})\b`);
/** Words after "our dog" that are no name ("our dog really is", "my cat also has"). */
const NOT_A_PET_NAME = /^(?:really|just|always|never|still|also|now|then|is|has|was|gets|keeps|loves|hates|who|which|that|and|but|so|too|very|often|sometimes|usually|finally|actually|basically|literally|definitely|probably|seems|is|the|a|an|of|in|at|on|for|with|from|to)$/i;
/** A time said inside what would be a name ("kestrel labs next month"): capitalised names have their own rules. */
const TIME_WORD = /\b(?:next|this|last|on|in|from|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\b/i;
/** A name typed in lower case, as a name: "maplewave health" → "Maplewave Health" (one already capitalised stays). */
function properCase(v: string): string {
  return v.replace(/(^|\s)(\p{Ll})/gu, (_all, space: string, c: string) => space + c.toUpperCase());
}
/** A job's name in the singular: "senior accountants" → "senior accountant", "GPs" → "GP", "nurses" → "nurse". */
function singular(job: string): string {
  return job.replace(/(?:(?<=[^s])s|(?<=(?:ss|sh|ch|x))es)$/i, '');
}
/** Capitalised words after "I'm" that say where someone is from or what they believe, not who they are. */
const NOT_A_NAME = new RegExp(
  '^(?:' +
    [
      'OK|Okay|Sorry|Back|Home|Away|Off|Out|Not|Just|Also|Still|Originally|Fresh|Straight|Here|Done|Fine|Good|Ready|Vegan|Vegetarian|Gay|Trans|Autistic',
      'Christian|Catholic|Protestant|Muslim|Jewish|Hindu|Buddhist|Sikh|Mormon|Atheist|Agnostic',
      'Scot|Brit|Dane|Swede|Finn|Pole|Turk|Aussie|Yankee',
      // Adjectives of nationality (nationality.ts), of any -ese, and of a region or a city: "I'm Japanese", "I'm Texan".
      `${NATIONALITY_ADJECTIVE}|\\p{L}+ese|African|Asian|European|Caribbean|Latino|Latina|Texan|Californian|Parisian|Londoner|Berliner|New Yorker`,
    ].join('|') +
    ')$',
  'u',
);
function introducedName(v: string) {
  // "British-Nigerian", "Anglo-Irish": a nationality joined to another is no name either.
  return v.split(' ').every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !NOT_A_NAME.test(v) && !v.split('-').some((w) => NOT_A_NAME.test(w)) ? slotFact('name', `User's name is ${v}.`, v, 0.9) : null;
}
/** Capitalised words that sign off or describe, and are no one's name ("Best Regards", "Very Tired", "Team Lead"). */
const NOT_A_NAME_WORD = /^(?:Very|Really|So|Too|Quite|Best|Kind|Warm|Warmest|Regards|Love|Lots|Cheers|Thanks|Thank|Many|Yours|Sincerely|Truly|All|The|Team|Lead|Senior|Junior|Head|Chief|Manager|Director|Officially|Finally|Just|Now|Happy|Tired|Done|Back|Free|Single|Married|Mr|Mrs|Ms|Dr)$/;
/** A full name, first and last, said as the user's own (each word a name, none a sign-off or a state). */
function fullName(v: string) {
  return v.split(' ').some((w) => NOT_A_NAME_WORD.test(w)) ? null : introducedName(v);
}
/** "a tanker", "an ambulance", "an HGV" (said "aitch"): the article a vehicle is said with. */
function vehicleArticle(v: string): string {
  return `${/^(?:[aeiou]|HGV)/i.test(v) ? 'an' : 'a'} ${v}`;
}
function article(v: string): string {
  return /^(?:an?|the)\s/i.test(v) ? v : `${/^[aeiou]/i.test(v) ? 'an' : 'a'} ${v}`;
}
/** "Ollie has a peanut allergy", said after the turn named Ollie as the user's child ("Ollie is 7 and Mae is 4"). */
function namedChildAllergies(sentence: string, known: FactCandidate[]) {
  const out = [];
  for (const f of known) {
    const child = /^User's (son|daughter|child) (\p{Lu}[\p{L}'-]+) /u.exec(f.slot?.startsWith('user/child:') ? f.text : '');
    if (!child) continue;
    const name = child[2]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(String.raw`\b${name} (?:(?:has|'s got|has got) (?:an? )?(?:severe |serious |mild |bad |life-threatening |deadly )?((?:[\p{L}-]+ )?[\p{L}-]+) allergy\b|is (?:severely |very |highly |deathly )?allergic to ${VALUE})`, 'iu').exec(sentence);
    const made = m && relativeAllergy(child[1]!, child[2]!, (m[1] ?? m[2])!, m[1] ? 'allergy' : 'allergic');
    if (made) out.push(made);
  }
  return out;
}
/** "User's son Ollie is allergic to peanut." in the slot of that person and allergen. */
function relativeAllergy(relation: string, name: string | undefined, what: string, said: 'allergy' | 'allergic' = 'allergic') {
  // "allergic to him", "allergic to it all": a pronoun names no allergen.
  if (!short(what, 3) || PRONOUN_START.test(what) || /^(?:him|her|them|it|me|us|you|that|this|those|these|everything|anything|something|all|most)\b/i.test(what) || (name && properName(name) !== name)) return null;
  const who = `${relation.toLowerCase()}${name ? ` ${name}` : ''}`;
  const text = said === 'allergy' ? `User's ${who} has ${article(`${what.toLowerCase()} allergy`)}.` : `User's ${who} is allergic to ${what.toLowerCase()}.`;
  return slotFact(`family:${who.toLowerCase()}:allergy:${allergen(what)}`, text, what, 0.9);
}
/**
 * "I'm allergic to Mondays lol", "allergic to cardio", "allergic to effort": a figure of speech. No allergist tests for a
 * day, a time, a task or people; a laugh after it says so too.
 */
const NOT_AN_ALLERGEN =
  /^(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays|weekends?|mornings?|early mornings|evenings|nights|january|winter|summer|work|working|my job|jobs|homework|housework|chores|meetings|emails?|effort|exercise|cardio|running|the gym|gyms|math|maths|people|small talk|adulting|responsibility|commitment|drama|stupidity|nonsense|bullshit|bs|deadlines|paperwork|taxes|spreadsheets|you|him|her|them|it|this|that)\b/i;
/** A laugh after the allergen, and whatever follows it: not part of what the user is allergic to. */
const JOKING = /\s*(?:(?:lol|lmao|haha+|hehe|jk)\b|😂|🤣|😅|😆).*$/iu;
/**
 * "I live in zsh", "I live in sweatpants", "I live in my inbox": where the user spends their time, a tool or clothes,
 * not a home (a home said in lower case, "i live in dunedin", still reads as one).
 */
const LIVED_IN_FIGURATIVELY =
  /^(?:zsh|bash|fish|vim|neovim|emacs|tmux|the (?:terminal|shell|command line|cli|editor|ide|kitchen|gym|library|studio|garage|lab|office)|terminal|vs ?code|excel|sheets|google sheets|spreadsheets|figma|notion|obsidian|slack|teams|jira|outlook|gmail|my inbox|email|photoshop|linux|windows|docker|git|sweat ?pants|sweats|hoodies|jeans|leggings|pyjamas|pajamas|pjs|flip[- ]flops|sneakers|trainers|headphones|my headphones)\b/i;
/** Words a value must not end on: "taking walks on", "going to", "being in places like" were cut mid-phrase. */
const DANGLING = /\b(?:on|in|at|to|of|for|with|from|by|about|like|the|a|an|my|our|your|their|and|or|but)$/i;
/** Words that point at something shown, not named ("the color", "this one", "those"). */
const DEICTIC = /^(?:the|this|that|these|those|there|here)\b/i;
/** Verbs that say nothing on their own: "I love going", "I enjoy doing", "I love spending time" need their object. */
const LIGHT_GERUND = /^(?:going|doing|playing|spending time|spending|making|having|getting|being|taking|trying|seeing|working|using|putting|coming|giving|keeping|looking|curling up|hanging out|hanging|sitting|staying|heading|being able)(?:\s+(?:up|out|in|on|off|around|back|over|down))?$/i;
/** Someone else's ("I love their music", "her garden"), or a pronoun with nothing to point at ("feeding them"). */
const OTHERS = /^(?:his|her|hers|their|theirs|its|him|them|they|he|she|we|us|our|ours)\b|\b(?:him|her|them|it|its|his|their|they|he|she)\b|\b(?:to|in|into|at|on|from|about|of|with|for|like) (?:that|those|these|this)\b/i;
/** A value that ends pointing at something said before: "teaching that", "seeing those". */
const ENDS_POINTING = /\b(?:that|this|these|those|it|them|one)$/i;
/** A verb or a time where a thing was expected: from a relative clause or a cut ("is great", "every week"). */
const NOT_A_THING = /^(?:both|either|is|are|was|were|be|been|has|have|had|makes|made|does|did|gets|got|keeps|kept|brings|helps|means|gives|takes|feels|seems|sounds|looks|will|would|can|could|should|every|each|most|so much|more than|about it|a lot|lots)\b/i;
/** Words that add nothing at a value's end: "tea too", "shellfish as well", "boats ever (since)". */
const TRAILING = /(?:\s+(?:too|as well|also|either|ever|again|so much|a lot|anyway|though|lately|these days|now|right now|instead))+$/i;
/**
 * A quotation's closing mark left at the end of a value: "I keep telling them 'I'm allergic to penicillin' and they
 * forget" ends the allergen at "and", after the quote; with the mark kept, "penicillin'" would be an allergen of its own
 * that the same allergen said plainly never merges with. Only a mark with no opening one in the value.
 */
function withoutClosingQuote(v: string): string {
  return /^[^'‘"“]*['’"”]+$/u.test(v) ? v.replace(/['’"”]+$/u, '') : v;
}
function trimValue(v: string): string {
  return v.split(/\s[-–—]\s|\s[-–—]$|^[-–—]\s*/).find((x) => x.trim() !== '')?.trim().replace(TRAILING, '').replace(/[,\s]+$/, '') ?? '';
}
function pref(verb: string, value: string, continuation = '') {
  let v = trimValue(value.trim().replace(/^(?:[-–—]\s*)+/, '').replace(/^(?:also|too|really|just)\s+/i, ''));
  const more = continuation.trim();
  if (more && !/\s[-–—]\s/.test(value)) {
    const [, joiner, rest] = /^(\S+)\s+(.*)$/.exec(more) ?? [];
    const restWords = (rest ?? '').split(/\s+/);
    // "horror and mystery novels": a short second item shares the first one's noun. Not when "and" opens a clause.
    if (joiner?.toLowerCase() === 'and' && short(v, 2) && !LIGHT_GERUND.test(v) && restWords.length <= 4 && !/\b(?:I|I'm|we|you|he|she|they|it|it's|that|this|is|are|was|were|has|have|had|do|does|did|can|will|would|get|got|make|made)\b/i.test(rest ?? ''))
      v = `${v} and ${trimValue(rest!)}`;
    // "sitting down with a crossword", "cooking for my parents": a verb alone takes its phrase.
    else if (joiner?.toLowerCase() !== 'and' && (LIGHT_GERUND.test(v) || /^\p{L}+ing$/u.test(v))) v = `${v} ${joiner} ${trimValue(rest ?? '')}`.trim();
  }
  // "I love that!", "I like it when…", "I like to think…", "I love the color" (of a photo) say nothing durable; nor do
  // "I love going", "I love their music" (whose?), "a class I enjoy every week" (cut to "every week").
  if (PRONOUN_START.test(v) || DEICTIC.test(v) || DANGLING.test(v) || !short(v, 10) || v.length < 3) return null;
  if (LIGHT_GERUND.test(v) || OTHERS.test(v) || NOT_A_THING.test(v) || ENDS_POINTING.test(v)) return null;
  return { kind: 'preference' as const, text: `User ${verb} ${thirdPerson(v)}.`, value: v, importance: 0.55 };
}
/** "My favorite tea is oolong"; "One of my favorite films is Alien" (one of several: no slot). */
function favorite(oneOf: boolean, what: string, value: string) {
  const w = what.toLowerCase().trim();
  const v = trimValue(value);
  // "my favorite thing / one / part is…" names no kind of thing; "…is that", "…is when" name nothing either.
  if (/^(?:thing|things|one|ones|part|bit|kind|type|way|place|time|moment)s?\b/.test(w) || PRONOUN_START.test(v) || DEICTIC.test(v) || OTHERS.test(v) || !short(v, 10))
    return null;
  // "my favorite band is not Coldplay": what it is not is no favorite.
  if (/^(?:not|no longer|never)\b/i.test(v)) return null;
  if (oneOf) return { kind: 'preference' as const, text: `One of the user's favorite ${w} is ${thirdPerson(v)}.`, value: v, importance: 0.55 };
  return slotFact(`favorite:${w}`, `User's favorite ${w} is ${thirdPerson(v)}.`, v, 0.6, 'preference');
}
/** "I'm a structural engineer": the job, with up to three words before it ("a high school teacher"). */
/** Words that follow "I'm a nurse in" and name no place: "in training", "in charge", "in my spare time". */
const NOT_A_PLACE = /^(?:a|an|the|my|our|his|her|their|your|this|that|some|training|recovery|charge|general|theory|practice|principle|denial|disguise|name|spirit|reality|part|fact|love|trouble|debt|need|residence|person|demand|progress|transition|limbo|particular|short|total|effect|return|advance|time|case|order|shape|use|waiting|real|life|secret|private|public|it|there|here|town|disguise|heart|mind)$/i;
/**
 * "a community pharmacist in Manchester", "an accountant in manchester": where they work, said with the job. Names as
 * written (the regexes ignore case, so "Leeds and" can arrive: the capitalised head is kept); a place typed in lower case
 * is kept as typed unless it is a phrase like "in training".
 */
function workPlace(place: string): string {
  const words = place.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  const named = words.filter((w, i) => /^\p{Lu}/u.test(w) && words.slice(0, i).every((x) => /^\p{Lu}/u.test(x)));
  if (named.length) return ` in ${named.join(' ')}`;
  return words.some((w) => NOT_A_PLACE.test(w)) ? '' : ` in ${words.join(' ')}`;
}
/** A job of the list at the phrase's end: the list's own rules read it ("an air traffic controller at Anchorage"). */
const LISTED_JOB_LAST = new RegExp(String.raw`\b(?!${LEARNED_OCCUPATION}$)${OCCUPATION}$`, 'iu');
/** Nouns shaped like a job that say what the user is to something, not their work ("a big believer in Python"). */
const NOT_A_JOB_NOUN =
  /^(?:believer|fan|member|lover|beginner|newcomer|user|customer|client|follower|supporter|resident|visitor|tourist|passenger|survivor|winner|loser|reader|viewer|listener|subscriber|regular|partner|neighbour|neighbor|mother|father|brother|sister|daughter|son|grandmother|grandfather|owner|holder|sucker|stickler|perfectionist|optimist|pessimist|introvert|extrovert|vegetarian|librarian|christian|italian|canadian|australian|brazilian|indian|asian|european|american|other|another|either|over|under|after|whatever|matter|number|order|error|color|colour|floor|door|junior|senior|major|minor|visitor|donor)$/i;
function occupation(v: string, place = '', on = '') {
  const job = v.trim();
  // "I'm a big believer", "a bit of a…", "a huge fan": modifiers that are not part of a job title.
  if (/^an? (?:big|huge|massive|total|real|bit|little|terrible|bad|good|great|proud|happy|lucky)\b/i.test(job)) return null;
  const where = on ? ` ${on.trim()}` : workPlace(place);
  return slotFact('occupation', `User is ${job}${where}.`, job.replace(/^an?\s+/i, ''), 0.75);
}
/** A project that names nothing ("a project", "a difference", "a ton") is not worth keeping. */
const VAGUE_OBJECT = /^(?:an? |the |some |my |our )?(?:new |big |small |side |real |huge )?(?:project|thing|things|stuff|something|difference|ton|lot|bit|progress|headway|strides|it|that|this|one|way|job|work|effort|changes|plans|time|memories)$/i;
/** How hard or how much, where a project was expected: "I've been training so hard", "writing more". */
const NOT_AN_OBJECT = /^(?:real|really|so|very|super|pretty|hard|harder|a lot|lots|more|less|too|much|on and off|nonstop|like crazy|again)\b/i;
function project(verb: string, value: string) {
  // An aside after a dash is not the project ("a project lately - it's been pretty cool").
  let v = value.split(/\s[-–—]\s|\s[-–—]$|^[-–—]/)[0]!.trim().replace(/[,\s]+$/, '');
  v = v
    .replace(/\s+(?:lately|now|these days|recently|currently|at the moment|right now)$/i, '')
    .replace(/\s+(?:(?:this|next|last|every) (?:week|weekend|month|year|summer|winter|spring|autumn|fall|morning|evening)|today|tonight|tomorrow|yesterday)$/i, '')
    .replace(TRAILING, '');
  // "learning to knit", "learning how to sail" name a skill; "working on to…" names nothing.
  const skill = /^(?:learning|training)$/i.test(verb) && /^(?:how )?to \p{L}/iu.test(v);
  if (skill) v = v.replace(/^how /i, '');
  const object = skill ? v.slice(3) : v;
  // "still learning their messy files": someone else's thing is no project of the user's.
  if (PRONOUN_START.test(object) || /^(?:their|his|her|your|its)\b/i.test(object) || v.length < 3 || (!skill && /^(?:on|for|to|about|with|up|out|it)\b/i.test(v)) || VAGUE_OBJECT.test(object) || NOT_AN_OBJECT.test(object) || DANGLING.test(v))
    return null;
  const ws = v.split(/\s+/);
  if (ws.length > 18) v = ws.slice(0, 18).join(' ').replace(/,[^,]*$/, '');
  const what = verb.toLowerCase() === 'working on' ? 'working on' : verb.toLowerCase();
  return { kind: 'fact' as const, text: `User is ${what} ${thirdPerson(v)}.`, value: v, importance: 0.7 };
}
/** An instruction as the memory says it; one for a single site says which ("On ChatGPT, always reply in Spanish."). */
function instruction(sentence: string, site?: string) {
  let t = withoutOldName(sentence).trim().replace(/^(?:(?:please|pls|plz|also|and|but|just|so|oh|ok(?:ay)?|btw|one (?:more )?thing)[,:\s]+)+/i, '');
  // Asked politely, kept as the order it is: "Would you please write to me in paragraphs?" → "Write to me in paragraphs."
  t = t.replace(/^(?:would|could|can|will) you (?:please |kindly )?(?=\p{Ll})/iu, '').replace(/\?+$/, '');
  t = t.replace(/[\s,;:]+$/, '');
  // The site is said once, first: "on here", "here on Gemini" or "… on Gemini" in the sentence are what made it.
  const name = site ? (ownEntry(SITES, site)?.name ?? site) : '';
  if (site) t = t.replace(/^(?:on here|here on \p{L}+)[,\s]+/iu, '').replace(new RegExp(String.raw`\s+(?:on|in)\s+(?:${SITE_NAMES.filter((x) => x.id === site).map((x) => x.n).join('|')})\b(?!['’])`, 'iu'), '');
  t = site ? `On ${name}, ${t}` : capitalize(t);
  if (!/[.!?]$/.test(t)) t += '.';
  // How to sign what the assistant drafts is one setting: a later "sign my emails 'Giulia Bortolin'" replaces the
  // earlier "sign them 'Giulia Hargreaves'" (kept in its history), as a later reply language replaces the one before.
  const signOff = SIGN_OFF.test(t) && !site ? { slot: 'user/sign-off' } : {};
  return { kind: 'instruction' as const, text: t, value: t, importance: 0.9, ...signOff };
}
/** An order about how to sign the user's emails or letters, with the signature quoted or named after "as". */
const SIGN_OFF = /\bsign (?:off )?(?:my |the |all |every |any )?(?:work )?(?:emails?|e-mails?|letters?|messages?|notes?|them|it|off)?\b[^.!?\n'"‘“]{0,30}?(?:['"‘“]|\bas \p{Lu}|\bwith \p{Lu})/iu;

const RETRACTIONS: { re: RegExp; slot?: string }[] = [
  { re: r(String.raw`\bI(?:'m| am) not (?:an? )?(vegetarian|vegan|pescatarian|lactose intolerant|gluten[- ]free|celiac|diabetic)\b`), slot: 'user/diet' },
  { re: r(String.raw`\bI(?:'m| am) no longer (?:an? )?(vegetarian|vegan|pescatarian|lactose intolerant|gluten[- ]free|celiac|diabetic)\b`), slot: 'user/diet' },
  { re: r(String.raw`\bI(?:'m| am)(?: not| no longer) allergic to ${VALUE}`) },
  { re: r(String.raw`\bI (?:don't|do not|no longer) (?:actually |really )?(?:live|reside) in ${VALUE}`), slot: 'user/location' },
  { re: r(String.raw`\bI (?:don't|do not|no longer) (?:actually |really )?work (?:at|for) ${VALUE}`), slot: 'user/employer' },
  { re: r(String.raw`\bI (?:don't|do not|no longer) (?:actually |really )?work as (?:an? )?${VALUE}`), slot: 'user/occupation' },
  { re: r(String.raw`\bmy name is(?:n't| not) ${VALUE}`), slot: 'user/name' },
  // "my favourite band is not Coldplay", "my favourite food isn't sushi anymore".
  { re: r(String.raw`\bmy favou?rite [\p{L} ]{2,30}? (?:is|are)(?:n't| not) (?:really |actually )?${VALUE}`) },
  { re: r(String.raw`\bI (?:don't|do not|no longer) (?:actually |really )?(?:like|love|enjoy|prefer) ${VALUE}`) },
  // "I don't actually have a cat", "I no longer have a car"
  { re: r(String.raw`\bI (?:don't|do not|no longer|didn't|never) (?:actually |really |even )?(?:have|own|had|owned) (?:an? |any |one |two )?${VALUE}`) },
  // "No — we're not in Yirgacheffe", "I'm not based in Leeds": the user's household or business is where the user is.
  { re: r(String.raw`\b(?:(?:I(?:'m| am)|we(?:'re| are)) (?:not|no longer)|we aren't) (?:actually |really )?(?:(?:based|located) (?=in\b))?(?:an? )?${VALUE}`) },
  // "no no, I never summited", "I haven't qualified": a deed the assistant took as done, a verb alone (as a correction).
  { re: r(String.raw`\bI(?: have |'ve | )(?:never|haven't|have not|didn't|did not) (?:actually |really |even |ever )?(\p{L}{3,}(?:ed|en|t))(?=\s*(?:[,.;!?)—–]|$)|\s+(?:it|that|either|yet|in my life|myself)\b)`) },
  // "I was wrong about the cat", "forget what I said about Porto": whatever was said about it was not true.
  { re: r(String.raw`\b(?:I was wrong about|I got it wrong about|(?:forget|ignore|disregard|scratch|scrap|strike) (?:what I (?:said|told you)(?: (?:a while back|a while ago|earlier|before|last time|the other day|back then))?|that bit|the bit|that part|the part) about) (?:the |my |a |an )?${VALUE}`) },
  // "I switched from window to aisle seats", "I used to prefer window seats": the old value is no longer current.
  { re: r(String.raw`\b(?:I|we)(?:'ve| have)? (?:(?:finally|now|just|decided to|agreed to)\s+)?(?:switch(?:ed)?|chang(?:ed|e)|mov(?:ed|e)|migrat(?:ed|e)|gone|port(?:ed)?)(?: (?:our |my |the )?(?:CI|stack|infra|infrastructure|hosting|backend|frontend|database|DB|site|app|apps|code|services?|workloads?|builds?|repos?|pipelines?|email|accounts?|everything|it|them))? (?:from|off) ([^,.;!?\n]{1,40}?) (?:to|onto)\b`) },
  // "we finished moving off the self-managed cluster, everything runs on EKS now": moved off, where to said apart.
  { re: r(String.raw`\b(?:I|we)(?:'ve| have)? (?:finished|completed|done|finally|just) (?:moving|migrating|switching) (?:everything |it all )?off ([^,.;!?\n]{2,40}?)(?=\s*(?:[,.;!?]|$)|\s+(?:and|so|now|this|last)\b)`) },
  // "closed the etsy shop for good", "shut down my old blog for good": a shop or account the user closed.
  { re: r(String.raw`\b(?:I|we)?(?:'ve| have)? ?(?:closed|shut(?: down)?|deleted|cancelled|canceled) (?:the |my |our )?((?:[\p{L}&'-]+ ){0,2}?(?:shop|store|account|blog|channel|page|stall|subscription|membership)) (?:for good|permanently|once and for all)\b`) },
  // "sold the truck, way too much stress", "we closed the bakery in March": a business the user ran is theirs no more.
  // Not pottery sold (what a potter makes) or a workshop closed (a session ends so too).
  { re: r(String.raw`(?:^|[,;:—–-]\s*|\b(?:I|we|update|so|finally|officially|just)(?:'ve| have)?\s+)(?:sold|closed(?: down)?|shut down|wound up) (?:the|my|our) ((?:little |old |small )?(?!(?:pottery|workshop)\b)(?:${BUSINESS_KINDS}|truck))\b(?!['’]|\s+(?:down|for|to|on|at|sign|window|door|floor|fridge|van)\b)(?![^,.;!?\n]{0,30}\b(?:today|tonight|early|temporarily|for now|this (?:morning|afternoon|evening|week|weekend)|until|till)\b)`) },
  // The same in the languages a business of one's own is read in (working-life.ts): "ho lasciato la bottega di
  // Scandicci, l'ho ceduta a i' mi' socio", "vendí la panadería", "j'ai vendu la boulangerie", "fechei a loja". Not
  // "ho lasciato le chiavi in bottega": the business is what is sold, closed, handed on or left.
  { re: r(String.raw`(?<![\p{L}])(?:(?:ho|abbiamo) (?:venduto|chiuso|ceduto|lasciato)|(?:vendí|vendi|cerré|cerre|traspasé|traspase|vendimos|cerramos|traspasamos)|(?:j'ai|nous avons) (?:vendu|fermé|ferme|cédé|cede)|(?:fechei|fechamos|vendemos|passei|passamos)) (?:il |la |lo |l'|i' ?|el |le |les |a |o )?(?:mi[oa]? |nostr[oa] |mon |ma |notre |mi |nuestr[oa] |minha |meu |nossa |nosso )?((?:${OWN_PLACE_KINDS}))(?![\p{L}])`) },
  // "we shut jenkins down on friday", "we decommissioned the old VPN": a tool or service that is gone (not "the shop").
  { re: r(String.raw`\bwe(?:'ve| have)? (?:finally |officially )?(?:shut|turned|switched) ((?!(?:the|our|my|a|an|it|them|everything|down|off)\b)[\p{L}\p{N}][\p{L}\p{N}.-]*(?: [\p{L}\p{N}.-]+)?) (?:down|off)\b`) },
  { re: r(String.raw`\bwe(?:'ve| have)? (?:finally |officially )?(?:shut down|decommissioned|sunset(?:ted)?|turned off|switched off) ((?!(?:the|our|my|a|an|it|them|everything)\b)[\p{L}\p{N}][\p{L}\p{N}.-]*(?: [\p{L}\p{N}.-]+)?)(?=\s*(?:[,.;!?)]|$)|\s+(?:on|last|this|for|and|but|so|yesterday|today)\b)`) },
  { re: r(String.raw`\bI used to ((?:[\p{L}]+) [^,.;!?\n]{2,60}?)(?= but\b| and\b| until\b| before\b|[,.;!?\n]|$)`) },
  // "I no longer book window seats", "I don't drink coffee anymore": a habit that stopped (needs no longer / anymore).
  { re: r(String.raw`\bI (?:no longer|don't|do not|never) ([\p{L}]+ [^,.;!?\n]{2,60}?)(?= anymore\b| any more\b| these days\b|[,.;!?\n]|$)`) },
];

/** "it's my sister who's vegan, not me", "that's my husband who works nights, not me". */
const NOT_ME = [
  r(String.raw`\b(?:it's|it is|that's|that is|it was|that was) (?:my|our) [\p{L}' ]{2,25}? who(?:'s| is|'re| are| was| has| does)? (?:an? )?([^,.;!?\n]{2,40}?),? (?:not|but not) (?:me|I|myself)\b`),
  // "mom's the diabetic, not me", "my husband is the vegan one, not me".
  r(String.raw`\b(?:my )?[\p{L}']{2,20}(?:'s| is) the ([\p{L} -]{2,30}?)(?: one)?,? (?:not|but not) (?:me|I|myself)\b`),
  // "I'm not the allergic one, Tomás is", "I'm not the vegetarian, my wife is".
  r(String.raw`\bI(?:'m| am) not the ([\p{L} -]{2,30}?)(?: one)?,? (?:my )?[\p{L}']{2,20} (?:is|was)\b`),
];
/** The assistant's turn just before said the value of the user ("As a nurse, you…", "Since you're vegan"). */
function saidJustBefore(value: string, replyTo: string | undefined): boolean {
  if (!replyTo) return false;
  const v = cleanValue(value).replace(/^(?:an?|the)\s+/i, '');
  if (v.length < 3 || v.split(/\s+/).length > 4) return false;
  return new RegExp(String.raw`\b(?:you(?:'re| are)|as an?|since you(?:'re| are)|being an?|for an?|you,? an?)\s+(?:an? )?${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'iu').test(replyTo);
}

/** "Miso is my sister's cat", "that car belongs to my brother": what the subject names is not the user's. */
const NOT_MINE = [
  r(String.raw`^(.{1,60}?) (?:is|was|are|were) (?:actually |really )?(?:my|our) ([\p{L} ]{2,20}?)['’]s\b`),
  r(String.raw`^(.{1,60}?) (?:belongs|belonged) to (?:my|our) ([\p{L} ]{2,20})`),
  r(String.raw`^(.{1,60}?) (?:is|was|are|were)(?:n't| not) (?:mine|ours)\b`),
];
const MEAT_AGAIN = r(String.raw`\bback to eating (?:meat|chicken)\b|\b(?:start(?:ed|ing)? )?eat(?:ing)? (?:meat|chicken)(?: and (?:meat|dairy|fish))? (?:again|like before)\b`);
const ENDED_STATE = String.raw` (?:is|was|has been|have been|are|were|got|'s) (?:now |officially |finally |just )?(?:been )?(?:cancel(?:l)?ed|called off|scrapped|shelved|abandoned|finished|completed|wrapped up|over|dead)\b`;
// Not what ends every time it happens ("my shift is over"; ends-every-time.ts).
const ENDED = r(String.raw`\b(?:the|our|my) (?!${ENDS_EVERY_TIME}${ENDED_STATE})((?:[\p{L}-]+ ){0,4}?[\p{L}-]+)${ENDED_STATE}`);
/** The same with a name for subject ("Kestrel is cancelled"): capitalised, checked by the caller (the flags ignore case). */
const ENDED_NAME = r(String.raw`(?:^|[,;:]\s*|\b(?:so|and|but|news|update)\b,?\s*)(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})${ENDED_STATE}`);
// Said as done, or as decided ("I'll stop teaching completely, fresh start"): not "I might stop", "should I quit".
const STOPPED = r(String.raw`\bI(?:(?:'ve| have)? (?:just |finally )?(?:quit|gave up(?: on)?|given up(?: on)?|abandoned|dropped out of|stopped(?! by\b| at\b| in\b| off\b| for\b))|(?:'ll| will) (?:just |finally |now |then )?(?:quit|give up(?: on)?|stop(?= \p{L}+ing\b))) ${VALUE}`);
/** "…, not Porto." / "not Jon, it's John": a contrast that corrects a value (and may give the new one). */
const NOT_X_ITS_Y = r(String.raw`\bnot ([^,;.!?\n]{1,40}?),? (?:it'?s|it is|it was|but|rather|i mean|just) ([^,;.!?\n]{1,40})`);
// A colon ends the contrast as a full stop does: "this one is about me, not a patient: I have …" contrasts "a patient".
const COMMA_NOT_X = r(String.raw`,\s*not ((?:(?!:\s)[^,;.!?\n\p{Extended_Pictographic}]){1,40}?)\s*(?=[,;.!?\n\p{Extended_Pictographic}]|:\s|$)`);
/** "…, Lisbon now": the value that replaces a retracted one. */
const NEW_VALUE_NOW = r(String.raw`[,;]\s*(?:but |and )?(?:it'?s |i'?m |i am |we'?re |now )?(?:in |at |with |a |an )?([^,;.!?\n]{1,40}?) now\b`);
const VAGUE = /^(?:really|yet|at all|sure|quite|exactly|too|so|very|much|always|necessarily|just|only|now|anymore|even|a lot|bad|great|that|this|it|me|mine|ours|one|true|right|correct|sure yet|for now|today|now though)$/i;

/** A retracted value as the facts would say it: "in Porto anymore" → "Porto", "type 2 at all" → "type 2". */
function cleanValue(v: string): string {
  // "a sister — that was my colleague's story": an aside after a dash is not the value.
  return v
    .split(/(?:^|\s)[-–—](?:\s|$)/)[0]!
    .trim()
    .replace(/\s+(?:anymore|any more|right now|at the moment|now|these days|either|though|really|actually|at all)$/i, '')
    .replace(/^(?:in|at|with|for|from|a|an|the|any|my|our)\s+/i, '')
    .replace(/^(?:in|at|with|for|from|a|an|the|any|my|our)\s+/i, '')
    .trim();
}

/**
 * A sentence that sets up make-believe: a role-play, a game of pretend, a story in which the user is someone else, or a
 * game of that kind asked for by its name ("let's play a text adventure", "let's do a murder mystery").
 */
const FICTION_FRAME =
  /\b(?:let'?s (?:role-?play|roleplay|pretend|play a game|play pretend|imagine)|let'?s (?:play|do|start|run|try) (?:a |an |another |some )?(?:[\p{L}-]+ ){0,2}(?:text adventure|adventure game|interactive (?:story|fiction)|choose[- ]your[- ]own[- ]adventure|murder mystery(?: game)?|rpg|role[- ]?play(?:ing)?(?: game)?)\b|role-?play(?:ing)? (?:as|with me|a scene|a scenario)|(?:in|for) (?:this|our|the) (?:role-?play|roleplay|game|scenario)|(?:story|stories|scene|script|screenplay|tale|dialogue|fanfic|poem)\b[^.!?]{0,40}\b(?:where|in which|starring|about)\s+(?:I|I'm|me|my)\b|pretend (?:that )?(?:I'?m|I am|you'?re|you are|we'?re)\b|(?:stay|still|staying|back) in character|let'?s (?:write|make up|tell|start|co-?write|do) (?:a |an |some |another )?(?:short )?(?:story|stories|tale|scene|fanfic|role-?play|adventure|campaign|rpg|text adventure)\b|\bI'?ll (?:be|play) [^.!?]{1,40}?,? (?:and )?you(?:'ll| will)? (?:be|play)\b|\b(?:dnd|d&d|rpg|tabletop) (?:campaign|session|one-?shot)\b)/iu;
/** An aside out of the make-believe: what follows is the user as themselves ("ooc: real me is…", "irl I'm a…"). */
const OUT_OF_CHARACTER = /^\W*(?:ooc|out of character|irl|in real life|for real though)\s*[:,—–-]?\s*(?=(?:the )?real me\b|I\b|I'm\b|my\b)|^\W*(?=(?:the )?real me(?:'s| is)\b)/i;
/**
 * An aside that says what is real in the user's own language first and in English later, or after a joke: "(ooc: en
 * realidad … — real me is allergic to shellfish)": the aside's words from "real me" on are the user as themselves.
 */
const REAL_ME_LATER = /^\W*(?:ooc|out of character|irl|in real life)\s*[:,—–-]\s*[^()]{0,160}?[\s,;:—–-](?=(?:the )?real me(?:'s| is| has|'ve| have)\b)/i;
/** A part given to the assistant: "you play my engineer Tobi", "you play the role of" (not "you play my favourite song"). */
const PLAYS_A_PART = /\b[Yy]ou(?:'ll| will)? play (?:the (?:role|part) of\b|my [a-z-]+(?: [a-z-]+)?,? \p{Lu}\p{Ll}+)/u;
/** A question or a hypothetical states nothing about the user: no facts from it. */
/** Said tongue in cheek: an eye-roll or a smirk, "/s", "yeah right", "not!" at the end. */
// Also a liking shouted after "just" ("I just LOVE crawling under houses in july") or after "oh yeah" / "oh great"
// ("oh yeah I love being on call at christmas"): a lower-case "I just love my new bike" is meant.
const IRONIC =
  /[\u{1F644}\u{1F612}\u{1F643}\u{1F611}]|(?:^|\s)\/s\b|\byeah,? right\b|\bNOT!*\s*$|\bsaid no one ever\b|\b[Ii] (?:just|simply) (?:LOVE|ADORE|ENJOY)\b|\b[Oo]h,? (?:yeah|great|joy|goody)\b[,!]*\s+(?:[Ii] |[Ii]'m )(?:\p{L}+ )?(?:love|adore|enjoy|LOVE|ADORE|ENJOY|into)\b/u;
/**
 * "oh I just adore slugs, best neighbours ever 🙄", "j'adore les clients qui paient en retard 🙄": a liking said with an
 * eye-roll means its opposite, in every language; the sentence's other facts stand.
 */
function meantAsSaid<F extends { text: string }>(facts: F[], sentence: string): F[] {
  return IRONIC.test(sentence) ? facts.filter((f) => !/^User (?:likes|dislikes) /.test(f.text)) : facts;
}
const NOT_A_STATEMENT = /^(?:if|suppose|supposing|imagine|pretend|assume|let'?s say|what if|say|would|could|should|do|does|did|is|are|am|was|were|can|will|have|has|what|how|why|where|when|which|who|whom|whose)\b/i;

/**
 * Someone else's words quoted after a verb of saying, in single quotes as often as double: "Steve announced 'I'm going
 * vegan from Monday'", "my mum goes 'you should have been a nurse'", and what someone keeps saying ("Denise keeps
 * announcing 'I'm vegan'", "he's always complaining 'I live in a shoebox'") — not the user's own ("I said 'I'm vegan'",
 * "I keep telling them 'I'm allergic'", "I'm always saying 'I work nights'"). The
 * closing quote is the one a space or a stop follows, so "I'm" inside the quotation does not end it.
 */
const QUOTED_AFTER_SAYING =
  /(?<!\b(?:I|we|I'm|I’m|im|we're|we’re|I was|we were)\s+(?:\p{L}+\s+)?)\b(said|says|saying|announced|announces|announcing|told (?:me|us|him|her|them|everyone)|telling (?:me|us|him|her|them|everyone)|asked|asks|asking|goes|went|was like|is like|texted|messaged|wrote|writes|replied|replies|yelled|shouted|claims|claimed|claiming|insists|insisted|insisting|complains|complained|complaining|brags|bragged|bragging|quote|quoting|put it)([:,]?\s+)(['‘"“])([^\n]{2,400}?)(['’"”])(?=[\s.,;:!?)]|$)/giu;

/** Text the user typed themselves: no fenced code, no quoted lines, no long quotations, nothing pasted from others. */
function ownWords(text: string): string {
  // Overheard words, or a relative's line written as a script's ("my mum: 'you should have been a nurse'"), are theirs.
  return withOverheardQuotesOut(withoutSlips(withoutPasted(text)))
    .replace(/```[\s\S]*?(?:```|$)/g, '\n')
    .replace(/^\s*>.*$/gm, '')
    // "Spanish–English court interpreter": a dash typed between two words joins them, as a hyphen does.
    .replace(/(?<=\p{L})[–‑](?=\p{L})/gu, '-')
    .replace(QUOTED_AFTER_SAYING, (_all, verb: string, gap: string) => `${verb}${gap}…`)
    .replace(/(["“])([^"“”\n]{1,400})(["”])/g, (all, _o, inner: string) => (inner.trim().split(/\s+/).length > 3 ? ' ' : all));
}

/**
 * "Earlier I said that Rupert is reading Law at Durham. That was wrong, I am afraid." — what was said and that it was
 * wrong, in two sentences: read as one, so the rule for a claim taken back (SAID_WAS_WRONG) sees both halves.
 */
const SAID_BEFORE = new RegExp(String.raw`${I_SAID}\b`, 'i');
const WAS_WRONG_OPENS = new RegExp(String.raw`^(?:but |and )?${WAS_WRONG}`, 'i');
/**
 * The verdict said as one word opening the next sentence: "I told you I'm allergic to cashews. Wrong, it's hazelnuts",
 * "I said my flight was on the 9th. Not true: the 19th". Read as "that was wrong"; only before a pause, so "Wrong
 * number again" or "Not true to size" judge something else.
 */
const BARE_VERDICT_OPENS = /^(?:wrong|not true|not right|untrue|incorrect)(?=\s*[,.;:!—–-])/i;
/**
 * The same verdict in the sentence that quotes the claim, after a dash or a colon: "I told you I'm allergic to cashews
 * — wrong.", "I said the launch was in May: not true, it's June". Only before a pause or the end, so "I told you the
 * bolts were the wrong size" judges nothing.
 */
const BARE_VERDICT_AFTER = /\s*(?:[—–:]|\s-)\s*(?:wrong|not true|not right|untrue|incorrect)(?=\s*(?:[,.;:!—–]|$))/i;
/**
 * The claim recalled as a question before the verdict: "remember when I said I was lactose intolerant? wrong, that's
 * my husband", "you know how I told you I'm a nurse? not true". Its question mark is a pause, not a question asked.
 */
const RECALLED_AS_A_QUESTION = /\b(?:remember|recall|you know how)\b[^?]*\?$/i;
function saidThenWrong(typed: string[]): string[] {
  const out: string[] = [];
  const claimEnd = (before: string) => before.replace(RECALLED_AS_A_QUESTION.test(before) ? /[.!?]+$/ : /[.!]+$/, '');
  for (const typedSentence of typed) {
    const s = SAID_BEFORE.test(typedSentence) ? typedSentence.replace(BARE_VERDICT_AFTER, ' — that was wrong') : typedSentence;
    const before = out.at(-1);
    if (before && SAID_BEFORE.test(before) && WAS_WRONG_OPENS.test(s)) out[out.length - 1] = `${claimEnd(before)} — ${s}`;
    else if (before && SAID_BEFORE.test(before) && BARE_VERDICT_OPENS.test(s)) out[out.length - 1] = `${claimEnd(before)} — ${s.replace(BARE_VERDICT_OPENS, 'that was wrong')}`;
    else out.push(s);
  }
  return out;
}

/**
 * A new job at a workplace said by its kind ("a new position at an engineering works", "new job with a roofing firm"),
 * said by the user: at the start of a clause or after "I got", "I started", "I've taken". Not someone else's ("her
 * new job at a bank") nor one wished for ("looking for a new job at a bank").
 */
const NEW_JOB_ELSEWHERE =
  /(?:^|[.!?\n;:—–]\s*|,\s*(?:and\s+|plus\s+|with\s+a\s+)?|\bI(?:'ve| have)? (?:just |now |finally )?(?:got|started|landed|took|taken|accepted|began|begun|have|start(?:ed|ing)?)\s+)(?:a |my )?new (?:job|position|post|role) (?:at|with) (?:a|an|another) (?!(?:few|couple|bit|lot|while|week|month|year|day)\b)[\p{L}-]+/iu;
/** The sentence of a text that holds the given index. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(...['. ', '! ', '? ', '\n'].map((p) => text.lastIndexOf(p, at)).map((i) => (i < 0 ? 0 : i + 1)));
  const ends = ['. ', '! ', '? ', '\n'].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : text.length).trim();
}

/** Splits a turn into sentences (keeps it simple: punctuation or line breaks). */
/**
 * Dictated text has no stops: "ok so I'm out here on the marsh … and I grow cranberries about 42 acres and I need to
 * know when …", "we're at 50 acres now what do I need to do …", "that's way too much keep your answers short I have
 * the phone read them out loud". A long run of words without one is cut where a question or an order to the
 * assistant begins, so the statement before it is read as one and the question after it does not make it a question.
 * "from now on" and "so I'm" open such a clause too ("… which I didn't even know was a thing so I'm allergic to lupin
 * now": the "didn't" before is not its negation), and an order right after "please", "then" or "from now on" stays with what
 * opened it ("… for listening I guess also from now on please keep your answers short … then give me the detail").
 */
const RUN_ON_WORDS = 20;
const CLAUSE_OPENS =
  /(?<!\b(?:from now on|going forward|henceforth|please|pls|plz|also|and|so|then|forget|ignore|disregard|scratch|remember|know|wonder))\s+(?=(?:(?:(?:also|and|so) )?(?:from now on|going forward|henceforth)|so (?:now )?I(?:'m| am)|(?:also |and )?(?:please )?(?:forget|ignore|disregard|scratch) (?:what I (?:said|told you)|that bit|the bit|that part|the part)|(?:also |and )?please (?:don'?t|do not|never|stop|remember)|I (?:work|live) (?:in|at|for|as)|we live in|what|how|why|can you|could you|would you|will you|should I|do I|do you|does it|is it|is there|are there|any (?:idea|ideas|tips)|(?:keep|make|give|write|put|use|stop|answer|talk|reply|respond|tell) (?:your|the|me|it|them|all|every|short|shorter)|no (?:tables|bullets|bullet|lists|emojis|headings)|just talk)\b)(?<=\p{L}{2,}\s+)/giu;
function runOnClauses(sentence: string): string[] {
  // Typed text has commas; dictated text has none.
  if (/[,.!?;:—–]/.test(sentence.slice(0, -1)) || sentence.split(/\s+/).length < RUN_ON_WORDS) return [sentence];
  return sentence.split(CLAUSE_OPENS);
}

/** A month's name after a day written "1." (German, Low German, Dutch, the Nordic and Slavic languages). */
const ORDINAL_MONTH = /^(?:jan(?:uar|uari)?|feb(?:ruar|ruari)?|märz|mär|maart|mars|marts|apr(?:il)?|mai|mei|maj|juni?|juli?|aug(?:ust|usti)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpna|września|października|listopada|grudnia|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)(?![\p{L}])/iu;
/**
 * A number in brackets opening a sentence typed inside a paragraph: "… two changes, from now on. 1) When you explain
 * anything medical, give me the plain-English version first. 2) …". What follows it is read as said; a list under a
 * line that announces rules keeps its numbers for the rule that reads its items, and a numbered line of its own (a
 * to-do list, a pasted agenda) is left as typed.
 */
const NUMBER_INLINE = /^\(?\d{1,2}\)\s+(?=\p{L})/u;
function withoutNumberInline(sentence: string, text: string, inStandingList: boolean): string {
  const m = inStandingList ? null : NUMBER_INLINE.exec(sentence);
  if (!m) return sentence;
  const at = text.indexOf(sentence.slice(0, 40));
  // After a stop, or after the colon that opened the list ("two rules for you from now on: 1) always answer me in
  // numbered steps. 2) metric only."): typed in lower case as often as not.
  return at > 0 && /[.!?:]["”')]?[ \t]+$/u.test(text.slice(Math.max(0, at - 4), at)) ? sentence.slice(m[0].length) : sentence;
}
/**
 * A list numbered inside a paragraph opens after a colon: "two rules for you from now on, forever: 1) always answer
 * me in numbered steps … 2) metric only." Its first item is a sentence of its own, as the items after a stop are.
 * Only the item numbered 1 (or 1 in brackets) opens one, so "at 3:30) we left" or a ratio stays as typed.
 */
const LIST_OPENS_AFTER_COLON = /(?<=:)[ \t]+(?=\(?1\)[ \t]+\p{L})/u;
function sentences(text: string): string[] {
  // Other scripts end a sentence with their own stops, often with no space after: Armenian "։", Devanagari "।", the
  // Ethiopic "።", Burmese "။", Urdu "۔", Arabic "؟", CJK "。！？" ("Բարև։ I'm Ani, I make duduks…").
  // A date with an ordinal's stop goes on: "Seit 1. Mai bin ich …", "am 3. März" (German, Low German, the Nordic and
  // Slavic languages write the day so).
  const parts = text.split(/(?<=[.!?])\s+|(?<=[։।॥።။۔؟。！？])\s*|(\n+)/).filter((p) => p !== undefined);
  const joined: string[] = [];
  for (const p of parts) {
    const before = joined.at(-1);
    if (before !== undefined && /(?:^|[\s(])\d{1,2}\.$/.test(before) && ORDINAL_MONTH.test(p)) joined[joined.length - 1] = `${before} ${p}`;
    else joined.push(p);
  }
  return joined
    .filter((p) => !/^\n+$/.test(p))
    .flatMap((p) => p.split(LIST_OPENS_AFTER_COLON))
    .flatMap(runOnClauses)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The change a sentence tells, unless its marker is words of a matter the sentence asks never to be raised. */
function unlessKeptOff<T extends { marker: string }>(sentence: string, change: T | undefined): T | undefined {
  if (!change || !isOffLimitsRequest(sentence)) return change;
  const head = change.marker.split(/[,;]/)[0]!.trim().toLowerCase();
  return offLimitsTopicsListed(sentence).some((topic) => topic.toLowerCase().includes(head)) ? undefined : change;
}

export function extractFromTurn(turn: ExtractInput): { facts: FactCandidate[]; retractions: Retraction[]; updates: PlannedUpdate[] } {
  const facts: FactCandidate[] = [];
  const retractions: Retraction[] = [];
  const updates: (PlannedUpdate & { sentence: string })[] = [];
  let correcting = false;
  let fiction = false;
  // A pet just named in the sentence before: "we adopted a rescue cat yesterday! her name's saga".
  let petBefore: string | undefined;
  // A new pet said as bare news ("new kitten."), whose name may be the next sentence ("pip.").
  let petSaidBare: string | undefined;
  // A standing instruction taken back or announced earlier in the turn: the imperative after it replaces it, or
  // goes on with it ("new rule: start with a TL;DR, then numbered steps. no paragraphs, no bullets.").
  let ruleDropped = false;
  // Exceptions the user gave to what a sentence asks for, by that sentence as notes quote it (instruction-exceptions.ts).
  const exceptions = new Map<string, string>();
  let saidBefore: string | undefined;
  // The sentence before, as typed: a change that names nothing ("so I'm down to three.") is about what it said.
  let typedBefore: string | undefined;
  // Under "Formatting preferences for me, always:", each list item after it is a standing instruction of its own.
  let inStandingList = false;
  // The subject of a claim the user took back in the sentence before ("my rating"), for the one that gives the right value.
  let takenBack: string | undefined;
  // A typo put right with a starred word ("signed the least … lease*") is read as meant (starred-corrections.ts).
  // Scots as spoken ("ah'm a retired welder fae Govan") is read in English spellings (scots-spellings.ts), Berlinerisch
  // ("ick bin allergisch jejen Kidneybohnen") in standard German ones (berlin-spellings.ts), spoken French's "j'suis"
  // as "je suis" (french-spoken-elisions.ts), and a word of
  // address closing a clause ("no emojis ever brah, …") is read without it (words-of-address.ts).
  // "I'm Tom, 34, a plumber in Leeds": what follows the name is read again as "I'm 34, a plumber in Leeds" (introductions.ts).
  // A checklist's task boxes ("[x] done [ ] I'm allergic to …") start lines of their own (task-boxes.ts).
  // A sentence typed all in capitals is read in ordinary case (said-in-capitals.ts).
  // A job or business held for years, said in the perfect, is read as held now (held-for-years.ts).
  // A turn dictated with its punctuation said aloud ("… full stop new line …") is read with the marks (dictated-punctuation.ts).
  const { sentences: introduced, readFrom } = withIntroductionsApart(saidThenWrong(sentences(heldForYearsSaidAsNow(inStandardGermanSpellings(withFrenchJeWritten(inEnglishSpellings(withoutWordsOfAddress(withStarredCorrections(withAllergySaidWithoutI(withAllergenSaidAfter(ownWords(withDictatedPunctuation(withTaskBoxesAsLines(withCapitalsReadPlain(turn.text)))))))))))))));
  // "I'm a plumber (mostly boilers) in Derby": read without the aside that parted the job from its place (job-asides.ts).
  // "… never bring up the collision again. Not the crosswalk, not the hospital.": the list is the request's (off-limits.ts).
  const typed = withNotListsJoined(
    introduced.map((s) => {
      const plain = withoutJobAside(s);
      if (plain === undefined) return s;
      readFrom.set(plain, readFrom.get(s) ?? s);
      return plain;
    }),
  );
  // The user's words each sentence read again was read from, by the words the rules quote from it.
  const readAgain = new Map<string, string>();
  const terse = terseIntroduction(typed, turn.text);
  for (const [at, typedRaw] of typed.entries()) {
    // "Jason and I broke up. Please don't bring him up again": whom the request keeps off, named beside "him".
    // "If you're wondering, I moved to Leeds": an aside that says why the user tells it is no condition (supposed.ts).
    // "Always Welsh, not English.": a reply language said short is read as the instruction (reply-language-said-alone.ts).
    const raw = withoutNumberInline(withoutAsides(withPersonNamed(withReplyLanguageSpelledOut(typedRaw), typedBefore)), turn.text, inStandingList);
    const previous = typedBefore;
    typedBefore = raw;
    const listedRule: string | undefined = inStandingList && LIST_ITEM.test(raw) && !raw.trim().endsWith('?') ? raw.replace(LIST_ITEM, '').trim() : undefined;
    inStandingList = STANDING_LIST_INTRO.test(raw) || listedRule !== undefined;
    const exceptionToBefore = saidBefore ? (exceptionToPrevious(raw) ?? onlyWantedAfterRule(raw, saidBefore)) : undefined;
    if (exceptionToBefore) exceptions.set(saidBefore!, exceptionToBefore);
    const previousSaid = saidBefore;
    saidBefore = undefined;
    const petNamed = (kind: string, name: string) =>
      facts.push({ ...slotFact(`pet:${name.toLowerCase()}`, `User has a ${kind.toLowerCase()} named ${name}.`, name, 0.7), sourceTurnIds: [turn.id], occurredAt: turn.at, correction: false, said: raw.trim() });
    // "my cat Marmite keeps stealing my socks. Oops, autocorrect — her name is Marmalade": the pet named in the sentence
    // just before has this name, and the other was a slip, never learned.
    const putRight = PET_NAME_PUT_RIGHT.exec(raw.trim())?.[1];
    const slip = putRight && /^\p{Lu}/u.test(putRight) && previousSaid ? facts.findLast((f) => f.slot?.startsWith('user/pet:') && f.said === previousSaid) : undefined;
    const slipKind = slip ? / an? (.+?) named /.exec(slip.text)?.[1] : undefined;
    if (slip && slipKind && slip.value !== putRight) {
      facts.splice(facts.indexOf(slip), 1);
      petNamed(slipKind, putRight!);
    }
    const named = petBefore ? PET_NAMED_NEXT.exec(raw)?.[1] : undefined;
    if (named && !NOT_A_PET_NAME.test(named)) petNamed(petBefore!, properCase(named));
    const alone = petSaidBare ? PET_NAME_ALONE.exec(raw.trim())?.[1] : undefined;
    if (alone && !NOT_A_PET_NAME.test(alone) && !NOT_A_PET_NAME_ALONE.test(alone)) petNamed(petSaidBare!, properCase(alone));
    const got = PET_GOT.exec(raw);
    petBefore = got?.[1];
    const bare = got ? null : PET_NEW_SAID_BARE.exec(raw.trim());
    const setOff = bare ? PET_NAME_SET_OFF.exec(raw.trim().slice(bare[0].length))?.[1] : undefined;
    if (bare && setOff && !NOT_A_PET_NAME.test(setOff) && !NOT_A_PET_NAME_ALONE.test(setOff)) petNamed(bare[1]!, properCase(setOff));
    // The news said alone ("new kitten."): its name may be the next sentence.
    petSaidBare = bare && /^\s*[.!]*$/.test(raw.trim().slice(bare[0].length)) ? bare[1] : undefined;
    // "we adopted a dog from the shelter last weekend, a husky mix called Kóoshdaa": its name later in the sentence.
    const calledLater = got ? PET_CALLED_LATER.exec(raw.slice(got.index + got[0].length)) : null;
    if (got && calledLater && !NOT_A_PET_NAME.test(calledLater[1]!)) petNamed(got[1]!, calledLater[1]!);
    // After "Let's role-play…" or "Write a story where I…", the rest of the turn is make-believe: nothing about the user.
    // "(ooc: real me is a school librarian in inverness…)": stepping out of the story, the user speaks as themselves.
    const own = OUT_OF_CHARACTER.exec(raw) ?? REAL_ME_LATER.exec(raw);
    if (own) fiction = false;
    else fiction ||= FICTION_FRAME.test(raw) || PLAYS_A_PART.test(raw);
    if (fiction) continue;
    // What the user reports having said wrongly is taken back below, and the rest of the sentence read without it.
    // The clause taken back opens with the user, "my"/"our"/"we", a name ("Sipho is at Northwood"), capitalised as typed,
    // or a thing of theirs named with "the" ("the festival is in Kazan").
    const saidWrong = claimTakenBack(raw) ?? SAID_WAS_WRONG_ELSEWHERE.exec(raw);
    const rest = saidWrong ? `${raw.slice(0, saidWrong.index)} ${raw.slice(saidWrong.index + saidWrong[0].length)}`.replace(/^[\s,;:—–-]+/, '') : raw;
    // "earlier I said my rating was 2215, that was wrong. It's 2251.": the "it" of the right value is what was taken back.
    // Only in that sentence and the one after: a later "it's" is about something else.
    const subject = saidWrong ? TAKEN_BACK_SUBJECT.exec(saidWrong[1]!)?.[1] : undefined;
    const it = subject ?? takenBack;
    takenBack = subject;
    const heard = it ? rest.replace(IT_IS, `${it} is `) : rest;
    // "Ski-lift mechanic at Aviemore. Based Kingussie.": who the user is in note form, read with its "I'm" put back.
    const tersely = own || saidWrong ? undefined : terse.get(at);
    const read = tersely !== undefined ? { ...readSentence(tersely), said: readSentence(heard).said } : readSentence(own ? heard.slice(own.index + own[0].length).replace(/^(?:the )?real me(?:'s| is)\b/i, "I'm").replace(/^(?:the )?real me (?:has|have)\b/i, 'I have') : heard);
    saidBefore = read.said;
    const from = readFrom.get(typedRaw);
    if (from !== undefined) readAgain.set(read.said, readSentence(from).said);
    const within = exceptionWithin(raw);
    if (within) exceptions.set(read.said, within);
    // A correction marker also covers the sentences after it ("That's wrong. I live in Braga.").
    correcting ||= read.isCorrection;
    if (read.text.length === 0) continue;
    // In a long message, mostly pasted text, only what the user says of themselves tells a change (long-messages.ts).
    const news = mayTellAChange(raw, turn.text.length);
    // "never bring up my brother's stuff again. not what happened in march, …": a time named among the matters a
    // request keeps off tells no change; it is one of them.
    const change = news ? unlessKeptOff(raw, changeSaid(raw, previous, typed[at + 1])) : undefined;
    // Not the count in what the user takes back ("earlier I said it has 40 beds, that was wrong").
    const counts = news ? countsSaid(heard) : [];
    // "Pickle and Mochi got adopted. so I'm down to three.", "PASSED!! level 2 now, first match moved to May": one
    // note, the longer quote holds the shorter.
    const last = updates.at(-1);
    if (change && last && change.said !== last.said && change.said.startsWith(last.said)) updates.pop();
    const counted = counts.length > 0 ? { counts, context: turn.text } : {};
    // What the user takes back by a rule ("earlier I said I studied in Kharkiv, that was wrong") has that rule's note.
    if (change && !saidWrong && !(last && last.said.endsWith(change.said))) updates.push({ ...change, ...counted, sentence: read.said, occurredAt: turn.at, sourceTurnIds: [turn.id] });
    else if (!change && counts.length > 0) updates.push({ said: raw.trim(), counts, context: turn.text, sentence: read.said, occurredAt: turn.at, sourceTurnIds: [turn.id] });
    const add = retractor(turn, retractions, saidWrong ? raw.trim() : read.said);
    if (saidWrong) add(saidWrong[1]!.replace(/^I(?:'m| am| was| have| had|'ve)? /i, ''), true);
    // "Correction: it's not clindamycin, I mixed them up": the value had wrong, said alone (not-that-one.ts).
    const wrongOne = valueSaidWrong(raw);
    if (wrongOne) add(wrongOne, true);
    const whole = read.text;
    const { text: contrasted, contrast } = readContrast(whole, add, correcting);
    // What the sentence only supposes is no fact and no change: "suppose I got a job at Google", "I live in Leeds, but
    // if I moved to Lisbon…" (supposed.ts). Instructions are read from the whole sentence above.
    const s = statedPart(contrasted);
    const stated = statedPart(raw);
    const ended = addRetractions(s, add, correcting, turn.replyTo);
    // "stop calling me Sam, it's Samantha", "no nickname at all, just Samantha": the old form of address goes.
    const address = addressChange(s) ?? nameToUse(s, turn.text);
    if (address?.drop) add(address.drop, false, 'user/call-me');
    if (address?.now)
      facts.push({ ...slotFact('call-me', `User wants to be called ${address.now.startsWith('their ') ? 'by ' : ''}${address.now}.`, address.now, 0.9, 'preference'), sourceTurnIds: [turn.id], occurredAt: turn.at, correction: correcting, said: read.said });
    // "ditched my iphone for a pixel", "on days now": what was replaced is no longer current, though never learned.
    const replaced = NOT_A_STATEMENT.test(s) ? [] : [...replacements(s), ...thingsSaidGone(s, turn.text)];
    for (const x of replaced) add(x.old, false, x.slot ? `user/${x.slot}` : undefined, x.now, x.about);
    // "some ground rules first: from now on no bullet points": the instruction may follow a colon. "dates as DD/MM
    // always, I'm australian 🙃 celsius/metric for anything else": or be one clause of several, each its own.
    const orders: string[] = listedRule ? [capitalize(listedRule)] : isInstructionToAssistant(whole) || SPLIT_RULE.test(whole) ? ordersApart(whole) : ownWordsInstruction(raw) ? [raw.trim()] : instructionClauses(whole, ruleDropped, raw);
    // After a rule taken back, or one announced ("new rule for answers: …"), what follows in the turn may go on with it.
    ruleDropped ||= ended.some((e) => !e.slot) || (orders.length > 0 && orders[0] !== raw.trim() && /:\s/.test(raw));
    if (orders.length > 0) {
      // "in this chat, answer in Spanish" is for the conversation in hand, nothing to keep; "on here, …" is for the
      // site the user is on, and the block on other sites leaves it out.
      if (THIS_CHAT_ONLY.test(whole)) continue;
      const site = ON_THIS_SITE.test(whole) ? (siteOfTurn(turn.id) ?? undefined) : namedSite(whole);
      // "no paragraphs, no bullets" after "write in short paragraphs": the older instruction on the other side goes.
      for (const { part, stance } of orders.flatMap(layoutStances))
        retractions.push({ value: part, disproven: false, sourceTurnIds: [turn.id], occurredAt: turn.at, said: read.said, instructionsThat: stance === 'for' ? 'against' : 'for' });
      for (const order of orders)
        facts.push({ ...instruction(order, site), sourceTurnIds: [turn.id], occurredAt: turn.at, correction: correcting, said: read.said, ...(site ? { onlyOnSite: site } : {}) });
      continue;
    }
    // The user's children and their ages, and their birthday, said in a question as often as not ("ideas for two
    // kids, elsa is 7 and…").
    const birthday = birthdayStatement(s, turn.at);
    const age = NOT_A_STATEMENT.test(s) ? null : ageStatement(s, turn.at);
    const measures = NOT_A_STATEMENT.test(s) ? [] : [...measureStatements(s, turn.at), ...progressStatements(s, turn.text, turn.at)];
    const childAllergies = namedChildAllergies(s, facts);
    for (const made of [...childStatements(s, turn.at, talksOfTheKids(previous ?? '')), ...(birthday ? [birthday] : []), ...(age ? [age] : []), ...measures, ...childAllergies, ...(childAllergies.length > 0 ? [] : householdAllergies(s, turn.text))])
      facts.push({ ...made, sourceTurnIds: [turn.id], occurredAt: turn.at, correction: correcting, said: read.said });
    if (NOT_A_STATEMENT.test(s)) continue;
    // What this sentence retracts is not learned from it again.
    const gone = new Set(retractions.filter((x) => x.sourceTurnIds[0] === turn.id).map((x) => x.value.toLowerCase()));
    // An offer taken is the employer; one turned down is not ("picked Hooli over Pied Piper").
    const offer = offerChoice(s, turn.text);
    for (const d of offer.declined) add(d, false, 'user/employer');
    const taken = offer.taken ? employer(offer.taken) : null;
    // "he switched me from warfarin to apixaban": the medicine now taken, and the one no longer.
    const medicines = medicationStatements(s, typed[at + 1] ?? '');
    for (const x of medicines.stopped) add(x.value, false, x.slot);
    // "I've stopped drinking. Three weeks sober": who the user is now, and the likes that went with the habit end.
    const habit = givenUp(s);
    if (habit)
      for (const like of habit.likes)
        if (!retractions.some((x) => x.sourceTurnIds[0] === turn.id && x.value === like))
          retractions.push({ value: like, disproven: false, sourceTurnIds: [turn.id], occurredAt: turn.at, said: read.said, preferencesOnly: true });
    // "fernhop made me redundant": the employer named is no longer the user's, learned or not, and what said it was goes.
    const leftEmployer = NOT_A_STATEMENT.test(s) ? undefined : employerLeft(s);
    if (leftEmployer) add(leftEmployer, false, 'user/employer');
    // "My wife Pilar died in November": widowed, and not "User's wife is Pilar." from the same words.
    const died = bereavements(s);
    const said = [...died, ...statements(s, gone).filter((f) => !died.some((d) => f.value && d.value === f.value && f.text !== d.text)), ...medicines.facts, ...(habit ? [habit.fact] : []), ...replacementFacts(replaced), ...everydayStatements(s), ...workAndHealthStatements(s, turn.text), ...selfStatements(s), ...partnerStatements(s), ...nationalityStatements(s), ...dateWithSomeone(s, previous), ...partnerByTakenName(whole), ...datedMoves(s, turn.at), ...wishes(s, turn.text), ...ratingStatements(s, turn.at), ...possessionStatements(s, turn.at), ...namesOfThings(s), ...workingLifeStatements(s, turn.at), ...workSaidByDoing(s), ...firstDaysAt(s), ...firstNightHome(s, turn.text), ...ownPremises(s), ...[...moreAllergens(s), allergenCodeSwitched(raw) ?? []].flat().map((a) => slotFact(`allergy:${allergen(a)}`, `User is allergic to ${a}.`, a, 0.95))];
    if (taken && !said.some((f) => f.text === taken.text)) said.push(taken);
    const takenAs = offer.as && short(offer.as, 4) ? slotFact('occupation', `User works as ${article(offer.as)}.`, offer.as, 0.75) : null;
    if (takenAs && !said.some((f) => f.slot === takenAs.slot)) said.push(takenAs);
    // Two rules may read the same words the same way ("I'm 52, an accountant").
    // A medicine taken is the medicine's, not a habit of taking it ("I take metformin 500 mg twice a day").
    for (const m of medicines.facts) {
      const i = said.findIndex((f) => f.text === m.text && f.slot?.startsWith('user/habit'));
      if (i >= 0) said.splice(i, 1);
    }
    for (let i = said.length - 1; i > 0; i--) if (said.findIndex((f) => f.text === said[i]!.text) < i) said.splice(i, 1);
    // "I live in Springfield, Missouri": the town with its state, which tells it from the other Springfields.
    for (const made of meantAsSaid(said.map((f) => withStateOfTown(f, s)), raw)) facts.push({ ...made, sourceTurnIds: [turn.id], occurredAt: turn.at, correction: correcting || contrast, said: read.said });
    // The same facts said in another language ("j'habite à Lyon", "ich arbeite als Lehrerin").
    // Read from the sentence as typed: "No vivo en Madrid" is a negation, not the English "No, …" of a correction.
    const foreign = otherLanguageStatements(stated, turn.text);
    const life = moreOtherLanguageStatements(stated, turn.at);
    foreign.retractions.push(...life.retractions);
    foreign.facts.push(...life.facts.filter((f) => !foreign.facts.some((g) => g.slot === f.slot)));
    foreign.facts.push(...workAndHomeInMoreLanguages(stated).filter((f) => !foreign.facts.some((g) => g.slot === f.slot)));
    const leftPlace = placeLeftElsewhere(stated);
    if (leftPlace) add(leftPlace, false, 'user/location');
    for (const x of foreign.retractions) add(x.value, x.disproven ?? false, x.slot);
    for (const made of meantAsSaid(foreign.facts, raw)) {
      // An instruction in another language holds where it says, as an English one does: "sur Le Chat, réponds-moi
      // toujours en français" is for that site, and the block on other sites leaves it out; its setting is that site's.
      const site = made.kind === 'instruction' ? (ON_THIS_SITE.test(raw) ? (siteOfTurn(turn.id) ?? undefined) : namedSite(raw, true)) : undefined;
      const onSite = site ? { text: `On ${ownEntry(SITES, site)?.name ?? site}, ${made.text.charAt(0).toLowerCase()}${made.text.slice(1)}`, onlyOnSite: site, slot: undefined } : {};
      facts.push({ ...made, ...onSite, sourceTurnIds: [turn.id], occurredAt: turn.at, correction: correcting || contrast, said: read.said });
    }
  }
  // "Where are you based, and what do you do?" — "oslo. welder.": the parts of a short reply are what was asked.
  const asked = fiction ? [] : askedAbout(turn.replyTo);
  // "What do I do? Pinsetter mechanic, …": a question the user asked of themselves, answered at once.
  const typedWords = ownWords(turn.text);
  for (const a of fiction ? answersTo(asked, typedWords) : [...answersTo(asked, typedWords), ...selfAnswered(typedWords)]) {
    const made = answerFact(a, turn.at);
    if (made && !facts.some((f) => f.text === made.text)) facts.push({ ...made, sourceTurnIds: [turn.id], occurredAt: turn.at, correction: false, said: turn.text.trim() });
  }
  // "What's the business going to be called?" — "Patinhas Sobre Rodas 🐾".
  const name = fiction ? null : nameAnswered(turn.replyTo, ownWords(turn.text));
  if (name && !facts.some((f) => f.slot === name.slot)) facts.push({ ...name, sourceTurnIds: [turn.id], occurredAt: turn.at, correction: false, said: turn.text.trim() });
  // "plums are actually fine, it's cherries that do it": an allergy already learned is put right (allergy-put-right.ts).
  const allergyRight = fiction ? undefined : allergyPutRight(typedWords);
  if (allergyRight) retractor(turn, retractions, allergyRight.said)(allergyRight.wrong, true, `user/allergy:${allergen(allergyRight.wrong)}`, allergyRight.right);
  // "My sister Ana lives in Toronto" says who she is too: the fact that names her alone adds nothing.
  // A change a rule already read as a value in a slot gets that slot's notes (the last value said again lifts them). A
  // retraction's note goes only where the old value's words all are ("end of september", not "30 Sept"): an update
  // still reaches the rest, and the rule's note wins where both fall (corrections.ts).
  // "I'm an orthoptist at the BRI": a learned job is read by the list's rules and by the rule that keeps where it is
  // done; the job alone adds nothing beside the same job with its place.
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    if (f.slot === 'user/occupation' && facts.some((g) => g !== f && g.slot === f.slot && g.text.startsWith(`${f.text.replace(/\.$/, '')} `)))
      facts.splice(i, 1);
  }
  const slotted = facts.filter((f) => f.slot);
  const retracted = new Set(slotted.map((f) => f.said));
  // Unless the change names what ended and the rule's value is something else: "start at Ridgeline as a project
  // surveyor, left Hallam & Price" is a new job title to the rule, and the note still goes where Hallam & Price was.
  // Or the change is said of something the rule's value is not: "The Semonkong trip is off — … my husband Teboho hurt
  // his back" has a husband for the rule and a trip called off for the note.
  const namesOther = (u: { sentence: string; marker?: string }) => {
    const said = slotted.filter((f) => f.said === u.sentence);
    const named = namedInMarker(u.marker);
    if (named.length > 0 && said.every((f) => !named.some((w) => `${f.value} ${f.text}`.toLowerCase().includes(w)))) return true;
    const at = u.marker ? u.sentence.toLowerCase().indexOf(u.marker.toLowerCase()) : -1;
    const subject = at > 0 ? (u.sentence.slice(0, at).split(/[,;:—–]|\s-\s/).at(-1) ?? '').toLowerCase() : '';
    return /\p{L}{3,}/u.test(subject) && said.every((f) => !f.value.toLowerCase().split(/\s+/).some((w) => w.length > 2 && subject.includes(w)));
  };
  // "I'm back on keto … vegetarian was making me hungry": a diet taken up, and the one said against it ended.
  if (!fiction)
    for (const left of dietsLeft(turn.text, facts.flatMap((f) => (f.slot?.startsWith('user/diet') ? [f.slot] : []))))
      retractor(turn, retractions, left.said)(left.value, false, left.slot);
  // "I'm retired now", "Від сьогодня я на пенсії": the working life said before is over — the job, its shifts and
  // days, the team led — whatever it was. Not semi-retired: that is still work.
  const retired = facts.find((f) => f.slot === 'user/employer' && f.value === 'retired');
  if (retired)
    for (const slot of WORK_SLOTS) retractions.push({ value: '', slot, wholeSlot: true, disproven: false, sourceTurnIds: [turn.id], occurredAt: turn.at, said: retired.said ?? turn.text.trim() });
  // "moved to Bloemfontein, new position at an engineering works here", "I started a new job at a bakery": a new job at
  // a workplace said by its kind is at another one than the named workplace said before, which is no longer where the
  // user works (the trade may be the same; a new role at a named employer may be a move within it, and is not read).
  const newPlace = fiction || facts.some((f) => f.slot === 'user/employer') ? null : NEW_JOB_ELSEWHERE.exec(typedWords);
  if (newPlace) retractions.push({ value: '', slot: 'user/employer', wholeSlot: true, disproven: false, sourceTurnIds: [turn.id], occurredAt: turn.at, said: sentenceAround(typedWords, newPlace.index) });
  for (const f of facts) {
    const exception = f.kind !== 'fact' ? f.said && exceptions.get(f.said) : undefined;
    if (!exception) continue;
    const text = withException(f.text, exception);
    if (f.value === f.text) f.value = text;
    f.text = text;
  }
  // What a sentence read again says that the user's own sentence said already is said once, and in the user's words.
  const own = facts.filter((f) => !(f.said !== undefined && readAgain.has(f.said) && facts.some((g) => g !== f && g.text === f.text && !(g.said !== undefined && readAgain.has(g.said)))));
  for (const f of own) if (f.said !== undefined && readAgain.has(f.said)) f.said = readAgain.get(f.said);
  return {
    facts: own.filter((f) => !isImpliedName(f, own)),
    // A value taken back ("not in its palaces, but in its roads") is a change too: in a long message, only the user's
    // own (long-messages.ts). What the user asks of the assistant, and likes, are read as before.
    retractions: retractions.filter((x) => x.instructionsThat !== undefined || x.preferencesOnly || x.instructionsOnly || x.said === undefined || mayTellAChange(x.said, turn.text.length)),
    updates: updates
      .filter((u) => !readAgain.has(u.sentence))
      .filter((u) => !retracted.has(u.sentence) || namesOther(u))
      .map((u) => ({ said: u.said, marker: u.marker, readAs: u.sentence, occurredAt: u.occurredAt, sourceTurnIds: u.sourceTurnIds, ...(u.counts ? { counts: u.counts, context: u.context } : {}) })),
  };
}

/**
 * A sentence as the rules read it (fillers and a correction marker taken off, "X's not" as "X is not"), whether it
 * marks a correction, and the user's words as a note quotes them (without a leading "Big news:" or "Quick correction
 * to …:").
 */
function readSentence(raw: string): { text: string; isCorrection: boolean; said: string } {
  // Typed fast: "im a mechanic", "ive got", curly apostrophes. Lowercase "im" only before a lowercase word (German "im
  // Büro" is followed by a noun, capitalised).
  // A capital "Im" only before the words an English "I'm" goes on with ("Im a school bus driver"): German "Im großen
  // Saal" goes on with an adjective or a noun.
  let s = raw
    .replace(/[’‘]/g, "'")
    .replace(/\bim(?= [a-z])/g, "I'm")
    .replace(/\bIm(?= (?:a|an|the|not|so|just|now|still|also|really|currently|in|at|from|on|off|back|here|going|gonna|[a-z]+ing)\b)/g, "I'm")
    .replace(/\bive(?= [a-z])/g, "I've");
  for (let i = 0; i < 3; i++) s = s.replace(FILLER_PREFIX, '');
  s = s.replace(TELLING_FRAME, '');
  // Typed like a diary, without its subject: "finally moved to Bristol!!", "started at Kestrel on monday".
  s = s.replace(LIST_ITEM_ME, "I'm ").replace(LIST_ITEM_RELATIVE, (_all, name: string, relation: string) => `my ${relation.toLowerCase()} ${name}, `);
  s = s.replace(SUBJECT_DROPPED, 'I $&');
  // A job said without "I'm": "officially a licensed plumber.", "3rd year plumbing apprentice at … in Bunbury".
  if (JOB_SAID_BARE.test(s)) s = s.replace(/^(?:(?:now|officially|finally|newly)\s+)*(an?\s+)?/i, (_all, a?: string) => `I'm ${a ?? 'a '}`);
  else if (JOB_STARTING_BARE.test(s)) s = s.replace(/^(an?\s+)?/i, (_all, a?: string) => `I'm ${a ?? 'a '}`).replace(/,?\s+(?:starts?|starting|beginning|from)\s+[^,;:.!?\n]{1,30}[.!]*$/i, '.');
  // "no im not a sparky, plumber": the job after the one denied is the user's.
  s = s.replace(JOB_AFTER_DENIED, "$1, I'm a $2");
  // …or after a colon ("life update nobody asked for: moved to oslo"), or a comma after the user's own "I" ("i finally
  // did it, moved up to glasgow") or after a move said without it ("moving out friday, got a studio in Leith").
  s = s.replace(SUBJECT_DROPPED_AFTER_COLON, '$1I $2').replace(SUBJECT_DROPPED_AFTER_I, '$1I $2').replace(SUBJECT_DROPPED_AFTER_MOVE, '$1I $2');
  // "I never said I have a sister": what follows is denied, as "I don't have a sister" denies it.
  const denial = NEVER_SAID.exec(s);
  if (denial) s = s.replace(NEVER_SAID, (_all, verb: string | undefined) => (verb ? `I don't ${verb} ` : "I'm not "));
  const isCorrection = !!denial || CORRECTION_PREFIX.test(s) || CORRECTION_ANYWHERE.test(s);
  s = s.replace(CORRECTION_PREFIX, '');
  // "Quick correction to something I told you before: I don't have a cat" → what follows the colon.
  if (CORRECTION_ANYWHERE.test(s) && /:\s*\S/.test(s)) s = s.slice(s.indexOf(':') + 1).trim();
  for (let i = 0; i < 3; i++) s = s.replace(FILLER_PREFIX, '');
  s = s.replace(/\b(name|job|wife|husband|partner|son|daughter|sister|brother|mother|father|mom|dad)['’]s (?=not\b)/gi, '$1 is ');
  let said = raw.trim();
  for (let i = 0; i < 3; i++) said = said.replace(FILLER_PREFIX, '');
  const colon = said.indexOf(':');
  if (colon > 0 && colon < said.length - 3 && (CORRECTION_ANYWHERE.test(said.slice(0, colon)) || said.slice(0, colon).split(/\s+/).length <= 3))
    said = said.slice(colon + 1).trim();
  said = capitalize(said.replace(CORRECTION_PREFIX, '')) || raw.trim();
  return { text: s, isCorrection, said };
}

/** Records a retraction of `value` said in this sentence; false when the value says nothing (a pronoun, too vague). */
type Retract = (value: string, disproven: boolean, slot?: string, replacement?: string, about?: string, someoneElses?: boolean, instructionsOnly?: boolean) => boolean;

function retractor(turn: ExtractInput, retractions: Retraction[], said: string): Retract {
  return (value, disproven, slot, replacement, about, someoneElses, instructionsOnly) => {
    const v = cleanValue(value);
    if (!v || PRONOUN_START.test(v) || VAGUE.test(v) || v.split(/\s+/).length > 8) return false;
    if (retractions.some((x) => x.sourceTurnIds[0] === turn.id && x.value.toLowerCase() === v.toLowerCase())) return true;
    const rep = replacement ? cleanValue(replacement) : '';
    retractions.push({
      value: v,
      ...(slot ? { slot } : {}),
      disproven,
      sourceTurnIds: [turn.id],
      occurredAt: turn.at,
      said,
      ...(rep && !VAGUE.test(rep) && !PRONOUN_START.test(rep) ? { replacement: rep } : {}),
      ...(about ? { about: cleanValue(about) } : {}),
      ...(someoneElses ? { someoneElses } : {}),
      ...(instructionsOnly ? { instructionsOnly: true as const } : {}),
    });
    return true;
  };
}

/**
 * Contrasts: "not Jon, it's John" / "I live in Braga, not Porto". The old value is retracted; the sentence is read
 * again without it (returned), so its new value is learned as a correction.
 */
function readContrast(s: string, add: Retract, correcting: boolean): { text: string; contrast: boolean } {
  const nxy = s.match(NOT_X_ITS_Y);
  if (nxy && !/^(?:only|just|sure|that|really|yet)\b/i.test(nxy[1]!)) {
    if (add(nxy[1]!, true, undefined, nxy[2])) return { text: s.replace(NOT_X_ITS_Y, nxy[2]!), contrast: true };
  } else {
    // Outside brackets: "(colour, not color)" is an example, not a correction (examples-in-brackets.ts).
    const outside = outsideBrackets(s);
    const cnx = outside.match(COMMA_NOT_X);
    // …and only a contrast that runs over no blanked aside: ", not exceeding 155 characters (counting spaces …)" is none.
    // …and not in a list of what is meant, each with its "not" ("Not him, not the dating site, not the bank."): nothing
    // stands before the first "not" for another to be contrasted with; nor in what a matter kept off takes in ("never
    // bring up the fire again, not the duplex, not the insurance"), where each "not" is one more thing not to raise;
    // nor one way of talking set against another ("real talk, not coach voice"; manners-of-speaking.ts).
    if (cnx && !/^\s*not\b/i.test(s) && !isOffLimitsRequest(s) && !contrastsAManner(s.slice(0, cnx.index), cnx[1]!) && s.slice(cnx.index, cnx.index! + cnx[0].length) === cnx[0] && add(withUnitOfNew(s.slice(0, cnx.index), cnx[1]!), correcting)) return { text: s.slice(0, cnx.index) + s.slice(cnx.index! + cnx[0].length), contrast: true };
  }
  return { text: s, contrast: false };
}

/**
 * "amlodipine is 10mg, not 5": the old number is said bare, in the unit of the new one just before it, and the chats
 * that said it wrote the unit ("on amlodipine 5mg"). The old value takes the new one's unit, as the new one wrote it.
 */
function withUnitOfNew(before: string, old: string): string {
  if (!/^\d+(?:[.,]\d+)?$/.test(old.trim())) return old;
  const unit = /\d(\s?)(mg|mcg|µg|ug|g|kg|ml|l|mmol|iu|units?|mg\/ml|%|lbs?|km|miles?|cm|mm|hours?|hrs?|mins?|minutes?|days?|weeks?|tabs?|tablets?|puffs?)\s*$/i.exec(before);
  return unit ? `${old.trim()}${unit[1]}${unit[2]}` : old;
}

/** Retractions and changes: "I no longer live in Porto", "Max isn't mine", "aisle seats instead of window seats". */
/** Adds what the sentence retracts; returns the endings among them (a pet that died, an instruction taken back…). */
function addRetractions(s: string, add: Retract, correcting: boolean, replyTo?: string): Ending[] {
  const noLonger = /\bno longer\b|\banymore\b|\bany more\b/i.test(s);
  // "it's my sister who's vegan, not me": what the user says is someone else's, not theirs, was never true of them.
  const notMe = NOT_ME.map((re) => re.exec(s)).find((m) => m);
  if (notMe) add(cleanValue(notMe[1]!), true, undefined, undefined, undefined, true);
  const replacement = NEW_VALUE_NOW.exec(s)?.[1];
  for (const rr of RETRACTIONS) {
    const m = s.match(rr.re);
    if (!m) continue;
    const value = (m[1] ?? '').trim();
    if (!value || PRONOUN_START.test(cleanValue(value))) continue;
    // A negated state ("I don't live in / work at / have …") contradicts what was said before; other negations
    // ("I'm not sure", "I don't like olives", "I don't know") retract only as a correction or with "no longer".
    const state =
      /\b(?:don't|do not|didn't)\b (?:actually |really |even )?(?:live|reside|work|have|own|had|owned)\b/i.test(m[0]) ||
      /\b(?:wrong about|about|switch(?:ed)?|chang(?:ed|e)|mov(?:ed|e)|migrat(?:ed|e)|port(?:ed)?|gone|used to|shut|decommissioned|sunset(?:ted)?|turned off|switched off|moving|migrating|switching|closed|deleted|cancell?ed|sold|wound up)\b/i.test(m[0]) ||
      // A business given up in the other languages (the rule above "wound up"): sold, closed, handed on, left.
      /\b(?:(?:ho|abbiamo) (?:venduto|chiuso|ceduto|lasciato)|vend[ií]|cerr[ée]|traspas[ée]|vendimos|cerramos|traspasamos|(?:j'ai|nous avons) (?:vendu|ferm[ée]|c[ée]d[ée])|fechei|fechamos|vendemos|passei|passamos)(?![a-zà-ÿ])/i.test(m[0]);
    // "lol I'm not a nurse, I do payroll" right after the assistant's "As a nurse, …": it corrects what was just said.
    if (!correcting && !noLonger && !state && !saidJustBefore(value, replyTo)) continue;
    // The habit form's value is an action; what it was about is its object ("drink espresso" → "espresso").
    const action = rr === RETRACTIONS[RETRACTIONS.length - 1] || /\bused to\b/i.test(m[0]);
    const about = action ? value.split(/\s+/).slice(1).join(' ') : undefined;
    const wrong = /\b(?:wrong about|forget|ignore|disregard|scratch|scrap|strike)\b/i.test(m[0]);
    const corrects = correcting || (!noLonger && !state && saidJustBefore(value, replyTo));
    if (add(value, wrong || (corrects && !noLonger && !/\b(?:switch(?:ed)?|chang(?:ed|e)|mov(?:ed|e)|migrat(?:ed|e)|port(?:ed)?|gone|used to|shut|decommissioned|sunset(?:ted)?|turned off|switched off|moving|migrating|switching|closed|deleted|cancell?ed|sold|wound up)\b/i.test(m[0])), rr.slot, replacement && replacement !== value ? replacement : undefined, about)) {
      break; // the most specific form wins
    }
  }
  for (const re of NOT_MINE) {
    const m = s.match(re);
    // "Max is my mother's cat" alone may be how the user got him; as a correction, or "isn't mine", it retracts.
    if (!m || (!correcting && re !== NOT_MINE[2])) continue;
    // "The cat I mentioned, Miso, isn't mine": the name is what was claimed.
    const subject = m[1]!.split(/[,;—–]\s*|\s+-\s+/).pop()!.trim();
    const name = subject.split(/[\s,]+/).filter((w) => /^\p{Lu}\p{L}+$/u.test(w)).slice(subject.match(/^\p{Lu}/u) ? 1 : 0).join(' ');
    add(name || subject, true);
  }
  // "The garden grant is cancelled", "I gave up on the novel": a plan or a pastime that ended is no longer current.
  const named = ENDED_NAME.exec(s)?.[1];
  const what = ENDED.exec(s)?.[1] ?? (named && properName(named) === named ? named : undefined) ?? STOPPED.exec(s)?.[1];
  // "I stopped climbing after my shoulder injury": what stopped, not why or when.
  if (what && !NOT_A_STATEMENT.test(s)) add(what.split(/\s+(?:after|because|since|due to|when|following|once|until)\s/i)[0]!.replace(/\s+(?:completely|entirely|altogether|for good|for now|now|too|as well|already)$/i, ''), false);
  // A pet that died, a partner the user broke up with, an instruction taken back.
  const ended = NOT_A_STATEMENT.test(s) ? [] : endings(s);
  for (const e of ended) add(e.value, false, e.slot, undefined, undefined, undefined, e.instructionsOnly);
  // "ankle totally fine", "the cast came off": an injury or illness that is over.
  if (!NOT_A_STATEMENT.test(s)) for (const what of recoveries(s)) add(what, false);
  // "I'm back to eating meat", "started eating meat again": a meat-free diet is no longer current.
  const meat = MEAT_AGAIN.exec(s);
  if (meat && !NOT_A_STATEMENT.test(s) && !/\b(?:don't|do not|not|never|won't|no longer|can't)\b[^,;.]*$/i.test(s.slice(0, meat.index))) for (const diet of ['vegan', 'vegetarian']) add(diet, false, 'user/diet');
  // "we decided not to move to Berlin after all": the plan is off.
  const off = NOT_A_STATEMENT.test(s) ? undefined : calledOff(s);
  if (off) add(off, false);
  // "These days I book aisle seats instead of window seats": the old value is no longer current.
  const instead = /\b(?:instead of|rather than) (?:the |a |an |my )?([^,.;!?\n]{2,40}?)(?=[,.;!?\n]|$| because| since| as | so | now)/i.exec(s);
  // Not an alternative only weighed: "i was thinking maybe doing an apprenticeship instead of sixth form" ends nothing.
  const weighed = instead && /\b(?:maybe|might|thinking|considering|wondering|whether|if|should I|could|would|tempted|option)\b[^,;.!?]*$/i.test(s.slice(0, instead.index));
  if (instead && !weighed && !NOT_A_STATEMENT.test(s)) add(instead[1]!, false);
  return ended;
}

/** The facts the rules read in a sentence, but for what it retracts (`gone`) and what it says inside a negation or a wish. */
function statements(s: string, gone: Set<string>): Omit<FactCandidate, 'sourceTurnIds' | 'occurredAt' | 'correction'>[] {
  const out: Omit<FactCandidate, 'sourceTurnIds' | 'occurredAt' | 'correction'>[] = [];
  for (const rule of RULES) {
    const m = s.match(rule.re);
    if (!m) continue;
    // Inside a negated or hypothetical clause ("Don't feel like I'm making…", "I wish I was…", "if I moved to…"), a
    // statement is not a fact about the user.
    const lead = s.slice(0, m.index) + (/^[,;]/.test(m[0]) ? ',' : '');
    if (/\b(?:don't|do not|doesn't|not|never|wish|if|hope|hoping|might|maybe|doubt|wonder|whether|unless|would|could|should)\b[^,;:]*$/i.test(lead)) continue;
    // "For the sake of argument, say I work at Google", "In this scenario I am a nurse": supposed, not said.
    if (/\b(?:say|suppose|supposing|imagine|imagining|pretend|pretending|assume|assuming|hypothetically|scenario|role-?play|roleplay|in character|in the story|in this story|in the game)\b[^,;:]*$/i.test(lead)) continue;
    if (rule.clause && !CLAUSE_LEAD.test(lead)) continue;
    // "Explain it like I'm a beginner", "as if I lived there": a comparison, not a statement.
    if (/\b(?:like|as if|as though)\s*$/i.test(lead)) continue;
    let made = rule.make(groups(m));
    if (!made || gone.has(cleanValue(made.value).toLowerCase())) continue;
    // An employer's name that holds "and" ("Keane and Lusk Accountants", "Marks & Spencer"): the value stopped at "and";
    // the capitalised words after it, as typed, are the rest of the name.
    const joined = made.slot === 'user/employer' && /^\p{Lu}/u.test(made.value) ? /^ (and|&) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/u.exec(s.slice((m.index ?? 0) + m[0].length)) : null;
    // Not a new clause: "at Leeds General and I love it", "at Tesco and Sainsbury's is next door".
    const after = joined ? s.slice((m.index ?? 0) + m[0].length + joined[0].length) : '';
    if (joined && !/^(?:I|We|He|She|They|It|You|My|Our|The)\b/.test(joined[2]!) && !/^\s+(?:is|are|was|were|has|have|had|does|do|did|said|says|will|would|can|could)\b/i.test(after)) {
      const name = `${made.value} ${joined[1]} ${joined[2]}`;
      made = { ...made, value: name, text: made.text.replace(made.value, name) };
    }
    // A one-word value cut before its object ("I love making this cake" → "making") says nothing.
    // ("I've taken up pottery this year": a time, not the object.)
    const rest = s.slice((m.index ?? 0) + m[0].length);
    if (!/\s/.test(made.value.trim()) && /^\s+(?:this|that|these|those|it|them|him|her)\b/i.test(rest) && !/^\s+(?:this (?:year|week|month|morning|evening|summer|winter|spring|autumn|fall|weekend|semester|term)|these days)\b/i.test(rest)) continue;
    out.push(made);
  }
  return out;
}

/** What took the place of something replaced: how the user works now, or the new thing ("User switched from X to Y."). */
function replacementFacts(replaced: Replaced[]): Omit<FactCandidate, 'sourceTurnIds' | 'occurredAt' | 'correction'>[] {
  const out: Omit<FactCandidate, 'sourceTurnIds' | 'occurredAt' | 'correction'>[] = [];
  for (const x of replaced) {
    if (!x.now) continue;
    const fact = x.slot
      ? slotFact(x.slot, `User works ${x.now}.`, x.now, 0.65)
      : { kind: 'preference' as const, text: `User switched from ${thirdPerson(x.old)} to ${thirdPerson(x.now)}.`, value: x.now, importance: 0.6 };
    if (!out.some((f) => f.text === fact.text)) out.push(fact);
  }
  return out;
}

/** The fact an answer to the assistant's question gives. */
function answerFact(a: Answer, at: number): Omit<FactCandidate, 'sourceTurnIds' | 'occurredAt' | 'correction'> | null {
  const place = properCase(a.value);
  if (a.what === 'job') return occupation(article(a.value));
  if (a.what === 'home') return slotFact('location', `User lives in ${place}.`, place, 0.8);
  if (a.what === 'origin') return slotFact('origin', `User is from ${place}.`, place, 0.6);
  return ageFact(Number(a.value), at);
}

/** The slot of a way of working: one per dimension, so going part-time leaves nights alone. */
function workSlot(value: string): string {
  const dimension = workDimension(value);
  return dimension ? `work-pattern:${dimension}` : 'work-pattern';
}

function isImpliedName(f: FactCandidate, all: FactCandidate[]): boolean {
  const m = /^User's (.+) is (.+)\.$/.exec(f.text);
  return !!m && !f.slot && all.some((g) => g !== f && g.sourceTurnIds[0] === f.sourceTurnIds[0] && g.text.startsWith(`User's ${m[1]} ${m[2]} `));
}
