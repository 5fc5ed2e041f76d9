// The copy module: copy.copy (shallow) and copy.deepcopy (recursive, with CPython's memo dict
// keyed by id() so shared and cyclic references stay shared and cyclic), the __copy__ and
// __deepcopy__(memo) hooks of user classes, NumPy arrays (an independent array; NumPy's
// scalars and dtypes are immutable and come back as they are), dict subclasses
// (defaultdict, Counter keep their class and factory), namedtuples, sets and instances.
import {
  HashStore, PyBoundMethod, PyBuiltin, PyClass, PyDict, PyFunction, PyInstance, PyIterator, PyList, PyModule, PyNamedTuple,
  PyNative, PySet, PyTuple, PyValue,
} from './values';
import { T, throwErr } from './types';
import { bindIfFunction, callValue, dictGet, dictSet, getattr, objectId, typeName } from './runtime';
import { PyNdArray } from './numpy';
import { Generator } from '../engine/random/generator';

/** Objects that copy to themselves: immutable builtins, functions, classes, modules. */
function isAtomic(x: PyValue): boolean {
  if (x === null || typeof x !== 'object') return true;
  return x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyClass || x instanceof PyModule ||
    x instanceof PyBoundMethod || !(x instanceof PyList || x instanceof PyTuple || x instanceof PyDict || x instanceof PySet ||
      x instanceof PyInstance || x instanceof PyNative || x instanceof PyIterator);
}

/** A new dict of the same (sub)class with the same extra state (defaultdict's factory). */
function emptyLike(d: PyDict): PyDict {
  const out = Object.create(Object.getPrototypeOf(d)) as PyDict;
  Object.assign(out, d);
  out.store = new HashStore();
  return out;
}

function arrayCopy(a: PyNdArray): PyValue {
  return callValue(getattr(a, 'copy'), [], null);
}

export function shallowCopy(x: PyValue): PyValue {
  if (isAtomic(x)) return x;
  if (x instanceof PyList) return new PyList(x.items.slice());
  if (x instanceof PyTuple) return x;
  if (x instanceof PyDict) {
    const d = emptyLike(x);
    for (const [k, v] of x.store.map) d.store.map.set(k, [v[0], v[1]]);
    return d;
  }
  if (x instanceof PySet) {
    if (x.frozen) return x;
    const s = new PySet();
    for (const [k, v] of x.store.map) s.store.map.set(k, [v[0], v[1]]);
    return s;
  }
  if (x instanceof PyNdArray) return arrayCopy(x);
  if (x instanceof PyInstance) {
    const hook = x.cls.lookup('__copy__');
    if (hook !== undefined) return callValue(bindIfFunction(hook, x), [], null);
    const y = new PyInstance(x.cls);
    for (const [k, v] of x.dict) y.dict.set(k, v);
    y.args = x.args.slice();
    return y;
  }
  if (x instanceof PyIterator) throwErr('TypeError', `cannot pickle '${typeName(x)}' object`);
  return generatorCopy(x, false);
}

/**
 * A NumPy Generator: deepcopy is an independent generator in the same state, copy a new
 * Generator object over the same bit generator (NumPy's pickling does both). Other natives are
 * immutable and copy to themselves.
 */
function generatorCopy(x: PyValue, deep: boolean): PyValue {
  if (!(x instanceof PyNative) || x.pyType().name !== 'Generator' || !((x as unknown as { g?: unknown }).g instanceof Generator)) return x;
  const src = (x as unknown as { g: Generator }).g;
  let g = src;
  if (deep) { g = new Generator(0); g.setState(src.getState()); }
  const Wrapper = x.constructor as new (g: Generator) => PyValue;
  return new Wrapper(g);
}

export function deepCopy(x: PyValue, memo: PyDict): PyValue {
  if (isAtomic(x)) return x;
  const id = objectId(x as object);
  const seen = dictGet(memo, id);
  if (seen !== undefined) return seen;
  let y: PyValue;
  if (x instanceof PyList) {
    const l = new PyList([]);
    dictSet(memo, id, l);
    for (const v of x.items) l.items.push(deepCopy(v, memo));
    y = l;
  } else if (x instanceof PyTuple) {
    const items = x.items.map((v) => deepCopy(v, memo));
    // a tuple whose items all copy to themselves is itself (CPython keeps the original)
    const again = dictGet(memo, id);
    if (again !== undefined) return again;
    y = items.every((v, i) => v === x.items[i]) ? x : x instanceof PyNamedTuple ? new PyNamedTuple(items, x.cls) : new PyTuple(items);
  } else if (x instanceof PyDict) {
    const d = emptyLike(x);
    dictSet(memo, id, d);
    for (const [k, v] of x.store.map.values()) dictSet(d, deepCopy(k, memo), deepCopy(v, memo));
    y = d;
  } else if (x instanceof PySet) {
    const s = new PySet(x.frozen);
    for (const [k] of x.store.map.values()) dictSetLike(s, deepCopy(k, memo));
    y = s;
  } else if (x instanceof PyNdArray) {
    y = arrayCopy(x);
  } else if (x instanceof PyInstance) {
    const hook = x.cls.lookup('__deepcopy__');
    if (hook !== undefined) {
      y = callValue(bindIfFunction(hook, x), [memo], null);
    } else {
      const inst = new PyInstance(x.cls);
      dictSet(memo, id, inst);
      inst.args = x.args.map((v) => deepCopy(v, memo));
      for (const [k, v] of x.dict) inst.dict.set(k, deepCopy(v, memo));
      y = inst;
    }
  } else if (x instanceof PyIterator) {
    throwErr('TypeError', `cannot pickle '${typeName(x)}' object`);
  } else {
    y = generatorCopy(x, true); // NumPy scalars, dtypes and the evaluator's other immutable helpers stay themselves
  }
  dictSet(memo, id, y);
  return y;
}

function dictSetLike(s: PySet, v: PyValue): void {
  const tmp = new PyDict();
  dictSet(tmp, v, null);
  for (const [k, e] of tmp.store.map) s.store.map.set(k, e);
}

export function makeCopyModule(): PyModule {
  const m = new PyModule('copy');
  m.dict.set('copy', new PyBuiltin('copy', (a) => {
    if (a.length !== 1) throwErr('TypeError', `copy() takes 1 positional argument but ${a.length} were given`);
    return shallowCopy(a[0]);
  }));
  m.dict.set('deepcopy', new PyBuiltin('deepcopy', (a, k) => {
    const memoArg = a.length > 1 ? a[1] : k?.get('memo') ?? null;
    if (a.length < 1) throwErr('TypeError', "deepcopy() missing 1 required positional argument: 'x'");
    const memo = memoArg instanceof PyDict ? memoArg : new PyDict();
    return deepCopy(a[0], memo);
  }));
  const err = new PyClass('Error', [T.Exception], 'copy');
  m.dict.set('Error', err);
  m.dict.set('error', err);
  return m;
}
