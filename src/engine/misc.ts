// Elementwise helpers built from ufuncs: clip (NumPy 2's minimum(maximum(a, lo), hi) with NEP 50
// dtypes), round/around with decimals (NumPy's multiply-rint-divide), and the scalar helpers
// isScalarLike/asOperand the interpreter uses to pass Python values in.

import { DTYPES } from './dtype';
import { valueError } from './errors';
import { NDArray } from './ndarray';
import { ufunc1, ufunc2, type Operand } from './ufunc';
import { astype, copy } from './creation';

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
