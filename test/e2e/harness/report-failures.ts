import { beforeEach } from 'vitest';
import { serviceWorkerJournals } from './chromium';

// When a test fails, print what the extension's service workers did meanwhile (their starts, stops, warnings and
// errors) and what Chrome's service-worker page says of them: a flake on a loaded machine is otherwise a bare timeout.
beforeEach((context) => {
  context.onTestFailed(async () => {
    for (const journal of await serviceWorkerJournals()) console.log(`[service worker journal]\n${journal}`);
  });
});
