import { onMessage } from '../../lib/messaging/protocol';
import { createEngineHost } from '../../lib/host/engine-host';
import { engineHostOptions, installEmbedTestHook } from '../../lib/host/runtime-models';

// Chrome's engine host: the service worker forwards every memory call here.
const startedAt = Date.now();
const host = createEngineHost(engineHostOptions);
onMessage('host/call', ({ data }) => host.call(data.method, data.args[0]));
onMessage('host/ping', () => ({ alive: true as const, startedAt }));
void host.call('host/drain');
// Test build only: lets end-to-end tests and `npm run bench:embed` run the bundled embedder on a local model server.
if (import.meta.env.MODE === 'test') installEmbedTestHook();
