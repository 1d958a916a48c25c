import { describe, expect, it } from 'vitest';
import { fitLogistic } from './logistic';

describe('fitLogistic', () => {
  it('learns the sign of a feature that predicts the label, and ignores one that does not', () => {
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 200; i++) {
      const signal = i % 2;
      rows.push([signal + (i % 7) / 10, ((i * 37) % 11) / 11]);
      labels.push(i % 9 === 0 ? 1 - signal : signal);
    }
    const fit = fitLogistic(rows, labels, rows.map(() => 1), 0.01);
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(fit.weights[1] ?? 0)).toBeLessThan((fit.weights[0] ?? 0) / 4);
    // Deterministic: npm run train must give the same model every run.
    expect(fitLogistic(rows, labels, rows.map(() => 1), 0.01)).toEqual(fit);
  });

  it('says clearly when there is nothing to fit', () => {
    expect(() => fitLogistic([], [], [], 0.01)).toThrow(/no rows/u);
  });
});
