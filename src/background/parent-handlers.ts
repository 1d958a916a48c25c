// What only the parent reads: every alert with its reasons and excerpts, and the extension's
// own history (installs, updates, starts). Both need a parent session.
import { listAllAlerts } from '../store/alerts';
import { listEvents } from '../store/events';
import type { Handlers } from './handler-types';
import { requireParentSession } from './parent-session';
import { clampLimit } from './validate';

const MAX_ALERTS = 1000;
const MAX_EVENTS = 500;

export const PARENT_HANDLERS: Handlers<'alert/listAll' | 'events/list'> = {
  'alert/listAll': async (request, { db, now }) => {
    await requireParentSession(request.token, now());
    return { alerts: await listAllAlerts(db, clampLimit(request.limit, MAX_ALERTS, MAX_ALERTS)) };
  },
  'events/list': async (request, { db, now }) => {
    await requireParentSession(request.token, now());
    return { events: await listEvents(db, MAX_EVENTS) };
  },
};
