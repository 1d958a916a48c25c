// The parent's "this was a false alarm" marks (issue "Parent policy, popup and local history"):
// the rules of a marked alert, from that alert's contact on that site, stay quiet from then on.
// Retention does NOT delete marks: they are the parent's own decisions, not records of the child's
// chats, and dropping them after 30 days would bring the same false alarm back unasked. A mark
// holds no message text, only a site, a display name and rule ids; the parent can undo it.
import type { AlertRecord } from '../protocol/messages';
import type { HeadsUpDb, StoredSuppression } from './db';

/** What the content script needs for one contact on its site. */
export interface ContactSuppression {
  otherParty: string;
  ruleIds: string[];
}

const sameRules = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Mark an alert as a false alarm. Marking the same rules from the same contact again returns the
 * existing mark instead of adding a copy (a double click, or two alerts of one pattern).
 */
export async function addSuppressionFromAlert(db: HeadsUpDb, alert: Pick<AlertRecord, 'site' | 'otherParty' | 'reasons'>, now = Date.now()): Promise<StoredSuppression> {
  const ruleIds = [...new Set(alert.reasons.map((r) => r.ruleId))].sort();
  if (ruleIds.length === 0) throw new Error('this alert has no reasons to mark as a false alarm');
  const site = alert.site.toLowerCase();
  return db.transaction('rw', db.suppressions, async () => {
    const existing = await db.suppressions.where('[site+otherParty]').equals([site, alert.otherParty]).toArray();
    const same = existing.find((s) => sameRules(s.ruleIds, ruleIds));
    if (same) return same;
    const mark: Omit<StoredSuppression, 'id'> = { site, otherParty: alert.otherParty, ruleIds, time: now };
    const id = await db.suppressions.add(mark);
    return { ...mark, id };
  });
}

/** Every mark, newest first (the parent's list, with undo). */
export async function listSuppressions(db: HeadsUpDb): Promise<StoredSuppression[]> {
  const all = await db.suppressions.toArray();
  return all.sort((a, b) => b.time - a.time || b.id - a.id);
}

/** Undo a mark; false when there was none with that id. */
export async function removeSuppression(db: HeadsUpDb, id: number): Promise<boolean> {
  return db.transaction('rw', db.suppressions, async () => {
    if (!(await db.suppressions.get(id))) return false;
    await db.suppressions.delete(id);
    return true;
  });
}

/** The marks of one site (hostname), one entry per contact with all its quiet rules. */
export async function listSuppressionsForSite(db: HeadsUpDb, site: string): Promise<ContactSuppression[]> {
  const marks = await db.suppressions.where('site').equals(site.toLowerCase()).toArray();
  const byContact = new Map<string, Set<string>>();
  for (const mark of marks) {
    const rules = byContact.get(mark.otherParty) ?? new Set<string>();
    for (const id of mark.ruleIds) rules.add(id);
    byContact.set(mark.otherParty, rules);
  }
  return [...byContact].map(([otherParty, rules]) => ({ otherParty, ruleIds: [...rules].sort() }));
}
