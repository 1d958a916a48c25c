// Where the child types and sends (issue "In-page protection": "are you sure?" before sending).
// Each site adapter names its message box and send button; the generic finder takes any text
// field the child is typing in (textarea, text input, contenteditable, role="textbox") and any
// button labelled "Send" next to one. Nothing here reads a message until the child sends it.

/** Finds a chat's message box ("field") and send button from the element an event reached. */
export interface ComposerFinder {
  /** The message box, when `target` is it or is inside it. */
  fieldAt(target: Element): Element | null;
  /** The send button, when `target` is it or is inside it. */
  sendButtonAt(target: Element): Element | null;
  /** The message box a send button sends from: its form's field, else the nearest one around it. */
  fieldFor(button: Element): Element | null;
  /** The page's message box, if there is one (to keep the prompt clear of it). */
  findField(doc: Document): Element | null;
}

const FIELD = 'textarea, input, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);
const BUTTON = 'button, [role="button"], input[type="submit"], input[type="button"]';
/** Send buttons say so in their label (English and Spanish UIs; icons carry an aria-label). */
const SEND_LABEL = /^(?:send|send message|press enter to send|enviar|enviar mensaje)$/iu;

/** A field a person types messages into: not a checkbox, a password or a read-only box. */
function isTextField(element: Element): boolean {
  if (element.localName === 'input') return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase()) && !element.hasAttribute('readonly');
  if (element.localName === 'textarea') return !element.hasAttribute('readonly');
  return true;
}

/** The outermost editable element around `element` (the editing host of a rich text editor). */
function editingHost(element: Element): Element {
  let host = element;
  for (let parent = element.parentElement; parent?.closest('[contenteditable]:not([contenteditable="false"])'); parent = parent.parentElement) {
    if (parent.matches('[contenteditable]:not([contenteditable="false"])')) host = parent;
  }
  return host;
}

function labelOf(button: Element): string {
  const label = button.getAttribute('aria-label') ?? button.getAttribute('title') ?? button.getAttribute('value') ?? button.textContent ?? '';
  return label.trim();
}

/** The nearest element matching `selector` in `button`'s form, or around it, going outwards. */
function nearest(button: Element, selector: string, accept: (element: Element) => boolean = () => true): Element | null {
  const form = button.closest('form');
  const inForm = form ? Array.from(form.querySelectorAll(selector)).find(accept) : undefined;
  if (inForm) return inForm;
  for (let around = button.parentElement; around; around = around.parentElement) {
    const found = Array.from(around.querySelectorAll(selector)).find(accept);
    if (found) return found;
  }
  return null;
}

export const genericComposer: ComposerFinder = {
  fieldAt(target) {
    const field = target.closest(FIELD);
    return field && isTextField(field) ? editingHost(field) : null;
  },
  sendButtonAt(target) {
    const button = target.closest(BUTTON);
    if (!button) return null;
    const type = (button.getAttribute('type') ?? 'submit').toLowerCase();
    const isSubmit = (button.localName === 'button' || button.localName === 'input') && type === 'submit';
    const form = isSubmit ? button.closest('form') : null;
    const submitsText = form !== null && Array.from(form.querySelectorAll(FIELD)).some(isTextField);
    return SEND_LABEL.test(labelOf(button)) || submitsText ? button : null;
  },
  fieldFor: (button) => nearest(button, FIELD, isTextField),
  findField(doc) {
    const focused = doc.activeElement;
    if (focused && focused.matches(FIELD) && isTextField(focused)) return focused;
    return Array.from(doc.querySelectorAll(FIELD)).find(isTextField) ?? null;
  },
};

export interface ComposerSelectors {
  /** The site's message box. */
  field: string;
  /** The site's send button(s). */
  send: string;
}

/** A site's composer, by its selectors; a button labelled "Send" next to its box also counts. */
export function composerBySelectors({ field, send }: ComposerSelectors): ComposerFinder {
  return {
    fieldAt: (target) => target.closest(field),
    sendButtonAt(target) {
      const button = target.closest(send);
      if (button) return button;
      const labelled = target.closest(BUTTON);
      return labelled && SEND_LABEL.test(labelOf(labelled)) && nearest(labelled, field) ? labelled : null;
    },
    fieldFor: (button) => nearest(button, field),
    findField: (doc) => doc.querySelector(field),
  };
}

/** What is typed in a message box now. Read only at the moment of sending, and not kept. */
export function readDraft(field: Element): string {
  if (field.localName === 'input' || field.localName === 'textarea') return (field as HTMLInputElement).value;
  const element = field as HTMLElement;
  // innerText keeps the line breaks a person sees; test DOMs without layout only have textContent.
  return (typeof element.innerText === 'string' ? element.innerText : element.textContent) ?? '';
}
