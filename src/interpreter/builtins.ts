// Python's builtin functions and the constructors of the builtin types (int, float, str, list,
// tuple, dict, set, bool, range, ...), with CPython's argument handling and error messages.
// print() writes through the active interpreter's stdout callback. The sandbox lives here too:
// open/eval/exec/compile/__import__/input/globals/locals/breakpoint raise clear errors.
import {
  ELLIPSIS, Kwargs, NOT_IMPLEMENTED, PyBuiltin, PyClass, PyClassMethod, PyComplex, PyDict, PyFloat, PyFunction,
  PyInstance, PyIterator, PyList, PyNamedTuple, PyNative, PyProperty, PyRange, PySet, PySlice, PyStaticMethod, PySuper, PyTuple, PyValue,
  isInt, normBig,
} from './values';
import { EXCEPTION_NAMES, T, makeExc, pyErr, throwErr } from './types';
import { asOneUfunc } from './pywarnings';
import { constructBytes } from './pybytes';
import {
  asFloat, asInt, binop, callValue, compare, dictSet, getattrOpt, hashKey, isinstance, iterate, objectId, pyLen, repr,
  setattr, storeOf, OBJECT_SETATTR, str, toArray, toIndex, truthy, typeName, typeOf, unaryop, floatMod,
} from './runtime';
import { bind, signature } from './args';
import { current, setSuperBuiltin } from './interp';
import { formatValue } from './format';
import { formatFloat } from '../engine/print/pyformat';

function fn(name: string, f: (args: PyValue[], kwargs: Kwargs) => PyValue): PyBuiltin {
  return new PyBuiltin(name, f);
}

function noKw(name: string, kwargs: Kwargs): void {
  if (kwargs && kwargs.size) throwErr('TypeError', `${name}() takes no keyword arguments`);
}

function arity(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) throwErr('TypeError', `${name}() takes exactly ${min === 1 ? 'one argument' : min + ' arguments'} (${args.length} given)`);
    if (args.length < min) throwErr('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
    throwErr('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

export function lessThan(a: PyValue, b: PyValue): boolean {
  return truthy(compare('Lt', a, b));
}

/** Stable sort with Python's `<`, key and reverse. */
export function pySort(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keys = key === null ? items : items.map((x) => callValue(key, [x], null));
  const idx = items.map((_, i) => i);
  idx.sort((i, j) => {
    const a = keys[i], b = keys[j];
    if (reverse) return lessThan(b, a) ? -1 : lessThan(a, b) ? 1 : 0;
    return lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0;
  });
  return idx.map((i) => items[i]);
}

// ------------------------------------------------------------------------------------------
// Number conversions

function parseIntLiteral(s: string, base: number): number | bigint | undefined {
  let t = s.trim().replace(/_(?=[0-9a-zA-Z])/g, '');
  let neg = false;
  if (t.startsWith('-')) { neg = true; t = t.slice(1); } else if (t.startsWith('+')) t = t.slice(1);
  let b = base;
  const pref = /^0([xob])/i.exec(t);
  if (pref && (base === 0 || base === { x: 16, o: 8, b: 2 }[pref[1].toLowerCase()]!)) {
    b = { x: 16, o: 8, b: 2 }[pref[1].toLowerCase() as 'x' | 'o' | 'b'];
    t = t.slice(2);
  } else if (base === 0) {
    if (/^0+\d/.test(t)) return undefined;
    b = 10;
  }
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  if (!t.length || [...t.toLowerCase()].some((c) => !digits.includes(c))) return undefined;
  let v = 0n;
  const B = BigInt(b);
  for (const c of t.toLowerCase()) v = v * B + BigInt(digits.indexOf(c));
  return normBig(neg ? -v : v);
}

export function floatToInt(x: number): number | bigint {
  if (Number.isNaN(x)) throwErr('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throwErr('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : normBig(BigInt(t));
}

function intOf(args: PyValue[], kwargs: Kwargs): PyValue {
  const { x, base } = bind(intSig, args, kwargs);
  if (args.length === 0 && !kwargs) return 0;
  if (base !== null) {
    if (typeof x !== 'string') throwErr('TypeError', "int() can't convert non-string with explicit base");
    const b = toIndex(base);
    const r = parseIntLiteral(x, b);
    if (r === undefined) throwErr('ValueError', `invalid literal for int() with base ${b}: ${repr(x)}`);
    return r;
  }
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (typeof x === 'string') {
    const r = parseIntLiteral(x, 10);
    if (r === undefined) throwErr('ValueError', `invalid literal for int() with base 10: ${repr(x)}`);
    return r;
  }
  if (x instanceof PyNative && x.toNumber) {
    const n = x.toNumber();
    if (n !== undefined) return typeof n === 'number' && !Number.isInteger(n) ? floatToInt(n) : typeof n === 'number' ? floatToInt(n) : normBig(n);
  }
  if (x instanceof PyInstance) {
    for (const m of ['__int__', '__index__', '__trunc__']) {
      const f = getattrOpt(x, m);
      if (f !== undefined) return callValue(f, [], null);
    }
  }
  throwErr('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}
const intSig = signature('int', 'x=0, /, base=None');

export function parseFloatText(s: string): number | undefined {
  const t = s.trim().replace(/_(?=\d)/g, '').toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(t)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}

function floatOf(args: PyValue[], kwargs: Kwargs): PyValue {
  noKw('float', kwargs);
  arity('float', args, 0, 1);
  if (!args.length) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat) return x;
  if (typeof x === 'string') {
    const r = parseFloatText(x);
    if (r === undefined) throwErr('ValueError', `could not convert string to float: ${repr(x)}`);
    return new PyFloat(r);
  }
  if (typeof x === 'bigint') {
    const f = Number(x);
    if (!Number.isFinite(f)) throwErr('OverflowError', 'int too large to convert to float');
    return new PyFloat(f);
  }
  const f = asFloat(x);
  if (f !== undefined && !(x instanceof PyComplex)) return new PyFloat(f);
  if (x instanceof PyInstance) {
    const m = getattrOpt(x, '__float__');
    if (m !== undefined) return callValue(m, [], null);
  }
  throwErr('TypeError', `float() argument must be a string or a real number, not '${typeName(x)}'`);
}

// ------------------------------------------------------------------------------------------
// Rounding

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function pyRound(args: PyValue[], kwargs: Kwargs): PyValue {
  const { number: x, ndigits } = bind(roundSig, args, kwargs);
  if (x instanceof PyNative) {
    const m = x.getattr?.('__round__');
    if (m !== undefined) return callValue(m, ndigits === null ? [] : [ndigits], null);
  }
  if (x instanceof PyInstance) {
    const m = getattrOpt(x, '__round__');
    if (m !== undefined) return callValue(m, ndigits === null ? [] : [ndigits], null);
  }
  if (isInt(x) || typeof x === 'boolean') {
    const v = asInt(x)!;
    if (ndigits === null) return v;
    const nd = toIndex(ndigits);
    if (nd >= 0) return v;
    const p = 10n ** BigInt(-nd);
    const b = BigInt(v);
    let q = b / p, r = b % p;
    if (r < 0n) { r += p; q -= 1n; }
    if (r * 2n > p || (r * 2n === p && q % 2n !== 0n)) q += 1n;
    return normBig(q * p);
  }
  if (!(x instanceof PyFloat)) throwErr('TypeError', `type ${typeName(x)} doesn't define __round__ method`);
  if (ndigits === null) return floatToInt(roundHalfEven(x.v));
  return new PyFloat(roundFloat(x.v, toIndex(ndigits)));
}
const roundSig = signature('round', 'number, ndigits=None');

export function roundFloat(x: number, nd: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (nd > 300) return x;
  if (nd >= 0) {
    const s = formatFloat(x, `.${nd}f`);
    const r = Number(s);
    return r === 0 ? (x < 0 ? -0 : 0) : r;
  }
  const p = Math.pow(10, -nd);
  const y = roundHalfEven(x / p) * p;
  return y === 0 ? (x < 0 ? -0 : 0) : y;
}

// ------------------------------------------------------------------------------------------
// Iteration helpers

function iterObj(next: () => PyValue | undefined, typeName = 'iterator'): PyIterator {
  return new PyIterator(next, typeName);
}

function minmax(name: 'min' | 'max', args: PyValue[], kwargs: Kwargs): PyValue {
  let key: PyValue = null, dflt: PyValue | undefined;
  if (kwargs) for (const [k, v] of kwargs) {
    if (k === 'key') key = v; else if (k === 'default') dflt = v;
    else throwErr('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
  }
  if (!args.length) throwErr('TypeError', `${name} expected at least 1 argument, got 0`);
  const items = args.length === 1 ? toArray(args[0]) : args;
  if (!items.length) {
    if (dflt !== undefined) return dflt;
    throwErr('ValueError', `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === null ? best : callValue(key, [best], null);
  for (let i = 1; i < items.length; i++) {
    const k = key === null ? items[i] : callValue(key, [items[i]], null);
    if (name === 'max' ? lessThan(bestKey, k) : lessThan(k, bestKey)) { best = items[i]; bestKey = k; }
  }
  return best;
}

function pySum(args: PyValue[], kwargs: Kwargs): PyValue {
  const { iterable, start } = bind(sumSig, args, kwargs);
  if (typeof start === 'string') throwErr('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  let acc = start;
  const next = iterate(iterable);
  // CPython sums floats with plain double adds (3.11), ints exactly.
  for (let v = next(); v !== undefined; v = next()) acc = binop('Add', acc, v);
  return acc;
}
const sumSig = signature('sum', 'iterable, /, start=0');

// ------------------------------------------------------------------------------------------
// Dict views

export class DictView extends PyNative {
  constructor(public d: PyDict, public kind: 'keys' | 'values' | 'items') { super(); }
  pyType(): PyClass { return viewTypes[this.kind]; }
  items(): PyValue[] {
    const out: PyValue[] = [];
    for (const [k, v] of this.d.store.map.values()) out.push(this.kind === 'keys' ? k : this.kind === 'values' ? v : new PyTuple([k, v]));
    return out;
  }
  override repr(): string { return `dict_${this.kind}([${this.items().map(repr).join(', ')}])`; }
  override len(): number { return this.d.store.size; }
  override iter(): PyIterator {
    const it = this.d.store.map.values();
    const size = this.d.store.size;
    return iterObj(() => {
      if (this.d.store.size !== size) throwErr('RuntimeError', 'dictionary changed size during iteration');
      const r = it.next();
      if (r.done) return undefined;
      const [k, v] = r.value;
      return this.kind === 'keys' ? k : this.kind === 'values' ? v : new PyTuple([k, v]);
    }, `dict_${this.kind.replace(/s$/, '')}iterator`);
  }
  override contains(x: PyValue): boolean {
    if (this.kind === 'keys') return this.d.store.map.has(hashKey(x));
    return this.items().some((y) => truthy(compare('Eq', y, x)));
  }
}
const viewTypes = { keys: new PyClass('dict_keys', [T.object]), values: new PyClass('dict_values', [T.object]), items: new PyClass('dict_items', [T.object]) };

// ------------------------------------------------------------------------------------------
// The builtins table

function blocked(name: string, why: string): PyBuiltin {
  return fn(name, () => throwErr('PermissionError', `${name}() is not available in the Shapewise evaluator: ${why}`));
}

export function dictFromArgs(args: PyValue[], kwargs: Kwargs): PyDict {
  const d = new PyDict();
  if (args.length > 1) throwErr('TypeError', `dict expected at most 1 argument, got ${args.length}`);
  if (args.length) {
    const src = args[0];
    if (src instanceof PyDict) for (const [k, v] of src.store.map.values()) dictSet(d, k, v);
    else {
      const next = iterate(src);
      let i = 0;
      for (let item = next(); item !== undefined; item = next(), i++) {
        const kv = toArray(item);
        if (kv.length !== 2) throwErr('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
        dictSet(d, kv[0], kv[1]);
      }
    }
  }
  if (kwargs) for (const [k, v] of kwargs) dictSet(d, k, v);
  return d;
}

function printFn(args: PyValue[], kwargs: Kwargs): PyValue {
  let sep = ' ', end = '\n', toErr = false;
  let file: PyValue = null;
  if (kwargs) for (const [k, v] of kwargs) {
    if (k === 'sep') { if (v !== null) { if (typeof v !== 'string') throwErr('TypeError', `sep must be None or a string, not ${typeName(v)}`); sep = v; } }
    else if (k === 'end') { if (v !== null) { if (typeof v !== 'string') throwErr('TypeError', `end must be None or a string, not ${typeName(v)}`); end = v; } }
    else if (k === 'file') { toErr = v instanceof PyNative && (v as unknown as { name?: string }).name === 'stderr'; file = v; }
    else if (k === 'flush') continue;
    else throwErr('TypeError', `'${k}' is an invalid keyword argument for print()`);
  }
  let s = '';
  for (let i = 0; i < args.length; i++) {
    if (i) s += sep;
    s += str(args[i]);
  }
  s += end;
  const it = current.interp!;
  // any other file= object with a write() (io.StringIO, a user class) receives the text
  const std = file === null || (file instanceof PyNative && ['stdout', 'stderr'].includes(String((file as unknown as { name?: string }).name)));
  if (!std) {
    // CPython writes each piece (argument, separator, end) with its own write() call
    const write = getattrOpt(file, 'write') ?? throwErr('AttributeError', `'${typeName(file)}' object has no attribute 'write'`);
    args.forEach((a, i) => { if (i) callValue(write, [sep], null); callValue(write, [str(a)], null); });
    callValue(write, [end], null);
    return null;
  }
  (toErr ? it.err : it.out)(s);
  return null;
}

export function makeBuiltins(): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  const def = (name: string, f: (args: PyValue[], kwargs: Kwargs) => PyValue) => b.set(name, fn(name, f));

  T.int.construct = intOf;
  T.float.construct = floatOf;
  T.bool.construct = (args, kw) => { noKw('bool', kw); arity('bool', args, 0, 1); return args.length ? truthy(args[0]) : false; };
  T.str.construct = (args, kw) => {
    noKw('str', kw);
    return args.length ? str(args[0]) : '';
  };
  T.list.construct = (args, kw) => { noKw('list', kw); arity('list', args, 0, 1); return new PyList(args.length ? toArray(args[0]) : []); };
  T.tuple.construct = (args, kw) => { noKw('tuple', kw); arity('tuple', args, 0, 1); return args[0] instanceof PyTuple && !(args[0] instanceof PyNamedTuple) ? args[0] : args[0] instanceof PyTuple ? new PyTuple(args[0].items.slice()) : new PyTuple(args.length ? toArray(args[0]) : []); };
  T.dict.construct = dictFromArgs;
  T.set.construct = (args, kw) => { noKw('set', kw); arity('set', args, 0, 1); const s = new PySet(); if (args.length) s.store = storeOf(toArray(args[0])); return s; };
  T.frozenset.construct = (args) => { const s = new PySet(true); if (args.length) s.store = storeOf(toArray(args[0])); return s; };
  T.complex.construct = (args) => {
    if (typeof args[0] === 'string') {
      if (args.length > 1) throwErr('TypeError', "complex() can't take second arg if first is a string");
      return parseComplex(args[0]);
    }
    const asComplex = (v: PyValue): PyComplex | undefined =>
      v instanceof PyComplex ? v : v instanceof PyNative && (v as { toComplex?: () => [number, number] }).toComplex ? new PyComplex(...(v as unknown as { toComplex: () => [number, number] }).toComplex()) : undefined;
    const c0 = args.length ? asComplex(args[0]) : undefined, c1 = args.length > 1 ? asComplex(args[1]) : undefined;
    if (c0 || c1) {
      // complex(a, b) = a + b*1j for complex a, b
      const a = c0 ?? new PyComplex(asFloat(args[0]) ?? NaN, 0);
      const b = c1 ?? (args.length > 1 ? new PyComplex(asFloat(args[1]) ?? NaN, 0) : new PyComplex(0, 0));
      return args.length > 1 ? new PyComplex(a.re - b.im, a.im + b.re) : a;
    }
    const re = args.length ? asFloat(args[0]) : 0, im = args.length > 1 ? asFloat(args[1]) : 0;
    if (re === undefined || im === undefined) throwErr('TypeError', `complex() first argument must be a string or a number, not '${typeName(args[0])}'`);
    return new PyComplex(re, im);
  };
  T.range.construct = (args, kw) => {
    noKw('range', kw);
    if (!args.length) throwErr('TypeError', 'range expected at least 1 argument, got 0');
    if (args.length > 3) throwErr('TypeError', `range expected at most 3 arguments, got ${args.length}`);
    const n = args.map(toIndex);
    if (n.length === 1) return new PyRange(0, n[0], 1);
    if (n[2] === 0) throwErr('ValueError', 'range() arg 3 must not be zero');
    return new PyRange(n[0], n[1], n[2] ?? 1);
  };
  T.slice.construct = (args) => {
    if (args.length === 1) return new PySlice(null, args[0], null);
    return new PySlice(args[0] ?? null, args[1] ?? null, args[2] ?? null);
  };
  T.object.construct = () => new PyInstance(T.object);
  T.type.construct = (args) => {
    if (args.length === 1) return typeOf(args[0]);
    throwErr('TypeError', 'type() with 3 arguments is not supported in the Shapewise evaluator');
  };
  T.property.construct = (args, kw) => new PyProperty(args[0] ?? kw?.get('fget') ?? null, args[1] ?? kw?.get('fset') ?? null);
  T.staticmethod.construct = (args) => new PyStaticMethod(args[0]);
  T.classmethod.construct = (args) => new PyClassMethod(args[0]);
  T.super.construct = (args) => {
    if (args.length !== 2 || !(args[0] instanceof PyClass)) throwErr('RuntimeError', 'super(): no arguments');
    return new PySuper(args[0] as PyClass, args[1]);
  };
  T.enumerate.construct = (args, kwargs) => {
    const { iterable, start } = bind(enumSig, args, kwargs);
    const next = iterate(iterable);
    let i = toIndex(start);
    return iterObj(() => { const v = next(); return v === undefined ? undefined : new PyTuple([i++, v]); }, 'enumerate');
  };
  T.zip.construct = (args, kwargs) => {
    const strict = kwargs?.get('strict') ?? false;
    const its = args.map(iterate);
    return iterObj(() => {
      if (!its.length) return undefined;
      const row: PyValue[] = [];
      for (let k = 0; k < its.length; k++) {
        const v = its[k]();
        if (v === undefined) {
          if (truthy(strict) && (k > 0 || its.slice(1).some((it) => it() !== undefined))) {
            throwErr('ValueError', k > 0 ? `zip() argument ${k + 1} is shorter than argument${k > 1 ? 's 1-' + k : ' 1'}` : 'zip() argument 2 is longer than argument 1');
          }
          return undefined;
        }
        row.push(v);
      }
      return new PyTuple(row);
    }, 'zip');
  };
  T.map.construct = (args) => {
    if (args.length < 2) throwErr('TypeError', 'map() must have at least two arguments.');
    const f = args[0];
    const its = args.slice(1).map(iterate);
    return iterObj(() => {
      const row: PyValue[] = [];
      for (const it of its) { const v = it(); if (v === undefined) return undefined; row.push(v); }
      return callValue(f, row, null);
    }, 'map');
  };
  T.filter.construct = (args) => {
    arity('filter', args, 2, 2);
    const f = args[0];
    const next = iterate(args[1]);
    return iterObj(() => {
      for (let v = next(); v !== undefined; v = next()) if (truthy(f === null ? v : callValue(f, [v], null))) return v;
      return undefined;
    }, 'filter');
  };
  T.reversed.construct = (args) => {
    arity('reversed', args, 1, 1);
    const x = args[0];
    if (x instanceof PyDict || x instanceof PySet || x instanceof PyIterator) throwErr('TypeError', `'${typeName(x)}' object is not reversible`);
    const items = toArray(x).reverse();
    let i = 0;
    return iterObj(() => (i < items.length ? items[i++] : undefined), x instanceof PyList ? 'list_reverseiterator' : 'reversed');
  };
  T.bytes.construct = (args) => constructBytes(args);
  for (const n of ['int', 'float', 'bool', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset', 'complex', 'range', 'slice', 'object',
    'type', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed']) b.set(n, T[n]);
  setSuperBuiltin(T.super);
  T.object.dict.set('__init__', new PyBuiltin('__init__', () => null));
  T.object.dict.set('__setattr__', OBJECT_SETATTR);
  // object.__init_subclass__: what super().__init_subclass__(**kwargs) reaches; takes no keywords
  T.object.dict.set('__init_subclass__', new PyClassMethod(new PyBuiltin('__init_subclass__', (args, kw) => {
    if (kw && kw.size) throwErr('TypeError', `${(args[0] as PyClass).name}.__init_subclass__() takes no keyword arguments`);
    return null;
  })));
  T.BaseException.dict.set('__init__', new PyBuiltin('__init__', (args) => { const self = args[0]; if (self instanceof PyInstance) self.args = args.slice(1); return null; }));
  for (const n of EXCEPTION_NAMES) b.set(n, T[n]);

  def('print', printFn);
  def('len', (args, kw) => { noKw('len', kw); arity('len', args, 1, 1); return pyLen(args[0]); });
  def('repr', (args) => { arity('repr', args, 1, 1); return repr(args[0]); });
  def('abs', (args) => {
    arity('abs', args, 1, 1);
    const x = args[0];
    if (typeof x === 'number') return Math.abs(x);
    if (typeof x === 'bigint') return x < 0n ? normBig(-x) : x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (x instanceof PyFloat) return new PyFloat(Math.abs(x.v));
    if (x instanceof PyComplex) return new PyFloat(Math.hypot(x.re, x.im));
    if (x instanceof PyNative && x.unary) { const r = x.unary('Abs'); if (r !== NOT_IMPLEMENTED) return r; }
    if (x instanceof PyInstance) { const m = getattrOpt(x, '__abs__'); if (m !== undefined) return callValue(m, [], null); }
    throwErr('TypeError', `bad operand type for abs(): '${typeName(x)}'`);
  });
  def('sum', pySum);
  def('min', (a, k) => minmax('min', a, k));
  def('max', (a, k) => minmax('max', a, k));
  def('round', pyRound);
  def('sorted', (args, kwargs) => {
    if (args.length !== 1) throwErr('TypeError', `sorted expected 1 argument, got ${args.length}`);
    const key = kwargs?.get('key') ?? null, reverse = truthy(kwargs?.get('reverse') ?? false);
    return new PyList(pySort(toArray(args[0]), key, reverse));
  });
  def('isinstance', (args) => {
    arity('isinstance', args, 2, 2);
    const check = (c: PyValue): boolean => {
      if (c instanceof PyTuple) return c.items.some(check);
      if (!(c instanceof PyClass)) throwErr('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
      return isinstance(args[0], c);
    };
    return check(args[1]);
  });
  def('issubclass', (args) => {
    arity('issubclass', args, 2, 2);
    if (!(args[0] instanceof PyClass)) throwErr('TypeError', 'issubclass() arg 1 must be a class');
    const check = (c: PyValue): boolean => (c instanceof PyTuple ? c.items.some(check) : c instanceof PyClass && (args[0] as PyClass).isSubclassOf(c));
    return check(args[1]);
  });
  def('any', (args) => { arity('any', args, 1, 1); const n = iterate(args[0]); for (let v = n(); v !== undefined; v = n()) if (truthy(v)) return true; return false; });
  def('all', (args) => { arity('all', args, 1, 1); const n = iterate(args[0]); for (let v = n(); v !== undefined; v = n()) if (!truthy(v)) return false; return true; });
  def('divmod', (args) => {
    arity('divmod', args, 2, 2);
    const [a, c] = args;
    if (a instanceof PyFloat || c instanceof PyFloat) {
      const x = asFloat(a), y = asFloat(c);
      if (x === undefined || y === undefined) throwErr('TypeError', `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(c)}'`);
      if (y === 0) throwErr('ZeroDivisionError', 'float divmod()');
      return new PyTuple([binop('FloorDiv', a, c), new PyFloat(floatMod(x, y))]);
    }
    if (!(isInt(a) || typeof a === 'boolean') || !(isInt(c) || typeof c === 'boolean')) {
      if (a instanceof PyNative || c instanceof PyNative) return asOneUfunc('divmod', () => new PyTuple([binop('FloorDiv', a, c), binop('Mod', a, c)]));
      throwErr('TypeError', `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(c)}'`);
    }
    return new PyTuple([binop('FloorDiv', a, c), binop('Mod', a, c)]);
  });
  def('pow', (args, kwargs) => {
    const { base, exp, mod } = bind(powSig, args, kwargs);
    if (mod !== null) {
      const B = BigInt(toIndex(base)), E = BigInt(toIndex(exp)), M = BigInt(toIndex(mod));
      if (M === 0n) throwErr('ValueError', 'pow() 3rd argument cannot be 0');
      let r = 1n, x = ((B % M) + M) % M, e = E;
      if (e < 0n) {
        // Modular inverse by the extended Euclid algorithm, then a positive power.
        let [a0, m0, x0, x1] = [x, M < 0n ? -M : M, 0n, 1n];
        let mm = m0;
        while (a0 > 1n) {
          if (mm === 0n) throwErr('ValueError', 'base is not invertible for the given modulus');
          const q = a0 / mm;
          [a0, mm] = [mm, a0 % mm];
          [x0, x1] = [x1 - q * x0, x0];
        }
        if (a0 !== 1n) throwErr('ValueError', 'base is not invertible for the given modulus');
        x = ((x1 % m0) + m0) % m0;
        e = -e;
      }
      while (e > 0n) { if (e & 1n) r = (r * x) % M; x = (x * x) % M; e >>= 1n; }
      return normBig(r);
    }
    return binop('Pow', base, exp);
  });
  def('hash', (args) => {
    arity('hash', args, 1, 1);
    const k = hashKey(args[0]);
    if (typeof k === 'number') return Number.isInteger(k) ? k : 0;
    if (typeof k === 'string') { let h = 0; for (const ch of k) h = (h * 31 + ch.charCodeAt(0)) | 0; return h; }
    return typeof k === 'object' && k ? objectId(k) / 16 : 0;
  });
  def('id', (args) => { arity('id', args, 1, 1); const v = args[0]; return v !== null && typeof v === 'object' ? objectId(v) : typeof v === 'number' ? 0x7e0000000000 + v * 32 : 0x7d0000000000; });
  def('iter', (args) => { arity('iter', args, 1, 1); if (args[0] instanceof PyIterator) return args[0]; return iterObj(iterate(args[0]), iterName(args[0])); });
  def('next', (args) => {
    arity('next', args, 1, 2);
    const it = args[0];
    let nextFn: (() => PyValue | undefined) | null = null;
    if (it instanceof PyIterator) nextFn = it.next;
    else if (it instanceof PyInstance && getattrOpt(it, '__next__') !== undefined) {
      const m = getattrOpt(it, '__next__')!;
      try {
        return callValue(m, [], null);
      } catch (e) {
        if (args.length > 1 && e && typeof e === 'object' && 'exc' in e && (e as { exc: PyInstance }).exc.cls.isSubclassOf(T.StopIteration)) return args[1];
        throw e;
      }
    } else if (it instanceof PyNative && it.iter) nextFn = null;
    if (!nextFn) throwErr('TypeError', `'${typeName(it)}' object is not an iterator`);
    const v = nextFn();
    if (v === undefined) {
      if (args.length > 1) return args[1];
      throw pyErr('StopIteration');
    }
    return v;
  });
  def('callable', (args) => {
    const v = args[0];
    return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyClass || (v !== null && typeof v === 'object' && v.constructor.name === 'PyBoundMethod') ||
      (v instanceof PyInstance && v.cls.lookup('__call__') !== undefined) || (v instanceof PyNative && !!v.call);
  });
  def('chr', (args) => {
    arity('chr', args, 1, 1);
    const c = toIndex(args[0]);
    if (c < 0 || c > 0x10ffff) throwErr('ValueError', 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(c);
  });
  def('ord', (args) => {
    arity('ord', args, 1, 1);
    const s = args[0];
    if (typeof s !== 'string') throwErr('TypeError', `ord() expected string of length 1, but ${typeName(s)} found`);
    const cps = [...s];
    if (cps.length !== 1) throwErr('TypeError', `ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0)!;
  });
  const radix = (name: string, base: number, prefix: string) => def(name, (args) => {
    arity(name, args, 1, 1);
    const n = asInt(args[0]);
    if (n === undefined || typeof args[0] === 'boolean' && false) throwErr('TypeError', `'${typeName(args[0])}' object cannot be interpreted as an integer`);
    const bn = BigInt(n);
    return (bn < 0n ? '-' : '') + prefix + (bn < 0n ? -bn : bn).toString(base);
  });
  radix('hex', 16, '0x'); radix('bin', 2, '0b'); radix('oct', 8, '0o');
  def('format', (args) => { arity('format', args, 1, 2); return formatValue(args[0], args.length > 1 ? (args[1] as string) : ''); });
  def('getattr', (args) => {
    arity('getattr', args, 2, 3);
    if (typeof args[1] !== 'string') throwErr('TypeError', "attribute name must be string, not '" + typeName(args[1]) + "'");
    const v = getattrOpt(args[0], args[1]);
    if (v !== undefined) return v;
    if (args.length > 2) return args[2];
    return getattrStrict(args[0], args[1]);
  });
  def('setattr', (args) => { arity('setattr', args, 3, 3); setattr(args[0], args[1] as string, args[2]); return null; });
  def('hasattr', (args) => {
    arity('hasattr', args, 2, 2);
    try { return getattrOpt(args[0], args[1] as string) !== undefined; } catch (e) {
      if (e && typeof e === 'object' && 'exc' in e && (e as { exc: PyInstance }).exc.cls.isSubclassOf(T.AttributeError)) return false;
      throw e;
    }
  });
  def('delattr', (args) => { const o = args[0]; if (o instanceof PyInstance) o.dict.delete(args[1] as string); return null; });
  def('vars', (args) => {
    const o = args[0];
    if (o instanceof PyInstance) { const d = new PyDict(); for (const [k, v] of o.dict) dictSet(d, k, v); return d; }
    throwErr('TypeError', 'vars() argument must have __dict__ attribute');
  });
  def('dir', (args) => {
    const o = args[0];
    if (o instanceof PyInstance) return new PyList([...new Set([...o.dict.keys(), ...o.cls.mro.flatMap((c) => [...c.dict.keys()])])].sort());
    return new PyList([]);
  });
  def('input', () => throwErr('EOFError', 'EOF when reading a line (input() has no console in the Shapewise evaluator)'));
  b.set('open', blocked('open', 'the sandbox has no file system'));
  b.set('eval', blocked('eval', 'the sandbox does not run dynamically generated code'));
  b.set('exec', blocked('exec', 'the sandbox does not run dynamically generated code'));
  b.set('compile', blocked('compile', 'the sandbox does not run dynamically generated code'));
  b.set('__import__', blocked('__import__', 'use an import statement'));
  b.set('globals', blocked('globals', 'the sandbox does not expose interpreter internals'));
  b.set('locals', blocked('locals', 'the sandbox does not expose interpreter internals'));
  b.set('breakpoint', blocked('breakpoint', 'there is no debugger in the sandbox'));
  b.set('exit', blocked('exit', 'the program cannot stop the evaluator; raise an exception instead'));
  b.set('quit', blocked('quit', 'the program cannot stop the evaluator; raise an exception instead'));
  b.set('None', null);
  b.set('True', true);
  b.set('False', false);
  b.set('Ellipsis', ELLIPSIS);
  b.set('NotImplemented', NOT_IMPLEMENTED);
  b.set('__name__', '__main__');
  return b;
}

function iterName(v: PyValue): string {
  if (v instanceof PyList) return 'list_iterator';
  if (v instanceof PyTuple) return 'tuple_iterator';
  if (typeof v === 'string') return 'str_ascii_iterator';
  if (v instanceof PyRange) return 'range_iterator';
  if (v instanceof PySet) return 'set_iterator';
  if (v instanceof PyDict) return 'dict_keyiterator';
  return 'iterator';
}

function getattrStrict(o: PyValue, name: string): PyValue {
  return callValue(fn('getattr', () => { throwErr('AttributeError', `'${typeName(o)}' object has no attribute '${name}'`); }), [], null);
}

const enumSig = signature('enumerate', 'iterable, start=0');
const powSig = signature('pow', 'base, exp, mod=None');

export { makeExc, unaryop };

/** complex('1+2j'), complex(' (3-4j) '), complex('inf'), as CPython parses them. */
function parseComplex(text: string): PyComplex {
  const bad = () => throwErr('ValueError', 'complex() arg is a malformed string');
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const num = (t: string): number => {
    const u = t.replace(/_/g, '').toLowerCase();
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(u);
    if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(u)) bad();
    return Number(u);
  };
  if (!s || /\s/.test(s)) bad();
  if (!/[jJ]$/.test(s)) return new PyComplex(num(s), 0);
  const body = s.slice(0, -1);
  let split = -1;
  for (let i = body.length - 1; i > 0; i--) {
    if ((body[i] === '+' || body[i] === '-') && !/[eE]/.test(body[i - 1])) { split = i; break; }
  }
  const imText = split < 0 ? body : body.slice(split);
  const im = imText === '' || imText === '+' ? 1 : imText === '-' ? -1 : num(imText);
  return new PyComplex(split < 0 ? 0 : num(body.slice(0, split)), im);
}
