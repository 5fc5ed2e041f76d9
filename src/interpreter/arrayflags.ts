// ndarray.flags: NumPy's flagsobj over one engine array — C_CONTIGUOUS / F_CONTIGUOUS computed
// from the strides as NumPy does (dimensions of length 1 ignored, empty arrays both), OWNDATA from
// the base, WRITEABLE read and settable, ALIGNED always True, WRITEBACKIFCOPY always False; item
// access by NumPy's long and short names, attribute access by the lower-case names, and the repr.
import type { NDArray } from '../engine';
import { PyClass, PyValue } from './values';
import { PyNative } from './values';
import { T, throwErr } from './types';
import { truthy } from './runtime';

const flagsCls = new PyClass('flagsobj', [T.object], 'numpy._core.multiarray');

/** NumPy's contiguity test on element strides: dims of length 1 do not count, length 0 means yes. */
function contiguous(a: NDArray, fortran: boolean): boolean {
  if (a.shape.some((d) => d === 0)) return true;
  let expected = 1;
  const n = a.ndim;
  for (let i = 0; i < n; i++) {
    const k = fortran ? i : n - 1 - i;
    const d = a.shape[k];
    if (d !== 1) {
      if (a.strides[k] !== expected) return false;
      expected *= d;
    }
  }
  return true;
}

const KEY_NAMES: Record<string, string> = {
  C: 'c_contiguous', CONTIGUOUS: 'c_contiguous', C_CONTIGUOUS: 'c_contiguous',
  F: 'f_contiguous', FORTRAN: 'f_contiguous', F_CONTIGUOUS: 'f_contiguous',
  W: 'writeable', WRITEABLE: 'writeable', A: 'aligned', ALIGNED: 'aligned',
  X: 'writebackifcopy', WRITEBACKIFCOPY: 'writebackifcopy', O: 'owndata', OWNDATA: 'owndata',
  B: 'behaved', BEHAVED: 'behaved', CA: 'carray', CARRAY: 'carray', FA: 'farray', FARRAY: 'farray',
  FNC: 'fnc', FORC: 'forc',
};

export class PyArrayFlags extends PyNative {
  constructor(private readonly arr: NDArray) { super(); }
  pyType(): PyClass { return flagsCls; }
  private flag(name: string): boolean | undefined {
    const a = this.arr;
    const c = () => contiguous(a, false), f = () => contiguous(a, true);
    switch (name) {
      case 'c_contiguous': case 'contiguous': return c();
      case 'f_contiguous': case 'fortran': return f();
      case 'owndata': return a.base === null;
      case 'writeable': return a.writeable;
      case 'aligned': return true;
      case 'writebackifcopy': return false;
      case 'behaved': return a.writeable;
      case 'carray': return a.writeable && c();
      case 'farray': return a.writeable && f() && !c();
      case 'fnc': return f() && !c();
      case 'forc': return f() || c();
    }
    return undefined;
  }
  override getattr(name: string): PyValue | undefined {
    if (name === 'num') {
      const bits = [this.flag('c_contiguous'), this.flag('f_contiguous'), this.flag('owndata'), false, false, false, false, false, true, this.flag('writeable')];
      return bits.reduce((acc: number, b, i) => acc | (b ? 1 << i : 0), 0);
    }
    return this.flag(name);
  }
  override setattr(name: string, value: PyValue): boolean {
    if (name === 'writeable') { this.setWriteable(truthy(value)); return true; }
    if (this.flag(name) !== undefined) throwErr('AttributeError', `attribute '${name}' of 'numpy._core.multiarray.flagsobj' objects is not writable`);
    throwErr('AttributeError', `'numpy._core.multiarray.flagsobj' object has no attribute '${name}'`);
  }
  private setWriteable(on: boolean): void {
    if (on && this.arr.base !== null && !this.arr.base.writeable) throwErr('ValueError', 'cannot set WRITEABLE flag to True of this array');
    this.arr.writeable = on;
  }
  override getitem(key: PyValue): PyValue {
    const name = typeof key === 'string' ? KEY_NAMES[key] : undefined;
    if (name === undefined) throwErr('KeyError', 'Unknown flag');
    return this.flag(name)!;
  }
  override setitem(key: PyValue, value: PyValue): void {
    const name = typeof key === 'string' ? KEY_NAMES[key] : undefined;
    if (name === 'writeable') { this.setWriteable(truthy(value)); return; }
    throwErr('KeyError', 'Unknown flag');
  }
  override repr(): string {
    const row = (label: string, name: string) => `  ${label} : ${this.flag(name) ? 'True' : 'False'}\n`;
    return row('C_CONTIGUOUS', 'c_contiguous') + row('F_CONTIGUOUS', 'f_contiguous') + row('OWNDATA', 'owndata')
      + row('WRITEABLE', 'writeable') + row('ALIGNED', 'aligned') + row('WRITEBACKIFCOPY', 'writebackifcopy');
  }
  override str(): string { return this.repr(); }
}
