import type { DiaryRow } from '../../db/schema';
import { ownEntry } from '../../util/own';

/** What each kind of dream change is called, where its summary does not say what happened itself. */
const KIND_TITLES: Record<DiaryRow['kind'], string> = {
  merge: 'Merged',
  supersede: 'Replaced an outdated memory',
  learn: 'Learned',
  fade: 'Let fade',
  archive: 'Put away',
  profile: 'Updated your profile',
  style: 'Updated your writing style',
  link: 'Connected',
  forget: 'Forgot',
};

/**
 * The verbs a dream's summary opens with when it says what it did (lib/dream writes "Learned: …", "Corrected: …",
 * "Archived 3 weakest passages …"). Such a summary is the heading on its own: a title before it would say the act twice
 * ("Learned: Remembered again: …"); so is one opening with its title's own verb. A summary opening any other way keeps
 * its kind's title in front.
 */
const ACTS = ['Merged', 'Changed', 'Corrected', 'Learned', 'Remembered', 'Summarised', 'Noticed', 'Faded', 'Archived', 'Set aside', 'Rewrote', 'Named', 'Updated', 'Connected', 'Forgot'];

/** A summary's label that is its kind's own act in other words: the kind's title says it instead ("Changed: …"). */
const TITLE_SAYS: ReadonlyMap<DiaryRow['kind'], string> = new Map([['supersede', 'Changed']]);

/**
 * A diary entry's heading: `lead` in bold, then `rest`. The act is said once: "Replaced an outdated memory: "A" → "B"",
 * "Corrected: "A" → "B"", "Learned: …", "Merged 1 duplicate into: …"; a summary without an act of its own follows its
 * kind's title ("Let fade: Unused for months").
 */
export function entryHeading(kind: DiaryRow['kind'], summary: string): { lead: string; rest: string } {
  const title = ownEntry(KIND_TITLES, kind) ?? kind;
  const act = [...ACTS, title.split(' ')[0]!].find((verb) => summary.startsWith(verb) && !/^\w/.test(summary.slice(verb.length)));
  if (!act) return { lead: title, rest: summary ? `: ${summary}` : '' };
  const rest = summary.slice(act.length);
  if (TITLE_SAYS.get(kind) === act && rest.startsWith(':')) return { lead: title, rest };
  return { lead: act, rest };
}
