import type { ControlOutcome, TabState } from '../messaging/protocol';
import type { ContentContext, TimerId } from './context';
import { buildIndicatorParts, type IndicatorParts } from './indicator-parts';
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

/** What the indicator shows and what it has running: shared by its rendering, its placement and its controls. */
interface IndicatorRun {
  readonly opts: IndicatorOptions;
  readonly parts: IndicatorParts;
  state: TabState;
  canForget: boolean;
  dismissed: boolean;
  removed: boolean;
  noticeTimer: TimerId | undefined;
  placeTimer: TimerId | undefined;
  /** Watches the composer's box: when it grows (a block arrives, a line wraps) the indicator moves before it paints. */
  resizes: ResizeObserver | null;
  watched: Element | null;
  unsubscribe: (() => void) | undefined;
}

export function showIndicator(opts: IndicatorOptions): Indicator {
  const { doc, ctx } = opts;
  const parts = buildIndicatorParts(doc, { forgetLabel: FORGET_CHAT_LABEL, forgetExplained: FORGET_CHAT_EXPLAINED });
  const run: IndicatorRun = {
    opts,
    parts,
    state: 'saving',
    canForget: false,
    dismissed: false,
    removed: false,
    noticeTimer: undefined,
    placeTimer: undefined,
    resizes: null,
    watched: null,
    unsubscribe: undefined,
  };
  const Resize = (doc.defaultView as unknown as { ResizeObserver?: typeof ResizeObserver } | null)?.ResizeObserver;
  run.resizes = Resize ? new Resize(() => place(run)) : null;
  wireControls(run);
  followPage(run);
  ctx.onInvalidated(() => handle.remove());
  const handle = indicatorHandle(run);

  render(run);
  (doc.body ?? doc.documentElement).appendChild(parts.host);
  place(run);
  return handle;
}

function visible(run: IndicatorRun): boolean {
  return !run.removed && (!run.dismissed || !run.parts.noticeLine.hidden);
}

function render(run: IndicatorRun): void {
  const { host, pill, label, actions, panel } = run.parts;
  const text = STATE_TEXT[run.state];
  label.textContent = `· ${text.label}`;
  pill.title = `Reverie: ${text.label}`;
  pill.setAttribute('data-tone', TONE[run.state]);
  actions.hidden = !run.canForget || run.state === 'chat-off';
  pill.hidden = run.dismissed;
  if (run.dismissed) panel.hidden = true;
  host.style.display = visible(run) ? '' : 'none';
}

/** Compact: the dot and the buttons only, for a window with no room for the whole pill. */
function setCompact(parts: IndicatorParts, on: boolean): void {
  if (on) parts.pill.setAttribute('data-compact', '');
  else parts.pill.removeAttribute('data-compact');
  parts.name.hidden = on;
  parts.label.hidden = on;
}

/** Moves the resize watch to the composer's box now in use (none when the composer is gone). */
function watchFrame(run: IndicatorRun, frame: Element | null): void {
  if (frame === run.watched) return;
  if (run.watched) run.resizes?.unobserve(run.watched);
  if (frame) run.resizes?.observe(frame);
  run.watched = frame;
}

function place(run: IndicatorRun): void {
  if (!visible(run)) return;
  const { doc } = run.opts;
  const { host, noticeLine, panel } = run.parts;
  const view = doc.defaultView;
  const { composer, send } = run.opts.anchors();
  const frame = composer?.isConnected ? composerFrame(composer) : null;
  watchFrame(run, frame);
  const viewSize = { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
  const frameRect = frame?.getBoundingClientRect() ?? null;
  const sendRect = send?.isConnected ? send.getBoundingClientRect() : null;
  const spot = (compact: boolean, probe?: (box: Rect) => Freedom) => {
    setCompact(run.parts, compact);
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
}

function placeSoon(run: IndicatorRun): void {
  if (run.placeTimer !== undefined || !visible(run)) return;
  run.placeTimer = run.opts.ctx.setTimeout(() => {
    run.placeTimer = undefined;
    place(run);
  }, PLACE_EVERY_MS);
}

function openPanel(run: IndicatorRun, open: boolean): void {
  const { panel, confirm, actions, more } = run.parts;
  panel.hidden = !open;
  confirm.hidden = true;
  actions.hidden = !run.canForget || run.state === 'chat-off';
  more.setAttribute('aria-expanded', String(open));
  place(run);
}

/** The pill's and the panel's buttons, and Escape to close the panel; clicks count only when the user made them. */
function wireControls(run: IndicatorRun): void {
  const { box, panel, more, close, forget, actions, confirm, confirmYes, confirmNo } = run.parts;
  const trusted = run.opts.trusted ?? ((event: Event) => event.isTrusted);
  const onlyTrusted = (handler: () => void) => (event: Event) => {
    if (trusted(event)) handler();
  };
  more.addEventListener('click', onlyTrusted(() => openPanel(run, panel.hidden)));
  close.addEventListener(
    'click',
    onlyTrusted(() => {
      run.dismissed = true;
      render(run);
    }),
  );
  forget.addEventListener(
    'click',
    onlyTrusted(() => {
      actions.hidden = true;
      confirm.hidden = false;
      place(run);
      confirmNo.focus();
    }),
  );
  confirmNo.addEventListener('click', onlyTrusted(() => openPanel(run, false)));
  confirmYes.addEventListener('click', onlyTrusted(() => forgetChat(run)));
  box.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && !panel.hidden) {
      event.stopPropagation();
      openPanel(run, false);
      more.focus();
    }
  });
}

/** "Forget this chat", confirmed: asks for it, then closes the panel and tells the outcome. */
function forgetChat(run: IndicatorRun): void {
  const { opts } = run;
  if (!opts.onForgetChat) return;
  const { confirmYes } = run.parts;
  confirmYes.disabled = true;
  void opts
    .onForgetChat()
    .catch((error: unknown) => ({ ok: false, message: `The chat was not forgotten: ${(error as Error)?.message ?? String(error)}` }))
    .then((outcome) => {
      confirmYes.disabled = false;
      openPanel(run, false);
      showNotice(run, outcome);
    });
}

/** Follows the composer when the window resizes or scrolls and when the page changes, at most every PLACE_EVERY_MS. */
function followPage(run: IndicatorRun): void {
  const { ctx, doc } = run.opts;
  const soon = () => placeSoon(run);
  const view = doc.defaultView;
  if (view) {
    ctx.addEventListener(view, 'resize', soon, { passive: true });
    ctx.addEventListener(view, 'scroll', soon, { passive: true, capture: true });
  }
  run.unsubscribe = run.opts.changes?.subscribe(soon);
}

function showNotice(run: IndicatorRun, outcome: ControlOutcome): void {
  if (run.removed) return;
  const { ctx } = run.opts;
  const { noticeLine } = run.parts;
  noticeLine.textContent = outcome.message;
  noticeLine.setAttribute('data-ok', String(outcome.ok));
  noticeLine.hidden = false;
  render(run);
  place(run);
  ctx.clearTimeout(run.noticeTimer);
  run.noticeTimer = ctx.setTimeout(() => {
    noticeLine.hidden = true;
    render(run);
  }, NOTICE_MS);
}

function removeIndicator(run: IndicatorRun): void {
  if (run.removed) return;
  run.removed = true;
  run.unsubscribe?.();
  run.opts.ctx.clearTimeout(run.noticeTimer);
  run.opts.ctx.clearTimeout(run.placeTimer);
  run.resizes?.disconnect();
  run.parts.host.remove();
}

function indicatorHandle(run: IndicatorRun): Indicator {
  const { host, root, noticeLine, panel, pill, detail } = run.parts;
  return {
    host,
    root,
    setState(next, extra = {}) {
      run.state = next;
      run.canForget = !!extra.canForgetChat && !!run.opts.onForgetChat;
      detail.textContent = next === 'broken' && extra.problem ? `${STATE_TEXT.broken.detail} (${extra.problem})` : STATE_TEXT[next].detail;
      render(run);
      place(run);
    },
    notice: (outcome) => showNotice(run, outcome),
    get shownText() {
      if (!visible(run) || host.style.visibility === 'hidden') return '';
      const shown = [noticeLine, panel, pill].filter((part) => !part.hidden).map((part) => visibleText(part));
      return shown.join('\n').trim();
    },
    remove: () => removeIndicator(run),
  };
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
