// Snapchat for web (www.snapchat.com/web/<conversation id>, formerly web.snapchat.com/<id>). Shape
// relied on, as public bots and userscripts of 2024–2025 read it (their class names, e.g. ul.ujRzj
// and header.R1ne3, are generated and not used here):
//
//   ul > li                     one run of messages by one sender
//     header                    the sender's name: "Me" on own runs, the friend's name otherwise
//     (elements after it)       one per message, the text in span[dir="auto"]; a single wrapper
//                               around them is looked through
//   li without a header         dates and notices, not messages
//
// The URL names the open conversation by its id.
import type { AdapterMessage, ChatAdapter } from './adapter';
import { composerBySelectors } from './composer';
import { elementOf, MAX_TEXT, textOf } from './text';

const RUN_HEADER = 'li > header';
const NOT_WRITTEN = 'header, time, [role="button"], [role="img"]';
/** How Snapchat names the logged-in user's runs (English UI). */
const OWN_NAME = /^me$/iu;
const CONVERSATION_ID = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/iu;

const runOf = (element: Element) => element.closest('li');
const headerOf = (run: Element) => Array.from(run.children).find((child) => child.tagName === 'HEADER') ?? null;

/** The message elements of one run: what follows its header, through one wrapper if there is one. */
function messagesOfRun(run: Element): Element[] {
  if (!headerOf(run)) return [];
  let parts = Array.from(run.children).filter((child) => child.tagName !== 'HEADER');
  while (parts.length === 1 && (parts[0]?.children.length ?? 0) > 1 && !parts[0]?.matches('[dir="auto"]')) {
    parts = Array.from(parts[0]?.children ?? []);
  }
  return parts;
}

function writtenText(message: Element): string {
  const parts = Array.from(message.querySelectorAll('[dir="auto"]')).filter((part) => !part.querySelector('[dir="auto"]'));
  const texts = parts.map((part) => textOf(part, NOT_WRITTEN)).filter(Boolean);
  return texts.length ? texts.join(' ').slice(0, MAX_TEXT) : textOf(message, NOT_WRITTEN);
}

export const snapchatAdapter: ChatAdapter = {
  id: 'snapchat',
  matches: (url) => url.hostname === 'web.snapchat.com' || (url.hostname === 'www.snapchat.com' && url.pathname.startsWith('/web')),
  findLog(doc) {
    // The list holding runs with sender headers; lists of hidden (cached) conversations are skipped.
    for (const header of doc.querySelectorAll(RUN_HEADER)) {
      const list = header.parentElement?.parentElement;
      if (list && !list.closest('[hidden], [aria-hidden="true"]')) return list;
    }
    return null;
  },
  messageOf(node, log) {
    const element = elementOf(node);
    if (!element || !log.contains(element) || element === log) return null;
    const run = runOf(element);
    if (!run || !log.contains(run)) return null;
    const messages = messagesOfRun(run);
    // A new run arrives whole, header included: its first message stands for it.
    return messages.find((message) => message.contains(element)) ?? (element === run || element.tagName === 'HEADER' ? (messages[0] ?? null) : null);
  },
  messages: (log) => Array.from(log.children).flatMap((run) => (run.tagName === 'LI' ? messagesOfRun(run) : [])),
  read(message): AdapterMessage | null {
    const run = runOf(message);
    const header = run && headerOf(run);
    if (!run || !header || !messagesOfRun(run).includes(message)) return null;
    const text = writtenText(message);
    if (!text) return null;
    const name = textOf(header);
    const own = OWN_NAME.test(name);
    return { direction: own ? 'outgoing' : 'incoming', author: own ? 'You' : name, text };
  },
  conversationKey(url) {
    const id = CONVERSATION_ID.exec(url.pathname)?.[1];
    return id ? `snapchat:${id.toLowerCase()}` : `snapchat:${url.pathname}`;
  },
  composer: composerBySelectors({ field: '[role="main"] [role="textbox"][contenteditable="true"]', send: '[role="main"] button[aria-label="Send"]' }),
};
