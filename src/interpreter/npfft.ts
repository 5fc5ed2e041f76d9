// numpy.fft as far as the engine is NumPy-exact: fft/ifft/fft2/ifft2/fftn/ifftn on pocketfft's
// complex passes (engine fft.ts; lengths with factors 2, 3, 5, 7), and the frequency and shift
// helpers (fftfreq, rfftfreq, fftshift, ifftshift: plain arithmetic and np.roll). The real
// transforms (rfft, irfft, hfft, ...) use pocketfft's separate real algorithm, not ported: they
// raise NotImplementedError rather than print digits NumPy would not.
import * as E from '../engine';
import type { NDArray } from '../engine';
import { PyFloat, PyList, PyModule, PyTuple, PyValue } from './values';
import { asFloat, toIndex } from './runtime';
import { throwErr } from './types';
import { PyNdArray, toArray, wrap } from './numpy';

type Args = Record<string, PyValue>;
type Def = (m: PyModule, name: string, sig: string, impl: (b: Args) => PyValue) => void;

const TRANSFORMS = ['rfft', 'irfft', 'hfft', 'ihfft', 'rfft2', 'irfft2', 'rfftn', 'irfftn'];

/** NumPy's normalisation factor for a transform of n points. */
function normFactor(norm: PyValue, n: number, forward: boolean): number {
  const mode = norm === null ? 'backward' : String(norm);
  if (mode !== 'backward' && mode !== 'ortho' && mode !== 'forward') throwErr('ValueError', `Invalid norm value ${mode}; should be "backward","ortho" or "forward".`);
  if (mode === 'ortho') return 1 / Math.sqrt(n);
  return (mode === 'forward') === forward ? 1 / n : 1;
}

function transform(b: Args, forward: boolean): PyValue {
  const a = toArray(b.a);
  const axis = toIndex(b.axis);
  if (a.ndim === 0) throwErr('IndexError', `tuple index out of range`);
  const ax = axis < 0 ? axis + a.ndim : axis;
  if (ax < 0 || ax >= a.ndim) throwErr('AxisError', `axis ${axis} is out of bounds for array of dimension ${a.ndim}`);
  const n = b.n === null ? a.shape[ax] : toIndex(b.n);
  return withOut(b.out, E.fftAlongAxis(a, n, ax, forward, normFactor(b.norm, n, forward)));
}

/** out=: the result written into the given array (NumPy's shape/dtype checks left to assignArray). */
function withOut(out: PyValue, r: NDArray): PyValue {
  if (out === null || out === undefined) return new PyNdArray(r);
  if (!(out instanceof PyNdArray)) throwErr('TypeError', 'return arrays must be of ArrayType');
  E.assignArray(out.arr, r);
  return out;
}

function transformN(b: Args, forward: boolean, twoD: boolean): PyValue {
  let a = toArray(b.a);
  const axes = b.axes === null ? (twoD ? [-2, -1] : b.s === null ? a.shape.map((_, k) => k) : (b.s as PyTuple).items.map((_, k, all) => k - all.length)) : (b.axes as PyTuple).items.map(toIndex);
  const s = b.s === null ? axes.map((k) => a.shape[k < 0 ? k + a.ndim : k]) : (b.s as PyTuple).items.map(toIndex);
  // NumPy transforms the last axis first
  for (let j = axes.length - 1; j >= 0; j--) {
    const ax = axes[j] < 0 ? axes[j] + a.ndim : axes[j];
    a = E.fftAlongAxis(a, s[j], ax, forward, normFactor(b.norm, s[j], forward));
  }
  return withOut(b.out, a);
}

function spacing(v: PyValue): number {
  const d = asFloat(v);
  if (d === undefined) throwErr('TypeError', `unsupported operand type(s) for *: 'int' and '${v === null ? 'NoneType' : typeof v}'`);
  return d;
}

/** `results * val` with results the int64 array of frequency indices (NumPy's last step). */
function scaled(indices: bigint[], val: number): PyValue {
  const idx = E.array(indices);
  return wrap(E.ufunc2('multiply', idx, val));
}

function shiftAxes(x: NDArray, axes: PyValue, inverse: boolean): NDArray {
  let ax: number[];
  if (axes === null) ax = x.shape.map((_, k) => k);
  else if (axes instanceof PyTuple || axes instanceof PyList) ax = axes.items.map(toIndex);
  else {
    const k = toIndex(axes);
    const n = x.shape[k < 0 ? k + x.ndim : k];
    return E.roll(x, inverse ? -Math.floor(n / 2) : Math.floor(n / 2), k);
  }
  const shift = ax.map((k) => {
    const n = x.shape[k < 0 ? k + x.ndim : k];
    return inverse ? -Math.floor(n / 2) : Math.floor(n / 2);
  });
  return E.roll(x, shift, ax);
}

export function makeFftModule(def: Def): PyModule {
  const m = new PyModule('numpy.fft');
  def(m, 'fftfreq', 'n, d=1.0, device=None', (b) => {
    const n = toIndex(b.n);
    const val = 1.0 / (n * spacing(b.d));
    const N = Math.floor((n - 1) / 2) + 1;
    const idx: bigint[] = [];
    for (let i = 0; i < N; i++) idx.push(BigInt(i));
    for (let i = -Math.floor(n / 2); i < 0; i++) idx.push(BigInt(i));
    return scaled(idx, val);
  });
  def(m, 'rfftfreq', 'n, d=1.0, device=None', (b) => {
    const n = toIndex(b.n);
    const val = 1.0 / (n * spacing(b.d));
    const idx: bigint[] = [];
    for (let i = 0; i < Math.floor(n / 2) + 1; i++) idx.push(BigInt(i));
    return scaled(idx, val);
  });
  def(m, 'fftshift', 'x, axes=None', (b) => new PyNdArray(shiftAxes(toArray(b.x), b.axes, false)));
  def(m, 'ifftshift', 'x, axes=None', (b) => new PyNdArray(shiftAxes(toArray(b.x), b.axes, true)));
  def(m, 'fft', 'a, n=None, axis=-1, norm=None, out=None', (b) => transform(b, true));
  def(m, 'ifft', 'a, n=None, axis=-1, norm=None, out=None', (b) => transform(b, false));
  def(m, 'fft2', 'a, s=None, axes=None, norm=None, out=None', (b) => transformN(b, true, true));
  def(m, 'ifft2', 'a, s=None, axes=None, norm=None, out=None', (b) => transformN(b, false, true));
  def(m, 'fftn', 'a, s=None, axes=None, norm=None, out=None', (b) => transformN(b, true, false));
  def(m, 'ifftn', 'a, s=None, axes=None, norm=None, out=None', (b) => transformN(b, false, false));
  for (const name of TRANSFORMS) {
    def(m, name, 'a, *args, **kwargs', () => throwErr('NotImplementedError', `np.fft.${name} is not available in the Shapewise engine yet (its results would not match NumPy's pocketfft digit for digit)`));
  }
  void PyFloat;
  return m;
}
