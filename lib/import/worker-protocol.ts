import { parseExport } from './index';
import { ImportError, type ExportKind, type ImportResult } from './types';

/**
 * The two ends of parsing an export off the page's thread (offthread.ts starts the worker, parse-worker.ts is it).
 * Kept apart from both so the worker's bundle does not contain the code that starts it.
 */

export type ParsedExportResult = ImportResult & { kind: ExportKind };

/** A File or Blob crosses to the worker without a copy; bytes are transferred. */
interface ParseRequest {
  input: Blob | ArrayBuffer;
  fileName?: string;
}

type ParseReply = { ok: true; result: ParsedExportResult } | { ok: false; error: { name: string; message: string } };

/** The worker's side of the channel (a DedicatedWorkerGlobalScope, or a MessagePort in tests). */
export interface ParserScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
}

/** The page's side: a Worker (or a MessagePort in tests). */
export interface ParserPort {
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  postMessage(message: unknown, transfer: Transferable[]): void;
  /** Worker.terminate, MessagePort.close: called once the answer is in. */
  terminate?(): void;
}

/** Answers each request with the parsed export, or with the error (ImportError messages are for the user). */
export function serveExportParsing(scope: ParserScope): void {
  scope.addEventListener('message', (event) => {
    void (async () => {
      const { input, fileName } = event.data as ParseRequest;
      let reply: ParseReply;
      try {
        const bytes = new Uint8Array(input instanceof ArrayBuffer ? input : await input.arrayBuffer());
        reply = { ok: true, result: parseExport(bytes, fileName) };
      } catch (error) {
        const e = error as { name?: unknown; message?: unknown } | null;
        reply = { ok: false, error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? error) } };
      }
      scope.postMessage(reply);
    })();
  });
}

/**
 * Sends one file to `port` and waits for its answer; the port is ended afterwards. Bytes are transferred: the
 * caller's buffer is detached (a view of part of a buffer is copied first).
 */
export function requestParse(port: ParserPort, input: Blob | Uint8Array, fileName?: string): Promise<ParsedExportResult> {
  return new Promise<ParsedExportResult>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      port.terminate?.();
      fn();
    };
    port.addEventListener('message', (event) => {
      const reply = (event as MessageEvent).data as ParseReply;
      settle(() => {
        if (reply.ok) resolve(reply.result);
        else reject(reply.error.name === 'ImportError' ? new ImportError(reply.error.message) : new Error(reply.error.message));
      });
    });
    const stopped = (event: Event) => {
      const detail = (event as ErrorEvent).message;
      // A worker that dies (out of memory, most likely) fires `error` and nothing else.
      const why = detail ? ` (${detail})` : '';
      settle(() => reject(new ImportError(`The file could not be read: the reader stopped${why}. Is the file very large?`)));
    };
    port.addEventListener('error', stopped);
    port.addEventListener('messageerror', stopped);
    let request: ParseRequest;
    const transfer: Transferable[] = [];
    if (input instanceof Uint8Array) {
      const whole = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength && input.buffer instanceof ArrayBuffer;
      const buffer = whole ? (input.buffer as ArrayBuffer) : (input.slice().buffer as ArrayBuffer);
      request = { input: buffer, ...(fileName !== undefined ? { fileName } : {}) };
      transfer.push(buffer);
    } else {
      request = { input, ...(fileName !== undefined ? { fileName } : {}) };
    }
    port.postMessage(request, transfer);
  });
}
