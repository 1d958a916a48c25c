// The chats the engine is reading, one per tab and frame (issue "In-page protection"): the chat
// tab sends its messages and the engine runs here, so the content script stays small and the page's
// main thread does not pay for the rules. State lives only in memory: a browser may stop the
// background when idle (MV3), and then the content script is told to read its chat again.
import type { Sensitivity } from '../engine/types';
import type { ChatLine, ChatReadResult } from '../protocol/messages';
import { ChatSession } from './chat-session';

/** Open chats at most: far more than the tabs a child has open; the least recently read goes first. */
export const MAX_OPEN_CHATS = 64;

interface OpenChat {
  /** The content script's name for this reading of the chat. */
  id: string;
  session: ChatSession;
}

export class ChatSessions {
  /** By tab and frame, least recently read first (a Map keeps insertion order). */
  private readonly open = new Map<string, OpenChat>();

  /**
   * Read the next messages of one chat. `seq` is how many messages the content script sent in
   * this reading before these: a reading the background does not know (it was restarted, or a
   * batch went missing) is refused, so findings never come from half a conversation.
   */
  read(place: string, id: string, seq: number, sensitivity: Sensitivity, messages: readonly ChatLine[]): ChatReadResult {
    const current = this.open.get(place);
    // A stale reading's late batch must not end the reading now in force there.
    if (current?.id !== id && seq !== 0) return { known: false };
    const chat = current?.id === id ? current : { id, session: new ChatSession({ sensitivity }) };
    this.open.delete(place);
    if (chat.session.messagesRead !== seq) return { known: false };
    this.open.set(place, chat);
    for (const [oldest] of this.open) {
      if (this.open.size <= MAX_OPEN_CHATS) break;
      this.open.delete(oldest);
    }
    const findings = messages.flatMap((message) => chat.session.add(message) ?? []);
    return { known: true, findings, lastIncoming: chat.session.answering };
  }

  /** A tab closed: forget its chats. */
  forgetTab(tabId: number): void {
    for (const place of [...this.open.keys()]) if (place.startsWith(`${tabId}:`)) this.open.delete(place);
  }

  get size(): number {
    return this.open.size;
  }
}
