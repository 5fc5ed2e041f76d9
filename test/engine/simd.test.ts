// The WebAssembly SIMD kernels (src/engine/wasm/simd.ts) against the JS loops they replace, bit
// for bit (NaN compared as NaN, -0 distinct from 0): elementwise add/subtract/multiply/divide on
// float64 and float32 for every length 0..300 and some long ones, views at odd offsets, scalar
// broadcast on either side, row broadcast; sum over all / axis 0 / axis 1 (pairwise summation,
// 8192-chunked when cast); and the same results with the heap off (browser fallback).
import { strict as assert } from 'node:assert';
import * as E from '../../src/engine/index';
import { setHeapMinBytes, HEAP_DEFAULT_LIMIT, HEAP_MIN_BYTES } from '../../src/engine/wasm/heap';
import { setSimdEnabled, simdBinaryLoop, simdIntKernels, simdKernels } from '../../src/engine/wasm/simd';
import { simdCompareLoop, simdCompress, simdHasNonFinite, simdWhereLoop } from '../../src/engine/wasm/mask';
import { simdCopy2d } from '../../src/engine/wasm/copy';

type F = 'float64' | 'float32';

/** Deterministic values with specials mixed in (NaN, +-inf, +-0, tiny, huge). */
function values(n: number, seed: number, dt: F, specialsToo = true): E.NDArray {
  const specials = [NaN, Infinity, -Infinity, 0, -0, 5e-324, 1.7e308, -1e-300, 3.4e38, 1e-45];
  let s = seed >>> 0;
  const out = E.zeros([n], dt);
  const d = out.data as Float64Array | Float32Array;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    d[i] = specialsToo && s % 53 === 0 ? specials[s % specials.length] : (s / 4294967296 - 0.5) * 2 ** ((s >>> 24) % 40 - 20);
  }
  return out;
}

function bits(a: E.NDArray): string[] {
  return a.toArray().map((v) => (Number.isNaN(v) ? 'nan' : Object.is(v, -0) ? '-0' : String(v)));
}

/** fn under three configurations: SIMD on, SIMD off (JS loops on heap data), heap off. */
function threeWays(fn: () => E.NDArray): [string[], string[], string[]] {
  const simd = bits(fn());
  setSimdEnabled(false);
  const js = bits(fn());
  setSimdEnabled(true);
  E.setHeapEnabled(false);
  const plain = bits(fn());
  E.setHeapEnabled(true);
  return [simd, js, plain];
}

function same(fn: () => E.NDArray, what: string): void {
  const [simd, js, plain] = threeWays(fn);
  assert.deepEqual(simd, js, `${what}: SIMD vs JS`);
  assert.deepEqual(plain, js, `${what}: heap off vs JS`);
}

const OPS = ['add', 'subtract', 'multiply', 'divide', 'maximum', 'minimum', 'fmax', 'fmin'];

describe('engine SIMD kernels match the JS loops bit for bit', () => {
  before(() => {
    setHeapMinBytes(16); // put small arrays on the heap too, so short rows hit the kernels
    E.setHeapLimit(1 << 30); // and room for them whatever the suite before left live
  });
  after(() => {
    setHeapMinBytes(HEAP_MIN_BYTES);
    E.setHeapLimit(HEAP_DEFAULT_LIMIT);
    setSimdEnabled(true);
    E.setHeapEnabled(true);
  });

  it('every kernel module assembles and instantiates under Node (else the JS loops would hide it)', () => {
    assert.notEqual(simdKernels(), null);
    assert.notEqual(simdKernels()!.f32, null);
    assert.notEqual(simdIntKernels(), null);
    const f = E.zeros([64]).data;
    const b = E.zeros([64], 'bool').data;
    assert.notEqual(simdCompareLoop('less', 'float64', b, f, f, () => 0), null);
    assert.notEqual(simdWhereLoop(f, b, f, f, () => 0), null);
    assert.equal(simdCopy2d(f, 0, 1, 8, E.zeros([64]).data, 8, 8), true);
  });

  it('a contiguous heap row runs on the kernel, not the fallback loop', () => {
    const x = E.arange(0, 64, 1, 'float64');
    let fallbackCalls = 0;
    const loop = simdBinaryLoop('add', 'float64', x.data, x.data, x.data, () => fallbackCalls++)!;
    assert.notEqual(loop, null);
    const o = E.zeros([64]);
    const run = simdBinaryLoop('add', 'float64', o.data, x.data, x.data, () => fallbackCalls++)!;
    run(o.data, 0, 1, x.data, 0, 1, x.data, 0, 1, 64);
    run(o.data, 0, 1, x.data, 0, 1, x.data, 5, 0, 64);
    assert.equal(fallbackCalls, 0);
    assert.equal(o.get(63), 63 + 5);
    run(o.data, 0, 2, x.data, 0, 2, x.data, 0, 2, 32); // strided: the JS loop
    assert.equal(fallbackCalls, 1);
    assert.equal(simdBinaryLoop('power', 'float64', o.data, x.data, x.data, () => 0), null);
  });

  it('operands stored in another dtype (int32, uint8, float32 arrays in a float64 loop)', () => {
    const f = values(1000, 11, 'float64');
    const others = [E.arange(0, 1000, 1, 'int32'), E.arange(0, 1000, 1, 'uint8'), values(1000, 12, 'float32'), E.arange(0, 1000, 1, 'uint32')];
    for (const o of others) {
      for (const name of OPS) {
        same(() => E.ufunc2(name, o, f), `${name} ${o.dtype},float64`);
        same(() => E.ufunc2(name, f, o), `${name} float64,${o.dtype}`);
      }
    }
    same(() => E.ufunc2('add', values(1000, 13, 'float32'), 2.5), 'float32 + weak float');
    same(() => E.var_(E.reshape(E.arange(0, 1100 * 130, 1, 'uint32'), [1100, 130])), 'var of uint32');
  });

  const CMPS = ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal'];
  for (const dt of ['float64', 'float32'] as F[]) {
    it(`comparisons ${dt}: lengths 0..300, offsets, scalar either side, NaN/inf/-0`, () => {
      const x = values(310, 21, dt);
      const y = values(310, 22, dt);
      // equal values in places, so == and <= see ties (and -0 == 0)
      for (let i = 0; i < 310; i += 5) (y.data as Float64Array)[i] = (x.data as Float64Array)[i];
      (y.data as Float64Array)[7] = -0;
      (x.data as Float64Array)[7] = 0;
      for (let n = 0; n <= 300; n += n < 40 ? 1 : 13) {
        const off = n % 3;
        const xs = E.getitem(x, [{ start: off, stop: off + n }]);
        const ys = E.getitem(y, [{ start: off, stop: off + n }]);
        for (const c of [...CMPS, 'maximum', 'minimum', 'fmax', 'fmin']) {
          same(() => E.ufunc2(c, xs, ys), `${c} n=${n}`);
          same(() => E.ufunc2(c, ys, xs), `${c} n=${n} swapped`);
          same(() => E.ufunc2(c, xs, 0n), `${c} n=${n} array-scalar`);
          same(() => E.ufunc2(c, NaN, ys), `${c} n=${n} nan-array`);
          same(() => E.ufunc2(c, -0.0, ys), `${c} n=${n} scalar-array`);
        }
      }
    });
  }

  it('boolean mask indexing x[m] for every dtype: random, all/none true, ends', () => {
    const n = 1000;
    const masks: E.NDArray[] = [];
    for (const p of [0, 1, 0.5, 0.03, 0.97]) {
      let s = 9;
      const m = E.zeros([n], 'bool');
      const md = m.data as Uint8Array;
      for (let i = 0; i < n; i++) {
        s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
        md[i] = s / 4294967296 < p ? 1 : 0;
      }
      masks.push(m);
    }
    masks[2].set(n - 1, true);
    masks[3].set(n - 1, false);
    for (const dt of ['bool', 'int8', 'uint16', 'int32', 'int64', 'float32', 'float64'] as E.DType[]) {
      const x = E.astype(E.ufunc2('multiply', values(n, 31, 'float64', false), 1000), dt);
      for (const m of masks) {
        same(() => E.getitem(x, [m]), `${dt} x[m]`);
        same(() => E.getitem(E.getitem(x, [{ start: 3, stop: 3 + 900 }]), [E.getitem(m, [{ start: 0, stop: 900 }])]), `${dt} view[m]`);
      }
    }
    const f = values(n, 32, 'float64');
    same(() => E.getitem(f, [E.ufunc2('greater', f, 0n)]), 'x[x > 0]');
  });

  it('strided 2-D copies (a.T.copy(), flips, column slices) of 4- and 8-byte dtypes', () => {
    for (const dt of ['float64', 'int64', 'float32', 'int32', 'uint32'] as E.DType[]) {
      for (const [r, c] of [[1, 1], [2, 3], [31, 33], [64, 65], [70, 3], [5, 97]]) {
        const m = E.astype(E.reshape(E.ufunc2('multiply', values(r * c, r * c, 'float64', false), 1e6), [r, c]), dt);
        same(() => E.copy(E.transpose(m)), `${dt} (${r},${c}).T`);
        same(() => E.copy(E.flip(E.transpose(m), 0)), `${dt} flip`);
        same(() => E.copy(E.transpose(E.getitem(m, [{}, { start: 0, stop: c, step: 2 }]))), `${dt} [:, ::2].T`);
      }
    }
  });

  for (const dt of ['float64', 'float32'] as F[]) {
    it(`unary ${dt}: negative absolute sqrt square floor ceil trunc rint, lengths 0..300, halves, specials`, () => {
      const x = values(310, 41, dt);
      const d = x.data as Float64Array;
      const halves = [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, -0, 0, 1e300, -1e-320, 4503599627370497, -4503599627370495.5];
      for (let i = 0; i < 310; i += 3) d[i] = halves[i % halves.length] * (i % 2 ? 1 : 3);
      for (const name of ['negative', 'absolute', 'sqrt', 'square', 'floor', 'ceil', 'trunc', 'rint']) {
        for (let n = 0; n <= 300; n += n < 40 ? 1 : 11) {
          const xs = E.getitem(x, [{ start: n % 3, stop: (n % 3) + n }]);
          same(() => E.ufunc1(name, xs), `${name} n=${n}`);
        }
      }
    });
  }

  it('wrapping integer add/subtract/multiply (int64, uint64, int32, uint32) and int64 sums', () => {
    const big = [9223372036854775807n, -9223372036854775808n, -1n, 0n, 4294967296n, 3037000499n, -3037000500n];
    for (const dt of ['int64', 'uint64', 'int32', 'uint32'] as E.DType[]) {
      const n = 301;
      const x = E.astype(E.ufunc2('multiply', values(n, 51, 'float64', false), 1e6), 'int64');
      const xd = x.data as BigInt64Array;
      for (let i = 0; i < n; i += 4) xd[i] = big[i % big.length];
      const xs = E.astype(x, dt);
      const ys = E.astype(E.flip(x, 0), dt);
      for (const name of ['add', 'subtract', 'multiply']) {
        for (const len of [0, 1, 3, 4, 5, 17, 64, 299]) {
          const a = E.getitem(xs, [{ start: 1, stop: 1 + len }]);
          const b = E.getitem(ys, [{ start: 2, stop: 2 + len }]);
          same(() => E.ufunc2(name, a, b), `${dt} ${name} n=${len}`);
          same(() => E.ufunc2(name, a, 7n), `${dt} ${name} n=${len} array-scalar`);
          same(() => E.ufunc2(name, 5n, b), `${dt} ${name} n=${len} scalar-array`);
        }
      }
      const m = E.reshape(E.getitem(xs, [{ start: 0, stop: 300 }]), [20, 15]);
      same(() => E.sum(m), `${dt} sum`);
      same(() => E.sum(m, { axis: 0 }), `${dt} sum axis 0`);
      same(() => E.sum(m, { axis: 1 }), `${dt} sum axis 1`);
      same(() => E.sum(E.transpose(m), { axis: 1 }), `${dt} sum strided`);
      same(() => E.mean(m, { axis: 1 }), `${dt} mean axis 1`);
      same(() => E.ufunc2('add', m, E.getitem(m, [0])), `${dt} row broadcast`);
    }
  });

  it('the non-finite scan finds one NaN/inf at any position, and none among huge finite values', () => {
    for (const dt of ['float64', 'float32'] as F[]) {
      for (const n of [16, 17, 31, 64, 99]) {
        const x = E.full([n + 3], dt === 'float64' ? 1.7e308 : 3.4e38, dt);
        const d = x.data as Float64Array;
        d[1] = -d[1];
        d[2] = 5e-324;
        assert.equal(simdHasNonFinite(d, 1, n), false, `${dt} n=${n} finite`);
        for (let i = 0; i < n; i += 1) {
          for (const bad of [NaN, Infinity, -Infinity]) {
            const keep = d[1 + i];
            d[1 + i] = bad;
            assert.equal(simdHasNonFinite(d, 1, n), true, `${dt} n=${n} ${bad} at ${i}`);
            d[1 + i] = keep;
          }
        }
        d[0] = NaN; // outside the scanned range
        d[n + 1] = Infinity;
        assert.equal(simdHasNonFinite(d, 1, n), false, `${dt} n=${n} outside`);
      }
    }
  });

  it('np.where on 4- and 8-byte dtypes: arrays, scalars either side, broadcast condition', () => {
    for (const dt of ['float64', 'float32', 'int64', 'uint64', 'int32', 'uint32'] as E.DType[]) {
      for (const n of [0, 1, 5, 8, 9, 33, 301]) {
        const x = E.astype(E.ufunc2('multiply', values(n, 61 + n, 'float64', false), 1e3), dt);
        const y = E.astype(E.ufunc2('multiply', values(n, 71 + n, 'float64', false), 1e3), dt);
        const cond = E.ufunc2('greater', values(n, 81 + n, 'float64'), 0);
        const xv = E.getitem(x, [{ start: 0, stop: n }]);
        same(() => E.where(cond, xv, y), `${dt} n=${n}`);
        same(() => E.where(cond, x, 7n), `${dt} n=${n} array-scalar`);
        same(() => E.where(cond, 3n, y), `${dt} n=${n} scalar-array`);
      }
      const m = E.astype(E.reshape(E.ufunc2('multiply', values(40 * 30, 91, 'float64', false), 1e3), [40, 30]), dt);
      const c1 = E.ufunc2('greater', values(30, 92, 'float64'), 0);
      same(() => E.where(c1, m, E.getitem(m, [0])), `${dt} broadcast condition row`);
    }
    const f = values(500, 93, 'float64');
    same(() => E.where(E.ufunc2('greater', f, 0n), f, 0.0), 'relu-style where with NaN/inf');
  });

  it('the compress kernel never writes past its output', () => {
    const buf = E.zeros([4000]);
    const d = buf.data as Float64Array;
    const src = d.subarray(0, 1000);
    for (let i = 0; i < 1000; i++) src[i] = i + 1;
    const maskArr = E.zeros([1000], 'bool');
    const m = maskArr.data as Uint8Array;
    for (let i = 0; i < 1000; i += 3) m[i] = 1; // 334 true, the last ones false
    const out = d.subarray(2000, 2334);
    d[2334] = -7;
    assert.equal(simdCompress(src, 0, m, out, 334), true);
    assert.equal(out[333], 1000);
    assert.equal(d[2334], -7);
  });

  for (const dt of ['float64', 'float32'] as F[]) {
    for (const name of OPS) {
      it(`${name} ${dt}: lengths 0..300, offsets 0..3, scalar on either side`, () => {
        const x = values(310, 1, dt);
        const y = values(310, 2, dt);
        for (let n = 0; n <= 300; n++) {
          const off = n % 4;
          const xs = E.getitem(x, [{ start: off, stop: off + n }]);
          const ys = E.getitem(y, [{ start: 3 - off, stop: 3 - off + n }]);
          same(() => E.ufunc2(name, xs, ys), `${name} n=${n}`);
          if (n % 7 === 0) {
            same(() => E.ufunc2(name, xs, 1.5), `${name} n=${n} array-scalar`);
            same(() => E.ufunc2(name, -0.0, ys), `${name} n=${n} scalar-array`);
            same(() => E.ufunc2(name, xs, E.getitem(y, [{ start: 7, stop: 8 }])), `${name} n=${n} broadcast (1,)`);
          }
        }
      });
    }
    it(`${dt}: long rows, row broadcast (m,n)+(n,), in place out=`, () => {
      for (const n of [1000, 4097, 100003]) {
        const x = values(n, 3, dt);
        const y = values(n, 4, dt);
        for (const name of OPS) same(() => E.ufunc2(name, x, y), `${name} n=${n}`);
      }
      const m = E.reshape(values(37 * 41, 5, dt), [37, 41]);
      const v = values(41, 6, dt);
      for (const name of OPS) {
        same(() => E.ufunc2(name, m, v), `${name} (37,41),(41,)`);
        same(() => E.ufunc2(name, v, m), `${name} (41,),(37,41)`);
        same(() => E.ufunc2(name, E.flip(m, 0), v), `${name} flipped rows`);
        same(() => E.ufunc2(name, E.getitem(m, [{}, { start: 1 }]), E.getitem(v, [{ start: 1 }])), `${name} column-sliced rows`);
        same(() => E.ufunc2(name, E.getitem(m, [{ start: 0, stop: 0 }]), v), `${name} zero rows`);
      }
      same(() => {
        const t = E.copy(m);
        E.ufunc2('add', t, v, { out: t });
        E.ufunc2('multiply', t, 0.5, { out: t });
        return t;
      }, 'in-place');
    });

    it(`${dt}: sum of every length 0..300 and long ones (pairwise order), at offsets`, () => {
      // no NaN/inf here (they would hide the order): magnitudes over 2^40 make any reordering show
      const finite = values(100010, 7, dt, false);
      for (let n = 0; n <= 300; n++) {
        const xs = E.getitem(finite, [{ start: n % 5, stop: (n % 5) + n }]);
        same(() => E.sum(xs), `sum n=${n}`);
      }
      for (const n of [1000, 1024, 8191, 8192, 8193, 65537, 100003]) {
        same(() => E.sum(E.getitem(finite, [{ start: 1, stop: 1 + n }])), `sum n=${n}`);
      }
    });

    it(`${dt}: sum over axis 0 and 1 for 1..9 rows, mean, and cast input (int32 summed as ${dt})`, () => {
      for (let rows = 1; rows <= 9; rows++) {
        for (const cols of [1, 3, 8, 33, 130]) {
          const m = E.reshape(values(rows * cols, rows * 100 + cols, dt, false), [rows, cols]);
          same(() => E.sum(m, { axis: 0 }), `axis0 ${rows}x${cols}`);
          same(() => E.sum(m, { axis: 1 }), `axis1 ${rows}x${cols}`);
          same(() => E.mean(m), `mean ${rows}x${cols}`);
        }
      }
      const ints = E.reshape(E.arange(0, 20000 * 3, 1, 'int32'), [3, 20000]);
      same(() => E.sum(ints, { axis: 1, dtype: dt }), 'cast int32 axis 1');
      same(() => E.sum(ints, { dtype: dt }), 'cast int32 all');
      same(() => E.sum(ints, { axis: 0, dtype: dt }), 'cast int32 axis 0');
    });
  }
});
