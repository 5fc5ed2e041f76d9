// Public API of the NumPy-exact ndarray engine (src/engine). Everything other areas call is
// re-exported here; import from 'src/engine' (this file), never from the files behind it.
//
// Values and conventions
//   - NDArray (ndarray.ts): strided view {data, shape, strides (elements), offset, dtype, base}.
//     `a.get(flat)` reads an element by flat C-order index: boolean for bool, bigint for
//     int64/uint64, number otherwise. `a.getAt([i,j])`, `a.set(flat, v)`, `for (const v of a)`,
//     `a.toArray()`, `a.size/ndim/itemsize/nbytes/byteStrides/isCContiguous`.
//     `a.isScalar` is true when NumPy would return a NumPy scalar (np.float64(..)) rather than a
//     0-d array: full reductions, integer indexing down to 0-d, ufuncs whose inputs are all 0-d.
//   - Python values cross the API as: number = Python float, bigint = Python int,
//     boolean = Python bool (so `add(a, 1n)` is `a + 1` and `add(a, 1)` is `a + 1.0`, exactly
//     NumPy's NEP 50 weak-scalar semantics). tolist()/item() return values the same way.
//   - Storage: bool Uint8Array; int8..uint32 and float32/64 native typed arrays; int64/uint64
//     BigInt64Array/BigUint64Array (exact; wraparound comes free with the store). See dtype.ts.
//   - Errors: every NumPy error is thrown as EngineError {pyType: 'ValueError'|'AxisError'|...,
//     message: NumPy's exact text} (errors.ts). Shape/dtype decisions come from src/numpy rules.
//   - Allocation cap: setAllocationLimit(bytes) (default 1 GiB); exceeding it throws
//     MemoryError 'Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and
//     data type float64'.
//
// Creation (creation.ts): array(nested, dtype?) / fromNested, asarray, zeros, ones, empty, full,
//   zerosLike, onesLike, emptyLike, fullLike, arange(start, stop?, step?, dtype?),
//   linspace(start, stop, num, endpoint, dtype), eye(n, m?, k, dtype), identity, diag, copy,
//   astype(a, dtype), tolist(a), item(a, i?), scalarArray(v, dtype).

export { NDArray, cStrides, shapeSize, allocate, forEachRow } from './ndarray';
export { type DType, type ElementValue, type TypedArray, DTYPES, ALL_DTYPES, isDType, isFloat, isInteger, dtypeStr } from './dtype';
export { EngineError, type PyErrorType, setAllocationLimit, getAllocationLimit, unwrap } from './errors';
export { type PyScalar, promoteTypes, resultType } from './rules-adapter';
export {
  type Nested,
  type PyNested,
  array,
  fromNested,
  asarray,
  zeros,
  ones,
  empty,
  full,
  zerosLike,
  onesLike,
  emptyLike,
  fullLike,
  arange,
  linspace,
  linspaceStep,
  eye,
  identity,
  diag,
  copy,
  astype,
  tolist,
  item,
  toPython,
  scalarArray,
} from './creation';
