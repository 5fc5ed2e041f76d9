// Replays test/engine/golden/complex.json (scripts/golden/engine_complex.py, python3 + NumPy
// 2.4.6): complex programs through the interpreter (stdout, stderr and exit status byte for
// byte), and the engine's complex element formulas and pairwise sums bit for bit against
// NumPy's results on random inputs.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runProgram } from '../../src/interpreter';
import * as E from '../../src/engine';
import type { NDArray } from '../../src/engine';

interface Program { code: string; stdout: string; stderr: string; exit: number }
const golden = JSON.parse(readFileSync(path.join(__dirname, 'golden', 'complex.json'), 'utf8')) as {
  programs: Record<string, Program>;
  values: Record<string, number[]> & { sums: Record<string, number[]>; fft: Record<string, { z: number[]; fft: number[]; ifft: number[] }> };
};
const V = golden.values;

function complexArray(flat: number[], dtype = 'complex128'): NDArray {
  const items: E.Complex[] = [];
  for (let i = 0; i < flat.length; i += 2) items.push(new E.Complex(flat[i], flat[i + 1]));
  return E.array(items, dtype as E.DType);
}

/** Float64 parts of an engine result, in NumPy's (re, im) order. */
function partsOf(a: NDArray): number[] {
  const out: number[] = [];
  for (const v of a) {
    const z = v as unknown as E.Complex | number;
    if (typeof z === 'number') out.push(z);
    else out.push(z.re, z.im);
  }
  return out;
}

/** Indexes (element numbers) where got and want differ bitwise (NaNs equal). */
function mismatches(got: number[], want: number[], per = 2): number[] {
  assert.equal(got.length, want.length, 'result length');
  const bad = new Set<number>();
  for (let i = 0; i < got.length; i++) if (!Object.is(got[i], want[i])) bad.add(Math.floor(i / per));
  return [...bad];
}

function expectExact(name: string, got: NDArray, per = 2, allowed = 0): void {
  const bad = mismatches(partsOf(got), V[name], per);
  assert.ok(bad.length <= allowed, `${name}: ${bad.length} of ${V[name].length / per} elements differ from NumPy (first at ${bad[0]}: got ${partsOf(got).slice(bad[0] * per, bad[0] * per + per)} want ${V[name].slice(bad[0] * per, bad[0] * per + per)})`);
}

describe('complex programs through the interpreter (python3 output)', () => {
  for (const [name, want] of Object.entries(golden.programs)) {
    it(name, () => {
      const got = runProgram(want.code, { filename: `${name}.py`, limits: { timeoutMs: 60_000 } });
      assert.equal(got.stdout, want.stdout, `stdout of ${name}\n${got.stderr}`);
      assert.equal(got.stderr, want.stderr, `stderr of ${name}`);
      assert.equal(got.exitCode, want.exit, `exit status of ${name}`);
    });
  }
});

describe('complex element formulas, bit for bit with NumPy', () => {
  const a = complexArray(V.a);
  const b = complexArray(V.b);
  const small = complexArray(V.small);
  it('multiply (NumPy SIMD loop: fused multiply-add)', () => expectExact('multiply', E.ufunc2('multiply', a, b)));
  it('divide (Smith)', () => expectExact('divide', E.ufunc2('divide', a, b)));
  it('absolute', () => expectExact('absolute', E.ufunc1('absolute', a), 1));
  it('square', () => expectExact('square', E.ufunc1('square', a)));
  it('reciprocal', () => expectExact('reciprocal', E.ufunc1('reciprocal', a)));
  it('exp (glibc cexp)', () => expectExact('exp', E.ufunc1('exp', small)));
  // clog's angle is glibc's correctly rounded atan2, reproduced by a double-double correction
  // of Math.atan2; on this corpus every element matches
  it('log (glibc clog)', () => expectExact('log', E.ufunc1('log', a)));
  it('sqrt (glibc csqrt)', () => expectExact('sqrt', E.ufunc1('sqrt', a)));
  it('power by small integers (repeated multiplication)', () => {
    expectExact('power_int3', E.ufunc2('power', small, 3n));
    expectExact('power_int7', E.ufunc2('power', small, 7n));
    expectExact('power_neg5', E.ufunc2('power', small, -5n));
  });
  it('power by complex exponents (cexp(b * clog(a)))', () => {
    const rev = E.flip(small, 0);
    expectExact('power_complex', E.ufunc2('power', small, rev));
  });
  // glibc's x86-64 expm1 is fdlibm's compiled with FMA; V8's (used for sinh/cosh of |x| < 22)
  // rounds differently on about 1% of inputs: one element of this corpus in cos and tan
  for (const name of ['sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh']) {
    it(`${name} (glibc c${name})`, () => expectExact(name, E.ufunc1(name, small), 2, name === 'cos' || name === 'tan' ? 1 : 0));
  }
  it('cumprod (the multiply loop without fused operations)', () => {
    const unit = E.ufunc2('multiply', E.ufunc2('divide', E.getitem(small, [{ start: 0, stop: 40, step: 1 }]), E.ufunc1('absolute', E.getitem(small, [{ start: 0, stop: 40, step: 1 }]))), 1.01);
    expectExact('cumprod', E.cumprod(unit));
  });
  it('np.hypot (glibc hypot, which complex log and sqrt build on)', () => {
    expectExact('hypot', E.ufunc2('hypot', E.realPart(a), E.imagPart(a)), 1);
  });
  it('complex64 exp, sqrt, power, divide and mean (float arithmetic, glibc cexpf/csqrtf)', () => {
    const s64 = E.astype(small, 'complex64' as E.DType);
    // cexpf's expf/sincosf are taken as correctly rounded; glibc's are not always (~3% differ)
    expectExact('exp64', E.ufunc1('exp', s64), 2, 8);
    expectExact('sqrt64', E.ufunc1('sqrt', s64));
    expectExact('power64', E.ufunc2('power', s64, 3n));
    expectExact('divide64', E.ufunc2('divide', s64, E.flip(s64, 0)));
    expectExact('mean64', E.mean(s64));
    // clogf: glibc's float atan2f and log1pf ported (2 of 3,000 random values differ elsewhere)
    expectExact('log64', E.ufunc1('log', E.astype(a, 'complex64' as E.DType)), 2, 1);
  });
  it('np.fft.fft / ifft follow pocketfft bit for bit (25 lengths with factors 2, 3, 5, 7)', () => {
    for (const [m, c] of Object.entries(V.fft)) {
      const z = complexArray(c.z);
      const n = Number(m);
      assert.deepEqual(partsOf(E.fftAlongAxis(z, n, 0, true, 1)), c.fft, `fft of length ${m}`);
      assert.deepEqual(partsOf(E.fftAlongAxis(z, n, 0, false, 1 / n)), c.ifft, `ifft of length ${m}`);
    }
  });
  it('complex64 multiply and absolute', () => {
    const s64 = E.astype(small, 'complex64' as E.DType);
    expectExact('multiply64', E.ufunc2('multiply', s64, E.flip(s64, 0)));
    expectExact('absolute64', E.ufunc1('absolute', s64), 1);
  });
  it('sums follow NumPy\'s complex pairwise summation', () => {
    const long = complexArray(V.long);
    for (const [m, want] of Object.entries(V.sums)) {
      const got = partsOf(E.sum(E.getitem(long, [{ start: 0, stop: Number(m), step: 1 }])));
      assert.deepEqual(got, want, `sum of the first ${m}`);
    }
    assert.deepEqual(partsOf(E.sum(E.getitem(long, [{ start: null, stop: null, step: 3 }]))), V.sum_strided, 'strided sum');
    assert.deepEqual(partsOf(E.sum(E.astype(long, 'complex64' as E.DType))), V.sum64, 'complex64 sum');
  });
});
