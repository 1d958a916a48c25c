import { describe, expect, it } from 'vitest';
import { normalise, originalSpan } from './normalise';

describe('normalise', () => {
  it('folds case, compatibility forms, apostrophes and white space', () => {
    expect(normalise('  DON’T   Tell\tanyone ').normal).toBe('dont tell anyone');
    expect(normalise('ｈｏｗ ｏｌｄ').normal).toBe('how old');
  });

  it('drops zero-width characters hidden inside words', () => {
    expect(normalise('se\u200Bcr\u200Det').normal).toBe('secret');
  });

  it('maps a normalised span back to the original text', () => {
    const text = normalise('Hey!! How   OLD r u 😊');
    const start = text.normal.indexOf('how old');
    const span = originalSpan(text, start, start + 'how old'.length);
    expect(span.quote).toBe('How   OLD');
  });

  it('quotes whole astral characters', () => {
    const text = normalise('ok 🤫');
    const start = text.normal.indexOf('🤫');
    expect(originalSpan(text, start, start + 2).quote).toBe('🤫');
  });

  it('keeps one origin entry per normalised unit, plus the end', () => {
    const samples = ['', ' ', 'ǅ ﬁ Ⅻ', '\u0000\uFFFF', '\uD800 lone surrogate', 'a'.repeat(1000), '👩‍👩‍👧 ok'];
    for (const s of samples) {
      const text = normalise(s);
      expect(text.origin.length).toBe(text.normal.length + 1);
      expect(text.origin.at(-1)).toBe(s.length);
    }
  });

  it('never throws on random input', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 300; n++) {
      const chars = Array.from({ length: Math.floor(random() * 80) }, () => String.fromCharCode(Math.floor(random() * 0xffff)));
      const text = normalise(chars.join(''));
      expect(text.origin.length).toBe(text.normal.length + 1);
    }
  });
});
