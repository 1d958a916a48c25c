import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy';
import type { ConversationRef } from '../protocol/messages';
import { addAlert, deleteAlertsOlderThan, listAlerts, listAllAlerts } from './alerts';
import { deleteConversationsOlderThan, getConversationRisk, recordConversationRisk } from './conversations';
import { HeadsUpDb } from './db';
import { deleteStartsOlderThan, listEvents, recordEvent } from './events';
import { loadLocalPolicy, saveLocalPolicy } from './policy-store';
import { applyRetention } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 30);
const chat: ConversationRef = { site: 'discord.com', key: 'dm/1', otherParty: 'kai' };
const reasons = [{ ruleId: 'age-probe', category: 'age_probe' as const, description: 'Asks how old you are.' }];

let db: HeadsUpDb;
beforeEach(() => {
  db = new HeadsUpDb(`store-test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('alerts', () => {
  it('keeps excerpts for the parent and hides them from the child’s list', async () => {
    await addAlert(db, { conversation: chat, level: 'warning', reasons, excerpts: ['how old r u'] }, NOW);
    expect((await listAllAlerts(db, 10))[0]?.excerpts).toEqual(['how old r u']);
    const [childView] = await listAlerts(db, 10);
    expect(childView).toMatchObject({ site: 'discord.com', categories: ['age_probe'] });
    expect(childView && 'excerpts' in childView).toBe(false);
  });

  it('stores no excerpts field when none are given', async () => {
    await addAlert(db, { conversation: chat, level: 'warning', reasons }, NOW);
    expect('excerpts' in ((await db.alerts.toArray())[0] ?? {})).toBe(false);
  });
});

describe('deleteAlertsOlderThan', () => {
  it('deletes alerts older than the given days and keeps the rest', async () => {
    for (const age of [0, 1, 29, 31, 400]) await addAlert(db, { conversation: chat, level: 'warning', reasons }, NOW - age * DAY);
    expect(await deleteAlertsOlderThan(db, 30, NOW)).toBe(2);
    expect((await db.alerts.toArray()).map((a) => (NOW - a.time) / DAY).sort((a, b) => a - b)).toEqual([0, 1, 29]);
  });

  it('keeps 30 days by default, as the default policy says', async () => {
    await addAlert(db, { conversation: chat, level: 'warning', reasons }, NOW - 30 * DAY + 1);
    await addAlert(db, { conversation: chat, level: 'warning', reasons }, NOW - 30 * DAY - 1);
    expect(DEFAULT_POLICY.retentionDays).toBe(30);
    expect(await deleteAlertsOlderThan(db, undefined, NOW)).toBe(1);
    expect(await db.alerts.count()).toBe(1);
  });
});

describe('conversation risk', () => {
  it('only ever rises and gathers categories', async () => {
    await recordConversationRisk(db, chat, 'danger', ['secrecy'], NOW - DAY);
    const state = await recordConversationRisk(db, { ...chat, otherParty: 'kai2' }, 'warning', ['age_probe'], NOW);
    expect(state).toEqual({ site: 'discord.com', conversationKey: 'dm/1', level: 'danger', updatedAt: NOW, otherParty: 'kai2', categories: ['secrecy', 'age_probe'] });
    expect(await getConversationRisk(db, 'discord.com', 'dm/1')).toEqual(state);
  });

  it('is pruned with the alerts', async () => {
    await recordConversationRisk(db, chat, 'warning', ['age_probe'], NOW - 40 * DAY);
    expect(await deleteConversationsOlderThan(db, 30, NOW)).toBe(1);
  });
});

describe('lifecycle events', () => {
  it('always lists installs and updates, however many starts there are', async () => {
    await recordEvent(db, 'installed', '0.1.0', NOW - 10 * DAY);
    for (let i = 0; i < 20; i++) await recordEvent(db, 'started', '0.1.0', NOW - i * 1000);
    const events = await listEvents(db, 5);
    expect(events.map((e) => e.kind)).toEqual(['started', 'started', 'started', 'started', 'started', 'installed']);
  });

  it('lists newest first and prunes only old starts', async () => {
    await recordEvent(db, 'installed', '0.1.0', NOW - 100 * DAY);
    await recordEvent(db, 'started', '0.1.0', NOW - 99 * DAY);
    await recordEvent(db, 'updated', '0.2.0', NOW - DAY, '0.1.0');
    await recordEvent(db, 'started', '0.2.0', NOW);
    expect(await deleteStartsOlderThan(db, 30, NOW)).toBe(1);
    expect((await listEvents(db, 10)).map((e) => [e.kind, e.version, e.previousVersion])).toEqual([
      ['started', '0.2.0', undefined],
      ['updated', '0.2.0', '0.1.0'],
      ['installed', '0.1.0', undefined],
    ]);
  });
});

describe('policy store', () => {
  it('gives the defaults until a policy is saved', async () => {
    expect(await loadLocalPolicy(db)).toEqual(DEFAULT_POLICY);
    await saveLocalPolicy(db, { ...DEFAULT_POLICY, sensitivity: 'strict' }, NOW);
    expect((await loadLocalPolicy(db)).sensitivity).toBe('strict');
  });

  it('falls back to the defaults when the stored row is not valid', async () => {
    await db.policy.put({ id: 'local', policy: { ...DEFAULT_POLICY, retentionDays: -3 }, updatedAt: NOW });
    expect(await loadLocalPolicy(db)).toEqual(DEFAULT_POLICY);
  });
});

describe('applyRetention', () => {
  it('prunes alerts, conversations and starts together', async () => {
    await addAlert(db, { conversation: chat, level: 'warning', reasons }, NOW - 10 * DAY);
    await recordConversationRisk(db, chat, 'warning', ['age_probe'], NOW - 10 * DAY);
    await recordEvent(db, 'started', '0.1.0', NOW - 10 * DAY);
    expect(await applyRetention(db, 7, NOW)).toEqual({ alerts: 1, conversations: 1, starts: 1 });
  });
});
