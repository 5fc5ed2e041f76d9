// NumPy's SVML arctan2, arcsin, arccos, cbrt, arcsinh, arccosh, arctanh (src/engine/npymath-arc.ts), the glibc
// loops of negative strides (src/engine/libm-glibc.ts)
// and tan past |x| 8256 (float32) / 65536 (float64) (npymath.ts) replayed bit for bit
// against test/engine/npymath-arc-golden.json (python3 + NumPy 2.4.6 on x86-64 AVX512, made by
// scripts/golden/engine_npymath_arc.py): through the scalar functions, and through the engine's
// ufuncs on contiguous arrays, every prefix length 1..33, strided inputs and a strided out= view.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as E from '../../src/engine/index';
import { npyTan, npyTanF32 } from '../../src/engine/npymath';
import { npyArccos, npyArccosF32, npyArcsin, npyArcsinF32, npyArctan2, npyArctan2F32, npyCbrt, npyCbrtF32, npyArcsinh, npyArccosh, npyArctanh, npyArcsinhF32, npyArccoshF32, npyArctanhF32 } from '../../src/engine/npymath-arc';

type DT = 'float32' | 'float64';
interface Case {
  x: string;
  y?: string;
  out: string;
}
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'npymath-arc-golden.json'), 'utf8')) as { cases: Record<string, Case>; reversed: Record<string, Case> };

function decode(hex: string, dt: DT): E.NDArray {
  const w = dt === 'float32' ? 8 : 16;
  const n = hex.length / w;
  const out = E.zeros([n], dt);
  const data = out.data as Float32Array | Float64Array;
  const view = new DataView(data.buffer, data.byteOffset);
  for (let i = 0; i < n; i++) {
    const h = hex.slice(i * w, (i + 1) * w);
    if (w === 8) view.setUint32(i * 4, parseInt(h, 16), true);
    else view.setBigUint64(i * 8, BigInt('0x' + h), true);
  }
  return out;
}

/** v as hex bits; every NaN as 'nan' (NumPy's sign of NaN is not modelled). */
function bitsOf(v: number, dt: DT): string {
  if (v !== v) return 'nan';
  const b = new DataView(new ArrayBuffer(8));
  if (dt === 'float32') {
    b.setFloat32(0, v);
    return b.getUint32(0).toString(16).padStart(8, '0');
  }
  b.setFloat64(0, v);
  return b.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Elements k of `got` that differ from want[idx(k)], described with their inputs. */
function mismatches(inputs: E.NDArray[], got: E.NDArray, want: E.NDArray, dt: DT, idx: (k: number) => number = (k) => k): string[] {
  const bad: string[] = [];
  const g = got.toArray() as number[];
  const w = want.data as Float32Array | Float64Array;
  for (let k = 0; k < g.length; k++) {
    const i = idx(k);
    if (bitsOf(g[k], dt) !== bitsOf(w[i], dt)) {
      const args = inputs.map((a) => (a.data as Float64Array)[i]).join(', ');
      bad.push(`(${args}) got ${g[k]} (${bitsOf(g[k], dt)}) want ${w[i]} (${bitsOf(w[i], dt)})`);
    }
  }
  return bad;
}

const SCALAR: Record<string, (...a: number[]) => number> = {
  'arctan2:float64': npyArctan2,
  'arctan2:float32': npyArctan2F32,
  'arcsin:float64': npyArcsin,
  'arccos:float64': npyArccos,
  'arcsin:float32': npyArcsinF32,
  'arccos:float32': npyArccosF32,
  'cbrt:float64': npyCbrt,
  'cbrt:float32': npyCbrtF32,
  'arcsinh:float64': npyArcsinh,
  'arccosh:float64': npyArccosh,
  'arctanh:float64': npyArctanh,
  'arcsinh:float32': npyArcsinhF32,
  'arccosh:float32': npyArccoshF32,
  'arctanh:float32': npyArctanhF32,
  'tan:float32': npyTanF32,
  'tan:float64': npyTan,
};

const slice = (start: number | null, stop: number | null, step: number) => [{ start, stop, step }] as never;

describe('NumPy SVML arctan2/arcsin/arccos/cbrt/arcsinh/arccosh/arctanh (npymath-arc.ts) bit for bit', () => {
  for (const [key, c] of Object.entries(golden.cases)) {
    const [name, dt] = key.split(':') as [string, DT];
    const load = () => ({ inputs: c.y !== undefined ? [decode(c.y, dt), decode(c.x, dt)] : [decode(c.x, dt)], want: decode(c.out, dt) });
    const apply = (args: E.NDArray[], opts = {}) => (args.length === 2 ? E.ufunc2(name, args[0], args[1], opts) : E.ufunc1(name, args[0], opts));
    const n = c.out.length / (dt === 'float32' ? 8 : 16);

    it(`${key}: the scalar function on ${n} golden inputs`, () => {
      const { inputs, want } = load();
      const f = SCALAR[key];
      const got = E.zeros([n], dt);
      const gd = got.data as Float32Array | Float64Array;
      const ins = inputs.map((a) => a.data as Float64Array);
      for (let i = 0; i < n; i++) gd[i] = ins.length === 2 ? f(ins[0][i], ins[1][i]) : f(ins[0][i]);
      assert.deepEqual(mismatches(inputs, got, want, dt).slice(0, 5), []);
    });

    it(`${key}: np.${name} on the contiguous arrays, strided views, out= view and prefixes 1..33`, () => {
      const { inputs, want } = load();
      assert.deepEqual(mismatches(inputs, apply(inputs), want, dt).slice(0, 5), [], 'contiguous');
      const every3 = inputs.map((a) => E.getitem(a, slice(1, null, 3)));
      assert.deepEqual(mismatches(inputs, apply(every3), want, dt, (k) => 1 + 3 * k).slice(0, 5), [], 'x[1::3]');
      const outView = E.getitem(E.zeros([2 * n], dt), slice(0, null, 2));
      apply(inputs, { out: outView });
      assert.deepEqual(mismatches(inputs, outView, want, dt).slice(0, 5), [], 'out=o[::2]');
      for (let len = 1; len <= 33; len++) {
        const head = inputs.map((a) => E.getitem(a, slice(0, len, 1)));
        assert.deepEqual(mismatches(inputs, apply(head), want, dt), [], `[:${len}]`);
      }
    });
  }

  for (const [key, c] of Object.entries(golden.reversed)) {
    const [name, dt] = key.split(':') as [string, DT];
    it(`${key}: np.${name} on reversed 1-D operands and out=o[::-1] takes glibc's loop, as NumPy's negative-stride loop does`, () => {
      const inputs = c.y !== undefined ? [decode(c.y, dt), decode(c.x, dt)] : [decode(c.x, dt)];
      const apply = (args: E.NDArray[], opts = {}) => (args.length === 2 ? E.ufunc2(name, args[0], args[1], opts) : E.ufunc1(name, args[0], opts));
      const want = decode(c.out, dt);
      const n = want.shape[0];
      const reversed = inputs.map((a) => E.getitem(a, slice(null, null, -1)));
      assert.deepEqual(mismatches(inputs, apply(reversed), want, dt, (k) => n - 1 - k).slice(0, 5), []);
      const out = E.zeros([n], dt);
      apply(inputs, { out: E.getitem(out, slice(null, null, -1)) });
      assert.deepEqual(mismatches(inputs, E.getitem(out, slice(null, null, -1)), want, dt).slice(0, 5), []);
    });
  }
});
