// The local store, in one schema file. Only the background writes to it. Each schema version is
// kept, so an upgrade from any earlier version never loses alerts (the policy issue tests this).
import Dexie, { type EntityTable } from 'dexie';
import type { AlertRecord } from '../protocol/messages';

export type StoredAlert = AlertRecord;

export class HeadsUpDb extends Dexie {
  alerts!: EntityTable<StoredAlert, 'id'>;

  constructor(name = 'heads-up') {
    super(name);
    // Version 1: alerts, indexed by time (listing, retention) and conversation (timelines).
    this.version(1).stores({ alerts: '++id, time, conversationKey, site' });
  }
}

export const db = new HeadsUpDb();
