// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageControls, type BlockCommands } from '../../../lib/content/controls';
import { standaloneContext } from '../../../lib/content/context';
import { observePage } from '../../../lib/content/page-changes';
import type { NavigationChange } from '../../../lib/content/navigation';
import { adapterFor } from '../../../lib/capture/registry';
import type { PageStateReport, TabCalls, TabState } from '../../../lib/messaging/protocol';
import { selectedText } from '../../../lib/content/selection';

/**
 * The page side of the controls: what the content script reports (and when), what it shows, and how it answers the
 * background's requests — the block shortcuts, the selection for "Remember this", the open chat for the popup.
 */

afterEach(() => {
  document.body.replaceChildren();
});

function setup(opts: { url?: string; state?: TabState; blocks?: BlockCommands | null } = {}) {
  let url = opts.url ?? 'https://claude.ai/chat/abc-123';
  document.body.innerHTML = '<div id="thread"></div><form><div class="ProseMirror" data-testid="chat-input" contenteditable="true"><p></p></div><button type="submit">Send</button></form>';
  const ctx = standaloneContext();
  const navListeners = new Set<(c: NavigationChange) => void>();
  const handlers = new Map<keyof TabCalls, (m: { data: unknown }) => unknown>();
  const reports: PageStateReport[] = [];
  let state: TabState = opts.state ?? 'saving';
  const excludeThisChat = vi.fn(async () => ({ deleted: 3 }));
  const controls = new PageControls({
    doc: document,
    ctx,
    site: 'claude',
    getUrl: () => url,
    adapter: () => adapterFor(new URL(url), document),
    changes: observePage(document, ctx),
    navigation: { subscribe: (l) => (navListeners.add(l), () => navListeners.delete(l)) },
    reportTabState: async (report) => {
      reports.push(report);
      return { state };
    },
    excludeThisChat,
    blocks: () => (opts.blocks === undefined ? null : opts.blocks),
    listen: (method, handler) => {
      handlers.set(method, handler as never);
      return () => handlers.delete(method);
    },
    trusted: () => true,
  });
  controls.start();
  const ask = <M extends keyof TabCalls>(method: M, data?: Parameters<TabCalls[M]>[0]) => handlers.get(method)!({ data }) as Promise<Awaited<ReturnType<TabCalls[M]>>>;
  return {
    ctx,
    controls,
    reports,
    handlers,
    ask,
    excludeThisChat,
    setState: (s: TabState) => (state = s),
    navigate: (to: string) => {
      const from = url;
      url = to;
      for (const l of navListeners) l({ from, to, early: false });
    },
  };
}

describe('the page side of the in-page controls', () => {
  it('reports the page on start and shows the state the background answers', async () => {
    const { controls, reports } = setup();
    await controls.refresh();
    expect(reports[0]).toEqual({ site: 'claude', url: 'https://claude.ai/chat/abc-123', conversationId: 'abc-123', temporary: false, readable: true });
    expect(controls.indicator.shownText).toMatch(/^Reverie · Saving/);
  });

  it('reports again when capture stops being able to read the page, on navigation, and when told settings changed', async () => {
    const { controls, reports, ask, navigate, setState } = setup();
    await controls.refresh();
    setState('broken');
    controls.setHealth({ ok: false, problem: 'Claude: found 4 turn blocks but could not read their text' });
    await controls.refresh();
    expect(reports.at(-1)).toMatchObject({ readable: false, problem: 'Claude: found 4 turn blocks but could not read their text' });
    expect(controls.indicator.shownText).toContain('Not working on this page');

    setState('saving');
    navigate('https://claude.ai/new');
    await controls.refresh();
    expect(reports.at(-1)!.conversationId).toBeUndefined();

    setState('paused');
    const count = reports.length;
    await ask('refreshState');
    expect(reports.length).toBeGreaterThan(count);
    expect(controls.indicator.shownText).toMatch(/^Reverie · Paused/);
  });

  it('does not report on page mutations (capture keeps its budget)', async () => {
    const { controls, reports } = setup();
    await controls.refresh();
    const count = reports.length;
    for (let i = 0; i < 50; i++) document.getElementById('thread')!.appendChild(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 20));
    expect(reports.length).toBe(count);
  });

  it('carries out the block shortcuts through the warm start and shows the outcome', async () => {
    const blocks = { insertNow: vi.fn(async () => ({ ok: true, message: 'Block inserted (4 memories).' })), removeNow: vi.fn(async () => ({ ok: true, message: 'Block removed.' })) };
    const { controls, ask } = setup({ blocks });
    expect(await ask('blockControl', { action: 'insert' })).toEqual({ ok: true, message: 'Block inserted (4 memories).' });
    expect(controls.indicator.shownText).toContain('Block inserted (4 memories).');
    expect(await ask('blockControl', { action: 'remove' })).toEqual({ ok: true, message: 'Block removed.' });
    expect(blocks.insertNow).toHaveBeenCalledTimes(1);
    expect(blocks.removeNow).toHaveBeenCalledTimes(1);
    expect(await ask('blockControl', { action: 'explode' as never })).toMatchObject({ ok: false });
  });

  it('says so when the warm start is not running yet', async () => {
    const { ask } = setup({ blocks: null });
    expect(await ask('blockControl', { action: 'insert' })).toEqual({ ok: false, message: 'Reverie is still starting on this page: try again in a moment.' });
  });

  it('answers the selection and the open chat, for "Remember this" and the popup', async () => {
    const { ask } = setup();
    const p = document.createElement('p');
    p.textContent = 'I keep my passport in the blue folder.';
    document.body.appendChild(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(await ask('readSelection')).toEqual({ text: 'I keep my passport in the blue folder.', site: 'claude', conversationId: 'abc-123' });
    expect(await ask('currentChat')).toEqual({ site: 'claude', conversationId: 'abc-123' });
  });

  it('shows notices the background sends, as text', async () => {
    const { controls, ask } = setup();
    await ask('showNotice', { ok: false, message: 'Reverie is paused: nothing was remembered.' });
    expect(controls.indicator.shownText).toContain('Reverie is paused: nothing was remembered.');
  });

  it('"Don\'t remember this chat" names the open conversation and reports back', async () => {
    const { controls, excludeThisChat } = setup();
    await controls.refresh();
    const root = controls.indicator.root;
    const click = (label: string) => Array.from(root.querySelectorAll('button')).find((b) => b.textContent === label)!.click();
    click('⋯');
    click("Don't remember this chat");
    click('Forget this chat');
    await vi.waitFor(() => expect(controls.indicator.shownText).toContain('erased (3 memories)'));
    expect(excludeThisChat).toHaveBeenCalledWith({ site: 'claude', conversationId: 'abc-123' });
  });

  it('stops listening when the content script is invalidated', () => {
    const { ctx, handlers, controls } = setup();
    ctx.abort();
    expect(handlers.size).toBe(0);
    expect(controls.indicator.host.isConnected).toBe(false);
  });
});

describe('the selection "Remember this" reads', () => {
  it('is the selected part of a focused text field', () => {
    const area = document.createElement('textarea');
    area.value = 'Draft: my flight lands at 14:05 in Oslo.';
    document.body.appendChild(area);
    area.focus();
    area.setSelectionRange(7, 40);
    expect(selectedText(document)).toBe('my flight lands at 14:05 in Oslo.');
  });

  it('is empty when nothing is selected', () => {
    document.getSelection()!.removeAllRanges();
    expect(selectedText(document)).toBe('');
  });
});
