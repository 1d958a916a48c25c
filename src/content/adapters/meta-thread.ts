// What Messenger and Instagram share: both draw a thread with the same Meta web components. Shape
// relied on, from public automation and extension code of 2023–2025 reading messenger.com,
// facebook.com/messages and instagram.com/direct (see messenger.ts and instagram.ts):
//
//   [aria-label^="Messages in conversation …"]   the thread; role "grid" (or "log" in some builds)
//     [role="row"]                               one message, or a time / "seen by" line
//       h1–h6, often visually hidden             who sent it, for screen readers: "You sent" on own
//                                                messages, the sender's name on others' (in groups,
//                                                on the first message of a run only)
//       [dir="auto"]                             what was written (the innermost ones)
//       [role="button"]                          reactions, "Edited", hover actions
//       img[alt]                                 a sender's avatar (last message of a run)
//
// Class names there are generated atomic CSS (x1n2onr6 …), so none is relied on. A row without a
// sender label is placed by its bubble: drawn against the row's right edge, it is the child's own.
import type { AdapterMessage, ChatAdapter } from './adapter';
import { composerBySelectors } from './composer';
import { findBack, MAX_TEXT, messageNear, outermost, previousInOrder, textOf } from './text';

export interface MetaThreadSite {
  id: string;
  matches(url: URL): boolean;
  /** How the site labels the thread (English UI), e.g. "Messages in conversation titled". */
  threadLabel: string;
  /** The thread id a URL names, or null. */
  threadId(url: URL): string | null;
}

const ROW = '[role="row"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const NOT_WRITTEN = `${HEADING}, [role="button"], [role="img"], [role="tooltip"], time`;
/** "You sent", "You replied to Ava", "Ava replied to you" → who wrote it. */
const REPLIED = /^(.+?) replied to /iu;
const YOU = /^you(?: sent)?$/iu;
/** Where the thread is when its label is not the English one. */
const FALLBACK_THREADS = ['[role="main"] [role="grid"]', '[role="main"] [role="log"]'];

interface Sender {
  own: boolean;
  name: string;
}

const within = (element: Element, selector: string, root: Element) => {
  const hit = element.closest(selector);
  return hit !== null && root.contains(hit);
};

/** The innermost dir="auto" parts outside labels and buttons: what the person wrote. */
const writtenParts = (row: Element) =>
  Array.from(row.querySelectorAll('[dir="auto"]')).filter((part) => !part.querySelector('[dir="auto"]') && !within(part, NOT_WRITTEN, row));

/** The text of the written parts, else of the whole row outside labels and buttons. */
function writtenText(row: Element): string {
  const texts = writtenParts(row).map((part) => textOf(part, NOT_WRITTEN)).filter(Boolean);
  return texts.length ? texts.join(' ').slice(0, MAX_TEXT) : textOf(row, NOT_WRITTEN);
}

function labelledSender(row: Element): Sender | null {
  const label = Array.from(row.querySelectorAll(HEADING), (heading) => textOf(heading)).find(Boolean);
  if (!label) return null;
  const name = REPLIED.exec(label)?.[1] ?? label;
  return YOU.test(name) ? { own: true, name: 'You' } : { own: false, name };
}

/** Whether the row's bubble hugs the right edge; null when the page has no layout (not drawn). */
function alignedToEnd(row: Element): boolean | null {
  const bubble = writtenParts(row)[0];
  if (!bubble) return null;
  const rowBox = row.getBoundingClientRect();
  const box = bubble.getBoundingClientRect();
  if (!rowBox.width || !box.width) return null;
  return rowBox.right - box.right < box.left - rowBox.left;
}

function avatarName(row: Element): string {
  const alt = Array.from(row.querySelectorAll('img[alt]'), (image) => image.getAttribute('alt') ?? '').find((text) => text.trim());
  return (alt ?? '').replace(/'s profile picture$/u, '').trim();
}

export function metaThreadAdapter(site: MetaThreadSite): ChatAdapter {
  const threadSelector = `[aria-label^="${site.threadLabel}"]`;
  /** Looking back for earlier rows stops at the thread. */
  const rowBoundary = `${threadSelector}, [role="grid"], [role="log"]`;
  const threadTitle = (row: Element) =>
    (row.closest(threadSelector)?.getAttribute('aria-label') ?? '').slice(site.threadLabel.length).trim();

  return {
    id: site.id,
    matches: (url) => site.matches(url),
    findLog: (doc) => [threadSelector, ...FALLBACK_THREADS].map((selector) => doc.querySelector(selector)).find(Boolean) ?? null,
    messageOf: (node, log) => messageNear(node, log, ROW),
    messages: (log) => outermost(log, ROW),
    read(row): AdapterMessage | null {
      if (!row.matches(ROW)) return null;
      const text = writtenText(row);
      if (!text) return null;
      // A row's own label decides; an unlabelled row is placed by its bubble's side, and only
      // borrows a name from the run before it (groups label the first message of a run only).
      const label = labelledSender(row);
      const own = label ? label.own : (alignedToEnd(row) ?? false);
      const before = label ? null : findBack(row, (el) => previousInOrder(el, ROW, rowBoundary), (el) => (writtenText(el) ? labelledSender(el) : null));
      const author = own ? 'You' : label?.name || (before && !before.own ? before.name : '') || avatarName(row) || threadTitle(row);
      return { direction: own ? 'outgoing' : 'incoming', author, text };
    },
    conversationKey(url, log) {
      const thread = site.threadId(url);
      if (thread) return `${site.id}:${thread}`;
      const title = (log.getAttribute('aria-label') ?? '').slice(site.threadLabel.length).trim();
      return `${site.id}:title:${title || url.pathname}`;
    },
    // Both draw the message box as a Lexical editor in the main pane. Messenger labels its send
    // button "Press Enter to send"; Instagram's is a role="button" reading "Send" (composer.ts
    // finds buttons by that label too).
    composer: composerBySelectors({
      field: '[role="main"] [role="textbox"][contenteditable="true"]',
      send: '[role="main"] [role="button"][aria-label="Press Enter to send"], [role="main"] [role="button"][aria-label="Send"]',
    }),
  };
}
