import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy';
import type { AlertRecord } from '../protocol/messages';
import { HeadsUpDb } from './db';

const NAME = 'heads-up-upgrade-test';

const firstAlert: Omit<AlertRecord, 'id'> = {
  time: 1_000,
  site: 'discord.com',
  conversationKey: 'dm/1',
  otherParty: 'kai',
  level: 'warning',
  categories: ['age_probe'],
  reasons: [{ ruleId: 'age-probe', category: 'age_probe', description: 'Asks how old you are.' }],
  seen: true,
};

const v1Alerts: Omit<AlertRecord, 'id'>[] = [
  firstAlert,
  {
    time: 2_000,
    site: 'discord.com',
    conversationKey: 'dm/1',
    otherParty: 'kai_alt',
    level: 'danger',
    categories: ['secrecy', 'photo_request'],
    reasons: [{ ruleId: 'secrecy', category: 'secrecy', description: 'Asks you to keep the chat secret.' }],
    seen: false,
  },
  {
    time: 3_000,
    site: 'web.whatsapp.com',
    conversationKey: 'chat/9',
    otherParty: 'sam',
    level: 'warning',
    categories: ['meeting_request'],
    reasons: [{ ruleId: 'meeting', category: 'meeting_request', description: 'Wants to meet you.' }],
    seen: false,
  },
];

/** A database as version 1 of Heads Up left it: a Dexie instance that knows only version 1. */
async function createVersion1Database(): Promise<AlertRecord[]> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores({ alerts: '++id, time, conversationKey, site' });
  await v1.table('alerts').bulkAdd(v1Alerts);
  const stored = (await v1.table('alerts').toArray()) as AlertRecord[];
  v1.close();
  return stored;
}

describe('HeadsUpDb schema upgrade', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('opens a version 1 database without losing an alert', async () => {
    const before = await createVersion1Database();
    const db = new HeadsUpDb(NAME);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.alerts.orderBy('id').toArray()).toEqual(before);
    expect(await db.alerts.where('conversationKey').equals('dm/1').count()).toBe(2);
    db.close();
  });

  it('rebuilds each conversation’s risk state from the old alerts', async () => {
    await createVersion1Database();
    const db = new HeadsUpDb(NAME);
    expect(await db.conversations.get(['discord.com', 'dm/1'])).toEqual({
      site: 'discord.com',
      conversationKey: 'dm/1',
      level: 'danger',
      updatedAt: 2_000,
      otherParty: 'kai_alt',
      categories: ['age_probe', 'secrecy', 'photo_request'],
    });
    expect(await db.conversations.count()).toBe(2);
    db.close();
  });

  it('has working new tables after the upgrade', async () => {
    await createVersion1Database();
    const db = new HeadsUpDb(NAME);
    await db.policy.put({ id: 'local', policy: { ...DEFAULT_POLICY, retentionDays: 7 }, updatedAt: 5 });
    await db.pin.put({ id: 'parent', hash: 'h', salt: 's', iterations: 1, failedAttempts: 0, lockedUntil: 0, recoveryHash: 'r', recoverySalt: 'rs', recoveryIterations: 1, updatedAt: 5 });
    const eventId = await db.events.add({ kind: 'updated', time: 5, version: '0.2.0', previousVersion: '0.1.0' });
    const alertId = await db.alerts.add({ ...firstAlert, excerpts: ['how old r u'] });
    expect((await db.policy.get('local'))?.policy.retentionDays).toBe(7);
    expect((await db.pin.get('parent'))?.iterations).toBe(1);
    expect(await db.events.get(eventId)).toMatchObject({ kind: 'updated', version: '0.2.0' });
    expect((await db.alerts.get(alertId))?.excerpts).toEqual(['how old r u']);
    expect(await db.alerts.count()).toBe(4);
    db.close();
  });

  it('creates a fresh database at version 3', async () => {
    const db = new HeadsUpDb(NAME);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['alerts', 'conversations', 'events', 'pin', 'policy', 'suppressions']);
    db.close();
  });
});
