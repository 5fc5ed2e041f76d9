// The operator module: the operators as functions (add, mul, truediv, matmul, lt, eq, not_,
// getitem, contains, ..., and the in-place iadd family), plus itemgetter, attrgetter (dotted
// names) and methodcaller objects with CPython's reprs, so `sorted(pairs, key=itemgetter(1))`
// and `functools.reduce(operator.mul, shape)` work on any value the evaluator has, arrays included.
import { Kwargs, PyBuiltin, PyClass, PyModule, PyNative, PyTuple, PyValue } from './values';
import { T, throwErr } from './types';
import { current } from './interp';
import {
  binop, callValue, compare, contains, delitem, getattr, getitem, inplaceOp, pyEq, pyIs, repr, setitem, toArray, toIndex,
  truthy, unaryop,
} from './runtime';

function arity(name: string, a: PyValue[], n: number): void {
  if (a.length !== n) throwErr('TypeError', `${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${a.length}`);
}

class Getter extends PyNative {
  constructor(private kind: 'itemgetter' | 'attrgetter' | 'methodcaller', private items: PyValue[], private kwargs: Kwargs = null) { super(); }
  pyType(): PyClass { return getterClasses[this.kind]; }
  override call(args: PyValue[], kwargs: Kwargs): PyValue {
    if (kwargs && kwargs.size) throwErr('TypeError', `${this.kind}() takes no keyword arguments`);
    if (args.length !== 1) throwErr('TypeError', `${this.kind} expected 1 argument, got ${args.length}`);
    const obj = args[0];
    if (this.kind === 'methodcaller') {
      return callValue(getattr(obj, this.items[0] as string), this.items.slice(1), this.kwargs);
    }
    const one = (k: PyValue) => (this.kind === 'itemgetter' ? getitem(obj, k) : (k as string).split('.').reduce<PyValue>((o, n) => getattr(o, n), obj));
    return this.items.length === 1 ? one(this.items[0]) : new PyTuple(this.items.map(one));
  }
  override repr(): string {
    const parts = this.items.map(repr);
    if (this.kwargs) for (const [k, v] of this.kwargs) parts.push(`${k}=${repr(v)}`);
    return `operator.${this.kind}(${parts.join(', ')})`;
  }
}
const getterClasses = {
  itemgetter: new PyClass('itemgetter', [T.object], 'operator'),
  attrgetter: new PyClass('attrgetter', [T.object], 'operator'),
  methodcaller: new PyClass('methodcaller', [T.object], 'operator'),
};

const BINARY: Record<string, string> = {
  add: 'Add', sub: 'Sub', mul: 'Mult', matmul: 'MatMult', truediv: 'Div', floordiv: 'FloorDiv', mod: 'Mod', pow: 'Pow',
  lshift: 'LShift', rshift: 'RShift', and_: 'BitAnd', or_: 'BitOr', xor: 'BitXor',
};
const COMPARE: Record<string, string> = { lt: 'Lt', le: 'LtE', gt: 'Gt', ge: 'GtE', eq: 'Eq', ne: 'NotEq' };

export function makeOperatorModule(): PyModule {
  const m = new PyModule('operator');
  const def = (name: string, fn: (a: PyValue[]) => PyValue) => {
    const b = new PyBuiltin(name, (a) => fn(a));
    m.dict.set(name, b);
    if (!name.endsWith('_') || name === 'not_') m.dict.set(`__${name.replace(/_$/, '')}__`, b);
  };
  for (const [name, op] of Object.entries(BINARY)) {
    def(name, (a) => { arity(name, a, 2); return binop(op, a[0], a[1]); });
    def(`i${name.replace(/_$/, '')}`, (a) => { arity(`i${name}`, a, 2); return inplaceOp(op, a[0], a[1]); });
  }
  for (const [name, op] of Object.entries(COMPARE)) def(name, (a) => { arity(name, a, 2); return compare(op, a[0], a[1]); });
  def('neg', (a) => { arity('neg', a, 1); return unaryop('USub', a[0]); });
  def('pos', (a) => { arity('pos', a, 1); return unaryop('UAdd', a[0]); });
  def('invert', (a) => { arity('invert', a, 1); return unaryop('Invert', a[0]); });
  def('inv', (a) => { arity('inv', a, 1); return unaryop('Invert', a[0]); });
  def('not_', (a) => { arity('not_', a, 1); return !truthy(a[0]); });
  def('truth', (a) => { arity('truth', a, 1); return truthy(a[0]); });
  def('abs', (a) => { arity('abs', a, 1); return callValue(absBuiltin(), [a[0]], null); });
  def('index', (a) => { arity('index', a, 1); return toIndex(a[0]); });
  def('is_', (a) => { arity('is_', a, 2); return pyIs(a[0], a[1]); });
  def('is_not', (a) => { arity('is_not', a, 2); return !pyIs(a[0], a[1]); });
  def('contains', (a) => { arity('contains', a, 2); return contains(a[0], a[1]); });
  def('concat', (a) => { arity('concat', a, 2); return binop('Add', a[0], a[1]); });
  def('getitem', (a) => { arity('getitem', a, 2); return getitem(a[0], a[1]); });
  def('setitem', (a) => { arity('setitem', a, 3); setitem(a[0], a[1], a[2]); return null; });
  def('delitem', (a) => { arity('delitem', a, 2); delitem(a[0], a[1]); return null; });
  def('countOf', (a) => { arity('countOf', a, 2); return toArray(a[0]).filter((x) => x === a[1] || pyEq(x, a[1])).length; });
  def('indexOf', (a) => {
    arity('indexOf', a, 2);
    const i = toArray(a[0]).findIndex((x) => x === a[1] || pyEq(x, a[1]));
    if (i < 0) throwErr('ValueError', 'sequence.index(x): x not in sequence');
    return i;
  });
  m.dict.set('itemgetter', new PyBuiltin('itemgetter', (a) => {
    if (!a.length) throwErr('TypeError', 'itemgetter expected 1 argument, got 0');
    return new Getter('itemgetter', a);
  }));
  m.dict.set('attrgetter', new PyBuiltin('attrgetter', (a) => {
    if (!a.length) throwErr('TypeError', 'attrgetter expected 1 argument, got 0');
    for (const x of a) if (typeof x !== 'string') throwErr('TypeError', 'attribute name must be a string');
    return new Getter('attrgetter', a);
  }));
  m.dict.set('methodcaller', new PyBuiltin('methodcaller', (a, k) => {
    if (!a.length) throwErr('TypeError', 'methodcaller needs at least one argument, the method name');
    if (typeof a[0] !== 'string') throwErr('TypeError', 'method name must be a string');
    return new Getter('methodcaller', a, k && k.size ? k : null);
  }));
  return m;
}

/** The builtin abs of the running interpreter (arrays and NumPy scalars included). */
function absBuiltin(): PyValue {
  return current.interp?.builtins.get('abs') ?? null;
}
