import './node-globals';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptCapture } from '../../../lib/background/capture-intake';
import { ReverieDb } from '../../../lib/db/schema';
import { engineApi } from '../../../lib/host/facade';
import { ReverieService } from '../../../lib/host/service';
import type { SiteId } from '../../../lib/sites';

/**
 * The block-scope setting end to end in the engine host, as the background reaches it: chats captured through the
 * intake on ChatGPT and Claude, the block asked for through the engine host's contract. At the default settings a
 * site's block draws on every site's chats; the user's choice of "this site only" (for every site, or for one) keeps a
 * site's block to its own chats.
 * Real storage, real lexical recall: the filter is the engine's, not a fake's.
 */

const T0 = Date.UTC(2026, 4, 12, 10);
let n = 0;
const services: ReverieService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.db.delete().catch(() => undefined);
});

async function freshService(): Promise<ReverieService> {
  const service = await ReverieService.start({ db: new ReverieDb(`block-scope-${process.pid}-${++n}`), now: () => T0, createEmbedder: async () => null });
  services.push(service);
  return service;
}

async function chat(service: ReverieService, site: SiteId, id: string, title: string, turns: string[], drain = true) {
  const message = { site, conversationId: id, url: `https://example.test/${site}/${id}`, title, turns: turns.map((text, i) => ({ role: i % 2 ? 'assistant' : 'user', text, ordinal: i })) };
  expect(await acceptCapture(service.db, message)).toEqual({ accepted: true });
  if (drain) await service.drainCaptureQueue();
}

async function seed(service: ReverieService) {
  await chat(service, 'chatgpt', 'g1', 'Knee surgery recovery', ['My knee surgery recovery plan has physio three times a week.', 'Keep the physio going and ice the knee after.']);
  await chat(service, 'claude', 'c1', 'Sourdough starter', ['My sourdough starter is called Bubbles and needs rye flour.', 'Feed Bubbles rye flour weekly.']);
}

describe('what a block may draw on, in the engine host', () => {
  it("by default a site's block draws on every site; choosing this site only keeps the others out", async () => {
    const service = await freshService();
    const api = engineApi(service);
    await seed(service);
    expect((await api.getSettings()).blockScope).toBe('all');
    const typed = 'what about my knee physio and the sourdough rye flour';
    const widened = await api.requestPreamble({ site: 'claude', firstMessage: typed });
    expect(widened.text).toMatch(/^⟦reverie⟧ Notes from all my past chats \(delete this block if not wanted\):$/m);
    expect(widened.text).toContain('Bubbles');
    expect(widened.text).toMatch(/knee/);
    expect(widened.text).toContain('ChatGPT · Knee surgery recovery');

    await api.setSettings({ blockScope: 'site' });

    const onClaude = await api.requestPreamble({ site: 'claude', firstMessage: typed });
    expect(onClaude.text).toMatch(/^⟦reverie⟧ Notes from my past chats on Claude \(delete this block if not wanted\):$/m);
    expect(onClaude.text).toContain('Bubbles');
    expect(onClaude.text).not.toMatch(/knee|physio|ChatGPT/i);
    const onChatGpt = await api.requestPreamble({ site: 'chatgpt', firstMessage: typed });
    expect(onChatGpt.text).toMatch(/Notes from my past chats on ChatGPT/);
    expect(onChatGpt.text).toContain('knee');
    expect(onChatGpt.text).not.toMatch(/Bubbles|sourdough/i);
    // A site with no chats of its own gets no block at all.
    expect((await api.requestPreamble({ site: 'gemini', firstMessage: typed })).text).toBe('');
  });

  it("a site's own choice wins over the default, either way", async () => {
    const service = await freshService();
    const api = engineApi(service);
    await seed(service);
    await api.setSettings({ blockScope: 'all', blockScopeSites: { claude: 'site' } });
    expect((await api.requestPreamble({ site: 'claude', firstMessage: 'knee physio' })).text).not.toMatch(/knee|physio/i);
    expect((await api.requestPreamble({ site: 'gemini', firstMessage: 'knee physio' })).text).toMatch(/knee/);

    await api.setSettings({ blockScope: 'site', blockScopeSites: { gemini: 'all' } });
    expect((await api.requestPreamble({ site: 'gemini', firstMessage: 'sourdough' })).text).toMatch(/Bubbles/);
    expect((await api.requestPreamble({ site: 'claude', firstMessage: 'knee physio' })).text).not.toMatch(/knee|physio/i);
  });

  it("recall fills the block's matches with the site's own memories, not other sites' that rank higher", async () => {
    const service = await freshService();
    // More ChatGPT chats that match the typed words better than Claude's one than the block asks recall for (at most
    // 80), yet within the lexical ranking's depth (200): ranked among them, Claude's would be cut before the filter.
    for (let i = 0; i < 120; i++)
      await chat(service, 'chatgpt', `g${i}`, `Budget ${i}`, [`Quarterly budget spreadsheet review ${i}: budget spreadsheet review`, 'Noted.'], false);
    await chat(service, 'claude', 'c1', 'Planning', ['The budget meeting moved to Friday.', 'Noted.']);
    await engineApi(service).setSettings({ blockScope: 'site' });
    const p = await engineApi(service).requestPreamble({ site: 'claude', firstMessage: 'budget spreadsheet review' });
    expect(p.lines.filter((l) => l.layer === 'L1').map((l) => l.text)).toEqual([expect.stringContaining('The budget meeting moved to Friday.')]);
    expect(p.text).not.toMatch(/Quarterly/);
  });
});
