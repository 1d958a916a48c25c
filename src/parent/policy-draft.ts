// The policy editor's working copy. Trusted contacts are edited as rows (a site, and names one
// per line); only fields the browser policy has not locked are sent, and the background checks
// everything again (policy/set answers with every problem at once).
import { POLICY_KEYS, type Policy } from '../policy/policy';

export interface TrustedRow {
  site: string;
  /** One display name per line. */
  names: string;
}

export function rowsFromTrusted(trusted: Readonly<Record<string, readonly string[]>>): TrustedRow[] {
  return Object.entries(trusted).map(([site, names]) => ({ site, names: names.join('\n') }));
}

/** Rows back to the policy's shape; blank rows are dropped, names are trimmed, empty lines ignored. */
export function trustedFromRows(rows: readonly TrustedRow[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const row of rows) {
    const site = row.site.trim();
    const names = row.names.split(/\r?\n/u).map((n) => n.trim()).filter((n) => n !== '');
    if (site === '' && names.length === 0) continue;
    result[site] = [...(result[site] ?? []), ...names];
  }
  return result;
}

/** The draft without the locked fields: those belong to the browser policy, not to this page. */
export function unlockedFields(draft: Readonly<Policy>, locked: readonly (keyof Policy)[]): Partial<Policy> {
  return Object.fromEntries(POLICY_KEYS.filter((key) => !locked.includes(key)).map((key) => [key, draft[key]])) as Partial<Policy>;
}
