// "Are you sure?" before sending (issue "In-page protection"): Enter in the chat's message box and
// clicks on its send button are seen first, in the capture phase at the window, before the page's
// own handlers. A message that discloses something waits for the child's choice; "Send anyway"
// sends it exactly once through the page's own path (the same kind of action again, let through
// once), "Don't send" leaves it in the box. The draft is read at that moment and never kept.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Category } from '../engine/types';
import { readDraft, type ComposerFinder } from './adapters/composer';
import { resend, type SendAction } from './resend';

export interface SendGuardDeps {
  /** Whether the guard acts on this page now (watched page, policy on). */
  active(): boolean;
  /** Where the child types and sends on this page. */
  composer(): ComposerFinder;
  /** What the draft would share, if it must be confirmed; null lets it go. */
  check(draft: string): readonly Category[] | null;
  /** Ask the child; true means "Send anyway". */
  confirm(categories: readonly Category[]): Promise<boolean>;
  /** Our own prompt's element name: events inside it are ours, not the chat's. */
  ownElement: string;
}

export class SendGuard {
  /** A synthetic send of ours is being dispatched: let it through, once. */
  private bypassing = false;
  /** A send is waiting for the child's choice: hold every other send until then. */
  private holding = false;

  constructor(
    ctx: ContentScriptContext,
    private readonly deps: SendGuardDeps,
  ) {
    const capture = { capture: true };
    ctx.addEventListener(window, 'keydown', (e: KeyboardEvent) => this.guard(e, () => this.onKeyDown(e)), capture);
    // The rest of an intercepted Enter press (keypress, keyup) must not send either.
    ctx.addEventListener(window, 'keypress', (e: KeyboardEvent) => this.guard(e, () => this.holdKey(e)), capture);
    ctx.addEventListener(window, 'keyup', (e: KeyboardEvent) => this.guard(e, () => this.holdKey(e)), capture);
    ctx.addEventListener(window, 'click', (e: MouseEvent) => this.guard(e, () => this.onClick(e)), capture);
  }

  private onKeyDown(event: KeyboardEvent): void {
    // Enter that picks a word in an input method (Japanese, Chinese, Korean…) is not a send.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    const target = targetOf(event);
    const field = target && this.deps.composer().fieldAt(target);
    if (field) this.intercept(event, field, { kind: 'enter', field });
  }

  private onClick(event: MouseEvent): void {
    const target = targetOf(event);
    const composer = this.deps.composer();
    const button = target && composer.sendButtonAt(target);
    const field = button && composer.fieldFor(button);
    if (button && field) this.intercept(event, field, { kind: 'click', button, field });
  }

  private holdKey(event: KeyboardEvent): void {
    if (this.holding && event.key === 'Enter') stop(event);
  }

  private intercept(event: Event, field: Element, action: SendAction): void {
    if (this.holding) return stop(event);
    if (!this.deps.active()) return;
    const categories = this.deps.check(readDraft(field));
    if (!categories) return;
    stop(event);
    this.holding = true;
    void this.deps.confirm(categories).then(
      (send) => this.decided(send, action),
      () => this.decided(true, action),
    );
  }

  private decided(send: boolean, action: SendAction): void {
    this.holding = false;
    if (!send) {
      // Back to the message, so the child can change it.
      if (action.field.isConnected) (action.field as HTMLElement).focus();
      return;
    }
    this.bypassing = true;
    try {
      resend(action);
    } catch (e) {
      console.debug('[Heads Up] could not send the message on:', e);
    } finally {
      this.bypassing = false;
    }
  }

  /** Never let an error reach the page, and never act on our own events or our own resend. */
  private guard(event: Event, work: () => void): void {
    if (this.bypassing || !event.isTrusted) return;
    const target = targetOf(event);
    if (target?.localName === this.deps.ownElement || target?.closest(this.deps.ownElement)) return;
    try {
      work();
    } catch (e) {
      console.debug('[Heads Up] skipped a send check:', e);
    }
  }
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** The element the event really started at, inside open shadow roots too. */
function targetOf(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  return first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
}
