// The parent's first run: on a fresh profile the onboarding tab opens by itself; the PIN is set
// (a mismatch and an easy PIN are refused first), the recovery code is shown once, the quick
// settings are saved with the session from setup, and a reload only says "already set up".

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_RESULTS_DIR } from '../../tools/repo-paths';
import { askBackground } from './support/extension-requests';
import { startSession, type E2eSession } from './support/session';

const PIN = '48291573';
const RECOVERY_CODE = /^(?:[2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}$/u;

/** The tab the background opened on install (it may still be loading, or not there yet). */
async function onboardingTab(context: BrowserContext, extensionId: string, timeoutMs = 15_000): Promise<Page> {
  const url = `chrome-extension://${extensionId}/onboarding.html`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
    if (Date.now() > deadline) throw new Error(`no onboarding tab opened (tabs: ${context.pages().map((p) => p.url()).join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(TEST_RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(TEST_RESULTS_DIR, name), fullPage: true, animations: 'disabled' });
}

/** At 200% zoom a 1280-pixel window shows 640 CSS pixels: nothing may need sideways scrolling. */
async function fitsAt200Percent(page: Page, screenshotName?: string): Promise<boolean> {
  await page.setViewportSize({ width: 640, height: 800 });
  if (screenshotName) await screenshot(page, screenshotName);
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1000, height: 800 });
  return fits;
}

describe('onboarding (first run)', () => {
  let session: E2eSession;
  let page: Page;
  let recoveryCode = '';

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens by itself on install and says what Heads Up does and does not do', async () => {
    page = await onboardingTab(session.context, session.extensionId);
    await page.setViewportSize({ width: 1000, height: 800 });
    const welcome = page.getByTestId('onboarding-welcome');
    await welcome.waitFor();
    await expect(welcome.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual(['What it does', 'What it does not do']);
    expect(await fitsAt200Percent(page)).toBe(true);
    await screenshot(page, 'onboarding-1-welcome.png');
  });

  it('sets the PIN: a mismatch and an easy PIN are refused with an announced error', async () => {
    await page.getByRole('button', { name: 'Start' }).click();
    const step = page.getByTestId('onboarding-pin');
    await step.waitFor();
    // Focus moves to the new step's heading, so keyboard and screen-reader users start there.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    expect(await fitsAt200Percent(page, 'onboarding-pin-at-200-percent.png')).toBe(true);

    const pin = page.getByLabel('PIN', { exact: true });
    const again = page.getByLabel('Type the PIN again');
    await pin.fill(PIN);
    await expect(page.getByTestId('pin-strength').textContent()).resolves.toBe('Strong PIN.');
    await again.fill('48291574');
    await page.getByRole('button', { name: 'Set the PIN' }).click();
    const error = page.getByRole('alert');
    await expect(error.textContent()).resolves.toContain('The two PINs are not the same');
    await screenshot(page, 'onboarding-2-pin-mismatch.png');

    await pin.fill('123456');
    await again.fill('123456');
    await expect(page.getByTestId('pin-strength').textContent()).resolves.toContain('Easy to guess');
    await page.getByRole('button', { name: 'Set the PIN' }).click();
    await expect(error.textContent()).resolves.toContain('easy to guess');
    await expect(askBackground(page, { type: 'pin/status' })).resolves.toMatchObject({ ok: true, value: { isSet: false } });

    await pin.fill(PIN);
    await again.fill(PIN);
    await page.getByRole('button', { name: 'Set the PIN' }).click();
    await page.getByTestId('onboarding-recovery').waitFor({ timeout: 20_000 });
    await expect(askBackground(page, { type: 'pin/status' })).resolves.toMatchObject({ ok: true, value: { isSet: true, lockedUntil: null } });
  });

  it('shows the recovery code once and asks for confirmation before going on', async () => {
    const code = (await page.getByTestId('recovery-code').textContent())?.trim() ?? '';
    expect(code).toMatch(RECOVERY_CODE);
    await screenshot(page, 'onboarding-3-recovery-code.png');

    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('you will not see it again');
    await page.getByTestId('recovery-kept').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('onboarding-settings').waitFor();
    // The code is gone from the page once the parent has moved on.
    await expect(page.textContent('body')).resolves.not.toContain(code);
    recoveryCode = code;
  });

  it('saves the age band and sensitivity with the session from setup', async () => {
    await page.getByLabel('Under 13').check();
    await page.getByLabel('Strict').check();
    await screenshot(page, 'onboarding-4-settings.png');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const talk = page.getByTestId('onboarding-talk');
    await talk.waitFor();
    await expect(talk.locator('.advice li').count()).resolves.toBe(4);
    await expect(askBackground(page, { type: 'policy/get' })).resolves.toMatchObject({ ok: true, value: { policy: { ageBand: 'under-13', sensitivity: 'strict', keepExcerpts: false } } });
    expect(await fitsAt200Percent(page)).toBe(true);
    await screenshot(page, 'onboarding-5-talk-to-your-child.png');
    // "Finish" closes the tab the background opened.
    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Finish' }).click();
    await closed;
  });

  it('never shows the recovery code again: opened again, it says Heads Up is already set up', async () => {
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/onboarding.html`);
    const done = page.getByTestId('onboarding-already-set');
    await done.waitFor();
    await expect(page.getByTestId('recovery-code').count()).resolves.toBe(0);
    expect(recoveryCode).toMatch(RECOVERY_CODE);
    await expect(page.textContent('body')).resolves.not.toContain(recoveryCode);
    await expect(done.getByRole('link', { name: 'Open the parent page' }).getAttribute('href')).resolves.toBe('/parent.html');
    await screenshot(page, 'onboarding-6-already-set.png');
  });
});

describe('onboarding in Spanish', () => {
  let session: E2eSession;

  beforeAll(async () => {
    session = await startSession({ lang: 'es' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('walks the parent through every step in Spanish', async () => {
    const page = await onboardingTab(session.context, session.extensionId);
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.getByRole('heading', { name: 'Te damos la bienvenida a Heads Up' }).waitFor();
    await screenshot(page, 'onboarding-es-1-welcome.png');
    await page.getByRole('button', { name: 'Empezar' }).click();
    await page.getByLabel('PIN', { exact: true }).fill(PIN);
    await page.getByLabel('Vuelve a escribir el PIN').fill('4829');
    await page.getByRole('button', { name: 'Guardar el PIN' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('Los dos PIN no coinciden. Escribe el mismo PIN en las dos casillas.');
    await screenshot(page, 'onboarding-es-2-pin.png');
    await page.getByLabel('Vuelve a escribir el PIN').fill(PIN);
    await page.getByRole('button', { name: 'Guardar el PIN' }).click();
    await page.getByTestId('onboarding-recovery').waitFor({ timeout: 20_000 });
    await screenshot(page, 'onboarding-es-3-recovery-code.png');
    await page.getByTestId('recovery-kept').check();
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.getByLabel('De 13 a 15').waitFor();
    await screenshot(page, 'onboarding-es-4-settings.png');
    await page.getByRole('button', { name: 'Guardar y continuar' }).click();
    await page.getByTestId('onboarding-talk').waitFor();
    await screenshot(page, 'onboarding-es-5-talk-to-your-child.png');
  });
});
