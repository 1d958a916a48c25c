// A weighted logistic regression with an L2 penalty, fitted by Newton's method (a few dozen
// features: the Hessian is small, and twenty steps reach the optimum exactly and the same way every
// run, so `npm run train` is deterministic and the staleness test can compare its output).

export interface LogisticFit {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

const STEPS = 20;
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Fits p(label = 1) = sigmoid(bias + Σ weights · (x - mean) / scale). */
export function fitLogistic(rows: readonly number[][], labels: readonly number[], weights: readonly number[], l2: number): LogisticFit {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  if (n === 0 || d === 0) throw new Error('fitLogistic: no rows to fit');
  const total = weights.reduce((a, b) => a + b, 0);
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((a, r) => a + (r[j] ?? 0), 0) / n);
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(rows.reduce((a, r) => a + ((r[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / n) || 1);
  // Standardised rows with a constant 1 in front for the bias (which is not penalised).
  const x = rows.map((r) => [1, ...r.map((v, j) => (v - (mean[j] ?? 0)) / (scale[j] ?? 1))]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = x[i] ?? [];
      const z = xi.reduce((a, v, j) => a + v * (beta[j] ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      const w = (weights[i] ?? 0) / total;
      const g = w * (p - (labels[i] ?? 0));
      const h = w * p * (1 - p);
      for (let j = 0; j <= d; j++) {
        gradient[j] = (gradient[j] ?? 0) + g * (xi[j] ?? 0);
        const row = hessian[j] ?? [];
        for (let k = j; k <= d; k++) row[k] = (row[k] ?? 0) + h * (xi[j] ?? 0) * (xi[k] ?? 0);
      }
    }
    for (let j = 0; j <= d; j++) {
      const row = hessian[j] ?? [];
      for (let k = 0; k < j; k++) row[k] = hessian[k]?.[j] ?? 0;
      if (j > 0) {
        gradient[j] = (gradient[j] ?? 0) + l2 * (beta[j] ?? 0);
        row[j] = (row[j] ?? 0) + l2;
      }
    }
    const delta = solve(hessian, gradient);
    for (let j = 0; j <= d; j++) beta[j] = (beta[j] ?? 0) - (delta[j] ?? 0);
  }
  return { mean: mean.map(round), scale: scale.map(round), weights: beta.slice(1).map(round), bias: round(beta[0] ?? 0) };
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and well conditioned: L2). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]?.[col] ?? 0) > Math.abs(m[pivot]?.[col] ?? 0)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] ?? [], m[col] ?? []];
    const top = m[col] ?? [];
    for (let r = col + 1; r < n; r++) {
      const row = m[r] ?? [];
      const factor = (row[col] ?? 0) / (top[col] ?? 1);
      for (let k = col; k <= n; k++) row[k] = (row[k] ?? 0) - factor * (top[k] ?? 0);
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] ?? [];
    let sum = row[n] ?? 0;
    for (let k = r + 1; k < n; k++) sum -= (row[k] ?? 0) * (out[k] ?? 0);
    out[r] = sum / (row[r] ?? 1);
  }
  return out;
}
