import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAlert } from '../store/alerts';
import { db } from '../store/db';
import { listEvents } from '../store/events';
import { installKind, onBackgroundStart, openOnboardingOnInstall, recordInstall } from './lifecycle';
import { freshWorld, T0, type TestWorld } from './test-helpers';

const DAY = 86_400_000;
let world: TestWorld;
const deps = () => ({ db, now: () => world.clock, readManaged: async () => world.managed });

beforeEach(async () => {
  world = await freshWorld();
});

describe('lifecycle events', () => {
  it('records installs and updates of Heads Up, not of the browser', async () => {
    expect(installKind('browser_update')).toBeNull();
    await recordInstall(deps(), { reason: 'install', temporary: false }, '0.1.0');
    await recordInstall(deps(), { reason: 'update', previousVersion: '0.1.0', temporary: false }, '0.2.0');
    await recordInstall(deps(), { reason: 'browser_update', temporary: false }, '0.2.0');
    expect((await listEvents(db, 10)).map(({ kind, version, previousVersion }) => ({ kind, version, previousVersion }))).toEqual([
      { kind: 'updated', version: '0.2.0', previousVersion: '0.1.0' },
      { kind: 'installed', version: '0.1.0', previousVersion: undefined },
    ]);
  });

  it('records a start and applies retention from the policy in force', async () => {
    world.managed = { retentionDays: 3 };
    const conversation = { site: 'discord.com', key: 'dm/1', otherParty: 'kai' };
    await addAlert(db, { conversation, level: 'warning', reasons: [] }, T0 - 4 * DAY);
    await addAlert(db, { conversation, level: 'warning', reasons: [] }, T0 - 2 * DAY);
    await onBackgroundStart(deps(), '0.2.0');
    expect(await db.alerts.count()).toBe(1);
    expect(await listEvents(db, 10)).toMatchObject([{ kind: 'started', version: '0.2.0', time: T0 }]);
  });
});

describe('the setup page on install', () => {
  it('opens the onboarding page when Heads Up is installed, and only then', async () => {
    const onboardingTabs = async () => (await browser.tabs.query({})).filter((tab) => tab.url === browser.runtime.getURL('/onboarding.html'));
    await openOnboardingOnInstall({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await openOnboardingOnInstall({ reason: 'browser_update', temporary: false });
    expect(await onboardingTabs()).toEqual([]);
    await openOnboardingOnInstall({ reason: 'install', temporary: false });
    expect(await onboardingTabs()).toHaveLength(1);
  });
});
