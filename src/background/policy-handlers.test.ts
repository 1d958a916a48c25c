import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy';
import { db } from '../store/db';
import { handleRequest } from './handlers';
import { SESSION_MS } from './parent-session';
import { ask, contentScript, extensionPage, freshWorld, parentToken, type TestWorld } from './test-helpers';

let world: TestWorld;
beforeEach(async () => {
  world = await freshWorld();
});

const report = {
  type: 'alert/report',
  conversation: { site: 'discord.com', key: 'dm/1', otherParty: 'kai' },
  level: 'warning',
  reasons: [{ ruleId: 'age-probe', category: 'age_probe', description: 'Asks how old you are.' }],
  excerpts: ['how old r u'],
} as const;

describe('policy/get and policy/set', () => {
  it('shows the default policy without a PIN', async () => {
    expect(await ask(world, { type: 'policy/get' })).toEqual({ policy: DEFAULT_POLICY, locked: [] });
  });

  it('persists a change made in a parent session', async () => {
    const token = await parentToken(world);
    const set = await ask(world, { type: 'policy/set', token, policy: { sensitivity: 'strict', keepExcerpts: true } });
    expect(set.policy).toEqual({ ...DEFAULT_POLICY, sensitivity: 'strict', keepExcerpts: true });
    expect((await db.policy.get('local'))?.policy).toEqual(set.policy);
    expect((await ask(world, { type: 'policy/get' })).policy.sensitivity).toBe('strict');
  });

  it('refuses a missing, wrong or expired token and changes nothing', async () => {
    const token = await parentToken(world);
    for (const bad of [undefined, '', 'not-the-token', `${token}x`]) {
      expect(await handleRequest({ type: 'policy/set', token: bad, policy: { sensitivity: 'strict' } }, extensionPage(), world.deps)).toEqual({
        ok: false,
        error: 'the parent session has ended: enter the PIN again',
      });
    }
    world.clock += SESSION_MS;
    expect(await handleRequest({ type: 'policy/set', token, policy: { sensitivity: 'strict' } }, extensionPage(), world.deps)).toMatchObject({ ok: false });
    expect(await db.policy.count()).toBe(0);
  });

  it('answers an invalid policy with a clear error and keeps the old one', async () => {
    const token = await parentToken(world);
    await ask(world, { type: 'policy/set', token, policy: { retentionDays: 60 } });
    const reply = await handleRequest({ type: 'policy/set', token, policy: { retentionDays: 0, sensitivity: 'strict' } }, extensionPage(), world.deps);
    expect(reply).toEqual({ ok: false, error: 'retentionDays: must be a whole number of days from 1 to 365 (got 0)' });
    expect((await ask(world, { type: 'policy/get' })).policy).toEqual({ ...DEFAULT_POLICY, retentionDays: 60 });
  });

  it('reports managed fields as locked and refuses to change them', async () => {
    world.managed = { sensitivity: 'strict', retentionDays: 7 };
    const token = await parentToken(world);
    expect(await ask(world, { type: 'policy/get' })).toEqual({ policy: { ...DEFAULT_POLICY, sensitivity: 'strict', retentionDays: 7 }, locked: ['sensitivity', 'retentionDays'] });
    const reply = await handleRequest({ type: 'policy/set', token, policy: { sensitivity: 'relaxed', ageBand: 'under-13' } }, extensionPage(), world.deps);
    expect(reply).toEqual({ ok: false, error: "sensitivity is set by your family's or school's browser policy and cannot be changed here" });
    // Sending the whole policy back, locked values unchanged, is fine.
    const { policy } = await ask(world, { type: 'policy/get' });
    const set = await ask(world, { type: 'policy/set', token, policy: { ...policy, ageBand: 'under-13' } });
    expect(set.policy).toMatchObject({ sensitivity: 'strict', retentionDays: 7, ageBand: 'under-13' });
    expect((await db.policy.get('local'))?.policy).toMatchObject({ sensitivity: 'balanced', retentionDays: 30 });
  });

  it('applies a shorter retention at once', async () => {
    const token = await parentToken(world);
    expect(await handleRequest(report, contentScript(), { ...world.deps, now: () => world.clock - 10 * 86_400_000 })).toEqual({ ok: true, value: { stored: true } });
    expect(await db.alerts.count()).toBe(1);
    await ask(world, { type: 'policy/set', token, policy: { retentionDays: 7 } });
    expect(await db.alerts.count()).toBe(0);
  });
});

describe('settings/get', () => {
  it('gives the content script only what it needs, with the trusted contacts of its own site', async () => {
    const token = await parentToken(world);
    await ask(world, { type: 'policy/set', token, policy: { trustedContacts: { 'discord.com': ['Mum'], 'instagram.com': ['Aunt Jo'] }, ageBand: 'under-13' } });
    const settings = await ask(world, { type: 'settings/get' }, contentScript('https://ptb.discord.com/channels/1'));
    expect(settings).toEqual({
      // Under 13: the parent's balanced becomes strict for the engine (src/policy/age-band.ts).
      sensitivity: 'strict',
      watchedSites: 'chat-sites',
      promptLevels: { warning: true, danger: true },
      confirmBeforeSending: true,
      ageBand: 'under-13',
      trustedContacts: ['Mum'],
      suppressed: [],
    });
    expect((await ask(world, { type: 'settings/get' }, contentScript('https://notdiscord.com/'))).trustedContacts).toEqual([]);
  });
});

describe('excerpts', () => {
  it('are dropped unless the policy keeps them', async () => {
    await ask(world, report, contentScript());
    expect((await db.alerts.toArray())[0]).not.toHaveProperty('excerpts');
    const token = await parentToken(world);
    await ask(world, { type: 'policy/set', token, policy: { keepExcerpts: true } });
    await ask(world, report, contentScript());
    const all = await ask(world, { type: 'alert/listAll', token });
    expect(all.alerts[0]?.excerpts).toEqual(['how old r u']);
    const childView = await ask(world, { type: 'alert/list', limit: 10 });
    expect(JSON.stringify(childView)).not.toContain('how old r u');
  });
});
