import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyTabs } from './notify-tabs';

describe('notifyTabs', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sends the event to every tab and ignores tabs without our script', async () => {
    await fakeBrowser.tabs.create({ url: 'https://discord.com/channels/1/2' });
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    const tabs = await browser.tabs.query({});
    const firstId = tabs[0]?.id;
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
      if (tabId !== firstId) throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });
    expect(await notifyTabs({ type: 'settings/changed' })).toBe(1);
    expect(send).toHaveBeenCalledTimes(tabs.length);
    expect(send).toHaveBeenCalledWith(firstId, { type: 'settings/changed' });
    send.mockRestore();
  });

  it('never throws when tabs cannot be listed', async () => {
    vi.spyOn(browser.tabs, 'query').mockRejectedValue(new Error('no tabs here'));
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    await expect(notifyTabs({ type: 'settings/changed' })).resolves.toBe(0);
    vi.restoreAllMocks();
  });
});
