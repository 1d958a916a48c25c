// A small learned model of the incoming categories: one logistic regression per category over
// the words, word starts, word pairs and word families of a message (features.ts), trained on the
// labelled corpora by tools/train-signal-model.ts, and one more over the same features for "the
// author is the one grooming or threatening" (person-reading.ts). The phrase rules say exactly
// what they match and miss what nobody wrote down; people put the same move in endless words
// ("ur folks check ur phone?", "this stays with us"). The model generalises from the labelled
// messages to wordings it has not seen. Its matches are notices that add up like other everyday
// signs (rules/learned-*.ts), and a reason quotes the words that weighed most.
//
// The engine reads about 50,000 messages a second on one core (issue 4), so the reader builds no
// feature strings: words are looked up once, and pairs, starts and families hang off the word.
import type { IncomingCategory } from '../types';
import { CONCEPT_ORDER, MAX_WORDS as FEATURE_MAX_WORDS, PREFIX as FEATURE_PREFIX, WORD as FEATURE_WORD } from './features';
import { CONCEPTS_OF } from './concepts';
import data from './signal-model.json';

export interface SignalModelData {
  /** What it was trained on, for the record (tools/train-signal-model.ts). */
  trainedOn: string[];
  categories: IncomingCategory[];
  /** Per category: the bias and the log-odds a message must reach to count. */
  bias: number[];
  threshold: number[];
  /** The person model's bias; its weights are at index categories.length in each row. */
  offenderBias: number;
  /** Feature key (features.ts) → [index, weight, index, weight, ...]. */
  weights: Record<string, number[]>;
}

export interface LearnedMatch {
  category: IncomingCategory;
  /** Log-odds above the category's threshold. */
  margin: number;
  span: [number, number];
}

export interface LearnedReading {
  /** The categories this message reaches. */
  matches: LearnedMatch[];
  /** Log-odds that the author is the one grooming or threatening, from this message alone. */
  offender: number;
}

/** One feature's weights; `seen` marks the message that last counted it (each counts once). */
interface Row {
  readonly pairs: readonly number[];
  seen: number;
}
interface WordEntry {
  /** The word's number: pairs are looked up by numbers, not by strings. */
  readonly id: number;
  row?: Row;
  /** Rows of the pairs this word starts ("b:word_next"), by the next word's id. */
  next?: Map<number, Row>;
  /** Indices (in CONCEPT_ORDER) of the families the word belongs to. */
  concepts?: number[];
  /** The row of the word's first letters ("p:"), looked up once at load; null for none. */
  prefix?: Row | null;
}

const model = data as SignalModelData;
const CATEGORY_COUNT = model.categories.length;
const OFFENDER = CATEGORY_COUNT;
// Local copies: a module's exports are read through getters under some loaders (tsx), on the hot path.
const WORD = new RegExp(FEATURE_WORD.source, FEATURE_WORD.flags);
const PREFIX = FEATURE_PREFIX;
const MAX_WORDS = FEATURE_MAX_WORDS;
/** A reason quotes the words whose weight is at least this share of the strongest word's. */
const QUOTE_SHARE = 0.35;

const row = (pairs: readonly number[]): Row => ({ pairs, seen: -1 });
const FAMILIES = CONCEPT_ORDER(new Set([...CONCEPTS_OF.values()].flat()));
const familyIndex = new Map(FAMILIES.map((name, i) => [name, i]));
const words = new Map<string, WordEntry>();
const prefixes = new Map<string, Row>();
const familyRows: Array<Row | undefined> = [];
const familyPairRows = new Map<number, Row>();
let questionRow: Row | undefined;

const entry = (word: string): WordEntry => {
  let found = words.get(word);
  if (!found) words.set(word, (found = { id: words.size }));
  return found;
};
for (const [word, families] of CONCEPTS_OF) entry(word).concepts = families.map((f) => familyIndex.get(f) ?? 0).sort((a, b) => a - b);
for (const [key, pairs] of Object.entries(model.weights)) {
  const [kind, rest = ''] = key.split(':');
  if (kind === 'w') entry(rest).row = row(pairs);
  else if (kind === 'p') prefixes.set(rest, row(pairs));
  else if (kind === 'b') {
    const [first = '', second = ''] = rest.split('_');
    const start = entry(first);
    (start.next ??= new Map()).set(entry(second).id, row(pairs));
  } else if (kind === 'c') familyRows[familyIndex.get(rest) ?? -1] = row(pairs);
  else if (kind === 'cc') {
    const [a = '', b = ''] = rest.split('_');
    familyPairRows.set((familyIndex.get(a) ?? 0) * FAMILIES.length + (familyIndex.get(b) ?? 0), row(pairs));
  } else if (key === 'q') questionRow = row(pairs);
}
for (const [word, found] of words) found.prefix = word.length > PREFIX ? (prefixes.get(word.slice(0, PREFIX)) ?? null) : null;

// Reused per call (the engine is synchronous).
let stamp = 0;
const logit = new Float64Array(CATEGORY_COUNT + 1);
/** The rows counted in this message and the text each came from, for quoting. */
const hitRows: Row[] = [];
const hitStarts: number[] = [];
const hitEnds: number[] = [];
let hitCount = 0;
/** Per family: the message it was first seen in, and that first word. */
const familySeen = new Float64Array(FAMILIES.length).fill(-1);
const familyStart = new Int32Array(FAMILIES.length);
const familyEnd = new Int32Array(FAMILIES.length);
/** The families in this message. */
const present: number[] = [];

function count(found: Row | undefined, start: number, end: number): void {
  if (!found || found.seen === stamp) return;
  found.seen = stamp;
  const { pairs } = found;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const c = pairs[i] ?? 0;
    logit[c] = (logit[c] ?? 0) + (pairs[i + 1] ?? 0);
  }
  hitRows[hitCount] = found;
  hitStarts[hitCount] = start;
  hitEnds[hitCount++] = end;
}

/** What the model reads in one message, given its normalised text. */
export function readLearned(normal: string): LearnedReading {
  stamp++;
  hitCount = 0;
  logit.set(model.bias);
  logit[OFFENDER] = model.offenderBias;
  present.length = 0;
  let previous: WordEntry | undefined;
  let previousStart = 0;
  let read = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(normal); m !== null && read < MAX_WORDS; m = WORD.exec(normal), read++) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const found = words.get(word);
    count(found?.row, start, end);
    if (found) count(found.prefix ?? undefined, start, end);
    else if (word.length > PREFIX) count(prefixes.get(word.slice(0, PREFIX)), start, end);
    if (found && previous?.next) count(previous.next.get(found.id), previousStart, end);
    for (const f of found?.concepts ?? []) {
      if (familySeen[f] === stamp) continue;
      familySeen[f] = stamp;
      familyStart[f] = start;
      familyEnd[f] = end;
      present.push(f);
    }
    previous = found;
    previousStart = start;
  }
  present.sort((a, b) => a - b);
  for (let i = 0; i < present.length; i++) {
    const a = present[i] ?? 0;
    count(familyRows[a], familyStart[a] ?? 0, familyEnd[a] ?? 0);
    for (let j = i + 1; j < present.length; j++) {
      const b = present[j] ?? 0;
      count(familyPairRows.get(a * FAMILIES.length + b), Math.min(familyStart[a] ?? 0, familyStart[b] ?? 0), Math.max(familyEnd[a] ?? 0, familyEnd[b] ?? 0));
    }
  }
  if (normal.includes('?')) count(questionRow, 0, 0);
  const matches: LearnedMatch[] = [];
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    const margin = (logit[c] ?? 0) - (model.threshold[c] ?? Infinity);
    if (margin < 0) continue;
    const span = quoteSpan(c);
    const category = model.categories[c];
    if (span && category) matches.push({ category, margin, span });
  }
  return { matches, offender: logit[OFFENDER] ?? 0 };
}

/** The weight of category `c` in a row, 0 when it has none. */
function weightIn({ pairs }: Row, c: number): number {
  for (let i = 0; i + 1 < pairs.length; i += 2) if (pairs[i] === c) return pairs[i + 1] ?? 0;
  return 0;
}

/** The stretch from the first to the last word that weighed most for category `c`. */
function quoteSpan(c: number): [number, number] | undefined {
  let strongest = 0;
  for (let h = 0; h < hitCount; h++) strongest = Math.max(strongest, weightIn(hitRows[h] as Row, c));
  let start = Infinity;
  let end = -1;
  for (let h = 0; h < hitCount; h++) {
    const w = weightIn(hitRows[h] as Row, c);
    const s = hitStarts[h] ?? 0;
    const e = hitEnds[h] ?? 0;
    // A question mark is no quote.
    if (w <= 0 || w < strongest * QUOTE_SHARE || e <= s) continue;
    start = Math.min(start, s);
    end = Math.max(end, e);
  }
  // Nothing to quote when only the bias and question marks spoke.
  return end < 0 ? undefined : [start, end];
}

/** The raw log-odds of every category and of the person model, for the oracle test. */
export function logOddsOf(normal: string): number[] {
  readLearned(normal);
  return [...logit];
}

export const SIGNAL_MODEL_CATEGORIES: readonly IncomingCategory[] = model.categories;
