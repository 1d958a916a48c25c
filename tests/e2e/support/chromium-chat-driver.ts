// The ChatPageDriver in Chromium (playwright-core): each fixture page is served at its site's real
// https address through context.route, so the content script sees discord.com (etc.) and chooses
// that site's adapter. Nothing reaches the network: routed requests are answered here, and the
// browser's flags resolve every other host to nothing (tools/browser.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { FIXTURES_ROOT } from '../../../tools/repo-paths';
import type { SiteFixture } from '../../fixtures/sites/site-fixtures';
import type { ChatPageDriver } from './chat-driver';
import { saveScreenshot } from './session';

const SITES_DIR = path.join(FIXTURES_ROOT, 'sites');
/** The script every fixture page loads (tests/fixtures/sites/fixture-chat.js). */
const SHARED_SCRIPT = 'fixture-chat.js';
/** Every Heads Up prompt is one of these elements (src/content/prompt/prompt-slot.tsx). */
export const PROMPT_ELEMENT = 'heads-up-prompt';
const PROMPT_DIALOG = `${PROMPT_ELEMENT} [role="alertdialog"]`;

interface FixtureWindow {
  fixture: { receive(author: string, text: string): void; sent(): string[] };
}

/** A document address without its fragment: what the browser requests. */
const documentAddress = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search}`;
};

export class ChromiumChatDriver implements ChatPageDriver {
  readonly browserName = 'chromium' as const;
  private current: { page: Page; fixture: SiteFixture } | null = null;
  /** Fixture page file per document address, for every address opened so far. */
  private readonly documents = new Map<string, string>();
  private readonly routedOrigins = new Set<string>();

  constructor(private readonly context: BrowserContext) {}

  /** The page being driven (for checks a driver does not cover, e.g. zoom). */
  get page(): Page {
    if (!this.current) throw new Error('no site is open: call openSite() first');
    return this.current.page;
  }

  async openSite(fixture: SiteFixture): Promise<void> {
    const origin = new URL(fixture.url).origin;
    this.documents.set(documentAddress(fixture.url), `${fixture.page}.html`);
    if (!this.routedOrigins.has(origin)) {
      this.routedOrigins.add(origin);
      await this.context.route(`${origin}/**`, (route) => this.serve(route));
    }
    const page = this.current?.page ?? (await this.context.newPage());
    this.current = { page, fixture };
    // A page already at this address with another hash would only scroll: load it afresh.
    await page.goto('about:blank');
    await page.goto(fixture.url);
    await page.locator(fixture.composer).waitFor({ state: 'attached' });
    await page.waitForFunction(() => typeof (window as unknown as Partial<FixtureWindow>).fixture?.sent === 'function');
  }

  private async serve(route: Route): Promise<void> {
    const url = new URL(route.request().url());
    const file = url.pathname.endsWith(`/${SHARED_SCRIPT}`) ? SHARED_SCRIPT : this.documents.get(documentAddress(url.href));
    if (!file) return route.fulfill({ status: 404, body: '' });
    const type = file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8';
    return route.fulfill({ status: 200, contentType: type, body: await readFile(path.join(SITES_DIR, file), 'utf8') });
  }

  private get fixture(): SiteFixture {
    if (!this.current) throw new Error('no site is open: call openSite() first');
    return this.current.fixture;
  }

  async receive(author: string, text: string): Promise<void> {
    await this.page.evaluate(([who, what]) => (window as unknown as FixtureWindow).fixture.receive(who, what), [author, text] as const);
  }

  async typeInComposer(text: string): Promise<void> {
    const composer = this.page.locator(this.fixture.composer);
    await composer.focus();
    await this.page.keyboard.type(text);
  }

  async pressEnter(): Promise<void> {
    await this.page.locator(this.fixture.composer).focus();
    await this.page.keyboard.press('Enter');
  }

  async clickSend(): Promise<void> {
    await this.page.locator(this.fixture.send).click();
  }

  async sentMessages(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as FixtureWindow).fixture.sent());
  }

  async promptText(): Promise<string | null> {
    const dialogs = this.page.locator(PROMPT_DIALOG);
    if ((await dialogs.count()) === 0) return null;
    return (await dialogs.first().innerText()).replace(/\s+/gu, ' ').trim();
  }

  async promptCount(): Promise<number> {
    return this.page.locator(PROMPT_ELEMENT).count();
  }

  async clickPromptButton(name: RegExp): Promise<void> {
    await this.page.locator(PROMPT_DIALOG).getByRole('button', { name }).click();
  }

  async screenshot(fileName: string): Promise<string> {
    return saveScreenshot(this.page, fileName);
  }

  async close(): Promise<void> {
    await this.current?.page.close();
    this.current = null;
  }
}
