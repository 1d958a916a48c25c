// The child's popup in a real Chromium, in English and in Spanish: a warning from the demo chat
// in kind words with how to block and report on its site, what to do, helplines for the
// browser's country (chosen by hand when the language names none), the "I need help now" panel,
// the parents' door and the setup note. Nothing it does may touch the network.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_ITEM_SELECTOR, openDemoPage, openPopup, promptDialog, startReplay, waitForPopupContent } from '../../tools/demo-flow';
import { TEST_RESULTS_DIR } from '../../tools/repo-paths';
import { ask, askBackground } from './support/extension-requests';
import type { NetworkRecorder } from './support/network-recorder';
import { saveScreenshot, startRecordedSession, startSession, type E2eSession } from './support/session';

/** The whole popup, scrolled part included, so a person can read all of it. */
async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(TEST_RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(TEST_RESULTS_DIR, name), fullPage: true, animations: 'disabled' });
}

/** Replays the demo's risky conversation until Heads Up has warned (and so stored an alert). */
async function storeDemoWarning(session: E2eSession): Promise<Page> {
  const page = await openDemoPage(session.context, session.server.url, { speed: 'fast' });
  await startReplay(page, 'risky');
  await promptDialog(page).waitFor({ state: 'visible', timeout: 15_000 });
  return page;
}

async function popupWithWarning(session: E2eSession): Promise<Page> {
  const popup = await openPopup(session.context, session.extensionId);
  await waitForPopupContent(popup, ALERT_ITEM_SELECTOR);
  return popup;
}


const texts = (page: Page, testId: string) => page.getByTestId(testId).allTextContents();

describe('popup, child view (English, en-US)', () => {
  let session: E2eSession;
  let recorder: NetworkRecorder;

  beforeAll(async () => {
    ({ session, recorder } = await startRecordedSession());
    await storeDemoWarning(session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists the warning in kind words, with block-and-report steps for its site and what to do', async () => {
    const popup = await popupWithWarning(session);
    const item = popup.locator(ALERT_ITEM_SELECTOR).first();
    await expect(item.locator('.alert__what').textContent()).resolves.toMatch(/^kai asked how old you are/u);
    await expect(item.textContent()).resolves.toContain('127.0.0.1');
    await item.getByText('How to block and report on this site').click();
    expect(await item.getByTestId('report-steps').locator('li').count()).toBeGreaterThanOrEqual(2);
    const steps = await popup.getByTestId('what-to-do').locator('li').allTextContents();
    expect(steps).toHaveLength(4);
    expect(steps[3]).toContain('helpline');
    // No PIN yet on this fresh profile: the child sees that setup is unfinished.
    await popup.getByTestId('setup-note').waitFor();
    // What the child sees first, at the toolbar popup's size.
    await saveScreenshot(popup, 'popup-child-1-first-view.png');
    // One conversation rose several times (several stored alerts): the child sees it once, newest.
    expect((await ask(popup, { type: 'alert/list', limit: 10 })).alerts.length).toBeGreaterThan(1);
    expect(await popup.locator(ALERT_ITEM_SELECTOR).count()).toBe(1);
    await expect(popup.getByTestId('show-all-alerts').count()).resolves.toBe(0);
    await screenshot(popup, 'popup-child-1-warnings.png');
  });

  it('shows helplines for the browser’s country, and remembers a country the child chooses', async () => {
    const popup = await popupWithWarning(session);
    expect(await texts(popup, 'helpline-phone')).toEqual(expect.arrayContaining(['1-800-843-5678', '1-800-422-4453']));
    await popup.getByLabel('Country:').selectOption('GB');
    await expect(popup.getByTestId('helplines').textContent()).resolves.toContain('Childline');
    await popup.reload();
    await popup.getByTestId('helplines').waitFor();
    expect(await texts(popup, 'helpline-phone')).toContain('0800 1111');
    await popup.getByLabel('Country:').selectOption('US');
  });

  it('“I need help now” opens a calm panel: numbers to call, the emergency number, three steps', async () => {
    const popup = await popupWithWarning(session);
    await popup.getByRole('button', { name: 'I need help now' }).click();
    const panel = popup.getByTestId('help-now-panel');
    await panel.waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('help-now-title');
    await expect(panel.getByTestId('emergency').textContent()).resolves.toBe('If you are in danger right now, call 911');
    expect(await panel.getByTestId('helpline-phone').allTextContents()).toEqual(['1-800-843-5678', '1-800-422-4453']);
    await expect(panel.locator('ol li').count()).resolves.toBe(3);
    await screenshot(popup, 'popup-child-2-help-now.png');
    await popup.getByRole('button', { name: 'Back' }).click();
    await popup.getByTestId('help-now').waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('help-now');
  });

  it('“For parents” opens the parent page in a new tab', async () => {
    const popup = await popupWithWarning(session);
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/parent.html') });
    await popup.getByTestId('for-parents').click();
    await expect(opened.then((p) => new URL(p.url()).pathname)).resolves.toBe('/parent.html');
  });

  it('the setup note opens the onboarding page, and goes once a parent has set the PIN', async () => {
    const popup = await popupWithWarning(session);
    const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/onboarding.html') });
    await popup.getByTestId('setup-note').getByRole('button').click();
    const onboarding = await opened;
    await onboarding.getByTestId('onboarding-welcome').waitFor();
    await expect(askBackground(onboarding, { type: 'pin/setup', pin: '48291573' })).resolves.toMatchObject({ ok: true });
    const after = await popupWithWarning(session);
    await after.getByTestId('help-now').waitFor();
    await expect(after.getByTestId('setup-note').count()).resolves.toBe(0);
    await screenshot(after, 'popup-child-3-after-setup.png');
  });

  it('makes no network request', () => {
    expect(recorder.all.some((request) => request.source === 'extension page')).toBe(true);
    expect(recorder.forbidden()).toEqual([]);
  });
});

describe('popup, child view (Spanish)', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await startSession({ lang: 'es' });
    const chat = await storeDemoWarning(session);
    await screenshot(chat, 'popup-child-es-0-in-page-prompt.png');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('speaks Spanish, and offers the international list and a chooser when the language names no country', async () => {
    const popup = await popupWithWarning(session);
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe('es');
    await expect(popup.locator('.alert__what').first().textContent()).resolves.toMatch(/^kai te preguntó cuántos años tienes/u);
    await popup.getByRole('button', { name: 'Necesito ayuda ahora' }).waitFor();
    await expect(popup.getByLabel('País:').inputValue()).resolves.toBe('');
    expect(await texts(popup, 'helpline-phone')).toEqual(['116 111']);
    await screenshot(popup, 'popup-child-es-1-warnings.png');

    await popup.getByLabel('País:').selectOption('MX');
    await expect(popup.getByTestId('helplines').textContent()).resolves.toContain('Línea de la Vida');
    await popup.getByRole('button', { name: 'Necesito ayuda ahora' }).click();
    const panel = popup.getByTestId('help-now-panel');
    await expect(panel.getByTestId('emergency').textContent()).resolves.toBe('Si estás en peligro ahora mismo, llama al 911');
    expect(await panel.getByTestId('helpline-phone').allTextContents()).toEqual(['800 911 2000']);
    await screenshot(popup, 'popup-child-es-2-help-now.png');
  });
});
