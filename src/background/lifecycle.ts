// The extension's own history, for tamper visibility: each install, update and background start
// is recorded with the version, so a parent can see a reinstall (which wipes the history) or a
// long gap. Starting also applies retention (no alarms permission needed) and restores the badge.
import browser, { type Runtime } from 'webextension-polyfill';
import type { LifecycleKind } from '../protocol/messages';
import { unseenCount } from '../store/alerts';
import { recordEvent } from '../store/events';
import { applyRetention } from '../store/retention';
import { showUnseenCount } from './badge';
import { readEffectivePolicy } from './effective-policy';
import type { HandlerDeps } from './handler-types';

type LifecycleDeps = Pick<HandlerDeps, 'db' | 'now' | 'readManaged'>;

export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** Which event an onInstalled reason is: only our own install and update count (not the browser's). */
export function installKind(reason: Runtime.OnInstalledReason): LifecycleKind | null {
  if (reason === 'install') return 'installed';
  if (reason === 'update') return 'updated';
  return null;
}

/** The parent's setup page (src/onboarding): the PIN, the recovery code and quick settings. */
export const ONBOARDING_PATH = '/onboarding.html';

/**
 * On a fresh install, open the onboarding page so the parent sets the PIN at once (issue 6:
 * "PIN set at first run by the parent on an onboarding page that opens on install"). Updates and
 * browser updates open nothing; tabs.create needs no permission.
 */
export async function openOnboardingOnInstall(details: Runtime.OnInstalledDetailsType): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) });
}

export async function recordInstall(deps: LifecycleDeps, details: Runtime.OnInstalledDetailsType, version: string): Promise<void> {
  const kind = installKind(details.reason);
  if (kind) await recordEvent(deps.db, kind, version, deps.now(), kind === 'updated' ? details.previousVersion : undefined);
}

/** Everything the background does when it starts. */
export async function onBackgroundStart(deps: LifecycleDeps, version: string): Promise<void> {
  const now = deps.now();
  await recordEvent(deps.db, 'started', version, now);
  const { policy } = await readEffectivePolicy(deps);
  await applyRetention(deps.db, policy.retentionDays, now);
  await showUnseenCount(await unseenCount(deps.db));
}
