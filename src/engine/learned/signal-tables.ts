// The learned signal model (signal-model.ts) laid out for its reader: rows of weights in flat
// typed arrays (a few hundred kB that stay in cache beside the phrase matcher's tables), words by
// the key ids of the shared token vocabulary (text-tokens.ts), word pairs in an open-addressing
// hash table (a Map of numbers was a fifth of the reader's time). Built once when the model loads.
import { DOLLAR_KEY } from '../phrase-keys';
import { keyId } from '../text-tokens';
import { CONCEPT_ORDER, PREFIX } from './features';
import { CONCEPTS_OF } from './concepts';
import type { SignalModelData } from './signal-model';

export const NO_ROW = -1;
/** Pairs of words by (first id × PAIR_KEY + second id). */
export const PAIR_KEY = 1 << 15;
export const FAMILIES = CONCEPT_ORDER(new Set([...CONCEPTS_OF.values()].flat()));
const familyIndex = new Map(FAMILIES.map((name, i) => [name, i]));
export const DOLLAR_ID = keyId(DOLLAR_KEY);

export interface SignalTables {
  model: SignalModelData;
  /** Row r's weights are rowCategory/rowWeight[rowStart[r] .. rowStart[r + 1]). */
  rowStart: Int32Array;
  rowCategory: Uint8Array;
  rowWeight: Float64Array;
  /** By key id of a token: the model's word id, or NO_ROW. */
  wordOfKey: Int32Array;
  /** By word id: its row, its first letters' row, its families. */
  wordRow: number[];
  wordPrefixRow: number[];
  wordFamilies: Array<readonly number[] | undefined>;
  /** First letters of words the model does not know. */
  prefixRow: Map<string, number>;
  familyRow: Int32Array;
  familyPairRow: Int32Array;
  questionRow: number;
  pairSlotKey: Int32Array;
  pairSlotRow: Int32Array;
}

export function buildTables(model: SignalModelData): SignalTables {
  const keys = Object.keys(model.weights);
  const rowStart = new Int32Array(keys.length + 1);
  const pairCount = keys.reduce((n, key) => n + (model.weights[key]?.length ?? 0) / 2, 0);
  const rowCategory = new Uint8Array(pairCount);
  const rowWeight = new Float64Array(pairCount);
  const wordIds = new Map<string, number>();
  const wordRow: number[] = [];
  const wordPrefixRow: number[] = [];
  const wordFamilies: Array<readonly number[] | undefined> = [];
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
  const wordOfKey = new Int32Array([...wordIds.keys()].reduce((most, word) => Math.max(most, keyId(word)), 0) + 1).fill(NO_ROW);
  for (const [word, id] of wordIds) wordOfKey[keyId(word)] = id;
  const slots = 1 << Math.ceil(Math.log2(pairRow.size * 2 + 2));
  const pairSlotKey = new Int32Array(slots).fill(-1);
  const pairSlotRow = new Int32Array(slots);
  for (const [key, row] of pairRow) {
    let slot = pairSlot(key, slots);
    while (pairSlotKey[slot] !== -1) slot = (slot + 1) & (slots - 1);
    pairSlotKey[slot] = key;
    pairSlotRow[slot] = row;
  }
  return { model, rowStart, rowCategory, rowWeight, wordOfKey, wordRow, wordPrefixRow, wordFamilies, prefixRow, familyRow, familyPairRow, questionRow, pairSlotKey, pairSlotRow };
}

/** The first slot of a pair key in a table of `slots` (a power of two). */
export const pairSlot = (key: number, slots: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & (slots - 1);
