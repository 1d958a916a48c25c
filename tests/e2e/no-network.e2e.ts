// Heads Up never talks to the network. Every request in the browser is recorded while the whole
// demo flow runs (both conversations, the prompt, the popup); none may leave for anywhere but the
// demo page's own server, and none may come from the extension's worker or pages at all.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALERT_ITEM_SELECTOR,
  openDemoPage,
  openPopup,
  promptDialog,
  startReplay,
  waitForPopupContent,
  waitForReplayDone,
} from '../../tools/demo-flow';
import { expectPageProbeCaught, type NetworkRecorder } from './support/network-recorder';
import { startRecordedSession, type E2eSession } from './support/session';

/** Gives anything the background might do late (after a warning is stored) time to show up. */
const IDLE_AFTER_FLOW_MS = 2_000;
/** Resolves to nothing (--host-resolver-rules), so the probe request below goes nowhere. */
const PROBE_URL = 'http://probe.heads-up.invalid/pixel.png';

describe('network', () => {
  let session: E2eSession;
  let recorder: NetworkRecorder;

  beforeAll(async () => {
    ({ session, recorder } = await startRecordedSession());
  });

  afterAll(async () => {
    await session?.close();
  });

  it('the extension makes no network request during the demo flow', async () => {
    const page = await openDemoPage(session.context, session.server.url, { speed: 'fast' });
    await startReplay(page, 'friendly');
    await waitForReplayDone(page);
    await startReplay(page, 'risky');
    const dialog = promptDialog(page);
    await dialog.waitFor({ state: 'visible', timeout: 15_000 });
    await dialog.getByRole('button', { name: 'OK, got it' }).click();

    const popup = await openPopup(session.context, session.extensionId);
    await waitForPopupContent(popup, ALERT_ITEM_SELECTOR);
    await popup.waitForTimeout(IDLE_AFTER_FLOW_MS);

    // Sanity check that the recorder really saw the flow (the demo page's own files).
    expect(recorder.all.some((request) => request.source === 'web page')).toBe(true);
    expect(recorder.forbidden()).toEqual([]);

    // Control: a request from an extension page is caught and counted as forbidden, so the
    // empty list above means "none happened", not "none were seen".
    await expectPageProbeCaught(recorder, popup, PROBE_URL);
  });
});
