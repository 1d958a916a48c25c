// Alerts: the content script reports, the child's popup lists and marks them seen. Storing an
// alert also updates the conversation's risk state and applies retention, so nothing outlives
// the parent's retentionDays even without an alarms permission.
import { addAlert, listAlerts, markAllSeen, unseenCount } from '../store/alerts';
import { recordConversationRisk } from '../store/conversations';
import { applyRetention } from '../store/retention';
import { showUnseenCount } from './badge';
import { readEffectivePolicy } from './effective-policy';
import type { Handlers } from './handler-types';
import { clampLimit, cleanExcerpts, cleanReasons, isLevel, isText } from './validate';

const MAX_LIST = 200;

export const ALERT_HANDLERS: Handlers<'alert/report' | 'alert/list' | 'alert/markSeen'> = {
  'alert/report': async (request, context) => {
    const { conversation, level } = request;
    if (!isLevel(level) || !conversation || !isText(conversation.site, 300) || !isText(conversation.key, 2000) || !isText(conversation.otherParty, 200))
      throw new Error('malformed alert report');
    if (level !== 'warning' && level !== 'danger') return { stored: false };
    const { db } = context;
    const now = context.now();
    const { policy } = await readEffectivePolicy(context);
    const reasons = cleanReasons(request.reasons);
    const ref = { site: conversation.site, key: conversation.key, otherParty: conversation.otherParty };
    // Message text is kept only if the parent chose to (keepExcerpts is off by default).
    const excerpts = policy.keepExcerpts ? cleanExcerpts(request.excerpts) : [];
    await addAlert(db, { conversation: ref, level, reasons, excerpts }, now);
    await recordConversationRisk(db, ref, level, [...new Set(reasons.map((r) => r.category))], now);
    await applyRetention(db, policy.retentionDays, now);
    await showUnseenCount(await unseenCount(db));
    return { stored: true };
  },
  'alert/list': async (request, { db }) => ({ alerts: await listAlerts(db, clampLimit(request.limit, 20, MAX_LIST)) }),
  'alert/markSeen': async (_request, { db }) => {
    const updated = await markAllSeen(db);
    await showUnseenCount(0);
    return { updated };
  },
};
