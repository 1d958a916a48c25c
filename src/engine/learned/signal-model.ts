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
import { DOLLAR_KEY } from '../phrase-keys';
import { keyId, tokensOf } from '../text-tokens';
import type { IncomingCategory } from '../types';
import { CONCEPT_ORDER, MAX_WORDS as FEATURE_MAX_WORDS, PREFIX as FEATURE_PREFIX } from './features';
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

const model = data as SignalModelData;
const CATEGORY_COUNT = model.categories.length;
const OFFENDER = CATEGORY_COUNT;
// Local copies: a module's exports are read through getters under some loaders (tsx), on the hot path.
const PREFIX = FEATURE_PREFIX;
const MAX_WORDS = FEATURE_MAX_WORDS;
/** A reason quotes the words whose weight is at least this share of the strongest word's. */
const QUOTE_SHARE = 0.35;
const NO_ROW = -1;

// The model's rows in flat typed arrays (a few hundred kB that stay in cache beside the phrase
// matcher's tables): row r's weights are rowCategory/rowWeight[rowStart[r] .. rowStart[r + 1]).
const keys = Object.keys(model.weights);
const rowStart = new Int32Array(keys.length + 1);
const pairCount = keys.reduce((n, key) => n + (model.weights[key]?.length ?? 0) / 2, 0);
const rowCategory = new Uint8Array(pairCount);
const rowWeight = new Float64Array(pairCount);
/** The message that last counted row r: each feature counts once per message, as in training. */
const rowSeen = new Float64Array(keys.length).fill(-1);

const FAMILIES = CONCEPT_ORDER(new Set([...CONCEPTS_OF.values()].flat()));
const familyIndex = new Map(FAMILIES.map((name, i) => [name, i]));
/** Words by id: their row, their first letters' row, their families. */
const wordIds = new Map<string, number>();
const wordRow: number[] = [];
const wordPrefixRow: number[] = [];
const wordFamilies: Array<readonly number[] | undefined> = [];
/** Pairs of words by (first id × PAIR_KEY + second id), first letters of unknown words, families. */
const PAIR_KEY = 1 << 15;
const pairRow = new Map<number, number>();
const prefixRow = new Map<string, number>();
const familyRow = new Int32Array(FAMILIES.length).fill(NO_ROW);
const familyPairRow = new Int32Array(FAMILIES.length * FAMILIES.length).fill(NO_ROW);
let questionRow = NO_ROW;

const wordId = (word: string): number => {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
    wordRow.push(NO_ROW);
    wordPrefixRow.push(NO_ROW);
    wordFamilies.push(undefined);
  }
  return id;
};
for (const [word, families] of CONCEPTS_OF) wordFamilies[wordId(word)] = families.map((f) => familyIndex.get(f) ?? 0).sort((x, y) => x - y);
keys.forEach((key, r) => {
  const pairs = model.weights[key] ?? [];
  const at = rowStart[r] ?? 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    rowCategory[at + i / 2] = pairs[i] ?? 0;
    rowWeight[at + i / 2] = pairs[i + 1] ?? 0;
  }
  rowStart[r + 1] = at + pairs.length / 2;
  const [kind, rest = ''] = key.split(':');
  if (kind === 'w') wordRow[wordId(rest)] = r;
  else if (kind === 'p') prefixRow.set(rest, r);
  else if (kind === 'b') {
    const [first = '', second = ''] = rest.split('_');
    pairRow.set(wordId(first) * PAIR_KEY + wordId(second), r);
  } else if (kind === 'c') familyRow[familyIndex.get(rest) ?? 0] = r;
  else if (kind === 'cc') {
    const [x = '', y = ''] = rest.split('_');
    familyPairRow[(familyIndex.get(x) ?? 0) * FAMILIES.length + (familyIndex.get(y) ?? 0)] = r;
  } else if (key === 'q') questionRow = r;
});
if (wordIds.size > PAIR_KEY) throw new Error('signal model: too many words for the pair key');
for (const [word, id] of wordIds) wordPrefixRow[id] = word.length > PREFIX ? (prefixRow.get(word.slice(0, PREFIX)) ?? NO_ROW) : NO_ROW;

/** By key id of a token (text-tokens.ts): the model's word id, or NO_ROW. */
const wordOfKey = new Int32Array([...wordIds.keys()].reduce((most, word) => Math.max(most, keyId(word)), 0) + 1).fill(NO_ROW);
for (const [word, id] of wordIds) wordOfKey[keyId(word)] = id;
const DOLLAR_ID = keyId(DOLLAR_KEY);

// Word pairs in an open-addressing hash table (a Map of numbers was a fifth of the reader's time).
const PAIR_SLOTS = 1 << Math.ceil(Math.log2(pairRow.size * 2 + 2));
const pairSlotKey = new Int32Array(PAIR_SLOTS).fill(-1);
const pairSlotRow = new Int32Array(PAIR_SLOTS);
const pairSlot = (key: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & (PAIR_SLOTS - 1);
for (const [key, row] of pairRow) {
  let slot = pairSlot(key);
  while (pairSlotKey[slot] !== -1) slot = (slot + 1) & (PAIR_SLOTS - 1);
  pairSlotKey[slot] = key;
  pairSlotRow[slot] = row;
}
function pairRowOf(key: number): number {
  for (let slot = pairSlot(key); ; slot = (slot + 1) & (PAIR_SLOTS - 1)) {
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

