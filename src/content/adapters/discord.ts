// Discord (discord.com web client). DOM shape relied on, as read by public userscripts and
// scrapers in 2024–2026 (Discord History Tracker, undiscord, DOM selector notes of January 2026):
//
//   ol[data-list-id="chat-messages"]                      the open channel's messages
//     li[id="chat-messages-<channel id>-<message id>"]    one message (dividers sit between them)
//       img[src*="/avatars/<user id>/"]                   avatar: first message of a run only
//       [id="message-username-<message id>"]              author: first message of a run only
//       [id="message-content-<message id>"]               what was written; a <time> inside it is
//                                                         the "(edited)" marker
//       [id="message-accessories-<message id>"]           embeds and reactions (not read)
//       [id^="message-reply-context-"]                    the message a reply quotes: its content and
//                                                         avatar carry the quoted message's ids
//   section[aria-label="User area"]                       the logged-in user's avatar and name
//
// Discord does not mark own messages, so the author's user id (from the avatar URL) is compared
// with the logged-in user's, or, when an avatar has no id (default avatars), their names.
import type { AdapterMessage, ChatAdapter } from './adapter';
import { composerBySelectors } from './composer';
import { findBack, messageNear, previousMatching, textOf } from './text';

const HOSTS = new Set(['discord.com', 'ptb.discord.com', 'canary.discord.com']);
const LOG = '[data-list-id="chat-messages"]';
const MESSAGE = 'li[id^="chat-messages-"]';
const REPLY_CONTEXT = '[id^="message-reply-context-"]';
/** Inside the content: the "(edited)" marker and inline timestamps. */
const NOT_WRITTEN = 'time, [id^="message-edited-"]';
const AVATAR_USER_ID = /\/avatars\/(\d+)\//u;
const CHANNEL_PATH = /^\/channels\/(@me|\d+)\/(\d+)/u;

interface Author {
  name: string;
  userId: string | null;
}

const messageIdOf = (item: Element) => item.id.split('-').pop() ?? '';

/** The element with exactly this id inside `root`, without building a selector from page data. */
function byId(root: Element, prefix: string, id: string): Element | null {
  for (const element of root.querySelectorAll(`[id^="${prefix}"]`)) if (element.id === prefix + id) return element;
  return null;
}

function avatarUserId(root: Element | null): string | null {
  for (const image of root?.querySelectorAll('img[src*="/avatars/"]') ?? []) {
    if (image.closest(REPLY_CONTEXT)) continue;
    const match = AVATAR_USER_ID.exec(image.getAttribute('src') ?? '');
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The author this message shows, or null on later messages of a run (they have no header). */
function shownAuthor(item: Element): Author | null {
  const label = byId(item, 'message-username-', messageIdOf(item));
  if (!label) return null;
  // The name is the clickable part; server tags and "APP" badges sit beside it.
  const name = textOf(label.querySelector('[role="button"]') ?? label.firstElementChild ?? label);
  return name ? { name, userId: avatarUserId(item) } : null;
}

/** Who is logged in: the user-area avatar's id, and the names its label and name tag show. */
function currentUser(doc: Document): { userId: string | null; names: string[] } {
  const area = doc.querySelector('section[aria-label="User area"]');
  if (!area) return { userId: null, names: [] };
  // The avatar's label reads "<name>, <status>".
  const label = area.querySelector('[role="img"][aria-label]')?.getAttribute('aria-label') ?? '';
  const nameTag = textOf(area.querySelector('[class*="nameTag"] [class*="title"]'));
  const names = [label.split(',')[0]?.trim() ?? '', nameTag].filter(Boolean);
  return { userId: avatarUserId(area), names };
}

export const discordAdapter: ChatAdapter = {
  id: 'discord',
  matches: (url) => HOSTS.has(url.hostname),
  findLog: (doc) => doc.querySelector(LOG),
  messageOf: (node, log) => messageNear(node, log, MESSAGE),
  messages: (log) => Array.from(log.children).filter((child) => child.matches(MESSAGE)),
  read(item): AdapterMessage | null {
    if (!item.matches(MESSAGE)) return null;
    const text = textOf(byId(item, 'message-content-', messageIdOf(item)), NOT_WRITTEN);
    if (!text) return null;
    const author = findBack(item, (el) => previousMatching(el, MESSAGE), shownAuthor) ?? { name: '', userId: null };
    const me = currentUser(item.ownerDocument);
    const own = me.userId && author.userId ? me.userId === author.userId : Boolean(author.name) && me.names.includes(author.name);
    return { direction: own ? 'outgoing' : 'incoming', author: author.name, text };
  },
  conversationKey(url, log) {
    const path = CHANNEL_PATH.exec(url.pathname);
    if (path) return `discord:${path[1]}/${path[2]}`;
    // Without a channel URL (e.g. a popped-out chat), the message ids name the channel.
    const channel = /^chat-messages-(\d+)-/u.exec(log.querySelector(MESSAGE)?.id ?? '')?.[1];
    return channel ? `discord:channel/${channel}` : `discord:${url.pathname}`;
  },
  // The message box is a Slate editor; the send button exists only when the user turned it on.
  composer: composerBySelectors({ field: '[role="textbox"][data-slate-editor="true"]', send: 'button[aria-label="Send Message"]' }),
};
