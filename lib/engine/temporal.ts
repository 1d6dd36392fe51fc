import * as chrono from 'chrono-node';
import { chronoPhrasing, seasonPeriod } from './temporal-phrases';
import { isStopWord, words } from './text';

/**
 * Temporal phrases in a recall query ("last week", "in May", "yesterday", "two days ago", "in 2023") become a time
 * window relative to the query's "now" (never the wall clock). Recall then prefers memories that happened inside it;
 * a query that is nothing but a time phrase ("yesterday", "what did we talk about last week?") lists the period.
 *
 * Periods are calendar periods in local time: a day runs midnight to midnight, a week Monday to Sunday (ISO 8601).
 * "this week/month/year" and "today" end with the asking day; "past week", "the last 3 days" roll back from it.
 */

export interface TimeWindow {
  /**
   * The window recall boosts, [start, end) ms: the period, widened where what was said is often dated loosely (an
   * event is often mentioned the day after, so a named day other than today gets a day either side).
   */
  start: number;
  end: number;
  /** The period the phrase names, exactly, [start, end) ms: "yesterday" is that calendar day. */
  period: { start: number; end: number };
  /** The phrase that set it, as recall read it (a few ways of saying a date are first said again: temporal-phrases.ts). */
  phrase: string;
}

export interface ParsedQuery {
  window: TimeWindow | null;
  /** The query without the temporal phrase (so "May" does not also match lexically). */
  text: string;
  /**
   * True when a time phrase is all the query has: what is left is stop words and framing ("what did we talk about",
   * "show me", "chats"). Recall then lists the period instead of ranking words.
   */
  timeOnly: boolean;
}

const DAY = 86_400_000;

/**
 * Words that frame a question about the past rather than name a topic ("what did we talk about", "what did I say",
 * "show me my chats", "anything from"): with the stop words, the only words a time-only query may have. Kept small
 * and general on purpose: a topic word here would turn a topical question into a listing.
 */
const FRAMING = new Set(
  (
    'talk talked talking discuss discussed say said chat chats chatted conversation conversations message messages ' +
    'show tell remind list recap anything everything something stuff happen happened mention mentioned earlier ' +
    // "what did I ask about in March?": what was said then, whatever it was about.
    'ask asked asking question questions wrote write ' +
    // "what did I work on in March?" asks what the user did then, as "what was I doing" does.
    'work worked working busy'
  ).split(' '),
);

export function parseTemporalQuery(query: string, now: number): ParsedQuery {
  const found = findWindow(query, now);
  if (!found) return { window: null, text: query, timeOnly: false };
  return { ...found, timeOnly: !hasTopic(found.text) };
}

/** Whether text names anything beyond stop words and question framing. */
function hasTopic(text: string): boolean {
  return words(text).some((raw) => {
    const w = raw.replace(/['’]s$/, '').replace(/['’]/g, '');
    return w !== '' && !isStopWord(w) && !FRAMING.has(w);
  });
}

// "past week", "the last 3 days", "last couple of weeks", "previous few months": back from now, not a calendar period.
const ROLLING =
  /^(?:the\s+)?(?:(?:last|past|previous)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple(?:\s+of)?|several)\s+(?:hours?|days?|weeks?|months?|years?)|past\s+(?:hour|day|week|month|year))\b/;

const BARE_WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?:\s+(?:night|morning|evening|afternoon|noon))?$/i;
const NOT_A_PERIOD = /^(?:in\s+the\s+(?:day|week|month|year)|(?:(?:in|at|by)\s+)?(?:the\s+)?(?:morning|afternoon|evening|night|noon|midnight)|(?:right\s+)?now)$/i;

function findWindow(asked: string, now: number): { window: TimeWindow; text: string } | null {
  const query = chronoPhrasing(asked);
  const today = startOfDay(new Date(now));
  const endOfToday = addDays(today, 1);
  const byCalendar = yearWindow(query, endOfToday) ?? seasonWindow(query, now, endOfToday);
  if (byCalendar) return byCalendar;

  const r = chronoReading(query, now);
  if (!r) return null;
  const phrase = r.text.toLowerCase();
  const before = query.slice(0, r.index);
  const d = readDate(r, phrase, now, endOfToday);
  const { period, slackBefore, slackAfter } = periodByPhrase(r, phrase, before, d, today, endOfToday, MONTH_PART.exec(asked)?.[1]?.toLowerCase());
  const cut = cutBefore(before, r.index, period, endOfToday);
  return {
    window: makeWindow(period, slackBefore, slackAfter, endOfToday, r.text),
    text: strip(query, cut, r.index + r.text.length - cut),
  };
}

/** The part of a month said with its name: "early March", "in mid-June", "at the end of May". */
const MONTH_PART = /\b(early|beginning|start|mid|middle|late|end)(?:\s+of)?[\s-]+(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** Calendar period of a phrase, in local days, and the slack (days) that widens it into the window. */
interface PhrasePeriod {
  period: { start: number; end: number };
  slackBefore: number;
  slackAfter: number;
}

/** A year ("in 2023", "during 2019"): that calendar year; "since 2023" runs up to now. */
function yearWindow(query: string, endOfToday: number): { window: TimeWindow; text: string } | null {
  const year = /\b(in|during|from|of|since)\s+((?:19|20)\d\d)\b/i.exec(query);
  if (!year) return null;
  const y = Number(year[2]);
  const start = new Date(y, 0, 1).getTime();
  const end = year[1]!.toLowerCase() === 'since' ? Math.max(endOfToday, start) : new Date(y + 1, 0, 1).getTime();
  return { window: makeWindow({ start, end }, 0, 0, endOfToday, year[0]), text: strip(query, year.index, year[0].length) };
}

function seasonWindow(query: string, now: number, endOfToday: number): { window: TimeWindow; text: string } | null {
  const season = seasonPeriod(query, now);
  if (!season) return null;
  // What happened in a season is often told after it ("we went camping last summer", said in November): recall
  // favours anything said from its start until now, and a time-only query lists the season itself.
  const period = { start: season.start, end: season.end };
  const told = Math.max(0, Math.round((endOfToday - season.end) / DAY));
  return { window: makeWindow(period, 0, told, endOfToday, season.match[0]), text: strip(query, season.match.index, season.match[0].length) };
}

/** chrono's first reading of the query that names a period, or null. */
function chronoReading(query: string, now: number): chrono.ParsedResult | null {
  // "what did I read in the month" is no date a month from now (chrono's reading): a question about the past. Nor is a
  // part of the day on its own ("the opening night", "my morning routine", "in the evening": chrono reads today) or
  // "now" ("how many followers do I have now?" asks for the latest state, which recency already favours): taken as
  // today, they would favour whatever was said today and turn "what now?" into a listing of today.
  // Nor is a weekday's abbreviation standing alone a day: "sat down with him", "sun screen advice", French "mon métier"
  // (my job), "wed night plans". With a word that makes it a day ("on Mon", "last Sat") or a date ("Mon 3 March") it is.
  const results = chrono
    .parse(query, new Date(now))
    .filter((x) => !NOT_A_PERIOD.test(x.text.trim()) && !BARE_WEEKDAY_ABBREVIATION.test(x.text.trim()));
  return results[0] ?? null;
}

/** The date chrono read, moved to the one a question about the past means. */
function readDate(r: chrono.ParsedResult, phrase: string, now: number, endOfToday: number): Date {
  const d = r.start.date();
  if (/^this\s+(?:week|month|year)\b/.test(phrase)) {
    // The period around the asking day (chrono starts weeks on Sunday and leaves "this week" uncertain).
    return new Date(now);
  }
  if (r.start.isCertain('weekday') && !r.start.isCertain('day')) {
    // A bare weekday ("on Monday", "this Friday") is the last one, not the next, unless the phrase says otherwise.
    return d.getTime() >= endOfToday && !/\b(?:next|coming|upcoming)\b/.test(phrase) ? new Date(addDays(startOfDay(d), -7)) : d;
  }
  if (!r.start.isCertain('year') && d.getTime() > now + DAY) {
    // "in May" asked in June means this year's May; asked in February it means last year's.
    const lastYear = new Date(d);
    lastYear.setFullYear(lastYear.getFullYear() - 1);
    return lastYear;
  }
  return d;
}

/** The period the phrase names around date `d`, by the kind of phrase: a range, rolling, weekend, week, month, year, day. */
function periodByPhrase(r: chrono.ParsedResult, phrase: string, before: string, d: Date, today: number, endOfToday: number, monthPart?: string): PhrasePeriod {
  const day = startOfDay(d);
  const exact = (start: number, end: number): PhrasePeriod => ({ period: { start, end }, slackBefore: 0, slackAfter: 0 });
  if (r.end) return exact(day, addDays(startOfDay(r.end.date()), 1));
  if (ROLLING.test(phrase) || (/^(?:last|past)\b/.test(phrase) && /\bthe\s+$/i.test(before))) {
    // "the last week" (unlike "last week") rolls back from now too.
    return exact(day, endOfToday);
  }
  if (/\bweekend\b/.test(phrase)) {
    const dow = d.getDay();
    const saturday = dow === 0 ? addDays(day, -1) : addDays(day, 6 - dow);
    return { period: { start: saturday, end: addDays(saturday, 2) }, slackBefore: 1, slackAfter: 1 };
  }
  if (/\bweeks?\b/.test(phrase)) {
    const monday = addDays(day, -((d.getDay() + 6) % 7));
    return { period: { start: monday, end: addDays(monday, 7) }, slackBefore: 0, slackAfter: 1 };
  }
  if (/\bmonths?\b/.test(phrase) || (r.start.isCertain('month') && !r.start.isCertain('day'))) {
    const first = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
    const next = new Date(d.getFullYear(), d.getMonth() + 1, 1).getTime();
    // "early March", "mid-March", "the end of March": the period listed is that third of the month; the window recall
    // favours stays the whole month (what happened "early" is often told, or dated, later in it).
    if (!monthPart) return exact(first, next);
    const third = /^(?:early|beginning|start)/.test(monthPart) ? 0 : monthPart.startsWith('mid') ? 1 : 2;
    const start = third === 0 ? first : new Date(d.getFullYear(), d.getMonth(), third === 1 ? 11 : 21).getTime();
    const end = third === 2 ? next : new Date(d.getFullYear(), d.getMonth(), third === 0 ? 11 : 21).getTime();
    return { period: { start, end }, slackBefore: Math.round((start - first) / DAY), slackAfter: Math.round((next - end) / DAY) };
  }
  if (/\byears?\b/.test(phrase)) return exact(new Date(d.getFullYear(), 0, 1).getTime(), new Date(d.getFullYear() + 1, 0, 1).getTime());
  // "a few days ago": loose on purpose.
  if (/\bfew\b|\bseveral\b|\bcouple\b/.test(phrase)) return exact(addDays(day, -3), addDays(day, 2));
  // A named day. Not today: allow a day either side (an event is often mentioned the day after).
  const slack = day !== today ? 1 : 0;
  return { period: { start: day, end: addDays(day, 1) }, slackBefore: slack, slackAfter: slack };
}

/**
 * Where the time phrase's text starts, with the word that introduces it ("since", "in the", "on"…). "since Monday",
 * "since last month" also stretch the period from its start up to now.
 */
function cutBefore(before: string, index: number, period: { start: number; end: number }, endOfToday: number): number {
  const since = /\bsince\s+$/i.exec(before);
  if (since) {
    period.end = Math.max(period.end, endOfToday);
    return since.index;
  }
  const preposition = /\b(?:in|on|during|from|over|within|for|of)\s+(?:the\s+)?$/i.exec(before);
  return preposition ? preposition.index : index;
}

/**
 * The window for a period: widened by the slack (days), and ending with the asking day when it covers it (nothing
 * said after "now" belongs to a question asked then; future periods, "next week", are left as they are).
 */
function makeWindow(period: { start: number; end: number }, slackBefore: number, slackAfter: number, endOfToday: number, phrase: string): TimeWindow {
  const clip = (end: number) => (period.start < endOfToday ? Math.min(end, endOfToday) : end);
  return {
    start: addDays(period.start, -slackBefore),
    end: clip(addDays(period.end, slackAfter)),
    period: { start: period.start, end: clip(period.end) },
    phrase,
  };
}

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** A local midnight `n` days from the local midnight `dayStart` (calendar days, so DST changes do not shift it). */
function addDays(dayStart: number, n: number): number {
  const d = new Date(dayStart);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n).getTime();
}

function strip(query: string, index: number, length: number): string {
  return (query.slice(0, index) + ' ' + query.slice(index + length)).replace(/\s+/g, ' ').trim();
}
