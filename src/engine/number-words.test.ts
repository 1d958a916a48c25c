import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { NUMBER_WORDS_EN } from './normalise-data';

// compromise earns its place here, as the oracle for our number words: its full number parser is
// too big and slow for every chat message (README, "compromise is not in the extension"),
// but it tells us whether our small table reads each English word right.
describe('number words', () => {
  it.each(Object.entries(NUMBER_WORDS_EN))('reads "%s" as %s, as compromise does', (word, digits) => {
    const parsed = (nlp(word).numbers().get() as number[])[0];
    expect(parsed).toBe(Number(digits));
  });

  it('turns ages in words into digits in context', () => {
    expect(normalise("i'm thirteen").normal).toBe('im 13');
    expect(normalise('tengo trece años').normal).toBe('tengo 13 años');
    expect(normalise('just one pic').normal).toBe('just one pic');
    // Repeated letters collapse ("asleep" → "aslep"), as everywhere in normalised text.
    expect(normalise('once my mom is asleep').normal).toBe('once my mom is aslep');
  });
});
