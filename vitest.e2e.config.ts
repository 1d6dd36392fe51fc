import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers (Debian Chromium, Firefox ESR) against the test build in .output-test/.
// One file at a time: two cores, and each file owns a browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    // Stopgap, to be removed: on 2026-11-30 a clean run failed review.firefox (popup search unanswered for a minute)
    // and quota (the first turns not stored) once each in two full runs, and review.firefox 1 in 4 runs alone; the
    // cause is not found yet. A failed test runs once more; the reporter still prints the first failure.
    retry: 1,
  },
});
