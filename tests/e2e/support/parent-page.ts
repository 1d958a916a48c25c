// Steps on the PIN-locked parent page (src/parent) for the e2e tests: open it, talk to the
// background as the page does, seed the store as an old install would have filled it, and ask
// for the settings exactly as the content script in a chat tab does.
//
// Functions passed to page.evaluate run in the page; they declare no named inner functions
// (esbuild may wrap those in a __name() helper that exists in node but not in the page).

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_RESULTS_DIR } from '../../../tools/repo-paths';
import { askBackground } from './extension-requests';
import { expectPageProbeCaught, type NetworkRecorder } from './network-recorder';

export const PARENT_PIN = '482916';
export const DAY = 24 * 60 * 60 * 1000;
/** Resolves to nothing (--host-resolver-rules): the control request below goes nowhere. */
const PROBE_URL = 'http://probe.heads-up.invalid/parent.png';

/** An alert as the store holds it (the fields the tests read). */
export interface StoredAlert {
  id: number;
  time: number;
  site: string;
  otherParty: string;
  reasons: { ruleId: string }[];
}

export function parentUrl(extensionId: string, section = ''): string {
  return `chrome-extension://${extensionId}/parent.html${section === '' ? '' : `#${section}`}`;
}

export async function openParentPage(context: BrowserContext, extensionId: string, section = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(parentUrl(extensionId, section));
  return page;
}

/** The background's value for a request, failing the test on an error reply. */
export async function backgroundValue<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = await askBackground<T>(page, message);
  if (!reply.ok || reply.value === undefined) throw new Error(`${String(message.type)} failed: ${reply.error ?? 'no value'}`);
  return reply.value;
}

/** A session whose every request, from the first page on, is recorded. */
/**
 * Nothing left the machine: no request from the extension's pages or worker at all, none from a
 * web page to anywhere but the demo server. Then a control request from `page` and one from the
 * service worker must both be caught, so "none" means none happened, not none were seen.
 */
export async function expectNoNetworkRequests(recorder: NetworkRecorder, page: Page): Promise<void> {
  expect(recorder.all.some((r) => r.source === 'extension page')).toBe(true);
  expect(recorder.forbidden()).toEqual([]);
  expect(recorder.all.filter((r) => r.source !== 'web page' && !/^(chrome-extension|blob|data):/u.test(r.url))).toEqual([]);
  await expectPageProbeCaught(recorder, page, PROBE_URL);

  await askBackground(page, { type: 'pin/status' }); // wakes the worker if it was stopped
  const worker = page.context().serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('the extension has no service worker');
  const workerProbe = `${PROBE_URL}?from=worker`;
  await worker.evaluate((url) => globalThis.fetch(url).then(() => undefined, () => undefined), workerProbe);
  await expect.poll(() => recorder.forbidden().find((r) => r.url === workerProbe)?.source).toBe('extension service worker');
}

/** Open a section of the parent view by its tab. */
export async function goToSection(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

/** The policy editor's answer to the last save, once it starts with `start`. */
export async function settingsResult(page: Page, start: string): Promise<string | null> {
  const result = page.getByTestId('settings-result').filter({ hasText: start });
  await result.waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
    const shown = await page.getByTestId('settings-result').textContent({ timeout: 1_000 }).catch(() => 'nothing');
    throw new Error(`the settings said "${shown}", not "${start}…" (${String(error)})`);
  });
  return result.textContent();
}

/** Enter the PIN on the gate and wait for the parent view. */
export async function unlock(page: Page, pin = PARENT_PIN): Promise<void> {
  await page.getByLabel('Parent PIN').fill(pin);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

/** Add rows to one object store of the extension's IndexedDB ('heads-up', opened by the background already). */
export async function seedStore(page: Page, storeName: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  await page.evaluate(
    async ({ storeName, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('heads-up');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(storeName, 'readwrite');
      for (const row of rows) tx.objectStore(storeName).add(row);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { storeName, rows },
  );
}

/** Every row of one object store. */
export async function readStore<T>(page: Page, storeName: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('heads-up');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, storeName) as Promise<T[]>;
}

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string };
}

/**
 * Send a message from Heads Up's content script in `page` (its isolated world, found through the
 * DevTools protocol), so the background sees the real content-script sender: the tab and its URL.
 */
export async function askAsContentScript<T>(context: BrowserContext, page: Page, extensionId: string, message: Record<string, unknown>): Promise<T> {
  const cdp = await context.newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(`chrome-extension://${extensionId}`));
    if (!world) throw new Error(`no Heads Up content script in ${page.url()} (worlds: ${contexts.map((c) => c.name || c.origin).join(', ')})`);
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: { ok: boolean; value?: T; error?: string } }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`the content script's request failed: ${exceptionDetails.text}`);
    const reply = result.value;
    if (!reply?.ok || reply.value === undefined) throw new Error(`${String(message.type)} failed: ${reply?.error ?? 'no reply'}`);
    return reply.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A whole-page screenshot into test-results/ for a person to look at. */
export async function screenshotPage(page: Page, fileName: string): Promise<string> {
  await mkdir(TEST_RESULTS_DIR, { recursive: true });
  const filePath = path.join(TEST_RESULTS_DIR, fileName);
  await page.screenshot({ path: filePath, fullPage: true, animations: 'disabled' });
  return filePath;
}
