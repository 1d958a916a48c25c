// Protocol requests sent from one of the extension's own pages, as the popup and the parent page
// send them (src/protocol/messages.ts): the background accepts some requests only from there.
// Also the test file's browser session with a chat driver.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { AlertRecord, Reply, Request, RequestType, Responses } from '../../../src/protocol/messages';
import { popupUrl } from '../../../tools/demo-flow';
import { ChromiumChatDriver } from './chromium-chat-driver';
import { startSession, type E2eSession } from './session';

interface ExtensionWindow {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** A request to the background from this extension page; returns the background's reply ({ok, value|error}). */
export async function askBackground<T = unknown>(page: Page, message: object): Promise<{ ok: boolean; value?: T; error?: string }> {
  return page.evaluate((m) => (globalThis as unknown as ExtensionWindow).chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: T; error?: string }>;
}

/** Send a typed request from an extension page and unwrap the answer. */
export async function ask<T extends RequestType>(page: Page, request: Request<T>): Promise<Responses[T]> {
  const reply = (await askBackground(page, request)) as Reply<T>;
  if (!reply.ok) throw new Error(`${request.type}: ${reply.error}`);
  return reply.value;
}

/** The alerts the child's popup would list, newest first. */
export async function storedAlerts(session: E2eSession): Promise<AlertRecord[]> {
  const popup = await session.context.newPage();
  try {
    await popup.goto(popupUrl(session.extensionId));
    return (await ask(popup, { type: 'alert/list', limit: 50 })).alerts;
  } finally {
    await popup.close();
  }
}

/** A fresh browser session and a chat driver for one test file (started before, closed after). */
export function useChatSession(): { session(): E2eSession; driver(): ChromiumChatDriver } {
  let session: E2eSession | undefined;
  let driver: ChromiumChatDriver | undefined;
  beforeAll(async () => {
    session = await startSession();
    driver = new ChromiumChatDriver(session.context);
  });
  afterAll(async () => {
    await driver?.close();
    await session?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the session has not started');
    return value;
  };
  return { session: () => started(session), driver: () => started(driver) };
}
