// The local store, in one schema file. Only the background writes to it. Each schema version is
// kept, so an upgrade from any earlier version never loses alerts (db.test.ts opens a version 1
// database with this class and checks).
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Category, Level } from '../engine/types';
import type { Policy } from '../policy/policy';
import type { AlertRecord, LifecycleEvent, PromptedReason, Suppression } from '../protocol/messages';

export type StoredAlert = AlertRecord;
export type StoredEvent = LifecycleEvent;
export type StoredSuppression = Suppression;

/** The risk state of one conversation: how far it went, so it survives reloads and restarts. */
export interface ConversationRecord {
  site: string;
  conversationKey: string;
  level: Level;
  updatedAt: number;
  otherParty: string;
  categories: Category[];
  /** Reasons the child was already prompted for (version 3; absent on older rows). */
  prompted?: PromptedReason[];
}

/** The parent's own policy (single row). Managed values are merged in on reading, never stored. */
export interface PolicyRecord {
  id: 'local';
  policy: Policy;
  updatedAt: number;
}

/** The parent PIN (single row). Only PBKDF2 hashes and salts, never the PIN or recovery code. */
export interface PinRecord {
  id: 'parent';
  /** base64 of the PBKDF2-SHA256 derived bits. */
  hash: string;
  salt: string;
  iterations: number;
  failedAttempts: number;
  /** Time (ms) until which verifying is refused, or 0. */
  lockedUntil: number;
  recoveryHash: string;
  recoverySalt: string;
  /** Kept apart from `iterations`: a PIN change with the old PIN rehashes the PIN only. */
  recoveryIterations: number;
  updatedAt: number;
}

export class HeadsUpDb extends Dexie {
  alerts!: EntityTable<StoredAlert, 'id'>;
  conversations!: Table<ConversationRecord, [string, string]>;
  policy!: EntityTable<PolicyRecord, 'id'>;
  pin!: EntityTable<PinRecord, 'id'>;
  events!: EntityTable<StoredEvent, 'id'>;
  suppressions!: EntityTable<StoredSuppression, 'id'>;

  constructor(name = 'heads-up') {
    super(name);
    // Version 1: alerts, indexed by time (listing, retention) and conversation (timelines).
    this.version(1).stores({ alerts: '++id, time, conversationKey, site' });
    // Version 2 (issue "Parent policy, popup and local history"): alerts may carry excerpts (not
    // indexed, so the alerts table is unchanged); conversation risk state, the policy, the PIN and
    // lifecycle events get their own tables.
    this.version(2)
      .stores({
        alerts: '++id, time, conversationKey, site',
        conversations: '[site+conversationKey], updatedAt',
        policy: 'id',
        pin: 'id',
        events: '++id, time, kind',
      })
      .upgrade(seedConversations);
    // Version 3: the parent's false-alarm marks (per site and contact). Conversations may also
    // carry `prompted` (not indexed, so no upgrade step is needed for it).
    this.version(3).stores({ suppressions: '++id, site, [site+otherParty]' });
  }
}

const RANK: Record<Level, number> = { none: 0, notice: 1, warning: 2, danger: 3 };

/** Rebuild each conversation's risk state from the version 1 alerts, so history and state agree. */
async function seedConversations(tx: Transaction): Promise<void> {
  const states = new Map<string, ConversationRecord>();
  await tx.table<StoredAlert>('alerts').each((alert) => {
    const id = JSON.stringify([alert.site, alert.conversationKey]);
    const known = states.get(id);
    const categories = [...new Set([...(known?.categories ?? []), ...alert.categories])];
    const latest = !known || alert.time >= known.updatedAt;
    states.set(id, {
      site: alert.site,
      conversationKey: alert.conversationKey,
      level: known && RANK[known.level] > RANK[alert.level] ? known.level : alert.level,
      updatedAt: latest ? alert.time : known.updatedAt,
      otherParty: latest ? alert.otherParty : known.otherParty,
      categories,
    });
  });
  await tx.table<ConversationRecord>('conversations').bulkPut([...states.values()]);
}

export const db = new HeadsUpDb();
