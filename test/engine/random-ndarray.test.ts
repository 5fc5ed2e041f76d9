// Replays test/engine/random-ndarray-cases.jsonl (scripts/golden/random_cases.py, NumPy 2.4.6)
// through the NDArray layer (src/engine/random/ndarray.ts): array parameters broadcast against
// each other and size, integer bounds per element, choice from arrays (with axis), permutation
// and in-place shuffle of n-d arrays along an axis; values bit-exact, errors with NumPy's text.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { array, EngineError, NDArray, type DType } from '../../src/engine';
import { NpGenerator, NpRandomState, type RandomValue } from '../../src/engine/random';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const CASES: Json[] = readFileSync(path.join(__dirname, 'random-ndarray-cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const SAFE = 2n ** 53n;
const ival = (v: number | bigint | boolean): number | string => {
  const n = BigInt(v);
  return n > -SAFE && n < SAFE ? Number(n) : n.toString();
};
function hex(values: ArrayLike<number>, bytes: 4 | 8): string {
  const view = new DataView(new ArrayBuffer(bytes * values.length));
  for (let i = 0; i < values.length; i++) (bytes === 4 ? view.setFloat32(i * 4, values[i]) : view.setFloat64(i * 8, values[i]));
  let out = '';
  for (let i = 0; i < view.byteLength; i++) out += view.getUint8(i).toString(16).padStart(2, '0');
  return out;
}

function encode(v: RandomValue | void): Json {
  if (typeof v === 'number') return { f8: hex([v], 8), sh: null, py: 1 };
  if (typeof v === 'bigint') return { i: [ival(v)], dt: 'int', sh: null, py: 1 };
  if (!(v instanceof NDArray)) throw new Error('unexpected result');
  const values = v.toArray();
  const sh = v.isScalar ? null : v.shape.slice();
  if (v.dtype === 'float64') return { f8: hex(values as number[], 8), sh };
  if (v.dtype === 'float32') return { f4: hex(values as number[], 4), sh };
  return { i: values.map(ival), dt: v.dtype, sh };
}

function fromArg(x: Json): Json {
  if (x === null || typeof x !== 'object' || !('arr' in x)) return x;
  const dt = x.dt as DType;
  const conv = (e: Json): Json => (Array.isArray(e) ? e.map(conv) : dt.startsWith('int') || dt.startsWith('uint') ? BigInt(e) : e);
  return array(conv(x.arr), dt);
}
const sizeOf = (s: Json): Json => s;
const int = (x: Json): Json => (typeof x === 'number' ? BigInt(x) : x);

function call(state: NpRandomState | NpGenerator, op: Json[]): RandomValue | void {
  const [k, ...raw] = op;
  const a = raw.map(fromArg);
  if (state instanceof NpRandomState) {
    switch (k) {
      case 'normal': return state.normal(a[0], a[1], sizeOf(a[2]));
      case 'uniform': return state.uniform(a[0], a[1], sizeOf(a[2]));
      case 'randint': return state.randint(int(a[0]), int(a[1]), sizeOf(a[2]), a[3] ?? 'int');
      case 'binomial': return state.binomial(int(a[0]), a[1], sizeOf(a[2]));
      case 'choice': return state.choice(a[0], sizeOf(a[1]), a[2], a[3]);
      case 'permutation': return state.permutation(a[0]);
      case 'shuffle': state.shuffle(a[0]); return a[0];
      case 'exponential': return state.exponential(a[0], sizeOf(a[1]));
      case 'poisson': return state.poisson(a[0], sizeOf(a[1]));
    }
  } else {
    switch (k) {
      case 'normal': return state.normal(a[0], a[1], sizeOf(a[2]));
      case 'uniform': return state.uniform(a[0], a[1], sizeOf(a[2]));
      case 'integers': return state.integers(int(a[0]), int(a[1]), sizeOf(a[2]), a[3], a[4]);
      case 'binomial': return state.binomial(int(a[0]), a[1], sizeOf(a[2]));
      case 'random': return state.random(sizeOf(a[0]), a[1]);
      case 'standard_normal': return state.standardNormal(sizeOf(a[0]), a[1]);
      case 'choice': return state.choice(a[0], sizeOf(a[1]), a[2], a[3], a[4], a[5]);
      case 'permutation': return state.permutation(typeof a[0] === 'number' ? BigInt(a[0]) : a[0], a[1]);
      case 'shuffle': state.shuffle(a[0], a[1]); return a[0];
      case 'permuted': return state.permuted(a[0], a[1]);
      case 'exponential': return state.exponential(a[0], sizeOf(a[1]));
      case 'poisson': return state.poisson(a[0], sizeOf(a[1]));
    }
  }
  throw new Error(`unknown op ${k}`);
}

/** Generator normal/exponential tails use log1p, which may differ from glibc's by one ulp. */
const TRANSCENDENTAL = new Set(['gen-nd:normal', 'gen-nd:exponential']);
function withinOneUlp(got: Json, want: Json): Json {
  if (typeof got?.f8 !== 'string' || typeof want?.f8 !== 'string' || got.f8.length !== want.f8.length) return got;
  for (let i = 0; i < got.f8.length; i += 16) {
    const d = BigInt('0x' + got.f8.slice(i, i + 16)) - BigInt('0x' + want.f8.slice(i, i + 16));
    if (d > 1n || d < -1n) return got;
  }
  return { ...got, f8: want.f8 };
}

describe('random: NDArray layer against NumPy 2.4.6', () => {
  CASES.forEach((c, n) => {
    it(`#${n} ${c.k} seed=${c.seed} ${c.ops.map((o: Json[]) => o[0]).join(',')}`, () => {
      const state = c.k === 'gen-nd' ? new NpGenerator(c.seed) : new NpRandomState(c.seed);
      c.ops.forEach((op: Json[], i: number) => {
        let got: Json;
        try {
          got = encode(call(state, op));
        } catch (e) {
          if (!(e instanceof EngineError)) throw e;
          got = { err: e.pyType, msg: e.message };
        }
        if (TRANSCENDENTAL.has(`${c.k}:${op[0]}`)) got = withinOneUlp(got, c.out[i]);
        assert.deepEqual(got, c.out[i], `call ${i}: ${JSON.stringify(op)}`);
      });
    });
  });
});
