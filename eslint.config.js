// Lint for the whole project: typed TypeScript rules, browser globals for the extension, node
// globals for tools and tests, and the engine's purity rule (brief: "The engine is pure").
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NETWORK_APIS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];
const ENGINE_FORBIDDEN_GLOBALS = ['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'indexedDB', 'localStorage', 'sessionStorage', 'process', 'require', 'Buffer'];

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'demo-screenshots/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Heads Up makes no network requests at all (tools/no-network.test.ts checks the same).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...NETWORK_APIS.map((name) => ({ name, message: 'Heads Up never talks to the network.' }))],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: 'Heads Up never talks to the network.' },
        ...NETWORK_APIS.map((property) => ({ object: 'window', property, message: 'Heads Up never talks to the network.' })),
        ...NETWORK_APIS.map((property) => ({ object: 'globalThis', property, message: 'Heads Up never talks to the network.' })),
      ],
    },
  },
  {
    // The engine runs in node (scan, tests, benchmarks) and in the content script unchanged, so it
    // may use neither the browser, the DOM, the store nor node (src/engine/purity.test.ts agrees).
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', 'dexie', 'preact', 'preact/*', 'node:*', 'fs', 'path'],
              message: 'The engine is pure: no browser, DOM, store or node imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...NETWORK_APIS, ...ENGINE_FORBIDDEN_GLOBALS].map((name) => ({ name, message: 'The engine is pure: no browser, DOM or node globals.' })),
      ],
    },
  },
);
