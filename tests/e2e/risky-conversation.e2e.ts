// The risky scripted conversation, end to end: Heads Up stays quiet after the age question alone,
// speaks up once the same person asks for secrecy, and the popup lists the stored warning.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALERT_ITEM_SELECTOR,
  chatMessage,
  openDemoPage,
  openPopup,
  promptDialog,
  startReplay,
  waitForPopupContent,
  waitForReplayDone,
} from '../../tools/demo-flow';
import { saveScreenshot, startSession, type E2eSession } from './support/session';
import { firstPromptIndex, messageIndex, readTimeline, recordTimeline } from './support/timeline';

const AGE_QUESTION = 'how old r u';
const CHILD_AGE_ANSWER = /^12$/;
/** The same person's second kind of sign (flattery about maturity after the age question): a warning. */
const SECOND_SIGN = 'u seem way more mature than that';
/** Slow enough that "no prompt after the age question" is observed before the script moves on. */
const REPLAY_SPEED_MS = '250';

describe('risky conversation', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await startSession({ beforePages: (context) => recordTimeline(context) });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the in-page prompt at the second kind of sign from the same person, not at the age question', async () => {
    const page = await openDemoPage(session.context, session.server.url, { speed: REPLAY_SPEED_MS });
    await startReplay(page, 'risky');

    // The child has answered the age question: one pattern alone is only a quiet notice.
    await chatMessage(page, AGE_QUESTION).waitFor();
    await chatMessage(page, CHILD_AGE_ANSWER).waitFor();
    expect(await page.locator('heads-up-prompt').count()).toBe(0);

    await chatMessage(page, SECOND_SIGN).waitFor();
    const dialog = promptDialog(page);
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });

    // The page's own record of what appeared when: the prompt came only after the second sign.
    const timeline = await readTimeline(page);
    const secondSignAt = messageIndex(timeline, SECOND_SIGN);
    expect(messageIndex(timeline, AGE_QUESTION)).toBeGreaterThanOrEqual(0);
    expect(secondSignAt).toBeGreaterThan(messageIndex(timeline, AGE_QUESTION));
    expect(firstPromptIndex(timeline)).toBeGreaterThan(secondSignAt);

    // It is an alert dialog a child can read and dismiss.
    await expect(dialog.getAttribute('role')).resolves.toBe('alertdialog');
    const heading = dialog.getByRole('heading').first();
    await heading.waitFor({ state: 'visible' });
    expect((await heading.textContent())?.trim()).not.toBe('');
    await waitForReplayDone(page);
    await saveScreenshot(page, 'e2e-risky-in-page-prompt.png');

    await dialog.getByRole('button', { name: 'OK, got it' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
  });

  it('lists the warning in the popup, with the site it happened on', async () => {
    const page = await openDemoPage(session.context, session.server.url, { speed: 'fast' });
    await startReplay(page, 'risky');
    await promptDialog(page).waitFor({ state: 'visible', timeout: 15_000 });

    const popup = await openPopup(session.context, session.extensionId);
    const items = await waitForPopupContent(popup, ALERT_ITEM_SELECTOR);
    expect(await items.count()).toBeGreaterThanOrEqual(1);
    await expect(items.first().textContent()).resolves.toContain('127.0.0.1');
    await saveScreenshot(popup, 'e2e-popup-with-warning.png');
  });
});
