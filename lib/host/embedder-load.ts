import { env } from '@huggingface/transformers';
import type { Embedder } from '../engine/types';
import { createTransformersEmbedder } from '../engine/embedder-transformers';
import { modelPin } from '../engine/models';
import type { EmbedWorkerInit } from './embedding-channel';
import { pinnedFetch } from './pinned-fetch';

/** ONNX Runtime, the model cache and the download path, from what the engine host passed in. */
function configure(init: EmbedWorkerInit): void {
  const onnx = env.backends.onnx as { wasm?: { wasmPaths?: string; numThreads?: number } };
  if (onnx.wasm) {
    if (init.wasmPaths) onnx.wasm.wasmPaths = init.wasmPaths;
    onnx.wasm.numThreads = init.numThreads ?? 1;
  }
  env.useBrowserCache = true;
  if (init.remoteHost) env.remoteHost = init.remoteHost;
  if (init.remotePathTemplate) env.remotePathTemplate = init.remotePathTemplate;
  const pin = modelPin(init.catalogId ?? init.modelId);
  if (pin && !init.remotePathTemplate) {
    // The commit goes into the path rather than transformers.js's `revision` option: with that option its cache key
    // is not a URL, and an extension's browser cache then keeps nothing (the model would download at every start).
    env.remotePathTemplate = `{model}/resolve/${pin.revision}/`;
    env.fetch = pinnedFetch(globalThis.fetch.bind(globalThis), env.remoteHost, new Map([[init.modelId, pin]]));
  }
}

/** Loads the model `init` names with transformers.js, in the context this runs in (the embedding worker, or Firefox's engine host). */
export function loadEmbedder(init: EmbedWorkerInit, onProgress: (progress: number) => void): Promise<Embedder> {
  configure(init);
  return createTransformersEmbedder({
    modelId: init.modelId,
    allowRemote: init.allowRemote,
    ...(init.device ? { device: init.device } : {}),
    ...(init.dtype ? { dtype: init.dtype } : {}),
    ...(init.catalogId ? { catalogId: init.catalogId } : {}),
    onProgress: (p) => onProgress(p.progress / 100),
  });
}
