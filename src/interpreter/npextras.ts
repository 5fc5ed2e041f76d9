// Python bindings of the engine's API-coverage additions (src/engine/extras.ts, decomp.ts):
// entries for the numpy function table in npfuncs.ts (bincount, histogram, convolve, insert,
// delete, take_along_axis, fill_diagonal, logspace, polyfit, ix_, broadcast_shapes, iinfo,
// finfo, ...), the np.linalg decompositions with their full Python signatures (svd, qr, eigh,
// cholesky, lstsq, pinv, matrix_rank, slogdet, matrix_power), unbuffered `ufunc.at`, and
// smaller NumPy pieces built from engine calls: copyto, ascontiguousarray/asfortranarray,
// np.vectorize, numpy.lib.stride_tricks, np.block, np.mgrid/ogrid (PyGrid), np.piecewise,
// histogram2d, unique_counts/inverse/all, modf/frexp/ldexp/nextafter/spacing and NumPy 2 helpers.
// Kept in its own file so npfuncs.ts only gains a few hook lines.
import * as E from '../engine';
import type { NDArray, DType } from '../engine';
import { Kwargs, PyBuiltin, PyClass, PyComplex, PyFloat, PyIterator, PyList, PyModule, PyNative, PySlice, PyTuple, PyValue, normBig } from './values';
import { T, throwErr } from './types';
import { asFloat, asInt, callValue, getattrOpt, repr as pyRepr, toArray as pyIter, toIndex, truthy } from './runtime';
import { canCast as canCastRule } from '../numpy';
import { formatPositional, formatScientific, type FloatKind } from '../engine/print';
import { PyDType, PyNdArray, PyNpScalar, SCALAR_TYPES, guard, optDType, toArray, toDType, toOperand, wrap, arrayGetItem } from './numpy';
import { fpChecking, fpCheckingUnder, type FpFlag } from '../engine/fpwarnings';
import { scaleOpFlags } from '../engine/fpunderflow';
import { handleFpFlags } from './pywarnings';
import { current } from './interp';

type Args = Record<string, PyValue> & { __varargs?: PyValue[]; __varkw?: Map<string, PyValue> };
type Impl = (b: Args) => PyValue;

const A = (v: PyValue): NDArray => toArray(v);
const isSeq = (v: PyValue): boolean => v instanceof PyList || v instanceof PyTuple || v instanceof PyNdArray;
const num = (v: PyValue): number => {
  const f = asFloat(v);
  if (f === undefined) throwErr('TypeError', 'must be real number');
  return f;
};
const optAxis = (v: PyValue): number | null => (v === null || v === undefined ? null : toIndex(v));
const tuple = (xs: NDArray[]): PyValue => new PyTuple(xs.map(wrap));
const pyInt = (v: number | bigint): PyValue => normBig(BigInt(v));

/** Entries for npfuncs.ts's FUNCS table: [name, Python signature, implementation]. */
export const EXTRA_FUNCS: [string, string, Impl][] = [
  ['bincount', 'x, /, weights=None, minlength=0', (b) => wrap(E.bincount(A(b.x), b.weights === null ? null : A(b.weights), toIndex(b.minlength)))],
  ['histogram', 'a, bins=10, range=None, density=None, weights=None', (b) => {
    const bins = typeof b.bins === 'string' ? b.bins : isSeq(b.bins) ? A(b.bins) : toIndex(b.bins);
    const range = b.range === null ? null : (A(b.range).toArray().map(Number) as [number, number]);
    const r = E.histogram(A(b.a), bins, range, b.weights === null ? null : A(b.weights), b.density !== null && truthy(b.density));
    return tuple([r.hist, r.edges]);
  }],
  ['histogram_bin_edges', 'a, bins=10, range=None, weights=None', (b) => {
    const bins = typeof b.bins === 'string' ? b.bins : isSeq(b.bins) ? A(b.bins) : toIndex(b.bins);
    const range = b.range === null ? null : (A(b.range).toArray().map(Number) as [number, number]);
    return wrap(E.histogramBinEdges(A(b.a), bins, range, b.weights === null ? null : A(b.weights)));
  }],
  ['convolve', "a, v, mode='full'", (b) => wrap(E.convolve(A(b.a), A(b.v), String(b.mode)))],
  ['correlate', "a, v, mode='valid'", (b) => wrap(E.correlate(A(b.a), A(b.v), String(b.mode)))],
  ['insert', 'arr, obj, values, axis=None', (b) => wrap(E.insert(A(b.arr), A(b.obj), A(b.values), optAxis(b.axis), !isSeq(b.obj)))],
  ['delete', 'arr, obj, axis=None', (b) => wrap(E.deleteItems(A(b.arr), A(b.obj), optAxis(b.axis)))],
  ['take_along_axis', 'arr, indices, axis=-1', (b) => wrap(E.takeAlongAxis(A(b.arr), A(b.indices), optAxis(b.axis)))],
  ['put_along_axis', 'arr, indices, values, axis', (b) => {
    if (!(b.arr instanceof PyNdArray)) throwErr('TypeError', 'put_along_axis() argument 1 must be numpy.ndarray, not list');
    E.putAlongAxis(b.arr.arr, A(b.indices), A(b.values), optAxis(b.axis));
    return null;
  }],
  ['fill_diagonal', 'a, val, wrap=False', (b) => {
    if (!(b.a instanceof PyNdArray)) throwErr('TypeError', 'fill_diagonal() argument 1 must be numpy.ndarray');
    E.fillDiagonal(b.a.arr, A(b.val), truthy(b.wrap));
    return null;
  }],
  ['logspace', 'start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0', (b) => {
    const base = isSeq(b.base) ? A(b.base) : (toOperand(b.base) as number | NDArray);
    return wrap(E.logspace(num(b.start), num(b.stop), toIndex(b.num), truthy(b.endpoint), base as never, optDType(b.dtype)));
  }],
  ['polyfit', 'x, y, deg, rcond=None, full=False, w=None, cov=False', (b) => {
    if (truthy(b.full) || b.w !== null || truthy(b.cov)) throwErr('NotImplementedError', 'np.polyfit with full=, w= or cov= is not available in this build of the Shapewise engine yet');
    return wrap(E.polyfit(A(b.x), A(b.y), toIndex(b.deg)));
  }],
  ['polyval', 'p, x', (b) => wrap(E.polyval(A(b.p), A(b.x)))],
  ['ix_', '*args', (b) => tuple(E.ix(...b.__varargs!.map((v) => A(v))))],
  ['broadcast_shapes', '*args', (b) => new PyTuple(E.broadcastShapes(...b.__varargs!.map((s) => (isSeq(s) ? A(s).toArray().map(Number) : [toIndex(s)]))).map((d) => d))],
  ['diff', 'a, n=1, axis=-1, prepend=None, append=None', (b) => wrap(E.diff(A(b.a), toIndex(b.n), toIndex(b.axis), b.prepend === null ? null : A(b.prepend), b.append === null ? null : A(b.append)))],
  ['roll', 'a, shift, axis=None', (b) => wrap(E.roll(A(b.a), isSeq(b.shift) ? ints(b.shift) : toIndex(b.shift), b.axis === null ? null : isSeq(b.axis) ? ints(b.axis) : toIndex(b.axis)))],
  ['meshgrid', "*xi, copy=True, sparse=False, indexing='xy'", (b) => tuple(E.meshgrid(b.__varargs!.map(A), String(b.indexing), truthy(b.sparse)))],
  ['interp', 'x, xp, fp, left=None, right=None, period=None', (b) => {
    if (b.period !== null) throwErr('NotImplementedError', 'np.interp(period=) is not available in this build of the Shapewise engine yet');
    return wrap(E.interp(A(b.x), A(b.xp), A(b.fp), b.left === null ? null : num(b.left), b.right === null ? null : num(b.right)));
  }],
  ['append', 'arr, values, axis=None', (b) => wrap(E.append(A(b.arr), A(b.values), optAxis(b.axis)))],
  ['pad', "array, pad_width, mode='constant', **kwargs", (b) => {
    const cv = b.__varkw?.get('constant_values');
    const widths = padWidths(b.pad_width);
    const value = cv === undefined ? 0n : isSeq(cv) ? A(cv) : toOperand(cv);
    if (value instanceof E.NDArray && value.ndim > 0) throwErr('NotImplementedError', 'np.pad with per-axis constant_values is not available in this build of the Shapewise engine yet');
    return wrap(E.pad(A(b.array), widths, String(b.mode), value as never));
  }],
  ['cov', 'm, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *, dtype=None', (b) => {
    if (b.fweights !== null || b.aweights !== null) throwErr('NotImplementedError', 'np.cov with fweights=/aweights= is not available in this build of the Shapewise engine yet');
    return wrap(E.cov(A(b.m), b.y === null ? null : A(b.y), truthy(b.rowvar), truthy(b.bias), b.ddof === null ? null : toIndex(b.ddof)));
  }],
  ['corrcoef', 'x, y=None, rowvar=True, *, dtype=None', (b) => wrap(E.corrcoef(A(b.x), b.y === null ? null : A(b.y), truthy(b.rowvar)))],
  ['isin', 'element, test_elements, assume_unique=False, invert=False, *, kind=None', (b) => wrap(E.isin(A(b.element), A(b.test_elements), truthy(b.invert)))],
  ['union1d', 'ar1, ar2', (b) => wrap(E.union1d(A(b.ar1), A(b.ar2)))],
  ['intersect1d', 'ar1, ar2, assume_unique=False, return_indices=False', (b) => {
    if (truthy(b.return_indices)) throwErr('NotImplementedError', 'np.intersect1d(return_indices=True) is not available in this build of the Shapewise engine yet');
    return wrap(E.intersect1d(A(b.ar1), A(b.ar2)));
  }],
  ['setdiff1d', 'ar1, ar2, assume_unique=False', (b) => wrap(E.setdiff1d(A(b.ar1), A(b.ar2)))],
  ['unravel_index', "indices, shape, order='C'", (b) => tuple(E.unravelIndex(A(b.indices), isSeq(b.shape) ? ints(b.shape) : [toIndex(b.shape)]))],
  ['tril_indices', 'n, k=0, m=None', (b) => tuple(E.trilIndices(toIndex(b.n), toIndex(b.k), b.m === null ? null : toIndex(b.m), false))],
  ['triu_indices', 'n, k=0, m=None', (b) => tuple(E.trilIndices(toIndex(b.n), toIndex(b.k), b.m === null ? null : toIndex(b.m), true))],
  ['digitize', 'x, bins, right=False', (b) => wrap(E.digitize(A(b.x), A(b.bins), truthy(b.right)))],
  ['argpartition', "a, kth, axis=-1, kind='introselect', order=None", (b) => wrap(E.argpartition(A(b.a), isSeq(b.kth) ? ints(b.kth) : toIndex(b.kth), optAxis(b.axis)))],
  ['partition', "a, kth, axis=-1, kind='introselect', order=None", (b) => wrap(E.partition(A(b.a), isSeq(b.kth) ? ints(b.kth) : toIndex(b.kth), optAxis(b.axis)))],
  ['flatnonzero', 'a', (b) => wrap(E.flatnonzero(A(b.a)))],
  ['resize', 'a, new_shape', (b) => wrap(E.resize(A(b.a), isSeq(b.new_shape) ? ints(b.new_shape) : [toIndex(b.new_shape)]))],
  ['vander', 'x, N=None, increasing=False', (b) => wrap(E.vander(A(b.x), b.N === null ? null : toIndex(b.N), truthy(b.increasing)))],
  ['cross', 'a, b, axisa=-1, axisb=-1, axisc=-1, axis=None', (b) => wrap(E.cross(A(b.a), A(b.b)))],
  ['kron', 'a, b', (b) => wrap(E.kron(A(b.a), A(b.b)))],
  ['geomspace', 'start, stop, num=50, endpoint=True, dtype=None, axis=0', (b) => wrap(E.geomspace(num(b.start), num(b.stop), toIndex(b.num), truthy(b.endpoint), optDType(b.dtype)))],
  ['trapezoid', 'y, x=None, dx=1.0, axis=-1', (b) => wrap(E.trapezoid(A(b.y), b.x === null ? null : A(b.x), num(b.dx), toIndex(b.axis)))],
  ['gradient', 'f, *varargs, axis=None, edge_order=1', (b) => {
    const f = A(b.f);
    const spacing = b.__varargs!.map((v) => (isSeq(v) ? A(v) : num(v)));
    const axes = b.axis === null ? null : isSeq(b.axis) ? ints(b.axis) : [toIndex(b.axis)];
    const r = E.gradient(f, spacing, axes, toIndex(b.edge_order));
    return (axes === null ? f.ndim : axes.length) === 1 && !(b.axis !== null && isSeq(b.axis)) ? wrap(r[0]) : tuple(r);
  }],
  ['select', 'condlist, choicelist, default=0', (b) => wrap(E.select(listOf(b.condlist), listOf(b.choicelist), toOperand(b.default) as never))],
  ['lexsort', 'keys, axis=-1', (b) => wrap(E.lexsort(listOf(b.keys)))],
  // (the signature parser splits on commas, so the (0, 1) default of axes is applied here)
  ['rot90', 'm, k=1, axes=None', (b) => wrap(E.rot90(A(b.m), toIndex(b.k), b.axes === null ? [0, 1] : (ints(b.axes) as [number, number])))],
  ['indices', 'dimensions, dtype=None, sparse=False', (b) => {
    if (truthy(b.sparse)) throwErr('NotImplementedError', 'np.indices(sparse=True) is not available in this build of the Shapewise engine yet');
    const r = E.indices(ints(b.dimensions));
    const d = optDType(b.dtype);
    return wrap(d && d !== 'int64' ? E.astype(r, d) : r);
  }],
  ['diag_indices', 'n, ndim=2', (b) => tuple(E.diagIndices(toIndex(b.n), toIndex(b.ndim)))],
  ['ravel_multi_index', "multi_index, dims, mode='raise', order='C'", (b) => wrap(E.ravelMultiIndex(listOf(b.multi_index), ints(b.dims)))],
  ['array_equiv', 'a1, a2', (b) => E.arrayEquiv(A(b.a1), A(b.a2))],
  ['ediff1d', 'ary, to_end=None, to_begin=None', (b) => wrap(E.ediff1d(A(b.ary), b.to_end === null ? null : A(b.to_end), b.to_begin === null ? null : A(b.to_begin)))],
  ['put', "a, ind, v, mode='raise'", (b) => {
    if (!(b.a instanceof PyNdArray)) throwErr('TypeError', "argument 1 must be numpy.ndarray, not list");
    E.put(b.a.arr, A(b.ind), A(b.v));
    return null;
  }],
  ['compress', 'condition, a, axis=None, out=None', (b) => wrap(E.compress(A(b.condition), A(b.a), optAxis(b.axis)))],
  ['extract', 'condition, arr', (b) => wrap(E.extract(A(b.condition), A(b.arr)))],
  ['apply_along_axis', 'func1d, axis, arr, *args, **kwargs', (b) => {
    const arr = A(b.arr);
    if (arr.ndim === 0) throwErr('ValueError', 'axis 0 is out of bounds for array of dimension 0');
    let axis = toIndex(b.axis);
    if (axis < -arr.ndim || axis >= arr.ndim) throwErr('AxisError', `axis ${axis} is out of bounds for array of dimension ${arr.ndim}`);
    if (axis < 0) axis += arr.ndim;
    const moved = E.moveaxis(arr, axis, -1);
    const outer = moved.shape.slice(0, -1);
    const count = outer.reduce((p, d) => p * d, 1);
    if (count === 0) throwErr('ValueError', 'Cannot apply_along_axis when any iteration dimensions are 0');
    const results: NDArray[] = [];
    for (let f = 0; f < count; f++) {
      const idx: number[] = [];
      let rem = f;
      for (let d = outer.length - 1; d >= 0; d--) { idx.unshift(rem % outer[d]); rem = Math.floor(rem / outer[d]); }
      const lane = E.getitem(moved, idx);
      const r = toArray(callValue(b.func1d, [new PyNdArray(lane), ...(b.__varargs ?? [])], b.__varkw ?? new Map()));
      results.push(results.length && r.dtype !== results[0].dtype ? E.astype(r, results[0].dtype) : r);
    }
    const resShape = results[0].shape;
    const stacked = E.reshape(E.stack(results.map((r) => E.asarray(r)), 0), [...outer, ...resShape]);
    // the result's own dims go where the iterated axis was
    let out = stacked;
    for (let k = 0; k < resShape.length; k++) out = E.moveaxis(out, outer.length + k, axis + k);
    return new PyNdArray(E.copy(out));
  }],
  ['fromfunction', 'function, shape, *, dtype=None, like=None, **kwargs', (b) => {
    const grid = E.indices(ints(b.shape), optDType(b.dtype) ?? 'float64');
    const args = Array.from({ length: grid.shape[0] }, (_, i) => new PyNdArray(E.getitem(grid, [i])) as PyValue);
    return callValue(b.function, args, b.__varkw ?? new Map());
  }],
  ['nanmedian', 'a, axis=None, out=None, overwrite_input=False, keepdims=False', (b) => wrap(E.nanmedian(A(b.a), optAxis(b.axis), truthy(b.keepdims)))],
  ['nanquantile', "a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False", (b) => wrap(E.nanquantile(A(b.a), A(b.q), optAxis(b.axis), truthy(b.keepdims), false))],
  ['nanpercentile', "a, q, axis=None, out=None, overwrite_input=False, method='linear', keepdims=False", (b) => wrap(E.nanquantile(A(b.a), A(b.q), optAxis(b.axis), truthy(b.keepdims), true))],
  ...(['hanning', 'hamming', 'blackman', 'bartlett'] as const).map((k): [string, string, Impl] => [k, 'M', (b) => wrap(E.window(k, toIndex(b.M)))]),
  ['polyder', 'p, m=1', (b) => wrap(E.polyder(A(b.p), toIndex(b.m)))],
  ['polyint', 'p, m=1, k=None', (b) => wrap(E.polyint(A(b.p), toIndex(b.m)))],
  ['polyadd', 'a1, a2', (b) => wrap(E.polyadd(A(b.a1), A(b.a2)))],
  ['polysub', 'a1, a2', (b) => wrap(E.polyadd(A(b.a1), A(b.a2), true))],
  ['polymul', 'a1, a2', (b) => wrap(E.convolve(A(b.a1), A(b.a2)))],
  ['ndindex', '*shape', (b) => {
    const dims = b.__varargs!.length === 1 && isSeq(b.__varargs![0]) ? ints(b.__varargs![0]) : b.__varargs!.map(toIndex);
    const size = dims.reduce((p, d) => p * d, 1);
    let f = 0;
    return new PyIterator(() => {
      if (f >= size) return undefined;
      const idx: PyValue[] = [];
      let rem = f++;
      for (let d = dims.length - 1; d >= 0; d--) { idx.unshift(rem % dims[d]); rem = Math.floor(rem / dims[d]); }
      return new PyTuple(idx);
    }, 'ndindex');
  }],
  ['ndenumerate', 'arr', (b) => {
    const a = A(b.arr);
    let f = 0;
    return new PyIterator(() => {
      if (f >= a.size) return undefined;
      const idx: PyValue[] = [];
      let rem = f;
      for (let d = a.ndim - 1; d >= 0; d--) { idx.unshift(rem % a.shape[d]); rem = Math.floor(rem / a.shape[d]); }
      const v = E.scalarArray(a.get(f++), a.dtype);
      return new PyTuple([new PyTuple(idx), wrap(v)]);
    }, 'ndenumerate');
  }],
  ['copyto', "dst, src, casting='same_kind', where=True", (b) => {
    if (!(b.dst instanceof PyNdArray)) throwErr('TypeError', `copyto() argument 1 must be numpy.ndarray, not ${b.dst === null ? 'None' : 'list'}`);
    const casting = String(b.casting);
    if (!['no', 'equiv', 'safe', 'same_kind', 'unsafe'].includes(casting)) throwErr('ValueError', `casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'`);
    E.copyto(b.dst.arr, toOperand(b.src), casting as never, b.where === true ? null : A(b.where));
    return null;
  }],
  ['ascontiguousarray', 'a, dtype=None, *, like=None', (b) => new PyNdArray(E.ascontiguousarray(A(b.a), optDType(b.dtype) ?? undefined))],
  ['asfortranarray', 'a, dtype=None, *, like=None', (b) => new PyNdArray(E.asfortranarray(A(b.a), optDType(b.dtype) ?? undefined))],
  ['tri', 'N, M=None, k=0, dtype=None, *, like=None', (b) => wrap(E.tri(toIndex(b.N), b.M === null ? null : toIndex(b.M), toIndex(b.k), optDType(b.dtype) ?? 'float64'))],
  ['vectorize', 'pyfunc=None, otypes=None, doc=None, excluded=None, cache=False, signature=None', (b) => {
    const make = (fn: PyValue) => new PyVectorize(fn, b.otypes, b.excluded, b.signature === null ? null : String(b.signature), truthy(b.cache));
    // @np.vectorize(otypes=...) without the function: a decorator
    return b.pyfunc === null ? new PyBuiltin('vectorize', (args) => make(args[0])) : make(b.pyfunc);
  }],
  ['block', 'arrays', (b) => wrap(blockOf(b.arrays))],
  ['common_type', '*arrays', (b) => {
    // float64 for integer inputs, otherwise the widest float (NumPy's precision table)
    let bits = 0;
    for (const v of b.__varargs!) {
      const a = A(v);
      const k = E.DTYPES[a.dtype].kind;
      if (k === 'b' || k === 'U') throwErr('TypeError', "can't get common type for non-numeric array");
      bits = Math.max(bits, k === 'f' ? E.DTYPES[a.dtype].itemsize * 8 : 64);
    }
    return SCALAR_TYPES.get((bits === 32 ? 'float32' : bits === 16 ? 'float16' : 'float64') as DType) ?? null;
  }],
  ['isdtype', 'dtype, kind', (b) => {
    const d = toDType(b.dtype);
    const info = E.DTYPES[d];
    const one = (k: PyValue): boolean => {
      if (typeof k !== 'string') return toDType(k) === d;
      switch (k) {
        case 'bool': return info.kind === 'b';
        case 'signed integer': return info.kind === 'i';
        case 'unsigned integer': return info.kind === 'u';
        case 'integral': return info.kind === 'i' || info.kind === 'u';
        case 'real floating': return info.kind === 'f';
        case 'complex floating': return false;
        case 'numeric': return info.kind === 'i' || info.kind === 'u' || info.kind === 'f';
        default: throwErr('ValueError', `kind argument is a string, but '${k}' is not a known kind name.`);
      }
    };
    return b.kind instanceof PyTuple ? b.kind.items.some(one) : one(b.kind);
  }],
  ['typename', 'char', (b) => {
    const names: Record<string, string> = { S1: 'character', '?': 'bool', b: 'signed char', B: 'unsigned char', h: 'short', H: 'unsigned short', i: 'integer', I: 'unsigned integer', l: 'long integer', L: 'unsigned long integer', q: 'long long integer', Q: 'unsigned long long integer', f: 'single precision', d: 'double precision', g: 'long precision', F: 'complex single precision', D: 'complex double precision', G: 'complex long double precision', S: 'string', U: 'unicode', V: 'void', O: 'object' };
    const c = String(b.char);
    if (!(c in names)) throwErr('KeyError', pyRepr(c));
    return names[c];
  }],
  ['packbits', "a, /, axis=None, bitorder='big'", (b) => {
    let a = A(b.a);
    const k = E.DTYPES[a.dtype].kind;
    if (k !== 'b' && k !== 'i' && k !== 'u') throwErr('TypeError', 'Expected an input array of integer or boolean data type');
    if (b.axis === null) a = E.reshape(E.copy(a), [-1]);
    const axis = b.axis === null ? 0 : toIndex(b.axis);
    const little = String(b.bitorder) === 'little';
    const moved = E.copy(E.moveaxis(a, axis, -1));
    const n = moved.shape[moved.ndim - 1];
    const lanes = moved.size / Math.max(n, 1);
    const nb = Math.ceil(n / 8);
    const out = E.zeros([...moved.shape.slice(0, -1), nb], 'uint8');
    for (let l = 0; l < lanes; l++) {
      for (let j = 0; j < n; j++) {
        const v = moved.get(l * n + j);
        if (v === 0 || v === 0n || v === false) continue;
        const bit = little ? j % 8 : 7 - (j % 8);
        const at = l * nb + (j >> 3);
        out.set(at, (out.get(at) as number) | (1 << bit));
      }
    }
    return wrap(E.moveaxis(out, -1, axis));
  }],
  ['unpackbits', "a, /, axis=None, count=None, bitorder='big'", (b) => {
    let a = A(b.a);
    if (a.dtype !== 'uint8') throwErr('TypeError', 'Expected an input array of unsigned byte data type');
    if (b.axis === null) a = E.reshape(E.copy(a), [-1]);
    const axis = b.axis === null ? 0 : toIndex(b.axis);
    const little = String(b.bitorder) === 'little';
    const moved = E.copy(E.moveaxis(a, axis, -1));
    const n = moved.shape[moved.ndim - 1];
    const lanes = moved.size / Math.max(n, 1);
    let bits = n * 8;
    if (b.count !== null) { const c = toIndex(b.count); bits = c >= 0 ? c : Math.max(0, bits + c); }
    const out = E.zeros([...moved.shape.slice(0, -1), bits], 'uint8');
    for (let l = 0; l < lanes; l++) {
      for (let j = 0; j < bits && j < n * 8; j++) {
        const byte = moved.get(l * n + (j >> 3)) as number;
        const bit = little ? j % 8 : 7 - (j % 8);
        out.set(l * bits + j, (byte >> bit) & 1);
      }
    }
    return wrap(E.moveaxis(out, -1, axis));
  }],
  ['format_float_positional', "x, precision=None, unique=True, fractional=True, trim='k', sign=False, pad_left=None, pad_right=None, min_digits=None", (b) => {
    const { x, kind } = floatArg(b.x);
    return formatPositional(x, kind, { ...dragonOpts(b), fractional: truthy(b.fractional), padRight: b.pad_right === null ? undefined : toIndex(b.pad_right) });
  }],
  ['format_float_scientific', "x, precision=None, unique=True, trim='k', sign=False, pad_left=None, exp_digits=None, min_digits=None", (b) => {
    const { x, kind } = floatArg(b.x);
    return formatScientific(x, kind, { ...dragonOpts(b), expDigits: b.exp_digits === null ? undefined : toIndex(b.exp_digits) });
  }],
  ['diagflat', 'v, k=0', (b) => wrap(E.diag(E.reshape(A(b.v), [-1]), toIndex(b.k)))],
  ['real_if_close', 'a, tol=100', (b) => (b.a instanceof PyNdArray ? b.a : wrap(A(b.a)))],
  ...(['matvec', 'vecmat'] as const).map((n): [string, string, Impl] => [n, 'x1, x2, /, *, out=None', (b) => {
    // NumPy's matvec/vecmat loops call the same gemv as matmul with a 1-d operand: one such
    // product per broadcast batch index
    const x1 = A(b.x1), x2 = A(b.x2);
    const [mat, vec] = n === 'matvec' ? [x1, x2] : [x2, x1];
    if (mat.ndim < 2 || vec.ndim < 1) throwErr('ValueError', `${n}: Input operand ${n === 'matvec' ? 0 : 1} does not have enough dimensions (has ${mat.ndim}, gufunc core with signature ${n === 'matvec' ? '(m,n),(n)->(m)' : '(n),(n,m)->(m)'} requires 2)`);
    const batch = E.broadcastShapes(mat.shape.slice(0, -2), vec.shape.slice(0, -1));
    const mb = E.broadcastTo(mat, [...batch, ...mat.shape.slice(-2)]), vb = E.broadcastTo(vec, [...batch, vec.shape[vec.ndim - 1]]);
    const count = batch.reduce((p, d) => p * d, 1);
    const parts: NDArray[] = [];
    for (let f = 0; f < count; f++) {
      const idx: number[] = [];
      let rem = f;
      for (let d = batch.length - 1; d >= 0; d--) { idx.unshift(rem % batch[d]); rem = Math.floor(rem / batch[d]); }
      const m2 = E.getitem(mb, idx), v1 = E.getitem(vb, idx);
      parts.push(n === 'matvec' ? E.matmul(m2, v1) : E.matmul(v1, m2));
    }
    if (batch.length === 0) return wrap(parts[0]);
    return wrap(E.reshape(E.stack(parts, 0), [...batch, parts[0].shape[0]]));
  }]),
  ['vecdot', 'x1, x2, /, *, axis=-1, out=None', (b) => {
    // each pair of vectors along `axis` through np.dot's 1-d product (the same BLAS dot NumPy's vecdot loop calls)
    const x1 = A(b.x1), x2 = A(b.x2);
    const axis = toIndex(b.axis);
    const m1 = E.moveaxis(x1, axis, -1), m2 = E.moveaxis(x2, axis, -1);
    const n = m1.shape[m1.ndim - 1];
    if (m2.shape[m2.ndim - 1] !== n) throwErr('ValueError', `vecdot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n),(n)->() (size ${m2.shape[m2.ndim - 1]} is different from ${n})`);
    const outer = E.broadcastShapes(m1.shape.slice(0, -1), m2.shape.slice(0, -1));
    const b1 = E.broadcastTo(m1, [...outer, n]), b2 = E.broadcastTo(m2, [...outer, n]);
    const count = outer.reduce((p, d) => p * d, 1);
    const parts: NDArray[] = [];
    for (let f = 0; f < count; f++) {
      const idx: number[] = [];
      let rem = f;
      for (let d = outer.length - 1; d >= 0; d--) { idx.unshift(rem % outer[d]); rem = Math.floor(rem / outer[d]); }
      parts.push(E.dot(E.getitem(b1, idx), E.getitem(b2, idx)));
    }
    if (outer.length === 0) return wrap(parts[0]);
    return wrap(E.reshape(E.stack(parts.map((p) => { p.isScalar = false; return p; }), 0), outer));
  }],
  ['histogram2d', 'x, y, bins=10, range=None, density=None, weights=None', (b) => {
    const xs = E.astype(A(b.x), 'float64'), ys = E.astype(A(b.y), 'float64');
    if (xs.size !== ys.size) throwErr('ValueError', 'The dimension of bins must be equal to the dimension of the sample x.');
    // bins: N, [Nx, Ny], edges array, or [edges_x, edges_y]
    const binSpec: PyValue[] = b.bins instanceof PyList || b.bins instanceof PyTuple
      ? (b.bins.items.length === 2 ? b.bins.items : [b.bins, b.bins])
      : b.bins instanceof PyNdArray && b.bins.arr.ndim === 1 ? [b.bins, b.bins] : [b.bins, b.bins];
    const ranges = b.range === null ? [null, null] : (b.range as PyList).items.map((r) => (r === null ? null : A(r).toArray().map(Number)));
    const samples = [xs, ys];
    const edges = samples.map((smp, i) => {
      const spec = binSpec[i];
      if (isSeq(spec)) return E.astype(A(spec), 'float64');
      const n = toIndex(spec);
      if (n < 1) throwErr('ValueError', '`bins[0]` must be positive, when an integer');
      let lo: number, hi: number;
      const r = ranges[i];
      if (r) [lo, hi] = r;
      else if (smp.size === 0) { lo = 0; hi = 1; }
      else { lo = Number(E.min(smp).get(0)); hi = Number(E.max(smp).get(0)); }
      if (lo === hi) { lo -= 0.5; hi += 0.5; }
      return E.linspace(lo, hi, n + 1);
    });
    const nb = edges.map((e) => e.size + 1);
    const idx = samples.map((smp, i) => {
      const c = E.searchsorted(edges[i], smp, 'right');
      const last = Number(edges[i].get(edges[i].size - 1));
      for (let k = 0; k < smp.size; k++) if (smp.get(k) === last) c.set(k, BigInt(Number(c.get(k)) - 1));
      return c;
    });
    const w = b.weights === null ? null : E.astype(A(b.weights), 'float64');
    const hist = new Float64Array(nb[0] * nb[1]);
    for (let k = 0; k < xs.size; k++) hist[Number(idx[0].get(k)) * nb[1] + Number(idx[1].get(k))] += w ? (w.get(k) as number) : 1;
    const inner = E.zeros([nb[0] - 2, nb[1] - 2], 'float64');
    for (let i = 1; i < nb[0] - 1; i++) for (let j = 1; j < nb[1] - 1; j++) inner.set((i - 1) * (nb[1] - 2) + (j - 1), hist[i * nb[1] + j]);
    let h = inner;
    if (b.density !== null && truthy(b.density)) {
      const total = E.sum(h);
      const dx = E.reshape(E.ufunc2('subtract', E.getitem(edges[0], [{ start: 1, stop: null, step: 1 }]), E.getitem(edges[0], [{ start: null, stop: -1, step: 1 }])), [-1, 1]);
      const dy = E.reshape(E.ufunc2('subtract', E.getitem(edges[1], [{ start: 1, stop: null, step: 1 }]), E.getitem(edges[1], [{ start: null, stop: -1, step: 1 }])), [1, -1]);
      h = E.ufunc2('divide', E.ufunc2('divide', E.ufunc2('divide', h, dx), dy), total);
    }
    return new PyTuple([wrap(h), wrap(edges[0]), wrap(edges[1])]);
  }],
  ['modf', 'x, /', (b) => floatParts(b.x, (v) => { const t = Math.trunc(v); return [Math.abs(v) === Infinity ? copySign(0, v) : copySign(v - t, v), t]; }, ['float', 'float'])],
  ['frexp', 'x, /', (b) => floatParts(b.x, (v) => frexp(v), ['float', 'int32'])],
  ['ldexp', 'x1, x2, /', (b) => withScaleFlags('ldexp', b.x1, b.x2, floatBinary(b.x1, b.x2, (x, e) => ldexp(x, e)))],
  ['nextafter', 'x1, x2, /', (b) => withScaleFlags('nextafter', b.x1, b.x2, floatBinary(b.x1, b.x2, (x, y, f32) => nextAfter(x, y, f32)))],
  ['spacing', 'x, /', (b) => withScaleFlags('spacing', b.x, 0, floatParts(b.x, (v, f32) => [Number.isFinite(v) ? (f32 ? Math.fround(nextAfter(v, copySign(Infinity, v), true) - v) : nextAfter(v, copySign(Infinity, v), false) - v) : NaN], ['float']))],
  // NumPy 2's array-API unique_* (sorted; unique_values is hash-ordered in NumPy, so it is left out)
  ['unique_counts', 'x', (b) => { const r = uniqueParts(A(b.x)); return named('UniqueCountsResult', ['values', 'counts'], [r.values, r.counts]); }],
  ['unique_inverse', 'x', (b) => { const x = A(b.x); const r = uniqueParts(x); return named('UniqueInverseResult', ['values', 'inverse_indices'], [r.values, E.reshape(r.inverse, x.shape.slice())]); }],
  ['unique_all', 'x', (b) => {
    const x = A(b.x);
    const r = uniqueParts(x);
    return named('UniqueAllResult', ['values', 'indices', 'inverse_indices', 'counts'], [r.values, r.indices, E.reshape(r.inverse, x.shape.slice()), r.counts]);
  }],
  ...(['hsplit', 'vsplit', 'dsplit'] as const).map((n): [string, string, Impl] => [n, 'ary, indices_or_sections', (b) => {
    const a = A(b.ary);
    const need = n === 'dsplit' ? 3 : n === 'vsplit' ? 2 : 1;
    if (a.ndim < need) throwErr('ValueError', `${n} only works on arrays of ${need} or more dimensions`);
    const axis = n === 'vsplit' ? 0 : n === 'dsplit' ? 2 : a.ndim > 1 ? 1 : 0;
    const spec = isSeq(b.indices_or_sections) ? ints(b.indices_or_sections) : toIndex(b.indices_or_sections);
    return new PyList(E.split(a, spec, axis).map((x) => new PyNdArray(x)));
  }]),
  ['broadcast_arrays', '*args, subok=False', (b) => {
    const arrs = b.__varargs!.map(A);
    const shape = E.broadcastShapes(...arrs.map((a) => a.shape.slice()));
    return new PyTuple(arrs.map((a) => new PyNdArray(a.shape.length === shape.length && a.shape.every((d, k) => d === shape[k]) ? a : E.broadcastTo(a, shape))));
  }],
  ['rollaxis', 'a, axis, start=0', (b) => {
    const a = A(b.a);
    const n = a.ndim;
    let axis = toIndex(b.axis), start = toIndex(b.start);
    if (axis < -n || axis >= n) throwErr('AxisError', `axis ${axis} is out of bounds for array of dimension ${n}`);
    if (axis < 0) axis += n;
    if (start < 0) start += n;
    if (!(start >= 0 && start < n + 1)) throwErr('AxisError', `'start' arg requires ${-n} <= start < ${n + 1}, but ${toIndex(b.start)} was passed in`);
    if (axis < start) start -= 1;
    if (axis === start) return new PyNdArray(E.transpose(a, a.shape.map((_, k) => k)));
    const axes = a.shape.map((_, k) => k).filter((k) => k !== axis);
    axes.splice(start, 0, axis);
    return new PyNdArray(E.transpose(a, axes));
  }],
  ['diag_indices_from', 'arr', (b) => {
    const a = A(b.arr);
    if (a.ndim < 2) throwErr('ValueError', 'input array must be at least 2-d');
    if (a.shape.some((d) => d !== a.shape[0])) throwErr('ValueError', 'All dimensions of input must be of equal length');
    return tuple(E.diagIndices(a.shape[0], a.ndim));
  }],
  ...(['tril_indices_from', 'triu_indices_from'] as const).map((n): [string, string, Impl] => [n, 'arr, k=0', (b) => {
    const a = A(b.arr);
    if (a.ndim !== 2) throwErr('ValueError', 'input array must be 2-d');
    return tuple(E.trilIndices(a.shape[0], toIndex(b.k), a.shape[1], n.startsWith('triu')));
  }]),
  ['fix', 'x, out=None', (b) => {
    const x = A(b.x);
    const r = E.DTYPES[x.dtype].kind === 'f' ? E.ufunc1('trunc', x) : E.copy(x);
    r.isScalar = x.ndim === 0 && !(b.x instanceof PyNdArray);
    return wrap(r);
  }],
  ['sinc', 'x', (b) => {
    // NumPy: y = pi * where(x == 0, 1.0e-20, x); sin(y) / y
    const x = A(b.x);
    const y = E.ufunc2('multiply', Math.PI, E.where(E.ufunc2('equal', x, 0n), 1.0e-20, x));
    const r = E.ufunc2('divide', E.ufunc1('sin', y), y);
    r.isScalar = x.ndim === 0 && !(b.x instanceof PyNdArray);
    return wrap(r);
  }],
  ['real', 'val', (b) => {
    const a = A(b.val);
    if (E.isComplexDType(a.dtype)) return wrap(E.realPart(a));
    return b.val instanceof PyNdArray ? b.val : wrap(a);
  }],
  ['imag', 'val', (b) => {
    const a = A(b.val);
    if (E.isComplexDType(a.dtype)) return wrap(E.imagPart(a));
    const z = E.zerosLike(a); z.writeable = false; z.isScalar = a.isScalar; return wrap(z);
  }],
  // NumPy checks the dtype of what asarray would make (a Python complex counts)
  ['iscomplexobj', 'x', (b) => E.isComplexDType(A(b.x).dtype)],
  ['isrealobj', 'x', (b) => !E.isComplexDType(A(b.x).dtype)],
  ['iscomplex', 'x', (b) => {
    const a = A(b.x);
    const r = E.isComplexDType(a.dtype) ? E.ufunc1('logical_not', E.isRealElementwise(a)) : E.zeros(a.shape, 'bool');
    r.isScalar = a.ndim === 0;
    return wrap(r);
  }],
  ['isreal', 'x', (b) => wrap(E.isRealElementwise(A(b.x)))],
  ['real_if_close', 'a, tol=100', (b) => {
    // NumPy: the real part when every |imag| < tol (times the dtype's eps when tol > 1)
    const a = A(b.a);
    if (!E.isComplexDType(a.dtype)) return b.a instanceof PyNdArray ? b.a : wrap(a);
    let tol = asFloat(b.tol) ?? 100;
    if (tol > 1) tol *= a.dtype === ('complex64' as E.DType) ? 1.1920928955078125e-7 : 2.220446049250313e-16;
    const im = E.imagPart(a);
    for (const v of im) if (!(Math.abs(v as number) < tol)) return wrap(a);
    return wrap(E.realPart(a));
  }],
  ['sort_complex', 'a', (b) => {
    // NumPy: a sorted copy, cast to complex64 for (u)int8/16 input, complex128 otherwise
    const a = A(b.a);
    const sorted = E.sort(a, -1);
    if (E.isComplexDType(a.dtype)) return wrap(sorted);
    const small = ['int8', 'int16', 'uint8', 'uint16'].includes(a.dtype);
    return wrap(E.astype(sorted, (small ? 'complex64' : 'complex128') as E.DType));
  }],
  ['angle', 'z, deg=False', (b) => {
    // NumPy: arctan2(z.imag, z.real) for complex input, arctan2(0, z) otherwise; deg multiplies by 180/pi
    const z = A(b.z);
    const c = E.isComplexDType(z.dtype);
    let r = c ? E.ufunc2('arctan2', E.imagPart(z), E.realPart(z)) : E.ufunc2('arctan2', 0n, z);
    if (truthy(b.deg)) r = E.ufunc2('multiply', r, 180 / Math.PI);
    r.isScalar = z.ndim === 0;
    return wrap(r);
  }],
  ['isfortran', 'a', (b) => { const a = A(b.a); return a.isFContiguous && !a.isCContiguous; }],
  ['iterable', 'y', (b) => { try { pyIter(b.y); return true; } catch { return false; } }],
  ['can_cast', "from_, to, casting='safe'", (b) => {
    if (typeof b.from_ === 'number' || typeof b.from_ === 'bigint' || b.from_ instanceof PyFloat) throwErr('TypeError', "can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future.");
    return canCastRule(toDType(b.from_) as never, toDType(b.to) as never, String(b.casting) as never);
  }],
  ['putmask', 'a, mask, values', (b) => {
    if (!(b.a instanceof PyNdArray)) throwErr('TypeError', 'putmask: first argument must be an array');
    const a = b.a.arr, mask = A(b.mask), vals = E.astype(A(b.values), a.dtype);
    if (mask.size !== a.size) throwErr('ValueError', 'putmask: mask and data must be the same size');
    if (vals.size === 0) return null;
    for (let i = 0; i < a.size; i++) if (mask.get(i)) a.set(i, vals.get(i % vals.size));
    return null;
  }],
  ['place', 'arr, mask, vals', (b) => {
    if (!(b.arr instanceof PyNdArray)) throwErr('TypeError', 'argument 1 must be numpy.ndarray, not list');
    const a = b.arr.arr, mask = A(b.mask), vals = E.astype(A(b.vals), a.dtype);
    let k = 0;
    const count = mask.toArray().filter((m) => m !== false && m !== 0 && m !== 0n).length;
    if (vals.size === 0 && count > 0) throwErr('ValueError', 'Cannot insert from an empty array!');
    for (let i = 0; i < a.size; i++) if (mask.get(i)) a.set(i, vals.get(k++ % vals.size));
    return null;
  }],
  ['trim_zeros', "filt, trim='fb', axis=None", (b) => {
    const a = A(b.filt);
    const t = String(b.trim).toLowerCase();
    const vals = a.toArray();
    let lo = 0, hi = vals.length;
    const zero = (v: E.ElementValue) => v === 0 || v === 0n || v === false;
    if (t.includes('f')) while (lo < hi && zero(vals[lo])) lo++;
    if (t.includes('b')) while (hi > lo && zero(vals[hi - 1])) hi--;
    // NumPy slices its input: a list gives a list
    if (b.filt instanceof PyList) return new PyList(b.filt.items.slice(lo, hi));
    return wrap(E.getitem(a, [{ start: lo, stop: hi, step: 1 }]));
  }],
  ['setxor1d', 'ar1, ar2, assume_unique=False', (b) => {
    const x = E.unique(A(b.ar1)) as unknown as { values?: NDArray; unique?: NDArray };
    const y = E.unique(A(b.ar2)) as unknown as { values?: NDArray; unique?: NDArray };
    const all = E.sort(E.concatenate([(x.values ?? x.unique)!, (y.values ?? y.unique)!], 0), 0);
    const v = all.toArray();
    const keep: number[] = [];
    for (let i = 0; i < v.length; i++) if ((i === 0 || v[i] !== v[i - 1]) && (i === v.length - 1 || v[i] !== v[i + 1])) keep.push(i);
    return wrap(E.take(all, E.array(keep.map(BigInt)), 0));
  }],
  ['row_stack', 'tup, *, dtype=None, casting=\'same_kind\'', (b) => wrap(E.vstack(listOf(b.tup), optDType(b.dtype) ?? undefined))],
  ['concat', 'arrays, /, axis=0, out=None, *, dtype=None, casting=\'same_kind\'', (b) => wrap(E.concatenate(listOf(b.arrays), b.axis === null ? null : toIndex(b.axis)))],
  ['permute_dims', 'a, axes=None', (b) => new PyNdArray(E.transpose(A(b.a), b.axes === null ? null : ints(b.axes)))],
  ['matrix_transpose', 'x, /', (b) => {
    const a = A(b.x);
    if (a.ndim < 2) throwErr('ValueError', `Input array must be at least 2-dimensional, but it is ${a.ndim}`);
    return new PyNdArray(E.swapaxes(a, -1, -2));
  }],
  ['unstack', 'x, /, *, axis=0', (b) => {
    const a = A(b.x);
    const moved = E.moveaxis(a, toIndex(b.axis), 0);
    return new PyTuple(Array.from({ length: moved.shape[0] }, (_, i) => new PyNdArray(E.getitem(moved, [i]))));
  }],
  ['float_power', 'x1, x2, out=None', (b) => {
    const x1 = A(b.x1), x2 = A(b.x2);
    const r = E.ufunc2('power', E.astype(x1, 'float64'), E.astype(x2, 'float64'));
    r.isScalar = x1.ndim === 0 && x2.ndim === 0 && !(b.x1 instanceof PyNdArray) && !(b.x2 instanceof PyNdArray);
    return wrap(r);
  }],
  ...(['cumulative_sum', 'cumulative_prod'] as const).map((n): [string, string, Impl] => [n, 'x, /, *, axis=None, dtype=None, out=None, include_initial=False', (b) => {
    const a = A(b.x);
    if (b.axis === null && a.ndim > 1) throwErr('ValueError', 'For arrays which have more than one dimension ``axis`` argument is required.');
    const axis = b.axis === null ? 0 : toIndex(b.axis);
    let r = (n === 'cumulative_sum' ? E.cumsum : E.cumprod)(a, axis, optDType(b.dtype) ?? undefined);
    if (truthy(b.include_initial)) {
      const ax = axis < 0 ? axis + r.ndim : axis;
      const shape = r.shape.map((d, k) => (k === ax ? 1 : d));
      const init = n === 'cumulative_sum' ? E.zeros(shape, r.dtype) : E.ones(shape, r.dtype);
      r = E.concatenate([init, r], ax);
    }
    return wrap(r);
  }]),
  ['piecewise', 'x, condlist, funclist, *args, **kw', (b) => {
    const x = A(b.x);
    const fl = b.funclist instanceof PyList || b.funclist instanceof PyTuple ? b.funclist.items : [b.funclist];
    // NumPy: a lone condition (scalar, or a list whose first item is not a list/array) is wrapped in a list
    const cl = b.condlist;
    const firstIsArray = cl instanceof PyNdArray ? cl.arr.ndim >= 2 : (cl instanceof PyList || cl instanceof PyTuple) && (cl.items[0] instanceof PyList || cl.items[0] instanceof PyNdArray);
    const wrapOne = !isSeq(cl) || (!firstIsArray && x.ndim !== 0);
    const condArr = E.astype(wrapOne ? A(new PyList([cl])) : A(cl), 'bool');
    const conds: NDArray[] = Array.from({ length: condArr.shape[0] }, (_, i) => E.getitem(condArr, [i]));
    if (fl.length === conds.length + 1) {
      let any = E.zeros(x.shape, 'bool');
      for (const c of conds) any = E.ufunc2('logical_or', any, c);
      conds.push(E.ufunc1('logical_not', any));
    } else if (fl.length !== conds.length) {
      throwErr('ValueError', `with ${conds.length} condition(s), either ${conds.length} or ${conds.length + 1} functions are expected`);
    }
    const y = E.zerosLike(x);
    conds.forEach((c0, i) => {
      const c = E.broadcastTo(c0, x.shape);
      const f = fl[i];
      const constant = f === null || typeof f !== 'object' || f instanceof PyFloat || f instanceof PyNdArray || f instanceof PyNpScalar || isSeq(f);
      if (constant) { E.setitem(y, [c], A(f)); return; }
      const vals = A(callValue(f, [new PyNdArray(E.getitem(x, [c])), ...(b.__varargs ?? [])], b.__varkw ?? new Map()));
      E.setitem(y, [c], vals);
    });
    y.isScalar = x.ndim === 0 && !(b.x instanceof PyNdArray);
    return wrap(y);
  }],
  ['choose', "a, choices, out=None, mode='raise'", (b) => {
    const idx = A(b.a);
    const choices = isSeq(b.choices) && !(b.choices instanceof PyNdArray) ? (b.choices as PyList).items.map(A) : (() => { const c = A(b.choices); return Array.from({ length: c.shape[0] }, (_, i) => E.getitem(c, [i])); })();
    const shape = E.broadcastShapes(idx.shape.slice(), ...choices.map((c) => c.shape.slice()));
    const ib = E.broadcastTo(idx, shape);
    const cb = choices.map((c) => E.broadcastTo(c, shape));
    let dt = cb[0].dtype;
    for (const c of cb.slice(1)) dt = E.promoteTypes(dt, c.dtype);
    const out = E.zeros(shape, dt);
    const mode = String(b.mode);
    for (let i = 0; i < out.size; i++) {
      let k = Number(ib.get(i));
      if (k < 0 || k >= cb.length) {
        if (mode === 'raise') throwErr('ValueError', 'invalid entry in choice array');
        k = mode === 'wrap' ? ((k % cb.length) + cb.length) % cb.length : Math.min(Math.max(k, 0), cb.length - 1);
      }
      out.set(i, E.astype(E.scalarArray(cb[k].get(i), cb[k].dtype, false), dt).get(0));
    }
    return wrap(out);
  }],
  ['binary_repr', 'num, width=None', (b) => {
    const n = BigInt(toIndex(b.num));
    const w = b.width === null ? null : toIndex(b.width);
    if (n >= 0n) { const t = n.toString(2); return w === null ? t : t.padStart(w, '0'); }
    if (w === null) return '-' + (-n).toString(2);
    const bits = ((1n << BigInt(w)) + n).toString(2);
    return bits.padStart(w, '1');
  }],
  ['base_repr', 'number, base=2, padding=0', (b) => {
    const base = toIndex(b.base);
    if (base > 36) throwErr('ValueError', 'Bases greater than 36 not handled in base_repr.');
    if (base < 2) throwErr('ValueError', 'Bases less than 2 not handled in base_repr.');
    const n = BigInt(toIndex(b.number));
    const digits = (n < 0n ? -n : n).toString(base).toUpperCase();
    return (n < 0n ? '-' : '') + '0'.repeat(toIndex(b.padding)) + digits;
  }],
  ['fromiter', 'iter, dtype, count=-1, *, like=None', (b) => {
    const items = pyIter(b.iter);
    const count = toIndex(b.count);
    const take = count >= 0 ? items.slice(0, count) : items;
    if (count >= 0 && items.length < count) throwErr('ValueError', `iterator too short: Expected ${count} but iterator had only ${items.length} items.`);
    return wrap(take.length ? E.astype(A(new PyList(take)), toDType(b.dtype)) : E.zeros([0], toDType(b.dtype)));
  }],
  ['asarray_chkfinite', 'a, dtype=None, order=None', (b) => {
    const a = toArray(b.a, optDType(b.dtype) ?? undefined);
    if (E.DTYPES[a.dtype].kind === 'f') for (const v of a) if (!Number.isFinite(v as number)) throwErr('ValueError', 'array must not contain infs or NaNs');
    return b.a instanceof PyNdArray && a === b.a.arr ? b.a : new PyNdArray(a);
  }],
  ['isneginf', 'x, out=None', (b) => infSide(b.x, true)],
  ['isposinf', 'x, out=None', (b) => infSide(b.x, false)],
  ['iinfo', 'int_type', (b) => new PyIInfo(infoDType(b.int_type))],
  ['finfo', 'dtype', (b) => new PyFInfo(infoDType(b.dtype))],
];

/** A Python sequence of array-likes as engine arrays (each item converted on its own). */
function listOf(v: PyValue): NDArray[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(A);
  const a = A(v);
  return Array.from({ length: a.shape[0] ?? 0 }, (_, i) => E.getitem(a, [i]));
}

function ints(v: PyValue): number[] {
  return A(v).toArray().map(Number);
}

/** pad_width as NumPy accepts it: int, (before, after), or one pair per axis. */
function padWidths(v: PyValue): number[][] {
  if (!isSeq(v)) return [[toIndex(v)]];
  const items = v instanceof PyNdArray ? E.tolist(v.arr) as unknown[] : (v as PyList | PyTuple).items;
  if (items.every((x) => !isSeq(x as PyValue) && !Array.isArray(x))) return [items.map((x) => (typeof x === 'bigint' || typeof x === 'number' ? Number(x) : toIndex(x as PyValue)))];
  return items.map((x) => (Array.isArray(x) ? x.map(Number) : isSeq(x as PyValue) ? ints(x as PyValue) : [toIndex(x as PyValue)]));
}

function infoDType(v: PyValue): DType {
  if (v instanceof PyNdArray || v instanceof PyNpScalar) return v.arr.dtype;
  if (v instanceof PyFloat) return 'float64';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int64';
  return toDType(v);
}

// ------------------------------------------------------------------------------------------
// iinfo / finfo objects

const iinfoCls = new PyClass('iinfo', [T.object], 'numpy');
const finfoCls = new PyClass('finfo', [T.object], 'numpy');
const RULE = '-'.repeat(63);

class PyIInfo extends PyNative {
  private info: E.IInfo;
  constructor(d: DType) { super(); this.info = guard(() => E.iinfo(d)); }
  pyType(): PyClass { return iinfoCls; }
  override repr(): string { return `iinfo(min=${this.info.min}, max=${this.info.max}, dtype=${this.info.dtype})`; }
  override str(): string { return `Machine parameters for ${this.info.dtype}\n${RULE}\nmin = ${this.info.min}\nmax = ${this.info.max}\n${RULE}\n`; }
  override getattr(name: string): PyValue | undefined {
    const i = this.info;
    switch (name) {
      case 'min': return pyInt(i.min);
      case 'max': return pyInt(i.max);
      case 'bits': return i.bits;
      case 'kind': return i.kind;
      case 'dtype': return new PyDType(i.dtype);
    }
    return undefined;
  }
}

/** NumPy 2.4.6's repr and str body of finfo for the two float dtypes the engine has (fixed texts). */
const FINFO_TEXT: Record<string, [string, string[]]> = {
  float64: ["finfo(resolution=1e-15, min=-1.7976931348623157e+308, max=1.7976931348623157e+308, dtype=float64)",
    ["precision = 15   resolution = 1e-15", "machep = -52   eps =        2.220446049250313e-16", "negep =  -53   epsneg =     1.1102230246251565e-16", "minexp = -1022   tiny =       2.2250738585072014e-308", "maxexp = 1024   max =        1.7976931348623157e+308", "nexp =   11   min =        -max", "smallest_normal = 2.2250738585072014e-308   smallest_subnormal = 5e-324"]],
  float32: ["finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)",
    ["precision = 6   resolution = 1e-06", "machep = -23   eps =        1.1920929e-07", "negep =  -24   epsneg =     5.9604645e-08", "minexp = -126   tiny =       1.1754944e-38", "maxexp = 128   max =        3.4028235e+38", "nexp =   8   min =        -max", "smallest_normal = 1.1754944e-38   smallest_subnormal = 1e-45"]],
};

class PyFInfo extends PyNative {
  private info: E.FInfo;
  constructor(d: DType) { super(); this.info = guard(() => E.finfo(d)); }
  pyType(): PyClass { return finfoCls; }
  override repr(): string { return FINFO_TEXT[this.info.dtype][0]; }
  override str(): string { return `Machine parameters for ${this.info.dtype}\n${RULE}\n${FINFO_TEXT[this.info.dtype][1].join('\n')}\n${RULE}\n`; }
  override getattr(name: string): PyValue | undefined {
    const f = this.info as unknown as Record<string, number | string>;
    if (name === 'dtype') return new PyDType(this.info.dtype);
    if (['bits', 'precision', 'maxexp', 'minexp', 'nmant', 'nexp', 'machep', 'negep', 'iexp'].includes(name)) return f[name === 'iexp' ? 'nexp' : name] as number;
    if (['eps', 'epsneg', 'max', 'min', 'tiny', 'smallest_normal', 'smallest_subnormal', 'resolution'].includes(name)) return wrap(E.scalarArray(f[name] as number, this.info.dtype));
    return undefined;
  }
}

// ------------------------------------------------------------------------------------------
// np.linalg decompositions

/**
 * The named-tuple results of np.linalg (SVDResult, EighResult, QRResult, SlogdetResult):
 * unpack, index and len like a tuple, fields by name, repr `SVDResult(U=array(...), ...)`.
 */
class PyLinalgResult extends PyNative {
  private static classes = new Map<string, PyClass>();
  constructor(private typeName: string, private fields: string[], private items: PyValue[]) { super(); }
  pyType(): PyClass {
    let c = PyLinalgResult.classes.get(this.typeName);
    if (!c) { c = new PyClass(this.typeName, [T.tuple], 'numpy.linalg'); PyLinalgResult.classes.set(this.typeName, c); }
    return c;
  }
  override repr(): string { return `${this.typeName}(${this.fields.map((f, i) => `${f}=${pyRepr(this.items[i])}`).join(', ')})`; }
  override str(): string { return this.repr(); }
  override len(): number { return this.items.length; }
  override iter(): PyIterator { let i = 0; return new PyIterator(() => (i < this.items.length ? this.items[i++] : undefined)); }
  override getitem(key: PyValue): PyValue {
    const n = this.items.length;
    let i = toIndex(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throwErr('IndexError', 'tuple index out of range');
    return this.items[i];
  }
  override getattr(name: string): PyValue | undefined {
    const i = this.fields.indexOf(name);
    return i >= 0 ? this.items[i] : undefined;
  }
}
function scalarize(a: NDArray): NDArray {
  const c = E.copy(a);
  c.isScalar = true;
  return c;
}
const named = (typeName: string, fields: string[], xs: NDArray[]): PyValue => new PyLinalgResult(typeName, fields, xs.map(wrap));

type Def = (name: string, sig: string, impl: Impl) => void;

/** Registers the decompositions on np.linalg with NumPy's signatures (called by npfuncs.ts's makeLinalg). */
export function installLinalgExtras(def: Def): void {
  def('svd', 'a, full_matrices=True, compute_uv=True, hermitian=False', (b) => {
    const r = E.svd(A(b.a), truthy(b.full_matrices), truthy(b.compute_uv), truthy(b.hermitian));
    return Array.isArray(r) ? named('SVDResult', ['U', 'S', 'Vh'], r) : wrap(r);
  });
  def('qr', "a, mode='reduced'", (b) => {
    const r = E.qr(A(b.a), String(b.mode) as E.QrMode);
    return Array.isArray(r) ? named('QRResult', ['Q', 'R'], r) : wrap(r);
  });
  def('eigh', "a, UPLO='L'", (b) => named('EighResult', ['eigenvalues', 'eigenvectors'], E.eigh(A(b.a), String(b.UPLO))));
  def('eigvalsh', "a, UPLO='L'", (b) => wrap(E.eigvalsh(A(b.a), String(b.UPLO))));
  def('cholesky', 'a, /, *, upper=False', (b) => wrap(E.cholesky(A(b.a), truthy(b.upper))));
  def('lstsq', 'a, b, rcond=None', (b) => tuple(E.lstsq(A(b.a), A(b.b), b.rcond === null ? null : num(b.rcond))));
  def('pinv', 'a, rcond=None, hermitian=False, *, rtol=None', (b) => wrap(E.pinv(A(b.a), b.rcond === null ? null : num(b.rcond), b.rtol === null ? undefined : num(b.rtol))));
  def('matrix_rank', 'A, tol=None, hermitian=False, *, rtol=None', (b) => {
    const r = E.matrixRank(A(b.A), b.tol === null ? null : num(b.tol), b.rtol === null ? null : num(b.rtol));
    return typeof r === 'number' ? r : wrap(r);
  });
  def('cond', 'x, p=None', (b) => {
    const x = A(b.x);
    const p = b.p === null ? null : typeof b.p === 'string' ? b.p : num(b.p);
    if (p !== null && p !== 2 && p !== -2) throwErr('NotImplementedError', 'np.linalg.cond with p other than None/2/-2 is not available in this build of the Shapewise engine yet');
    const sv = E.svd(x, false, false) as NDArray;
    const k = sv.shape[sv.ndim - 1];
    const first = E.getitem(sv, ['...', 0]), last = E.getitem(sv, ['...', k - 1]);
    const r = p === -2 ? E.ufunc2('divide', last, first) : E.ufunc2('divide', first, last);
    if (r.ndim === 0) r.isScalar = true;
    return wrap(r);
  });
  def('multi_dot', 'arrays, *, out=None', (b) => {
    const xs = (b.arrays instanceof PyList || b.arrays instanceof PyTuple ? b.arrays.items : []).map(A);
    if (xs.length < 2) throwErr('ValueError', 'Expecting at least two arrays.');
    const firstVec = xs[0].ndim === 1, lastVec = xs[xs.length - 1].ndim === 1;
    if (firstVec) xs[0] = E.reshape(xs[0], [1, -1]);
    if (lastVec) xs[xs.length - 1] = E.reshape(xs[xs.length - 1], [-1, 1]);
    let r = xs[0];
    for (let i = 1; i < xs.length; i++) r = E.dot(r, xs[i]);
    if (firstVec && lastVec) return wrap(scalarize(E.reshape(r, [])));
    if (firstVec) return wrap(E.reshape(r, [r.shape[1]]));
    if (lastVec) return wrap(E.reshape(r, [r.shape[0]]));
    return wrap(r);
  });
  def('slogdet', 'a', (b) => named('SlogdetResult', ['sign', 'logabsdet'], E.slogdet(A(b.a))));
  def('matrix_power', 'a, n', (b) => wrap(E.matrixPower(A(b.a), toIndex(b.n))));
}

// ------------------------------------------------------------------------------------------
// ufunc.at

/** `np.<ufunc>.at(a, indices, b=None)`: unbuffered in-place application (repeated indices accumulate). */
export function ufuncAtMethod(ufuncName: string, nin: number): PyBuiltin {
  return new PyBuiltin('at', (args: PyValue[], kw: Kwargs) => guard(() => {
    const a = args[0] ?? kw?.get('a');
    const key = args[1] ?? kw?.get('indices');
    const bv = args[2] ?? kw?.get('b') ?? null;
    if (!(a instanceof PyNdArray)) throwErr('TypeError', 'first operand must be array');
    if (nin === 2 && bv === null) throwErr('ValueError', 'second operand needed for ufunc');
    if (nin === 1 && bv !== null) throwErr('ValueError', 'second operand provided when ufunc is unary');
    // positions of the selected elements: index an array of flat positions with the same key
    const arr = a.arr;
    const pos = E.reshape(E.arange(0n, BigInt(arr.size)), arr.shape);
    const sel = arrayGetItem(pos, key as PyValue);
    const selArr = sel instanceof PyNdArray || sel instanceof PyNpScalar ? sel.arr : A(sel);
    E.ufuncAtFlat(ufuncName, arr, selArr, bv === null ? null : toOperand(bv));
    return null;
  }));
}

void asInt;

// ------------------------------------------------------------------------------------------
// np.vectorize

const vectorizeCls = new PyClass('vectorize', [T.object], 'numpy');

/** One element of an engine array as the NumPy scalar np.vectorize hands the function. */
function pyElement(a: NDArray, flat: number): PyValue {
  return wrap(E.scalarArray(a.get(flat), a.dtype));
}

/**
 * np.vectorize(pyfunc, otypes, excluded, signature): calls pyfunc once per broadcast element
 * (Python scalars in, results gathered into arrays). Without otypes NumPy first calls pyfunc on
 * the first elements to learn the output dtypes, so that element is computed twice, as here.
 * With a signature ('(n),(n)->()'), pyfunc gets the core sub-arrays of each loop index.
 */
class PyVectorize extends PyNative {
  private readonly otypes: DType[] | null;
  private readonly excluded: Set<string | number>;
  constructor(private readonly fn: PyValue, otypes: PyValue, excluded: PyValue, private readonly signature: string | null, private readonly cache = false) {
    super();
    this.otypes = otypes === null ? null : typeof otypes === 'string' ? [...otypes].map((c) => toDType(c)) : (isSeq(otypes) ? (otypes as PyList).items : [otypes]).map(toDType);
    this.excluded = new Set(excluded === null ? [] : (excluded as PyList).items.map((v) => (typeof v === 'string' ? v : toIndex(v))));
  }
  pyType(): PyClass { return vectorizeCls; }
  override getattr(name: string): PyValue | undefined {
    if (name === 'pyfunc') return this.fn;
    if (name === '__name__' || name === '__doc__') return getattrOpt(this.fn, name) ?? null;
    if (name === 'otypes') return this.otypes === null ? null : this.otypes.map((d) => E.DTYPES[d].kind).join('');
    return undefined;
  }
  override call(args: PyValue[], kwargs: Kwargs): PyValue {
    return guard(() => {
      const names: (number | string)[] = [];
      const vals: PyValue[] = [];
      args.forEach((v, i) => { if (!this.excluded.has(i)) { names.push(i); vals.push(v); } });
      for (const [k, v] of kwargs ?? []) if (!this.excluded.has(k)) { names.push(k); vals.push(v); }
      const call = (items: PyValue[]) => {
        const pos = args.slice();
        const kw = new Map(kwargs ?? []);
        names.forEach((n, j) => { if (typeof n === 'number') pos[n] = items[j]; else kw.set(n, items[j]); });
        return callValue(this.fn, pos, kw);
      };
      const arrays = vals.map((v) => A(v));
      return this.signature === null ? this.elementwise(arrays, call) : this.withSignature(arrays, call);
    });
  }
  private elementwise(arrays: NDArray[], call: (items: PyValue[]) => PyValue): PyValue {
    const shape = E.broadcastShapes(...arrays.map((a) => a.shape.slice()));
    const bcast = arrays.map((a) => E.broadcastTo(a, shape));
    const size = shape.reduce((p, d) => p * d, 1);
    let otypes = this.otypes;
    let cached: PyValue | undefined;
    if (otypes === null) {
      if (size === 0) throwErr('ValueError', 'cannot call `vectorize` on size 0 inputs unless `otypes` is set');
      const first = call(bcast.map((a) => pyElement(a, 0)));
      if (this.cache) cached = first; // cache=True: the probing call's result is reused for element 0
      otypes = (first instanceof PyTuple ? first.items : [first]).map((r) => A(r).dtype);
    }
    const nout = otypes.length;
    const results: PyValue[][] = Array.from({ length: nout }, () => []);
    for (let i = 0; i < size; i++) {
      const r = i === 0 && cached !== undefined ? cached : call(bcast.map((a) => pyElement(a, i)));
      if (nout === 1) results[0].push(r);
      else {
        const items = r instanceof PyTuple ? r.items : [];
        if (items.length !== nout) throwErr('ValueError', `wrong number of outputs from pyfunc: expected ${nout}, got ${items.length}`);
        items.forEach((x, k) => results[k].push(x));
      }
    }
    const outs = results.map((rs, k) => {
      const flat = rs.length ? E.astype(A(new PyList(rs)), otypes![k]) : E.zeros([0], otypes![k]);
      const a = E.reshape(flat, shape);
      a.isScalar = false;
      return new PyNdArray(a) as PyValue;
    });
    return nout === 1 ? outs[0] : new PyTuple(outs);
  }
  private withSignature(arrays: NDArray[], call: (items: PyValue[]) => PyValue): PyValue {
    const m = /^\s*(.*?)\s*->\s*(.*?)\s*$/.exec(this.signature!);
    const parse = (side: string): string[][] => [...side.matchAll(/\(([^)]*)\)/g)].map((g) => g[1].split(',').map((x) => x.trim()).filter((x) => x));
    if (!m) throwErr('ValueError', `not a valid gufunc signature: ${this.signature}`);
    const ins = parse(m[1]);
    const outsCore = parse(m[2]);
    if (ins.length !== arrays.length) throwErr('TypeError', `wrong number of positional arguments: expected ${ins.length}, got ${arrays.length}`);
    const sizes = new Map<string, number>();
    const loops = arrays.map((a, i) => {
      const core = ins[i];
      if (a.ndim < core.length) throwErr('ValueError', `${i === 0 ? 'input' : 'input'} with dimensions ${a.ndim} do not have enough dimensions for core signature (${core.join(',')})`);
      core.forEach((dim, k) => {
        const n = a.shape[a.ndim - core.length + k];
        if (sizes.has(dim) && sizes.get(dim) !== n) throwErr('ValueError', `inconsistent size for core dimension '${dim}': ${n} vs ${sizes.get(dim)}`);
        sizes.set(dim, n);
      });
      return a.shape.slice(0, a.ndim - core.length);
    });
    const loop = E.broadcastShapes(...loops);
    const bcast = arrays.map((a, i) => E.broadcastTo(a, [...loop, ...a.shape.slice(a.ndim - ins[i].length)]));
    const count = loop.reduce((p, d) => p * d, 1);
    const results: NDArray[][] = outsCore.map(() => []);
    for (let f = 0; f < count; f++) {
      const idx: number[] = [];
      let rem = f;
      for (let d = loop.length - 1; d >= 0; d--) { idx.unshift(rem % loop[d]); rem = Math.floor(rem / loop[d]); }
      const r = call(bcast.map((a) => { const s = E.getitem(a, idx); s.isScalar = false; return wrap(s); }));
      const items = outsCore.length === 1 ? [r] : r instanceof PyTuple ? r.items : [];
      if (items.length !== outsCore.length) throwErr('ValueError', `wrong number of outputs from pyfunc: expected ${outsCore.length}, got ${items.length}`);
      items.forEach((x, k) => results[k].push(A(x)));
    }
    if (count === 0) throwErr('ValueError', 'cannot call `vectorize` with a signature including new output dimensions on size 0 inputs');
    const outs = results.map((rs, k) => {
      const dt = this.otypes ? this.otypes[k] : rs[0].dtype;
      const a = E.reshape(E.astype(E.stack(rs, 0), dt), [...loop, ...rs[0].shape]);
      a.isScalar = false;
      return a.ndim === 0 ? wrap(Object.assign(a, { isScalar: false })) : new PyNdArray(a);
    });
    return outs.length === 1 ? outs[0] : new PyTuple(outs);
  }
}

// ------------------------------------------------------------------------------------------
// numpy.lib.stride_tricks

/** The numpy.lib.stride_tricks module: as_strided, sliding_window_view, broadcast_to/arrays. */
export function makeStrideTricks(def: (m: PyModule, name: string, sig: string, impl: Impl) => void): PyModule {
  const m = new PyModule('numpy.lib.stride_tricks');
  def(m, 'as_strided', 'x, shape=None, strides=None, subok=False, writeable=True', (b) => new PyNdArray(E.asStrided(A(b.x), b.shape === null ? null : ints(b.shape), b.strides === null ? null : ints(b.strides), truthy(b.writeable))));
  def(m, 'sliding_window_view', 'x, window_shape, axis=None, *, subok=False, writeable=False', (b) => {
    const w = isSeq(b.window_shape) ? ints(b.window_shape) : [toIndex(b.window_shape)];
    const axis = b.axis === null ? null : isSeq(b.axis) ? ints(b.axis) : [toIndex(b.axis)];
    return new PyNdArray(E.slidingWindowView(A(b.x), w, axis, truthy(b.writeable)));
  });
  def(m, 'broadcast_to', 'array, shape, subok=False', (b) => new PyNdArray(E.broadcastTo(A(b.array), isSeq(b.shape) ? ints(b.shape) : [toIndex(b.shape)])));
  return m;
}

// ------------------------------------------------------------------------------------------
// np.block

/** np.block: nested lists concatenated innermost along the last axis, then -2, ... (arrays padded to the result's ndim). */
function blockOf(v: PyValue): NDArray {
  // NumPy's _block_check_depths_match: the index path of the first leaf of each item must agree in length
  const firstIndex = (x: PyValue, parent: (number | null)[]): (number | null)[] => {
    if (x instanceof PyTuple) throwErr('TypeError', `arrays is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit conversion from tuple to ndarray.`);
    if (!(x instanceof PyList)) return parent;
    if (x.items.length === 0) return [...parent, null];
    let first = firstIndex(x.items[0], [...parent, 0]);
    for (let i = 1; i < x.items.length; i++) {
      const idx = firstIndex(x.items[i], [...parent, i]);
      if (idx.length !== first.length) {
        throwErr('ValueError', `List depths are mismatched. First element was at depth ${first.length}, but there is an element at depth ${idx.length} (arrays${idx.filter((k) => k !== null).map((k) => `[${k}]`).join('')})`);
      }
      if (idx[idx.length - 1] === null) first = idx;
    }
    return first;
  };
  const first = firstIndex(v, []);
  if (first.length && first[first.length - 1] === null) {
    throwErr('ValueError', `List at arrays${first.slice(0, -1).map((k) => `[${k}]`).join('')} cannot be empty`);
  }
  const depth = first.length;
  let ndim = depth;
  const leaves: NDArray[] = [];
  const collect = (x: PyValue): void => { if (x instanceof PyList) x.items.forEach(collect); else { const a = A(x); leaves.push(a); ndim = Math.max(ndim, a.ndim); } };
  collect(v);
  const build = (x: PyValue, level: number): NDArray => {
    if (!(x instanceof PyList)) {
      const a = A(x);
      return a.ndim < ndim ? E.reshape(a, [...Array(ndim - a.ndim).fill(1), ...a.shape]) : a;
    }
    return E.concatenate(x.items.map((y) => build(y, level + 1)), ndim - (depth - level));
  };
  const r = build(v, 0);
  return depth === 0 ? E.copy(r) : r;
}

/** np.isneginf / np.isposinf: isinf and the sign bit (a NumPy bool scalar for a scalar input). */
function infSide(v: PyValue, negative: boolean): PyValue {
  const x = A(v);
  const sign = E.ufunc1('signbit', x);
  const r = E.ufunc2('logical_and', E.ufunc1('isinf', x), negative ? sign : E.ufunc1('logical_not', sign));
  r.isScalar = x.ndim === 0 && !(v instanceof PyNdArray);
  return wrap(r);
}

// ------------------------------------------------------------------------------------------
// np.mgrid / np.ogrid

const gridCls = new PyClass('MGridClass', [T.object], 'numpy.lib._index_tricks_impl');

/** np.mgrid[...] (dense: stacked index grids) and np.ogrid[...] (open: one broadcastable array per axis). */
export class PyGrid extends PyNative {
  constructor(private readonly sparse: boolean, private readonly npFunction: (name: string) => PyValue) { super(); }
  pyType(): PyClass { return gridCls; }
  override repr(): string { return `<numpy.lib._index_tricks_impl.${this.sparse ? 'OGridClass' : 'MGridClass'} object>`; }
  private axis(v: PyValue): NDArray {
    if (!(v instanceof PySlice)) throwErr('TypeError', `np.${this.sparse ? 'ogrid' : 'mgrid'} takes slices (start:stop:step)`);
    const start = v.start ?? 0;
    if (v.step instanceof PyComplex) return A(callValue(this.npFunction('linspace'), [start, v.stop, Math.abs(v.step.im)], null));
    return A(callValue(this.npFunction('arange'), [start, v.stop, v.step ?? 1], null));
  }
  override getitem(key: PyValue): PyValue {
    const single = !(key instanceof PyTuple);
    const axes = (key instanceof PyTuple ? key.items : [key]).map((v) => this.axis(v));
    return guard(() => {
      const isFloat = axes.some((a) => E.DTYPES[a.dtype].kind === 'f');
      const dt: DType = isFloat ? 'float64' : 'int64';
      const cast = axes.map((a) => (a.dtype === dt ? a : E.astype(a, dt)));
      if (single) return new PyNdArray(cast[0]);
      const shape = cast.map((a) => a.shape[0]);
      const open = cast.map((a, k) => E.reshape(a, shape.map((n, j) => (j === k ? n : 1))));
      if (this.sparse) return new PyTuple(open.map((a) => new PyNdArray(a)));
      return new PyNdArray(E.stack(open.map((a) => E.broadcastTo(a, shape)), 0));
    });
  }
}

/** np.unique with every optional output (values, first indices, inverse, counts). */
function uniqueParts(x: NDArray): { values: NDArray; indices: NDArray; inverse: NDArray; counts: NDArray } {
  const r = E.unique(x, { returnIndex: true, returnInverse: true, returnCounts: true }) as unknown as Record<string, NDArray | undefined>;
  return { values: (r.values ?? r.unique)!, indices: (r.indices ?? r.index)!, inverse: r.inverse!, counts: r.counts! };
}

// ------------------------------------------------------------------------------------------
// modf, frexp, ldexp, nextafter, spacing: exact bit-level float helpers

const copySign = (m: number, s: number): number => (s < 0 || Object.is(s, -0) ? -Math.abs(m) : Math.abs(m));

/** [mantissa in [0.5, 1), exponent] with x = m * 2^e (C frexp; 0, inf and nan give [x, 0]). */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  let ex = (dv.getUint16(0) >> 4) & 0x7ff;
  let adj = 0;
  if (ex === 0) { dv.setFloat64(0, x * 2 ** 64); ex = (dv.getUint16(0) >> 4) & 0x7ff; adj = -64; }
  const e = ex - 1022 + adj;
  dv.setUint16(0, (dv.getUint16(0) & 0x800f) | (1022 << 4));
  return [dv.getFloat64(0), e];
}

/** x * 2^e rounded once (C ldexp). */
function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x) || !Number.isFinite(e)) return x;
  const [m, ex] = frexp(x);
  const t = ex + e;
  if (t > 1024) return copySign(Infinity, x);
  if (t >= -1021) return m * 2 * 2 ** (t - 1);
  if (t < -1075) return copySign(0, x);
  return m * 2 ** (t + 1022) * 2 ** -1022;
}

/** The next representable float64 (or float32) after x toward y. */
function nextAfter(x: number, y: number, f32: boolean): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (f32) {
    const b = new Float32Array([x]);
    const u = new Int32Array(b.buffer);
    if (x === 0) { u[0] = 1; return y > 0 ? b[0] : -b[0]; }
    u[0] += (y > x) === (x > 0) ? 1 : -1;
    return b[0];
  }
  const b = new Float64Array([x]);
  const u = new BigInt64Array(b.buffer);
  if (x === 0) { u[0] = 1n; return y > 0 ? b[0] : -b[0]; }
  u[0] += (y > x) === (x > 0) ? 1n : -1n;
  return b[0];
}

/** Elementwise float function with one or two outputs (NumPy's float dtype kept; ints and bools give float64). */
function floatParts(v: PyValue, f: (x: number, f32: boolean) => number[], kinds: ('float' | 'int32')[]): PyValue {
  const x = A(v);
  const dt: DType = x.dtype === 'float32' ? 'float32' : 'float64';
  const xs = x.dtype === dt ? x : E.astype(x, dt);
  const outs = kinds.map((k) => E.zeros(x.shape.slice(), k === 'int32' ? 'int32' : dt));
  for (let i = 0; i < xs.size; i++) {
    const r = f(xs.get(i) as number, dt === 'float32');
    outs.forEach((o, k) => o.set(i, r[k]));
  }
  const scalar = x.ndim === 0 && !(v instanceof PyNdArray);
  outs.forEach((o) => { o.isScalar = scalar; });
  return outs.length === 1 ? wrap(outs[0]) : new PyTuple(outs.map(wrap));
}

/** The overflow / underflow flags of an ldexp / nextafter / spacing result, reported as NumPy's ufunc does. */
function withScaleFlags(op: 'ldexp' | 'nextafter' | 'spacing', a: PyValue, b: PyValue, res: PyValue): PyValue {
  const interp = current.interp;
  const r = res instanceof PyNdArray || res instanceof PyNpScalar ? res.arr : null;
  if (!interp || !r || !fpChecking()) return res;
  const shape = r.shape.slice();
  const xb = E.broadcastTo(A(a), shape), yb = E.broadcastTo(A(b), shape);
  const under = fpCheckingUnder();
  let over = false, tiny = false;
  for (let i = 0; i < r.size; i++) {
    const fl = scaleOpFlags(op, Number(xb.get(i)), Number(yb.get(i)), r.get(i) as number, r.dtype);
    over ||= fl.over;
    tiny ||= under && fl.under;
  }
  const flags: FpFlag[] = [...(over ? ['over' as const] : []), ...(tiny ? ['under' as const] : [])];
  if (flags.length) handleFpFlags(interp, flags, op);
  return res;
}

/** Elementwise (float, number) -> float with broadcasting; the first operand's float dtype is kept. */
function floatBinary(a: PyValue, b: PyValue, f: (x: number, y: number, f32: boolean) => number): PyValue {
  const x = A(a), y = A(b);
  const dt: DType = x.dtype === 'float32' && (y.dtype === 'float32' || E.DTYPES[y.dtype].kind !== 'f') ? 'float32' : 'float64';
  const shape = E.broadcastShapes(x.shape.slice(), y.shape.slice());
  const xb = E.broadcastTo(x, shape), yb = E.broadcastTo(y, shape);
  const out = E.zeros(shape, dt);
  for (let i = 0; i < out.size; i++) out.set(i, f(Number(xb.get(i)), Number(yb.get(i)), dt === 'float32'));
  out.isScalar = x.ndim === 0 && y.ndim === 0 && !(a instanceof PyNdArray) && !(b instanceof PyNdArray);
  return wrap(out);
}

// ------------------------------------------------------------------------------------------
// np.format_float_positional / format_float_scientific (the printing module's Dragon4)

function floatArg(v: PyValue): { x: number; kind: FloatKind } {
  const a = A(v);
  if (a.size !== 1 || E.DTYPES[a.dtype].kind !== 'f') throwErr('TypeError', 'not a float');
  const kind: FloatKind = a.dtype === 'float32' ? 'float32' : (a.dtype as string) === 'float16' ? 'float16' : 'float64';
  return { x: a.get(0) as number, kind };
}

function dragonOpts(b: Args): { precision?: number; unique: boolean; trim: 'k' | '.' | '0' | '-'; sign: boolean; padLeft?: number; minDigits?: number } {
  const trim = String(b.trim);
  if (!['k', '.', '0', '-'].includes(trim)) throwErr('ValueError', "Trim mode must be one of 'k', '.', '0', '-'");
  return {
    precision: b.precision === null ? undefined : toIndex(b.precision),
    unique: truthy(b.unique),
    trim: trim as 'k',
    sign: truthy(b.sign),
    padLeft: b.pad_left === null ? undefined : toIndex(b.pad_left),
    minDigits: b.min_digits === null ? undefined : toIndex(b.min_digits),
  };
}
