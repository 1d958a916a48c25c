// Properties of normalise() over thousands of random strings built from the pieces that make
// chat text hard: emoji with modifiers, combining marks, look-alike letters, invisible characters,
// lone surrogates, leetspeak digits and separators. A seeded generator keeps failures repeatable.
import { describe, expect, it } from 'vitest';
import { normalise, originalSpan } from './normalise';
import { generator } from './test-inputs';

const PIECES: readonly string[] = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'0123456789@$',
  ...'.-_*•·/ ,?!:\'’`\t\n',
  ...'аеорсухіјѕԁһԛԝαεικνορτυχйёЁάΗΝ', // Cyrillic and Greek
  ...'ñÑáéíóúüçàÅøßİ',
  '\u0301', '\u0303', '\u0308', '\u0336', '\u20E3', '\u093F', // combining marks
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\uFE0F', // invisible
  '\uD800', '\uDC00', '\uDBFF', // lone surrogates
  '📸', '🤫', '🔥', '😘', '🍆', '💸', '😊', '👍🏽', '👩‍👩‍👧', '🏻',
  'ｈ', '𝐬', 'ﬁ', 'ǅ', '½', '¨', 'ﷺ', '안', '녕', 'न', '\u3000', '\u2800',
  'u', 'r', 'pls', 'wyd', 'b4', 'ne1', '2nite', 'addy', 'mñn', 'p i c', 's.n.a.p', 'n00ds',
];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let k = 0; k < length; k++) {
    if (random() < 0.1) text += String.fromCharCode(Math.floor(random() * 0x10000));
    else text += PIECES[Math.floor(random() * PIECES.length)] ?? '';
  }
  return text;
}

function checkShape(original: string) {
  const text = normalise(original);
  expect(text.original).toBe(original);
  expect(text.origin.length).toBe(text.normal.length + 1);
  expect(text.origin.at(-1)).toBe(original.length);
  let previous = 0;
  const bad = text.origin.findIndex((at) => {
    const wrong = !Number.isInteger(at) || at < previous || at > original.length;
    previous = at;
    return wrong;
  });
  expect(bad, `origin ${JSON.stringify(text.origin)} of ${JSON.stringify(original)}`).toBe(-1);
  return text;
}

describe('normalise properties', () => {
  const random = generator(20240611);
  const inputs = Array.from({ length: 3000 }, () => randomText(random, Math.floor(random() * 40)));

  it('never throws and keeps a well-formed, non-decreasing origin map', () => {
    for (const input of inputs) checkShape(input);
  });

  it('quotes exactly the original text for any range', () => {
    for (const input of inputs) {
      const text = normalise(input);
      for (let n = 0; n < 4; n++) {
        const a = Math.floor(random() * (text.normal.length + 1));
        const b = Math.floor(random() * (text.normal.length + 1));
        const span = originalSpan(text, Math.min(a, b), Math.max(a, b));
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.quote).toBe(input.slice(span.start, span.end));
      }
    }
  });

  it('is idempotent: normalising normal text changes nothing', () => {
    for (const input of inputs) {
      const once = normalise(input).normal;
      expect(normalise(once).normal, JSON.stringify(input)).toBe(once);
    }
  });

  it('handles any UTF-16 code unit sequence', () => {
    for (let n = 0; n < 500; n++) {
      const units = Array.from({ length: Math.floor(random() * 60) }, () => Math.floor(random() * 0x10000));
      const text = checkShape(String.fromCharCode(...units));
      expect(normalise(text.normal).normal).toBe(text.normal);
    }
  });

  it.each([
    ['random text', () => randomText(generator(1), 100_000).slice(0, 100_000)],
    ['random code units', () => String.fromCharCode(...Array.from({ length: 100_000 }, generator(2)).map((x) => Math.floor(x * 0x10000)))],
    ['one letter', () => 'a'.repeat(100_000)],
    ['one digit', () => '3'.repeat(100_000)],
    ['one emoji', () => '📸'.repeat(50_000)],
    ['one combining mark', () => 'e' + '\u0301'.repeat(99_999)],
    ['spaced letters', () => 'a '.repeat(50_000)],
    ['separated letters', () => 'a.'.repeat(50_000)],
    ['leetspeak', () => 'a3'.repeat(50_000)],
    ['abbreviations', () => 'u '.repeat(50_000)],
  ])('finishes quickly on 100,000 characters of %s', (_name, make) => {
    const input = make();
    normalise(input); // warm up caches and code
    const started = performance.now();
    const text = normalise(input);
    const elapsed = performance.now() - started;
    expect(text.origin.length).toBe(text.normal.length + 1);
    // A generous guard against quadratic behaviour, not a benchmark.
    expect(elapsed).toBeLessThan(250);
  });
});
