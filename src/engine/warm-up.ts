// A few made-up messages through a throwaway Conversation, once, when the background starts: the
// first real chat read after an MV3 worker wakes should not also pay for compiling the engine's
// hot paths and filling normalise's tables (10-30 ms for the first never-seen text, issue 4's
// bench). Nothing is kept: the conversation is dropped.
import { Conversation } from './conversation';
import type { ChatMessage } from './types';

const SAMPLES: readonly ChatMessage[] = [
  { direction: 'incoming', author: 'a', text: 'hey how old r u? u got snap' },
  { direction: 'outgoing', text: 'im 13 lol, mi dirección es calle 5' },
  { direction: 'incoming', author: 'b', text: 'Ѕеnd а р1с 📸🤫 — ¿cuántos años tenés? 日本 مرحبا e\u0301\u200b' },
  { direction: 'outgoing', text: 'ok' },
];

/** Reads the samples; returns how many messages it read. */
export function warmUpEngine(): number {
  const conversation = new Conversation();
  for (const message of SAMPLES) conversation.add(message);
  return SAMPLES.length;
}
