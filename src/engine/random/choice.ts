// The probability-vector half of `choice` shared by RandomState and Generator: validating p
// (Kahan sum, NumPy's messages and tolerance), the cumulative distribution (sequential cumsum
// divided by its last entry) and `searchsorted(side='right')`, plus the weighted
// without-replacement loop both classes run with their own uniform source.
import { RandomError } from './errors';

const SQRT_EPS = Math.sqrt(2.220446049250313e-16);

function kahanSum(p: Float64Array): number {
  if (p.length === 0) return 0;
  let sum = p[0];
  let c = 0;
  for (let i = 1; i < p.length; i++) {
    const y = p[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

export function validateProbabilities(p: ArrayLike<number>, popSize: number): Float64Array {
  const probs = Float64Array.from(p as ArrayLike<number>);
  if (probs.length !== popSize) throw new RandomError('ValueError', "'a' and 'p' must have same size");
  const sum = kahanSum(probs);
  if (Number.isNaN(sum)) throw new RandomError('ValueError', 'probabilities contain NaN');
  for (const v of probs) if (v < 0) throw new RandomError('ValueError', 'probabilities are not non-negative');
  if (Math.abs(sum - 1) > SQRT_EPS) throw new RandomError('ValueError', 'probabilities do not sum to 1');
  return probs;
}

export function cdfOf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let acc = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = acc += p[i];
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** Number of cdf entries <= u (NumPy's searchsorted side='right'). */
export function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Weighted sampling without replacement: repeatedly draw `size - found` uniforms, zero the
 * weights already taken, and keep each batch's first occurrences in draw order.
 */
export function weightedWithoutReplacement(p: Float64Array, size: number, uniforms: (n: number) => Float64Array): number[] {
  let positive = 0;
  for (const v of p) if (v > 0) positive++;
  if (positive < size) throw new RandomError('ValueError', 'Fewer non-zero entries in p than size');
  const weights = p.slice();
  const found: number[] = [];
  while (found.length < size) {
    const u = uniforms(size - found.length);
    for (const j of found) weights[j] = 0;
    const cdf = cdfOf(weights);
    const seen = new Set<number>();
    for (const x of u) {
      const k = searchRight(cdf, x);
      if (!seen.has(k)) {
        seen.add(k);
        found.push(k);
      }
    }
  }
  return found;
}
