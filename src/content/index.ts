// The content script: reads the page's chat through a site adapter, scores it with the engine
// on the device, shows the child an in-page prompt, and tells the background (which stores it).
// Everything runs inside main() and through ctx, and every callback is guarded: a content script
// must never break the page it runs in.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendRequest } from '../protocol/client';
import { adapterForPage } from './adapters/registry';
import { showPrompt } from './prompt/show-prompt';
import { ChatSession, type Escalation } from './session';
import { ChatWatcher, type WatchedMessage } from './watcher';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    let session: ChatSession | null = null;
    const onMessage = (message: WatchedMessage) => {
      if (session?.key !== message.conversationKey) session = new ChatSession(message.conversationKey);
      const escalation = session.read(message);
      if (escalation) void warn(ctx, message.conversationKey, escalation);
    };
    // Chooses the site adapter (chooseAdapter) each time the watcher looks for a chat, so the
    // restart after a single-page navigation below chooses again too.
    const watcher = new ChatWatcher(ctx, adapterForPage(() => new URL(location.href)), onMessage);
    watcher.start();
    // Single-page chats change thread without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session = null;
      watcher.restart();
    });
  },
});

async function warn(ctx: ContentScriptContext, conversationKey: string, escalation: Escalation) {
  try {
    await showPrompt(ctx, escalation.level, escalation.otherParty, escalation.categories);
  } catch (e) {
    console.debug('[Heads Up] could not show the prompt:', e);
  }
  try {
    await sendRequest({
      type: 'alert/report',
      conversation: { site: location.hostname, key: conversationKey, otherParty: escalation.otherParty },
      level: escalation.level,
      reasons: escalation.reasons,
    });
  } catch (e) {
    // The extension was reloaded or updated: this page's script is orphaned and stops quietly.
    console.debug('[Heads Up] could not report to the background:', e);
  }
}
