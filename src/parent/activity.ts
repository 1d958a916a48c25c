// Tamper visibility (issue "Parent policy, popup and local history"): when Heads Up was last
// started, installed and updated, and the long gaps between starts. Kept honest: an MV3 service
// worker starts many times a day while the browser is used, but not at all while the computer is
// off, so a gap means "Heads Up was not running", which may be removal, a disabled extension,
// another browser, or simply a computer nobody used. A browser extension cannot stop its own
// removal; a reinstall wipes its history, which shows as a recent 'installed' date.
import type { LifecycleEvent } from '../protocol/messages';

/** Starts further apart than this are listed (48 h: a day without the computer is ordinary, two whole days are worth a look). */
export const GAP_MS = 48 * 60 * 60 * 1000;

export interface ActivityGap {
  from: number;
  to: number;
}

export interface ActivitySummary {
  lastStart: LifecycleEvent | null;
  lastInstall: LifecycleEvent | null;
  lastUpdate: LifecycleEvent | null;
  /** The oldest start still kept (starts are pruned with the alerts): gaps before it cannot be seen. */
  firstStart: LifecycleEvent | null;
  /** Newest first. */
  gaps: ActivityGap[];
}

const newest = (events: LifecycleEvent[], kind: LifecycleEvent['kind']) =>
  events.filter((e) => e.kind === kind).reduce<LifecycleEvent | null>((best, e) => (best === null || e.time > best.time ? e : best), null);

export function summariseActivity(events: readonly LifecycleEvent[], gapMs = GAP_MS): ActivitySummary {
  const all = [...events];
  const starts = all.filter((e) => e.kind === 'started').sort((a, b) => a.time - b.time);
  const gaps: ActivityGap[] = [];
  for (let i = 1; i < starts.length; i++) {
    const from = (starts[i - 1] as LifecycleEvent).time;
    const to = (starts[i] as LifecycleEvent).time;
    if (to - from > gapMs) gaps.push({ from, to });
  }
  return {
    lastStart: newest(all, 'started'),
    lastInstall: newest(all, 'installed'),
    lastUpdate: newest(all, 'updated'),
    firstStart: starts[0] ?? null,
    gaps: gaps.reverse(),
  };
}
