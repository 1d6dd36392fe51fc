import { env } from '@huggingface/transformers';
import { browser } from 'wxt/browser';
import type { ReverieDb } from '../db/schema';
import { createTransformersEmbedder } from '../engine/embedder-transformers';
import { openVectorIndex } from '../engine/index-manager';
import type { ServiceOptions } from './service';
import { WebLlmDreamEngine, isWebGpuAvailable } from '../llm/webllm';

/**
 * The real models behind the engine host, in the extension: transformers.js embeddings (WebGPU or WASM) and the
 * WebLLM dream engine. ONNX Runtime's WASM files are shipped in the extension (`/ort/`), never fetched from a CDN:
 * stores forbid remote code. Model weights come from the Hugging Face hub once, then from the browser cache.
 *
 * The test build never downloads: its tests must make no network request at all (they check).
 */
export function engineHostOptions(db: ReverieDb): Omit<ServiceOptions, 'db'> {
  const downloadsAllowed = import.meta.env.MODE !== 'test';
  const onnx = env.backends.onnx as { wasm?: { wasmPaths?: string; numThreads?: number } };
  if (onnx.wasm) {
    onnx.wasm.wasmPaths = browser.runtime.getURL('/ort/' as never);
    // Extension pages are not cross-origin isolated: no SharedArrayBuffer, so one thread.
    if (!globalThis.crossOriginIsolated) onnx.wasm.numThreads = 1;
  }
  env.useBrowserCache = true;
  return {
    createEmbedder: async (modelId, onProgress) => {
      if (!downloadsAllowed) return null;
      return createTransformersEmbedder({
        modelId,
        allowRemote: true,
        onProgress: (p) => onProgress(p.progress / 100),
      });
    },
    openVectorIndex: (model, dim) => openVectorIndex({ db, model, dim }),
    createLlm: async (modelId, onProgress) => {
      if (!downloadsAllowed) return null;
      const gpu = await isWebGpuAvailable();
      if (!gpu.ok) return null; // Firefox today, or no adapter: the rule-based dream runs instead
      return WebLlmDreamEngine.create({ preferred: modelId, onProgress: (p) => onProgress(p) });
    },
  };
}
