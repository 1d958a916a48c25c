// Telegram Web A (web.telegram.org/a/). DOM shape relied on, read from the client's public
// source (github.com/Ajaxy/telegram-tt: components/middle/message/Message.tsx and MessageList, as
// of 2024–2025); its class names are written by hand in the source, not generated:
//
//   .MessageList .messages-container                  the open chat's messages
//     .message-date-group > .sender-group-container   one day > one run of one sender
//       .Message[data-message-id]                     one message (id="message-<id>")
//         .own                                        own messages
//         .message-title-name                         the sender (first message of a run in groups)
//         .text-content                               what was written, with .MessageMeta (time
//                                                     and "edited") and .Reactions inside it
//   .MiddleHeader .ChatInfo                           the open chat: .Avatar[data-peer-id], .fullName
import type { AdapterMessage, ChatAdapter } from './adapter';
import { findBack, messageNear, previousMatching, textOf } from './text';

const LOGS = ['.MessageList .messages-container', '.MessageList'];
const MESSAGE = '.Message[data-message-id]';
const NOT_WRITTEN = '.MessageMeta, .Reactions, .translation-animation';
const CHAT_INFO = '.MiddleHeader .ChatInfo';

function namedSender(message: Element): string | null {
  const title = message.querySelector('.message-title-name');
  return textOf(title?.querySelector('.sender-title') ?? title, '.admin-title, .via') || null;
}

function chatTitle(doc: Document): string {
  return textOf(doc.querySelector(`${CHAT_INFO} .fullName`) ?? doc.querySelector(`${CHAT_INFO} h3`));
}

export const telegramWebA: ChatAdapter = {
  id: 'telegram-a',
  matches: (url) => url.hostname === 'web.telegram.org',
  findLog: (doc) => LOGS.map((selector) => doc.querySelector(selector)).find(Boolean) ?? null,
  messageOf: (node, log) => messageNear(node, log, MESSAGE),
  messages: (log) => Array.from(log.querySelectorAll(MESSAGE)),
  read(message): AdapterMessage | null {
    if (!message.matches(MESSAGE)) return null;
    const text = textOf(message.querySelector('.text-content'), NOT_WRITTEN);
    if (!text) return null;
    if (message.classList.contains('own')) return { direction: 'outgoing', author: 'You', text };
    // Messages of one run share a .sender-group-container, so earlier siblings are the same sender.
    const author = findBack(message, (el) => previousMatching(el, MESSAGE), namedSender) ?? chatTitle(message.ownerDocument);
    return { direction: 'incoming', author, text };
  },
  conversationKey(url, log) {
    const peerId = log.ownerDocument.querySelector(`${CHAT_INFO} .Avatar[data-peer-id]`)?.getAttribute('data-peer-id');
    if (peerId) return `telegram:${peerId}`;
    // The hash names the chat too ("#-4001234"), less stably than the id.
    return url.hash.length > 1 ? `telegram:${url.hash.slice(1)}` : `telegram:title:${chatTitle(log.ownerDocument)}`;
  },
};
