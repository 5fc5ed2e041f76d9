// Complex scalar arithmetic as NumPy 2.4.6 computes it on x86-64 (glibc libm, AVX512 loops).
// Owns the Complex value class (one complex element, immutable; also the engine's form of a
// Python `complex`) and the per-element formulas every complex ufunc, reduction and cast uses.
// Nothing here knows arrays. What each formula follows (checked against NumPy on 20,000 random
// pairs each, see scripts/golden/engine_complex.py):
//   - multiply / square: NumPy's SIMD loop, re = fma(ar, br, -(ai*bi)), im = fma(ar, bi, ai*br);
//   - divide: Smith's algorithm as in NumPy's CDOUBLE_divide; reciprocal: its own loop formula;
//   - absolute: NumPy's SIMD cabs, max * sqrt(fma(r, r, 1)) with r = min / max;
//   - exp / log / sqrt: glibc's cexp / clog / csqrt (NumPy's npy_c* call them), built on the
//     glibc exp/log/sin/cos ports in random/ and glibc's non-FMA hypot kernel (hypot below);
//   - power: NumPy's nc_pow (integer exponents |n| < 100 by repeated naive complex
//     multiplication, else glibc cpow = cexp(b * clog(a))).
// complex64: cexpf/csqrtf/clogf and nc_pow in float arithmetic (the section at the end, with
// glibc's float atan2f and log1pf); complex64 trigonometric functions are computed in float64
// and rounded once (last-bit differences).

import { fma } from './fma';
import { glibcExp } from './random/glibc-exp';
import { glibcLog } from './random/glibc-log';
import { glibcPow } from './random/glibc-pow';
import { cos as crCos, exp as crExp, log as crLog, sin as crSin } from './random/libm';
import { glibcCos, glibcSin } from './random/glibc-sincos';
import { glibcAtan2F32 as atan2F32, glibcLog1pF32 as log1pF32 } from './libm-glibc';
const log1p = Math.log1p; // V8's is fdlibm's s_log1p.c, the algorithm glibc's double log1p uses

/** One complex number: an element of a complex64/complex128 array, or a Python complex. */
export class Complex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

export const COMPLEX_ZERO = new Complex(0, 0);

/** The value rounded to complex64 (each part to float32). */
export function toComplex64(z: Complex): Complex {
  const re = Math.fround(z.re), im = Math.fround(z.im);
  return re === z.re && im === z.im ? z : new Complex(re, im);
}

// ---------------------------------------------------------------- arithmetic

export function cmulFma(ar: number, ai: number, br: number, bi: number): Complex {
  return new Complex(fma(ar, br, -(ai * bi)), fma(ar, bi, ai * br));
}

/** NumPy's scalar `cmul` helper (nc_pow): no fused operations. */
function cmulNaive(ar: number, ai: number, br: number, bi: number): Complex {
  return new Complex(ar * br - ai * bi, ar * bi + ai * br);
}

/** NumPy's complex divide loop (Smith's method, division by a zero complex gives inf/nan parts). */
export function cdiv(ar: number, ai: number, br: number, bi: number): Complex {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0 && abi === 0) return new Complex(ar / abr, ai / abi);
    const rat = bi / br;
    const scl = 1.0 / (br + bi * rat);
    return new Complex((ar + ai * rat) * scl, (ai - ar * rat) * scl);
  }
  const rat = br / bi;
  const scl = 1.0 / (bi + br * rat);
  return new Complex((ar * rat + ai) * scl, (ai * rat - ar) * scl);
}

/** NumPy's complex reciprocal loop. */
export function creciprocal(re: number, im: number): Complex {
  if (Math.abs(im) <= Math.abs(re)) {
    const r = im / re;
    const d = re + im * r;
    return new Complex(1 / d, -r / d);
  }
  const r = re / im;
  const d = re * r + im;
  return new Complex(r / d, -1 / d);
}

/** np.absolute of a complex: NumPy's SIMD cabs (inf wins over nan, as hypot). */
export function cabs(re: number, im: number): number {
  const x = Math.abs(re), y = Math.abs(im);
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  const big = x > y ? x : y;
  const small = x > y ? y : x;
  if (big === 0) return 0;
  const r = small / big;
  return big * Math.sqrt(fma(r, r, 1));
}

// ---------------------------------------------------------------- glibc hypot

const HYPOT_SCALE = 2 ** -600;
const HYPOT_LARGE = 2 ** 511;
const HYPOT_TINY = 2 ** -511;
const HYPOT_EPS = 2 ** -54;

/** glibc's hypot kernel without FMA for ax >= ay: sqrt of the sum of squares, then one correction step. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/** glibc's hypot (what np.hypot and clog call); matches np.hypot on random inputs bit for bit. */
export function glibcHypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  let ay = x < y ? x : y;
  if (ax > HYPOT_LARGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    ax = ax / HYPOT_SCALE;
    ay = ay / HYPOT_SCALE;
    return hypotKernel(ax, ay) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

// ---------------------------------------------------------------- exp, log, sqrt (glibc)

const DBL_MIN = 2.2250738585072014e-308;
const DBL_MAX = Number.MAX_VALUE;
const DBL_EPSILON = Number.EPSILON;
const EXP_T = Math.trunc(1023 * Math.LN2); // (DBL_MAX_EXP - 1) * M_LN2 as an int: 709

function copysign(x: number, s: number): number {
  return s < 0 || Object.is(s, -0) ? -Math.abs(x) : Math.abs(x);
}

/** glibc cexp. */
export function cexp(re: number, im: number): Complex {
  if (Number.isFinite(re) && Number.isFinite(im)) {
    let sinix: number, cosix: number;
    if (Math.abs(im) > DBL_MIN) {
      sinix = glibcSin(im);
      cosix = glibcCos(im);
    } else {
      sinix = im;
      cosix = 1;
    }
    let x = re;
    if (x > EXP_T) {
      const expT = glibcExp(EXP_T);
      x -= EXP_T;
      sinix *= expT;
      cosix *= expT;
      if (x > EXP_T) {
        x -= EXP_T;
        sinix *= expT;
        cosix *= expT;
      }
    }
    if (x > EXP_T) return new Complex(DBL_MAX * cosix, DBL_MAX * sinix);
    const ev = glibcExp(x);
    return new Complex(ev * cosix, ev * sinix);
  }
  // C99 Annex G special values, as glibc returns them
  if (re !== re) return new Complex(NaN, im === 0 ? im : NaN);
  if (re === Infinity) {
    if (im === 0) return new Complex(Infinity, im);
    if (!Number.isFinite(im)) return new Complex(Infinity, NaN);
    return new Complex(Infinity * glibcCos(im), Infinity * glibcSin(im));
  }
  if (re === -Infinity) {
    if (!Number.isFinite(im)) return new Complex(0, 0);
    return new Complex(0 * glibcCos(im), copysign(0, glibcSin(im)));
  }
  return new Complex(NaN, NaN); // finite re, inf/nan im
}

/** x*x + y*y - 1 with little cancellation error (glibc __x2y2m1), for 0.5 <= x < 1. */
function x2y2m1(x: number, y: number): number {
  const vals = [0, 0, 0, 0, -1];
  let p = x * x;
  vals[1] = p;
  vals[0] = fma(x, x, -p);
  p = y * y;
  vals[3] = p;
  vals[2] = fma(y, y, -p);
  const byAbs = (a: number, b: number) => Math.abs(a) - Math.abs(b);
  vals.sort(byAbs);
  for (let i = 0; i <= 3; i++) {
    const hi = vals[i + 1] + vals[i];
    const lo = vals[i + 1] - hi + vals[i];
    vals[i + 1] = hi;
    vals[i] = lo;
    const tail = vals.slice(i + 1).sort(byAbs);
    for (let k = 0; k < tail.length; k++) vals[i + 1 + k] = tail[k];
  }
  return vals[4] + vals[3] + vals[2] + vals[1] + vals[0];
}

/** glibc clog. */
export function clog(re: number, im: number): Complex {
  if (re === 0 && im === 0) {
    const i = copysign(re < 0 || Object.is(re, -0) ? Math.PI : 0, im);
    return new Complex(-Infinity, i);
  }
  if (re !== re || im !== im) {
    const inf = re === Infinity || re === -Infinity || im === Infinity || im === -Infinity;
    return new Complex(inf ? Infinity : NaN, NaN);
  }
  let absx = Math.abs(re), absy = Math.abs(im);
  let scale = 0;
  if (absx < absy) {
    const t = absx;
    absx = absy;
    absy = t;
  }
  if (absx > DBL_MAX / 2) {
    scale = -1;
    absx = absx / 2;
    absy = absy >= DBL_MIN * 2 ? absy / 2 : 0;
  } else if (absx < DBL_MIN && absy < DBL_MIN) {
    scale = 53;
    absx *= 2 ** 53;
    absy *= 2 ** 53;
  }
  let real: number;
  if (absx === 1 && scale === 0) {
    real = log1p(absy * absy) / 2;
  } else if (absx > 1 && absx < 2 && absy < 1 && scale === 0) {
    let d2m1 = (absx - 1) * (absx + 1);
    if (absy >= DBL_EPSILON) d2m1 += absy * absy;
    real = log1p(d2m1) / 2;
  } else if (absx < 1 && absx >= 0.5 && absy < DBL_EPSILON / 2 && scale === 0) {
    real = log1p((absx - 1) * (absx + 1)) / 2;
  } else if (absx < 1 && absx >= 0.5 && scale === 0 && absx * absx + absy * absy >= 0.5) {
    real = log1p(x2y2m1(absx, absy)) / 2;
  } else {
    real = glibcLog(glibcHypot(absx, absy)) - scale * Math.LN2;
  }
  return new Complex(real, atan2CR(im, re));
}

/** glibc csqrt. */
export function csqrt(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (im === Infinity || im === -Infinity) return new Complex(Infinity, im);
    if (re === -Infinity) {
      if (im !== im) return new Complex(NaN, Infinity);
      return new Complex(0, copysign(Infinity, im));
    }
    if (re === Infinity) {
      if (im !== im) return new Complex(Infinity, NaN);
      return new Complex(Infinity, copysign(0, im));
    }
    return new Complex(NaN, NaN);
  }
  if (im === 0) {
    if (re < 0) return new Complex(0, copysign(Math.sqrt(-re), im));
    return new Complex(Math.abs(Math.sqrt(re)), copysign(0, im));
  }
  if (re === 0) {
    const r = Math.abs(im) >= 2 * DBL_MIN ? Math.sqrt(0.5 * Math.abs(im)) : 0.5 * Math.sqrt(2 * Math.abs(im));
    return new Complex(r, copysign(r, im));
  }
  let x = re, y = im;
  let scale = 0;
  if (Math.abs(x) > DBL_MAX / 4) {
    scale = 1;
    x /= 4;
    y /= 4;
  } else if (Math.abs(y) > DBL_MAX / 4) {
    scale = 1;
    x = Math.abs(x) >= 4 * DBL_MIN ? x / 4 : 0;
    y /= 4;
  } else if (Math.abs(x) < 2 * DBL_MIN && Math.abs(y) < 2 * DBL_MIN) {
    scale = -27; // -((DBL_MANT_DIG + 1) / 2)
    x *= 2 ** 54;
    y *= 2 ** 54;
  }
  const d = glibcHypot(x, y);
  let r: number, s: number;
  if (x > 0) {
    r = Math.sqrt(0.5 * (d + x));
    if (scale === 1 && Math.abs(y) < 1) {
      s = y / r;
      r = r * 2;
      scale = 0;
    } else s = 0.5 * (y / r);
  } else {
    s = Math.sqrt(0.5 * (d - x));
    if (scale === 1 && Math.abs(y) < 1) {
      r = Math.abs(y / s);
      s = s * 2;
      scale = 0;
    } else r = Math.abs(0.5 * (y / s));
  }
  if (scale) {
    r *= 2 ** scale;
    s *= 2 ** scale;
  }
  return new Complex(r, copysign(s, y));
}

// ---------------------------------------------------------------- power (NumPy nc_pow)

/** a ** b for complex a, b as NumPy's nc_pow computes it. */
export function cpow(ar: number, ai: number, br: number, bi: number): Complex {
  if (br === 0 && bi === 0) return new Complex(1, 0);
  if (ar === 0 && ai === 0) {
    if (br > 0 && bi === 0) return new Complex(0, 0);
    return new Complex(NaN, NaN);
  }
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) < 2 ** 62) {
    const n0 = br;
    if (n0 === 1) return new Complex(ar, ai);
    if (n0 === 2) return cmulNaive(ar, ai, ar, ai);
    if (n0 === 3) {
      const sq = cmulNaive(ar, ai, ar, ai);
      return cmulNaive(ar, ai, sq.re, sq.im);
    }
    if (n0 > -100 && n0 < 100) {
      let n = Math.abs(n0);
      let aa = new Complex(1, 0);
      let p = new Complex(ar, ai);
      let mask = 1;
      for (;;) {
        if (n & mask) aa = cmulNaive(aa.re, aa.im, p.re, p.im);
        mask <<= 1;
        if (n < mask || mask <= 0) break;
        p = cmulNaive(p.re, p.im, p.re, p.im);
      }
      if (br < 0) return cdiv(1, 0, aa.re, aa.im); // NumPy divides with its complex divide (Smith)
      return aa;
    }
  }
  const l = clog(ar, ai);
  // glibc cpow: cexp(b * clog(a)), the product without fused operations
  return cexp(br * l.re - bi * l.im, br * l.im + bi * l.re);
}

// ---------------------------------------------------------------- correctly rounded atan2
// glibc's atan2 (IBM accurate library) is correctly rounded; V8's Math.atan2 (fdlibm) is off by
// one ulp for ~18% of clog's angles. The fdlibm value t0 is refined with one step of
// atan2(y, x) - t0 = atan((y cos t0 - x sin t0) / (x cos t0 + y sin t0)), the numerator
// evaluated in double-double (sin and cos of t0 by Taylor series in double-double), so that
// t0 + residual rounds to the correctly rounded angle.

let DD_H = 0;
let DD_L = 0;

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  DD_L = a - (s - bb) + (b - bb);
  DD_H = s;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = DD_H;
  let sl = DD_L + al + bl;
  const h = sh + sl;
  sl = sl - (h - sh);
  DD_H = h;
  DD_L = sl;
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const e = fma(ah, bh, -p) + (ah * bl + al * bh);
  DD_H = p + e;
  DD_L = e - (DD_H - p);
}

const PIO2_A = 1.5707963267948966;
const PIO2_B = 6.123233995736766e-17;
const PIO2_C = -1.4973849048591698e-33;
/** 1/n! for n = 0..27 as double-doubles (made on first use: no work at module load). */
let INV_FACTORIAL: [number, number][] = [];
function invFactorials(): [number, number][] {
  if (INV_FACTORIAL.length) return INV_FACTORIAL;
  const out: [number, number][] = [[1, 0]];
  let h = 1, l = 0;
  for (let n = 1; n <= 27; n++) {
    // (h + l) / n in double-double
    const q1 = h / n;
    const r = fma(-q1, n, h) + l;
    const q2 = r / n;
    h = q1 + q2;
    l = q2 - (h - q1);
    out.push([h, l]);
  }
  INV_FACTORIAL = out;
  return out;
}

/** sin and cos of x (|x| <= 4) as double-doubles: [sinH, sinL, cosH, cosL]. */
function ddSinCos(x: number): [number, number, number, number] {
  const INV_FACTORIAL = invFactorials();
  const k = Math.round(x / PIO2_A);
  let p = k * PIO2_A;
  ddAdd(x, 0, -p, -fma(k, PIO2_A, -p));
  p = k * PIO2_B;
  ddAdd(DD_H, DD_L, -p, -fma(k, PIO2_B, -p) - k * PIO2_C);
  const rh = DD_H, rl = DD_L;
  ddMul(rh, rl, rh, rl);
  const zh = DD_H, zl = DD_L;
  // sin r = r (1 - z/3! + z^2/5! ...), cos r = 1 - z/2! + z^2/4! ...
  let sh = INV_FACTORIAL[25][0], sl = INV_FACTORIAL[25][1];
  for (let n = 23; n >= 1; n -= 2) {
    ddMul(sh, sl, -zh, -zl);
    ddAdd(DD_H, DD_L, INV_FACTORIAL[n][0], INV_FACTORIAL[n][1]);
    sh = DD_H;
    sl = DD_L;
  }
  ddMul(sh, sl, rh, rl);
  sh = DD_H;
  sl = DD_L;
  let ch = INV_FACTORIAL[26][0], cl = INV_FACTORIAL[26][1];
  for (let n = 24; n >= 0; n -= 2) {
    ddMul(ch, cl, -zh, -zl);
    ddAdd(DD_H, DD_L, INV_FACTORIAL[n][0], INV_FACTORIAL[n][1]);
    ch = DD_H;
    cl = DD_L;
  }
  switch (((k % 4) + 4) % 4) {
    case 0: return [sh, sl, ch, cl];
    case 1: return [ch, cl, -sh, -sl];
    case 2: return [-sh, -sl, -ch, -cl];
    default: return [-ch, -cl, sh, sl];
  }
}

/** atan2(y, x) correctly rounded (as glibc's), for the angles of complex numbers. */
export function atan2CR(y: number, x: number): number {
  const t0 = Math.atan2(y, x);
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0 || t0 === 0) return t0;
  // scale to keep the products away from overflow/underflow (the angle is scale-free)
  const m = Math.max(Math.abs(x), Math.abs(y));
  const e = 2 ** -Math.floor(Math.log2(m));
  const xs = x * e, ys = y * e;
  const [sh, sl, ch, cl] = ddSinCos(t0);
  // num = ys*cos - xs*sin, den = xs*cos + ys*sin
  ddMul(ys, 0, ch, cl);
  const ah = DD_H, al = DD_L;
  ddMul(xs, 0, sh, sl);
  ddAdd(ah, al, -DD_H, -DD_L);
  const num = DD_H + DD_L;
  const den = xs * ch + ys * sh;
  return t0 + num / den;
}

// ---------------------------------------------------------------- Python's complex operators
// CPython 3.11's complexobject.c, for the interpreter's `complex` type: `/` (_Py_c_quot) and
// `**` (c_powi by repeated multiplication for integral exponents |n| <= 100, else _Py_c_pow on
// glibc's hypot/pow/atan2/exp/log/sin/cos). Null means CPython's EDOM (a ZeroDivisionError).

/** _Py_c_quot; null for division by zero. */
export function pyComplexQuot(ar: number, ai: number, br: number, bi: number): Complex | null {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) return null;
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return new Complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return new Complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return new Complex(NaN, NaN);
}

/** `a ** b` for Python complex values; null where CPython raises ZeroDivisionError. */
export function pyComplexPow(ar: number, ai: number, br: number, bi: number): Complex | null {
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = Math.abs(br);
    let rr = 1, ri = 0, pr = ar, pi = ai;
    for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
      if (Math.floor(n / mask) % 2 === 1) {
        const t = rr * pr - ri * pi;
        ri = rr * pi + ri * pr;
        rr = t;
      }
      const t = pr * pr - pi * pi;
      pi = pr * pi + pi * pr;
      pr = t;
    }
    return br > 0 ? new Complex(rr, ri) : pyComplexQuot(1, 0, rr, ri);
  }
  if (br === 0 && bi === 0) return new Complex(1, 0);
  if (ar === 0 && ai === 0) return bi !== 0 || br < 0 ? null : new Complex(0, 0);
  const vabs = glibcHypot(ar, ai);
  let len = glibcPow(vabs, br);
  const at = atan2CR(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= glibcExp(at * bi);
    phase += bi * glibcLog(vabs);
  }
  return new Complex(len * glibcCos(phase), len * glibcSin(phase));
}

// ---------------------------------------------------------------- trigonometric (glibc)
// glibc's csin/ccos/ctan/csinh/ccosh/ctanh for finite arguments of moderate size (|part| <= 354
// where glibc switches to scaled formulas, not modelled: those use the same formulas here).
// sinh/cosh are glibc's (fdlibm's formulas on glibc's exp).

/**
 * glibc's __ieee754_sinh: fdlibm's formulas on glibc's exp and V8's expm1 (fdlibm's; glibc's
 * x86-64 build compiles it with FMA, so ~1% of its results differ in the last bit).
 */
function glibcSinh(x: number): number {
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < 709.782712893384) return h * glibcExp(ax);
  return x * Infinity; // overflow (the scaled 709..710 range is not modelled)
}

/** glibc's __ieee754_cosh. */
function glibcCosh(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.5 * Math.LN2) {
    const t = Math.expm1(ax);
    const w = 1 + t;
    if (ax < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = glibcExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.782712893384) return 0.5 * glibcExp(ax);
  return Infinity;
}

function sinCosOf(x: number): [number, number] {
  return Math.abs(x) > DBL_MIN ? [glibcSin(x), glibcCos(x)] : [x, 1];
}

/** glibc csinh. */
export function csinh(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im)) return new Complex(NaN, NaN);
  const neg = re < 0 || Object.is(re, -0);
  const x = Math.abs(re);
  const [s, c] = sinCosOf(im);
  let r = glibcSinh(x) * c;
  if (neg) r = -r;
  return new Complex(r, glibcCosh(x) * s);
}

/** glibc ccosh. */
export function ccosh(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im)) return new Complex(NaN, NaN);
  const [s, c] = sinCosOf(im);
  return new Complex(glibcCosh(re) * c, glibcSinh(re) * s);
}

/** glibc csin. */
export function csin(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im)) return new Complex(NaN, NaN);
  const neg = re < 0 || Object.is(re, -0);
  let [s, c] = sinCosOf(Math.abs(re));
  if (neg) s = -s;
  return new Complex(glibcCosh(im) * s, glibcSinh(im) * c);
}

/** glibc ccos: ccosh(-im + i re). */
export function ccos(re: number, im: number): Complex {
  return ccosh(-im, re);
}

/** glibc ctanh. */
export function ctanh(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im)) return new Complex(NaN, NaN);
  const [s, c] = sinCosOf(im);
  const [sh, ch] = Math.abs(re) > DBL_MIN ? [glibcSinh(re), glibcCosh(re)] : [re, 1];
  const den = Math.abs(sh) > Math.abs(c) * DBL_EPSILON ? sh * sh + c * c : c * c;
  return new Complex((sh * ch) / den, (s * c) / den);
}

/** glibc ctan. */
export function ctan(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im)) return new Complex(NaN, NaN);
  const [s, c] = sinCosOf(re);
  const [sh, ch] = Math.abs(im) > DBL_MIN ? [glibcSinh(im), glibcCosh(im)] : [im, 1];
  const den = Math.abs(sh) > Math.abs(c) * DBL_EPSILON ? c * c + sh * sh : c * c;
  return new Complex((s * c) / den, (sh * ch) / den);
}

// ---------------------------------------------------------------- complex64 (glibc's float versions)
// cexpf/csqrtf/clogf evaluate the same formulas in float arithmetic on glibc's float expf,
// sincosf, logf, hypotf, atan2f (correctly rounded in nearly all cases: taken here as the
// correctly rounded double result rounded to float); nc_pow's repeated multiplication rounds
// every product to float. Checked on 3,000 random complex64 values: sqrt and integer powers
// exact, exp 97%, log see test/engine/complex.test.ts.

const f32 = Math.fround;
const FLT_MIN = 1.1754943508222875e-38;
const FLT_MAX = 3.4028234663852886e38;
const FLT_EPSILON = 1.1920928955078125e-7;

function hypotF32(x: number, y: number): number {
  return f32(Math.sqrt(x * x + y * y)); // squares of floats are exact in double
}

/** glibc cexpf for finite arguments of moderate size. */
export function cexpF32(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im) || re > 88) return toComplex64(cexp(re, im));
  const [s, c] = Math.abs(im) > FLT_MIN ? [f32(crSin(im)), f32(crCos(im))] : [im, 1];
  const e = f32(crExp(re));
  return new Complex(f32(e * c), f32(e * s));
}

/** glibc csqrtf. */
export function csqrtF32(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im) || re === 0 || im === 0) return toComplex64(csqrt(re, im));
  if (Math.abs(re) > FLT_MAX / 4 || Math.abs(im) > FLT_MAX / 4 || (Math.abs(re) < 2 * FLT_MIN && Math.abs(im) < 2 * FLT_MIN)) return toComplex64(csqrt(re, im));
  const d = hypotF32(re, im);
  let r: number, s: number;
  if (re > 0) {
    r = f32(Math.sqrt(f32(0.5 * f32(d + re))));
    s = f32(0.5 * f32(im / r));
  } else {
    s = f32(Math.sqrt(f32(0.5 * f32(d - re))));
    r = Math.abs(f32(0.5 * f32(im / s)));
  }
  return new Complex(r, copysign(s, im));
}

// glibc 2.36's float atan2f/atanf and log1pf: fdlibm's float algorithms, every operation
// rounded to float (clogf's angle and its log1pf branches).
const F32_BOX = new Float32Array(1);
const I32_BOX = new Int32Array(F32_BOX.buffer);
function f32Bits(x: number): number {
  F32_BOX[0] = x;
  return I32_BOX[0];
}
function f32FromBits(b: number): number {
  I32_BOX[0] = b;
  return F32_BOX[0];
}



/** glibc clogf (the float branches of clog; __x2y2m1f evaluates in double). */
export function clogF32(re: number, im: number): Complex {
  if (!Number.isFinite(re) || !Number.isFinite(im) || (re === 0 && im === 0)) return toComplex64(clog(re, im));
  let absx = Math.abs(re), absy = Math.abs(im);
  if (absx < absy) [absx, absy] = [absy, absx];
  if (absx > FLT_MAX / 2 || (absx < FLT_MIN && absy < FLT_MIN)) return toComplex64(clog(re, im));
  const log1pf = log1pF32;
  let real: number;
  if (absx === 1) real = f32(log1pf(f32(absy * absy)) / 2);
  else if (absx > 1 && absx < 2 && absy < 1) {
    let d2m1 = f32(f32(absx - 1) * f32(absx + 1));
    if (absy >= FLT_EPSILON) d2m1 = f32(d2m1 + f32(absy * absy));
    real = f32(log1pf(d2m1) / 2);
  } else if (absx < 1 && absx >= 0.5 && absy < FLT_EPSILON / 2) {
    real = f32(log1pf(f32(f32(absx - 1) * f32(absx + 1))) / 2);
  } else if (absx < 1 && absx >= 0.5 && f32(f32(absx * absx) + f32(absy * absy)) >= 0.5) {
    real = f32(log1pf(f32((absx - 1) * (absx + 1) + absy * absy)) / 2);
  } else real = f32(crLog(hypotF32(absx, absy)));
  return new Complex(real, atan2F32(im, re));
}

/** nc_pow for complex64: integer powers by float-rounded naive products, else cpowf = cexpf(b * clogf(a)). */
export function cpowF32(ar: number, ai: number, br: number, bi: number): Complex {
  const mul = (a: number, b: number, c: number, e: number): Complex => new Complex(f32(f32(a * c) - f32(b * e)), f32(f32(a * e) + f32(b * c)));
  if (br === 0 && bi === 0) return new Complex(1, 0);
  if (ar === 0 && ai === 0) return br > 0 && bi === 0 ? new Complex(0, 0) : new Complex(NaN, NaN);
  if (bi === 0 && Number.isInteger(br) && br > -100 && br < 100) {
    if (br === 1) return new Complex(ar, ai);
    if (br === 2) return mul(ar, ai, ar, ai);
    if (br === 3) { const s = mul(ar, ai, ar, ai); return mul(ar, ai, s.re, s.im); }
    const n = Math.abs(br);
    let aa = new Complex(1, 0), p = new Complex(ar, ai);
    for (let mask = 1; ; ) {
      if (n & mask) aa = mul(aa.re, aa.im, p.re, p.im);
      mask <<= 1;
      if (n < mask) break;
      p = mul(p.re, p.im, p.re, p.im);
    }
    if (br > 0) return aa;
    // Smith's division in float (the complex64 divide loop)
    const abr = Math.abs(aa.re), abi = Math.abs(aa.im);
    if (abr >= abi) {
      const rat = f32(aa.im / aa.re), scl = f32(1 / f32(aa.re + f32(aa.im * rat)));
      return new Complex(f32(1 * scl), f32(f32(0 - rat) * scl));
    }
    const rat = f32(aa.re / aa.im), scl = f32(1 / f32(aa.im + f32(aa.re * rat)));
    return new Complex(f32(rat * scl), f32(-1 * scl));
  }
  const l = clogF32(ar, ai);
  return cexpF32(f32(f32(br * l.re) - f32(bi * l.im)), f32(f32(br * l.im) + f32(bi * l.re)));
}
