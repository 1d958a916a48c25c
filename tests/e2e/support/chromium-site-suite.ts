// Every site adapter's fixture page, at the site's real address, in Chromium with the built
// extension (issue "In-page protection", done when): the prompt comes at the right message, a
// friend's messages show nothing, a risky reply waits for the child's choice and "Send anyway"
// sends it once; and at 200 % zoom neither prompt covers the chat's message box. The checks
// themselves are browser-agnostic (site-checks.ts); Firefox runs the same ones. The fixtures are
// split over two files (sites-1, sites-2) so the end-to-end run can take them two at a time.
// Screenshots: test-results/site-<page>-incoming.png, -confirm.png, -zoom-200-incoming.png,
// -zoom-200-confirm.png.

import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteFixture } from '../../fixtures/sites/site-fixtures';
import { ChromiumChatDriver, PROMPT_ELEMENT } from './chromium-chat-driver';
import { startSession, type E2eSession } from './session';
import { ADDRESS, dismissPrompt, DONT_SEND, eventually, RISKY_SEQUENCE, riskyReplyIsHeld, runSiteChecks } from './site-checks';

/**
 * The checks for each of `fixtures`. What a conversation prompted is kept per site and key, and
 * two fixtures share one (telegram, telegram-a): a fresh profile per fixture.
 */
export const describeSitesInChromium = (fixtures: readonly SiteFixture[]) =>
  describe.each(fixtures)('the $page fixture in Chromium', (fixture: SiteFixture) => {
    let session: E2eSession;
    let driver: ChromiumChatDriver;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      session = await startSession();
      driver = new ChromiumChatDriver(session.context);
      // The content script must never break the page: no error may reach it.
      session.context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)));
    });

    afterAll(async () => {
      await driver?.close();
      await session?.close();
    });

    it(`prompts at the right message, once per reason, and asks before a risky reply (${fixture.adapter} adapter)`, async () => {
      await runSiteChecks(driver, fixture);
      expect(pageErrors).toEqual([]);
    }, 120_000);

    it('keeps both prompts clear of the message box at 200 % zoom', async () => {
      await driver.openSite(fixture);
      // 200 % browser zoom lays the page out in half the CSS pixels each way: a 1280 × 800 window
      // becomes 640 × 400. (The screenshot shows that layout at 1 device pixel per CSS pixel.)
      await driver.page.setViewportSize({ width: 640, height: 400 });
      const composer = driver.page.locator(fixture.composer);
      const prompt = driver.page.locator(`${PROMPT_ELEMENT} [role="alertdialog"]`);

      // Someone new: the checks above already prompted kai_2011's reasons in this conversation.
      for (const text of RISKY_SEQUENCE) await driver.receive('kai_zoom', text);
      await prompt.waitFor({ state: 'visible', timeout: 10_000 });
      await expectApart(prompt, composer);
      await driver.screenshot(`site-${fixture.page}-zoom-200-incoming.png`);
      await dismissPrompt(driver);

      await riskyReplyIsHeld(driver, ADDRESS, 'enter');
      await expectApart(prompt, composer);
      await driver.screenshot(`site-${fixture.page}-zoom-200-confirm.png`);
      await driver.clickPromptButton(DONT_SEND);
      await eventually('the question is gone', async () => (await driver.promptCount()) === 0, 5_000);
      expect(pageErrors).toEqual([]);
    }, 60_000);
  });

/** The prompt and the message box do not overlap, and the prompt is inside the window. */
async function expectApart(prompt: Locator, composer: Locator): Promise<void> {
  const [a, b] = await Promise.all([prompt.boundingBox(), composer.boundingBox()]);
  if (!a || !b) throw new Error('the prompt or the message box is not on screen');
  const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  expect(overlaps, `prompt ${JSON.stringify(a)} covers the message box ${JSON.stringify(b)}`).toBe(false);
  expect(a.y).toBeGreaterThanOrEqual(0);
}
