// The parent's "this was a false alarm" marks (issue "Parent policy, popup and local history").
import type { Handlers } from './handler-types';

export const SUPPRESSION_HANDLERS: Handlers<'alert/falseAlarm' | 'suppression/list' | 'suppression/remove'> = {
  'alert/falseAlarm': async () => {
    throw new Error('alert/falseAlarm is not implemented yet');
  },
  'suppression/list': async () => {
    throw new Error('suppression/list is not implemented yet');
  },
  'suppression/remove': async () => {
    throw new Error('suppression/remove is not implemented yet');
  },
};
