// NumPy's own transcendental loops evaluated bit-exactly in JS, as NumPy 2.4 runs them on x86-64
// with AVX512 (AVX512_SKX and up): float32 exp/log (Cody-Waite + rational minimax), tanh
// (loops_hyperbolic), sin/cos (loops_trigonometric, |x| up to 117435.992 / 71476.0625), float64
// tanh (NumPy's port of SVML's), and the Intel SVML routines NumPy links: float64
// exp/exp2/expm1/log/log2/log10/log1p/sinh/cosh/arctan/tan (__svml_*8_ha) and float32
// log10/log2/sinh/cosh/arctan/expm1/log1p/tan/exp2 (__svml_*f16, LA). None is correctly rounded, so
// V8's Math.* differs in the last bit for 5-40% of inputs, which repr/tolist (float64) or plain
// printing (float32) shows.
// Each vector step is replayed on doubles: float32 products are exact in float64 and sums are
// rounded once to float32 (fma32 handles the case where rounding through float64 would differ);
// float64 fused multiply-adds use fma.ts (exact, with cheap paths), and where an algorithm's
// operands make a product exact (short constants, reductions) the plain operations are used.
// Hardware approximations are emulated exactly (vrcp14pd/ps by Intel's published reference,
// vgetexp/vgetmant/vscalef/vreduce by bits).
// tan past |x| 8256 (float32) / 65536 (float64) replays SVML's multi-word 2/pi reduction too. arctan2/arcsin/arccos/cbrt/arcsinh/arccosh/arctanh (and vrsqrt14) live
// in npymath-arc.ts. NumPy calls libm instead of SVML for 1-D loops with a negative stride:
// modelled for float64 exp/log (glibc ports in random/), not for the other SVML functions.

import { fma as fma64, twoProductError } from './fma';
import { glibcExp } from './random/glibc-exp';
import { glibcLog } from './random/glibc-log';
import type { UnaryLoop } from './kernels';
import { EXP2_F32_CONSTS, EXP2_F32_TABLE, EXP2_F64_RARE_CONSTS, EXP2_F64_CONSTS, EXP2_F64_TABLE, TAN_F64_CONSTS, TAN_F64_TABLE, TAN_F32_CONSTS, TAN_F32_TABLE, LOG1P_F32_CONSTS, EXPM1_F32_CONSTS, EXPM1_F32_TABLE, ATAN_F32_CONSTS, ATAN_F32_TABLE, SINH_F32_CONSTS, COSH_F32_CONSTS, COSH_F32_TABLE, ATAN_F64_CONSTS, ATAN_F64_TABLE, COSH_F64_RARE_CONSTS, COSH_F64_RARE_TLO, COSH_F64_CONSTS, SINH_F64_CONSTS, SINH_F64_TABLES, LOG2_F64_CONSTS, LOG2_F64_TH, LOG2_F64_TL, EXPM1_F64_CONSTS, EXP_F64_CONSTS, EXP_F64_RARE_CONSTS, EXP_F64_RARE_TABLE, EXP_F64_TH, EXP_F64_TLR, LOG10_F32_TABLE, LOG10_F64_CONSTS, LOG10_F64_TH, LOG10_F64_TL, LOG2_F32_TABLE, LOG_F64_CONSTS, LOG_F64_TH, LOG_F64_TL, RCP14_COEFF, TANH_F32_TABLE, TANH_F64_TABLE } from './npymath-tables';

const fround = Math.fround;

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
const F64 = new Float64Array(1);
const U32_OF_F64 = new Uint32Array(F64.buffer); // [low word, high word] (little-endian)

function bitsToF32(bits: number): number {
  U32[0] = bits;
  return F32[0];
}

/**
 * fma(a, b, c) on float32 values rounded once to float32. a*b is exact in float64 (24+24 bits);
 * s = fl64(a*b + c) plus the TwoSum error e is exact. fround(s) is the correctly rounded result
 * unless s is exactly halfway between two float32 values and e != 0 (rounding twice would then
 * tie-break on s instead of on the exact sum): that case is detected and resolved by e's sign.
 */
export function fma32(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const r = fround(s);
  if (r - r !== 0) return r; // NaN, or beyond the float32 range (s inf, or finite and rounding to inf)
  const bb = s - p;
  const e = p - (s - bb) + (c - bb);
  if (e === 0) return r;
  const q = s - r; // exact: r is within one float32 spacing of s
  if (q === 0) return r;
  // n = s + q is the reflection of r across s; it is a float32 only when s is the midpoint of r
  // and its neighbour n (no float32 lies strictly between s and n).
  const n = s + q;
  if (fround(n) !== n) return r;
  return (e > 0) === (q > 0) ? n : r;
}

// ---------------------------------------------------------------- float32 exp
// Constants of NumPy's npy_simd_data.h / npy_math.h as float32 bit patterns.
const EXP_XMAX = bitsToF32(0x42b17218); // 88.72283935546875f: x >= this overflows to inf
const EXP_XMIN = bitsToF32(0xc2cff1b5); // -103.97208404541015625f: x <= this gives 0
const LOG2E_F = bitsToF32(0x3fb8aa3b);
const RINT_MAGIC_F = bitsToF32(0x4b400000); // 0x1.8p23: adding it rounds to an integer
const LN2_HI_NEG_F = bitsToF32(0xbf317200); // -ln 2, high part (Cody-Waite)
const LN2_LO_NEG_F = bitsToF32(0xb5bfbe8e); // -ln 2, low part
const EXP_P0 = bitsToF32(0x3f800000);
const EXP_P1 = bitsToF32(0x3f39cbd5);
const EXP_P2 = bitsToF32(0x3e7d4c58);
const EXP_P3 = bitsToF32(0x3d517d8c);
const EXP_P4 = bitsToF32(0x3bdd7159);
const EXP_P5 = bitsToF32(0x3a053dd8);
const EXP_Q0 = bitsToF32(0x3f800000);
const EXP_Q1 = bitsToF32(0xbe8c6857);
const EXP_Q2 = bitsToF32(0x3cb0e832);

/** np.exp on one float32 value (given and returned as a JS number holding a float32). */
export function npyExpF32(x: number): number {
  if (x !== x) return NaN;
  if (x >= EXP_XMAX) return Infinity;
  if (x <= EXP_XMIN) return 0;
  // k = rint(x * log2 e) by the magic-number trick, all in float32
  const k = fround(fround(fround(x * LOG2E_F) + RINT_MAGIC_F) - RINT_MAGIC_F);
  let y = fma32(k, LN2_HI_NEG_F, x);
  y = fma32(k, LN2_LO_NEG_F, y);
  // (NumPy's third reduction step adds k*0, which changes no bits of a nonzero y, and the sign of
  // a zero y does not reach the result.)
  let num = fma32(EXP_P5, y, EXP_P4);
  num = fma32(num, y, EXP_P3);
  num = fma32(num, y, EXP_P2);
  num = fma32(num, y, EXP_P1);
  num = fma32(num, y, EXP_P0);
  let den = fma32(EXP_Q2, y, EXP_Q1);
  den = fma32(den, y, EXP_Q0);
  const poly = fround(num / den); // float64 quotient then float32: innocuous double rounding
  // vscalefps: poly * 2^k rounded once (to a float32 subnormal when k is very negative)
  // 2^k (k in [-150, 128], a normal double) built from its exponent bits: Math.pow is slow
  F64[0] = 0;
  U32_OF_F64[1] = (k + 1023) << 20;
  return fround(poly * F64[0]);
}

// ---------------------------------------------------------------- float32 log
const LOG_P0 = fround(0);
const LOG_P1 = fround(9.999999999999998702752e-1);
const LOG_P2 = fround(2.112677543073053063722);
const LOG_P3 = fround(1.480000633576506585156);
const LOG_P4 = fround(3.808837741388407920751e-1);
const LOG_P5 = fround(2.589979117907922693523e-2);
const LOG_Q0 = fround(1);
const LOG_Q1 = fround(2.612677543073109236779);
const LOG_Q2 = fround(2.453006071784736363091);
const LOG_Q3 = fround(9.864942958519418960339e-1);
const LOG_Q4 = fround(1.546476374983906719538e-1);
const LOG_Q5 = fround(5.875095403124574342950e-3);
const LN2_F = fround(Math.LN2);
const SQRT1_2_F = fround(Math.SQRT1_2);

/** np.log on one float32 value. */
export function npyLogF32(x: number): number {
  if (x !== x) return NaN;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  // vgetexp/vgetmant: x = m * 2^e with m in [0.5, 1), subnormals normalised
  F32[0] = x;
  let bits = U32[0];
  let e = (bits >>> 23) - 126;
  if (e === -126) {
    // subnormal: scale by 2^32 (exact) and correct the exponent
    F32[0] = x * 4294967296;
    bits = U32[0];
    e = (bits >>> 23) - 126 - 32;
  }
  U32[0] = (bits & 0x7fffff) | (126 << 23);
  let m = F32[0];
  if (m <= SQRT1_2_F) {
    m = m + m;
    e -= 1;
  }
  const y = m - 1; // exact (Sterbenz)
  let num = fma32(LOG_P5, y, LOG_P4);
  num = fma32(num, y, LOG_P3);
  num = fma32(num, y, LOG_P2);
  num = fma32(num, y, LOG_P1);
  num = fma32(num, y, LOG_P0);
  let den = fma32(LOG_Q5, y, LOG_Q4);
  den = fma32(den, y, LOG_Q3);
  den = fma32(den, y, LOG_Q2);
  den = fma32(den, y, LOG_Q1);
  den = fma32(den, y, LOG_Q0);
  const poly = fround(num / den);
  return fma32(e, LN2_F, poly);
}

// ---------------------------------------------------------------- float32 tanh
// NumPy's loops_hyperbolic (derived from SVML): |x| picks one of 32 subintervals straight from its
// exponent and top mantissa bits; tanh(|x|) = c0 + c1*y + ... + c6*y^6 with y = |x| - b, evaluated
// by fused multiply-adds; |x| >= 2^127 (and inf) gives 1; the sign is OR-ed back in.
const TANH_COEF = Float32Array.from(TANH_F32_TABLE, (b) => bitsToF32(b));

/** np.tanh on one float32 value. */
export function npyTanhF32(x: number): number {
  if (x !== x) return NaN;
  F32[0] = x;
  const bits = U32[0];
  const top = bits & 0x7fe00000;
  const negative = bits >>> 31 === 1;
  let r: number;
  if (top > 0x7f000000) {
    r = 1;
  } else {
    const i = Math.min(Math.max(top - 0x3d400000, 0), 0x3e00000) >>> 21;
    const ax = negative ? -x : x;
    const y = fround(ax - TANH_COEF[i]);
    r = fma32(TANH_COEF[7 * 32 + i], y, TANH_COEF[6 * 32 + i]);
    r = fma32(r, y, TANH_COEF[5 * 32 + i]);
    r = fma32(r, y, TANH_COEF[4 * 32 + i]);
    r = fma32(r, y, TANH_COEF[3 * 32 + i]);
    r = fma32(r, y, TANH_COEF[2 * 32 + i]);
    r = fma32(r, y, TANH_COEF[32 + i]);
  }
  if (!negative) return r;
  // OR the sign bit in (keeps a negative r negative)
  F32[0] = r;
  U32[0] = U32[0] | 0x80000000;
  return F32[0];
}

// ---------------------------------------------------------------- float32 sin and cos
// NumPy's loops_trigonometric: |x| up to 117435.992 (sin) / 71476.0625 (cos) is reduced by
// Cody-Waite with pi/2 in three float32 parts, then a sine or cosine polynomial in the reduced
// argument is picked (and negated) by the quadrant; larger |x| goes to libm's sinf/cosf.
const TWO_OVER_PI_F = bitsToF32(0x3f22f983); // 0x1.45f306p-1f
const PIO2_HI_NEG_F = bitsToF32(0xbfc90fd8); // -0x1.921fb0p+00f
const PIO2_MED_NEG_F = bitsToF32(0xb4a8885a); // -0x1.5110b4p-22f
const PIO2_LO_NEG_F = bitsToF32(0xa7c234c4); // -0x1.846988p-48f
const COS_C8 = bitsToF32(0x37cc730b); // 0x1.98e616p-16f
const COS_C6 = bitsToF32(0xbab6036e); // -0x1.6c06dcp-10f
const COS_C4 = bitsToF32(0x3d2aaa9e); // 0x1.55553cp-05f
const COS_C2 = -0.5;
const SIN_C9 = bitsToF32(0x363e9dde); // 0x1.7d3bbcp-19f
const SIN_C7 = bitsToF32(0xb95035dd); // -0x1.a06bbap-13f
const SIN_C5 = bitsToF32(0x3c0888cd); // 0x1.11119ap-07f
const SIN_C3 = bitsToF32(0xbe2aaaab); // -0x1.555556p-03f
const SIN_MAX_CODY = fround(117435.992);
const COS_MAX_CODY = fround(71476.0625);

function sincosF32(x: number, cosine: boolean): number {
  if (x !== x) return NaN;
  if (!(Math.abs(x) <= (cosine ? COS_MAX_CODY : SIN_MAX_CODY))) {
    // libm's sinf/cosf (glibc evaluates them in double precision and rounds once)
    return fround(cosine ? Math.cos(x) : Math.sin(x));
  }
  const q = fround(fma32(x, TWO_OVER_PI_F, RINT_MAGIC_F) - RINT_MAGIC_F);
  let r = fma32(q, PIO2_HI_NEG_F, x);
  r = fma32(q, PIO2_MED_NEG_F, r);
  r = fma32(q, PIO2_LO_NEG_F, r);
  const r2 = fround(r * r);
  const quadrant = q + (cosine ? 1 : 0);
  let v: number;
  if ((quadrant & 1) === 0) {
    let s = fma32(SIN_C9, r2, SIN_C7);
    s = fma32(s, r2, SIN_C5);
    s = fma32(s, r2, SIN_C3);
    s = fma32(s, r2, 0); // (s * r2 + 0: a zero product comes out +0)
    v = fma32(s, r, r);
  } else {
    let c = fma32(COS_C8, r2, COS_C6);
    c = fma32(c, r2, COS_C4);
    c = fma32(c, r2, COS_C2);
    v = fma32(c, r2, 1);
  }
  // negated as 0 - v, so a zero result comes out +0
  return (quadrant & 2) === 2 ? 0 - v : v;
}

/** np.sin on one float32 value. */
export function npySinF32(x: number): number {
  return sincosF32(x, false);
}

/** np.cos on one float32 value. */
export function npyCosF32(x: number): number {
  return sincosF32(x, true);
}

// ---------------------------------------------------------------- float64 tanh
// The same scheme in double precision (NumPy's port of SVML's tanh): 16 subintervals picked from
// the exponent and top mantissa bits of |x|, a degree-16 polynomial in |x| - b by fused
// multiply-adds (fma.ts rounds each once, as the hardware does).
const TANH_F64 = new Float64Array(TANH_F64_TABLE.length);
{
  const view = new DataView(TANH_F64.buffer);
  TANH_F64_TABLE.forEach((h, k) => view.setBigUint64(k * 8, BigInt('0x' + h), true));
}

/**
 * fma(r, y, c) with y's Veltkamp halves given: fma.ts's cheap test (|r y| < |s|/8), else Dekker's
 * product error from the halves, TwoSum and the midpoint test; anything unusual goes to fma.ts.
 */
function fmaSplitY(r: number, y: number, yh: number, yl: number, c: number): number {
  const p = r * y;
  const s = p + c;
  const ap = p < 0 ? -p : p;
  const as = s < 0 ? -s : s;
  if (as > ap * 8 && as < Infinity) {
    const err = p - (s - c);
    if (err === 0 || s + 2 * err - s !== 2 * err) return s;
    if (!(ap > 1e-280 && ap < 1e300)) return fma64(r, y, c);
    const t1 = SPLIT * r;
    const rh1 = t1 - (t1 - r);
    const rl1 = r - rh1;
    const e1 = rh1 * yh - p + rh1 * yl + rl1 * yh + rl1 * yl;
    if (!(e1 - e1 === 0)) return fma64(r, y, c);
    return e1 === 0 || (e1 > 0) !== (err > 0) ? s : s + 2 * err;
  }
  const t0 = SPLIT * r;
  const rh = t0 - (t0 - r);
  const rl = r - rh;
  const e = rh * yh - p + rh * yl + rl * yh + rl * yl;
  const sb = s - p;
  const t = p - (s - sb) + (c - sb) + e;
  const res = s + t;
  const d = t - (res - s);
  if ((p > 1e-280 || p < -1e-280) && res - res === 0 && (d === 0 || res + 2 * d - res !== 2 * d)) return res;
  return fma64(r, y, c);
}

/** np.tanh on one float64 value. */
export function npyTanh(x: number): number {
  if (x !== x) return NaN;
  F64[0] = x;
  const hi = U32_OF_F64[1];
  const top = hi & 0x7ff80000;
  const negative = hi >>> 31 === 1;
  let r: number;
  if (top > 0x7fe00000) {
    r = 1;
  } else {
    const base = (Math.min(Math.max(top - 0x3fc00000, 0), 0x780000) >>> 19) * 18;
    const y = (negative ? -x : x) - TANH_F64[base];
    r = fma64(TANH_F64[base + 17], y, TANH_F64[base + 16]);
    // Horner by fused steps with y split once (Veltkamp) for the exact-product path
    const t0 = SPLIT * y;
    const yh = t0 - (t0 - y);
    const yl = y - yh;
    for (let k = 15; k >= 1; k--) r = fmaSplitY(r, y, yh, yl, TANH_F64[base + k]);
  }
  if (!negative) return r;
  F64[0] = r;
  U32_OF_F64[1] |= 0x80000000;
  return F64[0];
}

// ---------------------------------------------------------------- float64 exp
// NumPy's float64 np.exp on AVX512_SKX is Intel SVML's __svml_exp8_ha: N = x*log2(e) truncated to
// 4 fractional bits (fma rounded toward zero onto a shifter), r = x - N*ln2 in two fma steps,
// exp(x) = 2^floor(N) * Th[j] * (1 + Tlr[j] + r*poly(r)) with j the fractional sixteenths of N.
function wordsToF64(words: readonly number[]): Float64Array {
  const out = new Float64Array(words.length / 2);
  const u = new Uint32Array(out.buffer);
  u.set(words);
  return out;
}
const EXP_TH = wordsToF64(EXP_F64_TH);
const EXP_TLR = wordsToF64(EXP_F64_TLR);
const [EXP_L2E, EXP_SHIFTER, EXP_LN2_HI, EXP_LN2_LO, EXP_C6, EXP_C5, EXP_C4, EXP_C3, EXP_C2, EXP_C1, EXP_CALLOUT] = wordsToF64(EXP_F64_CONSTS);

const EXP_LN2_H1 = Math.floor(EXP_LN2_HI * 2 ** 37) / 2 ** 37;
const EXP_LN2_H2 = EXP_LN2_HI - EXP_LN2_H1;

/** fma(a, b, c) rounded toward zero (a*b + c > 0 here: the shifter dominates). */
function fmaTowardZeroPositive(a: number, b: number, c: number): number {
  const r = fma64(a, b, c);
  // r rounded to nearest; step down one ulp when that rounded up (exact residual is negative)
  const p = a * b;
  const e = twoProductError(a, b, p);
  // residual of (p + e + c) - r, exactly enough: r - c is exact (same binade scale), then compare
  const d = (p - (r - c)) + e;
  if (d < 0) {
    F64[0] = r;
    if (U32_OF_F64[0] === 0) U32_OF_F64[1] -= 1;
    U32_OF_F64[0] -= 1;
    return F64[0];
  }
  return r;
}

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp split), as in fma.ts

const EXP_RARE = wordsToF64(EXP_F64_RARE_TABLE);
const [R_L2E64, R_SHIFTER, R_C2, R_C3, R_C4, R_C5, R_C6, R_OVER, R_SUBNORMAL, R_UNDER, R_LN2_64_HI, R_LN2_64_LO] = wordsToF64(EXP_F64_RARE_CONSTS);
const TWO_M60 = 2 ** -60;

/**
 * SVML's scalar callout for |x| >= 707.70 (and infinities): a 64-entry table, plain (unfused)
 * double arithmetic, and for subnormal results a scaled sum split so it is rounded only once.
 */
function expCallout(x: number): number {
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x > R_OVER) return Infinity;
  if (x < R_UNDER) return 0;
  const t2 = x * R_L2E64 + R_SHIFTER;
  const nd = t2 - R_SHIFTER;
  F64[0] = t2;
  const ni = U32_OF_F64[0] | 0; // N = rint(64 x / ln 2)
  const j = ni & 63;
  let r = x - nd * R_LN2_64_HI;
  r = r - nd * R_LN2_64_LO;
  let p = R_C6 * r + R_C5;
  p = p * r + R_C4;
  p = p * r + R_C3;
  p = p * r + R_C2;
  p = p * r * r + r;
  p = p + EXP_RARE[2 * j + 1];
  const th = EXP_RARE[2 * j];
  p = p * th;
  const m = ni >> 6;
  if (!(x < R_SUBNORMAL)) {
    const res = p + th;
    if (m + 1023 > 2046) return res * 2 ** (m - 1) * 2;
    return res * 2 ** m;
  }
  // subnormal result: scale by 2^(m+60), add, then split so the final * 2^-60 rounds once
  const scale = 2 ** (m + 60);
  const a = p * scale;
  const b = scale * th;
  const v = b + a;
  if (m + 60 + 1023 <= 50) return v * TWO_M60;
  const lo = b - v + a;
  const h = v * 6442450944; // 1.5 * 2^32: Veltkamp split of v
  const hi = v + h - h;
  return hi * TWO_M60 + (lo + (v - hi)) * TWO_M60;
}

/** np.exp on one float64 value. */
export function npyExp(x: number): number {
  if (Math.abs(x) >= EXP_CALLOUT) return expCallout(x);
  // SVML: N = fma(x, log2 e, shifter) rounded toward zero, the shifter (1.5 * 2^48 + 1023) leaving
  // 4 fraction bits. The sum stays in the shifter's binade and the shifter is on the 1/16 grid, so
  // that is floor(16 * x * log2 e) / 16 of the exact product: floor(16 p) of its rounded value p,
  // one less when 16 p is an integer the exact product lies below (its error e < 0).
  const pl = x * EXP_L2E;
  let f = Math.floor(pl * 16);
  if (f === pl * 16 && twoProductError(x, EXP_L2E, pl) < 0) f -= 1;
  const n = f / 16;
  const j = f & 15;
  // r = fma(-n, ln2_hi, x): with ln2_hi = H1 + H2 (37 + 14 bits) and |16 n| < 2^14 both n*H1
  // and n*H2 are exact, and x - n*H1 is exact by Sterbenz for |x| >= 0.087 (n*ln2 within ln2/16
  // below x), so one rounding of (x - n*H1) - n*H2 is the fused result.
  let r = x > 0.087 || x < -0.087 ? x - n * EXP_LN2_H1 - n * EXP_LN2_H2 : fma64(-n, EXP_LN2_HI, x);
  r = fma64(-EXP_LN2_LO, n, r);
  const r2 = r * r;
  let p56 = fma64(EXP_C6, r, EXP_C5);
  const p34 = fma64(EXP_C4, r, EXP_C3);
  const p12 = fma64(EXP_C2, r, EXP_C1);
  p56 = fma64(r2, p56, p34);
  p56 = fma64(r2, p56, p12);
  const p = fma64(p56, r, EXP_TLR[j]);
  const th = EXP_TH[j];
  const res = fma64(th, p, th);
  // vscalefpd: times 2^floor(n), floor(n) in [-1021, 1021] here, built from its exponent bits
  U32_OF_F64[1] = ((f >> 4) + 1023) << 20;
  U32_OF_F64[0] = 0;
  return res * F64[0];
}

// ---------------------------------------------------------------- float64 log
// SVML's __svml_log8_ha: x = 2^k * m (m in [1, 2)); rcp = the hardware's 14-bit reciprocal of m
// (vrcp14pd, Intel's reference algorithm) rounded to a multiple of 1/32; r = rcp*m - 1 by fma;
// log x = k ln2 - log(rcp) + log1p(r), with -log(rcp) from a 16-entry table split high/low and a
// degree-9 polynomial; 0, negatives, inf and NaN take the scalar callout's IEEE results.
const LOG_TH = wordsToF64(LOG_F64_TH);
const LOG_TL = wordsToF64(LOG_F64_TL);
const [LC384, LC448, LC512, LC576, LC640, LC704, LC768, LC832, LOG_LN2_HI, LOG_LN2_LO] = wordsToF64(LOG_F64_CONSTS);

/** vrcp14pd of m in [1, 2) with fraction bits (high word part fHi = top 20 bits, fLo = low 32). */
export function rcp14Mantissa(fHi: number, fLo: number): number {
  if (fHi === 0 && fLo === 0) return 1;
  const f16 = fHi >>> 4; // top 16 fraction bits
  const interval = f16 >>> 10;
  const delta = f16 - ((2 * interval + 1) << 9);
  const numerator = RCP14_COEFF[2 * interval + 1] * 256 - RCP14_COEFF[2 * interval] * delta;
  const sig17 = Math.floor(numerator / 512);
  return sig17 / 131072;
}

/**
 * vrcp14pd of the mantissa m = 1.f rounded to a multiple of 1/32 (vrndscalepd, ties to even), by
 * the top 16 fraction bits (all rcp14 looks at; m = 1 exactly gives 1 either way), built once.
 */
let RCP32: Float64Array | null = null;
function rcpTable(): Float64Array {
  if (RCP32) return RCP32;
  const table = new Float64Array(65536);
  for (let f16 = 0; f16 < 65536; f16++) {
    const t = rcp14Mantissa(f16 << 4, 1) * 32;
    const fl = Math.floor(t);
    table[f16] = (t - fl > 0.5 || (t - fl === 0.5 && fl % 2 === 1) ? fl + 1 : fl) / 32;
  }
  RCP32 = table;
  return table;
}

/**
 * fma(rcp, m, -1) for m = 1 + fHi 2^-20 + fLo 2^-52 and rcp a multiple of 1/32 in [0.5, 1]: the
 * exact value (on the 2^-57 grid, below 2^-4 in size) is a double, and splitting m at its word
 * boundary gives two exact products whose sum with -1 is formed exactly, without an fma.
 */
function rcpTimesMantissaMinus1(rcp: number, fHi: number, fLo: number): number {
  return rcp * (1 + fHi * 2 ** -20) - 1 + rcp * (fLo * 2 ** -52);
}

/** log, log2 and log10 of NaN, negatives, 0 and inf: the callout's IEEE results. */
function logSpecial(x: number): number {
  if (x !== x || x < 0) return NaN;
  return x === 0 ? -Infinity : Infinity;
}

// The reduction log, log2 and log10 share (reduceLog): x = 2^k * m, rcp ~ 1/m from the table
// (rcp14 rounded to 1/32), r = rcp*m - 1 exactly, j the table index of rcp. Module variables
// rather than an object: these run once per array element.
let REDUCED_K = 0;
let REDUCED_R = 0;
let REDUCED_J = 0;

/** Sets REDUCED_K, REDUCED_R, REDUCED_J for a finite x > 0. */
function reduceLog(x: number): void {
  F64[0] = x;
  let hi = U32_OF_F64[1];
  let k = (hi >>> 20) - 1023;
  if (k === -1023) {
    // subnormal: vgetexp/vgetmant normalise; scale by 2^64 (exact)
    F64[0] = x * 18446744073709551616;
    hi = U32_OF_F64[1];
    k = (hi >>> 20) - 1023 - 64;
  }
  const fLo = U32_OF_F64[0];
  const fHi = hi & 0xfffff;
  const rcp = rcpTable()[fHi >>> 4];
  REDUCED_R = rcpTimesMantissaMinus1(rcp, fHi, fLo);
  REDUCED_K = rcp < 0.75 ? k + 1 : k;
  F64[0] = rcp;
  REDUCED_J = (U32_OF_F64[1] >>> 16) & 15;
}

/** np.log on one float64 value. */
export function npyLog(x: number): number {
  if (!(x > 0) || x === Infinity) return logSpecial(x);
  reduceLog(x);
  const k = REDUCED_K, r = REDUCED_R, j = REDUCED_J;
  const r2 = r * r;
  const p576 = fma64(LC512, r, LC576);
  let p448 = fma64(LC384, r, LC448);
  const p704 = fma64(LC640, r, LC704);
  p448 = fma64(r2, p448, p576);
  const r4 = r2 * r2;
  const p832 = fma64(LC768, r, LC832);
  const q = fma64(r2, p704, p832);
  const kth = k * LOG_LN2_HI + LOG_TH[j]; // k*ln2_hi exact (11 + 37 bits): no fma needed
  let poly = fma64(r4, p448, q);
  const sum = kth + r;
  const rh = sum - kth;
  const rl = r - rh;
  poly = fma64(r2, poly, rl);
  const ktl = LOG_LN2_LO * k + LOG_TL[j]; // exact product (37-bit constant)
  return poly + ktl + sum;
}

// ---------------------------------------------------------------- float64 log2
// SVML's __svml_log28_ha: log's reduction (k, rcp14 of the mantissa rounded to 1/32, r = rcp*m - 1
// exact) with log2 tables; k + Th + c0h*r carried high/low (the low part by fma), a degree-9
// polynomial. 0, negatives and inf take the callout's IEEE results (as log's).
const LOG2_TH = wordsToF64(LOG2_F64_TH);
const LOG2_TL = wordsToF64(LOG2_F64_TL);
const [L2C384, L2C448, L2C512, L2C576, L2C640, L2C704, L2C768, L2C832, L2C896, L2C960, LOG2E_HI] = wordsToF64(LOG2_F64_CONSTS);

/** np.log2 on one float64 value. */
export function npyLog2(x: number): number {
  if (!(x > 0) || x === Infinity) return logSpecial(x);
  reduceLog(x);
  const k = REDUCED_K, r = REDUCED_R, j = REDUCED_J;
  let p2 = fma64(r, L2C384, L2C448);
  const p6 = fma64(r, L2C512, L2C576);
  let p0 = fma64(r, L2C640, L2C704);
  const r2 = r * r;
  p2 = fma64(r2, p2, p6);
  const r4 = r2 * r2;
  const p7 = fma64(r, L2C768, L2C832);
  const kth = k + LOG2_TH[j];
  p0 = fma64(r2, p0, p7);
  const p10 = fma64(r, L2C896, L2C960);
  p2 = fma64(r4, p2, p0);
  const sumHi = fma64(r, LOG2E_HI, kth);
  p2 = fma64(r2, p2, p10);
  const rHi = sumHi - kth;
  const rLo = fma64(r, LOG2E_HI, -rHi);
  p2 = fma64(r, p2, LOG2_TL[j] + rLo);
  return p2 + sumHi;
}

// ---------------------------------------------------------------- float32 log10
// SVML's __svml_log10f16 (LA): x = 2^k * m with m in [0.75, 1.5) (vgetmantps), r = m - 1, and on
// each of 16 subintervals of m a cubic in r (fused multiply-adds) plus k*log10(2).
const LOG10_COEF = Float32Array.from(LOG10_F32_TABLE, (b) => bitsToF32(b));
const LOG10_2_F = LOG10_COEF[64];

const LOG2_COEF = Float32Array.from(LOG2_F32_TABLE, (b) => bitsToF32(b));

/** SVML's float32 log10/log2 scheme: k and m in [0.75, 1.5), the cubic of m's subinterval in m - 1. */
function svmlLogF32(x: number, coef: Float32Array, log2: boolean): number {
  if (x !== x) return NaN;
  if (x < 0 || x === -Infinity) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  F32[0] = x;
  let bits = U32[0];
  let k = (bits >>> 23) - 127;
  if (k === -127) {
    F32[0] = x * 4294967296; // subnormal: normalise exactly
    bits = U32[0];
    k = (bits >>> 23) - 127 - 32;
  }
  // mantissa in [1, 2); at 1.5 or above halve it into [0.75, 1)
  let mbits = (bits & 0x7fffff) | 0x3f800000;
  if ((bits & 0x400000) !== 0) {
    mbits = (bits & 0x7fffff) | 0x3f000000;
    k += 1;
  }
  U32[0] = mbits;
  const m = F32[0];
  const i = (mbits >>> 19) & 15;
  const r = fround(m - 1);
  let p = fma32(r, coef[i], coef[16 + i]);
  p = fma32(r, p, coef[32 + i]);
  p = fma32(r, p, coef[48 + i]);
  return fma32(r, p, log2 ? k : fround(k * LOG10_2_F));
}

/** np.log10 on one float32 value. */
export function npyLog10F32(x: number): number {
  return svmlLogF32(x, LOG10_COEF, false);
}

/** np.log2 on one float32 value (SVML's __svml_log2f16). */
export function npyLog2F32(x: number): number {
  return svmlLogF32(x, LOG2_COEF, true);
}

// ---------------------------------------------------------------- float64 log10
// SVML's __svml_log108_ha: log's reduction (rcp14 of the mantissa rounded to 1/32, r = rcp*m - 1)
// with log10 tables; r*log10(e) is carried as a high part plus its fma-exact low part.
const LOG10_TH = wordsToF64(LOG10_F64_TH);
const LOG10_TL = wordsToF64(LOG10_F64_TL);
const [T384, T448, T512, T576, T640, T704, T768, T832, T896, LOG10E_HI, LOG10_2_HI, LOG10_2_LO] = wordsToF64(LOG10_F64_CONSTS);

/** np.log10 on one float64 value. */
export function npyLog10(x: number): number {
  if (!(x > 0) || x === Infinity) return logSpecial(x);
  reduceLog(x);
  const k = REDUCED_K, r = REDUCED_R, j = REDUCED_J;
  const p576 = fma64(T512, r, T576);
  let p = fma64(T384, r, T448);
  const r2 = r * r;
  const r4 = r2 * r2;
  p = fma64(r2, p, p576);
  const kth = k * LOG10_2_HI + LOG10_TH[j]; // exact product (37-bit constant)
  let ktl = fma64(LOG10_2_LO, k, LOG10_TL[j]);
  const p832 = fma64(T768, r, T832);
  let q = fma64(T640, r, T704);
  const sumHi = fma64(r, LOG10E_HI, kth);
  q = fma64(r2, q, p832);
  const rHi = sumHi - kth;
  p = fma64(r4, p, q);
  p = fma64(r, p, T896);
  const rLo = fma64(r, LOG10E_HI, -rHi);
  ktl = rLo + ktl;
  p = fma64(r, p, ktl);
  return p + sumHi;
}

// ---------------------------------------------------------------- float64 log1p
// SVML's __svml_log1p8_ha: log's scheme on 1 + x, whose rounding error (exact, from the max/min of
// 1 and x) is scaled by 2^-k and folded into the reduced argument; the sign of x is OR-ed back in
// (log1p(-0) = -0). 1 + x <= 0, infinities and NaN take the scalar callout's IEEE results.
/** np.log1p on one float64 value. */
export function npyLog1p(x: number): number {
  if (x !== x) return NaN;
  const y = 1 + x;
  if (y === Infinity) return Infinity;
  if (y === 0) return -Infinity;
  if (!(y > 0)) return NaN;
  const hiV = x > 1 ? x : 1;
  const loV = x > 1 ? 1 : x;
  const xl = loV - (y - hiV);
  F64[0] = y;
  const hi = U32_OF_F64[1];
  let k = (hi >>> 20) - 1023;
  const fLo = U32_OF_F64[0];
  const fHi = hi & 0xfffff;
  const rcp = rcpTable()[fHi >>> 4];
  const scaled = xl * 2 ** -k;
  const r0 = rcpTimesMantissaMinus1(rcp, fHi, fLo);
  const t1 = scaled * rcp;
  if (rcp < 0.75) k += 1;
  const r = t1 + r0;
  const rl = t1 - (r - r0);
  F64[0] = rcp;
  const j = (U32_OF_F64[1] >>> 16) & 15;
  const r2 = r * r;
  let p = fma64(LC384, r, LC448);
  const p576 = fma64(LC512, r, LC576);
  const p832 = fma64(LC768, r, LC832);
  let q = fma64(LC640, r, LC704);
  const kth = k * LOG_LN2_HI + LOG_TH[j]; // k*ln2_hi exact (11 + 37 bits): no fma needed
  const tl = rl + LOG_TL[j];
  const sum = kth + r;
  p = fma64(r2, p, p576);
  const r4 = r2 * r2;
  q = fma64(r2, q, p832);
  const rh = sum - kth;
  p = fma64(r4, p, q);
  const rl2 = r - rh;
  p = fma64(r2, p, rl2);
  const kl = LOG_LN2_LO * k + tl; // exact product (37-bit constant)
  const res = kl + p + sum;
  if (!(x < 0 || Object.is(x, -0))) return res;
  F64[0] = res;
  U32_OF_F64[1] |= 0x80000000;
  return F64[0];
}

// ---------------------------------------------------------------- float64 expm1
// SVML's __svml_expm18_ha: exp's reduction (N = x*log2(e) to 1/16, here rounded to nearest),
// Th*2^max(N, -128) - 1 carried as a compensated sum, Th*r split high/low by fma, the sign of x
// OR-ed in; x > 707.70 (and NaN) takes exp's scalar callout.
const [E1_C768, E1_C832, E1_C896, E1_C960, E1_C1024, E1_C1088, E1_C1152] = wordsToF64(EXPM1_F64_CONSTS);

function clearBit62(v: number): number {
  F64[0] = v;
  U32_OF_F64[1] &= 0xbfffffff;
  return F64[0];
}

/** np.expm1 on one float64 value. */
export function npyExpm1(x: number): number {
  if (x !== x) return NaN;
  if (!(x <= EXP_CALLOUT)) return expCallout(x);
  const shifted = fma64(x, EXP_L2E, EXP_SHIFTER);
  const z0 = shifted - EXP_SHIFTER;
  F64[0] = shifted;
  const j = U32_OF_F64[0] & 15;
  const r1 = fma64(-z0, EXP_LN2_HI, x);
  const scale = Math.floor(z0 > -128 ? z0 : -128);
  U32_OF_F64[1] = (scale + 1023) << 20;
  U32_OF_F64[0] = 0;
  const ths = EXP_TH[j] * F64[0];
  const rRaw = fma64(-z0, EXP_LN2_LO, r1);
  const zl = r1 - rRaw;
  // SVML clears bit 62 of r and of its low part ("|r| < 2 even for special cases"): a no-op for
  // ordinary x, it keeps huge negative x (where r is inf or NaN) finite so the result is -1
  const r = clearBit62(rRaw);
  const rl = clearBit62(fma64(-EXP_LN2_LO, z0, zl));
  let p10 = fma64(E1_C896, r, E1_C960);
  const p11 = fma64(E1_C1024, r, E1_C1088);
  const r2 = r * r;
  let p1 = fma64(E1_C768, r, E1_C832);
  const tlr = EXP_TLR[j];
  const p14 = rl + tlr;
  const p4 = fma64(r, tlr, p14);
  p1 = fma64(r2, p1, p10);
  const big = ths < 1 ? -1 : ths;
  const small = ths < 1 ? ths : -1;
  p1 = fma64(r2, p1, p11);
  const thm1 = ths + -1;
  p1 = fma64(r, p1, E1_C1152);
  const t9 = big - thm1;
  p1 = fma64(r2, p1, p4);
  const tl1 = t9 + small;
  const hi = fma64(r, ths, thm1);
  const d = hi - thm1;
  const thrLow = fma64(r, ths, -d);
  let lo = fma64(p1, ths, tl1);
  lo = lo + thrLow;
  const res = lo + hi;
  if (!(x < 0 || Object.is(x, -0))) return res;
  F64[0] = res;
  U32_OF_F64[1] |= 0x80000000;
  return F64[0];
}

// ---------------------------------------------------------------- float64 sinh
// SVML's __svml_sinh8_ha: M = |x|/ln2 rounded to 1/16 on a shifter (one sixteenth above zero
// counts as zero), r = |x| - M ln2 by two fma steps, 2^(M)/2 and 2^(-M)/2 from 16-entry tables
// with N added to / subtracted from the exponent bits, and
// sinh|x| = (G+ - G-) + (G+ + G-)(r + r^3 P(r^2)) + (G+ - G-) r^2 Q(r^2) + low parts; sign OR-ed.
// |x| > ~669.8 takes the scalar path, which for |x| >= 21.5 is exactly cosh's (below).
const SINH_T = wordsToF64(SINH_F64_TABLES);
const [SH_SHIFTER, SH_SHIFTER_NEXT, SH_A2, SH_A3, SH_A4, SH_A5, SH_A6, SH_A7, SH_A8, SH_INV_LN2, SH_LN2_HI, SH_LN2_LO] = wordsToF64(SINH_F64_CONSTS);
const SH_CALLOUT_HI = 0x4084ee33; // |x| high word above this (|x| > ~669.8, inf, NaN): scalar path

/** v with n added to its exponent field by integer arithmetic on the high word (vpaddq/vpsubq). */
function addToExponent(v: number, n: number): number {
  F64[0] = v;
  U32_OF_F64[1] = (U32_OF_F64[1] + (n << 20)) >>> 0;
  return F64[0];
}

/** The doubles SVML's sinh/cosh assemble from the table entry j and the integer part n of M. */
function sinhCoshParts(ax: number): [number, number, number, number] {
  let m = fma64(ax, SH_INV_LN2, SH_SHIFTER);
  if (m === SH_SHIFTER_NEXT) m = SH_SHIFTER;
  F64[0] = m;
  const lo = U32_OF_F64[0];
  const j = lo & 15;
  const n = (lo >>> 4) & 0xfff; // (the low mantissa bits of M above j, shifted into the exponent)
  const dn = m - SH_SHIFTER;
  let r = fma64(-dn, SH_LN2_HI, ax);
  r = fma64(-dn, SH_LN2_LO, r);
  const plus = addToExponent(SINH_T[j], n);
  const minus = addToExponent(SINH_T[32 + j], -n);
  let plusLo = addToExponent(SINH_T[16 + j], n);
  const minusLoRaw = SINH_T[48 + j];
  U32_OF_F64[0] = 0;
  U32_OF_F64[1] = n << 20;
  const scale = F64[0];
  let minusLo = (minusLoRaw < 0 ? -minusLoRaw : minusLoRaw) < scale ? 0 : addToExponent(minusLoRaw, -n);
  const diff = plus - minus;
  const sum = plus + minus;
  const diffErr = minus + (diff - plus); // (diff - plus) + minus
  plusLo = plusLo - diffErr;
  minusLo = plusLo - minusLo;
  return [r, diff, sum, minusLo];
}

/** np.sinh on one float64 value. */
export function npySinh(x: number): number {
  F64[0] = x;
  const hi = U32_OF_F64[1];
  // the scalar path for large |x| is cosh's (exp(|x|)/2 from the 64-entry table), sign OR-ed in
  if ((hi & 0x7fffffff) > SH_CALLOUT_HI) return x - x === 0 ? (x < 0 ? -coshCallout(x) : coshCallout(x)) : x + x;
  const negative = hi >>> 31 === 1;
  const ax = negative ? -x : x;
  const [r, diff, sum, low] = sinhCoshParts(ax);
  const r2 = r * r;
  let odd = fma64(r2, SH_A7, SH_A5);
  odd = fma64(r2, odd, SH_A3);
  let even = fma64(r2, SH_A8, SH_A6);
  odd = r2 * odd;
  even = fma64(r2, even, SH_A4);
  odd = fma64(r, odd, r);
  even = fma64(r2, even, SH_A2);
  even = r2 * even;
  even = fma64(diff, even, low);
  const res = fma64(sum, odd, even) + diff;
  if (!negative) return res;
  F64[0] = res;
  U32_OF_F64[1] |= 0x80000000;
  return F64[0];
}

// ---------------------------------------------------------------- float64 cosh
// SVML's __svml_cosh8_ha: sinh's reduction and tables (no zero-sixteenth adjustment, no low part
// of 2^-M), cosh|x| = G+ + (G- + ((G+ - G-)(r + r^3 P) + ((G+ + G-) r^2 Q + low))); past
// |x| ~ 707.7 the scalar path: exp(|x|)/2 from a 64-entry table in plain double arithmetic, inf
// from 710.48 on, x*x for inf/NaN.
const [CH_A2, CH_A3, CH_A4, CH_A5, CH_A6, CH_A7] = wordsToF64(COSH_F64_CONSTS);
const CH_CALLOUT_HI = 0x40861d99; // |x| > ~707.7, inf, NaN: the scalar path

const COSH_RARE_TLO = wordsToF64(COSH_F64_RARE_TLO);
const [CR_64_LN2, CR_SHIFTER, CR_C2, CR_C3, CR_C4, CR_C5, CR_C6, CR_OVER, CR_LN2_64_HI, CR_LN2_64_LO] = wordsToF64(COSH_F64_RARE_CONSTS);

function coshCallout(x: number): number {
  if (!(x - x === 0)) return x * x;
  const ax = x < 0 ? -x : x;
  if (ax >= CR_OVER) return Infinity;
  const t = ax * CR_64_LN2 + CR_SHIFTER;
  F64[0] = t;
  const lo = U32_OF_F64[0];
  const j = lo & 63;
  const nd = t - CR_SHIFTER;
  let r = ax - nd * CR_LN2_64_HI;
  r = r - nd * CR_LN2_64_LO;
  let p = CR_C6 * r + CR_C5;
  p = p * r + CR_C4;
  p = p * r + CR_C3;
  p = p * r + CR_C2;
  p = p * r * r + r;
  const th = EXP_RARE[2 * j];
  p = p * th + COSH_RARE_TLO[j] + th;
  const e = ((lo >>> 6) + 1022) & 2047; // biased exponent of 2^(N-1)
  if (e > 2046) return p * 2 ** (e - 1024) * 2;
  return p * 2 ** (e - 1023);
}

/** np.cosh on one float64 value. */
export function npyCosh(x: number): number {
  F64[0] = x;
  const hi = U32_OF_F64[1] & 0x7fffffff;
  if (hi > CH_CALLOUT_HI) return coshCallout(x);
  const ax = x < 0 ? -x : x;
  const m = fma64(ax, SH_INV_LN2, SH_SHIFTER);
  F64[0] = m;
  const lo = U32_OF_F64[0];
  const j = lo & 15;
  const n = (lo >>> 4) & 0x7ff;
  const dn = m - SH_SHIFTER;
  let r = fma64(-dn, SH_LN2_HI, ax);
  r = fma64(-dn, SH_LN2_LO, r);
  const r2 = r * r;
  const plusLo = addToExponent(SINH_T[16 + j], n);
  const plus = addToExponent(SINH_T[j], n);
  const minus = addToExponent(SINH_T[32 + j], -n);
  const sum = plus + minus;
  const diff = plus - minus;
  let odd = fma64(r2, CH_A7, CH_A5);
  odd = fma64(r2, odd, CH_A3);
  let even = fma64(r2, CH_A6, CH_A4);
  odd = r2 * odd;
  even = fma64(r2, even, CH_A2);
  odd = fma64(r, odd, r);
  even = r2 * even;
  even = fma64(sum, even, plusLo);
  odd = fma64(diff, odd, even);
  return odd + minus + plus;
}

// ---------------------------------------------------------------- float64 arctan
// SVML's __svml_atan8_ha: for |x| < 7.875, x0 = |x| rounded to a quarter and
// atan|x| = atan(x0) + atan((|x| - x0) / (1 + x0 |x|)); beyond, pi/2 + atan(-1/|x|). The quotient
// is R + Rlow from vrcp14pd refined twice by fma, 1 + x0|x| carried high/low; atan(s) = s + s^3 P(s^2).
const ATAN_T = wordsToF64(ATAN_F64_TABLE);
const [AT_SHIFTER, AT_PIO2_HI, AT_PIO2_LO, AT_C1152, AT_C1216, AT_C1280, AT_C1344, AT_C1408, AT_C1472] = wordsToF64(ATAN_F64_CONSTS);

/** vrcp14pd of a positive normal double (Intel's reference: mantissa by rcp14Mantissa, exponent negated). */
export function rcp14(y: number): number {
  F64[0] = y;
  const hi = U32_OF_F64[1];
  const m = rcp14Mantissa(hi & 0xfffff, U32_OF_F64[0]);
  U32_OF_F64[1] = (2046 - (hi >>> 20)) << 20; // 2^-e
  U32_OF_F64[0] = 0;
  return m * F64[0];
}

/** np.arctan on one float64 value. */
export function npyArctan(x: number): number {
  const ax = x < 0 || Object.is(x, -0) ? -x : x;
  // (the data's bound is 8, but x0 = 8 has no table entry: NumPy's results show those lanes, |x| from
  // 7.875 on, on the large-|x| path; checked against 2M NumPy samples incl. [7.8, 8.1])
  const small = ax < 7.875;
  let diff = -1;
  let y = ax > 2 ** 128 ? 2 ** 128 : ax;
  let idx = 0;
  let xlow = 0;
  if (small) {
    const t = ax + AT_SHIFTER;
    const x0 = t - AT_SHIFTER;
    F64[0] = t;
    idx = U32_OF_F64[0] & 31; // (vpermt2pd's 4 bits, plus the x0 >= 4 table select)
    diff = ax - x0;
    y = fma64(x0, ax, 1);
    xlow = fma64(x0, ax, -(y - 1));
  }
  const r0 = rcp14(y);
  const eps = fma64(-r0, y, 1);
  const eps2 = eps * eps;
  let rcp = fma64(eps, r0, r0);
  rcp = fma64(eps2, rcp, rcp);
  const r = diff * rcp;
  const eps1 = fma64(-rcp, y, 1);
  const dl = fma64(rcp, diff, -r);
  let rLow = fma64(r, eps1, dl);
  const r2 = r * r;
  if (small) rLow = fma64(-(xlow * rcp), r, rLow);
  const tHi = small ? ATAN_T[idx] : AT_PIO2_HI;
  const tLo = small ? ATAN_T[32 + idx] : AT_PIO2_LO;
  const r4 = r2 * r2;
  const r3 = r2 * r;
  let p3 = fma64(r2, AT_C1152, AT_C1216);
  const p8 = fma64(r2, AT_C1280, AT_C1344);
  const lowSum = rLow + tLo;
  const s = tHi + r;
  p3 = fma64(r4, p3, p8);
  const d = s - tHi;
  const p2 = fma64(r2, AT_C1408, AT_C1472);
  const rl = r - d;
  p3 = fma64(r4, p3, p2);
  p3 = fma64(r3, p3, lowSum + rl);
  const res = p3 + s;
  if (!(x < 0 || Object.is(x, -0))) return res;
  F64[0] = res;
  U32_OF_F64[1] ^= 0x80000000;
  return F64[0];
}

// ---------------------------------------------------------------- float32 cosh
// SVML's __svml_coshf16 (LA), all in float32: M = |x|/ln2 to 1/32 on a shifter, r = |x| - N ln2 by
// two fmas, G+- = 2^(+-j/32)/2 with N added to / subtracted from the exponent bits, and
// cosh = (G+ - G-)(r + r^3/6) + (G+ + G-)(1 + r^2/2) by fmas; from |x| = 87.34 the double-precision
// scalar path (float64 cosh's, rounded to float32), inf from 89.416.
const COSH_F32_T = Uint32Array.from(COSH_F32_TABLE);
const [CF_SHIFTER, CF_CALLOUT_BITS, CF_A2, CF_A3, CF_INV_LN2, CF_LN2_HI, CF_LN2_LO] = COSH_F32_CONSTS.map((b, k) => (k === 1 ? b : bitsToF32(b)));
const CF_OVERFLOW = 89.41599273681640625; // the scalar path's double bound (0x1.65a9fap+6)

/** np.cosh on one float32 value. */
export function npyCoshF32(x: number): number {
  F32[0] = x;
  const abits = U32[0] & 0x7fffffff;
  if (abits >= CF_CALLOUT_BITS) {
    if (abits >= 0x7f800000) return fround(x * x);
    const ax = x < 0 ? -x : x;
    return ax >= CF_OVERFLOW ? Infinity : fround(coshCallout(ax));
  }
  const ax = x < 0 ? -x : x;
  const m = fma32(ax, CF_INV_LN2, CF_SHIFTER);
  F32[0] = m;
  const mb = U32[0];
  const j = mb & 31;
  const nExp = (mb << 18) & 0x7f800000;
  const n = fround(m - CF_SHIFTER);
  let r = fma32(-n, CF_LN2_HI, ax);
  r = fma32(-n, CF_LN2_LO, r);
  const r2 = fround(r * r);
  const odd = fma32(r, fround(CF_A3 * r2), r);
  const even = fround(CF_A2 * r2);
  U32[0] = (COSH_F32_T[j] + nExp) >>> 0;
  const plus = F32[0];
  U32[0] = (COSH_F32_T[32 + j] - nExp) >>> 0;
  const minus = F32[0];
  const sum = fround(plus + minus);
  const diff = fround(plus - minus);
  return fma32(odd, diff, fma32(even, sum, sum));
}

// ---------------------------------------------------------------- float32 sinh
// SVML's __svml_sinhf16 (LA), in float32: N = rint(|x|/ln2), G+- = 2^(+-N-1) built in the exponent
// bits, r = |x| - N ln2 by two fmas, sinh = (G+ - G-) + (G+ + G-)(r + r^3 P) + (G+ - G-) r^2 Q,
// sign OR-ed; past |x| = 87.34 cosh's double-precision scalar path with the sign.
const [SF_SHIFTER, SF_CALLOUT_BITS, SF_A2, SF_A3, SF_A4, SF_A5, SF_A6] = SINH_F32_CONSTS.map((b, k) => (k === 1 ? b : bitsToF32(b)));

/** np.sinh on one float32 value. */
export function npySinhF32(x: number): number {
  F32[0] = x;
  const bits = U32[0];
  const abits = bits & 0x7fffffff;
  if (abits > SF_CALLOUT_BITS) {
    if (abits >= 0x7f800000) return fround(x + x);
    const ax = x < 0 ? -x : x;
    const v = ax >= CF_OVERFLOW ? Infinity : fround(coshCallout(ax));
    return x < 0 ? -v : v;
  }
  const ax = x < 0 ? -x : x;
  const m = fma32(ax, CF_INV_LN2, SF_SHIFTER);
  F32[0] = m;
  const nExp = (U32[0] << 23) >>> 0;
  const n = fround(m - SF_SHIFTER);
  U32[0] = (0x3f000000 + nExp) >>> 0;
  const plus = F32[0];
  U32[0] = (0x3f000000 - nExp) >>> 0;
  const minus = F32[0];
  const sum = fround(plus + minus);
  let r = fma32(-n, CF_LN2_HI, ax);
  const diff = fround(plus - minus);
  r = fma32(-n, CF_LN2_LO, r);
  const r2 = fround(r * r);
  const odd = fma32(r, fround(r2 * fma32(r2, SF_A5, SF_A3)), r);
  let even = fma32(r2, SF_A6, SF_A4);
  even = fma32(r2, even, SF_A2);
  even = fround(diff * fround(r2 * even));
  const res = fround(fma32(odd, sum, even) + diff);
  if ((bits & 0x80000000) === 0) return res;
  F32[0] = res;
  U32[0] |= 0x80000000;
  return F32[0];
}

// ---------------------------------------------------------------- float32 arctan
// SVML's __svml_atanf16 (LA), in float32: x0 = |x| to a quarter (vreduceps), atan(x0) from a
// 32-entry table plus atan(R), R = (|x| - x0)/(1 + x0|x|) by vgetmant/vgetexp, vrcp14ps and one
// fma correction, vscalefps; from |x| = 7.75 on pi/2 + atan(-1/|x|); R + R^3 P(R^2); sign xor-ed.
const ATAN_F32_T = Float32Array.from(ATAN_F32_TABLE, (b) => bitsToF32(b));
const [AF_PIO2, AF_C832, AF_C896, AF_C960] = ATAN_F32_CONSTS.map(bitsToF32);
const AF_SHIFTER = 1.5 * 2 ** 50; // rounds a double to a quarter (as vreduceps/the 2^21 float shifter do here)

/** vgetmantps (interval [1, 2), sign of the source) and vgetexpps of a nonzero finite float32. */
function mantExpF32(v: number): [number, number] {
  F32[0] = v;
  let bits = U32[0];
  let e = ((bits >>> 23) & 255) - 127;
  if (e === -127) {
    F32[0] = v * 4294967296; // subnormal: normalise exactly
    bits = U32[0];
    e = ((bits >>> 23) & 255) - 127 - 32;
  }
  U32[0] = (bits & 0x807fffff) | 0x3f800000;
  return [F32[0], e];
}

/** np.arctan on one float32 value. */
export function npyArctanF32(x: number): number {
  if (x !== x) return NaN;
  const negative = x < 0 || Object.is(x, -0);
  const ax = negative ? -x : x;
  let table: number;
  let diff: number;
  let y: number;
  if (ax >= 7.75) {
    table = AF_PIO2;
    diff = -1;
    y = ax > 4294967296 ? 4294967296 : ax;
  } else {
    const x0 = ax + AF_SHIFTER - AF_SHIFTER;
    table = ATAN_F32_T[(x0 * 4) & 31];
    diff = ax - x0;
    y = fma32(x0, ax, 1);
  }
  let r = 0;
  if (diff !== 0) {
    const [md, ed] = mantExpF32(diff);
    const [my, ey] = mantExpF32(y);
    F64[0] = my;
    const rcp = rcp14Mantissa(U32_OF_F64[1] & 0xfffff, U32_OF_F64[0]);
    const q = fround(md * rcp);
    const q2 = fma32(rcp, fma32(-q, my, md), q);
    r = fround(q2 * 2 ** (ed - ey));
  }
  const r2 = fround(r * r);
  const r3 = fround(r * r2);
  let p = fma32(r2, AF_C832, AF_C896);
  p = fma32(p, r2, AF_C960);
  const res = fround(fma32(r3, p, r) + table);
  if (!negative) return res;
  F32[0] = res;
  U32[0] ^= 0x80000000;
  return F32[0];
}

// ---------------------------------------------------------------- float32 expm1
// SVML's __svml_expm1f16 (LA), in float32: Z = x log2(e) to 1/32 on a shifter, R = x - Z ln2 by two
// fmas (bit 30 cleared so |R| < 2 for any input), Th 2^floor(Z) by vscalefps, and
// (Th 2^Z - 1) + Th 2^Z (Tlr + R + R^2 (c2 + c3 R)); sign OR-ed. From x = 86.64 a scalar float path
// (unfused: exp's 2^N added to the exponent bits), inf past 88.72.
const EXPM1_F32_T = Float32Array.from(EXPM1_F32_TABLE, (b) => bitsToF32(b));
const [EF_LOG2E, EF_SHIFTER, EF_CALLOUT, EF_LN2_HI, EF_LN2_LO, EF_C3, EF_C2, ER_LOG2E, ER_SHIFTER, ER_LN2_HI, ER_LN2_LO, ER_C2, ER_C3, ER_C4, ER_C5, ER_C6, ER_OVER] = EXPM1_F32_CONSTS.map(bitsToF32);

function expm1CalloutF32(x: number): number {
  if (x !== x) return x;
  if (x > ER_OVER) return Infinity;
  const t = fround(fround(x * ER_LOG2E) + ER_SHIFTER);
  const n = fround(t - ER_SHIFTER);
  let r = fround(x - fround(n * ER_LN2_HI));
  r = fround(r - fround(n * ER_LN2_LO));
  let p = fround(fround(ER_C6 * r) + ER_C5);
  p = fround(fround(p * r) + ER_C4);
  p = fround(fround(p * r) + ER_C3);
  p = fround(fround(p * r) + ER_C2);
  p = fround(ER_C2 + fround(p * r));
  F32[0] = t;
  const nExp = (U32[0] << 23) >>> 0;
  F32[0] = p;
  U32[0] = (U32[0] + nExp) >>> 0;
  return F32[0];
}

/** np.expm1 on one float32 value. */
export function npyExpm1F32(x: number): number {
  if (x >= EF_CALLOUT) return expm1CalloutF32(x);
  const m = fma32(x, EF_LOG2E, EF_SHIFTER);
  const z = fround(m - EF_SHIFTER);
  F32[0] = m;
  const j = U32[0] & 31;
  let r = fma32(-z, EF_LN2_HI, x);
  // vscalefps: Th * 2^floor(z), rounded once (0 for z = -inf or far below)
  const fz = Math.floor(z);
  const th = fz < -300 ? 0 : fround(EXPM1_F32_T[j] * 2 ** fz);
  r = fma32(-z, EF_LN2_LO, r);
  F32[0] = r;
  U32[0] &= 0xbfffffff;
  r = F32[0];
  const thm1 = fround(th - 1);
  const r2 = fround(r * r);
  let p = fma32(r, EF_C3, EF_C2);
  p = fma32(r2, p, EXPM1_F32_T[32 + j]);
  const res = fma32(fround(r + p), th, thm1);
  if (!(x < 0 || Object.is(x, -0))) return res;
  F32[0] = res;
  U32[0] |= 0x80000000;
  return F32[0];
}

// ---------------------------------------------------------------- float32 log1p
// SVML's __svml_log1pf16 (LA), in float32: A = 1 + x with its rounding error, k from A's bits
// offset by 2/3 (so the mantissa m lands in [2/3, 4/3)), r = (m - 1) + error * 2^-k, a degree-8
// polynomial by fmas, k ln2 + r + r^2 P(r); the sign of x OR-ed in. A <= 0, A >= 2^127, inf and NaN
// take the scalar path: IEEE results, and for A >= 2^127 a table-based float log, here float64
// log1p rounded to float32 (equal to NumPy's on 50,000 samples there).
const [LP_C2496, LP_C2432, LP_C2368, LP_C2304, LP_C2240, LP_C2176, LP_C2112, LP_C2048, , LP_LN2] = LOG1P_F32_CONSTS.map(bitsToF32);
const LP_TWO_THIRDS_BITS = LOG1P_F32_CONSTS[8];

/** np.log1p on one float32 value. */
export function npyLog1pF32(x: number): number {
  const hi = 1 > x ? 1 : x;
  const lo = 1 < x ? 1 : x;
  const a = fround(hi + lo);
  F32[0] = a;
  const abits = U32[0] | 0;
  if (!(abits >= 0x00800000 && abits < 0x7f000000)) {
    if (x !== x) return NaN;
    if (a === 0) return -Infinity;
    if (a < 0) return NaN;
    if (a === Infinity) return Infinity;
    return fround(Math.log1p(x));
  }
  const kbits = (abits - LP_TWO_THIRDS_BITS) | 0;
  const k = kbits >> 23;
  const err = fround(fround(hi - a) + lo);
  U32[0] = (0x3f800000 - (k << 23)) >>> 0;
  const errScaled = fround(err * F32[0]);
  U32[0] = ((kbits & 0x7fffff) + LP_TWO_THIRDS_BITS) >>> 0;
  const r = fround(fround(F32[0] - 1) + errScaled);
  let p = fma32(r, LP_C2496, LP_C2432);
  p = fma32(r, p, LP_C2368);
  p = fma32(r, p, LP_C2304);
  p = fma32(r, p, LP_C2240);
  p = fma32(r, p, LP_C2176);
  p = fma32(r, p, LP_C2112);
  p = fma32(r, p, LP_C2048);
  const q = fma32(r, fround(r * p), r);
  const res = fma32(k, LP_LN2, q);
  if (!(x < 0 || Object.is(x, -0))) return res;
  F32[0] = res;
  U32[0] |= 0x80000000;
  return F32[0];
}

// ---------------------------------------------------------------- float32 tan
// SVML's __svml_tanf16 (LA), in float32: N = rint(32x/pi), R = x - N pi/32 in three fma steps,
// tan R = R + R^3 (c1 + c2 R^2), and tan x = (Th + tan R)/(1 - Th tan R) for Th = tan(N pi/32)
// from a table, the quotient by vrcp14ps and one fma correction carrying numerator and
// denominator errors. |x| > 8256 takes SVML's multi-word reduction (tanF32Large): the 24-bit
// mantissa times a 96-bit window of 2/pi's bits in 16-bit integer pieces, the fraction turned into
// float32 high/low parts, times 2pi high/low, and N from the fraction's top bits; inf/NaN give NaN.
const TAN_F32_T = Float32Array.from(TAN_F32_TABLE, (b) => bitsToF32(b));
const [TF_32_PI, TF_PIO32_HI, TF_PIO32_MID, TF_PIO32_LO, TF_C1, TF_C2, TF_BOUND] = TAN_F32_CONSTS.map(bitsToF32);
const TF_SHIFTER = 12582912; // 1.5 * 2^23

/** vrcp14ps of a nonzero normal float32 (the reference's mantissa reciprocal, sign and exponent). */
export function rcp14F32(v: number): number {
  const a = v < 0 ? -v : v;
  const r = rcp14(a);
  return v < 0 ? -r : r;
}

// floor(2/pi 2^256): the reduction table's word triple for biased exponent E is bits
// [E - 56 - 96, E - 56) of 2/pi's binary expansion (checked against all 256 SVML table entries)
const TWO_OVER_PI_256 = BigInt('0xa2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561');
let TAN_F32_RED: Uint32Array | null = null;
function tanF32ReductionTable(): Uint32Array {
  if (TAN_F32_RED) return TAN_F32_RED;
  const t = new Uint32Array(768);
  for (let e = 57; e < 256; e++) {
    const w = (TWO_OVER_PI_256 >> BigInt(256 - (e - 56))) & ((1n << 96n) - 1n);
    t[3 * e] = Number(w >> 64n);
    t[3 * e + 1] = Number((w >> 32n) & 0xffffffffn);
    t[3 * e + 2] = Number(w & 0xffffffffn);
  }
  TAN_F32_RED = t;
  return t;
}

const f32Of = (bits: number): number => bitsToF32(bits >>> 0);
let tanLargeIndex = 0;
/** SVML tanf's large-argument reduction of finite |x| > 8256: returns R, sets tanLargeIndex (N mod 32). */
function tanF32Large(x: number): number {
  F32[0] = x;
  const xb = U32[0];
  const red = tanF32ReductionTable();
  const e = (xb >>> 23) & 0xff;
  const w0 = red[3 * e];
  const w1 = red[3 * e + 1];
  const w2 = red[3 * e + 2];
  const mant = (xb & 0x7fffff) | 0x800000;
  const mHi = mant >>> 16;
  const mLo = mant & 0xffff;
  const w0hi = w0 >>> 16, w0lo = w0 & 0xffff, w1hi = w1 >>> 16, w1lo = w1 & 0xffff, w2hi = w2 >>> 16, w2lo = w2 & 0xffff;
  // 16 x 16-bit partial products (exact), summed with 32-bit wrap-around as vpaddd does
  const hW0lo = mHi * w0lo, hW1hi = mHi * w1hi, hW1lo = mHi * w1lo, hW2hi = mHi * w2hi, hW2lo = mHi * w2lo;
  const lW0hi = mLo * w0hi, lW0lo = mLo * w0lo, lW1hi = mLo * w1hi, lW1lo = mLo * w1lo, lW2hi = mLo * w2hi;
  const s14 = (hW2hi + (lW2hi >>> 16) + (lW1lo & 0xffff) + (hW2lo >>> 16)) >>> 0;
  const s8 = (hW1lo + (lW1lo >>> 16) + (lW1hi & 0xffff) + (s14 >>> 16)) >>> 0;
  const s15 = (hW1hi + (lW1hi >>> 16) + (lW0lo & 0xffff) + (s8 >>> 16)) >>> 0;
  const s5 = (hW0lo + (lW0lo >>> 16) + (lW0hi & 0xffff) + (s15 >>> 16)) >>> 0;
  const hiW = ((s5 << 16) + (s15 & 0xffff)) >>> 0;
  const loW = ((s8 << 16) + (s14 & 0xffff)) >>> 0;
  const sgn = xb & 0x80000000;
  // the fraction's top 23 bits as 1.f (sign of x), split at 2^-7 by the 1.5 * 2^15 shifter
  const f2 = f32Of((hiW >>> 9) | (sgn ^ 0x3f800000));
  const shifted = fround(f2 + 49152);
  const hiPart = fround(f2 - fround(shifted - 49152));
  const lowBase = f32Of(sgn ^ 0x28800000);
  const low2 = fround(f32Of(((loW & 0x3ffff) << 5) | (sgn ^ 0x28800000)) - lowBase);
  const midBase = f32Of(sgn ^ 0x34000000);
  const mid = fround(f32Of((((hiW & 0x1ff) << 14) | (loW >>> 18)) | (sgn ^ 0x34000000)) - midBase);
  const head = fround(hiPart + mid);
  const tail = fround(fround(mid + fround(hiPart - head)) + low2);
  const prod = fround(head * TF_2PI_HI);
  const prodErr = fma32(head, TF_2PI_HI, -prod);
  const prodLow = fma32(TF_2PI_LO, head, prodErr);
  const prodTail = fma32(TF_2PI_HI, tail, prodLow);
  F32[0] = shifted;
  const k = U32[0] & 0xff;
  F32[0] = prod;
  const n = (k + 2 - (U32[0] >>> 31)) >>> 2;
  tanLargeIndex = n & 31;
  const j = k - 4 * n; // (|j| < 4)
  const t = fma32(TF_PIO128_LO, j, prodTail);
  return fma32(TF_PIO128, j, fround(t + prod));
}
const TF_2PI_HI = bitsToF32(0x40c90fdb);
const TF_2PI_LO = bitsToF32(0xb43bbd2e);
const TF_PIO128 = bitsToF32(0x3cc90fdb);
const TF_PIO128_LO = bitsToF32(0xb03bbd2e);

/** np.tan on one float32 value. */
export function npyTanF32(x: number): number {
  let th: number;
  let r: number;
  if (x <= TF_BOUND && x >= -TF_BOUND) {
    const m = fma32(x, TF_32_PI, TF_SHIFTER);
    const n = fround(m - TF_SHIFTER);
    F32[0] = m;
    th = TAN_F32_T[U32[0] & 31];
    r = fma32(-n, TF_PIO32_HI, x);
    r = fma32(-n, TF_PIO32_MID, r);
    r = fma32(-TF_PIO32_LO, n, r);
  } else {
    if (x - x !== 0) return NaN;
    r = tanF32Large(x);
    th = TAN_F32_T[tanLargeIndex];
  }
  const r2 = fround(r * r);
  const p = fma32(r2, fround(r * fma32(r2, TF_C2, TF_C1)), r);
  const thp = fround(th * p);
  const num = fround(p + th);
  const den = fround(1 - thp);
  const numHiPart = fround(num - th);
  const rcp = rcp14F32(den);
  const denErr = fround(fround(den - 1) + thp);
  const numLow = fround(p - numHiPart);
  const q = fround(num * rcp);
  let e = fma32(q, den, -num);
  e = fma32(-q, denErr, e);
  return fma32(-rcp, fround(e - numLow), q);
}

// ---------------------------------------------------------------- float64 tan
// SVML's __svml_tan8_ha: N = rint(16x/pi), R + Rl = x - N pi/16 (three fma steps, the low part
// carried), tan R = R + R^3 P(R^2) with its low part, and tan x = (Th + tan R)/(1 - Th tan R) for
// Th + Tl = tan(N pi/16), numerator and denominator kept high/low, the quotient by vrcp14pd, one
// refinement of the reciprocal and one of the quotient. |x| > 65536 takes SVML's multi-word 2/pi
// reduction (tanLarge, BigInt); inf and NaN give NaN.
const TAN_F64_T = wordsToF64(TAN_F64_TABLE);
const [TD_16_PI, TD_PIO16_1, TD_PIO16_2, TD_PIO16_3, TD_C640, TD_C704, TD_C768, TD_C832, TD_C896, TD_BOUND] = wordsToF64(TAN_F64_CONSTS);
const TD_SHIFTER = 6755399441055744; // 1.5 * 2^52

/** np.tan on one float64 value. */
// floor(2/pi 2^1200): the float64 reduction table's 192-bit window for biased exponent E is bits
// [E - 885 - 192, E - 885) of 2/pi (checked against all 2048 SVML table entries)
const TWO_OVER_PI_1200 = BigInt(
  '0x' +
  'a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163abdebbc561b7246e3a424dd2e006492eea09d1921c' +
  'fe1deb1cb129a73ee88235f52ebb4484e99c7026b45f7e413991d639835339f49c845f8bbdf9283b1ff897ffde05980f' +
  'ef2f118b5a0a6d1f6d367ecf27cb09b74f463f669e5fea2d7527bac7ebe5f17b3d0739f78a5292ea6bfb5fb11f8d5d08' +
  '56033046fc7b',
);
const MASK32 = 0xffffffffn;
const MASK64 = 0xffffffffffffffffn;
const F64_BITS = new BigUint64Array(F64.buffer);
function f64OfBits(bits: bigint): number {
  F64_BITS[0] = bits;
  return F64[0];
}

let tanLargeLow = 0;
/**
 * SVML tan's large-argument reduction of finite |x| > 65536 (float64): the 53-bit mantissa times
 * a 192-bit window of 2/pi in 32-bit pieces with 64-bit wrap (BigInt), the fraction as three
 * doubles, times 2pi high/low, N and j from its top bits, R = prod + j pi/256 carried high/low.
 * Returns R, sets tanLargeLow (its low part) and tanLargeIndex (N mod 16).
 */
function tanLarge(x: number): number {
  F64[0] = x;
  const xb = F64_BITS[0];
  const e = Number((xb >> 52n) & 0x7ffn);
  const s = e - 885;
  const win = s <= 0 ? 0n : (TWO_OVER_PI_1200 >> BigInt(1200 - s)) & ((1n << 192n) - 1n);
  const w0 = win >> 128n;
  const w1 = (win >> 64n) & MASK64;
  const w2 = win & MASK64;
  const mant = (xb & 0xfffffffffffffn) | 0x10000000000000n;
  const mHi = mant >> 32n;
  const mLo = mant & MASK32;
  const w0hi = w0 >> 32n, w0lo = w0 & MASK32, w1hi = w1 >> 32n, w1lo = w1 & MASK32, w2hi = w2 >> 32n, w2lo = w2 & MASK32;
  const hW0lo = mHi * w0lo, hW1hi = mHi * w1hi, hW1lo = mHi * w1lo, hW2hi = mHi * w2hi, hW2lo = mHi * w2lo;
  const lW0hi = mLo * w0hi, lW0lo = mLo * w0lo, lW1hi = mLo * w1hi, lW1lo = mLo * w1lo, lW2hi = mLo * w2hi;
  const s14 = (hW2hi + (lW2hi >> 32n) + (lW1lo & MASK32) + (hW2lo >> 32n)) & MASK64;
  const s8 = (hW1lo + (lW1lo >> 32n) + (lW1hi & MASK32) + (s14 >> 32n)) & MASK64;
  const s15 = (hW1hi + (lW1hi >> 32n) + (lW0lo & MASK32) + (s8 >> 32n)) & MASK64;
  const s0 = (hW0lo + (lW0lo >> 32n) + (lW0hi & MASK32) + (s15 >> 32n)) & MASK64;
  const hiW = ((s0 << 32n) + (s15 & MASK32)) & MASK64;
  const loW = ((s8 << 32n) + (s14 & MASK32)) & MASK64;
  const sgn = xb & 0x8000000000000000n;
  const f2 = f64OfBits((hiW >> 12n) | (sgn ^ 0x3ff0000000000000n));
  const shifted = f2 + TL_SHIFTER;
  const hiPart = f2 - (shifted - TL_SHIFTER);
  const lowBase = sgn ^ 0x3970000000000000n;
  const low2 = f64OfBits(((loW & 0xffffffn) << 28n) | lowBase) - f64OfBits(lowBase);
  const midBase = sgn ^ 0x3cb0000000000000n;
  const mid = f64OfBits(((hiW & 0xfffn) << 40n) | (loW >> 24n) | midBase) - f64OfBits(midBase);
  const head = hiPart + mid;
  const prod = head * TL_2PI_HI;
  const tail = mid + (hiPart - head) + low2;
  const prodErr = fma64(head, TL_2PI_HI, -prod);
  const prodTail = fma64(TL_2PI_HI, tail, fma64(TL_2PI_LO, head, prodErr));
  F64[0] = shifted;
  const k = U32_OF_F64[0] & 0x1ff;
  const n = (k + 8 - (prod < 0 || Object.is(prod, -0) ? 1 : 0)) >>> 4;
  tanLargeIndex64 = n & 15;
  const j = k - 16 * n;
  const r = fma64(TL_PIO256_HI, j, prod);
  const back = fma64(-j, TL_PIO256_HI, r);
  tanLargeLow = fma64(TL_PIO256_LO, j, prod - back) + prodTail;
  return r;
}
let tanLargeIndex64 = 0;
const TL_SHIFTER = 13194139533312; // 1.5 * 2^43: rounds the fraction to 9 bits
const TL_2PI_HI = 6.283185307179586;
const TL_2PI_LO = 2.4492935982947064e-16;
const TL_PIO256_HI = 0.012271846303085129;
const TL_PIO256_LO = 4.7837765591693485e-19;

export function npyTan(x: number): number {
  let j: number;
  let r: number;
  let rl: number;
  if (x <= TD_BOUND && x >= -TD_BOUND) {
    const m = fma64(x, TD_16_PI, TD_SHIFTER);
    const n = m - TD_SHIFTER;
    F64[0] = m;
    j = U32_OF_F64[0] & 15;
    const r0 = fma64(-n, TD_PIO16_1, x);
    const r1 = fma64(-n, TD_PIO16_2, r0);
    r = fma64(-n, TD_PIO16_3, r1);
    rl = fma64(-n, TD_PIO16_2, r0 - r1) - fma64(n, TD_PIO16_3, r - r1);
  } else {
    if (x - x !== 0) return NaN;
    r = tanLarge(x);
    rl = tanLargeLow;
    j = tanLargeIndex64;
  }
  const r2 = r * r;
  const th = TAN_F64_T[j];
  const tl = TAN_F64_T[16 + j];
  let p = fma64(r2, TD_C896, TD_C832);
  p = fma64(r2, p, TD_C768);
  p = fma64(r2, p, TD_C704);
  p = fma64(r2, p, TD_C640);
  const t = fma64(-r2, r * p, -rl);
  const tanR = r - t;
  const tanRLow = r - tanR - t;
  const num = tanR + th;
  const numLow = tanR - (num - th) + tl + tanRLow;
  const den = fma64(-th, tanR, 1);
  let denLow = fma64(th, tanR, den - 1);
  denLow = fma64(tanRLow, th, denLow);
  denLow = fma64(tanR, tl, denLow);
  const r14 = den < 0 ? -rcp14(-den) : rcp14(den);
  let e = fma64(-r14, den, 1);
  e = fma64(r14, denLow, e);
  const rcp = fma64(e, r14, r14);
  const q = num * rcp;
  let d = fma64(q, den, -num);
  d = fma64(-q, denLow, d);
  return fma64(-rcp, d - numLow, q);
}

// ---------------------------------------------------------------- float64 exp2
// SVML's __svml_exp28_ha: r = x - floor(16x)/16 (vreducepd, rounding down), 2^(j/16) high/low,
// Th + (Tl + Th r P(r)) by fmas, then vscalefpd by floor(x); |x| >= 1024 (and inf, NaN) takes the
// scalar path: 2^(j/64) from exp's rare table, an unfused degree-5 polynomial, 2^N by exponent
// bits (through 2^100 for subnormal results), inf from 1024, 0 from -1075.
const EXP2_T = wordsToF64(EXP2_F64_TABLE);
const [E2_C1, E2_C2, E2_C3, E2_C4, E2_C5, E2_C6, E2_BOUND] = wordsToF64(EXP2_F64_CONSTS);
const [E2R_SHIFTER, E2R_C1, E2R_C2, E2R_C3, E2R_C4, E2R_C5] = wordsToF64(EXP2_F64_RARE_CONSTS);

function exp2Callout(x: number): number {
  if (x !== x) return NaN;
  if (x >= 1024) return Infinity;
  if (x <= -1075) return 0;
  const t = x + E2R_SHIFTER;
  F64[0] = t;
  const j = U32_OF_F64[0] & 63;
  const n = t - E2R_SHIFTER;
  const r = x - n;
  let p = E2R_C5 * r + E2R_C4;
  p = p * r + E2R_C3;
  p = p * r + E2R_C2;
  p = p * r + E2R_C1;
  p = p * r + EXP_RARE[2 * j + 1];
  const th = EXP_RARE[2 * j];
  p = p * th + th;
  const bigN = Math.floor(n);
  if (x < -1022) return p * 2 ** (bigN + 100) * 2 ** -100;
  if (bigN + 1023 > 2046) return p * 2 ** (bigN - 1) * 2;
  return p * 2 ** bigN;
}

/** The largest double below v (v finite, nonzero magnitude handled by the bits). */
function nextDown(v: number): number {
  if (v === 0) return -Number.MIN_VALUE;
  F64[0] = v;
  if (v > 0) {
    if (U32_OF_F64[0] === 0) U32_OF_F64[1] -= 1;
    U32_OF_F64[0] -= 1;
  } else {
    U32_OF_F64[0] += 1;
    if (U32_OF_F64[0] === 0) U32_OF_F64[1] += 1;
  }
  return F64[0];
}

/** np.exp2 on one float64 value. */
export function npyExp2(x: number): number {
  if (!(x < E2_BOUND && x > -E2_BOUND)) {
    return exp2Callout(x);
  }
  const f16 = Math.floor(x * 16);
  // vreducepd rounds its (inexact for small negative x) difference down, like its rounding mode
  const m16 = f16 / 16;
  let r = x - m16;
  const rb = r - x; // TwoSum residual of x + (-m16): negative when r rounded up
  if (x - (r - rb) + (-m16 - rb) < 0) r = nextDown(r);
  const j = f16 & 15;
  let p = fma64(r, E2_C6, E2_C5);
  p = fma64(r, p, E2_C4);
  p = fma64(r, p, E2_C3);
  p = fma64(r, p, E2_C2);
  p = fma64(r, p, E2_C1);
  const th = EXP2_T[j];
  const res = fma64(th * r, p, EXP2_T[16 + j]) + th;
  // vscalefpd: res * 2^floor(x), rounded once (through 2^100 so the scale itself stays normal)
  const k = f16 >> 4;
  return k >= -1000 ? res * 2 ** k : res * 2 ** (k + 100) * 2 ** -100;
}

// ---------------------------------------------------------------- float32 exp2
// SVML's __svml_exp2f16 (LA), in float32: float64 exp2's scheme with a cubic, vscalefps by
// floor(x); |x| > 126 takes an unfused float scalar path (2^N by exponent bits, in two steps).
const EXP2_F32_T = Float32Array.from(EXP2_F32_TABLE, (b) => bitsToF32(b));
const [E2F_C1, E2F_C2, E2F_C3, , E2F_BOUND, E2FR_SHIFTER, E2FR_C5, E2FR_C4, E2FR_C3, E2FR_C2, E2FR_C1, E2FR_C0] = EXP2_F32_CONSTS.map(bitsToF32);

function exp2CalloutF32(x: number): number {
  if (x !== x) return NaN;
  if (x > 128) return Infinity;
  if (x < -150) return 0;
  const t = fround(x + E2FR_SHIFTER);
  const r = fround(x - fround(t - E2FR_SHIFTER));
  let p = fround(fround(E2FR_C5 * r) + E2FR_C4);
  p = fround(fround(p * r) + E2FR_C3);
  p = fround(fround(p * r) + E2FR_C2);
  p = fround(fround(p * r) + E2FR_C1);
  p = fround(fround(p * r) + E2FR_C0);
  F32[0] = t;
  const n = (U32[0] << 16) >> 16; // the low half-word, signed
  if (n >= 104) return fround(fround(p * 2 ** ((n & 255) - 127)) * 2 ** 127);
  const e = (n - 106) & 255; // a float32 exponent field; 0 builds +0 (x below about -149.5)
  return e === 0 ? 0 : fround(fround(p * 2 ** (e - 127)) * 2 ** -23);
}

/** np.exp2 on one float32 value. */
export function npyExp2F32(x: number): number {
  if (x > E2F_BOUND || x < -E2F_BOUND) return exp2CalloutF32(x);
  if (x !== x) return NaN;
  const f16 = Math.floor(x * 16);
  const m16 = f16 / 16;
  let r = x - m16; // exact in float64; vreduceps rounds it down to float32
  const rf = fround(r);
  r = rf > r ? nextDownF32(rf) : rf;
  let p = fma32(r, E2F_C3, E2F_C2);
  p = fma32(r, p, E2F_C1);
  const t = EXP2_F32_T[f16 & 15];
  const res = fma32(fround(t * r), p, t);
  return fround(res * 2 ** (f16 >> 4));
}

/** The largest float32 below the float32 v. */
function nextDownF32(v: number): number {
  if (v === 0) return -bitsToF32(1);
  F32[0] = v;
  U32[0] = v > 0 ? U32[0] - 1 : U32[0] + 1;
  return F32[0];
}

// ---------------------------------------------------------------- negative strides
// NumPy runs its SVML loops only when the 1-D loop's input and output strides are non-negative
// (and the buffers do not partly overlap); otherwise, as for np.exp(x[::-1]) on a 1-D x, it calls
// libm per element. N-D arrays go through the iterator, which flips negative strides first.
// glibc's exp and log are ported (random/glibc-*.ts), and float32 asinf/acosf/atanf/tanf/asinhf/acoshf/
// atanhf/log1pf/cbrtf and float64 cbrt/log1p/asinh/acosh/atanh (libm-glibc.ts registers them; atan2f
// through its binary loop): those loops are modelled; the other SVML functions keep SVML's results.

type StridedLoop = UnaryLoop; // (o, oi, os, a, ai, as, n) over float64 buffers

function stridedLoop(f: (x: number) => number): StridedLoop {
  return (o, oi, os, a, ai, as, n) => {
    for (let k = 0; k < n; k++, oi += os, ai += as) o[oi] = f(a[ai]);
  };
}

const GLIBC_LOOPS: Record<string, StridedLoop> = { exp: stridedLoop(glibcExp), log: stridedLoop(glibcLog) };
const GLIBC_LOOPS_F32: Record<string, StridedLoop> = {};

/** Registers a ported libm function (libm-glibc.ts) for negativeStrideLoop. */
export function registerGlibcLoop(name: string, dtype: 'float64' | 'float32', f: (x: number) => number): void {
  (dtype === 'float32' ? GLIBC_LOOPS_F32 : GLIBC_LOOPS)[name] = stridedLoop(f);
}

/** The loop NumPy uses instead of SVML's for a 1-D operand with a negative stride, if ported. */
export function negativeStrideLoop(name: string, dtype: 'float64' | 'float32' = 'float64'): StridedLoop | null {
  return (dtype === 'float32' ? GLIBC_LOOPS_F32[name] : GLIBC_LOOPS[name]) ?? null;
}

