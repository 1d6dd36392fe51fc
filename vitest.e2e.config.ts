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
  },
});
