// Engine behaviours that are not values (the golden corpus covers values): writes through views
// reach the base, broadcast_to views are read-only, the allocation cap is configurable and speaks
// NumPy's MemoryError text, errors render as Python's last traceback line.
import { strict as assert } from 'node:assert';
import * as E from '../../src/engine/index';

describe('engine ndarray behaviour', () => {
  it('a slice is a view: writing through it changes the base array', () => {
    const a = E.arange(6n);
    const v = E.getitem(a, [{ start: 1, stop: 4 }]);
    E.setitem(v, ['...'], 0n);
    assert.deepEqual(E.tolist(a), [0n, 0n, 0n, 0n, 4n, 5n]);
  });

  it('a transposed view writes into the base in the transposed position', () => {
    const a = E.reshape(E.arange(6n), [2, 3]);
    E.setitem(E.transpose(a), [2, 0], 99n);
    assert.deepEqual(E.tolist(a), [[0n, 1n, 99n], [3n, 4n, 5n]]);
  });

  it('boolean-mask assignment writes in place (a[a < 0] = 0)', () => {
    const a = E.array([-1.5, 2, -3, 4]);
    E.setitem(a, [E.ufunc2('less', a, 0)], 0n);
    assert.deepEqual(E.tolist(a), [0, 2, 0, 4]);
  });

  it('broadcast_to returns a read-only view', () => {
    const b = E.broadcastTo(E.arange(3n), [2, 3]);
    assert.throws(() => E.setitem(b, [0], 1n), /assignment destination is read-only/);
  });

  it('in-place ufunc with out= writes into the given array', () => {
    const a = E.array([1n, 2n, 3n]);
    const r = E.ufunc2('add', a, 10n, { out: a });
    assert.equal(r, a);
    assert.deepEqual(E.tolist(a), [11n, 12n, 13n]);
  });

  it('the allocation cap is configurable and raises a MemoryError', () => {
    const before = E.getAllocationLimit();
    try {
      E.setAllocationLimit(1000);
      assert.throws(
        () => E.zeros([200]),
        (e: unknown) => e instanceof E.EngineError && e.pyType === 'MemoryError' && e.message === 'Unable to allocate 1.56 KiB for an array with shape (200,) and data type float64',
      );
      assert.equal(E.zeros([100]).size, 100);
    } finally {
      E.setAllocationLimit(before);
    }
  });

  it('errors print as the last line of a Python traceback', () => {
    try {
      E.ufunc2('add', E.zeros([2, 3]), E.zeros([4, 3]));
      assert.fail('expected an error');
    } catch (e) {
      assert.ok(e instanceof E.EngineError);
      assert.equal(e.toPythonString(), 'ValueError: operands could not be broadcast together with shapes (2,3) (4,3) ');
    }
  });

  it('full reductions and integer indexing give NumPy scalars; slices give arrays', () => {
    const a = E.arange(4n);
    assert.equal(E.sum(a).isScalar, true);
    assert.equal(E.getitem(a, [1]).isScalar, true);
    assert.equal(E.getitem(a, [{ start: 1 }]).isScalar, false);
  });

  it('dispose() recycles an unshared buffer for the next result of the same size', () => {
    const a = E.zeros([20000]);
    const ones = E.ones([20000]);
    const data = a.data;
    a.dispose();
    const b = E.ufunc2('add', ones, 1.0);
    // the same memory: the same pooled typed array, or a new view of the same WebAssembly heap block
    assert.equal(b.data.byteOffset, data.byteOffset);
    assert.equal(E.mayShareMemory(b.data, data), true);
    assert.equal(b.get(0), 2);
  });

  it('dispose() leaves buffers alone when views of them exist', () => {
    const a = E.zeros([20000]);
    const v = E.getitem(a, [{ start: 1 }]);
    a.dispose();
    v.dispose();
    const b = E.ufunc2('add', E.ones([20000]), 1.0);
    assert.notEqual(b.data, a.data);
    assert.equal(v.get(0), 0);
  });
});
