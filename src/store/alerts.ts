import type { AlertReason, AlertRecord, ConversationRef } from '../protocol/messages';
import type { Level } from '../engine/engine';
import type { HeadsUpDb } from './db';

/** Store one alert. Message text is never stored here: only categories and rule reasons. */
export async function addAlert(db: HeadsUpDb, conversation: ConversationRef, level: Level, reasons: AlertReason[], now = Date.now()) {
  const categories = [...new Set(reasons.map((r) => r.category))];
  return db.alerts.add({
    time: now,
    site: conversation.site,
    conversationKey: conversation.key,
    otherParty: conversation.otherParty,
    level,
    categories,
    reasons,
    seen: false,
  } as AlertRecord);
}

export async function listAlerts(db: HeadsUpDb, limit: number): Promise<AlertRecord[]> {
  return db.alerts.orderBy('time').reverse().limit(limit).toArray();
}

export async function markAllSeen(db: HeadsUpDb): Promise<number> {
  return db.alerts.filter((a) => !a.seen).modify({ seen: true });
}

export async function unseenCount(db: HeadsUpDb): Promise<number> {
  return db.alerts.filter((a) => !a.seen).count();
}
