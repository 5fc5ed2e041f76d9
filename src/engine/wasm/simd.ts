// WebAssembly SIMD kernels over the engine heap (heap.ts), assembled from opcodes (assembler.ts):
// float64/float32 add, subtract, multiply, divide on contiguous rows (array op array, array op
// scalar, scalar op array), NumPy's pairwise summation of a contiguous row, and the axis-0
// accumulation out[k] += row[k] eight rows at a time. Every kernel performs exactly the IEEE
// operations of the JS loops it replaces, in the same order, so results are bit-identical:
// - elementwise: one correctly rounded op per element (float32: a float32 op equals the JS
//   double op rounded to float32, as double rounding is exact for + - * / at these precisions);
// - pairwise sum: NumPy's pairwise_sum (n < 8: a plain loop from 0; n <= 128: 8 accumulators
//   r[j] += a[i+j], combined ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), then the tail; otherwise split
//   at n/2 rounded down to a multiple of 8 and recurse). The 8 accumulators are exactly the lanes
//   of four f64x2 (two f32x4) vectors, so the vector loop is that algorithm, not a reordering.
// The JS side only calls these with byte addresses of arrays that live on the heap.

import { F32_OPS, F64_OPS, I32, I32_OPS, I64, I64_OPS, V128, addTo, buildModule, log2, op, whileLess, type FloatOps, type FuncDef } from './assembler';
import { heapMaxPages, heapMemory, isHeapArray } from './heap';

export type SimdBinaryOp = 'add' | 'subtract' | 'multiply' | 'divide' | SelectOp;
type SelectOp = 'maximum' | 'minimum' | 'fmax' | 'fmin';
const SELECT_OPS: SelectOp[] = ['maximum', 'minimum', 'fmax', 'fmin'];
const OPS: SimdBinaryOp[] = ['add', 'subtract', 'multiply', 'divide', ...SELECT_OPS];
const UNROLL = 2; // vectors per loop iteration

function scalarOp(t: FloatOps, name: SimdBinaryOp): number[] {
  return name === 'add' ? t.add : name === 'subtract' ? t.sub : name === 'multiply' ? t.mul : t.div;
}
function vectorOp(t: FloatOps, name: SimdBinaryOp): number[] {
  return name === 'add' ? t.vadd : name === 'subtract' ? t.vsub : name === 'multiply' ? t.vmul : t.vdiv;
}

/**
 * o[k] = a[k] op b[k]; mode 'vv' (a, b arrays), 'vs' (b a scalar parameter), 'sv' (a a scalar).
 * Params: o, a-or-scalar, b-or-scalar, n. Locals: end, vend, splat.
 */
function binaryKernel(t: FloatOps, name: SimdBinaryOp, mode: 'vv' | 'vs' | 'sv', flagNonFinite = false): FuncDef {
  const O = 0, A = 1, B = 2, N = 3, END = 4, VEND = 5, SPLAT = 6, VT = 7, VACC = 8, ST = 9, SACC = 10;
  const step = t.lanes * UNROLL;
  const aVec = (off: number) => (mode === 'sv' ? op.get(SPLAT) : [...op.get(A), ...t.vload(off)]);
  const bVec = (off: number) => (mode === 'vs' ? op.get(SPLAT) : [...op.get(B), ...t.vload(off)]);
  const aSc = mode === 'sv' ? op.get(A) : [...op.get(A), ...t.load()];
  const bSc = mode === 'vs' ? op.get(B) : [...op.get(B), ...t.load()];
  const advance = (bytes: number) => [...addTo(O, bytes), ...(mode === 'sv' ? [] : addTo(A, bytes)), ...(mode === 'vs' ? [] : addTo(B, bytes))];
  // flagNonFinite: also add up r - r over every result r (0 when finite, NaN for inf/NaN) and
  // return whether the sum is NaN, so the caller's floating-point-warning scan of the output
  // (fpwarnings.ts) can be skipped when it would find nothing; the stored values are the same
  const vAcc = flagNonFinite ? [...op.tee(VT), ...t.vstore(0)] : null;
  const vecBody: number[] = [];
  for (let u = 0; u < UNROLL; u++) {
    vecBody.push(...op.get(O), ...aVec(16 * u), ...bVec(16 * u), ...vectorOp(t, name));
    if (vAcc) vecBody.push(...op.tee(VT), ...t.vstore(16 * u), ...op.get(VACC), ...op.get(VT), ...op.get(VT), ...t.vsub, ...t.vadd, ...op.set(VACC));
    else vecBody.push(...t.vstore(16 * u));
  }
  vecBody.push(...advance(16 * UNROLL));
  const scBody = [...op.get(O), ...aSc, ...bSc, ...scalarOp(t, name)];
  if (flagNonFinite) scBody.push(...op.tee(ST), ...t.store(), ...op.get(SACC), ...op.get(ST), ...op.get(ST), ...t.sub, ...t.add, ...op.set(SACC));
  else scBody.push(...t.store());
  scBody.push(...advance(t.bytes));
  const f64 = t.bytes === 8;
  const code = [
    ...op.get(O), ...op.get(N), ...op.i32(log2(t.bytes)), ...op.i32Shl, ...op.i32Add, ...op.set(END),
    ...op.get(O), ...op.get(N), ...op.i32(~(step - 1)), ...op.i32And, ...op.i32(log2(t.bytes)), ...op.i32Shl, ...op.i32Add, ...op.set(VEND),
    ...(mode === 'vs' ? [...op.get(B), ...t.splat, ...op.set(SPLAT)] : mode === 'sv' ? [...op.get(A), ...t.splat, ...op.set(SPLAT)] : []),
    ...whileLess(O, VEND, vecBody),
    ...whileLess(O, END, scBody),
    // any lane of the vector sum NaN (v128.any_true of ne), or the scalar sum NaN
    ...(flagNonFinite ? [...op.get(VACC), ...op.get(VACC), ...op.simd(f64 ? 72 : 66), ...op.simd(83), ...op.get(SACC), ...op.get(SACC), f64 ? 0x62 : 0x5c, 0x72] : []),
  ];
  const pa = mode === 'sv' ? t.type : I32;
  const pb = mode === 'vs' ? t.type : I32;
  const locals: FuncDef['locals'] = flagNonFinite ? [I32, I32, V128, V128, V128, t.type, t.type] : [I32, I32, V128];
  return { name: `${flagNonFinite ? 'f' : ''}${name}_${mode}`, params: [I32, pa, pb, I32], results: flagNonFinite ? [I32] : [], locals, code };
}

/**
 * maximum/minimum/fmax/fmin as a per-lane select with the JS kernels' exact condition:
 * maximum `x > y || x != x ? x : y`, minimum `x < y || x != x`, fmax `x >= y || y != y`,
 * fmin `x <= y || y != y` (so -0/+0 ties give y for maximum/minimum, as NumPy's loops do, and
 * x for fmax/fmin; NaN propagates exactly as in NumPy);
 * v128.bitselect / select pick the operand's bits unchanged. Same params as binaryKernel.
 */
function selectKernel(t: FloatOps, name: SelectOp, mode: 'vv' | 'vs' | 'sv'): FuncDef {
  const O = 0, A = 1, B = 2, N = 3, END = 4, VEND = 5, SPLAT = 6, VA = 7, VB = 8, SA = 9, SB = 10;
  const f64 = t.bytes === 8;
  const ge = name === 'maximum' || name === 'fmax';
  const strict = name === 'maximum' || name === 'minimum'; // gt/lt instead of ge/le: ties give y
  const nanOf = name === 'maximum' || name === 'minimum' ? 'a' : 'b';
  // opcodes: f64x2 lt 73 gt 74 le 75 ge 76 ne 72; f32x4 lt 67 gt 68 le 69 ge 70 ne 66;
  // scalar f64 lt 0x63 gt 0x64 le 0x65 ge 0x66 ne 0x62; f32 lt 0x5d gt 0x5e le 0x5f ge 0x60 ne 0x5c
  const [vCmp, vNe, sCmp, sNe] = f64
    ? [strict ? (ge ? 74 : 73) : ge ? 76 : 75, 72, strict ? (ge ? 0x64 : 0x63) : ge ? 0x66 : 0x65, 0x62]
    : [strict ? (ge ? 68 : 67) : ge ? 70 : 69, 66, strict ? (ge ? 0x5e : 0x5d) : ge ? 0x60 : 0x5f, 0x5c];
  const aVec = (off: number) => (mode === 'sv' ? op.get(SPLAT) : [...op.get(A), ...t.vload(off)]);
  const bVec = (off: number) => (mode === 'vs' ? op.get(SPLAT) : [...op.get(B), ...t.vload(off)]);
  const aSc = mode === 'sv' ? op.get(A) : [...op.get(A), ...t.load()];
  const bSc = mode === 'vs' ? op.get(B) : [...op.get(B), ...t.load()];
  const advance = (bytes: number) => [...addTo(O, bytes), ...(mode === 'sv' ? [] : addTo(A, bytes)), ...(mode === 'vs' ? [] : addTo(B, bytes))];
  const vNan = nanOf === 'a' ? VA : VB;
  const sNan = nanOf === 'a' ? SA : SB;
  const vecBody: number[] = [];
  for (let u = 0; u < UNROLL; u++) {
    vecBody.push(...op.get(O), ...aVec(16 * u), ...op.tee(VA), ...bVec(16 * u), ...op.tee(VB));
    vecBody.push(...op.get(VA), ...op.get(VB), ...op.simd(vCmp), ...op.get(vNan), ...op.get(vNan), ...op.simd(vNe), ...op.simd(80), ...op.simd(82), ...t.vstore(16 * u));
  }
  vecBody.push(...advance(16 * UNROLL));
  const sc = [
    ...op.get(O), ...aSc, ...op.tee(SA), ...bSc, ...op.tee(SB),
    ...op.get(SA), ...op.get(SB), sCmp, ...op.get(sNan), ...op.get(sNan), sNe, 0x72, 0x1b, ...t.store(), ...advance(t.bytes),
  ];
  const sh = log2(t.bytes);
  const step = t.lanes * UNROLL;
  const code = [
    ...op.get(O), ...op.get(N), ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(END),
    ...op.get(O), ...op.get(N), ...op.i32(~(step - 1)), ...op.i32And, ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(VEND),
    ...(mode === 'vs' ? [...op.get(B), ...t.splat, ...op.set(SPLAT)] : mode === 'sv' ? [...op.get(A), ...t.splat, ...op.set(SPLAT)] : []),
    ...whileLess(O, VEND, vecBody),
    ...whileLess(O, END, sc),
  ];
  const pa = mode === 'sv' ? t.type : I32;
  const pb = mode === 'vs' ? t.type : I32;
  return { name: `${name}_${mode}`, params: [I32, pa, pb, I32], results: [], locals: [I32, I32, V128, V128, V128, t.type, t.type], code };
}

/** NumPy's pairwise_sum of n contiguous elements at byte address p (recursive: `self` is its index). */
function pairwiseKernel(t: FloatOps, self: number): FuncDef {
  const P = 0, N = 1, RES = 2, Q = 3, END = 4, N2 = 5, ACC = 6;
  const nAcc = 8 / t.lanes;
  const sh = log2(t.bytes);
  const r = (k: number) => [...op.get(ACC + Math.floor(k / t.lanes)), ...t.extract(k % t.lanes)];
  const pair = (k: number) => [...r(k), ...r(k + 1), ...t.add];
  const small = [
    ...t.zero, ...op.set(RES),
    ...op.get(P), ...op.get(N), ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(END),
    ...whileLess(P, END, [...op.get(RES), ...op.get(P), ...t.load(), ...t.add, ...op.set(RES), ...addTo(P, t.bytes)]),
    ...op.get(RES), ...op.return,
  ];
  const block: number[] = [];
  for (let j = 0; j < nAcc; j++) block.push(...op.get(P), ...t.vload(16 * j), ...op.set(ACC + j));
  block.push(...op.get(P), ...op.i32(8 * t.bytes), ...op.i32Add, ...op.set(Q));
  block.push(...op.get(P), ...op.get(N), ...op.i32(~7), ...op.i32And, ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(END));
  const accBody: number[] = [];
  for (let j = 0; j < nAcc; j++) accBody.push(...op.get(ACC + j), ...op.get(Q), ...t.vload(16 * j), ...t.vadd, ...op.set(ACC + j));
  accBody.push(...addTo(Q, 8 * t.bytes));
  block.push(...whileLess(Q, END, accBody));
  block.push(...pair(0), ...pair(2), ...t.add, ...pair(4), ...pair(6), ...t.add, ...t.add, ...op.set(RES));
  block.push(...op.get(P), ...op.get(N), ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(END));
  block.push(...whileLess(Q, END, [...op.get(RES), ...op.get(Q), ...t.load(), ...t.add, ...op.set(RES), ...addTo(Q, t.bytes)]));
  block.push(...op.get(RES), ...op.return);
  const code = [
    ...op.get(N), ...op.i32(8), ...op.i32LtU, ...op.if, ...small, ...op.end,
    ...op.get(N), ...op.i32(128), ...op.i32LeU, ...op.if, ...block, ...op.end,
    ...op.get(N), ...op.i32(1), ...op.i32ShrU, ...op.i32(~7), ...op.i32And, ...op.set(N2),
    ...op.get(P), ...op.get(N2), ...op.call(self),
    ...op.get(P), ...op.get(N2), ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.get(N), ...op.get(N2), ...op.i32Sub, ...op.call(self),
    ...t.add,
  ];
  const locals = [t.type, I32, I32, I32, ...new Array<number>(nAcc).fill(V128)] as FuncDef['locals'];
  return { name: 'sum', params: [I32, I32], results: [t.type], locals, code };
}

/**
 * o[k] = ((o[k] + r0[k]) + r1[k]) + ... + r7[k]: eight rows of an axis-0 sum, added in row order
 * (one pass over the output per eight rows). Params: o, r0..r7, n. Rows are addressed from their
 * bases plus one shared byte index, so the loop moves one counter instead of nine pointers.
 */
const ROWS = 8;
function addRowsKernel(t: FloatOps): FuncDef {
  const O = 0, R = 1, N = 1 + ROWS, I = N + 1, END = I + 1, VEND = END + 1, T = VEND + 1, ACC = T + 1;
  const at = (base: number) => [...op.get(base), ...op.get(I), ...op.i32Add];
  // two vectors per step: each row address is computed once for both
  const vec = [...at(O), ...op.tee(T), ...t.vload(), ...op.set(ACC), ...op.get(T), ...t.vload(16), ...op.set(ACC + 1)];
  for (let j = 0; j < ROWS; j++) {
    vec.push(...at(R + j), ...op.set(T));
    vec.push(...op.get(ACC), ...op.get(T), ...t.vload(), ...t.vadd, ...op.set(ACC));
    vec.push(...op.get(ACC + 1), ...op.get(T), ...t.vload(16), ...t.vadd, ...op.set(ACC + 1));
  }
  vec.push(...at(O), ...op.tee(T), ...op.get(ACC), ...t.vstore(), ...op.get(T), ...op.get(ACC + 1), ...t.vstore(16), ...addTo(I, 32));
  const sc = [...at(O), ...at(O), ...t.load()];
  for (let j = 0; j < ROWS; j++) sc.push(...at(R + j), ...t.load(), ...t.add);
  sc.push(...t.store(), ...addTo(I, t.bytes));
  const sh = log2(t.bytes);
  const code = [
    ...op.i32(0), ...op.set(I),
    ...op.get(N), ...op.i32(sh), ...op.i32Shl, ...op.set(END),
    ...op.get(N), ...op.i32(~(2 * t.lanes - 1)), ...op.i32And, ...op.i32(sh), ...op.i32Shl, ...op.set(VEND),
    ...whileLess(I, VEND, vec),
    ...whileLess(I, END, sc),
  ];
  return { name: 'addrows', params: new Array<number>(ROWS + 2).fill(I32) as FuncDef['params'], results: [], locals: [I32, I32, I32, I32, V128, V128], code };
}

export type SimdUnaryOp = 'negative' | 'absolute' | 'sqrt' | 'square' | 'floor' | 'ceil' | 'trunc' | 'rint';
const UNARY_OPS: SimdUnaryOp[] = ['negative', 'absolute', 'sqrt', 'square', 'floor', 'ceil', 'trunc', 'rint'];
/** (f64 scalar, f64x2, f32 scalar, f32x4) opcodes; square is x*x. All are exact IEEE operations. */
const UNARY_CODES: Record<Exclude<SimdUnaryOp, 'square'>, [number, number, number, number]> = {
  negative: [0x9a, 237, 0x8c, 225],
  absolute: [0x99, 236, 0x8b, 224],
  sqrt: [0x9f, 239, 0x91, 227],
  ceil: [0x9b, 116, 0x8d, 103],
  floor: [0x9c, 117, 0x8e, 104],
  trunc: [0x9d, 122, 0x8f, 105],
  rint: [0x9e, 148, 0x90, 106], // nearest: round half to even
};

/** o[k] = f(a[k]). Params o, a, n. Locals end, vend. */
function unaryKernel(t: FloatOps, name: SimdUnaryOp): FuncDef {
  const O = 0, A = 1, N = 2, END = 3, VEND = 4;
  const f64 = t.bytes === 8;
  const codes = name === 'square' ? null : UNARY_CODES[name];
  const vf = codes ? op.simd(f64 ? codes[1] : codes[3]) : t.vmul;
  const sf = codes ? [f64 ? codes[0] : codes[2]] : t.mul;
  const vecBody: number[] = [];
  for (let u = 0; u < UNROLL; u++) vecBody.push(...op.get(O), ...op.get(A), ...t.vload(16 * u), ...(codes ? [] : [...op.get(A), ...t.vload(16 * u)]), ...vf, ...t.vstore(16 * u));
  vecBody.push(...addTo(O, 16 * UNROLL), ...addTo(A, 16 * UNROLL));
  const sc = [...op.get(O), ...op.get(A), ...t.load(), ...(codes ? [] : [...op.get(A), ...t.load()]), ...sf, ...t.store(), ...addTo(O, t.bytes), ...addTo(A, t.bytes)];
  const sh = log2(t.bytes);
  const code = [
    ...op.get(O), ...op.get(N), ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(END),
    ...op.get(O), ...op.get(N), ...op.i32(~(t.lanes * UNROLL - 1)), ...op.i32And, ...op.i32(sh), ...op.i32Shl, ...op.i32Add, ...op.set(VEND),
    ...whileLess(O, VEND, vecBody),
    ...whileLess(O, END, sc),
  ];
  return { name: `u_${name}`, params: [I32, I32, I32], results: [], locals: [I32, I32], code };
}

/** Wrapping sum of n int64 at p (integer addition mod 2^64 is associative: any order is exact). */
function intSumKernel(): FuncDef {
  const P = 0, N = 1, END = 2, VEND = 3, RES = 4, ACC = 5;
  const t = I64_OPS;
  const zero = [...op.simd(12), ...new Array<number>(16).fill(0)];
  const vec = [
    ...op.get(ACC), ...op.get(P), ...t.vload(), ...t.vadd, ...op.set(ACC),
    ...op.get(ACC + 1), ...op.get(P), ...t.vload(16), ...t.vadd, ...op.set(ACC + 1),
    ...addTo(P, 32),
  ];
  const code = [
    ...zero, ...op.set(ACC), ...zero, ...op.set(ACC + 1),
    ...op.get(P), ...op.get(N), ...op.i32(3), ...op.i32Shl, ...op.i32Add, ...op.set(END),
    ...op.get(P), ...op.get(N), ...op.i32(~3), ...op.i32And, ...op.i32(3), ...op.i32Shl, ...op.i32Add, ...op.set(VEND),
    ...whileLess(P, VEND, vec),
    ...op.get(ACC), ...op.get(ACC + 1), ...t.vadd, ...op.set(ACC),
    ...op.get(ACC), ...t.extract(0), ...op.get(ACC), ...t.extract(1), ...t.add, ...op.set(RES),
    ...whileLess(P, END, [...op.get(RES), ...op.get(P), ...t.load(), ...t.add, ...op.set(RES), ...addTo(P, 8)]),
    ...op.get(RES),
  ];
  return { name: 'isum', params: [I32, I32], results: [I64], locals: [I32, I32, I64, V128, V128], code };
}

export interface IntKernels {
  i64: { vv: Record<IntOp, BigBinary>; vs: Record<IntOp, BigBinary>; sv: Record<IntOp, BigBinary> };
  i32: { vv: Record<IntOp, Binary>; vs: Record<IntOp, Binary>; sv: Record<IntOp, Binary> };
  /** Wrapping int64 sum of n elements at byte address p. */
  sum: (p: number, n: number) => bigint;
}
type IntOp = 'add' | 'subtract' | 'multiply';
const INT_OPS: IntOp[] = ['add', 'subtract', 'multiply'];
type BigBinary = (o: number, a: number | bigint, b: number | bigint, n: number) => void;

let intKernels: IntKernels | null | undefined;

/** The wrapping integer kernels (int64/uint64 and int32/uint32 add/subtract/multiply, int64 sum). */
export function simdIntKernels(): IntKernels | null {
  if (!simdOn) return null;
  if (intKernels !== undefined) return intKernels;
  intKernels = null;
  const mem = heapMemory();
  if (!mem) return null;
  try {
    const funcs: FuncDef[] = [];
    for (const t of [I64_OPS, I32_OPS]) for (const mode of ['vv', 'vs', 'sv'] as const) for (const name of INT_OPS) funcs.push({ ...binaryKernel(t, name, mode), name: `${t.bytes}_${name}_${mode}` });
    funcs.push(intSumKernel());
    const ex = new WebAssembly.Instance(new WebAssembly.Module(buildModule(funcs, heapMaxPages())), { env: { mem } }).exports as Record<string, never>;
    const pick = (bytes: number, mode: string) => Object.fromEntries(INT_OPS.map((n) => [n, ex[`${bytes}_${n}_${mode}`]])) as never;
    intKernels = { i64: { vv: pick(8, 'vv'), vs: pick(8, 'vs'), sv: pick(8, 'sv') }, i32: { vv: pick(4, 'vv'), vs: pick(4, 'vs'), sv: pick(4, 'sv') }, sum: ex.isum };
  } catch {
    intKernels = null;
  }
  return intKernels;
}

type Binary = (o: number, a: number, b: number, n: number) => void;
type FlaggedBinary = (o: number, a: number, b: number, n: number) => number;
type Rows = (o: number, a: number, b: number, n: number, rows: number, os: number, as: number, bs: number) => void;
type Unary = (o: number, a: number, n: number) => void;
export interface FloatKernels {
  vv: Record<SimdBinaryOp, Binary>;
  vs: Record<SimdBinaryOp, Binary>;
  sv: Record<SimdBinaryOp, Binary>;
  /** rows(o, a, b, n, rows, oRowStride, aRowStride, bRowStride): the vv kernel over 2-D rows (byte strides). */
  rows: Record<SimdBinaryOp, Rows>;
  unary: Record<SimdUnaryOp, Unary>;
  /** add/subtract/multiply/divide that also return 1 when some result is inf or NaN. */
  flagged: { vv: Partial<Record<SimdBinaryOp, FlaggedBinary>>; vs: Partial<Record<SimdBinaryOp, FlaggedBinary>>; sv: Partial<Record<SimdBinaryOp, FlaggedBinary>> };
  sum: (p: number, n: number) => number;
  /** addRows(o, r0, ..., r7, n) */
  addRows: (o: number, r0: number, r1: number, r2: number, r3: number, r4: number, r5: number, r6: number, r7: number, n: number) => void;
}

const ARITH_OPS: SimdBinaryOp[] = ['add', 'subtract', 'multiply', 'divide'];

function moduleFor(t: FloatOps): FuncDef[] {
  const funcs: FuncDef[] = [];
  for (const mode of ['vv', 'vs', 'sv'] as const) {
    for (const name of OPS) funcs.push((SELECT_OPS as string[]).includes(name) ? selectKernel(t, name as SelectOp, mode) : binaryKernel(t, name, mode));
  }
  // appended after the others, so the functions above keep their indices (rowsKernel calls them)
  const fused: FuncDef[] = [];
  for (const mode of ['vv', 'vs', 'sv'] as const) for (const name of ARITH_OPS) fused.push(binaryKernel(t, name, mode, true));
  funcs.push(pairwiseKernel(t, funcs.length));
  funcs.push(addRowsKernel(t));
  for (const name of UNARY_OPS) funcs.push(unaryKernel(t, name));
  OPS.forEach((name, vv) => funcs.push(rowsKernel(name, vv)));
  return [...funcs, ...fused];
}

/**
 * `rows` rows of the vv kernel (function index `vv`), each row start advanced by its byte row
 * stride (0 for a broadcast operand): a 2-D broadcast like (1000,1000)+(1000,) in one call
 * instead of one JS-to-wasm call per row. Params o, a, b, n, rows, os, as, bs.
 */
function rowsKernel(name: SimdBinaryOp, vv: number): FuncDef {
  const O = 0, A = 1, B = 2, N = 3, ROWS = 4, OS = 5, AS = 6, BS = 7, R = 8;
  const step = (p: number, s: number) => [...op.get(p), ...op.get(s), ...op.i32Add, ...op.set(p)];
  const body = [...op.get(O), ...op.get(A), ...op.get(B), ...op.get(N), ...op.call(vv), ...step(O, OS), ...step(A, AS), ...step(B, BS), ...addTo(R, 1)];
  return { name: `${name}_rows`, params: [I32, I32, I32, I32, I32, I32, I32, I32], results: [], locals: [I32], code: [...op.i32(0), ...op.set(R), ...whileLess(R, ROWS, body)] };
}

function instantiate(t: FloatOps, mem: WebAssembly.Memory): FloatKernels {
  const bytes = buildModule(moduleFor(t), heapMaxPages());
  const ex = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { mem } }).exports as Record<string, never>;
  const pick = (mode: string) => Object.fromEntries(OPS.map((n) => [n, ex[`${n}_${mode}`]])) as unknown as Record<SimdBinaryOp, Binary>;
  const unary = Object.fromEntries(UNARY_OPS.map((n) => [n, ex[`u_${n}`]])) as unknown as Record<SimdUnaryOp, Unary>;
  const flaggedOf = (mode: string) => Object.fromEntries(ARITH_OPS.map((n) => [n, ex[`f${n}_${mode}`]])) as Partial<Record<SimdBinaryOp, FlaggedBinary>>;
  const flagged = { vv: flaggedOf('vv'), vs: flaggedOf('vs'), sv: flaggedOf('sv') };
  return { vv: pick('vv'), vs: pick('vs'), sv: pick('sv'), rows: pick('rows') as unknown as Record<SimdBinaryOp, Rows>, unary, flagged, sum: ex.sum, addRows: ex.addrows };
}

let kernels: { f64: FloatKernels; f32: FloatKernels } | null | undefined;
let simdOn = true;

/** The kernels, or null when the heap or WebAssembly SIMD is unavailable (or turned off). */
export function simdKernels(): { f64: FloatKernels; f32: FloatKernels } | null {
  if (!simdOn) return null;
  if (kernels !== undefined) return kernels;
  const mem = heapMemory();
  kernels = null;
  if (mem) {
    try {
      // float32 kernels are assembled on first use: most programs never need them
      const f64 = instantiate(F64_OPS, mem);
      let f32: FloatKernels | undefined;
      kernels = { f64, get f32() { return (f32 ??= instantiate(F32_OPS, mem)); } };
    } catch {
      kernels = null; // no SIMD support: the JS loops run
    }
  }
  return kernels;
}

/** Turns the SIMD dispatch off/on (tests compare both paths; results must be identical). */
export function setSimdEnabled(on: boolean): void {
  simdOn = on;
}

export function simdEnabled(): boolean {
  return simdOn;
}

type Loop = (o: any, oi: number, os: number, a: any, ai: number, as: number, b: any, bi: number, bs: number, n: number) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A row loop for ufunc `name` on dtype `dt` that runs rows on the SIMD kernels when every
 * operand of the row is contiguous on the heap (or a broadcast scalar) and `fallback` otherwise;
 * null when no kernel applies at all (other ops/dtypes, output not on the heap).
 */
export function simdBinaryLoop(name: string, dt: string, o: ArrayBufferView, a: ArrayBufferView, b: ArrayBufferView, fallback: Loop): Loop | null {
  if (!(OPS as string[]).includes(name)) return null;
  if (name === 'add' || name === 'subtract' || name === 'multiply') {
    if (INT_CTORS[dt]) return intBinaryLoop(name, dt, o, a, b, fallback);
  }
  if (dt !== 'float64' && dt !== 'float32') return null;
  // the loop may read operands stored in another dtype (a uint32 array in a float64 loop): the
  // kernels only take arrays whose storage is the loop's float type
  const Ctor = dt === 'float64' ? Float64Array : Float32Array;
  const ours = (t: ArrayBufferView) => t instanceof Ctor && isHeapArray(t);
  if (!ours(o)) return null;
  const k = simdKernels();
  if (!k) return null;
  const fk = dt === 'float64' ? k.f64 : k.f32;
  const opName = name as SimdBinaryOp;
  const vv = fk.vv[opName], vs = fk.vs[opName], sv = fk.sv[opName];
  const sh = dt === 'float64' ? 3 : 2;
  return rowDispatch(vv, vs, sv, sh, o, a, b, ours(a), ours(b), fallback);
}

/**
 * One contiguous float row `o[k] = a[k] op b[k]` (k < n) straight on the kernels, for the
 * ufuncs' same-shape fast path: `oi`, `ai`, `bi` are element offsets into heap arrays of the
 * loop's float type; `b` may instead be a number (a broadcast scalar; `a` likewise, not both).
 * Returns false, having done nothing, when the kernels cannot take it.
 */
export function simdFloatRow(name: string, dt: string, o: ArrayBufferView, oi: number, a: ArrayBufferView | number, ai: number, b: ArrayBufferView | number, bi: number, n: number, flagNonFinite = false): boolean | 'finite' {
  if (n < 4 || !simdOn) return false;
  const f64 = dt === 'float64';
  if (!f64 && dt !== 'float32') return false;
  const Ctor = f64 ? Float64Array : Float32Array;
  if (!(o instanceof Ctor) || !isHeapArray(o)) return false;
  const k = kernels === undefined ? simdKernels() : kernels;
  if (!k) return false;
  const fk = f64 ? k.f64 : k.f32;
  const sh = f64 ? 3 : 2;
  const oa = o.byteOffset + (oi << sh);
  let mode: 'vv' | 'vs' | 'sv';
  let pa: number, pb: number;
  if (typeof a === 'number') {
    if (typeof b === 'number' || !(b instanceof Ctor) || !isHeapArray(b)) return false;
    mode = 'sv';
    pa = a;
    pb = b.byteOffset + (bi << sh);
  } else {
    if (!(a instanceof Ctor) || !isHeapArray(a)) return false;
    pa = a.byteOffset + (ai << sh);
    if (typeof b === 'number') {
      mode = 'vs';
      pb = b;
    } else {
      if (!(b instanceof Ctor) || !isHeapArray(b)) return false;
      mode = 'vv';
      pb = b.byteOffset + (bi << sh);
    }
  }
  const flagged = flagNonFinite ? fk.flagged[mode][name as SimdBinaryOp] : undefined;
  if (flagged !== undefined) return flagged(oa, pa, pb, n) === 0 ? 'finite' : true;
  const f = fk[mode][name as SimdBinaryOp];
  if (f === undefined) return false;
  f(oa, pa, pb, n);
  return true;
}

type ULoop = (o: any, oi: number, os: number, a: any, ai: number, as: number, n: number) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/** simdBinaryLoop's counterpart for unary ufuncs (negative absolute sqrt square floor ceil trunc rint). */
export function simdUnaryLoop(name: string, dt: string, o: ArrayBufferView, a: ArrayBufferView, fallback: ULoop): ULoop | null {
  if (!(UNARY_OPS as string[]).includes(name) || (dt !== 'float64' && dt !== 'float32')) return null;
  const Ctor = dt === 'float64' ? Float64Array : Float32Array;
  if (!(o instanceof Ctor) || !(a instanceof Ctor) || !isHeapArray(o) || !isHeapArray(a)) return null;
  const k = simdKernels();
  if (!k) return null;
  const f = (dt === 'float64' ? k.f64 : k.f32).unary[name as SimdUnaryOp];
  const sh = dt === 'float64' ? 3 : 2;
  const ob = o.byteOffset, ab = a.byteOffset;
  return (od, oi, os, ad, ai, as, n) => {
    if (os === 1 && as === 1 && n >= 4) return f(ob + (oi << sh), ab + (ai << sh), n);
    fallback(od, oi, os, ad, ai, as, n);
  };
}

type AnyBinary = (o: number, a: any, b: any, n: number) => void; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The row loop both simdBinaryLoop flavours return: a row whose output is contiguous runs on the
 * array-array kernel `vv`, or on `vs`/`sv` when one operand is a broadcast scalar (its value is
 * passed, a bigint for 64-bit integers); any other row runs `fallback`. `sh` is log2(item bytes).
 */
function rowDispatch(vv: AnyBinary, vs: AnyBinary, sv: AnyBinary, sh: number, o: ArrayBufferView, a: ArrayBufferView, b: ArrayBufferView, aHeap: boolean, bHeap: boolean, fallback: Loop): Loop {
  const ob = o.byteOffset, ab = a.byteOffset, bb = b.byteOffset;
  return (od, oi, os, ad, ai, as, bd, bi, bs, n) => {
    if (os === 1 && n >= 4) {
      if (as === 1 && aHeap) {
        if (bs === 1 && bHeap) return vv(ob + (oi << sh), ab + (ai << sh), bb + (bi << sh), n);
        if (bs === 0) return vs(ob + (oi << sh), ab + (ai << sh), bd[bi], n);
      } else if (as === 0 && bs === 1 && bHeap) return sv(ob + (oi << sh), ad[ai], bb + (bi << sh), n);
    }
    fallback(od, oi, os, ad, ai, as, bd, bi, bs, n);
  };
}

const INT_CTORS: Record<string, new (n: number) => ArrayBufferView> = { int64: BigInt64Array, uint64: BigUint64Array, int32: Int32Array, uint32: Uint32Array };

/** simdBinaryLoop for wrapping integer add/subtract/multiply (64- and 32-bit, either signedness). */
function intBinaryLoop(name: IntOp, dt: string, o: ArrayBufferView, a: ArrayBufferView, b: ArrayBufferView, fallback: Loop): Loop | null {
  const Ctor = INT_CTORS[dt];
  const ours = (t: ArrayBufferView) => t instanceof Ctor && isHeapArray(t);
  if (!ours(o)) return null;
  const k = simdIntKernels();
  if (!k) return null;
  const big = dt === 'int64' || dt === 'uint64';
  const fk = (big ? k.i64 : k.i32) as IntKernels['i64'];
  const vv = fk.vv[name], vs = fk.vs[name], sv = fk.sv[name];
  const sh = big ? 3 : 2;
  return rowDispatch(vv, vs, sv, sh, o, a, b, ours(a), ours(b), fallback);
}

/**
 * A whole 2-D float binary op on the kernels in one call: out (rows x n, element strides
 * [osr, 1]) from a and b with element row strides asr/bsr (0 when broadcast along rows) and
 * inner stride 1, all contiguous rows on the heap in the loop's storage type. False when not
 * applicable (the caller runs its row loop).
 */
export function simdBinary2d(name: string, dt: string, o: ArrayBufferView, oi: number, osr: number, a: ArrayBufferView, ai: number, asr: number, b: ArrayBufferView, bi: number, bsr: number, rows: number, n: number): boolean {
  if (!(OPS as string[]).includes(name) || (dt !== 'float64' && dt !== 'float32') || n < 4) return false;
  const Ctor = dt === 'float64' ? Float64Array : Float32Array;
  for (const t of [o, a, b]) if (!(t instanceof Ctor) || !isHeapArray(t)) return false;
  const k = simdKernels();
  if (!k) return false;
  const size = dt === 'float64' ? 8 : 4;
  (dt === 'float64' ? k.f64 : k.f32).rows[name as SimdBinaryOp](o.byteOffset + oi * size, a.byteOffset + ai * size, b.byteOffset + bi * size, n, rows, osr * size, asr * size, bsr * size);
  return true;
}
