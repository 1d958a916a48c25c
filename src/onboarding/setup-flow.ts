// The onboarding's talk with the background: set the PIN, open a parent session with it at once
// (for the quick settings), and save those settings, opening a new session if the parent took
// longer than a session lasts (10 minutes) over the recovery code.
import type { Policy } from '../policy/policy';
import { sendRequest } from '../protocol/client';

export interface SetupResult {
  recoveryCode: string;
  /** Saves settings with the parent session from setup. */
  saveSettings: (policy: Partial<Policy>) => Promise<void>;
}

type Send = typeof sendRequest;

async function openSession(send: Send, pin: string): Promise<string> {
  const verified = await send({ type: 'pin/verify', pin });
  if (!verified.verified) throw new Error('the new PIN was not accepted');
  return verified.session.token;
}

const SESSION_ENDED = /session has ended/u;

/**
 * Set the first PIN. The PIN stays in this closure (in this page's memory, never stored) only so
 * that an expired session can be reopened without asking again; it goes when the page closes.
 */
export async function setUpPin(pin: string, send: Send = sendRequest): Promise<SetupResult> {
  const { recoveryCode } = await send({ type: 'pin/setup', pin });
  let token = await openSession(send, pin);
  const saveSettings = async (policy: Partial<Policy>) => {
    try {
      await send({ type: 'policy/set', token, policy });
    } catch (e) {
      if (!(e instanceof Error && SESSION_ENDED.test(e.message))) throw e;
      token = await openSession(send, pin);
      await send({ type: 'policy/set', token, policy });
    }
  };
  return { recoveryCode, saveSettings };
}
