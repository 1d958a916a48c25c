// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, isSessionEnded, loadSession, saveSession } from './session';

afterEach(() => sessionStorage.clear());

describe('the parent session on the page', () => {
  it('survives a reload until it expires', () => {
    saveSession({ token: 'abc', expiresAt: 2_000 });
    expect(loadSession(1_999)).toEqual({ token: 'abc', expiresAt: 2_000 });
    expect(loadSession(2_000)).toBeNull();
    clearSession();
    expect(loadSession(0)).toBeNull();
  });

  it('ignores anything malformed', () => {
    for (const stored of ['{', '"text"', '{"token":1,"expiresAt":5}', '{"token":"a"}']) {
      sessionStorage.setItem('heads-up-parent-session', stored);
      expect(loadSession(0), stored).toBeNull();
    }
  });

  it('knows the background’s "session ended" error', () => {
    expect(isSessionEnded(new Error('the parent session has ended: enter the PIN again'))).toBe(true);
    expect(isSessionEnded(new Error('the policy must be an object'))).toBe(false);
    expect(isSessionEnded('the parent session has ended')).toBe(false);
  });
});
