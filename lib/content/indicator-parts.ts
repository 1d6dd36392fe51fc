/**
 * The in-page indicator's parts (lib/content/indicator.ts shows and drives them): a closed shadow root holding the
 * pill, the panel behind its "⋯" button and the notice line. Built with textContent only, never HTML.
 */

/** The words of "Don't remember this chat": indicator.ts owns them (the popup says the same). */
interface PartsText {
  forgetLabel: string;
  forgetExplained: string;
}

/** The badge: dot, name, current state, "⋯" (opens the panel) and "×" (hides the badge). */
interface IndicatorPill {
  pill: HTMLDivElement;
  name: HTMLSpanElement;
  label: HTMLSpanElement;
  more: HTMLButtonElement;
  close: HTMLButtonElement;
}

/** The panel: what Reverie does here, and "Don't remember this chat" with its confirmation. */
interface IndicatorPanel {
  panel: HTMLDivElement;
  detail: HTMLParagraphElement;
  actions: HTMLDivElement;
  forget: HTMLButtonElement;
  confirm: HTMLDivElement;
  confirmYes: HTMLButtonElement;
  confirmNo: HTMLButtonElement;
}

export interface IndicatorParts extends IndicatorPill, IndicatorPanel {
  host: HTMLElement;
  root: ShadowRoot;
  box: HTMLDivElement;
  noticeLine: HTMLDivElement;
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

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function button(doc: Document, text: string, aria: string, className = ''): HTMLButtonElement {
  const b = element(doc, 'button', className, text);
  b.type = 'button';
  b.setAttribute('aria-label', aria);
  return b;
}

function buildPill(doc: Document): IndicatorPill {
  const pill = element(doc, 'div', 'pill');
  const dot = element(doc, 'span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  const name = element(doc, 'span', 'name', 'Reverie');
  const label = element(doc, 'span', 'label');
  label.setAttribute('role', 'status');
  const more = button(doc, '⋯', 'Reverie: what it does here', 'icon');
  more.setAttribute('aria-haspopup', 'true');
  more.setAttribute('aria-expanded', 'false');
  const close = button(doc, '×', 'Hide the Reverie indicator on this page', 'icon');
  pill.append(dot, name, label, more, close);
  return { pill, name, label, more, close };
}

function buildPanel(doc: Document, text: PartsText): IndicatorPanel {
  const panel = element(doc, 'div', 'panel');
  panel.hidden = true;
  const detail = element(doc, 'p');
  const forget = button(doc, text.forgetLabel, `${text.forgetLabel}: stop saving it and erase what was saved of it`, 'danger');
  const confirmText = element(doc, 'p', '', text.forgetExplained);
  const confirmYes = button(doc, 'Forget this chat', 'Yes: stop saving this chat and erase what was saved of it', 'danger');
  const confirmNo = button(doc, 'Cancel', 'Cancel: keep this chat');
  const actions = element(doc, 'div', 'actions');
  actions.append(forget);
  const confirmActions = element(doc, 'div', 'actions');
  confirmActions.append(confirmYes, confirmNo);
  const confirm = element(doc, 'div');
  confirm.hidden = true;
  confirm.append(confirmText, confirmActions);
  panel.append(detail, actions, confirm);
  return { panel, detail, actions, forget, confirm, confirmYes, confirmNo };
}

function buildNoticeLine(doc: Document): HTMLDivElement {
  const noticeLine = element(doc, 'div', 'notice');
  noticeLine.setAttribute('role', 'status');
  noticeLine.setAttribute('aria-live', 'polite');
  noticeLine.hidden = true;
  return noticeLine;
}

/** The host (not yet in the page) and everything in its closed shadow root. */
export function buildIndicatorParts(doc: Document, text: PartsText): IndicatorParts {
  const host = doc.createElement('reverie-indicator');
  // Only the pill and the open panel take clicks: the rest of the box, and the notice, let them through to the page.
  host.style.cssText = 'position:fixed;z-index:2147483645;top:0;left:0;pointer-events:none;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = element(doc, 'style');
  style.textContent = CSS;
  const box = element(doc, 'div', 'box');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Reverie');
  const pill = buildPill(doc);
  const panel = buildPanel(doc, text);
  const noticeLine = buildNoticeLine(doc);
  box.append(noticeLine, panel.panel, pill.pill);
  root.append(style, box);
  return { host, root, box, noticeLine, ...pill, ...panel };
}
