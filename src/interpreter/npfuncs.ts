// The `numpy` module of the evaluator: one data table of np functions with their Python
// signatures (positional and keyword names, defaults) mapped onto engine calls, the ndarray
// methods (most delegate to the same table with the array as first argument), np.random
// (legacy RandomState + default_rng Generator), np.linalg, constants, dtypes, errstate and
// printoptions. Shape operations the engine does not export yet are done here as strided views.
import * as E from '../engine';
import type { NDArray, DType } from '../engine';
import {
  DEFAULT_PRINT_OPTIONS, array2string, arrayRepr, arrayStr, overridePrintOptions, printOptionsEntries, updatePrintOptions, type PrintOptionsUpdate,
} from '../engine/print';
import { RandomState } from '../engine/random/legacy';
import { Generator } from '../engine/random/generator';
import type { Sampler } from '../engine/random/sampler';
import type { RandomArray } from '../engine/random/result';
import {
  Kwargs, PyBuiltin, PyClass, PyComplex, PyDict, PyFloat, PyList, PyModule, PyNative, PyTuple, PyValue, normBig,
} from './values';
import { T, pyErr, pyErrOfClass, throwErr } from './types';
import { asFloat, asInt, callValue, dictSet, toArray as toPyList, toIndex, truthy } from './runtime';
import { bind, signature, Signature } from './args';
import { PyIndexConcat } from './indextricks';
import { EXTRA_FUNCS, PyGrid, installLinalgExtras, makeStrideTricks, ufuncAtMethod } from './npextras';
import { registerUfuncClass } from './temporaries';
import { makeFftModule } from './npfft';
import { Interpreter, moduleFactories } from './interp';
import {
  ABSTRACT_TYPES, ARRAY_METHODS, BYTES_CLS, ComplexWarning, ENG, NP_EXC, PyDType, PyNdArray, PyNpScalar, SCALAR_TYPES, STR_CLS, guard, matmul, ndarrayCls, warnComplexCast,
  nestedToPy, optDType, printOptions, setPrintOptions, toArray, toArrayChecked, toDType, toOperand, toShape, wrap,
} from './numpy';

type Args = Record<string, PyValue> & { __varargs?: PyValue[]; __varkw?: Map<string, PyValue> };
type Impl = (b: Args) => PyValue;

// ------------------------------------------------------------------------------------------
// Argument helpers

const A = (v: PyValue): NDArray => toArray(v);
/** A Python or NumPy scalar as an engine scalar (np.int64(3) -> 3n). */
function scalarOf(v: PyValue): E.PyScalar {
  const o = toOperand(v);
  if (o instanceof E.NDArray) {
    if (o.size !== 1) throwErr('TypeError', 'only length-1 arrays can be converted to Python scalars');
    return E.toPython(o.get(0), o.dtype);
  }
  return o;
}
/** A fill value: a bytes value stays a 0-d 'S' array (scalarOf would make it a str). */
function bytesOrScalar(v: PyValue): E.PyScalar | E.NDArray {
  const o = toOperand(v);
  return o instanceof E.NDArray && o.dtype.startsWith('S') ? o : scalarOf(v);
}
function axisOf(v: PyValue): number | number[] | null {
  if (v === null || v === undefined) return null;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(toIndex);
  if (v instanceof PyFloat) throwErr('TypeError', "'float' object cannot be interpreted as an integer");
  return toIndex(v);
}
function intAxis(v: PyValue, dflt: number | null = null): number | null {
  if (v === null || v === undefined) return dflt;
  return toIndex(v);
}
const bool = (v: PyValue): boolean => truthy(v);
/** kind= / stable= of sort and argsort, as the engine's SortKind (NumPy's errors for bad ones). */
const sortKind = (kind: PyValue | undefined, stable: PyValue | undefined): E.SortKind =>
  E.parseSortKind(kind === null || kind === undefined ? null : strArg(kind, 'kind'), stable === null || stable === undefined ? null : truthy(stable));
const num = (v: PyValue): number => {
  const f = asFloat(v);
  if (f === undefined) throwErr('TypeError', `must be real number, not ${typeof v}`);
  return f;
};

// ------------------------------------------------------------------------------------------
// Shape operations: thin adapters over the engine's shape/linalg modules.

function makeView(a: NDArray, shape: number[], strides: number[], offset = a.offset): NDArray {
  return E.view(a, shape, strides, offset);
}
const reshape = (a: NDArray, shape: number[]): NDArray => E.reshape(a, shape);
const transpose = (a: NDArray, axes: number[] | null): NDArray => E.transpose(a, axes);
const stack = (arrs: NDArray[], axis: number): NDArray => E.stack(arrs, axis);
const concatenate = (arrs: NDArray[], axis: number | null): NDArray => E.concatenate(arrs, axis);
function atleast(a: NDArray, n: number): NDArray {
  return n === 1 ? E.atleast1d(a) : n === 2 ? E.atleast2d(a) : E.atleast3d(a);
}
function split(a: NDArray, sections: PyValue, axis: number, equal: boolean): PyValue {
  const spec = sections instanceof PyList || sections instanceof PyTuple || sections instanceof PyNdArray ? toPyList(sections).map(toIndex) : toIndex(sections);
  const parts: NDArray[] = (equal ? E.split : E.arraySplit)(a, spec, axis);
  return new PyList(parts.map((x) => new PyNdArray(x)));
}

// ------------------------------------------------------------------------------------------
// The function table: name, Python signature, implementation.

const reduceOpts = (b: Args) => ({
  axis: axisOf(b.axis), keepdims: bool(b.keepdims ?? false), dtype: optDType(b.dtype), out: b.out instanceof PyNdArray ? b.out.arr : undefined,
  initial: b.initial === null || b.initial === undefined ? undefined : scalarOf(b.initial),
  where: b.where === true || b.where === undefined ? undefined : toArray(b.where),
});
/** Reductions taking initial= and where= (NumPy's signatures; mean/all/any take where= only). */
const WITH_INITIAL = new Set(['sum', 'prod', 'max', 'min', 'nansum', 'nanprod', 'nanmax', 'nanmin']);
const WITH_WHERE = new Set([...WITH_INITIAL, 'mean', 'all', 'any', 'nanmean']);

const arrList = (v: PyValue): NDArray[] => toPyList(v).map(A);

function randomResult(r: RandomArray): PyValue {
  if (r.shape === null) {
    const v = r.data[0];
    if (r.python) return typeof v === 'bigint' ? normBig(v) : r.dtype.startsWith('float') ? new PyFloat(Number(v)) : normBig(BigInt(v));
    const s = E.scalarArray(typeof v === 'bigint' ? v : r.dtype.startsWith('float') ? Number(v) : BigInt(v), r.dtype as DType);
    return new PyNpScalar(s);
  }
  const raw = new E.NDArray(r.data as E.TypedArray, r.shape, r.dtype as DType);
  // a large draw moves onto the engine heap (one copy), so operations on it run on the SIMD kernels
  const a = r.data.byteLength >= 4096 ? E.copy(raw) : raw;
  return new PyNdArray(a);
}

const sizeArg = (v: PyValue): number[] | null => (v === null || v === undefined ? null : toShape(v));

const FUNCS: [string, string, Impl][] = [
  // creation
  ['array', "object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, like=None", (b) => {
    const dt = optDType(b.dtype);
    let a = dt ? toArrayChecked(b.object, dt) : toArray(b.object);
    const src = b.object instanceof PyNdArray ? b.object.arr : null;
    // copy=False / None: the input itself when no copy is needed (NumPy 2 semantics)
    if (src && a === src && (b.copy === null || !truthy(b.copy)) && a.ndim >= toIndex(b.ndmin)) return b.object;
    if (src && (a === src || a.data === src.data)) a = copyInOrder(a, b.order);
    else if (b.order === 'F' && a.ndim > 1) a = E.fortranCopy(a);
    const nm = toIndex(b.ndmin);
    if (a.ndim < nm) a = reshape(a, [...Array(nm - a.ndim).fill(1), ...a.shape]);
    a.isScalar = false;
    return new PyNdArray(a);
  }],
  ['asarray', 'a, dtype=None', (b) => { const a = toArray(b.a, optDType(b.dtype)); return new PyNdArray(a.isScalar ? E.scalarArray(a.get(0), a.dtype, false) : a); }],
  ['asanyarray', 'a, dtype=None', (b) => { const a = toArray(b.a, optDType(b.dtype)); return new PyNdArray(a.isScalar ? E.scalarArray(a.get(0), a.dtype, false) : a); }],
  ['zeros', 'shape, dtype=None', (b) => new PyNdArray(E.zeros(toShape(b.shape), optDType(b.dtype) ?? 'float64'))],
  ['ones', 'shape, dtype=None', (b) => new PyNdArray(E.ones(toShape(b.shape), optDType(b.dtype) ?? 'float64'))],
  ['empty', 'shape, dtype=None', (b) => new PyNdArray(E.zeros(toShape(b.shape), optDType(b.dtype) ?? 'float64'))],
  ['full', 'shape, fill_value, dtype=None', (b) => new PyNdArray(E.full(toShape(b.shape), bytesOrScalar(b.fill_value), optDType(b.dtype)))],
  ['triu', 'm, k=0', (b) => wrap(triangle(A(b.m), toIndex(b.k), true))],
  ['tril', 'm, k=0', (b) => wrap(triangle(A(b.m), toIndex(b.k), false))],
  ['diagonal', 'a, offset=0, axis1=0, axis2=1', (b) => new PyNdArray(diagonal(A(b.a), toIndex(b.offset)))],
  ['percentile', 'a, q, axis=None, out=None, overwrite_input=False, method=\'linear\', keepdims=False', (b) => quantile(A(b.a), b.q, intAxis(b.axis), true, bool(b.keepdims))],
  ['quantile', 'a, q, axis=None, out=None, overwrite_input=False, method=\'linear\', keepdims=False', (b) => quantile(A(b.a), b.q, intAxis(b.axis), false, bool(b.keepdims))],
  ['issubdtype', 'arg1, arg2', (b) => {
    const d = b.arg1 instanceof PyClass && ABSTRACT_TYPES[b.arg1.name] === b.arg1 ? null : toDType(b.arg1);
    const target = b.arg2;
    if (d === null) return b.arg1 === target || (b.arg1 as PyClass).isSubclassOf(target as PyClass);
    const cls = SCALAR_TYPES.get(d)!;
    if (target instanceof PyClass && Object.values(ABSTRACT_TYPES).includes(target)) return cls.isSubclassOf(target);
    return d === toDType(target);
  }],
  ['nan_to_num', 'x, copy=True, nan=0.0, posinf=None, neginf=None', (b) => {
    const x = A(b.x);
    if (E.DTYPES[x.dtype].kind !== 'f') return wrap(x);
    const big = x.dtype === 'float32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
    const out = E.copy(x);
    const pos = b.posinf === null ? big : num(b.posinf), neg = b.neginf === null ? -big : num(b.neginf), nanv = num(b.nan);
    for (let i = 0; i < out.size; i++) {
      const v = out.get(i) as number;
      if (Number.isNaN(v)) out.set(i, nanv); else if (v === Infinity) out.set(i, pos); else if (v === -Infinity) out.set(i, neg);
    }
    out.isScalar = x.isScalar;
    return wrap(out);
  }],
  ['zeros_like', 'a, dtype=None', (b) => new PyNdArray(E.zerosLike(A(b.a), optDType(b.dtype)))],
  ['ones_like', 'a, dtype=None', (b) => new PyNdArray(E.onesLike(A(b.a), optDType(b.dtype)))],
  ['empty_like', 'a, dtype=None', (b) => new PyNdArray(E.zerosLike(A(b.a), optDType(b.dtype)))],
  ['full_like', 'a, fill_value, dtype=None', (b) => new PyNdArray(E.fullLike(A(b.a), scalarOf(b.fill_value), optDType(b.dtype)))],
  ['arange', 'start, stop=None, step=None, dtype=None', (b) => {
    const op = scalarOf;
    if (b.stop === null) return new PyNdArray(E.arange(0n, op(b.start), b.step === null ? 1n : op(b.step), optDType(b.dtype)));
    return new PyNdArray(E.arange(op(b.start), op(b.stop), b.step === null ? 1n : op(b.step), optDType(b.dtype)));
  }],
  ['linspace', 'start, stop, num=50, endpoint=True, retstep=False, dtype=None', (b) => {
    if (isComplexValue(b.start) || isComplexValue(b.stop)) return complexLinspace(b);
    const a = new PyNdArray(E.linspace(num(b.start), num(b.stop), toIndex(b.num), bool(b.endpoint), optDType(b.dtype)));
    if (bool(b.retstep)) return new PyTuple([a, new PyFloat(E.linspaceStep(num(b.start), num(b.stop), toIndex(b.num), bool(b.endpoint)))]);
    return a;
  }],
  ['eye', 'N, M=None, k=0, dtype=None', (b) => new PyNdArray(E.eye(toIndex(b.N), b.M === null ? undefined : toIndex(b.M), toIndex(b.k), optDType(b.dtype) ?? 'float64'))],
  ['identity', 'n, dtype=None', (b) => new PyNdArray(E.identity(toIndex(b.n), optDType(b.dtype) ?? 'float64'))],
  ['diag', 'v, k=0', (b) => new PyNdArray(E.diag(A(b.v), toIndex(b.k)))],
  ['copy', "a, order='K', subok=False", (b) => new PyNdArray(copyInOrder(A(b.a), b.order))],
  // shape
  ['reshape', 'a, shape=None, /, *args, newshape=None, order=None', (b) => {
    const s = b.shape ?? b.newshape;
    return new PyNdArray(reshape(A(b.a), b.__varargs && b.__varargs.length ? [toIndex(s), ...b.__varargs.map(toIndex)] : toShape(s)));
  }],
  ['transpose', 'a, axes=None', (b) => new PyNdArray(transpose(A(b.a), b.axes === null ? null : toShape(b.axes)))],
  ['expand_dims', 'a, axis', (b) => new PyNdArray(E.expandDims(A(b.a), axisOf(b.axis)!))],
  ['squeeze', 'a, axis=None', (b) => {
    const a = A(b.a);
    // NumPy hands back the array itself when there is no length-1 axis to drop
    if (b.axis === null && b.a instanceof PyNdArray && !a.shape.includes(1)) return b.a;
    return new PyNdArray(E.squeeze(a, axisOf(b.axis)));
  }],
  ['ravel', 'a', (b) => new PyNdArray(E.ravel(A(b.a)))],
  ['swapaxes', 'a, axis1, axis2', (b) => new PyNdArray(E.swapaxes(A(b.a), toIndex(b.axis1), toIndex(b.axis2)))],
  ['moveaxis', 'a, source, destination', (b) => new PyNdArray(E.moveaxis(A(b.a), axisOf(b.source)!, axisOf(b.destination)!))],
  ['broadcast_to', 'array, shape', (b) => new PyNdArray(E.broadcastTo(A(b.array), toShape(b.shape)))],
  ['concatenate', 'arrays, axis=0', (b) => new PyNdArray(concatenate(arrList(b.arrays), intAxis(b.axis)))],
  ['stack', 'arrays, axis=0', (b) => new PyNdArray(stack(arrList(b.arrays), toIndex(b.axis)))],
  ['vstack', 'tup, *, dtype=None', (b) => new PyNdArray(E.vstack(arrList(b.tup), optDType(b.dtype)))],
  ['hstack', 'tup, *, dtype=None', (b) => new PyNdArray(E.hstack(arrList(b.tup), optDType(b.dtype)))],
  ['dstack', 'tup', (b) => new PyNdArray(E.dstack(arrList(b.tup)))],
  ['column_stack', 'tup', (b) => new PyNdArray(E.columnStack(arrList(b.tup)))],
  ['atleast_3d', 'a', (b) => new PyNdArray(atleast(A(b.a), 3))],
  ['atleast_1d', 'a', (b) => new PyNdArray(atleast(A(b.a), 1))],
  ['atleast_2d', 'a', (b) => new PyNdArray(atleast(A(b.a), 2))],
  ['flip', 'm, axis=None', (b) => new PyNdArray(E.flip(A(b.m), axisOf(b.axis)))],
  ['fliplr', 'm', (b) => new PyNdArray(E.flip(A(b.m), 1))],
  ['flipud', 'm', (b) => new PyNdArray(E.flip(A(b.m), 0))],
  ['tile', 'A, reps', (b) => new PyNdArray(E.tile(A(b.A), toShape(b.reps)))],
  ['repeat', 'a, repeats, axis=None', (b) => new PyNdArray(E.repeat(A(b.a), b.repeats instanceof PyList || b.repeats instanceof PyNdArray ? toPyList(b.repeats).map(toIndex) : toIndex(b.repeats), intAxis(b.axis)))],
  ['split', 'ary, indices_or_sections, axis=0', (b) => split(A(b.ary), b.indices_or_sections, toIndex(b.axis), true)],
  ['array_split', 'ary, indices_or_sections, axis=0', (b) => split(A(b.ary), b.indices_or_sections, toIndex(b.axis), false)],
  ['take', 'a, indices, axis=None', (b) => wrap(E.take(A(b.a), A(b.indices), intAxis(b.axis)))],
  ['shape', 'a', (b) => new PyTuple(A(b.a).shape.slice())],
  ['ndim', 'a', (b) => A(b.a).ndim],
  ['size', 'a, axis=None', (b) => (b.axis === null ? A(b.a).size : E.moveaxis(A(b.a), toIndex(b.axis), 0).shape[0])],
  // linear algebra basics
  ['matmul', 'x1, x2, /, out=None', (b) => (b.out === null ? matmul(b.x1, b.x2) : matmulInto(matmul(b.x1, b.x2) as PyNdArray, b.out))],
  ['dot', 'a, b, out=None', (b) => {
    const r = E.dot(A(b.a), A(b.b));
    if (b.out === null) return wrap(r);
    // NumPy's dot writes only into a C-contiguous out of exactly the result's dtype and shape
    const out = b.out instanceof PyNdArray ? b.out.arr : null;
    if (!out || out.dtype !== r.dtype || out.ndim !== r.ndim || !out.isCContiguous) throwErr('ValueError', 'output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)');
    if (out.shape.some((d, k) => d !== r.shape[k])) throwErr('ValueError', 'output array has wrong dimensions');
    E.assignArray(out, r);
    return b.out;
  }],
  ['vdot', 'a, b', (b) => wrap(E.vdot(A(b.a), A(b.b)))],
  ['inner', 'a, b', (b) => wrap(E.inner(A(b.a), A(b.b)))],
  ['outer', 'a, b', (b) => wrap(E.outer(A(b.a), A(b.b)))],
  ['tensordot', 'a, b, axes=2', (b) => wrap(E.tensordot(A(b.a), A(b.b), (b.axes instanceof PyList || b.axes instanceof PyTuple ? toPyList(b.axes).map((x) => (x instanceof PyList || x instanceof PyTuple ? toPyList(x).map(toIndex) : toIndex(x))) : toIndex(b.axes)) as never))],
  ['trace', 'a, offset=0', (b) => wrap(E.sum(diagonal(A(b.a), toIndex(b.offset)), { axis: 0 }))],
  // reductions
  ...(['sum', 'prod', 'mean', 'max', 'min', 'all', 'any', 'nansum', 'nanprod', 'nanmean', 'nanmax', 'nanmin', 'median', 'ptp'] as const).map((n): [string, string, Impl] =>
    [n, `a, axis=None, dtype=None, out=None, keepdims=False${WITH_INITIAL.has(n) ? ', initial=None' : ''}${WITH_WHERE.has(n) ? ', *, where=True' : ''}`, (b) => wrap((E as unknown as Record<string, (a: NDArray, o: object) => NDArray>)[n](A(b.a), reduceOpts(b)))]),
  ['amax', 'a, axis=None, out=None, keepdims=False, initial=None, where=True', (b) => wrap(E.max(A(b.a), reduceOpts(b)))],
  ['amin', 'a, axis=None, out=None, keepdims=False, initial=None, where=True', (b) => wrap(E.min(A(b.a), reduceOpts(b)))],
  ...(['std', 'var', 'nanstd', 'nanvar'] as const).map((n): [string, string, Impl] =>
    [n, `a, axis=None, dtype=None, out=None, ddof=0, keepdims=False${n.startsWith('nan') ? '' : ', *, where=True'}`, (b) => wrap((E as unknown as Record<string, (a: NDArray, o: object) => NDArray>)[n === 'var' ? 'var_' : n](A(b.a), { ...reduceOpts(b), ddof: num(b.ddof) }))]),
  ...(['argmax', 'argmin', 'nanargmax', 'nanargmin'] as const).map((n): [string, string, Impl] =>
    [n, 'a, axis=None, out=None, *, keepdims=False', (b) => wrap((E as unknown as Record<string, (a: NDArray, ax: unknown, k?: unknown) => NDArray>)[n](A(b.a), intAxis(b.axis), bool(b.keepdims)))]),
  ...(['cumsum', 'cumprod', 'nancumsum', 'nancumprod'] as const).map((n): [string, string, Impl] =>
    [n, 'a, axis=None, dtype=None, out=None', (b) => {
      const r = (E as unknown as Record<string, (a: NDArray, ax: unknown, k?: unknown) => NDArray>)[n](A(b.a), intAxis(b.axis), optDType(b.dtype));
      if (b.out === null) return wrap(r);
      // NumPy accumulates in the usual dtype and casts into out (unsafe), which may be the input itself
      if (!(b.out instanceof PyNdArray)) throwErr('TypeError', 'return arrays must be of ArrayType');
      const out = b.out.arr;
      if (out.ndim !== r.ndim || out.shape.some((d, k) => d !== r.shape[k])) throwErr('ValueError', 'provided out is the wrong size for the accumulation.');
      E.assignArray(out, r);
      return b.out;
    }]),
  ['count_nonzero', 'a, axis=None, *, keepdims=False', (b) => wrap(E.countNonzero(A(b.a), axisOf(b.axis), bool(b.keepdims)))],
  ['average', 'a, axis=None, weights=None, returned=False, *, keepdims=False', (b) => wrap(E.average(A(b.a), axisOf(b.axis), b.weights === null ? undefined : A(b.weights), bool(b.keepdims)))],
  ['where', 'condition, x=None, y=None', (b) => {
    if (b.x === null && b.y === null) return new PyTuple(E.nonzero(A(b.condition)).map((x) => new PyNdArray(x)));
    return wrap(E.where(A(b.condition), toOperand(b.x), toOperand(b.y)));
  }],
  ['nonzero', 'a', (b) => new PyTuple(E.nonzero(A(b.a)).map((x) => new PyNdArray(x)))],
  ['argwhere', 'a', (b) => new PyNdArray(E.argwhere(A(b.a)))],
  ['sort', 'a, axis=-1, kind=None, order=None, *, stable=None', (b) => new PyNdArray(E.sort(A(b.a), intAxis(b.axis), sortKind(b.kind, b.stable)))],
  ['argsort', 'a, axis=-1, kind=None, order=None, *, stable=None', (b) => new PyNdArray(E.argsort(A(b.a), intAxis(b.axis), sortKind(b.kind, b.stable)))],
  ['unique', 'ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True', (b) => {
    const r = E.unique(A(b.ar), { returnIndex: bool(b.return_index), returnInverse: bool(b.return_inverse), returnCounts: bool(b.return_counts) });
    const rr = r as unknown as Record<string, NDArray | undefined>;
    const extras = [rr.indices ?? rr.index, rr.inverse, rr.counts].filter((x): x is NDArray => !!x);
    const vals = new PyNdArray(rr.values ?? rr.unique!);
    return extras.length ? new PyTuple([vals, ...extras.map((x) => new PyNdArray(x))]) : vals;
  }],
  ['searchsorted', 'a, v, side=\'left\', sorter=None', (b) => wrap(E.searchsorted(A(b.a), A(b.v), b.side as 'left' | 'right'))],
  // elementwise helpers
  ['clip', 'a, a_min=None, a_max=None, out=None', (b) => wrap(E.clip(A(b.a), b.a_min === null ? null : toOperand(b.a_min), b.a_max === null ? null : toOperand(b.a_max), b.out instanceof PyNdArray ? b.out.arr : undefined))],
  ['round', 'a, decimals=0', (b) => wrap(E.round(A(b.a), toIndex(b.decimals)))],
  ['around', 'a, decimals=0', (b) => wrap(E.round(A(b.a), toIndex(b.decimals)))],
  ['isclose', 'a, b, rtol=1e-05, atol=1e-08, equal_nan=False', (b) => wrap(isclose(A(b.a), A(b.b), num(b.rtol), num(b.atol), bool(b.equal_nan)))],
  ['allclose', 'a, b, rtol=1e-05, atol=1e-08, equal_nan=False', (b) => truthy(wrap(E.all(isclose(A(b.a), A(b.b), num(b.rtol), num(b.atol), bool(b.equal_nan)))))],
  ['array_equal', 'a1, a2, equal_nan=False', (b) => {
    const x = A(b.a1), y = A(b.a2);
    if (x.ndim !== y.ndim || x.shape.some((d, i) => d !== y.shape[i])) return false;
    return truthy(wrap(E.all(E.ufunc2('equal', x, y))));
  }],
  ['astype', 'x, dtype', (b) => { const x = A(b.x), dt = toDType(b.dtype); warnComplexCast(x, dt); return new PyNdArray(E.astype(x, dt)); }],
  ['result_type', '*arrays_and_dtypes', (b) => new PyDType(b.__varargs!.map((v) => (v instanceof PyNdArray || v instanceof PyNpScalar ? v.arr.dtype : toDType(v))).reduce((x, y) => E.promoteTypes(x, y)))],
  ['promote_types', 'type1, type2', (b) => new PyDType(E.promoteTypes(toDType(b.type1), toDType(b.type2)))],
  ['isscalar', 'element', (b) => typeof b.element === 'number' || typeof b.element === 'bigint' || typeof b.element === 'boolean' || typeof b.element === 'string' || b.element instanceof PyFloat || b.element instanceof PyNpScalar],
  ['set_printoptions', 'precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None, override_repr=None', (b) => {
    setPrintOptions(updatePrintOptions(printOptions(), printUpdate(b)));
    return null;
  }],
  ['array2string', 'a, max_line_width=None, precision=None, suppress_small=None, separator=None, prefix=None, *, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix=None, legacy=None', (b) => {
    const opts = callPrintOptions(b);
    return array2string(A(b.a), opts, strArg(b.separator ?? ' ', 'separator'), strArg(b.prefix ?? '', 'prefix'), strArg(b.suffix ?? '', 'suffix'));
  }],
  ['array_repr', 'arr, max_line_width=None, precision=None, suppress_small=None', (b) => arrayRepr(A(b.arr), callPrintOptions(b))],
  ['array_str', 'a, max_line_width=None, precision=None, suppress_small=None', (b) => arrayStr(A(b.a), callPrintOptions(b))],
  ['get_printoptions', '', () => {
    const d = new PyDict();
    for (const [k, v] of printOptionsEntries(printOptions())) dictSet(d, k, v === null ? null : typeof v === 'number' ? (Number.isInteger(v) ? v : new PyFloat(v)) : v);
    return d;
  }],
  ['printoptions', '*args, **kwargs', (b) => new PrintOptionsContext(b.__varkw ?? new Map())],
  ['errstate', '**kwargs', () => new NullContext()],
  ['seterr', '**kwargs', () => new PyDict()],
  ['may_share_memory', 'a, b, /, max_work=None', (b) => E.mayShareBounds(A(b.a), A(b.b))],
  ['shares_memory', 'a, b, /, max_work=None', (b) => E.sharesMemory(A(b.a), A(b.b))],
  ['einsum', "subscripts, *operands, out=None, dtype=None, order='K', casting='safe', optimize=False", (b) => {
    // optimize= only changes NumPy's contraction path (BLAS for big products); the C loop is used here
    const dt = optDType(b.dtype);
    const r = E.einsum(String(b.subscripts), b.__varargs!.map((v) => (dt ? E.astype(A(v), dt) : A(v))));
    if (b.out === null) return wrap(r);
    if (!(b.out instanceof PyNdArray)) throwErr('TypeError', 'out must be an array');
    if (b.out.arr.ndim !== r.ndim) throwErr('ValueError', `out parameter does not have the correct number of dimensions, has ${b.out.arr.ndim} but should have ${r.ndim}`);
    E.assignArray(b.out.arr, r);
    return b.out;
  }],
  ...EXTRA_FUNCS, // bincount, histogram, convolve, insert, ... (npextras.ts)
];

/** A copy in NumPy's memory order: 'C', 'F', 'A' (F when a is Fortran-contiguous only) or 'K' (keep a's layout: C or F here). */
function copyInOrder(a: NDArray, order: PyValue): NDArray {
  const o = order === null || order === undefined ? 'K' : String(order);
  if (!['C', 'F', 'A', 'K'].includes(o)) throwErr('ValueError', `order must be one of 'C', 'F', 'A', or 'K' (got '${o}')`);
  const fortran = o === 'F' || ((o === 'A' || o === 'K') && a.isFContiguous && !a.isCContiguous);
  return fortran && a.ndim > 1 ? E.fortranCopy(a) : E.copy(a);
}

function triangle(a: NDArray, k: number, upper: boolean): NDArray {
  if (a.ndim < 2) throwErr('ValueError', 'input array must be at least 2-d');
  const n = a.shape[a.ndim - 2], m = a.shape[a.ndim - 1];
  const rows = E.reshape(E.arange(0n, BigInt(n)), [n, 1]);
  const cols = E.reshape(E.arange(0n, BigInt(m)), [1, m]);
  const diff = E.ufunc2('subtract', cols, rows);
  const keep = E.ufunc2(upper ? 'greater_equal' : 'less_equal', diff, BigInt(k));
  const r = E.where(keep, a, E.DTYPES[a.dtype].kind === 'b' ? false : 0n);
  return r.dtype === a.dtype ? r : E.astype(r, a.dtype);
}

function diagonal(a: NDArray, offset: number): NDArray {
  if (a.ndim < 2) throwErr('ValueError', 'diag requires an array of at least two dimensions');
  const n = a.shape[0], m = a.shape[1];
  const len = Math.max(0, offset >= 0 ? Math.min(n, m - offset) : Math.min(n + offset, m));
  const start = a.offset + (offset >= 0 ? offset * a.strides[1] : -offset * a.strides[0]);
  const v = E.view(a, [len, ...a.shape.slice(2)], [a.strides[0] + a.strides[1], ...a.strides.slice(2)], len ? start : a.offset);
  v.writeable = false;
  return v;
}

/** NumPy's 'linear' quantile: virtual index (n-1)*q, gamma = its fraction, and NumPy's two-sided lerp. */
function quantile(a: NDArray, qv: PyValue, axis: number | null, percent: boolean, keepdims = false): PyValue {
  if (E.isComplexDType(a.dtype)) throwErr('TypeError', 'a must be an array of real numbers');
  const reducedAxis = axis === null ? null : axis < 0 ? axis + a.ndim : axis;
  let q = toArray(qv, 'float64');
  if (percent) q = E.ufunc2('divide', q, 100n);
  const qs = q.toArray().map(Number);
  if (qs.some((x) => !(x >= 0 && x <= 1))) throwErr('ValueError', percent ? 'Percentiles must be in the range [0, 100]' : 'Quantiles must be in the range [0, 1]');
  let x = E.astype(a, 'float64');
  if (axis === null) { x = E.reshape(x, [-1]); axis = 0; }
  const moved = E.moveaxis(E.sort(x, axis), axis, -1);
  const n = moved.shape[moved.ndim - 1];
  const outer = moved.shape.slice(0, -1);
  const lanes = outer.reduce((p, d) => p * d, 1);
  const flat = E.copy(moved).toArray().map(Number);
  const out = E.zeros([...q.shape, ...outer], 'float64');
  qs.forEach((qq, qi) => {
    const virt = (n - 1) * qq;
    let prev = Math.floor(virt);
    const gamma = virt - prev;
    prev = Math.min(Math.max(prev, 0), n - 1);
    const next = Math.min(prev + 1, n - 1);
    for (let l = 0; l < lanes; l++) {
      const lo = flat[l * n + prev], hi = flat[l * n + next];
      const d = hi - lo;
      const v = gamma >= 0.5 ? hi - d * (1 - gamma) : lo + d * gamma;
      out.set(qi * lanes + l, Number.isNaN(lo) || Number.isNaN(hi) ? NaN : v);
    }
  });
  if (keepdims) return wrap(E.reshape(out, [...q.shape, ...a.shape.map((d, k) => (reducedAxis === null || k === reducedAxis ? 1 : d))]));
  if (out.ndim === 0) out.isScalar = true;
  return wrap(out);
}

/** The print options of one array2string/array_repr/array_str call: the current ones with the
 * call's keywords (NumPy's names max_line_width and suppress_small) laid over them. */
function callPrintOptions(b: Args) {
  const u = printUpdate({ ...b, linewidth: b.max_line_width ?? null, suppress: b.suppress_small ?? null } as Args);
  return guard(() => overridePrintOptions(printOptions(), u));
}
function strArg(v: PyValue, name: string): string {
  if (typeof v !== 'string') throwErr('TypeError', `${name} must be a str, not ${v === null ? 'NoneType' : typeof v}`);
  return v;
}

const DTYPE_KIND_RANK: Record<string, number> = { b: 0, u: 1, i: 2, f: 3, c: 4 };
const kindRank = (d: DType): number => DTYPE_KIND_RANK[d === 'bool' ? 'b' : d.startsWith('uint') ? 'u' : d.startsWith('int') ? 'i' : d.startsWith('float') ? 'f' : d.startsWith('complex') ? 'c' : 'x'] ?? 5;

/** np.matmul(..., out=): the result written into `out` after NumPy's gufunc core-dimension and
 * same_kind output-cast checks; returns `out` itself. */
function matmulInto(result: PyValue, outArg: PyValue): PyValue {
  if (!(outArg instanceof PyNdArray)) throwErr('TypeError', 'return arrays must be of ArrayType');
  const r = (result instanceof PyNdArray ? result.arr : A(result));
  const out = outArg.arr;
  const core = Math.min(2, r.ndim);
  const sameLoop = out.ndim === r.ndim && r.shape.slice(0, r.ndim - core).every((d, i) => d === out.shape[i]);
  if (!sameLoop) throwErr('ValueError', `non-broadcastable output operand with shape (${out.shape.join(',')}${out.ndim === 1 ? ',' : ''}) doesn't match the broadcast shape (${r.shape.join(',')}${r.ndim === 1 ? ',' : ''})`);
  for (let k = 0; k < core; k++) {
    const i = r.ndim - core + k;
    if (out.shape[i] !== r.shape[i]) throwErr('ValueError', `matmul: Output operand 0 has a mismatch in its core dimension ${k}, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${out.shape[i]} is different from ${r.shape[i]})`);
  }
  if (kindRank(r.dtype) > kindRank(out.dtype)) {
    throw pyErrOfClass(NP_EXC.UFuncOutputCasting, `Cannot cast ufunc 'matmul' output from dtype('${r.dtype}') to dtype('${out.dtype}') with casting rule 'same_kind'`);
  }
  guard(() => E.assignArray(out, r));
  return outArg;
}

function printUpdate(b: Args): PrintOptionsUpdate {
  const u: Record<string, unknown> = {};
  for (const k of ['precision', 'threshold', 'edgeitems', 'linewidth', 'suppress', 'nanstr', 'infstr', 'sign', 'floatmode']) {
    const v = b[k];
    if (v === null || v === undefined) continue;
    u[k] = typeof v === 'boolean' || typeof v === 'string' ? v : asFloat(v) ?? v;
  }
  return u as PrintOptionsUpdate;
}

class PrintOptionsContext extends PyNative {
  private saved = DEFAULT_PRINT_OPTIONS;
  constructor(private kw: Map<string, PyValue>) { super(); }
  pyType(): PyClass { return T.object; }
  override enter(): PyValue {
    this.saved = printOptions();
    const b: Args = Object.create(null);
    for (const [k, v] of this.kw) b[k] = v;
    setPrintOptions(guard(() => updatePrintOptions(this.saved, printUpdate(b))));
    return null;
  }
  override exit(): void { setPrintOptions(this.saved); }
}
class NullContext extends PyNative {
  pyType(): PyClass { return T.object; }
  override enter(): PyValue { return null; }
  override exit(): void {}
}




function isclose(a: NDArray, b: NDArray, rtol: number, atol: number, equalNan: boolean): NDArray {
  const diff = E.ufunc1('absolute', E.ufunc2('subtract', a, b));
  const tol = E.ufunc2('add', atol, E.ufunc2('multiply', rtol, E.ufunc1('absolute', b)));
  let r = E.ufunc2('less_equal', diff, tol);
  const both = E.ufunc2('equal', a, b);
  r = E.ufunc2('logical_or', r, both);
  if (equalNan) r = E.ufunc2('logical_or', r, E.ufunc2('logical_and', E.ufunc1('isnan', a), E.ufunc1('isnan', b)));
  if (a.ndim === 0 && b.ndim === 0) r.isScalar = true;
  return r;
}

// ------------------------------------------------------------------------------------------
// Ufuncs by name

function isComplexValue(v: PyValue): boolean {
  return v instanceof PyComplex || ((v instanceof PyNpScalar || v instanceof PyNdArray) && E.isComplexDType(v.arr.dtype));
}

/** np.linspace with complex endpoints, NumPy's steps: arange * (delta / div) + start, the last set to stop. */
function complexLinspace(b: Args): PyValue {
  const cdt = 'complex128' as DType;
  const start = E.astype(A(b.start), cdt), stop = E.astype(A(b.stop), cdt);
  const n = toIndex(b.num);
  if (n < 0) throwErr('ValueError', `Number of samples, ${n}, must be non-negative.`);
  const div = bool(b.endpoint) ? n - 1 : n;
  const delta = E.ufunc2('subtract', stop, start);
  let y = E.astype(E.arange(0n, BigInt(n)), cdt);
  const step = E.ufunc2('divide', delta, BigInt(Math.max(div, 1)));
  if (div > 0) {
    const zero = (step.get(0) as unknown as E.Complex).re === 0 && (step.get(0) as unknown as E.Complex).im === 0;
    y = zero ? E.ufunc2('multiply', E.ufunc2('divide', y, BigInt(div)), delta) : E.ufunc2('multiply', y, step);
  } else y = E.ufunc2('multiply', y, delta);
  y = E.ufunc2('add', y, start);
  if (bool(b.endpoint) && n > 1) y.set(n - 1, stop.get(0));
  y.isScalar = false;
  const dt = optDType(b.dtype);
  const out = new PyNdArray(dt ? E.astype(y, dt) : y);
  return bool(b.retstep) ? new PyTuple([out, wrap(step)]) : out;
}

const UFUNC_ALIASES: Record<string, string> = {
  abs: 'absolute', true_divide: 'divide', mod: 'remainder', conj: 'conjugate',
  // NumPy 2's array-API names
  acos: 'arccos', asin: 'arcsin', atan: 'arctan', atan2: 'arctan2', acosh: 'arccosh', asinh: 'arcsinh', atanh: 'arctanh',
  pow: 'power', bitwise_not: 'invert', bitwise_invert: 'invert', bitwise_left_shift: 'left_shift', bitwise_right_shift: 'right_shift',
};

class PyUfunc extends PyNative {
  constructor(public name: string, public nin: number) { super(); }
  pyType(): PyClass { return ufuncCls; }
  override repr(): string { return `<ufunc '${this.name}'>`; }
  override call(args: PyValue[], kwargs: Kwargs): PyValue {
    return guard(() => {
      const out = kwargs?.get('out');
      const opts = { out: out instanceof PyNdArray ? out.arr : out instanceof PyTuple && out.items[0] instanceof PyNdArray ? (out.items[0] as PyNdArray).arr : undefined, dtype: optDType(kwargs?.get('dtype')) };
      if (args.length !== this.nin) throwErr('TypeError', `${this.name}() takes from ${this.nin} to ${this.nin + 1} positional arguments but ${args.length} were given`);
      const r = this.nin === 1 ? E.ufunc1(this.name, toOperand(args[0]), opts) : E.ufunc2(this.name, toOperand(args[0]), toOperand(args[1]), opts);
      if (opts.out && out) return out;
      if (this.nin === 1 && !(args[0] instanceof PyNdArray) && !(args[0] instanceof PyList) && !(args[0] instanceof PyTuple)) r.isScalar = true;
      return wrap(r);
    });
  }
  override getattr(name: string): PyValue | undefined {
    if (name === '__name__') return this.name;
    if (name === 'at') return ufuncAtMethod(this.name, this.nin);
    if (name === 'reduce' && this.nin === 2) return new PyBuiltin('reduce', (args, kw) => guard(() => {
      const b = bindCall('reduce', 'array, axis=0, dtype=None, out=None, keepdims=False, initial=None, where=True', args, kw);
      const map: Record<string, string> = { add: 'sum', multiply: 'prod', maximum: 'max', minimum: 'min', fmax: 'nanmax', fmin: 'nanmin', logical_and: 'all', logical_or: 'any' };
      const r = map[this.name];
      if (!r) throwErr('NotImplementedError', `np.${this.name}.reduce is not supported by the Shapewise evaluator`);
      return wrap((E as unknown as Record<string, (a: NDArray, o: object) => NDArray>)[r](A(b.array), reduceOpts(b)));
    }));
    if (name === 'outer' && this.nin === 2) return new PyBuiltin('outer', (args) => guard(() => {
      const a = A(args[0]), b = A(args[1]);
      return wrap(E.ufunc2(this.name, reshape(a, [...a.shape, ...b.shape.map(() => 1)]), b));
    }));
    if (name === 'accumulate' && (this.name === 'add' || this.name === 'multiply')) return new PyBuiltin('accumulate', (args) => guard(() => wrap(this.name === 'add' ? E.cumsum(A(args[0]), 0) : E.cumprod(A(args[0]), 0))));
    return undefined;
  }
}
registerUfuncClass(PyUfunc);
const ufuncCls = new PyClass('ufunc', [T.object], 'numpy');

// ------------------------------------------------------------------------------------------
// ndarray methods

const compiled = new Map<string, Signature>();
function bindCall(name: string, sig: string, args: PyValue[], kwargs: Kwargs): Args {
  let s = compiled.get(name + '|' + sig);
  if (!s) { s = signature(name, sig); compiled.set(name + '|' + sig, s); }
  return bind(s, args, kwargs) as Args;
}

function installArrayMethods(table: Map<string, [string, Impl]>): void {
  const delegate = (method: string, fname: string, firstParam: string) => {
    const [sig, impl] = table.get(fname)!;
    const rest = sig.split(',').map((s) => s.trim()).filter((s) => s && s !== '/').slice(1).join(', ');
    ARRAY_METHODS.set(method, (self, args, kwargs) => {
      const b = bindCall(`${method}`, rest, args, kwargs);
      b[firstParam] = new PyNdArray(self);
      return impl(b);
    });
  };
  for (const n of ['sum', 'prod', 'mean', 'max', 'min', 'all', 'any', 'std', 'var', 'argmax', 'argmin', 'cumsum', 'cumprod', 'ptp', 'clip', 'round', 'nonzero', 'repeat', 'squeeze', 'swapaxes', 'dot', 'trace']) {
    const sig = table.get(n)![0];
    delegate(n, n, sig.split(',')[0].trim());
  }
  ARRAY_METHODS.set('reshape', (self, args, kwargs) => {
    if (kwargs && kwargs.size && !kwargs.has('order') && !kwargs.has('shape')) throwErr('TypeError', `reshape() got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
    const shp = args.length === 1 ? toShape(args[0]) : args.length ? args.map(toIndex) : toShape(kwargs!.get('shape')!);
    return new PyNdArray(reshape(self, shp));
  });
  ARRAY_METHODS.set('transpose', (self, args) => new PyNdArray(transpose(self, args.length === 0 || args[0] === null ? null : args.length === 1 ? toShape(args[0]) : args.map(toIndex))));
  ARRAY_METHODS.set('flatten', (self) => new PyNdArray(E.copy(reshape(self, [-1]))));
  ARRAY_METHODS.set('ravel', (self) => new PyNdArray(reshape(self, [-1])));
  ARRAY_METHODS.set('copy', (self, args, kw) => new PyNdArray(copyInOrder(self, bindCall('copy', "order='C'", args, kw).order)));
  ARRAY_METHODS.set('astype', (self, args, kw) => {
    const b = bindCall('astype', 'dtype, order=\'K\', casting=\'unsafe\', subok=True, copy=True', args, kw);
    const dt = toDType(b.dtype);
    warnComplexCast(self, dt);
    return new PyNdArray(!truthy(b.copy) && dt === self.dtype ? self : E.astype(self, dt));
  });
  ARRAY_METHODS.set('conj', (self) => wrap(E.ufunc1('conjugate', self)));
  ARRAY_METHODS.set('conjugate', (self) => wrap(E.ufunc1('conjugate', self)));
  ARRAY_METHODS.set('tolist', (self) => nestedToPy(E.tolist(self) as E.PyNested, E.isStrDType(self.dtype) && self.dtype.startsWith('S')));
  ARRAY_METHODS.set('item', (self, args) => {
    const v = args.length ? E.item(self, toIndex(args[0])) : E.item(self);
    return nestedToPy(v as E.PyNested, E.isStrDType(self.dtype) && self.dtype.startsWith('S'));
  });
  ARRAY_METHODS.set('fill', (self, args) => { E.assignArray(self, E.astype(E.array(toOperand(args[0]) as E.Nested), self.dtype)); return null; });
  ARRAY_METHODS.set('sort', (self, args, kw) => {
    const axis = intAxis(kw?.get('axis') ?? args[0] ?? -1);
    E.assignArray(self, E.sort(self, axis, sortKind(kw?.get('kind') ?? args[1], kw?.get('stable'))));
    return null;
  });
  ARRAY_METHODS.set('argsort', (self, args, kw) => new PyNdArray(E.argsort(self, intAxis(kw?.get('axis') ?? args[0] ?? -1), sortKind(kw?.get('kind') ?? args[1], kw?.get('stable')))));
  ARRAY_METHODS.set('diagonal', (self, args) => new PyNdArray(diagonal(self, args.length ? toIndex(args[0]) : 0)));
  ARRAY_METHODS.set('take', (self, args) => wrap(E.take(self, A(args[0]), args.length > 1 ? intAxis(args[1]) : null)));
  ARRAY_METHODS.set('view', (self, args, kw) => {
    const b = bindCall('view', 'dtype=None, type=None', args, kw);
    const dt = b.dtype === null || b.dtype === ndarrayCls ? self.dtype : toDType(b.dtype);
    return new PyNdArray(E.viewAs(self, dt));
  });
  ARRAY_METHODS.set('__array__', (self) => new PyNdArray(self));
}

// ------------------------------------------------------------------------------------------
// np.random

/** Distributions both np.random (RandomState) and Generator share: Python name, signature,
 * sampler call. Array-valued parameters broadcast in the engine. */
type RandomParams = (v: PyValue) => number | number[];
const SHARED_DISTRIBUTIONS: [string, string, (s: Sampler, b: Args, p: RandomParams) => RandomArray][] = [
  ['exponential', 'scale=1.0, size=None', (s, b, p) => s.exponential(p(b.scale), sizeArg(b.size))],
  ['standard_exponential', 'size=None', (s, b) => s.standardExponential(sizeArg(b.size))],
  ['poisson', 'lam=1.0, size=None', (s, b, p) => s.poisson(p(b.lam), sizeArg(b.size))],
  ['binomial', 'n, p, size=None', (s, b, p) => s.binomial(p(b.n), p(b.p), sizeArg(b.size))],
  ['lognormal', 'mean=0.0, sigma=1.0, size=None', (s, b, p) => s.lognormal(p(b.mean), p(b.sigma), sizeArg(b.size))],
  ['standard_gamma', 'shape, size=None', (s, b, p) => s.standardGamma(p(b.shape), sizeArg(b.size))],
  ['gamma', 'shape, scale=1.0, size=None', (s, b, p) => s.gamma(p(b.shape), p(b.scale), sizeArg(b.size))],
  ['beta', 'a, b, size=None', (s, b, p) => s.beta(p(b.a), p(b.b), sizeArg(b.size))],
  ['chisquare', 'df, size=None', (s, b, p) => s.chisquare(p(b.df), sizeArg(b.size))],
  ['laplace', 'loc=0.0, scale=1.0, size=None', (s, b, p) => s.laplace(p(b.loc), p(b.scale), sizeArg(b.size))],
  ['logistic', 'loc=0.0, scale=1.0, size=None', (s, b, p) => s.logistic(p(b.loc), p(b.scale), sizeArg(b.size))],
  ['standard_cauchy', 'size=None', (s, b) => s.standardCauchy(sizeArg(b.size))],
  ['triangular', 'left, mode, right, size=None', (s, b, p) => s.triangular(p(b.left), p(b.mode), p(b.right), sizeArg(b.size))],
  ['multinomial', 'n, pvals, size=None', (s, b) => s.multinomial(toIndex(b.n), A(b.pvals).toArray().map(Number), sizeArg(b.size))],
  ['gumbel', 'loc=0.0, scale=1.0, size=None', (s, b, p) => s.gumbel(p(b.loc), p(b.scale), sizeArg(b.size))],
  ['weibull', 'a, size=None', (s, b, p) => s.weibull(p(b.a), sizeArg(b.size))],
  ['pareto', 'a, size=None', (s, b, p) => s.pareto(p(b.a), sizeArg(b.size))],
  ['power', 'a, size=None', (s, b, p) => s.power(p(b.a), sizeArg(b.size))],
  ['standard_t', 'df, size=None', (s, b, p) => s.standardT(p(b.df), sizeArg(b.size))],
  ['f', 'dfnum, dfden, size=None', (s, b, p) => s.f(p(b.dfnum), p(b.dfden), sizeArg(b.size))],
  ['wald', 'mean, scale, size=None', (s, b, p) => s.wald(p(b.mean), p(b.scale), sizeArg(b.size))],
  ['rayleigh', 'scale=1.0, size=None', (s, b, p) => s.rayleigh(p(b.scale), sizeArg(b.size))],
  ['geometric', 'p, size=None', (s, b, p) => s.geometric(p(b.p), sizeArg(b.size))],
  ['negative_binomial', 'n, p, size=None', (s, b, p) => s.negativeBinomial(p(b.n), p(b.p), sizeArg(b.size))],
  ['hypergeometric', 'ngood, nbad, nsample, size=None', (s, b, p) => s.hypergeometric(p(b.ngood), p(b.nbad), p(b.nsample), sizeArg(b.size))],
  ['logseries', 'p, size=None', (s, b, p) => s.logseries(p(b.p), sizeArg(b.size))],
  ['zipf', 'a, size=None', (s, b, p) => s.zipf(p(b.a), sizeArg(b.size))],
  ['noncentral_chisquare', 'df, nonc, size=None', (s, b, p) => s.noncentralChisquare(p(b.df), p(b.nonc), sizeArg(b.size))],
  ['noncentral_f', 'dfnum, dfden, nonc, size=None', (s, b, p) => s.noncentralF(p(b.dfnum), p(b.dfden), p(b.nonc), sizeArg(b.size))],
];

function makeRandomModule(interp: Interpreter): PyModule {
  let rs = interp.state.get('np.random') as RandomState | undefined;
  if (!rs) { rs = new RandomState(null); interp.state.set('np.random', rs); }
  const state = rs;
  const m = new PyModule('numpy.random');
  const params = (v: PyValue): number | number[] => (v instanceof PyNdArray || v instanceof PyList ? A(v).toArray().map(Number) : num(v));
  const def = (name: string, sig: string, impl: Impl) => {
    const s = signature(name, sig);
    m.dict.set(name, new PyBuiltin(name, (args, kw) => guardRandom(() => impl(bind(s, args, kw) as Args))));
  };
  def('seed', 'seed=None', (b) => { state.seed(b.seed === null ? null : b.seed instanceof PyList || b.seed instanceof PyNdArray ? toPyList(b.seed).map((x) => BigInt(asInt(x)!)) : BigInt(asInt(b.seed) ?? 0)); return null; });
  def('rand', '*args', (b) => randomResult(state.rand(...b.__varargs!.map(toIndex))));
  def('randn', '*args', (b) => randomResult(state.randn(...b.__varargs!.map(toIndex))));
  def('random', 'size=None', (b) => randomResult(state.randomSample(sizeArg(b.size))));
  def('random_sample', 'size=None', (b) => randomResult(state.randomSample(sizeArg(b.size))));
  def('standard_normal', 'size=None', (b) => randomResult(state.standardNormal(sizeArg(b.size))));
  def('normal', 'loc=0.0, scale=1.0, size=None', (b) => randomResult(state.normal(params(b.loc ?? 0), params(b.scale ?? 1), sizeArg(b.size))));
  def('uniform', 'low=0.0, high=1.0, size=None', (b) => randomResult(state.uniform(params(b.low ?? 0), params(b.high ?? 1), sizeArg(b.size))));
  def('randint', 'low, high=None, size=None, dtype=None', (b) => randomResult(state.randint(BigInt(toIndex(b.low)), b.high === null ? null : BigInt(toIndex(b.high)), sizeArg(b.size), (b.dtype === null ? 'int' : toDType(b.dtype)) as never)));
  def('permutation', 'x', (b) => {
    if (asInt(b.x) !== undefined && !(b.x instanceof PyNdArray)) return randomResult(state.permutation(toIndex(b.x)));
    const a = A(b.x);
    const perm = state.permutation(a.shape[0]);
    return takeRows(a, perm.data);
  });
  def('shuffle', 'x', (b) => {
    const x = b.x;
    const n = x instanceof PyList ? x.items.length : A(x).shape[0];
    const perm = state.shufflePermutation(n);
    applyShuffle(x, perm);
    return null;
  });
  def('choice', 'a, size=None, replace=True, p=None', (b) => {
    const isInt = asInt(b.a) !== undefined && !(b.a instanceof PyNdArray);
    const pop = isInt ? toIndex(b.a) : A(b.a).shape[0];
    const r = state.choice(pop, sizeArg(b.size), bool(b.replace), b.p === null ? null : A(b.p).toArray().map(Number), isInt);
    if (isInt) return randomResult(r);
    const a = A(b.a);
    if (r.shape === null) return wrap(takeFlat(a, [Number(r.data[0])], null));
    return wrap(takeFlat(a, Array.from(r.data as BigInt64Array, Number), r.shape));
  });
  for (const [name, sig, draw] of SHARED_DISTRIBUTIONS) def(name, sig, (b) => randomResult(draw(state, b, params)));
  def('dirichlet', 'alpha, size=None', (b) => randomResult(state.dirichlet(A(b.alpha).toArray().map(Number), sizeArg(b.size))));
  def('default_rng', 'seed=None', (b) => new PyGenerator(new Generator(b.seed === null ? null : (BigInt(asInt(b.seed) ?? 0) as never))));
  m.dict.set('RandomState', new PyBuiltin('RandomState', (args) => {
    const r = new RandomState(args.length && args[0] !== null ? BigInt(asInt(args[0]) ?? 0) : null);
    const sub = makeRandomModuleFor(r);
    return sub;
  }));
  return m;
}

function makeRandomModuleFor(rs: RandomState): PyModule {
  const fake = { state: new Map<string, unknown>([['np.random', rs]]) } as unknown as Interpreter;
  const mod = makeRandomModule(fake);
  return mod;
}

function guardRandom<R>(f: () => R): R {
  try {
    return guard(f);
  } catch (e) {
    if (e instanceof Error && 'pyType' in e) throw pyErr((e as { pyType: string }).pyType, e.message);
    throw e;
  }
}

function normAxis(axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throwErr('AxisError', `axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

function takeRows(a: NDArray, perm: ArrayLike<number | bigint>): PyValue {
  const rows: NDArray[] = [];
  for (let i = 0; i < perm.length; i++) {
    const r = Number(perm[i]);
    rows.push(makeView(a, [1, ...a.shape.slice(1)], a.strides.slice(), a.offset + r * a.strides[0]));
  }
  return new PyNdArray(rows.length ? concatenate(rows, 0) : E.copy(a));
}

function takeFlat(a: NDArray, idx: number[], shape: number[] | null): NDArray {
  if (a.ndim !== 1) {
    const rows = idx.map((r) => makeView(a, [1, ...a.shape.slice(1)], a.strides.slice(), a.offset + r * a.strides[0]));
    const c = concatenate(rows, 0);
    return shape === null ? reshape(c, a.shape.slice(1)) : reshape(c, [...shape, ...a.shape.slice(1)]);
  }
  if (shape === null) return E.scalarArray(a.get(idx[0]), a.dtype);
  const out = E.zeros(shape, a.dtype);
  idx.forEach((r, i) => out.set(i, a.get(r)));
  return out;
}

function applyShuffle(x: PyValue, perm: ArrayLike<number>): void {
  if (x instanceof PyList) { const old = x.items.slice(); x.items = Array.from(perm, (p) => old[p]); return; }
  const a = A(x);
  const c = E.copy(a);
  for (let i = 0; i < perm.length; i++) {
    const dst = makeView(a, a.shape.slice(1), a.strides.slice(1), a.offset + i * a.strides[0]);
    const src = makeView(c, c.shape.slice(1), c.strides.slice(1), c.offset + perm[i] * c.strides[0]);
    E.assignArray(dst, src);
  }
}

const generatorCls = new PyClass('Generator', [T.object], 'numpy.random');
class PyGenerator extends PyNative {
  constructor(public g: Generator) { super(); }
  pyType(): PyClass { return generatorCls; }
  override repr(): string { return 'Generator(PCG64)'; }
  override getattr(name: string): PyValue | undefined {
    const g = this.g;
    const params = (v: PyValue): number | number[] => (v instanceof PyNdArray || v instanceof PyList ? A(v).toArray().map(Number) : num(v));
    const methods: Record<string, [string, Impl]> = {
      random: ['size=None, dtype=None', (b) => randomResult(g.random(sizeArg(b.size), (b.dtype === null ? 'float64' : toDType(b.dtype)) as never))],
      standard_normal: ['size=None, dtype=None', (b) => randomResult(g.standardNormal(sizeArg(b.size), (b.dtype === null ? 'float64' : toDType(b.dtype)) as never))],
      normal: ['loc=0.0, scale=1.0, size=None', (b) => randomResult(g.normal(params(b.loc ?? 0), params(b.scale ?? 1), sizeArg(b.size)))],
      uniform: ['low=0.0, high=1.0, size=None', (b) => randomResult(g.uniform(params(b.low ?? 0), params(b.high ?? 1), sizeArg(b.size)))],
      integers: ['low, high=None, size=None, dtype=None, endpoint=False', (b) => randomResult(g.integers(BigInt(toIndex(b.low)), b.high === null ? null : BigInt(toIndex(b.high)), sizeArg(b.size), (b.dtype === null ? 'int64' : toDType(b.dtype)) as never, bool(b.endpoint)))],
      permutation: ['x', (b) => {
        if (asInt(b.x) !== undefined && !(b.x instanceof PyNdArray)) return randomResult(g.permutation(toIndex(b.x)));
        const a = A(b.x);
        return takeRows(a, g.permutation(a.shape[0]).data);
      }],
      shuffle: ['x, axis=0', (b) => {
        if (b.x instanceof PyList) { applyShuffle(b.x, g.shufflePermutation(b.x.items.length)); return null; }
        const a = A(b.x);
        if (a.ndim === 0) throwErr('TypeError', 'shuffle() argument must be an array with at least one dimension'); // checked before the axis
        const axis = normAxis(toIndex(b.axis), a.ndim);
        // NumPy draws one permutation of the axis (as for axis 0) and applies it to that axis
        applyShuffle(new PyNdArray(E.moveaxis(a, axis, 0)), g.shufflePermutation(a.shape[axis]));
        return null;
      }],
      permuted: ['x, *, axis=None, out=None', (b) => {
        const src = A(b.x);
        let out: NDArray;
        if (b.out === null) out = E.copy(src);
        else {
          if (!(b.out instanceof PyNdArray)) throwErr('TypeError', 'out must be a numpy array');
          out = b.out.arr;
          if (out.ndim !== src.ndim || out.shape.some((d, k) => d !== src.shape[k])) throwErr('ValueError', 'out must have the same shape as x');
          if (out !== src) E.assignArray(out, src);
        }
        if (b.axis === null) {
          // every element shuffled as one flat sequence (C order)
          const flat = E.copy(out);
          const lane = E.reshape(flat, [-1]);
          applyShuffle(new PyNdArray(lane), g.shufflePermutation(lane.size));
          E.assignArray(out, E.reshape(lane, out.shape.slice()));
        } else {
          // each 1-d lane along the axis shuffled on its own, lanes in C order of the other axes
          const moved = E.moveaxis(out, normAxis(toIndex(b.axis), out.ndim), -1);
          const outer = moved.shape.slice(0, -1);
          const lanes = outer.reduce((p, d) => p * d, 1);
          for (let f = 0; f < lanes; f++) {
            const idx: number[] = [];
            let rem = f;
            for (let d = outer.length - 1; d >= 0; d--) { idx.unshift(rem % outer[d]); rem = Math.floor(rem / outer[d]); }
            const lane = E.getitem(moved, idx);
            applyShuffle(new PyNdArray(lane), g.shufflePermutation(lane.size));
          }
        }
        return b.out === null ? new PyNdArray(out) : b.out;
      }],
      choice: ['a, size=None, replace=True, p=None, axis=0, shuffle=True', (b) => {
        const isInt = asInt(b.a) !== undefined && !(b.a instanceof PyNdArray);
        const pop = isInt ? toIndex(b.a) : A(b.a).shape[0];
        const r = g.choice(pop, sizeArg(b.size), bool(b.replace), b.p === null ? null : A(b.p).toArray().map(Number), bool(b.shuffle), isInt);
        if (isInt) return randomResult(r);
        const a = A(b.a);
        if (r.shape === null) return wrap(takeFlat(a, [Number(r.data[0])], null));
        return wrap(takeFlat(a, Array.from(r.data as BigInt64Array, Number), r.shape));
      }],
      dirichlet: ['alpha, size=None', (b) => randomResult(g.dirichlet(A(b.alpha).toArray().map(Number), sizeArg(b.size)))],
    };
    for (const [pyName, sig, draw] of SHARED_DISTRIBUTIONS) methods[pyName] = [sig, (b) => randomResult(draw(g, b, params))];
    const m = methods[name];
    if (!m) return undefined;
    return new PyBuiltin(name, (args, kw) => guardRandom(() => m[1](bindCall(name, m[0], args, kw))));
  }
}

// ------------------------------------------------------------------------------------------
// np.linalg

function makeLinalg(): PyModule {
  const m = new PyModule('numpy.linalg');
  m.dict.set('LinAlgError', NP_EXC.LinAlgError);
  const def = (name: string, sig: string, impl: Impl) => {
    const s = signature(name, sig);
    m.dict.set(name, new PyBuiltin(name, (args, kw) => guard(() => impl(bind(s, args, kw) as Args))));
  };
  def('norm', 'x, ord=None, axis=None, keepdims=False', (b) => {
    const f = ENG.norm;
    if (f) return wrap(f(A(b.x), b.ord === null ? null : typeof b.ord === 'string' ? b.ord : asFloat(b.ord), axisOf(b.axis), bool(b.keepdims)));
    if (b.ord !== null) throwErr('NotImplementedError', 'np.linalg.norm with ord= is not available in this build of the Shapewise engine yet');
    let x = A(b.x);
    if (E.DTYPES[x.dtype].kind !== 'f') x = E.astype(x, 'float64');
    return wrap(E.ufunc1('sqrt', E.sum(E.ufunc2('multiply', x, x), { axis: axisOf(b.axis), keepdims: bool(b.keepdims) })));
  });
  for (const n of ['inv', 'det', 'solve', 'eig', 'eigh', 'svd', 'qr', 'cholesky', 'pinv', 'matrix_rank', 'lstsq', 'eigvals', 'eigvalsh', 'slogdet', 'matrix_power']) {
    m.dict.set(n, new PyBuiltin(n, (args) => guard(() => {
      const f = ENG[n] ?? ENG['linalg' + n[0].toUpperCase() + n.slice(1)];
      if (!f) throwErr('NotImplementedError', `np.linalg.${n} is not available in this build of the Shapewise engine yet`);
      const r = f(...args.map((a) => (a instanceof PyNdArray || a instanceof PyList || a instanceof PyTuple ? A(a) : asInt(a) ?? a)));
      return Array.isArray(r) ? new PyTuple(r.map(wrap)) : wrap(r);
    })));
  }
  installLinalgExtras(def); // svd, qr, eigh, lstsq, pinv, ... with their signatures (npextras.ts)
  return m;
}

// ------------------------------------------------------------------------------------------
// The numpy module

function makeNumpy(interp: Interpreter): PyModule {
  const m = new PyModule('numpy');
  const table = new Map<string, [string, Impl]>();
  for (const [name, sig, impl] of FUNCS) {
    table.set(name, [sig, impl]);
    const s = signature(name, sig);
    m.dict.set(name, new PyBuiltin(name, (args, kw) => guard(() => impl(bind(s, args, kw) as Args))));
  }
  if (!ARRAY_METHODS.size) installArrayMethods(table);
  m.dict.set('r_', new PyIndexConcat(false, (n) => m.dict.get(n)!));
  m.dict.set('c_', new PyIndexConcat(true, (n) => m.dict.get(n)!));
  m.dict.set('mgrid', new PyGrid(false, (n) => m.dict.get(n)!));
  m.dict.set('ogrid', new PyGrid(true, (n) => m.dict.get(n)!));
  for (const n of E.BINARY_UFUNCS) m.dict.set(n, new PyUfunc(n, 2));
  for (const n of E.UNARY_UFUNCS) m.dict.set(n, new PyUfunc(n, 1));
  for (const [alias, target] of Object.entries(UFUNC_ALIASES)) if (m.dict.has(target)) m.dict.set(alias, m.dict.get(target)!);
  for (const [d, c] of SCALAR_TYPES) m.dict.set(d === 'bool' ? 'bool_' : d, c);
  m.dict.set('bool', SCALAR_TYPES.get('bool')!);
  for (const [alias, d] of [['int_', 'int64'], ['intp', 'int64'], ['double', 'float64'], ['single', 'float32'], ['uint', 'uint64'], ['byte', 'int8'], ['ubyte', 'uint8'], ['short', 'int16'], ['intc', 'int32'], ['longlong', 'int64'], ['half', 'float32'], ['cdouble', 'complex128'], ['csingle', 'complex64']] as const) m.dict.set(alias, SCALAR_TYPES.get(d as DType)!);
  for (const [n, c] of Object.entries(ABSTRACT_TYPES)) m.dict.set(n, c);
  m.dict.set('ndarray', ndarrayCls);
  m.dict.set('str_', STR_CLS);
  m.dict.set('bytes_', BYTES_CLS);
  m.dict.set('dtype', dtypeClass());
  m.dict.set('pi', new PyFloat(Math.PI));
  m.dict.set('e', new PyFloat(Math.E));
  m.dict.set('inf', new PyFloat(Infinity));
  m.dict.set('nan', new PyFloat(NaN));
  m.dict.set('euler_gamma', new PyFloat(0.5772156649015329));
  m.dict.set('newaxis', null);
  m.dict.set('True_', new PyNpScalar(E.scalarArray(true, 'bool')));
  m.dict.set('False_', new PyNpScalar(E.scalarArray(false, 'bool')));
  m.dict.set('__version__', '2.4.6');
  m.dict.set('random', interp.importModule('numpy.random'));
  m.dict.set('linalg', interp.importModule('numpy.linalg'));
  m.dict.set('lib', interp.importModule('numpy.lib'));
  m.dict.set('fft', interp.importModule('numpy.fft'));
  const exc = new PyModule('numpy.exceptions');
  exc.dict.set('AxisError', NP_EXC.AxisError);
  exc.dict.set('ComplexWarning', ComplexWarning);
  m.dict.set('exceptions', exc);
  m.dict.set('ufunc', ufuncCls);
  for (const io of ['save', 'load', 'savez', 'savez_compressed', 'savetxt', 'loadtxt', 'genfromtxt', 'fromfile', 'memmap']) {
    m.dict.set(io, new PyBuiltin(io, () => throwErr('PermissionError', `np.${io}() is not available in the Shapewise evaluator: the sandbox has no file system`)));
  }
  return m;
}

function dtypeClass(): PyValue {
  return new PyBuiltin('dtype', (args) => new PyDType(toDType(args[0])));
}

/** numpy.lib (only its stride_tricks submodule so far). */
function makeNumpyLib(interp: Interpreter): PyModule {
  const m = new PyModule('numpy.lib');
  m.dict.set('stride_tricks', interp.importModule('numpy.lib.stride_tricks'));
  return m;
}
const defIn = (m: PyModule, name: string, sig: string, impl: Impl) => {
  const s = signature(name, sig);
  m.dict.set(name, new PyBuiltin(name, (args, kw) => guard(() => impl(bind(s, args, kw) as Args))));
};

export function installNumpy(): void {
  moduleFactories.set('numpy', makeNumpy);
  moduleFactories.set('numpy.random', makeRandomModule);
  moduleFactories.set('numpy.linalg', () => makeLinalg());
  moduleFactories.set('numpy.lib', makeNumpyLib);
  moduleFactories.set('numpy.lib.stride_tricks', () => makeStrideTricks(defIn));
  moduleFactories.set('numpy.fft', () => makeFftModule(defIn));
}

void callValue; void PyNpScalar; void SCALAR_TYPES;
