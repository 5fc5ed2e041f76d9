// Python's warnings machinery for the evaluator and NumPy's floating-point error handling on top
// of it: the `warnings` module (warn, filterwarnings, simplefilter, resetwarnings,
// catch_warnings with record=, formatwarning), CPython 3.11's filter list, per-module
// `__warningregistry__` dedup with the filters version, and the text `showwarning` writes to
// stderr (`FILE:LINE: Category: message` + the stripped source line). Also np.errstate /
// np.seterr / np.geterr, and the listener the engine reports IEEE flags to
// (src/engine/fpwarnings.ts): per flag 'ignore', 'warn' (a RuntimeWarning at the running user
// line), 'raise' (FloatingPointError) or 'print'.
import { FP_FLAG_TEXT, setFpListener, setFpUnderflowQuery, type FpFlag } from '../engine/fpwarnings';
import { Interpreter, current } from './interp';
import { Kwargs, PyBuiltin, PyClass, PyDict, PyInstance, PyList, PyModule, PyNative, PyValue } from './values';
import { PyThrow, T, makeExc, pyErr, throwErr, tracebackHook } from './types';
import { callValue, dictSet, str, repr } from './runtime';
import { bind, signature } from './args';
import type { Expr, Module } from '../python';

/** Where a warning is attributed: the file, line and module `warn_explicit` receives. */
export interface WarnSite { filename: string; line: number; module: string; source?: string }

interface Filter { action: string; message: RegExp | null; category: PyClass; module: RegExp | null; lineno: number; key: string }
interface WarnState {
  filters: Filter[];
  version: number;
  registries: Map<string, { version: number; keys: Set<string> }>;
  once: Set<string>;
  /** catch_warnings(record=True) lists, innermost last (null: not recording). */
  records: (PyList | null)[];
}

const ACTIONS = ['error', 'ignore', 'always', 'default', 'module', 'once'];

function mkFilter(action: string, message: string | null, category: PyClass, module: string | null, lineno: number): Filter {
  return {
    action, category, lineno,
    message: message ? new RegExp('^(?:' + message + ')', 'i') : null,
    module: module ? new RegExp('^(?:' + module + ')') : null,
    key: `${action}\0${message ?? ''}\0${classId(category)}\0${module ?? ''}\0${lineno}`,
  };
}

const classIds = new WeakMap<PyClass, number>();
let nextClassId = 1;
function classId(c: PyClass): number {
  let id = classIds.get(c);
  if (id === undefined) { id = nextClassId++; classIds.set(c, id); }
  return id;
}

function state(interp: Interpreter): WarnState {
  let st = interp.state.get('warnings') as WarnState | undefined;
  if (!st) {
    // CPython 3.11's default filters of a release build (warnings.filters at start-up)
    st = {
      filters: [
        mkFilter('default', null, T.DeprecationWarning, '__main__', 0),
        mkFilter('ignore', null, T.DeprecationWarning, null, 0),
        mkFilter('ignore', null, T.PendingDeprecationWarning, null, 0),
        mkFilter('ignore', null, T.ImportWarning, null, 0),
        mkFilter('ignore', null, T.ResourceWarning, null, 0),
      ],
      version: 1, registries: new Map(), once: new Set(), records: [],
    };
    interp.state.set('warnings', st);
  }
  return st;
}

/** Forgets which warnings were shown (a new run of a selection shows them again). */
export function forgetShownWarnings(interp: Interpreter): void {
  state(interp).version++;
}

function sourceLine(interp: Interpreter, filename: string, line: number): string {
  return interp.sourceLines.get(filename)?.[line - 1] ?? '';
}

/** The running user frame `stacklevel` levels up (1 = the innermost), as warnings.warn finds it. */
export function userSite(interp: Interpreter, stacklevel = 1): WarnSite {
  const tb = tracebackHook.capture();
  const f = tb[tb.length - Math.max(1, stacklevel)];
  if (!f) return { filename: 'sys', line: 1, module: 'sys' };
  return { filename: f.filename, line: f.line, module: '__main__' };
}

export function formatWarning(text: string, category: PyClass, filename: string, line: number, source: string): string {
  const src = source.trim();
  return `${filename}:${line}: ${category.name}: ${text}\n` + (src ? `  ${src}\n` : '');
}

const warningMessageCls = new PyClass('WarningMessage', [T.object], 'warnings');

/** warnings.warn_explicit: filters, registry dedup, then show (or raise for 'error'). */
export function emitWarning(interp: Interpreter, category: PyClass, text: string, site: WarnSite | null, instance?: PyInstance, noRegistry = false): void {
  const st = state(interp);
  const s = site ?? userSite(interp);
  let reg = noRegistry ? undefined : st.registries.get(s.module);
  if (!reg) { reg = { version: st.version, keys: new Set() }; if (!noRegistry) st.registries.set(s.module, reg); }
  if (reg.version !== st.version) { reg.keys.clear(); reg.version = st.version; }
  const key = `${text}\0${classId(category)}\0${s.line}`;
  if (reg.keys.has(key)) return;
  let action = 'default';
  for (const f of st.filters) {
    if ((f.message === null || f.message.test(text)) && category.isSubclassOf(f.category) && (f.module === null || f.module.test(s.module)) && (f.lineno === 0 || f.lineno === s.line)) {
      action = f.action;
      break;
    }
  }
  if (action === 'ignore') return;
  const exc = instance ?? makeExc(category, [text]);
  if (action === 'error') {
    exc.traceback = tracebackHook.capture();
    throw new PyThrow(exc);
  }
  if (action === 'once') {
    reg.keys.add(key);
    const onceKey = `${text}\0${classId(category)}`;
    if (st.once.has(onceKey)) return;
    st.once.add(onceKey);
  } else if (action === 'module') {
    reg.keys.add(key);
    const alt = `${text}\0${classId(category)}\0${0}`;
    if (reg.keys.has(alt)) return;
    reg.keys.add(alt);
  } else if (action === 'default') reg.keys.add(key);
  const source = s.source ?? sourceLine(interp, s.filename, s.line);
  const log = st.records[st.records.length - 1];
  if (log) {
    const m = new PyInstance(warningMessageCls);
    for (const [k, v] of [['message', exc], ['category', category], ['filename', s.filename], ['lineno', s.line], ['file', null], ['line', null], ['source', null]] as [string, PyValue][]) m.dict.set(k, v);
    log.items.push(m);
    return;
  }
  interp.err(formatWarning(text, category, s.filename, s.line, source));
}

// ------------------------------------------------------------------------------------------
// The warnings module

function warningCategory(v: PyValue): PyClass {
  if (v === null || v === undefined) return T.UserWarning;
  if (!(v instanceof PyClass) || !v.isSubclassOf(T.Warning)) {
    throwErr('TypeError', `category must be a Warning subclass, not '${v instanceof PyClass ? 'type' : typeName(v)}'`);
  }
  return v;
}
function typeName(v: PyValue): string {
  if (typeof v === 'string') return 'str';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof PyInstance) return v.cls.name;
  return 'object';
}

function addFilter(interp: Interpreter, f: Filter, append: boolean): void {
  const st = state(interp);
  if (!ACTIONS.includes(f.action)) throwErr('AssertionError', `invalid action: ${repr(f.action)}`);
  if (!append) {
    st.filters = st.filters.filter((g) => g.key !== f.key);
    st.filters.unshift(f);
  } else if (!st.filters.some((g) => g.key === f.key)) st.filters.push(f);
  st.version++;
}

const SIGS = {
  warn: signature('warn', 'message, category=None, stacklevel=1, source=None'),
  filterwarnings: signature('filterwarnings', "action, message='', category=None, module='', lineno=0, append=False"),
  simplefilter: signature('simplefilter', 'action, category=None, lineno=0, append=False'),
  catch_warnings: signature('catch_warnings', '*, record=False, module=None, action=None, category=None, lineno=0, append=False'),
  formatwarning: signature('formatwarning', 'message, category, filename, lineno, line=None'),
};

function builtin(name: string, fn: (args: PyValue[], kwargs: Kwargs) => PyValue): PyBuiltin {
  return new PyBuiltin(name, fn);
}

class CatchWarnings extends PyNative {
  private saved: Filter[] | null = null;
  constructor(private interp: Interpreter, private record: boolean, private action: PyValue, private category: PyValue, private lineno: number, private append: boolean) { super(); }
  pyType(): PyClass { return T.object; }
  override enter(): PyValue {
    const st = state(this.interp);
    this.saved = st.filters.slice();
    st.version++;
    if (this.action !== null && this.action !== undefined) {
      addFilter(this.interp, mkFilter(str(this.action), null, this.category ? warningCategory(this.category) : T.Warning, null, this.lineno), this.append);
    }
    const log = this.record ? new PyList([]) : null;
    st.records.push(log);
    return log;
  }
  override exit(): void {
    const st = state(this.interp);
    if (this.saved) st.filters = this.saved;
    st.records.pop();
    st.version++;
  }
  override repr(): string { return this.record ? 'catch_warnings(record=True)' : 'catch_warnings()'; }
}

export function makeWarningsModule(interp: Interpreter): PyModule {
  const m = new PyModule('warnings');
  m.dict.set('warn', builtin('warn', (a, k) => {
    const b = bind(SIGS.warn, a, k) as Record<string, PyValue>;
    const msg = b.message;
    let category: PyClass, text: string, inst: PyInstance | undefined;
    if (msg instanceof PyInstance && msg.cls.isSubclassOf(T.Warning)) {
      category = msg.cls;
      text = str(msg);
      inst = msg;
    } else {
      category = warningCategory(b.category);
      text = str(msg);
    }
    const level = Number(b.stacklevel);
    emitWarning(interp, category, text, userSite(interp, level), inst);
    return null;
  }));
  m.dict.set('filterwarnings', builtin('filterwarnings', (a, k) => {
    const b = bind(SIGS.filterwarnings, a, k) as Record<string, PyValue>;
    const cat = b.category === null ? T.Warning : warningCategory(b.category);
    addFilter(interp, mkFilter(str(b.action), str(b.message) || null, cat, str(b.module) || null, Number(b.lineno)), b.append === true);
    return null;
  }));
  m.dict.set('simplefilter', builtin('simplefilter', (a, k) => {
    const b = bind(SIGS.simplefilter, a, k) as Record<string, PyValue>;
    const cat = b.category === null ? T.Warning : warningCategory(b.category);
    addFilter(interp, mkFilter(str(b.action), null, cat, null, Number(b.lineno)), b.append === true);
    return null;
  }));
  m.dict.set('resetwarnings', builtin('resetwarnings', () => {
    const st = state(interp);
    st.filters = [];
    st.version++;
    return null;
  }));
  m.dict.set('catch_warnings', builtin('catch_warnings', (a, k) => {
    const b = bind(SIGS.catch_warnings, a, k) as Record<string, PyValue>;
    return new CatchWarnings(interp, b.record === true, b.action, b.category, Number(b.lineno), b.append === true);
  }));
  m.dict.set('formatwarning', builtin('formatwarning', (a, k) => {
    const b = bind(SIGS.formatwarning, a, k) as Record<string, PyValue>;
    const cat = b.category instanceof PyClass ? b.category : T.UserWarning;
    return formatWarning(str(b.message), cat, str(b.filename), Number(b.lineno), b.line === null ? '' : str(b.line));
  }));
  for (const n of ['Warning', 'UserWarning', 'DeprecationWarning', 'RuntimeWarning', 'FutureWarning', 'PendingDeprecationWarning']) m.dict.set(n, T[n]);
  return m;
}

// ------------------------------------------------------------------------------------------
// NumPy's floating-point error modes (np.errstate / seterr / geterr)

type FpMode = 'ignore' | 'warn' | 'raise' | 'call' | 'print' | 'log';
const FP_MODES: FpMode[] = ['ignore', 'warn', 'raise', 'call', 'print', 'log'];
export type ErrState = Record<FpFlag, FpMode>;
const DEFAULT_ERRSTATE: ErrState = { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' };

export function getErrState(interp: Interpreter): ErrState {
  return (interp.state.get('np.errstate') as ErrState | undefined) ?? DEFAULT_ERRSTATE;
}
function setErrState(interp: Interpreter, s: ErrState): void {
  interp.state.set('np.errstate', s);
}

/** The new state from errstate/seterr keywords (all= first, then the named flags). */
function updatedErrState(old: ErrState, kw: Map<string, PyValue>, fname: string): ErrState {
  const next = { ...old };
  const mode = (v: PyValue): FpMode => {
    const s = typeof v === 'string' ? v : str(v);
    if (!FP_MODES.includes(s as FpMode)) throwErr('ValueError', `invalid error mode ${repr(v)}`);
    return s as FpMode;
  };
  for (const k of kw.keys()) {
    if (!['all', 'divide', 'over', 'under', 'invalid', 'call'].includes(k)) throwErr('TypeError', `${fname}() got an unexpected keyword argument '${k}'`);
  }
  const all = kw.get('all');
  if (all !== undefined && all !== null) for (const f of ['divide', 'over', 'under', 'invalid'] as FpFlag[]) next[f] = mode(all);
  for (const f of ['divide', 'over', 'under', 'invalid'] as FpFlag[]) {
    const v = kw.get(f);
    if (v !== undefined && v !== null) next[f] = mode(v);
  }
  return next;
}

function errDict(s: ErrState): PyDict {
  const d = new PyDict();
  for (const f of ['divide', 'over', 'under', 'invalid'] as FpFlag[]) dictSet(d, f, s[f]);
  return d;
}

class ErrStateContext extends PyNative {
  private saved: ErrState[] = [];
  constructor(private interp: Interpreter, private kw: Map<string, PyValue>) { super(); }
  pyType(): PyClass { return errstateCls; }
  override enter(): PyValue {
    const old = getErrState(this.interp);
    const next = updatedErrState(old, this.kw, 'errstate.__init__');
    this.saved.push(old);
    setErrState(this.interp, next);
    return null;
  }
  override exit(): void {
    const s = this.saved.pop();
    if (s) setErrState(this.interp, s);
  }
  /** As a decorator (errstate is a ContextDecorator). */
  override call(args: PyValue[]): PyValue {
    const fn = args[0];
    return new PyBuiltin('errstate_wrapper', (a, k) => {
      this.enter();
      try {
        return callValue(fn, a, k);
      } finally {
        this.exit();
      }
    });
  }
  override repr(): string { return '<numpy.errstate object>'; }
}
const errstateCls = new PyClass('errstate', [T.object], 'numpy');

/** np.errstate, np.seterr, np.geterr for the numpy module. */
export function errstateFunctions(interp: Interpreter): Record<string, PyValue> {
  return {
    errstate: new PyBuiltin('errstate', (a, k) => {
      if (a.length) throwErr('TypeError', 'errstate.__init__() takes 1 positional argument but ' + (a.length + 1) + ' were given');
      const kw = k ?? new Map();
      updatedErrState(getErrState(interp), kw, 'errstate.__init__'); // TypeError for unknown keywords at once
      return new ErrStateContext(interp, kw);
    }),
    seterr: new PyBuiltin('seterr', (a, k) => {
      const names = ['all', 'divide', 'over', 'under', 'invalid'];
      const kw = new Map(k ?? []);
      a.forEach((v, i) => kw.set(names[i], v));
      const old = getErrState(interp);
      setErrState(interp, updatedErrState(old, kw, 'seterr'));
      return errDict(old);
    }),
    geterr: new PyBuiltin('geterr', () => errDict(getErrState(interp))),
  };
}

// ------------------------------------------------------------------------------------------
// The engine's floating-point reports

let scalarMathDepth = 0;
/** Runs f as NumPy's scalar math (np.float64(1) / 0): flags read 'in scalar divide'. */
export function scalarMath<R>(f: () => R): R {
  scalarMathDepth++;
  try {
    return f();
  } finally {
    scalarMathDepth--;
  }
}

/**
 * Applies np.errstate to flags raised by operation `op` (NumPy's name, e.g. 'divide', 'log',
 * 'scalar divide', 'cast', 'reduce'); `site` is where a warning is attributed (default: the
 * running user line).
 */
export function handleFpFlags(interp: Interpreter, flags: readonly FpFlag[], op: string, site: WarnSite | null = null): void {
  const modes = getErrState(interp);
  for (const flag of flags) {
    const mode = modes[flag];
    if (mode === 'ignore' || mode === 'call' || mode === 'log') continue;
    const text = `${FP_FLAG_TEXT[flag]} encountered in ${op}`;
    if (mode === 'raise') throw pyErr('FloatingPointError', text);
    if (mode === 'print') interp.err(`Warning: ${text}\n`); // NumPy writes it to stderr
    else emitWarning(interp, T.RuntimeWarning, text, site);
  }
}

let renamed: { from: string; to: string } | null = null;
/** Runs f reporting flags of ufunc `from` as `to` (NumPy runs `a ** -1` as np.reciprocal). */
export function fpOpAs<R>(from: string, to: string, f: () => R): R {
  const saved = renamed;
  renamed = { from, to };
  try {
    return f();
  } finally {
    renamed = saved;
  }
}

let capturing: { flags: FpFlag[]; op: string }[] | null = null;
/**
 * Runs f collecting the engine's reports instead of acting on them, for a NumPy function written
 * in Python whose warnings NumPy attributes to its own line (the caller re-issues them there).
 */
export function captureFp<R>(f: () => R): { result: R; events: { flags: FpFlag[]; op: string }[] } {
  const saved = capturing;
  const events: { flags: FpFlag[]; op: string }[] = [];
  capturing = events;
  try {
    return { result: f(), events };
  } finally {
    capturing = saved;
  }
}

/** Runs f (several engine ops) reporting their flags once as NumPy's single ufunc `op` (divmod). */
export function asOneUfunc<R>(op: string, f: () => R): R {
  const { result, events } = captureFp(f);
  const interp = current.interp;
  if (interp && events.length) {
    const raised = new Set(events.flatMap((e) => e.flags));
    const scalar = events.every((e) => e.op.startsWith('scalar '));
    handleFpFlags(interp, (['divide', 'over', 'under', 'invalid'] as FpFlag[]).filter((x) => raised.has(x)), scalar ? `scalar ${op}` : op);
  }
  return result;
}

export function installFpListener(): void {
  setFpListener((flags, op0) => {
    const interp = current.interp;
    if (!interp) return;
    const op = renamed && renamed.from === op0 ? renamed.to : op0;
    const name = scalarMathDepth > 0 && op !== 'cast' ? `scalar ${op}` : op;
    if (capturing) { capturing.push({ flags: flags.slice(), op: name }); return; }
    handleFpFlags(interp, flags, name);
  });
  // the engine looks for underflow only while it can matter (NumPy's default ignores it)
  setFpUnderflowQuery(() => {
    const interp = current.interp;
    return interp !== null && interp !== undefined && UNDER_ACTS.has(getErrState(interp).under);
  });
}
const UNDER_ACTS = new Set<FpMode>(['warn', 'raise', 'print']);

// ------------------------------------------------------------------------------------------
// Compile-time warnings

function isLiteralOperand(e: Expr): boolean {
  if (e.kind !== 'Constant') return false;
  const t = e.value.type;
  return t !== 'None' && t !== 'bool' && t !== ('Ellipsis' as string);
}

/** CPython's infer_type: the type a literal expression is known to have, or null. */
function literalType(e: Expr): string | null {
  switch (e.kind) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const t = e.value.type;
      return t === 'None' ? 'NoneType' : t === 'Ellipsis' ? 'ellipsis' : t;
    }
    default: return null;
  }
}

const NOT_CALLABLE = new Set(['Constant', 'Tuple', 'List', 'ListComp', 'Dict', 'DictComp', 'Set', 'SetComp', 'GeneratorExp', 'JoinedStr', 'FormattedValue']);

/** The 'perhaps you missed a comma?' checks of CPython 3.11's compiler (check_caller, check_subscripter, check_index). */
function commaWarning(n: Expr): string | null {
  if (n.kind === 'Call' && NOT_CALLABLE.has(n.func.kind)) return `'${literalType(n.func)}' object is not callable; perhaps you missed a comma?`;
  if (n.kind !== 'Subscript' || n.ctx !== 'Load') return null;
  const v = n.value;
  const vt = literalType(v);
  const unsubscriptable = v.kind === 'Constant' ? ['NoneType', 'ellipsis', 'int', 'float', 'complex', 'bool'].includes(vt!) : ['Set', 'SetComp', 'GeneratorExp', 'Lambda'].includes(v.kind);
  if (unsubscriptable) return `'${vt}' object is not subscriptable; perhaps you missed a comma?`;
  const it = n.slice.kind === 'Slice' ? 'slice' : literalType(n.slice);
  if (it === null || it === 'int' || it === 'bool' || it === 'slice') return null;
  const sequence = v.kind === 'Constant' ? ['str', 'bytes'].includes(vt!) : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(v.kind);
  return sequence ? `${vt} indices must be integers or slices, not ${it}; perhaps you missed a comma?` : null;
}

/**
 * The SyntaxWarnings CPython 3.11's compiler issues before a module runs, in source order, each
 * shown (the compiler passes no registry): `x is 1` ('"is" with a literal. Did you mean "=="?'),
 * `assert (x, "msg")`, and the missed-comma checks (`[[1, 2] [3, 4]]`, `[(1, 2) (3, 4)]`).
 */
export function compileWarnings(interp: Interpreter, module: Module, filename: string): void {
  const moduleName = filename.replace(/^.*\//, '').replace(/\.py$/, '');
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { for (const n of node) visit(n); return; }
    if (!node || typeof node !== 'object') return;
    const n = node as { kind?: string } & Record<string, unknown>;
    const warnAt = (msg: string) => emitWarning(interp, T.SyntaxWarning, msg, { filename, line: (n.range as { line: number }).line, module: moduleName }, undefined, true);
    if (n.kind === 'Assert' && (n.test as Expr).kind === 'Tuple' && ((n.test as { elts: Expr[] }).elts.length > 0)) warnAt('assertion is always true, perhaps remove parentheses?');
    if (n.kind === 'Call' || n.kind === 'Subscript') {
      const msg = commaWarning(n as unknown as Expr);
      if (msg) warnAt(msg);
    }
    if (n.kind === 'Compare') {
      const c = n as unknown as { left: Expr; ops: string[]; comparators: Expr[]; range: { line: number } };
      let left = isLiteralOperand(c.left);
      for (let i = 0; i < c.ops.length; i++) {
        const right = isLiteralOperand(c.comparators[i]);
        if ((c.ops[i] === 'Is' || c.ops[i] === 'IsNot') && (left || right)) {
          const msg = c.ops[i] === 'Is' ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?';
          emitWarning(interp, T.SyntaxWarning, msg, { filename, line: c.range.line, module: moduleName }, undefined, true);
          break;
        }
        left = right;
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'range' && v && typeof v === 'object') visit(v);
  };
  visit(module.body);
}
