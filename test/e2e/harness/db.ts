/**
 * Reads Reverie's IndexedDB from inside an extension context (service worker, popup or background page): the code is
 * sent as a string-free function, so it runs under the extension's CSP.
 */
export async function readStore(evaluate: (fn: (store: string) => Promise<unknown[]>, arg: string) => Promise<unknown[]>, store: string) {
  return evaluate(
    (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('reverie');
        // Not there yet: the extension creates it. Opening it here would create an empty version 1, and a connection
        // kept to it blocks the extension's upgrade for good ("Upgrade 'reverie' blocked by other connection").
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          db.onversionchange = () => db.close();
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result.map((row: any) => ({ ...row, vector: undefined })));
            db.close();
          };
          req.onerror = () => {
            db.close();
            reject(req.error);
          };
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
  // The extension creates its database when it first starts; wait for it rather than make one (see readStore).
  const written = () =>
    writeTestModelHost(evaluate, host).then(
      () => true,
      (error: unknown) => {
        if (!/has not created/.test(String(error))) throw error;
        return false;
      },
    );
  await waitFor(written, Boolean, 30_000, "the extension's database");
}

async function writeTestModelHost(evaluate: (fn: (host: string) => Promise<void>, arg: string) => Promise<void>, host: string) {
  await evaluate(
    (value: string) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('reverie');
        // The extension's database must exist first: an empty one made here would block its upgrade (see readStore).
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error?.name === 'AbortError' ? new Error('the extension has not created its database yet') : open.error);
        open.onsuccess = () => {
          const db = open.result;
          db.onversionchange = () => db.close();
          if (!db.objectStoreNames.contains('meta')) {
            db.close();
            return reject(new Error('the extension has not created its meta table yet'));
          }
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'test:model-host', value, updatedAt: Date.now() });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    host,
  );
}
