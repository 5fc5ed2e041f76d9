// The gamma family and simple inverse-CDF samplers, each written once over a "source" of
// uniform, normal and exponential draws so that RandomState (legacy_double, polar gauss,
// -log(1-U)) and Generator (53-bit double, ziggurat normal and exponential) share the code and
// differ only in the source, as NumPy's legacy-distributions.c and distributions.c do.
import { glibcLog as log } from './glibc-log';
import { glibcExp as exp } from './glibc-exp';
import { glibcPow as pow } from './glibc-pow';
import { expm1, log1p } from './libm';
import type { BitGenerator } from './bit-generator';
import { poisson } from './distributions';

export interface DrawSource {
  uniform(): number;
  normal(): number;
  exponential(): number;
}

/** standard_gamma: Marsaglia–Tsang for shape >= 1, Johnk-style rejection below. */
export function standardGamma(src: DrawSource, shape: number): number {
  if (shape === 1) return src.exponential();
  if (shape === 0) return 0;
  if (shape < 1) {
    for (;;) {
      const u = src.uniform();
      const v = src.exponential();
      if (u <= 1 - shape) {
        const x = pow(u, 1 / shape);
        if (x <= v) return x;
      } else {
        const y = -log((1 - u) / shape);
        const x = pow(1 - shape + shape * y, 1 / shape);
        if (x <= v + y) return x;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = src.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = src.uniform();
    if (u < 1 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (log(u) < 0.5 * x * x + b * (1 - v + log(v))) return b * v;
  }
}

/** beta: Johnk's algorithm when both parameters are <= 1, else a ratio of gammas. */
export function beta(src: DrawSource, a: number, b: number, legacy: boolean): number {
  if (a <= 1 && b <= 1) {
    for (;;) {
      const u = src.uniform();
      const v = src.uniform();
      const x = pow(u, 1 / a);
      const y = pow(v, 1 / b);
      const xpy = x + y;
      if (xpy <= 1 && (legacy || u + v > 0)) {
        if (xpy > 0) return x / xpy;
        let logX = log(u) / a;
        let logY = log(v) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const ga = standardGamma(src, a);
  const gb = standardGamma(src, b);
  return ga / (ga + gb);
}

/** laplace: inverse CDF on one uniform (U = 0 is redrawn). */
export function laplace(src: DrawSource, loc: number, scale: number): number {
  for (;;) {
    const u = src.uniform();
    if (u >= 0.5) return loc - scale * log(2 - u - u);
    if (u > 0) return loc + scale * log(u + u);
  }
}

/** logistic: loc + scale·log(U / (1 - U)) (U = 0 is redrawn). */
export function logistic(src: DrawSource, loc: number, scale: number): number {
  for (;;) {
    const u = src.uniform();
    if (u > 0) return loc + scale * log(u / (1 - u));
  }
}

/** triangular on one uniform. */
export function triangular(src: DrawSource, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const u = src.uniform();
  if (u <= ratio) return left + Math.sqrt(u * leftprod);
  return right - Math.sqrt((1 - u) * rightprod);
}

/** gumbel: loc - scale·log(-log(1 - U)) (1 - U = 1 is redrawn). */
export function gumbel(src: DrawSource, loc: number, scale: number): number {
  for (;;) {
    const u = 1 - src.uniform();
    if (u < 1) return loc - scale * log(-log(u));
  }
}

/** weibull: E^(1/a) for a standard exponential E (0 when a = 0). */
export function weibull(src: DrawSource, a: number): number {
  return a === 0 ? 0 : pow(src.exponential(), 1 / a);
}

/** pareto (Lomax form): legacy exp(E / a) - 1, Generator expm1(E / a). */
export function pareto(src: DrawSource, a: number, legacy: boolean): number {
  const e = src.exponential() / a;
  return legacy ? exp(e) - 1 : expm1(e);
}

/** power: (1 - e^-E)^(1/a); legacy forms 1 - exp(-E), Generator -expm1(-E). */
export function powerDist(src: DrawSource, a: number, legacy: boolean): number {
  const e = src.exponential();
  return pow(legacy ? 1 - exp(-e) : -expm1(-e), 1 / a);
}

/** standard_t: N / sqrt(G / (df/2)) written as NumPy does. */
export function standardT(src: DrawSource, df: number): number {
  const num = src.normal();
  const denom = standardGamma(src, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

/** f: ratio of scaled chi-squares, chisquare(k) = 2·standard_gamma(k/2). */
export function fDist(src: DrawSource, dfnum: number, dfden: number): number {
  const a = 2 * standardGamma(src, dfnum / 2);
  const b = 2 * standardGamma(src, dfden / 2);
  return (a * dfden) / (b * dfnum);
}

/**
 * wald (inverse Gaussian) from one normal and one uniform. Legacy keeps the original
 * mean + mu/(2 scale)·(Y - sqrt(4 scale Y + Y²)); Generator uses the cancellation-free
 * equivalent mean·(1 - 2 / (1 + sqrt(1 + 4 scale / Y))).
 */
export function wald(src: DrawSource, mean: number, scale: number, legacy: boolean): number {
  let y = src.normal();
  y = mean * y * y;
  let x: number;
  if (legacy) {
    const mu2l = mean / (2 * scale);
    x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
  } else {
    const d = 1 + Math.sqrt(1 + (4 * scale) / y);
    x = mean * (1 - 2 / d);
  }
  const u = src.uniform();
  return u <= mean / (mean + x) ? x : (mean * mean) / x;
}

/** rayleigh: legacy mode·sqrt(-2·log1p(-U)), Generator mode·sqrt(2E). */
export function rayleigh(src: DrawSource, mode: number, legacy: boolean): number {
  return legacy ? mode * Math.sqrt(-2 * log1p(-src.uniform())) : mode * Math.sqrt(2 * src.exponential());
}

/** geometric: sequential search for p >= 1/3, else inversion (legacy on a uniform, Generator on E). */
export function geometric(src: DrawSource, p: number, legacy: boolean): number {
  if (p >= 0.333333333333333333333333) {
    let x = 1;
    let sum = p;
    let prod = p;
    const q = 1 - p;
    const u = src.uniform();
    while (u > sum) {
      prod *= q;
      sum += prod;
      x++;
    }
    return x;
  }
  if (legacy) return Math.ceil(log1p(-src.uniform()) / log(1 - p));
  const z = Math.ceil(-src.exponential() / log1p(-p));
  return z >= 9.223372036854776e18 ? Number.MAX_SAFE_INTEGER : z;
}

/** noncentral_chisquare: chi-square(df - 1) plus a shifted normal squared, or a Poisson mixture when df <= 1. */
export function noncentralChisquare(src: DrawSource, bg: BitGenerator, df: number, nonc: number, legacy: boolean): number {
  const chisq = (k: number): number => 2 * standardGamma(src, k / 2);
  if (!legacy && Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return chisq(df);
  if (1 < df) {
    const c = chisq(df - 1);
    const n = src.normal() + Math.sqrt(nonc);
    return c + n * n;
  }
  const i = poisson(bg, nonc / 2);
  const out = chisq(df + 2 * i);
  return Number.isNaN(nonc) ? NaN : out;
}

/** noncentral_f: noncentral chi-square over a central one, each scaled by the other's df. */
export function noncentralF(src: DrawSource, bg: BitGenerator, dfnum: number, dfden: number, nonc: number, legacy: boolean): number {
  const t = noncentralChisquare(src, bg, dfnum, nonc, legacy) * dfden;
  return t / (2 * standardGamma(src, dfden / 2) * dfnum);
}
