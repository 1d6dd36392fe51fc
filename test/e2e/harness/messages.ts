import type { ReverieCalls } from '../../../lib/messaging/protocol';

// Loose on purpose: Playwright's and Puppeteer's evaluate signatures differ; the message itself is typed below.
type Evaluate = (fn: (arg: any) => Promise<any>, arg: any) => Promise<any>;

/**
 * Sends one contract message from inside an extension context (a popup or options page), in @webext-core/messaging's
 * wire format, and returns the answer. The background admits calls by sender: pages may make the page calls only.
 */
export async function sendProtocol<K extends keyof ReverieCalls>(
  evaluate: Evaluate,
  type: K,
  data: Parameters<ReverieCalls[K]>[0],
): Promise<Awaited<ReturnType<ReverieCalls[K]>>> {
  const reply = await evaluate(
    async ({ type, data }: { type: string; data: unknown }) => {
      // Firefox's promise-returning `browser` first: its `chrome.runtime.sendMessage` answers a callback, not a promise,
      // in a top-level extension tab.
      const api = (globalThis as any).browser?.runtime ?? (globalThis as any).chrome?.runtime;
      return api.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
    },
    { type, data },
  );
  const answer = reply as { res?: unknown; err?: { message?: string } } | undefined;
  if (!answer) throw new Error(`No context answered ${type}`);
  if (answer.err) throw new Error(`${type} failed: ${answer.err.message ?? JSON.stringify(answer.err)}`);
  return answer.res as Awaited<ReturnType<ReverieCalls[K]>>;
}
