import * as chrono from 'chrono-node';

/**
 * Temporal phrases in a recall query ("last week", "in May", "yesterday", "two days ago", "in 2023") become a time
 * window relative to the query's "now". Recall then prefers memories that happened inside it.
 */

export interface TimeWindow {
  start: number;
  end: number;
  /** The phrase that set it, as written in the query. */
  phrase: string;
}

export interface ParsedQuery {
  window: TimeWindow | null;
  /** The query without the temporal phrase (so "May" does not also match lexically). */
  text: string;
}

const DAY = 86_400_000;

export function parseTemporalQuery(query: string, now: number): ParsedQuery {
  const year = /\b(?:in|during|from|of|since)\s+((?:19|20)\d\d)\b/i.exec(query);
  if (year) {
    const y = Number(year[1]);
    return {
      window: { start: new Date(y, 0, 1).getTime(), end: new Date(y + 1, 0, 1).getTime(), phrase: year[0] },
      text: strip(query, year.index, year[0].length),
    };
  }

  const ref = new Date(now);
  const results = chrono.parse(query, ref);
  if (results.length === 0) return { window: null, text: query };
  const r = results[0]!;
  let d = r.start.date();
  const phrase = r.text.toLowerCase();
  // "in May" asked in June means this year's May; asked in February it means last year's.
  if (!r.start.isCertain('year') && d.getTime() > now + DAY) {
    d = new Date(d);
    d.setFullYear(d.getFullYear() - 1);
  }

  let start: number;
  let end: number;
  if (r.end) {
    start = startOfDay(d);
    end = startOfDay(r.end.date()) + DAY;
  } else if (/\bweekend\b/.test(phrase)) {
    start = startOfDay(d) - 2 * DAY;
    end = startOfDay(d) + 2 * DAY;
  } else if (/\bweeks?\b/.test(phrase)) {
    start = startOfDay(d) - 4 * DAY;
    end = startOfDay(d) + 4 * DAY;
  } else if (/\bmonths?\b/.test(phrase) || (r.start.isCertain('month') && !r.start.isCertain('day'))) {
    start = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
    end = new Date(d.getFullYear(), d.getMonth() + 1, 1).getTime();
  } else if (/\byears?\b/.test(phrase)) {
    start = new Date(d.getFullYear(), 0, 1).getTime();
    end = new Date(d.getFullYear() + 1, 0, 1).getTime();
  } else if (/\bfew\b|\bseveral\b|\bcouple\b/.test(phrase)) {
    start = startOfDay(d) - 3 * DAY;
    end = startOfDay(d) + 2 * DAY;
  } else {
    // A named day: allow a day either side (an event is often mentioned the day after).
    start = startOfDay(d) - DAY;
    end = startOfDay(d) + 2 * DAY;
  }
  return { window: { start, end, phrase: r.text }, text: strip(query, r.index, r.text.length) };
}

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

function strip(query: string, index: number, length: number): string {
  return (query.slice(0, index) + ' ' + query.slice(index + length)).replace(/\s+/g, ' ').trim();
}
