import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers (Debian Chromium, Firefox ESR) against the test build in .output-test/.
// One file at a time: two cores, and each file owns a browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    setupFiles: ['test/e2e/harness/report-failures.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for what the extension does in its own time (a settings write, a status line). Its default
    // ceiling of 1 s ran out on a loaded machine (two suites and a CPU hog on two cores); a ceiling only matters when
    // the condition never comes, so it is generous. Polls that wait for longer work set their own.
    expect: { poll: { timeout: 15_000 } },
    fileParallelism: false,
    pool: 'forks',
  },
});
