import { defineConfig } from 'vitest/config';
import { slowestFirst } from './tests/e2e/support/slowest-first';

// End-to-end tests: a real Chromium with the built extension loaded, driven by playwright-core.
// `npm run build` must have run first (global-setup checks and says so). Two files at a time: each
// file starts its own browser, and most of a file's time is spent waiting (quiet windows, the PIN
// lock's real minute), so two browsers on the two cores CI has halve the wall-clock time without
// starving either (three at a time slowed the hostile page's storms past its bounds). CI must
// finish well inside 15 minutes.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: slowestFirst(['sites-1', 'sites-2', 'parent-lockout', 'policy-obeyed', 'hostile-page', 'spa-navigation']) },
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
