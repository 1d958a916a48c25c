import { defineConfig } from 'vitest/config';
import { slowestFirst } from './tests/e2e/support/slowest-first';

// End-to-end tests in Firefox ESR: the built Firefox add-on installed into Debian's firefox-esr,
// driven by puppeteer-core over WebDriver BiDi (tools/firefox.ts, docs/firefox.md).
// `wxt build -b firefox` must have run first (global-setup checks and says so). Two files at a
// time, as in vitest.e2e.config.ts: each starts its own Firefox and mostly waits.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.firefox.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: slowestFirst(['sites-1', 'sites-2']) },
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
