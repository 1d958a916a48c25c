// The one place in the page where Heads Up speaks (issue "In-page protection": never two prompts
// in the page at once). A newer warning replaces the one showing; while the child decides about a
// message they are sending, a warning waits and shows when the decision is made, so the question
// the child is answering never disappears under them. Each prompt is Preact in its own shadow
// root (createShadowRootUi), placed clear of the chat's message box.
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Category } from '../../engine/types';
import type { WarningView } from '../warnings';
import { ConfirmSend } from './ConfirmSend';
import { placeAwayFrom, placeJustAbove, type Placement } from './placement';
import { Prompt } from './Prompt';
import css from './prompt.css?inline';

/** The element name every Heads Up prompt has in the page (tests look for it). */
export const PROMPT_ELEMENT = 'heads-up-prompt';

type Shown = { kind: 'warning'; ui: ShadowRootContentScriptUi<HTMLElement>; warning: WarningView } | { kind: 'confirm'; ui: ShadowRootContentScriptUi<HTMLElement> };

export class PromptSlot {
  private shown: Shown | null = null;
  /** A warning that arrived while the child was deciding about a send. */
  private waiting: WarningView | null = null;
  /** Mounting is asynchronous: one change at a time, in order. */
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ContentScriptContext,
    /** The chat's message box now, to keep clear of. */
    private readonly field: () => Element | null,
  ) {
    ctx.onInvalidated(() => this.clear());
  }

  showWarning(warning: WarningView): void {
    void this.run(async () => {
      if (this.shown?.kind === 'confirm') {
        this.waiting = warning;
        return;
      }
      const ui = await this.mount((close) => <Prompt {...warning} style={this.style(placeAwayFrom)} onDismiss={close} />);
      this.shown = { kind: 'warning', ui, warning };
    });
  }

  /** Ask "are you sure?"; resolves true for "Send anyway", false for "Don't send". */
  confirmSend(categories: readonly Category[]): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      this.run(async () => {
        if (this.shown?.kind === 'warning') this.waiting ??= this.shown.warning;
        let answered = false;
        const ui = await this.mount((close) => (
          <ConfirmSend
            categories={categories}
            style={this.style(placeJustAbove)}
            onChoice={(send) => {
              if (answered) return;
              answered = true;
              close();
              resolve(send);
              this.showWaiting();
            }}
          />
        ));
        this.shown = { kind: 'confirm', ui };
      }).catch((e: unknown) => {
        // No dialog, no question: the page's own send must still work (never break the page).
        console.debug('[Heads Up] could not ask before sending:', e);
        resolve(true);
      });
    });
  }

  clear(): void {
    this.waiting = null;
    this.shown?.ui.remove();
  }

  private showWaiting(): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) this.showWarning(waiting);
  }

  private run(change: () => Promise<void>): Promise<void> {
    const next = this.work.then(change);
    this.work = next.catch((e: unknown) => console.debug('[Heads Up] could not show the prompt:', e));
    return next;
  }

  private style(place: (field: DOMRect | null, viewportHeight: number) => Placement) {
    const placement = place(this.field()?.getBoundingClientRect() ?? null, window.innerHeight);
    const maxHeight = `${placement.maxHeight}px`;
    return 'top' in placement ? { top: `${placement.top}px`, maxHeight } : { top: 'auto', bottom: `${placement.bottom}px`, maxHeight };
  }

  /** Replace whatever is showing with a new prompt; `close` removes it again. */
  private async mount(content: (close: () => void) => VNode): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.shown?.ui.remove();
    this.shown = null;
    const ui: ShadowRootContentScriptUi<HTMLElement> = await createShadowRootUi<HTMLElement>(this.ctx, {
      name: PROMPT_ELEMENT,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css,
      // Keys typed in the prompt must not reach the page's own shortcuts (e.g. a chat's Enter).
      isolateEvents: true,
      onMount: (container) => {
        render(content(() => ui.remove()), container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
        if (this.shown?.ui === ui) this.shown = null;
      },
    });
    ui.mount();
    return ui;
  }
}
