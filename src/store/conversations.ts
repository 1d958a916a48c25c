// Each conversation's risk state: the highest level it reached, when, and why, and the reasons the
// child was already prompted for (issue "In-page protection": one prompt per reason per
// conversation unless it escalates, across reloads). Written with every stored alert and every
// prompt, pruned with the alerts (retention), so it never outlives the history it sums up.
import { LEVELS, type Category, type Level } from '../engine/types';
import type { ConversationRef, PromptedReason } from '../protocol/messages';
import type { ConversationRecord, HeadsUpDb } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reasons kept per conversation: a group chat has a few people and 16 categories, no more. */
export const MAX_PROMPTED = 200;
const rank = (level: Level) => LEVELS.indexOf(level);

/** Raise (never lower) a conversation's level and add the new categories; what was prompted stays. */
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
    if (known?.prompted) state.prompted = known.prompted;
    await db.conversations.put(state);
    return state;
  });
}

export async function getConversationRisk(db: HeadsUpDb, site: string, conversationKey: string): Promise<ConversationRecord | undefined> {
  return db.conversations.get([site, conversationKey]);
}

/**
 * Add reasons to what was prompted, keeping one entry per (other party, category) at the highest
 * level it was prompted at: a reason is prompted again only when its level rises.
 */
export function mergePrompted(known: readonly PromptedReason[], added: readonly PromptedReason[]): PromptedReason[] {
  const merged = new Map<string, PromptedReason>();
  for (const reason of [...known, ...added]) {
    const id = JSON.stringify([reason.otherParty, reason.category]);
    const seen = merged.get(id);
    if (!seen || rank(reason.level) > rank(seen.level)) merged.set(id, { otherParty: reason.otherParty, category: reason.category, level: reason.level });
  }
  return [...merged.values()].slice(-MAX_PROMPTED);
}

/** The reasons of `added` that `known` does not already cover (same person and kind, as high a level). */
export function freshPrompted(known: readonly PromptedReason[], added: readonly PromptedReason[]): PromptedReason[] {
  return added.filter((reason) => !known.some((k) => k.otherParty === reason.otherParty && k.category === reason.category && rank(k.level) >= rank(reason.level)));
}

/**
 * Remember that the child was prompted for these reasons in this conversation. Returns the new
 * state and the reasons that were not recorded before: read and written in one transaction, so of
 * two tabs showing the same chat only the first to record a reason shows its prompt (warnings.ts).
 */
export async function recordPrompted(db: HeadsUpDb, site: string, conversationKey: string, prompted: readonly PromptedReason[], now = Date.now()): Promise<{ record: ConversationRecord; fresh: PromptedReason[] }> {
  return db.transaction('rw', db.conversations, async () => {
    const known = await db.conversations.get([site, conversationKey]);
    const fresh = freshPrompted(known?.prompted ?? [], prompted);
    const highest = prompted.reduce<Level>((level, reason) => (rank(reason.level) > rank(level) ? reason.level : level), known?.level ?? 'none');
    const state: ConversationRecord = {
      site,
      conversationKey,
      level: highest,
      updatedAt: now,
      otherParty: known?.otherParty ?? prompted[prompted.length - 1]?.otherParty ?? '',
      categories: known?.categories ?? [],
      prompted: mergePrompted(known?.prompted ?? [], prompted),
    };
    await db.conversations.put(state);
    return { record: state, fresh };
  });
}

export async function deleteConversationsOlderThan(db: HeadsUpDb, days: number, now = Date.now()): Promise<number> {
  return db.conversations.where('updatedAt').below(now - days * DAY_MS).delete();
}
