// The float64 matmul kernels: the fused WebAssembly gemm (src/engine/wasm-gemm.ts, relaxed_madd
// in OpenBLAS's order) against blas.ts's plain JS loops run with fma.ts's exact fused
// multiply-add (wasm off): both promise OpenBLAS's order (K blocks of 256 from +0, C = acc + C,
// the odd last row's 4-lane chains), so results must be bit-identical (Object.is), for odd shapes
// (edge tiles, K = 0, K and M across the block sizes), strided views (transposes, steps, offsets,
// negative strides), broadcast batches and 1-D operands. Integer products are checked against
// wrapped BigInt sums. test/engine/gemm_blas.test.ts checks the order itself against NumPy.
import { strict as assert } from 'node:assert';
import * as E from '../../src/engine/index';
import { setWasmGemmEnabled, wasmGemmFused } from '../../src/engine/wasm-gemm';
import { fma32, resetBlasFma, setEmulatedFmaLimit } from '../../src/engine/blas';

/** Deterministic doubles of mixed magnitude, so that any change of summation order shows. */
function filled(shape: number[], seed: number): E.NDArray {
  const a = E.zeros(shape);
  const d = a.data as Float64Array;
  let s = seed >>> 0;
  for (let i = 0; i < d.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const u = s / 4294967296 - 0.5;
    d[i] = u * 2 ** ((s >>> 7) % 24 - 12);
  }
  return a;
}

/** Elements of a view in C order (reads through its strides and offset). */
function elements(a: E.NDArray): number[] {
  return (a.toArray() as number[]).map(Number);
}

function firstDifference(got: number[], want: number[]): string | null {
  if (got.length !== want.length) return `length ${got.length} != ${want.length}`;
  for (let i = 0; i < got.length; i++) if (!Object.is(got[i], want[i])) return `element ${i}: ${got[i]} != ${want[i]}`;
  return null;
}

/** The product with the wasm kernels off: blas.ts's JS loops with fma.ts's exact fma. */
function reference(a: E.NDArray, b: E.NDArray): number[] {
  setWasmGemmEnabled(false);
  resetBlasFma();
  setEmulatedFmaLimit(Infinity);
  try {
    return elements(E.matmul(a, b));
  } finally {
    setWasmGemmEnabled(true);
    resetBlasFma();
    setEmulatedFmaLimit(1 << 20);
  }
}

/** matmul(a, b) with the fused wasm kernel equals the JS reference bit for bit. */
function checkProduct(a: E.NDArray, b: E.NDArray, label: string): void {
  const r = E.matmul(a, b);
  assert.equal(r.dtype, 'float64', label);
  assert.equal(firstDifference(elements(r), reference(a, b)), null, label);
}

/** Integers in [-max, max] (or [0, max] for unsigned/bool dtypes) of the given dtype. */
function intArray(shape: number[], dtype: E.DType, max: bigint, seed: number): E.NDArray {
  const n = shape.reduce((p, d) => p * d, 1);
  const unsigned = dtype === 'bool' || dtype.startsWith('u');
  let s = BigInt(seed) * 0x9e3779b97f4a7c15n;
  const values: bigint[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    const span = unsigned ? max + 1n : 2n * max + 1n;
    values.push((s >> 1n) % span - (unsigned ? 0n : max));
  }
  const flat = dtype === 'bool' ? E.array(values.map((v) => v !== 0n)) : E.astype(E.array(values.map((v) => (dtype.endsWith('64') ? v : Number(v))), dtype.endsWith('64') ? dtype : 'int64'), dtype);
  return E.reshape(flat, shape);
}

/** Elements of any array as bigint (bools as 0n/1n). */
function elements2(a: E.NDArray): bigint[] {
  return (a.toArray() as unknown[]).map((v) => (typeof v === 'boolean' ? (v ? 1n : 0n) : BigInt(v as number | bigint)));
}

/** The naive integer product, wrapped to `dtype` as NumPy's fixed-width loop does. */
function naiveBig(a: E.NDArray, b: E.NDArray, dtype: E.DType): bigint[] {
  const [M, K] = a.shape;
  const N = b.shape[1];
  const ad = elements2(a);
  const bd = elements2(b);
  const bits = dtype === 'bool' ? 0 : E.DTYPES[dtype].itemsize * 8;
  const out: bigint[] = [];
  for (let i = 0; i < M; i++)
    for (let j = 0; j < N; j++) {
      let s = 0n;
      for (let k = 0; k < K; k++) s += ad[i * K + k] * bd[k * N + j];
      out.push(dtype === 'bool' ? (s !== 0n ? 1n : 0n) : dtype.startsWith('u') ? BigInt.asUintN(bits, s) : BigInt.asIntN(bits, s));
    }
  return out;
}

const EDGE = [1, 3, 4, 5, 8, 9, 31, 64, 65, 70];
const KS = [0, 1, 2, 4, 5, 33, 70];

{
  describe('float64 matmul: fused WebAssembly kernel vs the JS loops with exact fma', () => {
    // plain typed arrays, so that these products leave the engine's shared wasm heap as it was
    before(() => E.setHeapEnabled(false));
    after(() => E.setHeapEnabled(true));
    it('relaxed_madd fuses here (x64 with FMA3), so the fused wasm kernel is what runs', () => assert.equal(wasmGemmFused(), true));

    it('every (M, K, N) with M, N in 1,3,4,5,8,9,31,64,65,70 and K in 0,1,2,4,5,33,70', () => {
      for (const M of EDGE)
        for (const N of EDGE)
          for (const K of KS) checkProduct(filled([M, K], M * 131 + K), filled([K, N], N * 17 + K + 1), `(${M},${K})@(${K},${N})`);
    });

    it('K across the K block (255, 256, 257, 513) and M across the M block (127, 128, 129, 257)', () => {
      for (const K of [255, 256, 257, 513]) checkProduct(filled([6, K], K), filled([K, 7], K + 1), `(6,${K})@(${K},7)`);
      for (const M of [127, 128, 129, 257]) checkProduct(filled([M, 300], M), filled([300, 9], M + 1), `(${M},300)@(300,9)`);
    });

    it('random shapes with every dimension in 0..70', () => {
      let s = 12345;
      const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % 71;
      for (let t = 0; t < 60; t++) {
        const [M, K, N] = [next(), next(), next()];
        checkProduct(filled([M, K], t), filled([K, N], t + 1000), `(${M},${K})@(${K},${N})`);
      }
    });

    it('more rows than one chunk of packed A and C (K = 8200: chunks of 128 rows)', () => {
      checkProduct(filled([130, 8200], 40), filled([8200, 3], 41), '(130,8200)@(8200,3)');
    });

    it('a stack against one matrix reuses its packing only within one call', () => {
      const stack = filled([3, 6, 9], 42);
      const b = filled([9, 5], 43);
      checkProduct(stack, b, 'first product');
      (b.data as Float64Array)[4] = 1234.5;
      checkProduct(stack, b, 'after b changed in place');
      checkProduct(stack, E.getitem(filled([10, 5], 44), [{ start: 1 }]), 'another b of the same shape');
    });

    it('transposed operands (a.T @ b, a @ b.T, a.T @ b.T)', () => {
      const a = filled([37, 21], 1);
      const b = filled([37, 19], 2);
      checkProduct(E.transpose(a), b, 'a.T @ b');
      checkProduct(E.transpose(b), a, 'b.T @ a');
      checkProduct(E.transpose(filled([19, 21], 3)), E.transpose(filled([5, 19], 4)), 'a.T @ b.T');
    });

    it('views with offsets, steps and negative strides', () => {
      const big = filled([50, 60], 5);
      const a = E.getitem(big, [{ start: 3, step: 2 }, { start: 1, stop: 40, step: 3 }]); // (24, 13)
      const b = E.getitem(filled([40, 30], 6), [{ start: 5, stop: 18 }, { step: -2 }]); // (13, 15)
      checkProduct(a, b, 'a[3::2, 1:40:3] @ b[5:18, ::-2]');
      checkProduct(E.flip(filled([9, 9], 7)), E.getitem(big, [{ start: 10, stop: 19 }, { start: 7, stop: 8 }]), 'flip(a) @ big[10:19, 7:8]');
    });

    it('batches: stacks, a broadcast batch (stride 0) and a 2-D operand against a stack', () => {
      checkProduct(filled([3, 5, 6], 8), filled([3, 6, 7], 9), '(3,5,6)@(3,6,7)');
      checkProduct(filled([2, 1, 9, 4], 10), filled([3, 4, 11], 11), '(2,1,9,4)@(3,4,11)');
      checkProduct(filled([4, 13, 8], 12), filled([8, 5], 13), '(4,13,8)@(8,5)');
      checkProduct(E.transpose(filled([6, 10, 2], 14), [2, 1, 0]), filled([2, 6, 3], 15), 'transpose((6,10,2),(2,1,0))@(2,6,3)');
      checkProduct(filled([2, 3, 0], 16), filled([2, 0, 4], 17), '(2,3,0)@(2,0,4)');
    });

    it('1-D operands (vector @ matrix, matrix @ vector with K > 3, vector @ vector)', () => {
      checkProduct(filled([23], 18), filled([23, 9], 19), '(23,)@(23,9)');
      checkProduct(filled([9, 23], 20), filled([23], 21), '(9,23)@(23,)');
      checkProduct(filled([70], 22), filled([70], 23), '(70,)@(70,)');
    });

    it('non-finite values propagate as in the JS loops (inf, nan, -0 inputs)', () => {
      const a = filled([6, 7], 24);
      const b = filled([7, 5], 25);
      const ad = a.data as Float64Array;
      ad[3] = Infinity;
      ad[10] = NaN;
      ad[20] = -0;
      (b.data as Float64Array)[6] = -Infinity;
      checkProduct(a, b, 'with inf/nan/-0');
      checkProduct(E.zeros([5, 4]), E.ufunc1('negative', E.zeros([4, 6])), '0 @ -0');
    });

    it('float32 @ float64 is the float64 product of the cast; float32 @ float32 is sgemm in float32', () => {
      const a = E.astype(filled([7, 5], 26), 'float32');
      const r = E.matmul(a, filled([5, 4], 27));
      assert.equal(firstDifference(elements(r), elements(E.matmul(E.astype(a, 'float64'), filled([5, 4], 27)))), null, 'float32 @ float64');
      // K < 8: every element is one fused float32 chain from +0 (no split kernels)
      const b = E.astype(filled([5, 9], 28), 'float32');
      const r32 = E.matmul(a, b);
      assert.equal(r32.dtype, 'float32');
      const av = elements(a);
      const bv = elements(b);
      const want: number[] = [];
      for (let i = 0; i < 7; i++)
        for (let j = 0; j < 9; j++) {
          let acc = 0;
          for (let k = 0; k < 5; k++) acc = fma32(av[i * 5 + k], bv[k * 9 + j], acc);
          want.push(Math.fround(acc + 0));
        }
      assert.equal(firstDifference(elements(r32), want), null, 'float32 @ float32');
    });

    it('float32 wasm kernels equal the exact JS loops: sgemm register tiles (column panels, 4/2/1-row tiles, split runs, views), sgemv_t rows, sgemv_n outputs', () => {
      const f32 = (shape: number[], seed: number) => E.astype(filled(shape, seed), 'float32');
      const check32 = (a: E.NDArray, b: E.NDArray, label: string) => {
        const r = E.matmul(a, b);
        assert.equal(r.dtype, 'float32', label);
        assert.equal(firstDifference(elements(r), reference(a, b)), null, label);
      };
      check32(f32([70, 700], 60), f32([700, 301], 61), '(70,700)@(700,301): 3 K blocks, 3 column panels, edge group');
      check32(f32([13, 333], 62), f32([333, 133], 63), '(13,333)@(333,133): threaded, odd rows');
      check32(f32([9, 40], 64), f32([40, 150], 65), '(9,40)@(40,150): one thread, 12- and 4-row chunks');
      check32(f32([30, 7], 66), f32([7, 37], 67), '(30,7)@(7,37): K < 8, no split');
      const big = f32([90, 160], 68);
      // sgemv_t (matrix @ vector): wasm's 4-row fused kernel vs the JS loops, over 3 blocks of
      // k (the last with a 4-value prologue), a K % 4 tail, 4x2/4x1 rows and the 2-thread split
      const wide = E.getitem(f32([37, 8310], 70), [{}, { start: 1, stop: 8303 }]);
      check32(wide, f32([8302], 71), 'a[:, 1:8303] @ x (37 x 8302)');
      check32(f32([9, 95], 72), f32([95], 73), '(9,95) @ (95,)');
      // sgemv_n (vector @ C-ordered matrix): 4-output lanes, split leading outputs of each block
      check32(f32([37], 74), f32([37, 8302], 75), '(37,) @ (37, 8302): 2 threads, 2 blocks each');
      check32(f32([95], 76), f32([95, 70], 77), '(95,) @ (95, 70)');
      check32(E.transpose(E.getitem(big, [{ start: 1, step: 2 }, { start: 3, stop: 150 }])), E.getitem(f32([60, 200], 69), [{ start: 7, stop: 52 }, { step: -1 }]), 'a[1::2, 3:150].T @ b[7:52, ::-1]');
    });

    it('without fused wasm, products above 2^20 multiply-adds take the naive k order (speed over exactness)', () => {
      const a = filled([64, 130], 50);
      const b = filled([130, 127], 51); // 64 * 130 * 127 > 2^20
      setWasmGemmEnabled(false);
      resetBlasFma();
      try {
        const got = elements(E.matmul(a, b));
        const ad = elements(a);
        const bd = elements(b);
        const want: number[] = [];
        for (let i = 0; i < 64; i++)
          for (let j = 0; j < 127; j++) {
            let sum = 0;
            for (let k = 0; k < 130; k++) sum += ad[i * 130 + k] * bd[k * 127 + j];
            want.push(sum);
          }
        assert.equal(firstDifference(got, want), null);
      } finally {
        setWasmGemmEnabled(true);
        resetBlasFma();
      }
    });

    it('fma32 rounds once where float64 rounding lands on a float32 tie', () => {
      const a = 1 + 2 ** -12; // a * a = 1 + 2^-11 + 2^-24, halfway between two floats
      assert.equal(fma32(a, a, 2 ** -80), 1 + 2 ** -11 + 2 ** -23);
      assert.equal(fma32(a, a, -(2 ** -80)), 1 + 2 ** -11);
      assert.equal(fma32(a, a, 0), 1 + 2 ** -11); // an exact tie: to even
      assert.equal(fma32(3e38, 10, 0), Infinity);
    });

    it('integer and bool products equal the wrapped BigInt sums (exact float64 path and BigInt path)', () => {
      const cases: [string, E.DType, number, number, number, bigint][] = [
        ['small int64, exact in float64', 'int64', 9, 70, 11, 100n],
        ['int32 sums past 2**31 wrap', 'int32', 6, 70, 5, 1n << 20n],
        ['uint8 sums wrap mod 256', 'uint8', 5, 33, 7, 255n],
        ['int8', 'int8', 4, 9, 6, 127n],
        ['uint16', 'uint16', 3, 12, 5, 65535n],
        ['bool', 'bool', 5, 8, 6, 1n],
        ['int64 near 2**62: too large for float64, wraps mod 2**64', 'int64', 4, 5, 3, 1n << 62n],
        ['uint64 above 2**63', 'uint64', 3, 4, 2, (1n << 64n) - 1n],
      ];
      for (const [label, dtype, M, K, N, max] of cases) {
        const a = intArray([M, K], dtype, max, M + K);
        const b = intArray([K, N], dtype, max, K + N + 7);
        const r = E.matmul(a, b);
        const want = naiveBig(a, b, dtype).map(String);
        assert.deepEqual(elements2(r).map(String), want, label);
      }
      const mixed = E.matmul(intArray([4, 6], 'uint8', 255n, 1), intArray([6, 3], 'int8', 127n, 2));
      assert.deepEqual(elements2(mixed).map(String), naiveBig(intArray([4, 6], 'uint8', 255n, 1), intArray([6, 3], 'int8', 127n, 2), 'int16').map(String), 'uint8 @ int8 -> int16');
    });
  });
}
