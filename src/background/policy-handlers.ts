// Policy commands. Anyone on the extension's pages may read the policy (the child may see what
// is watched); only a parent session may change it, never a field the browser policy locked.
// The content script gets only the part it acts on, for its own site (settings/get).
import { parseField, parsePolicy, type Policy } from '../policy/policy';
import type { ContentSettings } from '../protocol/messages';
import { saveLocalPolicy } from '../store/policy-store';
import { applyRetention } from '../store/retention';
import { listSuppressionsForSite } from '../store/suppressions';
import { readEffectivePolicy, readManagedWithin } from './effective-policy';
import { sensitivityForAge } from '../policy/age-band';
import type { Handlers } from './handler-types';
import { notifySettingsChanged } from './notify-tabs';
import { requireParentSession } from './parent-session';

/** How long a chat tab's settings wait for managed storage (effective-policy.ts readManagedWithin). */
const MANAGED_WAIT_MS = 250;

/** Trusted names for a hostname: entries for the site itself and for any domain it is under. */
export function trustedContactsFor(policy: Policy, hostname: string): string[] {
  const host = hostname.toLowerCase();
  const names = Object.entries(policy.trustedContacts)
    .filter(([site]) => host === site || host.endsWith(`.${site}`))
    .flatMap(([, list]) => list);
  return [...new Set(names)];
}

function hostnameOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

/** Locked fields the request tries to change (sending a locked field's current value is fine). */
function changedLockedFields(input: Record<string, unknown>, policy: Policy, locked: (keyof Policy)[]): (keyof Policy)[] {
  return locked.filter((key) => {
    if (!(key in input) || input[key] === undefined) return false;
    const parsed = parseField(key, input[key]);
    return !parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(policy[key]);
  });
}

export const POLICY_HANDLERS: Handlers<'policy/get' | 'policy/set' | 'settings/get'> = {
  'policy/get': async (_request, context) => {
    const { policy, locked } = await readEffectivePolicy(context);
    return { policy, locked };
  },
  'policy/set': async (request, context) => {
    await requireParentSession(request.token, context.now());
    const input: unknown = request.policy;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('the policy must be an object');
    const current = await readEffectivePolicy(context);
    const values = input as Record<string, unknown>;
    const refused = changedLockedFields(values, current.policy, current.locked);
    if (refused.length > 0) throw new Error(`${refused.join(', ')} ${refused.length === 1 ? 'is' : 'are'} set by your family's or school's browser policy and cannot be changed here`);
    const unlocked = Object.fromEntries(Object.entries(values).filter(([key]) => !current.locked.includes(key as keyof Policy)));
    const parsed = parsePolicy(unlocked, current.local);
    if (!parsed.ok) throw new Error(parsed.error);
    await saveLocalPolicy(context.db, parsed.policy, context.now());
    const next = await readEffectivePolicy(context);
    await applyRetention(context.db, next.policy.retentionDays, context.now());
    // Chats already open obey the new policy at once, without a reload (notify-tabs.ts).
    notifySettingsChanged();
    return { policy: next.policy, locked: next.locked };
  },
  'settings/get': async (_request, context): Promise<ContentSettings> => {
    const readManaged = () => readManagedWithin(context.readManaged, MANAGED_WAIT_MS, notifySettingsChanged);
    const { policy } = await readEffectivePolicy({ ...context, readManaged });
    const hostname = hostnameOf(context.sender.url);
    return {
      sensitivity: sensitivityForAge(policy.sensitivity, policy.ageBand),
      ageBand: policy.ageBand,
      watchedSites: policy.watchedSites,
      promptLevels: { ...policy.promptLevels },
      confirmBeforeSending: policy.confirmBeforeSending,
      trustedContacts: trustedContactsFor(policy, hostname),
      // Only this site's false-alarm marks (alerts are stored under location.hostname, the same
      // hostname the content script's sender URL has): other sites' contacts are none of its business.
      suppressed: hostname === '' ? [] : await listSuppressionsForSite(context.db, hostname),
    };
  },
};
