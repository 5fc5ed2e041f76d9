// The enum module: Enum, IntEnum, StrEnum, auto and unique, with what EnumType does in
// CPython 3.11: members built from the class body in definition order (aliases for repeated
// values), Color(value) and Color['NAME'] lookups with CPython's errors, iteration, len and
// `in` over the class, `<Color.RED: 1>` reprs, `Color.RED` / value str() per flavour, tuple
// values passed to a user __init__, the functional API Enum('Color', 'RED GREEN'), and
// IntEnum/StrEnum members that compare, hash, index and compute like their values.
import {
  ClassMeta, Kwargs, PyBuiltin, PyClass, PyClassMethod, PyDict, PyFunction, PyInstance, PyModule, PyNative,
  PyProperty, PyStaticMethod, PyTuple, PyValue, classMeta,
} from './values';
import { T, pyErr, throwErr } from './types';
import {
  bindIfFunction, binop, callValue, compare, dictSet, getattr, hashKey, repr, str, toArray, typeName,
} from './runtime';
import { formatValue } from './format';

interface EnumInfo { members: PyInstance[]; byName: Map<string, PyInstance>; byValue: Map<unknown, PyInstance> }
const infos = new WeakMap<PyClass, EnumInfo>();

class AutoValue extends PyNative {
  pyType(): PyClass { return autoClass; }
  override repr(): string { return 'auto(_auto_null)'; }
}
const autoClass = new PyClass('auto', [T.object], 'enum');

function valueKey(v: PyValue): unknown {
  try { return hashKey(v); } catch { return undefined; }
}

function flavour(cls: PyClass): 'int' | 'str' | 'plain' {
  if (cls.isSubclassOf(INT_ENUM)) return 'int';
  if (cls.isSubclassOf(STR_ENUM)) return 'str';
  return 'plain';
}

function isMemberCandidate(name: string, v: PyValue): boolean {
  if (name.startsWith('_')) return false;
  return !(v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyProperty || v instanceof PyStaticMethod ||
    v instanceof PyClassMethod || v instanceof PyClass);
}

function buildMembers(cls: PyClass): void {
  const parent = cls.mro.slice(1).find((c) => infos.get(c)?.members.length);
  if (parent) throwErr('TypeError', `<enum '${cls.name}'> cannot extend <enum '${parent.name}'>`);
  const info: EnumInfo = { members: [], byName: new Map(), byValue: new Map() };
  infos.set(cls, info);
  const kind = flavour(cls);
  const userInit = cls.lookup('__init__');
  const hasInit = userInit instanceof PyFunction;
  let last: PyValue = null;
  for (const [name, raw] of [...cls.dict]) {
    if (!isMemberCandidate(name, raw)) continue;
    let value = raw;
    if (raw instanceof AutoValue) {
      if (kind === 'str') value = name.toLowerCase();
      else value = typeof last === 'number' ? last + 1 : 1;
    }
    if (kind === 'int' && typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean') {
      throwErr('ValueError', `invalid literal for int() with base 10: ${repr(value)}`);
    }
    if (kind === 'str' && typeof value !== 'string') throwErr('TypeError', `${repr(value)} is not a string`);
    last = value;
    const key = valueKey(value);
    const existing = key !== undefined ? info.byValue.get(key) : info.members.find((m) => compare('Eq', m.dict.get('_value_')!, value) === true);
    if (existing) { info.byName.set(name, existing); cls.dict.set(name, existing); continue; }
    const m = new PyInstance(cls);
    m.dict.set('_name_', name);
    m.dict.set('_value_', value);
    if (hasInit) callValue(bindIfFunction(userInit, m), value instanceof PyTuple ? value.items : [value], null);
    info.members.push(m);
    info.byName.set(name, m);
    if (key !== undefined) info.byValue.set(key, m);
    cls.dict.set(name, m);
  }
}

function lookupValue(cls: PyClass, v: PyValue): PyInstance {
  const info = infos.get(cls);
  if (v instanceof PyInstance && v.cls === cls) return v;
  if (info) {
    const key = valueKey(v);
    const m = key !== undefined ? info.byValue.get(key) : info.members.find((x) => compare('Eq', x.dict.get('_value_')!, v) === true);
    if (m) return m;
  }
  throwErr('ValueError', `${repr(v)} is not a valid ${cls.name}`);
}

/** Enum('Color', 'RED GREEN') / Enum('Color', ['R', 'G']) / Enum('Color', {'R': 1}). */
function functionalApi(base: PyClass, args: PyValue[], kwargs: Kwargs): PyClass {
  const [name, spec] = args;
  if (typeof name !== 'string') throwErr('TypeError', 'Enum class name must be a string');
  const cls = new PyClass(name, [base], '__main__');
  const pairs: [string, PyValue][] = [];
  const start = kwargs?.get('start');
  let n = typeof start === 'number' ? start : 1;
  if (typeof spec === 'string') for (const s of spec.replace(/,/g, ' ').split(/\s+/).filter(Boolean)) pairs.push([s, n++]);
  else if (spec instanceof PyDict) for (const [k, v] of spec.store.map.values()) pairs.push([str(k), v]);
  else for (const item of toArray(spec ?? null)) {
    if (typeof item === 'string') pairs.push([item, n++]);
    else { const [k, v] = toArray(item); pairs.push([str(k), v]); }
  }
  for (const [k, v] of pairs) cls.dict.set(k, v);
  buildMembers(cls);
  return cls;
}

const enumMeta: ClassMeta = {
  initSubclass: buildMembers,
  call(cls, args, kwargs) {
    const info = infos.get(cls);
    if ((!info || !info.members.length) && args.length >= 2) return functionalApi(cls, args, kwargs);
    if (args.length !== 1) throwErr('TypeError', `EnumType.__call__() missing 1 required positional argument: 'value'`);
    return lookupValue(cls, args[0]);
  },
  iter: (cls) => infos.get(cls)?.members.slice() ?? [],
  len: (cls) => infos.get(cls)?.members.length ?? 0,
  getitem(cls, key) {
    const m = typeof key === 'string' ? infos.get(cls)?.byName.get(key) : undefined;
    if (!m) { const e = pyErr('KeyError'); e.exc.args = [key]; throw e; }
    return m;
  },
  contains(cls, item) {
    if (item instanceof PyInstance && classMeta(item.cls) === enumMeta) return item.cls.isSubclassOf(cls) && (infos.get(cls)?.members.includes(item) ?? false);
    throwErr('TypeError', `unsupported operand type(s) for 'in': '${typeName(item)}' and 'EnumType'`);
  },
  repr: (cls) => `<enum '${cls.name}'>`,
  hashKey: (inst) => (flavour(inst.cls) === 'plain' ? undefined : valueKey(memberValue(inst))),
  getattr(cls, name) {
    if (name !== '__members__') return undefined;
    const d = new PyDict();
    for (const [k, m] of infos.get(cls)?.byName ?? []) dictSet(d, k, m);
    return d;
  },
};

const memberValue = (m: PyValue): PyValue => (m as PyInstance).dict.get('_value_')!;
const memberName = (m: PyValue): string => (m as PyInstance).dict.get('_name_') as string;

export const ENUM = new PyClass('Enum', [T.object], 'enum');
ENUM.meta = enumMeta;
const method = (cls: PyClass, name: string, fn: (self: PyInstance, args: PyValue[]) => PyValue) =>
  cls.dict.set(name, new PyBuiltin(name, (a) => fn(a[0] as PyInstance, a.slice(1))));
method(ENUM, '__repr__', (self) => `<${self.cls.name}.${memberName(self)}: ${repr(memberValue(self))}>`);
method(ENUM, '__str__', (self) => (flavour(self.cls) === 'plain' ? `${self.cls.name}.${memberName(self)}` : str(memberValue(self))));
// 3.11: a plain Enum formats its str() (a user __str__ included), IntEnum/StrEnum their value
method(ENUM, '__format__', (self, a) => (flavour(self.cls) === 'plain' ? formatValue(str(self), str(a[0])) : formatValue(memberValue(self), str(a[0]))));
ENUM.dict.set('name', new PyProperty(new PyBuiltin('name', (a) => memberName(a[0]))));
ENUM.dict.set('value', new PyProperty(new PyBuiltin('value', (a) => memberValue(a[0]))));

/** IntEnum / StrEnum members behave as their values in arithmetic, comparison and hashing. */
function valueLike(cls: PyClass): void {
  method(cls, '__eq__', (self, a) => compare('Eq', memberValue(self), a[0] instanceof PyInstance && infos.has(a[0].cls) ? memberValue(a[0]) : a[0]));
  method(cls, '__ne__', (self, a) => compare('NotEq', memberValue(self), a[0] instanceof PyInstance && infos.has(a[0].cls) ? memberValue(a[0]) : a[0]));
  for (const [d, op] of [['lt', 'Lt'], ['le', 'LtE'], ['gt', 'Gt'], ['ge', 'GtE']]) {
    method(cls, `__${d}__`, (self, a) => compare(op, memberValue(self), a[0] instanceof PyInstance && infos.has(a[0].cls) ? memberValue(a[0]) : a[0]));
  }
  const ops: [string, string][] = [['add', 'Add'], ['sub', 'Sub'], ['mul', 'Mult'], ['truediv', 'Div'], ['floordiv', 'FloorDiv'],
    ['mod', 'Mod'], ['pow', 'Pow'], ['and', 'BitAnd'], ['or', 'BitOr'], ['xor', 'BitXor'], ['lshift', 'LShift'], ['rshift', 'RShift']];
  const plain = (v: PyValue) => (v instanceof PyInstance && infos.has(v.cls) ? memberValue(v) : v);
  for (const [d, op] of ops) {
    method(cls, `__${d}__`, (self, a) => binop(op, memberValue(self), plain(a[0])));
    method(cls, `__r${d}__`, (self, a) => binop(op, plain(a[0]), memberValue(self)));
  }
  method(cls, '__getattr__', (self, a) => getattr(memberValue(self), str(a[0])));
  method(cls, '__len__', (self) => callValue(getattr(memberValue(self), '__len__'), [], null));
}
export const INT_ENUM = new PyClass('IntEnum', [ENUM], 'enum');
valueLike(INT_ENUM);
method(INT_ENUM, '__index__', (self) => memberValue(self));
method(INT_ENUM, '__int__', (self) => memberValue(self));
method(INT_ENUM, '__float__', (self) => callValue(T.float, [memberValue(self)], null));
export const STR_ENUM = new PyClass('StrEnum', [ENUM], 'enum');
valueLike(STR_ENUM);

export function makeEnumModule(): PyModule {
  const m = new PyModule('enum');
  m.dict.set('Enum', ENUM);
  m.dict.set('IntEnum', INT_ENUM);
  m.dict.set('StrEnum', STR_ENUM);
  m.dict.set('EnumMeta', T.type);
  m.dict.set('EnumType', T.type);
  m.dict.set('auto', new PyBuiltin('auto', () => new AutoValue()));
  m.dict.set('unique', new PyBuiltin('unique', (a) => {
    const cls = a[0] as PyClass;
    const info = infos.get(cls);
    const dups: string[] = [];
    if (info) for (const [name, mem] of info.byName) if (memberName(mem) !== name) dups.push(`${name} -> ${memberName(mem)}`);
    if (dups.length) throwErr('ValueError', `duplicate values found in ${repr(cls)}: ${dups.join(', ')}`);
    return cls;
  }));
  return m;
}

