import { describe, expect, it } from 'vitest';
import type { LifecycleEvent } from '../protocol/messages';
import { GAP_MS, summariseActivity } from './activity';

const HOUR = 60 * 60 * 1000;
let nextId = 1;
const event = (kind: LifecycleEvent['kind'], time: number, version = '0.1.0'): LifecycleEvent => ({ id: nextId++, kind, time, version });

describe('activity summary', () => {
  it('finds the last start, install and update', () => {
    const summary = summariseActivity([event('started', 5), event('installed', 1), event('started', 9), event('updated', 7, '0.2.0'), event('started', 2)]);
    expect([summary.lastStart?.time, summary.lastInstall?.time, summary.lastUpdate?.time, summary.firstStart?.time]).toEqual([9, 1, 7, 2]);
  });

  it('lists gaps longer than 48 hours between consecutive starts, newest first', () => {
    const starts = [0, 10 * HOUR, 58 * HOUR + 1, 60 * HOUR, 200 * HOUR].map((t) => event('started', t));
    expect(summariseActivity(starts.reverse()).gaps).toEqual([
      { from: 60 * HOUR, to: 200 * HOUR },
      { from: 10 * HOUR, to: 58 * HOUR + 1 },
    ]);
  });

  it('does not count a gap of exactly 48 hours, nor one before an install', () => {
    expect(summariseActivity([event('started', 0), event('started', GAP_MS)]).gaps).toEqual([]);
    expect(summariseActivity([event('installed', 0), event('started', 10 * GAP_MS)]).gaps).toEqual([]);
  });

  it('says nothing is known when there are no events', () => {
    expect(summariseActivity([])).toEqual({ lastStart: null, lastInstall: null, lastUpdate: null, firstStart: null, gaps: [] });
  });
});
