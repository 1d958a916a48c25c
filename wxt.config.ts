import { defineConfig } from 'wxt';
import { noInnerHtml } from './tools/vite-plugin-no-inner-html';

// Entrypoints live directly in src/ (src/background, src/content, src/popup). Shared code lives in
// other folders of src/ (engine, protocol, store, ui); filterEntrypoints keeps WXT from ever
// treating a loose file there as an extra entrypoint (brief: "WXT conventions").
export default defineConfig({
  srcDir: 'src',
  entrypointsDir: '.',
  publicDir: 'public',
  filterEntrypoints: ['background', 'content', 'popup'],
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: what a file uses is visible in the file.
  imports: false,
  // One manifest version for both browsers, so one code path (service worker / event page).
  manifestVersion: 3,
  // The Firefox sources zip is what AMO reviewers rebuild from: no generated pictures or results.
  zip: { excludeSources: ['test-results/**', 'demo-screenshots/**', 'docs/screenshots/**'] },
  vite: () => ({
    plugins: [noInnerHtml()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'Heads Up',
    description:
      'Notices grooming and sextortion patterns in web chats and tells the child, on this device. Nothing is sent anywhere.',
    permissions: ['storage'],
    // No host_permissions: the content script's own matches are all it needs, and the extension
    // never makes a request (see tools/no-network.test.ts).
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'heads-up@heads-up.invalid',
              // 140 is the first ESR that knows data_collection_permissions.
              strict_min_version: '140.0',
              // Firefox's data-collection consent: Heads Up collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
