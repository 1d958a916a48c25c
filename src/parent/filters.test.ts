import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '../protocol/messages';
import { groupByConversation } from './conversations';
import { filterAlerts, filterChoices, isFiltered, NO_FILTER } from './filters';

const day = (d: number, hour = 12) => new Date(2025, 5, d, hour).getTime();

function alert(id: number, patch: Partial<AlertRecord>): AlertRecord {
  return { id, time: day(10), site: 'discord.com', conversationKey: 'dm/1', otherParty: 'kai', level: 'warning', categories: ['secrecy'], reasons: [], seen: false, ...patch };
}

const alerts = [
  alert(1, { time: day(10) }),
  alert(2, { time: day(12), level: 'danger', categories: ['photo_request', 'secrecy'] }),
  alert(3, { time: day(14, 23), site: 'www.instagram.com', conversationKey: 'c/9', otherParty: 'sam', categories: ['age_probe'] }),
];

describe('alert filters', () => {
  it('keeps everything without a filter', () => {
    expect(filterAlerts(alerts, NO_FILTER)).toHaveLength(3);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('filters by site, contact, level and category', () => {
    const ids = (patch: Partial<typeof NO_FILTER>) => filterAlerts(alerts, { ...NO_FILTER, ...patch }).map((a) => a.id);
    expect(ids({ site: 'discord.com' })).toEqual([1, 2]);
    expect(ids({ contact: 'sam' })).toEqual([3]);
    expect(ids({ level: 'danger' })).toEqual([2]);
    expect(ids({ category: 'secrecy' })).toEqual([1, 2]);
    expect(ids({ site: 'discord.com', category: 'age_probe' })).toEqual([]);
    expect(isFiltered({ ...NO_FILTER, level: 'danger' })).toBe(true);
  });

  it('takes whole local days, both ends included', () => {
    const ids = (from: string, to: string) => filterAlerts(alerts, { ...NO_FILTER, from, to }).map((a) => a.id);
    expect(ids('2025-06-12', '2025-06-14')).toEqual([2, 3]);
    expect(ids('', '2025-06-12')).toEqual([1, 2]);
    expect(ids('2025-06-13', '')).toEqual([3]);
    expect(ids('not a date', '')).toEqual([1, 2, 3]);
  });

  it('offers only the values that occur, sorted', () => {
    expect(filterChoices(alerts)).toEqual({ sites: ['discord.com', 'www.instagram.com'], contacts: ['kai', 'sam'], categories: ['age_probe', 'photo_request', 'secrecy'] });
  });
});

describe('conversations', () => {
  it('groups by site and thread, newest conversation and alert first, with the highest level', () => {
    const groups = groupByConversation(alerts);
    expect(groups.map((g) => [g.site, g.alerts.map((a) => a.id), g.highest])).toEqual([
      ['www.instagram.com', [3], 'warning'],
      ['discord.com', [2, 1], 'danger'],
    ]);
    expect(groups[1]?.lastTime).toBe(day(12));
  });

  it('keeps the same thread key on two sites apart', () => {
    expect(groupByConversation([alert(1, {}), alert(2, { site: 'other.example' })])).toHaveLength(2);
  });
});
