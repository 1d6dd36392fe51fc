import './node-globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { acceptCapture } from '../../lib/background/capture-intake';
import { BLOCK_SEPARATOR } from '../../lib/composer/session';
import { ReverieDb, type DreamRunRow, type MemoryRow } from '../../lib/db/schema';
import type { Embedder } from '../../lib/engine/types';
import { engineApi } from '../../lib/host/facade';
import { ReverieService } from '../../lib/host/service';
import { parseSettingsPatch, saveSettings, type SettingsPatch } from '../../lib/settings';
import { admit, type Caller } from '../../lib/messaging/admit';
import type { EngineCalls, EngineMethod, Method, SearchHit } from '../../lib/messaging/protocol';
import { SITES, SITE_IDS, type SiteId } from '../../lib/sites';

/**
 * The scenario runner (../shared/scenarios/FORMAT.md): a short life with the product, replayed in Node through the
 * extension's own code paths, with a clock the scenario sets.
 *
 * Every call crosses the boundary the extension's do: admitted by lib/messaging/admit.ts as coming from a chat tab's
 * content script or from the popup, then answered by the engine host's contract (lib/host/facade.ts) over one
 * ReverieService whose clock (`now`) is the scenario's.
 *
 * - chat: each turn goes through the background's capture intake (`acceptCapture`: validation, size cap, the
 *   product's block stripped, secrets redacted, the durable queue) at its own time, the way live capture sends a turn
 *   once it is complete, and the engine host drains the queue (`drainCaptureQueue`), as the background asks it to.
 * - nightly dreams: at 03:00 (UTC) of every night between two steps, the dream alarm fires and is handled as
 *   lib/background/main.ts does: nothing while the user is active (an action in the last 10 minutes), otherwise
 *   `dreamOnAlarm` → `ReverieService.dream('alarm')`, which applies the settings and the dream's own gates. The
 *   background's one-minute drain alarm follows, which embeds what the dream wrote.
 * - dream: the same alarm call at the step's time; if the dream's own gates hold it back, it runs as "Dream now".
 * - delete / pin / edit: the popup's calls (`listMemories`, then `deleteMemory` or `updateMemory`) on every memory
 *   whose text matches.
 * - newChat: what the composer holds: the block for an empty new chat (`requestPreamble`), refreshed for the typed
 *   message as WarmStart does, then the message after the block's separator.
 * - search: the popup's `searchMemories`; the probed text is the top k memories' texts, one per line.
 */

export interface ScenarioTurn {
  role: 'user' | 'assistant';
  text: string;
}

interface Expectation {
  includes?: string[];
  excludes?: string[];
}

export type ScenarioStep = { at: string; expect?: Expectation } & (
  | { chat: { site: SiteId; id: string; title?: string; turns: ScenarioTurn[] } }
  | { dream: Record<string, unknown> }
  | { delete: { matching: string } }
  | { pin: { matching: string } }
  | { edit: { matching: string; text: string } }
  | { newChat: { site: SiteId; typed?: string } }
  | { search: { query: string; k?: number } }
);

export interface Scenario {
  name: string;
  about?: string;
  nightlyDreams?: boolean;
  /**
   * Not in FORMAT.md: settings this scenario's user chose, over the defaults and the runner's model consent, in the
   * shape of a settings patch (lib/settings.ts), e.g. `{ "blockScope": "site" }`.
   */
  settings?: SettingsPatch;
  steps: ScenarioStep[];
}

export interface ProbeResult {
  scenario: string;
  step: number;
  at: string;
  label: string;
  text: string;
  failures: string[];
}

export interface ScenarioResult {
  name: string;
  file?: string;
  probes: ProbeResult[];
  /** Probe steps in the scenario (a crashed run reached fewer). */
  probeSteps: number;
  /** What happened besides probes (dreams run or skipped, popup edits), for the log. */
  log: string[];
  error?: string;
}

export interface RunOptions {
  /** The embedder the service's model loader hands out; null: lexical-only recall. */
  embedder?: Embedder | null;
  /** Print as it goes. */
  onLine?: (line: string) => void;
  /** Before each newChat probe, log every memory that is not a passage, and passages that are not active. */
  dump?: boolean;
  /**
   * After each probe: the probe, the store itself, and the popup's memory list (what the user can see and search), for
   * benchmarks that look at more than the probed text (bench/year.ts counts memories by kind and status).
   */
  afterProbe?: (probe: ProbeResult, ctx: { db: ReverieDb; listMemories: () => Promise<MemoryRow[]> }) => Promise<void>;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** lib/background/main.ts: the dream alarm does nothing unless the machine has been idle this long. */
const IDLE_MS = 10 * MINUTE;
/** lib/background/main.ts: the drain alarm's period. */
const DRAIN_PERIOD_MS = MINUTE;
const TURN_SPACING_MS = 30_000;
const NIGHTLY_HOUR_UTC = 3;
const POPUP_PAGE = 50;

/** Loads scenarios from a file or a folder (its *.json files, in name order). */
export function loadScenarios(target: string): { file: string; scenario: Scenario }[] {
  if (!existsSync(target)) throw new Error(`${target}: no such file or folder`);
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => path.join(target, f))
    : [target];
  return files.map((file) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    }
    return { file, scenario: validateScenario(parsed, file) };
  });
}

export function validateScenario(raw: unknown, where = 'scenario'): Scenario {
  const fail = (msg: string): never => {
    throw new Error(`${where}: ${msg}`);
  };
  if (!raw || typeof raw !== 'object') fail('not an object');
  const s = raw as Scenario;
  if (typeof s.name !== 'string' || !s.name) fail('missing "name"');
  if (!Array.isArray(s.steps)) fail('missing "steps"');
  if (s.settings !== undefined) {
    try {
      parseSettingsPatch(s.settings);
    } catch (error) {
      fail(`"settings": ${(error as Error).message}`);
    }
  }
  s.steps.forEach((step, i) => {
    const at = parseAt(step?.at);
    if (at === null) fail(`step ${i + 1}: "at" is not an ISO time`);
    const kinds = ['chat', 'dream', 'delete', 'pin', 'edit', 'newChat', 'search'].filter((k) => k in step);
    if (kinds.length !== 1) fail(`step ${i + 1}: needs exactly one of chat, dream, delete, pin, edit, newChat, search`);
    if ('chat' in step) {
      if (!SITE_IDS.includes(step.chat.site)) fail(`step ${i + 1}: unknown site "${step.chat.site}"`);
      if (!step.chat.id || !Array.isArray(step.chat.turns)) fail(`step ${i + 1}: a chat needs "id" and "turns"`);
      for (const t of step.chat.turns)
        if ((t.role !== 'user' && t.role !== 'assistant') || typeof t.text !== 'string') fail(`step ${i + 1}: bad turn`);
    }
    if ('newChat' in step && !SITE_IDS.includes(step.newChat.site)) fail(`step ${i + 1}: unknown site "${step.newChat.site}"`);
    for (const k of ['delete', 'pin', 'edit'] as const)
      if (k in step) {
        const m = (step as Record<string, { matching?: unknown }>)[k]!.matching;
        if (typeof m !== 'string') fail(`step ${i + 1}: ${k} needs "matching"`);
        compile(m as string, 'i', `step ${i + 1}`);
      }
    if ('edit' in step && typeof step.edit.text !== 'string') fail(`step ${i + 1}: edit needs "text"`);
    if ('search' in step && typeof step.search.query !== 'string') fail(`step ${i + 1}: search needs "query"`);
    for (const re of [...(step.expect?.includes ?? []), ...(step.expect?.excludes ?? [])]) compile(re, 'im', `step ${i + 1}`);
  });
  return s;
}

/** ISO time, read as UTC when it carries no zone (FORMAT.md). */
function parseAt(at: unknown): number | null {
  if (typeof at !== 'string') return null;
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(at) ? at : `${at}Z`;
  const t = Date.parse(zoned);
  return Number.isFinite(t) ? t : null;
}

function compile(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`${where}: bad regular expression /${source}/: ${(error as Error).message}`);
  }
}

function isProbe(step: ScenarioStep): boolean {
  return 'newChat' in step || 'search' in step;
}

/** The 03:00 UTC instants t with from < t ≤ to. */
function nightsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  const first = new Date(from);
  let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate(), NIGHTLY_HOUR_UTC);
  if (t <= from) t += DAY;
  for (; t <= to; t += DAY) out.push(t);
  return out;
}

let dbSeq = 0;

export async function runScenario(scenario: Scenario, opts: RunOptions = {}): Promise<ScenarioResult> {
  const say = opts.onLine ?? (() => undefined);
  const result: ScenarioResult = { name: scenario.name, probes: [], probeSteps: scenario.steps.filter(isProbe).length, log: [] };
  const note = (line: string) => {
    result.log.push(line);
    say(`  · ${line}`);
  };
  // Steps in time order ("at"); a file that lists them otherwise is read as the times say (stable for equal times).
  const steps = scenario.steps.map((step, index) => ({ step, index, at: parseAt(step.at)! })).sort((a, b) => a.at - b.at || a.index - b.index);
  if (steps.some((s, i) => s.index !== i)) note('steps are not in time order in the file: run in the order of their times');

  let clock = steps[0]?.at ?? Date.UTC(2026, 0, 1);
  const now = () => clock;
  const db = new ReverieDb(`scenario-${scenario.name}-${++dbSeq}-${process.pid}`);
  const embedder = opts.embedder ?? null;
  // The first-run page's answer that the default cannot give: a user who agreed to model downloads (without it the
  // service never loads the embedder). Everything else stays at its default; a scenario's own settings come on top.
  await saveSettings(db, { modelConsent: true, ...scenario.settings });
  const service = await ReverieService.start({
    db,
    now,
    createEmbedder: async () => embedder,
  });
  // The engine host's contract (lib/host/facade.ts), reached as the background reaches it: every call admitted at the
  // boundary first (lib/messaging/admit.ts), from the popup (an extension page) or a chat tab's content script.
  const api = engineApi(service);
  const popup: Caller = { kind: 'page' };
  const tab = (site: SiteId): Caller => ({ kind: 'content', site, url: siteUrl(site, 'new'), incognito: false });
  const call = async <M extends EngineMethod & Method>(method: M, data: unknown, caller: Caller): Promise<Awaited<ReturnType<EngineCalls[M]>>> => {
    const input = admit(method, data, caller);
    return (api[method] as unknown as (input: unknown) => Promise<Awaited<ReturnType<EngineCalls[M]>>>)(input);
  };

  try {
    await modelsSettled(service);
    const ordinals = new Map<string, number>();
    let lastUserAction = -Infinity;
    let lastDrain = clock;

    const drain = async () => {
      await api.drainCaptureQueue();
      lastDrain = clock;
    };
    const dreamAlarm = async (label: string) => {
      const run = await api.dreamOnAlarm();
      note(`${label} ${new Date(clock).toISOString().slice(0, 16)}: ${describeRun(run)}`);
    };

    for (const { step, index, at } of steps) {
      if (scenario.nightlyDreams) {
        for (const night of nightsBetween(clock, at)) {
          clock = night;
          // The drain alarm ran every minute in between: nothing is left in the queue by now.
          await drain();
          // lib/background/main.ts: `idle.queryState(IDLE_SECONDS) === 'active'` → the alarm does nothing.
          if (night - lastUserAction < IDLE_MS) {
            note(`nightly dream ${new Date(night).toISOString().slice(0, 16)}: not run, the user was active`);
            continue;
          }
          const before = await db.dreamRuns.count();
          await dreamAlarm('nightly dream');
          // Its memories are embedded by the next minute's drain alarm.
          clock = night + DRAIN_PERIOD_MS;
          if ((await db.dreamRuns.count()) !== before) await drain();
        }
      }
      clock = Math.max(clock, at);
      if (clock - lastDrain >= DRAIN_PERIOD_MS) await drain();

      if ('chat' in step) {
        const chat = step.chat;
        const key = `${chat.site}:${chat.id}`;
        let ordinal = ordinals.get(key) ?? 0;
        for (let i = 0; i < chat.turns.length; i++) {
          clock = at + i * TURN_SPACING_MS;
          const turn = chat.turns[i]!;
          const message = {
            site: chat.site,
            conversationId: chat.id,
            url: siteUrl(chat.site, chat.id),
            ...(chat.title ? { title: chat.title } : {}),
            turns: [{ role: turn.role, text: turn.text, ordinal: ordinal++ }],
          };
          // lib/background/main.ts: a content script's capture is admitted, then goes through the intake.
          const admitted = admit('captureTurns', message, { kind: 'content', site: chat.site, url: message.url, incognito: false });
          const accepted = await acceptCapture(db, admitted, { incognito: false });
          if (!accepted.accepted) note(`capture refused (${chat.site} ${chat.id} turn ${i + 1}): ${accepted.reason}`);
          else await drain();
        }
        ordinals.set(key, ordinal);
        lastUserAction = clock;
        note(`chat ${chat.site}/${chat.id}: ${chat.turns.length} turns`);
      } else if ('dream' in step) {
        // One dream as the alarm runs it; should the dream's own gates hold it back (too soon after the last one), the
        // step still means a dream: it runs as "Dream now" does (same engine, gates skipped), and the log says so.
        const run = await api.dreamOnAlarm();
        note(`dream ${new Date(clock).toISOString().slice(0, 16)}: ${describeRun(run)}`);
        if (run.status === 'skipped' && run.error !== 'locked') {
          const now = await api.dreamNow();
          note(`dream ${new Date(clock).toISOString().slice(0, 16)} (run as "Dream now"): ${describeRun(now)}`);
        }
        clock += DRAIN_PERIOD_MS;
        await drain();
      } else if ('delete' in step || 'pin' in step || 'edit' in step) {
        const op = 'delete' in step ? 'delete' : 'pin' in step ? 'pin' : 'edit';
        const pattern = new RegExp((step as unknown as Record<string, { matching: string }>)[op]!.matching, 'i');
        const matched = (await listAll((offset) => call('listMemories', { offset, limit: POPUP_PAGE }, popup))).filter((m) => pattern.test(m.text));
        for (const m of matched) {
          try {
            if (op === 'delete') await call('deleteMemory', { id: m.id }, popup);
            else if (op === 'pin') await call('updateMemory', { id: m.id, pinned: true }, popup);
            else await call('updateMemory', { id: m.id, text: (step as { edit: { text: string } }).edit.text }, popup);
          } catch (error) {
            note(`${op} ${m.id}: ${(error as Error).message}`);
          }
        }
        lastUserAction = clock;
        note(`${op} /${pattern.source}/: ${matched.length} memor${matched.length === 1 ? 'y' : 'ies'} (${matched.map((m) => m.kind).join(', ')})`);
      } else if ('newChat' in step) {
        lastUserAction = clock;
        if (opts.dump) await dumpMemories(db, note);
        const typed = step.newChat.typed ?? '';
        const site = step.newChat.site;
        const initial = await call('requestPreamble', { site }, tab(site));
        let block = initial.text;
        if (typed.trim() !== '') {
          // WarmStart refreshes the block for the typed message; an empty answer leaves the block as it was.
          const refreshed = await call('requestPreamble', { site, firstMessage: typed.trim() }, tab(site));
          if (refreshed.text !== '') block = refreshed.text;
        }
        const composer = block === '' ? typed : typed === '' ? block + BLOCK_SEPARATOR : block + BLOCK_SEPARATOR + typed;
        result.probes.push(probe(scenario.name, index, step, `newChat ${step.newChat.site}, typed: ${JSON.stringify(typed)}`, composer));
        await opts.afterProbe?.(result.probes.at(-1)!, { db, listMemories: () => listAll((offset) => call('listMemories', { offset, limit: POPUP_PAGE }, popup)) });
      } else if ('search' in step) {
        lastUserAction = clock;
        const k = step.search.k ?? 10;
        const hits: SearchHit[] = await call('searchMemories', { query: step.search.query, k }, popup);
        // What the popup shows of each hit: its text and the note of a later correction.
        const text = hits
          .filter((h) => h.memory.status !== 'deleted')
          .slice(0, k)
          .map((h) => (h.correction ? `${h.memory.text} ${h.correction}` : h.memory.text))
          .join('\n');
        result.probes.push(probe(scenario.name, index, step, `search ${JSON.stringify(step.search.query)} (k=${k})`, text));
        await opts.afterProbe?.(result.probes.at(-1)!, { db, listMemories: () => listAll((offset) => call('listMemories', { offset, limit: POPUP_PAGE }, popup)) });
      }
      // An expectation on a step that is not a probe cannot be checked: say so rather than ignore it.
      if (step.expect && !isProbe(step)) note(`step ${index + 1}: "expect" on a step that is not newChat or search is ignored`);
    }
  } catch (error) {
    result.error = (error as Error)?.stack ?? String(error);
  } finally {
    await service.embedPending().catch(() => undefined);
    db.close();
    await ReverieDb.delete(db.name).catch(() => undefined);
  }
  return result;
}

function describeRun(run: DreamRunRow): string {
  if (run.status === 'skipped') return `skipped (${run.error ?? 'gates'})`;
  if (run.status === 'failed') return `FAILED: ${run.error}`;
  const s = run.stats ?? {};
  const parts = Object.entries(s)
    .filter(([k, v]) => v && /^(learned|superseded|disproven|merged|faded|capped|diaryEntries)$/.test(k))
    .map(([k, v]) => `${k} ${v}`);
  return `${run.status}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

async function dumpMemories(db: ReverieDb, note: (line: string) => void): Promise<void> {
  for (const m of await db.memories.toArray()) {
    if (m.kind === 'passage' && m.status === 'active') continue;
    note(`memory ${m.kind}/${m.status} ${m.id} s=${m.strength} i=${m.importance}: ${m.text.slice(0, 140)}`);
  }
}

/** Every memory the popup can list (active and archived), page by page. */
async function listAll(page: (offset: number) => Promise<MemoryRow[]>): Promise<MemoryRow[]> {
  const all: MemoryRow[] = [];
  for (let offset = 0; ; offset += POPUP_PAGE) {
    const rows = await page(offset);
    all.push(...rows);
    if (rows.length < POPUP_PAGE) return all;
  }
}

function siteUrl(site: SiteId, conversationId: string): string {
  return `https://${SITES[site].hosts[0]}/c/${encodeURIComponent(conversationId)}`;
}

/** Waits until the service's model loader has finished (ready, unsupported or failed): recall is then what it will be. */
async function modelsSettled(service: ReverieService): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    const status = await service.status();
    if (!status.models.some((m) => m.kind === 'embedding' && m.state === 'downloading')) {
      await service.embedPending();
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the embedding model did not load');
}

function probe(scenario: string, index: number, step: ScenarioStep, label: string, text: string): ProbeResult {
  const failures: string[] = [];
  for (const src of step.expect?.includes ?? []) if (!new RegExp(src, 'im').test(text)) failures.push(`missing  /${src}/`);
  for (const src of step.expect?.excludes ?? []) {
    const m = new RegExp(src, 'im').exec(text);
    if (m) failures.push(`present  /${src}/  matched ${JSON.stringify(m[0].slice(0, 120))}`);
  }
  return { scenario, step: index + 1, at: step.at, label, text, failures };
}

/** The lines the runner prints for one probe. */
export function formatProbe(p: ProbeResult): string[] {
  const lines = [`${p.failures.length ? 'FAIL' : 'ok  '} ${p.scenario} · step ${p.step} · ${p.at} · ${p.label}`];
  const body = p.text === '' ? ['(empty)'] : p.text.split('\n');
  for (const l of body) lines.push(`     | ${l}`);
  for (const f of p.failures) lines.push(`     ✗ ${f}`);
  return lines;
}

export function summaryLine(results: ScenarioResult[]): { passed: number; failed: number; line: string } {
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    for (const p of r.probes) {
      if (p.failures.length) failed++;
      else passed++;
    }
    // A scenario that crashed fails every probe it did not reach (and at least once).
    if (r.error) failed += Math.max(1, r.probeSteps - r.probes.length);
  }
  return { passed, failed, line: `${passed} passed, ${failed} failed` };
}
