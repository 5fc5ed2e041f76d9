// Element-wise helpers and repetition: where (1 and 3 arguments), clip, tile, repeat, diag,
// diagonal/trace, nonzero/argwhere, and the shapes of creation functions (zeros, arange,
// linspace, eye) — shapes, dtypes and NumPy's messages.
import { broadcastOperands, broadcastShapes } from './broadcast';
import { concatenateShape } from './concat';
import {
  dimAdd, dimCanBe, dimLess, dimLowerBound, dimMul, dimProduct, dimSub, dimSum, dimToString, isConcreteDim, shapeToString, unknownDim, type Dim, type Shape,
} from './dims';
import { canCast, checkPythonIntFits, dtypeRepr, itemsize, resultType, type Casting, type DType, type Operand, type WeakScalar } from './dtypes';
import { fail, memoryError, ok, type RuleResult } from './errors';
import { normalizeAxisIndex } from './reduce';
import { reductionDType as reductionDTypeOf } from './ufuncs';

/** `np.where(cond, x, y)`: the three broadcast together, dtype from x and y. */
export function whereResult(cond: Shape, x: Shape, y: Shape, xd: Operand, yd: Operand): RuleResult<{ shape: Shape; dtype: DType }> {
  const s = broadcastOperands([cond, x, y]);
  return s.ok ? ok({ shape: s.value, dtype: resultType(xd, yd) }) : s;
}

/** `np.nonzero(a)` / `np.where(a)`: one index array per dim, each of unknown length. */
export function nonzeroShapes(shape: Shape, count?: Dim): Shape[] {
  const n = count ?? (dimProduct(shape) === 0 ? 0 : unknownDim('number of nonzero values'));
  return (shape.length === 0 ? [[]] : shape).map(() => [n]);
}

/** `np.argwhere(a)`: (count, ndim). */
export function argwhereShape(shape: Shape, count?: Dim): Shape {
  const n = count ?? (dimProduct(shape) === 0 ? 0 : unknownDim('number of nonzero values'));
  return [n, shape.length];
}

/**
 * `np.clip(a, a_min, a_max)` (pass null for a None bound): for an integer array a Python-int
 * bound at or beyond the dtype's range on its harmless side (min <= dtype min, max >= dtype
 * max) is dropped as NumPy's wrapper does; the rest broadcast together with NEP 50 dtypes, and
 * a remaining out-of-range Python int raises OverflowError.
 */
export function clipResult(a: Shape, lo: Shape | null, hi: Shape | null, ad: Operand, lod: Operand | null, hid: Operand | null): RuleResult<{ shape: Shape; dtype: DType }> {
  const bounds: { shape: Shape; dtype: Operand; isMin: boolean }[] = [];
  if (lo !== null && lod !== null) bounds.push({ shape: lo, dtype: lod, isMin: true });
  if (hi !== null && hid !== null) bounds.push({ shape: hi, dtype: hid, isMin: false });
  const kept = bounds.filter((bd) => {
    if (typeof ad !== 'string' || typeof bd.dtype === 'string' || bd.dtype.weak !== 'int' || bd.dtype.value === undefined) return true;
    const k = dtypeKindOf(ad);
    if (k !== 'i' && k !== 'u') return true;
    const range = intRange(ad);
    const raw = bd.dtype.value;
    if (typeof raw === 'number' && !Number.isInteger(raw)) return true;
    const v = BigInt(raw);
    return bd.isMin ? v > range[0] : v < range[1];
  });
  if (kept.length === 0) return ok({ shape: a, dtype: typeof ad === 'string' ? ad : resultType(ad) });
  const dtype = resultType(ad, ...kept.map((k) => k.dtype));
  for (const k of kept) {
    if (typeof k.dtype !== 'string' && k.dtype.weak === 'int' && k.dtype.value !== undefined) {
      const fits = checkPythonIntFits(k.dtype.value, dtype);
      if (!fits.ok) return fits;
    }
  }
  const s = broadcastOperands([a, ...kept.map((k) => k.shape)]);
  return s.ok ? ok({ shape: s.value, dtype }) : s;
}

function dtypeKindOf(dt: DType): string {
  return dt === 'bool' ? 'b' : dt.startsWith('u') ? 'u' : dt.startsWith('i') ? 'i' : 'f';
}

function intRange(dt: DType): [bigint, bigint] {
  const bits = BigInt(itemsize(dt) * 8);
  return dt.startsWith('u') ? [0n, 2n ** bits - 1n] : [-(2n ** (bits - 1n)), 2n ** (bits - 1n) - 1n];
}

/** `np.tile(a, reps)`. */
export function tileShape(shape: Shape, reps: number | readonly Dim[]): RuleResult<Shape> {
  const r = typeof reps === 'number' ? [reps] : reps;
  for (const x of r) if (typeof x === 'number' && x < 0) return fail('ValueError', 'negative dimensions are not allowed');
  const nd = Math.max(shape.length, r.length);
  const s = [...Array(nd - shape.length).fill(1), ...shape];
  const rr = [...Array(nd - r.length).fill(1), ...r];
  return ok(s.map((d, i) => dimMul(d, rr[i])));
}

/** `np.repeat(a, repeats, axis)`: repeats is a count or one count per element along the axis. */
export function repeatShape(shape: Shape, repeats: Dim | readonly Dim[], axis: number | null = null): RuleResult<Shape> {
  let n: Dim;
  let ax = -1;
  if (axis === null) n = dimProduct(shape);
  else if (shape.length === 0 && (axis === 0 || axis === -1)) {
    // PyArray_CheckAxis treats a 0-d array as 1-d.
    return repeatShape([1], repeats, 0);
  } else {
    const r = normalizeAxisIndex(axis, shape.length);
    if (!r.ok) return r;
    ax = r.value;
    n = shape[ax];
  }
  let len: Dim;
  if (Array.isArray(repeats)) {
    const list = repeats as readonly Dim[];
    for (const x of list) if (typeof x === 'number' && x < 0) return fail('ValueError', 'repeats may not contain negative values.');
    if (list.length === 1) len = dimMul(n, list[0]);
    else {
      if (isConcreteDim(n) && n !== list.length) return fail('ValueError', `operands could not be broadcast together with shape (${dimToString(n)},) (${list.length},)`);
      len = dimSum(list);
    }
  } else {
    const k = repeats as Dim;
    if (typeof k === 'number' && k < 0) return fail('ValueError', 'negative dimensions are not allowed');
    len = dimMul(n, k);
  }
  if (axis === null) return ok([len]);
  return ok(shape.map((d, i) => (i === ax ? len : d)));
}

/** `np.diag(v, k)`: 1-D → square 2-D, 2-D → its k-th diagonal. */
export function diagShape(shape: Shape, k = 0): RuleResult<Shape> {
  if (shape.length === 1) {
    const n = dimSum([shape[0], Math.abs(k)]);
    return ok([n, n]);
  }
  if (shape.length === 2) return ok([diagonalLength(shape[0], shape[1], k)]);
  return fail('ValueError', 'Input must be 1- or 2-d.');
}

function diagonalLength(rows: Dim, cols: Dim, k: number): Dim {
  if (isConcreteDim(rows) && isConcreteDim(cols)) {
    return Math.max(0, k >= 0 ? Math.min(rows, cols - k) : Math.min(rows + k, cols));
  }
  if (k === 0 && rows === cols) return rows;
  return unknownDim();
}

/** `np.trace(a)` / `np.diagonal(a)` on the first two axes. */
export function diagonalShape(shape: Shape, k = 0): RuleResult<Shape> {
  if (shape.length < 2) return fail('ValueError', 'diag requires an array of at least two dimensions');
  return ok([...shape.slice(2), diagonalLength(shape[0], shape[1], k)]);
}

/**
 * `np.arange(*args)` with Python-scalar arguments (stop | start, stop | start, stop, step):
 * length `ceil((stop - start) / step)` (at least 0) and dtype int64, or float64 once a float
 * appears. A zero step divides by zero as Python does.
 */
export function arangeResult(args: readonly WeakScalar[]): RuleResult<{ shape: Shape; dtype: DType }> {
  const vals = args.map((a) => Number(a.value ?? NaN));
  const [start, stop, step] = vals.length === 1 ? [0, vals[0], 1] : vals.length === 2 ? [vals[0], vals[1], 1] : vals;
  const dtype = resultType(...args);
  if (step === 0) return fail('ZeroDivisionError', args.some((a) => a.weak === 'float') ? 'float division by zero' : 'division by zero');
  if (![start, stop, step].every(Number.isFinite)) return ok({ shape: [unknownDim()], dtype });
  const n = Math.max(0, Math.ceil((stop - start) / step));
  if (n > Number.MAX_SAFE_INTEGER || n >= 2 ** 63) return fail('ValueError', 'Maximum allowed size exceeded');
  return ok({ shape: [n], dtype });
}

/** Length of `np.arange(start, stop, step)` for known numbers. */
export function arangeLength(start: number, stop: number, step = 1): RuleResult<number> {
  if (step === 0) return fail('ZeroDivisionError', 'division by zero');
  return ok(Math.max(0, Math.ceil((stop - start) / step)));
}

/** `a.astype(dtype, casting=...)`: the cast must be allowed under `casting` (default 'unsafe'). */
export function astypeCheck(from: DType, to: DType, casting: Casting = 'unsafe'): RuleResult<DType> {
  if (canCast(from, to, casting)) return ok(to);
  return fail('TypeError', `Cannot cast array data from ${dtypeRepr(from)} to ${dtypeRepr(to)} according to the rule '${casting}'`);
}

/** `np.linspace(start, stop, num)` length, with NumPy's check of num. */
export function linspaceLength(num: number): RuleResult<number> {
  if (num < 0) return fail('ValueError', `Number of samples, ${num}, must be non-negative.`);
  return ok(num);
}

/** The shape of a creation call (`np.zeros(shape)`...), with NumPy's negative-dimension error. */
export function creationShape(shape: Shape): RuleResult<Shape> {
  for (const d of shape) if (typeof d === 'number' && d < 0) return fail('ValueError', 'negative dimensions are not allowed');
  return ok(shape);
}

/** `np.eye(N, M)`. */
export function eyeShape(n: Dim, m?: Dim): RuleResult<Shape> {
  return creationShape([n, m ?? n]);
}


/**
 * The engine's allocation cap: an array of `shape` and `dtype` needing more than `capBytes`
 * fails with NumPy's MemoryError text (`Unable to allocate 7.28 TiB for an array with shape
 * (1000000, 1000000) and data type float64`).
 */
export function checkAllocation(shape: readonly number[], dtype: DType, capBytes: number): RuleResult<number> {
  const max = 2n ** 63n - 1n;
  let size = 1n;
  for (const d of shape) {
    if (d < 0) return fail('ValueError', 'negative dimensions are not allowed');
    if (BigInt(Math.floor(d)) > max) return fail('ValueError', 'Maximum allowed dimension exceeded');
  }
  for (const d of shape) size *= BigInt(Math.floor(d));
  if (size * BigInt(itemsize(dtype)) > max) {
    return fail('ValueError', 'array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.');
  }
  const bytes = Number(size) * itemsize(dtype);
  if (bytes > capBytes) return { ok: false, error: memoryError(bytes, shapeToString(shape), dtype) };
  return ok(bytes);
}

/**
 * Python's check of `a, b = x.shape` (tuple unpacking of a shape of rank `ndim` into
 * `targets` names; `starred` when one target is `*rest`).
 */
export function unpackCheck(ndim: number, targets: number, starred = false): RuleResult<true> {
  if (starred) {
    if (ndim < targets - 1) return fail('ValueError', `not enough values to unpack (expected at least ${targets - 1}, got ${ndim})`);
    return ok(true);
  }
  if (ndim > targets) return fail('ValueError', `too many values to unpack (expected ${targets})`);
  if (ndim < targets) return fail('ValueError', `not enough values to unpack (expected ${targets}, got ${ndim})`);
  return ok(true);
}

/** Non-ufunc functions whose result dtype functionDType knows. */
export type FunctionName =
  | 'sort' | 'unique' | 'flip' | 'copy' | 'ravel' | 'transpose' | 'diff' | 'round'
  | 'argsort' | 'nonzero' | 'flatnonzero' | 'argwhere' | 'searchsorted'
  | 'trace' | 'isclose' | 'median' | 'percentile' | 'quantile';

/**
 * The result dtype of common non-ufunc functions on an array of dtype `dt`: order and set
 * functions keep it, index-returning ones give int64, trace sums, median/percentile average.
 * `np.round` of a bool array is float16 (it rounds through the float16 loop); percentile
 * rejects bool and complex arrays.
 */
export function functionDType(name: FunctionName, dt: DType): RuleResult<DType> {
  const kind = dt === 'bool' ? 'b' : dt.startsWith('u') ? 'u' : dt.startsWith('i') ? 'i' : dt.startsWith('f') ? 'f' : 'c';
  switch (name) {
    case 'sort': case 'unique': case 'flip': case 'copy': case 'ravel': case 'transpose': case 'diff':
      return ok(dt);
    case 'round':
      return ok(dt === 'bool' ? 'float16' : dt);
    case 'argsort': case 'nonzero': case 'flatnonzero': case 'argwhere': case 'searchsorted':
      return ok('int64');
    case 'trace':
      return ok(reductionDTypeOf('sum', dt));
    case 'isclose':
      return ok('bool');
    case 'median':
      return ok(kind === 'b' || kind === 'i' || kind === 'u' ? 'float64' : dt);
    case 'percentile': case 'quantile':
      if (kind === 'b') return fail('TypeError', 'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
      if (kind === 'c') return fail('TypeError', 'a must be an array of real numbers');
      return ok(kind === 'i' || kind === 'u' ? 'float64' : dt);
  }
}

/**
 * `np.cross(a, b)` (default axes): vectors of length 2 or 3 along the last axis, batches
 * broadcast; 3-vectors give 3-vectors, two 2-vectors a scalar per pair (null: the rank
 * depends on symbolic lengths).
 */
export function crossShape(a: Shape, b: Shape): RuleResult<Shape | null> {
  if (a.length === 0 || b.length === 0) return fail('ValueError', 'At least one array has zero dimension');
  const la = a[a.length - 1], lb = b[b.length - 1];
  for (const l of [la, lb]) {
    if (!dimCanBe(l, 2) && !dimCanBe(l, 3)) return fail('ValueError', 'incompatible dimensions for cross product\n(dimension must be 2 or 3)');
  }
  const batch = broadcastShapes([a.slice(0, -1), b.slice(0, -1)]);
  if (!batch.ok) return batch;
  if (la === 3 || lb === 3) return ok([...batch.value, 3]);
  if (la === 2 && lb === 2) return ok(batch.value);
  return ok(null);
}

/** `np.kron(a, b)`: shapes padded to the same rank with leading 1s, multiplied dim by dim. */
export function kronShape(a: Shape, b: Shape): RuleResult<Shape> {
  const nd = Math.max(a.length, b.length);
  const pa = [...Array<Dim>(nd - a.length).fill(1), ...a], pb = [...Array<Dim>(nd - b.length).fill(1), ...b];
  return ok(pa.map((d, i) => dimMul(d, pb[i])));
}

/** `np.diff(a, n, axis)`: the axis shrinks by n (not below 0). */
export function diffShape(shape: Shape, n = 1, axis = -1): RuleResult<Shape> {
  if (n === 0) return ok(shape);
  if (n < 0) return fail('ValueError', `order must be non-negative but got ${n}`);
  if (shape.length === 0) return fail('ValueError', 'diff requires input that is at least one dimensional');
  const ax = normalizeAxisIndex(axis, shape.length);
  if (!ax.ok) return ax;
  const d = shape[ax.value];
  const len: Dim = isConcreteDim(d) ? Math.max(0, d - n) : dimLowerBound(d) >= n ? dimSub(d, n) : unknownDim();
  return ok(shape.map((x, i) => (i === ax.value ? len : x)));
}

/**
 * `np.take(a, indices, axis)`: indices of `indexShape` replace the axis (the flattened array
 * when axis is None); known index `values` are bounds-checked with NumPy's IndexError.
 */
export function takeShape(shape: Shape, indexShape: Shape, axis: number | null = null, values?: readonly number[]): RuleResult<Shape> {
  let size: Dim, ax = 0, base: Shape;
  if (axis === null) {
    size = dimProduct(shape);
    base = [size];
  } else {
    // PyArray_CheckAxis: a 0-d array is taken as 1-d.
    const s = shape.length === 0 ? [1] : shape;
    const r = normalizeAxisIndex(axis, s.length);
    if (!r.ok) return r;
    ax = r.value;
    size = s[ax];
    base = s;
  }
  // Indices are checked inside the loop over the dims before the axis: none when that is empty.
  const outer = dimProduct(base.slice(0, ax));
  if (dimCanBe(outer, 0)) return ok([...base.slice(0, ax), ...indexShape, ...base.slice(ax + 1)]);
  if (size === 0 && !dimCanBe(dimProduct(indexShape), 0)) return fail('IndexError', 'cannot do a non-empty take from an empty axes.');
  for (const v of values ?? []) {
    const out = isConcreteDim(size) ? v >= size || v < -size : v >= 0 ? dimLess(v, size) === false : dimLess(size, -v) === true;
    if (out) return fail('IndexError', `index ${v} is out of bounds for axis ${axis === null ? 0 : ax} with size ${dimToString(size)}`);
  }
  return ok([...base.slice(0, ax), ...indexShape, ...base.slice(ax + 1)]);
}

/**
 * Functions that keep the shape and work along an axis: sort and argsort (None flattens), roll
 * (None keeps the shape). `zeroDAsOneD`: argsort treats a 0-d array as 1-d (axis 0 or -1 gives
 * shape (1,)).
 */
export function sameShapeAlongAxis(shape: Shape, axis: number | readonly number[] | null, flattenOnNone: boolean, zeroDAsOneD = false): RuleResult<Shape> {
  if (axis === null) return ok(flattenOnNone ? [dimProduct(shape)] : shape);
  if (zeroDAsOneD && shape.length === 0 && (axis === 0 || axis === -1)) return ok([1]);
  for (const a of typeof axis === 'number' ? [axis] : axis) {
    const r = normalizeAxisIndex(a, shape.length);
    if (!r.ok) return r;
  }
  return ok(shape);
}

/** `np.append(a, values, axis)`: concatenation, of flattened arrays when axis is None. */
export function appendShape(a: Shape, values: Shape, axis: number | null = null): RuleResult<Shape> {
  if (axis === null) return ok([dimAdd(dimProduct(a), dimProduct(values))]);
  return concatenateShape([a, values], axis);
}
