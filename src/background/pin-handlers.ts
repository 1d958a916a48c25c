// PIN commands from the extension's pages. The PIN is checked here and nowhere else; a right PIN
// opens a short parent session (parent-session.ts) instead of handing anything else back.
import { changePin, getPinStatus, setupPin, verifyPin } from './pin';
import type { Handlers } from './handler-types';
import { endParentSession, startParentSession } from './parent-session';

const optionalText = (value: unknown, name: string): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new Error(`${name} must be text`);
  return value;
};

export const PIN_HANDLERS: Handlers<'pin/status' | 'pin/setup' | 'pin/verify' | 'pin/change'> = {
  'pin/status': async (_request, { db, now }) => getPinStatus(db, now()),
  'pin/setup': async (request, { db, now, pinIterations }) => setupPin(db, request.pin, { now, iterations: pinIterations }),
  'pin/verify': async (request, { db, now }) => {
    if (typeof request.pin !== 'string') throw new Error('the PIN must be text');
    const outcome = await verifyPin(db, request.pin, { now });
    if (!outcome.ok) return { verified: false, lockedUntil: outcome.lockedUntil, triesBeforeLock: outcome.triesBeforeLock };
    return { verified: true, session: await startParentSession(now()) };
  },
  'pin/change': async (request, { db, now, pinIterations }) => {
    const proof = { oldPin: optionalText(request.oldPin, 'the old PIN'), recoveryCode: optionalText(request.recoveryCode, 'the recovery code') };
    const result = await changePin(db, proof, request.newPin, { now, iterations: pinIterations });
    // A new PIN ends the open session: whoever continues must know the new one.
    if (result.changed) await endParentSession();
    return result;
  },
};
