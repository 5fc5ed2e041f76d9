// Raw bytes of arrays, as NumPy on a little-endian machine: np.frombuffer(buffer, dtype=float,
// count=-1, offset=0) reads a read-only array out of a bytes value, ndarray.tobytes() writes the
// elements in C order (numbers in their native little-endian layout, 'S' elements padded with
// NUL bytes, 'U' elements as UTF-32). Error texts are NumPy 2.4.6's.
import * as E from '../engine';
import type { DType, NDArray } from '../engine';
import { isBytesDType } from '../engine/dtype';
import { bind, signature } from './args';
import { moduleFactories } from './interp';
import { ARRAY_METHODS, PyNdArray, guard, optDType } from './numpy';
import { PyBytes } from './pybytes';
import { toIndex, typeName } from './runtime';
import { throwErr } from './types';
import { PyBuiltin, type PyValue } from './values';

type TypedCtor = { new (buffer: ArrayBuffer, byteOffset?: number, length?: number): ArrayLike<number | bigint> };
const VIEWS: Partial<Record<string, TypedCtor>> = {
  bool: Uint8Array, int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array, int32: Int32Array,
  uint32: Uint32Array, int64: BigInt64Array, uint64: BigUint64Array, float32: Float32Array, float64: Float64Array,
};

function numericView(d: DType): TypedCtor {
  const v = VIEWS[d];
  if (!v) throwErr('NotImplementedError', `raw bytes of dtype ${E.dtypeStr(d)} are not supported by the Shapewise evaluator`);
  return v!;
}

const frombufferSig = signature('frombuffer', 'buffer, dtype=float, count=-1, offset=0, *, like=None');

function frombuffer(args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const b = bind(frombufferSig, args, kw) as Record<string, PyValue>;
  if (!(b.buffer instanceof PyBytes)) throwErr('TypeError', `a bytes-like object is required, not '${typeName(b.buffer)}'`);
  const data = (b.buffer as PyBytes).data;
  const dtype = optDType(b.dtype) ?? 'float64';
  const itemsize = E.DTYPES[dtype].itemsize;
  const offset = toIndex(b.offset);
  let count = toIndex(b.count);
  if (offset < 0 || offset > data.length) throwErr('ValueError', 'offset must be non-negative and no greater than buffer length (' + data.length + ')');
  const available = data.length - offset;
  if (count < 0) {
    if (available % itemsize !== 0) throwErr('ValueError', 'buffer size must be a multiple of element size');
    count = available / itemsize;
  } else if (count * itemsize > available) throwErr('ValueError', 'buffer is smaller than requested size');
  let out: NDArray;
  if (E.isStrDType(dtype)) {
    if (!isBytesDType(dtype) || itemsize === 0) throwErr('NotImplementedError', `np.frombuffer with dtype ${E.dtypeStr(dtype)} is not supported by the Shapewise evaluator`);
    out = guard(() => E.zeros([count], dtype));
    const slots = out.data as unknown as string[];
    for (let i = 0; i < count; i++) {
      let s = '';
      for (let k = 0; k < itemsize; k++) s += String.fromCharCode(data[offset + i * itemsize + k]);
      slots[i] = s.replace(/\0+$/, '');
    }
  } else {
    const bytes = data.slice(offset, offset + count * itemsize); // a copy, aligned at 0
    const view = new (numericView(dtype))(bytes.buffer, 0, count);
    out = guard(() => E.zeros([count], dtype));
    const d = out.data as unknown as { [i: number]: number | bigint };
    for (let i = 0; i < count; i++) d[i] = dtype === 'bool' ? (view[i] ? 1 : 0) : view[i];
  }
  out.writeable = false; // NumPy's array over an immutable bytes object
  return new PyNdArray(out);
}

/** ndarray.tobytes(order='C'): the elements' bytes in C order. */
function tobytes(self: NDArray, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const order = (kw?.get('order') ?? args[0] ?? 'C') as PyValue;
  if (order !== 'C' && order !== 'A' && order !== 'K') throwErr('NotImplementedError', "tobytes(order='F') is not supported by the Shapewise evaluator");
  const values = [...self] as unknown[];
  const itemsize = E.DTYPES[self.dtype].itemsize;
  const out = new Uint8Array(values.length * itemsize);
  if (E.isStrDType(self.dtype)) {
    const w = E.strWidth(self.dtype);
    values.forEach((v, i) => {
      const s = v as string;
      if (isBytesDType(self.dtype)) for (let k = 0; k < s.length && k < w; k++) out[i * itemsize + k] = s.charCodeAt(k);
      else {
        const dv = new DataView(out.buffer);
        let k = 0;
        for (const ch of s) { if (k >= w) break; dv.setUint32(i * itemsize + 4 * k++, ch.codePointAt(0)!, true); }
      }
    });
    return new PyBytes(out);
  }
  const view = new (numericView(self.dtype))(out.buffer, 0, values.length) as unknown as { [i: number]: number | bigint };
  values.forEach((v, i) => { view[i] = typeof v === 'boolean' ? (v ? 1 : 0) : (v as number | bigint); });
  return new PyBytes(out);
}

/** Adds np.frombuffer and ndarray.tobytes to the numpy module factory. */
export function installBufferFunctions(): void {
  const orig = moduleFactories.get('numpy');
  if (!orig) return;
  moduleFactories.set('numpy', (interp) => {
    const m = orig(interp);
    m.dict.set('frombuffer', new PyBuiltin('frombuffer', (a, k) => frombuffer(a, k ?? null)));
    // after the factory: it fills ARRAY_METHODS only while the table is empty
    ARRAY_METHODS.set('tobytes', (self, args, kw) => tobytes(self, args, kw ?? null));
    return m;
  });
}
