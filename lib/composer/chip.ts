/**
 * The fallback when Reverie cannot put its block in the composer (or the user chose "on click"): a small chip above
 * the composer — "Reverie: 6 memories — Insert · Copy · ×". Closed Shadow DOM so the page's CSS and scripts leave it
 * alone; built with DOM APIs and textContent only.
 */
export interface ChipOptions {
  doc: Document;
  /** The composer the chip sits next to. */
  anchor: HTMLElement;
  count: number;
  /** Retries insertion; resolves true when the block is in the composer. */
  onInsert: () => Promise<boolean>;
  /** The block text to copy. */
  getText: () => string;
  onDismiss?: () => void;
  /** Defaults to navigator.clipboard. */
  clipboard?: { writeText(text: string): Promise<void> };
}

export interface ChipHandle {
  host: HTMLElement;
  /** The closed shadow root (kept for tests and for our own updates; the page cannot reach it). */
  root: ShadowRoot;
  setStatus(text: string): void;
  remove(): void;
}

const CSS = `
:host { all: initial; }
.chip { display: inline-flex; align-items: center; gap: 6px; padding: 3px 6px 3px 10px; border-radius: 999px;
  font: 12px/1.4 system-ui, sans-serif; color: #1f2937; background: #f3f4f6; border: 1px solid #d1d5db;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); opacity: .95; }
button { font: inherit; color: #1d4ed8; background: none; border: 0; padding: 2px 6px; border-radius: 6px; cursor: pointer; }
button:hover { background: #e5e7eb; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.dismiss { color: #6b7280; }
@media (prefers-color-scheme: dark) {
  .chip { color: #e5e7eb; background: #1f2937; border-color: #374151; }
  button { color: #93c5fd; } button:hover { background: #374151; } .dismiss { color: #9ca3af; }
}`;

/** The chip's parts: the host (not yet in the page) and what its closed shadow root holds. */
interface ChipParts {
  host: HTMLElement;
  root: ShadowRoot;
  chip: HTMLDivElement;
  status: HTMLSpanElement;
  insert: HTMLButtonElement;
  copy: HTMLButtonElement;
  dismiss: HTMLButtonElement;
}

function chipButton(doc: Document, text: string, aria: string, className = ''): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', aria);
  if (className) b.className = className;
  return b;
}

function buildChipParts(doc: Document, count: number): ChipParts {
  const host = doc.createElement('reverie-chip');
  host.style.cssText = 'position:fixed;z-index:2147483646;top:0;left:0;';
  const root = host.attachShadow({ mode: 'closed' });

  const style = doc.createElement('style');
  style.textContent = CSS;
  const chip = doc.createElement('div');
  chip.className = 'chip';
  chip.setAttribute('role', 'group');
  chip.setAttribute('aria-label', 'Reverie memory');
  const label = doc.createElement('span');
  label.textContent = `Reverie: ${count} ${count === 1 ? 'memory' : 'memories'} —`;
  const status = doc.createElement('span');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  const insert = chipButton(doc, 'Insert', 'Insert Reverie context into the message');
  const copy = chipButton(doc, 'Copy', 'Copy Reverie context to the clipboard');
  const dismiss = chipButton(doc, '×', 'Dismiss Reverie', 'dismiss');
  chip.append(label, insert, copy, dismiss, status);
  root.append(style, chip);
  return { host, root, chip, status, insert, copy, dismiss };
}

/**
 * Just above the composer's right end; with no room above, inside its top-right corner. Never below it: that is
 * where sites put their send and attach buttons, which the chip must not cover.
 */
function placeChip(host: HTMLElement, anchor: HTMLElement): void {
  const rect = anchor.getBoundingClientRect();
  const width = host.getBoundingClientRect().width || 260;
  const top = rect.top - 34 >= 0 ? rect.top - 34 : rect.top + 4;
  host.style.top = `${Math.max(0, Math.round(top))}px`;
  host.style.left = `${Math.max(0, Math.round(rect.right - width - 4))}px`;
}

export function showChip(opts: ChipOptions): ChipHandle {
  const { doc } = opts;
  const parts = buildChipParts(doc, opts.count);
  const { host, root, status } = parts;

  let removed = false;
  const place = () => placeChip(host, opts.anchor);
  const win = doc.defaultView;
  win?.addEventListener('resize', place);
  win?.addEventListener('scroll', place, true);

  const handle: ChipHandle = {
    host,
    root,
    setStatus(text) {
      status.textContent = text;
    },
    remove() {
      if (removed) return;
      removed = true;
      win?.removeEventListener('resize', place);
      win?.removeEventListener('scroll', place, true);
      host.remove();
    },
  };
  wireChipButtons(parts, opts, handle);

  (doc.body ?? doc.documentElement).appendChild(host);
  place();
  return handle;
}

/** Insert retries and goes away once the block is in; Copy copies the block; × and Escape dismiss the chip. */
function wireChipButtons(parts: ChipParts, opts: ChipOptions, handle: ChipHandle): void {
  const { chip, insert, copy, dismiss } = parts;
  insert.addEventListener('click', async () => {
    insert.disabled = true;
    handle.setStatus('');
    let ok = false;
    try {
      ok = await opts.onInsert();
    } catch {
      ok = false;
    }
    if (ok) handle.remove();
    else {
      insert.disabled = false;
      handle.setStatus("Couldn't insert — use Copy and paste it.");
    }
  });
  copy.addEventListener('click', async () => {
    const clipboard = opts.clipboard ?? opts.doc.defaultView?.navigator.clipboard;
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(opts.getText());
      handle.setStatus('Copied');
    } catch {
      handle.setStatus("Couldn't copy");
    }
  });
  const close = () => {
    handle.remove();
    opts.onDismiss?.();
  };
  dismiss.addEventListener('click', close);
  chip.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  });
}
