// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CapturedConversation } from '../../../lib/capture';
import { LiveCapture, type LiveCaptureOptions } from '../../../lib/capture/live';
import { standaloneContext } from '../../../lib/content/context';
import type { NavigationChange, NavigationSource } from '../../../lib/content/navigation';

/**
 * Capture loses nothing: a send, leaving the page or the conversation, and the thread being replaced all save what
 * is pending at once, without waiting for the page to go quiet; a streaming answer saved part-way is completed later
 * under the same ordinal.
 */

function setUpPage(opts: { form?: boolean } = {}): void {
  document.head.innerHTML = '<title>Cats - Claude</title>';
  const composer = '<div class="ProseMirror" data-testid="chat-input" contenteditable="true"><p id="caret"></p></div>';
  document.body.innerHTML = `<div id="thread"></div>${
    opts.form ? `<form id="composer-form">${composer}<button type="submit" id="submit">Go</button></form>` : composer
  }<button aria-label="Send message" id="send"><svg></svg></button>`;
}

function addUser(text: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = '<div data-testid="user-message"><p class="whitespace-pre-wrap"></p></div>';
  el.querySelector('p')!.textContent = text;
  document.getElementById('thread')!.appendChild(el);
  return el;
}

function addAnswer(text: string, streaming = false): { el: HTMLElement; set(text: string): void; finish(): void } {
  const el = document.createElement('div');
  el.innerHTML = `<div data-is-streaming="${streaming}"><div class="font-claude-response"><div class="standard-markdown"><p></p></div></div></div>`;
  const p = el.querySelector('p')!;
  p.textContent = text;
  document.getElementById('thread')!.appendChild(el);
  return {
    el,
    set: (t) => (p.textContent = t),
    finish: () => el.firstElementChild!.setAttribute('data-is-streaming', 'false'),
  };
}

/** Lets the MutationObserver deliver its records. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(cond: () => boolean, timeoutMs = 2_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for condition');
    await pause(5);
  }
}

function fakeNavigation(): NavigationSource & { emit(change: NavigationChange): void } {
  const listeners = new Set<(change: NavigationChange) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (change) => listeners.forEach((l) => l(change)),
  };
}

/** What the background would keep: one row per conversation and ordinal, a later send replacing an earlier one. */
function store(sent: CapturedConversation[]): Map<string, string> {
  const rows = new Map<string, string>();
  for (const c of sent) for (const t of c.turns) rows.set(`${c.conversationId}#${t.ordinal}`, `${t.role}: ${t.text}`);
  return rows;
}

let live: LiveCapture | null = null;
afterEach(() => {
  live?.stop();
  live = null;
  vi.useRealTimers();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

/** Nothing is read by the clock in these tests (a minute of quiet time): only the flush triggers send. */
function start(url: { href: string }, extra: Partial<LiveCaptureOptions> = {}) {
  const sent: CapturedConversation[] = [];
  live = new LiveCapture({
    doc: document,
    getUrl: () => url.href,
    send: (c) => {
      sent.push(structuredClone(c));
    },
    debounceMs: 60_000,
    appendedDelayMs: 60_000,
    ...extra,
  });
  live.start();
  return sent;
}

function key(target: EventTarget, init: KeyboardEventInit) {
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

describe('LiveCapture flushes on a send', () => {
  it('Enter in the composer sends what is pending at once; Shift+Enter (a new line) does not', async () => {
    setUpPage();
    addUser('My cat is called Miso.');
    addAnswer('Nice name!');
    const sent = start({ href: 'https://claude.ai/chat/send-1' });
    await live!.flush();
    expect(sent).toHaveLength(1);

    addUser('What should I feed her?');
    addAnswer('Wet food twice a day.');
    await settle();
    const caret = document.getElementById('caret')!;
    key(caret, { key: 'Enter', shiftKey: true });
    await pause(30);
    expect(sent).toHaveLength(1);

    key(caret, { key: 'Enter' });
    await waitFor(() => sent.length === 2);
    expect(sent[1]!.turns).toEqual([
      { role: 'user', text: 'What should I feed her?', ordinal: 2 },
      { role: 'assistant', text: 'Wet food twice a day.', ordinal: 3 },
    ]);
  });

  it("a click on the site's send button, or on the composer form's submit button, sends at once", async () => {
    setUpPage({ form: true });
    const sent = start({ href: 'https://claude.ai/chat/send-2' });
    await live!.flush();
    expect(sent).toEqual([]);

    addUser('First prompt.');
    await settle();
    // The click lands on the icon inside Claude's send button.
    document.querySelector('#send svg')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitFor(() => sent.length === 1);
    expect(sent[0]!.turns).toEqual([{ role: 'user', text: 'First prompt.', ordinal: 0 }]);

    addAnswer('First answer.');
    await settle();
    document.getElementById('submit')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitFor(() => sent.length === 2);
    expect(sent[1]!.turns).toEqual([{ role: 'assistant', text: 'First answer.', ordinal: 1 }]);

    addUser('Second prompt.');
    await settle();
    document.getElementById('composer-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor(() => sent.length === 3);
    expect(sent[2]!.turns).toEqual([{ role: 'user', text: 'Second prompt.', ordinal: 2 }]);
  });

  it('after a send, the prompt is sent in the very task the page shows it in', async () => {
    setUpPage();
    const sent = start({ href: 'https://claude.ai/chat/send-4' });
    await live!.flush();
    key(document.getElementById('caret')!, { key: 'Enter' });
    await pause(20); // the send's own flush: nothing pending yet
    addUser('Just sent.');
    addAnswer('', true);
    await settle(); // the page observer's callback, no timer
    expect(sent.map((c) => c.turns)).toEqual([[{ role: 'user', text: 'Just sent.', ordinal: 0 }]]);
  });

  it('a new turn appearing (the sent prompt) is read after a short wait, not after the page goes quiet', async () => {
    setUpPage();
    const sent = start({ href: 'https://claude.ai/chat/send-3' }, { appendedDelayMs: 5 });
    await live!.flush();
    addUser('Sent just now.');
    const answer = addAnswer('Thinking', true);
    // The answer keeps streaming: the page is never quiet for a minute, yet the prompt is saved.
    await waitFor(() => sent.length === 1);
    expect(sent[0]!.turns).toEqual([{ role: 'user', text: 'Sent just now.', ordinal: 0 }]);
    answer.set('Thinking about it');
    await pause(30);
    expect(sent).toHaveLength(1);
  });
});

describe('LiveCapture saves an answer the moment it ends', () => {
  it('an answer marked as streaming on itself (Claude): its end flushes at once, without waiting for quiet', async () => {
    setUpPage();
    addUser('Tell me a cat fact.');
    const answer = addAnswer('Cats sleep about 15 hours a day.', true);
    const sent = start({ href: 'https://claude.ai/chat/end-1' });
    await live!.flush();
    expect(sent.flatMap((c) => c.turns).map((t) => t.role)).toEqual(['user']);
    answer.finish(); // only the streaming flag changes
    await waitFor(() => sent.length === 2);
    expect(sent[1]!.turns).toEqual([{ role: 'assistant', text: 'Cats sleep about 15 hours a day.', ordinal: 1 }]);
  });

  it('a page-wide streaming sign (ChatGPT\'s stop button): its removal flushes at once', async () => {
    document.head.innerHTML = '<title>Cats - ChatGPT</title>';
    document.body.innerHTML = `<main>
      <div data-message-author-role="user"><div class="whitespace-pre-wrap">Tell me a dog fact.</div></div>
      <div data-message-author-role="assistant"><div class="markdown"><p>Dogs have about 300 million scent receptors.</p></div></div>
      </main><form><button data-testid="stop-button" aria-label="Stop streaming">Stop</button></form>`;
    const sent = start({ href: 'https://chatgpt.com/c/end-2222' });
    await live!.flush();
    expect(sent.flatMap((c) => c.turns).map((t) => t.role)).toEqual(['user']);
    document.querySelector('[data-testid="stop-button"]')!.remove();
    await waitFor(() => sent.length === 2);
    expect(sent[1]!.turns).toEqual([{ role: 'assistant', text: 'Dogs have about 300 million scent receptors.', ordinal: 1 }]);
  });
});

describe('LiveCapture flushes when the user leaves', () => {
  for (const [label, leave] of [
    ['the page is closed or navigated away from (pagehide)', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the tab is hidden (visibilitychange)',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ] as const) {
    it(`${label}: the prompt and the answer so far are sent synchronously`, async () => {
      setUpPage();
      addUser('Old question');
      addAnswer('Old answer');
      const sent = start({ href: 'https://claude.ai/chat/leave-1' });
      await live!.flush();

      addUser('Which cat breeds shed least?');
      const answer = addAnswer('Sphynx cats', true);
      await settle();
      answer.set('Sphynx cats shed almost nothing');
      leave();
      // No waiting: the page may be gone a moment later.
      expect(sent).toHaveLength(2);
      expect(sent[1]!.turns).toEqual([
        { role: 'user', text: 'Which cat breeds shed least?', ordinal: 2 },
        { role: 'assistant', text: 'Sphynx cats shed almost nothing', ordinal: 3 },
      ]);
    });
  }

  it('a partly streamed answer is sent again, complete, under the same ordinal: nothing is stored twice', async () => {
    setUpPage();
    addUser('Tell me a cat fact.');
    const answer = addAnswer('Cats sleep', true);
    const sent = start({ href: 'https://claude.ai/chat/leave-2' });
    await live!.flush();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store(sent)).toEqual(
      new Map([
        ['leave-2#0', 'user: Tell me a cat fact.'],
        ['leave-2#1', 'assistant: Cats sleep'],
      ]),
    );

    // Back on the tab, the answer finishes.
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    answer.set('Cats sleep about 15 hours a day.');
    answer.finish();
    await settle();
    await live!.flush();
    expect(sent.at(-1)!.turns).toEqual([{ role: 'assistant', text: 'Cats sleep about 15 hours a day.', ordinal: 1 }]);
    expect(store(sent)).toEqual(
      new Map([
        ['leave-2#0', 'user: Tell me a cat fact.'],
        ['leave-2#1', 'assistant: Cats sleep about 15 hours a day.'],
      ]),
    );
    // Closing the page now sends nothing new.
    const sends = sent.length;
    window.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(sends);
  });

  it('an answer left while streaming is completed when the conversation is opened again', async () => {
    setUpPage();
    const url = { href: 'https://claude.ai/chat/conv-a' };
    const navigation = fakeNavigation();
    addUser('Question A');
    addAnswer('Answer A begins', true);
    const sent = start(url, { navigation });
    await live!.flush();
    // Off to another conversation while A still streams: announced before the page changes.
    navigation.emit({ from: url.href, to: 'https://claude.ai/chat/conv-b', early: true });
    expect(store(sent).get('conv-a#1')).toBe('assistant: Answer A begins');
    url.href = 'https://claude.ai/chat/conv-b';
    setUpPage();
    addUser('Question B');
    addAnswer('Answer B');
    await settle();
    await live!.flush();
    // Back to A, which the site now shows finished.
    navigation.emit({ from: url.href, to: 'https://claude.ai/chat/conv-a', early: true });
    url.href = 'https://claude.ai/chat/conv-a';
    setUpPage();
    addUser('Question A');
    addAnswer('Answer A begins, and ends here.');
    await settle();
    await live!.flush();
    expect(store(sent)).toEqual(
      new Map([
        ['conv-a#0', 'user: Question A'],
        ['conv-a#1', 'assistant: Answer A begins, and ends here.'],
        ['conv-b#0', 'user: Question B'],
        ['conv-b#1', 'assistant: Answer B'],
      ]),
    );
    // The prompt of A was sent once only, though the page showed it twice.
    expect(sent.flatMap((c) => c.turns.filter((t) => t.text === 'Question A'))).toHaveLength(1);
  });
});

describe('LiveCapture flushes the old conversation before it switches', () => {
  it('navigation announced early (Navigation API): what the old page shows goes under the old id', async () => {
    setUpPage();
    const url = { href: 'https://claude.ai/chat/old-1' };
    const navigation = fakeNavigation();
    addUser('Old prompt');
    addAnswer('Old answer');
    const sent = start(url, { navigation });
    await live!.flush();
    addUser('A quick follow-up');
    const answer = addAnswer('Half an', true);
    await settle();
    navigation.emit({ from: url.href, to: 'https://claude.ai/new', early: true });
    expect(sent.at(-1)).toMatchObject({
      conversationId: 'old-1',
      turns: [
        { role: 'user', text: 'A quick follow-up', ordinal: 2 },
        { role: 'assistant', text: 'Half an', ordinal: 3 },
      ],
    });
    answer.set('Half an answer'); // too late: the page moves on
    url.href = 'https://claude.ai/new';
    setUpPage();
    navigation.emit({ from: 'https://claude.ai/chat/old-1', to: url.href, early: false });
    await settle();
    await live!.flush();
    expect(sent.every((c) => c.conversationId === 'old-1')).toBe(true);
  });

  it('without the Navigation API: the thread replaced ("New chat") sends the old turns under the old id at once', async () => {
    setUpPage();
    const url = { href: 'https://claude.ai/chat/old-2' };
    addUser('Old prompt');
    addAnswer('Old answer');
    const sent = start(url);
    await live!.flush();
    addUser('Follow-up');
    await settle();
    await live!.flush(); // the prompt was read (and sent) when it appeared
    const answer = addAnswer('Streaming', true);
    await settle();
    await live!.flush(); // held back: still streaming
    answer.set('Streaming along');
    await settle();
    expect(store(sent).get('old-2#3')).toBeUndefined();

    // The single-page app changes the address first, then replaces the thread.
    url.href = 'https://claude.ai/new';
    document.getElementById('thread')!.replaceChildren();
    await settle();
    expect(store(sent)).toEqual(
      new Map([
        ['old-2#0', 'user: Old prompt'],
        ['old-2#1', 'assistant: Old answer'],
        ['old-2#2', 'user: Follow-up'],
        ['old-2#3', 'assistant: Streaming along'],
      ]),
    );
  });

  it('a router that renders the new conversation before changing the address: nothing is filed under the wrong id', async () => {
    setUpPage();
    const url = { href: 'https://claude.ai/chat/first' };
    const navigation = fakeNavigation();
    addUser('First prompt');
    addAnswer('First answer');
    const sent = start(url, { navigation });
    await live!.flush();
    addUser('First follow-up'); // appended, not read yet
    await settle();
    await live!.flush();

    // The page shows conversation "second" while the address still says "first", then announces the move.
    document.getElementById('thread')!.replaceChildren();
    addUser('Second prompt');
    addAnswer('Second answer');
    navigation.emit({ from: url.href, to: 'https://claude.ai/chat/second', early: true });
    url.href = 'https://claude.ai/chat/second';
    navigation.emit({ from: 'https://claude.ai/chat/first', to: url.href, early: false });
    await settle();
    await live!.flush();
    expect(store(sent)).toEqual(
      new Map([
        ['first#0', 'user: First prompt'],
        ['first#1', 'assistant: First answer'],
        ['first#2', 'user: First follow-up'],
        ['second#0', 'user: Second prompt'],
        ['second#1', 'assistant: Second answer'],
      ]),
    );
  });
});

describe('LiveCapture in an invalidated content script', () => {
  it('stops for good when a send fails with "Extension context invalidated": no retries', async () => {
    vi.useFakeTimers();
    setUpPage();
    addUser('Sent after the extension was updated');
    const attempts: number[] = [];
    const ctx = standaloneContext();
    live = new LiveCapture({
      doc: document,
      getUrl: () => 'https://claude.ai/chat/orphan-1',
      ctx,
      send: () => {
        attempts.push(Date.now());
        throw new Error('Extension context invalidated.');
      },
      debounceMs: 20,
    });
    live.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toHaveLength(1);
    expect(ctx.isValid).toBe(false);
    // Past the longest backoff, with the page still changing: nothing more.
    addUser('Another prompt');
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(attempts).toHaveLength(1);
  });

  it('invalidating the context stops its observer, timers and listeners', async () => {
    setUpPage();
    const ctx = standaloneContext();
    const sent = start({ href: 'https://claude.ai/chat/orphan-2' }, { ctx, appendedDelayMs: 1, debounceMs: 1 });
    await live!.flush();
    ctx.abort();
    addUser('After the update');
    addAnswer('Not read');
    await pause(30);
    window.dispatchEvent(new Event('pagehide'));
    key(document.getElementById('caret')!, { key: 'Enter' });
    await pause(30);
    expect(sent).toEqual([]);
  });
});
