import type { Rule } from './rule';
import type { ChatMessage, Reason } from './types';
import { normalise, originalSpan } from './normalise';
import { RULES } from './registry';

/** Longest message text the engine reads; the rest is ignored so one message stays cheap. */
export const MAX_MESSAGE_LENGTH = 4000;

/** Every match of every rule that applies to this message's direction, with quotes. */
export function analyseMessage(message: ChatMessage, rules: readonly Rule[] = RULES): Reason[] {
  const raw = typeof message.text === 'string' ? message.text : '';
  const text = normalise(raw.length > MAX_MESSAGE_LENGTH ? raw.slice(0, MAX_MESSAGE_LENGTH) : raw);
  const reasons: Reason[] = [];
  for (const rule of rules) {
    if (rule.direction !== message.direction) continue;
    for (const [start, end] of rule.find(text)) {
      reasons.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        description: rule.description,
        span: originalSpan(text, start, end),
      });
    }
  }
  return reasons;
}
