import { appendFileSync, mkdirSync } from 'node:fs';
import { beforeEach } from 'vitest';
import { serviceWorkerJournals } from './chromium';

/** Where the journals of failed tests also go; `npm test` prints its end after the summary, where CI logs keep it. */
const FAILURE_JOURNAL = 'test-results/e2e-failure-journal.txt';

// When a test fails, print what the extension's service workers did meanwhile (their starts, stops, warnings and
// errors) and what Chrome's service-worker page says of them: a flake on a loaded machine is otherwise a bare timeout.
beforeEach((context) => {
  context.onTestFailed(async () => {
    const journals = await serviceWorkerJournals();
    for (const journal of journals) console.log(`[service worker journal]\n${journal}`);
    if (!journals.length) return;
    mkdirSync('test-results', { recursive: true });
    appendFileSync(FAILURE_JOURNAL, `=== ${context.task.file?.name ?? ''} > ${context.task.name}\n${journals.join('\n')}\n`);
  });
});
