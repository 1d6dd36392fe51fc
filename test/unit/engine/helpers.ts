import { ReverieDb } from '../../../lib/db/schema';
import type { Embedder, IngestConversation } from '../../../lib/engine/types';
import { terms } from '../../../lib/engine/text';

export const DAY = 86_400_000;

export function freshDb(): ReverieDb {
  return new ReverieDb(`engine-test-${Math.random().toString(36).slice(2)}`);
}

/**
 * A deterministic test embedder: bag of stemmed words hashed into `dim` buckets, L2-normalised. Texts sharing words
 * get similar vectors, so the vector path ranks meaningfully without a model.
 */
export class HashingEmbedder implements Embedder {
  calls = 0;
  embedded = 0;
  constructor(
    readonly modelId = 'test/hashing-64',
    readonly dim = 64,
    private readonly failAfterCalls = Infinity,
  ) {}

  async embedQuery(query: string): Promise<Float32Array> {
    return (await this.embed([query]))[0]!;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    this.calls++;
    if (this.calls > this.failAfterCalls) throw new Error('embedder crashed');
    this.embedded += texts.length;
    return texts.map((t) => {
      const v = new Float32Array(this.dim);
      for (const term of terms(t)) {
        let h = 2166136261;
        for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619);
        v[(h >>> 0) % this.dim]! += 1;
      }
      let n = 0;
      for (const x of v) n += x * x;
      n = Math.sqrt(n) || 1;
      for (let i = 0; i < v.length; i++) v[i]! /= n;
      return v;
    });
  }
}

export function conversation(
  id: string,
  texts: string[],
  at: number,
  extra: Partial<IngestConversation> = {},
): IngestConversation {
  return {
    site: 'chatgpt',
    conversationId: id,
    url: `https://chatgpt.com/c/${id}`,
    source: 'live',
    at,
    turns: texts.map((text, ordinal) => ({ role: ordinal % 2 === 0 ? 'user' : 'assistant', text, ordinal, at: at + ordinal * 1000 })),
    ...extra,
  };
}
