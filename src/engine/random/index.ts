// Public API of the random module: NumPy's legacy RandomState (np.random.seed / np.random.*),
// NumPy's Generator (np.random.default_rng) with PCG64 and SeedSequence, and CPython's
// random.Random. Everything returns plain typed arrays + shape (RandomArray); see ndarray.ts
// for the NDArray wrappers.
export { RandomState, type LegacySeed, type RandomStateState } from './legacy';
export { Generator } from './generator';
export { PyRandom, type PyInt, type PyRandomState } from './pyrandom';
export { SeedSequence, type SeedEntropy } from './seed-sequence';
export { PCG64, type PCG64State } from './pcg64';
export { MT19937, type MT19937State } from './mt19937';
export type { BitGenerator } from './bit-generator';
export { RandomError, type PyErrorType } from './errors';
export type { IntDType, IntData } from './bounded';
export type { FloatDType, Param, RandomArray, RandomData, RandomDType, Shape } from './result';
export { NpGenerator, NpRandomState, toValue, type PyArg, type RandomValue, type SizeArg } from './ndarray';
