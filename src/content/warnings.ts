// Turns a conversation's findings into at most one prompt per reason, across reloads: before the
// first decision in a conversation it asks the background what was already prompted there
// ('conversation/get'); before showing a prompt it records the new reasons and learns which were
// not recorded yet ('conversation/prompted': two tabs with the same chat prompt once), then stores
// the alert ('alert/report'). Decisions run one at a time, in message order, so a
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
    // Claim the reasons before showing them: another tab with the same chat may have just done so.
    const fresh = await this.claim(conversationKey, decision.prompted);
    if (fresh?.length === 0) return; // that tab showed the prompt and stored the alert
    const freshCategories = fresh && new Set(fresh.map((reason) => reason.category));
    const categories = freshCategories ? decision.shownCategories.filter((category) => freshCategories.has(category)) : decision.shownCategories;
    if (decision.show && categories.length > 0) this.deps.show({ level: decision.level, otherParty: decision.otherParty, categories, ageBand: this.deps.settings().ageBand });
    const conversation = { site: this.deps.site(), key: conversationKey, otherParty: decision.otherParty };
    const results = await Promise.allSettled([this.deps.send({ type: 'alert/report', conversation, level: decision.level, reasons: decision.reasons })]);
    for (const result of results) if (result.status === 'rejected') console.debug('[Heads Up] could not tell the background:', result.reason);
  }

  /** The reasons not recorded before (null: no answer, so show them: better twice than never). */
  private async claim(conversationKey: string, prompted: PromptedReason[]): Promise<PromptedReason[] | null> {
    try {
      return (await this.deps.send({ type: 'conversation/prompted', key: conversationKey, prompted })).fresh;
    } catch (e) {
      console.debug('[Heads Up] could not record the prompt:', e);
      return null;
    }
  }
}
