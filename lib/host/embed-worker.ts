// A dedicated worker that runs the embedding model (started by embedder-offthread.ts), so that inference never
// blocks the thread the engine host shares with the popup and the other extension pages.
import { env } from '@huggingface/transformers';
import { createTransformersEmbedder } from '../engine/embedder-transformers';
import { serveEmbedding, type EmbedScope, type EmbedWorkerInit } from './embedding-channel';

/** ONNX Runtime and the model cache as the engine host used to set them, from what the host passed in. */
function configure(init: EmbedWorkerInit): void {
  const onnx = env.backends.onnx as { wasm?: { wasmPaths?: string; numThreads?: number } };
  if (onnx.wasm) {
    if (init.wasmPaths) onnx.wasm.wasmPaths = init.wasmPaths;
    // Threads need SharedArrayBuffer, which only a cross-origin-isolated context has.
    const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
    onnx.wasm.numThreads = globalThis.crossOriginIsolated ? Math.max(1, Math.min(4, cores)) : 1;
  }
  env.useBrowserCache = true;
  if (init.remoteHost) env.remoteHost = init.remoteHost;
  if (init.remotePathTemplate) env.remotePathTemplate = init.remotePathTemplate;
}

serveEmbedding(self as unknown as EmbedScope, (init, onProgress) => {
  configure(init);
  return createTransformersEmbedder({
    modelId: init.modelId,
    allowRemote: init.allowRemote,
    ...(init.device ? { device: init.device } : {}),
    ...(init.dtype ? { dtype: init.dtype } : {}),
    ...(init.catalogId ? { catalogId: init.catalogId } : {}),
    onProgress: (p) => onProgress(p.progress / 100),
  });
});
