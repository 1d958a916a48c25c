// Who sent a runtime message. Policy, PIN and alert commands must come from the extension's own
// pages; reports must come from our content script in a tab. A web page cannot reach
// runtime.onMessage at all (no externally_connectable), but a compromised or spoofing content
// context must still not read alerts or change the policy.
import type { Runtime } from 'webextension-polyfill';
import { ALLOWED_SENDERS, type RequestType } from './messages';

export type SenderKind = 'extension-page' | 'content-script' | 'unknown';

export function senderKind(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'unknown';
  const url = sender.url ?? '';
  // Extension pages (popup, options, parent page) have our own origin, even when open in a tab.
  if (url.startsWith(extensionOrigin)) return 'extension-page';
  // Content scripts run in a web page's tab, with that page's URL.
  if (sender.tab && /^(https?|file):/u.test(url)) return 'content-script';
  return 'unknown';
}

export function isAllowed(type: RequestType, kind: SenderKind): boolean {
  return ALLOWED_SENDERS[type] === kind;
}
