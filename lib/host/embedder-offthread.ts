// Vite bundles embed-worker.ts (and transformers.js with it) as a worker script of its own and gives back its
// constructor, as lib/import/offthread.ts does for the export parser.
import EmbedWorker from './embed-worker.ts?worker';
import type { Embedder } from '../engine/types';
import { embedderOverPort, type EmbedWorkerInit } from './embedding-channel';

/**
 * The embedding model in a dedicated worker of its own, one per loaded model; `dispose()` ends the worker. The
 * engine host's thread only posts texts and receives vectors.
 */
export function createEmbedderOffThread(init: EmbedWorkerInit, onProgress?: (progress: number) => void): Promise<Embedder> {
  return embedderOverPort(new EmbedWorker({ name: `reverie-embed-${init.modelId}` }), init, onProgress);
}
