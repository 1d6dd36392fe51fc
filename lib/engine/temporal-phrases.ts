/**
 * Time phrases chrono (the date parser recall uses) reads wrongly or not at all, handled before it sees the query:
 * some are said again the way chrono reads them, seasons get their own window. English only, as chrono's casual
 * parser is.
 */

const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b';
const LEAD = '(?:(?:in|during|throughout|over|at)\\s+)?(?:the\\s+)?';

/**
 * The query said the way chrono reads it. Months: "in the month of February" (chrono took "in the month" for a month
 * from now), "during May", "throughout June", "early March", "mid-February", "the end of April" are all that month
 * (the words dropped would only have matched lexically: "month", "early"). Weeks and days: "the week before last" and
 * "a fortnight ago" are two weeks ago (chrono read the first as last week, the second not at all), "the other day" a
 * few days ago.
 */
export function chronoPhrasing(query: string): string {
  return query
    .replace(new RegExp(`\\b${LEAD}(?:month|beginning|start|end|middle)\\s+of\\s+(?=${MONTH_NAME})`, 'gi'), 'in ')
    .replace(new RegExp(`\\b${LEAD}(?:early|mid|late)(?:-|\\s+)(?=${MONTH_NAME})`, 'gi'), 'in ')
    .replace(new RegExp(`\\b(?:during|throughout|over)\\s+(?=${MONTH_NAME})`, 'gi'), 'in ')
    .replace(/\bthe\s+week\s+before\s+last\b/gi, 'two weeks ago')
    .replace(/\b(?:a|one)\s+fortnight\s+ago\b/gi, 'two weeks ago')
    .replace(/\bthe\s+other\s+day\b/gi, 'a few days ago')
    .replace(/\s+/g, ' ');
}

/** The month a season starts in, as the northern hemisphere counts them (meteorological seasons: three months each). */
const SEASON_START: ReadonlyMap<string, number> = new Map([
  ['spring', 2],
  ['summer', 5],
  ['autumn', 8],
  ['fall', 8],
  ['winter', 11],
]);

/**
 * "last summer", "this winter", "over the summer", "in the spring": the season's three months. "last" is the latest
 * season of that name that is over; "this", "in/during/over the" the latest one begun (the current one, or the one
 * just gone). A bare season word ("summer dress", "the fall of Rome") is no period. `match` is where the phrase is.
 */
export function seasonPeriod(query: string, now: number): { start: number; end: number; match: RegExpExecArray } | null {
  const match = /\b(?:(last|past|previous|this)\s+|(?:in|during|over|throughout)\s+the\s+)(spring|summer|autumn|fall|winter)\b/i.exec(query);
  if (!match) return null;
  const first = SEASON_START.get(match[2]!.toLowerCase())!;
  const at = new Date(now);
  let start = new Date(at.getFullYear(), first, 1);
  if (start.getTime() > now) start = new Date(at.getFullYear() - 1, first, 1);
  let end = new Date(start.getFullYear(), first + 3, 1);
  if (/^(?:last|past|previous)$/i.test(match[1] ?? '') && end.getTime() > now) {
    start = new Date(start.getFullYear() - 1, first, 1);
    end = new Date(start.getFullYear(), first + 3, 1);
  }
  return { start: start.getTime(), end: end.getTime(), match };
}
