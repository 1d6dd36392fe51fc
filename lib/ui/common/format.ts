import { SITES } from '../../sites';
import { ownEntry } from '../../util/own';

/** Display helpers shared by the popup and the options page. Pure functions, so they are easy to test. */

export function siteName(site: string | undefined): string {
  if (!site) return 'Unknown source';
  if (site === 'import') return 'Imported';
  return ownEntry(SITES, site)?.name ?? site;
}

/** An absolute date a person reads at a glance, e.g. "12 Mar 2025, 14:05". */
export function formatDate(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  return new Date(ms).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '?';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value >= 10 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/**
 * The url only if it is a plain web address: captured data is untrusted, and a `javascript:` or `data:` link must
 * never become clickable.
 */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Local calendar date as YYYY-MM-DD (for file names). */
export function isoDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Memory kinds in a person's words: a "passage" is (part of) one chat message; an "episode" sums up one chat. */
const KIND_LABELS: Record<string, string> = {
  passage: 'Message',
  fact: 'Fact',
  preference: 'Preference',
  instruction: 'Instruction',
  episode: 'Chat summary',
  pattern: 'Pattern',
  profile: 'Profile',
  domain: 'Topic summary',
  style: 'Writing style',
};

export function kindLabel(kind: string): string {
  return ownEntry(KIND_LABELS, kind) ?? kind;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
