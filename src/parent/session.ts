// The parent session on the page side: the token 'pin/verify' handed out, kept in memory and in
// sessionStorage (this tab only, gone when the tab closes) so a reload within the 10 minutes does
// not ask for the PIN again. The background is what enforces the session; this only remembers it.
import type { ParentSession } from '../protocol/messages';

const KEY = 'heads-up-parent-session';
/** The background's words when a token is missing, wrong or expired (parent-session.ts). */
const SESSION_ENDED = 'the parent session has ended';

export function loadSession(now = Date.now()): ParentSession | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<ParentSession> | null;
    if (typeof stored?.token === 'string' && typeof stored.expiresAt === 'number' && stored.expiresAt > now) return { token: stored.token, expiresAt: stored.expiresAt };
  } catch {
    // Unreadable: ask for the PIN again.
  }
  return null;
}

export function saveSession(session: ParentSession): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Storage off: the session lives in memory only, until a reload.
  }
}

export function clearSession(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}

export const isSessionEnded = (error: unknown): boolean => error instanceof Error && error.message.startsWith(SESSION_ENDED);
