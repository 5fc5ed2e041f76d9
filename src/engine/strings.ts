// NumPy's fixed-width unicode arrays (dtype `<Un`, named 'U<n>' in the engine, see dtype.ts
// StrDType): creation from Python str values (width = longest string in code points; numbers
// mixed in become their str()), casts to and from str, the comparison ufuncs and `add`
// (concatenation) with broadcasting, and np.where with str branches. Everything else that
// reaches a str array (copies, views, indexing, sort, unique, concatenate) works through the
// element-generic paths, whose slots simply hold JS strings. Texts checked against NumPy 2.4.6.

import { DTYPES, type DType, type TypedArray, bytesDType, isBytesDType, isStrDType, strDType, strWidth } from './dtype';
import { EngineError, unwrap } from './errors';
import { NDArray, allocate, forEachRow } from './ndarray';
import { broadcastOperands } from '../numpy/broadcast';
import { pyStrRepr } from './print/arrayprint';
import type { Complex } from './complex-math';

type Slots = { [i: number]: unknown; length: number };

/** Number of code points (NumPy's string length), not UTF-16 units. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** The first `width` code points of s (NumPy truncates on store). */
export function truncateCodePoints(s: string, width: number): string {
  if (s.length <= width) return s;
  return Array.from(s).slice(0, width).join('');
}

export function isStrArray(a: unknown): boolean {
  return a instanceof NDArray && isStrDType(a.dtype);
}

/** Python's str() of a scalar leaf mixed into a str array (bool True, int 3, float 2.5). */
function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return pyFloatStr(v);
  throw new EngineError('TypeError', `cannot convert ${String(v)} to str`);
}

/** repr(float) for the common cases (shortest round-trip digits; Python's exponent style). */
function pyFloatStr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return (Object.is(x, -0) ? '-0' : x.toFixed(0)) + '.0';
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) return String(x);
  const [m, e] = x.toExponential().split('e');
  const ev = Number(e);
  return `${m}e${ev < 0 ? '-' : '+'}${String(Math.abs(ev)).padStart(2, '0')}`;
}

/** Width NumPy gives a non-str dtype cast to str: bool 5, ints by digits (+sign), floats 32. */
function strWidthOf(d: DType): number {
  if (isStrDType(d)) return strWidth(d);
  const info = DTYPES[d];
  if (info.kind === 'b') return 5;
  if (info.kind === 'f') return 32;
  if (info.kind === 'c') return 64;
  // digits of the largest value, plus a sign for signed types (NumPy gives int64 21, not 20)
  const width: Record<string, number> = { int8: 4, int16: 6, int32: 11, int64: 21, uint8: 3, uint16: 5, uint32: 10, uint64: 20 };
  return width[d];
}

/** Width for a Python scalar mixed into np.array with strings (int -> 21, float -> 32, bool -> 5). */
function leafWidth(v: unknown): number {
  if (typeof v === 'string') return codePointLength(v);
  if (typeof v === 'boolean') return 5;
  if (typeof v === 'bigint') return 21;
  if (typeof v === 'number') return 32;
  if (v instanceof NDArray) return strWidthOf(v.dtype);
  return 1;
}

const isBytesArray = (x: unknown) => x instanceof NDArray && isBytesDType(x.dtype);
const isUnicodeLeaf = (x: unknown) => typeof x === 'string' || (x instanceof NDArray && isStrDType(x.dtype) && !isBytesDType(x.dtype));

/**
 * np.array of leaves where at least one is a str or bytes (or such an array): a 'U<n>' array,
 * or an 'S<n>' one when the leaves are bytes (numbers mixed in become their ASCII str()) or
 * dtype says 'S'. A bytes leaf is a 0-d 'S' array (bytesScalar).
 */
export function strArrayFromLeaves(leaves: readonly unknown[], shape: readonly number[], dtype?: DType): NDArray {
  const bytes = dtype && isStrDType(dtype) ? isBytesDType(dtype) : leaves.some(isBytesArray) && !leaves.some(isUnicodeLeaf);
  let width = 1;
  if (dtype && isStrDType(dtype) && strWidth(dtype) > 0) width = strWidth(dtype);
  else for (const x of leaves) width = Math.max(width, leafWidth(x));
  const out = allocate(shape, bytes ? bytesDType(width) : strDType(width));
  const d = out.data as unknown as Slots;
  let p = 0;
  const fit = bytes ? (t: string) => t.slice(0, width).replace(/\0+$/, '') : (t: string) => truncateCodePoints(t, width);
  for (const x of leaves) {
    if (x instanceof NDArray) for (const v of x) d[p++] = fit(elementStr(v, x.dtype));
    else d[p++] = fit(pyStr(x));
  }
  return out;
}

/** np.bytes_(b): a 0-d 'S' scalar of the bytes given as a string of char codes 0-255. */
export function bytesScalar(latin1: string): NDArray {
  const text = latin1.replace(/\0+$/, '');
  const out = allocate([], bytesDType(latin1.length));
  (out.data as unknown as Slots)[0] = text;
  out.isScalar = true;
  return out;
}

function elementStr(v: unknown, d: DType): string {
  if (isStrDType(d)) return v as string;
  if (DTYPES[d].kind === 'b') return v ? 'True' : 'False';
  if (DTYPES[d].kind === 'f') {
    // NumPy casts float32 to str through its own shortest repr of the float32 value
    return d === 'float32' ? float32Str(v as number) : pyFloatStr(v as number);
  }
  if (DTYPES[d].kind === 'c') {
    // Python's repr of the complex, complex64 parts by float32's shortest digits
    const z = v as Complex;
    const part = (x: number) => { const t = d === ('complex64' as DType) ? float32Str(x) : pyFloatStr(x); return t.endsWith('.0') ? t.slice(0, -2) : t; };
    const im = part(z.im);
    if (z.re === 0 && !Object.is(z.re, -0)) return im + 'j';
    return `(${part(z.re)}${im.startsWith('-') ? '' : '+'}${im}j)`;
  }
  return String(v);
}

function float32Str(x: number): string {
  if (!Number.isFinite(x) || Number.isInteger(x)) return pyFloatStr(x);
  for (let p = 1; p <= 9; p++) {
    const s = x.toPrecision(p);
    if (Math.fround(Number(s)) === x) return pyFloatStr(Number(s));
  }
  return pyFloatStr(x);
}

/** np.str_(s): a 0-d str scalar whose width is its own length (at least 1); np.bytes_ for an element of a bytes array (`like`). */
export function strScalar(s: string, like?: DType): NDArray {
  if (like && isBytesDType(like)) return bytesScalar(s);
  const out = strArrayFromLeaves([s], []);
  out.isScalar = true;
  return out;
}

/** astype to or from a str dtype (a new C-contiguous array). */
export function strAstype(a: NDArray, dtype: DType): NDArray {
  const out = allocate(a.shape, dtype);
  const d = out.data as unknown as Slots;
  let p = 0;
  if (isStrDType(dtype)) {
    // width 0 (dtype=str): the width NumPy gives the source dtype
    const w = strWidth(dtype) || (isStrDType(a.dtype) ? strWidth(a.dtype) : strWidthOf(a.dtype));
    if (w !== strWidth(dtype)) return strAstype(a, isBytesDType(dtype) ? bytesDType(w) : strDType(w));
    if (isBytesDType(dtype)) {
      for (const v of a) {
        const t = elementStr(v, a.dtype);
        if (!isBytesDType(a.dtype) && /[^\x00-\x7f]/.test(t)) {
          const ch = /[^\x00-\x7f]/.exec(t)!;
          throw new EngineError('ValueError', `'ascii' codec can't encode character '\\u${ch[0].charCodeAt(0).toString(16).padStart(4, '0')}' in position ${ch.index}: ordinal not in range(128)`);
        }
        d[p++] = t.slice(0, w).replace(/\0+$/, '');
      }
      return out;
    }
    for (const v of a) d[p++] = truncateCodePoints(elementStr(v, a.dtype), w);
    return out;
  }
  const info = DTYPES[dtype];
  for (const v0 of a) {
    const v = (v0 as unknown as string).trim();
    if (info.kind === 'b') {
      d[p++] = v.length > 0 ? 1 : 0;
    } else if (info.kind === 'f') {
      const x = parsePyFloat(v);
      if (x === null) throw new EngineError('ValueError', `could not convert string to float: np.str_(${pyStrRepr(v0 as unknown as string)})`);
      d[p++] = x;
    } else {
      if (!/^[+-]?\d+(_\d+)*$/.test(v)) throw new EngineError('ValueError', `invalid literal for int() with base 10: np.str_(${pyStrRepr(v0 as unknown as string)})`);
      const b = BigInt(v.replace(/_/g, ''));
      if (b < info.min || b > info.max) throw new EngineError('OverflowError', `Python int too large to convert to C long`);
      d[p++] = info.big ? b : Number(b);
    }
  }
  return out;
}

function parsePyFloat(s: string): number | null {
  const t = s.replace(/_/g, '').toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A str operand of a ufunc: a str array, or a Python str. */
export type StrOperand = NDArray | string | number | bigint | boolean | Complex;

const COMPARISONS: Partial<Record<string, (c: number) => boolean>> = {
  equal: (c) => c === 0,
  not_equal: (c) => c !== 0,
  less: (c) => c < 0,
  less_equal: (c) => c <= 0,
  greater: (c) => c > 0,
  greater_equal: (c) => c >= 0,
};

/** Code-point order (JS `<` compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(x: string, y: string): number {
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x.codePointAt(i) as number;
    const b = y.codePointAt(i) as number;
    if (a !== b) return a < b ? -1 : 1;
    if (a > 0xffff) i++;
  }
  return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
}

function asArray(x: StrOperand): NDArray {
  if (x instanceof NDArray) return x;
  if (typeof x === 'string') return strArrayFromLeaves([x], []);
  throw new Error('not a str operand');
}

/** NumPy's class name of a dtype in no-loop errors about Python scalars. */
function dtypeClass(x: StrOperand): string {
  if (!(x instanceof NDArray) && typeof x === 'object') return "<class 'numpy.dtypes._PyComplexDType'>";
  if (typeof x === 'bigint') return "<class 'numpy.dtypes._PyLongDType'>";
  if (typeof x === 'number') return "<class 'numpy.dtypes._PyFloatDType'>";
  if (typeof x === 'boolean') return "<class 'numpy.dtypes.BoolDType'>";
  if (typeof x === 'string') return "<class 'numpy.dtypes.StrDType'>";
  if (isStrDType(x.dtype)) return isBytesDType(x.dtype) ? "<class 'numpy.dtypes.BytesDType'>" : "<class 'numpy.dtypes.StrDType'>";
  const name = x.dtype.replace(/^./, (c) => c.toUpperCase());
  return `<class 'numpy.dtypes.${name}DType'>`;
}

function dtypeReprOf(x: StrOperand): string {
  if (x instanceof NDArray) return isStrDType(x.dtype) ? `dtype('${isBytesDType(x.dtype) ? '' : '<'}${x.dtype}')` : `dtype('${x.dtype}')`;
  if (typeof x === 'string') return `dtype('<U${Math.max(1, codePointLength(x))}')`;
  return typeof x === 'bigint' ? "dtype('int64')" : typeof x === 'number' ? "dtype('float64')" : typeof x === 'object' ? "dtype('complex128')" : "dtype('bool')";
}

/** A binary ufunc with at least one str operand (comparisons and add; others raise NumPy's error). */
export function strUfunc2(name: string, x: StrOperand, y: StrOperand): NDArray {
  const xs = typeof x === 'string' || isStrArray(x);
  const ys = typeof y === 'string' || isStrArray(y);
  const cmp: ((c: number) => boolean) | undefined = COMPARISONS[name];
  if (cmp && !(xs && ys)) {
    throw new EngineError('UFuncTypeError', `ufunc '${name}' did not contain a loop with signature matching types (${dtypeClass(x)}, ${dtypeClass(y)}) -> None`);
  }
  const intOperand = (v: StrOperand) => typeof v === 'bigint' || (v instanceof NDArray && (DTYPES[v.dtype].kind === 'i' || DTYPES[v.dtype].kind === 'u'));
  if (name === 'multiply' && ((xs && intOperand(y)) || (ys && intOperand(x)))) {
    throw new EngineError('TypeError', "The 'out' kwarg is necessary when using the string multiply ufunc directly. Use numpy.strings.multiply to multiply strings without specifying 'out'.");
  }
  if (!cmp && !(name === 'add' && xs && ys)) {
    throw new EngineError('UFuncTypeError', `ufunc '${name}' did not contain a loop with signature matching types (${dtypeReprOf(x)}, ${dtypeReprOf(y)}) -> None`);
  }
  const a = asArray(x);
  const b = asArray(y);
  const shape = broadcastShape([a.shape, b.shape]);
  const bytes = isBytesDType(a.dtype);
  if (bytes !== isBytesDType(b.dtype)) {
    // bytes against str: no loop; `==` / `!=` answer all-False / all-True (NumPy 2's fallback)
    if (name === 'equal' || name === 'not_equal') {
      const r = allocate(shape, 'bool');
      if (name === 'not_equal') (r.data as Uint8Array).fill(1);
      if (a.ndim === 0 && b.ndim === 0) r.isScalar = true;
      return r;
    }
    throw new EngineError('UFuncTypeError', `ufunc '${name}' did not contain a loop with signature matching types (${dtypeClass(x)}, ${dtypeClass(y)}) -> None`);
  }
  const outType: DType = cmp ? 'bool' : (bytes ? bytesDType : strDType)(strWidth(a.dtype) + strWidth(b.dtype));
  const out = allocate(shape, outType);
  const od = out.data as unknown as Slots;
  const ad = a.data as unknown as Slots;
  const bd = b.data as unknown as Slots;
  forEachRow(shape, [out.strides, bstrides(a, shape), bstrides(b, shape)], [0, a.offset, b.offset], (o, n, st) => {
    let [oi, ai, bi] = o;
    for (let k = 0; k < n; k++, oi += st[0], ai += st[1], bi += st[2]) {
      const u = ad[ai] as string;
      const v = bd[bi] as string;
      od[oi] = cmp ? (cmp(compareCodePoints(u, v)) ? 1 : 0) : u + v;
    }
  });
  if (a.ndim === 0 && b.ndim === 0) out.isScalar = true;
  return out;
}

/**
 * `arr == 1` / `arr != 1` with a str array on one side only: np.equal has no loop, but the
 * ndarray operators then answer all-False / all-True (NumPy 2's comparison fallback).
 * Returns null when the operands are not such a mixed pair.
 */
export function mixedStrEquality(x: NDArray, y: StrOperand, notEqual: boolean): NDArray | null {
  const xs = isStrArray(x);
  const ys = typeof y === 'string' || isStrArray(y);
  if (xs === ys) return null;
  const shape = y instanceof NDArray ? broadcastShape([x.shape, y.shape]) : x.shape.slice();
  const out = allocate(shape, 'bool');
  if (notEqual) (out.data as Uint8Array).fill(1);
  return out;
}

function broadcastShape(shapes: (readonly number[])[]): number[] {
  return unwrap(broadcastOperands(shapes)) as number[];
}

/** Element strides of `a` broadcast to `shape` (0 on stretched axes). */
function bstrides(a: NDArray, shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length).fill(0);
  const off = shape.length - a.ndim;
  for (let k = 0; k < a.ndim; k++) s[off + k] = a.shape[k] === 1 ? 0 : a.strides[k];
  return s;
}

/** The NumPy error for promoting a str with a number (np.where(c, 'a', 1), concatenate, ...). */
function promotionError(x: StrOperand, y: StrOperand): EngineError {
  const list = `(${dtypeClass(x)}, ${dtypeClass(y)})`;
  return new EngineError(
    'DTypePromotionError',
    `The DType ${dtypeClass(x)} could not be promoted by ${dtypeClass(y)}. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is \`object\`. The full list of DTypes is: ${list}`,
  );
}

/** np.where(cond, x, y) when x or y is a str: both must be str; width is the larger one. */
export function strWhere(cond: NDArray, x: StrOperand, y: StrOperand): NDArray {
  const xs = typeof x === 'string' || isStrArray(x);
  const ys = typeof y === 'string' || isStrArray(y);
  if (!xs || !ys) throw promotionError(x, y);
  const a = asArray(x);
  const b = asArray(y);
  const shape = broadcastShape([cond.shape, a.shape, b.shape]);
  const bytes = isBytesDType(a.dtype) && isBytesDType(b.dtype);
  const out = allocate(shape, (bytes ? bytesDType : strDType)(Math.max(strWidth(a.dtype), strWidth(b.dtype))));
  const od = out.data as unknown as Slots;
  const cd = cond.data as unknown as Slots;
  const ad = a.data as unknown as Slots;
  const bd = b.data as unknown as Slots;
  forEachRow(shape, [out.strides, bstrides(cond, shape), bstrides(a, shape), bstrides(b, shape)], [0, cond.offset, a.offset, b.offset], (o, n, st) => {
    let [oi, ci, ai, bi] = o;
    for (let k = 0; k < n; k++, oi += st[0], ci += st[1], ai += st[2], bi += st[3]) od[oi] = cd[ci] ? ad[ai] : bd[bi];
  });
  return out;
}

/** The dtype concatenate/stack give str arrays: the widest str, numbers counted by their str width. */
export function strResultDType(arrays: readonly NDArray[]): DType {
  let w = 0;
  for (const a of arrays) w = Math.max(w, strWidthOf(a.dtype));
  return arrays.every((a) => isBytesDType(a.dtype)) ? bytesDType(w) : strDType(w);
}

/** bool array: element is a non-empty string (str truthiness, for any/all/count_nonzero). */
export function strNonEmpty(a: NDArray): NDArray {
  const out = allocate(a.shape, 'bool');
  const d = out.data as Uint8Array;
  let p = 0;
  for (const v of a) d[p++] = (v as unknown as string).length > 0 ? 1 : 0;
  return out;
}

/** A contiguous copy of a str array's strings (plain arrays have no subarray()). */
export function strSlice(data: TypedArray, start: number, end: number): TypedArray {
  return (data as unknown as string[]).slice(start, end) as unknown as TypedArray;
}
