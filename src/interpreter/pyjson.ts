// The evaluator's `json` module: dumps (CPython's encoder output: indent, separators, sort_keys,
// ensure_ascii, default, allow_nan; NumPy float scalars encode as floats, other NumPy values are
// "not JSON serializable" as in CPython) and loads (a strict JSON parser keeping int vs float,
// with CPython's JSONDecodeError messages for the common mistakes). No file I/O: dump/load refuse.
import { PyBuiltin, PyClass, PyDict, PyFloat, PyList, PyModule, PyTuple, PyValue, Kwargs, normBig } from './values';
import { T, pyErrOfClass, throwErr } from './types';
import { asFloat, callValue, dictSet, intRepr, typeOf, typeName, truthy } from './runtime';
import { pySort } from './builtins';
import { pyFloatRepr } from '../engine/print/pyformat';

const decodeErrorCls = new PyClass('JSONDecodeError', [T.ValueError], 'json.decoder');

interface DumpOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ensureAscii: boolean;
  allowNan: boolean;
  skipKeys: boolean;
  dflt: PyValue;
}

function encodeString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) {
      const hex = (u: number) => '\\u' + u.toString(16).padStart(4, '0');
      if (c > 0xffff) { const v = c - 0x10000; out += hex(0xd800 | (v >> 10)) + hex(0xdc00 | (v & 0x3ff)); } else out += hex(c);
    } else out += ch;
  }
  return out + '"';
}

function encodeFloat(x: number, o: DumpOptions): string {
  if (Number.isFinite(x)) return pyFloatRepr(x);
  if (!o.allowNan) throwErr('ValueError', `Out of range float values are not JSON compliant: ${Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf'}`);
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

/** The JSON text of a scalar (None, bool, int, float, str), or undefined for containers/others. */
function encodeScalar(v: PyValue, o: DumpOptions): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number' || typeof v === 'bigint') return intRepr(v);
  if (typeof v === 'string') return encodeString(v, o.ensureAscii);
  if (v instanceof PyFloat) return encodeFloat(v.v, o);
  const cls = typeOf(v);
  if (cls.isSubclassOf(T.float)) return encodeFloat(asFloat(v)!, o);
  return undefined;
}

function encodeKey(k: PyValue, o: DumpOptions): string | undefined {
  if (typeof k === 'string') return encodeString(k, o.ensureAscii);
  const s = encodeScalar(k, o);
  if (s !== undefined) return s.startsWith('"') ? s : encodeString(s, o.ensureAscii);
  if (o.skipKeys) return undefined;
  throwErr('TypeError', `keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function encode(v: PyValue, o: DumpOptions, level: number, seen: Set<object>): string {
  const s = encodeScalar(v, o);
  if (s !== undefined) return s;
  const isList = v instanceof PyList || v instanceof PyTuple;
  if (!isList && !(v instanceof PyDict)) {
    if (o.dflt === null) throwErr('TypeError', `Object of type ${typeOf(v).name} is not JSON serializable`);
    return encode(callValue(o.dflt, [v], null), o, level, seen);
  }
  const obj = v as object;
  if (seen.has(obj)) throwErr('ValueError', 'Circular reference detected');
  seen.add(obj);
  const inner = o.indent === null ? '' : '\n' + o.indent.repeat(level + 1);
  const outer = o.indent === null ? '' : '\n' + o.indent.repeat(level);
  let parts: string[];
  let open: string, close: string;
  if (isList) {
    const items = (v as PyList | PyTuple).items;
    parts = items.map((x) => encode(x, o, level + 1, seen));
    [open, close] = ['[', ']'];
  } else {
    let entries = [...(v as PyDict).store.map.values()].map(([k, x]) => [k, x] as [PyValue, PyValue]);
    if (o.sortKeys) {
      const keys = pySort(entries.map((e) => e[0]), null, false);
      const byKey = new Map(entries.map((e) => [e[0], e[1]]));
      entries = keys.map((k) => [k, byKey.get(k)!]);
    }
    parts = [];
    for (const [k, x] of entries) {
      const ks = encodeKey(k, o);
      if (ks === undefined) continue;
      parts.push(ks + o.keySep + encode(x, o, level + 1, seen));
    }
    [open, close] = ['{', '}'];
  }
  seen.delete(obj);
  if (!parts.length) return open + close;
  return open + inner + parts.join(o.itemSep + inner) + outer + close;
}

function dumps(args: PyValue[], kw: Kwargs): PyValue {
  if (args.length !== 1) throwErr('TypeError', `dumps() takes 1 positional argument but ${args.length} were given`);
  const get = (k: string): PyValue => kw?.get(k) ?? null;
  for (const k of kw?.keys() ?? []) {
    if (!['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys'].includes(k)) {
      throwErr('TypeError', `JSONEncoder.__init__() got an unexpected keyword argument '${k}'`);
    }
  }
  const indentArg = get('indent');
  const indent = indentArg === null ? null : typeof indentArg === 'string' ? indentArg : ' '.repeat(Math.max(0, Number(indentArg)));
  let itemSep = indent === null ? ', ' : ',';
  let keySep = ': ';
  const seps = get('separators');
  if (seps !== null) {
    const items = seps instanceof PyTuple || seps instanceof PyList ? seps.items : [];
    if (items.length !== 2 || typeof items[0] !== 'string' || typeof items[1] !== 'string') throwErr('ValueError', 'separators must be a (item_separator, key_separator) pair of str');
    [itemSep, keySep] = items as [string, string];
  }
  const flag = (k: string, d: boolean) => (kw?.has(k) ? truthy(kw.get(k)!) : d);
  const o: DumpOptions = {
    indent, itemSep, keySep, sortKeys: flag('sort_keys', false), ensureAscii: flag('ensure_ascii', true),
    allowNan: flag('allow_nan', true), skipKeys: flag('skipkeys', false), dflt: get('default'),
  };
  return encode(args[0], o, 0, new Set());
}

// ------------------------------------------------------------------------------------------
// loads

class JsonParser {
  pos = 0;
  constructor(private s: string) {}
  fail(msg: string, at = this.pos): never {
    const before = this.s.slice(0, at);
    const line = before.split('\n').length;
    const col = at - (before.lastIndexOf('\n') + 1) + 1;
    throw pyErrOfClass(decodeErrorCls, `${msg}: line ${line} column ${col} (char ${at})`);
  }
  ws(): void { while (this.pos < this.s.length && ' \t\n\r'.includes(this.s[this.pos])) this.pos++; }
  document(): PyValue {
    this.ws();
    const v = this.value();
    this.ws();
    if (this.pos !== this.s.length) this.fail('Extra data');
    return v;
  }
  value(): PyValue {
    const s = this.s;
    const c = s[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const [word, v] of [['null', null], ['true', true], ['false', false], ['NaN', new PyFloat(NaN)], ['Infinity', new PyFloat(Infinity)], ['-Infinity', new PyFloat(-Infinity)]] as [string, PyValue][]) {
      if (s.startsWith(word, this.pos)) { this.pos += word.length; return v; }
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(this.pos));
    if (!m) this.fail('Expecting value');
    this.pos += m[0].length;
    if (m[1] === undefined && m[2] === undefined) return normBig(BigInt(m[0]));
    return new PyFloat(Number(m[0]));
  }
  string(): string {
    const s = this.s;
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      if (this.pos >= s.length) this.fail('Unterminated string starting at', start);
      const c = s[this.pos++];
      if (c === '"') return out;
      if (c === '\\') {
        const e = s[this.pos++];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) out += simple[e];
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.pos, this.pos + 4))) { out += String.fromCharCode(parseInt(s.slice(this.pos, this.pos + 4), 16)); this.pos += 4; }
        else this.fail('Invalid \\escape', this.pos - 2);
      } else if (c < ' ') this.fail('Invalid control character at', this.pos - 1);
      else out += c;
    }
  }
  array(): PyValue {
    this.pos++;
    const items: PyValue[] = [];
    this.ws();
    if (this.s[this.pos] === ']') { this.pos++; return new PyList(items); }
    for (;;) {
      this.ws();
      items.push(this.value());
      this.ws();
      const c = this.s[this.pos];
      if (c === ']') { this.pos++; return new PyList(items); }
      if (c !== ',') this.fail("Expecting ',' delimiter");
      this.pos++;
    }
  }
  object(): PyValue {
    this.pos++;
    const d = new PyDict();
    this.ws();
    if (this.s[this.pos] === '}') { this.pos++; return d; }
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const k = this.string();
      this.ws();
      if (this.s[this.pos] !== ':') this.fail("Expecting ':' delimiter");
      this.pos++;
      this.ws();
      dictSet(d, k, this.value());
      this.ws();
      const c = this.s[this.pos];
      if (c === '}') { this.pos++; return d; }
      if (c !== ',') this.fail("Expecting ',' delimiter");
      this.pos++;
    }
  }
}

function loads(args: PyValue[]): PyValue {
  if (args.length !== 1) throwErr('TypeError', `loads() takes 1 positional argument but ${args.length} were given`);
  const s = args[0];
  if (typeof s !== 'string') throwErr('TypeError', `the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  return new JsonParser(s).document();
}

const noFiles = (name: string) => new PyBuiltin(name, () => throwErr('PermissionError', `json.${name}() is not available in the Shapewise evaluator: the sandbox has no file system (use json.${name}s)`));

export function makeJsonModule(): PyModule {
  const m = new PyModule('json');
  m.dict.set('dumps', new PyBuiltin('dumps', dumps));
  m.dict.set('loads', new PyBuiltin('loads', loads));
  m.dict.set('JSONDecodeError', decodeErrorCls);
  m.dict.set('dump', noFiles('dump'));
  m.dict.set('load', noFiles('load'));
  return m;
}
