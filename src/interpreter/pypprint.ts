// The pprint module: pprint/pformat/pp/saferepr/isreadable/isrecursive and PrettyPrinter, with
// CPython 3.11's layout: an object whose one-line repr (dict keys sorted unless
// sort_dicts=False) fits in width - indent - allowance is written as is; otherwise dicts, lists,
// tuples, sets and long strings are broken one item per line, nested items indented under their
// opening bracket, with `compact`, `depth` ('...') and recursion markers. Other objects (NumPy
// arrays included) are written with their own repr.
import { Kwargs, PyBuiltin, PyClass, PyDict, PyInstance, PyList, PyModule, PyNative, PySet, PyTuple, PyValue, PyNamedTuple } from './values';
import { dataclassReprFields } from './pydataclasses';
import { SIMPLE_NAMESPACE } from './pysmallmods';
import { PyThrow, T, throwErr } from './types';
import { callValue, getattr, objectId, repr, setItems, toIndex, truthy, typeName } from './runtime';
import { bind, signature } from './args';
import { lessThan } from './builtins';
import { current } from './interp';

interface Opts { indent: number; width: number; depth: number | null; compact: boolean; sortDicts: boolean; underscoreNumbers: boolean }

function namespaceFields(v: PyValue): { name: string; fields: string[] } | null {
  if (!(v instanceof PyInstance) || v.cls !== SIMPLE_NAMESPACE) return null;
  return { name: 'namespace', fields: [...v.dict.keys()] };
}

function isPlainDict(v: PyValue): v is PyDict { return v instanceof PyDict && (v.constructor as unknown as { cls?: PyClass }).cls === undefined; }
function isPlainList(v: PyValue): v is PyList { return v instanceof PyList; }
function isPlainTuple(v: PyValue): v is PyTuple { return v instanceof PyTuple && !(v instanceof PyNamedTuple); }

/** Sorted with Python's < where it works, else by (type name, id) like pprint's _safe_key. */
function safeSorted<X>(items: X[], key: (x: X) => PyValue): X[] {
  const keys = items.map(key);
  const idx = items.map((_, i) => i);
  const fallback = (i: number, j: number) => {
    const ta = typeName(keys[i]), tb = typeName(keys[j]);
    return ta !== tb ? (ta < tb ? -1 : 1) : objectIdOf(keys[i]) - objectIdOf(keys[j]);
  };
  idx.sort((i, j) => {
    try {
      return lessThan(keys[i], keys[j]) ? -1 : lessThan(keys[j], keys[i]) ? 1 : 0;
    } catch (e) {
      if (e instanceof PyThrow && e.exc.cls === T.TypeError) return fallback(i, j);
      throw e;
    }
  });
  return idx.map((i) => items[i]);
}
function objectIdOf(v: PyValue): number { return v !== null && typeof v === 'object' ? objectId(v) : 0; }

class Printer {
  constructor(private o: Opts) {}

  /** The one-line repr (sorted dict keys, depth cut-offs, recursion markers) and its readability. */
  saferepr(v: PyValue, context: Set<object>, level: number): { text: string; readable: boolean; recursive: boolean } {
    const container = isPlainDict(v) || isPlainList(v) || isPlainTuple(v);
    if (!container) {
      if (typeof v === 'number' && this.o.underscoreNumbers) return { text: String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '_'), readable: true, recursive: false };
      const text = repr(v);
      return { text, readable: !text.startsWith('<'), recursive: false };
    }
    const obj = v as object;
    const len = isPlainDict(v) ? v.store.size : (v as PyList).items.length;
    if (!len) return { text: isPlainDict(v) ? '{}' : isPlainList(v) ? '[]' : '()', readable: true, recursive: false };
    if (this.o.depth !== null && level >= this.o.depth) return { text: isPlainDict(v) ? '{...}' : isPlainList(v) ? '[...]' : '(...)', readable: false, recursive: false };
    if (context.has(obj)) return { text: `<Recursion on ${typeName(v)} with id=${objectId(obj)}>`, readable: false, recursive: true };
    context.add(obj);
    let readable = true, recursive = false;
    const sub = (x: PyValue) => { const r = this.saferepr(x, context, level + 1); readable &&= r.readable; recursive ||= r.recursive; return r.text; };
    let text: string;
    if (isPlainDict(v)) {
      let items = [...v.store.map.values()];
      if (this.o.sortDicts) items = safeSorted(items, (e) => e[0]);
      text = '{' + items.map(([k, x]) => `${sub(k)}: ${sub(x)}`).join(', ') + '}';
    } else {
      const parts = (v as PyList).items.map(sub);
      text = isPlainList(v) ? `[${parts.join(', ')}]` : parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
    }
    context.delete(obj);
    return { text, readable: readable && !recursive, recursive };
  }

  format(v: PyValue, out: string[], indent: number, allowance: number, context: Set<object>, level: number): void {
    const rep = this.saferepr(v, context, level).text;
    const maxWidth = this.o.width - indent - allowance;
    if (rep.length > maxWidth) {
      const obj = v !== null && typeof v === 'object' ? v : null;
      if (obj && context.has(obj)) { out.push(rep); return; }
      const dc = dataclassReprFields(v) ?? namespaceFields(v);
      if (dc && obj) {
        // a dataclass (or SimpleNamespace) too long for one line: one field per line after `Name(`
        context.add(obj);
        out.push(dc.name + '(');
        const inner = indent + dc.name.length + 1;
        dc.fields.forEach((name, i) => {
          const last = i === dc.fields.length - 1;
          const ent = (v as PyInstance).dict.get(name) ?? null;
          out.push(name, '=');
          if (ent !== null && typeof ent === 'object' && context.has(ent)) out.push('...');
          else this.format(ent, out, inner + name.length + 1, last ? allowance : 1, context, level + 1);
          if (!last) out.push(',\n' + ' '.repeat(inner));
        });
        out.push(')');
        context.delete(obj);
        return;
      }
      if (isPlainDict(v) || isPlainList(v) || isPlainTuple(v) || (v instanceof PySet && v.store.size) || (typeof v === 'string' && v.length)) {
        if (obj) context.add(obj);
        if (isPlainDict(v)) this.dict(v, out, indent, allowance, context, level + 1);
        else if (isPlainList(v)) { out.push('['); this.items(v.items, out, indent, allowance + 1, context, level + 1); out.push(']'); }
        else if (isPlainTuple(v)) {
          const end = v.items.length === 1 ? ',)' : ')';
          out.push('(');
          this.items(v.items, out, indent, allowance + end.length, context, level + 1);
          out.push(end);
        } else if ((v as PyValue) instanceof PySet) {
          const set = v as unknown as PySet;
          const open = set.frozen ? 'frozenset({' : '{';
          const end = set.frozen ? '})' : '}';
          out.push(open);
          const items = safeSorted(setItems(set), (x) => x);
          this.items(items, out, indent + (set.frozen ? 'frozenset'.length + 1 : 0), allowance + end.length, context, level + 1);
          out.push(end);
        } else this.longString(v as string, out, indent, allowance, level + 1);
        if (obj) context.delete(obj);
        return;
      }
    }
    out.push(rep);
  }

  private dict(d: PyDict, out: string[], indent: number, allowance: number, context: Set<object>, level: number): void {
    out.push('{');
    if (this.o.indent > 1) out.push(' '.repeat(this.o.indent - 1));
    let items = [...d.store.map.values()];
    if (this.o.sortDicts) items = safeSorted(items, (e) => e[0]);
    const inner = indent + this.o.indent;
    const delim = ',\n' + ' '.repeat(inner);
    items.forEach(([k, v], i) => {
      const last = i === items.length - 1;
      const kr = this.saferepr(k, context, level).text;
      out.push(kr, ': ');
      this.format(v, out, inner + kr.length + 2, last ? allowance + 1 : 1, context, level);
      if (!last) out.push(delim);
    });
    out.push('}');
  }

  private items(items: PyValue[], out: string[], indent: number, allowance: number, context: Set<object>, level: number): void {
    indent += this.o.indent;
    if (this.o.indent > 1) out.push(' '.repeat(this.o.indent - 1));
    const delimNl = ',\n' + ' '.repeat(indent);
    let delim = '';
    let width = this.o.width - indent + 1, maxWidth = width;
    items.forEach((ent, i) => {
      const last = i === items.length - 1;
      if (last) { maxWidth -= allowance; width -= allowance; }
      if (this.o.compact) {
        const rep = this.saferepr(ent, context, level).text;
        const w = rep.length + 2;
        if (width < w) { width = maxWidth; if (delim) delim = delimNl; }
        if (width >= w) { width -= w; out.push(delim); delim = ', '; out.push(rep); return; }
      }
      out.push(delim);
      delim = delimNl;
      this.format(ent, out, indent, last ? allowance : 1, context, level);
    });
  }

  private longString(s: string, out: string[], indent: number, allowance: number, level: number): void {
    const lines = s.split(/(?<=\n)/);
    if (level === 1) { indent += 1; allowance += 1; }
    let maxWidth1 = this.o.width - indent;
    const maxWidth = maxWidth1;
    const chunks: string[] = [];
    let rep = '';
    lines.forEach((line, i) => {
      rep = repr(line);
      if (i === lines.length - 1) maxWidth1 -= allowance;
      if (rep.length <= maxWidth1) { chunks.push(rep); return; }
      const parts = line.match(/\S*\s*/g)!.filter((p, j, all) => p !== '' || j < all.length - 1);
      if (parts[parts.length - 1] === '') parts.pop();
      let maxWidth2 = maxWidth;
      let cur = '';
      parts.forEach((part, j) => {
        const cand = cur + part;
        if (j === parts.length - 1 && i === lines.length - 1) maxWidth2 -= allowance;
        if (repr(cand).length > maxWidth2) { if (cur) chunks.push(repr(cur)); cur = part; } else cur = cand;
      });
      if (cur) chunks.push(repr(cur));
    });
    if (chunks.length === 1) { out.push(rep); return; }
    if (level === 1) out.push('(');
    chunks.forEach((c, i) => { if (i > 0) out.push('\n' + ' '.repeat(indent)); out.push(c); });
    if (level === 1) out.push(')');
  }

  pformat(v: PyValue): string {
    const out: string[] = [];
    this.format(v, out, 0, 0, new Set(), 0);
    return out.join('');
  }
}

const optSig = 'object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False';
function optsOf(b: Record<string, PyValue>): Opts {
  const indent = toIndex(b.indent), width = toIndex(b.width);
  if (indent < 0) throwErr('ValueError', 'indent must be >= 0');
  if (b.depth !== null && toIndex(b.depth) <= 0) throwErr('ValueError', 'depth must be > 0');
  if (width <= 0) throwErr('ValueError', 'width must be != 0');
  return { indent, width, depth: b.depth === null ? null : toIndex(b.depth), compact: truthy(b.compact), sortDicts: truthy(b.sort_dicts), underscoreNumbers: truthy(b.underscore_numbers) };
}

function write(stream: PyValue, text: string): void {
  if (stream === null) { current.interp!.out(text); return; }
  callValue(getattr(stream, 'write'), [text], null);
}

const printerClass = new PyClass('PrettyPrinter', [T.object], 'pprint');
class PrettyPrinter extends PyNative {
  constructor(private p: Printer, private stream: PyValue) { super(); }
  pyType(): PyClass { return printerClass; }
  override getattr(name: string): PyValue | undefined {
    if (name === 'pformat') return new PyBuiltin(name, (a) => this.p.pformat(a[0] ?? null));
    if (name === 'pprint') return new PyBuiltin(name, (a) => { write(this.stream, this.p.pformat(a[0] ?? null) + '\n'); return null; });
    if (name === 'isreadable') return new PyBuiltin(name, (a) => this.p.saferepr(a[0] ?? null, new Set(), 0).readable);
    if (name === 'isrecursive') return new PyBuiltin(name, (a) => this.p.saferepr(a[0] ?? null, new Set(), 0).recursive);
    return undefined;
  }
}

export function makePprintModule(): PyModule {
  const m = new PyModule('pprint');
  const pprintSig = signature('pprint', optSig);
  const ppSig = signature('pp', optSig.replace('sort_dicts=True', 'sort_dicts=False'));
  const pformatSig = signature('pformat', optSig.replace('stream=None, ', ''));
  m.dict.set('pprint', new PyBuiltin('pprint', (a, k) => {
    const b = bind(pprintSig, a, k);
    write(b.stream, new Printer(optsOf(b)).pformat(b.object) + '\n');
    return null;
  }));
  m.dict.set('pp', new PyBuiltin('pp', (a, k) => {
    const b = bind(ppSig, a, k);
    write(b.stream, new Printer(optsOf(b)).pformat(b.object) + '\n');
    return null;
  }));
  m.dict.set('pformat', new PyBuiltin('pformat', (a, k) => new Printer(optsOf(bind(pformatSig, a, k))).pformat(bind(pformatSig, a, k).object)));
  const plain = (): Printer => new Printer({ indent: 1, width: 80, depth: null, compact: false, sortDicts: true, underscoreNumbers: false });
  m.dict.set('saferepr', new PyBuiltin('saferepr', (a) => plain().saferepr(a[0] ?? null, new Set(), 0).text));
  m.dict.set('isreadable', new PyBuiltin('isreadable', (a) => plain().saferepr(a[0] ?? null, new Set(), 0).readable));
  m.dict.set('isrecursive', new PyBuiltin('isrecursive', (a) => plain().saferepr(a[0] ?? null, new Set(), 0).recursive));
  const ctorSig = signature('PrettyPrinter', 'indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False');
  m.dict.set('PrettyPrinter', new PyBuiltin('PrettyPrinter', (a: PyValue[], k: Kwargs) => {
    const b = bind(ctorSig, a, k);
    return new PrettyPrinter(new Printer(optsOf(b)), b.stream);
  }));
  return m;
}

