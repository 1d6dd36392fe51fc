/**
 * Trains the learned secret detector (lib/redact/learned.ts) on held-out corpora A–R, with a fixed seed and order, and
 * writes its packed int8 weights: the same corpora give the same file. The threshold is the one bench/redact-model.ts
 * picked from its leave-one-corpus-out folds (the lowest whose mean false alarms, rules ∪ model, stay <= 1%).
 * The model is not wired into `redactSecrets`: on those folds it caught 0.3 points more (98.3% -> 98.6%) for 0.6
 * points more false alarms (0.2% -> 0.8%), more new false alarms than new catches. On fresh corpora
 * (bench/redact-model-fresh.ts: BB–BH, each on the rules before its round, the model trained on older corpora only,
 * threshold chosen on the folds before) it caught 4.1 points more (73.7% -> 77.8%) for 0.4 points more false alarms
 * (6.1% -> 6.4%), but at 0.99, the threshold all nine folds (AZ–BH) choose, a model trained on every corpus changes 15
 * of LongMemEval dev's 47,373 turns, each a false alarm (price ranges, a phone number, "X.509", "DDR4-2400MHz"); at
 * 0.998 (2 turns) it adds 1.8 points. The weights go to bench-results/ (not shipped) unless a path is given.
 * Run: npx tsx scripts/train-redaction-model.ts [OUT.json]
 */
import fs from 'node:fs';
import path from 'node:path';
import { pack } from '../lib/redact/learned';
import { CORPUS_LETTERS, examplesOf, readHeldout, train } from '../bench/lib/redaction-model';

const THRESHOLD = 0.9;
const out = process.argv[2] ?? path.join(import.meta.dirname, '../bench-results/redaction-model-weights.json');
const examples = examplesOf(CORPUS_LETTERS.map(readHeldout));
const model = train(examples, undefined, THRESHOLD);
const json = JSON.stringify(pack(model));
fs.writeFileSync(out, `${json}\n`);
const positives = examples.labels.reduce((n, y) => n + y, 0);
console.log(`${examples.labels.length} candidates (${positives} overlap a secret); ${out}: ${(json.length / 1024).toFixed(0)} KB`);
