// The ufuncs' same-shape fast path (ufunc.ts sameShapeBinary: two C-contiguous arrays of one
// dtype and shape, or a float array and a Python float) against the general path it skips
// (loop resolution, broadcasting, the row walker): for every binary ufunc, every dtype the path
// takes and some it refuses, scalars on either side, 0-d, empty, offset views and lengths around
// the SIMD vector width, the result must be the same bits, dtype, shape and scalar-ness, or the
// same error — with the heap and SIMD on, with SIMD off, and with the heap off.
import { strict as assert } from 'node:assert';
import * as E from '../../src/engine/index';
import { setUfuncFastPath } from '../../src/engine/ufunc';
import { setHeapMinBytes, HEAP_DEFAULT_LIMIT, HEAP_MIN_BYTES } from '../../src/engine/wasm/heap';
import { setSimdEnabled, simdFloatRow } from '../../src/engine/wasm/simd';
import type { DType } from '../../src/engine/dtype';

const DTYPES: DType[] = ['float64', 'float32', 'int32', 'uint32', 'int16', 'uint8', 'int8', 'bool', 'int64', 'float16' as DType];

function filled(n: number, dt: DType, seed: number): E.NDArray {
  const specials = [NaN, Infinity, -Infinity, 0, -0, 5e-324, 1.7e308, 3.4e38, 1e-45, 16777217];
  const a = E.zeros([n], dt);
  let s = seed >>> 0;
  const vals: (number | bigint | boolean)[] = [];
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const f = s % 7 === 0 ? specials[s % specials.length] : (s / 4294967296 - 0.5) * 2 ** ((s >>> 24) % 30 - 10);
    if (dt === 'bool') vals.push(s % 3 === 0);
    else if (dt === 'int64') vals.push(BigInt((s % 2001) - 1000));
    else if (dt.startsWith('float')) vals.push(f);
    else vals.push((s % 251) - (dt.startsWith('u') ? 0 : 120));
  }
  for (let i = 0; i < n; i++) a.set(i, vals[i] as never);
  return a;
}

function describeResult(f: () => E.NDArray): string {
  try {
    const r = f();
    const v = r.toArray().map((x) => (typeof x === 'number' && Number.isNaN(x) ? 'nan' : Object.is(x, -0) ? '-0' : String(x)));
    return `${r.dtype} ${JSON.stringify(r.shape)} scalar=${r.isScalar} ${v.join(',')}`;
  } catch (e) {
    return `error ${(e as Error).name}: ${(e as Error).message}`;
  }
}

/** f with the fast path on must equal f with it off, under heap+SIMD, SIMD off and heap off. */
function sameBothPaths(f: () => E.NDArray, what: string): void {
  for (const mode of ['simd', 'js', 'plain'] as const) {
    setSimdEnabled(mode !== 'js');
    E.setHeapEnabled(mode !== 'plain');
    try {
      setUfuncFastPath(false);
      const general = describeResult(f);
      setUfuncFastPath(true);
      const fast = describeResult(f);
      assert.equal(fast, general, `${what} (${mode})`);
    } finally {
      setUfuncFastPath(true);
      setSimdEnabled(true);
      E.setHeapEnabled(true);
    }
  }
}

describe('engine ufunc same-shape fast path equals the general path', () => {
  before(() => {
    setHeapMinBytes(16); // small arrays on the heap too, so short rows reach the kernels
    E.setHeapLimit(1 << 30);
  });
  after(() => {
    setHeapMinBytes(HEAP_MIN_BYTES);
    E.setHeapLimit(HEAP_DEFAULT_LIMIT);
  });

  for (const dt of DTYPES) {
    it(`every binary ufunc on two ${dt} arrays (lengths 0..37 and 1000, offset views)`, () => {
      for (const name of E.BINARY_UFUNCS) {
        for (const n of [0, 1, 3, 4, 5, 8, 17, 37, 1000]) {
          const a = filled(n, dt, n * 7 + 1);
          const b = filled(n, dt, n * 13 + 5);
          sameBothPaths(() => E.ufunc2(name, a, b), `${name} ${dt} n=${n}`);
        }
        const a = filled(41, dt, 3), b = filled(41, dt, 9);
        const va = E.getitem(a, [{ start: 1 }]), vb = E.getitem(b, [{ stop: 40 }]);
        sameBothPaths(() => E.ufunc2(name, va, vb), `${name} ${dt} offset views`);
        const z0 = E.getitem(a, [3]) as E.NDArray, z1 = E.getitem(b, [4]) as E.NDArray;
        if (z0 instanceof E.NDArray && z1 instanceof E.NDArray) sameBothPaths(() => E.ufunc2(name, z0, z1), `${name} ${dt} 0-d`);
      }
    });
  }

  for (const dt of DTYPES) {
    it(`every binary ufunc of a ${dt} array and a Python float / int / bool, either side`, () => {
      for (const name of E.BINARY_UFUNCS) {
        for (const n of [0, 3, 4, 9, 300]) {
          const a = filled(n, dt, n + 11);
          for (const s of [0.1, -0, 0, 2.5, NaN, Infinity, 1e40, 16777217, 3n, 0n, -7n, 16777217n, 2n ** 53n, -(2n ** 53n) - 1n, 10n ** 40n, true]) {
            sameBothPaths(() => E.ufunc2(name, a, s), `${name} ${dt}[${n}] op ${String(s)}`);
            sameBothPaths(() => E.ufunc2(name, s, a), `${name} ${String(s)} op ${dt}[${n}]`);
          }
        }
      }
    });
  }

  it('refuses (and so still computes correctly) mixed dtypes, broadcasting and non-contiguous views', () => {
    const a = filled(24, 'float64', 1), b = filled(24, 'float32', 2);
    sameBothPaths(() => E.ufunc2('add', a, b), 'float64 + float32');
    const m = E.reshape(filled(24, 'float64', 3), [4, 6]);
    const t = E.transpose(m);
    sameBothPaths(() => E.ufunc2('multiply', t, t), 'transposed');
    sameBothPaths(() => E.ufunc2('subtract', m, E.getitem(m, [0]) as E.NDArray), 'row broadcast');
    const stepped = E.getitem(a, [{ step: 2 }]) as E.NDArray;
    sameBothPaths(() => E.ufunc2('divide', stepped, stepped), 'strided');
  });

  it('the flagging kernels (used while fp errors are reported) store the same bits and flag exactly the rows with inf/NaN results', () => {
    for (const dt of ['float64', 'float32'] as const) {
      for (const name of ['add', 'subtract', 'multiply', 'divide']) {
        for (const n of [4, 5, 7, 8, 9, 16, 33, 1000]) {
          for (const seed of [1, 2, 3, 4, 5, 6]) {
            // seeds 1-3 finite (huge magnitudes, so overflow happens), 4-6 with NaN/inf/0 mixed in
            const a = filled(n, dt, seed * 31 + n);
            const b = filled(n, dt, seed * 17 + n);
            if (seed <= 3) for (const t of [a, b]) { const d = t.data as Float64Array; for (let i = 0; i < n; i++) if (!Number.isFinite(d[i])) d[i] = 1.5e300 * (i % 2 ? 1 : -1); }
            const scalar = Number((b.data as Float64Array)[n >> 1]);
            for (const mode of ['vv', 'vs', 'sv'] as const) {
              const o1 = E.zeros([n], dt), o2 = E.zeros([n], dt);
              const args = (o: E.NDArray, flag: boolean) => mode === 'vv' ? simdFloatRow(name, dt, o.data, 0, a.data, 0, b.data, 0, n, flag)
                : mode === 'vs' ? simdFloatRow(name, dt, o.data, 0, a.data, 0, scalar, 0, n, flag) : simdFloatRow(name, dt, o.data, 0, scalar, 0, a.data, 0, n, flag);
              const plain = args(o1, false);
              const flagged = args(o2, true);
              assert.equal(plain, true);
              assert.deepEqual(describeResult(() => o2), describeResult(() => o1), `${name} ${dt} ${mode} n=${n}`);
              const nonFinite = (o1.data as Float64Array).some((v) => !Number.isFinite(v));
              assert.equal(flagged, nonFinite ? true : 'finite', `${name} ${dt} ${mode} n=${n} seed=${seed}`);
            }
          }
        }
      }
    }
  });

  it('the result is a fresh array: writing it leaves the operands alone', () => {
    const a = filled(64, 'float64', 5), b = filled(64, 'float64', 6);
    const before = describeResult(() => a);
    const r = E.ufunc2('add', a, b);
    (r.data as Float64Array).fill(42);
    assert.equal(describeResult(() => a), before);
    assert.notEqual(r.data.byteOffset, a.data.byteOffset);
  });
});
