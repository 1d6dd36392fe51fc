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
    if (!RELATIVE.test(r.text)) continue;
    const d = r.start.date();
    const phrase = r.text.toLowerCase();
    const absolute = /\bweeks?\b/.test(phrase)
      ? `the week of ${formatDay(d.getTime())}`
      : /\bmonths?\b/.test(phrase)
        ? formatMonth(d)
        : /\byears?\b/.test(phrase)
          ? String(d.getFullYear())
          : formatDay(d.getTime());
    out += text.slice(from, r.index) + absolute;
    from = r.index + r.text.length;
  }
  return out + text.slice(from);
}
