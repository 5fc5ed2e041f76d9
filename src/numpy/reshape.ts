// reshape (with one negative "unknown" dimension), ravel/flatten, and the size arithmetic behind
// them. Symbolic sizes: the inferred dimension is the exact quotient when it divides evenly, an
// opaque `S//P` dimension otherwise; a size mismatch is an error only when provable.
import { dimEq, dimFloorDiv, dimProduct, dimToString, isConcreteDim, isUnknownDim, remappedShapeToString, unknownDim, type Dim, type Shape } from './dims';
import { fail, ok, type RuleResult } from './errors';

function reshapeMessage(size: Dim, newShape: Shape): string {
  const entries = newShape.map((d) => (typeof d === 'number' && d < 0 ? 'newaxis' as const : d));
  return `cannot reshape array of size ${dimToString(size)} into shape ${remappedShapeToString(entries)}`;
}

/**
 * `a.reshape(newShape)`. Any negative entry is the one unknown dimension (NumPy 2 accepts -2
 * as well as -1); two of them raise "can only specify one unknown dimension".
 */
export function reshapeShape(shape: Shape, newShape: Shape): RuleResult<Shape> {
  const size = dimProduct(shape);
  let unknownAt = -1;
  for (let i = 0; i < newShape.length; i++) {
    const d = newShape[i];
    if (typeof d === 'number' && d < 0) {
      if (unknownAt >= 0) return fail('ValueError', 'can only specify one unknown dimension');
      unknownAt = i;
    }
  }
  // An unknown entry might itself be negative; then nothing definite can be said about sizes.
  const hasOpaque = newShape.some((d) => isUnknownDim(d));
  const known = newShape.filter((_, i) => i !== unknownAt);
  const knownProduct = dimProduct(known);
  if (unknownAt < 0) {
    if (!hasOpaque && dimEq(size, knownProduct) === false) return fail('ValueError', reshapeMessage(size, newShape));
    return ok(newShape);
  }
  if (hasOpaque) return ok(newShape.map((d, i) => (i === unknownAt ? unknownDim() : d)));
  if (knownProduct === 0) return fail('ValueError', reshapeMessage(size, newShape));
  let inferred: Dim;
  if (isConcreteDim(size) && isConcreteDim(knownProduct)) {
    if (size % knownProduct !== 0) return fail('ValueError', reshapeMessage(size, newShape));
    inferred = size / knownProduct;
  } else {
    inferred = dimFloorDiv(size, knownProduct);
  }
  return ok(newShape.map((d, i) => (i === unknownAt ? inferred : d)));
}

/** `a.ravel()`, `a.flatten()`, `a.reshape(-1)`. */
export function ravelShape(shape: Shape): Shape {
  return [dimProduct(shape)];
}
