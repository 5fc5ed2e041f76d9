// Elementwise helpers built from ufuncs: clip (NumPy 2's minimum(maximum(a, lo), hi) with NEP 50
// dtypes), round/around with decimals (NumPy's multiply-rint-divide), np.copyto (casting rule,
// where= mask), memory-layout conversions (ascontiguousarray, asfortranarray) and np.tri.

import { roundComplex } from './complex';
import { canCast, type Casting } from '../numpy';
import { DTYPES, type DType } from './dtype';
import { EngineError, typeError, valueError } from './errors';
import { NDArray, allocate } from './ndarray';
import { ufunc1, ufunc2, assignArray, type Operand } from './ufunc';
import { astype, copy, scalarArray } from './creation';
import { where as select } from './reduce';

/** np.clip(a, a_min, a_max); either bound may be null (not both). */
export function clip(a: NDArray, lo: Operand | null, hi: Operand | null, out?: NDArray): NDArray {
  if (lo === null && hi === null) throw valueError('One of max or min must be given');
  // NumPy 2 clamps Python-int bounds into an integer array's range instead of raising
  const info = DTYPES[a.dtype];
  const clampInt = (v: Operand | null): Operand | null => {
    if (typeof v !== 'bigint' || (info.kind !== 'i' && info.kind !== 'u')) return v;
    return v < info.min ? info.min : v > info.max ? info.max : v;
  };
  lo = clampInt(lo);
  hi = clampInt(hi);
  let r: NDArray = a;
  if (lo !== null) r = ufunc2('maximum', r, lo);
  if (hi !== null) r = ufunc2('minimum', r, hi);
  if (r === a) r = copy(a);
  if (out) return ufunc1('positive', r, { out });
  const zeroD = (v: Operand | null) => !(v instanceof NDArray) || v.ndim === 0;
  r.isScalar = a.ndim === 0 && zeroD(lo) && zeroD(hi);
  return r;
}

/** np.round(a, decimals=0) / np.around: round half to even at the given decimal. */
export function round(a: NDArray, decimals = 0): NDArray {
  const r = roundImpl(a, decimals);
  r.isScalar = a.ndim === 0;
  return r;
}

function roundImpl(a: NDArray, decimals: number): NDArray {
  const kind = DTYPES[a.dtype].kind;
  if (kind === 'c') return roundComplex(a, (part) => roundImpl(part, decimals));
  if (kind !== 'f') {
    if (decimals >= 0) return copy(a);
    // NumPy divides in float64, rints, multiplies back and casts to the integer dtype
    const f = 10 ** -decimals;
    const r = ufunc2('multiply', ufunc1('rint', ufunc2('divide', a, f)), f);
    return astype(r, a.dtype);
  }
  if (decimals === 0) return ufunc1('rint', a);
  if (decimals > 0) {
    const f = 10 ** decimals;
    return ufunc2('divide', ufunc1('rint', ufunc2('multiply', a, f)), f);
  }
  const f = 10 ** -decimals;
  return ufunc2('multiply', ufunc1('rint', ufunc2('divide', a, f)), f);
}

const fmtShape = (sh: readonly number[]) => `(${sh.join(',')}${sh.length === 1 ? ',' : ''})`;

/** True when `from` broadcasts into `to` (trailing dims equal or 1, never more dims). */
function broadcastsInto(from: readonly number[], to: readonly number[]): boolean {
  if (from.length > to.length) return false;
  const off = to.length - from.length;
  return from.every((d, k) => d === 1 || d === to[off + k]);
}

/**
 * np.copyto(dst, src, casting='same_kind', where=True): src broadcast into dst, cast under
 * `casting` (a Python scalar is weak: only its kind counts), only where the mask is True.
 */
export function copyto(dst: NDArray, src: Operand, casting: Casting = 'same_kind', where: NDArray | null = null): void {
  let s: NDArray;
  if (src instanceof NDArray) {
    if (!canCast(src.dtype as never, dst.dtype as never, casting)) {
      throw typeError(`Cannot cast array data from dtype('${src.dtype}') to dtype('${dst.dtype}') according to the rule '${casting}'`);
    }
    if (!broadcastsInto(src.shape, dst.shape)) throw valueError(`could not broadcast input array from shape ${fmtShape(src.shape)} into shape ${fmtShape(dst.shape)}`);
    s = src;
  } else {
    const py: DType = typeof src === 'boolean' ? 'bool' : typeof src === 'bigint' ? 'int64' : 'float64';
    const kinds = 'buif';
    const fits = casting === 'unsafe' || kinds.indexOf(DTYPES[py].kind) <= kinds.indexOf(DTYPES[dst.dtype].kind);
    if (!fits) throw typeError(`Cannot cast scalar from dtype('${py}') to dtype('${dst.dtype}') according to the rule '${casting}'`);
    if (typeof src === 'bigint' && (src < -(2n ** 63n) || src >= 2n ** 64n)) throw new EngineError('OverflowError', 'Python int too large to convert to C long');
    s = scalarArray(src, dst.dtype, false);
  }
  if (s.dtype !== dst.dtype) s = astype(s, dst.dtype);
  if (where === null) {
    assignArray(dst, s);
    return;
  }
  if (!broadcastsInto(where.shape, dst.shape)) throw valueError(`could not broadcast where mask from shape ${fmtShape(where.shape)} into shape ${fmtShape(dst.shape)}`);
  if (where.dtype !== 'bool' && !canCast(where.dtype as never, 'bool', 'safe')) {
    throw typeError(`Cannot cast array data from dtype('${where.dtype}') to dtype('bool') according to the rule 'safe'`);
  }
  assignArray(dst, select(where, s, dst));
}

/** np.ascontiguousarray(a, dtype): `a` itself when already C-contiguous (and of that dtype), else a C copy; at least 1-d. */
export function ascontiguousarray(a: NDArray, dtype?: DType): NDArray {
  let r = dtype && dtype !== a.dtype ? astype(a, dtype) : a;
  if (r.ndim === 0) return new NDArray(copy(r).data, [1], r.dtype);
  if (!r.isCContiguous) r = copy(r);
  return r;
}

/** np.asfortranarray(a, dtype): `a` itself when already F-contiguous, else a copy in Fortran order; at least 1-d. */
export function asfortranarray(a: NDArray, dtype?: DType): NDArray {
  const r = dtype && dtype !== a.dtype ? astype(a, dtype) : a;
  if (r.ndim === 0) return new NDArray(copy(r).data, [1], r.dtype);
  if (r.isFContiguous) return r;
  return fortranCopy(r);
}

/** A copy of `a` laid out in Fortran (column-major) order. */
export function fortranCopy(a: NDArray): NDArray {
  const flat = allocate(a.shape, a.dtype);
  const strides: number[] = [];
  let acc = 1;
  for (const d of a.shape) { strides.push(acc); acc *= Math.max(d, 1); }
  const f = new NDArray(flat.data, a.shape.slice(), a.dtype, strides, 0);
  assignArray(f, a);
  return f;
}

/** np.tri(N, M=N, k=0, dtype=float64): ones at and below the k-th diagonal. */
export function tri(n: number, m: number | null = null, k = 0, dtype: DType = 'float64'): NDArray {
  const cols = m ?? n;
  if (n < 0 || cols < 0) throw valueError('negative dimensions are not allowed');
  const out = allocate([n, cols], dtype);
  const one = DTYPES[dtype].big ? 1n : 1;
  const d = out.data as unknown as { [i: number]: number | bigint };
  for (let i = 0; i < n; i++) for (let j = 0; j < cols && j <= i + k; j++) d[i * cols + j] = one;
  return out;
}
