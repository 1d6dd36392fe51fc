/**
 * Whether text in a live page is shown to the user. A page can put words in a user turn that the user never sees
 * (moved off-screen, clipped away, shrunk to nothing, hidden by style); those words must not be remembered as the
 * user's. Where there is no layout (Node DOMs in tests, detached trees) nothing can be judged, and the probe is null.
 */

interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface VisibilityProbe {
  /** True when `el` (the probe's root or an element inside it) is not shown: it and its subtree can be skipped. */
  hidden(el: Element): boolean;
}

const SCROLLS = /^(auto|scroll|overlay)$/;

function intersect(a: Area, b: Area): Area {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

function outside(rect: DOMRect, area: Area): boolean {
  return rect.right <= area.left || rect.left >= area.right || rect.bottom <= area.top || rect.top >= area.bottom;
}

/** `clip: rect(…)` or `clip-path` that leaves nothing to see. */
function clippedAway(style: CSSStyleDeclaration): boolean {
  const clip = style.clip;
  if (clip && clip.startsWith('rect(') && /^(absolute|fixed)$/.test(style.position)) {
    const n = clip.match(/-?\d+(\.\d+)?/g)?.map(Number);
    if (n && n.length === 4 && (n[1]! - n[3]! <= 1 || n[2]! - n[0]! <= 1)) return true;
  }
  const path = style.clipPath;
  if (path && path !== 'none') {
    const inset = /^inset\(\s*(\d+(?:\.\d+)?)%/.exec(path);
    if (inset && Number(inset[1]) >= 50) return true;
    if (/^circle\(\s*0(px|%)?[\s)]/.test(path)) return true;
  }
  return false;
}

/** Computed overflow per axis (the longhands; some DOMs fill in only the shorthand). */
function overflowOf(style: CSSStyleDeclaration): { x: string; y: string } {
  const [first, second] = (style.overflow || 'visible').split(/\s+/);
  return { x: style.overflowX || first || 'visible', y: style.overflowY || second || first || 'visible' };
}

function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && /\S/.test(c.nodeValue ?? '')) return true;
  return false;
}

/**
 * A probe for the elements of `root`'s subtree, or null where the page has no layout to ask. An element is hidden when
 * the browser does not render it (`display: none`, `visibility: hidden`, `content-visibility: hidden` above it), when a
 * clip removes it, when it is (nearly) zero-sized and clips its content or holds text itself, or when it lies wholly
 * where no scrolling can bring it: outside the document, or outside a clipping or scrolling container around the turn.
 * Content a collapsed "show more" box inside the turn cuts off still counts as shown: the user can expand it.
 */
export function visibilityProbe(root: Element): VisibilityProbe | null {
  if (!root.isConnected || typeof root.getBoundingClientRect !== 'function') return null;
  const doc = root.ownerDocument;
  const view = doc?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  const html = doc.documentElement;
  const page = html.getBoundingClientRect();
  if (page.width === 0 && page.height === 0) return null; // no layout engine behind this DOM

  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element): CSSStyleDeclaration => {
    let s = styles.get(el);
    if (!s) styles.set(el, (s = view.getComputedStyle(el)));
    return s;
  };
  /** What scrolling can show inside `el` when it clips or scrolls its overflow; null when it lets it spill. */
  const scrollArea = (el: Element): Area | null => {
    const overflow = overflowOf(style(el));
    if (overflow.x === 'visible' && overflow.y === 'visible') return null;
    const r = el.getBoundingClientRect();
    const x = SCROLLS.test(overflow.x);
    const y = SCROLLS.test(overflow.y);
    const left = x ? r.left - el.scrollLeft : r.left;
    const top = y ? r.top - el.scrollTop : r.top;
    return { left, top, right: x ? left + Math.max(el.scrollWidth, r.width) : r.right, bottom: y ? top + Math.max(el.scrollHeight, r.height) : r.bottom };
  };

  // Around the root: the document's scrollable area, narrowed by every clipping or scrolling ancestor.
  const scroller = doc.scrollingElement ?? html;
  let around: Area = {
    left: -view.scrollX,
    top: -view.scrollY,
    right: -view.scrollX + Math.max(scroller.scrollWidth, view.innerWidth),
    bottom: -view.scrollY + Math.max(scroller.scrollHeight, view.innerHeight),
  };
  for (let a = root.parentElement; a && a !== doc.body && a !== html; a = a.parentElement) {
    if (style(a).position === 'fixed') break;
    const area = scrollArea(a);
    if (area) around = intersect(around, area);
  }

  /** The area an element inside the root can be scrolled into: its nearest scrolling ancestor's, else the root's. */
  const reachOf = (el: Element): Area => {
    if (el === root) return around;
    for (let a = el.parentElement; a; a = a.parentElement) {
      const overflow = overflowOf(style(a));
      if (SCROLLS.test(overflow.x) || SCROLLS.test(overflow.y)) return scrollArea(a) ?? around;
      if (a === root) break;
    }
    return around;
  };

  return {
    hidden(el) {
      if (!el.isConnected) return false;
      const s = style(el);
      // No box of its own (checkVisibility says false for that): its children are judged one by one.
      if (s.display === 'contents') return false;
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return true;
      if (s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse') return true;
      if (clippedAway(s)) return true;
      const rect = el.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) {
        // An sr-only box (1×1, overflow hidden), text at font-size 0: nothing shows. A zero-height wrapper whose
        // children spill out is judged by its children.
        const overflow = overflowOf(s);
        return overflow.x !== 'visible' || overflow.y !== 'visible' || hasOwnText(el);
      }
      return outside(rect, reachOf(el));
    },
  };
}
