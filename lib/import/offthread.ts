// Vite bundles parse-worker.ts (and what it imports) as a worker script of its own and gives back its constructor;
// `new Worker(new URL(…, import.meta.url))` is not rewritten in WXT's build (checked: the page asked for a .ts file).
import ParseWorker from './parse-worker.ts?worker';
import { requestParse, type ParsedExportResult, type ParserPort } from './worker-protocol';

export type { ParsedExportResult } from './worker-protocol';

/** A dedicated worker running parse-worker.ts. */
function createParserWorker(): ParserPort {
  return new ParseWorker({ name: 'reverie-import' });
}

/**
 * `parseExport` in a dedicated worker, one per file: the page stays responsive while a large export is unzipped and
 * parsed, and the file's bytes and parsed JSON are freed with the worker when it ends. Pass the File itself (it
 * crosses without a copy) or its bytes (transferred: the caller's buffer is detached). Rejects with an ImportError in
 * plain words, as `parseExport` throws.
 */
export function parseExportOffThread(input: Blob | Uint8Array, fileName?: string, port?: ParserPort): Promise<ParsedExportResult> {
  return requestParse(port ?? createParserWorker(), input, fileName);
}
