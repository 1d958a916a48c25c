import type { AdapterMessage, ChatAdapter } from './adapter';
import { MAX_TEXT } from './text';

// The generic adapter reads any chat that follows the ARIA pattern for chat logs (role="log",
// WAI-ARIA 1.2) or announces new messages through an aria-live region: each child of the log is a
// message, and own messages are told apart by common class or data-attribute conventions.
const LOG_SELECTOR = '[role="log"], [aria-live="polite"][aria-relevant~="additions"]';
const OWN_TOKENS = new Set(['outgoing', 'own', 'self', 'mine', 'sent', 'me', 'from-me', 'message-out']);
const AUTHOR_SELECTOR = '[data-author], .author, .sender, .username, .name';
const TEXT_SELECTOR = '[data-text], .text, .body, .content, p';

function isOwn(element: Element): boolean {
  for (const token of element.classList) if (OWN_TOKENS.has(token.toLowerCase())) return true;
  const marker = (element.getAttribute('data-direction') ?? element.getAttribute('data-from') ?? '').toLowerCase();
  return OWN_TOKENS.has(marker);
}

const textOf = (element: Element | null) => (element?.textContent ?? '').trim().slice(0, MAX_TEXT);

export const genericAdapter: ChatAdapter = {
  id: 'generic',
  matches: () => true,
  findLog: (doc) => doc.querySelector(LOG_SELECTOR),
  messageOf(node, log) {
    let current: Node | null = node;
    while (current && current.parentNode !== log) current = current.parentNode;
    return current instanceof Element ? current : null;
  },
  messages: (log) => Array.from(log.children),
  read(element): AdapterMessage | null {
    const authorElement = element.querySelector(AUTHOR_SELECTOR);
    const author = element.getAttribute('data-author') || authorElement?.getAttribute('data-author') || textOf(authorElement);
    const text = textOf(element.querySelector(TEXT_SELECTOR)) || textOf(element);
    if (!text) return null;
    return { direction: isOwn(element) ? 'outgoing' : 'incoming', author, text };
  },
  conversationKey: (url) => `${url.origin}${url.pathname}${url.hash}`,
};
