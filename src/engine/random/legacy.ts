// NumPy's legacy RandomState (mtrand.pyx + legacy-distributions.c) on MT19937: seeding,
// random_sample/rand, the polar Box–Muller gauss with its cached second value, normal, uniform,
// randint (masked rejection), choice, permutation/shuffle index orders, exponential, poisson.
// One instance is one stream: the interpreter keeps one for `np.random.*` per program run.
import { glibcLog as log } from './glibc-log';
import { glibcExp as exp } from './glibc-exp';
import { allocInt, boundedFill, closedRange, randomInterval, type IntData, type IntDType } from './bounded';
import { cdfOf, searchRight, validateProbabilities, weightedWithoutReplacement } from './choice';
import { binomial, legacyHypergeometric, logseries, poisson, zipf } from './distributions';
import {
  beta, fDist, geometric, gumbel, laplace, logistic, noncentralChisquare, noncentralF, pareto, powerDist, rayleigh, standardGamma,
  standardT, triangular, wald, weibull,
  type DrawSource,
} from './continuous';
import { RandomError } from './errors';
import { int64From } from './int64';
import { MT19937, type MT19937State } from './mt19937';
import { anyParam, countOf, paramAt, shapeCopy, type Param, type RandomArray, type Shape } from './result';

export type LegacySeed = number | bigint | ReadonlyArray<number | bigint>;

/** The full legacy state: twister words and position plus the cached gauss. */
export interface RandomStateState extends MT19937State {
  hasGauss: boolean;
  gauss: number;
}

const MAX_SEED = 0xffffffffn;

export class RandomState {
  readonly bitgen = new MT19937();
  private hasGauss = false;
  private gaussCache = 0;

  /** The legacy draws the gamma family is built on: 53-bit double, polar gauss, -log(1-U). */
  private readonly source: DrawSource = {
    uniform: () => this.bitgen.nextDouble(),
    normal: () => this.gauss(),
    exponential: () => -log(1 - this.bitgen.nextDouble()),
  };

  constructor(seed?: LegacySeed | null) {
    if (seed === undefined || seed === null) this.seedFromEntropy();
    else this.seed(seed);
  }

  /** `np.random.seed(seed)`: ints use init_genrand, sequences init_by_array. */
  seed(seed: LegacySeed | null): void {
    if (seed === null) {
      this.seedFromEntropy();
      return;
    }
    if (typeof seed === 'number' && !Number.isInteger(seed)) {
      throw new RandomError('TypeError', "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    if (typeof seed === 'number' || typeof seed === 'bigint') {
      const n = BigInt(seed);
      if (n < 0n || n > MAX_SEED) throw new RandomError('ValueError', 'Seed must be between 0 and 2**32 - 1');
      this.bitgen.seedInt(Number(n));
    } else {
      if (seed.length === 0) throw new RandomError('ValueError', 'Seed must be non-empty');
      const words = seed.map((s) => {
        const n = BigInt(s);
        if (n < 0n || n > MAX_SEED) throw new RandomError('ValueError', 'Seed must be between 0 and 2**32 - 1');
        return Number(n);
      });
      this.bitgen.seedByArray(words);
    }
    this.hasGauss = false;
    this.gaussCache = 0;
  }

  /** Unseeded start: NumPy reads OS entropy; we use the platform's crypto source when present. */
  seedFromEntropy(): void {
    const words = new Uint32Array(624);
    const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => void } }).crypto;
    if (c?.getRandomValues) c.getRandomValues(words);
    else for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 4294967296);
    this.bitgen.seedByArray(words);
    this.hasGauss = false;
    this.gaussCache = 0;
  }

  getState(): RandomStateState {
    return { ...this.bitgen.getState(), hasGauss: this.hasGauss, gauss: this.gaussCache };
  }

  setState(state: RandomStateState): void {
    this.bitgen.setState(state);
    this.hasGauss = state.hasGauss;
    this.gaussCache = state.gauss;
  }

  private floats(shape: Shape | null, draw: (i: number) => number): RandomArray<Float64Array> {
    const n = countOf(shape);
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++) data[i] = draw(i);
    return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** `random_sample(size)` / `random(size)`. */
  randomSample(shape: Shape | null = null): RandomArray<Float64Array> {
    const n = countOf(shape);
    const data = new Float64Array(n);
    this.bitgen.fillDoubles(data);
    return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** `rand(d0, d1, ...)`: no dims gives a scalar. */
  rand(...dims: number[]): RandomArray<Float64Array> {
    return this.randomSample(dims.length ? dims : null);
  }

  /** legacy_gauss: polar Box–Muller; returns f·x2 and keeps f·x1 for the next call. */
  gauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      const cached = this.gaussCache;
      this.gaussCache = 0;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.bitgen.nextDouble() - 1;
      x2 = 2 * this.bitgen.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * log(r2)) / r2);
    this.gaussCache = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  standardNormal(shape: Shape | null = null): RandomArray<Float64Array> {
    const n = countOf(shape);
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++) data[i] = this.gauss();
    return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** `randn(d0, d1, ...)`. */
  randn(...dims: number[]): RandomArray<Float64Array> {
    return this.standardNormal(dims.length ? dims : null);
  }

  normal(loc: Param, scale: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    if (typeof loc === 'number' && typeof scale === 'number') {
      const n = countOf(shape);
      const data = new Float64Array(n);
      for (let i = 0; i < n; i++) data[i] = loc + scale * this.gauss();
      return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
    }
    return this.floats(shape, (i) => paramAt(loc, i) + paramAt(scale, i) * this.gauss());
  }

  uniform(low: Param, high: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    const n = countOf(shape);
    for (let i = 0; i < (typeof low === 'number' && typeof high === 'number' ? 1 : n); i++) {
      if (!Number.isFinite(paramAt(high, i) - paramAt(low, i))) throw new RandomError('OverflowError', 'Range exceeds valid bounds');
    }
    if (typeof low === 'number' && typeof high === 'number') {
      const data = new Float64Array(n);
      const range = high - low;
      this.bitgen.fillDoubles(data);
      for (let i = 0; i < n; i++) data[i] = low + range * data[i];
      return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
    }
    return this.floats(shape, (i) => {
      const lo = paramAt(low, i);
      return lo + (paramAt(high, i) - lo) * this.bitgen.nextDouble();
    });
  }

  /**
   * `randint(low, high=None, size=None, dtype=int)`: masked rejection, NumPy's per-dtype path.
   * dtype 'int' is the default Python `int` (int64 values, a Python int when size is None).
   */
  randint(low: number | bigint, high: number | bigint | null = null, shape: Shape | null = null, dtypeArg: IntDType | 'int' = 'int'): RandomArray<IntData> {
    const dtype: IntDType = dtypeArg === 'int' ? 'int64' : dtypeArg;
    let lo = BigInt(low);
    let hi: bigint;
    if (high === null) {
      hi = lo;
      lo = 0n;
    } else hi = BigInt(high);
    const n = countOf(shape);
    const data = allocInt(dtype, n);
    if (n === 0) return { dtype, shape: shapeCopy(shape), data, python: false };
    const { off, rng } = closedRange(lo, hi, dtype, false);
    boundedFill(this.bitgen, dtype, off, rng, data, true);
    return { dtype, shape: shapeCopy(shape), data, python: shape === null && dtypeArg === 'int' };
  }

  /** Fisher–Yates order NumPy's shuffle/permutation apply: out[i] = x[perm[i]] along axis 0. */
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
    const data = int64From(n, (i) => perm[i]);
    return { dtype: 'int64', shape: [n], data, python: false };
  }

  /**
   * `choice(a, size, replace, p)` as indices into a (a population of popSize items); when `a`
   * is an int, these indices are the result. `aIsInt` selects NumPy's error text for empty a.
   */
  choice(popSize: number, shape: Shape | null = null, replace = true, p: ArrayLike<number> | null = null, aIsInt = true): RandomArray<BigInt64Array> {
    const size = countOf(shape);
    if (popSize <= 0 && size !== 0) {
      throw new RandomError('ValueError', aIsInt ? 'a must be greater than 0 unless no samples are taken' : "'a' cannot be empty unless no samples are taken");
    }
    const probs = p === null ? null : validateProbabilities(p, popSize);
    const data = new BigInt64Array(size);
    if (replace) {
      if (probs) {
        const cdf = cdfOf(probs);
        const u = this.randomSample(shape).data;
        data.set(int64From(size, (i) => searchRight(cdf, u[i])));
      } else {
        const r = this.randint(0, popSize, shape);
        data.set(r.data as BigInt64Array);
      }
    } else {
      if (size > popSize) throw new RandomError('ValueError', "Cannot take a larger sample than population when 'replace=False'");
      if (probs) {
        const found = weightedWithoutReplacement(probs, size, (k) => this.randomSample([k]).data);
        data.set(int64From(size, (i) => found[i]));
      } else {
        const perm = this.shufflePermutation(popSize);
        data.set(int64From(size, (i) => perm[i]));
      }
    }
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** legacy exponential: scale · -log(1 - U). */
  exponential(scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    return this.floats(shape, (i) => paramAt(scale, i) * -log(1 - this.bitgen.nextDouble()));
  }

  standardExponential(shape: Shape | null = null): RandomArray<Float64Array> {
    return this.floats(shape, () => -log(1 - this.bitgen.nextDouble()));
  }

  poisson(lam: Param = 1, shape: Shape | null = null): RandomArray<BigInt64Array> {
    checkPoissonLam(lam);
    const n = countOf(shape);
    const data = int64From(n, (i) => poisson(this.bitgen, paramAt(lam, i)));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** `binomial(n, p, size)`: inversion for n·min(p,1-p) <= 30, BTPE above. */
  binomial(n: Param, p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v >= 0 && v <= 1))) throw new RandomError('ValueError', 'p < 0, p > 1 or p is NaN');
    if (anyParam(n, (v) => v < 0)) throw new RandomError('ValueError', 'n < 0');
    const count = countOf(shape);
    const data = int64From(count, (i) => binomial(this.bitgen, paramAt(p, i), Math.trunc(paramAt(n, i)), true));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** `lognormal(mean, sigma, size)`: exp of a normal draw. */
  lognormal(mean: Param = 0, sigma: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(sigma, (s) => s < 0)) throw new RandomError('ValueError', 'sigma < 0');
    const normal = this.normal(mean, sigma, shape);
    for (let i = 0; i < normal.data.length; i++) normal.data[i] = exp(normal.data[i]);
    return normal;
  }

  private fillFloats(shape: Shape | null, draw: (i: number) => number): RandomArray<Float64Array> {
    const n = countOf(shape);
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++) data[i] = draw(i);
    return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
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
    return this.fillFloats(shape, (i) => beta(this.source, paramAt(a, i), paramAt(b, i), true));
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
   * (NumPy's random_multinomial, shared by both classes).
   */
  multinomial(n: number, pvals: ArrayLike<number>, shape: Shape | null = null): RandomArray<BigInt64Array> {
    const k = pvals.length;
    for (let j = 0; j < k; j++) {
      if (!(pvals[j] >= 0 && pvals[j] <= 1)) throw new RandomError('ValueError', 'pvals < 0, pvals > 1 or pvals contains NaNs');
    }
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

  /** `dirichlet(alpha, size)`: normalised standard gammas, shape size + (k,). */
  dirichlet(alpha: ArrayLike<number>, shape: Shape | null = null): RandomArray<Float64Array> {
    const k = alpha.length;
    for (let j = 0; j < k; j++) if (!(alpha[j] > 0)) throw new RandomError('ValueError', 'alpha <= 0');
    const rows = countOf(shape);
    const data = new Float64Array(rows * k);
    for (let i = 0; i < data.length; i += k) {
      let acc = 0;
      for (let j = 0; j < k; j++) acc += data[i + j] = standardGamma(this.source, alpha[j]);
      const inv = 1 / acc;
      for (let j = 0; j < k; j++) data[i + j] *= inv;
    }
    return { dtype: 'float64', shape: [...(shape ?? []), k], data, python: false };
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
    return this.fillFloats(shape, (i) => pareto(this.source, paramAt(a, i), true));
  }

  power(a: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(a, (v) => !(v > 0))) throw new RandomError('ValueError', 'a <= 0');
    return this.fillFloats(shape, (i) => powerDist(this.source, paramAt(a, i), true));
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
    return this.fillFloats(shape, (i) => wald(this.source, paramAt(mean, i), paramAt(scale, i), true));
  }

  rayleigh(scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (v) => v < 0)) throw new RandomError('ValueError', 'scale < 0');
    return this.fillFloats(shape, (i) => rayleigh(this.source, paramAt(scale, i), true));
  }

  geometric(p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v > 0 && v <= 1))) throw new RandomError('ValueError', 'p <= 0, p > 1 or p contains NaNs');
    const n = countOf(shape);
    const data = int64From(n, (i) => geometric(this.source, paramAt(p, i), true));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  negativeBinomial(n: Param, p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(n, (v) => !(v > 0))) throw new RandomError('ValueError', 'n <= 0');
    if (anyParam(p, (v) => !(true ? v >= 0 && v <= 1 : v > 0 && v <= 1))) {
      throw new RandomError('ValueError', true ? 'p < 0, p > 1 or p is NaN' : 'p <= 0, p > 1 or p contains NaNs');
    }
    const count = countOf(shape);
    const data = int64From(count, (i) => {
      const pi = paramAt(p, i);
      return poisson(this.bitgen, ((1 - pi) / pi) * standardGamma(this.source, paramAt(n, i)));
    });
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** `hypergeometric(ngood, nbad, nsample, size)` with the original (pre-1.17) algorithms. */
  hypergeometric(good: Param, bad: Param, nsample: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    const count = countOf(shape);
    const all = typeof good === 'number' && typeof bad === 'number' && typeof nsample === 'number' ? 1 : count;
    const each = (test: (g: number, b: number, n: number) => boolean): boolean => {
      for (let i = 0; i < all; i++) if (test(paramAt(good, i), paramAt(bad, i), paramAt(nsample, i))) return true;
      return false;
    };
    if (each((g, b, n) => g + b < n)) throw new RandomError('ValueError', 'ngood + nbad < nsample');
    if (each((g) => g < 0)) throw new RandomError('ValueError', 'ngood < 0');
    if (each((_, b) => b < 0)) throw new RandomError('ValueError', 'nbad < 0');
    if (each((_, __, n) => !(n >= 1))) throw new RandomError('ValueError', 'nsample < 1 or nsample is NaN');
    const data = int64From(count, (i) => legacyHypergeometric(this.bitgen, Math.trunc(paramAt(good, i)), Math.trunc(paramAt(bad, i)), Math.trunc(paramAt(nsample, i))));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  logseries(p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v >= 0 && v < 1))) throw new RandomError('ValueError', 'p < 0, p >= 1 or p is NaN');
    const data = int64From(countOf(shape), (i) => logseries(this.bitgen, paramAt(p, i), true));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  zipf(a: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(a, (v) => !(v > 1))) throw new RandomError('ValueError', 'a <= 1 or a is NaN');
    const data = int64From(countOf(shape), (i) => zipf(this.bitgen, paramAt(a, i), true));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  noncentralChisquare(df: Param, nonc: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(df, (v) => !(v > 0))) throw new RandomError('ValueError', 'df <= 0');
    if (anyParam(nonc, (v) => v < 0)) throw new RandomError('ValueError', 'nonc < 0');
    return this.fillFloats(shape, (i) => noncentralChisquare(this.source, this.bitgen, paramAt(df, i), paramAt(nonc, i), true));
  }

  noncentralF(dfnum: Param, dfden: Param, nonc: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(dfnum, (v) => !(v > 0))) throw new RandomError('ValueError', 'dfnum <= 0');
    if (anyParam(dfden, (v) => !(v > 0))) throw new RandomError('ValueError', 'dfden <= 0');
    if (anyParam(nonc, (v) => v < 0)) throw new RandomError('ValueError', 'nonc < 0');
    return this.fillFloats(shape, (i) => noncentralF(this.source, this.bitgen, paramAt(dfnum, i), paramAt(dfden, i), paramAt(nonc, i), true));
  }
}

/** Largest λ NumPy accepts: int64 max minus 10 standard deviations. */
export const POISSON_LAM_MAX = 9.223372006484771e18;

export function checkPoissonLam(lam: Param): void {
  if (anyParam(lam, (v) => v < 0 || Number.isNaN(v))) throw new RandomError('ValueError', 'lam < 0 or lam is NaN');
  if (anyParam(lam, (v) => v > POISSON_LAM_MAX)) throw new RandomError('ValueError', 'lam value too large');
}
