// One validator per policy field, with messages a parent can act on. Kept apart from policy.ts
// so the policy's shape stays readable; the managed-storage merge uses the same checks.
import type { Policy } from './policy';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: string };
type FieldParsers = { [K in keyof Policy]: (value: unknown) => FieldResult<Policy[K]> };

/** Limits that keep a policy small: it travels to every content script. */
export const MAX_TRUSTED_SITES = 100;
export const MAX_TRUSTED_PER_SITE = 200;
export const MAX_NAME_LENGTH = 100;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/u;

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function oneOf<T extends string>(options: readonly T[]) {
  return (value: unknown): FieldResult<T> =>
    typeof value === 'string' && (options as readonly string[]).includes(value)
      ? ok(value as T)
      : fail(`must be one of ${options.map((o) => `"${o}"`).join(', ')} (got ${JSON.stringify(value)})`);
}

function flag(value: unknown): FieldResult<boolean> {
  return typeof value === 'boolean' ? ok(value) : fail(`must be true or false (got ${JSON.stringify(value)})`);
}

function promptLevels(value: unknown): FieldResult<Policy['promptLevels']> {
  if (!isRecord(value)) return fail('must be an object like { "warning": true, "danger": true }');
  const extra = Object.keys(value).filter((k) => k !== 'warning' && k !== 'danger');
  if (extra.length > 0) return fail(`only "warning" and "danger" can be set (got ${extra.map((k) => `"${k}"`).join(', ')})`);
  if (typeof value.warning !== 'boolean' || typeof value.danger !== 'boolean') return fail('"warning" and "danger" must both be true or false');
  return ok({ warning: value.warning, danger: value.danger });
}

function retentionDays(value: unknown): FieldResult<number> {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365
    ? ok(value)
    : fail(`must be a whole number of days from 1 to 365 (got ${JSON.stringify(value)})`);
}

/** Sites are hostnames ("discord.com"), compared in lower case; names are trimmed and de-duplicated. */
function trustedContacts(value: unknown): FieldResult<Record<string, string[]>> {
  if (!isRecord(value)) return fail('must be an object of site → list of names, like { "discord.com": ["Mum"] }');
  const entries = Object.entries(value);
  if (entries.length > MAX_TRUSTED_SITES) return fail(`at most ${MAX_TRUSTED_SITES} sites`);
  const result: Record<string, string[]> = {};
  for (const [rawSite, names] of entries) {
    const site = rawSite.trim().toLowerCase();
    if (!HOSTNAME.test(site)) return fail(`"${rawSite}" is not a site name like "discord.com"`);
    if (!Array.isArray(names)) return fail(`the contacts for ${site} must be a list of names`);
    if (names.length > MAX_TRUSTED_PER_SITE) return fail(`at most ${MAX_TRUSTED_PER_SITE} contacts for ${site}`);
    const clean = new Set(result[site] ?? []);
    for (const name of names) {
      if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH)
        return fail(`each contact for ${site} must be a name of 1 to ${MAX_NAME_LENGTH} characters`);
      clean.add(name.trim());
    }
    result[site] = [...clean];
  }
  return ok(result);
}

export const POLICY_FIELDS: FieldParsers = {
  sensitivity: oneOf(['relaxed', 'balanced', 'strict'] as const),
  watchedSites: oneOf(['chat-sites', 'all-sites'] as const),
  promptLevels,
  confirmBeforeSending: flag,
  keepExcerpts: flag,
  retentionDays,
  trustedContacts,
  ageBand: oneOf(['under-13', '13-15', '16-17'] as const),
};
