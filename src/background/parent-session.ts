// The parent session: after a right PIN the parent page gets a random token, good for a few
// minutes, which policy/set, alert/listAll and events/list require. Only a SHA-256 of the token
// is kept, in storage.session (memory only, cleared when the browser closes, not readable by
// content scripts), so it survives the MV3 service worker being stopped between two clicks.
import browser from 'webextension-polyfill';
import type { ParentSession } from '../protocol/messages';
import { constantTimeEqual, fromBase64, randomBytes, toBase64 } from './pin-crypto';

/** Short, so a parent who walks away does not leave the settings open for the child. */
export const SESSION_MS = 10 * 60_000;
const KEY = 'parentSession';

interface StoredSession {
  tokenHash: string;
  expiresAt: number;
}

async function sha256(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** Open a new session (replacing any other) and return its token. */
export async function startParentSession(now: number): Promise<ParentSession> {
  const token = toBase64(randomBytes(32));
  const session: StoredSession = { tokenHash: toBase64(await sha256(token)), expiresAt: now + SESSION_MS };
  await browser.storage.session.set({ [KEY]: session });
  return { token, expiresAt: session.expiresAt };
}

export async function endParentSession(): Promise<void> {
  await browser.storage.session.remove(KEY);
}

async function isValidSession(token: unknown, now: number): Promise<boolean> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 100) return false;
  const stored = (await browser.storage.session.get(KEY))[KEY] as Partial<StoredSession> | undefined;
  if (typeof stored?.tokenHash !== 'string' || typeof stored.expiresAt !== 'number' || stored.expiresAt <= now) return false;
  return constantTimeEqual(await sha256(token), fromBase64(stored.tokenHash));
}

/** Throw unless the token belongs to the current, unexpired parent session. */
export async function requireParentSession(token: unknown, now: number): Promise<void> {
  if (!(await isValidSession(token, now))) throw new Error('the parent session has ended: enter the PIN again');
}
