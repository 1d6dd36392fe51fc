/**
 * LiveCapture cost on a long conversation: a 500-turn Claude-like page in happy-dom, then turns appended and
 * answers streamed in mutation batches. Reports the controller's time per mutation batch (observer bookkeeping)
 * and per flush (reading changed turns + diffing), p50/p95, and heap growth. Writes bench-results/capture.json.
 * Run: npm run bench:capture  (node --expose-gc gives steadier heap figures)
 */
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { LiveCapture } from '../lib/capture/live';
import { ADAPTERS } from '../lib/capture/registry';

const INITIAL_TURNS = 500;
const APPENDED_EXCHANGES = 60;
const STREAM_STEPS = 8;

const window = new Window({ url: 'https://claude.ai/chat/bench-0001' });
const doc = window.document as unknown as Document;
doc.head.innerHTML = '<title>Benchmark - Claude</title>';
doc.body.innerHTML = '<div id="thread"></div><div class="ProseMirror" data-testid="chat-input" contenteditable="true"><p></p></div>';
const thread = doc.getElementById('thread')!;

const paragraph = (i: number) =>
  `Paragraph ${i}: the quick brown fox jumps over the lazy dog while the model explains <strong>something</strong> at length.`;

function turnHtml(role: 'user' | 'assistant', i: number, streaming = false): string {
  if (role === 'user') return `<div data-testid="user-message"><p class="whitespace-pre-wrap">Question number ${i}: how does this work?</p></div>`;
  return `<div data-is-streaming="${streaming}"><div class="font-claude-response"><div class="standard-markdown"><p>${paragraph(i)}</p><ul><li>point a</li><li>point b</li></ul><pre><code class="language-ts">const x = ${i};</code></pre></div></div></div>`;
}

function append(role: 'user' | 'assistant', i: number, streaming = false): Element {
  const wrap = doc.createElement('div');
  wrap.setAttribute('data-test-render-count', '1');
  wrap.innerHTML = turnHtml(role, i, streaming);
  thread.appendChild(wrap);
  return wrap.firstElementChild!;
}

for (let i = 0; i < INITIAL_TURNS; i++) append(i % 2 === 0 ? 'user' : 'assistant', i);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

// Measure the share of flush time spent in the site's document-wide streaming query (a selector-engine cost).
let streamingQueryMs = 0;
const isStreaming = ADAPTERS.claude.isStreaming;
ADAPTERS.claude.isStreaming = (d) => {
  const t = performance.now();
  const r = isStreaming(d);
  streamingQueryMs += performance.now() - t;
  return r;
};

let sentTurns = 0;
const live = new LiveCapture({
  doc,
  getUrl: () => 'https://claude.ai/chat/bench-0001',
  send: (c) => {
    sentTurns += c.turns.length;
  },
  debounceMs: 60_000, // flushed by hand below, once per batch
  appendedDelayMs: 60_000,
  timings: true, // the extension never measures; the benchmark asks for it
});
live.start();
const timings = live.timings!;

const initialStart = performance.now();
await live.flush();
const initialMs = performance.now() - initialStart;
const initialSent = sentTurns;
const heapBefore = heap();
streamingQueryMs = 0;

const perBatch: number[] = [];
for (let n = 0; n < APPENDED_EXCHANGES; n++) {
  const i = INITIAL_TURNS + n * 2;
  append('user', i);
  const answer = append('assistant', i + 1, true);
  const p = answer.querySelector('p')!;
  for (let step = 0; step < STREAM_STEPS; step++) {
    p.textContent = paragraph(i + 1).slice(0, 20 + step * 10);
    if (step === STREAM_STEPS - 1) answer.setAttribute('data-is-streaming', 'false');
    await settle(); // the observer callback runs here
    const batchIndex = timings.batches.length - 1;
    const flushIndex = timings.flushes.length;
    await live.flush();
    perBatch.push((timings.batches[batchIndex] ?? 0) + (timings.flushes[flushIndex] ?? 0));
  }
}
live.stop();
const heapAfter = heap();

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
};
const round = (v: number) => Math.round(v * 1000) / 1000;
const batches = timings.batches.slice(1);
const flushes = timings.flushes.slice(1);

const result = {
  page: { initialTurns: INITIAL_TURNS, appendedTurns: APPENDED_EXCHANGES * 2, streamStepsPerAnswer: STREAM_STEPS, dom: 'happy-dom' },
  initialCaptureMs: round(initialMs),
  initialTurnsSent: initialSent,
  turnsSentAfterwards: sentTurns - initialSent,
  observerBatchMs: { count: batches.length, p50: round(pct(batches, 50)), p95: round(pct(batches, 95)) },
  flushMs: { count: flushes.length, p50: round(pct(flushes, 50)), p95: round(pct(flushes, 95)) },
  perMutationBatchMs: { count: perBatch.length, p50: round(pct(perBatch, 50)), p95: round(pct(perBatch, 95)) },
  streamingQueryMsPerFlush: round(streamingQueryMs / Math.max(1, flushes.length)),
  heapGrowthMB: round((heapAfter - heapBefore) / 1024 / 1024),
  gcExposed: Boolean(gc),
  targets: { perMutationBatchP95Ms: 2, heapGrowthMB: 5 },
};
result['meetsTargets' as keyof typeof result] = (result.perMutationBatchMs.p95 <= 2 && result.heapGrowthMB <= 5) as never;

console.log(`initial capture of ${INITIAL_TURNS} turns: ${result.initialCaptureMs} ms (${initialSent} sent)`);
console.log(`observer callback per batch: p50 ${result.observerBatchMs.p50} ms, p95 ${result.observerBatchMs.p95} ms (n=${batches.length})`);
console.log(`flush (read changed + diff):  p50 ${result.flushMs.p50} ms, p95 ${result.flushMs.p95} ms (n=${flushes.length})`);
console.log(`  of which the document-wide isStreaming query: ${result.streamingQueryMsPerFlush} ms per flush`);
console.log(`per mutation batch, total:    p50 ${result.perMutationBatchMs.p50} ms, p95 ${result.perMutationBatchMs.p95} ms (target ≤ 2 ms)`);
console.log(`heap growth: ${result.heapGrowthMB} MB (target ≤ 5 MB${gc ? '' : ', run with --expose-gc for a steadier figure'})`);
console.log(`turns sent after the initial capture: ${result.turnsSentAfterwards} (expected ${APPENDED_EXCHANGES * 2})`);

const outDir = path.resolve('bench-results');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'capture.json'), JSON.stringify(result, null, 2) + '\n');
await window.happyDOM.close();
