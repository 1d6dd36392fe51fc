// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ComposerSession } from '../../../lib/composer/session';
import { insertedBlocks } from '../../../lib/composer/inserted-blocks';
import { EDITORS, caretToEnd, sampleBlock, type Mounted } from './helpers';

const fast = { settleMs: 2 };
const block = sampleBlock();

afterEach(() => {
  document.body.replaceChildren();
});

/** What the browser sets on the user's own events; page scripts cannot. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A key the user presses in the composer (the guard listens on the window, capturing, before the editor). */
function press(m: Mounted, key: string): KeyboardEvent {
  const event = trusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  m.el.dispatchEvent(event);
  return event;
}

/**
 * Puts the caret (or a selection) at the given line and column of the composer, as a click or arrow keys would, and
 * reports it as the browser does (`report: false`: a key comes before the browser has reported the move).
 */
function select(m: Mounted, from: [number, number], to: [number, number] = from, report = true): void {
  // happy-dom reports selection changes at once; a browser a task later: hold the report back when asked.
  const later = (e: Event) => e.stopImmediatePropagation();
  const reports = ['selectionchange', 'select'];
  if (!report) for (const type of reports) window.addEventListener(type, later, { capture: true });
  try {
    if (m.el instanceof HTMLTextAreaElement) {
      const lines = m.el.value.split('\n');
      const offset = ([line, col]: [number, number]) => lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0) + col;
      m.el.setSelectionRange(offset(from), offset(to));
      if (report) m.el.dispatchEvent(new Event('select'));
      return;
    }
    const point = ([line, col]: [number, number]) => {
      const p = m.el.children[line]!;
      const text = document.createTreeWalker(p, 4).nextNode() as Text | null;
      return text ? { node: text as Node, offset: col } : { node: p as Node, offset: 0 };
    };
    const a = point(from);
    const b = point(to);
    document.getSelection()!.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
  } finally {
    for (const type of reports) window.removeEventListener(type, later, { capture: true });
  }
  if (report) document.dispatchEvent(new Event('selectionchange'));
}

/** The caret as (line, column), or the selection's text. */
function caret(m: Mounted): { line: number; col: number; selected: string } {
  if (m.el instanceof HTMLTextAreaElement) {
    const start = m.el.selectionStart!;
    const before = m.el.value.slice(0, start).split('\n');
    return { line: before.length - 1, col: before.at(-1)!.length, selected: m.el.value.slice(start, m.el.selectionEnd!) };
  }
  const sel = document.getSelection()!;
  const node = sel.focusNode!;
  const line = Array.prototype.indexOf.call(m.el.children, node.nodeType === 3 ? node.parentElement!.closest('p') : (node as Element).closest('p'));
  return { line, col: node.nodeType === 3 ? sel.focusOffset : 0, selected: sel.toString() };
}

async function withBlock(spec: (typeof EDITORS)[number]): Promise<{ m: Mounted; session: ComposerSession }> {
  const m = spec.mount();
  m.el.focus();
  const { session } = await ComposerSession.insert(m.el, spec.kind, block, fast);
  expect(session).not.toBeNull();
  return { m, session: session! };
}

const blockLines = block.split('\n').length;

describe('BlockGuard: the caret cannot land in the block', () => {
  for (const spec of EDITORS) {
    it(`${spec.name}: a caret put in the block, or at its start, goes below it, and typing lands there`, async () => {
      const { m, session } = await withBlock(spec);
      select(m, [3, 4]); // in "- Style: terse, code first"
      press(m, 'h');
      expect(caret(m)).toEqual({ line: blockLines + 1, col: 0, selected: '' });
      await m.type('hi');
      select(m, [0, 0]);
      press(m, 'Q');
      expect(caret(m)).toEqual({ line: blockLines + 1, col: 0, selected: '' });
      await m.type('Q: ');
      expect(m.editor.getText()).toBe(`${block}\n\nQ: hi`);
      expect(session.state()).toBe('intact');
      expect(session.userMessage()).toBe('Q: hi');
    });

    it(`${spec.name}: a selection from the block into the user's text keeps only the user's part; select-all is left`, async () => {
      const { m } = await withBlock(spec);
      caretToEnd(m);
      await m.type('my words');
      select(m, [2, 3], [blockLines + 1, 8]);
      press(m, 'X');
      expect(caret(m).selected.replace(/\n/g, '')).toBe('my words');
      // Everything, the block included: the user may type over it all.
      select(m, [0, 0], [blockLines + 1, 8]);
      press(m, 'X');
      expect(caret(m).selected.replace(/\n/g, '')).toContain('⟦reverie⟧');
    });

    it(`${spec.name}: Backspace at the start of the user's text, or in the block, selects the block whole`, async () => {
      const { m } = await withBlock(spec);
      select(m, [blockLines, 0]); // the blank line between block and message: the user's first position
      expect(press(m, 'Backspace').defaultPrevented).toBe(true);
      expect(caret(m).selected.replace(/\n/g, '')).toBe(block.replace(/\n/g, ''));
      select(m, [4, 2], [4, 2], false); // in the block, the key pressed before the browser reported the click
      expect(press(m, 'Delete').defaultPrevented).toBe(true);
      expect(caret(m).selected.replace(/\n/g, '')).toBe(block.replace(/\n/g, ''));
      expect(m.editor.getText()).toBe(`${block}\n\n`); // nothing deleted yet: the next press does that
    });
  }

  it('leaves page scripts alone (untrusted input), and stops once the composer leaves the page', async () => {
    const { m } = await withBlock(EDITORS[0]!);
    const keydown = new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true });
    select(m, [blockLines, 0]);
    m.el.dispatchEvent(keydown);
    expect(keydown.defaultPrevented).toBe(false);
    m.el.remove();
    document.body.append(m.el);
  });
});

describe('ComposerSession: the block goes, the user\'s text stays', () => {
  for (const spec of EDITORS) {
    it(`${spec.name}: removeBlock takes the block and its blank line; the message stays`, async () => {
      const { m, session } = await withBlock(spec);
      caretToEnd(m);
      await m.type('keep me');
      const result = await session.removeBlock();
      expect(result.ok).toBe(true);
      expect(m.editor.getText()).toBe('keep me');
      expect(session.state()).toBe('removed');
    });
  }

  for (const spec of EDITORS) {
    it(`${spec.name}: no refresh writes over a block the user holds selected (Backspace selected it to delete it)`, async () => {
      const { m, session } = await withBlock(spec);
      select(m, [blockLines, 0]);
      press(m, 'Backspace');
      const next = sampleBlock(['2026-11-02 · Landlord wants 3 months deposit']);
      expect(await session.refresh(next)).toMatchObject({ ok: true, skipped: 'selected' });
      expect(caret(m).selected.replace(/\n/g, '')).toBe(block.replace(/\n/g, ''));
      expect(session.blockText).toBe(block);
      // Once the selection is let go, the refresh writes.
      caretToEnd(m);
      expect(await session.refresh(next)).toMatchObject({ ok: true });
      expect(session.blockText).toBe(next);
    });
  }

  it('refresh replaces the block in place, remembers every version written (for capture), keeps the caret', async () => {
    const { m, session } = await withBlock(EDITORS[0]!);
    caretToEnd(m);
    await m.type('rent');
    const next = sampleBlock(['2026-11-02 · Landlord wants 3 months deposit']);
    expect((await session.refresh(next)).ok).toBe(true);
    await m.type('?');
    expect(m.editor.getText()).toBe(`${next}\n\nrent?`);
    expect(insertedBlocks().slice(-2)).toEqual([block, next]);
  });
});
