import type { ProtocolMap } from '../../../lib/messaging/protocol';

// Loose on purpose: Playwright's and Puppeteer's evaluate signatures differ; the message itself is typed below.
type Evaluate = (fn: (arg: any) => Promise<any>, arg: any) => Promise<any>;

/**
 * Sends one typed protocol message from inside an extension context (a popup page or the service worker), in
 * @webext-core/messaging's wire format, and returns the answer. From the service worker only the engine host's
 * 'host/call' reaches anyone (a worker does not receive its own messages); from a page every message does.
 */
export async function sendProtocol<K extends keyof ProtocolMap>(
  evaluate: Evaluate,
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<Awaited<ReturnType<ProtocolMap[K]>>> {
  const reply = await evaluate(
    async ({ type, data }: { type: string; data: unknown }) => {
      const api = (globalThis as any).chrome?.runtime ?? (globalThis as any).browser?.runtime;
      return api.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() });
    },
    { type, data },
  );
  const answer = reply as { res?: unknown; err?: { message?: string } } | undefined;
  if (!answer) throw new Error(`No context answered ${type}`);
  if (answer.err) throw new Error(`${type} failed: ${answer.err.message ?? JSON.stringify(answer.err)}`);
  return answer.res as Awaited<ReturnType<ProtocolMap[K]>>;
}

/** Calls the engine host directly from the service worker (Chrome). */
export function callHost(evaluate: Evaluate, method: keyof ProtocolMap, data?: unknown): Promise<unknown> {
  return sendProtocol(evaluate, 'host/call', { method, args: [data] });
}
