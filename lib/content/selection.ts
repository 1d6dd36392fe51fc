import { visibilityProbe, type VisibilityProbe } from '../capture/visibility';

/**
 * The text the user has selected in the page, for "Remember this": the selection inside a focused text field, or the
 * page's selection with what the user cannot see left out. A page can put hidden words inside what the user selects
 * (off-screen, zero-sized, style-hidden spans); those are not the user's choice and must not be remembered, the same
 * rule capture follows for user turns (lib/capture/visibility.ts). Where there is no layout to judge by (Node DOMs in
 * tests), the selection is taken as the browser renders it.
 */
export function selectedText(doc: Document): string {
  const field = doc.activeElement;
  if (field && isTextField(field)) {
    const { selectionStart: start, selectionEnd: end, value } = field;
    if (start !== null && end !== null && end > start) return value.slice(start, end);
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return '';
  const pieces: string[] = [];
  let hiddenLeftOut = false;
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    const common = range.commonAncestorContainer;
    const root = common.nodeType === 1 ? (common as Element) : common.parentElement;
    const probe = root ? visibilityProbe(root) : null;
    if (!root || !probe) {
      pieces.push(range.toString());
      continue;
    }
    const hidden = hiddenUnder(root, probe);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.nextNode(); node; node = walker.nextNode()) {
      if (!range.intersectsNode(node)) continue;
      const text = node.nodeValue ?? '';
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : text.length;
      const part = text.slice(from, to);
      if (part === '') continue;
      if (node.parentElement && hidden(node.parentElement)) {
        if (/\S/.test(part)) hiddenLeftOut = true;
        continue;
      }
      pieces.push(part);
    }
  }
  // Nothing hidden: the browser's own rendering of the selection, line breaks and all.
  if (!hiddenLeftOut) return selection.toString();
  return pieces.join(' ').replace(/[ \t]+/g, ' ').trim();
}

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && /^(text|search|url|email|tel|)$/i.test((el as HTMLInputElement).type ?? '');
}

/** Whether an element under `root` is hidden: it or an ancestor up to `root` is not shown. Memoised per element. */
function hiddenUnder(root: Element, probe: VisibilityProbe): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const check = (el: Element): boolean => {
    const cached = known.get(el);
    if (cached !== undefined) return cached;
    const tag = el.tagName;
    const result =
      tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || probe.hidden(el) || (el !== root && !!el.parentElement && check(el.parentElement));
    known.set(el, result);
    return result;
  };
  return check;
}
