// Scalar samplers shared by Generator and RandomState, one per NumPy C function in
// distributions.c: the 256-layer ziggurat normal (float64 and float32) and exponential, and
// Poisson (multiplication method below λ=10, Hörmann's PTRS above). Each takes a BitGenerator
// and consumes exactly the draws NumPy's C code consumes, in the same order.
import { glibcLog as log } from './glibc-log';
import { glibcExp as exp } from './glibc-exp';
import { expm1, log1p, logFactorials } from './libm';
import { glibcPow as pow } from './glibc-pow';
import { randomInterval } from './bounded';
import type { BitGenerator } from './bit-generator';
import * as zigguratTables from './ziggurat-tables';
// The tables as module constants: read through the import binding, every access would be a
// property get on the module object in CommonJS builds (tsx, mocha), in the hottest loops.
const { EXP_FE, EXP_KE, EXP_WE, NORMAL_FI, NORMAL_FI_F32, NORMAL_KI, NORMAL_KI_F32, NORMAL_WI, NORMAL_WI_F32 } = zigguratTables;

const ZIG_NOR_R = 3.6541528853610087963519472518;
const ZIG_NOR_INV_R = 0.27366123732975827203338247596;
const ZIG_NOR_R_F = Math.fround(3.6541528853610087963519472518);
const ZIG_NOR_INV_R_F = Math.fround(0.27366123732975827203338247596);
const ZIG_EXP_R = 7.6971174701310497140446280481;
const f32 = Math.fround;

/** random_standard_normal: 8-bit layer index, sign bit, 52-bit magnitude from one uint64. */
export function standardNormal(bg: BitGenerator): number {
  for (;;) {
    bg.nextUint64();
    const hi = bg.hi32;
    const lo = bg.lo32;
    const idx = lo & 0xff;
    const sign = (lo >>> 8) & 1;
    // rabs = (r >> 9) & (2^52 - 1): 23 bits from lo, 29 from hi
    const rabs = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    let x = rabs * NORMAL_WI[idx];
    if (sign) x = -x;
    if (rabs < NORMAL_KI[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -ZIG_NOR_INV_R * log1p(-bg.nextDouble());
        const yy = -log1p(-bg.nextDouble());
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ZIG_NOR_R + xx) : ZIG_NOR_R + xx;
      }
    } else if ((NORMAL_FI[idx - 1] - NORMAL_FI[idx]) * bg.nextDouble() + NORMAL_FI[idx] < exp(-0.5 * x * x)) {
      return x;
    }
  }
}

/** random_standard_normal_f: the float32 ziggurat from one uint32 (float32 arithmetic, double exp). */
export function standardNormalF32(bg: BitGenerator): number {
  for (;;) {
    const r = bg.nextUint32();
    const idx = r & 0xff;
    const sign = (r >>> 8) & 1;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f32(rabs * NORMAL_WI_F32[idx]);
    if (sign) x = -x;
    if (rabs < NORMAL_KI_F32[idx]) return x;
    if (idx === 0) {
      for (;;) {
        const xx = f32(-ZIG_NOR_INV_R_F * f32(log1p(-bg.nextFloat())));
        const yy = f32(-f32(log1p(-bg.nextFloat())));
        if (f32(yy + yy) > f32(xx * xx)) return (rabs >>> 8) & 1 ? -f32(ZIG_NOR_R_F + xx) : f32(ZIG_NOR_R_F + xx);
      }
    } else {
      const lhs = f32(f32(f32(NORMAL_FI_F32[idx - 1] - NORMAL_FI_F32[idx]) * bg.nextFloat()) + NORMAL_FI_F32[idx]);
      if (lhs < exp(-0.5 * x * x)) return x; // NumPy compares against the double exp
    }
  }
}

/** random_standard_exponential: 8-bit layer index and 53-bit magnitude from one uint64 >> 3. */
export function standardExponential(bg: BitGenerator): number {
  for (;;) {
    bg.nextUint64();
    const hi = bg.hi32;
    const lo = bg.lo32;
    const idx = (lo >>> 3) & 0xff;
    const ri = hi * 2097152 + (lo >>> 11); // (r >> 3) >> 8
    const x = ri * EXP_WE[idx];
    if (ri < EXP_KE[idx]) return x;
    if (idx === 0) return ZIG_EXP_R - log1p(-bg.nextDouble());
    if ((EXP_FE[idx - 1] - EXP_FE[idx]) * bg.nextDouble() + EXP_FE[idx] < exp(-x)) return x;
  }
}

const LOGGAM_COEF = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2,
  1.796443723688307e-1, -1.3924322169059,
];

/** random_loggam: log Γ(x) by Stirling's series after shifting x up to at least 7. */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  const n = x < 7 ? Math.trunc(7 - x) : 0;
  let x0 = x + n;
  const x2 = (1 / x0) * (1 / x0);
  let gl0 = LOGGAM_COEF[9];
  for (let k = 8; k >= 0; k--) {
    gl0 *= x2;
    gl0 += LOGGAM_COEF[k];
  }
  let gl = gl0 / x0 + 0.5 * 1.8378770664093453 + (x0 - 0.5) * log(x0) - x0;
  if (x < 7) {
    for (let k = 1; k <= n; k++) {
      gl -= log(x0 - 1);
      x0 -= 1;
    }
  }
  return gl;
}

/** random_poisson. */
export function poisson(bg: BitGenerator, lam: number): number {
  if (lam >= 10) {
    const slam = Math.sqrt(lam);
    const loglam = log(lam);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = bg.nextDouble() - 0.5;
      const v = bg.nextDouble();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lam + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (log(v) + log(invalpha) - log(a / (us * us) + b) <= -lam + k * loglam - logGamma(k + 1)) return k;
    }
  }
  if (lam === 0) return 0;
  const enlam = exp(-lam);
  let count = 0;
  let prod = 1;
  for (;;) {
    prod *= bg.nextDouble();
    if (prod > enlam) count++;
    else return count;
  }
}


/** random_binomial_inversion: sequential search from 0 with restarts past the bound. */
function binomialInversion(bg: BitGenerator, n: number, p: number): number {
  const q = 1 - p;
  const qn = exp(n * log(q));
  const np = n * p;
  const bound = Math.trunc(Math.min(n, np + 10 * Math.sqrt(np * q + 1)));
  let x = 0;
  let px = qn;
  let u = bg.nextDouble();
  while (u > px) {
    x++;
    if (x > bound) {
      x = 0;
      px = qn;
      u = bg.nextDouble();
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** random_binomial_btpe: Kachitvichyanukul & Schmeiser's BTPE for n·min(p,1-p) > 30. */
function binomialBtpe(bg: BitGenerator, n: number, p: number): number {
  const r = Math.min(p, 1 - p);
  const q = 1 - r;
  const fm = n * r + r;
  const m = Math.floor(fm);
  const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
  const xm = m + 0.5;
  const xl = xm - p1;
  const xr = xm + p1;
  const c = 0.134 + 20.5 / (15.3 + m);
  let a = (fm - xl) / (fm - xl * r);
  const laml = a * (1 + a / 2);
  a = (xr - fm) / (xr * q);
  const lamr = a * (1 + a / 2);
  const p2 = p1 * (1 + 2 * c);
  const p3 = p2 + c / laml;
  const p4 = p3 + c / lamr;
  const nrq = n * r * q;
  for (;;) {
    const u = bg.nextDouble() * p4;
    let v = bg.nextDouble();
    let y: number;
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      return p > 0.5 ? n - y : y;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2 - 1)) {
      const s = r / q;
      const aa = s * (n + 1);
      let f = 1;
      if (m < y) for (let i = m + 1; i <= y; i++) f *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) f /= aa / i - s;
      if (v > f) continue;
      return p > 0.5 ? n - y : y;
    }
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) return p > 0.5 ? n - y : y;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const x2 = x1 * x1;
    const f2 = f1 * f1;
    const z2 = z * z;
    const w2 = w * w;
    const bound =
      xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log((w * r) / (x1 * q)) +
      (13680 - (462 - (132 - (99 - 140 / f2) / f2) / f2) / f2) / f1 / 166320 +
      (13680 - (462 - (132 - (99 - 140 / z2) / z2) / z2) / z2) / z / 166320 +
      (13680 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x1 / 166320 +
      (13680 - (462 - (132 - (99 - 140 / w2) / w2) / w2) / w2) / w / 166320;
    if (A > bound) continue;
    return p > 0.5 ? n - y : y;
  }
}

/**
 * random_binomial: inversion when n·min(p, 1-p) <= 30, BTPE otherwise. Generator returns 0 for
 * n = 0 or p = 0 without a draw; legacy RandomState (`legacy`) still runs the inversion.
 */
export function binomial(bg: BitGenerator, p: number, n: number, legacy = false): number {
  if (!legacy && (n === 0 || p === 0)) return 0;
  if (p <= 0.5) return p * n <= 30 ? binomialInversion(bg, n, p) : binomialBtpe(bg, n, p);
  const q = 1 - p;
  return q * n <= 30 ? n - binomialInversion(bg, n, q) : n - binomialBtpe(bg, n, q);
}

const LOG_FACT = logFactorials(126);

/** NumPy's logfactorial: a table of log(k!) below 126, a Stirling series above. */
function logFactorial(k: number): number {
  if (k < 126) return LOG_FACT[k];
  return (k + 0.5) * log(k) - k + (0.9189385332046728 + (1 / k) * (1 / 12 - 1 / (360 * k * k)));
}

/** hypergeometric_sample: draw `sample` items one by one (from the smaller side). */
function hypergeometricSample(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const total = good + bad;
  const half = Math.floor(total / 2);
  let computed = sample > half ? total - sample : sample;
  let remainingTotal = total;
  let remainingGood = good;
  while (computed > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
    --remainingTotal;
    if (randomInterval(bg, remainingTotal) < remainingGood) --remainingGood;
    --computed;
  }
  if (remainingTotal === remainingGood) remainingGood -= computed;
  return sample > half ? remainingGood : good - remainingGood;
}

/** hypergeometric_hrua: Stadlober's ratio-of-uniforms. */
function hypergeometricHrua(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const popsize = good + bad;
  const n = Math.min(sample, popsize - sample);
  const minGB = Math.min(good, bad);
  const maxGB = Math.max(good, bad);
  const p = minGB / popsize;
  const q = maxGB / popsize;
  const mu = n * p;
  const a = mu + 0.5;
  const v = (((popsize - n) * n * p) * q) / (popsize - 1);
  const c = Math.sqrt(v + 0.5);
  const h = 1.7155277699214135 * c + 0.8989161620588988;
  const m = Math.floor(((n + 1) * (minGB + 1)) / (popsize + 2));
  const g = logFactorial(m) + logFactorial(minGB - m) + logFactorial(n - m) + logFactorial(maxGB - n + m);
  const b = Math.min(Math.min(n, minGB) + 1, Math.floor(a + 16 * c));
  let k: number;
  for (;;) {
    const u = bg.nextDouble();
    const w = bg.nextDouble();
    const x = a + (h * (w - 0.5)) / u;
    if (x < 0 || x >= b) continue;
    k = Math.floor(x);
    const gp = logFactorial(k) + logFactorial(minGB - k) + logFactorial(n - k) + logFactorial(maxGB - n + k);
    const t = g - gp;
    if (u * (4 - u) - 3 <= t) break;
    if (u * (u - t) >= 1) continue;
    if (2 * log(u) <= t) break;
  }
  if (good > bad) k = n - k;
  if (n < sample) k = good - k;
  return k;
}

/** random_hypergeometric (Generator): HRUA for 10 <= sample <= total - 10, else direct sampling. */
export function hypergeometric(bg: BitGenerator, good: number, bad: number, sample: number): number {
  if (sample >= 10 && sample <= good + bad - 10) return hypergeometricHrua(bg, good, bad, sample);
  return hypergeometricSample(bg, good, bad, sample);
}

/** Legacy random_hypergeometric_hyp: sequential draws for small samples (sample <= 10). */
function legacyHypergeometricHyp(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0) {
    const u = bg.nextDouble();
    y -= Math.floor(u + y / (d1 + k));
    k--;
    if (k === 0) break;
  }
  let z = Math.trunc(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

/** Legacy random_hypergeometric_hrua (HRUA* with Frohne's corrections, loggam-based). */
function legacyHypergeometricHrua(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const minGB = Math.min(good, bad);
  const popsize = good + bad;
  const maxGB = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = minGB / popsize;
  const d5 = 1 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt((((popsize - m) * sample * d4) * d5) / (popsize - 1) + 0.5);
  const d8 = 1.7155277699214135 * d7 + 0.8989161620588988;
  const d9 = Math.floor(((m + 1) * (minGB + 1)) / (popsize + 2));
  const d10 = logGamma(d9 + 1) + logGamma(minGB - d9 + 1) + logGamma(m - d9 + 1) + logGamma(maxGB - m + d9 + 1);
  const d11 = Math.min(Math.min(m, minGB) + 1, Math.floor(d6 + 16 * d7));
  let z: number;
  for (;;) {
    const x = bg.nextDouble();
    const y = bg.nextDouble();
    const w = d6 + (d8 * (y - 0.5)) / x;
    if (w < 0 || w >= d11) continue;
    z = Math.floor(w);
    const t = d10 - (logGamma(z + 1) + logGamma(minGB - z + 1) + logGamma(m - z + 1) + logGamma(maxGB - m + z + 1));
    if (x * (4 - x) - 3 <= t) break;
    if (x * (x - t) >= 1) continue;
    if (2 * log(x) <= t) break;
  }
  if (good > bad) z = m - z;
  if (m < sample) z = good - z;
  return z;
}

/** legacy_random_hypergeometric: HRUA above 10 draws, sequential at 1..10, 0 for none. */
export function legacyHypergeometric(bg: BitGenerator, good: number, bad: number, sample: number): number {
  if (sample > 10) return legacyHypergeometricHrua(bg, good, bad, sample);
  if (sample > 0) return legacyHypergeometricHyp(bg, good, bad, sample);
  return 0;
}

/** random_logseries (NumPy >= 1.x current form: log1p / expm1); `legacy` keeps log(1-p) / 1-exp. */
export function logseries(bg: BitGenerator, p: number, legacy: boolean): number {
  const r = legacy ? log(1 - p) : log1p(-p);
  for (;;) {
    const v = bg.nextDouble();
    if (v >= p) return 1;
    const u = bg.nextDouble();
    const q = legacy ? 1 - exp(r * u) : -expm1(r * u);
    if (v <= q * q) {
      const result = Math.floor(1 + log(v) / log(q));
      if (result < 1 || v === 0) continue;
      return result;
    }
    return v >= q ? 1 : 2;
  }
}

const RAND_INT_MAX = 9223372036854775807;

/** random_zipf: rejection from the continuous Pareto; Generator bounds U away from 0 (Umin). */
export function zipf(bg: BitGenerator, a: number, legacy: boolean): number {
  if (!legacy && a >= 1025) return 1;
  const am1 = a - 1;
  const b = pow(2, am1);
  const umin = legacy ? 0 : pow(RAND_INT_MAX, -am1);
  for (;;) {
    let u: number;
    if (legacy) u = 1 - bg.nextDouble();
    else {
      const u01 = bg.nextDouble();
      u = u01 * umin + (1 - u01);
    }
    const v = bg.nextDouble();
    const x = Math.floor(pow(u, -1 / am1));
    if (x > RAND_INT_MAX || x < 1) continue;
    const t = pow(1 + 1 / x, am1);
    if ((v * x * (t - 1)) / (b - 1) <= t / b) return x;
  }
}
