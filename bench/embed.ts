/**
 * Embedding speed of the real engine host, as a share of native ONNX Runtime on the same machine.
 *
 * Host side: the Chrome test build's offscreen.html in Debian Chromium (headless), running the bundled transformers.js +
 * ONNX Runtime Web (WASM; the manifest makes extension pages cross-origin isolated, so the engine host sets
 * min(4, hardwareConcurrency) WASM threads for its embedding worker — lib/host/runtime-models.ts). The model is served to it from 127.0.0.1 by
 * the e2e fixture server, through the test hook `__reverieTest.embedder(base, id, { device, dtype })`.
 *
 * Node side, in the same run: the same model files through transformers.js with device 'cpu' (onnxruntime-node,
 * native), with intraOpNumThreads set to the host's WASM thread count (BENCH_EMBED_NODE_THREADS overrides it).
 * Both sides run the same pipeline call (the model's tokenizer, mean pooling over the attention mask, L2
 * normalisation) on the same texts, in the same batches; every text is checked to be exactly 64 or 256 tokens.
 *
 * Models: the REAL all-MiniLM-L6-v2 weights laid out by scripts/real-models.py (run here when missing):
 *   q8   .cache/models/minilm-int8/onnx/model_quantized.onnx (weights stored as int8; the graph dequantizes them
 *        with Cast and Mul, no MatMulInteger, so its arithmetic is fp32 like the fp32 file's, unlike the hub's export)
 *   fp32 .cache/models/minilm-fp32/onnx/model.onnx
 * When a real model cannot be made, that dtype falls back, with a loud warning, to a random-weight model of the same
 * architecture (scripts/make-test-model.py, bench/quantize-model.py for q8); its figures say so.
 *
 * Printed per cell (dtype × tokens × batch 1 and 16): host embeddings/s, onnxruntime-node embeddings/s, and the host's
 * share (host / node), the median of BENCH_EMBED_REPEATS alternating host/node measurements. Goal: share ≥ 0.8 at
 * 64 tokens. Also printed: the cosine between the host's and Node's vector for the same text per dtype (≈ 1: both run
 * the same model), q8 vs fp32 cosine, and a similar/unrelated sentence check (a real model tells them apart).
 * `npm run bench:embed`; writes bench-results/embed.json.
 *
 * Env: BENCH_EMBED_SECONDS (time per measurement, default 4), BENCH_EMBED_REPEATS (alternating host/node
 * measurements per cell, median reported, default 3), BENCH_EMBED_DTYPES (default q8,fp32), BENCH_EMBED_TOKENS
 * (default 64,256), BENCH_EMBED_THREADS (both sides: the page is told that many cores, so the host picks min(4, N);
 * Node gets N), BENCH_EMBED_NODE_THREADS (Node only), BENCH_EMBED_WEBGPU=1 also times WebGPU in the host when Chromium
 * offers an adapter (headless here: SwiftShader, a CPU emulation, so not indicative; no Node counterpart, no share).
 *
 * Why the share is low on x86 (measured on this 2-core AMD EPYC, AVX-512): the gap is ONNX Runtime's WASM kernels
 * (128-bit SIMD, no FMA) against its native ones, not the extension. onnxruntime-web's own WASM run in Node, outside any
 * browser, gets the same ~0.3 of onnxruntime-node at one thread; the asyncify build the extension ships (transformers.js
 * imports onnxruntime-web/webgpu) costs ~5–10% of that; threads, SIMD and cross-origin isolation are all on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { CHROME_EXTENSION_DIR, launchChromium } from '../test/e2e/harness/chromium';
import { startFixtureServer } from '../test/e2e/harness/server';

type Dtype = 'fp32' | 'q8';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REAL_ROOT = path.join(repoRoot, '.cache', 'models');
const REAL: Record<Dtype, { id: string; file: string }> = {
  q8: { id: 'minilm-int8', file: 'model_quantized.onnx' },
  fp32: { id: 'minilm-fp32', file: 'model.onnx' },
};
const RANDOM_ROOT = path.join(repoRoot, '.cache', 'bench-model-l6');
const RANDOM_ID = 'reverie-test/minilm-l6-random';
const SECONDS = Number(process.env.BENCH_EMBED_SECONDS ?? 4);
const REPEATS = Math.max(1, Number(process.env.BENCH_EMBED_REPEATS ?? 3));
const DTYPES = (process.env.BENCH_EMBED_DTYPES ?? 'q8,fp32').split(',') as Dtype[];
const TOKENS = (process.env.BENCH_EMBED_TOKENS ?? '64,256').split(',').map(Number);
/** Threads for both sides; unset: the host's own rule (min(4, cores)) and the same count in Node. */
const THREADS = process.env.BENCH_EMBED_THREADS ? Number(process.env.BENCH_EMBED_THREADS) : undefined;
const BATCHES = [1, 16];
const GOAL = { tokens: 64, share: 0.8 };

/** Where one dtype's model comes from; the fixture server mounts `root` at `/<mount>/`. */
interface ModelSource {
  dtype: Dtype;
  id: string;
  root: string;
  mount: 'models' | 'random';
  real: boolean;
  file: string;
  bytes: number;
}

function ensureBuild() {
  if (existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json')) && existsSync(path.join(CHROME_EXTENSION_DIR, 'ort'))) return;
  console.log('building the test build (npm run build:test)…');
  execFileSync('npm', ['run', 'build:test'], { cwd: repoRoot, stdio: 'inherit' });
}

function realModelPath(dtype: Dtype): string {
  return path.join(REAL_ROOT, REAL[dtype].id, 'onnx', REAL[dtype].file);
}

function realModelReady(dtype: Dtype): boolean {
  const dir = path.join(REAL_ROOT, REAL[dtype].id);
  return existsSync(realModelPath(dtype)) && existsSync(path.join(dir, 'tokenizer.json')) && existsSync(path.join(dir, 'config.json'));
}

/** The random-weight stand-in (the previous bench's model): only when the real weights cannot be made. */
function ensureRandomModel() {
  const onnxDir = path.join(RANDOM_ROOT, RANDOM_ID, 'onnx');
  if (!existsSync(path.join(onnxDir, 'model.onnx'))) {
    execFileSync('/usr/bin/python3', [path.join(repoRoot, 'scripts', 'make-test-model.py'), '--layers', '6', '--out', path.join(RANDOM_ROOT, RANDOM_ID)], {
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

function modelSources(): ModelSource[] {
  if (DTYPES.some((d) => !realModelReady(d))) {
    console.log('real MiniLM weights missing: running scripts/real-models.py…');
    try {
      execFileSync('/usr/bin/python3', [path.join(repoRoot, 'scripts', 'real-models.py')], { cwd: repoRoot, stdio: 'inherit' });
    } catch (err) {
      console.log(`scripts/real-models.py failed: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  return DTYPES.map((dtype) => {
    if (realModelReady(dtype)) {
      const file = realModelPath(dtype);
      return { dtype, id: REAL[dtype].id, root: REAL_ROOT, mount: 'models', real: true, file, bytes: statSync(file).size };
    }
    const bar = '!'.repeat(100);
    console.warn(
      `\n${bar}\n!!! WARNING: no real all-MiniLM-L6-v2 ${dtype} weights (${path.relative(repoRoot, realModelPath(dtype))});\n` +
        `!!! ${dtype} is timed on a RANDOM-WEIGHT model of the same architecture. Its speed is indicative, its vectors mean nothing.\n${bar}\n`,
    );
    ensureRandomModel();
    const file = path.join(RANDOM_ROOT, RANDOM_ID, 'onnx', dtype === 'q8' ? 'model_quantized.onnx' : 'model.onnx');
    return { dtype, id: RANDOM_ID, root: RANDOM_ROOT, mount: 'random', real: false, file, bytes: statSync(file).size };
  });
}

/**
 * Texts of exactly `tokens` tokens: whole lowercase words that are single entries of the model's WordPiece vocabulary,
 * space-separated, so each is one token; plus [CLS] and [SEP]. Seeded, and different per text.
 */
function makeTexts(vocabFile: string, tokens: number, count: number, seed: number): string[] {
  const words = readFileSync(vocabFile, 'utf8')
    .split('\n')
    .filter((w) => /^[a-z]{3,}$/.test(w));
  let state = seed >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => Array.from({ length: tokens - 2 }, () => words[Math.floor(next() * words.length)]).join(' '));
}

/** Natural sentences of different lengths (padding inside a batch) for the host-vs-Node and semantic checks. */
const SENTENCES = [
  'The cat sits on the mat.',
  'A kitten is resting on a rug.',
  'Quarterly revenue grew by eight percent, driven by subscriptions in Europe.',
  'I prefer TypeScript with strict mode for the browser extension, and tests in vitest.',
  'How do I reset my router password?',
  'Photosynthesis turns light, water and carbon dioxide into sugar and oxygen.',
];
/** [i, j] pairs of SENTENCES: similar, then unrelated. */
const SIMILAR: [number, number] = [0, 1];
const UNRELATED: [number, number] = [0, 2];

/** The Node side: onnxruntime-node through transformers.js, called exactly as lib/engine/embedder-transformers.ts does. */
async function nodeEmbedder(src: ModelSource, threads: number) {
  env.localModelPath = `${src.root}/`;
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  const extractor = (await pipeline('feature-extraction', src.id, {
    device: 'cpu',
    dtype: src.dtype,
    session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
  })) as FeatureExtractionPipeline;
  const embed = async (texts: string[]): Promise<number[][]> => {
    const tensor = await extractor(texts, { pooling: 'mean', normalize: true });
    const dim = tensor.dims[tensor.dims.length - 1]!;
    const data = tensor.data as Float32Array;
    const out = texts.map((_, r) => Array.from(data.subarray(r * dim, (r + 1) * dim)));
    tensor.dispose?.();
    return out;
  };
  const tokenCount = (text: string): number => {
    const enc = extractor.tokenizer(text, { truncation: true }) as { input_ids: { dims: number[] } };
    return enc.input_ids.dims[enc.input_ids.dims.length - 1]!;
  };
  return { embed, tokenCount, dispose: () => extractor.dispose() };
}

/** Same loop as the page's: two warm-up calls, then calls over rotating batches for at least `seconds`. */
async function timeLoop(embed: (texts: string[]) => Promise<unknown[]>, batches: string[][], seconds: number) {
  await embed(batches[0]!);
  await embed(batches[1 % batches.length]!);
  let calls = 0;
  let count = 0;
  const start = performance.now();
  while (calls < 2 || performance.now() - start < seconds * 1000) {
    count += (await embed(batches[calls % batches.length]!)).length;
    calls++;
  }
  return { calls, texts: count, ms: performance.now() - start };
}

function split<T>(all: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0); // both L2-normalised
const round = (x: number, d = 1) => Number(x.toFixed(d));

interface Measurement {
  embeddingsPerSecond: number;
  msPerCall: number;
  calls: number;
}
interface Cell {
  dtype: Dtype;
  realWeights: boolean;
  tokens: number;
  batch: number;
  host: Measurement & { runs: number[] };
  node: Measurement & { runs: number[] };
  /** host / node embeddings per second (medians). */
  share: number;
  shareRuns: number[];
}

function measurement(rs: { calls: number; texts: number; ms: number }[]): Measurement & { runs: number[] } {
  const eps = rs.map((r) => (r.texts / r.ms) * 1000);
  const mid = rs[eps.indexOf(median(eps))] ?? rs[0]!;
  return {
    embeddingsPerSecond: round(median(eps)),
    msPerCall: round(median(rs.map((r) => r.ms / r.calls))),
    calls: mid.calls,
    runs: eps.map((x) => round(x)),
  };
}

/** Embeds `batches` in the engine host for SECONDS after two warm-up calls: calls, texts and milliseconds. */
function timeInHost(
  page: Page,
  base: string,
  modelId: string,
  opts: { device?: string; dtype: string },
  batches: string[][],
): Promise<{ calls: number; texts: number; ms: number }> {
  return page.evaluate(
    async ([b, m, o, bs, seconds]) => {
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      const embedder = await (globalThis as any).__reverieTest.embedder(b, m, o);
      await embedder.embed(bs[0]!);
      await embedder.embed(bs[1 % bs.length]!);
      let calls = 0;
      let count = 0;
      const start = performance.now();
      while (calls < 2 || performance.now() - start < seconds * 1000) {
        count += (await embedder.embed(bs[calls % bs.length]!)).length;
        calls++;
      }
      return { calls, texts: count, ms: performance.now() - start };
    },
    [base, modelId, opts, batches, SECONDS] as const,
  );
}

async function main() {
  ensureBuild();
  const sources = modelSources();
  const server = await startFixtureServer({ models: REAL_ROOT, random: RANDOM_ROOT });
  const webgpu = process.env.BENCH_EMBED_WEBGPU === '1';
  const session = await launchChromium({ extraArgs: webgpu ? ['--enable-unsafe-webgpu', '--enable-features=Vulkan'] : [] });
  const cells: Cell[] = [];
  const webgpuCells: { dtype: Dtype; tokens: number; batch: number; embeddingsPerSecond: number }[] = [];
  const loads: { side: string; dtype: Dtype; loadSeconds: number }[] = [];
  const agreement: Record<string, { meanCosine: number; minCosine: number; texts: number }> = {};
  const semantic: Record<string, { similar: number; unrelated: number }> = {};
  const hostVectors: Partial<Record<Dtype, number[][]>> = {};
  let environment: Record<string, unknown> = {};
  let hostThreads = 1;
  let nodeThreads = 1;
  let pageWorkers = 0;
  try {
    if (THREADS !== undefined) {
      // The engine host derives its WASM thread count from navigator.hardwareConcurrency (ortThreads);
      // reporting THREADS cores to the page makes it pick min(4, THREADS) without changing the extension.
      await session.context.addInitScript(`Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${THREADS} })`);
    }
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
        sharedArrayBuffer: typeof SharedArrayBuffer === 'function',
        webgpuAdapter: adapter ? (adapter.info?.description || adapter.info?.vendor || 'yes') : null,
      };
    });
    // The engine host's own rule (ortThreads): threads only when cross-origin isolated, at most 4.
    hostThreads = environment.crossOriginIsolated ? Math.max(1, Math.min(4, Number(environment.hardwareConcurrency) || 1)) : 1;
    nodeThreads = Number(process.env.BENCH_EMBED_NODE_THREADS ?? hostThreads);

    for (const src of sources) {
      const { dtype } = src;
      const base = `${server.origin}/${src.mount}/`;
      const opts = { device: 'wasm', dtype };
      const vocab = path.join(src.root, src.id, 'vocab.txt');
      let t0 = performance.now();
      await page.evaluate(([b, m, o]) => (globalThis as any).__reverieTest.embedder(b, m, o).then(() => undefined), [base, src.id, opts] as const);
      loads.push({ side: 'host', dtype, loadSeconds: round((performance.now() - t0) / 1000, 2) });
      pageWorkers = Math.max(pageWorkers, page.workers().length);
      t0 = performance.now();
      const node = await nodeEmbedder(src, nodeThreads);
      loads.push({ side: 'node', dtype, loadSeconds: round((performance.now() - t0) / 1000, 2) });

      // Same texts through both: the host's vectors must be Node's (same model, same pipeline).
      const sample = [...SENTENCES, ...makeTexts(vocab, 64, 2, 7), ...makeTexts(vocab, 256, 1, 8)];
      const hostV = await page.evaluate(
        ([b, m, t, o]) => (globalThis as any).__reverieTest.embedWith(b, m, t, o) as Promise<number[][]>,
        [base, src.id, sample, opts] as const,
      );
      const nodeV = await node.embed(sample);
      const cos = hostV.map((v, i) => cosine(v, nodeV[i]!));
      agreement[dtype] = { meanCosine: round(cos.reduce((a, b) => a + b, 0) / cos.length, 6), minCosine: round(Math.min(...cos), 6), texts: cos.length };
      semantic[dtype] = { similar: round(cosine(nodeV[SIMILAR[0]]!, nodeV[SIMILAR[1]]!), 3), unrelated: round(cosine(nodeV[UNRELATED[0]]!, nodeV[UNRELATED[1]]!), 3) };
      hostVectors[dtype] = hostV;
      console.log(
        `${dtype} (${src.real ? 'real' : 'RANDOM'} weights, ${path.relative(repoRoot, src.file)}): host vs onnxruntime-node cosine mean ${agreement[dtype]!.meanCosine.toFixed(6)}, min ${agreement[dtype]!.minCosine.toFixed(6)}; ` +
          `"${SENTENCES[SIMILAR[0]]}" ~ "${SENTENCES[SIMILAR[1]]}" ${semantic[dtype]!.similar}, ~ unrelated ${semantic[dtype]!.unrelated}`,
      );

      for (const tokens of TOKENS) {
        for (const batch of BATCHES) {
          const texts = makeTexts(vocab, tokens, batch * 8, tokens * 1000 + batch);
          const counts = new Set(texts.map((t) => node.tokenCount(t)));
          if (counts.size !== 1 || !counts.has(tokens)) throw new Error(`texts meant to be ${tokens} tokens tokenize to ${[...counts].join(', ')}`);
          const batches = split(texts, batch);
          const hostRuns: { calls: number; texts: number; ms: number }[] = [];
          const nodeRuns: { calls: number; texts: number; ms: number }[] = [];
          for (let rep = 0; rep < REPEATS; rep++) {
            // Alternating, so load from anything else on the machine falls on both sides alike. The host is timed
            // inside the page, so its figures exclude the test driver's round trips.
            hostRuns.push(
              await timeInHost(page, base, src.id, opts, batches),
            );
            nodeRuns.push(await timeLoop(node.embed, batches, SECONDS));
          }
          const host = measurement(hostRuns);
          const nodeM = measurement(nodeRuns);
          const shareRuns = host.runs.map((h, i) => round(h / nodeM.runs[i]!, 3));
          const cell: Cell = {
            dtype,
            realWeights: src.real,
            tokens,
            batch,
            host,
            node: nodeM,
            share: round(host.embeddingsPerSecond / nodeM.embeddingsPerSecond, 3),
            shareRuns,
          };
          cells.push(cell);
          console.log(
            `${dtype} ${tokens} tokens × batch ${batch}: host ${host.embeddingsPerSecond}/s, node ${nodeM.embeddingsPerSecond}/s, share ${cell.share} ` +
              `(runs: host ${host.runs.join(' ')}; node ${nodeM.runs.join(' ')})`,
          );
        }
      }
      await node.dispose();
      pageWorkers = Math.max(pageWorkers, page.workers().length);

      if (webgpu && environment.webgpuAdapter) {
        const gopts = { device: 'webgpu', dtype };
        for (const tokens of TOKENS) {
          for (const batch of BATCHES) {
            const batches = split(makeTexts(vocab, tokens, batch * 8, tokens * 1000 + batch), batch);
            const r = await timeInHost(page, base, src.id, gopts, batches);
            webgpuCells.push({ dtype, tokens, batch, embeddingsPerSecond: round((r.texts / r.ms) * 1000) });
          }
        }
      }
    }
  } finally {
    await session.close();
    await server.close();
  }

  let q8Agreement: { meanCosine: number; minCosine: number } | null = null;
  if (hostVectors.fp32 && hostVectors.q8) {
    // Quantization must not change what the vectors mean: cosine of each q8 vector to its fp32 counterpart.
    const cos = hostVectors.q8.map((v, i) => cosine(v, hostVectors.fp32![i]!));
    q8Agreement = { meanCosine: round(cos.reduce((a, b) => a + b, 0) / cos.length, 4), minCosine: round(Math.min(...cos), 4) };
  }

  const anyRandom = sources.some((s) => !s.real);
  console.log(
    `\nall-MiniLM-L6-v2 (${sources.map((s) => `${s.dtype}: ${s.real ? 'real' : 'RANDOM'} weights, ${(s.bytes / 2 ** 20).toFixed(1)} MB`).join('; ')}), ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})`,
  );
  console.log(
    `host: Chromium ${String(environment.userAgent ?? '').match(/Chrome\/([\d.]+)/)?.[1] ?? '?'}, ONNX Runtime Web WASM, ` +
      `${environment.crossOriginIsolated ? 'cross-origin isolated' : 'NOT cross-origin isolated'}, ${hostThreads} thread(s) (page workers seen: ${pageWorkers}); ` +
      `node: onnxruntime-node (cpu), intraOpNumThreads ${nodeThreads}`,
  );
  console.log(`median of ${REPEATS} alternating ${SECONDS}-second measurements per side per cell\n`);
  console.log('dtype  tokens  batch  host emb/s  node emb/s  host/node  host ms/call  node ms/call');
  for (const c of cells) {
    console.log(
      `${c.dtype.padEnd(6)} ${String(c.tokens).padEnd(7)} ${String(c.batch).padEnd(6)} ${String(c.host.embeddingsPerSecond).padEnd(11)} ` +
        `${String(c.node.embeddingsPerSecond).padEnd(11)} ${c.share.toFixed(2).padEnd(10)} ${String(c.host.msPerCall).padEnd(13)} ${c.node.msPerCall}`,
    );
  }
  for (const w of webgpuCells) console.log(`webgpu (SwiftShader) ${w.dtype} ${w.tokens} × ${w.batch}: ${w.embeddingsPerSecond}/s`);
  console.log('');
  for (const [dtype, a] of Object.entries(agreement)) {
    console.log(`host vs node vectors, ${dtype}: cosine mean ${a.meanCosine.toFixed(6)}, min ${a.minCosine.toFixed(6)} over ${a.texts} texts (same model: ≈ 1)`);
  }
  if (q8Agreement) console.log(`host q8 vs fp32 vectors: cosine mean ${q8Agreement.meanCosine}, min ${q8Agreement.minCosine}`);
  const goalCells = cells.filter((c) => c.tokens === GOAL.tokens);
  const met = goalCells.length > 0 && goalCells.every((c) => c.share >= GOAL.share);
  console.log(
    `\ngoal: host ≥ ${GOAL.share} × onnxruntime-node at ${GOAL.tokens} tokens — ${met ? 'met' : 'NOT met'} ` +
      `(${goalCells.map((c) => `${c.dtype} batch ${c.batch}: ${c.share.toFixed(2)}`).join(', ')})`,
  );
  if (anyRandom) console.warn('WARNING: some figures are on a RANDOM-WEIGHT model (see above); the real weights could not be made.');

  const out = path.join(repoRoot, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'embed.json'),
    JSON.stringify(
      {
        when: new Date().toISOString(),
        models: sources.map((s) => ({
          dtype: s.dtype,
          id: s.id,
          file: path.relative(repoRoot, s.file),
          bytes: s.bytes,
          weights: s.real ? 'real all-MiniLM-L6-v2 (scripts/real-models.py)' : 'RANDOM, all-MiniLM-L6-v2 architecture (real weights unavailable)',
        })),
        host: { engineHost: 'Chrome test build offscreen.html', backend: 'onnxruntime-web wasm', threads: hostThreads, pageWorkers, ...environment },
        node: { backend: 'onnxruntime-node (transformers.js device cpu)', intraOpNumThreads: nodeThreads, interOpNumThreads: 1, node: process.version },
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        secondsPerMeasurement: SECONDS,
        repeats: REPEATS,
        loads,
        cells,
        webgpuCells,
        hostVsNode: agreement,
        semantic,
        q8Agreement,
        goal: { tokens: GOAL.tokens, share: GOAL.share, met, cells: goalCells.map((c) => ({ dtype: c.dtype, batch: c.batch, share: c.share })) },
      },
      null,
      2,
    ),
  );
  console.log(`wrote ${path.join(out, 'embed.json')}`);
}

await main();
