// collections.namedtuple and typing.NamedTuple (class syntax and the functional form): a class
// deriving from tuple whose instances are PyNamedTuple values (tuples that know their class), with
// CPython's field properties, _fields, _field_defaults, _replace, _asdict, _make, its repr
// `Point(x=1, y=2)` and the TypeError texts of its generated __new__. Methods written in a
// NamedTuple class body (or a subclass of a namedtuple class) stay callable on the instances.
import { T, throwErr } from './types';
import {
  Kwargs, PyBuiltin, PyClass, PyClassMethod, PyDict, PyList, PyNamedTuple, PyProperty, PyTuple, PyValue,
} from './values';
import { dictSet, iterate, repr, str } from './runtime';

/** The class object `typing.NamedTuple`: a base in class statements, callable as a function. */
export const NAMEDTUPLE_BASE = new PyClass('NamedTuple', [T.object], 'typing');

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** Binds the arguments of the generated `__new__(_cls, f1, f2=d, ...)` with CPython's messages. */
function bindFields(cls: PyClass, fields: string[], defaults: Map<string, PyValue>, args: PyValue[], kwargs: Kwargs): PyValue[] {
  const fname = `${cls.name}.__new__()`;
  if (args.length > fields.length) {
    const req = fields.filter((f) => !defaults.has(f)).length + 1;
    const total = fields.length + 1;
    const takes = req === total ? `${total}` : `from ${req} to ${total}`;
    throwErr('TypeError', `${fname} takes ${takes} positional argument${total === 1 ? '' : 's'} but ${args.length + 1} were given`);
  }
  const out: (PyValue | undefined)[] = fields.map((_, i) => (i < args.length ? args[i] : undefined));
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const i = fields.indexOf(k);
      if (i < 0) throwErr('TypeError', `${fname} got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) throwErr('TypeError', `${fname} got multiple values for argument '${k}'`);
      out[i] = v;
    }
  }
  const missing = fields.filter((f, i) => out[i] === undefined && !defaults.has(f));
  if (missing.length) {
    const names = missing.map((m) => `'${m}'`);
    const list = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
    throwErr('TypeError', `${fname} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return fields.map((f, i) => (out[i] !== undefined ? out[i]! : defaults.get(f)!));
}

/** Creates a namedtuple class: `fields` in order, `defaults` by field name, `body` extra attributes. */
export function makeNamedTupleClass(name: string, fields: string[], defaults: Map<string, PyValue>, body: Map<string, PyValue> = new Map(), module = '__main__'): PyClass {
  const cls = new PyClass(name, [T.tuple], module);
  for (const [k, v] of body) cls.dict.set(k, v);
  fields.forEach((f, i) => cls.dict.set(f, new PyProperty(new PyBuiltin(f, (a) => (a[0] as PyTuple).items[i]))));
  cls.dict.set('_fields', new PyTuple(fields.slice()));
  cls.dict.set('__match_args__', new PyTuple(fields.slice()));
  const fd = new PyDict();
  for (const f of fields) if (defaults.has(f)) dictSet(fd, f, defaults.get(f)!);
  cls.dict.set('_field_defaults', fd);
  cls.dict.set('_replace', new PyBuiltin('_replace', (a, k) => {
    const self = a[0] as PyNamedTuple;
    const items = self.items.slice();
    const unexpected: string[] = [];
    if (k) for (const [key, v] of k) {
      const i = fields.indexOf(key);
      if (i < 0) unexpected.push(key);
      else items[i] = v;
    }
    if (unexpected.length) throwErr('ValueError', `Got unexpected field names: ${repr(new PyList(unexpected))}`);
    return new PyNamedTuple(items, self.cls);
  }));
  cls.dict.set('_asdict', new PyBuiltin('_asdict', (a) => {
    const d = new PyDict();
    fields.forEach((f, i) => dictSet(d, f, (a[0] as PyTuple).items[i]));
    return d;
  }));
  cls.dict.set('_make', new PyClassMethod(new PyBuiltin('_make', (a) => {
    const target = a[0] as PyClass;
    const items: PyValue[] = [];
    const next = iterate(a[1]);
    for (let v = next(); v !== undefined; v = next()) items.push(v);
    if (items.length !== fields.length) throwErr('TypeError', `Expected ${fields.length} arguments, got ${items.length}`);
    return new PyNamedTuple(items, target);
  })));
  cls.constructAs = (target, args, kwargs) => new PyNamedTuple(bindFields(target, fields, defaults, args, kwargs), target);
  cls.construct = (args, kwargs) => cls.constructAs!(cls, args, kwargs);
  return cls;
}

function fieldNames(spec: PyValue): string[] {
  if (typeof spec === 'string') return spec.replace(/,/g, ' ').split(/\s+/).filter((s) => s);
  const out: string[] = [];
  const next = iterate(spec);
  for (let v = next(); v !== undefined; v = next()) out.push(str(v));
  return out;
}

function checkNames(typename: string, fields: string[], rename: boolean): string[] {
  const seen = new Set<string>();
  const names = fields.map((f, i) => {
    if (rename && (!IDENT.test(f) || KEYWORDS.has(f) || f.startsWith('_') || seen.has(f))) f = `_${i}`;
    seen.add(f);
    return f;
  });
  for (const n of [typename, ...names]) {
    if (!IDENT.test(n)) throwErr('ValueError', `Type names and field names must be valid identifiers: ${repr(n)}`);
    if (KEYWORDS.has(n)) throwErr('ValueError', `Type names and field names cannot be a keyword: ${repr(n)}`);
  }
  const dup = new Set<string>();
  for (const n of names) {
    if (n.startsWith('_') && !rename) throwErr('ValueError', `Field names cannot start with an underscore: ${repr(n)}`);
    if (dup.has(n)) throwErr('ValueError', `Encountered duplicate field name: ${repr(n)}`);
    dup.add(n);
  }
  return names;
}

/** collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None). */
export const namedtupleFunction = new PyBuiltin('namedtuple', (args, kwargs) => {
  const kw = kwargs ?? new Map<string, PyValue>();
  const typename = args[0] ?? kw.get('typename');
  const spec = args[1] ?? kw.get('field_names');
  if (typename === undefined || spec === undefined) throwErr('TypeError', "namedtuple() missing required argument: 'field_names'");
  for (const k of kw.keys()) if (!['typename', 'field_names', 'rename', 'defaults', 'module'].includes(k)) throwErr('TypeError', `namedtuple() got an unexpected keyword argument '${k}'`);
  const name = str(typename);
  const fields = checkNames(name, fieldNames(spec), kw.get('rename') === true);
  const defaults = new Map<string, PyValue>();
  const dv = kw.get('defaults');
  if (dv !== undefined && dv !== null) {
    const vals: PyValue[] = [];
    const next = iterate(dv);
    for (let v = next(); v !== undefined; v = next()) vals.push(v);
    if (vals.length > fields.length) throwErr('TypeError', 'Got more default values than field names');
    vals.forEach((v, i) => defaults.set(fields[fields.length - vals.length + i], v));
  }
  return makeNamedTupleClass(name, fields, defaults);
});

/** `class P(NamedTuple): x: int; y: float = 0.0; def m(self): ...` from the executed class body. */
export function namedTupleFromClassBody(name: string, ns: Map<string, PyValue>): PyClass {
  const ann = ns.get('__annotations__');
  const fields: string[] = [];
  if (ann instanceof PyDict) for (const [k] of ann.store.map.values()) fields.push(str(k));
  const defaults = new Map<string, PyValue>();
  for (const f of fields) {
    if (ns.has(f)) defaults.set(f, ns.get(f)!);
    else if (defaults.size) {
      const withDefault = [...defaults.keys()];
      throwErr('TypeError', `Non-default namedtuple field ${f} cannot follow default field${withDefault.length > 1 ? 's' : ''} ${withDefault.join(', ')}`);
    }
  }
  for (const f of fields) if (f.startsWith('_')) throwErr('AttributeError', `Cannot overwrite NamedTuple attribute ${f}`);
  const body = new Map([...ns].filter(([k]) => !fields.includes(k) && k !== '__annotations__'));
  return makeNamedTupleClass(name, fields, defaults, body);
}

// The functional form NamedTuple('P', [('x', int), ('y', float)]).
NAMEDTUPLE_BASE.construct = (args) => {
  const name = str(args[0]);
  const fields: string[] = [];
  if (args[1] !== undefined) {
    const next = iterate(args[1]);
    for (let v = next(); v !== undefined; v = next()) fields.push(str(v instanceof PyTuple ? v.items[0] : v));
  }
  return makeNamedTupleClass(name, checkNames(name, fields, false), new Map());
};

export function isNamedTupleBase(v: PyValue): boolean {
  return v === NAMEDTUPLE_BASE;
}
