// float32 fused multiply-add chains for blas.ts's sgemm, on WebAssembly relaxed SIMD
// (f32x4.relaxed_madd over 4 columns at once), used only when the host's relaxed_madd is checked
// to fuse (x64 with FMA3). One call, `srow`, runs one K block of one row of C over a run of
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

/** fma32(a, b, c) through relaxed_madd lane 0: the startup check that it fuses. */
function fma32Probe(): FuncDef {
  return {
    name: 'fma32', params: [F32, F32, F32], results: [F32], locals: [],
    code: [...op.get(0), ...SPLAT, ...op.get(1), ...SPLAT, ...op.get(2), ...SPLAT, ...RELAXED_MADD, ...op.simdLane(31, 0)],
  };
}

interface Kernel {
  srow: (ap: number, bp: number, cp: number, bl: number, groups: number, ldb: number, split: number) => void;
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
    const mod = new WebAssembly.Module(buildModule([srow(), fma32Probe()], MAX_PAGES, false));
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
