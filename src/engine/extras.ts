// NumPy functions outside the engine core that tutorials reach for: bincount, histogram,
// convolve/correlate, insert, delete, take_along_axis, put_along_axis, fill_diagonal, logspace,
// polyfit/polyval, ix_, broadcast_shapes, ufunc.at (unbuffered), and the iinfo/finfo tables.
// Each follows NumPy's Python-level implementation (numpy/lib/*.py) step by step, through the
// engine's own ufuncs/indexing so dtypes, broadcasting and error texts are NumPy's.
import { broadcastShapes as broadcastShapesRule } from '../numpy';
import { DTYPES, type DType } from './dtype';
import { EngineError, unwrap } from './errors';
import { NDArray } from './ndarray';
import { array, astype, copy, zeros, zerosLike, linspace, arange, scalarArray, type Nested } from './creation';
import { ufunc1, ufunc2 } from './ufunc';
import { reshape, moveaxis, broadcastTo, ravel } from './shape';
import { getitem, setitem, nonzero, type Index } from './indexing';
import { argsort } from './sort';
import { lstsq } from './decomp';
import { promoteTypes } from './rules-adapter';

const valueError = (m: string) => new EngineError('ValueError', m);
const indexError = (m: string) => new EngineError('IndexError', m);

function normAxis(axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw new EngineError('AxisError', `axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

const numbers = (a: NDArray): number[] => Array.from({ length: a.size }, (_, i) => Number(a.get(i)));

// ------------------------------------------------------------------------------------------
// bincount

/** np.bincount(x, weights=None, minlength=0): int64 counts, or float64 sums of weights. */
export function bincount(x: NDArray, weights: NDArray | null = null, minlength = 0): NDArray {
  if (x.ndim > 1) throw valueError('object too deep for desired array');
  if (minlength < 0) throw valueError("'minlength' must not be negative");
  const xs = numbers(x.dtype === 'int64' ? x : astype(x, 'int64'));
  if (xs.some((v) => v < 0)) throw valueError("'list' argument must have no negative elements");
  const n = Math.max(minlength, xs.length ? Math.max(...xs) + 1 : 0);
  if (weights === null) {
    const out = new BigInt64Array(n);
    for (const v of xs) out[v]++;
    return new NDArray(out, [n], 'int64');
  }
  if (weights.ndim !== 1 || weights.size !== xs.length) throw valueError("The weights and list don't have the same length.");
  const w = astype(weights, 'float64');
  const out = new Float64Array(n);
  xs.forEach((v, i) => { out[v] += w.get(i) as number; });
  return new NDArray(out, [n], 'float64');
}

// ------------------------------------------------------------------------------------------
// histogram

export interface HistogramResult { hist: NDArray; edges: NDArray }

/**
 * np.histogram(a, bins=10, range=None, weights=None, density=None). Uniform integer bins use
 * NumPy's index computation ((v - first) / (last - first) * n, then the edge corrections), so
 * values on an edge land in the same bin as in NumPy; array bins use searchsorted semantics.
 */
export function histogram(a: NDArray, bins: number | NDArray = 10, range: [number, number] | null = null, weights: NDArray | null = null, density = false): HistogramResult {
  const vals = numbers(a);
  if (weights !== null && (weights.ndim !== a.ndim || weights.shape.some((d, i) => d !== a.shape[i]))) throw valueError('weights should have the same shape as a.');
  const w = weights === null ? null : numbers(weights);
  let edges: NDArray;
  let counts: number[];
  if (typeof bins === 'number') {
    if (!Number.isInteger(bins)) throw new EngineError('TypeError', '`bins` must be an integer, a string, or an array');
    if (bins < 1) throw valueError('`bins` must be positive, when an integer');
    let first: number, last: number;
    if (range !== null) {
      [first, last] = range;
      if (first > last) throw valueError('max must be larger than min in range parameter.');
      if (!Number.isFinite(first) || !Number.isFinite(last)) throw valueError(`supplied range of [${pyNum(first)}, ${pyNum(last)}] is not finite`);
    } else if (vals.length === 0) { first = 0; last = 1; } else {
      first = Math.min(...vals); last = Math.max(...vals);
      if (vals.some(Number.isNaN)) { first = NaN; last = NaN; }
      if (!Number.isFinite(first) || !Number.isFinite(last)) throw valueError(`autodetected range of [${pyFloat(first)}, ${pyFloat(last)}] is not finite`);
    }
    if (first === last) { first -= 0.5; last += 0.5; }
    const kind = DTYPES[a.dtype].kind;
    const edgeType: DType = kind === 'f' ? a.dtype : 'float64';
    edges = linspace(first, last, bins + 1, true, edgeType);
    const e = numbers(edges);
    counts = new Array(bins).fill(0);
    const denom = last - first;
    vals.forEach((v, i) => {
      if (!(v >= first && v <= last)) return;
      let idx = Math.trunc(((v - first) / denom) * bins);
      if (idx === bins) idx--;
      if (v < e[idx]) idx--;
      else if (v >= e[idx + 1] && idx !== bins - 1) idx++;
      counts[idx] += w ? w[i] : 1;
    });
  } else {
    edges = bins;
    const e = numbers(bins);
    for (let i = 1; i < e.length; i++) if (e[i] < e[i - 1]) throw valueError('`bins` must increase monotonically, when an array');
    counts = new Array(Math.max(e.length - 1, 0)).fill(0);
    vals.forEach((v, i) => {
      if (!(v >= e[0] && v <= e[e.length - 1])) return;
      // the bin i with e[i] <= v < e[i+1] (last bin closed); the last of equal edges wins
      let lo = 0, hi = e.length - 1;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (e[mid] <= v) lo = mid + 1; else hi = mid; }
      let idx = (e[lo] <= v ? lo : lo - 1);
      if (idx >= counts.length) idx = counts.length - 1;
      counts[idx] += w ? w[i] : 1;
    });
  }
  const e = numbers(edges);
  if (density) {
    const total = counts.reduce((p, c) => p + c, 0);
    const out = new Float64Array(counts.length);
    counts.forEach((c, i) => { out[i] = c / (e[i + 1] - e[i]) / total; });
    return { hist: new NDArray(out, [out.length], 'float64'), edges };
  }
  if (weights === null) return { hist: new NDArray(BigInt64Array.from(counts, BigInt), [counts.length], 'int64'), edges };
  const wd: DType = DTYPES[weights.dtype].kind === 'f' ? weights.dtype : weights.dtype === 'bool' ? 'float64' : 'int64';
  const h = new NDArray(Float64Array.from(counts), [counts.length], 'float64');
  return { hist: wd === 'float64' ? h : astype(h, wd), edges };
}

/** A user-supplied bound as Python prints it (integral values taken as the ints users write). */
function pyNum(v: number): string {
  return Number.isInteger(v) ? String(v) : pyFloat(v);
}

function pyFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  return Number.isInteger(v) ? v.toFixed(1) : String(v);
}

// ------------------------------------------------------------------------------------------
// convolve / correlate

export type ConvolveMode = 'full' | 'same' | 'valid';

function correlateCore(a: NDArray, v: NDArray, mode: string, flip: boolean): NDArray {
  if (a.ndim > 1 || v.ndim > 1) throw valueError('object too deep for desired array');
  if (!['full', 'same', 'valid'].includes(mode)) throw valueError(`mode must be one of 'valid', 'same', or 'full' (got ${pyRepr(mode)})`);
  if (a.size === 0) throw valueError('a cannot be empty');
  if (v.size === 0) throw valueError('v cannot be empty');
  const dt = promoteTypes(a.dtype, v.dtype);
  let x = astype(ravel(a), dt), y = astype(ravel(v), dt);
  let swapped = false;
  if (y.size > x.size) { [x, y] = [y, x]; swapped = true; }
  const n = x.size, m = y.size;
  const ky = Array.from({ length: m }, (_, i) => y.get(flip ? m - 1 - i : i));
  const kx = Array.from({ length: n }, (_, i) => x.get(i));
  const lo = mode === 'full' ? -(m - 1) : mode === 'same' ? -Math.floor((m - 1) / 2) - (flip ? 0 : 0) : 0;
  const len = mode === 'full' ? n + m - 1 : mode === 'same' ? n : n - m + 1;
  let start = lo;
  if (mode === 'same') start = -(m >> 1);
  const out = zeros([len], dt);
  const big = typeof kx[0] === 'bigint';
  const isBool = dt === 'bool';
  for (let o = 0; o < len; o++) {
    const s = start + o;
    let accN = 0, accB = 0n, accBool = false;
    for (let j = 0; j < m; j++) {
      const i = s + j;
      if (i < 0 || i >= n) continue;
      if (isBool) accBool = accBool || (Boolean(kx[i]) && Boolean(ky[j]));
      else if (big) accB += (kx[i] as bigint) * (ky[j] as bigint);
      else accN += (kx[i] as number) * (ky[j] as number);
    }
    out.set(o, isBool ? accBool : big ? accB : accN);
  }
  // correlate with swapped inputs is the reverse of the unswapped correlation
  if (!flip && swapped) {
    const r = copy(out);
    for (let i = 0; i < len; i++) r.set(i, out.get(len - 1 - i));
    return r;
  }
  return out;
}

function pyRepr(s: string): string { return `'${s}'`; }

/** np.convolve(a, v, mode='full'). */
export function convolve(a: NDArray, v: NDArray, mode: string = 'full'): NDArray {
  return correlateCore(a, v, mode, true);
}

/** np.correlate(a, v, mode='valid'). */
export function correlate(a: NDArray, v: NDArray, mode: string = 'valid'): NDArray {
  return correlateCore(a, v, mode, false);
}

// ------------------------------------------------------------------------------------------
// insert / delete

/** Normalised integer positions from an `obj` argument (int, sequence or array). */
function objIndices(obj: NDArray): number[] {
  return numbers(obj);
}

/** np.insert(arr, obj, values, axis=None): obj a Python int (scalar=true) or 1-D index array. */
export function insert(arr: NDArray, obj: NDArray, values: NDArray, axis: number | null = null, objIsScalar = obj.ndim === 0): NDArray {
  let a = arr;
  if (axis === null) { a = ravel(arr); axis = a.ndim - 1; }
  axis = normAxis(axis, a.ndim);
  const N = a.shape[axis];
  if (DTYPES[obj.dtype].kind === 'b') throw indexError('boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 1');
  if (obj.ndim > 1) throw valueError('index array argument obj to insert must be one dimensional or scalar');
  if (obj.size > 0 && DTYPES[obj.dtype].kind === 'f') throw indexError('arrays used as indices must be of integer (or boolean) type');
  let idx = objIndices(obj);
  let vals = astype(values, a.dtype);
  while (vals.ndim < a.ndim) vals = reshape(vals, [1, ...vals.shape]);
  const target = a.shape.slice();
  if (idx.length === 1) {
    let index = idx[0];
    if (index < -N || index > N) throw indexError(`index ${index} is out of bounds for axis ${axis} with size ${N}`);
    if (index < 0) index += N;
    if (objIsScalar) vals = moveaxis(vals, 0, axis);
    const numnew = vals.shape[axis];
    target[axis] = numnew;
    idx = Array.from({ length: numnew }, (_, i) => index + i);
  } else {
    for (const i of idx) if (i < -N || i > N) throw indexError(`index ${i} is out of bounds for axis ${axis} with size ${N}`);
    idx = idx.map((i) => (i < 0 ? i + N : i));
    const order = numbers(argsort(new NDArray(Float64Array.from(idx), [idx.length], 'float64')));
    order.forEach((o, k) => { idx[o] += k; });
    target[axis] = idx.length;
  }
  const placed = broadcastToMessage(vals, target);
  const newShape = a.shape.slice();
  newShape[axis] = N + idx.length;
  const out = zeros(newShape, a.dtype);
  const isNew = new Array(newShape[axis]).fill(false);
  idx.forEach((i) => { isNew[i] = true; });
  const oldPos = isNew.map((f, i) => (f ? -1 : i)).filter((i) => i >= 0);
  const pre = (k: number): Index[] => [...Array(axis!).fill({ start: null, stop: null, step: null }), k];
  idx.forEach((i, k) => setitem(out, pre(i), getitem(placed, pre(k))));
  oldPos.forEach((i, k) => setitem(out, pre(i), getitem(a, pre(k))));
  return out;
}

function broadcastToMessage(v: NDArray, shape: number[]): NDArray {
  try {
    return broadcastTo(v, shape);
  } catch (e) {
    if (e instanceof EngineError) throw valueError(`could not broadcast input array from shape (${v.shape.join(',')}${v.ndim === 1 ? ',' : ''}) into shape (${shape.join(',')}${shape.length === 1 ? ',' : ''})`);
    throw e;
  }
}

/** np.delete(arr, obj, axis=None): obj an int, index array or boolean mask. */
export function deleteItems(arr: NDArray, obj: NDArray, axis: number | null = null): NDArray {
  let a = arr;
  if (axis === null) { a = ravel(arr); axis = 0; }
  axis = normAxis(axis, a.ndim);
  const N = a.shape[axis];
  const keep = new Array(N).fill(true);
  if (DTYPES[obj.dtype].kind === 'b') {
    if (obj.ndim !== 1 || obj.size !== N) throw valueError(`boolean array argument obj to delete must be one dimensional and match the axis length of ${N}`);
    for (let i = 0; i < N; i++) if (obj.get(i)) keep[i] = false;
  } else {
    if (obj.size > 0 && DTYPES[obj.dtype].kind === 'f') throw indexError('arrays used as indices must be of integer (or boolean) type');
    for (const i of objIndices(obj)) {
      if (i < -N || i >= N) throw indexError(`index ${i} is out of bounds for axis ${axis} with size ${N}`);
      keep[i < 0 ? i + N : i] = false;
    }
  }
  const kept = keep.map((k, i) => (k ? i : -1)).filter((i) => i >= 0);
  const items: Index[] = [...Array(axis).fill({ start: null, stop: null, step: null }), new NDArray(BigInt64Array.from(kept, BigInt), [kept.length], 'int64')];
  const r = getitem(a, items);
  r.isScalar = false;
  return r;
}

// ------------------------------------------------------------------------------------------
// take_along_axis / put_along_axis

function alongAxisIndex(arr: NDArray, indices: NDArray, axis: number): Index[] {
  if (DTYPES[indices.dtype].kind !== 'i' && DTYPES[indices.dtype].kind !== 'u') throw indexError('`indices` must be an integer array');
  if (indices.ndim !== arr.ndim) throw valueError('`indices` and `arr` must have the same number of dimensions');
  return arr.shape.map((d, k) => {
    if (k === axis) return indices;
    const shape = new Array(arr.ndim).fill(1);
    shape[k] = d;
    return reshape(arange(0n, BigInt(d)), shape);
  });
}

/** np.take_along_axis(arr, indices, axis=-1); axis null flattens arr. */
export function takeAlongAxis(arr: NDArray, indices: NDArray, axis: number | null = -1): NDArray {
  let a = arr;
  if (axis === null) {
    if (indices.ndim !== 1) throw valueError('when axis=None, `indices` must have a single dimension.');
    a = ravel(arr); axis = 0;
  }
  axis = normAxis(axis, a.ndim);
  return getitem(a, alongAxisIndex(a, indices, axis));
}

/** np.put_along_axis(arr, indices, values, axis): writes in place. */
export function putAlongAxis(arr: NDArray, indices: NDArray, values: NDArray, axis: number | null): void {
  let a = arr;
  if (axis === null) {
    if (indices.ndim !== 1) throw valueError('when axis=None, `indices` must have a single dimension.');
    a = ravel(arr); axis = 0;
    if (a.data !== arr.data) throw valueError('put_along_axis with axis=None needs a contiguous array');
  }
  axis = normAxis(axis, a.ndim);
  setitem(a, alongAxisIndex(a, indices, axis), values);
}

// ------------------------------------------------------------------------------------------
// fill_diagonal

/** np.fill_diagonal(a, val, wrap=False): in place; a sequence val repeats cyclically as a.flat does. */
export function fillDiagonal(a: NDArray, val: NDArray, wrap = false): void {
  if (a.ndim < 2) throw valueError('array must be at least 2-d');
  let end: number | null = null;
  let step: number;
  if (a.ndim === 2) {
    step = a.shape[1] + 1;
    if (!wrap) end = a.shape[1] * a.shape[1];
  } else {
    if (a.shape.some((d) => d !== a.shape[0])) throw valueError('All dimensions of input must be of equal length');
    let acc = 1, s = 0;
    for (const d of a.shape.slice(0, -1)) { acc *= d; s += acc; }
    step = 1 + s;
  }
  if (!a.writeable) throw valueError('assignment destination is read-only');
  const v = astype(val, a.dtype);
  if (v.size === 0) return;
  const stop = end === null ? a.size : Math.min(end, a.size);
  let k = 0;
  for (let i = 0; i < stop; i += step) a.set(i, v.get(k++ % v.size));
}

// ------------------------------------------------------------------------------------------
// logspace, polyval, polyfit

/** np.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None): power(base, linspace). */
export function logspace(start: number, stop: number, num = 50, endpoint = true, base: number | NDArray = 10, dtype?: DType): NDArray {
  const y = linspace(start, stop, num, endpoint);
  const r = ufunc2('power', base, y);
  return dtype && dtype !== r.dtype ? astype(r, dtype) : r;
}

/** np.polyval(p, x): Horner's rule y = y*x + p[i] through the engine's ufuncs (NumPy's dtypes). */
export function polyval(p: NDArray, x: NDArray): NDArray {
  let y = zerosLike(x);
  for (let i = 0; i < p.shape[0]; i++) {
    const pv = getitem(p, [i]);
    y = ufunc2('add', ufunc2('multiply', y, x), pv);
  }
  if (x.isScalar || x.ndim === 0) y.isScalar = true;
  return y;
}

/** np.polyfit(x, y, deg): NumPy's scaled Vandermonde least squares (rcond = len(x)*eps). */
export function polyfit(x: NDArray, y: NDArray, deg: number): NDArray {
  const order = deg + 1;
  if (deg < 0) throw valueError('expected deg >= 0');
  if (x.ndim !== 1) throw new EngineError('TypeError', 'expected 1D vector for x');
  if (x.size === 0) throw new EngineError('TypeError', 'expected non-empty vector for x');
  if (y.ndim < 1 || y.ndim > 2) throw new EngineError('TypeError', 'expected 1D or 2D array for y');
  if (x.shape[0] !== y.shape[0]) throw new EngineError('TypeError', 'expected x and y to have same length');
  const xf = ufunc2('add', x, 0.0), yf = ufunc2('add', y, 0.0);
  const n = x.shape[0];
  const xs = numbers(xf);
  const lhs = new Float64Array(n * order);
  for (let i = 0; i < n; i++) {
    let p = 1;
    for (let j = order - 1; j >= 0; j--) { lhs[i * order + j] = p; p *= xs[i]; }
  }
  const scale = new Float64Array(order);
  for (let j = 0; j < order; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += lhs[i * order + j] * lhs[i * order + j];
    scale[j] = Math.sqrt(s);
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < order; j++) lhs[i * order + j] /= scale[j];
  const eps = xf.dtype === 'float32' ? 1.1920928955078125e-7 : 2.220446049250313e-16;
  const [c] = lstsq(new NDArray(lhs, [n, order], 'float64'), astype(yf, 'float64'), n * eps);
  const cols = c.ndim === 1 ? 1 : c.shape[1];
  const out = copy(c);
  for (let j = 0; j < order; j++) for (let k = 0; k < cols; k++) out.set(j * cols + k, (c.get(j * cols + k) as number) / scale[j]);
  return xf.dtype === 'float64' && yf.dtype === 'float64' ? out : astype(out, promoteTypes(xf.dtype, yf.dtype));
}

// ------------------------------------------------------------------------------------------
// ix_, broadcast_shapes

/** np.ix_(*args): each 1-D sequence (booleans become their nonzero positions) reshaped for an open mesh. */
export function ix(...args: NDArray[]): NDArray[] {
  const nd = args.length;
  return args.map((a0, k) => {
    let a = a0;
    if (a.ndim !== 1) throw valueError('Cross index must be 1 dimensional');
    if (a.size === 0 && DTYPES[a.dtype].kind === 'f') a = astype(a, 'int64');
    if (DTYPES[a.dtype].kind === 'b') a = nonzero(a)[0];
    const shape = new Array(nd).fill(1);
    shape[k] = a.size;
    return reshape(a, shape);
  });
}

/** np.broadcast_shapes(*shapes) through the shared rule (NumPy's 'shape mismatch' message). */
export function broadcastShapes(...shapes: number[][]): number[] {
  return (unwrap(broadcastShapesRule(shapes)) as readonly number[]).slice();
}

// ------------------------------------------------------------------------------------------
// ufunc.at

/**
 * Unbuffered `np.<ufunc>.at(a, indices, b)`: for each selected element in order,
 * a[i] = op(a[i], b_k), so repeated indices accumulate (np.add.at(counts, labels, 1)).
 */
export function ufuncAt(name: string, a: NDArray, indices: Index[], b: NDArray | number | bigint | boolean | null): void {
  // positions of the selected elements: index an array of flat positions the same way
  const pos = reshape(arange(0n, BigInt(a.size)), a.shape);
  ufuncAtFlat(name, a, getitem(pos, indices), b);
}

/** ufunc.at given the flat C-order positions of the selected elements (an int64 array of any shape). */
export function ufuncAtFlat(name: string, a: NDArray, positions: NDArray, b: NDArray | number | bigint | boolean | null): void {
  if (!a.writeable) throw valueError('assignment destination is read-only');
  const flat = numbers(positions);
  const bb = b === null ? null : b instanceof NDArray ? broadcastToMessage(b, positions.shape.slice()) : b;
  for (let k = 0; k < flat.length; k++) {
    const cur = scalarArray(a.get(flat[k]), a.dtype, false);
    const operand = bb === null ? null : bb instanceof NDArray ? scalarArray(bb.get(k), bb.dtype, false) : bb;
    // ufunc.at casts its result back unsafely (np.add.at(int_array, i, 1.5) truncates)
    const r = operand === null ? ufunc1(name, cur) : ufunc2(name, cur, operand);
    a.set(flat[k], (r.dtype === a.dtype ? r : astype(r, a.dtype)).get(0));
  }
}

// ------------------------------------------------------------------------------------------
// iinfo / finfo

export interface IInfo { bits: number; min: bigint; max: bigint; dtype: DType; kind: string }

export function iinfo(dtype: DType): IInfo {
  const info = DTYPES[dtype];
  if (info.kind !== 'i' && info.kind !== 'u') throw valueError(`Invalid integer data type '${info.kind}'.`);
  const bits = info.itemsize * 8;
  const min = info.kind === 'u' ? 0n : -(1n << BigInt(bits - 1));
  const max = info.kind === 'u' ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
  return { bits, min, max, dtype, kind: info.kind };
}

export interface FInfo {
  bits: number; dtype: DType; eps: number; epsneg: number; max: number; min: number; tiny: number;
  smallest_normal: number; smallest_subnormal: number; resolution: number; precision: number;
  maxexp: number; minexp: number; nmant: number; nexp: number; machep: number; negep: number;
}

export function finfo(dtype: DType): FInfo {
  if (dtype === 'float32') {
    return {
      bits: 32, dtype, eps: 1.1920928955078125e-7, epsneg: 5.960464477539063e-8, max: 3.4028234663852886e38, min: -3.4028234663852886e38,
      tiny: 1.1754943508222875e-38, smallest_normal: 1.1754943508222875e-38, smallest_subnormal: 1.401298464324817e-45,
      resolution: 9.999999974752427e-7, precision: 6, maxexp: 128, minexp: -126, nmant: 23, nexp: 8, machep: -23, negep: -24,
    };
  }
  if (dtype === 'float64' || DTYPES[dtype].kind !== 'f') {
    if (DTYPES[dtype].kind !== 'f') throw valueError(`data type <class 'numpy.${dtype}'> not inexact`);
    return {
      bits: 64, dtype, eps: 2.220446049250313e-16, epsneg: 1.1102230246251565e-16, max: 1.7976931348623157e308, min: -1.7976931348623157e308,
      tiny: 2.2250738585072014e-308, smallest_normal: 2.2250738585072014e-308, smallest_subnormal: 5e-324,
      resolution: 1e-15, precision: 15, maxexp: 1024, minexp: -1022, nmant: 52, nexp: 11, machep: -52, negep: -53,
    };
  }
  throw new EngineError('NotImplementedError', `finfo(${dtype}) is not available in this build of the Shapewise engine yet`);
}

/** Re-export for callers that build `obj`/`values` from Python data. */
export const fromPython = (v: Nested, dtype?: DType): NDArray => array(v, dtype);
