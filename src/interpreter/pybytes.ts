// Python's immutable `bytes`: literals, bytes(...) construction, repr b'..' with CPython's
// quoting and escapes, len/indexing (ints)/slicing/iteration/in, + and *, comparisons, hashing,
// and the common methods (decode, hex, startswith, endswith, find, count, index, upper, lower,
// strip, split, replace, join); str.encode. Codecs: utf-8, latin-1, ascii.
import { T, throwErr } from './types';
import { NOT_IMPLEMENTED, PyBuiltin, PyClass, PyIterator, PyList, PyNative, PySlice, PyValue } from './values';
import { iterate, sliceIndices, toIndex, typeName } from './runtime';

export class PyBytes extends PyNative {
  constructor(public data: Uint8Array) { super(); }
  pyType(): PyClass { return T.bytes; }
  override repr(): string { return bytesRepr(this.data); }
  override str(): string { return bytesRepr(this.data); }
  override len(): number { return this.data.length; }
  override bool(): boolean { return this.data.length > 0; }
  override hashKey(): unknown { return 'b' + Array.from(this.data, (b) => b.toString(16).padStart(2, '0')).join(''); }
  override iter(): PyIterator {
    let i = 0;
    return new PyIterator(() => (i < this.data.length ? this.data[i++] : undefined), 'bytes_iterator');
  }
  override getitem(key: PyValue): PyValue {
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, this.data.length);
      const out = new Uint8Array(n);
      for (let k = 0; k < n; k++) out[k] = this.data[start + k * step];
      return new PyBytes(out);
    }
    let i = toIndex(key);
    if (i < 0) i += this.data.length;
    if (i < 0 || i >= this.data.length) throwErr('IndexError', 'index out of range');
    return this.data[i];
  }
  override contains(item: PyValue): boolean {
    if (item instanceof PyBytes) return indexOf(this.data, item.data, 0) >= 0;
    if (typeof item === 'number' || typeof item === 'bigint') {
      const v = Number(item);
      if (v < 0 || v > 255) throwErr('ValueError', 'byte must be in range(0, 256)');
      return this.data.includes(v);
    }
    throwErr('TypeError', `a bytes-like object is required, not '${typeName(item)}'`);
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue {
    if (op === 'Add' && other instanceof PyBytes) {
      const [a, b] = reflected ? [other.data, this.data] : [this.data, other.data];
      const out = new Uint8Array(a.length + b.length);
      out.set(a);
      out.set(b, a.length);
      return new PyBytes(out);
    }
    if (op === 'Mult' && (typeof other === 'number' || typeof other === 'bigint')) {
      const n = Math.max(0, Number(other));
      const out = new Uint8Array(this.data.length * n);
      for (let k = 0; k < n; k++) out.set(this.data, k * this.data.length);
      return new PyBytes(out);
    }
    if (op === 'Add' && !reflected) throwErr('TypeError', `can't concat ${typeName(other)} to bytes`);
    return NOT_IMPLEMENTED;
  }
  override compare(op: string, other: PyValue): PyValue {
    if (!(other instanceof PyBytes)) return op === 'Eq' ? false : op === 'NotEq' ? true : NOT_IMPLEMENTED;
    const c = cmp(this.data, other.data);
    switch (op) {
      case 'Eq': return c === 0;
      case 'NotEq': return c !== 0;
      case 'Lt': return c < 0;
      case 'LtE': return c <= 0;
      case 'Gt': return c > 0;
      case 'GtE': return c >= 0;
    }
    return NOT_IMPLEMENTED;
  }
  override getattr(name: string): PyValue | undefined {
    const m = BYTES_METHODS[name];
    return m ? new PyBuiltin(name, (args) => m(this.data, args)) : undefined;
  }
}

function cmp(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

export function bytesRepr(d: Uint8Array): string {
  const hasSingle = d.includes(0x27), hasDouble = d.includes(0x22);
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = 'b' + q;
  for (const c of d) {
    if (c === 0x5c) s += '\\\\';
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c === q.charCodeAt(0)) s += '\\' + q;
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += '\\x' + c.toString(16).padStart(2, '0');
  }
  return s + q;
}

function bytesArg(v: PyValue, what: string): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  throwErr('TypeError', `${what} a bytes-like object is required, not '${typeName(v)}'`);
}

function codec(v: PyValue | undefined): string {
  const e = (typeof v === 'string' ? v : 'utf-8').toLowerCase().replace(/_/g, '-');
  if (e === 'utf8' || e === 'utf-8') return 'utf-8';
  if (e === 'latin-1' || e === 'latin1' || e === 'iso-8859-1' || e === 'iso8859-1') return 'latin-1';
  if (e === 'ascii' || e === 'us-ascii') return 'ascii';
  throwErr('LookupError', `unknown encoding: ${typeof v === 'string' ? v : e}`);
}

export function decodeBytes(d: Uint8Array, encoding?: PyValue): string {
  const enc = codec(encoding);
  if (enc === 'latin-1') return Array.from(d, (b) => String.fromCharCode(b)).join('');
  if (enc === 'ascii') {
    const bad = d.findIndex((b) => b >= 128);
    if (bad >= 0) throwErr('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${d[bad].toString(16)} in position ${bad}: ordinal not in range(128)`);
    return Array.from(d, (b) => String.fromCharCode(b)).join('');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(d);
  } catch {
    const bad = firstBadUtf8(d);
    throwErr('UnicodeDecodeError', `'utf-8' codec can't decode byte 0x${d[bad].toString(16)} in position ${bad}: invalid start byte`);
  }
}

function firstBadUtf8(d: Uint8Array): number {
  for (let i = 0; i < d.length; i++) {
    try { new TextDecoder('utf-8', { fatal: true }).decode(d.subarray(0, i + 1)); } catch { if (i === 0 || d[i] < 0x80 || d[i] >= 0xc0) return i; }
  }
  return 0;
}

export function encodeStr(s: string, encoding?: PyValue): PyBytes {
  const enc = codec(encoding);
  if (enc === 'utf-8') return new PyBytes(new TextEncoder().encode(s));
  const limit = enc === 'ascii' ? 128 : 256;
  const chars = [...s];
  const out = new Uint8Array(chars.length);
  chars.forEach((c, i) => {
    const cp = c.codePointAt(0)!;
    if (cp >= limit) {
      const shown = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
      throwErr('UnicodeEncodeError', `'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '${shown}' in position ${i}: ordinal not in range(${limit})`);
    }
    out[i] = cp;
  });
  return new PyBytes(out);
}

const ws = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const BYTES_METHODS: Record<string, (d: Uint8Array, a: PyValue[]) => PyValue> = {
  decode: (d, a) => decodeBytes(d, a[0]),
  hex: (d) => Array.from(d, (b) => b.toString(16).padStart(2, '0')).join(''),
  startswith: (d, a) => { const p = bytesArg(a[0], 'startswith first arg must be bytes or a tuple of bytes, not'); return p.length <= d.length && cmp(d.subarray(0, p.length), p) === 0; },
  endswith: (d, a) => { const p = bytesArg(a[0], 'endswith first arg must be bytes or a tuple of bytes, not'); return p.length <= d.length && cmp(d.subarray(d.length - p.length), p) === 0; },
  find: (d, a) => indexOf(d, bytesArg(a[0], ''), 0),
  index: (d, a) => { const i = indexOf(d, bytesArg(a[0], ''), 0); if (i < 0) throwErr('ValueError', 'subsection not found'); return i; },
  count: (d, a) => { const p = bytesArg(a[0], ''); let n = 0, i = 0; if (!p.length) return d.length + 1; while ((i = indexOf(d, p, i)) >= 0) { n++; i += p.length; } return n; },
  upper: (d) => new PyBytes(d.map((b) => (b >= 0x61 && b <= 0x7a ? b - 32 : b))),
  lower: (d) => new PyBytes(d.map((b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b))),
  strip: (d) => { let s = 0, e = d.length; while (s < e && ws(d[s])) s++; while (e > s && ws(d[e - 1])) e--; return new PyBytes(d.slice(s, e)); },
  split: (d, a) => {
    const out: PyValue[] = [];
    if (a.length && a[0] !== null) {
      const sep = bytesArg(a[0], '');
      if (!sep.length) throwErr('ValueError', 'empty separator');
      let i = 0, j;
      while ((j = indexOf(d, sep, i)) >= 0) { out.push(new PyBytes(d.slice(i, j))); i = j + sep.length; }
      out.push(new PyBytes(d.slice(i)));
    } else {
      let i = 0;
      while (i < d.length) {
        while (i < d.length && ws(d[i])) i++;
        const s = i;
        while (i < d.length && !ws(d[i])) i++;
        if (i > s) out.push(new PyBytes(d.slice(s, i)));
      }
    }
    return new PyList(out);
  },
  replace: (d, a) => {
    const old = bytesArg(a[0], ''), neu = bytesArg(a[1], '');
    const parts: number[] = [];
    let i = 0;
    while (i < d.length) {
      if (old.length && indexOf(d, old, i) === i) { parts.push(...neu); i += old.length; } else parts.push(d[i++]);
    }
    return new PyBytes(Uint8Array.from(parts));
  },
  join: (d, a) => {
    const parts: number[] = [];
    const next = iterate(a[0]);
    let first = true;
    for (let v = next(); v !== undefined; v = next()) {
      if (!first) parts.push(...d);
      parts.push(...bytesArg(v, 'sequence item: expected a bytes-like object,'));
      first = false;
    }
    return new PyBytes(Uint8Array.from(parts));
  },
};

/** bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding), bytes(b). */
export function constructBytes(args: PyValue[]): PyBytes {
  if (!args.length) return new PyBytes(new Uint8Array(0));
  const x = args[0];
  if (typeof x === 'string') {
    if (args.length < 2) throwErr('TypeError', 'string argument without an encoding');
    return encodeStr(x, args[1]);
  }
  if (x instanceof PyBytes) return new PyBytes(x.data.slice());
  if (typeof x === 'number' || typeof x === 'bigint') {
    const n = Number(x);
    if (n < 0) throwErr('ValueError', 'negative count');
    return new PyBytes(new Uint8Array(n));
  }
  const out: number[] = [];
  const next = iterate(x);
  for (let v = next(); v !== undefined; v = next()) {
    const b = toIndex(v);
    if (b < 0 || b > 255) throwErr('ValueError', 'bytes must be in range(0, 256)');
    out.push(b);
  }
  return new PyBytes(Uint8Array.from(out));
}
