import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests sit next to the code they test (x.test.ts). WxtVitest gives them WXT's config,
// aliases and an in-memory fake `browser` (fakeBrowser); fake-indexeddb stands in for IndexedDB.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tools/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto', 'tools/vitest-i18n.ts'],
    environment: 'node',
  },
});
