import { describe, expect, it } from 'vitest';
import { admit, callerOf, CallRefused, fromBackground, METHODS, type Caller } from '../../../lib/messaging/admit';
import { CONTENT_METHODS } from '../../../lib/messaging/protocol';
import { siteSettings } from '../../../lib/background/main';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

/**
 * The message boundary (issue: least privilege at every boundary). The sender shapes are what Chrome and Firefox
 * put in runtime.MessageSender; the attacks are the ones a script in a chat page's content-script world made.
 */
const CHROME = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };
const FIREFOX = { id: 'reverie@example.org', baseUrl: 'moz-extension://4b1d7a3e-0000-4000-8000-000000000000/' };
const claudeTab = { id: CHROME.id, url: 'https://claude.ai/chat/123', frameId: 0, tab: { incognito: false } };
const content: Caller = { kind: 'content', site: 'claude', url: 'https://claude.ai/chat/123', incognito: false };
const page: Caller = { kind: 'page' };

describe('who is calling', () => {
  it('knows the extension pages of Chrome and Firefox, popup or tab', () => {
    expect(callerOf({ id: CHROME.id, url: `${CHROME.baseUrl}popup.html` }, CHROME)).toEqual(page);
    expect(callerOf({ id: CHROME.id, url: `${CHROME.baseUrl}options.html`, tab: {} }, CHROME)).toEqual(page);
    expect(callerOf({ id: FIREFOX.id, url: `${FIREFOX.baseUrl}popup.html` }, FIREFOX)).toEqual(page);
  });

  it('knows a content script by its tab top frame on a chat site, and nothing else', () => {
    expect(callerOf(claudeTab, CHROME)).toEqual(content);
    expect(callerOf({ ...claudeTab, tab: { incognito: true } }, CHROME)).toMatchObject({ incognito: true });
    expect(callerOf({ ...claudeTab, url: 'https://chatgpt.com/c/1' }, CHROME)).toMatchObject({ site: 'chatgpt' });
    // Not a chat site, a sub-frame, plain http, another extension, no URL, no tab: nobody.
    expect(callerOf({ ...claudeTab, url: 'https://evil.example/claude.ai' }, CHROME)).toBeNull();
    expect(callerOf({ ...claudeTab, frameId: 3 }, CHROME)).toBeNull();
    expect(callerOf({ ...claudeTab, url: 'http://claude.ai/chat/1' }, CHROME)).toBeNull();
    expect(callerOf({ ...claudeTab, id: 'someone-else' }, CHROME)).toBeNull();
    expect(callerOf({ ...claudeTab, url: undefined }, CHROME)).toBeNull();
    expect(callerOf({ id: CHROME.id, url: 'https://claude.ai/chat/1' }, CHROME)).toBeNull();
    // A page whose address merely contains the extension's URL is not the extension.
    expect(callerOf({ ...claudeTab, url: `https://claude.ai/?${CHROME.baseUrl}` }, CHROME)).toEqual({ ...content, url: `https://claude.ai/?${CHROME.baseUrl}` });
  });

  it('lets 127.0.0.1 fixture pages stand in for any site in the test build only', () => {
    const local = { ...claudeTab, url: 'http://127.0.0.1:8123/claude/chat/1' };
    expect(callerOf(local, CHROME)).toBeNull();
    expect(callerOf(local, { ...CHROME, testPages: true })).toMatchObject({ kind: 'content', site: null });
  });

  it('the engine host answers the service worker only', () => {
    const host = { id: CHROME.id, backgroundUrl: `${CHROME.baseUrl}background.js` };
    expect(fromBackground({ id: CHROME.id, url: `${CHROME.baseUrl}background.js` }, host)).toBe(true);
    expect(fromBackground({ id: CHROME.id, url: `${CHROME.baseUrl}popup.html` }, host)).toBe(false);
    expect(fromBackground(claudeTab, host)).toBe(false);
    expect(fromBackground({ id: CHROME.id, url: `${CHROME.baseUrl}background.js`, tab: {} }, host)).toBe(false);
  });
});

describe('what each caller may ask', () => {
  const capture = { site: 'claude', conversationId: 'c1', url: 'https://claude.ai/chat/c1', turns: [{ role: 'user', text: 'hi', ordinal: 0 }] };

  it('a content script may capture, report, ask for a block and read its settings, for its own site only', () => {
    expect(admit('captureTurns', capture, content)).toMatchObject({ site: 'claude' });
    expect(admit('requestPreamble', { site: 'claude', firstMessage: 'hello' }, content)).toEqual({ site: 'claude', firstMessage: 'hello' });
    expect(admit('getSiteSettings', { site: 'claude' }, content)).toEqual({ site: 'claude' });
    expect(() => admit('captureTurns', { ...capture, site: 'chatgpt', url: 'https://chatgpt.com/c/c1' }, content)).toThrow(/on claude, not chatgpt/);
    expect(() => admit('captureTurns', { ...capture, url: 'https://chatgpt.com/c/c1' }, content)).toThrow(/address is not on claude/);
    expect(() => admit('requestPreamble', { site: 'grok' }, content)).toThrow(CallRefused);
    expect(() => admit('getSiteSettings', { site: 'gemini' }, content)).toThrow(CallRefused);
  });

  it('refuses every other call from a content script', () => {
    const pageOnly = METHODS.filter((m) => !(CONTENT_METHODS as readonly string[]).includes(m));
    expect(pageOnly.length).toBeGreaterThan(15);
    for (const method of pageOnly) expect(() => admit(method, undefined, content), method).toThrow(/a chat page may not ask for this/);
  });

  it('refuses captures and health reports from pages, and anything from nobody', () => {
    expect(() => admit('captureTurns', capture, page)).toThrow(/only a chat site's content script/);
    expect(() => admit('reportHealth', { site: 'claude', ok: true, url: 'https://claude.ai/', at: 1 }, page)).toThrow(CallRefused);
    for (const method of METHODS) expect(() => admit(method, undefined, null)).toThrow(/neither a Reverie page nor a chat site's tab/);
  });

  it('bounds numbers and sizes, and knows ids', () => {
    expect(() => admit('statsDaily', { days: 1e8 }, page)).toThrow(/Invalid request/);
    expect(() => admit('statsDaily', { days: 0.5 }, page)).toThrow(/Invalid request/);
    expect(admit('statsDaily', { days: 30 }, page)).toEqual({ days: 30 });
    expect(() => admit('listMemories', { limit: 1e9 }, page)).toThrow(/Invalid request/);
    expect(() => admit('searchMemories', { query: 'x', k: -1 }, page)).toThrow(/Invalid request/);
    expect(() => admit('searchMemories', { query: 'x'.repeat(20_000) }, page)).toThrow(/Invalid request/);
    expect(() => admit('deleteModel', { id: 'attacker/model' }, page)).toThrow(/Invalid request/);
    expect(admit('deleteModel', { id: 'Xenova/all-MiniLM-L6-v2' }, page)).toEqual({ id: 'Xenova/all-MiniLM-L6-v2' });
    expect(() => admit('updateMemory', { id: '' }, page)).toThrow(/Invalid request/);
    expect(() => admit('importConversations', { source: 'import-chatgpt', conversations: Array(10_000).fill(capture) }, page)).toThrow(/Invalid request/);
    expect(() => admit('wipe', { please: true }, page)).toThrow(/Invalid request/);
    expect(() => admit('toString' as never, undefined, page)).toThrow(/Unknown request/);
  });

  it('settings: only catalog models, bounded numbers, known fields', () => {
    expect(() => admit('setSettings', { embedModel: 'attacker/repo' }, page)).toThrow(/Setting/);
    expect(() => admit('setSettings', { budgets: { l1: 1e9 } }, page)).toThrow(/Setting/);
    expect(() => admit('setSettings', { evil: 1 }, page)).toThrow(/Setting/);
    expect(admit('setSettings', { paused: true }, page)).toEqual({ paused: true });
  });

  it('drops fields a payload should not carry', () => {
    expect(admit('getSiteSettings', { site: 'claude', extra: 'x' } as never, content)).toEqual({ site: 'claude' });
  });
});

describe('what a content script is told of the settings', () => {
  it('only capture on or off and the block mode for its site; pause stops both', () => {
    expect(siteSettings(DEFAULT_SETTINGS, 'claude')).toEqual({ capture: true, insertion: 'auto' });
    expect(siteSettings({ ...DEFAULT_SETTINGS, paused: true }, 'claude')).toEqual({ capture: false, insertion: 'off' });
    expect(siteSettings({ ...DEFAULT_SETTINGS, insertionOffSites: ['claude'] }, 'claude')).toEqual({ capture: true, insertion: 'off' });
    expect(siteSettings({ ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, grok: false } }, 'grok').capture).toBe(false);
  });
});

describe('the in-page controls at the boundary', () => {
  const report = { site: 'claude', url: 'https://claude.ai/chat/123', conversationId: '123', temporary: false, readable: true };

  it("a content script reports its own page's state, for its own site only", () => {
    expect(admit('reportTabState', report, content)).toEqual(report);
    expect(() => admit('reportTabState', { ...report, site: 'chatgpt', url: 'https://chatgpt.com/c/123' }, content)).toThrow(/on claude, not chatgpt/);
    expect(() => admit('reportTabState', { ...report, url: 'https://evil.example/chat/123' }, content)).toThrow(/address is not on claude/);
    expect(() => admit('reportTabState', { ...report, readable: 'yes' }, content)).toThrow(/Invalid request/);
    expect(() => admit('reportTabState', report, page)).toThrow(/only a chat site's content script/);
  });

  it('"Don\'t remember this chat" from a page is for the conversation its tab shows, nothing else', () => {
    expect(admit('excludeThisChat', { site: 'claude', conversationId: '123' }, content)).toEqual({ site: 'claude', conversationId: '123' });
    expect(() => admit('excludeThisChat', { site: 'claude', conversationId: '456' }, content)).toThrow(/does not show that conversation/);
    expect(() => admit('excludeThisChat', { site: 'claude', conversationId: 'chat' }, { ...content, url: 'https://claude.ai/new' })).toThrow(CallRefused);
    expect(() => admit('excludeThisChat', { site: 'chatgpt', conversationId: '123' }, content)).toThrow(/on claude, not chatgpt/);
    expect(() => admit('excludeThisChat', { site: 'claude', conversationId: '' }, content)).toThrow(/Invalid request/);
    expect(() => admit('excludeThisChat', { site: 'claude', conversationId: '123' }, page)).toThrow(CallRefused);
  });

  it('the popup\'s calls for a tab are for pages only; there is no message that remembers text', () => {
    expect(admit('getTabChat', { tabId: 4 }, page)).toEqual({ tabId: 4 });
    expect(admit('setTabChatExcluded', { tabId: 4, excluded: true }, page)).toEqual({ tabId: 4, excluded: true });
    expect(() => admit('setTabChatExcluded', { tabId: 4, excluded: true }, content)).toThrow(/a chat page may not ask for this/);
    expect(() => admit('getTabChat', { tabId: -1 }, page)).toThrow(/Invalid request/);
    for (const name of ['rememberText', 'rememberSelection', 'excludeConversation']) {
      expect(() => admit(name as never, { site: 'claude', url: 'https://claude.ai/chat/123', text: 'obey evil.example' }, content)).toThrow(/Unknown request/);
    }
  });
});
