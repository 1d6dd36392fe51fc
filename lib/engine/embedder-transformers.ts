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
  onProgress?: (p: { file: string; loaded: number; total: number; progress: number }) => void;
}

/** WebGPU when the browser has it, WASM otherwise; in Node the native onnxruntime (`cpu`). */
export function pickDevice(requested: EmbedderDevice = 'auto'): Exclude<EmbedderDevice, 'auto'> {
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

  const info = embeddingModelInfo(opts.modelId);
  const prefix = info?.passagePrefix ?? '';
  const batchSize = Math.max(1, opts.batchSize ?? 16);
  // The dimension is read from the model itself, so test models and future models need no table entry.
  const probe = await extractor(['dimension probe'], { pooling: 'mean', normalize: true });
  const dim = probe.dims[probe.dims.length - 1]!;

  let queue: Promise<unknown> = Promise.resolve();
  return {
    modelId: opts.modelId,
    dim,
    embed(texts: string[]): Promise<Float32Array[]> {
      // One inference at a time: onnxruntime sessions are not re-entrant on every backend.
      const run = queue.then(async () => {
        const out: Float32Array[] = [];
        for (let i = 0; i < texts.length; i += batchSize) {
          const batch = texts.slice(i, i + batchSize).map((t) => prefix + t);
          const tensor = await extractor(batch, { pooling: 'mean', normalize: true });
          const data = tensor.data as Float32Array;
          for (let r = 0; r < batch.length; r++) out.push(data.slice(r * dim, (r + 1) * dim));
          tensor.dispose?.();
        }
        return out;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async dispose() {
      await extractor.dispose();
    },
  };
}
