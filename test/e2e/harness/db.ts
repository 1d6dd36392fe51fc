/**
 * Reads Reverie's IndexedDB from inside an extension context (service worker, popup or background page): the code is
 * sent as a string-free function, so it runs under the extension's CSP.
 */
export async function readStore(evaluate: (fn: (store: string) => Promise<unknown[]>, arg: string) => Promise<unknown[]>, store: string) {
  return evaluate(
    (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('reverie');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result.map((row: any) => ({ ...row, vector: undefined })));
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

export async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000, label = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${label}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}

/**
 * Names the local model server the test build's engine host may load its embedder from (db.meta 'test:model-host';
 * see lib/host/runtime-models.ts). Runs inside an extension context.
 */
export async function nameTestModelHost(evaluate: (fn: (host: string) => Promise<void>, arg: string) => Promise<void>, host: string) {
  await evaluate(
    (value: string) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reverie');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'test:model-host', value, updatedAt: Date.now() });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    host,
  );
}
