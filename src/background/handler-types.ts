// What every request handler gets: the request (its type already checked against the sender)
// and the context it runs in. Dependencies are passed in, so tests can use fewer PBKDF2
// iterations, a clock and a managed policy of their own.
import type { Runtime } from 'webextension-polyfill';
import type { Request, RequestType, Responses } from '../protocol/messages';
import type { SenderKind } from '../protocol/senders';
import type { HeadsUpDb } from '../store/db';

export interface HandlerDeps {
  db: HeadsUpDb;
  now: () => number;
  /** PBKDF2 iterations for new PIN hashes. */
  pinIterations: number;
  /** What the browser's managed storage holds (a family's or school's locked settings). */
  readManaged: () => Promise<unknown>;
}

export interface HandlerContext extends HandlerDeps {
  sender: Runtime.MessageSender;
  kind: SenderKind;
}

export type Handler<K extends RequestType> = (request: Request<K>, context: HandlerContext) => Promise<Responses[K]>;
export type HandlerTable = { [K in RequestType]: Handler<K> };
export type Handlers<K extends RequestType> = Pick<HandlerTable, K>;
