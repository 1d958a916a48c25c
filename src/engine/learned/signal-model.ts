// A small learned model of the incoming categories: one logistic regression per category over
// the words, word starts, word pairs and word families of a message (features.ts), trained on the
// labelled corpora by tools/train-signal-model.ts, and one more over the same features for "the
// author is the one grooming or threatening" (person-reading.ts). The phrase rules say exactly
// what they match and miss what nobody wrote down; people put the same move in endless words
// ("ur folks check ur phone?", "this stays with us"). The model generalises from the labelled
// messages to wordings it has not seen. Its matches are notices that add up like other everyday
// signs (rules/learned-*.ts), and a reason quotes the words that weighed most.
//
// The engine reads over 50,000 messages a second on one core (issue 4), so the reader builds no
// feature strings and does not read the text again: it walks the tokens the phrase matchers have
// already read (text-tokens.ts; a token there is a word here, or a "$"), whose vocabulary holds
// the model's words too. Pairs, starts and families hang off the word.
import { tokensOf } from '../text-tokens';
import { INCOMING_CATEGORIES, type IncomingCategory } from '../types';
import { MAX_WORDS as FEATURE_MAX_WORDS, PREFIX as FEATURE_PREFIX } from './features';
import { buildTables, DOLLAR_ID, FAMILIES, NO_ROW, PAIR_KEY, pairSlot } from './signal-tables';
import shipped from './signal-model.json';

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

const CATEGORY_COUNT = INCOMING_CATEGORIES.length;
const OFFENDER = CATEGORY_COUNT;
// Local copies: a module's exports are read through getters under some loaders (tsx), on the hot path.
const PREFIX = FEATURE_PREFIX;
const MAX_WORDS = FEATURE_MAX_WORDS;
/** A reason quotes the words whose weight is at least this share of the strongest word's. */
const QUOTE_SHARE = 0.35;

// The loaded model's tables (signal-tables.ts), unpacked: the reader runs for every message.
let model: SignalModelData;
let rowStart: Int32Array;
let rowCategory: Uint8Array;
let rowWeight: Float64Array;
let wordOfKey: Int32Array;
let wordRow: number[];
let wordPrefixRow: number[];
let wordFamilies: Array<readonly number[] | undefined>;
let prefixRow: Map<string, number>;
let familyRow: Int32Array;
let familyPairRow: Int32Array;
let questionRow: number;
let pairSlotKey: Int32Array;
let pairSlotRow: Int32Array;
/** The message that last counted row r: each feature counts once per message, as in training. */
let rowSeen: Float64Array;

/**
 * Reads with this model from now on. The extension reads with the shipped one; the trainer of the
 * level model (tools/train-level-model.ts) reads each part of the corpora with a model that was
 * not trained on it.
 */
export function loadSignalModel(data: SignalModelData): void {
  if (data.categories.join() !== INCOMING_CATEGORIES.join()) throw new Error('signal model: its categories are not the engine\'s');
  ({ model, rowStart, rowCategory, rowWeight, wordOfKey, wordRow, wordPrefixRow, wordFamilies, prefixRow, familyRow, familyPairRow, questionRow, pairSlotKey, pairSlotRow } = buildTables(data));
  rowSeen = new Float64Array(rowStart.length - 1).fill(-1);
}
loadSignalModel(shipped as SignalModelData);

function pairRowOf(key: number): number {
  for (let slot = pairSlot(key, pairSlotKey.length); ; slot = (slot + 1) & (pairSlotKey.length - 1)) {
    const found = pairSlotKey[slot] ?? -1;
    if (found === key) return pairSlotRow[slot] ?? NO_ROW;
    if (found === -1) return NO_ROW;
  }
}

// Reused per call (the engine is synchronous).
let stamp = 0;
const logit = new Float64Array(CATEGORY_COUNT + 1);
/** The rows counted in this message and the text each came from, for quoting. */
const MAX_HITS = MAX_WORDS * 3 + FAMILIES.length * FAMILIES.length + 1;
const hitRow = new Int32Array(MAX_HITS);
const hitStart = new Int32Array(MAX_HITS);
const hitEnd = new Int32Array(MAX_HITS);
let hitCount = 0;
/** Per family: the message it was first seen in, and that first word. */
const familySeen = new Float64Array(FAMILIES.length).fill(-1);
const familyStart = new Int32Array(FAMILIES.length);
const familyEnd = new Int32Array(FAMILIES.length);
/** The families in this message. */
const present: number[] = [];

function count(r: number, start: number, end: number): void {
  if (r === NO_ROW || rowSeen[r] === stamp) return;
  rowSeen[r] = stamp;
  const to = rowStart[r + 1] ?? 0;
  for (let i = rowStart[r] ?? 0; i < to; i++) {
    const c = rowCategory[i] ?? 0;
    logit[c] = (logit[c] ?? 0) + (rowWeight[i] ?? 0);
  }
  hitRow[hitCount] = r;
  hitStart[hitCount] = start;
  hitEnd[hitCount++] = end;
}

/** What the model reads in one message, given its normalised text. */
export function readLearned(normal: string): LearnedReading {
  stamp++;
  hitCount = 0;
  logit.set(model.bias);
  logit[OFFENDER] = model.offenderBias;
  present.length = 0;
  let previous = -1;
  let previousStart = 0;
  const tokens = tokensOf(normal);
  const { starts, ends, ids } = tokens;
  for (let k = 0, read = 0; k < tokens.count && read < MAX_WORDS; k++) {
    const key = ids[k] ?? -1;
    if (key === DOLLAR_ID) continue;
    read++;
    const start = starts[k] ?? 0;
    const end = ends[k] ?? start;
    const id = key >= 0 && key < wordOfKey.length ? (wordOfKey[key] ?? NO_ROW) : NO_ROW;
    if (id === NO_ROW) {
      if (end - start > PREFIX) count(prefixRow.get(normal.slice(start, start + PREFIX)) ?? NO_ROW, start, end);
      previous = -1;
      continue;
    }
    count(wordRow[id] ?? NO_ROW, start, end);
    count(wordPrefixRow[id] ?? NO_ROW, start, end);
    if (previous >= 0) count(pairRowOf(previous * PAIR_KEY + id), previousStart, end);
    const families = wordFamilies[id];
    if (families) {
      for (let i = 0; i < families.length; i++) {
        const f = families[i] ?? 0;
        if (familySeen[f] === stamp) continue;
        familySeen[f] = stamp;
        familyStart[f] = start;
        familyEnd[f] = end;
        present.push(f);
      }
    }
    previous = id;
    previousStart = start;
  }
  if (present.length > 1) present.sort((x, y) => x - y);
  for (let i = 0; i < present.length; i++) {
    const x = present[i] ?? 0;
    count(familyRow[x] ?? NO_ROW, familyStart[x] ?? 0, familyEnd[x] ?? 0);
    for (let j = i + 1; j < present.length; j++) {
      const y = present[j] ?? 0;
      count(familyPairRow[x * FAMILIES.length + y] ?? NO_ROW, Math.min(familyStart[x] ?? 0, familyStart[y] ?? 0), Math.max(familyEnd[x] ?? 0, familyEnd[y] ?? 0));
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

/** The weight of category `c` in row r, 0 when it has none. */
function weightIn(r: number, c: number): number {
  const to = rowStart[r + 1] ?? 0;
  for (let i = rowStart[r] ?? 0; i < to; i++) if (rowCategory[i] === c) return rowWeight[i] ?? 0;
  return 0;
}

/** The stretch from the first to the last word that weighed most for category `c`. */
function quoteSpan(c: number): [number, number] | undefined {
  let strongest = 0;
  for (let h = 0; h < hitCount; h++) strongest = Math.max(strongest, weightIn(hitRow[h] ?? 0, c));
  let start = Infinity;
  let end = -1;
  for (let h = 0; h < hitCount; h++) {
    const w = weightIn(hitRow[h] ?? 0, c);
    const s = hitStart[h] ?? 0;
    const e = hitEnd[h] ?? 0;
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

