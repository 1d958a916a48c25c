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
