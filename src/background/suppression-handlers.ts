// The parent's "this was a false alarm" marks (issue "Parent policy, popup and local history").
// Only a parent session may add, list or undo them, checked exactly like 'alert/listAll'; the
// content script reads its own site's marks through 'settings/get' (policy-handlers.ts).
import { addSuppressionFromAlert, listSuppressions, removeSuppression } from '../store/suppressions';
import type { Handlers } from './handler-types';
import { notifySettingsChanged } from './notify-tabs';
import { requireParentSession } from './parent-session';

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

export const SUPPRESSION_HANDLERS: Handlers<'alert/falseAlarm' | 'suppression/list' | 'suppression/remove'> = {
  'alert/falseAlarm': async (request, { db, now }) => {
    await requireParentSession(request.token, now());
    if (!isId(request.alertId)) throw new Error('alertId must be the id of a stored alert');
    const alert = await db.alerts.get(request.alertId);
    if (!alert) throw new Error('there is no such alert (it may have been deleted by retention)');
    const suppression = await addSuppressionFromAlert(db, alert, now());
    // Chats already open quiet this pattern at once, without a reload.
    notifySettingsChanged();
    return { suppression };
  },
  'suppression/list': async (request, { db, now }) => {
    await requireParentSession(request.token, now());
    return { suppressions: await listSuppressions(db) };
  },
  'suppression/remove': async (request, { db, now }) => {
    await requireParentSession(request.token, now());
    if (!isId(request.id)) throw new Error('id must be the id of a false-alarm mark');
    const removed = await removeSuppression(db, request.id);
    if (removed) notifySettingsChanged();
    return { removed };
  },
};
