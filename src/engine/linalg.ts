// Linear algebra: matmul/@ (batched, 1-D promotion), dot, vdot, inner, outer, tensordot, einsum
// (any explicit/implicit subscripts, by direct summation), and linalg inv/solve/det/norm via LU
// with partial pivoting (LAPACK getrf's pivot choice: first largest |a|). Shapes, dtypes and
// error texts come from src/numpy. float64 matmul/dot/gemv follow NumPy's BLAS dispatch and
// OpenBLAS's summation order (blas.ts); float32 products follow sgemm / ssyrk / sdot / sgemv_t /
// sgemv_n the same way (non-BLAS float32 vector views: float64 sums rounded once). det follows
// NumPy's sign * exp(sum(log|u_ii|)) formula, so det([[1,2],[3,4]]) is -2.0000000000000004.

import {
  matmulShape, dotShape, innerShape, tensordotShape, einsumPlan, resolveUfunc, invShape, solveShape, detShape,
  linalgDType, normShape, normDType, type TensordotAxes,
} from '../numpy';
import { DTYPES, type DType, isComplexDType } from './dtype';
import { complexProduct, imagPart, realPart, refuseComplex } from './complex';
import { EngineError, unwrap, valueError } from './errors';
import { NDArray, allocate, allocateUninit, cStrides, shapeSize } from './ndarray';
import { astype, copy, scalarArray } from './creation';
import { engineDType, ufunc1, ufunc2, assignArray } from './ufunc';
import { reshape, transpose, ravel, broadcastTo } from './shape';
import { sum, max, min } from './reduce';
import { wasmGemm, wasmGemmFused } from './wasm-gemm';
import { matmulBlas, sdot, sgemm, sgemvN, sgemvT } from './blas';

type Num = { [i: number]: number; length: number };

/** Packing buffers of the JS gemm, reused between calls up to SCRATCH_KEEP elements. */
let scratchA = new Float64Array(0);
let scratchB = new Float64Array(0);
const SCRATCH_KEEP = 1 << 20;

/**
 * JS fallback of wasm-gemm.ts (same results bit for bit): C = A(MxK) @ B(KxN), A and B any
 * strided float64 views (element strides), C row-major contiguous. B is packed into 4-column
 * panels and A into 4-row panels (k-major, zero-padded), and a 4x4 register-blocked
 * micro-kernel sums each C tile over k in order: all loads are unit-stride and 16 partial sums
 * stay in registers.
 */
function gemm(
  A: Float64Array, ao: number, ars: number, acs: number,
  B: Float64Array, bo: number, brs: number, bcs: number,
  C: Float64Array, co: number, M: number, K: number, N: number,
): void {
  const nPanels = Math.ceil(N / 4);
  const Bp = scratchB.length >= nPanels * K * 4 ? scratchB : new Float64Array(nPanels * K * 4);
  const Ap = scratchA.length >= K * 4 ? scratchA : new Float64Array(K * 4);
  if (Bp.length <= SCRATCH_KEEP) scratchB = Bp;
  if (Ap.length <= SCRATCH_KEEP) scratchA = Ap;
  for (let jp = 0; jp < nPanels; jp++) {
    const j0 = jp * 4;
    const base = jp * K * 4;
    const w = Math.min(4, N - j0);
    for (let k = 0; k < K; k++) {
      const src = bo + k * brs + j0 * bcs;
      const dst = base + k * 4;
      for (let c = 0; c < w; c++) Bp[dst + c] = B[src + c * bcs];
    }
  }
  for (let i0 = 0; i0 < M; i0 += 4) {
    const h = Math.min(4, M - i0);
    Ap.fill(0, 0, K * 4);
    for (let r = 0; r < h; r++) {
      const src = ao + (i0 + r) * ars;
      for (let k = 0; k < K; k++) Ap[k * 4 + r] = A[src + k * acs];
    }
    for (let jp = 0; jp < nPanels; jp++) {
      const base = jp * K * 4;
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      for (let k = 0; k < K; k++) {
        const ak = k * 4;
        const bk = base + ak;
        const a0 = Ap[ak], a1 = Ap[ak + 1], a2 = Ap[ak + 2], a3 = Ap[ak + 3];
        const b0 = Bp[bk], b1 = Bp[bk + 1], b2 = Bp[bk + 2], b3 = Bp[bk + 3];
        c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
        c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
        c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
      }
      const j0 = jp * 4;
      const w = Math.min(4, N - j0);
      storeRow(C, co + i0 * N + j0, w, c00, c01, c02, c03);
      if (h > 1) storeRow(C, co + (i0 + 1) * N + j0, w, c10, c11, c12, c13);
      if (h > 2) storeRow(C, co + (i0 + 2) * N + j0, w, c20, c21, c22, c23);
      if (h > 3) storeRow(C, co + (i0 + 3) * N + j0, w, c30, c31, c32, c33);
    }
  }
}

function storeRow(C: Float64Array, o: number, w: number, x0: number, x1: number, x2: number, x3: number): void {
  C[o] = x0;
  if (w > 1) C[o + 1] = x1;
  if (w > 2) C[o + 2] = x2;
  if (w > 3) C[o + 3] = x3;
}

/**
 * C(M) = A(MxK) @ x(K) (N = 1), each row summed over k in order from +0 like gemm, read in place:
 * four rows at a time so that four independent sums hide the add latency (packing A for the
 * gemm kernel would cost more than the whole product).
 */
function gemvRows(A: Float64Array, ao: number, ars: number, acs: number, X: Float64Array, xo: number, xs: number, C: Float64Array, co: number, M: number, K: number): void {
  const x = new Float64Array(K);
  for (let k = 0; k < K; k++) x[k] = X[xo + k * xs];
  let i = 0;
  for (; i + 4 <= M; i += 4) {
    let o0 = ao + i * ars;
    let o1 = o0 + ars, o2 = o1 + ars, o3 = o2 + ars;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let k = 0; k < K; k++) {
      const xk = x[k];
      s0 += A[o0] * xk;
      s1 += A[o1] * xk;
      s2 += A[o2] * xk;
      s3 += A[o3] * xk;
      o0 += acs;
      o1 += acs;
      o2 += acs;
      o3 += acs;
    }
    C[co + i] = s0;
    C[co + i + 1] = s1;
    C[co + i + 2] = s2;
    C[co + i + 3] = s3;
  }
  for (; i < M; i++) {
    let s = 0;
    for (let k = 0, o = ao + i * ars; k < K; k++, o += acs) s += A[o] * x[k];
    C[co + i] = s;
  }
}

/**
 * C(N) = x(K) @ B(KxN) (M = 1): C[j] starts at +0 and takes x[k] * B[k, j] for k in order, as
 * in gemm, streaming B row by row (four rows per pass over C).
 */
function vecmatRows(X: Float64Array, xo: number, xs: number, B: Float64Array, bo: number, brs: number, bcs: number, C: Float64Array, co: number, K: number, N: number): void {
  C.fill(0, co, co + N);
  let k = 0;
  for (; k + 4 <= K; k += 4) {
    const x0 = X[xo + k * xs], x1 = X[xo + (k + 1) * xs], x2 = X[xo + (k + 2) * xs], x3 = X[xo + (k + 3) * xs];
    let b0 = bo + k * brs;
    let b1 = b0 + brs, b2 = b1 + brs, b3 = b2 + brs;
    for (let j = 0; j < N; j++) {
      C[co + j] = C[co + j] + x0 * B[b0] + x1 * B[b1] + x2 * B[b2] + x3 * B[b3];
      b0 += bcs;
      b1 += bcs;
      b2 += bcs;
      b3 += bcs;
    }
  }
  for (; k < K; k++) {
    const xk = X[xo + k * xs];
    for (let j = 0, b = bo + k * brs; j < N; j++, b += bcs) C[co + j] += xk * B[b];
  }
}

function gemmBig(A: BigInt64Array | BigUint64Array, ao: number, B: BigInt64Array | BigUint64Array, bo: number, C: BigInt64Array | BigUint64Array, co: number, M: number, K: number, N: number): void {
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0n;
      for (let k = 0; k < K; k++) s += A[ao + i * K + k] * B[bo + k * N + j];
      C[co + i * N + j] = s;
    }
}

/** np.matmul(a, b) / a @ b. */
export function matmul(a: NDArray, b: NDArray, out?: NDArray): NDArray {
  const shape = unwrap(matmulShape(a.shape, b.shape, out?.shape)) as number[];
  const loop = unwrap(resolveUfunc('matmul', [a.dtype, b.dtype]));
  const dt = engineDType(loop.outputs[0], 'np.matmul');
  const a2 = a.ndim === 1 ? reshape(a, [1, a.shape[0]]) : a;
  const b2 = b.ndim === 1 ? reshape(b, [b.shape[0], 1]) : b;
  const M = a2.shape[a2.ndim - 2];
  const K = a2.shape[a2.ndim - 1];
  const N = b2.shape[b2.ndim - 1];
  const batch = shape.slice(0, shape.length - (a.ndim === 1 ? 0 : 1) - (b.ndim === 1 ? 0 : 1));
  // computation dtype: floats in float64; ints and bools in int64/uint64 (then wrapped to the
  // result dtype), on the float64 kernels when that is exact, else by BigInt sums
  const isF = DTYPES[dt].kind === 'f';
  const work: DType = isF ? 'float64' : dt === 'bool' ? 'int64' : DTYPES[dt].kind === 'u' ? 'uint64' : 'int64';
  let r: NDArray;
  if (isComplexDType(dt)) {
    r = complexProduct(a2, b2, batch, M, K, N, dt, broadcastTo);
  } else if (dt === 'float32' && a.dtype === 'float32' && b.dtype === 'float32' && K > 0 && float32Modelled(a2, b2, M, N)) {
    r = float32Product(a2, b2, batch, M, K, N);
  } else if (isF) {
    // float64 operands are read in place through their strides; other floats are cast first
    const C = float64Product(asFloat64(a2), asFloat64(b2), batch, M, K, N, true);
    if (dt === 'float64') r = C;
    else if (dt === 'float32') {
      // a typed-array copy rounds each element to nearest float32, as the cast does
      r = allocateUninit(C.shape, 'float32');
      (r.data as Float32Array).set(C.data as Float64Array);
      C.dispose();
    } else r = astype(C, dt);
  } else {
    r = exactIntegerProduct(a2, b2, batch, M, K, N, dt) ?? (() => {
      const C = bigIntProduct(a2, b2, batch, M, K, N, work);
      return work === dt ? C : dt === 'bool' ? ufunc2('not_equal', C, 0n) : astype(C, dt);
    })();
  }
  r = new NDArray(r.data, shape, r.dtype);
  if (out) {
    assignArray(out, r);
    return out;
  }
  if (r.ndim === 0) r.isScalar = true;
  return r;
}

/** The stacked product of float64 views a (..., M, K) and b (..., K, N), batch-broadcast. */
function float64Product(a: NDArray, b: NDArray, batch: number[], M: number, K: number, N: number, blasOrder: boolean): NDArray {
  const A = broadcastTo(a, [...batch, M, K]);
  const B = broadcastTo(b, [...batch, K, N]);
  const C = allocateUninit([...batch, M, N], 'float64'); // every element is written
  const aOffs = batchOffsets(A);
  const bOffs = batchOffsets(B);
  const [ars, acs] = A.strides.slice(-2);
  const [brs, bcs] = B.strides.slice(-2);
  const [ad, bd, cd] = [A.data as Float64Array, B.data as Float64Array, C.data as Float64Array];
  // floats: OpenBLAS's routines and order (blas.ts); exact integer sums: any order, fastest kernel
  if (blasOrder || wasmGemmFused()) {
    for (let t = 0; t < aOffs.length; t++)
      matmulBlas(ad, aOffs[t], ars, acs, bd, bOffs[t], brs, bcs, cd, t * M * N, M, K, N, t > 0 && bOffs[t] === bOffs[t - 1]);
    return C;
  }
  for (let t = 0; t < aOffs.length; t++) {
    if (N === 1) gemvRows(ad, aOffs[t], ars, acs, bd, bOffs[t], brs, cd, t * M, M, K);
    else if (M === 1) vecmatRows(ad, aOffs[t], acs, bd, bOffs[t], brs, bcs, cd, t * N, K, N);
    else if (!wasmGemm(ad, aOffs[t], ars, acs, bd, bOffs[t], brs, bcs, cd, t * M * N, M, K, N, t > 0 && bOffs[t] === bOffs[t - 1]))
      gemm(ad, aOffs[t], ars, acs, bd, bOffs[t], brs, bcs, cd, t * M * N, M, K, N);
  }
  return C;
}

/**
 * Whether OpenBLAS's float32 order is modelled for this shape: matrix @ matrix (sgemm), vector .
 * vector (sdot), gemv with a BLAS-able matrix and positive vector stride (sgemv_t / sgemv_n).
 */
function float32Modelled(a: NDArray, b: NDArray, M: number, N: number): boolean {
  if (M > 1 && N > 1) return true;
  if (M === 1 && N === 1) return true;
  const K = a.shape[a.ndim - 1];
  const [ars, acs] = a.strides.slice(-2);
  const [brs, bcs] = b.strides.slice(-2);
  // gemv: a BLAS-able matrix (C- or Fortran-ordered) and a vector with a positive stride
  if (N === 1) return brs > 0 && ((acs === 1 && ars >= K) || (ars === 1 && acs >= M));
  return acs > 0 && ((bcs === 1 && brs >= N) || (brs === 1 && bcs >= K));
}

/** The stacked float32 product of float32 views in OpenBLAS's order (sgemm, sdot, sgemv). */
function float32Product(a: NDArray, b: NDArray, batch: number[], M: number, K: number, N: number): NDArray {
  const A = broadcastTo(a, [...batch, M, K]);
  const B = broadcastTo(b, [...batch, K, N]);
  const C = allocateUninit([...batch, M, N], 'float32');
  const aOffs = batchOffsets(A);
  const bOffs = batchOffsets(B);
  const [ars, acs] = A.strides.slice(-2);
  const [brs, bcs] = B.strides.slice(-2);
  const [ad, bd, cd] = [A.data as Float32Array, B.data as Float32Array, C.data as Float32Array];
  for (let t = 0; t < aOffs.length; t++) {
    if (M === 1 && N === 1) cd[t] = sdot(K, ad, aOffs[t], acs, bd, bOffs[t], brs);
    else if (N === 1) {
      // NumPy's gemv: a C-ordered matrix goes to sgemv_t, a Fortran-ordered one to sgemv_n
      if (acs === 1 && ars >= K) sgemvT(K, M, ad, aOffs[t], ars, bd, bOffs[t], brs, cd, t * M);
      else sgemvN(M, K, ad, aOffs[t], acs, bd, bOffs[t], brs, cd, t * M);
    } else if (M === 1) {
      // vector @ matrix: gemv on b (Fortran-ordered b: sgemv_t; C-ordered: sgemv_n)
      if (brs === 1 && bcs >= K) sgemvT(K, N, bd, bOffs[t], bcs, ad, aOffs[t], acs, cd, t * N);
      else sgemvN(N, K, bd, bOffs[t], brs, ad, aOffs[t], acs, cd, t * N);
    }
    else sgemm(ad, aOffs[t], ars, acs, bd, bOffs[t], brs, bcs, cd, t * M * N, M, K, N);
  }
  return C;
}

/**
 * Integer (and bool) products on the float64 kernels, when that is exact: with every |a| * |b|
 * * K below 2**53, each product and each partial sum is an integer float64 holds exactly, so
 * the result is the true integer sum, whose value modulo 2**64 is what NumPy's wrapping int64
 * loop gives (and its low bits what the narrower integer loops give). Returns null when the
 * bound does not hold (the caller then sums BigInts). The result is in the integer or bool
 * result dtype `dt`; 64-bit results are written through 32-bit words.
 */
function exactIntegerProduct(a: NDArray, b: NDArray, batch: number[], M: number, K: number, N: number, dt: DType): NDArray | null {
  const af = asFloat64(a);
  const bf = asFloat64(b);
  const ma = maxAbs(af.data as Float64Array);
  const mb = maxAbs(bf.data as Float64Array);
  if (!(ma === 0 || mb === 0 || ma * mb * K < 2 ** 53)) return null;
  const Cf = float64Product(af, bf, batch, M, K, N, false);
  const cd = Cf.data as Float64Array;
  const C = allocateUninit([...batch, M, N], dt);
  const n = cd.length;
  if (dt === 'int64' || dt === 'uint64') {
    const words = new Int32Array(C.data.buffer, C.data.byteOffset, 2 * n);
    for (let i = 0; i < n; i++) {
      const v = cd[i];
      const hi = Math.floor(v / 4294967296);
      words[2 * i] = v - hi * 4294967296;
      words[2 * i + 1] = hi;
    }
  } else if (dt === 'bool') {
    const out = C.data as Uint8Array;
    for (let i = 0; i < n; i++) out[i] = cd[i] !== 0 ? 1 : 0;
  } else {
    // a typed-array store of an integer wraps it modulo 2**bits, as NumPy's fixed-width loop does
    (C.data as Int32Array).set(cd);
  }
  Cf.dispose();
  return C;
}

/**
 * A float64 array of a's values: `a` itself when float64, else a C-contiguous conversion (each
 * value rounded once to nearest; 64-bit integers through their 32-bit words: hi * 2**32 + lo is
 * exact below 2**53 and one correct rounding above).
 */
function asFloat64(a: NDArray): NDArray {
  if (a.dtype === 'float64') return a;
  const src = a.contiguousData();
  let d: Float64Array;
  if (src instanceof BigInt64Array || src instanceof BigUint64Array) {
    const w = new Int32Array(src.buffer, src.byteOffset, 2 * src.length);
    d = new Float64Array(src.length);
    if (src instanceof BigInt64Array) for (let i = 0; i < d.length; i++) d[i] = w[2 * i + 1] * 4294967296 + (w[2 * i] >>> 0);
    else for (let i = 0; i < d.length; i++) d[i] = (w[2 * i + 1] >>> 0) * 4294967296 + (w[2 * i] >>> 0);
  } else {
    // .set converts in a native loop; the Float64Array(typedArray) constructor is ~10x slower in V8
    d = new Float64Array(src.length);
    d.set(src as ArrayLike<number>);
  }
  return new NDArray(d, a.shape.slice(), 'float64');
}

function maxAbs(d: Float64Array): number {
  let m = 0;
  for (let i = 0; i < d.length; i++) {
    const v = Math.abs(d[i]);
    if (v > m) m = v;
  }
  return m;
}

/** Integer products by BigInt sums (int64 wrap-around), for values too large for float64. */
function bigIntProduct(a: NDArray, b: NDArray, batch: number[], M: number, K: number, N: number, work: DType): NDArray {
  const A = contiguousAs(broadcastTo(a, [...batch, M, K]), work);
  const B = contiguousAs(broadcastTo(b, [...batch, K, N]), work);
  const C = allocate([...batch, M, N], work);
  const nb = shapeSize(batch);
  for (let t = 0; t < nb; t++)
    gemmBig(A.data as BigInt64Array, t * M * K, B.data as BigInt64Array, t * K * N, C.data as BigInt64Array, t * M * N, M, K, N);
  return C;
}

/** Buffer offset of each matrix of a stack (all but the last two dims), in C order. */
function batchOffsets(a: NDArray): ArrayLike<number> {
  const nd = a.ndim;
  return new NDArray(a.data, a.shape.slice(0, nd - 2), a.dtype, a.strides.slice(0, nd - 2), a.offset).slots();
}

function contiguousAs(a: NDArray, dt: DType): NDArray {
  const c = a.dtype === dt ? copy(a) : astype(a, dt);
  return c;
}

/** np.dot(a, b). */
export function dot(a: NDArray, b: NDArray): NDArray {
  const shape = unwrap(dotShape(a.shape, b.shape)) as number[];
  if (a.ndim === 0 || b.ndim === 0) return ufunc2('multiply', a, b);
  if (b.ndim <= 2) {
    const r = matmul(a, b);
    return r.ndim === shape.length ? r : reshape(r, shape);
  }
  return tensordot(a, b, [[a.ndim - 1], [b.ndim - 2]]);
}

/** np.vdot(a, b): flattened dot product. */
export function vdot(a: NDArray, b: NDArray): NDArray {
  if (a.size !== b.size) throw valueError(`cannot reshape array of size ${b.size} into shape (${a.size},)`);
  // vdot conjugates its first argument
  return matmul(isComplexDType(a.dtype) ? ufunc1('conjugate', ravel(a)) : ravel(a), ravel(b));
}

/** np.inner(a, b): sum over the last axes. */
export function inner(a: NDArray, b: NDArray): NDArray {
  unwrap(innerShape(a.shape, b.shape));
  if (a.ndim === 0 || b.ndim === 0) return ufunc2('multiply', a, b);
  return tensordot(a, b, [[a.ndim - 1], [b.ndim - 1]]);
}

/** np.outer(a, b). */
export function outer(a: NDArray, b: NDArray): NDArray {
  const x = ravel(a);
  const y = ravel(b);
  return ufunc2('multiply', reshape(x, [x.size, 1]), reshape(y, [1, y.size]));
}

/** np.tensordot(a, b, axes=2). */
export function tensordot(a: NDArray, b: NDArray, axes: TensordotAxes = 2): NDArray {
  const shape = unwrap(tensordotShape(a.shape, b.shape, axes)) as number[];
  let axA: number[];
  let axB: number[];
  if (typeof axes === 'number') {
    axA = [];
    axB = [];
    for (let i = 0; i < axes; i++) {
      axA.push(a.ndim - axes + i);
      axB.push(i);
    }
  } else {
    axA = (typeof axes[0] === 'number' ? [axes[0]] : [...axes[0]]).map((x) => (x < 0 ? x + a.ndim : x));
    axB = (typeof axes[1] === 'number' ? [axes[1]] : [...axes[1]]).map((x) => (x < 0 ? x + b.ndim : x));
  }
  const freeA = [...a.shape.keys()].filter((k) => !axA.includes(k));
  const freeB = [...b.shape.keys()].filter((k) => !axB.includes(k));
  const K = axA.reduce((p, k) => p * a.shape[k], 1);
  const Ma = freeA.reduce((p, k) => p * a.shape[k], 1);
  const Nb = freeB.reduce((p, k) => p * b.shape[k], 1);
  const at = reshape(transpose(a, [...freeA, ...axA]), [Ma, K]);
  const bt = reshape(transpose(b, [...axB, ...freeB]), [K, Nb]);
  const r = matmul(at, bt);
  const res = reshape(r, shape);
  if (res.ndim === 0) res.isScalar = true;
  return res;
}

/** np.einsum(subscripts, *operands) by direct summation (float64 accumulate for floats). */
export function einsum(subscripts: string, operands: readonly NDArray[]): NDArray {
  const plan = unwrap(einsumPlan(subscripts, operands.map((o) => o.shape)));
  let dt = operands[0].dtype as DType;
  for (const o of operands.slice(1)) dt = engineDType(unwrap(resolveUfunc('multiply', [dt, o.dtype])).outputs[0], 'np.einsum');
  const outLabels = plan.output as string[];
  const allLabels: string[] = [];
  for (const l of [...outLabels, ...plan.inputs.flat()]) if (!allLabels.includes(l)) allLabels.push(l);
  const size = (l: string) => {
    let s = 1;
    plan.inputs.forEach((labs, i) => labs.forEach((x, k) => { if (x === l) s = Math.max(s, operands[i].shape[k]); }));
    return s;
  };
  const sizes = allLabels.map(size);
  const sumLabels = allLabels.filter((l) => !outLabels.includes(l));
  const outShape = outLabels.map((l) => sizes[allLabels.indexOf(l)]);
  const isF = DTYPES[dt].kind === 'f';
  const work: DType = isF ? 'float64' : DTYPES[dt].kind === 'u' ? 'uint64' : 'int64';
  const ops = operands.map((o) => (o.dtype === work ? o : astype(o, work)));
  // per operand, stride of each label (0 for broadcast/absent)
  const strideOf = ops.map((o, i) => allLabels.map((l) => {
    let s = 0;
    plan.inputs[i].forEach((x, k) => { if (x === l && o.shape[k] !== 1) s += o.strides[k]; });
    return s;
  }));
  const out = allocate(outShape, work);
  const od = out.data as unknown as { [i: number]: number | bigint };
  const nOut = shapeSize(outShape);
  const sumIdx = sumLabels.map((l) => allLabels.indexOf(l));
  const outIdx = outLabels.map((l) => allLabels.indexOf(l));
  const nSum = sumIdx.reduce((p, k) => p * sizes[k], 1);
  const idx = new Array<number>(allLabels.length).fill(0);
  for (let o = 0; o < nOut; o++) {
    let rem = o;
    for (let k = outIdx.length - 1; k >= 0; k--) {
      const s = sizes[outIdx[k]];
      idx[outIdx[k]] = rem % s;
      rem = Math.floor(rem / s);
    }
    let acc: number | bigint = isF ? 0 : 0n;
    for (let t = 0; t < nSum; t++) {
      let r2 = t;
      for (let k = sumIdx.length - 1; k >= 0; k--) {
        const s = sizes[sumIdx[k]];
        idx[sumIdx[k]] = r2 % s;
        r2 = Math.floor(r2 / s);
      }
      let p: number | bigint = isF ? 1 : 1n;
      for (let i = 0; i < ops.length; i++) {
        let off = ops[i].offset;
        const st = strideOf[i];
        for (let k = 0; k < idx.length; k++) off += idx[k] * st[k];
        p = (p as number) * (ops[i].data[off] as number);
      }
      acc = (acc as number) + (p as number);
    }
    od[o] = acc;
  }
  const r = work === dt ? out : astype(out, dt);
  if (r.ndim === 0) r.isScalar = true;
  return r;
}

// ---------------------------------------------------------------- LU-based linalg

/** In-place LU (row-major n x n) with partial pivoting; returns pivot sign or 0 if singular. */
function luFactor(a: Float64Array, n: number, perm: Int32Array): number {
  let sign = 1;
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > best) {
        best = v;
        p = i;
      }
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j];
        a[k * n + j] = a[p * n + j];
        a[p * n + j] = t;
      }
      const t = perm[k];
      perm[k] = perm[p];
      perm[p] = t;
      sign = -sign;
    }
    const piv = a[k * n + k];
    if (piv === 0) continue;
    for (let i = k + 1; i < n; i++) {
      const f = (a[i * n + k] /= piv);
      if (f !== 0) for (let j = k + 1; j < n; j++) a[i * n + j] -= f * a[k * n + j];
    }
  }
  return sign;
}

function floatMatrices(a: NDArray): { data: Float64Array; dt: DType } {
  const dt = engineDType(unwrap(linalgDType(a.dtype)), 'np.linalg');
  return { data: (a.dtype === 'float64' ? copy(a) : astype(a, 'float64')).data as Float64Array, dt };
}

function singular(): EngineError {
  return new EngineError('LinAlgError', 'Singular matrix');
}

/** Solves LU x = P b for one right-hand side column set (row-major n x m). */
function luSolve(lu: Float64Array, n: number, perm: Int32Array, b: Float64Array, m: number): Float64Array {
  const x = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) x[i * m + j] = b[perm[i] * m + j];
  for (let i = 0; i < n; i++)
    for (let k = 0; k < i; k++) {
      const f = lu[i * n + k];
      if (f !== 0) for (let j = 0; j < m; j++) x[i * m + j] -= f * x[k * m + j];
    }
  for (let i = n - 1; i >= 0; i--) {
    for (let k = i + 1; k < n; k++) {
      const f = lu[i * n + k];
      if (f !== 0) for (let j = 0; j < m; j++) x[i * m + j] -= f * x[k * m + j];
    }
    const d = lu[i * n + i];
    for (let j = 0; j < m; j++) x[i * m + j] /= d;
  }
  return x;
}

function hasZeroPivot(lu: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (lu[i * n + i] === 0) return true;
  return false;
}

/** np.linalg.inv(a) (stacked). */
export function inv(a: NDArray): NDArray {
  refuseComplex('np.linalg.inv', a);
  unwrap(invShape(a.shape));
  const { data, dt } = floatMatrices(a);
  const n = a.shape[a.ndim - 1];
  const out = allocate(a.shape, 'float64');
  const od = out.data as Float64Array;
  const I = new Float64Array(n * n);
  for (let i = 0; i < n; i++) I[i * n + i] = 1;
  const perm = new Int32Array(n);
  for (let t = 0; t < a.size / (n * n || 1); t++) {
    const lu = data.slice(t * n * n, (t + 1) * n * n);
    luFactor(lu, n, perm);
    if (hasZeroPivot(lu, n)) throw singular();
    od.set(luSolve(lu, n, perm, I, n), t * n * n);
  }
  return dt === 'float64' ? out : astype(out, dt);
}

/** np.linalg.solve(a, b). */
export function solve(a: NDArray, b: NDArray): NDArray {
  refuseComplex('np.linalg.solve', a, b);
  const shape = unwrap(solveShape(a.shape, b.shape)) as number[];
  const n = a.shape[a.ndim - 1];
  const vec = b.ndim === 1;
  const m = vec ? 1 : b.shape[b.ndim - 1];
  const batch = shape.slice(0, shape.length - (vec ? 1 : 2));
  const A = floatMatrices(broadcastTo(a, [...batch, n, n]));
  const bb = vec ? reshape(b, [n, 1]) : b;
  const B = floatMatrices(broadcastTo(bb, [...batch, n, m]));
  const dt = engineDType(unwrap(linalgDType(engineDType(unwrap(resolveUfunc('add', [a.dtype, b.dtype])).outputs[0], 'solve'))), 'solve');
  const out = allocate([...batch, n, m], 'float64');
  const od = out.data as Float64Array;
  const perm = new Int32Array(n);
  const nb = shapeSize(batch);
  for (let t = 0; t < nb; t++) {
    const lu = A.data.slice(t * n * n, (t + 1) * n * n);
    luFactor(lu, n, perm);
    if (hasZeroPivot(lu, n)) throw singular();
    od.set(luSolve(lu, n, perm, B.data.subarray(t * n * m, (t + 1) * n * m), m), t * n * m);
  }
  const r = new NDArray(out.data, shape, 'float64');
  return dt === 'float64' ? r : astype(r, dt);
}

/** np.linalg.det(a): sign * exp(sum log|u_ii|), as NumPy's umath_linalg computes it. */
export function det(a: NDArray): NDArray {
  refuseComplex('np.linalg.det', a);
  const shape = unwrap(detShape(a.shape)) as number[];
  const { data, dt } = floatMatrices(a);
  const n = a.shape[a.ndim - 1];
  const out = allocate(shape, 'float64');
  const od = out.data as Float64Array;
  const perm = new Int32Array(n);
  for (let t = 0; t < shapeSize(shape); t++) {
    const lu = data.slice(t * n * n, (t + 1) * n * n);
    let sign = luFactor(lu, n, perm);
    let logdet = 0;
    for (let i = 0; i < n; i++) {
      const d = lu[i * n + i];
      if (d === 0) {
        sign = 0;
        logdet = -Infinity;
        break;
      }
      if (d < 0) sign = -sign;
      logdet += Math.log(Math.abs(d));
    }
    od[t] = sign * Math.exp(logdet);
  }
  const r = dt === 'float64' ? out : astype(out, dt);
  if (r.ndim === 0) r.isScalar = true;
  return r;
}

/** np.linalg.norm(x, ord=None, axis=None, keepdims=False) for the common orders. */
export function norm(x: NDArray, ord: number | 'fro' | 'nuc' | null = null, axis: number | readonly number[] | null = null, keepdims = false): NDArray {
  const shape = unwrap(normShape(x.shape, axis, keepdims, ord !== null)) as number[];
  if (isComplexDType(x.dtype)) return complexNorm(x, ord, axis, keepdims);
  const dt = engineDType(normDType(x.dtype), 'np.linalg.norm');
  const xf = DTYPES[x.dtype].kind === 'f' ? x : astype(x, 'float64');
  void dt;
  let r: NDArray;
  const axes = axis === null ? null : typeof axis === 'number' ? [axis] : [...axis];
  if (axes === null && (ord === null || (ord === 'fro' && x.ndim === 2) || (ord === 2 && x.ndim === 1))) {
    // NumPy: sqrt(x.ravel(order='K').dot(...)), a ddot for float64 (memory order: strides sorted)
    const order = [...xf.shape.keys()].sort((p, q) => Math.abs(xf.strides[q]) - Math.abs(xf.strides[p]) || p - q);
    const flat = ravel(transpose(xf, order));
    r = ufunc1('sqrt', xf.dtype === 'float64' ? matmul(flat, flat) : sum(ufunc2('multiply', flat, flat)));
    if (keepdims) r = reshape(r, x.shape.map(() => 1));
  } else {
    const ax = axes ?? [...x.shape.keys()];
    const absx = ufunc1('absolute', xf);
    if (ax.length === 1) {
      const o = ord ?? 2;
      if (o === Infinity) r = max(absx, { axis: ax, keepdims });
      else if (o === -Infinity) r = min(absx, { axis: ax, keepdims });
      else if (o === 0) r = sum(astype(ufunc2('not_equal', xf, 0), xf.dtype), { axis: ax, keepdims });
      else if (o === 1) r = sum(absx, { axis: ax, keepdims });
      else if (o === 2) r = ufunc1('sqrt', sum(ufunc2('multiply', xf, xf), { axis: ax, keepdims }));
      else if (typeof o === 'number') {
        r = ufunc2('power', sum(ufunc2('power', absx, o), { axis: ax, keepdims }), 1 / o);
      } else throw valueError('Invalid norm order for vectors.');
    } else {
      const o = ord ?? 'fro';
      if (o === 'fro') r = ufunc1('sqrt', sum(ufunc2('multiply', xf, xf), { axis: ax, keepdims }));
      else if (o === 1 || o === -1 || o === Infinity || o === -Infinity) {
        let [r0, c0] = ax.map((k) => (k < 0 ? k + x.ndim : k));
        if (o === Infinity || o === -Infinity) [r0, c0] = [c0, r0];
        const s = sum(absx, { axis: r0, keepdims: true });
        const red = o === 1 || o === Infinity ? max(s, { axis: c0, keepdims: true }) : min(s, { axis: c0, keepdims: true });
        r = keepdims ? red : reshape(red, shape);
      } else if (o === 2 || o === -2 || o === 'nuc') {
        r = singularValueNorm(xf, ax.map((k) => (k < 0 ? k + x.ndim : k)), o, keepdims);
      } else throw valueError('Invalid norm order for matrices.');
    }
  }
  if (r.ndim === 0) r.isScalar = true;
  void scalarArray;
  void cStrides;
  return r;
}

/**
 * np.linalg.norm of a complex array, as NumPy computes it: the default 2-norm of the whole array
 * as sqrt(re.dot(re) + im.dot(im)) (C order here; NumPy ravels in memory order), 2-norms and
 * Frobenius norms along axes from (conj(x) * x).real, every other order on abs(x).
 */
function complexNorm(x: NDArray, ord: number | 'fro' | 'nuc' | null, axis: number | readonly number[] | null, keepdims: boolean): NDArray {
  const axes = axis === null ? null : typeof axis === 'number' ? [axis] : [...axis];
  let r: NDArray;
  if (axes === null && (ord === null || (ord === 'fro' && x.ndim === 2) || (ord === 2 && x.ndim === 1))) {
    const re = ravel(realPart(x)), im = ravel(imagPart(x));
    r = ufunc1('sqrt', ufunc2('add', matmul(re, re), matmul(im, im)));
    if (keepdims) r = reshape(r, x.shape.map(() => 1));
  } else if (axes !== null && ((axes.length === 1 && (ord ?? 2) === 2) || (axes.length === 2 && (ord ?? 'fro') === 'fro'))) {
    const s = realPart(ufunc2('multiply', ufunc1('conjugate', x), x));
    r = ufunc1('sqrt', sum(s, { axis: axes, keepdims }));
  } else return norm(ufunc1('absolute', x), ord, axis, keepdims);
  if (r.ndim === 0) r.isScalar = true;
  return r;
}

/** Singular values of a row-major m x n matrix by one-sided Jacobi rotations (Hestenes). */
export function singularValues(a: Float64Array, m: number, n: number): number[] {
  // work on columns of A (or of A^T when m < n, same singular values)
  const rows = m >= n ? m : n;
  const cols = m >= n ? n : m;
  const u = new Float64Array(rows * cols);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (m >= n) u[i * cols + j] = a[i * n + j];
  else u[j * cols + i] = a[i * n + j];
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < cols - 1; p++)
      for (let q = p + 1; q < cols; q++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < rows; i++) {
          const x = u[i * cols + p];
          const y = u[i * cols + q];
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-17 * Math.sqrt(alpha * beta)) continue;
        off = Math.max(off, Math.abs(gamma) / Math.sqrt(alpha * beta));
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const sn = c * t;
        for (let i = 0; i < rows; i++) {
          const x = u[i * cols + p];
          const y = u[i * cols + q];
          u[i * cols + p] = c * x - sn * y;
          u[i * cols + q] = sn * x + c * y;
        }
      }
    if (off < 1e-16) break;
  }
  const sv: number[] = [];
  for (let j = 0; j < cols; j++) {
    let ss = 0;
    for (let i = 0; i < rows; i++) ss += u[i * cols + j] * u[i * cols + j];
    sv.push(Math.sqrt(ss));
  }
  return sv.sort((x, y) => y - x);
}

/** Matrix norms from singular values (ord 2, -2, 'nuc') over the two axes `ax`. */
function singularValueNorm(x: NDArray, ax: number[], o: 2 | -2 | 'nuc', keepdims: boolean): NDArray {
  const rest = [...x.shape.keys()].filter((k) => !ax.includes(k));
  const moved = copy(transpose(x, [...rest, ...ax]));
  const m = x.shape[ax[0]];
  const n = x.shape[ax[1]];
  const batch = rest.map((k) => x.shape[k]);
  const out = allocate(batch, 'float64');
  const d = (moved.dtype === 'float64' ? moved : astype(moved, 'float64')).data as Float64Array;
  const od = out.data as Float64Array;
  for (let t = 0; t < shapeSize(batch); t++) {
    const sv = singularValues(d.subarray(t * m * n, (t + 1) * m * n), m, n);
    od[t] = o === 2 ? sv[0] : o === -2 ? sv[sv.length - 1] : sv.reduce((p, v) => p + v, 0);
  }
  let r: NDArray = x.dtype === 'float32' ? astype(out, 'float32') : out;
  if (keepdims) r = reshape(r, x.shape.map((dd, k) => (ax.includes(k) ? 1 : dd)));
  return r;
}
