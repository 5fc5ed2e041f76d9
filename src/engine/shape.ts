// Shape operations: reshape (a view whenever NumPy's no-copy reshape succeeds), ravel, flatten,
// transpose/.T, swapaxes, moveaxis, squeeze, expand_dims, broadcast_to (read-only view), flip
// (negative-stride view), concatenate/stack/vstack/hstack/column_stack, split/array_split (views),
// tile, repeat. Result shapes and error texts come from src/numpy; this file moves the data.

import { isStrArray, strResultDType } from './strings';
import {
  reshapeShape, transposeShape, transposePermutation, swapaxesShape, moveaxisShape, squeezeShape, expandDimsShape,
  flipShape, concatenateShape, stackShape, arraySplitShapes, splitShapes, broadcastTo as broadcastToRule,
  tileShape, repeatShape, normalizeAxisTuple, normalizeAxisIndex, promoteTypes,
} from '../numpy';
import { type DType } from './dtype';
import { unwrap, valueError } from './errors';
import { NDArray, allocate, cStrides, shapeSize } from './ndarray';
import { copy } from './creation';
import { assignArray, engineDType } from './ufunc';

/** A view of `a`'s buffer (base set so NumPy's `.base` semantics hold). */
export function view(a: NDArray, shape: readonly number[], strides: readonly number[], offset = a.offset): NDArray {
  const v = new NDArray(a.data, shape, a.dtype, strides, offset, a.base ?? a);
  v.writeable = a.writeable;
  return v;
}

/** NumPy's _attempt_nocopy_reshape: new strides for a view, or null when a copy is needed. */
function nocopyStrides(a: NDArray, newShape: readonly number[]): number[] | null {
  const od: number[] = [];
  const os: number[] = [];
  for (let k = 0; k < a.ndim; k++) {
    if (a.shape[k] !== 1) {
      od.push(a.shape[k]);
      os.push(a.strides[k]);
    }
  }
  const nd = newShape.length;
  const ns = new Array<number>(nd).fill(0);
  let oi = 0;
  let oj = 1;
  let ni = 0;
  let nj = 1;
  while (ni < nd && oi < od.length) {
    let np = newShape[ni];
    let op = od[oi];
    while (np !== op) {
      if (np < op) np *= newShape[nj++];
      else op *= od[oj++];
    }
    for (let ok = oi; ok < oj - 1; ok++) if (os[ok] !== od[ok + 1] * os[ok + 1]) return null;
    ns[nj - 1] = os[oj - 1];
    for (let nk = nj - 1; nk > ni; nk--) ns[nk - 1] = ns[nk] * newShape[nk];
    ni = nj++;
    oi = oj++;
  }
  const last = ni >= 1 ? ns[ni - 1] : 1;
  for (let nk = ni; nk < nd; nk++) ns[nk] = last;
  return ns;
}

/** a.reshape(shape) (C order): a view when possible, otherwise a copy. */
export function reshape(a: NDArray, newShape: readonly number[]): NDArray {
  const shape = unwrap(reshapeShape(a.shape, newShape)) as number[];
  if (shapeSize(shape) === 0 || a.size === 0) return view(a.isCContiguous ? a : copy(a), shape, cStrides(shape), a.isCContiguous ? a.offset : 0);
  if (a.isCContiguous) return view(a, shape, cStrides(shape));
  const st = nocopyStrides(a, shape);
  if (st) return view(a, shape, st);
  const c = copy(a);
  return new NDArray(c.data, shape, a.dtype);
}

/** a.ravel(): a view only when a is C-contiguous (NumPy's PyArray_Ravel), a copy otherwise. */
export function ravel(a: NDArray): NDArray {
  return a.isCContiguous ? reshape(a, [a.size]) : flatten(a);
}

export function flatten(a: NDArray): NDArray {
  const c = copy(a);
  return new NDArray(c.data, [a.size], a.dtype);
}

export function transpose(a: NDArray, axes?: readonly number[] | null): NDArray {
  const shape = unwrap(transposeShape(a.shape, axes)) as number[];
  const perm = transposePermutation(a.ndim, axes);
  return view(a, shape, perm.map((k) => a.strides[k]));
}

export function swapaxes(a: NDArray, axis1: number, axis2: number): NDArray {
  unwrap(swapaxesShape(a.shape, axis1, axis2));
  const perm = [...a.shape.keys()];
  const x = axis1 < 0 ? axis1 + a.ndim : axis1;
  const y = axis2 < 0 ? axis2 + a.ndim : axis2;
  [perm[x], perm[y]] = [perm[y], perm[x]];
  return view(a, perm.map((k) => a.shape[k]), perm.map((k) => a.strides[k]));
}

export function moveaxis(a: NDArray, source: number | readonly number[], destination: number | readonly number[]): NDArray {
  const { order } = unwrap(moveaxisShape(a.shape, source, destination));
  return view(a, order.map((k) => a.shape[k]), order.map((k) => a.strides[k]));
}

export function squeeze(a: NDArray, axis?: number | readonly number[] | null): NDArray {
  const shape = unwrap(squeezeShape(a.shape, axis));
  let keep: number[];
  if (axis === undefined || axis === null) keep = [...a.shape.keys()].filter((k) => a.shape[k] !== 1);
  else {
    const axes = unwrap(normalizeAxisTuple(axis, a.ndim));
    keep = [...a.shape.keys()].filter((k) => !axes.includes(k));
  }
  void shape;
  return view(a, keep.map((k) => a.shape[k]), keep.map((k) => a.strides[k]));
}

export function expandDims(a: NDArray, axis: number | readonly number[]): NDArray {
  const shape = unwrap(expandDimsShape(a.shape, axis)) as number[];
  const list = (typeof axis === 'number' ? [axis] : axis).map((x) => (x < 0 ? x + shape.length : x));
  const strides: number[] = [];
  let k = 0;
  for (let i = 0; i < shape.length; i++) strides.push(list.includes(i) ? 0 : a.strides[k++]);
  return view(a, shape, strides);
}

/** np.broadcast_to: a read-only view with zero strides along broadcast dimensions. */
export function broadcastTo(a: NDArray, shape: readonly number[]): NDArray {
  const target = unwrap(broadcastToRule(a.shape, shape)) as number[];
  const nd = target.length;
  const off = nd - a.ndim;
  const strides = target.map((d, i) => (i < off ? 0 : a.shape[i - off] === 1 && d !== 1 ? 0 : a.strides[i - off]));
  const v = view(a, target, strides);
  v.writeable = false;
  return v;
}

export function flip(a: NDArray, axis?: number | readonly number[] | null): NDArray {
  unwrap(flipShape(a.shape, axis));
  const axes = axis === undefined || axis === null ? [...a.shape.keys()] : unwrap(normalizeAxisTuple(axis, a.ndim));
  let off = a.offset;
  const strides = a.strides.slice();
  for (const k of axes) {
    if (a.shape[k] > 0) off += (a.shape[k] - 1) * a.strides[k];
    strides[k] = -strides[k];
  }
  return view(a, a.shape, strides, off);
}

// ---------------------------------------------------------------- joining

function resultDType(arrays: readonly NDArray[], dtype?: DType): DType {
  if (dtype) return dtype;
  if (arrays.some((a) => isStrArray(a))) return strResultDType(arrays);
  let d = arrays[0].dtype as DType;
  for (const a of arrays) d = engineDType(promoteTypes(d, a.dtype), 'np.concatenate');
  return d;
}

/** np.concatenate(arrays, axis=0); axis=null concatenates the flattened arrays. */
export function concatenate(arrays: readonly NDArray[], axis: number | null = 0, dtype?: DType): NDArray {
  if (arrays.length === 0) throw valueError('need at least one array to concatenate');
  const shape = unwrap(concatenateShape(arrays.map((a) => a.shape), axis)) as number[];
  const dt = resultDType(arrays, dtype);
  const out = allocate(shape, dt);
  if (axis === null) {
    let p = 0;
    for (const a of arrays) {
      assignArray(new NDArray(out.data, [a.size], dt, [1], p, out), ravel(a));
      p += a.size;
    }
    return out;
  }
  const ax = axis < 0 ? axis + shape.length : axis;
  let pos = 0;
  for (const a of arrays) {
    const part = new NDArray(out.data, a.shape, dt, out.strides, pos * out.strides[ax], out);
    assignArray(part, a);
    pos += a.shape[ax];
  }
  return out;
}

export function stack(arrays: readonly NDArray[], axis = 0, dtype?: DType): NDArray {
  if (arrays.length === 0) throw valueError('need at least one array to stack');
  const shape = unwrap(stackShape(arrays.map((a) => a.shape), axis)) as number[];
  const ax = axis < 0 ? axis + shape.length : axis;
  return concatenate(arrays.map((a) => expandDims(a, ax)), ax, dtype);
}

export function atleast1d(a: NDArray): NDArray {
  return a.ndim >= 1 ? a : reshape(a, [1]);
}
export function atleast2d(a: NDArray): NDArray {
  if (a.ndim >= 2) return a;
  return reshape(a, a.ndim === 0 ? [1, 1] : [1, a.shape[0]]);
}
export function atleast3d(a: NDArray): NDArray {
  if (a.ndim >= 3) return a;
  if (a.ndim === 0) return reshape(a, [1, 1, 1]);
  if (a.ndim === 1) return reshape(a, [1, a.shape[0], 1]);
  return reshape(a, [...a.shape, 1]);
}

export function vstack(arrays: readonly NDArray[], dtype?: DType): NDArray {
  return concatenate(arrays.map(atleast2d), 0, dtype);
}
export function hstack(arrays: readonly NDArray[], dtype?: DType): NDArray {
  const arrs = arrays.map(atleast1d);
  return concatenate(arrs, arrs.length && arrs[0].ndim === 1 ? 0 : 1, dtype);
}
export function dstack(arrays: readonly NDArray[]): NDArray {
  return concatenate(arrays.map(atleast3d), 2);
}
export function columnStack(arrays: readonly NDArray[]): NDArray {
  return concatenate(arrays.map((a) => (a.ndim < 2 ? transpose(atleast2d(a)) : a)), 1);
}

function splitImpl(a: NDArray, spec: number | readonly number[], axis: number, even: boolean): NDArray[] {
  const shapes = unwrap((even ? splitShapes : arraySplitShapes)(a.shape, spec, axis)) as number[][];
  const ax = axis < 0 ? axis + a.ndim : axis;
  const n = a.shape[ax];
  let pos = 0;
  return shapes.map((s, i) => {
    let start = pos;
    if (typeof spec !== 'number' && i > 0) {
      // explicit split points are clamped like slice starts
      start = spec[i - 1];
      if (start < 0) start = Math.max(0, start + n);
      start = Math.min(start, n);
    }
    pos += s[ax];
    return view(a, s, a.strides, a.offset + (s[ax] === 0 ? 0 : start * a.strides[ax]));
  });
}
export const split = (a: NDArray, spec: number | readonly number[], axis = 0) => splitImpl(a, spec, axis, true);
export const arraySplit = (a: NDArray, spec: number | readonly number[], axis = 0) => splitImpl(a, spec, axis, false);

/** np.tile(A, reps). */
export function tile(a: NDArray, reps: number | readonly number[]): NDArray {
  const shape = unwrap(tileShape(a.shape, reps)) as number[];
  const nd = shape.length;
  const src = a.ndim < nd ? reshape(a, [...new Array(nd - a.ndim).fill(1), ...a.shape]) : a;
  const out = allocate(shape, a.dtype);
  // out viewed as (reps_k, src_k) pairs: assign src into each tile by broadcasting
  const pairShape: number[] = [];
  const pairStr: number[] = [];
  const srcShape: number[] = [];
  const srcStr: number[] = [];
  for (let k = 0; k < nd; k++) {
    const r = shape[k] / Math.max(src.shape[k], 1);
    pairShape.push(src.shape[k] === 0 ? 0 : r, src.shape[k]);
    pairStr.push(out.strides[k] * src.shape[k], out.strides[k]);
    srcShape.push(1, src.shape[k]);
    srcStr.push(0, src.strides[k]);
  }
  if (shapeSize(shape) === 0) return out;
  assignArray(new NDArray(out.data, pairShape, a.dtype, pairStr, 0, out), new NDArray(src.data, srcShape, a.dtype, srcStr, src.offset));
  return out;
}

/** np.repeat(a, repeats, axis=None). */
export function repeat(a: NDArray, repeats: number | readonly number[], axis: number | null = null): NDArray {
  const shape = unwrap(repeatShape(a.shape, repeats, axis)) as number[];
  const src = axis === null ? ravel(a) : a;
  const ax = axis === null ? 0 : unwrap(normalizeAxisIndex(axis, a.ndim));
  const n = src.shape[ax];
  const reps = typeof repeats === 'number' ? new Array<number>(n).fill(repeats) : repeats.length === 1 ? new Array<number>(n).fill(repeats[0]) : repeats;
  for (const r of reps) if (r < 0) throw valueError('repeats may not contain negative values.');
  const out = allocate(shape, a.dtype);
  let pos = 0;
  const outPart = (start: number) => new NDArray(out.data, out.shape.filter((_, k) => k !== ax), out.dtype, out.strides.filter((_, k) => k !== ax), start * out.strides[ax], out);
  for (let i = 0; i < n; i++) {
    const lane = new NDArray(src.data, src.shape.filter((_, k) => k !== ax), src.dtype, src.strides.filter((_, k) => k !== ax), src.offset + i * src.strides[ax]);
    for (let r = 0; r < reps[i]; r++) assignArray(outPart(pos++), lane);
  }
  return out;
}
