// Conversation state for the content script (issue "In-page protection"): what was already
// prompted, so a reload or a return to a thread does not show the same prompt again. The site is
// always the sender tab's hostname, never taken from the payload: a content script can only read
// and write the state of the site it runs on.
import { INCOMING_CATEGORIES, OUTGOING_CATEGORIES } from '../engine/types';
import { getConversationRisk, MAX_PROMPTED, recordPrompted } from '../store/conversations';
import type { PromptedReason } from '../protocol/messages';
import type { HandlerContext, Handlers } from './handler-types';
import { isLevel, isText } from './validate';

const MAX_KEY = 2000;
const MAX_NAME = 200;
const CATEGORIES: ReadonlySet<string> = new Set([...INCOMING_CATEGORIES, ...OUTGOING_CATEGORIES]);

function senderSite(context: HandlerContext): string {
  try {
    return new URL(context.sender.url ?? '').hostname;
  } catch {
    return '';
  }
}

function requireSite(context: HandlerContext): string {
  const site = senderSite(context);
  if (site === '') throw new Error('the sender has no site');
  return site;
}

/** Only well-formed reasons are kept; anything else in the payload is dropped. */
export function cleanPrompted(value: unknown): PromptedReason[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_PROMPTED).flatMap((r: Partial<PromptedReason> | null) =>
    r && isText(r.otherParty, MAX_NAME) && typeof r.category === 'string' && CATEGORIES.has(r.category) && isLevel(r.level)
      ? [{ otherParty: r.otherParty, category: r.category, level: r.level }]
      : [],
  );
}

export const CONVERSATION_HANDLERS: Handlers<'conversation/get' | 'conversation/prompted'> = {
  'conversation/get': async (request, context) => {
    if (!isText(request.key, MAX_KEY)) throw new Error('malformed conversation key');
    const known = await getConversationRisk(context.db, requireSite(context), request.key);
    return { level: known?.level ?? 'none', prompted: known?.prompted ?? [] };
  },
  'conversation/prompted': async (request, context) => {
    if (!isText(request.key, MAX_KEY)) throw new Error('malformed conversation key');
    const prompted = cleanPrompted(request.prompted);
    if (prompted.length === 0) return { stored: false, fresh: [] };
    const { fresh } = await recordPrompted(context.db, requireSite(context), request.key, prompted, context.now());
    return { stored: true, fresh };
  },
};
