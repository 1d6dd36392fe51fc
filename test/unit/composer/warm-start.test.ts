// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarmStart, type WarmStartAdapter, type WarmStartEvent, type WarmStartOptions } from '../../../lib/composer/warm-start';
import { standaloneContext, type ContentContext } from '../../../lib/content/context';
import type { Preamble } from '../../../lib/messaging/protocol';
import { stripPreamble } from '../../../lib/preamble/delimiters';
import { formatPreamble, parsePreamble } from '../../../lib/preamble/format';
import { caretToEnd, fakes, waitFor, type Mounted } from './helpers';

let warm: WarmStart | null = null;
afterEach(() => {
  warm?.stop();
  warm = null;
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** What the browser sets on events that come from the user (keystrokes, typing, pasting); scripts cannot. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function preambleFor(firstMessage?: string): Preamble {
  const L1 = firstMessage ? [`matches "${firstMessage}"`] : [];
  const text = formatPreamble({ L4: ['Lives in Lisbon'], L1 });
  return { text, lines: [], tokens: 0, memoryCount: 1 + L1.length };
}

/** A fake chat site: a thread, a composer slot, and a URL that SPA navigation changes. */
function site(
  opts: {
    mode?: WarmStartOptions['mode'];
    mount?: (el: HTMLElement) => unknown;
    composerLater?: boolean;
    refreshIntervalMs?: number;
    debounceMs?: number;
    ctx?: ContentContext;
    requestPreamble?: (m?: string) => Promise<Preamble>;
    settleMs?: number;
  } = {},
) {
  let url = 'https://claude.ai/new';
  const thread = document.createElement('div');
  thread.id = 'thread';
  const slot = document.createElement('div');
  document.body.append(thread, slot);
  const events: WarmStartEvent[] = [];
  const requests: (string | undefined)[] = [];
  let composer: HTMLElement | null = null;
  const keydowns: string[] = [];
  const mountComposer = () => {
    composer = document.createElement('div');
    composer.id = 'composer';
    composer.addEventListener('keydown', (e) => keydowns.push((e as KeyboardEvent).key));
    slot.replaceChildren(composer);
    (opts.mount ?? fakes.mountProseMirrorLike)(composer);
  };
  if (!opts.composerLater) mountComposer();
  const adapter: WarmStartAdapter = {
    site: 'claude',
    composerKind: 'prosemirror',
    findComposer: (doc) => doc.querySelector<HTMLElement>('#composer'),
    isNewChat: (u, doc) => u.endsWith('/new') && doc.querySelector('#thread')!.childElementCount === 0,
  };
  warm = new WarmStart({
    doc: document,
    getUrl: () => url,
    adapterFor: () => adapter,
    requestPreamble: async (m) => {
      requests.push(m);
      return opts.requestPreamble ? opts.requestPreamble(m) : preambleFor(m);
    },
    mode: opts.mode ?? 'auto',
    debounceMs: opts.debounceMs ?? 20,
    refreshIntervalMs: opts.refreshIntervalMs ?? 0,
    ...(opts.ctx ? { ctx: opts.ctx } : {}),
    insert: { settleMs: opts.settleMs ?? 2 },
    onEvent: (e) => events.push(e),
  });
  const editor = () => (composer as unknown as { __fakeEditor: { getText(): string } }).__fakeEditor;
  const mounted = (): Mounted =>
    ({
      el: composer!,
      kind: 'prosemirror',
      name: 'pm',
      editor: editor(),
      /** The user types: trusted key and input events, as a browser fires them. */
      async type(text: string) {
        for (const ch of text) {
          typeKey(ch);
          await new Promise((r) => setTimeout(r, 0));
        }
      },
    }) as unknown as Mounted;
  /** One keystroke of the user's, synchronously. */
  const typeKey = (ch: string) => {
    composer!.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: ch, bubbles: true })));
    composer!.dispatchEvent(trusted(new InputEvent('beforeinput', { inputType: 'insertText', data: ch, bubbles: true, cancelable: true })));
  };
  /** A page script writing into the composer through the editor (untrusted events the editor still obeys). */
  const scriptTypes = (text: string) => {
    composer!.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true }));
    composer!.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }));
  };
  return {
    events,
    requests,
    keydowns,
    thread,
    mountComposer,
    text: () => editor().getText(),
    mounted,
    typeKey,
    scriptTypes,
    navigate(next: string) {
      url = next;
    },
    start: () => warm!.start(),
  };
}

describe('WarmStart', () => {
  it('inserts the preamble into a new chat, then refreshes L1 as the user types', async () => {
    const s = site();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    expect(s.text()).toBe(`${preambleFor().text}\n\n`);
    expect(s.requests).toEqual([undefined]);

    const m = s.mounted();
    caretToEnd(m);
    await m.type('lisbon rent');
    await waitFor(() => s.events.some((e) => e.type === 'refreshed'));
    expect(s.text()).toBe(`${preambleFor('lisbon rent').text}\n\nlisbon rent`);
    expect(s.requests.at(-1)).toBe('lisbon rent');
    // Only the last pause in typing asked for a refresh (debounced), and nothing was ever sent.
    expect(s.requests.length).toBeLessThanOrEqual(3);
    expect(s.keydowns.join('')).toBe('lisbon rent'); // the user's keys only: Reverie never presses one (no Enter)
  });

  it('the user typing with the caret put inside the block types after it, and refreshing goes on', async () => {
    const s = site();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    const m = s.mounted();
    m.el.focus();
    // The caret after "Lisbon", inside the block; the user types before the browser even reports the move.
    const target = Array.from(m.el.querySelectorAll('p')).find((p) => p.textContent === '- Lives in Lisbon')!;
    const r = document.createRange();
    r.setStart(target.firstChild!, target.textContent!.length);
    r.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
    await m.type('rent');
    await waitFor(() => s.events.some((e) => e.type === 'refreshed'));
    expect(s.text()).toBe(`${preambleFor('rent').text}\n\nrent`);
    expect(s.events.some((e) => e.type === 'stopped')).toBe(false);
  });

  it('stops refreshing once the block is edited past the guard (a page script writing into it)', async () => {
    const s = site();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    const m = s.mounted();
    // A page script selects inside the block and writes there at once, before the browser reports the selection
    // (happy-dom reports it synchronously: hold that report back, as a browser's comes a task later).
    const later = (e: Event) => e.stopImmediatePropagation();
    window.addEventListener('selectionchange', later, { capture: true });
    const target = Array.from(m.el.querySelectorAll('p')).find((p) => p.textContent === '- Lives in Lisbon')!;
    const r = document.createRange();
    r.setStart(target.firstChild!, target.textContent!.length);
    r.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
    s.scriptTypes(' (Alfama)'); // untrusted input: the guard leaves page scripts alone
    window.removeEventListener('selectionchange', later, { capture: true });
    caretToEnd(m);
    await m.type('question');
    await waitFor(() => s.events.some((e) => e.type === 'stopped'));
    expect(s.events.find((e) => e.type === 'stopped')).toEqual({ type: 'stopped', reason: 'edited' });
    await new Promise((r2) => setTimeout(r2, 80));
    expect(s.events.some((e) => e.type === 'refreshed')).toBe(false);
    expect(parsePreamble(s.text()).sections.L4).toEqual(['Lives in Lisbon (Alfama)']);
    // The edited line is kept with the user's message; the rest of the block is not.
    expect(stripPreamble(s.text(), [preambleFor().text])).toBe('- Lives in Lisbon (Alfama)\n\nquestion');
  });

  it('does nothing on an old chat, and inserts after SPA navigation to a new chat', async () => {
    const s = site({ composerLater: true });
    s.navigate('https://claude.ai/chat/123');
    s.thread.append(document.createElement('article'));
    s.mountComposer();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'skipped'));
    expect(s.events).toEqual([{ type: 'skipped', reason: 'not-new-chat' }]);
    expect(s.text()).toBe('');

    // The site swaps the thread and composer for a new chat.
    s.thread.replaceChildren();
    s.navigate('https://claude.ai/new');
    s.mountComposer();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    expect(s.text()).toBe(`${preambleFor().text}\n\n`);
  });

  it('waits for a composer that appears after navigation', async () => {
    const s = site({ composerLater: true });
    s.start();
    await new Promise((r) => setTimeout(r, 40));
    expect(s.events).toEqual([]);
    s.mountComposer();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
  });

  it('leaves a draft alone', async () => {
    const s = site({ composerLater: true });
    s.mountComposer();
    await s.mounted().type('my draft');
    s.start();
    await waitFor(() => s.events.length > 0);
    expect(s.events).toEqual([{ type: 'skipped', reason: 'composer-not-empty' }]);
    expect(s.text()).toBe('my draft');
  });

  it('offers a chip in click mode and inserts only when asked', async () => {
    const s = site({ mode: 'click' });
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'chip'));
    expect(s.text()).toBe('');
    const host = document.querySelector('reverie-chip')!;
    expect(host).not.toBeNull();
    expect(warm!.state).toBe('chip');
    // The chip's root is closed; the controller's own handle clicks Insert the way a user would.
    const root = (warm as unknown as { chip: { root: ShadowRoot } }).chip.root;
    root.querySelector('button')!.click();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    expect(s.text()).toBe(`${preambleFor().text}\n\n`);
    expect(document.querySelector('reverie-chip')).toBeNull();
  });

  it('falls back to the chip when the editor rejects the insertion', async () => {
    const s = site({ mount: (el) => fakes.mountRejectingEditor(el) });
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'chip'));
    expect(s.events.find((e) => e.type === 'chip')).toMatchObject({ type: 'chip', reason: 'insert-failed' });
    expect(document.querySelector('reverie-chip')).not.toBeNull();
    expect(s.text()).toBe('');
  });

  it('does nothing when off', async () => {
    const s = site({ mode: 'off' });
    s.start();
    await new Promise((r) => setTimeout(r, 60));
    expect(s.events).toEqual([{ type: 'skipped', reason: 'off' }]);
    expect(s.requests).toEqual([]);
    expect(s.text()).toBe('');
  });

  it('ends the session when the message is sent (composer cleared)', async () => {
    const s = site();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    const m = s.mounted();
    // The site clears the composer after sending: select everything and delete it.
    const r = document.createRange();
    r.selectNodeContents(m.el);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
    m.el.dispatchEvent(trusted(new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true })));
    await waitFor(() => s.events.some((e) => e.type === 'stopped'));
    expect(s.events.find((e) => e.type === 'stopped')).toEqual({ type: 'stopped', reason: 'removed' });
    expect(s.text()).toBe('');
  });
});

describe('WarmStart: the page cannot steer the block', () => {
  it('a page script writing into the composer, or firing input events, refreshes nothing; the user typing does', async () => {
    const s = site();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    caretToEnd(s.mounted());
    s.scriptTypes('lisbon rent');
    expect(parsePreamble(s.text()).message).toBe('lisbon rent'); // the editor took the script's text
    s.mounted().el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    await new Promise((r) => setTimeout(r, 100)); // five times the pause that would have refreshed the block
    expect(s.requests).toEqual([undefined]);
    expect(s.events.some((e) => e.type === 'refreshed')).toBe(false);

    s.typeKey('!');
    await waitFor(() => s.events.some((e) => e.type === 'refreshed'));
    expect(s.requests).toEqual([undefined, 'lisbon rent!']);
  });

  it('refreshes at most once per refreshIntervalMs, and the last words typed are always looked up', async () => {
    vi.useFakeTimers();
    const s = site({ debounceMs: 400, refreshIntervalMs: 1_500 });
    s.start();
    await vi.advanceTimersByTimeAsync(200);
    expect(s.events.some((e) => e.type === 'inserted')).toBe(true);
    const typeAtEnd = (ch: string) => {
      caretToEnd(s.mounted());
      s.typeKey(ch);
    };
    typeAtEnd('a'); // t = 0
    await vi.advanceTimersByTimeAsync(450); // a pause: the first refresh (at 400), written by 450
    expect(s.requests).toEqual([undefined, 'a']);
    expect(s.events.filter((e) => e.type === 'refreshed')).toHaveLength(1);
    typeAtEnd('b'); // t = 450
    await vi.advanceTimersByTimeAsync(400); // another pause, but too soon after the last request (at 400)
    expect(s.requests).toEqual([undefined, 'a']);
    typeAtEnd('c'); // t = 850
    await vi.advanceTimersByTimeAsync(1_049); // t = 1899
    expect(s.requests).toEqual([undefined, 'a']);
    await vi.advanceTimersByTimeAsync(1); // t = 1900: 1.5 s after the first request
    expect(s.requests).toEqual([undefined, 'a', 'abc']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(s.requests).toEqual([undefined, 'a', 'abc']);
    expect(parsePreamble(s.text()).message).toBe('abc');
  });
});

describe('WarmStart: pause pauses everything', () => {
  it('paused: no block and nothing asked; resumed (tab shown again) on the same new chat: the block arrives', async () => {
    let mode: 'auto' | 'off' = 'off';
    const s = site({ mode: () => mode });
    s.start();
    await waitFor(() => s.events.length > 0);
    expect(s.events).toEqual([{ type: 'skipped', reason: 'off' }]);
    expect(s.requests).toEqual([]);
    expect(s.text()).toBe('');

    mode = 'auto';
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    expect(s.text()).toBe(`${preambleFor().text}\n\n`);
  });

  it('paused while the block was being fetched: it is not written', async () => {
    let mode: 'auto' | 'off' = 'auto';
    let answer!: (p: Preamble) => void;
    const s = site({ mode: () => mode, requestPreamble: () => new Promise((r) => (answer = r)) });
    s.start();
    await waitFor(() => s.requests.length === 1);
    mode = 'off';
    answer(preambleFor());
    await waitFor(() => s.events.length > 0);
    expect(s.events).toEqual([{ type: 'skipped', reason: 'off' }]);
    expect(s.text()).toBe('');
  });

  it('paused after insertion: typing refreshes nothing, and the session ends', async () => {
    let mode: 'auto' | 'off' = 'auto';
    const s = site({ mode: () => mode });
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    mode = 'off';
    caretToEnd(s.mounted());
    await s.mounted().type('lisbon');
    await waitFor(() => s.events.some((e) => e.type === 'stopped'));
    expect(s.events.find((e) => e.type === 'stopped')).toEqual({ type: 'stopped', reason: 'paused' });
    expect(s.requests).toEqual([undefined]);
    expect(parsePreamble(s.text()).sections.L1 ?? []).toEqual([]);
  });

  it('paused, the tab shown again: the session ends; in click mode the chip goes and its Insert writes nothing', async () => {
    let mode: 'auto' | 'click' | 'off' = 'click';
    const s = site({ mode: () => mode });
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'chip'));
    const root = (warm as unknown as { chip: { root: ShadowRoot } }).chip.root;
    mode = 'off';
    root.querySelector('button')!.click(); // Insert, clicked after pausing
    await waitFor(() => s.events.some((e) => e.type === 'skipped'));
    expect(s.text()).toBe('');
    expect(document.querySelector('reverie-chip')).toBeNull();

    // Auto mode, inserted; paused elsewhere, then the user comes back to the tab.
    warm!.stop();
    document.body.replaceChildren();
    mode = 'auto';
    const t = site({ mode: () => mode });
    t.start();
    await waitFor(() => t.events.some((e) => e.type === 'inserted'));
    mode = 'off';
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => t.events.some((e) => e.type === 'stopped'));
    expect(t.events.at(-1)).toEqual({ type: 'stopped', reason: 'paused' });
    caretToEnd(t.mounted());
    await t.mounted().type('lisbon');
    await new Promise((r) => setTimeout(r, 60));
    expect(t.requests).toEqual([undefined]);
  });
});

describe('WarmStart in an invalidated content script', () => {
  it('stops: no block on a later new chat', async () => {
    const ctx = standaloneContext();
    const s = site({ ctx, composerLater: true });
    s.navigate('https://claude.ai/chat/123');
    s.thread.append(document.createElement('article'));
    s.mountComposer();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'skipped'));
    ctx.abort();
    s.thread.replaceChildren();
    s.navigate('https://claude.ai/new');
    s.mountComposer();
    await new Promise((r) => setTimeout(r, 100));
    expect(s.events).toEqual([{ type: 'skipped', reason: 'not-new-chat' }]);
    expect(s.text()).toBe('');
  });
});


describe('WarmStart: the insert and remove commands', () => {
  it('removeBlock takes the block out and keeps what the user typed; insertBlockNow puts one above a draft', async () => {
    const s = site();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    caretToEnd(s.mounted());
    await s.mounted().type('question');
    expect(await warm!.removeBlock()).toEqual({ ok: true });
    expect(s.text()).toBe('question');
    expect(s.events.at(-1)).toEqual({ type: 'stopped', reason: 'removed' });
    expect(await warm!.removeBlock()).toEqual({ ok: false, error: 'there is no Reverie block in the composer' });

    // Asked for again, over the draft: the block matches the draft, which stays below it.
    expect(await warm!.insertBlockNow()).toEqual({ ok: true });
    expect(s.requests.at(-1)).toBe('question');
    expect(s.text()).toBe(`${preambleFor('question').text}\n\nquestion`);
    expect((await warm!.insertBlockNow()).ok).toBe(false);
  });

  it('removeBlock asked while the block is on screen but still settling: it is removed, not refused', async () => {
    // A long settle, so that the block is seen on screen before it is read back however loaded the machine is: the
    // poll below is due long before the settle timer, and timers run in the order they fall due.
    const s = site({ settleMs: 300 });
    s.start();
    // The block is in the composer before the editor has settled and Reverie has read it back.
    await waitFor(() => s.text().includes('⟦/reverie⟧'));
    expect(s.events.some((e) => e.type === 'inserted')).toBe(false);
    expect(await warm!.removeBlock()).toEqual({ ok: true });
    expect(s.text()).toBe('');
    expect(s.events.at(-1)).toEqual({ type: 'stopped', reason: 'removed' });
    // Nothing comes back once the insertion has finished settling.
    await new Promise((r) => setTimeout(r, 400));
    expect(s.text()).toBe('');
    expect(s.events.at(-1)).toEqual({ type: 'stopped', reason: 'removed' });
  });

  it('insertBlockNow writes nothing while Reverie is paused here', async () => {
    let mode: 'auto' | 'off' = 'auto';
    const s = site({ mode: () => mode });
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    expect((await warm!.removeBlock()).ok).toBe(true);
    mode = 'off';
    expect(await warm!.insertBlockNow()).toEqual({ ok: false, error: 'adding memory is paused or switched off for this site' });
    expect(s.text()).toBe('');
  });
});
