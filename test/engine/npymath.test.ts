// NumPy's float32 exp/log/log10/log2/tanh/sin/cos/sinh/cosh/arctan/expm1/log1p/tan/exp2 SIMD/SVML algorithms, float64 tanh/exp/expm1/log/log2/log10/log1p/sinh/cosh/arctan/tan/exp2 (src/engine/npymath.ts) and glibc's float64 sin/cos,
// replayed bit for bit against test/engine/npymath-golden.json (python3 + NumPy 2.4.6 on x86-64,
// made by scripts/golden/engine_npymath.py): through the scalar functions, through the engine's
// ufuncs on contiguous arrays, every prefix length 1..33, strided input and strided output views;
// plus the RuntimeWarnings NumPy raises at the thresholds, and fma32's single rounding.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as E from '../../src/engine/index';
import { fma32, npyCosF32, npyExp, npyExpF32, npyExpm1, npyLog, npyLog2, npyLog10, npySinh, npyCosh, npyArctan, npyTan, npyExp2, npySinhF32, npyCoshF32, npyArctanF32, npyExpm1F32, npyLog1pF32, npyTanF32, npyExp2F32, npyLog10F32, npyLog1p, npyLog2F32, npyLogF32, npySinF32, npyTanh, npyTanhF32 } from '../../src/engine/npymath';
import { glibcCos, glibcSin } from '../../src/engine/random/glibc-sincos';
import { setFpListener, type FpFlag, FP_FLAG_TEXT } from '../../src/engine/fpwarnings';
import { fma } from '../../src/engine/fma';

interface Golden {
  cases: Record<string, { x: string; y: string }>;
  reversed: Record<string, { x: string; y: string }>;
  warnings: { f: string; dtype: 'float32' | 'float64'; x: string[]; warnings: string[] }[];
}
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'npymath-golden.json'), 'utf8')) as Golden;

function decode(hex: string, dt: 'float32' | 'float64'): E.NDArray {
  const w = dt === 'float32' ? 8 : 16;
  const n = hex.length / w;
  const out = E.zeros([n], dt);
  const view = new DataView((out.data as Float32Array | Float64Array).buffer, (out.data as Float32Array).byteOffset);
  for (let i = 0; i < n; i++) {
    const h = hex.slice(i * w, (i + 1) * w);
    if (w === 8) view.setUint32(i * 4, parseInt(h, 16), true);
    else view.setBigUint64(i * 8, BigInt('0x' + h), true);
  }
  return out;
}

/** Element k of a float array as hex bits; every NaN as 'nan' (NumPy's sign of NaN is not modelled). */
function bitsOf(v: number, dt: 'float32' | 'float64'): string {
  if (v !== v) return 'nan';
  const b = new DataView(new ArrayBuffer(8));
  if (dt === 'float32') {
    b.setFloat32(0, v);
    return b.getUint32(0).toString(16).padStart(8, '0');
  }
  b.setFloat64(0, v);
  return b.getBigUint64(0).toString(16).padStart(16, '0');
}

function mismatches(x: E.NDArray, got: E.NDArray, want: E.NDArray, dt: 'float32' | 'float64', idx: (k: number) => number = (k) => k): string[] {
  const bad: string[] = [];
  const g = got.toArray() as number[];
  const w = want.data as Float32Array | Float64Array;
  const xs = x.data as Float32Array | Float64Array;
  for (let k = 0; k < g.length; k++) {
    const i = idx(k);
    if (bitsOf(g[k], dt) !== bitsOf(w[i], dt)) bad.push(`x=${xs[i]} got ${g[k]} (${bitsOf(g[k], dt)}) want ${w[i]} (${bitsOf(w[i], dt)})`);
  }
  return bad;
}

/** A Python float repr ('1.5', 'inf', '-inf', 'nan') as a number. */
function pyFloat(r: string): number {
  return r === 'inf' ? Infinity : r === '-inf' ? -Infinity : r === 'nan' ? NaN : Number(r);
}

const SCALAR: Record<string, (x: number) => number> = { 'exp:float32': npyExpF32, 'log:float32': npyLogF32, 'log10:float32': npyLog10F32, 'log2:float32': npyLog2F32, 'tanh:float32': npyTanhF32, 'sin:float32': npySinF32, 'cos:float32': npyCosF32, 'tanh:float64': npyTanh, 'exp:float64': npyExp, 'log:float64': npyLog, 'log2:float64': npyLog2, 'sinh:float64': npySinh, 'cosh:float64': npyCosh, 'arctan:float64': npyArctan, 'tan:float64': npyTan, 'exp2:float64': npyExp2, 'sinh:float32': npySinhF32, 'cosh:float32': npyCoshF32, 'arctan:float32': npyArctanF32, 'expm1:float32': npyExpm1F32, 'log1p:float32': npyLog1pF32, 'tan:float32': npyTanF32, 'exp2:float32': npyExp2F32, 'log10:float64': npyLog10, 'log1p:float64': npyLog1p, 'expm1:float64': npyExpm1, 'sin:float64': glibcSin, 'cos:float64': glibcCos };

describe('NumPy float32 exp/log (npymath.ts) and float64 sin/cos (glibc) bit for bit', () => {
  for (const [key, c] of Object.entries(golden.cases)) {
    const [name, dt] = key.split(':') as [string, 'float32' | 'float64'];
    // decoded inside the tests, so loading this file allocates nothing (other files' heap tests)
    let x: E.NDArray, want: E.NDArray;
    const n = c.x.length / (dt === 'float32' ? 8 : 16);
    const load = () => {
      x = decode(c.x, dt);
      want = decode(c.y, dt);
    };

    it(`${key}: the scalar function on ${n} golden inputs`, () => {
      load();
      const f = SCALAR[key];
      const got = E.zeros([n], dt);
      const gd = got.data as Float32Array | Float64Array;
      const xd = x.data as Float32Array | Float64Array;
      for (let i = 0; i < n; i++) gd[i] = f(xd[i]);
      assert.deepEqual(mismatches(x, got, want, dt).slice(0, 5), []);
    });

    it(`${key}: np.${name} on the contiguous array, strided views and prefixes 1..33`, () => {
      load();
      assert.deepEqual(mismatches(x, E.ufunc1(name, x), want, dt).slice(0, 5), [], 'contiguous');
      const every3 = E.getitem(x, [{ start: 1, stop: null, step: 3 }] as never);
      assert.deepEqual(mismatches(x, E.ufunc1(name, every3), want, dt, (k) => 1 + 3 * k).slice(0, 5), [], 'x[1::3]');
      const out = E.zeros([2 * n], dt);
      const outView = E.getitem(out, [{ start: 0, stop: null, step: 2 }] as never);
      E.ufunc1(name, x, { out: outView });
      assert.deepEqual(mismatches(x, outView, want, dt).slice(0, 5), [], 'out=o[::2]');
      for (let len = 1; len <= 33; len++) {
        const head = E.getitem(x, [{ start: 0, stop: len, step: 1 }] as never);
        assert.deepEqual(mismatches(x, E.ufunc1(name, head), want, dt), [], `x[:${len}]`);
      }
    });
  }

  for (const [key, c] of Object.entries(golden.reversed)) {
    const [name] = key.split(':');
    it(`${key}: np.${name}(x[::-1]) on 1-D takes glibc's loop, as NumPy's negative-stride loop does`, () => {
      const x = decode(c.x, 'float64');
      const want = decode(c.y, 'float64');
      const n = x.shape[0];
      const reversed = E.getitem(x, [{ start: null, stop: null, step: -1 }] as never);
      assert.deepEqual(mismatches(x, E.ufunc1(name, reversed), want, 'float64', (k) => n - 1 - k).slice(0, 5), []);
      // and into a reversed out= view
      const out = E.zeros([n], 'float64');
      E.ufunc1(name, x, { out: E.getitem(out, [{ start: null, stop: null, step: -1 }] as never) });
      const back = E.getitem(out, [{ start: null, stop: null, step: -1 }] as never);
      assert.deepEqual(mismatches(x, back, want, 'float64').slice(0, 5), []);
    });
  }

  for (const w of golden.warnings) {
    it(`np.${w.f}(${w.dtype} [${w.x.join(', ')}]) warns ${JSON.stringify(w.warnings)}`, () => {
      const seen: string[] = [];
      const previous = setFpListener((flags: FpFlag[], op: string) => {
        for (const f of flags) seen.push(`${FP_FLAG_TEXT[f]} encountered in ${op}`);
      });
      try {
        E.ufunc1(w.f, E.array(w.x.map(pyFloat), w.dtype));
      } finally {
        setFpListener(previous);
      }
      assert.deepEqual(seen, w.warnings);
    });
  }

  it('fma32 rounds a*b+c once to float32 where rounding through float64 first would not', () => {
    // a*b + c = 1 + 2^-24 + 2^-70 exactly. float64 rounds it to 1 + 2^-24, the midpoint between
    // the float32 values 1 and 1 + 2^-23, which then ties to even (1); one rounding gives 1 + 2^-23.
    const a = Math.fround(1 + 2 ** -23);
    const b = -Math.fround(2 ** -24 * (1 - 2 ** -23));
    const c = Math.fround(1 + 2 ** -23);
    assert.equal(Math.fround(a * b + c), 1);
    assert.equal(fma32(a, b, c), 1 + 2 ** -23);
    assert.equal(fma32(-a, -b, -c), -(1 + 2 ** -23));
    assert.equal(fma32(a, -b, 1), 1); // 1 + 2^-24 - 2^-70: just below the midpoint
  });

  it('fma.ts stays finite for operands above 1e300 (its Veltkamp split used to overflow to NaN)', () => {
    assert.equal(fma(0.5, 1e307, 1), 5e306); // halving is exact; + 1 is far below half an ulp
    assert.equal(fma(2 ** 1000, 2 ** 20, -(2 ** 1020)), 0);
  });
});
