// What a phrase's match must contain, read off its parse (phrase-syntax.ts), so the matcher can
// skip a phrase without running its regular expression (issue 4: the engine must be fast).
//
// The reasoning, which phrase-matcher.test.ts checks against the old compiler on real and random
// text: a message's tokens are its maximal runs of letters and digits (\p{L}\p{N}, the classes of
// the match edges) and each "$". Every word of a phrase stands between a match edge, a space or
// punctuation (SEP), so each run of letters and digits inside a phrase word is a whole token of
// any text it matches. Every number token starts with an ASCII digit at the start of a token, or
// with "$". So a match of a phrase contains, for each required part, one of that part's keys, and
// starts at a token that is one of its first part's keys.
import type { Part, Sequence } from './phrase-syntax';

/** The key of every token that begins with an ASCII digit ("13", "7th", "3" of "3:30"). */
export const DIGIT_KEY = '#';
/** "$" is a token of its own ("$50"), for the "$#" number token. */
export const DOLLAR_KEY = '$';

export interface PhraseKeys {
  /** The keys a match can start at, or undefined when a match may start anywhere. */
  first: ReadonlySet<string> | undefined;
  /** Sets of keys: a matching text has, for each set, a token with one of its keys. Rarest first. */
  required: ReadonlyArray<ReadonlySet<string>>;
}

const RUN = /[\p{L}\p{N}]+/gu;
const LEADING_RUN = /^[\p{L}\p{N}]+/u;

/**
 * Words too common in chat to be worth checking first; only the order of the checks depends on
 * this list, never what matches.
 */
const COMMON = new Set(['you', 'your', 'i', 'me', 'my', 'the', 'a', 'an', 'to', 'it', 'is', 'and', 'or', 'do', 'are', 'im', 'in', 'on', 'at', 'of', 'for', 'with', 'so', 'that', 'this', 'what', 'we', 'can', 'be', 'not', 'no', 'ok', 'de', 'que', 'el', 'la', 'te', 'tu', 'se', 'lo', 'y', 'en', DIGIT_KEY]);
const cost = (keys: ReadonlySet<string>) => {
  let sum = 0;
  for (const key of keys) sum += COMMON.has(key) ? 25 : 1;
  return sum;
};
const cheapest = (sets: ReadonlyArray<ReadonlySet<string>>) => sets.reduce<ReadonlySet<string> | undefined>((best, set) => (best && cost(best) <= cost(set) ? best : set), undefined);

function firstOfPart(part: Part): ReadonlySet<string> | undefined {
  switch (part.kind) {
    case 'word': {
      const run = LEADING_RUN.exec(part.normal);
      if (run) return new Set([run[0]]);
      return part.normal.startsWith(DOLLAR_KEY) ? new Set([DOLLAR_KEY]) : undefined;
    }
    case 'number':
      return new Set([part.token === '$#' ? DOLLAR_KEY : DIGIT_KEY]);
    case 'choice': {
      const union = new Set<string>();
      for (const option of part.options) {
        const first = firstOf(option);
        if (!first) return undefined;
        for (const key of first) union.add(key);
      }
      return union;
    }
    case 'gap':
      return undefined;
  }
}

/** The keys of the token where every match of the sequence starts. */
export function firstOf(sequence: Sequence): ReadonlySet<string> | undefined {
  const first = sequence[0];
  return first ? firstOfPart(first) : undefined;
}

function requiredOfPart(part: Part): Array<ReadonlySet<string>> {
  switch (part.kind) {
    case 'word': {
      const sets: Array<ReadonlySet<string>> = Array.from(part.normal.matchAll(RUN), (m) => new Set([m[0]]));
      if (part.normal.includes(DOLLAR_KEY)) sets.push(new Set([DOLLAR_KEY]));
      return sets;
    }
    case 'number':
      return part.token === '$#' ? [new Set([DIGIT_KEY]), new Set([DOLLAR_KEY])] : [new Set([DIGIT_KEY])];
    case 'choice': {
      if (part.optional) return [];
      // One of the options is there: the union of one required set from each.
      const union = new Set<string>();
      for (const option of part.options) {
        const best = cheapest(requiredOf(option));
        if (!best) return [];
        for (const key of best) union.add(key);
      }
      return [union];
    }
    case 'gap':
      return [];
  }
}

/** Sets of keys every match of the sequence contains one of, rarest first, without repeats. */
export function requiredOf(sequence: Sequence): Array<ReadonlySet<string>> {
  const byName = new Map<string, ReadonlySet<string>>();
  for (const set of sequence.flatMap(requiredOfPart)) byName.set([...set].sort().join(' '), set);
  return [...byName.values()].sort((a, b) => cost(a) - cost(b));
}

export function phraseKeys(sequence: Sequence): PhraseKeys {
  return { first: firstOf(sequence), required: requiredOf(sequence) };
}
