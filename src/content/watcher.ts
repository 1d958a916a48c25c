// Watches one page's chat at little cost (issue 5, "Observation that costs little"): one
// MutationObserver on the chat log, new messages batched and read in idle time, each message
// element read once, history read in short slices so a 10,000-message chat never freezes the tab.
// Hostile pages (tests/e2e/hostile-page.e2e.ts) shaped the limits below: a flood of mutations
// must cost the page little and keep memory bounded, and no error may ever reach the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AdapterMessage, ChatAdapter } from './adapters/adapter';

/**
 * Message elements read per idle slice at most. The idle deadline (≤ 50 ms, RAIL) is what really
 * bounds a slice; this only caps a slice on a very fast machine. A new idle callback waits for the
 * next idle period (~100 ms later on an idle page), so a small cap made a 10,000-message history
 * take 5 s to read (npm run bench).
 */
const CHUNK = 1000;
/** When the browser forces an idle callback on a busy page, read for at most this long. */
const FORCED_SLICE_MS = 8;
/** Waiting message elements kept at most: in a flood, the newest are the ones worth reading. */
export const MAX_QUEUE = 20_000;
/** How often at most the page is searched for a chat log while none is found. */
const SEARCH_INTERVAL_MS = 1000;
/**
 * How often the watched log is checked for still being in the page: a single-page chat may swap
 * it out without touching it, and the log's own observer cannot see that.
 */
const LOG_CHECK_INTERVAL_MS = 2000;

export interface WatchedMessage extends AdapterMessage {
  conversationKey: string;
}

export class ChatWatcher {
  private log: Element | null = null;
  private logObserver: MutationObserver | null = null;
  private pageObserver: MutationObserver | null = null;
  private logCheck: number | null = null;
  private readonly seen = new WeakSet<Element>();
  /** Elements waiting to be read, oldest first; a Set so none waits twice. */
  private queue = new Set<Element>();
  /** A container holding several messages arrived: look through the whole log once, in idle time. */
  private rescan = false;
  private flushScheduled = false;
  private searchScheduled = false;
  /** Bumped by stop(), so callbacks scheduled before it do nothing. */
  private generation = 0;
  /** Removes the invalidation listener: a page that changes thread often makes many watchers. */
  private forgetInvalidation: (() => void) | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: ChatAdapter,
    private readonly onMessage: (message: WatchedMessage) => void,
  ) {}

  /** Find the chat (now or when it appears) and read it. */
  start(): void {
    if (this.ctx.isInvalid) return;
    this.forgetInvalidation ??= this.ctx.onInvalidated(() => this.detach());
    this.guard(() => {
      if (!this.attach()) this.waitForLog();
    });
  }

  /** Forget the current chat and look again, e.g. after navigation inside a single-page app. */
  restart(): void {
    this.detach();
    this.start();
  }

  /** Stop watching for good (start() may begin again). */
  stop(): void {
    this.detach();
    this.forgetInvalidation?.();
    this.forgetInvalidation = null;
  }

  private detach(): void {
    this.generation++;
    this.logObserver?.disconnect();
    this.pageObserver?.disconnect();
    this.logObserver = this.pageObserver = null;
    if (this.logCheck !== null) clearInterval(this.logCheck);
    this.logCheck = null;
    this.log = null;
    this.queue.clear();
    this.rescan = this.flushScheduled = this.searchScheduled = false;
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
    const restartIfGone = () => {
      if (this.log?.isConnected === false) this.restart();
    };
    this.logCheck = this.ctx.setInterval(() => this.guard(restartIfGone), LOG_CHECK_INTERVAL_MS);
    return true;
  }

  /** Until a chat log appears, look for one at most once a second as the page changes. */
  private waitForLog(): void {
    if (this.pageObserver || !document.body) return;
    const generation = this.generation;
    this.pageObserver = new MutationObserver(() => {
      if (this.searchScheduled) return;
      this.searchScheduled = true;
      this.ctx.setTimeout(() => {
        this.searchScheduled = false;
        if (generation === this.generation && !this.log) this.guard(() => this.attach());
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
      const nodes = record.type === 'childList' ? record.addedNodes : [record.target];
      for (const node of nodes) {
        const message = this.adapter.messageOf(node, log);
        if (!message) continue;
        // messageOf names one message per node; a container the page added at once (older
        // history, a new run) may hold several, so those are found by one look through the log.
        if (message !== node && node.contains(message)) this.rescan = true;
        found.push(message);
      }
    }
    this.enqueue(found);
  }

  private enqueue(elements: Iterable<Element>): void {
    for (const element of elements) if (!this.seen.has(element)) this.queue.add(element);
    if (this.queue.size > MAX_QUEUE) this.trimQueue();
    if ((this.queue.size || this.rescan) && !this.flushScheduled) {
      this.flushScheduled = true;
      const generation = this.generation;
      const flushIfCurrent = (deadline: IdleDeadline) => {
        if (generation === this.generation) this.flush(deadline);
      };
      this.ctx.requestIdleCallback((deadline) => this.guard(() => flushIfCurrent(deadline)), { timeout: 250 });
    }
  }

  /** Keeps memory bounded in a flood: drop what left the page, then the oldest. */
  private trimQueue(): void {
    for (const element of this.queue) if (!element.isConnected) this.queue.delete(element);
    for (const element of this.queue) {
      if (this.queue.size <= MAX_QUEUE) break;
      this.queue.delete(element);
    }
  }

  private flush(deadline: IdleDeadline): void {
    this.flushScheduled = false;
    const log = this.log;
    if (!log) return;
    if (this.rescan) {
      this.rescan = false;
      this.enqueue(this.adapter.messages(log));
    }
    const started = performance.now();
    const hasTime = () => (deadline.didTimeout ? performance.now() - started < FORCED_SLICE_MS : deadline.timeRemaining() > 1);
    const key = this.adapter.conversationKey(new URL(location.href), log);
    let read = 0;
    for (const element of this.queue) {
      if (read >= CHUNK || (read > 0 && !hasTime())) break;
      this.queue.delete(element);
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
    if (this.queue.size) this.enqueue([]);
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
