// Retention and tamper visibility on the parent page in a real Chromium: alerts older than the
// parent's retentionDays are deleted when a new alert is stored and when the parent shortens the
// time, and the Activity section shows the install, the last start and the gaps between starts.
// The store is seeded from the extension's own page, as weeks of earlier use would have left it.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoPage, promptDialog, startReplay, waitForReplayDone } from '../../tools/demo-flow';
import type { NetworkRecorder } from './support/network-recorder';
import {
  backgroundValue,
  DAY,
  expectNoNetworkRequests,
  goToSection,
  openParentPage,
  PARENT_PIN,
  readStore,
  screenshotPage,
  seedStore,
  settingsResult,
  unlock,
  type StoredAlert,
} from './support/parent-page';
import { startRecordedSession, type E2eSession } from './support/session';

const daysOld = (alerts: StoredAlert[], site: string, now: number) =>
  alerts
    .filter((a) => a.site === site)
    .map((a) => Math.round((now - a.time) / DAY))
    .sort((a, b) => a - b);

function oldAlert(now: number, daysAgo: number): Record<string, unknown> {
  return { time: now - daysAgo * DAY, site: 'old.example', conversationKey: 'old', otherParty: 'lee', level: 'warning', categories: ['age_probe'], reasons: [], seen: true };
}

describe('parent page: retention and activity', () => {
  let session: E2eSession;
  let recorder: NetworkRecorder;
  let page: Page;

  beforeAll(async () => {
    ({ session, recorder } = await startRecordedSession());
    page = await openParentPage(session.context, session.extensionId);
    await backgroundValue(page, { type: 'pin/setup', pin: PARENT_PIN });
    const now = Date.now();
    // Starts with a five-day gap before this run's own install and start.
    await seedStore(page, 'events', [
      { kind: 'started', time: now - 10 * DAY, version: '0.1.0' },
      { kind: 'started', time: now - 9.5 * DAY, version: '0.1.0' },
      { kind: 'started', time: now - 4.5 * DAY, version: '0.1.0' },
    ]);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('deletes alerts older than the default 30 days when a new alert is stored', async () => {
    const now = Date.now();
    await seedStore(page, 'alerts', [oldAlert(now, 45), oldAlert(now, 25), oldAlert(now, 5)]);
    const demo = await openDemoPage(session.context, session.server.url, { speed: 'fast' });
    await startReplay(demo, 'risky');
    await promptDialog(demo).waitFor({ state: 'visible', timeout: 15_000 });
    await waitForReplayDone(demo);
    await expect.poll(async () => daysOld(await readStore<StoredAlert>(page, 'alerts'), 'old.example', now), { timeout: 10_000 }).toEqual([5, 25]);
    expect((await readStore<StoredAlert>(page, 'alerts')).some((a) => a.site === '127.0.0.1')).toBe(true);
  });

  it('deletes alerts older than a shortened retention as soon as the parent saves it', async () => {
    await page.reload();
    await unlock(page);
    await goToSection(page, 'Settings');
    await page.getByRole('spinbutton', { name: 'Keep alerts for' }).fill('20');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await settingsResult(page, 'Saved.')).toContain('Saved.');

    const now = Date.now();
    const kept = await readStore<StoredAlert>(page, 'alerts');
    expect(daysOld(kept, 'old.example', now)).toEqual([5]);
    expect(kept.every((a) => now - a.time < 20 * DAY)).toBe(true);
    expect((await backgroundValue<{ policy: { retentionDays: number } }>(page, { type: 'policy/get' })).policy.retentionDays).toBe(20);
    await goToSection(page, 'Alerts');
    await expect(page.getByTestId('conversation').filter({ hasText: 'lee on old.example' }).getByTestId('parent-alert').count()).resolves.toBe(1);
  });

  it('shows when Heads Up was installed and last started, and the gaps between starts', async () => {
    await goToSection(page, 'Activity');
    await expect(page.getByTestId('last-install').textContent()).resolves.toContain('(version 0.1.0)');
    await expect(page.getByTestId('last-start').textContent()).resolves.toContain('(version 0.1.0)');
    const gaps = page.getByTestId('activity-gap');
    expect(await gaps.count()).toBe(2);
    await expect(gaps.first().textContent()).resolves.toMatch(/^Heads Up was not running from .+ to .+\(4 days \d+ hours\)$/u);
    await expect(gaps.last().textContent()).resolves.toMatch(/\(5 days 0 hours\)$/u);
    await screenshotPage(page, 'parent-activity.png');
  });

  it('made no network request in any of these flows', async () => {
    await expectNoNetworkRequests(recorder, page);
  });
});
