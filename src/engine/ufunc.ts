// Ufuncs: NumPy's elementwise functions with broadcasting written once. `ufunc2`/`ufunc1` ask the
// rules module (src/numpy) for the loop dtypes (NEP 50 weak Python scalars included) and the
// broadcast shape, cast operands to the loop dtype only when storage differs, then run one
// compiled row loop per kernel (kernels.ts) over `forEachRow`. Each ufunc is one line in the
// kernel tables below, per storage domain: f = float, i = 8/16/32-bit ints, I = 64-bit ints
// (BigInt), b = bool. Also owns out=/in-place writes (with NumPy's same_kind output cast check)
// and the same-shape fast path (two C-contiguous arrays of one dtype, or a float array and a
// Python float), which skips resolution and broadcasting.

import { isHalf, roundToHalf } from './dtype';
import { checkBinaryFp, checkUnaryFp, fpBeforeWrite, fpChecking, fpCheckingUnder } from './fpwarnings';
import { isStrArray, strUfunc2 } from './strings';
import { complexUfunc1, complexUfunc2, isComplexOperand } from './complex';
import { Complex } from './complex-math';
import { isComplexDType } from './dtype';
import { resolveUfunc, checkUfuncOutputCast, canonicalUfuncName } from '../numpy/ufuncs';
import { broadcastOperands } from '../numpy/broadcast';
import type { Operand as RuleOperand, DType as RuleDType } from '../numpy/dtypes';
import { DTYPES, type DType, isDType } from './dtype';
import { EngineError, unwrap, valueError } from './errors';
import { NDArray, allocate, allocateUninit, forEachRow } from './ndarray';
import { isHeapArray, mayShareMemory } from './wasm/heap';
import { simdBinary2d, simdBinaryLoop, simdFloatRow, simdUnaryLoop } from './wasm/simd';
import { simdCompareLoop } from './wasm/mask';
import { allocateLike, astype, scalarArray } from './creation';
import { type BinaryKernel, type UnaryKernel, type KernelConsts, compileBinary, compileUnary } from './kernels';
import { negativeStrideLoop } from './npymath';
import { negativeStrideLoop2 } from './libm-glibc';
import type { PyScalar } from './rules-adapter';

/** An operand: an NDArray (strong dtype) or a Python scalar (weak, NEP 50). */
export type Operand = NDArray | PyScalar;

type Domain = 'f' | 'i' | 'I' | 'b';
function domainOf(d: DType): Domain {
  const k = DTYPES[d].kind;
  return k === 'f' ? 'f' : k === 'b' ? 'b' : DTYPES[d].big ? 'I' : 'i';
}

type Table<K> = Partial<Record<Domain, K>> & { i32?: K; f32?: K };

// ---------------------------------------------------------------- binary kernels
/* eslint-disable @typescript-eslint/no-unused-vars */
const add: BinaryKernel = (x, y) => x + y;
const sub: BinaryKernel = (x, y) => x - y;
const mul: BinaryKernel = (x, y) => x * y;
const truthy = (x: number | bigint) => x;

const BINARY: Record<string, Table<BinaryKernel>> = {
  add: { f: add, i: add, I: add, b: (x, y) => x | y },
  subtract: { f: sub, i: sub, I: sub },
  multiply: { f: mul, i: mul, i32: (x, y) => Math.imul(x, y), I: mul, b: (x, y) => x & y },
  divide: { f: (x, y) => x / y },
  floor_divide: { f: (x, y, H) => H.fdiv(x, y), i: (x, y, H) => H.idiv(x, y), I: (x, y, H) => H.bdiv(x, y) },
  remainder: { f: (x, y, H) => H.fmodPy(x, y), i: (x, y, H) => H.imod(x, y), I: (x, y, H) => H.bmod(x, y) },
  fmod: { f: (x, y) => x % y, i: (x, y) => (y === 0 ? 0 : x % y), I: (x, y) => (y === 0n ? 0n : x % y) },
  power: { f: (x, y) => Math.pow(x, y), i: (x, y, H) => H.ipow(x, y), I: (x, y, H) => H.bpow(x, y) },
  // NumPy's float maximum/minimum loops (AVX512 max_pd/min_pd) return the second operand when
  // the two compare equal, so maximum(-0.0, 0.0) is 0.0 and maximum(0.0, -0.0) is -0.0
  maximum: {
    f: (x, y) => (x > y || x !== x ? x : y),
    i: (x, y) => (x >= y ? x : y),
    I: (x, y) => (x >= y ? x : y),
    b: (x, y) => (x >= y ? x : y),
  },
  minimum: {
    f: (x, y) => (x < y || x !== x ? x : y),
    i: (x, y) => (x <= y ? x : y),
    I: (x, y) => (x <= y ? x : y),
    b: (x, y) => (x <= y ? x : y),
  },
  fmax: { f: (x, y) => (x >= y || y !== y ? x : y), i: (x, y) => (x >= y ? x : y), I: (x, y) => (x >= y ? x : y), b: (x, y) => (x >= y ? x : y) },
  fmin: { f: (x, y) => (x <= y || y !== y ? x : y), i: (x, y) => (x <= y ? x : y), I: (x, y) => (x <= y ? x : y), b: (x, y) => (x <= y ? x : y) },
  equal: { f: (x, y) => x === y, i: (x, y) => x === y, I: (x, y) => x === y, b: (x, y) => x === y },
  not_equal: { f: (x, y) => x !== y, i: (x, y) => x !== y, I: (x, y) => x !== y, b: (x, y) => x !== y },
  less: { f: (x, y) => x < y, i: (x, y) => x < y, I: (x, y) => x < y, b: (x, y) => x < y },
  less_equal: { f: (x, y) => x <= y, i: (x, y) => x <= y, I: (x, y) => x <= y, b: (x, y) => x <= y },
  greater: { f: (x, y) => x > y, i: (x, y) => x > y, I: (x, y) => x > y, b: (x, y) => x > y },
  greater_equal: { f: (x, y) => x >= y, i: (x, y) => x >= y, I: (x, y) => x >= y, b: (x, y) => x >= y },
  bitwise_and: { i: (x, y) => x & y, I: (x, y) => x & y, b: (x, y) => x & y },
  bitwise_or: { i: (x, y) => x | y, I: (x, y) => x | y, b: (x, y) => x | y },
  bitwise_xor: { i: (x, y) => x ^ y, I: (x, y) => x ^ y, b: (x, y) => x ^ y },
  left_shift: { i: (x, y, H, C) => H.shl(x, y, C.bits), I: (x, y, H) => H.bshl(x, y) },
  right_shift: { i: (x, y, H, C) => H.shr(x, y, C.bits, C.unsigned), I: (x, y, H) => H.bshr(x, y) },
  logical_and: { f: (x, y) => x !== 0 && y !== 0, i: (x, y) => x !== 0 && y !== 0, I: (x, y) => x !== 0n && y !== 0n, b: (x, y) => x !== 0 && y !== 0 },
  logical_or: { f: (x, y) => x !== 0 || y !== 0, i: (x, y) => x !== 0 || y !== 0, I: (x, y) => x !== 0n || y !== 0n, b: (x, y) => x !== 0 || y !== 0 },
  logical_xor: { f: (x, y) => (x !== 0) !== (y !== 0), i: (x, y) => (x !== 0) !== (y !== 0), I: (x, y) => (x !== 0n) !== (y !== 0n), b: (x, y) => (x !== 0) !== (y !== 0) },
  arctan2: { f: (x, y, H) => H.arctan2_64(x, y), f32: (x, y, H) => H.arctan2F32(x, y) },
  // glibc's hypot (NumPy's npy_hypot): V8's Math.hypot differs in the last bit on ~37% of inputs
  hypot: { f: (x, y, H) => H.hypot(x, y) },
  copysign: { f: (x, y) => (y < 0 || Object.is(y, -0) || (y !== y && false) ? -Math.abs(x) : Math.abs(x)) },
  logaddexp: {
    f: (x, y) => {
      if (x === y) return x + Math.LN2;
      const d = x - y;
      return d > 0 ? x + Math.log1p(Math.exp(-d)) : d <= 0 ? y + Math.log1p(Math.exp(d)) : d;
    },
  },
  heaviside: { f: (x, y) => (x !== x ? x : x === 0 ? y : x < 0 ? 0 : 1) },
  gcd: { i: (x, y, H) => H.gcd(x, y), I: (x, y, H) => H.bgcd(x, y) },
  lcm: {
    i: (x, y, H) => { const g = H.gcd(x, y); return g === 0 ? 0 : Math.abs((x / g) * y); },
    I: (x, y, H) => { const g = H.bgcd(x, y); const r = g === 0n ? 0n : (x / g) * y; return r < 0n ? -r : r; },
  },
};

// ---------------------------------------------------------------- unary kernels
const ident: UnaryKernel = (x) => x;
const UNARY: Record<string, Table<UnaryKernel>> = {
  negative: { f: (x) => -x, i: (x) => -x, I: (x) => -x },
  positive: { f: ident, i: ident, I: ident },
  conjugate: { f: ident, i: ident, I: ident, b: ident },
  absolute: { f: (x) => Math.abs(x), i: (x) => (x < 0 ? -x : x), I: (x) => (x < 0n ? -x : x), b: ident },
  fabs: { f: (x) => Math.abs(x) },
  sign: { f: (x) => (x > 0 ? 1 : x < 0 ? -1 : x === 0 ? 0 : x), i: (x) => (x > 0 ? 1 : x < 0 ? -1 : 0), I: (x) => (x > 0n ? 1n : x < 0n ? -1n : 0n) },
  square: { f: (x) => x * x, i: (x) => x * x, i32: (x) => Math.imul(x, x), I: (x) => x * x },
  reciprocal: { f: (x) => 1 / x, i: (x) => (x === 0 ? 0 : Math.trunc(1 / x)), I: (x) => (x === 0n ? 0n : 1n / x) },
  sqrt: { f: (x) => Math.sqrt(x) },
  cbrt: { f: (x, H) => H.cbrt64(x), f32: (x, H) => H.cbrtF32(x) },
  exp: { f: (x, H) => H.exp64(x), f32: (x, H) => H.expF32(x) },
  exp2: { f: (x, H) => H.exp2_64(x), f32: (x, H) => H.exp2F32(x) },
  expm1: { f: (x, H) => H.expm1_64(x), f32: (x, H) => H.expm1F32(x) },
  log: { f: (x, H) => H.log64(x), f32: (x, H) => H.logF32(x) },
  log2: { f: (x, H) => H.log2_64(x), f32: (x, H) => H.log2F32(x) },
  log10: { f: (x, H) => H.log10_64(x), f32: (x, H) => H.log10F32(x) },
  log1p: { f: (x, H) => H.log1p64(x), f32: (x, H) => H.log1pF32(x) },
  sin: { f: (x, H) => H.sin64(x), f32: (x, H) => H.sinF32(x) },
  cos: { f: (x, H) => H.cos64(x), f32: (x, H) => H.cosF32(x) },
  tan: { f: (x, H) => H.tan64(x), f32: (x, H) => H.tanF32(x) },
  arcsin: { f: (x, H) => H.arcsin64(x), f32: (x, H) => H.arcsinF32(x) },
  arccos: { f: (x, H) => H.arccos64(x), f32: (x, H) => H.arccosF32(x) },
  arctan: { f: (x, H) => H.arctan64(x), f32: (x, H) => H.arctanF32(x) },
  sinh: { f: (x, H) => H.sinh64(x), f32: (x, H) => H.sinhF32(x) },
  cosh: { f: (x, H) => H.cosh64(x), f32: (x, H) => H.coshF32(x) },
  tanh: { f: (x, H) => H.tanh64(x), f32: (x, H) => H.tanhF32(x) },
  arcsinh: { f: (x, H) => H.arcsinh64(x), f32: (x, H) => H.arcsinhF32(x) },
  arccosh: { f: (x, H) => H.arccosh64(x), f32: (x, H) => H.arccoshF32(x) },
  arctanh: { f: (x, H) => H.arctanh64(x), f32: (x, H) => H.arctanhF32(x) },
  // float32 loops multiply by the float32 constant (NPY_PIf / 180.0f), computed in float32
  degrees: { f: (x) => x * (180.0 / Math.PI), f32: (x) => x * Math.fround(180 / Math.fround(Math.PI)) },
  rad2deg: { f: (x) => x * (180.0 / Math.PI), f32: (x) => x * Math.fround(180 / Math.fround(Math.PI)) },
  radians: { f: (x) => x * (Math.PI / 180.0), f32: (x) => x * Math.fround(Math.fround(Math.PI) / 180) },
  deg2rad: { f: (x) => x * (Math.PI / 180.0), f32: (x) => x * Math.fround(Math.fround(Math.PI) / 180) },
  floor: { f: (x) => Math.floor(x), i: ident, I: ident, b: ident },
  ceil: { f: (x) => Math.ceil(x), i: ident, I: ident, b: ident },
  trunc: { f: (x) => Math.trunc(x), i: ident, I: ident, b: ident },
  rint: { f: (x, H) => H.rint(x) },
  isnan: { f: (x) => x !== x, i: () => false, I: () => false, b: () => false },
  isinf: { f: (x) => x === Infinity || x === -Infinity, i: () => false, I: () => false, b: () => false },
  isfinite: { f: (x) => x - x === 0, i: () => true, I: () => true, b: () => true },
  signbit: { f: (x) => x < 0 || Object.is(x, -0) },
  logical_not: { f: (x) => x === 0, i: (x) => x === 0, I: (x) => x === 0n, b: (x) => x === 0 },
  invert: { i: (x) => ~x, I: (x) => ~x, b: (x) => x ^ 1 },
};
void truthy;

function pick<K>(table: Table<K> | undefined, dt: DType): K | undefined {
  if (!table) return undefined;
  if ((dt === 'int32' || dt === 'uint32') && table.i32) return table.i32;
  if (dt === 'float32' && table.f32) return table.f32;
  return table[domainOf(dt)];
}

function constsOf(dt: DType): KernelConsts {
  return { bits: DTYPES[dt].itemsize * 8, unsigned: DTYPES[dt].kind === 'u' };
}

// ---------------------------------------------------------------- operand handling

export function toRuleOperand(x: Operand): RuleOperand {
  if (x instanceof NDArray) return x.dtype;
  if (typeof x === 'boolean') return { weak: 'bool' };
  if (typeof x === 'bigint') return { weak: 'int', value: x };
  if (x instanceof Complex) return { weak: 'complex' };
  return { weak: 'float' };
}

export function engineDType(d: RuleDType, what: string): DType {
  if (isDType(d)) return d;
  throw new EngineError('NotImplementedError', `${what} would give dtype ${d}, which this engine does not support`);
}

/** The operand as an array whose stored values the loop of dtype `dt` can read directly. */
function asLoopInput(x: Operand, dt: DType): NDArray {
  if (!(x instanceof NDArray)) return scalarArray(x, dt, false);
  if (x.dtype === dt) return x;
  const from = DTYPES[x.dtype];
  const to = DTYPES[dt];
  if (from.big === to.big && !(from.kind === 'f' && to.kind !== 'f') && to.kind !== 'b' && !(to.big && from.kind !== to.kind)) return x;
  return astype(x, dt);
}

/** Strides of `a` viewed at the broadcast shape `shape` (0 along broadcast dimensions). */
export function broadcastStrides(a: NDArray, shape: readonly number[]): number[] {
  const nd = shape.length;
  const out = new Array<number>(nd).fill(0);
  const off = nd - a.ndim;
  for (let k = 0; k < a.ndim; k++) out[off + k] = a.shape[k] === 1 && shape[off + k] !== 1 ? 0 : a.strides[k];
  return out;
}

export interface UfuncOptions {
  out?: NDArray;
  /** dtype= argument. */
  dtype?: DType;
  /**
   * The operation is a Python operator on NumPy scalars (NumPy's scalarmath.c, not the ufunc
   * loop): complex multiply without fused operations, complex abs by hypot.
   */
  scalarMath?: boolean;
}

function sharesBuffer(a: NDArray, b: NDArray): boolean {
  return mayShareMemory(a.data, b.data);
}

function sameView(a: NDArray, b: NDArray): boolean {
  return a.data === b.data && a.offset === b.offset && a.strides.every((s, k) => s === b.strides[k]) && a.ndim === b.ndim;
}

/** Writes `result` (already at out's shape) into `out`, casting with NumPy's same_kind rule. */
export function writeInto(out: NDArray, result: NDArray, name: string): NDArray {
  unwrap(checkUfuncOutputCast(name, result.dtype, out.dtype));
  assignArray(out, result);
  return out;
}

/** Copies `src` (broadcast to dst's shape) into `dst`, casting element values. */
export function assignArray(dst: NDArray, src: NDArray): void {
  if (!dst.writeable) throw valueError('assignment destination is read-only');
  let s = src;
  if (s.dtype !== dst.dtype) s = astype(s, dst.dtype);
  else if (sharesBuffer(s, dst) && !sameView(s, dst)) s = astype(s, s.dtype);
  const strides = broadcastStrides(s, dst.shape);
  const o = dst.data as unknown as { [i: number]: unknown };
  const a = s.data as unknown as { [i: number]: unknown };
  forEachRow(dst.shape, [dst.strides, strides], [dst.offset, s.offset], (offs, n, inner) => {
    let oi = offs[0];
    let ai = offs[1];
    const os = inner[0];
    const as = inner[1];
    for (let k = 0; k < n; k++, oi += os, ai += as) o[oi] = a[ai];
  });
}

// ---------------------------------------------------------------- int64 fast path
// int64 is NumPy's default integer, so `np.arange(n) + 1` must not pay a BigInt per element.
// When every value of both operands fits in int32, the low 32-bit word *is* the value: the
// kernel then runs on Int32Array word views in doubles (exact: sums stay below 2^33) and the
// result is written back as int64 words.
const SMALL_INT64_OPS = new Set(['add', 'subtract', 'maximum', 'minimum', 'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']);

function wordsView(a: NDArray): NDArray {
  const d = a.data as BigInt64Array;
  const w = new Int32Array(d.buffer, d.byteOffset, d.length * 2);
  return new NDArray(w, a.shape, 'int32', a.strides.map((x) => x * 2), a.offset * 2);
}

/** True when every element of an int64 array lies in [-2^31, 2^31). */
function fitsInt32(a: NDArray): boolean {
  if (a.dtype !== 'int64') return false;
  const v = wordsView(a);
  const w = v.data as Int32Array;
  let ok = true;
  forEachRow(v.shape, [v.strides], [v.offset], (o, n, st) => {
    let i = o[0];
    const s = st[0];
    for (let k = 0; k < n && ok; k++, i += s) if (w[i + 1] !== w[i] >> 31) ok = false;
  });
  return ok;
}

function smallInt64(canon: string, a: NDArray, b: NDArray, target: NDArray): void {
  const la = wordsView(a);
  const lb = wordsView(b);
  const bool = target.dtype === 'bool';
  const tmp = bool ? target : allocate(target.shape, 'float64');
  const kernel = BINARY[canon].f!;
  const run = compileBinary(`${canon}:int64small`, kernel, constsOf('float64'), tmp.data, la.data, lb.data);
  const shape = target.shape;
  forEachRow(shape, [tmp.strides, broadcastStrides(la, shape), broadcastStrides(lb, shape)], [tmp.offset, la.offset, lb.offset], (o, n, st) =>
    run(tmp.data, o[0], st[0], la.data, o[1], st[1], lb.data, o[2], st[2], n),
  );
  if (bool) return;
  const src = tmp.data as Float64Array;
  const tw = wordsView(target);
  const w = tw.data as Int32Array;
  let p = 0;
  forEachRow(shape, [tw.strides], [tw.offset], (o, n, st) => {
    let i = o[0];
    for (let k = 0; k < n; k++, i += st[0]) {
      const r = src[p++];
      const hi = Math.floor(r / 4294967296);
      w[i] = (r - hi * 4294967296) | 0;
      w[i + 1] = hi;
    }
  });
}

/**
 * A 2-D result whose operands all walk their rows with inner stride 1 (a (m,n)+(n,) broadcast,
 * say) in a single SIMD call instead of one call per row; false when not of that form.
 */
function binary2d(canon: string, dt: DType, target: NDArray, a: NDArray, b: NDArray): boolean {
  const shape = target.shape;
  if (shape.length !== 2 || target.strides[1] !== 1) return false;
  const as = broadcastStrides(a, shape), bs = broadcastStrides(b, shape);
  if (as[1] !== 1 || bs[1] !== 1) return false;
  return simdBinary2d(canon, dt, target.data, target.offset, target.strides[0], a.data, a.offset, as[0], b.data, b.offset, bs[0], shape[0], shape[1]);
}

// ---------------------------------------------------------------- same-shape fast path
// The commonest call, `x + y` on two C-contiguous arrays of one dtype or `x * 0.5` on a float
// array, skips loop resolution (cached per ufunc and dtype), broadcasting and the row walker:
// one row loop call (SIMD on the heap) into a fresh array. Everything it skips is the identity
// here, so results are those of the general path. It matters beyond the few microseconds it
// saves: after a kernel has streamed megabytes through the cache, every object the general path
// touches misses, which cost 10-20% of a 1e6-element add (measured: resolution and broadcasting
// took 0.05-0.09 ms of a 0.6 ms call, against 3 us when the cache is warm).

/** Dtypes whose homogeneous loops need no extra step (no BigInt int32-word path, no float16 rounding). */
const FAST_DTYPES = new Set<DType>(['float64', 'float32', 'int32', 'uint32', 'int16', 'uint16', 'int8', 'uint8', 'bool']);
/**
 * ufunc -> (dtype, other operand 'a' array of that dtype / 'f' Python float) -> output dtype of
 * the loop, when its inputs are both that dtype; null when the fast path does not apply.
 */
const fastLoops = new Map<string, Map<string, DType | null>>();
let fastPathOn = true;
const MAX_EXACT = 2n ** 53n;

/** Turns the same-shape fast path off/on (tests check it against the general path). */
export function setUfuncFastPath(on: boolean): void {
  fastPathOn = on;
}

function fastLoopOut(canon: string, dt: DType, other: 'array' | 'float' | 'int'): DType | null {
  let byType = fastLoops.get(canon);
  if (byType === undefined) fastLoops.set(canon, (byType = new Map()));
  const key = other === 'array' ? dt : `${dt}|${other}`;
  let outDt = byType.get(key);
  if (outDt === undefined) {
    outDt = null;
    const r = resolveUfunc(canon, [dt, other === 'array' ? dt : other === 'float' ? { weak: 'float' } : { weak: 'int', value: 1n }], {});
    if (r.ok && r.value.inputs.every((t) => t === dt) && isDType(r.value.outputs[0]) && !isHalf(r.value.outputs[0] as DType) && pick(BINARY[canon], dt)) {
      outDt = r.value.outputs[0] as DType;
    }
    byType.set(key, outDt);
  }
  return outDt;
}

/**
 * `arr op other` (arrFirst) or `other op arr` where other is an array of arr's dtype and shape
 * or, for float arrays, a Python float or an int of at most 2^53 in magnitude (exact as a
 * double; float32 then rounds it once, as NumPy does); both arrays C-contiguous. Null when not
 * of that form.
 */
function sameShapeBinary(canon: string, arr: NDArray, other: Operand, arrFirst: boolean): NDArray | null {
  const dt = arr.dtype;
  if (!FAST_DTYPES.has(dt) || !arr.isCContiguous) return null;
  const otherIsArray = other instanceof NDArray;
  if (otherIsArray) {
    if (other.dtype !== dt || other.ndim !== arr.ndim || !other.isCContiguous) return null;
    for (let k = 0; k < arr.ndim; k++) if (other.shape[k] !== arr.shape[k]) return null;
  } else if ((dt !== 'float64' && dt !== 'float32') || !(typeof other === 'number' || (typeof other === 'bigint' && other <= MAX_EXACT && other >= -MAX_EXACT))) return null;
  if (canon === 'power' && DTYPES[dt].kind !== 'f') return null;
  const outDt = fastLoopOut(canon, dt, otherIsArray ? 'array' : typeof other === 'number' ? 'float' : 'int');
  if (outDt === null) return null;
  const target = allocateUninit(arr.shape, outDt);
  const n = target.size;
  // a Python number as the loop reads it: stored in the loop dtype (float32 rounds it)
  const b = otherIsArray ? other : new NDArray(dt === 'float64' ? Float64Array.of(Number(other)) : Float32Array.of(Number(other)), [], dt);
  const x = arrFirst ? arr : b, y = arrFirst ? b : arr;
  // while floating-point errors are reported, arithmetic kernels flag non-finite results as they
  // go, which spares checkBinaryFp its scan of the output when there are none
  const flag = fpChecking();
  const direct = dt === outDt && n > 0 && (otherIsArray
    ? simdFloatRow(canon, dt, target.data, 0, x.data, x.offset, y.data, y.offset, n, flag)
    : simdFloatRow(canon, dt, target.data, 0, arrFirst ? arr.data : b.data[0] as number, arr.offset, arrFirst ? b.data[0] as number : arr.data, arr.offset, n, flag));
  if (!direct && n > 0) {
    const jsRun = compileBinary(`${canon}:${dt}`, pick(BINARY[canon], dt)!, constsOf(dt), target.data, x.data, y.data);
    const run = (dt === outDt ? simdBinaryLoop(canon, dt, target.data, x.data, y.data, jsRun) : simdCompareLoop(canon, dt, target.data, x.data, y.data, jsRun)) || jsRun;
    run(target.data, 0, 1, x.data, x.offset, x === b && !otherIsArray ? 0 : 1, y.data, y.offset, y === b && !otherIsArray ? 0 : 1, n);
  }
  if (direct !== 'finite' || fpCheckingUnder()) checkBinaryFp(canon, x, y, target, null);
  target.isScalar = arr.ndim === 0 && (!otherIsArray || other.ndim === 0);
  return target;
}

/** A binary ufunc by NumPy name ('add', 'less', 'floor_divide', ...). */
const COMPARISON = new Set(['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']);

/** A Python int outside an integer array's range (NumPy 2 compares it exactly instead of raising). */
function outOfRangeInt(v: Operand, other: Operand): boolean {
  if (typeof v !== 'bigint' || !(other instanceof NDArray)) return false;
  const i = DTYPES[other.dtype];
  if (i.kind === 'b' && (v < -(1n << 63n) || v >= 1n << 63n)) throw new EngineError('OverflowError', 'Python int too large to convert to C long');
  return (i.kind === 'i' || i.kind === 'u') && (v < i.min || v > i.max);
}

/** Comparison of an integer array with an out-of-range Python int: every element compares alike. */
function compareOutOfRange(canon: string, arr: NDArray, v: bigint, arrFirst: boolean): NDArray {
  const above = v > DTYPES[arr.dtype].max; // v is above every element
  let res: boolean;
  switch (canon) {
    case 'equal': res = false; break;
    case 'not_equal': res = true; break;
    case 'less': res = arrFirst ? above : !above; break;
    case 'less_equal': res = arrFirst ? above : !above; break;
    case 'greater': res = arrFirst ? !above : above; break;
    default: res = arrFirst ? !above : above; break;
  }
  const out = allocate(arr.shape, 'bool');
  if (res) (out.data as Uint8Array).fill(1);
  out.isScalar = arr.ndim === 0;
  return out;
}

export function ufunc2(name: string, x: Operand, y: Operand, opts: UfuncOptions = {}): NDArray {
  const canon = canonicalUfuncName(name);
  if (opts.out === undefined && opts.dtype === undefined && fastPathOn) {
    const r = x instanceof NDArray ? sameShapeBinary(canon, x, y, true) : y instanceof NDArray ? sameShapeBinary(canon, y, x, false) : null;
    if (r) return r;
  }
  if (isStrArray(x) || isStrArray(y)) return strUfunc2(canon, x, y);
  if (isComplexOperand(x) || isComplexOperand(y) || (opts.dtype !== undefined && isComplexDType(opts.dtype))) {
    const r = complexUfunc2(canon, x, y, opts.dtype, opts.scalarMath);
    return opts.out ? writeInto(opts.out, r, canon) : r;
  }
  if (COMPARISON.has(canon) && !opts.out) {
    if (outOfRangeInt(y, x)) return compareOutOfRange(canon, x as NDArray, y as bigint, true);
    if (outOfRangeInt(x, y)) return compareOutOfRange(canon, y as NDArray, x as bigint, false);
  }
  const loop = unwrap(resolveUfunc(canon, [toRuleOperand(x), toRuleOperand(y)], opts.dtype ? { dtype: opts.dtype } : {}));
  const inDt = engineDType(loop.inputs[0], `np.${canon}`);
  const inDt2 = engineDType(loop.inputs[1], `np.${canon}`);
  const outDt = engineDType(loop.outputs[0], `np.${canon}`);
  if (canon === 'power' && DTYPES[inDt].kind !== 'f') checkNonNegativeExponent(y);
  const table = BINARY[canon];
  const kernel = pick(table, inDt);
  if (!kernel) throw new EngineError('NotImplementedError', `np.${canon} is not implemented for ${inDt}`);
  const a = asLoopInput(x, inDt);
  const b = asLoopInput(y, inDt2);
  const shape = unwrap(broadcastOperands([a.shape, b.shape])) as number[];
  let out = opts.out;
  let target: NDArray;
  if (out) {
    if (out.ndim !== shape.length || out.shape.some((d, k) => d !== shape[k])) {
      const full = unwrap(broadcastOperands([a.shape, b.shape, out.shape]));
      if (full.length !== out.ndim || full.some((d, k) => d !== out!.shape[k])) {
        throw valueError(`non-broadcastable output operand with shape ${shapeStr(out.shape)} doesn't match the broadcast shape ${shapeStr(full as number[])}`);
      }
    }
    const direct = out.dtype === outDt && !(sharesBuffer(out, a) && !sameView(out, a)) && !(sharesBuffer(out, b) && !sameView(out, b));
    target = direct ? out : allocate(out.shape, outDt);
    if (direct && !out.writeable) throw valueError('output array is read-only');
  } else {
    // NumPy allocates outputs in the memory order of the inputs (order='K')
    const like = [a, b].find((t) => t.ndim === shape.length && t.shape.every((d, k) => d === shape[k]) && !t.isCContiguous);
    target = like ? allocateLike(like, outDt) : allocateUninit(shape, outDt);
  }
  const fpBefore = fpBeforeWrite(target, a, b);
  const tshape = target.shape;
  const jsRun = compileBinary(`${canon}:${inDt}`, kernel, constsOf(inDt), target.data, a.data, b.data);
  // contiguous rows on the WebAssembly heap run on SIMD kernels (same results, wasm/simd.ts):
  // float arithmetic and comparisons, wrapping integer add/subtract/multiply
  const simdRun = inDt2 === inDt ? (inDt === outDt ? simdBinaryLoop(canon, inDt, target.data, a.data, b.data, jsRun) : simdCompareLoop(canon, inDt, target.data, a.data, b.data, jsRun)) : null;
  // int64 rows the kernels cannot take would run on BigInts: prefer the int32-word path then
  const onHeapRows = (t: NDArray) => t.size === 1 || (t.isCContiguous && isHeapArray(t.data));
  const simdWhole = simdRun && (inDt !== 'int64' || (target.isCContiguous && onHeapRows(a) && onHeapRows(b)));
  if (!simdWhole && inDt === 'int64' && inDt2 === 'int64' && SMALL_INT64_OPS.has(canon) && fitsInt32(a) && fitsInt32(b)) {
    smallInt64(canon, a, b, target);
  } else if (!(simdRun && inDt === outDt && binary2d(canon, inDt, target, a, b))) {
  const run = simdRun || jsRun;
  // NumPy's 1-D SVML loops (arctan2) fall back to libm when a stride is negative (libm-glibc.ts)
  const libmRun = tshape.length <= 1 && outDt === inDt && inDt2 === inDt ? negativeStrideLoop2(canon, inDt) : null;
  forEachRow(tshape, [target.strides, broadcastStrides(a, tshape), broadcastStrides(b, tshape)], [target.offset, a.offset, b.offset], (offs, n, st) =>
    libmRun && (st[0] < 0 || st[1] < 0 || st[2] < 0)
      ? libmRun(target.data as Float32Array, offs[0], st[0], a.data as Float32Array, offs[1], st[1], b.data as Float32Array, offs[2], st[2], n)
      : run(target.data, offs[0], st[0], a.data, offs[1], st[1], b.data, offs[2], st[2], n),
  );
  }
  if (isHalf(outDt)) roundHalfView(target);
  checkBinaryFp(canon, a, b, target, fpBefore);
  if (out) {
    if (target !== out) writeInto(out, target, canon);
    else unwrap(checkUfuncOutputCast(canon, outDt, out.dtype));
    return out;
  }
  target.isScalar = (!(x instanceof NDArray) || x.ndim === 0) && (!(y instanceof NDArray) || y.ndim === 0);
  return target;
}

/** A unary ufunc by NumPy name ('negative', 'sqrt', 'isnan', ...). */
export function ufunc1(name: string, x: Operand, opts: UfuncOptions = {}): NDArray {
  const canon = canonicalUfuncName(name);
  if (isStrArray(x)) {
    throw new EngineError('TypeError', `ufunc '${canon}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  }
  if (isComplexOperand(x) || (opts.dtype !== undefined && isComplexDType(opts.dtype))) {
    const r = complexUfunc1(canon, x, opts.dtype, opts.scalarMath);
    return opts.out ? writeInto(opts.out, r, canon) : r;
  }
  const loop = unwrap(resolveUfunc(canon, [toRuleOperand(x)], opts.dtype ? { dtype: opts.dtype } : {}));
  const inDt = engineDType(loop.inputs[0], `np.${canon}`);
  const outDt = engineDType(loop.outputs[0], `np.${canon}`);
  const kernel = pick(UNARY[canon], inDt);
  if (!kernel) throw new EngineError('NotImplementedError', `np.${canon} is not implemented for ${inDt}`);
  const a = asLoopInput(x, inDt);
  const out = opts.out;
  const direct = out && out.dtype === outDt && (!sharesBuffer(out, a) || sameView(out, a));
  const target = direct ? out! : allocateLike(a, outDt);
  if (out && (out.ndim !== a.ndim || out.shape.some((d, k) => d !== a.shape[k]))) {
    throw valueError(`non-broadcastable output operand with shape ${shapeStr(out.shape)} doesn't match the broadcast shape ${shapeStr(a.shape)}`);
  }
  const fpBefore = fpBeforeWrite(target, a);
  const jsRun = compileUnary(`${canon}:${inDt}`, kernel, constsOf(inDt), target.data, a.data);
  const run = (inDt === outDt && simdUnaryLoop(canon, inDt, target.data, a.data, jsRun)) || jsRun;
  // NumPy's 1-D loops with a negative stride call libm instead of SVML (npymath.ts)
  const libmRun = (inDt === 'float64' || inDt === 'float32') && outDt === inDt && a.ndim <= 1 ? negativeStrideLoop(canon, inDt) : null;
  forEachRow(a.shape, [target.strides, a.strides], [target.offset, a.offset], (offs, n, st) => (libmRun && (st[0] < 0 || st[1] < 0) ? libmRun : run)(target.data, offs[0], st[0], a.data, offs[1], st[1], n));
  if (isHalf(outDt)) roundHalfView(target);
  checkUnaryFp(canon, a, target, fpBefore);
  if (out) {
    if (target !== out) writeInto(out, target, canon);
    else unwrap(checkUfuncOutputCast(canon, outDt, out.dtype));
    return out;
  }
  target.isScalar = !(x instanceof NDArray) || x.ndim === 0;
  return target;
}

/**
 * float16 results: the loop stored float32 values (NumPy computes float16 ops in float32);
 * rounding them to half now gives NumPy's float16 results.
 */
function roundHalfView(t: NDArray): void {
  const d = t.data as Float32Array;
  forEachRow(t.shape, [t.strides], [t.offset], (offs, n, st) => {
    let o = offs[0];
    for (let k = 0; k < n; k++, o += st[0]) d[o] = roundToHalf(d[o]);
  });
}

function checkNonNegativeExponent(y: Operand): void {
  const bad = () => valueError('Integers to negative integer powers are not allowed.');
  if (y instanceof NDArray) {
    if (DTYPES[y.dtype].kind === 'i') for (const v of y) if ((v as number | bigint) < 0) throw bad();
  } else if ((typeof y === 'bigint' && y < 0n) || (typeof y === 'number' && y < 0)) throw bad();
}

export function shapeStr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

// ---------------------------------------------------------------- named wrappers

const b2 = (name: string) => (x: Operand, y: Operand, opts?: UfuncOptions) => ufunc2(name, x, y, opts);
const u1 = (name: string) => (x: Operand, opts?: UfuncOptions) => ufunc1(name, x, opts);

export const addArr = b2('add');
export const subtract = b2('subtract');
export const multiply = b2('multiply');
export const divide = b2('divide');
export const floorDivide = b2('floor_divide');
export const remainder = b2('remainder');
export const power = b2('power');
export const maximum = b2('maximum');
export const minimum = b2('minimum');
export const equal = b2('equal');
export const notEqual = b2('not_equal');
export const less = b2('less');
export const lessEqual = b2('less_equal');
export const greater = b2('greater');
export const greaterEqual = b2('greater_equal');
export const negative = u1('negative');
export const absolute = u1('absolute');
export const sqrt = u1('sqrt');
export const exp = u1('exp');
export const log = u1('log');
export const isnan = u1('isnan');
export const logicalNot = u1('logical_not');

/** Names of every binary / unary ufunc the engine implements (for the interpreter's np.* table). */
export const BINARY_UFUNCS = Object.keys(BINARY);
export const UNARY_UFUNCS = Object.keys(UNARY);
