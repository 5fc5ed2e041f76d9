// The NDArray: a strided view (buffer, shape, strides, offset, dtype) over one typed buffer, as in
// NumPy and scijs/ndarray. Slicing, transposing and broadcasting build new views over the same
// buffer in O(ndim); writes through a view reach every other view of the buffer.
// Strides are counted in elements (not bytes); `byteStrides` gives NumPy's `.strides`.
// This file owns the class, element access by flat C-order index, and the row iterator every
// kernel is built on (`forEachRow`). Operations live in their own files (see index.ts).

import { checkAllocation } from './errors';
import { DTYPES, type DType, type ElementValue, type TypedArray, readSlot, toSlot } from './dtype';
import { heapAlloc, heapFree, heapRetainView, isHeapArray } from './wasm/heap';
import { simdCopy2d } from './wasm/copy';

export class NDArray {
  /** The shared buffer; element i of the view lives at data[offset + sum(idx[k]*strides[k])]. */
  readonly data: TypedArray;
  readonly shape: readonly number[];
  /** Element strides (may be 0 for broadcast dimensions, negative for flipped ones). */
  readonly strides: readonly number[];
  readonly offset: number;
  readonly dtype: DType;
  /** The array whose buffer this view shares (NumPy's `.base`), or null when it owns its data. */
  readonly base: NDArray | null;
  /** False for views NumPy marks read-only (broadcast_to). */
  writeable: boolean;
  /**
   * True when NumPy would hand back a NumPy scalar (np.float64(...)) instead of an array: full
   * reductions, integer indexing down to 0-d, ufuncs on 0-d inputs. Always a 0-d array.
   */
  isScalar = false;
  /** Set when a view of this array was made; dispose() then leaves the buffer alone. */
  hasViews = false;

  /**
   * Optional, like numpy-ts's dispose(): hands the buffer back to the engine's pool so the next
   * result of the same size skips allocation and page faults. Only for arrays the caller will
   * not touch again; arrays that are views, or that ever had views, keep their buffer.
   */
  dispose(): void {
    if (this.base !== null || this.hasViews || this.offset !== 0 || this.data.length !== this.size) return;
    if (isHeapArray(this.data)) heapFree(this.data);
    else releaseBuffer(this.data);
  }

  constructor(
    data: TypedArray,
    shape: readonly number[],
    dtype: DType,
    strides?: readonly number[],
    offset = 0,
    base: NDArray | null = null,
  ) {
    this.data = data;
    this.shape = shape;
    this.dtype = dtype;
    this.strides = strides ?? cStrides(shape);
    this.offset = offset;
    this.base = base;
    this.writeable = base ? base.writeable : true;
    if (base) base.hasViews = true;
  }

  get ndim(): number {
    return this.shape.length;
  }
  get size(): number {
    let n = 1;
    for (const d of this.shape) n *= d;
    return n;
  }
  get itemsize(): number {
    return DTYPES[this.dtype].itemsize;
  }
  get nbytes(): number {
    return this.size * this.itemsize;
  }
  /** NumPy's `.strides` (bytes). */
  get byteStrides(): number[] {
    return this.strides.map((s) => s * this.itemsize);
  }

  /** True when the view walks its buffer in C order with no gaps (NumPy's C_CONTIGUOUS flag). */
  get isCContiguous(): boolean {
    let expect = 1;
    for (let k = this.shape.length - 1; k >= 0; k--) {
      const d = this.shape[k];
      if (d === 0) return true;
      if (d !== 1 && this.strides[k] !== expect) return false;
      expect *= d;
    }
    return true;
  }
  get isFContiguous(): boolean {
    let expect = 1;
    for (let k = 0; k < this.shape.length; k++) {
      const d = this.shape[k];
      if (d === 0) return true;
      if (d !== 1 && this.strides[k] !== expect) return false;
      expect *= d;
    }
    return true;
  }

  /** Buffer slot of the element at flat C-order index `flat`. */
  slotOf(flat: number): number {
    let off = this.offset;
    for (let k = this.shape.length - 1; k >= 0; k--) {
      const d = this.shape[k];
      const i = flat % d;
      flat = (flat - i) / d;
      off += i * this.strides[k];
    }
    return off;
  }

  /** Element at flat C-order index: boolean for bool, bigint for int64/uint64, number otherwise. */
  get(flat: number): ElementValue {
    return readSlot(this.data, this.slotOf(flat), this.dtype);
  }

  /** Element at a full multi-index (no negative-index wrapping, no bounds check). */
  getAt(index: readonly number[]): ElementValue {
    let off = this.offset;
    for (let k = 0; k < index.length; k++) off += index[k] * this.strides[k];
    return readSlot(this.data, off, this.dtype);
  }

  /** Writes one element (flat C-order index) with NumPy's casting of the value to this dtype. */
  set(flat: number, value: ElementValue): void {
    this.data[this.slotOf(flat)] = toSlot(value, this.dtype, false) as never;
  }

  /** Elements in C order. */
  *[Symbol.iterator](): IterableIterator<ElementValue> {
    const d = this.data;
    const bool = this.dtype === 'bool';
    if (this.isCContiguous) {
      const end = this.offset + this.size;
      for (let i = this.offset; i < end; i++) yield bool ? d[i] !== 0 : d[i];
      return;
    }
    const slots = this.slots();
    for (let i = 0; i < slots.length; i++) yield readSlot(d, slots[i], this.dtype);
  }

  /** Buffer slots of all elements in C order (for gather/scatter style kernels). */
  slots(): Int32Array | Uint32Array {
    const n = this.size;
    const out = new Uint32Array(n);
    if (this.isCContiguous) {
      for (let i = 0; i < n; i++) out[i] = this.offset + i;
      return out;
    }
    let p = 0;
    forEachRow(this.shape, [this.strides], [this.offset], (offs, len, inner) => {
      let o = offs[0];
      const s = inner[0];
      for (let i = 0; i < len; i++, o += s) out[p++] = o;
    });
    return out;
  }

  /** All elements in C order as JS values. */
  toArray(): ElementValue[] {
    return Array.from(this);
  }

  /** A C-contiguous typed array of the elements in C order (the buffer itself when possible). */
  contiguousData(): TypedArray {
    const n = this.size;
    if (this.isCContiguous && this.offset === 0 && this.data.length === n) return this.data;
    if (this.isCContiguous) {
      // str arrays keep their strings in a plain Array (dtype.ts StrDType), which has no subarray
      if (Array.isArray(this.data)) return (this.data as unknown as string[]).slice(this.offset, this.offset + n) as unknown as TypedArray;
      const view = this.data.subarray(this.offset, this.offset + n) as TypedArray;
      heapRetainView(this.data, view); // callers may keep the view longer than this array
      return view;
    }
    const out = allocateUninit([n], this.dtype).data as TypedArray & { [i: number]: number | bigint };
    const src = this.data as TypedArray & { [i: number]: number | bigint };
    if (this.ndim === 2 && Math.abs(this.strides[0]) < Math.abs(this.strides[1])) {
      if (!simdCopy2d(src, this.offset, this.strides[0], this.strides[1], out, this.shape[0], this.shape[1])) {
        copyTiled2d(src, this.offset, this.strides[0], this.strides[1], out, this.shape[0], this.shape[1]);
      }
      return out;
    }
    let p = 0;
    forEachRow(this.shape, [this.strides], [this.offset], (offs, len, inner) => {
      let o = offs[0];
      const s = inner[0];
      for (let i = 0; i < len; i++, o += s) out[p++] = src[o];
    });
    return out;
  }
}

/**
 * out[i*cols + j] = src[off + i*s0 + j*s1] in 32x32 tiles, so that a transposed source is read
 * and the destination written with cache-friendly locality (np.transpose(a).copy()).
 */
function copyTiled2d(src: { [i: number]: number | bigint }, off: number, s0: number, s1: number, out: { [i: number]: number | bigint }, rows: number, cols: number): void {
  const T = 32;
  for (let i0 = 0; i0 < rows; i0 += T) {
    const i1 = Math.min(rows, i0 + T);
    for (let j0 = 0; j0 < cols; j0 += T) {
      const j1 = Math.min(cols, j0 + T);
      for (let j = j0; j < j1; j++) {
        let si = off + i0 * s0 + j * s1;
        for (let i = i0; i < i1; i++, si += s0) out[i * cols + j] = src[si];
      }
    }
  }
}

/** C-order element strides of a shape. */
export function cStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    s[k] = acc;
    acc *= Math.max(shape[k], 1);
  }
  return s;
}

export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

// ---------------------------------------------------------------- buffer pool
// Buffers handed back by dispose(), keyed by typed-array type and length; bounded in bytes.
const POOL_LIMIT_BYTES = 64 * 1024 * 1024;
const pool = new Map<string, TypedArray[]>();
let pooledBytes = 0;

function poolKey(dtype: DType, n: number): string {
  return `${dtype}:${n}`;
}
const dtypeOfArray = new WeakMap<TypedArray, DType>();

function releaseBuffer(data: TypedArray): void {
  const dt = dtypeOfArray.get(data);
  if (!dt || data.byteLength < 65536 || pooledBytes + data.byteLength > POOL_LIMIT_BYTES) return;
  const key = poolKey(dt, data.length);
  const list = pool.get(key) ?? [];
  if (list.includes(data)) return;
  list.push(data);
  pool.set(key, list);
  pooledBytes += data.byteLength;
  dtypeOfArray.delete(data);
}

/**
 * A fresh C-contiguous array whose contents are unspecified (a recycled buffer when one of the
 * right size was disposed): only for kernels that write every element.
 */
export function allocateUninit(shape: readonly number[], dtype: DType): NDArray {
  const n = shapeSize(shape);
  const list = pool.get(poolKey(dtype, n));
  const data = list?.pop();
  if (data) {
    pooledBytes -= data.byteLength;
    dtypeOfArray.set(data, dtype);
    return new NDArray(data, shape.slice(), dtype);
  }
  const dt = (dtype as string) === 'U0' ? ('U1' as DType) : dtype;
  checkAllocation(n * DTYPES[dt].itemsize, shape, dt);
  const fresh = makeData(dt, n, false);
  if (fresh.byteLength >= 65536 && !isHeapArray(fresh)) dtypeOfArray.set(fresh, dt);
  return new NDArray(fresh, shape.slice(), dt);
}

/** A fresh C-contiguous array (zero-filled), checked against the allocation cap. */
export function allocate(shape: readonly number[], dtype0: DType): NDArray {
  // dtype=str with nothing to size it (np.zeros(2, dtype=str)) is NumPy's '<U1'
  const dtype = (dtype0 as string) === 'U0' ? ('U1' as DType) : dtype0;
  const n = shapeSize(shape);
  checkAllocation(n * DTYPES[dtype].itemsize, shape, dtype);
  const data = makeData(dtype, n, true);
  if (data.byteLength >= 65536 && !isHeapArray(data)) dtypeOfArray.set(data, dtype);
  return new NDArray(data, shape.slice(), dtype);
}

type TypedCtor = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedArray; BYTES_PER_ELEMENT: number };
const heapCtors = new Map<DType, TypedCtor | null>();

/** The typed-array constructor of a numeric dtype (null for str arrays, which never go to the heap). */
function heapCtor(dtype: DType): TypedCtor | null {
  let c = heapCtors.get(dtype);
  if (c === undefined) {
    const probe = DTYPES[dtype].make(0) as unknown;
    c = ArrayBuffer.isView(probe) ? ((probe as object).constructor as TypedCtor) : null;
    heapCtors.set(dtype, c);
  }
  return c;
}

/** Storage for n elements: on the WebAssembly heap when it takes the array (wasm/heap.ts), else a plain typed array. */
function makeData(dtype: DType, n: number, zero: boolean): TypedArray {
  const ctor = heapCtor(dtype);
  return (ctor && heapAlloc(ctor, n, zero)) || DTYPES[dtype].make(n);
}

/**
 * Walks several same-shaped strided operands together, one innermost row at a time:
 * `fn(offsets, n, innerStrides)` gets each operand's slot for the row start, the row length and
 * each operand's inner stride. Dimensions are first coalesced (size-1 dims dropped, mergeable
 * neighbours joined) so that contiguous data becomes a single long row. `offsets` is reused
 * between calls. Every elementwise kernel is written on top of this once.
 */
export function forEachRow(
  shape: readonly number[],
  strides: readonly (readonly number[])[],
  offsets: readonly number[],
  fn: (offsets: number[], n: number, innerStrides: number[]) => void,
): void {
  const nop = strides.length;
  // coalesce
  const dims: number[] = [];
  const st: number[][] = strides.map(() => []);
  for (let k = 0; k < shape.length; k++) {
    const d = shape[k];
    if (d === 0) return;
    if (d === 1) continue;
    const last = dims.length - 1;
    if (last >= 0) {
      let merge = true;
      for (let o = 0; o < nop; o++) if (st[o][last] !== strides[o][k] * d) merge = false;
      if (merge) {
        dims[last] *= d;
        for (let o = 0; o < nop; o++) st[o][last] = strides[o][k];
        continue;
      }
    }
    dims.push(d);
    for (let o = 0; o < nop; o++) st[o].push(strides[o][k]);
  }
  const offs = offsets.slice();
  if (dims.length === 0) {
    fn(offs, 1, strides.map(() => 0));
    return;
  }
  const nd = dims.length;
  const inner = st.map((s) => s[nd - 1]);
  const n = dims[nd - 1];
  if (nd === 1) {
    fn(offs, n, inner);
    return;
  }
  const idx = new Array<number>(nd - 1).fill(0);
  const base = offsets.slice();
  for (;;) {
    for (let o = 0; o < nop; o++) offs[o] = base[o];
    fn(offs, n, inner);
    let k = nd - 2;
    for (; k >= 0; k--) {
      idx[k]++;
      for (let o = 0; o < nop; o++) base[o] += st[o][k];
      if (idx[k] < dims[k]) break;
      for (let o = 0; o < nop; o++) base[o] -= st[o][k] * dims[k];
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}
