// Fused multiply-add loops for blas.ts on WebAssembly relaxed SIMD, used only when the host's
// relaxed_madd is checked to fuse (x64 with FMA3): float32 sgemm chains (f32x4.relaxed_madd over 4
// columns at once), and the fused cores of dgemv_t (two f64x2 chains = lanes k mod 4, reduced
// (s0 + s2) + (s1 + s3)) and ddot (16 lanes, returned for blas.ts to reduce). One call, `srow`, runs one K block of one row of C over a run of
// 4-column groups: each lane is one C element's chain from +0 (plain), or two chains over the
// even and odd k of each 8-k group with the K % 8 tail on the even one (OpenBLAS's k2 kernels),
// then C = acc + C. A (row-major, K floats a row), B (row-major, columns padded to a multiple of
// 4) and C live in this module's own memory. Without fused relaxed SIMD, `sgemmWasm` is null and
// blas.ts runs its JS loops (exact, slower).
import { F32, I32, V128, buildModule, op, type FuncDef } from './wasm/assembler';
import { wasmGemmFused } from './wasm-gemm';

const RELAXED_MADD = op.simd(0x105);
const SPLAT = op.simd(0x13);
const VADD = op.simd(0xe4);
const VZERO = [...op.simd(12), ...new Array(16).fill(0)];
const vload = (o = 0) => op.simdMem(0, 2, o);
const vstore = (o = 0) => op.simdMem(11, 2, o);
const f32load = (o = 0) => op.load(0x2a, 2, o);

/** srow(ap, bp, cp, bl, groups, ldb, split): see the header. Byte addresses. */
function srow(): FuncDef {
  const [AP, BP, CP, BL, G, LDB, SPLIT] = [0, 1, 2, 3, 4, 5, 6];
  const [g, ap, bp, t, main, cp] = [7, 8, 9, 10, 11, 12];
  const [e, o] = [13, 14];
  const step = (acc: number, aOff: number, bExtra: number[]) => [
    ...op.get(ap), ...f32load(aOff), ...SPLAT,
    ...op.get(bp), ...bExtra, ...vload(),
    ...op.get(acc), ...RELAXED_MADD, ...op.set(acc),
  ];
  const code = [
    ...op.i32(0), ...op.set(g), ...op.get(BP), ...op.set(bp), ...op.get(CP), ...op.set(cp),
    ...op.get(BL), ...op.i32(-8), ...op.i32And, ...op.set(main),
    ...op.block, ...op.get(G), ...op.i32Eqz, ...op.brIf(0),
    ...op.loop,
    ...VZERO, ...op.set(e), ...VZERO, ...op.set(o),
    ...op.get(AP), ...op.set(ap), ...op.i32(0), ...op.set(t),
    // bp = BP + g * 16
    ...op.get(BP), ...op.get(g), ...op.i32(16), ...op.i32Mul, ...op.i32Add, ...op.set(bp),
    // split: pairs of k into e (even) and o (odd) while t < main
    ...op.get(SPLIT), ...op.if,
    ...op.block, ...op.get(t), ...op.get(main), ...op.i32GeU, ...op.brIf(0),
    ...op.loop,
    ...step(e, 0, []),
    ...step(o, 4, [...op.get(LDB), ...op.i32Add]),
    ...op.get(ap), ...op.i32(8), ...op.i32Add, ...op.set(ap),
    ...op.get(bp), ...op.get(LDB), ...op.get(LDB), ...op.i32Add, ...op.i32Add, ...op.set(bp),
    ...op.get(t), ...op.i32(2), ...op.i32Add, ...op.set(t),
    ...op.get(t), ...op.get(main), ...op.i32LtU, ...op.brIf(0),
    ...op.end, ...op.end,
    ...op.end,
    // the rest (all of it when not split) on e
    ...op.block, ...op.get(t), ...op.get(BL), ...op.i32GeU, ...op.brIf(0),
    ...op.loop,
    ...step(e, 0, []),
    ...op.get(ap), ...op.i32(4), ...op.i32Add, ...op.set(ap),
    ...op.get(bp), ...op.get(LDB), ...op.i32Add, ...op.set(bp),
    ...op.get(t), ...op.i32(1), ...op.i32Add, ...op.set(t),
    ...op.get(t), ...op.get(BL), ...op.i32LtU, ...op.brIf(0),
    ...op.end, ...op.end,
    // C = (split ? e + o : e) + C
    ...op.get(cp),
    ...op.get(SPLIT), 0x04, V128, ...op.get(e), ...op.get(o), ...VADD, ...op.else, ...op.get(e), ...op.end,
    ...op.get(cp), ...vload(), ...VADD, ...vstore(),
    ...op.get(cp), ...op.i32(16), ...op.i32Add, ...op.set(cp),
    ...op.get(g), ...op.i32(1), ...op.i32Add, ...op.tee(g), ...op.get(G), ...op.i32LtU, ...op.brIf(0),
    ...op.end, ...op.end,
  ];
  return { name: 'srow', params: [I32, I32, I32, I32, I32, I32, I32], results: [], locals: [I32, I32, I32, I32, I32, I32, V128, V128], code };
}

const MADD64 = op.simd(0x107);
const VADD64 = op.simd(0xf0);
const f64load = (o = 0) => op.load(0x2b, 3, o);
const f64store = (o = 0) => op.load(0x39, 3, o);
const vload64 = (o = 0) => op.simdMem(0, 3, o);

/**
 * dgemvt(ap, lda, xp, yp, nb, rows): for r < rows, y[r] += (s0 + s2) + (s1 + s3), s_l the fused
 * chain of a[r*lda + k] * x[k] over k = l mod 4, k < nb (nb a multiple of 4). Byte addresses/strides.
 */
function dgemvt(): FuncDef {
  const [AP, LDA, XP, YP, NB, ROWS] = [0, 1, 2, 3, 4, 5];
  const [r, a, x, end] = [6, 7, 8, 9];
  const [c01, c23, tsum] = [10, 11, 12];
  const code = [
    ...op.block, ...op.get(ROWS), ...op.i32Eqz, ...op.brIf(0),
    ...op.i32(0), ...op.set(r),
    ...op.loop,
    ...VZERO, ...op.set(c01), ...VZERO, ...op.set(c23),
    ...op.get(AP), ...op.get(r), ...op.get(LDA), ...op.i32Mul, ...op.i32Add, ...op.set(a),
    ...op.get(XP), ...op.set(x),
    ...op.get(XP), ...op.get(NB), ...op.i32(8), ...op.i32Mul, ...op.i32Add, ...op.set(end),
    ...op.block, ...op.get(x), ...op.get(end), ...op.i32GeU, ...op.brIf(0),
    ...op.loop,
    ...op.get(a), ...vload64(0), ...op.get(x), ...vload64(0), ...op.get(c01), ...MADD64, ...op.set(c01),
    ...op.get(a), ...vload64(16), ...op.get(x), ...vload64(16), ...op.get(c23), ...MADD64, ...op.set(c23),
    ...op.get(a), ...op.i32(32), ...op.i32Add, ...op.set(a),
    ...op.get(x), ...op.i32(32), ...op.i32Add, ...op.tee(x), ...op.get(end), ...op.i32LtU, ...op.brIf(0),
    ...op.end, ...op.end,
    ...op.get(c01), ...op.get(c23), ...VADD64, ...op.set(tsum),
    // y[r] = y[r] + (lane0 + lane1)
    ...op.get(YP), ...op.get(r), ...op.i32(8), ...op.i32Mul, ...op.i32Add,
    ...op.get(YP), ...op.get(r), ...op.i32(8), ...op.i32Mul, ...op.i32Add, ...f64load(),
    ...op.get(tsum), ...op.simdLane(33, 0), ...op.get(tsum), ...op.simdLane(33, 1), 0xa0, 0xa0,
    ...f64store(),
    ...op.get(r), ...op.i32(1), ...op.i32Add, ...op.tee(r), ...op.get(ROWS), ...op.i32LtU, ...op.brIf(0),
    ...op.end, ...op.end,
  ];
  return { name: 'dgemvt', params: [I32, I32, I32, I32, I32, I32], results: [], locals: [I32, I32, I32, I32, V128, V128, V128], code };
}

/** ddot16(xp, yp, n1, outp): the 16 fused lanes of x[i] * y[i] over i < n1 (a multiple of 16), stored at outp. */
function ddot16(): FuncDef {
  const [XP, YP, N1, OUT] = [0, 1, 2, 3];
  const [x, y, end] = [4, 5, 6];
  const acc = (q: number) => 7 + q;
  const code: number[] = [];
  for (let q = 0; q < 8; q++) code.push(...VZERO, ...op.set(acc(q)));
  code.push(
    ...op.get(XP), ...op.set(x), ...op.get(YP), ...op.set(y),
    ...op.get(XP), ...op.get(N1), ...op.i32(8), ...op.i32Mul, ...op.i32Add, ...op.set(end),
    ...op.block, ...op.get(x), ...op.get(end), ...op.i32GeU, ...op.brIf(0),
    ...op.loop,
  );
  for (let q = 0; q < 8; q++) code.push(...op.get(y), ...vload64(16 * q), ...op.get(x), ...vload64(16 * q), ...op.get(acc(q)), ...MADD64, ...op.set(acc(q)));
  code.push(
    ...op.get(x), ...op.i32(128), ...op.i32Add, ...op.set(x),
    ...op.get(y), ...op.i32(128), ...op.i32Add, ...op.set(y),
    ...op.get(x), ...op.get(end), ...op.i32LtU, ...op.brIf(0),
    ...op.end, ...op.end,
  );
  for (let q = 0; q < 8; q++) code.push(...op.get(OUT), ...op.get(acc(q)), ...op.simdMem(11, 3, 16 * q));
  return { name: 'ddot16', params: [I32, I32, I32, I32], results: [], locals: [I32, I32, I32, V128, V128, V128, V128, V128, V128, V128, V128], code };
}

/** fma32(a, b, c) through relaxed_madd lane 0: the startup check that it fuses. */
function fma32Probe(): FuncDef {
  return {
    name: 'fma32', params: [F32, F32, F32], results: [F32], locals: [],
    code: [...op.get(0), ...SPLAT, ...op.get(1), ...SPLAT, ...op.get(2), ...SPLAT, ...RELAXED_MADD, ...op.simdLane(31, 0)],
  };
}

interface Kernel {
  srow: (ap: number, bp: number, cp: number, bl: number, groups: number, ldb: number, split: number) => void;
  dgemvt: (ap: number, lda: number, xp: number, yp: number, nb: number, rows: number) => void;
  ddot16: (xp: number, yp: number, n1: number, outp: number) => void;
  fma32: (a: number, b: number, c: number) => number;
}

const MAX_PAGES = 16384; // 1 GiB
let kernel: Kernel | null | undefined;
let memory: WebAssembly.Memory | null = null;

function getKernel(): Kernel | null {
  if (kernel !== undefined) return kernel;
  kernel = null;
  if (!wasmGemmFused()) return null; // relaxed SIMD enabled and fused (checked by wasm-gemm.ts)
  try {
    memory = new WebAssembly.Memory({ initial: 1, maximum: MAX_PAGES });
    const mod = new WebAssembly.Module(buildModule([srow(), fma32Probe(), dgemvt(), ddot16()], MAX_PAGES, false));
    const k = new WebAssembly.Instance(mod, { env: { mem: memory } }).exports as unknown as Kernel;
    const a = Math.fround(1 + 2 ** -12);
    if (k.fma32(a, a, 2 ** -80) === 1 + 2 ** -11 + 2 ** -23 && k.fma32(a, a, -(2 ** -80)) === 1 + 2 ** -11) kernel = k;
  } catch {
    kernel = null;
  }
  return kernel;
}

/**
 * Runs blas.ts's sgemm plan in wasm: a (M x K) and b (K x N) row-major float64 copies of the
 * float32 operands, `mode` the split flags (uniform on 4-column groups), `kBlocks` the K block
 * lengths. Returns the row-major float32 C, or null when the fused kernel is unavailable.
 */
export function sgemmWasm(a: Float64Array, b: Float64Array, M: number, K: number, N: number, mode: Uint8Array, kBlocks: number[]): Float32Array | null {
  // wasmGemmFused() is false while tests switch the wasm kernels off: the JS loops run then
  const k = wasmGemmFused() ? getKernel() : null;
  if (!k || !memory) return null;
  const N4 = Math.ceil(N / 4) * 4;
  const bytes = (M * K + K * N4 + M * N4) * 4;
  const have = memory.buffer.byteLength;
  if (bytes > MAX_PAGES * 65536) return null;
  if (bytes > have) memory.grow(Math.ceil((bytes - have) / 65536));
  const mem = new Float32Array(memory.buffer);
  const aOff = 0;
  const bOff = M * K;
  const cOff = bOff + K * N4;
  mem.set(a, aOff);
  for (let kk = 0; kk < K; kk++) {
    const row = bOff + kk * N4;
    for (let j = 0; j < N; j++) mem[row + j] = b[kk * N + j];
    for (let j = N; j < N4; j++) mem[row + j] = 0;
  }
  mem.fill(0, cOff, cOff + M * N4);
  const groups = N4 / 4;
  for (let i = 0; i < M; i++) {
    for (let blk = 0, ls = 0; blk < kBlocks.length; ls += kBlocks[blk], blk++) {
      const bl = kBlocks[blk];
      // runs of 4-column groups with the same mode
      for (let g0 = 0; g0 < groups; ) {
        const split = mode[i * N + g0 * 4] === 1 && bl >= 8 ? 1 : 0;
        let g1 = g0 + 1;
        while (g1 < groups && (mode[i * N + g1 * 4] === 1 && bl >= 8 ? 1 : 0) === split) g1++;
        k.srow((aOff + i * K + ls) * 4, (bOff + ls * N4 + g0 * 4) * 4, (cOff + i * N4 + g0 * 4) * 4, bl, g1 - g0, N4 * 4, split);
        g0 = g1;
      }
    }
  }
  const c = new Float32Array(M * N);
  const view = new Float32Array(memory.buffer);
  for (let i = 0; i < M; i++) c.set(view.subarray(cOff + i * N4, cOff + i * N4 + N), i * N);
  return c;
}

/** Grows the module memory to `bytes`; false when it cannot. */
function ensure(bytes: number): boolean {
  if (!memory || bytes > MAX_PAGES * 65536) return false;
  const have = memory.buffer.byteLength;
  if (bytes > have) {
    try {
      memory.grow(Math.ceil((bytes - have) / 65536));
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * The fused part of dgemv_t for `rows` rows (row r at A[ao + r*lda], unit stride, x contiguous in
 * `x`): y[r] += the 4-lane chain sum over k in [k0, k0 + nb). Returns false without the kernel.
 */
export function dgemvtWasm(A: Float64Array, ao: number, lda: number, rows: number, K: number, x: Float64Array, k0: number, nb: number, Y: Float64Array, yo: number): boolean {
  const k = wasmGemmFused() ? getKernel() : null;
  if (!k || rows === 0) return !!k;
  const aBytes = rows * nb * 8;
  if (!ensure(aBytes + nb * 8 + rows * 8)) return false;
  const mem = new Float64Array(memory!.buffer);
  for (let r = 0; r < rows; r++) mem.set(A.subarray(ao + r * lda + k0, ao + r * lda + k0 + nb), r * nb);
  const xo = rows * nb;
  mem.set(x.subarray(k0, k0 + nb), xo);
  const yOff = xo + nb;
  mem.set(Y.subarray(yo, yo + rows), yOff);
  k.dgemvt(0, nb * 8, xo * 8, yOff * 8, nb, rows);
  Y.set(mem.subarray(yOff, yOff + rows), yo);
  void K;
  return true;
}

/** ddot's 16 fused lanes over the first n1 (a multiple of 16) unit-stride elements, or null. */
export function ddotLanesWasm(X: Float64Array, xo: number, Y: Float64Array, yo: number, n1: number): Float64Array | null {
  const k = wasmGemmFused() ? getKernel() : null;
  if (!k || !ensure((2 * n1 + 16) * 8)) return null;
  const mem = new Float64Array(memory!.buffer);
  mem.set(X.subarray(xo, xo + n1), 0);
  mem.set(Y.subarray(yo, yo + n1), n1);
  k.ddot16(0, n1 * 8, n1, 2 * n1 * 8);
  return mem.slice(2 * n1, 2 * n1 + 16);
}
