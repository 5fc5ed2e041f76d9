// Reuse of top-level statements across re-analyses of one document (the editor re-analyses on
// every debounced keystroke). A top-level statement's effect on the analysis depends only on
// its text and on the values of the names it mentions; when both are the same as in an earlier
// analysis of the document, its recorded results (the names it bound, hovers, inlay hints,
// top-level shapes, revealed values, steps spent) are replayed, moved to where the statement
// now is, instead of interpreting it again.
//
// "The same values" means the very same objects: a statement whose inputs were themselves
// replayed sees identical objects, so an edit re-runs exactly the statements that depend on
// it, directly or through names. The inputs are the values of the names the statement
// mentions plus the module-level names read inside the functions it calls. To keep that
// sound, a statement is recorded only when nothing else can influence it or be influenced by
// it (interpreter.ts decides while running):
//   - no class is made, no user module imported, no function writes a global;
//   - no diagnostic is reported (messages quote line numbers; re-running them is cheap);
//   - no shape comment applies (comments live outside the statement's text);
//   - every input and output value is immutable (arrays, numbers, strings, tuples of them,
//     module-level functions): lists, dicts and objects can be changed in place later.
// A statement that makes a function, or whose calls recorded hovers in function bodies, holds
// positions outside its text ("pinned"): it is replayed at a new place only when everything it
// holds lies after the edit and so moved alike (a `def` then takes the moved node); lambdas,
// nested definitions made by calls and revealed values in bodies keep it where it was. The
// module scope and context are the memo's own from one analysis to the next, so a replayed
// function value still sees the current module's names.
// Provenance made while recording is anchored to the statement (values.ts `Anchor`), so moving
// the anchor on replay moves every "from line N" that points into the statement.
import type { FunctionDef, Lambda } from '../python/ast';
import type { Anchor, Value, Scope, ModuleContext, FuncValue } from './values';
import type { InlayRecord, TopLevelShape } from './interpreter';


export interface StatementEntry {
  /** Where the statement was last placed; provenance made in it is relative to this. */
  anchor: Anchor;
  /** The names the statement mentions (interpreter `assignedNames`), with their values before and after it. */
  names: string[];
  before: (Value | undefined)[];
  after: (Value | undefined)[];
  /** Module-level names read inside the functions it called, and their values. */
  reads: string[];
  readValues: (Value | undefined)[];
  /** Functions it called, and defined (for the interpreter's pass over functions never called). */
  called: (FunctionDef | Lambda)[];
  fnDefs: { def: FunctionDef; scope: Scope }[];
  /** Holds positions outside its text (see interpreter.ts `Recording`). */
  pinned: boolean;
  /** A pinned entry may still move when everything from refStart on moved with it (it lies after the edit). */
  movable: boolean;
  refStart: number;
  /** The first line outside the statement it holds (a revealed value in a function body), else Infinity. */
  refLine: number;
  /** The function values it made (a `def`): they take the moved definition's node. */
  madeFunctions: FuncValue[];
  /** Call budget it spent. */
  calls: number;
  /** Hover records: start, end offset pairs (see interpreter.ts HoverLog) and their values. */
  hoverBounds: number[];
  hoverValues: Value[];
  inlays: InlayRecord[];
  topLevel: TopLevelShape[];
  revealedLines: number[];
  revealedValues: Value[];
  steps: number;
  stops: boolean;
  /** The analysis (generation) that last recorded or replayed it: one use per analysis. */
  generation: number;
}

/** In an entry's `before`: any value will do (the statement binds the name before using it). */
export const ANY_VALUE: Value = { k: 'unknown' };

/** How many recorded variants of one statement text are kept (identical lines in one file). */
const MAX_ENTRIES_PER_TEXT = 16;

export class StatementMemo {
  private byText = new Map<string, StatementEntry[]>();
  generation = 0;
  private readonly scope: Scope = { vars: new Map(), parent: null, globals: null };
  private readonly ctx: ModuleContext = { name: '__main__', source: '', primary: true };

  /** The module scope, emptied for a new analysis (function values recorded earlier point to it). */
  moduleScope(): Scope {
    this.scope.vars.clear();
    return this.scope;
  }

  /** The module context, holding the current source. */
  context(source: string): ModuleContext {
    this.ctx.source = source;
    return this.ctx;
  }

  /** A function value that a later analysis may share: made at module level of this document. */
  ownsFunction(scope: Scope, ctx: ModuleContext): boolean {
    return scope === this.scope && ctx === this.ctx;
  }

  private lastSource = '';
  /**
   * The edit since the previous analysis, in the previous source's offsets (where every
   * surviving entry is placed): text from `editEnd` on moved by `delta` characters.
   */
  editEnd = 0;
  delta = 0;
  /** The line (1-based, previous source) holding `editEnd`: records on later lines moved alike. */
  editEndLine = 1;

  /** Statements replayed and run by the latest analysis (benchmarks and tests). */
  replayed = 0;
  ran = 0;

  /** Starts an analysis of a new version of the document. */
  begin(source: string): void {
    this.generation++;
    this.replayed = 0;
    this.ran = 0;
    const old = this.lastSource;
    const n = Math.min(old.length, source.length);
    let prefix = 0;
    while (prefix < n && old.charCodeAt(prefix) === source.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < n - prefix && old.charCodeAt(old.length - 1 - suffix) === source.charCodeAt(source.length - 1 - suffix)) suffix++;
    this.editEnd = old.length - suffix;
    this.delta = source.length - old.length;
    let line = 1;
    for (let i = 0; i < this.editEnd; i++) if (old.charCodeAt(i) === 10) line++;
    this.editEndLine = line;
    this.lastSource = source;
  }

  /** A recorded entry for `text` whose inputs are the current values, not used yet in this analysis. */
  find(text: string, names: string[], vars: Map<string, Value>): StatementEntry | undefined {
    const entries = this.byText.get(text);
    if (!entries) return undefined;
    outer: for (const e of entries) {
      if (e.generation === this.generation || e.names.length !== names.length) continue;
      for (let i = 0; i < names.length; i++) {
        if (e.names[i] !== names[i] || (e.before[i] !== ANY_VALUE && vars.get(names[i]) !== e.before[i])) continue outer;
      }
      for (let i = 0; i < e.reads.length; i++) if (vars.get(e.reads[i]) !== e.readValues[i]) continue outer;
      return e;
    }
    return undefined;
  }

  /** Forgets every entry (after an analysis that failed part way). */
  clear(): void {
    this.byText.clear();
    this.lastSource = '';
  }

  store(text: string, entry: StatementEntry): void {
    let entries = this.byText.get(text);
    if (!entries) this.byText.set(text, (entries = []));
    entries.push(entry);
    if (entries.length > MAX_ENTRIES_PER_TEXT) entries.shift();
  }

  /** Drops what the finished analysis neither recorded nor replayed: the statements of older versions. */
  prune(): void {
    for (const [text, entries] of this.byText) {
      const kept = entries.filter((e) => e.generation === this.generation);
      if (kept.length === 0) this.byText.delete(text);
      else if (kept.length !== entries.length) this.byText.set(text, kept);
    }
  }

  get size(): number {
    let n = 0;
    for (const entries of this.byText.values()) n += entries.length;
    return n;
  }
}

/** Values no later statement can change in place (so sharing them between analyses is safe). */
export function isImmutableValue(v: Value | undefined, memo: StatementMemo, depth = 0): boolean {
  if (v === undefined) return true;
  if (depth > 8) return false;
  switch (v.k) {
    case 'array': case 'int': case 'float': case 'complex': case 'bool': case 'str': case 'none': case 'np':
    case 'dtype': case 'unknown': case 'range':
      return true;
    case 'module':
      // A user module's namespace is a live map; numpy and its submodules have none.
      return v.ns === undefined;
    case 'tuple':
      return v.items.every((x) => isImmutableValue(x, memo, depth + 1));
    case 'slice':
      return isImmutableValue(v.start, memo, depth + 1) && isImmutableValue(v.stop, memo, depth + 1) && isImmutableValue(v.step, memo, depth + 1);
    case 'method':
      return isImmutableValue(v.self, memo, depth + 1);
    case 'func':
      // Functions are never changed; closures over a call's scope are left out.
      return memo.ownsFunction(v.scope, v.ctx);
    default:
      // list, dict, instance, class, bound
      return false;
  }
}

/** The memos of the documents open in an editor, most recently analysed last. */
const MAX_DOCUMENTS = 8;
const documents = new Map<string, StatementMemo>();

export function memoForDocument(key: string): StatementMemo {
  let memo = documents.get(key);
  if (memo) documents.delete(key);
  else memo = new StatementMemo();
  documents.set(key, memo);
  if (documents.size > MAX_DOCUMENTS) documents.delete(documents.keys().next().value as string);
  return memo;
}

/** Forgets every document's memo (tests). */
export function resetStatementMemos(): void {
  documents.clear();
}
