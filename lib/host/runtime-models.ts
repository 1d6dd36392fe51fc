import { browser } from 'wxt/browser';
import type { ReverieDb } from '../db/schema';
import type { Embedder } from '../engine/types';
import type { EmbedderDevice } from '../engine/embedder-transformers';
import { createEmbedderOffThread } from './embedder-offthread';
import { loadEmbedder } from './embedder-load';
import { openVectorIndex } from '../engine/index-manager';
import type { ServiceOptions } from './service';
import { WebLlmDreamEngine } from '../llm/webllm';
import { PromptApiDreamEngine } from '../llm/prompt-api';
import { chooseDreamEngine } from '../llm/choose';
import { DEFAULT_SETTINGS } from '../settings';

/**
 * The real models behind the engine host, in the extension: transformers.js embeddings (WebGPU or WASM) and the
 * WebLLM dream engine. ONNX Runtime's WASM files are shipped in the extension (`/ort/`), never fetched from a CDN:
 * stores forbid remote code. Model weights come from the Hugging Face hub once, then from the browser cache.
 *
 * The test build never downloads: its tests must make no network request at all (they check).
 */
/** Test build only: a db.meta key naming a 127.0.0.1 model server the engine host may load its embedder from. */
const TEST_MODEL_HOST_KEY = 'test:model-host';

/**
 * Chrome embeds in a worker (embedder-offthread.ts): its engine host, the offscreen document, shares a thread with the
 * popup, which froze for over 30 s during a large import. Firefox loads the model in its engine host, the background
 * page, as before: there the same worker took about 40 s to load even the small test model, against about 5 s in the
 * page (measured 2026-11-30: downloads done in 2 s, then about 40 s before ONNX Runtime instantiated its WASM; cause
 * not found), while the popup's freeze was only ever measured in Chrome.
 */
const createEmbedder = import.meta.env.FIREFOX ? loadEmbedder : createEmbedderOffThread;

export function engineHostOptions(db: ReverieDb): Omit<ServiceOptions, 'db'> {
  const downloadsAllowed = import.meta.env.MODE !== 'test';
  return {
    createEmbedder: async (modelId, onProgress) => {
      // Test build: models only from a local fixture server that an end-to-end test names; otherwise none at all.
      const testModelHost =
        import.meta.env.MODE === 'test' ? ((await db.meta.get(TEST_MODEL_HOST_KEY))?.value as string | undefined) : undefined;
      if (!downloadsAllowed && !testModelHost) return null;
      return createEmbedder(
        {
          modelId,
          allowRemote: true,
          wasmPaths: ortWasmPaths(),
          numThreads: ortThreads(),
          ...(testModelHost ? { remoteHost: testModelHost, remotePathTemplate: '{model}/', device: 'wasm' as const, dtype: 'fp32' as const } : {}),
        },
        onProgress,
      );
    },
    openVectorIndex: (model, dim) => openVectorIndex({ db, model, dim }),
    // Chrome's built-in model, else WebLLM (the largest model that fits), else none: the rule-based dream runs.
    // The service asks only once the user agreed to downloads. The stored default model id is no choice of the
    // user's: then the largest model that fits is used.
    createLlm: async (modelId, onProgress) => {
      if (!downloadsAllowed) return null;
      return chooseDreamEngine(
        { promptApi: (o) => PromptApiDreamEngine.create(o), webllm: (o) => WebLlmDreamEngine.create({ ...o, onProgress: (p) => o.onProgress(p) }) },
        { ...(modelId !== DEFAULT_SETTINGS.llmModel ? { preferred: modelId } : {}), allowDownload: true, onProgress },
      );
    },
  };
}

/**
 * ONNX Runtime Web loads its glue (`ort-wasm-simd-threaded.asyncify.mjs`) and binary from the extension's `/ort/`
 * (copied there at build time by scripts/copy-ort-assets.ts), never from transformers.js's default CDN.
 */
function ortWasmPaths(): string {
  return browser.runtime.getURL('/ort/' as never);
}

/**
 * ONNX Runtime's WASM threads: they need SharedArrayBuffer, which only cross-origin-isolated contexts have (Chrome's
 * manifest asks for it; the embedding worker shares its host's isolation). At most 4.
 */
function ortThreads(): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  return globalThis.crossOriginIsolated ? Math.max(1, Math.min(4, cores)) : 1;
}

interface EmbedTestHook {
  /** The bundled embedder on `<modelBaseUrl><modelId>/…` (a local fixture server), created once per arguments. */
  embedder(modelBaseUrl: string, modelId: string, opts?: { device?: EmbedderDevice; dtype?: 'fp32' | 'q8' }): Promise<Embedder>;
  /** Embeds `texts` with that embedder; plain arrays, so they cross the test driver's boundary. */
  embedWith(modelBaseUrl: string, modelId: string, texts: string[], opts?: { device?: EmbedderDevice; dtype?: 'fp32' | 'q8' }): Promise<number[][]>;
}

/**
 * Test build only (entrypoints/offscreen/main.ts calls it when `import.meta.env.MODE === 'test'`): exposes
 * `globalThis.__reverieTest` so end-to-end tests and `npm run bench:embed` can run the real bundled embedding path
 * (transformers.js + ONNX Runtime Web under the extension CSP) against a model served from 127.0.0.1.
 */
export function installEmbedTestHook(): void {
  const embedders = new Map<string, Promise<Embedder>>();
  const hook: EmbedTestHook = {
    embedder(modelBaseUrl, modelId, opts = {}) {
      const key = JSON.stringify([modelBaseUrl, modelId, opts]);
      let embedder = embedders.get(key);
      if (!embedder) {
        embedder = createEmbedderOffThread({
          modelId,
          allowRemote: true,
          wasmPaths: ortWasmPaths(),
          numThreads: ortThreads(),
          remoteHost: modelBaseUrl.endsWith('/') ? modelBaseUrl : `${modelBaseUrl}/`,
          remotePathTemplate: '{model}/',
          device: opts.device ?? 'wasm',
          dtype: opts.dtype ?? 'fp32',
        });
        embedder.catch(() => embedders.delete(key));
        embedders.set(key, embedder);
      }
      return embedder;
    },
    async embedWith(modelBaseUrl, modelId, texts, opts) {
      const vectors = await (await hook.embedder(modelBaseUrl, modelId, opts)).embed(texts);
      return vectors.map((v) => Array.from(v));
    },
  };
  (globalThis as { __reverieTest?: EmbedTestHook }).__reverieTest = hook;
}
