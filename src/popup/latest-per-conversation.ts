// A conversation that rose from warning to danger is stored as several alerts (the parent page
// shows each, with its timeline). The child needs it once: the newest alert of each conversation
// says the most (the engine's level never falls, and reasons only add up).
import type { AlertRecord } from '../protocol/messages';

/** The newest alert of each conversation, newest conversation first. `alerts` are newest first. */
export function latestPerConversation(alerts: readonly AlertRecord[]): AlertRecord[] {
  const seen = new Set<string>();
  const latest: AlertRecord[] = [];
  for (const alert of [...alerts].sort((a, b) => b.time - a.time)) {
    const key = JSON.stringify([alert.site, alert.conversationKey, alert.otherParty]);
    if (seen.has(key)) continue;
    seen.add(key);
    latest.push(alert);
  }
  return latest;
}
