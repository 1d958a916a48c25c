// Text normalisation before matching, with a map back to the original so reasons can quote what
// the person actually wrote. Phrase lists go through this same function, so every step below is
// applied identically to chat text and to phrases: a step can only make spellings meet.
//
// People who want to slip past word filters (groomers, spammers, and the "fancy text" tools they
// copy from) write "ѕеx" with Cyrillic letters, "s3cr3t", "n.u.d.e.s", "send 📸", "pleeease",
// "wyd rn". The steps, in order:
//   1. per character: NFKC, lower case, invisible characters and apostrophes dropped, white space
//      folded, Latin diacritics folded (except ñ), look-alike letters read as Latin, emoji that
//      carry meaning read as words;
//   2. leetspeak inside words ("p1c"), but never digits standing alone ("13", "555-0142");
//   3. repeated letters collapsed to one ("sooo", and also "meet" → "met" on both sides);
//   4. single letters joined by . - _ * • · / ("s.n.a.p") or, for a few words only, by spaces;
//   5. chat abbreviations, whole words ("u" → "you").
// Repeats collapse before letters are joined (and again as they are joined) so that "aa.b" reads
// "ab" at once: normalising normal text must change nothing (normalise.property.test.ts).
// Every step is one linear pass over code points held in reusable buffers: no regular expression
// runs over the whole text, so no input can make normalisation slow. What a character is and what
// step 1 makes of it are looked up in tables (normalise-chars.ts).
//
// Rarely taken paths are written so that ordinary text takes them too (a table instead of a chain
// of range tests, a store made for every mark, a loop whose body always runs): V8 compiles a hot
// function with only the paths it has seen run, and the first text down a new one throws that
// code away. Recompiling took 5-15 ms on one core, the slowest never-seen text in bench.ts.
import { ASCII, DIGIT, DROPPED, LATIN, LETTER, MARK, SPACE, classOf, foldCode, isLetter, isWordChar, isWordish, pieceOf } from './normalise-chars';
import { ABBREVIATIONS, LEET, SEPARATORS, SPACED_WORDS } from './normalise-data';

export { isWordChar } from './normalise-chars';

export interface NormalisedText {
  /** The original message text. */
  original: string;
  /** Lower-case text with the spellings above folded; punctuation and digits kept. */
  normal: string;
  /** For each UTF-16 unit of `normal`, the offset in `original` it came from; one extra entry
   * at the end holds `original.length`. */
  origin: number[];
}

const SPACE_CP = 0x20;
const N_TILDE = 0xf1;
const COMBINING_TILDE = 0x303;

// Diacritic blocks (also what "Zalgo" text is stacked from): dropped after a Latin letter or a
// non-letter, kept after letters of other scripts, where they can be part of the spelling.
const DIACRITIC_BLOCKS = [[0x300, 0x36f], [0x483, 0x489], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]] as const;
const diacritic = new Uint8Array(0x10000);
for (const [from, to] of DIACRITIC_BLOCKS) diacritic.fill(1, from, to + 1);
// A table rather than a chain of range tests: every mark takes the same path through the code.
const isDiacriticMark = (cp: number) => cp < 0x10000 && diacritic[cp] === 1;

// Working buffers, reused between calls (the engine is synchronous): code points and, for each,
// the offset in the original text it came from.
const INITIAL_CAPACITY = 1024;
let cps = new Int32Array(INITIAL_CAPACITY);
let org = new Int32Array(INITIAL_CAPACITY);

function ensureCapacity(needed: number): void {
  if (needed <= cps.length) return;
  let size = cps.length * 2;
  while (size < needed) size *= 2;
  const nextCps = new Int32Array(size);
  nextCps.set(cps);
  cps = nextCps;
  const nextOrg = new Int32Array(size);
  nextOrg.set(org);
  org = nextOrg;
}

// Step 1's place in the buffers: code points written, and the origin of a white space to write
// before the next character (-1 for none), so runs of white space become one space.
let written = 0;
let pendingSpace = -1;

/** Write one code point that came from original[at], after any pending space. */
function write(c: number, at: number): void {
  if (pendingSpace >= 0) {
    cps[written] = SPACE_CP;
    org[written++] = pendingSpace;
    pendingSpace = -1;
  }
  cps[written] = c;
  org[written++] = at;
}

/** Write one code point of what foldCode made of original[at]: spaces and marks need care. */
function writeFolded(c: number, at: number): void {
  if (c === SPACE_CP) {
    if (written > 0 && pendingSpace < 0) pendingSpace = at;
    return;
  }
  if (c >= 0x300 && classOf(c) === MARK) {
    const last = written > 0 && pendingSpace < 0 ? written - 1 : -1;
    const prev = last >= 0 ? (cps[last] ?? SPACE_CP) : SPACE_CP;
    const prevClass = classOf(prev);
    if (prevClass === LATIN || prevClass === DIGIT) {
      // A diacritic on a Latin letter is folded away; only n + tilde stays, as ñ. Marks on
      // digits (keycaps "1️⃣") go too: a digit may later be read as a letter ("ne1"). The
      // store is made for every such mark, so that ñ takes no path of its own (see the top).
      const tilde = c === COMBINING_TILDE;
      const onN = prev === 0x6e;
      cps[last] = tilde && onN ? N_TILDE : prev;
      return;
    }
    if (isDiacriticMark(c)) {
      if (prevClass !== LETTER) return;
      // Same result whether the text came precomposed ("й") or decomposed ("и" + breve).
      const composed = String.fromCodePoint(prev, c).normalize('NFC');
      const single = composed.codePointAt(0) ?? 0;
      if (composed.length === (single > 0xffff ? 2 : 1)) {
        cps[last] = single;
        return;
      }
    }
  }
  write(c, at);
}

/** Step 1 into the buffers; returns the number of code points. */
function foldCharacters(original: string): number {
  ensureCapacity(original.length + 8);
  written = 0;
  pendingSpace = -1;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) ?? 0;
    if (written + 2 > cps.length) ensureCapacity(written + 2); // room for a pending space and one character
    if (cp < 0x80) {
      const ascii = ASCII[cp] ?? cp;
      if (ascii === -2) {
        if (written > 0 && pendingSpace < 0) pendingSpace = i;
      } else if (ascii !== -1) {
        write(ascii, i);
      }
      i++;
      continue;
    }
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3)) {
      // Chinese and Korean letters are already what step 1 would make of them: skip the table.
      write(cp, i);
      i++;
      continue;
    }
    const code = foldCode(cp);
    if (code > 0) {
      writeFolded(code, i);
    } else if (code !== DROPPED) {
      const piece = pieceOf(code);
      ensureCapacity(written + piece.length + 1);
      for (let k = 0; k < piece.length; ) {
        const c = piece.codePointAt(k) ?? 0;
        k += c > 0xffff ? 2 : 1;
        writeFolded(c, i);
      }
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return written;
}

// ---------------------------------------------------------------------------------------------
// Step 2: leetspeak. A maximal run of leet characters is read as letters only with a letter right
// before and right after it, so "s3cr3t" and "ple@se" change while "13", "b4", "7th", "$50",
// "555-0142" and "@name" keep their digits and symbols: ages and phone numbers matter.

const LEET_TABLE = new Int32Array(0x80);
for (const [symbol, letter] of Object.entries(LEET)) LEET_TABLE[symbol.charCodeAt(0)] = letter.charCodeAt(0);
const leetOf = (cp: number) => (cp < 0x80 ? (LEET_TABLE[cp] ?? 0) : 0);

function readLeetspeak(n: number): void {
  for (let i = 1; i < n; ) {
    if (leetOf(cps[i] ?? 0) === 0 || !isLetter(cps[i - 1] ?? 0)) {
      i++;
      continue;
    }
    let j = i; // from i, not i + 1: the loop body then runs for every run (see the top)
    while (j < n && leetOf(cps[j] ?? 0) !== 0) j++;
    if (j < n && isLetter(cps[j] ?? 0)) for (let k = i; k < j; k++) cps[k] = leetOf(cps[k] ?? 0);
    i = j;
  }
}

// ---------------------------------------------------------------------------------------------
// Step 3: repeated letters collapse to one ("heyyy", "pleeease"). Digits never collapse.

function collapseRepeats(n: number): number {
  let w = 0;
  for (let r = 0; r < n; r++) {
    const c = cps[r] ?? 0;
    if (w > 0 && cps[w - 1] === c && isLetter(c)) continue;
    cps[w] = c;
    org[w++] = org[r] ?? 0;
  }
  return w;
}

// ---------------------------------------------------------------------------------------------
// Step 4: single letters spelled apart. A letter "stands alone" when neither neighbour is a letter,
// digit or mark. Joined letters also collapse repeats, so the result is the same as step 3's.

const separators = new Set(Array.from(SEPARATORS, (char) => char.codePointAt(0) ?? 0));

/** Is cps[i] a letter standing alone, given the character before it? */
function standsAlone(i: number, n: number, before: number): boolean {
  return !isWordish(before) && isLetter(cps[i] ?? 0) && (i + 1 >= n || !isWordish(cps[i + 1] ?? 0));
}

/** Is the lone letter at `at` followed by a separator (or, with `spaces`, one space) and another? */
function linked(at: number, n: number, spaces: boolean): boolean {
  if (at + 2 >= n) return false;
  const between = cps[at + 1] ?? 0;
  return (spaces ? between === SPACE_CP : separators.has(between)) && standsAlone(at + 2, n, SPACE_CP);
}

/** "s.n.a.p", "a/s/l", "n*u*d*e*s": two or more lone letters, one separator between each. */
function joinSeparatedLetters(n: number): number {
  let w = 0;
  let before = SPACE_CP; // the character read before position i
  for (let i = 0; i < n; ) {
    if (!standsAlone(i, n, before) || !linked(i, n, false)) {
      before = cps[i] ?? 0;
      w = move(i++, w);
      continue;
    }
    w = move(i, w);
    let j = i;
    while (linked(j, n, false)) {
      j += 2;
      if (cps[j] !== cps[w - 1]) w = move(j, w);
    }
    before = cps[j] ?? 0; // still the letter read: writes stay behind reads
    i = j + 1;
  }
  return w;
}

// Spaced words are compared with repeats collapsed, like everything else.
// Letters only, as in the text: "11" stays "11" (the number-word table maps "eleven" to it).
const collapseWord = (word: string) => Array.from(word).filter((c, k, all) => k === 0 || c !== all[k - 1] || !/\p{L}/u.test(c)).join('');
const spacedWords = new Set(SPACED_WORDS.map(collapseWord));
const spacedPrefixes = new Set([...spacedWords].flatMap((word) => Array.from(word, (_, k) => word.slice(0, k + 1))));
/** At most this many spaced letters are tried for one word, so a long run stays linear. */
const MAX_SPACED_LETTERS = 2 * Math.max(...SPACED_WORDS.map((word) => word.length));

/** The position of the last letter of the longest allowlisted word spelled from `from`, or -1. */
function spacedWordAt(from: number, last: number): number {
  let key = '';
  let previous = -1;
  let found = -1;
  for (let at = from, count = 1; at <= last && count <= MAX_SPACED_LETTERS; at += 2, count++) {
    const c = cps[at] ?? 0;
    if (c !== previous) key += String.fromCodePoint(c);
    previous = c;
    if (!spacedPrefixes.has(key)) break;
    if (count >= 3 && spacedWords.has(key)) found = at;
  }
  return found;
}

/**
 * "p i c", "n u d e s": lone letters with single spaces between are joined only where they spell
 * an allowlisted word (leftmost, longest), because chat is full of single-letter words
 * ("r u a girl"). Trying every start in the run, not only its first letter, makes "u p i c" read
 * "u pic" and keeps normalisation idempotent once "u" becomes "you".
 */
function joinSpacedLetters(n: number): number {
  let w = 0;
  let before = SPACE_CP;
  for (let i = 0; i < n; ) {
    if (!standsAlone(i, n, before) || !linked(i, n, true)) {
      before = cps[i] ?? 0;
      w = move(i++, w);
      continue;
    }
    let last = i;
    while (linked(last, n, true)) last += 2;
    const lastLetter = cps[last] ?? 0;
    for (let at = i; at <= last; ) {
      const end = spacedWordAt(at, last);
      if (end >= 0) {
        w = move(at, w);
        for (let k = at + 2; k <= end; k += 2) if (cps[k] !== cps[w - 1]) w = move(k, w);
        at = end + 1;
      } else {
        w = move(at++, w); // the letter
      }
      if (at <= last) w = move(at++, w); // the space after it
    }
    before = lastLetter;
    i = last + 1;
  }
  return w;
}

/** Copy the code point at `from` back to `to` (to <= from) in place; returns the next `to`. */
function move(from: number, to: number): number {
  cps[to] = cps[from] ?? 0;
  org[to] = org[from] ?? 0;
  return to + 1;
}

// ---------------------------------------------------------------------------------------------
// Step 5: chat abbreviations, whole words only (a word is a maximal run of letters and digits, so
// punctuation around it stays: "u?" → "you?").

function toCodePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0) ?? 0);
}
const abbreviations = new Map<string, number[]>();
for (const [short, long] of Object.entries(ABBREVIATIONS)) {
  abbreviations.set(collapseWord(short), toCodePoints(long.split(' ').map(collapseWord).join(' ')));
}
// A quick filter before building a word's string: which lengths of key start with each ASCII
// character (every key starts with one), as bits.
const keyLengths = new Uint32Array(0x80);
for (const key of abbreviations.keys()) {
  const first = key.charCodeAt(0);
  if (first < 0x80) keyLengths[first] = (keyLengths[first] ?? 0) | (1 << Array.from(key).length);
}

let units = new Uint16Array(INITIAL_CAPACITY);
let unitOrigin = new Int32Array(INITIAL_CAPACITY);
let u = 0; // units written

function writeUnit(cp: number, from: number): void {
  if (u + 2 > units.length) {
    const nextUnits = new Uint16Array(units.length * 2);
    nextUnits.set(units);
    units = nextUnits;
    const nextOrigin = new Int32Array(units.length);
    nextOrigin.set(unitOrigin);
    unitOrigin = nextOrigin;
  }
  if (cp > 0xffff) {
    units[u] = 0xd800 + ((cp - 0x10000) >> 10);
    unitOrigin[u++] = from;
    units[u] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
  } else {
    units[u] = cp;
  }
  unitOrigin[u++] = from;
}

/** Step 5, writing the final UTF-16 units and their origins. Returns the number of units. */
function expandAbbreviations(n: number): number {
  u = 0;
  for (let i = 0; i < n; ) {
    if (!isWordChar(cps[i] ?? 0)) {
      writeUnit(cps[i] ?? 0, org[i] ?? 0);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isWordChar(cps[end] ?? 0)) end++;
    const expansion = abbreviationAt(i, end, n);
    if (expansion === undefined) {
      for (let k = i; k < end; k++) writeUnit(cps[k] ?? 0, org[k] ?? 0);
    } else {
      // Every produced character points into the abbreviation, the last at its last character,
      // so a span over the expansion quotes the whole original word.
      const first = org[i] ?? 0;
      const last = expansion.length - 1;
      for (let k = 0; k <= last; k++) writeUnit(expansion[k] ?? 0, k === last ? (org[end - 1] ?? 0) : first);
    }
    i = end;
  }
  return u;
}

function abbreviationAt(start: number, end: number, n: number): number[] | undefined {
  const first = cps[start] ?? 0;
  if (first >= 0x80 || end - start > 31 || (((keyLengths[first] ?? 0) >>> (end - start)) & 1) === 0) return undefined;
  let key = '';
  for (let k = start; k < end; k++) key += String.fromCodePoint(cps[k] ?? 0);
  const expansion = abbreviations.get(key);
  if (expansion === undefined) return undefined;
  // "x$2nite": leaving "2nite" alone keeps the "$" between two letters out of step 2's reach, so
  // normalising the result again changes nothing.
  const leetBefore = start > 0 && leetOf(cps[start - 1] ?? 0) !== 0 && !isLetter(first);
  const leetAfter = end < n && leetOf(cps[end] ?? 0) !== 0 && !isLetter(cps[end - 1] ?? 0);
  return leetBefore || leetAfter ? undefined : expansion;
}

function decode(length: number): string {
  let text = '';
  for (let k = 0; k < length; k += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + 8192)) as unknown as number[]);
  }
  return text;
}

/** Normalise one message. Linear in the length of the text; never throws. */
export function normalise(original: string): NormalisedText {
  let n = foldCharacters(original);
  readLeetspeak(n);
  n = collapseRepeats(n);
  n = joinSeparatedLetters(n);
  n = joinSpacedLetters(n);
  const length = expandAbbreviations(n);
  const normal = decode(length);
  const origin = new Array<number>(length + 1);
  for (let k = 0; k < length; k++) origin[k] = unitOrigin[k] ?? 0;
  origin[length] = original.length;
  // Do not keep the buffers of one very long message alive.
  if (cps.length > 0x10000) {
    cps = new Int32Array(INITIAL_CAPACITY);
    org = new Int32Array(INITIAL_CAPACITY);
  }
  if (units.length > 0x10000) {
    units = new Uint16Array(INITIAL_CAPACITY);
    unitOrigin = new Int32Array(INITIAL_CAPACITY);
  }
  return { original, normal, origin };
}

/**
 * Map a [start, end) range of `text.normal` back to the original text, for quoting. The quote
 * runs on over what produced no text of its own right after it (the rest of "sooo", an emoji's
 * skin tone, combining marks), but never over white space or into the next character's source.
 */
export function originalSpan(text: NormalisedText, start: number, end: number) {
  const { original, origin } = text;
  const length = origin.length - 1;
  const first = Math.min(Math.max(0, start), length);
  const from = origin[first] ?? original.length;
  if (end <= first) return { start: from, end: from, quote: '' };
  const last = Math.min(end, length) - 1;
  const lastOrigin = Math.max(from, origin[last] ?? from);
  const lastChar = original.codePointAt(lastOrigin) ?? 0;
  let to = Math.min(original.length, lastOrigin + (lastChar > 0xffff ? 2 : 1));
  // An emoji's word ends with a space of its own ("📸" → " pic "): look past it.
  let next = last + 1;
  while (next < length && origin[next] === lastOrigin && text.normal.charCodeAt(next) === SPACE_CP) next++;
  const limit = origin[next] ?? original.length;
  while (to < limit) {
    const cp = original.codePointAt(to) ?? 0;
    if (cp < 0x80 ? ASCII[cp] === -2 : SPACE.test(String.fromCodePoint(cp))) break;
    to += cp > 0xffff ? 2 : 1;
  }
  return { start: from, end: to, quote: original.slice(from, to) };
}
