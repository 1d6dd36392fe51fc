import * as v from 'valibot';
import { SITE_IDS, type SiteId } from './sites';
import type { ReverieDb } from './db/schema';
import { ownEntry } from './util/own';
import { EMBEDDING_MODELS } from './engine/models';
import { DREAM_MODELS } from './llm/webllm-config';

/** Layer token budgets: the design's 8k/24k/64k/32k proportions (L1/L2/L3/L4) scaled to ~1,200 tokens. */
export const DEFAULT_BUDGETS = { l1: 300, l2: 150, l3: 400, l4: 350 } as const;

/** The range each layer budget may take (tokens); the options page offers the same range. */
const BUDGET_RANGE = { min: 0, max: 4000 } as const;
/** How often the dream may be scheduled: from every hour to once a week. */
const DREAM_INTERVAL_RANGE = { min: 1, max: 168 } as const;

const INSERTION_MODES = ['auto', 'click', 'off'] as const;
type InsertionMode = (typeof INSERTION_MODES)[number];

const BLOCK_SCOPES = ['site', 'all'] as const;
/**
 * What a site's warm-start block may draw on: 'site', that site's own chats only (the page is shown nothing it had not
 * already seen), or 'all', the chats of every site. What counts as a site's own: lib/preamble/scope.ts.
 */
export type BlockScope = (typeof BLOCK_SCOPES)[number];

/**
 * Embedding ids accepted only in the test flavour (and in unit tests): the tiny fixture model the end-to-end tests
 * serve locally (test/e2e/harness/test-model.ts). Store builds accept catalog ids only. `import.meta.env` is absent
 * when the engine runs under plain Node, hence the `?.`.
 */
const TEST_EMBED_MODEL_IDS: readonly string[] = import.meta.env?.MODE === 'test' ? ['reverie-test/bert-tiny'] : [];

/** The values `embedModel` may take: a catalog embedding model, or 'none' for word matching only. */
const EMBED_MODEL_IDS: readonly string[] = [...EMBEDDING_MODELS.map((m) => m.id), 'none', ...TEST_EMBED_MODEL_IDS];
/** The values `llmModel` may take: the WebLLM models Reverie ships a model library for. */
const LLM_MODEL_IDS: readonly string[] = DREAM_MODELS.map((m) => m.id);

export interface Settings {
  /** Global pause: nothing is captured while true. */
  paused: boolean;
  /** Per-site capture switch; a site missing from what was stored (added by a later release) is on. */
  sites: Record<SiteId, boolean>;
  /** Warm-start insertion: automatic, on click (chip), or off; per-site off list. */
  insertion: InsertionMode;
  insertionOffSites: SiteId[];
  /** What every site's block may draw on, unless the site has its own choice in `blockScopeSites`. Asked on first run. */
  blockScope: BlockScope;
  /** Sites with their own choice, which wins over `blockScope`; a site not listed follows `blockScope`. */
  blockScopeSites: Partial<Record<SiteId, BlockScope>>;
  budgets: { l1: number; l2: number; l3: number; l4: number };
  redaction: { email: boolean; phone: boolean };
  /** approveInstructions: an instruction the dream learned waits for approval in the diary before it is used. */
  dream: { enabled: boolean; intervalHours: number; useLlm: boolean; approveInstructions: boolean };
  /** Embedding model id (one of EMBED_MODEL_IDS: a catalog Hugging Face repo id, or 'none' for lexical-only recall). */
  embedModel: string;
  /** WebLLM model id (one of LLM_MODEL_IDS). */
  llmModel: string;
  /**
   * The user agreed to download models from the model host (huggingface.co): until then no model is fetched, neither
   * the embedding model nor the dream LLM, and recall is by words alone. Given on the first-run page or in the options.
   */
  modelConsent: boolean;
}

type Group = 'budgets' | 'redaction' | 'dream';
type Leaf = Exclude<keyof Settings, Group | 'sites'>;

/**
 * A change to the settings: any subset of the fields; the nested objects (`sites`, `budgets`, `redaction`, `dream`)
 * may be partial too and are merged into what is stored. `insertionOffSites` replaces the whole list, and
 * `blockScopeSites` the whole record (so a site's own choice can be removed).
 */
export type SettingsPatch = { [K in Leaf]?: Settings[K] } & {
  sites?: Partial<Record<SiteId, boolean>>;
  budgets?: Partial<Settings['budgets']>;
  redaction?: Partial<Settings['redaction']>;
  dream?: Partial<Settings['dream']>;
};

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  sites: Object.fromEntries(SITE_IDS.map((s) => [s, true])) as Record<SiteId, boolean>,
  insertion: 'auto',
  insertionOffSites: [],
  // Every site's chats: memory that follows the user from one assistant to the next is what Reverie is for, and what
  // earlier releases did. The first-run page asks, saying that a page can read what is in its composer; the block's
  // first line always says which chats it drew on, and a site can be kept to its own.
  blockScope: 'all',
  blockScopeSites: {},
  budgets: { ...DEFAULT_BUDGETS },
  redaction: { email: false, phone: false },
  dream: { enabled: true, intervalHours: 6, useLlm: true, approveInstructions: false },
  embedModel: 'Xenova/all-MiniLM-L6-v2',
  llmModel: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
  modelConsent: false,
};

// ---------------------------------------------------------------------------------------------------------------
// Field rules: one schema per leaf, with the words an error uses for what was expected.

interface Rule {
  schema: v.GenericSchema;
  expected: string;
}

const rule = (schema: v.GenericSchema, expected: string): Rule => ({ schema, expected });
const bool = rule(v.boolean(), 'true or false');
const intIn = (range: { min: number; max: number }, unit: string) =>
  rule(v.pipe(v.number(), v.integer(), v.minValue(range.min), v.maxValue(range.max)), `a whole number of ${unit} from ${range.min} to ${range.max}`);
const oneOf = (values: readonly string[]) => rule(v.picklist(values as string[]), `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);

const budget = intIn(BUDGET_RANGE, 'tokens');
const blockScopeRule = oneOf(BLOCK_SCOPES);

const LEAF_RULES: Record<Leaf, Rule> = {
  paused: bool,
  insertion: oneOf(INSERTION_MODES),
  // Element by element below; this rule only says what the whole is.
  insertionOffSites: rule(v.array(v.picklist(SITE_IDS)), `a list of site ids (${SITE_IDS.join(', ')})`),
  blockScope: blockScopeRule,
  // Site by site below, like the list above.
  blockScopeSites: rule(v.record(v.picklist(SITE_IDS), blockScopeRule.schema), `an object of site ids (${SITE_IDS.join(', ')}), each ${blockScopeRule.expected}`),
  embedModel: oneOf(EMBED_MODEL_IDS),
  llmModel: oneOf(LLM_MODEL_IDS),
  modelConsent: bool,
};

const GROUP_RULES: { [G in Group]: Record<keyof Settings[G], Rule> } = {
  budgets: { l1: budget, l2: budget, l3: budget, l4: budget },
  redaction: { email: bool, phone: bool },
  dream: { enabled: bool, intervalHours: intIn(DREAM_INTERVAL_RANGE, 'hours'), useLlm: bool, approveInstructions: bool },
};

const GROUPS = Object.keys(GROUP_RULES) as Group[];
const SITE_RULE = bool;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const valid = (r: Rule, x: unknown): boolean => v.is(r.schema, x);
const isSiteId = (x: unknown): x is SiteId => typeof x === 'string' && (SITE_IDS as readonly string[]).includes(x);

const strictOf = (rules: Record<string, Rule>) =>
  v.strictObject(Object.fromEntries(Object.entries(rules).map(([key, r]) => [key, r.schema])));

/** The whole settings object, strictly (every field present and valid, nothing else). */
export const SettingsSchema = v.strictObject({
  ...strictOf(LEAF_RULES).entries,
  sites: strictOf(Object.fromEntries(SITE_IDS.map((site) => [site, SITE_RULE]))),
  budgets: strictOf(GROUP_RULES.budgets),
  redaction: strictOf(GROUP_RULES.redaction),
  dream: strictOf(GROUP_RULES.dream),
}) as unknown as v.GenericSchema<Settings>;

// ---------------------------------------------------------------------------------------------------------------
// Reading what is stored: versioned, migrated, then field by field.

/**
 * The version of the stored settings row. The row's value is the settings object plus `schemaVersion`.
 *  - 1: the first release. No version marker; every field optional (filled from defaults); numbers unbounded and
 *       model ids free strings; `sites` held the sites that release knew.
 *  - 2: `schemaVersion` marker; budgets are whole numbers within BUDGET_RANGE, dream.intervalHours within
 *       DREAM_INTERVAL_RANGE, models are catalog ids.
 *  - 3: `modelConsent`: nothing is downloaded before the user agrees. Releases 1 and 2 downloaded the embedding model
 *       on first launch, so a stored row naming one already has it: that consent carries over.
 * `blockScope` and `blockScopeSites` came later without a version step: a row without them reads as 'all' (what
 * every earlier release did) and no site's own choice; the block's first line now says what it draws on, and the
 * first-run page and Settings can keep a site to its own chats.
 */
export const SETTINGS_VERSION = 3;

type Stored = Record<string, unknown>;

const clampInt = (x: unknown, range: { min: number; max: number }) =>
  typeof x === 'number' && Number.isFinite(x) ? Math.min(range.max, Math.max(range.min, Math.round(x))) : x;

/**
 * Migrations, keyed by the version they produce (as WXT's `storage.defineItem` migrations are): each takes the stored
 * value of the version before and returns that of its key. They only reshape; validation happens after them.
 */
const MIGRATIONS: Record<number, (old: Stored) => Stored> = {
  // Version 1 accepted any number, so a value outside today's range was still the user's choice: keep the nearest
  // value within range rather than the default. Anything that is not a number is left for validation to replace.
  2: (old) => {
    const next: Stored = { ...old };
    if (isRecord(old.budgets)) {
      next.budgets = { ...old.budgets };
      for (const k of Object.keys(GROUP_RULES.budgets)) {
        if (Object.hasOwn(old.budgets, k)) (next.budgets as Stored)[k] = clampInt(old.budgets[k], BUDGET_RANGE);
      }
    }
    if (isRecord(old.dream) && Object.hasOwn(old.dream, 'intervalHours'))
      next.dream = { ...old.dream, intervalHours: clampInt(old.dream.intervalHours, DREAM_INTERVAL_RANGE) };
    return next;
  },
  // Before version 3 the embedding model was downloaded on first launch without asking: a row that names a
  // downloadable model (not 'none', and one that would load) belongs to a user who already has it. A row without an
  // `embedModel` (a fresh install reads as an empty row) says nothing of the kind: that user is asked first.
  3: (old) => {
    const model = ownEntry(old, 'embedModel');
    return { ...old, modelConsent: typeof model === 'string' && model !== 'none' && EMBED_MODEL_IDS.includes(model) };
  },
};

function storedVersion(value: Stored): number {
  const version = value.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/** Brings a stored value to the current version (a value from a later release is read as it is). */
function migrateSettings(raw: unknown): Stored {
  let value: Stored = isRecord(raw) ? raw : {};
  for (let version = storedVersion(value) + 1; version <= SETTINGS_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (step) value = step(value);
  }
  return value;
}

/**
 * Settings from a (migrated) stored value, field by field: each field that is missing or invalid takes its default
 * alone; a site the value does not mention is on; unknown sites in the lists are dropped; unknown keys are ignored.
 */
function settingsFromStored(value: Stored): Settings {
  const out = structuredClone(DEFAULT_SETTINGS);
  const put = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(LEAF_RULES) as Leaf[]) {
    if (key === 'insertionOffSites' || key === 'blockScopeSites') continue;
    const x = ownEntry(value, key);
    if (valid(LEAF_RULES[key], x)) put[key] = x;
  }
  const off = ownEntry(value, 'insertionOffSites');
  if (Array.isArray(off)) out.insertionOffSites = [...new Set(off.filter(isSiteId))];
  const scopes = ownEntry(value, 'blockScopeSites');
  if (isRecord(scopes)) {
    for (const site of SITE_IDS) {
      const scope = ownEntry(scopes, site);
      if (valid(blockScopeRule, scope)) out.blockScopeSites[site] = scope as BlockScope;
    }
  }
  const sites = ownEntry(value, 'sites');
  if (isRecord(sites)) {
    for (const site of SITE_IDS) {
      const on = ownEntry(sites, site);
      if (valid(SITE_RULE, on)) out.sites[site] = on as boolean;
    }
  }
  for (const group of GROUPS) {
    const stored = ownEntry(value, group);
    if (!isRecord(stored)) continue;
    const target = out[group] as Record<string, unknown>;
    for (const [key, r] of Object.entries(GROUP_RULES[group]) as [string, Rule][]) {
      const x = ownEntry(stored, key);
      if (valid(r, x)) target[key] = x;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Patches from callers: strict.

class InvalidSettingError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(field === '' ? `Settings ${detail}` : `Setting "${field}" ${detail}`);
    this.name = 'InvalidSettingError';
  }
}

function shown(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x.length > 60 ? `${x.slice(0, 60)}…` : x);
  if (Array.isArray(x)) return 'a list';
  if (x === null) return 'null';
  if (typeof x === 'object') return 'an object';
  return String(x);
}

function checkLeaf(field: string, r: Rule, x: unknown): void {
  if (!valid(r, x)) throw new InvalidSettingError(field, `must be ${r.expected}, not ${shown(x)}`);
}

function keysOf(field: string, x: unknown, allowed: readonly string[]): string[] {
  if (!isRecord(x)) throw new InvalidSettingError(field, `must be an object, not ${shown(x)}`);
  const keys = Object.keys(x);
  for (const key of keys) {
    if (!allowed.includes(key)) {
      const where = field === '' ? key : `${field}.${key}`;
      throw new InvalidSettingError(where, `is unknown (expected one of ${allowed.join(', ')})`);
    }
  }
  return keys;
}

const TOP_KEYS: readonly string[] = [...Object.keys(LEAF_RULES), 'sites', ...GROUPS];

/**
 * A settings patch from an untrusted caller, checked field by field. Throws an InvalidSettingError naming the field
 * on an unknown key or an invalid value. Nested objects may be partial (see SettingsPatch). Returns a fresh copy that
 * holds only the validated fields.
 */
export function parseSettingsPatch(input: unknown): SettingsPatch {
  const out: Record<string, unknown> = {};
  for (const key of keysOf('', input, TOP_KEYS)) {
    const x = (input as Stored)[key];
    if (key === 'sites') {
      const sites: Record<string, boolean> = {};
      for (const site of keysOf('sites', x, SITE_IDS)) {
        const on = (x as Stored)[site];
        checkLeaf(`sites.${site}`, SITE_RULE, on);
        sites[site] = on as boolean;
      }
      out.sites = sites;
    } else if ((GROUPS as string[]).includes(key)) {
      const rules = GROUP_RULES[key as Group] as Record<string, Rule>;
      const group: Record<string, unknown> = {};
      for (const sub of keysOf(key, x, Object.keys(rules))) {
        checkLeaf(`${key}.${sub}`, rules[sub]!, (x as Stored)[sub]);
        group[sub] = (x as Stored)[sub];
      }
      out[key] = group;
    } else if (key === 'insertionOffSites') {
      if (!Array.isArray(x)) throw new InvalidSettingError(key, `must be ${LEAF_RULES.insertionOffSites.expected}, not ${shown(x)}`);
      if (x.length > SITE_IDS.length) throw new InvalidSettingError(key, `lists ${x.length} sites; there are ${SITE_IDS.length}`);
      x.forEach((site, i) => {
        if (!isSiteId(site)) throw new InvalidSettingError(`${key}[${i}]`, `must be one of ${SITE_IDS.join(', ')}, not ${shown(site)}`);
      });
      out[key] = [...new Set(x as SiteId[])];
    } else if (key === 'blockScopeSites') {
      const scopes: Partial<Record<SiteId, BlockScope>> = {};
      for (const site of keysOf(key, x, SITE_IDS) as SiteId[]) {
        const scope = (x as Stored)[site];
        checkLeaf(`${key}.${site}`, blockScopeRule, scope);
        scopes[site] = scope as BlockScope;
      }
      out[key] = scopes;
    } else {
      checkLeaf(key, LEAF_RULES[key as Leaf], x);
      out[key] = x;
    }
  }
  return out as SettingsPatch;
}

/** The settings with a validated patch applied: nested objects merged key by key, the off-site list replaced. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const next = structuredClone(settings);
  const { sites, budgets, redaction, dream, ...leaves } = patch;
  Object.assign(next, structuredClone(leaves));
  if (sites) Object.assign(next.sites, sites);
  if (budgets) Object.assign(next.budgets, budgets);
  if (redaction) Object.assign(next.redaction, redaction);
  if (dream) Object.assign(next.dream, dream);
  return next;
}

// ---------------------------------------------------------------------------------------------------------------
// The Dexie row.

const KEY = 'settings';

/**
 * Settings are one row in the `settings` table: migrated from whatever version wrote it, then read field by field,
 * so one unreadable field falls back to its default alone. Reading never writes; the next save stores the current
 * version.
 */
export async function loadSettings(db: ReverieDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return settingsFromStored(migrateSettings(row?.value));
}

/** Validates the patch (parseSettingsPatch: throws on any unknown or invalid field), merges it and stores the result. */
export async function saveSettings(db: ReverieDb, patch: SettingsPatch): Promise<Settings> {
  const checked = parseSettingsPatch(patch);
  return db.transaction('rw', db.settings, async () => {
    const next = applySettingsPatch(await loadSettings(db), checked);
    await db.settings.put({ key: KEY, value: { schemaVersion: SETTINGS_VERSION, ...next }, updatedAt: Date.now() });
    return next;
  });
}

/** What this site's warm-start block may draw on: the site's own choice, else the default for every site. */
export function blockScopeFor(settings: Settings, site: SiteId): BlockScope {
  return ownEntry(settings.blockScopeSites, site) ?? settings.blockScope;
}

export function captureAllowed(settings: Settings, site: SiteId): { ok: true } | { ok: false; reason: string } {
  if (settings.paused) return { ok: false, reason: 'paused' };
  if (!ownEntry(settings.sites, site)) return { ok: false, reason: 'site-off' };
  return { ok: true };
}
