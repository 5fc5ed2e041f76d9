// float64 and float32 matmul / dot / gemv in the order NumPy 2.4's bundled OpenBLAS (0.3.31,
// DYNAMIC_ARCH, Haswell kernels on x86-64 with AVX2/FMA) computes them, so results are bit-identical:
// which BLAS routine NumPy's matmul picks for a shape and its strides (gemm, gemv, ddot, or its
// own unfused loop), and each routine's summation order with its fused multiply-adds:
// - dgemm: every C element is a fused multiply-add chain over k from +0 inside each K block of
//   GEMM_Q = 256 (the last two blocks split as level3.c / level3_thread.c do), and
//   C = acc + C per block. The odd last row of a kernel call (OpenBLAS's n, our rows) takes the
//   "4x1" micro-kernel on its 4-column groups: four interleaved chains (k mod 4, the K % 8 tail
//   on the first), summed (s0 + s1) + (s2 + s3).
// - dgemv_t (C-ordered matrix @ vector): per row, four fused chains by k mod 4 over K & -4 in
//   blocks of 2048, reduced (s0 + s2) + (s1 + s3); rows past the last multiple of 4 use unfused
//   2- and 4-lane kernels; the K % 4 tail is the compiler-contracted expression.
// - dgemv_n (vector @ C-ordered matrix, Fortran-ordered matrix @ vector): per output, groups of
//   four k as (a0*x0 fma a2*x2) + (a1*x1 fma a3*x3) added to y, then unfused pairs/singles; the
//   last Mo % 4 outputs are unfused chains. Above m*n = 460800 both gemv run on 2 threads, each
//   taking half of the outputs with its own tails.
// - dsyrk (a @ a.T, same buffer): dgemm's chains with level3_thread.c's K blocks, no 4x1 rows.
// - ddot: 16 fused lanes over n & -16 reduced pairwise, then an unfused tail (OpenBLAS's C
//   code is compiled without contraction: dgemv_n's and ddot's C loops are unfused too); above
//   10000 elements two threads' halves are summed.
// - float32: sgemm (K blocks of 320; the k2 kernels' even/odd-k chains on the blocks level3's
//   chunks give them), ssyrk, sdot (32 lanes, tail in double), sgemv_t / sgemv_n (8-lane kernels
//   with their prologues and unfused edges); fma32 is exact in float64 arithmetic. With fused
//   relaxed SIMD their fused parts run in blas-wasm32.ts (register tiles, same chains per element).
// The fused multiply-add comes from wasm relaxed SIMD when the host really fuses (wasm-gemm.ts
// checks), else from fma.ts's exact emulation (slower). OpenBLAS's 2-thread gemm (M*N*K > 524288,
// this machine's default) is modelled by its partition (gemmPlan) and K blocks; its 2-thread
// gemv by its split of the outputs.

import { fma as fmaExact } from './fma';
import { wasmFma, wasmGemm, wasmGemmFused } from './wasm-gemm';
import { ddotLanesWasm, dgemvtWasm, sdotLanesWasm, sgemmWasm, sgemvnWasm, sgemvtWasm } from './blas-wasm32';

/** OpenBLAS GEMM_Q (K block) for double on Haswell. */
const GEMM_Q = 256;
/** OpenBLAS DGEMM GEMM_UNROLL_M (rounds the split of the last two K blocks, single thread). */
const GEMM_UNROLL_M = 4;
/** interface/gemm.c: products with M*N*K at most this run single-threaded. */
const SMP_THRESHOLD = 524288;
/**
 * Without fused wasm, products above this many multiply-adds (~0.1 s of fma.ts emulation) trade
 * exactness for speed (see dgemm).
 */
let emulatedFmaLimit = 1 << 20;

/** Sets that limit (tests raise it to compare the exact JS loops with the wasm kernel). */
export function setEmulatedFmaLimit(n: number): void {
  emulatedFmaLimit = n;
}
/** dgemv NBMAX. */
const NBMAX = 2048;

type Fma = (a: number, b: number, c: number) => number;

let fmaImpl: Fma | null = null;

/** The fused multiply-add in use: the host's (verified) or the exact emulation. */
export function blasFma(): Fma {
  if (!fmaImpl) fmaImpl = wasmFma() ?? fmaExact;
  return fmaImpl;
}

/** Forgets the chosen fma (tests switch the wasm kernels off and on). */
export function resetBlasFma(): void {
  fmaImpl = null;
}

/** Length of the next K block when `rest` values of k remain (level3.c / level3_thread.c). */
export function kBlockLength(rest: number, threaded: boolean): number {
  if (rest >= 2 * GEMM_Q) return GEMM_Q;
  if (rest > GEMM_Q) return threaded ? (rest + 1) >> 1 : Math.ceil(Math.floor(rest / 2) / GEMM_UNROLL_M) * GEMM_UNROLL_M;
  return rest;
}

/** level3_thread.c SWITCH_RATIO and GEMM_PREFERED_SIZE for Haswell (fitted to NumPy's results). */
const SWITCH_RATIO = 8;
const PREFERRED = 8;
/** OpenBLAS threads NumPy's default build starts here (one per core of this 2-core machine). */
const THREADS = 2;

/** level3_thread.c round_up. */
function roundUp(remainder: number, width: number, multiple: number): number {
  if (multiple > remainder || width <= multiple) return width;
  return Math.ceil(width / multiple) * multiple;
}

interface GemmPlan {
  /** level3_thread.c's K blocks ((rest + 1) / 2) instead of level3.c's. */
  threaded: boolean;
  /** Rows (our M) that end an odd-length kernel call: OpenBLAS's 4x1 micro-kernel runs there. */
  x1Rows: number[];
}

/**
 * How OpenBLAS splits a gemm (column-major m = our N, n = our M): one thread up to M*N*K =
 * 524288 (null), else level3_thread.c's partition: column ranges per m-thread and row ranges per
 * thread; each thread's rows are then halved (DIVIDE_RATE 2) into the B pieces kernel calls cover.
 */
function threadPartition(M: number, K: number, N: number): { ntm: number; cols: [number, number][]; parts: [number, number][] } | null {
  const m = N;
  const n = M;
  let ntm = 1;
  let ntn = 1;
  if (M * N * K > SMP_THRESHOLD) {
    const sr = SWITCH_RATIO;
    if (m >= 2 * sr) {
      ntm = THREADS;
      while (m < ntm * sr) ntm >>= 1;
    }
    if (n >= sr * ntm) {
      ntn = Math.ceil(n / (sr * ntm));
      if (ntm * ntn > THREADS) ntn = Math.floor(THREADS / ntm);
      let cost = 0;
      let div = 0;
      for (let i = 1; i <= Math.sqrt(ntm); i++) {
        if (ntm % i) continue;
        const j = ntm / i;
        const costI = n * j + m * ntn * i;
        const costJ = n * i + m * ntn * j;
        if (cost === 0 || costI < cost) {
          cost = costI;
          div = i;
        }
        if (costJ < cost) {
          cost = costJ;
          div = j;
        }
      }
      if (div > 1) {
        ntm /= div;
        ntn *= div;
      }
    }
  }
  if (ntm * ntn <= 1) return null;
  // gemm_driver: columns (m) into ntm ranges, rows (n) into ntn * ntm thread ranges
  const cols: [number, number][] = [];
  for (let i = 0, mm = m, start = 0; i < ntm; i++) {
    let width = roundUp(mm, Math.ceil(mm / (ntm - i)), PREFERRED);
    mm -= width;
    if (mm < 0) width += mm;
    cols.push([start, start + width]);
    start += width;
  }
  const parts: [number, number][] = [];
  let rest = n;
  let start = 0;
  for (let j = 0; j < ntn; j++) {
    let widthN = Math.ceil(rest / (ntn - j));
    rest -= widthN;
    for (let i = 0; i < ntm; i++) {
      let width = Math.ceil(widthN / (ntm - i));
      if (width < SWITCH_RATIO) width = SWITCH_RATIO;
      width = roundUp(widthN, width, PREFERRED);
      widthN -= width;
      if (widthN < 0) {
        width += widthN;
        widthN = 0;
      }
      parts.push([start, start + width]);
      start += width;
    }
  }
  return { ntm, cols, parts };
}

/** dgemm's K-block rule and the rows on which the 4x1 micro-kernel runs (see threadPartition). */
export function gemmPlan(M: number, K: number, N: number): GemmPlan {
  const part = threadPartition(M, K, N);
  if (!part) return { threaded: false, x1Rows: M % 2 === 1 ? [M - 1] : [] };
  // each thread range is split in two pieces (DIVIDE_RATE); an odd piece ends on a 4x1 row
  const x1Rows: number[] = [];
  for (const [a, b] of part.parts) {
    if (b <= a) continue;
    const half = Math.ceil((b - a) / 2);
    for (let p = a; p < b; p += half) {
      const len = Math.min(half, b - p);
      if (len % 2 === 1) x1Rows.push(p + len - 1);
    }
  }
  return { threaded: true, x1Rows };
}

/**
 * C[co + i*N + j] (row-major) = A(MxK) @ B(KxN) as OpenBLAS dgemm (any element strides).
 * Uses the fused wasm kernel when available, else a JS kernel with `fma`.
 */
export function dgemm(
  A: Float64Array, ao: number, ars: number, acs: number,
  B: Float64Array, bo: number, brs: number, bcs: number,
  C: Float64Array, co: number, M: number, K: number, N: number, sameB = false, syrk = false,
): void {
  // dsyrk (a @ a.T): syrk_k.c halves the last two K blocks ((rest + 1) / 2) and its kernel calls
  // never take the 4x1 path; NumPy mirrors the upper triangle, which plain chains give anyway
  const { threaded, x1Rows } = syrk ? { threaded: true, x1Rows: [] } : gemmPlan(M, K, N);
  const kBlock = (rest: number) => kBlockLength(rest, threaded);
  if (K === 0) {
    C.fill(0, co, co + M * N);
    return;
  }
  if (!wasmGemmFused() && M * N * K > emulatedFmaLimit) {
    // no fused wasm here (no relaxed SIMD): fma.ts's exact emulation costs ~100 ns a term, so
    // big products take the plain wasm kernel (naive k order, last-digit differences) instead
    if (!wasmGemm(A, ao, ars, acs, B, bo, brs, bcs, C, co, M, K, N, sameB)) naiveGemm(A, ao, ars, acs, B, bo, brs, bcs, C, co, M, K, N);
    return;
  }
  if (!(wasmGemmFused() && wasmGemm(A, ao, ars, acs, B, bo, brs, bcs, C, co, M, K, N, sameB, kBlock))) {
    const fma = blasFma();
    for (let i = 0; i < M; i++)
      for (let j = 0; j < N; j++) {
        let c = 0;
        for (let ls = 0, bl = 0; ls < K; ls += bl) {
          bl = kBlock(K - ls);
          let acc = 0;
          let a = ao + i * ars + ls * acs;
          let b = bo + ls * brs + j * bcs;
          for (let k = 0; k < bl; k++, a += acs, b += brs) acc = fma(A[a], B[b], acc);
          c = acc + c;
        }
        C[co + i * N + j] = c;
      }
  }
  // the last row of an odd-length kernel call: OpenBLAS's 4x1 micro-kernel on 4-column groups
  // (thread column ranges start at multiples of 4, so the groups are those of the whole row)
  const groups = N & ~3;
  if (groups === 0) return;
  const fma = blasFma();
  for (const i of x1Rows) {
    for (let j = 0; j < groups; j++) {
      let c = 0;
      for (let ls = 0, bl = 0; ls < K; ls += bl) {
        bl = kBlock(K - ls);
        const main = bl & ~7;
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        let a = ao + i * ars + ls * acs;
        let b = bo + ls * brs + j * bcs;
        let t = 0;
        for (; t < main; t += 4) {
          s0 = fma(A[a], B[b], s0);
          s1 = fma(A[a + acs], B[b + brs], s1);
          s2 = fma(A[a + 2 * acs], B[b + 2 * brs], s2);
          s3 = fma(A[a + 3 * acs], B[b + 3 * brs], s3);
          a += 4 * acs;
          b += 4 * brs;
        }
        for (; t < bl; t++, a += acs, b += brs) s0 = fma(A[a], B[b], s0);
        c = (s0 + s1) + (s2 + s3) + c;
      }
      C[co + i * N + j] = c;
    }
  }
}

/**
 * OpenBLAS ddot(n, x, incx, y, incy) with positive strides (NumPy passes only those).
 */
export function ddot(n: number, X: Float64Array, xo: number, xs: number, Y: Float64Array, yo: number, ys: number): number {
  // above 10000 elements OpenBLAS runs ddot on its 2 threads: halves (the first ceil(n/2)) summed
  if (n > 10000) {
    const h = Math.ceil(n / 2);
    return ddotOneThread(h, X, xo, xs, Y, yo, ys) + ddotOneThread(n - h, X, xo + h * xs, xs, Y, yo + h * ys, ys);
  }
  return ddotOneThread(n, X, xo, xs, Y, yo, ys);
}

function ddotOneThread(n: number, X: Float64Array, xo: number, xs: number, Y: Float64Array, yo: number, ys: number): number {
  const fma = blasFma();
  if (xs === 1 && ys === 1) {
    const n1 = n & ~15;
    let dot = 0;
    if (n1 > 0) {
      let acc = ddotLanesWasm(X, xo, Y, yo, n1);
      if (!acc) {
        acc = new Float64Array(16);
        for (let i = 0; i < n1; i += 16)
          for (let l = 0; l < 16; l++) acc[l] = fma(Y[yo + i + l], X[xo + i + l], acc[l]);
      }
      // four ymm registers (lanes 0-3, 4-7, ...): high half + low half, then pairwise, then hadd
      const v = (r: number, l: number) => acc[4 * r + l] + acc[4 * r + l + 2];
      const lo = (v(0, 0) + v(1, 0)) + (v(2, 0) + v(3, 0));
      const hi = (v(0, 1) + v(1, 1)) + (v(2, 1) + v(3, 1));
      dot = lo + hi;
    }
    for (let i = n1; i < n; i++) dot = dot + Y[yo + i] * X[xo + i];
    return dot;
  }
  let t1 = 0;
  let t2 = 0;
  const n1 = n & ~3;
  let i = 0;
  let ix = xo;
  let iy = yo;
  for (; i < n1; i += 4, ix += 4 * xs, iy += 4 * ys) {
    t1 += Y[iy] * X[ix] + Y[iy + 2 * ys] * X[ix + 2 * xs];
    t2 += Y[iy + ys] * X[ix + xs] + Y[iy + 3 * ys] * X[ix + 3 * xs];
  }
  for (; i < n; i++, ix += xs, iy += ys) t1 += Y[iy] * X[ix];
  return t1 + t2;
}

/**
 * OpenBLAS dgemv_t: y[j] = sum_k a[j*lda + k*1] * x[k*incx] for j < n (n outputs, each a row
 * of m = K unit-stride values at A[ao + j*lda]). y is contiguous.
 */
export function dgemvT(m: number, n: number, A: Float64Array, ao: number, lda: number, X: Float64Array, xo: number, incx: number, Y: Float64Array, yo: number): void {
  const fma = blasFma();
  Y.fill(0, yo, yo + n);
  const x = new Float64Array(m);
  for (let k = 0; k < m; k++) x[k] = X[xo + k * incx];
  const m3 = m & 3;
  const mMain = m - m3;
  const n4 = n & ~3;
  for (let b0 = 0; b0 < mMain; b0 += NBMAX) {
    const nb = Math.min(NBMAX, mMain - b0);
    // the fused 4x4 kernel rows in wasm when the host fuses relaxed_madd
    const done = n4 > 0 && dgemvtWasm(A, ao, lda, n4, m, x, b0, nb, Y, yo) ? n4 : 0;
    for (let j = done; j < n; j++) {
      const a = ao + j * lda + b0;
      let t: number;
      if (j < n4) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let k = 0; k < nb; k += 4) {
          s0 = fma(A[a + k], x[b0 + k], s0);
          s1 = fma(A[a + k + 1], x[b0 + k + 1], s1);
          s2 = fma(A[a + k + 2], x[b0 + k + 2], s2);
          s3 = fma(A[a + k + 3], x[b0 + k + 3], s3);
        }
        t = (s0 + s2) + (s1 + s3);
      } else if (j < n4 + ((n & 2) ? 2 : 0)) {
        let s0 = 0, s1 = 0;
        for (let k = 0; k < nb; k += 2) {
          s0 += A[a + k] * x[b0 + k];
          s1 += A[a + k + 1] * x[b0 + k + 1];
        }
        t = s0 + s1;
      } else {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let k = 0; k < nb; k += 4) {
          s0 += A[a + k] * x[b0 + k];
          s1 += A[a + k + 1] * x[b0 + k + 1];
          s2 += A[a + k + 2] * x[b0 + k + 2];
          s3 += A[a + k + 3] * x[b0 + k + 3];
        }
        t = (s0 + s2) + (s1 + s3);
      }
      Y[yo + j] = Y[yo + j] + t;
    }
  }
  if (m3 === 0) return;
  const x0 = x[mMain];
  const x1 = x[mMain + 1];
  const x2 = x[mMain + 2];
  for (let j = 0; j < n; j++) {
    const a = ao + j * lda + mMain;
    const y = Y[yo + j];
    if (m3 === 3) Y[yo + j] = y + fma(A[a + 2], x2, fma(A[a], x0, A[a + 1] * x1));
    else if (m3 === 2) Y[yo + j] = y + fma(A[a], x0, A[a + 1] * x1);
    else Y[yo + j] = fma(A[a], x0, y);
  }
}

/**
 * OpenBLAS dgemv_n: y[i] = sum_k a[i + k*lda] * x[k*incx] for i < m outputs (unit stride along
 * i), n = K. y is contiguous.
 */
export function dgemvN(m: number, n: number, A: Float64Array, ao: number, lda: number, X: Float64Array, xo: number, incx: number, Y: Float64Array, yo: number): void {
  const fma = blasFma();
  Y.fill(0, yo, yo + m);
  const m3 = m & 3;
  const mMain = m - m3;
  const n4 = n & ~3;
  for (let i = 0; i < mMain; i++) {
    let y = 0;
    let k = 0;
    for (; k < n4; k += 4) {
      const a = ao + i + k * lda;
      const x = xo + k * incx;
      const t4 = fma(A[a + 2 * lda], X[x + 2 * incx], A[a] * X[x]);
      const t5 = fma(A[a + 3 * lda], X[x + 3 * incx], A[a + lda] * X[x + incx]);
      y = y + (t4 + t5);
    }
    if (incx === 1 && (n & 2)) {
      const a = ao + i + k * lda;
      y = y + (A[a] * X[xo + k] + A[a + lda] * X[xo + k + 1]);
      k += 2;
    }
    for (; k < n; k++) y = y + A[ao + i + k * lda] * X[xo + k * incx];
    Y[yo + i] = y;
  }
  for (let i = mMain; i < m; i++) {
    let t = 0;
    let k = 0;
    if (incx === 1 && lda === m3 && m3 >= 2) {
      for (; k < n4; k += 4) {
        const a = ao + i + k * lda;
        t = t + (A[a] * X[xo + k] + A[a + lda] * X[xo + k + 1]);
        t = t + (A[a + 2 * lda] * X[xo + k + 2] + A[a + 3 * lda] * X[xo + k + 3]);
      }
    }
    for (; k < n; k++) t = t + A[ao + i + k * lda] * X[xo + k * incx];
    Y[yo + i] = 0 + t;
  }
}

/** NumPy's own matmul loop (not BLAS-able strides): unfused, k in order from +0. */
export function naiveGemm(
  A: Float64Array, ao: number, ars: number, acs: number,
  B: Float64Array, bo: number, brs: number, bcs: number,
  C: Float64Array, co: number, M: number, K: number, N: number,
): void {
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0, a = ao + i * ars, b = bo + j * bcs; k < K; k++, a += acs, b += brs) s += A[a] * B[b];
      C[co + i * N + j] = s;
    }
}

/** NumPy's is_blasable2d in element strides: unit inner stride, outer stride >= the inner extent. */
function blasable2d(outer: number, inner: number, innerExtent: number): boolean {
  return inner === 1 && outer >= innerExtent && outer > 0;
}

/** NumPy's blas_stride for dot: a positive stride (elements). */
function blasStride(s: number): boolean {
  return s > 0;
}

/** interface/gemv.c: gemv with m*n below this runs on one thread (else on two, split by outputs). */
const GEMV_SMP_THRESHOLD = 460800;

/**
 * dgemv_t or dgemv_n as OpenBLAS's gemv interface runs them: two threads above the threshold,
 * each taking a contiguous range of outputs (the first ceil(n/2)), so each range has its own
 * row tail kernels.
 */
function gemvThreaded(
  kernel: typeof dgemvT, K: number, outputs: number, A: Float64Array, ao: number, lda: number, alongOut: number,
  X: Float64Array, xo: number, incx: number, Y: Float64Array, yo: number,
): void {
  if (K * outputs < GEMV_SMP_THRESHOLD || outputs < 2) {
    kernel(K, outputs, A, ao, lda, X, xo, incx, Y, yo);
    return;
  }
  const first = Math.ceil(outputs / 2);
  kernel(K, first, A, ao, lda, X, xo, incx, Y, yo);
  kernel(K, outputs - first, A, ao + first * alongOut, lda, X, xo, incx, Y, yo + first);
}

const dgemvTByK = (m: number, n: number, A: Float64Array, ao: number, lda: number, X: Float64Array, xo: number, incx: number, Y: Float64Array, yo: number) =>
  dgemvT(m, n, A, ao, lda, X, xo, incx, Y, yo);
const dgemvNByK = (m: number, n: number, A: Float64Array, ao: number, lda: number, X: Float64Array, xo: number, incx: number, Y: Float64Array, yo: number) =>
  dgemvN(n, m, A, ao, lda, X, xo, incx, Y, yo);

/** A C-contiguous copy of a strided matrix (NumPy copies operands BLAS cannot take). */
function contiguousCopy(X: Float64Array, xo: number, rs: number, cs: number, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = X[xo + i * rs + j * cs];
  return out;
}

/**
 * One matrix product of NumPy's float64 matmul loop, choosing the BLAS routine as
 * numpy/_core/src/umath/matmul.c.src does: C(MxN) row-major at C[co..] = A(MxK) @ B(KxN).
 * Matrix operands BLAS cannot take (steps, negative strides) are copied C-contiguous first, as
 * NumPy 2.4 does for matrix @ matrix; vector products with such an operand use NumPy's own loop.
 */
export function matmulBlas(
  A: Float64Array, ao: number, ars: number, acs: number,
  B: Float64Array, bo: number, brs: number, bcs: number,
  C: Float64Array, co: number, M: number, K: number, N: number, sameB = false,
): void {
  if (M === 0 || N === 0) return;
  if (K === 0) {
    C.fill(0, co, co + M * N);
    return;
  }
  if (M === 1 && N === 1) {
    // vector . vector: ddot (a negative stride: NumPy's unfused loop)
    if (blasStride(acs) && blasStride(brs)) C[co] = ddot(K, A, ao, acs, B, bo, brs);
    else naiveGemm(A, ao, ars, acs, B, bo, brs, bcs, C, co, 1, K, 1);
    return;
  }
  if (K === 1) {
    // outer product: one product per element, any order
    naiveGemm(A, ao, ars, acs, B, bo, brs, bcs, C, co, M, K, N);
    return;
  }
  let aOk = blasable2d(ars, acs, K) || blasable2d(acs, ars, M);
  let bOk = blasable2d(brs, bcs, N) || blasable2d(bcs, brs, K);
  if (M === 1) aOk = blasStride(acs);
  if (N === 1) bOk = blasStride(brs);
  // vector products with an operand BLAS cannot take: NumPy's own unfused loop (no copy)
  if ((M === 1 || N === 1) && !(aOk && bOk)) {
    naiveGemm(A, ao, ars, acs, B, bo, brs, bcs, C, co, M, K, N);
    return;
  }
  if (!aOk) {
    A = contiguousCopy(A, ao, ars, acs, M, K);
    [ao, ars, acs] = [0, K, 1];
  }
  if (!bOk) {
    B = contiguousCopy(B, bo, brs, bcs, K, N);
    [bo, brs, bcs] = [0, N, 1];
    sameB = false;
  }
  if (M === 1) {
    // vector @ matrix: gemv on B (Fortran-ordered B: dgemv_t; C-ordered: dgemv_n)
    if (blasable2d(bcs, brs, K)) gemvThreaded(dgemvTByK, K, N, B, bo, bcs, bcs, A, ao, acs, C, co);
    else gemvThreaded(dgemvNByK, K, N, B, bo, brs, 1, A, ao, acs, C, co);
  } else if (N === 1) {
    if (blasable2d(ars, acs, K)) gemvThreaded(dgemvTByK, K, M, A, ao, ars, ars, B, bo, brs, C, co);
    else gemvThreaded(dgemvNByK, K, M, A, ao, acs, 1, B, bo, brs, C, co);
  } else {
    const syrk = A === B && ao === bo && M === N && ars === bcs && acs === brs && ars !== acs;
    dgemm(A, ao, ars, acs, B, bo, brs, bcs, C, co, M, K, N, sameB, syrk);
  }
}

// ---------------------------------------------------------------- float32: sgemm

/** OpenBLAS SGEMM GEMM_Q and GEMM_UNROLL_M on Haswell (fitted to NumPy's results). */
const SGEMM_Q = 320;
const SGEMM_UNROLL_M = 8;

/**
 * float32 fused multiply-add, exact through float64: a*b is exact there (24 + 24 bits), and
 * p + c rounded to float64 then to float32 differs from one rounding only when the float64 sum
 * lands exactly halfway between two floats; the TwoSum error then says which side is right.
 */
export function fma32(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const r = Math.fround(s);
  if (r === s) return r;
  // s lies between two floats; only an exact tie (the other neighbour r + 2d representable) can
  // be decided wrongly, and only when the float64 sum was inexact. Non-finite sums fall through.
  const d = s - r;
  const other = r + 2 * d;
  if (Math.fround(other) !== other) return r;
  const bb = s - p;
  const err = (p - (s - bb)) + (c - bb);
  if (err === 0) return r;
  return (err > 0) === (d > 0) ? other : r;
}

/** Marks (mode 1) the elements a kernel call computes with split even/odd-k accumulators. */
function sgemmKernelModes(mode: Uint8Array, ldm: number, c0: number, r0: number, rows: number, cols: number): void {
  let r = r0;
  let left = rows;
  // n = 12 blocks: m16n6 kernels (plain) staggered with m8n6 ones (split) on each 6-row half
  for (; left >= 12; r += 12, left -= 12) {
    if (cols < 16) continue;
    const mark = (r1: number, from: number) => {
      for (let i = r1; i < r1 + 6; i++) for (let j = from; j < from + 8; j++) mode[i * ldm + c0 + j] = 1;
    };
    mark(r, 0);
    let rest = cols;
    let c = 0;
    let right = true;
    for (;;) {
      rest -= 8;
      c += 8;
      if (rest < 16) {
        mark(right ? r : r + 6, c);
        break;
      }
      right = !right;
    }
  }
  for (; left >= 8; r += 8, left -= 8);
  // n = 4 blocks: m8n4 kernels (split) on the 8-column panels
  const panels = cols & ~7;
  for (; left >= 4; r += 4, left -= 4)
    for (let i = r; i < r + 4; i++) for (let j = 0; j < panels; j++) mode[i * ldm + c0 + j] = 1;
}

/**
 * Which elements of an sgemm take the split (k2) kernels, and whether the threaded driver's K
 * blocks apply: OpenBLAS's kernel calls (level3.c's 12/4-row chunks, or level3_thread.c's
 * partition with its own chunks and the other threads' whole pieces) mapped onto the Haswell
 * sgemm kernel's n12/n8/n4 blocks.
 */
interface SgemmPlan {
  threaded: boolean;
  mode: Uint8Array;
}

/** Recent plans by shape: a loop multiplying the same shapes plans once (plans are read-only). */
const sgemmPlans = new Map<string, SgemmPlan>();
const SGEMM_PLANS_KEPT = 16;
/** Plans with more elements than this are not kept (their mode array is M*N bytes). */
const SGEMM_PLAN_CACHE_ELEMENTS = 1 << 20;

function sgemmPlan(M: number, K: number, N: number): SgemmPlan {
  if (M * N > SGEMM_PLAN_CACHE_ELEMENTS) return makeSgemmPlan(M, K, N);
  const key = `${M},${K},${N}`;
  let plan = sgemmPlans.get(key);
  if (!plan) {
    plan = makeSgemmPlan(M, K, N);
    if (sgemmPlans.size >= SGEMM_PLANS_KEPT) sgemmPlans.delete(sgemmPlans.keys().next().value as string);
    sgemmPlans.set(key, plan);
  }
  return plan;
}

function makeSgemmPlan(M: number, K: number, N: number): SgemmPlan {
  const mode = new Uint8Array(M * N);
  const chunked = (r0: number, rows: number, c0: number, cols: number) => {
    for (let r = r0, left = rows; left > 0;) {
      const q = left >= 12 ? 12 : left > 4 ? 4 : left;
      sgemmKernelModes(mode, N, c0, r, q, cols);
      r += q;
      left -= q;
    }
  };
  const part = threadPartition(M, K, N);
  if (!part) {
    chunked(0, M, 0, N);
    return { threaded: false, mode };
  }
  const { ntm, cols, parts } = part;
  for (let t = 0; t < parts.length; t++) {
    const [c0, c1] = cols[t % ntm];
    const group = Math.floor(t / ntm) * ntm;
    for (let u = group; u < group + ntm; u++) {
      const [a, b] = parts[u];
      if (b <= a) continue;
      const half = Math.ceil((b - a) / 2);
      for (let p = a; p < b; p += half) {
        const len = Math.min(half, b - p);
        if (u === t) chunked(p, len, c0, c1 - c0);
        else sgemmKernelModes(mode, N, c0, p, len, c1 - c0);
      }
    }
  }
  return { threaded: true, mode };
}

/**
 * C (row-major float32) = A(MxK) @ B(KxN) as OpenBLAS sgemm on Haswell: per element fused
 * float32 chains per K block (GEMM_Q 320), or, where the k2 kernels run, two chains (even and odd
 * k of each 8-k group, the K % 8 tail on the even one) added at the end; C = acc + C per block.
 */
export function sgemm(
  A: Float32Array, ao: number, ars: number, acs: number,
  B: Float32Array, bo: number, brs: number, bcs: number,
  C: Float32Array, co: number, M: number, K: number, N: number,
): void {
  // a @ a.T is ssyrk: plain chains with level3_thread.c's K blocks (exact on the products
  // checked up to 64 rows; larger ones take split kernels on blocks not modelled here)
  const syrk = A === B && ao === bo && M === N && ars === bcs && acs === brs && ars !== acs;
  const { threaded, mode } = syrk ? { threaded: true, mode: new Uint8Array(M * N) } : sgemmPlan(M, K, N);
  const kBlock = (rest: number) => {
    if (rest >= 2 * SGEMM_Q) return SGEMM_Q;
    if (rest > SGEMM_Q) return threaded ? (rest + 1) >> 1 : Math.ceil(Math.floor(rest / 2) / SGEMM_UNROLL_M) * SGEMM_UNROLL_M;
    return rest;
  };
  const kBlocks: number[] = [];
  for (let ls = 0; ls < K; ls += kBlocks[kBlocks.length - 1]) kBlocks.push(kBlock(K - ls));
  if (sgemmWasm(A, ao, ars, acs, B, bo, brs, bcs, C, co, M, K, N, mode, kBlocks)) return;
  // operands as float64 copies (exact), B row-major, so the loops below read unit strides
  const a64 = new Float64Array(M * K);
  for (let i = 0; i < M; i++) for (let k = 0; k < K; k++) a64[i * K + k] = A[ao + i * ars + k * acs];
  const b64 = new Float64Array(K * N);
  for (let k = 0; k < K; k++) for (let j = 0; j < N; j++) b64[k * N + j] = B[bo + k * brs + j * bcs];
  const c64 = new Float64Array(M * N);
  const acc = new Float64Array(8);
  for (let ls = 0, bl = 0; ls < K; ls += bl) {
    bl = kBlock(K - ls);
    const main = bl & ~7;
    for (let i = 0; i < M; i++) {
      const arow = i * K + ls;
      for (let j = 0; j < N; j += 4) {
        const w = Math.min(4, N - j);
        const split = mode[i * N + j] === 1 && bl >= 8; // modes are uniform on 4-column groups
        acc.fill(0);
        let t = 0;
        if (split) {
          for (; t < main; t += 2) {
            const a0 = a64[arow + t];
            const a1 = a64[arow + t + 1];
            const b0 = (ls + t) * N + j;
            const b1 = b0 + N;
            for (let q = 0; q < w; q++) {
              acc[q] = fma32(a0, b64[b0 + q], acc[q]);
              acc[4 + q] = fma32(a1, b64[b1 + q], acc[4 + q]);
            }
          }
        }
        for (; t < bl; t++) {
          const a0 = a64[arow + t];
          const b0 = (ls + t) * N + j;
          for (let q = 0; q < w; q++) acc[q] = fma32(a0, b64[b0 + q], acc[q]);
        }
        for (let q = 0; q < w; q++) {
          const sum = split ? Math.fround(acc[q] + acc[4 + q]) : acc[q];
          c64[i * N + j + q] = Math.fround(sum + c64[i * N + j + q]);
        }
      }
    }
  }
  for (let i = 0; i < M * N; i++) C[co + i] = c64[i];
}

/**
 * OpenBLAS sdot on Haswell, as NumPy's FLOAT_dot calls it (positive strides): 32 fused float32
 * lanes over n & -32 reduced (high + low halves, pairwise, two horizontal adds), then the tail
 * summed in double from float products, plus the lanes' sum, rounded to float32 once. Negative
 * strides: NumPy's own float32 loop.
 */
export function sdot(n: number, X: Float32Array, xo: number, xs: number, Y: Float32Array, yo: number, ys: number): number {
  if (xs <= 0 || ys <= 0) {
    let s = 0;
    for (let i = 0; i < n; i++) s = Math.fround(s + Math.fround(X[xo + i * xs] * Y[yo + i * ys]));
    return s;
  }
  const f = Math.fround;
  let dot = 0;
  if (xs === 1 && ys === 1) {
    const n1 = n & ~31;
    let lanes = 0;
    if (n1 > 0) {
      let acc: Float32Array | Float64Array | null = sdotLanesWasm(X, xo, Y, yo, n1);
      if (!acc) {
        const lanes64 = new Float64Array(32);
        for (let i = 0; i < n1; i += 32)
          for (let l = 0; l < 32; l++) lanes64[l] = fma32(Y[yo + i + l], X[xo + i + l], lanes64[l]);
        acc = lanes64;
      }
      const lane = acc;
      const w = [0, 1, 2, 3].map((l) => {
        const v = (r: number) => f(lane[8 * r + l] + lane[8 * r + l + 4]);
        return f(f(v(0) + v(1)) + f(v(2) + v(3)));
      });
      lanes = f(f(w[0] + w[1]) + f(w[2] + w[3]));
    }
    for (let i = n1; i < n; i++) dot += f(Y[yo + i] * X[xo + i]);
    return f(dot + lanes);
  }
  let i = 0;
  for (; i + 2 <= n; i += 2) dot += f(f(Y[yo + i * ys] * X[xo + i * xs]) + f(Y[yo + (i + 1) * ys] * X[xo + (i + 1) * xs]));
  for (; i < n; i++) dot += f(Y[yo + i * ys] * X[xo + i * xs]);
  return f(dot);
}

/** sgemv NBMAX. */
const SNBMAX = 4096;

/**
 * OpenBLAS sgemv_t on Haswell (float32 matrix with unit-stride rows @ vector): per block of up to
 * 4096 k, rows in fours through the 8-lane fused kernel (a 4-k prologue when the block has 4 mod
 * 8 values, lanes k mod 8 after it; lanes folded high + low, then two horizontal adds), the last
 * n % 4 rows through unfused kernels (4x2: 4 lanes k mod 4; 4x1: the 4x4 lanes), y += each
 * block's sum; the K % 4 tail unfused (fitted to NumPy: 40/40 draws).
 */
function sgemvTOneThread(m: number, n: number, A: Float32Array, ao: number, lda: number, x: Float64Array, Y: Float32Array, yo: number): void {
  const f = Math.fround;
  const m3 = m & 3;
  const mMain = m - m3;
  const n4 = n & ~3;
  for (let j = 0; j < n; j++) Y[yo + j] = 0;
  const acc = new Float64Array(8);
  // the fused kernel's rows (j < n4) in wasm when the host fuses relaxed_madd; each row's y
  // depends only on its own blocks, so they may run before the other rows
  const first = n4 > 0 && mMain > 0 && sgemvtWasm(A, ao, lda, n4, mMain, SNBMAX, x, Y, yo) ? n4 : 0;
  for (let b0 = 0; b0 < mMain; b0 += SNBMAX) {
    const nb = Math.min(SNBMAX, mMain - b0);
    const pro = nb & 4 ? 4 : 0;
    for (let j = first; j < n; j++) {
      const a = ao + j * lda + b0;
      let t: number;
      if (j < n4) {
        acc.fill(0);
        for (let k = 0; k < nb; k++) {
          const l = k < pro ? k : (k - pro) & 7;
          acc[l] = fma32(A[a + k], x[b0 + k], acc[l]);
        }
        const v = [0, 1, 2, 3].map((l) => f(acc[l] + acc[l + 4]));
        t = f(f(v[0] + v[1]) + f(v[2] + v[3]));
      } else if (j === n - 1 && (n & 1)) {
        // the 4x1 kernel: the 4x4 kernel's lanes, unfused
        acc.fill(0);
        for (let k = 0; k < nb; k++) {
          const l = k < pro ? k : (k - pro) & 7;
          acc[l] = f(acc[l] + f(A[a + k] * x[b0 + k]));
        }
        const v = [0, 1, 2, 3].map((l) => f(acc[l] + acc[l + 4]));
        t = f(f(v[0] + v[1]) + f(v[2] + v[3]));
      } else {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let k = 0; k < nb; k += 4) {
          s0 = f(s0 + f(A[a + k] * x[b0 + k]));
          s1 = f(s1 + f(A[a + k + 1] * x[b0 + k + 1]));
          s2 = f(s2 + f(A[a + k + 2] * x[b0 + k + 2]));
          s3 = f(s3 + f(A[a + k + 3] * x[b0 + k + 3]));
        }
        t = f(f(s0 + s1) + f(s2 + s3));
      }
      Y[yo + j] = f(Y[yo + j] + t);
    }
  }
  if (m3 === 0) return;
  for (let j = 0; j < n; j++) {
    const a = ao + j * lda + mMain;
    const y = Y[yo + j];
    let t = f(A[a] * x[mMain]);
    if (m3 >= 2) t = f(t + f(A[a + 1] * x[mMain + 1]));
    if (m3 === 3) t = f(t + f(A[a + 2] * x[mMain + 2]));
    Y[yo + j] = f(y + t);
  }
}

/** sgemv_t with gemv's 2-thread output split; x read through its stride. */
export function sgemvT(m: number, n: number, A: Float32Array, ao: number, lda: number, X: Float32Array, xo: number, incx: number, Y: Float32Array, yo: number): void {
  const x = new Float64Array(m);
  for (let k = 0; k < m; k++) x[k] = X[xo + k * incx];
  if (m * n < GEMV_SMP_THRESHOLD || n < 2) {
    sgemvTOneThread(m, n, A, ao, lda, x, Y, yo);
    return;
  }
  const first = Math.ceil(n / 2);
  sgemvTOneThread(m, first, A, ao, lda, x, Y, yo);
  sgemvTOneThread(m, n - first, A, ao + first * lda, lda, x, Y, yo + first);
}

/**
 * OpenBLAS sgemv_n on Haswell (unit-stride outputs along i, x contiguous): per group of 8 (then
 * 4) k, the leading outputs of a block (4 when the block has 4 mod 8 outputs, then 8 when 8 mod
 * 16 remain) take even/odd fused chains added together, the others one fused chain over the
 * group; y += group sum. K % 4 tail: unfused 4x2 / 4x1 kernels; the m % 4 last outputs unfused
 * chains. Fitted to NumPy: 40/40 draws (vector @ C-ordered matrix).
 */
export function sgemvN(m: number, n: number, A: Float32Array, ao: number, lda: number, X: Float32Array, xo: number, incx: number, Y: Float32Array, yo: number): void {
  const x = new Float64Array(n);
  for (let k = 0; k < n; k++) x[k] = X[xo + k * incx];
  // gemv's 2-thread split of the outputs (each half has its own leading split outputs and tail)
  if (m * n < GEMV_SMP_THRESHOLD || m < 2) {
    sgemvNOneThread(m, n, A, ao, lda, x, Y, yo);
    return;
  }
  const first = Math.ceil(m / 2);
  sgemvNOneThread(first, n, A, ao, lda, x, Y, yo);
  sgemvNOneThread(m - first, n, A, ao + first, lda, x, Y, yo + first);
}

function sgemvNOneThread(m: number, n: number, A: Float32Array, ao: number, lda: number, x: Float64Array, Y: Float32Array, yo: number): void {
  const f = Math.fround;
  const m3 = m & 3;
  const mMain = m - m3;
  for (let i = 0; i < m; i++) Y[yo + i] = 0;
  // the first mMain outputs in wasm when the host fuses relaxed_madd (same chains, 4 outputs a lane)
  const done = mMain > 0 && sgemvnWasm(A, ao, lda, mMain, n, SNBMAX, x, Y, yo);
  for (let b0 = 0; b0 < (done ? 0 : mMain); b0 += SNBMAX) {
    const nb = Math.min(SNBMAX, mMain - b0);
    const split4 = nb & 4 ? 4 : 0;
    const split8 = (nb - split4) & 8 ? 8 : 0;
    const splitEnd = split4 + split8;
    for (let ii = 0; ii < nb; ii++) {
      const i = b0 + ii;
      const a = ao + i;
      let y = 0;
      let k = 0;
      const group = (g: number) => {
        if (ii < splitEnd) {
          let e = 0;
          let o = 0;
          for (let q = 0; q < g; q += 2) {
            e = fma32(A[a + (k + q) * lda], x[k + q], e);
            o = fma32(A[a + (k + q + 1) * lda], x[k + q + 1], o);
          }
          y = f(y + f(e + o));
        } else {
          let c = 0;
          for (let q = 0; q < g; q++) c = fma32(A[a + (k + q) * lda], x[k + q], c);
          y = f(y + c);
        }
        k += g;
      };
      for (let g8 = 0; g8 < n >> 3; g8++) group(8);
      if (n & 4) group(4);
      if (n & 2) {
        const p0 = f(A[a + k * lda] * x[k]);
        const p1 = f(A[a + (k + 1) * lda] * x[k + 1]);
        y = f(f(y + p0) + p1); // the SSE 4x2 kernel adds the two products to y one after the other
        k += 2;
      }
      if (n & 1) y = f(y + f(A[a + k * lda] * x[k]));
      Y[yo + i] = y;
    }
  }
  for (let i = mMain; i < m; i++) {
    let t = 0;
    let k = 0;
    if (lda === m3 && m3 >= 2) {
      for (; k < (n & ~3); k += 2) t = f(t + f(f(A[ao + i + k * lda] * x[k]) + f(A[ao + i + (k + 1) * lda] * x[k + 1])));
    }
    for (; k < n; k++) t = f(t + f(A[ao + i + k * lda] * x[k]));
    Y[yo + i] = t;
  }
}
