// Reductions (sum prod mean std var max min argmax argmin all any ptp median, the nan* forms,
// count_nonzero, average) and cumulative ops (cumsum cumprod, nancumsum nancumprod), with
// axis (int/tuple/None/negative), keepdims, dtype= and ddof. Shapes, dtypes and errors come from
// src/numpy/reduce.ts.
//
// Bit-exactness: NumPy's reduction walks the input in memory order (axes sorted by |stride|,
// neighbours coalesced; negative strides are NOT flipped: reductions iterate with
// NPY_ITER_DONT_NEGATE_STRIDES, so x[::-1].sum() adds in the view's order). When the innermost walked axis is reduced,
// each row goes through pairwise summation (float add; blocks of 128 with 8 accumulators,
// `loops_utils.h.src`) and is added to the running output; when the innermost axis is kept,
// outputs accumulate element by element. When the input must be cast to the accumulator dtype
// (e.g. ints summed as float64), NumPy casts through 8192-element buffers, so each row is
// pairwise-summed in chunks of 8192 — reproduced here.

import { compareCodePoints, isStrArray, strNonEmpty, strWhere } from './strings';
import { moveaxis } from './shape';
import { reduction, reductionAxes, normalizeAxisIndex, normalizeAxisTuple } from '../numpy/reduce';
import type { ReductionName } from '../numpy/ufuncs';
import { DTYPES, type DType, type TypedArray, isHalf, roundToHalf, strWidth } from './dtype';
import { EngineError, unwrap, valueError } from './errors';
import { NDArray, allocate, cStrides, forEachRow, shapeSize } from './ndarray';
import { astype, copy, copyK, scalarArray } from './creation';
import { promoteAll, type PyScalar } from './rules-adapter';
import { toSlot, isComplexDType } from './dtype';
import { Complex, complexAbsSquared, complexAccumulate, complexBeats, complexHasNan, complexReduceRow } from './complex';
import { ufunc1, ufunc2, engineDType, assignArray, type Operand } from './ufunc';
import { argsortAxis } from './sort';
import { heapFree, isHeapArray } from './wasm/heap';
import { simdIntKernels, simdKernels, type FloatKernels } from './wasm/simd';
import { simdWhereLoop, type WhereLoop } from './wasm/mask';

export type Axis = number | readonly number[] | null | undefined;

export interface ReduceOptions {
  axis?: Axis;
  keepdims?: boolean;
  dtype?: DType;
  out?: NDArray;
  /** Delta degrees of freedom (std/var). */
  ddof?: number;
  /** initial= (sum, prod, max, min and their nan forms): the starting value of every output. */
  initial?: PyScalar;
  /** where= (a bool mask broadcast against the input): only its True elements are reduced. */
  where?: NDArray;
}

type Num = TypedArray & { [i: number]: number };
type Big = TypedArray & { [i: number]: bigint };

const BUFSIZE = 8192;

// ---------------------------------------------------------------- pairwise summation

/** NumPy's pairwise_sum for float64 (`n` elements from slot `i` with stride `s`). */
export function pairwiseSum(d: Num, i: number, n: number, s: number): number {
  if (n < 8) {
    let res = 0;
    for (let k = 0; k < n; k++) res += d[i + k * s];
    return res;
  }
  if (n <= 128) {
    let r0 = d[i], r1 = d[i + s], r2 = d[i + 2 * s], r3 = d[i + 3 * s];
    let r4 = d[i + 4 * s], r5 = d[i + 5 * s], r6 = d[i + 6 * s], r7 = d[i + 7 * s];
    const m = n - (n % 8);
    let k = 8;
    if (s === 1) {
      for (; k < m; k += 8) {
        const p = i + k;
        r0 += d[p]; r1 += d[p + 1]; r2 += d[p + 2]; r3 += d[p + 3];
        r4 += d[p + 4]; r5 += d[p + 5]; r6 += d[p + 6]; r7 += d[p + 7];
      }
    } else {
      for (; k < m; k += 8) {
        const p = i + k * s;
        r0 += d[p]; r1 += d[p + s]; r2 += d[p + 2 * s]; r3 += d[p + 3 * s];
        r4 += d[p + 4 * s]; r5 += d[p + 5 * s]; r6 += d[p + 6 * s]; r7 += d[p + 7 * s];
      }
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; k < n; k++) res += d[i + k * s];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(d, i, n2, s) + pairwiseSum(d, i + n2 * s, n - n2, s);
}

/** The same algorithm with float32 rounding after every operation. */
export function pairwiseSum32(d: Num, i: number, n: number, s: number): number {
  const f = Math.fround;
  if (n < 8) {
    let res = 0;
    for (let k = 0; k < n; k++) res = f(res + d[i + k * s]);
    return res;
  }
  if (n <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => d[i + j * s]);
    const m = n - (n % 8);
    let k = 8;
    for (; k < m; k += 8) for (let j = 0; j < 8; j++) r[j] = f(r[j] + d[i + (k + j) * s]);
    let res = f(f(f(r[0] + r[1]) + f(r[2] + r[3])) + f(f(r[4] + r[5]) + f(r[6] + r[7])));
    for (; k < n; k++) res = f(res + d[i + k * s]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return f(pairwiseSum32(d, i, n2, s) + pairwiseSum32(d, i + n2 * s, n - n2, s));
}

// ---------------------------------------------------------------- iteration plan

interface PlanDim {
  n: number;
  is: number;
  os: number;
}

/**
 * Memory-order walk of `a` with the output strides of a reduction over `axes` (output is a fresh
 * C-contiguous array of the kept dims). Returns dims outer -> inner plus start offsets.
 */
function plan(a: NDArray, axes: readonly number[]): { dims: PlanDim[]; inOff: number; outOff: number } {
  const reduced = new Set(axes);
  const kept: number[] = [];
  for (let k = 0; k < a.ndim; k++) if (!reduced.has(k)) kept.push(k);
  const outStr = cStrides(kept.map((k) => a.shape[k]));
  let inOff = a.offset;
  let outOff = 0;
  let dims: PlanDim[] = [];
  for (let k = 0; k < a.ndim; k++) {
    const n = a.shape[k];
    if (n === 1) continue;
    const is = a.strides[k];
    const os = reduced.has(k) ? 0 : outStr[kept.indexOf(k)];
    dims.push({ n, is, os });
  }
  // stable sort: larger |input stride| outside
  dims = dims.map((d, idx) => ({ d, idx })).sort((x, y) => Math.abs(y.d.is) - Math.abs(x.d.is) || x.idx - y.idx).map((x) => x.d);
  const merged: PlanDim[] = [];
  for (const d of dims) {
    const last = merged[merged.length - 1];
    if (last && last.is === d.is * d.n && last.os === d.os * d.n) {
      last.n *= d.n;
      last.is = d.is;
      last.os = d.os;
    } else merged.push({ ...d });
  }
  return { dims: merged, inOff, outOff };
}

/** Calls `row(inOff, outOff, n, is, os)` for each innermost row of the plan. */
function walk(p: ReturnType<typeof plan>, row: (i: number, o: number, n: number, is: number, os: number) => void): void {
  const { dims } = p;
  if (dims.length === 0) {
    row(p.inOff, p.outOff, 1, 0, 0);
    return;
  }
  const nd = dims.length;
  const inner = dims[nd - 1];
  const idx = new Array<number>(nd).fill(0);
  let i = p.inOff;
  let o = p.outOff;
  for (;;) {
    row(i, o, inner.n, inner.is, inner.os);
    let k = nd - 2;
    for (; k >= 0; k--) {
      idx[k]++;
      i += dims[k].is;
      o += dims[k].os;
      if (idx[k] < dims[k].n) break;
      i -= dims[k].is * dims[k].n;
      o -= dims[k].os * dims[k].n;
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

/** Casts keeping the memory layout order (NumPy's order='K'), so `plan` walks the same order. */
function astypeK(a: NDArray, dt: DType): NDArray {
  if (a.dtype === dt) return a;
  // flip negative-stride axes so the copy is made in memory order, then flip the result back
  let off = a.offset;
  const pos = a.strides.map((st, k) => {
    if (st < 0) off += (a.shape[k] - 1) * st;
    return Math.abs(st);
  });
  const perm = [...a.shape.keys()].sort((x, y) => pos[y] - pos[x] || x - y);
  const permuted = new NDArray(a.data, perm.map((k) => a.shape[k]), a.dtype, perm.map((k) => pos[k]), off, a);
  const c = astype(permuted, dt);
  const strides = new Array<number>(a.ndim);
  perm.forEach((k, j) => (strides[k] = c.strides[j]));
  let coff = 0;
  for (let k = 0; k < a.ndim; k++) {
    if (a.strides[k] < 0) {
      coff += (a.shape[k] - 1) * strides[k];
      strides[k] = -strides[k];
    }
  }
  return new NDArray(c.data, a.shape, dt, strides, coff);
}

/** True when the input alone walks its memory with a single stride (no copy needed by NumPy). */
function inputCoalesces(p: ReturnType<typeof plan>): boolean {
  const d = p.dims;
  for (let k = 0; k + 1 < d.length; k++) if (d[k].is !== d[k + 1].is * d[k + 1].n) return false;
  return true;
}

/**
 * NumPy's buffered reduction (input cast, or input not walkable with one stride): the reduced
 * inner block is copied in chunks of floor(8192/core) whole rows (or 8192 elements of a row when
 * the row is longer) and each chunk is pairwise-summed into the output.
 */
function bufferedAdd(p: ReturnType<typeof plan>, id: Num, od: Num, f32: boolean): void {
  const dims = p.dims;
  let k = dims.length;
  while (k > 0 && dims[k - 1].os === 0) k--;
  const block = dims.slice(k);
  const outer = dims.slice(0, k);
  const core = block[block.length - 1].n;
  const blockSize = block.reduce((x, d) => x * d.n, 1);
  const chunk = core >= BUFSIZE ? BUFSIZE : Math.floor(BUFSIZE / core) * core;
  const buf = new Float64Array(Math.min(chunk, blockSize));
  const pw = f32 ? pairwiseSum32 : pairwiseSum;
  const round = f32 ? Math.fround : (x: number) => x;
  const idx = new Array<number>(block.length).fill(0);
  const sub = { dims: outer.length ? outer.map((d) => ({ ...d })) : [], inOff: p.inOff, outOff: p.outOff };
  // a block that is one contiguous heap run: the buffer would hold exactly id[i .. i+chunk), so
  // the SIMD pairwise kernel sums those chunks in place
  const ks = block.length === 1 && block[0].is === 1 && isHeapArray(id) && (f32 ? id instanceof Float32Array : id instanceof Float64Array) ? simdKernels() : null;
  const simdVisit = ks && ((i0: number, o: number) => {
    const sum = (f32 ? ks.f32 : ks.f64).sum;
    const size = f32 ? 4 : 8;
    let s = od[o];
    for (let c = 0; c < blockSize; c += buf.length) s = round(s + sum(id.byteOffset + (i0 + c) * size, Math.min(buf.length, blockSize - c)));
    od[o] = s;
  });
  const visit = simdVisit || ((i0: number, o: number) => {
    let s = od[o];
    idx.fill(0);
    let i = i0;
    let fill = 0;
    let rowPos = 0;
    for (let e = 0; e < blockSize; e++) {
      buf[fill++] = id[i];
      rowPos++;
      const rowDone = rowPos === core;
      if (fill === buf.length || e === blockSize - 1 || (core >= BUFSIZE && rowDone)) {
        s = round(s + pw(buf as unknown as Num, 0, fill, 1));
        fill = 0;
      }
      if (rowDone) rowPos = 0;
      // advance the block multi-index
      for (let q = block.length - 1; q >= 0; q--) {
        idx[q]++;
        i += block[q].is;
        if (idx[q] < block[q].n) break;
        i -= block[q].is * block[q].n;
        idx[q] = 0;
      }
    }
    od[o] = s;
  });
  if (outer.length === 0) {
    visit(p.inOff, p.outOff);
    return;
  }
  // walk the outer dims (their innermost row included) and visit each block
  const o2 = { dims: [...sub.dims, { n: 1, is: 0, os: 0 }], inOff: p.inOff, outOff: p.outOff };
  walk(o2, (i, o) => visit(i, o));
}

// ---------------------------------------------------------------- core reduce

type ReduceOp = 'add' | 'multiply' | 'maximum' | 'minimum' | 'fmax' | 'fmin' | 'logical_and' | 'logical_or';

const IDENTITY: Partial<Record<ReduceOp, number>> = { add: 0, multiply: 1, logical_and: 1, logical_or: 0 };

/**
 * ufunc.reduce over sorted, normalised `axes` with accumulator dtype `acc`; returns an array of
 * the kept dims (C-contiguous), no keepdims.
 */
function reduceCore(a: NDArray, axes: readonly number[], op: ReduceOp, acc: DType, initial?: PyScalar, where?: NDArray): NDArray {
  if (where) return reduceMasked(a, where, axes, op, acc, initial);
  const src = astypeK(a, acc);
  const out = reduceCast(a, src, axes, op, acc, initial);
  // the cast copy is this function's alone: its heap block goes back now, not at some later GC
  // (finalizers never run inside one synchronous job, such as a whole interpreted program)
  if (src !== a) heapFree(src.data);
  return out;
}

/** reduceCore on `src`, the input already cast to the accumulator dtype. */
function reduceCast(a: NDArray, src: NDArray, axes: readonly number[], op: ReduceOp, acc: DType, initial?: PyScalar): NDArray {
  if (isHalf(acc) && (op === 'multiply' || (op === 'add' && a.dtype !== acc))) {
    throw new EngineError('NotImplementedError', `float16 ${op === 'add' ? 'sums of other dtypes' : 'products'} are not supported by this engine yet`);
  }
  const outShape = a.shape.filter((_, k) => !axes.includes(k));
  const out = allocate(outShape, acc);
  const casted = a.dtype !== acc;
  const p = plan(src, axes);
  const od = out.data as Num;
  const id = src.data as Num;
  const big = DTYPES[acc].big;
  const ident = IDENTITY[op];
  if (isComplexDType(acc)) return complexReduce(a, src, p, axes, op, acc, out, initial, casted);
  if (initial !== undefined) {
    // initial= replaces the identity (and lets max/min reduce empty selections)
    (od as unknown as { fill(v: unknown): void }).fill(toSlot(initial, acc));
    if (shapeSize(a.shape) === 0) return out;
  } else if (shapeSize(a.shape) === 0) {
    if (ident === undefined) throw valueError(`zero-size array to reduction operation ${op} which has no identity`);
    (od as unknown as { fill(v: unknown): void }).fill(big ? BigInt(ident) : ident);
    return out;
  }
  if (initial !== undefined) {
    // filled above
  } else if (ident !== undefined) (od as unknown as { fill(v: unknown): void }).fill(big ? BigInt(ident) : ident);
  else {
    // no identity: start from the first element along the reduced axes
    const first = new NDArray(src.data, outShape, acc, src.strides.filter((_, k) => !axes.includes(k)), src.offset);
    assignArray(out, first);
  }
  const isF = DTYPES[acc].kind === 'f';
  const f32 = acc === 'float32';
  if (op === 'add' && isF && p.dims.length > 0 && p.dims[p.dims.length - 1].os === 0 && (casted || !inputCoalesces(p))) {
    if (isHalf(acc)) throw new EngineError('NotImplementedError', 'float16 sums of this memory layout are not supported by this engine yet');
    bufferedAdd(p, id, od, f32);
    return out;
  }
  if (op === 'add' && isF) {
    if (!isHalf(acc) && columnSumSimd(p, id, od, f32)) return out;
    const rows = collectRows(p);
    // float16 (HALF_add): float32 pairwise sums of each row, rounded to half at the end of each
    // inner loop; elementwise accumulation rounds to half at every step
    if (isHalf(acc)) addRowsF32(id as unknown as Float32Array, od as unknown as Float32Array, rows, false, roundToHalf);
    else if (f32) addRowsF32(id as unknown as Float32Array, od as unknown as Float32Array, rows, casted);
    else addRowsF64(id as unknown as Float64Array, od as unknown as Float64Array, rows, casted);
    return out;
  }
  if (op === 'add' && big && intSumSimd(p, id as unknown as Big, od as unknown as Big)) return out;
  if ((op === 'maximum' || op === 'minimum') && (acc === 'float64' || acc === 'float32')) {
    maxMinFloat(p, id, od, op === 'maximum', f32 ? 16 : 8, initial === undefined, out.size);
    return out;
  }
  const f0 = SCALAR_OPS[op](big, isF);
  const f = f32 ? (x: number, y: number) => Math.fround(f0(x, y)) : f0;
  walk(p, (i, o, n, is, os) => {
    if (os === 0) {
      let s = od[o];
      for (let k = 0; k < n; k++, i += is) s = f(s, id[i]);
      od[o] = s;
    } else {
      for (let k = 0; k < n; k++, i += is, o += os) od[o] = f(od[o], id[i]);
    }
  });
  return out;
}

/** reduceCast for a complex accumulator (complex.ts owns the row loops). */
function complexReduce(a: NDArray, src: NDArray, p: ReturnType<typeof plan>, axes: readonly number[], op: ReduceOp, acc: DType, out: NDArray, initial: PyScalar | undefined, casted: boolean): NDArray {
  const od = out.data as unknown as unknown[];
  const ident = IDENTITY[op];
  if (initial !== undefined) od.fill(toSlot(initial, acc));
  else if (ident !== undefined) od.fill(toSlot(ident, acc));
  if (shapeSize(a.shape) === 0) {
    if (initial === undefined && ident === undefined) throw valueError(`zero-size array to reduction operation ${op} which has no identity`);
    return out;
  }
  if (initial === undefined && ident === undefined) {
    // no identity (max/min): start from the first element along the reduced axes
    assignArray(out, new NDArray(src.data, out.shape, acc, src.strides.filter((_, k) => !axes.includes(k)), src.offset));
  }
  walk(p, (i, o, n, is, os) => complexReduceRow(op, acc, src.data, od, i, o, n, is, os, casted));
  return out;
}

// ---------------------------------------------------------------- float max/min (which zero wins)
// Equal values differ only in the sign of zero (max(-0.0, 0.0)), so NumPy's result depends on
// its loop structure (loops_minmax.dispatch.c.src, AVX-512 build): x86 maxpd/minpd give the second
// operand on a tie; a contiguous reduced row runs simd_reduce_c (8 vectors of L lanes per step,
// then single vectors, a horizontal reduction in GCC's _mm512_reduce_max_pd order, a scalar
// tail); a strided row runs an 8-accumulator scalar unroll; kept rows combine element by element.
// With no initial=, the first element along the reduced axes is the start value and is skipped.
// (fmax/fmin, i.e. nanmax/nanmin, keep the plain loop: libm fmax's tie rule there differs by
// call site in NumPy's build, so which zero they return is not modelled.)

type Pick = (a: number, b: number) => number;
/** maxpd/minpd lane semantics: a NaN first operand is kept; otherwise a tie or a NaN second operand gives the second. */
const pickMax: Pick = (a, b) => (a !== a ? a : a > b ? a : b);
const pickMin: Pick = (a, b) => (a !== a ? a : a < b ? a : b);

/** NumPy's simd_reduce_c: reduces d[i .. i+n) into r0 with L-lane vector accumulators. */
function simdReduceMinMax(d: Num, i: number, n: number, r0: number, isMax: boolean, L: number): number {
  if (n < 1) return r0;
  const pick = isMax ? pickMax : pickMin;
  const acc = new Float64Array(L).fill(r0);
  const W = 8 * L;
  let k = 0;
  // comparisons written out (not through `pick`) in the two hot loops; same semantics
  for (; n - k >= W; k += W) {
    for (let j = 0; j < L; j++) {
      const b = i + k + j;
      let x = d[b], y = d[b + L];
      const r01 = x !== x || (isMax ? x > y : x < y) ? x : y;
      x = d[b + 2 * L]; y = d[b + 3 * L];
      const r23 = x !== x || (isMax ? x > y : x < y) ? x : y;
      x = d[b + 4 * L]; y = d[b + 5 * L];
      const r45 = x !== x || (isMax ? x > y : x < y) ? x : y;
      x = d[b + 6 * L]; y = d[b + 7 * L];
      const r67 = x !== x || (isMax ? x > y : x < y) ? x : y;
      acc[j] = pick(acc[j], pick(pick(r01, r23), pick(r45, r67)));
    }
  }
  for (; n - k >= L; k += L) {
    for (let j = 0; j < L; j++) {
      const x = acc[j], y = d[i + k + j];
      acc[j] = x !== x || (isMax ? x > y : x < y) ? x : y;
    }
  }
  let r = horizontalMinMax(acc, pick, L);
  for (; k < n; k++) r = pick(r, d[i + k]);
  return r;
}

/** _mm512_reduce_max_pd / _ps order: halves (upper, lower) down to 2 (float64) or 4 (float32) lanes, then lane shuffles. */
function horizontalMinMax(acc: Float64Array, pick: Pick, L: number): number {
  for (let j = 0; j < L; j++) if (acc[j] !== acc[j]) return acc[j];
  const h = L / 2;
  const t: number[] = [];
  for (let j = 0; j < h; j++) t.push(pick(acc[h + j], acc[j]));
  const q = h / 2;
  const u: number[] = [];
  for (let j = 0; j < q; j++) u.push(pick(t[q + j], t[j]));
  if (q === 2) return pick(u[0], u[1]);
  const v = [0, 1, 2, 3].map((j) => pick(u[j], u[j ^ 2]));
  return pick(v[0], v[1]);
}

/** The scalar 8-accumulator unroll NumPy runs on a strided reduced row. */
function unrolledMinMax(d: Num, i: number, n: number, is: number, r0: number, pick: Pick): number {
  let r = r0;
  let k = 0;
  if (n >= 8) {
    const m = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => d[i + j * is]);
    for (k = 8; k + 8 <= n; k += 8) for (let j = 0; j < 8; j++) m[j] = pick(m[j], d[i + (k + j) * is]);
    const m01 = pick(m[0], m[1]), m23 = pick(m[2], m[3]), m45 = pick(m[4], m[5]), m67 = pick(m[6], m[7]);
    r = pick(r, pick(pick(m01, m23), pick(m45, m67)));
  }
  for (; k < n; k++) r = pick(r, d[i + k * is]);
  return r;
}

function maxMinFloat(p: ReturnType<typeof plan>, id: Num, od: Num, isMax: boolean, L: number, skipFirst: boolean, outSize: number): void {
  const pick = isMax ? pickMax : pickMin;
  const dims = p.dims;
  if (dims.length > 0 && dims[dims.length - 1].os === 0 && !inputCoalesces(p)) {
    // buffered: each output's reduced block copied in chunks, each chunk a contiguous row
    let k = dims.length;
    while (k > 0 && dims[k - 1].os === 0) k--;
    const block = dims.slice(k);
    const core = block[block.length - 1].n;
    const blockSize = block.reduce((x, d) => x * d.n, 1);
    const chunk = core >= BUFSIZE ? BUFSIZE : Math.floor(BUFSIZE / core) * core;
    const limit = core >= BUFSIZE ? core : blockSize;
    const vals = new Float64Array(blockSize) as unknown as Num;
    const outer = { dims: [...dims.slice(0, k), { n: 1, is: 0, os: 0 }], inOff: p.inOff, outOff: p.outOff };
    walk(outer, (i0, o) => {
      let e = 0;
      walk({ dims: block, inOff: i0, outOff: 0 }, (i, _o, n, is) => { for (let q = 0; q < n; q++, i += is) vals[e++] = id[i]; });
      let r = od[o];
      let first = skipFirst;
      for (let start = 0; start < blockSize; start += limit) {
        const end = Math.min(blockSize, start + limit);
        for (let c = start; c < end; c += chunk) {
          const c0 = first ? c + 1 : c;
          first = false;
          r = simdReduceMinMax(vals, c0, Math.min(end, c + chunk) - c0, r, isMax, L);
        }
      }
      od[o] = r;
    });
    return;
  }
  const seen = skipFirst ? new Uint8Array(outSize) : null;
  walk(p, (i, o, n, is, os) => {
    if (os === 0) {
      if (seen && !seen[o]) { seen[o] = 1; i += is; n--; }
      od[o] = is === 1 ? simdReduceMinMax(id, i, n, od[o], isMax, L) : unrolledMinMax(id, i, n, is, od[o], pick);
    } else {
      // kept rows: out = op(out, x) element by element; the start element meeting itself is a no-op
      if (isMax) keptRowMax(od, o, os, id, i, is, n);
      else keptRowMin(od, o, os, id, i, is, n);
    }
  });
}

function keptRowMax(od: Num, o: number, os: number, id: Num, i: number, is: number, n: number): void {
  for (let k = 0; k < n; k++, i += is, o += os) {
    const x = od[o], y = id[i];
    od[o] = x !== x || x > y ? x : y;
  }
}
function keptRowMin(od: Num, o: number, os: number, id: Num, i: number, is: number, n: number): void {
  for (let k = 0; k < n; k++, i += is, o += os) {
    const x = od[o], y = id[i];
    od[o] = x !== x || x < y ? x : y;
  }
}

// ---------------------------------------------------------------- where= (masked reductions)

/** The where= mask as a bool view broadcast to a's shape, with NumPy's errors. */
function maskFor(a: NDArray, where: NDArray): NDArray {
  if (where.ndim > a.ndim) throw valueError('input operand has more dimensions than allowed by the axis remapping');
  const off = a.ndim - where.ndim;
  for (let k = 0; k < where.ndim; k++) {
    const d = where.shape[k];
    if (d !== 1 && d !== a.shape[off + k]) {
      const fmt = (sh: readonly number[]) => `(${sh.join(',')}${sh.length === 1 ? ',' : ''})`;
      throw valueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${fmt(a.shape)} ${fmt(where.shape)} `);
    }
  }
  const m = where.dtype === 'bool' ? where : ufunc2('not_equal', where, DTYPES[where.dtype].big ? 0n : 0);
  const strides = a.shape.map((d, k) => (k < off || m.shape[k - off] === 1 ? 0 : m.strides[k - off]));
  return new NDArray(m.data, a.shape, 'bool', strides, m.offset);
}

/**
 * ufunc.reduce with where=: NumPy's masked inner loop calls the plain loop on each run of
 * consecutive True elements, so a float sum adds the pairwise sum of every run to the output in
 * turn (runs split at the 8192-element buffer chunks when the input is cast or buffered).
 */
function reduceMasked(a: NDArray, where: NDArray, axes: readonly number[], op: ReduceOp, acc: DType, initial?: PyScalar): NDArray {
  const mask = maskFor(a, where);
  const ident = IDENTITY[op];
  if (initial === undefined && ident === undefined) {
    throw valueError(`reduction operation '${op}' does not have an identity, so to use a where mask one has to specify 'initial'`);
  }
  if (isHalf(acc)) throw new EngineError('NotImplementedError', 'float16 reductions with where= are not supported by this engine yet');
  const src = astypeK(a, acc);
  const outShape = a.shape.filter((_, k) => !axes.includes(k));
  const out = allocate(outShape, acc);
  const big = DTYPES[acc].big;
  (out.data as unknown as { fill(v: unknown): void }).fill(initial !== undefined ? toSlot(initial, acc) : big ? BigInt(ident!) : ident);
  if (shapeSize(a.shape) === 0) return out;
  // the plan of the input, with the mask's strides carried along each planned dim
  const reduced = new Set(axes);
  const kept = a.shape.map((_, k) => k).filter((k) => !reduced.has(k));
  const outStr = cStrides(kept.map((k) => a.shape[k]));
  let dims = a.shape.map((n, k) => ({ n, is: src.strides[k], ms: mask.strides[k], os: reduced.has(k) ? 0 : outStr[kept.indexOf(k)], k })).filter((d) => d.n !== 1);
  dims = dims.sort((x, y) => Math.abs(y.is) - Math.abs(x.is) || x.k - y.k);
  const merged: typeof dims = [];
  for (const d of dims) {
    const last = merged[merged.length - 1];
    if (last && last.is === d.is * d.n && last.os === d.os * d.n && last.ms === d.ms * d.n) {
      last.n *= d.n; last.is = d.is; last.os = d.os; last.ms = d.ms;
    } else merged.push({ ...d });
  }
  const id = src.data as Num;
  const od = out.data as Num;
  const md = mask.data as Uint8Array;
  const isF = DTYPES[acc].kind === 'f';
  const f32 = acc === 'float32';
  const fl = f32 ? Math.fround : (x: number) => x;
  const pw = f32 ? pairwiseSum32 : pairwiseSum;
  const inputPlan = { dims: merged.map((d) => ({ n: d.n, is: d.is, os: d.os })), inOff: src.offset, outOff: 0 };
  const buffered = isF && op === 'add' && merged.length > 0 && merged[merged.length - 1].os === 0 && (a.dtype !== acc || !inputCoalesces(inputPlan));
  if (buffered) {
    // gather each output's reduced block in memory order, then sum its runs chunk by chunk
    let k = merged.length;
    while (k > 0 && merged[k - 1].os === 0) k--;
    const block = merged.slice(k);
    const core = block[block.length - 1].n;
    const chunk = core >= BUFSIZE ? BUFSIZE : Math.floor(BUFSIZE / core) * core;
    const blockSize = block.reduce((x, d) => x * d.n, 1);
    const vals = new Float64Array(blockSize);
    const bits = new Uint8Array(blockSize);
    walkMasked(merged.slice(0, k), src.offset, mask.offset, (i0, m0, o) => {
      let e = 0;
      walkMasked(block, i0, m0, (i, m) => { vals[e] = id[i]; bits[e++] = md[m]; });
      let s = od[o];
      const limit = core >= BUFSIZE ? core : blockSize;
      for (let start = 0; start < blockSize; start += limit) {
        const end = Math.min(blockSize, start + limit);
        for (let c = start; c < end; c += chunk) s = sumRuns(vals as unknown as Num, bits, c, Math.min(end, c + chunk), s, pw, fl);
      }
      od[o] = s;
    });
    return out;
  }
  const f0 = SCALAR_OPS[op](big, isF);
  const f = f32 ? (x: number, y: number) => Math.fround(f0(x, y)) : f0;
  const rowPlan = merged.slice(0, -1);
  const inner = merged[merged.length - 1] ?? { n: 1, is: 0, ms: 0, os: 0 };
  walkMasked(rowPlan, src.offset, mask.offset, (i, m, o) => {
    const { n, is, ms, os } = inner;
    if (os === 0 && isF && op === 'add') {
      // runs of True elements, each pairwise-summed into the output
      let s = od[o];
      let k = 0;
      while (k < n) {
        while (k < n && !md[m + k * ms]) k++;
        const r0 = k;
        while (k < n && md[m + k * ms]) k++;
        if (k > r0) s = fl(s + pw(id, i + r0 * is, k - r0, is));
      }
      od[o] = s;
    } else {
      for (let j = 0; j < n; j++, i += is, m += ms, o += os) if (md[m]) od[o] = f(od[o], id[i]);
    }
  });
  return out;
}

/** Adds the pairwise sum of each run of set bits in [from, to) to `s`, in order. */
function sumRuns(vals: Num, bits: Uint8Array, from: number, to: number, s: number, pw: (d: Num, i: number, n: number, st: number) => number, fl: (x: number) => number): number {
  let k = from;
  while (k < to) {
    while (k < to && !bits[k]) k++;
    const r0 = k;
    while (k < to && bits[k]) k++;
    if (k > r0) s = fl(s + pw(vals, r0, k - r0, 1));
  }
  return s;
}

/** Visits every index of `dims` (outer to inner) with its input, mask and output offsets. */
function walkMasked(dims: readonly { n: number; is: number; ms: number; os: number }[], i0: number, m0: number, fn: (i: number, m: number, o: number) => void): void {
  const nd = dims.length;
  if (nd === 0) { fn(i0, m0, 0); return; }
  const idx = new Array<number>(nd).fill(0);
  let i = i0, m = m0, o = 0;
  for (;;) {
    fn(i, m, o);
    let k = nd - 1;
    for (; k >= 0; k--) {
      idx[k]++;
      i += dims[k].is; m += dims[k].ms; o += dims[k].os;
      if (idx[k] < dims[k].n) break;
      i -= dims[k].is * dims[k].n; m -= dims[k].ms * dims[k].n; o -= dims[k].os * dims[k].n;
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

interface Rows {
  ri: number[];
  ro: number[];
  n: number;
  is: number;
  os: number;
}

/** The innermost rows of a plan (start offsets in input and output, shared length/strides). */
function collectRows(p: ReturnType<typeof plan>): Rows {
  const rows: Rows = { ri: [], ro: [], n: 0, is: 0, os: 0 };
  walk(p, (i, o, n, is, os) => {
    rows.ri.push(i);
    rows.ro.push(o);
    rows.n = n;
    rows.is = is;
    rows.os = os;
  });
  return rows;
}

/** float64 add-reduce over rows (pairwise when the row is reduced, elementwise otherwise). */
function addRowsF64(id: Float64Array, od: Float64Array, rows: Rows, casted: boolean): void {
  const { ri, ro, n, is, os } = rows;
  const idn = id as unknown as Num;
  // contiguous rows on the WebAssembly heap: the SIMD kernels do the same additions in the same order
  const k = is === 1 && id instanceof Float64Array && isHeapArray(id) ? simdKernels()?.f64 : undefined;
  if (k && (os === 0 || (os === 1 && isHeapArray(od)))) {
    addRowsSimd(k, id, od, rows, casted, 3);
    return;
  }
  for (let r = 0; r < ri.length; r++) {
    let i = ri[r];
    let o = ro[r];
    if (os === 0) {
      let s = od[o];
      if (casted) for (let c = 0; c < n; c += BUFSIZE) s += pairwiseSum(idn, i + c * is, Math.min(BUFSIZE, n - c), is);
      else s += pairwiseSum(idn, i, n, is);
      od[o] = s;
    } else if (is === 1 && os === 1) {
      // Consecutive rows that add into the same output row (axis-0 sums of C-contiguous input)
      // go four at a time: each output element still gets its rows added one after another,
      // NumPy's order, but is loaded and stored once per four rows.
      if (r + 3 < ri.length && ro[r + 1] === o && ro[r + 2] === o && ro[r + 3] === o) {
        const i1 = ri[r + 1];
        const i2 = ri[r + 2];
        const i3 = ri[r + 3];
        for (let k = 0; k < n; k++) od[o + k] = od[o + k] + id[i + k] + id[i1 + k] + id[i2 + k] + id[i3 + k];
        r += 3;
      } else for (let k = 0; k < n; k++) od[o + k] += id[i + k];
    } else {
      for (let k = 0; k < n; k++, i += is, o += os) od[o] += id[i];
    }
  }
}

function addRowsF32(id: Float32Array, od: Float32Array, rows: Rows, casted: boolean, store?: (x: number) => number): void {
  const { ri, ro, n, is, os } = rows;
  const idn = id as unknown as Num;
  const k = !store && is === 1 && id instanceof Float32Array && isHeapArray(id) ? simdKernels()?.f32 : undefined;
  if (k && (os === 0 || (os === 1 && isHeapArray(od)))) {
    addRowsSimd(k, id, od, rows, casted, 2);
    return;
  }
  if (!store) store = (x) => x;
  for (let r = 0; r < ri.length; r++) {
    let i = ri[r];
    let o = ro[r];
    if (os === 0) {
      let s = od[o];
      if (casted) for (let c = 0; c < n; c += BUFSIZE) s = Math.fround(s + pairwiseSum32(idn, i + c * is, Math.min(BUFSIZE, n - c), is));
      else s = Math.fround(s + pairwiseSum32(idn, i, n, is));
      od[o] = store(s);
    } else {
      for (let k = 0; k < n; k++, i += is, o += os) od[o] = store(Math.fround(od[o] + id[i]));
    }
  }
}

/**
 * addRowsF64/F32 on the SIMD kernels for rows with input stride 1 (`sh`: log2 of the item size):
 * a reduced row is pairwise-summed (in 8192-element chunks when the input was cast, as NumPy's
 * buffering does) and added to its output; kept rows accumulate out[k] += row[k] row after row,
 * eight rows per pass when consecutive rows share an output row.
 */
function addRowsSimd(k: FloatKernels, id: Float64Array | Float32Array, od: Float64Array | Float32Array, rows: Rows, casted: boolean, sh: number): void {
  const { ri, ro, n, os } = rows;
  const ib = id.byteOffset;
  if (os === 0) {
    const f32 = sh === 2;
    for (let r = 0; r < ri.length; r++) {
      const i = ib + (ri[r] << sh);
      let s = od[ro[r]];
      if (casted) {
        for (let c = 0; c < n; c += BUFSIZE) s = f32 ? Math.fround(s + k.sum(i + (c << sh), Math.min(BUFSIZE, n - c))) : s + k.sum(i + (c << sh), Math.min(BUFSIZE, n - c));
      } else s = f32 ? Math.fround(s + k.sum(i, n)) : s + k.sum(i, n);
      od[ro[r]] = s;
    }
    return;
  }
  const ob = od.byteOffset;
  for (let r = 0; r < ri.length; r++) {
    const o = ob + (ro[r] << sh);
    if (r + 7 < ri.length && ro[r + 7] === ro[r] && sameOutput(ro, r, 8)) {
      k.addRows(o, ib + (ri[r] << sh), ib + (ri[r + 1] << sh), ib + (ri[r + 2] << sh), ib + (ri[r + 3] << sh),
        ib + (ri[r + 4] << sh), ib + (ri[r + 5] << sh), ib + (ri[r + 6] << sh), ib + (ri[r + 7] << sh), n);
      r += 7;
    } else k.vv.add(o, o, ib + (ri[r] << sh), n);
  }
}

/**
 * The axis-0 sum of a C-contiguous matrix (plan: R rows of stride S reduced into one kept
 * contiguous row) straight from the plan: addRowsSimd's kept-row case without listing the rows.
 */
function columnSumSimd(p: ReturnType<typeof plan>, id: Num, od: Num, f32: boolean): boolean {
  const d = p.dims;
  if (d.length !== 2 || d[0].os !== 0 || d[1].is !== 1 || d[1].os !== 1 || d[0].n < 8) return false;
  if (!(f32 ? id instanceof Float32Array : id instanceof Float64Array) || !isHeapArray(id) || !isHeapArray(od)) return false;
  const ks = simdKernels();
  if (!ks) return false;
  const k = f32 ? ks.f32 : ks.f64;
  const sh = f32 ? 2 : 3;
  const o = od.byteOffset + (p.outOff << sh);
  const rows = d[0].n, n = d[1].n;
  const step = d[0].is << sh;
  let a = id.byteOffset + (p.inOff << sh);
  let r = 0;
  for (; r + 8 <= rows; r += 8, a += 8 * step) k.addRows(o, a, a + step, a + 2 * step, a + 3 * step, a + 4 * step, a + 5 * step, a + 6 * step, a + 7 * step, n);
  for (; r < rows; r++, a += step) k.vv.add(o, o, a, n);
  return true;
}

/**
 * int64/uint64 add-reduce with the wrapping SIMD kernels: integer addition mod 2^64 gives the
 * same result in any order, so reduced rows are summed by the kernel and kept rows accumulate
 * out[k] += row[k]; rows with a stride run the BigInt loop. False when the data is not on the heap.
 */
function intSumSimd(p: ReturnType<typeof plan>, id: Big, od: Big): boolean {
  if (!isHeapArray(id)) return false;
  const k = simdIntKernels();
  if (!k) return false;
  const ib = id.byteOffset, ob = od.byteOffset;
  const odHeap = isHeapArray(od);
  walk(p, (i, o, n, is, os) => {
    if (is === 1 && os === 0) od[o] = od[o] + k.sum(ib + i * 8, n);
    else if (is === 1 && os === 1 && odHeap) k.i64.vv.add(ob + o * 8, ob + o * 8, ib + i * 8, n);
    else if (os === 0) {
      let s = od[o];
      for (let j = 0; j < n; j++, i += is) s += id[i];
      od[o] = s;
    } else for (let j = 0; j < n; j++, i += is, o += os) od[o] = od[o] + id[i];
  });
  return true;
}

function sameOutput(ro: number[], r: number, count: number): boolean {
  for (let j = 1; j < count; j++) if (ro[r + j] !== ro[r]) return false;
  return true;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn2 = (x: any, y: any) => any;
const SCALAR_OPS: Record<ReduceOp, (big: boolean, isF: boolean) => Fn2> = {
  add: () => (x, y) => x + y,
  multiply: (big) => (big ? (x: bigint, y: bigint) => BigInt.asIntN(64, x * y) : (x: number, y: number) => x * y),
  maximum: (_b, isF) => (isF ? (x, y) => (x >= y || x !== x ? x : y) : (x, y) => (x >= y ? x : y)),
  minimum: (_b, isF) => (isF ? (x, y) => (x <= y || x !== x ? x : y) : (x, y) => (x <= y ? x : y)),
  fmax: () => (x, y) => (x >= y || y !== y ? x : y),
  fmin: () => (x, y) => (x <= y || y !== y ? x : y),
  logical_and: (big) => (big ? (x, y) => (x && y !== 0n ? 1n : 0n) : (x, y) => (x && y !== 0 ? 1 : 0)),
  logical_or: (big) => (big ? (x, y) => (x || y !== 0n ? 1n : 0n) : (x, y) => (x || y !== 0 ? 1 : 0)),
};

// ---------------------------------------------------------------- public reductions

function axesOf(a: NDArray, axis: Axis): number[] {
  return unwrap(reductionAxes(a.ndim, axis as number | number[] | null | undefined));
}

/** Applies keepdims, out= and NumPy-scalar marking to a kept-dims result. */
function finish(a: NDArray, axes: readonly number[], r: NDArray, opts: ReduceOptions): NDArray {
  let res = r;
  if (opts.keepdims) {
    const shape = a.shape.map((d, k) => (axes.includes(k) ? 1 : d));
    res = new NDArray(r.data, shape, r.dtype, cStrides(shape), 0);
  }
  if (opts.out) {
    if (opts.out.ndim !== res.ndim || opts.out.shape.some((d, k) => d !== res.shape[k])) {
      throw valueError(`output parameter for reduction operation has the wrong number of dimensions: Found ${opts.out.ndim} but expected ${res.ndim}`);
    }
    assignArray(opts.out, res);
    return opts.out;
  }
  if (res.ndim === 0) res.isScalar = true;
  return res;
}

/** argmax/argmin of a str array: first position of the largest/smallest text (code-point order). */
function strArgReduce(src: NDArray, ax: number, isMax: boolean, outShape: number[], keptShape: number[] | null): NDArray {
  const n = src.shape[ax];
  if (n === 0) throw valueError(`attempt to get ${isMax ? 'argmax' : 'argmin'} of an empty sequence`);
  const moved = moveaxis(src, ax, -1);
  const vals = copy(moved).toArray() as unknown as string[];
  const out = allocate(outShape, 'int64');
  const od = out.data as BigInt64Array;
  for (let l = 0; l * n < vals.length; l++) {
    let best = 0;
    for (let k = 1; k < n; k++) {
      const c = compareCodePoints(vals[l * n + k], vals[l * n + best]);
      if (isMax ? c > 0 : c < 0) best = k;
    }
    od[l] = BigInt(best);
  }
  const r = keptShape ? new NDArray(out.data, keptShape, 'int64') : out;
  if (r.ndim === 0) r.isScalar = true;
  return r;
}

/** NumPy's errors for arithmetic reductions of str arrays (the rules module knows no str dtype). */
function strReductionError(name: string, a: NDArray): EngineError {
  const d = `dtype('<${a.dtype}')`;
  const ufunc = /max/.test(name) ? (name.startsWith('nan') ? 'fmax' : 'maximum') : /min/.test(name) ? (name.startsWith('nan') ? 'fmin' : 'minimum') : /prod/.test(name) ? 'multiply' : 'add';
  if (ufunc === 'add') {
    const method = name.includes('cum') ? 'accumulate' : 'reduce';
    return new EngineError('TypeError', `the resolved dtypes are not compatible with add.${method}. Resolved (${d}, ${d}, dtype('<U${2 * strWidth(a.dtype)}'))`);
  }
  return new EngineError('UFuncTypeError', `ufunc '${ufunc}' did not contain a loop with signature matching types (${d}, ${d}) -> None`);
}

/** Truthiness of each element (str: non-empty), as the bool array any/all/count_nonzero reduce. */
function truthy(a: NDArray): NDArray {
  if (a.dtype === 'bool') return a;
  if (isStrArray(a)) return strNonEmpty(a);
  return ufunc2('not_equal', a, a.dtype === 'int64' || a.dtype === 'uint64' ? 0n : DTYPES[a.dtype].kind === 'f' ? 0 : 0n);
}

function ruleDType(name: ReductionName, a: NDArray, opts: ReduceOptions, hasInitial = false): DType {
  if (isStrArray(a)) throw strReductionError(name, a);
  const r = unwrap(reduction(name, a.shape, a.dtype, { axis: opts.axis as number | number[] | null | undefined, keepdims: opts.keepdims, dtype: opts.dtype, hasInitial }));
  return engineDType(r.dtype, `np.${name}`);
}

export function sum(a: NDArray, opts: ReduceOptions = {}): NDArray {
  const dt = ruleDType('sum', a, opts);
  const axes = axesOf(a, opts.axis);
  return finish(a, axes, reduceCore(a, axes, 'add', dt, opts.initial, opts.where), opts);
}

export function prod(a: NDArray, opts: ReduceOptions = {}): NDArray {
  const dt = ruleDType('prod', a, opts);
  const axes = axesOf(a, opts.axis);
  return finish(a, axes, reduceCore(a, axes, 'multiply', dt, opts.initial, opts.where), opts);
}

function maxmin(name: 'max' | 'min' | 'nanmax' | 'nanmin', op: ReduceOp, a: NDArray, opts: ReduceOptions): NDArray {
  const dt = ruleDType(name, a, opts, opts.initial !== undefined);
  const axes = axesOf(a, opts.axis);
  const r = reduceCore(a, axes, op, dt, opts.initial, opts.where);
  return finish(a, axes, r, opts);
}
export const max = (a: NDArray, opts: ReduceOptions = {}) => maxmin('max', 'maximum', a, opts);
export const min = (a: NDArray, opts: ReduceOptions = {}) => maxmin('min', 'minimum', a, opts);
export const nanmax = (a: NDArray, opts: ReduceOptions = {}) => maxmin('nanmax', 'fmax', a, opts);
export const nanmin = (a: NDArray, opts: ReduceOptions = {}) => maxmin('nanmin', 'fmin', a, opts);

export function ptp(a: NDArray, opts: ReduceOptions = {}): NDArray {
  const o = { ...opts, out: undefined };
  const r = ufunc2('subtract', max(a, o), min(a, o));
  return opts.out ? (assignArray(opts.out, r), opts.out) : r;
}

function boolReduce(op: 'logical_and' | 'logical_or', a: NDArray, opts: ReduceOptions): NDArray {
  const axes = axesOf(a, opts.axis);
  return finish(a, axes, reduceCore(truthy(a), axes, op, 'bool', undefined, opts.where), opts);
}
export const all = (a: NDArray, opts: ReduceOptions = {}) => boolReduce('logical_and', a, opts);
export const any = (a: NDArray, opts: ReduceOptions = {}) => boolReduce('logical_or', a, opts);

/** Number of elements reduced per output element. */
function countOf(a: NDArray, axes: readonly number[]): number {
  let n = 1;
  for (const k of axes) n *= a.shape[k];
  return n;
}

/** `ret / count` as NumPy's _mean does it (true_divide; float32 stays float32). */
function divideBy(r: NDArray, count: number | NDArray): NDArray {
  // NumPy divides by an intp count: complex64 / int64 runs the complex128 loop, cast back
  if (r.dtype === ('complex64' as DType)) return astype(ufunc2('divide', astype(r, 'complex128' as DType), count), r.dtype);
  // `r` is a fresh reduction result: divide it in place, as NumPy's _mean does (out=ret)
  if (typeof count === 'number' && DTYPES[r.dtype].kind === 'f') return ufunc2('divide', r, count, { out: r });
  const c = typeof count === 'number' ? count : count;
  const out = ufunc2('divide', r, typeof c === 'number' ? c : c);
  return out.dtype === r.dtype ? out : astype(out, r.dtype);
}

/** Per-output count of the where= mask's True elements (NumPy's _count_reduce_items), int64. */
function maskCount(a: NDArray, where: NDArray, axes: readonly number[]): NDArray {
  return reduceCore(maskFor(a, where), axes, 'add', 'int64');
}

export function mean(a: NDArray, opts: ReduceOptions = {}): NDArray {
  const dt = ruleDType('mean', a, opts);
  const axes = axesOf(a, opts.axis);
  if (opts.where) {
    if (isHalf(dt)) throw new EngineError('NotImplementedError', 'float16 means with where= are not supported by this engine yet');
    const s = reduceCore(a, axes, 'add', dt, undefined, opts.where);
    return finish(a, axes, divideBy(s, maskCount(a, opts.where, axes)), opts);
  }
  if (isHalf(dt) && !opts.dtype) {
    // NumPy's _mean: a float16 mean is summed and divided in float32, then cast to float16
    const s32 = divideBy(reduceCore(a, axes, 'add', 'float32'), countOf(a, axes));
    return finish(a, axes, astype(s32, dt), opts);
  }
  const s = reduceCore(a, axes, 'add', dt);
  const r = divideBy(s, countOf(a, axes));
  return finish(a, axes, r, opts);
}

function variance(a: NDArray, opts: ReduceOptions, name: 'var' | 'std'): NDArray {
  const dt = ruleDType(name, a, opts);
  const axes = axesOf(a, opts.axis);
  if (isComplexDType(a.dtype)) {
    if (opts.where) throw new EngineError('NotImplementedError', `np.${name} of complex arrays with where= is not supported by the Shapewise engine yet`);
    // NumPy's _var for complex input: the complex mean, then |x - mean|^2 as re*re + im*im
    // (float multiplies and an add), summed in the real dtype
    const n = countOf(a, axes);
    const keptShape = a.shape.map((d, k) => (axes.includes(k) ? 1 : d));
    const m0 = divideBy(reduceCore(a, axes, 'add', a.dtype), n);
    const x = ufunc2('subtract', a, new NDArray(m0.data, keptShape, m0.dtype));
    const sq = complexAbsSquared(x, dt);
    const s = reduceCore(sq, axes, 'add', dt);
    let r = divideBy(s, Math.max(n - (opts.ddof ?? 0), 0));
    if (name === 'std') r = ufunc1('sqrt', r);
    return finish(a, axes, r, opts);
  }
  if (opts.where) return maskedVariance(a, opts, name, dt, axes, opts.where);
  const n = countOf(a, axes);
  const keptShape = a.shape.map((d, k) => (axes.includes(k) ? 1 : d));
  const m0 = divideBy(reduceCore(a, axes, 'add', dt), n);
  const m = new NDArray(m0.data, keptShape, m0.dtype);
  let x = ufunc2('subtract', a, m);
  m0.dispose(); // temporaries are freed as soon as they are dead (see reduceCore)
  if (x.dtype !== dt) {
    const x0 = x;
    x = astype(x, dt);
    x0.dispose();
  }
  const sq = ufunc2('multiply', x, x, { out: x });
  const s = reduceCore(sq, axes, 'add', dt);
  sq.dispose();
  const ddof = opts.ddof ?? 0;
  let r = divideBy(s, Math.max(n - ddof, 0));
  if (name === 'std') r = ufunc1('sqrt', r);
  return finish(a, axes, r, opts);
}
/** NumPy's _var with where=: masked mean (keepdims), squared deviations, masked sum / (count - ddof). */
function maskedVariance(a: NDArray, opts: ReduceOptions, name: 'var' | 'std', dt: DType, axes: readonly number[], where: NDArray): NDArray {
  if (isHalf(dt)) throw new EngineError('NotImplementedError', 'float16 variances with where= are not supported by this engine yet');
  const keptShape = a.shape.map((d, k) => (axes.includes(k) ? 1 : d));
  const cnt = maskCount(a, where, axes);
  const m0 = divideBy(reduceCore(a, axes, 'add', dt, undefined, where), cnt);
  let x = ufunc2('subtract', a, new NDArray(m0.data, keptShape, m0.dtype));
  if (x.dtype !== dt) x = astype(x, dt);
  const sq = ufunc2('multiply', x, x, { out: x });
  const s = reduceCore(sq, axes, 'add', dt, undefined, where);
  const ddof = opts.ddof ?? 0;
  const dof = ufunc2('maximum', ufunc2('subtract', cnt, Number.isInteger(ddof) ? BigInt(ddof) : ddof), 0n);
  let r = divideBy(s, dof);
  if (name === 'std') r = ufunc1('sqrt', r);
  return finish(a, axes, r, opts);
}
export const variance_ = variance;
export const var_ = (a: NDArray, opts: ReduceOptions = {}) => variance(a, opts, 'var');
export const std = (a: NDArray, opts: ReduceOptions = {}) => variance(a, opts, 'std');

// ---------------------------------------------------------------- arg reductions

function argReduce(a: NDArray, axis: number | null | undefined, name: 'argmax' | 'argmin' | 'nanargmax' | 'nanargmin', keepdims = false): NDArray {
  if (!isStrArray(a)) unwrap(reduction(name, a.shape, a.dtype, { axis: axis ?? null, keepdims }));
  const isMax = name.endsWith('max');
  const nan = name.startsWith('nan');
  let src = a;
  let ax: number;
  if (axis === null || axis === undefined) {
    src = reshapeFlat(a);
    ax = 0;
  } else ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  const isF = DTYPES[a.dtype].kind === 'f';
  const isC = isComplexDType(a.dtype);
  const outShape = src.shape.filter((_, k) => k !== ax);
  if (isStrArray(a)) return strArgReduce(src, ax, isMax, outShape, keepdims ? a.shape.map((d, k) => (axis === null || axis === undefined || k === ax ? 1 : d)) : null);
  const out = allocate(outShape, 'int64');
  const od = out.data as Big;
  const n = src.shape[ax];
  const s = src.strides[ax];
  const rest = new NDArray(src.data, outShape, src.dtype, src.strides.filter((_, k) => k !== ax), src.offset);
  const d = src.data as Num;
  let p = 0;
  let allNan = false;
  forEachRow(rest.shape, [rest.strides], [rest.offset], (offs, len, inner) => {
    let base = offs[0];
    for (let r = 0; r < len; r++, base += inner[0]) {
      let best = -1;
      let bv: number = NaN;
      for (let k = 0; k < n; k++) {
        const v = d[base + k * s];
        if ((isF && v !== v) || (isC && complexHasNan(v as unknown as Complex))) {
          if (nan) continue;
          best = k;
          break;
        }
        if (best < 0 || (isC ? complexBeats(v as unknown as Complex, bv as unknown as Complex, isMax) : isMax ? v > bv : v < bv)) {
          best = k;
          bv = v;
        }
      }
      if (best < 0) {
        allNan = true;
        best = 0;
      }
      od[p++] = BigInt(best);
    }
  });
  if (allNan && nan) throw valueError('All-NaN slice encountered');
  let res = out;
  if (keepdims) {
    const shape = axis === null || axis === undefined ? a.shape.map(() => 1) : a.shape.map((dd, k) => (k === ax ? 1 : dd));
    res = new NDArray(out.data, shape, 'int64');
  }
  if (res.ndim === 0) res.isScalar = true;
  return res;
}
export const argmax = (a: NDArray, axis?: number | null, keepdims = false) => argReduce(a, axis, 'argmax', keepdims);
export const argmin = (a: NDArray, axis?: number | null, keepdims = false) => argReduce(a, axis, 'argmin', keepdims);
export const nanargmax = (a: NDArray, axis?: number | null, keepdims = false) => argReduce(a, axis, 'nanargmax', keepdims);
export const nanargmin = (a: NDArray, axis?: number | null, keepdims = false) => argReduce(a, axis, 'nanargmin', keepdims);

function reshapeFlat(a: NDArray): NDArray {
  const c = a.isCContiguous ? a : copy(a);
  return new NDArray(c.data, [a.size], a.dtype, [1], c.offset, a);
}

// ---------------------------------------------------------------- cumulative

function cumulative(name: 'cumsum' | 'cumprod' | 'nancumsum' | 'nancumprod', a0: NDArray, axis?: number | null, dtype?: DType): NDArray {
  if (isStrArray(a0)) throw strReductionError(name, a0);
  const r = unwrap(reduction(name, a0.shape, a0.dtype, { axis: axis ?? null, dtype }));
  const dt = engineDType(r.dtype, `np.${name}`);
  let a = a0;
  let ax: number;
  if (axis === null || axis === undefined) {
    a = reshapeFlat(a0);
    ax = 0;
  } else ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  if (name.startsWith('nan') && DTYPES[a.dtype].kind === 'f') a = replaceNan(a, name === 'nancumsum' ? 0 : 1);
  const src = astype(a, dt);
  const out = allocate(src.shape, dt);
  const isProd = name.endsWith('prod');
  if (isComplexDType(dt)) {
    complexAccumulate(src, out, ax, isProd);
    return out;
  }
  const od = out.data as Num;
  const sd = src.data as Num;
  const big = DTYPES[dt].big;
  const f32 = dt === 'float32';
  const n = src.shape[ax];
  const st = src.strides[ax];
  const restShape = src.shape.filter((_, k) => k !== ax);
  const restStr = src.strides.filter((_, k) => k !== ax);
  forEachRow(restShape, [restStr], [0], (offs, len, inner) => {
    let base = offs[0];
    for (let r2 = 0; r2 < len; r2++, base += inner[0]) {
      let acc: number = sd[base];
      od[base] = acc;
      for (let k = 1; k < n; k++) {
        const v = sd[base + k * st];
        if (isProd) acc = big ? (BigInt.asIntN(64, (acc as unknown as bigint) * (v as unknown as bigint)) as unknown as number) : acc * v;
        else acc = acc + v;
        if (f32) acc = Math.fround(acc);
        od[base + k * st] = acc;
      }
    }
  });
  return out;
}
export const cumsum = (a: NDArray, axis?: number | null, dtype?: DType) => cumulative('cumsum', a, axis, dtype);
export const cumprod = (a: NDArray, axis?: number | null, dtype?: DType) => cumulative('cumprod', a, axis, dtype);
export const nancumsum = (a: NDArray, axis?: number | null, dtype?: DType) => cumulative('nancumsum', a, axis, dtype);
export const nancumprod = (a: NDArray, axis?: number | null, dtype?: DType) => cumulative('nancumprod', a, axis, dtype);

// ---------------------------------------------------------------- nan forms

function replaceNan(a: NDArray, v: number): NDArray {
  const c = copyK(a);
  const d = c.data as Num;
  for (let i = 0; i < d.length; i++) if (d[i] !== d[i]) d[i] = v;
  return c;
}

export function nansum(a: NDArray, opts: ReduceOptions = {}): NDArray {
  return sum(DTYPES[a.dtype].kind === 'f' ? replaceNan(a, 0) : a, opts);
}
export function nanprod(a: NDArray, opts: ReduceOptions = {}): NDArray {
  return prod(DTYPES[a.dtype].kind === 'f' ? replaceNan(a, 1) : a, opts);
}

function notNanCount(a: NDArray, axes: readonly number[]): NDArray {
  const mask = ufunc1('logical_not', ufunc1('isnan', a));
  return reduceCore(mask, axes, 'add', 'int64');
}

export function nanmean(a: NDArray, opts: ReduceOptions = {}): NDArray {
  if (DTYPES[a.dtype].kind !== 'f') return mean(a, opts);
  const axes = axesOf(a, opts.axis);
  const dt = ruleDType('nanmean', a, opts);
  const tot = reduceCore(replaceNan(a, 0), axes, 'add', dt);
  const cnt = notNanCount(a, axes);
  const r = ufunc2('divide', tot, cnt);
  return finish(a, axes, r.dtype === dt ? r : astype(r, dt), opts);
}

function nanvariance(a: NDArray, opts: ReduceOptions, name: 'nanvar' | 'nanstd'): NDArray {
  if (DTYPES[a.dtype].kind !== 'f') return variance(a, opts, name === 'nanvar' ? 'var' : 'std');
  const axes = axesOf(a, opts.axis);
  const dt = ruleDType(name, a, opts);
  const keptShape = a.shape.map((d, k) => (axes.includes(k) ? 1 : d));
  const isnanMask = ufunc1('isnan', a);
  const arr = replaceNan(a, 0);
  const cnt = notNanCount(a, axes);
  const cntK = new NDArray(cnt.data, keptShape, 'int64');
  const avg0 = astype(ufunc2('divide', reduceCore(arr, axes, 'add', dt), cnt), dt);
  const avg = new NDArray(avg0.data, keptShape, avg0.dtype);
  const diff = ufunc2('subtract', arr, avg);
  const dd = diff.data as Num;
  const md = isnanMask.contiguousData() as Num;
  for (let i = 0; i < dd.length; i++) if (md[i]) dd[i] = 0;
  const sq = ufunc2('multiply', diff, diff);
  const v = reduceCore(sq, axes, 'add', dt);
  const dof = ufunc2('subtract', cntK, BigInt(opts.ddof ?? 0));
  let r = ufunc2('divide', v, new NDArray(dof.data, cnt.shape, 'int64'));
  if (r.dtype !== dt) r = astype(r, dt);
  if (name === 'nanstd') r = ufunc1('sqrt', r);
  return finish(a, axes, r, opts);
}
export const nanvar = (a: NDArray, opts: ReduceOptions = {}) => nanvariance(a, opts, 'nanvar');
export const nanstd = (a: NDArray, opts: ReduceOptions = {}) => nanvariance(a, opts, 'nanstd');

/** np.count_nonzero(a, axis=None): int64 (a NumPy-int result for axis=None). */
export function countNonzero(a: NDArray, axis?: Axis, keepdims = false): NDArray {
  const axes = axesOf(a, axis);
  return finish(a, axes, reduceCore(truthy(a), axes, 'add', 'int64'), { keepdims });
}

/** np.average(a, axis, weights): mean without weights, NumPy's weighted formula otherwise. */
export function average(a: NDArray, axis?: Axis, weights?: NDArray, keepdims = false): NDArray {
  if (!weights) return mean(a, { axis, keepdims });
  let w = weights;
  const isIntA = DTYPES[a.dtype].kind !== 'f';
  const rdt = isIntA ? promoteAll([a.dtype, w.dtype, 'float64']) : promoteAll([a.dtype, w.dtype]);
  if (a.ndim !== w.ndim || a.shape.some((d, k) => d !== w.shape[k])) {
    if (axis === null || axis === undefined) throw new EngineError('TypeError', 'Axis must be specified when shapes of a and weights differ.');
    const raw = (typeof axis === 'number' ? [axis] : [...axis]).map((x) => unwrap(normalizeAxisIndex(x, a.ndim)));
    if (w.ndim !== raw.length || w.shape.some((d, j) => d !== a.shape[raw[j]])) {
      throw valueError('Shape of weights must be consistent with shape of a along specified axis.');
    }
    const order = raw.map((x, j) => [x, j]).sort((p, q) => p[0] - q[0]).map((p) => p[1]);
    const wt = transposeView(w, order);
    const shape = a.shape.map((d, k) => (raw.includes(k) ? d : 1));
    w = new NDArray(copy(wt).data, shape, w.dtype);
  }
  const scl = sum(w, { axis, dtype: rdt, keepdims });
  if (any(ufunc2('equal', scl, 0)).get(0)) throw new EngineError('ZeroDivisionError', "Weights sum to zero, can't be normalized");
  const num = sum(ufunc2('multiply', a, w, { dtype: rdt }), { axis, keepdims });
  const r = ufunc2('divide', num, scl);
  if (r.ndim === 0) r.isScalar = true;
  return r;
}

function transposeView(w: NDArray, order: number[]): NDArray {
  return new NDArray(w.data, order.map((k) => w.shape[k]), w.dtype, order.map((k) => w.strides[k]), w.offset, w);
}

function broadcastCopy(w: NDArray, shape: readonly number[]): NDArray {
  const out = allocate(shape, w.dtype);
  assignArray(out, w);
  return out;
}

/** np.median(a, axis): mean of the middle element(s) of each sorted lane. */
export function median(a: NDArray, opts: ReduceOptions = {}): NDArray {
  const axis = opts.axis;
  let src = a;
  let ax: number;
  if (axis === null || axis === undefined) {
    src = reshapeFlat(a);
    ax = 0;
  } else if (typeof axis === 'number') ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  else return medianOverAxes(a, axis, !!opts.keepdims);
  const n = src.shape[ax];
  if (n === 0) throw valueError('median of an empty axis');
  const sorted = argsortAxis(src, ax, true).values;
  const lo = Math.floor((n - 1) / 2);
  const hi = Math.floor(n / 2);
  const moved = sorted;
  const pick = (k: number) => {
    const shape = moved.shape.filter((_, j) => j !== ax);
    return new NDArray(moved.data, shape, moved.dtype, moved.strides.filter((_, j) => j !== ax), moved.offset + k * moved.strides[ax], moved);
  };
  const parts = lo === hi ? [pick(lo)] : [pick(lo), pick(hi)];
  const stackShape = [...parts[0].shape, parts.length];
  const st = allocate(stackShape, moved.dtype);
  parts.forEach((p, j) => assignArray(new NDArray(st.data, parts[0].shape, st.dtype, st.strides.slice(0, -1), j, st), p));
  let r = mean(st, { axis: -1 });
  // NaN anywhere in a lane makes the median NaN
  if (DTYPES[a.dtype].kind === 'f') {
    const anyNan = any(ufunc1('isnan', src), { axis: ax });
    r = where(anyNan, NaN, r);
  }
  if (opts.keepdims) {
    const axes = axis === null || axis === undefined ? [...a.shape.keys()] : [ax];
    const shape = a.shape.map((d, k) => (axes.includes(k) ? 1 : d));
    r = new NDArray(copy(r).data, shape, r.dtype);
  }
  if (r.ndim === 0) r.isScalar = true;
  return r;
}

/**
 * np.median over a tuple of axes, as NumPy's _ureduce does it: the reduced axes move to the end
 * and merge into one, whose median is taken (so the values and their order match NumPy's).
 */
function medianOverAxes(a: NDArray, axis: readonly number[], keepdims: boolean): NDArray {
  const axes = unwrap(normalizeAxisTuple(axis, a.ndim));
  const kept = [...a.shape.keys()].filter((k) => !axes.includes(k));
  const moved = [...kept, ...axes];
  const t = new NDArray(a.data, moved.map((k) => a.shape[k]), a.dtype, moved.map((k) => a.strides[k]), a.offset, a);
  const merged = new NDArray(copy(t).data, [...kept.map((k) => a.shape[k]), axes.reduce((p, k) => p * a.shape[k], 1)], a.dtype);
  let r = median(merged, { axis: -1 });
  if (keepdims) r = new NDArray(copy(r).data, a.shape.map((d, k) => (axes.includes(k) ? 1 : d)), r.dtype);
  r.isScalar = r.ndim === 0;
  return r;
}

/** np.where(cond, x, y) with broadcasting and result_type promotion. */
export function where(cond: NDArray, x: Operand, y: Operand): NDArray {
  const c = cond.dtype === 'bool' ? cond : ufunc2('not_equal', cond, DTYPES[cond.dtype].kind === 'f' ? 0 : 0n);
  if (isStrArray(x) || isStrArray(y)) return strWhere(c, x, y);
  // dtype of the result: like a ufunc with weak scalars (np.where uses result_type)
  const probe = ufunc2('add', x instanceof NDArray ? emptyOf(x) : x, y instanceof NDArray ? emptyOf(y) : y);
  const dt = x instanceof NDArray && y instanceof NDArray && x.dtype === 'bool' && y.dtype === 'bool' ? 'bool' : probe.dtype;
  const xa = x instanceof NDArray ? x : scalarArray(x, dt, false);
  const ya = y instanceof NDArray ? y : scalarArray(y, dt, false);
  const xs = xa.dtype === dt ? xa : astype(xa, dt);
  const ys = ya.dtype === dt ? ya : astype(ya, dt);
  const shape = unwrapShape([c.shape, xs.shape, ys.shape]);
  const out = allocate(shape, dt);
  const bs = (arr: NDArray) => {
    const s = new Array<number>(shape.length).fill(0);
    const off = shape.length - arr.ndim;
    for (let k = 0; k < arr.ndim; k++) s[off + k] = arr.shape[k] === 1 ? 0 : arr.strides[k];
    return s;
  };
  const jsRow: WhereLoop = (od0, oi, os, cd0, ci, cs, xd0, xi, xst, yd0, yi, yst, n) => {
    const od = od0 as Num, cd = cd0 as unknown as Num, xd = xd0 as Num, yd = yd0 as Num;
    for (let k = 0; k < n; k++, oi += os, ci += cs, xi += xst, yi += yst) od[oi] = cd[ci] ? xd[xi] : yd[yi];
  };
  // contiguous heap rows of 4/8-byte elements: a SIMD select (wasm/mask.ts), bits copied exactly
  const row = simdWhereLoop(out.data, c.data, xs.data, ys.data, jsRow) ?? jsRow;
  forEachRow(shape, [out.strides, bs(c), bs(xs), bs(ys)], [0, c.offset, xs.offset, ys.offset], (o, n, st) =>
    row(out.data, o[0], st[0], c.data as Uint8Array, o[1], st[1], xs.data, o[2], st[2], ys.data, o[3], st[3], n),
  );
  return out;
}

function emptyOf(a: NDArray): NDArray {
  return allocate([0], a.dtype);
}

import { broadcastOperands } from '../numpy/broadcast';
function unwrapShape(shapes: (readonly number[])[]): number[] {
  return unwrap(broadcastOperands(shapes)) as number[];
}
