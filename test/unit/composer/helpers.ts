import '../../fixtures/composers/fake-editors.js';
import type { FakeEditor } from '../../fixtures/composers/fake-editors';
import type { ComposerKind } from '../../../lib/composer/kinds';
import { formatPreamble } from '../../../lib/preamble/format';

export const fakes = globalThis.ReverieFakeEditors;

export interface Mounted {
  name: string;
  kind: ComposerKind;
  el: HTMLElement;
  editor: FakeEditor;
  /** Types text at the caret the way a browser does for a real keystroke (beforeinput or native value + input). */
  type(text: string): Promise<void>;
}

export const EDITORS: { name: string; kind: ComposerKind; expectedMethod: string; mount(): Mounted }[] = [
  { name: 'ProseMirror (ChatGPT/Claude/Mistral)', kind: 'prosemirror', expectedMethod: 'paste', mount: () => mountEditable('prosemirror', fakes.mountProseMirrorLike) },
  { name: 'tiptap (Grok)', kind: 'tiptap', expectedMethod: 'paste', mount: () => mountEditable('tiptap', fakes.mountTiptapLike) },
  { name: 'Lexical (Perplexity)', kind: 'lexical', expectedMethod: 'paste', mount: () => mountEditable('lexical', fakes.mountLexicalLike) },
  { name: 'Quill (Gemini)', kind: 'quill', expectedMethod: 'paste', mount: () => mountEditable('quill', fakes.mountQuillLike) },
  {
    name: 'mutation-only contenteditable',
    kind: 'quill',
    expectedMethod: 'dom',
    mount: () => mountEditable('quill', (el) => fakes.mountQuillLike(el, { handlePaste: false })),
  },
  { name: 'React textarea (DeepSeek/Copilot)', kind: 'textarea', expectedMethod: 'native-setter', mount: mountTextarea },
];

function mountEditable(kind: ComposerKind, mount: (el: HTMLElement) => FakeEditor): Mounted {
  const el = document.createElement('div');
  el.id = 'composer';
  document.body.appendChild(el);
  const editor = mount(el);
  return {
    name: kind,
    kind,
    el,
    editor,
    async type(text: string) {
      for (const ch of text) {
        const ev = new InputEvent('beforeinput', { inputType: 'insertText', data: ch, bubbles: true, cancelable: true });
        el.dispatchEvent(ev);
        if (!ev.defaultPrevented) {
          // Mutation-driven editors: the browser edits the DOM, then fires input.
          const sel = document.getSelection()!;
          const { startContainer: node, startOffset: offset } = sel.getRangeAt(0);
          let caretNode: Node;
          if (node.nodeType === 3) {
            (node as Text).insertData(offset, ch);
            caretNode = node;
          } else {
            caretNode = document.createTextNode(ch);
            node.insertBefore(caretNode, node.childNodes[offset] ?? null);
          }
          const r = document.createRange();
          r.setStart(caretNode, node.nodeType === 3 ? offset + 1 : 1);
          r.collapse(true);
          sel.removeAllRanges();
          sel.addRange(r);
          el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: ch, bubbles: true }));
        }
        await tick(); // editors that read the DOM back or render later do so before the next key
      }
    },
  };
}

function mountTextarea(): Mounted {
  const el = document.createElement('textarea');
  el.id = 'composer';
  document.body.appendChild(el);
  const editor = fakes.mountReactTextarea(el);
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  return {
    name: 'textarea',
    kind: 'textarea',
    el,
    editor,
    async type(text: string) {
      for (const ch of text) {
        const pos = el.selectionEnd ?? el.value.length;
        setter.call(el, el.value.slice(0, pos) + ch + el.value.slice(pos));
        el.setSelectionRange(pos + 1, pos + 1);
        el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: ch, bubbles: true }));
        await tick();
      }
    },
  };
}

/** Moves the caret to the end of the composer (where a user would type their message). */
export function caretToEnd(m: Mounted): void {
  if (m.el instanceof HTMLTextAreaElement) {
    m.el.setSelectionRange(m.el.value.length, m.el.value.length);
    return;
  }
  const sel = document.getSelection()!;
  const r = document.createRange();
  const last = m.el.lastElementChild ?? m.el;
  const text = lastTextNode(last);
  if (text) r.setStart(text, text.data.length);
  else r.setStart(last, 0);
  r.collapse(true);
  sel.removeAllRanges();
  sel.addRange(r);
}

function lastTextNode(node: Node): Text | null {
  for (let n = node.lastChild; n; n = n.previousSibling) {
    if (n.nodeType === 3) return n as Text;
    const inner = lastTextNode(n);
    if (inner) return inner;
  }
  return null;
}

export function sampleBlock(relevant: string[] = []): string {
  return formatPreamble({
    L4: ['Backend engineer in Lisbon', 'Style: terse, code first'],
    L2: ['2026-11-19 · Claude · Planning the Lisbon move'],
    L1: relevant,
  });
}

// The limit only ends a test that would wait forever; it is generous so that a loaded machine does not fail it.
export async function waitFor(cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for condition');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function tick(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
