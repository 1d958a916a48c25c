// One conversation's state in the content script: the engine's tracker. Message text passes
// through the engine and is not kept.
import { Conversation, LEVELS, type Category, type Level } from '../engine/engine';
import type { AlertReason } from '../protocol/messages';
import type { AdapterMessage } from './adapters/adapter';

/** The child should be told now: the conversation reached this level because of these reasons. */
export interface Escalation {
  level: Level;
  otherParty: string;
  categories: Category[];
  reasons: AlertReason[];
}

const rank = (level: Level) => LEVELS.indexOf(level);

export class ChatSession {
  private readonly tracker = new Conversation();

  constructor(readonly key: string) {}

  /**
   * Read one message. The engine's level never falls within a conversation, so each rise to
   * warning or danger is reported exactly once: one prompt per reason unless it escalates.
   */
  read(message: AdapterMessage): Escalation | null {
    const change = this.tracker.add(message).change;
    if (!change || rank(change.to) < rank('warning')) return null;
    const reasons = new Map(change.reasons.map((r) => [r.ruleId, { ruleId: r.ruleId, category: r.category, description: r.description }]));
    return {
      level: change.to,
      otherParty: change.author,
      categories: [...new Set(change.reasons.map((r) => r.category))],
      reasons: [...reasons.values()],
    };
  }
}
