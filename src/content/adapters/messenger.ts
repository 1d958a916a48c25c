// Messenger on the web: www.messenger.com/t/<thread id> and www.facebook.com/messages/t/<id>
// (also /messages/e2ee/t/<id>). The thread is labelled "Messages in conversation titled <name>";
// its rows, sender labels ("You sent" on own messages) and text follow the Meta shape described in
// meta-thread.ts, as public automation code read them on messenger.com in 2023–2025.
import { metaThreadAdapter } from './meta-thread';

const MESSENGER_HOSTS = new Set(['www.messenger.com', 'messenger.com']);
const FACEBOOK_HOSTS = new Set(['www.facebook.com', 'web.facebook.com', 'facebook.com']);
const THREAD_PATH = /(?:^|\/)t\/([^/?#]+)/u;

export const messengerAdapter = metaThreadAdapter({
  id: 'messenger',
  matches: (url) =>
    MESSENGER_HOSTS.has(url.hostname) || (FACEBOOK_HOSTS.has(url.hostname) && url.pathname.startsWith('/messages')),
  threadLabel: 'Messages in conversation titled',
  threadId: (url) => THREAD_PATH.exec(url.pathname)?.[1] ?? null,
});
