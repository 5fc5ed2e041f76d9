// Public API of the random module (bit-exact with NumPy 2.4.6 and CPython 3.11 on glibc x86-64).
// glibcLog/glibcExp/glibcPow/glibcSin/glibcCos reproduce glibc's libm bit for bit (0 mismatches
// on 700k arguments each) and can serve Python's math module too; Math.* differs on 3-19%.
//
// NDArray layer (ndarray.ts) — what the interpreter's np.random should call:
//   NpRandomState(seed?)   np.random.* and np.random.RandomState(seed): seed(s), rand(...dims),
//     randn(...dims), random(size) [= random_sample/sample/ranf], standardNormal(size),
//     normal(loc, scale, size), uniform(low, high, size), randint(low, high, size, dtype='int'),
//     choice(a, size, replace, p), permutation(x), shuffle(x) (in place, axis 0), exponential,
//     standardExponential, poisson, binomial(n, p, size), lognormal, standardGamma, gamma, beta,
//     chisquare, laplace, logistic, triangular, standardCauchy, multinomial, dirichlet, gumbel,
//     weibull, pareto, power, standardT, f, wald, rayleigh, geometric, negativeBinomial,
//     hypergeometric, logseries, zipf, noncentralChisquare, noncentralF.
//     `.state` is the RandomState.
//   NpGenerator(seed?)     np.random.default_rng(seed): random(size, dtype), integers(low, high,
//     size, dtype='int64', endpoint), standardNormal(size, dtype), normal, uniform, choice(a, size,
//     replace, p, axis, shuffle), permutation(x, axis), shuffle(x, axis), permuted(x, axis), and the distributions
//     above plus hypergeometric. `.gen` is the Generator (spawn(n), seedSequence).
//   Arguments: number = Python float, bigint = Python int, NDArray (broadcast like NumPy), size =
//   null | int | tuple. Results (RandomValue): NDArray, a NumPy scalar (0-d NDArray, isScalar),
//   or a Python float (number) / int (bigint) exactly where NumPy returns one. Errors: EngineError
//   with NumPy's type and message.
// Plain-data layer (no NDArray): RandomState, Generator, PyRandom take scalars / flat parameter
//   arrays and a shape (null = NumPy's size=None) and return RandomArray {dtype, shape, data,
//   python}; errors are RandomError {pyType, message}. PyRandom is CPython's random.Random:
//   seed(int | null), seedString, seedBytes, seedFloat, random, getrandbits, randbelow, randbytes,
//   randrange, randint, choiceIndex, shufflePermutation, sampleIndices, sampleWithCounts,
//   choicesIndices, uniform, gammavariate, betavariate, paretovariate, weibullvariate,
//   triangular, gauss, normalvariate, lognormvariate, expovariate, getState/setState.
// Inside: sampler.ts holds the samplers RandomState and Generator share (base class Sampler, a
//   `legacy` flag picks NumPy's legacy variants); ndarray.ts's NpSampler does the same for the
//   NDArray faces. Hot paths are BigInt-free and fill typed arrays in bulk: PCG64.fillUint64 /
//   fillDoubles, MT19937.fillDoubles, Uint64Block (block view for the ziggurat loops),
//   bounded.ts's inlined int64 fills; scripts/bench/random.ts times them against NumPy.
// State objects to keep per program run: one NpRandomState (global np.random), one PyRandom
// (module random); each default_rng()/RandomState() call makes its own object.
export { RandomState, type LegacySeed, type RandomStateState } from './legacy';
export { Generator } from './generator';
export { PyRandom, pyFloatHash, type PyInt, type PyRandomState } from './pyrandom';
export { SeedSequence, type SeedEntropy } from './seed-sequence';
export { PCG64, type PCG64State } from './pcg64';
export { MT19937, type MT19937State } from './mt19937';
export type { BitGenerator } from './bit-generator';
export { RandomError, type PyErrorType } from './errors';
export type { IntDType, IntData } from './bounded';
export type { FloatDType, Param, RandomArray, RandomData, RandomDType, Shape } from './result';
export { NpGenerator, NpRandomState, toValue, type PyArg, type RandomValue, type SizeArg } from './ndarray';
export { glibcExp, expInline } from './glibc-exp';
export { glibcLog } from './glibc-log';
export { glibcPow } from './glibc-pow';
export { glibcCos, glibcSin } from './glibc-sincos';
