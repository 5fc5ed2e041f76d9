// WebAssembly kernel for the strided 2-D copy behind np.ascontiguousarray / a.T.copy(): out
// (rows x cols, C order) from a heap source with any element strides, in 32x32 tiles so both
// the source and the destination are walked with cache locality. Elements move as raw bits
// (8- or 4-byte loads and stores), so the copy is exact for every dtype of that size.

import { I32, addTo, buildModule, op, whileLess, type FuncDef } from './assembler';
import { heapMaxPages, heapMemory, isHeapArray } from './heap';
import { simdEnabled } from './simd';

const TILE = 32;
const SELECT = 0x1b;

/** Params src, s0, s1 (byte strides), out, rows, cols. */
function tiledCopyKernel(size: 4 | 8): FuncDef {
  const SRC = 0, S0 = 1, S1 = 2, OUT = 3, ROWS = 4, COLS = 5;
  const I0 = 6, J0 = 7, I1 = 8, J1 = 9, I = 10, J = 11, SP = 12, OP = 13, ROWB = 14;
  const [load, store] = size === 8 ? [0x29, 0x37] : [0x28, 0x36];
  const align = size === 8 ? 3 : 2;
  const min = (a: number, b: number[]) => [...op.get(a), ...b, ...op.get(a), ...b, ...op.i32LtU, SELECT]; // a < b ? a : b
  const inner = [...op.get(OP), ...op.get(SP), load, align, 0, store, align, 0, ...op.get(SP), ...op.get(S0), ...op.i32Add, ...op.set(SP), ...op.get(OP), ...op.get(ROWB), ...op.i32Add, ...op.set(OP), ...addTo(I, 1)];
  const perColumn = [
    // sp = src + i0*s0 + j*s1; op = out + (i0*cols + j)*size
    ...op.get(SRC), ...op.get(I0), ...op.get(S0), ...op.i32Mul, ...op.i32Add, ...op.get(J), ...op.get(S1), ...op.i32Mul, ...op.i32Add, ...op.set(SP),
    ...op.get(OUT), ...op.get(I0), ...op.get(COLS), ...op.i32Mul, ...op.get(J), ...op.i32Add, ...op.i32(size), ...op.i32Mul, ...op.i32Add, ...op.set(OP),
    ...op.get(I0), ...op.set(I),
    ...whileLess(I, I1, inner),
    ...addTo(J, 1),
  ];
  const perTile = [
    ...min(COLS, [...op.get(J0), ...op.i32(TILE), ...op.i32Add]), ...op.set(J1),
    ...op.get(J0), ...op.set(J),
    ...whileLess(J, J1, perColumn),
    ...addTo(J0, TILE),
  ];
  const perTileRow = [
    ...min(ROWS, [...op.get(I0), ...op.i32(TILE), ...op.i32Add]), ...op.set(I1),
    ...op.i32(0), ...op.set(J0),
    ...whileLess(J0, COLS, perTile),
    ...addTo(I0, TILE),
  ];
  const code = [
    ...op.get(COLS), ...op.i32(size), ...op.i32Mul, ...op.set(ROWB),
    ...op.i32(0), ...op.set(I0),
    ...whileLess(I0, ROWS, perTileRow),
  ];
  return { name: `copy${size}`, params: [I32, I32, I32, I32, I32, I32], results: [], locals: new Array<number>(9).fill(I32) as FuncDef['locals'], code };
}

type Copy = (src: number, s0: number, s1: number, out: number, rows: number, cols: number) => void;
let kernels: Record<number, Copy> | null | undefined;

function copyKernels(): Record<number, Copy> | null {
  if (!simdEnabled()) return null;
  if (kernels !== undefined) return kernels;
  kernels = null;
  const mem = heapMemory();
  if (!mem) return null;
  try {
    const ex = new WebAssembly.Instance(new WebAssembly.Module(buildModule([tiledCopyKernel(8), tiledCopyKernel(4)], heapMaxPages())), { env: { mem } }).exports as Record<string, never>;
    kernels = { 8: ex.copy8, 4: ex.copy4 };
  } catch {
    kernels = null;
  }
  return kernels;
}

/**
 * out[i*cols + j] = src[off + i*s0 + j*s1] (element strides) for heap arrays of 4- or 8-byte
 * elements; false when not applicable (the caller's JS loop then runs).
 */
export function simdCopy2d(src: ArrayBufferView, off: number, s0: number, s1: number, out: ArrayBufferView, rows: number, cols: number): boolean {
  const size = (src as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT;
  if ((size !== 8 && size !== 4) || !isHeapArray(src) || !isHeapArray(out)) return false;
  const k = copyKernels();
  if (!k) return false;
  k[size](src.byteOffset + off * size, s0 * size, s1 * size, out.byteOffset, rows, cols);
  return true;
}
