/** Tunables of the dream, with defaults. Every field can be overridden per run (tests, benchmarks, settings). */
export interface DreamConfig {
  /** Gates: a dream runs after this many new conversations, or this long since the last one. */
  minNewConversations: number;
  minIntervalMs: number;
  /** Lock lease; a run renews it at every phase, an expired one can be taken over (resume). */
  leaseMs: number;
  /** Episodes: a gap this long between turns starts a new episode; episodes hold at most this many turns. */
  episodeGapMs: number;
  maxEpisodeTurns: number;
  /** Pattern mining window. */
  patternWindowMs: number;
  /** Similarity graph: edges at or above this similarity; at most this many neighbours per memory. */
  linkThreshold: number;
  maxNeighbours: number;
  /** Near-duplicates: facts at or above this similarity merge; passages need a higher one (verbatim text). */
  factDuplicateThreshold: number;
  passageDuplicateThreshold: number;
  /** A candidate this close to a tombstone is never learned. */
  tombstoneThreshold: number;
  /** Decay: strength halves every `halfLifeMs` without use (scaled by importance and use count). */
  halfLifeMs: number;
  /** Unpinned passages and episodes weaker than this are archived (durable kinds never fade: prune.ts). */
  archiveBelow: number;
  /** Decay counts a gap between two days of activity as at most this long (a break does not age everything). */
  idleGapMs: number;
  /** Caps on active memories. */
  maxActiveFacts: number;
  maxActivePassages: number;
  /** The style line is written only from at least this many user turns (a guess otherwise). */
  minStyleTurns: number;
  /** Domains (L3): at most this many, from communities of at least `minCommunitySize` memories. */
  maxDomains: number;
  minCommunitySize: number;
  /** LLM answers: bounds the gates enforce. */
  llmMaxItems: number;
  llmMaxItemChars: number;
  llmMaxTokens: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEFAULT_DREAM_CONFIG: DreamConfig = {
  minNewConversations: 3,
  minIntervalMs: DAY,
  leaseMs: 10 * 60_000,
  episodeGapMs: 30 * 60_000,
  maxEpisodeTurns: 24,
  patternWindowMs: 7 * DAY,
  linkThreshold: 0.3,
  maxNeighbours: 8,
  factDuplicateThreshold: 0.8,
  passageDuplicateThreshold: 0.92,
  tombstoneThreshold: 0.8,
  halfLifeMs: 30 * DAY,
  archiveBelow: 0.05,
  idleGapMs: 7 * DAY,
  maxActiveFacts: 500,
  maxActivePassages: 50_000,
  minStyleTurns: 20,
  maxDomains: 12,
  minCommunitySize: 3,
  llmMaxItems: 12,
  llmMaxItemChars: 300,
  llmMaxTokens: 600,
};

export const DAY_MS = DAY;
