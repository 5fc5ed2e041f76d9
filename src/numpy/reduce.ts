// Axis arguments and reductions: normalising an `axis` (int, negative, tuple, None) against an
// array's rank with NumPy's AxisError and duplicate-axis messages, the shape a reduction leaves
// (with keepdims), cumulative ops (same shape, or flattened when axis is None), the
// "zero-size array to reduction operation ... which has no identity" error, and each
// reduction's result dtype (delegated to ufuncs.reductionDType).
import { dimCanBe, dimProduct, type Dim, type Shape } from './dims';
import type { DType } from './dtypes';
import { axisError, fail, ok, type RuleResult } from './errors';
import { checkUfuncOutputCast, reductionDType, resolveUfunc, type ReductionName } from './ufuncs';
import type { NumpyError } from './errors';

/** An `axis=` argument: one int, a tuple of ints, or None (undefined means not given = None). */
export type AxisArg = number | readonly number[] | null | undefined;

/** `normalize_axis_index`: maps a possibly negative axis into [0, ndim) or raises AxisError. */
export function normalizeAxisIndex(axis: number, ndim: number): RuleResult<number> {
  if (axis < -ndim || axis >= ndim) return { ok: false, error: axisError(axis, ndim) };
  return ok(axis < 0 ? axis + ndim : axis);
}

/**
 * Python's `normalize_axis_tuple(axis, ndim, argname)` (used by moveaxis, flip, expand_dims,
 * average...): out-of-range axes raise AxisError prefixed with `argname: `, repeats raise
 * "repeated axis" or "repeated axis in `argname` argument".
 */
export function normalizeAxisTuple(axis: number | readonly number[], ndim: number, argname?: string): RuleResult<number[]> {
  const list = typeof axis === 'number' ? [axis] : axis;
  const out: number[] = [];
  for (const a of list) {
    const r = normalizeAxisIndex(a, ndim);
    if (!r.ok) return argname ? fail('AxisError', `${argname}: ${r.error.message}`) : r;
    out.push(r.value);
  }
  if (new Set(out).size !== out.length) {
    return fail('ValueError', argname ? `repeated axis in \`${argname}\` argument` : 'repeated axis');
  }
  return ok(out);
}

/**
 * The C-level axis conversion of reductions and squeeze (`PyArray_ConvertMultiAxis`): like
 * normalizeAxisTuple but a repeat raises "duplicate value in 'axis'".
 */
export function normalizeMultiAxis(axis: number | readonly number[], ndim: number): RuleResult<number[]> {
  const list = typeof axis === 'number' ? [axis] : axis;
  const out: number[] = [];
  for (const a of list) {
    const r = normalizeAxisIndex(a, ndim);
    if (!r.ok) return r;
    out.push(r.value);
  }
  if (new Set(out).size !== out.length) return fail('ValueError', "duplicate value in 'axis'");
  return ok(out);
}

/** The axes a reduction removes, normalised and sorted (all axes for None). */
export function reductionAxes(ndim: number, axis: AxisArg): RuleResult<number[]> {
  if (axis === null || axis === undefined) return ok([...Array(ndim).keys()]);
  const r = normalizeMultiAxis(axis, ndim);
  return r.ok ? ok([...r.value].sort((a, b) => a - b)) : r;
}

/** The shape left by reducing `axis` (keepdims keeps them as 1). */
export function reduceShape(shape: Shape, axis: AxisArg, keepdims = false): RuleResult<Shape> {
  const r = reductionAxes(shape.length, axis);
  if (!r.ok) return r;
  const removed = new Set(r.value);
  const out: Dim[] = [];
  shape.forEach((d, i) => {
    if (!removed.has(i)) out.push(d);
    else if (keepdims) out.push(1);
  });
  return ok(out);
}

export interface ReductionOptions {
  readonly axis?: AxisArg;
  readonly keepdims?: boolean;
  /** The `dtype=` argument. */
  readonly dtype?: DType;
  /** `initial=` given: max/min of an empty selection is then allowed. */
  readonly hasInitial?: boolean;
}

export interface ReductionResult {
  readonly shape: Shape;
  readonly dtype: DType;
}

function checkUfuncOutputCastError(from: DType, to: DType): NumpyError {
  const r = checkUfuncOutputCast('sqrt', from, to);
  return r.ok ? { type: 'UFuncTypeError', message: '' } : r.error;
}

function isIntegerOrBool(dt: DType): boolean {
  return dt === 'bool' || dt.startsWith('int') || dt.startsWith('uint');
}

const NO_IDENTITY: Partial<Record<ReductionName, string>> = {
  max: 'maximum', min: 'minimum', amax: 'maximum', amin: 'minimum', ptp: 'maximum',
  nanmax: 'fmax', nanmin: 'fmin',
};
const ARG_REDUCTIONS = new Set<ReductionName>(['argmax', 'argmin', 'nanargmax', 'nanargmin']);
const CUMULATIVE = new Set<ReductionName>(['cumsum', 'cumprod', 'nancumsum', 'nancumprod']);
/**
 * Reductions that go through a ufunc's reduce or PyArray_CheckAxis, which let a 0-d array take
 * axis 0 or -1 (NumPy keeps this for backwards compatibility); mean/std/median do not.
 */
const ZERO_D_AXIS_OK = new Set<ReductionName>([
  'sum', 'prod', 'max', 'min', 'amax', 'amin', 'all', 'any', 'ptp', 'nansum', 'nanprod', 'nanmax', 'nanmin',
  'argmax', 'argmin', 'nanargmax', 'nanargmin', 'cumsum', 'cumprod', 'nancumsum', 'nancumprod',
  'nanmean', 'nanstd', 'nanvar', 'count_nonzero',
]);
/** Reductions whose axes go through Python's normalize_axis_tuple ("repeated axis"). */
const PY_AXIS_TUPLE = new Set<ReductionName>(['median', 'nanmedian']);

/**
 * Shape and dtype of a reduction such as `a.sum(axis=0)`, `np.argmax(a, axis=1)`,
 * `np.cumsum(a)`. Argmax/argmin and cumulative ops take one int axis at most; cumulative ops
 * reject any `keepdims` (pass it only when the call does).
 */
export function reduction(op: ReductionName, shape: Shape, dtype: DType, options: ReductionOptions = {}): RuleResult<ReductionResult> {
  let axis = options.axis ?? null;
  const keepdims = options.keepdims ?? false;
  if (CUMULATIVE.has(op) && options.keepdims !== undefined) {
    return fail('TypeError', `${op}() got an unexpected keyword argument 'keepdims'`);
  }
  const outDType = reductionDType(op, dtype, options.dtype);
  if (op.startsWith('nanarg') && axis !== null && typeof axis !== 'number' && !isIntegerOrBool(dtype)) {
    // nanargmin/nanargmax of inexact arrays first reduce the NaN mask over `axis`.
    const m = normalizeMultiAxis(axis, shape.length);
    if (!m.ok) return m;
  }
  if ((ARG_REDUCTIONS.has(op) || CUMULATIVE.has(op)) && axis !== null && typeof axis !== 'number') {
    return fail('TypeError', "'tuple' object cannot be interpreted as an integer");
  }
  // nanmean/nanstd/nanvar of integers are plain mean/std/var, which do not allow this.
  const nanOfInts = (op === 'nanmean' || op === 'nanstd' || op === 'nanvar') && isIntegerOrBool(dtype);
  if (shape.length === 0 && (axis === 0 || axis === -1) && ZERO_D_AXIS_OK.has(op) && !nanOfInts) {
    if (op === 'ptp' && dtype === 'bool') return fail('TypeError', 'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
    return ok({ shape: CUMULATIVE.has(op) ? [1] : [], dtype: outDType });
  }
  if (CUMULATIVE.has(op)) {
    if (axis === null) return ok({ shape: [dimProduct(shape)], dtype: outDType });
    const a = normalizeAxisIndex(axis as number, shape.length);
    return a.ok ? ok({ shape, dtype: outDType }) : a;
  }
  if (ARG_REDUCTIONS.has(op)) {
    const r = reduceShape(shape, axis, keepdims);
    if (!r.ok) return r;
    const reducedSize = axis === null ? dimProduct(shape) : shape[(axis as number) < 0 ? (axis as number) + shape.length : (axis as number)];
    if (reducedSize === 0) {
      const name = op.replace(/^nan/, '');
      return fail('ValueError', `attempt to get ${name} of an empty sequence`);
    }
    return ok({ shape: r.value, dtype: outDType });
  }
  if (PY_AXIS_TUPLE.has(op) && axis !== null) {
    const t = normalizeAxisTuple(axis, shape.length);
    if (!t.ok) return t;
    axis = t.value;
  }
  if (op === 'average' && axis !== null) {
    // average normalises a tuple axis with normalize_axis_tuple's own wording.
    const t = normalizeAxisTuple(axis, shape.length, 'axis');
    if (!t.ok) return t;
    axis = t.value;
  }
  const r = reduceShape(shape, axis, keepdims);
  if (!r.ok) return r;
  if (op === 'ptp' && dtype === 'bool') {
    return fail('TypeError', 'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
  }
  if ((op === 'std' || op === 'nanstd') && options.dtype && isIntegerOrBool(options.dtype) && r.value.length > 0) {
    // std takes the square root of an array result in place, in the requested dtype (a
    // scalar result is converted instead, without the check).
    const sq = resolveUfunc('sqrt', [options.dtype]);
    if (sq.ok) return { ok: false, error: checkUfuncOutputCastError(sq.value.outputs[0], options.dtype) };
  }
  if (op === 'average' && r.value.some((d) => d === 0)) return fail('ZeroDivisionError', 'division by zero');
  const ufunc = NO_IDENTITY[op];
  if (ufunc && !options.hasInitial) {
    const axes = reductionAxes(shape.length, axis);
    if (axes.ok) {
      // Reducing over an axis of length 0 has no identity to start from, even if the result is empty.
      if (axes.value.some((i) => shape[i] === 0)) {
        return fail('ValueError', `zero-size array to reduction operation ${ufunc} which has no identity`);
      }
    }
  }
  return ok({ shape: r.value, dtype: outDType });
}
