// WhatsApp Web (web.whatsapp.com). DOM shape relied on, as read by public extensions and
// automation scripts of 2023–2025 (among them a WhatsApp Web DOM reference of December 2024):
//
//   #main                                     the open chat
//     header … span[title]                    the chat's name
//     [role="application"]                    the message list, one div[role="row"] per line
//       [data-id="<true|false>_<chat id>_<message id>[_<sender id>]"]
//                                             one message; "true_" marks own messages
//         .message-in / .message-out          direction again (WhatsApp's own semantic classes,
//                                             unchanged for years, unlike its generated ones)
//         [data-pre-plain-text="[16:02, 14/05/2024] Ava: "]
//                                             time and author of a text message (what WhatsApp
//                                             puts on the clipboard before copied text)
//         span.selectable-text                what was written; the time, "Edited", reactions and
//                                             quoted messages (span.quoted-mention) sit outside it
//
// The URL never names the chat, so the key is the chat id inside the message ids, or the title.
import type { AdapterMessage, ChatAdapter } from './adapter';
import { composerBySelectors } from './composer';
import { messageNear, outermost, previousInOrder, textOf } from './text';

/** In order of preference: a selector list would return whichever comes first in the page. */
const LOGS = ['#main [role="application"]', '#main [data-scrolltracepolicy*="conversation.messages"]'];
const MESSAGE = '[data-id]';
/** "[16:02, 14/05/2024] Ava: " → "Ava" */
const PRE_PLAIN_AUTHOR = /^\[[^\]]*\]\s*(.*?):\s*$/u;
/** How many earlier messages are searched for a name (a run is rarely longer). */
const MAX_LOOK_BACK = 50;

const isOwn = (message: Element) =>
  (message.getAttribute('data-id') ?? '').startsWith('true_') || message.querySelector('.message-out') !== null;

/** The author a message names: its copy metadata, or the "Ava:" label screen readers announce. */
function namedAuthor(message: Element): string | null {
  const prePlain = message.querySelector('[data-pre-plain-text]')?.getAttribute('data-pre-plain-text') ?? '';
  const fromCopy = PRE_PLAIN_AUTHOR.exec(prePlain)?.[1]?.trim();
  if (fromCopy) return fromCopy;
  const label = message.querySelector('.message-in [aria-label$=":"], .message-out [aria-label$=":"]')?.getAttribute('aria-label');
  return label ? label.slice(0, -1).trim() || null : null;
}

/**
 * The author of a message, or of the nearest earlier one of the same side when it names none:
 * never across a message of the other side.
 */
function runAuthor(message: Element, own: boolean): string | null {
  let current: Element | null = message;
  for (let step = 0; current && isOwn(current) === own && step <= MAX_LOOK_BACK; step++) {
    const name = namedAuthor(current);
    if (name) return name;
    current = previousInOrder(current, MESSAGE, LOGS.join(', '));
  }
  return null;
}

function chatTitle(doc: Document): string {
  const titled = doc.querySelector('#main header span[title]')?.getAttribute('title');
  return titled || textOf(doc.querySelector('#main header span[dir="auto"]'));
}

export const whatsappAdapter: ChatAdapter = {
  id: 'whatsapp',
  matches: (url) => url.hostname === 'web.whatsapp.com',
  findLog: (doc) => LOGS.map((selector) => doc.querySelector(selector)).find(Boolean) ?? null,
  messageOf: (node, log) => messageNear(node, log, MESSAGE),
  messages: (log) => outermost(log, MESSAGE),
  read(message): AdapterMessage | null {
    if (!message.matches(MESSAGE)) return null;
    const body = message.querySelector('[data-pre-plain-text]') ?? message;
    // A reply's quoted message is a button inside the body: its text is not this message's.
    const written = Array.from(body.querySelectorAll('.selectable-text')).find((el) => !el.closest('[role="button"]'));
    const text = textOf(written, '[role="button"]');
    if (!text) return null;
    const own = isOwn(message);
    const fallback = own ? 'You' : chatTitle(message.ownerDocument);
    return { direction: own ? 'outgoing' : 'incoming', author: runAuthor(message, own) ?? fallback, text };
  },
  conversationKey(_url, log) {
    // "false_120363025550001@g.us_3EB0A1_447700900111@c.us" → the chat id "120363025550001@g.us"
    const chatId = (log.querySelector(MESSAGE)?.getAttribute('data-id') ?? '').split('_')[1] ?? '';
    if (chatId.includes('@')) return `whatsapp:${chatId}`;
    return `whatsapp:title:${chatTitle(log.ownerDocument)}`;
  },
  // The message box is the Lexical editor in the open chat's footer; the send icon sits in a button.
  composer: composerBySelectors({ field: '#main footer [contenteditable="true"]', send: '#main footer button[aria-label="Send"], #main footer [data-icon="send"]' }),
};
