// Wrong PINs on the parent page in a real Chromium: five free tries, then a one-minute lock that
// the page shows with the time it ends; the right PIN is refused during the lock, and the page
// opens the form again by itself when the lock is over (background/pin.ts, NIST SP 800-63B
// rate limiting). Then the PIN is changed with the old PIN, and from the gate with the recovery
// code. No request leaves the extension meanwhile.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NetworkRecorder } from './support/network-recorder';
import { askBackground } from './support/extension-requests';
import { backgroundValue, expectNoNetworkRequests, openParentPage, PARENT_PIN, screenshotPage, unlock } from './support/parent-page';
import { startRecordedSession } from './support/session';
import type { E2eSession } from './support/session';

const WRONG_PIN = '000000';
const LOCK_MS = 60_000;

interface PinStatus {
  isSet: boolean;
  lockedUntil: number | null;
}

describe('parent page PIN', () => {
  let session: E2eSession;
  let recorder: NetworkRecorder;
  /** The page of the last test, for the network control request. */
  let page: Page;
  /** Shown once when the PIN is set up. */
  let recoveryCode = '';

  beforeAll(async () => {
    ({ session, recorder } = await startRecordedSession());
  });

  afterAll(async () => {
    await session?.close();
  });

  it('gives five free tries, then locks for a minute, says until when, and opens again by itself', { timeout: 150_000 }, async () => {
    page = await openParentPage(session.context, session.extensionId);
    ({ recoveryCode } = await backgroundValue<{ recoveryCode: string }>(page, { type: 'pin/setup', pin: PARENT_PIN }));
    await page.reload();

    const pinBox = page.getByLabel('Parent PIN');
    const message = page.getByTestId('pin-message');
    for (const left of [4, 3, 2, 1]) {
      await pinBox.fill(WRONG_PIN);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await message.filter({ hasText: `Tries left before a pause: ${left}.` }).waitFor();
    }
    const beforeFifth = Date.now();
    await pinBox.fill(WRONG_PIN);
    await page.getByRole('button', { name: 'Open', exact: true }).click();

    const locked = page.getByTestId('pin-locked');
    await locked.waitFor();
    const status = await backgroundValue<PinStatus>(page, { type: 'pin/status' });
    const lockedUntil = status.lockedUntil ?? 0;
    expect(lockedUntil - beforeFifth).toBeGreaterThanOrEqual(LOCK_MS - 1_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(LOCK_MS);
    // The page names the end of the lock in the parent's own clock format, e.g. "at 2:05 PM".
    const endsAt = await page.evaluate((until) => new Intl.DateTimeFormat(navigator.language, { timeStyle: 'short' }).format(until), lockedUntil);
    await expect(locked.textContent()).resolves.toContain(`Too many wrong tries. Try again at ${endsAt}.`);
    expect(await pinBox.isDisabled()).toBe(true);
    await screenshotPage(page, 'parent-lockout.png');

    // The lock is the background's, not just the page's: the right PIN is refused, uncounted.
    const during = await askBackground<{ verified: boolean; lockedUntil: number | null }>(page, { type: 'pin/verify', pin: PARENT_PIN });
    expect(during.value).toEqual({ verified: false, lockedUntil, triesBeforeLock: 0 });
    // A reload still shows the lock (it comes from pin/status).
    await page.reload();
    await locked.waitFor();

    // When the minute is over the form opens again without a reload, and the right PIN works.
    await page.waitForFunction(() => !(document.getElementById('pin') as HTMLInputElement | null)?.disabled, undefined, { timeout: lockedUntil - Date.now() + 10_000 });
    expect(Date.now()).toBeGreaterThanOrEqual(lockedUntil);
    expect(await locked.count()).toBe(0);
    await unlock(page);
    await page.getByRole('heading', { level: 2, name: 'Alerts' }).waitFor();
  });

  it('changes the PIN with the old one, and from the gate with the recovery code', async () => {
    page = await openParentPage(session.context, session.extensionId, 'pin');
    await unlock(page);
    await page.getByRole('heading', { level: 2, name: 'Change PIN' }).waitFor();
    const changePin = async (proof: string, newPin: string) => {
      await page.locator('#pin-proof').fill(proof);
      await page.locator('#pin-new').fill(newPin);
      await page.locator('#pin-repeat').fill(newPin);
      await page.getByRole('button', { name: 'Change PIN' }).click();
      await page.getByTestId('pin-changed').waitFor();
    };
    await changePin(PARENT_PIN, '135792');
    await page.getByRole('button', { name: 'Continue' }).click();
    // The new PIN ended the session: the gate asks for it.
    await page.getByText('Your new PIN is set. Enter it to open the parent view again.').waitFor();
    await unlock(page, '135792');

    // A forgotten PIN: the recovery code sets a new one, and a new recovery code is shown once.
    await page.getByRole('button', { name: 'Close parent view' }).click();
    await page.getByRole('button', { name: 'Forgot the PIN? Use the recovery code' }).click();
    await changePin(recoveryCode, '246801');
    const newCode = (await page.locator('code.recovery').textContent()) ?? '';
    expect(newCode).not.toBe('');
    expect(newCode).not.toBe(recoveryCode);
    await page.getByRole('button', { name: 'Continue' }).click();
    await unlock(page, '246801');
  });

  it('made no network request', async () => {
    await expectNoNetworkRequests(recorder, page);
  });
});
