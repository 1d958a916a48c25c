import type { Direction } from '../../engine/types';
import type { ComposerFinder } from './composer';

/** One chat message as a site adapter reads it from the page. */
export interface AdapterMessage {
  direction: Direction;
  author: string;
  text: string;
}

/**
 * Reads one site's chat from its DOM. Adapters prefer roles, aria labels and structure over
 * generated class names, so they survive a site's redesigns; the generic adapter covers the rest.
 */
export interface ChatAdapter {
  readonly id: string;
  /** Whether this adapter is meant for the page at this URL. */
  matches(url: URL): boolean;
  /** The element that holds the messages, or null when the page shows no chat. */
  findLog(doc: Document): Element | null;
  /** The message element that contains this node, or null when the node is not in a message. */
  messageOf(node: Node, log: Element): Element | null;
  /** Message elements now in the log, oldest first. */
  messages(log: Element): Element[];
  /** The message in one element, or null for elements that are not (yet) messages. */
  read(element: Element): AdapterMessage | null;
  /** Stable key of the thread or channel the page shows. */
  conversationKey(url: URL, log: Element): string;
  /** Where the child types and sends on this site; absent: the generic finder (composer.ts). */
  readonly composer?: ComposerFinder;
}
