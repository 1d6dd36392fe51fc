import { browser } from 'wxt/browser';
import { onMessage } from '../../lib/messaging/protocol';
import { createEngineHost, isEngineMethod } from '../../lib/host/engine-host';
import { engineHostOptions, installEmbedTestHook } from '../../lib/host/runtime-models';
import { fromBackground } from '../../lib/messaging/admit';

// Chrome's engine host: the service worker forwards every memory call here, already admitted at its boundary.
// Content scripts' messages reach this document too, so it answers the background and nobody else.
const startedAt = Date.now();
const host = createEngineHost(engineHostOptions);
const backgroundUrl = browser.runtime.getURL('/background.js');
onMessage('hostCall', ({ data, sender }) => {
  if (!fromBackground(sender, { id: browser.runtime.id, backgroundUrl })) throw new Error('The engine host answers the background only.');
  if (!isEngineMethod(data?.method)) throw new Error('Unknown engine-host call.');
  return host.call(data.method, data.data as never);
});
onMessage('hostPing', ({ sender }) => {
  if (!fromBackground(sender, { id: browser.runtime.id, backgroundUrl })) throw new Error('The engine host answers the background only.');
  return { alive: true as const, startedAt };
});
void host.call('drainCaptureQueue');
// Test build only: lets end-to-end tests and `npm run bench:embed` run the bundled embedder on a local model server.
if (import.meta.env.MODE === 'test') installEmbedTestHook();
