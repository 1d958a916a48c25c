import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { db } from '../store/db';
import { handleRequest } from './handlers';

const page = (): Runtime.MessageSender => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });
const content = (): Runtime.MessageSender => ({
  id: browser.runtime.id,
  url: 'https://chat.example/t/1',
  tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
});
const report = {
  type: 'alert/report',
  conversation: { site: 'chat.example', key: 'https://chat.example/t/1', otherParty: 'kai' },
  level: 'warning',
  reasons: [
    { ruleId: 'age-probe', category: 'age_probe', description: 'Asks how old you are.' },
    { ruleId: 'secrecy', category: 'secrecy', description: 'Asks you to keep the chat secret.' },
  ],
} as const;

describe('background handlers', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.alerts.clear();
  });

  it('stores a warning from the content script and lists it for the popup', async () => {
    expect(await handleRequest(report, content())).toEqual({ ok: true, value: { stored: true } });
    const listed = await handleRequest({ type: 'alert/list', limit: 10 }, page());
    expect(listed).toMatchObject({ ok: true, value: { alerts: [{ site: 'chat.example', otherParty: 'kai', level: 'warning', categories: ['age_probe', 'secrecy'], seen: false }] } });
  });

  it('keeps no message text in a stored alert', async () => {
    await handleRequest({ ...report, reasons: [{ ...report.reasons[0], quote: 'how old r u' }] }, content());
    const [alert] = await db.alerts.toArray();
    expect(JSON.stringify(alert)).not.toContain('how old r u');
  });

  it('does not store notices', async () => {
    expect(await handleRequest({ ...report, level: 'notice' }, content())).toEqual({ ok: true, value: { stored: false } });
    expect(await db.alerts.count()).toBe(0);
  });

  it('refuses alert reads from a content script and forged reports from pages', async () => {
    expect(await handleRequest({ type: 'alert/list', limit: 10 }, content())).toEqual({ ok: false, error: 'alert/list is not accepted from content-script' });
    expect(await handleRequest(report, page())).toMatchObject({ ok: false });
    expect(await handleRequest(report, { id: 'someone-else', url: 'https://evil.example/' })).toMatchObject({ ok: false });
  });

  it('answers a malformed report with a clear error and stores nothing', async () => {
    const reply = await handleRequest({ ...report, level: 'panic' }, content());
    expect(reply).toEqual({ ok: false, error: 'malformed alert report' });
    expect(await db.alerts.count()).toBe(0);
  });

  it('ignores messages that are not part of the protocol', async () => {
    expect(await handleRequest({ hello: 'world' }, content())).toBeUndefined();
  });

  it('marks every alert seen', async () => {
    await handleRequest(report, content());
    expect(await handleRequest({ type: 'alert/markSeen' }, page())).toEqual({ ok: true, value: { updated: 1 } });
  });
});
