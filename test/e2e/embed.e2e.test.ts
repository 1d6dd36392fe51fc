import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { ensureTestModel, TEST_MODEL_ID, TEST_MODEL_ROOT } from './harness/test-model';

/**
 * The real embedding path inside the Chrome test build's engine host (offscreen.html): the bundled transformers.js +
 * ONNX Runtime Web (WASM backend, one thread) under the extension CSP `script-src 'self' 'wasm-unsafe-eval'`, with
 * ORT's glue and binary loaded from the extension's /ort/ and the model (random weights, the real all-MiniLM-L6-v2
 * tokenizer: scripts/make-test-model.py) served from 127.0.0.1.
 */
const modelRoot = TEST_MODEL_ROOT;
const MODEL_ID = TEST_MODEL_ID;

/** Every script the extension ships, for the CSP check. */
function shippedScripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.m?js$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('Chromium engine host: transformers.js embeddings under the extension CSP', () => {
  let browser: ChromiumSession;
  let server: FixtureServer;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  const embed = (texts: string[]) =>
    page.evaluate(
      ([base, model, t]) => (globalThis as any).__reverieTest.embedWith(base, model, t, { device: 'wasm', dtype: 'fp32' }) as Promise<number[][]>,
      [`${server.origin}/models/`, MODEL_ID, texts] as const,
    );

  beforeAll(async () => {
    ensureTestModel();
    server = await startFixtureServer({ models: modelRoot });
    browser = await launchChromium();
    browser.context.on('request', (r) => requests.push(r.url()));
    page = await browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(`chrome-extension://${browser.extensionId}/offscreen.html`);
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((globalThis as any).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.waitForFunction(() => typeof (globalThis as any).__reverieTest === 'object', undefined, { timeout: 15_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ships no script that compiles code from strings, and ships ONNX Runtime under /ort/', () => {
    const offenders = shippedScripts(CHROME_EXTENSION_DIR).filter((f) =>
      /(?<![\w.$])(new Function|Function\(|eval\()/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
    expect(existsSync(path.join(CHROME_EXTENSION_DIR, 'ort', 'ort-wasm-simd-threaded.asyncify.mjs'))).toBe(true);
    expect(existsSync(path.join(CHROME_EXTENSION_DIR, 'ort', 'ort-wasm-simd-threaded.asyncify.wasm'))).toBe(true);
  });

  it('embeds texts into unit-length 384-d vectors, deterministically, one per text', async () => {
    const texts = ['I prefer tea to coffee.', 'My flight to Lisbon leaves on Friday.', 'Use TypeScript strict mode.'];
    const vectors = await embed(texts);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toHaveLength(384);
      expect(v.every(Number.isFinite)).toBe(true);
      expect(norm(v)).toBeCloseTo(1, 4);
    }
    // Different texts, different vectors; the same text, the same vector (alone or padded inside a batch).
    expect(dot(vectors[0]!, vectors[1]!)).toBeLessThan(0.999);
    const [alone] = await embed([texts[1]!]);
    const again = await embed(texts);
    expect(again).toEqual(vectors);
    expect(dot(alone!, vectors[1]!)).toBeGreaterThan(0.9999);
  });

  it('ran on the WASM backend from the extension, cross-origin isolated (threads), with no CSP violation and no CDN request', async () => {
    const ort = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource').map((e) => e.name);
      return { entries, isolated: globalThis.crossOriginIsolated, csp: (globalThis as any).__csp ?? [] };
    });
    // The manifest's COOP/COEP make extension pages cross-origin isolated, so ONNX Runtime may use threads.
    expect(ort.isolated).toBe(true);
    // ONNX Runtime's glue and binary came from the extension itself.
    const ext = `chrome-extension://${browser.extensionId}/ort/`;
    expect(requests).toContain(`${ext}ort-wasm-simd-threaded.asyncify.mjs`);
    expect(requests).toContain(`${ext}ort-wasm-simd-threaded.asyncify.wasm`);
    expect(ort.csp).toEqual([]);
    const foreign = [...requests, ...ort.entries].filter((u) => !/^(chrome-extension:|data:|blob:|http:\/\/127\.0\.0\.1[:/])/.test(u));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.includes(`/models/${MODEL_ID}/onnx/model.onnx`))).toBe(true);
    expect(consoleErrors.filter((e) => /Content Security Policy|EvalError|unsafe-eval/i.test(e))).toEqual([]);
  });
});
