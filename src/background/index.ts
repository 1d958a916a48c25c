// The background: the only writer of the local store. It answers the typed protocol and checks
// every sender first (brief: "The background accepts policy and PIN commands only from the
// extension's own pages"), and records its own installs, updates and starts.
import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { warmUpEngine } from '../engine/engine';
import { CHAT_SESSIONS } from './chat-handlers';
import { DEFAULT_DEPS, handleRequest } from './handlers';
import { extensionVersion, onBackgroundStart, openOnboardingOnInstall, recordInstall } from './lifecycle';

export default defineBackground(() => {
  // Returning the promise answers the sender (webextension-polyfill convention).
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleRequest(message, sender));
  // A closed tab's chats are forgotten at once (tabs.onRemoved needs no permission).
  browser.tabs.onRemoved.addListener((tabId) => CHAT_SESSIONS.forgetTab(tabId));
  // Listeners are added synchronously, as MV3 requires for events that wake the worker.
  browser.runtime.onInstalled.addListener((details) => {
    recordInstall(DEFAULT_DEPS, details, extensionVersion()).catch((e: unknown) => console.warn('[Heads Up] could not record the install:', e));
    openOnboardingOnInstall(details).catch((e: unknown) => console.warn('[Heads Up] could not open the setup page:', e));
  });
  onBackgroundStart(DEFAULT_DEPS, extensionVersion()).catch((e: unknown) => console.warn('[Heads Up] start-up tasks failed:', e));
  // After the listeners: compile the engine's hot paths before the first chat read needs them.
  setTimeout(() => {
    try {
      warmUpEngine();
    } catch (e) {
      console.warn('[Heads Up] engine warm-up failed:', e);
    }
  }, 0);
});
