// Telegram Web (web.telegram.org) has two clients with different DOMs: K at /k/ and A at /a/.
// One adapter covers both; each call goes to the client whose chat log is on the page (see
// telegram-web-k.ts and telegram-web-a.ts for the DOM each relies on).
import type { ChatAdapter } from './adapter';
import { composerBySelectors } from './composer';
import { telegramWebA } from './telegram-web-a';
import { telegramWebK } from './telegram-web-k';

/** K's messages live under .bubbles; everything else is A's. */
const clientOfLog = (log: Element) => (log.closest('.bubbles') || log.matches('.bubbles-inner') ? telegramWebK : telegramWebA);
const clientOfMessage = (element: Element) => (element.matches('.bubble') ? telegramWebK : telegramWebA);

export const telegramAdapter: ChatAdapter = {
  id: 'telegram',
  matches: (url) => url.hostname === 'web.telegram.org',
  // The path says which client runs, but both are tried: users can switch clients in place.
  findLog: (doc) => telegramWebK.findLog(doc) ?? telegramWebA.findLog(doc),
  messageOf: (node, log) => clientOfLog(log).messageOf(node, log),
  messages: (log) => clientOfLog(log).messages(log),
  read: (element) => clientOfMessage(element).read(element),
  conversationKey: (url, log) => clientOfLog(log).conversationKey(url, log),
  // K: div.input-message-input in the active chat (a hidden copy measures the text) and
  // button.btn-send; A: #editable-message-text and the Composer's send button.
  composer: composerBySelectors({
    field: '.chat.active .input-message-input[contenteditable="true"]:not(.input-field-input-fake), #editable-message-text',
    send: '.chat.active button.btn-send, .Composer button.send, .Composer button[aria-label="Send Message"]',
  }),
};
