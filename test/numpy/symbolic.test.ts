// Symbolic shapes through the rules: the analyzer's promise is that an error comes back only
// when NumPy raises for every value of the symbols. Named cases pin the behaviour the static
// analyzer relies on; the property suite checks soundness against the concrete rules (which
// the golden tests tie to NumPy) by substituting many values for the symbols.
import { strict as assert } from 'node:assert';
import * as np from '../../src/numpy';
import type { Dim, RuleResult, Shape } from '../../src/numpy';

const n = np.symDim('n'), m = np.symDim('m'), k = np.symDim('k');
const show = (r: RuleResult<Shape>) => (r.ok ? np.shapeToString(r.value) : `${r.error.type}: ${r.error.message}`);

describe('numpy rules with symbolic shapes', () => {
  it('(n,3)+(n,1) is (n, 3)', () => assert.equal(show(np.broadcastOperands([[n, 3], [n, 1]])), '(n, 3)'));
  it('(n,3)@(4,2) is a definite error because 3 != 4', () =>
    assert.equal(show(np.matmulShape([n, 3], [4, 2])), 'ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 4 is different from 3)'));
  it('(n,3)@(3,m) is (n, m)', () => assert.equal(show(np.matmulShape([n, 3], [3, m])), '(n, m)'));
  it('(n,)+(m,) is no error and an unknown dim', () => assert.equal(show(np.broadcastOperands([[n], [m]])), '(?,)'));
  it('(n,1)+(1,m) is (n, m)', () => assert.equal(show(np.broadcastOperands([[n, 1], [1, m]])), '(n, m)'));
  it('(n,)+(4,) is (4,): n can only be 1 or 4', () => assert.equal(show(np.broadcastOperands([[n], [4]])), '(4,)'));
  it('(2*n,)+(3,) is a definite error: 2*n is never 1 or 3', () =>
    assert.equal(show(np.broadcastOperands([[np.dimMul(2, n)], [3]])), 'ValueError: operands could not be broadcast together with shapes (2*n,) (3,) '));
  it('(n,)+(n+1,) is not an error: n=0 broadcasts against 1', () =>
    assert.equal(show(np.broadcastOperands([[n], [np.dimAdd(n, 1)]])).startsWith('('), true));
  it('(n+2,)+(n+3,) is an error: neither can be 1 and they always differ', () =>
    assert.equal(show(np.broadcastOperands([[np.dimAdd(n, 2)], [np.dimAdd(n, 3)]])).startsWith('ValueError'), true));
  it('reshape (n,4) to (-1,2) infers 2*n', () => assert.equal(show(np.reshapeShape([n, 4], [-1, 2])), '(2*n, 2)'));
  it('reshape (n,3) to (-1,2) infers an opaque dim, not an error', () => assert.equal(show(np.reshapeShape([n, 3], [-1, 2])), '((3*n)//2, 2)'));
  it('reshape (n,3) to (n,4) is an error for every n except 0 — not provable, so no error', () =>
    assert.equal(show(np.reshapeShape([n, 3], [n, 4])), '(n, 4)'));
  it('reshape (n,3) to (n+1,3) is a definite error', () =>
    assert.equal(show(np.reshapeShape([np.dimAdd(n, 1), 3], [np.dimAdd(n, 2), 3])), 'ValueError: cannot reshape array of size 3*n+3 into shape (n+2,3)'));
  it('C*H*W flattening', () => {
    const [C, H, W, B] = ['C', 'H', 'W', 'B'].map(np.symDim);
    assert.equal(show(np.reshapeShape([B, C, H, W], [B, -1])), '(B, C*H*W)');
  });
  it('sum over axis 0 of (n, d)', () => {
    const r = np.reduction('sum', [n, 3], 'float64', { axis: 0 });
    assert.equal(r.ok && np.shapeToString(r.value.shape), '(3,)');
  });
  it('axis out of range is an error whatever the dims', () =>
    assert.equal(show(np.reduceShape([n, m], 2)), 'AxisError: axis 2 is out of bounds for array of dimension 2'));
  it('concatenate along 0 adds symbolic lengths', () => assert.equal(show(np.concatenateShape([[n, 3], [m, 3]], 0)), '(m+n, 3)'));
  it('concatenate with provably different other dims is an error', () =>
    assert.equal(show(np.concatenateShape([[n, 3], [m, 4]], 0)).startsWith('ValueError: all the input array dimensions'), true));
  it('x[1:] of n is n-1, x[::2] is ceil(n/2)', () => {
    assert.equal(show(np.indexShape([n], [{ kind: 'slice', start: 1 }])), '(n-1,)');
    assert.equal(show(np.indexShape([n], [{ kind: 'slice', step: 2 }])), '(ceil(n/2),)');
  });
  it('x[:5] on n is min(n,5)', () => assert.equal(show(np.indexShape([n, 3], [{ kind: 'slice', stop: 5 }])), '(min(n,5), 3)'));
  it('x[mask] has an unknown length', () => assert.equal(show(np.indexShape([n, 3], [{ kind: 'boolArray', shape: [n, 3] }])), '(?,)'));
  it('x[5] on n is not an error (n may be large)', () => assert.equal(show(np.indexShape([n], [{ kind: 'int', value: 5 }])), '()'));
  it('x[5] on n+0 with n bounded is still unknown, but on 3 it is an error', () =>
    assert.equal(show(np.indexShape([3], [{ kind: 'int', value: 5 }])), 'IndexError: index 5 is out of bounds for axis 0 with size 3'));
  it('solve((n,n),(n,k)) is (n, k)', () => assert.equal(show(np.solveShape([n, n], [n, k])), '(n, k)'));
  it('inv((n,m)) is not an error (n may equal m)', () => assert.equal(show(np.invShape([n, m])), '(n, m)'));
  it('inv((n,n+1)) is a definite error', () =>
    assert.equal(show(np.invShape([n, np.dimAdd(n, 1)])), 'LinAlgError: Last 2 dimensions of the array must be square'));
  it('squeeze without axis of a shape with symbols has unknown rank (null)', () => {
    const r = np.squeezeShape([n, 1]);
    assert.equal(r.ok && r.value, null);
  });
  it('einsum with symbolic sizes', () => assert.equal(show(np.einsumShape('ij,jk->ik', [[n, k], [k, m]])), '(n, m)'));
  it('in-place (n,1) += (n,m) is not provably an error', () => assert.equal(show(np.broadcastToOutput([[n, 1], [n, m]], [n, 1])), '(n, 1)'));
  it('in-place (n,1) += (n,3) is a definite error', () =>
    assert.equal(show(np.broadcastToOutput([[n, 1], [n, 3]], [n, 1])), "ValueError: non-broadcastable output operand with shape (n,1) doesn't match the broadcast shape (n,3)"));
});

// ------------------------------------------------------------------ soundness property
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYMS = ['n', 'm', 'k'];

function randomDim(r: () => number): Dim {
  const x = r();
  if (x < 0.45) return 1 + Math.floor(r() * 4);
  if (x < 0.55) return 1;
  const s = np.symDim(SYMS[Math.floor(r() * SYMS.length)]);
  if (x < 0.85) return s;
  if (x < 0.92) return np.dimAdd(s, 1 + Math.floor(r() * 2));
  return np.dimMul(2, s);
}

function randomShape(r: () => number, maxNd = 3): Dim[] {
  return Array.from({ length: Math.floor(r() * (maxNd + 1)) }, () => randomDim(r));
}

/** A shape like `s` (trailing-aligned), so that operations often succeed. */
function related(r: () => number, s: Shape): Dim[] {
  const out = s.slice(Math.floor(r() * 2) === 0 ? 0 : Math.min(s.length, 1)).map((d) => (r() < 0.25 ? 1 : r() < 0.2 ? randomDim(r) : d));
  return r() < 0.15 ? [randomDim(r), ...out] : out;
}

/** A rule under test; an ok null value means the rank is unknown (no claim to check). */
type Op = { name: string; run: (shapes: Shape[]) => RuleResult<Shape | null> };
const OPS: Op[] = [
  { name: 'broadcast', run: ([a, b]) => np.broadcastOperands([a, b]) },
  { name: 'broadcast3', run: ([a, b, c]) => np.broadcastOperands([a, b, c]) },
  { name: 'out', run: ([a, b]) => np.broadcastToOutput([a, b], a) },
  { name: 'matmul', run: ([a, b]) => np.matmulShape(a, b) },
  { name: 'dot', run: ([a, b]) => np.dotShape(a, b) },
  { name: 'concat0', run: ([a, b]) => np.concatenateShape([a, b], 0) },
  { name: 'stack', run: ([a, b]) => np.stackShape([a, b], 0) },
  { name: 'reshape', run: ([a, b]) => np.reshapeShape(a, b.length > 0 ? [...b.slice(1), -1] : []) },
  { name: 'solve', run: ([a, b]) => np.solveShape(a, b) },
  { name: 'inv', run: ([a]) => np.invShape(a) },
  { name: 'einsum', run: ([a, b]) => (a.length === 2 && b.length === 2 ? np.einsumShape('ij,jk->ik', [a, b]) : np.ok([])) },
  { name: 'index', run: ([a]) => np.indexShape(a, [{ kind: 'slice', start: 1 }, { kind: 'int', value: 2 }]) },
  { name: 'broadcast_to', run: ([a, b]) => np.broadcastTo(a, b) },
  { name: 'concat1', run: ([a, b]) => np.concatenateShape([a, b], 1) },
  { name: 'concat-1', run: ([a, b, c]) => np.concatenateShape([a, b, c], -1) },
  { name: 'vstack', run: ([a, b]) => np.vstackShape([a, b]) },
  { name: 'hstack', run: ([a, b]) => np.hstackShape([a, b]) },
  { name: 'column_stack', run: ([a, b]) => np.columnStackShape([a, b]) },
  { name: 'tensordot1', run: ([a, b]) => np.tensordotShape(a, b, 1) },
  { name: 'inner', run: ([a, b]) => np.innerShape(a, b) },
  { name: 'outer', run: ([a, b]) => np.outerShape(a, b) },
  { name: 'sum0', run: ([a]) => mapShape(np.reduction('sum', a, 'float64', { axis: 0 })) },
  { name: 'max-1k', run: ([a]) => mapShape(np.reduction('max', a, 'float64', { axis: -1, keepdims: true })) },
  { name: 'argmax', run: ([a]) => mapShape(np.reduction('argmax', a, 'float64', { axis: 0 })) },
  { name: 'transpose', run: ([a]) => np.transposeShape(a, a.map((_, i) => a.length - 1 - i)) },
  { name: 'squeeze0', run: ([a]) => mapNull(np.squeezeShape(a, 0)) },
  { name: 'expand_dims', run: ([a]) => np.expandDimsShape(a, [0, -1]) },
  { name: 'tile', run: ([a, b]) => np.tileShape(a, b) },
  { name: 'split2', run: ([a]) => mapFirst(np.arraySplitShapes(a, 2, 0)) },
  { name: 'split-idx', run: ([a]) => mapFirst(np.arraySplitShapes(a, [1, 2], 0), 1) },
  { name: 'where', run: ([a, b, c]) => mapShape(np.whereResult(a, b, c, 'float64', 'float64')) },
  { name: 'matmul3', run: ([a, b, c]) => (c.length >= 2 ? np.matmulShape(a, b, c) : np.matmulShape(a, b)) },
  { name: 'index-adv', run: ([a, b]) => np.indexShape(a, [{ kind: 'intArray', shape: b }, { kind: 'slice' }]) },
  { name: 'index-mix', run: ([a, b, c]) => np.indexShape(a, [{ kind: 'slice' }, { kind: 'intArray', shape: b }, { kind: 'intArray', shape: c }]) },
  { name: 'index-split', run: ([a, b, c]) => np.indexShape(a, [{ kind: 'intArray', shape: b }, { kind: 'slice' }, { kind: 'intArray', shape: c }]) },
  { name: 'index-mask', run: ([a, b]) => np.indexShape(a, [{ kind: 'boolArray', shape: b.slice(0, Math.min(b.length, a.length)) }]) },
  { name: 'index-int', run: ([a]) => np.indexShape(a, [{ kind: 'int', value: -2 }, { kind: 'newaxis' }, { kind: 'ellipsis' }, { kind: 'int', value: 1 }]) },
  { name: 'index-slices', run: ([a]) => np.indexShape(a, [{ kind: 'slice', stop: 2 }, { kind: 'slice', start: -2 }, { kind: 'slice', step: 2 }]) },
  { name: 'setitem', run: ([a, b]) => np.setitemShape(a, [{ kind: 'slice', start: 1 }], b) },
  { name: 'setitem-mask', run: ([a, b]) => np.setitemShape(a, [{ kind: 'boolArray', shape: a, trueCount: a.length > 0 ? a[0] : 1 }], b.slice(0, 1)) },
  { name: 'repeat', run: ([a]) => np.repeatShape(a, 2, a.length > 0 ? 0 : null) },
  { name: 'diag', run: ([a]) => np.diagShape(a.slice(0, 2)) },
  { name: 'cross', run: ([a, b]) => np.crossShape(a, b) },
  { name: 'kron', run: ([a, b]) => np.kronShape(a, b) },
  { name: 'diff', run: ([a]) => np.diffShape(a, 2, 0) },
  { name: 'take', run: ([a, b]) => np.takeShape(a, b, 0, [2, -1]) },
];

function mapShape(r: RuleResult<{ shape: Shape }>): RuleResult<Shape> {
  return r.ok ? np.ok(r.value.shape) : r;
}
function mapNull(r: RuleResult<Shape | null>): RuleResult<Shape> {
  return r.ok ? np.ok(r.value ?? []) : r;
}
function mapFirst(r: RuleResult<Shape[]>, i = 0): RuleResult<Shape> {
  return r.ok ? np.ok(r.value[i] ?? []) : r;
}

describe('numpy rules: symbolic results are sound for every substitution', () => {
  for (const op of OPS) {
    it(`${op.name}: a definite error holds for all values, a shape matches where NumPy succeeds`, () => {
      const r = rng(op.name.length * 7919 + 17);
      const problems: string[] = [];
      for (let trial = 0; trial < 400 && problems.length < 5; trial++) {
        const a = randomShape(r);
        const shapes = [a, related(r, a), related(r, a)];
        const sym = op.run(shapes);
        for (let v = 0; v < 12; v++) {
          const env: Record<string, number> = {};
          // index slices x[1:] assume the axis is at least the bound, so values stay >= 3 there.
          const slicing = /index|split-idx|setitem/.test(op.name);
          for (const s of SYMS) env[s] = slicing ? 3 + Math.floor(r() * 4) : Math.floor(r() * 6);
          const conc = op.run(shapes.map((s) => np.substituteShape(s, env)));
          const where = `${shapes.map(np.shapeToString).join(' ')} with ${JSON.stringify(env)}`;
          if (!sym.ok && conc.ok) problems.push(`${where}: symbolic error "${sym.error.message}" but concrete gives ${np.shapeToString(conc.value ?? [])}`);
          if (sym.ok && conc.ok && sym.value !== null && conc.value !== null) {
            const sub = np.substituteShape(sym.value, env);
            const want = conc.value;
            const agree = sub.length === want.length && sub.every((d, i) => typeof d !== 'number' || d === want[i]);
            if (!agree) problems.push(`${where}: symbolic ${np.shapeToString(sym.value)} but concrete ${np.shapeToString(want)}`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('numpy rules: broadcast alignment for hovers and warnings', () => {
  it('(n,1) + (n,) stretches the first along axis 1 and prepends to the second', () => {
    const r = np.broadcastAlignment([[n, 1], [n]]);
    assert.equal(r.shape && np.shapeToString(r.shape), '(n, n)');
    assert.deepEqual(r.stretched.map((s) => `${s.operand}:${s.axis}:${s.kind}:${np.dimToString(s.to)}`), ['1:0:prepended:n']);
  });
  it('(3,1) + (4,) stretches the first to 4 and prepends 3 to the second', () => {
    const r = np.broadcastAlignment([[3, 1], [4]]);
    assert.deepEqual(r.stretched.map((s) => `${s.operand}:${s.axis}:${s.kind}:${np.dimToString(s.to)}`), ['0:1:stretched:4', '1:0:prepended:3']);
  });
  it('aligned rows pad missing dims with null', () => {
    assert.deepEqual(np.broadcastAlignment([[2, 3], [3]]).aligned, [[2, 3], [null, 3]]);
  });
});
