// @ts-check
// Renders messages into the chat log. Every message is built with createElement/textContent:
// message text is untrusted input (someone else typed it), so it never goes through innerHTML.

/** @typedef {import('./scripts.js').Speaker} Speaker */

/** The display name of the far side of the chat; the header and scripts use the same person. */
export const CONTACT_NAME = 'kai';

/**
 * Looks up an element the page markup is known to contain, failing loudly if the markup changed.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T}
 */
export function requireElement(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) {
    throw new Error(`demo page is missing #${id}`);
  }
  return element;
}

const messageList = requireElement('message-list', HTMLOListElement);
const scroller = requireElement('messages-scroller', HTMLDivElement);
const emptyHint = requireElement('empty-hint', HTMLParagraphElement);
const typingIndicator = requireElement('typing-indicator', HTMLParagraphElement);

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/**
 * Appends one message in the shape the extension's generic adapter reads:
 * <li class="message incoming|outgoing"><span class="author"/><p class="text"/><time/></li>
 * @param {Speaker} from
 * @param {string} text
 */
export function appendMessage(from, text) {
  const isOutgoing = from === 'child';
  const sentAt = new Date();

  const item = document.createElement('li');
  item.className = `message ${isOutgoing ? 'outgoing' : 'incoming'}`;

  // Visually hidden (a one-to-one chat needs no name on every bubble) but still in the DOM,
  // because the adapter takes the author from it and screen readers announce it.
  const author = document.createElement('span');
  author.className = 'author visually-hidden';
  author.textContent = isOutgoing ? 'You' : CONTACT_NAME;

  const body = document.createElement('p');
  body.className = 'text';
  body.textContent = text;

  const time = document.createElement('time');
  time.dateTime = sentAt.toISOString();
  time.textContent = timeFormat.format(sentAt);

  item.append(author, body, time);
  messageList.append(item);
  emptyHint.hidden = true;
  scrollToNewest();
}

/** Removes every message, as a fresh conversation would start. */
export function clearMessages() {
  messageList.replaceChildren();
  emptyHint.hidden = false;
  showTyping(false);
}

/** @param {boolean} isTyping */
export function showTyping(isTyping) {
  typingIndicator.hidden = !isTyping;
  if (isTyping) {
    scrollToNewest();
  }
}

function scrollToNewest() {
  scroller.scrollTop = scroller.scrollHeight;
}
