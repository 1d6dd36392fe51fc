// The emscripten factory is imported directly (not through the package's `loadHnswlib`), because that wrapper uses a
// dynamic `import()` and a top-level-await shim. The file is patched by patches/hnswlib-wasm+0.8.2.patch: no
// code compiled from strings (CSP-safe), `FS` exported, no IDBFS syncing, runs in Node too. Its wasm is an inlined data: URI, so
// the extension build needs no separate .wasm asset, only `'wasm-unsafe-eval'` in the CSP.
// @ts-expect-error -- the hashed chunk ships without its own .d.ts; its shape is declared below.
import hnswlibFactory from 'hnswlib-wasm/dist/hnswlib-317962d7.js';
import type { HnswlibModule as PackageHnswlibModule } from 'hnswlib-wasm/dist/index';

/** The few emscripten FS calls used to move index files in and out as bytes. */
interface EmscriptenFs {
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  unlink(path: string): void;
  analyzePath(path: string): { exists: boolean };
}

export type HnswlibModule = PackageHnswlibModule & { FS: EmscriptenFs };
export type HierarchicalNsw = InstanceType<HnswlibModule['HierarchicalNSW']>;

/** Where the library's C++ side reads and writes index files (it prefixes every filename with this directory). */
export const HNSWLIB_FS_DIR = '/hnswlib-index/';

let loading: Promise<HnswlibModule> | undefined;
let loaded: HnswlibModule | undefined;

/**
 * Stops handing out `lib` (when it is the current instance): the next `loadHnswlibModule` starts a fresh one. For a
 * graph that trapped (an out-of-bounds read in a damaged index, an emscripten abort): its instance's heap may be damaged
 * or dead, and the index rebuilt in its place must not share it. Indexes already made on `lib` keep working on it.
 */
export function retireHnswlibModule(lib: HnswlibModule): void {
  if (loaded !== lib) return;
  loaded = undefined;
  loading = undefined;
}

/** The current hnswlib-wasm instance of this context. */
export function loadHnswlibModule(): Promise<HnswlibModule> {
  loading ??= (async () => {
    const lib = (await (hnswlibFactory as () => Promise<HnswlibModule>)()) as HnswlibModule;
    const manager = lib.EmscriptenFileSystemManager;
    // writeIndex/readIndex refuse to run before the file system manager is initialised; with the patch its "sync"
    // completes on the next tick without touching IndexedDB.
    if (!manager.isInitialized()) {
      manager.setDebugLogs(false);
      manager.initializeFileSystem('IDBFS');
      for (let waited = 0; !manager.isInitialized(); waited += 5) {
        if (waited > 4000) throw new Error('hnswlib-wasm: file system did not initialise');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    loaded = lib;
    return lib;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
