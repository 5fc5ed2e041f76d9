// numpy.fft as far as the engine can be NumPy-exact: the frequency and shift helpers (fftfreq,
// rfftfreq, fftshift, ifftshift: plain arithmetic and np.roll, byte-exact). The transforms
// themselves (fft, ifft, rfft, ...) raise NotImplementedError: NumPy's pocketfft results are not
// reproduced bit for bit, and an approximate FFT would print other digits (1e-16 residues where
// NumPy prints exact zeros).
import * as E from '../engine';
import type { NDArray } from '../engine';
import { PyFloat, PyList, PyModule, PyTuple, PyValue } from './values';
import { asFloat, toIndex } from './runtime';
import { throwErr } from './types';
import { PyNdArray, toArray, wrap } from './numpy';

type Args = Record<string, PyValue>;
type Def = (m: PyModule, name: string, sig: string, impl: (b: Args) => PyValue) => void;

const TRANSFORMS = ['fft', 'ifft', 'rfft', 'irfft', 'hfft', 'ihfft', 'fft2', 'ifft2', 'rfft2', 'irfft2', 'fftn', 'ifftn', 'rfftn', 'irfftn'];

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
  for (const name of TRANSFORMS) {
    def(m, name, 'a, *args, **kwargs', () => throwErr('NotImplementedError', `np.fft.${name} is not available in the Shapewise engine yet (its results would not match NumPy's pocketfft digit for digit)`));
  }
  void PyFloat;
  return m;
}
