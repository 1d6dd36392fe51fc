/**
 * The user's body weight and the weight they aim for: numbers that change over months ("112 kg" in January,
 * "weighed in this morning: 106.5 kg!!" in February, "99.8 kg this morning" in May; "goal is 100 kg by summer", then
 * "new target is 92 kg"). Each is one slot ('user/weight', 'user/weight-goal'), so the latest supersedes the last, and
 * each is kept with the day it was said, because a weight is only true on its day.
 *
 * Only the user's own: "I'm 112 kg", "I weigh 82 kilos", a weigh-in, "down to 99.8 kg", a number "this morning" on
 * the scales. Not a dog's or a child's weight, a bag of flour, a lift ("I deadlift 100 kg"), or a hypothetical.
 */

export interface MeasureFact {
  kind: 'fact';
  slot: 'user/weight' | 'user/weight-goal';
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
