import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox ESR: the built Firefox add-on installed into Debian's firefox-esr,
// driven by puppeteer-core over WebDriver BiDi (tools/firefox.ts, docs/firefox.md).
// `wxt build -b firefox` must have run first (global-setup checks and says so). One file at a
// time: each file starts its own Firefox, and the machines this runs on have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.firefox.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
