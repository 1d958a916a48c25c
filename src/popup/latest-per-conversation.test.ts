import { describe, expect, it } from 'vitest';
import type { AlertRecord } from '../protocol/messages';
import { latestPerConversation } from './latest-per-conversation';

const alert = (id: number, time: number, conversationKey: string, level: AlertRecord['level']): AlertRecord => ({
  id, time, site: 'discord.com', conversationKey, otherParty: 'kai', level, categories: [], reasons: [], seen: false,
});

describe('latestPerConversation', () => {
  it('keeps the newest alert of each conversation, newest conversation first', () => {
    const alerts = [alert(3, 30, 'a', 'danger'), alert(2, 20, 'b', 'warning'), alert(1, 10, 'a', 'warning')];
    expect(latestPerConversation(alerts).map((a) => a.id)).toEqual([3, 2]);
  });
  it('is empty for no alerts', () => {
    expect(latestPerConversation([])).toEqual([]);
  });
});
