// A minimal WebAssembly binary assembler: LEB128 numbers, sections, opcodes (scalar and SIMD)
// and a module builder whose functions import the engine's shared heap memory. Kernels are
// written as opcode lists in TypeScript (simd.ts), so the engine ships no binary blob and needs
// no toolchain. Only what the kernels use is here.

export const I32 = 0x7f;
export const F32 = 0x7d;
export const F64 = 0x7c;
export const I64 = 0x7e;
export const V128 = 0x7b;
export type ValType = typeof I32 | typeof I64 | typeof F32 | typeof F64 | typeof V128;

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): number[] {
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

function name(s: string): number[] {
  return [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
}

// ---------------------------------------------------------------- instructions
export const op = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  tee: (i: number) => [0x22, ...uleb(i)],
  i32: (v: number) => [0x41, ...sleb(v)],
  f64: (v: number) => [0x44, ...Array.from(new Uint8Array(new Float64Array([v]).buffer))],
  f32: (v: number) => [0x43, ...Array.from(new Uint8Array(new Float32Array([v]).buffer))],
  call: (f: number) => [0x10, ...uleb(f)],
  /** block / loop / if with no result */
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  else: [0x05],
  end: [0x0b],
  br: (d: number) => [0x0c, ...uleb(d)],
  brIf: (d: number) => [0x0d, ...uleb(d)],
  return: [0x0f],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  i32And: [0x71],
  i32Shl: [0x74],
  i32ShrU: [0x76],
  i32Eqz: [0x45],
  i32LtU: [0x49],
  i32GtU: [0x4b],
  i32LeU: [0x4d],
  i32GeU: [0x4f],
  /** memory access: align = log2 of the alignment hint */
  load: (code: number, align: number, offset = 0) => [code, align, ...uleb(offset)],
  simd: (code: number) => [0xfd, ...uleb(code)],
  simdMem: (code: number, align: number, offset = 0) => [0xfd, ...uleb(code), align, ...uleb(offset)],
  simdLane: (code: number, lane: number) => [0xfd, ...uleb(code), lane],
};

/** Scalar and vector opcodes of one float type, so a kernel is written once for f32 and f64. */
export interface FloatOps {
  type: ValType;
  bytes: number;
  lanes: number;
  align: number;
  load: (offset?: number) => number[];
  store: (offset?: number) => number[];
  add: number[];
  sub: number[];
  mul: number[];
  div: number[];
  vload: (offset?: number) => number[];
  vstore: (offset?: number) => number[];
  splat: number[];
  extract: (lane: number) => number[];
  vadd: number[];
  vsub: number[];
  vmul: number[];
  vdiv: number[];
  zero: number[];
}

export const F64_OPS: FloatOps = {
  type: F64,
  bytes: 8,
  lanes: 2,
  align: 3,
  load: (o = 0) => op.load(0x2b, 3, o),
  store: (o = 0) => op.load(0x39, 3, o),
  add: [0xa0],
  sub: [0xa1],
  mul: [0xa2],
  div: [0xa3],
  vload: (o = 0) => op.simdMem(0, 3, o),
  vstore: (o = 0) => op.simdMem(11, 3, o),
  splat: op.simd(20),
  extract: (l) => op.simdLane(33, l),
  vadd: op.simd(240),
  vsub: op.simd(241),
  vmul: op.simd(242),
  vdiv: op.simd(243),
  zero: op.f64(0),
};

export const F32_OPS: FloatOps = {
  type: F32,
  bytes: 4,
  lanes: 4,
  align: 2,
  load: (o = 0) => op.load(0x2a, 2, o),
  store: (o = 0) => op.load(0x38, 2, o),
  add: [0x92],
  sub: [0x93],
  mul: [0x94],
  div: [0x95],
  vload: (o = 0) => op.simdMem(0, 2, o),
  vstore: (o = 0) => op.simdMem(11, 2, o),
  splat: op.simd(19),
  extract: (l) => op.simdLane(31, l),
  vadd: op.simd(228),
  vsub: op.simd(229),
  vmul: op.simd(230),
  vdiv: op.simd(231),
  zero: op.f32(0),
};

export const log2 = (bytes: number) => 31 - Math.clz32(bytes);
export const addTo = (local: number, bytes: number) => [...op.get(local), ...op.i32(bytes), ...op.i32Add, ...op.set(local)];

/** `while (ptr < end) { body }` (the test first, then a do-while). */
export function whileLess(ptr: number, end: number, body: number[]): number[] {
  return [
    ...op.block, ...op.get(ptr), ...op.get(end), ...op.i32GeU, ...op.brIf(0),
    ...op.loop, ...body, ...op.get(ptr), ...op.get(end), ...op.i32LtU, ...op.brIf(0), ...op.end,
    ...op.end,
  ];
}

/**
 * The same shape for wrapping integer lanes (add/sub/mul only: div/extract unused), so the
 * elementwise kernels are written once. Wrapping mod 2^bits is NumPy's integer overflow.
 */
export const I64_OPS: FloatOps = {
  type: I64,
  bytes: 8,
  lanes: 2,
  align: 3,
  load: (o = 0) => op.load(0x29, 3, o),
  store: (o = 0) => op.load(0x37, 3, o),
  add: [0x7c],
  sub: [0x7d],
  mul: [0x7e],
  div: [],
  vload: (o = 0) => op.simdMem(0, 3, o),
  vstore: (o = 0) => op.simdMem(11, 3, o),
  splat: op.simd(18),
  extract: (l) => op.simdLane(29, l),
  vadd: op.simd(206),
  vsub: op.simd(209),
  vmul: op.simd(213),
  vdiv: [],
  zero: [0x42, 0],
};

export const I32_OPS: FloatOps = {
  type: I32,
  bytes: 4,
  lanes: 4,
  align: 2,
  load: (o = 0) => op.load(0x28, 2, o),
  store: (o = 0) => op.load(0x36, 2, o),
  add: [0x6a],
  sub: [0x6b],
  mul: [0x6c],
  div: [],
  vload: (o = 0) => op.simdMem(0, 2, o),
  vstore: (o = 0) => op.simdMem(11, 2, o),
  splat: op.simd(17),
  extract: (l) => op.simdLane(27, l),
  vadd: op.simd(174),
  vsub: op.simd(177),
  vmul: op.simd(181),
  vdiv: [],
  zero: op.i32(0),
};

// ---------------------------------------------------------------- module

export interface FuncDef {
  name: string;
  params: ValType[];
  results: ValType[];
  /** Extra locals after the parameters, in order. */
  locals: ValType[];
  /** Body without the final `end`. Function indices for `call` are positions in the module's list. */
  code: number[];
}

/**
 * A module importing memory `env.mem` (shared, limits minPages..maxPages) and exporting
 * every function by name.
 */
export function buildModule(funcs: FuncDef[], maxPages: number, shared = true): Uint8Array<ArrayBuffer> {
  const types = funcs.map((f) => [0x60, ...uleb(f.params.length), ...f.params, ...uleb(f.results.length), ...f.results]);
  const typeSec = [...uleb(types.length), ...types.flat()];
  const memType = shared ? [0x03, ...uleb(1), ...uleb(maxPages)] : [0x01, ...uleb(1), ...uleb(maxPages)];
  const importSec = [1, ...name('env'), ...name('mem'), 0x02, ...memType];
  const funcSec = [...uleb(funcs.length), ...funcs.flatMap((_, i) => uleb(i))];
  const exportSec = [...uleb(funcs.length), ...funcs.flatMap((f, i) => [...name(f.name), 0x00, ...uleb(i)])];
  const bodies = funcs.map((f) => {
    const groups: number[] = [];
    let count = 0;
    for (let i = 0; i < f.locals.length; i++) {
      if (i > 0 && f.locals[i] !== f.locals[i - 1]) {
        groups.push(...uleb(count), f.locals[i - 1]);
        count = 0;
      }
      count++;
    }
    const nGroups = countGroups(f.locals);
    if (f.locals.length > 0) groups.push(...uleb(count), f.locals[f.locals.length - 1]);
    const body = [...uleb(nGroups), ...groups, ...f.code, 0x0b];
    return [...uleb(body.length), ...body];
  });
  const codeSec = [...uleb(bodies.length), ...bodies.flat()];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, typeSec),
    ...section(2, importSec),
    ...section(3, funcSec),
    ...section(7, exportSec),
    ...section(10, codeSec),
  ]);
}

function countGroups(locals: ValType[]): number {
  let g = 0;
  for (let i = 0; i < locals.length; i++) if (i === 0 || locals[i] !== locals[i - 1]) g++;
  return g;
}
