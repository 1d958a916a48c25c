// The policy in force: the parent's own, with the values a family or school set by browser
// policy on top. Read fresh for every request (both are small), so a change by either applies
// at once and the MV3 service worker keeps no state to lose.
import browser from 'webextension-polyfill';
import { mergeManaged, type ManagedMerge } from '../policy/managed';
import type { Policy } from '../policy/policy';
import { loadLocalPolicy } from '../store/policy-store';
import type { HandlerDeps } from './handler-types';

export interface EffectivePolicy extends ManagedMerge {
  /** The parent's own values, before the managed ones are put on top. */
  local: Policy;
}

/** Managed storage, or nothing: it fails where no administrator configured it (e.g. Firefox without a policy file). */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}

const TIMED_OUT = Symbol('timed out');
const hasValues = (value: unknown) => typeof value === 'object' && value !== null && Object.keys(value).length > 0;

/**
 * Managed storage, waiting at most `ms`. Chrome's first read on a fresh profile waits for the
 * browser's policy service: 3 s measured here, during which a chat tab would go unguarded. The
 * content script's settings use what is known by then; when the managed values arrive later and
 * hold anything, `late` is called so open tabs ask again (notify-tabs.ts).
 */
export async function readManagedWithin(read: () => Promise<unknown>, ms: number, late: () => void): Promise<unknown> {
  const pending = read().catch(() => ({}));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  const first = await Promise.race([pending, timedOut]);
  clearTimeout(timer);
  if (first !== TIMED_OUT) return first;
  void pending.then((value) => {
    if (hasValues(value)) late();
  });
  return {};
}
export async function readEffectivePolicy(deps: Pick<HandlerDeps, 'db' | 'readManaged'>): Promise<EffectivePolicy> {
  const local = await loadLocalPolicy(deps.db);
  let managed: unknown = {};
  try {
    managed = await deps.readManaged();
  } catch {
    // As above: without managed storage, nothing is locked.
  }
  return { ...mergeManaged(local, managed), local };
}
