// The one typed message protocol between the content script, the background and the extension's
// pages (popup, later the parent page). Every message that crosses runtime.sendMessage is declared
// here, with its answer; the background checks who sent it before acting (see senders.ts).
import type { Category, Level } from '../engine/engine';

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
}

/** Every request, by type, with its payload. */
export interface Requests {
  /** Content script → background: the conversation's level rose. */
  'alert/report': { conversation: ConversationRef; level: Level; reasons: AlertReason[] };
  /** Extension page → background: the most recent alerts, newest first. */
  'alert/list': { limit: number };
  /** Extension page → background: the child has seen every alert so far. */
  'alert/markSeen': Record<never, never>;
}

/** The answer to each request type. */
export interface Responses {
  'alert/report': { stored: boolean };
  'alert/list': { alerts: AlertRecord[] };
  'alert/markSeen': { updated: number };
}

export type RequestType = keyof Requests;
export type Request<T extends RequestType = RequestType> = { [K in T]: { type: K } & Requests[K] }[T];

/** Answer from the background: the response, or an error that says what went wrong. */
export type Reply<T extends RequestType> = { ok: true; value: Responses[T] } | { ok: false; error: string };

/** Who may send each request. Alerts are the parent's and the child's to read, never a page's. */
export const ALLOWED_SENDERS: { [K in RequestType]: 'content-script' | 'extension-page' } = {
  'alert/report': 'content-script',
  'alert/list': 'extension-page',
  'alert/markSeen': 'extension-page',
};

const REQUEST_TYPES = new Set<string>(Object.keys(ALLOWED_SENDERS));

/** Narrow an unknown runtime message to a request of a known type (the payload is checked by the handler). */
export function isRequest(message: unknown): message is Request {
  return typeof message === 'object' && message !== null && REQUEST_TYPES.has((message as { type?: unknown }).type as string);
}
