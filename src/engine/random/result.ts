// The plain-data results the random module hands back (no NDArray dependency): a typed buffer
// in C order, its dtype, and its shape, or shape null for NumPy's "size=None" scalar result.
// Also the argument conventions: a distribution parameter is a number or a flat array already
// broadcast to the output size.
import type { IntData, IntDType } from './bounded';
import { RandomError } from './errors';

export type Shape = readonly number[];
export type FloatDType = 'float64' | 'float32';
export type RandomDType = FloatDType | IntDType;
export type RandomData = Float64Array | Float32Array | IntData;

export interface RandomArray<D extends RandomData = RandomData> {
  dtype: RandomDType;
  /** null: NumPy returns a scalar (size=None); otherwise the output shape. */
  shape: number[] | null;
  /** C-order values; length 1 when shape is null. */
  data: D;
  /** For a scalar result: NumPy returns a Python float/int rather than a NumPy scalar. */
  python: boolean;
}

/** A distribution parameter: a scalar, or one value per output element (already broadcast). */
export type Param = number | ArrayLike<number>;

export function countOf(shape: Shape | null): number {
  if (shape === null) return 1;
  let n = 1;
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new RandomError('ValueError', 'negative dimensions are not allowed');
    n *= d;
  }
  return n;
}

export function shapeCopy(shape: Shape | null): number[] | null {
  return shape === null ? null : [...shape];
}

export function paramAt(p: Param, i: number): number {
  return typeof p === 'number' ? p : p[i];
}

export function anyParam(p: Param, test: (v: number) => boolean): boolean {
  if (typeof p === 'number') return test(p);
  for (let i = 0; i < p.length; i++) if (test(p[i])) return true;
  return false;
}
