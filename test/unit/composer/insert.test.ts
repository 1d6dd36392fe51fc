// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { insertIntoComposer, replaceBlock } from '../../../lib/composer/insert';
import { readComposerText } from '../../../lib/composer/read';
import { EDITORS, caretToEnd, fakes, sampleBlock } from './helpers';

const fast = { settleMs: 2 };

afterEach(() => {
  document.body.replaceChildren();
});

describe('insertIntoComposer', () => {
  for (const spec of EDITORS) {
    it(`inserts a multi-line block that ${spec.name} accepts into its own state`, async () => {
      const m = spec.mount();
      const block = sampleBlock(['2026-11-02 · Landlord wants 3 months deposit']);
      const result = await insertIntoComposer(m.el, `${block}\n\n`, spec.kind, fast);
      expect(result).toEqual({ ok: true, method: spec.expectedMethod });
      // The editor's model (not just the DOM) holds every line, newlines as paragraphs.
      expect(m.editor.getText()).toBe(`${block}\n\n`);
      expect(readComposerText(m.el, spec.kind)).toBe(`${block}\n\n`);
      // The user keeps typing after the block.
      await m.type('hi');
      expect(m.editor.getText()).toBe(`${block}\n\nhi`);
    });
  }

  it('inserts at the start, before text already in the composer', async () => {
    const m = EDITORS[0]!.mount();
    caretToEnd(m);
    await m.type('draft');
    const res = await insertIntoComposer(m.el, 'A\nB\n\n', 'prosemirror', fast);
    expect(res.ok).toBe(true);
    expect(m.editor.getText()).toBe('A\nB\n\ndraft');
  });

  it('keeps hostile text as text (no elements created)', async () => {
    for (const spec of EDITORS) {
      const m = spec.mount();
      const evil = '⟦reverie⟧ x\n- <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\n⟦/reverie⟧';
      const res = await insertIntoComposer(m.el, evil, spec.kind, fast);
      expect(res.ok).toBe(true);
      expect(m.el.querySelector('img, script')).toBeNull();
      expect(m.editor.getText()).toContain('<img src=x onerror="window.__pwned=1">');
      expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
      document.body.replaceChildren();
    }
  });

  it('reports failure, leaving the composer unchanged, when the editor accepts nothing', async () => {
    const el = document.createElement('div');
    document.body.appendChild(el);
    const editor = fakes.mountRejectingEditor(el);
    const res = await insertIntoComposer(el, sampleBlock(), 'prosemirror', fast);
    expect(res.ok).toBe(false);
    expect(res.error).toMatch(/did not accept/);
    expect(editor.getText()).toBe('');
    expect(readComposerText(el)).toBe('');
  });

  it('the React-like textarea really rejects a plain value assignment (why the native setter is needed)', () => {
    const el = document.createElement('textarea');
    document.body.appendChild(el);
    const editor = fakes.mountReactTextarea(el);
    el.value = 'plain assignment';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    expect(editor.getText()).toBe('');
    expect(el.value).toBe('');
  });

  it('fails on a composer that is not in the page', async () => {
    const el = document.createElement('div');
    expect(await insertIntoComposer(el, 'x', 'prosemirror', fast)).toEqual({ ok: false, error: 'composer is not in the page' });
  });
});

describe('replaceBlock', () => {
  for (const spec of EDITORS) {
    it(`replaces only the block in ${spec.name}, keeping the message and the caret`, async () => {
      const m = spec.mount();
      const first = sampleBlock();
      expect((await insertIntoComposer(m.el, `${first}\n\n`, spec.kind, fast)).ok).toBe(true);
      caretToEnd(m);
      await m.type('rent in Alfama');
      const second = sampleBlock(['2026-11-02 · Landlord wants 3 months deposit', 'Alfama flat viewing on 2026-11-05']);
      const res = await replaceBlock(m.el, first, second, spec.kind, fast);
      expect(res.ok).toBe(true);
      expect(m.editor.getText()).toBe(`${second}\n\nrent in Alfama`);
      // The caret is still at the end of the user's message: typing continues there.
      await m.type('?');
      expect(m.editor.getText()).toBe(`${second}\n\nrent in Alfama?`);
    });
  }

  it('fails when there is no complete block', async () => {
    const m = EDITORS[0]!.mount();
    await m.type('no block here');
    expect((await replaceBlock(m.el, sampleBlock(), sampleBlock(['x']), 'prosemirror', fast)).ok).toBe(false);
    expect(m.editor.getText()).toBe('no block here');
  });
});

describe('readComposerText', () => {
  it('reads paragraphs, empty paragraphs, hard breaks and nested spans as lines', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    const p = (html: Node[]) => {
      const e = document.createElement('p');
      e.append(...html);
      return e;
    };
    const span = (t: string) => {
      const s = document.createElement('span');
      s.textContent = t;
      return s;
    };
    el.append(
      p([document.createTextNode('a')]),
      p([document.createElement('br')]),
      p([span('b'), document.createElement('br'), span('c\u00a0d')]),
      p([document.createTextNode('e'), document.createElement('br')]),
    );
    expect(readComposerText(el)).toBe('a\n\nb\nc d\ne');
  });
});
