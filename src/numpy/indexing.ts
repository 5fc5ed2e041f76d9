// Indexing: the result shape of `a[...]` for basic indices (ints, slices with any step, None,
// Ellipsis), advanced indices (integer arrays broadcast together, boolean masks, Python bools)
// and their mixtures (NumPy's rule: the broadcast advanced dims replace the advanced block in
// place when its entries are adjacent, and go first otherwise), plus assignment `a[...] = v`.
// Errors carry NumPy's texts: too many indices, out-of-bounds constants, boolean mismatch,
// non-broadcastable index arrays and values.
// Symbolic: a slice of a symbolic axis assumes the slice bounds lie inside the axis; an
// out-of-bounds constant index is an error only when provable.
import { broadcastShapeOrNull } from './broadcast';
import {
  dimAdd, dimCanBe, dimCeilDiv, dimEq, dimLess, dimLowerBound, dimProduct, dimSub, dimToString, isConcreteDim,
  isUnknownDim, shapeToNumpyString, symDim, unknownDim, type Dim, type Shape,
} from './dims';
import { fail, ok, type RuleResult } from './errors';

export type IndexItem =
  /** An integer; value undefined when not known statically. */
  | { readonly kind: 'int'; readonly value?: number }
  /** A slice; undefined/null bounds are None. Bounds may be symbolic; step must be a known int or None. */
  | { readonly kind: 'slice'; readonly start?: Dim | null; readonly stop?: Dim | null; readonly step?: number | null }
  | { readonly kind: 'newaxis' }
  | { readonly kind: 'ellipsis' }
  /** A Python bool or NumPy bool scalar: a 0-d boolean index (adds an axis of length 1 or 0). */
  | { readonly kind: 'bool'; readonly value?: boolean }
  /** An integer array (or list); `values`, when known, are bounds-checked. */
  | { readonly kind: 'intArray'; readonly shape: Shape; readonly values?: readonly number[] }
  /** A boolean array (mask); `trueCount` is the number of True values when known. */
  | { readonly kind: 'boolArray'; readonly shape: Shape; readonly trueCount?: Dim }
  /** Anything else (a float, a string...): NumPy rejects it. */
  | { readonly kind: 'invalid' };

export const INVALID_INDEX_MESSAGE =
  'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';

/** Python `len(range(*slice(start, stop, step).indices(n)))` for concrete values. */
function concreteSliceLength(n: number, start: number | null, stop: number | null, step: number): number {
  let lo: number, hi: number;
  if (step > 0) {
    lo = start === null ? 0 : start < 0 ? Math.max(start + n, 0) : Math.min(start, n);
    hi = stop === null ? n : stop < 0 ? Math.max(stop + n, 0) : Math.min(stop, n);
    return hi > lo ? Math.floor((hi - lo - 1) / step) + 1 : 0;
  }
  lo = start === null ? n - 1 : start < 0 ? Math.max(start + n, -1) : Math.min(start, n - 1);
  hi = stop === null ? -1 : stop < 0 ? Math.max(stop + n, -1) : Math.min(stop, n - 1);
  return lo > hi ? Math.floor((lo - hi - 1) / -step) + 1 : 0;
}

/**
 * Length of `slice(start, stop, step)` over an axis of length n. Symbolic lengths assume
 * the bounds lie within the axis (`x[1:]` on n is n-1); a positive constant stop on a symbolic
 * axis gives the opaque dim `min(n,5)`. Unprovable cases are unknown.
 */
export function sliceLength(n: Dim, start: Dim | null | undefined, stop: Dim | null | undefined, step = 1): Dim {
  const st = start ?? null, sp = stop ?? null;
  if (isConcreteDim(n) && (st === null || isConcreteDim(st)) && (sp === null || isConcreteDim(sp))) {
    return concreteSliceLength(n, st as number | null, sp as number | null, step);
  }
  if (st === null && sp === null && (step === 1 || step === -1)) return n;
  if (isUnknownDim(n) && st === null && sp === null) return unknownDim();
  if (step < 0) {
    if (st === null && sp === null) return dimCeilDiv(n, -step);
    return unknownDim();
  }
  const lo: Dim | undefined = st === null ? 0 : normalizeBound(n, st);
  let hi: Dim | undefined = sp === null ? n : normalizeBound(n, sp);
  if (lo === undefined || hi === undefined) return unknownDim();
  if (sp !== null && isConcreteDim(sp) && sp >= 0 && !isConcreteDim(n)) {
    // x[:5] on a symbolic axis: min(n, 5) unless the order is provable.
    const le = dimLess(n, sp);
    if (le === true) hi = n;
    else if (le === undefined && dimEq(n, sp) !== true) hi = symDim(`min(${dimToString(n)},${sp})`);
  } else if (dimLess(n, hi) === true) hi = n;
  if (dimLess(hi, lo) === true) return 0;
  const span = dimSub(hi, lo);
  if (isConcreteDim(span) && span <= 0) return 0;
  return step === 1 ? span : dimCeilDiv(span, step);
}

function normalizeBound(n: Dim, b: Dim): Dim | undefined {
  if (isConcreteDim(b)) return b < 0 ? dimAdd(n, b) : b;
  if (isUnknownDim(b)) return undefined;
  return dimLowerBound(b) >= 0 ? b : undefined;
}

/** IndexError text for a constant index outside its axis. */
export function indexOutOfBoundsMessage(index: number, axis: number, size: Dim): string {
  return `index ${index} is out of bounds for axis ${axis} with size ${dimToString(size)}`;
}

/** IndexError text when an index consumes more dims than the array has. */
export function tooManyIndicesMessage(ndim: number, indexed: number): string {
  return `too many indices for array: array is ${ndim}-dimensional, but ${indexed} were indexed`;
}

/** IndexError text for a boolean mask whose size differs from the axis it covers. */
export function booleanIndexMismatchMessage(axis: number, size: Dim, maskSize: Dim): string {
  return `boolean index did not match indexed array along axis ${axis}; size of axis is ${dimToString(size)} but size of corresponding boolean axis is ${dimToString(maskSize)}`;
}

const outOfBounds = indexOutOfBoundsMessage;

/** Whether a constant index is provably outside an axis of length n. */
function provablyOutOfBounds(index: number, n: Dim): boolean {
  if (isConcreteDim(n)) return index >= n || index < -n;
  return index >= 0 ? dimLess(index, n) === false : dimLess(n, -index) === true;
}

function isAdvanced(it: IndexItem): boolean {
  return it.kind === 'intArray' || it.kind === 'boolArray' || it.kind === 'bool';
}

function consumed(it: IndexItem): number {
  switch (it.kind) {
    case 'int': case 'slice': case 'intArray': return 1;
    case 'boolArray': return it.shape.length;
    default: return 0;
  }
}

export interface IndexResult {
  readonly shape: Shape;
  /** True when advanced (fancy or boolean) indexing is involved: the result is a copy, not a view. */
  readonly advanced: boolean;
}

/** The result of `a[items]` for an array of `shape` (a lone index is a one-item list). */
export function indexResult(shape: Shape, rawItems: readonly IndexItem[]): RuleResult<IndexResult> {
  // NumPy treats a 0-d integer array as a plain integer.
  const items = rawItems.map((it): IndexItem => (it.kind === 'intArray' && it.shape.length === 0 ? { kind: 'int', value: it.values?.[0] } : it));
  let nEllipsis = 0;
  for (const it of items) {
    if (it.kind === 'invalid') return fail('IndexError', INVALID_INDEX_MESSAGE);
    if (it.kind === 'ellipsis' && ++nEllipsis > 1) return fail('IndexError', "an index can only have a single ellipsis ('...')");
  }
  const used = items.reduce((s, i) => s + consumed(i), 0);
  if (used > shape.length) {
    return fail('IndexError', tooManyIndicesMessage(shape.length, used));
  }
  // Expand: walk entries, tracking which array axis each consumes.
  const anyArray = items.some(isAdvanced);
  type Entry = { item: IndexItem; axis: number; dims: Dim[] };
  const entries: Entry[] = [];
  let axis = 0;
  for (const it of items) {
    const c = it.kind === 'ellipsis' ? shape.length - used : consumed(it);
    entries.push({ item: it, axis, dims: shape.slice(axis, axis + c) });
    axis += c;
  }
  if (nEllipsis === 0) entries.push({ item: { kind: 'ellipsis' }, axis, dims: shape.slice(axis) });

  // Boolean masks must match the dims they cover.
  for (const e of entries) {
    if (e.item.kind !== 'boolArray') continue;
    const m = e.item.shape;
    for (let k = 0; k < m.length; k++) {
      // NumPy does not compare a mask dimension of length 0.
      if (m[k] !== 0 && dimEq(m[k], e.dims[k]) === false) {
        return fail('IndexError', booleanIndexMismatchMessage(e.axis + k, e.dims[k], m[k]));
      }
    }
  }
  // Integer scalars are bounds-checked before index arrays are broadcast together.
  for (const e of entries) {
    const it = e.item;
    if (it.kind === 'int' && it.value !== undefined && provablyOutOfBounds(it.value, e.dims[0])) {
      return fail('IndexError', outOfBounds(it.value, e.axis, e.dims[0]));
    }
    if (it.kind === 'slice' && it.step === 0) return fail('ValueError', 'slice step cannot be zero');
  }
  // Integer scalars (advanced-like when arrays are present) and constant arrays: bounds.
  const advShapes: Shape[] = [];
  for (const e of entries) {
    const it = e.item;
    if (it.kind === 'intArray') advShapes.push(it.shape);
    else if (it.kind === 'boolArray') advShapes.push([it.trueCount ?? (dimProduct(it.shape) === 0 ? 0 : unknownDim('number of True values'))]);
    else if (it.kind === 'bool') advShapes.push([it.value === undefined ? unknownDim() : it.value ? 1 : 0]);
    else if (it.kind === 'int' && anyArray) advShapes.push([]);
  }
  let broadcast: Shape = [];
  if (anyArray) {
    const b = broadcastShapeOrNull(advShapes.filter((s, i) => i >= 0 && s !== undefined));
    if (!b) {
      // The message lists index arrays only (no integers); a k-d mask counts as k arrays.
      const shapes: Shape[] = [];
      for (const e of entries) {
        const it = e.item;
        if (it.kind === 'intArray') shapes.push(it.shape);
        else if (it.kind === 'boolArray') for (let k = 0; k < it.shape.length; k++) shapes.push([it.trueCount ?? unknownDim()]);
        else if (it.kind === 'bool') shapes.push([it.value === false ? 0 : 1]);
      }
      return fail('IndexError', `shape mismatch: indexing arrays could not be broadcast together with shapes ${shapes.map((s) => shapeToNumpyString(s) + ' ').join('')}`);
    }
    broadcast = b;
  }
  // Index arrays are only read (so bounds-checked) when the selection is not empty.
  const selectionEmpty = broadcast.some((d) => dimCanBe(d, 0));
  for (const e of entries) {
    const it = e.item;
    if (it.kind === 'intArray' && it.values && !selectionEmpty) {
      for (const v of it.values) if (provablyOutOfBounds(v, e.dims[0])) return fail('IndexError', outOfBounds(v, e.axis, e.dims[0]));
    }
  }
  // Build the result: basic dims in order, the advanced block in place or in front.
  const out: Dim[] = [];
  let advPos = -1;
  let status = -1; // -1 none yet, 0 inside the block, 1 after it, 2 split
  for (const e of entries) {
    const it = e.item;
    const adv = isAdvanced(it) || (it.kind === 'int' && anyArray);
    if (adv) {
      if (status === -1) { advPos = out.length; status = 0; } else if (status === 1) { status = 2; advPos = 0; }
      continue;
    }
    if (status === 0 && !(it.kind === 'ellipsis' && e === entries[entries.length - 1] && nEllipsis === 0)) status = 1;
    switch (it.kind) {
      case 'int': break;
      case 'slice': out.push(sliceLength(e.dims[0], it.start, it.stop, it.step ?? 1)); break;
      case 'newaxis': out.push(1); break;
      case 'ellipsis': out.push(...e.dims); break;
      default: break;
    }
  }
  if (anyArray) out.splice(status === 2 ? 0 : advPos, 0, ...broadcast);
  return ok({ shape: out, advanced: anyArray });
}

/** Shape-only convenience for `a[items]`. */
export function indexShape(shape: Shape, items: readonly IndexItem[]): RuleResult<Shape> {
  const r = indexResult(shape, items);
  return r.ok ? ok(r.value.shape) : r;
}

/**
 * `a[items] = value`: the indexed region's shape, after NumPy's checks that a value of
 * `valueShape` fits: a single full boolean mask takes a 0-d or 1-d value of 1 or count
 * elements; an element (all-integer index) takes no array; otherwise the value broadcasts
 * into the region (leading 1s of the value may be dropped).
 */
export function setitemShape(shape: Shape, rawItems: readonly IndexItem[], valueShape: Shape): RuleResult<Shape> {
  const r = indexResult(shape, rawItems);
  if (!r.ok) return r;
  const target = r.value.shape;
  const items = rawItems.map((it): IndexItem => (it.kind === 'intArray' && it.shape.length === 0 ? { kind: 'int', value: it.values?.[0] } : it));
  const only = items.length === 1 ? items[0] : undefined;
  const fullMask = only && ((only.kind === 'boolArray' && only.shape.length === shape.length) || (only.kind === 'bool' && shape.length === 0));
  if (fullMask) {
    if (valueShape.length > 1) {
      return fail('TypeError', `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${valueShape.length} dimensions`);
    }
    if (valueShape.length === 1) {
      const k = valueShape[0], count = target[0];
      if (k !== 1 && dimEq(k, count) === false && !dimCanBe(k, 1)) {
        return fail('ValueError', `NumPy boolean array indexing assignment cannot assign ${dimToString(k)} input values to the ${dimToString(count)} output values where the mask is true`);
      }
    }
    return ok(target);
  }
  const element = items.every((it) => it.kind === 'int') && items.length === shape.length;
  if (element) {
    if (valueShape.length > 0) return fail('ValueError', 'setting an array element with a sequence.');
    return ok(target);
  }
  let v = valueShape;
  while (v.length > target.length && v[0] === 1) v = v.slice(1);
  // An empty value may carry extra leading dims into an advanced selection (nothing is assigned).
  const emptyValue = valueShape.some((d) => d === 0);
  if (r.value.advanced && emptyValue && v.length > target.length) v = v.slice(v.length - target.length);
  const fits = (): boolean => {
    if (v.length > target.length) return false;
    const off = target.length - v.length;
    for (let i = 0; i < v.length; i++) {
      const d = v[i], t = target[off + i];
      if (d === 1 || dimEq(d, t) !== false || dimCanBe(d, 1)) continue;
      return false;
    }
    return true;
  };
  if (fits()) return ok(target);
  if (r.value.advanced) {
    return fail('ValueError', `shape mismatch: value array of shape ${shapeToNumpyString(valueShape)} could not be broadcast to indexing result of shape ${shapeToNumpyString(target)}`);
  }
  return fail('ValueError', `could not broadcast input array from shape ${shapeToNumpyString(v)} into shape ${shapeToNumpyString(target)}`);
}
