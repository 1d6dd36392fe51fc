/** Which elements of a chat turn are chrome, inline, block, pre-wrap or math, as the DOM-to-text walker sees them. */

export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'button', 'input', 'textarea', 'select', 'option', 'img',
  'picture', 'video', 'audio', 'canvas', 'iframe', 'object', 'mat-icon', 'link', 'meta', 'head', 'title',
]);

/** Screen-reader-only and hidden chrome, common across the sites. */
export const HIDDEN_SELECTOR = [
  '.sr-only', '.cdk-visually-hidden', '.visually-hidden', '.screen-reader-only', '[hidden]', '[aria-hidden="true"]',
  '[role="tooltip"]', '.katex-mathml',
].join(',');

export const INLINE_TAGS = new Set([
  'span', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'code', 'kbd', 'samp',
  'abbr', 'cite', 'q', 'label', 'font', 'var', 'time',
]);

export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'figure', 'figcaption',
  'details', 'summary', 'dl', 'dt', 'dd', 'form', 'fieldset', 'address', 'hr', 'table', 'ul', 'ol', 'center',
]);

export function isPreWrap(el: Element, typedText = false): boolean {
  const cls = el.getAttribute('class') ?? '';
  if (/(^|\s)(whitespace-pre-wrap|whitespace-pre-line|whitespace-pre)(\s|$)/.test(cls)) return true;
  const style = el.getAttribute('style') ?? '';
  if (/white-space:\s*pre(-wrap|-line)?\b/.test(style)) return true;
  // Sites with hashed class names (DeepSeek) set pre-wrap in their stylesheets: in a live page ask the browser, for
  // leaf text holders of typed text only.
  if (typedText && el.childElementCount === 0 && el.isConnected) {
    const view = el.ownerDocument?.defaultView;
    const ws = view?.getComputedStyle?.(el).whiteSpace ?? '';
    return /^(pre|pre-wrap|pre-line|break-spaces)$/.test(ws);
  }
  return false;
}

export function isInlineDisplayNone(el: Element): boolean {
  const style = el.getAttribute('style');
  return style !== null && /display:\s*none/.test(style);
}

export function mathSource(el: Element): string | null {
  const data = el.getAttribute('data-math');
  if (data) return data;
  const annotation = el.querySelector('annotation[encoding="application/x-tex"]');
  return annotation ? (annotation.textContent ?? '').trim() : null;
}
