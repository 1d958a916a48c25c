// Generated inputs for the engine's property tests and benchmarks (issue 4): chat-like text made
// from the phrase lists themselves, so matches are common and overlap, and hostile text of every
// shape (random code points, lone surrogates, right-to-left, combining marks, emoji, NUL). Seeded,
// so a failure repeats. Not used by the extension.
import type { Part, Sequence } from './phrase-syntax';

/** mulberry32: small, fast, seeded; good enough to spread test inputs. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const NUMBERS: Record<string, readonly string[]> = {
  '#': ['3', '13', '250', '3.5', '10:30', '1,000', '7'],
  '$#': ['$50', '$5.99', '$300'],
  '#minor': ['5', '9', '12', '13', '17'],
  '#adult': ['18', '19', '25', '31', '99'],
  '#grade': ['1st', '7th', '12th', '3rd'],
  '#curso': ['2o', '1er', '3°', '4to'],
};
const NOISE = ['lol', 'the', 'a', 'you', 'your', 'my', 'so', 'and', 'hey', 'ok', 'pic', 'me', 'i', '13', '19', '$', '"', '“', '”', 'x2', 'ñ', 'año', '日本', 'مرحبا', 'שלום', '🙂', '📸', 'e\u0301', '\u200b', 'never', 'dont', 'not'];
/** What may stand between words: the separators the patterns allow, and some they do not. */
const JOINS = [' ', ' ', ' ', ' ', ', ', '. ', '... ', '!! ', '? ', '  ', '', '-', '\n', ' … '];

/** One random text that a sequence's pattern is meant to match (when joined with plain spaces). */
export function phraseInstance(sequence: Sequence, random: () => number): string[] {
  return sequence.flatMap((part) => partInstance(part, random));
}

function partInstance(part: Part, random: () => number): string[] {
  switch (part.kind) {
    case 'word':
      return [part.normal];
    case 'number':
      return [pick(random, NUMBERS[part.token] ?? ['1'])];
    case 'gap':
      return Array.from({ length: Math.floor(random() * 4) }, () => pick(random, NOISE));
    case 'choice':
      return part.optional && random() < 0.3 ? [] : phraseInstance(pick(random, part.options), random);
  }
}

/** Chat-like text: instances of random phrases and noise words, joined loosely, sometimes mangled. */
export function chatLike(phrases: readonly Sequence[], random: () => number): string {
  const words: string[] = [];
  const pieces = 1 + Math.floor(random() * 4);
  for (let k = 0; k < pieces; k++) {
    if (random() < 0.7) words.push(...phraseInstance(pick(random, phrases), random));
    else words.push(pick(random, NOISE));
  }
  let text = words.map((w) => w + (random() < 0.85 ? ' ' : pick(random, JOINS))).join('').trim();
  if (random() < 0.2) {
    const at = Math.floor(random() * text.length);
    text = random() < 0.5 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + pick(random, NOISE) + text.slice(at);
  }
  return random() < 0.1 ? text.toUpperCase() : text;
}

/** Code points from the ranges that make text hard: surrogates, RTL, marks, emoji, controls. */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x7f], [0x80, 0x2ff], [0x300, 0x36f], [0x590, 0x6ff], [0x900, 0x97f], [0x1100, 0x11ff],
  [0x200b, 0x206f], [0x3000, 0x30ff], [0x4e00, 0x4fff], [0xd800, 0xdfff], [0xfe00, 0xfe0f], [0xfff0, 0xffff],
  [0x1f300, 0x1faff], [0xe0000, 0xe007f], [0x10000, 0x10ffff],
];

/** `length` UTF-16 units of random code points, lone surrogates included. */
export function randomUnicode(random: () => number, length: number): string {
  const units: string[] = [];
  let size = 0;
  while (size < length) {
    const [from, to] = pick(random, RANGES);
    const cp = from + Math.floor(random() * (to - from + 1));
    const char = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    units.push(char);
    size += char.length;
  }
  return units.join('').slice(0, length);
}

/** Text of about `length` characters made by repeating `unit`. */
export const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The long and hostile inputs of the property tests and the long-message benchmark. */
export function hostileInputs(length: number, random: () => number): Record<string, string> {
  let word = '';
  for (let k = 0; k < length; k++) word += String.fromCharCode(0x61 + Math.floor(random() * 26));
  return {
    'repeated words': repeatTo('hello there how was school today ', length),
    'random unicode': randomUnicode(random, length),
    'one long word': word,
    'one letter repeated': 'a'.repeat(length),
    'emoji run': repeatTo('😘📸🔥👍🏽👩‍👩‍👧', length),
    'risky phrases': repeatTo("how old r u? dont tell ur parents, send me a pic, add me on snap. i have ur pics, pay $300 or i post them. ", length),
    'digits and symbols': repeatTo('555-0142 $50 13? 12? 7th 3:30 @a.b ', length),
    'separated letters': repeatTo('s.n.a.p p i c n*u*d*e*s ', length),
    // Runs of punctuation after a gap phrase's first word: the first compiler backtracked cubically here.
    'punctuation runs': repeatTo(`ur vids r fire ur ${`${','.repeat(40)} `.repeat(3)}`, length),
    'binary-looking': Array.from({ length }, () => String.fromCharCode(Math.floor(random() * 32))).join(''),
    'right-to-left and marks': repeatTo('\u202eمرحبا\u0651\u064e שלום\u05b7 e\u0301\u0302\u0303 ', length),
    'whitespace only': repeatTo(' \t\n\u3000\u00a0', length),
    NUL: '\u0000'.repeat(length),
  };
}
