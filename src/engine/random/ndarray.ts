// The NDArray face of the random module: NpRandomState (what `np.random.*` and
// `np.random.RandomState(seed)` are) and NpGenerator (what `np.random.default_rng(seed)` returns)
// take Python-level arguments (number = float, bigint = int, NDArray, size as int or tuple),
// broadcast array parameters like NumPy, call the plain-data samplers, and return NDArrays,
// NumPy scalars (0-d with isScalar) or Python floats/ints exactly where NumPy does. Sampler
// errors surface as EngineError with NumPy's type and text.
import { broadcastShapes } from '../../numpy/broadcast';
import { astype, copy, scalarArray } from '../creation';
import type { DType } from '../dtype';
import { EngineError, unwrap as unwrapRule } from '../errors';
import { getitem, take } from '../indexing';
import { NDArray } from '../ndarray';
import { broadcastTo } from '../shape';
import { assignArray, ufunc2 } from '../ufunc';
import { allocInt, boundedFillEach, closedRanges, type IntDType } from './bounded';
import { RandomError } from './errors';
import { Generator } from './generator';
import { RandomState, type LegacySeed } from './legacy';
import type { FloatDType, Param, RandomArray } from './result';
import type { SeedEntropy } from './seed-sequence';

export type PyArg = number | bigint | boolean | NDArray;
export type SizeArg = null | undefined | number | bigint | readonly (number | bigint)[];
/** What a call returns: an array, a NumPy scalar (0-d NDArray, isScalar), or a Python float/int. */
export type RandomValue = NDArray | number | bigint | boolean;

/** Runs a sampler, re-throwing its RandomError as the engine's EngineError. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RandomError) throw new EngineError(e.pyType, e.message);
    throw e;
  }
}

function sizeShape(size: SizeArg): number[] | null {
  if (size === null || size === undefined) return null;
  if (typeof size === 'number' || typeof size === 'bigint') return [Number(size)];
  return size.map(Number);
}

/** Converts a plain-data result into the value NumPy returns. */
export function toValue(r: RandomArray): RandomValue {
  const dtype = r.dtype as DType;
  if (r.shape === null) {
    const v = r.data[0];
    if (r.python) {
      if (dtype === 'float64' || dtype === 'float32') return v as number;
      if (dtype === 'bool') return v !== 0;
      return BigInt(v);
    }
    return scalarArray(dtype === 'bool' ? v !== 0 : v, dtype);
  }
  return new NDArray(r.data, r.shape.slice(), dtype);
}

function isArrayArg(x: PyArg): boolean {
  return x instanceof NDArray && x.ndim > 0;
}

function scalarOf(x: PyArg): number {
  if (x instanceof NDArray) return Number(x.get(0));
  return typeof x === 'boolean' ? Number(x) : Number(x);
}

function pyTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * NumPy's `cont()`/`disc()` argument handling: all-scalar parameters give a scalar (size=None)
 * or `size` draws; array parameters broadcast together (and against size) and are flattened.
 */
function floatParams(args: PyArg[], size: SizeArg): { shape: number[] | null; params: Param[] } {
  const shape = sizeShape(size);
  if (!args.some(isArrayArg)) return { shape, params: args.map(scalarOf) };
  const shapes = args.map((a) => (a instanceof NDArray ? a.shape.slice() : []));
  let out: number[];
  if (shape) {
    const b = unwrapRule(broadcastShapes([shape, ...shapes])) as number[];
    if (b.length !== shape.length || b.some((d, i) => d !== shape[i])) {
      throw new EngineError('ValueError', `Output size ${pyTuple(shape)} is not compatible with broadcast dimensions of inputs ${pyTuple(b)}.`);
    }
    out = shape;
  } else out = unwrapRule(broadcastShapes(shapes)) as number[];
  const params = args.map((a) => (a instanceof NDArray && a.ndim > 0 ? (astype(broadcastTo(a, out), 'float64').data as Float64Array) : scalarOf(a)));
  return { shape: out, params };
}

/**
 * uniform with array bounds: NumPy first forms high - low (a ufunc, with its broadcast error),
 * then broadcasts (low, high - low) against size; the samplers recompute high - low per element.
 */
function uniformParams(low: PyArg, high: PyArg, size: SizeArg): { shape: number[] | null; params: Param[] } {
  if (!isArrayArg(low) && !isArrayArg(high)) return floatParams([low, high], size);
  const asArr = (x: PyArg): NDArray => (x instanceof NDArray ? x : scalarArray(scalarOf(x), 'float64', false));
  const range = ufunc2('subtract', asArr(high), asArr(low));
  const { shape } = floatParams([low, range], size);
  const flat = (x: PyArg): Param => (x instanceof NDArray && x.ndim > 0 ? (astype(broadcastTo(x, shape!), 'float64').data as Float64Array) : scalarOf(x));
  return { shape, params: [flat(low), flat(high)] };
}

function bigOf(v: number | bigint | boolean): bigint {
  return typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
}

/** A scalar integer argument (Python int/float/bool or 0-d array) as a bigint. */
function scalarInt(x: PyArg): bigint {
  return x instanceof NDArray ? bigOf(x.get(0)) : bigOf(x);
}

function intDType(d: DType | 'int'): IntDType | 'int' {
  if (d === 'float32' || d === 'float64') throw new EngineError('TypeError', `Unsupported dtype dtype('${d}') for randint`);
  return d;
}

/** Shared by both classes: integers with array low/high go through NumPy's broadcast path. */
function intsBroadcast(bitgen: RandomState['bitgen'] | Generator['bitgen'], low: PyArg, high: PyArg, size: SizeArg, dtype: IntDType, endpoint: boolean, masked: boolean): NDArray {
  const lowArr = low instanceof NDArray ? low : scalarArray(bigOf(low), 'int64', false);
  const highArr = high instanceof NDArray ? high : scalarArray(bigOf(high), 'int64', false);
  const shape = sizeShape(size);
  const out = shape ?? (unwrapRule(broadcastShapes([lowArr.shape, highArr.shape])) as number[]);
  if (shape) unwrapRule(broadcastShapes([lowArr.shape, highArr.shape, shape]));
  const lows = broadcastTo(lowArr, out).toArray().map(bigOf);
  const highs = broadcastTo(highArr, out).toArray().map(bigOf);
  const data = allocInt(dtype, lows.length);
  guard(() => {
    const { offs, rngs } = closedRanges(lows, highs, dtype, endpoint);
    boundedFillEach(bitgen, dtype, offs, rngs, data, masked);
  });
  return new NDArray(data, out.slice(), dtype);
}

function popSizeOf(a: PyArg, axis: number): { pop: number; aIsInt: boolean } {
  if (a instanceof NDArray && a.ndim > 0) return { pop: a.shape[axis], aIsInt: false };
  return { pop: scalarOf(a), aIsInt: true };
}

function pickFrom(a: PyArg, idx: RandomValue, axis: number): RandomValue {
  if (!(a instanceof NDArray && a.ndim > 0)) return idx;
  const items: ({} | number | NDArray)[] = Array.from({ length: axis }, () => ({}));
  if (idx instanceof NDArray) return take(a, idx, axis);
  items.push(Number(idx));
  return getitem(a, items as Parameters<typeof getitem>[1]);
}

function indicesArray(perm: ArrayLike<number>): NDArray {
  const data = new BigInt64Array(perm.length);
  for (let i = 0; i < perm.length; i++) data[i] = BigInt(perm[i]);
  return new NDArray(data, [perm.length], 'int64');
}

function permuteAlong(x: NDArray, perm: ArrayLike<number>, axis: number): NDArray {
  return take(x, indicesArray(perm), axis);
}

function normAxis(axis: number, ndim: number): number {
  const ax = axis < 0 ? axis + ndim : axis;
  if (ax < 0 || ax >= ndim) throw new EngineError('AxisError', `axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return ax;
}

function floatsOf(x: NDArray | readonly number[]): Float64Array {
  return x instanceof NDArray ? (astype(x, 'float64').data as Float64Array) : Float64Array.from(x);
}

function probsOf(p: NDArray | readonly number[] | null | undefined): Float64Array | null {
  if (p === null || p === undefined) return null;
  if (p instanceof NDArray) {
    if (p.ndim !== 1) throw new EngineError('ValueError', "'p' must be 1-dimensional");
    return astype(p, 'float64').data as Float64Array;
  }
  return Float64Array.from(p);
}

/**
 * What both np.random faces share: the samplers whose arguments and plain-data calls are the same
 * for RandomState and Generator (the plain-data methods pick the legacy or Generator algorithm).
 */
abstract class NpSampler {
  constructor(protected readonly sampler: RandomState | Generator) {}

  normal(loc: PyArg = 0, scale: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([loc, scale], size);
    return toValue(guard(() => this.sampler.normal(params[0], params[1], shape)));
  }

  uniform(low: PyArg = 0, high: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = uniformParams(low, high, size);
    return toValue(guard(() => this.sampler.uniform(params[0], params[1], shape)));
  }

  exponential(scale: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([scale], size);
    return toValue(guard(() => this.sampler.exponential(params[0], shape)));
  }

  standardExponential(size: SizeArg = null): RandomValue {
    return toValue(guard(() => this.sampler.standardExponential(sizeShape(size))));
  }

  poisson(lam: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([lam], size);
    return toValue(guard(() => this.sampler.poisson(params[0], shape)));
  }

  binomial(n: PyArg, p: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([n, p], size);
    return toValue(guard(() => this.sampler.binomial(params[0], params[1], shape)));
  }

  lognormal(mean: PyArg = 0, sigma: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([mean, sigma], size);
    return toValue(guard(() => this.sampler.lognormal(params[0], params[1], shape)));
  }

  standardGamma(shapeParam: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([shapeParam], size);
    return toValue(guard(() => this.sampler.standardGamma(params[0], shape)));
  }

  gamma(shapeParam: PyArg, scale: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([shapeParam, scale], size);
    return toValue(guard(() => this.sampler.gamma(params[0], params[1], shape)));
  }

  beta(a: PyArg, b: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([a, b], size);
    return toValue(guard(() => this.sampler.beta(params[0], params[1], shape)));
  }

  chisquare(df: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([df], size);
    return toValue(guard(() => this.sampler.chisquare(params[0], shape)));
  }

  laplace(loc: PyArg = 0, scale: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([loc, scale], size);
    return toValue(guard(() => this.sampler.laplace(params[0], params[1], shape)));
  }

  logistic(loc: PyArg = 0, scale: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([loc, scale], size);
    return toValue(guard(() => this.sampler.logistic(params[0], params[1], shape)));
  }

  triangular(left: PyArg, mode: PyArg, right: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([left, mode, right], size);
    return toValue(guard(() => this.sampler.triangular(params[0], params[1], params[2], shape)));
  }

  standardCauchy(size: SizeArg = null): RandomValue {
    return toValue(guard(() => this.sampler.standardCauchy(sizeShape(size))));
  }

  multinomial(n: PyArg, pvals: NDArray | readonly number[], size: SizeArg = null): NDArray {
    return toValue(guard(() => this.sampler.multinomial(scalarOf(n), floatsOf(pvals), sizeShape(size)))) as NDArray;
  }

  dirichlet(alpha: NDArray | readonly number[], size: SizeArg = null): NDArray {
    return toValue(guard(() => this.sampler.dirichlet(floatsOf(alpha), sizeShape(size)))) as NDArray;
  }

  logseries(p: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([p], size);
    return toValue(guard(() => this.sampler.logseries(params[0], shape)));
  }

  zipf(a: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([a], size);
    return toValue(guard(() => this.sampler.zipf(params[0], shape)));
  }

  noncentralChisquare(df: PyArg, nonc: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([df, nonc], size);
    return toValue(guard(() => this.sampler.noncentralChisquare(params[0], params[1], shape)));
  }

  noncentralF(dfnum: PyArg, dfden: PyArg, nonc: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([dfnum, dfden, nonc], size);
    return toValue(guard(() => this.sampler.noncentralF(params[0], params[1], params[2], shape)));
  }

  gumbel(loc: PyArg = 0, scale: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([loc, scale], size);
    return toValue(guard(() => this.sampler.gumbel(params[0], params[1], shape)));
  }

  weibull(a: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([a], size);
    return toValue(guard(() => this.sampler.weibull(params[0], shape)));
  }

  pareto(a: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([a], size);
    return toValue(guard(() => this.sampler.pareto(params[0], shape)));
  }

  power(a: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([a], size);
    return toValue(guard(() => this.sampler.power(params[0], shape)));
  }

  standardT(df: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([df], size);
    return toValue(guard(() => this.sampler.standardT(params[0], shape)));
  }

  f(dfnum: PyArg, dfden: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([dfnum, dfden], size);
    return toValue(guard(() => this.sampler.f(params[0], params[1], shape)));
  }

  wald(mean: PyArg, scale: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([mean, scale], size);
    return toValue(guard(() => this.sampler.wald(params[0], params[1], shape)));
  }

  rayleigh(scale: PyArg = 1, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([scale], size);
    return toValue(guard(() => this.sampler.rayleigh(params[0], shape)));
  }

  geometric(p: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([p], size);
    return toValue(guard(() => this.sampler.geometric(params[0], shape)));
  }

  negativeBinomial(n: PyArg, p: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([n, p], size);
    return toValue(guard(() => this.sampler.negativeBinomial(params[0], params[1], shape)));
  }

  hypergeometric(ngood: PyArg, nbad: PyArg, nsample: PyArg, size: SizeArg = null): RandomValue {
    const { shape, params } = floatParams([ngood, nbad, nsample], size);
    return toValue(guard(() => this.sampler.hypergeometric(params[0], params[1], params[2], shape)));
  }
}

/** `np.random` / `np.random.RandomState(seed)`: the legacy MT19937 stream. */
export class NpRandomState extends NpSampler {
  readonly state: RandomState;

  constructor(seed?: LegacySeed | null) {
    const state = guard(() => new RandomState(seed));
    super(state);
    this.state = state;
  }

  seed(seed: LegacySeed | NDArray | null = null): void {
    const s = seed instanceof NDArray ? (seed.ndim === 0 ? bigOf(seed.get(0)) : seed.toArray().map(bigOf)) : seed;
    guard(() => this.state.seed(s));
  }

  rand(...dims: number[]): RandomValue {
    return toValue(guard(() => this.state.rand(...dims)));
  }

  randn(...dims: number[]): RandomValue {
    return toValue(guard(() => this.state.randn(...dims)));
  }

  /** random / random_sample / sample / ranf. */
  random(size: SizeArg = null): RandomValue {
    return toValue(guard(() => this.state.randomSample(sizeShape(size))));
  }

  standardNormal(size: SizeArg = null): RandomValue {
    return toValue(guard(() => this.state.standardNormal(sizeShape(size))));
  }

  /** `randint(low, high=None, size=None, dtype=int)`; dtype 'int' is Python's int. */
  randint(low: PyArg, high: PyArg | null = null, size: SizeArg = null, dtype: DType | 'int' = 'int'): RandomValue {
    const dt = intDType(dtype);
    if (isArrayArg(low) || (high !== null && isArrayArg(high))) {
      const [lo, hi] = high === null ? [0n, low] : [low, high];
      return intsBroadcast(this.state.bitgen, lo, hi, size, dt === 'int' ? 'int64' : dt, false, true);
    }
    return toValue(guard(() => this.state.randint(scalarInt(low), high === null ? null : scalarInt(high), sizeShape(size), dt)));
  }

  choice(a: PyArg, size: SizeArg = null, replace = true, p: NDArray | readonly number[] | null = null): RandomValue {
    if (a instanceof NDArray && a.ndim > 1) throw new EngineError('ValueError', 'a must be 1-dimensional');
    const { pop, aIsInt } = popSizeOf(a, 0);
    const idx = toValue(guard(() => this.state.choice(pop, sizeShape(size), replace, probsOf(p), aIsInt)));
    return pickFrom(a, idx, 0);
  }

  permutation(x: PyArg): NDArray {
    if (!(x instanceof NDArray)) return toValue(guard(() => this.state.permutation(Number(x)))) as NDArray;
    if (x.ndim === 0) throw new EngineError('IndexError', 'x must be an integer or at least 1-dimensional');
    return permuteAlong(x, this.state.shufflePermutation(x.shape[0]), 0);
  }

  /** In-place shuffle along axis 0. */
  shuffle(x: NDArray): void {
    if (x.ndim === 0) throw new EngineError('TypeError', 'len() of unsized object');
    assignArray(x, permuteAlong(copy(x), this.state.shufflePermutation(x.shape[0]), 0));
  }
}

/** `np.random.default_rng(seed)`: Generator(PCG64). */
export class NpGenerator extends NpSampler {
  readonly gen: Generator;

  constructor(seed?: SeedEntropy | null) {
    const gen = guard(() => new Generator(seed));
    super(gen);
    this.gen = gen;
  }

  random(size: SizeArg = null, dtype: DType = 'float64'): RandomValue {
    return toValue(guard(() => this.gen.random(sizeShape(size), floatDType(dtype, 'random'))));
  }

  standardNormal(size: SizeArg = null, dtype: DType = 'float64'): RandomValue {
    return toValue(guard(() => this.gen.standardNormal(sizeShape(size), floatDType(dtype, 'standard_normal'))));
  }

  /** `integers(low, high=None, size=None, dtype=np.int64, endpoint=False)`. */
  integers(low: PyArg, high: PyArg | null = null, size: SizeArg = null, dtype: DType = 'int64', endpoint = false): RandomValue {
    const dt = intDType(dtype) as IntDType;
    if (isArrayArg(low) || (high !== null && isArrayArg(high))) {
      const [lo, hi] = high === null ? [0n, low] : [low, high];
      return intsBroadcast(this.gen.bitgen, lo, hi, size, dt, endpoint, false);
    }
    return toValue(guard(() => this.gen.integers(scalarInt(low), high === null ? null : scalarInt(high), sizeShape(size), dt, endpoint)));
  }

  choice(a: PyArg, size: SizeArg = null, replace = true, p: NDArray | readonly number[] | null = null, axis = 0, shuffle = true): RandomValue {
    const ax = a instanceof NDArray && a.ndim > 0 ? normAxis(axis, a.ndim) : 0;
    const { pop, aIsInt } = popSizeOf(a, ax);
    const idx = toValue(guard(() => this.gen.choice(pop, sizeShape(size), replace, probsOf(p), shuffle, aIsInt)));
    return pickFrom(a, idx, ax);
  }

  permutation(x: PyArg, axis = 0): NDArray {
    if (!(x instanceof NDArray)) return toValue(guard(() => this.gen.permutation(Number(x)))) as NDArray;
    const ax = normAxis(axis, x.ndim);
    return permuteAlong(x, this.gen.shufflePermutation(x.shape[ax]), ax);
  }

  /**
   * `permuted(x, axis=None)`: a shuffled copy where every 1-d slice along `axis` (visited in C
   * order of the other axes) gets its own Fisher–Yates pass; axis None shuffles the flat array.
   */
  permuted(x: NDArray, axis: number | null = null): NDArray {
    const out = copy(x);
    const data = out.data as unknown as { [i: number]: unknown };
    const shape = out.shape;
    if (axis === null) {
      const perm = this.gen.shufflePermutation(out.size);
      const old = Array.from({ length: out.size }, (_, i) => data[i]);
      for (let i = 0; i < perm.length; i++) data[i] = old[perm[i]];
      return out;
    }
    const ax = normAxis(axis, out.ndim);
    const len = shape[ax];
    let inner = 1;
    for (let k = ax + 1; k < shape.length; k++) inner *= shape[k];
    const outer = len === 0 ? 0 : out.size / (len * inner);
    for (let o = 0; o < outer; o++) {
      for (let q = 0; q < inner; q++) {
        const base = o * len * inner + q;
        const perm = this.gen.shufflePermutation(len);
        const old = Array.from({ length: len }, (_, i) => data[base + i * inner]);
        for (let i = 0; i < len; i++) data[base + i * inner] = old[perm[i]];
      }
    }
    return out;
  }

  /** In-place shuffle along `axis`. */
  shuffle(x: NDArray, axis = 0): void {
    const ax = normAxis(axis, x.ndim);
    if (x.size === 0) return;
    assignArray(x, permuteAlong(copy(x), this.gen.shufflePermutation(x.shape[ax]), ax));
  }
}

function floatDType(d: DType, fn: string): FloatDType {
  if (d === 'float64' || d === 'float32') return d;
  throw new EngineError('TypeError', `Unsupported dtype dtype('${d}') for ${fn}`);
}

