// The ChatPageDriver (chat-driver.ts) for Firefox ESR: puppeteer-core over WebDriver BiDi, the
// add-on installed temporarily, the fixture page served at the site's real https address by
// request interception (tools/firefox.ts), so the same site checks run in both browsers.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { folderAt, launchFirefoxWithExtension, serveAt, type LaunchedFirefox } from '../../../tools/firefox';
import { FIXTURES_ROOT, TEST_RESULTS_DIR } from '../../../tools/repo-paths';
import type { SiteFixture } from '../../fixtures/sites/site-fixtures';
import type { ChatPageDriver } from './chat-driver';

const PROMPT_HOST = 'heads-up-prompt';

interface FixtureWindow {
  fixture?: { receive(author: string, text: string): void; sent?(): string[] };
}

export class FirefoxChatDriver implements ChatPageDriver {
  readonly browserName = 'firefox';
  private page: Page | null = null;
  private fixture: SiteFixture | null = null;
  /** Requests the open page made that were not the fixture page or its scripts (all aborted). */
  abortedRequests: string[] = [];
  /** Errors that reached any page this driver opened: the content script must never cause one. */
  readonly pageErrors: string[] = [];

  private constructor(readonly firefox: LaunchedFirefox) {}

  /** One Firefox for every page this driver opens; close() ends it. */
  static async start(): Promise<FirefoxChatDriver> {
    return new FirefoxChatDriver(await launchFirefoxWithExtension());
  }

  /** Connections Firefox itself tried to open to anywhere but this machine (must stay empty). */
  get refusedConnections(): readonly string[] {
    return this.firefox.refused.map((attempt) => attempt.request);
  }

  private get openPage(): Page {
    if (!this.page) throw new Error('No page is open: call openSite first.');
    return this.page;
  }

  private get composer(): string {
    if (!this.fixture) throw new Error('No site is open: call openSite first.');
    return this.fixture.composer;
  }

  async openSite(fixture: SiteFixture): Promise<void> {
    await this.page?.close().catch(() => undefined);
    const page = await this.firefox.browser.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`${fixture.page}: ${error instanceof Error ? error.message : String(error)}`));
    // The page and the scripts beside it (fixture-chat.js), at the site's own address.
    this.abortedRequests = await serveAt(page, folderAt(fixture.url, path.join(FIXTURES_ROOT, 'sites', `${fixture.page}.html`)));
    await page.goto(fixture.url, { waitUntil: 'load' });
    this.page = page;
    this.fixture = fixture;
  }

  async receive(author: string, text: string): Promise<void> {
    await this.openPage.evaluate(
      (who, what) => {
        const controls = (window as unknown as FixtureWindow).fixture;
        if (!controls) throw new Error('the fixture page has no window.fixture');
        controls.receive(who, what);
      },
      author,
      text,
    );
  }

  async typeInComposer(text: string): Promise<void> {
    const page = this.openPage;
    await page.click(this.composer);
    await page.keyboard.type(text);
  }

  async pressEnter(): Promise<void> {
    const page = this.openPage;
    await page.focus(this.composer);
    await page.keyboard.press('Enter');
  }

  async clickSend(): Promise<void> {
    if (!this.fixture) throw new Error('No site is open: call openSite first.');
    await this.openPage.click(this.fixture.send);
  }

  async sentMessages(): Promise<string[]> {
    return this.openPage.evaluate(() => {
      const controls = (window as unknown as FixtureWindow).fixture;
      if (!controls?.sent) throw new Error('the fixture page has no window.fixture.sent()');
      return controls.sent();
    });
  }

  async promptText(): Promise<string | null> {
    return this.openPage.evaluate((host) => {
      const root = document.querySelector(host)?.shadowRoot;
      if (!root) return null;
      const dialog = root.querySelector('[role="alertdialog"], [role="dialog"]') ?? root;
      return (dialog.textContent ?? '').replace(/\s+/gu, ' ').trim() || null;
    }, PROMPT_HOST);
  }

  async promptCount(): Promise<number> {
    return this.openPage.evaluate((host) => document.querySelectorAll(host).length, PROMPT_HOST);
  }

  async clickPromptButton(name: RegExp): Promise<void> {
    const page = this.openPage;
    const buttons = await page.$$(`${PROMPT_HOST} >>> button`);
    for (const button of buttons) {
      const label = await button.evaluate((element) => `${element.getAttribute('aria-label') ?? ''} ${element.textContent ?? ''}`.trim());
      if (name.test(label)) return clickAndRelease(button);
    }
    await Promise.all(buttons.map((button) => button.dispose()));
    throw new Error(`No button named ${String(name)} in the prompt.`);
  }

  async screenshot(fileName: string): Promise<string> {
    await mkdir(TEST_RESULTS_DIR, { recursive: true });
    const filePath = path.join(TEST_RESULTS_DIR, fileName);
    await this.openPage.screenshot({ path: filePath as `${string}.png` });
    return filePath;
  }

  async close(): Promise<void> {
    this.page = null;
    await this.firefox.close();
  }
}

async function clickAndRelease(button: ElementHandle): Promise<void> {
  try {
    await button.click();
  } finally {
    await button.dispose();
  }
}
