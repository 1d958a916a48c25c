// What the learned signal model (signal-model.ts) reads of one normalised message: its words, the
// first five letters of its long words (so "mándame", "mandarme" and "mandame" meet, and a typo at
// the end still counts), its word pairs, the word families it has (concepts.ts) and each pair of
// them, and whether it asks a question. Pure: the trainer (tools/) reads messages with
// messageFeatures, the engine's faster reader (signal-model.ts) uses the same constants.

import { CONCEPTS_OF } from './concepts';

/** A word: a run of letters and digits of any script (normalise has folded spellings already). */
export const WORD = /[\p{L}\p{N}]+/gu;
/** Words longer than this also count by their first PREFIX letters. */
export const PREFIX = 5;
/** Feature reading stops after this many words: a 4,000-character message stays cheap. */
export const MAX_WORDS = 120;

/** Word families in the order feature keys name them ("cc:A_B" has A before B). */
export const CONCEPT_ORDER = (families: Iterable<string>): string[] => [...families].sort();

/**
 * The feature keys of one message, each once: "w:word", "p:prefix", "b:word_word", "c:FAMILY",
 * "cc:FAMILY_FAMILY", "q". The trainer reads messages with this; the engine's reader
 * (signal-model.ts) finds the same features without building the strings, and a test holds the
 * two to the same sums.
 */
export function messageFeatures(normal: string): string[] {
  const keys = new Set<string>();
  const concepts = new Set<string>();
  let previous = '';
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(normal); m !== null && count < MAX_WORDS; m = WORD.exec(normal), count++) {
    const word = m[0];
    keys.add('w:' + word);
    if (word.length > PREFIX) keys.add('p:' + word.slice(0, PREFIX));
    if (previous) keys.add('b:' + previous + '_' + word);
    previous = word;
    for (const concept of CONCEPTS_OF.get(word) ?? []) concepts.add(concept);
  }
  const found = CONCEPT_ORDER(concepts);
  for (let i = 0; i < found.length; i++) {
    keys.add('c:' + found[i]);
    for (let j = i + 1; j < found.length; j++) keys.add('cc:' + found[i] + '_' + found[j]);
  }
  if (normal.includes('?')) keys.add('q');
  return [...keys];
}
