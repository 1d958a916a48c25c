// The PIN-locked parent page in a real Chromium (issue "Parent policy, popup and local history"):
// alerts by conversation with their timeline chart and filters, a false-alarm mark that reaches
// the content script's settings, a downloaded report and the policy editor (retention and the
// activity record: parent-retention.e2e.ts). Every request is recorded from the first page on;
// none may leave the extension.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoPage, promptDialog, startReplay, waitForReplayDone } from '../../tools/demo-flow';
import type { NetworkRecorder } from './support/network-recorder';
import {
  askAsContentScript,
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

const DEMO_SITE = '127.0.0.1';

interface ContentSettings {
  sensitivity: string;
  trustedContacts: string[];
  suppressed: { otherParty: string; ruleIds: string[] }[];
}

/** Another conversation, days old, as an earlier week of use would have left it. */
function seededAlerts(now: number): Record<string, unknown>[] {
  const alert = (daysAgo: number, level: string, categories: string[], ruleIds: string[], excerpts?: string[]) => ({
    time: now - daysAgo * DAY,
    site: 'games.example',
    conversationKey: 'https://games.example/chat#/dm/sam',
    otherParty: 'sam',
    level,
    categories,
    reasons: ruleIds.map((ruleId, i) => ({ ruleId, category: categories[i] ?? categories[0], description: `Seeded reason: ${ruleId}.` })),
    seen: true,
    ...(excerpts ? { excerpts } : {}),
  });
  return [
    alert(3.2, 'warning', ['age_probe', 'flattery_trust'], ['age-probe', 'flattery-trust']),
    alert(2.1, 'warning', ['secrecy'], ['secrecy']),
    alert(1.05, 'danger', ['photo_request', 'secrecy'], ['photo-request', 'secrecy'], ['<b>send me a pic</b> & delete it']),
  ];
}

describe('parent page', () => {
  let session: E2eSession;
  let recorder: NetworkRecorder;
  let demo: Page;
  let page: Page;

  beforeAll(async () => {
    ({ session, recorder } = await startRecordedSession());
    const setup = await openParentPage(session.context, session.extensionId);
    await backgroundValue(setup, { type: 'pin/setup', pin: PARENT_PIN });

    // Real alerts: the risky demo conversation, as the child would have it.
    demo = await openDemoPage(session.context, session.server.url, { speed: 'fast' });
    await startReplay(demo, 'risky');
    await promptDialog(demo).waitFor({ state: 'visible', timeout: 15_000 });
    await waitForReplayDone(demo);
    // The content script reports after the prompt; wait until the background has stored it.
    for (let tries = 0; (await readStore<StoredAlert>(setup, 'alerts')).length === 0; tries++) {
      if (tries > 50) throw new Error('the risky conversation stored no alert');
      await setup.waitForTimeout(200);
    }

    const now = Date.now();
    await seedStore(setup, 'alerts', seededAlerts(now));
    await setup.close();
    page = await openParentPage(session.context, session.extensionId);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens with the PIN and shows the alerts by conversation, each with its timeline chart', async () => {
    await unlock(page);
    const conversations = page.getByTestId('conversation');
    await conversations.first().waitFor();
    expect(await conversations.count()).toBe(2);

    const kai = conversations.filter({ hasText: `kai on ${DEMO_SITE}` });
    const kaiAlerts = await kai.getByTestId('parent-alert').count();
    expect(kaiAlerts).toBeGreaterThan(0);
    expect(await kai.locator('[data-testid="timeline-chart"] circle').count()).toBe(kaiAlerts);
    const sam = conversations.filter({ hasText: 'sam on games.example' });
    expect(await sam.locator('[data-testid="timeline-chart"] circle').count()).toBe(3);
    expect(await sam.locator('[data-testid="timeline-chart"] path').count()).toBe(1);
    // Excerpts are page text: shown as text, never as markup.
    await sam.getByText('<b>send me a pic</b> & delete it').waitFor();
    await screenshotPage(page, 'parent-alerts.png');

    const shown = () => page.getByTestId('alert-count').textContent();
    await page.getByRole('combobox', { name: 'Contact' }).selectOption('sam');
    await expect.poll(shown).toBe(`Showing 3 of ${kaiAlerts + 3} alerts.`);
    expect(await conversations.count()).toBe(1);
    await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Serious' });
    await expect.poll(shown).toBe(`Showing 1 of ${kaiAlerts + 3} alerts.`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => conversations.count()).toBe(2);
  });

  it('stores a false-alarm mark that reaches the content script’s settings, and undoes it', async () => {
    const [newest] = (await readStore<StoredAlert>(page, 'alerts')).filter((a) => a.otherParty === 'kai').sort((a, b) => b.time - a.time);
    if (!newest) throw new Error('no alert from kai');
    const card = page.getByTestId('conversation').filter({ hasText: `kai on ${DEMO_SITE}` }).getByTestId('parent-alert').first();
    await card.getByRole('button', { name: 'This was a false alarm' }).click();
    await card.getByRole('button', { name: 'Yes, it was a false alarm' }).click();
    await card.getByTestId('marked-false-alarm').waitFor();

    const ruleIds = [...new Set(newest.reasons.map((r) => r.ruleId))].sort();
    expect(await readStore(page, 'suppressions')).toMatchObject([{ site: DEMO_SITE, otherParty: 'kai', ruleIds }]);
    const settings = await askAsContentScript<ContentSettings>(session.context, demo, session.extensionId, { type: 'settings/get' });
    expect(settings.suppressed).toEqual([{ otherParty: 'kai', ruleIds }]);

    await goToSection(page, 'False alarms');
    const mark = page.getByTestId('false-alarm-mark');
    await expect(mark.textContent()).resolves.toContain(`kai on ${DEMO_SITE}`);
    await screenshotPage(page, 'parent-marks.png');
    await mark.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('no-marks').waitFor();
    expect(await readStore(page, 'suppressions')).toEqual([]);
    expect((await askAsContentScript<ContentSettings>(session.context, demo, session.extensionId, { type: 'settings/get' })).suppressed).toEqual([]);
  });

  it('downloads a conversation’s report: its alerts, escaped, with no script', async () => {
    await goToSection(page, 'Reports');
    const row = page.getByTestId('export-row').filter({ hasText: 'sam on games.example' });
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Save report' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^heads-up-report-games\.example-\d{4}-\d{2}-\d{2}\.html$/u);
    const html = await readFile(await download.path(), 'utf8');
    expect(html.match(/<section class="alert/gu)).toHaveLength(3);
    expect(html).toContain('Heads Up report: sam on games.example');
    // Reasons read in the UI language by rule id (src/ui/rule-text.ts), not the stored English text.
    expect(html).toContain('Asks for pictures or video of you, or to turn on your camera.');
    expect(html).toContain('&lt;b&gt;send me a pic&lt;/b&gt; &amp; delete it');
    expect(html).toContain('Heads Up 0.1.0');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    await screenshotPage(page, 'parent-reports.png');

    // How the saved file looks when opened (set as content: opening it loads nothing).
    const report = await session.context.newPage();
    await report.setContent(html);
    await screenshotPage(report, 'parent-report-file.png');
    await report.close();
  });

  it('saves the parent’s policy (policy/get and the content script see it) and shows the background’s errors', async () => {
    await goToSection(page, 'Settings');
    await page.getByRole('radio', { name: /^Strict/u }).check();
    await page.getByRole('checkbox', { name: /Keep short excerpts/u }).check();
    await page.getByRole('spinbutton', { name: 'Keep alerts for' }).fill('60');
    await page.getByRole('button', { name: 'Add a site' }).click();
    await page.getByRole('textbox', { name: 'Site' }).fill(DEMO_SITE);
    await page.getByRole('textbox', { name: 'Names (one per line)' }).fill('Grandma\nCoach Lee');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await settingsResult(page, 'Saved.')).toBe('Saved. The new settings apply to chats from now on.');

    const { policy } = await backgroundValue<{ policy: Record<string, unknown> }>(page, { type: 'policy/get' });
    expect(policy).toMatchObject({ sensitivity: 'strict', keepExcerpts: true, retentionDays: 60, trustedContacts: { [DEMO_SITE]: ['Grandma', 'Coach Lee'] } });
    const settings = await askAsContentScript<ContentSettings>(session.context, demo, session.extensionId, { type: 'settings/get' });
    expect(settings).toMatchObject({ sensitivity: 'strict', trustedContacts: ['Grandma', 'Coach Lee'] });
    await screenshotPage(page, 'parent-settings.png');

    await page.getByRole('spinbutton', { name: 'Keep alerts for' }).fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    expect(await settingsResult(page, 'Not saved')).toBe('Not saved: retentionDays: must be a whole number of days from 1 to 365 (got 0)');
    expect((await backgroundValue<{ policy: { retentionDays: number } }>(page, { type: 'policy/get' })).policy.retentionDays).toBe(60);
  });

  it('made no network request in any of these flows', async () => {
    expect(recorder.all.some((r) => r.source === 'web page')).toBe(true);
    await expectNoNetworkRequests(recorder, page);
  });
});
