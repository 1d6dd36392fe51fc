import { utcMonth } from '../util/utc-day';

/**
 * A rating or handicap the user gives as their own: "My FIDE rating is 2215", "my golf handicap's 14 now", "my
 * lichess blitz rating is about 1850". It is how strong a player the user is, which every answer about openings,
 * training or matches should start from; it changes, so it is one slot per kind of rating (the latest supersedes the
 * last; a handicap, a rating and each time control's rating are kinds) and keeps the month it was said. Only in the present: "my rating was 1900 last year" is history, and
 * "if my rating were 2000" nothing.
 */
export interface RatingFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

const RATING =
  /\bmy (?:(?:current|new|official|live|peak) )?((?:(?:FIDE|Elo|USCF|ECF|CFC|DWZ|lichess|chess\.com|online|OTB|NTRP|UTR|DUPR|WTN|golf|tennis|squash|padel|pickleball|go|shogi|rapid|blitz|bullet|classical|standard) ){0,2})(rating|handicap|elo)(?:'s| is| now| sits at| stands at|:|=)\s*(?:now |currently |about |around |roughly |at |just )*(\+?\d{1,4}(?:[.,]\d)?)(?![\d%])/iu;
const NOT_NOW = /\b(?:if|were|would|could|hope|want|goal|target|aim|aiming|dream|one day)\b/i;

export function ratingStatements(sentence: string, saidAt: number): RatingFact[] {
  const m = RATING.exec(sentence);
  if (!m || NOT_NOW.test(sentence)) return [];
  const kind = m[1]!.trim();
  const what = `${kind ? `${kind} ` : ''}${m[2]!.toLowerCase()}`;
  // One rating of each kind: the body that issues it ("FIDE", "lichess") names the same rating differently, while a
  // time control ("blitz", "rapid") is a rating of its own.
  const control = /\b(rapid|blitz|bullet|classical|standard)\b/i.exec(kind)?.[1];
  const slot = `user/rating:${(control ?? m[2]!).toLowerCase()}`;
  return [{ kind: 'fact', slot, text: `User's ${what} is ${m[3]} (as of ${utcMonth(saidAt)}).`, value: m[3]!, importance: 0.7 }];
}
