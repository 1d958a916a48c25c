import browser, { type Runtime } from 'webextension-polyfill';
import { LEVELS, type Level } from '../engine/engine';
import { isRequest, type AlertReason, type Reply, type Request, type RequestType, type Responses } from '../protocol/messages';
import { isAllowed, senderKind } from '../protocol/senders';
import { addAlert, listAlerts, markAllSeen, unseenCount } from '../store/alerts';
import { db } from '../store/db';
import { showUnseenCount } from './badge';

const MAX_LIST = 200;
const MAX_REASONS = 50;

const isLevel = (v: unknown): v is Level => typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

function cleanReasons(value: unknown): AlertReason[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_REASONS).flatMap((r: Partial<AlertReason>) =>
    isText(r.ruleId, 100) && isText(r.category, 100) && isText(r.description, 300)
      ? [{ ruleId: r.ruleId, category: r.category, description: r.description }]
      : [],
  );
}

async function answer(request: Request): Promise<Responses[RequestType]> {
  switch (request.type) {
    case 'alert/report': {
      const { conversation, level } = request;
      if (!isLevel(level) || !conversation || !isText(conversation.site, 300) || !isText(conversation.key, 2000) || !isText(conversation.otherParty, 200))
        throw new Error('malformed alert report');
      if (level !== 'warning' && level !== 'danger') return { stored: false };
      await addAlert(db, conversation, level, cleanReasons(request.reasons));
      await showUnseenCount(await unseenCount(db));
      return { stored: true };
    }
    case 'alert/list':
      return { alerts: await listAlerts(db, Math.min(Math.max(1, Number(request.limit) || 20), MAX_LIST)) };
    case 'alert/markSeen': {
      const updated = await markAllSeen(db);
      await showUnseenCount(0);
      return { updated };
    }
  }
}

/** Check the sender, run the request, and wrap the result so errors reach the caller as text. */
export async function handleRequest(message: unknown, sender: Runtime.MessageSender): Promise<Reply<RequestType> | undefined> {
  if (!isRequest(message)) return undefined; // not ours: let other listeners answer
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (!isAllowed(message.type, kind)) return { ok: false, error: `${message.type} is not accepted from ${kind}` };
  try {
    return { ok: true, value: await answer(message) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
