/**
 * Things the user has and groups they belong to, said in passing: "ended up getting the Yamaha BB735A!!", "my son got
 * me an iPhone 15", "GOT THE RX 7800 XT", "I own a duplex in Dayton", "joined Static Ghosts", "I play in a band called
 * The Foxes". What a person owns and where they belong shapes every answer about it ("strings for my main bass",
 * "settings for my GPU"), and is rarely said as "I own …".
 *
 * A thing got is named by a model (a word and a token with a digit: "Pixel 8", "BB735A", "P-125", "RX 7800 XT"), so
 * that "got a cold" or "bought a 2 for 1 deal" is nothing. What was sold or given away is retracted where this names
 * it (replaced.ts reads a swap said in one breath).
 */
import { GOT_BY_USER_OTHER_LANGUAGES, GOT_BY_USER_VERB_LAST, thingNamedInOtherLanguage, VERB_LAST_OTHER_LANGUAGES } from './things-got-other-languages';

export interface PossessionFact {
  kind: 'fact';
  slot?: string;
  text: string;
  value: string;
  importance: number;
}

// A model: brand or product words, then a token with a digit, then the words models end in ("Pro", "XT", "Ultra").
const WORDS = String.raw`(?:(?!(?:a|an|the|my|our|some|one)\s)[\p{L}][\p{L}'+-]*\s){1,3}?`;
// An engine's or a version's point is part of the token ("a Nissan Navara 2.3", "a Corolla 1.8"): the model does not
// end at the point.
const MODEL_TOKEN = String.raw`[\p{L}]{0,6}(?:-[\p{L}]{1,3})?-?\d[\p{L}\p{N}+-]*(?:\.\d{1,2}(?![.\p{N}]))?`;
// Each tail word whole: "yesterday" after a model is no "Ye". The rules read case-blind, so a short word of the
// sentence is no tail either: "got my cert 3 in light vehicle" names no "cert 3 in".
const MODEL_TAIL = String.raw`(?:\s(?!(?:in|on|at|to|of|is|it|as|by|or|an|a|so|up|we|me|my|do|go|be|if|no|i)(?![\p{L}\p{N}]))(?:Pro|Max|Plus|Ultra|Mini|XT|XTX|Ti|SE|Air|Lite|FE|GT|[A-Z]{1,2}\d{0,2})(?![\p{L}\p{N}]))*`;
const MODEL = String.raw`(${WORDS}${MODEL_TOKEN}${MODEL_TAIL}|[\p{L}]{1,4}-?\d[\p{L}\p{N}+-]*[\p{L}][\p{L}\p{N}+-]*${MODEL_TAIL})`;
/** Words a number may follow that make it an amount or a grade, not a model: "a 5 year warranty", "my cert 3" are no thing. */
const AMOUNT = /\b(?:cert|certificate|diploma|level|nvq|year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|kg|kgs|lb|lbs|percent|times|x|for|of|to|and|or|pack|pcs|pieces|grade|score|ticket|tickets|seat|seats|room|rooms|bed|beds|night|nights)\s+-?\d/i;
const ARTICLE = String.raw`(?:(?:a|an|the|my|our|myself an?)\s+)?(?:(?:new|brand[- ]new|used|second[- ]hand|secondhand|refurbished|refurb)\s+)?`;

/**
 * "I got", "we just bought", "ended up getting", "treated myself to": the user getting a thing, then its article. A
 * trade-in gets the thing it is traded for ("traded it in for a Mazda", "part-exchanged the Polo for a Golf").
 */
const GOT_BY_USER = String.raw`(?:^|\b(?:I|we)(?:'ve| have)?\s+|[,;:]\s*|\b(?:and|so|finally|just)\s+)(?:(?:just|finally|recently|also|then)\s+)*(?:got|bought|ordered|picked up|ended up (?:getting|buying|with)|treated (?:myself|ourselves) to|upgraded to|splurged on|went for|went with|traded (?:it|her|him|mine|(?:my|our|the) (?:old )?[\p{L}\p{N}-]+) in for|part[- ]exchanged (?:it|her|him|mine|(?:my|our|the) (?:old )?[\p{L}\p{N}-]+) for)\s+${ARTICLE}`;

/**
 * "The Scion finally died. Replaced it with a 2023 Ford Maverick", "we replaced the old Corsa with a Kia Ceed": a car
 * that took the place of the one before is the user's now. Only a car by its maker's name: what else is "replaced
 * with" is as often a part ("replaced the fan with a Noctua NF-A12") as a thing the user has.
 */
const REPLACED_WITH = String.raw`(?:^|\b(?:I|we)(?:'ve| have)?\s+|[,;:]\s*|\b(?:and|so|finally|just)\s+)(?:(?:just|finally|recently|also|then)\s+)*replaced (?:it|her|him|mine|(?:my|our|the) (?:old )?[\p{L}\p{N}-]+) with\s+${ARTICLE}`;

/**
 * Car makers whose names name no other thing one gets ("a Ford", "a Škoda"); not Yamaha or Triumph (a piano's, a
 * bike's), nor SEAT or Mini ("got a seat on the train", "a mini fridge").
 */
export const CAR_MAKERS = String.raw`toyota|ford|vauxhall|volkswagen|vw|škoda|skoda|renault|peugeot|citro[eë]n|fiat|nissan|honda|mazda|subaru|suzuki|isuzu|mitsubishi|hyundai|kia|bmw|audi|mercedes(?:-benz)?|volvo|tesla|land rover|range rover|jeep|dacia|lexus|chevrolet|chevy|opel|jaguar|porsche|saab|polestar|byd|cupra|alfa romeo|chrysler|buick|cadillac|lincoln|dodge|gmc|ssangyong|proton|perodua|tata|mahindra|maruti`;

/**
 * "Got an Isuzu D-Max now", "we bought a Skoda Fabia", "picked up a Honda Jazz": a car is named by its maker, and its
 * model has no digit as often as not ("Jazz", "D-Max"), so the maker's name stands for the digit. A car got done
 * ("got my Toyota Camry serviced", "got the Ford fixed") is no car got. The model year said first ("a 2019 Honda Jazz")
 * is left out of the name. An engine's size is part of the model ("a Nissan Navara 2.3", "a Skoda Octavia 1.5 TSI"), not
 * a number that ends it at the point.
 */
const CAR_GOT = new RegExp(
  String.raw`(?:${GOT_BY_USER}|${REPLACED_WITH})(?:(?:19|20)\d\d\s+)?((?:${CAR_MAKERS})(?:\s+(?!(?:now|today|yesterday|tonight|last|this|next|and|but|so|for|from|with|at|in|on|off|to|instead|after|before|because|as|which|that|it|its|done|stolen|taken|\p{L}+ed)\b)[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.\d{1,2}(?![.\d]))?){0,2})(?![\p{L}\p{N}-])`,
  'iu',
);

const GOT_IN_OTHER_LANGUAGES = new RegExp(String.raw`${GOT_BY_USER_OTHER_LANGUAGES}${MODEL}`, 'iu');
const GOT_IN_OTHER_LANGUAGES_VERB_LAST = new RegExp(String.raw`${GOT_BY_USER_VERB_LAST}${MODEL}${VERB_LAST_OTHER_LANGUAGES}`, 'iu');

const GOT = [
  // "I got a Pixel 8", "we just bought a Yamaha P-125", "ended up getting the Yamaha BB735A", "GOT THE RX 7800 XT".
  new RegExp(
    String.raw`${GOT_BY_USER}${MODEL}`,
    'iu',
  ),
  CAR_GOT,
  // The same in the other languages the rules read: "J'ai racheté un Douze V2 d'occasion", "ik heb een Gazelle C7 gekocht".
  GOT_IN_OTHER_LANGUAGES,
  GOT_IN_OTHER_LANGUAGES_VERB_LAST,
  // "my son got me an iPhone 15", "Cian got me a Kindle Paperwhite 5".
  new RegExp(String.raw`\b(?:\p{Lu}[\p{L}'-]+|my \p{L}+|the kids|my family)\s+(?:got|bought|gave)\s+(?:me|us)\s+${ARTICLE}${MODEL}`, 'u'),
];
/**
 * What follows a number that makes it no thing one has: "a Covid-19 booster", "a 2 for 1 deal"; nor a thing got back
 * ("got my A1c back", "got the P60 back from HR": a result returned, or a thing already had, not one newly got).
 */
const NOT_A_MODEL_AFTER = /^\s*(?:booster|jab|shot|vaccine|test|tests|ticket|tickets|deal|offer|discount|grade|score|mark|marks|raise|bonus|refund|fine|year|years|month|months|week|weeks|day|days|percent|%|kg|lbs?|results?|back|(?:for|of|out of) \d)\b/i;
/** Not the user's, or not yet: a wish, a question, a plan, a comparison. */
const NOT_OWNED = /\?\s*$|\b(?:if|should I|would|could|might|maybe|thinking (?:of|about)|considering|want(?:ed)? to|wanna|going to|gonna|plan(?:ning)? to|hoping|or|vs\.?|versus|instead of|for (?:my|his|her|our) (?:son|daughter|kid|kids|wife|husband|partner|mum|mom|dad|brother|sister|friend))\b/i;

// "I own a duplex in Dayton", "we own two rental flats": a thing owned, with where it is when said.
const OWN = /\b(?:I|[Ww]e) (?:also |still )?own (an?|one|two|three|four|five|\d+) ((?:[\p{L}'-]+ ){0,3}?[\p{L}'-]+?)(?: (in|near|outside) (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?))?(?=\s*(?:[,.;:!]|$| and | that | which | I | we | but | so ))/u;
/** Owned words that are no thing: "I own a lot of books", "own a copy", "own a pair of". */
const NOT_A_THING = /^(?:lot|lots|few|couple|copy|pair|bit|share|piece|part|stake|majority|minority|right|rights|home|house)$|^(?:lot|copy|pair|couple|bit|share) /i;

// "joined Static Ghosts", "I just joined the Kestrel running club", "joined a new clan called Night Shift".
const GROUP_WORD = String.raw`(?:club|team|choir|band|orchestra|society|league|crew|clan|guild|squad|group|association|ensemble|troupe|collective|co-?op|committee|brigade|lodge)`;
const JOINED = new RegExp(
  String.raw`(?:^|\bI\s+|\bwe\s+|[,;:]\s*|\b(?:and|so|then|just|finally)\s+)(?:(?:just|finally|recently|officially)\s+)*joined\s+(?:(the\s+(?:[\p{L}'-]+\s+){0,3}?${GROUP_WORD})|(?:a\s+(?:new\s+)?${GROUP_WORD}\s+called\s+)?(\p{Lu}[\p{L}\p{N}'-]*(?:\s+\p{Lu}[\p{L}\p{N}'-]*){0,3}))(?=\s*(?:[,.;:!)]|$|\s+(?:and|but|so|because|last|this|in|on|at|—|–|-)\b|\s+\p{Extended_Pictographic}))`,
  'u',
);
// "I play (bass) in a band called The Foxes", "I sing with the Elbklang choir".
const PLAYS_IN = new RegExp(String.raw`\bI (?:play|sing|dance|row|swim|run|race)(?: \p{L}+)? (?:in|with|for) (?:a (?:[\p{L}-]+ )?${GROUP_WORD} called (\p{Lu}[\p{L}\p{N}'-]*(?:\s+\p{Lu}[\p{L}\p{N}'-]*){0,3})|(the \p{Lu}[\p{L}\p{N}'-]*(?:\s+[\p{L}\p{N}'-]+){0,2}? ${GROUP_WORD}))\b`, 'u');

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const withArticle = (thing: string) => `${/^[aeiou]/i.test(thing) && !/^(?:uni|one|eu)/i.test(thing) ? 'an' : 'a'} ${thing}`;

/** The things a sentence of the user's says they got, own or joined. */
export function possessionStatements(sentence: string, saidAt: number): PossessionFact[] {
  const out: PossessionFact[] = [];
  if (!NOT_OWNED.test(sentence)) {
    for (const re of GOT) {
      const m = re.exec(sentence);
      const said = m?.[1]?.trim();
      const thing = said && (re === GOT_IN_OTHER_LANGUAGES || re === GOT_IN_OTHER_LANGUAGES_VERB_LAST) ? thingNamedInOtherLanguage(said) : said;
      if (!m || !thing || AMOUNT.test(` ${thing}`) || /^\d/.test(thing) || NOT_A_MODEL_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      // An illness got is no thing owned: "got covid", "I've got T1D" (type 1 diabetes, a condition extract.ts reads).
      if (/\b(?:covid|flu|h1n1|sars|t[12]d|type [12]|ckd|copd)\b/i.test(thing)) continue;
      // "bought a used 2018 Ford Fiesta": a model year after how it was got is no model's name; the car's maker's rule
      // (CAR_GOT) reads the name after the year. ("a new 4K TV" is one.)
      if (/^(?:new|brand[- ]new|used|second[- ]hand|secondhand|refurbished|refurb)\s+(?:19|20)\d\d\b/i.test(thing)) continue;
      if (re === CAR_GOT && /^\s+(?:\p{L}{2,}ed|done|stolen|taken)\b/iu.test(sentence.slice(m.index + m[0].length))) continue;
      // "got there at 6 pm", "got home by 11": a place reached at a time, no thing got.
      if (/^(?:there|here|home|back|in|out|up|down)\b|\d\s*(?:am|pm)$/i.test(thing)) continue;
      // "got rear-ended on I-10", "got stuck behind an A380": something that happened to the user, and where; no
      // model's name holds "on" or "behind".
      if (/(?:^|\s)(?:on|in|at|off|onto|into|near|by|from|behind|outside|over|under|along)\s/i.test(thing)) continue;
      out.push({ kind: 'fact', text: `User has ${withArticle(thing)} (since ${dayOf(saidAt)}).`, value: thing, importance: 0.6 });
      break;
    }
    const own = OWN.exec(sentence);
    if (own && !NOT_A_THING.test(own[2]!)) {
      const where = own[3] ? ` ${own[3].toLowerCase()} ${own[4]}` : '';
      out.push({ kind: 'fact', text: `User owns ${own[1]!.toLowerCase()} ${own[2]}${where}.`, value: own[2]!, importance: 0.7 });
    }
  }
  const joined = JOINED.exec(sentence) ?? PLAYS_IN.exec(sentence);
  const group = joined?.[1] ?? joined?.[2];
  if (group && !/\?\s*$/.test(sentence) && !/\b(?:if|should I|thinking (?:of|about)|want(?:ed)? to|going to|gonna|might)\b/i.test(sentence)) {
    out.push({ kind: 'fact', text: `User is a member of ${group.trim()}.`, value: group.trim(), importance: 0.65 });
  }
  return out;
}
