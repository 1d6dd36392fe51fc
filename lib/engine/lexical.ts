import MiniSearch from 'minisearch';
import { isStopWord, stem, words } from './text';

/**
 * The lexical (BM25) side of recall: a MiniSearch index over memories, persisted as JSON in `db.meta` so a restart
 * loads it instead of re-reading every memory.
 */

/** Bump when tokenisation, fields or stored fields change: a persisted index of another version is rebuilt. */
export const LEXICAL_VERSION = 5;

export interface LexicalDoc {
  id: string;
  /** The memory's own text. */
  text: string;
  /** Neighbouring context (the end of the previous turn, the start of the next): matched with a lower weight. */
  context?: string;
  /** Who said it (a chat participant's name), when the source knows: its own field, so naming them in a query counts. */
  speaker?: string;
  /** Conversation key, kept so recall can aggregate by conversation without reading rows. */
  conv?: string;
  /** occurredAt, for temporal narrowing without reading rows. */
  at?: number;
}

export interface LexicalHit {
  id: string;
  score: number;
  conv?: string;
  at?: number;
}

export interface LexicalSearchOptions {
  limit?: number;
  /** Extra weight per processed query term (query expansion uses weights below 1). */
  termWeights?: Map<string, number>;
  /** Weight of the context field relative to the text (default 0.4). */
  contextBoost?: number;
  /** Weight of the speaker field (default 3: it holds one term, matched or not). */
  speakerBoost?: number;
  /** BM25 term-saturation k and length normalisation b (default 1.2, 0.75). */
  bm25?: { k: number; b: number };
  /** Score multiplier per document; 0 drops it. */
  boostDocument?: (id: string, stored: { conv?: string; at?: number }) => number;
}

/** Index-time and query-time term processing: lowercase words, stop words dropped, stemmed. */
export function processTerm(term: string): string | null {
  const w = term.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (!w || isStopWord(w)) return null;
  return stem(w);
}

const OPTIONS = {
  idField: 'id',
  fields: ['text', 'context', 'speaker'],
  storeFields: ['conv', 'at'],
  tokenize: (text: string) => words(text),
  processTerm,
  autoVacuum: { minDirtCount: 50, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
};

export class LexicalIndex {
  private constructor(private readonly mini: MiniSearch<LexicalDoc>) {}

  static create(): LexicalIndex {
    return new LexicalIndex(new MiniSearch<LexicalDoc>(OPTIONS));
  }

  /** Throws on malformed JSON; callers rebuild. */
  static fromJSON(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON<LexicalDoc>(json, OPTIONS));
  }

  get size(): number {
    return this.mini.documentCount;
  }

  has(id: string): boolean {
    return this.mini.has(id);
  }

  /** Adds or replaces a document. */
  upsert(doc: LexicalDoc): void {
    if (this.mini.has(doc.id)) this.mini.discard(doc.id);
    this.mini.add(doc);
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
  }

  search(query: string, opts: LexicalSearchOptions = {}): LexicalHit[] {
    const weights = opts.termWeights;
    const boostDoc = opts.boostDocument;
    const results = this.mini.search(query, {
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      boost: { text: 1, context: opts.contextBoost ?? 0.4, speaker: opts.speakerBoost ?? 3 },
      bm25: { k: opts.bm25?.k ?? 1.2, b: opts.bm25?.b ?? 0.75, d: 0.5 },
      boostTerm: weights ? (term) => weights.get(term) ?? 1 : undefined,
      boostDocument: boostDoc
        ? (id, _term, stored) => boostDoc(id as string, (stored ?? {}) as { conv?: string; at?: number })
        : undefined,
    });
    const limit = opts.limit ?? results.length;
    return results.slice(0, limit).map((r) => ({
      id: r.id as string,
      score: r.score,
      conv: r.conv as string | undefined,
      at: r.at as number | undefined,
    }));
  }

  /** Stored fields of one document. */
  stored(id: string): { conv?: string; at?: number } | undefined {
    return this.mini.getStoredFields(id) as { conv?: string; at?: number } | undefined;
  }

  toJSON(): string {
    return JSON.stringify(this.mini);
  }
}
