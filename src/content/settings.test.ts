import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY } from '../policy/policy';
import type { ContentSettings } from '../protocol/messages';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, watchesPage } from './settings';

describe('content settings', () => {
  it('default to what a fresh install’s policy says', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      sensitivity: DEFAULT_POLICY.sensitivity,
      watchedSites: DEFAULT_POLICY.watchedSites,
      promptLevels: DEFAULT_POLICY.promptLevels,
      confirmBeforeSending: DEFAULT_POLICY.confirmBeforeSending,
      ageBand: DEFAULT_POLICY.ageBand,
      trustedContacts: [],
      suppressed: [],
    });
  });

  it('watch known chat sites (and the loopback demo) with "chat-sites", every page with "all-sites"', () => {
    const chatSites = { watchedSites: 'chat-sites' as const };
    expect(watchesPage(chatSites, new URL('https://discord.com/channels/1/2'))).toBe(true);
    expect(watchesPage(chatSites, new URL('https://www.instagram.com/direct/t/1/'))).toBe(true);
    expect(watchesPage(chatSites, new URL('http://127.0.0.1:5173/index.html#/chat/kai'))).toBe(true);
    expect(watchesPage(chatSites, new URL('https://forum.example/thread/1'))).toBe(false);
    // Instagram's feed is not its chat.
    expect(watchesPage(chatSites, new URL('https://www.instagram.com/'))).toBe(false);
    expect(watchesPage({ watchedSites: 'all-sites' }, new URL('https://forum.example/thread/1'))).toBe(true);
  });
});

describe('loadSettings and onSettingsChanged', () => {
  const invalidated: (() => void)[] = [];
  const ctx = { onInvalidated: (cb: () => void) => invalidated.push(cb) } as unknown as ContentScriptContext;

  beforeEach(() => {
    fakeBrowser.reset();
    invalidated.length = 0;
  });

  it('asks the background, and keeps what it had when there is no answer', async () => {
    const parent: ContentSettings = { ...DEFAULT_SETTINGS, confirmBeforeSending: false, trustedContacts: ['grandma'] };
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: parent }));
    expect(await loadSettings()).toEqual(parent);
    fakeBrowser.reset();
    expect(await loadSettings(parent)).toEqual(parent);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('calls back on "settings/changed" only, and stops when the script is invalidated', async () => {
    const onChange = vi.fn();
    onSettingsChanged(ctx, onChange);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'alert/list', limit: 1 }, {});
    expect(onChange).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'settings/changed' }, {});
    expect(onChange).toHaveBeenCalledTimes(1);
    for (const cb of invalidated) cb();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'settings/changed' }, {});
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
