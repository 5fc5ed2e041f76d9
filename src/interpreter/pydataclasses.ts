// The dataclasses module: @dataclass / @dataclass(init, repr, eq, order, frozen, unsafe_hash,
// kw_only) builds __init__ (CPython's argument errors, default_factory, __post_init__),
// __repr__, __eq__, the ordering methods, __hash__ (None for a mutable class with eq, a field
// hash when frozen) and a frozen __setattr__ raising FrozenInstanceError; field() with
// default/default_factory/init/repr/compare/hash/kw_only; fields, asdict/astuple (recursive,
// other values deep-copied), replace, is_dataclass, MISSING; the class-creation errors for
// mutable defaults and non-default fields after default ones.
import {
  Kwargs, NOT_IMPLEMENTED, PyBuiltin, PyClass, PyDict, PyInstance, PyList, PyModule, PyNative, PyTuple, PyValue,
} from './values';
import { T, makeExc, PyThrow, throwErr, tracebackHook } from './types';
import { callValue, compare, dictSet, hashKey, repr, setInstanceAttr, truthy } from './runtime';
import { deepCopy } from './pycopy';

const MISSING_CLASS = new PyClass('_MISSING_TYPE', [T.object], 'dataclasses');
class Missing extends PyNative {
  pyType(): PyClass { return MISSING_CLASS; }
  override repr(): string { return '<dataclasses._MISSING_TYPE object>'; }
}
const MISSING = new Missing();

interface FieldOpts { dflt?: PyValue; factory?: PyValue; init: boolean; repr: boolean; compare: boolean; hash: PyValue; kwOnly: boolean | null }
const fieldClass = new PyClass('Field', [T.object], 'dataclasses');
class FieldSpec extends PyNative {
  name = '';
  type: PyValue = null;
  constructor(public o: FieldOpts) { super(); }
  pyType(): PyClass { return fieldClass; }
  override getattr(n: string): PyValue | undefined {
    switch (n) {
      case 'name': return this.name;
      case 'type': return this.type;
      case 'default': return this.o.dflt ?? MISSING;
      case 'default_factory': return this.o.factory ?? MISSING;
      case 'init': return this.o.init;
      case 'repr': return this.o.repr;
      case 'compare': return this.o.compare;
      case 'hash': return this.o.hash;
      case 'kw_only': return this.o.kwOnly ?? false;
    }
    return undefined;
  }
  override repr(): string {
    return `Field(name=${repr(this.name)},type=${repr(this.type)},default=${repr(this.o.dflt ?? MISSING)},default_factory=${repr(this.o.factory ?? MISSING)},init=${repr(this.o.init)},repr=${repr(this.o.repr)},hash=${repr(this.o.hash)},compare=${repr(this.o.compare)},kw_only=${repr(this.o.kwOnly ?? false)})`;
  }
}

const frozenError = new PyClass('FrozenInstanceError', [T.AttributeError], 'dataclasses');
function frozen(msg: string): PyThrow {
  const e = makeExc(frozenError, [msg]);
  e.traceback = tracebackHook.capture();
  return new PyThrow(e);
}

/** The dataclass fields of a processed class, in definition order (bases first). */
const FIELDS = new WeakMap<PyClass, FieldSpec[]>();

function collectFields(cls: PyClass, kwOnlyDefault: boolean): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const base of [...cls.mro].reverse().slice(0, -1)) for (const f of FIELDS.get(base) ?? []) {
    const i = out.findIndex((x) => x.name === f.name);
    if (i >= 0) out[i] = f; else out.push(f);
  }
  const ann = cls.dict.get('__annotations__');
  if (ann instanceof PyDict) {
    for (const [k, t] of ann.store.map.values()) {
      const name = k as string;
      const v = cls.dict.get(name);
      const f = v instanceof FieldSpec ? v : new FieldSpec({ dflt: v, init: true, repr: true, compare: true, hash: null, kwOnly: null });
      f.name = name;
      f.type = t;
      if (f.o.kwOnly === null) f.o.kwOnly = kwOnlyDefault;
      const d = f.o.dflt;
      if (d instanceof PyList || d instanceof PyDict || (d !== undefined && d !== null && typeof d === 'object' && d.constructor.name === 'PySet')) {
        throwErr('ValueError', `mutable default ${repr(callValue(T.type, [d], null))} for field ${name} is not allowed: use default_factory`);
      }
      const i = out.findIndex((x) => x.name === name);
      if (i >= 0) out[i] = f; else out.push(f);
    }
  }
  return out;
}

function fieldValues(self: PyInstance, fs: FieldSpec[]): PyValue[] { return fs.map((f) => self.dict.get(f.name) ?? null); }

interface Options { init: boolean; repr: boolean; eq: boolean; order: boolean; unsafeHash: boolean; frozen: boolean; kwOnly: boolean }

function process(cls: PyValue, o: Options): PyClass {
  if (!(cls instanceof PyClass)) throwErr('TypeError', 'dataclass() should be called on a class');
  const fs = collectFields(cls, o.kwOnly);
  FIELDS.set(cls, fs);
  for (const f of fs) {
    if (cls.dict.get(f.name) instanceof FieldSpec) {
      if (f.o.dflt !== undefined) cls.dict.set(f.name, f.o.dflt); else cls.dict.delete(f.name);
    }
  }
  const initFields = fs.filter((f) => f.o.init);
  const positional = initFields.filter((f) => !f.o.kwOnly);
  const keywordOnly = initFields.filter((f) => f.o.kwOnly);
  let seenDefault = false;
  for (const f of positional) {
    const has = f.o.dflt !== undefined || f.o.factory !== undefined;
    if (!has && seenDefault) throwErr('TypeError', `non-default argument '${f.name}' follows default argument`);
    seenDefault ||= has;
  }
  if (!cls.dict.has('__match_args__')) cls.dict.set('__match_args__', new PyTuple(positional.map((f) => f.name)));
  const q = cls.name;
  const set = (self: PyInstance, name: string, v: PyValue) => (o.frozen ? self.dict.set(name, v) : setInstanceAttr(self, name, v));
  if (o.init && !cls.dict.has('__init__')) cls.dict.set('__init__', new PyBuiltin('__init__', (args, kw) => {
    const self = args[0] as PyInstance;
    const pos = args.slice(1);
    if (pos.length > positional.length) {
      const req = positional.filter((f) => f.o.dflt === undefined && f.o.factory === undefined).length;
      const takes = req === positional.length ? `${positional.length + 1}` : `from ${req + 1} to ${positional.length + 1}`;
      throwErr('TypeError', `${q}.__init__() takes ${takes} positional argument${positional.length === 0 ? '' : 's'} but ${pos.length + 1} were given`);
    }
    if (kw) for (const k of kw.keys()) {
      const i = positional.findIndex((f) => f.name === k);
      if (i >= 0 && i < pos.length) throwErr('TypeError', `${q}.__init__() got multiple values for argument '${k}'`);
      if (!initFields.some((f) => f.name === k)) throwErr('TypeError', `${q}.__init__() got an unexpected keyword argument '${k}'`);
    }
    const missing = (list: FieldSpec[], kind: string) => {
      const names = list.map((f) => `'${f.name}'`);
      if (!names.length) return;
      const text = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
      throwErr('TypeError', `${q}.__init__() missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${text}`);
    };
    const need = (f: FieldSpec, i: number) => (i < 0 || i >= pos.length) && !kw?.has(f.name) && f.o.dflt === undefined && f.o.factory === undefined;
    missing(positional.filter((f, i) => need(f, i)), 'positional');
    missing(keywordOnly.filter((f) => need(f, -1)), 'keyword-only');
    for (const f of fs) {
      let v: PyValue | undefined;
      if (f.o.init) {
        const i = positional.indexOf(f);
        v = i >= 0 && i < pos.length ? pos[i] : kw?.get(f.name);
      }
      if (v === undefined) v = f.o.factory !== undefined ? callValue(f.o.factory, [], null) : f.o.dflt;
      if (v !== undefined) set(self, f.name, v);
    }
    const post = cls.lookup('__post_init__');
    if (post !== undefined) callValue(post, [self], null);
    return null;
  }));
  if (o.repr && !cls.dict.has('__repr__')) {
    const r = new PyBuiltin('__repr__', (args) => {
      const self = args[0] as PyInstance;
      return `${self.cls.name}(${fs.filter((f) => f.o.repr).map((f) => `${f.name}=${repr(self.dict.get(f.name) ?? null)}`).join(', ')})`;
    });
    GENERATED_REPRS.add(r);
    cls.dict.set('__repr__', r);
  }
  const cmpFields = fs.filter((f) => f.o.compare);
  const sameClass = (a: PyInstance, b: PyValue): b is PyInstance => b instanceof PyInstance && b.cls === a.cls;
  if (o.eq && !cls.dict.has('__eq__')) cls.dict.set('__eq__', new PyBuiltin('__eq__', (args) => {
    const [a, b] = args as [PyInstance, PyValue];
    if (!sameClass(a, b)) return NOT_IMPLEMENTED;
    return truthy(compare('Eq', new PyTuple(fieldValues(a, cmpFields)), new PyTuple(fieldValues(b, cmpFields))));
  }));
  if (o.order) {
    for (const [d, op] of [['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
      if (cls.dict.has(d)) throwErr('TypeError', `Cannot overwrite attribute ${d} in class ${q}. Consider using functools.total_ordering`);
      cls.dict.set(d, new PyBuiltin(d, (args) => {
        const [a, b] = args as [PyInstance, PyValue];
        if (!sameClass(a, b)) return NOT_IMPLEMENTED;
        return compare(op, new PyTuple(fieldValues(a, cmpFields)), new PyTuple(fieldValues(b, cmpFields)));
      }));
    }
  }
  const hashFields = fs.filter((f) => (f.o.hash === null ? f.o.compare : truthy(f.o.hash)));
  const fieldHash = new PyBuiltin('__hash__', (args) => String(hashKey(new PyTuple(fieldValues(args[0] as PyInstance, hashFields)))));
  const ownHash = cls.dict.has('__hash__');
  if (o.unsafeHash) cls.dict.set('__hash__', fieldHash);
  else if (!ownHash && o.eq && o.frozen) cls.dict.set('__hash__', fieldHash);
  else if (!ownHash && o.eq) cls.dict.set('__hash__', null);
  if (o.frozen) {
    cls.dict.set('__setattr__', new PyBuiltin('__setattr__', (a) => {
      const [self, name] = a as [PyInstance, string];
      if (self.cls === cls || fs.some((f) => f.name === name)) throw frozen(`cannot assign to field '${name}'`);
      setInstanceAttr(self, name, a[2] ?? null);
      return null;
    }));
  }
  return cls;
}

/** pprint's view of a dataclass instance whose __repr__ is the generated one: name and repr fields. */
export function dataclassReprFields(v: PyValue): { name: string; fields: string[] } | null {
  if (!(v instanceof PyInstance)) return null;
  const owner = v.cls.mro.find((c) => FIELDS.has(c));
  if (!owner) return null;
  const r = v.cls.lookup('__repr__');
  if (!(r instanceof PyBuiltin) || !GENERATED_REPRS.has(r)) return null;
  return { name: v.cls.name, fields: FIELDS.get(owner)!.filter((f) => f.o.repr).map((f) => f.name) };
}
const GENERATED_REPRS = new WeakSet<object>();

function isDataclassInstance(v: PyValue): v is PyInstance { return v instanceof PyInstance && [...v.cls.mro].some((c) => FIELDS.has(c)); }
function fieldsOf(v: PyValue): FieldSpec[] {
  const cls = v instanceof PyClass ? v : v instanceof PyInstance ? v.cls : null;
  const fs = cls ? FIELDS.get(cls) ?? cls.mro.map((c) => FIELDS.get(c)).find((x) => x) : undefined;
  if (!fs) throwErr('TypeError', 'must be called with a dataclass type or instance');
  return fs;
}

function asdictInner(v: PyValue, memo: PyDict, tuple: boolean): PyValue {
  if (isDataclassInstance(v)) {
    const fs = fieldsOf(v);
    if (tuple) return new PyTuple(fs.map((f) => asdictInner(v.dict.get(f.name) ?? null, memo, tuple)));
    const d = new PyDict();
    for (const f of fs) dictSet(d, f.name, asdictInner(v.dict.get(f.name) ?? null, memo, tuple));
    return d;
  }
  if (v instanceof PyList) return new PyList(v.items.map((x) => asdictInner(x, memo, tuple)));
  if (v instanceof PyTuple && v.constructor === PyTuple) return new PyTuple(v.items.map((x) => asdictInner(x, memo, tuple)));
  if (v instanceof PyDict) {
    const d = new PyDict();
    for (const [k, x] of v.store.map.values()) dictSet(d, asdictInner(k, memo, tuple), asdictInner(x, memo, tuple));
    return d;
  }
  return deepCopy(v, memo);
}

const fieldSig = ['default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only'];
const dcSig = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots', 'weakref_slot'];

export function makeDataclassesModule(): PyModule {
  const m = new PyModule('dataclasses');
  const def = (name: string, fn: (a: PyValue[], k: Kwargs) => PyValue) => m.dict.set(name, new PyBuiltin(name, fn));
  const optionsOf = (k: Kwargs): Options => {
    if (k) for (const key of k.keys()) if (!dcSig.includes(key)) throwErr('TypeError', `dataclass() got an unexpected keyword argument '${key}'`);
    const g = (n: string, d: boolean) => (k?.has(n) ? truthy(k.get(n)!) : d);
    return { init: g('init', true), repr: g('repr', true), eq: g('eq', true), order: g('order', false), unsafeHash: g('unsafe_hash', false), frozen: g('frozen', false), kwOnly: g('kw_only', false) };
  };
  def('dataclass', (a, k) => {
    const o = optionsOf(k);
    if (o.order && !o.eq) throwErr('ValueError', 'eq must be true if order is true');
    if (a.length === 1 && a[0] instanceof PyClass) return process(a[0], o);
    return new PyBuiltin('wrap', (b) => process(b[0] ?? null, o));
  });
  def('field', (a, k) => {
    if (a.length) throwErr('TypeError', `field() takes 0 positional arguments but ${a.length} were given`);
    if (k) for (const key of k.keys()) if (!fieldSig.includes(key)) throwErr('TypeError', `field() got an unexpected keyword argument '${key}'`);
    const dflt = k?.get('default'), factory = k?.get('default_factory');
    if (dflt !== undefined && factory !== undefined) throwErr('ValueError', 'cannot specify both default and default_factory');
    const g = (n: string, d: boolean) => (k?.has(n) ? truthy(k.get(n)!) : d);
    return new FieldSpec({ dflt, factory, init: g('init', true), repr: g('repr', true), compare: g('compare', true), hash: k?.get('hash') ?? null, kwOnly: k?.has('kw_only') ? truthy(k.get('kw_only')!) : null });
  });
  def('fields', (a) => new PyTuple(fieldsOf(a[0] ?? null)));
  def('asdict', (a) => {
    if (!isDataclassInstance(a[0] ?? null)) throwErr('TypeError', 'asdict() should be called on dataclass instances');
    return asdictInner(a[0], new PyDict(), false);
  });
  def('astuple', (a) => {
    if (!isDataclassInstance(a[0] ?? null)) throwErr('TypeError', 'astuple() should be called on dataclass instances');
    return asdictInner(a[0], new PyDict(), true);
  });
  def('replace', (a, k) => {
    const obj = a[0] ?? null;
    if (!isDataclassInstance(obj)) throwErr('TypeError', 'replace() should be called on dataclass instances');
    const fs = fieldsOf(obj);
    const kw = new Map<string, PyValue>();
    for (const f of fs) {
      if (!f.o.init) {
        if (k?.has(f.name)) throwErr('ValueError', `field ${f.name} is declared with init=False, it cannot be specified with replace()`);
        continue;
      }
      kw.set(f.name, k?.has(f.name) ? k.get(f.name)! : obj.dict.get(f.name) ?? null);
    }
    if (k) for (const key of k.keys()) if (!kw.has(key)) kw.set(key, k.get(key)!);
    return callValue(obj.cls, [], kw);
  });
  def('is_dataclass', (a) => {
    const v = a[0] ?? null;
    const cls = v instanceof PyClass ? v : v instanceof PyInstance ? v.cls : null;
    return !!cls && cls.mro.some((c) => FIELDS.has(c));
  });
  m.dict.set('MISSING', MISSING);
  m.dict.set('Field', fieldClass);
  m.dict.set('FrozenInstanceError', frozenError);
  return m;
}
