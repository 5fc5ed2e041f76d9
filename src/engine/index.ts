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
// Ufuncs (ufunc.ts): ufunc2(name, x, y, {out, dtype}) for every binary ufunc by NumPy name
//   ('add', 'subtract', 'multiply', 'divide', 'floor_divide', 'remainder', 'power', 'maximum',
//   'less', 'bitwise_and', 'logical_or', 'arctan2', ...; list: BINARY_UFUNCS) and
//   ufunc1(name, x, {out}) for unary ones ('negative', 'absolute', 'sqrt', 'exp', 'isnan',
//   'floor', 'rint', 'invert', ...; UNARY_UFUNCS). In-place `a += b` is ufunc2('add', a, b,
//   {out: a}) (NumPy's same_kind check included). assignArray(dst, src) copies with broadcast.
//   clip(a, lo, hi), round(a, decimals), copyto(dst, src, casting, where), ascontiguousarray,
//   asfortranarray, fortranCopy, tri (misc.ts), where(cond, x, y) (reduce.ts).
// Reductions (reduce.ts), opts = {axis, keepdims, dtype, out, ddof}: sum prod mean std var_ max
//   min ptp all any median nansum nanprod nanmean nanstd nanvar nanmax nanmin, average(a, axis,
//   weights), countNonzero(a, axis); argmax/argmin/nanargmax/nanargmin(a, axis, keepdims);
//   cumsum/cumprod/nancumsum/nancumprod(a, axis, dtype). Results of full reductions are 0-d
//   arrays with isScalar = true.
// Shape ops (shape.ts): reshape ravel flatten transpose swapaxes moveaxis squeeze expandDims
//   broadcastTo flip concatenate stack vstack hstack dstack columnStack split arraySplit tile
//   repeat atleast1d/2d/3d, view.
// Memory views (views.ts): viewAs(a, dtype) (ndarray.view(dtype)), asStrided, slidingWindowView,
//   sharesMemory (exact np.shares_memory), mayShareBounds (np.may_share_memory).
// Indexing (indexing.ts): getitem(a, items), setitem(a, items, value) where items is a list of
//   Index = number | bigint | {start, stop, step} | null (newaxis) | '...' | NDArray | boolean;
//   take, nonzero, argwhere, sliceIndices.
// Linear algebra (linalg.ts): matmul dot vdot inner outer tensordot inv solve det norm;
//   einsum (einsum.ts: NumPy's C einsum walk and sum-of-products kernels, bit-exact).
// Sorting (sort.ts): sort argsort (NumPy's default order, or kind 'stable') unique({returnIndex, returnInverse, returnCounts})
//   searchsorted(a, v, side, sorter).
//
// Exactness (proved by test/engine/golden.test.ts against NumPy 2.4.6, see
// scripts/golden/engine_values.py): everything bit-exact except transcendental ufuncs (<= 2 ulp;
// V8's libm vs glibc/SIMD) and matmul/dot/tensordot/linalg (relative to the largest |value|
// <= 1e-9 float64, 1e-5 float32; OpenBLAS/LAPACK order differs), except float64 (...,N,K)@(K,) with
// K <= 3, N >= 2, which follows OpenBLAS dgemv_t's FMA row tail bit for bit (linalg.ts, fma.ts). float64/float32 sums follow
// NumPy's reduction order exactly (reduce.ts header). argsort/sort follow NumPy 2.4's default
// order on x86-64 AVX-512 ties included (sort-numpy.ts), or the stable order for kind='stable'.
//   - complex64/complex128 (complex.ts, complex-math.ts): one immutable Complex {re, im} per slot
//     in a plain Array (Python complex values cross the API as Complex too). Arithmetic,
//     comparisons, abs, exp/log/sqrt, power, sum/prod/mean, astype and round follow NumPy's
//     loops and glibc (checked by test/engine/complex.test.ts); realPart/imagPart return copies
//     (setComplexPart writes `a.real = v`); complex trig/hyperbolic ufuncs raise NotImplementedError.
// Run-time-only dtypes (kept out of the static DType union so rule-facing code keeps its types):
//   - str arrays, dtype 'U<n>' (NumPy '<Un'; strings.ts): elements are JS strings in a plain
//     Array. array() of str values, astype to/from str, comparisons and add (concatenation),
//     where, concatenate, indexing, sort/argsort/unique; other ufuncs raise NumPy's errors.
//     isStrDType(d) / strDType(width) / mixedStrEquality (the `==` operator's fallback).
//   - float16: Float32Array storage, every store rounded to half (dtype.ts roundToHalf); ufunc
//     results computed in float32 and rounded, like NumPy; float16 sums/products raise.
// Kernels: ufunc loops are compiled per (kernel, array types) with
// new Function (closure fallback under strict CSP, kernels.ts); float64 matmul uses a WASM SIMD
// micro-kernel (wasm-gemm.ts) with a JS fallback; int64 moves through 32-bit word views where
// values allow (dtype.ts int64Words). Benchmark: npm run bench:engine.
// WebAssembly heap (wasm/heap.ts): numeric arrays of 4 KiB and more live in one shared
// WebAssembly.Memory so SIMD kernels (wasm/simd.ts) work on them in place; plain typed arrays
// where shared memory is unavailable. mayShareMemory(x.data, y.data) is the overlap test to use
// instead of comparing `.buffer` (heap arrays share one buffer). setHeapEnabled / setHeapLimit /
// heapStats; NDArray.dispose() frees a heap block at once (else the GC does).

export { NDArray, cStrides, shapeSize, allocate, forEachRow } from './ndarray';
export { mayShareMemory, setHeapEnabled, setHeapLimit, heapStats, isHeapArray } from './wasm/heap';
export { type DType, type ElementValue, type TypedArray, DTYPES, ALL_DTYPES, isDType, isFloat, isInteger, dtypeStr, isStrDType, strDType, strWidth, isHalf, roundToHalf } from './dtype';
export { isStrArray, mixedStrEquality } from './strings';
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
export { type Operand, ufunc1, ufunc2, assignArray, broadcastStrides, BINARY_UFUNCS, UNARY_UFUNCS } from './ufunc';
export { clip, round, copyto, ascontiguousarray, asfortranarray, fortranCopy, tri } from './misc';
export {
  type ReduceOptions,
  type Axis,
  sum,
  prod,
  mean,
  std,
  var_,
  max,
  min,
  ptp,
  all,
  any,
  median,
  nansum,
  nanprod,
  nanmean,
  nanstd,
  nanvar,
  nanmax,
  nanmin,
  average,
  countNonzero,
  argmax,
  argmin,
  nanargmax,
  nanargmin,
  cumsum,
  cumprod,
  nancumsum,
  nancumprod,
  where,
  pairwiseSum,
} from './reduce';
export {
  view,
  reshape,
  ravel,
  flatten,
  transpose,
  swapaxes,
  moveaxis,
  squeeze,
  expandDims,
  broadcastTo,
  flip,
  concatenate,
  stack,
  vstack,
  hstack,
  dstack,
  columnStack,
  split,
  arraySplit,
  tile,
  repeat,
  atleast1d,
  atleast2d,
  atleast3d,
} from './shape';
export { type Index, type Slice, getitem, setitem, take, nonzero, argwhere, sliceIndices } from './indexing';
export { matmul, dot, vdot, inner, outer, tensordot, inv, solve, det, norm } from './linalg';
export { einsum } from './einsum';
export { sort, argsort, argpartition, partition, parseSortKind, type SortKind, unique, searchsorted, type UniqueResult } from './sort';
export { viewAs, asStrided, slidingWindowView, sharesMemory, mayShareBounds } from './views';
// Decompositions and API-coverage extras, owned by the API-coverage helper (decomp.ts, extras.ts):
export { cholesky, qr, eigh, eigvalsh, svd, lstsq, pinv, matrixRank, slogdet, matrixPower, type QrMode } from './decomp';
export { bincount, histogram, convolve, correlate, insert, deleteItems, takeAlongAxis, putAlongAxis, fillDiagonal, logspace, polyval, polyfit, ix, broadcastShapes, ufuncAt, ufuncAtFlat, iinfo, finfo,
  diff, roll, meshgrid, interp, append, pad, cov, corrcoef, isin, union1d, intersect1d, setdiff1d, unravelIndex, trilIndices, digitize, flatnonzero, resize, vander, cross, kron,
  geomspace, trapezoid, gradient, select, lexsort, rot90, indices, diagIndices, ravelMultiIndex, arrayEquiv, ediff1d, put, compress, extract,
  nanmedian, nanquantile, window, polyder, polyint, polyadd, histogramBinEdges, type HistogramResult, type IInfo, type FInfo } from './extras';
export { Complex, pyComplexPow, pyComplexQuot } from './complex-math';
export { realPart, imagPart, setComplexPart, isComplexOperand, isRealElementwise } from './complex';
export { isComplexDType } from './dtype';
export { fftAlongAxis } from './fft';
