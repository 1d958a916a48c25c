// The first phrase compiler (before issue 4's speed work), kept verbatim as the reference the
// fast matcher is proved against: phrase-matcher.test.ts runs both on the same current phrase
// lists and requires the same matches. Used only by tests; the slot and number data are shared,
// so the two always read the same lists.
import { normalise } from './normalise';
import { NUMBER_TOKENS, SLOTS } from './phrase-syntax';
import type { PhraseList } from './phrases';

const SEP = '[,.!?;:…]* ';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** Split a phrase into top-level tokens: words, {slots}, (groups), * and #tokens. */
function tokens(phrase: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of phrase) {
    if (char === '(') {
      // "(so |really |)mature": a group ends a token even without a space after it.
      if (depth === 0 && current) out.push(current);
      if (depth === 0) current = '';
      depth++;
    }
    if (char === ')') depth--;
    if (depth < 0) throw new Error(`unbalanced ")" in phrase "${phrase}"`);
    if (char === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += char;
    if (char === ')' && depth === 0) {
      out.push(current);
      current = '';
    }
  }
  if (depth !== 0) throw new Error(`unbalanced "(" in phrase "${phrase}"`);
  if (current) out.push(current);
  return out;
}

/** Split "a|b c|" at top-level bars. */
function alternatives(group: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of group) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === '|' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

/** A literal word as normalise() writes it (it may become several words: "wyd"). */
const word = (w: string) => escape(normalise(w).normal);

/** The regular expression source of one token, and whether it may be absent. */
function tokenSource(token: string, phrase: string): { source: string; optional: boolean; gap?: boolean } {
  if (token === '*') return { source: `(?:${SEP}[^ ]+){0,3}`, optional: true, gap: true };
  if (Object.hasOwn(NUMBER_TOKENS, token)) return { source: NUMBER_TOKENS[token] ?? '', optional: false };
  const slot = /^\{(\w+)\}$/u.exec(token);
  if (slot) {
    const options = SLOTS[slot[1] ?? ''];
    if (!options) throw new Error(`unknown slot ${token} in phrase "${phrase}"`);
    return { source: `(?:${[...new Set(options.map(sequenceSource))].join('|')})`, optional: false };
  }
  if (token.startsWith('(') && token.endsWith(')')) {
    const options = alternatives(token.slice(1, -1));
    const present = options.filter((o) => o !== '');
    if (present.length === 0) throw new Error(`empty group in phrase "${phrase}"`);
    return { source: `(?:${present.map(sequenceSource).join('|')})`, optional: present.length < options.length };
  }
  if (/[(){}|*]/u.test(token)) throw new Error(`malformed token "${token}" in phrase "${phrase}"`);
  return { source: word(token), optional: false };
}

/** The regular expression source of a whole phrase (or of one alternative inside a group). */
function sequenceSource(phrase: string): string {
  const parts = tokens(phrase).map((t) => tokenSource(t, phrase));
  // An optional word at either end changes nothing about where a phrase matches: drop it.
  while (parts[0]?.optional) parts.shift();
  while (parts.at(-1)?.optional) parts.pop();
  if (parts.length === 0) throw new Error(`phrase "${phrase}" has no required word`);
  let source = parts[0]?.source ?? '';
  for (const part of parts.slice(1)) {
    if (part.gap) source += part.source;
    else if (part.optional) source += `(?:${SEP}${part.source})?`;
    else source += `${SEP}${part.source}`;
  }
  return source;
}

/** Compile phrase lists into one pattern, anchored at word edges (letters or digits of any script). */
export function referenceCompilePhrases(lists: PhraseList): RegExp {
  const sources = Object.values(lists).flatMap((list) => list.map(sequenceSource));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Spans [start, end) of every match of a compiled pattern in normalised text. */
export function referenceFindAll(pattern: RegExp, normal: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (const m of normal.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
