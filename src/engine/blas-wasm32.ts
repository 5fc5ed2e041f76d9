// Fused multiply-add loops for blas.ts on WebAssembly relaxed SIMD, used only when the host's
// relaxed_madd is checked to fuse (x64 with FMA3): float32 sgemm register tiles, sgemv_t's 8-lane
// kernel (4 rows side by side, the lanes folded in wasm), sgemv_n (4 outputs a vector, 16 side by
// side, the unfused K % 4 tail included), sdot's 32 fused lanes (returned for blas.ts to reduce), and the fused
// cores of dgemv_t (two f64x2 chains = lanes k mod 4, reduced (s0 + s2) + (s1 + s3)) and ddot
// (16 lanes, returned for blas.ts to reduce). sgemm: A (row-major, K floats a row), B (row-major,
// rows padded to a multiple of 4 columns) and C are copied into this module's own memory; one
// tile call runs one K block of R rows (4, 2 or 1 rows with the same split flags) over a run of
// 4-column groups, G groups at a time, so R x G independent f32x4 chains share each A splat and
// B vector. Every lane is still one C element's own chain in OpenBLAS's order: from +0 (plain),
// or two chains over the even and odd k of each 8-k group with the K % 8 tail on the even one
// (the k2 kernels), then C = acc + C; tiles only change which elements run side by side, never
// a result bit. Without fused relaxed SIMD, `sgemmWasm` returns false and blas.ts runs its exact
// JS loops (slower).
import { F32, I32, V128, op, uleb, type FuncDef } from './wasm/assembler';
import { wasmGemmFused } from './wasm-gemm';

/**
 * Kernel code as nested lists of bytes, flattened once by index loops: this runs once, cold, in
 * V8's interpreter, where array spreads cost milliseconds per kernel.
 */
type Code = (number | Code)[];

function flatCode(code: Code, out: number[] = []): number[] {
  for (let i = 0; i < code.length; i++) {
    const part = code[i];
    if (typeof part === 'number') out.push(part);
    else flatCode(part, out);
  }
  return out;
}

/** A section: id, byte length, body. */
function sectionOf(id: number, body: number[]): Code {
  return [id, uleb(body.length), body];
}

function nameOf(s: string): Code {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return [uleb(s.length), out];
}

/**
 * The module of `funcs` importing env.mem (unshared, up to maxPages), each function exported by
 * its name: assembler.ts's buildModule, byte for byte, with index loops instead of spreads.
 */
function assemble(funcs: FuncDef[], maxPages: number): Uint8Array<ArrayBuffer> {
  const types: Code = [uleb(funcs.length)];
  const funcIds: Code = [uleb(funcs.length)];
  const exports: Code = [uleb(funcs.length)];
  const bodies: Code = [uleb(funcs.length)];
  funcs.forEach((f, n) => {
    types.push(0x60, uleb(f.params.length), f.params, uleb(f.results.length), f.results);
    funcIds.push(uleb(n));
    exports.push(nameOf(f.name), 0x00, uleb(n));
    const groups: Code = [];
    let count = 0;
    let nGroups = 0;
    for (let i = 0; i < f.locals.length; i++) {
      if (i > 0 && f.locals[i] !== f.locals[i - 1]) {
        groups.push(uleb(count), f.locals[i - 1]);
        nGroups++;
        count = 0;
      }
      count++;
    }
    if (f.locals.length > 0) {
      groups.push(uleb(count), f.locals[f.locals.length - 1]);
      nGroups++;
    }
    const body = flatCode([uleb(nGroups), groups, f.code, 0x0b]);
    bodies.push(uleb(body.length), body);
  });
  const importSec: Code = [1, nameOf('env'), nameOf('mem'), 0x02, 0x01, uleb(1), uleb(maxPages)];
  return new Uint8Array(flatCode([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    sectionOf(1, flatCode(types)),
    sectionOf(2, flatCode(importSec)),
    sectionOf(3, flatCode(funcIds)),
    sectionOf(7, flatCode(exports)),
    sectionOf(10, flatCode(bodies)),
  ]));
}

/** local.get / local.set, made once per index (the generators call them thousands of times). */
const getCache: number[][] = [];
const setCache: number[][] = [];
const get = (i: number) => (getCache[i] ??= op.get(i));
const set = (i: number) => (setCache[i] ??= op.set(i));
const RELAXED_MADD = op.simd(0x105);
const SPLAT = op.simd(0x13);
const VADD = op.simd(0xe4);
const VZERO = [...op.simd(12), ...new Array(16).fill(0)];
const vload = (o = 0) => op.simdMem(0, 2, o);
const vstore = (o = 0) => op.simdMem(11, 2, o);
const f32load = (o = 0) => op.load(0x2a, 2, o);

/**
 * The register-tile shapes (rows x 4-column groups) of the float32 kernels: as many independent
 * accumulators as fit V8's 16 xmm registers beside the B vectors and A splats, so the fused
 * multiply-adds' latency is hidden and each B vector / A splat feeds several chains.
 */
const TILE_GROUPS: Record<string, number> = { '4p': 2, '4s': 1, '2p': 4, '2s': 2, '1p': 4, '1s': 4 };
const SPLIT_NAMES = ['p', 's'] as const;
/** 4-column groups per column panel (B's K block of a panel: 320 x 128 floats, 160 KB). */
const PANEL_GROUPS = 32;

/** Kernel export name for `rows` rows x `groups` groups, plain (0) or split (1). */
const tileName = (rows: number, groups: number, split: number) => `s${rows}x${groups}${SPLIT_NAMES[split]}`;

/**
 * s{R}x{G}{p|s}(ap, bp, cp, bl, tiles, lda, ldb, ldc): one K block (bl values of k) of R rows of
 * C over `tiles` tiles of G 4-column groups (byte addresses and strides). Each lane of each
 * accumulator is one C element's chain, in exactly the order of one C element computed alone:
 * plain, one fused chain from +0 over k; split, the even and odd k of each pair below bl & -8 on
 * two chains and the tail on the even one; then C = (e [+ o]) + C.
 */
function stile(R: number, G: number, split: number): FuncDef {
  const [AP, BP, CP, BL, NT, LDA, LDB, LDC] = [0, 1, 2, 3, 4, 5, 6, 7];
  let next = 8;
  const tile = next++, bt = next++, bp = next++, t = next++, main = next++, cp = next++, crow = next++;
  const a = Array.from({ length: R }, () => next++);
  const i32Locals = next - 8;
  const e = Array.from({ length: R * G }, () => next++);
  const o = split ? Array.from({ length: R * G }, () => next++) : [];
  const bv = Array.from({ length: G }, () => next++);
  const av = Array.from({ length: R }, () => next++);
  const v128Locals = next - 8 - i32Locals;
  const SPLAT_LOAD = (off: number) => op.simdMem(9, 2, off); // v128.load32_splat
  /** one k: acc[r][g] = fma(A[r][k], B[k][g], acc[r][g]), B row at bp, A at a_r + aOff */
  const kstep = (acc: number[], aOff: number) => {
    const out: Code = [];
    for (let g = 0; g < G; g++) out.push(get(bp), vload(16 * g), set(bv[g]));
    for (let r = 0; r < R; r++) out.push(get(a[r]), SPLAT_LOAD(aOff), set(av[r]));
    for (let r = 0; r < R; r++)
      for (let g = 0; g < G; g++)
        out.push(get(av[r]), get(bv[g]), get(acc[r * G + g]), RELAXED_MADD, set(acc[r * G + g]));
    out.push(get(bp), get(LDB), op.i32Add, set(bp));
    return out;
  };
  const bumpA = (bytes: number) => a.flatMap((x) => [get(x), op.i32(bytes), op.i32Add, set(x)]);
  const code: Code = [
    op.i32(0), set(tile), get(BP), set(bt), get(CP), set(cp),
    get(BL), op.i32(-8), op.i32And, set(main),
    op.block, get(NT), op.i32Eqz, op.brIf(0),
    op.loop,
  ];
  for (const x of [...e, ...o]) code.push(VZERO, set(x));
  for (let r = 0; r < R; r++) code.push(get(AP), get(LDA), op.i32(r), op.i32Mul, op.i32Add, set(a[r]));
  code.push(get(bt), set(bp), op.i32(0), set(t));
  if (split) {
    code.push(
      op.block, get(t), get(main), op.i32GeU, op.brIf(0),
      op.loop,
      kstep(e, 0), kstep(o, 4), bumpA(8),
      get(t), op.i32(2), op.i32Add, op.tee(t), get(main), op.i32LtU, op.brIf(0),
      op.end, op.end,
    );
  }
  code.push(
    op.block, get(t), get(BL), op.i32GeU, op.brIf(0),
    op.loop,
    kstep(e, 0), bumpA(4),
    get(t), op.i32(1), op.i32Add, op.tee(t), get(BL), op.i32LtU, op.brIf(0),
    op.end, op.end,
    get(cp), set(crow),
  );
  for (let r = 0; r < R; r++) {
    for (let g = 0; g < G; g++) {
      const k = r * G + g;
      code.push(get(crow), get(e[k]));
      if (split) code.push(get(o[k]), VADD);
      code.push(get(crow), vload(16 * g), VADD, vstore(16 * g));
    }
    code.push(get(crow), get(LDC), op.i32Add, set(crow));
  }
  code.push(
    get(cp), op.i32(16 * G), op.i32Add, set(cp),
    get(bt), op.i32(16 * G), op.i32Add, set(bt),
    get(tile), op.i32(1), op.i32Add, op.tee(tile), get(NT), op.i32LtU, op.brIf(0),
    op.end, op.end,
  );
  const locals = [...new Array(i32Locals).fill(I32), ...new Array(v128Locals).fill(V128)];
  return { name: tileName(R, G, split), params: [I32, I32, I32, I32, I32, I32, I32, I32], results: [], locals, code: flatCode(code) };
}

/** Every tile kernel: each shape of TILE_GROUPS and its one-group edge version. */
function tileKernels(): FuncDef[] {
  const out: FuncDef[] = [];
  for (const R of [4, 2, 1])
    for (const split of [0, 1]) {
      const G = TILE_GROUPS[`${R}${SPLIT_NAMES[split]}`];
      out.push(stile(R, G, split));
      if (G > 1) out.push(stile(R, 1, split));
    }
  return out;
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
  const code: Code = [
    op.block, get(ROWS), op.i32Eqz, op.brIf(0),
    op.i32(0), set(r),
    op.loop,
    VZERO, set(c01), VZERO, set(c23),
    get(AP), get(r), get(LDA), op.i32Mul, op.i32Add, set(a),
    get(XP), set(x),
    get(XP), get(NB), op.i32(8), op.i32Mul, op.i32Add, set(end),
    op.block, get(x), get(end), op.i32GeU, op.brIf(0),
    op.loop,
    get(a), vload64(0), get(x), vload64(0), get(c01), MADD64, set(c01),
    get(a), vload64(16), get(x), vload64(16), get(c23), MADD64, set(c23),
    get(a), op.i32(32), op.i32Add, set(a),
    get(x), op.i32(32), op.i32Add, op.tee(x), get(end), op.i32LtU, op.brIf(0),
    op.end, op.end,
    get(c01), get(c23), VADD64, set(tsum),
    // y[r] = y[r] + (lane0 + lane1)
    get(YP), get(r), op.i32(8), op.i32Mul, op.i32Add,
    get(YP), get(r), op.i32(8), op.i32Mul, op.i32Add, f64load(),
    get(tsum), op.simdLane(33, 0), get(tsum), op.simdLane(33, 1), 0xa0, 0xa0,
    f64store(),
    get(r), op.i32(1), op.i32Add, op.tee(r), get(ROWS), op.i32LtU, op.brIf(0),
    op.end, op.end,
  ];
  return { name: 'dgemvt', params: [I32, I32, I32, I32, I32, I32], results: [], locals: [I32, I32, I32, I32, V128, V128, V128], code: flatCode(code) };
}

/** ddot16(xp, yp, n1, outp): the 16 fused lanes of x[i] * y[i] over i < n1 (a multiple of 16), stored at outp. */
function ddot16(): FuncDef {
  const [XP, YP, N1, OUT] = [0, 1, 2, 3];
  const [x, y, end] = [4, 5, 6];
  const acc = (q: number) => 7 + q;
  const code: Code = [];
  for (let q = 0; q < 8; q++) code.push(VZERO, set(acc(q)));
  code.push(
    get(XP), set(x), get(YP), set(y),
    get(XP), get(N1), op.i32(8), op.i32Mul, op.i32Add, set(end),
    op.block, get(x), get(end), op.i32GeU, op.brIf(0),
    op.loop,
  );
  for (let q = 0; q < 8; q++) code.push(get(y), vload64(16 * q), get(x), vload64(16 * q), get(acc(q)), MADD64, set(acc(q)));
  code.push(
    get(x), op.i32(128), op.i32Add, set(x),
    get(y), op.i32(128), op.i32Add, set(y),
    get(x), get(end), op.i32LtU, op.brIf(0),
    op.end, op.end,
  );
  for (let q = 0; q < 8; q++) code.push(get(OUT), get(acc(q)), op.simdMem(11, 3, 16 * q));
  return { name: 'ddot16', params: [I32, I32, I32, I32], results: [], locals: [I32, I32, I32, V128, V128, V128, V128, V128, V128, V128, V128], code: flatCode(code) };
}

/**
 * sgemvt4(ap, lda, xp, yp, nb, quads, pro): sgemv_t's fused 8-lane kernel on `quads` groups of 4
 * rows (row r at ap + r*lda, y[r] at yp + 4r): per row, lanes 0-3 take the `pro` (0 or 4)
 * prologue values of k, then lanes k mod 8 over the rest of the nb values (two f32x4 chains);
 * v = low + high, t = (v0 + v1) + (v2 + v3), y[r] = y[r] + t. Four rows run side by side.
 */
function sgemvt4(): FuncDef {
  const [AP, LDA, XP, YP, NB, QUADS, PRO] = [0, 1, 2, 3, 4, 5, 6];
  const [q, x, end, yp] = [7, 8, 9, 10];
  const a = [11, 12, 13, 14];
  const lo = [15, 16, 17, 18];
  const hi = [19, 20, 21, 22];
  const xv = [23, 24];
  const v = 25;
  const madd = (acc: number, off: number, xl: number) =>
    a.flatMap((ar, r) => [get(ar), vload(off), get(xl), get(acc === 0 ? lo[r] : hi[r]), RELAXED_MADD, set(acc === 0 ? lo[r] : hi[r])]);
  const bump = (bytes: number) => [...a, x].flatMap((p) => [get(p), op.i32(bytes), op.i32Add, set(p)]);
  const F32ADD = [0x92];
  const code: Code = [
    op.block, get(QUADS), op.i32Eqz, op.brIf(0),
    op.i32(0), set(q), get(YP), set(yp),
    op.loop,
  ];
  for (let r = 0; r < 4; r++) code.push(VZERO, set(lo[r]), VZERO, set(hi[r]));
  for (let r = 0; r < 4; r++) code.push(get(AP), get(q), op.i32(4), op.i32Mul, op.i32(r), op.i32Add, get(LDA), op.i32Mul, op.i32Add, set(a[r]));
  code.push(
    get(XP), set(x),
    get(XP), get(NB), op.i32(4), op.i32Mul, op.i32Add, set(end),
    get(PRO), op.if,
    get(x), vload(), set(xv[0]), madd(0, 0, xv[0]), bump(16),
    op.end,
    op.block, get(x), get(end), op.i32GeU, op.brIf(0),
    op.loop,
    get(x), vload(), set(xv[0]), get(x), vload(16), set(xv[1]),
    madd(0, 0, xv[0]), madd(1, 16, xv[1]), bump(32),
    get(x), get(end), op.i32LtU, op.brIf(0),
    op.end, op.end,
  );
  for (let r = 0; r < 4; r++) {
    code.push(
      get(lo[r]), get(hi[r]), VADD, set(v),
      get(yp), get(yp), f32load(4 * r),
      get(v), op.simdLane(31, 0), get(v), op.simdLane(31, 1), F32ADD,
      get(v), op.simdLane(31, 2), get(v), op.simdLane(31, 3), F32ADD, F32ADD,
      F32ADD, op.load(0x38, 2, 4 * r),
    );
  }
  code.push(
    get(yp), op.i32(16), op.i32Add, set(yp),
    get(q), op.i32(1), op.i32Add, op.tee(q), get(QUADS), op.i32LtU, op.brIf(0),
    op.end, op.end,
  );
  const locals = [...new Array(8).fill(I32), ...new Array(11).fill(V128)];
  return { name: 'sgemvt4', params: [I32, I32, I32, I32, I32, I32, I32], results: [], locals, code: flatCode(code) };
}

/** Output vectors (4 outputs each) per sgemv_n tile, by split flag. */
const GEMVN_VECTORS = 4;

/**
 * sgemvn{V}{p|s}(ap, lda, xp, yp, n, tiles): sgemv_n for `tiles` tiles of V x 4 consecutive
 * outputs (output i's k-th value at ap + 4i + k*lda, bytes): per group of 8 (then 4) k, one fused
 * chain from +0 (plain) or even/odd-k chains added together (split), y = y + group sum; then the
 * n % 4 tail unfused ((y + p0) + p1, then y + p). y starts at +0 and is stored at yp.
 */
function sgemvn(V: number, split: number): FuncDef {
  const [AP, LDA, XP, YP, N, NT] = [0, 1, 2, 3, 4, 5];
  const [tile, ap, yp, x, p, g, groups] = [6, 7, 8, 9, 10, 11, 12];
  let next = 13;
  const y = Array.from({ length: V }, () => next++);
  const e = Array.from({ length: V }, () => next++);
  const o = split ? Array.from({ length: V }, () => next++) : e;
  const xs = next++;
  const v128s = next - 13;
  const VMUL = op.simd(0xe6);
  /** one group of `len` k at row pointer p (advanced) with x at x (advanced) */
  const group = (len: number) => {
    const out: Code = [];
    for (const r of new Set([...e, ...o])) out.push(VZERO, set(r));
    for (let q = 0; q < len; q++) {
      const acc = q % 2 === 1 ? o : e;
      out.push(get(x), op.simdMem(9, 2, 4 * q), set(xs));
      for (let v = 0; v < V; v++) out.push(get(p), vload(16 * v), get(xs), get(acc[v]), RELAXED_MADD, set(acc[v]));
      out.push(get(p), get(LDA), op.i32Add, set(p));
    }
    for (let v = 0; v < V; v++) {
      out.push(get(y[v]), get(e[v]));
      if (split) out.push(get(o[v]), VADD);
      out.push(VADD, set(y[v]));
    }
    out.push(get(x), op.i32(4 * len), op.i32Add, set(x));
    return out;
  };
  const product = (q: number) => (v: number) => [get(p), get(LDA), op.i32(q), op.i32Mul, op.i32Add, vload(16 * v), get(x), op.simdMem(9, 2, 4 * q), VMUL];
  const code: Code = [
    get(N), op.i32(3), op.i32ShrU, set(groups),
    op.block, get(NT), op.i32Eqz, op.brIf(0),
    op.i32(0), set(tile), get(AP), set(ap), get(YP), set(yp),
    op.loop,
  ];
  for (const r of y) code.push(VZERO, set(r));
  code.push(
    get(ap), set(p), get(XP), set(x), op.i32(0), set(g),
    op.block, get(groups), op.i32Eqz, op.brIf(0),
    op.loop, group(8),
    get(g), op.i32(1), op.i32Add, op.tee(g), get(groups), op.i32LtU, op.brIf(0),
    op.end, op.end,
    get(N), op.i32(4), op.i32And, op.if, group(4), op.end,
    get(N), op.i32(2), op.i32And, op.if,
  );
  for (let v = 0; v < V; v++) code.push(get(y[v]), product(0)(v), VADD, product(1)(v), VADD, set(y[v]));
  code.push(
    get(p), get(LDA), get(LDA), op.i32Add, op.i32Add, set(p),
    get(x), op.i32(8), op.i32Add, set(x),
    op.end,
    get(N), op.i32(1), op.i32And, op.if,
  );
  for (let v = 0; v < V; v++) code.push(get(y[v]), product(0)(v), VADD, set(y[v]));
  code.push(op.end);
  for (let v = 0; v < V; v++) code.push(get(yp), get(y[v]), vstore(16 * v));
  code.push(
    get(ap), op.i32(16 * V), op.i32Add, set(ap),
    get(yp), op.i32(16 * V), op.i32Add, set(yp),
    get(tile), op.i32(1), op.i32Add, op.tee(tile), get(NT), op.i32LtU, op.brIf(0),
    op.end, op.end,
  );
  const locals = [...new Array(7).fill(I32), ...new Array(v128s).fill(V128)];
  return { name: `sgemvn${V}${SPLIT_NAMES[split]}`, params: [I32, I32, I32, I32, I32, I32], results: [], locals, code: flatCode(code) };
}

/** sdot32(xp, yp, n1, outp): the 32 fused float32 lanes of y[i] * x[i] over i < n1 (a multiple of 32), stored at outp. */
function sdot32(): FuncDef {
  const [XP, YP, N1, OUT] = [0, 1, 2, 3];
  const [x, y, end] = [4, 5, 6];
  const acc = (q: number) => 7 + q;
  const code: Code = [];
  for (let q = 0; q < 8; q++) code.push(VZERO, set(acc(q)));
  code.push(
    get(XP), set(x), get(YP), set(y),
    get(XP), get(N1), op.i32(4), op.i32Mul, op.i32Add, set(end),
    op.block, get(x), get(end), op.i32GeU, op.brIf(0),
    op.loop,
  );
  for (let q = 0; q < 8; q++) code.push(get(y), vload(16 * q), get(x), vload(16 * q), get(acc(q)), RELAXED_MADD, set(acc(q)));
  code.push(
    get(x), op.i32(128), op.i32Add, set(x),
    get(y), op.i32(128), op.i32Add, set(y),
    get(x), get(end), op.i32LtU, op.brIf(0),
    op.end, op.end,
  );
  for (let q = 0; q < 8; q++) code.push(get(OUT), get(acc(q)), vstore(16 * q));
  return { name: 'sdot32', params: [I32, I32, I32, I32], results: [], locals: [I32, I32, I32, ...new Array(8).fill(V128)], code: flatCode(code) };
}

/** fma32(a, b, c) through relaxed_madd lane 0: the startup check that it fuses. */
function fma32Probe(): FuncDef {
  return {
    name: 'fma32', params: [F32, F32, F32], results: [F32], locals: [],
    code: flatCode([get(0), SPLAT, get(1), SPLAT, get(2), SPLAT, RELAXED_MADD, op.simdLane(31, 0)]),
  };
}

type TileFn = (ap: number, bp: number, cp: number, bl: number, tiles: number, lda: number, ldb: number, ldc: number) => void;

type GemvNFn = (ap: number, lda: number, xp: number, yp: number, n: number, tiles: number) => void;

interface Kernel {
  sdot32: (xp: number, yp: number, n1: number, outp: number) => void;
  sgemvt4: (ap: number, lda: number, xp: number, yp: number, nb: number, quads: number, pro: number) => void;
  [tile: string]: unknown;
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
    const mod = new WebAssembly.Module(assemble([...tileKernels(), sdot32(), sgemvt4(), sgemvn(GEMVN_VECTORS, 0), sgemvn(1, 0), sgemvn(1, 1), fma32Probe(), dgemvt(), ddot16()], MAX_PAGES));
    const k = new WebAssembly.Instance(mod, { env: { mem: memory } }).exports as unknown as Kernel;
    const a = Math.fround(1 + 2 ** -12);
    if (k.fma32(a, a, 2 ** -80) === 1 + 2 ** -11 + 2 ** -23 && k.fma32(a, a, -(2 ** -80)) === 1 + 2 ** -11) kernel = k;
  } catch {
    kernel = null;
  }
  return kernel;
}

interface TileShape {
  /** groups per tile */
  G: number;
  tile: TileFn;
  /** the one-group version, for a run's last run % G groups */
  edge: TileFn;
}

let tileShapes: TileShape[][] | null = null;

/** The tile kernels by rows (1, 2, 4) and split flag. */
function shapes(k: Kernel): TileShape[][] {
  if (tileShapes) return tileShapes;
  const table: TileShape[][] = [];
  for (const R of [1, 2, 4]) {
    table[R] = [0, 1].map((split) => {
      const G = TILE_GROUPS[`${R}${SPLIT_NAMES[split]}`];
      return { G, tile: k[tileName(R, G, split)] as TileFn, edge: k[tileName(R, 1, split)] as TileFn };
    });
  }
  tileShapes = table;
  return table;
}

interface RowFlags {
  /** each row's split flag per 4-column group */
  rowMode: Uint8Array;
  /** 1 where row i has the same flags as row i + 1 */
  sameAsNext: Uint8Array;
}

/** Row flags by plan (blas.ts keeps recent plans, so a loop over one shape derives them once). */
const rowFlagsByMode = new WeakMap<Uint8Array, RowFlags>();

function rowFlags(mode: Uint8Array, M: number, N: number): RowFlags {
  const known = rowFlagsByMode.get(mode);
  if (known) return known;
  const groups = Math.ceil(N / 4);
  const rowMode = new Uint8Array(M * groups);
  for (let i = 0; i < M; i++) for (let g = 0; g < groups; g++) rowMode[i * groups + g] = mode[i * N + g * 4];
  const sameAsNext = new Uint8Array(M);
  for (let i = 0; i + 1 < M; i++) {
    let same = 1;
    for (let g = 0; g < groups && same; g++) if (rowMode[i * groups + g] !== rowMode[(i + 1) * groups + g]) same = 0;
    sameAsNext[i] = same;
  }
  const flags = { rowMode, sameAsNext };
  rowFlagsByMode.set(mode, flags);
  return flags;
}

/**
 * Runs blas.ts's sgemm plan in wasm: C[co + i*N + j] = A (M x K, element strides ars, acs) @
 * B (K x N, strides brs, bcs), float32; `mode` the split flags (uniform on 4-column groups),
 * `kBlocks` the K block lengths. False (C untouched) when the fused kernel is unavailable.
 */
export function sgemmWasm(
  A: Float32Array, ao: number, ars: number, acs: number,
  B: Float32Array, bo: number, brs: number, bcs: number,
  C: Float32Array, co: number, M: number, K: number, N: number, mode: Uint8Array, kBlocks: number[],
): boolean {
  // wasmGemmFused() is false while tests switch the wasm kernels off: the JS loops run then
  const k = wasmGemmFused() ? getKernel() : null;
  if (!k || !memory) return false;
  const N4 = Math.ceil(N / 4) * 4;
  const aOff = 0;
  const bOff = M * K;
  const cOff = bOff + K * N4;
  if (!ensure((cOff + M * N4) * 4)) return false;
  const mem = new Float32Array(memory.buffer);
  // A row-major, K floats a row; B row-major with rows padded to N4 (zeros); C zeroed
  for (let i = 0; i < M; i++) {
    const src = ao + i * ars;
    const dst = aOff + i * K;
    if (acs === 1) mem.set(A.subarray(src, src + K), dst);
    else for (let kk = 0; kk < K; kk++) mem[dst + kk] = A[src + kk * acs];
  }
  for (let kk = 0; kk < K; kk++) {
    const src = bo + kk * brs;
    const row = bOff + kk * N4;
    if (bcs === 1) mem.set(B.subarray(src, src + N), row);
    else for (let j = 0; j < N; j++) mem[row + j] = B[src + j * bcs];
    for (let j = N; j < N4; j++) mem[row + j] = 0;
  }
  mem.fill(0, cOff, cOff + M * N4);
  const groups = N4 / 4;
  const { rowMode, sameAsNext } = rowFlags(mode, M, N);
  const table = shapes(k);
  const lda = K * 4;
  const ldb = N4 * 4;
  for (let blk = 0, ls = 0; blk < kBlocks.length; ls += kBlocks[blk], blk++) {
    const bl = kBlocks[blk];
    const canSplit = bl >= 8 ? 1 : 0;
    // column panels of PANEL_GROUPS groups: the panel's K block of B stays in L2 across the rows
    for (let p0 = 0; p0 < groups; p0 += PANEL_GROUPS) {
      const p1 = Math.min(groups, p0 + PANEL_GROUPS);
      for (let i = 0; i < M; ) {
        const R = i + 4 <= M && sameAsNext[i] && sameAsNext[i + 1] && sameAsNext[i + 2] ? 4 : i + 2 <= M && sameAsNext[i] ? 2 : 1;
        const ap = (aOff + i * K + ls) * 4;
        const flags = i * groups;
        // runs of groups with the same split flag
        for (let g0 = p0; g0 < p1; ) {
          const split = rowMode[flags + g0] & canSplit;
          let g1 = g0 + 1;
          while (g1 < p1 && (rowMode[flags + g1] & canSplit) === split) g1++;
          const { G, tile, edge } = table[R][split];
          const tiles = Math.floor((g1 - g0) / G);
          const bp = (bOff + ls * N4 + g0 * 4) * 4;
          const cp = (cOff + i * N4 + g0 * 4) * 4;
          if (tiles > 0) tile(ap, bp, cp, bl, tiles, lda, ldb, ldb);
          const left = g1 - g0 - tiles * G;
          if (left > 0) edge(ap, bp + tiles * G * 16, cp + tiles * G * 16, bl, left, lda, ldb, ldb);
          g0 = g1;
        }
        i += R;
      }
    }
  }
  const view = new Float32Array(memory.buffer);
  for (let i = 0; i < M; i++) C.set(view.subarray(cOff + i * N4, cOff + i * N4 + N), co + i * N);
  return true;
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

/**
 * sgemv_t's fused rows in wasm: for the first `rows` rows (a multiple of 4) of A (row j at
 * A[ao + j*lda], unit stride, m values), y[j] += each block's 8-lane sum over k < mMain in blocks
 * of `nbMax` (see blas.ts sgemvTOneThread). False (Y untouched) without the kernel.
 */
export function sgemvtWasm(A: Float32Array, ao: number, lda: number, rows: number, mMain: number, nbMax: number, x: Float64Array, Y: Float32Array, yo: number): boolean {
  const k = wasmGemmFused() ? getKernel() : null;
  if (!k || !ensure((rows * mMain + mMain + rows) * 4)) return false;
  const mem = new Float32Array(memory!.buffer);
  for (let r = 0; r < rows; r++) mem.set(A.subarray(ao + r * lda, ao + r * lda + mMain), r * mMain);
  const xo = rows * mMain;
  for (let i = 0; i < mMain; i++) mem[xo + i] = x[i];
  const yOff = xo + mMain;
  mem.set(Y.subarray(yo, yo + rows), yOff);
  for (let b0 = 0; b0 < mMain; b0 += nbMax) {
    const nb = Math.min(nbMax, mMain - b0);
    k.sgemvt4(b0 * 4, mMain * 4, (xo + b0) * 4, yOff * 4, nb, rows / 4, nb & 4 ? 1 : 0);
  }
  Y.set(mem.subarray(yOff, yOff + rows), yo);
  return true;
}

/**
 * sgemv_n's first mMain outputs (a multiple of 4; output i's k-th value at A[ao + i + k*lda],
 * n values of k, x contiguous) in wasm, in blocks of nbMax outputs whose leading 4 / 8 / 12
 * outputs take the split chains (see blas.ts sgemvNOneThread). False (Y untouched) without it.
 */
export function sgemvnWasm(A: Float32Array, ao: number, lda: number, mMain: number, n: number, nbMax: number, x: Float64Array, Y: Float32Array, yo: number): boolean {
  const k = wasmGemmFused() ? getKernel() : null;
  if (!k || !ensure((n * mMain + n + mMain) * 4)) return false;
  const mem = new Float32Array(memory!.buffer);
  for (let kk = 0; kk < n; kk++) mem.set(A.subarray(ao + kk * lda, ao + kk * lda + mMain), kk * mMain);
  const xo = n * mMain;
  for (let i = 0; i < n; i++) mem[xo + i] = x[i];
  const yOff = xo + n;
  const plain = k[`sgemvn${GEMVN_VECTORS}p`] as GemvNFn;
  const plain1 = k.sgemvn1p as GemvNFn;
  const split1 = k.sgemvn1s as GemvNFn;
  const ldaB = mMain * 4;
  for (let b0 = 0; b0 < mMain; b0 += nbMax) {
    const nb = Math.min(nbMax, mMain - b0);
    const split4 = nb & 4 ? 4 : 0;
    const splitEnd = split4 + ((nb - split4) & 8 ? 8 : 0);
    const vecs = (nb - splitEnd) / 4;
    const tiles = Math.floor(vecs / GEMVN_VECTORS);
    let i = b0;
    if (splitEnd > 0) split1(i * 4, ldaB, xo * 4, (yOff + i) * 4, n, splitEnd / 4);
    i += splitEnd;
    if (tiles > 0) plain(i * 4, ldaB, xo * 4, (yOff + i) * 4, n, tiles);
    i += tiles * GEMVN_VECTORS * 4;
    if (i < b0 + nb) plain1(i * 4, ldaB, xo * 4, (yOff + i) * 4, n, (b0 + nb - i) / 4);
  }
  Y.set(mem.subarray(yOff, yOff + mMain), yo);
  return true;
}

/** sdot's 32 fused float32 lanes over the first n1 (a multiple of 32) unit-stride elements, or null. */
export function sdotLanesWasm(X: Float32Array, xo: number, Y: Float32Array, yo: number, n1: number): Float32Array | null {
  const k = wasmGemmFused() ? getKernel() : null;
  if (!k || !ensure((2 * n1 + 32) * 4)) return null;
  const mem = new Float32Array(memory!.buffer);
  mem.set(X.subarray(xo, xo + n1), 0);
  mem.set(Y.subarray(yo, yo + n1), n1);
  k.sdot32(0, n1 * 4, n1, 2 * n1 * 4);
  return mem.slice(2 * n1, 2 * n1 + 32);
}
