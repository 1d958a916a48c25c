// The engine's state lives in the background (src/background/chat-sessions.ts), and a browser
// stops an idle MV3 service worker after about 30 seconds. A chat that was quiet that long must
// still be judged on everything before: the content script is told the reading was lost and reads
// the chat's history again, so the warning still comes at the right message.
import { describe, expect, it } from 'vitest';
import { popupUrl } from '../../tools/demo-flow';
import { SITE_FIXTURES } from '../fixtures/sites/site-fixtures';
import { useChatSession } from './support/extension-requests';
import { eventually, PROMPT_AT, RISKY_CONTACT, RISKY_SEQUENCE, throughout } from './support/site-checks';

const discord = SITE_FIXTURES.find((fixture) => fixture.page === 'discord');
if (!discord) throw new Error('the discord fixture is missing');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface WorkerVersion {
  runningStatus: string;
  scriptURL: string;
}

describe('the background is stopped in the middle of a chat', () => {
  const chat = useChatSession();

  it('reads the chat again and still warns at the right message', async () => {
    const session = chat.session();
    const driver = chat.driver();
    await driver.openSite(discord);
    await sleep(1_500);
    for (const text of RISKY_SEQUENCE.slice(0, PROMPT_AT)) await driver.receive(RISKY_CONTACT, text);
    await sleep(1_000);
    expect(await driver.promptCount()).toBe(0);

    // What the browser does to an idle worker, now. The ServiceWorker domain reaches the workers
    // of the page's own origin, so it is asked from one of the extension's pages.
    const extensionPage = await session.context.newPage();
    await extensionPage.goto(popupUrl(session.extensionId));
    await sleep(500); // the popup's own requests are answered
    const cdp = await session.context.newCDPSession(extensionPage);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
      for (const v of event.versions) if (v.scriptURL.endsWith('/background.js')) statuses.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await eventually('the service worker stopped', async () => statuses.includes('stopped'), 10_000);
    await extensionPage.close();

    await driver.receive(RISKY_CONTACT, RISKY_SEQUENCE[PROMPT_AT]);
    await eventually('the prompt shows', async () => (await driver.promptText()) !== null, 10_000);
    expect(await driver.promptCount()).toBe(1);
    // Reading the history again raises nothing twice.
    await throughout('one prompt only', async () => (await driver.promptCount()) === 1, 2_000);
  }, 60_000);
});
