// NumPy's Generator (_generator.pyx) over PCG64, as `np.random.default_rng(seed)` builds it:
// random (float64/float32), integers (Lemire, endpoint), ziggurat standard_normal (float64/
// float32), normal, uniform, exponential, poisson, choice (Floyd's hash-set or tail shuffle
// without replacement), permutation and shuffle index orders.
import { allocInt, boundedFill, boundedLemireScalar, closedRange, randomInterval, type IntData, type IntDType } from './bounded';
import { cdfOf, searchRight, validateProbabilities, weightedWithoutReplacement } from './choice';
import { binomial, hypergeometric, logseries, poisson, standardExponential, standardNormal, standardNormalF32, zipf } from './distributions';
import { glibcExp as exp } from './glibc-exp';
import {
  beta, fDist, geometric, gumbel, laplace, logistic, noncentralChisquare, noncentralF, pareto, powerDist, rayleigh, standardGamma,
  standardT, triangular, wald, weibull,
  type DrawSource,
} from './continuous';
import { RandomError } from './errors';
import { int64From } from './int64';
import { checkPoissonLam } from './legacy';
import { PCG64, type PCG64State } from './pcg64';
import { anyParam, countOf, paramAt, shapeCopy, type FloatDType, type Param, type RandomArray, type Shape } from './result';
import { SeedSequence, type SeedEntropy } from './seed-sequence';

function entropySeed(): bigint {
  const words = new Uint32Array(4);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => void } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(words);
  else for (let i = 0; i < 4; i++) words[i] = Math.floor(Math.random() * 4294967296);
  return words.reduce((acc, w) => (acc << 32n) | BigInt(w), 0n);
}

export class Generator {
  readonly bitgen: PCG64;

  /** Generator's draws: 53-bit double, ziggurat normal and exponential. */
  private readonly source: DrawSource = {
    uniform: () => this.bitgen.nextDouble(),
    normal: () => standardNormal(this.bitgen),
    exponential: () => standardExponential(this.bitgen),
  };

  /** `default_rng(seed)`; null/undefined seeds from platform entropy like NumPy does from the OS. */
  constructor(seed?: SeedEntropy | SeedSequence | null) {
    if (typeof seed === 'number' && (!Number.isInteger(seed) || seed < 0)) {
      throw new RandomError(Number.isInteger(seed) ? 'ValueError' : 'TypeError',
        Number.isInteger(seed) ? 'expected non-negative integer' : `SeedSequence expects int or sequence of ints for entropy not ${seed}`);
    }
    this.seedSequence = seed instanceof SeedSequence ? seed : new SeedSequence(seed === undefined || seed === null ? entropySeed() : seed);
    this.bitgen = new PCG64(this.seedSequence);
  }

  /** The SeedSequence behind the bit generator (`rng.bit_generator.seed_seq`). */
  readonly seedSequence: SeedSequence;

  /** `rng.spawn(n)`: independent children from the seed sequence's next n spawn keys. */
  spawn(n: number): Generator[] {
    return this.seedSequence.spawn(n).map((child) => new Generator(child));
  }

  getState(): PCG64State {
    return this.bitgen.getState();
  }

  setState(state: PCG64State): void {
    this.bitgen.setState(state);
  }

  private floats(shape: Shape | null, dtype: FloatDType, draw: (i: number) => number): RandomArray<Float64Array | Float32Array> {
    const n = countOf(shape);
    const data = dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
    for (let i = 0; i < n; i++) data[i] = draw(i);
    // NumPy returns a size=None draw as a Python float, even for dtype=float32.
    return { dtype, shape: shapeCopy(shape), data, python: shape === null };
  }

  random(shape: Shape | null = null, dtype: FloatDType = 'float64'): RandomArray<Float64Array | Float32Array> {
    const bg = this.bitgen;
    if (dtype === 'float64') {
      const n = countOf(shape);
      const data = new Float64Array(n);
      bg.fillDoubles(data);
      return { dtype, shape: shapeCopy(shape), data, python: shape === null };
    }
    return this.floats(shape, dtype, dtype === 'float32' ? () => bg.nextFloat() : () => bg.nextDouble());
  }

  /** `integers(low, high=None, size=None, dtype=int64, endpoint=False)`: Lemire's method. */
  integers(low: number | bigint, high: number | bigint | null = null, shape: Shape | null = null, dtype: IntDType = 'int64', endpoint = false): RandomArray<IntData> {
    let lo = BigInt(low);
    let hi: bigint;
    if (high === null) {
      hi = lo;
      lo = 0n;
    } else hi = BigInt(high);
    const n = countOf(shape);
    const data = allocInt(dtype, n);
    if (n === 0) return { dtype, shape: shapeCopy(shape), data, python: false };
    const { off, rng } = closedRange(lo, hi, dtype, endpoint);
    boundedFill(this.bitgen, dtype, off, rng, data, false);
    return { dtype, shape: shapeCopy(shape), data, python: false };
  }

  standardNormal(shape: Shape | null = null, dtype: FloatDType = 'float64'): RandomArray<Float64Array | Float32Array> {
    const bg = this.bitgen;
    if (dtype === 'float64') {
      const n = countOf(shape);
      const data = new Float64Array(n);
      for (let i = 0; i < n; i++) data[i] = standardNormal(bg);
      return { dtype, shape: shapeCopy(shape), data, python: shape === null };
    }
    return this.floats(shape, dtype, dtype === 'float32' ? () => standardNormalF32(bg) : () => standardNormal(bg));
  }

  normal(loc: Param = 0, scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    const bg = this.bitgen;
    if (typeof loc === 'number' && typeof scale === 'number') {
      const n = countOf(shape);
      const data = new Float64Array(n);
      for (let i = 0; i < n; i++) data[i] = loc + scale * standardNormal(bg);
      return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
    }
    return this.floats(shape, 'float64', (i) => paramAt(loc, i) + paramAt(scale, i) * standardNormal(bg)) as RandomArray<Float64Array>;
  }

  uniform(low: Param = 0, high: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    const n = countOf(shape);
    for (let i = 0; i < (typeof low === 'number' && typeof high === 'number' ? 1 : n); i++) {
      if (!Number.isFinite(paramAt(high, i) - paramAt(low, i))) {
        throw new RandomError('OverflowError', 'high - low range exceeds valid bounds');
      }
    }
    if (anyParam(typeof low === 'number' && typeof high === 'number' ? high - low : Array.from({ length: n }, (_, i) => paramAt(high, i) - paramAt(low, i)), (r) => r < 0)) {
      throw new RandomError('ValueError', 'high - low < 0');
    }
    const bg = this.bitgen;
    if (typeof low === 'number' && typeof high === 'number') {
      const data = new Float64Array(n);
      bg.fillDoubles(data);
      const range = high - low;
      for (let i = 0; i < n; i++) data[i] = low + range * data[i];
      return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
    }
    return this.floats(shape, 'float64', (i) => {
      const lo = paramAt(low, i);
      return lo + (paramAt(high, i) - lo) * bg.nextDouble();
    }) as RandomArray<Float64Array>;
  }

  standardExponential(shape: Shape | null = null): RandomArray<Float64Array> {
    const bg = this.bitgen;
    return this.floats(shape, 'float64', () => standardExponential(bg)) as RandomArray<Float64Array>;
  }

  exponential(scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    const bg = this.bitgen;
    return this.floats(shape, 'float64', (i) => paramAt(scale, i) * standardExponential(bg)) as RandomArray<Float64Array>;
  }

  poisson(lam: Param = 1, shape: Shape | null = null): RandomArray<BigInt64Array> {
    checkPoissonLam(lam);
    const n = countOf(shape);
    const data = int64From(n, (i) => poisson(this.bitgen, paramAt(lam, i)));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** The order `shuffle`/`permutation` apply along the axis: out[i] = x[perm[i]]. */
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

  permutation(n: number): RandomArray<BigInt64Array> {
    const perm = this.shufflePermutation(n);
    const data = int64From(n, (i) => perm[i]);
    return { dtype: 'int64', shape: [n], data, python: false };
  }

  /** Fisher–Yates over data[first..n) with unbuffered Lemire draws (NumPy's _shuffle_int). */
  private shuffleInts(data: Float64Array, n: number, first: number): void {
    for (let i = n - 1; i >= first; i--) {
      const j = boundedLemireScalar(this.bitgen, i);
      const t = data[j];
      data[j] = data[i];
      data[i] = t;
    }
  }

  /** `choice(a, size, replace, p, shuffle=True)` as indices into a population of popSize. */
  choice(popSize: number, shape: Shape | null = null, replace = true, p: ArrayLike<number> | null = null, shuffle = true, aIsInt = true): RandomArray<BigInt64Array> {
    const size = countOf(shape);
    if (popSize <= 0 && size !== 0) {
      throw new RandomError('ValueError', aIsInt ? 'a must be a positive integer unless no samples are taken' : 'a cannot be empty unless no samples are taken');
    }
    const probs = p === null ? null : validateProbabilities(p, popSize);
    const data = new BigInt64Array(size);
    const result = (): RandomArray<BigInt64Array> => ({ dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null });
    if (replace) {
      if (probs) {
        const cdf = cdfOf(probs);
        const u = this.random(shape).data;
        data.set(int64From(size, (i) => searchRight(cdf, u[i])));
      } else {
        data.set(this.integers(0, popSize, shape).data as BigInt64Array);
      }
      return result();
    }
    if (size > popSize) throw new RandomError('ValueError', 'Cannot take a larger sample than population when replace is False');
    if (probs) {
      const found = weightedWithoutReplacement(probs, size, (k) => this.random([k]).data as Float64Array);
      data.set(int64From(size, (i) => found[i]));
      return result();
    }
    const cutoff = shuffle ? 50 : 20;
    if (popSize > 10000 && size > Math.floor(popSize / cutoff)) {
      const idx = new Float64Array(popSize);
      for (let i = 0; i < popSize; i++) idx[i] = i;
      this.shuffleInts(idx, popSize, Math.max(popSize - size, 1));
      data.set(int64From(size, (i) => idx[popSize - size + i]));
      return result();
    }
    // Floyd's algorithm with an open-addressing set sized to a power of two >= 1.2·size.
    const picked = new Float64Array(size);
    let mask = 0;
    const want = Math.floor(1.2 * size);
    while (mask < want) mask = mask * 2 + 1;
    const set = new Float64Array(mask + 1).fill(-1);
    for (let j = popSize - size; j < popSize; j++) {
      const val = boundedLemireScalar(this.bitgen, j);
      let loc = val & mask;
      while (set[loc] !== -1 && set[loc] !== val) loc = (loc + 1) & mask;
      if (set[loc] === -1) {
        set[loc] = val;
        picked[j - popSize + size] = val;
      } else {
        loc = j & mask;
        while (set[loc] !== -1) loc = (loc + 1) & mask;
        set[loc] = j;
        picked[j - popSize + size] = j;
      }
    }
    if (shuffle) this.shuffleInts(picked, size, 1);
    data.set(int64From(size, (i) => picked[i]));
    return result();
  }

  /** `binomial(n, p, size)`: inversion for n·min(p,1-p) <= 30, BTPE above. */
  binomial(n: Param, p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v >= 0 && v <= 1))) throw new RandomError('ValueError', 'p < 0, p > 1 or p is NaN');
    if (anyParam(n, (v) => v < 0)) throw new RandomError('ValueError', 'n < 0');
    const count = countOf(shape);
    const data = int64From(count, (i) => binomial(this.bitgen, paramAt(p, i), Math.trunc(paramAt(n, i))));
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
    return this.fillFloats(shape, (i) => beta(this.source, paramAt(a, i), paramAt(b, i), false));
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

  /**
   * `dirichlet(alpha, size)`: normalised standard gammas, or (every alpha < 0.1) stick-breaking
   * with beta draws as NumPy >= 1.21 does; shape size + (k,).
   */
  dirichlet(alpha: ArrayLike<number>, shape: Shape | null = null): RandomArray<Float64Array> {
    const k = alpha.length;
    for (let j = 0; j < k; j++) if (alpha[j] < 0 || Number.isNaN(alpha[j])) throw new RandomError('ValueError', 'alpha < 0');
    const rows = countOf(shape);
    const data = new Float64Array(rows * k);
    let maxAlpha = -Infinity;
    for (let j = 0; j < k; j++) maxAlpha = Math.max(maxAlpha, alpha[j]);
    if (k > 0 && maxAlpha < 0.1) {
      const csum = new Float64Array(k);
      let acc = 0;
      for (let j = k - 1; j >= 0; j--) csum[j] = acc += alpha[j];
      for (let i = 0; i < data.length; i += k) {
        let rest = 1;
        for (let j = 0; j < k - 1; j++) {
          const v = beta(this.source, alpha[j], csum[j + 1], false);
          data[i + j] = rest * v;
          rest *= 1 - v;
          if (csum[j + 1] === 0) break;
        }
        data[i + k - 1] = rest;
      }
    } else {
      for (let i = 0; i < data.length; i += k) {
        let acc = 0;
        for (let j = 0; j < k; j++) acc += data[i + j] = standardGamma(this.source, alpha[j]);
        const inv = 1 / acc;
        for (let j = 0; j < k; j++) data[i + j] *= inv;
      }
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
    return this.fillFloats(shape, (i) => pareto(this.source, paramAt(a, i), false));
  }

  power(a: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(a, (v) => !(v > 0))) throw new RandomError('ValueError', 'a <= 0');
    return this.fillFloats(shape, (i) => powerDist(this.source, paramAt(a, i), false));
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
    return this.fillFloats(shape, (i) => wald(this.source, paramAt(mean, i), paramAt(scale, i), false));
  }

  rayleigh(scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (v) => v < 0)) throw new RandomError('ValueError', 'scale < 0');
    return this.fillFloats(shape, (i) => rayleigh(this.source, paramAt(scale, i), false));
  }

  geometric(p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v > 0 && v <= 1))) throw new RandomError('ValueError', 'p <= 0, p > 1 or p contains NaNs');
    const n = countOf(shape);
    const data = int64From(n, (i) => geometric(this.source, paramAt(p, i), false));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  negativeBinomial(n: Param, p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(n, (v) => !(v > 0))) throw new RandomError('ValueError', 'n <= 0');
    if (anyParam(p, (v) => !(false ? v >= 0 && v <= 1 : v > 0 && v <= 1))) {
      throw new RandomError('ValueError', false ? 'p < 0, p > 1 or p is NaN' : 'p <= 0, p > 1 or p contains NaNs');
    }
    const count = countOf(shape);
    const data = int64From(count, (i) => {
      const pi = paramAt(p, i);
      return poisson(this.bitgen, ((1 - pi) / pi) * standardGamma(this.source, paramAt(n, i)));
    });
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** `hypergeometric(ngood, nbad, nsample, size)`. */
  hypergeometric(good: Param, bad: Param, nsample: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    const count = countOf(shape);
    const all = typeof good === 'number' && typeof bad === 'number' && typeof nsample === 'number' ? 1 : count;
    const each = (test: (g: number, b: number, n: number) => boolean): boolean => {
      for (let i = 0; i < all; i++) if (test(paramAt(good, i), paramAt(bad, i), paramAt(nsample, i))) return true;
      return false;
    };
    if (each((g, b) => g >= 1e9 || b >= 1e9)) throw new RandomError('ValueError', 'both ngood and nbad must be less than 1000000000');
    if (each((g, b, n) => g + b < n)) throw new RandomError('ValueError', 'ngood + nbad < nsample');
    if (each((g) => g < 0)) throw new RandomError('ValueError', 'ngood < 0');
    if (each((_, b) => b < 0)) throw new RandomError('ValueError', 'nbad < 0');
    if (each((_, __, n) => n < 0)) throw new RandomError('ValueError', 'nsample < 0');
    const data = int64From(count, (i) => hypergeometric(this.bitgen, Math.trunc(paramAt(good, i)), Math.trunc(paramAt(bad, i)), Math.trunc(paramAt(nsample, i))));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  logseries(p: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(p, (v) => !(v >= 0 && v < 1))) throw new RandomError('ValueError', 'p < 0, p >= 1 or p is NaN');
    const data = int64From(countOf(shape), (i) => logseries(this.bitgen, paramAt(p, i), false));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  zipf(a: Param, shape: Shape | null = null): RandomArray<BigInt64Array> {
    if (anyParam(a, (v) => !(v > 1))) throw new RandomError('ValueError', 'a <= 1 or a is NaN');
    const data = int64From(countOf(shape), (i) => zipf(this.bitgen, paramAt(a, i), false));
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  noncentralChisquare(df: Param, nonc: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(df, (v) => !(v > 0))) throw new RandomError('ValueError', 'df <= 0');
    if (anyParam(nonc, (v) => v < 0)) throw new RandomError('ValueError', 'nonc < 0');
    return this.fillFloats(shape, (i) => noncentralChisquare(this.source, this.bitgen, paramAt(df, i), paramAt(nonc, i), false));
  }

  noncentralF(dfnum: Param, dfden: Param, nonc: Param, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(dfnum, (v) => !(v > 0))) throw new RandomError('ValueError', 'dfnum <= 0');
    if (anyParam(dfden, (v) => !(v > 0))) throw new RandomError('ValueError', 'dfden <= 0');
    if (anyParam(nonc, (v) => v < 0)) throw new RandomError('ValueError', 'nonc < 0');
    return this.fillFloats(shape, (i) => noncentralF(this.source, this.bitgen, paramAt(dfnum, i), paramAt(dfden, i), paramAt(nonc, i), false));
  }
}

export { SeedSequence };
