// Heads Up in Firefox ESR, the short version: the add-on installs, its content script runs on a
// chat served at discord.com's real address, a risky run of messages brings up one prompt, a
// friendly one does not, and Firefox tries no connection to anywhere but this machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_FIXTURES, type SiteFixture } from '../fixtures/sites/site-fixtures';
import { FirefoxChatDriver } from '../e2e/support/firefox-chat-driver';

const RISKY = ['how old r u btw', 'no way, u seem way more mature than that', 'lets keep this between us ok? dont tell ur parents'];
const FRIENDLY = ['did u finish the volcano poster?', 'i can bring the glue tomorrow'];
/** Long enough for idle-time reading and the engine; the prompt usually shows within 0.5 s. */
const PROMPT_TIMEOUT_MS = 10_000;

function fixture(page: string): SiteFixture {
  const found = SITE_FIXTURES.find((candidate) => candidate.page === page);
  if (!found) throw new Error(`no site fixture ${page}`);
  return found;
}

async function waitForPrompt(driver: FirefoxChatDriver): Promise<void> {
  await expect.poll(() => driver.promptCount(), { timeout: PROMPT_TIMEOUT_MS, interval: 100 }).toBe(1);
}

describe('Firefox ESR smoke test', () => {
  let driver: FirefoxChatDriver;

  beforeAll(async () => {
    driver = await FirefoxChatDriver.start();
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('installs the add-on', () => {
    expect(driver.firefox.extensionId).toBe('heads-up@heads-up.invalid');
  });

  it('stays quiet in a friendly chat on discord.com', async () => {
    await driver.openSite(fixture('discord'));
    for (const text of FRIENDLY) await driver.receive('Leo', text);
    // Give the watcher its idle time, then check nothing was shown.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await driver.promptCount()).toBe(0);
  });

  it('shows one prompt when someone asks the child’s age, flatters and asks for secrecy', async () => {
    await driver.openSite(fixture('discord'));
    for (const text of RISKY) await driver.receive('kai', text);
    await waitForPrompt(driver);
    expect(await driver.promptText()).toMatch(/kai/u);
    await driver.screenshot('firefox-discord-prompt.png');
    await driver.clickPromptButton(/ok, got it/iu);
    await expect.poll(() => driver.promptCount(), { timeout: 5_000 }).toBe(0);
  });

  it('Firefox tried no connection off this machine, and the page asked only for its own favicon', () => {
    expect(driver.refusedConnections).toEqual([]);
    expect(driver.abortedRequests.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
  });

  it('control: a request Firefox does make off the machine is caught and refused', async () => {
    const page = await driver.firefox.browser.newPage();
    await page.goto('http://probe.heads-up.invalid/').catch(() => undefined);
    await page.close();
    expect(driver.refusedConnections).toContain('GET http://probe.heads-up.invalid/');
  });
});
