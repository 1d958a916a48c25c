// Watches one page's chat at little cost: one MutationObserver on the chat log, new messages
// batched and read in idle time, each message element read once, history read in chunks so a
// 10,000-message chat never freezes the tab.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AdapterMessage, ChatAdapter } from './adapters/adapter';

/** Message elements read per idle slice at most. */
const CHUNK = 200;
/** How often at most the page is searched for a chat log while none is found. */
const SEARCH_INTERVAL_MS = 1000;

export interface WatchedMessage extends AdapterMessage {
  conversationKey: string;
}

export class ChatWatcher {
  private log: Element | null = null;
  private logObserver: MutationObserver | null = null;
  private pageObserver: MutationObserver | null = null;
  private readonly seen = new WeakSet<Element>();
  private queue: Element[] = [];
  private flushScheduled = false;
  private searchScheduled = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: ChatAdapter,
    private readonly onMessage: (message: WatchedMessage) => void,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  /** Find the chat (now or when it appears) and read it. */
  start(): void {
    if (this.ctx.isInvalid) return;
    this.guard(() => {
      if (!this.attach()) this.waitForLog();
    });
  }

  /** Forget the current chat and look again, e.g. after navigation inside a single-page app. */
  restart(): void {
    this.stop();
    this.start();
  }

  stop(): void {
    this.logObserver?.disconnect();
    this.pageObserver?.disconnect();
    this.logObserver = this.pageObserver = null;
    this.log = null;
    this.queue = [];
  }

  private attach(): boolean {
    const log = this.adapter.findLog(document);
    if (!log) return false;
    this.pageObserver?.disconnect();
    this.pageObserver = null;
    this.log = log;
    this.enqueue(this.adapter.messages(log));
    this.logObserver = new MutationObserver((records) => this.guard(() => this.onMutations(records)));
    this.logObserver.observe(log, { childList: true, subtree: true, characterData: true });
    return true;
  }

  /** Until a chat log appears, look for one at most once a second as the page changes. */
  private waitForLog(): void {
    if (this.pageObserver || !document.body) return;
    this.pageObserver = new MutationObserver(() => {
      if (this.searchScheduled) return;
      this.searchScheduled = true;
      this.ctx.setTimeout(() => {
        this.searchScheduled = false;
        this.guard(() => this.attach());
      }, SEARCH_INTERVAL_MS);
    });
    this.pageObserver.observe(document.body, { childList: true, subtree: true });
  }

  private onMutations(records: MutationRecord[]): void {
    const log = this.log;
    if (!log) return;
    if (!log.isConnected) return this.restart();
    const found: Element[] = [];
    for (const record of records) {
      const nodes = record.type === 'childList' ? Array.from(record.addedNodes) : [record.target];
      for (const node of nodes) {
        const message = this.adapter.messageOf(node, log);
        if (message && !this.seen.has(message)) found.push(message);
      }
    }
    this.enqueue(found);
  }

  private enqueue(elements: Element[]): void {
    for (const element of elements) if (!this.seen.has(element)) this.queue.push(element);
    if (this.queue.length && !this.flushScheduled) {
      this.flushScheduled = true;
      this.ctx.requestIdleCallback((deadline) => this.guard(() => this.flush(deadline)), { timeout: 250 });
    }
  }

  private flush(deadline: IdleDeadline): void {
    this.flushScheduled = false;
    const log = this.log;
    if (!log) return;
    const key = this.adapter.conversationKey(new URL(location.href), log);
    let read = 0;
    while (this.queue.length && read < CHUNK && (read === 0 || deadline.timeRemaining() > 1 || deadline.didTimeout)) {
      const element = this.queue.shift() as Element;
      if (this.seen.has(element) || !element.isConnected) continue;
      read++;
      // One odd message must not stop the others from being read.
      this.guard(() => {
        const message = this.adapter.read(element);
        // An element without text yet (still rendering) is read again when its text arrives.
        if (!message) return;
        this.seen.add(element);
        this.onMessage({ ...message, conversationKey: key });
      });
    }
    if (this.queue.length) this.enqueue([]);
  }

  /** Never let an error reach the page: log it and keep the page working. */
  private guard(work: () => void): void {
    try {
      work();
    } catch (e) {
      console.debug('[Heads Up] skipped a chat update:', e);
    }
  }
}
