// What the content script does about a risky conversation, as pure functions of the engine's
// findings, the parent's settings and what was already prompted (issue "In-page protection":
// never more than one prompt per reason per conversation unless it escalates; issue "Parent
// policy": trusted contacts get no prompts, a false-alarm mark keeps that pattern quiet).
import { INCOMING_CATEGORIES, LEVELS, type Category, type Level } from '../engine/types';
import type { AlertReason, ContentSettings, PersonFindings, PromptedReason } from '../protocol/messages';

/** One person's findings that have reached a warning (the engine's, from the background). */
export type Candidate = PersonFindings;

/** What to do about a candidate: what to store, what to remember as prompted, what to show. */
export interface AlertDecision {
  otherParty: string;
  level: Level;
  /** For the stored alert: the reasons left after the parent's false-alarm marks. */
  reasons: AlertReason[];
  /** For the in-page prompt: what the other person did that the child has not been told yet. */
  shownCategories: Category[];
  /** Whether the child sees a prompt (policy's prompt levels, trusted contacts). */
  show: boolean;
  /** Recorded so a reload or a repeat does not raise the same reasons again. */
  prompted: PromptedReason[];
}

const rank = (level: Level) => LEVELS.indexOf(level);
const INCOMING: ReadonlySet<Category> = new Set(INCOMING_CATEGORIES);
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function isTrusted(settings: Pick<ContentSettings, 'trustedContacts'>, name: string | null): boolean {
  return name !== null && name.trim() !== '' && settings.trustedContacts.some((trusted) => sameName(trusted, name));
}

/** The reasons left once this contact's false-alarm marks are dropped. */
export function withoutSuppressed(reasons: readonly AlertReason[], otherParty: string, suppressed: ContentSettings['suppressed']): AlertReason[] {
  const quiet = new Set(suppressed.filter((mark) => sameName(mark.otherParty, otherParty)).flatMap((mark) => mark.ruleIds));
  return reasons.filter((reason) => !quiet.has(reason.ruleId));
}

/** The highest level already prompted for this person in this conversation, or 'none'. */
function promptedLevel(prompted: readonly PromptedReason[], otherParty: string): Level {
  return prompted.filter((p) => p.otherParty === otherParty).reduce<Level>((top, p) => (rank(p.level) > rank(top) ? p.level : top), 'none');
}

function wasPrompted(prompted: readonly PromptedReason[], otherParty: string, category: Category, level: Level): boolean {
  return prompted.some((p) => p.otherParty === otherParty && p.category === category && rank(p.level) >= rank(level));
}

/**
 * Decide about one person's findings. A reason is (other party, category): it is raised once, and
 * again only when that person's level rises (warning → danger), when the prompt tells the whole
 * picture again. Returns null when there is nothing new to raise. The child's own replies count for
 * the level and the stored alert, but the prompt tells what the other person did.
 */
export function decideAlert(candidate: Candidate, settings: ContentSettings, prompted: readonly PromptedReason[]): AlertDecision | null {
  const { otherParty, level } = candidate;
  if (rank(level) < rank('warning')) return null;
  const reasons = withoutSuppressed(candidate.reasons, otherParty, settings.suppressed);
  const categories = [...new Set(reasons.map((r) => r.category))];
  const fresh = categories.filter((category) => !wasPrompted(prompted, otherParty, category, level));
  if (fresh.length === 0) return null;
  const rises = rank(level) > rank(promptedLevel(prompted, otherParty));
  const shownCategories = (rises ? categories : fresh).filter((category) => INCOMING.has(category));
  const promptLevel = level === 'danger' ? settings.promptLevels.danger : settings.promptLevels.warning;
  return {
    otherParty,
    level,
    reasons,
    shownCategories,
    show: promptLevel && shownCategories.length > 0 && !isTrusted(settings, otherParty),
    prompted: categories.map((category) => ({ otherParty, category, level })),
  };
}

/** The child's own risky replies (engine rules discloses-age, discloses-personal-info, agrees-to-*). */
export const DISCLOSURES: ReadonlySet<Category> = new Set<Category>(['discloses_personal_info', 'discloses_age', 'agrees_to_meet', 'agrees_to_secrecy']);

/**
 * Whether a message the child is about to send must wait for "are you sure?": it discloses
 * something, the parent's policy asks for it, and the person it goes to is not a trusted contact.
 * Returns what it would share (for the dialog's words), or null to let it go.
 */
export function confirmBeforeSend(draftCategories: readonly Category[], settings: ContentSettings, contact: string | null): Category[] | null {
  if (!settings.confirmBeforeSending || isTrusted(settings, contact)) return null;
  const shared = [...new Set(draftCategories.filter((category) => DISCLOSURES.has(category)))];
  return shared.length > 0 ? shared : null;
}
