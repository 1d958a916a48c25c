// Turns a conversation's findings into at most one prompt per reason, across reloads: before the
// first decision in a conversation it asks the background what was already prompted there
// ('conversation/get'); after each decision it records the new reasons ('conversation/prompted')
// and stores the alert ('alert/report'). Decisions run one at a time, in message order, so a
// history read on load never races the answer from the background.
import type { Category, Level } from '../engine/types';
import type { AgeBand } from '../policy/policy';
import type { ContentSettings, PromptedReason, Request, RequestType, Responses } from '../protocol/messages';
// Pure (types only from the store's Dexie side), shared so both sides merge reasons alike.
import { mergePrompted } from '../store/conversations';
import { decideAlert, type Candidate } from './decide';

export interface WarningView {
  level: Level;
  otherParty: string;
  categories: Category[];
  /** The child's age band, for the wording. */
  ageBand?: AgeBand;
}

export interface WarningsDeps {
  settings(): ContentSettings;
  show(warning: WarningView): void;
  send<T extends RequestType>(request: Request<T>): Promise<Responses[T]>;
  site(): string;
}

export class Warnings {
  /** What was prompted per conversation key: reasons only (person, category, level), no text. */
  private readonly prompted = new Map<string, Promise<PromptedReason[]>>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: WarningsDeps) {}

  /** Consider one person's findings in a conversation; returns when it was decided (for tests). */
  consider(conversationKey: string, candidate: Candidate): Promise<void> {
    this.queue = this.queue.then(() => this.decide(conversationKey, candidate)).catch((e: unknown) => console.debug('[Heads Up] could not decide about a warning:', e));
    return this.queue;
  }

  private promptedIn(conversationKey: string): Promise<PromptedReason[]> {
    let known = this.prompted.get(conversationKey);
    if (!known) {
      // Without an answer (the extension was reloaded), prompts still show: better twice than never.
      known = this.deps.send({ type: 'conversation/get', key: conversationKey }).then(
        (state) => state.prompted,
        () => [],
      );
      this.prompted.set(conversationKey, known);
    }
    return known;
  }

  private async decide(conversationKey: string, candidate: Candidate): Promise<void> {
    const prompted = await this.promptedIn(conversationKey);
    const decision = decideAlert(candidate, this.deps.settings(), prompted);
    if (!decision) return;
    this.prompted.set(conversationKey, Promise.resolve(mergePrompted(prompted, decision.prompted)));
    if (decision.show) this.deps.show({ level: decision.level, otherParty: decision.otherParty, categories: decision.shownCategories, ageBand: this.deps.settings().ageBand });
    const conversation = { site: this.deps.site(), key: conversationKey, otherParty: decision.otherParty };
    const results = await Promise.allSettled([
      this.deps.send({ type: 'conversation/prompted', key: conversationKey, prompted: decision.prompted }),
      this.deps.send({ type: 'alert/report', conversation, level: decision.level, reasons: decision.reasons }),
    ]);
    // The extension was reloaded or updated: this page's script is orphaned and stops quietly.
    for (const result of results) if (result.status === 'rejected') console.debug('[Heads Up] could not tell the background:', result.reason);
  }
}
