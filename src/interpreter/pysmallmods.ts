// Small standard-library modules: string (the character-class constants, capwords, Template),
// types (SimpleNamespace and the type objects), heapq (CPython's sift algorithms, so heap lists
// print in the same order; nlargest/nsmallest/merge) and bisect (bisect/insort with lo, hi, key).
import { Kwargs, PyBuiltin, PyClass, PyDict, PyInstance, PyIterator, PyList, PyModule, PyNative, PyValue } from './values';
import { T, pyErr, throwErr } from './types';
import { callValue, getattr, pyEq, pyLen, repr, str, toArray, toIndex, truthy, typeName, getitem } from './runtime';
import { lessThan, pySort } from './builtins';
import { bind, signature } from './args';

// ------------------------------------------------------------------------------------------
// string

const templateClass = new PyClass('Template', [T.object], 'string');
class Template extends PyNative {
  constructor(public template: string) { super(); }
  pyType(): PyClass { return templateClass; }
  private substitute(mapping: Map<string, PyValue>, safe: boolean): string {
    return this.template.replace(/\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g, (all, esc, named, braced, bad, offset: number) => {
      if (esc) return '$';
      const name = named ?? braced;
      if (name !== undefined) {
        const v = mapping.get(name);
        if (v !== undefined) return str(v);
        if (safe) return all;
        const e = pyErr('KeyError'); e.exc.args = [name]; throw e;
      }
      if (safe) return all;
      const before = this.template.slice(0, offset);
      const line = before.split('\n').length, col = offset - before.lastIndexOf('\n');
      void bad;
      throwErr('ValueError', `Invalid placeholder in string: line ${line}, col ${col}`);
    });
  }
  override getattr(name: string): PyValue | undefined {
    const collect = (a: PyValue[], k: Kwargs) => {
      const m = new Map<string, PyValue>();
      if (a[0] instanceof PyDict) for (const [key, v] of a[0].store.map.values()) m.set(str(key), v);
      if (k) for (const [key, v] of k) m.set(key, v);
      return m;
    };
    if (name === 'substitute') return new PyBuiltin(name, (a, k) => this.substitute(collect(a, k), false));
    if (name === 'safe_substitute') return new PyBuiltin(name, (a, k) => this.substitute(collect(a, k), true));
    if (name === 'template') return this.template;
    return undefined;
  }
}

export function makeStringModule(): PyModule {
  const m = new PyModule('string');
  const lower = 'abcdefghijklmnopqrstuvwxyz', upper = lower.toUpperCase(), digits = '0123456789';
  const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
  const whitespace = ' \t\n\r\x0b\x0c';
  const consts: Record<string, string> = {
    ascii_lowercase: lower, ascii_uppercase: upper, ascii_letters: lower + upper, digits, hexdigits: digits + 'abcdefABCDEF',
    octdigits: '01234567', punctuation, whitespace, printable: digits + lower + upper + punctuation + whitespace,
  };
  for (const [k, v] of Object.entries(consts)) m.dict.set(k, v);
  m.dict.set('capwords', new PyBuiltin('capwords', (a, k) => {
    const s = str(a[0] ?? null);
    const sep = a[1] ?? k?.get('sep') ?? null;
    const cap = (w: string) => (w ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w);
    if (sep === null) return s.trim().split(/\s+/).filter(Boolean).map(cap).join(' ');
    return s.split(str(sep)).map(cap).join(str(sep));
  }));
  m.dict.set('Template', new PyBuiltin('Template', (a) => new Template(str(a[0] ?? null))));
  return m;
}

// ------------------------------------------------------------------------------------------
// types

export const SIMPLE_NAMESPACE = new PyClass('SimpleNamespace', [T.object], 'types');
SIMPLE_NAMESPACE.dict.set('__init__', new PyBuiltin('__init__', (a, k) => {
  const self = a[0] as PyInstance;
  if (a.length > 2) throwErr('TypeError', `SimpleNamespace expected at most 1 argument, got ${a.length - 1}`);
  if (a[1] instanceof PyDict) for (const [key, v] of a[1].store.map.values()) self.dict.set(str(key), v);
  if (k) for (const [key, v] of k) self.dict.set(key, v);
  return null;
}));
SIMPLE_NAMESPACE.dict.set('__repr__', new PyBuiltin('__repr__', (a) => {
  const self = a[0] as PyInstance;
  const name = self.cls === SIMPLE_NAMESPACE ? 'namespace' : self.cls.name;
  return `${name}(${[...self.dict].map(([k, v]) => `${k}=${repr(v)}`).join(', ')})`;
}));
SIMPLE_NAMESPACE.dict.set('__eq__', new PyBuiltin('__eq__', (a) => {
  const [x, y] = a as [PyInstance, PyValue];
  if (!(y instanceof PyInstance) || !y.cls.isSubclassOf(SIMPLE_NAMESPACE)) return false;
  if (x.dict.size !== y.dict.size) return false;
  for (const [k, v] of x.dict) { const w = y.dict.get(k); if (w === undefined || !pyEq(v, w)) return false; }
  return true;
}));

export function makeTypesModule(): PyModule {
  const m = new PyModule('types');
  m.dict.set('SimpleNamespace', SIMPLE_NAMESPACE);
  const alias: Record<string, string> = {
    FunctionType: 'function', LambdaType: 'function', BuiltinFunctionType: 'builtin_function_or_method',
    BuiltinMethodType: 'builtin_function_or_method', MethodType: 'method', ModuleType: 'module', GeneratorType: 'generator',
    NoneType: 'NoneType', EllipsisType: 'ellipsis', NotImplementedType: 'NotImplementedType',
  };
  for (const [k, v] of Object.entries(alias)) if (T[v]) m.dict.set(k, T[v]);
  return m;
}

// ------------------------------------------------------------------------------------------
// heapq

function heapList(v: PyValue, fname: string): PyList {
  if (!(v instanceof PyList)) throwErr('TypeError', `${fname}() argument 1 must be list, not ${typeName(v)}`);
  return v;
}
function siftDown(h: PyValue[], start: number, pos: number): void {
  const item = h[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if (lessThan(item, h[parent])) { h[pos] = h[parent]; pos = parent; continue; }
    break;
  }
  h[pos] = item;
}
function siftUp(h: PyValue[], pos: number): void {
  const end = h.length, start = pos, item = h[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lessThan(h[child], h[right])) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h[pos] = item;
  siftDown(h, start, pos);
}

export function makeHeapqModule(): PyModule {
  const m = new PyModule('heapq');
  const def = (name: string, fn: (a: PyValue[], k: Kwargs) => PyValue) => m.dict.set(name, new PyBuiltin(name, fn));
  def('heappush', (a) => { const h = heapList(a[0] ?? null, 'heappush').items; h.push(a[1] ?? null); siftDown(h, 0, h.length - 1); return null; });
  def('heappop', (a) => {
    const h = heapList(a[0] ?? null, 'heappop').items;
    if (!h.length) throwErr('IndexError', 'index out of range');
    const last = h.pop()!;
    if (!h.length) return last;
    const top = h[0];
    h[0] = last;
    siftUp(h, 0);
    return top;
  });
  def('heapify', (a) => { const h = heapList(a[0] ?? null, 'heapify').items; for (let i = (h.length >> 1) - 1; i >= 0; i--) siftUp(h, i); return null; });
  def('heapreplace', (a) => {
    const h = heapList(a[0] ?? null, 'heapreplace').items;
    if (!h.length) throwErr('IndexError', 'index out of range');
    const top = h[0];
    h[0] = a[1] ?? null;
    siftUp(h, 0);
    return top;
  });
  def('heappushpop', (a) => {
    const h = heapList(a[0] ?? null, 'heappushpop').items;
    let item = a[1] ?? null;
    if (h.length && lessThan(h[0], item)) { const t = h[0]; h[0] = item; item = t; siftUp(h, 0); }
    return item;
  });
  const nSig = (name: string) => signature(name, 'n, iterable, key=None');
  def('nlargest', (a, k) => {
    const b = bind(nSig('nlargest'), a, k);
    const n = toIndex(b.n);
    return new PyList(pySort(toArray(b.iterable), b.key, true).slice(0, Math.max(0, n)));
  });
  def('nsmallest', (a, k) => {
    const b = bind(nSig('nsmallest'), a, k);
    const n = toIndex(b.n);
    return new PyList(pySort(toArray(b.iterable), b.key, false).slice(0, Math.max(0, n)));
  });
  def('merge', (a, k) => {
    const key = k?.get('key') ?? null, reverse = truthy(k?.get('reverse') ?? false);
    const all = pySort(a.flatMap((it) => toArray(it)), key, reverse);
    let i = 0;
    return new PyIterator(() => (i < all.length ? all[i++] : undefined), 'generator');
  });
  return m;
}

// ------------------------------------------------------------------------------------------
// bisect

function bisectIndex(a: PyValue[] | PyValue, x: PyValue, lo: PyValue, hi: PyValue, key: PyValue, right: boolean, keyX: boolean): number {
  let l = toIndex(lo);
  if (l < 0) throwErr('ValueError', 'lo must be non-negative');
  let h = hi === null ? pyLen(a as PyValue) : toIndex(hi);
  const at = (i: number) => { const v = getitem(a as PyValue, i); return key === null ? v : callValue(key, [v], null); };
  const target = keyX && key !== null ? callValue(key, [x], null) : x;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (right ? lessThan(target, at(mid)) : lessThan(at(mid), target)) { if (right) h = mid; else l = mid + 1; } else if (right) l = mid + 1; else h = mid;
  }
  return l;
}

export function makeBisectModule(): PyModule {
  const m = new PyModule('bisect');
  const sig = (n: string) => signature(n, 'a, x, lo=0, hi=None, *, key=None');
  for (const [name, right] of [['bisect_left', false], ['bisect_right', true], ['bisect', true]] as const) {
    const s = sig(name);
    m.dict.set(name, new PyBuiltin(name, (a, k) => { const b = bind(s, a, k); return bisectIndex(b.a, b.x, b.lo, b.hi, b.key, right, false); }));
  }
  for (const [name, right] of [['insort_left', false], ['insort_right', true], ['insort', true]] as const) {
    const s = sig(name);
    m.dict.set(name, new PyBuiltin(name, (a, k) => {
      const b = bind(s, a, k);
      const i = bisectIndex(b.a, b.x, b.lo, b.hi, b.key, right, true);
      if (b.a instanceof PyList) b.a.items.splice(i, 0, b.x);
      else callValue(getattr(b.a, 'insert'), [i, b.x], null);
      return null;
    }));
  }
  return m;
}

