// Replays every case of the engine golden corpus (scripts/golden/engine_values.py, NumPy 2.4.6):
// one test per case, named by topic, line and operation; the expectation (NumPy's result bytes,
// dtype, shape, scalar-ness, view-ness, or its exception type and message) sits in the case line.
import { strict as assert } from 'node:assert';
import { EngineError } from '../../src/engine/index';
import { NDArray } from '../../src/engine/ndarray';
import { compare, lastArgs, loadCases, runCase, type GoldenCase } from './golden';

const TOPICS = ['creation', 'ufunc', 'reduce', 'shape', 'index', 'linalg', 'sort', 'strings'];

function label(c: GoldenCase): string {
  const first = typeof c.a[0] === 'string' ? ` ${c.a[0]}` : '';
  return `${c.op}${first}`;
}

for (const topic of TOPICS) {
  describe(`engine golden: ${topic}`, () => {
    loadCases(topic).forEach((c, i) => {
      it(`line ${i + 1}: ${label(c)}`, () => {
        let got: unknown;
        try {
          got = runCase(c);
        } catch (e) {
          if (!(e instanceof EngineError)) throw e;
          assert.ok(c.e, `engine raised ${e.pyType}: ${e.message}; NumPy returned a result`);
          assert.deepEqual([e.pyType, e.message], c.e);
          return;
        }
        assert.ok(!c.e, `NumPy raised ${c.e?.[0]}: ${c.e?.[1]}; engine returned a result`);
        const diff = compare(got, c.r, !!c.tol, c.op);
        assert.equal(diff, null);
        // (an empty result shares no memory in NumPy's np.shares_memory sense, so it is not checked)
        if (c.view !== undefined && (got as NDArray).size > 0) {
          // (str arrays keep a plain Array, which has no .buffer: compare the storage itself)
          const gd = (got as NDArray).data;
          const ad = (lastArgs[0] as NDArray).data;
          const shares = Array.isArray(gd) ? gd === ad : gd.buffer === ad.buffer;
          assert.equal(shares, c.view, `NumPy returns a ${c.view ? 'view' : 'copy'}`);
        }
      });
    });
  });
}
