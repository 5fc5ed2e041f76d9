// Which results of an operation raised IEEE underflow on NumPy's hardware (x86-64 SSE/AVX,
// underflow masked): a result that is tiny (below the smallest normal, tininess detected after
// rounding) and inexact. Pure functions over the operation's inputs and outputs; fpwarnings.ts
// decides when to call them (only while np.errstate's `under` is not 'ignore', so the default
// pays nothing).
//
// Exact arithmetic ops (multiply, divide, square, reciprocal, casts) are decided exactly
// with BigInt rationals on the rare candidates (|result| <= smallest normal). Library functions
// (exp, power, sin, arctan2, logaddexp, ...) follow rules measured on NumPy 2.4.6 with python3:
// e.g. exp flags every result below the smallest normal, power flags tiny results of a non-zero
// base even when exact (0.5**1070), float32 sin/cos flag inputs below ~2.66e-19 (their
// polynomial's x*x/6 underflows), float64 sin flags subnormal inputs, float32 exp flags
// subnormal inputs below ~8.15e-39.

import { DTYPES, isHalf, roundToHalf, type DType } from './dtype';
import { NDArray, forEachRow } from './ndarray';

interface Format { p: number; emin: number; min: number }
const F64: Format = { p: 53, emin: -1022, min: 2 ** -1022 };
const F32: Format = { p: 24, emin: -126, min: 2 ** -126 };
const F16: Format = { p: 11, emin: -14, min: 2 ** -14 };

function formatOf(d: DType): Format | null {
  if (d === 'float64') return F64;
  if (d === 'float32') return F32;
  if (isHalf(d)) return F16;
  return null;
}

const SCRATCH = new Float64Array(1);
const WORDS = new Uint32Array(SCRATCH.buffer);
/** |x| = m * 2^e with m an integer (x finite and non-zero). */
function decompose(x: number): [bigint, number] {
  SCRATCH[0] = x;
  const hi = WORDS[1], lo = WORDS[0];
  const biased = (hi >>> 20) & 0x7ff;
  const m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0 ? [m, -1074] : [m | (1n << 52n), biased - 1075];
}

/** Sign of a*2^ea - b*2^eb (a, b >= 0). */
function compareScaled(a: bigint, ea: number, b: bigint, eb: number): number {
  if (ea >= eb) a <<= BigInt(ea - eb);
  else b <<= BigInt(eb - ea);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The exact value |v| = num / den * 2^e (num >= 0, den > 0) was rounded to r in format f: did
 * that raise underflow (tiny after rounding, and inexact)?
 */
function underflowsExact(num: bigint, den: bigint, e: number, r: number, f: Format): boolean {
  if (num === 0n) return false;
  const ar = Math.abs(r);
  if (ar > f.min) return false;
  if (ar !== 0) {
    const [mr, er] = decompose(ar);
    if (compareScaled(num, e, mr * den, er) === 0) return false; // exact
  }
  if (ar < f.min) return true;
  // r is the smallest normal: tiny only if v rounded to p bits with unbounded exponent stays
  // below it, i.e. v < min - 2^(emin-p-1) (the midpoint rounds to even, up to min)
  return compareScaled(num, e, den * ((1n << BigInt(f.p + 1)) - 1n), f.emin - f.p - 1) < 0;
}

const finiteNonZero = (x: number) => x !== 0 && x - x === 0;

function multiplyUnderflows(x: number, y: number, r: number, f: Format): boolean {
  if (!finiteNonZero(x) || !finiteNonZero(y)) return false;
  const [mx, ex] = decompose(x), [my, ey] = decompose(y);
  return underflowsExact(mx * my, 1n, ex + ey, r, f);
}

function divideUnderflows(x: number, y: number, r: number, f: Format): boolean {
  if (!finiteNonZero(x) || !finiteNonZero(y)) return false;
  const [mx, ex] = decompose(x), [my, ey] = decompose(y);
  return underflowsExact(mx, my, ex - ey, r, f);
}

/** x / y as the loop computes it in format f (float32 and float16 loops divide in float32). */
function quotient(x: number, y: number, f: Format): number {
  return f === F64 ? x / y : Math.fround(x / y);
}

type BinaryRule = (x: number, y: number, r: number, f: Format) => boolean;
/** Rules decided on candidates only (|result| <= smallest normal). */
const BINARY_BY_RESULT: Record<string, BinaryRule> = {
  multiply: multiplyUnderflows,
  divide: divideUnderflows,
  true_divide: divideUnderflows,
  // npy_divmod: a zero quotient takes its sign from a / b, whose flags NumPy keeps
  floor_divide: (x, y, r, f) => r === 0 && divideUnderflows(x, y, quotient(x, y, f), f),
  power: powerUnderflows,
  float_power: powerUnderflows,
  arctan2: (y, x, r, f) => finiteNonZero(y) && x === x && Math.abs(r) < f.min,
  hypot: (x, y, r, f) => finiteNonZero(x) && finiteNonZero(y) && Math.abs(r) < f.min,
};

function powerUnderflows(x: number, y: number, r: number, f: Format): boolean {
  if (y === 2) return multiplyUnderflows(x, x, r, f);
  if (y === -1) return divideUnderflows(1, x, r, f);
  return finiteNonZero(x) && y - y === 0 && Math.abs(r) < f.min;
}

/** Rules that look at every element (the flag comes from an intermediate, not the result). */
const BINARY_BY_INPUT: Record<string, BinaryRule> = {
  // log1p(exp(-|x - y|)): the exp underflows
  logaddexp: (x, y, _r, f) => x - x === 0 && y - y === 0 && (f === F64 ? Math.exp(-Math.abs(x - y)) : Math.fround(Math.exp(-Math.abs(x - y)))) < f.min,
  logaddexp2: (x, y, _r, f) => {
    if (x - x !== 0 || y - y !== 0) return false;
    const d = Math.abs(x - y), t = f === F64 ? 2 ** -d : Math.fround(2 ** -d);
    return t < f.min && !(Number.isInteger(d) && t !== 0);
  },
};

function bcastStrides(a: NDArray, shape: readonly number[]): number[] {
  const lead = shape.length - a.ndim;
  return shape.map((d, k) => (k < lead || a.shape[k - lead] === 1 ? 0 : a.strides[k - lead]));
}

const asNumber = (v: number | bigint) => (typeof v === 'bigint' ? Number(v) : v);

/** Binary ufunc `op` on loop inputs a, b gave `out` (broadcast shape): did it raise underflow? */
export function binaryUnderflows(op: string, a: NDArray, b: NDArray, out: NDArray): boolean {
  const f = formatOf(out.dtype);
  const byResult = BINARY_BY_RESULT[op], byInput = BINARY_BY_INPUT[op];
  if (!f || (!byResult && !byInput) || DTYPES[a.dtype].kind !== 'f') return false;
  const od = out.data as Float64Array, ad = a.data as Float64Array, bd = b.data as ArrayLike<number | bigint>;
  const min = f.min;
  let found = false;
  forEachRow(out.shape, [out.strides, bcastStrides(a, out.shape), bcastStrides(b, out.shape)], [out.offset, a.offset, b.offset], (offs, n, st) => {
    if (found) return;
    for (let k = 0, o = offs[0], i = offs[1], j = offs[2]; k < n; k++, o += st[0], i += st[1], j += st[2]) {
      const r = od[o];
      if (byResult) {
        if (r > min || r < -min || r !== r) continue;
        if (byResult(ad[i], asNumber(bd[j]), r, f)) { found = true; return; }
      } else if (byInput!(ad[i], asNumber(bd[j]), r, f)) { found = true; return; }
    }
  });
  return found;
}

type UnaryRule = (x: number, r: number, f: Format) => boolean;
const tinyFrom = (x: number, r: number, f: Format) => x !== 0 && x === x && Math.abs(r) < f.min;
const UNARY_BY_RESULT: Record<string, UnaryRule> = {
  square: (x, r, f) => multiplyUnderflows(x, x, r, f),
  reciprocal: (x, r, f) => divideUnderflows(1, x, r, f),
  exp: (x, r, f) => x - x === 0 && Math.abs(r) < f.min,
  exp2: (x, r, f) => x - x === 0 && Math.abs(r) < f.min && !(Number.isInteger(x) && r !== 0),
  deg2rad: tinyFrom, radians: tinyFrom, rad2deg: tinyFrom, degrees: tinyFrom,
};
/** float32 sin/cos: x*x/6 underflows in their polynomial below this (measured boundary). */
const SINCOS32_LIMIT = 2.6557422e-19;
/** float32 exp of a subnormal input below this raises underflow (measured boundary). */
const EXP32_SUBNORMAL_LIMIT = 8.147906e-39;
const UNARY_BY_INPUT: Record<string, UnaryRule> = {
  sin: (x, _r, f) => x !== 0 && Math.abs(x) < (f === F64 ? F64.min : SINCOS32_LIMIT),
  cos: (x, _r, f) => f !== F64 && x !== 0 && Math.abs(x) < SINCOS32_LIMIT,
};

/** Unary ufunc `op` on loop input a gave `out`: did it raise underflow? */
export function unaryUnderflows(op: string, a: NDArray, out: NDArray): boolean {
  const f = formatOf(out.dtype);
  const byResult = UNARY_BY_RESULT[op];
  let byInput = UNARY_BY_INPUT[op];
  if (op === 'exp' && f !== F64) byInput = (x) => x !== 0 && Math.abs(x) < EXP32_SUBNORMAL_LIMIT;
  if (!f || (!byResult && !byInput) || DTYPES[a.dtype].kind !== 'f') return false;
  const od = out.data as Float64Array, ad = a.data as Float64Array;
  const min = f.min;
  let found = false;
  forEachRow(out.shape, [out.strides, bcastStrides(a, out.shape)], [out.offset, a.offset], (offs, n, st) => {
    if (found) return;
    for (let k = 0, o = offs[0], i = offs[1]; k < n; k++, o += st[0], i += st[1]) {
      const r = od[o];
      if (byInput && byInput(ad[i], r, f)) { found = true; return; }
      if (byResult && r <= min && r >= -min && byResult(ad[i], r, f)) { found = true; return; }
    }
  });
  return found;
}

/**
 * Flags NumPy's ldexp / nextafter / spacing loops raise for one element (x, y: the inputs, y the
 * exponent for ldexp; r: the result in `dtype`): overflow to inf from a finite x; underflow for
 * ldexp when x * 2^y rounds to a tiny inexact value, for nextafter when a step lands below the
 * smallest normal, for spacing of a subnormal x (measured on NumPy 2.4.6).
 */
export function scaleOpFlags(op: 'ldexp' | 'nextafter' | 'spacing', x: number, y: number, r: number, dtype: DType): { over: boolean; under: boolean } {
  const f = formatOf(dtype) ?? F64;
  const over = x - x === 0 && (r === Infinity || r === -Infinity);
  let under = false;
  if (op === 'ldexp') {
    if (finiteNonZero(x) && y === y && Math.abs(r) <= f.min) {
      const [mx, ex] = decompose(x);
      under = underflowsExact(mx, 1n, ex + y, r, f);
    }
  } else if (op === 'nextafter') under = x !== y && x === x && y === y && Math.abs(r) < f.min;
  else under = x !== 0 && Math.abs(x) < f.min;
  return { over, under };
}

/** Casting float data `a` to float dtype `to`: did a value round to a tiny inexact result? */
export function castUnderflows(a: NDArray, to: DType): boolean {
  const f = formatOf(to);
  if (!f || f === F64 || DTYPES[a.dtype].kind !== 'f') return false;
  const d = a.data as Float64Array;
  const half = f === F16;
  let found = false;
  forEachRow(a.shape, [a.strides], [a.offset], (offs, n, st) => {
    if (found) return;
    for (let k = 0, o = offs[0]; k < n; k++, o += st[0]) {
      const v = d[o];
      if (v === 0 || !(v <= 2 * f.min && v >= -2 * f.min)) continue;
      const r = half ? roundToHalf(v) : Math.fround(v);
      const [m, e] = decompose(v);
      if (underflowsExact(m, 1n, e, r, f)) { found = true; return; }
    }
  });
  return found;
}

/**
 * A multiply reduction (prod / cumprod) of float `a` over `axes` (null: all, in C order): did a
 * partial product underflow? NumPy multiplies each output's elements one after another.
 */
export function productReductionUnderflows(a: NDArray, axes: readonly number[] | null): boolean {
  const f = formatOf(a.dtype);
  if (!f || a.size === 0) return false;
  const kept = a.shape.map((_, k) => axes !== null && !axes.includes(k));
  const outStrides: number[] = new Array(a.ndim).fill(0);
  let outSize = 1;
  for (let k = a.ndim - 1; k >= 0; k--) if (kept[k]) { outStrides[k] = outSize; outSize *= a.shape[k]; }
  const acc = new Float64Array(outSize);
  const started = new Uint8Array(outSize);
  const index: number[] = new Array(a.ndim).fill(0);
  const round = f === F64 ? (x: number) => x : f === F32 ? Math.fround : roundToHalf;
  for (const v of a) {
    const x = v as number;
    let o = 0;
    for (let k = 0; k < a.ndim; k++) o += index[k] * outStrides[k];
    if (!started[o]) { acc[o] = x; started[o] = 1; }
    else {
      const r = round(acc[o] * x);
      if (r <= f.min && r >= -f.min && multiplyUnderflows(acc[o], x, r, f)) return true;
      acc[o] = r;
    }
    for (let k = a.ndim - 1; k >= 0; k--) { if (++index[k] < a.shape[k]) break; index[k] = 0; }
  }
  return false;
}

function minAbsNonZero(values: Float64Array): number {
  let m = Infinity;
  for (const v of values) { const t = Math.abs(v); if (t !== 0 && t < m) m = t; }
  return m;
}

/**
 * matmul / dot of float x and y: did a product term underflow? Measured on NumPy's BLAS: a
 * matrix product (both result dimensions > 1) accumulates each output with fused multiply-adds
 * from zero, so only a tiny product met while its accumulator is still zero flags; vector
 * products (dot, matrix-vector) flag any tiny product. Stacks (ndim > 2) use the vector rule.
 */
export function productUnderflows(x: NDArray, y: NDArray, outDtype: DType): boolean {
  const f = formatOf(outDtype);
  if (!f || DTYPES[x.dtype].kind !== 'f' || DTYPES[y.dtype].kind !== 'f' || x.size === 0 || y.size === 0) return false;
  const xv = Float64Array.from(x as Iterable<number>), yv = Float64Array.from(y as Iterable<number>);
  if (minAbsNonZero(xv) * minAbsNonZero(yv) > 2 * f.min) return false; // no product can be tiny
  const round = f === F64 ? (v: number) => v : Math.fround;
  const K = x.shape[x.ndim - 1] ?? 1;
  const yK = y.ndim === 1 ? y.shape[0] : y.shape[y.ndim - 2];
  if (K !== yK) return false;
  const tinyProduct = (p: number, q: number) => {
    const r = round(p * q);
    return r <= f.min && r >= -f.min && multiplyUnderflows(p, q, r, f);
  };
  if (x.ndim === 2 && y.ndim === 2 && x.shape[0] > 1 && y.shape[1] > 1) {
    const M = x.shape[0], N = y.shape[1];
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let acc = 0;
        for (let k = 0; k < K; k++) {
          const p = xv[i * K + k], q = yv[k * N + j];
          if (acc === 0 && tinyProduct(p, q)) return true;
          acc += p * q;
        }
      }
    }
    return false;
  }
  // vector rule: any x[..., k] * y[..., k, ...] pair
  const yN = y.ndim === 1 ? 1 : y.shape[y.ndim - 1];
  const yBlock = K * yN;
  for (let s = 0; s < xv.length; s++) {
    const k = s % K, p = xv[s];
    if (p === 0) continue;
    for (let base = 0; base < yv.length; base += yBlock) {
      for (let j = 0; j < yN; j++) if (tinyProduct(p, yv[base + k * yN + j])) return true;
    }
  }
  return false;
}
