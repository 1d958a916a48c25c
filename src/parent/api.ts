// What every section of the parent view gets: the session token and a way to ask the background
// that sends the parent back to the PIN when the session has ended (10 minutes, or a new PIN).
import { sendRequest } from '../protocol/client';
import type { Request, RequestType, Responses } from '../protocol/messages';
import { isSessionEnded } from './session';

export interface ParentApi {
  token: string;
  call<T extends RequestType>(request: Request<T>): Promise<Responses[T]>;
}

export function parentApi(token: string, onSessionEnded: () => void): ParentApi {
  return {
    token,
    async call(request) {
      try {
        return await sendRequest(request);
      } catch (error) {
        if (isSessionEnded(error)) onSessionEnded();
        throw error;
      }
    },
  };
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
