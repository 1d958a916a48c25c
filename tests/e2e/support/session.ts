// One e2e "session": the demo server plus a Chromium with the built extension, in a fresh
// temporary profile, so every test file starts with no stored warnings. close() undoes all of it.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, requireBrowser, type LaunchedBrowser } from '../../../tools/browser';
import { startDemoServer, type DemoServer } from '../../../tools/demo-server';
import { CHROME_EXTENSION_DIR, TEST_RESULTS_DIR } from '../../../tools/repo-paths';
import { NetworkRecorder } from './network-recorder';

export interface E2eSession {
  readonly server: DemoServer;
  readonly context: BrowserContext;
  readonly extensionId: string;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Called before any page opens, e.g. to start recording requests. */
  beforePages?: (context: BrowserContext, server: DemoServer) => Promise<void> | void;
  /** The browser's UI language, e.g. "es" (tools/browser.ts LaunchOptions.lang). */
  lang?: string;
}

export async function startSession(options: SessionOptions = {}): Promise<E2eSession> {
  const server = await startDemoServer(0);
  let browser: LaunchedBrowser;
  try {
    browser = await launchWithExtension({
      extensionDir: CHROME_EXTENSION_DIR,
      headless: true,
      executablePath: requireBrowser(),
      ...(options.lang === undefined ? {} : { lang: options.lang }),
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  const session: E2eSession = {
    server,
    context: browser.context,
    extensionId: browser.extensionId,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
  try {
    await options.beforePages?.(browser.context, server);
  } catch (error) {
    await session.close();
    throw error;
  }
  return session;
}

/** A session whose every request, from the first page on, is recorded (no-network checks). */
export async function startRecordedSession(): Promise<{ session: E2eSession; recorder: NetworkRecorder }> {
  let recorder: NetworkRecorder | undefined;
  const session = await startSession({
    beforePages: (context, server) => {
      recorder = new NetworkRecorder(new URL(server.url).origin);
      recorder.attach(context);
    },
  });
  if (!recorder) throw new Error('the network recorder was not attached');
  return { session, recorder };
}

/** Saves a screenshot into test-results/ (for a person to look at) and returns its path. */
export async function saveScreenshot(page: Page, fileName: string): Promise<string> {
  await mkdir(TEST_RESULTS_DIR, { recursive: true });
  const filePath = path.join(TEST_RESULTS_DIR, fileName);
  await page.screenshot({ path: filePath, animations: 'disabled' });
  return filePath;
}
