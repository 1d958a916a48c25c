// Records every request the browser makes and sorts out the ones Heads Up must never make:
// anything leaving the extension (its service worker or its pages) for a non-extension URL, and
// anything a web page sends somewhere other than the demo server (a content script's request
// would look like that, since it is sent on behalf of the page).

import type { BrowserContext, Page, Request } from 'playwright-core';
import { expect } from 'vitest';

export type RequestSource = 'extension service worker' | 'extension page' | 'web page';

export interface RecordedRequest {
  source: RequestSource;
  url: string;
  /** The page or worker the request came from. */
  from: string;
}

/** Web URLs that never touch the network, and so are not requests in the sense we care about. */
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:'];

function sourceOf(request: Request): { source: RequestSource; from: string } {
  const worker = request.serviceWorker();
  if (worker !== null) {
    // The demo page registers no service worker, so every one in the context is the extension's.
    return { source: 'extension service worker', from: worker.url() };
  }
  let frameUrl: string;
  try {
    frameUrl = request.frame().url();
  } catch {
    // A navigation issued before its frame exists: attribute it to its own URL.
    frameUrl = request.url();
  }
  return {
    source: frameUrl.startsWith('chrome-extension://') ? 'extension page' : 'web page',
    from: frameUrl,
  };
}

export class NetworkRecorder {
  readonly all: RecordedRequest[] = [];

  /** @param allowedWebOrigin the demo server's origin: the only place web pages may talk to */
  constructor(private readonly allowedWebOrigin: string) {}

  attach(context: BrowserContext): void {
    context.on('request', (request) => {
      this.all.push({ ...sourceOf(request), url: request.url() });
    });
  }

  /** Requests that leave the machine's demo setup: these must not exist. */
  forbidden(): RecordedRequest[] {
    return this.all.filter((recorded) => {
      const url = new URL(recorded.url);
      if (LOCAL_SCHEMES.includes(url.protocol)) {
        return false;
      }
      return recorded.source !== 'web page' || url.origin !== this.allowedWebOrigin;
    });
  }
}

/**
 * The control of every no-network check: a request made from an extension page on purpose must be
 * caught and counted as forbidden, so an empty list means "none happened", not "none were seen".
 * The URL must resolve to nothing (the browser's --host-resolver-rules).
 */
export async function expectPageProbeCaught(recorder: NetworkRecorder, page: Page, probeUrl: string): Promise<void> {
  await page.evaluate((url) => {
    const image = document.createElement('img');
    image.src = url;
    document.body.append(image);
  }, probeUrl);
  await expect.poll(() => recorder.forbidden().map((r) => r.url)).toContain(probeUrl);
  expect(recorder.forbidden().find((r) => r.url === probeUrl)?.source).toBe('extension page');
}
