// The random module's bulk fast paths (PCG64/MT19937 fillDoubles and the loops built on them)
// must consume and produce exactly what the golden-checked one-draw-at-a-time paths do, at every
// alignment: odd twister positions, blocks crossing a twist, fills interleaved with other draws.
import { strict as assert } from 'node:assert';
import { Generator, MT19937, PCG64, PyRandom, RandomState } from '../../src/engine/random';
import { standardExponential, standardNormal } from '../../src/engine/random/distributions';
import { runProgram } from '../../src/interpreter/program';

function sameStream(makeA: () => MT19937 | PCG64, makeB: () => MT19937 | PCG64, skip: number, len: number): void {
  const bulk = makeA();
  const single = makeB();
  for (let i = 0; i < skip; i++) {
    bulk.nextUint32();
    single.nextUint32();
  }
  const got = new Float64Array(len + 2);
  bulk.fillDoubles(got, 1, len + 1);
  const want = new Float64Array(len + 2);
  for (let i = 1; i <= len; i++) want[i] = single.nextDouble();
  assert.deepEqual(Array.from(got), Array.from(want));
  assert.equal(bulk.nextUint32(), single.nextUint32(), 'the state after the fill matches');
}

describe('random: bulk fills equal per-draw streams', () => {
  for (const skip of [0, 1, 2, 311, 622, 623, 624, 625]) {
    it(`MT19937 fillDoubles after ${skip} uint32 draws, across twists`, () => {
      sameStream(() => new MT19937(skip + 7), () => new MT19937(skip + 7), skip, 1500);
    });
  }
  for (const skip of [0, 1, 3]) {
    it(`PCG64 fillDoubles after ${skip} uint32 draws`, () => {
      sameStream(() => new PCG64(skip + 11), () => new PCG64(skip + 11), skip, 1000);
    });
  }
});

describe('random: legacy bulk normals equal gauss() one at a time', () => {
  it('randn/normal blocks of odd and even sizes keep the cached partner exactly', () => {
    const bulk = new RandomState(123);
    const single = new RandomState(123);
    const got: number[] = [];
    const want: number[] = [];
    for (const k of [1, 4, 3, 0, 2, 7, 1, 1, 10]) {
      got.push(...bulk.randn(k).data);
      for (let i = 0; i < k; i++) want.push(single.gauss());
    }
    got.push(...bulk.normal(2, 3, [5]).data);
    for (let i = 0; i < 5; i++) want.push(2 + 3 * single.gauss());
    assert.deepEqual(got, want);
    assert.deepEqual(bulk.getState(), single.getState());
  });
});

describe('random: Generator bulk normals/exponentials (Uint64Block) equal one draw at a time', () => {
  it('sizes below, at and across the 1024-output block, then the state matches', () => {
    const bulk = new Generator(99);
    const single = new PCG64(99);
    const got: number[] = [];
    const want: number[] = [];
    for (const k of [1, 1023, 1024, 1025, 5000, 0, 3]) {
      got.push(...bulk.standardNormal([k]).data);
      for (let i = 0; i < k; i++) want.push(standardNormal(single));
    }
    got.push(...bulk.normal(-1, 0.5, [2500]).data);
    for (let i = 0; i < 2500; i++) want.push(-1 + 0.5 * standardNormal(single));
    got.push(...bulk.exponential(2, [3000]).data, ...bulk.standardExponential([1500]).data);
    for (let i = 0; i < 3000; i++) want.push(2 * standardExponential(single));
    for (let i = 0; i < 1500; i++) want.push(standardExponential(single));
    assert.deepEqual(got, want);
    assert.deepEqual(bulk.getState(), single.getState());
  });
});

// Python's `random.seed(str | float)` in the interpreter must go through CPython's seeding
// (PyRandom.seedString / seedFloat, whose streams the goldens check against CPython).
describe('random: the interpreter seeds module random like CPython', () => {
  for (const [arg, seedWith] of [
    ["'hello'", (r: PyRandom) => r.seedString('hello')],
    ["'naïve ü'", (r: PyRandom) => r.seedString('naïve ü')],
    ['2.5', (r: PyRandom) => r.seedFloat(2.5)],
    ['-1e300', (r: PyRandom) => r.seedFloat(-1e300)],
  ] as const) {
    it(`random.seed(${arg})`, () => {
      const run = runProgram(`import random\nrandom.seed(${arg})\nprint(random.getrandbits(64), random.randrange(1000))\n`);
      const ref = new PyRandom(null);
      seedWith(ref);
      const bits = ref.getrandbits(64);
      assert.equal(run.stdout, `${bits} ${ref.randrange(1000n)}\n`);
    });
  }
});
