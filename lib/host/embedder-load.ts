import { env } from '@huggingface/transformers';
import type { Embedder } from '../engine/types';
import { createTransformersEmbedder } from '../engine/embedder-transformers';
import { modelPin } from '../engine/models';
import type { EmbedWorkerInit } from './embedding-channel';
import { pinnedFetch } from './pinned-fetch';

// transformers.js keeps these in one global `env`; Firefox's engine host loads every model into the same one, so each
// load sets them afresh from these defaults (a pin of one model must not refuse the next).
const DEFAULT_FETCH = env.fetch;
const DEFAULT_REMOTE_HOST = env.remoteHost;
const DEFAULT_PATH_TEMPLATE = env.remotePathTemplate;

/** ONNX Runtime, the model cache and the download path, from what the engine host passed in. */
function configure(init: EmbedWorkerInit): void {
  const onnx = env.backends.onnx as { wasm?: { wasmPaths?: string; numThreads?: number } };
  if (onnx.wasm) {
    if (init.wasmPaths) onnx.wasm.wasmPaths = init.wasmPaths;
    onnx.wasm.numThreads = init.numThreads ?? 1;
  }
  env.useBrowserCache = true;
  env.remoteHost = init.remoteHost ?? DEFAULT_REMOTE_HOST;
  env.remotePathTemplate = init.remotePathTemplate ?? DEFAULT_PATH_TEMPLATE;
  env.fetch = DEFAULT_FETCH;
  const pin = modelPin(init.catalogId ?? init.modelId);
  if (pin && !init.remotePathTemplate) {
    // The commit goes into the path rather than transformers.js's `revision` option: with that option its cache key
    // is not a URL, and an extension's browser cache then keeps nothing (the model would download at every start).
    env.remotePathTemplate = `{model}/resolve/${pin.revision}/`;
    env.fetch = pinnedFetch(DEFAULT_FETCH, env.remoteHost, new Map([[init.modelId, pin]]));
  }
}

/**
 * The device and precision to load with: as asked, except that a pinned model whose pin has no fp32 weights (the ones
 * WebGPU loads) runs its pinned q8 weights on WASM, since the pinned fetch would refuse the fp32 file.
 */
export function loadPrecision(init: EmbedWorkerInit): Pick<EmbedWorkerInit, 'device' | 'dtype'> {
  const pin = init.remotePathTemplate ? undefined : modelPin(init.catalogId ?? init.modelId);
  if (pin && !init.dtype && !Object.hasOwn(pin.files, 'onnx/model.onnx')) return { device: 'wasm', dtype: 'q8' };
  return { ...(init.device ? { device: init.device } : {}), ...(init.dtype ? { dtype: init.dtype } : {}) };
}

/** Loads the model `init` names with transformers.js, in the context this runs in (the embedding worker, or Firefox's engine host). */
export function loadEmbedder(init: EmbedWorkerInit, onProgress: (progress: number) => void): Promise<Embedder> {
  configure(init);
  return createTransformersEmbedder({
    modelId: init.modelId,
    allowRemote: init.allowRemote,
    ...loadPrecision(init),
    ...(init.catalogId ? { catalogId: init.catalogId } : {}),
    onProgress: (p) => onProgress(p.progress / 100),
  });
}
