// The same chat open in two tabs (a child with Discord open twice): each tab reads it, and the
// background records each reason once, so only one tab shows the prompt and one alert is stored
// (src/content/warnings.ts claims the reasons before showing them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_FIXTURES } from '../fixtures/sites/site-fixtures';
import { ChromiumChatDriver } from './support/chromium-chat-driver';
import { storedAlerts } from './support/extension-requests';
import { startSession, type E2eSession } from './support/session';
import { eventually, RISKY_SEQUENCE, throughout } from './support/site-checks';

const discord = SITE_FIXTURES.find((fixture) => fixture.page === 'discord');
if (!discord) throw new Error('the discord fixture is missing');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('one chat in two tabs', () => {
  let session: E2eSession;
  let tabs: ChromiumChatDriver[];

  beforeAll(async () => {
    session = await startSession();
    tabs = [new ChromiumChatDriver(session.context), new ChromiumChatDriver(session.context)];
  });

  afterAll(async () => {
    for (const tab of tabs ?? []) await tab.close();
    await session?.close();
  });

  it('prompts in one tab only and stores one alert', async () => {
    for (const tab of tabs) await tab.openSite(discord);
    await sleep(1_500);
    // The same messages arrive in both tabs, as they do on the real site.
    for (const text of RISKY_SEQUENCE) await Promise.all(tabs.map((tab) => tab.receive('kai_twice', text)));
    const total = async () => (await Promise.all(tabs.map((tab) => tab.promptCount()))).reduce((a, b) => a + b, 0);
    await eventually('a prompt shows', async () => (await total()) > 0, 10_000);
    await throughout('only one tab shows it', async () => (await total()) === 1, 2_000);

    expect((await storedAlerts(session)).filter((alert) => alert.otherParty === 'kai_twice')).toHaveLength(1);
  }, 60_000);
});
