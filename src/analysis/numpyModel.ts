// The analysis' model of NumPy's API: the numpy module and its submodules (linalg, random,
// Generator objects), array attributes and methods, operators on arrays and Python numbers,
// indexing, iteration, and the builtins that touch shapes (len, range, zip, enumerate).
// Each call turns argument values into shapes, asks rules.ts (src/numpy) for the result or
// NumPy's error, and reports diagnostics with explanations and quick fixes.
import type * as A from '../python/ast';
import type { SourceRange } from '../python/ast';
import type { Interpreter } from './interpreter';
import {
  type Value, type ArrayValue, type Dim, type Provenance, type DimValue, type Scope, type ModuleValue, type IntValue, type ListValue, type IndexSequence, type IterationLengths,
  UNKNOWN, NONE, COMPLEX, join, joinValues, withNote, sym, unk, isUnknown, isSym, dimEq, dimNe, dimAdd, dimMul, dimDiv, dimText, shapeText,
  dictKey, dictKeys, keyValue, forgetContents,
} from './values';
import * as R from './rules';
import type { QuickFix } from './diagnostics';
import { isUfunc, canonicalUfuncName, binaryOperatorUfunc } from '../numpy/ufuncs';

type Kw = ReadonlyMap<string, Value>;

const DTYPE_NAMES = new Set(['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float16', 'float32', 'float64', 'complex64', 'complex128']);
const DTYPE_ALIASES: Record<string, string> = {
  bool_: 'bool', int_: 'int64', intp: 'int64', float_: 'float64', double: 'float64', single: 'float32', half: 'float16',
  longlong: 'int64', ubyte: 'uint8', byte: 'int8', short: 'int16', intc: 'int32', uintc: 'uint32', cdouble: 'complex128', csingle: 'complex64',
};

const OP_TEXT: Record<string, string> = {
  Add: '+', Sub: '-', Mult: '*', MatMult: '@', Div: '/', Mod: '%', Pow: '**', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', FloorDiv: '//',
};
const CMP_TEXT: Record<string, string> = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=' };

const REDUCTIONS = new Set(['sum', 'mean', 'std', 'var', 'max', 'min', 'prod', 'amax', 'amin', 'argmax', 'argmin', 'all', 'any',
  'nansum', 'nanmean', 'nanstd', 'nanvar', 'nanmax', 'nanmin', 'nanprod', 'median', 'nanmedian', 'ptp', 'count_nonzero', 'average', 'nanargmax', 'nanargmin']);
const CUMULATIVE = new Set(['cumsum', 'cumprod', 'nancumsum', 'nancumprod']);
const ELEMENTWISE_UNARY = new Set(['exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sqrt', 'sin', 'cos', 'tan', 'tanh', 'sinh', 'cosh', 'arctan', 'arcsin', 'arccos', 'arctanh',
  'abs', 'absolute', 'fabs', 'negative', 'positive', 'floor', 'ceil', 'rint', 'round', 'around', 'sign', 'square', 'reciprocal', 'isnan', 'isinf', 'isfinite', 'logical_not', 'invert',
  'trunc', 'fix', 'cbrt', 'exp2', 'deg2rad', 'rad2deg', 'degrees', 'radians', 'signbit', 'conj', 'conjugate', 'real', 'imag', 'angle', 'nan_to_num', 'sinc', 'i0', 'copy', 'positive',
  'spacing', 'isneginf', 'isposinf']);
const ELEMENTWISE_BINARY = new Set(['add', 'subtract', 'multiply', 'divide', 'true_divide', 'floor_divide', 'power', 'mod', 'remainder', 'maximum', 'minimum', 'fmax', 'fmin',
  'logical_and', 'logical_or', 'logical_xor', 'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'arctan2', 'hypot', 'bitwise_and', 'bitwise_or', 'bitwise_xor',
  'left_shift', 'right_shift', 'fmod', 'copysign', 'heaviside', 'logaddexp', 'logaddexp2', 'float_power', 'isclose', 'nextafter', 'ldexp']);
const BOOL_RESULT = new Set(['isnan', 'isinf', 'isfinite', 'logical_not', 'signbit', 'logical_and', 'logical_or', 'logical_xor', 'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'isclose', 'isneginf', 'isposinf']);

export class NumpyModel {
  constructor(private readonly it: Interpreter) {}

  // -------------------------------------------------------------------------------------------
  // Values

  arr(shape: Dim[] | null, dtype: string | null, extra?: Partial<ArrayValue>): ArrayValue {
    return extra ? { k: 'array', shape, dtype, ...extra } : { k: 'array', shape, dtype };
  }

  /** Dims from plain rule output, re-attaching provenance: a dim equal to an input dim keeps its origin. */
  withProv(out: readonly DimValue[] | null, inputs: (Dim[] | null)[], node: { range: SourceRange }): Dim[] | null {
    if (!out) return null;
    // Made only when some dim is new (most results reuse their operands' dims).
    let from: Provenance | undefined;
    return out.map((v) => {
      for (const s of inputs) {
        if (!s) continue;
        for (const d of s) if (d.v === v || (typeof v !== 'number' && dimEq(d.v, v))) return d;
      }
      for (const s of inputs) {
        if (!s) continue;
        for (const d of s) if (typeof v === 'number' && d.v === v && v !== 1) return d;
      }
      return { v, from: (from ??= this.it.prov(node)) };
    });
  }

  moduleValue(name: string): ModuleValue {
    return { k: 'module', name };
  }

  /** NumPy members by base and attribute: values are immutable, so one object each (no name string per access). */
  private readonly members = new Map<string, Map<string, Value>>();

  member(obj: Value, attr: string): Value {
    const base = obj.k === 'module' ? obj.name : obj.k === 'np' ? obj.name : '';
    let byAttr = this.members.get(base);
    if (!byAttr) this.members.set(base, (byAttr = new Map()));
    let v = byAttr.get(attr);
    if (v === undefined) byAttr.set(attr, (v = this.memberUncached(base, attr)));
    return v;
  }

  private memberUncached(base: string, attr: string): Value {
    if (base === 'numpy' || base === 'numpy.linalg' || base === 'numpy.random' || base === 'numpy.fft') {
      if (base === 'numpy') {
        if (attr === 'linalg' || attr === 'random' || attr === 'fft' || attr === 'lib') return this.moduleValue(`numpy.${attr}`);
        if (DTYPE_NAMES.has(attr)) return { k: 'dtype', name: attr };
        if (attr in DTYPE_ALIASES) return { k: 'dtype', name: DTYPE_ALIASES[attr] };
        if (attr === 'newaxis') return NONE;
        if (attr === 'pi' || attr === 'e' || attr === 'inf' || attr === 'nan' || attr === 'euler_gamma') return { k: 'float' };
        if (attr === 'ndarray' || attr === 'float' || attr === 'int') return { k: 'np', name: `numpy.${attr}` };
      }
      return { k: 'np', name: `${base}.${attr}` };
    }
    // numpy.lib.stride_tricks.sliding_window_view / as_strided, reached through np.lib or imported.
    if (base === 'numpy.lib' || base.startsWith('numpy.lib.')) return base === 'numpy.lib' && attr === 'stride_tricks' ? this.moduleValue('numpy.lib.stride_tricks') : { k: 'np', name: `${base}.${attr}` };
    if (base === 'Generator' || base.startsWith('numpy.random.Generator')) return { k: 'np', name: `Generator.${attr}` };
    return UNKNOWN;
  }

  starExports(mod: string): [string, Value][] {
    const names = mod === 'numpy'
      ? ['array', 'zeros', 'ones', 'empty', 'full', 'arange', 'linspace', 'eye', 'identity', 'dot', 'matmul', 'sum', 'mean', 'reshape', 'transpose', 'concatenate', 'stack', 'vstack', 'hstack', 'exp', 'log', 'sqrt', 'maximum', 'minimum', 'where', 'newaxis', 'pi', 'float32', 'float64', 'int32', 'int64', 'zeros_like', 'ones_like', 'expand_dims', 'squeeze', 'argmax', 'max', 'min', 'abs', 'clip', 'outer', 'std', 'var', 'split', 'tile', 'repeat', 'random', 'linalg']
      : mod === 'numpy.linalg' ? ['inv', 'solve', 'det', 'norm', 'eig', 'svd', 'qr', 'pinv', 'cholesky']
        : mod === 'numpy.random' ? ['rand', 'randn', 'randint', 'normal', 'uniform', 'random', 'choice', 'permutation', 'seed', 'shuffle', 'default_rng'] : [];
    return names.map((n) => [n, this.member(this.moduleValue(mod), n)]);
  }

  /** Operand for dtype rules: arrays strong, Python scalars weak. */
  operand(v: Value): R.Operand | null {
    if (v.k === 'array') return v.dtype ? (R.parseDType(v.dtype) ?? null) : null;
    if (v.k === 'int') return R.weakScalar('int', typeof v.d.v === 'number' ? v.d.v : undefined);
    if (v.k === 'float') return R.weakScalar('float');
    if (v.k === 'complex') return R.weakScalar('complex');
    if (v.k === 'bool') return R.weakScalar('bool');
    if (v.k === 'list' || v.k === 'tuple') {
      const a = this.literalArray(v, null);
      return a && a.dtype ? (R.parseDType(a.dtype) ?? null) : null;
    }
    return null;
  }

  /** Array view of an array-like value (lists, tuples, scalars); null when unknown. */
  toArray(v: Value, node: { range: SourceRange } | null): ArrayValue | null {
    switch (v.k) {
      case 'array': return v;
      case 'int': return this.arr([], 'int64', { scalar: true });
      case 'float': return this.arr([], 'float64', { scalar: true });
      case 'complex': return this.arr([], 'complex128', { scalar: true });
      case 'bool': return this.arr([], 'bool', { scalar: true });
      case 'list':
      case 'tuple': return this.literalArray(v, node);
      default: return null;
    }
  }

  /** Shape and dtype of `np.array(nested)`; null when ragged or unknown. */
  literalArray(v: Value, node: { range: SourceRange } | null): ArrayValue | null {
    const from = node ? this.it.prov(node) : undefined;
    const walk = (x: Value): { shape: Dim[] | null; dtype: string | null } | null => {
      if (x.k === 'int') return { shape: [], dtype: 'int64' };
      if (x.k === 'float') return { shape: [], dtype: 'float64' };
      if (x.k === 'complex') return { shape: [], dtype: 'complex128' };
      if (x.k === 'bool') return { shape: [], dtype: 'bool' };
      if (x.k === 'array') return { shape: x.shape, dtype: x.dtype };
      const items = x.k === 'tuple' ? x.items : x.k === 'list' ? x.items : null;
      if (!items) {
        if (x.k === 'list') {
          const e = walk(x.elem);
          return { shape: e && e.shape ? [{ v: unk(), from }, ...e.shape] : null, dtype: e ? e.dtype : null };
        }
        return null;
      }
      if (items.length === 0) return { shape: [{ v: 0, from }], dtype: 'float64' };
      const subs = items.map(walk);
      if (subs.some((s) => s === null)) return null;
      const first = subs[0]!;
      let shape: Dim[] | null = first.shape;
      for (const s of subs) {
        if (!s!.shape || !shape || s!.shape.length !== shape.length) { shape = null; break; }
        if (s!.shape.some((d, i) => dimNe(d.v, shape![i].v))) return null; // ragged: NumPy raises; not a shape bug we report
      }
      const dtype = R.promote(subs.map((s) => s!.dtype));
      return { shape: shape ? [{ v: items.length, from }, ...shape.map((d) => (from && typeof d.v === 'number' ? { v: d.v, from } : d))] : null, dtype };
    };
    const r = walk(v);
    if (!r) return null;
    return this.arr(r.shape, r.dtype);
  }

  intOf(v: Value | undefined): number | null {
    if (!v) return null;
    if (v.k === 'int' && typeof v.d.v === 'number') return v.d.v;
    if (v.k === 'bool' && v.v !== undefined) return v.v ? 1 : 0;
    return null;
  }

  /** An int-like argument as a dim (known, symbolic or unknown). */
  dimOf(v: Value | undefined, node: { range: SourceRange }): Dim | null {
    if (!v) return null;
    if (v.k === 'int') return { v: v.d.v, from: v.d.from && typeof v.d.v !== 'number' ? v.d.from : this.it.prov(node) };
    if (v.k === 'array' && v.scalar && v.dtype && /int/.test(v.dtype)) return { v: unk(), from: this.it.prov(node) };
    return null;
  }

  /** Shape argument: `3`, `(3, 4)`, `[3, 4]`, `n`; null when unknown. */
  shapeArg(v: Value | undefined, node: { range: SourceRange }): Dim[] | null {
    if (!v) return null;
    const from = this.it.prov(node);
    if (v.k === 'int') return [{ v: v.d.v, from: typeof v.d.v === 'number' ? from : v.d.from ?? from }];
    if (v.k === 'tuple' || (v.k === 'list' && v.items)) {
      const items = v.k === 'tuple' ? v.items : v.items!;
      const out: Dim[] = [];
      for (const x of items) {
        if (x.k === 'int') out.push({ v: x.d.v, from: typeof x.d.v === 'number' ? from : x.d.from ?? from });
        else if (x.k === 'array' && x.scalar) out.push({ v: unk(), from });
        else return null;
      }
      return out;
    }
    return null;
  }

  /** axis argument: number, tuple of numbers, null for None; undefined when unknown. */
  axisOf(v: Value | undefined): number | number[] | null | undefined {
    if (!v || v.k === 'none') return null;
    if (v.k === 'int') return typeof v.d.v === 'number' ? v.d.v : undefined;
    if (v.k === 'tuple' || (v.k === 'list' && v.items)) {
      const items = v.k === 'tuple' ? v.items : v.items!;
      const out: number[] = [];
      for (const x of items) {
        const n = this.intOf(x);
        if (n === null) return undefined;
        out.push(n);
      }
      return out;
    }
    return undefined;
  }

  /** A `dtype=` argument: the default when absent, null when given but not a plain numeric dtype. */
  dtypeArg(v: Value | undefined, dflt: string | null): string | null {
    if (!v || v.k === 'none') return dflt;
    return this.dtypeOf(v) ?? null;
  }

  dtypeOf(v: Value | undefined): string | null | undefined {
    if (!v || v.k === 'none') return undefined;
    if (v.k === 'dtype') return v.name;
    if (v.k === 'str' && v.v) return R.parseDType(v.v) ?? DTYPE_ALIASES[v.v] ?? null;
    if (v.k === 'np') {
      if (v.name === 'builtins.float' || v.name === 'numpy.float') return 'float64';
      if (v.name === 'builtins.int' || v.name === 'numpy.int') return 'int64';
      if (v.name === 'builtins.bool') return 'bool';
      if (v.name === 'builtins.complex') return 'complex128';
    }
    return null;
  }

  private kwOr(args: Value[], kw: Kw, i: number, name: string): Value | undefined {
    return kw.get(name) ?? args[i];
  }

  /** Reports a rule failure on a node; returns UNKNOWN to stop cascades. */
  private fail(code: Parameters<Interpreter['report']>[0], node: { range: SourceRange }, err: { message: string }, explanation?: string, fixes: QuickFix[] = [], dims: Dim[] = []): Value {
    this.it.report(code, node.range, err.message, explanation, fixes, dims);
    return UNKNOWN;
  }

  private dimsWhere(shape: Dim[]): string {
    return shape.map((d) => (d.from ? `${dimText(d.v)} from \`${d.from.text}\` (line ${d.from.line})` : dimText(d.v))).join(', ');
  }

  // -------------------------------------------------------------------------------------------
  // Operators

  binaryOp(op: A.OperatorKind, l: Value, r: Value, node: A.Node & { range: SourceRange }, ln: A.Expr, rn: A.Expr, inplace: boolean): Value {
    // Python numbers
    if ((l.k === 'int' || l.k === 'bool') && (r.k === 'int' || r.k === 'bool')) return this.intArith(op, l, r, node);
    if ((l.k === 'int' || l.k === 'float' || l.k === 'bool') && (r.k === 'int' || r.k === 'float' || r.k === 'bool')) return { k: 'float' };
    // Python complex arithmetic stays complex (`//` and `%` raise TypeError: left unknown).
    if ((l.k === 'complex' || r.k === 'complex') && (l.k === 'int' || l.k === 'float' || l.k === 'bool' || l.k === 'complex') && (r.k === 'int' || r.k === 'float' || r.k === 'bool' || r.k === 'complex')) {
      return op === 'Add' || op === 'Sub' || op === 'Mult' || op === 'Div' || op === 'Pow' ? COMPLEX : UNKNOWN;
    }
    if (l.k === 'tuple' && r.k === 'tuple' && op === 'Add') return { k: 'tuple', items: [...l.items, ...r.items] };
    if (l.k === 'list' && r.k === 'list' && op === 'Add') {
      return l.items && r.items ? { k: 'list', items: [...l.items, ...r.items], elem: UNKNOWN } : { k: 'list', items: null, elem: join(l.items ? joinValues(l.items) : l.elem, r.items ? joinValues(r.items) : r.elem) };
    }
    if ((l.k === 'list' || l.k === 'tuple') && r.k === 'int' && op === 'Mult') {
      const n = this.intOf(r);
      const items = l.k === 'list' ? l.items : l.items;
      if (items && n !== null && n >= 0 && items.length * n <= 4096) {
        const rep = Array.from({ length: n }, () => items).flat();
        return l.k === 'tuple' ? { k: 'tuple', items: rep } : { k: 'list', items: rep, elem: UNKNOWN };
      }
      return l.k === 'list' ? { k: 'list', items: null, elem: items ? joinValues(items) : l.elem } : UNKNOWN;
    }
    if (l.k === 'str' || r.k === 'str') return l.k === 'str' && (r.k === 'str' || r.k === 'int') ? { k: 'str' } : UNKNOWN;
    if (l.k !== 'array' && r.k !== 'array') return UNKNOWN;
    const la = this.toArray(l, ln), ra = this.toArray(r, rn);
    if (!la || !ra) {
      const a = la ?? ra;
      if (op === 'MatMult') return this.arr(null, null);
      return this.arr(a && a.shape && a.shape.length === 0 ? null : null, null);
    }
    if (op === 'MatMult') return this.matmul(la, ra, node, ln, rn, 'matmul');
    const ufunc = binaryOperatorUfunc(OP_TEXT[op]) ?? 'add';
    const dtype = R.binaryDType(ufunc, this.operand(l), this.operand(r));
    return this.broadcastBinary(la, ra, node, ln, rn, dtype, inplace, OP_TEXT[op]);
  }

  private intArith(op: A.OperatorKind, l: Value, r: Value, node: { range: SourceRange }): Value {
    const a = l.k === 'int' ? l.d.v : (l as { v?: boolean }).v === undefined ? unk() : (l as { v?: boolean }).v ? 1 : 0;
    const b = r.k === 'int' ? r.d.v : (r as { v?: boolean }).v === undefined ? unk() : (r as { v?: boolean }).v ? 1 : 0;
    const from = this.it.prov(node);
    const mk = (v: DimValue): IntValue => ({ k: 'int', d: { v, from } });
    if (op === 'Div') return { k: 'float' };
    if (typeof a === 'number' && typeof b === 'number') {
      switch (op) {
        case 'Add': return mk(a + b);
        case 'Sub': return mk(a - b);
        case 'Mult': return mk(a * b);
        case 'FloorDiv': return b === 0 ? mk(unk()) : mk(Math.floor(a / b));
        case 'Mod': return b === 0 ? mk(unk()) : mk(((a % b) + b) % b);
        case 'Pow': return b >= 0 ? mk(a ** b) : { k: 'float' };
        case 'LShift': return mk(a * 2 ** b);
        case 'RShift': return mk(Math.floor(a / 2 ** b));
        case 'BitAnd': return mk(a & b);
        case 'BitOr': return mk(a | b);
        case 'BitXor': return mk(a ^ b);
        default: return mk(unk());
      }
    }
    if (isUnknown(a) || isUnknown(b)) {
      // A loop target shifted or scaled by a known int keeps its sequence of values (`x[i + 1]`).
      const seq = l.k === 'int' && l.seq && typeof b === 'number' ? shiftSequence(l.seq, op, b, false)
        : r.k === 'int' && r.seq && typeof a === 'number' ? shiftSequence(r.seq, op, a, true) : null;
      return seq ? { k: 'int', d: { v: unk(), from }, seq } : mk(unk());
    }
    switch (op) {
      case 'Add': return mk(dimAdd(a, b, 1));
      case 'Sub': return mk(dimAdd(a, b, -1));
      case 'Mult': return mk(dimMul(a, b));
      case 'FloorDiv': return mk(R.dimFloorDiv(a, b));
      default: return mk(unk());
    }
  }

  /** Elementwise broadcast of two arrays with diagnostics (errors, silent-broadcast, reduction warnings). */
  broadcastBinary(la: ArrayValue, ra: ArrayValue, node: { range: SourceRange }, ln: A.Expr | null, rn: A.Expr | null, dtype: string | null, inplace: boolean, opText: string): Value {
    if (!la.shape || !ra.shape) {
      if (la.shape && la.shape.length === 0 && !ra.shape) return this.arr(null, dtype);
      if (ra.shape && ra.shape.length === 0 && la.shape) return this.arr(la.shape, dtype);
      return this.arr(null, dtype);
    }
    // Most operations broadcast known sizes to one operand's own shape (`x + b`, `2 * x`): that
    // shape is the result, dims and all, with nothing allocated (in place, only the target's).
    const same = sameBroadcastShape(la.shape, ra.shape);
    if (same && (!inplace || same === la.shape)) return this.broadcastResult(la, ra, same, node, ln, rn, dtype, opText);
    const ls = la.shape.map((d) => d.v), rs = ra.shape.map((d) => d.v);
    const res = R.broadcastOperands([ls, rs]);
    if (!res.ok) {
      const fixes: QuickFix[] = [];
      const keepdimsFix = this.keepdimsFix(la, ln) ?? this.keepdimsFix(ra, rn);
      if (keepdimsFix) fixes.push(keepdimsFix);
      const colFix = this.columnFix(la, ra, ln, rn);
      if (colFix) {
        fixes.push(colFix);
        const n = colFix.edits.length === 1 ? (ra.shape!.length === 1 ? rn : ln) : null;
        if (n) fixes.push({ title: `Make \`${this.it.text(n)}\` a column with .reshape(-1, 1)`, code: 'broadcast-mismatch', edits: this.appendEdits(n, '.reshape(-1, 1)') });
      }
      const expl = `Shapes align from the right: ${shapeText(la.shape)} ${opText} ${shapeText(ra.shape)}. ${this.clashText(la.shape, ra.shape)}`;
      return this.fail('broadcast-mismatch', node, res.error, expl, fixes, this.clashDims(la.shape, ra.shape));
    }
    const bad = inplace || (!hasPerIteration(la.shape) && !hasPerIteration(ra.shape)) ? null : this.broadcastOnSomeIteration(la.shape, ra.shape);
    if (bad && this.failOnIterations(bad.seq, 'broadcast-mismatch', node, bad.error,
        `On iteration ${bad.iteration + 1} of the loop the operands have shapes (${bad.shapes[0].join(', ')}${bad.shapes[0].length === 1 ? ',' : ''}) ${opText} (${bad.shapes[1].join(', ')}${bad.shapes[1].length === 1 ? ',' : ''}): ${shapeText(la.shape)} and ${shapeText(ra.shape)} differ on a batch shorter than the others?`)) {
      return UNKNOWN;
    }
    if (inplace) {
      const out = R.broadcastToOutput([ls, rs], ls);
      if (!out.ok) {
        return this.fail('inplace-broadcast', node, out.error,
          `\`${ln ? this.it.text(ln) : 'target'}\` has shape ${shapeText(la.shape)}; the result of \`${opText}\` would have shape ${shapeText(this.withProv(res.value, [la.shape, ra.shape], node))}, which cannot be written back in place. Use \`x = x ${opText} y\` to get the new shape.`);
      }
    }
    return this.broadcastResult(la, ra, this.withProv(res.value, [la.shape, ra.shape], node)!, node, ln, rn, dtype, opText);
  }

  /** The result of a binary operation that broadcasts to `shape`, with the warnings its operands call for. */
  private broadcastResult(la: ArrayValue, ra: ArrayValue, shape: Dim[], node: { range: SourceRange }, ln: A.Expr | null, rn: A.Expr | null, dtype: string | null, opText: string): Value {
    if (!la.shape || !ra.shape) return this.arr(shape, dtype);
    const out = this.arr(shape, dtype, la.scalar && ra.scalar ? { scalar: true } : keepsAxis(la, shape) || keepsAxis(ra, shape) ? { explicitAxis: true } : undefined);
    if (la.shape.length && ra.shape.length && (la.shape.length !== ra.shape.length || la.shape.some((d, i) => !dimEq(d.v, ra.shape![i].v)))) {
      out.broadcastOf = [la.shape, ra.shape];
    }
    // A reduction without keepdims combined with its source, aligned by accident.
    const red = this.misalignedReduction(la, ra) ?? this.misalignedReduction(ra, la);
    if (red) {
      const keepdimsFix = this.keepdimsFix(la, ln) ?? this.keepdimsFix(ra, rn);
      this.it.report('reduction-broadcast', node.range,
        `${red.reduced.reduced!.sourceText} reduced over axis ${red.reduced.reduced!.axes.join(', ')} without keepdims has shape ${shapeText(red.reduced.shape)}, which lines up with the wrong axes of ${shapeText(red.source.shape)}`,
        `NumPy aligns shapes from the right, so the reduced values are matched with the last axes, not the ones they came from. It only works because the dimensions happen to be equal; pass keepdims=True.`,
        keepdimsFix ? [keepdimsFix] : []);
      return out;
    }
    // (n, 1) op (n,) → (n, n): both operands stretched, one through an implicit new leading axis.
    if (this.isSilentOuter(la.shape, ra.shape) && !la.explicitAxis && !ra.explicitAxis && !this.explicitNewAxis(ln) && !this.explicitNewAxis(rn)) {
      const fix = this.columnFix(la, ra, ln, rn);
      this.it.report('silent-broadcast', node.range,
        `${shapeText(la.shape)} ${opText} ${shapeText(ra.shape)} broadcasts to ${shapeText(shape)}: every element is combined with every other`,
        `The ${la.shape.length < ra.shape.length ? 'left' : 'right'} operand gets a new leading axis and both are stretched. If an elementwise result of the same length was meant, make both operands the same shape (e.g. \`[:, None]\` or \`.ravel()\`).`,
        fix ? [fix] : []);
    }
    return out;
  }

  private clashText(a: Dim[], b: Dim[]): string {
    const n = Math.max(a.length, b.length);
    for (let i = 1; i <= n; i++) {
      const x = a[a.length - i], y = b[b.length - i];
      if (!x || !y) continue;
      if (dimNe(x.v, y.v) && x.v !== 1 && y.v !== 1) {
        const where = (d: Dim) => (d.from ? ` (from \`${d.from.text}\`, line ${d.from.line})` : '');
        return `Axis -${i}: ${dimText(x.v)}${where(x)} vs ${dimText(y.v)}${where(y)}; neither is 1.`;
      }
    }
    return '';
  }

  private clashDims(a: Dim[], b: Dim[]): Dim[] {
    const n = Math.max(a.length, b.length);
    for (let i = 1; i <= n; i++) {
      const x = a[a.length - i], y = b[b.length - i];
      if (x && y && dimNe(x.v, y.v) && x.v !== 1 && y.v !== 1) return [x, y];
    }
    return [];
  }

  private isSilentOuter(a: Dim[], b: Dim[]): boolean {
    if (a.length === 2 && b.length === 2) {
      // (1, n) with (n, 1): a row and a column of the same length make an (n, n) table.
      const rowCol = (r: Dim[], c: Dim[]) => r[0].v === 1 && c[1].v === 1 && r[1].v !== 1 && knownSize(r[1].v) && dimEq(r[1].v, c[0].v);
      return rowCol(a, b) || rowCol(b, a);
    }
    if (a.length === b.length || a.length === 0 || b.length === 0) return false;
    const long = a.length > b.length ? a : b, short = a.length > b.length ? b : a;
    if (long.length !== short.length + 1) return false;
    // long has a trailing 1 stretched by short's last dim, and long's leading dim equals short's last dim
    const lastLong = long[long.length - 1].v, lastShort = short[short.length - 1].v;
    if (lastLong !== 1 || lastShort === 1 || !knownSize(lastShort)) return false;
    const lead = long[long.length - 2].v;
    return dimEq(lead, lastShort) && lead !== 1;
  }

  private explicitNewAxis(n: A.Expr | null): boolean {
    if (!n) return false;
    const t = this.it.ctx.source.slice(n.range.start, n.range.end);
    return /None|newaxis|reshape|expand_dims|keepdims|\.T\b|outer/.test(t);
  }

  private misalignedReduction(reducedArr: ArrayValue, source: ArrayValue): { reduced: ArrayValue; source: ArrayValue } | null {
    const red = reducedArr.reduced;
    if (!red || red.keepdims || !source.shape || !reducedArr.shape) return null;
    if (source.shape.length !== red.sourceShape.length || !source.shape.every((d, i) => dimEq(d.v, red.sourceShape[i].v))) return null;
    const axes = [...red.axes].sort((x, y) => x - y);
    const leadingPrefix = axes.every((a, i) => a === i);
    if (leadingPrefix || reducedArr.shape.length === 0) return null;
    return { reduced: reducedArr, source };
  }

  private keepdimsFix(a: ArrayValue, n: A.Expr | null): QuickFix | null {
    if (!a.reduced || a.reduced.keepdims || !n || n.kind !== 'Call') return null;
    const close = n.range.end - 1;
    return { title: 'Add keepdims=True', code: 'broadcast-mismatch', isPreferred: true, edits: [{ start: close, end: close, newText: ', keepdims=True' }] };
  }

  /** For (n, d) op (n,) style clashes: turn the 1-D operand into a column. */
  private columnFix(la: ArrayValue, ra: ArrayValue, ln: A.Expr | null, rn: A.Expr | null): QuickFix | null {
    const pick = (one: ArrayValue, other: ArrayValue, n: A.Expr | null): QuickFix | null => {
      if (!n || !one.shape || !other.shape || one.shape.length !== 1 || other.shape.length !== 2) return null;
      if (!dimEq(one.shape[0].v, other.shape[0].v)) return null;
      const simple = n.kind === 'Name' || n.kind === 'Attribute' || n.kind === 'Subscript' || n.kind === 'Call';
      const edits = simple ? [{ start: n.range.end, end: n.range.end, newText: '[:, None]' }] : [{ start: n.range.start, end: n.range.start, newText: '(' }, { start: n.range.end, end: n.range.end, newText: ')[:, None]' }];
      return { title: `Make \`${this.it.text(n)}\` a column with [:, None]`, code: 'broadcast-mismatch', isPreferred: !la.reduced && !ra.reduced, edits };
    };
    return pick(ra, la, rn) ?? pick(la, ra, ln);
  }

  matmul(la: ArrayValue, ra: ArrayValue, node: { range: SourceRange }, ln: A.Expr | null, rn: A.Expr | null, kind: 'matmul' | 'dot'): Value {
    const dtype = R.promote([la.dtype, ra.dtype]);
    if (!la.shape || !ra.shape) return this.arr(null, dtype);
    if (kind === 'dot' && (la.shape.length === 0 || ra.shape.length === 0)) return this.arr(la.shape.length === 0 ? ra.shape : la.shape, dtype);
    // Two matrices of known sizes that fit (most products): (n, k) @ (k, m) is (n, m), each dim
    // the first operand dim of its size, as `withProv` picks them.
    if (la.shape.length === 2 && ra.shape.length === 2) {
      const [n, k] = la.shape, [k2, m] = ra.shape;
      if (typeof n.v === 'number' && typeof k.v === 'number' && typeof m.v === 'number' && k.v === k2.v) {
        const mDim = n.v === m.v ? n : k.v === m.v ? k : k2.v === m.v ? k2 : m;
        return this.arr([n, mDim], dtype);
      }
    }
    const ls = la.shape.map((d) => d.v), rs = ra.shape.map((d) => d.v);
    const res = kind === 'matmul' ? R.matmulShape(ls, rs) : R.dotShape(ls, rs);
    if (!res.ok) {
      const fixes: QuickFix[] = [];
      // `.T` on one operand when that makes the inner dims agree.
      const tryT = (a: Dim[], b: Dim[]) => (a.length === 2 ? [...a].reverse() : a).map((d) => d.v);
      if (rn && ra.shape.length === 2 && R.matmulShape(ls, tryT(ra.shape, la.shape)).ok && dimEq(la.shape[la.shape.length - 1].v, ra.shape[1].v)) {
        fixes.push({ title: `Transpose \`${this.it.text(rn)}\` (.T)`, code: 'matmul-mismatch', isPreferred: true, edits: this.appendEdits(rn, '.T') });
      } else if (ln && la.shape.length === 2 && R.matmulShape(tryT(la.shape, ra.shape), rs).ok && dimEq(la.shape[0].v, ra.shape.length === 1 ? ra.shape[0].v : ra.shape[ra.shape.length - 2].v)) {
        fixes.push({ title: `Transpose \`${this.it.text(ln)}\` (.T)`, code: 'matmul-mismatch', isPreferred: true, edits: this.appendEdits(ln, '.T') });
      }
      const k1 = la.shape[la.shape.length - 1];
      const k2 = ra.shape.length === 1 ? ra.shape[0] : ra.shape[ra.shape.length - 2];
      const where = (d: Dim) => (d.from ? ` (from \`${d.from.text}\`, line ${d.from.line})` : '');
      const expl = la.shape.length && ra.shape.length
        ? `${shapeText(la.shape)} @ ${shapeText(ra.shape)}: the inner dimensions must match, but the left has ${dimText(k1.v)} columns${where(k1)} and the right has ${dimText(k2.v)} rows${where(k2)}.`
        : undefined;
      return this.fail('matmul-mismatch', node, res.error, expl, fixes, la.shape.length && ra.shape.length ? [k1, k2] : []);
    }
    const bad = hasPerIteration(la.shape) || hasPerIteration(ra.shape) ? this.productOnSomeIteration(la.shape, ra.shape, kind) : null;
    if (bad && this.failOnIterations(bad.seq, 'matmul-mismatch', node, bad.error,
      `On iteration ${bad.iteration + 1} of the loop the operands have shapes (${bad.shapes[0].join(', ')}${bad.shapes[0].length === 1 ? ',' : ''}) and (${bad.shapes[1].join(', ')}${bad.shapes[1].length === 1 ? ',' : ''}): ${shapeText(la.shape)} @ ${shapeText(ra.shape)} differ in the inner dimension on a batch shorter than the others?`)) {
      return UNKNOWN;
    }
    const shape = this.withProv(res.value, [la.shape, ra.shape], node)!;
    return this.arr(shape, dtype, shape.length === 0 ? { scalar: true } : undefined);
  }

  private appendEdits(n: A.Expr, suffix: string) {
    const simple = n.kind === 'Name' || n.kind === 'Attribute' || n.kind === 'Subscript' || n.kind === 'Call';
    return simple ? [{ start: n.range.end, end: n.range.end, newText: suffix }] : [{ start: n.range.start, end: n.range.start, newText: '(' }, { start: n.range.end, end: n.range.end, newText: ')' + suffix }];
  }

  unaryOp(op: A.UnaryOpKind, v: Value): Value {
    if (op === 'Not') return { k: 'bool' };
    if (v.k === 'int') {
      if (op === 'USub') return { k: 'int', d: { v: typeof v.d.v === 'number' ? -v.d.v : unk(), from: v.d.from } };
      if (op === 'UAdd') return v;
      return { k: 'int', d: { v: unk() } };
    }
    if (v.k === 'float') return op === 'USub' && v.v !== undefined ? { k: 'float', v: -v.v } : { k: 'float' };
    if (v.k === 'complex') return op === 'Invert' ? UNKNOWN : v;
    if (v.k === 'array') return op === 'Invert' || op === 'USub' || op === 'UAdd' ? { ...v, reduced: undefined, broadcastOf: undefined } : v;
    if (v.k === 'bool' && op === 'USub') return { k: 'int', d: { v: v.v === undefined ? unk() : v.v ? -1 : 0 } };
    return UNKNOWN;
  }

  compare(op: A.CmpOpKind, l: Value, r: Value, node: { range: SourceRange }, ln: A.Expr, rn: A.Expr): Value {
    if (op === 'Is' || op === 'IsNot') {
      if (l.k === 'none' && r.k === 'none') return { k: 'bool', v: op === 'Is' };
      if ((l.k === 'none') !== (r.k === 'none') && l.k !== 'unknown' && r.k !== 'unknown') return { k: 'bool', v: op === 'IsNot' };
      return { k: 'bool' };
    }
    if (op === 'In' || op === 'NotIn') return { k: 'bool' };
    // Anything might be an array (or define __eq__): only known scalars compare to a bool.
    const scalarish = (v: Value) => v.k === 'int' || v.k === 'float' || v.k === 'bool' || v.k === 'str' || v.k === 'none' || v.k === 'tuple';
    if (l.k !== 'array' && r.k !== 'array' && !(scalarish(l) && scalarish(r))) return UNKNOWN;
    if (l.k === 'array' || r.k === 'array') {
      const la = this.toArray(l, ln), ra = this.toArray(r, rn);
      if (!la || !ra) return this.arr(null, 'bool');
      return this.broadcastBinary(la, ra, node, ln, rn, 'bool', false, CMP_TEXT[op] ?? '==');
    }
    if (l.k === 'int' && r.k === 'int' && typeof l.d.v === 'number' && typeof r.d.v === 'number') {
      const a = l.d.v, b = r.d.v;
      const v = op === 'Eq' ? a === b : op === 'NotEq' ? a !== b : op === 'Lt' ? a < b : op === 'LtE' ? a <= b : op === 'Gt' ? a > b : a >= b;
      return { k: 'bool', v };
    }
    if (l.k === 'str' && r.k === 'str' && l.v !== undefined && r.v !== undefined && (op === 'Eq' || op === 'NotEq')) {
      return { k: 'bool', v: (l.v === r.v) === (op === 'Eq') };
    }
    if (l.k === 'tuple' && r.k === 'tuple' && (op === 'Eq' || op === 'NotEq')) {
      if (l.items.length !== r.items.length) return { k: 'bool', v: op === 'NotEq' };
      // Shapes compared with known sizes (`if X.shape == (3, 4):`) decide the branch.
      const known = (x: Value) => x.k === 'int' && typeof x.d.v === 'number';
      if (l.items.every(known) && r.items.every(known)) {
        const eq = l.items.every((x, i) => (x as IntValue).d.v === (r.items[i] as IntValue).d.v);
        return { k: 'bool', v: eq === (op === 'Eq') };
      }
      return { k: 'bool' };
    }
    return { k: 'bool' };
  }

  // -------------------------------------------------------------------------------------------
  // Attributes of arrays

  arrayAttr(a: ArrayValue, attr: string, node: A.Attribute | null): Value {
    const from = node ? this.it.prov(node) : undefined;
    switch (attr) {
      case 'shape':
        if (!a.shape) return UNKNOWN;
        return { k: 'tuple', items: a.shape.map((d): IntValue => ({ k: 'int', d })), fromShape: true };
      case 'ndim':
        return a.shape ? { k: 'int', d: { v: a.shape.length, from } } : { k: 'int', d: { v: unk() } };
      case 'size':
        return a.shape ? { k: 'int', d: { v: R.dimProduct(a.shape.map((d) => d.v)), from } } : { k: 'int', d: { v: unk() } };
      case 'dtype':
        return a.dtype ? { k: 'dtype', name: a.dtype } : UNKNOWN;
      case 'T':
        return this.arr(a.shape ? [...a.shape].reverse() : null, a.dtype);
      case 'real': case 'imag':
        return this.arr(a.shape, a.dtype === 'complex128' ? 'float64' : a.dtype === 'complex64' ? 'float32' : a.dtype);
      case 'itemsize': case 'nbytes':
        return { k: 'int', d: { v: unk() } };
      case 'flat':
        return this.arr(a.shape ? [{ v: R.dimProduct(a.shape.map((d) => d.v)), from }] : null, a.dtype);
      default:
        return { k: 'method', name: attr, self: a };
    }
  }

  indexFirst(a: ArrayValue): Value {
    if (!a.shape || a.shape.length === 0) return this.arr(null, a.dtype);
    const rest = a.shape.slice(1);
    // An element of an object or structured array (dtype unknown here) is any Python object.
    if (rest.length === 0 && a.dtype === null) return UNKNOWN;
    return this.arr(rest, a.dtype, rest.length === 0 ? { scalar: true } : undefined);
  }

  iterElement(v: Value, node: A.Expr): Value {
    switch (v.k) {
      case 'range': return v.elem;
      case 'array': return this.indexFirst(v);
      case 'list': return v.items ? joinValues(v.items) : v.elem;
      case 'tuple': return joinValues(v.items);
      case 'dict': return v.entries && v.exactKeys && v.entries.size ? joinValues(dictKeys(v.entries)) : { k: 'str' };
      default: void node; return UNKNOWN;
    }
  }

  /**
   * The items iterating `v` certainly gives, in order: a list or tuple of known items, the keys
   * of a dict whose key set is exact, a range with known bounds (up to 256 values); else null.
   */
  knownItems(v: Value): Value[] | null {
    switch (v.k) {
      case 'list': return v.items;
      case 'tuple': return v.items;
      case 'dict': return v.entries && v.exactKeys ? dictKeys(v.entries) : null;
      case 'range': {
        if (typeof v.len !== 'number' || v.start === undefined || v.step === undefined || v.len > 256) return null;
        const out: Value[] = [];
        for (let k = 0; k < v.len; k++) out.push({ k: 'int', d: { v: v.start + k * v.step, from: v.elem.d.from } });
        return out;
      }
      default: return null;
    }
  }

  iterLength(v: Value): number | null {
    if (v.k === 'range' && typeof v.len === 'number') return v.len;
    if (v.k === 'list' && v.items) return v.items.length;
    if (v.k === 'tuple') return v.items.length;
    if (v.k === 'dict' && v.entries && v.exactKeys) return v.entries.size;
    if (v.k === 'array' && v.shape && v.shape.length && typeof v.shape[0].v === 'number') return v.shape[0].v;
    return null;
  }

  // -------------------------------------------------------------------------------------------
  // Indexing

  subscript(obj: Value, sliceNode: A.Expr, scope: Scope, node: A.Subscript): Value {
    if (obj.k === 'array') return this.indexArray(obj, sliceNode, scope, node);
    const idx = this.it.evalExpr(sliceNode, scope);
    if (obj.k === 'np' && (obj.name === 'numpy.mgrid' || obj.name === 'numpy.ogrid')) return this.meshIndex(obj.name === 'numpy.ogrid', idx, node);
    if (obj.k === 'tuple' || (obj.k === 'list' && obj.items)) {
      const items = obj.k === 'tuple' ? obj.items : obj.items!;
      if (idx.k === 'int' && typeof idx.d.v === 'number') {
        const i = idx.d.v < 0 ? idx.d.v + items.length : idx.d.v;
        return items[i] ?? UNKNOWN;
      }
      if (idx.k === 'slice') {
        const s = this.intOf(idx.start), e = this.intOf(idx.stop), st = this.intOf(idx.step);
        if ((idx.start.k === 'none' || s !== null) && (idx.stop.k === 'none' || e !== null) && (idx.step.k === 'none' || st !== null)) {
          const sl = sliceList(items, idx.start.k === 'none' ? null : s, idx.stop.k === 'none' ? null : e, st ?? 1);
          return obj.k === 'tuple' ? { k: 'tuple', items: sl, fromShape: obj.fromShape } : { k: 'list', items: sl, elem: UNKNOWN };
        }
        return obj.k === 'list' ? { k: 'list', items: null, elem: joinValues(items) } : UNKNOWN;
      }
      return joinValues(items);
    }
    if (obj.k === 'list') return idx.k === 'slice' ? obj : obj.elem;
    if (obj.k === 'dict') {
      const key = obj.entries ? dictKey(idx) : null;
      return key !== null ? obj.entries!.get(key) ?? UNKNOWN : obj.elem;
    }
    return UNKNOWN;
  }

  /**
   * np.mgrid[a:b:s, ...] stacks the dense grids into (k, n1, n2, ...); np.ogrid gives k open
   * arrays of shape (1, .., ni, .., 1); one slice gives the 1-D range itself. Each length is
   * ceil((stop - start) / step) as for arange; a complex step (`5j`, a point count) or
   * unknown bounds leave that length unknown.
   */
  private meshIndex(open: boolean, idx: Value, node: A.Subscript): Value {
    const slices = idx.k === 'slice' ? [idx] : idx.k === 'tuple' && idx.items.every((x) => x.k === 'slice') ? idx.items as { k: 'slice'; start: Value; stop: Value; step: Value }[] : null;
    if (!slices) return UNKNOWN;
    const from = this.it.prov(node);
    const num = (v: Value, dflt: number): number | null => (v.k === 'none' ? dflt : v.k === 'int' && typeof v.d.v === 'number' ? v.d.v : v.k === 'float' && v.v !== undefined ? v.v : null);
    // NumPy's grid is float64 as soon as any bound or step is a float (or a complex point count).
    const isFloat = slices.some((sl) => [sl.start, sl.stop, sl.step].some((x) => x.k === 'float'));
    const known = slices.every((sl) => [sl.start, sl.stop, sl.step].every((x) => x.k === 'none' || x.k === 'int' || x.k === 'float'));
    const dtype = isFloat ? 'float64' : known ? 'int64' : null;
    const lens = slices.map((sl): Dim => {
      const a = num(sl.start, 0), b = num(sl.stop, 0), st = num(sl.step, 1);
      if (!known || a === null || b === null || st === null || st === 0) return { v: unk(), from };
      return { v: Math.max(0, Math.ceil((b - a) / st)), from };
    });
    if (idx.k === 'slice') return this.arr(lens, dtype);
    if (open) return { k: 'tuple', items: lens.map((d, i) => this.arr(lens.map((_, j) => (j === i ? d : { v: 1, from })), dtype)) };
    return this.arr([{ v: lens.length, from }, ...lens], dtype);
  }

  private indexArray(a: ArrayValue, sliceNode: A.Expr, scope: Scope, node: A.Subscript): Value {
    const elts = sliceNode.kind === 'Tuple' ? sliceNode.elts : [sliceNode];
    type Item = { kind: 'int'; v: DimValue; node: A.Expr; seq?: IndexSequence } | { kind: 'slice'; start: Value; stop: Value; step: Value; node: A.Expr } | { kind: 'none' } | { kind: 'ellipsis' }
      | { kind: 'adv'; shape: Dim[] | null; values?: number[] } | { kind: 'bool'; shape: Dim[] | null; node: A.Expr } | { kind: 'unknown' };
    const items: Item[] = [];
    for (const e of elts) {
      const v = this.it.evalExpr(e, scope);
      if (v.k === 'none') items.push({ kind: 'none' });
      else if (v.k === 'np' && v.name === 'Ellipsis') items.push({ kind: 'ellipsis' });
      else if (v.k === 'slice') items.push({ kind: 'slice', start: v.start, stop: v.stop, step: v.step, node: e });
      else if (v.k === 'int') items.push({ kind: 'int', v: v.d.v, node: e, seq: v.seq });
      else if (v.k === 'bool') items.push({ kind: 'unknown' });
      else if (v.k === 'array' && v.dtype === 'bool') items.push({ kind: 'bool', shape: v.shape, node: e });
      else if (v.k === 'array' && v.scalar && v.dtype && /int/.test(v.dtype)) items.push({ kind: 'int', v: unk(), node: e });
      else if (v.k === 'array' && v.dtype && /^(float|complex)/.test(v.dtype)) {
        const msg = v.scalar ? R.INVALID_INDEX_MESSAGE : R.NON_INTEGER_ARRAY_INDEX_MESSAGE;
        return this.fail('invalid-index', e, { message: msg }, `\`${this.it.text(e)}\` has dtype ${v.dtype}; index with integers (\`.astype(int)\`) or booleans.`,
          [{ title: 'Convert the index to int (.astype(int))', code: 'invalid-index', edits: this.appendEdits(e, '.astype(int)') }]);
      }
      else if (v.k === 'array') items.push(v.dtype && !/int/.test(v.dtype) ? { kind: 'unknown' } : { kind: 'adv', shape: v.shape });
      else if (v.k === 'float') return this.fail('invalid-index', e, { message: R.INVALID_INDEX_MESSAGE }, `\`${this.it.text(e)}\` is a float; use \`int(...)\` or \`//\`.`);
      else if (v.k === 'list' || (v.k === 'tuple' && sliceNode.kind !== 'Tuple')) {
        const la = this.literalArray(v, e);
        if (la && la.dtype === 'bool') items.push({ kind: 'bool', shape: la.shape, node: e });
        else if (la && la.dtype && /int/.test(la.dtype)) items.push({ kind: 'adv', shape: la.shape, values: knownInts(v) ?? undefined });
        else items.push({ kind: 'unknown' });
      } else items.push({ kind: 'unknown' });
    }
    if (!a.shape) return this.arr(null, a.dtype);
    if (items.some((i) => i.kind === 'unknown')) return this.arr(null, a.dtype);
    const nd = a.shape.length;
    // A 0-d boolean index (np.array(True)) consumes no axis: leave those to unknown.
    if (items.some((i) => i.kind === 'bool' && i.shape && i.shape.length === 0)) return this.arr(null, a.dtype);
    const consumed = items.reduce((s, i) => s + (i.kind === 'int' || i.kind === 'slice' || i.kind === 'adv' ? 1 : i.kind === 'bool' ? (i.shape ? i.shape.length : 1) : 0), 0);
    if (items.some((i) => i.kind === 'bool' && !i.shape)) return this.arr(null, a.dtype);
    if (consumed > nd) {
      return this.fail('too-many-indices', node, { message: R.tooManyIndices(nd, consumed) },
        `\`${this.it.text(node.value)}\` has shape ${shapeText(a.shape)} (${nd} dimension${nd === 1 ? '' : 's'}) but is indexed with ${consumed} indices.`);
    }
    const nEll = items.filter((i) => i.kind === 'ellipsis').length;
    if (nEll > 1) return this.arr(null, a.dtype);
    // expand ellipsis
    const full: Item[] = [];
    for (const i of items) {
      if (i.kind === 'ellipsis') for (let k = 0; k < nd - consumed; k++) full.push({ kind: 'slice', start: NONE, stop: NONE, step: NONE, node: sliceNode });
      else full.push(i);
    }
    if (nEll === 0) for (let k = consumed; k < nd; k++) full.push({ kind: 'slice', start: NONE, stop: NONE, step: NONE, node: sliceNode });
    const out: Dim[] = [];
    const advShapes: Dim[][] = [];
    let advPos = -1;
    let advAdjacent = true;
    let lastAdv = -2;
    let axis = 0;
    let oob: { value: number; axis: number; size: number } | null = null;
    // Made only when a new dim needs it (most indexing keeps or drops the array's own dims).
    let made: Provenance | undefined;
    const from = (): Provenance => (made ??= this.it.prov(node));
    for (let k = 0; k < full.length; k++) {
      const it = full[k];
      if (it.kind === 'none') { out.push({ v: 1, from: from() }); continue; }
      if (it.kind === 'slice') {
        const d = a.shape[axis++];
        const st = this.intOf(it.step) ?? (it.step.k === 'none' ? 1 : null);
        if (st === null) { out.push({ v: unk(), from: from() }); continue; }
        const s = it.start.k === 'none' ? null : this.dimOrNull(it.start);
        const e = it.stop.k === 'none' ? null : this.dimOrNull(it.stop);
        if (s === undefined || e === undefined) {
          const perIteration = typeof d.v === 'number' ? sliceLengths(d.v, it.start, it.stop, st) : null;
          out.push(perIteration ? { v: this.batchDim(it.node, it.stop), from: from(), perIteration } : { v: this.batchDim(it.node, it.stop), from: from() });
          continue;
        }
        const len = R.sliceLength(d.v, s, e, st);
        out.push(len === d.v ? d : { v: len, from: from() });
        continue;
      }
      if (it.kind === 'int') {
        const d = a.shape[axis];
        if (typeof it.v === 'number' && typeof d.v === 'number' && (it.v >= d.v || it.v < -d.v)) {
          return this.fail('index-out-of-bounds', node, { message: R.indexOutOfBounds(it.v, axis, d.v) },
            `Axis ${axis} of \`${this.it.text(node.value)}\` has size ${d.v}${d.from ? ` (from \`${d.from.text}\`, line ${d.from.line})` : ''}; valid indices are ${-d.v}..${d.v - 1}.`);
        }
        // A loop target: the first value out of range, if this runs on every iteration.
        if (it.seq && this.runsEveryIteration(it.seq) && typeof d.v === 'number') {
          const bad = firstOutOfRange(it.seq, d.v);
          if (bad !== null && this.failOnIterations(it.seq, 'index-out-of-bounds', node, { message: R.indexOutOfBounds(bad.value, axis, d.v) },
            `\`${this.it.text(it.node)}\` reaches ${bad.value} on iteration ${bad.iteration + 1} of the loop, but axis ${axis} of \`${this.it.text(node.value)}\` has size ${d.v}${d.from ? ` (from \`${d.from.text}\`, line ${d.from.line})` : ''}; valid indices are ${-d.v}..${d.v - 1}.`)) {
            return UNKNOWN;
          }
        }
        if (lastAdv >= 0) { /* an int between advanced indices counts as advanced */ }
        axis++;
        continue;
      }
      if (it.kind === 'adv') {
        if (advPos < 0) advPos = out.length;
        else if (lastAdv !== k - 1) advAdjacent = false;
        lastAdv = k;
        advShapes.push(it.shape ?? []);
        if (!it.shape) return this.arr(null, a.dtype);
        // A list of known ints (`x[[0, 5]]`): the first value past the axis, in axis order.
        const size = a.shape[axis].v;
        if (it.values && typeof size === 'number' && !oob) {
          for (const x of it.values) if (x >= size || x < -size) { oob = { value: x, axis, size }; break; }
        }
        axis++;
        continue;
      }
      if (it.kind === 'bool') {
        const ms = it.shape!;
        const mnd = Math.max(ms.length, 1);
        for (let j = 0; j < ms.length; j++) {
          const d = a.shape[axis + j];
          if (dimNe(d.v, ms[j].v)) {
            return this.fail('boolean-mask-mismatch', node, { message: R.booleanMaskMismatch(axis + j, d.v, ms[j].v) },
              `The mask \`${this.it.text(it.node)}\` has shape ${shapeText(ms)} but the indexed axes of \`${this.it.text(node.value)}\` have shape ${shapeText(a.shape.slice(axis, axis + ms.length))}.`);
          }
        }
        if (advPos < 0) advPos = out.length;
        else if (lastAdv !== k - 1) advAdjacent = false;
        lastAdv = k;
        advShapes.push([{ v: unk(), from: this.it.prov(it.node, 'number of True values in the mask') }]);
        axis += mnd;
        continue;
      }
    }
    if (advShapes.length) {
      const b = R.broadcastOperands(advShapes.map((s) => s.map((d) => d.v)));
      if (!b.ok) {
        return this.fail('broadcast-mismatch', node, { message: `shape mismatch: indexing arrays could not be broadcast together with shapes ${advShapes.map((s) => R.shapeToNumpyString(s.map((d) => d.v)) + ' ').join('')}`.trimEnd() });
      }
      // NumPy checks the index values once the index arrays broadcast (masks aside).
      if (oob && !items.some((i) => i.kind === 'bool')) {
        return this.fail('index-out-of-bounds', node, { message: R.indexOutOfBounds(oob.value, oob.axis, oob.size) },
          `Axis ${oob.axis} of \`${this.it.text(node.value)}\` has size ${oob.size}; valid indices are ${-oob.size}..${oob.size - 1}, and the index list holds ${oob.value}.`);
      }
      const bs = this.withProv(b.value, advShapes, node)!;
      if (advAdjacent) out.splice(advPos, 0, ...bs);
      else out.unshift(...bs);
    }
    if (out.length === 0 && a.dtype === null) return UNKNOWN; // an element of an object/structured array
    const newAxis = items.some((i) => i.kind === 'none') || a.explicitAxis;
    // Exactly sized: the shape outlives the analysis in hovers (a pushed-to array keeps spare room).
    return this.arr(out.slice(), a.dtype, out.length === 0 ? { scalar: true } : newAxis ? { explicitAxis: true } : undefined);
  }

  /**
   * Whether per-iteration facts of this loop target hold here: inside its loop, in the run of
   * the body that made them (not carried over from the previous iteration), where the code runs
   * on every iteration (no enclosing `if`, comprehension or function of its own).
   */
  runsEveryIteration(seq: IndexSequence): boolean {
    return seq.loop.active && seq.pass === seq.loop.pass && seq.loop.depth === this.it.conditional;
  }

  /**
   * A failure on some iteration of a `range` loop: reported now once the loop's state is its
   * fixpoint (true: stop here), else kept until the loop knows whether its entry state was
   * (false: go on as if it held; see values.ts LoopToken).
   */
  private failOnIterations(seq: IndexSequence, code: Parameters<Interpreter['report']>[0], node: { range: SourceRange }, err: { message: string }, explanation: string): boolean {
    if (seq.loop.settled) {
      this.fail(code, node, err, explanation);
      return true;
    }
    if (this.it.reporting && seq.loop.pending) seq.loop.pending.push(() => { this.fail(code, node, err, explanation); });
    return false;
  }

  /** `X[i:i+bs]` inside a batching loop: a dimension bounded by bs (`≤bs`). */
  private batchDim(sliceNode: A.Expr, stop: Value): DimValue {
    if (sliceNode.kind !== 'Slice' || !sliceNode.lower || !sliceNode.upper || sliceNode.step) return unk();
    const up = sliceNode.upper;
    if (up.kind !== 'BinOp' || up.op !== 'Add') return unk();
    const lower = this.it.text(sliceNode.lower);
    let bound: A.Expr | null = null;
    if (this.it.text(up.left) === lower) bound = up.right;
    else if (this.it.text(up.right) === lower) bound = up.left;
    if (!bound) return unk();
    void stop;
    const name = bound.kind === 'Name' || bound.kind === 'Constant' || bound.kind === 'Attribute' ? this.it.text(bound) : null;
    return name ? sym(`≤${name}`) : unk();
  }

  /** A slice bound: number, symbolic, or undefined when unknown. */
  private dimOrNull(v: Value): DimValue | null | undefined {
    if (v.k === 'none') return null;
    if (v.k === 'int') return isUnknown(v.d.v) ? undefined : v.d.v;
    return undefined;
  }

  /** `a[idx] = v`: NumPy's checks that the value fits the indexed region (the array keeps its shape). */
  checkSetItem(a: ArrayValue, idx: Value, v: Value, target: A.Subscript): void {
    // Object and structured arrays (dtype unknown here) take sequences as elements.
    if (!a.shape) return;
    const raw = target.slice.kind === 'Tuple' && idx.k === 'tuple' ? idx.items : [idx];
    const elts = target.slice.kind === 'Tuple' ? target.slice.elts : [target.slice];
    for (let i = 0; i < raw.length; i++) {
      const x = raw[i], e = elts[i] ?? target.slice;
      if (x.k === 'float' || (x.k === 'array' && x.dtype && /^(float|complex)/.test(x.dtype))) {
        const msg = x.k === 'float' || (x.k === 'array' && x.scalar) ? R.INVALID_INDEX_MESSAGE : R.NON_INTEGER_ARRAY_INDEX_MESSAGE;
        this.it.report('invalid-index', e.range, msg, `\`${this.it.text(e)}\` is ${x.k === 'float' ? 'a float' : `an array of dtype ${(x as ArrayValue).dtype}`}; index with integers or booleans.`,
          x.k === 'array' ? [{ title: 'Convert the index to int (.astype(int))', code: 'invalid-index', edits: this.appendEdits(e, '.astype(int)') }] : []);
        return;
      }
    }
    if (!a.dtype) return;
    const items: R.IndexItem[] = [];
    for (const x of raw) {
      const it = this.indexItemOf(x, target.slice);
      if (!it) return;
      items.push(it);
    }
    const val = this.toArray(v, null);
    if (!val || !val.shape) return;
    const r = R.setitemShape(a.shape.map((d) => d.v), items, val.shape.map((d) => d.v));
    if (r.ok || r.error.type === 'IndexError') return; // index errors were reported when the index was evaluated
    this.it.report('broadcast-mismatch', target.range, r.error.message,
      `The value has shape ${shapeText(val.shape)}; it must broadcast to the shape of the region \`${this.it.text(target)}\` selects.`);
  }

  private indexItemOf(x: Value, node: A.Expr): R.IndexItem | null {
    switch (x.k) {
      case 'none': return { kind: 'newaxis' };
      case 'np': return x.name === 'Ellipsis' ? { kind: 'ellipsis' } : null;
      case 'int': return typeof x.d.v === 'number' ? { kind: 'int', value: x.d.v } : { kind: 'int' };
      case 'bool': return { kind: 'bool', value: x.v };
      case 'slice': {
        const b = (y: Value): R.Dim | null | undefined => (y.k === 'none' ? null : y.k === 'int' && !isUnknown(y.d.v) ? y.d.v : undefined);
        const start = b(x.start), stop = b(x.stop);
        const step = x.step.k === 'none' ? null : this.intOf(x.step);
        if (start === undefined || stop === undefined || (x.step.k !== 'none' && step === null)) return null;
        return { kind: 'slice', start, stop, step };
      }
      case 'array':
        if (!x.shape) return null;
        if (x.dtype === 'bool') return { kind: 'boolArray', shape: x.shape.map((d) => d.v) };
        if (x.dtype && /int/.test(x.dtype)) return x.scalar ? { kind: 'int' } : { kind: 'intArray', shape: x.shape.map((d) => d.v) };
        return null;
      case 'list': case 'tuple': {
        const la = this.literalArray(x, node);
        if (!la || !la.shape) return null;
        if (la.dtype === 'bool') return { kind: 'boolArray', shape: la.shape.map((d) => d.v) };
        if (la.dtype && /int/.test(la.dtype)) return { kind: 'intArray', shape: la.shape.map((d) => d.v) };
        return null;
      }
      default: return null;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Calls

  callBuiltin(callee: Value, args: Value[], kw: Kw, e: A.Call, scope: Scope): Value {
    void callee; void args; void kw; void e; void scope;
    return UNKNOWN;
  }

  callMethod(name: string, self: Value, args: Value[], kw: Kw, e: A.Call, scope: Scope): Value {
    if (self.k === 'list') {
      if (name === 'list.append' && self.items && this.it.loopDepth === 0 && this.it.changesCertainly(self.depth)) {
        self.items.push(args[0] ?? UNKNOWN);
        self.elem = join(self.elem, args[0] ?? UNKNOWN);
      } else if (name === 'list.append' || name === 'list.insert') {
        const item = (name === 'list.append' ? args[0] : args[1]) ?? UNKNOWN;
        const prev = self.items ? (self.items.length ? joinValues(self.items) : null) : self.elem;
        self.items = null;
        self.elem = prev === null ? item : join(prev, item);
      } else if (name === 'list.extend') {
        self.items = null;
        self.elem = UNKNOWN;
      } else if (name === 'list.copy') return { ...self, items: self.items ? [...self.items] : null, depth: this.it.conditional };
      else if (name === 'list.index' || name === 'list.count') return { k: 'int', d: { v: unk() } };
      else {
        // pop, remove, clear, sort, reverse, ...: the items (or their order) change.
        const was = self.items ? (self.items.length ? joinValues(self.items) : UNKNOWN) : self.elem;
        forgetContents(self, 3);
        if (name === 'list.pop') return was;
      }
      return NONE;
    }
    if (self.k === 'dict') {
      const known = self.entries && self.exactKeys ? self.entries : null;
      if (name === 'dict.get') {
        const key = self.entries && args[0] ? dictKey(args[0]) : null;
        return key !== null ? self.entries!.get(key) ?? args[1] ?? NONE : UNKNOWN;
      }
      if (name === 'dict.keys') return known ? { k: 'list', items: dictKeys(known), elem: UNKNOWN, depth: this.it.conditional } : { k: 'list', items: null, elem: UNKNOWN };
      if (name === 'dict.values') return known ? { k: 'list', items: [...known.values()], elem: UNKNOWN, depth: this.it.conditional } : { k: 'list', items: null, elem: UNKNOWN };
      if (name === 'dict.items') {
        if (!known) return { k: 'list', items: null, elem: UNKNOWN };
        const items: Value[] = [];
        for (const [key, v] of known) items.push({ k: 'tuple', items: [keyValue(key), v] });
        return { k: 'list', items, elem: UNKNOWN, depth: this.it.conditional };
      }
      if (name === 'dict.copy') return self.entries ? { k: 'dict', entries: new Map(self.entries), elem: self.elem, exactKeys: self.exactKeys, depth: this.it.conditional } : { k: 'dict', entries: null, elem: self.elem };
      // update, pop, popitem, setdefault, clear, ...: the entries change.
      forgetContents(self, 3);
      return UNKNOWN;
    }
    if (self.k === 'str') return name === 'str.format' || name === 'str.join' ? { k: 'str' } : UNKNOWN;
    if (self.k !== 'array') return UNKNOWN;
    return this.arrayMethod(name, self, args, kw, e, scope);
  }

  private arrayMethod(name: string, a: ArrayValue, args: Value[], kw: Kw, e: A.Call, scope: Scope): Value {
    void scope;
    const selfNode = e.func.kind === 'Attribute' ? e.func.value : e.func;
    if (REDUCTIONS.has(name) || CUMULATIVE.has(name)) return this.reduce(name, a, kw.get('axis') ?? args[0], kw.get('keepdims'), e, selfNode, this.dtypeOf(kw.get('dtype')));
    switch (name) {
      case 'reshape': {
        const target = args.length === 1 ? args[0] : { k: 'tuple', items: args } as Value;
        return this.reshape(a, kw.get('shape') ?? target, e, selfNode);
      }
      case 'transpose': {
        if (args.length === 0 || (args.length === 1 && args[0].k === 'none')) return this.transpose(a, null, e);
        const axes = args.length === 1 ? this.axisOf(args[0]) : this.axisOf({ k: 'tuple', items: args });
        return this.transpose(a, axes === undefined ? undefined : axes === null ? null : Array.isArray(axes) ? axes : [axes], e);
      }
      case 'flatten': case 'ravel':
        return this.arr(a.shape ? [{ v: R.dimProduct(a.shape.map((d) => d.v)), from: this.it.prov(e) }] : null, a.dtype);
      case 'squeeze': return this.squeeze(a, kw.get('axis') ?? args[0], e);
      case 'swapaxes': return this.swapaxes(a, args[0], args[1], e);
      case 'astype': return this.arr(a.shape, this.dtypeOf(args[0] ?? kw.get('dtype')) ?? null);
      // view(dtype) reinterprets the bytes: the last axis changes size.
      case 'view': return args.length || kw.size ? this.arr(null, null) : { ...a, reduced: undefined, broadcastOf: undefined };
      case 'copy': return { ...a, reduced: undefined, broadcastOf: undefined };
      case 'clip': return this.arr(a.shape, a.dtype);
      case 'round': case 'conj': case 'conjugate': case '__abs__': return this.arr(a.shape, a.dtype);
      case 'dot': {
        const b = this.toArray(args[0] ?? UNKNOWN, e.args[0] ?? null);
        return b ? this.matmul(a, b, e, selfNode, e.args[0] ?? null, 'dot') : this.arr(null, null);
      }
      case 'tolist': return a.shape && a.shape.length ? { k: 'list', items: null, elem: UNKNOWN } : UNKNOWN;
      case 'item': return a.dtype && /int/.test(a.dtype) ? { k: 'int', d: { v: unk() } } : a.dtype === 'bool' ? { k: 'bool' } : { k: 'float' };
      case 'fill': case 'sort': case 'resize': case 'setflags': return NONE;
      case 'argsort': return this.arr(a.shape, 'int64');
      case 'nonzero': return a.shape ? { k: 'tuple', items: a.shape.map(() => this.arr([{ v: unk() }], 'int64')) } : UNKNOWN;
      // Methods that are the function with the array first.
      case 'repeat': case 'diagonal': case 'take': case 'searchsorted': case 'argpartition': case 'choose':
        return this.callNumpy(`numpy.${name}`, [a, ...args], kw, e);
      case 'partition': return NONE;
      case 'trace': return a.shape && a.shape.length > 2 && args.length === 0 && kw.size === 0 ? this.arr(a.shape.slice(2), R.reduceDType('sum', a.dtype)) : this.arr(null, a.dtype);
      default: return UNKNOWN;
    }
  }

  reduce(name: string, a: ArrayValue, axisV: Value | undefined, keepV: Value | undefined, e: A.Call, srcNode: A.Expr | null, dtypeArg?: string | null): Value {
    const base = name === 'amax' ? 'max' : name === 'amin' ? 'min' : name;
    const dtype = R.reduceDType(base, a.dtype, dtypeArg ?? undefined);
    const keepdims = keepV?.k === 'bool' ? !!keepV.v : false;
    const axis = this.axisOf(axisV);
    if (!a.shape) return this.arr(null, dtype);
    if (axis === undefined) return this.arr(keepdims ? a.shape.map(() => ({ v: unk() })) : null, dtype);
    if (CUMULATIVE.has(name)) {
      if (axis === null) return this.arr([{ v: R.dimProduct(a.shape.map((d) => d.v)), from: this.it.prov(e) }], dtype);
      const ax = Array.isArray(axis) ? axis[0] : axis;
      const r = R.normalizeAxis(ax, a.shape.length);
      if (!r.ok) return this.axisFail(r.error, e, a, axisV);
      return this.arr(a.shape, dtype);
    }
    const axes = axis === null ? null : Array.isArray(axis) ? axis : [axis];
    if (a.shape.length === 0 && axes && axes.every((x) => x === 0 || x === -1)) return this.arr([], dtype, { scalar: true });
    const r = R.reductionAxes(a.shape.length, axes);
    if (!r.ok) return this.axisFail(r.error, e, a, axisV);
    // Built exactly sized (the shape outlives the analysis in hovers; a pushed-to array keeps spare room).
    const shape: Dim[] = !keepdims && r.value.length === a.shape.length ? [] : new Array<Dim>(keepdims ? a.shape.length : a.shape.length - r.value.length);
    for (let i = 0, j = 0; i < a.shape.length; i++) {
      if (!r.value.includes(i)) shape[j++] = a.shape[i];
      else if (keepdims) shape[j++] = { v: 1, from: this.it.prov(e, 'kept by keepdims') };
    }
    return this.arr(shape, dtype, {
      reduced: { axes: r.value, sourceShape: a.shape, keepdims, sourceText: srcNode ? `${this.it.text(srcNode)}.${base}` : base },
      scalar: shape.length === 0 ? true : undefined,
    });
  }

  private axisFail(err: { message: string }, e: A.Call, a: ArrayValue, axisV: Value | undefined): Value {
    const nd = a.shape ? a.shape.length : 0;
    const fixes: QuickFix[] = [];
    const axisKw = e.keywords.find((k) => k.arg === 'axis');
    const axisNode = axisKw?.value;
    if (axisNode && axisNode.kind === 'Constant' && nd > 0) {
      fixes.push({ title: `Use axis=${nd - 1} (the last axis)`, code: 'axis-out-of-bounds', edits: [{ start: axisNode.range.start, end: axisNode.range.end, newText: String(nd - 1) }] });
    } else if (axisNode && axisNode.kind === 'Tuple' && nd > 0) {
      const valid = axisNode.elts.filter((x) => { const v = x.kind === 'Constant' && x.value.type === 'int' ? Number(x.value.value) : NaN; return v >= -nd && v < nd; });
      if (valid.length && valid.length < axisNode.elts.length) {
        const t = valid.map((x) => this.it.text(x)).join(', ');
        fixes.push({ title: `Drop the out-of-range axes: axis=(${t}${valid.length === 1 ? ',' : ''})`, code: 'axis-out-of-bounds', edits: [{ start: axisNode.range.start, end: axisNode.range.end, newText: `(${t}${valid.length === 1 ? ',' : ''})` }] });
      }
    }
    void axisV;
    const code = err.message.startsWith('duplicate') ? 'axis-out-of-bounds' : 'axis-out-of-bounds';
    return this.fail(code, axisNode ?? e, err, a.shape ? `The array has shape ${shapeText(a.shape)}: valid axes are ${-nd}..${nd - 1}.` : undefined, fixes);
  }

  reshape(a: ArrayValue, target: Value, e: A.Call, srcNode: A.Expr | null): Value {
    const dims = this.shapeArg(target, e);
    if (!dims) return this.arr(null, a.dtype);
    if (!a.shape) return this.arr(dims.some((d) => d.v === -1) ? dims.map((d) => (d.v === -1 ? { v: unk() } : d)) : dims, a.dtype);
    const r = R.reshapeShape(a.shape.map((d) => d.v), dims.map((d) => d.v));
    if (!r.ok) {
      const size = R.dimProduct(a.shape.map((d) => d.v));
      return this.fail('reshape-size-mismatch', e, r.error,
        `\`${srcNode ? this.it.text(srcNode) : 'the array'}\` has shape ${shapeText(a.shape)}, ${dimText(size)} elements; the requested shape holds ${dimText(R.dimProduct(dims.map((d) => d.v).filter((x) => x !== -1)))}${dims.some((d) => d.v === -1) ? ' times the inferred dimension, which does not divide evenly' : ''}.`);
    }
    const bad = this.reshapeOnSomeIteration(a.shape, dims);
    if (bad && this.failOnIterations(bad.seq, 'reshape-size-mismatch', e, bad.error,
      `\`${srcNode ? this.it.text(srcNode) : 'the array'}\` has shape ${shapeText(a.shape)}: on iteration ${bad.iteration + 1} of the loop it has shape (${bad.shape.join(', ')}${bad.shape.length === 1 ? ',' : ''}), ${bad.size} elements, which the requested shape cannot hold (a last batch shorter than the others?).`)) {
      return UNKNOWN;
    }
    const from = this.it.prov(e);
    const shape = r.value.map((v, i) => (dims[i].v === -1 ? { v, from: withNote(from, 'inferred from -1') } : dimEq(v, dims[i].v) && dims[i].from ? dims[i] : { v, from }));
    return this.arr(shape, a.dtype);
  }

  /**
   * The one loop run whose per-iteration lengths appear in these shapes, when it holds here and
   * every other dim is a known size; else null.
   */
  private iterationSeq(shapes: Dim[][]): IndexSequence | null {
    let seq: IndexSequence | null = null;
    for (const shape of shapes) {
      for (const d of shape) {
        if (d.perIteration) {
          if (seq && (seq.loop !== d.perIteration.seq.loop || seq.pass !== d.perIteration.seq.pass)) return null;
          seq = d.perIteration.seq;
        } else if (typeof d.v !== 'number') return null;
      }
    }
    return seq && this.runsEveryIteration(seq) ? seq : null;
  }

  /**
   * Two operands of which one has a length that changes per iteration of a `range` loop
   * (`x[i:i + bs] - y`): the first certainly-run iteration whose shapes do not broadcast, with
   * NumPy's error for them.
   */
  private broadcastOnSomeIteration(a: Dim[], b: Dim[]): { seq: IndexSequence; iteration: number; shapes: [number[], number[]]; error: { message: string } } | null {
    if (!hasPerIteration(a) && !hasPerIteration(b)) return null;
    const seq = this.iterationSeq([a, b]);
    if (!seq) return null;
    const at = (d: Dim, k: number): number => (d.perIteration ? d.perIteration.lengthAt(k) : (d.v as number));
    const n = Math.min(a.length, b.length);
    for (let k = 0; k < Math.min(seq.count, 1_000_000); k++) {
      let clash = false;
      for (let i = 1; i <= n && !clash; i++) {
        const x = at(a[a.length - i], k), y = at(b[b.length - i], k);
        clash = x !== y && x !== 1 && y !== 1;
      }
      if (!clash) continue;
      const shapes: [number[], number[]] = [a.map((d) => at(d, k)), b.map((d) => at(d, k))];
      const r = R.broadcastOperands(shapes);
      if (r.ok) return null; // our rule and NumPy's disagree: say nothing
      return { seq, iteration: k, shapes, error: r.error };
    }
    return null;
  }

  /**
   * A matrix product (1-D or 2-D operands) of which one has a length per iteration of a `range`
   * loop (`W @ x[i:i + bs]`): the first certainly-run iteration whose inner dimensions differ,
   * with NumPy's error for it.
   */
  private productOnSomeIteration(a: Dim[], b: Dim[], kind: 'matmul' | 'dot'): { seq: IndexSequence; iteration: number; shapes: [number[], number[]]; error: { message: string } } | null {
    if (a.length === 0 || b.length === 0 || a.length > 2 || b.length > 2) return null;
    const seq = this.iterationSeq([a, b]);
    if (!seq) return null;
    const at = (d: Dim, k: number): number => (d.perIteration ? d.perIteration.lengthAt(k) : (d.v as number));
    const k1 = a[a.length - 1], k2 = b[0];
    for (let k = 0; k < Math.min(seq.count, 1_000_000); k++) {
      if (at(k1, k) === at(k2, k)) continue;
      const shapes: [number[], number[]] = [a.map((d) => at(d, k)), b.map((d) => at(d, k))];
      const r = kind === 'matmul' ? R.matmulShape(shapes[0], shapes[1]) : R.dotShape(shapes[0], shapes[1]);
      if (r.ok) return null; // our rule and NumPy's disagree: say nothing
      return { seq, iteration: k, shapes, error: r.error };
    }
    return null;
  }

  /**
   * A reshape inside a `range` loop of an array whose length changes per iteration (a batch
   * `x[i:i + bs]`): the first iteration, among those that certainly reach this line, whose size
   * the new shape (known ints, at most one -1) cannot hold, with NumPy's error for it.
   */
  private reshapeOnSomeIteration(shape: Dim[], dims: Dim[]): { seq: IndexSequence; iteration: number; shape: number[]; size: number; error: { message: string } } | null {
    const seq = this.iterationSeq([shape]);
    if (!seq) return null;
    let known = 1, inferred = false;
    for (const d of dims) {
      if (typeof d.v !== 'number') return null;
      if (d.v < 0) inferred = true;
      else known *= d.v;
    }
    for (let k = 0; k < Math.min(seq.count, 1_000_000); k++) {
      let size = 1;
      for (const d of shape) size *= d.perIteration ? d.perIteration.lengthAt(k) : (d.v as number);
      if (inferred ? known !== 0 && size % known === 0 : size === known) continue;
      const concrete = shape.map((d) => (d.perIteration ? d.perIteration.lengthAt(k) : (d.v as number)));
      const r = R.reshapeShape(concrete, dims.map((d) => d.v));
      if (r.ok) return null; // our size rule and NumPy's disagree: say nothing
      return { seq, iteration: k, shape: concrete, size, error: r.error };
    }
    return null;
  }

  /** `a.shape = new_shape`: like reshape (NumPy raises the same size error). */
  reshapeInPlace(a: ArrayValue, target: Value, node: A.Attribute): Value {
    const dims = this.shapeArg(target, node);
    if (!dims || !a.shape) return this.arr(null, a.dtype);
    const r = R.reshapeShape(a.shape.map((d) => d.v), dims.map((d) => d.v));
    if (!r.ok) return this.fail('reshape-size-mismatch', node, r.error);
    return this.arr(this.withProv(r.value, [dims, a.shape], node), a.dtype);
  }

  transpose(a: ArrayValue, axes: number[] | null | undefined, e: A.Call): Value {
    if (!a.shape || axes === undefined) return this.arr(axes === null && a.shape ? [...a.shape].reverse() : null, a.dtype);
    const r = R.transposeShape(a.shape.map((d) => d.v), axes);
    if (!r.ok) return this.fail(r.error.type === 'AxisError' ? 'axis-out-of-bounds' : 'invalid-transpose-axes', e, r.error, `The array has shape ${shapeText(a.shape)}; transpose needs a permutation of 0..${a.shape.length - 1}.`);
    return this.arr(axes === null ? [...a.shape].reverse() : axes.map((x) => a.shape![x < 0 ? x + a.shape!.length : x]), a.dtype);
  }

  squeeze(a: ArrayValue, axisV: Value | undefined, e: A.Call): Value {
    if (!a.shape) return this.arr(null, a.dtype);
    const axis = this.axisOf(axisV);
    if (axis === undefined) return this.arr(null, a.dtype);
    const axes = axis === null ? null : Array.isArray(axis) ? axis : [axis];
    const r = R.squeezeShape(a.shape.map((d) => d.v), axes);
    if (!r.ok) {
      return this.fail(r.error.type === 'AxisError' ? 'axis-out-of-bounds' : 'squeeze-non-one', e, r.error, `The array has shape ${shapeText(a.shape)}; only axes of size 1 can be squeezed.`);
    }
    if (r.value === null) return this.arr(null, a.dtype);
    const keep = axes === null ? a.shape.filter((d) => d.v !== 1) : a.shape.filter((_, i) => !axes.map((x) => (x < 0 ? x + a.shape!.length : x)).includes(i));
    return this.arr(keep, a.dtype, keep.length === 0 ? { scalar: true } : undefined);
  }

  swapaxes(a: ArrayValue, v1: Value | undefined, v2: Value | undefined, e: A.Call): Value {
    const x = this.intOf(v1), y = this.intOf(v2);
    if (!a.shape || x === null || y === null) return this.arr(null, a.dtype);
    const r = R.swapaxesShape(a.shape.map((d) => d.v), x, y);
    if (!r.ok) return this.fail('axis-out-of-bounds', e, r.error);
    const out = [...a.shape];
    const i = x < 0 ? x + out.length : x, j = y < 0 ? y + out.length : y;
    [out[i], out[j]] = [out[j], out[i]];
    return this.arr(out, a.dtype);
  }

  callNumpy(name: string, args: Value[], kw: Kw, e: A.Call): Value {
    return callNumpyFunction(this, this.it, name, args, kw, e);
  }
}

/** An operand made with an explicit new axis whose shape the result keeps (the intent survives). */
/** `i + c`, `i - c`, `c - i`, `i * c` of a loop target's values; null for anything else. */
function shiftSequence(seq: IndexSequence, op: A.OperatorKind, c: number, constantOnLeft: boolean): IndexSequence | null {
  switch (op) {
    case 'Add': return { ...seq, start: seq.start + c };
    case 'Sub': return constantOnLeft ? { ...seq, start: c - seq.start, step: -seq.step } : { ...seq, start: seq.start - c };
    case 'Mult': return { ...seq, start: seq.start * c, step: seq.step * c };
    default: return null;
  }
}

/** The first value of the sequence outside -size..size-1, and its iteration, or null. */
function firstOutOfRange(seq: IndexSequence, size: number): { value: number; iteration: number } | null {
  for (let k = 0; k < Math.min(seq.count, 1_000_000); k++) {
    const v = seq.start + k * seq.step;
    if (v >= size || v < -size) return { value: v, iteration: k };
  }
  return null;
}

/**
 * When both shapes are known sizes that broadcast to one operand's shape, and that shape is
 * what `withProv` would rebuild (it takes, for each result dim, the first operand dim of that
 * size, left operand first), that operand's shape; else null. No allocation.
 */
function sameBroadcastShape(a: Dim[], b: Dim[]): Dim[] | null {
  const n = Math.max(a.length, b.length);
  let toA = a.length === n, toB = b.length === n;
  for (let i = 1; i <= n; i++) {
    const x = i <= a.length ? a[a.length - i].v : 1, y = i <= b.length ? b[b.length - i].v : 1;
    if (typeof x !== 'number' || typeof y !== 'number') return null;
    if (x === y) continue;
    if (x === 1) toA = false;
    else if (y === 1) toB = false;
    else return null;
  }
  if (toA && distinctSizes(a)) return a;
  // b's dims are rebuilt only if none of a's dims has one of their sizes (a is searched first).
  if (toB && distinctSizes(b) && !a.some((d) => b.some((e) => e.v === d.v))) return b;
  return null;
}

function distinctSizes(s: Dim[]): boolean {
  for (let i = 1; i < s.length; i++) for (let j = 0; j < i; j++) if (s[i].v === s[j].v) return false;
  return true;
}

function keepsAxis(x: ArrayValue, shape: Dim[]): boolean {
  return !!x.explicitAxis && x.shape!.length === shape.length && x.shape!.every((d, i) => dimEq(d.v, shape[i].v));
}

function knownSize(v: DimValue): boolean {
  return typeof v === 'number' || isSym(v);
}

function sliceList<T>(items: T[], start: number | null, stop: number | null, step: number): T[] {
  const n = items.length;
  const out: T[] = [];
  if (step === 0) return out;
  if (step > 0) {
    let s = start === null ? 0 : start < 0 ? Math.max(0, start + n) : Math.min(start, n);
    const e = stop === null ? n : stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
    for (; s < e; s += step) out.push(items[s]);
  } else {
    let s = start === null ? n - 1 : start < 0 ? start + n : Math.min(start, n - 1);
    const e = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + n) : stop;
    for (; s > e; s += step) out.push(items[s]);
  }
  return out;
}

// The long table of numpy functions lives in numpyFunctions.ts to keep this file readable.
import { callNumpyFunction } from './numpyFunctions';
export { ELEMENTWISE_UNARY, ELEMENTWISE_BINARY, BOOL_RESULT, REDUCTIONS, CUMULATIVE, isUfunc, canonicalUfuncName };
export type { ListValue };

/** Whether a dim of the shape has a length per loop iteration (a loop without allocation: broadcasting is hot). */
function hasPerIteration(shape: Dim[]): boolean {
  for (let i = 0; i < shape.length; i++) if (shape[i].perIteration) return true;
  return false;
}

/**
 * The length of `x[a:b:step]` on each iteration of a `range` loop, for an axis of known size
 * when a bound is the loop target (shifted or scaled: `x[i:i + bs]`) and the other is too (of
 * the same loop and run) or a known int or absent; null otherwise.
 */
function sliceLengths(size: number, start: Value, stop: Value, step: number): IterationLengths | null {
  const a = start.k === 'int' ? start.seq ?? null : null, b = stop.k === 'int' ? stop.seq ?? null : null;
  const seq = a ?? b;
  if (!seq || (a && b && (a.loop !== b.loop || a.pass !== b.pass || a.count !== b.count))) return null;
  const fixed = (v: Value): number | null | undefined => (v.k === 'none' ? null : v.k === 'int' && typeof v.d.v === 'number' ? v.d.v : undefined);
  const fa = a ? undefined : fixed(start), fb = b ? undefined : fixed(stop);
  if ((!a && fa === undefined) || (!b && fb === undefined)) return null;
  return {
    seq,
    lengthAt: (k: number): number => R.sliceLength(size, a ? a.start + k * a.step : fa!, b ? b.start + k * b.step : fb!, step) as number,
  };
}

/** The ints of a (nested) list or tuple of known ints, in C order; null when any is not one. */
function knownInts(v: Value): number[] | null {
  const out: number[] = [];
  const walk = (x: Value): boolean => {
    if (x.k === 'int') {
      if (typeof x.d.v !== 'number') return false;
      out.push(x.d.v);
      return true;
    }
    const items = x.k === 'list' ? x.items : x.k === 'tuple' ? x.items : null;
    if (!items) return false;
    for (const y of items) if (!walk(y)) return false;
    return true;
  };
  return walk(v) ? out : null;
}
