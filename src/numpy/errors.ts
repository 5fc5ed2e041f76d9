// NumPy errors as data. Every rule function in src/numpy returns a RuleResult instead of
// throwing: either `{ ok: true, value }` or `{ ok: false, error }` where the error carries the
// Python exception class name NumPy raises and its exact message text (NumPy 2.4.6).
// Symbolic analysis relies on one promise: an error result means NumPy raises for every value
// of the unknown dimensions; when that cannot be proven the rules return a (partly unknown) value.

/** Python exception class names NumPy raises from the operations modelled here. */
export type NumpyErrorType =
  | 'ValueError'
  | 'IndexError'
  | 'AxisError'
  | 'TypeError'
  | 'LinAlgError'
  | 'UFuncTypeError'
  | 'OverflowError'
  | 'MemoryError'
  | 'ZeroDivisionError'
  | 'NotImplementedError'
  | 'KeyError';

export interface NumpyError {
  readonly type: NumpyErrorType;
  /** Message text exactly as `str(exception)` in NumPy 2.4.6. */
  readonly message: string;
}

export type RuleResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: NumpyError };

export function ok<T>(value: T): RuleResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(type: NumpyErrorType, message: string): RuleResult<T> {
  return { ok: false, error: { type, message } };
}

/** Re-types a failed result (its value type is irrelevant once it failed). */
export function passError<T>(r: { ok: false; error: NumpyError }): RuleResult<T> {
  return r as RuleResult<T>;
}

/** `ExceptionType: message`, the way Python prints the last line of a traceback. */
export function formatNumpyError(e: NumpyError): string {
  return `${e.type}: ${e.message}`;
}

/** The AxisError NumPy raises for an axis outside [-ndim, ndim). */
export function axisError(axis: number, ndim: number): NumpyError {
  return { type: 'AxisError', message: `axis ${axis} is out of bounds for array of dimension ${ndim}` };
}

/** Python's `f'{x:#.3g}'` (alternate form: trailing zeros and the point are kept). */
function formatAltG3(x: number): string {
  if (x === 0) return '0.00';
  const exp = Math.floor(Math.log10(Math.abs(Number(x.toPrecision(3)))));
  if (exp >= 3 || exp < -4) {
    const [m, e] = x.toExponential(2).split('e');
    const ev = Number(e);
    return `${m}e${ev < 0 ? '-' : '+'}${String(Math.abs(ev)).padStart(2, '0')}`;
  }
  const s = x.toPrecision(3);
  return s.includes('.') ? s : `${s}.`;
}

/** NumPy's binary size text in allocation errors (`_ArrayMemoryError._size_to_string`). */
export function sizeToString(numBytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  const bitLength = numBytes <= 0 ? 0 : Math.floor(Math.log2(numBytes)) + 1;
  let unit = Math.floor(Math.max(bitLength - 1, 1) / 10);
  let n = numBytes / 2 ** (unit * 10);
  if (Math.round(n) === 1024) { unit += 1; n /= 1024; }
  if (unit === 0) return `${numBytes} bytes`;
  return `${formatAltG3(n)} ${units[unit]}`;
}

/**
 * The MemoryError NumPy raises when an allocation fails, used by the engine's allocation cap:
 * `Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64`.
 * `shapeText` is the Python tuple repr of the shape.
 */
export function memoryError(numBytes: number, shapeText: string, dtypeName: string): NumpyError {
  return { type: 'MemoryError', message: `Unable to allocate ${sizeToString(numBytes)} for an array with shape ${shapeText} and data type ${dtypeName}` };
}
