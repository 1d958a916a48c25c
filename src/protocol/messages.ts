// The one typed message protocol between the content script, the background and the extension's
// pages (popup, later the parent page). Every message that crosses runtime.sendMessage is declared
// here, with its answer; the background checks who sent it before acting (see senders.ts).
import type { Category, Direction, Level, Sensitivity } from '../engine/types';
import type { Policy } from '../policy/policy';

/** A conversation as the content script knows it: the site and the thread within it. */
export interface ConversationRef {
  site: string;
  /** Stable key of the thread or channel on that site, so state survives reloads. */
  key: string;
  /** Display name of the other party whose messages raised the level. */
  otherParty: string;
}

/** A reason as it is stored and shown: no message text unless the parent's policy allows it. */
export interface AlertReason {
  ruleId: string;
  category: Category;
  description: string;
}

/** A warning the background has stored. */
export interface AlertRecord {
  id: number;
  time: number;
  site: string;
  conversationKey: string;
  otherParty: string;
  level: Level;
  categories: Category[];
  reasons: AlertReason[];
  seen: boolean;
  /** Short quotes of the messages, only when the parent's policy keeps excerpts (off by default). */
  excerpts?: string[];
}

/** What happened to the extension itself, so a parent can see if it was removed or reset. */
export type LifecycleKind = 'installed' | 'updated' | 'started';
export interface LifecycleEvent {
  id: number;
  kind: LifecycleKind;
  time: number;
  /** The extension's version at the time. */
  version: string;
  /** For 'updated': the version before. */
  previousVersion?: string;
}

/** A reason the child was already shown a prompt for in one conversation (no repeat unless it escalates). */
export interface PromptedReason {
  otherParty: string;
  category: Category;
  level: Level;
}

/** A pattern the parent marked "this was a false alarm" for one contact on one site. */
export interface Suppression {
  id: number;
  site: string;
  otherParty: string;
  /** The rules of the alert the parent marked; the same rules from the same contact stay quiet. */
  ruleIds: string[];
  time: number;
}

/** What the content script needs from the policy, and no more (not other sites' contacts). */
export interface ContentSettings {
  sensitivity: Policy['sensitivity'];
  watchedSites: Policy['watchedSites'];
  promptLevels: Policy['promptLevels'];
  confirmBeforeSending: boolean;
  /** The child's age band: the wording of the prompts (the sensitivity above already includes it). */
  ageBand: Policy['ageBand'];
  /** Trusted display names on the sender's own site. */
  trustedContacts: string[];
  /** False-alarm marks on the sender's own site: these rules from this contact stay quiet. */
  suppressed: { otherParty: string; ruleIds: string[] }[];
}

/** One chat message as the page shows it, on its way to the engine in the background. */
export interface ChatLine {
  direction: Direction;
  /** Display name of the author (the child's own messages: any, it is not used). */
  author: string;
  text: string;
}

/** One person's findings that have reached a warning: who, how far, and every reason so far (no text). */
export interface PersonFindings {
  otherParty: string;
  level: Level;
  reasons: AlertReason[];
}

/** The person the child is answering and what their last message asked (for the send check). */
export interface LastIncoming {
  author: string;
  categories: Category[];
}

export type ChatReadResult =
  /** Read: the people who should be considered for a prompt, in message order. */
  | { known: true; findings: PersonFindings[]; lastIncoming: LastIncoming | null }
  /** The background no longer knows this session (it was stopped and started): read the chat again. */
  | { known: false };

/** Proof of a verified PIN, held by the parent page for a few minutes. */
export interface ParentSession {
  token: string;
  expiresAt: number;
}

export type PinVerifyResult =
  | { verified: true; session: ParentSession }
  | { verified: false; lockedUntil: number | null; triesBeforeLock: number };

export type PinChangeResult =
  /** recoveryCode: the new recovery code when the old one was used up, else null. */
  | { changed: true; recoveryCode: string | null }
  | { changed: false; lockedUntil: number | null };

/** The policy in force, and which fields a family's or school's browser policy has locked. */
export interface PolicyView {
  policy: Policy;
  locked: (keyof Policy)[];
}

/** Every request, by type, with its payload. */
export interface Requests {
  /** Content script → background: the conversation's level rose. Excerpts are kept only if the policy says so. */
  'alert/report': { conversation: ConversationRef; level: Level; reasons: AlertReason[]; excerpts?: string[] };
  /** Extension page → background: the most recent alerts, newest first (the child's view: no excerpts). */
  'alert/list': { limit: number };
  /** Extension page → background: the child has seen every alert so far. */
  'alert/markSeen': Record<never, never>;
  /**
   * Content script → background: the next messages of the chat it watches, for the engine. The
   * background keeps the engine's state per tab and frame (findings, never the text); `session`
   * names one reading of one chat, `seq` counts the messages sent in it before these.
   */
  'chat/read': { session: string; seq: number; sensitivity: Sensitivity; messages: ChatLine[] };
  /** Content script → background: the settings for the page it runs in. */
  'settings/get': Record<never, never>;
  /** Is a parent PIN set, and is it locked after wrong guesses? */
  'pin/status': Record<never, never>;
  /** Set the first PIN (refused once one is set). */
  'pin/setup': { pin: string };
  /** Check the PIN; a right one opens a short parent session. */
  'pin/verify': { pin: string };
  /** Change the PIN with the old PIN or the recovery code. */
  'pin/change': { newPin: string; oldPin?: string; recoveryCode?: string };
  /** The policy in force (no PIN: the child may see what the settings are). */
  'policy/get': Record<never, never>;
  /** Change the policy (parent session; locked fields cannot change). Absent fields stay as they are. */
  'policy/set': { token: string; policy: Partial<Policy> };
  /** Every stored alert with its reasons and excerpts, newest first (parent session). */
  'alert/listAll': { token: string; limit?: number };
  /** Installs, updates and starts of the extension, newest first (parent session). */
  'events/list': { token: string };
  /** Content script → background: what this conversation (on the sender's site) already prompted, so a reload does not repeat it. */
  'conversation/get': { key: string };
  /**
   * Content script → background: the child is about to be shown a prompt for these reasons. The
   * answer says which were not recorded yet: another tab with the same chat may have shown them.
   */
  'conversation/prompted': { key: string; prompted: PromptedReason[] };
  /** Parent: "this was a false alarm": the alert's rules from its contact stay quiet from now on. */
  'alert/falseAlarm': { token: string; alertId: number };
  /** Parent: every false-alarm mark, newest first. */
  'suppression/list': { token: string };
  /** Parent: undo a false-alarm mark. */
  'suppression/remove': { token: string; id: number };
}

/** The answer to each request type. */
export interface Responses {
  'alert/report': { stored: boolean };
  'alert/list': { alerts: AlertRecord[] };
  'alert/markSeen': { updated: number };
  'chat/read': ChatReadResult;
  'settings/get': ContentSettings;
  'pin/status': { isSet: boolean; lockedUntil: number | null };
  'pin/setup': { recoveryCode: string };
  'pin/verify': PinVerifyResult;
  'pin/change': PinChangeResult;
  'policy/get': PolicyView;
  'policy/set': PolicyView;
  'alert/listAll': { alerts: AlertRecord[] };
  'events/list': { events: LifecycleEvent[] };
  'conversation/get': { level: Level; prompted: PromptedReason[] };
  'conversation/prompted': { stored: boolean; fresh: PromptedReason[] };
  'alert/falseAlarm': { suppression: Suppression };
  'suppression/list': { suppressions: Suppression[] };
  'suppression/remove': { removed: boolean };
}

export type RequestType = keyof Requests;
export type Request<T extends RequestType = RequestType> = { [K in T]: { type: K } & Requests[K] }[T];

/** Answer from the background: the response, or an error that says what went wrong. */
export type Reply<T extends RequestType> = { ok: true; value: Responses[T] } | { ok: false; error: string };

/**
 * Who may send each request. Alerts are the parent's and the child's to read, never a page's;
 * PIN and policy commands come only from the extension's own pages (a content script runs next to
 * a web page it cannot fully trust); the content script gets its settings through 'settings/get'.
 */
export const ALLOWED_SENDERS: { [K in RequestType]: 'content-script' | 'extension-page' } = {
  'alert/report': 'content-script',
  'alert/list': 'extension-page',
  'alert/markSeen': 'extension-page',
  'chat/read': 'content-script',
  'settings/get': 'content-script',
  'pin/status': 'extension-page',
  'pin/setup': 'extension-page',
  'pin/verify': 'extension-page',
  'pin/change': 'extension-page',
  'policy/get': 'extension-page',
  'policy/set': 'extension-page',
  'alert/listAll': 'extension-page',
  'events/list': 'extension-page',
  'conversation/get': 'content-script',
  'conversation/prompted': 'content-script',
  'alert/falseAlarm': 'extension-page',
  'suppression/list': 'extension-page',
  'suppression/remove': 'extension-page',
};

const REQUEST_TYPES = new Set<string>(Object.keys(ALLOWED_SENDERS));

/** Narrow an unknown runtime message to a request of a known type (the payload is checked by the handler). */
export function isRequest(message: unknown): message is Request {
  return typeof message === 'object' && message !== null && REQUEST_TYPES.has((message as { type?: unknown }).type as string);
}

// ---- Background → content script events -------------------------------------------------------
// Sent with tabs.sendMessage to every open tab (no permission needed; tabs without our content
// script simply do not answer). They carry no data: a content script asks again for what it needs,
// so it never sees another site's settings.

/** Every event the background sends to content scripts, by type. */
export interface ContentEvents {
  /** The parent changed the policy or a false-alarm mark: ask 'settings/get' again and obey it now. */
  'settings/changed': Record<never, never>;
}

export type ContentEventType = keyof ContentEvents;
export type ContentEvent<T extends ContentEventType = ContentEventType> = { [K in T]: { type: K } & ContentEvents[K] }[T];

const CONTENT_EVENT_TYPES: ReadonlySet<string> = new Set<ContentEventType>(['settings/changed']);

/** Narrow an unknown runtime message (in the content script) to an event from the background. */
export function isContentEvent(message: unknown): message is ContentEvent {
  return typeof message === 'object' && message !== null && CONTENT_EVENT_TYPES.has((message as { type?: unknown }).type as string);
}
