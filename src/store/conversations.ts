// Each conversation's risk state: the highest level it reached, when, and why. Written with every
// stored alert, pruned with the alerts (retention), so it never outlives the history it sums up.
import { LEVELS, type Category, type Level } from '../engine/types';
import type { ConversationRef } from '../protocol/messages';
import type { ConversationRecord, HeadsUpDb } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;
const rank = (level: Level) => LEVELS.indexOf(level);

/** Raise (never lower) a conversation's level and add the new categories. */
export async function recordConversationRisk(db: HeadsUpDb, conversation: ConversationRef, level: Level, categories: Category[], now = Date.now()): Promise<ConversationRecord> {
  return db.transaction('rw', db.conversations, async () => {
    const known = await db.conversations.get([conversation.site, conversation.key]);
    const state: ConversationRecord = {
      site: conversation.site,
      conversationKey: conversation.key,
      level: known && rank(known.level) > rank(level) ? known.level : level,
      updatedAt: now,
      otherParty: conversation.otherParty,
      categories: [...new Set([...(known?.categories ?? []), ...categories])],
    };
    await db.conversations.put(state);
    return state;
  });
}

export async function getConversationRisk(db: HeadsUpDb, site: string, conversationKey: string): Promise<ConversationRecord | undefined> {
  return db.conversations.get([site, conversationKey]);
}

export async function deleteConversationsOlderThan(db: HeadsUpDb, days: number, now = Date.now()): Promise<number> {
  return db.conversations.where('updatedAt').below(now - days * DAY_MS).delete();
}
