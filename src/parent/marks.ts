// Which alerts a false-alarm mark covers. The content script keeps a contact's marked rules quiet
// all together (settings/get merges them per contact), so an alert counts as marked when every
// one of its rules is among its contact's marked rules on its site.
import type { AlertRecord, Suppression } from '../protocol/messages';
import { ruleText } from '../ui/rule-text';

export function isMarkedFalseAlarm(alert: AlertRecord, suppressions: readonly Suppression[]): boolean {
  const site = alert.site.toLowerCase();
  const quiet = new Set(suppressions.filter((s) => s.site === site && s.otherParty === alert.otherParty).flatMap((s) => s.ruleIds));
  return alert.reasons.length > 0 && alert.reasons.every((r) => quiet.has(r.ruleId));
}

/** A rule's description from the stored alerts, for marks (which keep only rule ids); the newest alert's wording wins. */
export function ruleDescriptions(alerts: readonly AlertRecord[]): Map<string, string> {
  const newestLast = [...alerts].sort((a, b) => a.time - b.time);
  return new Map(newestLast.flatMap((a) => a.reasons.map((r) => [r.ruleId, ruleText(r.ruleId, r.description)] as const)));
}
