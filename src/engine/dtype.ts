// Engine storage facts per dtype: which typed array backs it, item size, kind, value range, and
// how a JS value is converted into / out of a buffer slot. Shape and promotion *rules* are not
// here (they live in src/numpy); this file only knows how each dtype is stored.
//
// Storage decision for int64/uint64: BigInt64Array / BigUint64Array. They are exact, and a store
// into them wraps modulo 2^64 by itself, which is exactly NumPy's silent integer overflow; the
// cost is BigInt arithmetic (~10-30x slower than float64 per element), paid only by 64-bit
// integer kernels. Doubles would silently lose exactness above 2^53 and pairs of Int32Arrays would
// make every kernel twice as complex. Every other dtype is stored in its native typed array, and
// their kernels compute in JS doubles (exact for all 8/16/32-bit integer ops except 32-bit
// multiplication, which uses Math.imul) and let the typed-array store do the wraparound.
import { roundToFloat16 } from './print/formatters';
import { COMPLEX_ZERO, Complex, toComplex64 } from './complex-math';

export type DType =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'float32'
  | 'float64';

/**
 * NumPy's fixed-width unicode dtype `<Un` (n code points per element), named 'U<n>' here.
 * Str arrays carry it in `NDArray.dtype` at run time, but the static DType union above leaves it
 * out on purpose: every rule-facing path (src/numpy promotion, ufunc loops, reductions) keeps its
 * numeric type, and the entry points that can meet a str array test isStrDType first
 * (strings.ts holds the str operations). Elements are JS strings in a plain Array (DTYPES).
 */
export type StrDType = `U${number}` | `S${number}`;

/**
 * True for the string dtypes: unicode 'U<n>' and NumPy's bytes dtype '|Sn' (named 'S<n>'). A
 * bytes array stores each element as a JS string of char codes 0-255 (one per byte, trailing NULs
 * stripped as NumPy does on read) and shares every str path; isBytesDType tells them apart where
 * NumPy does (dtype names, printing b'..', Python bytes values, results of add/where/concatenate).
 */
export function isStrDType(d: DType | StrDType | string): boolean {
  const c = d.charCodeAt(0);
  return c === 85 || c === 83; // 'U' or 'S'
}

/** True for the bytes dtype 'S<n>' (NumPy '|Sn'). */
export function isBytesDType(d: DType | StrDType | string): boolean {
  return d.charCodeAt(0) === 83; // 'S'
}

/** The engine-side dtype value for 'S<n>'. */
export function bytesDType(width: number): DType {
  return `S${width}` as StrDType as unknown as DType;
}

/** The engine-side dtype value for 'U<n>' (see StrDType for why it is cast). */
export function strDType(width: number): DType {
  return `U${width}` as StrDType as unknown as DType;
}

/** Width (code points) of a 'U<n>' dtype. */
export function strWidth(d: StrDType | DType): number {
  return Number(d.slice(1));
}

export type TypedArray =
  | Uint8Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint16Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;
// (str arrays keep their strings in a plain string[] typed as TypedArray: only strings.ts and
// the element-generic copy paths ever touch their slots)

/** A JS value held by one array element: boolean for bool, bigint for 64-bit ints, number otherwise. */
export type ElementValue = number | bigint | boolean;
// (a str array's elements are strings: read them with NDArray.get and `as unknown as string`)

export type DTypeKind = 'b' | 'i' | 'u' | 'f' | 'c' | 'U';

export interface DTypeInfo {
  name: DType;
  kind: DTypeKind;
  itemsize: number;
  /** True when elements are stored as BigInt (int64/uint64). */
  big: boolean;
  make(n: number): TypedArray;
  /** Smallest and largest representable value (as bigint for integer kinds). */
  min: bigint;
  max: bigint;
}

function info(name: DType, kind: DTypeKind, itemsize: number, make: (n: number) => TypedArray): DTypeInfo {
  const bits = BigInt(itemsize * 8);
  let min = 0n;
  let max = 0n;
  if (kind === 'i') {
    min = -(1n << (bits - 1n));
    max = (1n << (bits - 1n)) - 1n;
  } else if (kind === 'u') {
    max = (1n << bits) - 1n;
  } else if (kind === 'b') {
    max = 1n;
  }
  return { name, kind, itemsize, big: itemsize === 8 && (kind === 'i' || kind === 'u'), make, min, max };
}

const NUMERIC_DTYPES = {
  bool: info('bool', 'b', 1, (n) => new Uint8Array(n)),
  int8: info('int8', 'i', 1, (n) => new Int8Array(n)),
  int16: info('int16', 'i', 2, (n) => new Int16Array(n)),
  int32: info('int32', 'i', 4, (n) => new Int32Array(n)),
  int64: info('int64', 'i', 8, (n) => new BigInt64Array(n)),
  uint8: info('uint8', 'u', 1, (n) => new Uint8Array(n)),
  uint16: info('uint16', 'u', 2, (n) => new Uint16Array(n)),
  uint32: info('uint32', 'u', 4, (n) => new Uint32Array(n)),
  uint64: info('uint64', 'u', 8, (n) => new BigUint64Array(n)),
  float32: info('float32', 'f', 4, (n) => new Float32Array(n)),
  float64: info('float64', 'f', 8, (n) => new Float64Array(n)),
  // float16 (run-time only, like StrDType: the static union leaves it out so the rule-facing
  // tables keep their types): Float32Array storage whose every store is rounded to half
  // precision (roundToHalf), so values are exactly NumPy's halves. ufunc results round after
  // the loop, which is NumPy's float16 arithmetic (computed in float32, rounded to half).
  float16: info('float16' as DType, 'f', 2, (n) => new Float32Array(n)),
  // complex64/complex128 (run-time only, like float16): a plain Array of immutable Complex
  // values (complex-math.ts), one slot per element, so every strided view and element-generic
  // copy path works unchanged; complex64 slots hold parts already rounded to float32.
  // complex.ts owns their ufuncs, reductions and casts.
  complex64: info('complex64' as DType, 'c', 8, (n) => new Array<Complex>(n).fill(COMPLEX_ZERO) as unknown as TypedArray),
  complex128: info('complex128' as DType, 'c', 16, (n) => new Array<Complex>(n).fill(COMPLEX_ZERO) as unknown as TypedArray),
} as Record<string, DTypeInfo>;

const STR_INFOS = new Map<string, DTypeInfo>();

function strInfo(name: StrDType): DTypeInfo {
  let i = STR_INFOS.get(name);
  if (!i) {
    const make = (n: number) => new Array<string>(n).fill('') as unknown as TypedArray;
    // kind 'U' for both: the storage kind (JS string slots); bytes take one byte per character
    i = { name: name as unknown as DType, kind: 'U', itemsize: (isBytesDType(name) ? 1 : 4) * strWidth(name), big: false, make, min: 0n, max: 0n };
    STR_INFOS.set(name, i);
  }
  return i;
}

/** Storage facts per dtype; 'U<n>' entries are made on first use. */
export const DTYPES: Record<DType, DTypeInfo> = new Proxy(NUMERIC_DTYPES, {
  get(target, key) {
    if (typeof key === 'string' && !(key in target) && /^[US]\d+$/.test(key)) return strInfo(key as StrDType);
    return target[key as string];
  },
}) as Record<DType, DTypeInfo>;

export const ALL_DTYPES: DType[] = Object.keys(NUMERIC_DTYPES).filter((d) => d !== 'float16' && DTYPES[d as DType].kind !== 'c') as DType[];

/** True for the run-time complex64/complex128 dtypes (see NUMERIC_DTYPES). */
export function isComplexDType(d: DType | string): boolean {
  return d === 'complex64' || d === 'complex128';
}

/** True for the run-time float16 dtype (see NUMERIC_DTYPES). */
export function isHalf(d: DType | string): boolean {
  return d === 'float16';
}

/** Nearest float16 value of x (round half to even; overflow to inf, subnormals kept). The one
 * definition lives with the float16 formatter, which needs it too. */
export const roundToHalf = roundToFloat16;

/** Rounds every element of a float16 array's view to half precision, in place. */
export function roundHalfBuffer(data: TypedArray, start = 0, end = data.length): void {
  const d = data as Float32Array;
  for (let i = start; i < end; i++) d[i] = roundToHalf(d[i]);
}

/** True for the numeric/bool dtype names (str dtypes are spelt '<U3' by NumPy; see isStrDType). */
export function isDType(name: string): name is DType {
  return Object.prototype.hasOwnProperty.call(NUMERIC_DTYPES, name);
}

export const isFloat = (d: DType): boolean => DTYPES[d].kind === 'f';
export const isInteger = (d: DType): boolean => DTYPES[d].kind === 'i' || DTYPES[d].kind === 'u';
export const isBig = (d: DType): boolean => DTYPES[d].big;

/** NumPy's `dtype.char`-free short names used in messages, e.g. `<f8`. */
export function dtypeStr(d: DType): string {
  if (isStrDType(d)) return isBytesDType(d) ? `|${d}` : `<${d}`;
  const i = DTYPES[d];
  if (d === 'bool') return '|b1';
  const end = i.itemsize === 1 ? '|' : '<';
  return `${end}${i.kind}${i.itemsize}`;
}

/** Reads slot `i` of a buffer of dtype `d` as its JS element value. */
export function readSlot(data: TypedArray, i: number, d: DType): ElementValue {
  const v = data[i];
  return d === 'bool' ? v !== 0 : v;
}

const TWO64 = 1n << 64n;

/**
 * Converts a JS value to what the buffer slot of dtype `d` holds, following NumPy's C casts on
 * x86-64 (checked against NumPy 2.4.6): float -> int truncates toward zero; NaN, inf and
 * out-of-range values take the values the cvttsd2si instruction gives (see floatToIntSlot).
 * `fromFloat32` selects the float32-source variant where it differs.
 */
export function toSlot(v0: ElementValue | Complex, d: DType, fromFloat32 = false): number | bigint {
  const inf = DTYPES[d];
  if (inf.kind === 'c') return complexSlot(v0, d) as unknown as number;
  let v: ElementValue;
  if (v0 instanceof Complex) {
    // complex -> real casts keep the real part (NumPy warns); -> bool tests both parts
    if (inf.kind === 'b') return v0.re !== 0 || v0.im !== 0 ? 1 : 0;
    v = v0.re;
  } else v = v0;
  if (inf.kind === 'U') return storeStr(v, d) as unknown as number;
  if (inf.kind === 'f') {
    if (typeof v === 'boolean') return v ? 1 : 0;
    return d === ('float16' as DType) ? roundToHalf(Number(v)) : Number(v);
  }
  if (inf.kind === 'b') {
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'bigint') return v !== 0n ? 1 : 0;
    return v !== 0 ? 1 : 0; // NaN is truthy in NumPy: bool(nan) == True
  }
  if (typeof v === 'number') return floatToIntSlot(v, d, fromFloat32);
  const b = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
  if (inf.big) return inf.kind === 'i' ? BigInt.asIntN(64, b) : BigInt.asUintN(64, b);
  return Number(inf.kind === 'i' ? BigInt.asIntN(inf.itemsize * 8, b) : BigInt.asUintN(inf.itemsize * 8, b));
}

/** A value stored into a complex slot: a Complex (complex64 parts rounded to float32). */
export function complexSlot(v: ElementValue | Complex, d: DType): Complex {
  let z: Complex;
  if ((v as unknown) instanceof Complex) z = v as unknown as Complex;
  else if (typeof v === 'boolean') z = v ? new Complex(1, 0) : COMPLEX_ZERO;
  else z = new Complex(Number(v), 0);
  return (d as string) === 'complex64' ? toComplex64(z) : z;
}

/** A value stored into a str slot: its str(), cut to the dtype's width in code points. */
function storeStr(v: ElementValue | string, d: DType): string {
  const s = typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v);
  const w = strWidth(d);
  return s.length <= w ? s : Array.from(s).slice(0, w).join('');
}

const INT32_MIN = -2147483648;
const INT64_MIN = -(1n << 63n);
const TWO63 = 9223372036854775808;

/** x86 cvttsd2si with a 32-bit destination: NaN and out-of-range give INT32_MIN. */
function cvt32(x: number): number {
  if (!(x > -2147483649 && x < 2147483648)) return INT32_MIN;
  return Math.trunc(x);
}

/** x86 cvttsd2si with a 64-bit destination: NaN and out-of-range give INT64_MIN. */
export function cvt64(x: number): bigint {
  if (!(x >= -TWO63 && x < TWO63)) return INT64_MIN;
  return BigInt(Math.trunc(x));
}

/**
 * Float -> integer slot value exactly as NumPy 2.4.6 produces on x86-64: 8/16-bit targets go
 * through a 32-bit conversion and keep the low bits; int32/int64 use the signed conversion;
 * uint32/uint64 (float64 source) subtract 2^31/2^63 from large values and flip the top bit back;
 * uint32 from float32 goes through int64.
 */
export function floatToIntSlot(x: number, d: DType, fromFloat32 = false): number | bigint {
  switch (d) {
    case 'int8':
      return (cvt32(x) << 24) >> 24;
    case 'uint8':
      return cvt32(x) & 0xff;
    case 'int16':
      return (cvt32(x) << 16) >> 16;
    case 'uint16':
      return cvt32(x) & 0xffff;
    case 'int32':
      return cvt32(x);
    case 'uint32':
      if (fromFloat32) return Number(BigInt.asUintN(32, cvt64(x)));
      if (x >= 2147483648) return (cvt32(x - 2147483648) ^ 0x80000000) >>> 0;
      return cvt32(x) >>> 0;
    case 'int64':
      return cvt64(x);
    case 'uint64':
      if (x >= TWO63) return BigInt.asUintN(64, cvt64(x - TWO63) ^ INT64_MIN);
      return BigInt.asUintN(64, cvt64(x));
    default:
      throw new Error(`floatToIntSlot: ${d} is not an integer dtype`);
  }
}

export { TWO64 };

const TWO32 = 4294967296;

/**
 * 32-bit word views of an int64/uint64 buffer (little-endian: low word at 2i, high at 2i+1).
 * Kernels use them to move 64-bit integers without allocating a BigInt per element.
 */
export function int64Words(a: BigInt64Array | BigUint64Array): { lo: Uint32Array; hi: Int32Array; uhi: Uint32Array; w: Int32Array } {
  const lo = new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
  const w = new Int32Array(a.buffer, a.byteOffset, a.length * 2);
  return { lo, hi: w, uhi: lo, w };
}

/** Writes the exact integer `t` (|t| < 2^63, already truncated) into slot i of a words view. */
export function writeInt64Number(w: Int32Array, i: number, t: number): void {
  const hi = Math.floor(t / TWO32);
  w[2 * i] = (t - hi * TWO32) | 0;
  w[2 * i + 1] = hi | 0;
}

/** float -> int64 (x86 cvttsd2si semantics) into a words view, no BigInt. */
export function writeCvt64(w: Int32Array, i: number, x: number): void {
  if (!(x >= -9223372036854775808 && x < 9223372036854775808)) {
    w[2 * i] = 0;
    w[2 * i + 1] = -2147483648;
    return;
  }
  writeInt64Number(w, i, Math.trunc(x));
}

export { TWO32 };
