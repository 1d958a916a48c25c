import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../store/db';
import { applyRetention } from '../store/retention';
import { handleRequest } from './handlers';
import { SESSION_MS } from './parent-session';
import { ask, contentScript, extensionPage, freshWorld, parentToken, T0, webPage, type TestWorld } from './test-helpers';

let world: TestWorld;
beforeEach(async () => {
  world = await freshWorld();
});

const reason = (ruleId: string, category = 'secrecy') => ({ ruleId, category, description: `${ruleId} description` });

function report(site: string, otherParty: string, ruleIds: string[], key = 'dm/1') {
  return {
    type: 'alert/report',
    conversation: { site, key, otherParty },
    level: 'warning',
    reasons: ruleIds.map((id) => reason(id)),
  } as const;
}

/** Store an alert as the content script on `site` would, and return its id. */
async function storeAlert(site: string, otherParty: string, ruleIds: string[]): Promise<number> {
  await ask(world, report(site, otherParty, ruleIds), contentScript(`https://${site}/chat`));
  const newest = await db.alerts.orderBy('id').last();
  if (!newest) throw new Error('the alert was not stored');
  return newest.id;
}

const settingsFor = (site: string) => ask(world, { type: 'settings/get' }, contentScript(`https://${site}/channels/1`));

describe('false-alarm marks', () => {
  it('stores the alert’s rules for its contact on its site, once', async () => {
    const alertId = await storeAlert('discord.com', 'kai', ['secrecy', 'age-probe', 'secrecy']);
    const token = await parentToken(world);
    const { suppression } = await ask(world, { type: 'alert/falseAlarm', token, alertId });
    expect(suppression).toMatchObject({ site: 'discord.com', otherParty: 'kai', ruleIds: ['age-probe', 'secrecy'], time: T0 });
    // Marking the same pattern again (a double click) keeps one mark.
    expect((await ask(world, { type: 'alert/falseAlarm', token, alertId })).suppression.id).toBe(suppression.id);
    expect(await db.suppressions.count()).toBe(1);
  });

  it('are per site and contact: settings/get returns only the sender site’s marks', async () => {
    const kaiOnDiscord = await storeAlert('discord.com', 'kai', ['secrecy']);
    const kaiOnInstagram = await storeAlert('www.instagram.com', 'kai', ['photo-request']);
    const samOnDiscord = await storeAlert('discord.com', 'sam', ['age-probe']);
    const moreKaiOnDiscord = await storeAlert('discord.com', 'kai', ['gifts-money']);
    const token = await parentToken(world);
    for (const alertId of [kaiOnDiscord, kaiOnInstagram, samOnDiscord, moreKaiOnDiscord]) await ask(world, { type: 'alert/falseAlarm', token, alertId });

    expect((await settingsFor('discord.com')).suppressed).toEqual([
      { otherParty: 'kai', ruleIds: ['gifts-money', 'secrecy'] },
      { otherParty: 'sam', ruleIds: ['age-probe'] },
    ]);
    expect((await settingsFor('www.instagram.com')).suppressed).toEqual([{ otherParty: 'kai', ruleIds: ['photo-request'] }]);
    // Another site, or a subdomain, sees none of them: a mark is for the site the alert came from.
    expect((await settingsFor('ptb.discord.com')).suppressed).toEqual([]);
    expect((await settingsFor('example.org')).suppressed).toEqual([]);
  });

  it('are listed newest first and can be undone', async () => {
    const first = await storeAlert('discord.com', 'kai', ['secrecy']);
    const second = await storeAlert('discord.com', 'sam', ['age-probe']);
    const token = await parentToken(world);
    const a = (await ask(world, { type: 'alert/falseAlarm', token, alertId: first })).suppression;
    world.clock += 1000;
    const b = (await ask(world, { type: 'alert/falseAlarm', token, alertId: second })).suppression;
    expect((await ask(world, { type: 'suppression/list', token })).suppressions.map((s) => s.id)).toEqual([b.id, a.id]);

    expect(await ask(world, { type: 'suppression/remove', token, id: a.id })).toEqual({ removed: true });
    expect(await ask(world, { type: 'suppression/remove', token, id: a.id })).toEqual({ removed: false });
    expect((await settingsFor('discord.com')).suppressed).toEqual([{ otherParty: 'sam', ruleIds: ['age-probe'] }]);
  });

  it('need a valid, unexpired parent session', async () => {
    const alertId = await storeAlert('discord.com', 'kai', ['secrecy']);
    const token = await parentToken(world);
    const requests = [
      { type: 'alert/falseAlarm', alertId },
      { type: 'suppression/list' },
      { type: 'suppression/remove', id: 1 },
    ] as const;
    for (const request of requests) {
      for (const bad of [undefined, '', 'guess', `${token}x`]) {
        expect(await handleRequest({ ...request, token: bad }, extensionPage(), world.deps)).toEqual({ ok: false, error: 'the parent session has ended: enter the PIN again' });
      }
    }
    world.clock = T0 + SESSION_MS;
    expect(await handleRequest({ type: 'alert/falseAlarm', token, alertId }, extensionPage(), world.deps)).toMatchObject({ ok: false });
    expect(await db.suppressions.count()).toBe(0);
  });

  it('cannot be sent by a content script or a web page, even with a valid token', async () => {
    const alertId = await storeAlert('discord.com', 'kai', ['secrecy']);
    const token = await parentToken(world);
    for (const sender of [contentScript(), webPage()]) {
      for (const request of [{ type: 'alert/falseAlarm', token, alertId }, { type: 'suppression/list', token }, { type: 'suppression/remove', token, id: 1 }]) {
        expect(await handleRequest(request, sender, world.deps)).toMatchObject({ ok: false, error: expect.stringContaining('is not accepted from') });
      }
    }
    expect(await db.suppressions.count()).toBe(0);
  });

  it('refuse malformed or unknown ids with a clear error', async () => {
    const token = await parentToken(world);
    for (const alertId of [undefined, 0, -1, 1.5, '1', 99]) {
      expect(await handleRequest({ type: 'alert/falseAlarm', token, alertId }, extensionPage(), world.deps)).toMatchObject({ ok: false });
    }
    expect(await handleRequest({ type: 'suppression/remove', token, id: 'all' }, extensionPage(), world.deps)).toEqual({ ok: false, error: 'id must be the id of a false-alarm mark' });
  });

  it('outlive retention: they are the parent’s decisions, not chat history', async () => {
    const alertId = await storeAlert('discord.com', 'kai', ['secrecy']);
    const token = await parentToken(world);
    await ask(world, { type: 'alert/falseAlarm', token, alertId });
    await applyRetention(db, 1, T0 + 400 * 86_400_000);
    expect(await db.alerts.count()).toBe(0);
    expect((await settingsFor('discord.com')).suppressed).toEqual([{ otherParty: 'kai', ruleIds: ['secrecy'] }]);
  });
});
