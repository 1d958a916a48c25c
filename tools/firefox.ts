// Firefox ESR with the built add-on, for the Firefox end-to-end tests (issue 5). puppeteer-core
// drives Debian's firefox-esr over WebDriver BiDi; it never downloads a browser. Each launch gets a
// fresh temporary profile with the offline preferences and a refusing proxy (tools/firefox-offline.ts),
// installs the add-on temporarily (BiDi webExtension.install), and can serve local files at real
// https addresses through request interception, so a site adapter sees discord.com without the
// network. How to run it: docs/firefox.md.
//
//   npx tsx tools/firefox.ts [URL-or-fixture-name]    opens a page with Heads Up, prints what it did
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { OFFLINE_PREFS, proxyPrefs, startRefusingProxy, type RefusedAttempt } from './firefox-offline';
import { FIREFOX_EXTENSION_DIR } from './repo-paths';

const KNOWN_FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** FIREFOX_PATH, else Debian's firefox-esr or another usual place; null when there is none. */
export function findFirefox(): string | null {
  const fromEnvironment = process.env.FIREFOX_PATH;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : null;
  return KNOWN_FIREFOX_PATHS.find((candidate) => existsSync(candidate)) ?? null;
}

export function requireFirefox(): string {
  const found = findFirefox();
  if (found) return found;
  throw new Error(
    [
      process.env.FIREFOX_PATH ? `FIREFOX_PATH is set to ${process.env.FIREFOX_PATH}, but there is no file there.` : 'No Firefox was found.',
      'The Firefox end-to-end tests need Firefox 140 or newer (they never download one).',
      '  Debian/Ubuntu:   sudo apt-get install firefox-esr',
      '  Anywhere:        or set FIREFOX_PATH=/path/to/firefox',
    ].join('\n'),
  );
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** Connections Firefox tried to open to anywhere but 127.0.0.1, refused by the proxy. */
  readonly refused: readonly RefusedAttempt[];
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  executablePath?: string;
}

/** Starts Firefox with a fresh profile, off the network, with the add-on installed. */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<LaunchedFirefox> {
  const extensionDir = path.resolve(options.extensionDir ?? FIREFOX_EXTENSION_DIR);
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`The Firefox build is missing (${extensionDir}): run \`npm run build:firefox\` first.`);
  }
  const proxy = await startRefusingProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? requireFirefox(),
      headless: options.headless ?? true,
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: { ...OFFLINE_PREFS, ...proxyPrefs(proxy.port) },
      // The test runner handles signals; puppeteer removes the temporary profile on close.
      handleSIGINT: false,
      // Lets services.settings.server (OFFLINE_PREFS) point remote settings at a dead local port.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  const close = async () => {
    await browser.close().catch(() => undefined);
    await proxy.close();
  };
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, refused: proxy.attempts, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export interface ServedFile {
  body: string;
  contentType: string;
}

/** What a page is given for a request: a file, or null to abort the request. */
export type Responder = (url: string) => Promise<ServedFile | null>;

/**
 * Answers this page's requests through BiDi request interception with what `respond` gives, so
 * the page really is at https://discord.com/… and the site adapter is chosen. Requests it gives
 * nothing for are aborted and listed in the returned array (data: URLs aside: no network there).
 */
export async function serveAt(page: Page, respond: Responder): Promise<string[]> {
  const aborted: string[] = [];
  await page.setRequestInterception(true);
  const answer = async (request: HTTPRequest) => {
    const url = request.url().split('#')[0] ?? '';
    if (url.startsWith('data:')) return request.continue();
    const file = await respond(url);
    if (file) return request.respond({ status: 200, contentType: file.contentType, body: file.body, headers: { 'Cache-Control': 'no-store' } });
    aborted.push(url);
    return request.abort();
  };
  // A page that navigates away while a request is answered rejects it: nothing to do then.
  page.on('request', (request: HTTPRequest) => void answer(request).catch(() => undefined));
  return aborted;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves `page` at `pageUrl`, and the files beside it in its folder (scripts it loads) at the
 * same relative addresses; only .html, .js and .css files.
 */
export function folderAt(pageUrl: string, page: string): Responder {
  const folder = path.dirname(page);
  const pageAddress = pageUrl.split('#')[0] ?? pageUrl;
  return async (url) => {
    const requested = new URL(url);
    if (requested.origin !== new URL(pageAddress).origin) return null;
    const name = url === pageAddress ? path.basename(page) : path.posix.basename(requested.pathname);
    const contentType = CONTENT_TYPES[path.extname(name)];
    const filePath = path.join(folder, name);
    if (!contentType || !existsSync(filePath)) return null;
    return { body: await readFile(filePath, 'utf8'), contentType };
  };
}

async function main(): Promise<void> {
  const { SITE_FIXTURES } = await import('../tests/fixtures/sites/site-fixtures');
  const { FIXTURES_ROOT } = await import('./repo-paths');
  const wanted = process.argv[2] ?? 'discord';
  const fixture = SITE_FIXTURES.find((candidate) => candidate.page === wanted || candidate.url === wanted);
  if (!fixture) throw new Error(`No site fixture named ${wanted}; known: ${SITE_FIXTURES.map((f) => f.page).join(', ')}`);
  const firefox = await launchFirefoxWithExtension();
  try {
    console.log(`${await firefox.browser.version()} with ${firefox.extensionId}`);
    const page = await firefox.browser.newPage();
    const aborted = await serveAt(page, folderAt(fixture.url, path.join(FIXTURES_ROOT, 'sites', `${fixture.page}.html`)));
    await page.goto(fixture.url);
    console.log(`opened ${fixture.url}: "${await page.title()}"`);
    console.log(`page requests aborted: ${aborted.length ? aborted.join(', ') : 'none'}`);
    console.log(`connections refused by the proxy: ${firefox.refused.length ? firefox.refused.map((a) => a.request).join(', ') : 'none'}`);
  } finally {
    await firefox.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
