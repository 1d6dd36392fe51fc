import * as v from 'valibot';
import { CONTENT_METHODS, type CallInput, type Method } from './protocol';
import { SITE_IDS, siteForHost, type SiteId } from '../sites';
import { parseSettingsPatch } from '../settings';
import { EMBEDDING_MODELS } from '../engine/models';
import { DREAM_MODELS } from '../llm/webllm-config';
import { ownEntry } from '../util/own';

/**
 * The boundary check for every message the background receives. Content scripts share their page's process, so
 * anything a compromised or hostile page can run there may send messages too: a content script may only capture,
 * report health, ask for a block and read its own site's settings, and only for the site its tab is on. Everything
 * else is for the extension's own pages. Every payload is validated here, before anything reads it.
 */

/** Who sent a message, as far as the browser vouches for it. */
export type Caller =
  | { kind: 'page' }
  /** `site` null: a test build's fixture page on 127.0.0.1, which may stand in for any site (never in store builds). */
  | { kind: 'content'; site: SiteId | null; url: string; incognito: boolean; tabId?: number };

/** What the check knows of this extension: its id, its pages' base URL, and whether it is the test build. */
export interface ExtensionIdentity {
  id: string;
  baseUrl: string;
  /** Test build only: content scripts also run on fixture pages served from 127.0.0.1. */
  testPages?: boolean;
}

const TEST_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** The parts of a runtime.MessageSender this check reads (Chrome's and Firefox's agree on them). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean };
}

export class CallRefused extends Error {
  override name = 'CallRefused';
}

/**
 * Classifies a sender: one of the extension's own pages (its URL is under the extension's base URL), or a content
 * script in the top frame of a tab on a known chat site. Anything else — another extension, a frame, a page that
 * is not a chat site — is nobody and may call nothing.
 */
export function callerOf(sender: SenderInfo, extension: ExtensionIdentity): Caller | null {
  if (sender.id !== extension.id || !sender.url) return null;
  if (sender.url.startsWith(extension.baseUrl)) return { kind: 'page' };
  if (!sender.tab || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  const incognito = !!sender.tab.incognito;
  const tabId = sender.tab.id;
  if (extension.testPages && url.protocol === 'http:' && TEST_HOSTS.has(url.hostname)) return { kind: 'content', site: null, url: sender.url, incognito, tabId };
  const site = urlSite(sender.url);
  return site ? { kind: 'content', site, url: sender.url, incognito, tabId } : null;
}

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(256));
const Count = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const Site = v.picklist(SITE_IDS);
const Url = v.pipe(v.string(), v.maxLength(4096));
const Nothing = v.undefined();

/** Sizes a capture may have; past them a turn is cut (by the intake) or the message refused. */
export const MAX_TURN_CHARS = 2_000_000;
const MAX_TURNS_PER_MESSAGE = 5_000;
/** One import message: the options page sends conversations in batches of 20. */
const MAX_CONVERSATIONS_PER_IMPORT = 500;

const TurnSchema = v.object({
  role: v.picklist(['user', 'assistant']),
  // No length bound here: a pasted log or file is kept, cut by the intake at MAX_TURN_CHARS with a visible marker;
  // the browser's own message size limit bounds what arrives.
  text: v.string(),
  ordinal: Count(0, 1_000_000),
  at: v.optional(v.pipe(v.number(), v.finite())),
  hadBlock: v.optional(v.literal(true)),
});

const ConversationId = v.pipe(v.string(), v.minLength(1), v.maxLength(512));

export const CaptureSchema = v.object({
  site: Site,
  conversationId: ConversationId,
  url: Url,
  title: v.optional(v.pipe(v.string(), v.maxLength(1024))),
  turns: v.pipe(v.array(TurnSchema), v.maxLength(MAX_TURNS_PER_MESSAGE)),
  createdAt: v.optional(v.pipe(v.number(), v.finite())),
});

const MODEL_IDS = [...EMBEDDING_MODELS.map((m) => m.id), ...DREAM_MODELS.map((m) => m.id), ...DREAM_MODELS.map((m) => `webllm:${m.id}`)];

/** How each method's payload is read: a schema, or a parser that throws with a message naming the bad field. */
type Parse<M extends Method> = (data: unknown) => CallInput<M>;
const schema =
  <M extends Method>(s: v.GenericSchema<unknown, CallInput<M>>): Parse<M> =>
  (data) => {
    const result = v.safeParse(s, data);
    if (!result.success) throw new CallRefused(`Invalid request: ${v.summarize(result.issues).slice(0, 300)}`);
    return result.output;
  };

const PARSERS: { [M in Method]: Parse<M> } = {
  captureTurns: schema(CaptureSchema),
  reportHealth: schema(
    v.object({ site: Site, ok: v.boolean(), problem: v.optional(v.pipe(v.string(), v.maxLength(500))), url: Url, at: v.pipe(v.number(), v.finite()) }),
  ),
  requestPreamble: schema(v.object({ site: Site, firstMessage: v.optional(v.pipe(v.string(), v.maxLength(100_000))) })),
  getSiteSettings: schema(v.object({ site: Site })),
  reportTabState: schema(
    v.object({
      site: Site,
      url: Url,
      conversationId: v.optional(ConversationId),
      temporary: v.boolean(),
      readable: v.boolean(),
      problem: v.optional(v.pipe(v.string(), v.maxLength(500))),
    }),
  ),
  excludeThisChat: schema(v.object({ site: Site, conversationId: ConversationId })),

  getStatus: schema(v.object({ site: v.optional(Site) })),
  getLastBlock: schema(v.object({ tabId: Count(0, 2 ** 31) })),
  getTabChat: schema(v.object({ tabId: Count(0, 2 ** 31) })),
  setTabChatExcluded: schema(v.object({ tabId: Count(0, 2 ** 31), excluded: v.boolean() })),
  searchMemories: schema(v.object({ query: v.pipe(v.string(), v.maxLength(10_000)), k: v.optional(Count(1, 200)) })),
  listMemories: schema(
    v.object({
      offset: v.optional(Count(0, 10_000_000)),
      limit: v.optional(Count(1, 1000)),
      kinds: v.optional(v.pipe(v.array(v.picklist(['fact', 'preference', 'instruction', 'episode', 'passage', 'profile', 'domain', 'pattern', 'style'])), v.maxLength(20))),
      pinnedOnly: v.optional(v.boolean()),
    }),
  ),
  updateMemory: schema(v.object({ id: Id, text: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(20_000))), pinned: v.optional(v.boolean()) })),
  deleteMemory: schema(v.object({ id: Id })),
  undoDeleteMemory: schema(v.object({ id: Id })),
  forgetConversation: schema(v.object({ conversationKey: v.pipe(v.string(), v.minLength(1), v.maxLength(600)) })),
  getSettings: schema(Nothing),
  setSettings: (data) => {
    try {
      return parseSettingsPatch(data);
    } catch (error) {
      throw new CallRefused((error as Error).message);
    }
  },
  dreamNow: schema(Nothing),
  getDiary: schema(v.object({ limit: v.optional(Count(1, 1000)) })),
  approveDiary: schema(v.object({ id: Id })),
  undoDiary: schema(v.object({ id: Id })),
  statsDaily: schema(v.object({ days: Count(1, 3660) })),
  statsTopics: schema(Nothing),
  importConversations: schema(
    v.object({
      source: v.picklist(['import-chatgpt', 'import-claude']),
      conversations: v.pipe(v.array(CaptureSchema), v.maxLength(MAX_CONVERSATIONS_PER_IMPORT)),
    }),
  ),
  exportMarkdown: schema(Nothing),
  beginRestore: schema(Nothing),
  endRestore: schema(Nothing),
  wipe: schema(Nothing),
  deleteModel: schema(v.object({ id: v.picklist(MODEL_IDS) })),
  retryModel: schema(v.object({ id: v.picklist(MODEL_IDS) })),
};

/** Every method of the contract, in declaration order. */
export const METHODS = Object.keys(PARSERS) as Method[];
const CONTENT = new Set<string>(CONTENT_METHODS);

function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && ownEntry(PARSERS, name) !== undefined;
}

/**
 * Admits one call: the caller may make it, and its payload is valid. Returns the validated payload (unknown fields
 * dropped); throws CallRefused, with a message saying why, otherwise.
 */
export function admit<M extends Method>(method: M, data: unknown, caller: Caller | null): CallInput<M> {
  if (!isMethod(method)) throw new CallRefused(`Unknown request: ${String(method).slice(0, 60)}`);
  if (!caller) throw new CallRefused(`${method} refused: the sender is neither a Reverie page nor a chat site's tab.`);
  const forContent = CONTENT.has(method);
  if (caller.kind === 'page' && forContent && method !== 'requestPreamble')
    throw new CallRefused(`${method} refused: only a chat site's content script sends this.`);
  if (caller.kind === 'content' && !forContent) throw new CallRefused(`${method} refused: a chat page may not ask for this.`);
  const input = PARSERS[method](data);
  if (caller.kind === 'content' && caller.site) {
    const site = (input as { site?: SiteId }).site;
    if (site !== caller.site) throw new CallRefused(`${method} refused: this tab is on ${caller.site}, not ${String(site)}.`);
    const url = (input as { url?: string }).url;
    if (url !== undefined && urlSite(url) !== caller.site) throw new CallRefused(`${method} refused: the page address is not on ${caller.site}.`);
  }
  // Forgetting a chat is for the one the tab shows: a page cannot have other conversations of its site forgotten.
  if (method === 'excludeThisChat' && caller.kind === 'content' && !addressNames(caller.url, (input as CallInput<'excludeThisChat'>).conversationId))
    throw new CallRefused(`${method} refused: this tab does not show that conversation.`);
  return input;
}

/**
 * Whether a page address shows `conversationId`: every site puts the id of the open chat in the path
 * (`/c/<id>`, `/chat/<id>`, `/app/<id>`…), so it must be one of the address's path segments.
 */
export function addressNames(url: string, conversationId: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  return path.split('/').some((segment) => {
    if (segment === conversationId) return true;
    try {
      return decodeURIComponent(segment) === conversationId;
    } catch {
      return false;
    }
  });
}

function urlSite(url: string): SiteId | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? siteForHost(parsed.hostname) : null;
  } catch {
    return null;
  }
}

/** The engine host's check (Chrome's offscreen document): the message comes from this extension's service worker. */
export function fromBackground(sender: SenderInfo, extension: { id: string; backgroundUrl: string }): boolean {
  return sender.id === extension.id && !sender.tab && sender.url === extension.backgroundUrl;
}
