// The learned model's fast reader (signal-model.ts) against the plain reading the trainer uses
// (features.ts): both must give the same log-odds for every text, as the phrase matcher is held to
// its old compiler. Then what the model data must look like, and hostile input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise';
import { generator, hostileInputs, randomUnicode } from '../test-inputs';
import { INCOMING_CATEGORIES } from '../types';
import { messageFeatures } from './features';
import { logOddsOf, readLearned, type SignalModelData } from './signal-model';
import data from './signal-model.json';

const model = data as SignalModelData;

/** The log-odds as the trainer would compute them: every feature key, once, looked up by name. */
function plainLogOdds(normal: string): number[] {
  const sums = [...model.bias, model.offenderBias];
  for (const key of messageFeatures(normal)) {
    const row = model.weights[key] ?? [];
    for (let i = 0; i + 1 < row.length; i += 2) sums[row[i] ?? 0] = (sums[row[i] ?? 0] ?? 0) + (row[i + 1] ?? 0);
  }
  return sums;
}

const corpusTexts = (): string[] =>
  readFileSync(new URL('../../../tests/fixtures/corpus/holdout2.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { messages: Array<{ text: string }> }).messages.map((m) => m.text));

describe('the learned signal model', () => {
  it('reads every text as the trainer does (the fast reader against the plain one)', () => {
    const random = generator(4);
    const texts = [...corpusTexts(), ...Object.values(hostileInputs(2000, random)), ...Array.from({ length: 300 }, () => randomUnicode(random, 1 + Math.floor(random() * 80)))];
    for (const text of texts) {
      const normal = normalise(text).normal;
      const fast = logOddsOf(normal);
      plainLogOdds(normal).forEach((sum, c) => expect(fast[c], `${JSON.stringify(text)} index ${c}`).toBeCloseTo(sum, 9));
    }
  });

  it('is data of the documented shape: every incoming category, rows that name them', () => {
    expect(model.categories).toEqual([...INCOMING_CATEGORIES]);
    expect(model.bias).toHaveLength(model.categories.length);
    expect(model.threshold).toHaveLength(model.categories.length);
    expect(model.trainedOn.length).toBeGreaterThan(0);
    for (const [key, row] of Object.entries(model.weights)) {
      expect(key).toMatch(/^(w:|p:|b:|c:|cc:|q$)/u);
      expect(row.length % 2).toBe(0);
      for (let i = 0; i < row.length; i += 2) expect(row[i]).toBeLessThanOrEqual(model.categories.length);
    }
  });

  it('quotes only the words that made a match, inside the text', () => {
    const normal = normalise('hey so wat grade r u in now? lol').normal;
    const { matches } = readLearned(normal);
    const age = matches.find((m) => m.category === 'age_probe');
    expect(age).toBeDefined();
    const [start, end] = age?.span ?? [0, 0];
    expect(normal.slice(start, end)).toContain('grade');
    expect(normal.slice(start, end)).not.toContain('hey');
  });

  it('reads empty, huge and hostile text without throwing, and nothing in blank text', () => {
    expect(readLearned('').matches).toEqual([]);
    expect(readLearned('   ').matches).toEqual([]);
    for (const text of [...Object.values(hostileInputs(100_000, generator(9))), 'pic '.repeat(50_000)]) {
      const { matches, offender } = readLearned(normalise(text).normal);
      expect(Number.isFinite(offender)).toBe(true);
      for (const { span } of matches) expect(span[0]).toBeLessThanOrEqual(span[1]);
    }
  });
});
