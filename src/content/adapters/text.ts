// What the site adapters share: reading only what a person wrote from a message element, and
// finding message elements from any node the page adds or changes.

/** Messages longer than this are read only up to it: the engine reads no further anyway. */
export const MAX_TEXT = 4000;

/** Elements whose edges separate words even when the page puts no space between them. */
const BREAKING_TAGS = new Set(['BR', 'DIV', 'P', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'HEADER', 'SECTION']);

export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === 1;

/** The node itself when it is an element, else its parent element (for text nodes). */
export const elementOf = (node: Node): Element | null => (isElement(node) ? node : node.parentElement);

/** Emoji drawn as images still say something: sites mark them and give the emoji as alt text. */
function emojiOf(image: Element): string {
  const plain = image.getAttribute('data-plain-text');
  if (plain) return plain;
  const isEmoji = image.classList.contains('emoji') || image.getAttribute('data-type') === 'emoji';
  return isEmoji ? (image.getAttribute('alt') ?? '') : '';
}

/**
 * The words in `root`, leaving out every subtree that matches `skip` (timestamps, reactions,
 * "edited" markers, sender labels). Line and block edges count as spaces so lines never run
 * together; whitespace is collapsed and the text cut at MAX_TEXT.
 */
export function textOf(root: Element | null | undefined, skip?: string): string {
  if (!root) return '';
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (isElement(child) && !(skip && child.matches(skip))) {
        const breaks = BREAKING_TAGS.has(child.tagName);
        if (breaks) parts.push(' ');
        if (child.tagName === 'IMG') parts.push(emojiOf(child));
        else visit(child);
        if (breaks) parts.push(' ');
      }
    }
  };
  visit(root);
  return parts.join('').replace(/\s+/gu, ' ').trim().slice(0, MAX_TEXT);
}

/**
 * The message element (matching `selector`) that holds `node`, or, when the page added a
 * container around messages (a new group or date section), the first message inside it.
 */
export function messageNear(node: Node, log: Element, selector: string): Element | null {
  const element = elementOf(node);
  if (!element || !log.contains(element)) return null;
  const holder = element.closest(selector);
  if (holder && log.contains(holder)) return holder;
  return element.querySelector(selector);
}

/** Elements matching `selector` in `log` that are not inside another match (quotes, nested parts). */
export function outermost(log: Element, selector: string): Element[] {
  return Array.from(log.querySelectorAll(selector)).filter((element) => {
    const outer = element.parentElement?.closest(selector);
    return !outer || !log.contains(outer);
  });
}

/**
 * Walks back from `start` through earlier messages (at most `limit`) until `pick` finds what it
 * looks for: sites show a sender's name only on the first message of a run.
 */
export function findBack<T>(
  start: Element,
  previous: (element: Element) => Element | null,
  pick: (element: Element) => T | null,
  limit = 50,
): T | null {
  let current: Element | null = start;
  for (let step = 0; current && step <= limit; step++) {
    const found = pick(current);
    if (found !== null) return found;
    current = previous(current);
  }
  return null;
}

/**
 * The nearest earlier element matching `selector`, in page order, without leaving the element
 * matching `boundary` (the log): sites wrap messages in rows and groups, so it need not be a sibling.
 */
export function previousInOrder(element: Element, selector: string, boundary: string): Element | null {
  for (let node: Element | null = element; node && !node.matches(boundary); node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.matches(selector)) return sibling;
      const inside = sibling.querySelectorAll(selector);
      if (inside.length) return inside[inside.length - 1] ?? null;
    }
  }
  return null;
}

/** The nearest earlier sibling matching `selector` (skipping dividers and avatars between). */
export function previousMatching(element: Element, selector: string): Element | null {
  let sibling = element.previousElementSibling;
  while (sibling && !sibling.matches(selector)) sibling = sibling.previousElementSibling;
  return sibling;
}
