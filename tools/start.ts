// `npm start`: build Heads Up, serve the demo chat, and open it in Chrome/Chromium with the
// extension loaded. With no display (or with --headless) it instead replays the risky conversation
// in a hidden browser and saves screenshots of what a person would have seen.
//
//   npm start                 a browser window you can use (needs a display)
//   npm start -- --headless   screenshots into demo-screenshots/

import { requireBrowser, launchWithExtension, type LaunchedBrowser } from './browser';
import { buildExtension } from './build-extension';
import { openDemoPage } from './demo-flow';
import { captureDemoScreenshots, SCREENSHOT_NAMES } from './demo-screenshots';
import { startDemoServer, type DemoServer } from './demo-server';
import { CHROME_EXTENSION_DIR, DEMO_SCREENSHOTS_DIR } from './repo-paths';

function log(line: string): void {
  console.log(line);
}

/** Linux needs an X11 or Wayland display for a window; macOS and Windows always have one. */
function hasDisplay(): boolean {
  if (process.platform !== 'linux') {
    return true;
  }
  return Boolean(process.env.DISPLAY) || Boolean(process.env.WAYLAND_DISPLAY);
}

/** Everything start() opened, so one place can close it on success, failure or Ctrl-C. */
const opened: { server?: DemoServer; browser?: LaunchedBrowser } = {};

let closingEverything: Promise<void> | null = null;

/** Idempotent: Ctrl-C and the normal end of start() may both ask for it. */
function closeEverything(): Promise<void> {
  closingEverything ??= (async () => {
    await opened.browser?.close();
    await opened.server?.close().catch(() => undefined);
  })();
  return closingEverything;
}

async function runHeaded(executablePath: string, serverUrl: string): Promise<void> {
  log('Opening a browser window with Heads Up loaded…');
  // viewport null: the page follows the window size, as in a normal browser.
  const browser = await launchWithExtension({ extensionDir: CHROME_EXTENSION_DIR, headless: false, executablePath, viewport: null });
  opened.browser = browser;
  const page = await openDemoPage(browser.context, serverUrl);
  log(`Demo chat: ${page.url()}`);
  log('Try "Replay risky conversation" in the demo controls, or type as kai yourself.');
  log('Close the browser window (or press Ctrl-C here) to stop.');
  await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
}

async function runHeadless(executablePath: string, serverUrl: string): Promise<void> {
  log('No browser window this time: taking screenshots in a headless browser instead.');
  const browser = await launchWithExtension({ extensionDir: CHROME_EXTENSION_DIR, headless: true, executablePath });
  opened.browser = browser;
  await captureDemoScreenshots(browser.context, browser.extensionId, serverUrl, DEMO_SCREENSHOTS_DIR, log);
  log(`Screenshots are in ${DEMO_SCREENSHOTS_DIR}:`);
  for (const name of Object.values(SCREENSHOT_NAMES)) {
    log(`  ${name}`);
  }
}

async function start(): Promise<void> {
  const wantsHeadless = process.argv.slice(2).includes('--headless');
  // Look for the browser first: no point building for a minute and then failing on this.
  const executablePath = requireBrowser();
  log(`Browser: ${executablePath}`);

  log('Building Heads Up (wxt build)…');
  await buildExtension();

  const server = await startDemoServer(0);
  opened.server = server;
  log(`Serving the demo chat at ${server.url}`);

  if (hasDisplay() && !wantsHeadless) {
    await runHeaded(executablePath, server.url);
  } else {
    if (!wantsHeadless) {
      log('No display found (DISPLAY / WAYLAND_DISPLAY are not set).');
    }
    await runHeadless(executablePath, server.url);
  }
}

// Ctrl-C: close the browser and the server and remove the temporary profile, then exit. (The
// browser is launched with Playwright's own SIGINT handling off, which would exit before this.)
let stopping = false;
process.on('SIGINT', () => {
  if (stopping) {
    return;
  }
  stopping = true;
  log('\nStopping…');
  void closeEverything().finally(() => process.exit(0));
});

try {
  await start();
  await closeEverything();
  log('Done.');
} catch (error) {
  await closeEverything();
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
