// Folders the browser tooling uses, all resolved from the repository root so the tools behave
// the same whatever directory they are started from.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * Where `wxt build` writes: .output, or HEADS_UP_OUT (wxt.config.ts reads the same variable), so
 * several builds can sit side by side without overwriting each other's extension.
 */
export const OUTPUT_DIR = path.resolve(REPO_ROOT, process.env.HEADS_UP_OUT ?? '.output');
/** What `wxt build` produces for Chrome (MV3). */
export const CHROME_EXTENSION_DIR = path.join(OUTPUT_DIR, 'chrome-mv3');
/** What `wxt build -b firefox` produces. */
export const FIREFOX_EXTENSION_DIR = path.join(OUTPUT_DIR, 'firefox-mv3');
export const CHROME_MANIFEST = path.join(CHROME_EXTENSION_DIR, 'manifest.json');
/** The demo chat page, served as-is. */
export const DEMO_ROOT = path.join(REPO_ROOT, 'demo');
/** Extra pages for e2e tests, served under /fixtures/ when the folder exists. */
export const FIXTURES_ROOT = path.join(REPO_ROOT, 'tests', 'fixtures');
/** Where `npm start -- --headless` saves its pictures. */
export const DEMO_SCREENSHOTS_DIR = path.join(REPO_ROOT, 'demo-screenshots');
/** Where the e2e tests save theirs. */
export const TEST_RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
/** UI text sources per language and part, merged into _locales at build time (tools/locales.ts). */
export const LOCALES_DIR = path.join(REPO_ROOT, 'src', 'locales');
