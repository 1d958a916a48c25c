// Records, inside the page, the order in which chat messages and Heads Up's prompt appear.
// Checking "no prompt yet" with a single look at the page is a race (the next message may already
// be there); a timeline written by the page itself as things happen is not.

import type { BrowserContext, Page } from 'playwright-core';

export type TimelineEvent =
  | { kind: 'message'; text: string; at: number }
  | { kind: 'prompt'; at: number };

interface TimelineWindow {
  headsUpE2eTimeline?: TimelineEvent[];
}

/**
 * Runs in the page (main world) before its own scripts; it must not use anything from this file.
 * It declares no named inner functions: tsx/esbuild may wrap those in a `__name()` helper that
 * exists in node but not in the page.
 */
function recordTimelineInPage(): void {
  const events: TimelineEvent[] = [];
  (window as unknown as TimelineWindow).headsUpE2eTimeline = events;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) {
          continue;
        }
        if (node.localName === 'heads-up-prompt') {
          events.push({ kind: 'prompt', at: performance.now() });
        } else if (node.parentElement?.getAttribute('role') === 'log') {
          events.push({ kind: 'message', text: node.querySelector('.text')?.textContent ?? '', at: performance.now() });
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Installs the recorder for every page the context opens from now on. */
export async function recordTimeline(context: BrowserContext): Promise<void> {
  await context.addInitScript(recordTimelineInPage);
}

export async function readTimeline(page: Page): Promise<TimelineEvent[]> {
  return page.evaluate(() => (window as unknown as TimelineWindow).headsUpE2eTimeline ?? []);
}

/** Index of the first message containing `text`, or -1. */
export function messageIndex(timeline: readonly TimelineEvent[], text: string): number {
  return timeline.findIndex((event) => event.kind === 'message' && event.text.includes(text));
}

/** Index of the first time the prompt was added to the page, or -1. */
export function firstPromptIndex(timeline: readonly TimelineEvent[]): number {
  return timeline.findIndex((event) => event.kind === 'prompt');
}
