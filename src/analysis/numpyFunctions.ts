// The table of modelled functions: numpy.* (creation, elementwise, reductions, shape ops,
// joining and splitting, where/clip), numpy.linalg, numpy.random (legacy functions and
// Generator methods), and the Python builtins that carry shapes (len, range, zip, enumerate,
// int, float, list, tuple, min, max). Each entry maps argument values to a result value,
// reporting NumPy's error through the model when NumPy would certainly raise.
import type * as A from '../python/ast';
import type { Interpreter } from './interpreter';
import type { NumpyModel } from './numpyModel';
import { ELEMENTWISE_UNARY, ELEMENTWISE_BINARY, BOOL_RESULT, REDUCTIONS, CUMULATIVE } from './numpyModel';
import {
  type Value, type Provenance, type ArrayValue, type Dim, type IntValue,
  UNKNOWN, NONE, COMPLEX, joinValues, withNote, unk, isUnknown, dimEq, dimText, shapeText, numpyShapeText, dimAdd,
} from './values';
import * as R from './rules';
import { ufuncResultDType } from '../numpy/ufuncs';
import { broadcastShapes } from '../numpy/broadcast';
import { canCast, type Casting } from '../numpy/dtypes';

type Kw = ReadonlyMap<string, Value>;

const RANDOM_FLOAT_SIZE_ARGS: Record<string, number> = {
  // index of the positional `size` argument
  normal: 2, uniform: 2, random: 0, random_sample: 0, sample: 0, ranf: 0, standard_normal: 0, exponential: 1, poisson: 1,
  binomial: 2, beta: 2, gamma: 2, laplace: 2, logistic: 2, lognormal: 2, standard_exponential: 0, standard_cauchy: 0, standard_t: 1, chisquare: 1,
  geometric: 1, rayleigh: 1, triangular: 3, weibull: 1, pareto: 1, power: 1, vonmises: 2, gumbel: 2, bernoulli: 1,
  hypergeometric: 3, logseries: 1, negative_binomial: 2, noncentral_chisquare: 2, noncentral_f: 3, standard_gamma: 1, wald: 2, zipf: 1,
};
const RANDOM_INT_RESULT = new Set(['poisson', 'binomial', 'geometric', 'randint', 'integers', 'hypergeometric', 'logseries', 'negative_binomial', 'zipf']);
/** Draws of one vector each: the result is size + (k,), k the length of pvals/alpha/mean. */
const RANDOM_VECTOR_DRAWS: Record<string, { vec: number; size: number; dtype: string }> = {
  multinomial: { vec: 1, size: 2, dtype: 'int64' }, dirichlet: { vec: 0, size: 1, dtype: 'float64' }, multivariate_normal: { vec: 0, size: 2, dtype: 'float64' },
};

function vectorDraw(m: NumpyModel, it: Interpreter, f: string, args: Value[], kw: Kw, e: A.Call): Value {
  const spec = RANDOM_VECTOR_DRAWS[f];
  const vecV = kw.get(['pvals', 'alpha', 'mean'][['multinomial', 'dirichlet', 'multivariate_normal'].indexOf(f)]) ?? args[spec.vec];
  const vec = vecV ? m.toArray(vecV, null) : null;
  const k: Dim = vec && vec.shape && vec.shape.length === 1 ? vec.shape[0] : { v: unk(), from: it.prov(e) };
  if (vec && vec.shape && vec.shape.length !== 1) return m.arr(null, spec.dtype);
  const sizeV = kw.get('size') ?? args[spec.size];
  if (!sizeV || sizeV.k === 'none') return m.arr([k], spec.dtype);
  const size = m.shapeArg(sizeV, e);
  return m.arr(size ? [...size, k] : null, spec.dtype);
}

export function callNumpyFunction(m: NumpyModel, it: Interpreter, name: string, args: Value[], kw: Kw, e: A.Call): Value {
  const arg = (i: number, key: string): Value | undefined => kw.get(key) ?? args[i];
  // Where new dims came from: made only when one is (most calls keep their inputs' dims).
  let made: Provenance | undefined;
  const fromCall = (): Provenance => (made ??= it.prov(e));
  const asArr = (v: Value | undefined, node: A.Expr | null): ArrayValue | null => (v ? m.toArray(v, node) : null);
  const argNode = (i: number, key?: string): A.Expr | null => (key ? e.keywords.find((k) => k.arg === key)?.value : undefined) ?? e.args[i] ?? null;
  const dimsFrom = (v: Value | undefined) => m.shapeArg(v, e);
  const created = (shape: Dim[] | null, dtype: string | null) => m.arr(shape, dtype, shape && shape.length === 0 ? { scalar: true } : undefined);

  // ---- builtins
  if (name.startsWith('builtins.')) return callBuiltin(m, it, name.slice(9), args, kw, e);
  if (name.startsWith('jaxtyping.') || name.startsWith('typing.')) return UNKNOWN;

  // ---- Generator methods (rng = np.random.default_rng(0))
  if (name.startsWith('Generator.')) {
    const f = name.slice(10);
    if (f === 'integers') {
      const size = dimsFrom(arg(2, 'size'));
      if (size) return created(size, m.dtypeArg(kw.get('dtype'), 'int64'));
      if (arg(2, 'size') && arg(2, 'size')!.k !== 'none') return m.arr(null, 'int64');
      // No size: array bounds broadcast together (scalars give one int).
      const bounds = [args[0], args[1]].filter((x): x is Value => !!x);
      if (!bounds.some((x) => x.k === 'array')) return { k: 'int', d: { v: unk() } };
      return broadcastParams(m, bounds, m.dtypeArg(kw.get('dtype'), 'int64') ?? 'int64', e);
    }
    if (f === 'standard_normal' || f === 'random') {
      const s = arg(0, 'size');
      if (!s || s.k === 'none') return { k: 'float' };
      const size = dimsFrom(s);
      return created(size, m.dtypeArg(kw.get('dtype'), 'float64'));
    }
    if (f === 'choice') return choice(m, args, kw, e, it);
    if (f === 'permutation') return permutation(m, args[0], e);
    if (f === 'shuffle') return NONE;
    if (f === 'permuted') { const a = m.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null); return a ? m.arr(a.shape, a.dtype) : UNKNOWN; }
    if (Object.hasOwn(RANDOM_VECTOR_DRAWS, f)) return vectorDraw(m, it, f, args, kw, e);
    if (Object.hasOwn(RANDOM_FLOAT_SIZE_ARGS, f)) {
      const s = arg(RANDOM_FLOAT_SIZE_ARGS[f], 'size');
      if (!s || s.k === 'none') return broadcastParams(m, args.slice(0, RANDOM_FLOAT_SIZE_ARGS[f]), RANDOM_INT_RESULT.has(f) ? 'int64' : 'float64', e);
      return created(dimsFrom(s), RANDOM_INT_RESULT.has(f) ? 'int64' : 'float64');
    }
    return UNKNOWN;
  }

  let short = name.startsWith('numpy.') ? name.slice(6) : name;
  // np.lib.stride_tricks.X and np.lib.X are the same functions (NumPy 2 keeps both spellings).
  if (short.startsWith('lib.')) short = short.replace(/^lib\.(stride_tricks\.)?/, '');
  switch (short) {
    // ---------------------------------------------------------------- creation
    case 'array': case 'asarray': case 'asanyarray': case 'copy': case 'asfarray': {
      const src = args[0];
      if (!src) return UNKNOWN;
      const a = src.k === 'array' ? src : m.literalArray(src, e.args[0] ?? e);
      const dtV = kw.get('dtype') ?? (short === 'array' || short === 'asarray' ? args[1] : undefined);
      const dt = m.dtypeOf(dtV);
      // Structured and object dtypes change how nested sequences map to dimensions.
      if (dt === null) return m.arr(null, null);
      if (!a && (short === 'array' || short === 'asarray')) {
        const ragged = raggedArrays(src);
        if (ragged) {
          it.report('concatenate-mismatch', e.range, ragged.message,
            `The arrays in \`${it.text(e.args[0] ?? e)}\` have shapes ${ragged.shapes.join(', ')}: np.array needs them all the same shape (np.stack and np.concatenate say the same).`);
          return UNKNOWN;
        }
      }
      if (!a) return m.arr(null, dt ?? null);
      let shape = a.shape;
      const ndmin = m.intOf(kw.get('ndmin'));
      if (shape && ndmin !== null && shape.length < ndmin) shape = [...Array.from({ length: ndmin - shape.length }, () => ({ v: 1 as number, from: fromCall() })), ...shape];
      return m.arr(shape, dt !== undefined ? dt : short === 'asfarray' ? 'float64' : a.dtype, shape && shape.length === 0 ? { scalar: src.k === 'array' ? src.scalar : true } : a.explicitAxis ? { explicitAxis: true } : undefined);
    }
    case 'zeros': case 'ones': case 'empty':
      return created(dimsFrom(arg(0, 'shape')), m.dtypeArg(arg(1, 'dtype'), 'float64'));
    case 'full': {
      const fill = arg(1, 'fill_value');
      const dt = m.dtypeArg(arg(2, 'dtype'), (fill?.k === 'int' ? 'int64' : fill?.k === 'bool' ? 'bool' : fill?.k === 'float' ? 'float64' : fill?.k === 'array' ? fill.dtype : null));
      return created(dimsFrom(arg(0, 'shape')), dt);
    }
    case 'zeros_like': case 'ones_like': case 'empty_like': case 'full_like': {
      const a = asArr(args[0], argNode(0));
      const dt = m.dtypeOf(kw.get('dtype') ?? (short === 'full_like' ? args[2] : args[1]));
      const sh = kw.get('shape') ? dimsFrom(kw.get('shape')) : a ? a.shape : null;
      return created(sh, dt ?? (a ? a.dtype : null));
    }
    case 'arange': {
      const nums = args.slice(0, 3);
      const dt = m.dtypeArg(kw.get('dtype'), (nums.some((x) => x.k === 'float') ? 'float64' : nums.every((x) => x.k === 'int') ? 'int64' : null));
      if (args.length === 1 && args[0].k === 'int') return m.arr([{ v: args[0].d.v, from: isUnknown(args[0].d.v) ? fromCall() : typeof args[0].d.v === 'number' ? fromCall() : args[0].d.from ?? fromCall() }], dt);
      const [a, b, s] = [m.intOf(args[0]), m.intOf(args[1]), args[2] ? m.intOf(args[2]) : 1];
      if (a !== null && b !== null && s !== null && s !== 0 && args.length <= 3 && dt !== 'float64') return m.arr([{ v: Math.max(0, Math.ceil((b - a) / s)), from: fromCall() }], dt);
      // Known float bounds: NumPy's length is ceil((stop - start) / step) computed in floating point.
      const num = (x: Value | undefined): number | null => (x === undefined ? null : x.k === 'int' && typeof x.d.v === 'number' ? x.d.v : x.k === 'float' && x.v !== undefined ? x.v : null);
      const fa = args.length === 1 ? 0 : num(args[0]), fb = args.length === 1 ? num(args[0]) : num(args[1]), fs = args.length > 2 ? num(args[2]) : 1;
      if (args.length <= 3 && fa !== null && fb !== null && fs !== null && fs !== 0 && Number.isFinite((fb - fa) / fs)) {
        return m.arr([{ v: Math.max(0, Math.ceil((fb - fa) / fs)), from: fromCall() }], dt);
      }
      if (args.length === 2 && args[0].k === 'int' && args[0].d.v === 0 && args[1].k === 'int') return m.arr([{ v: args[1].d.v, from: args[1].d.from ?? fromCall() }], dt);
      return m.arr([{ v: unk(), from: fromCall() }], dt);
    }
    case 'linspace': case 'logspace': case 'geomspace': {
      const num = arg(2, 'num');
      const n = num ? m.dimOf(num, e) : { v: 50, from: fromCall() };
      const endpoint = kw.get('endpoint');
      void endpoint;
      // Array start/stop: the samples axis is inserted at axis= into their broadcast shape.
      const ends = [arg(0, 'start'), arg(1, 'stop')].map((x, i) => (x && x.k !== 'int' && x.k !== 'float' ? asArr(x, argNode(i)) : null));
      let sampleShape: Dim[] | null = [n ?? { v: unk(), from: fromCall() }];
      if (ends.some((x) => x && (!x.shape || x.shape.length > 0))) {
        const shapes = ends.map((x) => (x ? x.shape : []));
        const b = shapes.every((x) => x) && args.length <= 5 ? R.broadcastOperands(shapes.map((x) => x!.map((d) => d.v))) : null;
        const ax = m.intOf(kw.get('axis') ?? { k: 'int', d: { v: 0 } });
        if (!b || !b.ok || ax === null || ax < -(b.value.length + 1) || ax > b.value.length) sampleShape = null;
        else {
          const out = [...m.withProv(b.value, shapes, e)!];
          out.splice(ax < 0 ? ax + b.value.length + 1 : ax, 0, sampleShape[0]);
          sampleShape = out;
        }
      }
      const out = m.arr(sampleShape, m.dtypeArg(kw.get('dtype'), 'float64'));
      if (kw.get('retstep')?.k === 'bool' && (kw.get('retstep') as { v?: boolean }).v) return { k: 'tuple', items: [out, { k: 'float' }] };
      return out;
    }
    case 'eye': case 'tri': {
      // np.eye(N, M=None, k=0, dtype=float) and np.tri(N, M=None, k=0, dtype=float): (N, M or N)
      const n = m.dimOf(arg(0, 'N'), e);
      const mm = arg(1, 'M');
      const md = mm && mm.k !== 'none' ? m.dimOf(mm, e) : n;
      return m.arr(n && md ? [n, md] : null, m.dtypeArg(kw.get('dtype'), 'float64'));
    }
    case 'identity': {
      const n = m.dimOf(args[0], e);
      return m.arr(n ? [n, n] : null, m.dtypeArg(arg(1, 'dtype'), 'float64'));
    }
    case 'diag': {
      const a = asArr(args[0], argNode(0));
      if (!a || !a.shape) return m.arr(null, a?.dtype ?? null);
      const k = m.intOf(arg(1, 'k')) ?? 0;
      if (a.shape.length === 1) {
        const n = a.shape[0].v;
        const d = typeof n === 'number' ? n + Math.abs(k) : k === 0 ? n : unk();
        return m.arr([{ v: d, from: fromCall() }, { v: d, from: fromCall() }], a.dtype);
      }
      if (a.shape.length === 2 && k === 0 && typeof a.shape[0].v === 'number' && typeof a.shape[1].v === 'number') return m.arr([{ v: Math.min(a.shape[0].v, a.shape[1].v), from: fromCall() }], a.dtype);
      return m.arr(a.shape.length === 2 ? [{ v: unk(), from: fromCall() }] : null, a.dtype);
    }
    case 'tril': case 'triu': {
      const a = asArr(args[0], argNode(0));
      return a ? m.arr(a.shape, a.dtype) : UNKNOWN;
    }
    case 'meshgrid': {
      const arrs = args.map((x, i) => asArr(x, argNode(i)));
      if (arrs.some((a) => !a || !a.shape || a.shape.length !== 1)) return UNKNOWN;
      const lens = arrs.map((a) => a!.shape![0]);
      const ij = kw.get('indexing')?.k === 'str' && (kw.get('indexing') as { v?: string }).v === 'ij';
      const shape = ij || lens.length < 2 ? lens : [lens[1], lens[0], ...lens.slice(2)];
      const sparse = kw.get('sparse');
      if (sparse && !(sparse.k === 'bool' && sparse.v === false)) {
        if (sparse.k !== 'bool') return UNKNOWN;
        // sparse=True: each output keeps only its own axis (the first two swap places with 'xy').
        const pos = (i: number) => (ij || lens.length < 2 || i > 1 ? i : 1 - i);
        return { k: 'tuple', items: arrs.map((a, i) => m.arr(lens.map((_, j) => (j === pos(i) ? lens[i] : { v: 1, from: fromCall() })), a!.dtype)) };
      }
      return { k: 'tuple', items: arrs.map((a) => m.arr(shape, a!.dtype)) };
    }

    // ---------------------------------------------------------------- random (legacy)
    case 'random.seed': case 'random.shuffle': return NONE;
    case 'random.rand': case 'random.randn': {
      if (args.length === 0) return { k: 'float' };
      const dims = args.map((x) => m.dimOf(x, e));
      return dims.every((d) => d) ? m.arr(dims as Dim[], 'float64') : m.arr(null, 'float64');
    }
    case 'random.randint': {
      const s = arg(2, 'size');
      if (!s || s.k === 'none') return { k: 'int', d: { v: unk() } };
      return created(dimsFrom(s), m.dtypeArg(kw.get('dtype'), 'int64'));
    }
    case 'random.default_rng': case 'random.RandomState': case 'random.Generator': return { k: 'np', name: 'Generator' };
    case 'random.choice': return choice(m, args, kw, e, it, true);
    case 'random.permutation': return permutation(m, args[0], e);
    default:
      break;
  }
  if (short.startsWith('random.')) {
    const f = short.slice(7);
    if (Object.hasOwn(RANDOM_VECTOR_DRAWS, f)) return vectorDraw(m, it, f, args, kw, e);
    if (Object.hasOwn(RANDOM_FLOAT_SIZE_ARGS, f)) {
      const s = arg(RANDOM_FLOAT_SIZE_ARGS[f], 'size');
      if (!s || s.k === 'none') return broadcastParams(m, args.slice(0, RANDOM_FLOAT_SIZE_ARGS[f]), RANDOM_INT_RESULT.has(f) ? 'int64' : 'float64', e);
      return created(dimsFrom(s), RANDOM_INT_RESULT.has(f) ? 'int64' : 'float64');
    }
    return UNKNOWN;
  }

  // ---------------------------------------------------------------- linalg
  if (short.startsWith('linalg.')) return linalg(m, it, short.slice(7), args, kw, e);

  // ---------------------------------------------------------------- elementwise
  if (ELEMENTWISE_UNARY.has(short)) {
    const a = asArr(args[0], argNode(0));
    if (!a) return args[0]?.k === 'float' || args[0]?.k === 'int' ? (BOOL_RESULT.has(short) ? { k: 'bool' } : { k: 'float' }) : m.arr(null, null);
    let dt: string | null = a.dtype;
    if (BOOL_RESULT.has(short)) dt = 'bool';
    else if (a.dtype && !['copy', 'ascontiguousarray', 'asfortranarray', 'real', 'imag', 'nan_to_num', 'round', 'around', 'angle'].includes(short)) {
      const r = ufuncResultDType(short === 'abs' ? 'absolute' : short, [R.parseDType(a.dtype)!]);
      dt = r.ok ? r.value : a.dtype;
    }
    if ((short === 'round' || short === 'around') && a.dtype) dt = a.dtype;
    // A complex array's parts are real; angle is arctan2(imag, real) as NumPy computes it
    // (of a real array: arctan2(0, x), so int8 gives float16 and bool float64).
    if ((short === 'real' || short === 'imag' || short === 'angle') && a.dtype) {
      const complex = a.dtype === 'complex128' || a.dtype === 'complex64';
      const part = a.dtype === 'complex128' ? 'float64' : a.dtype === 'complex64' ? 'float32' : a.dtype;
      const partType = R.parseDType(part) ?? null;
      dt = short !== 'angle' ? part : R.binaryDType('arctan2', complex ? partType : R.weakScalar('int', 0), partType);
    }
    const op = args[0] ? m.operand(args[0]) : null;
    if (op && typeof op !== 'string' && a.scalar) return BOOL_RESULT.has(short) ? { k: 'bool' } : { k: 'float' };
    return m.arr(a.shape, dt, a.scalar ? { scalar: true } : undefined);
  }
  if (ELEMENTWISE_BINARY.has(short)) {
    const l = args[0], r = args[1];
    if (!l || !r) return UNKNOWN;
    const la = asArr(l, argNode(0)), ra = asArr(r, argNode(1));
    if (!la || !ra) return m.arr(null, null);
    const ufunc = short === 'true_divide' ? 'divide' : short === 'mod' ? 'remainder' : short;
    const dt = BOOL_RESULT.has(short) ? 'bool' : R.binaryDType(ufunc, m.operand(l), m.operand(r));
    const out = kw.get('out');
    const res = m.broadcastBinary(la, ra, e, argNode(0), argNode(1), dt, false, `np.${short}`);
    if (out && out.k === 'array' && res.k === 'array' && out.shape && res.shape) {
      const chk = R.broadcastToOutput([la.shape!.map((d) => d.v), ra.shape!.map((d) => d.v)], out.shape.map((d) => d.v));
      if (!chk.ok) { it.report('inplace-broadcast', e.range, chk.error.message); return UNKNOWN; }
      return out;
    }
    return res;
  }
  if (REDUCTIONS.has(short) || CUMULATIVE.has(short)) {
    const a = asArr(args[0], argNode(0));
    if (!a) return UNKNOWN;
    if (short === 'average' && kw.get('weights')) return m.reduce('mean', a, arg(1, 'axis'), kw.get('keepdims'), e, argNode(0));
    return m.reduce(short, a, arg(1, 'axis'), kw.get('keepdims'), e, argNode(0), m.dtypeOf(kw.get('dtype')));
  }

  switch (short) {
    case 'matmul': case 'dot': case 'inner': case 'vdot': case 'outer': case 'tensordot': case 'einsum': case 'kron': case 'cross': {
      if (short === 'einsum') return einsum(m, it, args, e);
      // axes=/axis=/out= change which dimensions are contracted: not modelled, so unknown.
      if (kw.has('axes') || kw.has('axis') || kw.has('out')) return m.arr(null, null);
      const a = asArr(args[0], argNode(0)), b = asArr(args[1], argNode(1));
      if (!a || !b) return m.arr(null, null);
      if (short === 'outer') {
        const n1 = a.shape ? R.dimProduct(a.shape.map((d) => d.v)) : unk(), n2 = b.shape ? R.dimProduct(b.shape.map((d) => d.v)) : unk();
        return m.arr([{ v: n1, from: a.shape && a.shape.length === 1 ? a.shape[0].from : fromCall() }, { v: n2, from: b.shape && b.shape.length === 1 ? b.shape[0].from : fromCall() }], R.promote([a.dtype, b.dtype]));
      }
      if (short === 'vdot') return m.arr([], R.promote([a.dtype, b.dtype]), { scalar: true });
      if (short === 'matmul' || short === 'dot') return m.matmul(a, b, e, argNode(0), argNode(1), short);
      if (short === 'inner' && a.shape && b.shape && a.shape.length === 1 && b.shape.length === 1) return m.matmul(a, b, e, argNode(0), argNode(1), 'dot');
      return m.arr(null, R.promote([a.dtype, b.dtype]));
    }
    case 'reshape': {
      const a = asArr(args[0], argNode(0));
      if (!a) return UNKNOWN;
      const t = arg(1, 'shape') ?? arg(1, 'newshape');
      return t ? m.reshape(a, t, e, argNode(0)) : UNKNOWN;
    }
    case 'transpose': case 'permute_dims': {
      const a = asArr(args[0], argNode(0));
      if (!a) return UNKNOWN;
      const ax = arg(1, 'axes');
      const axes = !ax || ax.k === 'none' ? null : m.axisOf(ax);
      return m.transpose(a, axes === undefined ? undefined : axes === null ? null : Array.isArray(axes) ? axes : [axes], e);
    }
    case 'squeeze': {
      const a = asArr(args[0], argNode(0));
      return a ? m.squeeze(a, arg(1, 'axis'), e) : UNKNOWN;
    }
    case 'swapaxes': {
      const a = asArr(args[0], argNode(0));
      return a ? m.swapaxes(a, arg(1, 'axis1'), arg(2, 'axis2'), e) : UNKNOWN;
    }
    case 'moveaxis': {
      const a = asArr(args[0], argNode(0));
      const s = m.intOf(arg(1, 'source')), d = m.intOf(arg(2, 'destination'));
      if (!a || !a.shape || s === null || d === null) return m.arr(null, a?.dtype ?? null);
      const r = R.moveaxisShape(a.shape.map((x) => x.v), s, d);
      if (!r.ok) { it.report('axis-out-of-bounds', e.range, r.error.message); return UNKNOWN; }
      const order = a.shape.map((_, i) => i).filter((i) => i !== (s < 0 ? s + a.shape!.length : s));
      order.splice(d < 0 ? d + a.shape.length : d, 0, s < 0 ? s + a.shape.length : s);
      return m.arr(order.map((i) => a.shape![i]), a.dtype);
    }
    case 'expand_dims': {
      const a = asArr(args[0], argNode(0));
      const ax = m.axisOf(arg(1, 'axis'));
      if (!a || !a.shape || ax === undefined || ax === null) return m.arr(null, a?.dtype ?? null);
      const axes = Array.isArray(ax) ? ax : [ax];
      const r = R.expandDimsShape(a.shape.map((d) => d.v), axes);
      if (!r.ok) { it.report('axis-out-of-bounds', (argNode(1, 'axis') ?? e).range, r.error.message, `The result would have ${a.shape.length + axes.length} dimensions: valid axes are ${-(a.shape.length + axes.length)}..${a.shape.length + axes.length - 1}.`); return UNKNOWN; }
      let j = 0;
      const nd = r.value.length;
      const norm = axes.map((x) => (x < 0 ? x + nd : x));
      return m.arr(r.value.map((_, i) => (norm.includes(i) ? { v: 1, from: fromCall() } : a.shape![j++])), a.dtype, { explicitAxis: true });
    }
    case 'ravel': case 'flatten': {
      const a = asArr(args[0], argNode(0));
      return a ? m.arr(a.shape ? [{ v: R.dimProduct(a.shape.map((d) => d.v)), from: fromCall() }] : null, a.dtype) : UNKNOWN;
    }
    case 'atleast_1d': case 'atleast_2d': case 'atleast_3d':
      if (args.length > 1) return { k: 'tuple', items: args.map((x) => callNumpyFunction(m, it, short, [x], kw, e)) };
      return atleastNd(m, short, asArr(args[0], argNode(0)), fromCall());
    case 'concatenate': case 'stack': case 'vstack': case 'hstack': case 'row_stack': case 'column_stack': case 'dstack':
      return joinArrays(m, it, short, args, kw, e);
    // NumPy 2's array-API name for concatenate.
    case 'concat':
      return joinArrays(m, it, 'concatenate', args, kw, e);
    case 'matrix_transpose': {
      // The last two axes swapped (NumPy raises for fewer than 2 dimensions).
      const a = asArr(args[0], argNode(0));
      if (!a || !a.shape || a.shape.length < 2) return m.arr(null, a?.dtype ?? null);
      const n = a.shape.length;
      return m.arr([...a.shape.slice(0, n - 2), a.shape[n - 1], a.shape[n - 2]], a.dtype);
    }
    case 'ascontiguousarray': case 'asfortranarray': {
      // At least one dimension: a 0-d input comes back with shape (1,).
      const a = asArr(args[0], argNode(0));
      if (!a || !a.shape) return m.arr(null, a?.dtype ?? null);
      return m.arr(a.shape.length ? a.shape : [{ v: 1, from: fromCall() }], m.dtypeArg(kw.get('dtype'), a.dtype));
    }
    case 'split': case 'array_split': case 'hsplit': case 'vsplit': case 'dsplit':
      return splitArray(m, it, short, args, kw, e);
    case 'broadcast_arrays': return broadcastArrays(m, it, args, e);
    case 'sliding_window_view': return slidingWindowView(m, it, args, kw, e);
    case 'as_strided': {
      // The view's shape is whatever shape= says (strides are the caller's responsibility).
      const a = asArr(args[0], argNode(0));
      const sh = arg(1, 'shape');
      return sh && sh.k !== 'none' ? created(dimsFrom(sh), a?.dtype ?? null) : m.arr(a?.shape ?? null, a?.dtype ?? null);
    }
    case 'cumulative_sum': case 'cumulative_prod': return cumulative(m, it, short, args, kw, e);
    case 'unstack': return unstack(m, it, args, kw, e);
    case 'vecdot': case 'matvec': case 'vecmat': return vectorProduct(m, it, short, args, kw, e);
    case 'block': return block(m, it, args, e);
    case 'rollaxis': {
      const a = asArr(args[0], argNode(0));
      const ax = m.intOf(arg(1, 'axis')), st = arg(2, 'start') === undefined ? 0 : m.intOf(arg(2, 'start'));
      if (!a || !a.shape || ax === null || st === null) return m.arr(null, a?.dtype ?? null);
      const n = a.shape.length;
      const r = R.normalizeAxis(ax, n);
      if (!r.ok) { it.report('axis-out-of-bounds', e.range, r.error.message); return UNKNOWN; }
      if (st < -n || st > n) { it.report('axis-out-of-bounds', e.range, `'start' arg requires ${-n} <= start < ${n + 1}, but ${st} was passed in`); return UNKNOWN; }
      // rollaxis moves `axis` to sit before `start`: moveaxis to start, or start-1 when start lies after it.
      let dst = st < 0 ? st + n : st;
      if (r.value < dst) dst -= 1;
      const order = a.shape.map((_, i) => i).filter((i) => i !== r.value);
      order.splice(dst, 0, r.value);
      return m.arr(order.map((i) => a.shape![i]), a.dtype);
    }
    case 'copyto': {
      const dst = asArr(args[0], argNode(0)), src = asArr(arg(1, 'src'), argNode(1, 'src'));
      // NumPy checks the cast first: claim the broadcast error only when the cast is certainly allowed.
      const castingV = kw.get('casting') ?? args[2];
      const casting = castingV === undefined ? 'same_kind' : castingV.k === 'str' ? castingV.v : undefined;
      const srcDt = src?.dtype ? R.parseDType(src.dtype) : undefined, dstDt = dst?.dtype ? R.parseDType(dst.dtype) : undefined;
      const castOk = !!(srcDt && dstDt && casting && ['no', 'equiv', 'safe', 'same_kind', 'unsafe'].includes(casting) && canCast(srcDt, dstDt, casting as Casting));
      if (dst && dst.shape && src && src.shape && castOk && !kw.has('where')) {
        // NumPy first drops the source's leading 1s while it has more dimensions than the destination.
        const sv = src.shape.map((d) => d.v), dv = dst.shape.map((d) => d.v);
        while (sv.length > dv.length && sv[0] === 1) sv.shift();
        const r = sv.length > dv.length && !R.dimCanBe(sv[0], 1) ? R.broadcastTo(sv, dv) : sv.length > dv.length ? { ok: true } : R.broadcastTo(sv, dv);
        if (!r.ok) {
          it.report('broadcast-mismatch', e.range, `could not broadcast input array from shape ${numpyShapeText(sv)} into shape ${numpyShapeText(dv)}`,
            `np.copyto writes \`${it.text(argNode(1, 'src')!)}\` ${shapeText(src.shape)} into \`${it.text(argNode(0)!)}\` ${shapeText(dst.shape)}: the source must broadcast to the destination's shape.`);
        }
      }
      return NONE;
    }
    case 'vectorize': case 'frompyfunc': return UNKNOWN;
    case 'modf': case 'frexp': {
      const a = asArr(args[0], argNode(0));
      if (!a) return args[0]?.k === 'float' || args[0]?.k === 'int' ? { k: 'tuple', items: [{ k: 'float' }, short === 'modf' ? { k: 'float' } : { k: 'int', d: { v: unk() } }] } : UNKNOWN;
      const r = a.dtype ? ufuncResultDType(short, [R.parseDType(a.dtype)!]) : null;
      const first = r && r.ok ? r.value : null;
      const extra = a.scalar ? { scalar: true } : undefined;
      return { k: 'tuple', items: [m.arr(a.shape, first, extra), m.arr(a.shape, short === 'modf' ? first : 'int32', extra)] };
    }
    case 'unique_values': case 'unique_counts': case 'unique_inverse': case 'unique_all': {
      const a = asArr(args[0], argNode(0));
      const n: Dim = { v: unk(), from: withNote(fromCall(), 'number of unique values') };
      const values = m.arr([n], a?.dtype ?? null), perUnique = m.arr([n], 'int64'), inverse = m.arr(a?.shape ?? null, 'int64');
      if (short === 'unique_values') return values;
      if (short === 'unique_counts') return { k: 'tuple', items: [values, perUnique] };
      if (short === 'unique_inverse') return { k: 'tuple', items: [values, inverse] };
      return { k: 'tuple', items: [values, perUnique, inverse, perUnique] };
    }
    case 'histogram': case 'histogram2d': return histogram(m, it, short, args, kw, e);
    case 'piecewise': {
      const a = asArr(args[0], argNode(0));
      return a ? m.arr(a.shape, a.dtype) : UNKNOWN;
    }
    case 'choose': return choose(m, it, args, kw, e);
    case 'where': {
      if (args.length === 1) {
        const c = asArr(args[0], argNode(0));
        return c && c.shape ? { k: 'tuple', items: c.shape.map(() => m.arr([{ v: unk(), from: fromCall() }], 'int64')) } : UNKNOWN;
      }
      const arrs = [0, 1, 2].map((i) => asArr(args[i], argNode(i)));
      if (arrs.some((a) => !a || !a.shape)) return m.arr(null, null);
      const shapes = arrs.map((a) => a!.shape!.map((d) => d.v));
      const r = R.broadcastOperands(shapes);
      const dt = R.binaryDType('add', m.operand(args[1]), m.operand(args[2]));
      if (!r.ok) { it.report('broadcast-mismatch', e.range, r.error.message, `np.where broadcasts condition ${shapeText(arrs[0]!.shape)}, x ${shapeText(arrs[1]!.shape)} and y ${shapeText(arrs[2]!.shape)} together.`); return UNKNOWN; }
      return m.arr(m.withProv(r.value, arrs.map((a) => a!.shape), e), dt);
    }
    case 'clip': {
      const a = asArr(args[0], argNode(0));
      if (!a) return UNKNOWN;
      const bounds = [args[1] ?? kw.get('a_min') ?? kw.get('min'), args[2] ?? kw.get('a_max') ?? kw.get('max')].filter((x): x is Value => !!x && x.k !== 'none');
      let acc: Value = a;
      for (let i = 0; i < bounds.length; i++) {
        const b = asArr(bounds[i], argNode(i + 1));
        if (!b || acc.k !== 'array') return m.arr(null, a.dtype);
        acc = m.broadcastBinary(acc, b, e, argNode(0), argNode(i + 1), R.binaryDType('minimum', m.operand(acc), m.operand(bounds[i])), false, 'np.clip');
      }
      return acc.k === 'array' ? { ...acc, broadcastOf: undefined } : acc;
    }
    case 'tile': {
      const a = asArr(args[0], argNode(0));
      const reps = m.shapeArg(arg(1, 'reps'), e);
      if (!a || !a.shape || !reps) return m.arr(null, a?.dtype ?? null);
      const nd = Math.max(a.shape.length, reps.length);
      const sh = [...Array.from({ length: nd - a.shape.length }, () => ({ v: 1 as number })), ...a.shape.map((d) => ({ v: d.v }))];
      const rp = [...Array.from({ length: nd - reps.length }, () => ({ v: 1 as number })), ...reps];
      return m.arr(sh.map((d, i) => ({ v: R.dimMul(d.v, rp[i].v), from: fromCall() })), a.dtype);
    }
    case 'repeat': {
      const a = asArr(args[0], argNode(0));
      const n = m.intOf(arg(1, 'repeats'));
      const ax = m.axisOf(arg(2, 'axis'));
      if (!a || !a.shape || n === null || ax === undefined || Array.isArray(ax)) return m.arr(null, a?.dtype ?? null);
      if (ax === null) return m.arr([{ v: R.dimMul(R.dimProduct(a.shape.map((d) => d.v)), n), from: fromCall() }], a.dtype);
      const r = R.normalizeAxis(ax, a.shape.length);
      if (!r.ok) { it.report('axis-out-of-bounds', e.range, r.error.message); return UNKNOWN; }
      const out = [...a.shape];
      out[r.value] = { v: R.dimMul(out[r.value].v, n), from: fromCall() };
      return m.arr(out, a.dtype);
    }
    case 'broadcast_to': {
      const a = asArr(args[0], argNode(0));
      const sh = m.shapeArg(arg(1, 'shape'), e);
      if (!a || !a.shape || !sh) return m.arr(sh, a?.dtype ?? null);
      const r = R.broadcastTo(a.shape.map((d) => d.v), sh.map((d) => d.v));
      if (!r.ok) { it.report('broadcast-mismatch', e.range, r.error.message); return UNKNOWN; }
      return m.arr(sh, a.dtype);
    }
    case 'sort': {
      const a = asArr(args[0], argNode(0));
      if (!a) return UNKNOWN;
      const ax = arg(1, 'axis');
      if (ax && ax.k === 'none') return m.arr(a.shape ? [{ v: R.dimProduct(a.shape.map((d) => d.v)), from: fromCall() }] : null, a.dtype);
      return m.arr(a.shape, a.dtype);
    }
    case 'flip': case 'fliplr': case 'flipud': case 'roll': case 'nan_to_num': {
      const a = asArr(args[0], argNode(0));
      return a ? m.arr(a.shape, a.dtype) : UNKNOWN;
    }
    case 'argsort': {
      const a = asArr(args[0], argNode(0));
      if (!a) return UNKNOWN;
      const ax = arg(1, 'axis');
      // axis=None sorts the flattened array
      if (ax && ax.k === 'none') return m.arr(a.shape ? [{ v: R.dimProduct(a.shape.map((d) => d.v)), from: fromCall() }] : null, 'int64');
      return m.arr(a.shape, 'int64');
    }
    case 'unique': {
      const a = asArr(args[0], argNode(0));
      // Without axis=: the unique values of the flattened array; index and counts have one entry
      // per unique value and the inverse has the input's shape (NumPy 2).
      const n: Dim = { v: unk(), from: withNote(fromCall(), 'number of unique values') };
      const axisGiven = kw.has('axis') && kw.get('axis')!.k !== 'none';
      const u = m.arr(axisGiven ? null : [n], a?.dtype ?? null);
      const extra = ['return_index', 'return_inverse', 'return_counts'].filter((k) => kw.get(k)?.k === 'bool' && (kw.get(k) as { v?: boolean }).v);
      if (extra.length) return { k: 'tuple', items: [u, ...extra.map((k) => m.arr(axisGiven ? null : k === 'return_inverse' ? a?.shape ?? null : [n], 'int64'))] };
      return u;
    }
    case 'nonzero': case 'argwhere': case 'flatnonzero': {
      // One entry per nonzero element: a data-dependent count.
      const a = asArr(args[0], argNode(0));
      const n: Dim = { v: unk(), from: withNote(fromCall(), 'number of nonzero elements') };
      if (short === 'flatnonzero') return m.arr([n], 'int64');
      if (!a || !a.shape) return short === 'argwhere' ? m.arr([n, { v: unk(), from: fromCall() }], 'int64') : UNKNOWN;
      if (short === 'argwhere') return m.arr([n, { v: a.shape.length, from: fromCall() }], 'int64');
      return a.shape.length ? { k: 'tuple', items: a.shape.map(() => m.arr([n], 'int64')) } : UNKNOWN;
    }
    case 'percentile': case 'quantile': case 'nanpercentile': case 'nanquantile': {
      // q's shape in front of the reduced shape; NumPy checks q's range before the axis, so no error is claimed.
      const a = asArr(args[0], argNode(0));
      const qV = arg(1, 'q');
      if (!a || !qV || kw.has('out') || kw.has('weights')) return UNKNOWN;
      const q = qV.k === 'int' || qV.k === 'float' ? m.arr([], 'float64') : m.toArray(qV, argNode(1, 'q'));
      const axisV = arg(2, 'axis');
      const axis = m.axisOf(axisV);
      if (!a.shape || !q || !q.shape || axis === undefined) return m.arr(null, null);
      if (!R.reductionAxes(a.shape.length, axis === null ? null : Array.isArray(axis) ? axis : [axis]).ok) return m.arr(null, null);
      const red = m.reduce('mean', a, axisV, kw.get('keepdims'), e, argNode(0));
      if (red.k !== 'array' || !red.shape) return red;
      const shape = [...q.shape, ...red.shape];
      return m.arr(shape, red.dtype, shape.length === 0 ? { scalar: true } : undefined);
    }
    case 'shape': {
      const a = asArr(args[0], argNode(0));
      return a ? m.arrayAttr(a, 'shape', null) : UNKNOWN;
    }
    case 'ndim': case 'size': {
      const a = asArr(args[0], argNode(0));
      if (!a) return UNKNOWN;
      const axV = arg(1, 'axis');
      if (short === 'size' && axV && axV.k !== 'none') {
        // np.size(a, axis) is the length of that axis
        const ax = m.intOf(axV);
        if (ax === null || !a.shape || ax < -a.shape.length || ax >= a.shape.length) return { k: 'int', d: { v: unk(), from: fromCall() } };
        return { k: 'int', d: a.shape[ax < 0 ? ax + a.shape.length : ax] };
      }
      return m.arrayAttr(a, short, null);
    }
    case 'isscalar': case 'array_equal': case 'allclose': case 'array_equiv': return { k: 'bool' };
    case 'broadcast_shapes': {
      const shapes = args.map((x) => m.shapeArg(x, e));
      if (shapes.some((s) => !s)) return UNKNOWN;
      const r = R.broadcastOperands(shapes.map((s) => s!.map((d) => d.v)));
      return r.ok ? { k: 'tuple', items: r.value.map((v): IntValue => ({ k: 'int', d: { v, from: fromCall() } })) } : UNKNOWN;
    }
    case 'pad': {
      const a = asArr(args[0], argNode(0));
      if (!a || !a.shape) return m.arr(null, a?.dtype ?? null);
      const widths = padWidths(m, arg(1, 'pad_width'), a.shape.length);
      if (!widths) return m.arr(a.shape.map(() => ({ v: unk(), from: fromCall() })), a.dtype);
      return m.arr(a.shape.map((d, i) => (widths[i] === 0 ? d : { v: typeof d.v === 'number' ? d.v + widths[i] : dimAdd(d.v, widths[i], 1), from: fromCall() })), a.dtype);
    }
    case 'trace': {
      // The sum over the diagonal of the first two axes: the remaining axes stay.
      const a = asArr(args[0], argNode(0));
      if (a && a.shape && a.shape.length > 2 && !kw.has('axis1') && !kw.has('axis2') && args.length <= 2) return m.arr(a.shape.slice(2), R.reduceDType('sum', a.dtype));
      return { k: 'float' };
    }
    case 'sqrt': return { k: 'float' };
    case 'float32': case 'float64': case 'int32': case 'int64': case 'int8': case 'uint8': case 'bool_': case 'float16': case 'int16': {
      const a = args[0];
      if (a && (a.k === 'array' || a.k === 'list')) {
        const arr = asArr(a, argNode(0));
        return arr ? m.arr(arr.shape, short.replace('bool_', 'bool')) : UNKNOWN;
      }
      if (a && (a.k === 'int' || a.k === 'float' || a.k === 'bool')) return m.arr([], short.replace('bool_', 'bool'), { scalar: true });
      return m.arr(null, short.replace('bool_', 'bool'));
    }
    case 'set_printoptions': case 'seterr': case 'printoptions': return NONE;
    default:
      return moreFunctions(m, it, short, args, kw, e) ?? UNKNOWN;
  }
}

function stringOf(v: Value | undefined): string | undefined {
  return v && v.k === 'str' ? v.v : undefined;
}

function broadcastParams(m: NumpyModel, params: Value[], dtype: string, e: A.Call): Value {
  const arrs = params.filter((p) => p.k === 'array') as ArrayValue[];
  if (arrs.length === 0) return dtype === 'int64' ? { k: 'int', d: { v: unk() } } : { k: 'float' };
  if (arrs.some((a) => !a.shape)) return m.arr(null, dtype);
  const r = R.broadcastOperands(arrs.map((a) => a.shape!.map((d) => d.v)));
  return r.ok ? m.arr(m.withProv(r.value, arrs.map((a) => a.shape), e), dtype) : m.arr(null, dtype);
}

function choice(m: NumpyModel, args: Value[], kw: Kw, e: A.Call, it?: Interpreter, legacy = false): Value {
  const a = args[0];
  const size = kw.get('size') ?? args[1];
  const replace = kw.get('replace') ?? args[2];
  if (it && replace && replace.k === 'bool' && replace.v === false && size) {
    // Without replacement the sample cannot be larger than the population.
    const pop = a?.k === 'int' ? a.d.v : a ? m.toArray(a, e.args[0] ?? null)?.shape?.[0]?.v : undefined;
    const dims = m.shapeArg(size, e);
    const total = dims ? R.dimProduct(dims.map((d) => d.v)) : undefined;
    if (typeof pop === 'number' && typeof total === 'number' && total > pop) {
      it.report('index-out-of-bounds', e.range, legacy ? "Cannot take a larger sample than population when 'replace=False'" : 'Cannot take a larger sample than population when replace is False', `The population has ${pop} items; the sample asks for ${total}.`);
      return UNKNOWN;
    }
  }
  const dt = a?.k === 'int' ? 'int64' : a?.k === 'array' ? a.dtype : a?.k === 'list' ? (m.literalArray(a, e)?.dtype ?? null) : null;
  if (!size || size.k === 'none') return a?.k === 'int' ? { k: 'int', d: { v: unk() } } : UNKNOWN;
  return m.arr(m.shapeArg(size, e), dt);
}

function permutation(m: NumpyModel, a: Value | undefined, e: A.Call): Value {
  if (!a) return UNKNOWN;
  if (a.k === 'int') return m.arr([{ v: a.d.v, from: m.dimOf(a, e)?.from }], 'int64');
  const arr = m.toArray(a, e.args[0] ?? null);
  return arr ? m.arr(arr.shape, arr.dtype) : UNKNOWN;
}

function einsum(m: NumpyModel, it: Interpreter, args: Value[], e: A.Call): Value {
  const spec = args[0];
  if (!spec || spec.k !== 'str' || spec.v === undefined) return UNKNOWN;
  const arrs = args.slice(1).map((x, i) => m.toArray(x, e.args[i + 1] ?? null));
  if (arrs.some((a) => !a || !a.shape)) return m.arr(null, null);
  const r = R.einsumShape(spec.v, arrs.map((a) => a!.shape!.map((d) => d.v)));
  const dtype = R.promote(arrs.map((a) => a!.dtype));
  if (!r.ok) {
    if (r.error.type !== 'ValueError' || !/broadcast/.test(r.error.message)) return m.arr(null, dtype); // bad subscripts: not a shape bug
    it.report('matmul-mismatch', e.range, r.error.message, `einsum('${spec.v}') of ${arrs.map((a) => shapeText(a!.shape)).join(', ')}: a subscript letter stands for sizes that differ.`);
    return UNKNOWN;
  }
  return m.arr(m.withProv(r.value, arrs.map((a) => a!.shape), e), dtype);
}

function joinArrays(m: NumpyModel, it: Interpreter, name: string, args: Value[], kw: Kw, e: A.Call): Value {
  const seq = args[0] ?? kw.get('arrays') ?? kw.get('tup');
  const from = it.prov(e);
  if (!seq) return UNKNOWN;
  let items: Value[] | null = null;
  if (seq.k === 'tuple') items = seq.items;
  else if (seq.k === 'list' && seq.items) items = seq.items;
  const seqNode = e.args[0] && (e.args[0].kind === 'List' || e.args[0].kind === 'Tuple') ? e.args[0].elts : null;
  if (!items) {
    // A list built in a loop: every element has the same shape.
    if (seq.k === 'list' && seq.elem.k === 'array' && seq.elem.shape) {
      const el = seq.elem;
      if (name === 'stack') {
        // A new axis of unknown length (the number of items) at `axis`.
        const axV = kw.get('axis') ?? args[1];
        const ax = axV === undefined ? 0 : m.intOf(axV);
        const nd = el.shape!.length + 1;
        if (ax === null || ax < -nd || ax >= nd) return m.arr(null, el.dtype);
        const out = [...el.shape!];
        out.splice(ax < 0 ? ax + nd : ax, 0, { v: unk(), from: withNote(from, 'number of stacked arrays') });
        return m.arr(out, el.dtype);
      }
      if (name === 'concatenate' || name === 'vstack') return m.arr(el.shape!.length >= 1 ? [{ v: unk(), from }, ...el.shape!.slice(el.shape!.length === 1 && name === 'vstack' ? 0 : 1)] : null, el.dtype);
    }
    return m.arr(null, seq.k === 'list' && seq.elem.k === 'array' ? seq.elem.dtype : null);
  }
  const arrs = items.map((x, i) => m.toArray(x, seqNode?.[i] ?? null));
  if (arrs.some((a) => !a || !a.shape)) return m.arr(null, R.promote(arrs.map((a) => a?.dtype ?? null)));
  const shapes = arrs.map((a) => a!.shape!.map((d) => d.v));
  const dtype = R.promote(arrs.map((a) => a!.dtype));
  const axisV = kw.get('axis') ?? args[1];
  let r: R.RuleResult<R.Dim[]>;
  if (name === 'concatenate') {
    const axis = axisV === undefined ? 0 : m.axisOf(axisV);
    if (axis === undefined || Array.isArray(axis)) return m.arr(null, dtype);
    r = R.concatenateShape(shapes, axis);
  } else if (name === 'stack') {
    const axis = axisV === undefined ? 0 : m.intOf(axisV);
    if (axis === null) return m.arr(null, dtype);
    r = R.stackShape(shapes, axis);
  } else if (name === 'vstack' || name === 'row_stack') r = R.vstackShape(shapes);
  else if (name === 'hstack') r = R.hstackShape(shapes);
  else if (name === 'column_stack') r = R.columnStackShape(shapes);
  else return m.arr(null, dtype);
  if (!r.ok) {
    const code = r.error.type === 'AxisError' ? 'axis-out-of-bounds' : 'concatenate-mismatch';
    const listing = arrs.map((a, i) => `[${i}] ${shapeText(a!.shape)}${seqNode?.[i] ? ` \`${it.text(seqNode[i])}\`` : ''}`).join(', ');
    const fixes = [];
    if (name === 'concatenate' && code === 'concatenate-mismatch' && shapes.length >= 2 && shapes.every((s) => s.length === shapes[0].length)) {
      // Another axis that makes all other dims agree.
      for (let ax = 0; ax < shapes[0].length; ax++) {
        if (R.concatenateShape(shapes, ax).ok) {
          const axisKw = e.keywords.find((k) => k.arg === 'axis');
          const edits = axisKw ? [{ start: axisKw.value.range.start, end: axisKw.value.range.end, newText: String(ax) }]
            : e.args[1] ? [{ start: e.args[1].range.start, end: e.args[1].range.end, newText: String(ax) }]
              : [{ start: e.range.end - 1, end: e.range.end - 1, newText: `, axis=${ax}` }];
          fixes.push({ title: `Concatenate along axis ${ax}`, code: 'concatenate-mismatch' as const, isPreferred: true, edits });
          break;
        }
      }
    }
    it.report(code, e.range, r.error.message, `${name} of ${listing}.`, fixes);
    return UNKNOWN;
  }
  const allShapes = arrs.map((a) => a!.shape!);
  const out = r.value.map((v, i): Dim => {
    const keep = allShapes.find((s) => s[i] && dimEq(s[i].v, v));
    return keep && (name !== 'stack') ? keep[i] : { v, from };
  });
  return m.arr(out, dtype);
}

function splitArray(m: NumpyModel, it: Interpreter, name: string, args: Value[], kw: Kw, e: A.Call): Value {
  const a = m.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null);
  const secV = args[1] ?? kw.get('indices_or_sections');
  if (!a || !a.shape || !secV) return { k: 'list', items: null, elem: m.arr(null, a?.dtype ?? null) };
  let axis = m.intOf(kw.get('axis') ?? args[2]) ?? 0;
  // hsplit/vsplit/dsplit split along axis 1 (0 for 1-D), 0 and 2, and need that many dimensions.
  const minDims = name === 'hsplit' ? 1 : name === 'vsplit' ? 2 : name === 'dsplit' ? 3 : 0;
  if (a.shape.length < minDims) {
    it.report('axis-out-of-bounds', e.range, `${name} only works on arrays of ${minDims} or more dimensions`, `\`${it.text(e.args[0])}\` has shape ${shapeText(a.shape)}.`);
    return UNKNOWN;
  }
  if (name === 'hsplit') axis = a.shape.length === 1 ? 0 : 1;
  if (name === 'vsplit') axis = 0;
  if (name === 'dsplit') axis = 2;
  let sections: number | number[];
  const n = m.intOf(secV);
  if (n !== null) sections = n;
  else {
    const ax = m.axisOf(secV);
    if (!Array.isArray(ax)) return { k: 'list', items: null, elem: m.arr(null, a.dtype) };
    sections = ax;
  }
  const r = R.splitShapes(a.shape.map((d) => d.v), sections, axis, name === 'array_split');
  if (!r.ok) {
    const code = r.error.type === 'AxisError' ? 'axis-out-of-bounds' : 'uneven-split';
    const ax = axis < 0 ? axis + a.shape.length : axis;
    it.report(code, e.range, r.error.message, code === 'uneven-split' ? `Axis ${ax} has size ${dimText(a.shape[ax]?.v ?? unk())}, which ${typeof sections === 'number' ? sections : '?'} does not divide; np.array_split allows unequal parts.` : undefined);
    return UNKNOWN;
  }
  const from = it.prov(e);
  const items = r.value.map((s) => m.arr(s.map((v, i) => (dimEq(v, a.shape![i].v) ? a.shape![i] : { v, from })), a.dtype));
  return { k: 'list', items, elem: joinValues(items) };
}

function linalg(m: NumpyModel, it: Interpreter, f: string, args: Value[], kw: Kw, e: A.Call): Value {
  // The array-API spellings in numpy.linalg that are the numpy functions themselves.
  if (['outer', 'cross', 'matmul', 'vecdot', 'tensordot', 'matrix_transpose'].includes(f)) return callNumpyFunction(m, it, `numpy.${f}`, args, kw, e);
  if (f === 'multi_dot') return multiDot(m, it, args, e);
  const a = m.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null);
  const from = it.prov(e);
  const dt = a && a.dtype ? (/int|bool/.test(a.dtype) ? 'float64' : a.dtype) : null;
  if (!a || !a.shape) return m.arr(null, dt);
  const sh = a.shape;
  const needSquare = ['inv', 'solve', 'det', 'eig', 'eigh', 'eigvals', 'eigvalsh', 'cholesky', 'slogdet', 'matrix_power'];
  if (needSquare.includes(f)) {
    const sq = R.checkSquareStack(sh.map((d) => d.v));
    if (!sq.ok) {
      const r = sh[sh.length - 2], c = sh[sh.length - 1];
      it.report('linalg-shape', e.range, sq.error.message, sh.length >= 2 ? `\`${it.text(e.args[0])}\` has shape ${shapeText(sh)}: ${dimText(r.v)} rows and ${dimText(c.v)} columns.` : `\`${it.text(e.args[0])}\` has shape ${shapeText(sh)}.`);
      return UNKNOWN;
    }
  }
  switch (f) {
    case 'inv': case 'cholesky': case 'matrix_power': case 'expm': return m.arr(sh, dt);
    case 'pinv': return m.arr(sh.length >= 2 ? [...sh.slice(0, -2), sh[sh.length - 1], sh[sh.length - 2]] : null, dt);
    case 'det': return sh.length === 2 ? m.arr([], dt, { scalar: true }) : m.arr(sh.slice(0, -2), dt);
    case 'solve': {
      const b = m.toArray(args[1] ?? UNKNOWN, e.args[1] ?? null);
      if (!b || !b.shape) return m.arr(null, dt);
      const r = R.solveShape(sh.map((d) => d.v), b.shape.map((d) => d.v));
      if (!r.ok) {
        it.report('linalg-shape', e.range, r.error.message, `A is ${shapeText(sh)} so b needs ${dimText(sh[sh.length - 1].v)} rows, but b has shape ${shapeText(b.shape)}.`);
        return UNKNOWN;
      }
      return m.arr(m.withProv(r.value, [b.shape, sh], e), R.promote([dt, b.dtype && /int|bool/.test(b.dtype) ? 'float64' : b.dtype]));
    }
    case 'norm': {
      const axis = m.axisOf(kw.get('axis') ?? args[2]);
      const keep = kw.get('keepdims');
      if (axis === null && !(keep?.k === 'bool' && keep.v)) return { k: 'float' };
      if (axis === undefined) return m.arr(null, dt);
      return m.reduce('sum', { ...a, dtype: dt }, kw.get('axis') ?? args[2], keep, e, e.args[0] ?? null);
    }
    case 'eig': return { k: 'tuple', items: [m.arr(sh.slice(0, -1), null), m.arr(sh, null)] };
    case 'eigh': return { k: 'tuple', items: [m.arr(sh.slice(0, -1), dt), m.arr(sh, dt)] };
    case 'eigvals': case 'eigvalsh': return m.arr(sh.slice(0, -1), f === 'eigvalsh' ? dt : null);
    case 'svd': {
      if (sh.length !== 2) return UNKNOWN;
      const [r, c] = sh;
      const full = kw.get('full_matrices');
      const k = typeof r.v === 'number' && typeof c.v === 'number' ? { v: Math.min(r.v, c.v), from } : { v: unk(), from };
      if (kw.get('compute_uv')?.k === 'bool' && !(kw.get('compute_uv') as { v?: boolean }).v) return m.arr([k], dt);
      if (full?.k === 'bool' && full.v === false) return { k: 'tuple', items: [m.arr([r, k], dt), m.arr([k], dt), m.arr([k, c], dt)] };
      return { k: 'tuple', items: [m.arr([r, r], dt), m.arr([k], dt), m.arr([c, c], dt)] };
    }
    case 'qr': {
      if (sh.length !== 2) return UNKNOWN;
      const [r, c] = sh;
      const k = typeof r.v === 'number' && typeof c.v === 'number' ? { v: Math.min(r.v, c.v), from } : { v: unk(), from };
      return { k: 'tuple', items: [m.arr([r, k], dt), m.arr([k, c], dt)] };
    }
    case 'slogdet': return { k: 'tuple', items: [m.arr(sh.slice(0, -2), dt), m.arr(sh.slice(0, -2), dt)] };
    case 'matrix_rank': return sh.length > 2 ? m.arr(sh.slice(0, -2), 'int64') : { k: 'int', d: { v: unk() } };
    case 'lstsq': {
      // (solution, residuals, rank, singular values); residuals are empty unless full rank and m > n.
      const b = m.toArray(args[1] ?? UNKNOWN, e.args[1] ?? null);
      if (sh.length !== 2 || !b || !b.shape || b.shape.length < 1 || b.shape.length > 2) return UNKNOWN;
      const [r, c] = sh;
      const k = typeof r.v === 'number' && typeof c.v === 'number' ? { v: Math.min(r.v, c.v), from } : { v: unk(), from };
      const dtB = R.promote([dt, b.dtype && /int|bool/.test(b.dtype) ? 'float64' : b.dtype]);
      return { k: 'tuple', items: [m.arr(b.shape.length === 1 ? [c] : [c, b.shape[1]], dtB), m.arr([{ v: unk(), from }], dtB), m.arr([], 'int32', { scalar: true }), m.arr([k], dt)] };
    }
    case 'svdvals': {
      if (sh.length < 2) return m.arr(null, dt);
      const [r, c] = sh.slice(-2);
      const k = typeof r.v === 'number' && typeof c.v === 'number' ? { v: Math.min(r.v, c.v), from } : dimEq(r.v, c.v) ? r : { v: unk(), from };
      return m.arr([...sh.slice(0, -2), k], dt);
    }
    case 'vector_norm': {
      const keep = kw.get('keepdims');
      const axisV = kw.get('axis') ?? args[1];
      if ((!axisV || axisV.k === 'none') && !(keep?.k === 'bool' && keep.v)) return m.arr([], dt, { scalar: true });
      return m.reduce('sum', { ...a, dtype: dt }, axisV, keep, e, e.args[0] ?? null);
    }
    case 'matrix_norm': case 'cond': {
      if (sh.length < 2 || kw.has('keepdims')) return m.arr(null, dt);
      return m.arr(sh.slice(0, -2), dt, sh.length === 2 ? { scalar: true } : undefined);
    }
    case 'trace': {
      if (sh.length < 2 || args.length > 1 || kw.size) return m.arr(null, a.dtype);
      return m.arr(sh.slice(0, -2), R.reduceDType('sum', a.dtype), sh.length === 2 ? { scalar: true } : undefined);
    }
    case 'diagonal': {
      const off = kw.get('offset') ?? args[1] ?? { k: 'int', d: { v: 0 } };
      return callNumpyFunction(m, it, 'numpy.diagonal', [a, off, { k: 'int', d: { v: -2 } }, { k: 'int', d: { v: -1 } }], new Map(), e);
    }
    default: return m.arr(null, null);
  }
}

function callBuiltin(m: NumpyModel, it: Interpreter, f: string, args: Value[], kw: Kw, e: A.Call): Value {
  const from = it.prov(e);
  const a0 = args[0];
  switch (f) {
    case 'reveal_shape': case 'reveal_type':
      if (it.reporting && a0) it.revealed.set(e.range.line, a0);
      return NONE;
    case 'len': {
      if (!a0) return UNKNOWN;
      if (a0.k === 'array') {
        if (a0.shape && a0.shape.length === 0) return UNKNOWN;
        return a0.shape ? { k: 'int', d: a0.shape[0] } : { k: 'int', d: { v: unk(), from } };
      }
      if (a0.k === 'tuple') return { k: 'int', d: { v: a0.items.length, from } };
      if (a0.k === 'list' && a0.items) return { k: 'int', d: { v: a0.items.length, from } };
      if (a0.k === 'dict' && a0.entries && a0.exactKeys) return { k: 'int', d: { v: a0.entries.size, from } };
      if (a0.k === 'range') return { k: 'int', d: { v: a0.len, from } };
      return { k: 'int', d: { v: unk(), from } };
    }
    case 'range': {
      const ints = args.map((x) => (x.k === 'int' ? x.d.v : x.k === 'array' && x.scalar ? unk() : null));
      if (ints.some((x) => x === null) || ints.length === 0) return { k: 'range', len: unk(), elem: { k: 'int', d: { v: unk(), from } } };
      let len: R.Dim = unk();
      if (ints.length === 1) len = ints[0]!;
      else {
        const [s, t, st] = [ints[0]!, ints[1]!, ints.length > 2 ? ints[2]! : 1];
        if (typeof s === 'number' && typeof t === 'number' && typeof st === 'number' && st !== 0) len = Math.max(0, Math.ceil((t - s) / st));
      }
      const elem: IntValue = { k: 'int', d: { v: unk(), from: it.prov(e, undefined, 'loop variable') } };
      const start = ints.length === 1 ? 0 : ints[0], step = ints.length > 2 ? ints[2] : 1;
      if (typeof len === 'number' && typeof start === 'number' && typeof step === 'number') return { k: 'range', len: Math.max(0, len), elem, start, step };
      return { k: 'range', len: typeof len === 'number' ? Math.max(0, len) : len, elem };
    }
    case 'enumerate': {
      // Known items give known (index, item) pairs.
      const items = a0 ? m.knownItems(a0) : null;
      const start = args.length > 1 ? m.intOf(args[1]) : kw.has('start') ? m.intOf(kw.get('start')) : 0;
      if (items && start !== null && items.length <= 256) {
        return { k: 'list', items: items.map((x, i): Value => ({ k: 'tuple', items: [{ k: 'int', d: { v: start + i, from } }, x] })), elem: UNKNOWN, depth: it.conditional };
      }
      return { k: 'list', items: null, elem: { k: 'tuple', items: [{ k: 'int', d: { v: unk() } }, a0 ? m.iterElement(a0, e.args[0]) : UNKNOWN] } };
    }
    case 'zip': {
      // Known items in every argument: the pairs, as long as the shortest.
      const lists = args.length ? args.map((x) => m.knownItems(x)) : null;
      if (lists && lists.every((x) => x !== null)) {
        const n = Math.min(...lists.map((x) => x!.length));
        return { k: 'list', items: Array.from({ length: n }, (_, i): Value => ({ k: 'tuple', items: lists.map((x) => x![i]) })), elem: UNKNOWN, depth: it.conditional };
      }
      return { k: 'list', items: null, elem: { k: 'tuple', items: args.map((x, i) => m.iterElement(x, e.args[i])) } };
    }
    case 'int': {
      if (a0 && a0.k === 'int') return a0;
      if (a0 && a0.k === 'float' && a0.v !== undefined) return { k: 'int', d: { v: Math.trunc(a0.v), from } };
      return { k: 'int', d: { v: unk(), from } };
    }
    case 'float': return { k: 'float' };
    case 'complex': return COMPLEX;
    case 'bool': return { k: 'bool' };
    case 'str': case 'repr': return { k: 'str' };
    case 'abs':
      // The magnitude of a complex array is real (complex128 -> float64, complex64 -> float32).
      if (a0 && a0.k === 'array') return m.arr(a0.shape, a0.dtype === 'complex128' ? 'float64' : a0.dtype === 'complex64' ? 'float32' : a0.dtype, a0.scalar ? { scalar: true } : undefined);
      if (a0 && a0.k === 'int') return { k: 'int', d: { v: typeof a0.d.v === 'number' ? Math.abs(a0.d.v) : unk() } };
      return a0 && (a0.k === 'float' || a0.k === 'complex') ? { k: 'float' } : UNKNOWN;
    case 'round':
      if (a0 && a0.k === 'array') return m.arr(a0.shape, a0.dtype);
      if (!a0 || (a0.k !== 'int' && a0.k !== 'float')) return UNKNOWN;
      return args.length > 1 ? { k: 'float' } : { k: 'int', d: { v: unk(), from } };
    case 'list': case 'tuple': case 'sorted': case 'reversed': {
      if (!a0) return f === 'tuple' ? { k: 'tuple', items: [] } : { k: 'list', items: [], elem: UNKNOWN };
      // Known items in a known order: sorted needs comparable known keys (ints, or strs).
      const known = m.knownItems(a0);
      if (known) {
        const ordered = f === 'sorted' ? sortedItems(known, kw) : f === 'reversed' ? [...known].reverse() : [...known];
        if (ordered) return f === 'tuple' ? { k: 'tuple', items: ordered } : { k: 'list', items: ordered, elem: UNKNOWN, depth: it.conditional };
        return { k: 'list', items: null, elem: known.length ? joinValues(known) : UNKNOWN };
      }
      if (a0.k === 'tuple') return f === 'tuple' ? a0 : { k: 'list', items: [...a0.items], elem: UNKNOWN };
      if (a0.k === 'list') return f === 'tuple' && a0.items ? { k: 'tuple', items: [...a0.items] } : f === 'tuple' ? UNKNOWN : { ...a0, items: a0.items ? [...a0.items] : null };
      if (a0.k === 'range' && typeof a0.len === 'number' && a0.len <= 256 && f === 'list') return { k: 'list', items: Array.from({ length: a0.len }, () => a0.elem), elem: a0.elem };
      if (f === 'tuple') return UNKNOWN;
      return { k: 'list', items: null, elem: m.iterElement(a0, e.args[0]) };
    }
    case 'min': case 'max': {
      if (args.length >= 2 && args.every((x) => x.k === 'int')) {
        const vs = args.map((x) => (x as IntValue).d.v);
        if (vs.every((v) => typeof v === 'number')) return { k: 'int', d: { v: (f === 'min' ? Math.min : Math.max)(...(vs as number[])), from } };
        return { k: 'int', d: { v: unk(), from } };
      }
      if (args.length >= 2 && args.every((x) => x.k === 'int' || x.k === 'float')) return { k: 'float' };
      return UNKNOWN;
    }
    case 'sum': return a0 && a0.k === 'array' ? m.indexFirst(a0) : UNKNOWN;
    case 'isinstance': case 'hasattr': case 'callable': case 'any': case 'all': return { k: 'bool' };
    case 'print': return NONE;
    case 'divmod': return { k: 'tuple', items: [{ k: 'int', d: { v: unk() } }, { k: 'int', d: { v: unk() } }] };
    default: return UNKNOWN;
  }
}

/** np.broadcast_arrays(*arrays): a tuple, every array stretched to the common shape, dtypes kept. */
function broadcastArrays(m: NumpyModel, it: Interpreter, args: Value[], e: A.Call): Value {
  const arrs = args.map((x, i) => m.toArray(x, e.args[i] ?? null));
  if (arrs.some((a) => !a)) return UNKNOWN;
  if (arrs.some((a) => !a!.shape)) return { k: 'tuple', items: arrs.map((a) => m.arr(null, a!.dtype)) };
  const r = broadcastShapes(arrs.map((a) => a!.shape!.map((d) => d.v)));
  if (!r.ok) {
    it.report('broadcast-mismatch', e.range, r.error.message, `np.broadcast_arrays of ${arrs.map((a, i) => `${shapeText(a!.shape)} \`${it.text(e.args[i])}\``).join(', ')}.`);
    return UNKNOWN;
  }
  const shape = m.withProv(r.value, arrs.map((a) => a!.shape), e);
  return { k: 'tuple', items: arrs.map((a) => m.arr(shape, a!.dtype)) };
}

/** sliding_window_view(x, window_shape, axis=None): each windowed axis shrinks by w-1, the window dims are appended. */
function slidingWindowView(m: NumpyModel, it: Interpreter, args: Value[], kw: Kw, e: A.Call): Value {
  const a = m.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null);
  const ws = kw.get('window_shape') ?? args[1];
  if (!a || !a.shape || !ws) return m.arr(null, a?.dtype ?? null);
  const win = m.shapeArg(ws, e);
  const axV = kw.get('axis') ?? args[2];
  const ax = axV === undefined || axV.k === 'none' ? null : m.axisOf(axV);
  if (!win || ax === undefined || win.some((w) => typeof w.v !== 'number' || w.v < 0)) return m.arr(null, a.dtype);
  const n = a.shape.length;
  let axes: number[];
  if (ax === null) {
    if (win.length !== n) return m.arr(null, a.dtype); // NumPy raises; no diagnostic code fits
    axes = a.shape.map((_, i) => i);
  } else {
    axes = Array.isArray(ax) ? ax : [ax];
    if (axes.length !== win.length) return m.arr(null, a.dtype);
  }
  const from = it.prov(e);
  const out = [...a.shape];
  for (let i = 0; i < axes.length; i++) {
    const r = R.normalizeAxis(axes[i], n);
    if (!r.ok) return m.arr(null, a.dtype);
    const w = win[i].v as number;
    const cur = out[r.value].v;
    if (typeof cur === 'number' && cur < w) return m.arr(null, a.dtype); // window larger than the axis: NumPy raises
    out[r.value] = w === 1 ? out[r.value] : { v: typeof cur === 'number' ? cur - w + 1 : dimAdd(cur, w - 1, -1), from };
  }
  return m.arr([...out, ...win.map((w) => ({ v: w.v, from: w.from ?? from }))], a.dtype);
}

/** np.cumulative_sum/cumulative_prod(x, axis=None, dtype=None, include_initial=False). */
function cumulative(m: NumpyModel, it: Interpreter, name: string, args: Value[], kw: Kw, e: A.Call): Value {
  const a = m.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null);
  if (!a) return UNKNOWN;
  const dt = R.reduceDType(name === 'cumulative_sum' ? 'cumsum' : 'cumprod', a.dtype, m.dtypeOf(kw.get('dtype')) ?? undefined);
  if (!a.shape) return m.arr(null, dt);
  const from = it.prov(e);
  const initial = kw.get('include_initial');
  const extra = initial?.k === 'bool' && initial.v === true ? 1 : initial === undefined || (initial.k === 'bool' && initial.v === false) ? 0 : null;
  if (extra === null) return m.arr(a.shape.length ? a.shape.map(() => ({ v: unk(), from })) : null, dt);
  const shape = a.shape.length ? a.shape : [{ v: 1, from }];
  const axV = kw.get('axis') ?? args[1];
  let axis: number;
  if (axV === undefined || axV.k === 'none') {
    if (shape.length !== 1) return m.arr(null, dt); // NumPy requires axis for more than one dimension
    axis = 0;
  } else {
    const ax = m.intOf(axV);
    if (ax === null) return m.arr(shape.map(() => ({ v: unk(), from })), dt);
    const r = R.normalizeAxis(ax, shape.length);
    if (!r.ok) { it.report('axis-out-of-bounds', (e.keywords.find((k) => k.arg === 'axis')?.value ?? e.args[1] ?? e).range, r.error.message, `The array has shape ${shapeText(a.shape)}.`); return UNKNOWN; }
    axis = r.value;
  }
  const out = [...shape];
  if (extra) out[axis] = { v: dimAdd(out[axis].v, 1, 1), from: withNote(from, 'include_initial adds the initial value') };
  return m.arr(out, dt);
}

/** np.unstack(x, axis=0): a tuple of x.shape[axis] arrays without that axis. */
function unstack(m: NumpyModel, it: Interpreter, args: Value[], kw: Kw, e: A.Call): Value {
  const a = m.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null);
  const axV = kw.get('axis') ?? args[1];
  const ax = axV === undefined ? 0 : m.intOf(axV);
  if (!a || !a.shape || ax === null || a.shape.length === 0) return UNKNOWN;
  const r = R.normalizeAxis(ax, a.shape.length);
  if (!r.ok) { it.report('axis-out-of-bounds', e.range, `source: ${r.error.message}`, `The array has shape ${shapeText(a.shape)}.`); return UNKNOWN; }
  const piece = m.arr(a.shape.filter((_, i) => i !== r.value), a.dtype);
  const count = a.shape[r.value].v;
  if (typeof count === 'number' && count <= 256) return { k: 'tuple', items: Array.from({ length: count }, () => piece) };
  return { k: 'list', items: null, elem: piece };
}

/** The vector gufuncs: vecdot (n),(n)->(), matvec (m,n),(n)->(m), vecmat (n),(n,m)->(m). */
function vectorProduct(m: NumpyModel, it: Interpreter, name: string, args: Value[], kw: Kw, e: A.Call): Value {
  const a = m.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null), b = m.toArray(args[1] ?? UNKNOWN, e.args[1] ?? null);
  if (!a || !b) return UNKNOWN;
  const dt = R.promote([a.dtype, b.dtype]);
  if (!a.shape || !b.shape || kw.has('axes') || kw.has('out')) return m.arr(null, dt);
  let sa = a.shape, sb = b.shape;
  if (name === 'vecdot' && kw.has('axis')) {
    // axis= names the vector axis of each operand: move it last in both.
    const ax = m.intOf(kw.get('axis'));
    if (ax === null) return m.arr(null, dt);
    const ra = R.normalizeAxis(ax, sa.length), rb = R.normalizeAxis(ax, sb.length);
    if (!ra.ok || !rb.ok) return m.arr(null, dt);
    sa = [...sa.filter((_, i) => i !== ra.value), sa[ra.value]];
    sb = [...sb.filter((_, i) => i !== rb.value), sb[rb.value]];
  }
  const coreA = name === 'matvec' ? 2 : 1, coreB = name === 'vecmat' ? 2 : 1;
  if (sa.length < coreA || sb.length < coreB) return m.arr(null, dt);
  const nA = sa[sa.length - 1], nB = sb[sb.length - coreB];
  const sig = name === 'vecdot' ? '(n),(n)->()' : name === 'matvec' ? '(m,n),(n)->(m)' : '(n),(n,m)->(m)';
  if (typeof nA.v === 'number' && typeof nB.v === 'number' && nA.v !== nB.v) {
    it.report('matmul-mismatch', e.range, `${name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ${sig} (size ${nB.v} is different from ${nA.v})`,
      `\`${it.text(e.args[0])}\` ${shapeText(a.shape)} and \`${it.text(e.args[1])}\` ${shapeText(b.shape)}: the contracted dimensions are ${nA.v} and ${nB.v}.`);
    return UNKNOWN;
  }
  const batchA = sa.slice(0, sa.length - coreA), batchB = sb.slice(0, sb.length - coreB);
  const r = R.broadcastOperands([batchA.map((d) => d.v), batchB.map((d) => d.v)]);
  if (!r.ok) return m.arr(null, dt);
  const batch = m.withProv(r.value, [batchA, batchB], e)!;
  const core = name === 'vecdot' ? [] : name === 'matvec' ? [sa[sa.length - 2]] : [sb[sb.length - 1]];
  const shape = [...batch, ...core];
  return m.arr(shape, dt, shape.length === 0 ? { scalar: true } : undefined);
}

/** np.block(nested lists): innermost lists join along the last axis, outer ones along earlier axes. */
function block(m: NumpyModel, it: Interpreter, args: Value[], e: A.Call): Value {
  const top = args[0];
  if (!top) return UNKNOWN;
  const depthOf = (v: Value): number | null => {
    if (v.k === 'tuple') return null; // NumPy raises TypeError for tuples
    if (v.k !== 'list') return 0;
    if (!v.items || v.items.length === 0) return null;
    const ds = v.items.map(depthOf);
    return ds.every((d) => d !== null && d === ds[0]) ? 1 + ds[0]! : null;
  };
  const depth = depthOf(top);
  if (depth === null) return UNKNOWN;
  const leaves: ArrayValue[] = [];
  const collect = (v: Value): boolean => {
    if (v.k === 'list') return v.items!.every(collect);
    const a = m.toArray(v, null);
    if (!a || !a.shape) return false;
    leaves.push(a);
    return true;
  };
  if (!collect(top)) return m.arr(null, null);
  const dtype = R.promote(leaves.map((a) => a.dtype));
  const ndim = leaves.reduce((acc, a) => Math.max(acc, a.shape!.length), depth);
  let leaf = 0, failed = false;
  const from = it.prov(e);
  const build = (v: Value, level: number): Dim[] | null => {
    if (v.k !== 'list') {
      const s = leaves[leaf++].shape!;
      return [...Array.from({ length: ndim - s.length }, () => ({ v: 1 as R.Dim, from })), ...s];
    }
    const parts: Dim[][] = [];
    for (const x of v.items!) {
      const p = build(x, level + 1);
      if (!p) return null;
      parts.push(p);
    }
    const axis = ndim + level - depth;
    const r = R.concatenateShape(parts.map((p) => p.map((d) => d.v)), axis);
    if (!r.ok) {
      // Large results take NumPy's slicing path, whose message differs: report only where the size is known and small.
      const size = leaves.reduce((acc, a) => acc + (R.dimProduct(a.shape!.map((d) => d.v)) as number), 0);
      const concrete = leaves.every((a) => a.shape!.every((d) => typeof d.v === 'number'));
      if (!failed && concrete && depth * size <= 2 * 512 * 512 && r.error.type !== 'AxisError') it.report('concatenate-mismatch', e.range, r.error.message, `np.block joins the blocks of one list along axis ${axis}: ${parts.map((p) => shapeText(p)).join(', ')}.`);
      failed = true;
      return null;
    }
    return r.value.map((d, i) => parts.find((p) => dimEq(p[i].v, d))?.[i] ?? { v: d, from });
  };
  const shape = build(top, 0);
  return failed ? UNKNOWN : m.arr(shape, dtype);
}

/** np.histogram(a, bins=10) and np.histogram2d(x, y, bins=10): counts and bin edges for integer bin counts. */
function histogram(m: NumpyModel, it: Interpreter, name: string, args: Value[], kw: Kw, e: A.Call): Value {
  const from = it.prov(e);
  const binsV = kw.get('bins') ?? args[name === 'histogram' ? 1 : 2];
  const weighted = kw.has('weights') && kw.get('weights')!.k !== 'none';
  const density = kw.get('density');
  const histDtype = name === 'histogram2d' ? (weighted ? null : 'float64') : density?.k === 'bool' && density.v === true ? 'float64' : weighted || (density && density.k !== 'bool' && density.k !== 'none') ? null : 'int64';
  // Edges are in the data's float dtype (float64 for integer or bool data); given edges keep theirs.
  const data = [0, name === 'histogram2d' ? 1 : 0].map((i) => m.toArray(args[i] ?? UNKNOWN, null));
  const dataDt = data.every((x) => x) ? R.promote(data.map((x) => x!.dtype)) : null;
  let edgeDt = dataDt === null ? null : /^float/.test(dataDt) ? dataDt : /int|bool/.test(dataDt) ? 'float64' : null;
  const counts: (number | null)[] = [];
  if (binsV === undefined) counts.push(10, 10);
  else if (binsV.k === 'int' && typeof binsV.d.v === 'number') counts.push(binsV.d.v, binsV.d.v);
  else if (name === 'histogram2d' && (binsV.k === 'list' || binsV.k === 'tuple')) {
    // [nx, ny] bin counts; a pair of edge arrays (or anything else) is left unknown.
    const items = binsV.k === 'tuple' ? binsV.items : binsV.items ?? [];
    const n = items.map((x) => (x.k === 'int' && typeof x.d.v === 'number' ? x.d.v : null));
    counts.push(...(items.length === 2 ? n : [null, null]));
  } else if (name === 'histogram' && binsV.k !== 'str') {
    // An array of edges: one bin fewer than edges.
    const edges = m.toArray(binsV, null);
    const n = edges && edges.shape && edges.shape.length === 1 ? edges.shape[0].v : null;
    counts.push(typeof n === 'number' && n >= 1 ? n - 1 : null, null);
    edgeDt = edges?.dtype ?? null;
  } else counts.push(null, null);
  const dim = (n: number | null, plus: number): Dim => ({ v: n === null ? unk() : n + plus, from });
  if (name === 'histogram') return { k: 'tuple', items: [m.arr([dim(counts[0], 0)], histDtype), m.arr([dim(counts[0], 1)], edgeDt)] };
  return { k: 'tuple', items: [m.arr([dim(counts[0], 0), dim(counts[1], 0)], histDtype), m.arr([dim(counts[0], 1)], edgeDt), m.arr([dim(counts[1], 1)], edgeDt)] };
}

/** np.choose(a, choices): the broadcast of the index array and every choice, in the choices' dtype. */
function choose(m: NumpyModel, it: Interpreter, args: Value[], kw: Kw, e: A.Call): Value {
  void it;
  const a = m.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null);
  const ch = kw.get('choices') ?? args[1];
  const items = ch && (ch.k === 'tuple' ? ch.items : ch.k === 'list' ? ch.items : null);
  if (!a || !items || kw.has('out')) return UNKNOWN;
  const arrs = items.map((x) => m.toArray(x, null));
  if (arrs.some((x) => !x)) return UNKNOWN;
  const dt = R.promote(arrs.map((x) => x!.dtype));
  if (!a.shape || arrs.some((x) => !x!.shape)) return m.arr(null, dt);
  const r = broadcastShapes([...arrs.map((x) => x!.shape!.map((d) => d.v)), a.shape.map((d) => d.v)]);
  return r.ok ? m.arr(m.withProv(r.value, [a.shape, ...arrs.map((x) => x!.shape)], e), dt) : UNKNOWN;
}

/** Windows of length M (all float64). */
const WINDOW_FUNCTIONS = new Set(['hanning', 'hamming', 'blackman', 'bartlett', 'kaiser']);
/** In-place writers: they return None. */
const IN_PLACE = new Set(['fill_diagonal', 'put_along_axis', 'putmask', 'place', 'put']);

/**
 * The rest of the table: differences, take/delete/insert, rot90, statistics (cov, corrcoef,
 * interp, digitize, bincount, gradient, trapezoid), polynomials, index helpers (indices,
 * tril/triu/diag_indices, ix_), set operations and windows. undefined: not modelled here.
 */
function moreFunctions(m: NumpyModel, it: Interpreter, name: string, args: Value[], kw: Kw, e: A.Call): Value | undefined {
  const from = it.prov(e);
  const arg = (i: number, key: string): Value | undefined => kw.get(key) ?? args[i];
  const arrAt = (i: number, key?: string): ArrayValue | null => {
    const v = (key ? kw.get(key) : undefined) ?? args[i];
    return v ? m.toArray(v, (key ? e.keywords.find((k) => k.arg === key)?.value : undefined) ?? e.args[i] ?? null) : null;
  };
  const size = (a: ArrayValue): R.Dim => R.dimProduct(a.shape!.map((d) => d.v));
  const floatDt = (dt: string | null): string | null => (dt === null ? null : /int|bool/.test(dt) ? 'float64' : dt);
  const intArg = (i: number, key: string, dflt: number): number | null => { const v = arg(i, key); return v === undefined || v.k === 'none' ? dflt : m.intOf(v); };
  if (WINDOW_FUNCTIONS.has(name)) {
    const n = m.dimOf(args[0], e);
    return m.arr([n ?? { v: unk(), from }], 'float64');
  }
  if (IN_PLACE.has(name)) return NONE;
  if (name.startsWith('fft.')) return fftFunction(m, it, name.slice(4), args, kw, e);
  switch (name) {
    case 'diff': {
      const a = arrAt(0);
      if (!a) return UNKNOWN;
      const n = intArg(1, 'n', 1), ax = intArg(2, 'axis', -1);
      if (!a.shape || n === null || ax === null || n < 0 || a.shape.length === 0) return m.arr(null, a.dtype);
      const r = R.normalizeAxis(ax, a.shape.length);
      if (!r.ok) return m.arr(null, a.dtype);
      const out = [...a.shape];
      if (kw.has('prepend') || kw.has('append')) out[r.value] = { v: unk(), from };
      else if (n > 0) {
        const d = out[r.value].v;
        out[r.value] = { v: typeof d === 'number' ? Math.max(0, d - n) : dimAdd(d, n, -1), from };
      }
      return m.arr(out, a.dtype);
    }
    case 'ediff1d': {
      const a = arrAt(0);
      if (!a || !a.shape || kw.has('to_end') || kw.has('to_begin') || args.length > 1) return m.arr(null, a?.dtype ?? null);
      const n = size(a);
      return m.arr([{ v: typeof n === 'number' ? Math.max(0, n - 1) : dimAdd(n, 1, -1), from }], a.dtype);
    }
    case 'take': {
      const a = arrAt(0), idxV = arg(1, 'indices');
      if (!a || !idxV || kw.has('out')) return UNKNOWN;
      const axV = arg(2, 'axis');
      const idx = idxV.k === 'int' ? m.arr([], 'int64') : m.toArray(idxV, e.args[1] ?? null);
      if (!a.shape || !idx || !idx.shape) return m.arr(null, a.dtype);
      if (!axV || axV.k === 'none') return m.arr(idx.shape, a.dtype, idx.shape.length === 0 ? { scalar: true } : undefined);
      const ax = m.intOf(axV);
      const r = ax === null ? null : R.normalizeAxis(ax, a.shape.length);
      if (!r || !r.ok) return m.arr(null, a.dtype);
      return m.arr([...a.shape.slice(0, r.value), ...idx.shape, ...a.shape.slice(r.value + 1)], a.dtype);
    }
    case 'take_along_axis': {
      const a = arrAt(0), idx = arrAt(1, 'indices');
      if (!a || !idx) return UNKNOWN;
      const axV = arg(2, 'axis');
      if (!a.shape || !idx.shape) return m.arr(null, a.dtype);
      if (axV && axV.k === 'none') return m.arr(idx.shape.length === 1 ? idx.shape : null, a.dtype);
      const ax = axV === undefined ? -1 : m.intOf(axV);
      if (ax === null || idx.shape.length !== a.shape.length) return m.arr(null, a.dtype);
      const r = R.normalizeAxis(ax, a.shape.length);
      if (!r.ok) return m.arr(null, a.dtype);
      const out: Dim[] = [];
      for (let i = 0; i < a.shape.length; i++) {
        if (i === r.value) { out.push(idx.shape[i]); continue; }
        const b = R.broadcastOperands([[a.shape[i].v], [idx.shape[i].v]]);
        if (!b.ok) return m.arr(null, a.dtype);
        out.push(dimEq(b.value[0], a.shape[i].v) ? a.shape[i] : dimEq(b.value[0], idx.shape[i].v) ? idx.shape[i] : { v: b.value[0], from });
      }
      return m.arr(out, a.dtype);
    }
    case 'rot90': {
      const a = arrAt(0);
      if (!a) return UNKNOWN;
      const k = intArg(1, 'k', 1);
      const axV = arg(2, 'axes');
      const axes = axV === undefined ? [0, 1] : m.axisOf(axV);
      if (!a.shape || k === null || !Array.isArray(axes) || axes.length !== 2 || a.shape.length < 2) return m.arr(null, a.dtype);
      const r = R.normalizeAxes(axes, a.shape.length);
      if (!r.ok || r.value[0] === r.value[1]) return m.arr(null, a.dtype);
      if (((k % 2) + 2) % 2 === 0) return m.arr(a.shape, a.dtype);
      const out = [...a.shape];
      [out[r.value[0]], out[r.value[1]]] = [out[r.value[1]], out[r.value[0]]];
      return m.arr(out, a.dtype);
    }
    case 'delete': case 'insert': {
      const a = arrAt(0);
      if (!a) return UNKNOWN;
      const obj = arg(1, 'obj');
      const axV = arg(name === 'insert' ? 3 : 2, 'axis');
      if (!a.shape || !obj) return m.arr(null, a.dtype);
      // How many entries the call removes or adds, when that is certain.
      let change: number | null = null;
      if (name === 'delete') {
        const idx = obj.k === 'int' && typeof obj.d.v === 'number' ? [obj.d.v] : obj.k === 'list' && obj.items && obj.items.every((x) => x.k === 'int' && typeof x.d.v === 'number') ? obj.items.map((x) => (x as IntValue).d.v as number) : null;
        if (idx && idx.length && idx.every((x) => x >= 0) && new Set(idx).size === idx.length) change = -idx.length;
      } else {
        const vals = arg(2, 'values');
        if (obj.k === 'int' && vals && (vals.k === 'int' || vals.k === 'float' || vals.k === 'bool')) change = 1;
      }
      if (!axV || axV.k === 'none') {
        const n = size(a);
        return m.arr([{ v: change !== null && typeof n === 'number' ? n + change : unk(), from }], a.dtype);
      }
      const ax = m.intOf(axV);
      const r = ax === null ? null : R.normalizeAxis(ax, a.shape.length);
      if (!r || !r.ok) return m.arr(null, a.dtype);
      const out = [...a.shape];
      const d = out[r.value].v;
      out[r.value] = { v: change === null ? unk() : typeof d === 'number' ? d + change : dimAdd(d, Math.abs(change), change > 0 ? 1 : -1), from };
      return m.arr(out, a.dtype);
    }
    case 'cov': case 'corrcoef': {
      const a = arrAt(0);
      if (!a) return UNKNOWN;
      const dt = a.dtype === null ? null : R.promote([a.dtype, 'float64']);
      const y = arg(1, 'y');
      if (!a.shape || (y && y.k !== 'none') || a.shape.length > 2) return m.arr(null, dt);
      if (a.shape.length < 2) return a.shape.length === 1 ? m.arr([], dt, { scalar: true }) : m.arr(null, dt);
      const rowvar = arg(2, 'rowvar');
      const byRows = rowvar === undefined || (rowvar.k === 'bool' && rowvar.v === true) ? true : rowvar.k === 'bool' && rowvar.v === false ? false : null;
      if (byRows === null) return m.arr(null, dt);
      const n = a.shape[byRows ? 0 : 1];
      return m.arr([n, n], dt);
    }
    case 'interp': {
      const x = args[0];
      const fp = arrAt(2, 'fp');
      const dt = fp && fp.dtype && /complex/.test(fp.dtype) ? 'complex128' : 'float64';
      if (x && (x.k === 'int' || x.k === 'float')) return m.arr([], dt, { scalar: true });
      const a = arrAt(0);
      return a ? m.arr(a.shape, dt) : UNKNOWN;
    }
    case 'digitize': case 'isin': case 'searchsorted': {
      const a = name === 'searchsorted' ? arrAt(1, 'v') : arrAt(0);
      if (!a) return UNKNOWN;
      return m.arr(a.shape, name === 'isin' ? 'bool' : 'int64', a.scalar ? { scalar: true } : undefined);
    }
    case 'bincount': {
      const w = kw.get('weights') ?? args[1];
      return m.arr([{ v: unk(), from: withNote(from, 'max(x) + 1 bins') }], w && w.k !== 'none' ? null : 'int64');
    }
    case 'gradient': {
      const a = arrAt(0);
      if (!a) return UNKNOWN;
      const dt = floatDt(a.dtype);
      if (!a.shape) return UNKNOWN;
      const axV = kw.get('axis');
      const one = m.arr(a.shape, dt);
      if (axV && axV.k !== 'none') {
        const ax = m.axisOf(axV);
        if (typeof ax === 'number') return one;
        return Array.isArray(ax) ? { k: 'tuple', items: ax.map(() => one) } : UNKNOWN;
      }
      return a.shape.length === 1 ? one : { k: 'tuple', items: a.shape.map(() => one) };
    }
    case 'trapezoid': {
      const a = arrAt(0);
      if (!a) return UNKNOWN;
      const dt = floatDt(a.dtype);
      const ax = intArg(3, 'axis', -1);
      if (!a.shape || ax === null || a.shape.length === 0 || (args[1] && args[1].k !== 'none') || (kw.get('x') && kw.get('x')!.k !== 'none')) return m.arr(null, dt);
      const r = R.normalizeAxis(ax, a.shape.length);
      if (!r.ok) return m.arr(null, dt);
      const out = a.shape.filter((_, i) => i !== r.value);
      return out.length ? m.arr(out, dt) : { k: 'float' };
    }
    case 'indices': {
      const dims = m.shapeArg(arg(0, 'dimensions'), e);
      if (!dims || kw.has('sparse')) return UNKNOWN;
      return m.arr([{ v: dims.length, from }, ...dims], m.dtypeArg(arg(1, 'dtype'), 'int64'));
    }
    case 'diagflat': {
      const a = arrAt(0);
      if (!a || !a.shape) return m.arr(null, a?.dtype ?? null);
      const k = intArg(1, 'k', 0);
      const n = size(a);
      if (k === null) return m.arr([{ v: unk(), from }, { v: unk(), from }], a.dtype);
      const d: Dim = { v: k === 0 ? n : typeof n === 'number' ? n + Math.abs(k) : dimAdd(n, Math.abs(k), 1), from };
      return m.arr([d, d], a.dtype);
    }
    case 'select': {
      const conds = arg(0, 'condlist'), choices = arg(1, 'choicelist');
      const items = (v: Value | undefined): Value[] | null => (v && v.k === 'list' && v.items ? v.items : v && v.k === 'tuple' ? v.items : null);
      const cs = items(conds), ch = items(choices);
      if (!cs || !ch || cs.length !== ch.length || cs.length === 0) return UNKNOWN;
      const arrs = [...cs, ...ch].map((x) => m.toArray(x, null));
      const dflt = arg(2, 'default');
      let dt = R.promote(ch.map((x) => m.toArray(x, null)?.dtype ?? null));
      if (dt && dflt) { const op = m.operand(dflt); dt = op ? R.binaryDType('add', R.parseDType(dt) ?? null, op) : null; }
      if (arrs.some((x) => !x || !x.shape)) return m.arr(null, dt);
      const shapes = arrs.map((x) => x!.shape!);
      const dArr = dflt ? m.toArray(dflt, null) : null;
      if (dArr && dArr.shape) shapes.push(dArr.shape);
      const r = R.broadcastOperands(shapes.map((sh) => sh.map((d) => d.v)));
      return r.ok ? m.arr(m.withProv(r.value, shapes, e), dt) : m.arr(null, dt);
    }
    case 'polyfit': {
      const y = arrAt(1, 'y');
      const deg = m.intOf(arg(2, 'deg'));
      if (!y || !y.shape || deg === null || kw.has('full') || kw.has('cov') || args.length > 3) return UNKNOWN;
      const c = { v: deg + 1, from };
      return y.shape.length === 1 ? m.arr([c], 'float64') : y.shape.length === 2 ? m.arr([c, y.shape[1]], 'float64') : UNKNOWN;
    }
    case 'polyval': {
      const p = arrAt(0, 'p'), x = args[1] ?? kw.get('x');
      if (!p || !x) return UNKNOWN;
      const xa = m.toArray(x, e.args[1] ?? null);
      if (!xa) return UNKNOWN;
      const dt = R.promote([p.dtype, xa.dtype]);
      if (x.k === 'int' || x.k === 'float') return m.arr([], dt === null ? null : x.k === 'float' ? R.promote([dt, 'float64']) : dt, { scalar: true });
      return m.arr(xa.shape, dt);
    }
    case 'tril_indices': case 'triu_indices': {
      const n = intArg(0, 'n', -1), k = intArg(1, 'k', 0), mm = intArg(2, 'm', -1);
      let count: R.Dim = unk();
      const cols = mm === -1 ? n : mm;
      if (n !== null && n >= 0 && k !== null && cols !== null && cols >= 0 && n * cols <= 1e7) {
        let c = 0;
        for (let i = 0; i < n; i++) {
          // tril keeps j <= i + k, triu keeps j >= i + k, for 0 <= j < cols.
          c += name === 'tril_indices' ? Math.max(0, Math.min(cols, i + k + 1)) : Math.max(0, cols - Math.max(0, i + k));
        }
        count = c;
      }
      const part = m.arr([{ v: count, from }], 'int64');
      return { k: 'tuple', items: [part, part] };
    }
    case 'diag_indices': {
      const n = m.dimOf(arg(0, 'n'), e);
      const nd = intArg(1, 'ndim', 2);
      if (nd === null || nd < 0 || nd > 64) return UNKNOWN;
      const part = m.arr([n ?? { v: unk(), from }], 'int64');
      return { k: 'tuple', items: Array.from({ length: nd }, () => part) };
    }
    case 'vander': {
      const x = arrAt(0);
      if (!x || !x.shape || x.shape.length !== 1) return m.arr(null, x?.dtype ?? null);
      const nV = arg(1, 'N');
      const n = !nV || nV.k === 'none' ? x.shape[0] : m.dimOf(nV, e);
      return m.arr([x.shape[0], n ?? { v: unk(), from }], x.dtype);
    }
    case 'ix_': {
      const arrs = args.map((x, i) => m.toArray(x, e.args[i] ?? null));
      if (arrs.some((a) => !a || !a.shape || a.shape.length !== 1 || a.dtype === 'bool')) return UNKNOWN;
      return { k: 'tuple', items: arrs.map((a, i) => m.arr(arrs.map((_, j) => (j === i ? a!.shape![0] : { v: 1, from })), a!.dtype)) };
    }
    case 'lexsort': {
      const keys = arg(0, 'keys');
      if (!keys) return UNKNOWN;
      if (keys.k === 'tuple' || (keys.k === 'list' && keys.items)) {
        const items = keys.k === 'tuple' ? keys.items : keys.items!;
        const last = items.length ? m.toArray(items[items.length - 1], null) : null;
        return last && last.shape && last.shape.length === 1 ? m.arr(last.shape, 'int64') : m.arr(null, 'int64');
      }
      const a = m.toArray(keys, e.args[0] ?? null);
      return a && a.shape && a.shape.length === 2 ? m.arr([a.shape[1]], 'int64') : m.arr(null, 'int64');
    }
    case 'histogram_bin_edges': {
      const h = histogram(m, it, 'histogram', args, kw, e);
      return h.k === 'tuple' ? h.items[1] : UNKNOWN;
    }
    case 'union1d': case 'intersect1d': case 'setdiff1d': case 'setxor1d': {
      if (kw.has('return_indices')) return UNKNOWN;
      const a = arrAt(0), b = arrAt(1);
      return m.arr([{ v: unk(), from: withNote(from, 'number of values in the set') }], a && b ? R.promote([a.dtype, b.dtype]) : null);
    }
    case 'iscomplex': case 'isreal': {
      const a = arrAt(0);
      return a ? m.arr(a.shape, 'bool', a.scalar ? { scalar: true } : undefined) : UNKNOWN;
    }
    case 'diagonal': {
      const a = arrAt(0);
      if (!a) return UNKNOWN;
      const k = intArg(1, 'offset', 0), ax1 = intArg(2, 'axis1', 0), ax2 = intArg(3, 'axis2', 1);
      if (!a.shape || k === null || ax1 === null || ax2 === null || a.shape.length < 2) return m.arr(null, a.dtype);
      const r1 = R.normalizeAxis(ax1, a.shape.length), r2 = R.normalizeAxis(ax2, a.shape.length);
      if (!r1.ok || !r2.ok || r1.value === r2.value) return m.arr(null, a.dtype);
      const rows = a.shape[r1.value].v, cols = a.shape[r2.value].v;
      // The diagonal at offset k runs min(rows, cols - k) long (min(rows + k, cols) below the main one).
      const len: R.Dim = typeof rows === 'number' && typeof cols === 'number' ? Math.max(0, k >= 0 ? Math.min(rows, cols - k) : Math.min(rows + k, cols))
        : k === 0 && dimEq(rows, cols) ? rows : unk();
      const rest = a.shape.filter((_, i) => i !== r1.value && i !== r2.value);
      return m.arr([...rest, k === 0 && dimEq(len, rows) ? a.shape[r1.value] : { v: len, from }], a.dtype);
    }
    case 'partition': case 'argpartition': {
      const a = arrAt(0);
      if (!a) return UNKNOWN;
      const dt = name === 'argpartition' ? 'int64' : a.dtype;
      const axV = arg(2, 'axis');
      if (axV && axV.k === 'none') return m.arr(a.shape ? [{ v: size(a), from }] : null, dt);
      return m.arr(a.shape, dt);
    }
    case 'array2string': case 'array_repr': case 'array_str': case 'base_repr': case 'binary_repr': return { k: 'str' };
    default: return undefined;
  }
}

/** np.linalg.multi_dot([A, B, ...]): a chain of 2-D products; a 1-D first (last) array is a row (column) vector. */
function multiDot(m: NumpyModel, it: Interpreter, args: Value[], e: A.Call): Value {
  const seq = args[0];
  const items = seq && (seq.k === 'tuple' ? seq.items : seq.k === 'list' ? seq.items : null);
  if (!items || items.length < 2) return UNKNOWN;
  const arrs = items.map((x) => m.toArray(x, null));
  if (arrs.some((x) => !x)) return UNKNOWN;
  const dt = R.promote(arrs.map((x) => x!.dtype));
  if (arrs.some((x) => !x!.shape)) return m.arr(null, dt);
  const from = it.prov(e);
  const first = arrs[0]!.shape!, last = arrs[arrs.length - 1]!.shape!;
  const shapes = arrs.map((x) => x!.shape!);
  if (first.length === 1) shapes[0] = [{ v: 1, from }, first[0]];
  if (last.length === 1) shapes[shapes.length - 1] = [last[0], { v: 1, from }];
  if (shapes.some((s) => s.length !== 2)) return m.arr(null, dt);
  // The evaluation order (and so which mismatch NumPy names) is chosen by cost: claim no error.
  for (let i = 0; i + 1 < shapes.length; i++) {
    const inner = shapes[i][1].v, outer = shapes[i + 1][0].v;
    if (typeof inner === 'number' && typeof outer === 'number' && inner !== outer) return m.arr(null, dt);
  }
  const out: Dim[] = [];
  if (first.length !== 1) out.push(shapes[0][0]);
  if (last.length !== 1) out.push(shapes[shapes.length - 1][1]);
  return m.arr(out, dt, out.length === 0 ? { scalar: true } : undefined);
}

/** numpy.fft: the transformed axis takes n (rfft: n//2+1, irfft: 2*(m-1)); float32 data stays single precision. */
function fftFunction(m: NumpyModel, it: Interpreter, f: string, args: Value[], kw: Kw, e: A.Call): Value {
  const from = it.prov(e);
  if (f === 'fftfreq' || f === 'rfftfreq') {
    const n = m.intOf(kw.get('n') ?? args[0]);
    const len: R.Dim = n === null ? unk() : f === 'fftfreq' ? n : Math.floor(n / 2) + 1;
    return m.arr([f === 'fftfreq' && n === null ? (m.dimOf(kw.get('n') ?? args[0], e) ?? { v: len, from }) : { v: len, from }], 'float64');
  }
  const a = m.toArray(kw.get('a') ?? kw.get('x') ?? args[0] ?? UNKNOWN, e.args[0] ?? null);
  if (!a) return UNKNOWN;
  if (f === 'fftshift' || f === 'ifftshift') return m.arr(a.shape, a.dtype);
  const single = a.dtype === 'float32' || a.dtype === 'complex64';
  const known = a.dtype !== null && /^(float(32|64)|complex(64|128)|u?int\d+|bool)$/.test(a.dtype);
  const complexOut = known ? (single ? 'complex64' : 'complex128') : null;
  const realOut = known ? (single ? 'float32' : 'float64') : null;
  const oneAxis: Record<string, 'same' | 'half' | 'full'> = { fft: 'same', ifft: 'same', rfft: 'half', ihfft: 'half', irfft: 'full', hfft: 'full' };
  const manyAxes: Record<string, 'same' | 'half' | 'full'> = { fft2: 'same', ifft2: 'same', fftn: 'same', ifftn: 'same', rfft2: 'half', rfftn: 'half', irfft2: 'full', irfftn: 'full' };
  const kind = oneAxis[f] ?? manyAxes[f];
  if (!Object.hasOwn(oneAxis, f) && !Object.hasOwn(manyAxes, f)) return UNKNOWN;
  const dt = kind === 'full' ? realOut : complexOut;
  if (!a.shape || a.shape.length === 0) return m.arr(null, dt);
  // The last transformed axis: axis= for the 1-D transforms; the default last axis otherwise.
  let axis = a.shape.length - 1;
  let n: number | null | undefined;
  if (Object.hasOwn(oneAxis, f)) {
    const nV = kw.get('n') ?? args[1];
    n = !nV || nV.k === 'none' ? undefined : m.intOf(nV);
    const axV = kw.get('axis') ?? args[2];
    const ax = axV === undefined ? -1 : m.intOf(axV);
    const r = ax === null ? null : R.normalizeAxis(ax, a.shape.length);
    if (!r || !r.ok || n === null) return m.arr(null, dt);
    axis = r.value;
  } else if (kw.has('s') || kw.has('axes') || args.length > 1) return m.arr(null, dt);
  const d = a.shape[axis].v;
  const out = [...a.shape];
  const size: R.Dim | null = n !== undefined && n !== null ? n : null;
  if (kind === 'same') { if (size !== null) out[axis] = { v: size, from }; }
  else if (kind === 'half') { const base = size ?? d; out[axis] = { v: typeof base === 'number' ? Math.floor(base / 2) + 1 : unk(), from }; }
  else out[axis] = { v: size ?? (typeof d === 'number' ? 2 * (d - 1) : unk()), from };
  return m.arr(out, dt);
}

/** np.pad's pad_width as the total added per axis: n, (before, after), ((b, a),) or one pair per axis. */
function padWidths(m: NumpyModel, v: Value | undefined, ndim: number): number[] | null {
  if (!v) return null;
  const n = m.intOf(v);
  if (n !== null) return n >= 0 ? Array.from({ length: ndim }, () => 2 * n) : null;
  const items = v.k === 'tuple' ? v.items : v.k === 'list' ? v.items : null;
  if (!items || items.length === 0) return null;
  const flat = items.map((x) => m.intOf(x));
  if (flat.every((x) => x !== null)) {
    if (flat.some((x) => x! < 0) || flat.length > 2) return null;
    const total = flat.length === 1 ? 2 * flat[0]! : flat[0]! + flat[1]!;
    return Array.from({ length: ndim }, () => total);
  }
  const pairs = items.map((x) => {
    const p = x.k === 'tuple' ? x.items : x.k === 'list' ? x.items : null;
    const q = p ? p.map((y) => m.intOf(y)) : null;
    return q && q.length >= 1 && q.length <= 2 && q.every((y) => y !== null && y >= 0) ? (q.length === 1 ? 2 * q[0]! : q[0]! + q[1]!) : null;
  });
  if (pairs.some((p) => p === null)) return null;
  if (pairs.length === 1) return Array.from({ length: ndim }, () => pairs[0]!);
  return pairs.length === ndim ? (pairs as number[]) : null;
}

/** np.atleast_1d/2d/3d of one array: missing axes of length 1 (2-D: in front; 3-D: (1, n, 1) and (m, n, 1)). */
function atleastNd(m: NumpyModel, name: string, a: ArrayValue | null, from: ReturnType<Interpreter['prov']>): Value {
  if (!a || !a.shape) return m.arr(null, a?.dtype ?? null);
  const one = { v: 1, from };
  const s = a.shape;
  if (name === 'atleast_1d') return m.arr(s.length ? s : [one], a.dtype);
  if (name === 'atleast_2d') return m.arr(s.length >= 2 ? s : s.length === 1 ? [one, s[0]] : [one, one], a.dtype);
  return m.arr(s.length === 0 ? [one, one, one] : s.length === 1 ? [one, s[0], one] : s.length === 2 ? [s[0], s[1], one] : s, a.dtype);
}

/**
 * `sorted(items)` when the order is certain: every item a known int (or bool) or every item a
 * known str (compared by code point, as Python does), no `key=`; `reverse=` known. Null otherwise.
 */
function sortedItems(items: Value[], kw: Kw): Value[] | null {
  if (kw.has('key')) return null;
  const rev = kw.get('reverse');
  let reverse = false;
  if (rev) {
    if (rev.k === 'bool' && rev.v !== undefined) reverse = rev.v;
    else if (rev.k === 'int' && typeof rev.d.v === 'number') reverse = rev.d.v !== 0;
    else return null;
  }
  const num = (v: Value): number | null => (v.k === 'int' && typeof v.d.v === 'number' ? v.d.v : v.k === 'bool' && v.v !== undefined ? (v.v ? 1 : 0) : null);
  let cmp: (a: Value, b: Value) => number;
  if (items.every((v) => num(v) !== null)) cmp = (a, b) => num(a)! - num(b)!;
  else if (items.every((v) => v.k === 'str' && v.v !== undefined)) cmp = (a, b) => compareCodePoints((a as { v: string }).v, (b as { v: string }).v);
  else return null;
  // Both sorts are stable: reverse=True keeps equal items in their original order, as Python.
  return [...items].sort(reverse ? (a, b) => cmp(b, a) : cmp);
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a), y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * np.array of a list or tuple of arrays (known dtypes, every size known, at least 1-D) whose
 * shapes differ: NumPy's ragged-input error. The detected shape is the list's length and the
 * longest prefix every array shares with the first one. Null when that is not certain.
 */
function raggedArrays(src: Value): { message: string; shapes: string[] } | null {
  const items = src.k === 'list' ? src.items : src.k === 'tuple' ? src.items : null;
  if (!items || items.length < 2) return null;
  const shapes: number[][] = [];
  for (const x of items) {
    if (x.k !== 'array' || !x.shape || x.shape.length === 0 || x.dtype === null || x.scalar) return null;
    const s: number[] = [];
    for (const d of x.shape) {
      if (typeof d.v !== 'number') return null;
      s.push(d.v);
    }
    shapes.push(s);
  }
  const s0 = shapes[0];
  let common = s0.length;
  let ragged = false;
  for (const s of shapes) {
    let same = 0;
    while (same < s.length && same < s0.length && s[same] === s0[same]) same++;
    if (same !== s.length || same !== s0.length) ragged = true;
    common = Math.min(common, same);
  }
  if (!ragged) return null;
  const detected = [items.length, ...s0.slice(0, common)];
  const text = (sh: number[]): string => (sh.length === 1 ? `(${sh[0]},)` : `(${sh.join(', ')})`);
  return {
    message: `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${detected.length} dimensions. The detected shape was ${text(detected)} + inhomogeneous part.`,
    shapes: shapes.map(text),
  };
}
