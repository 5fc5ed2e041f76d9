// float64 matrix multiply on WebAssembly SIMD (f64x2), assembled here from its opcodes (no
// toolchain, no binary blob), in the GotoBLAS shape: A and B are packed once per call into this
// module's own memory (A in 4-row panels, B in 4-column panels, k-major, edge panels
// zero-padded; dense operands are copied in and packed by wasm, sparse views by JS), and each
// wasm call runs a 4x4 register-tile micro-kernel over a (KC, MC, NB_GROUP) block of panel
// pairs, so the B micro-panel stays in L1 and the A block in L2. C comes back by one copy.
//
// Two builds of the block kernel. Fused (when the host has WebAssembly relaxed SIMD and its
// f64x2.relaxed_madd really fuses, checked once at startup): each K block given by the caller
// (OpenBLAS's GEMM_Q blocks, blas.ts) sums every C element as a fused multiply-add chain from +0
// and then stores C = acc + C (+0 before the first block), OpenBLAS dgemm's order. Plain (no
// relaxed SIMD): one multiply then one add per k, K blocks of KC reloading the partial sums, i.e.
// the naive `s = 0; for k: s += a[i,k] * b[k,j]` loop; used only where order cannot matter
// (exact integer products). The fused module also exports a scalar fma (blas.ts's gemv/ddot).
//
// `wasmGemm` returns false when WebAssembly SIMD is unavailable (old engine, strict CSP) or the
// operands are too large for the module's 32-bit memory; the caller then uses the JS kernel.
// The module's memory is kept between calls (grown on demand) and dropped after a call that
// needed more than RETAIN_BYTES, so one huge product does not pin its memory forever.
import { I32, V128, sleb, uleb } from './wasm/assembler';

/** Register tile: MR rows of C (A values broadcast) by NR columns (NR/2 f64x2 vectors of B). */
const MR = 4;
const NRV = 2;
const NR = 2 * NRV;
/**
 * No k-loop unroll: measured in V8 (Node 20, x64), unrolling 2 or 4 halves the speed, as do
 * 12-accumulator tiles (4x6, 6x4): TurboFan then spills accumulators out of the 16 xmm
 * registers (and unrolls the 4x4 loop by itself). packOperand assumes MR = NR = 4.
 */
/** K block: a KC x NR micro-panel of B stays in L1 while MC rows of A stream from L2. */
const KC = 256;
/** M block, in rows (a multiple of MR). */
const MC = 128;
/**
 * B panels per block call. Small calls let V8 switch to its optimized (TurboFan) code early in
 * the first product, instead of running a whole block in its baseline code (Liftoff spills the
 * accumulators: ~10x slower); a call costs ~0.1 us.
 */
const NB_GROUP = 16;
/** Packed A and C are made this many bytes at a time at most (rows in multiples of MC). */
const CHUNK_BYTES = 16 << 20;
/** Keep at most this much wasm memory alive between calls. */
const RETAIN_BYTES = 64 << 20;
/** Larger products go to the JS kernel (wasm32 memory tops out at 4 GiB). */
const MAX_BYTES = 1 << 30;

// ---------------------------------------------------------------- a tiny wasm assembler

type Bytes = number | readonly number[];

/**
 * Appends bytes and byte arrays to `out` with index loops: this code runs once, cold, where
 * V8's interpreter makes array spreads (`[...a, ...b]`) cost milliseconds.
 */
function putAll(out: number[], parts: readonly Bytes[]): number[] {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part === 'number') out.push(part);
    else for (let j = 0; j < part.length; j++) out.push(part[j]);
  }
  return out;
}

const put = (out: number[], ...parts: Bytes[]) => putAll(out, parts);
const cat = (...parts: Bytes[]) => putAll([], parts);

function section(id: number, body: number[]): number[] {
  return cat(id, uleb(body.length), body);
}

function name(s: string): number[] {
  return cat(uleb(s.length), Array.from(s, (c) => c.charCodeAt(0)));
}

const get = (i: number) => cat(0x20, uleb(i));
const set = (i: number) => cat(0x21, uleb(i));
const i32c = (v: number) => cat(0x41, sleb(v));
const LOOP = [0x03, 0x40];
const IF = [0x04, 0x40];
const ELSE = 0x05;
const END = 0x0b;
const BR_IF0 = [0x0d, 0];
const I32_ADD = 0x6a;
const I32_MUL = 0x6c;
const I32_LT_U = 0x49;
const I32_EQ = 0x46;
const f64load = (off: number) => cat(0x2b, 3, uleb(off));
const f64store = (off: number) => cat(0x39, 3, uleb(off));
const simd = (op: number) => cat(0xfd, uleb(op));
const v128load = (off: number) => cat(simd(0), 4, uleb(off));
const v128store = (off: number) => cat(simd(11), 4, uleb(off));
const load64splat = (off: number) => cat(simd(10), 3, uleb(off));
const V128_ZERO = cat(simd(12), new Array(16).fill(0));
const F64X2_ADD = simd(240);
const F64X2_MUL = simd(242);
/** f64x2.relaxed_madd (relaxed SIMD): a*b + c, fused on x64 hosts with FMA3 (checked at startup). */
const F64X2_RELAXED_MADD = simd(0x107);

/** local += delta (i32). */
const addTo = (local: number, delta: number[]) => cat(get(local), delta, I32_ADD, set(local));

/**
 * block(ap, bp, cp, nA, nB, kc, aPanelBytes, bPanelBytes, ldcBytes, accumulate): for every B
 * panel jr < nB (outer) and A panel ir < nA (inner), the MR x NR tile of C at
 * cp + ir*MR*ldc + jr*NR*8 becomes (accumulate ? that tile : 0) + sum over kc packed k of
 * A panel (at ap + ir*aPanelBytes) times B panel (at bp + jr*bPanelBytes), kc >= 1.
 */
function blockKernel(fused: boolean): number[] {
  const [AP, BP, CP, NA, NB, KCP, APB, BPB, LDC, ACC] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const [JR, IR, PA, PB, PCT, KEND, PBBASE, CCOL, PR, PABASE] = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
  const NI32 = 10;
  const acc = (r: number, v: number) => 20 + r * NRV + v;
  const bv = (v: number) => 20 + MR * NRV + v;
  const A = 20 + MR * NRV + NRV;
  const NV = MR * NRV + NRV + 1;
  const c: number[] = [];
  put(c, i32c(0), set(JR), get(BP), set(PBBASE), get(CP), set(CCOL));
  put(c, LOOP); // jr
  put(c, i32c(0), set(IR), get(AP), set(PABASE), get(CCOL), set(PCT));
  put(c, LOOP); // ir
  put(c, get(PABASE), set(PA), get(PBBASE), set(PB));
  if (fused) {
    for (let r = 0; r < MR; r++) for (let v = 0; v < NRV; v++) put(c, V128_ZERO, set(acc(r, v)));
  } else {
    put(c, get(ACC), IF);
    put(c, get(PCT), set(PR));
    for (let r = 0; r < MR; r++) {
      for (let v = 0; v < NRV; v++) put(c, get(PR), v128load(16 * v), set(acc(r, v)));
      if (r < MR - 1) put(c, addTo(PR, get(LDC)));
    }
    put(c, ELSE);
    for (let r = 0; r < MR; r++) for (let v = 0; v < NRV; v++) put(c, V128_ZERO, set(acc(r, v)));
    put(c, END);
  }
  put(c, get(PA), get(KCP), i32c(MR * 8), I32_MUL, I32_ADD, set(KEND));
  put(c, LOOP); // k
  for (let v = 0; v < NRV; v++) put(c, get(PB), v128load(16 * v), set(bv(v)));
  for (let r = 0; r < MR; r++) {
    put(c, get(PA), load64splat(8 * r), set(A));
    for (let v = 0; v < NRV; v++) {
      if (fused) put(c, get(A), get(bv(v)), get(acc(r, v)), F64X2_RELAXED_MADD, set(acc(r, v)));
      else put(c, get(acc(r, v)), get(A), get(bv(v)), F64X2_MUL, F64X2_ADD, set(acc(r, v)));
    }
  }
  put(c, addTo(PA, i32c(MR * 8)), addTo(PB, i32c(NR * 8)));
  put(c, get(PA), get(KEND), I32_LT_U, BR_IF0);
  put(c, END); // k
  put(c, get(PCT), set(PR));
  for (let r = 0; r < MR; r++) {
    for (let v = 0; v < NRV; v++) {
      // OpenBLAS's SAVE: C = acc + C, C zeroed by beta = 0 before the first K block (-0 -> +0)
      if (fused) put(c, get(PR), get(acc(r, v)), get(ACC), 0x04, V128, get(PR), v128load(16 * v), ELSE, V128_ZERO, END, F64X2_ADD, v128store(16 * v));
      else put(c, get(PR), get(acc(r, v)), v128store(16 * v));
    }
    if (r < MR - 1) put(c, addTo(PR, get(LDC)));
  }
  put(c, addTo(PABASE, get(APB)), addTo(PCT, cat(get(LDC), i32c(MR), I32_MUL)));
  put(c, addTo(IR, i32c(1)), get(IR), get(NA), I32_LT_U, BR_IF0);
  put(c, END); // ir
  put(c, addTo(PBBASE, get(BPB)), addTo(CCOL, i32c(NR * 8)));
  put(c, addTo(JR, i32c(1)), get(JR), get(NB), I32_LT_U, BR_IF0);
  put(c, END); // jr
  put(c, END); // function
  const body = cat(2, uleb(NI32), I32, uleb(NV), V128, c);
  return cat(uleb(body.length), body);
}

/**
 * pack4(src, along, kStride, panels, K, dst), byte addresses and strides: for p < panels and
 * k < K, the 4 values src + (4p + r)*along + k*kStride (r < 4) go to dst + p*32K + k*32 + 8r.
 * Unit `along` (8 bytes: row-major B) moves two f64x2 per k; other strides four f64.
 */
function packKernel(): number[] {
  const [SRC, ALONG, KS, NP, K, DST] = [0, 1, 2, 3, 4, 5];
  const [P, S, D, DEND, A2, A3, SP, DP] = [6, 7, 8, 9, 10, 11, 12, 13];
  const c: number[] = [];
  put(c, get(ALONG), get(ALONG), I32_ADD, set(A2), get(A2), get(ALONG), I32_ADD, set(A3));
  put(c, i32c(0), set(P), get(SRC), set(SP), get(DST), set(DP));
  put(c, LOOP); // p
  put(c, get(SP), set(S), get(DP), set(D), get(DP), get(K), i32c(32), I32_MUL, I32_ADD, set(DEND));
  put(c, get(ALONG), i32c(8), I32_EQ, IF);
  put(c, LOOP);
  put(c, get(D), get(S), v128load(0), v128store(0));
  put(c, get(D), get(S), v128load(16), v128store(16));
  put(c, addTo(S, get(KS)), addTo(D, i32c(32)), get(D), get(DEND), I32_LT_U, BR_IF0);
  put(c, END);
  put(c, ELSE);
  put(c, LOOP);
  put(c, get(D), get(S), f64load(0), f64store(0));
  put(c, get(D), get(S), get(ALONG), I32_ADD, f64load(0), f64store(8));
  put(c, get(D), get(S), get(A2), I32_ADD, f64load(0), f64store(16));
  put(c, get(D), get(S), get(A3), I32_ADD, f64load(0), f64store(24));
  put(c, addTo(S, get(KS)), addTo(D, i32c(32)), get(D), get(DEND), I32_LT_U, BR_IF0);
  put(c, END);
  put(c, END); // if
  put(c, addTo(SP, cat(get(ALONG), i32c(4), I32_MUL)), get(DEND), set(DP));
  put(c, addTo(P, i32c(1)), get(P), get(NP), I32_LT_U, BR_IF0);
  put(c, END); // p
  put(c, END);
  const body = cat(1, uleb(8), I32, c);
  return cat(uleb(body.length), body);
}

function buildModule(fused: boolean): Uint8Array<ArrayBuffer> {
  const F64T = 0x7c;
  // fma(a, b, c) -> f64: lane 0 of relaxed_madd(splat a, splat b, splat c)
  const fmaBody = cat(0, get(0), simd(20), get(1), simd(20), get(2), simd(20), F64X2_RELAXED_MADD, simd(33), 0, END);
  const bytes = cat(
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    section(1, cat(3, 0x60, 10, new Array(10).fill(I32), 0, 0x60, 6, new Array(6).fill(I32), 0, 0x60, 3, F64T, F64T, F64T, 1, F64T)),
    section(3, fused ? [3, 0, 1, 2] : [2, 0, 1]),
    section(5, cat(1, 0, uleb(1))),
    section(7, fused ? cat(4, name('block'), 0, 0, name('pack4'), 0, 1, name('mem'), 2, 0, name('fma'), 0, 2) : cat(3, name('block'), 0, 0, name('pack4'), 0, 1, name('mem'), 2, 0)),
    section(10, fused ? cat(3, blockKernel(true), packKernel(), cat(uleb(fmaBody.length), fmaBody)) : cat(2, blockKernel(false), packKernel())),
  );
  return new Uint8Array(bytes);
}

// ---------------------------------------------------------------- instance management

type BlockFn = (ap: number, bp: number, cp: number, nA: number, nB: number, kc: number, aPanelBytes: number, bPanelBytes: number, ldcBytes: number, accumulate: number) => void;

interface Kernel {
  block: BlockFn;
  pack4: (src: number, along: number, kStride: number, panels: number, K: number, dst: number) => void;
  mem: WebAssembly.Memory;
}

let compiled: WebAssembly.Module | null | undefined;
let instance: Kernel | null = null;
let enabled = true;
/** Float64 view of the module's memory (replaced when the memory grows or is dropped). */
let memView = new Float64Array(0);
/** What memory's packed B was packed from (see wasmGemm's `sameB`), or null. */
let packedB: { B: Float64Array; bo: number; brs: number; bcs: number; K: number; N: number } | null = null;

/** Turns the wasm kernel off (true: back on); for tests of the JS fallback. */
export function setWasmGemmEnabled(on: boolean): void {
  enabled = on;
  packedB = null;
}

/** Whether the wasm kernel can run here (WebAssembly with SIMD). */
export function wasmGemmAvailable(): boolean {
  return getKernel() !== null;
}

/** Whether the compiled module is the fused (relaxed_madd, OpenBLAS order) one. */
let fusedModule = false;
/** Scalar fused multiply-add of the fused module's first instance (null: none). */
let fmaExport: ((a: number, b: number, c: number) => number) | null = null;

/**
 * Node 20's V8 ships relaxed SIMD behind a flag that can still be set at run time, before the
 * first module using it compiles; browsers (Chrome >= 114) and newer Node have it on. No-op
 * where there is no `process` (browser workers).
 */
function enableRelaxedSimd(): void {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const v8 = proc?.getBuiltinModule?.('v8') as { setFlagsFromString?: (flags: string) => void } | undefined;
    v8?.setFlagsFromString?.('--experimental-wasm-relaxed-simd');
  } catch {
    // not Node, or the flag is gone (relaxed SIMD then is on by default)
  }
}

/**
 * relaxed_madd may be a multiply then an add (the spec allows either); it is used only when it
 * really fuses here: fma(1 + 2^-30, 1 - 2^-30, -1) is -2^-60 exactly when fused, 0 when not,
 * and a product that overflows must come back +-Infinity (no emulation through wider sums).
 */
function fusesExactly(fma: (a: number, b: number, c: number) => number): boolean {
  return fma(1 + 2 ** -30, 1 - 2 ** -30, -1) === -(2 ** -60) && fma(0.1, 10, -1) === 5.551115123125783e-17
    && fma(1e308, 10, -Infinity) === -Infinity && Object.is(fma(-0, 1, -0), -0);
}

function compileModule(): WebAssembly.Module | null {
  if (typeof WebAssembly === 'undefined') return null;
  enableRelaxedSimd();
  try {
    const fused = buildModule(true);
    if (WebAssembly.validate(fused)) {
      const mod = new WebAssembly.Module(fused);
      const probe = new WebAssembly.Instance(mod, {}).exports as unknown as { fma: (a: number, b: number, c: number) => number };
      if (fusesExactly(probe.fma)) {
        fusedModule = true;
        fmaExport = probe.fma;
        return mod;
      }
    }
  } catch {
    // relaxed SIMD unavailable: the plain module below
  }
  try {
    const plain = buildModule(false);
    return WebAssembly.validate(plain) ? new WebAssembly.Module(plain) : null;
  } catch {
    return null;
  }
}

/**
 * The host's fused multiply-add through wasm relaxed SIMD when it is verified to fuse, else
 * null (callers then use fma.ts's exact emulation).
 */
export function wasmFma(): ((a: number, b: number, c: number) => number) | null {
  getKernel();
  return enabled ? fmaExport : null;
}

/** Whether wasmGemm computes in OpenBLAS's fused order (see wasmGemm's `kBlock`). */
export function wasmGemmFused(): boolean {
  return getKernel() !== null && fusedModule;
}

function getKernel(): Kernel | null {
  if (!enabled) return null;
  if (instance) return instance;
  if (compiled === undefined) compiled = compileModule();
  if (compiled === null) return null;
  try {
    instance = new WebAssembly.Instance(compiled, {}).exports as unknown as Kernel;
  } catch {
    return null; // no memory for a new instance now: this product takes the JS kernel
  }
  return instance;
}

// ---------------------------------------------------------------- driver

/** Element span of a strided operand: value (t, k) at off + t*along + k*kStride, t < n, k < K. */
function spanOf(along: number, kStride: number, n: number, K: number): number {
  return Math.abs(along) * (n - 1) + Math.abs(kStride) * (K - 1) + 1;
}

/** Whether copying an operand's whole span into wasm memory costs little more than its values. */
function isDense(along: number, kStride: number, n: number, K: number): boolean {
  return spanOf(along, kStride, n, K) <= 2 * n * K + 64;
}

/**
 * Packs `count` rows (A) or columns (B) of a strided operand into 4-wide panels at element
 * `dst` of memory: value (t, k) goes to dst + (t>>2)*4K + 4k + (t&3), padding zero. Full
 * panels are packed by wasm from a copy of the operand's span at byte `stage` (stage < 0: by JS,
 * for sparse views); the last partial panel by JS.
 */
function packOperand(kernel: Kernel, mem: Float64Array, X: Float64Array, off: number, along: number, kStride: number, count: number, K: number, dst: number, stage: number): void {
  const full = count >> 2;
  if (full > 0 && stage >= 0) {
    const lo = off + Math.min(0, along * (4 * full - 1)) + Math.min(0, kStride * (K - 1));
    mem.set(X.subarray(lo, lo + spanOf(along, kStride, 4 * full, K)), stage / 8);
    kernel.pack4(stage + (off - lo) * 8, along * 8, kStride * 8, full, K, dst * 8);
  }
  for (let p = stage >= 0 ? full : 0; p < Math.ceil(count / 4); p++) {
    const t0 = p * 4;
    const h = Math.min(4, count - t0);
    const base = dst + p * 4 * K;
    const s0 = off + t0 * along;
    if (h === 4) {
      for (let k = 0, s = s0, d = base; k < K; k++, s += kStride, d += 4) {
        mem[d] = X[s];
        mem[d + 1] = X[s + along];
        mem[d + 2] = X[s + 2 * along];
        mem[d + 3] = X[s + 3 * along];
      }
    } else {
      for (let k = 0, s = s0, d = base; k < K; k++, s += kStride, d += 4) {
        for (let r = 0; r < h; r++) mem[d + r] = X[s + r * along];
        for (let r = h; r < 4; r++) mem[d + r] = 0;
      }
    }
  }
}

/**
 * C[co + i*N + j] = sum_k A[ao + i*ars + k*acs] * B[bo + k*brs + j*bcs] for i < M, j < N (any
 * strides, in elements, 0 and negative included). Returns false when the wasm kernel cannot run.
 * `sameB`: the caller promises B (data, offset, strides, K, N) is the one of its previous call
 * (a stack against one matrix), so its packed copy is reused when still in memory.
 * Memory holds the packed B, then one chunk of rows of packed A and of C at a time, then the
 * staging copy of the operand being packed.
 */
export function wasmGemm(
  A: Float64Array, ao: number, ars: number, acs: number,
  B: Float64Array, bo: number, brs: number, bcs: number,
  C: Float64Array, co: number, M: number, K: number, N: number,
  sameB = false,
  kBlock: ((rest: number) => number) | null = null,
): boolean {
  if (!enabled || K === 0 || M === 0 || N === 0) return false;
  const kernel = getKernel();
  if (!kernel || fusedModule !== (kBlock !== null)) return false;
  const nP = Math.ceil(N / NR);
  const Np = nP * NR;
  const bBytes = nP * NR * K * 8;
  const rowBytes = (K + Np) * 8;
  const chunkRows = Math.min(Math.ceil(M / MR) * MR, Math.max(1, Math.floor(CHUNK_BYTES / rowBytes / MC)) * MC);
  const denseB = isDense(bcs, brs, N, K);
  const denseA = isDense(ars, acs, Math.min(chunkRows, M), K);
  const stageElems = Math.max(denseB ? spanOf(bcs, brs, N, K) : 0, denseA ? spanOf(ars, acs, Math.min(chunkRows, M), K) : 0);
  const need = bBytes + chunkRows * rowBytes + stageElems * 8;
  if (need > MAX_BYTES) return false;
  const have = kernel.mem.buffer.byteLength;
  if (need > have) {
    try {
      kernel.mem.grow(Math.ceil((need - have) / 65536));
    } catch {
      return false; // the host refused more wasm memory: the caller falls back to the JS kernel
    }
  }
  if (memView.buffer !== kernel.mem.buffer) memView = new Float64Array(kernel.mem.buffer);
  const mem = memView;
  const bp = 0;
  const ap = bBytes;
  const cp = ap + chunkRows * K * 8;
  const stage = cp + chunkRows * Np * 8;
  const p = packedB;
  if (!(sameB && p && p.B === B && p.bo === bo && p.brs === brs && p.bcs === bcs && p.K === K && p.N === N)) {
    packOperand(kernel, mem, B, bo, bcs, brs, N, K, bp / 8, denseB ? stage : -1);
    packedB = { B, bo, brs, bcs, K, N };
  }
  const mcPanels = MC / MR;
  const cpf = cp / 8;
  for (let i0 = 0; i0 < M; i0 += chunkRows) {
    const rows = Math.min(chunkRows, M - i0);
    const mP = Math.ceil(rows / MR);
    packOperand(kernel, mem, A, ao + i0 * ars, ars, acs, rows, K, ap / 8, denseA ? stage : -1);
    for (let pc = 0, kc = 0; pc < K; pc += kc) {
      kc = kBlock ? kBlock(K - pc) : Math.min(KC, K - pc);
      for (let ic = 0; ic < mP; ic += mcPanels) {
        const nA = Math.min(mcPanels, mP - ic);
        for (let jr = 0; jr < nP; jr += NB_GROUP) {
          kernel.block(ap + (ic * K + pc) * MR * 8, bp + (jr * K + pc) * NR * 8, cp + (ic * MR * Np + jr * NR) * 8, nA, Math.min(NB_GROUP, nP - jr), kc, MR * K * 8, NR * K * 8, Np * 8, pc > 0 ? 1 : 0);
        }
      }
    }
    const co0 = co + i0 * N;
    if (Np === N) C.set(mem.subarray(cpf, cpf + rows * N), co0);
    else for (let i = 0; i < rows; i++) C.set(mem.subarray(cpf + i * Np, cpf + i * Np + N), co0 + i * N);
  }
  if (need > RETAIN_BYTES) {
    instance = null;
    memView = new Float64Array(0);
    packedB = null;
  }
  return true;
}
