import type { Rule } from './rule';
import type { ChatMessage, Reason } from './types';
import { normalise, originalSpan, type NormalisedText } from './normalise';
import { execAll } from './phrases';
import { isRetold } from './reported-speech';

/** Longest message text the engine reads; the rest is ignored so one message stays cheap. */
export const MAX_MESSAGE_LENGTH = 4000;

const QUOTES = /["“”«»„]/gu;
const ANY_QUOTE = /["“”«»„]/u;
const NOT_QUOTED: Array<[number, number]> = [];

/**
 * Ranges of normalised text inside quotation marks. Quoted words are reported speech: friends
 * retelling a safety talk ('he said "send me a pic and ill give u robux"') ask for nothing.
 */
function quotedRanges(normal: string): ReadonlyArray<[number, number]> {
  if (!ANY_QUOTE.test(normal)) return NOT_QUOTED;
  const ranges: Array<[number, number]> = [];
  const marks = execAll(QUOTES, normal).map((m) => m.index);
  for (let i = 0; i + 1 < marks.length; i += 2) ranges.push([marks[i] ?? 0, marks[i + 1] ?? 0]);
  return ranges;
}

/**
 * A date and a time at the start of a line, as exported chat logs keep them ("12/13/2007 10:15
 * PM hey", "[2009-12-03 21:42:10] u there?"): the learned reader took the numbers for ages. Only
 * a date with a time: "03/14/2011 is my bday" is the child's own words, and a time alone
 * ("(10:32:15 PM)", "4:30 at the mall?") already reads as nothing, or as the plan it is.
 */
const LOG_STAMP = /^\s*(?:[[(]\s*)?\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}[ ,T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s*[\])]?\s*[-:]?/iu;

const STAMP_LENGTH = 64;

/** The text without a log's date stamp, blanked so that offsets into the text stay the same. */
export function withoutLogStamp(raw: string): string {
  const first = raw.charCodeAt(0);
  // Most messages start with a letter: skip the pattern for them.
  if (!(first <= 0x39 || first === 0x5b)) return raw;
  // A stamp is short: reading only the start keeps a page of spaces from costing anything.
  const stamp = LOG_STAMP.exec(raw.slice(0, STAMP_LENGTH));
  return stamp ? ' '.repeat(stamp[0].length) + raw.slice(stamp[0].length) : raw;
}

/** The message text as the rules read it. */
export function readText(message: ChatMessage): NormalisedText {
  if (typeof message !== 'object' || message === null) throw new TypeError('Heads Up engine: a message must be an object with "direction" and "text"');
  const raw = typeof message.text === 'string' ? message.text : '';
  return normalise(withoutLogStamp(raw.length > MAX_MESSAGE_LENGTH ? raw.slice(0, MAX_MESSAGE_LENGTH) : raw));
}

/**
 * Every match of every rule that applies to this message's direction, but not in quotes nor,
 * for incoming messages, in a retelling of what someone else said (reported-speech.ts).
 */
export function analyseText(text: NormalisedText, direction: ChatMessage['direction'], rules: readonly Rule[]): Reason[] {
  const quoted = quotedRanges(text.normal);
  const reasons: Reason[] = [];
  for (const rule of rules) {
    if (rule.direction !== direction) continue;
    for (const [start, end] of rule.find(text)) {
      if (quoted.some(([from, to]) => start > from && end <= to)) continue;
      if (direction === 'incoming' && isRetold(text.normal, start)) continue;
      reasons.push({ ruleId: rule.id, category: rule.category, severity: rule.severity, description: rule.description, span: originalSpan(text, start, end) });
    }
  }
  return reasons;
}

/** Every match of these rules for one message (engine.ts's analyseMessage runs them all). */
export function analyseWith(message: ChatMessage, rules: readonly Rule[]): Reason[] {
  return analyseText(readText(message), message.direction, rules);
}
