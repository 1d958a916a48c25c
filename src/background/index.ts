// The background: the only writer of the local store. It answers the typed protocol and checks
// every sender first (brief: "The background accepts policy and PIN commands only from the
// extension's own pages").
import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from './handlers';

export default defineBackground(() => {
  // Returning the promise answers the sender (webextension-polyfill convention).
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleRequest(message, sender));
});
