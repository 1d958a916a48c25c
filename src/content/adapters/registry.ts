// Which adapter reads a page: a site adapter where the site and its chat DOM are recognised, the
// generic one everywhere else, including on a known site whose DOM has changed since the adapter
// was written.
import type { ChatAdapter } from './adapter';
import { genericComposer, type ComposerFinder } from './composer';
import { discordAdapter } from './discord';
import { genericAdapter } from './generic';
import { instagramAdapter } from './instagram';
import { messengerAdapter } from './messenger';
import { snapchatAdapter } from './snapchat';
import { telegramAdapter } from './telegram';
import { whatsappAdapter } from './whatsapp';

export const SITE_ADAPTERS: readonly ChatAdapter[] = [
  discordAdapter,
  whatsappAdapter,
  instagramAdapter,
  messengerAdapter,
  telegramAdapter,
  snapchatAdapter,
];

/**
 * How long a known site's own chat DOM is waited for before the generic adapter may take the page:
 * single-page chats render after the content script starts, and an early generic match (any
 * role="log" on the page) would otherwise keep the site adapter out until the next navigation.
 */
export const SITE_RENDER_GRACE_MS = 10_000;

/** The first site adapter made for this URL that finds its chat in the page, else the generic one. */
export function chooseAdapter(url: URL, doc: Document): ChatAdapter {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url) && adapter.findLog(doc) !== null) ?? genericAdapter;
}

/**
 * The adapter the watcher uses for the whole page life: it chooses again (with chooseAdapter) each
 * time the watcher looks for a chat (at start, while waiting, and on restart after navigation)
 * and reads through whichever adapter found the chat it is watching.
 */
export function adapterForPage(currentUrl: () => URL, now: () => number = Date.now): ChatAdapter {
  let chosen: ChatAdapter = genericAdapter;
  let page = '';
  let pageSince = 0;
  return {
    id: 'page',
    matches: () => true,
    findLog(doc) {
      const url = currentUrl();
      const address = `${url.origin}${url.pathname}`;
      if (address !== page) [page, pageSince] = [address, now()];
      const adapter = chooseAdapter(url, doc);
      const knownSite = SITE_ADAPTERS.some((site) => site.matches(url));
      // On a known site, give its own chat a moment to render before settling for the generic one.
      if (adapter === genericAdapter && knownSite && now() - pageSince < SITE_RENDER_GRACE_MS) return null;
      chosen = adapter;
      return adapter.findLog(doc);
    },
    messageOf: (node, log) => chosen.messageOf(node, log),
    messages: (log) => chosen.messages(log),
    read: (element) => chosen.read(element),
    conversationKey: (url, log) => chosen.conversationKey(url, log),
  };
}

/** Whether a site adapter is made for this page: the known chat sites ("chat-sites" in the policy). */
export function isKnownChatSite(url: URL): boolean {
  return SITE_ADAPTERS.some((adapter) => adapter.matches(url));
}

/**
 * Where the child types and sends on this page: the site's own composer first, then the generic
 * finder, so a site that changed its DOM is still covered.
 */
export function composerForPage(url: URL): ComposerFinder {
  const site = SITE_ADAPTERS.find((adapter) => adapter.matches(url))?.composer;
  if (!site) return genericComposer;
  return {
    fieldAt: (target) => site.fieldAt(target) ?? genericComposer.fieldAt(target),
    sendButtonAt: (target) => site.sendButtonAt(target) ?? genericComposer.sendButtonAt(target),
    fieldFor: (button) => site.fieldFor(button) ?? genericComposer.fieldFor(button),
    findField: (doc) => site.findField(doc) ?? genericComposer.findField(doc),
  };
}
