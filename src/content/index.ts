// The content script: reads the page's chat through a site adapter, scores it with the engine
// on the device, shows the child an in-page prompt, asks before a risky message is sent, and
// tells the background (which stores it). It obeys the parent's settings from the background
// (protection.ts). Everything runs inside main() and through ctx, and every callback is guarded:
// a content script must never break the page it runs in.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageProtection } from './protection';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    new PageProtection(ctx).start().catch((e: unknown) => console.debug('[Heads Up] could not start:', e));
  },
});
