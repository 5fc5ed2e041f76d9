// Axis permutations and unit axes: transpose (with or without axes), .T, swapaxes, moveaxis,
// rollaxis-free subset, squeeze (with or without axis), expand_dims, flip — result shapes and
// NumPy's messages for wrong, repeated or out-of-range axes.
import { dimCanBe, type Dim, type Shape } from './dims';
import { axisError, fail, ok, type RuleResult } from './errors';
import { normalizeAxisIndex, normalizeAxisTuple, normalizeMultiAxis } from './reduce';

/** `a.transpose(axes)` / `np.transpose(a, axes)`; no axes reverses them (`a.T`). */
export function transposeShape(shape: Shape, axes?: readonly number[] | null): RuleResult<Shape> {
  if (axes === undefined || axes === null) return ok([...shape].reverse());
  if (axes.length !== shape.length) return fail('ValueError', "axes don't match array");
  const seen = new Set<number>();
  const out: Dim[] = [];
  for (const a of axes) {
    const r = normalizeAxisIndex(a, shape.length);
    if (!r.ok) return r;
    if (seen.has(r.value)) return fail('ValueError', 'repeated axis in transpose');
    seen.add(r.value);
    out.push(shape[r.value]);
  }
  return ok(out);
}

/** The permutation `transpose(axes)` applies, normalised (for the engine's strided views). */
export function transposePermutation(ndim: number, axes?: readonly number[] | null): number[] {
  if (!axes) return [...Array(ndim).keys()].reverse();
  return axes.map((a) => (a < 0 ? a + ndim : a));
}

/** `np.swapaxes(a, axis1, axis2)`. */
export function swapaxesShape(shape: Shape, axis1: number, axis2: number): RuleResult<Shape> {
  const nd = shape.length;
  const a = normalizeAxisIndex(axis1, nd);
  if (!a.ok) return fail('AxisError', `axis1: ${a.error.message}`);
  const b = normalizeAxisIndex(axis2, nd);
  if (!b.ok) return fail('AxisError', `axis2: ${b.error.message}`);
  const out = [...shape];
  [out[a.value], out[b.value]] = [out[b.value], out[a.value]];
  return ok(out);
}

/** `np.moveaxis(a, source, destination)`: returns the shape and the permutation applied. */
export function moveaxisShape(shape: Shape, source: number | readonly number[], destination: number | readonly number[]): RuleResult<{ shape: Shape; order: number[] }> {
  const nd = shape.length;
  const src = normalizeAxisTuple(source, nd, 'source');
  if (!src.ok) return src;
  const dst = normalizeAxisTuple(destination, nd, 'destination');
  if (!dst.ok) return dst;
  if (src.value.length !== dst.value.length) {
    return fail('ValueError', '`source` and `destination` arguments must have the same number of elements');
  }
  const order = [...Array(nd).keys()].filter((n) => !src.value.includes(n));
  const pairs = dst.value.map((d, i) => [d, src.value[i]] as const).sort((x, y) => x[0] - y[0]);
  for (const [d, s] of pairs) order.splice(d, 0, s);
  return ok({ shape: order.map((i) => shape[i]), order });
}

/** `np.squeeze(a, axis)`: without axis drops every dim that is 1 (a symbolic dim that may be 1 makes the result unknown-rank, reported as null). */
export function squeezeShape(shape: Shape, axis?: number | readonly number[] | null): RuleResult<Shape | null> {
  if (axis === undefined || axis === null) {
    if (shape.some((d) => typeof d !== 'number' && dimCanBe(d, 1))) return ok(null);
    return ok(shape.filter((d) => d !== 1));
  }
  if (shape.length === 0 && (axis === 0 || axis === -1)) return ok([]);
  const axes = normalizeMultiAxis(axis, shape.length);
  if (!axes.ok) return axes;
  for (const a of axes.value) {
    if (!dimCanBe(shape[a], 1)) return fail('ValueError', 'cannot select an axis to squeeze out which has size not equal to one');
  }
  return ok(shape.filter((_, i) => !axes.value.includes(i)));
}

/** `np.expand_dims(a, axis)`: axes index the result, whose rank is ndim + len(axis). */
export function expandDimsShape(shape: Shape, axis: number | readonly number[]): RuleResult<Shape> {
  const list = typeof axis === 'number' ? [axis] : axis;
  const outNd = shape.length + list.length;
  const norm: number[] = [];
  for (const a of list) {
    if (a < -outNd || a >= outNd) return { ok: false, error: axisError(a, outNd) };
    norm.push(a < 0 ? a + outNd : a);
  }
  if (new Set(norm).size !== norm.length) return fail('ValueError', 'repeated axis');
  const out: Dim[] = [];
  let k = 0;
  for (let i = 0; i < outNd; i++) out.push(norm.includes(i) ? 1 : shape[k++]);
  return ok(out);
}

/** `np.flip(a, axis)`: shape unchanged, axis validated. */
export function flipShape(shape: Shape, axis?: number | readonly number[] | null): RuleResult<Shape> {
  if (axis === undefined || axis === null) return ok(shape);
  const r = normalizeAxisTuple(axis, shape.length);
  return r.ok ? ok(shape) : r;
}

/**
 * The axes `np.squeeze(a, axis)` removes, for a concrete shape (a 0-d array accepts axis 0 or
 * -1 and removes nothing). Errors as squeezeShape.
 */
export function squeezeAxes(shape: readonly number[], axis?: number | readonly number[] | null): RuleResult<number[]> {
  if (axis === undefined || axis === null) return ok(shape.flatMap((d, i) => (d === 1 ? [i] : [])));
  const r = squeezeShape(shape, axis);
  if (!r.ok) return r;
  if (shape.length === 0) return ok([]);
  return normalizeMultiAxis(axis, shape.length);
}
