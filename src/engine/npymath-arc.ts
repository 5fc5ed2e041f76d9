// NumPy's inverse trigonometric/hyperbolic ufuncs and cbrt evaluated bit-exactly in JS, as NumPy
// 2.4.6 runs them on x86-64 with AVX512_SKX (loops_umath_fp.dispatch.c.src): contiguous and
// positive-stride loops call Intel SVML's __svml_<f>8_ha (float64) and __svml_<f>f16 (float32, LA),
// which are not correctly rounded, so V8's Math.* differs in the last bit for a share of inputs.
// Each routine below replays one SVML vector path step by step (fma.ts for float64 fused
// multiply-adds, fma32 for float32 ones, vrcp14 by Intel's reference from npymath.ts); constants
// are the routine's data words as hex bit patterns, read from the NumPy build's SVML tables.
// Each section says which path it reproduces and on which inputs it was verified against NumPy.
// 1-D loops with a negative stride call libm instead: libm-glibc.ts. Not modelled: SVML atan2's
// scalar callout (lanes scaled into range here: 2 in 1M random-bit pairs differ).

import { fma as importedFma } from './fma';
import { fma32 as importedFma32, rcp14 as importedRcp14, rcp14F32 as importedRcp14F32 } from './npymath';

// Module-local bindings: a CommonJS build (tsx, mocha) turns each use of an imported name into a
// property getter call, a third of the time of these short routines.
const fma64 = importedFma;
const fma32 = importedFma32;
const rcp14 = importedRcp14;
const rcp14F32 = importedRcp14F32;

const F64 = new Float64Array(1);
const U32_OF_F64 = new Uint32Array(F64.buffer); // [low word, high word] (little-endian)

/** A double from its bit pattern written as 16 hex digits. */
function f64(hex: string): number {
  U32_OF_F64[1] = parseInt(hex.slice(0, 8), 16);
  U32_OF_F64[0] = parseInt(hex.slice(8), 16);
  return F64[0];
}

function highWord(x: number): number {
  F64[0] = x;
  return U32_OF_F64[1];
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

// ---------------------------------------------------------------- float64 arctan2
// SVML's __svml_atan28_ha main path: |y/x| is classified by comparing |y| with |x| * 7/16, 11/16,
// 19/16, 39/16 (no division), a = c|y| - d|x| and b = c|x| + d|y| with (c, d) one of (1, 0),
// (1, 0.5), (1, 1), (1, 1.5), (0, 1) so that a/b = tan(atan|y/x| - atan(x0)); the quotient is a * R
// with R = rcp14(b) refined twice by fma and a low part R (a - Rhi b); atan(s) = s + s^3 P(s^2)
// (P of degree 11 split in two Horner chains on s^4); for x < 0 the result is pi - that (pi carried
// high/low), and y's sign is OR-ed in. Lanes where either |x| or |y| is below 2^-1020 or from 2^993
// (inf and NaN included) go to SVML's scalar callout; zeros take IEEE atan2's results.
const AT2_ATAN_HALF_HI = f64('3fddac670561bb4f');
const AT2_ATAN_HALF_LO = f64('3c7a2b7f222f65e2');
const AT2_ATAN_ONE_HI = f64('3fe921fb54442d18');
const AT2_ATAN_ONE_LO = f64('3c81a62633145c07');
const AT2_ATAN_3_2_HI = f64('3fef730bd281f69b');
const AT2_ATAN_3_2_LO = f64('3c7007887af0cbbd');
const AT2_PIO2_HI = f64('3ff921fb54442d18');
const AT2_PIO2_LO = f64('3c91a62633145c07');
const AT2_PI_HI = f64('400921fb54442d18');
const AT2_PI_LO = f64('3ca1a64000000000');
// P(s^2) coefficients, odd chain (from 1856) and even chain (from 1920) of the data table
const AT2_C = [
  '3f8be4fbe6733718', 'bfa04cd71f92185e', '3fa6ad5558fe19c9', 'bfaa9e755ca13d23', '3fae12f1edf7c393', 'bfb1108d326c68ed',
  '3fb3b132b731e73a', 'bfb745d119677a4f', '3fbc71c719f99f96', 'bfc2492492441a21', '3fc9999999998f43', 'bfd5555555555552',
].map(f64);
const [A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11] = AT2_C;

/** np.arctan2(y, x) on float64 values. */
export function npyArctan2(y: number, x: number): number {
  const hx = highWord(x) & 0x7fffffff;
  const hy = highWord(y) & 0x7fffffff;
  if (hx < 0x00300000 || hx >= 0x7e000000 || hy < 0x00300000 || hy >= 0x7e000000) return atan2Callout(y, x);
  return atan2Main(y, x);
}

function atan2Main(y: number, x: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const xNeg = x < 0;
  const k5 = ax * 0.4375 < ay;
  const k1 = ax * 0.6875 < ay;
  const k2 = ax * 1.1875 < ay;
  const k3 = ax * 2.4375 < ay;
  let d: number;
  let tHi: number;
  let tLo: number;
  if (k2) {
    d = k3 ? 1 : 1.5;
    tHi = k3 ? AT2_PIO2_HI : AT2_ATAN_3_2_HI;
    tLo = k3 ? AT2_PIO2_LO : AT2_ATAN_3_2_LO;
  } else {
    d = k1 ? 1 : 0.5;
    tHi = k1 ? AT2_ATAN_ONE_HI : AT2_ATAN_HALF_HI;
    tLo = k1 ? AT2_ATAN_ONE_LO : AT2_ATAN_HALF_LO;
  }
  let b = k3 ? 0 : ax;
  let a = k3 ? 0 : ay;
  if (k5) {
    b = fma64(ay, d, b);
    a = fma64(-ax, d, a);
  }
  const r0 = rcp14(b);
  const e = fma64(-b, r0, 1);
  const r1 = fma64(e, r0, r0);
  const e2 = fma64(-r1, b, 1);
  const rcp = fma64(e2, r1, r1);
  const rHi = a * rcp;
  const r2 = rHi * rHi;
  const rem = fma64(-rHi, b, a);
  const r4 = r2 * r2;
  let low = rcp * rem;
  if (k5) low = low + tLo;
  let p = fma64(r4, A0, A2);
  let q = fma64(r4, A1, A3);
  p = fma64(r4, p, A4);
  q = fma64(r4, q, A5);
  p = fma64(r4, p, A6);
  q = fma64(r4, q, A7);
  p = fma64(r4, p, A8);
  q = fma64(r4, q, A9);
  p = fma64(r4, p, A10);
  q = fma64(r4, q, A11);
  p = fma64(r2, p, q);
  const poly = r2 * p;
  if (xNeg) low = low + -AT2_PI_LO;
  let res = fma64(rHi, poly, low);
  res = rHi + res;
  if (k5) res = res + tHi;
  if (xNeg) res = -res + AT2_PI_HI;
  return isNegative(y) ? -res : res;
}

/** SVML's scalar callout lanes (tiny or huge |x| or |y|, zeros, inf, NaN). */
function atan2Callout(y: number, x: number): number {
  if (x === 0 || y === 0 || x - x !== 0 || y - y !== 0) return Math.atan2(y, x);
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const big = ax > ay ? ax : ay;
  // 2^-k with big * 2^-k in [1, 2), applied in two halves so neither factor over/underflows
  const k = Math.floor(Math.log2(big));
  const k1 = k >> 1;
  const s1 = 2 ** -k1;
  const s2 = 2 ** -(k - k1);
  const sy = y * s1 * s2;
  if ((sy < 0 ? -sy : sy) < 2 ** -1019) return Math.atan2(y, x); // (result near the subnormal range)
  return atan2Main(sy, x * s1 * s2);
}

// ---------------------------------------------------------------- float32 arctan2
// SVML's __svml_atan2f16 (LA), in float32: a = |y|, b = |x| (|y| < |x|) or a = -|x|, b = |y| with
// pi/2 added; s = a/b by vrcp14ps, one Newton step and a remainder correction (fmas);
// atan(s) = s + s^3 P(s^2) with P in two Horner chains on s^4; x <= 0 adds pi after x's sign is
// OR-ed in, then y's sign. |x| or |y| outside [2^-125, 2^123) (zeros, subnormals, inf, NaN) go to
// SVML's double-precision scalar callout, modelled by float64 atan2 rounded to float32.
const fround = Math.fround;
const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

function bitsToF32(bits: number): number {
  U32[0] = bits;
  return F32[0];
}

const AT2F_PIO2 = bitsToF32(0x3fc90fdb);
const AT2F_PI = bitsToF32(0x40490fdb);
const [AF448, AF512, AF576, AF640, AF704, AF768, AF832, AF896] = [0x3b322cc0, 0xbc7f2631, 0x3d2bc384, 0xbd987629, 0x3dd96474, 0xbe1161f8, 0x3e4cb79f, 0xbeaaaa49].map(bitsToF32);

/** np.arctan2(y, x) on float32 values (given and returned as numbers holding float32s). */
export function npyArctan2F32(y: number, x: number): number {
  F32[0] = x;
  const bx = U32[0] & 0x7fffffff;
  F32[0] = y;
  const by = U32[0] & 0x7fffffff;
  if (bx < 0x01000000 || bx >= 0x7d000000 || by < 0x01000000 || by >= 0x7d000000) return atan2F32Callout(y, x);
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const yBelow = ay < ax;
  const a = yBelow ? ay : -ax;
  const b = yBelow ? ax : ay;
  const pio2 = yBelow ? 0 : AT2F_PIO2;
  const r0 = rcp14F32(b);
  const e = fma32(-r0, b, 1);
  const r1 = fma32(e, r0, r0);
  const q = fround(a * r1);
  const rem = fma32(-q, b, a);
  const s = fma32(rem, r1, q);
  const s2 = fround(s * s);
  const s4 = fround(s2 * s2);
  let odd = fma32(s4, AF448, AF576);
  let even = fma32(AF512, s4, AF640);
  odd = fma32(s4, odd, AF704);
  even = fma32(s4, even, AF768);
  odd = fma32(s4, odd, AF832);
  even = fma32(s4, even, AF896);
  odd = fma32(s4, odd, 1);
  even = fma32(s2, even, odd);
  let res = fma32(s, even, pio2);
  if (x < 0) res = fround(-res + AT2F_PI);
  else if (x === 0) res = fround(res + AT2F_PI); // (unreachable: zeros take the callout)
  return isNegative(y) ? -res : res;
}

function atan2F32Callout(y: number, x: number): number {
  return fround(Math.atan2(y, x));
}

// ---------------------------------------------------------------- vrsqrt14pd
// The hardware's 14-bit reciprocal square root, reproduced exactly: the result depends only on
// the exponent's parity and the top 15 fraction bits. Each parity's [1, 2) / [0.5, 1) mantissa
// range is cut into 32 intervals of 1024 steps d, and the 17-bit significand is
// floor((K - S d) / 512) with (K, S) per interval (an exact power of 4 gives its exact root). The 64 pairs were fitted
// to, and checked against, every one of the 65536 cases on this CPU's vrsqrt14pd (and 1M random
// doubles incl. subnormal-exponent and huge inputs).
const RSQRT14_EVEN = [
  67105920, 1001, 66080896, 955, 65102464, 915, 64166144, 877, 63268608, 841, 62407552, 807, 61580928, 775, 60786816, 747,
  60022016, 719, 59285632, 693, 58575744, 669, 57891328, 647, 57229568, 625, 56589568, 603, 55971712, 585, 55373184, 567,
  54793088, 549, 54231424, 533, 53686144, 517, 53156864, 501, 52643456, 487, 52144512, 473, 51659776, 461, 51188096, 449,
  50728832, 437, 50281856, 425, 49847040, 415, 49422080, 403, 49008512, 393, 48605952, 385, 48211840, 375, 47828224, 367,
];
const RSQRT14_ODD = [
  47450752, 707, 46726272, 675, 46034432, 647, 45371904, 619, 44738048, 595, 44129152, 571, 43544704, 549, 42982528, 527,
  42442368, 509, 41921920, 491, 41419392, 473, 40935040, 457, 40467072, 441, 40015104, 427, 39577728, 413, 39155072, 401,
  38744960, 389, 38347136, 377, 37961600, 365, 37588096, 355, 37224832, 345, 36871936, 335, 36528640, 325, 36195328, 317,
  35870976, 309, 35554944, 301, 35246976, 293, 34946816, 285, 34654848, 279, 34369152, 271, 34091008, 265, 33819392, 259,
];

/** vrsqrt14pd of a positive normal double. */
export function rsqrt14(v: number): number {
  F64[0] = v;
  const hi = U32_OF_F64[1];
  const e = (hi >>> 20) - 1023; // unbiased exponent
  const f15 = (hi >>> 5) & 0x7fff;
  const interval = f15 >>> 10;
  const d = f15 & 1023;
  const odd = e & 1;
  const table = odd ? RSQRT14_ODD : RSQRT14_EVEN;
  const exact = (hi & 0xfffff) === 0 && U32_OF_F64[0] === 0 && !odd; // a power of 4
  const sig = exact ? 131072 : Math.floor((table[2 * interval] - table[2 * interval + 1] * d) / 512);
  // even e: rsqrt(m) 2^(-e/2) with sig / 2^17; odd e: rsqrt(m/2) 2^(-(e+1)/2) with sig / 2^16
  const half = odd ? -((e + 1) >> 1) : -(e >> 1);
  U32_OF_F64[1] = (1023 + half - (odd ? 16 : 17)) << 20;
  U32_OF_F64[0] = 0;
  return sig * F64[0];
}

// ---------------------------------------------------------------- float64 arcsin
// SVML's __svml_asin8_ha: R = min(x^2, Y) with Y = (1 - |x|)/2; for |x| < 0.5 asin = |x| + |x| R P(R),
// else asin = pi/2 - 2 sqrt(Y) (1 + R P(R)) with 2 sqrt(Y) = S + corr from S = 2Y rsqrt14(Y), the
// error E = 2Y r^2 - 2 and a cubic in E (r = 0 when Y < 2^-255), pi/2 carried high/low; the sign of
// x is XOR-ed back. |x| > 1 (the callout) gives NaN.
const ASIN_TINY_Y = f64('3000000000000000');
const [AS448, AS512, AS576, AS640, AS704, AS768, AS832, AS896, AS960, AS1024, AS1088, AS1152, AS1216, AS1280, AS1344, AS1408] = [
  'bf918000993b24c3', '3fa400006f70d42d', 'bfb7fffffffffe97', '3fcfffffffffff9d', '3fa07520c70eb909', 'bf90fb17f7dbb0ed',
  '3f943f44bfbc3bae', '3f7a583395d45ed5', '3f88f8dc2afccad6', '3f8c6dbbcb88bd57', '3f91c6dcf538ad2e', '3f96e89cebdefadd',
  '3f9f1c72e13ad8be', '3fa6db6db3b445f8', '3fb333333337e0de', '3fc555555555529c',
].map(f64);
const ASIN_PIO2_HI = f64('3ff921fb54442d18');
const ASIN_PIO2_LO = f64('3c91a62633145c07');

/** asin(|x|) by SVML's main path for |x| <= 1 (NaN passes through). */
function asinAbs(ax: number): number {
  const x2 = ax * ax;
  const upper = !(ax < 0.5);
  const y = 0.5 - 0.5 * ax; // (the fma's product is exact)
  const r = y < ASIN_TINY_Y ? 0 : rsqrt14(y);
  const rr = x2 < y ? x2 : y; // vminpd: the second operand (Y) when either is NaN
  const y2 = y + y;
  const s = r * y2;
  const e = fma64(r * r, y2, -2);
  const sLow = fma64(r, y2, -s);
  let c = fma64(AS448, e, AS512);
  c = fma64(e, c, AS576);
  c = fma64(e, c, AS640);
  const corr = fma64(s * e, c, -sLow);
  const r2 = rr * rr;
  let p = fma64(AS704, rr, AS768);
  const q = fma64(AS832, rr, AS896);
  let t = fma64(AS960, rr, AS1024);
  const u = fma64(AS1088, rr, AS1152);
  const v = fma64(AS1216, rr, AS1280);
  p = fma64(r2, p, q);
  t = fma64(r2, t, u);
  p = fma64(r2 * r2, p, t);
  p = fma64(r2, p, v);
  p = fma64(rr, p, AS1344);
  p = fma64(rr, p, AS1408);
  const poly = rr * p;
  if (!upper) return ax * poly + ax;
  const base = corr - s;
  const head = ASIN_PIO2_HI - s;
  const lowSum = ASIN_PIO2_LO + corr;
  const back = s - (ASIN_PIO2_HI - head);
  const low = lowSum - back;
  return head + fma64(base, poly, low);
}

/** np.arcsin on one float64 value. */
export function npyArcsin(x: number): number {
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  const res = asinAbs(ax);
  return isNegative(x) ? -res : res;
}

// ---------------------------------------------------------------- float64 arccos
// SVML's __svml_acos8_ha: asin's reduction and polynomial (R = min(x^2, Y), Y = (1 - |x|)/2, S and
// its correction from rsqrt14(Y)); acos = pi/2 - asin(x) for |x| < 0.5, 2 sqrt(Y) (1 + R P(R)) for
// x >= 0.5 and pi - that for x <= -0.5, with pi/2 and pi carried high/low and x's sign XOR-ed into
// the low part. |x| > 1 (the callout) gives NaN.
const ACOS_PI_HI = f64('400921fb54442d18');
const ACOS_PI_LO = f64('3ca1a62633145c07');

/** np.arccos on one float64 value. */
export function npyArccos(x: number): number {
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  const negative = isNegative(x);
  const x2 = ax * ax;
  const y = 0.5 - 0.5 * ax;
  const r = y < ASIN_TINY_Y ? 0 : rsqrt14(y);
  const rr = x2 < y ? x2 : y;
  const upper = !(rr < y);
  const y2 = y + y;
  const s = r * y2;
  const e = fma64(r * r, y2, -2);
  const sLow = fma64(r, y2, -s);
  let c = fma64(AS448, e, AS512);
  c = fma64(e, c, AS576);
  c = fma64(e, c, AS640);
  const corr = upper ? fma64(s * e, c, -sLow) : 0;
  const r2 = rr * rr;
  let p = fma64(AS704, rr, AS768);
  const q = fma64(AS832, rr, AS896);
  let t = fma64(AS960, rr, AS1024);
  const u = fma64(AS1088, rr, AS1152);
  const v = fma64(AS1216, rr, AS1280);
  p = fma64(r2, p, q);
  t = fma64(r2, t, u);
  p = fma64(r2 * r2, p, t);
  p = fma64(r2, p, v);
  p = fma64(rr, p, AS1344);
  p = fma64(rr, p, AS1408);
  const poly = p * rr;
  let lowC: number;
  let hiC: number;
  if (!upper) {
    lowC = ASIN_PIO2_LO;
    hiC = ASIN_PIO2_HI;
  } else if (x <= 0 || x !== x) {
    lowC = ACOS_PI_LO;
    hiC = ACOS_PI_HI;
  } else {
    lowC = 0;
    hiC = 0;
  }
  if (negative) lowC = -lowC;
  const base = upper ? s : -ax;
  let res = fma64(base - corr, poly, lowC - corr) + base;
  if (negative) res = -res;
  return res + hiC;
}

// ---------------------------------------------------------------- float32 arcsin and arccos
// SVML's __svml_asinf16 / __svml_acosf16 (LA), in float32: the float64 scheme with shorter
// polynomials: Y = (1 - |x|)/2, R = min(x^2, Y), 2 sqrt(Y) = S - S E (c0 + c1 E) with S = 2Y
// rsqrt14(Y) (vrsqrt14ps equals vrsqrt14pd on float32 inputs; r = 0 when Y < 2^-32) and
// E = 2Y r^2 - 2; P(R) of degree 4. asin: base + base R P (base |x| or -2 sqrt(Y)), plus pi/2 from
// |x| = 0.5; acos: pi/2 - x - x R P below, 2 sqrt(Y)(1 + R P) (+ pi for x < 0) above. |x| > 1 is NaN.
const [ASF_E1, ASF_E0, ASF_P4, ASF_P3, ASF_P2, ASF_P1, ASF_P0, ASF_PIO2] = [0xbdc00004, 0x3e800001, 0x3d2edc07, 0x3cc32a6b, 0x3d3a9ab4, 0x3d997c12, 0x3e2aaaff, 0x3fc90fdb].map(bitsToF32);
const ACF_PI = bitsToF32(0x40490fdb);
const ASF_TINY_Y = 2 ** -32;

/** R P(R) of the float32 asin/acos reduction, and 2 sqrt(Y) in partRoot (Y = (1 - |x|)/2 exact in float32). */
let partRoot = 0; // asinF32Parts' second result (no tuple allocation on the hot path)
function asinF32Parts(ax: number, y: number): number {
  const x2 = fround(ax * ax);
  const r = y < ASF_TINY_Y ? 0 : fround(rsqrt14(y));
  const rr = x2 < y ? x2 : y;
  const y2 = y + y;
  const s = fround(r * y2);
  const e = fma32(fround(r * r), y2, -2);
  const se = fround(s * e);
  const c = fma32(ASF_E1, e, ASF_E0);
  const root = fma32(-se, c, s); // (asin's fmsub gives -root: the same rounding, negated)
  const r2 = fround(rr * rr);
  const q = fma32(ASF_P2, rr, ASF_P1);
  let p = fma32(ASF_P4, rr, ASF_P3);
  p = fma32(r2, p, q);
  p = fma32(rr, p, ASF_P0);
  partRoot = root;
  return fround(rr * p);
}

/** np.arcsin on one float32 value. */
export function npyArcsinF32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return ax > 1 ? NaN : x;
  const y = 0.5 - 0.5 * ax;
  const poly = asinF32Parts(ax, y);
  const root = partRoot;
  let res: number;
  if (ax < 0.5) res = fma32(ax, poly, ax);
  else res = fround(fma32(-root, poly, -root) + ASF_PIO2);
  return isNegative(x) ? -res : res;
}

/** np.arccos on one float32 value. */
export function npyArccosF32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  const y = 0.5 - 0.5 * ax;
  const poly = asinF32Parts(ax, y);
  const root = partRoot;
  if (ax < 0.5) {
    const b = -x;
    return fround(ASF_PIO2 + fma32(b, poly, b));
  }
  const b = isNegative(x) ? -root : root;
  const t = fma32(b, poly, b);
  return x < 0 ? fround(ACF_PI + t) : fround(0 + t);
}

// ---------------------------------------------------------------- float64 cbrt
// SVML's __svml_cbrt8_ha (no callout): |x| = 2^e m (vgetexp/vgetmant, subnormals included),
// rcp = vrcp14pd(m) rounded to 1/16, r = m rcp - 1 by fma; e = 3k + j; cbrt|x| =
// 2^k * 2^(j/3) * cbrt(1/rcp) * (1 + r)^(1/3), the two table factors multiplied high/low (their
// exact product error by fma) and (1 + r)^(1/3) - 1 = r Q(r) of degree 10 in pairs; 2^k by
// vscalefpd; x's sign OR-ed back. 0, inf and NaN return themselves.
const CBRT_2J3_HI = [f64('3ff0000000000000'), f64('3ff428a2f98d728b'), f64('3ff965fea53d6e3d')];
const CBRT_2J3_LO = [0, f64('bc7ddc22548ea41e'), f64('bc9f53e999952f09')];
// cbrt(1/rcp) for rcp = 8/16 .. 15/16 and 1, high and low
const CBRT_RCP_HI = ['3ff428a2f98d728b', '3ff361f35ca116ff', '3ff2b6b5edf6b54a', '3ff220e6dd675180', '3ff19c3b38e975a8', '3ff12589c21fb842', '3ff0ba6ee5f9aad4', '3ff059123d3a9848', '3ff0000000000000'].map(f64);
const CBRT_RCP_LO = ['bc7ddc22548ea41e', '3c934f1f2588cb24', 'bc9623da69e513d4', '3c930b0a26a8bb5c', 'bc76b70b4d3bd257', 'bc9e13c8505a4a7a', '3c8dcc718f7857e5', '3c770e4a1da627b9', '0000000000000000'].map(f64);
const [CB768, CB832, CB896, CB960, CB1024, CB1088, CB1152, CB1216, CB1280, CB1344] = [
  'bf882e3b6adeca62', '3f8bda24bae48875', 'bf9036b87c71d55f', '3f9374ed9398b914', 'bf98090d77f2468e', '3f9ee71141dcf569',
  'bfa511e8d2b0363e', '3faf9add3c0b7e31', 'bfbc71c71c71c741', '3fd5555555555557',
].map(f64);

/** vrcp14pd of m in [1, 2) rounded to a multiple of 1/16 (vrndscalepd, ties to even), times 16. */
function rcp14Sixteenths(m: number): number {
  const t = rcp14(m) * 16;
  const fl = Math.floor(t);
  const d = t - fl;
  return d > 0.5 || (d === 0.5 && (fl & 1) === 1) ? fl + 1 : fl;
}

/** np.cbrt on one float64 value. */
export function npyCbrt(x: number): number {
  if (x === 0 || x - x !== 0) return x; // 0, inf, NaN
  let ax = Math.abs(x);
  let e = -1023;
  if (ax < 2.2250738585072014e-308) {
    ax *= 2 ** 64;
    e -= 64;
  }
  F64[0] = ax;
  const hi = U32_OF_F64[1];
  e += hi >>> 20;
  U32_OF_F64[1] = (hi & 0xfffff) | 0x3ff00000;
  const m = F64[0];
  const n16 = rcp14Sixteenths(m);
  const idx = n16 - 8; // rcp = 8/16 .. 16/16
  const r = fma64(m, n16 / 16, -1);
  const k = Math.floor(e / 3);
  const j = e - 3 * k;
  const pHi = CBRT_2J3_HI[j];
  const tHi = CBRT_RCP_HI[idx];
  const prod = pHi * tHi;
  const err = fma64(tHi, pHi, -prod);
  const low = fma64(tHi, CBRT_2J3_LO[j], fma64(CBRT_RCP_LO[idx], pHi, err));
  const r2 = r * r;
  let a = fma64(CB768, r, CB832);
  a = fma64(r2, a, fma64(CB896, r, CB960));
  a = fma64(r2, a, fma64(CB1024, r, CB1088));
  a = fma64(r2, a, fma64(CB1152, r, CB1216));
  a = fma64(r2, a, fma64(CB1280, r, CB1344));
  const res = (fma64(a, prod * r, low) + prod) * 2 ** k;
  return x < 0 ? -res : res;
}

// ---------------------------------------------------------------- float32 cbrt
// SVML's __svml_cbrtf16 (LA, no callout), in float32: |x| = 2^e m, rcp = vrcp14ps(m) rounded to
// 1/32, r = m rcp - 1, e = 3k + j; cbrt|x| = (2^(j/3) + 2^(j/3) r Q(r) + lo(j)) * cbrt(1/rcp) 2^k
// with Q quadratic; x's sign OR-ed back. 0, inf and NaN return themselves.
const CBRTF_2J3_HI = [0x3f800000, 0x3fa14518, 0x3fcb2ff5].map(bitsToF32);
const CBRTF_2J3_LO = [0, 0xb2ce51af, 0x32a7adc8].map(bitsToF32);
const CBRTF_RCP = [
  0x3fa14518, 0x3f9e0b2b, 0x3f9b0f9b, 0x3f984a9a, 0x3f95b5af, 0x3f934b6c, 0x3f910737, 0x3f8ee526, 0x3f8ce1da, 0x3f8afa6a,
  0x3f892c4e, 0x3f87754e, 0x3f85d377, 0x3f844510, 0x3f82c892, 0x3f815c9f, 0x3f800000,
].map(bitsToF32);
const [CBF_Q2, CBF_Q1, CBF_Q0] = [0x3d7d057c, 0xbde3a363, 0x3eaaaaaa].map(bitsToF32);

/** np.cbrt on one float32 value. */
export function npyCbrtF32(x: number): number {
  if (x === 0 || x - x !== 0) return x; // 0, inf, NaN
  F64[0] = Math.abs(x); // (float32 subnormals are normal doubles)
  const hi = U32_OF_F64[1];
  const e = (hi >>> 20) - 1023;
  U32_OF_F64[1] = (hi & 0xfffff) | 0x3ff00000;
  const m = F64[0];
  const t = rcp14(m) * 32;
  const fl = Math.floor(t);
  const d = t - fl;
  const n32 = d > 0.5 || (d === 0.5 && (fl & 1) === 1) ? fl + 1 : fl; // rcp in 32nds, 16..32
  const r = fround(m * (n32 / 32) - 1); // (exact in float64)
  const k = Math.floor(e / 3);
  const j = e - 3 * k;
  let q = fma32(CBF_Q2, r, CBF_Q1);
  q = fma32(r, q, CBF_Q0);
  const pHi = CBRTF_2J3_HI[j];
  const s = fround(fma32(q, fround(pHi * r), CBRTF_2J3_LO[j]) + pHi);
  const res = fround(s * (CBRTF_RCP[n32 - 16] * 2 ** k));
  return x < 0 ? -res : res;
}

// ---------------------------------------------------------------- float64 log tail (asinh/acosh/atanh)
// The shared log(Hi + Lo) step of SVML's inverse hyperbolic routines: rcp = vrcp14pd(Hi) rounded to
// 4 fraction bits (2^47 added to its bits, low 48 cleared), R = Hi rcp - 1 and Rt = R + Lo rcp by
// fma; log = (R + Th - k ln2_hi) + (Rt^2 P(Rt) + Lo rcp + Tl - k ln2_lo + the sum's error), with
// Th/Tl = -log(rcp's mantissa) in 16 entries and k = rcp's exponent minus kAdjust.
const LOGT_HI = [
  '0000000000000000', 'bfaf0a30c0120000', 'bfbe27076e2b0000', 'bfc5ff3070a78000', 'bfcc8ff7c79a8000', 'bfd1675cababc000', 'bfd4618bc21c4000', 'bfd739d7f6bbc000',
  'bfd9f323ecbf8000', 'bfdc8ff7c79a8000', 'bfdf128f5faf0000', 'bfe0be72e4252000', 'bfe1e85f5e704000', 'bfe307d7334f2000', 'bfe41d8fe8468000', 'bfe52a2d265bc000',
].map(f64);
const LOGT_LO = [
  '0000000000000000', '3d53ab33d066d1d2', '3d2a342c2af0003c', 'bd43d3c873e20a07', 'bd4a21ac25d81ef3', '3d59f1fc63382a8f', 'bd5ec27d0b7b37b3', 'bd50069ce24c53fb',
  'bd584bf2b68d766f', 'bd5a21ac25d81ef3', 'bd3bb2cd720ec44c', 'bd55056d312f7668', 'bd1a07bd8b34be7c', '3d5e83c094debc15', '3d5aa33736867a17', 'bd46abb9df22bc57',
].map(f64);
const [LG_P8, LG_P7, LG_P6, LG_P5, LG_P4, LG_P3, LG_P2, LG_P1, LG_P0] = [
  'bfb9a9b040214368', '3fbc80666e249778', 'bfbffffb8a054bc9', '3fc24922f71256f1', 'bfc55555559ba736', '3fc9999999be77af', 'bfcffffffffffc65', '3fd55555555554c1', 'bfe0000000000000',
].map(f64);
const LG_LN2_HI = f64('3fe62e42fefa0000');
const LG_LN2_LO = f64('3d7cf79abc9e0000');

let rcpIndex = 0; // rcp14Rounded(F32)'s table index and unbiased exponent
let rcpExp = 0;
/** vrcp14pd(v) rounded to 4 fraction bits (2^47 added to its bits, low 48 cleared) (index and exponent in rcpIndex/rcpExp). */
function rcp14Rounded(v: number): number {
  F64[0] = rcp14(v);
  const top = ((U32_OF_F64[1] + 0x8000) & 0xffff0000) >>> 0;
  U32_OF_F64[1] = top;
  U32_OF_F64[0] = 0;
  rcpIndex = (top >>> 16) & 15;
  rcpExp = ((top >>> 20) & 0x7ff) - 1023;
  return F64[0];
}

/** log(hi + lo) as the SVML inverse-hyperbolic tail computes it (hi a positive normal double). */
function logHiLo(hi: number, lo: number, kAdjust: number): number {
  const rcp = rcp14Rounded(hi);
  const idx = rcpIndex;
  const k = rcpExp - kAdjust;
  const r = fma64(hi, rcp, -1);
  const rt = fma64(lo, rcp, r);
  const tl = fma64(lo, rcp, LOGT_LO[idx]);
  const thk = fma64(-LG_LN2_HI, k, LOGT_HI[idx]);
  const sum = r + thk;
  const err = r + (thk - sum);
  let p = fma64(LG_P8, rt, LG_P7);
  p = fma64(rt, p, LG_P6);
  p = fma64(rt, p, LG_P5);
  p = fma64(rt, p, LG_P4);
  p = fma64(rt, p, LG_P3);
  p = fma64(rt, p, LG_P2);
  p = fma64(rt, p, LG_P1);
  p = fma64(rt, p, LG_P0);
  const low = fma64(-LG_LN2_LO, k, tl);
  p = fma64(rt * rt, p, low);
  return sum + (p + err);
}

// ---------------------------------------------------------------- float64 arcsinh
// SVML's __svml_asinh8_ha: |x| < 0.0220947265625: |x| + |x| x^2 P(x^2); up to 2^511:
// log(|x| + sqrt(x^2 + 1)) with x^2 + 1 carried high/low, the root from vrsqrt14pd with a cubic
// correction in E = 1 - r S, |x| + root as Hi + Lo, then logHiLo; from 2^511 log(|x|/8) + 4 ln2
// (Hi = |x|/8, Lo = 0). inf and NaN (the callout) return themselves; the sign is XOR-ed back.
const [AH_C576, AH_C640, AH_C704, AH_C768, AH_C832] = ['bfa6d78aac4ca025', '3fb333330c569eea', 'bfc555555554d8fd', '3fd1800001943612', '3fd40000013b0000'].map(f64);
const AH_SMALL = 0.0220947265625;
const AH_HUGE = 2 ** 511;

/** np.arcsinh on one float64 value. */
export function npyArcsinh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1.7976931348623157e308)) return x;
  let res: number;
  if (ax < AH_SMALL) {
    const x2 = x * x;
    const p = fma64(x2, fma64(AH_C576, x2, AH_C640), AH_C704);
    res = fma64(ax, x2 * p, ax);
  } else if (ax >= AH_HUGE) {
    res = logHiLo(ax * 0.125, 0, 4);
  } else {
    const x2 = x * x;
    const hi = sqrtPlusX(ax, x2 + 1, (x2 < 1 ? x2 : 1) - (x2 + 1 - (x2 > 1 ? x2 : 1)) + fma64(x, x, -x2));
    res = logHiLo(hi, sqrtLo, 0);
  }
  return isNegative(x) ? -res : res;
}

let sqrtLo = 0; // sqrtPlusX's low part
/** |x| + sqrt(A + aLo) as Hi (returned) + Lo (in sqrtLo), A >= 1: SVML's rsqrt14 root with its cubic correction. */
function sqrtPlusX(ax: number, a: number, aLo: number): number {
  const r = rsqrt14(a);
  const s = r * a;
  const sLow0 = fma64(r, a, -s);
  const sLow = fma64(r, aLo, sLow0);
  let e = fma64(-r, s, 1);
  e = fma64(-r, sLow, e);
  const se = s * e;
  let p = fma64(AH_C768, e, AH_C832);
  p = fma64(e, p, 0.375);
  p = fma64(e, p, 0.5);
  const corr = fma64(p, se, sLow);
  const t = s + ax;
  const d = t - s;
  const hi = t + corr;
  const tErr = ax - d;
  const d2 = hi - t;
  sqrtLo = corr - d2 + tErr;
  return hi;
}

// ---------------------------------------------------------------- float64 arccosh
// SVML's __svml_acosh8_ha: A = x^2 - 1 carried high/low, sqrt(A) = S + corr from vrsqrt14pd with
// asinh's cubic correction; A < 2^-11: sqrt(A) (1 + A P(A)) (asinh of the root); else
// log(x + sqrt(A)) by logHiLo, from 2^511 log(x/8) + 4 ln2. x <= 1, inf and NaN take the callout
// (acosh(1) = 0, below 1 NaN).
/** np.arccosh on one float64 value. */
export function npyArccosh(x: number): number {
  if (!(x > 1 && x <= 1.7976931348623157e308)) return x === 1 ? 0 : x === Infinity ? x : NaN;
  if (x >= AH_HUGE) return logHiLo(x * 0.125, 0, 4);
  const x2 = x * x;
  const am1 = x2 - 1;
  const lows = fma64(x, x, -x2) + (x2 - am1 - 1);
  const a = am1 + lows;
  const aLo = lows - (a - am1);
  const r = rsqrt14(a);
  const s = r * a;
  const sLow0 = fma64(r, a, -s);
  const sLow = fma64(r, aLo, sLow0);
  let e = fma64(-r, s, 1);
  e = fma64(-r, sLow, e);
  const se = s * e;
  let p = fma64(AH_C768, e, AH_C832);
  p = fma64(e, p, 0.375);
  p = fma64(e, p, 0.5);
  const corr = fma64(p, se, sLow);
  if (!(a >= 2 ** -11)) {
    const small = a * fma64(a, fma64(AH_C576, a, AH_C640), AH_C704);
    return fma64(small, s + corr, corr) + s;
  }
  const t = s + x;
  const sErr = s - (t - x);
  const hi = t + corr;
  return logHiLo(hi, corr - (hi - t) + sErr, 0);
}

// ---------------------------------------------------------------- float64 arctanh
// SVML's __svml_atanh8_ha: atanh|x| = (log(1 + |x|) - log(1 - |x|)) / 2 with both logs reduced as in
// logHiLo (each argument's rounding error carried as its low part, rcp = vrcp14pd to 4 fraction
// bits) and subtracted term by term: table and exponent differences first, the two degree-9
// polynomials last; the sign and the half come in as one multiply by +-0.5. |x| >= 1 and NaN
// take the callout (+-inf at +-1, else NaN).
const NLOGT_HI = LOGT_HI.map((v) => 0 - v);
const NLOGT_LO = LOGT_LO.map((v) => 0 - v);


/** np.arctanh on one float64 value. */
export function npyArctanh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 1)) return ax === 1 ? x / 0 : NaN;
  const up = 1 + ax;
  const dn = 1 - ax;
  const upLo = ax - (up - 1);
  const dnErr = ax + (dn - 1);
  const rcpU = rcp14Rounded(up);
  const iu = rcpIndex;
  const ku = rcpExp;
  const rcpD = rcp14Rounded(dn);
  const id = rcpIndex;
  const kd = rcpExp;
  let ru = fma64(rcpU, up, -1);
  ru = fma64(upLo, rcpU, ru);
  let rd = fma64(dn, rcpD, -1);
  rd = fma64(-dnErr, rcpD, rd);
  const dk = kd - ku;
  const tl = NLOGT_LO[id] - NLOGT_LO[iu];
  let th = NLOGT_HI[id] - NLOGT_HI[iu];
  let pu = fma64(LG_P8, ru, LG_P7);
  let pd = fma64(LG_P8, rd, LG_P7);
  pu = fma64(ru, pu, LG_P6);
  pd = fma64(rd, pd, LG_P6);
  th = fma64(LG_LN2_HI, dk, th);
  pu = fma64(ru, pu, LG_P5);
  pd = fma64(rd, pd, LG_P5);
  const low = fma64(dk, LG_LN2_LO, tl);
  pu = fma64(ru, pu, LG_P4);
  pd = fma64(rd, pd, LG_P4);
  const sumU = ru + th;
  pu = fma64(ru, pu, LG_P3);
  pd = fma64(rd, pd, LG_P3);
  pu = fma64(ru, pu, LG_P2);
  pd = fma64(rd, pd, LG_P2);
  const th2 = th - sumU;
  const hi = sumU - rd;
  pu = fma64(ru, pu, LG_P1);
  pd = fma64(rd, pd, LG_P1);
  pu = fma64(ru, pu, LG_P0);
  pd = fma64(rd, pd, LG_P0);
  const errU = ru + th2;
  const back = hi - sumU;
  pu = fma64(ru * ru, pu, low);
  pd = fma64(-(rd * rd), pd, errU);
  const errD = rd + back;
  const res = (hi + (pu + pd - errD)) * 0.5;
  return isNegative(x) ? -res : res;
}

// ---------------------------------------------------------------- float32 log tail and arcsinh
// SVML's __svml_asinhf16 (LA), in float32: the float64 scheme with rsqrt14's root corrected by a
// linear term in E, rcp = vrcp14ps(Hi) rounded to 5 fraction bits (2^17 added to its bits, low 18
// cleared), a 32-entry -log(rcp) table high/low and a cubic in Rt; |x| < 2^-6: |x| + |x| x^2 c;
// from 2^63 log(|x|/8) + 4 ln2. inf and NaN return themselves.
const LOGF_HI = [
  0x00000000, 0xbcfc0000, 0xbd788000, 0xbdb78000, 0xbdf14000, 0xbe14a000, 0xbe300000, 0xbe4aa000, 0xbe648000, 0xbe7dc000, 0xbe8b4000,
  0xbe974000, 0xbea31000, 0xbeae9000, 0xbeb9d000, 0xbec4d000, 0xbecfa000, 0xbeda2000, 0xbee48000, 0xbeeea000, 0xbef89000, 0xbf012800,
  0xbf05f000, 0xbf0aa800, 0xbf0f4000, 0xbf13c800, 0xbf184000, 0xbf1ca000, 0xbf20f000, 0xbf252800, 0xbf295000, 0xbf2d6800,
].map(bitsToF32);
const LOGF_LO = [
  0x80000000, 0xb726c39e, 0x3839e7fe, 0xb7528ae5, 0x377891d5, 0xb8297c10, 0x37cf8f58, 0x3852b186, 0x35838656, 0xb80c36af, 0x38235454,
  0xb862bae1, 0x37e87bc7, 0x37848150, 0x37202511, 0xb74e1b05, 0x385c1340, 0xb8777bcd, 0x36038656, 0xb7d40984, 0xb80f5faf, 0xb8254b4c,
  0xb865c84a, 0x37f0b42d, 0xb83ebce1, 0xb83c2513, 0x37a332c4, 0x3779654f, 0x38602f73, 0x367449f8, 0xb7b4996f, 0xb800986b,
].map(bitsToF32);
const [LGF_P2, LGF_P1, LGF_LN2_HI, LGF_LN2_LO, AHF_C] = [0xbe800810, 0x3eaab11e, 0x3f317000, 0x3805fdf4, 0xbe2aa5de].map(bitsToF32);

/** vrcp14ps(v) rounded to 5 fraction bits (table index and exponent in rcpIndex/rcpExp). */
function rcp14RoundedF32(v: number): number {
  F32[0] = rcp14(v);
  const bits = ((U32[0] + 0x20000) & 0xfffc0000) >>> 0;
  U32[0] = bits;
  rcpIndex = (bits >>> 18) & 31;
  rcpExp = ((bits >>> 23) & 0xff) - 127;
  return F32[0];
}

/** log(hi + lo) by the float32 tail of SVML's asinhf/acoshf (hi a positive normal float32). */
function logHiLoF32(hi: number, lo: number, kAdjust: number): number {
  const rcp = rcp14RoundedF32(hi);
  const idx = rcpIndex;
  const k = rcpExp - kAdjust;
  const r = fma32(hi, rcp, -1);
  const rt = fma32(lo, rcp, r);
  const thk = fma32(-LGF_LN2_HI, k, LOGF_HI[idx]);
  let p = fma32(LGF_P2, rt, LGF_P1);
  p = fma32(rt, p, -0.5);
  const low = fma32(-LGF_LN2_LO, k, LOGF_LO[idx]);
  p = fma32(fround(rt * rt), p, low);
  return fround(thk + fround(p + rt));
}

/** np.arcsinh on one float32 value. */
export function npyArcsinhF32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 3.4028234663852886e38)) return x;
  let res: number;
  if (ax < 0.015625) {
    res = fma32(ax, fround(fround(x * x) * AHF_C), ax);
  } else if (ax >= 2 ** 63) {
    res = logHiLoF32(fround(ax * 0.125), 0, 4);
  } else {
    const x2 = fround(x * x);
    const a = fround(x2 + 1);
    const aLo = fround(fround((x2 < 1 ? x2 : 1) - fround(a - (x2 > 1 ? x2 : 1))) + fma32(x, x, -x2));
    const r = fround(rsqrt14(a));
    const s = fround(r * a);
    const sLow = fma32(r, aLo, fma32(r, a, -s));
    let e = fma32(-r, s, 1);
    e = fma32(-r, sLow, e);
    const corr = fma32(fma32(0.375, e, 0.5), fround(s * e), sLow);
    const t = fround(s + ax);
    const hi = fround(t + corr);
    const lo = fround(fround(corr - fround(hi - t)) + fround(ax - fround(t - s)));
    res = logHiLoF32(hi, lo, 0);
  }
  return isNegative(x) ? -res : res;
}

// ---------------------------------------------------------------- float32 arccosh
// SVML's __svml_acoshf16 (LA): A = x^2 - 1 by one fma, its root S + corr from vrsqrt14ps (asinhf's
// linear correction, no low part of A); A < 2^-12: sqrt(A) (1 - A/6'); else logHiLoF32 of
// x + sqrt(A), from 2^63 log(x/8) + 4 ln2. x <= 1, inf and NaN take the callout.
/** np.arccosh on one float32 value. */
export function npyArccoshF32(x: number): number {
  if (!(x > 1 && x <= 3.4028234663852886e38)) return x === 1 ? 0 : x === Infinity ? x : NaN;
  if (x >= 2 ** 63) return logHiLoF32(fround(x * 0.125), 0, 4);
  const a = fma32(x, x, -1);
  const r = fround(rsqrt14(a));
  const s = fround(r * a);
  const sLow = fma32(r, a, -s);
  let e = fma32(-r, s, 1);
  e = fma32(-r, sLow, e);
  const corr = fma32(fma32(0.375, e, 0.5), fround(s * e), sLow);
  if (!(a >= 2 ** -12)) {
    const root = fround(s + corr);
    return fma32(fround(a * AHF_C), root, root);
  }
  const t = fround(s + x);
  const hi = fround(t + corr);
  const lo = fround(fround(corr - fround(hi - t)) + fround(s - fround(t - x)));
  return logHiLoF32(hi, lo, 0);
}

// ---------------------------------------------------------------- float32 arctanh
// SVML's __svml_atanhf16 (LA): (log(1 + |x|) - log(1 - |x|)) / 2 in float32, both logs reduced by
// vrcp14ps to 5 fraction bits with the arguments' rounding errors folded into Rt, own 32-entry
// log(rcp) table, table/exponent differences first, then Rt (1 + Rt P(Rt)) for each and the
// difference; sign and half by one multiply. |x| >= 1 and NaN take the callout.
const ATHF_HI = [
  0x00000000, 0x3cfc0000, 0x3d780000, 0x3db78000, 0x3df10000, 0x3e14c000, 0x3e300000, 0x3e4a8000, 0x3e648000, 0x3e7dc000, 0x3e8b4000,
  0x3e974000, 0x3ea30000, 0x3eae8000, 0x3eb9c000, 0x3ec4e000, 0x3ecfa000, 0x3eda2000, 0x3ee48000, 0x3eeea000, 0x3ef8a000, 0x3f013000,
  0x3f05f000, 0x3f0aa000, 0x3f0f4000, 0x3f13d000, 0x3f184000, 0x3f1ca000, 0x3f20f000, 0x3f252000, 0x3f295000, 0x3f2d7000,
].map(bitsToF32);
const ATHF_LO = [
  0x00000000, 0x3726c39e, 0x38a30c01, 0x37528ae5, 0x38e0edc5, 0xb8ab41f8, 0xb7cf8f58, 0x3896a73d, 0xb5838656, 0x380c36af, 0xb8235454,
  0x3862bae1, 0x38c5e10e, 0x38dedfac, 0x38ebfb5e, 0xb8e63c9f, 0xb85c1340, 0x38777bcd, 0xb6038656, 0x37d40984, 0xb8b85028, 0xb8ad5a5a,
  0x3865c84a, 0x38c3d2f5, 0x383ebce1, 0xb8a1ed76, 0xb7a332c4, 0xb779654f, 0xb8602f73, 0x38f85db0, 0x37b4996f, 0xb8bfb3ca,
].map(bitsToF32);

/** np.arctanh on one float32 value. */
export function npyArctanhF32(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 1)) return ax === 1 ? x / 0 : NaN;
  const up = fround(1 + ax);
  const dn = fround(1 - ax);
  const upLo = fround(ax - fround(up - 1));
  const dnErr = fround(ax + fround(dn - 1));
  const rcpU = rcp14RoundedF32(up);
  const iu = rcpIndex;
  const ku = rcpExp;
  const rcpD = rcp14RoundedF32(dn);
  const id = rcpIndex;
  const kd = rcpExp;
  const ru = fma32(upLo, rcpU, fma32(rcpU, up, -1));
  const rd = fma32(-dnErr, rcpD, fma32(dn, rcpD, -1));
  const dk = kd - ku;
  const th = fma32(dk, LGF_LN2_HI, fround(ATHF_HI[id] - ATHF_HI[iu]));
  const low = fma32(dk, LGF_LN2_LO, fround(ATHF_LO[id] - ATHF_LO[iu]));
  let pu = fma32(LGF_P2, ru, LGF_P1);
  let pd = fma32(LGF_P2, rd, LGF_P1);
  pu = fma32(ru, pu, -0.5);
  pd = fma32(rd, pd, -0.5);
  pu = fma32(ru, pu, 1);
  pd = fma32(rd, pd, 1);
  pu = fma32(ru, pu, low);
  const res = fround(fround(th + fma32(-rd, pd, pu)) * 0.5);
  return isNegative(x) ? -res : res;
}
