import { describe, expect, it } from 'vitest';
import type { sendRequest } from '../protocol/client';
import type { Request } from '../protocol/messages';
import { setUpPin } from './setup-flow';

/** A stand-in background: records requests; policy/set fails once with an ended session when asked. */
function fakeBackground(options: { sessionEndsOnce?: boolean } = {}) {
  const sent: Request[] = [];
  let tokens = 0;
  let endSession = options.sessionEndsOnce ?? false;
  const send = (async (request: Request) => {
    sent.push(request);
    switch (request.type) {
      case 'pin/setup':
        return { recoveryCode: 'K7QM-2XHP-9RTD-WB4N' };
      case 'pin/verify':
        tokens++;
        return { verified: true, session: { token: `token-${tokens}`, expiresAt: 0 } };
      case 'policy/set':
        if (endSession) {
          endSession = false;
          throw new Error('the parent session has ended: enter the PIN again');
        }
        return { policy: {}, locked: [] };
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  }) as typeof sendRequest;
  return { send, sent };
}

describe('setting up the PIN from the onboarding page', () => {
  it('sets the PIN, opens a session with it at once, and saves settings with that session', async () => {
    const { send, sent } = fakeBackground();
    const setup = await setUpPin('48291573', send);
    expect(setup.recoveryCode).toBe('K7QM-2XHP-9RTD-WB4N');
    await setup.saveSettings({ ageBand: 'under-13' });
    expect(sent).toEqual([
      { type: 'pin/setup', pin: '48291573' },
      { type: 'pin/verify', pin: '48291573' },
      { type: 'policy/set', token: 'token-1', policy: { ageBand: 'under-13' } },
    ]);
  });

  it('opens a new session if the first one ended while the parent wrote the code down', async () => {
    const { send, sent } = fakeBackground({ sessionEndsOnce: true });
    const setup = await setUpPin('48291573', send);
    await setup.saveSettings({ sensitivity: 'strict' });
    expect(sent.map((r) => r.type)).toEqual(['pin/setup', 'pin/verify', 'policy/set', 'pin/verify', 'policy/set']);
    expect(sent[4]).toMatchObject({ token: 'token-2' });
  });

  it('passes other errors on', async () => {
    const { send } = fakeBackground();
    const failing = (async (request: Request) => {
      if (request.type === 'policy/set') throw new Error('sensitivity is set by your family’s or school’s browser policy');
      return send(request);
    }) as typeof sendRequest;
    const setup = await setUpPin('48291573', failing);
    await expect(setup.saveSettings({ sensitivity: 'strict' })).rejects.toThrow(/browser policy/u);
  });
});
