// The parent's own policy, as one row. Reading never fails: a missing or unreadable row gives the
// defaults, so protection is never off because of a bad value in the store.
import { clonePolicy, DEFAULT_POLICY, parsePolicy, type Policy } from '../policy/policy';
import type { HeadsUpDb } from './db';

export async function loadLocalPolicy(db: HeadsUpDb): Promise<Policy> {
  const row = await db.policy.get('local');
  if (!row) return clonePolicy(DEFAULT_POLICY);
  const parsed = parsePolicy(row.policy);
  return parsed.ok ? parsed.policy : clonePolicy(DEFAULT_POLICY);
}

/** Store a policy that parsePolicy has already accepted. */
export async function saveLocalPolicy(db: HeadsUpDb, policy: Policy, now = Date.now()): Promise<void> {
  await db.policy.put({ id: 'local', policy, updatedAt: now });
}
