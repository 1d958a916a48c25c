// The headless half of `npm start`: replays the risky conversation in a browser nobody sees and
// saves what a person would have seen, so the demo can be checked on a machine with no display.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import {
  ALERT_ITEM_SELECTOR,
  chatMessage,
  openDemoPage,
  openPopup,
  promptDialog,
  startReplay,
  waitForPopupContent,
  waitForReplayDone,
} from './demo-flow';

/** From the click on "Replay risky conversation" until the prompt must be on screen. */
const PROMPT_TIMEOUT_MS = 20_000;

export const SCREENSHOT_NAMES = {
  chatBefore: '1-chat-before.png',
  inPagePrompt: '2-in-page-prompt.png',
  popup: '3-popup.png',
} as const;

export class PromptNeverAppearedError extends Error {
  constructor() {
    super(
      `Heads Up's in-page prompt did not appear within ${PROMPT_TIMEOUT_MS / 1000} s of replaying the risky conversation.\n` +
        'The content script should show <heads-up-prompt> once the other person has asked the child\'s age and asked for secrecy.',
    );
  }
}

/**
 * Replays the risky conversation and saves three screenshots into `outputDir`:
 * the chat before Heads Up speaks up, the chat with the prompt, and the popup listing the warning.
 */
export async function captureDemoScreenshots(
  context: BrowserContext,
  extensionId: string,
  serverUrl: string,
  outputDir: string,
  log: (line: string) => void,
): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  const page = await openDemoPage(context, serverUrl);
  const startedAt = Date.now();

  log('Replaying the risky conversation…');
  await startReplay(page, 'risky');

  // "Before": the age question has been asked and answered, but no secrecy request yet, so
  // Heads Up is (rightly) still quiet.
  await chatMessage(page, /^12$/).waitFor({ timeout: PROMPT_TIMEOUT_MS });
  await page.screenshot({ path: path.join(outputDir, SCREENSHOT_NAMES.chatBefore), animations: 'disabled' });
  log(`  saved ${SCREENSHOT_NAMES.chatBefore}`);

  const remaining = Math.max(PROMPT_TIMEOUT_MS - (Date.now() - startedAt), 1);
  try {
    await promptDialog(page).waitFor({ state: 'visible', timeout: remaining });
  } catch {
    throw new PromptNeverAppearedError();
  }
  log('Heads Up showed its prompt.');
  // Let the rest of the script land behind the prompt, so the picture shows the whole story.
  await waitForReplayDone(page).catch(() => undefined);
  await page.screenshot({ path: path.join(outputDir, SCREENSHOT_NAMES.inPagePrompt), animations: 'disabled' });
  log(`  saved ${SCREENSHOT_NAMES.inPagePrompt}`);

  const popup = await openPopup(context, extensionId);
  await waitForPopupContent(popup, ALERT_ITEM_SELECTOR);
  await popup.screenshot({ path: path.join(outputDir, SCREENSHOT_NAMES.popup), animations: 'disabled' });
  log(`  saved ${SCREENSHOT_NAMES.popup}`);
}
