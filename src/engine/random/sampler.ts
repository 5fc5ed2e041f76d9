// The sampling methods NumPy's two APIs share in logic: the base class of RandomState (legacy,
// MT19937) and Generator (PCG64). Each subclass supplies its bit generator, its DrawSource (the
// uniform/normal/exponential draws the continuous samplers build on: polar gauss and -log(1-U)
// for legacy, ziggurats for Generator) and the `legacy` flag, which selects NumPy's
// legacy-distributions.c variant of a sampler and its error texts where the two differ.
// Methods whose validation or algorithm differs beyond that flag stay in the subclasses.
import { allocInt, boundedFill, closedRange, randomInterval, type IntData, type IntDType } from './bounded';
import { cdfOf, searchRight, weightedWithoutReplacement } from './choice';
import type { BitGenerator } from './bit-generator';
import {
  beta, fDist, geometric, gumbel, laplace, logistic, noncentralChisquare, noncentralF, pareto, powerDist, rayleigh, standardGamma,
  standardT, triangular, wald, weibull,
  type DrawSource,
} from './continuous';
import { binomial, hypergeometric, legacyHypergeometric, logseries, poisson, zipf } from './distributions';
import { RandomError } from './errors';
import { glibcExp as exp } from './glibc-exp';
import { int64From } from './int64';
import { anyParam, countOf, paramAt, shapeCopy, type Param, type RandomArray, type Shape } from './result';

/** Largest λ NumPy accepts: int64 max minus 10 standard deviations. */
export const POISSON_LAM_MAX = 9.223372006484771e18;

export function checkPoissonLam(lam: Param): void {
  if (anyParam(lam, (v) => v < 0 || Number.isNaN(v))) throw new RandomError('ValueError', 'lam < 0 or lam is NaN');
  if (anyParam(lam, (v) => v > POISSON_LAM_MAX)) throw new RandomError('ValueError', 'lam value too large');
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export abstract class Sampler {
  abstract readonly bitgen: BitGenerator;
  protected abstract readonly source: DrawSource;
  /** RandomState: NumPy's legacy sampler variants (legacy-distributions.c) and error texts. */
  protected abstract readonly legacy: boolean;

  /** `normal(loc, scale, size)`: each API draws its own normals (polar gauss / ziggurat). */
  abstract normal(loc: Param, scale: Param, shape?: Shape | null): RandomArray<Float64Array>;

  protected fillFloats(shape: Shape | null, draw: (i: number) => number): RandomArray<Float64Array> {
    const n = countOf(shape);
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++) data[i] = draw(i);
    return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
  }

  protected fillInts(shape: Shape | null, draw: (i: number) => number): RandomArray<BigInt64Array> {
    return { dtype: 'int64', shape: shapeCopy(shape), data: int64From(countOf(shape), draw), python: shape === null };
  }

  /** `n` doubles in [0, 1): the uniforms random()/random_sample() would return. */
  protected uniforms(n: number): Float64Array {
    const u = new Float64Array(n);
    this.bitgen.fillDoubles(u);
    return u;
  }

  /**
   * integers/randint with scalar bounds: off + U[0, rng] per NumPy's per-dtype fill, Lemire's
   * method (Generator) or masked rejection (legacy).
   */
  protected boundedInts(low: number | bigint, high: number | bigint | null, shape: Shape | null, dtype: IntDType, endpoint: boolean): RandomArray<IntData> {
    let lo = BigInt(low);
    let hi: bigint;
    if (high === null) {
      hi = lo;
      lo = 0n;
    } else hi = BigInt(high);
    const data = allocInt(dtype, countOf(shape));
    if (data.length === 0) return { dtype, shape: shapeCopy(shape), data, python: false };
    const { off, rng } = closedRange(lo, hi, dtype, endpoint);
    boundedFill(this.bitgen, dtype, off, rng, data, this.legacy);
    return { dtype, shape: shapeCopy(shape), data, python: false };
  }

  /** choice with replacement and probabilities p: one uniform per draw, searched in the CDF. */
  protected indicesByCdf(probs: Float64Array, size: number): BigInt64Array {
    const cdf = cdfOf(probs);
    const u = this.uniforms(size);
    return int64From(size, (i) => searchRight(cdf, u[i]));
  }

  /** choice without replacement and with probabilities p (NumPy's repeated CDF passes). */
  protected indicesWeightedUnique(probs: Float64Array, size: number): BigInt64Array {
    const found = weightedWithoutReplacement(probs, size, (k) => this.uniforms(k));
    return int64From(size, (i) => found[i]);
  }

  /** dirichlet's main path: each row of k = alpha.length values is standard gammas over their sum. */
  protected normalisedGammas(alpha: ArrayLike<number>, data: Float64Array): void {
    const k = alpha.length;
    for (let i = 0; i < data.length; i += k) {
      let acc = 0;
      for (let j = 0; j < k; j++) acc += data[i + j] = standardGamma(this.source, alpha[j]);
      const inv = 1 / acc;
      for (let j = 0; j < k; j++) data[i + j] *= inv;
    }
  }

  /** Fisher–Yates order both shuffles apply: out[i] = x[perm[i]] along the axis (random_interval draws). */
  shufflePermutation(n: number): Int32Array | Float64Array {
    const perm = n < 2 ** 31 ? new Int32Array(n) : new Float64Array(n);
    for (let i = 0; i < n; i++) perm[i] = i;
    for (let i = n - 1; i >= 1; i--) {
      const j = randomInterval(this.bitgen, i);
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return perm;
  }

  /** `permutation(n)`: arange(n) shuffled, int64. */
  permutation(n: number): RandomArray<BigInt64Array> {
    const perm = this.shufflePermutation(n);
    const data = new BigInt64Array(n);
    if (perm instanceof Int32Array) {
      // Indices below 2^31: the low words are the values, the high words stay 0.
      const words = new Int32Array(data.buffer);
      const lo = LITTLE_ENDIAN ? 0 : 1;
      for (let i = 0; i < n; i++) words[2 * i + lo] = perm[i];
    } else data.set(int64From(n, (i) => perm[i]));
    return { dtype: 'int64', shape: [n], data, python: false };
  }

  /** `exponential(scale, size)`: scale times the API's standard exponential draw. */
  exponential(scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    if (typeof scale === 'number') {
      const r = this.standardExponential(shape);
      for (let i = 0; i < r.data.length; i++) r.data[i] = scale * r.data[i];
      return r;
    }
    const src = this.source;
    return this.fillFloats(shape, (i) => paramAt(scale, i) * src.exponential());
  }

  standardExponential(shape: Shape | null = null): RandomArray<Float64Array> {
    const data = new Float64Array(countOf(shape));
    this.fillStandardExponentials(data);
    return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** data[i] = one standard exponential draw each (Generator overrides it with a block loop). */
  protected fillStandardExponentials(data: Float64Array): void {
    const src = this.source;
    for (let i = 0; i < data.length; i++) data[i] = src.exponential();
  }

  poisson(lam: Param = 1, shape: Shape | null = null): RandomArray<BigInt64Array> {
    checkPoissonLam(lam);
    return this.fillInts(shape, (i) => poisson(this.bitgen, paramAt(lam, i)));
  }

  /** `binomial(n, p, size)`: inversion for n·min(p,1-p) <= 30, BTPE above. */
  binomial(n: Param, p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v >= 0 && v <= 1))) throw new RandomError('ValueError', 'p < 0, p > 1 or p is NaN');
    if (anyParam(n, (v) => v < 0)) throw new RandomError('ValueError', 'n < 0');
    return this.fillInts(shape, (i) => binomial(this.bitgen, paramAt(p, i), Math.trunc(paramAt(n, i)), this.legacy));
  }

  /** `lognormal(mean, sigma, size)`: exp of a normal draw. */
  lognormal(mean: Param = 0, sigma: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(sigma, (s) => s < 0)) throw new RandomError('ValueError', 'sigma < 0');
    const normal = this.normal(mean, sigma, shape);
    for (let i = 0; i < normal.data.length; i++) normal.data[i] = exp(normal.data[i]);
    return normal;
  }

  standardGamma(shapeParam: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(shapeParam, (k) => k < 0)) throw new RandomError('ValueError', 'shape < 0');
    return this.fillFloats(shape, (i) => standardGamma(this.source, paramAt(shapeParam, i)));
  }

  gamma(shapeParam: Param, scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(shapeParam, (k) => k < 0)) throw new RandomError('ValueError', 'shape < 0');
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    return this.fillFloats(shape, (i) => paramAt(scale, i) * standardGamma(this.source, paramAt(shapeParam, i)));
  }

  beta(a: Param, b: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(a, (v) => !(v > 0))) throw new RandomError('ValueError', 'a <= 0');
    if (anyParam(b, (v) => !(v > 0))) throw new RandomError('ValueError', 'b <= 0');
    return this.fillFloats(shape, (i) => beta(this.source, paramAt(a, i), paramAt(b, i), this.legacy));
  }

  chisquare(df: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(df, (v) => !(v > 0))) throw new RandomError('ValueError', 'df <= 0');
    return this.fillFloats(shape, (i) => 2 * standardGamma(this.source, paramAt(df, i) / 2));
  }

  laplace(loc: Param = 0, scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    return this.fillFloats(shape, (i) => laplace(this.source, paramAt(loc, i), paramAt(scale, i)));
  }

  logistic(loc: Param = 0, scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    return this.fillFloats(shape, (i) => logistic(this.source, paramAt(loc, i), paramAt(scale, i)));
  }

  standardCauchy(shape: Shape | null = null): RandomArray<Float64Array> {
    return this.fillFloats(shape, () => {
      const num = this.source.normal();
      return num / this.source.normal();
    });
  }

  triangular(left: Param, mode: Param, right: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    const n = typeof left === 'number' && typeof mode === 'number' && typeof right === 'number' ? 1 : countOf(shape);
    for (let i = 0; i < n; i++) {
      const l = paramAt(left, i);
      const m = paramAt(mode, i);
      const r = paramAt(right, i);
      if (l > m) throw new RandomError('ValueError', 'left > mode');
      if (m > r) throw new RandomError('ValueError', 'mode > right');
      if (l === r) throw new RandomError('ValueError', 'left == right');
    }
    return this.fillFloats(shape, (i) => triangular(this.source, paramAt(left, i), paramAt(mode, i), paramAt(right, i)));
  }

  /**
   * `multinomial(n, pvals, size)`: shape size + (k,), one binomial per category on what is left
   * (NumPy's random_multinomial, the same in both APIs).
   */
  multinomial(n: number, pvals: ArrayLike<number>, shape: Shape | null = null): RandomArray<BigInt64Array> {
    const k = pvals.length;
    for (let j = 0; j < k; j++) {
      if (!(pvals[j] >= 0 && pvals[j] <= 1)) throw new RandomError('ValueError', 'pvals < 0, pvals > 1 or pvals contains NaNs');
    }
    // Kahan-compensated sum of pvals[:-1], as NumPy checks it.
    let head = k > 1 ? pvals[0] : 0;
    let c = 0;
    for (let j = 1; j < k - 1; j++) {
      const y = pvals[j] - c;
      const t = head + y;
      c = t - head - y;
      head = t;
    }
    if (head > 1 + 1e-12) throw new RandomError('ValueError', 'sum(pvals[:-1]) > 1.0');
    if (n < 0) throw new RandomError('ValueError', 'n < 0');
    const outShape = [...(shape ?? []), k];
    const rows = countOf(shape);
    const counts = new Float64Array(rows * k);
    for (let r = 0; r < rows; r++) {
      let remainingP = 1;
      let dn = n;
      for (let j = 0; j < k - 1; j++) {
        const x = binomial(this.bitgen, pvals[j] / remainingP, dn);
        counts[r * k + j] = x;
        dn -= x;
        if (dn <= 0) break;
        remainingP -= pvals[j];
      }
      if (dn > 0) counts[r * k + k - 1] = dn;
    }
    return { dtype: 'int64', shape: outShape, data: int64From(counts.length, (i) => counts[i]), python: false };
  }

  gumbel(loc: Param = 0, scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    return this.fillFloats(shape, (i) => gumbel(this.source, paramAt(loc, i), paramAt(scale, i)));
  }

  weibull(a: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(a, (v) => v < 0)) throw new RandomError('ValueError', 'a < 0');
    return this.fillFloats(shape, (i) => weibull(this.source, paramAt(a, i)));
  }

  pareto(a: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(a, (v) => !(v > 0))) throw new RandomError('ValueError', 'a <= 0');
    return this.fillFloats(shape, (i) => pareto(this.source, paramAt(a, i), this.legacy));
  }

  power(a: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(a, (v) => !(v > 0))) throw new RandomError('ValueError', 'a <= 0');
    return this.fillFloats(shape, (i) => powerDist(this.source, paramAt(a, i), this.legacy));
  }

  standardT(df: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(df, (v) => !(v > 0))) throw new RandomError('ValueError', 'df <= 0');
    return this.fillFloats(shape, (i) => standardT(this.source, paramAt(df, i)));
  }

  f(dfnum: Param, dfden: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(dfnum, (v) => !(v > 0))) throw new RandomError('ValueError', 'dfnum <= 0');
    if (anyParam(dfden, (v) => !(v > 0))) throw new RandomError('ValueError', 'dfden <= 0');
    return this.fillFloats(shape, (i) => fDist(this.source, paramAt(dfnum, i), paramAt(dfden, i)));
  }

  wald(mean: Param, scale: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(mean, (v) => !(v > 0))) throw new RandomError('ValueError', 'mean <= 0');
    if (anyParam(scale, (v) => !(v > 0))) throw new RandomError('ValueError', 'scale <= 0');
    return this.fillFloats(shape, (i) => wald(this.source, paramAt(mean, i), paramAt(scale, i), this.legacy));
  }

  rayleigh(scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (v) => v < 0)) throw new RandomError('ValueError', 'scale < 0');
    return this.fillFloats(shape, (i) => rayleigh(this.source, paramAt(scale, i), this.legacy));
  }

  geometric(p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v > 0 && v <= 1))) throw new RandomError('ValueError', 'p <= 0, p > 1 or p contains NaNs');
    return this.fillInts(shape, (i) => geometric(this.source, paramAt(p, i), this.legacy));
  }

  /** `negative_binomial(n, p, size)`: Poisson of a gamma; legacy also accepts p = 0. */
  negativeBinomial(n: Param, p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(n, (v) => !(v > 0))) throw new RandomError('ValueError', 'n <= 0');
    const legacy = this.legacy;
    if (anyParam(p, (v) => !(legacy ? v >= 0 && v <= 1 : v > 0 && v <= 1))) {
      throw new RandomError('ValueError', legacy ? 'p < 0, p > 1 or p is NaN' : 'p <= 0, p > 1 or p contains NaNs');
    }
    return this.fillInts(shape, (i) => {
      const pi = paramAt(p, i);
      return poisson(this.bitgen, ((1 - pi) / pi) * standardGamma(this.source, paramAt(n, i)));
    });
  }

  /**
   * `hypergeometric(ngood, nbad, nsample, size)`: Generator's direct sampling + HRUA, or the
   * original (pre-1.17) algorithms for legacy, each with NumPy's own argument checks.
   */
  hypergeometric(good: Param, bad: Param, nsample: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    const all = typeof good === 'number' && typeof bad === 'number' && typeof nsample === 'number' ? 1 : countOf(shape);
    const each = (test: (g: number, b: number, n: number) => boolean): boolean => {
      for (let i = 0; i < all; i++) if (test(paramAt(good, i), paramAt(bad, i), paramAt(nsample, i))) return true;
      return false;
    };
    const legacy = this.legacy;
    if (!legacy && each((g, b) => g >= 1e9 || b >= 1e9)) throw new RandomError('ValueError', 'both ngood and nbad must be less than 1000000000');
    if (each((g, b, n) => g + b < n)) throw new RandomError('ValueError', 'ngood + nbad < nsample');
    if (each((g) => g < 0)) throw new RandomError('ValueError', 'ngood < 0');
    if (each((_, b) => b < 0)) throw new RandomError('ValueError', 'nbad < 0');
    if (legacy && each((_, __, n) => !(n >= 1))) throw new RandomError('ValueError', 'nsample < 1 or nsample is NaN');
    if (!legacy && each((_, __, n) => n < 0)) throw new RandomError('ValueError', 'nsample < 0');
    const draw = legacy ? legacyHypergeometric : hypergeometric;
    return this.fillInts(shape, (i) => draw(this.bitgen, Math.trunc(paramAt(good, i)), Math.trunc(paramAt(bad, i)), Math.trunc(paramAt(nsample, i))));
  }

  logseries(p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v >= 0 && v < 1))) throw new RandomError('ValueError', 'p < 0, p >= 1 or p is NaN');
    return this.fillInts(shape, (i) => logseries(this.bitgen, paramAt(p, i), this.legacy));
  }

  zipf(a: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(a, (v) => !(v > 1))) throw new RandomError('ValueError', 'a <= 1 or a is NaN');
    return this.fillInts(shape, (i) => zipf(this.bitgen, paramAt(a, i), this.legacy));
  }

  noncentralChisquare(df: Param, nonc: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(df, (v) => !(v > 0))) throw new RandomError('ValueError', 'df <= 0');
    if (anyParam(nonc, (v) => v < 0)) throw new RandomError('ValueError', 'nonc < 0');
    return this.fillFloats(shape, (i) => noncentralChisquare(this.source, this.bitgen, paramAt(df, i), paramAt(nonc, i), this.legacy));
  }

  noncentralF(dfnum: Param, dfden: Param, nonc: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(dfnum, (v) => !(v > 0))) throw new RandomError('ValueError', 'dfnum <= 0');
    if (anyParam(dfden, (v) => !(v > 0))) throw new RandomError('ValueError', 'dfden <= 0');
    if (anyParam(nonc, (v) => v < 0)) throw new RandomError('ValueError', 'nonc < 0');
    return this.fillFloats(shape, (i) => noncentralF(this.source, this.bitgen, paramAt(dfnum, i), paramAt(dfden, i), paramAt(nonc, i), this.legacy));
  }
}
