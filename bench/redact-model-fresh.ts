/**
 * Temporal measure of the learned secret detector (lib/redact/learned.ts) on corpora the rules had not read: for each
 * of the last corpora X of test/fixtures/redaction/, the rules as they stood when X moved to the regression set (the
 * commit that added its file there, before its rules round; its lib/ is unpacked from git into bench-results/), and a
 * model trained only on the corpora older than X. X is scored rules alone against rules ∪ model (the model as
 * index.ts runs a learned finder: last, its spans judged public or an example as a key's are), by
 * test/unit/redact/corpus.ts `score`.
 * The threshold for X is chosen without X, walk-forward: the lowest on the grid whose false alarms added to the rules'
 * (mean over the folds before X in this run, each on its own day's rules and its own older-only model) stay at or
 * under --max-added points (1), so the first --warmup folds only choose thresholds. The sweep leaves out the repeats
 * of values the model takes; the table's union column runs `redactSecretsWith` itself.
 * With --current every fold runs on this tree's rules: those rules were written against every fold, so that table is
 * NOT temporal and shows only what the model adds on text already read.
 * With --chat FILE (repeatable), instead of the folds: a model trained on every corpus runs with this tree's rules over
 * a benchmark's chat turns, and the outputs it changes (each a false alarm) are counted by threshold.
 * Old rules need git and the repo's history. Corpora are read from test/fixtures/redaction/ only, never from
 * bench/redaction/ (the fresh corpus waiting for its round).
 * Run: npm run bench:redact-model-fresh [-- --folds 9 --warmup 2 --max-added 1 --current]
 *      npm run bench:redact-model-fresh -- --chat ../shared/bench/locomo10.json \
 *        --chat ../shared/bench/longmemeval_s_dev.json
 * Writes bench-results/redact-model-fresh.json (-current.json, -chat.json).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { learnedFinder, learnedSpans, scoreCandidates, type Model } from '../lib/redact/learned';
import { redactSecretsWith } from '../lib/redact';
import type { RedactResult } from '../lib/redact';
import type { Finder } from '../lib/redact/rules';
import { score, type Corpus } from '../test/unit/redact/corpus';
import { concatExamples, examplesOf, prepareText, readHeldout, render, train, type Prepared, type SpansWith } from './lib/redaction-model';

const GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999];

const CHAT_GRID = GRID.filter((t) => t >= 0.9);

const ROOT = path.join(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'test/fixtures/redaction');
const RESULTS = path.join(ROOT, 'bench-results');

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const FOLDS = flag('--folds', 9);
const WARMUP = flag('--warmup', 2);
const CURRENT = args.includes('--current');
/** Neutral-format benchmarks (../shared/bench/FORMAT.md) of ordinary chat, where every output the model changes is a false alarm. */
const CHAT = args.flatMap((a, i) => (args[i - 1] === '--chat' ? [path.resolve(ROOT, a)] : []));
/** The most false alarms, in points over the rules' own, a threshold may add on the folds before. */
const MAX_ADDED_FALSE_ALARMS = flag('--max-added', 1) / 100;

/** Corpus letters in the order they were written: A … Z, AA … AZ, BA …. */
const letters = fs
  .readdirSync(FIXTURES)
  .map((f) => /^heldout-([a-z]+)\.json$/.exec(f)?.[1])
  .filter((l): l is string => Boolean(l))
  .sort((a, b) => a.length - b.length || a.localeCompare(b));
const folds = CHAT.length > 0 ? [] : letters.slice(-FOLDS);

interface Rules {
  commit: string;
  secretSpansWith: SpansWith;
  redactSecretsWith: (text: string, opts: object, learned: Finder | null) => RedactResult;
}

/** The rules as they stood when corpus `letter` moved to the regression set, unpacked once into bench-results/. */
async function rulesBefore(letter: string): Promise<Rules> {
  if (CURRENT) return { commit: 'current', ...(await import('../lib/redact')) };
  const file = `test/fixtures/redaction/heldout-${letter}.json`;
  const added = execFileSync('git', ['log', '--diff-filter=A', '--format=%h', '--', file], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
  const commit = added[added.length - 1]!;
  const dir = path.join(RESULTS, 'rules-at', commit);
  if (!fs.existsSync(path.join(dir, 'lib/redact/index.ts'))) {
    fs.mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', commit, 'lib', 'package.json'], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  }
  return { commit, ...((await import(pathToFileURL(path.join(dir, 'lib/redact/index.ts')).href)) as Omit<Rules, 'commit'>) };
}

const started = Date.now();
const corpora = new Map<string, Corpus>(letters.map((l) => [l, readHeldout(l)]));
const examples = new Map(letters.map((l) => [l, examplesOf([corpora.get(l)!])]));
process.stderr.write(`features of ${letters.length} corpora: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

// The model as it would ship (trained on every corpus) against the rules of this tree on ordinary chat: each output
// it changes is a false alarm (thresholds from 0.9: below, the folds' own false alarms rule them out). A text where
// the model takes nothing at a threshold is left as it was.
// A run with --chat does only this: with the chat's long turns and nine older sets of rules compiled, one process ran
// out of memory.
const chatChanges: Record<string, number[]> = {};
if (CHAT.length > 0) {
  const model = train(concatExamples(letters.map((l) => examples.get(l)!)));
  for (const file of CHAT) {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { haystacks: { sessions: { turns: { text: string }[] }[] }[] };
    const texts = new Set(data.haystacks.flatMap((h) => h.sessions.flatMap((s) => s.turns.map((t) => t.text))));
    const counts = CHAT_GRID.map(() => 0);
    for (const t of texts) {
      let rulesOnly: string | null = null;
      CHAT_GRID.forEach((th, i) => {
        if (learnedSpans(t, model, th).length === 0) return;
        rulesOnly ??= redactSecretsWith(t, {}, null).text;
        if (redactSecretsWith(t, {}, learnedFinder(model, th)).text !== rulesOnly) counts[i]!++;
      });
    }
    chatChanges[path.basename(file)] = counts;
    console.log(`${path.basename(file)} (${texts.size} turns), outputs changed by a model trained on all ${letters.length} corpora: ${CHAT_GRID.map((t, i) => `${t}: ${counts[i]}`).join(', ')}`);
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
interface Fold {
  corpus: string;
  commit: string;
  trainedOn: number;
  trainSeconds: number;
  rules: [number, number];
  sweep: Map<number, [number, number]>;
  threshold?: number;
  union?: [number, number];
}
const rows: Fold[] = [];
const models = new Map<string, Model>();
const rulesOf = new Map<string, Rules>();

for (const letter of folds) {
  const corpus = corpora.get(letter)!;
  const rules = await rulesBefore(letter);
  rulesOf.set(letter, rules);
  const older = letters.slice(0, letters.indexOf(letter));
  const t0 = Date.now();
  const model = train(concatExamples(older.map((l) => examples.get(l)!)));
  const trainSeconds = (Date.now() - t0) / 1000;
  models.set(letter, model);
  const prepared = new Map<string, Prepared & { p: Map<number, number> }>();
  for (const c of [...corpus.positives, ...corpus.negatives]) {
    if (prepared.has(c.text)) continue;
    const p = new Map(scoreCandidates(c.text, model).map((s) => [s.start, s.p]));
    prepared.set(c.text, { ...prepareText(c.text, rules.secretSpansWith), p });
  }
  const rulesScore = score((t) => render(t, prepared.get(t)!.rules), corpus);
  const sweep = new Map<number, [number, number]>();
  for (const threshold of GRID) {
    const s = score((t) => {
      const { rules: found, open, p } = prepared.get(t)!;
      const taken = open.filter((o) => (p.get(o.start) ?? 0) >= threshold && !found.some((r) => r.start < o.end && o.start < r.end));
      return render(t, [...found, ...taken]);
    }, corpus);
    sweep.set(threshold, [s.recall, s.falseAlarmRate]);
  }
  rows.push({ corpus: letter.toUpperCase(), commit: rules.commit, trainedOn: older.length, trainSeconds, rules: [rulesScore.recall, rulesScore.falseAlarmRate], sweep });
  process.stderr.write(`${letter.toUpperCase()} (rules ${rules.commit}, trained on ${older.length} in ${trainSeconds.toFixed(0)} s) `);
}
process.stderr.write('\n');

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
// Walk-forward: each fold's threshold from the folds before it; the grid is read from the lowest threshold, so the
// first whose added false alarms fit is the one with the most caught.
for (let i = WARMUP; i < rows.length; i++) {
  const row = rows[i]!;
  const earlier = rows.slice(0, i);
  const added = (t: number) => mean(earlier.map((r) => r.sweep.get(t)![1] - r.rules[1]));
  row.threshold = GRID.find((t) => added(t) <= MAX_ADDED_FALSE_ALARMS) ?? GRID[GRID.length - 1]!;
  const letter = row.corpus.toLowerCase();
  const finder = learnedFinder(models.get(letter)!, row.threshold);
  const s = score((t) => rulesOf.get(letter)!.redactSecretsWith(t, {}, finder).text, corpora.get(letter)!);
  row.union = [s.recall, s.falseAlarmRate];
}

if (rows.length > 0) {
  console.log(`${CURRENT ? 'NOT temporal: every fold on the current rules' : 'temporal: each fold on the rules before its round'}, model trained on the older corpora only`);
  console.log('sweep per fold, rules ∪ model (caught / false alarms; the first column is the rules alone):');
  console.log(`corpus  ${'rules'.padStart(13)}  ${GRID.map((t) => String(t).padStart(13)).join('  ')}`);
  for (const row of rows) {
    const cell = ([r, f]: [number, number]) => `${pct(r)}/${pct(f)}`.padStart(13);
    console.log(`${row.corpus.padEnd(6)}  ${cell(row.rules)}  ${GRID.map((t) => cell(row.sweep.get(t)!)).join('  ')}`);
  }
  console.log(`\nrules alone vs rules ∪ model (redactSecretsWith), threshold chosen on the folds before (added false alarms <= ${pct(MAX_ADDED_FALSE_ALARMS)})`);
  console.log('corpus  rules at  trained on  threshold  rules caught  rules FA  union caught  union FA');
  const scored = rows.filter((r) => r.union);
  for (const row of scored) {
    console.log(
      `${row.corpus.padEnd(6)}  ${row.commit.padEnd(8)}  ${String(row.trainedOn).padStart(10)}  ${String(row.threshold).padStart(9)}  ${pct(row.rules[0]).padStart(12)}  ${pct(row.rules[1]).padStart(8)}  ${pct(row.union![0]).padStart(12)}  ${pct(row.union![1]).padStart(8)}`,
    );
  }
  if (scored.length > 0) {
    const m = (k: 'rules' | 'union', i: 0 | 1) => pct(mean(scored.map((r) => r[k]![i])));
    console.log(`${'mean'.padEnd(6)}  ${''.padEnd(8)}  ${''.padStart(10)}  ${''.padStart(9)}  ${m('rules', 0).padStart(12)}  ${m('rules', 1).padStart(8)}  ${m('union', 0).padStart(12)}  ${m('union', 1).padStart(8)}`);
  }
  console.log(`(training ${mean(rows.map((r) => r.trainSeconds)).toFixed(0)} s a fold; ${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
}

fs.mkdirSync(RESULTS, { recursive: true });
fs.writeFileSync(
  path.join(RESULTS, `redact-model-fresh${CHAT.length > 0 ? '-chat' : CURRENT ? '-current' : ''}.json`),
  JSON.stringify(
    {
      temporal: !CURRENT && CHAT.length === 0,
      maxAddedFalseAlarms: MAX_ADDED_FALSE_ALARMS,
      chatChanges: Object.fromEntries(Object.entries(chatChanges).map(([f, counts]) => [f, CHAT_GRID.map((t, i) => ({ threshold: t, changed: counts[i] }))])),
      folds: rows.map((r) => ({
        corpus: r.corpus,
        rulesAt: r.commit,
        trainedOn: r.trainedOn,
        trainSeconds: r.trainSeconds,
        rules: { caught: r.rules[0], falseAlarms: r.rules[1] },
        sweep: GRID.map((t) => ({ threshold: t, caught: r.sweep.get(t)![0], falseAlarms: r.sweep.get(t)![1] })),
        threshold: r.threshold ?? null,
        union: r.union ? { caught: r.union[0], falseAlarms: r.union[1] } : null,
      })),
    },
    null,
    2,
  ) + '\n',
);
