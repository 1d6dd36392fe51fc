import type { Page } from 'playwright-core';

/**
 * The hostile chat session, played on a claudeLikePage by test/e2e/reliability.e2e.test.ts (nothing breaks, markup
 * stays text) and by bench/hostile.ts (what the content script costs the page while it happens).
 */

/** Markup a user might paste or an answer might contain: stored and shown as text, never run. */
export const HOSTILE = [
  '<script>window.__pwned = "script"</script> please summarise this',
  '<img src=x onerror="window.__pwned = \'img\'"> an image that should never load',
  '[click me](javascript:window.__pwned="link") and <a href="javascript:window.__pwned=1">this</a>',
];

/** Turns the session leaves on the page: the hostile exchanges, a 10 MB message, a 5,000-deep answer, 3,000 more. */
export const HOSTILE_SESSION_TURNS = HOSTILE.length * 2 + 2 + 3000;

/**
 * Plays the session as one mutation batch per step, each followed by a macrotask so the page's observers see the
 * batches one by one. A page that defines `window.__batch(fn)` runs each batch through it (the benchmark times them
 * there). A string, not a function: tsx (the benchmarks) would wrap inner function names in a helper the page lacks.
 */
export function playHostileSession(page: Page): Promise<void> {
  return page.evaluate(`(async () => {
    const w = window;
    const batch = w.__batch || (async (fn) => { fn(); await new Promise((r) => setTimeout(r, 0)); });
    for (const text of ${JSON.stringify(HOSTILE).replace(/</g, '\\u003c')}) {
      await batch(() => w.__chat.user(text));
      await batch(() => w.__chat.assistant('Echo: ' + text));
    }
    // A 10 MB message and an answer nested 5,000 elements deep.
    await batch(() => w.__chat.user('A'.repeat(1024) + ' pasted log line\\n'.repeat((10 * 1024 * 1024) / 18)));
    await batch(() => {
      w.__chat.assistant('');
      const p = document.querySelectorAll('.font-claude-response p');
      let node = p[p.length - 1];
      for (let i = 0; i < 5000; i++) {
        // Inline elements: 5,000 nested block elements crash Chromium's own layout, extension or not.
        const child = document.createElement(i % 2 ? 'span' : 'em');
        node.appendChild(child);
        node = child;
      }
      node.textContent = 'deeply nested answer text';
    });
    // 3,000 more turns, appended 100 per mutation batch.
    for (let b = 0; b < 30; b++) {
      await batch(() => {
        for (let i = 0; i < 100; i++) {
          const n = b * 100 + i;
          if (n % 2) w.__chat.assistant('Bulk answer ' + n + ': keep notes short.');
          else w.__chat.user('Bulk question ' + n + ': what next?');
        }
      });
    }
  })()`) as Promise<void>;
}
