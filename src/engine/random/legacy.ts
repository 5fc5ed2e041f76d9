// NumPy's legacy RandomState (mtrand.pyx + legacy-distributions.c) on MT19937: seeding,
// random_sample/rand, the polar Box–Muller gauss with its cached second value, normal, uniform,
// randint (masked rejection), choice, dirichlet and the original hypergeometric. The samplers
// shared with Generator (gamma family, poisson, binomial, ...) live in sampler.ts and run here
// in their legacy variants. One instance is one stream: the interpreter keeps one for
// `np.random.*` per program run.
import { glibcLog as log } from './glibc-log';
import type { IntData, IntDType } from './bounded';
import { validateProbabilities } from './choice';
import type { DrawSource } from './continuous';
import { RandomError } from './errors';
import { int64From } from './int64';
import { MT19937, type MT19937State } from './mt19937';
import { anyParam, countOf, paramAt, shapeCopy, type Param, type RandomArray, type Shape } from './result';
import { Sampler } from './sampler';

export type LegacySeed = number | bigint | ReadonlyArray<number | bigint>;

/** The full legacy state: twister words and position plus the cached gauss. */
export interface RandomStateState extends MT19937State {
  hasGauss: boolean;
  gauss: number;
}

const MAX_SEED = 0xffffffffn;

export class RandomState extends Sampler {
  readonly bitgen = new MT19937();
  protected readonly legacy = true;
  private hasGauss = false;
  private gaussCache = 0;

  /** The legacy draws the gamma family is built on: 53-bit double, polar gauss, -log(1-U). */
  protected readonly source: DrawSource = {
    uniform: () => this.bitgen.nextDouble(),
    normal: () => this.gauss(),
    exponential: () => -log(1 - this.bitgen.nextDouble()),
  };

  constructor(seed?: LegacySeed | null) {
    super();
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
    this.fillGauss(data);
    return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /**
   * data[i] = gauss() for every i, the pairs generated in one loop: a cached value goes first,
   * each polar pair fills two slots (f·x2 then f·x1, the order gauss() hands them out), and an
   * odd last slot goes through gauss() so its partner stays cached exactly as NumPy leaves it.
   */
  private fillGauss(data: Float64Array): void {
    const n = data.length;
    const bg = this.bitgen;
    let i = 0;
    if (n > 0 && this.hasGauss) data[i++] = this.gauss();
    for (; i + 1 < n; i += 2) {
      let x1: number;
      let x2: number;
      let r2: number;
      do {
        x1 = 2 * bg.nextDouble() - 1;
        x2 = 2 * bg.nextDouble() - 1;
        r2 = x1 * x1 + x2 * x2;
      } while (r2 >= 1 || r2 === 0);
      const f = Math.sqrt((-2 * log(r2)) / r2);
      data[i] = f * x2;
      data[i + 1] = f * x1;
    }
    if (i < n) data[i] = this.gauss();
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
      this.fillGauss(data);
      for (let i = 0; i < n; i++) data[i] = loc + scale * data[i];
      return { dtype: 'float64', shape: shapeCopy(shape), data, python: shape === null };
    }
    return this.fillFloats(shape, (i) => paramAt(loc, i) + paramAt(scale, i) * this.gauss());
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
    return this.fillFloats(shape, (i) => {
      const lo = paramAt(low, i);
      return lo + (paramAt(high, i) - lo) * this.bitgen.nextDouble();
    });
  }

  /**
   * `randint(low, high=None, size=None, dtype=int)`: masked rejection, NumPy's per-dtype path.
   * dtype 'int' is the default Python `int` (int64 values, a Python int when size is None).
   */
  randint(low: number | bigint, high: number | bigint | null = null, shape: Shape | null = null, dtypeArg: IntDType | 'int' = 'int'): RandomArray<IntData> {
    const r = this.boundedInts(low, high, shape, dtypeArg === 'int' ? 'int64' : dtypeArg, false);
    r.python = shape === null && dtypeArg === 'int';
    return r;
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
        data.set(this.indicesByCdf(probs, size));
      } else {
        const r = this.randint(0, popSize, shape);
        data.set(r.data as BigInt64Array);
      }
    } else {
      if (size > popSize) throw new RandomError('ValueError', "Cannot take a larger sample than population when 'replace=False'");
      if (probs) {
        data.set(this.indicesWeightedUnique(probs, size));
      } else {
        const perm = this.shufflePermutation(popSize);
        data.set(int64From(size, (i) => perm[i]));
      }
    }
    return { dtype: 'int64', shape: shapeCopy(shape), data, python: shape === null };
  }

  /** `dirichlet(alpha, size)`: normalised standard gammas, shape size + (k,). */
  dirichlet(alpha: ArrayLike<number>, shape: Shape | null = null): RandomArray<Float64Array> {
    const k = alpha.length;
    for (let j = 0; j < k; j++) if (!(alpha[j] > 0)) throw new RandomError('ValueError', 'alpha <= 0');
    const rows = countOf(shape);
    const data = new Float64Array(rows * k);
    this.normalisedGammas(alpha, data);
    return { dtype: 'float64', shape: [...(shape ?? []), k], data, python: false };
  }
}
