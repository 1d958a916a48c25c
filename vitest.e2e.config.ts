import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium with the built extension loaded, driven by playwright-core.
// `npm run build` must have run first (global-setup checks and says so). One file at a time: each
// file starts its own browser, and the machines this runs on have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
