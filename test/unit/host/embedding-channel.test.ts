import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../../lib/engine/types';
import { embedderOverPort, serveEmbedding, type CreateEmbedder, type EmbedPort, type EmbedScope } from '../../../lib/host/embedding-channel';
import { HashingEmbedder } from '../engine/helpers';

/**
 * Embedding in a worker: requests and replies cross a real MessageChannel (structured clone and transfer, as with the
 * extension's worker), the worker's side served by the same code embed-worker.ts runs, around a real embedder.
 */

function channel(create: CreateEmbedder): { port: EmbedPort & { terminated: boolean }; worker: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  serveEmbedding(port2 as unknown as EmbedScope, create);
  port2.start();
  port1.start();
  const port = Object.assign(port1 as unknown as EmbedPort, {
    terminated: false,
    terminate() {
      port.terminated = true;
      port1.close();
      port2.close();
    },
  });
  return { port, worker: port2 };
}

const INIT = { modelId: 'test/hashing', allowRemote: false };

describe('embedding in a worker', () => {
  it('gives the vectors the embedder gives, each with a buffer of its own, and queries as queries', async () => {
    const inner = new HashingEmbedder();
    const progress: number[] = [];
    const { port } = channel(async (_init, onProgress) => {
      onProgress(0.5);
      onProgress(1);
      return inner;
    });
    const embedder = await embedderOverPort(port, INIT, (p) => progress.push(p));
    expect(embedder.modelId).toBe('test/hashing');
    expect(embedder.dim).toBe(inner.dim);
    expect(progress).toEqual([0.5, 1]);

    const texts = ['rye bread proofing', 'constructor', '__proto__ toString', ''];
    const [vectors, direct] = await Promise.all([embedder.embed(texts), inner.embed(texts)]);
    expect(vectors.map((v) => Array.from(v))).toEqual(direct.map((v) => Array.from(v)));
    for (const v of vectors) expect(v.buffer.byteLength).toBe(v.byteLength); // not views of one shared buffer
    expect(Array.from(await embedder.embedQuery('proofing rye'))).toEqual(Array.from(await inner.embedQuery('proofing rye')));
    expect(await embedder.embed([])).toEqual([]);
  });

  it('keeps answers with their requests when several are in flight', async () => {
    const inner = new HashingEmbedder();
    const { port } = channel(async () => inner);
    const embedder = await embedderOverPort(port, INIT);
    const batches = [['a b c'], ['d e', 'f'], ['g h i j']];
    const got = await Promise.all(batches.map((b) => embedder.embed(b)));
    const want = await Promise.all(batches.map((b) => inner.embed(b)));
    expect(got.map((g) => g.map((v) => Array.from(v)))).toEqual(want.map((w) => w.map((v) => Array.from(v))));
  });

  it("rejects with the worker's message when the model cannot load", async () => {
    const { port } = channel(async () => {
      throw new Error('Could not locate file: "onnx/model_quantized.onnx".');
    });
    await expect(embedderOverPort(port, INIT)).rejects.toThrow('Could not locate file');
    expect(port.terminated).toBe(true);
  });

  it('passes an inference error to its call only; the next call still works', async () => {
    const inner = new HashingEmbedder();
    const failing: Embedder = {
      modelId: inner.modelId,
      dim: inner.dim,
      embed: async (texts) => {
        if (texts.includes('boom')) throw new Error('out of memory in the session');
        return inner.embed(texts);
      },
      embedQuery: (q) => inner.embedQuery(q),
    };
    const { port } = channel(async () => failing);
    const embedder = await embedderOverPort(port, INIT);
    await expect(embedder.embed(['boom'])).rejects.toThrow('out of memory in the session');
    expect((await embedder.embed(['fine'])).length).toBe(1);
  });

  it('a worker that dies rejects what was pending and everything after, in plain words', async () => {
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    const inner = new HashingEmbedder();
    const slow: Embedder = { modelId: inner.modelId, dim: inner.dim, embed: async (t) => (await stuck, inner.embed(t)), embedQuery: (q) => inner.embedQuery(q) };
    const { port } = channel(async () => slow);
    const embedder = await embedderOverPort(port, INIT);
    const pending = embedder.embed(['waiting']);
    (port as unknown as EventTarget).dispatchEvent(Object.assign(new Event('error'), { message: 'Out of memory' }));
    await expect(pending).rejects.toThrow('The embedding worker stopped (Out of memory).');
    await expect(embedder.embedQuery('later')).rejects.toThrow('The embedding worker stopped');
    expect(port.terminated).toBe(true);
    release();
  });

  it('dispose closes the model in the worker and ends it', async () => {
    let disposed = false;
    const inner = new HashingEmbedder();
    const { port } = channel(async () => ({ ...inner, modelId: inner.modelId, dim: inner.dim, embed: (t: string[]) => inner.embed(t), embedQuery: (q: string) => inner.embedQuery(q), dispose: async () => void (disposed = true) }));
    const embedder = await embedderOverPort(port, INIT);
    await embedder.dispose!();
    expect(disposed).toBe(true);
    expect(port.terminated).toBe(true);
    await expect(embedder.embed(['after'])).rejects.toThrow('closed');
  });
});
