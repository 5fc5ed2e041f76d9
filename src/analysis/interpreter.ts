// The abstract interpreter: walks a parsed module statement by statement, keeping an abstract
// value for every name (arrays with symbolic shapes, known ints, tuples, functions, classes,
// modules), joining branches, iterating loops to a fixed point, analysing user functions per
// call site, and reporting diagnostics, hovers and inlay hints as it goes. NumPy calls and
// array methods are modelled in numpyModel.ts; NumPy's rules come from rules.ts (src/numpy).
import type * as A from '../python/ast';
import type { SourceRange } from '../python/ast';
import {
  type Value, type ArrayValue, type Dim, type DimValue, type Scope, type ModuleContext, type FuncValue,
  type ClassValue, type InstanceValue, type Shape, type TupleValue, type IntValue, type LoopToken, type RangeValue,
  type DictValue, dictKey, forgetContents,
  type Provenance, type Anchor, SourceProvenance, withNote, fileAnchor,
  quote, UNKNOWN, NONE, COMPLEX, join, joinValues, sameValue, sym, unk, isUnknown, dimEq, dimAdd, dimMul, dimText, shapeText, valueText,
} from './values';
import { type Diagnostic, type DiagnosticCode, type QuickFix, DIAGNOSTIC_CODES } from './diagnostics';
import { NumpyModel } from './numpyModel';
import { type ShapeComment, parseShapeSpec } from './comments';
import * as R from './rules';
import { walk } from '../python/walk';
import { parseFast } from '../python/fastParse';
import { type StatementMemo, type StatementEntry, isImmutableValue, ANY_VALUE } from './statementMemo';

export interface HoverRecord {
  range: SourceRange;
  value: Value;
  /** Extra lines: reduction axes, broadcast alignment. */
  note?: string;
}

export interface InlayRecord {
  offset: number;
  line: number;
  name: string;
  value: Value;
}

export interface TopLevelShape {
  line: number;
  offset: number;
  name: string;
  value: Value;
}

/** A module-level parse the interpreter can import (user files, through the resolver). */
export interface ParsedModule {
  module: A.Module;
  source: string;
  comments: A.Comment[];
}

type Flow = 'normal' | 'stop';

interface Frame {
  returns: Value[];
  func: A.FunctionDef | A.Lambda | null;
}

/** What the statement memo learns while a top-level statement runs (see execModuleBody). */
interface Recording {
  anchor: Anchor;
  /** Its results depend on more than its names' values: not recorded. */
  impure: boolean;
  /**
   * Its results hold positions outside its text (function bodies it called, functions it
   * made): replayed elsewhere only when all of them moved with it (see execModuleBody).
   */
  pinned: boolean;
  /** The first position it holds, its own text included. */
  refStart: number;
  /**
   * It holds what cannot be matched to a moved tree (a lambda's node, a nested definition, a
   * revealed line in a function body): replayed only where it is.
   */
  unmovable: boolean;
  /** The names the statement mentions. */
  names: string[];
  /** Module-level names read inside the functions it called, with the values read. */
  reads: Map<string, Value | undefined> | null;
  /** The same reads in order, as name, value pairs (slices go into the call cache). */
  readLog: (string | Value | undefined)[];
  /** Functions it called (the end-of-module pass analyses the others). */
  called: (A.FunctionDef | A.Lambda)[];
  statement: A.Stmt;
  /** Names whose value before the statement cannot matter (a loop target bound before use). */
  dead: string[] | null;
}

/** The empty tail of a record list, shared by the statement memo's entries (never written to). */
const NOTHING = Object.freeze([]) as unknown as never[];

/** `__name__` at module level: one object, so the statement memo sees the same value every time. */
const MAIN_NAME: Value = { k: 'str', v: '__main__' };

const MAX_LOOP_PASSES = 4;
const MAX_CALL_DEPTH = 8;
const MAX_CALL_CACHE = 2000;
/** The keyword arguments of every call without any: shared, never written to. */
const NO_KEYWORDS: ReadonlyMap<string, Value> = new Map();

export class Interpreter {
  readonly diagnostics: Diagnostic[] = [];
  /** What each expression evaluated to (hovers are most of what the analysis keeps). */
  readonly hovers = new HoverLog();
  readonly inlays: InlayRecord[] = [];
  readonly topLevel: TopLevelShape[] = [];
  /** Values shown by `reveal_shape(x)` and the last value assigned on each line (for tests). */
  readonly revealed = new RevealLog();

  /** >0 while a loop body is iterated to its fixed point: nothing is reported. */
  private quiet = 0;
  /** >0 inside loop bodies: list appends there make the length unknown. */
  loopDepth = 0;
  /**
   * Work budgets that keep the analysis linear-ish on any input (deterministic, no clocks):
   * statements executed (loops and calls re-run bodies) and function bodies analysed.
   * Past them, statements are skipped and calls are unknown: silence, never a wrong error.
   */
  private stepBudget = 200_000;
  private callBudget = 4_000;
  /** >0 inside `try` bodies with handlers: the code expects NumPy to raise, so errors are silent. */
  private inTry = 0;
  private diagSeen = new Set<string>();
  private diagSink: Diagnostic[];
  private callStack: (A.FunctionDef | A.Lambda)[] = [];
  /**
   * Analysed calls by function and argument shapes, with the globals they read and the functions
   * they called (for the statement memo). Emptied before each top-level statement: a result
   * carries the provenance of the call that made it, so sharing it with a later statement would
   * tie that statement to this one (and show the wrong call's lines in its hovers).
   */
  private callCache = new Map<string, { result: Value; diags: Diagnostic[]; readLog: (string | Value | undefined)[]; called: (A.FunctionDef | A.Lambda)[] }>();
  private calledFunctions = new Set<A.FunctionDef | A.Lambda>();
  private frames: Frame[] = [];
  private moduleCache = new Map<string, Value>();
  private importing = new Set<string>();
  readonly np: NumpyModel;
  ctx: ModuleContext;
  private stmtShapeComments: Map<number, ShapeComment>;
  /** Dimension names declared by a `# (batch, features)` comment, per statement start line. */
  private currentStmtLine = 0;
  private fnDefs: { def: A.FunctionDef; scope: Scope; self?: ClassValue }[] = [];
  /** Anchor of provenance made outside a recorded statement: positions are absolute. */
  private readonly fileAnchor: Anchor;
  /**
   * The top-level statement being run for the statement memo, if any (statementMemo.ts):
   * `impure` is set by whatever makes its results depend on more than its names' values.
   */
  private recording: Recording | null = null;
  /** >0 while a default parameter value is evaluated for a call. */
  private inDefaults = 0;
  /**
   * How many constructs that may skip code enclose the current point (an `if` whose test is
   * not known, an `except`, a loop body, a call, the short-circuit side of `and`/`or`, ...):
   * an index made of a loop target is checked only where every iteration runs it.
   */
  conditional = 0;
  /** Definitions replayed at a new place in this analysis: recorded definition → its node now. */
  private readonly movedDefs = new Map<A.FunctionDef | A.Lambda, A.FunctionDef>();

  constructor(
    readonly source: string,
    readonly lineStarts: number[],
    shapeComments: Map<number, ShapeComment>,
    readonly ignores: Map<number, Set<string> | 'all'>,
    readonly resolveModule: ((name: string) => ParsedModule | undefined) | undefined,
    /** Results of top-level statements from earlier analyses of the same document, to reuse. */
    private readonly memo: StatementMemo | null = null,
  ) {
    this.fileAnchor = fileAnchor(source);
    // With a memo, functions recorded in earlier analyses of the document are called again:
    // their scope and context are the memo's, kept from one analysis to the next.
    this.ctx = memo ? memo.context(source) : { name: '__main__', source, primary: true };
    this.stepBudget += 20 * lineStarts.length;
    this.diagSink = this.diagnostics;
    this.stmtShapeComments = shapeComments;
    this.np = new NumpyModel(this);
  }

  // -------------------------------------------------------------------------------------------
  // Reporting

  get reporting(): boolean {
    return this.quiet === 0 && this.ctx.primary;
  }

  report(code: DiagnosticCode, range: SourceRange, message: string, explanation?: string, fixes: QuickFix[] = [], dims: Dim[] = []): void {
    if (this.quiet > 0 || !this.ctx.primary) return;
    const severity = DIAGNOSTIC_CODES[code].severity;
    if (severity === 'error' && this.inTry > 0) return;
    const d: Diagnostic = { code, severity, message, explanation, range, fixes };
    const related = dims.filter((x) => x.from && x.from.start !== undefined && x.from.line > 0)
      .map((x) => ({ start: x.from!.start!, end: x.from!.end!, line: x.from!.line, message: `${dimText(x.v)} comes from \`${x.from!.text}\`` }));
    if (related.length) d.related = related;
    this.diagSink.push(d);
  }

  /** Moves diagnostics of a finished call analysis into the current sink, once each. */
  private emit(ds: Diagnostic[]): void {
    if (this.quiet > 0 || !this.ctx.primary) return;
    for (const d of ds) {
      if (d.severity === 'error' && this.inTry > 0) continue;
      this.diagSink.push(d);
    }
  }

  finish(): void {
    const out: Diagnostic[] = [];
    for (const d of this.diagnostics) {
      // One diagnostic per place and code (a loop body is analysed from more than one state).
      const key = `${d.range.start}:${d.range.end}:${d.code}`;
      if (this.diagSeen.has(key)) continue;
      this.diagSeen.add(key);
      out.push(d);
    }
    out.sort((a, b) => a.range.start - b.range.start);
    this.diagnostics.length = 0;
    this.diagnostics.push(...out);
  }

  /** Records what an expression evaluated to; the first record of a range wins (see hoverAt). */
  recordHover(range: SourceRange, value: Value): void {
    if (this.quiet > 0 || !this.ctx.primary) return;
    this.hovers.push(range.start, range.end, value);
  }

  text(node: { range: SourceRange }): string {
    return quote(this.ctx.source, node);
  }

  /**
   * Where a dimension came from: `node`'s text, or `fixedText` in its place. Anchored to the
   * top-level statement being recorded for reuse (statementMemo.ts), so it follows the statement
   * when an edit moves it.
   */
  prov(node: { range: SourceRange }, note?: string, fixedText?: string): Provenance {
    // Dimensions made in an imported module name that module (their offsets are not this file's).
    if (!this.ctx.primary) return { text: `${this.ctx.name}: ${fixedText ?? this.text(node)}`, line: node.range.line, note };
    const rec = this.recording;
    // Provenance in a function body moves with the function, not with the calling statement.
    if (rec && (node.range.start < rec.statement.range.start || node.range.end > rec.statement.range.end)) this.noteOutside(rec, node.range.start);
    return new SourceProvenance(rec?.anchor ?? this.fileAnchor, node.range, note, fixedText);
  }

  // -------------------------------------------------------------------------------------------
  // Module

  runModule(mod: A.Module): Scope {
    const scope: Scope = this.memo ? this.memo.moduleScope() : { vars: new Map(), parent: null, globals: null };
    scope.vars.set('__name__', MAIN_NAME);
    if (this.memo) this.execModuleBody(mod.body, scope, this.memo);
    else {
      for (const s of mod.body) {
        this.callCache.clear();
        if (this.execBlock([s], scope, true) === 'stop') break;
      }
    }
    // Functions never called from analysed code still get hovers and diagnostics, with their
    // parameters unknown unless annotated.
    for (let i = 0; i < this.fnDefs.length; i++) {
      const f = this.fnDefs[i];
      if (this.calledFunctions.has(f.def)) continue;
      this.calledFunctions.add(f.def);
      const fv: FuncValue = { k: 'func', def: f.def, scope: f.scope, ctx: this.ctx, name: f.def.name };
      const self: Value = f.self ? { k: 'instance', cls: f.self, attrs: new Map(f.self.attrs) } : UNKNOWN;
      this.callFunction(fv, f.self && !isStatic(f.def) ? [self] : [], new Map(), f.def.range, true);
    }
    this.finish();
    return scope;
  }

  /**
   * The module's statements, each replayed from the memo when its text and the values of the
   * names it mentions are what they were in an earlier analysis, else run (and recorded when
   * its results can be reused; see statementMemo.ts for the rules).
   */
  private execModuleBody(stmts: A.Stmt[], scope: Scope, memo: StatementMemo): void {
    memo.begin(this.source);
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      this.callCache.clear();
      let text = this.source.slice(s.range.start, s.range.end);
      // Shape comments can sit on the line above: they are part of what the statement means.
      for (let line = s.range.line; line <= s.range.endLine; line++) {
        const c = this.stmtShapeComments.get(line);
        if (c) text += `\u0000${line - s.range.line}:${c.text}`;
      }
      const names = assignedNames(s, () => [s]);
      const entry = memo.find(text, names, scope.vars);
      const moved = entry !== undefined && (s.range.start !== entry.anchor.offset || s.range.line !== entry.anchor.line);
      // A statement holding positions outside itself moves only when all of them moved with it:
      // the edit is one change, so that is when they all come after it.
      const movesWhole = entry !== undefined && entry.movable && entry.refStart >= memo.editEnd && entry.refLine > memo.editEndLine && s.range.start - entry.anchor.offset === memo.delta;
      if (entry && entry.steps <= this.stepBudget && entry.calls <= this.callBudget && !(entry.pinned && moved && !movesWhole)) {
        memo.replayed++;
        this.replay(entry, s, scope, memo.generation);
        if (entry.stops) break;
        continue;
      }
      memo.ran++;
      if (this.recordStatement(s, text, names, scope, memo) === 'stop') break;
    }
    memo.prune();
  }

  private recordStatement(s: A.Stmt, text: string, names: string[], scope: Scope, memo: StatementMemo): Flow {
    const before = names.map((n) => scope.vars.get(n));
    const rec: Recording = {
      anchor: { offset: s.range.start, line: s.range.line, source: this.source },
      refStart: s.range.start, unmovable: false,
      impure: !before.every((v) => isImmutableValue(v, memo)),
      pinned: false, names, reads: null, readLog: [], called: [], statement: s, dead: null,
    };
    const h0 = this.hovers.length, i0 = this.inlays.length, t0 = this.topLevel.length, r0 = this.revealed.size;
    const d0 = this.diagnostics.length, f0 = this.fnDefs.length, budget = this.stepBudget, calls = this.callBudget;
    this.recording = rec;
    let flow: Flow = 'normal';
    try {
      flow = this.execStmt(s, scope, true);
    } catch (e) {
      rec.impure = true;
      if (!(e instanceof RangeError)) throw e;
    } finally {
      this.recording = null;
    }
    const after = names.map((n) => scope.vars.get(n));
    if (rec.impure || this.diagnostics.length !== d0 || this.stepBudget < 0 || this.callBudget < 0 || !after.every((v) => isImmutableValue(v, memo))) return flow;
    // Records in the bodies of the functions it called hold positions outside the statement.
    for (let i = h0; i < this.hovers.length; i++) {
      const start = this.hovers.startAt(i), end = this.hovers.endAt(i);
      if (start < s.range.start || end > s.range.end) this.noteOutside(rec, start);
    }
    for (let i = i0; i < this.inlays.length; i++) {
      const o = this.inlays[i].offset;
      if (o < s.range.start || o > s.range.end) this.noteOutside(rec, o);
    }
    // Revealed values and nested definitions hold lines or nodes that cannot be matched to a
    // moved tree: such an entry is replayed only where it is.
    let refLine = Infinity;
    for (let i = r0; i < this.revealed.size; i++) {
      const line = this.revealed.lineAt(i);
      if (line < s.range.line || line > s.range.endLine) { rec.pinned = true; refLine = Math.min(refLine, line); }
    }
    for (let i = f0; i < this.fnDefs.length; i++) if (this.fnDefs[i].def !== s) { rec.pinned = true; rec.unmovable = true; }
    const madeFunctions = after.filter((v): v is FuncValue => v !== undefined && v.k === 'func' && v.def === s);
    if (rec.dead) for (let i = 0; i < names.length; i++) if (rec.dead.includes(names[i])) before[i] = ANY_VALUE;
    // Most statements call nothing and show no inlay or revealed value: share one empty array.
    const tail = <T>(xs: T[], from: number): T[] => (from === xs.length ? NOTHING as T[] : xs.slice(from));
    const entry: StatementEntry = {
      anchor: rec.anchor, names, before, after, pinned: rec.pinned || madeFunctions.length > 0,
      movable: !rec.unmovable, refStart: rec.refStart, refLine, madeFunctions,
      reads: rec.reads ? [...rec.reads.keys()] : NOTHING as string[], readValues: rec.reads ? [...rec.reads.values()] : NOTHING as Value[],
      called: rec.called.length ? rec.called : NOTHING as A.FunctionDef[], fnDefs: tail(this.fnDefs, f0),
      calls: calls - this.callBudget,
      hoverBounds: this.hovers.boundsFrom(h0), hoverValues: h0 === this.hovers.length ? NOTHING as Value[] : this.hovers.valuesFrom(h0),
      inlays: tail(this.inlays, i0), topLevel: tail(this.topLevel, t0),
      revealedLines: NOTHING as number[], revealedValues: NOTHING as Value[],
      steps: budget - this.stepBudget, stops: flow === 'stop', generation: memo.generation,
    };
    if (r0 !== this.revealed.size) {
      entry.revealedLines = [];
      entry.revealedValues = [];
      this.revealed.copyFrom(r0, entry.revealedLines, entry.revealedValues);
    }
    memo.store(text, entry);
    return flow;
  }

  /** Re-applies a recorded statement's results where the statement now is. */
  private replay(e: StatementEntry, s: A.Stmt, scope: Scope, generation: number): void {
    const dOffset = s.range.start - e.anchor.offset, dLine = s.range.line - e.anchor.line;
    if (dOffset !== 0 || dLine !== 0) {
      // Moved by the edit: move its records (they are the entry's own; the superseded analysis
      // that showed them is not asked again) and its anchor, which moves the provenance made
      // in it wherever that provenance is now.
      const b = e.hoverBounds;
      for (let i = 0; i < b.length; i++) b[i] += dOffset;
      for (const h of e.inlays) {
        h.offset += dOffset;
        h.line += dLine;
      }
      for (const t of e.topLevel) {
        t.offset += dOffset;
        t.line += dLine;
      }
      for (let i = 0; i < e.revealedLines.length; i++) e.revealedLines[i] += dLine;
      e.anchor.offset += dOffset;
      e.anchor.line += dLine;
      e.refStart += dOffset;
      e.refLine += dLine;
    }
    // The functions it made stand for the definition as parsed now (a moved or re-parsed node);
    // the calls recorded by later statements name that node too.
    for (const fv of e.madeFunctions) {
      if (fv.def === s) continue;
      this.movedDefs.set(fv.def, s as A.FunctionDef);
      fv.def = s as A.FunctionDef;
    }
    if (this.movedDefs.size) {
      const current = <T extends A.FunctionDef | A.Lambda>(d: T): T => (this.movedDefs.get(d) as T | undefined) ?? d;
      e.called = e.called.map(current);
      e.fnDefs = e.fnDefs.map((f) => ({ def: current(f.def), scope: f.scope }));
    }
    e.anchor.source = this.source;
    e.generation = generation;
    for (const def of e.called) this.calledFunctions.add(def);
    for (const f of e.fnDefs) this.fnDefs.push(f);
    this.callBudget -= e.calls;
    for (let i = 0; i < e.names.length; i++) {
      const v = e.after[i];
      if (v === undefined) scope.vars.delete(e.names[i]);
      else scope.vars.set(e.names[i], v);
    }
    this.hovers.append(e.hoverBounds, e.hoverValues);
    for (const h of e.inlays) this.inlays.push(h);
    for (const t of e.topLevel) this.topLevel.push(t);
    for (let i = 0; i < e.revealedLines.length; i++) this.revealed.set(e.revealedLines[i], e.revealedValues[i]);
    this.stepBudget -= e.steps;
  }

  /** Marks the statement being recorded as not reusable. */
  private impure(): void {
    if (this.recording) this.recording.impure = true;
  }

  /** A lambda made by the statement being recorded: its node cannot be matched to a moved tree. */
  private pinLambda(): void {
    if (this.recording) {
      this.recording.pinned = true;
      this.recording.unmovable = true;
    }
  }

  /** The statement being recorded holds a position (`start`) outside its own text. */
  private noteOutside(rec: Recording, start: number): void {
    rec.pinned = true;
    if (start < rec.refStart) rec.refStart = start;
  }

  /** A module-level name read inside a function called by the statement being recorded. */
  private noteGlobalRead(rec: Recording, name: string, v: Value | undefined): void {
    // The statement may bind the name before the call reads it: not worth modelling.
    if (rec.names.includes(name)) { rec.impure = true; return; }
    rec.reads ??= new Map();
    if (!rec.reads.has(name)) rec.reads.set(name, v);
    else if (rec.reads.get(name) !== v) rec.impure = true;
    rec.readLog.push(name, v);
  }

  /** Analyses another module (user file) and returns its namespace, cached. */
  importUserModule(name: string): Value {
    this.impure();
    const cached = this.moduleCache.get(name);
    if (cached) return cached;
    if (!this.resolveModule || this.importing.has(name)) return UNKNOWN;
    const parsed = this.resolveModule(name);
    if (!parsed) {
      this.moduleCache.set(name, UNKNOWN);
      return UNKNOWN;
    }
    this.importing.add(name);
    const saved = this.ctx;
    const savedComments = this.stmtShapeComments;
    this.ctx = { name, source: parsed.source, primary: false };
    this.stmtShapeComments = new Map();
    const scope: Scope = { vars: new Map(), parent: null, globals: null };
    scope.vars.set('__name__', { k: 'str', v: name });
    try {
      this.execBlock(parsed.module.body, scope, false);
    } finally {
      this.ctx = saved;
      this.stmtShapeComments = savedComments;
      this.importing.delete(name);
    }
    const mv: Value = { k: 'module', name, ns: scope.vars };
    this.moduleCache.set(name, mv);
    return mv;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  execBlock(stmts: A.Stmt[], scope: Scope, topLevel = false): Flow {
    // Indexed loops in the hot paths: no iterator object per statement or call.
    for (let i = 0; i < stmts.length; i++) {
      const s = stmts[i];
      let flow: Flow;
      try {
        flow = this.execStmt(s, scope, topLevel);
      } catch (e) {
        if (e instanceof RangeError) flow = 'normal'; // deep recursion in pathological code: give up on this statement
        else throw e;
      }
      if (flow === 'stop') return 'stop';
    }
    return 'normal';
  }

  private execStmt(s: A.Stmt, scope: Scope, topLevel: boolean): Flow {
    if (--this.stepBudget < 0) return "normal";
    const savedLine = this.currentStmtLine;
    this.currentStmtLine = s.range.line;
    try {
      return this.execStmtInner(s, scope, topLevel);
    } finally {
      this.currentStmtLine = savedLine;
    }
  }

  private execStmtInner(s: A.Stmt, scope: Scope, topLevel: boolean): Flow {
    switch (s.kind) {
      case 'Expr':
        this.evalExpr(s.value, scope);
        return 'normal';
      case 'Assign': {
        let v = this.evalExpr(s.value, scope);
        v = this.applyShapeComment(s, v);
        for (let i = 0; i < s.targets.length; i++) this.assign(s.targets[i], v, scope, s.value, topLevel);
        return 'normal';
      }
      case 'AnnAssign': {
        const declared = this.annotationValue(s.annotation, scope);
        let v = s.value ? this.evalExpr(s.value, scope) : declared ?? UNKNOWN;
        if (s.value && declared && declared.k === 'array' && v.k !== 'array') v = declared;
        v = this.applyShapeComment(s, v);
        if (s.value || declared) this.assign(s.target, v, scope, s.value ?? s.annotation, topLevel);
        return 'normal';
      }
      case 'AugAssign': {
        const cur = this.evalExpr(s.target, scope);
        const rhs = this.evalExpr(s.value, scope);
        // Only ndarrays update in place; ints, floats and NumPy scalars rebind the name.
        const inPlace = cur.k === 'array' && !cur.scalar && cur.shape !== null && cur.shape.length > 0;
        const res = this.np.binaryOp(s.op, cur, rhs, s, s.target, s.value, inPlace);
        this.assign(s.target, res, scope, s, topLevel);
        return 'normal';
      }
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        // Decorators sit before the statement's range and outside its names: not memoised.
        if (s.decorator_list.length) this.impure();
        for (const d of s.decorator_list) this.evalExpr(d, scope);
        const fv: FuncValue = { k: 'func', def: s, scope, ctx: this.ctx, name: s.name };
        this.setVar(scope, s.name, s.decorator_list.length && !isStatic(s) && !isClassMethod(s) && !isProperty(s) ? UNKNOWN : fv);
        if (this.ctx.primary && s.kind === 'FunctionDef') this.fnDefs.push({ def: s, scope });
        return 'normal';
      }
      case 'ClassDef': {
        this.impure();
        for (const b of s.bases) this.evalExpr(b, scope);
        const cls: ClassValue = { k: 'class', def: s, attrs: new Map(), name: s.name, ctx: this.ctx };
        const body: Scope = { vars: cls.attrs, parent: scope, globals: null };
        const before = this.fnDefs.length;
        this.execBlock(s.body, body);
        // Methods see the module scope, not the class body (Python's scoping).
        for (const [k, v] of cls.attrs) if (v.k === 'func') cls.attrs.set(k, { ...v, scope });
        for (let i = before; i < this.fnDefs.length; i++) {
          this.fnDefs[i].scope = scope;
          this.fnDefs[i].self = cls;
        }
        this.setVar(scope, s.name, cls);
        return 'normal';
      }
      case 'Return': {
        const v = s.value ? this.evalExpr(s.value, scope) : NONE;
        if (this.reporting && s.value) this.revealed.set(s.range.line, v);
        const f = this.frames[this.frames.length - 1];
        if (f) f.returns.push(v);
        return 'stop';
      }
      case 'If':
        return this.execIf(s, scope, topLevel);
      case 'For':
      case 'AsyncFor':
        return this.execFor(s, scope, topLevel);
      case 'While':
        return this.execWhile(s, scope, topLevel);
      case 'With':
      case 'AsyncWith': {
        let expectsError = false;
        for (const it of s.items) {
          const v = this.evalExpr(it.context_expr, scope);
          if (it.optional_vars) this.assign(it.optional_vars, v.k === 'instance' || v.k === 'array' ? v : UNKNOWN, scope, it.context_expr, topLevel);
          // `with pytest.raises(ValueError):`, `self.assertRaises(...)`, `suppress(...)`: the body is meant to raise.
          const c = it.context_expr;
          const fn = c.kind === 'Call' ? (c.func.kind === 'Attribute' ? c.func.attr : c.func.kind === 'Name' ? c.func.id : '') : '';
          if (/raises|assertRaises|suppress/i.test(fn)) expectsError = true;
        }
        if (expectsError) this.inTry++;
        try {
          return this.execBlock(s.body, scope, topLevel);
        } finally {
          if (expectsError) this.inTry--;
        }
      }
      case 'Try':
      case 'TryStar':
        return this.execTry(s, scope, topLevel);
      case 'Raise':
        if (s.exc) this.evalExpr(s.exc, scope);
        return 'stop';
      case 'Assert':
        this.evalExpr(s.test, scope);
        this.assumeFact(s.test, scope);
        return 'normal';
      case 'Import':
        for (const a of s.names) this.execImport(a, scope);
        return 'normal';
      case 'ImportFrom':
        this.execImportFrom(s, scope);
        return 'normal';
      case 'Delete':
        for (const t of s.targets) {
          if (t.kind === 'Name') this.lookupScopeFor(scope, t.id).vars.delete(t.id);
          // `del xs[i]`, `del d[k]`: the container no longer has its known items.
          else if (t.kind === 'Subscript') forgetContents(this.evalExpr(t.value, scope), 0);
        }
        return 'normal';
      case 'Global':
        if (!scope.globals) scope.globals = new Set();
        for (const n of s.names) scope.globals.add(n);
        return 'normal';
      case 'Break':
      case 'Continue':
        return 'stop';
      case 'Match': {
        const subject = this.evalExpr(s.subject, scope);
        // The first case whose pattern certainly matches (every case before it certainly not)
        // is the one that runs, with its captures bound: as `if True`.
        const certain = this.certainCase(s, subject, scope);
        if (certain) {
          for (const [name, v] of certain.binds) this.setVar(scope, name, v);
          return this.execBlock(certain.c.body, scope);
        }
        const names = assignedNames(s, () => s.cases);
        const outs: VarState[] = [];
        const base = snapshot(scope, names);
        for (const c of s.cases) {
          restore(scope, names, base);
          if (c.guard) this.evalExpr(c.guard, scope);
          if (this.execBlock(c.body, scope) === 'normal') outs.push(snapshot(scope, names));
        }
        outs.push(base);
        restore(scope, names, mergeVars(outs));
        return 'normal';
      }
      default:
        return 'normal';
    }
  }

  /**
   * The case of a `match` that certainly runs, with what its pattern captures: every case before
   * it certainly does not match its subject and its own pattern certainly does (no guard, or one
   * known true). Null when that is not certain.
   */
  private certainCase(s: A.Match, subject: Value, scope: Scope): { c: A.MatchCase; binds: [string, Value][] } | null {
    for (const c of s.cases) {
      const pattern = patternOf(this.ctx.source, c);
      if (!pattern) return null;
      const binds: [string, Value][] = [];
      const m = matchPattern(pattern, subject, binds);
      if (m === false) continue;
      if (m === null) return null;
      if (c.guard) {
        // The guard sees the captures: evaluate it quietly in a scope that has them.
        const inner: Scope = { vars: new Map(binds), parent: scope, globals: null };
        this.quiet++;
        let t: boolean | undefined;
        try { t = truthOf(this.evalExpr(c.guard, inner)); } finally { this.quiet--; }
        if (t === false) continue;
        if (t !== true) return null;
      }
      return { c, binds };
    }
    return null;
  }

  private execIf(s: A.If, scope: Scope, topLevel: boolean): Flow {
    const test = this.evalExpr(s.test, scope);
    const truth = truthOf(test);
    if (truth === true) return this.execBlock(s.body, scope, topLevel);
    if (truth === false) return this.execBlock(s.orelse, scope, topLevel);
    // Only names bound in the branches (or narrowed by the test) can differ: snapshot those.
    const names = assignedNames(s, () => [s.test, ...s.body, ...s.orelse]);
    const base = snapshot(scope, names);
    this.narrow(s.test, scope, true);
    this.conditional++;
    let f1: Flow, f2: Flow;
    let thenVars: VarState;
    try {
      f1 = this.execBlock(s.body, scope, topLevel);
      thenVars = snapshot(scope, names);
      restore(scope, names, base);
      this.narrow(s.test, scope, false);
      f2 = this.execBlock(s.orelse, scope, topLevel);
    } finally {
      this.conditional--;
    }
    const elseVars = snapshot(scope, names);
    let merged: VarState;
    if (f1 === 'stop' && f2 !== 'stop') merged = elseVars;
    else if (f2 === 'stop' && f1 !== 'stop') merged = thenVars;
    else merged = mergeVars([thenVars, elseVars]);
    restore(scope, names, merged);
    return f1 === 'stop' && f2 === 'stop' ? 'stop' : 'normal';
  }

  /**
   * A loop: the body is analysed for real (reported) from the entry state; AFTER, the join of
   * the states after one or more iterations, is then found quietly (AFTER = body(entry) ⊔
   * body(AFTER), widened after a few passes), and the body is analysed for real from AFTER too
   * when that differs from the entry state: together these cover every iteration. After the
   * loop the state is AFTER when the body certainly ran, else entry ⊔ AFTER.
   */
  private loopFixpoint(scope: Scope, bindTarget: () => void, body: A.Stmt[], topLevel: boolean, extra: A.Node[], runsAtLeastOnce: boolean, targetNames: string[] = [], loop?: LoopToken): void {
    const names = assignedNames(body, () => [...extra, ...body]);
    const entry = snapshot(scope, names);
    const run = (from: VarState): VarState => {
      restore(scope, names, from);
      bindTarget();
      this.execBlock(body, scope, false);
      return snapshot(scope, names);
    };
    const reportFrom = (from: VarState): VarState => {
      restore(scope, names, from);
      bindTarget();
      this.execBlock(body, scope, topLevel);
      return snapshot(scope, names);
    };
    this.loopDepth++;
    this.conditional++;
    let quiet = false;
    try {
      // The first pass, from the entry state, is the reported run from the entry state too
      // (the body is deterministic): one run fewer than running it quietly and again reported.
      if (loop) {
        loop.settled = false;
        loop.pending = [];
      }
      const first = reportFrom(entry);
      this.quiet++;
      quiet = true;
      let after = first;
      for (let pass = 0; pass < MAX_LOOP_PASSES; pass++) {
        const next = mergeVars([after, run(after)]);
        if (sameVars(next, after, names)) break;
        after = pass >= MAX_LOOP_PASSES - 2 ? widenVars(after, next) : next;
      }
      this.quiet--;
      quiet = false;
      const outs = [after, first];
      // A run from AFTER differs from the one from the entry state only through the names the
      // body sees: the loop target is rebound before the body, so its entry value does not count.
      const entryIsFixpoint = sameVars(entry, after, names, targetNames);
      if (loop) {
        // Facts about every iteration found from the entry state hold when it is the fixpoint.
        const pending = loop.pending;
        loop.pending = null;
        loop.settled = true;
        if (entryIsFixpoint && pending) for (const emit of pending) emit();
      }
      if (!entryIsFixpoint) outs.push(reportFrom(after));
      if (!runsAtLeastOnce) outs.push(entry);
      this.quiet++;
      quiet = true;
      restore(scope, names, mergeVars(outs));
    } finally {
      if (quiet) this.quiet--;
      this.loopDepth--;
      this.conditional--;
    }
  }

  private execFor(s: A.For, scope: Scope, topLevel: boolean): Flow {
    const iter = this.evalExpr(s.iter, scope);
    const elem = this.np.iterElement(iter, s.iter);
    const n = this.np.iterLength(iter);
    const runsAtLeastOnce = n !== null && n > 0;
    const targetNames = targetNamesOf(s.target);
    // A loop that certainly runs rebinds its target first: the statement memo need not compare
    // the target's value before the loop.
    if (runsAtLeastOnce && this.recording && this.recording.statement === s) (this.recording.dead ??= []).push(...targetNames);
    const items = iter.k === 'list' || iter.k === 'tuple' || iter.k === 'dict' ? this.np.knownItems(iter) : null;
    if (items && items.length > 0 && items.length <= MAX_UNROLLED_ITEMS && this.loopDepth === 0 && canUnroll(s)) {
      // A few known items (`for W in [W1, W2]`, a list of layers): each iteration runs in turn
      // with its own item, exactly as Python does, so a shape that only breaks on the second
      // layer is found. Only outside other loops, and for bodies that always run to the end.
      const h0 = this.hovers.length, i0 = this.inlays.length;
      for (const item of items.slice()) {
        this.assign(s.target, item, scope, s.iter, topLevel);
        this.execBlock(s.body, scope, topLevel);
      }
      // Hovers and inlay hints in the body describe every iteration, as after a fixed point.
      this.hovers.joinRepeats(h0);
      joinRepeatedInlays(this.inlays, i0);
    } else {
      // `for i in range(a, b, s)` with known bounds, a body that always runs to its end: the
      // target carries its values in order, so `x[i]` past the end of x is a certain IndexError.
      const loop: LoopToken = { active: true, depth: this.conditional + 1, pass: 0, settled: false, pending: null };
      const sequenced = iter.k === 'range' && typeof iter.len === 'number' && iter.len > 0 && iter.start !== undefined && iter.step !== undefined && s.target.kind === 'Name' && canUnroll(s);
      // Each run of the body gets its own target value (tagged with the run): a value carried
      // over from an earlier run describes the previous iteration, not this one.
      const bind = sequenced
        ? () => {
          loop.pass++;
          const r = iter as RangeValue;
          this.assign(s.target, { k: 'int', d: (elem as IntValue).d, seq: { start: r.start!, step: r.step!, count: r.len as number, loop, pass: loop.pass } }, scope, s.iter, topLevel);
        }
        : () => this.assign(s.target, elem, scope, s.iter, topLevel);
      try {
        this.loopFixpoint(scope, bind, s.body, topLevel, [s.target], runsAtLeastOnce, targetNames, sequenced ? loop : undefined);
      } finally {
        loop.active = false;
      }
    }
    if (s.orelse.length) this.execBlock(s.orelse, scope, topLevel);
    return 'normal';
  }

  private execWhile(s: A.While, scope: Scope, topLevel: boolean): Flow {
    const always = s.test.kind === 'Constant' && s.test.value.type === 'bool' && s.test.value.value;
    this.loopFixpoint(scope, () => { this.evalExpr(s.test, scope); }, s.body, topLevel, [s.test], always);
    if (s.orelse.length) this.execBlock(s.orelse, scope, topLevel);
    return 'normal';
  }

  private execTry(s: A.Try, scope: Scope, topLevel: boolean): Flow {
    const names = assignedNames(s, () => [...s.body, ...s.handlers, ...s.orelse]);
    const base = snapshot(scope, names);
    if (s.handlers.length) this.inTry++;
    let f: Flow;
    try {
      f = this.execBlock(s.body, scope, topLevel);
    } finally {
      if (s.handlers.length) this.inTry--;
    }
    if (f === 'normal' && s.orelse.length) f = this.execBlock(s.orelse, scope, topLevel);
    const outs: VarState[] = [];
    const afterBody = snapshot(scope, names);
    if (f === 'normal') outs.push(afterBody);
    for (const h of s.handlers) {
      // The exception may come from anywhere in the body: names are the join of before and after.
      restore(scope, names, mergeVars([base, afterBody]));
      if (h.type) this.evalExpr(h.type, scope);
      if (h.name) this.setVar(scope, h.name, UNKNOWN);
      this.conditional++;
      try {
        if (this.execBlock(h.body, scope, topLevel) === 'normal') outs.push(snapshot(scope, names));
      } finally {
        this.conditional--;
      }
    }
    restore(scope, names, outs.length ? mergeVars(outs) : base);
    if (s.finalbody.length) this.execBlock(s.finalbody, scope, topLevel);
    return outs.length ? 'normal' : 'stop';
  }

  private execImport(a: A.Alias, scope: Scope): void {
    const top = a.name.split('.')[0];
    if (top === 'numpy') {
      if (a.asname) this.setVar(scope, a.asname, this.np.moduleValue(a.name));
      else this.setVar(scope, 'numpy', this.np.moduleValue('numpy'));
      return;
    }
    const mv = this.importUserModule(a.name);
    if (a.asname) this.setVar(scope, a.asname, mv);
    else this.setVar(scope, top, a.name.includes('.') ? UNKNOWN : mv);
  }

  private execImportFrom(s: A.ImportFrom, scope: Scope): void {
    const modName = s.module ?? '';
    if (s.level === 0 && (modName === 'numpy' || modName.startsWith('numpy.'))) {
      for (const a of s.names) {
        if (a.name === '*') {
          for (const [k, v] of this.np.starExports(modName)) this.setVar(scope, k, v);
          continue;
        }
        this.setVar(scope, a.asname ?? a.name, this.np.member(this.np.moduleValue(modName), a.name));
      }
      return;
    }
    if (s.level === 0 && (modName === 'jaxtyping' || modName === 'typing' || modName === '__future__')) {
      for (const a of s.names) this.setVar(scope, a.asname ?? a.name, { k: 'np', name: `${modName}.${a.name}` });
      return;
    }
    const mv = this.importUserModule(modName);
    for (const a of s.names) {
      if (a.name === '*') {
        if (mv.k === 'module' && mv.ns) for (const [k, v] of mv.ns) if (!k.startsWith('_')) this.setVar(scope, k, v);
        continue;
      }
      let v: Value = UNKNOWN;
      if (mv.k === 'module' && mv.ns) v = mv.ns.get(a.name) ?? this.importUserModule(`${modName}.${a.name}`);
      this.setVar(scope, a.asname ?? a.name, v);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Names and assignment

  lookup(scope: Scope, name: string): Value | undefined {
    for (let s: Scope | null = scope; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined) {
        // A global read inside a call is an input of the top-level statement being recorded.
        if (s.parent === null && this.recording !== null && (this.callStack.length || this.inDefaults)) this.noteGlobalRead(this.recording, name, v);
        return v;
      }
    }
    if (this.recording !== null && (this.callStack.length || this.inDefaults)) this.noteGlobalRead(this.recording, name, undefined);
    return undefined;
  }

  private lookupScopeFor(scope: Scope, name: string): Scope {
    if (scope.globals?.has(name)) {
      let s = scope;
      while (s.parent) s = s.parent;
      return s;
    }
    return scope;
  }

  setVar(scope: Scope, name: string, v: Value): void {
    const target = this.lookupScopeFor(scope, name);
    // A function's `global` write is an effect the statement memo does not replay.
    if (target !== scope && this.recording !== null) this.recording.impure = true;
    target.vars.set(name, v);
  }

  assign(target: A.Expr, v: Value, scope: Scope, valueNode: A.Node | null, topLevel: boolean): void {
    switch (target.kind) {
      case 'Name': {
        this.setVar(scope, target.id, v);
        this.recordHover(target.range, v);
        if (this.reporting) this.revealed.set(target.range.line, v);
        if (this.reporting && v.k === 'array') {
          this.inlays.push({ offset: target.range.end, line: target.range.line, name: target.id, value: v });
        }
        if (topLevel && this.reporting) this.topLevel.push({ line: target.range.line, offset: target.range.start, name: target.id, value: v });
        return;
      }
      case 'Tuple':
      case 'List': {
        const n = target.elts.length;
        const starIdx = target.elts.findIndex((e) => e.kind === 'Starred');
        const items = this.unpackItems(v, n, starIdx, target, valueNode);
        target.elts.forEach((e, i) => {
          const item = items ? items[i] : UNKNOWN;
          this.assign(e.kind === 'Starred' ? e.value : e, item, scope, valueNode, topLevel);
        });
        return;
      }
      case 'Starred':
        this.assign(target.value, UNKNOWN, scope, valueNode, topLevel);
        return;
      case 'Attribute': {
        const obj = this.evalExpr(target.value, scope);
        if (obj.k === 'array' && target.value.kind === 'Name' && (target.attr === 'shape' || target.attr === 'dtype')) {
          // `a.shape = (2, 6)` reshapes in place; `a.dtype = ...` reinterprets: keep it simple.
          const nv = target.attr === 'shape' ? this.np.reshapeInPlace(obj, v, target) : { ...obj, dtype: null };
          this.setVar(scope, target.value.id, nv);
          return;
        }
        // Objects are shared between loop iterations (not snapshotted): inside a loop, what an
        // attribute held before joins with the new value, so growth widens instead of counting.
        if (obj.k === 'instance' || obj.k === 'class') obj.attrs.set(target.attr, this.loopJoin(obj.attrs.get(target.attr), v));
        this.recordHover(target.range, v);
        if (this.reporting && v.k === 'array') {
          this.inlays.push({ offset: target.range.end, line: target.range.line, name: this.text(target), value: v });
        }
        return;
      }
      case 'Subscript': {
        const obj = this.evalExpr(target.value, scope);
        const idx = this.evalExpr(target.slice, scope);
        if (obj.k === 'array') this.np.checkSetItem(obj, idx, v, target);
        else if (obj.k === 'list' && obj.items) {
          // list element assignment keeps the list, widening its elements
          const ix = idx.k === 'int' && typeof idx.d.v === 'number' ? idx.d.v : null;
          if (ix !== null && ix >= -obj.items.length && ix < obj.items.length) {
            const at = (ix + obj.items.length) % obj.items.length;
            // Where the change may not run (an `if`, a function given the list), both values are possible.
            obj.items[at] = this.changesCertainly(obj.depth) ? this.loopJoin(obj.items[at], v) : join(obj.items[at], v);
          } else {
            // Unknown position (or a slice): any element may have changed.
            obj.elem = join(joinValues(obj.items), v);
            obj.items = null;
          }
        } else if (obj.k === 'dict') this.setDictItem(obj, idx, v);
        return;
      }
      default:
        return;
    }
  }

  /**
   * Whether a change to a list or dict made at conditional depth `madeAt` certainly runs here
   * whenever the object exists: not inside an `if`, loop body, try body or function called on
   * it (the object would then hold items it may not have).
   */
  changesCertainly(madeAt: number | undefined): boolean {
    return this.inTry === 0 && (madeAt ?? 0) === this.conditional;
  }

  /** `d[key] = v`: an unknown key may replace any entry; a key added where it may not run leaves the key set inexact. */
  private setDictItem(obj: DictValue, idx: Value, v: Value): void {
    if (!obj.entries) return;
    const key = dictKey(idx);
    if (key === null) {
      obj.entries = null;
      obj.exactKeys = false;
      return;
    }
    const old = obj.entries.get(key);
    if (this.changesCertainly(obj.depth)) obj.entries.set(key, this.loopJoin(old, v));
    else {
      if (old === undefined) obj.exactKeys = false;
      obj.entries.set(key, old === undefined ? v : join(old, v));
    }
  }

  /** Items for `a, b = v`; reports unpack-mismatch when `v` certainly has another length. */
  private unpackItems(v: Value, n: number, starIdx: number, target: A.Expr, valueNode: A.Node | null): Value[] | null {
    let items: Value[] | null = null;
    let fromShape = false;
    if (v.k === 'tuple') {
      items = v.items;
      fromShape = v.fromShape === true;
    } else if (v.k === 'list' && v.items) items = v.items;
    else if (v.k === 'array' && v.shape && v.shape.length > 0 && typeof v.shape[0].v === 'number' && v.shape[0].v <= 64) {
      const row = this.np.indexFirst(v);
      items = Array.from({ length: v.shape[0].v }, () => row);
    }
    if (!items) {
      if (v.k === 'list') return Array.from({ length: n }, () => v.elem);
      if (v.k === 'array' && v.shape && v.shape.length > 0) return Array.from({ length: n }, () => this.np.indexFirst(v));
      return null;
    }
    if (starIdx >= 0) {
      if (items.length < n - 1 && !fromShape) return null;
      if (items.length < n - 1) {
        this.report('unpack-mismatch', target.range, `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
        return null;
      }
      const before = items.slice(0, starIdx);
      const after = items.slice(items.length - (n - 1 - starIdx));
      const mid: Value = { k: 'list', items: items.slice(starIdx, items.length - (n - 1 - starIdx)), elem: UNKNOWN };
      return [...before, mid, ...after];
    }
    // Only shapes are reported: other tuples' lengths often depend on runtime branches.
    if (items.length !== n && !fromShape) return null;
    if (items.length !== n) {
      const what = fromShape && valueNode ? ` \`${this.text(valueNode as A.Expr)}\` has ${items.length} item(s) but ${n} name(s) are unpacked.` : '';
      const msg = items.length < n
        ? `not enough values to unpack (expected ${n}, got ${items.length})`
        : `too many values to unpack (expected ${n})`;
      this.report('unpack-mismatch', target.range, msg, what.trim() || undefined);
      return null;
    }
    return items;
  }

  /** Inside loops, a write into a shared object joins with what was there. */
  loopJoin(old: Value | undefined, v: Value): Value {
    return this.loopDepth > 0 && old !== undefined ? join(old, v) : v;
  }

  noteOf(v: Value): string | undefined {
    if (v.k !== 'array') return undefined;
    const lines: string[] = [];
    if (v.reduced) {
      const src = v.reduced.sourceShape;
      lines.push(`reduced ${shapeText(src)} over axis ${v.reduced.axes.length === 1 ? v.reduced.axes[0] : `(${v.reduced.axes.join(', ')})`}${v.reduced.keepdims ? ' (keepdims)' : ''} of \`${v.reduced.sourceText}\``);
    }
    if (v.broadcastOf) {
      // Right-aligned, the way NumPy matches dimensions.
      const operands = v.broadcastOf.map((shape) => shapeText(shape));
      const rows = [...operands, shapeText(v.shape)];
      const w = Math.max(...rows.map((r) => r.length));
      lines.push(`broadcast: ${operands.join(' with ')}`, '```', ...operands.map((r) => '  ' + r.padStart(w)), '→ ' + rows[rows.length - 1].padStart(w), '```');
    }
    return lines.length ? lines.join('\n') : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Shape comments, annotations, facts

  private applyShapeComment(s: A.Assign | A.AnnAssign, v: Value): Value {
    let c: ShapeComment | undefined;
    for (let line = s.range.line; line <= s.range.endLine && !c; line++) c = this.stmtShapeComments.get(line);
    if (!c) return v;
    // The comment is outside the statement's text (the line above, or after it).
    this.impure();
    const at = s.kind === 'Assign' ? s.targets[0].range : s.target.range;
    if (c.kind === 'names') {
      // `# (batch, features)` names the dimensions: it only checks the rank.
      if (v.k === 'array' && v.shape && v.shape.length !== c.dims.length) {
        this.report('shape-comment-mismatch', at, `shape comment says ${c.dims.length} dimension(s) (${c.text}) but the value has shape ${shapeText(v.shape)}`);
      }
      if (v.k === 'array' && v.shape && v.shape.length === c.dims.length) {
        return { ...v, shape: v.shape.map((d, i) => ({ v: d.v, from: d.from ? withNote(d.from, `named ${c!.dims[i]} in a comment`) : { text: c!.text, line: c!.range.line, note: `named ${c!.dims[i]}` } })) };
      }
      if (v.k !== 'array' || !v.shape) {
        return { k: 'array', dtype: v.k === 'array' ? v.dtype : null, shape: c.dims.map((n) => ({ v: sym(String(n)), from: { text: `# ${c!.text}`, line: c!.range.line, note: 'declared in a comment' } })) };
      }
      return v;
    }
    const declared = c.dims.map((n): Dim => ({ v: typeof n === 'number' ? n : sym(n), from: { text: `# ${c!.text}`, line: c!.range.line, note: 'declared in a shape comment' } }));
    if (v.k === 'array' && v.shape) {
      const same = v.shape.length === declared.length && v.shape.every((d, i) => {
        const want = declared[i].v;
        if (typeof want !== 'number' || typeof d.v !== 'number') return true;
        return want === d.v;
      });
      if (!same) {
        this.report('shape-comment-mismatch', at, `shape comment says ${shapeText(declared)} but the inferred shape is ${shapeText(v.shape)}`,
          `The comment declares ${shapeText(declared)}; the analysis infers ${shapeText(v.shape)} from the code.`,
          [{ title: `Change the comment to ${shapeText(v.shape)}`, code: 'shape-comment-mismatch', edits: [{ start: c.specStart, end: c.specEnd, newText: shapeText(v.shape) }] }]);
        return v;
      }
      // Where the inference has symbols or unknowns, the declaration refines it.
      return { ...v, shape: v.shape.map((d, i) => (typeof d.v === 'number' ? d : declared[i])) };
    }
    if (v.k === 'unknown' || (v.k === 'array' && !v.shape)) {
      return { k: 'array', shape: declared, dtype: v.k === 'array' ? v.dtype : null };
    }
    return v;
  }

  /** jaxtyping `Float[np.ndarray, "batch 3"]`, `np.ndarray` → an array value (or null). */
  annotationValue(ann: A.Expr | null, _scope: Scope): Value | null {
    if (!ann) return null;
    if (ann.kind === 'Constant' && ann.value.type === 'str') {
      return null;
    }
    if (ann.kind === 'Subscript' && ann.value.kind === 'Name' || ann.kind === 'Subscript' && ann.value.kind === 'Attribute') {
      const base = ann.value.kind === 'Name' ? ann.value.id : (ann.value as A.Attribute).attr;
      const dtypeOf: Record<string, string | null> = { Float: null, Float64: 'float64', Float32: 'float32', Int: null, Int64: 'int64', Int32: 'int32', Bool: 'bool', Shaped: null, Num: null, Real: null, Integer: null, UInt8: 'uint8' };
      if (base in dtypeOf && ann.slice.kind === 'Tuple' && ann.slice.elts.length === 2) {
        const spec = ann.slice.elts[1];
        if (spec.kind === 'Constant' && spec.value.type === 'str') {
          const dims = parseJaxtypingDims(spec.value.value);
          if (!dims) return { k: 'array', shape: null, dtype: dtypeOf[base] };
          const from = this.prov(ann, 'declared in an annotation');
          return { k: 'array', shape: dims.map((d) => ({ v: typeof d === 'number' ? d : sym(d), from })), dtype: dtypeOf[base] };
        }
      }
    }
    return null;
  }

  /** Param annotation `n: int` → symbolic int named after the parameter. */
  private paramValue(a: A.Arg, scope: Scope): Value {
    const av = this.annotationValue(a.annotation, scope);
    if (av) return av;
    if (a.annotation && a.annotation.kind === 'Name' && a.annotation.id === 'int') {
      return { k: 'int', d: { v: sym(a.arg), from: this.prov(a, 'parameter', a.arg) } };
    }
    return UNKNOWN;
  }

  /** `assert X.shape == (n, d)`, `assert X.ndim == 2`, `assert X.shape[1] == 3` narrow the value. */
  private assumeFact(test: A.Expr, scope: Scope): void {
    if (test.kind === 'BoolOp' && test.op === 'And') {
      for (const v of test.values) this.assumeFact(v, scope);
      return;
    }
    this.narrow(test, scope, true, true);
  }

  private narrow(test: A.Expr, scope: Scope, truth: boolean, isAssert = false): void {
    if (!truth || test.kind !== 'Compare' || test.ops.length !== 1 || test.ops[0] !== 'Eq') return;
    const lhs = test.left, rhs = test.comparators[0];
    const tryNarrow = (l: A.Expr, r: A.Expr): void => {
      if (l.kind === 'Attribute' && l.value.kind === 'Name') {
        const name = l.value.id;
        const cur = this.lookup(scope, name);
        if (cur && cur.k !== 'array' && cur.k !== 'unknown') return;
        // An `if` on an unknown value does not make it an array (it may be anything with .shape);
        // an assert is the user's statement that it is one.
        if ((!cur || cur.k !== 'array') && !isAssert) return;
        const arr: ArrayValue = cur && cur.k === 'array' ? cur : { k: 'array', shape: null, dtype: null };
        if (l.attr === 'shape') {
          const rv = this.evalExpr(r, scope);
          if (rv.k !== 'tuple') return;
          const from = this.prov(test, 'asserted');
          const dims: Dim[] = rv.items.map((it, i) => {
            const old = arr.shape && arr.shape.length === rv.items.length ? arr.shape[i] : null;
            if (it.k === 'int' && !isUnknown(it.d.v)) {
              if (old && typeof old.v === 'number') return old;
              return { v: it.d.v, from: it.d.from ?? from };
            }
            return old ?? { v: unk(), from };
          });
          if (arr.shape && arr.shape.length !== dims.length) return;
          scope.vars.set(name, { ...arr, shape: dims });
        } else if (l.attr === 'ndim') {
          const rv = this.evalExpr(r, scope);
          if (rv.k === 'int' && typeof rv.d.v === 'number' && arr.shape === null && rv.d.v >= 0 && rv.d.v <= 32) {
            const from = this.prov(test, 'asserted');
            scope.vars.set(name, { ...arr, shape: Array.from({ length: rv.d.v }, (_, i) => ({ v: sym(`${name}.shape[${i}]`), from })) });
          }
        }
      } else if (l.kind === 'Subscript' && l.value.kind === 'Attribute' && l.value.attr === 'shape' && l.value.value.kind === 'Name') {
        const name = l.value.value.id;
        const cur = this.lookup(scope, name);
        if (!cur || cur.k !== 'array' || !cur.shape) return;
        const iv = this.evalExpr(l.slice, scope);
        const rv = this.evalExpr(r, scope);
        if (iv.k !== 'int' || typeof iv.d.v !== 'number' || rv.k !== 'int' || isUnknown(rv.d.v)) return;
        const ax = iv.d.v < 0 ? iv.d.v + cur.shape.length : iv.d.v;
        if (ax < 0 || ax >= cur.shape.length || typeof cur.shape[ax].v === 'number') return;
        const shape = cur.shape.slice();
        shape[ax] = { v: rv.d.v, from: this.prov(test, 'asserted') };
        scope.vars.set(name, { ...cur, shape });
      }
    };
    tryNarrow(lhs, rhs);
    tryNarrow(rhs, lhs);
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  evalExpr(e: A.Expr, scope: Scope): Value {
    switch (e.kind) {
      case 'Constant':
        return constantValue(e, this);
      case 'Name': {
        const v = this.lookup(scope, e.id) ?? builtinValue(e.id);
        this.recordHover(e.range, v);
        return v;
      }
      case 'Attribute': {
        const obj = this.evalExpr(e.value, scope);
        const v = this.getAttr(obj, e.attr, e);
        this.recordHover(e.range, v);
        return v;
      }
      case 'BinOp': {
        const l = this.evalExpr(e.left, scope);
        const r = this.evalExpr(e.right, scope);
        const v = this.np.binaryOp(e.op, l, r, e, e.left, e.right, false);
        this.recordHover(e.range, v);
        return v;
      }
      case 'UnaryOp': {
        const v = this.evalExpr(e.operand, scope);
        return this.np.unaryOp(e.op, v);
      }
      case 'BoolOp': {
        // Operands after the first may be skipped (short circuit).
        const vals = e.values.map((x, i) => {
          if (i === 0) return this.evalExpr(x, scope);
          this.conditional++;
          try { return this.evalExpr(x, scope); } finally { this.conditional--; }
        });
        if (vals.every((v) => v.k === 'bool')) {
          const bs = vals.map((v) => (v as { v?: boolean }).v);
          if (bs.every((b) => b !== undefined)) return { k: 'bool', v: e.op === 'And' ? bs.every(Boolean) : bs.some(Boolean) };
          return { k: 'bool' };
        }
        return vals.reduce((a, b) => join(a, b));
      }
      case 'Compare': {
        let left = this.evalExpr(e.left, scope);
        let result: Value | null = null;
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.evalExpr(e.comparators[i], scope);
          const r = this.np.compare(e.ops[i], left, right, e, e.left, e.comparators[i]);
          result = result === null ? r : (r.k === 'bool' && result.k === 'bool' ? { k: 'bool' } : UNKNOWN);
          left = right;
        }
        return result ?? UNKNOWN;
      }
      case 'Call': {
        const v = this.evalCall(e, scope);
        this.recordHover(e.range, v);
        return v;
      }
      case 'Subscript': {
        const obj = this.evalExpr(e.value, scope);
        const v = this.np.subscript(obj, e.slice, scope, e);
        this.recordHover(e.range, v);
        return v;
      }
      case 'Tuple': {
        const items: Value[] = [];
        for (const x of e.elts) {
          if (x.kind === 'Starred') {
            const sv = this.evalExpr(x.value, scope);
            if (sv.k === 'tuple') items.push(...sv.items);
            else if (sv.k === 'list' && sv.items) items.push(...sv.items);
            else return UNKNOWN;
          } else items.push(this.evalExpr(x, scope));
        }
        return { k: 'tuple', items };
      }
      case 'List': {
        const items: Value[] = [];
        for (const x of e.elts) {
          if (x.kind === 'Starred') {
            const sv = this.evalExpr(x.value, scope);
            if (sv.k === 'tuple') items.push(...sv.items);
            else if (sv.k === 'list' && sv.items) items.push(...sv.items);
            else return { k: 'list', items: null, elem: UNKNOWN };
          } else items.push(this.evalExpr(x, scope));
        }
        return { k: 'list', items, elem: UNKNOWN, depth: this.conditional };
      }
      case 'Set':
        for (const x of e.elts) this.evalExpr(x, scope);
        return UNKNOWN;
      case 'Dict': {
        const entries = new Map<string | number, Value>();
        let known = true;
        e.keys.forEach((k, i) => {
          const v = this.evalExpr(e.values[i], scope);
          const kv = k ? dictKey(this.evalExpr(k, scope)) : null;
          if (kv !== null) entries.set(kv, v);
          else known = false;
        });
        return known ? { k: 'dict', entries, elem: UNKNOWN, exactKeys: true, depth: this.conditional } : { k: 'dict', entries: null, elem: UNKNOWN };
      }
      case 'IfExp': {
        const t = this.evalExpr(e.test, scope);
        const tr = truthOf(t);
        if (tr === true) return this.evalExpr(e.body, scope);
        if (tr === false) return this.evalExpr(e.orelse, scope);
        this.conditional++;
        try {
          return join(this.evalExpr(e.body, scope), this.evalExpr(e.orelse, scope));
        } finally {
          this.conditional--;
        }
      }
      case 'NamedExpr': {
        const v = this.evalExpr(e.value, scope);
        this.assign(e.target, v, scope, e.value, false);
        return v;
      }
      case 'Lambda': {
        this.pinLambda();
        return { k: 'func', def: e, scope, ctx: this.ctx, name: '<lambda>' };
      }
      case 'ListComp':
      case 'GeneratorExp':
      case 'SetComp': {
        // The element may run zero times (an empty iterable, a filter).
        this.conditional++;
        let inner: { scope: Scope; count: number | null } | null, elem: Value;
        let firstIter: Value | undefined;
        try {
          if (e.kind === 'ListComp' && e.generators.length === 1 && e.generators[0].ifs.length === 0 && !e.generators[0].is_async) {
            firstIter = this.evalExpr(e.generators[0].iter, scope);
            const perItem = this.comprehensionItems(e, firstIter, scope);
            if (perItem) return { k: 'list', items: perItem, elem: joinValues(perItem), depth: this.conditional - 1 };
          }
          inner = this.comprehensionScope(e.generators, scope, firstIter);
          elem = inner ? this.evalExpr(e.elt, inner.scope) : UNKNOWN;
        } finally {
          this.conditional--;
        }
        if (e.kind === 'SetComp') return UNKNOWN;
        return { k: 'list', items: inner && inner.count !== null && inner.count <= 256 ? Array.from({ length: inner.count }, () => elem) : null, elem };
      }
      case 'DictComp': {
        this.conditional++;
        try {
          const inner = this.comprehensionScope(e.generators, scope);
          if (inner) {
            this.evalExpr(e.key, inner.scope);
            this.evalExpr(e.value, inner.scope);
          }
        } finally {
          this.conditional--;
        }
        return { k: 'dict', entries: null, elem: UNKNOWN };
      }
      case 'Starred':
        return this.evalExpr(e.value, scope);
      case 'Slice':
        return {
          k: 'slice',
          start: e.lower ? this.evalExpr(e.lower, scope) : NONE,
          stop: e.upper ? this.evalExpr(e.upper, scope) : NONE,
          step: e.step ? this.evalExpr(e.step, scope) : NONE,
        };
      case 'JoinedStr':
        for (const v of e.values) if (v.kind === 'FormattedValue') this.evalExpr(v.value, scope);
        return { k: 'str' };
      case 'FormattedValue':
        this.evalExpr(e.value, scope);
        return { k: 'str' };
      case 'Await':
      case 'YieldFrom':
        this.evalExpr(e.value, scope);
        return UNKNOWN;
      case 'Yield':
        if (e.value) this.evalExpr(e.value, scope);
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  /**
   * `[f(x) for x in items]` over a few known items (one generator, no filter): the element of
   * each item, in order, as Python makes them (a list of known items that np.stack can check).
   * Every item's element certainly runs, so its errors are reported; hovers show their join.
   * Null when the items are not all known.
   */
  private comprehensionItems(e: A.ListComp, iter: Value, scope: Scope): Value[] | null {
    const items = this.np.knownItems(iter);
    if (!items || items.length === 0 || items.length > MAX_UNROLLED_ITEMS) return null;
    const g = e.generators[0];
    const out: Value[] = [];
    const h0 = this.hovers.length, i0 = this.inlays.length;
    for (const item of items) {
      const inner: Scope = { vars: new Map(), parent: scope, globals: null };
      this.assign(g.target, item, inner, g.iter, false);
      out.push(this.evalExpr(e.elt, inner));
    }
    this.hovers.joinRepeats(h0);
    joinRepeatedInlays(this.inlays, i0);
    return out;
  }

  /** Comprehension: a child scope with the targets bound to the element values (one pass). */
  private comprehensionScope(gens: A.Comprehension[], scope: Scope, firstIter?: Value): { scope: Scope; count: number | null } | null {
    const inner: Scope = { vars: new Map(), parent: scope, globals: null };
    let count: number | null = 1;
    for (const g of gens) {
      const it = g === gens[0] && firstIter !== undefined ? firstIter : this.evalExpr(g.iter, inner);
      const elem = this.np.iterElement(it, g.iter);
      const n = this.np.iterLength(it);
      count = count !== null && n !== null && g.ifs.length === 0 ? count * n : null;
      this.quiet++;
      try {
        this.assign(g.target, elem, inner, g.iter, false);
      } finally {
        this.quiet--;
      }
      for (const c of g.ifs) this.evalExpr(c, inner);
    }
    return { scope: inner, count };
  }

  getAttr(obj: Value, attr: string, node: A.Attribute | null): Value {
    switch (obj.k) {
      case 'array':
        return this.np.arrayAttr(obj, attr, node);
      case 'module':
        if (obj.ns) return obj.ns.get(attr) ?? this.importUserModule(`${obj.name}.${attr}`);
        return this.np.member(obj, attr);
      case 'np':
        return this.np.member(obj, attr);
      case 'complex':
        return attr === 'real' || attr === 'imag' ? { k: 'float' } : UNKNOWN;
      case 'instance': {
        const v = obj.attrs.get(attr);
        if (v) return v;
        const cv = lookupClassAttr(obj.cls, attr);
        if (cv && cv.k === 'func') {
          if (cv.def.kind !== 'Lambda' && isStatic(cv.def)) return cv;
          if (cv.def.kind !== 'Lambda' && isProperty(cv.def)) return this.callFunction(cv, [obj], new Map(), node?.range ?? cv.def.range);
          return { k: 'bound', func: cv, self: obj };
        }
        return cv ?? UNKNOWN;
      }
      case 'class': {
        const v = lookupClassAttr(obj, attr);
        if (v && v.k === 'func' && v.def.kind !== 'Lambda' && isClassMethod(v.def)) return { k: 'bound', func: v, self: obj };
        return v ?? UNKNOWN;
      }
      case 'int':
        if (attr === 'real' || attr === 'numerator') return obj;
        return UNKNOWN;
      case 'list':
        return { k: 'method', name: `list.${attr}`, self: obj };
      case 'dict':
        return { k: 'method', name: `dict.${attr}`, self: obj };
      case 'str':
        return { k: 'method', name: `str.${attr}`, self: obj };
      case 'dtype':
        if (attr === 'name') return { k: 'str', v: obj.name };
        return UNKNOWN;
      default:
        return UNKNOWN;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Calls

  private evalCall(e: A.Call, scope: Scope): Value {
    const callee = this.evalExpr(e.func, scope);
    const args: Value[] = [];
    let starUnknown = false;
    for (let i = 0; i < e.args.length; i++) {
      const a = e.args[i];
      if (a.kind === 'Starred') {
        const sv = this.evalExpr(a.value, scope);
        if (sv.k === 'tuple') args.push(...sv.items);
        else if (sv.k === 'list' && sv.items) args.push(...sv.items);
        else starUnknown = true;
      } else args.push(this.evalExpr(a, scope));
    }
    // Most calls have no keywords: they share one empty map (no callee writes to kwargs).
    const kwargs = e.keywords.length ? new Map<string, Value>() : (NO_KEYWORDS as Map<string, Value>);
    for (let i = 0; i < e.keywords.length; i++) {
      const k = e.keywords[i];
      const v = this.evalExpr(k.value, scope);
      if (k.arg) kwargs.set(k.arg, v);
      else starUnknown = true;
    }
    if (starUnknown) return callee.k === 'class' ? { k: 'instance', cls: callee, attrs: new Map() } : UNKNOWN;
    // `a.resize(shape)` changes the array in place (any size): rebind the name to the new shape.
    if (callee.k === 'method' && callee.name === 'resize' && callee.self.k === 'array' && e.func.kind === 'Attribute' && e.func.value.kind === 'Name') {
      const target = args.length === 1 ? args[0] : ({ k: 'tuple', items: args } as Value);
      this.setVar(scope, e.func.value.id, { k: 'array', shape: this.np.shapeArg(target, e), dtype: callee.self.dtype });
      return NONE;
    }
    // A list or dict handed to code the analysis does not follow (an unknown function,
    // `random.shuffle`) may be changed there: forget its items.
    if ((!ANALYSED_CALLEES.has(callee.k) && !(e.func.kind === 'Name' && PURE_BUILTINS.has(e.func.id))) || (callee.k === 'np' && callee.name.endsWith('shuffle'))) {
      for (let i = 0; i < args.length; i++) forgetContents(args[i], 0);
      if (kwargs.size) for (const v of kwargs.values()) forgetContents(v, 0);
    }
    return this.callValue(callee, args, kwargs, e, scope);
  }

  callValue(callee: Value, args: Value[], kwargs: ReadonlyMap<string, Value>, e: A.Call, scope: Scope): Value {
    switch (callee.k) {
      case 'np':
        return this.np.callNumpy(callee.name, args, kwargs, e);
      case 'method':
        return this.np.callMethod(callee.name, callee.self, args, kwargs, e, scope);
      case 'func':
        return this.callFunction(callee, args, kwargs, e.range);
      case 'bound':
        return this.callFunction(callee.func, [callee.self, ...args], kwargs, e.range);
      case 'class': {
        const inst: InstanceValue = { k: 'instance', cls: callee, attrs: new Map() };
        const init = lookupClassAttr(callee, '__init__');
        if (init && init.k === 'func') this.callFunction(init, [inst, ...args], kwargs, e.range);
        return inst;
      }
      case 'instance': {
        const call = lookupClassAttr(callee.cls, '__call__');
        if (call && call.k === 'func') return this.callFunction(call, [callee, ...args], kwargs, e.range);
        return UNKNOWN;
      }
      case 'dtype':
        return args[0] ? this.np.callNumpy(`numpy.${callee.name}`, args, kwargs, e) : UNKNOWN;
      default:
        return this.np.callBuiltin(callee, args, kwargs, e, scope);
    }
  }

  /** Analyses a user function for these argument values (cached per signature, recursion-guarded). */
  callFunction(f: FuncValue, args: Value[], kwargs: ReadonlyMap<string, Value>, callRange: SourceRange, standalone = false): Value {
    const def = f.def;
    if (this.callStack.includes(def) || this.callStack.length >= MAX_CALL_DEPTH) return forgetArgs(args, kwargs);
    this.calledFunctions.add(def);
    const rec = this.recording;
    if (rec) rec.called.push(def);
    const readsFrom = rec ? rec.readLog.length : 0, calledFrom = rec ? rec.called.length : 0;
    const params = def.args;
    const fnScope: Scope = { vars: new Map(), parent: f.scope, globals: null };
    const positional = [...params.posonlyargs, ...params.args];
    const nDefaults = params.defaults.length;
    positional.forEach((p, i) => {
      let v: Value | undefined;
      if (i < args.length) v = args[i];
      else if (kwargs.has(p.arg)) v = kwargs.get(p.arg);
      else if (i >= positional.length - nDefaults) v = this.evalExprQuiet(params.defaults[i - (positional.length - nDefaults)], f.scope, f.ctx);
      if (standalone && i >= args.length) v = this.paramValue(p, fnScope);
      fnScope.vars.set(p.arg, v ?? this.paramValue(p, fnScope));
    });
    // Analysed without a call, *args has an unknown length.
    if (params.vararg) fnScope.vars.set(params.vararg.arg, standalone ? UNKNOWN : { k: 'tuple', items: args.slice(positional.length) });
    params.kwonlyargs.forEach((p, i) => {
      const d = params.kw_defaults[i];
      fnScope.vars.set(p.arg, kwargs.get(p.arg) ?? (standalone ? this.paramValue(p, fnScope) : d ? this.evalExprQuiet(d, f.scope, f.ctx) : UNKNOWN));
    });
    if (params.kwarg) fnScope.vars.set(params.kwarg.arg, { k: 'dict', entries: null, elem: UNKNOWN });
    // Annotated parameters: the annotation refines unknown arguments.
    for (const p of [...positional, ...params.kwonlyargs]) {
      const cur = fnScope.vars.get(p.arg);
      if (cur && (cur.k === 'unknown' || (cur.k === 'array' && !cur.shape))) {
        const av = this.paramValue(p, fnScope);
        if (av.k !== 'unknown') fnScope.vars.set(p.arg, av);
      }
    }
    const key = f.ctx.primary || true ? this.cacheKey(def, fnScope) : '';
    const cached = key ? this.callCache.get(key) : undefined;
    if (cached) {
      this.emit(cached.diags);
      // What the cached analysis read and called is what this call reads and calls (the cache
      // holds this top-level statement's calls only).
      if (rec) {
        for (let i = 0; i < cached.readLog.length; i += 2) this.noteGlobalRead(rec, cached.readLog[i] as string, cached.readLog[i + 1] as Value | undefined);
        for (const d of cached.called) rec.called.push(d);
      }
      return cached.result;
    }
    if (--this.callBudget < 0) return forgetArgs(args, kwargs);
    const savedSink = this.diagSink;
    const savedQuiet = this.quiet;
    const savedTry = this.inTry;
    const savedCtx = this.ctx;
    const sink: Diagnostic[] = [];
    this.diagSink = sink;
    const wasReporting = this.reporting;
    this.quiet = wasReporting || standalone ? 0 : 1;
    this.inTry = 0;
    this.ctx = f.ctx;
    this.callStack.push(def);
    this.conditional++;
    const frame: Frame = { returns: [], func: def };
    this.frames.push(frame);
    let result: Value = UNKNOWN;
    try {
      if (def.kind === 'Lambda') {
        result = this.evalExpr(def.body, fnScope);
      } else {
        const flow = this.execBlock(def.body, fnScope);
        if (flow === 'normal') frame.returns.push(NONE);
        result = frame.returns.length ? frame.returns.reduce((a, b) => join(a, b)) : UNKNOWN;
        if (isGenerator(def)) result = UNKNOWN;
      }
    } finally {
      this.frames.pop();
      this.callStack.pop();
      this.conditional--;
      this.diagSink = savedSink;
      this.quiet = savedQuiet;
      this.inTry = savedTry;
      this.ctx = savedCtx;
    }
    // Errors inside the body happen for this call: say which call and with what shapes.
    if (!standalone && sink.length) {
      const shapes = [...fnScope.vars].filter(([, v]) => v.k === 'array' && v.shape).map(([n, v]) => `${n}: ${shapeText((v as ArrayValue).shape)}`);
      const ctx = ` (In the call of ${f.name} on line ${callRange.line}${shapes.length ? `, with ${shapes.join(', ')}` : ''}.)`;
      for (let i = 0; i < sink.length; i++) sink[i] = { ...sink[i], explanation: (sink[i].explanation ?? '') + ctx };
    }
    if (key && this.callCache.size < MAX_CALL_CACHE && wasReporting) {
      this.callCache.set(key, { result, diags: sink, readLog: rec ? rec.readLog.slice(readsFrom) : [], called: rec ? rec.called.slice(calledFrom) : [] });
    }
    if (wasReporting || standalone) this.emit(sink);
    return result;
  }

  /** A parameter's default value, evaluated at the call (outside the calling statement's text). */
  private evalExprQuiet(e: A.Expr, scope: Scope, ctx: ModuleContext): Value {
    const saved = this.ctx;
    this.ctx = ctx;
    this.quiet++;
    this.inDefaults++;
    try {
      return this.evalExpr(e, scope);
    } finally {
      this.quiet--;
      this.inDefaults--;
      this.ctx = saved;
    }
  }

  private cacheKey(def: A.FunctionDef | A.Lambda, scope: Scope): string {
    let k = `${def.range.start}`;
    for (const [name, v] of scope.vars) k += `|${name}=${sig(v)}`;
    // Instances, lists and dicts are mutable (a call may depend on or change them): not cached.
    for (const v of scope.vars.values()) if (v.k === 'instance' || v.k === 'list' || v.k === 'dict') return '';
    return k;
  }
}

/**
 * Hover records: the start and end offset of each expression and what it evaluated to, in
 * chunks of HOVER_CHUNK records (bounds packed in an Int32Array, no object per record). Chunks,
 * not one growing array: a 10,000-line file has ~50,000 records, and an array that big lives
 * in V8's large-object space, where every regrowth lands on fresh pages (page faults).
 */
const HOVER_CHUNK_BITS = 12;
const HOVER_CHUNK = 1 << HOVER_CHUNK_BITS;
const HOVER_MASK = HOVER_CHUNK - 1;

export class HoverLog {
  private readonly boundChunks: Int32Array[] = [];
  private readonly valueChunks: Value[][] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  startAt(i: number): number {
    return this.boundChunks[i >> HOVER_CHUNK_BITS][2 * (i & HOVER_MASK)];
  }

  endAt(i: number): number {
    return this.boundChunks[i >> HOVER_CHUNK_BITS][2 * (i & HOVER_MASK) + 1];
  }

  valueAt(i: number): Value {
    return this.valueChunks[i >> HOVER_CHUNK_BITS][i & HOVER_MASK];
  }

  push(start: number, end: number, v: Value): void {
    const i = this.count++;
    const c = i >> HOVER_CHUNK_BITS, o = i & HOVER_MASK;
    if (o === 0) {
      this.boundChunks.push(new Int32Array(2 * HOVER_CHUNK));
      this.valueChunks.push([]);
    }
    const bounds = this.boundChunks[c];
    bounds[2 * o] = start;
    bounds[2 * o + 1] = end;
    this.valueChunks[c].push(v);
  }

  /** A copy of the bounds of records `from`.. (start, end pairs; a plain array: most are short). */
  boundsFrom(from: number): number[] {
    const out: number[] = [];
    for (let i = from; i < this.count; i++) out.push(this.startAt(i), this.endAt(i));
    return out;
  }

  /** A copy of the values of records `from`.. */
  valuesFrom(from: number): Value[] {
    const out: Value[] = [];
    for (let i = from; i < this.count; i++) out.push(this.valueAt(i));
    return out;
  }

  append(bounds: number[], values: Value[]): void {
    for (let i = 0; i < values.length; i++) this.push(bounds[2 * i], bounds[2 * i + 1], values[i]);
  }

  /**
   * Records from `from` on that share a range (a body run once per item) end with the join of
   * their values, so the record that wins a hover describes every run.
   */
  joinRepeats(from: number): void {
    const last = new Map<number, number>();
    const joined = new Map<number, Value>();
    for (let i = from; i < this.count; i++) {
      const key = this.startAt(i) * 4294967296 + this.endAt(i);
      const prev = joined.get(key);
      joined.set(key, prev === undefined ? this.valueAt(i) : join(prev, this.valueAt(i)));
      last.set(key, i);
    }
    for (const [key, i] of last) this.valueChunks[i >> HOVER_CHUNK_BITS][i & HOVER_MASK] = joined.get(key)!;
  }
}

/**
 * The value last revealed or assigned on each line. Kept as two growing arrays (one set per
 * assignment, read only by tests and `revealedAt`); the line map is built on the first read.
 */
export class RevealLog {
  private lines: number[] = [];
  private values: Value[] = [];
  private byLine: Map<number, Value> | null = null;

  set(line: number, v: Value): void {
    this.lines.push(line);
    this.values.push(v);
    this.byLine = null;
  }

  get size(): number {
    return this.lines.length;
  }

  lineAt(i: number): number {
    return this.lines[i];
  }

  /** Appends the records from index `from` on to `lines` and `values` (the statement memo). */
  copyFrom(from: number, lines: number[], values: Value[]): void {
    for (let i = from; i < this.lines.length; i++) {
      lines.push(this.lines[i]);
      values.push(this.values[i]);
    }
  }

  get(line: number): Value | undefined {
    if (!this.byLine) {
      this.byLine = new Map();
      for (let i = 0; i < this.lines.length; i++) this.byLine.set(this.lines[i], this.values[i]);
    }
    return this.byLine.get(line);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

function sig(v: Value): string {
  switch (v.k) {
    // Unknown dims are all alike here: a call's errors depend only on its known dims.
    case 'array': return `a${v.dtype}${v.scalar ? 's' : ''}${v.shape ? v.shape.map(dimSig).join(',') : '?'}`;
    // A loop target's values (and a batch length per iteration) are facts of one loop run:
    // a call with them shares its analysis only with calls on the very same values.
    case 'int': return v.seq ? `i${dimText(v.d.v)}@${instanceId(v.seq)}` : `i${dimText(v.d.v)}`;
    case 'float': return `f${v.v ?? ''}`;
    case 'bool': return `b${v.v ?? ''}`;
    case 'str': return `s${v.v ?? ''}`;
    case 'tuple': return `t(${v.items.map(sig).join(',')})`;
    case 'none': return 'N';
    case 'np': return `np${v.name}`;
    case 'func': return `fn${v.def.range.start}`;
    case 'class': return `c${v.def.range.start}`;
    case 'dtype': return `d${v.name}`;
    case 'module': return `m${v.name}`;
    case 'unknown': return '?';
    case 'list': return v.items ? `l[${v.items.map(sig).join(',')}]` : `l*${sig(v.elem)}`;
    case 'instance': return `o${instanceId(v)}`;
    case 'bound': return `bm${v.func.def.range.start}:${sig(v.self)}`;
    case 'method': return `m${v.name}:${sig(v.self)}`;
    case 'range': return `r${dimText(v.len)}`;
    case 'slice': return `sl${sig(v.start)}:${sig(v.stop)}:${sig(v.step)}`;
    default: return `x${v.k}${nextId++}`;
  }
}

function dimSig(d: Dim): string {
  return d.perIteration ? `${dimText(d.v)}@${instanceId(d.perIteration)}` : dimText(d.v);
}

let nextId = 0;
const instanceIds = new WeakMap<object, number>();
function instanceId(v: object): number {
  let id = instanceIds.get(v);
  if (id === undefined) { id = nextId++; instanceIds.set(v, id); }
  return id;
}

/**
 * The values of a statement's names (`assignedNames`) at one point, aligned with the names;
 * undefined where a name is unbound. An array, not a Map: loops and branches take several.
 */
type VarState = (Value | undefined)[];

/** Name by name, the join of the states where it is bound. */
function mergeVars(states: VarState[]): VarState {
  if (states.length === 1) return states[0];
  const n = states[0].length;
  const out: VarState = new Array(n);
  for (let i = 0; i < n; i++) {
    let acc: Value | undefined;
    for (const st of states) {
      const v = st[i];
      // A name bound on only some paths keeps its value (Python would raise NameError otherwise).
      if (v !== undefined) acc = acc === undefined ? v : join(acc, v);
    }
    out[i] = acc;
  }
  return out;
}

const assignedCache = new WeakMap<object, string[]>();

/**
 * Names a piece of code may bind (or narrow) in the current scope, not counting nested
 * functions' and classes' own locals. Cached per statement.
 */
function assignedNames(key: object, nodesOf: () => A.Node[]): string[] {
  const hit = assignedCache.get(key);
  if (hit) return hit;
  const out = new Set<string>();
  for (const root of nodesOf()) {
    walk(root, (n) => {
      switch (n.kind) {
        case 'Name': out.add(n.id); return;
        case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef':
          out.add(n.name);
          return false;
        case 'Lambda': return false;
        case 'alias': out.add(n.asname ?? n.name.split('.')[0]); return;
        case 'ExceptHandler': if (n.name) out.add(n.name); return;
        default: return;
      }
    });
  }
  const list = [...out];
  assignedCache.set(key, list);
  return list;
}

function snapshot(scope: Scope, names: string[]): VarState {
  const out: VarState = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = scope.vars.get(names[i]);
  return out;
}

function restore(scope: Scope, names: string[], state: VarState): void {
  for (let i = 0; i < names.length; i++) {
    const v = state[i];
    if (v === undefined) scope.vars.delete(names[i]);
    else scope.vars.set(names[i], v);
  }
}

/** Whether two states of `names` agree, leaving out the names in `except`. */
function sameVars(a: VarState, b: VarState, names: string[], except: string[] = []): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (x === undefined && y === undefined) continue;
    if (except.length && except.includes(names[i])) continue;
    if (x === undefined || y === undefined || !sameValue(x, y)) return false;
  }
  return true;
}


const MAX_UNROLLED_ITEMS = 8;
/** Callees whose effect on list and dict arguments the analysis follows (NumPy never changes them). */
const ANALYSED_CALLEES = new Set<Value['k']>(['np', 'method', 'func', 'bound', 'class', 'dtype']);
/** Builtins the analysis does not model that never change a list or dict they are given. */
const PURE_BUILTINS = new Set(['set', 'frozenset', 'id', 'hash', 'repr', 'format', 'getattr', 'hasattr', 'callable', 'isinstance', 'issubclass', 'vars', 'dir', 'ascii', 'bin', 'hex', 'oct', 'chr', 'ord']);

/** A call not analysed (recursion, budget): its list and dict arguments may have changed. */
function forgetArgs(args: Value[], kwargs: ReadonlyMap<string, Value>): Value {
  for (let i = 0; i < args.length; i++) forgetContents(args[i], 0);
  for (const v of kwargs.values()) forgetContents(v, 0);
  return UNKNOWN;
}
const LIST_MUTATORS = new Set(['append', 'extend', 'insert', 'pop', 'remove', 'clear', 'sort', 'reverse']);

/**
 * Whether a `for` over known items may run its body once per item: every iteration runs the
 * whole body (no break, continue, return, raise, yield or try), and the body does not change
 * the list it iterates.
 */
function canUnroll(s: A.For): boolean {
  const iterName = s.iter.kind === 'Name' ? s.iter.id : null;
  let ok = true;
  for (const stmt of s.body) {
    walk(stmt, (n) => {
      if (!ok) return false;
      switch (n.kind) {
        case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': case 'Lambda': return false;
        case 'Break': case 'Continue': case 'Return': case 'Raise': case 'Yield': case 'YieldFrom': case 'Try': case 'TryStar':
          ok = false;
          return false;
        case 'Attribute':
          if (iterName && n.value.kind === 'Name' && n.value.id === iterName && LIST_MUTATORS.has(n.attr)) ok = false;
          return;
        case 'Name':
          // Rebinding the iterated name does not change the iteration, but keep it simple.
          if (iterName && n.id === iterName && n.ctx !== 'Load') ok = false;
          return;
        default: return;
      }
    });
  }
  return ok;
}

/** The same for inlay hints: the last hint at an offset shows the join of the body's runs. */
function joinRepeatedInlays(inlays: InlayRecord[], from: number): void {
  const last = new Map<number, number>();
  const joined = new Map<number, Value>();
  for (let i = from; i < inlays.length; i++) {
    const prev = joined.get(inlays[i].offset);
    joined.set(inlays[i].offset, prev === undefined ? inlays[i].value : join(prev, inlays[i].value));
    last.set(inlays[i].offset, i);
  }
  for (const [offset, i] of last) inlays[i] = { ...inlays[i], value: joined.get(offset)! };
}

/** The names a `for` target binds (`i`, `i, (x, y)`, `*rest`). */
function targetNamesOf(t: A.Expr): string[] {
  const out: string[] = [];
  const visit = (e: A.Expr): void => {
    if (e.kind === 'Name') out.push(e.id);
    else if (e.kind === 'Tuple' || e.kind === 'List') e.elts.forEach(visit);
    else if (e.kind === 'Starred') visit(e.value);
  };
  visit(t);
  return out;
}

/** After a few passes, anything still changing becomes unknown so the loop terminates. */
function widenVars(prev: VarState, next: VarState): VarState {
  const out: VarState = new Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const v = next[i], p = prev[i];
    if (v !== undefined && p !== undefined && !sameValue(p, v)) {
      if (v.k === 'array') out[i] = { k: 'array', shape: v.shape && p.k === 'array' && p.shape && p.shape.length === v.shape.length ? v.shape.map((d) => ({ v: unk(), from: d.from })) : null, dtype: v.dtype };
      else if (v.k === 'list') out[i] = { k: 'list', items: null, elem: UNKNOWN };
      else if (v.k === 'int') out[i] = { k: 'int', d: { v: unk() } };
      else out[i] = UNKNOWN;
    } else out[i] = v;
  }
  return out;
}

const parsedPatterns = new WeakMap<A.MatchCase, A.Expr | null>();

/**
 * A case's pattern read as the expression it looks like (`{"dims": (a, b)}` a dict, `[x, *rest]`
 * a list, `1 | 2` an or); null when it is not one (`str() as s`, a parse failure). The parser
 * keeps patterns as text.
 */
function patternOf(source: string, c: A.MatchCase): A.Expr | null {
  let p = parsedPatterns.get(c);
  if (p !== undefined) return p;
  p = null;
  const text = source.slice(c.pattern.start, c.pattern.end);
  if (!/[\n\r]/.test(text) && text.length < 2000) {
    const parsed = parseFast(`(${text}\n)\n`);
    const st = parsed && parsed.module.body.length === 1 ? parsed.module.body[0] : null;
    if (st && st.kind === 'Expr' && parsed!.errors.length === 0) p = st.value;
  }
  parsedPatterns.set(c, p);
  return p;
}

/** A known Python scalar's value for `==` with a literal pattern; undefined when not known. */
function scalarOf(v: Value): number | string | null | undefined {
  if (v.k === 'str') return v.v;
  if (v.k === 'int') return typeof v.d.v === 'number' ? v.d.v : undefined;
  if (v.k === 'bool') return v.v === undefined ? undefined : v.v ? 1 : 0;
  if (v.k === 'float') return v.v;
  if (v.k === 'none') return null;
  return undefined;
}

/** A literal pattern's value (`"relu"`, `3`, `-1`, `None`, `True`); undefined for anything else. */
function literalOf(p: A.Expr): number | string | null | undefined {
  if (p.kind === 'UnaryOp' && p.op === 'USub' && p.operand.kind === 'Constant') {
    const x = literalOf(p.operand);
    return typeof x === 'number' ? -x : undefined;
  }
  if (p.kind !== 'Constant') return undefined;
  const c = p.value;
  switch (c.type) {
    case 'None': return null;
    case 'bool': return c.value ? 1 : 0;
    case 'int': return Number(c.value);
    case 'float': return c.value;
    case 'str': return c.value;
    default: return undefined;
  }
}

/**
 * Whether `pattern` matches `v`: true (certainly; its captures appended to binds), false
 * (certainly not), null (not known). Literal, capture, wildcard, sequence, mapping and or
 * patterns; class and value (dotted name) patterns are not known.
 */
function matchPattern(p: A.Expr, v: Value, binds: [string, Value][]): boolean | null {
  switch (p.kind) {
    case 'Name':
      if (p.id !== '_') binds.push([p.id, v]);
      return true;
    case 'Constant': case 'UnaryOp': {
      if (p.kind === 'Constant' && p.value.type === 'bool') {
        // True and False match by identity: only a bool.
        if (v.k === 'bool') return v.v === undefined ? null : v.v === p.value.value;
        return scalarOf(v) !== undefined || v.k === 'list' || v.k === 'tuple' || v.k === 'dict' ? false : null;
      }
      const lit = literalOf(p);
      if (lit === undefined) return null;
      const x = scalarOf(v);
      if (x === undefined) return v.k === 'list' || v.k === 'tuple' || v.k === 'dict' ? false : null;
      // None matches by identity; a str never equals a number.
      if (lit === null || x === null) return lit === x;
      if (typeof lit !== typeof x) return false;
      return lit === x;
    }
    case 'BinOp': {
      if (p.op !== 'BitOr') return null;
      const l = matchPattern(p.left, v, binds);
      if (l !== false) return l;
      return matchPattern(p.right, v, binds);
    }
    case 'Tuple': case 'List': {
      if (v.k === 'str' || v.k === 'dict' || v.k === 'int' || v.k === 'float' || v.k === 'bool' || v.k === 'none') return false;
      const items = v.k === 'tuple' ? v.items : v.k === 'list' ? v.items : null;
      if (!items) return null;
      const star = p.elts.findIndex((x) => x.kind === 'Starred');
      if (star < 0 ? items.length !== p.elts.length : items.length < p.elts.length - 1) return false;
      let result: boolean | null = true;
      for (let i = 0; i < p.elts.length; i++) {
        const sub = p.elts[i];
        let r: boolean | null;
        if (i === star) {
          const rest = items.slice(star, items.length - (p.elts.length - 1 - star));
          r = sub.kind === 'Starred' ? matchPattern(sub.value, { k: 'list', items: rest, elem: UNKNOWN }, binds) : null;
        } else {
          const at = star >= 0 && i > star ? items.length - (p.elts.length - i) : i;
          r = matchPattern(sub, items[at], binds);
        }
        if (r === false) return false;
        if (r === null) result = null;
      }
      return result;
    }
    case 'Dict': {
      if (v.k === 'list' || v.k === 'tuple' || v.k === 'str' || v.k === 'int' || v.k === 'float' || v.k === 'bool' || v.k === 'none') return false;
      if (v.k !== 'dict' || !v.entries || !v.exactKeys) return null;
      let result: boolean | null = true;
      for (let i = 0; i < p.keys.length; i++) {
        const k = p.keys[i];
        if (!k) {
          binds.push([(p.values[i] as A.Name).id ?? '_', { k: 'dict', entries: null, elem: UNKNOWN }]);
          continue;
        }
        const lit = literalOf(k);
        if (lit === undefined || lit === null) return null;
        const found = v.entries.get(lit);
        if (found === undefined) {
          // A bool/float key pattern may equal an int key: not decided here.
          return typeof lit === 'number' && k.kind === 'Constant' && k.value.type !== 'int' ? null : false;
        }
        const r = matchPattern(p.values[i], found, binds);
        if (r === false) return false;
        if (r === null) result = null;
      }
      return result;
    }
    default:
      return null;
  }
}

function truthOf(v: Value): boolean | undefined {
  if (v.k === 'bool') return v.v;
  if (v.k === 'none') return false;
  if (v.k === 'int' && typeof v.d.v === 'number') return v.d.v !== 0;
  return undefined;
}

function lookupClassAttr(cls: ClassValue, attr: string): Value | undefined {
  return cls.attrs.get(attr);
}

function decoratorNames(def: A.FunctionDef): string[] {
  return def.decorator_list.map((d) => (d.kind === 'Name' ? d.id : d.kind === 'Attribute' ? d.attr : ''));
}
function isStatic(def: A.FunctionDef): boolean {
  return decoratorNames(def).includes('staticmethod');
}
function isClassMethod(def: A.FunctionDef): boolean {
  return decoratorNames(def).includes('classmethod');
}
function isProperty(def: A.FunctionDef): boolean {
  return decoratorNames(def).includes('property');
}

const generatorCache = new WeakMap<A.FunctionDef, boolean>();

function isGenerator(def: A.FunctionDef): boolean {
  const hit = generatorCache.get(def);
  if (hit !== undefined) return hit;
  const r = containsYield(def);
  generatorCache.set(def, r);
  return r;
}

function containsYield(def: A.FunctionDef): boolean {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    const k = (n as { kind?: string }).kind;
    if (k === 'Yield' || k === 'YieldFrom') { found = true; return; }
    if (k === 'FunctionDef' || k === 'AsyncFunctionDef' || k === 'Lambda' || k === 'ClassDef') return;
    for (const key in n as object) if (key !== 'range') visit((n as Record<string, unknown>)[key]);
  };
  for (const s of def.body) visit(s);
  return found;
}

function constantValue(e: A.Constant, it: Interpreter): Value {
  const c = e.value;
  switch (c.type) {
    case 'int': {
      const n = Number(c.value);
      return { k: 'int', d: { v: n, from: it.prov(e) } };
    }
    case 'float': return { k: 'float', v: c.value };
    case 'complex': return COMPLEX;
    case 'bool': return { k: 'bool', v: c.value };
    case 'str': return { k: 'str', v: c.value };
    case 'None': return NONE;
    case 'Ellipsis': return { k: 'np', name: 'Ellipsis' };
    default: return UNKNOWN;
  }
}

const BUILTINS = new Set(['reveal_shape', 'reveal_type', 'len', 'range', 'print', 'int', 'float', 'complex', 'bool', 'str', 'list', 'tuple', 'zip', 'enumerate', 'abs', 'min', 'max', 'sum', 'isinstance', 'round', 'sorted', 'reversed', 'map', 'dict', 'type', 'super', 'iter', 'next', 'divmod', 'pow', 'any', 'all']);

/** One immutable value per builtin (no object and name string per use of `range`, `len`...). */
const BUILTIN_VALUES = new Map<string, Value>([...BUILTINS].map((n): [string, Value] => [n, { k: 'np', name: `builtins.${n}` }]));

function builtinValue(name: string): Value {
  if (name === 'None') return NONE;
  return BUILTIN_VALUES.get(name) ?? UNKNOWN;
}

/** `"batch 3"`, `"b h w c"`, `"*batch d"`, `"..."` → dims, or null when variadic. */
export function parseJaxtypingDims(spec: string): (number | string)[] | null {
  const parts = spec.trim().split(/\s+/).filter(Boolean);
  const out: (number | string)[] = [];
  for (const p of parts) {
    if (p.startsWith('*') || p === '...' || p.startsWith('#') && p.length === 1) return null;
    const name = p.replace(/^[#_]/, '');
    if (/^\d+$/.test(name)) out.push(Number(name));
    else if (/^[A-Za-z_][\w]*$/.test(name)) out.push(name);
    else if (/^[\w*+\-]+$/.test(name)) out.push(name);
    else return null;
  }
  return out;
}

export { parseShapeSpec, dimAdd, dimMul, dimEq, sym, unk, valueText };
export type { TupleValue, IntValue, Shape, DimValue };
