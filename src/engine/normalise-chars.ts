// Per-code-point tables for normalise.ts: the class of a character (Latin letter, other letter,
// digit, mark, other) and what step 1 makes of it (NFKC, lower case, invisible characters and
// apostrophes dropped, white space, Latin diacritics, look-alikes, emoji words).
//
// Both are worked out with Unicode property regexes and String.prototype.normalize the first time
// a code point is seen, then kept (issue 4: no input may take over 10 ms). BMP code points have
// flat tables that never forget: the Map caches these replace were emptied whenever they filled
// up, and the next message then paid the slow path for every character again (bench.ts, "random
// unicode, new": runs of 9-12 ms). Code points above the BMP share small fixed caches, so random
// astral text costs the slow path for its own characters only, and never grows memory.
import { EMOJI_WORDS, LOOKALIKES } from './normalise-data';

export const OTHER = 1;
export const LATIN = 2; // a letter of the Latin script
export const LETTER = 3; // a letter of any other script
export const DIGIT = 4;
export const MARK = 5;

// ---------------------------------------------------------------------------------------------
// Classes.

const WORDISH_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER_CHAR = /\p{L}/u;
const LATIN_CHAR = /\p{Script=Latin}/u;
const NUMBER_CHAR = /\p{N}/u;

/** The class of one code point, from its Unicode properties (most characters fail the first test). */
export function classify(cp: number): number {
  const char = String.fromCodePoint(cp);
  if (!WORDISH_CHAR.test(char)) return OTHER;
  if (LETTER_CHAR.test(char)) return LATIN_CHAR.test(char) ? LATIN : LETTER;
  return NUMBER_CHAR.test(char) ? DIGIT : MARK;
}

// Above the BMP (emoji, mathematical "fancy" letters, rare scripts) entries go in small
// direct-mapped caches: an entry's slot is a hash of its code point, and a newcomer simply takes
// the slot. Memory stays fixed, nothing is ever cleared wholesale, and random astral text costs
// only the slow path for its own characters.
const ASTRAL_SLOTS = 4096;
/** The slot of an astral code point in its cache: 12 bits of a multiplicative hash. */
export const astralSlot = (cp: number) => Math.imul(cp, 0x9e3779b1) >>> 20;
const astralClassKey = new Int32Array(ASTRAL_SLOTS).fill(-1);
const astralClass = new Uint8Array(ASTRAL_SLOTS);

const bmpClass = new Uint8Array(0x10000);

export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = bmpClass[cp] ?? 0;
    if (known !== 0) return known;
    const found = classify(cp);
    bmpClass[cp] = found;
    return found;
  }
  const slot = astralSlot(cp);
  if (astralClassKey[slot] === cp) return astralClass[slot] ?? OTHER;
  const found = classify(cp);
  astralClassKey[slot] = cp;
  astralClass[slot] = found;
  return found;
}

for (let cp = 0; cp < 0x80; cp++) classOf(cp);

export function isLetter(cp: number): boolean {
  const k = classOf(cp);
  return k === LATIN || k === LETTER;
}

/** Letters and digits make words; a combining mark keeps a letter from standing alone. */
export function isWordish(cp: number): boolean {
  const k = classOf(cp);
  return k === LATIN || k === LETTER || k === DIGIT || k === MARK;
}

/** A letter or digit of any script: \p{L} or \p{N}, the classes the phrase matcher's edges use. */
export function isWordChar(cp: number): boolean {
  const k = classOf(cp);
  return k === LATIN || k === LETTER || k === DIGIT;
}

// ---------------------------------------------------------------------------------------------
// Step 1 of normalise(), one code point at a time.

// Invisible characters (zero-width space and joiners, soft hyphen, variation selectors, tags,
// Hangul fillers...) that people put inside words to break them up, and emoji skin tones.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const isSkinTone = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff;
// Apostrophes of every style are dropped, so "don't", "don’t" and "dont" read the same.
const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x2bc]);
export const SPACE = /\s/u;

const lookalike = new Map<number, string>();
for (const [latin, chars] of Object.entries(LOOKALIKES)) for (const char of chars) lookalike.set(char.codePointAt(0) ?? 0, latin);
const emojiWord = new Map<number, string>();
for (const [word, emoji] of Object.entries(EMOJI_WORDS)) for (const char of emoji) emojiWord.set(char.codePointAt(0) ?? 0, ` ${word} `);

// ASCII needs none of the Unicode machinery: -1 drops the character, -2 is white space.
export const ASCII = new Int32Array(0x80);
for (let cp = 0; cp < 0x80; cp++) {
  if (APOSTROPHES.has(cp)) ASCII[cp] = -1;
  else if (SPACE.test(String.fromCharCode(cp))) ASCII[cp] = -2;
  else ASCII[cp] = cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp;
}

/** Fold one letter of NFKC, lower-case text: Latin diacritics off (ñ kept), look-alikes to Latin. */
function foldLetter(char: string, cp: number): string {
  const decomposed = char.normalize('NFD');
  const baseCp = decomposed.codePointAt(0) ?? cp;
  const base = lookalike.get(baseCp) ?? String.fromCodePoint(baseCp);
  if (base === 'n' && decomposed.includes('\u0303')) return 'ñ'; // Spanish "años" is not "anos"
  if (classOf(base.codePointAt(0) ?? 0) === LATIN) return base;
  return char; // other scripts keep their own letters, accents included
}

/** What one non-ASCII code point becomes: '' to drop, ' ' for white space, marks kept for later. */
export function foldChar(cp: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) return '\uFFFD'; // a lone surrogate; U+FFFD cannot pair up later
  if (isSkinTone(cp) || APOSTROPHES.has(cp)) return '';
  const char = String.fromCodePoint(cp);
  if (INVISIBLE.test(char)) return '';
  if (SPACE.test(char)) return ' ';
  const emoji = emojiWord.get(cp);
  if (emoji !== undefined) return emoji;
  let out = '';
  for (const c of char.normalize('NFKC').toLowerCase()) {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x80) {
      const ascii = ASCII[code] ?? code;
      out += ascii === -1 ? '' : ascii === -2 ? ' ' : String.fromCharCode(ascii);
    } else if (APOSTROPHES.has(code) || INVISIBLE.test(c)) continue;
    else if (SPACE.test(c)) out += ' ';
    else if (isLetter(code)) out += foldLetter(c, code);
    else out += c;
  }
  return out;
}

// foldChar's answer as a number: DROPPED for '', a code point (> 0) when it is one code point,
// or PIECE - k for pieces[k], text of several code points. 0 means "not worked out yet".
export const DROPPED = -1;
const PIECE = -2;
/** Answers of several code points ("ﬁ" → "fi", "📸" → " pic "), each stored once. */
const pieces: string[] = [];
const pieceIndex = new Map<string, number>();
const bmpFold = new Int32Array(0x10000);
const astralFoldKey = new Int32Array(ASTRAL_SLOTS).fill(-1);
const astralFold = new Int32Array(ASTRAL_SLOTS);

function encode(text: string): number {
  if (text === '') return DROPPED;
  const first = text.codePointAt(0) ?? 0;
  if (first > 0 && text.length === (first > 0xffff ? 2 : 1)) return first;
  let k = pieceIndex.get(text);
  if (k === undefined) {
    k = pieces.push(text) - 1;
    pieceIndex.set(text, k);
  }
  return PIECE - k;
}

/** foldChar(cp) as a number (see above), worked out once per code point. */
export function foldCode(cp: number): number {
  if (cp < 0x10000) {
    const known = bmpFold[cp] ?? 0;
    if (known !== 0) return known;
    const found = encode(foldChar(cp));
    bmpFold[cp] = found;
    return found;
  }
  const slot = astralSlot(cp);
  if (astralFoldKey[slot] === cp) return astralFold[slot] ?? DROPPED;
  const found = encode(foldChar(cp));
  astralFoldKey[slot] = cp;
  astralFold[slot] = found;
  return found;
}

/** The text of a code from foldCode that is neither DROPPED nor one code point. */
export const pieceOf = (code: number): string => pieces[PIECE - code] ?? '';
