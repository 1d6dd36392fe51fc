// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FORGET_CHAT_EXPLAINED, placeIndicator, showIndicator, STATE_TEXT } from '../../../lib/content/indicator';
import { standaloneContext } from '../../../lib/content/context';
import type { TabState } from '../../../lib/messaging/protocol';

/**
 * The in-page indicator: what it says in each state, that the page cannot read or press it, that it can be dismissed,
 * that "Don't remember this chat" asks first and says what it does, and where it sits (never over the send button).
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

function setup(opts: { onForgetChat?: () => Promise<{ ok: boolean; message: string }>; trusted?: (e: Event) => boolean } = {}) {
  const ctx = standaloneContext();
  const composer = document.createElement('div');
  const send = document.createElement('button');
  document.body.append(composer, send);
  const indicator = showIndicator({
    doc: document,
    ctx,
    anchors: () => ({ composer, send }),
    onForgetChat: opts.onForgetChat,
    trusted: opts.trusted ?? (() => true),
  });
  const button = (label: string) => {
    const found = Array.from(indicator.root.querySelectorAll('button')).find((b) => b.textContent === label);
    if (!found) throw new Error(`no "${label}" button`);
    return found;
  };
  return { ctx, indicator, button };
}

describe('the in-page indicator', () => {
  it('says what Reverie does on the page, in a closed shadow root the page cannot reach', () => {
    const { indicator } = setup();
    expect(indicator.host.shadowRoot).toBeNull();
    expect(indicator.host.getAttributeNames()).toEqual(['style']); // no state in attributes the page could read
    const states: TabState[] = ['saving', 'paused', 'site-off', 'chat-off', 'temporary', 'broken'];
    for (const state of states) {
      indicator.setState(state);
      expect(indicator.shownText).toContain(STATE_TEXT[state].label);
    }
    indicator.setState('saving');
    expect(indicator.shownText).toMatch(/^Reverie · Saving/);
    indicator.setState('paused');
    expect(indicator.shownText).toMatch(/^Reverie · Paused/);
    expect(indicator.shownText).not.toContain('Saving');
  });

  it('shows outcomes as text only, even markup', () => {
    const { indicator } = setup();
    indicator.notice({ ok: false, message: '<img src=x onerror="window.__pwned=1"> not saved' });
    expect(indicator.shownText).toContain('<img src=x onerror="window.__pwned=1"> not saved');
    expect(indicator.root.querySelector('img')).toBeNull();
  });

  it('can be dismissed; a later shortcut outcome still shows for a while, then goes', () => {
    vi.useFakeTimers();
    const { indicator, button } = setup();
    indicator.setState('saving');
    button('×').click();
    expect(indicator.shownText).toBe('');
    expect(indicator.host.style.display).toBe('none');
    indicator.notice({ ok: true, message: 'Remembered: pinned in Reverie.' });
    expect(indicator.shownText).toBe('Remembered: pinned in Reverie.');
    vi.advanceTimersByTime(10_000);
    expect(indicator.shownText).toBe('');
    // The dismissal holds across state changes on this page.
    indicator.setState('paused');
    expect(indicator.shownText).toBe('');
  });

  it("ignores clicks the user did not make (the page cannot press its buttons)", () => {
    const { indicator } = setup({ trusted: (e) => e.isTrusted });
    indicator.setState('saving');
    const close = Array.from(indicator.root.querySelectorAll('button')).find((b) => b.textContent === '×')!;
    close.dispatchEvent(new Event('click'));
    expect(indicator.shownText).toContain('Saving');
  });

  it('"Don\'t remember this chat" asks first, saying what it does, and reports the outcome', async () => {
    const onForgetChat = vi.fn(async () => ({ ok: true, message: 'This chat is not remembered from now on.' }));
    const { indicator, button } = setup({ onForgetChat });
    indicator.setState('saving', { canForgetChat: true });
    button('⋯').click();
    expect(indicator.shownText).toContain("Don't remember this chat");
    button("Don't remember this chat").click();
    expect(indicator.shownText).toContain(FORGET_CHAT_EXPLAINED);
    button('Cancel').click();
    expect(onForgetChat).not.toHaveBeenCalled();
    button('⋯').click();
    button("Don't remember this chat").click();
    button('Forget this chat').click();
    await vi.waitFor(() => expect(indicator.shownText).toContain('This chat is not remembered from now on.'));
    expect(onForgetChat).toHaveBeenCalledTimes(1);
  });

  it('offers "Don\'t remember this chat" only where the page shows a conversation not already excluded', () => {
    const { indicator, button } = setup({ onForgetChat: async () => ({ ok: true, message: '' }) });
    indicator.setState('saving', { canForgetChat: false });
    button('⋯').click();
    expect(indicator.shownText).not.toContain("Don't remember this chat");
    indicator.setState('chat-off', { canForgetChat: true });
    expect(indicator.shownText).not.toContain("Don't remember this chat");
    indicator.setState('broken', { canForgetChat: true, problem: 'Claude: found 3 turn blocks but could not read their text' });
    expect(indicator.shownText).toContain("Don't remember this chat");
    expect(indicator.shownText).toContain('could not read their text');
  });

  it('goes away with the content script', () => {
    const { ctx, indicator } = setup();
    ctx.abort();
    expect(indicator.host.isConnected).toBe(false);
  });

  it('respects reduced motion and dark mode', () => {
    const { indicator } = setup();
    const css = indicator.root.querySelector('style')!.textContent!;
    expect(css).toMatch(/@media \(prefers-reduced-motion: no-preference\)\s*\{[^}]*animation/);
    expect(css.split('@media (prefers-reduced-motion')[0]).not.toMatch(/animation|transition/);
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });
});

describe('where the indicator sits', () => {
  const size = { width: 180, height: 22 };
  const view = { width: 1200, height: 800 };
  const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

  it('just above the composer, at its left end', () => {
    expect(placeIndicator(size, view, rect(300, 600, 900, 700), rect(860, 650, 890, 690))).toEqual({ left: 300, top: 572 });
  });

  it('never over the send button or the composer: above its right end or below it when the button sits above, else a corner', () => {
    const composer = rect(300, 600, 900, 700);
    const sendAbove = rect(300, 560, 600, 598);
    expect(placeIndicator(size, view, composer, sendAbove)).toEqual({ left: 720, top: 572 });
    expect(placeIndicator(size, view, composer, rect(300, 560, 900, 598))).toEqual({ left: 300, top: 706 });
    for (const [c, s] of [
      [composer, sendAbove],
      [rect(0, 30, 400, 780), rect(10, 0, 200, 28)],
      [null, rect(0, 760, 300, 800)],
    ] as const) {
      const at = placeIndicator(size, view, c, s)!;
      const box = rect(at.left, at.top, at.left + size.width, at.top + size.height);
      const overlaps = (a: typeof box, b: typeof box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlaps(box, s)).toBe(false);
    }
  });

  it('the page corner when there is no composer', () => {
    expect(placeIndicator(size, view, null, null)).toEqual({ left: 12, top: 766 });
  });

  it('prefers the page background to other free spots, and finds none when every spot is taken', () => {
    const composer = rect(300, 600, 900, 700);
    // Above the composer: text of the thread (free, not background); below its left end: the background.
    const probe = (box: { top: number; left: number }) => (box.top < 600 ? 1 : box.left === 300 ? 2 : 0);
    expect(placeIndicator(size, view, composer, null, probe)).toEqual({ left: 300, top: 706 });
    expect(placeIndicator(size, view, composer, null, (box) => (box.top < 600 ? 1 : 0))).toEqual({ left: 300, top: 572 });
    expect(placeIndicator(size, view, composer, null, () => 0)).toBeNull();
  });
});

/**
 * A laid-out page for happy-dom, which does no layout: each element's rectangle, and what lies on top at a point
 * (the last-listed of the innermost elements containing it, then its ancestors; else body and html). The indicator measures
 * 180×22, or 60×22 when it shows the compact pill.
 */
type Box = { left: number; top: number; right: number; bottom: number };
const inBox = (b: Box, x: number, y: number) => x >= b.left && x < b.right && y >= b.top && y < b.bottom;
const overlapping = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function layOut(rects: Map<Element, Box>, compact: () => boolean) {
  const doc = document as Document & { elementsFromPoint?: (x: number, y: number) => Element[] };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    let b = rects.get(this) ?? { left: 0, top: 0, right: 0, bottom: 0 };
    if (this.tagName === 'REVERIE-INDICATOR') {
      const host = this as HTMLElement;
      const left = parseFloat(host.style.left) || 0;
      const top = parseFloat(host.style.top) || 0;
      b = { left, top, right: left + (compact() ? 60 : 180), bottom: top + 22 };
    }
    return { ...b, x: b.left, y: b.top, width: b.right - b.left, height: b.bottom - b.top, toJSON: () => b } as DOMRect;
  });
  doc.elementsFromPoint = (x: number, y: number) => {
    const hits = [...rects].filter(([, b]) => inBox(b, x, y)).map(([el]) => el);
    const top = hits.filter((el) => !hits.some((other) => other !== el && el.contains(other))).at(-1);
    const stack: Element[] = [];
    for (let el: Element | null = top ?? null; el; el = el.parentElement) stack.push(el);
    return stack.length ? stack : [document.body, document.documentElement];
  };
  return () => Reflect.deleteProperty(doc, 'elementsFromPoint');
}

describe('the indicator on a laid-out page', () => {
  let restore: (() => void) | undefined;
  let resized: (() => void)[] = [];
  const realResizeObserver = window.ResizeObserver;
  afterEach(() => {
    restore?.();
    restore = undefined;
    vi.restoreAllMocks();
    window.ResizeObserver = realResizeObserver;
    resized = [];
  });

  /** A chat page: a New chat link, and the composer (an editor in a padded frame) with its send button. */
  function chatPage(linkAt: Box) {
    window.ResizeObserver = class {
      constructor(callback: () => void) {
        resized.push(callback);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    document.body.innerHTML = `<main><nav><a id="new-chat" href="/new">New chat</a></nav>
<div id="frame"><div id="editor" contenteditable="true"><p id="line1">⟦reverie⟧ Notes</p><p id="line2">Recent chats:</p></div>
<button id="send" type="submit">Send</button></div></main>`;
    const $ = (id: string) => document.getElementById(id)!;
    const rects = new Map<Element, Box>([
      [$('new-chat'), linkAt],
      [document.querySelector('main')!, { left: 0, top: 0, right: 1024, bottom: 768 }],
      [$('frame'), { left: 288, top: 588, right: 912, bottom: 712 }],
      [$('editor'), { left: 300, top: 600, right: 900, bottom: 680 }],
      [$('line1'), { left: 300, top: 600, right: 900, bottom: 620 }],
      [$('line2'), { left: 300, top: 620, right: 900, bottom: 640 }],
      [$('send'), { left: 860, top: 684, right: 900, bottom: 708 }],
    ]);
    let root: ShadowRoot | null = null;
    restore = layOut(rects, () => !!root?.querySelector('.pill')!.hasAttribute('data-compact'));
    const indicator = showIndicator({
      doc: document,
      ctx: standaloneContext(),
      anchors: () => ({ composer: $('editor'), send: $('send') }),
      trusted: () => true,
    });
    root = indicator.root;
    indicator.setState('saving');
    const placed = (): Box => indicator.host.getBoundingClientRect();
    return { indicator, rects, $, placed };
  }

  it('is never over a link of the page that sits where it used to go (above the composer)', () => {
    const { $, rects, placed, indicator } = chatPage({ left: 290, top: 550, right: 420, bottom: 586 });
    expect(indicator.shownText).toMatch(/^Reverie · Saving/);
    expect(overlapping(placed(), rects.get($('new-chat'))!)).toBe(false);
    expect(overlapping(placed(), rects.get($('frame'))!)).toBe(false);
    expect(overlapping(placed(), rects.get($('send'))!)).toBe(false);
    // Nothing the user clicks is under any part of it.
    const b = placed();
    for (let x = b.left; x < b.right; x += 5) {
      for (let y = b.top; y < b.bottom; y += 5) expect(document.elementsFromPoint(x, y)[0]!.closest('a, button, [contenteditable]')).toBeNull();
    }
    // Only the pill takes clicks: the host and the rest of its box let them through to the page.
    expect(indicator.host.style.pointerEvents).toBe('none');
    const css = indicator.root.querySelector('style')!.textContent!;
    expect(css).toMatch(/\.box \{ pointer-events: none;/);
    expect(css).toContain('.pill, .panel { pointer-events: auto; }');
  });

  it("is never over the composer's text, not even once the composer has grown up over where it sat", () => {
    const { $, rects, placed } = chatPage({ left: 0, top: 0, right: 200, bottom: 30 });
    expect(overlapping(placed(), rects.get($('frame'))!)).toBe(false);
    // The block arrives: the composer grows upwards, over the spot the indicator took.
    const at = placed();
    rects.set($('frame'), { left: 288, top: at.top - 40, right: 912, bottom: 712 });
    rects.set($('editor'), { left: 300, top: at.top - 28, right: 900, bottom: 680 });
    rects.set($('line1'), { left: 300, top: at.top - 28, right: 900, bottom: at.top + 30 });
    expect(resized.length).toBeGreaterThan(0);
    for (const callback of resized) callback();
    expect(overlapping(placed(), rects.get($('frame'))!)).toBe(false);
    expect(overlapping(placed(), rects.get($('line1'))!)).toBe(false);
  });

  it('shrinks to a small pill where only that fits, and hides where nothing does (a notice still shows)', () => {
    // The whole window is one big link, but for a 70×30 patch of background at the top-left corner.
    const { $, rects, indicator, placed } = chatPage({ left: 0, top: 0, right: 1024, bottom: 768 });
    const page = document.createElement('a');
    page.href = '/';
    document.body.prepend(page);
    rects.delete($('new-chat'));
    rects.set(page, { left: 0, top: 0, right: 1024, bottom: 768 });
    const patch = document.createElement('div');
    document.body.append(patch);
    rects.set(patch, { left: 6, top: 6, right: 76, bottom: 36 });
    indicator.setState('paused');
    expect(indicator.host.style.visibility).not.toBe('hidden');
    expect(placed()).toMatchObject({ left: 12, top: 12, right: 72 });
    expect(indicator.root.querySelector('.pill')!.hasAttribute('data-compact')).toBe(true);
    expect(indicator.shownText).not.toContain('Paused'); // the words are left out; the dot and its buttons stay

    rects.delete(patch);
    indicator.setState('saving');
    expect(indicator.host.style.visibility).toBe('hidden');
    expect(indicator.shownText).toBe('');
    indicator.notice({ ok: true, message: 'Remembered: pinned in Reverie.' });
    expect(indicator.shownText).toContain('Remembered: pinned in Reverie.');
  });
});
