/**
 * Memory scenarios (../shared/scenarios/FORMAT.md): replays each scenario through the extension's own capture intake,
 * engine, alarm-gated dream, popup operations and warm-start block, with the scenario's clock; prints every probe's
 * text and failed expectations, and ends with `N passed, N failed` (exit code 1 when any failed).
 *
 *   npm run bench:scenarios [-- PATH ...] [--embedder auto|none]
 *
 * PATH: a scenario file or a folder of them (default ../shared/scenarios; the project's own are in bench/scenarios/).
 * Vectors: the real all-MiniLM-L6-v2 int8 weights when .cache/models/minilm-int8 is there (`npm run models:real`),
 * else lexical-only recall (said so); `--embedder none` forces lexical-only.
 */
import 'fake-indexeddb/auto';
import './lib/node-globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Embedder } from '../lib/engine/types';
import { createBenchEmbedder } from './lib/embedder';
import { formatProbe, loadScenarios, runScenario, summaryLine, type ScenarioResult } from './lib/scenario';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const targets: string[] = [];
  let embedderChoice: 'auto' | 'none' = 'auto';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--embedder') {
      const v = args[++i];
      if (v !== 'auto' && v !== 'none') throw new Error('--embedder takes auto or none');
      embedderChoice = v;
    } else if (a === '--help' || a === '-h') {
      console.log('npm run bench:scenarios [-- PATH ...] [--embedder auto|none]');
      return 0;
    } else targets.push(a);
  }
  if (targets.length === 0) targets.push(path.resolve(REPO_ROOT, '../shared/scenarios'));

  const scenarios = targets.flatMap((t) => loadScenarios(path.resolve(t)));
  let embedder: Embedder | null = null;
  const modelDir = path.join(REPO_ROOT, '.cache', 'models', 'minilm-int8');
  if (embedderChoice === 'none') console.log('note: lexical-only recall (--embedder none)');
  else if (!existsSync(path.join(modelDir, 'onnx'))) {
    console.log(`note: no real MiniLM weights in ${path.relative(REPO_ROOT, modelDir)} (npm run models:real fetches them): lexical-only recall`);
  } else {
    embedder = await createBenchEmbedder(REPO_ROOT, { kind: 'minilm' });
    console.log(`vectors: real all-MiniLM-L6-v2 int8 weights (${path.relative(REPO_ROOT, modelDir)})`);
  }

  const results: ScenarioResult[] = [];
  for (const { file, scenario } of scenarios) {
    console.log(`\n=== ${scenario.name} (${path.relative(process.cwd(), file)})${scenario.about ? `\n    ${scenario.about}` : ''}`);
    const started = performance.now();
    const result = await runScenario(scenario, { embedder, dump: !!process.env.SCENARIO_DUMP, onLine: process.env.SCENARIO_VERBOSE || process.env.SCENARIO_DUMP ? (l) => console.log(l) : undefined });
    result.file = file;
    results.push(result);
    for (const p of result.probes) console.log(formatProbe(p).join('\n'));
    if (result.error) console.log(`FAIL ${scenario.name}: the run stopped with an error\n${result.error}`);
    console.log(`    (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  await embedder?.dispose?.();

  const failing = results.flatMap((r) => [...r.probes.filter((p) => p.failures.length).map((p) => `${r.name} · step ${p.step}`), ...(r.error ? [`${r.name} · error`] : [])]);
  if (failing.length) console.log(`\nfailed: ${failing.join('; ')}`);
  const summary = summaryLine(results);
  console.log(`\n${summary.line}`);
  return summary.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
