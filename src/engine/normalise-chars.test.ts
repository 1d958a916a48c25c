// The per-code-point tables of normalise-chars.ts must give exactly what the functions they keep
// give (issue 4 speed-up: the tables replaced Map caches, and no verdict may change).
import { describe, expect, it } from 'vitest';
import { DROPPED, astralSlot, classOf, classify, foldChar, foldCode, pieceOf } from './normalise-chars';
import { normalise } from './normalise';
import { generator, randomUnicode } from './test-inputs';

const textOf = (code: number) => (code === DROPPED ? '' : code > 0 ? String.fromCodePoint(code) : pieceOf(code));

/** Every BMP code point, the emoji and symbol plane, tags, and every 97th code point above. */
function codePoints(): number[] {
  const all: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0x20000 || (cp >= 0xe0000 && cp < 0xe1000) || cp % 97 === 0) all.push(cp);
  return all;
}

describe('normalise-chars tables', () => {
  const all = codePoints();

  it('classOf gives classify, the first time and from the table', () => {
    const wrong = all.filter((cp) => classOf(cp) !== classify(cp) || classOf(cp) !== classify(cp));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('foldCode gives foldChar, the first time and from the table', () => {
    const wrong = all.filter((cp) => textOf(foldCode(cp)) !== foldChar(cp) || textOf(foldCode(cp)) !== foldChar(cp));
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('code points that share a slot of the astral cache keep their own answers', () => {
    // 0x1d400 (𝐀) and the next code point with its slot, read in turn.
    let other = 0x1d401;
    while (astralSlot(other) !== astralSlot(0x1d400)) other++;
    for (let k = 0; k < 3; k++) {
      for (const cp of [0x1d400, other]) {
        expect(textOf(foldCode(cp))).toBe(foldChar(cp));
        expect(classOf(cp)).toBe(classify(cp));
      }
    }
  });

  it('reads text the same way before and after its characters are in the tables', () => {
    const random = generator(4);
    for (let k = 0; k < 50; k++) {
      const text = randomUnicode(random, 4000);
      const first = normalise(text);
      const again = normalise(text);
      expect(again.normal).toBe(first.normal);
      expect(again.origin).toEqual(first.origin);
    }
  });
});
