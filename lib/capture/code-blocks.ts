/** Code blocks in a chat turn: their verbatim code, their language, and the card around them that is only chrome. */

import { HIDDEN_SELECTOR, SKIP_TAGS } from './element-kinds';

const CHROME_WORDS = /^(copy|copy code|copied!?|download|run|edit|code|show more|show less|collapse|expand|wrap|preview)$/i;
const LANGUAGE_TOKEN = /^[A-Za-z][\w#+.-]{0,23}$/;

/** Raw text of a code element: text nodes verbatim, <br> as newline, chrome skipped. */
export function codeText(el: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    const tag = child.localName;
    if (tag === 'br') {
      out += '\n';
      return;
    }
    if (SKIP_TAGS.has(tag) || child.matches('.sr-only,[aria-hidden="true"]')) return;
    for (let c = child.firstChild; c; c = c.nextSibling) visit(c);
    // Line-per-element renderers (CodeMirror, some highlighters) keep lines in block children.
    if ((tag === 'div' || tag === 'p') && child.parentElement && !out.endsWith('\n')) out += '\n';
  };
  for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
  return out.replace(/\u00a0/g, ' ').replace(/\n+$/, '').replace(/^\n+/, '');
}

/** Text of `root` outside `skip`, buttons and icons included out; used to find a code block's language label. */
function residualText(root: Element, skip: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node === skip) return;
    if (node.nodeType === 3) out += ' ' + (node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIP_TAGS.has(el.localName) || el.matches(HIDDEN_SELECTOR)) return;
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    }
  };
  visit(root);
  return out.replace(/\s+/g, ' ').trim();
}

export interface CodeBlock {
  code: string;
  language: string;
}

function languageFrom(codeEl: Element, residual: string): string {
  const cls = codeEl.getAttribute('class') ?? '';
  const fromClass = /(?:^|\s)(?:language|lang)-([\w#+.-]+)/.exec(cls);
  if (fromClass) return fromClass[1]!;
  const words = residual.split(' ').filter((w) => w && !CHROME_WORDS.test(w));
  return words.length === 1 && LANGUAGE_TOKEN.test(words[0]!) ? words[0]!.toLowerCase() : '';
}

/**
 * Maps each code block's outermost wrapper (the pre, or the card around it holding only a language label and
 * copy buttons) to its code, so the walker emits one fence and skips the card's chrome.
 */
export function findCodeBlocks(root: Element): Map<Element, CodeBlock> {
  const blocks = new Map<Element, CodeBlock>();
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    if (pre.parentElement?.closest('pre') && root.contains(pre.parentElement.closest('pre'))) continue;
    const inner = Array.from(pre.querySelectorAll('pre'));
    const codeHost = inner.length ? inner[inner.length - 1]! : pre;
    const codeEl = codeHost.querySelector('code') ?? codeHost;
    let wrapper: Element = pre;
    let residual = residualText(pre, codeEl);
    for (let depth = 0; depth < 4; depth++) {
      const parent = wrapper.parentElement;
      if (!parent || parent === root || !root.contains(parent)) break;
      if (parent.querySelectorAll('pre').length !== 1 + inner.length) break;
      const parentResidual = residualText(parent, codeEl);
      if (parentResidual.length > 40) break;
      wrapper = parent;
      residual = parentResidual;
    }
    blocks.set(wrapper, { code: codeText(codeEl), language: languageFrom(codeEl, residual) });
  }
  return blocks;
}
