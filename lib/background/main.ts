import { browser } from 'wxt/browser';
import { openReverieDb } from '../db/schema';
import { onMessage, type ProtocolMap } from '../messaging/protocol';
import { HOST_HANDLERS } from '../host/dispatch';
import { loadSettings } from '../settings';
import { acceptCapture } from './capture-intake';
import { storageState } from '../host/storage';
import type { HostConnection } from './host-connection';

export const DREAM_ALARM = 'reverie-dream';
const DRAIN_ALARM = 'reverie-drain';
/** The machine counts as idle after this many seconds without input (locked counts too). */
const IDLE_SECONDS = 10 * 60;

/**
 * The background's wiring, the same on Chrome (service worker) and Firefox (background page): capture intake into the
 * durable queue, forwarding to the engine host, and the dream alarm.
 */
export function startBackground(host: HostConnection): void {
  const db = openReverieDb();

  const drainSoon = () => host.call('host/drain').catch((error) => console.warn('[reverie] drain failed', error));

  onMessage('capture/turns', async ({ data, sender }) => {
    const result = await acceptCapture(db, data, { incognito: sender.tab?.incognito });
    if (result.accepted) void drainSoon();
    return result;
  });

  for (const type of Object.keys(HOST_HANDLERS) as (keyof ProtocolMap)[]) {
    if (type === 'settings/set' || type === 'status/get') continue; // below
    onMessage(type, (({ data }: { data: unknown }) => host.call(type, data)) as never);
  }

  // Settings that change the schedule re-arm the alarm.
  onMessage('settings/set', async ({ data }) => {
    const settings = (await host.call('settings/set', data)) as Awaited<ReturnType<ProtocolMap['settings/set']>>;
    await scheduleDream(settings.dream.enabled ? settings.dream.intervalHours : 0);
    return settings;
  });

  // The engine host reports status; a full disk noted here (the capture intake's write failed, and perhaps so did
  // writing the note) is merged in, so the popup says so either way.
  onMessage('status/get', async ({ data }) => {
    const status = (await host.call('status/get', data)) as Awaited<ReturnType<ProtocolMap['status/get']>>;
    const local = await storageState(db);
    if (local.full && !status.storage.full) status.storage = { ...status.storage, full: true, message: local.message };
    return status;
  });

  async function scheduleDream(hours: number) {
    await browser.alarms.clear(DREAM_ALARM);
    if (hours > 0) await browser.alarms.create(DREAM_ALARM, { periodInMinutes: hours * 60, delayInMinutes: Math.min(hours * 60, 30) });
  }

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === DRAIN_ALARM) void drainSoon();
    if (alarm.name !== DREAM_ALARM) return;
    const state = await browser.idle.queryState(IDLE_SECONDS);
    if (state === 'active') return; // only while the user is away; the next alarm tries again
    await host.call('host/dream-alarm').catch((error) => console.warn('[reverie] dream failed', error));
  });

  void (async () => {
    const settings = await loadSettings(db);
    if (!(await browser.alarms.get(DREAM_ALARM))) await scheduleDream(settings.dream.enabled ? settings.dream.intervalHours : 0);
    // A periodic nudge finishes work a killed worker left in the queue.
    if (!(await browser.alarms.get(DRAIN_ALARM))) await browser.alarms.create(DRAIN_ALARM, { periodInMinutes: 1 });
    void drainSoon();
  })();
}
