/**
 * Numbers about the user that change over months and are only true on their day: body weight and the weight aimed for,
 * savings toward a goal and the goal, a fitness figure (FTP, VO2 max, resting heart rate) and a race time. First, the
 * weight: the user's body weight and the weight they aim for ("112 kg" in January,
 * "weighed in this morning: 106.5 kg!!" in February, "99.8 kg this morning" in May; "goal is 100 kg by summer", then
 * "new target is 92 kg"). Each is one slot ('user/weight', 'user/weight-goal'), so the latest supersedes the last, and
 * each is kept with the day it was said, because a weight is only true on its day.
 *
 * Only the user's own: "I'm 112 kg", "I weigh 82 kilos", a weigh-in, "down to 99.8 kg", a number "this morning" on
 * the scales. Not a dog's or a child's weight, a bag of flour, a lift ("I deadlift 100 kg"), or a hypothetical.
 */

export interface MeasureFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const N = String.raw`(\d{2,3}(?:[.,]\d{1,2})?)`;
const UNIT = String.raw`\s?(kg|kgs|kilos?|kilograms?|lbs?|pounds|st(?:one)?)(?![\p{L}])`;
// An aside about the number may sit between it and "this morning" ("99.8 kg on the scales this morning").
const ON_THE_DAY = String.raw`(?:\s+(?:on the scales?|at the gym|at weigh[- ]?in))?\s+(?:this morning|today|on the scales?)\b`;

const WEIGHT_NOW = [
  // "I'm 112 kg", "im 47, 112 kg" (an age, then the weight), "I'm down to 99.8 kg", "I'm at 103 kg now".
  new RegExp(String.raw`\b(?:I(?:'m| am)|im)\s+(?:\d{2},\s+)?(?:(?:now|down to|up to|back to|at|only|about|around|nearly|almost|just over|just under)\s+)*${N}${UNIT}`, 'iu'),
  // "I weigh 82 kilos", "I weighed in at 96.4 kg".
  new RegExp(String.raw`\bI\s+weigh(?:ed)?(?:\s+in\s+at)?\s+(?:about |around |roughly |nearly |almost |just over |just under )?${N}${UNIT}`, 'iu'),
  // "weighed in this morning: 106.5 kg", "weigh-in today — 104 kg", "my weight is 95 kg".
  new RegExp(String.raw`\b(?:weigh(?:ed)?[- ]?in|my weight(?: is|'s)?|current weight(?: is)?)(?:\s+(?:this morning|today|yesterday))?\s*[:=—–-]?\s*${N}${UNIT}`, 'iu'),
  // "99.8 kg this morning!!", "down to 104 kg today": the scales' number on the day.
  new RegExp(String.raw`(?:^|[,.!;:]\s*|\b(?:down to|up to|hit|reached|got to|broke|under|below)\s+)${N}${UNIT}${ON_THE_DAY}`, 'iu'),
];

const WEIGHT_GOAL = [
  // "goal is 100 kg by summer", "new target is 92 kg", "my goal weight: 75 kg".
  new RegExp(String.raw`\b(?:goal|target)(?:\s+weight)?\s*(?:is|'s|now|:|=)\s*(?:now\s+)?(?:to\s+(?:get\s+(?:down\s+)?to|reach|hit|be)\s+)?${N}${UNIT}`, 'iu'),
  // "I want to get down to 85 kg", "aiming for 70 kg".
  new RegExp(String.raw`\bI(?:'m| am)?\s*(?:want|aim|aiming|trying|hoping|plan|planning)\s+(?:to\s+(?:get\s+(?:down\s+)?to|reach|hit|be)|for)\s+${N}${UNIT}`, 'iu'),
];

/** Not the user's weight now: a wish, a hypothetical, or a question. */
const NOT_NOW = /\b(?:if I|when I was|I used to|used to be|would|could|should I|wish|dream|imagine)\b/i;

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const units = (u: string) => (/^k/i.test(u) ? 'kg' : /^(?:lb|pound)/i.test(u) ? 'lb' : 'st');

/** The user's weight and weight goal a sentence says, dated `saidAt`. */
export function measureStatements(sentence: string, saidAt: number): MeasureFact[] {
  const out: MeasureFact[] = [];
  const goal = WEIGHT_GOAL.map((re) => re.exec(sentence)).find((m) => m);
  // The goal's number is not a weight now ("goal is 100 kg" matches no weight rule, but "I want to be 85 kg" must not).
  const now = WEIGHT_NOW.map((re) => re.exec(sentence)).find((m) => m && (!goal || m[1] !== goal[1]));
  if (now && !NOT_NOW.test(sentence.slice(0, now.index))) {
    const v = `${now[1]!.replace(',', '.')} ${units(now[2]!)}`;
    out.push({ kind: 'fact', slot: 'user/weight', text: `User weighs ${v} (as of ${dayOf(saidAt)}).`, value: v, importance: 0.6 });
  }
  if (goal && !/\b(?:if I|would)\b/i.test(sentence.slice(0, goal.index))) {
    const v = `${goal[1]!.replace(',', '.')} ${units(goal[2]!)}`;
    out.push({ kind: 'fact', slot: 'user/weight-goal', text: `User's weight goal is ${v} (set ${dayOf(saidAt)}).`, value: v, importance: 0.65 });
  }
  return out;
}

// Money as people type it: "£19,600", "$2,100", "4300", "32k", "6000 euros".
const MONEY = String.raw`((?:[£$€¥₹]\s?\d(?:[\d,.]*\d)?(?:\s?k\b)?|\d(?:[\d,.]*\d)?\s?k\b|\d(?:[\d,.]*\d)?\s?(?:euros?|dollars|pounds|quid|bucks|EUR|USD|GBP)\b|(?:\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.,]*\s?(?:kg|lbs?|km|miles|mi|m|W|%|calories|kcal|steps|words|people|years?|months?|days?)\b)))`;
/** Saved so far: "we've got £8,000 so far", "I have 2100 so far", "we're at £11,400 now", "studio fund is at 4300". */
const SAVED = [
  new RegExp(String.raw`\b(?:I|we)(?:'ve| have)? (?:got|saved|put (?:away|aside)|have) ${MONEY} (?:so far|saved|in the pot|put (?:away|aside)|in savings)\b`, 'iu'),
  new RegExp(String.raw`\b(?:I|we)(?:'re| are|'m| am) (?:now |currently )?(?:at|sitting at|up to|on) ${MONEY}(?=\s*(?:[,.;!?)]|$)|\s+(?:now|so far|saved|in)\b)`, 'iu'),
  new RegExp(String.raw`\b(?:fund|savings|pot|deposit fund|savings account|house fund|travel fund)(?: is| are|'s| now)? (?:now )?(?:at|up to|sitting at|on)\s+${MONEY}`, 'iu'),
  new RegExp(String.raw`\bcurrently sitting at ${MONEY}`, 'iu'),
  new RegExp(String.raw`^${MONEY} now\b`, 'iu'),
];
/** The goal: "target is £25,000", "goal is 6000 for deposit + …", "bumping our target to £32,000", "aiming for the £32k". */
const SAVING_GOAL = [
  new RegExp(String.raw`\b(?:bump(?:ing|ed)?|rais(?:ing|ed)|up(?:ping|ped)?|mov(?:ing|ed)|increas(?:ing|ed)|chang(?:ing|ed)|set|setting) (?:our|my|the|a) (?:final |new |real )?(?:target|goal) (?:to|at|of) ${MONEY}`, 'iu'),
  new RegExp(String.raw`\b(?:target|goal)\s*(?:is|of|now|:)\s*(?:now\s+)?${MONEY}`, 'iu'),
  new RegExp(String.raw`\b(?:still )?aiming for (?:the )?${MONEY}`, 'iu'),
];
/** Said of saving up: the turn names it, or the money has a goal's words around it. */
const SAVING_TALK = /\bsav(?:e|ed|es|ing|ings)\b|\bfund\b|\bdeposit\b|\bput(?:ting)? away\b|\baiming for\b|\bISAs?\b|\b(?:target|goal)\b/i;

/** A fitness figure named: "my FTP is 168W", "retested FTP, 181W!!", "new FTP test: 190W", "my resting heart rate is 52". */
const FIGURE = /\b(FTP|VO2 ?max|resting heart rate|resting HR|RHR|max heart rate|max HR)(?: test| retest)?(?:\s+(?:is|was|of|now|at)|\s*[:=,])?\s*(?:now\s+|at\s+|down to\s+|up to\s+)?(\d{2,3}(?:[.,]\d)?)\s?(W|watts|bpm|ml\/kg\/min)?(?![\p{L}\d])/iu;
/** A race time: "did my first full 5k today without stopping, 34:10!", "parkrun this morning: 31:45!", "29:52 at parkrun". */
const RACE = String.raw`(5 ?k|5 ?km|parkrun|10 ?k|10 ?km|half[- ]marathon|marathon)`;
const RACE_TIME = [
  new RegExp(String.raw`\b${RACE}\b[^.!?\n\d]{0,50}?\b(\d{1,2}:\d{2}(?::\d{2})?)\b`, 'iu'),
  new RegExp(String.raw`\b(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:at|in)\s+(?:the\s+|my\s+|a\s+)?${RACE}\b`, 'iu'),
];
/** Someone else's figure: "my husband ran 25:10 at parkrun", "she did the 5k in 31:00". */
const SOMEONE_ELSE = /\b(?:my (?:husband|wife|partner|son|daughter|brother|sister|mum|mom|dad|friend|boyfriend|girlfriend|coach)|he|she|they)\b[^.!?\n]{0,30}$/i;

const raceName = (r: string) => (/^(?:5|parkrun)/i.test(r) ? '5k' : r.startsWith('10') ? '10k' : /^half/i.test(r) ? 'half marathon' : 'marathon');

/** Savings toward a goal, the goal, a fitness figure and a race time a sentence of the user's says (`turn`: the whole message). */
export function progressStatements(sentence: string, turn: string, saidAt: number): MeasureFact[] {
  const out: MeasureFact[] = [];
  const day = dayOf(saidAt);
  if (SAVING_TALK.test(turn) && !NOT_NOW.test(sentence)) {
    const goal = SAVING_GOAL.map((re) => re.exec(sentence)).find((m) => m);
    const saved = SAVED.map((re) => re.exec(sentence)).find((m) => m && (!goal || m[1] !== goal[1]));
    if (saved) out.push({ kind: 'fact', slot: 'user/savings', text: `User has saved ${saved[1]!.trim()} so far (as of ${day}).`, value: saved[1]!.trim(), importance: 0.6 });
    if (goal) out.push({ kind: 'fact', slot: 'user/savings-goal', text: `User's savings goal is ${goal[1]!.trim()} (set ${day}).`, value: goal[1]!.trim(), importance: 0.65 });
  }
  const figure = FIGURE.exec(sentence);
  if (figure && !SOMEONE_ELSE.test(sentence.slice(0, figure.index))) {
    const name = /^(?:resting|rhr)/i.test(figure[1]!) ? 'resting heart rate' : /^max/i.test(figure[1]!) ? 'max heart rate' : /^vo2/i.test(figure[1]!) ? 'VO2 max' : figure[1]!.toUpperCase();
    const unit = figure[3] ? (/^w/i.test(figure[3]) ? ' W' : ` ${figure[3]}`) : name === 'FTP' ? ' W' : '';
    const v = `${figure[2]!.replace(',', '.')}${unit}`;
    out.push({ kind: 'fact', slot: `user/measure:${name.toLowerCase()}`, text: `User's ${name} is ${v} (as of ${day}).`, value: v, importance: 0.55 });
  }
  for (const [i, re] of RACE_TIME.entries()) {
    const m = re.exec(sentence);
    if (!m || SOMEONE_ELSE.test(sentence.slice(0, m.index)) || NOT_NOW.test(sentence)) continue;
    // The first form names the race first, the second the time first.
    const [race, time] = i === 0 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const name = raceName(race);
    out.push({ kind: 'fact', slot: `user/measure:${name} time`, text: `User's latest ${name} time is ${time} (${day}).`, value: time, importance: 0.55 });
    break;
  }
  return out;
}
