// Every site adapter's fixture page, at the site's real address, in Firefox ESR with the built
// add-on (issue "In-page protection": end-to-end in Chromium AND Firefox ESR): the same
// browser-agnostic checks as tests/e2e/support/chromium-site-suite.ts (site-checks.ts), through the Firefox
// driver. Screenshots: test-results/firefox-<page>-incoming.png and -confirm.png. The fixtures are
// split over two files (sites-1, sites-2) so the run can take them two at a time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteFixture } from '../fixtures/sites/site-fixtures';
import { FirefoxChatDriver } from '../e2e/support/firefox-chat-driver';
import { runSiteChecks } from '../e2e/support/site-checks';

/** The checks for each of `fixtures`. What a conversation prompted is kept per site and key, and two fixtures share one (telegram, telegram-a): a fresh profile each. */
export const describeSitesInFirefox = (fixtures: readonly SiteFixture[]) =>
  describe.each(fixtures)('the $page fixture in Firefox ESR', (fixture: SiteFixture) => {
    let driver: FirefoxChatDriver;

    beforeEach(async () => {
      driver = await FirefoxChatDriver.start();
    });

    afterEach(async () => {
      await driver?.close();
    });

    it(`prompts at the right message, once per reason, and asks before a risky reply (${fixture.adapter} adapter)`, async () => {
      await runSiteChecks(driver, fixture, { screenshotPrefix: 'firefox' });
      // The content script must never break the page, and nothing may leave the machine.
      expect(driver.pageErrors).toEqual([]);
      expect(driver.refusedConnections).toEqual([]);
    }, 120_000);
  });
