// Replays test/engine/golden/engine_argsort.json (scripts/golden/engine_argsort.py, NumPy 2.4.6 on
// x86-64 AVX-512): NumPy's default argsort permutation, ties and NaNs included, for every dtype,
// generator (few distinct values, wide range, sorted, reversed, saw teeth, NaN/inf/±0, dtype
// extremes) and size 0..5000 plus a few long lanes; np.sort / np.unique values where -0.0 meets 0.0; argsort along each axis of 2-D/3-D arrays; and
// how kind=/stable= are read; np.argpartition and np.partition with one and several kth. Inputs are rebuilt here from the generator, seed and size with the
// same xorshift32 stream the script uses; each expectation is the hash of NumPy's permutation
// (and the permutation itself for lanes of up to 40 elements).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as E from '../../src/engine/index';
import { NDArray, DTYPES, type DType } from '../../src/engine/index';

interface LaneCase { d: DType; g: string; n: number; s: number; q: number; h: number; p?: number[] }
interface AxisCase { d: DType; shape: number[]; axis: number | null; s: number; h: number }
interface PartCase { op: 'argpartition' | 'partition'; d: DType; g: string; n: number; s: number; q: number; k: number[]; h: number }
interface KindCase { kind: string | null; stable: boolean | null; p?: number[]; e?: [string, string] }
interface SortCase { d: DType; g: string; n: number; s: number; q: number; h: number; u: [number, number, number] }
interface StrCase { n: number; s: number; q: number; h: number; hp?: number }
interface Golden { numpy: string; x: number[]; cases: LaneCase[]; axes: AxisCase[]; parts: PartCase[]; sorts: SortCase[]; strs: StrCase[]; kinds: KindCase[] }

const GOLDEN: Golden = JSON.parse(readFileSync(path.join(__dirname, 'golden', 'engine_argsort.json'), 'utf8'));

/** xorshift32 (13, 17, 5), seeded as in the script. */
function stream(seed: number): () => number {
  let s = (Math.imul(seed, 2654435761) + 1) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

const SPECIALS = [NaN, Infinity, -Infinity, 0, -0, 1.5, -2.25, 3];
const ZEROS = [0, -0, 1, -1, 2.5];

/** The script's values(dtype, gen, n, seed, param), as an engine array. */
function buildInput(dtype: DType, gen: string, n: number, seed: number, param: number): NDArray {
  const next = stream(seed);
  const info = DTYPES[dtype];
  const isFloat = info.kind === 'f';
  const bits = info.itemsize * 8;
  const signed = info.kind === 'i';
  const out: (number | bigint)[] = [];
  if (gen === 'small') for (let k = 0; k < n; k++) out.push(next() % param);
  else if (gen === 'sorted') {
    let v = 0;
    for (let k = 0; k < n; k++) out.push((v += next() % param));
  } else if (gen === 'reverse') {
    let v = 0;
    for (let k = 0; k < n; k++) {
      v += next() % param;
      out.push(signed || isFloat ? -v : n * param - v);
    }
  } else if (gen === 'organ') {
    for (let k = 0; k < n; k++) out.push(Math.floor(k / param) % 2 === 0 ? k % param : param - (k % param));
  } else if (gen === 'wide') {
    for (let k = 0; k < n; k++) {
      if (isFloat) out.push((next() / 4294967296 - 0.5) * 200);
      else if (bits === 64) {
        const hi = BigInt(next());
        const u = (hi << 32n) | BigInt(next());
        out.push(signed && u >= 1n << 63n ? u - (1n << 64n) : u);
      } else {
        const u = next() % 2 ** bits;
        out.push(signed && u >= 2 ** (bits - 1) ? u - 2 ** bits : u);
      }
    }
  } else if (gen === 'special') for (let k = 0; k < n; k++) out.push(SPECIALS[next() % param]);
  else if (gen === 'zeros') for (let k = 0; k < n; k++) out.push(ZEROS[next() % param]);
  else if (gen === 'extreme') {
    const table = [info.min, info.max, 0n, 1n, info.max - 1n];
    for (let k = 0; k < n; k++) out.push(table[next() % param]);
  } else throw new Error(`unknown generator ${gen}`);
  const data = info.make(n);
  for (let k = 0; k < n; k++) {
    const v = out[k];
    if (dtype === 'bool') (data as Uint8Array)[k] = Number(BigInt(v) % 2n) !== 0 ? 1 : 0;
    else if (isFloat) (data as Float64Array)[k] = info.itemsize === 2 ? E.roundToHalf(v as number) : (v as number); // float32 storage rounds like np.float32
    else if (info.big) (data as BigInt64Array)[k] = BigInt(v); // stores wrap modulo 2^64
    else (data as Int32Array)[k] = Number(v); // stores wrap modulo 2^bits
  }
  return new NDArray(data, [n], dtype);
}

function permHash(p: NDArray): number {
  let h = 2166136261;
  for (const v of p.data as BigInt64Array) h = Math.imul(h ^ Number(v), 16777619) >>> 0;
  return h;
}

describe(`engine argsort: NumPy ${GOLDEN.numpy}'s default order (x86-simd-sort AVX-512 / npysort introsort)`, () => {
  for (const c of GOLDEN.cases) {
    it(`${c.d} ${c.g}(${c.q}) n=${c.n} seed=${c.s}`, () => {
      const got = E.argsort(buildInput(c.d, c.g, c.n, c.s, c.q), -1, 'quicksort');
      if (c.p) assert.deepEqual(Array.from(got.data as BigInt64Array, Number), c.p);
      assert.equal(permHash(got), c.h);
    });
  }
});

describe('engine argsort: along an axis', () => {
  for (const c of GOLDEN.axes) {
    it(`${c.d} shape (${c.shape}) axis=${c.axis}`, () => {
      const size = c.shape.reduce((x, y) => x * y, 1);
      const a = E.reshape(buildInput(c.d, 'small', size, c.s, 4), c.shape);
      const got = E.ascontiguousarray(E.argsort(a, c.axis, 'quicksort'));
      assert.equal(permHash(got), c.h);
    });
  }
});

/** The script's value_hash: FNV over each value's float64 bit pattern, NaN canonical. */
function valueHash(a: NDArray): number {
  const f = new Float64Array(1);
  const w = new Uint32Array(f.buffer);
  let h = 2166136261;
  for (const v of a.data as Iterable<number | bigint>) {
    f[0] = Number(v);
    if (f[0] !== f[0]) f[0] = NaN;
    h = Math.imul(h ^ w[0], 16777619) >>> 0;
    h = Math.imul(h ^ w[1], 16777619) >>> 0;
  }
  return h;
}

describe('engine argpartition / partition: NumPy order', () => {
  for (const c of GOLDEN.parts) {
    it(`${c.op} ${c.d} ${c.g}(${c.q}) n=${c.n} kth=${c.k} seed=${c.s}`, () => {
      const a = buildInput(c.d, c.g, c.n, c.s, c.q);
      const kth = c.k.length === 1 ? c.k[0] : c.k;
      if (c.op === 'argpartition') assert.equal(permHash(E.argpartition(a, kth, -1)), c.h);
      else assert.equal(valueHash(E.partition(a, kth, -1)), c.h);
    });
  }
});

describe('engine sort / unique: NumPy values (signs of zeros where -0.0 meets 0.0)', () => {
  for (const c of GOLDEN.sorts) {
    it(`${c.d} ${c.g}(${c.q}) n=${c.n} seed=${c.s}`, () => {
      const a = buildInput(c.d, c.g, c.n, c.s, c.q);
      assert.equal(valueHash(E.sort(a, -1, 'quicksort')), c.h, 'np.sort');
      assert.equal(valueHash(E.unique(a).values), c.u[0], 'np.unique');
      assert.equal(valueHash(E.unique(a, { returnInverse: true }).values), c.u[1], 'np.unique(return_inverse=True)');
      assert.equal(valueHash(E.unique(a, { returnIndex: true }).values), c.u[2], 'np.unique(return_index=True)');
    });
  }
});

const STR_SPECIALS = ['\u{1F600}', '\uffff', 'a\u00e9', ''];

/** The script's str_values: a str lane (NumPy orders code points, like UCS4). */
function buildStrInput(n: number, seed: number, param: number): NDArray {
  const next = stream(seed);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const u = next();
    out.push(k % 7 === 6 ? STR_SPECIALS[u % 4] : String(u % param));
  }
  return E.array(out); // (n = 0 gives a float64 array; the empty permutation is the same)
}

describe('engine argsort / argpartition: str arrays', () => {
  for (const c of GOLDEN.strs) {
    it(`str(${c.q}) n=${c.n} seed=${c.s}`, () => {
      const a = buildStrInput(c.n, c.s, c.q);
      assert.equal(permHash(E.argsort(a, -1, 'quicksort')), c.h);
      if (c.hp !== undefined) assert.equal(permHash(E.argpartition(a, c.n >> 1, -1)), c.hp);
    });
  }
});

describe('engine argsort: kind= and stable=', () => {
  const x = new NDArray(BigInt64Array.from(GOLDEN.x, BigInt), [GOLDEN.x.length], 'int64');
  for (const c of GOLDEN.kinds) {
    it(`kind=${c.kind} stable=${c.stable}`, () => {
      let got: number[];
      try {
        got = Array.from(E.argsort(x, -1, E.parseSortKind(c.kind, c.stable)).data as BigInt64Array, Number);
      } catch (e) {
        assert.ok(e instanceof E.EngineError && c.e, String(e));
        assert.deepEqual([e.pyType, e.message], c.e);
        return;
      }
      assert.deepEqual(got, c.p);
    });
  }
});
