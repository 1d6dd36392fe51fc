import { utcDay, utcMonth } from '../util/utc-day';

/**
 * A move the user has arranged, with its date: "I am moving to Huy at the end of April", "we're moving to Leeds next
 * month", "I'll be moving to Oslo in June". Said like this, in the present or "will be", with a date, a move is a
 * settled arrangement, not a wish ("we might move to Leeds", "thinking of moving"), and where the user lived before
 * is no longer the home to bring up: the fact fills the location slot, so the old home goes to its history. It keeps
 * the month it was said in, since "at the end of April" reads against it.
 */
export interface DatedMoveFact {
  kind: 'fact';
  slot: string;
  text: string;
  value: string;
  importance: number;
}

/** Either case for the first letter: the pattern reads the place's capital as typed, so it cannot ignore case. */
const eitherCase = (words: string) => words.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = eitherCase(MONTHS.join('|'));
const SEASON = eitherCase('spring|summer|autumn|fall|winter');
/** When: "at the end of April", "in June", "next month", "this summer", "on the 3rd", "in two weeks". */
const WHEN = String.raw`(?:at the (?:end|start|beginning) of (?:${MONTH}|the (?:month|year|summer)|next (?:month|year))|(?:in|by|from) (?:early |late |mid-?)?(?:${MONTH}|${SEASON})|(?:this|next) (?:week|month|year|${SEASON}|${MONTH})|on the \d{1,2}(?:st|nd|rd|th)?|in (?:a|one|two|three|four|five|six|a few|a couple of) (?:weeks?|months?)|on (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH})|on (?:${MONTH}) \d{1,2}(?:st|nd|rd|th)?|on (?:19|20)\d\d-\d\d-\d\d)`;
const DATED_MOVE = new RegExp(
  String.raw`\b(?:I(?:'m| am)|[Ww]e(?:'re| are)|I(?:'ll| will) be|[Ww]e(?:'ll| will) be|(?:[Mm]e and (?:my )?[\p{L}-]+(?: \p{Lu}[\p{L}'-]+)?|(?:[Mm]y )?[\p{L}-]+(?: \p{Lu}[\p{L}'-]+)? and I) are) (?:finally |officially |actually |now )?moving (?:back |up |down |over |house )?(?:from \p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2} )?to (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}),? (${WHEN})\b`,
  'u',
);
/**
 * A home's words beside it: "moving to Postgres next month", "moving to Notion in June" move no one. Without a flat, a
 * town, family or a job in the sentence, a capitalised name after "moving to" may be software as well as a place.
 */
const HOME_SIGNS =
  /\b(?:flat|apartment|house|home|place|city|town|village|country|island|neighbou?rhood|suburb|area|address|nearer|closer|family|kids|children|daughter|son|parents|mum|mom|dad|partner|wife|husband|job|school|rent|lease|landlord|movers|removals?|packing|commut(?:e|es|ing))\b/i;
/** A hedge or a condition anywhere in the sentence makes it no arrangement. */
// "not" only as doubt: "so I'm not commuting an hour each way" gives a reason, "not sure yet" doubts the move.
const HEDGED = /\b(?:if|maybe|perhaps|might|probably|possibly|thinking|considering|hope|hoping|unless|would|could|should|not (?:sure|certain|decided|definite|confirmed|final|100%)|not yet)\b|\?/i;

export function datedMoves(sentence: string, saidAt: number): DatedMoveFact[] {
  const m = DATED_MOVE.exec(sentence);
  if (!m || HEDGED.test(sentence) || !HOME_SIGNS.test(sentence)) return [];
  const place = m[1]!;
  const when = m[2]!.replace(new RegExp(String.raw`\b(?:${MONTH})\b`, 'u'), (w) => w.charAt(0).toUpperCase() + w.slice(1));
  return [{ kind: 'fact', slot: 'user/location', text: `User is moving to ${place} ${when} (as of ${utcMonth(saidAt)}).`, value: place, importance: 0.8 }];
}

/** The last month of each season, as months are counted here (0 = January): the northern calendar, as the words are. */
const SEASON_ENDS: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 13 };
const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, 'a few': 3, 'a couple of': 2 };
const DAY = 86_400_000;

/** The first moment after a month ends; `month` may run past 11 into the next years. */
const monthEnd = (year: number, month: number) => Date.UTC(year, month + 1, 1);

/**
 * When the window a move was set for has surely passed, as a moment, and the month it names: "at the end of April"
 * said in March ends with April; "this summer" with August; "in two weeks" two weeks after it was said. A month or a
 * season already past when it was said is the next year's. Null when the words do not say (never, by the pattern).
 */
function windowOfMove(when: string, saidAt: number): { over: number; named: string } | null {
  const said = new Date(saidAt);
  const year = said.getUTCFullYear();
  const month = said.getUTCMonth();
  const w = when.toLowerCase();
  const monthName = MONTHS.findIndex((m) => new RegExp(String.raw`\b${m}\b`).test(w));
  const month_ = (y: number, m: number) => ({ over: monthEnd(y, m), named: utcMonth(Date.UTC(y, m, 1)) });
  if (monthName >= 0) {
    const later = monthName < month || (monthName === month && /\bnext\b/.test(w));
    return month_(later ? year + 1 : year, monthName);
  }
  const season = Object.keys(SEASON_ENDS).find((k) => w.includes(k));
  if (season) {
    let end = SEASON_ENDS[season]!;
    // A season already over when it was said, or "next summer" said in the summer, is the next year's.
    if (end < month || (/\bnext\b/.test(w) && end - 2 <= month)) end += 12;
    return { over: monthEnd(year, end), named: `${season} ${year + Math.floor((end - 2) / 12)}` };
  }
  if (/\bnext month\b/.test(w)) return month_(year, month + 1);
  if (/\b(?:this|the) month\b/.test(w)) return month_(year, month);
  if (/\bnext year\b/.test(w)) return { over: Date.UTC(year + 2, 0, 1), named: String(year + 1) };
  if (/\b(?:this|the) year\b/.test(w)) return { over: Date.UTC(year + 1, 0, 1), named: String(year) };
  if (/\bthis week\b/.test(w)) return { over: saidAt + 7 * DAY, named: utcMonth(saidAt + 3 * DAY) };
  if (/\bnext week\b/.test(w)) return { over: saidAt + 14 * DAY, named: utcMonth(saidAt + 10 * DAY) };
  const dayOfMonth = /\bon the (\d{1,2})/.exec(w);
  if (dayOfMonth) {
    const d = Number(dayOfMonth[1]);
    const at = Date.UTC(year, d >= said.getUTCDate() ? month : month + 1, d);
    return { over: at + DAY, named: utcDay(at) };
  }
  const span = /\bin (a few|a couple of|a|one|two|three|four|five|six) (weeks?|months?)/.exec(w);
  if (span) {
    const n = NUMBER_WORDS[span[1]!]!;
    const at = span[2]!.startsWith('week') ? saidAt + n * 7 * DAY : Date.UTC(year, month + n, said.getUTCDate());
    return { over: at + 7 * DAY, named: utcMonth(at) };
  }
  return null;
}

const MOVE_LINE = new RegExp(String.raw`^User is moving to (.+?) (${WHEN}) \(as of (\d{4}-\d{2})\)\.$`, 'u');

/**
 * A move as it must be by the time the block is read: "User is moving to Huy at the end of April (as of 2026-03)."
 * read in June says "User lives in Huy (moved in 2026-04, as planned in 2026-03)." — the user said it as settled, and
 * a change since (a new home, the move called off) supersedes the memory itself. Before the window is over the line
 * stays as said. The stored memory keeps what was said; only the line shown moves on, as ages do (children.ts).
 */
export function movesNow(line: string, saidAt: number, now: number): string {
  const m = MOVE_LINE.exec(line);
  if (!m) return line;
  const window = windowOfMove(m[2]!, saidAt);
  if (!window || now < window.over) return line;
  return `User lives in ${m[1]} (moved in ${window.named}, as planned in ${m[3]}).`;
}
