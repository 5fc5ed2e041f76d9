// Complex-number pieces of the NumPy binding that are not plain engine calls: NumPy's
// ComplexWarning class (numpy.exceptions.ComplexWarning) and the warning a complex -> real cast
// gives (ndarray.astype, np.astype), at the user's line as NumPy's C-level warning is.
import * as E from '../engine';
import type { DType, NDArray } from '../engine';
import { PyClass } from './values';
import { T } from './types';
import { current } from './interp';
import { emitWarning } from './pywarnings';

export const ComplexWarning = new PyClass('ComplexWarning', [T.RuntimeWarning], 'numpy.exceptions');

/** Warns as NumPy does when casting `a` to `to` drops imaginary parts (complex to real/int/bool is silent only for bool). */
export function warnComplexCast(a: NDArray, to: DType): void {
  if (!E.isComplexDType(a.dtype) || E.isComplexDType(to) || to === 'bool' || E.isStrDType(to)) return;
  const interp = current.interp;
  if (interp) emitWarning(interp, ComplexWarning, 'Casting complex values to real discards the imaginary part', null);
}
