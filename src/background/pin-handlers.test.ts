import { beforeEach, describe, expect, it } from 'vitest';
import { handleRequest } from './handlers';
import { SESSION_MS } from './parent-session';
import { ask, extensionPage, freshWorld, PIN, T0, type TestWorld } from './test-helpers';

let world: TestWorld;
beforeEach(async () => {
  world = await freshWorld();
});

describe('PIN commands', () => {
  it('sets up a PIN once, then verifies it into a short parent session', async () => {
    expect(await ask(world, { type: 'pin/status' })).toEqual({ isSet: false, lockedUntil: null });
    const { recoveryCode } = await ask(world, { type: 'pin/setup', pin: PIN });
    expect(recoveryCode).toMatch(/^(?:[2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}$/u);
    expect(await handleRequest({ type: 'pin/setup', pin: '11112222' }, extensionPage(), world.deps)).toMatchObject({ ok: false, error: expect.stringContaining('already set') });
    const verified = await ask(world, { type: 'pin/verify', pin: PIN });
    expect(verified).toMatchObject({ verified: true, session: { expiresAt: T0 + SESSION_MS } });
    expect(verified.verified && verified.session.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers a wrong PIN with the tries left, then the lock-out time', async () => {
    await ask(world, { type: 'pin/setup', pin: PIN });
    expect(await ask(world, { type: 'pin/verify', pin: '000000' })).toEqual({ verified: false, lockedUntil: null, triesBeforeLock: 4 });
    for (let i = 0; i < 3; i++) await ask(world, { type: 'pin/verify', pin: '000000' });
    expect(await ask(world, { type: 'pin/verify', pin: '000000' })).toEqual({ verified: false, lockedUntil: T0 + 60_000, triesBeforeLock: 0 });
    expect(await ask(world, { type: 'pin/status' })).toEqual({ isSet: true, lockedUntil: T0 + 60_000 });
  });

  it('refuses a PIN that is not text', async () => {
    expect(await handleRequest({ type: 'pin/verify', pin: 73914628 }, extensionPage(), world.deps)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'pin/setup', pin: ['7'] }, extensionPage(), world.deps)).toEqual({ ok: false, error: 'the PIN must be text' });
  });

  it('changes the PIN with the recovery code, issues a new code and ends the open session', async () => {
    const { recoveryCode } = await ask(world, { type: 'pin/setup', pin: PIN });
    const verified = await ask(world, { type: 'pin/verify', pin: PIN });
    const token = verified.verified ? verified.session.token : '';
    const changed = await ask(world, { type: 'pin/change', recoveryCode, newPin: '24681357' });
    expect(changed).toMatchObject({ changed: true, recoveryCode: expect.stringMatching(/^[2-9A-Z-]{19}$/u) });
    expect(await handleRequest({ type: 'events/list', token }, extensionPage(), world.deps)).toMatchObject({ ok: false });
    expect(await ask(world, { type: 'pin/change', recoveryCode, newPin: '99998888' })).toEqual({ changed: false, lockedUntil: null });
    expect(await ask(world, { type: 'pin/change', oldPin: '24681357', newPin: '13572468' })).toEqual({ changed: true, recoveryCode: null });
  });
});
