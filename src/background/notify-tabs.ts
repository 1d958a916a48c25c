// Tells the content scripts in open tabs that their settings changed, so a chat that is already
// open obeys the parent's new policy or false-alarm mark without a reload (issue "Parent policy,
// popup and local history": "the parent changes the policy and the content script obeys it").
// tabs.query and tabs.sendMessage need no permission; a tab without our content script (a new tab
// page, a page opened before install) rejects the message, which is expected and ignored.
import browser from 'webextension-polyfill';
import type { ContentEvent } from '../protocol/messages';

/** Send one event to every tab; never throws, so the request that caused it still succeeds. */
export async function notifyTabs(event: ContentEvent): Promise<number> {
  let tabs: { id?: number }[];
  try {
    tabs = await browser.tabs.query({});
  } catch (e) {
    console.debug('[Heads Up] could not list tabs to notify:', e);
    return 0;
  }
  const sent = await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return false;
      try {
        await browser.tabs.sendMessage(id, event);
        return true;
      } catch {
        return false; // no content script of ours in that tab
      }
    }),
  );
  return sent.filter(Boolean).length;
}

/** The policy or a false-alarm mark changed: open chats re-read their settings. */
export function notifySettingsChanged(): void {
  void notifyTabs({ type: 'settings/changed' });
}
