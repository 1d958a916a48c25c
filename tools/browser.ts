// Finding a Chrome/Chromium on this machine and launching it with the built extension loaded.
// Used by `npm start` and the e2e tests. Playwright drives the browser, but never downloads one:
// we always use a browser that is already installed.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

function windowsChromePaths(): string[] {
  const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA];
  return roots
    .filter((root): root is string => root !== undefined && root !== '')
    .flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
}

/** Where browsers usually are, most likely first. CHROME_PATH is checked before all of these. */
function knownBrowserPaths(): string[] {
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windowsChromePaths(),
  ];
}

/** The path of an installed Chrome or Chromium, or null if none was found. */
export function findBrowser(): string | null {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    // An explicit choice that is wrong should be reported, not silently replaced by another browser.
    return existsSync(fromEnvironment) ? fromEnvironment : null;
  }
  return knownBrowserPaths().find((candidate) => existsSync(candidate)) ?? null;
}

/** Like findBrowser(), but explains how to get a browser when there is none. */
export function requireBrowser(): string {
  const found = findBrowser();
  if (found !== null) {
    return found;
  }
  const chromePath = process.env.CHROME_PATH;
  const lines = [
    chromePath !== undefined && chromePath !== ''
      ? `CHROME_PATH is set to ${chromePath}, but there is no file there.`
      : 'No Chrome or Chromium browser was found on this machine.',
    'Heads Up needs Chrome or Chromium for the demo and the end-to-end tests (it never downloads a browser itself).',
    '  Debian/Ubuntu:   sudo apt-get install chromium',
    '  macOS/Windows:   install Google Chrome or Chromium',
    '  Anywhere:        or set CHROME_PATH=/path/to/chrome',
  ];
  throw new Error(lines.join('\n'));
}

/**
 * Flags that keep the browser off the network: no background services, no update checks, no sync,
 * and every hostname except 127.0.0.1 resolves to nothing. The demo and the tests only ever talk
 * to a server on 127.0.0.1.
 */
const OFFLINE_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * Chromium keeps only the last --disable-features switch, so ours replaces the list Playwright
 * passes by default. It therefore repeats that list (playwright-core 1.65), whose entries keep the
 * browser quiet at startup (no optimization hints, network time, search preconnects) and keep
 * http://127.0.0.1 on plain HTTP, and adds the one switch we need.
 */
const DISABLED_FEATURES = [
  // Chrome 137+ ignores --load-extension without this; Chromium accepts it either way.
  'DisableLoadExtensionCommandLineSwitch',
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

export interface LaunchOptions {
  /** The unpacked extension, e.g. .output/chrome-mv3 */
  extensionDir: string;
  headless: boolean;
  /**
   * A profile folder the caller owns. Without one, a fresh temporary profile is made and removed
   * again by close(), so every launch starts with no stored warnings.
   */
  userDataDir?: string;
  executablePath?: string;
  viewport?: { width: number; height: number } | null;
  /**
   * The browser's UI language (e.g. "es"), which browser.i18n follows. --lang sets the language
   * of extension messages (Debian's headless Chromium honours it even without its locale packs;
   * a headed Linux browser reads LANGUAGE), and Playwright's locale makes getUILanguage() and
   * navigator.language agree, as they do in a browser really set to that language.
   */
  lang?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser and removes the temporary profile, if one was made. */
  close(): Promise<void>;
}

const SERVICE_WORKER_TIMEOUT_MS = 20_000;

/** The caller's profile folder, or a new temporary one that remove() deletes again. */
async function prepareProfile(userDataDir: string | undefined): Promise<{ dir: string; remove: () => Promise<void> }> {
  if (userDataDir !== undefined) {
    return { dir: userDataDir, remove: async () => undefined };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'heads-up-profile-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Launches Chrome/Chromium with only the given extension loaded, and finds its id. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const extensionDir = path.resolve(options.extensionDir);
  const profile = await prepareProfile(options.userDataDir);
  const launching = chromium.launchPersistentContext(profile.dir, {
    executablePath: options.executablePath ?? requireBrowser(),
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    // Playwright's defaults disable extensions; the whole point here is to load one.
    ignoreDefaultArgs: ['--disable-extensions'],
    // Playwright's Ctrl-C handler exits the process as soon as the browser is closed, before the
    // caller can stop its server or remove the profile. Callers handle SIGINT themselves.
    handleSIGINT: false,
    ...(options.lang === undefined ? {} : { env: { ...process.env, LANGUAGE: options.lang }, locale: options.lang }),
    args: [
      ...(options.lang === undefined ? [] : [`--lang=${options.lang}`]),
      ...OFFLINE_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  });
  const context = await launching.catch(async (error: unknown) => {
    await profile.remove();
    throw error;
  });
  // Safe to call more than once, and concurrently (Ctrl-C may arrive while closing anyway).
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await context.close().catch(() => undefined);
      await profile.remove();
    })();
    return closing;
  };
  try {
    const extensionId = await waitForExtensionId(context);
    return { context, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The id is the host of the background service worker's chrome-extension:// URL. */
async function waitForExtensionId(context: BrowserContext): Promise<string> {
  const isExtensionWorker = (url: string): boolean => url.startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find((worker) => isExtensionWorker(worker.url()));
  const worker =
    existing ??
    (await context
      .waitForEvent('serviceworker', {
        predicate: (candidate) => isExtensionWorker(candidate.url()),
        timeout: SERVICE_WORKER_TIMEOUT_MS,
      })
      .catch(() => {
        throw new Error(
          `The extension's background service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS / 1000} s. ` +
            'Is the extension built (npm run build) and is its manifest valid?',
        );
      }));
  return new URL(worker.url()).host;
}
