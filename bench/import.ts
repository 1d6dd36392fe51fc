/**
 * Chat-export import speed, in Node: the options page's parser (parseExport) on
 *  - a ~52 MB ChatGPT conversations.json (copies of a real export's conversation, as bytes, the way a picked file
 *    arrives), against the floor of decoding and JSON.parse-ing the same bytes;
 *  - 50 MB of junk named conversations.json (refused with a message naming the problem), as text and as file bytes,
 *    against JSON.parse throwing on the same text (after decoding the same bytes).
 * Each figure is the median of --runs runs; the ratio is to the reference measured in the same run. These timings
 * used to be assertions in test/unit/import/import.test.ts and test/unit/reliability/imports.test.ts.
 * Writes bench-results/import.json.
 * Run: npm run bench:import [-- --runs 5 --mb 52]
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseExport } from '../lib/import';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'chatgpt/exports/aucontraire+echomine/golden_master/003_with_code/raw.json');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const RUNS = arg('runs', 5);
const MB = arg('mb', 52);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Median wall times of `fn` and of its reference over RUNS runs each, after one warm-up run of both; the two
 * alternate, so that load on the machine and garbage left by one weigh on both alike.
 */
function timePair(fn: () => void, reference: () => void): [number, number] {
  fn();
  reference();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    for (const [f, into] of i % 2 ? ([[reference, b], [fn, a]] as const) : ([[fn, a], [reference, b]] as const)) {
      const t = performance.now();
      f();
      into.push(performance.now() - t);
    }
  }
  return [median(a), median(b)];
}

function throws(fn: () => unknown): void {
  try {
    fn();
  } catch {
    return;
  }
  throw new Error('expected a refusal');
}

// A large export: copies of one real conversation, each under its own id.
const one = fs.readFileSync(TEMPLATE, 'utf8');
const copies = Math.ceil((MB * 1024 * 1024) / one.length);
const parts: string[] = [];
for (let i = 0; i < copies; i++) parts.push(one.replaceAll('6751eba5-2428-8005-ac4d-63619dbfb902', `conv-${i}`));
const bytes = new TextEncoder().encode(`[${parts.join(',')}]`);
const megabytes = bytes.length / 1024 / 1024;
const check = parseExport(bytes);
if (check.conversations.length !== copies) throw new Error(`parsed ${check.conversations.length} of ${copies} conversations`);

const [parseMs, jsonParseMs] = timePair(
  () => parseExport(bytes),
  () => JSON.parse(new TextDecoder('utf-8').decode(bytes)),
);

// 50 MB of printable junk, as in the refusal test.
const line = 'x9$#qZ!kk~ 0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ {[(<;:>)]}\n';
const junk = line.repeat(Math.ceil((50 * 1024 * 1024) / line.length));
const [refuseMs, jsonRefuseMs] = timePair(
  () => throws(() => parseExport(junk, 'conversations.json')),
  () => throws(() => JSON.parse(junk)),
);
// The same junk as the bytes of a picked file: decoding is included, on both sides.
const junkBytes = new TextEncoder().encode(junk);
const [refuseBytesMs, jsonRefuseBytesMs] = timePair(
  () => throws(() => parseExport(junkBytes, 'conversations.json')),
  () => throws(() => JSON.parse(new TextDecoder('utf-8').decode(junkBytes))),
);

const result = {
  bench: 'import',
  date: new Date().toISOString(),
  node: process.version,
  runs: RUNS,
  export: {
    megabytes: round(megabytes),
    conversations: copies,
    parseExportMs: round(parseMs),
    parseExportMBps: round(megabytes / (parseMs / 1000)),
    referenceJsonParseMs: round(jsonParseMs),
    ratioToJsonParse: round(parseMs / jsonParseMs, 2),
  },
  junk: {
    megabytes: round(junk.length / 1024 / 1024),
    refuseMs: round(refuseMs, 3),
    referenceJsonParseThrowMs: round(jsonRefuseMs, 3),
    ratioToJsonParse: round(refuseMs / jsonRefuseMs, 2),
    asBytes: {
      refuseMs: round(refuseBytesMs, 1),
      referenceDecodeJsonParseThrowMs: round(jsonRefuseBytesMs, 1),
      ratioToJsonParse: round(refuseBytesMs / jsonRefuseBytesMs, 2),
    },
  },
};
console.log(
  `export ${result.export.megabytes} MB, ${copies} conversations: parseExport ${result.export.parseExportMs} ms ` +
    `(${result.export.parseExportMBps} MB/s); decode + JSON.parse ${result.export.referenceJsonParseMs} ms; ratio ${result.export.ratioToJsonParse}×`,
);
console.log(
  `junk ${result.junk.megabytes} MB: refused in ${result.junk.refuseMs} ms; JSON.parse throws in ${result.junk.referenceJsonParseThrowMs} ms; ` +
    `ratio ${result.junk.ratioToJsonParse}×`,
);
console.log(
  `junk ${result.junk.megabytes} MB as file bytes: refused in ${result.junk.asBytes.refuseMs} ms; decode + JSON.parse throws in ` +
    `${result.junk.asBytes.referenceDecodeJsonParseThrowMs} ms; ratio ${result.junk.asBytes.ratioToJsonParse}×`,
);
const out = path.join(REPO_ROOT, 'bench-results', 'import.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)} (median of ${RUNS} runs each)`);
