// Phrase lists are data. A phrase is plain words, written the way people mean them; the same
// normalise() that reads messages reads the phrases, so "how old r u" and "how old are you" are
// one phrase. A little syntax covers the ways people vary a phrase:
//   {slot}      a common word's variants (SLOTS below), e.g. {parents}: mom, dad, parents ...
//   (a|b c|)    alternatives; an empty one makes the group optional
//   *           up to three words of anything ("send * pic": "send me a cute pic")
//   # a number, $# an amount; #minor an age a child could be (5-17), #adult an adult's (18-99),
//   #grade a school grade ("7th"), #curso a Spanish school year ("2º")
// A phrase compiles to a regular expression of literals, alternations and bounded gaps over
// single-space separated words: no nested quantifiers, so it cannot backtrack catastrophically.
import { normalise } from './normalise';

/** Variants of common words, any language; a slot's options may be several words. */
const SLOTS: Record<string, readonly string[]> = {
  you: ['you', 'yu', 'ya'],
  your: ['your', 'yo', 'you'],
  youre: ['youre', 'you are', 'your', 'you'],
  parents: ['parents', 'parent', 'mom', 'mum', 'mommy', 'dad', 'daddy', 'mother', 'father', 'family', 'folks', 'mama', 'step mom', 'stepmom', 'stepdad', 'grandma', 'grandpa'],
  padres: ['padres', 'papas', 'mama', 'papa', 'madre', 'padre', 'familia', 'viejos', 'jefes'],
  pic: ['pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'selfie', 'selfies', 'snap', 'snaps', 'image', 'images'],
  foto: ['foto', 'fotos', 'fotito', 'fotitos', 'selfie', 'selfies', 'imagen', 'imagenes', 'video', 'videos'],
  alone: ['alone', 'by yourself', 'home alone', 'on your own'],
  app: ['snapchat', 'snap', 'insta', 'instagram', 'ig', 'kik', 'whatsapp', 'whats app', 'telegram', 'tele', 'discord', 'skype', 'wickr', 'signal', 'line', 'viber', 'tiktok', 'messenger', 'wechat', 'threema', 'session'],
};

const NUMBER_TOKENS: Record<string, string> = {
  '#': '\\d+(?:[.,:]\\d+)?',
  '$#': '\\$\\d+(?:[.,]\\d+)?',
  '#minor': '(?:[5-9]|1[0-7])',
  '#grade': '(?:[1-9]|1[0-2])(?:st|nd|rd|th)',
  '#curso': '[1-6](?:o|°|er|ero|ro|do|to)',
  '#adult': '(?:1[89]|[2-9][0-9])',
};

/** Phrases of one rule, per language (BCP-47 primary tag). More languages follow as data. */
export type PhraseList = Readonly<Partial<Record<'en' | 'es' | 'pt' | 'fr' | 'de', readonly string[]>>>;

/** Between two words: a space, after punctuation that chat writers use loosely ("31 m. is that ok"). */
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
export function compilePhrases(lists: PhraseList): RegExp {
  const sources = Object.values(lists).flatMap((list) => list.map(sequenceSource));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Spans [start, end) of every match of a compiled pattern in normalised text. */
export function findAll(pattern: RegExp, normal: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (const m of normal.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Compile phrase lists into a finder over normalised text. */
export function phraseFinder(lists: PhraseList): (normal: string) => Array<[number, number]> {
  const pattern = compilePhrases(lists);
  return (normal) => findAll(pattern, normal);
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
  const normal = [...new Set(words.map((w) => escape(normalise(w).normal)))].sort((a, b) => b.length - a.length);
  return `(?:${normal.join('|')})`;
}

/** Words as normalise() writes them, for membership tests. */
export const normalWords = (words: readonly string[]) => new Set(words.map((w) => normalise(w).normal));
