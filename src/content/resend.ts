// "Send anyway": the page sends the message through its own code, exactly as if our question had
// never been asked. The same kind of action is made again: the send button is clicked, or Enter is
// pressed in the message box (keydown, then keypress and keyup for pages that listen to those).
// The caller lets these synthetic events through once (send-guard.ts), so nothing loops.

export type SendAction = { kind: 'enter'; field: Element } | { kind: 'click'; button: Element; field: Element };

const ENTER: KeyboardEventInit = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };

export function resend(action: SendAction): void {
  if (action.kind === 'click') {
    if (action.button.isConnected) (action.button as HTMLElement).click();
    return;
  }
  const field = action.field as HTMLElement;
  if (!field.isConnected) return;
  // Editors read the key where the caret is: give the box its focus back first.
  field.focus();
  // A page that sends on keydown cancels it (so no new line is typed): then it has sent.
  if (!field.dispatchEvent(new KeyboardEvent('keydown', ENTER))) return;
  const pressed = !field.dispatchEvent(new KeyboardEvent('keypress', { ...ENTER, charCode: 13 }));
  field.dispatchEvent(new KeyboardEvent('keyup', ENTER));
  if (!pressed) submitForm(field);
}

/**
 * A plain text input in a form: a real Enter submits the form through its default button
 * (implicit submission, HTML standard), which a synthetic key press does not do; do it.
 */
function submitForm(field: HTMLElement): void {
  if (field.localName !== 'input') return;
  const form = (field as HTMLInputElement).form;
  if (!form) return;
  const button = form.querySelector<HTMLElement>('button:not([type]), button[type="submit"], input[type="submit"]');
  if (button) button.click();
  else form.requestSubmit();
}
