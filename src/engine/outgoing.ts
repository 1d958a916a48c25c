// The engine's small public interface for the page (issue "In-page protection"): the send check
// runs in the chat tab, synchronously, before the page's own send, so it reads only the child's
// message with the four outgoing rules. Everything else (incoming rules, conversation scoring)
// runs in the background and never loads into the chat tab; importing only this file keeps the
// content script small. engine.ts re-exports it for node (tests, scan CLI).
import { analyseText, readText } from './analyse';
import { OUTGOING_RULES } from './outgoing-rules';
import { replyReason } from './replies';
import type { Category, Reason } from './types';

/**
 * What a message the child is about to send would disclose, read as the conversation would read
 * it next (conversation.ts): its own words, or a bare "ok" agreeing to the secret or meeting the
 * last incoming message asked for (`answered`: that message's categories).
 */
export function previewOutgoing(text: string, answered: ReadonlySet<Category> = new Set()): Reason[] {
  const normalised = readText({ direction: 'outgoing', text });
  const reasons = analyseText(normalised, 'outgoing', OUTGOING_RULES);
  const reply = replyReason(normalised, answered, reasons);
  return reply ? [...reasons, reply] : reasons;
}
