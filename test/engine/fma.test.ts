// src/engine/fma.ts: the fast fused multiply-add (Dekker product, TwoSum, midpoint detection)
// agrees bit for bit with exactFma (BigInt arithmetic rounded once) on seeded random operands that
// hit every path: small products (the cheap path), cancellation, exact midpoints from short
// mantissas, huge operands (scaled by 2^-600) and subnormal results.
import { strict as assert } from 'node:assert';
import { exactFma, fma } from '../../src/engine/fma';

let seed = 20261207;
function uniform(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
}

/** A random double with exponent in [lo, hi) and a mantissa of `bits` significant bits. */
function randomDouble(lo: number, hi: number, bits = 53): number {
  const e = Math.floor(lo + uniform() * (hi - lo));
  let m = 1 + uniform() + uniform() * 2 ** -32;
  if (bits < 53) m = Math.round(m * 2 ** (bits - 1)) / 2 ** (bits - 1);
  return (uniform() < 0.5 ? -1 : 1) * m * 2 ** e;
}

function shortBits(): number {
  return 1 + Math.floor(uniform() * 30);
}

const FAMILIES: [string, () => [number, number, number]][] = [
  ['polynomial steps (|a*b| << |c|)', () => [randomDouble(-10, 3), randomDouble(-8, 0), randomDouble(-6, 1)]],
  ['short mantissas (exact midpoints)', () => [randomDouble(-4, 4, shortBits()), randomDouble(-4, 4, shortBits()), randomDouble(-10, 10, 1 + Math.floor(uniform() * 53))]],
  ['cancellation (c close to -a*b)', () => {
    const a = randomDouble(-5, 5);
    const b = randomDouble(-5, 5);
    return [a, b, -a * b * (1 + (uniform() - 0.5) * 2 ** -Math.floor(uniform() * 60))];
  }],
  ['wide exponents', () => [randomDouble(-600, 600), randomDouble(-400, 400), randomDouble(-1000, 1000)]],
  ['subnormal results', () => [randomDouble(-560, -500, 40), randomDouble(-560, -500, 40), randomDouble(-1074, -1000, 20)]],
  ['huge operands', () => [randomDouble(900, 1023), randomDouble(-20, 20), randomDouble(900, 1023)]],
];

function bits(v: number): string {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, v);
  return b.getBigUint64(0).toString(16);
}

describe('fma.ts fused multiply-add', () => {
  for (const [name, make] of FAMILIES) {
    it(`${name}: fma equals exactFma on 20,000 seeded operand triples`, () => {
      const bad: string[] = [];
      for (let i = 0; i < 20000; i++) {
        const [a, b, c] = make();
        const got = fma(a, b, c);
        const want = exactFma(a, b, c);
        if (!Object.is(got, want)) bad.push(`fma(${a}, ${b}, ${c}) = ${got} (${bits(got)}), exact ${want} (${bits(want)})`);
      }
      assert.deepEqual(bad.slice(0, 3), []);
    });
  }

  it('decides an exact midpoint by the discarded product error', () => {
    // (1 + 2^-52)^2 - 1 = 2^-51 + 2^-104 exactly (a double): the product alone would round it away
    const a = 1 + 2 ** -52;
    assert.equal(fma(a, a, -1), 2 ** -51 + 2 ** -104);
    // (2^27 + 1)(2^27 - 1) = 2^54 - 1: rounding the product first would lose the -1
    assert.equal(fma(2 ** 27 + 1, 2 ** 27 - 1, -(2 ** 54)), -1);
    assert.equal((2 ** 27 + 1) * (2 ** 27 - 1) - 2 ** 54, 0);
    assert.equal(fma(3, 2 ** 52 + 1, 0.5), 3 * 2 ** 52 + 4); // 3*2^52 + 3.5, doubles 2 apart there: rounds up
  });
});
