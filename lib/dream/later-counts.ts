import type { MemoryRow } from '../db/schema';
import { terms } from '../engine/text';
import { statedPart } from './supposed';

/**
 * A count the user gives again, with a new number: "23 hours now" after "12 hours so far", "fourteen chapters
 * finished" after "11 chapters now", "64% from the line now" after "shooting 58%". Nothing in the later sentence says
 * that anything changed, and the words around the number differ each time, so neither a rule nor a change marker
 * (later-updates.ts) reads it; the older chats would go on stating the old count as current. The same counted thing
 * (the word after the number) with another number is what ties them. Like any update, the note claims nothing: it
 * quotes the later words beside the older passage.
 */

export interface Count {
  /** What is counted: the word after the number ("chapters", "%") or before an amount ("budget £"), lower-cased. */
  unit: string;
  value: number;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
/** A number after a label names one thing, it counts none: "Grade 6 piano", "room 12 downstairs", "bus 4 home". */
const NOT_AFTER_A_LABEL = String.raw`(?<!\b(?:grade|level|year|yr|room|page|chapter|no|nr|number|step|stage|version|round|gate|platform|bus|route|line|flight|size|age|week|day|class|form|block|unit|floor|lane|bay|seat|row|track|episode|season|part|section|sprint|phase|table|door|apartment|apt|house|lot|plot|box|locker|ward|bed|court|field|pier|dock|terminal|exit|junction|zone|category|division|league|tier|band|group|team|number)\.?\s+)`;
/** After "I'm" a bare number is an age ("I'm 72 retired driving examiner"). */
const NOT_AN_AGE = String.raw`(?<!\b(?:I'm|I’m|im|I am|aged?|turned|turning|she's|he's|she is|he is)\s+)`;
/**
 * A number, then a plural word or a percent sign: "11 chapters", "fourteen chapters", "138 árvores", "64%"; one word
 * may stand between ("640 member farmers", "70 new farmers", "3 more hives"), the plural nearest the number first. Written
 * numbers only up to a hundred, whole: "twenty-three" and "1.5 km" are left to other readers.
 */
const COUNT = new RegExp(
  String.raw`${NOT_AFTER_A_LABEL}(?<![\p{L}\p{N}.,/:-])(\d{1,3}(?:,\d{3})*|\d+|${Object.keys(NUMBER_WORDS).join('|')})(?:\s?(%)|\s?(sec|min)(?=s?\b)|\s+(?:\p{L}{2,}\s+)??(\p{L}{3,}s))(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * A count whose word is not an English plural in -s: "19 women", "40 children", "15 warmikuna", "12 Mitglieder",
 * "30 donne". Many languages (and English's irregular plurals) mark the plural otherwise, or not at all. Digits only,
 * a word of four letters or more, and never a word that merely follows a number in a sentence ("3 more", "5 from").
 */
const COUNT_OTHER_PLURAL = new RegExp(String.raw`${NOT_AFTER_A_LABEL}${NOT_AN_AGE}(?<![\p{L}\p{N}.,/:#-])(\d{1,3}(?:,\d{3})*|\d+)\s+(\p{L}{4,})(?![\p{L}\p{N}])`, 'giu');
const NOT_A_COUNTED_WORD = new RegExp(
  String.raw`^(?:${[
    // what may follow a number in an English sentence without being counted
    'more|less|fewer|from|with|into|onto|over|under|than|that|this|then|when|each|every|some|other|another|about|around|after|before|until|till|til|thru|through|since|also|just|only|were|have|here|there|plus|times|feet|foot|inch|inches|pounds|percent|years|year|months|month|weeks|week|days|hour|hours|minute|night|nights|today|tomorrow|yesterday|tonight|morning|evening|noon|midnight|euro|dollar|pound|grand|thousand|million|billion|hundred|dozen|kilo|kilos|litre|litres|liter|liters|metre|metres|meter|meters|miles|mile',
    // a date: "1 September", "3 mai", "12 Juli"
    'january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro',
    // the same in the languages whose plurals end otherwise: spans of time, "more", "than"
    'jahre|jahren|monate|monaten|wochen|tage|tagen|stunden|minuten|mehr|weniger|jaar|jaren|maanden|weken|dagen|uren|meer|anni|mesi|settimane|giorni|volte|più|meno|godina|godine|mjeseci|dana|lat|miesięcy|dni|godzin|лет|года|месяцев|дней|часов|yıl|ay|gün|saat|vuotta|kuukautta|päivää|tuntia|ár|év|hónap|nap|óra',
  ].join('|')})$`,
  'iu',
);
/** A time said with its unit cut short ("44 sec", "7 mins") is the same unit as said in full. */
const TIME_UNITS: Record<string, string> = { sec: 'seconds', secs: 'seconds', seconds: 'seconds', min: 'minutes', mins: 'minutes', minutes: 'minutes' };
/**
 * Counts of anything at all: a percentage, and a time ("41 seconds" for the 50 m, or for the microwave). Such a count
 * ties only to a passage that shares a word with what the user said around it ("50m", "lido").
 */
const COUNTS_ANYTHING = new Set(['%', 'seconds', 'minutes']);
/**
 * Counted things that are no one thing: spans of time and how often ("35 years", "3 times", "two nights" a stay's
 * length), money by name, the words between a number and what it counts ("two more", "six other"), and the rules the
 * user gives the assistant ("two rules for you from now on" counts nothing of the user's life).
 */
const NOT_A_THING = /^(?:years|months|weeks|days|nights|rules|times|hrs|euros|dollars|pounds|bucks|quid|cents|pence|rupees|others|ones|kids|guys|yes|less|plus|was|has|this|its|is|as|us|his|bus|gas)$/iu;
/** Questions and plans state no count ("worth it for 150 trees?", "if I get to 40 hours"). */
const NOT_A_STATEMENT = /\?\s*$|^(?:if|should|would|could|can|do|does|did|is|are|what|how|why|where|when|which)\b|\b(?:if|whether|might|maybe|want(?:s|ed)? to|going to|gonna|plan(?:ning)? to|hope|hoping)\b/iu;
/**
 * What the user asks the assistant to make states no count of the user's: "Write 3 meta titles.", "Create a 100 word
 * email", "Give me 5 points on …", "Keep it to 150 words", "Hold for forty-five seconds" (a routine pasted in). The
 * sentence opens with the verb of the request, after a "please" or a "now"; a diary's "Made 40 candles" or "Ran 10
 * miles" opens with a past tense and is read.
 */
const ASKED_TO_MAKE =
  /^(?:(?:please|pls|plz|now|then|also|and|ok|okay)[,\s]+)*(?:write|rewrite|re-write|create|give|provide|list|generate|make|describe|summari[sz]e|draft|compose|suggest|include|add|keep|limit|translate|explain|outline|prepare|produce|design|show|tell|recommend|brainstorm|come up with|put together|hold|repeat|complete|answer|continue|expand|shorten|condense|split|break|divide|format|output|return|print)\b/iu;
/** A goal's sentence ("aiming for 40 hours") states only the goal itself as it stands ("new target £25,000"). */
const GOAL = /\b(?:goal|target|aim(?:ing)?|need(?:s|ed)? to)\b/iu;

/** At most this many earlier passages count the same thing, or the word counts many things ("hours" of everything). */
const MAX_COUNTING = 6;
/** Passages one note may mark. */
const MAX_PASSAGES = 6;

/**
 * An amount of money said against the thing it is: "target £20,000", "a budget of £2,500", "upping my budget to
 * £3,800", "savings: £12,500", "day rate is €600", "putting my standard tuning up to $195". The counted thing is the word before, with the currency; a verb of
 * paying or an amount's hedge is no thing ("paid £30", "about £40").
 */
const NAMED_AMOUNT = /(?<![\p{L}\p{N}])(\p{L}{4,})(?:\s+(?:up|down))?(?:\s+(?:of|is|was|to|at|now|=))?\s*:?\s*(\p{Sc})\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k)?(?![\p{L}\p{N}])/giu;
const NOT_AN_AMOUNT_OF = /^(?:paid|pays?|paying|spent|spends?|spending|costs?|costing|earn(?:s|ed|ing)?|saved|saves?|saving|owe[sd]?|owing|charge[sd]?|charging|bought|buying|sold|selling|worth|about|around|roughly|only|just|over|under|than|least|most|another|extra|plus|minus|additional|each|like|maybe|nearly|almost|spare|lent|borrowed|gave|give|given|offered|offer|quoted|quote|with|from|into|that|this|have|need|needs|needed|want|wants|make|makes|made|were|been|those|these|then|them|they|their|there|what|when|which|your|mine|ours)$/iu;

/**
 * A price quoted for any one of a thing: "$180 for a standard tuning", "£40 per lesson", "€25 a haircut". Not what one
 * purchase cost ("I paid £30 for the tickets"): the thing is any one ("a", "per", "each"), not the one bought.
 */
const AMOUNT_FOR = /(?<![\p{L}\p{N}])(\p{Sc})\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k)?\s+(?:for (?:a|an|one|each|every)|per|a|an)\s+(?:(?:standard|basic|full|single|normal|regular|private|group|short|long|new|small|large|big)\s+)?(\p{L}{4,})(?![\p{L}\p{N}])/giu;

/** An amount as written: "1,450", "6k", "12.5". */
const amount = (digits: string, thousands?: string) => Number(digits.replaceAll(',', '')) * (thousands ? 1000 : 1);

/** The counts a text gives. */
function countsIn(text: string): Count[] {
  const out: Count[] = [];
  for (const m of text.matchAll(AMOUNT_FOR)) {
    const noun = m[4]!.toLowerCase();
    // "£35 per hour", "$12 a head": a rate of anything, not the price of one thing; "paid $40 for a haircut": one purchase.
    if (/\b(?:paid|spent|spend|spending|bought|cost me|costed|gave|lent|owed?)\s*$/i.test(text.slice(Math.max(0, m.index - 16), m.index)) || NOT_AN_AMOUNT_OF.test(noun) || /^(?:hours?|days?|weeks?|months?|years?|nights?|minutes?|person|people|head|item|unit|piece|each|time)$/.test(noun)) continue;
    const value = amount(m[2]!, m[3]);
    if (Number.isFinite(value)) out.push({ unit: `${noun} ${m[1]}`, value });
  }
  for (const m of text.matchAll(NAMED_AMOUNT)) {
    const noun = m[1]!.toLowerCase();
    if (NOT_AN_AMOUNT_OF.test(noun)) continue;
    const value = amount(m[3]!, m[4]);
    if (Number.isFinite(value)) out.push({ unit: `${noun} ${m[2]}`, value });
  }
  const numbersRead = new Set<number>();
  for (const m of text.matchAll(COUNT)) {
    numbersRead.add(m.index);
    const written = (m[2] ?? m[3] ?? m[4]!).toLowerCase();
    const unit = TIME_UNITS[written] ?? written;
    if (NOT_A_THING.test(unit)) continue;
    // A number word capitalised inside a sentence names something: "pulled the Three of Pentacles", "booked the Three
    // Horseshoes", "dinner at Five Guys" count no pentacles, horseshoes or guys. (COUNT reads case-blind.)
    if (/^\p{Lu}\p{Ll}/u.test(m[1]!) && /[\p{L},]\s*$/u.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const raw = m[1]!.toLowerCase();
    const value = NUMBER_WORDS[raw] ?? Number(raw.replaceAll(',', ''));
    // "one" before an -s word is its subject, not a count of it: "see which one works best", "this one looks nicer".
    if (raw === 'one' && m[4]) continue;
    if (Number.isFinite(value)) out.push({ unit, value });
  }
  const counted = new Set(out.map((c) => c.unit));
  for (const m of text.matchAll(COUNT_OTHER_PLURAL)) {
    const unit = m[2]!.toLowerCase();
    // An -s word, or a word after "2 more" ("640 member farmers"), was read above (or was not a thing).
    if (numbersRead.has(m.index) || unit.endsWith('s') || counted.has(unit) || NOT_A_COUNTED_WORD.test(unit) || NOT_A_THING.test(unit)) continue;
    // "a 2017 vauxhall vivaro", "my 1998 Golf": a model year before a make, not a count of it.
    if (/^(?:19|20)\d{2}$/.test(m[1]!)) continue;
    const value = Number(m[1]!.replaceAll(',', ''));
    if (Number.isFinite(value)) out.push({ unit, value });
  }
  return out;
}

/** The counts a sentence of the user's states as how things stand (not asked, planned or hoped for). */
export function countsSaid(sentence: string): Count[] {
  // "say I had 40 ewes, …": a count only supposed is none (supposed.ts).
  const s = statedPart(sentence.trim());
  if (NOT_A_STATEMENT.test(s)) return [];
  // What follows a request's colon is what the user gives the assistant to work from ("write it: I have restored 14
  // houses"), read as ever.
  const given = ASKED_TO_MAKE.test(s) ? (s.includes(':') ? s.slice(s.indexOf(':') + 1) : '') : s;
  const counts = countsIn(given);
  return GOAL.test(s) ? counts.filter((c) => GOAL.test(c.unit)) : counts;
}

const indexes = new WeakMap<MemoryRow[], Map<string, { p: MemoryRow; values: Set<number> }[]>>();
/** The user's passages by what they count, built once per set of passages (a dream run). */
function byUnit(passages: MemoryRow[]): Map<string, { p: MemoryRow; values: Set<number> }[]> {
  let index = indexes.get(passages);
  if (index) return index;
  index = new Map();
  for (const p of passages) {
    const counts = countsIn(p.text);
    for (const unit of new Set(counts.map((c) => c.unit))) {
      const entry = { p, values: new Set(counts.filter((c) => c.unit === unit).map((c) => c.value)) };
      index.set(unit, [...(index.get(unit) ?? []), entry]);
    }
  }
  indexes.set(passages, index);
  return index;
}

/**
 * The user's earlier passages that counted the same thing with another number, latest first. A percentage or a time
 * counts anything, so a passage with one must also share a word of what the user said with it, in that turn ("free
 * throws at 71%" and "58% from the line, free throws"; "final 50m was 41 seconds" and "48 seconds for 50m"): the same
 * thing, not the battery or the microwave.
 */
export function passagesCounted(
  update: { said: string; context?: string; counts: Count[]; occurredAt: number; sourceTurnIds: string[] },
  userPassages: MemoryRow[],
  termsOf: (m: MemoryRow) => Set<string>,
): MemoryRow[] {
  const own = new Set(update.sourceTurnIds);
  const units = new Set(update.counts.flatMap((c) => terms(c.unit)));
  // A word of four letters or more, or one that mixes digits and letters ("50m", "5k"), that is not the unit itself.
  const said = new Set(terms(update.context ?? update.said).filter((t) => (t.length >= 4 || (/\d/.test(t) && /\p{L}/u.test(t))) && !/^\d+$/.test(t) && !units.has(t)));
  const index = byUnit(userPassages);
  const out = new Map<string, MemoryRow>();
  for (const { unit, value } of update.counts) {
    const counting = (index.get(unit) ?? []).filter(({ p }) => !p.sourceTurnIds.some((t) => own.has(t)));
    if (counting.length > MAX_COUNTING) continue;
    for (const { p, values } of counting) {
      if (p.occurredAt >= update.occurredAt || values.has(value)) continue;
      if (COUNTS_ANYTHING.has(unit) && ![...termsOf(p)].some((t) => said.has(t))) continue;
      out.set(p.id, p);
    }
  }
  return [...out.values()].sort((a, b) => b.occurredAt - a.occurredAt).slice(0, MAX_PASSAGES);
}
