// glibcLog/Exp/Pow/Sin/Cos must equal this machine's glibc libm bit for bit (random-libm-cases.json,
// from scripts/golden/random_glibc_libm_data.py): NumPy's samplers and CPython's random feed their
// values through them. Also pins that a correctly rounded log is a different function (so the
// choice matters), the SHA-512 / float-hash helpers behind CPython's random.seed(str|float), and
// NumPy's seed error texts.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glibcExp } from '../../src/engine/random/glibc-exp';
import { glibcPow } from '../../src/engine/random/glibc-pow';
import { glibcCos, glibcSin } from '../../src/engine/random/glibc-sincos';
import { fma, glibcLog } from '../../src/engine/random/glibc-log';
import { exp, log, log1p } from '../../src/engine/random/libm';
import { pyFloatHash } from '../../src/engine/random/pyrandom';
import { sha512 } from '../../src/engine/random/sha512';
import { Generator, RandomState } from '../../src/engine/random';

const CASES = JSON.parse(readFileSync(path.join(__dirname, 'random-libm-cases.json'), 'utf8'));
function doubles(hex: string): Float64Array {
  const out = new Float64Array(hex.length / 16);
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < out.length; i++) {
    view.setBigUint64(0, BigInt('0x' + hex.slice(16 * i, 16 * i + 16)));
    out[i] = view.getFloat64(0);
  }
  return out;
}
const XS = doubles(CASES.x);
const GLIBC = doubles(CASES.log);

describe('random: libm', () => {
  it('glibcLog equals glibc log on 4000 arguments (near 1, (0,1), (0,60), subnormal..1e300)', () => {
    const wrong: string[] = [];
    XS.forEach((x, i) => {
      if (!Object.is(glibcLog(x), GLIBC[i])) wrong.push(`log(${x}) = ${glibcLog(x)}, glibc ${GLIBC[i]}`);
    });
    assert.deepEqual(wrong, []);
  });

  it('glibc misrounds some of these, so a correctly rounded log would not match', () => {
    const differing = XS.filter((x, i) => log(x) !== GLIBC[i]).length;
    assert.ok(differing > 0 && differing < 40, `${differing} differ`);
  });

  it('special values', () => {
    assert.equal(glibcLog(1), 0);
    assert.equal(glibcLog(0), -Infinity);
    assert.ok(Number.isNaN(glibcLog(-1)));
    assert.equal(glibcLog(Infinity), Infinity);
    assert.equal(glibcLog(Math.E), 1);
    assert.equal(exp(0), 1);
    assert.equal(exp(1), Math.E);
    assert.equal(log1p(0), 0);
  });

  it('fma rounds once', () => {
    // (1 + 2^-52)(1 - 2^-52) - 1 = -2^-104 exactly; a separate multiply would give 0.
    assert.equal(fma(1 + 2 ** -52, 1 - 2 ** -52, -1), -(2 ** -104));
  });
});

describe('random: glibc exp', () => {
  const EX = doubles(CASES.ex);
  const GEXP = doubles(CASES.exp);
  it('glibcExp equals glibc exp on 4000 arguments (|x|<1, |x|<40, -x²/2, [-745, 709])', () => {
    const wrong: string[] = [];
    EX.forEach((x, i) => {
      if (!Object.is(glibcExp(x), GEXP[i])) wrong.push(`exp(${x}) = ${glibcExp(x)}, glibc ${GEXP[i]}`);
    });
    assert.deepEqual(wrong, []);
  });

  it('special values', () => {
    assert.equal(glibcExp(0), 1);
    assert.equal(glibcExp(-Infinity), 0);
    assert.equal(glibcExp(Infinity), Infinity);
    assert.equal(glibcExp(1000), Infinity);
    assert.equal(glibcExp(-1000), 0);
    assert.ok(Number.isNaN(glibcExp(NaN)));
  });
});

describe('random: CPython seeding helpers', () => {
  it('sha512 of "abc" is the FIPS 180-4 example digest', () => {
    const hex = Array.from(sha512(new TextEncoder().encode('abc')), (b) => b.toString(16).padStart(2, '0')).join('');
    assert.equal(hex.slice(0, 32), 'ddaf35a193617abacc417349ae204131');
    assert.equal(hex.slice(-32), '454d4423643ce80e2a9ac94fa54ca49f');
  });

  it('hash(float) follows CPython: integral floats hash like ints, -1 becomes -2', () => {
    assert.equal(pyFloatHash(42), 42n);
    assert.equal(pyFloatHash(-1), -2n);
    assert.equal(pyFloatHash(Infinity), 314159n);
    assert.equal(pyFloatHash(0.5), 1n << 60n);
  });
});

describe('random: glibc pow', () => {
  it('glibcPow equals glibc pow on 4000 arguments (U^(1/a) as the gamma family draws it, and general x^y)', () => {
    const xs = doubles(CASES.px);
    const ys = doubles(CASES.py);
    const want = doubles(CASES.pow);
    const wrong: string[] = [];
    xs.forEach((x, i) => {
      if (!Object.is(glibcPow(x, ys[i]), want[i])) wrong.push(`pow(${x}, ${ys[i]}) = ${glibcPow(x, ys[i])}, glibc ${want[i]}`);
    });
    assert.deepEqual(wrong, []);
  });
});

describe('random: glibc sin/cos', () => {
  it('glibcSin/glibcCos equal glibc on 4000 arguments ([0, 2pi) as random.gauss uses them, and [-100, 100])', () => {
    const xs = doubles(CASES.sx);
    const sins = doubles(CASES.sin);
    const coss = doubles(CASES.cos);
    const wrong: string[] = [];
    xs.forEach((x, i) => {
      if (!Object.is(glibcSin(x), sins[i])) wrong.push(`sin(${x}) = ${glibcSin(x)}, glibc ${sins[i]}`);
      if (!Object.is(glibcCos(x), coss[i])) wrong.push(`cos(${x}) = ${glibcCos(x)}, glibc ${coss[i]}`);
    });
    assert.deepEqual(wrong, []);
  });

  it('small and special arguments', () => {
    assert.equal(glibcSin(0), 0);
    assert.ok(Object.is(glibcSin(-0), -0));
    assert.equal(glibcCos(0), 1);
    assert.equal(glibcSin(1e-10), 1e-10);
    assert.ok(Number.isNaN(glibcSin(Infinity)));
  });
});

describe('random: seeding errors (texts from NumPy 2.4.6)', () => {
  const error = (f: () => unknown): string => {
    try {
      f();
      return 'no error';
    } catch (e) {
      return `${(e as { pyType: string }).pyType}: ${(e as Error).message}`;
    }
  };
  it('default_rng and RandomState reject bad seeds like NumPy', () => {
    assert.equal(error(() => new Generator(-1)), 'ValueError: expected non-negative integer');
    assert.equal(error(() => new Generator(1.5)), 'TypeError: SeedSequence expects int or sequence of ints for entropy not 1.5');
    assert.equal(error(() => new RandomState(-1)), 'ValueError: Seed must be between 0 and 2**32 - 1');
    assert.equal(error(() => new RandomState(2 ** 32)), 'ValueError: Seed must be between 0 and 2**32 - 1');
    assert.equal(error(() => new RandomState([])), 'ValueError: Seed must be non-empty');
    assert.equal(error(() => new RandomState(1.5)), "TypeError: Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
  });
});
