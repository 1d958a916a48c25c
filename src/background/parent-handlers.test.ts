import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../store/db';
import { recordEvent } from '../store/events';
import { handleRequest } from './handlers';
import { SESSION_MS } from './parent-session';
import { ask, contentScript, extensionPage, freshWorld, parentToken, T0, type TestWorld } from './test-helpers';

let world: TestWorld;
beforeEach(async () => {
  world = await freshWorld();
});

const report = {
  type: 'alert/report',
  conversation: { site: 'discord.com', key: 'dm/1', otherParty: 'kai' },
  level: 'danger',
  reasons: [{ ruleId: 'secrecy', category: 'secrecy', description: 'Asks you to keep the chat secret.' }],
} as const;

describe('parent reads', () => {
  it('lists every alert with its reasons for a parent session', async () => {
    await ask(world, report, contentScript());
    const token = await parentToken(world);
    const { alerts } = await ask(world, { type: 'alert/listAll', token });
    expect(alerts).toMatchObject([{ level: 'danger', otherParty: 'kai', reasons: report.reasons }]);
    expect(await db.conversations.get(['discord.com', 'dm/1'])).toMatchObject({ level: 'danger', categories: ['secrecy'] });
  });

  it('lists lifecycle events, newest first', async () => {
    await recordEvent(db, 'installed', '0.1.0', T0 - 1000);
    await recordEvent(db, 'started', '0.1.0', T0);
    const token = await parentToken(world);
    expect((await ask(world, { type: 'events/list', token })).events.map((e) => e.kind)).toEqual(['started', 'installed']);
  });

  it('refuses both without a valid, unexpired token', async () => {
    const token = await parentToken(world);
    for (const type of ['alert/listAll', 'events/list'] as const) {
      expect(await handleRequest({ type, token: 'guess' }, extensionPage(), world.deps)).toMatchObject({ ok: false });
      expect(await handleRequest({ type }, extensionPage(), world.deps)).toMatchObject({ ok: false });
    }
    world.clock = T0 + SESSION_MS - 1;
    expect(await handleRequest({ type: 'events/list', token }, extensionPage(), world.deps)).toMatchObject({ ok: true });
    world.clock = T0 + SESSION_MS;
    expect(await handleRequest({ type: 'events/list', token }, extensionPage(), world.deps)).toEqual({ ok: false, error: 'the parent session has ended: enter the PIN again' });
  });
});
