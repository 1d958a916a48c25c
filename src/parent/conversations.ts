// Alerts grouped by conversation (site + thread): the unit a parent follows over time, charts
// and exports as a report.
import { LEVELS, type Level } from '../engine/types';
import type { AlertRecord } from '../protocol/messages';

export interface ConversationGroup {
  /** Unique per site and thread. */
  id: string;
  site: string;
  conversationKey: string;
  /** Display names of the people whose messages raised alerts, most recent first. */
  otherParties: string[];
  /** Newest first. */
  alerts: AlertRecord[];
  highest: Level;
  lastTime: number;
}

const rank = (level: Level) => LEVELS.indexOf(level);

/** Group alerts by conversation; the conversation with the newest alert comes first. */
export function groupByConversation(alerts: readonly AlertRecord[]): ConversationGroup[] {
  const groups = new Map<string, AlertRecord[]>();
  for (const alert of alerts) {
    const id = JSON.stringify([alert.site, alert.conversationKey]);
    groups.set(id, [...(groups.get(id) ?? []), alert]);
  }
  return [...groups].map(([id, list]) => toGroup(id, list)).sort((a, b) => b.lastTime - a.lastTime);
}

function toGroup(id: string, list: AlertRecord[]): ConversationGroup {
  const alerts = [...list].sort((a, b) => b.time - a.time || b.id - a.id);
  const first = alerts[0] as AlertRecord; // groups are never empty
  return {
    id,
    site: first.site,
    conversationKey: first.conversationKey,
    otherParties: [...new Set(alerts.map((a) => a.otherParty))],
    alerts,
    highest: alerts.reduce<Level>((top, a) => (rank(a.level) > rank(top) ? a.level : top), 'none'),
    lastTime: first.time,
  };
}
