import { beforeEach } from 'vitest';
import { serviceWorkerJournals } from './chromium';

// When a test fails, print what the extension's service workers did meanwhile (their starts, stops, warnings and
// errors): a flake on a loaded machine is otherwise a bare timeout.
beforeEach((context) => {
  context.onTestFailed(() => {
    for (const journal of serviceWorkerJournals()) console.log(`[service worker journal]\n${journal.join('\n')}`);
  });
});
