import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { HnswlibModule } from '../../../lib/engine/hnswlib-module';

/**
 * The extension CSP (`script-src 'self' 'wasm-unsafe-eval'`) forbids compiling strings to code but allows wasm.
 * A `node:vm` context with `codeGeneration: { strings: false, wasm: true }` enforces exactly that, so the patched
 * hnswlib-wasm must load and work inside one.
 */
const distDir = path.dirname(createRequire(import.meta.url).resolve('hnswlib-wasm/dist/hnswlib.js'));
const chunkFile = readdirSync(distDir).find((f) => /^hnswlib-[0-9a-f]+\.js$/.test(f))!;

function cspContext() {
  return vm.createContext(
    { console: { log() {}, warn() {}, error: console.error }, fetch, setTimeout, clearTimeout, TextDecoder, TextEncoder, URL },
    { codeGeneration: { strings: false, wasm: true } },
  );
}

async function loadInCspContext(): Promise<{ lib: HnswlibModule; context: vm.Context }> {
  const source = readFileSync(path.join(distDir, chunkFile), 'utf8')
    .replace('import.meta.url', JSON.stringify('file:///hnswlib/hnswlib.js'))
    .replace('export { hnswlib as default };', 'globalThis.hnswlibFactory = hnswlib;');
  expect(source).toContain('globalThis.hnswlibFactory');
  const context = cspContext();
  vm.runInContext(source, context, { filename: chunkFile });
  const lib = (await (context.hnswlibFactory as () => Promise<HnswlibModule>)()) as HnswlibModule;
  return { lib, context };
}

describe('hnswlib-wasm under an extension-like CSP', () => {
  it('the sandbox really refuses string compilation (control)', () => {
    const context = cspContext();
    expect(() => vm.runInContext('new Function("return 1")', context)).toThrow(/Code generation from strings/);
    expect(() => vm.runInContext('eval("1 + 1")', context)).toThrow(/Code generation from strings/);
  });

  it('loads, inserts, searches (with a filter), deletes, writes and reads an index with no string compilation', async () => {
    const { lib } = await loadInCspContext();
    const index = new lib.HierarchicalNSW('cosine', 3, '');
    index.initIndex(8, 16, 100, 1);
    index.addPoint(new Float32Array([1, 0, 0]), 10, false);
    index.addPoint(new Float32Array([0, 1, 0]), 11, false);
    index.addPoint(new Float32Array([0, 0, 1]), 12, false);
    const hits = index.searchKnn(new Float32Array([0.9, 0.2, 0]), 2, undefined);
    expect([...hits.neighbors].sort()).toEqual([10, 11]);
    // The filter is a JS callback invoked from C++ through emval (the second patched generator).
    const filtered = index.searchKnn(new Float32Array([0.9, 0.2, 0]), 1, (label: number) => label === 12);
    expect(filtered.neighbors).toEqual([12]);
    index.markDelete(10);
    expect(index.searchKnn(new Float32Array([1, 0, 0]), 1, undefined).neighbors).not.toContain(10);
    expect(() => (index.searchKnn as (...a: unknown[]) => unknown)(new Float32Array([1, 0, 0]))).toThrow(/expected 3 args/);

    lib.EmscriptenFileSystemManager.initializeFileSystem('IDBFS');
    await new Promise((r) => setTimeout(r, 20));
    await index.writeIndex('csp.bin');
    const bytes = lib.FS.readFile('/hnswlib-index/csp.bin');
    expect(bytes.byteLength).toBeGreaterThan(100);
    const copy = new lib.HierarchicalNSW('cosine', 3, '');
    await copy.readIndex('csp.bin', 8);
    expect(copy.getUsedLabels().sort()).toEqual([11, 12]);
  });

  it('no string-compiling code is left in the shipped files', () => {
    for (const file of readdirSync(distDir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(path.join(distDir, file), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n');
      expect(code, file).not.toMatch(/new Function\b|newFunc\(Function|\beval\(|[^.\w]Function\(/);
    }
  });
});
