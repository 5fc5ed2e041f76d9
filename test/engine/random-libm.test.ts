// glibcLog must equal this machine's glibc log() bit for bit (test/engine/random-libm-cases.json,
// from scripts/golden/random_glibc_log_data.py): NumPy's legacy gauss and exponential and
// CPython's gauss/expovariate feed every value through it. Also pins that the correctly rounded
// log in libm.ts really is a different function (so the choice between them matters).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fma, glibcLog } from '../../src/engine/random/glibc-log';
import { exp, log, log1p } from '../../src/engine/random/libm';

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
