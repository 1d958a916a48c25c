// Text normalisation before matching, with a map back to the original so reasons can quote what
// the person actually wrote. The foundation handles Unicode compatibility forms (NFKC), case,
// zero-width characters, apostrophes and white space; the engine issue adds leetspeak, look-alike
// letters, repeated letters and chat abbreviations on top of the same map.

export interface NormalisedText {
  /** The original message text. */
  original: string;
  /** Lower-case NFKC text, zero-width characters and apostrophes removed, white space folded. */
  normal: string;
  /** For each UTF-16 unit of `normal`, the offset in `original` it came from; one extra entry
   * at the end holds `original.length`. */
  origin: number[];
}

// Zero-width and invisible formatting characters that people (and spam tools) put inside words
// to slip past filters: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, Mongolian vowel separator.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u180E]/u;
// Apostrophes of every style are dropped, so "don't", "don’t" and "dont" read the same.
const APOSTROPHE = /['\u2018\u2019\u02BC\u0060\u00B4]/u;
const SPACE = /\s/u;

/** Normalise one message. Linear in the length of the text. */
export function normalise(original: string): NormalisedText {
  let normal = '';
  const origin: number[] = [];
  let lastWasSpace = true; // drops leading white space
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(cp);
    const width = char.length;
    if (!INVISIBLE.test(char) && !APOSTROPHE.test(char)) {
      if (SPACE.test(char)) {
        if (!lastWasSpace) {
          normal += ' ';
          origin.push(i);
          lastWasSpace = true;
        }
      } else {
        const folded = char.normalize('NFKC').toLowerCase();
        for (let k = 0; k < folded.length; k++) origin.push(i);
        normal += folded;
        lastWasSpace = false;
      }
    }
    i += width;
  }
  if (normal.endsWith(' ')) {
    normal = normal.slice(0, -1);
    origin.pop();
  }
  origin.push(original.length);
  return { original, normal, origin };
}

/** Map a [start, end) range of `text.normal` back to the original text, for quoting. */
export function originalSpan(text: NormalisedText, start: number, end: number) {
  const from = text.origin[start] ?? text.original.length;
  // The end maps to just after the last original character that produced normal[end - 1].
  const lastOrigin = text.origin[Math.max(start, end - 1)] ?? from;
  const lastChar = text.original.codePointAt(lastOrigin);
  const to = end > start ? lastOrigin + (lastChar !== undefined && lastChar > 0xffff ? 2 : 1) : from;
  return { start: from, end: to, quote: text.original.slice(from, to) };
}
