/**
 * Rule extraction, measured against labels kept in the repo (bench/labels/extraction-locomo.json).
 *
 *   npm run bench:extract [-- --data F] [--labels F] [--speakers both|user] [--sample N] [--seed S]
 *                            [--list] [--pending FILE] [--instructions F] [--strict]
 *
 * Runs the rule extractor over LoCoMo's turns exactly as the dream's consolidation calls it (lib/dream/consolidate.ts:
 * every user turn, the product's own block stripped, lib/dream/extract.ts `extractFromTurn`), takes a seeded sample of
 * the items it learns, matches each to its label by source turn and item text, and prints:
 * - precision: the share of labelled sampled items labelled true and useful (target ≥ 80%), overall, by kind and by
 *   speaker; the other labels (trivial, garbled, wrong) beside it;
 * - the share of sampled items not labelled yet: a change to the rules makes new items, which must be labelled (by
 *   reading their source turn: `--pending FILE` writes them, with the turn's text, to a file outside the repo) before
 *   the precision means anything;
 * - every instruction learned, with its source turn. LoCoMo is two people talking to each other: nothing there is
 *   addressed to an assistant, so any instruction learned from it is wrong. `--instructions F` (default the
 *   LongMemEval-S dev split, real user turns to an assistant) lists the instructions learned there too.
 *
 * Who "the user" is: LoCoMo has two speakers and no assistant. The shared file marks one speaker of each conversation
 * `role: "user"` (the one the other benchmarks ingest as the user); that speaker's turns are what the dream learns
 * from. Both speakers talk about their own lives in the first person, so the bench reads each conversation from both
 * sides (`--speakers both`, the default): once with the marked speaker as the user, once with the other. Items say
 * which side they came from, and precision is printed for each side apart.
 *
 * The sample: every item's key (source turn + text) is hashed with the seed; the N smallest hashes are the sample
 * (N = 200 by default; all items when there are fewer). An item's place does not depend on the others, so after a rule
 * change the old labels still apply and only new items need labels.
 *
 * Labels: `true` (true and useful: a durable fact, preference or project of the speaker, said the way the speaker
 * meant it), `trivial` (true but says nothing worth keeping: "User likes playing."), `garbled` (cut or mangled so it
 * misleads or reads as nonsense) and `wrong` (not true of the speaker: someone else's, misread, negated, hypothetical).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFromTurn, type FactCandidate } from '../lib/dream/extract';
import { stripPreamble } from '../lib/preamble/delimiters';
import { readDataset, type BenchDataset } from './lib/format';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = 0.8;
const LABELS = ['true', 'trivial', 'garbled', 'wrong'] as const;
type Label = (typeof LABELS)[number];

interface LabelRow {
  /** `haystack/turn id` of the source turn, as in the dataset. */
  turn: string;
  kind: FactCandidate['kind'];
  /** The learned item's text, exactly as the extractor writes it. */
  text: string;
  label: Label;
  reason: string;
}

interface LabelsFile {
  about: string;
  dataset: string;
  seed: number;
  labels: LabelRow[];
}

interface Item {
  turn: string;
  side: 'user' | 'other';
  kind: FactCandidate['kind'];
  text: string;
  said: string;
  source: string;
  hash: string;
}

interface Args {
  data: string;
  labels: string;
  speakers: 'both' | 'user';
  sample: number;
  seed: number | null;
  list: boolean;
  pending: string | null;
  instructions: string | null;
  strict: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    data: path.resolve(REPO_ROOT, '../shared/bench/locomo10.json'),
    labels: path.join(REPO_ROOT, 'bench/labels/extraction-locomo.json'),
    speakers: 'both',
    sample: 200,
    seed: null,
    list: false,
    pending: null,
    instructions: path.resolve(REPO_ROOT, '../shared/bench/longmemeval_s_dev.json'),
    strict: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => argv[++i] ?? '';
    if (a === '--data') args.data = path.resolve(next());
    else if (a === '--labels') args.labels = path.resolve(next());
    else if (a === '--speakers') {
      const v = next();
      if (v !== 'both' && v !== 'user') throw new Error('--speakers both|user');
      args.speakers = v;
    } else if (a === '--sample') args.sample = Number(next());
    else if (a === '--seed') args.seed = Number(next());
    else if (a === '--list') args.list = true;
    else if (a === '--pending') args.pending = path.resolve(next());
    else if (a === '--instructions') {
      const v = next();
      args.instructions = v === 'none' ? null : path.resolve(v);
    } else if (a === '--strict') args.strict = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const keyOf = (turn: string, text: string) => `${turn}\u0000${text}`;

/** The items the dream's rules learn from one side of each conversation (or from every user turn). */
function extractItems(dataset: BenchDataset, sides: ('user' | 'other')[], seed: number): Item[] {
  const items: Item[] = [];
  const seen = new Set<string>();
  for (const h of dataset.haystacks) {
    for (const session of h.sessions) {
      for (const t of session.turns) {
        const side = t.role === 'user' ? 'user' : 'other';
        if (!sides.includes(side)) continue;
        const turn = `${h.id}/${t.id}`;
        const out = extractFromTurn({ id: turn, text: stripPreamble(t.text), at: 0 });
        for (const f of out.facts) {
          const key = keyOf(turn, f.text);
          if (seen.has(key)) continue;
          seen.add(key);
          items.push({
            turn,
            side,
            kind: f.kind,
            text: f.text,
            said: f.said ?? '',
            source: t.text,
            hash: createHash('sha256').update(`${seed}\u0000${key}`).digest('hex'),
          });
        }
      }
    }
  }
  return items;
}

const pct = (x: number, n: number) => (n === 0 ? '—' : `${((100 * x) / n).toFixed(1)}%`);

function tally(items: Item[], labels: Map<string, LabelRow>): { counts: Record<Label, number>; labelled: number; unlabelled: number } {
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  let labelled = 0;
  for (const it of items) {
    const l = labels.get(keyOf(it.turn, it.text));
    if (!l) continue;
    counts[l.label]++;
    labelled++;
  }
  return { counts, labelled, unlabelled: items.length - labelled };
}

function row(name: string, items: Item[], labels: Map<string, LabelRow>): string {
  const { counts, labelled, unlabelled } = tally(items, labels);
  return (
    `${name.padEnd(22)} ${String(items.length).padStart(5)} ${String(labelled).padStart(8)} ${pct(counts.true, labelled).padStart(10)} ` +
    LABELS.slice(1).map((l) => pct(counts[l], labelled).padStart(8)).join(' ') +
    ` ${pct(unlabelled, items.length).padStart(11)}`
  );
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const file: LabelsFile = existsSync(args.labels)
    ? (JSON.parse(readFileSync(args.labels, 'utf8')) as LabelsFile)
    : { about: '', dataset: '', seed: 12, labels: [] };
  const seed = args.seed ?? file.seed ?? 12;
  const labels = new Map<string, LabelRow>();
  for (const l of file.labels) {
    if (!LABELS.includes(l.label)) throw new Error(`${args.labels}: unknown label "${l.label}" on ${l.turn}`);
    labels.set(keyOf(l.turn, l.text), l);
  }

  const dataset = readDataset(args.data);
  const sides: ('user' | 'other')[] = args.speakers === 'both' ? ['user', 'other'] : ['user'];
  const all = extractItems(dataset, sides, seed);
  const sample = [...all].sort((a, b) => (a.hash < b.hash ? -1 : 1)).slice(0, args.sample);
  sample.sort((a, b) => (a.turn < b.turn ? -1 : a.turn > b.turn ? 1 : a.text < b.text ? -1 : 1));
  const turns = dataset.haystacks.reduce((n, h) => n + h.sessions.reduce((m, s) => m + s.turns.filter((t) => sides.includes(t.role === 'user' ? 'user' : 'other')).length, 0), 0);

  console.log(`rule extraction on ${dataset.name}: ${turns} turns (${args.speakers === 'both' ? 'both speakers, each in turn the user' : 'the speaker marked "user"'})`);
  console.log(`items learned: ${all.length} (${['fact', 'preference', 'instruction'].map((k) => `${all.filter((i) => i.kind === k).length} ${k}`).join(', ')}); sample: ${sample.length} (seed ${seed})`);
  console.log('');
  console.log(`${'group'.padEnd(22)} ${'items'.padStart(5)} ${'labelled'.padStart(8)} ${'true+useful'.padStart(10)} ${'trivial'.padStart(8)} ${'garbled'.padStart(8)} ${'wrong'.padStart(8)} ${'not labelled'.padStart(11)}`);
  console.log(row('sample', sample, labels));
  for (const side of sides) console.log(row(`  ${side === 'user' ? 'marked user' : 'other speaker'}`, sample.filter((i) => i.side === side), labels));
  for (const kind of ['fact', 'preference', 'instruction'] as const) {
    const of = sample.filter((i) => i.kind === kind);
    if (of.length) console.log(row(`  ${kind}`, of, labels));
  }

  const { counts, labelled, unlabelled } = tally(sample, labels);
  const precision = labelled ? counts.true / labelled : 0;
  const stale = file.labels.filter((l) => !all.some((i) => i.turn === l.turn && i.text === l.text)).length;
  console.log('');
  console.log(`precision (true and useful, of labelled sampled items): ${pct(counts.true, labelled)} — target ≥ ${TARGET * 100}%${labelled && precision >= TARGET ? ' (met)' : ' (not met)'}`);
  if (unlabelled > 0) {
    console.log(
      `NOT LABELLED: ${unlabelled} of ${sample.length} sampled items (${pct(unlabelled, sample.length)}): new items since the labels were written. ` +
        'Label them (read the source turn; --pending FILE writes them out) before trusting the precision.',
    );
  } else console.log('every sampled item is labelled');
  if (stale) console.log(`${stale} label(s) for items the rules no longer learn (kept: they apply again if the item comes back)`);

  if (args.list || unlabelled > 0) {
    console.log('');
    console.log(args.list ? 'sampled items:' : 'sampled items not labelled yet:');
    for (const it of sample) {
      const l = labels.get(keyOf(it.turn, it.text));
      if (!args.list && l) continue;
      console.log(`  [${l ? l.label : '??'}] ${it.turn} (${it.side}) ${it.kind}: ${it.text}${l ? `  — ${l.reason}` : ''}`);
      console.log(`        source: ${it.source.replace(/\s+/g, ' ').slice(0, 400)}`);
    }
  }
  if (args.pending) {
    const pending = sample
      .filter((it) => !labels.has(keyOf(it.turn, it.text)))
      .map((it) => ({ turn: it.turn, side: it.side, kind: it.kind, text: it.text, said: it.said, source: it.source }));
    writeFileSync(args.pending, JSON.stringify(pending, null, 1));
    console.log(`wrote ${pending.length} unlabelled items (with their source turns) to ${args.pending}`);
  }

  // Instructions: where they came from. None belongs in LoCoMo (nobody there speaks to an assistant).
  const instructions = all.filter((i) => i.kind === 'instruction');
  console.log('');
  console.log(`instructions learned from ${dataset.name}: ${instructions.length}${instructions.length ? '' : ' (none: nobody there addresses an assistant)'}`);
  for (const it of instructions) console.log(`  ${it.turn}: ${it.text}\n        source: ${it.source.replace(/\s+/g, ' ').slice(0, 300)}`);
  if (args.instructions && existsSync(args.instructions)) {
    const other = readDataset(args.instructions);
    const seenText = new Set<string>();
    const learned: { turn: string; text: string; source: string }[] = [];
    let userTurns = 0;
    for (const h of other.haystacks)
      for (const s of h.sessions)
        for (const t of s.turns) {
          // The same filler chat recurs in many haystacks: each distinct user turn once.
          if (t.role !== 'user' || seenText.has(t.text)) continue;
          seenText.add(t.text);
          userTurns++;
          for (const f of extractFromTurn({ id: t.id, text: stripPreamble(t.text), at: 0 }).facts)
            if (f.kind === 'instruction') learned.push({ turn: `${h.id}/${t.id}`, text: f.text, source: f.said ?? t.text });
        }
    console.log('');
    console.log(`instructions learned from ${other.name} (${userTurns} distinct user turns to an assistant): ${learned.length}`);
    for (const l of learned) console.log(`  ${l.turn}: ${l.text}\n        said: ${l.source.replace(/\s+/g, ' ').slice(0, 300)}`);
  }

  if (args.strict && (unlabelled > 0 || precision < TARGET || instructions.length > 0)) return 1;
  return 0;
}

process.exitCode = main();
