// Array creation and conversion: np.array/asarray from nested JS lists (NumPy's dtype discovery
// and its ragged-input error), zeros/ones/empty/full and *_like, arange, linspace, eye, identity,
// diag, copy, astype (NumPy's x86 cast results, NaN -> int included), tolist and item.
// Python values arrive with the engine's convention: number = Python float, bigint = Python int,
// boolean = Python bool; tolist/item give them back the same way.

import { DTYPES, type DType, type ElementValue, type TypedArray, readSlot, toSlot, floatToIntSlot, cvt64, int64Words, writeInt64Number, writeCvt64, TWO32 } from './dtype';
import { EngineError, valueError, typeError } from './errors';
import { NDArray, allocate, allocateUninit, forEachRow, shapeSize } from './ndarray';
import { type PyScalar, promoteAll, scalarDefaultDType } from './rules-adapter';
import { isStrDType, isHalf, roundToHalf, isComplexDType } from './dtype';
import { isStrArray, strArrayFromLeaves, strAstype } from './strings';
import { checkCastFp } from './fpwarnings';
import { mayShareMemory } from './wasm/heap';
import { Complex } from './complex-math';

/** What np.array accepts: a Python scalar, an NDArray, or (nested) lists of those. */
export type Nested = PyScalar | string | NDArray | readonly Nested[];

function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

function raggedError(depth: number, shape: readonly number[]): EngineError {
  return valueError(
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was ${shapeText(shape.slice(0, depth))} + inhomogeneous part.`,
  );
}

/** Finds the shape of nested input and flattens its leaves (NDArray leaves are expanded). */
function discover(obj: Nested): { shape: number[]; leaves: (PyScalar | NDArray | string)[] } {
  const shape: number[] = [];
  let level: Nested[] = [obj];
  for (;;) {
    let seqs = 0;
    let arrays = 0;
    for (const x of level) {
      if (Array.isArray(x)) seqs++;
      else if (x instanceof NDArray && x.ndim > 0) arrays++;
    }
    if (seqs === 0 && arrays === 0) return { shape, leaves: level as (PyScalar | NDArray)[] };
    if (seqs === 0 && arrays === level.length) {
      // all arrays: they must share one shape, which extends ours
      const s0 = (level[0] as NDArray).shape;
      for (const x of level) {
        const s = (x as NDArray).shape;
        if (s.length !== s0.length || s.some((d, k) => d !== s0[k])) {
          let same = 0;
          while (same < s.length && same < s0.length && s[same] === s0[same]) same++;
          throw raggedError(shape.length + same, [...shape, ...s0]);
        }
      }
      return { shape: [...shape, ...s0], leaves: level as NDArray[] };
    }
    if (seqs + arrays !== level.length) throw raggedError(shape.length, shape);
    const next: Nested[] = [];
    let len = -1;
    for (const x of level) {
      const items: readonly Nested[] = Array.isArray(x) ? (x as readonly Nested[]) : toNestedList(x as NDArray);
      if (len === -1) len = items.length;
      else if (items.length !== len) throw raggedError(shape.length, shape);
      for (const it of items) next.push(it);
    }
    shape.push(len);
    if (len === 0) return { shape, leaves: [] };
    level = next;
  }
}

function toNestedList(a: NDArray): NDArray[] {
  const out: NDArray[] = [];
  for (let i = 0; i < a.shape[0]; i++) {
    out.push(new NDArray(a.data, a.shape.slice(1), a.dtype, a.strides.slice(1), a.offset + i * a.strides[0], a));
  }
  return out;
}

/** The dtype np.array would discover for these leaves. */
function discoverDType(leaves: (PyScalar | NDArray)[]): DType {
  if (leaves.length === 0) return 'float64';
  const set = new Set<DType>();
  for (const x of leaves) set.add(x instanceof NDArray ? x.dtype : scalarDefaultDType(x));
  return promoteAll([...set]);
}

/** Writes a Python scalar into a slot of `dtype` as np.array(..., dtype=...) does. */
function pyToSlot(v: PyScalar, dtype: DType): number | bigint {
  const info = DTYPES[dtype];
  if (v instanceof Complex && info.kind !== 'c' && info.kind !== 'b') {
    throw typeError(info.kind === 'f'
      ? "float() argument must be a string or a real number, not 'complex'"
      : "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  }
  if (typeof v === 'bigint' && (v < -(1n << 63n) || v >= 1n << 64n || (v >= 1n << 63n && dtype !== 'uint64' && info.kind !== 'f'))) {
    throw new EngineError('OverflowError', 'Python int too large to convert to C long');
  }
  if (typeof v === 'bigint' && (info.kind === 'i' || info.kind === 'u') && (v < info.min || v > info.max)) {
    throw new EngineError('OverflowError', `Python integer ${v} out of bounds for ${dtype}`);
  }
  if (typeof v === 'number' && (info.kind === 'i' || info.kind === 'u')) {
    if (Number.isNaN(v)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw new EngineError('OverflowError', 'cannot convert float infinity to integer');
  }
  return toSlot(v, dtype);
}

/** np.array(obj, dtype=None): always a new array. */
export function array(obj: Nested, dtype?: DType): NDArray {
  if (obj instanceof NDArray) return astype(obj, dtype ?? obj.dtype);
  const { shape, leaves } = discover(obj);
  if ((dtype !== undefined && isStrDType(dtype)) || leaves.some((x) => typeof x === 'string' || isStrArray(x))) {
    if (dtype !== undefined && !isStrDType(dtype)) return astype(strArrayFromLeaves(leaves, shape), dtype);
    return strArrayFromLeaves(leaves, shape, dtype);
  }
  const dt = dtype ?? discoverDType(leaves as (PyScalar | NDArray)[]);
  const out = allocate(shape, dt);
  const data = out.data as TypedArray & { [i: number]: number | bigint };
  if (leaves.length > 0 && leaves[0] instanceof NDArray && leaves[0].ndim > 0) {
    let p = 0;
    for (const leaf of leaves as NDArray[]) {
      const c = (leaf.dtype === dt ? leaf : astype(leaf, dt)).contiguousData() as TypedArray & { [i: number]: number | bigint };
      for (let i = 0; i < c.length; i++) data[p++] = c[i];
    }
    return out;
  }
  // 0-d arrays (NumPy scalars) may mix with Python scalars: [np.float64(1.0), 0.0]
  for (let i = 0; i < leaves.length; i++) {
    const v = leaves[i] as PyScalar | NDArray;
    data[i] = v instanceof NDArray ? toSlot(v.get(0), dt, v.dtype === 'float32') : pyToSlot(v, dt);
  }
  return out;
}

/** Alias kept for callers that think in terms of nested JS data. */
export const fromNested = array;

/** np.asarray: the same array when no conversion is needed. */
export function asarray(obj: Nested, dtype?: DType): NDArray {
  if (obj instanceof NDArray && (dtype === undefined || dtype === obj.dtype)) return obj;
  return array(obj, dtype);
}

export function zeros(shape: readonly number[], dtype: DType = 'float64'): NDArray {
  checkShape(shape);
  return allocate(shape, dtype);
}

export function empty(shape: readonly number[], dtype: DType = 'float64'): NDArray {
  return zeros(shape, dtype);
}

export function ones(shape: readonly number[], dtype: DType = 'float64'): NDArray {
  return full(shape, true, dtype);
}

/** np.full(shape, fill_value, dtype=None): dtype from the fill value when not given. */
export function full(shape: readonly number[], fill: PyScalar | NDArray | string, dtype?: DType): NDArray {
  checkShape(shape);
  if (typeof fill === 'string' || (dtype !== undefined && isStrDType(dtype)) || (fill instanceof NDArray && isStrDType(fill.dtype))) {
    // a str fill (or dtype=str): the width of the fill's text unless dtype says otherwise
    const leaf = strArrayFromLeaves([fill], [], dtype);
    const out = allocate(shape, leaf.dtype);
    (out.data as unknown as string[]).fill(leaf.get(0) as unknown as string);
    return out;
  }
  const dt = dtype ?? (fill instanceof NDArray ? fill.dtype : scalarDefaultDType(fill));
  const out = allocate(shape, dt);
  const v = fill instanceof NDArray ? toSlot(fill.get(0), dt, fill.dtype === 'float32') : pyToSlot(fill, dt);
  (out.data as { fill(v: number | bigint): unknown }).fill(v);
  return out;
}

export const zerosLike = (a: NDArray, dtype?: DType) => zeros(a.shape, dtype ?? a.dtype);
export const onesLike = (a: NDArray, dtype?: DType) => ones(a.shape, dtype ?? a.dtype);
export const emptyLike = (a: NDArray, dtype?: DType) => zeros(a.shape, dtype ?? a.dtype);
export const fullLike = (a: NDArray, fill: PyScalar, dtype?: DType) => full(a.shape, fill, dtype ?? a.dtype);

function checkShape(shape: readonly number[]): void {
  for (const d of shape) if (d < 0) throw valueError('negative dimensions are not allowed');
}

/**
 * np.arange(start, stop, step, dtype). Python ints (bigint) give int64, any float gives float64.
 * Values follow NumPy's fill: first = start, delta = (start + step) - start, x[i] = start + i*delta.
 */
export function arange(start: PyScalar, stop?: PyScalar, step: PyScalar = 1n, dtype?: DType): NDArray {
  if (stop === undefined) {
    stop = start;
    start = 0n;
  }
  const allInt = typeof start !== 'number' && typeof stop !== 'number' && typeof step !== 'number';
  const dt: DType = dtype ?? (allInt ? 'int64' : 'float64');
  const fs = Number(start);
  const fstop = Number(stop);
  const fstep = Number(step);
  if (fstep === 0) throw new EngineError('ZeroDivisionError', 'division by zero');
  let len: number;
  if (allInt) {
    const s = BigInt(start as bigint | boolean);
    const e = BigInt(stop as bigint | boolean);
    const st = BigInt(step as bigint | boolean);
    const span = e - s;
    const q = span / st + (span % st !== 0n && (span > 0n) === (st > 0n) ? 1n : 0n);
    len = Number(q > 0n ? q : 0n);
  } else {
    const l = Math.ceil((fstop - fs) / fstep);
    if (Number.isNaN(l)) throw valueError('arange: cannot compute length');
    len = Math.max(0, l);
  }
  if (allInt && DTYPES[dt].kind !== 'f' && dt !== 'bool') pyToSlot(start as bigint, dt);
  const out = allocate([len], dt);
  const data = out.data as TypedArray & { [i: number]: number | bigint };
  if (DTYPES[dt].big && allInt && Math.abs(fs) < 2 ** 52 && Math.abs(fstop) < 2 ** 52 && Math.abs(fstep) < 2 ** 52 && Math.abs(fs + fstep * len) < 2 ** 52) {
    const { w } = int64Words(data as BigInt64Array);
    for (let i = 0; i < len; i++) writeInt64Number(w, i, fs + i * fstep);
    return out;
  }
  if (DTYPES[dt].big && allInt) {
    const s = BigInt(start as bigint);
    const st = BigInt(step as bigint);
    for (let i = 0; i < len; i++) data[i] = s + BigInt(i) * st;
    return out;
  }
  const isInt = DTYPES[dt].kind !== 'f';
  if (isInt && allInt) {
    for (let i = 0; i < len; i++) data[i] = toSlot(BigInt(start as bigint) + BigInt(i) * BigInt(step as bigint), dt);
    return out;
  }
  const first = fs;
  const delta = fs + fstep - fs;
  for (let i = 0; i < len; i++) {
    const v = i === 0 ? first : first + i * delta;
    data[i] = isInt ? toSlot(v, dt) : v;
  }
  return out;
}

/** np.linspace(start, stop, num=50, endpoint=True, dtype=None) with NumPy's arithmetic order. */
export function linspace(start: number, stop: number, num = 50, endpoint = true, dtype?: DType): NDArray {
  if (num < 0) throw valueError(`Number of samples, ${num}, must be non-negative.`);
  const div = endpoint ? num - 1 : num;
  const delta = stop - start;
  const y = new Float64Array(num);
  const step = delta / div;
  for (let i = 0; i < num; i++) {
    if (div > 0) {
      y[i] = step === 0 ? (i / div) * delta : i * step;
    } else {
      y[i] = i * delta;
    }
    y[i] += start;
  }
  if (endpoint && num > 1) y[num - 1] = stop;
  const out = new NDArray(y, [num], 'float64');
  if (!dtype || dtype === 'float64') return out;
  if (DTYPES[dtype].kind !== 'f') for (let i = 0; i < num; i++) y[i] = Math.floor(y[i]);
  return astype(out, dtype);
}

/** np.linspace(..., retstep=True)'s step. */
export function linspaceStep(start: number, stop: number, num = 50, endpoint = true): number {
  const div = endpoint ? num - 1 : num;
  return div > 0 ? (stop - start) / div : NaN;
}

export function eye(n: number, m?: number, k = 0, dtype: DType = 'float64'): NDArray {
  const cols = m ?? n;
  const out = zeros([n, cols], dtype);
  const one = toSlot(true, dtype);
  const data = out.data as TypedArray & { [i: number]: number | bigint };
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < cols) data[i * cols + j] = one;
  }
  return out;
}

export const identity = (n: number, dtype: DType = 'float64') => eye(n, n, 0, dtype);

/** np.diag: 1-D -> 2-D with v on diagonal k; 2-D -> copy of diagonal k. */
export function diag(v: NDArray, k = 0): NDArray {
  if (v.ndim === 1) {
    const n = v.shape[0] + Math.abs(k);
    const out = zeros([n, n], v.dtype);
    const data = out.data as TypedArray & { [i: number]: number | bigint };
    for (let i = 0; i < v.shape[0]; i++) {
      const r = k >= 0 ? i : i - k;
      const c = k >= 0 ? i + k : i;
      data[r * n + c] = v.data[v.offset + i * v.strides[0]];
    }
    return out;
  }
  if (v.ndim === 2) {
    const [r, c] = v.shape;
    const len = Math.max(0, k >= 0 ? Math.min(r, c - k) : Math.min(r + k, c));
    const off = v.offset + (k >= 0 ? k * v.strides[1] : -k * v.strides[0]);
    return copy(new NDArray(v.data, [len], v.dtype, [v.strides[0] + v.strides[1]], off, v));
  }
  throw valueError('Input must be 1- or 2-d.');
}

/** A C-contiguous copy (np.copy / ndarray.copy). */
export function copy(a: NDArray): NDArray {
  const data = a.contiguousData();
  if (Array.isArray(data)) return new NDArray(data === a.data ? (data as unknown as string[]).slice() as unknown as TypedArray : data, a.shape.slice(), a.dtype);
  if (!mayShareMemory(data, a.data)) return new NDArray(data, a.shape.slice(), a.dtype);
  const out = allocateUninit(a.shape, a.dtype);
  (out.data as { set(s: ArrayLike<number | bigint>): void }).set(data as ArrayLike<number | bigint>);
  return out;
}

/**
 * A fresh array shaped like `a` whose memory order follows a's (NumPy's order='K': axes sorted
 * by decreasing |stride|, all strides positive). C-contiguous when a is.
 */
export function allocateLike(a: NDArray, dtype: DType, shape: readonly number[] = a.shape): NDArray {
  if (a.isCContiguous || a.ndim < 2) return allocateUninit(shape, dtype);
  const perm = [...shape.keys()].sort((x, y) => Math.abs(a.strides[y]) - Math.abs(a.strides[x]) || x - y);
  const out = allocateUninit(perm.map((k) => shape[k]), dtype);
  const strides = new Array<number>(shape.length);
  perm.forEach((k, j) => (strides[k] = out.strides[j]));
  return new NDArray(out.data, shape, dtype, strides, 0);
}

/** A copy keeping a's memory layout order (np.array(a, copy=True), order='K'). */
export function copyK(a: NDArray): NDArray {
  if (a.isCContiguous || a.ndim < 2) return copy(a);
  const out = allocateLike(a, a.dtype);
  const src = a.data as TypedArray & { [i: number]: number | bigint };
  const dst = out.data as TypedArray & { [i: number]: number | bigint };
  forEachRow(a.shape, [out.strides, a.strides], [0, a.offset], (o, n, st) => {
    let oi = o[0];
    let ai = o[1];
    for (let k = 0; k < n; k++, oi += st[0], ai += st[1]) dst[oi] = src[ai];
  });
  return out;
}

/** Rounds an int64/uint64 value to the nearest float32 with a single rounding (ties to even). */
function bigToFloat32(b: bigint): number {
  const neg = b < 0n;
  let m = neg ? -b : b;
  if (m < 1n << 53n) return Math.fround(Number(b));
  let bits = m.toString(2).length;
  const shift = BigInt(bits - 24);
  const mant = m >> shift;
  const rem = m & ((1n << shift) - 1n);
  const half = 1n << (shift - 1n);
  let r = mant;
  if (rem > half || (rem === half && (mant & 1n) === 1n)) r += 1n;
  const v = Number(r << shift);
  return neg ? -v : v;
}

/** ndarray.astype(dtype): a new C-contiguous array with NumPy's element casts. */
export function astype(a: NDArray, dtype: DType): NDArray {
  const src = a.contiguousData() as TypedArray & { [i: number]: number | bigint };
  const n = src.length;
  const from = a.dtype;
  if (from === dtype) return copy(a);
  checkCastFp(a, dtype);
  if (isStrDType(from) || isStrDType(dtype)) return strAstype(a, dtype);
  if (isComplexDType(from) || isComplexDType(dtype)) {
    // complex storage is one Complex per slot (dtype.ts): toSlot does each element's cast
    const out = allocate(a.shape, dtype);
    const dst = out.data as unknown as (number | bigint)[];
    const f32 = from === 'float32' || from === ('complex64' as DType);
    let i = 0;
    for (const v of a) dst[i++] = toSlot(v, dtype, f32);
    return out;
  }
  if (isHalf(dtype)) {
    // straight from the source value to the nearest half (no float32 step: no double rounding)
    const out = allocate(a.shape, dtype);
    const dst = out.data as Float32Array;
    if (from === 'bool') for (let i = 0; i < n; i++) dst[i] = src[i] ? 1 : 0;
    else for (let i = 0; i < n; i++) dst[i] = roundToHalf(Number(src[i]));
    return out;
  }
  const out = allocate(a.shape, dtype);
  const dst = out.data as TypedArray & { [i: number]: number | bigint };
  const fi = DTYPES[from];
  const ti = DTYPES[dtype];
  if (ti.kind === 'b') {
    for (let i = 0; i < n; i++) dst[i] = src[i] ? 1 : 0; // NaN -> True; 0n is falsy
    for (let i = 0; i < n; i++) if (src[i] !== src[i]) dst[i] = 1;
    return out;
  }
  if (fi.kind === 'f' && ti.kind !== 'f') {
    const f32 = from === 'float32';
    // NumPy's float64->uint32 cast runs 4-wide SIMD blocks with a different out-of-range rule
    // than its scalar tail (which goes through int64); reproduce both for contiguous input.
    const simd = dtype === 'uint32' ? (f32 ? 8 : 4) : 0;
    const vecEnd = simd ? n - (n % simd) : 0;
    if (dtype === 'int64' || dtype === 'uint64') {
      const { w } = int64Words(dst as BigInt64Array);
      const u = dtype === 'uint64';
      for (let i = 0; i < n; i++) {
        const x = src[i] as number;
        if (u && x >= 9223372036854775808) {
          writeCvt64(w, i, x - 9223372036854775808);
          w[2 * i + 1] ^= -2147483648;
        } else writeCvt64(w, i, x);
      }
      return out;
    }
    for (let i = 0; i < vecEnd; i++) dst[i] = floatToIntSlot(src[i] as number, dtype, false);
    for (let i = vecEnd; i < n; i++) dst[i] = dtype === 'uint32' ? Number(BigInt.asUintN(32, cvt64(src[i] as number))) : floatToIntSlot(src[i] as number, dtype, f32);
    return out;
  }
  if (fi.big && !ti.big) {
    // read the two 32-bit words instead of allocating BigInts: hi*2^32 + lo rounds once, exactly
    // like Number(bigint); the low word alone carries every narrower integer cast
    const { lo, hi, uhi } = int64Words(src as BigInt64Array);
    const h = fi.kind === 'u' ? uhi : hi;
    const TWO32 = 4294967296; // a local: an imported binding in this loop is a getter call under tsx
    if (dtype === 'float32') {
      for (let i = 0; i < n; i++) {
        const v = h[2 * i + 1] * TWO32 + lo[2 * i];
        dst[i] = Math.abs(v) < 9007199254740992 ? v : bigToFloat32(src[i] as bigint);
      }
    } else if (ti.kind === 'f') for (let i = 0; i < n; i++) dst[i] = h[2 * i + 1] * TWO32 + lo[2 * i];
    else for (let i = 0; i < n; i++) dst[i] = lo[2 * i];
    return out;
  }
  if (!fi.big && ti.big) {
    const { w } = int64Words(dst as BigInt64Array);
    for (let i = 0; i < n; i++) {
      const v = src[i] as number;
      w[2 * i] = v | 0;
      w[2 * i + 1] = v < 0 ? -1 : 0;
    }
    return out;
  }
  // number -> number (typed-array stores wrap integers and round to float32 correctly);
  // big -> big (BigInt64Array <-> BigUint64Array stores wrap)
  (dst as { set(s: ArrayLike<number | bigint>): void }).set(src as ArrayLike<number | bigint>);
  return out;
}

/** The Python value of one element: bool -> boolean, any integer -> bigint, float -> number. */
export function toPython(v: ElementValue, dtype: DType): PyScalar {
  const k = DTYPES[dtype].kind;
  if (k === 'U') return v as PyScalar; // a str element stays a JS string (Python str)
  if (k === 'c') return v as unknown as Complex;
  if (k === 'b') return Boolean(v);
  if (k === 'f') return v as number;
  return typeof v === 'bigint' ? v : BigInt(v as number);
}

/** ndarray.tolist(): nested lists of Python values (a Python scalar for 0-d arrays). */
export function tolist(a: NDArray): PyScalar | PyNested[] {
  const flat = a.toArray().map((v) => toPython(v, a.dtype));
  if (a.ndim === 0) return flat[0];
  let p = 0;
  const build = (dim: number): PyNested[] => {
    const out: PyNested[] = [];
    for (let i = 0; i < a.shape[dim]; i++) out.push(dim === a.ndim - 1 ? flat[p++] : build(dim + 1));
    return out;
  };
  return build(0);
}
export type PyNested = PyScalar | PyNested[];

/** ndarray.item(*args): one element as a Python value. */
export function item(a: NDArray, index?: number): PyScalar {
  if (index === undefined) {
    if (a.size !== 1) throw valueError('can only convert an array of size 1 to a Python scalar');
    return toPython(a.get(0), a.dtype);
  }
  const n = a.size;
  const i = index < 0 ? index + n : index;
  if (i < 0 || i >= n) throw new EngineError('IndexError', `index ${index} is out of bounds for size ${n}`);
  return toPython(a.get(i), a.dtype);
}

/** A 0-d array holding one value (marked as a NumPy scalar when `scalar`). */
export function scalarArray(v: ElementValue | Complex, dtype: DType, scalar = true): NDArray {
  const out = allocate([], dtype);
  (out.data as TypedArray & { [i: number]: number | bigint })[0] = toSlot(v, dtype);
  out.isScalar = scalar;
  return out;
}

export { shapeSize, forEachRow, readSlot, typeError };
