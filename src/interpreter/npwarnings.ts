// The RuntimeWarnings NumPy raises from its own Python code around reductions, with the place
// NumPy's warning machinery attributes them to: "Mean of empty slice" and "Degrees of freedom
// <= 0 for slice" (numpy/_core/_methods.py, fromnumeric.py), the divide-by-count flags of an
// empty mean/var, 'overflow encountered in reduce' of sum/prod/mean/var, nanmax/nanmin's
// "All-NaN slice encountered", np.corrcoef's divisions by a zero deviation, and the invalid
// flag of inf - inf inside dot/matmul. Also puts
// np.errstate / np.seterr / np.geterr (pywarnings.ts) into the numpy module.
//
// Decision (documented in docs/dev/QA-FINDINGS.md, QA-21): a warning NumPy raises inside its
// own files is printed with NumPy's file (relative to site-packages, e.g.
// `numpy/_core/_methods.py:142`), line and source line, so it is deduplicated per NumPy line
// exactly as CPython does (one "invalid value encountered in scalar divide" for every empty
// mean of a run); a method call (`a.mean()`) gets "Mean of empty slice" at the user's line, as
// in NumPy, where the C method calls _methods._mean directly.
import * as E from '../engine';
import type { NDArray } from '../engine';
import { fpCheckingUnder, fpQuiet, productFpFlags, reduceFpFlags, type FpFlag } from '../engine/fpwarnings';
import { binaryUnderflows, productReductionUnderflows, productUnderflows } from '../engine/fpunderflow';
import { Interpreter, current, moduleFactories } from './interp';
import { Kwargs, PyBuiltin, PyList, PyTuple, PyValue } from './values';
import { T } from './types';
import { asFloat, callValue } from './runtime';
import { bind, signature, type Signature } from './args';
import { ARRAY_METHODS, PyNdArray, infinitiesMadeNaN, toArray } from './numpy';
import { type WarnSite, asOneUfunc, captureFp, emitWarning, errstateFunctions, handleFpFlags } from './pywarnings';

function site(file: 'fromnumeric' | '_methods' | 'numeric', line: number, source: string): WarnSite {
  return { filename: `numpy/_core/${file}.py`, line, module: `numpy._core.${file}`, source };
}
// Lines of NumPy 2.4.6's numpy/_core/_methods.py and fromnumeric.py that raise these warnings.
const SITES = {
  wrapreduction: site('fromnumeric', 83, 'return ufunc.reduce(obj, axis, dtype, out, **passkwargs)'),
  npMean: site('fromnumeric', 3824, 'return _methods._mean(a, axis=axis, dtype=dtype,'),
  npVar: site('fromnumeric', 4232, 'return _methods._var(a, axis=axis, dtype=dtype, out=out, ddof=ddof,'),
  sum: site('_methods', 49, 'return umr_sum(a, axis, dtype, out, keepdims, initial, where)'),
  prod: site('_methods', 53, 'return umr_prod(a, axis, dtype, out, keepdims, initial, where)'),
  meanSum: site('_methods', 132, 'ret = umr_sum(arr, axis, dtype, out, keepdims, where=where)'),
  meanDivide: site('_methods', 134, 'ret = um.true_divide('),
  meanScalarDivide: site('_methods', 142, 'ret = ret.dtype.type(ret / rcount)'),
  varMeanSum: site('_methods', 168, 'arrmean = umr_sum(arr, axis, dtype, keepdims=True, where=where)'),
  varMeanDivide: site('_methods', 178, 'arrmean = um.true_divide(arrmean, div, out=arrmean,'),
  varSubtract: site('_methods', 188, 'x = um.subtract(arr, arrmean, out=...)'),
  varSquare: site('_methods', 190, 'x = um.square(x, out=x)'),
  varSquareSum: site('_methods', 201, 'ret = umr_sum(x, axis, dtype, out, keepdims=keepdims, where=where)'),
  varDivide: site('_methods', 208, 'ret = um.true_divide('),
  varScalarDivide: site('_methods', 211, 'ret = ret.dtype.type(ret / rcount)'),
  stdVar: site('_methods', 219, 'ret = _var(a, axis=axis, dtype=dtype, out=out, ddof=ddof,'),
  wrapfunc: site('fromnumeric', 54, 'return bound(*args, **kwds)'),
  outer: site('numeric', 994, 'return multiply(a.ravel()[:, newaxis], b.ravel()[newaxis, :], out)'),
  diff: { filename: 'numpy/lib/_function_base_impl.py', line: 1529, module: 'numpy.lib._function_base_impl', source: 'a = op(a[slice1], a[slice2])' },
  normDot: { filename: 'numpy/linalg/_linalg.py', line: 2768, module: 'numpy.linalg._linalg', source: 'sqnorm = x.dot(x)' },
  averageMean: { filename: 'numpy/lib/_function_base_impl.py', line: 576, module: 'numpy.lib._function_base_impl', source: 'avg = a.mean(axis, **keepdims_kw)' },
  nanstdVar: { filename: 'numpy/lib/_nanfunctions_impl.py', line: 1997, module: 'numpy.lib._nanfunctions_impl', source: 'var = nanvar(a, axis=axis, dtype=dtype, out=out, ddof=ddof,' },
  lerp: { filename: 'numpy/lib/_function_base_impl.py', line: 4598, module: 'numpy.lib._function_base_impl', source: 'subtract(b, diff_b_a * (1 - t), out=lerp_interpolation, where=t >= 0.5,' },
  normMultiply: { filename: 'numpy/linalg/_linalg.py', line: 2804, module: 'numpy.linalg._linalg', source: 's = (x.conj() * x).real' },
  corrcoefScalar: { filename: 'numpy/lib/_function_base_impl.py', line: 3021, module: 'numpy.lib._function_base_impl', source: 'return c / c' },
  corrcoefRows: { filename: 'numpy/lib/_function_base_impl.py', line: 3023, module: 'numpy.lib._function_base_impl', source: 'c /= stddev[:, None]' },
  corrcoefCols: { filename: 'numpy/lib/_function_base_impl.py', line: 3024, module: 'numpy.lib._function_base_impl', source: 'c /= stddev[None, :]' },
};

/** The flags of x / y for float64 values (divide: finite non-zero / 0; invalid: 0/0, inf/inf). */
function divisionFlags(x: number, y: number, flags: Set<FpFlag>): number {
  const q = x / y;
  if (y === 0 && x === x) flags.add(x === 0 ? 'invalid' : 'divide');
  else if (!Number.isFinite(x) && x === x && !Number.isFinite(y) && y === y) flags.add('invalid');
  return q;
}

/**
 * np.corrcoef divides the covariance by the standard deviations in two in-place steps (rows,
 * then columns) in NumPy's own file: a constant variable (zero variance) warns at each step.
 */
function corrcoefWarnings(interp: Interpreter, cov: NDArray): void {
  if (cov.ndim === 0) {
    const c = Number([...cov][0]);
    const flags = new Set<FpFlag>();
    divisionFlags(c, c, flags);
    if (flags.size) handleFpFlags(interp, [...flags], 'divide', SITES.corrcoefScalar);
    return;
  }
  if (cov.ndim !== 2 || cov.shape[0] !== cov.shape[1] || !['float64', 'float32'].includes(cov.dtype)) return;
  const n = cov.shape[0];
  const c = [...cov].map(Number);
  const sd = Array.from({ length: n }, (_, i) => Math.sqrt(c[i * n + i]));
  const rows = new Set<FpFlag>(), cols = new Set<FpFlag>();
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[i * n + j] = divisionFlags(c[i * n + j], sd[i], rows);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[i * n + j] = divisionFlags(c[i * n + j], sd[j], cols);
  if (rows.size) handleFpFlags(interp, [...rows].sort(), 'divide', SITES.corrcoefRows);
  if (cols.size) handleFpFlags(interp, [...cols].sort(), 'divide', SITES.corrcoefCols);
}

type Name = 'sum' | 'prod' | 'mean' | 'var' | 'std' | 'nanmean';
type Form = 'function' | 'method';

/** Elements reduced per output element and the number of output elements, or null if unsure. */
function counts(a: NDArray, axis: PyValue): { count: number; outSize: number } | null {
  let axes: number[];
  if (axis === null || axis === undefined) axes = a.shape.map((_, k) => k);
  else {
    const list = axis instanceof PyTuple || axis instanceof PyList ? axis.items : [axis];
    axes = [];
    for (const v of list) {
      if (typeof v !== 'number' && typeof v !== 'bigint') return null;
      let k = Number(v);
      if (k < 0) k += a.ndim;
      if (k < 0 || k >= a.ndim) return null;
      axes.push(k);
    }
  }
  let count = 1, outSize = 1;
  a.shape.forEach((d, k) => { if (axes.includes(k)) count *= d; else outSize *= d; });
  return { count, outSize };
}

function axisList(a: NDArray, axis: PyValue): number | number[] | null {
  if (axis === null || axis === undefined) return null;
  const list = axis instanceof PyTuple || axis instanceof PyList ? axis.items : [axis];
  return list.map((v) => { const k = Number(v); return k < 0 ? k + a.ndim : k; });
}

function resultArray(v: PyValue): NDArray | null {
  return v instanceof PyNdArray || (v !== null && typeof v === 'object' && 'arr' in v) ? (v as unknown as { arr: NDArray }).arr : null;
}
function nonFinite(r: NDArray): { nan: boolean; inf: boolean } {
  let nan = false, inf = false;
  if (r.size === 0 || !['float64', 'float32', 'float16'].includes(r.dtype)) return { nan, inf };
  for (const v of r) {
    const x = v as number;
    if (x !== x) nan = true;
    else if (x === Infinity || x === -Infinity) inf = true;
  }
  return { nan, inf };
}

function reportReduce(interp: Interpreter, a: NDArray, res: PyValue, at: WarnSite, productAxes?: number | number[] | null): void {
  const r = resultArray(res);
  if (!r) return;
  let flags = reduceFpFlags(a, r);
  if (productAxes !== undefined && fpCheckingUnder() && productReductionUnderflows(a, typeof productAxes === 'number' ? [productAxes] : productAxes)) flags = withUnder(flags);
  if (flags.length) handleFpFlags(interp, flags, 'reduce', at);
}

/** flags plus 'under', in NumPy's order (divide, over, under, invalid). */
function withUnder(flags: FpFlag[]): FpFlag[] {
  return (['divide', 'over', 'under', 'invalid'] as FpFlag[]).filter((f) => f === 'under' || flags.includes(f));
}

/** The mean's division of its sum by the count: underflow (only looked for while errstate's under acts). */
function meanDivideUnderflow(interp: Interpreter, a: NDArray, axis: PyValue, count: number, res: PyValue): void {
  const r = resultArray(res);
  if (!r || !fpCheckingUnder() || !['float64', 'float32'].includes(a.dtype) || r.dtype !== a.dtype) return;
  const total = fpQuiet(() => E.sum(a, { axis: axisList(a, axis) }));
  const n = new E.NDArray(Float64Array.of(count), [], 'float64');
  if (!binaryUnderflows('divide', total, n, r)) return;
  if (res instanceof PyNdArray) handleFpFlags(interp, ['under'], 'divide', SITES.meanDivide);
  else handleFpFlags(interp, ['under'], 'scalar divide', SITES.meanScalarDivide);
}

/** Runs one reduction call with NumPy's Python-level warnings around it. */
function warnedReduction(interp: Interpreter, name: Name, form: Form, a: NDArray, axis: PyValue, ddof: number, call: () => PyValue, emptySite?: WarnSite): PyValue {
  const c = counts(a, axis);
  if (!c) return call();
  const isArrayResult = (v: PyValue) => v instanceof PyNdArray;
  switch (name) {
    case 'sum': case 'prod': {
      const res = fpQuiet(call);
      reportReduce(interp, a, res, form === 'function' ? SITES.wrapreduction : SITES[name], name === 'prod' ? axisList(a, axis) : undefined);
      return res;
    }
    case 'mean': {
      if (c.count === 0) emitWarning(interp, T.RuntimeWarning, 'Mean of empty slice', emptySite ?? (form === 'method' ? null : SITES.npMean));
      const res = fpQuiet(call);
      if (c.count === 0) {
        if (c.outSize > 0) {
          if (isArrayResult(res)) handleFpFlags(interp, ['invalid'], 'divide', SITES.meanDivide);
          else handleFpFlags(interp, ['invalid'], 'scalar divide', SITES.meanScalarDivide);
        }
      } else {
        reportReduce(interp, a, res, SITES.meanSum);
        meanDivideUnderflow(interp, a, axis, c.count, res);
      }
      return res;
    }
    case 'var': case 'std': {
      const degenerate = ddof >= c.count;
      if (degenerate) emitWarning(interp, T.RuntimeWarning, 'Degrees of freedom <= 0 for slice', name === 'std' ? SITES.stdVar : form === 'method' ? null : SITES.npVar);
      const { result: res, events } = captureFp(call);
      const r = resultArray(res);
      if (!r) return res;
      if (degenerate) {
        if (c.count === 0 && c.outSize > 0) handleFpFlags(interp, ['invalid'], 'divide', SITES.varMeanDivide);
        const nf = nonFinite(r);
        const flags: FpFlag[] = [...(nf.inf ? ['divide' as const] : []), ...(nf.nan ? ['invalid' as const] : [])];
        if (flags.length) {
          if (isArrayResult(res)) handleFpFlags(interp, flags, 'divide', SITES.varDivide);
          else handleFpFlags(interp, flags, 'scalar divide', SITES.varScalarDivide);
        }
      } else if (events.length) {
        // _var's arr - arrmean and x**2 (the engine squares by multiplying)
        for (const e of events) {
          if (e.op === 'subtract') handleFpFlags(interp, e.flags, 'subtract', SITES.varSubtract);
          else if (e.op === 'multiply') handleFpFlags(interp, e.flags, 'square', SITES.varSquare);
        }
      } else if (nonFinite(r).inf || nonFinite(r).nan) {
        const nf = nonFinite(a);
        if (!nf.inf && !nf.nan) {
          // the sum that overflowed: the mean's (arrmean) or, with a finite mean, the squares'
          const meanSum = fpQuiet(() => E.sum(a, { axis: axisList(a, axis) }));
          handleFpFlags(interp, ['over'], 'reduce', nonFinite(meanSum).inf || nonFinite(meanSum).nan ? SITES.varMeanSum : SITES.varSquareSum);
        }
      }
      return res;
    }
    case 'nanmean': {
      const res = fpQuiet(call);
      const r = resultArray(res);
      if (r && nonFinite(r).nan) emitWarning(interp, T.RuntimeWarning, 'Mean of empty slice', null);
      return res;
    }
  }
}

const SIGS: Record<Name, string> = {
  sum: 'a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None',
  prod: 'a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None',
  mean: 'a, axis=None, dtype=None, out=None, keepdims=False, where=None',
  nanmean: 'a, axis=None, dtype=None, out=None, keepdims=False, where=None',
  var: 'a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=None',
  std: 'a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, where=None',
};
const compiled = new Map<string, Signature>();
const normSig = signature('norm', 'x, ord=None, axis=None, keepdims=False');
function argsOf(name: Name, form: Form, args: PyValue[], kwargs: Kwargs): Record<string, PyValue> | null {
  const key = `${name}|${form}`;
  let s = compiled.get(key);
  if (!s) {
    s = signature(name, form === 'function' ? SIGS[name] : SIGS[name].replace(/^a, /, ''));
    compiled.set(key, s);
  }
  try {
    return bind(s, args, kwargs) as Record<string, PyValue>;
  } catch {
    return null; // the real call reports the argument error
  }
}

/** A result computed from finite inputs that came out non-finite: overflow (and invalid for NaN);
 * NaN out of infinite operands (inf - inf, inf * 0): invalid. */
function productFlags(inputs: NDArray[], res: PyValue): FpFlag[] {
  const r = resultArray(res);
  if (!r) return [];
  const flags = productFpFlags(inputs, r);
  return flags.length ? flags : infinitiesMadeNaN(inputs, r) ? ['invalid'] : [];
}

/** Did x * x underflow (float x)? */
function binaryUnderflowsOf(op: string, x: NDArray): boolean {
  if (x.dtype !== 'float64' && x.dtype !== 'float32') return false;
  const sq = fpQuiet(() => E.ufunc2(op, x, x));
  return binaryUnderflows(op, x, x, sq);
}

/** Did dot(x, y) or cumprod(x, axis) (`axis` given) underflow? Only while errstate's under acts. */
function productUnder(inputs: NDArray[], res: PyValue, cumAxis?: PyValue): boolean {
  const r = resultArray(res);
  if (!r || !fpCheckingUnder()) return false;
  if (cumAxis === undefined) return inputs.length === 2 && productUnderflows(inputs[0], inputs[1], r.dtype);
  const axis = cumAxis === null ? null : axisList(inputs[0], cumAxis);
  return productReductionUnderflows(inputs[0], typeof axis === 'number' ? [axis] : axis);
}
const cumAxisArg = (args: PyValue[], kw: Kwargs, positional: number): PyValue => kw?.get('axis') ?? args[positional] ?? null;

/** Re-issues the engine's reports of a call at NumPy's own line (or the user's, for null). */
function atSite(interp: Interpreter, at: WarnSite | null, call: () => PyValue): PyValue {
  const { result, events } = captureFp(call);
  for (const e of events) handleFpFlags(interp, e.flags, e.op, at);
  return result;
}

/** Functions NumPy writes in Python (their flags point into NumPy) or whose checks differ. */
function siteWrapper(interp: Interpreter, name: string, f: PyBuiltin): PyBuiltin | null {
  const arrays = (args: PyValue[], n: number): NDArray[] | null => {
    try {
      return args.slice(0, n).map((v) => toArray(v));
    } catch {
      return null;
    }
  };
  switch (name) {
    case 'isclose': case 'allclose': // NumPy computes them under errstate(invalid='ignore')
      return new PyBuiltin(name, (args, kw) => fpQuiet(() => f.fn(args, kw)));
    case 'round': case 'around':
      return new PyBuiltin(name, (args, kw) => atSite(interp, SITES.wrapfunc, () => f.fn(args, kw)));
    case 'outer':
      return new PyBuiltin(name, (args, kw) => atSite(interp, SITES.outer, () => f.fn(args, kw)));
    case 'diff':
      return new PyBuiltin(name, (args, kw) => atSite(interp, SITES.diff, () => f.fn(args, kw)));
    case 'divmod':
      return new PyBuiltin(name, (args, kw) => asOneUfunc('divmod', () => f.fn(args, kw)));
    case 'percentile': case 'quantile':
      return new PyBuiltin(name, (args, kw) => {
        const res = fpQuiet(() => f.fn(args, kw));
        // NumPy's _lerp: b - (b - a) * (1 - t) is inf - inf between an infinite neighbour pair
        const r = resultArray(res), ins = arrays(args, 1);
        if (r && ins && nonFinite(r).nan && !nonFinite(ins[0]).nan) handleFpFlags(interp, ['invalid'], 'subtract', SITES.lerp);
        return res;
      });
    case 'average': case 'median':
      return new PyBuiltin(name, (args, kw) => {
        const b = (() => { try { return bind(signature(name, 'a, axis=None, weights=None, returned=False, *, keepdims=False, out=None, overwrite_input=False'), args, kw) as Record<string, PyValue>; } catch { return null; } })();
        if (!b || (b.weights !== null && b.weights !== undefined)) return f.fn(args, kw);
        let a: NDArray;
        try { a = toArray(b.a); } catch { return f.fn(args, kw); }
        return warnedReduction(interp, 'mean', 'function', a, b.axis, 0, () => f.fn(args, kw), name === 'average' ? SITES.averageMean : SITES.npMean);
      });
    case 'nanstd': case 'nanvar':
      return new PyBuiltin(name, (args, kw) => {
        const res = fpQuiet(() => f.fn(args, kw));
        const r = resultArray(res);
        if (r && nonFinite(r).nan) emitWarning(interp, T.RuntimeWarning, 'Degrees of freedom <= 0 for slice.', name === 'nanstd' ? SITES.nanstdVar : null);
        return res;
      });
    case 'cumsum': case 'cumprod':
      return new PyBuiltin(name, (args, kw) => {
        const res = fpQuiet(() => f.fn(args, kw));
        const ins = arrays(args, 1);
        let flags = ins ? productFlags(ins, res) : [];
        if (ins && name === 'cumprod' && productUnder(ins, res, cumAxisArg(args, kw, 1))) flags = withUnder(flags);
        if (flags.length) handleFpFlags(interp, flags, 'accumulate', SITES.wrapfunc);
        return res;
      });
    case 'nanmax': case 'nanmin':
      return new PyBuiltin(name, (args, kw) => {
        const res = fpQuiet(() => f.fn(args, kw));
        // NumPy warns (at the caller's line) when a reduced slice held only NaN; a non-array
        // argument takes NumPy's other path, which says "axis"
        const r = resultArray(res);
        const nan = r ? nonFinite(r).nan : Number.isNaN(asFloat(res) ?? 0);
        if (nan) emitWarning(interp, T.RuntimeWarning, args[0] instanceof PyNdArray ? 'All-NaN slice encountered' : 'All-NaN axis encountered', null);
        return res;
      });
    case 'corrcoef':
      return new PyBuiltin(name, (args, kw) => {
        const res = fpQuiet(() => f.fn(args, kw));
        const cov = interp.modules.get('numpy')?.dict.get('cov');
        if (!cov) return res;
        try {
          const b = bind(signature('corrcoef', 'x, y=None, rowvar=True, *, dtype=None'), args, kw) as Record<string, PyValue>;
          const c = fpQuiet(() => callValue(cov, [b.x, b.y, b.rowvar], null));
          corrcoefWarnings(interp, toArray(c));
        } catch {
          // the call itself reported the problem
        }
        return res;
      });
    case 'dot':
      return new PyBuiltin(name, (args, kw) => {
        const res = fpQuiet(() => f.fn(args, kw));
        const ins = arrays(args, 2);
        let flags = ins ? productFlags(ins, res) : [];
        if (ins && productUnder(ins, res)) flags = withUnder(flags);
        if (flags.length) handleFpFlags(interp, flags, name, null);
        return res;
      });
  }
  return null;
}

let methodsWrapped = false;
function wrapMethods(): void {
  if (methodsWrapped) return;
  methodsWrapped = true;
  for (const name of ['cumsum', 'cumprod', 'dot'] as const) {
    const orig = ARRAY_METHODS.get(name);
    if (!orig) continue;
    ARRAY_METHODS.set(name, (self, args, kwargs) => {
      const interp = current.interp;
      if (!interp) return orig(self, args, kwargs);
      const res = fpQuiet(() => orig(self, args, kwargs));
      let ins: NDArray[] = [self];
      if (name === 'dot') { try { ins = [self, toArray(args[0])]; } catch { return res; } }
      let flags = productFlags(ins, res);
      if (name !== 'cumsum' && productUnder(ins, res, name === 'cumprod' ? cumAxisArg(args, kwargs, 0) : undefined)) flags = withUnder(flags);
      if (flags.length) handleFpFlags(interp, flags, name === 'dot' ? 'dot' : 'accumulate', null);
      return res;
    });
  }
  for (const name of ['sum', 'prod', 'mean', 'var', 'std'] as Name[]) {
    const orig = ARRAY_METHODS.get(name);
    if (!orig) continue;
    ARRAY_METHODS.set(name, (self, args, kwargs) => {
      const interp = current.interp;
      const b = interp ? argsOf(name, 'method', args, kwargs) : null;
      if (!interp || !b) return orig(self, args, kwargs);
      return warnedReduction(interp, name, 'method', self, b.axis, asFloat(b.ddof ?? 0) ?? 0, () => orig(self, args, kwargs));
    });
  }
}

/** Wraps the numpy module factory: errstate/seterr/geterr and the warned reductions. */
export function installNumpyWarnings(): void {
  const orig = moduleFactories.get('numpy');
  if (!orig) return;
  moduleFactories.set('numpy', (interp) => {
    const m = orig(interp);
    for (const [k, v] of Object.entries(errstateFunctions(interp))) m.dict.set(k, v);
    if (!m.dict.has('divmod')) {
      // np.divmod: floor_divide and remainder of one ufunc call
      const fd = m.dict.get('floor_divide'), rem = m.dict.get('remainder');
      if (fd && rem) m.dict.set('divmod', new PyBuiltin('divmod', (args, kw) => new PyTuple([callValue(fd, args, kw), callValue(rem, args, kw)])));
    }
    for (const name of ['sum', 'prod', 'mean', 'var', 'std', 'nanmean'] as Name[]) {
      const f = m.dict.get(name);
      if (!(f instanceof PyBuiltin)) continue;
      m.dict.set(name, new PyBuiltin(name, (args, kwargs) => {
        const b = argsOf(name, 'function', args, kwargs);
        if (!b) return f.fn(args, kwargs);
        let a: NDArray;
        try {
          a = toArray(b.a);
        } catch {
          return f.fn(args, kwargs);
        }
        return warnedReduction(interp, name, 'function', a, b.axis, asFloat(b.ddof ?? 0) ?? 0, () => f.fn(args, kwargs));
      }));
    }
    for (const name of ['isclose', 'allclose', 'round', 'around', 'outer', 'diff', 'cumsum', 'cumprod', 'dot', 'divmod', 'percentile', 'quantile', 'average', 'median', 'nanstd', 'nanvar', 'nanmax', 'nanmin', 'corrcoef']) {
      const f = m.dict.get(name);
      const w = f instanceof PyBuiltin ? siteWrapper(interp, name, f) : null;
      if (w) m.dict.set(name, w);
    }
    wrapMethods();
    return m;
  });
  const linalg = moduleFactories.get('numpy.linalg');
  if (linalg) {
    moduleFactories.set('numpy.linalg', (interp) => {
      const m = linalg(interp);
      const norm = m.dict.get('norm');
      if (norm instanceof PyBuiltin) {
        m.dict.set('norm', new PyBuiltin('norm', (args, kw) => {
          const b = (() => { try { return bind(normSig, args, kw) as Record<string, PyValue>; } catch { return null; } })();
          if (!b) return norm.fn(args, kw);
          const res = fpQuiet(() => norm.fn(args, kw));
          let x: NDArray;
          try { x = toArray(b.x); } catch { return res; }
          const flags = productFlags([x], res);
          const plain = b.ord === null || b.ord === undefined;
          const whole = b.axis === null || b.axis === undefined;
          // x.dot(x) of the flattened x, or x * x along an axis: a tiny square underflows
          const flat = whole && plain && fpCheckingUnder() ? E.reshape(x, [-1]) : null;
          const under = plain && fpCheckingUnder() && (flat ? productUnderflows(flat, flat, flat.dtype) : binaryUnderflowsOf('multiply', x));
          if ((flags.length || under) && plain) handleFpFlags(interp, [...(flags.length ? ['over' as const] : []), ...(under ? ['under' as const] : [])], whole ? 'dot' : 'multiply', whole ? SITES.normDot : SITES.normMultiply);
          return res;
        }));
      }
      return m;
    });
  }
}

