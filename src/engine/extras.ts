// NumPy functions outside the engine core that tutorials reach for: bincount, histogram,
// convolve/correlate, insert, delete, take_along_axis, put_along_axis, fill_diagonal, logspace,
// polyfit/polyval, ix_, broadcast_shapes, ufunc.at (unbuffered), and the iinfo/finfo tables.
// Each follows NumPy's Python-level implementation (numpy/lib/*.py) step by step, through the
// engine's own ufuncs/indexing so dtypes, broadcasting and error texts are NumPy's.
import { refuseComplex } from './complex';
import { broadcastShapes as broadcastShapesRule } from '../numpy';
import { DTYPES, type DType } from './dtype';
import { EngineError, unwrap } from './errors';
import { NDArray } from './ndarray';
import { array, astype, copy, zeros, zerosLike, linspace, arange, scalarArray, type Nested } from './creation';
import { ufunc1, ufunc2 } from './ufunc';
import { reshape, moveaxis, broadcastTo, ravel, concatenate, flip, transpose } from './shape';
import { getitem, setitem, nonzero, type Index } from './indexing';
import { argsort, sort, unique, searchsorted } from './sort';
import { sum as engineSum, where as whereOp, std as engineStd } from './reduce';
import { lstsq } from './decomp';
import { promoteTypes, type PyScalar } from './rules-adapter';

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
export function histogram(a: NDArray, bins: number | string | NDArray = 10, range: [number, number] | null = null, weights: NDArray | null = null, density = false): HistogramResult {
  refuseComplex('np.histogram', a, weights);
  if (typeof bins === 'string') bins = estimateBinCount(a, bins, range, weights);
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

const BIN_ESTIMATORS = ['stone', 'auto', 'doane', 'fd', 'rice', 'scott', 'sqrt', 'sturges'];

/** NumPy's `bins='auto'|'fd'|'sturges'|...` width estimators turned into an equal-bin count. */
function estimateBinCount(a: NDArray, name: string, range: [number, number] | null, weights: NDArray | null): number {
  if (!BIN_ESTIMATORS.includes(name)) throw valueError(`'${name}' is not a valid estimator for \`bins\``);
  if (weights !== null) throw new EngineError('TypeError', 'Automated estimation of the number of bins is not supported for weighted data');
  if (name === 'stone' || name === 'doane') throw new EngineError('NotImplementedError', `np.histogram(bins='${name}') is not available in this build of the Shapewise engine yet`);
  let vals = numbers(a);
  let first: number, last: number;
  if (range !== null) [first, last] = range;
  else if (vals.length === 0) { first = 0; last = 1; } else { first = Math.min(...vals); last = Math.max(...vals); }
  if (first === last) { first -= 0.5; last += 0.5; }
  if (range !== null) vals = vals.filter((v) => v >= first && v <= last);
  const n = vals.length;
  if (n === 0) return 1;
  const x = new NDArray(Float64Array.from(vals), [n], 'float64');
  const ptp = Math.max(...vals) - Math.min(...vals);
  const sturges = () => ptp / (Math.log2(n) + 1.0);
  const fd = () => {
    const q = numbers(nanquantile(x, new NDArray(Float64Array.of(75, 25), [2], 'float64'), null, false, true));
    return 2.0 * (q[0] - q[1]) * n ** (-1.0 / 3.0);
  };
  let width: number;
  switch (name) {
    case 'sqrt': width = ptp / Math.sqrt(n); break;
    case 'sturges': width = sturges(); break;
    case 'rice': width = ptp / (2.0 * n ** (1.0 / 3)); break;
    case 'scott': width = (24.0 * Math.PI ** 0.5 / n) ** (1.0 / 3.0) * (engineStd(x).get(0) as number); break;
    case 'fd': width = fd(); break;
    default: { const f = fd(), st = sturges(); width = f ? Math.min(f, st) : st; }
  }
  if (!width) return 1;
  if ((DTYPES[a.dtype].kind === 'i' || DTYPES[a.dtype].kind === 'u') && width < 1) width = 1;
  return Math.ceil((last - first) / width);
}

/** np.histogram_bin_edges(a, bins=10, range=None, weights=None). */
export function histogramBinEdges(a: NDArray, bins: number | string | NDArray = 10, range: [number, number] | null = null, weights: NDArray | null = null): NDArray {
  return histogram(a, bins, range, weights).edges;
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
  refuseComplex('np.convolve', a, v);
  return correlateCore(a, v, mode, true);
}

/** np.correlate(a, v, mode='valid'). */
export function correlate(a: NDArray, v: NDArray, mode: string = 'valid'): NDArray {
  refuseComplex('np.correlate', a, v);
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
  refuseComplex('np.polyfit', x, y);
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
export function ufuncAtFlat(name: string, a: NDArray, positions: NDArray, b: NDArray | PyScalar | null): void {
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

// ------------------------------------------------------------------------------------------
// Second batch: diff, roll, meshgrid, interp, append, pad, cov/corrcoef, set operations,
// unravel_index, tril/triu_indices, digitize, (arg)partition, flatnonzero, resize, vander,
// cross, kron.

const ALL: Index = { start: null, stop: null, step: null };
/** Index items selecting `item` along `axis` and everything on the other axes. */
const along = (axis: number, item: Index): Index[] => [...Array(axis).fill(ALL), item];

/** np.diff(a, n=1, axis=-1, prepend=None, append=None): repeated a[1:] - a[:-1] (not_equal for bool). */
export function diff(a: NDArray, n = 1, axis = -1, prepend: NDArray | null = null, append: NDArray | null = null): NDArray {
  if (n === 0) return a;
  if (n < 0) throw valueError(`order must be non-negative but got ${n}`);
  if (a.ndim === 0) throw valueError('diff requires input that is at least one dimensional');
  axis = normAxis(axis, a.ndim);
  const edge = (v: NDArray) => {
    if (v.ndim !== 0) return v;
    const shape = a.shape.slice(); shape[axis] = 1;
    return broadcastTo(v, shape);
  };
  const parts = [...(prepend ? [edge(prepend)] : []), a, ...(append ? [edge(append)] : [])];
  let x = parts.length > 1 ? concatenate(parts, axis) : a;
  const op = x.dtype === 'bool' ? 'not_equal' : 'subtract';
  for (let i = 0; i < n; i++) {
    x = ufunc2(op, getitem(x, along(axis, { start: 1, stop: null, step: null })), getitem(x, along(axis, { start: null, stop: -1, step: null })));
  }
  return x;
}

/** np.roll(a, shift, axis=None). */
export function roll(a: NDArray, shift: number | number[], axis: number | number[] | null = null): NDArray {
  if (axis === null) return reshape(roll(ravel(a), shift, 0), a.shape);
  const axes = Array.isArray(axis) ? axis : [axis];
  const shifts = Array.isArray(shift) ? shift : axes.map(() => shift);
  if (shifts.length !== axes.length) {
    if (shifts.length === 1) while (shifts.length < axes.length) shifts.push(shifts[0]);
    else if (axes.length === 1) while (axes.length < shifts.length) axes.push(axes[0]);
    else throw valueError("'shift' and 'axis' should be scalars or 1D sequences");
  }
  const total = new Array(a.ndim).fill(0);
  axes.forEach((ax, i) => { total[normAxis(ax, a.ndim)] += shifts[i]; });
  let out = a;
  total.forEach((s, ax) => {
    const n = a.shape[ax];
    if (n === 0 || s % n === 0) return;
    const idx = BigInt64Array.from({ length: n }, (_, i) => BigInt((((i - s) % n) + n) % n));
    out = takeAxis(out, idx, ax);
  });
  return out === a ? copy(a) : out;
}

function takeAxis(a: NDArray, idx: BigInt64Array, axis: number): NDArray {
  return getitem(a, along(axis, new NDArray(idx, [idx.length], 'int64')));
}

/** np.meshgrid(*xi, indexing='xy', sparse=False): a list of arrays (copies). */
export function meshgrid(xi: NDArray[], indexing: string = 'xy', sparse = false): NDArray[] {
  if (indexing !== 'xy' && indexing !== 'ij') throw valueError("Valid values for `indexing` are 'xy' and 'ij'.");
  const nd = xi.length;
  let outs = xi.map((x, i) => {
    const shape = new Array(nd).fill(1);
    shape[i] = x.size;
    return reshape(ravel(x), shape);
  });
  if (indexing === 'xy' && nd > 1) {
    outs = outs.map((o) => {
      const s = o.shape.slice();
      [s[0], s[1]] = [s[1], s[0]];
      return reshape(o, s);
    });
  }
  if (sparse) return outs.map((o) => copy(o));
  const full = unwrap(broadcastShapesRule(outs.map((o) => o.shape))) as readonly number[];
  return outs.map((o) => copy(broadcastTo(o, full.slice())));
}

/** np.interp(x, xp, fp, left=None, right=None): NumPy's compiled loop (binary search, slope form, NaN fallback). */
export function interp(x: NDArray, xp: NDArray, fp: NDArray, left: number | null = null, right: number | null = null): NDArray {
  refuseComplex('np.interp', x, xp, fp);
  if (xp.ndim !== 1 || fp.ndim !== 1) throw valueError('object too deep for desired array');
  if (xp.size === 0) throw valueError('array of sample points is empty');
  if (xp.size !== fp.size) throw valueError('fp and xp are not of the same length.');
  const dx = numbers(astype(xp, 'float64')), dy = numbers(astype(fp, 'float64'));
  const n = dx.length;
  const lval = left ?? dy[0], rval = right ?? dy[n - 1];
  const xs = numbers(astype(x, 'float64'));
  const out = new Float64Array(xs.length);
  xs.forEach((v, i) => {
    if (Number.isNaN(v)) { out[i] = v; return; }
    if (v > dx[n - 1]) { out[i] = rval; return; }
    if (v < dx[0]) { out[i] = lval; return; }
    if (v === dx[n - 1]) { out[i] = dy[n - 1]; return; }
    let lo = 0, hi = n - 1; // dx[lo] <= v < dx[hi]
    while (hi - lo > 1) { const mid = (lo + hi) >> 1; if (dx[mid] <= v) lo = mid; else hi = mid; }
    const j = lo;
    if (dx[j] === v) { out[i] = dy[j]; return; }
    const slope = (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]);
    let r = slope * (v - dx[j]) + dy[j];
    if (Number.isNaN(r)) {
      r = slope * (v - dx[j + 1]) + dy[j + 1];
      if (Number.isNaN(r) && dy[j] === dy[j + 1]) r = dy[j];
    }
    out[i] = r;
  });
  const res = new NDArray(out, x.shape.slice(), 'float64');
  if (x.ndim === 0) res.isScalar = true;
  return res;
}

/** np.append(arr, values, axis=None). */
export function append(arr: NDArray, values: NDArray, axis: number | null = null): NDArray {
  if (axis === null) return concatenate([ravel(arr), ravel(values)], 0);
  return concatenate([arr, values], axis);
}

/** np.pad(array, pad_width, mode='constant'|'edge'|'wrap', constant_values=0); pad_width as NumPy normalises it to (ndim, 2). */
export function pad(a: NDArray, padWidth: number[][], mode: string = 'constant', constantValue: NDArray | number | bigint | boolean = 0n): NDArray {
  const widths = normPairs(padWidth, a.ndim, 'pad_width');
  if (widths.some(([l, r]) => l < 0 || r < 0)) throw valueError("index can't contain negative values");
  if (!['constant', 'edge', 'wrap'].includes(mode)) throw new EngineError('NotImplementedError', `np.pad(mode='${mode}') is not available in this build of the Shapewise engine yet`);
  let out = a;
  widths.forEach(([l, r], ax) => {
    if (l === 0 && r === 0) return;
    const n = out.shape[ax];
    const side = (w: number, atStart: boolean): NDArray => {
      const shape = out.shape.slice(); shape[ax] = w;
      if (mode === 'constant') {
        const v = constantValue instanceof NDArray ? constantValue : scalarArray(constantValue, typeof constantValue === 'number' ? 'float64' : typeof constantValue === 'bigint' ? 'int64' : 'bool', false);
        return broadcastTo(astype(v.ndim ? v : v, out.dtype), shape);
      }
      if (n === 0) throw valueError(`can't extend empty axis ${ax} using modes other than 'constant' or 'empty'`);
      const idx = BigInt64Array.from({ length: w }, (_, i) => BigInt(mode === 'edge' ? (atStart ? 0 : n - 1) : atStart ? (((i - w) % n) + n) % n : i % n));
      return takeAxis(out, idx, ax);
    };
    out = concatenate([...(l ? [side(l, true)] : []), out, ...(r ? [side(r, false)] : [])], ax);
  });
  return out === a ? copy(a) : out;
}

function normPairs(w: number[][], ndim: number, what: string): [number, number][] {
  if (w.length === 1) return Array.from({ length: ndim }, () => [w[0][0], w[0][w[0].length - 1]] as [number, number]);
  if (w.length !== ndim) throw valueError(`operands could not be broadcast together with remapped shapes [original->remapped]: (${w.length},${w[0].length === 1 ? '' : w[0].length})  and requested shape (${ndim},2)`);
  void what;
  return w.map((p) => [p[0], p[p.length - 1]] as [number, number]);
}

/** np.cov(m, y=None, rowvar=True, bias=False, ddof=None). */
export function cov(m: NDArray, y: NDArray | null = null, rowvar = true, bias = false, ddof: number | null = null): NDArray {
  refuseComplex('np.cov', m, y);
  if (m.ndim > 2) throw valueError('m has more than 2 dimensions');
  const dt: DType = m.dtype === 'float32' && (!y || y.dtype === 'float32') ? 'float32' : 'float64';
  let X = astype(m, dt);
  if (X.ndim < 2) X = reshape(X, [1, X.size]);
  if (!rowvar && X.shape[0] !== 1) X = transposeCopy(X);
  if (y) {
    let Y = astype(y, dt);
    if (Y.ndim < 2) Y = reshape(Y, [1, Y.size]);
    if (!rowvar && Y.shape[0] !== 1) Y = transposeCopy(Y);
    X = concatenate([X, Y], 0);
  }
  const dd = ddof ?? (bias ? 0 : 1);
  const vars = X.shape[0], N = X.shape[1];
  const fact = Math.max(N - dd, 0);
  const data = numbers(X);
  const means = Array.from({ length: vars }, (_, i) => pairwiseMean(data.slice(i * N, (i + 1) * N)));
  const cen = data.map((v, k) => v - means[Math.floor(k / N)]);
  const out = new Float64Array(vars * vars);
  for (let i = 0; i < vars; i++)
    for (let j = 0; j < vars; j++) {
      let s = 0;
      for (let k = 0; k < N; k++) s += cen[i * N + k] * cen[j * N + k];
      out[i * vars + j] = s * (1 / fact);
    }
  const r = new NDArray(out, vars === 1 ? [] : [vars, vars], 'float64');
  if (vars === 1) r.isScalar = false;
  return dt === 'float64' ? r : astype(r, dt);
}

function transposeCopy(x: NDArray): NDArray {
  const [r, c] = x.shape;
  const out = zeros([c, r], x.dtype);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out.set(j * r + i, x.get(i * c + j));
  return out;
}

function pairwiseMean(xs: number[]): number {
  const a = new NDArray(Float64Array.from(xs), [xs.length], 'float64');
  return (ufunc2('divide', sumAll(a), BigInt(xs.length)).get(0) as number);
}

function sumAll(a: NDArray): NDArray {
  // NumPy's mean is add.reduce / n; the engine's sum follows NumPy's pairwise order
  return engineSum(a);
}

/** np.corrcoef(x, y=None, rowvar=True): cov normalised by the standard deviations, clipped to [-1, 1]. */
export function corrcoef(x: NDArray, y: NDArray | null = null, rowvar = true): NDArray {
  refuseComplex('np.corrcoef', x, y);
  const c = cov(x, y, rowvar);
  if (c.ndim === 0) return ufunc2('divide', c, c);
  const n = c.shape[0];
  const v = numbers(c);
  const sd = Array.from({ length: n }, (_, i) => Math.sqrt(v[i * n + i]));
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const r = v[i * n + j] / sd[i] / sd[j];
    out[i * n + j] = Number.isNaN(r) ? r : Math.min(1, Math.max(-1, r));
  }
  const r = new NDArray(out, [n, n], 'float64');
  return c.dtype === 'float64' ? r : astype(r, c.dtype);
}

/** np.isin(element, test_elements, invert=False). */
export function isin(element: NDArray, test: NDArray, invert = false): NDArray {
  const key = (v: unknown) => (typeof v === 'number' && Object.is(v, -0) ? 0 : v);
  const set = new Set(Array.from({ length: test.size }, (_, i) => keyOf(key(test.get(i)))));
  const out = new Uint8Array(element.size);
  for (let i = 0; i < element.size; i++) out[i] = Number(set.has(keyOf(key(element.get(i)))) !== invert);
  return new NDArray(out, element.shape.slice(), 'bool');
}

/** Numeric identity across dtypes (1n, 1, true all match as NumPy's == does). */
function keyOf(v: unknown): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'bigint') return v.toString();
  const n = v as number;
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

function uniqueValues(a: NDArray): NDArray {
  return (unique(ravel(a)) as unknown as { values: NDArray }).values;
}

/** np.union1d / np.intersect1d / np.setdiff1d: sorted unique results. */
export function union1d(a: NDArray, b: NDArray): NDArray {
  return uniqueValues(concatenate([ravel(a), ravel(b)], 0));
}
export function intersect1d(a: NDArray, b: NDArray): NDArray {
  const ua = uniqueValues(a), ub = uniqueValues(b);
  const both = sort(concatenate([ua, ub], 0), 0);
  const keep: number[] = [];
  for (let i = 0; i + 1 < both.size; i++) if (keyOf(both.get(i)) === keyOf(both.get(i + 1))) keep.push(i);
  return getitem(both, [new NDArray(BigInt64Array.from(keep, BigInt), [keep.length], 'int64')]);
}
export function setdiff1d(a: NDArray, b: NDArray): NDArray {
  const ua = uniqueValues(a);
  const mask = isin(ua, b, true);
  return getitem(ua, [mask]);
}

/** np.unravel_index(indices, shape): a tuple of int64 arrays (NumPy scalars for a scalar index). */
export function unravelIndex(indices: NDArray, shape: number[]): NDArray[] {
  if (DTYPES[indices.dtype].kind === 'f') throw new EngineError('TypeError', "only int indices permitted");
  const size = shape.reduce((p, d) => p * d, 1);
  const idx = numbers(indices);
  const outs = shape.map(() => new BigInt64Array(idx.length));
  idx.forEach((v, k) => {
    if (v < 0 || v >= size) throw valueError(`index ${v} is out of bounds for array with size ${size}`);
    let rem = v;
    for (let d = shape.length - 1; d >= 0; d--) { outs[d][k] = BigInt(rem % shape[d]); rem = Math.floor(rem / shape[d]); }
  });
  return outs.map((o) => {
    const r = new NDArray(o, indices.shape.slice(), 'int64');
    if (indices.ndim === 0) r.isScalar = true;
    return r;
  });
}

/** np.tril_indices(n, k=0, m=None) / np.triu_indices: row and column int64 arrays in C order. */
export function trilIndices(n: number, k = 0, m: number | null = null, upper = false): NDArray[] {
  const cols = m ?? n;
  const r: bigint[] = [], c: bigint[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < cols; j++) if (upper ? j - i >= k : j - i <= k) { r.push(BigInt(i)); c.push(BigInt(j)); }
  return [new NDArray(BigInt64Array.from(r), [r.length], 'int64'), new NDArray(BigInt64Array.from(c), [c.length], 'int64')];
}

/** np.digitize(x, bins, right=False) through searchsorted, as NumPy does. */
export function digitize(x: NDArray, bins: NDArray, right = false): NDArray {
  if (bins.ndim !== 1) throw valueError('object too deep for desired array');
  const b = numbers(bins);
  let inc = true, dec = true;
  for (let i = 1; i < b.length; i++) { if (b[i] < b[i - 1]) inc = false; if (b[i] > b[i - 1]) dec = false; }
  if (!inc && !dec) throw valueError('bins must be monotonically increasing or decreasing');
  const side = right ? 'left' : 'right';
  const xs = x.ndim === 0 ? reshape(x, [1]) : x;
  let r: NDArray;
  if (inc) r = searchsorted(bins, xs, side);
  else r = ufunc2('subtract', BigInt(b.length), searchsorted(flip(bins, 0), xs, side));
  if (x.ndim === 0) { r = reshape(r, []); r.isScalar = true; }
  return r;
}

/** np.flatnonzero(a). */
export function flatnonzero(a: NDArray): NDArray {
  return nonzero(ravel(a))[0];
}

/** np.resize(a, new_shape): the flattened data repeated cyclically (zero-size input gives zeros). */
export function resize(a: NDArray, shape: number[]): NDArray {
  const size = shape.reduce((p, d) => p * d, 1);
  if (shape.some((d) => d < 0)) throw valueError('all elements of `new_shape` must be non-negative');
  const flat = ravel(a);
  const out = zeros(shape, a.dtype);
  if (flat.size === 0) return out;
  for (let i = 0; i < size; i++) out.set(i, flat.get(i % flat.size));
  return out;
}

/** np.vander(x, N=None, increasing=False): columns are powers of x via the multiply ufunc (NumPy's cumulative product). */
export function vander(x: NDArray, N: number | null = null, increasing = false): NDArray {
  if (x.ndim !== 1) throw valueError('x must be a one-dimensional array or sequence.');
  const n = N ?? x.size;
  const dt = promoteTypes(x.dtype, 'int64');
  const out = zeros([x.size, n], dt);
  if (n === 0) return out;
  let col: NDArray = astype(ufunc2('multiply', zerosLike(x), 0n), dt);
  col = ufunc2('add', col, 1n);
  for (let p = 0; p < n; p++) {
    const j = increasing ? p : n - 1 - p;
    setitem(out, [ALL, j], col);
    col = ufunc2('multiply', col, x);
  }
  return out;
}

/** np.cross for 3-element (and 2-element) vectors along the last axis. */
export function cross(a: NDArray, b: NDArray): NDArray {
  const la = a.shape[a.ndim - 1], lb = b.shape[b.ndim - 1];
  if (![2, 3].includes(la) || ![2, 3].includes(lb)) throw valueError('incompatible dimensions for cross product\n(dimension must be 2 or 3)');
  const comp = (x: NDArray, i: number, len: number): NDArray | bigint => (i < len ? getitem(x, ['...', i]) : 0n);
  const mul = (x: NDArray | bigint, y: NDArray | bigint) => ufunc2('multiply', x as NDArray, y as NDArray);
  const sub = (x: NDArray, y: NDArray) => ufunc2('subtract', x, y);
  const [a0, a1, a2] = [0, 1, 2].map((i) => comp(a, i, la));
  const [b0, b1, b2] = [0, 1, 2].map((i) => comp(b, i, lb));
  if (la === 2 && lb === 2) {
    const z = sub(mul(a0, b1), mul(a1, b0));
    z.isScalar = false; // NumPy returns a 0-d array here (deprecated 2-vector form)
    return z;
  }
  const c0 = sub(mul(a1, b2), mul(a2, b1));
  const c1 = sub(mul(a2, b0), mul(a0, b2));
  const c2 = sub(mul(a0, b1), mul(a1, b0));
  const parts = [c0, c1, c2].map((c) => expandLast(c));
  const shape = unwrap(broadcastShapesRule(parts.map((p) => p.shape))) as readonly number[];
  return concatenate(parts.map((p) => broadcastTo(p, shape.slice())), -1);
}

function expandLast(x: NDArray): NDArray {
  return reshape(x, [...x.shape, 1]);
}

/** np.kron(a, b) for arrays of equal rank (outer product, then interleave the axes). */
export function kron(a: NDArray, b: NDArray): NDArray {
  let x = a, y = b;
  while (x.ndim < y.ndim) x = reshape(x, [1, ...x.shape]);
  while (y.ndim < x.ndim) y = reshape(y, [1, ...y.shape]);
  const nd = x.ndim;
  const xs: number[] = [], ys: number[] = [];
  for (let i = 0; i < nd; i++) { xs.push(x.shape[i], 1); ys.push(1, y.shape[i]); }
  const prod = ufunc2('multiply', reshape(x, xs), reshape(y, ys));
  return reshape(prod, x.shape.map((d, i) => d * y.shape[i]));
}

// ------------------------------------------------------------------------------------------
// Third batch: geomspace, trapezoid, gradient, select, lexsort, rot90, indices, diag_indices,
// ravel_multi_index, array_equiv, ediff1d, put, compress, extract.

const sl = (start: number | null, stop: number | null): Index => ({ start, stop, step: null });

/** np.geomspace(start, stop, num=50, endpoint=True): NumPy's sign-split logspace with exact endpoints. */
export function geomspace(start: number, stop: number, num = 50, endpoint = true, dtype?: DType): NDArray {
  if (start === 0 || stop === 0) throw valueError('Geometric sequence cannot include zero');
  const sign = start < 0 ? -1 : 1;
  const s0 = start / sign, s1 = stop / sign;
  const logs = ufunc1('log10', new NDArray(Float64Array.of(s0, s1), [2], 'float64'));
  const result = logspace(logs.get(0) as number, logs.get(1) as number, num, endpoint, 10);
  if (num > 0) result.set(0, s0);
  if (num > 1 && endpoint) result.set(num - 1, s1);
  const out = sign === 1 ? result : ufunc2('multiply', sign, result);
  return dtype && dtype !== out.dtype ? astype(out, dtype) : out;
}

/** np.trapezoid(y, x=None, dx=1.0, axis=-1): sum(d * (y[1:] + y[:-1]) / 2.0) in NumPy's order. */
export function trapezoid(y: NDArray, x: NDArray | null = null, dx = 1, axis = -1): NDArray {
  const ax = normAxis(axis, y.ndim);
  let d: NDArray | number = dx;
  if (x !== null) {
    d = diff(x, 1, x.ndim === 1 ? 0 : ax);
    if (x.ndim === 1 && y.ndim > 1) { const shape = new Array(y.ndim).fill(1); shape[ax] = d.size; d = reshape(d, shape); }
  }
  const hi = getitem(y, along(ax, sl(1, null))), lo = getitem(y, along(ax, sl(null, -1)));
  const terms = ufunc2('divide', ufunc2('multiply', d as NDArray, ufunc2('add', hi, lo)), 2.0);
  return engineSum(terms, { axis: ax });
}

/** np.gradient(f, *varargs, axis=None, edge_order=1): second-order central differences, one-sided edges. */
export function gradient(f: NDArray, spacing: (number | NDArray)[] = [], axes: number[] | null = null, edgeOrder = 1): NDArray[] {
  refuseComplex('np.gradient', f);
  if (edgeOrder !== 1 && edgeOrder !== 2) throw valueError("'edge_order' greater than 2 not supported");
  const axs = (axes ?? f.shape.map((_, i) => i)).map((a) => normAxis(a, f.ndim));
  const dxs = spacing.length === 0 ? axs.map(() => 1 as number | NDArray) : spacing.length === 1 ? axs.map(() => spacing[0]) : spacing;
  if (dxs.length !== axs.length) throw new EngineError('TypeError', 'invalid number of arguments');
  const ff = DTYPES[f.dtype].kind === 'f' ? f : astype(f, 'float64');
  return axs.map((ax, i) => {
    const n = ff.shape[ax];
    if (n < edgeOrder + 1) throw valueError('Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.');
    let h = dxs[i];
    let uniform = typeof h === 'number' || h.ndim === 0;
    let dxArr: NDArray | null = null;
    if (!uniform) {
      const hx = h as NDArray;
      if (hx.size !== n) throw valueError('when 1d, distances must match the length of the corresponding dimension');
      dxArr = diff(DTYPES[hx.dtype].kind === 'f' ? hx : astype(hx, 'float64'));
      const dv = numbers(dxArr);
      if (dv.every((v) => v === dv[0])) { uniform = true; h = dv[0]; }
    }
    const part = (s: number | null, e: number | null) => getitem(ff, along(ax, sl(s, e)));
    const out = zerosLike(ff);
    const set = (s: number | null, e: number | null, v: NDArray) => setitem(out, along(ax, sl(s, e)), v);
    if (uniform) {
      const hv = typeof h === 'number' ? h : Number((h as NDArray).get(0));
      set(1, -1, ufunc2('divide', ufunc2('subtract', part(2, null), part(null, -2)), 2.0 * hv));
      if (edgeOrder === 1) {
        set(0, 1, ufunc2('divide', ufunc2('subtract', part(1, 2), part(0, 1)), hv));
        set(-1, null, ufunc2('divide', ufunc2('subtract', part(-1, null), part(-2, -1)), hv));
      } else {
        const lin = (c: number[], idx: number[][]) => idx.reduce((acc: NDArray | null, [s, e], k) => {
          const term = ufunc2('multiply', c[k], part(s, e === 0 ? null : e));
          return acc === null ? term : ufunc2('add', acc, term);
        }, null)!;
        set(0, 1, ufunc2('divide', lin([-1.5, 2, -0.5], [[0, 1], [1, 2], [2, 3]]), hv));
        set(-1, null, ufunc2('divide', lin([0.5, -2, 1.5], [[-3, -2], [-2, -1], [-1, 0]]), hv));
      }
    } else {
      const shape = new Array(ff.ndim).fill(1); shape[ax] = n - 2;
      const d = dxArr!;
      const dx1 = reshape(getitem(d, [sl(0, -1)]), shape), dx2 = reshape(getitem(d, [sl(1, null)]), shape);
      const a = ufunc2('divide', ufunc1('negative', dx2), ufunc2('multiply', dx1, ufunc2('add', dx1, dx2)));
      const b = ufunc2('divide', ufunc2('subtract', dx2, dx1), ufunc2('multiply', dx1, dx2));
      const c = ufunc2('divide', dx1, ufunc2('multiply', dx2, ufunc2('add', dx1, dx2)));
      set(1, -1, ufunc2('add', ufunc2('add', ufunc2('multiply', a, part(null, -2)), ufunc2('multiply', b, part(1, -1))), ufunc2('multiply', c, part(2, null))));
      if (edgeOrder !== 1) throw new EngineError('NotImplementedError', 'np.gradient(edge_order=2) with coordinate arrays is not available in this build of the Shapewise engine yet');
      const d0 = getitem(d, [0]), dl = getitem(d, [-1]);
      set(0, 1, ufunc2('divide', ufunc2('subtract', part(1, 2), part(0, 1)), d0));
      set(-1, null, ufunc2('divide', ufunc2('subtract', part(-1, null), part(-2, -1)), dl));
    }
    return out;
  });
}

/** np.select(condlist, choicelist, default=0): the first true condition wins. */
export function select(conds: NDArray[], choices: NDArray[], dflt: NDArray | number | bigint | boolean = 0n): NDArray {
  if (conds.length !== choices.length) throw valueError('list of cases must be same length as list of conditions');
  if (conds.length === 0) throw valueError('select with an empty condition list is not possible');
  conds.forEach((c, i) => { if (c.dtype !== 'bool') throw new EngineError('TypeError', `invalid entry ${i} in condlist: should be boolean ndarray`); });
  let result: NDArray | number | bigint | boolean = dflt;
  for (let i = conds.length - 1; i >= 0; i--) result = whereOp(conds[i], choices[i], result);
  return result as NDArray;
}

/** np.lexsort(keys): indirect stable sort, the last key primary. */
export function lexsort(keys: NDArray[]): NDArray {
  if (keys.length === 0) throw new EngineError('TypeError', 'need sequence of keys with len > 0 in lexsort');
  const n = keys[0].shape[keys[0].ndim - 1] ?? 1;
  let idx = arange(0n, BigInt(n));
  for (const k of keys) {
    const sub = getitem(k, [idx]);
    idx = getitem(idx, [argsort(sub, -1)]);
  }
  return idx;
}

/** np.rot90(m, k=1, axes=(0, 1)). */
export function rot90(m: NDArray, k = 1, axes: [number, number] = [0, 1]): NDArray {
  if (m.ndim < 2) throw valueError('Axes must be different.');
  const a0 = normAxis(axes[0], m.ndim), a1 = normAxis(axes[1], m.ndim);
  if (a0 === a1) throw valueError('Axes must be different.');
  k = ((k % 4) + 4) % 4;
  if (k === 0) return getitem(m, [ALL]);
  if (k === 2) return flip(flip(m, a0), a1);
  const perm = m.shape.map((_, i) => i);
  [perm[a0], perm[a1]] = [perm[a1], perm[a0]];
  return k === 1 ? transpose(flip(m, a1), perm) : flip(transpose(m, perm), a1);
}

/** np.indices(dimensions, dtype=int, sparse=False): the (N, *dims) index grid (dense only). */
export function indices(dims: number[], dtype: DType = 'int64'): NDArray {
  const out = zeros([dims.length, ...dims], 'int64');
  const size = dims.reduce((p, d) => p * d, 1);
  for (let f = 0; f < size; f++) {
    let rem = f;
    for (let d = dims.length - 1; d >= 0; d--) { out.set(d * size + f, BigInt(rem % dims[d])); rem = Math.floor(rem / dims[d]); }
  }
  return dtype === 'int64' ? out : astype(out, dtype);
}

/** np.diag_indices(n, ndim=2). */
export function diagIndices(n: number, ndim = 2): NDArray[] {
  return Array.from({ length: ndim }, () => arange(0n, BigInt(n)));
}

/** np.ravel_multi_index(multi_index, dims) in C order, mode='raise'. */
export function ravelMultiIndex(multi: NDArray[], dims: number[]): NDArray {
  if (multi.length !== dims.length) throw valueError(`parameter multi_index must be a sequence of length ${dims.length}`);
  const shape = unwrap(broadcastShapesRule(multi.map((m) => m.shape))) as readonly number[];
  const cols = multi.map((m) => numbers(broadcastTo(m, shape.slice())));
  const size = shape.reduce((p, d) => p * d, 1);
  const out = new BigInt64Array(size);
  for (let i = 0; i < size; i++) {
    let flatIdx = 0;
    for (let d = 0; d < dims.length; d++) {
      const v = cols[d][i];
      if (v < 0 || v >= dims[d]) throw valueError('invalid entry in coordinates array');
      flatIdx = flatIdx * dims[d] + v;
    }
    out[i] = BigInt(flatIdx);
  }
  const r = new NDArray(out, shape.slice(), 'int64');
  if (shape.length === 0) r.isScalar = true;
  return r;
}

/** np.array_equiv(a1, a2): broadcastable and equal everywhere (a Python bool). */
export function arrayEquiv(a: NDArray, b: NDArray): boolean {
  const shape = broadcastShapesRule([a.shape, b.shape]);
  if (!shape.ok) return false;
  const eq = ufunc2('equal', a, b);
  for (let i = 0; i < eq.size; i++) if (!eq.get(i)) return false;
  return true;
}

/** np.ediff1d(ary, to_end=None, to_begin=None). */
export function ediff1d(ary: NDArray, toEnd: NDArray | null = null, toBegin: NDArray | null = null): NDArray {
  const flat = ravel(ary);
  const d = flat.size ? ufunc2('subtract', getitem(flat, [sl(1, null)]), getitem(flat, [sl(null, -1)])) : zeros([0], ary.dtype);
  const parts = [...(toBegin ? [astype(ravel(toBegin), d.dtype)] : []), d, ...(toEnd ? [astype(ravel(toEnd), d.dtype)] : [])];
  return parts.length > 1 ? concatenate(parts, 0) : d;
}

/** np.put(a, ind, v): flat positions, values repeated cyclically, mode='raise'. */
export function put(a: NDArray, ind: NDArray, v: NDArray): void {
  const idx = numbers(ind);
  const vals = astype(ravel(v), a.dtype);
  if (vals.size === 0) return;
  idx.forEach((i, k) => {
    if (i < -a.size || i >= a.size) throw indexError(`index ${i} is out of bounds for axis 0 with size ${a.size}`);
    a.set(i < 0 ? i + a.size : i, vals.get(k % vals.size));
  });
}

/** np.compress(condition, a, axis=None). */
export function compress(condition: NDArray, a: NDArray, axis: number | null = null): NDArray {
  const x = axis === null ? ravel(a) : a;
  const ax = normAxis(axis ?? 0, x.ndim);
  const c = numbers(ravel(condition));
  const n = x.shape[ax];
  if (c.length > n) throw indexError(`index ${n} is out of bounds for axis ${ax} with size ${n}`);
  const keep = c.map((v, i) => (v ? i : -1)).filter((i) => i >= 0);
  return takeAxis(x, BigInt64Array.from(keep, BigInt), ax);
}

/** np.extract(condition, arr): ravel(arr)[ravel(condition) != 0]. */
export function extract(condition: NDArray, arr: NDArray): NDArray {
  const c = numbers(ravel(condition));
  const flat = ravel(arr);
  const keep = c.map((v, i) => (v ? i : -1)).filter((i) => i >= 0 && i < flat.size);
  return takeAxis(flat, BigInt64Array.from(keep, BigInt), 0);
}

// ------------------------------------------------------------------------------------------
// Fourth batch: nanmedian / nanquantile / nanpercentile, window functions, polynomial helpers.

/** Lanes of `a` along `axis` (null: all of it) as number arrays, with the reduced shape. */
function lanesOf(a: NDArray, axis: number | null, keepdims: boolean): { lanes: number[][]; shape: number[] } {
  const x = axis === null ? ravel(a) : moveaxis(a, normAxis(axis, a.ndim), -1);
  const n = x.shape[x.ndim - 1] ?? 1;
  const flat = numbers(copy(x));
  const lanes: number[][] = [];
  for (let i = 0; i < flat.length; i += n) lanes.push(flat.slice(i, i + n));
  if (x.ndim === 0) lanes.push(flat);
  let shape = x.shape.slice(0, -1);
  if (keepdims) shape = axis === null ? a.shape.map(() => 1) : a.shape.map((d, i) => (i === normAxis(axis, a.ndim) ? 1 : d));
  return { lanes, shape };
}

function finishFloat(out: Float64Array, shape: number[], like: NDArray): NDArray {
  const r = new NDArray(out, shape, 'float64');
  const res = like.dtype === 'float32' ? astype(r, 'float32') : r;
  if (shape.length === 0) res.isScalar = true;
  return res;
}

/** np.nanmedian(a, axis=None, keepdims=False): the median of the non-NaN values ((a+b)/2 for even counts). */
export function nanmedian(a: NDArray, axis: number | null = null, keepdims = false): NDArray {
  const { lanes, shape } = lanesOf(a, axis, keepdims);
  const out = new Float64Array(lanes.length);
  lanes.forEach((l, i) => {
    const v = l.filter((x) => !Number.isNaN(x)).sort((p, q) => p - q);
    const n = v.length;
    out[i] = n === 0 ? NaN : n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  });
  return finishFloat(out, shape, a);
}

/** np.nanquantile / np.nanpercentile with method='linear' (NumPy's two-sided lerp). */
export function nanquantile(a: NDArray, q: NDArray, axis: number | null = null, keepdims = false, percent = false): NDArray {
  refuseComplex('np.nanquantile', a);
  const qs = numbers(q).map((v) => (percent ? v / 100 : v));
  if (qs.some((x) => !(x >= 0 && x <= 1))) throw valueError(percent ? 'Percentiles must be in the range [0, 100]' : 'Quantiles must be in the range [0, 1]');
  const { lanes, shape } = lanesOf(a, axis, keepdims);
  const out = new Float64Array(qs.length * lanes.length);
  qs.forEach((qq, qi) => lanes.forEach((l, li) => {
    const v = l.filter((x) => !Number.isNaN(x)).sort((p, r) => p - r);
    const n = v.length;
    if (n === 0) { out[qi * lanes.length + li] = NaN; return; }
    const virt = (n - 1) * qq;
    const lo = Math.min(Math.max(Math.floor(virt), 0), n - 1), hi = Math.min(lo + 1, n - 1);
    const t = virt - Math.floor(virt);
    const d = v[hi] - v[lo];
    out[qi * lanes.length + li] = t >= 0.5 ? v[hi] - d * (1 - t) : v[lo] + d * t;
  }));
  return finishFloat(out, [...q.shape, ...shape], a);
}

/** np.hanning / hamming / blackman / bartlett(M): NumPy's formulas over n = arange(1-M, M, 2) or arange(M). */
export function window(kind: 'hanning' | 'hamming' | 'blackman' | 'bartlett', M: number): NDArray {
  if (M < 1) return zeros([0], 'float64');
  if (M === 1) return new NDArray(Float64Array.of(1), [1], 'float64');
  const out = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    if (kind === 'blackman') {
      const n = 1 - M + 2 * i;
      out[i] = 0.42 + 0.5 * Math.cos((Math.PI * n) / (M - 1)) + 0.08 * Math.cos((2.0 * Math.PI * n) / (M - 1));
    } else if (kind === 'bartlett') {
      const n = 1 - M + 2 * i;
      out[i] = n <= 0 ? 1 + n / (M - 1) : 1 - n / (M - 1);
    } else {
      const n = 1 - M + 2 * i;
      out[i] = kind === 'hanning' ? 0.5 + 0.5 * Math.cos((Math.PI * n) / (M - 1)) : 0.54 + 0.46 * Math.cos((Math.PI * n) / (M - 1));
    }
  }
  return new NDArray(out, [M], 'float64');
}

/** np.polyder(p, m=1) on coefficient arrays (highest power first). */
export function polyder(p: NDArray, m = 1): NDArray {
  if (m < 0) throw valueError('Order of derivative must be positive (see polyint)');
  let c = p;
  for (let k = 0; k < m; k++) {
    const n = c.size - 1;
    if (n <= 0) { c = zeros([1], c.dtype === 'bool' ? 'int64' : c.dtype); continue; }
    const powers = arange(BigInt(n), 0n, -1n);
    c = ufunc2('multiply', getitem(c, [sl(null, -1)]), powers);
  }
  return c;
}

/** np.polyint(p, m=1, k=None): antiderivative with zero integration constants. */
export function polyint(p: NDArray, m = 1): NDArray {
  if (m < 0) throw valueError('Order of integral must be positive (see polyder)');
  let c = p;
  for (let k = 0; k < m; k++) {
    const n = c.size;
    const powers = arange(BigInt(n), 0n, -1n);
    c = concatenate([ufunc2('divide', c, powers), zeros([1], 'float64')], 0);
  }
  return c;
}

/** np.polyadd / np.polysub: align the lower powers, pad the shorter with leading zeros. */
export function polyadd(a: NDArray, b: NDArray, subtract = false): NDArray {
  const x = ravel(a), y = ravel(b);
  const n = Math.max(x.size, y.size);
  const padTo = (v: NDArray) => (v.size === n ? v : concatenate([zeros([n - v.size], v.dtype), v], 0));
  return ufunc2(subtract ? 'subtract' : 'add', padTo(x), padTo(y));
}
