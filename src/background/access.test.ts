// Who may send what: the background's first line of defence (issue "Parent policy, popup and
// local history": policy and PIN commands only from the extension's own pages).
import { beforeEach, describe, expect, it } from 'vitest';
import { ALLOWED_SENDERS, type RequestType } from '../protocol/messages';
import { db } from '../store/db';
import { handleRequest } from './handlers';
import { contentScript, extensionPage, freshWorld, type TestWorld, webPage } from './test-helpers';

const TYPES = Object.keys(ALLOWED_SENDERS) as RequestType[];
const PARENT_ONLY: RequestType[] = ['pin/status', 'pin/setup', 'pin/verify', 'pin/change', 'policy/get', 'policy/set', 'alert/listAll', 'events/list'];

let world: TestWorld;
beforeEach(async () => {
  world = await freshWorld();
});

describe('who may send what', () => {
  it('refuses every PIN and policy command from a content script', async () => {
    for (const type of PARENT_ONLY) {
      const reply = await handleRequest({ type, pin: '73914628', token: 'x', policy: {} }, contentScript(), world.deps);
      expect(reply, type).toEqual({ ok: false, error: `${type} is not accepted from content-script` });
    }
    expect(await db.pin.count()).toBe(0);
    expect(await db.policy.count()).toBe(0);
  });

  it('refuses everything from a web page or another extension', async () => {
    for (const type of TYPES) {
      expect(await handleRequest({ type }, webPage(), world.deps), type).toEqual({ ok: false, error: `${type} is not accepted from unknown` });
    }
  });

  it('gives the content script its settings only, and extension pages everything else', async () => {
    expect(TYPES.filter((t) => ALLOWED_SENDERS[t] === 'content-script').sort()).toEqual(['alert/report', 'chat/read', 'conversation/get', 'conversation/prompted', 'settings/get']);
    expect(await handleRequest({ type: 'settings/get' }, extensionPage(), world.deps)).toMatchObject({ ok: false });
    expect(await handleRequest({ type: 'settings/get' }, contentScript(), world.deps)).toMatchObject({ ok: true });
  });
});
