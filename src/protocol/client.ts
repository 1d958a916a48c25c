import browser from 'webextension-polyfill';
import type { Reply, Request, RequestType, Responses } from './messages';

/** Send a request to the background and unwrap its reply; throws with the background's reason. */
export async function sendRequest<T extends RequestType>(request: Request<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new Error(`no answer to ${request.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
