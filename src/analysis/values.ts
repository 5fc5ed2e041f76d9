// Abstract values of the shape analysis: dimensions (known, symbolic, unknown) with their
// provenance, array shapes, and the Python values the interpreter tracks (ints with known or
// symbolic values, tuples, lists, functions, classes, modules). Also the small algebra on
// symbolic dimensions (delegated to src/numpy/dims) and the text
// forms used by hovers, inlay hints and the CLI. Holds no NumPy rule: those are in rules.ts.
import type { FunctionDef, Lambda, ClassDef, SourceRange } from '../python/ast';
import type { Dim as NDim, ExprDim } from '../numpy/dims';
import {
  symDim, unknownDim, dimToString, dimEq as numpyDimEq, dimMul as numpyDimMul, dimAdd as numpyDimAdd, dimSub,
  dimFloorDiv, dimCanBe,
} from '../numpy/dims';

/** Where a dimension came from, for hovers: "32 from `np.random.randn(32, 10)`, line 3". */
export interface Provenance {
  readonly text: string;
  readonly line: number;
  readonly note?: string;
  /** Offsets of the expression in the analysed file, when it is that file. */
  readonly start?: number;
  readonly end?: number;
}

/**
 * Where a top-level statement's text sits in the current version of the file. Provenance made
 * while analysing the statement is stored relative to it, so when a re-analysis after an edit
 * reuses the statement's results at a new place (statementMemo.ts), moving the anchor moves
 * every line and offset that points into it.
 */
export interface Anchor {
  offset: number;
  line: number;
  source: string;
}

/** An anchor at the start of a file: relative positions are absolute. */
export function fileAnchor(source: string): Anchor {
  return { offset: 0, line: 0, source };
}

/** Provenance that quotes its source text only when asked (hovers, explanations): cheap to make. */
export class SourceProvenance implements Provenance {
  private readonly relStart: number;
  private readonly relEnd: number;
  private readonly relLine: number;
  /**
   * `range` is absolute in the anchor's current file; `fixedText` replaces the quoted source
   * (a parameter's name, "loop variable").
   */
  constructor(private readonly anchor: Anchor, range: { start: number; end: number; line: number }, readonly note?: string, private readonly fixedText?: string) {
    this.relStart = range.start - anchor.offset;
    this.relEnd = range.end - anchor.offset;
    this.relLine = range.line - anchor.line;
  }
  get start(): number { return this.anchor.offset + this.relStart; }
  get end(): number { return this.anchor.offset + this.relEnd; }
  get line(): number { return this.anchor.line + this.relLine; }
  get text(): string {
    if (this.fixedText !== undefined) return this.fixedText;
    const s = this.anchor.source.slice(this.start, this.end);
    return s.length > 60 ? s.slice(0, 57) + '...' : s;
  }
  /** The same origin (still anchored) with another note. */
  withNote(note: string): SourceProvenance {
    return new SourceProvenance(this.anchor, { start: this.start, end: this.end, line: this.line }, note, this.fixedText);
  }
}

/** A node's source text for messages and hovers, shortened past 60 characters. */
export function quote(source: string, node: { range: SourceRange }): string {
  const s = source.slice(node.range.start, node.range.end);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** The same origin with another note. */
export function withNote(p: Provenance, note: string): Provenance {
  if (p instanceof SourceProvenance) return p.withNote(note);
  return { text: p.text, line: p.line, note, start: p.start, end: p.end };
}

/** number = known size; symbolic and unknown dims are src/numpy/dims' (the shared algebra). */
export type DimValue = NDim;

export interface Dim {
  v: DimValue;
  from?: Provenance;
  /** Set on a slice length over a loop target (`x[i:i + bs]`): the exact length per iteration. */
  perIteration?: IterationLengths;
}

/** null = unknown rank. */
export type Shape = Dim[] | null;

export interface ArrayValue {
  k: 'array';
  shape: Shape;
  /** NumPy dtype name, or null when unknown. */
  dtype: string | null;
  /** Set on the result of a reduction: which axes it removed and from what shape (for hover and warnings). */
  reduced?: { axes: number[]; sourceShape: Dim[]; keepdims: boolean; sourceText: string };
  /** Set on the result of a broadcast: the aligned operand shapes (for hover; made text only when shown). */
  broadcastOf?: Dim[][];
  /** A NumPy scalar (0-d result of e.g. `x.sum()`), printed as such. */
  scalar?: boolean;
  /** Made with an explicit new axis (`x[:, None]`, expand_dims, a `[[a], [b]]` literal): outer broadcasts are intended. */
  explicitAxis?: boolean;
}

/**
 * A loop target `for i in range(a, b, s)` (and `i + c`, `i * c`) whose loop always runs its
 * body to the end: the values it takes, in order. Only while `loop.active` (inside that loop)
 * and only where the code runs on every iteration (the interpreter's conditional depth equals
 * `loop.depth`) can an index made of it be checked against an axis.
 */
export interface IndexSequence { start: number; step: number; count: number; loop: LoopToken; pass: number }
/**
 * One `for` loop whose target carries its values. `pass` counts the analyser's runs of the body:
 * a value made in an earlier run (carried over to the next iteration) describes the previous
 * iteration, so per-iteration facts hold only when their pass is the loop's current one.
 * A fact about every iteration also needs the other values to be the same on every iteration:
 * true of the loop's fixpoint state, not of its entry state when the body changes them (`x`
 * grown in the body). Until the analyser knows which (`settled`), failures wait in `pending`:
 * reported if the entry state was the fixpoint, dropped otherwise (the run from the fixpoint
 * then checks again).
 */
export interface LoopToken { active: boolean; depth: number; pass: number; settled: boolean; pending: (() => void)[] | null }
/**
 * An axis length that changes with the iterations of such a loop (`x[i:i + bs]`, shorter on the
 * last batch): its length on iteration k (0-based) of the loop of `seq`.
 */
export interface IterationLengths { seq: IndexSequence; lengthAt(k: number): number }
export interface IntValue { k: 'int'; d: Dim; seq?: IndexSequence }
export interface FloatValue { k: 'float'; v?: number }
/** A Python complex number (`2j`, `complex(a, b)`); its value is not tracked. */
export interface ComplexValue { k: 'complex' }
export interface BoolValue { k: 'bool'; v?: boolean }
export interface StrValue { k: 'str'; v?: string }
export interface NoneValue { k: 'none' }
/** fromShape: the tuple is (a slice of) an array's `.shape`. */
export interface TupleValue { k: 'tuple'; items: Value[]; fromShape?: boolean }
/**
 * items known when the list literal is known; elem is the join of the elements otherwise.
 * depth: the interpreter's conditional depth where the known items were made; an append
 * elsewhere (inside an `if`, a function called on the list) may not run, so it forgets them.
 */
export interface ListValue { k: 'list'; items: Value[] | null; elem: Value; depth?: number }
/**
 * entries: values by key (a str key is its string, an int key its number), in insertion order;
 * null when some key is unknown. exactKeys: the key set is certainly exactly these keys (a
 * literal not changed where a change may not run), so iterating the dict gives them.
 */
export interface DictValue { k: 'dict'; entries: Map<string | number, Value> | null; elem: Value; exactKeys?: boolean; depth?: number }
export interface SliceValue { k: 'slice'; start: Value; stop: Value; step: Value }
export interface FuncValue { k: 'func'; def: FunctionDef | Lambda; scope: Scope; ctx: ModuleContext; name: string }
export interface ClassValue { k: 'class'; def: ClassDef; attrs: Map<string, Value>; name: string; ctx: ModuleContext }
export interface InstanceValue { k: 'instance'; cls: ClassValue; attrs: Map<string, Value> }
export interface ModuleValue { k: 'module'; name: string; ns?: Map<string, Value> }
/** A NumPy function, submodule member or constant reached through the numpy module. */
export interface NpValue { k: 'np'; name: string }
/** An array method bound to its array (`X.sum`). */
export interface MethodValue { k: 'method'; name: string; self: Value }
export interface BoundValue { k: 'bound'; func: FuncValue; self: Value }
export interface DtypeValue { k: 'dtype'; name: string }
/** start and step are set when every argument is a known int. */
export interface RangeValue { k: 'range'; len: DimValue; elem: IntValue; start?: number; step?: number }
export interface UnknownValue { k: 'unknown' }

export type Value =
  | ArrayValue | IntValue | FloatValue | ComplexValue | BoolValue | StrValue | NoneValue | TupleValue | ListValue
  | DictValue | SliceValue | FuncValue | ClassValue | InstanceValue | ModuleValue | NpValue
  | MethodValue | BoundValue | DtypeValue | RangeValue | UnknownValue;

/** A lexical scope: its own names and its parent (module scope has none). */
export interface Scope {
  vars: Map<string, Value>;
  parent: Scope | null;
  globals: Set<string> | null;
}

/** Per analysed file. */
export interface ModuleContext {
  name: string;
  /** The file's own source (for quoting expressions in provenance). */
  source: string;
  /** True for the file the user is editing: only it records hovers and diagnostics. */
  primary: boolean;
}

export const UNKNOWN: UnknownValue = { k: 'unknown' };
export const NONE: NoneValue = { k: 'none' };
export const COMPLEX: ComplexValue = { k: 'complex' };

// ---------------------------------------------------------------------------------------------
// Dimension helpers over src/numpy/dims (the shared algebra: polynomials with three-valued facts)

export function sym(name: string): DimValue {
  return symDim(name);
}

export function unk(): DimValue {
  return unknownDim();
}

export function isUnknown(v: DimValue): boolean {
  return typeof v !== 'number' && v.kind === 'unknown';
}

export function isSym(v: DimValue): v is ExprDim {
  return typeof v !== 'number' && v.kind === 'expr';
}

export function dimText(v: DimValue): string {
  return dimToString(v);
}

/** Provably equal. */
export function dimEq(a: DimValue, b: DimValue): boolean {
  return numpyDimEq(a, b) === true;
}

/** Provably different. */
export function dimNe(a: DimValue, b: DimValue): boolean {
  return numpyDimEq(a, b) === false;
}

export function dimMul(a: DimValue, b: DimValue): DimValue {
  return numpyDimMul(a, b);
}

/** Exact division when provable (`C*H*W / C`, `2*d / 2`); unknown otherwise. */
export function dimDiv(a: DimValue, b: DimValue): DimValue {
  if (typeof a === 'number' && typeof b === 'number') return b !== 0 && a % b === 0 ? a / b : unknownDim();
  const q = dimFloorDiv(a, b);
  if (typeof q !== 'number' && q.kind === 'expr' && q.text.includes('//')) return unknownDim();
  if (typeof q !== 'number' && q.kind === 'unknown') return q;
  return numpyDimEq(numpyDimMul(q, b), a) === true ? q : unknownDim();
}

export function dimAdd(a: DimValue, b: DimValue, sign: 1 | -1): DimValue {
  return sign === 1 ? numpyDimAdd(a, b) : dimSub(a, b);
}

/** A dim is certainly not 1. */
export function knownNotOne(v: DimValue): boolean {
  return !dimCanBe(v, 1);
}

// ---------------------------------------------------------------------------------------------
// Text forms

export function shapeText(shape: Shape): string {
  if (shape === null) return '(?)';
  if (shape.length === 1) return `(${dimText(shape[0].v)},)`;
  return `(${shape.map((d) => dimText(d.v)).join(', ')})`;
}

/** NumPy's compact shape text used in its error messages: `(3,4)`, `(5,)`. */
export function numpyShapeText(shape: DimValue[]): string {
  if (shape.length === 1) return `(${dimText(shape[0])},)`;
  return `(${shape.map(dimText).join(',')})`;
}

export function valueText(v: Value): string {
  switch (v.k) {
    case 'array': return `${shapeText(v.shape)}${v.dtype ? ' ' + v.dtype : ''}`;
    case 'int': return typeof v.d.v === 'number' ? `int = ${v.d.v}` : isSym(v.d.v) ? `int = ${v.d.v.text}` : 'int';
    case 'float': return 'float';
    case 'complex': return 'complex';
    case 'bool': return 'bool';
    case 'str': return 'str';
    case 'none': return 'None';
    case 'tuple': return `tuple[${v.items.map(valueText).join(', ')}]`;
    case 'list': return v.items ? `list[${v.items.length} × ${valueText(joinValues(v.items))}]` : `list[${valueText(v.elem)}]`;
    case 'func': return `function ${v.name}`;
    case 'class': return `class ${v.name}`;
    case 'instance': return `${v.cls.name} instance`;
    case 'module': return `module ${v.name}`;
    case 'np': return v.name;
    case 'dtype': return `dtype ${v.name}`;
    default: return '?';
  }
}

// ---------------------------------------------------------------------------------------------
// Joins (if/else merges, loop widening): equal stays, differing dims become unknown.

export function joinDim(a: Dim, b: Dim): Dim {
  if (dimEq(a.v, b.v)) return a;
  return { v: unknownDim(), from: a.from ?? b.from };
}

export function joinShape(a: Shape, b: Shape): Shape {
  if (a === null || b === null || a.length !== b.length) return null;
  let same = true;
  const out = a.map((d, i) => {
    const j = joinDim(d, b[i]);
    if (j !== d) same = false;
    return j;
  });
  return same ? a : out;
}

export function joinValues(vals: Value[]): Value {
  if (vals.length === 0) return UNKNOWN;
  let acc = vals[0];
  for (let i = 1; i < vals.length; i++) acc = join(acc, vals[i]);
  return acc;
}

export function join(a: Value, b: Value): Value {
  if (a === b) return a;
  if (a.k === 'array' && b.k === 'array') {
    const shape = joinShape(a.shape, b.shape);
    const dtype = a.dtype === b.dtype ? a.dtype : null;
    if (shape === a.shape && dtype === a.dtype && !a.reduced && !a.scalar === !b.scalar) return a;
    return { k: 'array', shape, dtype, scalar: a.scalar && b.scalar };
  }
  if (a.k === 'int' && b.k === 'int') return dimEq(a.d.v, b.d.v) ? a : { k: 'int', d: { v: unknownDim() } };
  if (a.k === 'float' && b.k === 'float') return a.v === b.v ? a : { k: 'float' };
  if (a.k === 'bool' && b.k === 'bool') return a.v === b.v ? a : { k: 'bool' };
  if (a.k === 'str' && b.k === 'str') return a.v === b.v ? a : { k: 'str' };
  if (a.k === 'none' && b.k === 'none') return a;
  if (a.k === 'complex' && b.k === 'complex') return a;
  if (a.k === 'tuple' && b.k === 'tuple' && a.items.length === b.items.length) {
    return { k: 'tuple', items: a.items.map((x, i) => join(x, b.items[i])) };
  }
  if (a.k === 'list' && b.k === 'list') {
    if (a.items && b.items && a.items.length === b.items.length) {
      return { k: 'list', items: a.items.map((x, i) => join(x, b.items![i])), elem: join(a.elem, b.elem) };
    }
    return { k: 'list', items: null, elem: joinElem(a, b) };
  }
  if (a.k === 'dtype' && b.k === 'dtype' && a.name === b.name) return a;
  if (a.k === 'instance' && b.k === 'instance' && a.cls === b.cls) return a;
  if ((a.k === 'func' || a.k === 'class' || a.k === 'module' || a.k === 'np') && sameRef(a, b)) return a;
  return UNKNOWN;
}

function joinElem(a: ListValue, b: ListValue): Value {
  const ea = a.items ? (a.items.length ? joinValues(a.items) : null) : a.elem;
  const eb = b.items ? (b.items.length ? joinValues(b.items) : null) : b.elem;
  if (ea === null) return eb ?? UNKNOWN;
  if (eb === null) return ea;
  return join(ea, eb);
}

function sameRef(a: Value, b: Value): boolean {
  if (a.k === 'func' && b.k === 'func') return a.def === b.def;
  if (a.k === 'class' && b.k === 'class') return a.def === b.def;
  if (a.k === 'module' && b.k === 'module') return a.name === b.name;
  if (a.k === 'np' && b.k === 'np') return a.name === b.name;
  return false;
}

/** Structural equality used to detect a loop's fixed point. */
export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.k !== b.k) return false;
  if (a.k === 'array' && b.k === 'array') {
    if (a.dtype !== b.dtype) return false;
    if (a.shape === null || b.shape === null) return a.shape === b.shape;
    return a.shape.length === b.shape.length && a.shape.every((d, i) => dimEq(d.v, b.shape![i].v) || (isUnknown(d.v) && isUnknown(b.shape![i].v)));
  }
  if (a.k === 'int' && b.k === 'int') return dimEq(a.d.v, b.d.v) || (isUnknown(a.d.v) && isUnknown(b.d.v));
  if (a.k === 'tuple' && b.k === 'tuple') return a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items[i]));
  if (a.k === 'list' && b.k === 'list') {
    if (a.items && b.items) return a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items![i]));
    return !a.items && !b.items && sameValue(a.elem, b.elem);
  }
  if (a.k === 'float' || a.k === 'bool' || a.k === 'str') return (a as FloatValue).v === (b as FloatValue).v;
  if (a.k === 'none' || a.k === 'unknown' || a.k === 'complex') return true;
  return sameRef(a, b) || a === b;
}

export function rangeContains(r: SourceRange, offset: number): boolean {
  return r.start <= offset && offset <= r.end;
}

// ---------------------------------------------------------------------------------------------
// Lists and dicts with known items

/** A dict key the analysis tracks: a known str (its string) or int (its number); null otherwise. */
export function dictKey(v: Value): string | number | null {
  if (v.k === 'str' && v.v !== undefined) return v.v;
  if (v.k === 'int' && typeof v.d.v === 'number') return v.d.v;
  return null;
}

/** Lists and dicts in `v` (and in its tuples, lists and dicts) lose their known items: code we do not follow may change them. */
export function forgetContents(v: Value, depth: number): void {
  if (depth > 3) return;
  if (v.k === 'list' && v.items) {
    const items = v.items;
    v.items = null;
    if (items.length) v.elem = joinValues(items);
    for (const x of items) forgetContents(x, depth + 1);
  } else if (v.k === 'dict' && v.entries) {
    const vals = [...v.entries.values()];
    v.entries = null;
    v.exactKeys = false;
    for (const x of vals) forgetContents(x, depth + 1);
  } else if (v.k === 'tuple') for (const x of v.items) forgetContents(x, depth + 1);
}

/** The Python value of a tracked dict key. */
export function keyValue(key: string | number): Value {
  return typeof key === 'number' ? { k: 'int', d: { v: key } } : { k: 'str', v: key };
}

/** A dict's keys as values, in insertion order. */
export function dictKeys(entries: Map<string | number, Value>): Value[] {
  const out: Value[] = [];
  for (const key of entries.keys()) out.push(keyValue(key));
  return out;
}
