// Settings locked by browser policy. A family or school that force-installs Heads Up
// (ExtensionInstallForcelist) can also set any policy field through managed storage
// (managed-schema.json, served to Chrome through the manifest's storage.managed_schema). A
// managed value wins over the parent's own and is reported as locked, so the parent page can
// show it greyed out and the background refuses to change it (issue "Parent policy, popup and
// local history").
import { clonePolicy, parseField, POLICY_KEYS, type Policy } from './policy';

export interface ManagedMerge {
  /** The policy in force: local values, with every valid managed value on top. */
  policy: Policy;
  /** Fields set by browser policy: they cannot be changed from the parent page. */
  locked: (keyof Policy)[];
  /** Managed values that were not valid and were ignored, with why (for the parent page). */
  rejected: string[];
}

/**
 * Merge managed values into the local policy, field by field. An invalid managed value is
 * ignored (and reported) rather than failing the whole policy: one typo by an administrator
 * must not switch the protection off or reset the parent's choices.
 */
export function mergeManaged(local: Readonly<Policy>, managed: unknown): ManagedMerge {
  const policy = clonePolicy(local);
  const locked: (keyof Policy)[] = [];
  const rejected: string[] = [];
  if (typeof managed !== 'object' || managed === null || Array.isArray(managed)) return { policy, locked, rejected };
  const values = managed as Record<string, unknown>;
  for (const key of POLICY_KEYS) {
    if (values[key] === undefined) continue;
    const parsed = parseField(key, values[key]);
    if (parsed.ok) {
      Object.assign(policy, { [key]: parsed.value });
      locked.push(key);
    } else {
      rejected.push(`${key}: ${parsed.error}`);
    }
  }
  return { policy, locked, rejected };
}
