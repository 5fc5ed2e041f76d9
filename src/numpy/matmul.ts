// Products of arrays: matmul/@ (a gufunc with signature (n?,k),(k,m?)->(n?,m?): 1-D operands
// promoted and the added dim removed again, batch dims broadcast), dot, inner, outer,
// tensordot and vdot — their result shapes and NumPy's messages for every mismatch. Also the
// shared gufunc helpers (core-dim mismatch, "remapped shapes" batch broadcast failure) that
// linalg.ts reuses.
import { broadcastShapeOrNull } from './broadcast';
import { dimCanBe, dimEq, dimProduct, dimToString, remappedShapeToString, shapeToNumpyString, type Dim, type Shape } from './dims';
import { resultType, type DType } from './dtypes';
import { fail, ok, type RuleResult } from './errors';
import { resolveUfunc } from './ufuncs';

export const MATMUL_SIGNATURE = '(n?,k),(k,m?)->(n?,m?)';

/** gufunc message for an operand whose core dim disagrees with an earlier one. */
export function coreMismatchMessage(name: string, operand: number, coreDim: number, signature: string, size: Dim, expected: Dim, output = false): string {
  return `${name}: ${output ? 'Output' : 'Input'} operand ${operand} has a mismatch in its core dimension ${coreDim}, with gufunc signature ${signature} (size ${dimToString(size)} is different from ${dimToString(expected)})`;
}

/** gufunc message for an operand with fewer dims than its core needs. */
export function notEnoughDimsMessage(name: string, operand: number, has: number, signature: string, requires: number): string {
  return `${name}: Input operand ${operand} does not have enough dimensions (has ${has}, gufunc core with signature ${signature} requires ${requires})`;
}

/**
 * Broadcast of gufunc loop (batch) dims. `cores[i]` is how many trailing dims of operand i are
 * core dims; `requested` the output's core shape, printed in NumPy's message.
 */
export function gufuncBatchBroadcast(shapes: readonly Shape[], cores: readonly number[], requested: Shape): RuleResult<Shape> {
  const batches = shapes.map((s, i) => s.slice(0, s.length - cores[i]));
  const b = broadcastShapeOrNull(batches);
  if (b) return ok(b);
  // NumPy prints each operand's loop dims then one newaxis per output core dim, and the
  // requested shape as unknown loop dims (dropped when leading) followed by the output core.
  const parts = shapes.map((s, i) => {
    const remapped: (Dim | 'newaxis')[] = [...batches[i], ...Array<'newaxis'>(requested.length).fill('newaxis')];
    return `${shapeToNumpyString(s)}->${remappedShapeToString(remapped)}`;
  });
  const req = remappedShapeToString([...Array<'newaxis'>(b === null ? Math.max(...batches.map((x) => x.length)) : 0).fill('newaxis'), ...requested]);
  return fail('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(' ')}  and requested shape ${req}`);
}

/** `a @ b` / `np.matmul(a, b)`; `out` is the shape of an `out=` array, if any. */
export function matmulShape(a: Shape, b: Shape, out?: Shape): RuleResult<Shape> {
  const name = 'matmul';
  if (a.length === 0) return fail('ValueError', notEnoughDimsMessage(name, 0, 0, MATMUL_SIGNATURE, 1));
  if (b.length === 0) return fail('ValueError', notEnoughDimsMessage(name, 1, 0, MATMUL_SIGNATURE, 1));
  const aVec = a.length === 1, bVec = b.length === 1;
  const ka = a[a.length - 1];
  const kb = bVec ? b[0] : b[b.length - 2];
  if (dimEq(ka, kb) === false) return fail('ValueError', coreMismatchMessage(name, 1, 0, MATMUL_SIGNATURE, kb, ka));
  const n = aVec ? undefined : a[a.length - 2];
  const m = bVec ? undefined : b[b.length - 1];
  const core: Dim[] = [];
  if (n !== undefined) core.push(n);
  if (m !== undefined) core.push(m);
  if (!out) {
    const batch = gufuncBatchBroadcast([a, b], [aVec ? 1 : 2, bVec ? 1 : 2], core);
    return batch.ok ? ok([...batch.value, ...core]) : batch;
  }
  // With out=: its core dims must match, its loop dims join the broadcast but are not stretched.
  if (out.length < core.length) {
    return fail('ValueError', 'output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.');
  }
  const coreOut = out.slice(out.length - core.length);
  for (let i = 0; i < core.length; i++) {
    if (dimEq(coreOut[i], core[i]) === false) {
      return fail('ValueError', coreMismatchMessage(name, 0, i, MATMUL_SIGNATURE, coreOut[i], core[i], true));
    }
  }
  const outBatch = out.slice(0, out.length - core.length);
  const inBatch = broadcastShapeOrNull([a.slice(0, aVec ? 0 : -2), b.slice(0, bVec ? 0 : -2)]);
  const all = broadcastShapeOrNull([a.slice(0, aVec ? 0 : -2), b.slice(0, bVec ? 0 : -2), outBatch]);
  if (!inBatch || !all) {
    const ins = [a, b].map((s, i) => {
      const batch = s.slice(0, s.length - (i === 0 ? (aVec ? 1 : 2) : (bVec ? 1 : 2)));
      const remapped: (Dim | 'newaxis')[] = [...batch, ...Array<'newaxis'>(core.length).fill('newaxis')];
      return `${shapeToNumpyString(s)}->${remappedShapeToString(remapped)}`;
    });
    ins.push(`${shapeToNumpyString(out)}->${remappedShapeToString(out)}`);
    const nb = Math.max(a.length - (aVec ? 1 : 2), b.length - (bVec ? 1 : 2), outBatch.length);
    const req = remappedShapeToString([...Array<'newaxis'>(nb).fill('newaxis'), ...core]);
    return fail('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${ins.join(' ')}  and requested shape ${req}`);
  }
  const full = [...all, ...core];
  const missing = all.length - outBatch.length;
  for (let i = 0; i < missing; i++) {
    // Loop dims the output lacks must be 1.
    if (!dimCanBe(all[i], 1)) {
      return fail('ValueError', 'output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.');
    }
  }
  for (let i = Math.max(0, missing); i < all.length; i++) {
    if (dimEq(outBatch[i - missing], all[i]) === false) {
      return fail('ValueError', `non-broadcastable output operand with shape ${shapeToNumpyString(out)} [remapped to ${shapeToNumpyString([...out].reverse())}] doesn't match the broadcast shape ${shapeToNumpyString(full)}`);
    }
  }
  return ok(out);
}

function notAligned(a: Shape, b: Shape, ia: number, ib: number): RuleResult<Shape> {
  return fail('ValueError', `shapes ${shapeToNumpyString(a)} and ${shapeToNumpyString(b)} not aligned: ${dimToString(a[ia])} (dim ${ia}) != ${dimToString(b[ib])} (dim ${ib})`);
}

/** `np.dot(a, b)`: sum over a's last axis and b's second-to-last (its only axis if 1-D). */
export function dotShape(a: Shape, b: Shape): RuleResult<Shape> {
  if (a.length === 0) return ok(b);
  if (b.length === 0) return ok(a);
  const ia = a.length - 1;
  const ib = b.length === 1 ? 0 : b.length - 2;
  if (dimEq(a[ia], b[ib]) === false) return notAligned(a, b, ia, ib);
  return ok([...a.slice(0, -1), ...b.slice(0, ib), ...b.slice(ib + 1)]);
}

/** `np.inner(a, b)`: sum over the last axes of both. */
export function innerShape(a: Shape, b: Shape): RuleResult<Shape> {
  if (a.length === 0) return ok(b);
  if (b.length === 0) return ok(a);
  if (dimEq(a[a.length - 1], b[b.length - 1]) === false) {
    // NumPy moves b's last axis to second-to-last and reports it as a dot product.
    const bt = b.length === 1 ? b : [...b.slice(0, -2), b[b.length - 1], b[b.length - 2]];
    return notAligned(a, bt, a.length - 1, bt.length === 1 ? 0 : bt.length - 2);
  }
  return ok([...a.slice(0, -1), ...b.slice(0, -1)]);
}

/** `np.outer(a, b)`: both flattened. */
export function outerShape(a: Shape, b: Shape): RuleResult<Shape> {
  return ok([dimProduct(a), dimProduct(b)]);
}

/** `np.vdot(a, b)`: both flattened, sizes must agree. */
export function vdotShape(a: Shape, b: Shape): RuleResult<Shape> {
  const sa = dimProduct(a), sb = dimProduct(b);
  if (dimEq(sa, sb) === false) return fail('ValueError', `cannot reshape array of size ${dimToString(sb)} into shape (${dimToString(sa)},)`);
  return ok([]);
}

/** The `axes=` argument of tensordot: an int N, or a pair of axis lists (or ints). */
export type TensordotAxes = number | readonly [number | readonly number[], number | readonly number[]];

/** `np.tensordot(a, b, axes)` (default axes=2). */
export function tensordotShape(a: Shape, b: Shape, axes: TensordotAxes = 2): RuleResult<Shape> {
  let axesA: number[], axesB: number[];
  if (typeof axes === 'number') {
    axesA = []; axesB = [];
    for (let i = 0; i < axes; i++) { axesA.push(i - axes); axesB.push(i); }
    if (axes < 0) { axesA = []; axesB = []; }
  } else {
    axesA = typeof axes[0] === 'number' ? [axes[0]] : [...axes[0]];
    axesB = typeof axes[1] === 'number' ? [axes[1]] : [...axes[1]];
  }
  if (new Set(axesA).size !== axesA.length || new Set(axesB).size !== axesB.length) {
    return fail('ValueError', 'duplicate axes are not allowed in tensordot');
  }
  if (axesA.length !== axesB.length) return fail('ValueError', 'shape-mismatch for sum');
  const normA: number[] = [], normB: number[] = [];
  for (let k = 0; k < axesA.length; k++) {
    const x = axesA[k], y = axesB[k];
    if (x >= a.length || x < -a.length || y >= b.length || y < -b.length) return fail('IndexError', 'tuple index out of range');
    const xa = x < 0 ? x + a.length : x, yb = y < 0 ? y + b.length : y;
    if (dimEq(a[xa], b[yb]) === false) return fail('ValueError', 'shape-mismatch for sum');
    normA.push(xa); normB.push(yb);
  }
  // Repeats after normalisation (-1 and ndim-1) make the later transpose fail.
  if (new Set(normA).size !== normA.length || new Set(normB).size !== normB.length) return fail('ValueError', "axes don't match array");
  const freeA = a.filter((_, i) => !normA.includes(i));
  const freeB = b.filter((_, i) => !normB.includes(i));
  return ok([...freeA, ...freeB]);
}

/** Which product: they differ in how the result dtype is chosen. */
export type ProductName = 'matmul' | 'dot' | 'inner' | 'outer' | 'tensordot' | 'vdot';

/**
 * Result dtype of a product of arrays of dtypes a and b: matmul resolves its own ufunc loops,
 * outer is a multiply, dot/inner/tensordot/vdot use `result_type`.
 */
export function productDType(name: ProductName, a: DType, b: DType): DType {
  if (name === 'matmul' || name === 'outer') {
    const r = resolveUfunc(name === 'matmul' ? 'matmul' : 'multiply', [a, b]);
    if (r.ok) return r.value.outputs[0];
  }
  return resultType(a, b);
}
