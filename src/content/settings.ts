// The parent's settings as the content script obeys them (issue "Parent policy, popup and local
// history"): asked from the background at start ('settings/get') and again whenever the
// background says they changed ('settings/changed'), so an open chat obeys a new policy at once.
import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendRequest } from '../protocol/client';
import { isContentEvent, type ContentSettings } from '../protocol/messages';
import { isKnownChatSite } from './adapters/registry';

/**
 * The default policy's values (src/policy/policy.ts DEFAULT_POLICY; settings.test.ts keeps them
 * equal), used until the background answers or when it cannot: the content script then protects
 * as a fresh install would.
 */
export const DEFAULT_SETTINGS: Readonly<ContentSettings> = Object.freeze({
  sensitivity: 'balanced',
  watchedSites: 'chat-sites',
  promptLevels: { warning: true, danger: true },
  confirmBeforeSending: true,
  ageBand: '13-15',
  trustedContacts: [],
  suppressed: [],
});

/** The settings from the background; without an answer, `fallback` (the defaults, or the settings in force). */
export async function loadSettings(fallback: Readonly<ContentSettings> = DEFAULT_SETTINGS): Promise<ContentSettings> {
  try {
    return await sendRequest({ type: 'settings/get' });
  } catch (e) {
    console.debug('[Heads Up] keeping the settings in force:', e);
    return { ...fallback };
  }
}

/** Call `onChange` whenever the background says the settings changed, until the script is invalidated. */
export function onSettingsChanged(ctx: ContentScriptContext, onChange: () => void): void {
  const listener = (message: unknown) => {
    if (!isContentEvent(message) || message.type !== 'settings/changed') return undefined;
    try {
      onChange();
    } catch (e) {
      console.debug('[Heads Up] could not apply new settings:', e);
    }
    // Answering tells the background this tab has our script (notify-tabs.ts counts them).
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Loopback addresses: the demo chat (`npm start`) and local tests run there, on this machine only. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether Heads Up watches this page: every page with "all-sites"; with "chat-sites", the sites a
 * site adapter is made for, and the loopback demo chat so the demo works with the default policy.
 */
export function watchesPage(settings: Pick<ContentSettings, 'watchedSites'>, url: URL): boolean {
  return settings.watchedSites === 'all-sites' || isKnownChatSite(url) || LOOPBACK.has(url.hostname);
}
