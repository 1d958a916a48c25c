// Heads Up on a hostile page (issue 5, "In-page protection"): 100,000 nodes, thousands of
// mutations a second, shadow DOM, iframes, odd Unicode (tests/fixtures/hostile/hostile.html), and
// a risky conversation among the noise. No exception may reach the page or any of its scripts'
// worlds, there is never more than one prompt in the page, the JS heap stays bounded while the
// storm goes on, and the tab keeps drawing frames.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promptDialog } from '../../tools/demo-flow';
import { saveScreenshot, startSession, type E2eSession } from './support/session';

const STORM_MS = 5_000;
const RISKY = ['how old r u btw', 'no way, u seem way more mature than that', 'lets keep this between us ok? dont tell ur parents', 'send me a pic of u'];
/**
 * Bounds, from measurements (Chromium 156, 2 cores shared with other test runs). Between the two
 * heavy storms the GC'd heap grew 0–0.3 MB. From after the page loaded to after both heavy storms,
 * the DOM nodes alive (detached ones included) changed by −350 to +0; a watcher that kept the
 * elements it read (a Set instead of its WeakSet) grew them by 15,000–20,000, which the node bound
 * catches. The longest gap between frames in the third storm was 170–350 ms, and 170–230 ms
 * WITHOUT the extension (the page's own storm and garbage collection), so the frame bound only
 * says the tab never freezes; `npm run bench` measures the content script's own main-thread time.
 * An older prompt (before src/content/prompt/prompt-slot.tsx) put two prompts in the page when a
 * conversation arrived at once, which the second test catches.
 */
const HEAP_GROWTH_BETWEEN_STORMS_BYTES = 4 * 1024 * 1024;
/**
 * DOM nodes the page may gain from one heavy storm to the next. Measured between the two storms,
 * as the heap is: after a storm the page itself keeps up to 3,000 chat messages, how many depends
 * on how many of its steps ran (under load, with other browsers beside it, fewer), so against the
 * quiet page after load the count swung by up to 4,900 with no leak, and between the storms by
 * up to 1,900. The leak this catches (a Set of read elements) grew them by 15,000-20,000.
 */
const NODE_GROWTH_BETWEEN_STORMS = 5_000;
/**
 * The tab keeps drawing: frames all through the third storm, and no gap of half the storm. Not a
 * timing bound on the extension (the 170-350 ms above are the page's own storm). The CI run of
 * 48d5f60 drew only 5 frames in the third storm, 1,017 ms apart, while the page's own timers ran
 * at full speed: the tab was most likely behind the onboarding tab the extension opens on
 * install. Here, with another tab brought in front, the same storm drew 13 frames with 1,017 ms
 * gaps (and the page still said it was visible); in front, about 240 frames. So the test brings
 * the tab to the front again just before that storm. A frame rate is a benchmark's figure, not a
 * behaviour (README, "Performance"): this asserts the tab never freezes, and a frozen tab draws
 * nothing at all.
 */
const LONGEST_FRAME_GAP_MS = STORM_MS / 2;
/** Frames at the start, in the middle and at the end of the third storm, at the least. */
const MIN_FRAMES = 3;
/** The storm must really be one: thousands of mutations a second. */
const MIN_MUTATIONS_PER_SECOND = 2_000;

interface PageRecord {
  errors: string[];
  maxPrompts: number;
  promptInsertions: number;
}

interface HostileStats {
  frames: number;
  longestFrameGapMs: number;
  mutations: number;
  nodes: number;
}

/**
 * Runs in the page's main world before any of its scripts. No named inner functions: tsx may wrap
 * them in a __name() helper that the page does not have.
 */
function recordInPage(): void {
  const record: PageRecord = { errors: [], maxPrompts: 0, promptInsertions: 0 };
  (window as unknown as { headsUpE2e: PageRecord }).headsUpE2e = record;
  window.addEventListener('error', (event) => record.errors.push(`error: ${String(event.message)}`));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection: ${String(event.reason)}`));
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node.nodeName === 'HEADS-UP-PROMPT') record.promptInsertions++;
    }
    record.maxPrompts = Math.max(record.maxPrompts, document.querySelectorAll('heads-up-prompt').length);
  }).observe(document, { childList: true, subtree: true });
}

/** The JS heap (the page's world and the content script's) and the DOM nodes alive, after GC. */
async function memoryAfterGc(cdp: CDPSession): Promise<{ heap: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  // Counts detached nodes too: an element kept after the page removed it shows up here.
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  return { heap: metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN, nodes };
}

const hostile = <T>(page: Page, call: string): Promise<T> => page.evaluate(`window.hostile.${call}`) as Promise<T>;
const pageRecord = (page: Page) => page.evaluate(() => (window as unknown as { headsUpE2e: PageRecord }).headsUpE2e);

describe('hostile page', () => {
  let session: E2eSession;
  const exceptions: string[] = [];

  beforeAll(async () => {
    session = await startSession({
      beforePages: async (context) => {
        await context.addInitScript(recordInPage);
      },
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('no exception reaches the page, one prompt at most, bounded heap, the tab keeps drawing', async () => {
    const page = await session.context.newPage();
    page.on('pageerror', (error) => exceptions.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') exceptions.push(`console: ${message.text()}`);
    });
    const cdp = await session.context.newCDPSession(page);
    // Every world of the page (its own and the content script's isolated one) reports here.
    cdp.on('Runtime.exceptionThrown', (event) => exceptions.push(`exception: ${event.exceptionDetails.text} ${event.exceptionDetails.exception?.description ?? ''}`));
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable');

    await page.goto(new URL('fixtures/hostile/hostile.html', session.server.url).href);
    // The extension opens its onboarding tab on install; a tab behind it would draw no frames.
    await page.bringToFront();
    const loaded = await hostile<HostileStats>(page, 'stats()');
    expect(loaded.nodes).toBeGreaterThanOrEqual(100_000);
    // A single-page app changing address in a quick run: the watcher restarts, nothing breaks.
    await hostile(page, 'navigate(200)');
    await page.waitForTimeout(1_500);
    const afterLoad = await memoryAfterGc(cdp);

    // Memory: two heavy storms (hundreds of chat messages a second, each gone within seconds).
    const mutations1 = await hostile<number>(page, `storm(${STORM_MS}, true)`);
    const afterFirstStorm = await memoryAfterGc(cdp);
    const mutations2 = await hostile<number>(page, `storm(${STORM_MS}, true)`);
    const afterSecondStorm = await memoryAfterGc(cdp);

    // Detection and responsiveness: a storm with dozens of chat messages a second, and the risky
    // conversation arriving in the middle of it.
    // The onboarding tab has opened by now; a tab behind it draws about a frame a second.
    await page.bringToFront();
    await hostile(page, 'resetFrameGap()');
    const framesBefore = (await hostile<HostileStats>(page, 'stats()')).frames;
    const storm = hostile<number>(page, `storm(${STORM_MS}, false)`);
    for (const text of RISKY) {
      await page.waitForTimeout(600);
      await page.evaluate((line) => (window as unknown as { hostile: { receive(a: string, t: string): void } }).hostile.receive('kai', line), text);
    }
    const mutations3 = await storm;
    const stats = await hostile<HostileStats>(page, 'stats()');

    await promptDialog(page).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(1_000);
    const record = await pageRecord(page);
    await saveScreenshot(page, 'e2e-hostile-page.png');

    console.log(
      `hostile page: ${loaded.nodes} nodes; ${mutations1} + ${mutations2} + ${mutations3} mutations in 3 × ${STORM_MS} ms; ` +
        `heap ${(afterFirstStorm.heap / 1e6).toFixed(1)} → ${(afterSecondStorm.heap / 1e6).toFixed(1)} MB, ` +
        `DOM nodes alive ${afterLoad.nodes} → ${afterFirstStorm.nodes} → ${afterSecondStorm.nodes}; ` +
        `third storm: ${stats.frames - framesBefore} frames, longest gap ${Math.round(stats.longestFrameGapMs)} ms; ` +
        `prompts inserted ${record.promptInsertions}, at most ${record.maxPrompts} at once`,
    );
    for (const made of [mutations1, mutations2, mutations3]) expect(made / (STORM_MS / 1000)).toBeGreaterThan(MIN_MUTATIONS_PER_SECOND);
    expect([...exceptions, ...record.errors]).toEqual([]);
    expect(await page.locator('heads-up-prompt').count()).toBe(1);
    expect(record.maxPrompts).toBe(1);
    expect(afterSecondStorm.heap - afterFirstStorm.heap).toBeLessThan(HEAP_GROWTH_BETWEEN_STORMS_BYTES);
    expect(afterSecondStorm.nodes - afterFirstStorm.nodes).toBeLessThan(NODE_GROWTH_BETWEEN_STORMS);
    expect(stats.longestFrameGapMs).toBeLessThan(LONGEST_FRAME_GAP_MS);
    expect(stats.frames - framesBefore).toBeGreaterThanOrEqual(MIN_FRAMES);
  }, 120_000);

  it('shows one prompt at a time when a whole risky conversation arrives at once', async () => {
    for (const open of session.context.pages()) if (open.url().includes('hostile.html')) await open.close();
    const page = await session.context.newPage();
    await page.goto(new URL('fixtures/hostile/hostile.html#/thread/at-once', session.server.url).href);
    await page.bringToFront();
    // Let the history be read first, so what follows is decided in one go.
    await page.waitForTimeout(2_000);
    await page.evaluate((lines) => {
      const chat = (window as unknown as { hostile: { receive(a: string, t: string): void } }).hostile;
      for (const line of lines) chat.receive('max', line);
    }, [...RISKY, 'dont tell anyone about us', 'i will share ur pics if u dont send more']);
    await promptDialog(page).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(1_500);
    const record = await pageRecord(page);
    console.log(`all at once: prompts inserted ${record.promptInsertions}, at most ${record.maxPrompts} at once`);
    expect(record.maxPrompts).toBe(1);
    expect(await page.locator('heads-up-prompt').count()).toBe(1);
    expect([...exceptions, ...record.errors]).toEqual([]);
  });
});
