// A single-page chat changes thread without a page load (issue "In-page protection": a stable
// conversation key "so that state survives reloads and navigation inside single-page apps"). On
// the Discord fixture, the page moves to another channel with history.pushState and redraws its
// message list, as Discord does: the new channel is read from scratch, and going back to the first
// one, whose warning the child already saw, shows it no second time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/protocol/messages';
import { popupUrl } from '../../tools/demo-flow';
import { SITE_FIXTURES } from '../fixtures/sites/site-fixtures';
import { ChromiumChatDriver } from './support/chromium-chat-driver';
import { startSession, type E2eSession } from './support/session';
import { benignSequenceShowsNothing, dismissPrompt, RISKY_SEQUENCE, riskySequencePromptsAtTheRightMessage, throughout } from './support/site-checks';

const discord = SITE_FIXTURES.find((fixture) => fixture.page === 'discord');
if (!discord) throw new Error('the discord fixture is missing');
/** WXT's location watcher looks once a second; then the content script finds the new thread. */
const NAVIGATION_SETTLES_MS = 2_000;
interface ExtensionWindow {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('navigation inside a single-page chat', () => {
  let session: E2eSession;
  let driver: ChromiumChatDriver;

  /** Go to another channel as Discord does: a new address, the message list redrawn empty. */
  const switchChannel = async (channel: number) => {
    await driver.page.evaluate((id) => {
      history.pushState({}, '', `/channels/1100/${id}`);
      document.querySelector('ol[data-list-id="chat-messages"]')?.replaceChildren();
    }, channel);
    await sleep(NAVIGATION_SETTLES_MS);
  };

  beforeAll(async () => {
    session = await startSession();
    driver = new ChromiumChatDriver(session.context);
  });

  afterAll(async () => {
    await driver?.close();
    await session?.close();
  });

  it('reads the new channel from scratch and does not warn twice about the old one', async () => {
    await driver.openSite(discord);
    await riskySequencePromptsAtTheRightMessage(driver, 'kai_spa');
    await dismissPrompt(driver);

    await switchChannel(1300);
    await benignSequenceShowsNothing(driver);
    const text = await riskySequencePromptsAtTheRightMessage(driver, 'leo_spa', { startMs: 0, quietMs: 1_000, appearMs: 10_000 });
    expect(text).not.toContain('kai_spa');
    await dismissPrompt(driver);

    // Back in the first channel its history is drawn again: that warning was already shown.
    await switchChannel(1200);
    for (const line of RISKY_SEQUENCE) await driver.receive('kai_spa', line);
    await throughout('no second prompt about kai_spa', async () => (await driver.promptCount()) === 0, 3_000);

    // Each warning is stored under its own channel's key.
    const popup = await session.context.newPage();
    await popup.goto(popupUrl(session.extensionId));
    const reply = (await popup.evaluate(() => (window as unknown as ExtensionWindow).chrome.runtime.sendMessage({ type: 'alert/list', limit: 10 }))) as Reply<'alert/list'>;
    if (!reply.ok) throw new Error(reply.error);
    const keys = reply.value.alerts.map((alert) => `${alert.conversationKey} ${alert.otherParty}`).sort();
    expect(keys).toEqual(['discord:1100/1200 kai_spa', 'discord:1100/1300 leo_spa']);
    await popup.close();
  }, 90_000);
});
