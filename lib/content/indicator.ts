import type { ControlOutcome, TabState } from '../messaging/protocol';
import type { ContentContext, TimerId } from './context';
import type { PageChanges } from './page-changes';

/**
 * The in-page indicator: a small badge near the composer that says what Reverie is doing on this page — saving,
 * paused, off here, not saving this chat, not working — with a menu for "Don't remember this chat" and a line for the
 * outcome of a shortcut or "Remember this". Like the chip (lib/composer/chip.ts) it lives in a closed shadow root and
 * is built with textContent only: the page can neither read nor click it, and it shows state, never memory. It sits
 * outside the composer's box, in free space (never over the page's links, buttons, fields or the composer's text),
 * shrinks to a dot where only that fits and hides where nothing does; only the pill and its panel take clicks.
 */

export const STATE_TEXT: Record<TabState, { label: string; detail: string }> = {
  saving: { label: 'Saving', detail: 'Reverie saves this chat to your memory, kept in this browser.' },
  paused: { label: 'Paused', detail: 'Reverie is paused: nothing is saved or inserted. Resume it from the toolbar button.' },
  'site-off': { label: 'Off on this site', detail: 'Saving chats is switched off for this site (toolbar button → "Save chats on this site").' },
  'chat-off': { label: 'Not saving this chat', detail: 'You chose not to remember this chat: nothing of it is saved.' },
  temporary: { label: 'Not saving: temporary chat', detail: 'Temporary and incognito chats are never saved.' },
  broken: { label: 'Not working on this page', detail: 'Reverie cannot read this page, so nothing of it is saved.' },
};

export const FORGET_CHAT_LABEL = "Don't remember this chat";
/** What "Don't remember this chat" does, said before the user confirms it (the popup says the same). */
export const FORGET_CHAT_EXPLAINED =
  'Reverie stops saving this chat and erases what it already saved of it: its messages and the memories made from them. This cannot be undone.';

/** How long the outcome of a shortcut or "Remember this" stays on screen. */
const NOTICE_MS = 6_000;
/** Page changes move the composer; the indicator follows at most this often. */
const PLACE_EVERY_MS = 400;
const GAP = 6;
const MARGIN = 12;

export interface IndicatorOptions {
  doc: Document;
  ctx: ContentContext;
  /** The composer to sit near (never over its box) and the send button never to cover, looked up at each placement. */
  anchors: () => { composer: Element | null; send: Element | null };
  /** The page's mutations: the indicator follows the composer when the page changes (throttled). */
  changes?: PageChanges;
  /** "Don't remember this chat", confirmed by the user; resolves with what to tell them. */
  onForgetChat?: () => Promise<ControlOutcome>;
  /** Which events count as the user's own (tests pass their own; the page cannot reach these buttons anyway). */
  trusted?: (event: Event) => boolean;
}

export interface Indicator {
  /** The closed shadow host (tests read the root through `root`; the page cannot). */
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Shows a state. `canForgetChat`: the page shows a conversation that "Don't remember this chat" can name. */
  setState(state: TabState, opts?: { canForgetChat?: boolean; problem?: string }): void;
  /** Shows the outcome of a shortcut or menu item for a while, even when the badge was dismissed. */
  notice(outcome: ControlOutcome): void;
  /** What it shows now, as a user reads it ('' while hidden). */
  readonly shownText: string;
  remove(): void;
}

const CSS = `
:host { all: initial; }
.box { pointer-events: none; display: flex; flex-direction: column; align-items: flex-start; gap: 4px; font: 11px/1.4 system-ui, sans-serif;
  color: #1f2937; max-width: 320px; }
.pill { display: inline-flex; align-items: center; gap: 4px; padding: 1px 2px 1px 8px; border-radius: 999px;
  background: rgba(243,244,246,.92); border: 1px solid #d1d5db; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.pill, .panel { pointer-events: auto; }
.pill[data-compact] { gap: 2px; padding-left: 6px; }
.dot { width: 7px; height: 7px; border-radius: 50%; background: #16a34a; flex: none; }
.pill[data-tone="off"] .dot { background: #9ca3af; }
.pill[data-tone="bad"] .dot { background: #d97706; }
.name { font-weight: 600; }
button { font: inherit; color: #1d4ed8; background: none; border: 0; padding: 1px 5px; border-radius: 6px; cursor: pointer; }
button:hover { background: #e5e7eb; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.icon { color: #6b7280; }
.panel, .notice { padding: 6px 8px; border-radius: 8px; background: #ffffff; border: 1px solid #d1d5db;
  box-shadow: 0 2px 6px rgba(0,0,0,.12); }
.panel p { margin: 0 0 6px; }
.panel .actions { display: flex; gap: 6px; flex-wrap: wrap; }
.danger { color: #b91c1c; }
.notice[data-ok="false"] { border-color: #f59e0b; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: no-preference) {
  .notice, .panel { animation: appear .15s ease-out; }
  @keyframes appear { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
@media (prefers-color-scheme: dark) {
  .box { color: #e5e7eb; }
  .pill { background: rgba(31,41,55,.92); border-color: #374151; }
  .panel, .notice { background: #111827; border-color: #374151; }
  button { color: #93c5fd; } button:hover { background: #374151; } .icon { color: #9ca3af; } .danger { color: #fca5a5; }
}`;

const TONE: Record<TabState, 'on' | 'off' | 'bad'> = {
  saving: 'on',
  paused: 'off',
  'site-off': 'off',
  'chat-off': 'off',
  temporary: 'off',
  broken: 'bad',
};

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How free a spot is: 2 only the page's background around the composer, 1 nothing the user works with, 0 taken. */
export type Freedom = 0 | 1 | 2;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the indicator goes: outside the composer's box — above its left end (sites put send and attach buttons at its
 * right end and below it), above its right end, below it — else a corner of the window (bottom-left, top-left, then
 * the right-hand ones). A spot must lie inside the window, clear of the composer's box and the send button, and
 * `probe` must find it free: the first spot over nothing but the page's background wins, else the first over nothing
 * the user works with (text, pictures). Null when no spot is free.
 */
export function placeIndicator(
  size: { width: number; height: number },
  view: { width: number; height: number },
  composer: Rect | null,
  send: Rect | null,
  probe: (box: Rect) => Freedom = () => 2,
): { left: number; top: number } | null {
  const candidates: { left: number; top: number }[] = [];
  if (composer) {
    const above = composer.top - GAP - size.height;
    const below = composer.bottom + GAP;
    const rightEnd = composer.right - size.width;
    candidates.push({ left: composer.left, top: above }, { left: rightEnd, top: above }, { left: composer.left, top: below }, { left: rightEnd, top: below });
  }
  const right = view.width - MARGIN - size.width;
  const bottom = view.height - MARGIN - size.height;
  candidates.push({ left: MARGIN, top: bottom }, { left: MARGIN, top: MARGIN }, { left: right, top: bottom }, { left: right, top: MARGIN });
  const avoid = [composer, send].filter((r): r is Rect => !!r && r.right > r.left && r.bottom > r.top);
  let plain: { left: number; top: number } | null = null;
  for (const c of candidates) {
    const at = { left: Math.round(c.left), top: Math.round(c.top) };
    const box = { left: at.left, top: at.top, right: at.left + size.width, bottom: at.top + size.height };
    const inside = box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height;
    if (!inside || avoid.some((r) => overlaps(box, r))) continue;
    const freedom = probe(box);
    if (freedom === 2) return at;
    if (freedom === 1) plain ??= at;
  }
  return plain;
}

/** What the user works with: under none of it may the indicator sit (nor over what shows a pointing hand). */
const INTERACTIVE = [
  'a[href]', 'button', 'input', 'select', 'textarea', 'label', 'summary', 'iframe', 'embed', 'object', 'video[controls]', 'audio[controls]',
  '[contenteditable]:not([contenteditable="false"])', 'reverie-chip',
  ...['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option', 'slider'].map((r) => `[role="${r}"]`),
].join(',');
/** The composer's box is the outermost of its nearest ancestors no larger than this beyond it (padding, toolbar). */
const FRAME_SLACK = { width: 96, height: 160 };
const FRAME_LEVELS = 6;
/** Probe points across a spot at most this far apart, so that a small link between them is seen. */
const PROBE_STEP = { x: 32, y: 24 };

/**
 * The composer's box as the user sees it: the composer, grown to the outermost of its nearest ancestors that are
 * barely larger (the bordered frame with its padding and toolbar), never the whole page.
 */
function composerFrame(composer: Element): Element {
  const doc = composer.ownerDocument;
  const own = composer.getBoundingClientRect();
  let frame = composer;
  let node = composer.parentElement;
  for (let level = 0; level < FRAME_LEVELS && node && node !== doc.body && node !== doc.documentElement; level++) {
    const r = node.getBoundingClientRect();
    if (r.width > own.width + FRAME_SLACK.width || r.height > own.height + FRAME_SLACK.height) break;
    frame = node;
    node = node.parentElement;
  }
  return frame;
}

/**
 * How free `box` is on the page, from what lies on top at points across it (inside open shadow roots too): taken if
 * any point is over the composer's box or over something the user works with (links, buttons, fields, editable text,
 * Reverie's own chip); background if every point is over the page itself or the composer's surroundings.
 */
function probeSpot(doc: Document, box: Rect, self: Element, frame: Element | null): Freedom {
  if (typeof doc.elementsFromPoint !== 'function') return 2; // nothing to ask (no layout): trust the rectangles
  const xs = steps(box.left + 2, box.right - 2, PROBE_STEP.x);
  const ys = steps(box.top + 2, box.bottom - 2, PROBE_STEP.y);
  let freedom: Freedom = 2;
  for (const y of ys) {
    for (const x of xs) {
      const here = pointFreedom(doc, x, y, self, frame);
      if (here === 0) return 0;
      if (here < freedom) freedom = here;
    }
  }
  return freedom;
}

function steps(from: number, to: number, step: number): number[] {
  if (to <= from) return [(from + to) / 2];
  const count = Math.ceil((to - from) / step);
  return Array.from({ length: count + 1 }, (_, i) => from + ((to - from) * i) / count);
}

function pointFreedom(doc: Document, x: number, y: number, self: Element, frame: Element | null): Freedom {
  const top = doc.elementsFromPoint(x, y).find((el) => el !== self);
  if (!top) return 2;
  if (frame && (top === frame || frame.contains(top))) return 0;
  let el: Element = top;
  for (let depth = 0; ; depth++) {
    if (el.closest(INTERACTIVE) || doc.defaultView?.getComputedStyle(el).cursor === 'pointer') return 0;
    const inner = depth < 4 ? el.shadowRoot?.elementsFromPoint(x, y)[0] : undefined;
    if (!inner || inner === el) break;
    el = inner;
  }
  if (top === doc.body || top === doc.documentElement || (frame && top.contains(frame))) return 2;
  return 1;
}

export function showIndicator(opts: IndicatorOptions): Indicator {
  const { doc, ctx } = opts;
  const trusted = opts.trusted ?? ((event: Event) => event.isTrusted);
  const host = doc.createElement('reverie-indicator');
  // Only the pill and the open panel take clicks: the rest of the box, and the notice, let them through to the page.
  host.style.cssText = 'position:fixed;z-index:2147483645;top:0;left:0;pointer-events:none;';
  const root = host.attachShadow({ mode: 'closed' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  };
  const button = (text: string, aria: string, className = '') => {
    const b = el('button', className, text);
    b.type = 'button';
    b.setAttribute('aria-label', aria);
    return b;
  };

  const style = el('style');
  style.textContent = CSS;
  const box = el('div', 'box');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Reverie');
  const pill = el('div', 'pill');
  const dot = el('span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  const name = el('span', 'name', 'Reverie');
  const label = el('span', 'label');
  label.setAttribute('role', 'status');
  const more = button('⋯', 'Reverie: what it does here', 'icon');
  more.setAttribute('aria-haspopup', 'true');
  more.setAttribute('aria-expanded', 'false');
  const close = button('×', 'Hide the Reverie indicator on this page', 'icon');
  pill.append(dot, name, label, more, close);

  const panel = el('div', 'panel');
  panel.hidden = true;
  const detail = el('p');
  const forget = button(FORGET_CHAT_LABEL, `${FORGET_CHAT_LABEL}: stop saving it and erase what was saved of it`, 'danger');
  const confirmText = el('p', '', FORGET_CHAT_EXPLAINED);
  const confirmYes = button('Forget this chat', 'Yes: stop saving this chat and erase what was saved of it', 'danger');
  const confirmNo = button('Cancel', 'Cancel: keep this chat');
  const actions = el('div', 'actions');
  actions.append(forget);
  const confirmActions = el('div', 'actions');
  confirmActions.append(confirmYes, confirmNo);
  const confirm = el('div');
  confirm.hidden = true;
  confirm.append(confirmText, confirmActions);
  panel.append(detail, actions, confirm);

  const noticeLine = el('div', 'notice');
  noticeLine.setAttribute('role', 'status');
  noticeLine.setAttribute('aria-live', 'polite');
  noticeLine.hidden = true;
  box.append(noticeLine, panel, pill);
  root.append(style, box);

  let state: TabState = 'saving';
  let canForget = false;
  let dismissed = false;
  let removed = false;
  let noticeTimer: TimerId | undefined;
  let placeTimer: TimerId | undefined;
  /** Watches the composer's box: when it grows (a block arrives, a line wraps) the indicator moves before it paints. */
  const Resize = (doc.defaultView as unknown as { ResizeObserver?: typeof ResizeObserver } | null)?.ResizeObserver;
  const resizes = Resize ? new Resize(() => place()) : null;
  let watched: Element | null = null;

  const visible = () => !removed && (!dismissed || !noticeLine.hidden);
  const render = () => {
    const text = STATE_TEXT[state];
    label.textContent = `· ${text.label}`;
    pill.title = `Reverie: ${text.label}`;
    pill.setAttribute('data-tone', TONE[state]);
    actions.hidden = !canForget || state === 'chat-off';
    pill.hidden = dismissed;
    if (dismissed) panel.hidden = true;
    host.style.display = visible() ? '' : 'none';
  };

  /** Compact: the dot and the buttons only, for a window with no room for the whole pill. */
  const setCompact = (on: boolean) => {
    if (on) pill.setAttribute('data-compact', '');
    else pill.removeAttribute('data-compact');
    name.hidden = on;
    label.hidden = on;
  };
  const place = () => {
    if (!visible()) return;
    const view = doc.defaultView;
    const { composer, send } = opts.anchors();
    const frame = composer?.isConnected ? composerFrame(composer) : null;
    if (frame !== watched) {
      if (watched) resizes?.unobserve(watched);
      if (frame) resizes?.observe(frame);
      watched = frame;
    }
    const viewSize = { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
    const frameRect = frame?.getBoundingClientRect() ?? null;
    const sendRect = send?.isConnected ? send.getBoundingClientRect() : null;
    const spot = (compact: boolean, probe?: (box: Rect) => Freedom) => {
      setCompact(compact);
      const size = host.getBoundingClientRect();
      const measured = { width: size.width || (compact ? 56 : 200), height: size.height || 24 };
      return placeIndicator(measured, viewSize, frameRect, sendRect, probe);
    };
    const probe = (box: Rect) => probeSpot(doc, box, host, frame);
    let at = spot(false, probe) ?? spot(true, probe);
    // No free spot: a notice or the panel the user opened shows anyway (the notice lets clicks through); the bare
    // pill waits, hidden, for the page to make room.
    if (!at && (!noticeLine.hidden || !panel.hidden)) at = spot(false) ?? { left: MARGIN, top: MARGIN };
    host.style.visibility = at ? '' : 'hidden';
    if (!at) return;
    host.style.left = `${at.left}px`;
    host.style.top = `${at.top}px`;
  };
  const placeSoon = () => {
    if (placeTimer !== undefined || !visible()) return;
    placeTimer = ctx.setTimeout(() => {
      placeTimer = undefined;
      place();
    }, PLACE_EVERY_MS);
  };

  const openPanel = (open: boolean) => {
    panel.hidden = !open;
    confirm.hidden = true;
    actions.hidden = !canForget || state === 'chat-off';
    more.setAttribute('aria-expanded', String(open));
    place();
  };
  const onlyTrusted = (handler: () => void) => (event: Event) => {
    if (trusted(event)) handler();
  };
  more.addEventListener('click', onlyTrusted(() => openPanel(panel.hidden)));
  close.addEventListener(
    'click',
    onlyTrusted(() => {
      dismissed = true;
      render();
    }),
  );
  forget.addEventListener(
    'click',
    onlyTrusted(() => {
      actions.hidden = true;
      confirm.hidden = false;
      place();
      confirmNo.focus();
    }),
  );
  confirmNo.addEventListener('click', onlyTrusted(() => openPanel(false)));
  confirmYes.addEventListener(
    'click',
    onlyTrusted(() => {
      if (!opts.onForgetChat) return;
      confirmYes.disabled = true;
      void opts
        .onForgetChat()
        .catch((error: unknown) => ({ ok: false, message: `The chat was not forgotten: ${(error as Error)?.message ?? String(error)}` }))
        .then((outcome) => {
          confirmYes.disabled = false;
          openPanel(false);
          handle.notice(outcome);
        });
    }),
  );
  box.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && !panel.hidden) {
      event.stopPropagation();
      openPanel(false);
      more.focus();
    }
  });

  const view = doc.defaultView;
  if (view) {
    ctx.addEventListener(view, 'resize', placeSoon, { passive: true });
    ctx.addEventListener(view, 'scroll', placeSoon, { passive: true, capture: true });
  }
  const unsubscribe = opts.changes?.subscribe(placeSoon);
  ctx.onInvalidated(() => handle.remove());

  const handle: Indicator = {
    host,
    root,
    setState(next, extra = {}) {
      state = next;
      canForget = !!extra.canForgetChat && !!opts.onForgetChat;
      detail.textContent = next === 'broken' && extra.problem ? `${STATE_TEXT.broken.detail} (${extra.problem})` : STATE_TEXT[next].detail;
      render();
      place();
    },
    notice(outcome) {
      if (removed) return;
      noticeLine.textContent = outcome.message;
      noticeLine.setAttribute('data-ok', String(outcome.ok));
      noticeLine.hidden = false;
      render();
      place();
      ctx.clearTimeout(noticeTimer);
      noticeTimer = ctx.setTimeout(() => {
        noticeLine.hidden = true;
        render();
      }, NOTICE_MS);
    },
    get shownText() {
      if (!visible() || host.style.visibility === 'hidden') return '';
      const parts = [noticeLine, panel, pill].filter((part) => !part.hidden).map((part) => visibleText(part));
      return parts.join('\n').trim();
    },
    remove() {
      if (removed) return;
      removed = true;
      unsubscribe?.();
      ctx.clearTimeout(noticeTimer);
      ctx.clearTimeout(placeTimer);
      resizes?.disconnect();
      host.remove();
    },
  };

  render();
  (doc.body ?? doc.documentElement).appendChild(host);
  place();
  return handle;
}

/** The text of `node` a user sees: hidden parts left out. */
function visibleText(node: Element): string {
  if ((node as HTMLElement).hidden) return '';
  const out: string[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && (child as Element).tagName !== 'STYLE') {
      const inner = visibleText(child as Element);
      if (inner) out.push(` ${inner} `);
    }
  }
  return out.join('').replace(/ *\n */g, '\n').replace(/[ \t]+/g, ' ').trim();
}
