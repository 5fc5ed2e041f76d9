// NumPy's Generator (_generator.pyx) over PCG64, as `np.random.default_rng(seed)` builds it:
// random (float64/float32), integers (Lemire, endpoint), ziggurat standard_normal (float64/
// float32), normal, uniform, choice (Floyd's hash-set or tail shuffle without replacement),
// dirichlet and hypergeometric; the samplers shared with RandomState live in sampler.ts.
import { boundedLemireScalar, type IntData, type IntDType } from './bounded';
import { validateProbabilities } from './choice';
import { beta, type DrawSource } from './continuous';
import { standardExponential, standardNormal, standardNormalF32 } from './distributions';
import { RandomError } from './errors';
import { int64From } from './int64';
import { PCG64, type PCG64State } from './pcg64';
import { anyParam, countOf, paramAt, shapeCopy, type FloatDType, type Param, type RandomArray, type Shape } from './result';
import { Sampler } from './sampler';
import { SeedSequence, type SeedEntropy } from './seed-sequence';
import { Uint64Block } from './uint64-block';

function entropySeed(): bigint {
  const words = new Uint32Array(4);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => void } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(words);
  else for (let i = 0; i < 4; i++) words[i] = Math.floor(Math.random() * 4294967296);
  return words.reduce((acc, w) => (acc << 32n) | BigInt(w), 0n);
}

export class Generator extends Sampler {
  readonly bitgen: PCG64;
  protected readonly legacy = false;
  /** Block view of bitgen for the bulk ziggurat loops; always drained between calls. */
  private readonly block: Uint64Block;

  /** Generator's draws: 53-bit double, ziggurat normal and exponential. */
  protected readonly source: DrawSource = {
    uniform: () => this.bitgen.nextDouble(),
    normal: () => standardNormal(this.bitgen),
    exponential: () => standardExponential(this.bitgen),
  };

  /** `default_rng(seed)`; null/undefined seeds from platform entropy like NumPy does from the OS. */
  constructor(seed?: SeedEntropy | SeedSequence | null) {
    super();
    if (typeof seed === 'number' && (!Number.isInteger(seed) || seed < 0)) {
      throw new RandomError(Number.isInteger(seed) ? 'ValueError' : 'TypeError',
        Number.isInteger(seed) ? 'expected non-negative integer' : `SeedSequence expects int or sequence of ints for entropy not ${seed}`);
    }
    this.seedSequence = seed instanceof SeedSequence ? seed : new SeedSequence(seed === undefined || seed === null ? entropySeed() : seed);
    this.bitgen = new PCG64(this.seedSequence);
    this.block = new Uint64Block(this.bitgen);
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
    return this.boundedInts(low, high, shape, dtype, endpoint);
  }

  standardNormal(shape: Shape | null = null, dtype: FloatDType = 'float64'): RandomArray<Float64Array | Float32Array> {
    const bg = this.bitgen;
    if (dtype === 'float64') {
      const n = countOf(shape);
      const data = new Float64Array(n);
      this.fillNormals(data);
      return { dtype, shape: shapeCopy(shape), data, python: shape === null };
    }
    return this.floats(shape, dtype, dtype === 'float32' ? () => standardNormalF32(bg) : () => standardNormal(bg));
  }

  /** data[i] = a ziggurat normal each, the 64-bit draws computed in blocks (see Uint64Block). */
  private fillNormals(data: Float64Array): void {
    const block = this.block;
    const n = data.length;
    for (let i = 0; i < n; i++) {
      block.samplesLeft = n - i;
      data[i] = standardNormal(block);
    }
  }

  /** The exponential ziggurat over the same block view. */
  protected override fillStandardExponentials(data: Float64Array): void {
    const block = this.block;
    const n = data.length;
    for (let i = 0; i < n; i++) {
      block.samplesLeft = n - i;
      data[i] = standardExponential(block);
    }
  }

  normal(loc: Param = 0, scale: Param = 1, shape: Shape | null = null): RandomArray<Float64Array> {
    if (anyParam(scale, (s) => s < 0)) throw new RandomError('ValueError', 'scale < 0');
    const bg = this.bitgen;
    if (typeof loc === 'number' && typeof scale === 'number') {
      const n = countOf(shape);
      const data = new Float64Array(n);
      this.fillNormals(data);
      for (let i = 0; i < n; i++) data[i] = loc + scale * data[i];
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
        data.set(this.indicesByCdf(probs, size));
      } else {
        data.set(this.integers(0, popSize, shape).data as BigInt64Array);
      }
      return result();
    }
    if (size > popSize) throw new RandomError('ValueError', 'Cannot take a larger sample than population when replace is False');
    if (probs) {
      data.set(this.indicesWeightedUnique(probs, size));
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
      this.normalisedGammas(alpha, data);
    }
    return { dtype: 'float64', shape: [...(shape ?? []), k], data, python: false };
  }
}

export { SeedSequence };
