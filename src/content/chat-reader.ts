// Hands the chat the watcher reads to the engine in the background ('chat/read'), in order, and
// each finding back to the warnings. The engine runs there, on the same device, so the chat tab
// loads only the small send check (issue "In-page protection": content-script size) and the
// page's main thread does not pay for the rules. A message waits here only until the next send
// (the end of the watcher's idle slice), so the content script keeps no copy of the chat.
import { MAX_MESSAGE_LENGTH } from '../engine/analyse';
import type { Category, Sensitivity } from '../engine/types';
import type { ChatLine, ChatReadResult, LastIncoming, PersonFindings, Request } from '../protocol/messages';

/** Messages per request at most (the background's MAX_CHAT_BATCH): a long history goes in several. */
export const CHAT_BATCH = 500;

export interface ChatReaderDeps {
  send(request: Request<'chat/read'>): Promise<ChatReadResult>;
  sensitivity: Sensitivity;
  /** One person's findings, in message order. */
  onFindings(findings: PersonFindings): void;
  /** The background forgot this reading (it was stopped and started): read the chat again. */
  onLost(): void;
}

const NOTHING_ASKED: ReadonlySet<Category> = new Set();

/** A name for one reading of one chat; the background keeps one reading per tab and frame. */
function readingId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
}

export class ChatReader {
  readonly id = readingId();
  private pending: ChatLine[] = [];
  private sent = 0;
  private sending = false;
  private stopped = false;
  private lastIncoming: LastIncoming | null = null;

  constructor(private readonly deps: ChatReaderDeps) {}

  /** The person the child is answering (the last one who wrote), or null before anyone has. */
  get contact(): string | null {
    return this.lastIncoming?.author ?? null;
  }

  /** What that person's last message asked for (a bare "ok" answers it: engine/outgoing.ts). */
  get answered(): ReadonlySet<Category> {
    return this.lastIncoming ? new Set(this.lastIncoming.categories) : NOTHING_ASKED;
  }

  add(message: ChatLine): void {
    if (this.stopped) return;
    this.pending.push({ direction: message.direction, author: message.author, text: message.text.slice(0, MAX_MESSAGE_LENGTH) });
    if (this.sending) return;
    this.sending = true;
    // Messages read in the same task (one idle slice of the watcher) go together.
    queueMicrotask(() => void this.drain());
  }

  /** Stop for good: nothing more is sent, findings still on their way are dropped. */
  stop(): void {
    this.stopped = true;
    this.pending = [];
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0 && !this.stopped) {
        const messages = this.pending.splice(0, CHAT_BATCH);
        const result = await this.deps.send({ type: 'chat/read', session: this.id, seq: this.sent, sensitivity: this.deps.sensitivity, messages });
        if (this.stopped) return;
        this.sent += messages.length;
        if (!result.known) {
          this.stop();
          this.deps.onLost();
          return;
        }
        this.lastIncoming = result.lastIncoming;
        for (const findings of result.findings) this.deps.onFindings(findings);
      }
    } catch (e) {
      // No background (the extension was reloaded or removed): this page's script is orphaned.
      console.debug('[Heads Up] could not read the chat:', e);
      this.stop();
    } finally {
      this.sending = false;
    }
  }
}
