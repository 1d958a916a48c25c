// The parent's policy: what Heads Up watches, how readily it warns and what it keeps. One typed
// object, validated field by field, so a bad value from the parent page, the store or the
// browser's managed storage gets a clear error and never replaces a good policy
// (issue "Parent policy, popup and local history").
import type { Sensitivity } from '../engine/types';
import { POLICY_FIELDS } from './fields';

export type { Sensitivity };
export type WatchedSites = 'chat-sites' | 'all-sites';
export type AgeBand = 'under-13' | '13-15' | '16-17';

export interface Policy {
  /** How readily the engine warns. */
  sensitivity: Sensitivity;
  /** Known chat sites only, or every site the child visits. */
  watchedSites: WatchedSites;
  /** Which levels show the child an in-page prompt (every warning is still stored). */
  promptLevels: { warning: boolean; danger: boolean };
  /** Ask the child to confirm before sending a risky reply. */
  confirmBeforeSending: boolean;
  /** Keep short quotes of the messages with an alert. Off by default: data minimisation. */
  keepExcerpts: boolean;
  /** Alerts older than this many days are deleted (1–365). */
  retentionDays: number;
  /** Per site (hostname), the display names the parent trusts: no prompts for them. */
  trustedContacts: Record<string, string[]>;
  /** The child's age band, for wording and age-gap rules. */
  ageBand: AgeBand;
}

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  sensitivity: 'balanced',
  watchedSites: 'chat-sites',
  promptLevels: { warning: true, danger: true },
  confirmBeforeSending: true,
  keepExcerpts: false,
  retentionDays: 30,
  trustedContacts: {},
  ageBand: '13-15',
});

export const POLICY_KEYS = Object.keys(POLICY_FIELDS) as (keyof Policy)[];

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validate a policy. Fields that are absent keep their value from `base` (so a stored policy
 * from an older version, or a change of one field, still parses); a field that is present must
 * be valid, and an unknown field is an error (it is most likely a typo that would be lost).
 * Every problem is reported at once, so the parent can fix them in one go.
 */
export function parsePolicy(input: unknown, base: Readonly<Policy> = DEFAULT_POLICY): PolicyResult {
  if (!isRecord(input)) return { ok: false, error: 'the policy must be an object' };
  const errors: string[] = [];
  const policy: Policy = clonePolicy(base);
  for (const key of Object.keys(input)) {
    if (!(key in POLICY_FIELDS)) errors.push(`unknown setting "${key}"`);
  }
  for (const key of POLICY_KEYS) {
    if (!(key in input) || input[key] === undefined) continue;
    const parsed = parseField(key, input[key]);
    if (parsed.ok) Object.assign(policy, { [key]: parsed.value });
    else errors.push(`${key}: ${parsed.error}`);
  }
  return errors.length > 0 ? { ok: false, error: errors.join('; ') } : { ok: true, policy };
}

/** Validate one field of the policy (used for managed values, which are checked one by one). */
export function parseField<K extends keyof Policy>(key: K, value: unknown): { ok: true; value: Policy[K] } | { ok: false; error: string } {
  return POLICY_FIELDS[key](value) as { ok: true; value: Policy[K] } | { ok: false; error: string };
}

/** A deep copy, so callers never share the nested objects of DEFAULT_POLICY or a stored row. */
export function clonePolicy(policy: Readonly<Policy>): Policy {
  return {
    ...policy,
    promptLevels: { ...policy.promptLevels },
    trustedContacts: Object.fromEntries(Object.entries(policy.trustedContacts).map(([site, names]) => [site, [...names]])),
  };
}
