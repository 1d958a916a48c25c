// Lifecycle events (installed, updated, started): a parent who sees a gap or a fresh install they
// did not do knows the extension was removed or reset (tamper visibility, issue "Parent policy,
// popup and local history").
import type { LifecycleKind } from '../protocol/messages';
import type { HeadsUpDb, StoredEvent } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function recordEvent(db: HeadsUpDb, kind: LifecycleKind, version: string, now = Date.now(), previousVersion?: string): Promise<number> {
  const event: Omit<StoredEvent, 'id'> = { kind, time: now, version, ...(previousVersion ? { previousVersion } : {}) };
  return db.events.add(event);
}

/**
 * Newest first: every install and update (rare, and what shows tampering) and the newest `limit`
 * starts. An MV3 service worker starts many times a day, so starts alone would push installs
 * out of any fixed-size list.
 */
export async function listEvents(db: HeadsUpDb, limit: number): Promise<StoredEvent[]> {
  const changes = await db.events.where('kind').anyOf('installed', 'updated').toArray();
  const starts = await db.events.orderBy('time').reverse().filter((e) => e.kind === 'started').limit(limit).toArray();
  return [...changes, ...starts].sort((a, b) => b.time - a.time || b.id - a.id);
}

/**
 * 'started' is recorded every time the background wakes (often, in an MV3 service worker), so old
 * ones are pruned with the alerts. Installs and updates are rare and are what shows tampering:
 * they are kept.
 */
export async function deleteStartsOlderThan(db: HeadsUpDb, days: number, now = Date.now()): Promise<number> {
  const cutoff = now - days * DAY_MS;
  return db.events.where('time').below(cutoff).and((e) => e.kind === 'started').delete();
}
