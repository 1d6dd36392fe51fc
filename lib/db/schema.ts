import Dexie, { type EntityTable } from 'dexie';
import type { SiteId } from '../sites';

/**
 * The one declaration of Reverie's IndexedDB. Every context (service worker, engine host, popup, options, Node tests
 * with fake-indexeddb) opens it through `openReverieDb`. Bump `SCHEMA_VERSION` and add a `.version(n).upgrade()`
 * step in the constructor below for every change; never edit an old version's stores.
 */
export const SCHEMA_VERSION = 4;

export type Role = 'user' | 'assistant';

/** A conversation on one site; key = `${site}:${conversationId}`. */
export interface ConversationRow {
  key: string;
  site: SiteId | 'import';
  conversationId: string;
  url: string;
  title?: string;
  firstSeenAt: number;
  lastSeenAt: number;
  turnCount: number;
  source: 'live' | 'import-chatgpt' | 'import-claude' | 'bench';
}

/** A captured turn; id = `${conversationKey}#${ordinal}` so re-capture and edits overwrite, never duplicate. */
export interface TurnRow {
  id: string;
  conversationKey: string;
  site: ConversationRow['site'];
  role: Role;
  ordinal: number;
  text: string;
  /** Hash of the text, to tell an edit or regeneration from a re-capture of the same turn. */
  textHash: string;
  capturedAt: number;
  updatedAt: number;
  /** Redaction markers applied at capture, e.g. ['api key', 'jwt']. */
  redactions?: string[];
}

/** Durable work queue: captures waiting for ingestion, memories waiting for embedding. Survives restarts. */
export interface QueueRow {
  seq?: number;
  /** 'capture-failed': a capture that failed to ingest five times, kept (never dropped) for a later version to retry. */
  kind: 'capture' | 'capture-failed' | 'embed' | 'index-delete';
  payload: unknown;
  enqueuedAt: number;
  attempts: number;
  lastError?: string;
}

export type MemoryKind =
  | 'passage' // a turn or a slice of a long turn, verbatim
  | 'fact'
  | 'preference'
  | 'instruction'
  | 'episode' // a summary of a run of turns
  | 'pattern' // a recurring topic/site/time/tool found over days
  | 'profile' // the L4 profile text
  | 'domain' // an L3 community summary
  | 'style'; // the user's writing-style profile

type MemoryStatus = 'active' | 'archived' | 'superseded' | 'deleted';

export interface MemoryRow {
  id: string;
  kind: MemoryKind;
  text: string;
  /** Normalised-text hash, for duplicate and tombstone checks. */
  hash: string;
  status: MemoryStatus;
  /** Provenance: the turns this memory stands for. */
  sourceTurnIds: string[];
  conversationKey?: string;
  site?: ConversationRow['site'];
  /** Shown only on `site`: an instruction the user gave for that site alone ("on here, always reply in Spanish"). */
  siteOnly?: boolean;
  url?: string;
  role?: Role;
  /** Who said it by name, when the source knows (a participant of a multi-party conversation); not indexed. */
  speaker?: string;
  /** For passages: the character offset of the slice within its turn. */
  passageOffset?: number;
  /** When what it says happened (the source turn's time), ms. */
  occurredAt: number;
  createdAt: number;
  updatedAt: number;
  /** 0..1: how much it matters (dream sets it; pinned memories are 1). */
  importance: number;
  /** 0..1: fades with disuse, reinforced by recall and use. */
  strength: number;
  lastUsedAt?: number;
  useCount: number;
  pinned: boolean;
  /** When it was pinned; absent when not pinned. IndexedDB cannot index booleans, so the L4 layer finds pins by this. */
  pinnedAt?: number;
  /** Bitemporal validity, for facts that change: valid from/to (ms). */
  validFrom?: number;
  validTo?: number;
  supersededBy?: string;
  /**
   * Words a search may find it by that its text does not say (a fact's kind of thing: "job" for "User is a nurse.");
   * indexed at the context's low weight, never shown. Set by the dream.
   */
  searchTerms?: string;
  /** Topic community id from the dream's graph. */
  community?: string;
  /** Who made it: capture, import, dream (rules), dream (llm), or the user. */
  origin: 'capture' | 'import' | 'dream-rules' | 'dream-llm' | 'user' | 'bench';
  edited?: boolean;
}

/** An embedding of one memory under one model. `label` is its integer id in that model's HNSW index. */
export interface VectorRow {
  memoryId: string;
  model: string;
  label: number;
  dim: number;
  vector: Float32Array;
}

/** What must never be learned again: deleted by the user or shown false. */
export interface TombstoneRow {
  id: string;
  hash: string;
  text: string;
  reason: 'deleted' | 'disproven' | 'forgot-conversation';
  memoryId?: string;
  conversationKey?: string;
  createdAt: number;
  /** When a deletion's words are erased; absent: once the popup's undo window has passed (lib/engine/erase.ts). */
  eraseAt?: number;
}

/**
 * Where a run is (lib/dream/phases/table.ts). 'prune' is stored only by runs from before decay, profile, domains,
 * patterns and style were phases of their own; such a run resumes at 'decay'.
 */
export type DreamPhase =
  | 'orient'
  | 'gather'
  | 'consolidate'
  | 'decay'
  | 'profile'
  | 'domains'
  | 'patterns'
  | 'style'
  | 'diary'
  | 'done'
  | 'prune';

export interface DreamRunRow {
  id: string;
  startedAt: number;
  finishedAt?: number;
  status: 'running' | 'done' | 'failed' | 'skipped';
  phase: DreamPhase;
  /** Phase outputs so a killed run resumes where it stopped. */
  checkpoint: Record<string, unknown>;
  stats?: Record<string, number>;
  error?: string;
  trigger: 'alarm' | 'manual' | 'test';
  engine: 'rules' | 'llm' | 'replay';
}

export interface DiaryRow {
  id: string;
  runId: string;
  kind: 'merge' | 'supersede' | 'learn' | 'fade' | 'archive' | 'profile' | 'style' | 'link' | 'forget';
  summary: string;
  memoryIds: string[];
  sourceTurnIds: string[];
  /** Exact rows before and after, so undo restores exactly. */
  before: MemoryRow[];
  after: MemoryRow[];
  status: 'applied' | 'approved' | 'undone';
  createdAt: number;
}

export interface KeyValueRow {
  key: string;
  value: unknown;
  updatedAt: number;
}

export class ReverieDb extends Dexie {
  conversations!: EntityTable<ConversationRow, 'key'>;
  turns!: EntityTable<TurnRow, 'id'>;
  queue!: EntityTable<QueueRow, 'seq'>;
  memories!: EntityTable<MemoryRow, 'id'>;
  vectors!: Dexie.Table<VectorRow, [string, string]>;
  tombstones!: EntityTable<TombstoneRow, 'id'>;
  dreamRuns!: EntityTable<DreamRunRow, 'id'>;
  diary!: EntityTable<DiaryRow, 'id'>;
  settings!: EntityTable<KeyValueRow, 'key'>;
  /** Engine state: persisted lexical index, index manifests, locks and leases, adapter health. */
  meta!: EntityTable<KeyValueRow, 'key'>;

  constructor(name = 'reverie', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1: the first release (kept so upgrades from it are tested).
    this.version(1).stores({
      conversations: 'key, site, lastSeenAt',
      turns: 'id, conversationKey, capturedAt, [conversationKey+ordinal]',
      queue: '++seq, kind',
      memories: 'id, kind, status, hash, conversationKey, occurredAt, pinned, *sourceTurnIds',
      vectors: '[memoryId+model], model, [model+label]',
      links: 'id, from, to, kind',
      tombstones: 'id, hash, memoryId',
      dreamRuns: 'id, startedAt, status',
      settings: 'key',
      meta: 'key',
    });
    // Version 2: the dream diary, and memories indexed by community and update time.
    this.version(2)
      .stores({
        memories: 'id, kind, status, hash, conversationKey, occurredAt, updatedAt, pinned, community, *sourceTurnIds',
        diary: 'id, runId, status, createdAt',
        tombstones: 'id, hash, memoryId, conversationKey',
      })
      .upgrade(async (tx) => {
        // v1 memories had no `origin` or `useCount`: fill them so every row satisfies MemoryRow.
        await tx
          .table('memories')
          .toCollection()
          .modify((m: Partial<MemoryRow>) => {
            m.origin ??= 'capture';
            m.useCount ??= 0;
            m.strength ??= 1;
            m.importance ??= 0.5;
          });
      });
    // Version 3: pinned memories indexed by when they were pinned.
    this.version(3)
      .stores({
        memories:
          'id, kind, status, hash, conversationKey, occurredAt, updatedAt, pinned, pinnedAt, community, *sourceTurnIds',
      })
      .upgrade(async (tx) => {
        await tx
          .table('memories')
          .toCollection()
          .modify((m: Partial<MemoryRow>) => {
            if (m.pinned && !m.pinnedAt) m.pinnedAt = m.updatedAt ?? Date.now();
          });
      });
    // Version 4: the links table goes (nothing ever read it: a memory's history is in its own supersededBy, validFrom
    // and validTo fields and in the diary), and so does the index on `pinned` (IndexedDB cannot index a boolean, so
    // it held nothing; pins are found by pinnedAt).
    this.version(SCHEMA_VERSION).stores({
      links: null,
      memories: 'id, kind, status, hash, conversationKey, occurredAt, updatedAt, pinnedAt, community, *sourceTurnIds',
    });
  }
}

let shared: ReverieDb | undefined;

/** The database for this context (one connection per context). Tests pass a name for an isolated database. */
export function openReverieDb(name?: string): ReverieDb {
  if (name) return new ReverieDb(name);
  shared ??= new ReverieDb();
  return shared;
}
