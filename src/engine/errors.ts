// The one exception type the engine throws for anything NumPy would raise: it carries the Python
// exception class name (`pyType`, e.g. 'ValueError', 'AxisError', 'MemoryError') and NumPy's
// exact message, so the interpreter can re-raise it as the matching Python exception and the
// printed traceback line equals NumPy's. Also owns the configurable allocation cap.

import type { NumpyErrorType, RuleResult } from '../numpy/errors';

/** Python exception class names; the same list the rules module (src/numpy) reports. */
export type PyErrorType = NumpyErrorType | 'RuntimeError' | 'DTypePromotionError';

export class EngineError extends Error {
  constructor(
    readonly pyType: PyErrorType,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
  /** The line Python prints last in a traceback, e.g. `ValueError: operands could not ...`. */
  toPythonString(): string {
    const cls =
      this.pyType === 'AxisError'
        ? 'numpy.exceptions.AxisError'
        : this.pyType === 'LinAlgError'
          ? 'numpy.linalg.LinAlgError'
          : this.pyType === 'UFuncTypeError'
            ? 'numpy._core._exceptions._UFuncNoLoopError'
            : this.pyType;
    return `${cls}: ${this.message}`;
  }
}

/** Unwraps a rules-module result, throwing its NumPy error as an EngineError. */
export function unwrap<T>(r: RuleResult<T>): T {
  if (r.ok) return r.value;
  throw new EngineError(r.error.type, r.error.message);
}

export const valueError = (m: string) => new EngineError('ValueError', m);
export const typeError = (m: string) => new EngineError('TypeError', m);
export const indexError = (m: string) => new EngineError('IndexError', m);

/** AxisError text as NumPy words it: `axis 2 is out of bounds for array of dimension 2`. */
export const axisError = (axis: number, ndim: number) =>
  new EngineError('AxisError', `axis ${axis} is out of bounds for array of dimension ${ndim}`);

let allocationLimitBytes = 1024 * 1024 * 1024;

/** Sets the largest single array buffer the engine will allocate (default 1 GiB). */
export function setAllocationLimit(bytes: number): void {
  allocationLimitBytes = bytes;
}

export function getAllocationLimit(): number {
  return allocationLimitBytes;
}

/** NumPy's `_ArrayMemoryError` size text: 1024-based units, three significant digits. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let u = n < 2 ? 0 : Math.floor(Math.floor(Math.log2(n)) / 10);
  if (u === 0) return `${n} bytes`;
  let v = n / 2 ** (10 * u);
  if (Math.round(v) === 1024 && u < units.length - 1) {
    u++;
    v /= 1024;
  }
  // Python's f'{v:#.3g}': three significant digits, trailing point/zeros kept
  let text = v.toPrecision(3);
  if (text.includes('e')) text = text.replace(/e([+-])(\d)$/, 'e$10$2');
  else if (!text.includes('.')) text += '.';
  return `${text} ${units[u]}`;
}

/** Throws NumPy's MemoryError text when an allocation would exceed the cap. */
export function checkAllocation(bytes: number, shape: readonly number[], dtype: string): void {
  if (bytes > allocationLimitBytes || !Number.isFinite(bytes)) {
    const shp = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
    throw new EngineError(
      'MemoryError',
      `Unable to allocate ${formatBytes(bytes)} for an array with shape ${shp} and data type ${dtype}`,
    );
  }
}
