// WebAssembly kernels for boolean masks over the engine heap: float64/float32 comparisons into
// bool bytes (array-array and array-scalar rows), counting the true bytes of a mask, and
// compressing the elements of a contiguous array where a mask is true (`x[x > 0]`), for any
// item size (elements move as raw bits, so every numeric dtype is exact); and the "any NaN or
// infinity?" scan behind floating-point warnings.
// Semantics equal the JS loops: a comparison is the IEEE one (NaN compares false except !=),
// stored as 0/1; the count is the sum of the mask's bytes (0/1 in bool arrays); the compress
// keeps element i when mask byte i is nonzero, in order.

import { F32_OPS, F64_OPS, I32, addTo, buildModule, log2, op, whileLess, type FloatOps, type FuncDef } from './assembler';
import { heapMaxPages, heapMemory, isHeapArray } from './heap';
import { simdEnabled } from './simd';

export type CompareOp = 'equal' | 'not_equal' | 'less' | 'less_equal' | 'greater' | 'greater_equal';
const CMP: CompareOp[] = ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal'];
/** (scalar opcode, SIMD opcode) per comparison, float64 and float32. */
const CMP_F64: Record<CompareOp, [number, number]> = { equal: [0x61, 71], not_equal: [0x62, 72], less: [0x63, 73], greater: [0x64, 74], less_equal: [0x65, 75], greater_equal: [0x66, 76] };
const CMP_F32: Record<CompareOp, [number, number]> = { equal: [0x5b, 65], not_equal: [0x5c, 66], less: [0x5d, 67], greater: [0x5e, 68], less_equal: [0x5f, 69], greater_equal: [0x60, 70] };
/** s OP x is x SWAPPED(OP) s (exact, NaN included). */
const SWAPPED: Record<CompareOp, CompareOp> = { equal: 'equal', not_equal: 'not_equal', less: 'greater', greater: 'less', less_equal: 'greater_equal', greater_equal: 'less_equal' };

const I16X8_NARROW_I32X4_S = 133;
const I8X16_NARROW_I16X8_S = 101;
const I8X16_SHUFFLE = 13;
const V128_AND = 78;
const V128_CONST = 12;
const EVEN_BYTES = [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30];

/**
 * o[k] = a[k] OP b[k] as a 0/1 byte, 16 elements per step: the lane masks (all ones / zero) are
 * narrowed to one byte per element and ANDed with 1. Params o, a, b (or scalar), n.
 */
function compareKernel(t: FloatOps, name: CompareOp, mode: 'vv' | 'vs'): FuncDef {
  const O = 0, A = 1, B = 2, N = 3, END = 4, VEND = 5, SPLAT = 6;
  const [scalarCode, simdCode] = (t.bytes === 8 ? CMP_F64 : CMP_F32)[name];
  const mask = (v: number) => [...op.get(A), ...t.vload(16 * v), ...(mode === 'vs' ? op.get(SPLAT) : [...op.get(B), ...t.vload(16 * v)]), ...op.simd(simdCode)];
  const narrow16 = (v: number) => [...mask(v), ...mask(v + 1), ...op.simd(I16X8_NARROW_I32X4_S)];
  let bytes: number[];
  if (t.bytes === 8) {
    // 8 vectors of 2 lanes: i64 masks read as i32 pairs narrow to duplicated bytes; keep the even ones
    const half = (v: number) => [...narrow16(v), ...narrow16(v + 2), ...op.simd(I8X16_NARROW_I16X8_S)];
    bytes = [...half(0), ...half(4), ...op.simd(I8X16_SHUFFLE), ...EVEN_BYTES];
  } else {
    bytes = [...narrow16(0), ...narrow16(2), ...op.simd(I8X16_NARROW_I16X8_S)];
  }
  const ones = [...op.simd(V128_CONST), ...new Array<number>(16).fill(1)];
  const step = 16 * t.bytes;
  const vec = [...op.get(O), ...bytes, ...ones, ...op.simd(V128_AND), ...op.simdMem(11, 0), ...addTo(O, 16), ...addTo(A, step), ...(mode === 'vv' ? addTo(B, step) : [])];
  const sc = [...op.get(O), ...op.get(A), ...t.load(), ...(mode === 'vs' ? op.get(B) : [...op.get(B), ...t.load()]), scalarCode, 0x3a, 0, 0, ...addTo(O, 1), ...addTo(A, t.bytes), ...(mode === 'vv' ? addTo(B, t.bytes) : [])];
  const code = [
    ...op.get(O), ...op.get(N), ...op.i32Add, ...op.set(END),
    ...op.get(O), ...op.get(N), ...op.i32(~15), ...op.i32And, ...op.i32Add, ...op.set(VEND),
    ...(mode === 'vs' ? [...op.get(B), ...t.splat, ...op.set(SPLAT)] : []),
    ...whileLess(O, VEND, vec),
    ...whileLess(O, END, sc),
  ];
  return { name: `${name}_${mode}`, params: [I32, I32, mode === 'vs' ? t.type : I32, I32], results: [], locals: [I32, I32, 0x7b], code };
}

/** Sum of n bytes at p (i8 -> i16 -> i32 pairwise widening adds, 16 bytes per step). */
function countKernel(): FuncDef {
  const P = 0, N = 1, END = 2, VEND = 3, ACC = 4, RES = 5;
  const vec = [...op.get(ACC), ...op.get(P), ...op.simdMem(0, 0), ...op.simd(0x7d), ...op.simd(0x7f), ...op.simd(0xae), ...op.set(ACC), ...addTo(P, 16)];
  const sc = [...op.get(RES), ...op.get(P), 0x2d, 0, 0, ...op.i32Add, ...op.set(RES), ...addTo(P, 1)];
  const code = [
    ...op.get(P), ...op.get(N), ...op.i32Add, ...op.set(END),
    ...op.get(P), ...op.get(N), ...op.i32(~15), ...op.i32And, ...op.i32Add, ...op.set(VEND),
    ...whileLess(P, VEND, vec),
    ...op.get(ACC), ...op.simdLane(0x1b, 0), ...op.get(ACC), ...op.simdLane(0x1b, 1), ...op.i32Add,
    ...op.get(ACC), ...op.simdLane(0x1b, 2), ...op.i32Add, ...op.get(ACC), ...op.simdLane(0x1b, 3), ...op.i32Add, ...op.set(RES),
    ...whileLess(P, END, sc),
    ...op.get(RES),
  ];
  return { name: 'count', params: [I32, I32], results: [I32], locals: [I32, I32, 0x7b, I32], code };
}

/**
 * Copies element i of src (item size `size`) to the next slot of out when mask byte i is
 * nonzero. Branch-free: every element is stored at the current slot and the slot advances by
 * (mask != 0); the loop stops once `count` elements are written, so it never stores past out.
 * Params src, mask, out, count.
 */
function compressKernel(size: number): FuncDef {
  const S = 0, M = 1, O = 2, C = 3, END = 4;
  const [load, store] = size === 8 ? [0x29, 0x37] : size === 4 ? [0x28, 0x36] : size === 2 ? [0x2f, 0x3b] : [0x2d, 0x3a];
  const sh = log2(size);
  const body = [
    ...op.get(O), ...op.get(S), load, sh, 0, store, sh, 0,
    ...op.get(O), ...op.get(M), 0x2d, 0, 0, ...op.i32(0), 0x47 /* i32.ne */, ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(O),
    ...addTo(S, size), ...addTo(M, 1),
  ];
  const code = [
    ...op.get(O), ...op.get(C), ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(END),
    ...whileLess(O, END, body),
  ];
  return { name: `compress${size}`, params: [I32, I32, I32, I32], results: [], locals: [I32], code };
}

/**
 * 1 when some of the n floats at p is NaN or infinite: x * 0 is ±0 for finite x and NaN
 * otherwise, and a sum of them is nonzero (NaN) exactly then. Params p, n.
 */
function nonFiniteKernel(t: FloatOps): FuncDef {
  const P = 0, N = 1, END = 2, VEND = 3, RES = 4, ACC = 5;
  const zeroV = [...t.zero, ...t.splat];
  const vec = [
    ...op.get(ACC), ...op.get(P), ...t.vload(), ...zeroV, ...t.vmul, ...t.vadd,
    ...op.get(P), ...t.vload(16), ...zeroV, ...t.vmul, ...t.vadd, ...op.set(ACC),
    ...addTo(P, 32),
  ];
  const sh = log2(t.bytes);
  const lanes: number[] = [];
  for (let l = 0; l < t.lanes; l++) lanes.push(...op.get(ACC), ...t.extract(l), ...(l > 0 ? t.add : []));
  const code = [
    ...zeroV, ...op.set(ACC),
    ...op.get(P), ...op.get(N), ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(END),
    ...op.get(P), ...op.get(N), ...op.i32(~(2 * t.lanes - 1)), ...op.i32And, ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(VEND),
    ...whileLess(P, VEND, vec),
    ...lanes, ...op.set(RES),
    ...whileLess(P, END, [...op.get(RES), ...op.get(P), ...t.load(), ...t.zero, ...t.mul, ...t.add, ...op.set(RES), ...addTo(P, t.bytes)]),
    ...op.get(RES), ...t.zero, t.bytes === 8 ? 0x62 : 0x5c, // f64.ne / f32.ne
  ];
  return { name: `nonfinite${t.bytes}`, params: [I32, I32], results: [I32], locals: [I32, I32, t.type, 0x7b], code };
}

/**
 * np.where rows: o[k] = c[k] != 0 ? x[k] : y[k] on raw 8- or 4-byte elements (exact bits for
 * every dtype of that size); x or y may be a scalar ('vs', 'sv': passed as i64/i32 bits).
 * 4 (8-byte) or 4 (4-byte) elements per step: 4 condition bytes widened to lane masks, then
 * v128.bitselect. Params o, c, x, y, n.
 */
function whereKernel(size: 4 | 8, mode: 'vv' | 'vs' | 'sv'): FuncDef {
  const O = 0, C = 1, X = 2, Y = 3, N = 4, END = 5, VEND = 6, XS = 7, YS = 8, W = 9;
  const big = size === 8;
  const lane = big ? 0x7e : I32;
  const [load, store] = big ? [0x29, 0x37] : [0x28, 0x36];
  const al = big ? 3 : 2;
  const zero = [...op.simd(V128_CONST), ...new Array<number>(16).fill(0)];
  const vx = (off: number) => (mode === 'sv' ? op.get(XS) : [...op.get(X), ...op.simdMem(0, al, off)]);
  const vy = (off: number) => (mode === 'vs' ? op.get(YS) : [...op.get(Y), ...op.simdMem(0, al, off)]);
  // widened condition: 4 bytes -> i32x4 lanes (W)
  const vec = [...op.get(C), ...op.simdMem(92, 0), ...op.simd(137), ...op.simd(169), ...op.set(W)];
  if (big) {
    for (const [half, ext] of [[0, 201], [1, 202]] as const) {
      vec.push(...op.get(O), ...vx(16 * half), ...vy(16 * half), ...op.get(W), ...op.simd(ext), ...zero, ...op.simd(215), ...op.simd(82), ...op.simdMem(11, al, 16 * half));
    }
  } else {
    vec.push(...op.get(O), ...vx(0), ...vy(0), ...op.get(W), ...zero, ...op.simd(56), ...op.simd(82), ...op.simdMem(11, al));
  }
  const adv = (bytes: number, cBytes: number) => [...addTo(O, bytes), ...addTo(C, cBytes), ...(mode === 'sv' ? [] : addTo(X, bytes)), ...(mode === 'vs' ? [] : addTo(Y, bytes))];
  vec.push(...adv(4 * size, 4));
  const sx = mode === 'sv' ? op.get(X) : [...op.get(X), load, al, 0];
  const sy = mode === 'vs' ? op.get(Y) : [...op.get(Y), load, al, 0];
  const sc = [...op.get(O), ...sx, ...sy, ...op.get(C), 0x2d, 0, 0, 0x1b, store, al, 0, ...adv(size, 1)];
  const sh = log2(size);
  const splat = big ? 18 : 17;
  const code = [
    ...op.get(O), ...op.get(N), ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(END),
    ...op.get(O), ...op.get(N), ...op.i32(~3), ...op.i32And, ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(VEND),
    ...(mode === 'vs' ? [...op.get(Y), ...op.simd(splat), ...op.set(YS)] : mode === 'sv' ? [...op.get(X), ...op.simd(splat), ...op.set(XS)] : []),
    ...whileLess(O, VEND, vec),
    ...whileLess(O, END, sc),
  ];
  const px = mode === 'sv' ? lane : I32;
  const py = mode === 'vs' ? lane : I32;
  return { name: `where${size}_${mode}`, params: [I32, I32, px, py, I32] as FuncDef['params'], results: [], locals: [I32, I32, 0x7b, 0x7b, 0x7b], code };
}

type Row = (o: number, a: number, b: number, n: number) => void;
interface MaskKernels {
  cmp: Record<'f64' | 'f32', Record<'vv' | 'vs', Record<CompareOp, Row>>>;
  count: (p: number, n: number) => number;
  nonFinite: Record<number, (p: number, n: number) => number>;
  where: Record<string, (o: number, c: number, x: number | bigint, y: number | bigint, n: number) => void>;
  compress: Record<number, (src: number, mask: number, out: number, count: number) => void>;
}

let kernels: MaskKernels | null | undefined;

function maskKernels(): MaskKernels | null {
  if (!simdEnabled()) return null;
  if (kernels !== undefined) return kernels;
  kernels = null;
  const mem = heapMemory();
  if (!mem) return null;
  try {
    const funcs: FuncDef[] = [];
    for (const t of [F64_OPS, F32_OPS]) for (const mode of ['vv', 'vs'] as const) for (const c of CMP) funcs.push({ ...compareKernel(t, c, mode), name: `${t.bytes}_${c}_${mode}` });
    funcs.push(countKernel());
    funcs.push(nonFiniteKernel(F64_OPS), nonFiniteKernel(F32_OPS));
    for (const size of [8, 4] as const) for (const mode of ['vv', 'vs', 'sv'] as const) funcs.push(whereKernel(size, mode));
    for (const size of [1, 2, 4, 8]) funcs.push(compressKernel(size));
    const ex = new WebAssembly.Instance(new WebAssembly.Module(buildModule(funcs, heapMaxPages())), { env: { mem } }).exports as Record<string, never>;
    const cmpOf = (bytes: number, mode: string) => Object.fromEntries(CMP.map((c) => [c, ex[`${bytes}_${c}_${mode}`]])) as unknown as Record<CompareOp, Row>;
    kernels = {
      cmp: { f64: { vv: cmpOf(8, 'vv'), vs: cmpOf(8, 'vs') }, f32: { vv: cmpOf(4, 'vv'), vs: cmpOf(4, 'vs') } },
      count: ex.count,
      nonFinite: { 8: ex.nonfinite8, 4: ex.nonfinite4 },
      where: Object.fromEntries(['8_vv', '8_vs', '8_sv', '4_vv', '4_vs', '4_sv'].map((m) => [m, ex[`where${m}`]])),
      compress: { 1: ex.compress1, 2: ex.compress2, 4: ex.compress4, 8: ex.compress8 },
    };
  } catch {
    kernels = null;
  }
  return kernels;
}

type Loop = (o: any, oi: number, os: number, a: any, ai: number, as: number, b: any, bi: number, bs: number, n: number) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A row loop for comparison `name` of dtype `dt` operands into a bool heap array that runs
 * contiguous heap rows (and rows against a broadcast scalar, either side) on the kernels and
 * the rest on `fallback`; null when no kernel applies.
 */
export function simdCompareLoop(name: string, dt: string, o: ArrayBufferView, a: ArrayBufferView, b: ArrayBufferView, fallback: Loop): Loop | null {
  if (!(name in SWAPPED) || (dt !== 'float64' && dt !== 'float32')) return null;
  if (!(o instanceof Uint8Array) || !isHeapArray(o)) return null;
  const k = maskKernels();
  if (!k) return null;
  const Ctor = dt === 'float64' ? Float64Array : Float32Array;
  const ours = (t: ArrayBufferView) => t instanceof Ctor && isHeapArray(t);
  const fk = k.cmp[dt === 'float64' ? 'f64' : 'f32'];
  const op = name as CompareOp;
  const vv = fk.vv[op], vs = fk.vs[op], sv = fk.vs[SWAPPED[op]];
  const sh = dt === 'float64' ? 3 : 2;
  const aHeap = ours(a), bHeap = ours(b);
  const ob = o.byteOffset, ab = a.byteOffset, bb = b.byteOffset;
  return (od, oi, os, ad, ai, as, bd, bi, bs, n) => {
    if (os === 1 && n >= 16) {
      if (as === 1 && aHeap) {
        if (bs === 1 && bHeap) return vv(ob + oi, ab + (ai << sh), bb + (bi << sh), n);
        if (bs === 0) return vs(ob + oi, ab + (ai << sh), bd[bi], n);
      } else if (as === 0 && bs === 1 && bHeap) return sv(ob + oi, bb + (bi << sh), ad[ai], n);
    }
    fallback(od, oi, os, ad, ai, as, bd, bi, bs, n);
  };
}

/** Sum of the bytes of a heap Uint8Array (a bool mask's true count), or -1 when not applicable. */
export function simdCountBytes(m: Uint8Array): number {
  if (m.length < 64 || !isHeapArray(m)) return -1;
  const k = maskKernels();
  return k ? k.count(m.byteOffset, m.length) : -1;
}

/**
 * out = src[off .. off+mask.length)[mask != 0] for heap arrays (contiguous source, `count` true
 * bytes in mask, out of exactly `count` elements); false when not applicable.
 */
export function simdCompress(src: ArrayBufferView & { length: number }, off: number, mask: Uint8Array, out: ArrayBufferView, count: number): boolean {
  if (!isHeapArray(src) || !isHeapArray(mask) || !isHeapArray(out)) return false;
  const size = (src as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  const k = maskKernels();
  if (!k || !k.compress[size]) return false;
  k.compress[size](src.byteOffset + off * size, mask.byteOffset, out.byteOffset, count);
  return true;
}

/**
 * Whether n contiguous floats of heap array `d` from element `offset` include a NaN or an
 * infinity (the fp-warning scan); null when not applicable (not on the heap, not float, short).
 */
export function simdHasNonFinite(d: ArrayBufferView, offset: number, n: number): boolean | null {
  if (n < 16 || !(d instanceof Float64Array || d instanceof Float32Array) || !isHeapArray(d)) return null;
  const k = maskKernels();
  if (!k) return null;
  return k.nonFinite[d.BYTES_PER_ELEMENT](d.byteOffset + offset * d.BYTES_PER_ELEMENT, n) !== 0;
}

/** Raw bits of element i of a typed array as the kernels' scalar parameter (i64 as bigint, else i32). */
function bitsOf(d: ArrayBufferView, i: number): number | bigint {
  const size = (d as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  return size === 8 ? new BigInt64Array(d.buffer, d.byteOffset + i * 8, 1)[0] : new Int32Array(d.buffer, d.byteOffset + i * 4, 1)[0];
}

/**
 * A row loop for np.where into `o` (4- or 8-byte elements, x and y stored in o's type) that runs
 * contiguous heap rows on the kernel: (o, oi, os, c, ci, cs, x, xi, xs, y, yi, ys, n) like the JS
 * loop it replaces (`fallback`); null when no kernel applies.
 */
export type WhereLoop = (o: ArrayBufferView, oi: number, os: number, c: Uint8Array, ci: number, cs: number, x: ArrayBufferView, xi: number, xs: number, y: ArrayBufferView, yi: number, ys: number, n: number) => void;
export function simdWhereLoop(o: ArrayBufferView, c: ArrayBufferView, x: ArrayBufferView, y: ArrayBufferView, fallback: WhereLoop): WhereLoop | null {
  const size = (o as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT;
  if ((size !== 8 && size !== 4) || !isHeapArray(o) || !(c instanceof Uint8Array) || !isHeapArray(c)) return null;
  const Ctor = o.constructor;
  if (x.constructor !== Ctor || y.constructor !== Ctor) return null;
  const k = maskKernels();
  if (!k) return null;
  const vv = k.where[`${size}_vv`], vs = k.where[`${size}_vs`], sv = k.where[`${size}_sv`];
  const xHeap = isHeapArray(x), yHeap = isHeapArray(y);
  return (od, oi, os, cd, ci, cs, xd, xi, xs, yd, yi, ys, n) => {
    if (os === 1 && cs === 1 && n >= 8) {
      const oa = o.byteOffset + oi * size, ca = c.byteOffset + ci;
      if (xs === 1 && xHeap) {
        if (ys === 1 && yHeap) return vv(oa, ca, x.byteOffset + xi * size, y.byteOffset + yi * size, n);
        if (ys === 0) return vs(oa, ca, x.byteOffset + xi * size, bitsOf(yd, yi), n);
      } else if (xs === 0 && ys === 1 && yHeap) return sv(oa, ca, bitsOf(xd, xi), y.byteOffset + yi * size, n);
    }
    fallback(od, oi, os, cd, ci, cs, xd, xi, xs, yd, yi, ys, n);
  };
}
