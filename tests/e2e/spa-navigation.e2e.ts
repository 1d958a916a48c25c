// A single-page chat changes thread without a page load (issue "In-page protection": a stable
// conversation key "so that state survives reloads and navigation inside single-page apps"). On
// the Discord fixture, the page moves to another channel with history.pushState and redraws its
// message list, as Discord does: the new channel is read from scratch, and going back to the first
// one, whose warning the child already saw, shows it no second time.
import { describe, expect, it } from 'vitest';
import { SITE_FIXTURES } from '../fixtures/sites/site-fixtures';
import { storedAlerts, useChatSession } from './support/extension-requests';
import { benignSequenceShowsNothing, dismissPrompt, RISKY_SEQUENCE, riskySequencePromptsAtTheRightMessage, throughout } from './support/site-checks';

const discord = SITE_FIXTURES.find((fixture) => fixture.page === 'discord');
if (!discord) throw new Error('the discord fixture is missing');
/** WXT's location watcher looks once a second; then the content script finds the new thread. */
const NAVIGATION_SETTLES_MS = 2_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('navigation inside a single-page chat', () => {
  const chat = useChatSession();

  /** Go to another channel as Discord does: a new address, the message list redrawn empty. */
  const switchChannel = async (channel: number) => {
    await chat.driver().page.evaluate((id) => {
      history.pushState({}, '', `/channels/1100/${id}`);
      document.querySelector('ol[data-list-id="chat-messages"]')?.replaceChildren();
    }, channel);
    await sleep(NAVIGATION_SETTLES_MS);
  };

  it('reads the new channel from scratch and does not warn twice about the old one', async () => {
    const driver = chat.driver();
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
    const keys = (await storedAlerts(chat.session())).map((alert) => `${alert.conversationKey} ${alert.otherParty}`).sort();
    expect(keys).toEqual(['discord:1100/1200 kai_spa', 'discord:1100/1300 leo_spa']);
  }, 90_000);
});
