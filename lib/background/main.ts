import { browser } from 'wxt/browser';
import { openReverieDb, type ReverieDb } from '../db/schema';
import { onMessage, type CallInput, type EngineMethod, type LastBlock, type Method, type ReverieCalls, type SiteSettings } from '../messaging/protocol';
import { admit, callerOf, METHODS, type Caller, type ExtensionIdentity } from '../messaging/admit';
import { captureAllowed, loadSettings, type Settings } from '../settings';
import type { SiteId } from '../sites';
import { ownEntry } from '../util/own';
import { acceptCapture, cleanCapture } from './capture-intake';
import { recentBlockStore } from './recent-blocks';
import { storageState } from '../host/storage';
import type { HostConnection } from '../host/connection';
import { chatKey, isChatExcluded } from '../host/excluded-chats';
import { messageTab, refreshChatTabs, TEST_PAGE_MATCHES } from './chat-tabs';
import { excludeChat, setTabChatExcluded, tabChat } from './chat-exclusion';
import { commandHandler, listenForCommands } from './commands';
import { listenForMenus, menuClickHandler } from './menus';
import { installControlsTestHook } from './controls-test-hook';
import type { RememberDeps } from './remember-selection';
import { showTabBadge, tabStateFor } from './tab-state';

const DREAM_ALARM = 'reverie-dream';
const DRAIN_ALARM = 'reverie-drain';
/** The machine counts as idle after this many seconds without input (locked counts too). */
const IDLE_SECONDS = 10 * 60;

/** Calls the background answers itself (or adds to); every other method is forwarded to the engine host as it is. */
type Local = { [M in Method]?: (input: CallInput<M>, caller: Caller) => Promise<Awaited<ReturnType<ReverieCalls[M]>>> };

/** The per-tab stores, the database and the engine host that the background's own answers work with. */
interface BackgroundParts {
  db: ReverieDb;
  host: HostConnection;
  identity: ExtensionIdentity;
  lastBlocks: LastBlockStore;
  recentBlocks: ReturnType<typeof recentBlockStore>;
  /** What the in-page controls and the chat-exclusion calls share. */
  controls: RememberDeps;
  /** Asks the engine host to work through the capture queue; a failure is only logged (the drain alarm retries). */
  drainSoon: () => Promise<unknown>;
}

/**
 * The background's wiring, the same on Chrome (service worker) and Firefox (background page): every contract method
 * is admitted at the boundary (who may call it, what it may carry), then answered here or forwarded to the engine
 * host; capture goes into the durable queue; the dream alarm.
 */
export function startBackground(host: HostConnection, identity: ExtensionIdentity = thisExtension()): void {
  const db = openReverieDb();

  const lastBlocks = lastBlockStore();
  const recentBlocks = recentBlockStore();
  forgetClosedTabs(lastBlocks, recentBlocks);

  const drainSoon = () => host.call('drainCaptureQueue').catch((error) => console.warn('[reverie] drain failed', error));

  const controls = { db, host, identity, send: messageTab };
  listenForControls(controls);

  const parts: BackgroundParts = { db, host, identity, lastBlocks, recentBlocks, controls, drainSoon };
  routeMessages(localCalls(parts), host, identity);
  listenForAlarms(host, drainSoon);
  armAlarmsAtStart(db, drainSoon);
}

/** A closed tab's blocks are of no more use: the popup cannot show them and no capture will come from it. */
function forgetClosedTabs(lastBlocks: LastBlockStore, recentBlocks: ReturnType<typeof recentBlockStore>): void {
  browser.tabs?.onRemoved?.addListener((tabId) => {
    void lastBlocks.delete(tabId);
    void recentBlocks.delete(tabId);
  });
}

/** The in-page controls: shortcuts and the "Remember this" menu (bound now, so either wakes a stopped worker). */
function listenForControls(controls: RememberDeps): void {
  const { identity } = controls;
  const onCommand = commandHandler(controls);
  const onMenuClick = menuClickHandler(controls);
  listenForCommands(onCommand);
  listenForMenus(onMenuClick, identity.testPages ? TEST_PAGE_MATCHES : []);
  // Test build only: a headless browser cannot press a shortcut or click a menu item; tests call the same handlers.
  if (identity.testPages) installControlsTestHook(identity, onCommand, onMenuClick);
}

/**
 * A message went out with the tab's last block in it: the memories behind its lines were of use to the user, so
 * they count as used (forgetting goes by time since last use). Once per block; the engine also allows each memory
 * one such use a day, so a page that asks for blocks and sends them over and over cannot keep memories alive.
 */
function blockKeeper({ host, lastBlocks }: BackgroundParts) {
  return async (tabId: number) => {
    const block = await lastBlocks.get(tabId);
    if (!block || block.keptAt !== undefined) return;
    await lastBlocks.set(tabId, { ...block, keptAt: Date.now() });
    const memoryIds = [...new Set(block.lines.map((l) => l.memoryId).filter((id): id is string => !!id))];
    if (memoryIds.length > 0) await host.call('blockKept', { memoryIds });
  };
}

/** The calls the background answers itself: its own ones, and those it adds to before or after the engine host. */
function localCalls(parts: BackgroundParts): Local {
  return { ...captureAndBlockCalls(parts), ...tabAndSettingsCalls(parts) };
}

/** Capture and import go through the capture intake; the block offered to a tab is remembered for that tab. */
function captureAndBlockCalls(parts: BackgroundParts): Local {
  const { db, host, lastBlocks, recentBlocks, drainSoon } = parts;
  const blockKept = blockKeeper(parts);
  return {
    captureTurns: async (input, caller) => {
      const fromTab = caller.kind === 'content' && caller.tabId !== undefined;
      const { blockSent, ...result } = await acceptCapture(db, input, {
        incognito: caller.kind === 'content' && caller.incognito,
        // The blocks this tab was given: a sent one is taken out of the user's turn by its exact text.
        knownBlocks: fromTab ? await recentBlocks.get(caller.tabId!) : [],
      });
      if (result.accepted) void drainSoon();
      if (blockSent && fromTab) void blockKept(caller.tabId!).catch(() => undefined);
      return result;
    },
    // Imports pass through the capture intake's cleaning too: size caps, block stripping, the user's redaction.
    importConversations: async (input) => {
      const settings = await loadSettings(db);
      return host.call('importConversations', { ...input, conversations: input.conversations.map((c) => cleanCapture(c, settings)) });
    },
    // The block goes to the content script; which memories went into it is kept for the popup (per tab, this session).
    requestPreamble: async (input, caller) => {
      const preamble = await host.call('requestPreamble', input);
      if (caller.kind === 'content' && caller.tabId !== undefined) {
        await lastBlocks.set(caller.tabId, { at: Date.now(), site: input.site, lines: preamble.lines });
        await recentBlocks.add(caller.tabId, preamble.text);
      }
      return preamble;
    },
    getLastBlock: async ({ tabId }) => lastBlocks.get(tabId),
  };
}

/** A tab's state and its chat's exclusion, the settings (which re-arm the schedule) and the status. */
function tabAndSettingsCalls({ db, host, identity, controls }: BackgroundParts): Local {
  return {
    getSiteSettings: async ({ site }) => siteSettings(await loadSettings(db), site),
    // The tab's state for its indicator, and the same on its toolbar badge.
    reportTabState: async (report, caller) => {
      const settings = await loadSettings(db);
      const excluded = report.conversationId !== undefined && (await isChatExcluded(db, chatKey(report.site, report.conversationId)));
      const state = tabStateFor(settings, report, excluded);
      if (caller.kind === 'content' && caller.tabId !== undefined) await showTabBadge(caller.tabId, state);
      return { state };
    },
    excludeThisChat: async ({ site, conversationId }) => excludeChat(controls, site, conversationId),
    getTabChat: async ({ tabId }) => tabChat(controls, tabId),
    setTabChatExcluded: async ({ tabId, excluded }) => setTabChatExcluded(controls, tabId, excluded),
    // Settings that change the schedule re-arm the alarm; every chat tab shows a pause or a site switch at once.
    setSettings: async (patch) => {
      const settings = await host.call('setSettings', patch);
      await scheduleDream(settings.dream.enabled ? settings.dream.intervalHours : 0);
      void refreshChatTabs(identity);
      return settings;
    },
    // The engine host reports status; a full disk noted here (the capture intake's write failed, and perhaps so did
    // writing the note) is merged in, so the popup says so either way.
    getStatus: async (input) => {
      const status = await host.call('getStatus', input);
      const state = await storageState(db);
      if (state.full && !status.storage.full) status.storage = { ...status.storage, full: true, message: state.message };
      return status;
    },
  };
}

/** Every contract method: admitted at the boundary, then answered by `local` when it has the method, else by the host. */
function routeMessages(local: Local, host: HostConnection, identity: ExtensionIdentity): void {
  for (const method of METHODS) {
    onMessage(method, (async ({ data, sender }: { data: unknown; sender: Parameters<typeof callerOf>[0] }) => {
      const caller = callerOf(sender, identity);
      let input: unknown;
      try {
        input = admit(method, data, caller);
      } catch (error) {
        console.warn('[reverie]', (error as Error).message);
        throw error;
      }
      const answer = ownEntry(local, method) as ((input: unknown, caller: Caller) => Promise<unknown>) | undefined;
      return answer ? answer(input, caller!) : host.call(method as EngineMethod, input as never);
    }) as never);
  }
}

async function scheduleDream(hours: number) {
  await browser.alarms.clear(DREAM_ALARM);
  if (hours > 0) await browser.alarms.create(DREAM_ALARM, { periodInMinutes: hours * 60, delayInMinutes: Math.min(hours * 60, 30) });
}

function listenForAlarms(host: HostConnection, drainSoon: () => Promise<unknown>): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === DRAIN_ALARM) void drainSoon();
    if (alarm.name !== DREAM_ALARM) return;
    const state = await browser.idle.queryState(IDLE_SECONDS);
    if (state === 'active') return; // only while the user is away; the next alarm tries again
    await host.call('dreamOnAlarm').catch((error) => console.warn('[reverie] dream failed', error));
  });
}

/**
 * At each start: an alarm is armed only where it is missing (creating it again would start its wait over, so a worker
 * that keeps restarting would push the dream back), and the queue is drained.
 */
function armAlarmsAtStart(db: ReverieDb, drainSoon: () => Promise<unknown>): void {
  void (async () => {
    const settings = await loadSettings(db);
    if (!(await browser.alarms.get(DREAM_ALARM))) await scheduleDream(settings.dream.enabled ? settings.dream.intervalHours : 0);
    // A periodic nudge finishes work a killed worker left in the queue.
    if (!(await browser.alarms.get(DRAIN_ALARM))) await browser.alarms.create(DRAIN_ALARM, { periodInMinutes: 1 });
    void drainSoon();
  })();
}

/** What a content script on `site` is told: capture on or off, and how to offer the block (pause stops both). */
export function siteSettings(settings: Settings, site: SiteId): SiteSettings {
  const capture = captureAllowed(settings, site).ok;
  const insertion = settings.paused || settings.insertionOffSites.includes(site) ? 'off' : settings.insertion;
  return { capture, insertion };
}

/**
 * The last block per tab, in session storage (it outlives a stopped service worker, not the browser session; content
 * scripts cannot read it), or in memory where the browser has no session storage.
 */
function lastBlockStore() {
  const session = (browser.storage as { session?: typeof browser.storage.local } | undefined)?.session;
  const memory = new Map<number, LastBlock>();
  const key = (tabId: number) => `block:${tabId}`;
  return {
    async set(tabId: number, block: LastBlock) {
      if (session) await session.set({ [key(tabId)]: block });
      else memory.set(tabId, block);
    },
    async get(tabId: number): Promise<LastBlock | null> {
      if (!session) return memory.get(tabId) ?? null;
      return ((await session.get(key(tabId)))[key(tabId)] as LastBlock | undefined) ?? null;
    },
    async delete(tabId: number) {
      if (session) await session.remove(key(tabId));
      else memory.delete(tabId);
    },
  };
}

type LastBlockStore = ReturnType<typeof lastBlockStore>;

function thisExtension(): ExtensionIdentity {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/'), testPages: import.meta.env.MODE === 'test' };
}
