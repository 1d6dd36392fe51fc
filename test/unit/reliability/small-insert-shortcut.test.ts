import { describe, expect, it } from 'vitest';
import { commandHandler } from '../../../lib/background/commands';
import type { RememberDeps } from '../../../lib/background/remember-selection';
import type { TabMessenger } from '../../../lib/background/chat-tabs';
import type { HostConnection } from '../../../lib/host/connection';
import { ReverieDb } from '../../../lib/db/schema';
import type { ControlOutcome, TabCalls } from '../../../lib/messaging/protocol';
import { saveSettings } from '../../../lib/settings';

/**
 * The insert-block shortcut where no block may go says which setting stops it, on the real settings store (fake
 * IndexedDB): paused says paused; adding memory set to "Never", or switched off for the site, says so and how to turn
 * it back on — never "paused" — and the tab's content script is not asked to insert.
 */

const IDENTITY = { id: 'reverie-test', baseUrl: 'chrome-extension://reverie-test/' };
const CLAUDE_TAB = { id: 7, url: 'https://claude.ai/chat/c-42', incognito: false };
let n = 0;

function setup() {
  const db = new ReverieDb(`small-insert-${process.pid}-${++n}`);
  const told: { method: keyof TabCalls; data: unknown }[] = [];
  const send: TabMessenger = async (_tabId, method, ...data) => {
    told.push({ method, data: data[0] });
    return (method === 'blockControl' ? { ok: true, message: 'Block inserted.' } : undefined) as never;
  };
  const host: HostConnection = {
    call: async () => {
      throw new Error('the block shortcuts do not call the engine');
    },
  };
  const deps: RememberDeps = { db, host, identity: IDENTITY, send };
  const insert = async () => (await commandHandler(deps)('insert-block', CLAUDE_TAB)) as ControlOutcome;
  return { db, told, insert };
}

describe('the insert-block shortcut says why no block went in', () => {
  it('adding memory set to "Never": says it is off in the settings and how to turn it on, not that Reverie is paused', async () => {
    const { db, told, insert } = setup();
    await saveSettings(db, { insertion: 'off' });
    const outcome = await insert();
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).not.toMatch(/paused/i);
    expect(outcome.message).toMatch(/^Adding memory to chats is off in Reverie's settings: no block was inserted\./);
    expect(outcome.message).toMatch(/turn it on.*"Add memory to new chats".*"Automatically" or "When I click"/);
    expect(told).toEqual([{ method: 'showNotice', data: outcome }]);
  });

  it('switched off for this site: names the site and the checkbox that turns it back on', async () => {
    const { db, told, insert } = setup();
    await saveSettings(db, { insertionOffSites: ['chatgpt', 'claude'] });
    const outcome = await insert();
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.message).not.toMatch(/paused/i);
    expect(outcome.message).toMatch(/^Adding memory is off for Claude in Reverie's settings: no block was inserted\./);
    expect(outcome.message).toMatch(/tick "Add memory" for Claude/);
    expect(told.map((t) => t.method)).toEqual(['showNotice']);
  });

  it('paused still says paused, whatever the insertion setting', async () => {
    const { db, insert } = setup();
    await saveSettings(db, { paused: true, insertion: 'off' });
    expect(await insert()).toEqual({ ok: false, message: 'Reverie is paused: no block was inserted.' });
  });

  it('on, and on for this site while another is off: the tab is asked to insert', async () => {
    const { db, told, insert } = setup();
    await saveSettings(db, { insertion: 'click', insertionOffSites: ['chatgpt'] });
    expect(await insert()).toEqual({ ok: true, message: 'Block inserted.' });
    expect(told).toEqual([{ method: 'blockControl', data: { action: 'insert' } }]);
  });
});
