// Replays NumPy 2.4.6's verdicts from test/numpy/golden/*.jsonl (made by
// scripts/golden/numpy_rules.py) through the rule functions of src/numpy: every case must give
// the same result shape and dtype, or the same exception class and message. One `it` per case,
// titled with the case itself, so a failure names the exact operation.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as np from '../../src/numpy';
import type { DType, IndexItem, Operand, RuleResult, Shape } from '../../src/numpy';

type Spec = [number[], DType] | { w: 'bool' | 'int' | 'float' | 'complex'; v: number | boolean };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Case = Record<string, any> & { op: string; r?: unknown; e?: [string, string] };

function operandOf(s: Spec): np.UfuncArg {
  if (Array.isArray(s)) return { shape: s[0], dtype: s[1] };
  const v = typeof s.v === 'boolean' ? undefined : s.v;
  return { shape: [], dtype: np.weakScalar(s.w, s.w === 'int' ? v : undefined) };
}

/** Golden shapes are concrete: turn a rule's shape into plain numbers (fails on symbolic). */
function concrete(shape: Shape): number[] {
  return shape.map((d) => {
    if (typeof d !== 'number') throw new Error(`symbolic dim ${np.dimToString(d)} for a concrete case`);
    return d;
  });
}

type Outcome = { r: unknown } | { e: [string, string] };

function from<T>(res: RuleResult<T>, f: (v: T) => unknown): Outcome {
  return res.ok ? { r: f(res.value) } : { e: [res.error.type, res.error.message] };
}

function from1(r: RuleResult<Shape>): RuleResult<Shape[]> {
  return r.ok ? np.ok([r.value]) : r;
}

function sd(shape: Shape, dtype: DType): [number[], string] {
  return [concrete(shape), dtype];
}

function axisArg(a: unknown): number | number[] | null {
  return a === 'none' || a === null || a === undefined ? null : (a as number | number[]);
}

function indexItems(items: Record<string, unknown>[]): IndexItem[] {
  return items.map((it): IndexItem => {
    if ('i' in it) return { kind: 'int', value: it.i as number };
    if ('s' in it) { const [start, stop, step] = it.s as (number | null)[]; return { kind: 'slice', start, stop, step }; }
    if ('n' in it) return { kind: 'newaxis' };
    if ('e' in it) return { kind: 'ellipsis' };
    if ('b' in it) return { kind: 'bool', value: it.b as boolean };
    if ('ia' in it) return { kind: 'intArray', shape: it.ia as number[], values: it.v as number[] };
    if ('ba' in it) return { kind: 'boolArray', shape: it.ba as number[], trueCount: (it.v as boolean[]).filter(Boolean).length };
    return { kind: 'invalid' };
  });
}

function replay(c: Case): Outcome {
  switch (c.op) {
    case 'promote': return { r: np.promoteTypes(c.a, c.b) };
    case 'can_cast': return { r: np.canCast(c.a, c.b, c.casting) };
    case 'result_type': return { r: np.resultType(...(c.ops as (Spec | DType)[]).map((s) => (typeof s === 'string' ? s : operandOf(s).dtype))) };
    case 'sizestr': return { r: np.sizeToString(c.n) };
    case 'join_dtype': return from(np.joinDType(c.dtypes, { dtype: c.dtype, casting: c.casting }), (v) => v);
    case 'arange': return from(np.arangeResult((c.args as Spec[]).map((a) => { const w = a as { w: 'int' | 'float'; v: number }; return np.weakScalar(w.w, w.v); })), (v) => sd(v.shape, v.dtype));
    case 'astype': return from(np.astypeCheck(c.a, c.b, c.casting), (v) => v);
    case 'zeros': return from(np.creationShape(c.shape), (s) => sd(s, 'float64'));
    case 'function_dtype': return from(np.functionDType(c.name, c.dtype), (v) => v);
    case 'cross': return from(np.crossShape(c.a, c.b), (s) => sd(s!, 'float64'));
    case 'kron': return from(np.kronShape(c.a, c.b), (s) => sd(s, 'float64'));
    case 'diff': return from(np.diffShape(c.shape, c.n, c.axis), (s) => sd(s, 'float64'));
    case 'take': return from(np.takeShape(c.shape, c.ind, c.axis, c.v), (s) => sd(s, 'float64'));
    case 'along_axis': return from(np.sameShapeAlongAxis(c.shape, c.axis, c.name !== 'roll', c.name === 'argsort'), (s) => sd(s, c.name === 'argsort' ? 'int64' : 'float64'));
    case 'append': return from(np.appendShape(c.a, c.b, c.axis), (s) => sd(s, 'float64'));
    case 'decomp': {
      const s = c.shape as number[];
      const r: RuleResult<Shape[]> = c.name === 'eig' || c.name === 'eigh' ? np.eigShapes(s) : c.name === 'svd' ? np.svdShapes(s)
        : c.name === 'svd_reduced' ? np.svdShapes(s, false) : c.name === 'svd_s' ? np.svdShapes(s, true, false)
        : c.name === 'qr' ? np.qrShapes(s) : c.name === 'matrix_power' ? from1(np.matrixPowerShape(s)) : from1(np.matrixRankShape(s));
      return from(r, (l) => l.map(concrete));
    }
    case 'alloc': return from(np.checkAllocation(c.shape, c.dtype, 2 ** 40), () => 'allocated');
    case 'unpack': return from(np.unpackCheck(c.ndim, c.targets, c.starred), (v) => v);
    case 'ufunc': {
      const out = c.out ? { shape: c.out[0], dtype: c.out[1] } : undefined;
      return from(np.ufuncCall(c.name, (c.args as Spec[]).map(operandOf), { dtype: c.dtype, out }), (v) => sd(v.shape, v.dtype));
    }
    case 'inplace': {
      const [a, b] = (c.args as Spec[]).map(operandOf);
      return from(np.ufuncCall(c.name, [a, b], { out: { shape: a.shape, dtype: a.dtype as DType } }), (v) => sd(v.shape, v.dtype));
    }
    case 'broadcast_shapes': return from(np.broadcastShapes(c.shapes), concrete);
    case 'broadcast_to': return from(np.broadcastTo(c.shape, c.target), (s) => sd(s, 'float64'));
    case 'reduce': {
      const [shape, dt] = c.a as [number[], DType];
      // The generator passes keepdims only when true; count_nonzero's scalar results are recorded as 'int'.
      return from(np.reduction(c.name, shape, dt, { axis: axisArg(c.axis), keepdims: c.keepdims ? true : undefined, dtype: c.dtype }), (v) =>
        c.name === 'count_nonzero' && v.shape.length === 0 ? [[], 'int'] : sd(v.shape, v.dtype));
    }
    case 'matmul': case 'dot': case 'inner': case 'outer': case 'vdot': case 'tensordot': {
      const [sa, da] = c.a as [number[], DType];
      const [sb, db] = c.b as [number[], DType];
      const res = c.op === 'matmul' ? np.matmulShape(sa, sb, c.out) : c.op === 'dot' ? np.dotShape(sa, sb)
        : c.op === 'inner' ? np.innerShape(sa, sb) : c.op === 'outer' ? np.outerShape(sa, sb)
        : c.op === 'vdot' ? np.vdotShape(sa, sb) : np.tensordotShape(sa, sb, c.axes);
      return from(res, (s) => sd(s, c.out ? 'float64' : np.productDType(c.op as np.ProductName, da, db)));
    }
    case 'linalg': {
      const [s, dt] = c.a as [number[], DType];
      if (c.name === 'solve') return from(np.solveResult(s, c.b[0], dt, c.b[1]), (v) => sd(v.shape, v.dtype));
      const shape = c.name === 'inv' ? np.invShape(s) : c.name === 'det' || c.name === 'slogdet' ? np.detShape(s)
        : c.name === 'solve' ? np.solveShape(s, c.b[0]) : c.name === 'pinv' ? np.pinvShape(s)
        : c.name === 'eigvals' ? np.eigvalsShape(s) : np.normShape(s, c.axis, c.keepdims, c.ord);
      if (c.name === 'norm') return from(np.normResult(s, dt, { axis: c.axis, keepdims: c.keepdims, ord: c.ord ? 2 : null }), (v) => sd(v.shape, v.dtype));
      if (!shape.ok) return from(shape, () => null);
      const dtr = np.linalgDType(dt);
      if (!dtr.ok) return from(dtr, () => null);
      let outDt = dtr.value;
      if (c.name === 'solve') {
        const common = np.linalgCommonDType(dt, c.b[1]);
        if (!common.ok) return from(common, () => null);
        outDt = common.value;
      }
      if (c.name === 'slogdet') outDt = np.normDType(outDt);
      if (c.name === 'eigvals') return { r: [concrete(shape.value), (c.r as [unknown, string] | undefined)?.[1] ?? outDt] };
      return { r: sd(shape.value, outDt) };
    }
    case 'reshape': return from(np.reshapeShape(c.shape, c.new), (s) => sd(s, 'float64'));
    case 'transpose': return from(np.transposeShape(c.shape, c.axes), (s) => sd(s, 'float64'));
    case 'swapaxes': return from(np.swapaxesShape(c.shape, c.a1, c.a2), (s) => sd(s, 'float64'));
    case 'moveaxis': return from(np.moveaxisShape(c.shape, c.src, c.dst), (v) => sd(v.shape, 'float64'));
    case 'squeeze': return from(np.squeezeShape(c.shape, c.axis), (s) => sd(s!, 'float64'));
    case 'expand_dims': return from(np.expandDimsShape(c.shape, c.axis), (s) => sd(s, 'float64'));
    case 'flip': return from(np.flipShape(c.shape, c.axis), (s) => sd(s, 'float64'));
    case 'concatenate': return from(np.concatenateShape(c.shapes, c.axis), (s) => sd(s, 'float64'));
    case 'stack': return from(np.stackShape(c.shapes, c.axis), (s) => sd(s, 'float64'));
    case 'vstack': return from(np.vstackShape(c.shapes), (s) => sd(s, 'float64'));
    case 'hstack': return from(np.hstackShape(c.shapes), (s) => sd(s, 'float64'));
    case 'dstack': return from(np.dstackShape(c.shapes), (s) => sd(s, 'float64'));
    case 'column_stack': return from(np.columnStackShape(c.shapes), (s) => sd(s, 'float64'));
    case 'split': return from(np.splitShapes(c.shape, c.spec, c.axis), (l) => l.map(concrete));
    case 'array_split': return from(np.arraySplitShapes(c.shape, c.spec, c.axis), (l) => l.map(concrete));
    case 'index': return from(np.indexShape(c.shape, indexItems(c.items)), (s) => sd(s, 'float64'));
    case 'setitem': return from(np.setitemShape(c.shape, indexItems(c.items), c.value), concrete);
    case 'einsum': return from(np.einsumShape(c.sub, c.shapes), (s) => sd(s, 'float64'));
    case 'where': {
      const [x, y] = [operandOf(c.x), operandOf(c.y)];
      return from(np.whereResult(c.c, x.shape, y.shape, x.dtype, y.dtype), (v) => sd(v.shape, v.dtype));
    }
    case 'clip': {
      const a = operandOf(c.a);
      const lo = c.lo === null ? null : operandOf(c.lo);
      const hi = c.hi === null ? null : operandOf(c.hi);
      return from(np.clipResult(a.shape, lo && lo.shape, hi && hi.shape, a.dtype, lo && lo.dtype, hi && hi.dtype), (v) => sd(v.shape, v.dtype));
    }
    case 'tile': return from(np.tileShape(c.shape, c.reps), (s) => sd(s, 'float64'));
    case 'repeat': return from(np.repeatShape(c.shape, c.reps, c.axis), (s) => sd(s, 'float64'));
    case 'diag': return from(np.diagShape(c.shape, c.k), (s) => sd(s, 'float64'));
    default: throw new Error(`unknown golden op ${c.op}`);
  }
}

function expected(c: Case): Outcome {
  return c.e ? { e: c.e } : { r: c.r };
}

for (const file of ['dtype_rules.jsonl', 'shape_rules.jsonl']) {
  const lines = readFileSync(path.join(__dirname, 'golden', file), 'utf8').split('\n').filter(Boolean);
  describe(`numpy rules golden: ${file}`, () => {
    for (const line of lines) {
      const c = JSON.parse(line) as Case;
      const { r: _r, e: _e, ...input } = c;
      it(JSON.stringify(input), () => {
        let got: Outcome;
        try {
          got = replay(c);
        } catch (err) {
          got = { e: ['<threw>', String(err)] };
        }
        assert.deepEqual(got, expected(c));
      });
    }
  });
}
