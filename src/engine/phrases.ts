// Phrase lists are data. A phrase is plain words, written the way people mean them; the same
// normalise() that reads messages reads the phrases, so "how old r u" and "how old are you" are
// one phrase. A little syntax covers the ways people vary a phrase:
//   {slot}      a common word's variants (SLOTS in phrase-syntax.ts), e.g. {parents}: mom, dad, parents ...
//   (a|b c|)    alternatives; an empty one makes the group optional
//   *           up to three words of anything ("send * pic": "send me a cute pic")
//   # a number, $# an amount; #minor an age a child could be (5-17), #adult an adult's (18-99),
//   #grade a school grade ("7th"), #curso a Spanish school year ("2º")
// A phrase compiles to a regular expression of literals, alternations and bounded gaps over
// single-space separated words: no nested quantifiers, so it cannot backtrack catastrophically
// (phrase-safety.test.ts checks every compiled phrase). A list's matches are those of one
// pattern of all its phrases; phrase-matcher.ts finds the same matches without running it.
import { normalise } from './normalise';
import { listPattern, PhraseMatcher } from './phrase-matcher';
import { escapeRegExp, parseSequence, sequenceSource, tokens, type Sequence } from './phrase-syntax';

export { execAll, findAll } from './phrase-matcher';

/** Phrases of one rule, per language (BCP-47 primary tag). More languages follow as data. */
export type PhraseList = Readonly<Partial<Record<'en' | 'es' | 'pt' | 'fr' | 'de', readonly string[]>>>;

/** Every phrase of a list parsed, in the order the list pattern tries them. */
export const parsePhrases = (lists: PhraseList): Sequence[] => Object.values(lists).flatMap((list) => list.map(parseSequence));

/** Compile phrase lists into one pattern, anchored at word edges (letters or digits of any script). */
export function compilePhrases(lists: PhraseList): RegExp {
  return listPattern(parsePhrases(lists).map(sequenceSource));
}

type Finder = (normal: string) => Array<[number, number]>;

/** Every finder made, with its lists: phrase-matcher.test.ts proves each against the reference compiler. */
export const FINDERS: Array<{ lists: PhraseList; find: Finder }> = [];

/** Compile phrase lists into a finder over normalised text: the matches of compilePhrases(lists). */
export function phraseFinder(lists: PhraseList): Finder {
  const matcher = new PhraseMatcher(parsePhrases(lists));
  const find: Finder = (normal) => matcher.find(normal);
  FINDERS.push({ lists, find });
  return find;
}

/**
 * Whether normalised text has any of these words or phrases, found through the message's shared
 * tokens: a message without any of the words costs nothing. For word tests that run on every
 * message (they were look-behind patterns over the whole text).
 */
export function phraseTest(lists: PhraseList): (normal: string) => boolean {
  const find = phraseFinder(lists);
  return (normal) => find(normal).length > 0;
}

/** The canonical form of a phrase, for the duplicate check: normalised words, syntax kept. */
export function canonicalPhrase(phrase: string): string {
  return tokens(phrase)
    .map((t) => (/^[({*#]/u.test(t) ? t : normalise(t).normal))
    .join(' ');
}

/**
 * A regular-expression alternation of words as normalise() writes them ("middle" becomes "midle",
 * "will" becomes "wil"), for rules that need a hand-written pattern around phrase-like words.
 */
export function wordAlternation(words: readonly string[]): string {
  const normal = [...new Set(words.map((w) => escapeRegExp(normalise(w).normal)))].sort((a, b) => b.length - a.length);
  return `(?:${normal.join('|')})`;
}

/** Words as normalise() writes them, for membership tests. */
export const normalWords = (words: readonly string[]) => new Set(words.map((w) => normalise(w).normal));
