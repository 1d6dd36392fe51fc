/**
 * Retrieval benchmark: ingests each haystack of a neutral-format benchmark into a fresh engine (fresh fake-indexeddb
 * database), asks every question at its date, writes the results file FORMAT.md describes and prints the scores.
 *
 *   npm run bench:recall -- --data ../shared/bench/locomo10.json --out results.json
 *     [--embedder none|random] [--model DIR] [--limit N haystacks] [--tuning '{"prf":null}'] [--context 200]
 *     [--no-speaker]
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ReverieDb } from '../lib/db/schema';
import { MemoryEngine } from '../lib/engine/engine';
import type { RecallTuning } from '../lib/engine/recall';
import type { Embedder } from '../lib/engine/types';
import { parseBenchDate, readDataset, type BenchHaystack, type BenchQuestion, type BenchResult } from './lib/format';
import { formatScores, score } from './lib/score';

interface Args {
  data: string;
  out: string | null;
  embedder: 'none' | 'random' | 'model';
  model: string | null;
  limit: number;
  tuning: Partial<RecallTuning>;
  context: number | undefined;
  speaker: boolean;
  quiet: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    data: '../shared/bench/locomo10.json',
    out: null,
    embedder: 'none',
    model: null,
    limit: Infinity,
    tuning: {},
    context: undefined,
    speaker: true,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? '';
    if (a === '--data') args.data = next();
    else if (a === '--out') args.out = next();
    else if (a === '--embedder') args.embedder = next() as Args['embedder'];
    else if (a === '--model') {
      args.model = next();
      if (args.embedder === 'none') args.embedder = 'model';
    } else if (a === '--limit') args.limit = Number(next());
    else if (a === '--tuning') args.tuning = JSON.parse(next()) as Partial<RecallTuning>;
    else if (a === '--context') args.context = Number(next());
    else if (a === '--no-speaker') args.speaker = false;
    else if (a === '--quiet') args.quiet = true;
  }
  return args;
}

/**
 * HOOK — the embedding model. `lib/engine/embedder-transformers.ts` (written separately) is expected to export
 * `createTransformersEmbedder({ modelDir?, modelId?, randomWeights? })`. `--embedder none` needs nothing.
 */
async function makeEmbedder(args: Args): Promise<Embedder | null> {
  if (args.embedder === 'none') return null;
  const path = '../lib/engine/embedder-transformers';
  const mod = (await import(path)) as {
    createTransformersEmbedder?: (o: Record<string, unknown>) => Promise<Embedder> | Embedder;
  };
  if (!mod.createTransformersEmbedder) throw new Error(`${path} does not export createTransformersEmbedder`);
  return mod.createTransformersEmbedder(
    args.embedder === 'random' ? { randomWeights: true, modelDir: args.model ?? undefined } : { modelDir: args.model },
  );
}

async function runHaystack(
  haystack: BenchHaystack,
  questions: BenchQuestion[],
  args: Args,
  embedder: Embedder | null,
): Promise<BenchResult[]> {
  const db = new ReverieDb(`bench-recall-${haystack.id}-${Math.random().toString(36).slice(2)}`);
  let clock = 0;
  const engine = await MemoryEngine.open({
    db,
    embedder,
    now: () => clock,
    tuning: args.tuning,
    lexicalContextChars: args.context,
    lexicalSaveDelayMs: 60_000,
  });
  // Dataset turn id for each engine turn id.
  const datasetTurn = new Map<string, string>();
  const sessions = [...haystack.sessions].sort(
    (a, b) => (parseBenchDate(a.date) ?? 0) - (parseBenchDate(b.date) ?? 0),
  );
  let lastDate = 0;
  for (const session of sessions) {
    const at = parseBenchDate(session.date) ?? lastDate + 86_400_000;
    lastDate = Math.max(lastDate, at);
    clock = at;
    const conversationId = `${haystack.id}/${session.id}`;
    session.turns.forEach((t, ordinal) => datasetTurn.set(`import:${conversationId}#${ordinal}`, t.id));
    await engine.ingest({
      site: 'import',
      conversationId,
      url: '',
      title: session.id,
      source: 'bench',
      at,
      turns: session.turns.map((t, ordinal) => ({
        role: t.role,
        ordinal,
        // The author of a chat turn is known; naming them lets "What did Caroline…" match Caroline's turns.
        text: args.speaker && t.speaker ? `${t.speaker}: ${t.text}` : t.text,
        at: at + ordinal * 1000,
      })),
    });
  }
  if (embedder) {
    for (;;) {
      const { embedded, remaining } = await engine.processEmbedQueue({ batchSize: 64 });
      if (remaining === 0 || embedded === 0) break;
    }
  }

  const results: BenchResult[] = [];
  for (const q of questions) {
    const now = parseBenchDate(q.date) ?? lastDate + 86_400_000;
    const start = performance.now();
    const hits = await engine.recall(q.question, { k: 20, now });
    const ms = performance.now() - start;
    const ranked: string[] = [];
    for (const h of hits) {
      for (const id of h.memory.sourceTurnIds) {
        const dataset = datasetTurn.get(id);
        if (dataset && !ranked.includes(dataset)) ranked.push(dataset);
      }
    }
    results.push({ question: q.id, ranked, ms: Math.round(ms * 100) / 100 });
  }
  await engine.close();
  db.close();
  await db.delete();
  return results;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const dataset = readDataset(args.data);
  const embedder = await makeEmbedder(args);
  const haystacks = dataset.haystacks.slice(0, Number.isFinite(args.limit) ? args.limit : undefined);
  const results: BenchResult[] = [];
  for (const h of haystacks) {
    const qs = dataset.questions.filter((q) => q.haystack === h.id);
    results.push(...(await runHaystack(h, qs, args, embedder)));
  }
  const asked = new Set(results.map((r) => r.question));
  const scores = score(dataset.questions.filter((q) => asked.has(q.id)), results);
  const system = [
    `reverie MemoryEngine hybrid recall`,
    `embedder=${embedder ? embedder.modelId : 'none'}`,
    `speaker=${args.speaker}`,
    `context=${args.context ?? 'default'}`,
    Object.keys(args.tuning).length ? `tuning=${JSON.stringify(args.tuning)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (args.out) writeFileSync(args.out, JSON.stringify({ system, results }, null, 1));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  console.log(`${dataset.name}: ${system}`);
  console.log(formatScores(scores));
  console.log(
    `${results.length} questions, ${haystacks.length} haystacks; recall ms p50 ${p(0.5).toFixed(1)} p95 ${p(0.95).toFixed(1)}; ` +
      `total ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  await embedder?.dispose?.();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
