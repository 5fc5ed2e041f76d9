// Sorting and sets: sort and argsort (kind='quicksort' reproduces NumPy 2.4's unstable order on
// x86-64 AVX-512, ties and NaNs included — algorithms in sort-numpy.ts; kind='stable' is the
// stable merge order), unique with return_index / return_inverse / return_counts, searchsorted.
// NaNs sort last, as in NumPy.

import { normalizeAxisIndex } from '../numpy/reduce';
import { DTYPES, isStrDType, isComplexDType, type DType } from './dtype';
import type { Complex } from './complex-math';

function isNanComplex(z: Complex): boolean {
  return z.re !== z.re || z.im !== z.im;
}
import { unwrap, valueError } from './errors';
import { NDArray, allocate, forEachRow } from './ndarray';
import { copy } from './creation';
import { halfKey, npyArgIntroselect, npyArgQuicksort, xssArgselect, xssArgsort, xssValueSelect, xssValueSortFloat, type Keys } from './sort-numpy';

type Num = { [i: number]: number; length: number };

/** NumPy's sort order: NaN after everything (bigints compare normally). */
function cmp(x: number | bigint, y: number | bigint): number {
  if (typeof x === 'object') return cmpComplex(x as unknown as Complex, y as unknown as Complex);
  if (x !== x) return y !== y ? 0 : 1;
  if (y !== y) return -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** NumPy's complex sort order (npysort CDOUBLE_LT): R + Rj, R + nanj, nan + Rj, nan + nanj. */
function complexLess(a: Complex, b: Complex): boolean {
  if (a.re < b.re) return a.im === a.im || b.im !== b.im;
  if (a.re > b.re) return b.im !== b.im && a.im === a.im;
  if (a.re === b.re || (a.re !== a.re && b.re !== b.re)) return a.im < b.im || (b.im !== b.im && a.im === a.im);
  return b.re !== b.re;
}
function cmpComplex(x: Complex, y: Complex): number {
  return complexLess(x, y) ? -1 : complexLess(y, x) ? 1 : 0;
}

/** The two orders NumPy 2.4 can produce: its default unstable one and the stable one. */
export type SortKind = 'quicksort' | 'stable';

/**
 * NumPy's reading of `kind=` / `stable=`: the first letter decides ('q'uick and 'h'eap give the
 * default unstable sort — NumPy 2.4 runs heapsort requests through it too — 's'table and
 * 'm'ergesort the stable one), case-insensitively.
 */
export function parseSortKind(kind: string | null | undefined, stable: boolean | null | undefined = null): SortKind {
  if (stable !== null && stable !== undefined) {
    if (kind !== null && kind !== undefined) throw valueError("`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
    return stable ? 'stable' : 'quicksort';
  }
  if (kind === null || kind === undefined) return 'quicksort';
  const c = kind.charAt(0).toLowerCase();
  if (c === 'q' || c === 'h') return 'quicksort';
  if (c === 's' || c === 'm') return 'stable';
  throw valueError(`sort kind must be one of 'quick', 'heap', or 'stable' (got '${kind}')`);
}

/**
 * Writes one lane's keys into `keys` as order-preserving doubles and returns the key that
 * x86-simd-sort pads a partial vector with (the dtype's maximum) in the same key space.
 * 64-bit integers beyond 2^53 are replaced by their dense rank (with the dtype maximum ranked
 * too) so comparisons stay exact.
 */
function laneKeys(raw: Num | { [i: number]: bigint }, base: number, step: number, n: number, dtype: DType, keys: Keys): number {
  if (isStrDType(dtype)) return stringRanks(raw as unknown as string[], base, step, n, keys);
  if (isComplexDType(dtype)) return complexRanks(raw as unknown as Complex[], base, step, n, keys);
  const info = DTYPES[dtype];
  if (!info.big) {
    const src = raw as Num;
    for (let k = 0; k < n; k++) keys[k] = +src[base + k * step];
    return info.kind === 'f' ? Infinity : Number(info.max);
  }
  const src = raw as { [i: number]: bigint };
  // read the 64-bit words as (low, high) 32-bit halves: no BigInt per element while every value
  // is within 2^52 in magnitude (then hi * 2^32 + lo is exact)
  const words = raw as unknown as BigInt64Array;
  const lo32 = new Uint32Array(words.buffer, words.byteOffset, words.length * 2);
  const hi32 = info.kind === 'i' ? new Int32Array(words.buffer, words.byteOffset, words.length * 2) : lo32;
  let safe = true;
  for (let k = 0; k < n; k++) {
    const j = 2 * (base + k * step);
    const hi = hi32[j + 1];
    if (hi >= 0x100000 || hi < -0x100000) {
      safe = false;
      break;
    }
    keys[k] = hi * 4294967296 + lo32[j];
  }
  if (safe) return Number(info.max); // 2^63 or 2^64 as a double: above every value here
  const vals: bigint[] = [info.max];
  for (let k = 0; k < n; k++) vals.push(src[base + k * step]);
  const uniq = [...new Set(vals)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const rank = new Map<bigint, number>();
  uniq.forEach((v, r) => rank.set(v, r));
  for (let k = 0; k < n; k++) keys[k] = rank.get(src[base + k * step])!;
  return rank.get(info.max)!;
}

/** UTF-16 unit remapped so that comparing units orders strings by code point (NumPy's UCS4). */
function codePointUnit(c: number): number {
  return c >= 0xd800 ? (c < 0xe000 ? c + 0x2000 : c - 0x800) : c;
}

function compareCodePoints(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x.charCodeAt(i);
    const b = y.charCodeAt(i);
    if (a !== b) return codePointUnit(a) - codePointUnit(b);
  }
  return x.length - y.length;
}

/** Dense ranks of a str lane (its sort keys: NumPy's string sorts only compare). */
function stringRanks(src: string[], base: number, step: number, n: number, keys: Keys): number {
  const lane: string[] = [];
  for (let k = 0; k < n; k++) lane.push(src[base + k * step]);
  const uniq = [...new Set(lane)].sort(compareCodePoints);
  const rank = new Map<string, number>();
  uniq.forEach((v, r) => rank.set(v, r));
  for (let k = 0; k < n; k++) keys[k] = rank.get(lane[k])!;
  return uniq.length;
}

/**
 * Ranks of a complex lane under NumPy's complex order (values neither less nor greater than each
 * other share a rank): its complex introsort only compares, so it runs on the ranks.
 */
function complexRanks(src: Complex[], base: number, step: number, n: number, keys: Keys): number {
  const order = Array.from({ length: n }, (_, k) => k);
  const lane = order.map((k) => src[base + k * step]);
  order.sort((i, j) => cmpComplex(lane[i], lane[j]));
  let r = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && cmpComplex(lane[order[k - 1]], lane[order[k]]) !== 0) r++;
    keys[order[k]] = r;
  }
  return r + 1;
}

/** NumPy's default argsort of one lane (`arg` receives the permutation). */
function unstableArgsortLane(keys: Keys, arg: Int32Array, n: number, padKey: number, dtype: DType): void {
  for (let k = 0; k < n; k++) arg[k] = k;
  const info = DTYPES[dtype];
  // str and complex: NumPy's own introsort (the SIMD sorts are for 32/64-bit reals only)
  if (!isStrDType(dtype) && !isComplexDType(dtype) && info.itemsize >= 4) xssArgsort(keys, arg, n, padKey, info.kind === 'f');
  else npyArgQuicksort(keys, arg, n);
}

/**
 * Sorts every lane along `axis`. Returns the sorted values and the int64 argsort indices, both
 * C-contiguous arrays of a's shape. `kind` 'stable' keeps ties in index order; 'quicksort' is
 * NumPy's default order.
 */
export function argsortAxis(a: NDArray, axis: number, withValues: boolean, kind: SortKind = 'stable'): { values: NDArray; indices: NDArray } {
  if (kind === 'quicksort') return unstableArgsortAxis(a, axis, withValues);
  const src = copy(a);
  const n = a.shape[axis];
  const st = src.strides[axis];
  const values = allocate(a.shape, a.dtype);
  const indices = allocate(a.shape, 'int64');
  const vd = values.data as unknown as Num;
  const sd = src.data as unknown as Num;
  const id = indices.data as unknown as { [i: number]: bigint };
  const restShape = a.shape.filter((_, k) => k !== axis);
  const restStr = src.strides.filter((_, k) => k !== axis);
  const order = new Array<number>(n);
  const lane = new Array<number | bigint>(n);
  forEachRow(restShape, [restStr], [0], (offs, len, inner) => {
    let base = offs[0];
    for (let r = 0; r < len; r++, base += inner[0]) {
      for (let k = 0; k < n; k++) {
        order[k] = k;
        lane[k] = sd[base + k * st];
      }
      order.sort((i, j) => cmp(lane[i], lane[j]) || i - j);
      for (let k = 0; k < n; k++) {
        const p = base + k * st;
        if (withValues) vd[p] = lane[order[k]] as number;
        id[p] = BigInt(order[k]);
      }
    }
  });
  return { values, indices };
}

/** 32-bit words of a fresh (zero-filled) int64 array's buffer. */
function indexWords(indices: NDArray): Int32Array {
  const d = indices.data as BigInt64Array;
  return new Int32Array(d.buffer, d.byteOffset, d.length * 2);
}

function isStrLike(a: NDArray): boolean {
  return isStrDType(a.dtype);
}

function unstableArgsortAxis(a: NDArray, axis: number, withValues: boolean): { values: NDArray; indices: NDArray } {
  const n = a.shape[axis];
  const values = allocate(a.shape, a.dtype);
  const indices = allocate(a.shape, 'int64');
  const vd = values.data as unknown as Num;
  const src = a.data as unknown as Num;
  // int64 results written as (low word, 0) pairs: indices are small and non-negative, and this
  // skips a BigInt per element (the engine's typed arrays are little-endian, as the host)
  const id = indexWords(indices);
  const st = a.strides[axis];
  const outSt = values.strides[axis];
  const restShape = a.shape.filter((_, k) => k !== axis);
  const restStr = a.strides.filter((_, k) => k !== axis);
  const outRest = values.strides.filter((_, k) => k !== axis);
  const keys = new Float64Array(n);
  const arg = new Int32Array(n);
  forEachRow(restShape, [restStr, outRest], [a.offset, 0], (offs, len, inner) => {
    let base = offs[0];
    let out = offs[1];
    for (let r = 0; r < len; r++, base += inner[0], out += inner[1]) {
      const pad = laneKeys(src, base, st, n, a.dtype, keys);
      unstableArgsortLane(keys, arg, n, pad, a.dtype);
      for (let k = 0; k < n; k++) {
        const p = out + k * outSt;
        if (withValues) vd[p] = src[base + arg[k] * st];
        id[2 * p] = arg[k];
      }
    }
  });
  return { values, indices };
}

/**
 * np.sort(a, axis=-1, kind); axis=null sorts the flattened array. Sorted values are the same for
 * every correct sort except where -0.0 and 0.0 meet: kind 'quicksort' then runs NumPy's SIMD value
 * sort (xssValueSortFloat), whose networks decide the zeros' signs; 'stable' keeps them in order.
 */
export function sort(a: NDArray, axis: number | null = -1, kind: SortKind = 'stable'): NDArray {
  if (axis === null) return sort(flat(a), 0, kind);
  const ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  if (kind === 'quicksort' && (DTYPES[a.dtype].kind === 'f' || DTYPES[a.dtype].kind === 'i' || DTYPES[a.dtype].kind === 'u' || a.dtype === 'bool')) {
    return unstableSortValues(a, ax);
  }
  // complex: NumPy's complex introsort moves values, so its permutation's gather is its result
  return argsortAxis(a, ax, true, kind === 'quicksort' && isComplexDType(a.dtype) ? 'quicksort' : 'stable').values;
}

/** NumPy's default value sort of a real dtype along `axis` (see sort). */
function unstableSortValues(a: NDArray, axis: number): NDArray {
  const n = a.shape[axis];
  const info = DTYPES[a.dtype];
  const values = allocate(a.shape, a.dtype);
  const vd = values.data as unknown as Num;
  const src = a.data as unknown as Num;
  const st = a.strides[axis];
  const outSt = values.strides[axis];
  const restShape = a.shape.filter((_, k) => k !== axis);
  const restStr = a.strides.filter((_, k) => k !== axis);
  const outRest = values.strides.filter((_, k) => k !== axis);
  const lane = info.big ? (info.kind === 'i' ? new BigInt64Array(n) : new BigUint64Array(n)) : new Float64Array(n);
  const ln = lane as unknown as Num;
  forEachRow(restShape, [restStr, outRest], [a.offset, 0], (offs, len, inner) => {
    let base = offs[0];
    let out = offs[1];
    for (let r = 0; r < len; r++, base += inner[0], out += inner[1]) {
      let negZero = false;
      let posZero = false;
      for (let k = 0; k < n; k++) {
        const v = src[base + k * st];
        ln[k] = v;
        if (v === 0) {
          if (Object.is(v, -0)) negZero = true;
          else posZero = true;
        }
      }
      // float16 always runs NumPy's routine (its quirks can leave it unsorted; see xssValueSortFloat)
      const emulate = info.kind === 'f' && (info.itemsize === 2 || (negZero && posZero));
      const sorted = emulate ? xssValueSortFloat(lane as Float64Array, n, info.itemsize) : lane.sort();
      const sd = sorted as unknown as Num;
      for (let k = 0; k < n; k++) vd[out + k * outSt] = sd[k];
    }
  });
  return values;
}

/**
 * np.argsort(a, axis=-1, kind). kind 'quicksort' is NumPy's default (unstable) order — callers
 * speaking for user code pass parseSortKind(kind, stable); the engine-internal default is
 * 'stable' because lexsort, insert and unique rely on it.
 */
export function argsort(a: NDArray, axis: number | null = -1, kind: SortKind = 'stable'): NDArray {
  if (axis === null || a.ndim === 0) return argsort(flat(a), 0, kind);
  const ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  return argsortAxis(a, ax, false, kind).indices;
}

function flat(a: NDArray): NDArray {
  const c = copy(a);
  return new NDArray(c.data, [a.size], a.dtype);
}

/**
 * NumPy's kth list for partition/argpartition: negatives wrapped, bounds checked (NumPy's
 * message shows the wrapped value), then ascending — NumPy partitions in that order.
 */
function prepareKth(kth: number | number[], n: number): number[] {
  const ks = (Array.isArray(kth) ? kth : [kth]).map((k) => {
    const w = k < 0 ? k + n : k;
    if (w < 0 || w >= n) throw valueError(`kth(=${w}) out of bounds (${n})`);
    return w;
  });
  return ks.sort((x, y) => x - y);
}

/** The permutation NumPy's introselect (or x86-simd-sort's argselect for one kth) leaves. */
function partitionAxis(a: NDArray, axis: number, kths: number[], withValues: boolean): { values: NDArray; indices: NDArray } {
  const n = a.shape[axis];
  const values = allocate(a.shape, a.dtype);
  const indices = allocate(a.shape, 'int64');
  const vd = values.data as unknown as Num;
  const src = a.data as unknown as Num;
  // int64 results written as (low word, 0) pairs: indices are small and non-negative, and this
  // skips a BigInt per element (the engine's typed arrays are little-endian, as the host)
  const id = indexWords(indices);
  const st = a.strides[axis];
  const outSt = values.strides[axis];
  const restShape = a.shape.filter((_, k) => k !== axis);
  const restStr = a.strides.filter((_, k) => k !== axis);
  const outRest = values.strides.filter((_, k) => k !== axis);
  const keys = new Float64Array(n);
  const arg = new Int32Array(n);
  const info = DTYPES[a.dtype];
  const isC = isComplexDType(a.dtype);
  const isFloat = info.kind === 'f';
  const blockOut = withValues && isFloat ? new Float64Array(n) : new Float64Array(0);
  const isHalf = isFloat && info.itemsize === 2;
  forEachRow(restShape, [restStr, outRest], [a.offset, 0], (offs, len, inner) => {
    let base = offs[0];
    let out = offs[1];
    for (let r = 0; r < len; r++, base += inner[0], out += inner[1]) {
      const pad = laneKeys(src, base, st, n, a.dtype, keys);
      for (let k = 0; k < n; k++) arg[k] = k;
      // float16's value select compares bit patterns in sign-magnitude order (halfKey)
      if (withValues && isHalf && kths.length === 1) for (let k = 0; k < n; k++) keys[k] = halfKey(keys[k]);
      let netBlock: [number, number] | null = null;
      const mixedZeros = withValues && isFloat && !isHalf && hasMixedZeros(keys, 0, n - 1);
      // (complex has no SIMD selection in NumPy: introselect with its complex order, on ranks)
      if (kths.length === 1 && withValues && info.itemsize >= 2 && !isC) netBlock = xssValueSelect(keys, arg, kths[0], n, info.itemsize, isFloat, mixedZeros ? blockOut : null);
      else if (kths.length === 1 && !withValues && info.itemsize >= 4 && !isC) xssArgselect(keys, arg, kths[0], n, pad, isFloat);
      else {
        const pivots = { p: [] as number[] };
        // (NumPy's "inexact" shortcut is typed on the storage: npy_half is an integer type)
        for (const k of kths) npyArgIntroselect(keys, arg, 0, n, k, pivots, (isFloat && info.itemsize >= 4) || isC);
      }
      for (let k = 0; k < n; k++) {
        const p = out + k * outSt;
        if (withValues) vd[p] = src[base + arg[k] * st];
        id[2 * p] = arg[k];
      }
      if (netBlock && mixedZeros) {
        // the final block went through a min/max network: zeros' signs are its output's
        for (let k = netBlock[0]; k <= netBlock[1]; k++) vd[out + k * outSt] = blockOut[k];
      }
    }
  });
  return { values, indices };
}

function hasMixedZeros(keys: Keys, lo: number, hi: number): boolean {
  let neg = false;
  let pos = false;
  for (let k = lo; k <= hi; k++) {
    const v = keys[k];
    if (v === 0) {
      if (Object.is(v, -0)) neg = true;
      else pos = true;
    }
  }
  return neg && pos;
}

/** np.argpartition(a, kth, axis=-1): NumPy's order (introselect, or argselect for one kth of a 32/64-bit dtype). */
export function argpartition(a: NDArray, kth: number | number[], axis: number | null = -1): NDArray {
  if (axis === null || a.ndim === 0) return argpartition(flat(a), kth, 0);
  const ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  const kths = prepareKth(kth, a.shape[ax]);
  // str: NumPy has no string selection; its generic fallback sorts the lane with the default sort
  if (isStrLike(a)) return unstableArgsortAxis(a, ax, false).indices;
  return partitionAxis(a, ax, kths, false).indices;
}

/**
 * np.partition(a, kth, axis=-1): NumPy's layout — introselect for several kth and for 8-bit/bool
 * dtypes, x86-simd-sort's value quickselect for one kth of a 16/32/64-bit dtype (where -0.0 and
 * 0.0 inside the finally sorted block may be ordered differently).
 */
export function partition(a: NDArray, kth: number | number[], axis: number | null = -1): NDArray {
  if (axis === null || a.ndim === 0) return partition(flat(a), kth, 0);
  const ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  const kths = prepareKth(kth, a.shape[ax]);
  if (isStrLike(a)) return unstableArgsortAxis(a, ax, true).values;
  return partitionAxis(a, ax, kths, true).values;
}

export interface UniqueResult {
  values: NDArray;
  indices?: NDArray;
  inverse?: NDArray;
  counts?: NDArray;
}

/** np.unique(a, return_index, return_inverse, return_counts) on the flattened array. */
export function unique(a: NDArray, opts: { returnIndex?: boolean; returnInverse?: boolean; returnCounts?: boolean; equalNan?: boolean } = {}): UniqueResult {
  const f = flat(a);
  const n = f.size;
  // NumPy's _unique1d: a mergesort argsort for return_index, a quicksort argsort for
  // return_inverse alone, else an in-place quicksort of the values (which one is kept of -0.0/0.0
  // follows from that choice)
  const { values: sorted, indices: order } = opts.returnIndex
    ? argsortAxis(f, 0, true)
    : opts.returnInverse
      ? argsortAxis(f, 0, true, 'quicksort')
      : { values: sort(f, 0, 'quicksort'), indices: f };
  const sd = sorted.data as unknown as Num;
  const od = order.data as unknown as { [i: number]: bigint };
  const starts: number[] = [];
  const isF = DTYPES[a.dtype].kind === 'f';
  const isC = isComplexDType(a.dtype);
  const equalNan = opts.equalNan ?? true;
  for (let k = 0; k < n; k++) {
    if (k === 0) starts.push(0);
    else {
      const x = sd[k - 1];
      const y = sd[k];
      const same = isC ? cmpComplex(x as unknown as Complex, y as unknown as Complex) === 0 && (equalNan || !isNanComplex(y as unknown as Complex))
        : x === y || (isF && equalNan && x !== x && y !== y);
      if (!same) starts.push(k);
    }
  }
  const u = starts.length;
  const values = allocate([u], a.dtype);
  const vd = values.data as unknown as Num;
  for (let j = 0; j < u; j++) vd[j] = sd[starts[j]];
  const res: UniqueResult = { values };
  if (opts.returnIndex) {
    const idx = allocate([u], 'int64');
    const d = idx.data as unknown as { [i: number]: bigint };
    for (let j = 0; j < u; j++) d[j] = od[starts[j]];
    res.indices = idx;
  }
  if (opts.returnInverse) {
    // NumPy 2.x: inverse has the input's shape (flattened only when axis is given)
    const inv = allocate(a.shape.length ? a.shape : [1], 'int64');
    const d = inv.data as unknown as { [i: number]: bigint };
    for (let j = 0; j < u; j++) {
      const end = j + 1 < u ? starts[j + 1] : n;
      for (let k = starts[j]; k < end; k++) d[Number(od[k])] = BigInt(j);
    }
    res.inverse = inv;
  }
  if (opts.returnCounts) {
    const c = allocate([u], 'int64');
    const d = c.data as unknown as { [i: number]: bigint };
    for (let j = 0; j < u; j++) d[j] = BigInt((j + 1 < u ? starts[j + 1] : n) - starts[j]);
    res.counts = c;
  }
  return res;
}

/** np.searchsorted(a, v, side='left'|'right') for a sorted 1-D `a`. */
export function searchsorted(a: NDArray, v: NDArray, side: 'left' | 'right' = 'left', sorter?: NDArray): NDArray {
  if (a.ndim !== 1) throw valueError('object too deep for desired array');
  const n = a.shape[0];
  const get = (i: number): number | bigint => {
    const j = sorter ? Number(sorter.get(i)) : i;
    return a.data[a.offset + j * a.strides[0]] as number | bigint;
  };
  const out = allocate(v.shape, 'int64');
  const od = out.data as unknown as { [i: number]: bigint };
  let p = 0;
  const mixed = DTYPES[a.dtype].big !== DTYPES[v.dtype].big;
  for (const x0 of v) {
    const x = mixed ? Number(x0) : (x0 as number | bigint);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = mixed ? Number(get(mid)) : get(mid);
      const c = cmp(m, typeof x === 'boolean' ? Number(x) : x);
      if (side === 'left' ? c < 0 : c <= 0) lo = mid + 1;
      else hi = mid;
    }
    od[p++] = BigInt(lo);
  }
  if (out.ndim === 0) out.isScalar = true;
  return out;
}
