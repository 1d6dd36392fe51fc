import { sendMessage } from '../messaging/protocol';
import type { HostConnection } from '../host/connection';

/**
 * Chrome: the background's way to the engine host, an offscreen document created on demand (the MV3 service worker
 * cannot load modules at run time or run the WASM/WebGPU engine). Firefox's background page hosts it in-process.
 */

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const chromeApi = (globalThis as any).chrome;
  const url = chromeApi.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chromeApi.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length) return;
  creating ??= createAndAwait(chromeApi).finally(() => {
    creating = null;
  });
  await creating;
}

/** Creates the document and waits until its script has loaded and answers (the engine bundle takes a moment). */
async function createAndAwait(chromeApi: any): Promise<void> {
  await chromeApi.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Runs the on-device memory engine (WASM/WebGPU embeddings and vector index).',
    })
    .catch((error: Error) => {
      // Another caller won the race: the document exists, which is all we wanted.
      if (!/single offscreen|already/i.test(String(error?.message))) throw error;
    });
  await waitUntilHostAnswers(30_000);
}

async function waitUntilHostAnswers(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await sendMessage('hostPing', undefined);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}


/** Chrome: forwards to the offscreen document, creating it first and retrying once if it was closed meanwhile. */
export function offscreenHost(): HostConnection {
  return {
    async call(method, ...data) {
      for (let attempt = 0; ; attempt++) {
        await ensureOffscreenDocument();
        try {
          return (await sendMessage('hostCall', { method, data: data[0] })) as never;
        } catch (error) {
          // The document may still be loading its script, or was closed meanwhile: wait for it, then try again.
          if (attempt >= 2 || !/receiving end|establish connection|closed/i.test(String((error as Error)?.message))) throw error;
          await waitUntilHostAnswers(10_000).catch(() => undefined);
        }
      }
    },
  };
}

