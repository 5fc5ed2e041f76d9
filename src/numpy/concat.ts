// Joining and splitting: concatenate (axis int or None), stack, vstack/hstack/dstack/
// column_stack (their atleast_Nd promotions), split and array_split (sections or indices) —
// result shapes and NumPy's messages. Symbolic dims: the per-dimension "must match exactly"
// check fails only for provably different sizes.
import { dimAdd, dimEq, dimFloorDiv, dimMul, dimProduct, dimToString, isConcreteDim, unknownDim, type Dim, type Shape } from './dims';
import { canCast, dtypeRepr, resultType, type Casting, type DType } from './dtypes';
import { fail, ok, type RuleResult } from './errors';
import { normalizeAxisIndex } from './reduce';
import { sliceLength } from './indexing';

/** `np.concatenate(arrays, axis)`; axis null flattens every array first. */
export function concatenateShape(shapes: readonly Shape[], axis: number | null = 0): RuleResult<Shape> {
  if (shapes.length === 0) return fail('ValueError', 'need at least one array to concatenate');
  if (axis === null) return ok([shapes.reduce<Dim>((s, sh) => dimAdd(s, dimProduct(sh)), 0)]);
  const nd = shapes[0].length;
  if (nd === 0) return fail('ValueError', 'zero-dimensional arrays cannot be concatenated');
  const ax = normalizeAxisIndex(axis, nd);
  if (!ax.ok) return ax;
  const out: Dim[] = [...shapes[0]];
  for (let i = 1; i < shapes.length; i++) {
    const s = shapes[i];
    if (s.length !== nd) {
      return fail('ValueError', `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${s.length} dimension(s)`);
    }
    for (let d = 0; d < nd; d++) {
      if (d === ax.value) continue;
      const eq = dimEq(shapes[0][d], s[d]);
      if (eq === false) {
        return fail('ValueError', `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${dimToString(shapes[0][d])} and the array at index ${i} has size ${dimToString(s[d])}`);
      }
      if (eq === undefined && !isConcreteDim(out[d]) && isConcreteDim(s[d])) out[d] = s[d];
    }
    out[ax.value] = dimAdd(out[ax.value], s[ax.value]);
  }
  return ok(out);
}

/** `np.stack(arrays, axis)`: all shapes equal; the new axis indexes the result (rank + 1). */
export function stackShape(shapes: readonly Shape[], axis = 0): RuleResult<Shape> {
  if (shapes.length === 0) return fail('ValueError', 'need at least one array to stack');
  const first = shapes[0];
  let common: Dim[] = [...first];
  for (const s of shapes.slice(1)) {
    if (s.length !== first.length) return fail('ValueError', 'all input arrays must have the same shape');
    for (let d = 0; d < s.length; d++) {
      const eq = dimEq(common[d], s[d]);
      if (eq === false) return fail('ValueError', 'all input arrays must have the same shape');
      if (eq === undefined && isConcreteDim(s[d])) common[d] = s[d];
    }
  }
  const ax = normalizeAxisIndex(axis, first.length + 1);
  if (!ax.ok) return ax;
  common = [...common];
  common.splice(ax.value, 0, shapes.length);
  return ok(common);
}

/** `np.atleast_1d/2d/3d` on one shape. */
export function atleastShape(shape: Shape, n: 1 | 2 | 3): Shape {
  if (shape.length >= n) return shape;
  if (n === 1) return [1];
  if (n === 2) return shape.length === 0 ? [1, 1] : [1, shape[0]];
  if (shape.length === 0) return [1, 1, 1];
  if (shape.length === 1) return [1, shape[0], 1];
  return [...shape, 1];
}

/** `np.vstack` (= `np.row_stack`). */
export function vstackShape(shapes: readonly Shape[]): RuleResult<Shape> {
  return concatenateShape(shapes.map((s) => atleastShape(s, 2)), 0);
}

/** `np.hstack`: along axis 0 for 1-D inputs, axis 1 otherwise. */
export function hstackShape(shapes: readonly Shape[]): RuleResult<Shape> {
  const arrs = shapes.map((s) => atleastShape(s, 1));
  if (arrs.length > 0 && arrs[0].length === 1) return concatenateShape(arrs, 0);
  return concatenateShape(arrs, 1);
}

/** `np.dstack`. */
export function dstackShape(shapes: readonly Shape[]): RuleResult<Shape> {
  return concatenateShape(shapes.map((s) => atleastShape(s, 3)), 2);
}

/** `np.column_stack`: 1-D inputs become columns. */
export function columnStackShape(shapes: readonly Shape[]): RuleResult<Shape> {
  return concatenateShape(shapes.map((s) => (s.length < 2 ? (s.length === 0 ? [1, 1] : [s[0], 1]) : s)), 1);
}

/** The `indices_or_sections` argument of split: a section count or a list of split points. */
export type SplitSpec = number | readonly Dim[];

function splitAxisLength(shape: Shape, axis: number): RuleResult<{ n: Dim; ax: number }> {
  // split reads ary.shape[axis] with Python indexing, so a bad axis is an IndexError.
  if (axis >= shape.length || axis < -shape.length) return fail('IndexError', 'tuple index out of range');
  const ax = axis < 0 ? axis + shape.length : axis;
  return ok({ n: shape[ax], ax });
}

function piecesAlong(shape: Shape, ax: number, lengths: Dim[]): Shape[] {
  return lengths.map((len) => shape.map((d, i) => (i === ax ? len : d)));
}

/** `np.array_split(a, spec, axis)`: the shapes of the pieces. */
export function arraySplitShapes(shape: Shape, spec: SplitSpec, axis = 0): RuleResult<Shape[]> {
  const r = splitAxisLength(shape, axis);
  if (!r.ok) return r;
  const { n, ax } = r.value;
  if (typeof spec === 'number') {
    if (spec <= 0) return fail('ValueError', 'number sections must be larger than 0.');
    if (isConcreteDim(n)) {
      const each = Math.floor(n / spec), extras = n % spec;
      const lens: Dim[] = [];
      for (let i = 0; i < spec; i++) lens.push(i < extras ? each + 1 : each);
      return ok(piecesAlong(shape, ax, lens));
    }
    const each = dimFloorDiv(n, spec);
    const exact = dimEq(dimMul(each, spec), n) === true;
    return ok(piecesAlong(shape, ax, Array.from({ length: spec }, () => (exact ? each : unknownDim()))));
  }
  const lens: Dim[] = [];
  let prev: Dim = 0;
  for (const idx of [...spec, null]) {
    lens.push(idx === null ? sliceLength(n, prev, undefined, 1) : sliceLength(n, prev, idx, 1));
    if (idx !== null) prev = idx;
  }
  return ok(piecesAlong(shape, ax, lens));
}

/** `np.split(a, spec, axis)`: like array_split, but sections must divide the axis evenly. */
export function splitShapes(shape: Shape, spec: SplitSpec, axis = 0): RuleResult<Shape[]> {
  if (typeof spec === 'number') {
    const r = splitAxisLength(shape, axis);
    if (!r.ok) return r;
    const n = r.value.n;
    if (spec === 0) return fail('ZeroDivisionError', 'integer modulo by zero');
    if (isConcreteDim(n) && n % spec !== 0) return fail('ValueError', 'array split does not result in an equal division');
  }
  return arraySplitShapes(shape, spec, axis);
}


/**
 * The dtype of concatenate/stack/vstack/hstack results: `result_type` of the inputs, or the
 * `dtype=` argument, which every input must cast to under `casting` (default 'same_kind').
 */
export function joinDType(dtypes: readonly DType[], options: { dtype?: DType; casting?: Casting } = {}): RuleResult<DType> {
  if (options.dtype === undefined) return ok(dtypes.length ? resultType(...dtypes) : 'float64');
  const casting = options.casting ?? 'same_kind';
  for (const dt of dtypes) {
    if (!canCast(dt, options.dtype, casting)) {
      return fail('TypeError', `Cannot cast array data from ${dtypeRepr(dt)} to ${dtypeRepr(options.dtype)} according to the rule '${casting}'`);
    }
  }
  return ok(options.dtype);
}
