// The equivalence proof of issue 4's fast phrase matcher: every finder the engine made (each
// rule's phrases, the rules' own extra lists, context.ts) finds exactly the spans the first
// compiler's single pattern finds (phrases.reference.ts), on the same current phrase lists, on
// every message of the dev and held-out corpora and on thousands of generated texts.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConversationLine } from '../../tools/corpus';
import { normalise } from './normalise';
import { compilePhrases, FINDERS, parsePhrases, phraseFinder } from './phrases';
import { referenceCompilePhrases, referenceFindAll } from './phrases.reference';
import { chatLike, generator, pick, randomUnicode } from './test-inputs';
import './registry';
import './context';

const CORPORA = ['../shared/corpus/dev.jsonl', 'tests/fixtures/corpus/holdout.jsonl'].filter((file) => existsSync(file));

function corpusTexts(): string[] {
  return CORPORA.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.trim() ? parseConversationLine(line, i + 1).messages.map((m) => m.text) : [])),
  );
}

function generatedTexts(count: number): string[] {
  const random = generator(4_2024);
  const phrases = FINDERS.flatMap(({ lists }) => parsePhrases(lists));
  return Array.from({ length: count }, (_, k) => {
    if (k % 10 === 9) return randomUnicode(random, Math.floor(random() * 60));
    const text = [chatLike(phrases, random), chatLike(phrases, random)].slice(0, 1 + Math.floor(random() * 2)).join(pick(random, [' ', '. ', ' "', '" ']));
    return random() < 0.8 ? normalise(text).normal : text; // finders also get raw text (tests, tools)
  });
}

/** For every finder, the texts where it disagrees with the reference (none), and how many matches it found. */
function compare(texts: readonly string[], finders = FINDERS) {
  const disagreements: string[] = [];
  let matches = 0;
  finders.forEach(({ lists, find }, f) => {
    const reference = referenceCompilePhrases(lists);
    for (const text of texts) {
      const expected = referenceFindAll(reference, text);
      const found = find(text);
      matches += expected.length;
      if (JSON.stringify(found) !== JSON.stringify(expected) && disagreements.length < 10) {
        disagreements.push(`finder ${f} (${Object.values(lists)[0]?.[0]}…) on ${JSON.stringify(text)}: ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
      }
    }
  });
  return { disagreements, matches };
}

describe('fast phrase matcher', () => {
  it('covers every phrase list the engine compiles', () => {
    expect(FINDERS.length).toBeGreaterThanOrEqual(20);
  });

  it('compiles every phrase without a gap to the same pattern as the reference compiler', () => {
    // Gaps ("send * pic") are written without the reference's cubic backtracking (phrase-syntax.ts),
    // so only their matches, not their patterns, can be compared.
    for (const { lists } of FINDERS) {
      for (const [lang, list] of Object.entries(lists)) {
        const plain = { [lang]: list.filter((phrase) => !phrase.includes('*')) };
        expect(compilePhrases(plain).source).toBe(referenceCompilePhrases(plain).source);
      }
    }
  });

  it.runIf(CORPORA.length > 0)('finds the same spans as the reference on every corpus message', () => {
    const texts = corpusTexts().map((text) => normalise(text).normal);
    expect(texts.length).toBeGreaterThan(1000);
    const { disagreements, matches } = compare(texts);
    expect(disagreements).toEqual([]);
    expect(matches).toBeGreaterThan(500);
  });

  it('finds the same spans as the reference on 4,000 generated texts', () => {
    const { disagreements, matches } = compare(generatedTexts(4000));
    expect(disagreements).toEqual([]);
    expect(matches).toBeGreaterThan(4000);
  });

  it('finds the same spans as the reference around gaps, on 3,000 punctuation-heavy texts', () => {
    const random = generator(7_2024);
    const withGaps = FINDERS.filter(({ lists }) => Object.values(lists).some((list) => list.some((p) => p.includes('*'))));
    const gapPhrases = withGaps.flatMap(({ lists }) => parsePhrases(lists).filter((sequence) => JSON.stringify(sequence).includes('"gap"')));
    expect(gapPhrases.length).toBeGreaterThan(5);
    const JOINS = [' ', ' ', ', ', ',, ', '... ', ' , ', ' ,, ', ',', '.', '!? ', ' … ', ' ,x, ', ' : '];
    const texts = Array.from({ length: 3000 }, () => {
      const words = [chatLike(gapPhrases, random), ...(random() < 0.5 ? [chatLike(gapPhrases, random)] : [])].join(' ').split(' ');
      return words.map((w) => w + pick(random, JOINS)).join('').trim();
    });
    const { disagreements, matches } = compare(texts, withGaps);
    expect(disagreements).toEqual([]);
    expect(matches).toBeGreaterThan(300);
  });

  it('finds the same spans as the reference for every syntax combination, on 6,000 texts', () => {
    // Synthetic phrases, so the compiler is proved on shapes no rule uses yet.
    const SYNTHETIC = [
      'send * (cute |)pic', 'send (me |)* (a |)pic', 'a * * b', 'a * (c|) d', 'a (b|) * c', '# * pic', '$# * each',
      'a (b * c|d) e', 'x (y|y z|) * z', 'pic * #minor', '(a|b c) (d |)(e|f) *', 'a (b (c|d) e|f) g', '{you} * {pic}', 'a b c',
    ];
    const lists = { en: SYNTHETIC };
    const find = phraseFinder(lists);
    const reference = referenceCompilePhrases(lists);
    const random = generator(9_2024);
    const WORDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x', 'y', 'z', 'send', 'me', 'cute', 'pic', 'pics', 'you', 'ya', 'each', '13', '5', '$5', '2.5', ',', ',,', '.', '…', 'q'];
    const JOINS = [' ', ' ', ' ', ', ', ',, ', '. ', ' , ', ',', '', '  ', '! '];
    const disagreements: string[] = [];
    for (let k = 0; k < 6000; k++) {
      const words = random() < 0.7 ? chatLike(parsePhrases(lists), random).split(' ') : Array.from({ length: 1 + Math.floor(random() * 9) }, () => pick(random, WORDS));
      const text = words.map((w) => w + pick(random, JOINS)).join('').trim();
      const expected = referenceFindAll(reference, text);
      if (JSON.stringify(find(text)) !== JSON.stringify(expected)) disagreements.push(`${JSON.stringify(text)}: ${JSON.stringify(find(text))}, expected ${JSON.stringify(expected)}`);
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it('keeps list order when phrases overlap, and falls back when a phrase may start anywhere', () => {
    const cases: Array<[string[], string]> = [
      [['a b', 'a b c', 'b c d'], 'x a b c d a b'],
      [['send * pic', 'send me'], 'send me a cute pic, send me'],
      [['$# each', '# each'], 'its $5 each or 5 each'],
      [['(,|.) ok', '… fine'], 'so , ok then … fine'],
      [['#minor (f|m)', '# m'], '13 m 25 m 13 f'],
      [['send * (cute |)pic', 'send (me |)* ok'], 'send me ,, a ,cute pic, send , ok, send x y z w pic'],
      [['a * * b', 'a * (c|) d'], 'a x, y,, z b a c d a ,, d'],
    ];
    for (const [phrases, text] of cases) {
      const find = phraseFinder({ en: phrases });
      expect(find(text), phrases.join(' | ')).toEqual(referenceFindAll(referenceCompilePhrases({ en: phrases }), text));
    }
  });

  it('finds the same spans when a text is read again, by the same finder or after another', () => {
    const first = phraseFinder({ en: ['how old (are you|r u)', 'are you (alone|home)'] });
    const second = phraseFinder({ en: ['are you home', 'old'] });
    const text = 'hey how old are you, are you home';
    const once = first(text);
    expect(once.length).toBe(2);
    expect(first(text)).toEqual(once);
    expect(second(text).length).toBe(2);
    expect(first(text)).toEqual(once);
  });
});
