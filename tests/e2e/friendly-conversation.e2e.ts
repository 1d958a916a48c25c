// The friendly scripted conversation (classmates, homework, a game): Heads Up must stay silent,
// and a fresh profile's popup must say there is nothing to report.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALERT_ITEM_SELECTOR,
  NO_ALERTS_SELECTOR,
  openDemoPage,
  openPopup,
  promptDialog,
  startReplay,
  waitForPopupContent,
  waitForReplayDone,
} from '../../tools/demo-flow';
import { saveScreenshot, startSession, type E2eSession } from './support/session';
import { firstPromptIndex, readTimeline, recordTimeline } from './support/timeline';

/** Time for the content script to finish with the last message before we call it silent. */
const SETTLE_MS = 1_500;

describe('friendly conversation', () => {
  let session: E2eSession;

  beforeAll(async () => {
    // startSession always uses a new temporary profile: nothing stored from other test files.
    session = await startSession({ beforePages: (context) => recordTimeline(context) });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows no prompt, and the popup of a fresh profile shows no alerts', async () => {
    const page = await openDemoPage(session.context, session.server.url, { speed: 'fast' });
    await startReplay(page, 'friendly');
    await waitForReplayDone(page);
    await page.waitForTimeout(SETTLE_MS);

    expect(firstPromptIndex(await readTimeline(page))).toBe(-1);
    expect(await page.locator('heads-up-prompt').count()).toBe(0);
    await saveScreenshot(page, 'e2e-friendly-chat.png');

    const popup = await openPopup(session.context, session.extensionId);
    await waitForPopupContent(popup, NO_ALERTS_SELECTOR);
    expect(await popup.locator(ALERT_ITEM_SELECTOR).count()).toBe(0);
    await saveScreenshot(popup, 'e2e-popup-no-alerts.png');
    await popup.close();

    // Control: the same page does get a prompt once the other person turns risky, so the silence
    // above was Heads Up judging the chat harmless, not Heads Up not watching at all. The control
    // is a sexualised picture request, which warns from anyone: an age question and "keep this
    // between us" from a classmate after this friendly chat are left to the level model, which
    // since session 10 reads them as friends' talk (secrets and age talk between friends are
    // common in the corpora) and holds back.
    const otherPersonInput = page.getByLabel('Send as kai');
    for (const text of ['how old are you', 'send me a pic without ur shirt']) {
      await otherPersonInput.fill(text);
      await otherPersonInput.press('Enter');
    }
    await promptDialog(page).waitFor({ state: 'visible', timeout: 10_000 });
  });
});
