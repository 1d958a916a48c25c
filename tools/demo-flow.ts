// The steps a person takes with the demo, as Playwright calls: open the chat, replay a scripted
// conversation, see Heads Up's in-page prompt, open the popup. Shared by `npm start -- --headless`
// and the e2e tests, so both exercise the extension the same way.

import type { BrowserContext, Locator, Page } from 'playwright-core';

export type ConversationName = 'risky' | 'friendly';

const REPLAY_BUTTON_LABELS: Readonly<Record<ConversationName, string>> = {
  risky: 'Replay risky conversation',
  friendly: 'Replay friendly conversation',
};

/** What the content script appends to the page (contract: an open shadow root with an alertdialog). */
export const PROMPT_DIALOG_SELECTOR = 'heads-up-prompt [role="alertdialog"]';
export const ALERT_ITEM_SELECTOR = '[data-testid="alert-item"]';
export const NO_ALERTS_SELECTOR = '[data-testid="no-alerts"]';

/** The popup's size in Chrome's toolbar is about this; the screenshot should look like it. */
export const POPUP_VIEWPORT = { width: 380, height: 600 };

export interface DemoPageOptions {
  /** `?speed=` value: "fast", a number of milliseconds between messages, or undefined for normal. */
  speed?: string;
}

/** The demo page's URL on the demo server, with the conversation hash the page would set anyway. */
export function demoPageUrl(serverUrl: string, options: DemoPageOptions = {}): string {
  const url = new URL('index.html', serverUrl);
  if (options.speed !== undefined) {
    url.searchParams.set('speed', options.speed);
  }
  url.hash = '/chat/kai';
  return url.href;
}

export async function openDemoPage(context: BrowserContext, serverUrl: string, options: DemoPageOptions = {}): Promise<Page> {
  // A persistent context starts with one blank tab; reuse it so a headed window has no stray tab.
  const blank = context.pages().find((page) => page.url() === 'about:blank');
  const page = blank ?? (await context.newPage());
  await page.goto(demoPageUrl(serverUrl, options));
  // A fresh install opens the parent's setup tab (onboarding) on top: show the chat instead.
  await page.bringToFront();
  await page.locator('[role="log"]').waitFor({ state: 'attached' });
  return page;
}

/** Clicks a replay button. Returns at once; use waitForReplayDone() to wait for the last message. */
export async function startReplay(page: Page, conversation: ConversationName): Promise<void> {
  await page.getByRole('button', { name: REPLAY_BUTTON_LABELS[conversation] }).click();
}

/** The demo page sets body[data-replay="done"] when the last scripted message is shown. */
export async function waitForReplayDone(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.locator('body[data-replay="done"]').waitFor({ state: 'attached', timeout: timeoutMs });
}

/** A chat message (a child of the role="log" list) whose text contains or matches `text`. */
export function chatMessage(page: Page, text: string | RegExp): Locator {
  return page.locator('[role="log"] > *', { has: page.locator('.text', { hasText: text }) });
}

export function promptDialog(page: Page): Locator {
  return page.locator(PROMPT_DIALOG_SELECTOR);
}

/** Opens the extension's popup page in a tab sized like the real popup. */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(POPUP_VIEWPORT);
  await page.goto(popupUrl(extensionId));
  return page;
}

export function popupUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/popup.html`;
}

/**
 * Waits until the popup shows `selector`. The background may still be storing the warning when the
 * popup first renders, so this reopens the popup (as a person would) until it shows up.
 */
export async function waitForPopupContent(popup: Page, selector: string, timeoutMs = 15_000): Promise<Locator> {
  const deadline = Date.now() + timeoutMs;
  const target = popup.locator(selector);
  for (;;) {
    const remaining = deadline - Date.now();
    try {
      await target.first().waitFor({ state: 'visible', timeout: Math.min(2_000, Math.max(remaining, 1)) });
      return target;
    } catch (error) {
      if (Date.now() >= deadline) {
        throw error;
      }
      await popup.reload();
    }
  }
}
