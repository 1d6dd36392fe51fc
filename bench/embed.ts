/**
 * Embedding throughput inside the real engine host: the Chrome test build's offscreen.html in Debian Chromium
 * (headless), running the bundled transformers.js + ONNX Runtime Web (WASM; the manifest makes extension pages
 * cross-origin isolated, so ONNX Runtime may use up to 4 threads) on a random-weight model with all-MiniLM-L6-v2's architecture (6 layers, hidden 384) and
 * its real tokenizer, served from 127.0.0.1. Measures embeddings per second for 64- and 256-token texts at batch 1
 * and 16, after a warm-up. `npm run bench:embed`; writes bench-results/embed.json.
 *
 * dtypes: fp32 (onnx/model.onnx) and q8 (onnx/model_quantized.onnx, int8 weights written by bench/quantize-model.py
 * with the same rewrite as onnxruntime's dynamic quantization); the q8 vectors' cosine to the fp32 ones is reported.
 *
 * Env: BENCH_EMBED_SECONDS (time per cell, default 4), BENCH_EMBED_DTYPES (default fp32,q8), BENCH_EMBED_WEBGPU=1
 * also runs WebGPU when Chromium offers an adapter (headless here: SwiftShader, a CPU emulation, so not indicative).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_EXTENSION_DIR, launchChromium } from '../test/e2e/harness/chromium';
import { startFixtureServer } from '../test/e2e/harness/server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modelRoot = path.join(repoRoot, '.cache', 'bench-model-l6');
const MODEL_ID = 'reverie-test/minilm-l6-random';
const VOCAB = path.join(repoRoot, '..', 'shared', 'models', 'all-MiniLM-L6-v2', 'vocab.txt');
const SECONDS = Number(process.env.BENCH_EMBED_SECONDS ?? 4);
const DTYPES = (process.env.BENCH_EMBED_DTYPES ?? 'fp32,q8').split(',') as ('fp32' | 'q8')[];
const TOKENS = [64, 256];
const BATCHES = [1, 16];
const TARGET_PER_SECOND_64 = 60;

function ensureBuild() {
  if (existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json')) && existsSync(path.join(CHROME_EXTENSION_DIR, 'ort'))) return;
  console.log('building the test build (npm run build:test)…');
  execFileSync('npm', ['run', 'build:test'], { cwd: repoRoot, stdio: 'inherit' });
}

function ensureModel() {
  const onnxDir = path.join(modelRoot, MODEL_ID, 'onnx');
  if (!existsSync(path.join(onnxDir, 'model.onnx'))) {
    execFileSync('/usr/bin/python3', [path.join(repoRoot, 'scripts', 'make-test-model.py'), '--layers', '6', '--out', path.join(modelRoot, MODEL_ID)], {
      stdio: 'inherit',
    });
  }
  // The generator's model_quantized.onnx is an fp32 copy; replace it with a real int8 one (what dtype 'q8' loads).
  const fp32 = path.join(onnxDir, 'model.onnx');
  const q8 = path.join(onnxDir, 'model_quantized.onnx');
  if (!existsSync(q8) || statSync(q8).size === statSync(fp32).size) {
    execFileSync('/usr/bin/python3', [path.join(repoRoot, 'bench', 'quantize-model.py'), fp32, q8], { stdio: 'inherit' });
  }
}

/**
 * Texts of exactly `tokens` tokens: whole lowercase words that are single entries of the model's WordPiece vocabulary,
 * space-separated, so each is one token; plus [CLS] and [SEP]. Seeded, and different per text.
 */
function makeTexts(tokens: number, count: number, seed: number): string[] {
  const words = readFileSync(VOCAB, 'utf8')
    .split('\n')
    .filter((w) => /^[a-z]{3,}$/.test(w));
  let state = seed >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: tokens - 2 }, () => words[Math.floor(next() * words.length)]).join(' '));
}

interface Cell {
  device: string;
  dtype: string;
  tokens: number;
  batch: number;
  calls: number;
  texts: number;
  seconds: number;
  embeddingsPerSecond: number;
  msPerCall: number;
}

async function main() {
  ensureBuild();
  ensureModel();
  const server = await startFixtureServer({ models: modelRoot });
  const webgpu = process.env.BENCH_EMBED_WEBGPU === '1';
  const session = await launchChromium({ extraArgs: webgpu ? ['--enable-unsafe-webgpu', '--enable-features=Vulkan'] : [] });
  const cells: Cell[] = [];
  const loads: { device: string; dtype: string; loadSeconds: number }[] = [];
  let environment: Record<string, unknown> = {};
  let q8Agreement: { meanCosine: number; minCosine: number } | null = null;
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/offscreen.html`);
    await page.waitForFunction(() => typeof (globalThis as any).__reverieTest === 'object', undefined, { timeout: 30_000 });
    environment = await page.evaluate(async () => {
      const gpu = (navigator as any).gpu;
      const adapter = gpu ? await gpu.requestAdapter().catch(() => null) : null;
      return {
        userAgent: navigator.userAgent,
        hardwareConcurrency: navigator.hardwareConcurrency,
        crossOriginIsolated: globalThis.crossOriginIsolated,
        webgpuAdapter: adapter ? (adapter.info?.description || adapter.info?.vendor || 'yes') : null,
      };
    });
    const devices = ['wasm', ...(webgpu && environment.webgpuAdapter ? ['webgpu'] : [])];
    const base = `${server.origin}/models/`;
    const embedAll = (texts: string[], opts: { device: string; dtype: string }) =>
      page.evaluate(([b, m, t, o]) => (globalThis as any).__reverieTest.embedWith(b, m, t, o) as Promise<number[][]>, [base, MODEL_ID, texts, opts] as const);

    for (const device of devices) {
      for (const dtype of DTYPES) {
        const t0 = performance.now();
        await page.evaluate(([b, m, opts]) => (globalThis as any).__reverieTest.embedder(b, m, opts).then(() => undefined), [base, MODEL_ID, { device, dtype }] as const);
        loads.push({ device, dtype, loadSeconds: Number(((performance.now() - t0) / 1000).toFixed(2)) });
        for (const tokens of TOKENS) {
          for (const batch of BATCHES) {
            const texts = makeTexts(tokens, batch * 8, tokens * 1000 + batch);
            // Timed inside the page, so the figures exclude the test driver's round trips.
            const r = await page.evaluate(
              async ([b, m, opts, all, size, seconds]) => {
                const embedder = await (globalThis as any).__reverieTest.embedder(b, m, opts);
                const batches: string[][] = [];
                for (let i = 0; i < all.length; i += size) batches.push(all.slice(i, i + size));
                await embedder.embed(batches[0]); // warm-up: first-call allocations and kernel selection
                await embedder.embed(batches[1 % batches.length]);
                let calls = 0;
                let count = 0;
                const start = performance.now();
                while (calls < 2 || performance.now() - start < seconds * 1000) {
                  const out = await embedder.embed(batches[calls % batches.length]);
                  count += out.length;
                  calls++;
                }
                return { calls, texts: count, ms: performance.now() - start };
              },
              [base, MODEL_ID, { device, dtype }, texts, batch, SECONDS] as const,
            );
            const seconds = r.ms / 1000;
            const cell: Cell = {
              device,
              dtype,
              tokens,
              batch,
              calls: r.calls,
              texts: r.texts,
              seconds: Number(seconds.toFixed(2)),
              embeddingsPerSecond: Number((r.texts / seconds).toFixed(1)),
              msPerCall: Number((r.ms / r.calls).toFixed(1)),
            };
            cells.push(cell);
            console.log(`${device} ${dtype} ${tokens} tokens × batch ${batch}: ${cell.embeddingsPerSecond}/s (${cell.msPerCall} ms per call, ${cell.calls} calls)`);
          }
        }
      }
    }
    if (DTYPES.includes('fp32') && DTYPES.includes('q8')) {
      // Quantization must not change what the vectors mean: cosine of each q8 vector to its fp32 counterpart.
      const sample = makeTexts(32, 8, 7);
      const [full, int8] = [await embedAll(sample, { device: 'wasm', dtype: 'fp32' }), await embedAll(sample, { device: 'wasm', dtype: 'q8' })];
      const cosines = full.map((v, i) => v.reduce((s, x, j) => s + x * int8[i]![j]!, 0));
      q8Agreement = { meanCosine: Number((cosines.reduce((a, b) => a + b, 0) / cosines.length).toFixed(4)), minCosine: Number(Math.min(...cosines).toFixed(4)) };
      console.log(`q8 vs fp32 cosine: mean ${q8Agreement.meanCosine}, min ${q8Agreement.minCosine}`);
    }
  } finally {
    await session.close();
    await server.close();
  }

  console.log(
    `\n${MODEL_ID} (random weights, all-MiniLM-L6-v2 architecture), ${environment?.crossOriginIsolated ? `cross-origin isolated: up to ${Math.min(4, Number(environment.hardwareConcurrency))} WASM threads` : 'one WASM thread'}, ${os.cpus().length} CPUs`,
  );
  console.log('device  dtype  tokens  batch  embeddings/s  ms/call');
  for (const c of cells) {
    console.log(
      `${c.device.padEnd(7)} ${c.dtype.padEnd(6)} ${String(c.tokens).padEnd(7)} ${String(c.batch).padEnd(6)} ${String(c.embeddingsPerSecond).padEnd(13)} ${c.msPerCall}`,
    );
  }
  const best64 = Math.max(...cells.filter((c) => c.tokens === 64).map((c) => c.embeddingsPerSecond));
  console.log(`\nbest at 64 tokens: ${best64}/s (target ≥ ${TARGET_PER_SECOND_64}/s: ${best64 >= TARGET_PER_SECOND_64 ? 'met' : 'NOT met'})`);

  const out = path.join(repoRoot, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'embed.json'),
    JSON.stringify(
      {
        when: new Date().toISOString(),
        model: { id: MODEL_ID, architecture: 'all-MiniLM-L6-v2 (6 layers, hidden 384, 12 heads), random weights', generator: 'scripts/make-test-model.py --layers 6' },
        host: { engineHost: 'Chrome test build offscreen.html', threads: 1, cpus: os.cpus().length, ...environment },
        secondsPerCell: SECONDS,
        loads,
        cells,
        q8Agreement,
        target: { tokens: 64, embeddingsPerSecond: TARGET_PER_SECOND_64, best: best64, met: best64 >= TARGET_PER_SECOND_64 },
      },
      null,
      2,
    ),
  );
  console.log(`wrote ${path.join(out, 'embed.json')}`);
}

await main();
