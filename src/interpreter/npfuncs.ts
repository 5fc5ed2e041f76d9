// The `numpy` module of the evaluator: one data table of np functions with their Python
// signatures (positional and keyword names, defaults) mapped onto engine calls, the ndarray
// methods (most delegate to the same table with the array as first argument), np.random
// (legacy RandomState + default_rng Generator), np.linalg, constants, dtypes, errstate and
// printoptions. Shape operations the engine does not export yet are done here as strided views.
import * as E from '../engine';
import * as U from '../engine/ufunc';
import * as R from '../engine/reduce';
import * as S from '../engine/sort';
import type { NDArray, DType } from '../engine';
import { DEFAULT_PRINT_OPTIONS, printOptionsEntries, updatePrintOptions, type PrintOptionsUpdate } from '../engine/print';
import { RandomState } from '../engine/random/legacy';
import { Generator } from '../engine/random/generator';
import type { RandomArray } from '../engine/random/result';
import {
  Kwargs, PyBuiltin, PyClass, PyDict, PyFloat, PyList, PyModule, PyNative, PyTuple, PyValue, normBig,
} from './values';
import { T, pyErr, throwErr } from './types';
import { asFloat, asInt, callValue, dictSet, toArray as toPyList, toIndex, truthy } from './runtime';
import { bind, signature, Signature } from './args';
import { Interpreter, moduleFactories } from './interp';
import {
  ABSTRACT_TYPES, ARRAY_METHODS, ENG, NP_EXC, PyDType, PyNdArray, PyNpScalar, SCALAR_TYPES, guard, matmul, ndarrayCls,
  nestedToPy, optDType, printOptions, setPrintOptions, toArray, toDType, toOperand, toShape, wrap,
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
const num = (v: PyValue): number => {
  const f = asFloat(v);
  if (f === undefined) throwErr('TypeError', `must be real number, not ${typeof v}`);
  return f;
};
function normAxis(ax: number, ndim: number): number {
  if (ax < -ndim || ax >= ndim) throw guardErr('AxisError', `axis ${ax} is out of bounds for array of dimension ${ndim}`);
  return ax < 0 ? ax + ndim : ax;
}
function guardErr(type: string, msg: string) {
  return new E.EngineError(type as never, msg);
}
function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

// ------------------------------------------------------------------------------------------
// Shape operations as views (until the engine exports them)

function makeView(a: NDArray, shape: number[], strides: number[], offset = a.offset): NDArray {
  const Ctor = a.constructor as new (d: E.TypedArray, s: readonly number[], t: DType, st?: readonly number[], o?: number, b?: NDArray | null) => NDArray;
  return new Ctor(a.data, shape, a.dtype, strides, offset, a.base ?? a);
}

function contiguous(a: NDArray): NDArray {
  return a.isCContiguous ? a : E.copy(a);
}

export function reshape(a: NDArray, shapeIn: number[]): NDArray {
  if (ENG.reshape && ENG.reshape !== reshape) return ENG.reshape(a, shapeIn);
  const shape = shapeIn.slice();
  const neg = shape.filter((d) => d === -1).length;
  if (neg > 1) throw guardErr('ValueError', 'can only specify one unknown dimension');
  const known = shape.filter((d) => d !== -1).reduce((x, y) => x * y, 1);
  if (neg) {
    if (known === 0 || a.size % known !== 0) throw guardErr('ValueError', `cannot reshape array of size ${a.size} into shape ${shapeText(shapeIn.map((d) => d))}`);
    shape[shape.indexOf(-1)] = a.size / known;
  }
  if (shape.some((d) => d < -1)) throw guardErr('ValueError', 'negative dimensions not allowed');
  if (shape.reduce((x, y) => x * y, 1) !== a.size) throw guardErr('ValueError', `cannot reshape array of size ${a.size} into shape ${shapeText(shapeIn)}`);
  const c = contiguous(a);
  return makeView(c, shape, E.cStrides(shape), c.offset);
}

export function transpose(a: NDArray, axes: number[] | null): NDArray {
  const nd = a.ndim;
  const perm = axes ?? [...Array(nd).keys()].reverse();
  if (perm.length !== nd) throw guardErr('ValueError', "axes don't match array");
  const p = perm.map((x) => normAxis(x, nd));
  if (new Set(p).size !== nd) throw guardErr('ValueError', 'repeated axis in transpose');
  return makeView(a, p.map((k) => a.shape[k]), p.map((k) => a.strides[k]));
}

function expandDims(a: NDArray, axis: number | number[]): NDArray {
  const axes = Array.isArray(axis) ? axis : [axis];
  const nd = a.ndim + axes.length;
  const norm = axes.map((x) => normAxis(x, nd));
  const shape: number[] = [], strides: number[] = [];
  let j = 0;
  for (let i = 0; i < nd; i++) {
    if (norm.includes(i)) { shape.push(1); strides.push(0); } else { shape.push(a.shape[j]); strides.push(a.strides[j]); j++; }
  }
  return makeView(a, shape, strides);
}

function squeeze(a: NDArray, axis: number | number[] | null): NDArray {
  let axes: number[];
  if (axis === null) axes = a.shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
  else {
    axes = (Array.isArray(axis) ? axis : [axis]).map((x) => normAxis(x, a.ndim));
    for (const x of axes) if (a.shape[x] !== 1) throw guardErr('ValueError', 'cannot select an axis to squeeze out which has size not equal to one');
  }
  const keep = a.shape.map((_, i) => i).filter((i) => !axes.includes(i));
  return makeView(a, keep.map((i) => a.shape[i]), keep.map((i) => a.strides[i]));
}

function broadcastTo(a: NDArray, shape: number[]): NDArray {
  const nd = shape.length;
  if (a.ndim > nd) throw guardErr('ValueError', `input operand has more dimensions than allowed by the axis remapping`);
  const strides: number[] = [];
  for (let i = 0; i < nd; i++) {
    const j = i - (nd - a.ndim);
    if (j < 0) { strides.push(0); continue; }
    if (a.shape[j] === shape[i]) strides.push(a.strides[j]);
    else if (a.shape[j] === 1) strides.push(0);
    else throw guardErr('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${shapeText(a.shape).replace(/ /g, '')}  and requested shape ${shapeText(shape).replace(/ /g, '')}`);
  }
  const v = makeView(a, shape, strides);
  v.writeable = false;
  return v;
}

function concatenate(arrs: NDArray[], axis: number | null): NDArray {
  if (ENG.concatenate) return ENG.concatenate(arrs, axis);
  if (!arrs.length) throw guardErr('ValueError', 'need at least one array to concatenate');
  if (axis === null) { arrs = arrs.map((a) => reshape(a, [-1])); axis = 0; }
  const nd = arrs[0].ndim;
  if (nd === 0) throw guardErr('ValueError', 'zero-dimensional arrays cannot be concatenated');
  const ax = normAxis(axis, nd);
  arrs.forEach((a, i) => {
    if (a.ndim !== nd) throw guardErr('ValueError', `all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`);
    for (let k = 0; k < nd; k++) if (k !== ax && a.shape[k] !== arrs[0].shape[k]) {
      throw guardErr('ValueError', `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${k}, the array at index 0 has size ${arrs[0].shape[k]} and the array at index ${i} has size ${a.shape[k]}`);
    }
  });
  const dt = arrs.map((a) => a.dtype).reduce((x, y) => E.promoteTypes(x, y));
  const shape = arrs[0].shape.slice();
  shape[ax] = arrs.reduce((s, a) => s + a.shape[ax], 0);
  const out = E.zeros(shape, dt);
  let pos = 0;
  for (const a of arrs) {
    const strides = out.strides.slice();
    const sub = makeView(out, a.shape.slice(), strides, out.offset + pos * out.strides[ax]);
    U.assignArray(sub, a.dtype === dt ? a : E.astype(a, dt));
    pos += a.shape[ax];
  }
  return out;
}

function stack(arrs: NDArray[], axis: number): NDArray {
  if (!arrs.length) throw guardErr('ValueError', 'need at least one array to stack');
  const s0 = arrs[0].shape;
  for (const a of arrs) if (a.ndim !== s0.length || a.shape.some((d, i) => d !== s0[i])) throw guardErr('ValueError', 'all input arrays must have the same shape');
  const ax = normAxis(axis, s0.length + 1);
  return concatenate(arrs.map((a) => expandDims(a, ax)), ax);
}

function atleast(a: NDArray, n: number): NDArray {
  if (a.ndim >= n) return a;
  if (n === 1) return reshape(a, [1]);
  if (n === 2) return a.ndim === 0 ? reshape(a, [1, 1]) : expandDims(a, 0);
  return a.ndim === 0 ? reshape(a, [1, 1, 1]) : a.ndim === 1 ? reshape(a, [1, a.shape[0], 1]) : expandDims(a, 2);
}

function localMatmul(a: NDArray, b: NDArray): NDArray {
  if (a.ndim === 0 || b.ndim === 0) throw guardErr('ValueError', "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
  const a2 = a.ndim === 1 ? reshape(a, [1, a.shape[0]]) : a;
  const b2 = b.ndim === 1 ? reshape(b, [b.shape[0], 1]) : b;
  const n = a2.shape[a2.ndim - 2], k = a2.shape[a2.ndim - 1], k2 = b2.shape[b2.ndim - 2], m = b2.shape[b2.ndim - 1];
  if (k !== k2) {
    throw guardErr('ValueError', `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${k2} is different from ${k})`);
  }
  const batchA = a2.shape.slice(0, -2), batchB = b2.shape.slice(0, -2);
  const nb = Math.max(batchA.length, batchB.length);
  const batch: number[] = [];
  for (let i = 0; i < nb; i++) {
    const x = batchA[i - (nb - batchA.length)] ?? 1, y = batchB[i - (nb - batchB.length)] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw guardErr('ValueError', `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${k2} is different from ${k})`);
    batch.push(Math.max(x, y));
  }
  let dt = E.promoteTypes(a.dtype, b.dtype);
  if (dt === 'bool') dt = 'bool';
  const isF = E.DTYPES[dt].kind === 'f';
  const A2 = broadcastTo(a2, [...batch, n, k]), B2 = broadcastTo(b2, [...batch, k, m]);
  const out = E.zeros([...batch, n, m], dt);
  const nbatch = batch.reduce((x, y) => x * y, 1);
  const bstr = E.cStrides(batch);
  const od = out.data as unknown as { [i: number]: number | bigint };
  const ad = A2.data as unknown as { [i: number]: number | bigint }, bd = B2.data as unknown as { [i: number]: number | bigint };
  for (let t = 0; t < nbatch; t++) {
    let ao = A2.offset, bo = B2.offset, rem = t;
    for (let q = 0; q < batch.length; q++) { const i = Math.floor(rem / bstr[q]); rem -= i * bstr[q]; ao += i * A2.strides[q]; bo += i * B2.strides[q]; }
    const as0 = A2.strides[batch.length], as1 = A2.strides[batch.length + 1], bs0 = B2.strides[batch.length], bs1 = B2.strides[batch.length + 1];
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
      if (isF) {
        let s = 0;
        for (let p = 0; p < k; p++) s += Number(ad[ao + i * as0 + p * as1]) * Number(bd[bo + p * bs0 + j * bs1]);
        od[t * n * m + i * m + j] = dt === 'float32' ? Math.fround(s) : s;
      } else if (dt === 'bool') {
        let s = false;
        for (let p = 0; p < k; p++) s = s || (Boolean(ad[ao + i * as0 + p * as1]) && Boolean(bd[bo + p * bs0 + j * bs1]));
        od[t * n * m + i * m + j] = s ? 1 : 0;
      } else {
        let s = 0n;
        for (let p = 0; p < k; p++) s += BigInt(ad[ao + i * as0 + p * as1]) * BigInt(bd[bo + p * bs0 + j * bs1]);
        od[t * n * m + i * m + j] = typeof od[0] === 'bigint' ? BigInt.asIntN(64, s) : Number(BigInt.asIntN(32, s));
      }
    }
  }
  let res = out;
  if (a.ndim === 1 && b.ndim === 1) { res = reshape(out, []); res.isScalar = true; return E.scalarArray(res.get(0), dt); }
  if (a.ndim === 1) res = reshape(out, [...batch, m]);
  else if (b.ndim === 1) res = reshape(out, [...batch, n]);
  return res;
}
if (!ENG.matmul) ENG.matmul = localMatmul;

function dot(a: NDArray, b: NDArray): NDArray {
  if (a.ndim === 0 || b.ndim === 0) return U.ufunc2('multiply', a, b);
  if (a.ndim <= 2 && b.ndim <= 2) {
    if (a.shape[a.ndim - 1] !== b.shape[b.ndim === 1 ? 0 : b.ndim - 2]) {
      throw guardErr('ValueError', `shapes ${shapeText(a.shape)} and ${shapeText(b.shape)} not aligned: ${a.shape[a.ndim - 1]} (dim ${a.ndim - 1}) != ${b.shape[b.ndim === 1 ? 0 : b.ndim - 2]} (dim ${b.ndim === 1 ? 0 : b.ndim - 2})`);
    }
    return ENG.matmul(a, b);
  }
  return ENG.matmul(a, b);
}

function flipView(a: NDArray, axis: number | number[] | null): NDArray {
  const axes = axis === null ? a.shape.map((_, i) => i) : (Array.isArray(axis) ? axis : [axis]).map((x) => normAxis(x, a.ndim));
  let off = a.offset;
  const strides = a.strides.slice();
  for (const x of axes) { off += (a.shape[x] - 1) * a.strides[x]; strides[x] = -strides[x]; }
  return makeView(a, a.shape.slice(), strides, off);
}

function tile(a: NDArray, reps: number[]): NDArray {
  const nd = Math.max(a.ndim, reps.length);
  let x = reshape(a, [...Array(nd - a.ndim).fill(1), ...a.shape]);
  const r = [...Array(nd - reps.length).fill(1), ...reps];
  for (let ax = 0; ax < nd; ax++) if (r[ax] !== 1) x = concatenate(Array(r[ax]).fill(x), ax);
  return x.base ? E.copy(x) : x;
}

function repeat(a: NDArray, repeats: number | number[], axis: number | null): NDArray {
  let x = a;
  if (axis === null) { x = reshape(a, [-1]); axis = 0; }
  const ax = normAxis(axis, x.ndim);
  const n = x.shape[ax];
  const reps = Array.isArray(repeats) ? repeats : Array(n).fill(repeats);
  if (reps.length !== n) throw guardErr('ValueError', `operands could not be broadcast together with shape (${n},) (${reps.length},)`);
  const parts: NDArray[] = [];
  for (let i = 0; i < n; i++) {
    const strides = x.strides.slice();
    const shape = x.shape.slice(); shape[ax] = 1;
    const sl = makeView(x, shape, strides, x.offset + i * x.strides[ax]);
    for (let r = 0; r < reps[i]; r++) parts.push(sl);
  }
  if (!parts.length) { const s = x.shape.slice(); s[ax] = 0; return E.zeros(s, x.dtype); }
  return concatenate(parts, ax);
}

function split(a: NDArray, sections: PyValue, axis: number): PyValue {
  const ax = normAxis(axis, a.ndim);
  const n = a.shape[ax];
  let bounds: number[];
  if (sections instanceof PyList || sections instanceof PyTuple || sections instanceof PyNdArray) {
    bounds = toPyList(sections).map(toIndex);
  } else {
    const k = toIndex(sections);
    if (n % k !== 0) throw guardErr('ValueError', 'array split does not result in an equal division');
    bounds = Array.from({ length: k - 1 }, (_, i) => ((i + 1) * n) / k);
  }
  const edges = [0, ...bounds.map((b) => Math.min(Math.max(b < 0 ? b + n : b, 0), n)), n];
  const out: PyValue[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const shape = a.shape.slice(); shape[ax] = Math.max(0, edges[i + 1] - edges[i]);
    out.push(new PyNdArray(makeView(a, shape, a.strides.slice(), a.offset + edges[i] * a.strides[ax])));
  }
  return new PyList(out);
}

// ------------------------------------------------------------------------------------------
// The function table: name, Python signature, implementation.

const reduceOpts = (b: Args) => ({ axis: axisOf(b.axis), keepdims: bool(b.keepdims ?? false), dtype: optDType(b.dtype), out: b.out instanceof PyNdArray ? b.out.arr : undefined });

const arrList = (v: PyValue): NDArray[] => toPyList(v).map(A);

function randomResult(r: RandomArray): PyValue {
  if (r.shape === null) {
    const v = r.data[0];
    if (r.python) return typeof v === 'bigint' ? normBig(v) : r.dtype.startsWith('float') ? new PyFloat(Number(v)) : normBig(BigInt(v));
    const s = E.scalarArray(typeof v === 'bigint' ? v : r.dtype.startsWith('float') ? Number(v) : BigInt(v), r.dtype as DType);
    return new PyNpScalar(s);
  }
  const a = new E.NDArray(r.data as E.TypedArray, r.shape, r.dtype as DType);
  return new PyNdArray(a);
}

const sizeArg = (v: PyValue): number[] | null => (v === null || v === undefined ? null : toShape(v));

const FUNCS: [string, string, Impl][] = [
  // creation
  ['array', 'object, dtype=None, *, copy=True, ndmin=0', (b) => {
    let a = toArray(b.object, optDType(b.dtype));
    if (a === (b.object as PyNdArray).arr || (b.object instanceof PyNdArray && a.data === b.object.arr.data)) a = E.copy(a);
    const nm = toIndex(b.ndmin);
    if (a.ndim < nm) a = reshape(a, [...Array(nm - a.ndim).fill(1), ...a.shape]);
    a.isScalar = false;
    return new PyNdArray(a);
  }],
  ['asarray', 'a, dtype=None', (b) => { const a = toArray(b.a, optDType(b.dtype)); return new PyNdArray(a.isScalar ? E.scalarArray(a.get(0), a.dtype, false) : a); }],
  ['zeros', 'shape, dtype=None', (b) => new PyNdArray(E.zeros(toShape(b.shape), optDType(b.dtype) ?? 'float64'))],
  ['ones', 'shape, dtype=None', (b) => new PyNdArray(E.ones(toShape(b.shape), optDType(b.dtype) ?? 'float64'))],
  ['empty', 'shape, dtype=None', (b) => new PyNdArray(E.zeros(toShape(b.shape), optDType(b.dtype) ?? 'float64'))],
  ['full', 'shape, fill_value, dtype=None', (b) => new PyNdArray(E.full(toShape(b.shape), scalarOf(b.fill_value), optDType(b.dtype)))],
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
    const a = new PyNdArray(E.linspace(num(b.start), num(b.stop), toIndex(b.num), bool(b.endpoint), optDType(b.dtype)));
    if (bool(b.retstep)) return new PyTuple([a, new PyFloat(E.linspaceStep(num(b.start), num(b.stop), toIndex(b.num), bool(b.endpoint)))]);
    return a;
  }],
  ['eye', 'N, M=None, k=0, dtype=None', (b) => new PyNdArray(E.eye(toIndex(b.N), b.M === null ? undefined : toIndex(b.M), toIndex(b.k), optDType(b.dtype) ?? 'float64'))],
  ['identity', 'n, dtype=None', (b) => new PyNdArray(E.identity(toIndex(b.n), optDType(b.dtype) ?? 'float64'))],
  ['diag', 'v, k=0', (b) => new PyNdArray(E.diag(A(b.v), toIndex(b.k)))],
  ['copy', 'a', (b) => new PyNdArray(E.copy(A(b.a)))],
  // shape
  ['reshape', 'a, shape=None, /, *args, newshape=None, order=None', (b) => {
    const s = b.shape ?? b.newshape;
    return new PyNdArray(reshape(A(b.a), b.__varargs && b.__varargs.length ? [toIndex(s), ...b.__varargs.map(toIndex)] : toShape(s)));
  }],
  ['transpose', 'a, axes=None', (b) => new PyNdArray(transpose(A(b.a), b.axes === null ? null : toShape(b.axes)))],
  ['expand_dims', 'a, axis', (b) => new PyNdArray(expandDims(A(b.a), axisOf(b.axis)!))],
  ['squeeze', 'a, axis=None', (b) => new PyNdArray(squeeze(A(b.a), axisOf(b.axis)))],
  ['ravel', 'a', (b) => new PyNdArray(reshape(A(b.a), [-1]))],
  ['swapaxes', 'a, axis1, axis2', (b) => {
    const a = A(b.a);
    const p = a.shape.map((_, i) => i);
    const i = normAxis(toIndex(b.axis1), a.ndim), j = normAxis(toIndex(b.axis2), a.ndim);
    [p[i], p[j]] = [p[j], p[i]];
    return new PyNdArray(transpose(a, p));
  }],
  ['moveaxis', 'a, source, destination', (b) => {
    const a = A(b.a);
    const src = (axisOf(b.source) as number | number[]), dst = (axisOf(b.destination) as number | number[]);
    const s = (Array.isArray(src) ? src : [src]).map((x) => normAxis(x, a.ndim)), d = (Array.isArray(dst) ? dst : [dst]).map((x) => normAxis(x, a.ndim));
    const order = a.shape.map((_, i) => i).filter((i) => !s.includes(i));
    const pairs = d.map((x, i) => [x, s[i]]).sort((p, q) => p[0] - q[0]);
    for (const [dd, ss] of pairs) order.splice(dd, 0, ss);
    return new PyNdArray(transpose(a, order));
  }],
  ['broadcast_to', 'array, shape', (b) => new PyNdArray(broadcastTo(A(b.array), toShape(b.shape)))],
  ['concatenate', 'arrays, axis=0', (b) => new PyNdArray(concatenate(arrList(b.arrays), intAxis(b.axis)))],
  ['stack', 'arrays, axis=0', (b) => new PyNdArray(stack(arrList(b.arrays), toIndex(b.axis)))],
  ['vstack', 'tup', (b) => new PyNdArray(concatenate(arrList(b.tup).map((a) => atleast(a, 2)), 0))],
  ['hstack', 'tup', (b) => { const xs = arrList(b.tup).map((a) => atleast(a, 1)); return new PyNdArray(concatenate(xs, xs[0].ndim === 1 ? 0 : 1)); }],
  ['column_stack', 'tup', (b) => new PyNdArray(concatenate(arrList(b.tup).map((a) => (a.ndim < 2 ? reshape(a, [-1, 1]) : a)), 1))],
  ['atleast_1d', 'a', (b) => new PyNdArray(atleast(A(b.a), 1))],
  ['atleast_2d', 'a', (b) => new PyNdArray(atleast(A(b.a), 2))],
  ['flip', 'm, axis=None', (b) => new PyNdArray(flipView(A(b.m), axisOf(b.axis)))],
  ['fliplr', 'm', (b) => new PyNdArray(flipView(A(b.m), 1))],
  ['flipud', 'm', (b) => new PyNdArray(flipView(A(b.m), 0))],
  ['tile', 'A, reps', (b) => new PyNdArray(tile(A(b.A), toShape(b.reps)))],
  ['repeat', 'a, repeats, axis=None', (b) => new PyNdArray(repeat(A(b.a), b.repeats instanceof PyList || b.repeats instanceof PyNdArray ? toPyList(b.repeats).map(toIndex) : toIndex(b.repeats), intAxis(b.axis)))],
  ['split', 'ary, indices_or_sections, axis=0', (b) => split(A(b.ary), b.indices_or_sections, toIndex(b.axis))],
  ['array_split', 'ary, indices_or_sections, axis=0', (b) => split(A(b.ary), b.indices_or_sections, toIndex(b.axis))],
  ['shape', 'a', (b) => new PyTuple(A(b.a).shape.slice())],
  ['ndim', 'a', (b) => A(b.a).ndim],
  ['size', 'a, axis=None', (b) => (b.axis === null ? A(b.a).size : A(b.a).shape[normAxis(toIndex(b.axis), A(b.a).ndim)])],
  // linear algebra basics
  ['matmul', 'x1, x2', (b) => matmul(b.x1, b.x2)],
  ['dot', 'a, b', (b) => wrap(dot(A(b.a), A(b.b)))],
  ['vdot', 'a, b', (b) => wrap(dot(reshape(A(b.a), [-1]), reshape(A(b.b), [-1])))],
  ['inner', 'a, b', (b) => wrap(dot(A(b.a), transposeLast(A(b.b))))],
  ['outer', 'a, b', (b) => wrap(U.ufunc2('multiply', reshape(A(b.a), [-1, 1]), reshape(A(b.b), [1, -1])))],
  ['trace', 'a', (b) => { const a = A(b.a); const n = Math.min(a.shape[0], a.shape[1]); const d = makeView(a, [n], [a.strides[0] + a.strides[1]]); return wrap(R.sum(d)); }],
  // reductions
  ...(['sum', 'prod', 'mean', 'max', 'min', 'all', 'any', 'nansum', 'nanprod', 'nanmean', 'nanmax', 'nanmin', 'median', 'ptp'] as const).map((n): [string, string, Impl] =>
    [n, 'a, axis=None, dtype=None, out=None, keepdims=False', (b) => wrap((R as unknown as Record<string, (a: NDArray, o: object) => NDArray>)[n](A(b.a), reduceOpts(b)))]),
  ['amax', 'a, axis=None, out=None, keepdims=False', (b) => wrap(R.max(A(b.a), reduceOpts(b)))],
  ['amin', 'a, axis=None, out=None, keepdims=False', (b) => wrap(R.min(A(b.a), reduceOpts(b)))],
  ...(['std', 'var', 'nanstd', 'nanvar'] as const).map((n): [string, string, Impl] =>
    [n, 'a, axis=None, dtype=None, out=None, ddof=0, keepdims=False', (b) => wrap((R as unknown as Record<string, (a: NDArray, o: object) => NDArray>)[n === 'var' ? 'var_' : n](A(b.a), { ...reduceOpts(b), ddof: num(b.ddof) }))]),
  ...(['argmax', 'argmin', 'nanargmax', 'nanargmin'] as const).map((n): [string, string, Impl] =>
    [n, 'a, axis=None, out=None, *, keepdims=False', (b) => wrap(R[n](A(b.a), intAxis(b.axis), bool(b.keepdims)))]),
  ...(['cumsum', 'cumprod', 'nancumsum', 'nancumprod'] as const).map((n): [string, string, Impl] =>
    [n, 'a, axis=None, dtype=None', (b) => wrap(R[n](A(b.a), intAxis(b.axis), optDType(b.dtype)))]),
  ['count_nonzero', 'a, axis=None, *, keepdims=False', (b) => wrap(R.countNonzero(A(b.a), axisOf(b.axis), bool(b.keepdims)))],
  ['average', 'a, axis=None, weights=None, returned=False, *, keepdims=False', (b) => wrap(R.average(A(b.a), axisOf(b.axis), b.weights === null ? undefined : A(b.weights), bool(b.keepdims)))],
  ['where', 'condition, x=None, y=None', (b) => {
    if (b.x === null && b.y === null) return nonzero(A(b.condition));
    return wrap(R.where(A(b.condition), toOperand(b.x), toOperand(b.y)));
  }],
  ['nonzero', 'a', (b) => nonzero(A(b.a))],
  ['argwhere', 'a', (b) => { const nz = toPyList(nonzero(A(b.a))).map(A); return new PyNdArray(nz.length ? transposeLast(stack(nz, 0)) : E.zeros([0, 0], 'int64')); }],
  ['sort', 'a, axis=-1', (b) => new PyNdArray(S.sort(A(b.a), intAxis(b.axis)))],
  ['argsort', 'a, axis=-1', (b) => new PyNdArray(S.argsort(A(b.a), intAxis(b.axis)))],
  ['unique', 'ar, return_index=False, return_inverse=False, return_counts=False, axis=None, *, equal_nan=True', (b) => {
    const r = S.unique(A(b.ar), { returnIndex: bool(b.return_index), returnInverse: bool(b.return_inverse), returnCounts: bool(b.return_counts) });
    const rr = r as unknown as Record<string, NDArray | undefined>;
    const extras = [rr.indices ?? rr.index, rr.inverse, rr.counts].filter((x): x is NDArray => !!x);
    const vals = new PyNdArray(rr.values ?? rr.unique!);
    return extras.length ? new PyTuple([vals, ...extras.map((x) => new PyNdArray(x))]) : vals;
  }],
  ['searchsorted', 'a, v, side=\'left\', sorter=None', (b) => wrap(S.searchsorted(A(b.a), A(b.v), b.side as 'left' | 'right'))],
  // elementwise helpers
  ['clip', 'a, a_min=None, a_max=None', (b) => {
    let r = A(b.a);
    if (b.a_min !== null) r = U.ufunc2('maximum', r, toOperand(b.a_min));
    if (b.a_max !== null) r = U.ufunc2('minimum', r, toOperand(b.a_max));
    return wrap(r);
  }],
  ['round', 'a, decimals=0', (b) => wrap(roundArray(A(b.a), toIndex(b.decimals)))],
  ['around', 'a, decimals=0', (b) => wrap(roundArray(A(b.a), toIndex(b.decimals)))],
  ['isclose', 'a, b, rtol=1e-05, atol=1e-08, equal_nan=False', (b) => wrap(isclose(A(b.a), A(b.b), num(b.rtol), num(b.atol), bool(b.equal_nan)))],
  ['allclose', 'a, b, rtol=1e-05, atol=1e-08, equal_nan=False', (b) => truthy(wrap(R.all(isclose(A(b.a), A(b.b), num(b.rtol), num(b.atol), bool(b.equal_nan)))))],
  ['array_equal', 'a1, a2, equal_nan=False', (b) => {
    const x = A(b.a1), y = A(b.a2);
    if (x.ndim !== y.ndim || x.shape.some((d, i) => d !== y.shape[i])) return false;
    return truthy(wrap(R.all(U.ufunc2('equal', x, y))));
  }],
  ['astype', 'x, dtype', (b) => new PyNdArray(E.astype(A(b.x), toDType(b.dtype)))],
  ['result_type', '*arrays_and_dtypes', (b) => new PyDType(b.__varargs!.map((v) => (v instanceof PyNdArray || v instanceof PyNpScalar ? v.arr.dtype : toDType(v))).reduce((x, y) => E.promoteTypes(x, y)))],
  ['promote_types', 'type1, type2', (b) => new PyDType(E.promoteTypes(toDType(b.type1), toDType(b.type2)))],
  ['isscalar', 'element', (b) => typeof b.element === 'number' || typeof b.element === 'bigint' || typeof b.element === 'boolean' || typeof b.element === 'string' || b.element instanceof PyFloat || b.element instanceof PyNpScalar],
  ['set_printoptions', 'precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None', (b) => {
    setPrintOptions(updatePrintOptions(printOptions(), printUpdate(b)));
    return null;
  }],
  ['get_printoptions', '', () => {
    const d = new PyDict();
    for (const [k, v] of printOptionsEntries(printOptions())) dictSet(d, k, v === null ? null : typeof v === 'number' ? (Number.isInteger(v) ? v : new PyFloat(v)) : v);
    return d;
  }],
  ['printoptions', '*args, **kwargs', (b) => new PrintOptionsContext(b.__varkw ?? new Map())],
  ['errstate', '**kwargs', () => new NullContext()],
  ['seterr', '**kwargs', () => new PyDict()],
  ['may_share_memory', 'a, b', (b) => A(b.a).data.buffer === A(b.b).data.buffer],
  ['shares_memory', 'a, b', (b) => A(b.a).data.buffer === A(b.b).data.buffer],
  ['einsum', 'subscripts, *operands', (b) => {
    const f = ENG.einsum;
    if (!f) throwErr('NotImplementedError', 'np.einsum is not available in this build of the Shapewise engine yet');
    return wrap(f(b.subscripts, b.__varargs!.map(A)));
  }],
];

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

function transposeLast(a: NDArray): NDArray {
  if (a.ndim < 2) return a;
  const p = a.shape.map((_, i) => i);
  [p[a.ndim - 1], p[a.ndim - 2]] = [p[a.ndim - 2], p[a.ndim - 1]];
  return transpose(a, p);
}

function nonzero(a: NDArray): PyValue {
  const x = a.ndim === 0 ? reshape(a, [1]) : a;
  const idx: bigint[][] = x.shape.map(() => []);
  const strides = E.cStrides(x.shape);
  let flat = 0;
  for (const v of x) {
    if (typeof v === 'bigint' ? v !== 0n : Boolean(v)) {
      let rem = flat;
      for (let k = 0; k < x.ndim; k++) { const i = Math.floor(rem / strides[k]); rem -= i * strides[k]; idx[k].push(BigInt(i)); }
    }
    flat++;
  }
  return new PyTuple(idx.map((l) => new PyNdArray(new E.NDArray(BigInt64Array.from(l), [l.length], 'int64'))));
}

function roundArray(a: NDArray, decimals: number): NDArray {
  if (E.DTYPES[a.dtype].kind !== 'f') return a;
  if (decimals === 0) return U.ufunc1('rint', a);
  // NumPy: multiply by 10**d, rint, divide.
  const f = Math.pow(10, Math.abs(decimals));
  if (decimals > 0) return U.ufunc2('divide', U.ufunc1('rint', U.ufunc2('multiply', a, f)), f);
  return U.ufunc2('multiply', U.ufunc1('rint', U.ufunc2('divide', a, f)), f);
}

function isclose(a: NDArray, b: NDArray, rtol: number, atol: number, equalNan: boolean): NDArray {
  const diff = U.ufunc1('absolute', U.ufunc2('subtract', a, b));
  const tol = U.ufunc2('add', atol, U.ufunc2('multiply', rtol, U.ufunc1('absolute', b)));
  let r = U.ufunc2('less_equal', diff, tol);
  const both = U.ufunc2('equal', a, b);
  r = U.ufunc2('logical_or', r, both);
  if (equalNan) r = U.ufunc2('logical_or', r, U.ufunc2('logical_and', U.ufunc1('isnan', a), U.ufunc1('isnan', b)));
  if (a.ndim === 0 && b.ndim === 0) r.isScalar = true;
  return r;
}

// ------------------------------------------------------------------------------------------
// Ufuncs by name

const UFUNC_ALIASES: Record<string, string> = { abs: 'absolute', true_divide: 'divide', mod: 'remainder', conj: 'positive', conjugate: 'positive' };

class PyUfunc extends PyNative {
  constructor(public name: string, public nin: number) { super(); }
  pyType(): PyClass { return ufuncCls; }
  override repr(): string { return `<ufunc '${this.name}'>`; }
  override call(args: PyValue[], kwargs: Kwargs): PyValue {
    return guard(() => {
      const out = kwargs?.get('out');
      const opts = { out: out instanceof PyNdArray ? out.arr : out instanceof PyTuple && out.items[0] instanceof PyNdArray ? (out.items[0] as PyNdArray).arr : undefined, dtype: optDType(kwargs?.get('dtype')) };
      if (args.length !== this.nin) throwErr('TypeError', `${this.name}() takes from ${this.nin} to ${this.nin + 1} positional arguments but ${args.length} were given`);
      const r = this.nin === 1 ? U.ufunc1(this.name, toOperand(args[0]), opts) : U.ufunc2(this.name, toOperand(args[0]), toOperand(args[1]), opts);
      if (opts.out && out) return out;
      if (this.nin === 1 && !(args[0] instanceof PyNdArray) && !(args[0] instanceof PyList) && !(args[0] instanceof PyTuple)) r.isScalar = true;
      return wrap(r);
    });
  }
  override getattr(name: string): PyValue | undefined {
    if (name === '__name__') return this.name;
    if (name === 'reduce' && this.nin === 2) return new PyBuiltin('reduce', (args, kw) => guard(() => {
      const axis = kw?.get('axis') ?? args[1] ?? 0;
      const map: Record<string, string> = { add: 'sum', multiply: 'prod', maximum: 'max', minimum: 'min', logical_and: 'all', logical_or: 'any' };
      const r = map[this.name];
      if (!r) throwErr('NotImplementedError', `np.${this.name}.reduce is not supported by the Shapewise evaluator`);
      return wrap((R as unknown as Record<string, (a: NDArray, o: object) => NDArray>)[r](A(args[0]), { axis: axisOf(axis) }));
    }));
    if (name === 'outer' && this.nin === 2) return new PyBuiltin('outer', (args) => guard(() => {
      const a = A(args[0]), b = A(args[1]);
      return wrap(U.ufunc2(this.name, reshape(a, [...a.shape, ...b.shape.map(() => 1)]), b));
    }));
    if (name === 'accumulate' && (this.name === 'add' || this.name === 'multiply')) return new PyBuiltin('accumulate', (args) => guard(() => wrap(R[this.name === 'add' ? 'cumsum' : 'cumprod'](A(args[0]), 0))));
    return undefined;
  }
}
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
  ARRAY_METHODS.set('copy', (self) => new PyNdArray(E.copy(self)));
  ARRAY_METHODS.set('astype', (self, args, kw) => new PyNdArray(E.astype(self, toDType(args[0] ?? kw!.get('dtype')!))));
  ARRAY_METHODS.set('tolist', (self) => nestedToPy(E.tolist(self) as E.PyNested));
  ARRAY_METHODS.set('item', (self, args) => {
    const v = args.length ? E.item(self, toIndex(args[0])) : E.item(self);
    return nestedToPy(v as E.PyNested);
  });
  ARRAY_METHODS.set('fill', (self, args) => { U.assignArray(self, E.astype(E.array(toOperand(args[0]) as E.Nested), self.dtype)); return null; });
  ARRAY_METHODS.set('sort', (self, args, kw) => {
    const axis = intAxis(kw?.get('axis') ?? args[0] ?? -1);
    U.assignArray(self, S.sort(self, axis));
    return null;
  });
  ARRAY_METHODS.set('argsort', (self, args, kw) => new PyNdArray(S.argsort(self, intAxis(kw?.get('axis') ?? args[0] ?? -1))));
  ARRAY_METHODS.set('view', (self) => new PyNdArray(makeView(self, self.shape.slice(), self.strides.slice())));
  ARRAY_METHODS.set('__array__', (self) => new PyNdArray(self));
}

// ------------------------------------------------------------------------------------------
// np.random

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
  def('exponential', 'scale=1.0, size=None', (b) => randomResult(state.exponential(params(b.scale), sizeArg(b.size))));
  def('poisson', 'lam=1.0, size=None', (b) => randomResult(state.poisson(params(b.lam), sizeArg(b.size))));
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
    U.assignArray(dst, src);
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
      shuffle: ['x', (b) => { const n = b.x instanceof PyList ? b.x.items.length : A(b.x).shape[0]; applyShuffle(b.x, g.shufflePermutation(n)); return null; }],
      choice: ['a, size=None, replace=True, p=None, axis=0, shuffle=True', (b) => {
        const isInt = asInt(b.a) !== undefined && !(b.a instanceof PyNdArray);
        const pop = isInt ? toIndex(b.a) : A(b.a).shape[0];
        const r = g.choice(pop, sizeArg(b.size), bool(b.replace), b.p === null ? null : A(b.p).toArray().map(Number), bool(b.shuffle), isInt);
        if (isInt) return randomResult(r);
        const a = A(b.a);
        if (r.shape === null) return wrap(takeFlat(a, [Number(r.data[0])], null));
        return wrap(takeFlat(a, Array.from(r.data as BigInt64Array, Number), r.shape));
      }],
      exponential: ['scale=1.0, size=None', (b) => randomResult(g.exponential(params(b.scale), sizeArg(b.size)))],
      poisson: ['lam=1.0, size=None', (b) => randomResult(g.poisson(params(b.lam), sizeArg(b.size)))],
    };
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
    if (f) return wrap(f(A(b.x), b.ord === null ? undefined : asFloat(b.ord), axisOf(b.axis), bool(b.keepdims)));
    if (b.ord !== null) throwErr('NotImplementedError', 'np.linalg.norm with ord= is not available in this build of the Shapewise engine yet');
    let x = A(b.x);
    if (E.DTYPES[x.dtype].kind !== 'f') x = E.astype(x, 'float64');
    return wrap(U.ufunc1('sqrt', R.sum(U.ufunc2('multiply', x, x), { axis: axisOf(b.axis), keepdims: bool(b.keepdims) })));
  });
  for (const n of ['inv', 'det', 'solve', 'eig', 'eigh', 'svd', 'qr', 'cholesky', 'pinv', 'matrix_rank', 'lstsq', 'eigvals', 'eigvalsh', 'slogdet', 'matrix_power']) {
    m.dict.set(n, new PyBuiltin(n, (args) => guard(() => {
      const f = ENG[n] ?? ENG['linalg' + n[0].toUpperCase() + n.slice(1)];
      if (!f) throwErr('NotImplementedError', `np.linalg.${n} is not available in this build of the Shapewise engine yet`);
      const r = f(...args.map((a) => (a instanceof PyNdArray || a instanceof PyList || a instanceof PyTuple ? A(a) : asInt(a) ?? a)));
      return Array.isArray(r) ? new PyTuple(r.map(wrap)) : wrap(r);
    })));
  }
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
  for (const n of U.BINARY_UFUNCS) m.dict.set(n, new PyUfunc(n, 2));
  for (const n of U.UNARY_UFUNCS) m.dict.set(n, new PyUfunc(n, 1));
  for (const [alias, target] of Object.entries(UFUNC_ALIASES)) if (m.dict.has(target)) m.dict.set(alias, m.dict.get(target)!);
  for (const [d, c] of SCALAR_TYPES) m.dict.set(d === 'bool' ? 'bool_' : d, c);
  m.dict.set('bool', SCALAR_TYPES.get('bool')!);
  for (const [alias, d] of [['int_', 'int64'], ['intp', 'int64'], ['double', 'float64'], ['single', 'float32'], ['uint', 'uint64'], ['byte', 'int8'], ['ubyte', 'uint8'], ['short', 'int16'], ['intc', 'int32'], ['longlong', 'int64'], ['half', 'float32']] as const) m.dict.set(alias, SCALAR_TYPES.get(d)!);
  for (const [n, c] of Object.entries(ABSTRACT_TYPES)) m.dict.set(n, c);
  m.dict.set('ndarray', ndarrayCls);
  m.dict.set('dtype', dtypeClass());
  m.dict.set('pi', new PyFloat(Math.PI));
  m.dict.set('e', new PyFloat(Math.E));
  m.dict.set('inf', new PyFloat(Infinity));
  m.dict.set('nan', new PyFloat(NaN));
  m.dict.set('euler_gamma', new PyFloat(0.5772156649015329));
  m.dict.set('newaxis', null);
  m.dict.set('__version__', '2.4.6');
  m.dict.set('random', interp.importModule('numpy.random'));
  m.dict.set('linalg', interp.importModule('numpy.linalg'));
  const exc = new PyModule('numpy.exceptions');
  exc.dict.set('AxisError', NP_EXC.AxisError);
  m.dict.set('exceptions', exc);
  m.dict.set('ufunc', ufuncCls);
  return m;
}

function dtypeClass(): PyValue {
  return new PyBuiltin('dtype', (args) => new PyDType(toDType(args[0])));
}

export function installNumpy(): void {
  moduleFactories.set('numpy', makeNumpy);
  moduleFactories.set('numpy.random', makeRandomModule);
  moduleFactories.set('numpy.linalg', () => makeLinalg());
}

void callValue; void PyNpScalar; void SCALAR_TYPES;
