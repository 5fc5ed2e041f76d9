// The libm loops NumPy 2.4.6 runs instead of its SVML ones when a 1-D loop has a negative input or
// output stride (np.arcsin(x[::-1]), out=o[::-1]): glibc 2.36's functions on this x86-64, ported
// operation for operation. float32: the fdlibm float ports (asinf, acosf, atanf, atan2f, asinhf,
// acoshf, log1pf, tanf's kernel) with every operation rounded to float32, Drepper's atanhf and
// cbrtf, Nagy's logf (in double, FMA build), tanf's double reductions; float64: Drepper's cbrt
// and atanh, fdlibm asinh/acosh over glibc's log (random/glibc-log.ts), glibc's log1p with the
// contractions of its FMA build (read off the libm binary). Each function registers itself with npymath.ts's negativeStrideLoop (unary) or is
// returned by negativeStrideLoop2 (arctan2); each was checked on 1-3M reversed NumPy samples.
// Not modelled: float64 arcsin/arccos/arctan2/tan (glibc's IBM routines).

import { fma as importedFma } from './fma';
import { registerGlibcLoop } from './npymath';
import { glibcLog as importedGlibcLog } from './random/glibc-log';

const fma64 = importedFma; // (module-local bindings: see npymath-arc.ts)
const glibcLog = importedGlibcLog;
const fround = Math.fround;
const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);
const F64 = new Float64Array(1);
const U32_OF_F64 = new Uint32Array(F64.buffer); // [low word, high word] (little-endian)

function bitsToF32(bits: number): number {
  U32[0] = bits;
  return F32[0];
}

/** A double from its bit pattern written as 16 hex digits. */
function f64(hex: string): number {
  U32_OF_F64[1] = parseInt(hex.slice(0, 8), 16);
  U32_OF_F64[0] = parseInt(hex.slice(8), 16);
  return F64[0];
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

// ---------------------------------------------------------------- glibc float32 asinf (negative strides)
// NumPy's 1-D loops with a negative stride call libm's asinf (glibc 2.36, sysdeps/ieee754/flt-32:
// the fdlibm float port with Moshier's polynomial): |x| < 0.5: x + x t p(t), t = x^2; else from
// t = (1 - |x|)/2 and s = sqrt(t), with a split s for |x| < 0.975. Each operation rounds to float32.
const GA_PIO2_HI = fround(1.57079637050628662109375);
const GA_PIO2_LO = fround(-4.37113900018624283e-8);
const GA_PIO4_HI = fround(0.785398185253143310546875);
const [GA_P0, GA_P1, GA_P2, GA_P3, GA_P4] = [1.666675248e-1, 7.495297643e-2, 4.547037598e-2, 2.417951451e-2, 4.21663088e-2].map(fround);

function asinfPoly(t: number): number {
  return fround(t * fround(GA_P0 + fround(t * fround(GA_P1 + fround(t * fround(GA_P2 + fround(t * fround(GA_P3 + fround(t * GA_P4)))))))));
}

/** glibc's asinf on a float32 value. */
export function glibcAsinF32(x: number): number {
  F32[0] = x;
  const ix = U32[0] & 0x7fffffff;
  if (ix === 0x3f800000) return fround(fround(x * GA_PIO2_HI) + fround(x * GA_PIO2_LO));
  if (ix > 0x3f800000) return NaN;
  if (ix < 0x3f000000) {
    if (ix < 0x32000000) return x;
    const w = asinfPoly(fround(x * x));
    return fround(x + fround(x * w));
  }
  const t = fround(fround(1 - Math.abs(x)) * 0.5);
  const p = asinfPoly(t);
  const s = fround(Math.sqrt(t));
  let res: number;
  if (ix >= 0x3f79999a) {
    res = fround(GA_PIO2_HI - fround(fround(2 * fround(s + fround(s * p))) - GA_PIO2_LO));
  } else {
    F32[0] = s;
    U32[0] &= 0xfffff000;
    const w = F32[0];
    const c = fround(fround(t - fround(w * w)) / fround(s + w));
    const pp = fround(fround(fround(2 * s) * p) - fround(GA_PIO2_LO - fround(2 * c)));
    const q = fround(GA_PIO4_HI - fround(2 * w));
    res = fround(GA_PIO4_HI - fround(pp - q));
  }
  return x > 0 ? res : -res;
}

// ---------------------------------------------------------------- glibc float32 acosf (negative strides)
// The fdlibm float port glibc 2.36 ships (sysdeps/ieee754/flt-32), each operation rounded to
// float32: a rational approximation p(z)/q(z), with a split sqrt for x > 0.5. (glibc 2.36's atanf,
// and so atan2f, is not the fdlibm port: 0.4% of results differ from it; not modelled.)
const [GC_PI, GC_PIO2_HI, GC_PIO2_LO] = [0x40490fda, 0x3fc90fda, 0x33a22168].map(bitsToF32);
const [GC_S0, GC_S1, GC_S2, GC_S3, GC_S4, GC_S5, GC_Q1, GC_Q2, GC_Q3, GC_Q4] = [
  0x3e2aaaab, 0xbea6b090, 0x3e4e0aa8, 0xbd241146, 0x3a4f7f04, 0x3811ef08, 0xc019d139, 0x4001572d, 0xbf303361, 0x3d9dc62e,
].map(bitsToF32);

const GC_PS = [GC_S0, GC_S1, GC_S2, GC_S3, GC_S4, GC_S5];
const GC_QS = [GC_Q1, GC_Q2, GC_Q3, GC_Q4];

/**
 * c[first] + v (c[first + step] + v (... + v c[last])) in float32 (every step rounded), the
 * coefficients taken every `step` entries from `first` to `last`.
 */
function hornerF32(v: number, c: readonly number[], last: number, first: number, step = 2): number {
  let acc = c[last];
  for (let k = last - step; k >= first; k -= step) acc = fround(c[k] + fround(v * acc));
  return acc;
}

/** acosf's p(z)/q(z). */
function acosfRatio(z: number): number {
  const p = fround(z * hornerF32(z, GC_PS, 5, 0, 1));
  const q = fround(1 + fround(z * hornerF32(z, GC_QS, 3, 0, 1)));
  return fround(p / q);
}

/** glibc's acosf on a float32 value. */
export function glibcAcosF32(x: number): number {
  F32[0] = x;
  const hx = U32[0] | 0;
  const ix = hx & 0x7fffffff;
  if (ix === 0x3f800000) return hx > 0 ? 0 : fround(GC_PI + fround(2 * GC_PIO2_LO));
  if (ix > 0x3f800000) return NaN;
  if (ix < 0x3f000000) {
    if (ix <= 0x23000000) return fround(GC_PIO2_HI + GC_PIO2_LO);
    const r = acosfRatio(fround(x * x));
    return fround(GC_PIO2_HI - fround(x - fround(GC_PIO2_LO - fround(x * r))));
  }
  if (hx < 0) {
    const z = fround(fround(1 + x) * 0.5);
    const s = fround(Math.sqrt(z));
    const w = fround(fround(acosfRatio(z) * s) - GC_PIO2_LO);
    return fround(GC_PI - fround(2 * fround(s + w)));
  }
  const z = fround(fround(1 - x) * 0.5);
  const s = fround(Math.sqrt(z));
  F32[0] = s;
  U32[0] &= 0xfffff000;
  const df = F32[0];
  const c = fround(fround(z - fround(df * df)) / fround(s + df));
  const w = fround(fround(acosfRatio(z) * s) + c);
  return fround(2 * fround(df + w));
}

// ---------------------------------------------------------------- glibc float32 cbrtf (negative strides)
// glibc's own cbrtf (Alboth/Drepper): |x| = xm 2^xe by frexpf, a quadratic first guess u (double
// constants, rounded to float), t2 = u^3 in float, one Halley step in double times
// 2^((xe mod 3)/3), rounded to float, then ldexpf by xe/3 (C's truncating division and remainder).
const CBRTF_FACTOR = [1 / 1.5874010519681994748, 1 / 1.2599210498948731648, 1, 1.2599210498948731648, 1.5874010519681994748];

/** glibc's cbrtf on a float32 value. */
export function glibcCbrtF32(x: number): number {
  if (x === 0 || x - x !== 0) return x + x;
  F64[0] = Math.abs(x); // (float32 subnormals are normal doubles)
  const hi = U32_OF_F64[1];
  const xe = (hi >>> 20) - 1022;
  U32_OF_F64[1] = (hi & 0xfffff) | 0x3fe00000;
  const xm = F64[0]; // in [0.5, 1)
  const u = fround(0.492659620528969547 + (0.69757046020792277 - 0.191502161678719066 * xm) * xm);
  const t2 = fround(fround(u * u) * u);
  const ym = fround(((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRTF_FACTOR[2 + (xe % 3)]);
  const q = (xe / 3) | 0;
  return fround((x > 0 ? ym : -ym) * 2 ** q);
}

/** glibc's cbrt (float64) on a double: the same scheme with a degree-6 first guess, all in double. */
export function glibcCbrt(x: number): number {
  if (x === 0 || x - x !== 0) return x + x;
  let ax = Math.abs(x);
  let xe = -1022;
  if (ax < 2.2250738585072014e-308) {
    ax *= 2 ** 64;
    xe -= 64;
  }
  F64[0] = ax;
  const hi = U32_OF_F64[1];
  xe += hi >>> 20;
  U32_OF_F64[1] = (hi & 0xfffff) | 0x3fe00000;
  const xm = F64[0];
  const u =
    0.35489576504391986 +
    (1.50819193781584896 + (-2.11499494167371287 + (2.4469312256353443 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRTF_FACTOR[2 + (xe % 3)];
  const q = (xe / 3) | 0;
  const h = q >> 1; // 2^q in two steps (q down to -358)
  return (x > 0 ? ym : -ym) * 2 ** h * 2 ** (q - h);
}

// ---------------------------------------------------------------- glibc float32 atanhf (negative strides)
// glibc's atanhf (Drepper): 0.5 log1pf(2x + 2x x/(1 - x)) below 0.5, 0.5 log1pf(2x/(1 - x)) above,
// with log1pf the fdlibm float port; every operation rounded to float32.
const [LP_LN2_HI, LP_LN2_LO, LP1, LP2, LP3, LP4, LP5, LP6, LP7] = [
  0x3f317180, 0x3717f7d1, 0x3f2aaaab, 0x3ecccccd, 0x3e924925, 0x3e638e29, 0x3e3a3325, 0x3e1cd04f, 0x3e178897,
].map(bitsToF32);
const LP_TWO_THIRDS = fround(0.66666666666666666);

/** glibc's log1pf on a float32 value. */
export function glibcLog1pF32(x: number): number {
  F32[0] = x;
  const hx = U32[0] | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3ed413d7) {
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x31000000) return ax < 0x24800000 ? x : fround(x - fround(fround(x * x) * 0.5));
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = fround(1 + x);
      F32[0] = u;
      hu = U32[0] | 0;
      k = (hu >> 23) - 127;
      c = k > 0 ? fround(1 - fround(u - x)) : fround(x - fround(u - 1));
      c = fround(c / u);
    } else {
      u = x;
      F32[0] = u;
      hu = U32[0] | 0;
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      U32[0] = hu | 0x3f800000;
      u = F32[0];
    } else {
      k += 1;
      U32[0] = hu | 0x3f000000;
      u = F32[0];
      hu = (0x00800000 - hu) >> 2;
    }
    f = fround(u - 1);
  }
  const hfsq = fround(fround(0.5 * f) * f);
  const kf = fround(k);
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c = fround(c + fround(kf * LP_LN2_LO));
      return fround(fround(kf * LP_LN2_HI) + c);
    }
    const r = fround(hfsq * fround(1 - fround(LP_TWO_THIRDS * f)));
    if (k === 0) return fround(f - r);
    return fround(fround(kf * LP_LN2_HI) - fround(fround(r - fround(fround(kf * LP_LN2_LO) + c)) - f));
  }
  const sq = fround(f / fround(2 + f));
  const z = fround(sq * sq);
  const r = fround(z * hornerF32(z, [LP1, LP2, LP3, LP4, LP5, LP6, LP7], 6, 0, 1));
  if (k === 0) return fround(f - fround(hfsq - fround(sq * fround(hfsq + r))));
  return fround(fround(kf * LP_LN2_HI) - fround(fround(hfsq - fround(fround(sq * fround(hfsq + r)) + fround(fround(kf * LP_LN2_LO) + c))) - f));
}

/** glibc's atanhf on a float32 value. */
export function glibcAtanhF32(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = fround(xa + xa);
    t = fround(0.5 * glibcLog1pF32(fround(t + fround(fround(t * xa) / fround(1 - xa)))));
  } else if (xa < 1) {
    t = fround(0.5 * glibcLog1pF32(fround(fround(xa + xa) / fround(1 - xa))));
  } else {
    return xa > 1 ? NaN : x / 0;
  }
  return isNegative(x) ? -t : t;
}

// ---------------------------------------------------------------- glibc float32 logf, asinhf, acoshf (negative strides)
// glibc's logf (Szabolcs Nagy's, in double: 16-entry 1/c and log c table, cubic in r = z/c - 1;
// glibc runs its FMA build here, so r and the polynomial steps are fused multiply-adds), and the
// fdlibm float asinhf/acoshf on top of it and log1pf; float ops rounded to float32.
const LOGF_T = [
  '3ff661ec79f8f3be', 'bfd57bf7808caade', '3ff571ed4aaf883d', 'bfd2bef0a7c06ddb', '3ff49539f0f010b0', 'bfd01eae7f513a67',
  '3ff3c995b0b80385', 'bfcb31d8a68224e9', '3ff30d190c8864a5', 'bfc6574f0ac07758', '3ff25e227b0b8ea0', 'bfc1aa2bc79c8100',
  '3ff1bb4a4a1a343f', 'bfba4e76ce8c0e5e', '3ff12358f08ae5ba', 'bfb1973c5a611ccc', '3ff0953f419900a7', 'bfa252f438e10c1e',
  '3ff0000000000000', '0000000000000000', '3fee608cfd9a47ac', '3faaa5aa5df25984', '3feca4b31f026aa0', '3fbc5e53aa362eb4',
  '3feb2036576afce6', '3fc526e57720db08', '3fe9c2d163a1aa2d', '3fcbc2860d224770', '3fe886e6037841ed', '3fd1058bc8a07ee1',
  '3fe767dcf5534862', '3fd4043057b6ee09',
].map(f64);
const LOGF_LN2 = f64('3fe62e42fefa39ef');
const [LOGF_A0, LOGF_A1, LOGF_A2] = ['bfd00ea348b88334', '3fd5575b0be00b6a', 'bfdffffef20a4123'].map(f64);
const LN2_F = bitsToF32(0x3f317218);

/** glibc's logf on a float32 value. */
export function glibcLogF32(x: number): number {
  F32[0] = x;
  let ix = U32[0];
  if (ix === 0x3f800000) return 0;
  if (ix - 0x00800000 >= 0x7f800000 - 0x00800000) {
    if (ix * 2 === 0 || ix === 0x80000000) return -Infinity;
    if (ix === 0x7f800000) return x;
    if (ix & 0x80000000 || ix * 2 >= 0xff000000) return NaN;
    F32[0] = x * 2 ** 23;
    ix = U32[0] - (23 << 23);
  }
  const tmp = (ix - 0x3f330000) >>> 0;
  const i = (tmp >>> 19) & 15;
  const k = (tmp | 0) >> 23;
  U32[0] = (ix - (tmp & (0x1ff << 23))) >>> 0;
  const z = F32[0];
  const invc = LOGF_T[2 * i];
  const logc = LOGF_T[2 * i + 1];
  const r = fma64(z, invc, -1);
  const y0 = logc + k * LOGF_LN2;
  const r2 = r * r;
  let y = fma64(LOGF_A1, r, LOGF_A2);
  y = fma64(LOGF_A0, r2, y);
  y = fma64(y, r2, y0 + r);
  return fround(y);
}

/** glibc's asinhf on a float32 value. */
export function glibcAsinhF32(x: number): number {
  F32[0] = x;
  const ix = U32[0] & 0x7fffffff;
  if (ix < 0x38000000) return x;
  let w: number;
  if (ix > 0x47000000) {
    if (ix >= 0x7f800000) return x + x;
    w = fround(glibcLogF32(Math.abs(x)) + LN2_F);
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = glibcLogF32(fround(fround(2 * xa) + fround(1 / fround(fround(Math.sqrt(fround(fround(xa * xa) + 1))) + xa))));
    } else {
      const t = fround(xa * xa);
      w = glibcLog1pF32(fround(xa + fround(t / fround(1 + fround(Math.sqrt(fround(1 + t)))))));
    }
  }
  return isNegative(x) ? -w : w;
}

/** glibc's acoshf on a float32 value. */
export function glibcAcoshF32(x: number): number {
  F32[0] = x;
  const hx = U32[0] | 0;
  if (hx < 0x3f800000) return NaN;
  if (hx >= 0x4d800000) return hx >= 0x7f800000 ? x + x : fround(glibcLogF32(x) + LN2_F);
  if (hx === 0x3f800000) return 0;
  if (hx > 0x40000000) {
    const t = fround(x * x);
    return glibcLogF32(fround(fround(2 * x) - fround(1 / fround(x + fround(Math.sqrt(fround(t - 1)))))));
  }
  const t = fround(x - 1);
  return glibcLog1pF32(fround(t + fround(Math.sqrt(fround(fround(2 * t) + fround(t * t))))));
}

// ---------------------------------------------------------------- glibc float32 atanf, atan2f (negative strides)
// The fdlibm float ports in glibc 2.36: atanf reduces by 7/16, 11/16, 19/16, 39/16 (|x| from 2^25
// gives pi/2) with an odd/even polynomial split; atan2f handles zeros, infinities and extreme
// ratios, else atanf(|y/x|) with pi folded in high/low. The polynomial's first coefficient is the
// float nearest its decimal 3.3333334327e-01 (0x3eaaaaab, as the binary has it, not the comment's ...aa).
const GT_HI = [0x3eed6338, 0x3f490fda, 0x3f7b985e, 0x3fc90fda].map(bitsToF32);
const GT_LO = [0x31ac3769, 0x33222168, 0x33140fb4, 0x33a22168].map(bitsToF32);
const GT_A = [0x3eaaaaab, 0xbe4ccccd, 0x3e124925, 0xbde38e38, 0x3dba2e6e, 0xbd9d8795, 0x3d886b35, 0xbd6ef16b, 0x3d4bda59, 0xbd15a221, 0x3c8569d7].map(bitsToF32);

/** glibc's atanf on a float32 value. */
export function glibcAtanF32(x: number): number {
  F32[0] = x;
  const hx = U32[0] | 0;
  const ix = hx & 0x7fffffff;
  let id: number;
  if (ix >= 0x4c000000) {
    if (ix > 0x7f800000) return x + x;
    return hx > 0 ? fround(GT_HI[3] + GT_LO[3]) : fround(-GT_HI[3] - GT_LO[3]);
  }
  if (ix < 0x3ee00000) {
    if (ix < 0x31000000) return x;
    id = -1;
  } else {
    x = Math.abs(x);
    if (ix < 0x3f980000) {
      if (ix < 0x3f300000) {
        id = 0;
        x = fround(fround(fround(2 * x) - 1) / fround(2 + x));
      } else {
        id = 1;
        x = fround(fround(x - 1) / fround(x + 1));
      }
    } else if (ix < 0x401c0000) {
      id = 2;
      x = fround(fround(x - 1.5) / fround(1 + fround(1.5 * x)));
    } else {
      id = 3;
      x = fround(-1 / x);
    }
  }
  const z = fround(x * x);
  const w = fround(z * z);
  const s1 = fround(z * hornerF32(w, GT_A, 10, 0));
  const s2 = fround(w * hornerF32(w, GT_A, 9, 1));
  if (id < 0) return fround(x - fround(x * fround(s1 + s2)));
  const r = fround(GT_HI[id] - fround(fround(fround(x * fround(s1 + s2)) - GT_LO[id]) - x));
  return hx < 0 ? -r : r;
}

const [GA2_PI_O_4, GA2_PI_O_2, GA2_PI, GA2_PI_LO] = [0x3f490fdb, 0x3fc90fdb, 0x40490fdb, 0xb3bbbd2e].map(bitsToF32);
const GA2_INF_CASES = [GA2_PI_O_4, -GA2_PI_O_4, fround(3 * GA2_PI_O_4), fround(-3 * GA2_PI_O_4)];
const GA2_XINF_CASES = [0, -0, GA2_PI, -GA2_PI];

/** glibc's atan2f(y, x) on float32 values. */
export function glibcAtan2F32(y: number, x: number): number {
  F32[0] = x;
  const hx = U32[0] | 0;
  const ix = hx & 0x7fffffff;
  F32[0] = y;
  const hy = U32[0] | 0;
  const iy = hy & 0x7fffffff;
  if (ix > 0x7f800000 || iy > 0x7f800000) return x + y;
  if (hx === 0x3f800000) return glibcAtanF32(y);
  const m = ((hy >>> 31) & 1) | ((hx >>> 30) & 2);
  if (iy === 0) return m <= 1 ? y : m === 2 ? GA2_PI : -GA2_PI;
  if (ix === 0) return hy < 0 ? -GA2_PI_O_2 : GA2_PI_O_2;
  if (ix === 0x7f800000) return iy === 0x7f800000 ? GA2_INF_CASES[m] : GA2_XINF_CASES[m];
  if (iy === 0x7f800000) return hy < 0 ? -GA2_PI_O_2 : GA2_PI_O_2;
  const k = (iy - ix) >> 23;
  let z: number;
  if (k > 60) z = fround(GA2_PI_O_2 + fround(0.5 * GA2_PI_LO));
  else if (hx < 0 && k < -60) z = 0;
  else z = glibcAtanF32(Math.abs(fround(y / x)));
  if (m === 0) return z;
  if (m === 1) return -z;
  if (m === 2) return fround(GA2_PI - fround(z - GA2_PI_LO));
  return fround(fround(z - GA2_PI_LO) - GA2_PI);
}

// ---------------------------------------------------------------- glibc float64 asinh, acosh (negative strides)
// fdlibm's asinh/acosh as glibc 2.36 builds them, over glibc's log (random/glibc-log.ts) and
// glibc's log1p (fdlibm's with Shimizu's pipelined polynomial R1 + z2 R2 + z4 R3 + z6 R4, in
// glibc's FMA build: the contractions GCC made there, read off the x86-64 binary, are fma64 here).
const LN2 = 6.93147180559945286227e-01;
const L1P_LN2_HI = 6.9314718036912381649e-1;
const L1P_LN2_LO = 1.90821492927058770002e-10;
const [L1P1, L1P2, L1P3, L1P4, L1P5, L1P6, L1P7] = [
  6.666666666666735130e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1, 1.818357216161805012e-1,
  1.531383769920937332e-1, 1.479819860511658591e-1,
];

/** glibc's log1p on a double. */
export function glibcLog1p(x: number): number {
  F64[0] = x;
  const hx = U32_OF_F64[1] | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5;
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      F64[0] = u;
      hu = U32_OF_F64[1] | 0;
      k = (hu >> 20) - 1023;
      c = (k > 0 ? 1.0 - (u - x) : x - (u - 1.0)) / u;
    } else {
      u = x;
      F64[0] = u;
      hu = U32_OF_F64[1] | 0;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      U32_OF_F64[1] = hu | 0x3ff00000;
    } else {
      k += 1;
      U32_OF_F64[1] = hu | 0x3fe00000;
      hu = (0x00100000 - hu) >> 2;
    }
    u = F64[0];
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) return k === 0 ? 0 : fma64(k, L1P_LN2_HI, fma64(k, L1P_LN2_LO, c));
    const r = hfsq * fma64(-f, 0.66666666666666666, 1.0);
    return k === 0 ? f - r : fma64(k, L1P_LN2_HI, -(r - fma64(k, L1P_LN2_LO, c) - f));
  }
  const sq = f / (2.0 + f);
  const z = sq * sq;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  let r = fma64(z, L1P1, z2 * fma64(z, L1P3, L1P2));
  r = fma64(z4, fma64(z, L1P5, L1P4), r);
  r = fma64(z6, fma64(z, L1P7, L1P6), r);
  if (k === 0) return f - (hfsq - sq * (hfsq + r));
  return fma64(k, L1P_LN2_HI, -(hfsq - (sq * (hfsq + r) + fma64(k, L1P_LN2_LO, c)) - f));
}

/** glibc's asinh on a double. */
export function glibcAsinh(x: number): number {
  F64[0] = x;
  const ix = U32_OF_F64[1] & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = glibcLog(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = glibcLog(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      const t = xa * xa;
      w = glibcLog1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return isNegative(x) ? -w : w;
}

/** glibc's atanh on a double (Drepper's: 0.5 log1p(2x + 2x x/(1 - x)) or 0.5 log1p(2x/(1 - x))). */
export function glibcAtanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * glibcLog1p(t + (t * xa) / (1.0 - xa));
  } else if (xa < 1) {
    t = 0.5 * glibcLog1p((xa + xa) / (1.0 - xa));
  } else {
    return xa > 1 ? NaN : x / 0;
  }
  return isNegative(x) ? -t : t;
}

/** glibc's acosh on a double. */
export function glibcAcosh(x: number): number {
  F64[0] = x;
  const hx = U32_OF_F64[1] | 0;
  const lx = U32_OF_F64[0];
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) return hx >= 0x7ff00000 ? x + x : glibcLog(x) + LN2;
  if (hx === 0x3ff00000 && lx === 0) return 0;
  if (hx > 0x40000000) {
    const t = x * x;
    return glibcLog(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return glibcLog1p(t + Math.sqrt(2.0 * t + t * t));
}

// ---------------------------------------------------------------- glibc float32 tanf (negative strides)
// glibc 2.36's tanf: |x| <= pi/4 straight to fdlibm's float __kernel_tanf; else sinf/cosf's
// reductions in double (|x| < 120: n from x 2^24 (2/pi) in fixed point, x - n pi/2; beyond: the
// 24-bit mantissa times 2/pi's bits in 64-bit integer arithmetic, BigInt here), split into float
// high/low parts for the kernel, whose sign/reciprocal flag is n's parity.
const TK_T = [
  0x3eaaaaab, 0x3e088889, 0x3d5d0dd1, 0x3cb327a4, 0x3c11371f, 0x3b6b6916, 0x3abede48, 0x3a1a26c8, 0x398137b9, 0x38a3f445, 0x3895c07a,
  0xb79bae5f, 0x37d95384,
].map(bitsToF32);
const TK_PIO4 = bitsToF32(0x3f490fda);
const TK_PIO4LO = bitsToF32(0x33222168);

/** fdlibm's __kernel_tanf(x, y, iy): tan(x + y) for iy = 1, -1/tan(x + y) for iy = -1. */
function kernelTanF32(x: number, y: number, iy: number): number {
  F32[0] = x;
  const hx = U32[0] | 0;
  const ix = hx & 0x7fffffff;
  if (ix < 0x39000000 && Math.trunc(x) === 0) {
    if ((ix | (iy + 1)) === 0) return fround(1 / Math.abs(x));
    return iy === 1 ? x : fround(-1 / x);
  }
  const big = ix >= 0x3f2ca140;
  if (big) {
    if (hx < 0) {
      x = -x;
      y = -y;
    }
    const z0 = fround(TK_PIO4 - x);
    const w0 = fround(TK_PIO4LO - y);
    x = fround(z0 + w0);
    y = 0;
    if (Math.abs(x) < 2 ** -13) return fround((1 - ((hx >> 30) & 2)) * iy * fround(1 - fround(2 * iy * x)));
  }
  const z = fround(x * x);
  const w = fround(z * z);
  let r = hornerF32(w, TK_T, 11, 1);
  const v = fround(z * hornerF32(w, TK_T, 12, 2));
  const sx = fround(z * x);
  r = fround(y + fround(z * fround(fround(sx * fround(r + v)) + y)));
  r = fround(r + fround(TK_T[0] * sx));
  const wv = fround(x + r);
  if (big) {
    const vi = iy;
    const t = fround(vi - fround(2 * fround(x - fround(fround(fround(wv * wv) / fround(wv + vi)) - r))));
    return fround((1 - ((hx >> 30) & 2)) * t);
  }
  if (iy === 1) return wv;
  F32[0] = wv;
  U32[0] &= 0xfffff000;
  const zz = F32[0];
  const vv = fround(r - fround(zz - x));
  const a = fround(-1 / wv);
  F32[0] = a;
  U32[0] &= 0xfffff000;
  const t = F32[0];
  const sv = fround(1 + fround(t * zz));
  return fround(t + fround(a * fround(sv + fround(t * vv))));
}

const TANF_HPI_INV = 10680707.430881744; // 0x1.45f306dc9c883p+23: 2^24 (2/pi)
const TANF_HPI = 1.5707963267948966;
const TANF_PI63 = 1.5707963267948966 * 2 ** -62; // 0x1.921fb54442d18p-62
// 2/pi's first 30 bytes; sinf/cosf's __inv_pio4[i] is the 32-bit window ending at byte i + 1
const INV_PIO4_BYTES = 'a2f9836e4e441529fc2757d1f534ddc0db6295993c439041fe5163ab';
function invPio4(i: number): bigint {
  const end = 2 * (i + 1);
  return BigInt('0x' + INV_PIO4_BYTES.slice(Math.max(0, end - 8), end));
}
const INV_PIO4 = Array.from({ length: 24 }, (_, i) => invPio4(i));
const M64 = 0xffffffffffffffffn;

let tanfN = 0;
/** glibc's rem_pio2f for tanf: returns the reduced double, n in tanfN. */
function tanfReduce(x: number): number {
  F32[0] = x;
  const xi = U32[0];
  if (((xi >>> 20) & 0x7ff) < 0x42f) {
    const dx = x;
    const r = dx * TANF_HPI_INV;
    const n = ((Math.trunc(r) | 0) + 0x800000) >> 24;
    tanfN = n;
    return dx - n * TANF_HPI;
  }
  const base = (xi >>> 26) & 15;
  const shift = (xi >>> 23) & 7;
  const m = BigInt((((xi & 0xffffff) | 0x800000) << shift) >>> 0);
  let res0 = (m * INV_PIO4[base]) & 0xffffffffn;
  const res1 = (m * INV_PIO4[base + 4]) & M64;
  const res2 = (m * INV_PIO4[base + 8]) & M64;
  res0 = ((res2 >> 32n) | (res0 << 32n)) & M64;
  res0 = (res0 + res1) & M64;
  const n = (res0 + (1n << 61n)) >> 62n;
  res0 = (res0 - (n << 62n)) & M64;
  tanfN = Number(n);
  const signed = res0 >= 1n << 63n ? res0 - (1n << 64n) : res0;
  const d = Number(signed) * TANF_PI63;
  return xi >>> 31 ? -d : d;
}

/** glibc's tanf on a float32 value. */
export function glibcTanF32(x: number): number {
  F32[0] = x;
  const ix = U32[0] & 0x7fffffff;
  if (ix <= 0x3f490fda) return kernelTanF32(x, 0, 1);
  if (ix >= 0x7f800000) return NaN;
  const dx = tanfReduce(x);
  const y0 = fround(dx);
  const y1 = fround(dx - y0);
  return kernelTanF32(y0, y1, 1 - ((tanfN & 1) << 1));
}

// NumPy's 1-D loops with a negative stride call these libm functions (ufunc.ts asks npymath.ts)
registerGlibcLoop('arcsin', 'float32', glibcAsinF32);
registerGlibcLoop('arccos', 'float32', glibcAcosF32);
registerGlibcLoop('cbrt', 'float32', glibcCbrtF32);
registerGlibcLoop('cbrt', 'float64', glibcCbrt);
registerGlibcLoop('arctanh', 'float32', glibcAtanhF32);
registerGlibcLoop('log1p', 'float32', glibcLog1pF32);
registerGlibcLoop('arcsinh', 'float32', glibcAsinhF32);
registerGlibcLoop('arccosh', 'float32', glibcAcoshF32);
registerGlibcLoop('arctan', 'float32', glibcAtanF32);
registerGlibcLoop('tan', 'float32', glibcTanF32);
registerGlibcLoop('log1p', 'float64', glibcLog1p);
registerGlibcLoop('arcsinh', 'float64', glibcAsinh);
registerGlibcLoop('arccosh', 'float64', glibcAcosh);
registerGlibcLoop('arctanh', 'float64', glibcAtanh);

/** A binary strided loop (o, oi, os, a, ai, as, b, bi, bs, n) over float buffers. */
export type BinaryStridedLoop = (o: Float64Array | Float32Array, oi: number, os: number, a: Float64Array | Float32Array, ai: number, as: number, b: Float64Array | Float32Array, bi: number, bs: number, n: number) => void;

const atan2fLoop: BinaryStridedLoop = (o, oi, os, a, ai, as, b, bi, bs, n) => {
  for (let k = 0; k < n; k++, oi += os, ai += as, bi += bs) o[oi] = glibcAtan2F32(a[ai], b[bi]);
};

/** The libm loop NumPy's binary ufunc uses instead of SVML's when a 1-D stride is negative, if ported. */
export function negativeStrideLoop2(name: string, dtype: string): BinaryStridedLoop | null {
  return name === 'arctan2' && dtype === 'float32' ? atan2fLoop : null;
}
