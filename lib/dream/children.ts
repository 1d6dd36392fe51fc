/**
 * The user's children, as parents mention them in passing: a name with an age ("my daughter Mia is 5", "two kids,
 * elsa is 7 and nils is 4", "my son Leo (6)"), a birthday ("nils turns 5 on saturday"), a birth ("our baby Ingrid
 * arrived on 2 October"). One slot per child, so each new age supersedes the last with dated history, and an age is
 * written with the month it was said: a memory read a year later must not state last year's age as today's.
 *
 * Names are often typed in lower case, so a name is told by where it stands (after "my daughter", in a sentence
 * about the kids), never by its capital, and checked against words that are no one's name.
 */

import { capitalize } from '../engine/text';
import { utcMonth } from '../util/utc-day';

export interface ChildFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
  /**
   * A birthday said by name alone ("nils turns 5"): it updates a child already known and teaches nothing otherwise
   * ("bob turns 40 on saturday" may be a friend).
   */
  updatesOnly?: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
};
const AGE = String.raw`(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const NAME = String.raw`(\p{L}[\p{L}'’-]{1,20})`;
const RELATION = String.raw`(daughter|son|stepdaughter|stepson|little girl|little boy|eldest|oldest|youngest|middle one|baby)`;
/** Words that stand where a name would and are none ("my son is 5", "my daughter just turned 7", "she is 4"). */
const NOT_A_NAME =
  /^(?:is|was|who|just|now|also|and|he|she|they|it|him|her|them|this|that|the|a|an|my|our|your|his|their|one|mine|ours|still|only|almost|nearly|about|already|turned|turns|will|would|has|had|have|got|gets|being|been|so|too|very|really|then|when|if|but|or|not|no|yes|age|aged|years?|months?|weeks?|days?|kids?|children|child|daughters?|sons?|stepdaughter|stepson|eldest|oldest|youngest|sister|brother|wife|husband|partner|mother|father|niece|nephew|cousin|friend|boss|boys?|girls?|twins?|baby|babies|dad|mum|mom|daddy|mummy|mommy|grandma|grandpa|granny|today|tomorrow|yesterday|tonight|everyone|everybody|someone|nobody|here|there|what|which|whose|how|why|where)$/i;
const r = (src: string) => new RegExp(src, 'giu');

/**
 * A child named with an age in Polish, Italian, Spanish, French, Portuguese and German, the relation first: "moja córka
 * Ola ma 6 lat" (also as a reply: "tak, jedna córka, Ola, ma 6 lat"), "mia figlia Giulia ha 8 anni", "mi hijo Pablo
 * tiene 3 años", "ma fille Léa a 5 ans", "meu filho Rui tem 9 anos", "meine Tochter Mia ist 4". Not "jego córka" (his),
 * "sua figlia" (her), "su hijo" (their), "sa fille": someone else's.
 */
const CHILD_OTHER_LANGUAGES: [RegExp, (relation: string) => string][] = [
  [r(String.raw`(?:^|[\s,;:(])(?:(?:moja|mam|jedna|jedną|jeden|jednego|mój|mojego|moją)\s+)?(?<!(?:jego|jej|ich|twoja|twój|wasza|pani|pana)\s+)(córk[aęi]|syn(?:a)?)\s*,?\s+${NAME},?\s+(?:ma|skończył[ao]?)\s+(\d{1,2})\s+(?:lat|lata|latka|rok|roczek)(?![\p{L}])`), (x) => (/^c/i.test(x) ? 'daughter' : 'son')],
  [r(String.raw`\b(?:mia|mio)\s+(figli[ao])\s*,?\s+${NAME},?\s+ha\s+(\d{1,2})\s+ann[io]\b`), (x) => (/a$/i.test(x) ? 'daughter' : 'son')],
  [r(String.raw`\bmi\s+(hij[oa])\s*,?\s+${NAME},?\s+tiene\s+(\d{1,2})\s+años?(?![\p{L}])`), (x) => (/a$/i.test(x) ? 'daughter' : 'son')],
  [r(String.raw`\b(?:ma|mon)\s+(fille|fils)\s*,?\s+${NAME},?\s+a\s+(\d{1,2})\s+ans?\b`), (x) => (/^fille$/i.test(x) ? 'daughter' : 'son')],
  [r(String.raw`\b(?:minha|meu)\s+(filh[ao])\s*,?\s+${NAME},?\s+tem\s+(\d{1,2})\s+anos?\b`), (x) => (/a$/i.test(x) ? 'daughter' : 'son')],
  [r(String.raw`\b(?:meine|mein)\s+(Tochter|Sohn)\s*,?\s+${NAME},?\s+ist\s+(\d{1,2})(?:\s+Jahre(?:\s+alt)?)?(?=[\s,.;!?)]|$)`), (x) => (/^tochter$/i.test(x) ? 'daughter' : 'son')],
];
/** Words of these languages that stand where the name would and are none ("moja córka też ma 5 lat"). */
const NOT_A_NAME_ELSEWHERE = /^(?:też|teraz|już|właśnie|także|ora|adesso|anche|già|ahora|también|ya|aussi|maintenant|déjà|também|agora|já|jetzt|auch|schon|nun)$/iu;

const ageOf = (v: string) => NUMBER_WORDS[v.toLowerCase()] ?? Number(v);

/** `age`: a number, null for a birth said now, undefined for a child named without an age. */
function childFact(relation: string, name: string, age: number | null | undefined, saidAt: number, updatesOnly = false): ChildFact | null {
  if (NOT_A_NAME.test(name) || (typeof age === 'number' && !(age >= 0 && age <= 17))) return null;
  const n = capitalize(name);
  const rel = /^(?:little girl)$/i.test(relation) ? 'daughter' : /^(?:little boy)$/i.test(relation) ? 'son' : /^(?:eldest|oldest|youngest|middle one|baby)$/i.test(relation) ? 'child' : relation.toLowerCase();
  const said =
    age === undefined ? `User has a ${rel} named ${n}.` : age === null ? `User's ${rel} ${n} was born in ${utcMonth(saidAt)}.` : `User's ${rel} ${n} is ${age} (as of ${utcMonth(saidAt)}).`;
  return { kind: 'fact', slot: `user/child:${n.toLowerCase()}`, text: said, value: n, importance: 0.75, ...(updatesOnly ? { updatesOnly } : {}) };
}

/** "my daughter Mia is 5", "my son, leo, 6,", "my youngest Ava (3)". */
const NAMED_WITH_AGE = r(String.raw`\bmy ${RELATION},? ${NAME}(?:,\s*|,? (?:is|'s|who is|who's|just turned|turned|aged|age) | \()${AGE}(?=\)|,|\s|$|[.!?])(?! (?:minutes|hours|days|weeks|months|percent|%|times|kg|km|cm|lbs?)\b)`);
/**
 * "we have 7 year old twins, Signe and Leif", "I've got two kids, Ella and Sam", "we have three girls (9, 7 and 4),
 * Ada, Bea and Cleo": the children named in a list after the word for them, two or more, with the age said before.
 */
const KIDS_NAMED = r(
  String.raw`\b(?:we|I)(?: have| have got|'ve got|'ve| got) (?:(?:two|three|four|five|2|3|4|5) )?(?:${AGE}[- ](?:years?|yrs?)[- ]old )?(?:(?:two|three|four|five|2|3|4|5) )?(kids|children|twins|boys|girls|sons|daughters|little ones)(?: \([^)]{1,30}\))?,?(?: (?:called|named))? (${NAME.slice(1, -1)}(?:(?:,? and |, | & )${NAME.slice(1, -1)}){1,5})(?=[\s,.;:!?)]|$)`,
);
const KIDS_RELATION: Record<string, string> = { boys: 'son', sons: 'son', girls: 'daughter', daughters: 'daughter' };

/** A sentence about the user's children: then "elsa is 7 and nils is 4" names them. */
const ABOUT_THE_KIDS = /\b(?:(?:two|three|four|five|2|3|4|5|my|our|the) (?:kids|children|boys|girls|sons|daughters|little ones|twins)|(?:kids|children) are)\b/i;
const NAME_IS_AGE = r(String.raw`(?:^|[\s,(;:])${NAME} (?:is|'s) ${AGE}(?=[\s,.;!?)]|$)(?! (?:minutes|hours|days|weeks|months|percent|%|times|kg|km|cm|lbs?|o'?clock|pm|am)\b)`);
/** "Zara (8) and Eli (6)", in a sentence about the kids: each name with its age in brackets. */
const NAME_BRACKET_AGE = r(String.raw`(?:^|[\s,;:])${NAME} \(${AGE}\)`);
/** "nils turns 5 on saturday", "Mia just turned 7": a birthday, by name alone. */
const TURNS = r(String.raw`(?:^|[\s,(;:])${NAME} (?:turns|turned|just turned|is turning|will be|will turn) ${AGE}\b(?! (?:minutes|hours|days|weeks|months|percent|%|times)\b)`);
/** "our baby Ingrid arrived", "we had a baby girl, Ingrid", "ingrid arrived on 2 october (3.4kg)". */
const BORN = [
  r(String.raw`\b(?:our|my) (?:new |little )?(?:baby|baby girl|baby boy|newborn|daughter|son),? ${NAME},? (?:arrived|was born|is here|came)\b`),
  r(String.raw`\bwe(?:'ve| have)? (?:had|welcomed) (?:a|our) (?:baby |little )?(?:girl|boy|baby|daughter|son)(?: \([^)]{0,20}\))?,? ${NAME}\b`),
  r(String.raw`(?:^|[.!?]\s+)${NAME} (?:arrived|was born)\b`),
  // "baby Leo arrived last night", "welcome to the world, Arlo", "I gave birth to a girl, Maeve", "a little girl,
  // Maeve, born at 3am" — the rest of an announcement whose first sentence was "she's here!!!" or "we had the baby!".
  r(String.raw`\bbaby ${NAME},? (?:arrived|was born|is here|came)\b`),
  r(String.raw`\bwelcome to the world,? (?:little |baby )?${NAME}\b`),
  r(String.raw`\b(?:I|we)(?:'ve| have)? (?:just )?(?:gave|given) birth to (?:a|our) (?:baby |little |beautiful |healthy )*(?:girl|boy|daughter|son)(?: \([^)]{0,20}\))?,? (?:named |called )?${NAME}\b`),
  r(String.raw`(?:^|[.!?]\s+)(?:a |our )?(?:little |baby |beautiful |healthy )*(?:girl|boy),? ${NAME},? (?:was )?born\b`),
  // "Niamh, born thursday the 9th at 4am": a name, then when — a day, not a year ("Tom, born in 1990").
  r(String.raw`(?:^|[.!?]\s+)${NAME},? (?:was )?born (?:on |at |this |last |early |late |just |yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d|\d{1,2}(?:st|nd|rd|th)?\b)(?![^.!?]*\b(?:1[89]|20)\d\d\b)`),
];
/** Twins named together at their birth: "They're here!!! Nayeli and Bernardo, born yesterday at 33 weeks" (not "born in 1990"). */
const TWO_BORN = r(String.raw`(?:^|[.!?]\s+)${NAME} (?:and|&) ${NAME},? (?:were |are )?(?:born|arrived)\b(?![^.!?]*\b(?:1[89]|20)\d\d\b)`);
/** What makes "X arrived" a birth: the baby's weight, age in days or weeks, a delivery. */
const BIRTH_SIGNAL = /\b(?:baby|born|newborn|labou?r|delivery|c-section|maternity|\d(?:[.,]\d)?\s?(?:kg|lbs?|pounds)|\d+(?:[.,]\d)? (?:days?|weeks?) (?:old|now))\b/i;
const OTHERS_BEFORE = /(?:\p{L}['’]s|\b(?:his|her|their|your|its))\s+$/iu;
const HYPOTHETICAL = /^(?:if|suppose|supposing|imagine|pretend|what if|let'?s say)\b/i;

/** A sentence about the user's kids ("two kids", "the kids are"): the names with ages in it, or just after it, are theirs. */
export function talksOfTheKids(sentence: string): boolean {
  return ABOUT_THE_KIDS.test(sentence);
}

/** The children one sentence of the user's names, with ages or a birth. */
export function childStatements(sentence: string, saidAt: number, kidsJustNamed = false): ChildFact[] {
  if (HYPOTHETICAL.test(sentence)) return [];
  const out = new Map<string, ChildFact>();
  const add = (f: ChildFact | null) => {
    if (f && !out.has(f.slot)) out.set(f.slot, f);
  };
  for (const m of sentence.matchAll(NAMED_WITH_AGE)) add(childFact(m[1]!, m[2]!, ageOf(m[3]!), saidAt));
  for (const m of sentence.matchAll(KIDS_NAMED)) {
    if (OTHERS_BEFORE.test(sentence.slice(0, m.index))) continue;
    const names = m[3]!.split(/,? and |, | & /);
    if (names.some((n) => NOT_A_NAME.test(n))) continue;
    for (const n of names) add(childFact(KIDS_RELATION[m[2]!.toLowerCase()] ?? 'child', n, m[1] ? ageOf(m[1]) : undefined, saidAt));
  }
  // "i have the kids every other weekend. Ollie is 7 and Mae is 4.": the sentence after the kids are named counts too.
  if (kidsJustNamed || ABOUT_THE_KIDS.test(sentence)) for (const re of [NAME_IS_AGE, NAME_BRACKET_AGE]) for (const m of sentence.matchAll(re)) add(childFact('child', m[1]!, ageOf(m[2]!), saidAt));
  for (const [i, re] of BORN.entries()) {
    if ((i === 2 || i === 3) && !BIRTH_SIGNAL.test(sentence)) continue;
    for (const m of sentence.matchAll(re)) {
      // "my sister's baby Ava arrived": someone else's child.
      if (OTHERS_BEFORE.test(sentence.slice(0, m.index))) continue;
      add(childFact(/\b(?:daughter|girl)\b/i.test(m[0]) ? 'daughter' : /\b(?:son|boy)\b/i.test(m[0]) ? 'son' : 'child', m[1]!, null, saidAt));
    }
  }
  if (BIRTH_SIGNAL.test(sentence))
    for (const m of sentence.matchAll(TWO_BORN)) {
      if (OTHERS_BEFORE.test(sentence.slice(0, m.index))) continue;
      for (const n of [m[1]!, m[2]!]) add(childFact('child', n, null, saidAt));
    }
  for (const m of sentence.matchAll(TURNS)) add(childFact('child', m[1]!, ageOf(m[2]!), saidAt, true));
  for (const [re, relation] of CHILD_OTHER_LANGUAGES)
    for (const m of sentence.matchAll(re)) if (!NOT_A_NAME_ELSEWHERE.test(m[2]!)) add(childFact(relation(m[1]!), m[2]!, Number(m[3]), saidAt));
  return [...out.values()];
}

/**
 * A birthday said by name alone, written with what the memory already knows the child is: "User's child Nils is 5"
 * after "User's son Nils is 4" reads "User's son Nils is 5".
 */
export function withKnownRelation(text: string, known: string): string {
  const rel = /^User's (\S+) /.exec(known)?.[1];
  return rel ? text.replace(/^User's child /, `User's ${rel} `) : text;
}

/** Whole months from one "YYYY-MM" to another. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/**
 * An age as it must be when the block is read, a child's or the user's own (user-age.ts): "User's son Nils is 5 (as
 * of 2026-03)." a year on reads "User's son Nils is about 6 now (5 in 2026-03)."; a birth under two years ago gives
 * the months. The stored memory keeps what was said; only the line shown moves on.
 */
export function agesNow(line: string, now: number): string {
  const today = utcMonth(now);
  return line
    .replace(/^(User|User's \S+ \S+) is (\d{1,2}) \(as of (\d{4}-\d{2})\)\./, (all, who: string, age: string, asOf: string) => {
      const years = Math.floor(monthsBetween(asOf, today) / 12);
      return years >= 1 ? `${who} is about ${Number(age) + years} now (${age} in ${asOf}).` : all;
    })
    .replace(/^(User's \S+ \S+) was born in (\d{4}-\d{2})\./, (all, who: string, born: string) => {
      const months = monthsBetween(born, today);
      if (months < 1) return all;
      return months < 24 ? `${who} was born in ${born} (about ${months} months old now).` : `${who} was born in ${born} (about ${Math.floor(months / 12)} now).`;
    });
}
