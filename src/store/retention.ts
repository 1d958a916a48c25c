// Retention: nothing is kept longer than the parent's retentionDays (data minimisation). Applied
// when the background starts and whenever an alert is stored, so it needs no alarms permission.
import { deleteAlertsOlderThan } from './alerts';
import { deleteConversationsOlderThan } from './conversations';
import type { HeadsUpDb } from './db';
import { deleteStartsOlderThan } from './events';

export interface RetentionResult {
  alerts: number;
  conversations: number;
  starts: number;
}

export async function applyRetention(db: HeadsUpDb, days: number, now = Date.now()): Promise<RetentionResult> {
  return {
    alerts: await deleteAlertsOlderThan(db, days, now),
    conversations: await deleteConversationsOlderThan(db, days, now),
    starts: await deleteStartsOlderThan(db, days, now),
  };
}
