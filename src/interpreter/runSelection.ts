// Run-selection: given a whole document and a selected range, run the file's top-level
// statements above the selection (skipping those that fail, and remembering which did), then
// the selection itself. One expression → REPL-style repr of its value; statements → their
// output and the values of the names they assigned. Arrays come back with shape, dtype,
// capped flat data and stats for the results panel. The state after the prefix is cached per
// document text so repeated selections in an unchanged file above them do not re-run it.
import { parse } from '../python';
import type { Module, Stmt } from '../python';
import { Interpreter, Limits, Scope } from './interp';
import { exceptionLine, newInterpreter, toPyException } from './program';
import { forgetShownWarnings } from './pywarnings';
import { PyDict, PyFloat, PyInstance, PyList, PySet, PyValue } from './values';
import { copy as copyArray } from '../engine';
import { excStr, repr } from './runtime';
import { PyNdArray, PyNpScalar } from './numpy';
import type { NDArray } from '../engine';

export interface SelectionRange { start: number; end: number }

export interface ValueStats { min: number | null; max: number | null; mean: number | null; std: number | null; nanCount: number }

export interface SelectionValue {
  name: string;
  shape: number[];
  dtype: string;
  repr: string;
  /** Flat row-major values, capped at `maxData` elements (null when the value is not an array). */
  data: (number | boolean | null)[] | null;
  truncated: boolean;
  stats: ValueStats | null;
}

export interface SelectionError {
  type: string;
  message: string;
  /** 1-based document line where it was raised (when known). */
  line?: number;
  /** Full Python-style traceback text. */
  traceback: string;
}

export interface SelectionResult {
  kind: 'expression' | 'statements';
  /** What the prefix and the selection printed (prefix output included only for the selection). */
  output: string;
  /** repr() of the expression's value (expression selections). */
  valueRepr?: string;
  values: SelectionValue[];
  error?: SelectionError;
  /** Top-level statements above the selection that raised (line numbers), skipped. */
  skippedPrefixLines: number[];
  /** True when the prefix state came from the cache. */
  cached: boolean;
}

export interface SelectionOptions { limits?: Partial<Limits>; filename?: string; maxData?: number; now?: () => number }

interface PrefixState { key: string; interp: Interpreter; scope: Scope; skipped: number[]; snapshot: Map<string, PyValue> }

let cache: PrefixState | null = null;

/** Forget the cached prefix (tests; a worker may call it when memory matters). */
export function clearSelectionCache(): void { cache = null; }

function runStatements(interp: Interpreter, stmts: Stmt[], scope: Scope, filename: string, skipped: number[] | null): PyInstance | null {
  interp.activate();
  interp.frames.push({ name: '<module>', filename, line: 0, fn: null, firstArg: undefined, yields: null } as never);
  try {
    for (const s of stmts) {
      try {
        interp.execStmt(s, scope);
      } catch (e) {
        const exc = toPyException(interp, e);
        if (!skipped) return exc;
        skipped.push(s.range.line);
        interp.frames.length = 1;
      }
    }
    return null;
  } finally {
    interp.frames.length = 0;
  }
}

export function runSelection(source: string, range: SelectionRange, options: SelectionOptions = {}): SelectionResult {
  const filename = options.filename ?? '<selection>';
  const parsed = parse(source);
  const body = parsed.module.body;
  const prefixStmts = body.filter((s) => s.range.end <= range.start);
  const prefixEnd = prefixStmts.length ? prefixStmts[prefixStmts.length - 1].range.end : 0;
  const key = `${filename}\u0000${source.slice(0, prefixEnd)}`;
  let prefixOut = '';
  let state: PrefixState;
  let cached = false;
  if (cache && cache.key === key) {
    state = cache;
    cached = true;
    // Restore the prefix state: names the previous selection rebound, and (by cloning the
    // pristine copy) arrays, lists, dicts and objects it mutated in place.
    state.scope.vars = cloneVars(state.snapshot);
  } else {
    const interp = newInterpreter({ limits: options.limits, stdout: (s) => { prefixOut += s; }, stderr: () => {}, now: options.now });
    interp.sourceLines.set(filename, source.split(/\r\n|\r|\n/)); // match patterns are read from the text
    interp.startClock();
    const scope = interp.newModuleScope();
    const skipped: number[] = [];
    runStatements(interp, prefixStmts, scope, filename, skipped);
    state = { key, interp, scope, skipped, snapshot: cloneVars(scope.vars) };
    cache = state;
  }
  const { interp, scope } = state;
  let output = '';
  interp.out = (s) => { output += s; };
  interp.err = (s) => { output += s; };
  interp.sourceLines.set(filename, source.split(/\r\n|\r|\n/)); // RuntimeWarnings quote their line
  forgetShownWarnings(interp);
  interp.startClock();
  const selection = parse(source.slice(range.start, range.end).replace(/^\s+/, (m) => m.replace(/[^\n]/g, '')));
  const lineOffset = source.slice(0, range.start).split('\n').length - 1;
  const result: SelectionResult = { kind: 'statements', output: '', values: [], skippedPrefixLines: state.skipped.slice(), cached };
  if (selection.errors.length) {
    const e = selection.errors[0];
    const type = e.type ?? 'SyntaxError'; // IndentationError and TabError, as CPython names them
    result.error = { type, message: e.message, line: e.range.line + lineOffset, traceback: `${type}: ${e.message}\n` };
    return result;
  }
  shiftLines(selection.module, lineOffset);
  const stmts = selection.module.body;
  const isExpr = stmts.length === 1 && stmts[0].kind === 'Expr';
  result.kind = isExpr ? 'expression' : 'statements';
  const before = new Map(scope.vars);
  let value: PyValue | undefined;
  let exc: PyInstance | null = null;
  if (isExpr) {
    interp.activate();
    interp.frames.push({ name: '<module>', filename, line: stmts[0].range.line, fn: null, firstArg: undefined, yields: null } as never);
    try {
      value = interp.eval((stmts[0] as unknown as { value: never }).value, scope);
    } catch (e) {
      exc = toPyException(interp, e);
    } finally {
      interp.frames.length = 0;
    }
  } else {
    exc = runStatements(interp, stmts, scope, filename, null);
  }
  result.output = output;
  if (exc) {
    const tb = exc.traceback ?? [];
    const lines = source.split(/\r\n|\r|\n/);
    let text = 'Traceback (most recent call last):\n';
    for (const f of tb) text += `  File "${f.filename}", line ${f.line}, in ${f.name}\n` + (lines[f.line - 1]?.trim() ? `    ${lines[f.line - 1].trim()}\n` : '');
    text += exceptionLine(exc) + '\n';
    result.error = { type: exc.cls.name, message: excStr(exc), line: tb.length ? tb[tb.length - 1].line : undefined, traceback: text };
  }
  const maxData = options.maxData ?? 65536;
  if (isExpr && value !== undefined) {
    result.valueRepr = value === null ? undefined : repr(value);
    if (value !== null) result.values.push(describe('_', value, maxData));
  } else {
    for (const [name, v] of scope.vars) {
      if (name.startsWith('__')) continue;
      if (before.get(name) === v && !(v instanceof PyNdArray && selectionMentions(stmts, name))) continue;
      result.values.push(describe(name, v, maxData));
    }
  }
  return result;
}

/** Copies mutable values (arrays, lists, dicts, sets, instances) keeping aliasing between names. */
function cloneVars(vars: Map<string, PyValue>): Map<string, PyValue> {
  const memo = new Map<object, PyValue>();
  const clone = (v: PyValue): PyValue => {
    if (v === null || typeof v !== 'object') return v;
    const seen = memo.get(v);
    if (seen !== undefined) return seen;
    if (v instanceof PyNdArray) {
      const c = new PyNdArray(copyArray(v.arr));
      memo.set(v, c);
      return c;
    }
    if (v instanceof PyList) {
      const c = new PyList([]);
      memo.set(v, c);
      c.items = v.items.map(clone);
      return c;
    }
    if (v instanceof PyDict && v.constructor === PyDict) {
      const c = new PyDict();
      memo.set(v, c);
      for (const [k, [kk, vv]] of v.store.map) c.store.map.set(k, [kk, clone(vv)]);
      return c;
    }
    if (v instanceof PySet && !v.frozen) {
      const c = new PySet();
      memo.set(v, c);
      for (const [k, e] of v.store.map) c.store.map.set(k, e);
      return c;
    }
    if (v instanceof PyInstance && !v.cls.isException) {
      const c = new PyInstance(v.cls);
      memo.set(v, c);
      for (const [k, x] of v.dict) c.dict.set(k, clone(x));
      return c;
    }
    return v;
  };
  const out = new Map<string, PyValue>();
  for (const [k, v] of vars) out.set(k, clone(v));
  return out;
}

function selectionMentions(stmts: Stmt[], name: string): boolean {
  return JSON.stringify(stmts, (k, v) => (k === 'range' ? undefined : typeof v === 'bigint' ? String(v) : v)).includes(`"id":"${name}","ctx":"Store"`);
}

function shiftLines(node: unknown, by: number): void {
  if (!by) return;
  const seen = new Set<object>();
  const walk = (n: unknown) => {
    if (!n || typeof n !== 'object' || seen.has(n)) return;
    seen.add(n);
    if (Array.isArray(n)) { n.forEach(walk); return; }
    const o = n as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if ((k === 'range' || k === 'nameRange' || k === 'attrRange' || (k === 'pattern' && o.kind === 'match_case')) && v && typeof v === 'object') {
        const r = v as { line: number; endLine: number };
        if (!seen.has(r)) { seen.add(r); r.line += by; r.endLine += by; }
      } else walk(v);
    }
  };
  walk(node as Module);
}

function describe(name: string, v: PyValue, maxData: number): SelectionValue {
  if (v instanceof PyNdArray || v instanceof PyNpScalar) {
    const a: NDArray = v.arr;
    const n = Math.min(a.size, maxData);
    const data: (number | boolean | null)[] = [];
    for (let i = 0; i < n; i++) {
      const x = a.get(i);
      data.push(typeof x === 'bigint' ? Number(x) : x);
    }
    return { name, shape: a.shape.slice(), dtype: a.dtype, repr: safeRepr(v), data, truncated: a.size > n, stats: stats(a) };
  }
  const shape: number[] = [];
  let dtype = '';
  if (typeof v === 'number' || typeof v === 'bigint') dtype = 'int';
  else if (v instanceof PyFloat) dtype = 'float';
  else if (typeof v === 'boolean') dtype = 'bool';
  return { name, shape, dtype, repr: safeRepr(v), data: null, truncated: false, stats: null };
}

function safeRepr(v: PyValue): string {
  try {
    const r = repr(v);
    return r.length > 100_000 ? r.slice(0, 100_000) + '…' : r;
  } catch {
    return '<repr failed>';
  }
}

function stats(a: NDArray): ValueStats | null {
  if (a.size === 0 || a.dtype === 'bool') return null;
  let min = Infinity, max = -Infinity, sum = 0, sq = 0, count = 0, nan = 0;
  for (const x of a) {
    const f = Number(x);
    if (Number.isNaN(f)) { nan++; continue; }
    if (f < min) min = f;
    if (f > max) max = f;
    sum += f;
    count++;
  }
  const mean = count ? sum / count : null;
  if (mean !== null) for (const x of a) { const f = Number(x); if (!Number.isNaN(f)) sq += (f - mean) ** 2; }
  return { min: count ? min : null, max: count ? max : null, mean, std: count ? Math.sqrt(sq / count) : null, nanCount: nan };
}
