import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The ONNX Runtime Web files the engine host loads at run time from `browser.runtime.getURL('/ort/')`
 * (lib/host/runtime-models.ts sets that as `wasmPaths`). transformers.js imports `onnxruntime-web/webgpu`, whose
 * bundle asks for the asyncify build: its emscripten glue (`.mjs`, imported dynamically) and the WebAssembly binary.
 * Shipping them in the extension means no CDN is ever contacted (stores forbid remote code).
 *
 * Used by wxt.config.ts's `build:publicAssets` hook.
 */
export const ORT_DIST_DIR = fileURLToPath(new URL('../node_modules/onnxruntime-web/dist/', import.meta.url));
export const ORT_RUNTIME_FILES = ['ort-wasm-simd-threaded.asyncify.mjs', 'ort-wasm-simd-threaded.asyncify.wasm'] as const;

/** Anything that compiles code from strings: refused by the extension CSP (`script-src 'self' 'wasm-unsafe-eval'`). */
const DYNAMIC_CODE = /(?<![\w.$])(new Function|Function\(|eval\()/;

export function ortPublicAssets(): { absoluteSrc: string; relativeDest: string }[] {
  return ORT_RUNTIME_FILES.map((name) => {
    const absoluteSrc = ORT_DIST_DIR + name;
    // patches/onnxruntime-web+*.patch replaces the glue's code generator; an unpatched copy would fail only at run
    // time, inside the browser, so refuse to build with one.
    if (name.endsWith('.mjs') && DYNAMIC_CODE.test(readFileSync(absoluteSrc, 'utf8'))) {
      throw new Error(`${absoluteSrc} still generates code at run time: run \`npx patch-package\` (patches/onnxruntime-web+*.patch)`);
    }
    return { absoluteSrc, relativeDest: `ort/${name}` };
  });
}
