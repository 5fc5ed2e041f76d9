// The analysis' single doorway to NumPy's shape and dtype rules. Everything here calls
// src/numpy (dims algebra, broadcasting, reductions, matmul, reshape, transpose, concat/split,
// slicing, dtype promotion, ufunc loops) and only adapts signatures (mutable arrays, the axes
// a reduction removed). The few message helpers at the end are marked ADAPTER: texts NumPy
// raises that src/numpy has no standalone function for.
import type { Dim, Shape } from '../numpy/dims';
import { dimCanBe, dimEq, dimMul, dimProduct, dimFloorDiv, isConcreteDim, unknownDim, shapeToNumpyString, dimToString } from '../numpy/dims';
import { type RuleResult, ok } from '../numpy/errors';
import * as N from '../numpy/index';
import { broadcastOperands, broadcastToOutput, broadcastTo } from '../numpy/broadcast';
import { type DType, type Operand, parseDType, resultType, weakScalar } from '../numpy/dtypes';
import { ufuncResultDType, reductionDType, type ReductionName, REDUCTION_NAMES } from '../numpy/ufuncs';

export type { RuleResult, Dim, Shape, DType, Operand };
export { broadcastOperands, broadcastToOutput, broadcastTo, parseDType, resultType, weakScalar, dimEq, dimCanBe };


// ---------------------------------------------------------------- dtypes

const dtypeCache = new Map<string, string | null>();
/** ufunc → dtype → dtype → result: bounded by the (finite) dtype names. */
const namedDTypeCache = new Map<string, Map<string, Map<string, string | null>>>();
const opKey = (o: Operand): string => (typeof o === 'string' ? o : `${o.weak}:${o.value ?? ''}`);

/** Result dtype of a binary ufunc; null when unknown or unmodelled (never an error here). Memoised. */
export function binaryDType(ufunc: string, a: Operand | null, b: Operand | null): string | null {
  if (a === null || b === null) return null;
  // Two dtype names (the common case): a nested-map lookup, no key string per operation.
  if (typeof a === 'string' && typeof b === 'string') {
    let byA = namedDTypeCache.get(ufunc);
    if (!byA) namedDTypeCache.set(ufunc, (byA = new Map()));
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map()));
    const hit = byB.get(b);
    if (hit !== undefined) return hit;
    const r = ufuncResultDType(ufunc, [a, b]);
    const out = r.ok ? r.value : null;
    byB.set(b, out);
    return out;
  }
  const key = `${ufunc}|${opKey(a)}|${opKey(b)}`;
  const hit = dtypeCache.get(key);
  if (hit !== undefined) return hit;
  const r = ufuncResultDType(ufunc, [a, b]);
  const out = r.ok ? r.value : null;
  if (dtypeCache.size < 4096) dtypeCache.set(key, out);
  return out;
}

export function unaryDType(ufunc: string, a: Operand | null): string | null {
  if (a === null) return null;
  const r = ufuncResultDType(ufunc, [a]);
  return r.ok ? r.value : null;
}

export function isReductionName(n: string): n is ReductionName {
  return (REDUCTION_NAMES as readonly string[]).includes(n);
}

export function reduceDType(op: string, dt: string | null, dtypeArg?: string | null): string | null {
  if (!isReductionName(op)) return dt;
  const base = dt ? parseDType(dt) : undefined;
  const forced = dtypeArg ? parseDType(dtypeArg) : undefined;
  if (!base) return forced && !['max', 'min', 'amax', 'amin'].includes(op) ? forced : null;
  return reductionDType(op, base, forced);
}

/** dtype → dtype → promoted: bounded by the (finite) dtype names. */
const promotedPairs = new Map<string, Map<string, string | null>>();

export function promote(dts: (string | null)[]): string | null {
  // Two dtypes (matmul, dot, where, concatenate of two): a nested-map lookup, nothing allocated.
  if (dts.length === 2 && dts[0] !== null && dts[1] !== null) {
    const a = dts[0], b = dts[1];
    let byB = promotedPairs.get(a);
    if (!byB) promotedPairs.set(a, (byB = new Map()));
    let hit = byB.get(b);
    if (hit === undefined) byB.set(b, (hit = promoteUncached(dts)));
    return hit;
  }
  return promoteUncached(dts);
}

function promoteUncached(dts: (string | null)[]): string | null {
  const ops: DType[] = [];
  for (const d of dts) {
    const p = d ? parseDType(d) : undefined;
    if (!p) return null;
    ops.push(p);
  }
  return ops.length ? resultType(...ops) : null;
}

// ---------------------------------------------------------------- shape rules (src/numpy)

type Mut = Dim[];
const mut = <T>(r: RuleResult<readonly T[]>): RuleResult<T[]> => (r.ok ? ok([...r.value]) : r);

export function normalizeAxis(axis: number, ndim: number): RuleResult<number> {
  return N.normalizeAxisIndex(axis, ndim);
}

export function normalizeAxes(axes: number[], ndim: number): RuleResult<number[]> {
  return N.normalizeAxisTuple(axes, ndim);
}

const ALL_AXES: (RuleResult<number[]> | undefined)[] = new Array(33).fill(undefined);

/**
 * The axes a reduction over `axes` (null = all) removes, normalised and sorted, or NumPy's
 * error: the analysis builds the reduced shape itself (it keeps each dim's provenance), and
 * src/numpy's reduceShape fails exactly when this does.
 */
export function reductionAxes(ndim: number, axes: number[] | null): RuleResult<number[]> {
  // One in-range axis (most reductions): its normalised index, without the tuple machinery;
  // anything else, errors included, is src/numpy's.
  if (axes !== null && axes.length === 1 && Number.isInteger(axes[0]) && axes[0] >= -ndim && axes[0] < ndim) {
    return ok([axes[0] < 0 ? axes[0] + ndim : axes[0]]);
  }
  // All axes (`x.sum()`): one shared, never-changed result per rank.
  if (axes === null && ndim < ALL_AXES.length) return (ALL_AXES[ndim] ??= N.reductionAxes(ndim, null));
  return N.reductionAxes(ndim, axes);
}

export const matmulShape = (a: Shape, b: Shape): RuleResult<Mut> => mut(N.matmulShape(a, b));
export const dotShape = (a: Shape, b: Shape): RuleResult<Mut> => mut(N.dotShape(a, b));
export const reshapeShape = (shape: Shape, newShape: Dim[]): RuleResult<Mut> => mut(N.reshapeShape(shape, newShape));
export const transposeShape = (shape: Shape, axes: number[] | null): RuleResult<Mut> => mut(N.transposeShape(shape, axes));
/** null value: the rank is unknown (a symbolic dim might be 1). */
export function squeezeShape(shape: Shape, axes: number[] | null): RuleResult<Mut | null> {
  const r = N.squeezeShape(shape, axes);
  return r.ok ? ok(r.value ? [...r.value] : null) : r;
}
export const expandDimsShape = (shape: Shape, axes: number[]): RuleResult<Mut> => mut(N.expandDimsShape(shape, axes));
export const swapaxesShape = (shape: Shape, a1: number, a2: number): RuleResult<Mut> => mut(N.swapaxesShape(shape, a1, a2));
export function moveaxisShape(shape: Shape, src: number, dst: number): RuleResult<Mut> {
  const r = N.moveaxisShape(shape, src, dst);
  return r.ok ? ok([...r.value.shape]) : r;
}
export const concatenateShape = (shapes: Shape[], axis: number | null): RuleResult<Mut> => mut(N.concatenateShape(shapes, axis));
export const stackShape = (shapes: Shape[], axis: number): RuleResult<Mut> => mut(N.stackShape(shapes, axis));
export const vstackShape = (shapes: Shape[]): RuleResult<Mut> => mut(N.vstackShape(shapes));
export const hstackShape = (shapes: Shape[]): RuleResult<Mut> => mut(N.hstackShape(shapes));
export const columnStackShape = (shapes: Shape[]): RuleResult<Mut> => mut(N.columnStackShape(shapes));
export function splitShapes(shape: Shape, sections: number | number[], axis: number, allowUneven: boolean): RuleResult<Mut[]> {
  const r = allowUneven ? N.arraySplitShapes(shape, sections, axis) : N.splitShapes(shape, sections, axis);
  return r.ok ? ok(r.value.map((s) => [...s])) : r;
}
export const sliceLength = (n: Dim, start: Dim | null, stop: Dim | null, step: number): Dim => N.sliceLength(n, start, stop, step);
export const solveShape = N.solveShape;
export const checkSquareStack = N.checkSquareStack;
export const einsumShape = N.einsumShape;
export const tileShape = N.tileShape;
export const repeatShape = N.repeatShape;
export const indexResult = N.indexResult;
export const setitemShape = N.setitemShape;
export const INVALID_INDEX_MESSAGE = N.INVALID_INDEX_MESSAGE;
/** ADAPTER: NumPy's text for a float (or complex) array used as an index. */
export const NON_INTEGER_ARRAY_INDEX_MESSAGE = 'arrays used as indices must be of integer (or boolean) type';
export type IndexItem = N.IndexItem;

/** IndexError texts of integer and boolean indexing: the rules module's, so they cannot drift. */
export const indexOutOfBounds = N.indexOutOfBoundsMessage;
export const tooManyIndices = N.tooManyIndicesMessage;
export const booleanMaskMismatch = N.booleanIndexMismatchMessage;

export { shapeToNumpyString, dimToString, isConcreteDim, unknownDim, dimProduct, dimMul, dimFloorDiv };
