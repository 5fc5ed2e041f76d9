// Elementwise helpers built from ufuncs: clip (NumPy 2's minimum(maximum(a, lo), hi) with NEP 50
// dtypes), round/around with decimals (NumPy's multiply-rint-divide), and the scalar helpers
// isScalarLike/asOperand the interpreter uses to pass Python values in.

import { DTYPES } from './dtype';
import { valueError } from './errors';
import { NDArray } from './ndarray';
import { ufunc1, ufunc2, type Operand } from './ufunc';
import { copy } from './creation';

/** np.clip(a, a_min, a_max); either bound may be null (not both). */
export function clip(a: NDArray, lo: Operand | null, hi: Operand | null, out?: NDArray): NDArray {
  if (lo === null && hi === null) throw valueError('One of max or min must be given');
  let r: NDArray = a;
  if (lo !== null) r = ufunc2('maximum', r, lo);
  if (hi !== null) r = ufunc2('minimum', r, hi);
  if (r === a) r = copy(a);
  if (out) return ufunc1('positive', r, { out });
  r.isScalar = a.ndim === 0 && a.isScalar;
  return r;
}

/** np.round(a, decimals=0) / np.around: round half to even at the given decimal. */
export function round(a: NDArray, decimals = 0): NDArray {
  const kind = DTYPES[a.dtype].kind;
  if (kind !== 'f') {
    if (decimals >= 0) return copy(a);
    const f = 10n ** BigInt(-decimals);
    // integers: round to a multiple of 10**-decimals, half to even, like NumPy
    const q = ufunc2('floor_divide', a, f);
    const rem = ufunc2('subtract', a, ufunc2('multiply', q, f));
    const twice = ufunc2('multiply', rem, 2n);
    const up = ufunc2('logical_or', ufunc2('greater', twice, f), ufunc2('logical_and', ufunc2('equal', twice, f), ufunc2('not_equal', ufunc2('remainder', q, 2n), 0n)));
    return ufunc2('multiply', ufunc2('add', q, ufunc2('multiply', up, 1n)), f);
  }
  if (decimals === 0) return ufunc1('rint', a);
  if (decimals > 0) {
    const f = 10 ** decimals;
    return ufunc2('divide', ufunc1('rint', ufunc2('multiply', a, f)), f);
  }
  const f = 10 ** -decimals;
  return ufunc2('multiply', ufunc1('rint', ufunc2('divide', a, f)), f);
}
