import type { DreamRunRow } from '../../db/schema';
import type { ModelStatus, ReverieStatus } from '../../messaging/protocol';
import { siteName, formatDate, plural } from './format';
import { ownEntry } from '../../util/own';

/** Turns the background's status into sentences a person reads. Pure, so the wording is tested directly. */

export interface CaptureLine {
  active: boolean;
  text: string;
  detail?: string;
}

export function captureLine(status: ReverieStatus, site: string | null | undefined): CaptureLine {
  const name = siteName(site ?? undefined);
  const problem = site ? status.health.find((h) => h.site === site && !h.ok)?.problem : undefined;
  if (status.paused || status.captureBlockedReason === 'paused') {
    return { active: false, text: 'Paused — nothing is being saved.' };
  }
  switch (status.captureBlockedReason) {
    case 'site-off':
      return { active: false, text: `Not saving chats on ${name}: it is switched off.` };
    case 'temporary-chat':
      return { active: false, text: 'Not saving: this is a temporary chat.' };
    case 'incognito':
      return { active: false, text: 'Not saving in a private window.' };
    case 'adapter-broken':
      return {
        active: false,
        text: `Reverie can't read this ${name} page right now, so nothing is saved here.`,
        detail: problem,
      };
    case 'not-a-chat-site':
      return { active: false, text: 'This page is not a chat site Reverie knows.' };
  }
  if (!site) return { active: false, text: 'Open a chat site to save conversations there.' };
  if (problem) return { active: false, text: `Reverie has trouble reading this ${name} page.`, detail: problem };
  return { active: true, text: `Saving your chats on ${name}.` };
}

export function modelLine(model: ModelStatus): string {
  const what = model.kind === 'embedding' ? 'Search model' : 'Dream model';
  switch (model.state) {
    case 'ready':
      return `${what} ready`;
    case 'downloading':
      return `${what} downloading`;
    case 'absent':
      return `${what} not downloaded yet`;
    case 'unsupported':
      return `${what} can't run in this browser`;
    case 'error':
      return `${what} failed: ${model.error ?? 'unknown error'}`;
  }
}

const STAT_WORDS: Record<string, string> = {
  merged: 'merged',
  merge: 'merged',
  superseded: 'updated',
  supersede: 'updated',
  learned: 'learned',
  learn: 'learned',
  faded: 'faded',
  fade: 'faded',
  archived: 'archived',
  archive: 'archived',
  linked: 'linked',
  link: 'linked',
};

/** Diary kinds, as the status line says them after their count ("3 merged"). */
const DIARY_WORDS: Record<string, string> = {
  learn: 'learned',
  merge: 'merged',
  supersede: 'updated',
  fade: 'faded',
  archive: 'put away',
  link: 'linked',
};
/**
 * Diary kinds that rewrite one whole thing, said without a count: a dream may rewrite the profile twice, but the
 * person has one profile ("2 profile updated" counts nothing they can see).
 */
const DIARY_WHOLE: Record<string, string> = {
  profile: 'profile updated',
  style: 'writing style updated',
};

/** "Last dream 12 Mar 2025, 14:05: 3 merged · 2 learned · profile updated", or a failure line. */
export function dreamLine(run: DreamRunRow | undefined): string {
  if (!run) return 'No dream yet: memories are tidied up while you are away.';
  if (run.status === 'running') return 'Dreaming now…';
  const when = formatDate(run.finishedAt ?? run.startedAt);
  if (run.status === 'failed') return `Last dream (${when}) did not finish${run.error ? `: ${run.error}` : '.'}`;
  if (run.status === 'skipped') return `Last dream (${when}) was skipped: nothing new to think about.`;
  const stats = run.stats ?? {};
  // A run settled against its diary counts by diary kind ('changes' is their total): the line matches the diary.
  const settled = 'changes' in stats;
  const words = settled ? DIARY_WORDS : STAT_WORDS;
  const whole = settled ? DIARY_WHOLE : {};
  const parts = Object.entries(stats)
    .filter(([key, n]) => n > 0 && (ownEntry(words, key) !== undefined || ownEntry(whole, key) !== undefined))
    .map(([key, n]) => ownEntry(whole, key) ?? `${n} ${ownEntry(words, key)}`);
  return `Last dream ${when}: ${parts.length ? parts.join(' · ') : 'nothing changed'}.`;
}

export function countsLine(status: ReverieStatus): string {
  const { memories, conversations } = status.counts;
  return `${plural(memories, 'memory', 'memories')} from ${plural(conversations, 'conversation')}`;
}
