// Dragon4 digit generation: the float64 fast path (Number formatting with guard digits) must give
// exactly the digits of the BigInt Dragon4 port for every mode NumPy and Python use, and the
// shortest digits must be the round-trip digits JavaScript itself prints.
import { strict as assert } from 'node:assert';
import { dragon4Internals, formatPositional, formatScientific } from '../../src/engine/print/dragon4';

/** A deterministic xorshift stream so failures reproduce. */
function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

function randomDouble(rand: () => number): number {
  const style = Math.floor(rand() * 5);
  if (style === 0) {
    const b = new Uint32Array(2);
    b[0] = rand() * 2 ** 32;
    b[1] = rand() * 2 ** 31;
    const x = new Float64Array(b.buffer)[0];
    return Number.isFinite(x) && x > 0 ? x : 1.25;
  }
  if (style === 1) return Math.floor(rand() * 1e6) / 10 ** Math.floor(rand() * 8);
  if (style === 2) return rand() * 10 ** Math.floor(rand() * 40 - 20);
  if (style === 3) return (Math.floor(rand() * 2000) + 0.5) / 10 ** Math.floor(rand() * 4);
  return Math.floor(rand() * 1e9) / 2 ** Math.floor(rand() * 30);
}

describe('dragon4 digits', () => {
  it('the float64 fast path gives the BigInt digits in every mode', () => {
    const rand = makeRandom(12345);
    const mismatches: string[] = [];
    let fastUsed = 0;
    for (let i = 0; i < 40000; i++) {
      const x = randomDouble(rand);
      const unique = rand() < 0.7;
      const fractional = rand() < 0.5;
      const max = Math.floor(rand() * 20) - (rand() < 0.2 ? 100 : 0);
      const cutoffMax = max < 0 ? -1 : fractional ? max : max + 1;
      const minChoice = rand();
      const cutoffMin = minChoice < 0.5 ? -1 : minChoice < 0.7 ? 0 : cutoffMax;
      const fast = dragon4Internals.fastDigits(x, unique, fractional, cutoffMax, cutoffMin);
      if (fast === null) continue;
      fastUsed++;
      const slow = dragon4Internals.slowDigits(x, 'float64', unique, fractional, cutoffMax, cutoffMin);
      if (fast.digits !== slow.digits || fast.exponent !== slow.exponent) {
        mismatches.push(`${x} unique=${unique} fractional=${fractional} max=${cutoffMax} min=${cutoffMin}: fast ${JSON.stringify(fast)} slow ${JSON.stringify(slow)}`);
      }
    }
    assert.deepEqual(mismatches.slice(0, 20), []);
    assert.ok(fastUsed > 20000, `fast path used for ${fastUsed} of 40000 inputs`);
  });

  it('shortest float64 digits are the digits JavaScript prints', () => {
    const rand = makeRandom(777);
    const mismatches: string[] = [];
    for (let i = 0; i < 20000; i++) {
      const x = randomDouble(rand);
      const slow = dragon4Internals.slowDigits(x, 'float64', true, false, -1, -1);
      const [m, e] = x.toExponential().split('e');
      if (slow.digits !== m.replace('.', '') || slow.exponent !== Number(e)) mismatches.push(`${x}: ${JSON.stringify(slow)}`);
    }
    assert.deepEqual(mismatches.slice(0, 20), []);
  });

  it('ties round half-even on the exact binary value', () => {
    assert.equal(formatPositional(0.125, 'float64', { precision: 2, unique: false }), '0.12');
    assert.equal(formatPositional(0.375, 'float64', { precision: 2, unique: false }), '0.38');
    assert.equal(formatPositional(2.675, 'float64', { precision: 2, unique: false }), '2.67');
    assert.equal(formatScientific(12500, 'float64', { precision: 1, unique: false }), '1.2e+04');
  });
});
