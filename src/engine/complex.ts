// complex64/complex128 arrays: their ufunc loops, add/multiply reductions, real/imag/conj/angle
// and round. Storage (dtype.ts): a plain Array with one immutable Complex per slot, strided
// like every other dtype, so views, indexing, reshape, concatenate and copies need nothing here;
// complex64 slots hold parts already rounded to float32. The per-element formulas (NumPy's
// loops, glibc's cexp/clog/csqrt) live in complex-math.ts.
//
// Loop dtypes come from the rules module (resolveUfunc), so promotion (NEP 50 weak Python
// complex included: float32 array * 1j is complex64) and no-loop errors are NumPy's. Loops are
// plain per-element JS (no SIMD); results are fresh arrays, `out=` is written by ufunc.ts.
// Floating-point warnings are classified from inputs and results (see binaryFlags). Not
// modelled: the inverse trigonometric and hyperbolic ufuncs of complex values
// (NotImplementedError).

import { resolveUfunc } from '../numpy/ufuncs';
import { broadcastOperands } from '../numpy/broadcast';
import type { Operand as RuleOperand } from '../numpy/dtypes';
import { DTYPES, type DType, isComplexDType } from './dtype';
import { EngineError, unwrap } from './errors';
import { NDArray, allocate, forEachRow } from './ndarray';
import { astype, scalarArray } from './creation';
import { fma32 } from './npymath';
import { fpChecking, reportFpBits } from './fpwarnings';
import { cexpF32, clogF32, cpowF32, csqrtF32, glibcHypot } from './complex-math';
import { Complex, COMPLEX_ZERO, cabs, ccos, ccosh, cdiv, cexp, clog, cmulFma, cpow, creciprocal, csin, csinh, csqrt, ctan, ctanh, toComplex64 } from './complex-math';
import type { PyScalar } from './rules-adapter';

type Operand = NDArray | PyScalar;
type Slots = Complex[];

/** True for a complex array or a Python complex scalar. */
export function isComplexOperand(x: Operand): boolean {
  return x instanceof Complex || (x instanceof NDArray && isComplexDType(x.dtype));
}

function ruleOperand(x: Operand): RuleOperand {
  if (x instanceof NDArray) return x.dtype as RuleOperand;
  if (x instanceof Complex) return { weak: 'complex' };
  if (typeof x === 'boolean') return { weak: 'bool' };
  if (typeof x === 'bigint') return { weak: 'int', value: x };
  return { weak: 'float' };
}

function loopInput(x: Operand, dt: DType): NDArray {
  if (!(x instanceof NDArray)) return scalarArray(x, dt, false);
  return x.dtype === dt ? x : astype(x, dt);
}

function broadcastStrides(a: NDArray, shape: readonly number[]): number[] {
  const nd = shape.length;
  const out = new Array<number>(nd).fill(0);
  const off = nd - a.ndim;
  for (let k = 0; k < a.ndim; k++) out[off + k] = a.shape[k] === 1 && shape[off + k] !== 1 ? 0 : a.strides[k];
  return out;
}

// ---------------------------------------------------------------- kernels

type Result = Complex | number | boolean;
type BinaryK = (a: Complex, b: Complex, f32: boolean) => Result;
type UnaryK = (a: Complex, f32: boolean) => Result;

const f = Math.fround;

function nonzero(z: Complex): boolean {
  return z.re !== 0 || z.im !== 0;
}

/** NumPy's complex ordering (CLT/CLE...): lexicographic, false when a part compared is NaN. */
function lessThan(a: Complex, b: Complex): boolean {
  return a.re < b.re || (a.re === b.re && a.im < b.im);
}
function lessEqual(a: Complex, b: Complex): boolean {
  return a.re < b.re || (a.re === b.re && a.im <= b.im);
}
function isNanC(z: Complex): boolean {
  return z.re !== z.re || z.im !== z.im;
}

function mul(a: Complex, b: Complex, f32: boolean): Complex {
  if (!f32) return cmulFma(a.re, a.im, b.re, b.im);
  return new Complex(fma32(a.re, b.re, -f(a.im * b.im)), fma32(a.re, b.im, f(a.im * b.re)));
}

function div(a: Complex, b: Complex, f32: boolean): Complex {
  if (!f32) return cdiv(a.re, a.im, b.re, b.im);
  const ar = a.re, ai = a.im, br = b.re, bi = b.im;
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) return new Complex(ar / abr, ai / abi);
    const rat = f(bi / br);
    const scl = f(1 / f(br + f(bi * rat)));
    return new Complex(f(f(ar + f(ai * rat)) * scl), f(f(ai - f(ar * rat)) * scl));
  }
  const rat = f(br / bi);
  const scl = f(1 / f(bi + f(br * rat)));
  return new Complex(f(f(f(ar * rat) + ai) * scl), f(f(f(ai * rat) - ar) * scl));
}

const BINARY: Record<string, BinaryK> = {
  add: (a, b, s) => (s ? new Complex(f(a.re + b.re), f(a.im + b.im)) : new Complex(a.re + b.re, a.im + b.im)),
  subtract: (a, b, s) => (s ? new Complex(f(a.re - b.re), f(a.im - b.im)) : new Complex(a.re - b.re, a.im - b.im)),
  multiply: mul,
  divide: div,
  power: (a, b, s) => (s ? cpowF32(a.re, a.im, b.re, b.im) : cpow(a.re, a.im, b.re, b.im)),
  equal: (a, b) => a.re === b.re && a.im === b.im,
  not_equal: (a, b) => a.re !== b.re || a.im !== b.im,
  less: (a, b) => lessThan(a, b),
  less_equal: (a, b) => lessEqual(a, b),
  greater: (a, b) => lessThan(b, a),
  greater_equal: (a, b) => lessEqual(b, a),
  logical_and: (a, b) => nonzero(a) && nonzero(b),
  logical_or: (a, b) => nonzero(a) || nonzero(b),
  logical_xor: (a, b) => nonzero(a) !== nonzero(b),
  // NaN propagates (the first NaN operand wins), otherwise the lexicographic larger/smaller
  maximum: (a, b) => (isNanC(a) || (!isNanC(b) && lessEqual(b, a)) ? a : b),
  minimum: (a, b) => (isNanC(a) || (!isNanC(b) && lessEqual(a, b)) ? a : b),
};

const LOG10E = Math.LOG10E;
const LOG2E = Math.LOG2E;

const UNARY: Record<string, UnaryK> = {
  negative: (a) => new Complex(-a.re, -a.im),
  positive: (a) => a,
  conjugate: (a) => new Complex(a.re, -a.im),
  absolute: (a, s) => (s ? cabs32(a) : cabs(a.re, a.im)),
  square: (a, s) => mul(a, a, s),
  reciprocal: (a) => creciprocal(a.re, a.im),
  exp: (a, s) => (s ? cexpF32(a.re, a.im) : cexp(a.re, a.im)),
  exp2: (a) => cexp(a.re * Math.LN2, a.im * Math.LN2),
  log: (a, s) => (s ? clogF32(a.re, a.im) : clog(a.re, a.im)),
  log10: (a) => { const l = clog(a.re, a.im); return new Complex(l.re * LOG10E, l.im * LOG10E); },
  log2: (a) => { const l = clog(a.re, a.im); return new Complex(l.re * LOG2E, l.im * LOG2E); },
  sqrt: (a, s) => (s ? csqrtF32(a.re, a.im) : csqrt(a.re, a.im)),
  sin: (a) => csin(a.re, a.im),
  cos: (a) => ccos(a.re, a.im),
  tan: (a) => ctan(a.re, a.im),
  sinh: (a) => csinh(a.re, a.im),
  cosh: (a) => ccosh(a.re, a.im),
  tanh: (a) => ctanh(a.re, a.im),
  // NumPy 2: sign(z) = z / |z| (0 for 0, nan+nanj when a part is NaN)
  sign: (a) => {
    if (isNanC(a)) return new Complex(NaN, NaN);
    const m = cabs(a.re, a.im);
    if (m === 0) return COMPLEX_ZERO;
    if (m === Infinity) {
      const re = a.re === Infinity ? 1 : a.re === -Infinity ? -1 : 0;
      const im = a.im === Infinity ? 1 : a.im === -Infinity ? -1 : 0;
      return re !== 0 && im !== 0 ? new Complex(NaN, NaN) : new Complex(re, im);
    }
    return new Complex(a.re / m, a.im / m);
  },
  isnan: (a) => isNanC(a),
  isinf: (a) => a.re === Infinity || a.re === -Infinity || a.im === Infinity || a.im === -Infinity,
  isfinite: (a) => Number.isFinite(a.re) && Number.isFinite(a.im),
  logical_not: (a) => !nonzero(a),
  rint: (a) => new Complex(rintHalfEven(a.re), rintHalfEven(a.im)),
};

function rintHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.round(x);
  const v = r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  return v === 0 && (x < 0 || Object.is(x, -0)) ? -0 : v;
}

/** complex64 absolute: NumPy's float32 SIMD cabs (each step rounded to float32). */
function cabs32(a: Complex): number {
  const x = Math.abs(a.re), y = Math.abs(a.im);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  const big = x > y ? x : y;
  const small = x > y ? y : x;
  if (big === 0) return 0;
  const r = f(small / big);
  return f(big * f(Math.sqrt(fma32(r, r, 1))));
}

/** abs() of a NumPy complex scalar: npy_cabs, i.e. hypot (glibc's; hypotf for complex64). */
const scalarAbs: UnaryK = (a, s) => (s ? f(Math.sqrt(a.re * a.re + a.im * a.im)) : glibcHypot(a.re, a.im));

function storeValue(v: Result, dt: DType): unknown {
  if (v instanceof Complex) return dt === ('complex64' as DType) ? toComplex64(v) : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

// ---------------------------------------------------------------- ufunc entry points

function noLoop(canon: string, dt: DType): EngineError {
  return new EngineError('NotImplementedError', `np.${canon} of ${dt} values is not supported by the Shapewise engine yet`);
}

/** A binary ufunc where an operand is complex (or the dtype= loop is); a fresh result array. */
export function complexUfunc2(canon: string, x: Operand, y: Operand, dtype?: DType, scalarMath = false): NDArray {
  const loop = unwrap(resolveUfunc(canon, [ruleOperand(x), ruleOperand(y)], dtype ? { dtype: dtype as never } : {}));
  const inDt = loop.inputs[0] as DType, outDt = loop.outputs[0] as DType;
  if (!isComplexDType(inDt) || loop.inputs[1] !== loop.inputs[0]) throw noLoop(canon, inDt);
  const kernel = scalarMath && canon === 'multiply' ? naiveMul : BINARY[canon];
  if (!kernel) throw noLoop(canon, inDt);
  const a = loopInput(x, inDt), b = loopInput(y, inDt);
  const shape = unwrap(broadcastOperands([a.shape, b.shape])) as number[];
  const out = allocate(shape, outDt);
  const od = out.data as unknown as unknown[];
  const ad = a.data as unknown as Slots, bd = b.data as unknown as Slots;
  const f32 = inDt === ('complex64' as DType);
  if (canon === 'power' && !(x instanceof NDArray && x.ndim === 0) && !(y instanceof NDArray)) {
    // NumPy 2.4's fast_scalar_power: array ** 2 / ** -1 (Python ints) and ** 0.5 (a Python
    // float) run square / reciprocal / sqrt; `** 2.0` stays power
    const fast = y === 2n ? UNARY.square : y === -1n ? UNARY.reciprocal : y === 0.5 ? UNARY.sqrt : null;
    if (fast && x instanceof NDArray) return unaryInto(fast, a, allocate(a.shape, outDt), f32);
  }
  forEachRow(shape, [out.strides, broadcastStrides(a, shape), broadcastStrides(b, shape)], [out.offset, a.offset, b.offset], (offs, n, st) => {
    let o = offs[0], i = offs[1], j = offs[2];
    for (let k = 0; k < n; k++, o += st[0], i += st[1], j += st[2]) od[o] = storeValue(kernel(ad[i], bd[j], f32), outDt);
  });
  if (fpChecking() && isComplexDType(outDt)) binaryFlags(canon, out, a, b, shape);
  out.isScalar = (!(x instanceof NDArray) || x.ndim === 0) && (!(y instanceof NDArray) || y.ndim === 0);
  return out;
}

function unaryInto(kernel: UnaryK, a: NDArray, out: NDArray, f32: boolean): NDArray {
  const od = out.data as unknown as unknown[];
  const ad = a.data as unknown as Slots;
  const outDt = out.dtype;
  forEachRow(a.shape, [out.strides, a.strides], [out.offset, a.offset], (offs, n, st) => {
    let o = offs[0], i = offs[1];
    for (let k = 0; k < n; k++, o += st[0], i += st[1]) od[o] = storeValue(kernel(ad[i], f32), outDt);
  });
  return out;
}

/** A unary ufunc on a complex operand; a fresh result array. */
export function complexUfunc1(canon: string, x: Operand, dtype?: DType, scalarMath = false): NDArray {
  const loop = unwrap(resolveUfunc(canon, [ruleOperand(x)], dtype ? { dtype: dtype as never } : {}));
  const inDt = loop.inputs[0] as DType, outDt = loop.outputs[0] as DType;
  const kernel = scalarMath && canon === 'absolute' ? scalarAbs : UNARY[canon];
  if (!isComplexDType(inDt) || !kernel) throw noLoop(canon, inDt);
  const a = loopInput(x, inDt);
  const out = unaryInto(kernel, a, allocate(a.shape, outDt), inDt === ('complex64' as DType));
  if (fpChecking() && DTYPES[outDt].kind !== 'b') unaryFlags(canon, out, a);
  out.isScalar = !(x instanceof NDArray) || x.ndim === 0;
  return out;
}

// ---------------------------------------------------------------- floating-point flags
// NumPy's RuntimeWarnings for complex loops, classified from inputs and results: a non-finite
// part out of finite inputs is an overflow, or invalid when NaN; a complex division by zero
// gives 'divide by zero' for each nonzero part of the dividend and 'invalid value' for each
// zero part (x/0 and 0/0 in Smith's zero branch); log of 0 is a division by zero.

function finiteC(z: Complex): boolean {
  return z.re - z.re === 0 && z.im - z.im === 0;
}

function binaryFlags(canon: string, out: NDArray, a: NDArray, b: NDArray, shape: readonly number[]): void {
  const od = out.data as unknown as Slots, ad = a.data as unknown as Slots, bd = b.data as unknown as Slots;
  const flags = { divide: false, over: false, invalid: false };
  forEachRow(shape, [out.strides, broadcastStrides(a, shape), broadcastStrides(b, shape)], [out.offset, a.offset, b.offset], (offs, n, st) => {
    let o = offs[0], i = offs[1], j = offs[2];
    for (let k = 0; k < n; k++, o += st[0], i += st[1], j += st[2]) {
      const r = od[o];
      if (finiteC(r)) continue;
      const x = ad[i], y = bd[j];
      if (!finiteC(x) || !finiteC(y)) continue;
      if (canon === 'divide' && y.re === 0 && y.im === 0) {
        for (const part of [x.re, x.im]) {
          if (part === 0) flags.invalid = true;
          else flags.divide = true;
        }
      } else if (r.re !== r.re || r.im !== r.im) flags.invalid = true;
      else flags.over = true;
    }
  });
  if (flags.divide || flags.over || flags.invalid) reportFpBits(flags, canon);
}

function unaryFlags(canon: string, out: NDArray, a: NDArray): void {
  const od = out.data as unknown as unknown[], ad = a.data as unknown as Slots;
  const flags = { divide: false, over: false, invalid: false };
  const isLog = canon === 'log' || canon === 'log2' || canon === 'log10';
  forEachRow(a.shape, [out.strides, a.strides], [out.offset, a.offset], (offs, n, st) => {
    let o = offs[0], i = offs[1];
    for (let k = 0; k < n; k++, o += st[0], i += st[1]) {
      const x = ad[i];
      if (!finiteC(x)) continue;
      if (isLog && x.re === 0 && x.im === 0) { flags.divide = true; continue; }
      const r = od[o] as Complex | number;
      const bad = typeof r === 'number' ? !(r - r === 0) : !finiteC(r);
      if (!bad) continue;
      const nan = typeof r === 'number' ? r !== r : r.re !== r.re || r.im !== r.im;
      if (nan) flags.invalid = true;
      else flags.over = true;
    }
  });
  if (flags.divide || flags.over || flags.invalid) reportFpBits(flags, canon);
}

// ---------------------------------------------------------------- reductions

/**
 * NumPy's complex pairwise sum (CDOUBLE_pairwise_sum) of `n` elements from slot `i`, stride
 * `s`: it counts floats (2 per element), so blocks are 4 elements with 4 accumulators per part,
 * sequential below 4 elements, recursive above 64 (split at a multiple of 4 elements).
 */
function pairwiseComplex(d: Slots, i: number, n: number, s: number, f32: boolean): [number, number] {
  const r = f32 ? f : (x: number) => x;
  if (n < 4) {
    let re = -0, im = -0;
    for (let k = 0; k < n; k++) {
      re = r(re + d[i + k * s].re);
      im = r(im + d[i + k * s].im);
    }
    return [re, im];
  }
  if (n <= 64) {
    const ar = [d[i].re, d[i + s].re, d[i + 2 * s].re, d[i + 3 * s].re];
    const ai = [d[i].im, d[i + s].im, d[i + 2 * s].im, d[i + 3 * s].im];
    const m = n - (n % 4);
    let k = 4;
    for (; k < m; k += 4) {
      for (let q = 0; q < 4; q++) {
        const z = d[i + (k + q) * s];
        ar[q] = r(ar[q] + z.re);
        ai[q] = r(ai[q] + z.im);
      }
    }
    let re = r(r(ar[0] + ar[1]) + r(ar[2] + ar[3]));
    let im = r(r(ai[0] + ai[1]) + r(ai[2] + ai[3]));
    for (; k < n; k++) {
      re = r(re + d[i + k * s].re);
      im = r(im + d[i + k * s].im);
    }
    return [re, im];
  }
  // NumPy halves the float count 2n and rounds it down to a multiple of 8 floats
  const n2 = (n - (n % 8)) / 2;
  const [r1, i1] = pairwiseComplex(d, i, n2, s, f32);
  const [r2, i2] = pairwiseComplex(d, i + n2 * s, n - n2, s, f32);
  return [r(r1 + r2), r(i1 + i2)];
}

/**
 * add / multiply reduce of complex rows for reduce.ts: `row(i, o, n, is, os)` rows of the
 * reduction plan over `id`, accumulated into `od` (already holding the start values).
 */
export function complexReduceRow(op: string, acc: DType, id: unknown, od: unknown, i: number, o: number, n: number, is: number, os: number, casted: boolean): void {
  const src = id as Slots, dst = od as Slots;
  const f32 = acc === ('complex64' as DType);
  const round = f32 ? toComplex64 : (z: Complex) => z;
  if (op === 'add' && os === 0) {
    let re = dst[o].re, im = dst[o].im;
    const chunk = casted ? 8192 : n;
    for (let c = 0; c < n; c += chunk) {
      const [pr, pi] = pairwiseComplex(src, i + c * is, Math.min(chunk, n - c), is, f32);
      re += pr;
      im += pi;
      if (f32) { re = f(re); im = f(im); }
    }
    dst[o] = new Complex(re, im);
    return;
  }
  const k = op === 'add' ? BINARY.add : op === 'multiply' ? naiveMul : op === 'maximum' ? BINARY.maximum : op === 'minimum' ? BINARY.minimum : null;
  if (!k) throw new EngineError('NotImplementedError', `${op} reductions of ${acc} arrays are not supported by the Shapewise engine yet`);
  for (let q = 0; q < n; q++, i += is, o += os) dst[o] = round(k(dst[o], src[i], f32) as Complex);
}

/** The multiply loop's reduce path: a scalar loop without fused operations. */
const naiveMul: BinaryK = (a, b, s) => {
  const re = a.re * b.re - a.im * b.im, im = a.re * b.im + a.im * b.re;
  return s ? new Complex(f(f(f(a.re * b.re) - f(a.im * b.im))), f(f(f(a.re * b.im) + f(a.im * b.re)))) : new Complex(re, im);
};

// ---------------------------------------------------------------- real, imag, conj, angle

function partOf(a: NDArray, which: 're' | 'im'): NDArray {
  const dt = (a.dtype === ('complex64' as DType) ? 'float32' : 'float64') as DType;
  const out = allocate(a.shape, dt);
  const od = out.data as Float64Array;
  const ad = a.data as unknown as Slots;
  forEachRow(a.shape, [out.strides, a.strides], [out.offset, a.offset], (offs, n, st) => {
    let o = offs[0], i = offs[1];
    for (let k = 0; k < n; k++, o += st[0], i += st[1]) od[o] = ad[i][which];
  });
  out.isScalar = a.isScalar;
  return out;
}

/**
 * np.real / ndarray.real: the real parts (a copy for complex input: the engine's complex storage
 * has no float view, so writes into the result do not reach `a`; use setComplexPart), `a`
 * itself otherwise.
 */
export function realPart(a: NDArray): NDArray {
  return isComplexDType(a.dtype) ? partOf(a, 're') : a;
}

/** np.imag / ndarray.imag: the imaginary parts (zeros of a's dtype for real input, read-only in NumPy). */
export function imagPart(a: NDArray): NDArray {
  if (isComplexDType(a.dtype)) return partOf(a, 'im');
  const z = allocate(a.shape, a.dtype);
  z.isScalar = a.isScalar;
  return z;
}

/** `a.real = v` / `a.imag = v` (v broadcast to a's shape, cast to the part's float dtype). */
export function setComplexPart(a: NDArray, which: 're' | 'im', value: NDArray): void {
  if (!isComplexDType(a.dtype)) {
    if (which === 'im') throw new EngineError('TypeError', 'array does not have imaginary part to set');
    return;
  }
  const partDt = (a.dtype === ('complex64' as DType) ? 'float32' : 'float64') as DType;
  const v = value.dtype === partDt ? value : astype(value, partDt);
  const shape = unwrap(broadcastOperands([a.shape, v.shape])) as number[];
  if (shape.length !== a.ndim || shape.some((d, k) => d !== a.shape[k])) {
    throw new EngineError('ValueError', `could not broadcast input array from shape ${shapeText(v.shape)} into shape ${shapeText(a.shape)}`);
  }
  const ad = a.data as unknown as Slots;
  const vd = v.data as Float64Array;
  forEachRow(a.shape, [a.strides, broadcastStrides(v, a.shape)], [a.offset, v.offset], (offs, n, st) => {
    let o = offs[0], i = offs[1];
    for (let k = 0; k < n; k++, o += st[0], i += st[1]) {
      const z = ad[o];
      ad[o] = which === 're' ? new Complex(vd[i], z.im) : new Complex(z.re, vd[i]);
    }
  });
}

function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(',')})`;
}

/** np.round of a complex array: NumPy rounds the real and imaginary parts separately. */
export function roundComplex(a: NDArray, roundPart: (p: NDArray) => NDArray): NDArray {
  const re = roundPart(partOf(a, 're'));
  const im = roundPart(partOf(a, 'im'));
  const out = allocate(a.shape, a.dtype);
  const od = out.data as unknown as Slots;
  const rd = re.data as Float64Array, idd = im.data as Float64Array;
  const rc = re.isCContiguous && re.offset === 0 ? rd : (re.contiguousData() as Float64Array);
  const ic = im.isCContiguous && im.offset === 0 ? idd : (im.contiguousData() as Float64Array);
  for (let k = 0; k < od.length; k++) od[k] = new Complex(rc[k], ic[k]);
  out.isScalar = a.isScalar;
  return out;
}

/** True when every element of a complex array has a zero imaginary part (np.isreal per element is a ufunc-free test). */
export function isRealElementwise(a: NDArray): NDArray {
  const out = allocate(a.shape, 'bool');
  const od = out.data as Uint8Array;
  if (!isComplexDType(a.dtype)) {
    od.fill(1);
  } else {
    const ad = a.data as unknown as Slots;
    forEachRow(a.shape, [out.strides, a.strides], [out.offset, a.offset], (offs, n, st) => {
      let o = offs[0], i = offs[1];
      for (let k = 0; k < n; k++, o += st[0], i += st[1]) od[o] = ad[i].im === 0 ? 1 : 0;
    });
  }
  out.isScalar = a.ndim === 0;
  return out;
}

export { Complex, DTYPES };

// ---------------------------------------------------------------- matmul

/**
 * The stacked complex product of a (..., M, K) and b (..., K, N) already broadcast-compatible
 * (`batch` is the broadcast batch shape), in dtype `dt`. A plain loop: each element sums
 * a[i,k]*b[k,j] for k = 0..K-1 in order, products without fused operations. NumPy calls
 * OpenBLAS zgemm/cgemm, whose blocking and FMA use differ, so results can differ from NumPy's in
 * the last bits (exact for small integer-valued data).
 */
export function complexProduct(a: NDArray, b: NDArray, batch: number[], M: number, K: number, N: number, dt: DType, broadcastTo: (x: NDArray, s: number[]) => NDArray): NDArray {
  const A = astype(broadcastTo(a, [...batch, M, K]), dt);
  const B = astype(broadcastTo(b, [...batch, K, N]), dt);
  const C = allocate([...batch, M, N], dt);
  const ad = A.data as unknown as Slots, bd = B.data as unknown as Slots, cd = C.data as unknown as Slots;
  const f32 = dt === ('complex64' as DType);
  const nb = batch.reduce((x, d) => x * d, 1);
  for (let p = 0; p < nb; p++) {
    const ao = p * M * K, bo = p * K * N, co = p * M * N;
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let re = 0, im = 0;
        for (let k = 0; k < K; k++) {
          const x = ad[ao + i * K + k], y = bd[bo + k * N + j];
          re += x.re * y.re - x.im * y.im;
          im += x.re * y.im + x.im * y.re;
        }
        const z = new Complex(re, im);
        cd[co + i * N + j] = f32 ? toComplex64(z) : z;
      }
    }
  }
  return C;
}

/**
 * cumsum / cumprod of a C-contiguous complex array `src` along `ax` into `out` (same shape):
 * NumPy's accumulate runs the add/multiply loop element after element (the multiply loop's
 * scalar path: no fused operations, as its input overlaps its output).
 */
export function complexAccumulate(src: NDArray, out: NDArray, ax: number, isProd: boolean): void {
  const sd = src.data as unknown as Slots, od = out.data as unknown as Slots;
  const f32 = src.dtype === ('complex64' as DType);
  const round = f32 ? toComplex64 : (z: Complex) => z;
  const n = src.shape[ax], st = src.strides[ax];
  const restShape = src.shape.filter((_, k) => k !== ax);
  const restStr = src.strides.filter((_, k) => k !== ax);
  const step = isProd ? naiveMul : BINARY.add;
  forEachRow(restShape, [restStr], [0], (offs, len, inner) => {
    let base = offs[0];
    for (let r = 0; r < len; r++, base += inner[0]) {
      let acc = sd[base];
      od[base] = acc;
      for (let k = 1; k < n; k++) {
        acc = round(step(acc, sd[base + k * st], f32) as Complex);
        od[base + k * st] = acc;
      }
    }
  });
}

/** re*re + im*im of each element (NumPy's _var step for complex input), as a C-contiguous array of dtype `dt`. */
export function complexAbsSquared(x: NDArray, dt: DType): NDArray {
  const out = allocate(x.shape, dt);
  const od = out.data as Float64Array;
  const xd = x.data as unknown as Slots;
  const f32 = dt === 'float32';
  forEachRow(x.shape, [out.strides, x.strides], [out.offset, x.offset], (offs, n, st) => {
    let o = offs[0], i = offs[1];
    for (let k = 0; k < n; k++, o += st[0], i += st[1]) {
      const z = xd[i];
      od[o] = f32 ? f(f(z.re * z.re) + f(z.im * z.im)) : z.re * z.re + z.im * z.im;
    }
  });
  return out;
}

/** True when a part of z is NaN (argmax/argmin stop at the first such element). */
export function complexHasNan(z: Complex): boolean {
  return isNanC(z);
}

/** argmax/argmin's test: z lexicographically above (isMax) or below the best so far. */
export function complexBeats(z: Complex, best: Complex, isMax: boolean): boolean {
  return isMax ? lessThan(best, z) : lessThan(z, best);
}

/** Throws NotImplementedError when any operand is complex (functions whose kernels read float parts only). */
export function refuseComplex(what: string, ...arrays: (NDArray | null | undefined)[]): void {
  for (const a of arrays) {
    if (a && isComplexDType(a.dtype)) throw new EngineError('NotImplementedError', `${what} of complex arrays is not supported by the Shapewise engine yet`);
  }
}
