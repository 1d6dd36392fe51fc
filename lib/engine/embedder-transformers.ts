import { env, pipeline, type DataType, type FeatureExtractionPipeline } from '@huggingface/transformers';
import type { Embedder } from './types';
import { embeddingModelInfo } from './models';

export type EmbedderDevice = 'webgpu' | 'wasm' | 'cpu' | 'auto';

export interface TransformersEmbedderOptions {
  modelId: string;
  /** Folder holding `<modelId>/` (config, tokenizer, onnx/…): the extension's bundled or cached models, or tests'. */
  localModelPath?: string;
  /** Allow downloading from the Hugging Face hub (default false: Reverie never fetches unless the user opted in). */
  allowRemote?: boolean;
  device?: EmbedderDevice;
  dtype?: DataType;
  /** Texts per model call. */
  batchSize?: number;
  /**
   * The catalog entry (models.ts) whose prefixes and token limit apply, when the model is loaded under another id (a
   * local copy of a catalog model, as tests and benchmarks use). Default: `modelId`'s own entry.
   */
  catalogId?: string;
  onProgress?: (p: { file: string; loaded: number; total: number; progress: number }) => void;
}

/** WebGPU when the browser has it, WASM otherwise; in Node the native onnxruntime (`cpu`). */
function pickDevice(requested: EmbedderDevice = 'auto'): Exclude<EmbedderDevice, 'auto'> {
  if (requested !== 'auto') return requested;
  const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';
  if (isNode) return 'cpu';
  const gpu = (globalThis.navigator as (Navigator & { gpu?: unknown }) | undefined)?.gpu;
  return gpu ? 'webgpu' : 'wasm';
}

/**
 * An Embedder on transformers.js feature extraction: the model's tokenizer (truncating to its maximum length),
 * mean pooling over the attention mask, L2 normalisation.
 */
export async function createTransformersEmbedder(opts: TransformersEmbedderOptions): Promise<Embedder> {
  if (opts.localModelPath !== undefined) {
    env.localModelPath = opts.localModelPath.endsWith('/') ? opts.localModelPath : `${opts.localModelPath}/`;
    env.allowLocalModels = true;
  }
  env.allowRemoteModels = opts.allowRemote ?? false;
  const device = pickDevice(opts.device);
  const extractor = (await pipeline('feature-extraction', opts.modelId, {
    device,
    dtype: opts.dtype ?? (device === 'webgpu' ? 'fp32' : 'q8'),
    progress_callback: (info) => {
      if (info.status === 'progress' && opts.onProgress) {
        opts.onProgress({ file: info.file, loaded: info.loaded, total: info.total, progress: info.progress });
      }
    },
  })) as FeatureExtractionPipeline;

  const info = embeddingModelInfo(opts.catalogId ?? opts.modelId);
  const passagePrefix = info?.passagePrefix ?? '';
  const queryPrefix = info?.queryPrefix ?? '';
  // Truncate at the length the model was trained on (MiniLM: 256), not the tokenizer's 512: beyond it the vectors
  // degrade and attention costs grow quadratically. (Passages run to 512 tokens: a long one is embedded by its start.)
  const maxTokens = info?.maxTokens;
  // The pipeline truncates at `tokenizer.model_max_length`, a getter over the loaded tokenizer_config.json.
  const tokenizerConfig = (extractor.tokenizer as unknown as { _tokenizerConfig?: { model_max_length?: number } })._tokenizerConfig;
  if (maxTokens && tokenizerConfig) tokenizerConfig.model_max_length = Math.min(tokenizerConfig.model_max_length ?? Infinity, maxTokens);
  const batchSize = Math.max(1, opts.batchSize ?? 16);
  // The dimension is read from the model itself, so test models and future models need no table entry.
  const probe = await extractor(['dimension probe'], { pooling: 'mean', normalize: true });
  const dim = probe.dims[probe.dims.length - 1]!;

  let queue: Promise<unknown> = Promise.resolve();
  const run = (texts: string[], prefix: string): Promise<Float32Array[]> => {
    // One inference at a time: onnxruntime sessions are not re-entrant on every backend.
    const next = queue.then(async () => {
      // A batch is padded to its longest text: batching texts of similar length wastes less work on padding.
      const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
      const out = Array.from<Float32Array>({ length: texts.length });
      for (let i = 0; i < order.length; i += batchSize) {
        const rows = order.slice(i, i + batchSize);
        const tensor = await extractor(rows.map((r) => prefix + texts[r]!), { pooling: 'mean', normalize: true });
        const data = tensor.data as Float32Array;
        rows.forEach((r, j) => (out[r] = data.slice(j * dim, (j + 1) * dim)));
        tensor.dispose?.();
      }
      return out;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    modelId: opts.modelId,
    dim,
    ...(info?.relevanceFloor !== undefined ? { relevanceFloor: info.relevanceFloor } : {}),
    embed: (texts) => run(texts, passagePrefix),
    embedQuery: async (query) => (await run([query], queryPrefix))[0]!,
    async dispose() {
      await extractor.dispose();
    },
  };
}
