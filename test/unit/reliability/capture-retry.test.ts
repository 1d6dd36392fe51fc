// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CapturedConversation } from '../../../lib/capture';
import { LiveCapture } from '../../../lib/capture/live';

/**
 * A send that fails (service worker being restarted, storage full) must not lose the turns when the page then stays
 * quiet: LiveCapture tries again on its own, with backoff, until the send succeeds.
 */

let live: LiveCapture | null = null;
afterEach(() => {
  live?.stop();
  live = null;
  vi.useRealTimers();
});

function page(turns: [string, string][]) {
  document.head.innerHTML = '<title>Retry - Claude</title>';
  document.body.innerHTML = '<div id="thread"></div>';
  const thread = document.getElementById('thread')!;
  for (const [q, a] of turns) {
    const u = document.createElement('div');
    u.innerHTML = '<div data-testid="user-message"><p class="whitespace-pre-wrap"></p></div>';
    u.querySelector('p')!.textContent = q;
    const b = document.createElement('div');
    b.innerHTML = '<div data-is-streaming="false"><div class="font-claude-response"><div class="standard-markdown"><p></p></div></div></div>';
    b.querySelector('p')!.textContent = a;
    thread.append(u, b);
  }
}

describe('LiveCapture after a failed send', () => {
  it('retries by itself while the page is quiet, and sends each turn once when the background is back', async () => {
    // Fake clock: the backoff is checked to the millisecond, and the test takes no real time.
    vi.useFakeTimers();
    page([
      ['Where is the Douro?', 'In northern Portugal.'],
      ['And its source?', 'In Spain, in the Sierra de Urbión.'],
    ]);
    let failures = 3;
    const attempts: number[] = [];
    const sent: CapturedConversation[] = [];
    live = new LiveCapture({
      doc: document,
      getUrl: () => 'https://claude.ai/chat/retry-1',
      send: (c) => {
        attempts.push(Date.now());
        if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push(c);
      },
      debounceMs: 20,
    });
    const t0 = Date.now();
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toEqual([t0]); // the first send, at start, fails
    // Backoff: the page stays quiet, yet it tries again after 1 s, then 2 s, then 4 s — not a moment earlier.
    for (const gap of [1_000, 2_000, 4_000]) {
      const tries = attempts.length;
      await vi.advanceTimersByTimeAsync(gap - 1);
      expect(attempts).toHaveLength(tries);
      await vi.advanceTimersByTimeAsync(1);
      expect(attempts).toHaveLength(tries + 1);
    }
    expect(attempts.map((t) => t - t0)).toEqual([0, 1_000, 3_000, 7_000]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.turns.map((t) => t.text)).toEqual(['Where is the Douro?', 'In northern Portugal.', 'And its source?', 'In Spain, in the Sierra de Urbión.']);
    // Nothing pending any more: no further sends, even past the longest backoff (30 s).
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toHaveLength(4);
    expect(sent).toHaveLength(1);
  });
});
