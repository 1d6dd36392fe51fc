import './node-globals';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { ReverieDb } from '../../../lib/db/schema';
import { engineApi } from '../../../lib/host/facade';
import { ReverieService } from '../../../lib/host/service';

/**
 * The popup's search, in the engine host: a search that names a period lists what was said in it, and not the best
 * matches from other weeks after them (ranked recall only favours the period); with nothing in the period, it falls
 * back to the best matches. Real storage, real lexical recall.
 */

const day = (iso: string) => Date.parse(`${iso}T10:00:00Z`);
const NOW = day('2026-03-25'); // a Wednesday: last week is 16–22 March
let n = 0;
const services: ReverieService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.db.delete().catch(() => undefined);
});

async function seeded(): Promise<ReverieService> {
  const service = await ReverieService.start({ db: new ReverieDb(`search-period-${process.pid}-${++n}`), now: () => NOW, createEmbedder: async () => null });
  services.push(service);
  const chat = async (id: string, at: number, turns: string[]) => {
    const message = { site: 'chatgpt' as const, conversationId: id, url: `https://chatgpt.com/c/${id}`, title: id, turns: turns.map((text, i) => ({ role: i % 2 ? ('assistant' as const) : ('user' as const), text, ordinal: i, at: at + i * 1000 })) };
    expect(await acceptCapture(service.db, message)).toEqual({ accepted: true });
  };
  await chat('fence', day('2026-03-03'), ['Painting the garden fence this weekend, which paint for old pine?', 'An oil-based exterior paint suits weathered pine.']);
  await chat('shed', day('2026-03-17'), ['Painted the shed door sage green, it needs a second coat?', 'Yes, a second coat after 16 hours.']);
  await chat('bike', day('2026-03-19'), ['Fixed the puncture on my bike, the tyre keeps going soft though', 'Check the rim tape and the valve core.']);
  await service.drainCaptureQueue();
  return service;
}

describe('a popup search that names a period', () => {
  it('lists what was said in the period only; without a period, the best matches from any time', async () => {
    const api = engineApi(await seeded());
    const lastWeek = (await api.searchMemories({ query: 'what did I paint last week', k: 5 })).map((h) => h.memory.text);
    expect(lastWeek.some((t) => /shed door/.test(t))).toBe(true);
    expect(lastWeek.some((t) => /fence/.test(t))).toBe(false);
    const anyTime = (await api.searchMemories({ query: 'what did I paint', k: 5 })).map((h) => h.memory.text);
    expect(anyTime.some((t) => /fence/.test(t))).toBe(true);
  });

  it('falls back to the best matches when nothing in the period matched', async () => {
    const api = engineApi(await seeded());
    const hits = (await api.searchMemories({ query: 'garden fence paint in January', k: 5 })).map((h) => h.memory.text);
    expect(hits.some((t) => /fence/.test(t))).toBe(true);
  });

  it('shows the best matches from any time for words naming a thing whose period it may be, not a question about the period', async () => {
    const api = engineApi(await seeded());
    // "garden fence last week": nothing said last week holds "garden" or "fence", the chat of 3 March does.
    const thing = (await api.searchMemories({ query: 'garden fence last week', k: 5 })).map((h) => h.memory.text);
    expect(thing.some((t) => /fence/.test(t))).toBe(true);
    // Asked as a question of the period, it keeps to the period when something in it matched ("paint" of the shed).
    const asked = (await api.searchMemories({ query: 'what did I paint for the garden fence last week', k: 5 })).map((h) => h.memory.text);
    expect(asked.some((t) => /fence/.test(t))).toBe(false);
    expect(asked.some((t) => /shed door/.test(t))).toBe(true);
  });
});
