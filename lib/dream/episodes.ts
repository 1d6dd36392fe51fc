import type { TurnRow } from '../db/schema';
import { hashText, jaccard, terms } from '../engine/text';
import type { DreamConfig } from './config';

/**
 * Episodes: runs of turns about one thing. A conversation splits where time stops (a long gap), where the topic
 * shifts (a user turn sharing nothing with the recent turns), and at a size bound (so one episode fits a small model's
 * context). Each episode also gets an outcome score: how well it went for the user.
 */

export interface Episode {
  id: string;
  conversationKey: string;
  site: string;
  turnIds: string[];
  start: number;
  end: number;
  /** 0..1: 1 = resolved without the user repeating or correcting; lower per repeat/correction. */
  outcome: number;
  repeats: number;
  corrections: number;
}

// The user telling the assistant it got something wrong (or that it did not help).
const CORRECTION =
  /\b(?:that'?s (?:wrong|incorrect|not (?:right|correct|true|what i (?:asked|meant|wanted)))|no,? i meant|not what i (?:asked|meant|wanted)|you misunderstood|(?:it |that )?(?:still )?(?:doesn'?t|does not|didn'?t|did not) work|try again|wrong answer|that'?s not it)\b/i;

function isUserCorrection(text: string): boolean {
  return CORRECTION.test(text);
}

export function splitEpisodes(turns: TurnRow[], cfg: Pick<DreamConfig, 'episodeGapMs' | 'maxEpisodeTurns'>): Episode[] {
  const sorted = [...turns].sort((a, b) => a.ordinal - b.ordinal || (a.id < b.id ? -1 : 1));
  const groups: TurnRow[][] = [];
  let current: TurnRow[] = [];
  let recent: Set<string>[] = [];
  for (const t of sorted) {
    const ts = new Set(terms(t.text));
    const prev = current[current.length - 1];
    let split = false;
    if (prev) {
      if (t.capturedAt - prev.capturedAt > cfg.episodeGapMs) split = true;
      else if (current.length >= cfg.maxEpisodeTurns) split = true;
      else if (t.role === 'user' && current.length >= 6 && ts.size >= 4) {
        const context = new Set<string>();
        for (const r of recent) for (const x of r) context.add(x);
        if (jaccard(ts, context) === 0) split = true;
      }
    }
    if (split) {
      groups.push(current);
      current = [];
      recent = [];
    }
    current.push(t);
    recent.push(ts);
    if (recent.length > 4) recent.shift();
  }
  if (current.length > 0) groups.push(current);
  return groups.map(toEpisode);
}

function toEpisode(turns: TurnRow[]): Episode {
  const first = turns[0]!;
  const last = turns[turns.length - 1]!;
  let repeats = 0;
  let corrections = 0;
  const asked: Set<string>[] = [];
  for (const t of turns) {
    if (t.role !== 'user') continue;
    const ts = new Set(terms(t.text));
    if (asked.length > 0 && isUserCorrection(t.text)) corrections++;
    else if (ts.size >= 3 && asked.some((a) => jaccard(a, ts) >= 0.6)) repeats++;
    asked.push(ts);
  }
  const ids = turns.map((t) => t.id);
  return {
    id: `ep:${hashText(ids.join('|'))}`,
    conversationKey: first.conversationKey,
    site: String(first.site),
    turnIds: ids,
    start: first.capturedAt,
    end: last.capturedAt,
    outcome: Math.max(0, 1 - 0.5 * (repeats + corrections)),
    repeats,
    corrections,
  };
}
