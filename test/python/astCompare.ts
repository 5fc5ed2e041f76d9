// Puts our tree and CPython's `ast` dump (scripts/golden/python_ast.py) into one comparable
// JSON shape and finds the first difference. Shared by the golden test and the parse
// benchmark (scripts/bench/parse.ts).
//
// Not compared, on purpose: our extra fields (nameRange, attrRange, raw); positions of the
// literal parts of f-strings (CPython 3.11, the installed oracle, gives every part the whole
// string's position; we give each part its own, as 3.12 does); ranges of nodes CPython gives
// no position (comprehension, arguments, withitem, match_case); the position of a bare tuple
// that is a whole f-string replacement field (3.11 puts it on the braces).
import type { Node, Stmt } from '../../src/python/index';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const OUR_ONLY_FIELDS = new Set(['kind', 'range', 'nameRange', 'attrRange', 'raw']);
const NO_POSITION = new Set(['comprehension', 'arguments', 'withitem', 'match_case', 'Module']);

function constantToJson(node: Extract<Node, { kind: 'Constant' }>): Json {
  const v = node.value;
  switch (v.type) {
    case 'None': return { None: 1 };
    case 'Ellipsis': return { Ellipsis: 1 };
    case 'bool': return { bool: v.value };
    case 'int': return { int: v.value.toString() };
    case 'float': return { float: v.value };
    case 'complex': return { complex: v.imag };
    case 'str': return { str: v.value };
    case 'bytes': return { bytes: [...v.value] };
  }
}

/** Our tree (a module body) in the golden dump's shape. */
export function ourToJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(ourToJson);
  if (typeof value !== 'object') return value as Json;
  const node = value as Node;
  const out: { [key: string]: Json } = { _: node.kind };
  for (const [key, field] of Object.entries(node)) {
    if (OUR_ONLY_FIELDS.has(key)) continue;
    if (node.kind === 'Constant' && key === 'value') out.value = constantToJson(node);
    else if (node.kind === 'match_case' && key === 'pattern') {
      const r = node.pattern;
      out.pattern = [r.line, r.column, r.endLine, r.endColumn];
    } else if (typeof field === 'boolean') out[key] = field ? 1 : 0;
    else out[key] = ourToJson(field);
  }
  if (!NO_POSITION.has(node.kind)) {
    const r = node.range;
    out['@'] = [r.line, r.column, r.endLine, r.endColumn];
  }
  return out;
}

function pyFloat(repr: string): number {
  if (repr === 'inf') return Infinity;
  if (repr === '-inf') return -Infinity;
  if (repr === 'nan') return NaN;
  return Number(repr);
}

/** Applies the comparison rules above to either side (golden or ours, already as JSON). */
export function normalize(value: Json, insideFString = false): Json {
  if (Array.isArray(value)) return value.map((v) => normalize(v, insideFString));
  if (!value || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  const kind = value._;
  for (const [key, field] of Object.entries(value)) {
    if (key === '@' && insideFString && (kind === 'Constant' || kind === 'FormattedValue' || kind === 'JoinedStr')) continue;
    if (kind === 'Constant' && key === 'value' && field && typeof field === 'object' && !Array.isArray(field)) {
      const f = field as { [key: string]: Json };
      if (typeof f.float === 'string') out.value = { float: pyFloat(f.float) };
      else if (typeof f.complex === 'string') out.value = { complex: pyFloat(f.complex) };
      else out.value = field;
      continue;
    }
    if (key === 'is_async' || key === 'simple') {
      out[key] = field ? 1 : 0;
      continue;
    }
    // The parts of an f-string, and its format specs; not the expressions inside them.
    const childInside = (kind === 'JoinedStr' && key === 'values') || (kind === 'FormattedValue' && key === 'format_spec');
    out[key] = normalize(field, childInside);
    // CPython 3.11 parses a replacement field's expression wrapped in parentheses, so a bare
    // tuple there (`{a, b}`) gets the braces' position; 3.12 gives the tuple's own.
    const v = out[key];
    if (kind === 'FormattedValue' && key === 'value' && v && typeof v === 'object' && !Array.isArray(v) && v._ === 'Tuple') delete v['@'];
  }
  return out;
}

/** Path and values of the first difference between two JSON trees, or null if equal. */
export function firstDifference(ours: Json, theirs: Json, path = ''): string | null {
  if (Array.isArray(ours) || Array.isArray(theirs)) {
    if (!Array.isArray(ours) || !Array.isArray(theirs)) return `${path}: ${brief(ours)} vs CPython ${brief(theirs)}`;
    if (path.endsWith('@') || ours.length !== theirs.length) {
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) return `${path}: ${brief(ours)} vs CPython ${brief(theirs)}`;
      return null;
    }
    for (let i = 0; i < ours.length; i++) {
      const d = firstDifference(ours[i], theirs[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (ours && theirs && typeof ours === 'object' && typeof theirs === 'object') {
    const label = typeof theirs._ === 'string' ? `${path}(${theirs._})` : path;
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    // Compare kinds and fields before positions, so the message names the real problem.
    const ordered = [...keys].sort((a, b) => (a === '_' ? -1 : b === '_' ? 1 : a === '@' ? 1 : b === '@' ? -1 : 0));
    for (const key of ordered) {
      const d = firstDifference(ours[key] ?? null, theirs[key] ?? null, `${label}.${key}`);
      if (d) return d;
    }
    return null;
  }
  if (typeof ours === 'number' && typeof theirs === 'number' && Number.isNaN(ours) && Number.isNaN(theirs)) return null;
  return ours === theirs ? null : `${path}: ${brief(ours)} vs CPython ${brief(theirs)}`;
}

function brief(v: Json): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 160 ? s.slice(0, 157) + '...' : s;
}

/** Compares a parsed module body with a CPython dump; null when they agree. */
export function compareWithCPython(body: Stmt[], cpython: Json): string | null {
  return firstDifference(normalize(ourToJson(body)), normalize(cpython));
}
