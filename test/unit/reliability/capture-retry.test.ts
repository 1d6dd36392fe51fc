// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
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
      urlPollMs: 60_000,
    });
    live.start();
    await expect.poll(() => sent.length, { timeout: 15_000, interval: 50 }).toBe(1);
    expect(attempts.length).toBe(4);
    // Backoff: the gaps between tries grow (1 s, 2 s, 4 s, within timer slack).
    const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
    expect(gaps[0]!).toBeGreaterThanOrEqual(900);
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]!).toBeGreaterThan(gaps[1]!);
    expect(sent[0]!.turns.map((t) => t.text)).toEqual(['Where is the Douro?', 'In northern Portugal.', 'And its source?', 'In Spain, in the Sierra de Urbión.']);
    // Nothing pending any more: no further sends.
    await new Promise((r) => setTimeout(r, 300));
    expect(attempts.length).toBe(4);
  }, 20_000);
});
