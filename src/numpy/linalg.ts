// np.linalg shape and dtype rules: the rank and squareness checks (LinAlgError texts), the
// result shapes of inv/pinv/det/slogdet/solve/eigvals/norm (solve is the gufunc (m,m),(m,n)->(m,n),
// or (m,m),(m)->(m) when b is 1-D, with batch broadcasting), and the dtype linalg computes in.
// Value-dependent failures (singular matrices) belong to the engine.
import { dimEq, dimLess, dimToString, symDim, type Dim, type Shape } from './dims';
import { dtypeInfo, type DType } from './dtypes';
import { fail, ok, type RuleResult } from './errors';
import { coreMismatchMessage, gufuncBatchBroadcast } from './matmul';
import { normalizeAxisIndex, reduceShape } from './reduce';

/** `_assert_stacked_2d` and `_assert_stacked_square`. */
export function checkSquareStack(shape: Shape): RuleResult<true> {
  if (shape.length < 2) return fail('LinAlgError', `${shape.length}-dimensional array given. Array must be at least two-dimensional`);
  if (dimEq(shape[shape.length - 1], shape[shape.length - 2]) === false) return fail('LinAlgError', 'Last 2 dimensions of the array must be square');
  return ok(true);
}

/** `_assert_stacked_2d` alone (pinv, svd, matrix_rank on stacks). */
export function checkStacked2d(shape: Shape): RuleResult<true> {
  if (shape.length < 2) return fail('LinAlgError', `${shape.length}-dimensional array given. Array must be at least two-dimensional`);
  return ok(true);
}

/**
 * The dtype linalg computes and returns for inverses, solves and determinants: float64 for
 * bool and integers, float32/complex kept; float16 is rejected as NumPy does.
 */
export function linalgDType(dt: DType): RuleResult<DType> {
  if (dt === 'float16') return fail('TypeError', 'array type float16 is unsupported in linalg');
  const k = dtypeInfo(dt).kind;
  if (k === 'b' || k === 'i' || k === 'u') return ok('float64');
  return ok(dt);
}

/**
 * The dtype linalg computes in for several arrays (`_commonType`): single precision only when
 * every input is float32/complex64, complex when any input is, float16 rejected.
 */
export function linalgCommonDType(...dts: DType[]): RuleResult<DType> {
  let complex = false, single = true;
  for (const dt of dts) {
    const r = linalgDType(dt);
    if (!r.ok) return r;
    const k = dtypeInfo(dt).kind;
    if (k === 'c') complex = true;
    if (r.value !== 'float32' && r.value !== 'complex64') single = false;
  }
  if (complex) return ok(single ? 'complex64' : 'complex128');
  return ok(single ? 'float32' : 'float64');
}

/** `np.linalg.inv(a)`: shape unchanged. */
export function invShape(a: Shape): RuleResult<Shape> {
  const c = checkSquareStack(a);
  return c.ok ? ok(a) : c;
}

/** `np.linalg.det(a)`: the stack dims. Also `slogdet` (each of its two results). */
export function detShape(a: Shape): RuleResult<Shape> {
  const c = checkSquareStack(a);
  return c.ok ? ok(a.slice(0, -2)) : c;
}

/** `np.linalg.eigvals(a)`: stack dims + (m,). */
export function eigvalsShape(a: Shape): RuleResult<Shape> {
  const c = checkSquareStack(a);
  return c.ok ? ok(a.slice(0, -1)) : c;
}

/** `np.linalg.pinv(a)`: the last two dims swapped. */
export function pinvShape(a: Shape): RuleResult<Shape> {
  const c = checkStacked2d(a);
  return c.ok ? ok([...a.slice(0, -2), a[a.length - 1], a[a.length - 2]]) : c;
}

/** `np.linalg.solve(a, b)`. */
export function solveShape(a: Shape, b: Shape): RuleResult<Shape> {
  const c = checkSquareStack(a);
  if (!c.ok) return c;
  const m = a[a.length - 1];
  if (b.length === 1) {
    if (dimEq(b[0], m) === false) return fail('ValueError', coreMismatchMessage('solve1', 1, 0, '(m,m),(m)->(m)', b[0], m));
    const batch = gufuncBatchBroadcast([a, b], [2, 1], [m]);
    return batch.ok ? ok([...batch.value, m]) : batch;
  }
  if (b.length === 0) return fail('ValueError', 'solve: Input operand 1 does not have enough dimensions (has 0, gufunc core with signature (m,m),(m,n)->(m,n) requires 2)');
  const mb = b[b.length - 2];
  if (dimEq(mb, m) === false) return fail('ValueError', coreMismatchMessage('solve', 1, 0, '(m,m),(m,n)->(m,n)', mb, m));
  const n = b[b.length - 1];
  const batch = gufuncBatchBroadcast([a, b], [2, 2], [m, n]);
  return batch.ok ? ok([...batch.value, m, n]) : batch;
}

/** The `ord=` argument of norm: a number (Infinity for inf), 'fro', 'nuc', or None. */
export type NormOrd = number | 'fro' | 'nuc' | null | undefined;

/**
 * `np.linalg.norm(x, ord, axis, keepdims)`, following NumPy's code paths: the fast path for
 * axis=None, vector norms over one axis, matrix norms over two (2, -2 and 'nuc' need an SVD,
 * which rejects float16), and "Improper number of dimensions to norm." otherwise.
 */
export function normResult(x: Shape, dtype: DType, options: { axis?: number | readonly number[] | null; keepdims?: boolean; ord?: NormOrd } = {}): RuleResult<{ shape: Shape; dtype: DType }> {
  const nd = x.length;
  const ord = options.ord ?? null;
  const keepdims = options.keepdims ?? false;
  const outDType = normDType(dtype);
  let axis = options.axis ?? null;
  if (axis === null) {
    if (ord === null || (ord === 'fro' && nd === 2) || (ord === 2 && nd === 1)) {
      return ok({ shape: keepdims ? x.map(() => 1) : [], dtype: outDType });
    }
    axis = [...Array(nd).keys()];
  }
  const axes = typeof axis === 'number' ? [axis] : axis;
  if (axes.length === 1) {
    if (typeof ord === 'string') return fail('ValueError', `Invalid norm order '${ord}' for vectors`);
    const r = reduceShape(x, axes, keepdims);
    return r.ok ? ok({ shape: r.value, dtype: outDType }) : r;
  }
  if (axes.length === 2) {
    const row = normalizeAxisIndex(axes[0], nd);
    if (!row.ok) return row;
    const col = normalizeAxisIndex(axes[1], nd);
    if (!col.ok) return col;
    if (row.value === col.value) return fail('ValueError', 'Duplicate axes given.');
    if (ord === 2 || ord === -2 || ord === 'nuc') {
      const d = linalgDType(dtype);
      if (!d.ok) return d;
    } else if (!(ord === null || ord === 1 || ord === -1 || ord === Infinity || ord === -Infinity || ord === 'fro')) {
      return fail('ValueError', 'Invalid norm order for matrices.');
    }
    const shape = x.flatMap((d, i) => (i === row.value || i === col.value ? (keepdims ? [1] : []) : [d]));
    return ok({ shape, dtype: outDType });
  }
  return fail('ValueError', 'Improper number of dimensions to norm.');
}

/** Shape of `np.linalg.norm` (ord=2 when `ordGiven`, else None). */
export function normShape(x: Shape, axis: number | readonly number[] | null = null, keepdims = false, ordGiven = false): RuleResult<Shape> {
  const r = normResult(x, 'float64', { axis, keepdims, ord: ordGiven ? 2 : null });
  return r.ok ? ok(r.value.shape) : r;
}

/** The dtype of `np.linalg.norm`: real, float64 for integers. */
export function normDType(dt: DType): DType {
  if (dt === 'complex64') return 'float32';
  if (dt === 'complex128') return 'float64';
  const k = dtypeInfo(dt).kind;
  return k === 'b' || k === 'i' || k === 'u' ? 'float64' : dt;
}

/** `np.linalg.eig` / `eigh`: eigenvalues (stack + (m,)) and eigenvectors (stack + (m, m)). */
export function eigShapes(a: Shape): RuleResult<[Shape, Shape]> {
  const c = checkSquareStack(a);
  return c.ok ? ok([a.slice(0, -1), a]) : c;
}

/**
 * `np.linalg.svd(a, full_matrices, compute_uv)`: with k = min(m, n), U is (.., m, m) or
 * (.., m, k), S is (.., k), Vh is (.., n, n) or (.., k, n); without uv only S.
 */
export function svdShapes(a: Shape, fullMatrices = true, computeUV = true): RuleResult<Shape[]> {
  const c = checkStacked2d(a);
  if (!c.ok) return c;
  const stack = a.slice(0, -2), m = a[a.length - 2], n = a[a.length - 1];
  const k = minDim(m, n);
  const s = [...stack, k];
  if (!computeUV) return ok([s]);
  return ok(fullMatrices ? [[...stack, m, m], s, [...stack, n, n]] : [[...stack, m, k], s, [...stack, k, n]]);
}

/** `np.linalg.qr(a)` (mode 'reduced'): Q (.., m, k) and R (.., k, n), k = min(m, n). */
export function qrShapes(a: Shape): RuleResult<[Shape, Shape]> {
  const c = checkStacked2d(a);
  if (!c.ok) return c;
  const stack = a.slice(0, -2), m = a[a.length - 2], n = a[a.length - 1];
  const k = minDim(m, n);
  return ok([[...stack, m, k], [...stack, k, n]]);
}

/** `np.linalg.matrix_power(a, n)`: square stacks, shape kept. */
export function matrixPowerShape(a: Shape): RuleResult<Shape> {
  const c = checkSquareStack(a);
  return c.ok ? ok(a) : c;
}

/** `np.linalg.matrix_rank(a)`: the stack dims (a scalar for 1-D and 2-D input). */
export function matrixRankShape(a: Shape): RuleResult<Shape> {
  return ok(a.length < 2 ? [] : a.slice(0, -2));
}

function minDim(m: Dim, n: Dim): Dim {
  if (typeof m === 'number' && typeof n === 'number') return Math.min(m, n);
  if (dimEq(m, n) === true) return m;
  const lt = dimLess(m, n);
  if (lt === true) return m;
  if (lt === false && dimLess(n, m) !== undefined) return n;
  return symDim(`min(${dimToString(m)},${dimToString(n)})`);
}

/** `np.linalg.solve(a, b)` with dtypes, checked in NumPy's order: square a, dtypes, then shapes. */
export function solveResult(a: Shape, b: Shape, adt: DType, bdt: DType): RuleResult<{ shape: Shape; dtype: DType }> {
  const sq = checkSquareStack(a);
  if (!sq.ok) return sq;
  const dt = linalgCommonDType(adt, bdt);
  if (!dt.ok) return dt;
  const s = solveShape(a, b);
  return s.ok ? ok({ shape: s.value, dtype: dt.value }) : s;
}
