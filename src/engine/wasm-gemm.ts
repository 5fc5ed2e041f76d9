// A WebAssembly SIMD (f64x2) micro-kernel for float64 matmul, assembled here from its opcodes
// (no toolchain, no binary blob): for one packed 4-row panel of A it computes the 4x4 tiles
// against every packed 4-column panel of B, 8 f64x2 accumulators summing over k in order.
// Results equal the plain-JS kernel's bit for bit (same multiply-then-add sequence per element).
// `wasmGemm` returns false when WebAssembly SIMD is unavailable (old engine, strict CSP); the
// caller then uses the JS kernel.

const I32 = 0x7f;
const V128 = 0x7b;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function str(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

// opcodes
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const i32c = (v: number) => [0x41, ...sleb(v)];
const I32_ADD = 0x6a;
const I32_MUL = 0x6c;
const I32_LT_U = 0x49;
const f64load = (off: number) => [0x2b, 3, ...uleb(off)];
const v128load = (off: number) => [0xfd, ...uleb(0), 3, ...uleb(off)];
const v128store = (off: number) => [0xfd, ...uleb(11), 3, ...uleb(off)];
const v128zero = [0xfd, ...uleb(12), ...new Array(16).fill(0)];
const F64X2_SPLAT = [0xfd, ...uleb(20)];
const F64X2_ADD = [0xfd, ...uleb(240)];
const F64X2_MUL = [0xfd, ...uleb(242)];

/**
 * kernel(ap, bp, cp, K, nPanels): for each panel j, tile(j) = Ap(4 x K, k-major) @ Bp_j (K x 4),
 * stored row-major (16 f64) at cp + 128*j.
 */
function buildModule(): Uint8Array<ArrayBuffer> {
  // params 0..4: ap, bp, cp, K, nPanels; locals: 5 j, 6 pa, 7 pb, 8 end, 9 tmp; v128 10..17 acc, 18 b01, 19 b23, 20 a
  const AP = 0, BP = 1, CP = 2, K = 3, NP = 4, J = 5, PA = 6, PB = 7, END = 8;
  const ACC = 10, B01 = 18, B23 = 19, A = 20;
  const code: number[] = [];
  code.push(...i32c(0), ...set(J));
  code.push(0x03, 0x40); // loop j
  for (let r = 0; r < 8; r++) code.push(...v128zero, ...set(ACC + r));
  code.push(...get(AP), ...set(PA));
  // pb = bp + j*K*32
  code.push(...get(BP), ...get(J), ...get(K), I32_MUL, ...i32c(32), I32_MUL, I32_ADD, ...set(PB));
  code.push(...get(AP), ...get(K), ...i32c(32), I32_MUL, I32_ADD, ...set(END));
  code.push(0x03, 0x40); // loop k
  code.push(...get(PB), ...v128load(0), ...set(B01));
  code.push(...get(PB), ...v128load(16), ...set(B23));
  for (let r = 0; r < 4; r++) {
    code.push(...get(PA), ...f64load(8 * r), ...F64X2_SPLAT, ...set(A));
    code.push(...get(ACC + 2 * r), ...get(A), ...get(B01), ...F64X2_MUL, ...F64X2_ADD, ...set(ACC + 2 * r));
    code.push(...get(ACC + 2 * r + 1), ...get(A), ...get(B23), ...F64X2_MUL, ...F64X2_ADD, ...set(ACC + 2 * r + 1));
  }
  code.push(...get(PA), ...i32c(32), I32_ADD, ...set(PA));
  code.push(...get(PB), ...i32c(32), I32_ADD, ...set(PB));
  code.push(...get(PA), ...get(END), I32_LT_U, 0x0d, 0); // br_if loop k
  code.push(0x0b); // end loop k
  // store tile: cp + j*128
  for (let r = 0; r < 8; r++) {
    code.push(...get(CP), ...get(J), ...i32c(128), I32_MUL, I32_ADD, ...get(ACC + r), ...v128store(16 * r));
  }
  code.push(...get(J), ...i32c(1), I32_ADD, ...set(J));
  code.push(...get(J), ...get(NP), I32_LT_U, 0x0d, 0); // br_if loop j
  code.push(0x0b); // end loop j
  code.push(0x0b); // end function
  const locals = [2, ...uleb(5), I32, ...uleb(11), V128];
  const body = [...locals, ...code];
  const func = [...uleb(body.length), ...body];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, ...uleb(1)]),
    ...section(7, [2, ...str('gemm'), 0, 0, ...str('mem'), 2, 0]),
    ...section(10, [1, ...func]),
  ];
  void K;
  return new Uint8Array(bytes);
}

interface Kernel {
  gemm: (ap: number, bp: number, cp: number, K: number, nPanels: number) => void;
  mem: WebAssembly.Memory;
}

let kernel: Kernel | null | undefined;

function getKernel(): Kernel | null {
  if (kernel !== undefined) return kernel;
  try {
    const bytes = buildModule();
    if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes)) return (kernel = null);
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    kernel = inst.exports as unknown as Kernel;
  } catch {
    kernel = null;
  }
  return kernel;
}

/** C(MxN) = A(MxK) @ B(KxN), row-major float64; returns false when WASM SIMD is unavailable. */
export function wasmGemm(A: Float64Array, ao: number, B: Float64Array, bo: number, C: Float64Array, co: number, M: number, K: number, N: number): boolean {
  const k = getKernel();
  if (!k || K === 0) return false;
  const nPanels = Math.ceil(N / 4);
  const apBytes = K * 32;
  const bpBytes = nPanels * K * 32;
  const cpBytes = nPanels * 128;
  const need = apBytes + bpBytes + cpBytes;
  const have = k.mem.buffer.byteLength;
  if (need > have) k.mem.grow(Math.ceil((need - have) / 65536));
  const mem = new Float64Array(k.mem.buffer);
  const ap = 0;
  const bp = apBytes;
  const cp = apBytes + bpBytes;
  const bpf = bp / 8;
  for (let jp = 0; jp < nPanels; jp++) {
    const j0 = jp * 4;
    const w = Math.min(4, N - j0);
    const base = bpf + jp * K * 4;
    for (let kk = 0; kk < K; kk++) {
      const src = bo + kk * N + j0;
      const dst = base + kk * 4;
      for (let c = 0; c < 4; c++) mem[dst + c] = c < w ? B[src + c] : 0;
    }
  }
  const cpf = cp / 8;
  for (let i0 = 0; i0 < M; i0 += 4) {
    const h = Math.min(4, M - i0);
    for (let kk = 0; kk < K; kk++) for (let r = 0; r < 4; r++) mem[kk * 4 + r] = r < h ? A[ao + (i0 + r) * K + kk] : 0;
    k.gemm(ap, bp, cp, K, nPanels);
    for (let r = 0; r < h; r++) {
      const row = co + (i0 + r) * N;
      for (let jp = 0; jp < nPanels; jp++) {
        const j0 = jp * 4;
        const w = Math.min(4, N - j0);
        const t = cpf + jp * 16 + r * 4;
        for (let c = 0; c < w; c++) C[row + j0 + c] = mem[t + c];
      }
    }
  }
  return true;
}
