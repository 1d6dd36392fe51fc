/**
 * The calendar day of a moment as YYYY-MM-DD, in UTC: how diary lines, profile dates, domains, patterns, daily counts
 * and exports name a day, so that the same moment reads as the same day everywhere (the UI's file names use the
 * local day instead: `isoDay` in lib/ui/common/format.ts).
 */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}
