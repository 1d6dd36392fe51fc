/**
 * Dream benchmark: loads LoCoMo haystacks (one store each) as conversations, turns and passage memories, runs the
 * no-LLM dream, and reports time per 1,000 turns, memories before/after and duplicate rates. Then it runs the whole
 * LLM pipeline (windows fitted to a 4,096-token model, existing memories shown, gates, add/update/retract/noop,
 * consolidation) with the replay engine, which answers with LoCoMo's own observations and summaries, what a good
 * extractor would say, and reports it beside the rules: items learned, supersessions, retractions, time.
 * Observations about the other speaker (LoCoMo's "assistant" side) are left out: Reverie learns about its user.
 *
 *   npm run bench:dream [-- --data ../shared/bench/locomo10.json] [--limit N] [--no-replay] [--context 4096]
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReverieDb, type MemoryRow, type TurnRow } from '../lib/db/schema';
import { candidatePairs, TfIdf } from '../lib/dream/lexical';
import { runDream } from '../lib/dream/run';
import { hashNormalised, hashText, jaccard, terms } from '../lib/engine/text';
import { ReplayLlm, type ReplaySession } from '../lib/llm/replay';
import { parseBenchDate, readDataset, type BenchHaystack } from './lib/format';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataPath = path.resolve(root, arg('--data') ?? '../shared/bench/locomo10.json');
const limit = Number(arg('--limit') ?? Infinity);
const withReplay = !args.includes('--no-replay');
const contextTokens = Number(arg('--context') ?? 4096);

interface Loaded {
  db: ReverieDb;
  turns: number;
  lastAt: number;
  replay: ReplaySession[];
}

let dbSeq = 0;
async function load(h: BenchHaystack): Promise<Loaded> {
  const db = new ReverieDb(`bench-dream-${h.id}-${++dbSeq}`);
  let count = 0;
  let lastAt = 0;
  const replay: ReplaySession[] = [];
  for (const s of h.sessions) {
    const start = parseBenchDate(s.date) ?? lastAt + 86_400_000;
    const key = `import:${h.id}/${s.id}`;
    const idOf = new Map<string, string>();
    const turns: TurnRow[] = s.turns.map((t, i) => {
      const id = `${key}#${i}`;
      idOf.set(t.id, id);
      const at = start + i * 30_000;
      return { id, conversationKey: key, site: 'import', role: t.role, ordinal: i, text: t.text, textHash: hashText(t.text), capturedAt: at, updatedAt: at };
    });
    const end = turns.length ? turns[turns.length - 1]!.capturedAt : start;
    lastAt = Math.max(lastAt, end);
    count += turns.length;
    await db.conversations.put({ key, site: 'import', conversationId: `${h.id}/${s.id}`, url: '', firstSeenAt: start, lastSeenAt: end, turnCount: turns.length, source: 'bench' });
    await db.turns.bulkPut(turns);
    await db.memories.bulkPut(
      turns.map(
        (t): MemoryRow => ({
          id: `passage:${t.id}:0`, kind: 'passage', text: t.text, hash: hashNormalised(t.text), status: 'active', sourceTurnIds: [t.id],
          conversationKey: key, site: 'import', role: t.role, passageOffset: 0, occurredAt: t.capturedAt, createdAt: t.capturedAt,
          updatedAt: t.capturedAt, importance: 0.5, strength: 1, useCount: 0, pinned: false, origin: 'bench',
        }),
      ),
    );
    const roleOf = new Map(turns.map((t) => [t.id, t.role]));
    replay.push({
      turnIds: turns.map((t) => t.id),
      observations: (s.observations ?? [])
        .map((o) => ({ text: o.text, evidence: o.evidence.map((e) => idOf.get(e)).filter((x): x is string => !!x) }))
        .filter((o) => o.evidence.some((id) => roleOf.get(id) === 'user')),
      ...(s.summary ? { summary: s.summary } : {}),
    });
  }
  return { db, turns: count, lastAt, replay };
}

/** Exact (same kind + normalised hash) and near (term Jaccard ≥ 0.9, ≥ 3 terms) duplicate shares of active memories. */
function duplicateRates(memories: MemoryRow[]): { exact: number; near: number; active: number } {
  const active = memories.filter((m) => m.status === 'active' && ['passage', 'fact', 'preference', 'instruction', 'episode'].includes(m.kind));
  const seen = new Set<string>();
  let exact = 0;
  for (const m of active) {
    const k = `${m.kind}:${m.hash}`;
    if (seen.has(k)) exact++;
    else seen.add(k);
  }
  const ids = active.map((m) => m.id);
  const tfidf = new TfIdf(active.map((m) => ({ id: m.id, text: m.text })));
  const sets = active.map((m) => new Set(terms(m.text)));
  const near = new Set<number>();
  for (const [i, j] of candidatePairs(tfidf, ids, 6, 400)) {
    if (active[i]!.kind !== active[j]!.kind || sets[i]!.size < 3 || sets[j]!.size < 3) continue;
    if (jaccard(sets[i]!, sets[j]!) >= 0.9) near.add(j);
  }
  const n = Math.max(1, active.length);
  return { exact: round(exact / n, 4), near: round(near.size / n, 4), active: active.length };
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function pass(haystacks: BenchHaystack[], mode: 'rules' | 'replay') {
  let turns = 0;
  let ms = 0;
  const totals: Record<string, number> = {};
  const before = { active: 0, exactDup: 0, nearDup: 0 };
  const after = { active: 0, exactDup: 0, nearDup: 0 };
  const samples: Record<string, string[]> = {};
  for (const h of haystacks) {
    const l = await load(h);
    const d0 = duplicateRates(await l.db.memories.toArray());
    const t0 = performance.now();
    const run = await runDream({
      db: l.db,
      trigger: 'manual',
      now: () => l.lastAt + 86_400_000,
      llm: mode === 'replay' ? new ReplayLlm(l.replay, { contextTokens }) : null,
    });
    const elapsed = performance.now() - t0;
    if (run.status !== 'done') throw new Error(`dream ${run.status}: ${run.error}`);
    const all = await l.db.memories.toArray();
    const d1 = duplicateRates(all);
    turns += l.turns;
    ms += elapsed;
    before.active += d0.active;
    before.exactDup += d0.exact * d0.active;
    before.nearDup += d0.near * d0.active;
    after.active += d1.active;
    after.exactDup += d1.exact * d1.active;
    after.nearDup += d1.near * d1.active;
    for (const [k, v] of Object.entries(run.stats ?? {})) totals[k] = (totals[k] ?? 0) + v;
    for (const m of all) {
      if (!['fact', 'preference', 'instruction'].includes(m.kind) || m.status !== 'active') continue;
      const k = m.origin === 'dream-llm' ? 'activeLlmFacts' : 'activeRuleFacts';
      totals[k] = (totals[k] ?? 0) + 1;
    }
    if (Object.keys(samples).length === 0) {
      for (const kind of ['profile', 'domain', 'style', 'pattern', 'fact', 'preference', 'episode']) {
        samples[kind] = all.filter((m) => m.kind === kind && m.status === 'active').slice(0, 3).map((m) => m.text.slice(0, 300));
      }
    }
    console.log(`  ${h.id}: ${l.turns} turns, ${Math.round(elapsed)} ms, active ${d0.active} → ${d1.active}, learned ${run.stats?.learned ?? 0}, merged ${run.stats?.merged ?? 0}`);
    l.db.close();
  }
  const rate = (x: number, n: number) => round(x / Math.max(1, n), 4);
  return {
    mode,
    haystacks: haystacks.length,
    turns,
    totalMs: Math.round(ms),
    msPer1000Turns: Math.round((ms / Math.max(1, turns)) * 1000),
    memoriesBefore: before.active,
    memoriesAfter: after.active,
    duplicateRateBefore: { exact: rate(before.exactDup, before.active), near: rate(before.nearDup, before.active) },
    duplicateRateAfter: { exact: rate(after.exactDup, after.active), near: rate(after.nearDup, after.active) },
    stats: totals,
    samples,
  };
}

async function main() {
  const data = readDataset(dataPath);
  const haystacks = data.haystacks.slice(0, Number.isFinite(limit) ? limit : undefined);
  console.log(`dream bench: ${data.name}, ${haystacks.length} haystacks`);
  console.log('no-LLM (rules):');
  const rules = await pass(haystacks, 'rules');
  console.log(`  → ${rules.msPer1000Turns} ms per 1,000 turns (target ≤ 10,000); active memories ${rules.memoriesBefore} → ${rules.memoriesAfter}; ` +
    `duplicates exact ${rules.duplicateRateBefore.exact} → ${rules.duplicateRateAfter.exact}, near ${rules.duplicateRateBefore.near} → ${rules.duplicateRateAfter.near}`);
  let replay;
  if (withReplay) {
    console.log(`replay (LoCoMo observations as LLM answers, ${contextTokens}-token context):`);
    replay = await pass(haystacks, 'replay');
    console.log(`  → ${replay.msPer1000Turns} ms per 1,000 turns; active memories ${replay.memoriesBefore} → ${replay.memoriesAfter}`);
  }
  const row = (r: Awaited<ReturnType<typeof pass>>) => {
    const st = r.stats;
    const n = (k: string) => st[k] ?? 0;
    return [
      r.mode.padEnd(7),
      String(n('learned')).padStart(8),
      String(n('activeRuleFacts')).padStart(7),
      String(n('activeLlmFacts')).padStart(6),
      String(n('superseded')).padStart(7),
      String(n('disproven') + n('llmRetracts')).padStart(8),
      String(n('summaries')).padStart(6),
      `${n('llmCalls')}/${n('llmWindows')}/${n('llmRetries')}`.padStart(14),
      `${n('llmRejected')}/${n('llmDroppedItems')}`.padStart(10),
      `${n('llmAdds')}/${n('llmRestated')}/${n('llmUpdates')}/${n('llmRetracts')}`.padStart(16),
      String(n('llmTopics')).padStart(7),
      `${(r.totalMs / 1000).toFixed(1)} s`.padStart(8),
    ].join(' ');
  };
  console.log('\nmode     learned  rules*   llm*  supers.  retract.  summ.  calls/win/retry  rej/drop  add/noop/upd/ret  topics     time');
  console.log(row(rules));
  if (replay) console.log(row(replay));
  console.log('  learned: facts, preferences, instructions learned (and remembered again); rules*/llm*: active at the end by origin;');
  console.log('  supers.: superseded by a newer value; retract.: retracted (disproven by rules + LLM retractions); summ.: episode summaries.');
  console.log('  topics: topic names the model gave for "Lately" (the replay has none to give: LoCoMo holds no topic names).');
  const out = path.join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'dream.json');
  writeFileSync(file, JSON.stringify({ dataset: data.name, date: new Date().toISOString(), node: process.version, rules, ...(replay ? { replay } : {}) }, null, 2));
  console.log(`wrote ${path.relative(root, file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
