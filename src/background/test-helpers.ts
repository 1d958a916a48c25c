// Shared by the background's tests: the three kinds of sender, a fresh store, and handler
// dependencies with a clock, cheap PBKDF2 and a managed policy the test controls.
import browser, { type Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply, RequestType, Responses } from '../protocol/messages';
import { db } from '../store/db';
import type { HandlerDeps } from './handler-types';
import { handleRequest } from './handlers';

export const T0 = Date.UTC(2025, 5, 30, 12);
export const PIN = '73914628';

const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
export const extensionPage = (): Runtime.MessageSender => ({ id: browser.runtime.id, url: browser.runtime.getURL('/parent.html') });
export const contentScript = (url = 'https://discord.com/channels/1/2'): Runtime.MessageSender => ({ id: browser.runtime.id, url, tab });
export const webPage = (): Runtime.MessageSender => ({ id: 'not-heads-up', url: 'https://evil.example/', tab });

export interface TestWorld {
  clock: number;
  managed: Record<string, unknown>;
  deps: Partial<HandlerDeps>;
}

/** Reset the fake browser and the store; return a world whose clock and managed policy tests change. */
export async function freshWorld(): Promise<TestWorld> {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((t) => t.clear()));
  const world: TestWorld = {
    clock: T0,
    managed: {},
    deps: {},
  };
  world.deps = { now: () => world.clock, pinIterations: 1_000, readManaged: async () => world.managed };
  return world;
}

/** Send a request and return its value, failing the test with the background's error otherwise. */
export async function ask<T extends RequestType>(world: TestWorld, message: { type: T } & Record<string, unknown>, sender = extensionPage()): Promise<Responses[T]> {
  const reply = (await handleRequest(message, sender, world.deps)) as Reply<T> | undefined;
  if (!reply) throw new Error(`no reply to ${message.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Set up the PIN and open a parent session; return its token. */
export async function parentToken(world: TestWorld): Promise<string> {
  await ask(world, { type: 'pin/setup', pin: PIN });
  const verified = await ask(world, { type: 'pin/verify', pin: PIN });
  if (!verified.verified) throw new Error('the PIN was not accepted');
  return verified.session.token;
}
