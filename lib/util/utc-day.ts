/**
 * The calendar day of a moment as YYYY-MM-DD, in UTC: how diary lines, profile dates, domains, patterns, daily counts
 * and exports name a day, so that the same moment reads as the same day everywhere (the UI's file names use the
 * local day instead: `isoDay` in lib/ui/common/format.ts).
 */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** The calendar month of a moment as YYYY-MM, in UTC: how an age or a start is dated ("as of 2026-03", "since 2026-05"). */
export function utcMonth(at: number): string {
  return utcDay(at).slice(0, 7);
}
