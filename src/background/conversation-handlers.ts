// Conversation state for the content script (issue "In-page protection"): what was already
// prompted, so a reload or a return to a thread does not show the same prompt again.
import type { Handlers } from './handler-types';

export const CONVERSATION_HANDLERS: Handlers<'conversation/get' | 'conversation/prompted'> = {
  'conversation/get': async () => {
    throw new Error('conversation/get is not implemented yet');
  },
  'conversation/prompted': async () => {
    throw new Error('conversation/prompted is not implemented yet');
  },
};
