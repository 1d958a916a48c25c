// The engine's public interface: the content script, the scan CLI and the benchmarks use only this.
export { Conversation, type ConversationOptions } from './conversation';
export { analyseMessage, MAX_MESSAGE_LENGTH } from './analyse';
export { RULES } from './registry';
export type { Rule } from './rule';
export * from './types';
