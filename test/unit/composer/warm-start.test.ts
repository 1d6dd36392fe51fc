// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { WarmStart, type WarmStartAdapter, type WarmStartEvent, type WarmStartMode } from '../../../lib/composer/warm-start';
import type { Preamble } from '../../../lib/messaging/protocol';
import { formatPreamble, parsePreamble } from '../../../lib/preamble/format';
import { caretToEnd, fakes, waitFor, type Mounted } from './helpers';

let warm: WarmStart | null = null;
afterEach(() => {
  warm?.stop();
  warm = null;
  document.body.replaceChildren();
});

function preambleFor(firstMessage?: string): Preamble {
  const L1 = firstMessage ? [`matches "${firstMessage}"`] : [];
  const text = formatPreamble({ L4: ['Lives in Lisbon'], L1 });
  return { text, lines: [], tokens: 0, memoryCount: 1 + L1.length };
}

/** A fake chat site: a thread, a composer slot, and a URL that SPA navigation changes. */
function site(opts: { mode?: WarmStartMode; mount?: (el: HTMLElement) => unknown; composerLater?: boolean } = {}) {
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
      return preambleFor(m);
    },
    mode: opts.mode ?? 'auto',
    debounceMs: 20,
    pollMs: 15,
    insert: { settleMs: 2 },
    onEvent: (e) => events.push(e),
  });
  const editor = () => (composer as unknown as { __fakeEditor: { getText(): string } }).__fakeEditor;
  const mounted = (): Mounted =>
    ({
      el: composer!,
      kind: 'prosemirror',
      name: 'pm',
      editor: editor(),
      async type(text: string) {
        for (const ch of text) {
          composer!.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: ch, bubbles: true, cancelable: true }));
          await new Promise((r) => setTimeout(r, 0));
        }
      },
    }) as unknown as Mounted;
  return {
    events,
    requests,
    keydowns,
    thread,
    mountComposer,
    text: () => editor().getText(),
    mounted,
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
    expect(s.keydowns).toEqual([]);
  });

  it('stops refreshing once the user edits the block', async () => {
    const s = site();
    s.start();
    await waitFor(() => s.events.some((e) => e.type === 'inserted'));
    const m = s.mounted();
    // Put the caret after "Lisbon" inside the block and add a word.
    const target = Array.from(m.el.querySelectorAll('p')).find((p) => p.textContent === '- Lives in Lisbon')!;
    const r = document.createRange();
    r.setStart(target.firstChild!, target.textContent!.length);
    r.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
    await m.type(' (Alfama)');
    caretToEnd(m);
    await m.type('question');
    await waitFor(() => s.events.some((e) => e.type === 'stopped'));
    expect(s.events.find((e) => e.type === 'stopped')).toEqual({ type: 'stopped', reason: 'edited' });
    await new Promise((r2) => setTimeout(r2, 80));
    expect(s.events.some((e) => e.type === 'refreshed')).toBe(false);
    expect(parsePreamble(s.text()).sections.L4).toEqual(['Lives in Lisbon (Alfama)']);
    expect(parsePreamble(s.text()).message).toBe('question');
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
    expect(s.events).toEqual([]);
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
    m.el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true }));
    await waitFor(() => s.events.some((e) => e.type === 'stopped'));
    expect(s.events.find((e) => e.type === 'stopped')).toEqual({ type: 'stopped', reason: 'removed' });
    expect(s.text()).toBe('');
  });
});
