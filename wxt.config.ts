import path from 'node:path';
import { defineConfig } from 'wxt';
import { readLocales } from './tools/locales';
import { LOCALES_DIR } from './tools/repo-paths';
import { noInnerHtml } from './tools/vite-plugin-no-inner-html';
import { stripRuleExamples } from './tools/vite-plugin-strip-rule-examples';

// Entrypoints live directly in src/ (src/background, src/content, src/popup). Shared code lives in
// other folders of src/ (engine, protocol, store, ui); filterEntrypoints keeps WXT from ever
// treating a loose file there as an extra entrypoint (brief: "WXT conventions").
export default defineConfig({
  srcDir: 'src',
  entrypointsDir: '.',
  publicDir: 'public',
  // HEADS_UP_OUT lets parallel builds (and their e2e runs) use separate folders (tools/repo-paths.ts).
  outDir: process.env.HEADS_UP_OUT ?? '.output',
  // onboarding (opens on install: the parent sets the PIN) and parent (the PIN-locked parent page).
  filterEntrypoints: ['background', 'content', 'popup', 'onboarding', 'parent'],
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: what a file uses is visible in the file.
  imports: false,
  // One manifest version for both browsers, so one code path (service worker / event page).
  manifestVersion: 3,
  // The Firefox sources zip is what AMO reviewers rebuild from: no generated pictures or results.
  zip: { excludeSources: ['test-results/**', 'demo-screenshots/**', 'docs/screenshots/**'] },
  hooks: {
    // UI text: merge src/locales/<lang>/*.json into the _locales/<lang>/messages.json browsers read.
    'build:publicAssets': (wxt, files) => {
      for (const [lang, messages] of Object.entries(readLocales(LOCALES_DIR))) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 1) });
      }
      // The managed-storage schema Chrome reads (manifest storage.managed_schema, below). Firefox
      // takes managed values from policies.json "3rdparty" and has no use for the file.
      if (wxt.config.browser !== 'firefox') files.push({ relativeDest: 'managed-schema.json', absoluteSrc: path.join(wxt.config.srcDir, 'policy', 'managed-schema.json') });
    },
  },
  vite: () => ({
    plugins: [noInnerHtml(), stripRuleExamples()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // HEADS_UP_SOURCEMAP=1 adds source maps, to see what the content script's size is made of.
    build: { sourcemap: Boolean(process.env.HEADS_UP_SOURCEMAP) },
  }),
  manifest: ({ browser }) => ({
    name: 'Heads Up',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    permissions: ['storage'],
    // A family or school that force-installs Heads Up can lock policy fields through browser
    // policy (docs/managed-policy.md); Chrome needs this schema to accept them. Firefox needs no
    // schema (it reads them from policies.json "3rdparty"), so its manifest leaves the key out.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
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
