/**
 * Retrieval benchmark: ingests each haystack of a neutral-format benchmark into a fresh engine (fresh fake-indexeddb
 * database), asks every question at its date, writes the results file FORMAT.md describes and prints the scores.
 *
 *   npm run bench:recall -- --data ../shared/bench/locomo10.json --out results.json
 *     [--embedder none|random] [--layers 6] [--model DIR] [--limit N haystacks] [--tuning '{"prf":null}']
 *     [--context 200] [--no-speaker] [--budget 1200] [--dream | --replay]
 *
 * --embedder random: a random-weight model of the default architecture (speed only, never quality);
 * --budget N: also builds each question's warm-start preamble (N tokens, default layer proportions) → all@pre/any@pre;
 * --dream: runs the rule-based dream after ingesting each haystack (at its last session + 1 day) before asking;
 * --replay: the same with the replay engine (LoCoMo's observations + summaries as the LLM's answers).
 *
 * Ablations (locomo10, lexical only, all@10 overall / multi-hop; one change at a time from the line above it):
 *   BM25 floor (FORMAT.md)                                            0.525 / 0.089
 *   start: speaker prefix + previous-turn context 200 chars @0.25      0.683 / 0.152
 *   conversationWeight 0 | 1 (kept 0.5)                               0.664 / 0.170 | 0.688 / 0.145
 *   rrfK 60 (kept 30); temporalBoost 1 = off (kept 3)                 0.688 / 0.145 ; 0.668 / 0.152
 *   lexical fusion by relative BM25 score instead of rank (kept rank) 0.685 / 0.170
 *   context weight 0.5 | 0.1 (previous turn only)                     0.681 / 0.145 | 0.670 / 0.145
 *   BM25 b 0.4 | k1 2.0 (kept 0.75, 1.2)                              0.683 / 0.152 | 0.684 / 0.145
 *   + next turn's start as context too, weight 0.25 | 0.4 | 0.15      0.688 / 0.149 | 0.696 / 0.145 | 0.679 (kept 0.4)
 *   + time window applied inside the lexical search (depth cut)       0.695 / 0.145 (neutral; kept: weak in-window
 *                                                                     matches reach the candidate cut)
 *   + speaker as its own field, weight 1 | 3                          0.704 / 0.152 | 0.705 / 0.177 (kept 3)
 *   named-speaker multiplier ×1.5 | ×2.5 instead (dropped)            0.701 / 0.170 | 0.696 / 0.177
 *   H3 earlier: PRF and session diversity hurt; previous-turn context +0.06; speaker prefix helps.
 *   (per category below: all@10 cat1 multi-hop / cat2 / cat3 / cat4 / cat5)
 *   start of this round                                               0.705 / 0.177  (.753 .247 .844 .832)
 *   query question words dropped ("what kind", "how likely"; dropped)  0.704 / 0.177  (neutral: most are stop words)
 *   silent-e fold at 4 letters in the light stemmer (dropped)          0.702 / 0.184
 *   Porter2 (Snowball) stemmer instead of the light one                0.704 / 0.191  (.747 .258 .843 .825; any@10 up)
 *   with Porter2: depth 400 | contextBoost 0.25 | speakerBoost 2        0.704 | 0.695 | 0.702 (kept 200, 0.4, 3)
 *   conversationWeight 0.25 | sameConversationDecay 0.9 (dropped)      0.696 / 0.199 | 0.681 / 0.209
 *   proximity boost ×(1 + w·shared adjacent query pairs) w 0.3 | 1     0.705 / 0.188 | 0.706 / 0.184 (dropped)
 *   decay 0.9 | 0.8 only for list questions (plural after "what",
 *     "how many", "both"; dropped: cat4/cat5 lose more than cat1 wins)  0.700 / 0.199 | 0.693 / 0.199
 *   + reply to a matching question turn lent 0.5 | 0.7 | 0.8 | 0.9 | 1
 *     of its score (answerNeighbour)                                   0.704 | 0.717 | 0.727 | 0.726 | 0.728
 *     kept 0.8: 0.727 / 0.184 (.753 .270 .868 .877); 1.0 costs cat1 (0.167)
 *   with replies: light stemmer instead of Porter2                     0.724 / 0.177 (Porter2 kept)
 *   with replies: lend to replies of non-question turns too ×0.3|0.6    0.727 | 0.727 (no change; dropped)
 *   with replies: question turns considered 10 | 80 (kept 30)          0.727 | 0.727
 *   with replies: proximity 1 | question words dropped | list decay 0.9 0.726 | 0.726 | 0.719 / 0.199 (all dropped)
 *   with replies: contextBoost 0.25 | conversationWeight 0.75          0.721 | 0.728 (kept 0.4, 0.5: noise)
 *   Ceiling of lexical re-ranking: of 282 multi-hop questions, 176 have an evidence turn outside the top 40 (the
 *   words differ: "What activities does Melanie partake in?" vs "I took the kids camping"): that needs the embedder.
 * Dream: archived (faded) passages dropped out of recall (rules 0.735 → 0.579 on 2 haystacks): the bench now asks as
 * the host's search does (includeArchived). Replay episodes (summaries citing whole sessions) then suppressed their
 * session's passages in diversify (0.742 after the fix vs 0.656 before, 2 haystacks): a passage is now redundant only
 * next to a hit citing no more turns than it does. Memories citing > 3 turns list their provenance after all others.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ReverieDb } from '../lib/db/schema';
import { MemoryEngine } from '../lib/engine/engine';
import type { RecallTuning } from '../lib/engine/recall';
import type { Embedder } from '../lib/engine/types';
import type { PreambleBudgets } from '../lib/preamble/build';
import { dreamAndReindex, replaySessions, type BenchDreamStats } from './lib/dream';
import { createBenchEmbedder } from './lib/embedder';
import { parseBenchDate, readDataset, type BenchHaystack, type BenchQuestion, type BenchResult, type BenchSession } from './lib/format';
import { preambleTurns, scaledBudgets } from './lib/preamble';
import { rankedTurns } from './lib/provenance';
import { formatScores, score } from './lib/score';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DAY = 86_400_000;

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
  layers: number;
  budget: number | null;
  dream: 'none' | 'rules' | 'replay';
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
    layers: 6,
    budget: null,
    dream: 'none',
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
    else if (a === '--layers') args.layers = Number(next());
    else if (a === '--budget') args.budget = Number(next());
    else if (a === '--dream') args.dream = 'rules';
    else if (a === '--replay') args.dream = 'replay';
    else throw new Error(`unknown argument ${a}`);
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
  if (!args.model) throw new Error('--embedder model needs --model DIR');
  return createBenchEmbedder(REPO_ROOT, { kind: 'model', modelDir: args.model });
}

interface HaystackRun {
  results: BenchResult[];
  dream: BenchDreamStats | null;
  embedMs: number;
}

async function runHaystack(
  haystack: BenchHaystack,
  questions: BenchQuestion[],
  args: Args,
  embedder: Embedder | null,
  budgets: PreambleBudgets | null,
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
        text: args.speaker && t.speaker ? `${t.speaker}: ${t.text}` : t.text,
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
      const { embedded, remaining } = await engine.processEmbedQueue({ batchSize: 64 });
      if (remaining === 0 || embedded === 0) break;
    }
  }
  const embedMs = performance.now() - embedStart;

  const results: BenchResult[] = [];
  for (const q of questions) {
    const now = parseBenchDate(q.date) ?? lastDate + DAY;
    clock = now;
    const start = performance.now();
    // As the host's search does (lib/host/service.ts): archived (faded) memories stay searchable.
    const hits = await engine.recall(q.question, { k: 40, now, includeArchived: true });
    const ms = performance.now() - start;
    const result: BenchResult = { question: q.id, ranked: rankedTurns(hits, q.question, datasetTurn, turnText), ms: Math.round(ms * 100) / 100 };
    if (budgets) result.preamble = (await preambleTurns(db, engine, q.question, now, budgets, datasetTurn)).turns;
    results.push(result);
  }
  await engine.close();
  db.close();
  await db.delete();
  return { results, dream, embedMs };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const dataset = readDataset(args.data);
  const embedder = await makeEmbedder(args);
  const budgets = args.budget ? scaledBudgets(args.budget) : null;
  const haystacks = dataset.haystacks.slice(0, Number.isFinite(args.limit) ? args.limit : undefined);
  const results: BenchResult[] = [];
  const dreams: BenchDreamStats[] = [];
  let embedMs = 0;
  for (const h of haystacks) {
    const qs = dataset.questions.filter((q) => q.haystack === h.id);
    const run = await runHaystack(h, qs, args, embedder, budgets);
    results.push(...run.results);
    if (run.dream) dreams.push(run.dream);
    embedMs += run.embedMs;
  }
  const asked = new Set(results.map((r) => r.question));
  const scores = score(dataset.questions.filter((q) => asked.has(q.id)), results);
  const system = [
    `reverie MemoryEngine hybrid recall`,
    `embedder=${embedder ? embedder.modelId : 'none'}${args.embedder === 'random' ? ' (random weights: speed only)' : ''}`,
    `speaker=${args.speaker}`,
    `context=${args.context ?? 'default'}`,
    args.dream !== 'none' ? `dream=${args.dream}` : '',
    budgets ? `budget=${args.budget} ${JSON.stringify(budgets)}` : '',
    Object.keys(args.tuning).length ? `tuning=${JSON.stringify(args.tuning)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (args.out) writeFileSync(args.out, JSON.stringify({ system, results }, null, 1));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  console.log(`${dataset.name}: ${system}`);
  console.log(formatScores(scores, budgets ? ['all@5', 'any@5', 'all@10', 'any@10', 'all@pre', 'any@pre'] : undefined));
  if (dreams.length) {
    const changes: Record<string, number> = {};
    for (const d of dreams) for (const [k, v] of Object.entries(d.changes)) changes[k] = (changes[k] ?? 0) + v;
    const dreamMs = dreams.reduce((a, d) => a + d.ms, 0);
    console.log(
      `dream (${args.dream}): ${dreams.map((d) => d.status).join(',')}; diary ${JSON.stringify(changes)}; ` +
        `${dreams.reduce((a, d) => a + d.reindexed, 0)} memories reindexed; ${(dreamMs / 1000).toFixed(1)} s`,
    );
  }
  if (embedder) console.log(`embedding: ${(embedMs / 1000).toFixed(1)} s (${embedder.modelId}, dim ${embedder.dim})`);
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
