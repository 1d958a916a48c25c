// Instagram direct messages: www.instagram.com/direct/t/<thread id>. The thread is labelled
// "Messages in conversation with <name>" and is drawn with the same Meta components as Messenger's
// (rows, dir="auto" text, screen-reader sender labels): see meta-thread.ts. Public tools of
// 2023–2025 read it as div[role="grid"] of div[role="row"]; whether every own row carries the
// "You sent" label could not be checked, so the right-edge fallback matters more here.
import { metaThreadAdapter } from './meta-thread';

const HOSTS = new Set(['www.instagram.com', 'instagram.com']);
const THREAD_PATH = /^\/direct\/t\/([^/?#]+)/u;

export const instagramAdapter = metaThreadAdapter({
  id: 'instagram',
  matches: (url) => HOSTS.has(url.hostname) && url.pathname.startsWith('/direct'),
  threadLabel: 'Messages in conversation with',
  threadId: (url) => THREAD_PATH.exec(url.pathname)?.[1] ?? null,
});
