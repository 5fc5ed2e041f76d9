// Broadcasting: the shape N operands broadcast to, and NumPy's three wordings of failure —
// ufunc operands ("operands could not be broadcast together with shapes (2,3) (4,3) "),
// np.broadcast_shapes/broadcast_arrays ("shape mismatch: ... arg 0 ... arg 1"), and
// broadcast_to / out= / in-place outputs, which may not be stretched.
// With symbolic dims a pair is a definite mismatch only when neither side can be 1 and the two
// provably differ; otherwise the result is the dim that must win, or unknown.
import { dimCanBe, dimEq, isConcreteDim, shapeToNumpyString, shapeToString, unknownDim, type Dim, type Shape } from './dims';
import { fail, ok, type RuleResult } from './errors';

/** Broadcast of two dims: the resulting dim, or null when they provably cannot broadcast. */
export function broadcastDim(a: Dim, b: Dim): Dim | null {
  if (a === b) return a;
  if (a === 1) return b;
  if (b === 1) return a;
  if (typeof a === 'number' && typeof b === 'number') return null;
  const eq = dimEq(a, b);
  if (eq === true) return isConcreteDim(b) ? b : a;
  const aOne = dimCanBe(a, 1), bOne = dimCanBe(b, 1);
  if (!aOne && !bOne) {
    if (eq === false) return null;
    return isConcreteDim(b) ? b : a;
  }
  if (!aOne) return a;
  if (!bOne) return b;
  return unknownDim();
}

/** Broadcast of N shapes, or null when some dimension provably cannot broadcast. */
export function broadcastShapeOrNull(shapes: readonly Shape[]): Dim[] | null {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out: Dim[] = new Array(nd).fill(1);
  for (const s of shapes) {
    const off = nd - s.length;
    for (let i = 0; i < s.length; i++) {
      const r = broadcastDim(out[off + i], s[i]);
      if (r === null) return null;
      out[off + i] = r;
    }
  }
  return out;
}

/** NumPy's message when ufunc operands do not broadcast (each shape followed by a space). */
export function operandsBroadcastMessage(shapes: readonly Shape[]): string {
  return `operands could not be broadcast together with shapes ${shapes.map((s) => shapeToNumpyString(s) + ' ').join('')}`;
}

/** The broadcast shape of ufunc operands (`a + b`, `np.add(a, b)`, `np.where(c, a, b)`). */
export function broadcastOperands(shapes: readonly Shape[]): RuleResult<Shape> {
  const r = broadcastShapeOrNull(shapes);
  return r ? ok(r) : fail('ValueError', operandsBroadcastMessage(shapes));
}

/** `np.broadcast_shapes(*shapes)` / `np.broadcast_arrays`, with their "arg i ... arg j" message. */
export function broadcastShapes(shapes: readonly Shape[]): RuleResult<Shape> {
  const r = broadcastShapeOrNull(shapes);
  if (r) return ok(r);
  // Find the pair the way NumPy's PyArray_Broadcast does: left to right over output dims, the
  // arg that first set a dim against the first arg that disagrees with it.
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  for (let i = 0; i < nd; i++) {
    let cur: Dim = 1;
    let src = -1;
    for (let j = 0; j < shapes.length; j++) {
      const k = i + shapes[j].length - nd;
      if (k < 0) continue;
      const d = shapes[j][k];
      if (d === 1) continue;
      if (src < 0) { cur = d; src = j; continue; }
      const next = broadcastDim(cur, d);
      if (next === null) {
        return fail('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${src} with shape ${shapeToString(shapes[src])} and arg ${j} with shape ${shapeToString(shapes[j])}.`);
      }
      cur = next;
    }
  }
  return fail('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.`);
}

/** `np.broadcast_to(array_of_shape, target)`. */
export function broadcastTo(shape: Shape, target: Shape): RuleResult<Shape> {
  for (const d of target) {
    if (typeof d === 'number' && d < 0) return fail('ValueError', 'all elements of broadcast shape must be non-negative');
  }
  if (target.length === 0 && shape.length > 0) return fail('ValueError', 'cannot broadcast a non-scalar to a scalar array');
  if (shape.length > target.length) return fail('ValueError', 'input operand has more dimensions than allowed by the axis remapping');
  const off = target.length - shape.length;
  for (let i = 0; i < shape.length; i++) {
    const s = shape[i], t = target[off + i];
    if (s === 1 || dimEq(s, t) !== false) continue;
    if (dimCanBe(s, 1)) continue;
    return fail('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeToNumpyString(shape)}  and requested shape ${shapeToNumpyString(target)}`);
  }
  return ok(target);
}

/**
 * Broadcasting into an output that may not be stretched: `np.ufunc(*inputs, out=out)` and the
 * in-place operators (`a += b` is `np.add(a, b, out=a)`). Returns the output shape.
 */
export function broadcastToOutput(inputShapes: readonly Shape[], outShape: Shape): RuleResult<Shape> {
  const all = [...inputShapes, outShape];
  const b = broadcastShapeOrNull(all);
  if (!b) return fail('ValueError', operandsBroadcastMessage(all));
  const mismatch = () => fail<Shape>('ValueError', `non-broadcastable output operand with shape ${shapeToNumpyString(outShape)} doesn't match the broadcast shape ${shapeToNumpyString(b)}`);
  // NumPy's iterator never prepends dims to an output, not even dims of size 1.
  if (outShape.length < b.length) return mismatch();
  for (let i = 0; i < outShape.length; i++) {
    if (dimEq(outShape[i], b[i]) === false) return mismatch();
  }
  return ok(outShape);
}

/** How one operand lines up with the broadcast result, for hovers and silent-broadcast warnings. */
export interface BroadcastAlignment {
  /** The broadcast shape, or null when the operands provably do not broadcast. */
  readonly shape: Dim[] | null;
  /** Each operand right-aligned to the result rank; null marks a dimension it lacks. */
  readonly aligned: (Dim | null)[][];
  /** Every place an operand is stretched: a missing leading dim, or a 1 grown to a larger size. */
  readonly stretched: { operand: number; axis: number; kind: 'prepended' | 'stretched'; to: Dim }[];
}

/**
 * Alignment of N operands under broadcasting. A dim of 1 counts as stretched only when the
 * result dim is provably not 1, so `(n,1) + (n,)` reports both operands stretched to (n, n)
 * only where that is certain.
 */
export function broadcastAlignment(shapes: readonly Shape[]): BroadcastAlignment {
  const shape = broadcastShapeOrNull(shapes);
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const aligned = shapes.map((s) => [...Array<null>(nd - s.length).fill(null), ...s]);
  const stretched: BroadcastAlignment['stretched'] = [];
  if (shape) {
    aligned.forEach((row, operand) => {
      row.forEach((d, axis) => {
        const to = shape[axis];
        if (d === null) stretched.push({ operand, axis, kind: 'prepended', to });
        else if (d === 1 && !dimCanBe(to, 1)) stretched.push({ operand, axis, kind: 'stretched', to });
      });
    });
  }
  return { shape, aligned, stretched };
}
