import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { ReverieDb } from '../../../lib/db/schema';
import {
  captureAllowed,
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettingsPatch,
  saveSettings,
  SETTINGS_VERSION,
  SettingsSchema,
  type Settings,
} from '../../../lib/settings';
import { SITE_IDS } from '../../../lib/sites';
import { EMBEDDING_MODELS } from '../../../lib/engine/models';
import { DREAM_MODELS } from '../../../lib/llm/webllm-config';
import { EMBED_MODEL_CHOICES, LLM_MODEL_CHOICES } from '../../../lib/ui/options/catalog';

/**
 * Settings are read field by field after versioned migrations: one bad field falls back alone, a site added by a later
 * release is on, numbers stay in range, models come from the catalog. Patches from callers are checked strictly.
 */

let n = 0;
const dbs: ReverieDb[] = [];
function freshDb(): ReverieDb {
  const db = new ReverieDb(`settings-${process.pid}-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

async function storeRaw(db: ReverieDb, value: unknown) {
  await db.settings.put({ key: 'settings', value, updatedAt: 1 });
}
const storedValue = async (db: ReverieDb) => (await db.settings.get('settings'))?.value as Record<string, unknown>;

/** A complete row as the current release writes it, with some non-default choices. */
function currentRow(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: SETTINGS_VERSION,
    ...structuredClone(DEFAULT_SETTINGS),
    paused: true,
    sites: { ...DEFAULT_SETTINGS.sites, claude: false },
    insertion: 'click',
    budgets: { l1: 100, l2: 200, l3: 300, l4: 400 },
    dream: { enabled: false, intervalHours: 24, useLlm: false, approveInstructions: false },
    embedModel: 'none',
    ...overrides,
  };
}

describe('loading: one bad field falls back alone', () => {
  it('keeps paused (and every other choice) when one nested field is unreadable', async () => {
    const db = freshDb();
    await storeRaw(db, currentRow({ budgets: { l1: 100, l2: 'lots', l3: 300, l4: 400 } }));
    const s = await loadSettings(db);
    expect(s.paused).toBe(true);
    expect(captureAllowed(s, 'chatgpt')).toEqual({ ok: false, reason: 'paused' });
    expect(s.budgets).toEqual({ l1: 100, l2: DEFAULT_SETTINGS.budgets.l2, l3: 300, l4: 400 });
    expect(s.sites.claude).toBe(false);
    expect(s.insertion).toBe('click');
    expect(s.dream).toEqual({ enabled: false, intervalHours: 24, useLlm: false, approveInstructions: false });
    expect(s.embedModel).toBe('none');
  });

  it('replaces each kind of bad value with that field default only', async () => {
    const db = freshDb();
    await storeRaw(
      db,
      currentRow({
        paused: 'yes',
        insertion: 'sometimes',
        redaction: { email: true, phone: 1 },
        dream: { enabled: false, intervalHours: 0, useLlm: 'no' },
        sites: { ...DEFAULT_SETTINGS.sites, claude: false, gemini: 'off' },
        insertionOffSites: ['grok', 'not-a-site', 'grok', '__proto__'],
        embedModel: 'attacker/any-repo',
        llmModel: 'Some-Other-Model',
      }),
    );
    const s = await loadSettings(db);
    expect(s.paused).toBe(false);
    expect(s.insertion).toBe('auto');
    expect(s.redaction).toEqual({ email: true, phone: false });
    expect(s.dream).toEqual({ enabled: false, intervalHours: DEFAULT_SETTINGS.dream.intervalHours, useLlm: true, approveInstructions: false });
    expect(s.sites.claude).toBe(false);
    expect(s.sites.gemini).toBe(true);
    expect(s.insertionOffSites).toEqual(['grok']);
    expect(s.embedModel).toBe(DEFAULT_SETTINGS.embedModel);
    expect(s.llmModel).toBe(DEFAULT_SETTINGS.llmModel);
    // What is loaded always passes the strict whole-object schema; the stored row (with its version marker) does not.
    expect(v.is(SettingsSchema, s)).toBe(true);
    expect(v.is(SettingsSchema, DEFAULT_SETTINGS)).toBe(true);
    expect(v.is(SettingsSchema, await storedValue(db))).toBe(false);
    expect(v.is(SettingsSchema, { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, other: true } })).toBe(false);
  });

  it('keeps numbers in range: an out-of-range budget or interval in a current row is replaced by its default', async () => {
    const db = freshDb();
    await storeRaw(db, currentRow({ budgets: { l1: 1e9, l2: -1, l3: 2.5, l4: 4000 }, dream: { enabled: true, intervalHours: 169, useLlm: true } }));
    const s = await loadSettings(db);
    expect(s.budgets).toEqual({ l1: DEFAULT_SETTINGS.budgets.l1, l2: DEFAULT_SETTINGS.budgets.l2, l3: DEFAULT_SETTINGS.budgets.l3, l4: 4000 });
    expect(s.dream.intervalHours).toBe(DEFAULT_SETTINGS.dream.intervalHours);
  });

  it('loads a site the stored map does not mention (added by a later release) as on, keeping explicit choices', async () => {
    const db = freshDb();
    // As a release that knew every site but Mistral wrote it, with Claude and Gemini switched off by the user.
    const sites = Object.fromEntries(SITE_IDS.filter((s) => s !== 'mistral').map((s) => [s, !['claude', 'gemini'].includes(s)]));
    await storeRaw(db, currentRow({ paused: false, sites }));
    const s = await loadSettings(db);
    expect(s.sites.mistral).toBe(true);
    expect(captureAllowed(s, 'mistral')).toEqual({ ok: true });
    expect(s.sites.claude).toBe(false);
    expect(s.sites.gemini).toBe(false);
    expect(captureAllowed(s, 'claude')).toEqual({ ok: false, reason: 'site-off' });
    expect(Object.keys(s.sites).sort()).toEqual([...SITE_IDS].sort());
  });

  it('never takes a prototype member for a setting, and returns a fresh object each time', async () => {
    const db = freshDb();
    await storeRaw(db, JSON.parse('{"__proto__": {"paused": true}, "sites": {"__proto__": {"claude": false}}, "constructor": 1}'));
    const a = await loadSettings(db);
    expect(a).toEqual(DEFAULT_SETTINGS);
    a.sites.chatgpt = false;
    a.budgets.l1 = 1;
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.sites.chatgpt).toBe(true);
  });

  it('reads defaults with no row, and with a row that is not an object', async () => {
    const db = freshDb();
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    await storeRaw(db, 'garbage');
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migrations from older rows', () => {
  it('version 1 (the first release, no version marker): a partial row keeps its values', async () => {
    const db = freshDb();
    // Exactly what test/unit/reliability/upgrade.test.ts stores as a version-1 database's settings row.
    await storeRaw(db, { paused: true });
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, paused: true });
  });

  it('version 1: numbers the first release accepted out of today ranges move to the nearest value in range', async () => {
    const db = freshDb();
    const v1: Settings = {
      ...structuredClone(DEFAULT_SETTINGS),
      paused: true,
      budgets: { l1: 5000.4, l2: -20, l3: 249.6, l4: 350 },
      dream: { enabled: true, intervalHours: 500, useLlm: true } as Settings["dream"], // a first-release row: no approveInstructions yet
    };
    await storeRaw(db, v1);
    const s = await loadSettings(db);
    expect(s.budgets).toEqual({ l1: 4000, l2: 0, l3: 250, l4: 350 });
    expect(s.dream.intervalHours).toBe(168);
    expect(s.paused).toBe(true);
  });

  it('version 1 with a non-number budget: that budget alone takes its default', async () => {
    const db = freshDb();
    await storeRaw(db, { paused: true, budgets: { l1: '300', l2: 10, l3: null, l4: 9000 } });
    const s = await loadSettings(db);
    expect(s.budgets).toEqual({ l1: DEFAULT_SETTINGS.budgets.l1, l2: 10, l3: DEFAULT_SETTINGS.budgets.l3, l4: 4000 });
    expect(s.paused).toBe(true);
  });

  it('the next save writes the current version; the migrated values survive it', async () => {
    const db = freshDb();
    await storeRaw(db, { paused: true, dream: { enabled: false, intervalHours: 1000, useLlm: true } });
    await saveSettings(db, { insertion: 'off' });
    const value = await storedValue(db);
    expect(value.schemaVersion).toBe(SETTINGS_VERSION);
    expect(await loadSettings(db)).toEqual({ ...DEFAULT_SETTINGS, paused: true, insertion: 'off', dream: { enabled: false, intervalHours: 168, useLlm: true, approveInstructions: false } });
  });

  it('a row from a later release is read field by field, without migrating it backwards', async () => {
    const db = freshDb();
    await storeRaw(db, currentRow({ schemaVersion: SETTINGS_VERSION + 5, somethingNew: { x: 1 }, dream: { enabled: false, intervalHours: 500, useLlm: false } }));
    const s = await loadSettings(db);
    expect(s.paused).toBe(true);
    expect(s.dream).toEqual({ enabled: false, intervalHours: DEFAULT_SETTINGS.dream.intervalHours, useLlm: false, approveInstructions: false });
    expect(s).not.toHaveProperty('somethingNew');
  });
});

describe('parseSettingsPatch: strict checks for untrusted callers', () => {
  const rejects = (input: unknown, field: RegExp) => expect(() => parseSettingsPatch(input)).toThrow(field);

  it('accepts every field, partial nested objects included, and returns a copy', () => {
    const input = {
      paused: true,
      sites: { claude: false },
      insertion: 'click',
      insertionOffSites: ['grok', 'claude', 'grok'],
      budgets: { l4: 4000, l1: 0 },
      redaction: { phone: true },
      dream: { intervalHours: 168 },
      embedModel: 'none',
      llmModel: 'Phi-3.5-mini-instruct-q4f16_1-MLC',
    };
    const patch = parseSettingsPatch(input);
    expect(patch).toEqual({ ...input, insertionOffSites: ['grok', 'claude'] });
    input.sites.claude = true;
    input.budgets.l4 = -1;
    expect(patch.sites).toEqual({ claude: false });
    expect(patch.budgets).toEqual({ l4: 4000, l1: 0 });
    expect(parseSettingsPatch({})).toEqual({});
  });

  it('accepts every catalog model, and every model the options page offers', () => {
    for (const id of [...EMBEDDING_MODELS.map((m) => m.id), 'none', ...EMBED_MODEL_CHOICES.map((c) => c.id)])
      expect(parseSettingsPatch({ embedModel: id })).toEqual({ embedModel: id });
    for (const id of [...DREAM_MODELS.map((m) => m.id), ...LLM_MODEL_CHOICES.map((c) => c.id)])
      expect(parseSettingsPatch({ llmModel: id })).toEqual({ llmModel: id });
  });

  it('refuses input that is not an object', () => {
    for (const input of [null, undefined, 'paused', 42, [], [{ paused: true }]]) rejects(input, /^Settings must be an object/);
  });

  it('refuses unknown keys, naming them', () => {
    rejects({ paused: true, evil: 1 }, /Setting "evil" is unknown/);
    rejects({ budgets: { l5: 10 } }, /Setting "budgets\.l5" is unknown/);
    rejects({ dream: { enabled: true, cron: '* * * * *' } }, /Setting "dream\.cron" is unknown/);
    rejects({ sites: { 'example.com': true } }, /Setting "sites\.example\.com" is unknown/);
    rejects(JSON.parse('{"__proto__": {"paused": true}}'), /Setting "__proto__" is unknown/);
    rejects({ constructor: {} }, /Setting "constructor" is unknown/);
    rejects({ sites: JSON.parse('{"__proto__": true}') }, /Setting "sites\.__proto__" is unknown/);
    rejects({ schemaVersion: 1 }, /Setting "schemaVersion" is unknown/);
  });

  it('refuses invalid values, naming the field', () => {
    rejects({ paused: 'true' }, /Setting "paused" must be true or false/);
    rejects({ paused: 1 }, /Setting "paused" must be true or false/);
    rejects({ insertion: 'always' }, /Setting "insertion" must be one of "auto", "click", "off", not "always"/);
    rejects({ sites: { claude: 'no' } }, /Setting "sites\.claude" must be true or false/);
    rejects({ sites: ['claude'] }, /Setting "sites" must be an object/);
    rejects({ budgets: { l1: 4001 } }, /Setting "budgets\.l1" must be a whole number of tokens from 0 to 4000, not 4001/);
    rejects({ budgets: { l2: -1 } }, /Setting "budgets\.l2" must be a whole number of tokens from 0 to 4000/);
    rejects({ budgets: { l3: 1.5 } }, /Setting "budgets\.l3"/);
    rejects({ budgets: { l4: Number.NaN } }, /Setting "budgets\.l4"/);
    rejects({ budgets: { l4: '400' } }, /Setting "budgets\.l4"/);
    rejects({ budgets: null }, /Setting "budgets" must be an object/);
    rejects({ dream: { intervalHours: 0 } }, /Setting "dream\.intervalHours" must be a whole number of hours from 1 to 168/);
    rejects({ dream: { intervalHours: 169 } }, /Setting "dream\.intervalHours"/);
    rejects({ dream: { intervalHours: Infinity } }, /Setting "dream\.intervalHours"/);
    rejects({ dream: { useLlm: null } }, /Setting "dream\.useLlm" must be true or false, not null/);
    rejects({ redaction: { email: 'yes' } }, /Setting "redaction\.email"/);
    rejects({ insertionOffSites: 'claude' }, /Setting "insertionOffSites" must be a list of site ids/);
    rejects({ insertionOffSites: ['claude', 'example'] }, /Setting "insertionOffSites\[1\]" must be one of .*not "example"/);
    rejects({ insertionOffSites: Array.from({ length: 100 }, () => 'claude') }, /Setting "insertionOffSites" lists 100 sites/);
    rejects({ embedModel: 'attacker/any-repo' }, /Setting "embedModel" must be one of .*"none".*not "attacker\/any-repo"/);
    rejects({ embedModel: 42 }, /Setting "embedModel"/);
    rejects({ llmModel: 'Llama-3.2-1B-Instruct-q4f32_1-MLC' }, /Setting "llmModel" must be one of/);
    // One bad field refuses the whole patch: nothing is half-applied.
    rejects({ paused: true, budgets: { l1: 100, l2: 99999 } }, /Setting "budgets\.l2"/);
  });

  it('errors are Error instances with a short message even for a huge value', () => {
    let error: unknown;
    try {
      parseSettingsPatch({ embedModel: 'x'.repeat(1_000_000) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Setting "embedModel" must be one of .*not "x{60}…"$/);
    expect((error as Error).message.length).toBeLessThan(400);
  });
});

describe('saveSettings', () => {
  it('merges nested objects: a partial patch keeps the other fields of that object', async () => {
    const db = freshDb();
    await saveSettings(db, { dream: { enabled: true, intervalHours: 12, useLlm: true } });
    const after = await saveSettings(db, { dream: { enabled: false } });
    expect(after.dream).toEqual({ enabled: false, intervalHours: 12, useLlm: true, approveInstructions: false });
    await saveSettings(db, { sites: { claude: false } });
    await saveSettings(db, { sites: { gemini: false } });
    await saveSettings(db, { budgets: { l4: 500 } });
    const s = await loadSettings(db);
    expect(s.sites).toEqual({ ...DEFAULT_SETTINGS.sites, claude: false, gemini: false });
    expect(s.budgets).toEqual({ ...DEFAULT_SETTINGS.budgets, l4: 500 });
    expect(s.dream).toEqual({ enabled: false, intervalHours: 12, useLlm: true, approveInstructions: false });
  });

  it('takes the patches the popup and options page send (whole nested objects) and returns what it stored', async () => {
    const db = freshDb();
    const current = await loadSettings(db);
    await saveSettings(db, { sites: { ...current.sites, claude: false } });
    await saveSettings(db, { budgets: { ...current.budgets, l4: 4000 } });
    await saveSettings(db, { redaction: { ...current.redaction, email: true } });
    await saveSettings(db, { insertionOffSites: ['claude'] });
    await saveSettings(db, { insertionOffSites: [] });
    await saveSettings(db, { embedModel: 'Xenova/multilingual-e5-small' });
    const returned = await saveSettings(db, { paused: true });
    const expected = {
      ...DEFAULT_SETTINGS,
      paused: true,
      sites: { ...DEFAULT_SETTINGS.sites, claude: false },
      budgets: { ...DEFAULT_SETTINGS.budgets, l4: 4000 },
      redaction: { email: true, phone: false },
      embedModel: 'Xenova/multilingual-e5-small',
    };
    expect(returned).toEqual(expected);
    expect(await loadSettings(db)).toEqual(expected);
    expect(await storedValue(db)).toEqual({ schemaVersion: SETTINGS_VERSION, ...expected });
  });

  it('refuses an invalid patch and leaves what is stored unchanged', async () => {
    const db = freshDb();
    await saveSettings(db, { paused: true, budgets: { l1: 10 } });
    const before = await storedValue(db);
    await expect(saveSettings(db, { paused: false, budgets: { l2: 1e9 } })).rejects.toThrow(/Setting "budgets\.l2"/);
    await expect(saveSettings(db, { embedModel: 'attacker/repo' })).rejects.toThrow(/Setting "embedModel"/);
    await expect(saveSettings(db, { paused: false, bogus: true } as never)).rejects.toThrow(/"bogus" is unknown/);
    expect(await storedValue(db)).toEqual(before);
    expect((await loadSettings(db)).paused).toBe(true);
  });

  it('concurrent saves of different fields both land', async () => {
    const db = freshDb();
    await Promise.all([
      saveSettings(db, { paused: true }),
      saveSettings(db, { dream: { intervalHours: 48 } }),
      saveSettings(db, { sites: { grok: false } }),
      saveSettings(db, { insertion: 'click' }),
    ]);
    const s = await loadSettings(db);
    expect(s).toMatchObject({ paused: true, insertion: 'click', dream: { intervalHours: 48 } });
    expect(s.sites.grok).toBe(false);
  });
});
