// Matrix decompositions of np.linalg that need more than LU: cholesky, qr, eigh/eigvalsh, svd,
// lstsq, pinv, matrix_rank, slogdet and matrix_power. Stacked (..., M, N) inputs loop over the
// batch. Computation is float64 (float32 inputs are computed in float64 and rounded back, so
// they are closer to the exact result than LAPACK's single-precision routines).
//
// Algorithms and the conventions they reproduce:
//   - cholesky: the row-by-row Cholesky-Banachiewicz loop; LinAlgError 'Matrix is not positive
//     definite' when a pivot is not > 0 (NaN included), as LAPACK potrf.
//   - qr: Householder reflections with LAPACK dlarfg's sign choice (beta = -sign(alpha)*||x||,
//     tau = 0 when the column below the diagonal is already zero), Q accumulated as dorgqr does,
//     so Q and R carry NumPy's signs, not just its values.
//   - eigh: cyclic Jacobi rotations (accurate to a few ulps of the largest eigenvalue),
//     eigenvalues ascending as syevd returns them. Eigenvector signs are not LAPACK's
//     (divide-and-conquer signs are not reproducible without porting it): each vector is
//     normalised so its largest-|.| component is positive. Uses only the UPLO triangle.
//   - svd: one-sided (Hestenes) Jacobi on the taller orientation, singular values descending;
//     missing columns of U/V (full_matrices, rank deficiency) completed by Gram-Schmidt on unit
//     vectors. Singular-vector pairs are normalised like eigh (largest |v_i| positive) — NumPy's
//     gesdd signs differ for some inputs; tests compare vectors up to sign.
//   - lstsq/pinv/matrix_rank follow NumPy's Python code (_linalg.py) on top of svd: rcond
//     defaults (eps*max(M,N) for lstsq, 1e-15 for pinv, S.max*max(M,N)*eps for matrix_rank),
//     residuals only when rank == N < M.
import { refuseComplex } from './complex';
import { checkSquareStack, checkStacked2d, linalgDType } from '../numpy';
import type { DType } from './dtype';
import { EngineError, unwrap } from './errors';
import { NDArray } from './ndarray';
import { astype, copy, scalarArray, eye } from './creation';
import { matmul, inv } from './linalg';

const EPS64 = 2.220446049250313e-16;
const EPS32 = 1.1920928955078125e-7;

const linAlgError = (m: string) => new EngineError('LinAlgError', m);

/** The (batch, m, n) view of a stacked-matrix input, read into float64 row-major blocks. */
interface Stack { batch: number[]; m: number; n: number; mats: Float64Array[]; dtype: DType }

function readStack(a: NDArray, square: boolean): Stack {
  unwrap(square ? checkSquareStack(a.shape) : checkStacked2d(a.shape));
  const dtype = unwrap(linalgDType(a.dtype)) as DType;
  const f = a.dtype === 'float64' ? copy(a) : astype(a, 'float64');
  const data = f.data as Float64Array;
  const m = a.shape[a.ndim - 2], n = a.shape[a.ndim - 1];
  const batch = a.shape.slice(0, -2);
  const count = batch.reduce((p, d) => p * d, 1);
  const mats: Float64Array[] = [];
  for (let i = 0; i < count; i++) mats.push(data.slice(i * m * n, (i + 1) * m * n));
  return { batch, m, n, mats, dtype };
}

/** Stacks per-matrix results (each of shape `inner`) into an array of dtype `dtype`. */
function writeStack(batch: number[], inner: number[], blocks: Float64Array[], dtype: DType): NDArray {
  const size = inner.reduce((p, d) => p * d, 1);
  const out = new Float64Array(size * blocks.length);
  blocks.forEach((b, i) => out.set(b.subarray(0, size), i * size));
  const r = new NDArray(out, [...batch, ...inner], 'float64');
  return dtype === 'float64' ? r : astype(r, dtype);
}

// ------------------------------------------------------------------------------------------
// Cholesky

export function cholesky(a: NDArray, upper = false): NDArray {
  refuseComplex('np.linalg.cholesky', a);
  const s = readStack(a, true);
  const n = s.n;
  const outs = s.mats.map((A) => {
    const L = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = A[i * n + j];
        for (let k = 0; k < j; k++) sum -= L[i * n + k] * L[j * n + k];
        if (i === j) {
          if (!(sum > 0)) throw linAlgError('Matrix is not positive definite');
          L[i * n + i] = Math.sqrt(sum);
        } else L[i * n + j] = sum / L[j * n + j];
      }
    }
    if (!upper) return L;
    const U = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) U[i * n + j] = L[j * n + i];
    return U;
  });
  return writeStack(s.batch, [n, n], outs, s.dtype);
}

// ------------------------------------------------------------------------------------------
// QR

export type QrMode = 'reduced' | 'complete' | 'r' | 'raw';

/** Householder QR of one m x n matrix (in place in R); returns Q (m x qcols). */
function householderQr(R: Float64Array, m: number, n: number, qcols: number): Float64Array {
  const k = Math.min(m, n);
  const vs: Float64Array[] = [];
  const taus: number[] = [];
  for (let j = 0; j < k; j++) {
    const alpha = R[j * n + j];
    let xnorm2 = 0;
    for (let i = j + 1; i < m; i++) xnorm2 += R[i * n + j] * R[i * n + j];
    const v = new Float64Array(m);
    v[j] = 1;
    if (xnorm2 === 0) { vs.push(v); taus.push(0); continue; }
    const norm = Math.hypot(alpha, Math.sqrt(xnorm2));
    const beta = alpha >= 0 ? -norm : norm;
    const tau = (beta - alpha) / beta;
    const scale = 1 / (alpha - beta);
    for (let i = j + 1; i < m; i++) v[i] = R[i * n + j] * scale;
    // apply H = I - tau v v^T to the trailing columns
    R[j * n + j] = beta;
    for (let i = j + 1; i < m; i++) R[i * n + j] = 0;
    for (let c = j + 1; c < n; c++) {
      let dot = 0;
      for (let i = j; i < m; i++) dot += v[i] * R[i * n + c];
      dot *= tau;
      for (let i = j; i < m; i++) R[i * n + c] -= dot * v[i];
    }
    vs.push(v); taus.push(tau);
  }
  // Q = H_0 H_1 ... H_{k-1} applied to the first qcols columns of the identity (backwards)
  const Q = new Float64Array(m * qcols);
  for (let i = 0; i < Math.min(m, qcols); i++) Q[i * qcols + i] = 1;
  for (let j = k - 1; j >= 0; j--) {
    const v = vs[j], tau = taus[j];
    if (tau === 0) continue;
    for (let c = 0; c < qcols; c++) {
      let dot = 0;
      for (let i = j; i < m; i++) dot += v[i] * Q[i * qcols + c];
      dot *= tau;
      for (let i = j; i < m; i++) Q[i * qcols + c] -= dot * v[i];
    }
  }
  return Q;
}

export function qr(a: NDArray, mode: QrMode = 'reduced'): NDArray | NDArray[] {
  refuseComplex('np.linalg.qr', a);
  if (!['reduced', 'complete', 'r', 'raw'].includes(mode)) throw new EngineError('ValueError', `Unrecognized mode '${mode}'`);
  if (mode === 'raw') throw new EngineError('NotImplementedError', "np.linalg.qr(mode='raw') is not available in this build of the Shapewise engine yet");
  const s = readStack(a, false);
  const { m, n } = s;
  const k = Math.min(m, n);
  const qcols = mode === 'complete' ? m : k;
  const rrows = mode === 'complete' ? m : k;
  const Qs: Float64Array[] = [], Rs: Float64Array[] = [];
  for (const A of s.mats) {
    const R = A.slice();
    Qs.push(householderQr(R, m, n, qcols));
    Rs.push(R.subarray(0, rrows * n));
  }
  const r = writeStack(s.batch, [rrows, n], Rs.map((x) => Float64Array.from(x)), s.dtype);
  if (mode === 'r') return r;
  return [writeStack(s.batch, [m, qcols], Qs, s.dtype), r];
}

// ------------------------------------------------------------------------------------------
// Symmetric eigenproblem (cyclic Jacobi)

/** Eigen-decomposition of a symmetric n x n matrix: values ascending, vectors as columns. */
function jacobiEigen(S: Float64Array, n: number, wantVectors: boolean): { w: Float64Array; V: Float64Array } {
  const A = S.slice();
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0, diag = 0;
    for (let i = 0; i < n; i++) {
      diag += A[i * n + i] * A[i * n + i];
      for (let j = i + 1; j < n; j++) off += A[i * n + j] * A[i * n + j];
    }
    if (off === 0 || off <= EPS64 * EPS64 * diag * 1e-4) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q];
        if (apq === 0) continue;
        const app = A[p * n + p], aqq = A[q * n + q];
        const theta = (aqq - app) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), sn = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p], akq = A[k * n + q];
          A[k * n + p] = c * akp - sn * akq;
          A[k * n + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k], aqk = A[q * n + k];
          A[p * n + k] = c * apk - sn * aqk;
          A[q * n + k] = sn * apk + c * aqk;
        }
        A[p * n + q] = 0; A[q * n + p] = 0;
        if (wantVectors) {
          for (let k = 0; k < n; k++) {
            const vkp = V[k * n + p], vkq = V[k * n + q];
            V[k * n + p] = c * vkp - sn * vkq;
            V[k * n + q] = sn * vkp + c * vkq;
          }
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => A[x * n + x] - A[y * n + y] || x - y);
  const w = Float64Array.from(order, (i) => A[i * n + i]);
  const Vs = new Float64Array(n * n);
  order.forEach((src, dst) => {
    for (let k = 0; k < n; k++) Vs[k * n + dst] = V[k * n + src];
  });
  normaliseColumnSigns(Vs, n, n, null);
  return { w, V: Vs };
}

/** Flips columns (and the matching rows of `pair`, cols x pairCols) so each column's largest-|.| entry is positive. */
function normaliseColumnSigns(M: Float64Array, rows: number, cols: number, pair: { P: Float64Array; n: number } | null): void {
  for (let c = 0; c < cols; c++) {
    let best = 0, bi = -1;
    for (let r = 0; r < rows; r++) {
      const v = Math.abs(M[r * cols + c]);
      if (v > best * (1 + 1e-12)) { best = v; bi = r; }
    }
    if (bi >= 0 && M[bi * cols + c] < 0) {
      for (let r = 0; r < rows; r++) M[r * cols + c] = -M[r * cols + c];
      if (pair && c < pair.P.length / pair.n) for (let j = 0; j < pair.n; j++) pair.P[c * pair.n + j] = -pair.P[c * pair.n + j];
    }
  }
}

function symmetrise(A: Float64Array, n: number, uplo: 'L' | 'U'): Float64Array {
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const lower = i >= j;
      const [r, c] = (uplo === 'L') === lower ? [i, j] : [j, i];
      S[i * n + j] = A[r * n + c];
    }
  return S;
}

function checkUplo(uplo: string): 'L' | 'U' {
  const u = uplo.toUpperCase();
  if (u !== 'L' && u !== 'U') throw new EngineError('ValueError', "UPLO argument must be 'L' or 'U'");
  return u;
}

export function eigh(a: NDArray, uplo = 'L'): NDArray[] {
  refuseComplex('np.linalg.eigh', a);
  const u = checkUplo(uplo);
  const s = readStack(a, true);
  const n = s.n;
  const ws: Float64Array[] = [], vs: Float64Array[] = [];
  for (const A of s.mats) {
    const r = jacobiEigen(symmetrise(A, n, u), n, true);
    ws.push(r.w); vs.push(r.V);
  }
  return [writeStack(s.batch, [n], ws, s.dtype), writeStack(s.batch, [n, n], vs, s.dtype)];
}

export function eigvalsh(a: NDArray, uplo = 'L'): NDArray {
  refuseComplex('np.linalg.eigvalsh', a);
  const u = checkUplo(uplo);
  const s = readStack(a, true);
  const ws = s.mats.map((A) => jacobiEigen(symmetrise(A, s.n, u), s.n, false).w);
  return writeStack(s.batch, [s.n], ws, s.dtype);
}

// ------------------------------------------------------------------------------------------
// SVD (one-sided Jacobi)

interface SvdParts { U: Float64Array; s: Float64Array; Vt: Float64Array }

/**
 * Completes the columns of Q (rows x cols) whose flag is false to an orthonormal set: a
 * Householder QR of the known columns yields a full orthogonal basis whose trailing columns
 * span their orthogonal complement (O(rows^2 * known), so a 1000 x 1000 U is cheap).
 */
function completeBasis(Q: Float64Array, rows: number, cols: number, have: boolean[]): void {
  const missing = have.map((h, i) => (h ? -1 : i)).filter((i) => i >= 0);
  if (!missing.length) return;
  const known = have.map((h, i) => (h ? i : -1)).filter((i) => i >= 0);
  const h = known.length;
  const B = new Float64Array(rows * Math.max(h, 1));
  for (let r = 0; r < rows; r++) known.forEach((c, k) => { B[r * h + k] = Q[r * cols + c]; });
  const full = h ? householderQr(B, rows, h, rows) : (() => { const I = new Float64Array(rows * rows); for (let i = 0; i < rows; i++) I[i * rows + i] = 1; return I; })();
  missing.forEach((c, k) => {
    const src = h + k;
    for (let r = 0; r < rows; r++) Q[r * cols + c] = full[r * rows + src];
    have[c] = true;
  });
}

/** SVD of one m x n matrix; full gives U m x m and Vt n x n, else m x k and k x n. */
function svdOne(A0: Float64Array, m: number, n: number, full: boolean): SvdParts {
  const tall = m >= n;
  // Work on W (rows x cols) with rows >= cols: W = A (tall) or A^T.
  const rows = tall ? m : n, cols = tall ? n : m;
  const W = new Float64Array(rows * cols);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    if (tall) W[i * cols + j] = A0[i * n + j]; else W[j * cols + i] = A0[i * n + j];
  }
  const V = new Float64Array(cols * cols);
  for (let i = 0; i < cols; i++) V[i * cols + i] = 1;
  for (let sweep = 0; sweep < 80; sweep++) {
    let rotated = false;
    for (let p = 0; p < cols - 1; p++) {
      for (let q = p + 1; q < cols; q++) {
        let alpha = 0, beta = 0, gamma = 0;
        for (let r = 0; r < rows; r++) {
          const x = W[r * cols + p], y = W[r * cols + q];
          alpha += x * x; beta += y * y; gamma += x * y;
        }
        if (gamma === 0 || Math.abs(gamma) <= EPS64 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        for (let r = 0; r < rows; r++) {
          const x = W[r * cols + p], y = W[r * cols + q];
          W[r * cols + p] = c * x - s * y;
          W[r * cols + q] = s * x + c * y;
        }
        for (let r = 0; r < cols; r++) {
          const x = V[r * cols + p], y = V[r * cols + q];
          V[r * cols + p] = c * x - s * y;
          V[r * cols + q] = s * x + c * y;
        }
      }
    }
    if (!rotated) break;
  }
  const sig = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    let s2 = 0;
    for (let r = 0; r < rows; r++) s2 += W[r * cols + c] * W[r * cols + c];
    sig[c] = Math.sqrt(s2);
  }
  const order = Array.from({ length: cols }, (_, i) => i).sort((x, y) => sig[y] - sig[x] || x - y);
  const smax = sig[order[0]] ?? 0;
  // left vectors (rows x lcols) and right vectors (cols x cols), in sorted order
  const lcols = full ? rows : cols;
  const L = new Float64Array(rows * lcols);
  const R = new Float64Array(cols * cols);
  const haveL = new Array<boolean>(lcols).fill(false);
  const s = new Float64Array(cols);
  order.forEach((src, dst) => {
    s[dst] = sig[src];
    for (let r = 0; r < cols; r++) R[r * cols + dst] = V[r * cols + src];
    if (sig[src] > smax * EPS64 * rows && sig[src] > 0) {
      for (let r = 0; r < rows; r++) L[r * lcols + dst] = W[r * cols + src] / sig[src];
      haveL[dst] = true;
    }
  });
  completeBasis(L, rows, lcols, haveL);
  // sign convention: largest |component| of each right-singular vector positive (flip pairs)
  for (let c = 0; c < cols; c++) {
    let best = 0, bi = -1;
    for (let r = 0; r < cols; r++) { const v = Math.abs(R[r * cols + c]); if (v > best * (1 + 1e-12)) { best = v; bi = r; } }
    if (bi >= 0 && R[bi * cols + c] < 0) {
      for (let r = 0; r < cols; r++) R[r * cols + c] = -R[r * cols + c];
      for (let r = 0; r < rows; r++) L[r * lcols + c] = -L[r * lcols + c];
    }
  }
  // A = L S R^T (tall) or A^T = L S R^T, i.e. A = R S L^T.
  const [Ucols, Umat, Uc] = tall ? [lcols, L, lcols] : [cols, R, cols];
  const [Vmat, Vrows, Vc] = tall ? [R, cols, cols] : [L, lcols, lcols];
  const U = new Float64Array(m * Ucols);
  for (let i = 0; i < m; i++) for (let j = 0; j < Ucols; j++) U[i * Ucols + j] = Umat[i * Uc + j];
  const Vt = new Float64Array(Vrows * n);
  for (let i = 0; i < Vrows; i++) for (let j = 0; j < n; j++) Vt[i * n + j] = Vmat[j * Vc + i];
  return { U, s, Vt };
}

export function svd(a: NDArray, fullMatrices = true, computeUV = true, hermitian = false): NDArray | NDArray[] {
  refuseComplex('np.linalg.svd', a);
  void hermitian;
  const st = readStack(a, false);
  const { m, n } = st;
  const k = Math.min(m, n);
  const parts = st.mats.map((A) => svdOne(A, m, n, fullMatrices));
  const S = writeStack(st.batch, [k], parts.map((p) => p.s), st.dtype);
  if (!computeUV) return S;
  const ucols = fullMatrices ? m : k, vrows = fullMatrices ? n : k;
  return [
    writeStack(st.batch, [m, ucols], parts.map((p) => p.U), st.dtype),
    S,
    writeStack(st.batch, [vrows, n], parts.map((p) => p.Vt), st.dtype),
  ];
}

// ------------------------------------------------------------------------------------------
// Least squares, pseudo-inverse, rank

/** np.linalg.lstsq(a, b, rcond=None): [x, residuals, rank (int32 scalar), s]. */
export function lstsq(a: NDArray, b: NDArray, rcond: number | null = null): NDArray[] {
  refuseComplex('np.linalg.lstsq', a, b);
  if (a.ndim !== 2) throw linAlgError(`${a.ndim}-dimensional array given. Array must be two-dimensional`);
  const is1d = b.ndim === 1;
  if (b.ndim !== 1 && b.ndim !== 2) throw linAlgError(`${b.ndim}-dimensional array given. Array must be two-dimensional`);
  const m = a.shape[0], n = a.shape[1];
  const nrhs = is1d ? 1 : b.shape[1];
  if (b.shape[0] !== m) throw linAlgError('Incompatible dimensions');
  const dtA = unwrap(linalgDType(a.dtype)), dtB = unwrap(linalgDType(b.dtype));
  const dtype: DType = dtA === 'float32' && dtB === 'float32' ? 'float32' : 'float64';
  const rc = rcond ?? (dtype === 'float32' ? EPS32 : EPS64) * Math.max(m, n);
  const A = (astype(a, 'float64').data as Float64Array).slice();
  const B = astype(b, 'float64').data as Float64Array;
  const k = Math.min(m, n);
  const x = new Float64Array(n * nrhs);
  let rank = 0;
  let s: Float64Array = new Float64Array(0);
  if (k > 0) {
    const p = svdOne(A, m, n, false);
    s = p.s;
    const cutoff = rc * s[0];
    // x = V diag(1/s) U^T b over the singular values above the cutoff
    for (let i = 0; i < k; i++) {
      if (!(s[i] > cutoff)) continue;
      rank++;
      for (let c = 0; c < nrhs; c++) {
        let d = 0;
        for (let r = 0; r < m; r++) d += p.U[r * k + i] * B[r * nrhs + c];
        d /= s[i];
        for (let j = 0; j < n; j++) x[j * nrhs + c] += p.Vt[i * n + j] * d;
      }
    }
  }
  let resid: Float64Array = new Float64Array(0);
  if (rank === n && m > n) {
    resid = new Float64Array(nrhs);
    for (let c = 0; c < nrhs; c++) {
      let acc = 0;
      for (let r = 0; r < m; r++) {
        let v = B[r * nrhs + c];
        for (let j = 0; j < n; j++) v -= A[r * n + j] * x[j * nrhs + c];
        acc += v * v;
      }
      resid[c] = acc;
    }
  }
  const cast = (arr: NDArray) => (dtype === 'float64' ? arr : astype(arr, dtype));
  return [
    cast(new NDArray(x, is1d ? [n] : [n, nrhs], 'float64')),
    cast(new NDArray(resid, [resid.length], 'float64')),
    scalarArray(BigInt(rank), 'int32'),
    cast(new NDArray(s, [k], 'float64')),
  ];
}

/** np.linalg.pinv(a, rcond=None, hermitian=False, *, rtol): V diag(1/s) U^T with NumPy's cutoff. */
export function pinv(a: NDArray, rcond: number | null = null, rtol: number | null | undefined = undefined): NDArray {
  refuseComplex('np.linalg.pinv', a);
  const st = readStack(a, false);
  const { m, n } = st;
  if (rcond !== null && rtol !== undefined) throw new EngineError('ValueError', "`rtol` and `rcond` can't be both set.");
  const eps = st.dtype === 'float32' ? EPS32 : EPS64;
  const rc = rcond ?? (rtol === undefined ? 1e-15 : rtol === null ? Math.max(m, n) * eps : rtol);
  const k = Math.min(m, n);
  const outs = st.mats.map((A) => {
    const P = new Float64Array(n * m);
    if (k === 0) return P;
    const p = svdOne(A, m, n, false);
    const cutoff = rc * p.s[0];
    for (let i = 0; i < k; i++) {
      if (!(p.s[i] > cutoff)) continue;
      const inv = 1 / p.s[i];
      for (let r = 0; r < n; r++) {
        const vr = p.Vt[i * n + r] * inv;
        for (let c = 0; c < m; c++) P[r * m + c] += vr * p.U[c * k + i];
      }
    }
    return P;
  });
  return writeStack(st.batch, [n, m], outs, st.dtype);
}

/**
 * np.linalg.matrix_rank(A, tol=None, hermitian=False, *, rtol=None): an int64 scalar (array for
 * stacks); for 1-D input NumPy returns a Python int (`int(not all(A == 0))`), here a number.
 */
export function matrixRank(a: NDArray, tol: number | null = null, rtol: number | null = null): NDArray | number {
  refuseComplex('np.linalg.matrix_rank', a);
  if (a.ndim < 2) {
    let nz = false;
    for (let i = 0; i < a.size; i++) if (Number(a.get(i)) !== 0) nz = true;
    return nz ? 1 : 0;
  }
  const st = readStack(a, false);
  const { m, n } = st;
  const eps = st.dtype === 'float32' ? EPS32 : EPS64;
  const ranks = st.mats.map((A) => {
    if (Math.min(m, n) === 0) return 0;
    const s = svdOne(A, m, n, false).s;
    const t = tol ?? s[0] * (rtol ?? Math.max(m, n) * eps);
    let r = 0;
    for (const v of s) if (v > t) r++;
    return r;
  });
  if (!st.batch.length) return scalarArray(BigInt(ranks[0]), 'int64');
  return new NDArray(BigInt64Array.from(ranks, BigInt), st.batch, 'int64');
}

// ------------------------------------------------------------------------------------------
// slogdet, matrix_power

/** np.linalg.slogdet(a): [sign, logabsdet] from LU with partial pivoting (first largest pivot). */
export function slogdet(a: NDArray): NDArray[] {
  refuseComplex('np.linalg.slogdet', a);
  const st = readStack(a, true);
  const n = st.n;
  const signs: Float64Array[] = [], logs: Float64Array[] = [];
  for (const A0 of st.mats) {
    const A = A0.slice();
    let sign = 1, logdet = 0;
    for (let j = 0; j < n; j++) {
      let p = j, best = Math.abs(A[j * n + j]);
      for (let i = j + 1; i < n; i++) if (Math.abs(A[i * n + j]) > best) { best = Math.abs(A[i * n + j]); p = i; }
      if (A[p * n + j] === 0) { sign = 0; logdet = -Infinity; break; }
      if (p !== j) {
        sign = -sign;
        for (let c = 0; c < n; c++) { const t = A[j * n + c]; A[j * n + c] = A[p * n + c]; A[p * n + c] = t; }
      }
      const piv = A[j * n + j];
      if (piv < 0) sign = -sign;
      logdet += Math.log(Math.abs(piv));
      for (let i = j + 1; i < n; i++) {
        const f = A[i * n + j] / piv;
        if (f === 0) continue;
        for (let c = j + 1; c < n; c++) A[i * n + c] -= f * A[j * n + c];
      }
    }
    signs.push(Float64Array.of(sign)); logs.push(Float64Array.of(logdet));
  }
  const mk = (blocks: Float64Array[]) => {
    const r = writeStack(st.batch, [], blocks, st.dtype);
    if (!st.batch.length) r.isScalar = true;
    return r;
  };
  return [mk(signs), mk(logs)];
}

/** np.linalg.matrix_power(a, n) with NumPy's multiplication order (so integer results match exactly). */
export function matrixPower(a: NDArray, n: number): NDArray {
  unwrap(checkSquareStack(a.shape));
  if (!Number.isInteger(n)) throw new EngineError('TypeError', 'exponent must be an integer');
  if (n === 0) {
    const m = a.shape[a.ndim - 1];
    const I = eye(m, m, 0, a.dtype);
    const out = new NDArray(new (I.data.constructor as new (n: number) => typeof I.data)(a.size), a.shape.slice(), a.dtype);
    const blk = m * m;
    for (let b = 0; b < a.size / Math.max(blk, 1); b++) for (let i = 0; i < blk; i++) out.set(b * blk + i, I.get(i));
    return out;
  }
  let base = a;
  if (n < 0) { base = inv(a); n = -n; }
  if (n === 1) return copy(base);
  if (n === 2) return matmul(base, base);
  if (n === 3) return matmul(matmul(base, base), base);
  let z: NDArray | null = null, result: NDArray | null = null;
  while (n > 0) {
    z = z === null ? base : matmul(z, z);
    const bit = n % 2;
    n = Math.floor(n / 2);
    if (bit) result = result === null ? z : matmul(result, z);
  }
  return result!;
}
