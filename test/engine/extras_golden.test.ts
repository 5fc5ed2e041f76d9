// Replays test/engine/golden/extras_cases.jsonl (scripts/golden/engine_extras.py, NumPy 2.4.6)
// against the engine's decompositions (src/engine/decomp.ts) and API-coverage extras
// (src/engine/extras.ts). Comparison per case (`chk`):
//   exact  dtype, shape and every value equal (NaN equals NaN), or the same error type + text;
//   ulp    floats within 2 ulps (convolve/correlate sum order, logspace's pow);
//   rel    floats within 1e-12 x the largest |expected| (rel9: 1e-9, rel5: 1e-5 for float32 input
//          that LAPACK computes in single precision and we compute in double);
//   svd    S within 1e-12 relative; U S Vt reconstructs A within 1e-12 x max|A| x n; U and Vt
//          orthonormal within 1e-12 x n; when NumPy's singular values are distinct, every
//          singular vector equals NumPy's up to sign within 1e-9;
//   eigh   w within 1e-12 relative; A V = V diag(w) and V orthonormal within 1e-12 x n; vectors
//          equal NumPy's up to sign within 1e-9 when the eigenvalues are distinct;
//   qr     rank-deficient / complete: Q orthonormal, Q R = A, R upper-triangular (full-rank
//          reduced-mode cases are `rel`: our Householder signs are LAPACK's);
//   lstsq  x and residuals rel9, rank exact, singular values rel.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as E from '../../src/engine/index';
import type { DType, NDArray } from '../../src/engine/index';

interface Enc { a: unknown; d: string; s: number[] }
interface Res { d?: string; s?: number[]; v?: unknown[]; sc?: boolean; t?: Res[]; py?: unknown }
interface Case { op: string; args: unknown[]; kw: Record<string, unknown>; chk: string; r?: Res; e?: [string, string]; uniq?: boolean; scalar?: boolean }

const FILE = path.join(__dirname, 'golden', 'extras_cases.jsonl');
const CASES: Case[] = readFileSync(FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const num = (v: unknown): number => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : (v as number));
function flat(x: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(x)) x.forEach((y) => flat(y, out)); else out.push(x);
  return out;
}
function decArray(e: Enc): NDArray {
  const d = e.d as DType;
  const kind = E.DTYPES[d].kind;
  const vals = flat(e.a).map((v) => (kind === 'b' ? Boolean(v) : kind === 'f' ? num(v) : BigInt(v as number)));
  const a = E.array(vals as E.Nested, d);
  return E.reshape(a, e.s);
}
const isEnc = (x: unknown): x is Enc => !!x && typeof x === 'object' && 'd' in (x as object) && 'a' in (x as object);
const dec = (x: unknown): unknown =>
  isEnc(x) ? decArray(x) : Array.isArray(x) ? x.map(dec) : x && typeof x === 'object' && 'f' in (x as object) ? num((x as { f: unknown }).f) : x;

function values(a: NDArray): number[] { return Array.from({ length: a.size }, (_, i) => Number(a.get(i))); }

function run(c: Case): unknown {
  const a = c.args.map(dec) as any[];
  const kw = Object.fromEntries(Object.entries(c.kw).map(([k, v]) => [k, dec(v)])) as Record<string, any>;
  switch (c.op) {
    case 'svd': return E.svd(a[0], kw.full_matrices ?? true, kw.compute_uv ?? true);
    case 'qr': return E.qr(a[0], kw.mode ?? 'reduced');
    case 'pinv': return E.pinv(a[0]);
    case 'matrix_rank': { const r = E.matrixRank(a[0]); return typeof r === 'number' ? { py: r } : r; }
    case 'lstsq': return E.lstsq(a[0], a[1], kw.rcond ?? null);
    case 'eigh': return E.eigh(a[0], kw.UPLO ?? 'L');
    case 'eigvalsh': return E.eigvalsh(a[0]);
    case 'cholesky': return E.cholesky(a[0], kw.upper ?? false);
    case 'slogdet': return E.slogdet(a[0]);
    case 'matrix_power': return E.matrixPower(a[0], a[1]);
    case 'bincount': return E.bincount(a[0], kw.weights ?? null, kw.minlength ?? 0);
    case 'histogram': {
      const r = E.histogram(a[0], kw.bins ?? 10, kw.range ?? null, kw.weights ?? null, kw.density ?? false);
      return [r.hist, r.edges];
    }
    case 'convolve': return E.convolve(a[0], a[1], kw.mode ?? 'full');
    case 'correlate': return E.correlate(a[0], a[1], kw.mode ?? 'valid');
    case 'insert': return E.insert(a[0], a[1], a[2], kw.axis ?? null, c.scalar);
    case 'delete': return E.deleteItems(a[0], a[1], kw.axis ?? null);
    case 'take_along_axis': return E.takeAlongAxis(a[0], a[1], kw.axis === undefined ? -1 : kw.axis);
    case 'put_along_axis': { const x = E.copy(a[0]); E.putAlongAxis(x, a[1], a[2], a[3]); return x; }
    case 'fill_diagonal': { const x = E.copy(a[0]); E.fillDiagonal(x, a[1], kw.wrap ?? false); return x; }
    case 'logspace': return E.logspace(a[0], a[1], a[2] ?? kw.num ?? 50, kw.endpoint ?? true, kw.base ?? 10, kw.dtype);
    case 'polyfit': return E.polyfit(a[0], a[1], a[2]);
    case 'polyval': return E.polyval(a[0], a[1]);
    case 'ix_': return E.ix(...a);
    case 'broadcast_shapes': return { py: E.broadcastShapes(...a) };
    case 'at': {
      const x = E.copy(a[1]);
      const b = typeof c.args[3] === 'number' ? BigInt(c.args[3]) : a[3]; // a bare JSON number is a Python int
      E.ufuncAt(a[0], x, [a[2]], b);
      return x;
    }
    case 'diff': return E.diff(a[0], kw.n ?? 1, kw.axis ?? -1, kw.prepend ?? null, kw.append ?? null);
    case 'roll': return E.roll(a[0], a[1], kw.axis ?? null);
    case 'meshgrid': return E.meshgrid(a, kw.indexing ?? 'xy', kw.sparse ?? false);
    case 'interp': return E.interp(a[0], a[1], a[2], kw.left ?? null, kw.right ?? null);
    case 'append': return E.append(a[0], a[1], kw.axis ?? null);
    case 'pad': {
      const cv = kw.constant_values;
      return E.pad(a[0], a[1], kw.mode ?? 'constant', cv === undefined ? 0n : typeof c.kw.constant_values === 'number' ? BigInt(cv) : cv);
    }
    case 'cov': return E.cov(a[0], a[1] ?? null, kw.rowvar ?? true, kw.bias ?? false, kw.ddof ?? null);
    case 'corrcoef': return E.corrcoef(a[0], a[1] ?? null, kw.rowvar ?? true);
    case 'union1d': return E.union1d(a[0], a[1]);
    case 'intersect1d': return E.intersect1d(a[0], a[1]);
    case 'setdiff1d': return E.setdiff1d(a[0], a[1]);
    case 'isin': return E.isin(a[0], a[1], kw.invert ?? false);
    case 'unravel_index': return E.unravelIndex(a[0], a[1]);
    case 'tril_indices': return E.trilIndices(a[0], a[1] ?? 0, a[2] ?? null, false);
    case 'triu_indices': return E.trilIndices(a[0], a[1] ?? 0, a[2] ?? null, true);
    case 'digitize': return E.digitize(a[0], a[1], kw.right ?? false);
    case 'partition': return E.partition(a[0], a[1], kw.axis === undefined ? -1 : kw.axis);
    case 'argpartition': return E.argpartition(a[0], a[1], kw.axis === undefined ? -1 : kw.axis);
    case 'flatnonzero': return E.flatnonzero(a[0]);
    case 'resize': return E.resize(a[0], a[1]);
    case 'vander': return E.vander(a[0], kw.N ?? null, kw.increasing ?? false);
    case 'cross': return E.cross(a[0], a[1]);
    case 'kron': return E.kron(a[0], a[1]);
    case 'geomspace': return E.geomspace(a[0], a[1], a[2] ?? 50, kw.endpoint ?? true);
    case 'trapezoid': return E.trapezoid(a[0], kw.x ?? null, kw.dx ?? 1, kw.axis ?? -1);
    case 'gradient': return E.gradient(a[0], a.slice(1), kw.axis === undefined ? null : [kw.axis], kw.edge_order ?? 1);
    case 'select': return E.select(a[0], a[1], kw.default === undefined ? 0n : BigInt(kw.default));
    case 'lexsort': return E.lexsort(a[0]);
    case 'rot90': return E.rot90(a[0], a[1], kw.axes ?? [0, 1]);
    case 'indices': return E.indices(a[0]);
    case 'diag_indices': return E.diagIndices(a[0], a[1] ?? 2);
    case 'ravel_multi_index': return E.ravelMultiIndex(a[0], a[1]);
    case 'array_equiv': return { py: E.arrayEquiv(a[0], a[1]) };
    case 'ediff1d': return E.ediff1d(a[0], kw.to_end ?? null, kw.to_begin ?? null);
    case 'put': { const x = E.copy(a[0]); E.put(x, a[1], a[2]); return x; }
    case 'compress': return E.compress(a[0], a[1], kw.axis ?? null);
    case 'extract': return E.extract(a[0], a[1]);
    case 'iinfo': { const i = E.iinfo(a[0]); return { py: [i.bits, String(i.min), String(i.max), i.kind] }; }
    case 'finfo': {
      const f = E.finfo(a[0]);
      return { py: [f.bits, f.eps, f.epsneg, f.max, f.min, f.tiny, f.smallest_normal, f.smallest_subnormal, f.resolution, f.precision, f.maxexp, f.minexp, f.nmant, f.nexp, f.machep, f.negep] };
    }
  }
  throw new Error(`unknown op ${c.op}`);
}

function want(r: Res): NDArray {
  const kind = E.DTYPES[r.d as DType].kind;
  return decArray({ a: r.v!.map((v) => (kind === 'f' ? num(v) : v)), d: r.d!, s: r.s! });
}

/** Max |got - want| over max|want| (0-safe); NaN positions must agree. */
function relErr(got: NDArray, exp: NDArray): number {
  const g = values(got), w = values(exp);
  let scale = 0, err = 0;
  for (let i = 0; i < w.length; i++) {
    if (Number.isNaN(w[i]) !== Number.isNaN(g[i])) return Infinity;
    if (Number.isFinite(w[i])) scale = Math.max(scale, Math.abs(w[i]));
    else if (w[i] !== g[i] && !Number.isNaN(w[i])) return Infinity;
  }
  for (let i = 0; i < w.length; i++) if (Number.isFinite(w[i])) err = Math.max(err, Math.abs(g[i] - w[i]));
  return err / (scale || 1);
}

function sameMeta(got: NDArray, exp: Res): void {
  assert.equal(got.dtype, exp.d, 'dtype');
  assert.deepEqual(got.shape, exp.s, 'shape');
}

function ulpDiff(x: number, y: number): number {
  if (x === y || (Number.isNaN(x) && Number.isNaN(y))) return 0;
  const b = new Float64Array([x, y]);
  const i = new BigInt64Array(b.buffer);
  const k = (v: bigint) => (v < 0n ? -(v & 0x7fffffffffffffffn) : v);
  const d = k(i[0]) - k(i[1]);
  return Number(d < 0n ? -d : d);
}

function compareArray(got: NDArray, exp: Res, chk: string): void {
  sameMeta(got, exp);
  const w = want(exp);
  if (chk === 'exact') {
    const g = got.dtype.startsWith('float') ? values(got) : Array.from({ length: got.size }, (_, i) => String(got.get(i)));
    const ww = got.dtype.startsWith('float') ? values(w) : Array.from({ length: w.size }, (_, i) => String(w.get(i)));
    assert.deepEqual(g, ww);
    if (exp.sc !== undefined) assert.equal(!!got.isScalar, exp.sc, 'NumPy scalar vs array');
    return;
  }
  if (chk === 'ulp') {
    const g = values(got), ww = values(w);
    const scale = Math.max(1e-300, ...ww.map(Math.abs));
    g.forEach((x, i) => assert.ok(ulpDiff(x, ww[i]) <= 2 || Math.abs(x - ww[i]) <= 4 * 2.220446049250313e-16 * scale, `element ${i}: ${x} vs NumPy ${ww[i]}`));
    return;
  }
  const tol = chk === 'rel9' || chk === 'absrel' || chk === 'lstsq' ? 1e-9 : chk === 'rel5' ? 1e-5 : 1e-12;
  const e = relErr(got, w);
  assert.ok(e <= tol, `relative error ${e} > ${tol}`);
}

/** Column j of a (..., r, c) matrix block b. */
function mat(a: NDArray, b = 0): { r: number; c: number; at: (i: number, j: number) => number } {
  const r = a.shape[a.ndim - 2], c = a.shape[a.ndim - 1];
  const v = values(a);
  return { r, c, at: (i, j) => v[b * r * c + i * c + j] };
}

function orthonormalCols(q: ReturnType<typeof mat>, cols: number, tol: number): void {
  for (let x = 0; x < cols; x++)
    for (let y = x; y < cols; y++) {
      let d = 0;
      for (let i = 0; i < q.r; i++) d += q.at(i, x) * q.at(i, y);
      assert.ok(Math.abs(d - (x === y ? 1 : 0)) <= tol, `columns ${x},${y} not orthonormal (${d})`);
    }
}

function upToSign(got: number[], exp: number[], tol: number, what: string): void {
  const s = got.reduce((p, g, i) => p + g * exp[i], 0) < 0 ? -1 : 1;
  got.forEach((g, i) => assert.ok(Math.abs(s * g - exp[i]) <= tol, `${what}: ${s * g} vs NumPy ${exp[i]}`));
}

function checkSvd(c: Case, got: NDArray[], exp: Res[]): void {
  const A = decArray(c.args[0] as Enc);
  got.forEach((g, i) => sameMeta(g, exp[i]));
  const [U, S, Vt] = got.map((g) => mat(g.ndim === 1 ? E.reshape(g, [1, -1]) : g));
  const s = values(got[1]);
  assert.ok(relErr(got[1], want(exp[1])) <= 1e-12, 'singular values');
  const m = A.shape[0], n = A.shape[1], k = Math.min(m, n);
  const a = mat(A);
  const amax = Math.max(1, ...values(A).map(Math.abs));
  const tol = 1e-12 * Math.max(m, n) * amax;
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let v = 0;
      for (let p = 0; p < k; p++) v += U.at(i, p) * s[p] * Vt.at(p, j);
      assert.ok(Math.abs(v - a.at(i, j)) <= tol, `U S Vt [${i},${j}] = ${v}, A = ${a.at(i, j)}`);
    }
  orthonormalCols(U, U.c, 1e-12 * Math.max(m, n) * 4);
  orthonormalCols(mat(E.transpose(got[2], null)), Vt.r, 1e-12 * Math.max(m, n) * 4);
  void S;
  if (c.uniq) {
    const Ue = mat(want(exp[0])), Ve = mat(want(exp[2]));
    for (let p = 0; p < k; p++) {
      upToSign(Array.from({ length: m }, (_, i) => U.at(i, p)), Array.from({ length: m }, (_, i) => Ue.at(i, p)), 1e-9, `U[:, ${p}]`);
      upToSign(Array.from({ length: n }, (_, j) => Vt.at(p, j)), Array.from({ length: n }, (_, j) => Ve.at(p, j)), 1e-9, `Vt[${p}]`);
    }
  }
}

function checkEigh(c: Case, got: NDArray[], exp: Res[]): void {
  got.forEach((g, i) => sameMeta(g, exp[i]));
  assert.ok(relErr(got[0], want(exp[0])) <= 1e-12, 'eigenvalues');
  const A0 = decArray(c.args[0] as Enc);
  const n = A0.shape[0];
  const upper = c.kw.UPLO === 'U';
  const a0 = mat(A0);
  const a = (i: number, j: number) => ((i >= j) !== upper ? a0.at(i, j) : a0.at(j, i));
  const V = mat(got[1]), w = values(got[0]);
  const amax = Math.max(1, ...values(A0).map(Math.abs));
  for (let p = 0; p < n; p++)
    for (let i = 0; i < n; i++) {
      let av = 0;
      for (let j = 0; j < n; j++) av += a(i, j) * V.at(j, p);
      assert.ok(Math.abs(av - w[p] * V.at(i, p)) <= 1e-12 * n * amax * 4, `A v = w v, vector ${p} row ${i}`);
    }
  orthonormalCols(V, n, 1e-12 * n * 4);
  if (c.uniq) {
    const Ve = mat(want(exp[1]));
    for (let p = 0; p < n; p++) upToSign(Array.from({ length: n }, (_, i) => V.at(i, p)), Array.from({ length: n }, (_, i) => Ve.at(i, p)), 1e-9, `v[:, ${p}]`);
  }
}

function checkQr(c: Case, got: NDArray[], exp: Res[]): void {
  got.forEach((g, i) => sameMeta(g, exp[i]));
  const A = decArray(c.args[0] as Enc);
  const Q = mat(got[0]), R = mat(got[1]);
  const a = mat(A);
  const amax = Math.max(1, ...values(A).map(Math.abs));
  orthonormalCols(Q, Q.c, 1e-12 * Q.r * 4);
  for (let i = 0; i < R.r; i++) for (let j = 0; j < Math.min(i, R.c); j++) assert.equal(R.at(i, j), 0, `R[${i},${j}] below the diagonal`);
  for (let i = 0; i < a.r; i++)
    for (let j = 0; j < a.c; j++) {
      let v = 0;
      for (let p = 0; p < Q.c; p++) v += Q.at(i, p) * R.at(p, j);
      assert.ok(Math.abs(v - a.at(i, j)) <= 1e-12 * a.r * amax * 4, `Q R [${i},${j}]`);
    }
}

/**
 * (arg)partition: NumPy's order inside each side comes from introselect and is not reproduced;
 * checked: shape/dtype, the kth element equals NumPy's, nothing before it larger, nothing after
 * it smaller, and the same multiset of values per lane.
 */
function checkPartition(c: Case, got: NDArray, exp: Res): void {
  sameMeta(got, exp);
  const src = decArray(c.args[0] as Enc);
  const axisNone = c.kw.axis === null;
  const base = axisNone ? E.ravel(src) : src;
  const axis = axisNone ? 0 : ((c.kw.axis as number | undefined) ?? -1);
  const vals = c.op === 'argpartition' ? E.takeAlongAxis(base, got, axis) : got;
  const wantVals = c.op === 'argpartition' ? E.takeAlongAxis(base, want(exp), axis) : want(exp);
  const lanesG = E.moveaxis(vals, axis, -1), lanesW = E.moveaxis(wantVals, axis, -1);
  const n = lanesG.shape[lanesG.ndim - 1];
  const kth = ((c as unknown as { kth: number }).kth + n) % n;
  const g = values(E.copy(lanesG)), w = values(E.copy(lanesW));
  for (let l = 0; l < g.length / n; l++) {
    const gl = g.slice(l * n, (l + 1) * n), wl = w.slice(l * n, (l + 1) * n);
    assert.equal(gl[kth], wl[kth], `lane ${l}: kth element`);
    gl.forEach((v, i) => assert.ok(i < kth ? v <= gl[kth] : i > kth ? v >= gl[kth] : true, `lane ${l}: element ${i} on the wrong side`));
    assert.deepEqual([...gl].sort((x, y) => x - y), [...wl].sort((x, y) => x - y), `lane ${l}: values`);
  }
}

function check(c: Case, got: unknown): void {
  const r = c.r!;
  if (r.py !== undefined) {
    assert.deepEqual((got as Res).py, r.py);
    return;
  }
  if (r.t) {
    const g = got as NDArray[];
    assert.ok(Array.isArray(g), 'a tuple of results');
    assert.equal(g.length, r.t.length, 'tuple length');
    if (c.chk === 'svd') return checkSvd(c, g, r.t);
    if (c.chk === 'eigh') return checkEigh(c, g, r.t);
    if (c.chk === 'qr') return checkQr(c, g, r.t);
    if (c.chk === 'lstsq') {
      compareArray(g[0], r.t[0], 'rel9');
      compareArray(g[1], r.t[1], 'rel9');
      compareArray(g[2], r.t[2], 'exact');
      compareArray(g[3], r.t[3], 'rel');
      return;
    }
    g.forEach((x, i) => compareArray(x, r.t![i], c.chk === 'exact' && E.DTYPES[x.dtype].kind === 'f' && c.op === 'histogram' ? 'ulp' : c.chk));
    return;
  }
  const g = got as NDArray;
  if (Array.isArray(got)) assert.fail('NumPy returned one array, the engine a tuple');
  if (c.chk === 'partition') return checkPartition(c, g, r);
  compareArray(g, r, c.chk === 'qr' ? 'absrel' : c.chk);
}

describe('engine golden: decompositions and extras (NumPy 2.4.6)', () => {
  CASES.forEach((c, i) => {
    it(`line ${i + 1}: ${c.op} ${c.chk}${c.e ? ' raises ' + c.e[0] : ''}`, () => {
      let got: unknown;
      try {
        got = run(c);
      } catch (e) {
        if (!(e instanceof E.EngineError)) throw e;
        assert.ok(c.e, `engine raised ${e.pyType}: ${e.message}; NumPy returned a result`);
        assert.deepEqual([e.pyType, e.message], c.e);
        return;
      }
      assert.ok(!c.e, `NumPy raised ${c.e?.[0]}: ${c.e?.[1]}; engine returned a result`);
      check(c, got);
    });
  });
});
