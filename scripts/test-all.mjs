#!/usr/bin/env node
// `npm test`: every test layer, in order — types, unit (Node), the test build, end-to-end in Chromium and Firefox.
// Ends with one plain line "N passed, N failed" summing all layers; exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const want = (layer) => only.length === 0 || only.includes(layer);
mkdirSync('test-results', { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(label);
  return result.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

if (want('types')) run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
if (want('unit')) {
  run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
  countVitest('test-results/unit.json');
}
if (want('e2e')) {
  if (run('test build', 'npm', ['run', 'build:test'])) {
    run('e2e', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/e2e.json']);
    countVitest('test-results/e2e.json');
  }
}

console.log(`\nLayers failed: ${failures.length ? failures.join(', ') : 'none'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length || failed ? 1 : 0);
