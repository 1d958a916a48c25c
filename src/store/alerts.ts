import type { Level } from '../engine/types';
import { DEFAULT_POLICY } from '../policy/policy';
import type { AlertReason, AlertRecord, ConversationRef } from '../protocol/messages';
import type { HeadsUpDb } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface NewAlert {
  conversation: ConversationRef;
  level: Level;
  reasons: AlertReason[];
  /** Quotes of the messages: pass them only when the parent's policy keeps excerpts. */
  excerpts?: string[];
}

/** Store one alert. Message text is stored only as excerpts, and only when the caller passes them. */
export async function addAlert(db: HeadsUpDb, alert: NewAlert, now = Date.now()): Promise<number> {
  const { conversation, level, reasons, excerpts } = alert;
  const record: Omit<AlertRecord, 'id'> = {
    time: now,
    site: conversation.site,
    conversationKey: conversation.key,
    otherParty: conversation.otherParty,
    level,
    categories: [...new Set(reasons.map((r) => r.category))],
    reasons,
    seen: false,
    ...(excerpts && excerpts.length > 0 ? { excerpts } : {}),
  };
  return db.alerts.add(record);
}

/** The child's view: the newest alerts, without excerpts (those are for the parent only). */
export async function listAlerts(db: HeadsUpDb, limit: number): Promise<AlertRecord[]> {
  const alerts = await listAllAlerts(db, limit);
  return alerts.map(({ excerpts: _excerpts, ...alert }) => alert);
}

/** The parent's view: the newest alerts with their reasons and any excerpts. */
export async function listAllAlerts(db: HeadsUpDb, limit: number): Promise<AlertRecord[]> {
  return db.alerts.orderBy('time').reverse().limit(limit).toArray();
}

export async function markAllSeen(db: HeadsUpDb): Promise<number> {
  return db.alerts.filter((a) => !a.seen).modify({ seen: true });
}

export async function unseenCount(db: HeadsUpDb): Promise<number> {
  return db.alerts.filter((a) => !a.seen).count();
}

/** Retention: delete alerts older than `days` days (the policy's retentionDays, 30 by default). */
export async function deleteAlertsOlderThan(db: HeadsUpDb, days = DEFAULT_POLICY.retentionDays, now = Date.now()): Promise<number> {
  return db.alerts.where('time').below(now - days * DAY_MS).delete();
}
