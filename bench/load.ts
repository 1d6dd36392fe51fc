/**
 * Load benchmark: N turns (default 100k) of realistic, varied chat generated with a seeded RNG go through the live
 * capture path (background intake → durable queue → ReverieService drain → lexical engine) in Node on fake-indexeddb.
 * Reports ingest rate, the engine's heap once loaded, its cold-start time, recall p50/p95 over 200 queries, and
 * "popup search latency" (ReverieService.search, what the popup's search box calls) p50/p95.
 * Writes bench-results/load.json.
 *
 *   npm run bench:load [-- --turns 100000 --seed 7]      (node --expose-gc gives steadier heap figures:
 *   NODE_OPTIONS=--expose-gc npm run bench:load)
 *
 * fake-indexeddb is an in-memory JavaScript IndexedDB, much slower than a browser's; ingest rates here are a floor.
 */
import 'fake-indexeddb/auto';
// `self` for dexie-export-import and a bare extension identity for the message contract's polyfill (node-globals.ts).
import './lib/node-globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { seededRng } from '../lib/util/seeded-rng';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { SiteId } from '../lib/sites';

const { ReverieDb } = await import('../lib/db/schema');
const { acceptCapture } = await import('../lib/background/capture-intake');
const { ReverieService } = await import('../lib/host/service');
const { MemoryEngine } = await import('../lib/engine/engine');
// Every chat site Reverie knows (lib/capture/adapters/index.ts), so a site added there is in the workload too.
const { SITE_IDS } = await import('../lib/sites');

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DAY = 86_400_000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const TARGET_TURNS = arg('turns', 100_000);
const SEED = arg('seed', 7);
const QUERIES = 200;
const NOW = Date.UTC(2025, 5, 1, 12);

const random = seededRng(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const TOPICS = [
  ['sourdough', 'starter', 'hydration', 'levain', 'crumb', 'proofing'],
  ['kubernetes', 'pod', 'eviction', 'helm', 'ingress', 'namespace'],
  ['typescript', 'generics', 'inference', 'tsconfig', 'union', 'narrowing'],
  ['marathon', 'tempo', 'cadence', 'taper', 'intervals', 'hydration'],
  ['succulent', 'repotting', 'drainage', 'sunlight', 'propagation', 'overwatering'],
  ['mortgage', 'amortization', 'refinance', 'escrow', 'principal', 'apr'],
  ['portuguese', 'subjunctive', 'conjugation', 'pronunciation', 'vocabulary', 'tenses'],
  ['postgres', 'index', 'vacuum', 'replication', 'explain', 'partitioning'],
  ['guitar', 'chord', 'fingerpicking', 'capo', 'scale', 'tuning'],
  ['espresso', 'grinder', 'extraction', 'tamping', 'crema', 'portafilter'],
  ['react', 'hooks', 'rendering', 'memo', 'suspense', 'state'],
  ['bicycle', 'derailleur', 'chain', 'brakes', 'tyre', 'cassette'],
  ['tax', 'deduction', 'invoice', 'freelance', 'vat', 'receipts'],
  ['photography', 'aperture', 'shutter', 'iso', 'bokeh', 'lens'],
  ['rust', 'borrow', 'lifetime', 'trait', 'cargo', 'ownership'],
  ['garden', 'compost', 'tomatoes', 'mulch', 'seedlings', 'pruning'],
  ['interview', 'resume', 'salary', 'negotiation', 'portfolio', 'recruiter'],
  ['travel', 'itinerary', 'lisbon', 'visa', 'hostel', 'train'],
  ['python', 'asyncio', 'pandas', 'virtualenv', 'typing', 'decorator'],
  ['knitting', 'yarn', 'gauge', 'cable', 'purl', 'blocking'],
] as const;
const OPENERS = ['How do I', 'Can you explain', 'What is the best way to', 'Why does my', 'Help me understand', 'Compare'];
const FILLER = [
  'I tried this yesterday and it did not work.',
  'Keep it short please.',
  'My setup is a bit unusual.',
  'This is for a project at work.',
  'I am a beginner at this.',
  'Last time you suggested something else.',
];
const ANSWER = [
  'The key idea is',
  'Start by checking',
  'A common mistake is',
  'In most cases you should',
  'It depends on',
  'Here is a step-by-step plan for',
];

function userTurn(topic: readonly string[]): string {
  const words = [pick(topic), pick(topic), pick(topic)];
  let text = `${pick(OPENERS)} ${words[0]} with ${words[1]}? ${pick(FILLER)}`;
  if (random() < 0.2) text += ` Also, what about ${words[2]} and ${pick(pick(TOPICS))}?`;
  if (random() < 0.05) text += ` My email is user${int(1, 999)}@example.com.`; // redaction runs on the way in
  return text;
}
function assistantTurn(topic: readonly string[]): string {
  const sentences = int(2, 7);
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(`${pick(ANSWER)} ${pick(topic)} and ${pick(topic)}, because ${pick(topic)} affects ${pick(topic)}.`);
  if (random() < 0.1) parts.push('```\n' + `config.${pick(topic)} = ${int(1, 100)}\n` + '```');
  return parts.join(' ');
}

interface Conversation {
  site: SiteId;
  conversationId: string;
  url: string;
  title: string;
  turns: { role: 'user' | 'assistant'; text: string; ordinal: number }[];
}

function generate(total: number): Conversation[] {
  const out: Conversation[] = [];
  let turns = 0;
  while (turns < total) {
    const topic = pick(TOPICS);
    const n = Math.min(total - turns, int(2, 20) * 2);
    const id = `load-${out.length.toString(36)}`;
    const site = pick(SITE_IDS);
    out.push({
      site,
      conversationId: id,
      url: `https://example.invalid/${site}/${id}`,
      title: `${topic[0]} ${topic[1]}`,
      turns: Array.from({ length: n }, (_, ordinal) => ({
        role: ordinal % 2 ? 'assistant' : 'user',
        ordinal,
        text: ordinal % 2 ? assistantTurn(topic) : userTurn(topic),
      })),
    });
    turns += n;
  }
  return out;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { count: s.length, p50: r(quantile(s, 0.5)), p95: r(quantile(s, 0.95)), max: r(s[s.length - 1]!) };
};
const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const started = performance.now();
const conversations = generate(TARGET_TURNS);
const totalTurns = conversations.reduce((n, c) => n + c.turns.length, 0);
const totalChars = conversations.reduce((n, c) => n + c.turns.reduce((m, t) => m + t.text.length, 0), 0);
console.log(`generated ${conversations.length} conversations, ${totalTurns} turns, ${(totalChars / 1e6).toFixed(1)} M chars (seed ${SEED})`);

// ------------------------------------------------------------------------------------------------------- ingest
const db = new ReverieDb(`bench-load-${process.pid}`);
let clock = NOW - 90 * DAY;
const service = await ReverieService.start({ db, now: () => clock });
const heapBefore = heapMB();
const ingestStart = performance.now();
let ingested = 0;
let lastReport = ingestStart;
for (let i = 0; i < conversations.length; i++) {
  clock += Math.floor((90 * DAY) / conversations.length);
  const result = await acceptCapture(db, conversations[i]);
  if (!result.accepted) throw new Error(`intake refused: ${result.reason}`);
  // The background drains after each accepted capture; batching the drains as the real queue does under load.
  if (i % 20 === 19 || i === conversations.length - 1) await service.drainCaptureQueue();
  ingested += conversations[i]!.turns.length;
  if (performance.now() - lastReport > 15_000) {
    lastReport = performance.now();
    console.log(`  ${ingested} turns, ${(ingested / ((lastReport - ingestStart) / 1000)).toFixed(0)} turns/s`);
  }
}
const ingestMs = performance.now() - ingestStart;
const storedTurns = await db.turns.count();
const storedMemories = await db.memories.count();
if (storedTurns !== totalTurns) throw new Error(`stored ${storedTurns} turns, expected ${totalTurns}`);
console.log(`ingested ${storedTurns} turns (${storedMemories} memories) in ${(ingestMs / 1000).toFixed(1)} s = ${(storedTurns / (ingestMs / 1000)).toFixed(0)} turns/s`);
const heapAfterIngest = heapMB();

// --------------------------------------------------------------------------------- engine cold start + recall
// A fresh engine on the filled database: its load time is the engine host's cold start, its heap the engine's.
await (service as unknown as { engine: { close(): Promise<void> } }).engine.close();
const heapBase = heapMB();
const openStart = performance.now();
const engine = await MemoryEngine.open({ db, now: () => NOW });
const coldStartMs = performance.now() - openStart;
const engineHeapMB = heapMB() - heapBase;

const queries: string[] = [];
for (let i = 0; i < QUERIES; i++) {
  const topic = pick(TOPICS);
  const kind = i % 4;
  if (kind === 0) queries.push(`${pick(topic)} ${pick(topic)}`);
  else if (kind === 1) queries.push(`${pick(OPENERS)} ${pick(topic)} with ${pick(topic)}`);
  else if (kind === 2) queries.push(`what did we say about ${pick(topic)} last time`);
  else queries.push(`${pick(topic)} ${pick(pick(TOPICS))} ${pick(['error', 'tips', 'plan', 'why'])}`);
}
const recallMs: number[] = [];
let emptyRecalls = 0;
for (const q of queries) {
  const t = performance.now();
  const hits = await engine.recall(q, { k: 10, now: NOW });
  recallMs.push(performance.now() - t);
  if (!hits.length) emptyRecalls++;
}
await engine.close();

const popup = await ReverieService.start({ db, now: () => NOW });
const searchMs: number[] = [];
for (const q of queries) {
  const t = performance.now();
  await popup.search(q);
  searchMs.push(performance.now() - t);
}

const results = {
  command: `npm run bench:load -- --turns ${TARGET_TURNS} --seed ${SEED}`,
  environment: { node: process.version, idb: 'fake-indexeddb (in-memory, JavaScript)', engine: 'lexical only (no embedder)', gcExposed: Boolean(gc) },
  data: { conversations: conversations.length, sites: new Set(conversations.map((c) => c.site)).size, turns: totalTurns, memories: storedMemories, megaChars: Math.round(totalChars / 1e5) / 10 },
  ingest: {
    path: 'acceptCapture (validate, strip preamble, redact, durable queue) → ReverieService.drainCaptureQueue → MemoryEngine.ingest',
    seconds: Math.round(ingestMs / 100) / 10,
    turnsPerSecond: Math.round(storedTurns / (ingestMs / 1000)),
    heapGrowthMB: Math.round(heapAfterIngest - heapBefore),
  },
  engine: { coldStartMs: Math.round(coldStartMs), heapMB: Math.round(engineHeapMB * 10) / 10, processHeapMB: Math.round(heapMB()), rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) },
  recallMs: { ...summary(recallMs), k: 10, emptyResults: emptyRecalls },
  popupSearchMs: { ...summary(searchMs), k: 20, via: 'ReverieService.search' },
  totalSeconds: Math.round((performance.now() - started) / 1000),
};
console.log(JSON.stringify(results, null, 2));
mkdirSync(path.join(REPO_ROOT, 'bench-results'), { recursive: true });
writeFileSync(path.join(REPO_ROOT, 'bench-results', 'load.json'), JSON.stringify(results, null, 2) + '\n');
process.exit(0);
