// Replays test/engine/golden/blas.json (scripts/golden/engine_blas.py, NumPy 2.4.6 with its
// bundled OpenBLAS): float64 matmul/dot results must be bit-identical to NumPy's, per family
// (gemm with its K blocks and odd last row, transposed operands, batches, dgemv_t, dgemv_n,
// ddot, NumPy's own loop for non-BLAS strides; float32 sgemm), with the fused wasm kernels and
// with fma.ts's exact emulation (wasm off).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as E from '../../src/engine/index';
import { setWasmGemmEnabled, wasmGemmFused } from '../../src/engine/wasm-gemm';
import { resetBlasFma } from '../../src/engine/blas';

type Spec = [number[], number, 'c' | 'T' | 's' | 'r'];
interface BlasCase { family: string; fn: 'matmul' | 'dot' | 'syrk'; a: Spec; b: Spec | null; shape: number[]; step: number; bits: string; dtype?: 'float32' }

const golden = JSON.parse(readFileSync(join(__dirname, 'golden', 'blas.json'), 'utf8')) as { cases: BlasCase[] };

/** The xorshift32 doubles of engine_blas.py's `filled` (53 random bits, exact). */
function filled(n: number, seed: number): Float64Array {
  let s = (Number((BigInt(seed) * 2654435761n + 12345n) & 0xffffffffn) >>> 0) || 1;
  const out = new Float64Array(n);
  const step = () => {
    s ^= (s << 13) >>> 0; s >>>= 0;
    s ^= s >>> 17;
    s ^= (s << 5) >>> 0; s >>>= 0;
    return s;
  };
  for (let i = 0; i < n; i++) {
    const hi = step() >>> 6;
    const lo = step() >>> 5;
    out[i] = ((hi * 134217728 + lo) / 9007199254740992 - 0.5) * 4;
  }
  return out;
}

/** A fresh C-contiguous array of `dtype` holding `d` (rounded once for float32). */
function fresh(d: Float64Array, shape: number[], dtype: 'float64' | 'float32'): E.NDArray {
  const a = E.zeros(shape, dtype);
  (a.data as Float64Array | Float32Array).set(d);
  return a;
}

/**
 * The operand NumPy's script builds: a float64 view, then astype(dtype, copy=False), which keeps a
 * transpose's Fortran layout but copies stepped and reversed views into C order.
 */
function operand([shape, seed, view]: Spec, dtype: 'float64' | 'float32'): E.NDArray {
  const size = shape.reduce((p, d) => p * d, 1);
  if (view === 'c') return fresh(filled(size, seed), shape, dtype);
  if (view === 'T') return E.transpose(fresh(filled(size, seed), [...shape].reverse(), dtype));
  if (dtype !== 'float64') return E.astype(operand([shape, seed, view], 'float64'), dtype);
  if (view === 'r') return E.getitem(fresh(filled(size, seed), shape, dtype), [{ start: null, stop: null, step: -1 }]);
  const [m, n] = shape;
  return E.getitem(fresh(filled(2 * m * (2 * n + 1), seed), [2 * m, 2 * n + 1], dtype), [{ start: null, stop: null, step: 2 }, { start: 1, stop: null, step: 2 }]);
}

function run(c: BlasCase): Float64Array {
  const dtype = c.dtype ?? 'float64';
  const a = operand(c.a, dtype);
  const b = c.b ? operand(c.b, dtype) : E.transpose(a);
  const r = c.fn === 'dot' ? E.dot(a, b) : E.matmul(a, b);
  assert.deepEqual(r.shape, c.shape);
  assert.equal(r.dtype, c.dtype ?? 'float64');
  const flat = r.data as Float64Array | Float32Array; // a fresh C-contiguous result
  const got = new Float64Array(Math.ceil(flat.length / c.step));
  for (let i = 0; i < got.length; i++) got[i] = flat[i * c.step];
  return got;
}

function expected(c: BlasCase): Float64Array {
  const buf = Buffer.from(c.bits, 'base64');
  return new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
}

function firstDiff(got: Float64Array, want: Float64Array): string | null {
  for (let i = 0; i < want.length; i++)
    if (!Object.is(got[i], want[i])) return `element ${i} (of every step-th): engine ${got[i]} NumPy ${want[i]}`;
  return null;
}

for (const wasm of [true, false]) {
  describe(`matmul in OpenBLAS order, bit-identical to NumPy (wasm ${wasm ? 'on' : 'off'})`, () => {
    // plain typed arrays (not the engine's wasm heap): these ~800 products would otherwise leave
    // the shared heap grown, which later heap tests read as state
    before(() => {
      E.setHeapEnabled(false);
      setWasmGemmEnabled(wasm);
      resetBlasFma();
    });
    after(() => {
      E.setHeapEnabled(true);
      setWasmGemmEnabled(true);
      resetBlasFma();
    });
    if (wasm) it('the host fuses relaxed_madd (else the exact emulation runs in both passes)', () => {
      assert.equal(typeof wasmGemmFused(), 'boolean');
    });
    golden.cases.forEach((c, i) => {
      const dims = `${c.a[0].join('x')}${c.a[2]} ${c.fn} ${c.b ? c.b[0].join('x') + c.b[2] : ''}`;
      // the exact emulation is slow: without wasm, only the small cases
      const work = c.a[0].reduce((p, d) => p * d, 1) * (c.b ? c.b[0][c.b[0].length - 1] : c.a[0][0]);
      if (!wasm && work > 200000) return;
      it(`#${i} ${c.family}: ${dims}`, () => {
        assert.equal(firstDiff(run(c), expected(c)), null);
      });
    });
  });
}
