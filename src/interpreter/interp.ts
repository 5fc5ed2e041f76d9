// The tree-walking evaluator: executes statements and evaluates expressions of the Python AST
// (src/python/ast.ts) with Python's scoping (locals, closures, global/nonlocal, class bodies),
// calls with full argument binding and CPython's error messages, classes, exceptions with
// tracebacks, imports of the evaluator's modules, and the sandbox budgets (steps, wall clock,
// recursion depth). Generator functions and generator expressions run lazily (JS generators
// drive their bodies); a generator with a yield nested inside an expression runs eagerly.
// Comprehensions and generator expressions run in their own <listcomp>/<genexpr> frames and a
// traceback names the line where the failing operation starts, as CPython 3.11 does. Classes
// get the metaclass behaviour of their bases (values.ts ClassMeta) and __init_subclass__.
import type * as ast from '../python/ast';
import {
  ELLIPSIS, Kwargs, PyBoundMethod, PyBuiltin, PyClass, PyClassMethod, PyComplex, PyDict, PyFloat, PyFunction, PyInstance, PyIterator,
  PyList, PyModule, PyNative, PySet, PySlice, PyTuple, PyValue, TracebackEntry, normBig, ClassMeta, classMeta,
} from './values';
import { PyThrow, SandboxAbort, T, makeExc, pyErr, throwErr, tracebackHook } from './types';
import { isNamedTupleBase, namedTupleFromClassBody } from './namedtuple';
import { matchPattern, parsePattern, patternNames, patternText } from './match';
import { PyBytes } from './pybytes';
import {
  binop, callValue, compare, contains, delitem, dictSet, getattr, getitem, hashKey, hooks, inplaceOp, iterate, pyIs,
  repr, setattr, setitem, storeOf, str, toArray, truthy, typeName, MAX_SEQUENCE, checkSize,
} from './runtime';
import { ScopeInfo, comprehensionScope, functionScope } from './scopes';
import { formatValue } from './format';
import { setAllocationLimit } from '../engine';
import { bindFresh, escape, escapeIfReferenced, guardMethodRead, guardOperandReads, isFreshMethodResult, isFreshOperatorResult, isReceiverSafe, isUfunc, releaseConsumedTemporary, releaseMethodReceiver, releaseRebound, safePoint } from './temporaries';

export interface Limits {
  /** Statements + calls + loop iterations allowed; a runaway loop stops here. */
  maxSteps: number;
  /** Wall-clock limit in milliseconds. */
  timeoutMs: number;
  /** Python frames allowed on the stack (CPython's default is 1000). */
  recursionLimit: number;
  /** Largest total of live array bytes a single allocation may bring. */
  maxArrayBytes: number;
}

export const DEFAULT_LIMITS: Limits = { maxSteps: 50_000_000, timeoutMs: 10_000, recursionLimit: 1000, maxArrayBytes: 1 << 30 };

export class Scope {
  vars = new Map<string, PyValue>();
  isComprehension = false;
  constructor(
    public info: ScopeInfo | null,
    public parent: Scope | null,
    public globals: Scope | null,
    public isClass = false,
  ) {}
}

interface Frame {
  name: string; filename: string; line: number; fn: PyFunction | null; firstArg: PyValue | undefined; yields: PyValue[] | null;
  /** The expression whose operation runs now (CPython's instruction position), null for the statement. */
  node?: ast.Expr | null;
  stmt?: ast.Stmt | null;
}

const NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3;
type Signal = 0 | 1 | 2 | 3;

export type ModuleFactory = (interp: Interpreter) => PyModule;
export const moduleFactories = new Map<string, ModuleFactory>();
/** Metaclasses usable as `class C(metaclass=M)`: M's class object to the behaviour it gives. */
export const metaclassBehaviour = new Map<PyClass, ClassMeta>();

export class Interpreter {
  builtins: Map<string, PyValue>;
  frames: Frame[] = [];
  /** The engine-made array the last operator node evaluated to, if any (temporaries.ts). */
  freshTemporary: PyValue | undefined = undefined;
  steps = 0;
  private nextCheck = 4096;
  private deadline = Infinity;
  private retVal: PyValue = null;
  /** The exceptions being handled by enclosing except blocks, innermost last (sys.exc_info). */
  handling: PyInstance[] = [];
  modules = new Map<string, PyModule>();
  /** Per-run state that native modules (numpy printoptions, random) may keep. */
  state = new Map<string, unknown>();
  limits: Limits;
  out: (s: string) => void;
  err: (s: string) => void;
  now: () => number;
  sourceLines: Map<string, string[]> = new Map();

  constructor(builtins: Map<string, PyValue>, opts: { limits?: Partial<Limits>; stdout: (s: string) => void; stderr: (s: string) => void; now?: () => number }) {
    this.builtins = builtins;
    this.limits = { ...DEFAULT_LIMITS, ...(opts.limits ?? {}) };
    this.out = opts.stdout;
    this.err = opts.stderr;
    this.now = opts.now ?? (() => Date.now());
  }

  /** Makes this interpreter the one builtins and hooks talk to. */
  activate(): void {
    current.interp = this;
    hooks.callFunction = (fn, args, kwargs) => this.callFunction(fn, args, kwargs);
    tracebackHook.capture = () => this.captureTraceback();
  }

  startClock(): void {
    // The engine's allocation cap is global: every run (re)states its own.
    setAllocationLimit(this.limits.maxArrayBytes);
    this.deadline = this.now() + this.limits.timeoutMs;
    this.steps = 0;
    this.nextCheck = 4096;
  }

  private checkLimits(): void {
    this.nextCheck = this.steps + 4096;
    if (this.steps > this.limits.maxSteps) {
      throw new SandboxAbort('TimeoutError', `the Shapewise evaluator stopped the program after ${this.limits.maxSteps} steps (step budget exceeded: an endless loop?)`);
    }
    if (this.now() > this.deadline) {
      throw new SandboxAbort('TimeoutError', `the Shapewise evaluator stopped the program after ${(this.limits.timeoutMs / 1000).toFixed(1)} s (wall-clock limit exceeded: an endless loop?)`);
    }
  }

  captureTraceback(): TracebackEntry[] {
    return this.frames.map((f) => {
      const r = f.node ? f.node.range : f.stmt ? f.stmt.range : null;
      // CPython 3.11 reports the line where the failing operation starts, which is a
      // continuation line of the statement when the operation is written there
      const line = f.node && f.stmt && f.node.range.line > f.line && f.node.range.line <= f.stmt.range.endLine ? f.node.range.line : f.line;
      const entry: TracebackEntry = { filename: f.filename, line, name: f.name };
      if (r && r.line === line) {
        entry.col = r.column;
        entry.endLine = r.endLine;
        entry.endCol = r.endColumn;
        const n = f.node;
        if (n && n.kind === 'BinOp' && n.left.range.endLine === n.range.line && n.right.range.line === n.range.line) {
          entry.binop = [n.left.range.endColumn, n.right.range.column];
        } else if (n && n.kind === 'Subscript' && n.range.endLine === n.range.line) {
          entry.subscript = [n.value.range.endColumn, n.slice.range.endColumn];
        }
      }
      return entry;
    });
  }

  // ----------------------------------------------------------------------------------------
  // Modules

  newModuleScope(): Scope {
    const s = new Scope(null, null, null);
    s.globals = s;
    s.vars.set('__name__', '__main__');
    return s;
  }

  /** Runs a module body; exceptions propagate as PyThrow. */
  runModule(body: ast.Stmt[], scope: Scope, filename: string): void {
    this.frames.push({ name: '<module>', filename, line: 0, fn: null, firstArg: undefined, yields: null });
    try {
      this.execBlock(body, scope);
    } finally {
      this.frames.pop();
    }
  }

  importModule(name: string): PyModule {
    const have = this.modules.get(name);
    if (have) return have;
    const f = moduleFactories.get(name);
    if (!f) {
      const top = name.split('.')[0];
      const msg = moduleFactories.has(top)
        ? `No module named '${name}'`
        : `No module named '${name}' (not available in the Shapewise evaluator, whose modules are ${availableModules()})`;
      throw pyErr('ModuleNotFoundError', msg);
    }
    const m = f(this);
    this.modules.set(name, m);
    // a submodule becomes an attribute of its package once imported (import collections.abc)
    const dot = name.lastIndexOf('.');
    if (dot > 0) {
      const parent = this.importModule(name.slice(0, dot));
      if (!parent.dict.has(name.slice(dot + 1))) parent.dict.set(name.slice(dot + 1), m);
    }
    return m;
  }

  // ----------------------------------------------------------------------------------------
  // Names

  lookup(name: string, scope: Scope): PyValue {
    if (scope.info === null && !scope.isClass) {
      const v = scope.vars.get(name);
      if (v !== undefined) return v;
      return this.builtin(name);
    }
    if (scope.isClass) {
      const v = scope.vars.get(name);
      if (v !== undefined) return v;
      return this.lookupFree(name, scope.parent!);
    }
    const info = scope.info!;
    if (info.locals.has(name)) {
      const v = scope.vars.get(name);
      if (v !== undefined) return v;
      throw pyErr('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
    }
    if (info.globals.has(name)) return this.lookupGlobal(name, scope.globals!);
    return this.lookupFree(name, scope.parent!);
  }

  private lookupFree(name: string, s: Scope | null): PyValue {
    while (s && (s.info !== null || s.isClass)) {
      if (!s.isClass && s.info!.locals.has(name)) {
        const v = s.vars.get(name);
        if (v !== undefined) return v;
        throw pyErr('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
      }
      s = s.parent;
    }
    return this.lookupGlobal(name, s!);
  }

  private lookupGlobal(name: string, g: Scope): PyValue {
    const v = g.vars.get(name);
    if (v !== undefined) return v;
    return this.builtin(name);
  }

  private builtin(name: string): PyValue {
    const b = this.builtins.get(name);
    if (b !== undefined) return b;
    throw pyErr('NameError', `name '${name}' is not defined`);
  }

  /** Binds `name` and returns the variables it went into (a rebinding may release the old array: temporaries.ts). */
  store(name: string, value: PyValue, scope: Scope): Map<string, PyValue> {
    let vars = scope.vars;
    const info = scope.info;
    if (info !== null && !scope.isClass) {
      if (info.globals.has(name)) vars = scope.globals!.vars;
      else if (info.nonlocals.has(name)) {
        let s = scope.parent;
        while (s && s.info !== null) {
          if (!s.isClass && s.info.locals.has(name)) { vars = s.vars; break; }
          s = s.parent;
        }
      }
    }
    releaseRebound(vars, name, value);
    vars.set(name, value);
    return vars;
  }

  /** A name read as an operand the engine consumes: unlike eval, it does not end sole ownership (the caller guards). */
  private readOperand(e: ast.Name, scope: Scope): PyValue {
    this.frames[this.frames.length - 1].node = e;
    return this.lookup(e.id, scope);
  }

  private deleteName(name: string, scope: Scope): void {
    const target = scope.info && scope.info.globals.has(name) ? scope.globals! : scope;
    if (!target.vars.delete(name)) {
      if (scope.info && scope.info.locals.has(name)) throw pyErr('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
      throw pyErr('NameError', `name '${name}' is not defined`);
    }
  }

  // ----------------------------------------------------------------------------------------
  // Statements

  execBlock(body: ast.Stmt[], scope: Scope): Signal {
    for (let i = 0; i < body.length; i++) {
      const sig = this.execStmt(body[i], scope);
      if (sig !== NORMAL) return sig;
    }
    return NORMAL;
  }

  execStmt(s: ast.Stmt, scope: Scope): Signal {
    if (++this.steps > this.nextCheck) this.checkLimits();
    safePoint();
    const fr = this.frames[this.frames.length - 1];
    fr.line = s.range.line;
    fr.stmt = s;
    fr.node = null;
    switch (s.kind) {
      case 'Expr': {
        const v = this.eval(s.value, scope);
        if (this.exprHook && this.frames.length === 1) this.exprHook(v);
        return NORMAL;
      }
      case 'Assign': {
        const v = this.eval(s.value, scope);
        const t0 = s.targets[0];
        // `name = <fresh temporary>`: the binding is the array's sole owner (temporaries.ts)
        if (s.targets.length === 1 && t0.kind === 'Name' && isOperatorNode(s.value) && this.freshTemporary === v && !scope.isClass) {
          bindFresh(this.store(t0.id, v, scope), t0.id, v);
        } else for (const t of s.targets) this.assign(t, v, scope);
        return NORMAL;
      }
      case 'AugAssign': this.augAssign(s, scope); return NORMAL;
      case 'AnnAssign':
        if (s.value) this.assign(s.target, this.eval(s.value, scope), scope);
        if (scope.isClass && s.target.kind === 'Name') {
          // Class-body annotations are recorded in order (dataclasses read them).
          let ann = scope.vars.get('__annotations__');
          if (!(ann instanceof PyDict)) { ann = new PyDict(); scope.vars.set('__annotations__', ann); }
          let t: PyValue = null;
          try { t = this.eval(s.annotation, scope); } catch { t = null; }
          dictSet(ann as PyDict, s.target.id, t);
        }
        return NORMAL;
      case 'If': {
        const t = this.eval(s.test, scope);
        fr.node = s.test;
        if (truthy(t)) return this.execBlock(s.body, scope);
        return this.execBlock(s.orelse, scope);
      }
      case 'For': case 'AsyncFor': return this.execFor(s, scope);
      case 'While': {
        while (truthy(this.eval(s.test, scope))) {
          if (++this.steps > this.nextCheck) this.checkLimits();
          const sig = this.execBlock(s.body, scope);
          if (sig === BREAK) return NORMAL;
          if (sig === RETURN) return sig;
        }
        return this.execBlock(s.orelse, scope);
      }
      case 'Return':
        this.retVal = s.value ? this.eval(s.value, scope) : null;
        return RETURN;
      case 'Pass': return NORMAL;
      case 'Break': return BREAK;
      case 'Continue': return CONTINUE;
      case 'FunctionDef': case 'AsyncFunctionDef': {
        let f: PyValue = this.makeFunction(s, scope);
        for (let i = s.decorator_list.length - 1; i >= 0; i--) f = callValue(this.eval(s.decorator_list[i], scope), [f], null);
        this.store(s.name, f, scope);
        return NORMAL;
      }
      case 'ClassDef': this.execClass(s, scope); return NORMAL;
      case 'Try': case 'TryStar': return this.execTry(s, scope);
      case 'Raise': return this.execRaise(s, scope);
      case 'Assert': {
        if (!truthy(this.eval(s.test, scope))) {
          // CPython folds a constant test away: the traceback then shows no position markers
          this.frames[this.frames.length - 1].node = foldsToConstant(s.test) ? null : s.test;
          const e = pyErr('AssertionError');
          if (s.msg) e.exc.args = [this.eval(s.msg, scope)];
          throw e;
        }
        return NORMAL;
      }
      case 'Import': {
        for (const a of s.names) {
          const m = this.importModule(a.name);
          if (a.asname) this.store(a.asname, m, scope);
          else {
            const top = a.name.split('.')[0];
            this.store(top, top === a.name ? m : this.importModule(top), scope);
          }
        }
        return NORMAL;
      }
      case 'ImportFrom': {
        const modName = s.module ?? '';
        if (modName === '__future__') return NORMAL;
        const m = this.importModule(modName);
        for (const a of s.names) {
          if (a.name === '*') {
            for (const [k, v] of m.dict) if (!k.startsWith('_')) this.store(k, v, scope);
            continue;
          }
          let v = m.dict.get(a.name);
          if (v === undefined && moduleFactories.has(`${modName}.${a.name}`)) v = this.importModule(`${modName}.${a.name}`);
          if (v === undefined) throw pyErr('ImportError', `cannot import name '${a.name}' from '${modName}' (unknown location)`);
          this.store(a.asname ?? a.name, v, scope);
        }
        return NORMAL;
      }
      case 'Global': case 'Nonlocal': return NORMAL;
      case 'Delete': {
        for (const t of s.targets) this.deleteTarget(t, scope);
        return NORMAL;
      }
      case 'With': case 'AsyncWith': return this.execWith(s, s.items, 0, scope);
      case 'Match': return this.execMatch(s, scope);
      case 'TypeAlias': return NORMAL;
      case 'InvalidStmt': throw pyErr('SyntaxError', 'invalid syntax');
    }
    return NORMAL;
  }

  /** Called with the value of each top-level expression statement (REPL display). */
  exprHook: ((v: PyValue) => void) | null = null;

  private execFor(s: ast.For, scope: Scope): Signal {
    const iterable = this.eval(s.iter, scope);
    const target = s.target;
    const simple = target.kind === 'Name' ? target.id : null;
    const next = iterate(iterable);
    for (let v = next(); v !== undefined; v = next()) {
      if (++this.steps > this.nextCheck) this.checkLimits();
      if (simple !== null) this.store(simple, v, scope); else this.assign(target, v, scope);
      const sig = this.execBlock(s.body, scope);
      if (sig === BREAK) return NORMAL;
      if (sig === RETURN) return sig;
    }
    return this.execBlock(s.orelse, scope);
  }

  private execWith(s: ast.With, items: ast.WithItem[], i: number, scope: Scope): Signal {
    if (i >= items.length) return this.execBlock(s.body, scope);
    const item = items[i];
    const mgr = this.eval(item.context_expr, scope);
    let entered: PyValue;
    let exitFn: ((exc: PyInstance | null) => boolean) | null = null;
    if (mgr instanceof PyNative && mgr.enter) {
      entered = mgr.enter();
      exitFn = (exc) => mgr.exit?.(exc) === true;
    } else if (mgr instanceof PyInstance && mgr.cls.lookup('__enter__') !== undefined) {
      entered = callValue(getattr(mgr, '__enter__'), [], null);
      const ex = getattr(mgr, '__exit__');
      exitFn = (exc) => truthy(callValue(ex, exc ? [exc.cls, exc, null] : [null, null, null], null));
    } else {
      throw pyErr('TypeError', `'${typeName(mgr)}' object does not support the context manager protocol`);
    }
    if (item.optional_vars) this.assign(item.optional_vars, entered, scope);
    let sig: Signal;
    try {
      sig = this.execWith(s, items, i + 1, scope);
    } catch (e) {
      if (e instanceof PyThrow) {
        if (exitFn(e.exc)) return NORMAL;
      } else if (!(e instanceof SandboxAbort)) exitFn(null);
      throw e;
    }
    exitFn(null);
    return sig;
  }

  private execTry(s: ast.Try, scope: Scope): Signal {
    try {
      let sig: Signal;
      try {
        sig = this.execBlock(s.body, scope);
      } catch (err) {
        const e = this.asPyThrow(err);
        if (!e) throw err;
        for (const h of s.handlers) {
          if (h.type && !this.excMatches(e.exc, this.eval(h.type, scope))) continue;
          if (h.name) this.store(h.name, e.exc, scope);
          this.handling.push(e.exc);
          try {
            return this.execBlock(h.body, scope);
          } catch (inner) {
            if (inner instanceof PyThrow && inner.exc !== e.exc && !inner.exc.context) inner.exc.context = e.exc;
            throw inner;
          } finally {
            this.handling.pop();
            if (h.name) scope.vars.delete(h.name);
          }
        }
        throw e;
      }
      if (sig !== NORMAL) return sig;
      return this.execBlock(s.orelse, scope);
    } finally {
      if (s.finalbody.length) {
        const saved = this.retVal;
        const fsig = this.execBlock(s.finalbody, scope);
        if (fsig !== NORMAL) return fsig; // eslint-disable-line no-unsafe-finally
        this.retVal = saved;
      }
    }
  }

  /** Turns JS-level failures that Python code may catch into Python exceptions. */
  asPyThrow(err: unknown): PyThrow | null {
    if (err instanceof PyThrow) return err;
    if (err instanceof RangeError && err.message.includes('call stack')) return pyErr('RecursionError', 'maximum recursion depth exceeded');
    const conv = errorConverters.map((c) => c(err)).find((x) => x);
    return conv ?? null;
  }

  private excMatches(exc: PyInstance, spec: PyValue): boolean {
    if (spec instanceof PyClass) {
      if (!spec.isException) throw pyErr('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
      return exc.cls.isSubclassOf(spec);
    }
    if (spec instanceof PyTuple) return spec.items.some((c) => this.excMatches(exc, c));
    throw pyErr('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }

  private execRaise(s: ast.Raise, scope: Scope): Signal {
    if (!s.exc) {
      const cur = this.handling[this.handling.length - 1];
      if (!cur) throw pyErr('RuntimeError', 'No active exception to reraise');
      throw new PyThrow(cur);
    }
    const v = this.eval(s.exc, scope);
    let exc: PyInstance;
    if (v instanceof PyClass && v.isException) exc = callValue(v, [], null) as PyInstance;
    else if (v instanceof PyInstance && v.cls.isException) exc = v;
    else throw pyErr('TypeError', 'exceptions must derive from BaseException');
    if (s.cause) {
      const c = this.eval(s.cause, scope);
      const cause = c instanceof PyClass && c.isException ? (callValue(c, [], null) as PyInstance) : c;
      exc.dict.set('__cause__', cause);
    }
    this.frames[this.frames.length - 1].node = null;
    exc.traceback = this.captureTraceback();
    const ctx = this.handling[this.handling.length - 1];
    if (ctx && ctx !== exc) exc.context = ctx;
    throw new PyThrow(exc);
  }

  /** `match subject:` — the first case whose pattern matches (and guard holds) runs. */
  private execMatch(s: ast.Match, scope: Scope): Signal {
    const subject = this.eval(s.subject, scope);
    const frame = this.frames[this.frames.length - 1];
    const lines = this.sourceLines.get(frame.filename);
    if (!lines) throw pyErr('SyntaxError', 'match statements need the source text in the Shapewise evaluator');
    const host = { evalExpr: (e: ast.Expr) => this.eval(e, scope) };
    for (const c of s.cases) {
      const text = patternText(lines, c.pattern);
      frame.line = c.range.line;
      const binds = new Map<string, PyValue>();
      if (!matchPattern(parsePattern(text), subject, host, binds)) continue;
      for (const [k, v] of binds) this.store(k, v, scope);
      if (c.guard && !truthy(this.eval(c.guard, scope))) continue;
      return this.execBlock(c.body, scope);
    }
    return NORMAL;
  }

  private execClass(s: ast.ClassDef, scope: Scope): void {
    const bases = s.bases.map((b) => this.eval(b, scope));
    for (const b of bases) if (!(b instanceof PyClass)) throw pyErr('TypeError', 'bases must be types');
    const ns = new Scope(null, scope, scope.globals ?? scope, true);
    ns.vars.set('__module__', '__main__');
    ns.vars.set('__qualname__', s.name);
    this.execBlock(s.body, ns);
    const namedTuple = bases.some(isNamedTupleBase);
    const cls = namedTuple ? namedTupleFromClassBody(s.name, ns.vars) : new PyClass(s.name, bases.length ? (bases as PyClass[]) : [T.object], '__main__');
    for (const [k, v] of ns.vars) {
      if (!namedTuple) cls.dict.set(k, v);
      const fn = v instanceof PyFunction ? v : v && typeof v === 'object' && 'func' in v && (v as { func: PyValue }).func instanceof PyFunction ? (v as { func: PyFunction }).func : null;
      if (fn) fn.definingClass = cls;
      if (fn) fn.qualname = `${s.name}.${fn.name}`;
    }
    for (const k of s.keywords) {
      // metaclass=ABCMeta (or another metaclass the evaluator provides): its behaviour object
      if (k.arg === 'metaclass') {
        const m = this.eval(k.value, scope);
        const given = m instanceof PyClass ? metaclassBehaviour.get(m) : undefined;
        if (given) cls.meta = given;
      }
    }
    // errors while the class is being created point at the class statement, not its body's last line
    const fr = this.frames[this.frames.length - 1];
    fr.line = s.range.line;
    fr.stmt = s;
    fr.node = null;
    classMeta(cls)?.initSubclass?.(cls);
    // the nearest base's __init_subclass__ (an implicit classmethod) sees the new class and the
    // class keywords other than metaclass (plugin registries of "build your own NN" libraries)
    for (const base of cls.mro.slice(1)) {
      const hook = base.dict.get('__init_subclass__');
      if (hook === undefined) continue;
      const fn = hook instanceof PyClassMethod ? hook.func : hook;
      if (fn instanceof PyFunction || fn instanceof PyBuiltin) {
        const kw = new Map<string, PyValue>();
        for (const k of s.keywords) if (k.arg && k.arg !== 'metaclass') kw.set(k.arg, this.eval(k.value, scope));
        callValue(fn, [cls], kw.size ? kw : null);
      }
      break;
    }
    let c: PyValue = cls;
    for (let i = s.decorator_list.length - 1; i >= 0; i--) c = callValue(this.eval(s.decorator_list[i], scope), [c], null);
    this.store(s.name, c, scope);
  }

  private makeFunction(s: ast.FunctionDef | ast.Lambda, scope: Scope): PyFunction {
    const defaults = s.args.defaults.map((d) => this.eval(d, scope));
    const kwDefaults = s.args.kw_defaults.map((d) => (d ? this.eval(d, scope) : undefined));
    const lines = this.sourceLines.get(this.frames[this.frames.length - 1]?.filename ?? '');
    const info = functionScope(s, lines ? (r) => { try { return patternNames(parsePattern(patternText(lines, r))); } catch { return []; } } : null);
    const name = s.kind === 'Lambda' ? '<lambda>' : s.name;
    const enclosing = this.frames[this.frames.length - 1];
    const qual = enclosing.fn ? `${enclosing.fn.qualname}.<locals>.${name}` : name;
    const fn = new PyFunction(name, qual, s.args, s.kind === 'Lambda' ? s.body : s.body, defaults, kwDefaults, scope, info, '__main__');
    fn.isGenerator = info.isGenerator;
    return fn;
  }

  // ----------------------------------------------------------------------------------------
  // Calls

  callFunction(fn: PyFunction, args: PyValue[], kwargs: Kwargs): PyValue {
    if (this.frames.length >= this.limits.recursionLimit) throw pyErr('RecursionError', 'maximum recursion depth exceeded');
    if (++this.steps > this.nextCheck) this.checkLimits();
    const info = fn.info as ScopeInfo;
    const closure = fn.closure as Scope;
    const scope = new Scope(info, closure, closure.globals ?? closure);
    this.bindArgs(fn, args, kwargs, scope);
    if (fn.isGenerator && Array.isArray(fn.body) && lazyGeneratorBody(fn.body as ast.Stmt[])) {
      return this.lazyGenerator(fn, scope, args[0]);
    }
    const frame: Frame = {
      name: fn.name, filename: this.frames[0]?.filename ?? '<string>', line: 0, fn, firstArg: args[0],
      yields: fn.isGenerator ? [] : null,
    };
    this.frames.push(frame);
    try {
      if (!Array.isArray(fn.body)) {
        // a lambda's body is one expression, not statements that set the frame's line: its
        // tracebacks and warnings point at the lambda's own line, as in CPython
        frame.line = (fn.body as ast.Expr).range.line;
        return this.eval(fn.body as ast.Expr, scope);
      }
      const sig = this.execBlock(fn.body as ast.Stmt[], scope);
      if (frame.yields) {
        const items = frame.yields;
        let i = 0;
        return new PyIterator(() => (i < items.length ? items[i++] : undefined), 'generator');
      }
      return sig === RETURN ? this.retVal : null;
    } catch (err) {
      if (err instanceof RangeError && err.message.includes('call stack')) {
        // The JS stack ran out before Python's limit. A runaway recursion would have gone on
        // to the limit in CPython, so the traceback repeats the innermost frame up to it.
        const e = pyErr('RecursionError', 'maximum recursion depth exceeded');
        const tb = e.exc.traceback!;
        const last = tb[tb.length - 1];
        while (tb.length < this.limits.recursionLimit && last) tb.push(last);
        throw e;
      }
      throw err;
    } finally {
      this.frames.pop();
    }
  }

  /**
   * A generator whose yields are all statement-level (`yield x`, `x = yield y`, `yield from it`)
   * runs lazily: its body is driven by a JS generator, resumed by each next(), with its own frame
   * pushed while it runs. Other generators fall back to collecting their values eagerly.
   */
  private lazyGenerator(fn: PyFunction, scope: Scope, firstArg: PyValue | undefined): PyIterator {
    const frame: Frame = { name: fn.name, filename: this.frames[0]?.filename ?? '<string>', line: 0, fn, firstArg, yields: null };
    let it: Generator<PyValue, Signal, void> | null = null;
    let done = false;
    const resume = (how: (g: Generator<PyValue, Signal, void>) => IteratorResult<PyValue, Signal>): PyValue | undefined => {
      if (done) return undefined;
      if (this.frames.length >= this.limits.recursionLimit) throw pyErr('RecursionError', 'maximum recursion depth exceeded');
      this.frames.push(frame);
      try {
        it ??= this.genBlock(fn.body as ast.Stmt[], scope);
        const r = how(it);
        if (r.done) { done = true; return undefined; }
        return r.value;
      } catch (e) {
        done = true;
        throw e;
      } finally {
        this.frames.pop();
      }
    };
    const gen = new PyIterator(() => resume((g) => g.next()), 'generator');
    gen.throwInto = (exc) => {
      if (done || !it) { done = true; throw exc; }
      return resume((g) => g.throw(exc));
    };
    return gen;
  }

  private *genBlock(body: ast.Stmt[], scope: Scope): Generator<PyValue, Signal, void> {
    for (const s of body) {
      const sig = hasYield(s) ? yield* this.genStmt(s, scope) : this.execStmt(s, scope);
      if (sig !== NORMAL) return sig;
    }
    return NORMAL;
  }

  private *genStmt(s: ast.Stmt, scope: Scope): Generator<PyValue, Signal, void> {
    if (++this.steps > this.nextCheck) this.checkLimits();
    const frame = this.frames[this.frames.length - 1];
    frame.line = s.range.line;
    switch (s.kind) {
      case 'Expr': {
        const v = s.value;
        if (v.kind === 'Yield') { const x = v.value ? this.eval(v.value, scope) : null; yield x; frame.line = s.range.line; return NORMAL; }
        if (v.kind === 'YieldFrom') {
          const next = iterate(this.eval(v.value, scope));
          for (let x = next(); x !== undefined; x = next()) { yield x; frame.line = s.range.line; }
          return NORMAL;
        }
        break;
      }
      case 'Assign': {
        const v = s.value as ast.Yield;
        yield v.value ? this.eval(v.value, scope) : null;
        for (const t of s.targets) this.assign(t, null, scope);
        return NORMAL;
      }
      case 'If':
        return yield* this.genBlock(truthy(this.eval(s.test, scope)) ? s.body : s.orelse, scope);
      case 'For': case 'AsyncFor': {
        const next = iterate(this.eval(s.iter, scope));
        for (let v = next(); v !== undefined; v = next()) {
          if (++this.steps > this.nextCheck) this.checkLimits();
          this.assign(s.target, v, scope);
          const sig = yield* this.genBlock(s.body, scope);
          if (sig === BREAK) return NORMAL;
          if (sig === RETURN) return sig;
        }
        return yield* this.genBlock(s.orelse, scope);
      }
      case 'While': {
        while (truthy(this.eval(s.test, scope))) {
          if (++this.steps > this.nextCheck) this.checkLimits();
          const sig = yield* this.genBlock(s.body, scope);
          if (sig === BREAK) return NORMAL;
          if (sig === RETURN) return sig;
        }
        return yield* this.genBlock(s.orelse, scope);
      }
      case 'Try': case 'TryStar': {
        try {
          let sig: Signal;
          try {
            sig = yield* this.genBlock(s.body, scope);
          } catch (err) {
            const e = this.asPyThrow(err);
            if (!e) throw err;
            for (const h of s.handlers) {
              if (h.type && !this.excMatches(e.exc, this.eval(h.type, scope))) continue;
              if (h.name) this.store(h.name, e.exc, scope);
              this.handling.push(e.exc);
              try {
                return yield* this.genBlock(h.body, scope);
              } finally {
                this.handling.pop();
                if (h.name) scope.vars.delete(h.name);
              }
            }
            throw e;
          }
          if (sig !== NORMAL) return sig;
          return yield* this.genBlock(s.orelse, scope);
        } finally {
          if (s.finalbody.length) {
            const fsig = yield* this.genBlock(s.finalbody, scope);
            if (fsig !== NORMAL) return fsig; // eslint-disable-line no-unsafe-finally
          }
        }
      }
      case 'With': case 'AsyncWith': {
        if (s.items.length !== 1) break;
        const mgr = this.eval(s.items[0].context_expr, scope);
        let exitFn: (exc: PyInstance | null) => boolean;
        let entered: PyValue;
        if (mgr instanceof PyNative && mgr.enter) { entered = mgr.enter(); exitFn = () => { mgr.exit?.(); return false; }; }
        else if (mgr instanceof PyInstance && mgr.cls.lookup('__enter__') !== undefined) {
          entered = callValue(getattr(mgr, '__enter__'), [], null);
          const ex = getattr(mgr, '__exit__');
          exitFn = (exc) => truthy(callValue(ex, exc ? [exc.cls, exc, null] : [null, null, null], null));
        } else throw pyErr('TypeError', `'${typeName(mgr)}' object does not support the context manager protocol`);
        if (s.items[0].optional_vars) this.assign(s.items[0].optional_vars, entered, scope);
        let sig: Signal;
        try {
          sig = yield* this.genBlock(s.body, scope);
        } catch (e) {
          if (e instanceof PyThrow && exitFn(e.exc)) return NORMAL;
          throw e;
        }
        exitFn(null);
        return sig;
      }
    }
    throw pyErr('SyntaxError', 'this form of yield is not supported by the Shapewise evaluator');
  }

  private bindArgs(fn: PyFunction, args: PyValue[], kwargs: Kwargs, scope: Scope): void {
    const a = fn.args;
    const positional = a.posonlyargs.length ? [...a.posonlyargs, ...a.args] : a.args;
    const np = positional.length;
    const vars = scope.vars;
    const fname = fn.qualname;
    if (args.length > np && !a.vararg) {
      const nd = fn.defaults.length;
      const takes = nd ? `from ${np - nd} to ${np}` : `${np}`;
      throw pyErr('TypeError', `${fname}() takes ${takes} positional argument${np === 1 && !nd ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
    }
    const n = Math.min(args.length, np);
    for (let i = 0; i < n; i++) vars.set(positional[i].arg, args[i]);
    if (a.vararg) vars.set(a.vararg.arg, new PyTuple(args.slice(np)));
    let extra: PyDict | null = null;
    if (a.kwarg) { extra = new PyDict(); vars.set(a.kwarg.arg, extra); }
    if (kwargs) {
      for (const [k, v] of kwargs) {
        const pi = positional.findIndex((p) => p.arg === k);
        if (pi >= 0 && pi >= a.posonlyargs.length) {
          if (pi < args.length) throw pyErr('TypeError', `${fname}() got multiple values for argument '${k}'`);
          vars.set(k, v);
        } else if (a.kwonlyargs.some((p) => p.arg === k)) vars.set(k, v);
        else if (extra) dictSet(extra, k, v);
        else throw pyErr('TypeError', `${fname}() got an unexpected keyword argument '${k}'`);
      }
    }
    if (args.length < np) {
      const firstDefault = np - fn.defaults.length;
      const missing: string[] = [];
      for (let i = args.length; i < np; i++) {
        const name = positional[i].arg;
        if (vars.has(name)) continue;
        if (i >= firstDefault) vars.set(name, fn.defaults[i - firstDefault]);
        else missing.push(name);
      }
      if (missing.length) throw pyErr('TypeError', `${fname}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
    }
    const missingKw: string[] = [];
    a.kwonlyargs.forEach((p, i) => {
      if (vars.has(p.arg)) return;
      const d = fn.kwDefaults[i];
      if (d !== undefined) vars.set(p.arg, d); else missingKw.push(p.arg);
    });
    if (missingKw.length) throw pyErr('TypeError', `${fname}() missing ${missingKw.length} required keyword-only argument${missingKw.length > 1 ? 's' : ''}: ${listNames(missingKw)}`);
  }

  // ----------------------------------------------------------------------------------------
  // Assignment

  assign(t: ast.Expr, v: PyValue, scope: Scope): void {
    switch (t.kind) {
      case 'Name': this.store(t.id, v, scope); return;
      case 'Tuple': case 'List': this.frames[this.frames.length - 1].node = t; this.unpack(t.elts, v, scope); return;
      case 'Subscript': {
        const o = this.eval(t.value, scope), k = this.evalSlice(t.slice, scope);
        this.frames[this.frames.length - 1].node = t; // a failed store points at the whole target, as CPython's does
        setitem(o, k, v);
        return;
      }
      case 'Attribute': setattr(this.eval(t.value, scope), t.attr, v); return;
      case 'Starred': this.assign(t.value, v, scope); return;
    }
    throw pyErr('SyntaxError', 'cannot assign to expression');
  }

  private unpack(elts: ast.Expr[], v: PyValue, scope: Scope): void {
    let items: PyValue[];
    if (v instanceof PyTuple || v instanceof PyList) items = v.items;
    else {
      try {
        items = toArray(v);
      } catch (e) {
        if (e instanceof PyThrow && e.exc.cls === T.TypeError && /is not iterable/.test(String(e.exc.args[0]))) {
          throw pyErr('TypeError', `cannot unpack non-iterable ${typeName(v)} object`);
        }
        throw e;
      }
    }
    const star = elts.findIndex((e) => e.kind === 'Starred');
    if (star < 0) {
      if (items.length > elts.length) throw pyErr('ValueError', `too many values to unpack (expected ${elts.length})`);
      if (items.length < elts.length) throw pyErr('ValueError', `not enough values to unpack (expected ${elts.length}, got ${items.length})`);
      for (let i = 0; i < elts.length; i++) this.assign(elts[i], items[i], scope);
      return;
    }
    const after = elts.length - star - 1;
    if (items.length < elts.length - 1) throw pyErr('ValueError', `not enough values to unpack (expected at least ${elts.length - 1}, got ${items.length})`);
    for (let i = 0; i < star; i++) this.assign(elts[i], items[i], scope);
    this.assign((elts[star] as ast.Starred).value, new PyList(items.slice(star, items.length - after)), scope);
    for (let i = 0; i < after; i++) this.assign(elts[star + 1 + i], items[items.length - after + i], scope);
  }

  private augAssign(s: ast.AugAssign, scope: Scope): void {
    const t = s.target;
    if (t.kind === 'Name') {
      const cur = this.lookup(t.id, scope);
      escape(cur);
      const v = this.eval(s.value, scope);
      const vFresh = isOperatorNode(s.value) && this.freshTemporary === v;
      this.frames[this.frames.length - 1].node = null;
      this.store(t.id, inplaceWithTemporary(s.op, cur, v, vFresh), scope);
    } else if (t.kind === 'Subscript') {
      const obj = this.eval(t.value, scope);
      const key = this.evalSlice(t.slice, scope);
      const cur = getitem(obj, key);
      const v = this.eval(s.value, scope);
      const vFresh = isOperatorNode(s.value) && this.freshTemporary === v;
      this.frames[this.frames.length - 1].node = null;
      setitem(obj, key, inplaceWithTemporary(s.op, cur, v, vFresh));
    } else if (t.kind === 'Attribute') {
      const obj = this.eval(t.value, scope);
      const cur = getattr(obj, t.attr);
      const v = this.eval(s.value, scope);
      const vFresh = isOperatorNode(s.value) && this.freshTemporary === v;
      this.frames[this.frames.length - 1].node = null;
      setattr(obj, t.attr, inplaceWithTemporary(s.op, cur, v, vFresh));
    } else throw pyErr('SyntaxError', "'expression' is an illegal expression for augmented assignment");
  }

  private deleteTarget(t: ast.Expr, scope: Scope): void {
    switch (t.kind) {
      case 'Name': this.deleteName(t.id, scope); return;
      case 'Subscript': delitem(this.eval(t.value, scope), this.evalSlice(t.slice, scope)); return;
      case 'Attribute': {
        const o = this.eval(t.value, scope);
        if (o instanceof PyInstance && o.dict.delete(t.attr)) return;
        throw pyErr('AttributeError', `'${typeName(o)}' object has no attribute '${t.attr}'`);
      }
      case 'Tuple': case 'List': for (const e of t.elts) this.deleteTarget(e, scope); return;
    }
  }

  // ----------------------------------------------------------------------------------------
  // Expressions

  evalSlice(e: ast.Expr, scope: Scope): PyValue {
    if (e.kind === 'Slice') {
      return new PySlice(e.lower ? this.eval(e.lower, scope) : null, e.upper ? this.eval(e.upper, scope) : null, e.step ? this.eval(e.step, scope) : null);
    }
    if (e.kind === 'Tuple') return new PyTuple(this.evalElts(e.elts, scope));
    return this.eval(e, scope);
  }

  private evalElts(elts: ast.Expr[], scope: Scope): PyValue[] {
    const out: PyValue[] = [];
    for (const x of elts) {
      if (x.kind === 'Starred') out.push(...toArray(this.eval(x.value, scope)));
      else if (x.kind === 'Slice') out.push(this.evalSlice(x, scope));
      else out.push(this.eval(x, scope));
    }
    return out;
  }

  eval(e: ast.Expr, scope: Scope): PyValue {
    switch (e.kind) {
      case 'Name': {
        this.frames[this.frames.length - 1].node = e;
        const v = this.lookup(e.id, scope);
        escape(v);
        return v;
      }
      case 'Constant': return constantValue(e);
      case 'BinOp': {
        const lName = e.left.kind === 'Name', rName = e.right.kind === 'Name';
        const l = lName ? this.readOperand(e.left as ast.Name, scope) : this.eval(e.left, scope);
        const lFresh = isOperatorNode(e.left) && this.freshTemporary === l;
        const r = rName ? this.readOperand(e.right as ast.Name, scope) : this.eval(e.right, scope);
        const rFresh = isOperatorNode(e.right) && this.freshTemporary === r;
        this.frames[this.frames.length - 1].node = e;
        const operands = [l, r];
        if (lName || rName) guardOperandReads(operands);
        const out = binop(e.op, l, r);
        if (lName) escapeIfReferenced(l, out);
        if (rName) escapeIfReferenced(r, out);
        releaseConsumedTemporary(l, lFresh, out, operands);
        if (r !== l) releaseConsumedTemporary(r, rFresh, out, operands);
        this.freshTemporary = isFreshOperatorResult(out, operands) ? out : undefined;
        return out;
      }
      case 'Call': return this.evalCall(e, scope);
      case 'Attribute': {
        const o = this.eval(e.value, scope);
        this.frames[this.frames.length - 1].node = e;
        return getattr(o, e.attr);
      }
      case 'Subscript': {
        const o = this.eval(e.value, scope), k = this.evalSlice(e.slice, scope);
        this.frames[this.frames.length - 1].node = e;
        return getitem(o, k);
      }
      case 'Compare': {
        let left = this.eval(e.left, scope);
        let result: PyValue = true;
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.eval(e.comparators[i], scope);
          this.frames[this.frames.length - 1].node = e;
          result = this.compareOp(e.ops[i], left, right);
          if (i < e.ops.length - 1 && !truthy(result)) return result;
          left = right;
        }
        return result;
      }
      case 'UnaryOp': {
        const vName = e.operand.kind === 'Name' && e.op !== 'Not';
        const v = vName ? this.readOperand(e.operand as ast.Name, scope) : this.eval(e.operand, scope);
        const vFresh = isOperatorNode(e.operand) && this.freshTemporary === v;
        this.freshTemporary = undefined;
        if (e.op === 'Not') return !truthy(v);
        if (vName) guardOperandReads([v]);
        const out = unaryopFn(e.op, v);
        if (vName) escapeIfReferenced(v, out);
        releaseConsumedTemporary(v, vFresh, out, [v]);
        this.freshTemporary = isFreshOperatorResult(out, [v]) ? out : undefined;
        return out;
      }
      case 'BoolOp': {
        let v: PyValue = null;
        for (const x of e.values) {
          v = this.eval(x, scope);
          if (e.op === 'And' ? !truthy(v) : truthy(v)) return v;
        }
        return v;
      }
      case 'IfExp': return truthy(this.eval(e.test, scope)) ? this.eval(e.body, scope) : this.eval(e.orelse, scope);
      case 'List': return new PyList(this.evalElts(e.elts, scope));
      case 'Tuple': return new PyTuple(this.evalElts(e.elts, scope));
      case 'Set': {
        const s = new PySet();
        s.store = storeOf(this.evalElts(e.elts, scope));
        return s;
      }
      case 'Dict': {
        const d = new PyDict();
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k === null) {
            const m = this.eval(e.values[i], scope);
            if (!(m instanceof PyDict)) throw pyErr('TypeError', `'${typeName(m)}' object is not a mapping`);
            for (const [kk, vv] of m.store.map.values()) dictSet(d, kk, vv);
          } else dictSet(d, this.eval(k, scope), this.eval(e.values[i], scope));
        }
        return d;
      }
      case 'JoinedStr': {
        let out = '';
        for (const part of e.values) {
          if (part.kind === 'Constant') out += (part.value as { value: string }).value;
          else out += this.formatted(part, scope);
        }
        return out;
      }
      case 'FormattedValue': return this.formatted(e, scope);
      case 'Lambda': return this.makeFunction(e, scope);
      case 'ListComp': {
        const out: PyValue[] = [];
        this.comprehend(e, scope, (s) => { out.push(this.eval(e.elt, s)); if (out.length > MAX_SEQUENCE) checkSize(out.length); });
        return new PyList(out);
      }
      case 'SetComp': {
        const out: PyValue[] = [];
        this.comprehend(e, scope, (s) => { out.push(this.eval(e.elt, s)); });
        const set = new PySet();
        set.store = storeOf(out);
        return set;
      }
      case 'DictComp': {
        const d = new PyDict();
        this.comprehend(e, scope, (s) => { const k = this.eval(e.key, s); dictSet(d, k, this.eval(e.value, s)); });
        return d;
      }
      case 'GeneratorExp': return this.lazyGenExp(e, scope);
      case 'NamedExpr': {
        const v = this.eval(e.value, scope);
        let s: Scope = scope;
        while (s.isComprehension && s.parent) s = s.parent;
        this.store(e.target.id, v, s);
        return v;
      }
      case 'Starred': throw pyErr('SyntaxError', "can't use starred expression here");
      case 'Slice': return this.evalSlice(e, scope);
      case 'Yield': {
        const f = this.frames[this.frames.length - 1];
        const v = e.value ? this.eval(e.value, scope) : null;
        if (f.yields) f.yields.push(v);
        return null;
      }
      case 'YieldFrom': {
        const f = this.frames[this.frames.length - 1];
        const v = toArray(this.eval(e.value, scope));
        if (f.yields) f.yields.push(...v);
        return null;
      }
      case 'Await': throw pyErr('SyntaxError', 'await is not supported by the Shapewise evaluator');
      case 'InvalidExpr': throw pyErr('SyntaxError', 'invalid syntax');
    }
    throw pyErr('SyntaxError', 'unsupported expression');
  }

  private compareOp(op: ast.CmpOpKind, a: PyValue, b: PyValue): PyValue {
    switch (op) {
      case 'Is': return pyIs(a, b);
      case 'IsNot': return !pyIs(a, b);
      case 'In': return contains(b, a);
      case 'NotIn': return !contains(b, a);
      default: return compare(op, a, b);
    }
  }

  private formatted(part: ast.FormattedValue, scope: Scope): string {
    let v = this.eval(part.value, scope);
    if (part.conversion === 114) v = repr(v);
    else if (part.conversion === 115) v = str(v);
    else if (part.conversion === 97) v = repr(v).replace(/[^\x00-\x7f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    const spec = part.format_spec ? (this.eval(part.format_spec, scope) as string) : '';
    return formatValue(v, spec);
  }

  private comprehend(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, scope: Scope, emit: (s: Scope) => void): void {
    const info = comprehensionScope(e);
    const parent = scope.isClass ? scope.parent! : scope;
    const inner = new Scope(info, parent, scope.globals ?? scope);
    inner.isComprehension = true;
    const gens = e.generators;
    const first = this.eval(gens[0].iter, scope);
    // CPython 3.11 runs the comprehension in its own frame (<listcomp>, ...), called from the
    // enclosing one at the comprehension's position; the first iterable belongs to the caller
    const enclosing = this.frames[this.frames.length - 1];
    enclosing.node = e;
    const frame = this.comprehensionFrame(e, enclosing);
    this.frames.push(frame);
    try {
      this.comprehendIn(e, inner, first, emit);
    } finally {
      this.frames.pop();
    }
  }

  private comprehensionFrame(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, enclosing: Frame): Frame {
    if (this.frames.length >= this.limits.recursionLimit) throw pyErr('RecursionError', 'maximum recursion depth exceeded');
    const name = e.kind === 'ListComp' ? '<listcomp>' : e.kind === 'SetComp' ? '<setcomp>' : e.kind === 'DictComp' ? '<dictcomp>' : '<genexpr>';
    return { name, filename: enclosing.filename, line: e.range.line, fn: enclosing.fn, firstArg: enclosing.firstArg, yields: null, node: null, stmt: enclosingStmt(e) };
  }

  private comprehendIn(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, inner: Scope, first: PyValue, emit: (s: Scope) => void): void {
    const gens = e.generators;
    const loop = (gi: number, iterable: PyValue): void => {
      const g = gens[gi];
      const next = iterate(iterable);
      for (let v = next(); v !== undefined; v = next()) {
        if (++this.steps > this.nextCheck) this.checkLimits();
        this.assign(g.target, v, inner);
        let ok = true;
        for (const c of g.ifs) if (!truthy(this.eval(c, inner))) { ok = false; break; }
        if (!ok) continue;
        if (gi + 1 < gens.length) loop(gi + 1, this.eval(gens[gi + 1].iter, inner));
        else emit(inner);
      }
    };
    loop(0, first);
  }

  /** A generator expression: the first iterable is evaluated now, the rest on demand. */
  private lazyGenExp(e: ast.GeneratorExp, scope: Scope): PyIterator {
    const info = comprehensionScope(e);
    const parent = scope.isClass ? scope.parent! : scope;
    const inner = new Scope(info, parent, scope.globals ?? scope);
    inner.isComprehension = true;
    const gens = e.generators;
    const first = iterate(this.eval(gens[0].iter, scope));
    const self = this;
    function* loop(gi: number, next: () => PyValue | undefined): Generator<PyValue, void, void> {
      const g = gens[gi];
      for (let v = next(); v !== undefined; v = next()) {
        if (++self.steps > self.nextCheck) self.checkLimits();
        self.assign(g.target, v, inner);
        let ok = true;
        for (const c of g.ifs) if (!truthy(self.eval(c, inner))) { ok = false; break; }
        if (!ok) continue;
        if (gi + 1 < gens.length) yield* loop(gi + 1, iterate(self.eval(gens[gi + 1].iter, inner)));
        else yield self.eval(e.elt, inner);
      }
    }
    const it = loop(0, first);
    let done = false;
    const frame = this.comprehensionFrame(e, this.frames[this.frames.length - 1]);
    return new PyIterator(() => {
      if (done) return undefined;
      // each resumption runs in the generator's own <genexpr> frame
      if (this.frames.length >= this.limits.recursionLimit) throw pyErr('RecursionError', 'maximum recursion depth exceeded');
      frame.node = null;
      this.frames.push(frame);
      try {
        const r = it.next();
        if (r.done) { done = true; return undefined; }
        return r.value;
      } catch (err) {
        done = true;
        throw err;
      } finally {
        this.frames.pop();
      }
    }, 'generator');
  }

  private evalCall(e: ast.Call, scope: Scope): PyValue {
    // a method of a fresh operator temporary, `(Z * X).sum()`: the receiver may be released after
    let receiver: PyValue | undefined;
    // a method read from a name, `Z.sum(axis=0)`: Z stays solely owned if the call keeps nothing
    let nameReceiver: PyValue | undefined;
    let f: PyValue;
    let methodSelf: PyValue | undefined;
    if (e.func.kind === 'Attribute' && isOperatorNode(e.func.value)) {
      const o = this.eval(e.func.value, scope);
      methodSelf = o;
      if (this.freshTemporary === o) receiver = o;
      this.frames[this.frames.length - 1].node = e.func;
      f = getattr(o, e.func.attr);
    } else if (e.func.kind === 'Attribute' && e.func.value.kind === 'Name' && isReceiverSafe(e.func.attr)) {
      nameReceiver = methodSelf = this.readOperand(e.func.value, scope);
      this.frames[this.frames.length - 1].node = e.func;
      f = getattr(nameReceiver, e.func.attr);
    } else f = this.eval(e.func, scope);
    // names passed to a NumPy ufunc (np.maximum(Z, 0)) stay solely owned too
    const ufuncCall = isUfunc(f) && !e.keywords.some((k) => k.arg === 'out' || k.arg === null);
    let nameArgs: PyValue[] | null = null;
    let args: PyValue[];
    let freshArgs: PyValue[] | null = null;
    if (e.args.length === 0) args = [];
    else {
      args = [];
      for (const a of e.args) {
        if (a.kind === 'Starred') args.push(...toArray(this.eval(a.value, scope)));
        else if (ufuncCall && a.kind === 'Name') {
          const v = this.readOperand(a, scope);
          (nameArgs ??= []).push(v);
          args.push(v);
        } else {
          const v = this.eval(a, scope);
          if (isOperatorNode(a) && this.freshTemporary === v) (freshArgs ??= []).push(v);
          args.push(v);
        }
      }
    }
    let kwargs: Kwargs = null;
    if (e.keywords.length) {
      kwargs = new Map();
      for (const k of e.keywords) {
        const v = this.eval(k.value, scope);
        if (k.arg === null) {
          if (!(v instanceof PyDict)) throw pyErr('TypeError', `argument after ** must be a mapping, not ${typeName(v)}`);
          for (const [kk, vv] of v.store.map.values()) {
            if (typeof kk !== 'string') throw pyErr('TypeError', 'keywords must be strings');
            if (kwargs.has(kk)) throw pyErr('TypeError', `${calleeName(f)}() got multiple values for keyword argument '${kk}'`);
            kwargs.set(kk, vv);
          }
        } else kwargs.set(k.arg, v);
      }
    }
    this.frames[this.frames.length - 1].node = e;
    this.freshTemporary = undefined;
    if (f === superBuiltin && args.length === 0) return this.zeroArgSuper();
    if (nameArgs) guardOperandReads(kwargs ? [...args, ...kwargs.values()] : args);
    if (nameReceiver !== undefined) guardMethodRead(nameReceiver, (e.func as ast.Attribute).attr, args, kwargs);
    const out = callValue(f, args, kwargs);
    if (nameArgs) for (const v of nameArgs) escapeIfReferenced(v, out);
    if (nameReceiver !== undefined) escapeIfReferenced(nameReceiver, out);
    const freshResult = methodSelf !== undefined && isFreshMethodResult(methodSelf, (e.func as ast.Attribute).attr, out, args, kwargs);
    if (receiver !== undefined) releaseMethodReceiver(receiver, (e.func as ast.Attribute).attr, out);
    // a NumPy ufunc (np.exp, np.maximum, ...) keeps nothing of its inputs, unless out= names one
    const ufunc = isUfunc(f) && !kwargs?.has('out');
    if (ufunc && freshArgs) for (const v of freshArgs) releaseConsumedTemporary(v, true, out, args);
    this.freshTemporary = (ufunc && isFreshOperatorResult(out, args)) || freshResult ? out : undefined;
    return out;
  }

  private zeroArgSuper(): PyValue {
    const fr = this.frames[this.frames.length - 1];
    if (!fr.fn || !fr.fn.definingClass || fr.firstArg === undefined) throw pyErr('RuntimeError', 'super(): no arguments');
    return callValue(superBuiltin, [fr.fn.definingClass, fr.firstArg], null);
  }
}

/** `cur op= v`, releasing `v` when it was a fresh operator temporary (temporaries.ts). */
function inplaceWithTemporary(op: string, cur: PyValue, v: PyValue, vFresh: boolean): PyValue {
  const out = inplaceOp(op, cur, v);
  releaseConsumedTemporary(v, vFresh, out, [cur, v]);
  return out;
}

/** Nodes whose value may be a fresh engine temporary: operators and calls (temporaries.ts). */
function isOperatorNode(e: ast.Expr): boolean {
  return e.kind === 'BinOp' || e.kind === 'UnaryOp' || e.kind === 'Call';
}

function unaryopFn(op: string, v: PyValue): PyValue {
  return unaryImpl(op, v);
}
import { unaryop as unaryImpl } from './runtime';

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

function calleeName(f: PyValue): string {
  if (f instanceof PyFunction) return f.qualname;
  if (f instanceof PyBuiltin) return f.name;
  if (f instanceof PyBoundMethod && f.func instanceof PyFunction) return f.func.qualname;
  return typeName(f);
}

const constCache = new WeakMap<object, PyValue>();
export function constantValue(e: ast.Constant): PyValue {
  const c = e.value;
  switch (c.type) {
    case 'int': return normBig(c.value);
    case 'str': return c.value;
    case 'bool': return c.value;
    case 'None': return null;
    case 'Ellipsis': return ELLIPSIS;
  }
  let v = constCache.get(e);
  if (v === undefined) {
    if (c.type === 'float') v = new PyFloat(c.value);
    else if (c.type === 'complex') v = new PyComplex(0, c.imag);
    else v = new PyBytes(c.value);
    constCache.set(e, v);
  }
  return v;
}

/** The builtin `super`, recognised by the evaluator for the zero-argument form. */
export let superBuiltin: PyValue = null;
export function setSuperBuiltin(v: PyValue): void { superBuiltin = v; }

/** Convert foreign (engine) errors into Python exceptions; registered by the NumPy binding. */
export const errorConverters: ((err: unknown) => PyThrow | null)[] = [];

export const current: { interp: Interpreter | null } = { interp: null };

/** A comprehension frame's "statement": the comprehension itself (its lines bound the frame's). */
function enclosingStmt(e: ast.Expr): ast.Stmt {
  return { kind: 'Expr', value: e, range: e.range } as unknown as ast.Stmt;
}

export { makeExc, hashKey, throwErr };

// ------------------------------------------------------------------------------------------
// Which generator bodies can run lazily

const yieldCache = new WeakMap<object, boolean>();

/** Whether a statement contains a yield of its own (not inside a nested function or class). */
export function hasYield(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasYield);
  const cached = yieldCache.get(node);
  if (cached !== undefined) return cached;
  const n = node as { kind?: string };
  let r = false;
  if (n.kind === 'Yield' || n.kind === 'YieldFrom') r = true;
  else if (n.kind !== 'FunctionDef' && n.kind !== 'AsyncFunctionDef' && n.kind !== 'ClassDef' && n.kind !== 'Lambda') {
    for (const k in n) {
      if (k === 'range' || k === 'kind') continue;
      const v = (n as Record<string, unknown>)[k];
      if (v && typeof v === 'object' && hasYield(v)) { r = true; break; }
    }
  }
  yieldCache.set(node, r);
  return r;
}

/** True when every yield sits where genStmt can suspend (statement level of supported blocks). */
function lazyGeneratorBody(body: ast.Stmt[]): boolean {
  const ok = (s: ast.Stmt): boolean => {
    if (!hasYield(s)) return true;
    switch (s.kind) {
      case 'Expr': return (s.value.kind === 'Yield' && !hasYield(s.value.value)) || (s.value.kind === 'YieldFrom' && !hasYield(s.value.value));
      case 'Assign': return s.value.kind === 'Yield' && !hasYield(s.value.value) && !hasYield(s.targets);
      case 'If': return !hasYield(s.test) && s.body.every(ok) && s.orelse.every(ok);
      case 'For': case 'AsyncFor': return !hasYield(s.iter) && !hasYield(s.target) && s.body.every(ok) && s.orelse.every(ok);
      case 'While': return !hasYield(s.test) && s.body.every(ok) && s.orelse.every(ok);
      case 'Try': case 'TryStar': return s.body.every(ok) && s.orelse.every(ok) && s.finalbody.every(ok) && s.handlers.every((h) => !hasYield(h.type) && h.body.every(ok));
      case 'With': case 'AsyncWith': return s.items.length === 1 && !hasYield(s.items) && s.body.every(ok);
    }
    return false;
  };
  return body.every(ok);
}

/** The importable module names for error messages: numpy first, then the standard ones
 * (os is listed as os.path, the only part of it that works). */
function availableModules(): string {
  const tops = [...moduleFactories.keys()].filter((n) => !n.includes('.') && !n.startsWith('_') && n !== 'numpy');
  const names = tops.map((n) => (n === 'os' ? 'os.path' : n)).sort();
  return ['numpy', ...names].join(', ');
}

/** Expressions CPython's AST optimizer folds to a constant (a literal, a tuple of them, -1, not 0). */
function foldsToConstant(e: ast.Expr): boolean {
  if (e.kind === 'Constant') return true;
  if (e.kind === 'Tuple') return e.elts.every(foldsToConstant);
  if (e.kind === 'UnaryOp') return foldsToConstant(e.operand);
  return false;
}
