import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';

/**
 * How the background reaches the engine host. Chrome's MV3 service worker cannot `import()` or run the WASM/WebGPU
 * engine, so it lives in an offscreen document created on demand; Firefox's background page hosts it in-process.
 */
export interface HostConnection {
  call(method: string, data?: unknown): Promise<unknown>;
}

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const chromeApi = (globalThis as any).chrome;
  const url = chromeApi.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await chromeApi.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length) return;
  creating ??= chromeApi.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS'],
      justification: 'Runs the on-device memory engine (WASM/WebGPU embeddings and vector index).',
    })
    .catch((error: Error) => {
      // Another caller won the race: the document exists, which is all we wanted.
      if (!/single offscreen|already/i.test(String(error?.message))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export function hasOffscreenApi(): boolean {
  return Boolean((globalThis as any).chrome?.offscreen?.createDocument);
}

/** Chrome: forwards to the offscreen document, creating it first and retrying once if it was closed meanwhile. */
export function offscreenHost(): HostConnection {
  return {
    async call(method, data) {
      for (let attempt = 0; ; attempt++) {
        await ensureOffscreenDocument();
        try {
          return await sendMessage('host/call', { method, args: [data] });
        } catch (error) {
          if (attempt >= 2) throw error;
          await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
        }
      }
    },
  };
}

export { browser };
