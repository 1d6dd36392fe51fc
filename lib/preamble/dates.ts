import * as chrono from 'chrono-node';

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD in the user's local time (the day they would name). */
export function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function formatMonth(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

// Phrases whose meaning depends on when they were said; absolute ones ("March 3, 2026") are left as written.
const RELATIVE = /\b(today|tonight|tomorrow|yesterday|ago|next|last|this|coming|later|earlier|in \d+|in an?|in a few)\b/i;

/** What "night" names when it comes first: "the night shift", "a night bus", "night classes". */
const NIGHT_THINGS = /^\s+(?:shifts?|audits?|duty|duties|watch|class(?:es)?|courses?|school|bus(?:es)?|trains?|flights?|ferry|markets?|nurses?|porters?|staff|crew|manager|work|job)\b/i;

/**
 * Rewrites relative date phrases ("tomorrow", "3 days ago", "last week") as absolute dates, resolved against when the
 * memory was said, so a preamble read weeks later never says "tomorrow" about a day long past.
 */
export function absolutizeDates(text: string, saidAt: number): string {
  if (!RELATIVE.test(text)) return text;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, new Date(saidAt), { forwardDate: false });
  } catch {
    return text;
  }
  let out = '';
  let from = 0;
  for (const r of results) {
    if (!RELATIVE.test(r.text) || r.index < from) continue;
    const before = text.slice(0, r.index);
    const phrase = r.text.toLowerCase();
    // "We haven't talked in a few days", "not … in 3 weeks": a duration up to when it was said, not a future date.
    if (/^in\b/.test(phrase) && /\b(?:not|never|no|n't|n’t|haven'?t|hasn'?t|hadn'?t)\b[^.!?;]*$/i.test(before)) continue;
    // "my last day", "her next visit", "the last 4 hours of your shift": an ordinal, not a date.
    if (/^(?:last|next|this|past|coming)\b/.test(phrase) && (/\b(?:my|your|his|her|our|their|its|a|an)\s+$/i.test(before) || /^\s+of\b/i.test(text.slice(r.index + r.text.length))))
      continue;
    // "last day is 30 june", "next day delivery": a day in a sequence, never how anyone says yesterday or tomorrow.
    if (/^(?:last|next) day$/.test(phrase)) continue;
    // "my last night shift was Friday", "the last night bus": "night" begins a thing's name (a shift, a bus), not the
    // evening before it was said; read as a date it said "on 2026-05-04 shift was Friday".
    if (/^(?:last|next) night$/.test(phrase) && NIGHT_THINGS.test(text.slice(r.index + r.text.length))) continue;
    const unit = /\bweeks?\b/.test(phrase) ? 'week' : /\bmonths?\b/.test(phrase) ? 'month' : /\byears?\b/.test(phrase) ? 'year' : null;
    // "in the last week", "over the past 3 days": the span before it was said, not a calendar period or a day.
    const span = /^(?:last|past)\b/.test(phrase) ? /\bthe\s+$/i.exec(before) : null;
    let start = r.index;
    let absolute: string;
    if (span) {
      start = span.index;
      absolute = `the ${r.text.replace(/^(?:last|past)\s+/i, '')} before ${formatDay(saidAt)}`;
    } else {
      const d = r.start.date();
      absolute = unit === 'week' ? `the week of ${formatDay(d.getTime())}` : unit === 'month' ? formatMonth(d) : unit === 'year' ? String(d.getFullYear()) : formatDay(d.getTime());
      // "in 3 days" → "on 2026-03-19", "in 2 months" → "in 2026-05".
      if (/^in\b/.test(phrase)) absolute = `${unit === 'month' || unit === 'year' ? 'in' : unit === 'week' ? 'in' : 'on'} ${absolute}`;
    }
    const lead = text.slice(0, start);
    const preposition = unit === 'month' || unit === 'year' ? 'in' : 'on';
    // A bare date needs its preposition, inside a sentence and at its start ("a Pixel last month" → "a Pixel in
    // 2026-03", "This year I want…" → "In 2026 I want…"); at the start the replacement is capitalised.
    if (/(?:^|[.!?]\s+)$/.test(lead)) {
      if (!span && !/^(?:in|on|the)\b/.test(absolute)) absolute = `${preposition} ${absolute}`;
      absolute = absolute.charAt(0).toUpperCase() + absolute.slice(1);
    } else if (!span && !/^(?:in|on|the)\b/.test(absolute) && !/\b(?:in|on|at|by|since|until|till|from|to|of|during|before|after|for|between|and|or|the|this|that|from)\s+$/i.test(lead))
      absolute = `${preposition} ${absolute}`;
    out += text.slice(from, start) + absolute;
    from = r.index + r.text.length;
  }
  return out + text.slice(from);
}
