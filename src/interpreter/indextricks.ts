// np.r_ and np.c_: index expressions that concatenate. Items are arrays, scalars, or slices
// (start:stop:step as np.arange; a complex step `Nj` as np.linspace with N points). r_ joins
// along axis 0; c_ first makes every item at least 2-D with 1-D items as columns, then joins
// along the last axis. NumPy's string directives ('r', '0,2,-1') are refused with a clear error.
import * as E from '../engine';
import type { NDArray } from '../engine';
import { PyClass, PyComplex, PySlice, PyTuple, PyValue, PyNative } from './values';
import { T, throwErr } from './types';
import { callValue } from './runtime';
import { PyNdArray, guard, toArray } from './numpy';

const concatClass = new PyClass('AxisConcatenator', [T.object], 'numpy.lib._index_tricks_impl');

export class PyIndexConcat extends PyNative {
  /** npFunction looks up np.arange / np.linspace so slices follow the np functions' rules. */
  constructor(private readonly columns: boolean, private readonly npFunction: (name: string) => PyValue) { super(); }
  pyType(): PyClass { return concatClass; }
  override repr(): string { return `<numpy.lib._index_tricks_impl.${this.columns ? 'CClass' : 'RClass'} object>`; }
  private item(v: PyValue): NDArray {
    if (typeof v === 'string') throwErr('NotImplementedError', `np.${this.columns ? 'c_' : 'r_'} string directives are not supported by the Shapewise evaluator`);
    if (v instanceof PySlice) {
      const start = v.start ?? 0;
      if (v.step instanceof PyComplex) {
        return toArray(callValue(this.npFunction('linspace'), [start, v.stop, Math.abs(v.step.im)], null));
      }
      return toArray(callValue(this.npFunction('arange'), [start, v.stop, v.step ?? 1], null));
    }
    const a = toArray(v);
    return a.ndim === 0 ? E.reshape(a, [1]) : a;
  }
  override getitem(key: PyValue): PyValue {
    const items = (key instanceof PyTuple ? key.items : [key]).map((v) => this.item(v));
    return guard(() => {
      if (!this.columns) return new PyNdArray(E.concatenate(items, 0));
      const cols = items.map((a) => (a.ndim === 1 ? E.reshape(a, [a.shape[0], 1]) : a));
      return new PyNdArray(E.concatenate(cols, -1));
    });
  }
}
