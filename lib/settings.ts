import * as v from 'valibot';
import { SITE_IDS, type SiteId } from './sites';
import type { ReverieDb } from './db/schema';
import { ownEntry } from './util/own';

/** Layer token budgets: the design's 8k/24k/64k/32k proportions (L1/L2/L3/L4) scaled to ~1,200 tokens. */
export const DEFAULT_BUDGETS = { l1: 300, l2: 150, l3: 400, l4: 350 } as const;

const SiteFlags = v.record(v.picklist(SITE_IDS), v.boolean());

export const SettingsSchema = v.object({
  /** Global pause: nothing is captured while true. */
  paused: v.boolean(),
  /** Per-site capture switch. */
  sites: SiteFlags,
  /** Warm-start insertion: automatic, on click (chip), or off; per-site off list. */
  insertion: v.picklist(['auto', 'click', 'off']),
  insertionOffSites: v.array(v.picklist(SITE_IDS)),
  budgets: v.object({ l1: v.number(), l2: v.number(), l3: v.number(), l4: v.number() }),
  redaction: v.object({ email: v.boolean(), phone: v.boolean() }),
  dream: v.object({ enabled: v.boolean(), intervalHours: v.number(), useLlm: v.boolean() }),
  /** Embedding model id (a Hugging Face repo id), or 'none' for lexical-only recall. */
  embedModel: v.string(),
  llmModel: v.string(),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  sites: Object.fromEntries(SITE_IDS.map((s) => [s, true])) as Record<SiteId, boolean>,
  insertion: 'auto',
  insertionOffSites: [],
  budgets: { ...DEFAULT_BUDGETS },
  redaction: { email: false, phone: false },
  dream: { enabled: true, intervalHours: 6, useLlm: true },
  embedModel: 'Xenova/all-MiniLM-L6-v2',
  llmModel: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
};

const KEY = 'settings';

/** Settings are one validated row; anything unreadable falls back to defaults field by field. */
export async function loadSettings(db: ReverieDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  const merged = { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) };
  const parsed = v.safeParse(SettingsSchema, merged);
  return parsed.success ? parsed.output : DEFAULT_SETTINGS;
}

export async function saveSettings(db: ReverieDb, patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings(db)), ...patch };
  const parsed = v.parse(SettingsSchema, next);
  await db.settings.put({ key: KEY, value: parsed, updatedAt: Date.now() });
  return parsed;
}

export function captureAllowed(settings: Settings, site: SiteId): { ok: true } | { ok: false; reason: string } {
  if (settings.paused) return { ok: false, reason: 'paused' };
  if (!ownEntry(settings.sites, site)) return { ok: false, reason: 'site-off' };
  return { ok: true };
}
