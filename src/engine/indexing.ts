// Indexing: a[idx] and a[idx] = v for basic indices (ints, slices, None, Ellipsis — views) and
// advanced ones (integer arrays broadcast together, boolean masks, mixtures — copies), following
// NumPy's placement rule for the advanced block. The result shape and every error text come from
// src/numpy/indexing.ts; this file computes offsets and moves data. Fast paths: a full-shape
// boolean mask (`x[x > 0]`, `a[a < 0] = 0`) and a single integer array on one axis.

import { Complex } from './complex-math';
import { isStrArray, strScalar } from './strings';
import { indexResult, broadcastOperands, type IndexItem } from '../numpy';
import { DTYPES } from './dtype';
import { EngineError, unwrap, indexError } from './errors';
import { NDArray, allocate, allocateUninit, forEachRow } from './ndarray';
import { array, astype, scalarArray } from './creation';
import { assignArray, broadcastStrides } from './ufunc';
import { mayShareMemory } from './wasm/heap';
import { simdCompress, simdCountBytes } from './wasm/mask';
import type { PyScalar } from './rules-adapter';

export interface Slice {
  start?: number | null;
  stop?: number | null;
  step?: number | null;
}

/**
 * One entry of an index tuple: int (JS number or bigint), a Slice, null (np.newaxis),
 * '...' (Ellipsis), an integer or boolean NDArray, or a Python bool.
 */
export type Index = number | bigint | Slice | null | '...' | NDArray | boolean;

function isSlice(x: Index): x is Slice {
  return typeof x === 'object' && x !== null && !(x instanceof NDArray);
}

/** Python's slice.indices(n): normalised start, step and length. */
export function sliceIndices(s: Slice, n: number): { start: number; step: number; len: number } {
  const step = s.step ?? 1;
  if (step === 0) throw new EngineError('ValueError', 'slice step cannot be zero');
  let start: number;
  let stop: number;
  if (step > 0) {
    start = s.start === undefined || s.start === null ? 0 : s.start < 0 ? Math.max(s.start + n, 0) : Math.min(s.start, n);
    stop = s.stop === undefined || s.stop === null ? n : s.stop < 0 ? Math.max(s.stop + n, 0) : Math.min(s.stop, n);
    return { start, step, len: stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0 };
  }
  start = s.start === undefined || s.start === null ? n - 1 : s.start < 0 ? Math.max(s.start + n, -1) : Math.min(s.start, n - 1);
  stop = s.stop === undefined || s.stop === null ? -1 : s.stop < 0 ? Math.max(s.stop + n, -1) : Math.min(s.stop, n - 1);
  return { start, step, len: start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0 };
}

function toRuleItem(x: Index): IndexItem {
  if (x === null) return { kind: 'newaxis' };
  if (x === '...') return { kind: 'ellipsis' };
  if (typeof x === 'boolean') return { kind: 'bool', value: x };
  if (typeof x === 'number') return Number.isInteger(x) ? { kind: 'int', value: x } : { kind: 'invalid' };
  if (typeof x === 'bigint') return { kind: 'int', value: Number(x) };
  if (x instanceof NDArray) {
    if (x.dtype === 'bool') {
      return { kind: 'boolArray', shape: x.shape, trueCount: countBytes(x.contiguousData() as Uint8Array) };
    }
    if (DTYPES[x.dtype].kind === 'f') return { kind: 'invalid' };
    return { kind: 'intArray', shape: x.shape };
  }
  return { kind: 'slice', start: x.start ?? null, stop: x.stop ?? null, step: x.step ?? null };
}

interface Prepared {
  /** View with basic indices applied; advanced axes kept whole. */
  base: NDArray;
  /** Axis of `base` each advanced index array addresses. */
  advAxes: number[];
  /** The index arrays (int64 values), broadcast to `bshape`. */
  advArrays: NDArray[];
  /** Axis of the original array each advanced index addresses (for error messages). */
  advOrig: number[];
  bshape: number[];
  /** Whether the advanced block goes first in the result (non-adjacent advanced indices). */
  front: boolean;
  /** Position of the advanced block among base's non-advanced axes, when not in front. */
  blockPos: number;
  resultShape: number[];
  advanced: boolean;
  allInts: boolean;
}

function nonzeroOf(mask: NDArray): NDArray[] {
  const coords: number[][] = mask.shape.map(() => []);
  const idx = new Array<number>(mask.ndim).fill(0);
  for (const v of mask) {
    if (v) for (let k = 0; k < mask.ndim; k++) coords[k].push(idx[k]);
    for (let k = mask.ndim - 1; k >= 0; k--) {
      if (++idx[k] < mask.shape[k]) break;
      idx[k] = 0;
    }
  }
  return coords.map((c) => {
    const out = allocate([c.length], 'int64');
    const d = out.data as BigInt64Array;
    for (let i = 0; i < c.length; i++) d[i] = BigInt(c[i]);
    return out;
  });
}

function prepare(a: NDArray, items0: readonly Index[]): Prepared {
  const items = items0;
  // NumPy rejects a float index array with its own text before it looks at the whole index
  for (const it of items) {
    if (it instanceof NDArray && it.dtype !== 'bool' && DTYPES[it.dtype].kind !== 'i' && DTYPES[it.dtype].kind !== 'u') {
      throw indexError('arrays used as indices must be of integer (or boolean) type');
    }
  }
  const res = unwrap(indexResult(a.shape, items.map(toRuleItem)));
  const anyAdv = items.some((x) => x instanceof NDArray || typeof x === 'boolean');
  const nEll = items.filter((x) => x === '...').length;
  const consumed = items.reduce<number>((s, x) => s + (x === null || x === '...' || typeof x === 'boolean' ? 0 : x instanceof NDArray && x.dtype === 'bool' ? x.ndim : 1), 0);
  const shape: number[] = [];
  const strides: number[] = [];
  let offset = a.offset;
  let ax = 0;
  const advAxes: number[] = [];
  const advArrays: NDArray[] = [];
  const advOrig: number[] = [];
  const advOrder: number[] = []; // position in `shape` for each advanced entry, to decide adjacency
  const expanded = nEll ? items : [...items, '...' as Index];
  let allInts = true;
  for (const it of expanded) {
    if (it === '...') {
      if (nEll) allInts = false;
      const c = a.ndim - consumed;
      for (let k = 0; k < c; k++, ax++) {
        shape.push(a.shape[ax]);
        strides.push(a.strides[ax]);
      }
      if (c > 0) allInts = false;
      continue;
    }
    if (it === null) {
      shape.push(1);
      strides.push(0);
      allInts = false;
      continue;
    }
    if (typeof it === 'number' || typeof it === 'bigint') {
      const n = a.shape[ax];
      let i = Number(it);
      if (i < -n || i >= n) throw indexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
      if (i < 0) i += n;
      if (anyAdv) {
        // an int next to arrays acts as a 0-d index array
        advOrder.push(shape.length);
        advAxes.push(shape.length);
        advOrig.push(ax);
        advArrays.push(scalarArray(BigInt(i), 'int64', false));
        shape.push(n);
        strides.push(a.strides[ax]);
      } else offset += i * a.strides[ax];
      ax++;
      continue;
    }
    if (typeof it === 'boolean') {
      advOrder.push(shape.length);
      advAxes.push(shape.length);
        advOrig.push(ax);
      shape.push(1);
      strides.push(0);
      advArrays.push(it ? array([0n]) : allocate([0], 'int64'));
      allInts = false;
      continue;
    }
    if (it instanceof NDArray) {
      allInts = false;
      if (it.dtype === 'bool') {
        for (const c of nonzeroOf(it)) {
          advOrder.push(shape.length);
          advAxes.push(shape.length);
        advOrig.push(ax);
          advArrays.push(c);
          shape.push(a.shape[ax]);
          strides.push(a.strides[ax]);
          ax++;
        }
      } else {
        advOrder.push(shape.length);
        advAxes.push(shape.length);
        advOrig.push(ax);
        advArrays.push(it);
        shape.push(a.shape[ax]);
        strides.push(a.strides[ax]);
        ax++;
      }
      continue;
    }
    // slice
    const n = a.shape[ax];
    const { start, step, len } = sliceIndices(it, n);
    if (len > 0) offset += start * a.strides[ax];
    shape.push(len);
    strides.push(a.strides[ax] * step);
    allInts = false;
    ax++;
  }
  const base = new NDArray(a.data, shape, a.dtype, strides, offset, a.base ?? a);
  base.writeable = a.writeable;
  let bshape: number[] = [];
  let front = false;
  let blockPos = 0;
  if (anyAdv) {
    bshape = unwrap(broadcastOperands(advArrays.map((x) => x.shape))) as number[];
    for (let k = 1; k < advOrder.length; k++) if (advOrder[k] !== advOrder[k - 1] + 1) front = true;
    blockPos = front ? 0 : advOrder[0];
  }
  return { base, advAxes, advArrays, advOrig, bshape, front, blockPos, resultShape: res.shape as number[], advanced: anyAdv, allInts };
}

/** Flat int offsets (into base.data) of every advanced-index combination, in C order of bshape. */
function advancedOffsets(p: Prepared): Float64Array {
  const { base, advAxes, advArrays, bshape } = p;
  const n = bshape.reduce((x, y) => x * y, 1);
  const offs = new Float64Array(n).fill(0);
  advArrays.forEach((arr, j) => {
    const axis = advAxes[j];
    const size = base.shape[axis];
    const stride = base.strides[axis];
    const st = broadcastStrides(arr, bshape);
    let q = 0;
    const d = arr.data as unknown as { [i: number]: number | bigint };
    forEachRow(bshape, [st], [arr.offset], (o, len, inner) => {
      let i = o[0];
      for (let k = 0; k < len; k++, i += inner[0]) {
        let v = Number(d[i]);
        if (v < -size || v >= size) throw indexError(`index ${String(d[i])} is out of bounds for axis ${p.advOrig[j]} with size ${size}`);
        if (v < 0) v += size;
        offs[q++] += v * stride;
      }
    });
  });
  return offs;
}

/** The sub-array (basic dims only) of base at one advanced combination, and its out placement. */
function basicDims(p: Prepared): { shape: number[]; strides: number[]; before: number } {
  const shape: number[] = [];
  const strides: number[] = [];
  let before = 0;
  for (let k = 0; k < p.base.ndim; k++) {
    if (p.advAxes.includes(k)) continue;
    if (!p.front && k < p.blockPos) before++;
    shape.push(p.base.shape[k]);
    strides.push(p.base.strides[k]);
  }
  return { shape, strides, before: p.front ? 0 : before };
}

/** a[items]: a view for basic indexing, a copy for advanced indexing. */
export function getitem(a: NDArray, items: readonly Index[]): NDArray {
  // fast path: one boolean mask covering the whole array
  if (items.length === 1 && items[0] instanceof NDArray && items[0].dtype === 'bool' && sameShape(items[0].shape, a.shape)) {
    unwrap(indexResult(a.shape, [toRuleItem(items[0])]));
    return maskGather(a, items[0]);
  }
  const p = prepare(a, items);
  if (!p.advanced) {
    const v = p.base;
    if (p.allInts && v.ndim === 0) {
      // a str element comes out as np.str_, whose dtype is as wide as its own text
      if (isStrArray(v)) return strScalar(v.get(0) as unknown as string, v.dtype);
      v.isScalar = true;
    }
    return v;
  }
  const out = allocate(p.resultShape, a.dtype);
  const offs = advancedOffsets(p);
  const bd = basicDims(p);
  const od = out.data as unknown as { [i: number]: unknown };
  const sd = p.base.data as unknown as { [i: number]: unknown };
  if (bd.shape.length === 0) {
    const base = p.base.offset;
    for (let i = 0; i < offs.length; i++) od[i] = sd[base + offs[i]];
    return out;
  }
  // out dims: [before..., B..., after...]; iterate B, copy basic sub-arrays
  const nb = p.bshape.length;
  const outBasicStrides = [...out.strides.slice(0, bd.before), ...out.strides.slice(bd.before + nb)];
  const bStrides = out.strides.slice(bd.before, bd.before + nb);
  const bIdx = new Array<number>(nb).fill(0);
  for (let i = 0; i < offs.length; i++) {
    let oo = 0;
    for (let k = 0; k < nb; k++) oo += bIdx[k] * bStrides[k];
    const src = new NDArray(p.base.data, bd.shape, a.dtype, bd.strides, p.base.offset + offs[i]);
    const dst = new NDArray(out.data, bd.shape, a.dtype, outBasicStrides, oo);
    assignArray(dst, src);
    for (let k = nb - 1; k >= 0; k--) {
      if (++bIdx[k] < p.bshape[k]) break;
      bIdx[k] = 0;
    }
  }
  return out;
}

/** True count of a bool mask's bytes (the WebAssembly kernel for heap masks). */
function countBytes(md: Uint8Array): number {
  const c = simdCountBytes(md);
  if (c >= 0) return c;
  let count = 0;
  for (let i = 0; i < md.length; i++) count += md[i];
  return count;
}

function sameShape(x: readonly number[], y: readonly number[]): boolean {
  return x.length === y.length && x.every((d, k) => d === y[k]);
}

function maskGather(a: NDArray, mask: NDArray): NDArray {
  const md = mask.contiguousData() as Uint8Array;
  const count = countBytes(md);
  const out = allocateUninit([count], a.dtype);
  // contiguous heap arrays: a branch-free WebAssembly compress (any numeric dtype, raw bits)
  if (a.isCContiguous && !Array.isArray(a.data) && simdCompress(a.data, a.offset, md, out.data, count)) return out;
  if (a.dtype === 'float64' && a.isCContiguous) {
    gatherF64(a.data as Float64Array, a.offset, md, out.data as Float64Array);
    return out;
  }
  const od = out.data as unknown as { [i: number]: unknown };
  const sd = a.data as unknown as { [i: number]: unknown };
  if (a.isCContiguous) {
    const off = a.offset;
    let q = 0;
    for (let i = 0; i < md.length; i++) if (md[i]) od[q++] = sd[off + i];
    return out;
  }
  const slots = a.slots();
  let q = 0;
  for (let i = 0; i < md.length; i++) if (md[i]) od[q++] = sd[slots[i]];
  return out;
}

/** a[items] = value, with NumPy's broadcasting of the value and casting to a's dtype. */
export function setitem(a: NDArray, items: readonly Index[], value: NDArray | PyScalar): void {
  if (!a.writeable) throw new EngineError('ValueError', 'assignment destination is read-only');
  const v0 = value instanceof NDArray ? value : valueArray(value, a);
  if (items.length === 1 && items[0] instanceof NDArray && items[0].dtype === 'bool' && sameShape(items[0].shape, a.shape) && v0.size === 1) {
    unwrap(indexResult(a.shape, [toRuleItem(items[0])]));
    const md = items[0].contiguousData() as Uint8Array;
    const vv = (v0.dtype === a.dtype ? v0 : astype(v0, a.dtype)).get(0);
    const slot = typeof vv === 'boolean' ? (vv ? 1 : 0) : vv;
    const d = a.data as unknown as { [i: number]: unknown };
    if (a.isCContiguous) {
      for (let i = 0; i < md.length; i++) if (md[i]) d[a.offset + i] = slot;
    } else {
      const slots = a.slots();
      for (let i = 0; i < md.length; i++) if (md[i]) d[slots[i]] = slot;
    }
    return;
  }
  const p = prepare(a, items);
  let v = v0.dtype === a.dtype ? v0 : astype(v0, a.dtype);
  // NumPy drops leading 1-dims of the value that the target lacks
  while (v.ndim > p.resultShape.length && v.shape[0] === 1) v = new NDArray(v.data, v.shape.slice(1), v.dtype, v.strides.slice(1), v.offset, v);
  const target = p.resultShape;
  const fits = v.ndim <= target.length && v.shape.every((d, k) => d === 1 || d === target[target.length - v.ndim + k]);
  if (!fits) {
    if (target.length === 0 && p.allInts) throw new EngineError('ValueError', 'setting an array element with a sequence.');
    if (p.advanced) {
      throw new EngineError('ValueError', `shape mismatch: value array of shape ${shp(v0.shape)} could not be broadcast to indexing result of shape ${shp(target)}`);
    }
    throw new EngineError('ValueError', `could not broadcast input array from shape ${shp(v0.shape)} into shape ${shp(target)}`);
  }
  if (!p.advanced) {
    assignArray(p.base, v);
    return;
  }
  if (mayShareMemory(v.data, a.data)) v = astype(v, v.dtype);
  const offs = advancedOffsets(p);
  const bd = basicDims(p);
  const nb = p.bshape.length;
  const vst = broadcastStrides(v, target);
  const vBasic = [...vst.slice(0, bd.before), ...vst.slice(bd.before + nb)];
  const vB = vst.slice(bd.before, bd.before + nb);
  const bIdx = new Array<number>(nb).fill(0);
  const dd = a.data as unknown as { [i: number]: unknown };
  const vd = v.data as unknown as { [i: number]: unknown };
  for (let i = 0; i < offs.length; i++) {
    let vo = v.offset;
    for (let k = 0; k < nb; k++) vo += bIdx[k] * vB[k];
    if (bd.shape.length === 0) dd[p.base.offset + offs[i]] = vd[vo];
    else {
      const dst = new NDArray(p.base.data, bd.shape, a.dtype, bd.strides, p.base.offset + offs[i]);
      assignArray(dst, new NDArray(v.data, bd.shape, v.dtype, vBasic, vo));
    }
    for (let k = nb - 1; k >= 0; k--) {
      if (++bIdx[k] < p.bshape[k]) break;
      bIdx[k] = 0;
    }
  }
}

function shp(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(',')})`;
}

/** A Python scalar assigned into an array of a's dtype (NumPy's setitem conversion rules). */
function valueArray(v: PyScalar, a: NDArray): NDArray {
  const info = DTYPES[a.dtype];
  if (v instanceof Complex && info.kind !== 'c' && info.kind !== 'b') {
    throw new EngineError('TypeError', info.kind === 'f'
      ? "float() argument must be a string or a real number, not 'complex'"
      : "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
  }
  if (typeof v === 'bigint' && (info.kind === 'i' || info.kind === 'u') && (v < info.min || v > info.max)) {
    throw new EngineError('OverflowError', `Python integer ${v} out of bounds for ${a.dtype}`);
  }
  if (typeof v === 'number' && (info.kind === 'i' || info.kind === 'u')) {
    if (Number.isNaN(v)) throw new EngineError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw new EngineError('OverflowError', 'cannot convert float infinity to integer');
    // NumPy converts a Python float with int() first, then range-checks it like a Python int
    const t = BigInt(Math.trunc(v));
    if (t < info.min || t > info.max) throw new EngineError('OverflowError', `Python integer ${t} out of bounds for ${a.dtype}`);
  }
  return scalarArray(v, a.dtype, false);
}

/** np.take(a, indices, axis=None). */
export function take(a: NDArray, indices: NDArray, axis: number | null = null): NDArray {
  if (axis === null) {
    const flat = new NDArray(a.contiguousData(), [a.size], a.dtype);
    return getitem(flat, [indices]);
  }
  const ax = axis < 0 ? axis + a.ndim : axis;
  const items: Index[] = [];
  for (let k = 0; k < ax; k++) items.push({});
  items.push(indices);
  return getitem(a, items);
}

/** np.nonzero(a): one int64 index array per dimension. */
export function nonzero(a: NDArray): NDArray[] {
  if (a.ndim === 0) {
    const extra = a.dtype === 'bool' ? ' If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.' : '';
    throw new EngineError('ValueError', `Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.${extra}`);
  }
  const m = a.dtype === 'bool' ? a : astype(a, 'bool');
  return nonzeroOf(m);
}

/** np.argwhere(a): (N, ndim) int64. */
export function argwhere(a: NDArray): NDArray {
  const nz = nonzero(a);
  const n = nz.length ? nz[0].size : 0;
  const out = allocate([n, a.ndim], 'int64');
  const d = out.data as BigInt64Array;
  nz.forEach((c, k) => {
    const cd = c.data as BigInt64Array;
    for (let i = 0; i < n; i++) d[i * a.ndim + k] = cd[i];
  });
  return out;
}

/** Monomorphic float64 boolean-mask gather (the common x[x > 0] case). */
function gatherF64(src: Float64Array, off: number, mask: Uint8Array, out: Float64Array): void {
  let q = 0;
  const n = mask.length;
  for (let i = 0; i < n; i++) if (mask[i] !== 0) out[q++] = src[off + i];
}
