import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { isAllowed, senderKind } from './senders';

const ID = 'heads-up-id';
const ORIGIN = 'chrome-extension://heads-up-id/';
const kind = (sender: Runtime.MessageSender) => senderKind(sender, ID, ORIGIN);
const tab = { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Runtime.MessageSender['tab'];

describe('senderKind', () => {
  it('knows the extension pages, even open in a tab', () => {
    expect(kind({ id: ID, url: `${ORIGIN}popup.html` })).toBe('extension-page');
    expect(kind({ id: ID, url: `${ORIGIN}parent.html`, tab })).toBe('extension-page');
  });

  it('knows our content script in a web page', () => {
    expect(kind({ id: ID, url: 'https://discord.com/channels/1/2', tab })).toBe('content-script');
  });

  it('trusts nobody else', () => {
    expect(kind({ id: 'another-extension', url: `${ORIGIN}popup.html` })).toBe('unknown');
    expect(kind({ id: ID, url: 'https://evil.example/' })).toBe('unknown');
    expect(kind({ id: ID, url: 'chrome-extension://other-id/popup.html', tab })).toBe('unknown');
  });
});

describe('isAllowed', () => {
  it('lets content scripts report but never read alerts', () => {
    expect(isAllowed('alert/report', 'content-script')).toBe(true);
    expect(isAllowed('alert/list', 'content-script')).toBe(false);
    expect(isAllowed('alert/markSeen', 'content-script')).toBe(false);
  });

  it('lets extension pages read alerts but not forge reports', () => {
    expect(isAllowed('alert/list', 'extension-page')).toBe(true);
    expect(isAllowed('alert/report', 'extension-page')).toBe(false);
    expect(isAllowed('alert/list', 'unknown')).toBe(false);
  });
});

describe('parent commands', () => {
  it('come only from extension pages; the content script gets its settings instead', () => {
    for (const type of ['pin/status', 'pin/setup', 'pin/verify', 'pin/change', 'policy/get', 'policy/set', 'alert/listAll', 'events/list'] as const) {
      expect(isAllowed(type, 'extension-page'), type).toBe(true);
      expect(isAllowed(type, 'content-script'), type).toBe(false);
      expect(isAllowed(type, 'unknown'), type).toBe(false);
    }
    expect(isAllowed('settings/get', 'content-script')).toBe(true);
    expect(isAllowed('settings/get', 'extension-page')).toBe(false);
  });
});
