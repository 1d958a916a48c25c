// The background's answer to every request: check who sent it, then run the handler for its type
// (alert-, pin-, policy- and parent-handlers.ts). Errors reach the caller as text.
import browser, { type Runtime } from 'webextension-polyfill';
import { isRequest, type Reply, type Request, type RequestType, type Responses } from '../protocol/messages';
import { isAllowed, senderKind } from '../protocol/senders';
import { db } from '../store/db';
import { ALERT_HANDLERS } from './alert-handlers';
import { CHAT_HANDLERS } from './chat-handlers';
import { CONVERSATION_HANDLERS } from './conversation-handlers';
import { readManagedStorage } from './effective-policy';
import type { Handler, HandlerContext, HandlerDeps, HandlerTable } from './handler-types';
import { PARENT_HANDLERS } from './parent-handlers';
import { PBKDF2_ITERATIONS } from './pin-crypto';
import { PIN_HANDLERS } from './pin-handlers';
import { POLICY_HANDLERS } from './policy-handlers';
import { SUPPRESSION_HANDLERS } from './suppression-handlers';

const HANDLERS: HandlerTable = {
  ...ALERT_HANDLERS,
  ...CHAT_HANDLERS,
  ...PIN_HANDLERS,
  ...POLICY_HANDLERS,
  ...PARENT_HANDLERS,
  ...CONVERSATION_HANDLERS,
  ...SUPPRESSION_HANDLERS,
};

export const DEFAULT_DEPS: HandlerDeps = { db, now: () => Date.now(), pinIterations: PBKDF2_ITERATIONS, readManaged: readManagedStorage };

function run<K extends RequestType>(request: Request<K>, context: HandlerContext): Promise<Responses[K]> {
  const handler = HANDLERS[request.type as K] as Handler<K>;
  return handler(request, context);
}

/** Check the sender, run the request, and wrap the result so errors reach the caller as text. */
export async function handleRequest(message: unknown, sender: Runtime.MessageSender, deps: Partial<HandlerDeps> = {}): Promise<Reply<RequestType> | undefined> {
  if (!isRequest(message)) return undefined; // not ours: let other listeners answer
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (!isAllowed(message.type, kind)) return { ok: false, error: `${message.type} is not accepted from ${kind}` };
  try {
    return { ok: true, value: await run(message, { ...DEFAULT_DEPS, ...deps, sender, kind }) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
