// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/capture/text';
import { readTurnText } from '../../../lib/capture';
import { ADAPTERS } from '../../../lib/capture/registry';

/** Hostile markup in a captured turn: read as the text the user saw, never executed, never a crash. */
describe('reading hostile turn markup', () => {
  function nested(depth: number, tag: (i: number) => string, leaf: string): HTMLElement {
    const root = document.createElement('div');
    let node: HTMLElement = root;
    for (let i = 0; i < depth; i++) {
      const child = document.createElement(tag(i));
      node.appendChild(child);
      node = child;
    }
    node.textContent = leaf;
    return root;
  }

  // happy-dom's own querySelector recurses per level, so Node checks 2,000 levels; the end-to-end test checks 5,000
  // in Chromium, where the unguarded walker overflowed the content script's stack.
  it('reads text nested 2,000 elements deep (past the walker depth guard) as plain text', () => {
    for (const depth of [600, 2_000]) {
      const root = nested(depth, (i) => (i % 2 ? 'span' : 'div'), `leaf at ${depth}`);
      expect(extractText(root)).toBe(`leaf at ${depth}`);
    }
    // Pre-wrap user bubbles take the whitespace-preserving walker: the same guard applies.
    const pre = nested(2_000, () => 'span', 'line one\n  line two');
    pre.className = 'whitespace-pre-wrap';
    expect(extractText(pre)).toContain('line one\n  line two');
  });

  it('keeps markup-looking text as text and never follows script or javascript: links', () => {
    document.body.innerHTML = `<div data-testid="user-message"><p class="whitespace-pre-wrap"></p></div>`;
    const p = document.querySelector('p')!;
    p.textContent = '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))';
    const real = document.createElement('script');
    real.textContent = 'window.__ran = 1';
    p.parentElement!.appendChild(real);
    const read = readTurnText(ADAPTERS.claude, document.querySelector('[data-testid="user-message"]')!);
    expect(read).toEqual({ role: 'user', text: '<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))' });
  });
});
