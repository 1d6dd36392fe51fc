/**
 * A simulated year of daily use with nightly dreams: does any durable fact get lost?
 *
 *   npm run bench:year [-- --seed N] [--days N] [--embedder none|auto] [--verbose] [--delete KEY]
 *
 * A seeded generator writes a year of chats (bench/lib/scenario.ts runs them: the real capture intake, engine, the
 * extension's alarm-gated nightly dream at 03:00 and the warm-start block, on the scenario's clock):
 * - 365 days from 2026-01-05; on an active day one to three chats at random hours, on everyday topics (cooking,
 *   travel, code, the garden, money, books, fitness, the car, gifts…), one to three exchanges each, with the stock
 *   replies assistants give ("Glad it helped!") and some passing likes that are not durable;
 * - six durable facts said on the first day and re-stated roughly monthly in other words inside everyday chats: name,
 *   city, job, a peanut allergy, a standing instruction (metric units) and a vegetarian diet;
 * - idle stretches: two holidays of one to two weeks and a four-month break (May to early September) with no chats at
 *   all, while the nightly alarm keeps firing as it does in the extension.
 * At the end of every month (and at the end) it opens a new chat with nothing typed and prints, for each durable fact,
 * whether an active memory in the popup's list says it and whether the block's "About me" says it, then the memory
 * counts by kind and status. Exit code 1 if any durable fact, once learned, was missing at any checkpoint after.
 *
 * `--delete KEY` (name, city, job, allergy, metric units, vegetarian) has the user delete that fact's memories in the
 * popup on day 100, without saying it again afterwards, to check that the check catches a fact gone missing (exit 1).
 *
 * Words-only recall by default (`--embedder none`): the probes read the block with nothing typed, which does not
 * depend on vectors, and 365 nightly dreams with real MiniLM on two cores would take far longer.
 */
import { seededRng } from '../lib/util/seeded-rng';
import 'fake-indexeddb/auto';
import './lib/node-globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MemoryRow, ReverieDb } from '../lib/db/schema';
import type { Embedder } from '../lib/engine/types';
import { PREAMBLE_HEADINGS } from '../lib/preamble/delimiters';
import type { SiteId } from '../lib/sites';
import { createBenchEmbedder } from './lib/embedder';
import { runScenario, type ProbeResult, type Scenario, type ScenarioStep, type ScenarioTurn } from './lib/scenario';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5);

interface Args {
  seed: number;
  days: number;
  embedder: 'none' | 'auto';
  verbose: boolean;
  /** A durable fact the user deletes on day 100 (checks the check). */
  delete: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seed: 2026, days: 365, embedder: 'none', verbose: false, delete: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--days') args.days = Number(argv[++i]);
    else if (a === '--embedder') {
      const v = argv[++i];
      if (v !== 'none' && v !== 'auto') throw new Error('--embedder none|auto');
      args.embedder = v;
    } else if (a === '--verbose') args.verbose = true;
    else if (a === '--delete') args.delete = argv[++i] ?? '';
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

// ---------------------------------------------------------------------------------------------------------------
// Durable facts: how the user says them (first day and re-statements) and how to recognise them in a memory or a line.

interface Durable {
  key: string;
  /** Recognises the fact in a memory's text or a block line. */
  pattern: RegExp;
  /** Ways the user says it, as a sentence inside a message. */
  said: string[];
}

const DURABLE: Durable[] = [
  { key: 'name', pattern: /\bMaya\b/, said: ['My name is Maya, by the way.', 'Just so you know, my name is Maya.', 'My name is Maya.'] },
  { key: 'city', pattern: /\bLisbon\b/, said: ['I live in Lisbon.', "I'm based in Lisbon.", 'I currently live in Lisbon, so keep that in mind.'] },
  { key: 'job', pattern: /physiotherap/i, said: ['I work as a physiotherapist.', 'For context, I work as a physiotherapist.', 'I work as a physiotherapist, mostly with runners.'] },
  { key: 'allergy', pattern: /peanut/i, said: ["I'm allergic to peanuts.", 'I have a severe peanut allergy.', "Remember I'm severely allergic to peanuts."] },
  {
    key: 'metric units',
    pattern: /metric/i,
    said: ['Always give me distances and temperatures in metric units.', 'Please always use metric units in your answers.', 'Always give me metric units, never miles.'],
  },
  { key: 'vegetarian', pattern: /vegetarian/i, said: ["I'm vegetarian.", "I'm a vegetarian, so no meat please.", "I'm vegetarian, as you know."] },
];

// ---------------------------------------------------------------------------------------------------------------
// Everyday chats.

type Pick = <T>(xs: readonly T[]) => T;

interface Topic {
  title: (p: Pick) => string;
  asks: ((p: Pick) => string)[];
  answer: (p: Pick) => string;
}

const CITIES = ['Porto', 'Seville', 'Kyoto', 'Oslo', 'Vienna', 'Marrakesh', 'Copenhagen', 'Edinburgh', 'Budapest', 'Ljubljana'];
const DISHES = ['lentil curry', 'mushroom risotto', 'shakshuka', 'vegetable lasagna', 'chickpea stew', 'pad thai with tofu', 'spinach pie', 'bean chili'];
const LANGS = ['Python', 'TypeScript', 'SQL', 'Bash', 'Rust'];
const BUGS = ['a KeyError in my script', 'an off-by-one in a loop', 'a race condition in my tests', 'a slow query', 'a type error after an upgrade'];
const PLANTS = ['tomatoes', 'basil', 'a fig tree', 'lavender', 'peppers', 'strawberries'];
const BOOKS = ['a mystery novel', 'a history of the Silk Road', 'a book on habits', 'a sci-fi classic', 'short stories from Japan'];
const GIFTS = ['my brother', 'a colleague who is leaving', 'my niece', 'my neighbour', 'an old friend'];
const THINGS = ['the dishwasher', 'a leaking tap', 'a squeaky door', 'the bike brakes', 'a wobbly shelf'];

const TOPICS: Topic[] = [
  {
    title: (p) => `Dinner: ${p(DISHES)}`,
    asks: [(p) => `Can you give me a recipe for ${p(DISHES)} for four people?`, (p) => `What can I use instead of ${p(['cream', 'eggs', 'butter', 'cheese'])} in it?`, () => 'How long does it keep in the fridge?'],
    answer: (p) => `Here is a simple way to make it: ${p(['sauté the onions first', 'toast the spices', 'start with a good stock'])}, then simmer for ${p(['20', '30', '40'])} minutes.`,
  },
  {
    title: (p) => `Trip to ${p(CITIES)}`,
    asks: [(p) => `I'm planning a weekend in ${p(CITIES)}. What should I see?`, () => 'Which neighbourhood is best to stay in?', (p) => `How do I get from the airport to the centre in ${p(CITIES)}?`],
    answer: (p) => `A good plan: ${p(['the old town in the morning', 'a food market at lunch', 'the museum quarter'])} and ${p(['a viewpoint at sunset', 'a walk by the river', 'a day trip by train'])}.`,
  },
  {
    title: (p) => `${p(LANGS)} bug`,
    asks: [(p) => `I'm stuck on ${p(BUGS)} in ${p(LANGS)}. Any idea?`, () => 'That fixed it, but why did it happen?', () => 'Can you show me a test for it?'],
    answer: (p) => `The usual cause is ${p(['a mutable default', 'an index that starts at one', 'a missing await', 'a stale cache'])}; check ${p(['the loop bounds', 'the fixture', 'the query plan'])}.`,
  },
  {
    title: (p) => `Growing ${p(PLANTS)}`,
    asks: [(p) => `How often should I water ${p(PLANTS)} on a balcony?`, () => 'The leaves are turning yellow. What am I doing wrong?', () => 'When should I repot it?'],
    answer: (p) => `Water when the top ${p(['two', 'three'])} centimetres of soil are dry, and give it ${p(['morning sun', 'some shade at noon', 'a bigger pot'])}.`,
  },
  {
    title: () => 'Monthly budget',
    asks: [() => 'Can you help me set up a simple monthly budget?', (p) => `How much should I save each month if I earn ${p(['2400', '2800', '3100'])} euros?`, () => 'What is a good emergency fund size?'],
    answer: (p) => `A common rule is ${p(['50/30/20', 'paying yourself first', 'three to six months of expenses'])}; start by listing fixed costs.`,
  },
  {
    title: (p) => `Reading: ${p(BOOKS)}`,
    asks: [(p) => `Can you recommend ${p(BOOKS)}?`, () => 'Something shorter, please.', () => 'What should I read after that?'],
    answer: (p) => `You might like ${p(['a classic from the 1950s', 'a recent prize winner', 'an award-winning debut'])}; it is ${p(['short', 'gripping', 'gentle'])}.`,
  },
  {
    title: () => 'Running plan',
    asks: [(p) => `Can you make me a ${p(['5', '10', '21'])} km training plan?`, () => 'My knee hurts after long runs. Should I rest?', () => 'What should I eat before a race?'],
    answer: (p) => `Build up by about ten percent a week, with ${p(['one long run', 'two easy runs', 'a rest day'])} and ${p(['strides', 'hills', 'an interval session'])}.`,
  },
  {
    title: (p) => `Fixing ${p(THINGS)}`,
    asks: [(p) => `How do I fix ${p(THINGS)}?`, () => 'What tools do I need?', () => 'Should I call someone instead?'],
    answer: (p) => `First ${p(['turn off the water', 'unplug it', 'check the screws'])}, then ${p(['replace the washer', 'tighten the hinge', 'adjust the cable'])}.`,
  },
  {
    title: (p) => `Gift for ${p(GIFTS)}`,
    asks: [(p) => `What's a good birthday gift for ${p(GIFTS)}?`, () => 'Something under 40 euros?', () => 'How should I wrap it?'],
    answer: (p) => `Ideas: ${p(['a good notebook', 'a cooking class', 'a plant', 'concert tickets'])} or ${p(['a board game', 'a book they mentioned', 'a photo album'])}.`,
  },
  {
    title: () => 'Spanish practice',
    asks: [() => 'Can you correct my Spanish? Ayer fui al mercado y compré frutas.', () => 'When do I use the imperfect instead?', () => 'Give me five phrases for a café.'],
    answer: (p) => `Nicely done; ${p(['the past tense is right', 'one accent is missing', 'the word order is fine'])}. Use the imperfect for ${p(['habits', 'background'])}.`,
  },
];

/** Passing remarks that are the user's own but not durable (they may fade). */
const ASIDES = [
  'I love hiking on weekends.',
  'I usually cook on Sundays.',
  'I love jazz.',
  "I'm learning to play the guitar.",
  'I really enjoy long walks by the sea.',
  'I prefer short answers.',
];
const STOCK_REPLIES = ['Glad it helped!', 'Happy to help. Anything else on your mind?', 'You are welcome!'];
const SITES: SiteId[] = ['claude', 'chatgpt', 'gemini'];

/** Idle days: two holidays and a four-month break. */
function idle(day: number): boolean {
  return (day >= 40 && day < 50) || (day >= 120 && day < 240) || (day >= 300 && day < 313);
}

interface Year {
  scenario: Scenario;
  /** Each durable fact's statement days. */
  statedOn: Record<string, number[]>;
  checkpoints: number[];
}

const DELETE_DAY = 100;

function generate(seed: number, days: number, deleted: Durable | null): Year {
  const rand = seededRng(seed);
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)]!;
  const steps: ScenarioStep[] = [];
  const statedOn: Record<string, number[]> = Object.fromEntries(DURABLE.map((d) => [d.key, []]));
  const iso = (t: number) => new Date(t).toISOString().slice(0, 19);

  // Day 0: the user introduces themselves.
  steps.push({
    at: iso(START + 19 * 3600_000),
    chat: {
      site: 'claude',
      id: 'intro',
      title: 'About me',
      turns: [
        { role: 'user', text: `Some things about me. ${DURABLE.map((d) => d.said[0]).join(' ')}` },
        { role: 'assistant', text: 'Thanks, Maya. I will keep all of that in mind.' },
      ],
    },
  });
  for (const d of DURABLE) statedOn[d.key]!.push(0);

  // Each fact is said again after 25 to 40 active-calendar days (not while idle).
  const nextSay: Record<string, number> = Object.fromEntries(DURABLE.map((d) => [d.key, 25 + Math.floor(rand() * 16)]));
  let chatSeq = 0;
  for (let day = 1; day < days; day++) {
    if (deleted && day === DELETE_DAY)
      steps.push({ at: iso(START + day * DAY + 7 * 3600_000), delete: { matching: deleted.pattern.source } });
    if (idle(day)) continue;
    const chats = 1 + Math.floor(rand() * 3);
    const hours = Array.from({ length: chats }, () => 8 + Math.floor(rand() * 14)).sort((a, b) => a - b);
    const due = DURABLE.filter((d) => day >= nextSay[d.key]!);
    for (let c = 0; c < chats; c++) {
      const topic = pick(TOPICS);
      const exchanges = 1 + Math.floor(rand() * 3);
      const turns: ScenarioTurn[] = [];
      for (let e = 0; e < exchanges; e++) {
        let user = (topic.asks[Math.min(e, topic.asks.length - 1)] ?? topic.asks[0]!)(pick);
        if (e === 0 && c < due.length && !(due[c] === deleted && day >= DELETE_DAY)) {
          // A re-statement, in passing, inside an everyday question.
          const d = due[c]!;
          user = `${d.said[1 + Math.floor(rand() * (d.said.length - 1))]} ${user}`;
          statedOn[d.key]!.push(day);
          nextSay[d.key] = day + 25 + Math.floor(rand() * 16);
        } else if (rand() < 0.08) user = `${pick(ASIDES)} ${user}`;
        turns.push({ role: 'user', text: user });
        turns.push({ role: 'assistant', text: e === exchanges - 1 && rand() < 0.5 ? pick(STOCK_REPLIES) : topic.answer(pick) });
      }
      const at = START + day * DAY + hours[c]! * 3600_000 + c * 600_000;
      steps.push({ at: iso(at), chat: { site: pick(SITES), id: `chat-${++chatSeq}`, title: topic.title(pick), turns } });
    }
  }
  // A fact re-stated on a day with fewer chats than due facts waits for the next active day (its nextSay is unchanged).

  // Checkpoints: the last day of every 30 days and the last day, a new chat with nothing typed at 09:00.
  const checkpoints: number[] = [];
  for (let day = 30; day < days; day += 30) checkpoints.push(day);
  if (checkpoints.at(-1) !== days - 1) checkpoints.push(days - 1);
  for (const day of checkpoints) steps.push({ at: iso(START + day * DAY + 9 * 3600_000), newChat: { site: pick(SITES) } });
  steps.sort((a, b) => Date.parse(`${a.at}Z`) - Date.parse(`${b.at}Z`));
  return { scenario: { name: `year-${seed}`, nightlyDreams: true, steps }, statedOn, checkpoints };
}

// ---------------------------------------------------------------------------------------------------------------

const FACT_KINDS = new Set<MemoryRow['kind']>(['fact', 'preference', 'instruction']);

/** The "About me" lines of a composer's text. */
function aboutMe(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(PREAMBLE_HEADINGS.L4);
  if (start < 0) return [];
  const headings = new Set<string>(Object.values(PREAMBLE_HEADINGS));
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (headings.has(l) || !l.startsWith('- ')) break;
    out.push(l.slice(2));
  }
  return out;
}

interface Checkpoint {
  day: number;
  date: string;
  inList: Record<string, boolean>;
  inBlock: Record<string, boolean>;
  counts: Record<string, number>;
  listed: number;
  aboutMe: string[];
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const deleted = args.delete === null ? null : (DURABLE.find((d) => d.key === args.delete) ?? null);
  if (args.delete !== null && !deleted) throw new Error(`--delete takes one of: ${DURABLE.map((d) => d.key).join(', ')}`);
  const year = generate(args.seed, args.days, deleted);
  if (deleted) console.log(`check of the check: the user deletes "${deleted.key}" on day ${DELETE_DAY} and never says it again`);
  const chats = year.scenario.steps.filter((s) => 'chat' in s);
  const turns = chats.reduce((n, s) => n + ('chat' in s ? s.chat.turns.length : 0), 0);
  const idleDays = Array.from({ length: args.days }, (_, d) => d).filter(idle).length;
  console.log(
    `a year of use (seed ${args.seed}): ${args.days} days from ${new Date(START).toISOString().slice(0, 10)}, ${chats.length} chats, ${turns} turns; ` +
      `${idleDays} idle days (holidays on days 40–49 and 300–312, a four-month break on days 120–239); nightly alarm dreams at 03:00`,
  );
  for (const d of DURABLE) console.log(`  ${d.key.padEnd(13)} said on days ${year.statedOn[d.key]!.join(', ')}`);

  let embedder: Embedder | null = null;
  if (args.embedder === 'auto' && existsSync(path.join(REPO_ROOT, '.cache', 'models', 'minilm-int8', 'onnx'))) {
    embedder = await createBenchEmbedder(REPO_ROOT, { kind: 'minilm' });
    console.log('vectors: real all-MiniLM-L6-v2 int8 weights');
  } else console.log('recall: words only (vectors do not change what a block with nothing typed holds, and keep 365 dreams slow)');

  const checkpoints: Checkpoint[] = [];
  const afterProbe = async (p: ProbeResult, ctx: { db: ReverieDb; listMemories: () => Promise<MemoryRow[]> }) => {
    const at = Date.parse(`${p.at}Z`);
    const day = Math.round((at - START - 9 * 3600_000) / DAY);
    const listed = await ctx.listMemories();
    const all = await ctx.db.memories.toArray();
    const about = aboutMe(p.text);
    const counts: Record<string, number> = {};
    for (const m of all) counts[`${m.kind}/${m.status}`] = (counts[`${m.kind}/${m.status}`] ?? 0) + 1;
    const cp: Checkpoint = {
      day,
      date: p.at.slice(0, 10),
      inList: Object.fromEntries(DURABLE.map((d) => [d.key, listed.some((m) => m.status === 'active' && FACT_KINDS.has(m.kind) && d.pattern.test(m.text))])),
      inBlock: Object.fromEntries(DURABLE.map((d) => [d.key, about.some((l) => d.pattern.test(l))])),
      counts,
      listed: listed.length,
      aboutMe: about,
    };
    checkpoints.push(cp);
    const mark = (ok: boolean) => (ok ? 'yes' : 'NO ');
    console.log(`\nday ${String(day).padStart(3)} (${cp.date}): ${((performance.now() - started) / 1000).toFixed(0)} s`);
    console.log(`  ${'fact'.padEnd(13)} list  "About me"`);
    for (const d of DURABLE) console.log(`  ${d.key.padEnd(13)} ${mark(cp.inList[d.key]!)}   ${mark(cp.inBlock[d.key]!)}`);
    console.log(`  memories: ${summarise(counts)}; the popup lists ${listed.length}`);
    if (args.verbose) for (const l of about) console.log(`    about me: ${l}`);
  };

  const result = await runScenario(year.scenario, { embedder, afterProbe, ...(args.verbose ? { onLine: (l: string) => console.log(l) } : {}) });
  await embedder?.dispose?.();
  if (result.error) {
    console.log(`\nthe run stopped with an error:\n${result.error}`);
    return 2;
  }

  const dreams = result.log.filter((l) => l.startsWith('nightly dream'));
  const ran = dreams.filter((l) => /: done/.test(l)).length;
  const skipped = dreams.filter((l) => /skipped|not run/.test(l)).length;
  console.log(`\nnightly dreams: ${ran} ran, ${skipped} held back (nothing new, too soon, or the user active), ${dreams.length - ran - skipped} other`);
  const last = checkpoints.at(-1);
  if (last) {
    console.log(`"About me" on day ${last.day}:`);
    for (const l of last.aboutMe) console.log(`  - ${l}`);
  }

  // A durable fact is lost if, at a checkpoint after it was first said and dreamt on, it is missing from the list or
  // the block.
  const lost: string[] = [];
  for (const cp of checkpoints)
    for (const d of DURABLE) {
      if (!cp.inList[d.key]) lost.push(`${d.key} missing from the memory list on day ${cp.day}`);
      if (!cp.inBlock[d.key]) lost.push(`${d.key} missing from "About me" on day ${cp.day}`);
    }
  console.log(`\n${lost.length === 0 ? `no durable fact lost: all ${DURABLE.length} in the memory list and in "About me" at all ${checkpoints.length} checkpoints` : `LOST:\n  ${lost.join('\n  ')}`}`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return lost.length === 0 ? 0 : 1;
}

function summarise(counts: Record<string, number>): string {
  const byKind = new Map<string, string[]>();
  for (const [k, n] of Object.entries(counts).sort()) {
    const [kind, status] = k.split('/');
    byKind.set(kind!, [...(byKind.get(kind!) ?? []), `${n} ${status}`]);
  }
  return [...byKind].map(([kind, parts]) => `${kind} ${parts.join('/')}`).join(', ');
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
