// The engine's public interface: the background, the scan CLI and the benchmarks use only this.
// The chat tab's send check uses outgoing.ts alone, which keeps the content script small.
import { analyseWith } from './analyse';
import { RULES } from './registry';
import type { Rule } from './rule';
import type { ChatMessage, Reason } from './types';

export { Conversation, type ConversationOptions } from './conversation';
export { MAX_MESSAGE_LENGTH } from './analyse';
export { INCOMING_RULES, RULES } from './registry';
export { OUTGOING_RULES } from './outgoing-rules';
export { previewOutgoing } from './outgoing';
export { warmUpEngine } from './warm-up';
export type { Rule } from './rule';
export * from './types';

/** Every match of every rule (or of the rules given) for one message, with quotes. */
export function analyseMessage(message: ChatMessage, rules: readonly Rule[] = RULES): Reason[] {
  return analyseWith(message, rules);
}
