// Methods of the builtin types users reach for: str, list, dict, set, tuple, int, float,
// complex, plus attributes like int.real and exception .args. Installed into the runtime's
// attribute lookup through hooks.strMethods / hooks.typeMethods.
import {
  Kwargs, PyBuiltin, PyClass, PyComplex, PyDict, PyFloat, PyFunction, PyInstance, PyList, PyProperty, PySet, PyTuple, PyValue, isInt,
  normBig,
} from './values';
import { T, pyErr, throwErr } from './types';
import { STR_TRANSLATE_METHODS } from './pystrtranslate';
import { encodeStr } from './pybytes';
import {
  MAX_SEQUENCE, asInt, callValue, checkSize, contains, dictGet, dictSet, hashKey, hooks, pyEq, pyErrKey, repr, setItems, storeOf, str, toArray,
  toIndex, typeName,
} from './runtime';
import { DictView, dictFromArgs, pySort } from './builtins';
import { percentOp, strFormat } from './format';

type Method = (self: never, args: PyValue[], kwargs: Kwargs) => PyValue;
type Table = Record<string, Method>;

function nargs(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (max === 0) throwErr('TypeError', `${name}() takes no arguments (${args.length} given)`);
    if (min === max) throwErr('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
    if (args.length < min) throwErr('TypeError', `${name} expected at least ${min} argument${min > 1 ? 's' : ''}, got ${args.length}`);
    throwErr('TypeError', `${name} expected at most ${max} argument${max > 1 ? 's' : ''}, got ${args.length}`);
  }
}

function strArg(name: string, v: PyValue, pos = 1): string {
  if (typeof v !== 'string') throwErr('TypeError', `${name}() argument ${pos} must be str, not ${typeName(v)}`);
  return v;
}

function stripChars(chars: PyValue): string | null {
  if (chars === null || chars === undefined) return null;
  return strArg('strip', chars);
}
function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const set = chars === null ? null : new Set([...chars]);
  const isStrip = (c: string) => (set ? set.has(c) : /\s/.test(c));
  const cs = [...s];
  let a = 0, b = cs.length;
  if (left) while (a < b && isStrip(cs[a])) a++;
  if (right) while (b > a && isStrip(cs[b - 1])) b--;
  return cs.slice(a, b).join('');
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && /\s/.test(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) { out.push(s.slice(i).replace(/\s+$/, '')); return out; }
    let j = i;
    while (j < n && !/\s/.test(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function kw(kwargs: Kwargs, name: string, pos: PyValue | undefined, dflt: PyValue): PyValue {
  const v = kwargs?.get(name);
  if (v !== undefined) return v;
  return pos === undefined ? dflt : pos;
}

function sliceArgs(s: string, args: PyValue[], from: number): [number, number] {
  const n = s.length;
  const norm = (v: PyValue | undefined, d: number) => {
    if (v === undefined || v === null) return d;
    let i = toIndex(v);
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  return [norm(args[from], 0), norm(args[from + 1], n)];
}

const strMethods: Table = {
  ...STR_TRANSLATE_METHODS,
  upper: (s: string) => s.toUpperCase(),
  lower: (s: string) => s.toLowerCase(),
  casefold: (s: string) => s.toLowerCase(),
  swapcase: (s: string) => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  title: (s: string) => s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_, p, c) => p + c.toUpperCase()),
  capitalize: (s: string) => (s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s),
  strip: (s: string, a) => strip(s, stripChars(a[0] ?? null), true, true),
  lstrip: (s: string, a) => strip(s, stripChars(a[0] ?? null), true, false),
  rstrip: (s: string, a) => strip(s, stripChars(a[0] ?? null), false, true),
  split: (s: string, a, k) => {
    const sep = kw(k, 'sep', a[0], null), maxsplit = toIndex(kw(k, 'maxsplit', a[1], -1));
    if (sep === null) return new PyList(splitWs(s, maxsplit));
    const p = strArg('split', sep);
    if (p === '') throwErr('ValueError', 'empty separator');
    const parts = s.split(p);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) return new PyList([...parts.slice(0, maxsplit), parts.slice(maxsplit).join(p)]);
    return new PyList(parts);
  },
  rsplit: (s: string, a, k) => {
    const sep = kw(k, 'sep', a[0], null), maxsplit = toIndex(kw(k, 'maxsplit', a[1], -1));
    if (sep === null) {
      if (maxsplit < 0) return new PyList(splitWs(s, -1));
      const rev = splitWs([...s].reverse().join(''), maxsplit).map((x) => [...x].reverse().join('')).reverse();
      return new PyList(rev);
    }
    const p = strArg('rsplit', sep);
    const parts = s.split(p);
    if (maxsplit >= 0 && parts.length > maxsplit + 1) return new PyList([parts.slice(0, parts.length - maxsplit).join(p), ...parts.slice(parts.length - maxsplit)]);
    return new PyList(parts);
  },
  splitlines: (s: string, a) => {
    const keep = a[0] === true;
    const out: string[] = [];
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0, m: RegExpExecArray | null;
    while ((m = re.exec(s))) { out.push(s.slice(last, keep ? m.index + m[0].length : m.index)); last = m.index + m[0].length; }
    if (last < s.length) out.push(s.slice(last));
    return new PyList(out);
  },
  join: (s: string, a) => {
    nargs('join', a, 1, 1);
    const items = toArray(a[0]);
    items.forEach((x, i) => { if (typeof x !== 'string') throwErr('TypeError', `sequence item ${i}: expected str instance, ${typeName(x)} found`); });
    return items.join(s);
  },
  replace: (s: string, a) => {
    nargs('replace', a, 2, 3);
    const old = strArg('replace', a[0], 1), nw = strArg('replace', a[1], 2);
    let count = a.length > 2 ? toIndex(a[2]) : -1;
    if (count < 0) return s.split(old).join(nw);
    let out = '', rest = s;
    if (old === '') {
      const cs = [...s];
      let r = '';
      for (let i = 0; i <= cs.length; i++) { if (count-- > 0) r += nw; if (i < cs.length) r += cs[i]; }
      return r;
    }
    while (count-- > 0) { const i = rest.indexOf(old); if (i < 0) break; out += rest.slice(0, i) + nw; rest = rest.slice(i + old.length); }
    return out + rest;
  },
  startswith: (s: string, a) => {
    const [st, en] = sliceArgs(s, a, 1);
    const sub = s.slice(st, en);
    const p = a[0];
    if (p instanceof PyTuple) return p.items.some((x) => sub.startsWith(strArg('startswith', x)));
    if (typeof p !== 'string') throwErr('TypeError', `startswith first arg must be str or a tuple of str, not ${typeName(p)}`);
    return sub.startsWith(p);
  },
  endswith: (s: string, a) => {
    const [st, en] = sliceArgs(s, a, 1);
    const sub = s.slice(st, en);
    const p = a[0];
    if (p instanceof PyTuple) return p.items.some((x) => sub.endsWith(strArg('endswith', x)));
    if (typeof p !== 'string') throwErr('TypeError', `endswith first arg must be str or a tuple of str, not ${typeName(p)}`);
    return sub.endsWith(p);
  },
  find: (s: string, a) => { const [st, en] = sliceArgs(s, a, 1); const i = s.slice(st, en).indexOf(strArg('find', a[0])); return i < 0 ? -1 : i + st; },
  rfind: (s: string, a) => { const [st, en] = sliceArgs(s, a, 1); const i = s.slice(st, en).lastIndexOf(strArg('rfind', a[0])); return i < 0 ? -1 : i + st; },
  index: (s: string, a) => { const [st, en] = sliceArgs(s, a, 1); const i = s.slice(st, en).indexOf(strArg('index', a[0])); if (i < 0) throwErr('ValueError', 'substring not found'); return i + st; },
  rindex: (s: string, a) => { const [st, en] = sliceArgs(s, a, 1); const i = s.slice(st, en).lastIndexOf(strArg('rindex', a[0])); if (i < 0) throwErr('ValueError', 'substring not found'); return i + st; },
  count: (s: string, a) => {
    const [st, en] = sliceArgs(s, a, 1);
    const sub = strArg('count', a[0]);
    const t = s.slice(st, en);
    if (sub === '') return [...t].length + 1;
    return t.split(sub).length - 1;
  },
  format: (s: string, a, k) => strFormat(s, a, k),
  format_map: (s: string, a) => {
    const d = a[0] as PyDict;
    const m = new Map<string, PyValue>();
    for (const [kk, v] of d.store.map.values()) m.set(str(kk), v);
    return strFormat(s, [], m);
  },
  __mod__: (s: string, a) => percentOp(s, a[0]),
  isdigit: (s: string) => s.length > 0 && /^\d+$/u.test(s),
  isdecimal: (s: string) => s.length > 0 && /^\d+$/u.test(s),
  isnumeric: (s: string) => s.length > 0 && /^\p{N}+$/u.test(s),
  isalpha: (s: string) => s.length > 0 && /^\p{L}+$/u.test(s),
  isalnum: (s: string) => s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s),
  isspace: (s: string) => s.length > 0 && /^\s+$/.test(s),
  isupper: (s: string) => /\p{Lu}/u.test(s) && s === s.toUpperCase(),
  islower: (s: string) => /\p{Ll}/u.test(s) && s === s.toLowerCase(),
  isidentifier: (s: string) => /^[A-Za-z_]\w*$/.test(s),
  istitle: (s: string) => /[A-Za-z]/.test(s) && s === strMethods.title(s as never, [], null),
  center: (s: string, a) => {
    const w = toIndex(a[0]), f = (a[1] as string) ?? ' ';
    const n = [...s].length;
    if (w <= n) return s;
    const total = w - n;
    const left = Math.floor(total / 2) + (total & w & 1);
    return f.repeat(left) + s + f.repeat(total - left);
  },
  ljust: (s: string, a) => { const w = toIndex(a[0]), f = (a[1] as string) ?? ' '; const n = [...s].length; return n >= w ? s : s + f.repeat(w - n); },
  rjust: (s: string, a) => { const w = toIndex(a[0]), f = (a[1] as string) ?? ' '; const n = [...s].length; return n >= w ? s : f.repeat(w - n) + s; },
  zfill: (s: string, a) => {
    const w = toIndex(a[0]);
    if (s.length >= w) return s;
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return sign + '0'.repeat(w - s.length) + s.slice(sign.length);
  },
  partition: (s: string, a) => { const p = strArg('partition', a[0]); const i = s.indexOf(p); return new PyTuple(i < 0 ? [s, '', ''] : [s.slice(0, i), p, s.slice(i + p.length)]); },
  rpartition: (s: string, a) => { const p = strArg('rpartition', a[0]); const i = s.lastIndexOf(p); return new PyTuple(i < 0 ? ['', '', s] : [s.slice(0, i), p, s.slice(i + p.length)]); },
  removeprefix: (s: string, a) => { const p = strArg('removeprefix', a[0]); return s.startsWith(p) ? s.slice(p.length) : s; },
  removesuffix: (s: string, a) => { const p = strArg('removesuffix', a[0]); return p && s.endsWith(p) ? s.slice(0, -p.length) : s; },
  expandtabs: (s: string, a) => {
    const size = a.length ? toIndex(a[0]) : 8;
    let out = '', col = 0;
    for (const c of s) {
      if (c === '\t') { const n = size ? size - (col % size) : 0; out += ' '.repeat(n); col += n; } else if (c === '\n') { out += c; col = 0; } else { out += c; col++; }
    }
    return out;
  },
  encode: (s: string, a, k) => encodeStr(s, a[0] ?? k?.get('encoding')),
};

function listIndexOf(items: PyValue[], x: PyValue, start = 0, end = items.length): number {
  for (let i = start; i < Math.min(end, items.length); i++) if (items[i] === x || pyEq(items[i], x)) return i;
  return -1;
}

const listMethods: Table = {
  append: (l: PyList, a) => { nargs('list.append', a, 1, 1); if (l.items.length >= MAX_SEQUENCE) checkSize(l.items.length + 1); l.items.push(a[0]); return null; },
  extend: (l: PyList, a) => { nargs('list.extend', a, 1, 1); const xs = toArray(a[0]); checkSize(l.items.length + xs.length); for (const x of xs) l.items.push(x); return null; },

  insert: (l: PyList, a) => {
    if (a.length !== 2) throwErr('TypeError', `insert expected 2 arguments, got ${a.length}`);
    let i = toIndex(a[0]);
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n); else if (i > n) i = n;
    l.items.splice(i, 0, a[1]);
    return null;
  },
  pop: (l: PyList, a) => {
    if (!l.items.length) throwErr('IndexError', 'pop from empty list');
    let i = a.length ? toIndex(a[0]) : -1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throwErr('IndexError', 'pop index out of range');
    return l.items.splice(i, 1)[0];
  },
  remove: (l: PyList, a) => {
    const i = listIndexOf(l.items, a[0]);
    if (i < 0) throwErr('ValueError', 'list.remove(x): x not in list');
    l.items.splice(i, 1);
    return null;
  },
  index: (l: PyList, a) => {
    const n = l.items.length;
    const norm = (v: PyValue | undefined, d: number) => { if (v === undefined) return d; let i = toIndex(v); if (i < 0) i = Math.max(0, i + n); return i; };
    const i = listIndexOf(l.items, a[0], norm(a[1], 0), norm(a[2], n));
    if (i < 0) throwErr('ValueError', `${repr(a[0])} is not in list`);
    return i;
  },
  count: (l: PyList, a) => l.items.filter((x) => x === a[0] || pyEq(x, a[0])).length,
  sort: (l: PyList, a, k) => {
    if (a.length) throwErr('TypeError', 'sort() takes no positional arguments');
    l.items = pySort(l.items, k?.get('key') ?? null, !!(k?.get('reverse')));
    return null;
  },
  reverse: (l: PyList) => { l.items.reverse(); return null; },
  copy: (l: PyList) => new PyList(l.items.slice()),
  clear: (l: PyList) => { l.items.length = 0; return null; },
};

const tupleMethods: Table = {
  index: (t: PyTuple, a) => {
    const i = listIndexOf(t.items, a[0]);
    if (i < 0) throwErr('ValueError', 'tuple.index(x): x not in tuple');
    return i;
  },
  count: (t: PyTuple, a) => t.items.filter((x) => pyEq(x, a[0])).length,
};

const dictMethods: Table = {
  keys: (d: PyDict) => new DictView(d, 'keys'),
  values: (d: PyDict) => new DictView(d, 'values'),
  items: (d: PyDict) => new DictView(d, 'items'),
  get: (d: PyDict, a) => { nargs('get', a, 1, 2); const v = dictGet(d, a[0]); return v === undefined ? (a[1] ?? null) : v; },
  pop: (d: PyDict, a) => {
    nargs('pop', a, 1, 2);
    const k = hashKey(a[0]);
    const e = d.store.map.get(k);
    if (e) { d.store.map.delete(k); return e[1]; }
    if (a.length > 1) return a[1];
    throw pyErrKey(a[0]);
  },
  popitem: (d: PyDict) => {
    const keys = [...d.store.map.keys()];
    if (!keys.length) throwErr('KeyError', 'popitem(): dictionary is empty');
    const k = keys[keys.length - 1];
    const [kk, v] = d.store.map.get(k)!;
    d.store.map.delete(k);
    return new PyTuple([kk, v]);
  },
  setdefault: (d: PyDict, a) => {
    const v = dictGet(d, a[0]);
    if (v !== undefined) return v;
    dictSet(d, a[0], a[1] ?? null);
    return a[1] ?? null;
  },
  update: (d: PyDict, a, k) => {
    const src = dictFromArgs(a, k);
    for (const [kk, v] of src.store.map.values()) dictSet(d, kk, v);
    return null;
  },
  copy: (d: PyDict) => { const c = new PyDict(); for (const [k, v] of d.store.map.values()) dictSet(c, k, v); return c; },
  clear: (d: PyDict) => { d.store.map.clear(); return null; },
};

function setOf(v: PyValue): PySet {
  if (v instanceof PySet) return v;
  const s = new PySet();
  s.store = storeOf(toArray(v));
  return s;
}

const setMethods: Table = {
  add: (s: PySet, a) => { const k = hashKey(a[0]); if (!s.store.map.has(k)) s.store.map.set(k, [a[0], null]); return null; },
  remove: (s: PySet, a) => { if (!s.store.map.delete(hashKey(a[0]))) throw pyErrKey(a[0]); return null; },
  discard: (s: PySet, a) => { s.store.map.delete(hashKey(a[0])); return null; },
  pop: (s: PySet) => {
    const items = setItems(s);
    if (!items.length) throwErr('KeyError', 'pop from an empty set');
    s.store.map.delete(hashKey(items[0]));
    return items[0];
  },
  update: (s: PySet, a) => { for (const x of a) for (const v of toArray(x)) { const k = hashKey(v); if (!s.store.map.has(k)) s.store.map.set(k, [v, null]); } return null; },
  union: (s: PySet, a) => { const r = new PySet(s.frozen); r.store = storeOf([...setItems(s), ...a.flatMap((x) => toArray(x))]); return r; },
  intersection: (s: PySet, a) => { const r = new PySet(s.frozen); let items = setItems(s); for (const x of a) { const o = setOf(x); items = items.filter((v) => o.store.map.has(hashKey(v))); } r.store = storeOf(items); return r; },
  difference: (s: PySet, a) => { const r = new PySet(s.frozen); let items = setItems(s); for (const x of a) { const o = setOf(x); items = items.filter((v) => !o.store.map.has(hashKey(v))); } r.store = storeOf(items); return r; },
  symmetric_difference: (s: PySet, a) => {
    const o = setOf(a[0]);
    const r = new PySet(s.frozen);
    r.store = storeOf([...setItems(s).filter((v) => !o.store.map.has(hashKey(v))), ...setItems(o).filter((v) => !s.store.map.has(hashKey(v)))]);
    return r;
  },
  issubset: (s: PySet, a) => { const o = setOf(a[0]); return [...s.store.map.keys()].every((k) => o.store.map.has(k)); },
  issuperset: (s: PySet, a) => { const o = setOf(a[0]); return [...o.store.map.keys()].every((k) => s.store.map.has(k)); },
  isdisjoint: (s: PySet, a) => { const o = setOf(a[0]); return ![...o.store.map.keys()].some((k) => s.store.map.has(k)); },
  copy: (s: PySet) => { const r = new PySet(s.frozen); r.store = storeOf(setItems(s)); return r; },
  clear: (s: PySet) => { s.store.map.clear(); return null; },
};

const intMethods: Table = {
  bit_length: (n: number | bigint) => { const b = BigInt(n); return (b < 0n ? -b : b).toString(2).replace(/^0$/, '').length; },
  conjugate: (n: number | bigint) => n,
  is_integer: () => true,
  __index__: (n: number | bigint) => n,
};

const floatMethods: Table = {
  is_integer: (f: PyFloat) => Number.isInteger(f.v),
  conjugate: (f: PyFloat) => f,
  as_integer_ratio: (f: PyFloat) => {
    if (!Number.isFinite(f.v)) throwErr(Number.isNaN(f.v) ? 'ValueError' : 'OverflowError', Number.isNaN(f.v) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
    let num = f.v, den = 1n;
    while (!Number.isInteger(num)) { num *= 2; den *= 2n; }
    let n = BigInt(num);
    const g = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : g(b, a % b));
    const d = g(n, den);
    n /= d;
    return new PyTuple([normBig(n), normBig(den / d)]);
  },
  hex: (f: PyFloat) => floatHex(f.v),
};

/** float.fromhex (normal-range values round once, like CPython; subnormals may differ in the last bit). */
function floatFromHex(text: string): number {
  const t = text.trim().toLowerCase();
  const m = /^([+-]?)(?:(inf|infinity)|(nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/.exec(t);
  if (!m || (!m[2] && !m[3] && !(m[4] || m[5]))) throwErr('ValueError', 'invalid hexadecimal floating-point string');
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) return sign * Infinity;
  if (m[3]) return NaN;
  const int = m[4] ?? '', frac = m[5] ?? '';
  const mant = BigInt('0x0' + int + frac);
  const exp = Number(m[6] ?? 0) - 4 * frac.length;
  return sign * Number(mant) * 2 ** exp;
}

/** float.hex: `[-]0x1.<13 hex digits>p<exp>` (0x0.<digits>p-1022 for subnormals), as CPython. */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = hi >>> 20;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  const lead = biased === 0 ? 0 : 1;
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${mant}p${exp >= 0 ? '+' : ''}${exp}`;
}

function bindTable(table: Table, self: PyValue, name: string, typeLabel: string): PyValue | undefined {
  const m = table[name];
  if (!m) return undefined;
  return new PyBuiltin(name, (args, kwargs) => m(args[0] as never, args.slice(1), kwargs), self);
  void typeLabel;
}

const classMethods: Record<string, (cls: PyClass, args: PyValue[]) => PyValue> = {
  fromkeys: (_c, a) => { const d = new PyDict(); for (const k of toArray(a[0])) dictSet(d, k, a[1] ?? null); return d; },
};

export function installMethods(): void {
  hooks.strMethods = (s, name) => bindTable(strMethods, s, name, 'str');
  hooks.typeMethods = (v, name) => {
    if (v instanceof PyList) return bindTable(listMethods, v, name, 'list');
    if (v instanceof PyDict) {
      // native dict subclasses (collections.Counter) keep their extra methods in their class dict
      const own = v instanceof PyDict && 'cls' in v.constructor ? (v.constructor as { cls?: PyClass }).cls?.dict.get(name) : undefined;
      if (own instanceof PyBuiltin) return new PyBuiltin(name, (args, kw) => own.fn([v, ...args], kw));
      return bindTable(dictMethods, v, name, 'dict');
    }
    if (v instanceof PyTuple) return bindTable(tupleMethods, v, name, 'tuple');
    if (v instanceof PySet) return bindTable(setMethods, v, name, 'set');
    if (isInt(v) || typeof v === 'boolean') {
      if (name === 'real' || name === 'numerator') return asInt(v)!;
      if (name === 'imag') return 0;
      if (name === 'denominator') return 1;
      return bindTable(intMethods, asInt(v)!, name, 'int');
    }
    if (v instanceof PyFloat) {
      if (name === 'real') return v;
      if (name === 'imag') return new PyFloat(0);
      return bindTable(floatMethods, v, name, 'float');
    }
    if (v instanceof PyComplex) {
      if (name === 'real') return new PyFloat(v.re);
      if (name === 'imag') return new PyFloat(v.im);
      if (name === 'conjugate') return new PyBuiltin('conjugate', () => new PyComplex(v.re, -v.im));
    }
    if (v instanceof PyClass) {
      if (v === T.dict && classMethods[name]) return new PyBuiltin(name, (args) => classMethods[name](v, args));
      if (v === T.str && strMethods[name]) return new PyBuiltin(name, (args, k) => strMethods[name](args[0] as never, args.slice(1), k));
      if (v === T.list && listMethods[name]) return new PyBuiltin(name, (args, k) => listMethods[name](args[0] as never, args.slice(1), k));
      if (v === T.float && name === 'fromhex') return new PyBuiltin('fromhex', (args) => new PyFloat(floatFromHex(String(args[0]))));
    }
    if (v instanceof PyProperty) {
      if (name === 'setter') return new PyBuiltin('setter', (a) => new PyProperty(v.fget, a[0]));
      if (name === 'getter') return new PyBuiltin('getter', (a) => new PyProperty(a[0], v.fset));
      if (name === 'fget') return v.fget;
      if (name === 'fset') return v.fset;
    }
    if (v instanceof PyFunction) {
      if (name === '__name__') return v.name;
      if (name === '__qualname__') return v.qualname;
      if (name === '__module__') return v.module;
      if (name === '__doc__') return null;
    }
    if (v instanceof PyBuiltin && (name === '__name__' || name === '__qualname__')) return v.name;
    if (v instanceof PyInstance && v.cls.isException) {
      if (name === 'args') return new PyTuple(v.args);
      if (name === '__cause__') return v.dict.get('__cause__') ?? null;
      if (name === '__context__') return v.context;
      if (name === '__traceback__') return null;
      if (name === 'with_traceback') return new PyBuiltin(name, () => v);
      if (name === 'add_note') return new PyBuiltin(name, () => null);
    }
    return undefined;
  };
  void contains;
  void pyErr;
}
