// Telegram Web K (web.telegram.org/k/). DOM shape relied on, read from the client's public
// source (github.com/morethanwords/tweb: components/chat/bubbles.ts and bubbleGroups.ts, as of
// 2024–2025); tweb writes its class names by hand, they are not generated:
//
//   .chat.active .bubbles-inner                     the open chat's messages
//     section.bubbles-date-group > .bubbles-group   one day > one run of one sender
//       .bubble[data-mid][data-peer-id]             one message; data-peer-id is the chat's id
//         .is-out / .is-in                          own / others' messages
//         .name .peer-title                         the sender (group chats; not on every bubble)
//         .message                                  what was written, with span.time (time and
//                                                   "edited") and reactions-element inside it
//       .bubble.service                             dates and notices, not messages
//   .chat.active .chat-info .peer-title[data-peer-id]   the open chat's name and id
import type { AdapterMessage, ChatAdapter } from './adapter';
import { findBack, messageNear, previousMatching, textOf } from './text';

const LOGS = ['.chat.active .bubbles-inner', '.bubbles-inner'];
const BUBBLE = '.bubble[data-mid]:not(.service)';
const NOT_WRITTEN = '.time, .time-inner, reactions-element, .reactions, .webpage, .reply-markup';
const CHAT_TITLE = '.chat.active .chat-info .peer-title';
const CHAT_PEER = '.chat.active .chat-info [data-peer-id]';

/** The sender a bubble names; forwarded bubbles name the original sender instead, so not those. */
function namedSender(bubble: Element): string | null {
  if (bubble.classList.contains('forwarded')) return null;
  const name = bubble.querySelector('.name .peer-title') ?? bubble.querySelector('.name');
  return textOf(name, '.bubble-name-rank, .is-via') || null;
}

function chatTitle(doc: Document): string {
  return textOf(doc.querySelector(CHAT_TITLE));
}

export const telegramWebK: ChatAdapter = {
  id: 'telegram-k',
  matches: (url) => url.hostname === 'web.telegram.org',
  findLog: (doc) => LOGS.map((selector) => doc.querySelector(selector)).find(Boolean) ?? null,
  messageOf: (node, log) => messageNear(node, log, BUBBLE),
  messages: (log) => Array.from(log.querySelectorAll(BUBBLE)),
  read(bubble): AdapterMessage | null {
    if (!bubble.matches(BUBBLE)) return null;
    const text = textOf(bubble.querySelector('.message'), NOT_WRITTEN);
    if (!text) return null;
    if (bubble.classList.contains('is-out')) return { direction: 'outgoing', author: 'You', text };
    // Bubbles of one run share a .bubbles-group, so earlier siblings are the same sender.
    const author = findBack(bubble, (el) => previousMatching(el, BUBBLE), namedSender) ?? chatTitle(bubble.ownerDocument);
    return { direction: 'incoming', author, text };
  },
  conversationKey(url, log) {
    const peerId =
      log.querySelector(BUBBLE)?.getAttribute('data-peer-id') ?? log.ownerDocument.querySelector(CHAT_PEER)?.getAttribute('data-peer-id');
    if (peerId) return `telegram:${peerId}`;
    // The hash names the chat too ("#-4001234" or "#@name"), less stably than the id.
    return url.hash.length > 1 ? `telegram:${url.hash.slice(1)}` : `telegram:title:${chatTitle(log.ownerDocument)}`;
  },
};
