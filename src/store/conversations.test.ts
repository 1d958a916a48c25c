import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PromptedReason } from '../protocol/messages';
import { getConversationRisk, MAX_PROMPTED, mergePrompted, recordConversationRisk, recordPrompted } from './conversations';
import { HeadsUpDb } from './db';

const NOW = Date.UTC(2025, 5, 30);
const reason = (otherParty: string, category: PromptedReason['category'], level: PromptedReason['level']): PromptedReason => ({ otherParty, category, level });

describe('mergePrompted', () => {
  it('keeps one entry per person and category, at the highest level', () => {
    expect(mergePrompted([reason('kai', 'age_probe', 'danger')], [reason('kai', 'age_probe', 'warning'), reason('leo', 'age_probe', 'warning')])).toEqual([
      reason('kai', 'age_probe', 'danger'),
      reason('leo', 'age_probe', 'warning'),
    ]);
    expect(mergePrompted([reason('kai', 'secrecy', 'warning')], [reason('kai', 'secrecy', 'danger')])).toEqual([reason('kai', 'secrecy', 'danger')]);
  });

  it('stays bounded', () => {
    const many = Array.from({ length: MAX_PROMPTED + 50 }, (_, i) => reason(`p${i}`, 'age_probe', 'warning'));
    expect(mergePrompted([], many)).toHaveLength(MAX_PROMPTED);
  });
});

describe('recordPrompted', () => {
  let db: HeadsUpDb;
  beforeEach(() => {
    db = new HeadsUpDb(`conversations-test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('creates the conversation when no alert was stored yet, and raises its level', async () => {
    await recordPrompted(db, 'discord.com', 'dm/1', [reason('kai', 'age_probe', 'warning')], NOW);
    expect(await getConversationRisk(db, 'discord.com', 'dm/1')).toEqual({
      site: 'discord.com',
      conversationKey: 'dm/1',
      level: 'warning',
      updatedAt: NOW,
      otherParty: 'kai',
      categories: [],
      prompted: [reason('kai', 'age_probe', 'warning')],
    });
  });

  it('survives a later risk update of the same conversation', async () => {
    await recordPrompted(db, 'discord.com', 'dm/1', [reason('kai', 'age_probe', 'warning')], NOW);
    await recordConversationRisk(db, { site: 'discord.com', key: 'dm/1', otherParty: 'kai' }, 'danger', ['secrecy'], NOW + 1);
    const state = await getConversationRisk(db, 'discord.com', 'dm/1');
    expect(state).toMatchObject({ level: 'danger', categories: ['secrecy'], prompted: [reason('kai', 'age_probe', 'warning')] });
  });
});
