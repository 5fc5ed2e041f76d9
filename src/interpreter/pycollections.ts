// Parts of collections beyond the basic dict subclasses: OrderedDict as its own class
// (`OrderedDict([('a', 1)])` repr, move_to_end, popitem(last=False)), Counter's multiset
// arithmetic (+, -, |, & keeping positive counts in CPython's order), ChainMap lookups, and
// collections.abc, whose classes answer isinstance() by protocol (Iterable, Sequence, Mapping,
// ...) as the registered builtins do in CPython.
import { ClassMeta, NOT_IMPLEMENTED, PyBuiltin, PyClass, PyDict, PyFunction, PyBoundMethod, PyInstance, PyIterator, PyList, PyModule, PyNative, PyRange, PySet, PyTuple, PyValue } from './values';
import { T, pyErr, throwErr } from './types';
import { dictGet, dictSet, getitem, hashKey, repr, toArray, truthy, compare, contains, binop } from './runtime';

// ------------------------------------------------------------------------------------------
// OrderedDict

export const ORDERED_DICT_CLASS = new PyClass('OrderedDict', [T.dict], 'collections');
export class OrderedDictObj extends PyDict {
  static cls = ORDERED_DICT_CLASS;
  reprOverride(): string {
    if (!this.store.size) return 'OrderedDict()';
    return `OrderedDict([${[...this.store.map.values()].map(([k, v]) => `(${repr(k)}, ${repr(v)})`).join(', ')}])`;
  }
}
ORDERED_DICT_CLASS.construct = (a, k) => {
  const d = new OrderedDictObj();
  const src = T.dict.construct!(a, k) as PyDict;
  for (const [key, e] of src.store.map) d.store.map.set(key, e);
  return d;
};
const odMethod = (name: string, fn: (self: PyDict, a: PyValue[], k: Map<string, PyValue> | null) => PyValue) =>
  ORDERED_DICT_CLASS.dict.set(name, new PyBuiltin(name, (a, k) => fn(a[0] as PyDict, a.slice(1), k)));
odMethod('move_to_end', (self, a, k) => {
  const key = a[0] ?? null;
  const last = truthy(a[1] ?? k?.get('last') ?? true);
  const hk = hashKey(key);
  const item = self.store.map.get(hk);
  if (item === undefined) { const e = pyErr('KeyError'); e.exc.args = [key]; throw e; }
  const entries = [...self.store.map].filter(([h]) => h !== hk);
  if (last) entries.push([hk, item]); else entries.unshift([hk, item]);
  self.store.map = new Map(entries);
  return null;
});
odMethod('popitem', (self, a, k) => {
  const last = truthy(a[0] ?? k?.get('last') ?? true);
  const entries = [...self.store.map];
  if (!entries.length) { const e = pyErr('KeyError', 'dictionary is empty'); throw e; }
  const [hk, [key, v]] = last ? entries[entries.length - 1] : entries[0];
  self.store.map.delete(hk);
  return new PyTuple([key, v]);
});

// ------------------------------------------------------------------------------------------
// Counter arithmetic

/** Counter a op b as CPython computes it (only positive counts kept). */
export function counterBinop(make: () => PyDict, op: string, a: PyDict, b: PyDict): PyValue {
  const out = make();
  const get = (d: PyDict, k: PyValue) => dictGet(d, k) ?? 0;
  const pos = (v: PyValue) => truthy(compare('Gt', v, 0));
  switch (op) {
    case 'Add':
      for (const [k, v] of a.store.map.values()) { const n = binop('Add', v, get(b, k)); if (pos(n)) dictSet(out, k, n); }
      for (const [k, v] of b.store.map.values()) if (dictGet(a, k) === undefined && pos(v)) dictSet(out, k, v);
      return out;
    case 'Sub':
      for (const [k, v] of a.store.map.values()) { const n = binop('Sub', v, get(b, k)); if (pos(n)) dictSet(out, k, n); }
      for (const [k, v] of b.store.map.values()) if (dictGet(a, k) === undefined && truthy(compare('Lt', v, 0))) dictSet(out, k, binop('Sub', 0, v));
      return out;
    case 'BitOr':
      for (const [k, v] of a.store.map.values()) { const o = get(b, k); const n = truthy(compare('Lt', v, o)) ? o : v; if (pos(n)) dictSet(out, k, n); }
      for (const [k, v] of b.store.map.values()) if (dictGet(a, k) === undefined && pos(v)) dictSet(out, k, v);
      return out;
    case 'BitAnd':
      for (const [k, v] of a.store.map.values()) { const o = get(b, k); const n = truthy(compare('Lt', v, o)) ? v : o; if (pos(n)) dictSet(out, k, n); }
      return out;
  }
  return NOT_IMPLEMENTED;
}

// ------------------------------------------------------------------------------------------
// ChainMap

const chainMapClass = new PyClass('ChainMap', [T.object], 'collections');
class ChainMap extends PyNative {
  constructor(public maps: PyValue[]) { super(); }
  pyType(): PyClass { return chainMapClass; }
  private find(key: PyValue): PyValue | undefined {
    for (const m of this.maps) if (contains(m, key)) return getitem(m, key);
    return undefined;
  }
  override getitem(key: PyValue): PyValue {
    const v = this.find(key);
    if (v === undefined) { const e = pyErr('KeyError'); e.exc.args = [key]; throw e; }
    return v;
  }
  override setitem(key: PyValue, value: PyValue): void { dictSet(this.maps[0] as PyDict, key, value); }
  override contains(key: PyValue): boolean { return this.find(key) !== undefined; }
  private keys(): PyValue[] {
    const seen = new PyDict();
    for (const m of [...this.maps].reverse()) for (const k of toArray(m)) dictSet(seen, k, null);
    return [...seen.store.map.values()].map(([k]) => k);
  }
  override len(): number { return this.keys().length; }
  override iter(): PyIterator { const ks = this.keys(); let i = 0; return new PyIterator(() => (i < ks.length ? ks[i++] : undefined), 'dict_keyiterator'); }
  override repr(): string { return `ChainMap(${this.maps.map(repr).join(', ')})`; }
  override getattr(name: string): PyValue | undefined {
    if (name === 'maps') return new PyList(this.maps);
    if (name === 'get') return new PyBuiltin(name, (a) => this.find(a[0] ?? null) ?? a[1] ?? null);
    if (name === 'keys') return new PyBuiltin(name, () => new PyList(this.keys()));
    if (name === 'values') return new PyBuiltin(name, () => new PyList(this.keys().map((k) => this.find(k)!)));
    if (name === 'items') return new PyBuiltin(name, () => new PyList(this.keys().map((k) => new PyTuple([k, this.find(k)!]))));
    if (name === 'new_child') return new PyBuiltin(name, (a) => new ChainMap([a[0] ?? new PyDict(), ...this.maps]));
    if (name === 'parents') return new ChainMap(this.maps.slice(1));
    return undefined;
  }
}
export const CHAIN_MAP = new PyBuiltin('ChainMap', (a) => new ChainMap(a.length ? a : [new PyDict()]));

// ------------------------------------------------------------------------------------------
// collections.abc

function hasMethod(v: PyValue, name: string): boolean {
  return v instanceof PyInstance && v.cls.lookup(name) !== undefined && v.cls.lookup(name) !== null;
}
const PROTOCOLS: Record<string, (v: PyValue) => boolean> = {
  Iterable: (v) => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet ||
    v instanceof PyRange || v instanceof PyIterator || (v instanceof PyNative && !!v.iter) || hasMethod(v, '__iter__'),
  Iterator: (v) => v instanceof PyIterator || (hasMethod(v, '__iter__') && hasMethod(v, '__next__')),
  Generator: (v) => v instanceof PyIterator && v.typeName === 'generator',
  Sized: (v) => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet ||
    v instanceof PyRange || (v instanceof PyNative && !!v.len) || hasMethod(v, '__len__'),
  Container: (v) => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet ||
    v instanceof PyRange || (v instanceof PyNative && !!v.contains) || hasMethod(v, '__contains__'),
  Callable: (v) => v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyClass ||
    (v instanceof PyNative && !!v.call) || hasMethod(v, '__call__'),
  Hashable: (v) => { try { void getHashable(v); return true; } catch { return false; } },
  Sequence: (v) => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange,
  MutableSequence: (v) => v instanceof PyList,
  Mapping: (v) => v instanceof PyDict,
  MutableMapping: (v) => v instanceof PyDict,
  Set: (v) => v instanceof PySet,
  MutableSet: (v) => v instanceof PySet && !v.frozen,
};
PROTOCOLS.Collection = (v) => PROTOCOLS.Sized(v) && PROTOCOLS.Iterable(v) && PROTOCOLS.Container(v);
PROTOCOLS.Reversible = (v) => PROTOCOLS.Sequence(v) || v instanceof PyDict;
function getHashable(v: PyValue): unknown {
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) throwErr('TypeError', 'unhashable');
  return v;
}

export function makeCollectionsAbc(): PyModule {
  const m = new PyModule('collections.abc');
  // CPython's ABC hierarchy, so a user subclass of Sequence is also an Iterable, a Sized, ...
  const bases: Record<string, string[]> = {
    Iterator: ['Iterable'], Reversible: ['Iterable'], Generator: ['Iterator'], Collection: ['Sized', 'Iterable', 'Container'],
    Sequence: ['Reversible', 'Collection'], MutableSequence: ['Sequence'], Set: ['Collection'], MutableSet: ['Set'],
    Mapping: ['Collection'], MutableMapping: ['Mapping'],
  };
  const order = ['Iterable', 'Sized', 'Container', 'Callable', 'Hashable', 'Iterator', 'Reversible', 'Generator', 'Collection',
    'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping', 'MutableMapping'];
  for (const name of order) {
    const check = PROTOCOLS[name];
    const cls = new PyClass(name, (bases[name] ?? []).map((b) => m.dict.get(b) as PyClass).concat(bases[name] ? [] : [T.object]), 'collections.abc');
    const meta: ClassMeta = { instancecheck: (c, v) => (c === cls && check(v) ? true : undefined) };
    cls.meta = meta;
    m.dict.set(name, cls);
  }
  return m;
}

