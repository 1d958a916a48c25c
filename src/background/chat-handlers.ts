// 'chat/read': the content script's chat messages, read by the engine here (chat-sessions.ts).
// Whatever a page put in its messages, the engine gets plain, bounded text; the findings that go
// back carry rule ids and categories, never the words.
import { MAX_MESSAGE_LENGTH, type Sensitivity } from '../engine/engine';
import type { ChatLine } from '../protocol/messages';
import { ChatSessions } from './chat-sessions';
import type { HandlerContext, Handlers } from './handler-types';
import { isText } from './validate';

/** Messages per request at most: the content script sends a long history in several. */
export const MAX_CHAT_BATCH = 500;
const MAX_SESSION_ID = 100;
const MAX_AUTHOR = 200;
const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];

/** Lives as long as the background does (a restart forgets it, and content scripts read again). */
export const CHAT_SESSIONS = new ChatSessions();

/** One tab's frame: each content script instance reads its own chat. */
function placeOf(context: HandlerContext): string {
  const tab = context.sender.tab?.id;
  if (tab === undefined) throw new Error('chat/read needs a tab');
  return `${tab}:${context.sender.frameId ?? 0}`;
}

/** A message as the engine may read it: a broken adapter's odd fields become empty text, not an error. */
function cleanLine(value: unknown): ChatLine {
  const line = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof ChatLine, unknown>>;
  return {
    direction: line.direction === 'outgoing' ? 'outgoing' : 'incoming',
    author: typeof line.author === 'string' ? line.author.slice(0, MAX_AUTHOR) : '',
    text: typeof line.text === 'string' ? line.text.slice(0, MAX_MESSAGE_LENGTH) : '',
  };
}

export const CHAT_HANDLERS: Handlers<'chat/read'> = {
  'chat/read': async (request, context) => {
    const { session, seq, sensitivity, messages } = request;
    if (!isText(session, MAX_SESSION_ID) || session === '') throw new Error('malformed chat session');
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) throw new Error('malformed chat sequence number');
    if (!Array.isArray(messages) || messages.length > MAX_CHAT_BATCH) throw new Error(`chat/read takes at most ${MAX_CHAT_BATCH} messages`);
    const chosen = SENSITIVITIES.includes(sensitivity) ? sensitivity : 'balanced';
    return CHAT_SESSIONS.read(placeOf(context), session, seq, chosen, messages.map(cleanLine));
  },
};
