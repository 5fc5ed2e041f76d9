// Views that reinterpret or re-stride memory, and memory-overlap questions about them:
// ndarray.view(dtype) (the bytes seen through another dtype, NumPy's array_descr_set rules and
// errors), numpy.lib.stride_tricks.as_strided / sliding_window_view, np.shares_memory (exact)
// and np.may_share_memory (bounds only). Views keep NumPy's `.base` (the owning array) and
// writeable flag; strides stay in elements of the view's own typed array (ndarray.ts).

import { normalizeAxisIndex } from '../numpy';
import { DTYPES, isHalf, isStrDType, type DType, type TypedArray } from './dtype';
import { EngineError, unwrap, valueError } from './errors';
import { NDArray } from './ndarray';
import { heapRetainView } from './wasm/heap';

type TypedCtor = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedArray; BYTES_PER_ELEMENT: number };

function notImplemented(msg: string): never {
  throw new EngineError('NotImplementedError', msg);
}

/** The typed-array constructor storing `dtype` (numeric dtypes with byte-exact storage only). */
function ctorOf(dtype: DType): TypedCtor {
  if (isStrDType(dtype) || isHalf(dtype)) notImplemented(`viewing an array as or from dtype ${dtype} is not supported by the Shapewise engine`);
  return (DTYPES[dtype].make(0) as unknown as { constructor: TypedCtor }).constructor;
}

/** `data` seen as elements of another typed array type (same bytes, same buffer). */
function retype(data: TypedArray, ctor: TypedCtor): TypedArray {
  if (data.constructor === ctor) return data;
  const size = ctor.BYTES_PER_ELEMENT;
  if (data.byteOffset % size !== 0) notImplemented('a view of this array with a larger dtype would be unaligned in the Shapewise engine');
  const t = new ctor(data.buffer, data.byteOffset, Math.floor(data.byteLength / size));
  heapRetainView(data, t);
  return t;
}

/** Element count in `size`-byte units of a byte quantity, or an error when it is not whole. */
function inUnits(bytes: number, size: number): number {
  if (bytes % size !== 0) notImplemented('this dtype view has strides that are not whole elements, which the Shapewise engine cannot represent');
  return bytes / size;
}

/**
 * a.view(dtype): the same memory read as `dtype`. With another itemsize the last axis is
 * rescaled (it must be contiguous, and its byte length divisible by the new itemsize), as NumPy does.
 */
export function viewAs(a: NDArray, dtype: DType): NDArray {
  const olds = a.itemsize;
  const news = DTYPES[dtype].itemsize;
  if (dtype === a.dtype) return viewOf(a, a.data, a.shape.slice(), a.strides.slice(), a.offset, dtype);
  const ctor = ctorOf(dtype);
  ctorOf(a.dtype);
  const shape = a.shape.slice();
  const byteStrides = a.strides.map((s) => s * olds);
  if (news !== olds) {
    const axis = a.ndim - 1;
    if (a.ndim === 0) throw valueError('Changing the dtype of a 0d array is only supported if the itemsize is unchanged');
    if (shape[axis] !== 1 && a.size !== 0 && byteStrides[axis] !== olds) throw valueError('To change to a dtype of a different size, the last axis must be contiguous');
    if (news < olds) {
      shape[axis] = (shape[axis] * olds) / news;
    } else {
      const bytes = shape[axis] * olds;
      if (bytes % news !== 0) throw valueError('When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.');
      shape[axis] = bytes / news;
    }
    byteStrides[axis] = news;
  }
  const data = retype(a.data, ctor);
  const strides = byteStrides.map((s, k) => (shape[k] === 1 && s % news !== 0 ? 0 : inUnits(s, news)));
  // JS typed arrays cannot start between elements (NumPy allows unaligned views)
  if ((a.offset * olds) % news !== 0) notImplemented(`this view's first element is not aligned to ${news} bytes, which the Shapewise engine cannot view as ${dtype}`);
  const offset = (a.offset * olds) / news;
  return viewOf(a, data, shape, strides, offset, dtype);
}

function viewOf(a: NDArray, data: TypedArray, shape: number[], strides: number[], offset: number, dtype: DType): NDArray {
  const v = new NDArray(data, shape, dtype, strides, offset, a.base ?? a);
  v.writeable = a.writeable;
  return v;
}

/**
 * numpy.lib.stride_tricks.as_strided(x, shape, strides (bytes), writeable): a view with any
 * strides over x's memory. Out-of-buffer views (which NumPy allows and reads garbage from) are
 * refused, since a typed array cannot read past its end.
 */
export function asStrided(x: NDArray, shape: readonly number[] | null, byteStrides: readonly number[] | null, writeable = true): NDArray {
  const sh = shape ? shape.slice() : x.shape.slice();
  const st = byteStrides ? byteStrides.map((s) => inUnits(s, x.itemsize)) : shape && !byteStrides ? cOrder(sh) : x.strides.slice();
  if (sh.length !== st.length) throw valueError('mismatch in length of strides and shape');
  let lo = x.offset;
  let hi = x.offset;
  for (let k = 0; k < sh.length; k++) {
    if (sh[k] === 0) { lo = hi = x.offset; break; }
    const span = (sh[k] - 1) * st[k];
    if (span < 0) lo += span; else hi += span;
  }
  if (lo < 0 || hi >= x.data.length) notImplemented('as_strided: this view reaches outside the array\'s memory, which the Shapewise engine cannot read');
  const v = new NDArray(x.data, sh, x.dtype, st, x.offset, x.base ?? x);
  v.writeable = writeable && x.writeable;
  return v;
}

function cOrder(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let k = shape.length - 1; k >= 0; k--) { s[k] = acc; acc *= Math.max(shape[k], 1); }
  return s;
}

/**
 * numpy.lib.stride_tricks.sliding_window_view(x, window_shape, axis, writeable): x's shape with
 * each windowed axis shortened to n - w + 1, followed by the window dims; a read-only view by default.
 */
export function slidingWindowView(x: NDArray, windowShape: readonly number[], axis: readonly number[] | null, writeable = false): NDArray {
  if (windowShape.some((w) => w < 0)) throw valueError('`window_shape` cannot contain negative values');
  let axes: number[];
  if (axis === null) {
    if (windowShape.length !== x.ndim) {
      throw valueError(`Since axis is \`None\`, must provide window_shape for all dimensions of \`x\`; got ${windowShape.length} window_shape elements and \`x.ndim\` is ${x.ndim}.`);
    }
    axes = x.shape.map((_, k) => k);
  } else {
    axes = axis.map((ax) => unwrap(normalizeAxisIndex(ax, x.ndim))); // duplicates allowed, as in NumPy
    if (windowShape.length !== axes.length) {
      throw valueError(`Must provide matching length window_shape and axis; got ${windowShape.length} window_shape elements and ${axes.length} axes elements.`);
    }
  }
  const shape = x.shape.slice();
  axes.forEach((ax, i) => {
    if (shape[ax] < windowShape[i]) throw valueError('window shape cannot be larger than input array shape');
    shape[ax] -= windowShape[i] - 1;
  });
  const strides = [...x.strides, ...axes.map((ax) => x.strides[ax])];
  const v = new NDArray(x.data, [...shape, ...windowShape], x.dtype, strides, x.offset, x.base ?? x);
  v.writeable = writeable && x.writeable;
  return v;
}

/** Byte address range [lo, hi) an array's elements occupy (null when it has none). */
function extent(a: NDArray): [number, number] | null {
  if (a.size === 0) return null;
  let lo = a.offset;
  let hi = a.offset;
  for (let k = 0; k < a.ndim; k++) {
    const span = (a.shape[k] - 1) * a.strides[k];
    if (span < 0) lo += span; else hi += span;
  }
  const base = a.data.byteOffset;
  return [base + lo * a.itemsize, base + (hi + 1) * a.itemsize];
}

/** np.may_share_memory: the same buffer and overlapping address bounds (NumPy's MAY_SHARE_BOUNDS). */
export function mayShareBounds(a: NDArray, b: NDArray): boolean {
  if (a.data.buffer !== b.data.buffer) return false;
  const ea = extent(a);
  const eb = extent(b);
  return ea !== null && eb !== null && ea[0] < eb[1] && eb[0] < ea[1];
}

/** Sorted byte addresses of a's elements that start inside [lo, hi). */
function addresses(a: NDArray, lo: number, hi: number): Float64Array {
  const slots = a.slots();
  const base = a.data.byteOffset;
  const size = a.itemsize;
  const out = new Float64Array(slots.length);
  let n = 0;
  for (let i = 0; i < slots.length; i++) {
    const at = base + slots[i] * size;
    if (at + size > lo && at < hi) out[n++] = at;
  }
  return out.subarray(0, n).sort();
}

/** np.shares_memory: whether some byte belongs to an element of both arrays (exact answer). */
export function sharesMemory(a: NDArray, b: NDArray): boolean {
  if (!mayShareBounds(a, b)) return false;
  const ea = extent(a)!;
  const eb = extent(b)!;
  const lo = Math.max(ea[0], eb[0]);
  const hi = Math.min(ea[1], eb[1]);
  const xs = addresses(a, lo, hi);
  const ys = addresses(b, lo, hi);
  const sa = a.itemsize;
  const sb = b.itemsize;
  let i = 0;
  let j = 0;
  while (i < xs.length && j < ys.length) {
    if (xs[i] + sa <= ys[j]) i++;
    else if (ys[j] + sb <= xs[i]) j++;
    else return true;
  }
  return false;
}
