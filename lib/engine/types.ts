import type { MemoryKind, MemoryRow, Role } from '../db/schema';

/**
 * The seams of the memory engine. Everything here runs unchanged in Node (tests, benchmarks) and in the extension's
 * engine host (offscreen document on Chrome, background page on Firefox).
 */

/**
 * Turns text into unit-length vectors. One instance per model. Stored text and search queries are embedded apart:
 * asymmetric models (E5) are trained with a different prefix on each side.
 */
export interface Embedder {
  /** The model id vectors are stored under (a Hugging Face repo id, or a test model's id). */
  readonly modelId: string;
  readonly dim: number;
  /** Stored text (passages, memories): one L2-normalised vector per text, in order. */
  embed(texts: string[]): Promise<Float32Array[]>;
  /** A search query, embedded as the model expects queries to be. */
  embedQuery(query: string): Promise<Float32Array>;
  /** The model's cosine below which a match by meaning alone is unrelated (models.ts `relevanceFloor`). */
  readonly relevanceFloor?: number;
  dispose?(): Promise<void>;
}

/** Approximate nearest-neighbour index over integer labels (cosine distance on unit vectors). */
export interface VectorIndex {
  readonly model: string;
  readonly dim: number;
  /** Number of live (not deleted) points. */
  readonly size: number;
  add(label: number, vector: Float32Array): void;
  markDeleted(label: number): void;
  has(label: number): boolean;
  /** Nearest first; `distance` = 1 - cosine similarity. */
  search(vector: Float32Array, k: number): { label: number; distance: number }[];
  /** Persist so the next start loads instead of rebuilding. */
  save(): Promise<void>;
  /**
   * Gives up on an index that failed (`cause`): removes what `save` persisted, so the next open rebuilds it from the
   * stored vectors, and frees it. The index is not used afterwards.
   */
  discard?(cause?: unknown): Promise<void>;
}

/** A conversation as capture or import hands it to the engine. */
export interface IngestConversation {
  site: string;
  conversationId: string;
  url: string;
  title?: string;
  source: 'live' | 'import-chatgpt' | 'import-claude' | 'bench';
  /** `speaker`: the participant's name, when the source names who said it (multi-party imports, benchmarks). */
  turns: { role: Role; text: string; ordinal: number; at?: number; id?: string; speaker?: string }[];
  /** When the conversation happened, if not now (imports, benchmarks). */
  at?: number;
}

export interface IngestResult {
  added: number;
  updated: number;
  unchanged: number;
  /** New turns not stored because everything they say is tombstoned (deleted or forgotten by the user). */
  skipped?: number;
  /** Turn ids written (added or updated). */
  turnIds: string[];
}

export interface RecallOptions {
  /** How many hits (default 10). */
  k?: number;
  /** "Now" for recency and temporal phrases (benchmarks ask at a date). */
  now?: number;
  kinds?: MemoryKind[];
  /** Include archived memories (search does; the preamble does not). */
  includeArchived?: boolean;
  /** Count this recall as a use (reinforces strength). Default false. */
  reinforce?: boolean;
  /**
   * Only what is related to the query: a memory found by the vector ranker alone must reach the embedder's
   * `relevanceFloor` (the warm-start block asks this; the popup's search does not). Default false.
   */
  relevantOnly?: boolean;
  /**
   * Only memories this accepts are ranked (the warm-start block passes what it may draw on, lib/preamble/scope.ts):
   * filtering before the cut to k fills the k with what may be shown. In-process callers only: not a message field.
   */
  accept?: (m: MemoryRow) => boolean;
}

export interface RecallHit {
  memory: MemoryRow;
  score: number;
  /** Why it matched, for the popup and for debugging. */
  via: ('lexical' | 'vector' | 'recency' | 'pinned')[];
  /** Cosine similarity to the query, when the vector ranker found it. */
  similarity?: number;
}
