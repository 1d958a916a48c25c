// Phrase lists are data. A phrase is plain lower-case words; a {slot} stands for the ways people
// write a common word in chat ("r u" for "are you"). Phrases compile to one alternation of
// literals per rule, anchored at word edges: such a pattern cannot backtrack catastrophically.
import { normalise } from './normalise';

/** Spellings people use in chat for common words, per language. */
const SLOTS: Record<string, readonly string[]> = {
  you: ['you', 'u', 'ya', 'yu'],
  are: ['are', 'r'],
  your: ['your', 'ur', 'yr'],
  parents: ['parents', 'parent', 'mom', 'mum', 'dad', 'mother', 'father', 'family', 'folks'],
  padres: ['padres', 'papás', 'papas', 'mamá', 'mama', 'papá', 'papa', 'familia'],
};

/** Expand the {slots} of one phrase into every literal it stands for. */
export function expandPhrase(phrase: string): string[] {
  const match = /\{(\w+)\}/u.exec(phrase);
  if (!match) return [normalise(phrase).normal];
  const options = SLOTS[match[1] ?? ''];
  if (!options) throw new Error(`unknown phrase slot {${match[1]}} in "${phrase}"`);
  return options.flatMap((option) => expandPhrase(phrase.replace(match[0], option)));
}

/** Phrases of one rule, per language (BCP-47 primary tag). More languages follow as data. */
export type PhraseList = Readonly<Partial<Record<'en' | 'es' | 'pt' | 'fr' | 'de', readonly string[]>>>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * Compile phrase lists into a finder over normalised text. Longer literals come first so the
 * longest phrase wins at a position. Word edges are letters or digits of any script.
 */
export function phraseFinder(lists: PhraseList): (normal: string) => Array<[number, number]> {
  const literals = [...new Set(Object.values(lists).flatMap((list) => list.flatMap(expandPhrase)))];
  literals.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${literals.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (normal) => {
    const spans: Array<[number, number]> = [];
    for (const m of normal.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
    return spans;
  };
}
