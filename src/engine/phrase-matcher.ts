// Finds the phrases of one list in normalised text, with exactly the matches of the single
// pattern `compilePhrases` makes (phrase-matcher.test.ts compares the two on every corpus message
// and thousands of generated ones), several times faster (issue 4; tools/bench.ts).
//
// That pattern tries, at each position from left to right, every phrase in list order and takes
// the first that matches, then goes on after the match. Here each phrase has its own sticky
// pattern, tried only at the tokens it can start with (phrase-keys.ts), and only when the text
// has a token of every kind the phrase needs; so most messages run no pattern at all. Phrases
// whose start cannot be told from their words fall back to the single pattern.
import { DIGIT_KEY, phraseKeys } from './phrase-keys';
import { isWordChar } from './normalise-chars';
import { AFTER_EDGE, BEFORE_EDGE, sequenceSource, type Sequence } from './phrase-syntax';
import { keyId, registerMatcher, tokensOf, type TextTokens } from './text-tokens';

/**
 * Every match of a global pattern, as String.prototype.matchAll finds them, without the copy of
 * the pattern matchAll makes on each call (issue 4: that copy was most of the time of the rules'
 * own patterns). Synchronous, so the shared pattern's lastIndex is free to use; 0 again after.
 */
export function execAll(pattern: RegExp, normal: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll needs a global pattern: ${String(pattern)}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(normal); m !== null; m = pattern.exec(normal)) {
    found.push(m);
    // An empty match would match again at the same place: step over one character, as matchAll does.
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (normal.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/** Spans [start, end) of every match of a global pattern in normalised text. */
export function findAll(pattern: RegExp, normal: string): Array<[number, number]> {
  return execAll(pattern, normal).map((m) => [m.index, m.index + m[0].length]);
}

/** One pattern for a whole list: every phrase, in order, between match edges. */
export const listPattern = (sources: readonly string[]) => new RegExp(`${BEFORE_EDGE}(?:${sources.join('|')})${AFTER_EDGE}`, 'gu');

const NONE = new Int32Array(0);

/** BEFORE_EDGE at `start`: no letter or digit of any script just before it. */
function edgeBefore(normal: string, start: number): boolean {
  if (start === 0) return true;
  const unit = normal.charCodeAt(start - 1);
  const isLow = unit >= 0xdc00 && unit <= 0xdfff && start >= 2;
  return !isWordChar(isLow ? (normal.codePointAt(start - 2) ?? unit) : unit);
}

export class PhraseMatcher {
  private readonly id: number;
  private readonly sources: string[];
  /** Per phrase: matches it exactly at lastIndex; on success lastIndex is the match's end. */
  private readonly sticky: RegExp[];
  /**
   * What each phrase needs, flat (the check runs some fifty times a message): from
   * requiredAt[i], the number of key sets, then each set's length and key ids. The text must
   * have a token with one key of every set.
   */
  private readonly required: Int32Array;
  private readonly requiredAt: Int32Array;
  /** By key id of a token: the index in `lists` of the phrases that can start at it (0: none). */
  private readonly startingAt: Int32Array;
  private readonly lists: Int32Array[] = [NONE];
  /** Phrases that can start at a token beginning with a digit. */
  private readonly startingAtDigit: Int32Array;
  /** Phrases that may start anywhere; when one can match, the list pattern runs instead. */
  private readonly startingAnywhere: Int32Array;
  private listPattern: RegExp | undefined;
  /** Per phrase, the stamp of the text it was last checked against, and the answer. */
  private readonly checkedAt: Float64Array;
  private readonly possible: Uint8Array;

  constructor(sequences: readonly Sequence[]) {
    this.sources = sequences.map(sequenceSource);
    const keys = sequences.map(phraseKeys);
    // No look-behind: every candidate start is checked for a word edge once (find), not by each
    // phrase's pattern again (the look-behind was a good part of each test's cost).
    this.sticky = this.sources.map((source) => new RegExp(`(?:${source})${AFTER_EDGE}`, 'uy'));
    const flat: number[] = [];
    this.requiredAt = Int32Array.from(keys, ({ required }) => {
      const at = flat.length;
      flat.push(required.length);
      for (const set of required) flat.push(set.size, ...[...set].map(keyId));
      return at;
    });
    this.required = Int32Array.from(flat);
    const byKey = new Map<number, number[]>();
    const digit: number[] = [];
    const anywhere: number[] = [];
    keys.forEach(({ first }, i) => {
      if (!first) return anywhere.push(i);
      for (const key of first) {
        if (key === DIGIT_KEY) digit.push(i);
        else byKey.set(keyId(key), [...(byKey.get(keyId(key)) ?? []), i]);
      }
    });
    this.startingAt = new Int32Array(Math.max(0, ...byKey.keys()) + 1);
    for (const [id, list] of byKey) this.startingAt[id] = this.lists.push(Int32Array.from(list)) - 1;
    this.startingAtDigit = Int32Array.from(digit);
    this.startingAnywhere = Int32Array.from(anywhere);
    this.checkedAt = new Float64Array(sequences.length);
    this.possible = new Uint8Array(sequences.length);
    const gate = keys.every(({ required }) => required.length > 0) ? keys.flatMap(({ required }) => [...(required[0] ?? [])]) : undefined;
    this.id = registerMatcher(
      keys.flatMap(({ first }) => [...(first ?? [])]),
      gate,
    );
  }

  /** Spans [start, end) of every match, as the list pattern would find them. */
  find(normal: string): Array<[number, number]> {
    const tokens = tokensOf(normal);
    if (!tokens.mayMatch(this.id)) return [];
    for (let a = 0; a < this.startingAnywhere.length; a++) {
      if (this.canMatch(this.startingAnywhere[a] ?? 0, tokens)) return findAll((this.listPattern ??= listPattern(this.sources)), normal);
    }
    const spans: Array<[number, number]> = [];
    const count = tokens.candidatesFor(this.id);
    if (count === 0) return spans;
    const candidates = tokens.candidates[this.id] ?? NONE;
    const { starts, ids, digit } = tokens;
    let from = 0;
    for (let c = 0; c < count; c++) {
      const k = candidates[c] ?? 0;
      const start = starts[k] ?? 0;
      if (start < from || !edgeBefore(normal, start)) continue;
      const id = ids[k] ?? -1;
      const byWord = id >= 0 && id < this.startingAt.length ? (this.lists[this.startingAt[id] ?? 0] ?? NONE) : NONE;
      const byDigit = digit[k] === 1 ? this.startingAtDigit : NONE;
      if (byWord.length === 0 && byDigit.length === 0) continue;
      const end = this.matchAt(normal, start, byWord, byDigit, tokens);
      if (end > start) {
        spans.push([start, end]);
        from = end;
      }
    }
    return spans;
  }

  /** The end of the first phrase, in list order, that matches at `start`; -1 for none. */
  private matchAt(normal: string, start: number, byWord: Int32Array, byDigit: Int32Array, tokens: TextTokens): number {
    // Both lists are in list order: walk them together.
    for (let a = 0, b = 0; a < byWord.length || b < byDigit.length; ) {
      const fromWord = a < byWord.length ? (byWord[a] ?? 0) : Infinity;
      const fromDigit = b < byDigit.length ? (byDigit[b] ?? 0) : Infinity;
      const i = Math.min(fromWord, fromDigit);
      if (fromWord === i) a++;
      if (fromDigit === i) b++;
      const sticky = this.sticky[i];
      if (!sticky || !this.canMatch(i, tokens)) continue;
      sticky.lastIndex = start;
      if (sticky.test(normal)) return sticky.lastIndex;
    }
    return -1;
  }

  /** Whether the text has every kind of token phrase i needs; noted per text. */
  private canMatch(i: number, tokens: TextTokens): boolean {
    const { stamp, present } = tokens;
    if (this.checkedAt[i] === stamp) return this.possible[i] === 1;
    const required = this.required;
    let at = this.requiredAt[i] ?? 0;
    let answer = true;
    for (let sets = required[at++] ?? 0; sets > 0 && answer; sets--) {
      const end = at + 1 + (required[at] ?? 0);
      answer = false;
      for (at++; at < end && !answer; at++) answer = present[required[at] ?? 0] === stamp;
      at = end;
    }
    this.checkedAt[i] = stamp;
    this.possible[i] = answer ? 1 : 0;
    return answer;
  }
}
