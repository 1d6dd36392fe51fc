import MiniSearch from 'minisearch';
import { bareWord, indexWords, isStopWord, stem } from './text';

/**
 * The lexical (BM25) side of recall: a MiniSearch index over memories, persisted as JSON in `db.meta` so a restart
 * loads it instead of re-reading every memory.
 */

/** Bump when tokenisation, fields or stored fields change: a persisted index of another version is rebuilt. */
export const LEXICAL_VERSION = 8;

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
  /**
   * BM25 term-saturation k, length normalisation b (default 1.2, 0.75) and BM25+'s lower bound d per matched term
   * (default 0: Okapi BM25; MiniSearch's own default is 0.5).
   */
  bm25?: { k: number; b: number; d?: number };
  /**
   * MiniSearch's coordination factor: each hit's score multiplied by how many distinct query terms it matched
   * (default false: plain BM25, where a short turn matching one rare term can beat a long text matching several
   * common ones).
   */
  coordination?: boolean;
  /** Score multiplier per document; 0 drops it. */
  boostDocument?: (id: string, stored: { conv?: string; at?: number }) => number;
}

/** Index-time and query-time term processing: lowercase words, stop words dropped, stemmed. */
export function processTerm(term: string): string | null {
  const w = bareWord(term.toLowerCase());
  if (!w || isStopWord(w)) return null;
  return stem(w);
}

/**
 * MiniSearch takes a field's length for BM25 to be its number of DISTINCT tokens, stop words included, so a long
 * reply that repeats its words looks short and outranks the short turn that holds the answer. Indexing emits each
 * kept term once per occurrence, tagged with its position (`term␁n`), so every token is distinct and the length is the
 * number of indexed terms, as in Okapi BM25; the tag is dropped again before the term is stored.
 */
const POSITION = '\u0001';

function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of indexWords(text)) {
    const term = processTerm(w);
    if (term) out.push(`${term}${POSITION}${out.length}`);
  }
  return out;
}

function indexedTerm(token: string): string | null {
  const at = token.indexOf(POSITION);
  return at >= 0 ? token.slice(0, at) : processTerm(token);
}

const OPTIONS = {
  idField: 'id',
  fields: ['text', 'context', 'speaker'],
  storeFields: ['conv', 'at'],
  tokenize: indexTokens,
  processTerm: indexedTerm,
  autoVacuum: { minDirtCount: 50, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
};

/**
 * A search or change of the index failed: the index is damaged (it is derived data, so the engine rebuilds it from the
 * rows and asks again). `cause` is what MiniSearch threw.
 */
export class LexicalIndexError extends Error {
  override name = 'LexicalIndexError';
  constructor(
    what: string,
    override readonly cause: unknown,
  ) {
    super(`lexical index: ${what} failed (${cause instanceof Error ? cause.message : String(cause)})`);
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/**
 * Checks what MiniSearch would otherwise trust blindly when it loads a serialized index: the fields are ours, and every
 * document has its id, per-field lengths and nothing that collides with the next id. A search reads these per hit and
 * throws (or ranks nonsense) when they are missing; the postings may name documents that are gone (MiniSearch skips
 * those, as after a discard). Throws with what is wrong.
 */
function checkSerialized(js: unknown): void {
  const fail = (what: string): never => {
    throw new Error(`lexical index: ${what}`);
  };
  if (!isRecord(js)) fail('not an object');
  const o = js as Record<string, unknown>;
  if (o.serializationVersion !== 2) fail(`serialization version ${String(o.serializationVersion)}`);
  const fieldIds = o.fieldIds;
  if (!isRecord(fieldIds) || OPTIONS.fields.some((f, i) => fieldIds[f] !== i) || Object.keys(fieldIds).length !== OPTIONS.fields.length) {
    fail('fields are not this version’s');
  }
  const averages = o.averageFieldLength;
  // A field no document has yet has no average (a hole, serialized as null).
  const average = (a: unknown) => a == null || (Number.isFinite(a) && (a as number) >= 0);
  if (!Array.isArray(averages) || averages.length > OPTIONS.fields.length || !averages.every(average)) {
    fail('bad average field lengths');
  }
  if (!isCount(o.documentCount) || !isCount(o.nextId)) fail('bad document count');
  const documentIds = o.documentIds;
  const fieldLength = o.fieldLength;
  if (!isRecord(documentIds) || !isRecord(fieldLength) || !Array.isArray(o.index)) fail('missing tables');
  const docs = Object.entries(documentIds as Record<string, unknown>);
  if (docs.length !== o.documentCount) fail(`${docs.length} documents, count says ${String(o.documentCount)}`);
  const seen = new Set<unknown>();
  for (const [shortId, id] of docs) {
    const n = Number(shortId);
    if (!isCount(n) || n >= (o.nextId as number) || typeof id !== 'string' || seen.has(id)) fail(`bad document ${shortId}`);
    seen.add(id);
    const lengths = (fieldLength as Record<string, unknown>)[shortId];
    if (!Array.isArray(lengths) || lengths.length > OPTIONS.fields.length || !lengths.every((l) => l == null || isCount(l))) {
      fail(`document ${shortId} has no field lengths`);
    }
  }
}

export class LexicalIndex {
  private constructor(private readonly mini: MiniSearch<LexicalDoc>) {}

  static create(): LexicalIndex {
    return new LexicalIndex(new MiniSearch<LexicalDoc>(OPTIONS));
  }

  /** Throws on malformed JSON or an inconsistent index (see `checkSerialized`); callers rebuild. */
  static fromJSON(json: string): LexicalIndex {
    const js: unknown = JSON.parse(json);
    checkSerialized(js);
    return new LexicalIndex(MiniSearch.loadJS<LexicalDoc>(js as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS));
  }

  get size(): number {
    return this.mini.documentCount;
  }

  has(id: string): boolean {
    return this.mini.has(id);
  }

  /** Adds or replaces a document. Throws `LexicalIndexError` when the index is damaged. */
  upsert(doc: LexicalDoc): void {
    try {
      if (this.mini.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
    } catch (error) {
      throw new LexicalIndexError('upsert', error);
    }
  }

  remove(id: string): void {
    try {
      if (this.mini.has(id)) this.mini.discard(id);
    } catch (error) {
      throw new LexicalIndexError('remove', error);
    }
  }

  /** Throws `LexicalIndexError` when the index is damaged. */
  search(query: string, opts: LexicalSearchOptions = {}): LexicalHit[] {
    try {
      return this.searchUnchecked(query, opts);
    } catch (error) {
      throw new LexicalIndexError('search', error);
    }
  }

  private searchUnchecked(query: string, opts: LexicalSearchOptions): LexicalHit[] {
    const weights = opts.termWeights;
    const boostDoc = opts.boostDocument;
    const contextBoost = opts.contextBoost ?? 0.4;
    const speakerBoost = opts.speakerBoost ?? 3;
    const results = this.mini.search(query, {
      // Queries are plain words (no position tags): each query word is one term.
      tokenize: (text: string) => indexWords(text),
      processTerm,
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      // MiniSearch reads a boost of 0 as 1: a field weighted 0 is left out of the search instead.
      fields: ['text', ...(contextBoost > 0 ? ['context'] : []), ...(speakerBoost > 0 ? ['speaker'] : [])],
      boost: { text: 1, context: contextBoost, speaker: speakerBoost },
      bm25: { k: opts.bm25?.k ?? 1.2, b: opts.bm25?.b ?? 0.75, d: opts.bm25?.d ?? 0 },
      boostTerm: weights ? (term) => weights.get(term) ?? 1 : undefined,
      boostDocument: boostDoc
        ? (id, _term, stored) => boostDoc(id as string, (stored ?? {}) as { conv?: string; at?: number })
        : undefined,
    });
    if (!opts.coordination) {
      // MiniSearch has already multiplied each score by its number of matched query terms: undo it.
      for (const r of results) r.score /= Math.max(1, r.queryTerms.length);
      results.sort((a, b) => b.score - a.score);
    }
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
