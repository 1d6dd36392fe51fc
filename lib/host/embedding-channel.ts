import type { DataType } from '@huggingface/transformers';
import type { Embedder } from '../engine/types';
import type { EmbedderDevice } from '../engine/embedder-transformers';

/**
 * The two ends of embedding in a dedicated worker (embedder-offthread.ts starts it, embed-worker.ts is it). Model
 * inference takes seconds per batch; on the engine host's own thread it froze every extension page sharing that
 * renderer (the popup took over 30 s to open during a large import). Kept apart from both ends so the worker's
 * bundle does not contain the code that starts it, and so Node tests can run both ends over a MessageChannel.
 */

/** Everything the worker needs to load one model; plain data (it is structured-cloned). */
export interface EmbedWorkerInit {
  modelId: string;
  allowRemote: boolean;
  device?: EmbedderDevice;
  dtype?: DataType;
  catalogId?: string;
  /** ONNX Runtime's glue and binary, shipped in the extension (`/ort/`); the worker has no `runtime.getURL`. */
  wasmPaths?: string;
  /** ONNX Runtime's WASM threads, chosen by the host (a worker shares its cross-origin isolation). */
  numThreads?: number;
  /** Test build: the local model server the weights come from, and its path layout. */
  remoteHost?: string;
  remotePathTemplate?: string;
}

type Request =
  | { kind: 'init'; init: EmbedWorkerInit }
  | { kind: 'embed'; id: number; texts: string[]; query: boolean }
  | { kind: 'dispose'; id: number };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Reply =
  | { kind: 'progress'; progress: number }
  | { kind: 'ready'; dim: number; relevanceFloor?: number }
  | { kind: 'vectors'; id: number; vectors: Float32Array[] }
  | { kind: 'disposed'; id: number }
  | { kind: 'failed'; id?: number; message: string };

/** The worker's side (a DedicatedWorkerGlobalScope, or a MessagePort in tests). */
export interface EmbedScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

/** The engine host's side: a Worker (or a MessagePort in tests). */
export interface EmbedPort {
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  postMessage(message: unknown): void;
  terminate?(): void;
}

export type CreateEmbedder = (init: EmbedWorkerInit, onProgress: (progress: number) => void) => Promise<Embedder>;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads the model named by the first message, then answers each embed request in order with the vectors
 * (transferred: each owns its buffer) or the error.
 */
export function serveEmbedding(scope: EmbedScope, create: CreateEmbedder): void {
  let embedder: Promise<Embedder> | null = null;
  scope.addEventListener('message', (event) => {
    const request = event.data as Request;
    if (request.kind === 'init') {
      if (embedder) return;
      embedder = create(request.init, (progress) => scope.postMessage({ kind: 'progress', progress } satisfies Reply));
      embedder.then(
        (e) => scope.postMessage({ kind: 'ready', dim: e.dim, ...(e.relevanceFloor !== undefined ? { relevanceFloor: e.relevanceFloor } : {}) } satisfies Reply),
        (error) => scope.postMessage({ kind: 'failed', message: messageOf(error) } satisfies Reply),
      );
      return;
    }
    void (async () => {
      try {
        if (!embedder) throw new Error('The embedding worker has no model loaded.');
        const e = await embedder;
        if (request.kind === 'dispose') {
          await e.dispose?.();
          scope.postMessage({ kind: 'disposed', id: request.id } satisfies Reply);
          return;
        }
        const vectors = request.query ? [await e.embedQuery(request.texts[0] ?? '')] : await e.embed(request.texts);
        scope.postMessage({ kind: 'vectors', id: request.id, vectors } satisfies Reply, vectors.map((v) => v.buffer as ArrayBuffer));
      } catch (error) {
        scope.postMessage({ kind: 'failed', id: request.id, message: messageOf(error) } satisfies Reply);
      }
    })();
  });
}

/**
 * An Embedder whose model runs behind `port`: resolves once the worker has loaded it (rejects with its error). If
 * the worker dies (out of memory, most likely), every pending and later call rejects with a plain message.
 */
export function embedderOverPort(port: EmbedPort, init: EmbedWorkerInit, onProgress?: (progress: number) => void): Promise<Embedder> {
  return new Promise<Embedder>((resolveReady, rejectReady) => {
    const pending = new Map<number, { resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void }>();
    let nextId = 1;
    let stopped: Error | null = null;
    let ready = false;

    const stop = (error: Error) => {
      if (stopped) return;
      stopped = error;
      port.terminate?.();
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      if (!ready) rejectReady(error);
    };
    const call = (request: WithoutId<Extract<Request, { id: number }>>): Promise<Float32Array[]> => {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise<Float32Array[]>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        port.postMessage({ ...request, id });
      });
    };

    port.addEventListener('message', (event) => {
      const reply = (event as MessageEvent).data as Reply;
      if (reply.kind === 'progress') onProgress?.(reply.progress);
      else if (reply.kind === 'ready') {
        ready = true;
        resolveReady({
          modelId: init.modelId,
          dim: reply.dim,
          ...(reply.relevanceFloor !== undefined ? { relevanceFloor: reply.relevanceFloor } : {}),
          embed: (texts) => (texts.length === 0 ? Promise.resolve([]) : call({ kind: 'embed', texts, query: false })),
          embedQuery: async (query) => (await call({ kind: 'embed', texts: [query], query: true }))[0]!,
          async dispose() {
            await call({ kind: 'dispose' }).catch(() => undefined);
            stop(new Error('The embedding model was closed.'));
          },
        });
      } else if (reply.kind === 'failed' && reply.id === undefined) stop(new Error(reply.message));
      else if (reply.kind === 'vectors' || reply.kind === 'disposed' || reply.kind === 'failed') {
        const p = pending.get(reply.id!);
        pending.delete(reply.id!);
        if (reply.kind === 'failed') p?.reject(new Error(reply.message));
        else p?.resolve(reply.kind === 'vectors' ? reply.vectors : []);
      }
    });
    const died = (event: Event) => {
      const detail = (event as ErrorEvent).message;
      stop(new Error(`The embedding worker stopped${detail ? ` (${detail})` : ''}.`));
    };
    port.addEventListener('error', died);
    port.addEventListener('messageerror', died);
    port.postMessage({ kind: 'init', init } satisfies Request);
  });
}
