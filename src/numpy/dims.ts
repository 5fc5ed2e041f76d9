// Dimensions and shapes, concrete or symbolic. A Dim is a plain number (the engine's case, and
// every dimension the analyzer knows exactly), a polynomial over named symbols with integer
// coefficients (`n`, `n-1`, `2*d`, `C*H*W`), or an unknown dimension. Symbols stand for
// nonnegative integers (array dimensions or quantities derived from them); callers with a
// quantity that may be negative must use an unknown dim instead.
// The algebra is deliberately small: every comparison is three-valued (provably true, provably
// false, or undecided), so rules built on it raise a definite error only when NumPy would raise
// for every value of the symbols.

/** One monomial `coef * s1 * s2 * ...`; `syms` is sorted and repeats a symbol for a power. */
export interface DimTerm {
  readonly coef: number;
  readonly syms: readonly string[];
}

/** A polynomial dimension with at least one symbol; `text` is its canonical display (`2*d+1`). */
export interface ExprDim {
  readonly kind: 'expr';
  readonly terms: readonly DimTerm[];
  readonly text: string;
}

/** A dimension nothing is known about. Two unknowns are equal only when they are the same object. */
export interface UnknownDim {
  readonly kind: 'unknown';
  /** Optional note on where the dimension came from, shown in hovers. */
  readonly hint?: string;
}

export type SymbolicDim = ExprDim | UnknownDim;
export type Dim = number | SymbolicDim;
export type Shape = readonly Dim[];

// ---------------------------------------------------------------- construction

/** A named symbolic dimension, e.g. `symDim('n')` or `symDim('X.shape[0]')`. */
export function symDim(name: string): ExprDim {
  return { kind: 'expr', terms: [{ coef: 1, syms: [name] }], text: name };
}

export function unknownDim(hint?: string): UnknownDim {
  return hint === undefined ? { kind: 'unknown' } : { kind: 'unknown', hint };
}

export function isConcreteDim(d: Dim): d is number {
  return typeof d === 'number';
}

export function isUnknownDim(d: Dim): d is UnknownDim {
  return typeof d !== 'number' && d.kind === 'unknown';
}

export function isConcreteShape(s: Shape): s is readonly number[] {
  for (const d of s) if (typeof d !== 'number') return false;
  return true;
}

// ---------------------------------------------------------------- polynomial core

type Poly = Map<string, { coef: number; syms: readonly string[] }>;

function termKey(syms: readonly string[]): string {
  return syms.join('*');
}

function toPoly(d: number | ExprDim): Poly {
  const p: Poly = new Map();
  if (typeof d === 'number') {
    if (d !== 0) p.set('', { coef: d, syms: [] });
  } else {
    for (const t of d.terms) p.set(termKey(t.syms), { coef: t.coef, syms: t.syms });
  }
  return p;
}

function addTerm(p: Poly, coef: number, syms: readonly string[]): void {
  const k = termKey(syms);
  const prev = p.get(k);
  const c = (prev ? prev.coef : 0) + coef;
  if (c === 0) p.delete(k);
  else p.set(k, { coef: c, syms });
}

function termText(coef: number, syms: readonly string[]): string {
  const body = termKey(syms);
  if (body === '') return String(Math.abs(coef));
  const a = Math.abs(coef);
  return a === 1 ? body : `${a}*${body}`;
}

function fromPoly(p: Poly): number | ExprDim {
  const terms = [...p.values()].filter((t) => t.coef !== 0);
  if (terms.every((t) => t.syms.length === 0)) return terms.reduce((s, t) => s + t.coef, 0);
  terms.sort((x, y) => {
    if (x.syms.length === 0) return 1;
    if (y.syms.length === 0) return -1;
    if (x.syms.length !== y.syms.length) return y.syms.length - x.syms.length;
    const kx = termKey(x.syms), ky = termKey(y.syms);
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  });
  return { kind: 'expr', terms: terms.map((t) => ({ coef: t.coef, syms: t.syms })), text: textOf(terms) };
}

/** Display text of terms already in canonical order. */
function textOf(terms: readonly DimTerm[]): string {
  let text = '';
  terms.forEach((t, i) => {
    const s = termText(t.coef, t.syms);
    if (i === 0) text = t.coef < 0 ? `-${s}` : s;
    else text += (t.coef < 0 ? '-' : '+') + s;
  });
  return text;
}

function gcd(a: number, b: number): number {
  a = Math.abs(a); b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

// ---------------------------------------------------------------- arithmetic

export function dimAdd(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (a === 0) return b;
  if (b === 0) return a;
  if (typeof b === 'number' && typeof a !== 'number' && a.kind === 'expr') return addConstant(a, b);
  if (typeof a === 'number' && typeof b !== 'number' && b.kind === 'expr') return addConstant(b, a);
  if (isUnknownDim(a) || isUnknownDim(b)) return unknownDim();
  const p = toPoly(a as number | ExprDim);
  for (const t of toPoly(b as number | ExprDim).values()) addTerm(p, t.coef, t.syms);
  return fromPoly(p);
}

/** `e + k` without rebuilding the polynomial: only the constant term and the text change. */
function addConstant(e: ExprDim, k: number): Dim {
  const last = e.terms[e.terms.length - 1];
  const hasConst = last.syms.length === 0;
  const c = (hasConst ? last.coef : 0) + k;
  const vars = hasConst ? e.terms.slice(0, -1) : e.terms;
  let text = hasConst ? e.text.slice(0, e.text.length - termText(last.coef, last.syms).length - 1) : e.text;
  const terms = c === 0 ? vars : [...vars, { coef: c, syms: [] as string[] }];
  if (c !== 0) text += `${c < 0 ? '-' : '+'}${Math.abs(c)}`;
  return { kind: 'expr', terms, text };
}

export function dimNeg(a: Dim): Dim {
  if (typeof a === 'number') return -a;
  if (a.kind === 'unknown') return unknownDim();
  const terms = a.terms.map((t) => ({ coef: -t.coef, syms: t.syms }));
  return { kind: 'expr', terms, text: textOf(terms) };
}

export function dimSub(a: Dim, b: Dim): Dim {
  if (typeof b === 'number') return dimAdd(a, -b);
  if (a === b || (typeof a !== 'number' && a.kind === 'expr' && b.kind === 'expr' && a.text === b.text)) return 0;
  return dimAdd(a, dimNeg(b));
}

export function dimMul(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  if (a === 0 || b === 0) return 0;
  if (a === 1) return b;
  if (b === 1) return a;
  if (isUnknownDim(a) || isUnknownDim(b)) return unknownDim();
  const pa = toPoly(a as number | ExprDim), pb = toPoly(b as number | ExprDim);
  const out: Poly = new Map();
  for (const x of pa.values()) {
    for (const y of pb.values()) addTerm(out, x.coef * y.coef, [...x.syms, ...y.syms].sort());
  }
  return fromPoly(out);
}

/** Product of all dims (1 for none): the size of a shape. */
export function dimProduct(dims: readonly Dim[]): Dim {
  // Multiply the known numbers first: most shapes are mostly concrete.
  let c = 1;
  let sym: Dim = 1;
  for (const d of dims) {
    if (typeof d === 'number') c *= d;
    else sym = dimMul(sym, d);
  }
  return c === 1 ? sym : dimMul(c, sym);
}

export function dimSum(dims: readonly Dim[]): Dim {
  let r: Dim = 0;
  for (const d of dims) r = dimAdd(r, d);
  return r;
}

/** Number of elements of a shape. */
export function shapeSize(shape: Shape): Dim {
  return dimProduct(shape);
}

/**
 * Python floor division `a // b`. Exact when the polynomial divides evenly; otherwise a new
 * opaque symbol named after the expression (`(n-1)//2`), so equal expressions stay equal.
 */
export function dimFloorDiv(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return b === 0 ? unknownDim() : Math.floor(a / b);
  if (b === 1) return a;
  if (isUnknownDim(a) || isUnknownDim(b) || b === 0) return unknownDim();
  if (typeof b === 'number' || (b as ExprDim).terms.length === 1) {
    const bt: DimTerm = typeof b === 'number' ? { coef: b, syms: [] } : (b as ExprDim).terms[0];
    const pa = toPoly(a as number | ExprDim);
    const out: Poly = new Map();
    let exact = true;
    for (const t of pa.values()) {
      const rest = [...t.syms];
      for (const s of bt.syms) {
        const i = rest.indexOf(s);
        if (i < 0) { exact = false; break; }
        rest.splice(i, 1);
      }
      if (!exact || t.coef % bt.coef !== 0) { exact = false; break; }
      addTerm(out, t.coef / bt.coef, rest);
    }
    if (exact) return fromPoly(out);
  }
  const wrap = (d: Dim) => { const s = dimToString(d); return /^[\w.\[\]]+$/.test(s) ? s : `(${s})`; };
  return symDim(`${wrap(a)}//${wrap(b)}`);
}

/** Python `-(-a // b)`: ceiling division, used by slicing and array_split. */
export function dimCeilDiv(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return b === 0 ? unknownDim() : -Math.floor(-a / b);
  if (isUnknownDim(a) || isUnknownDim(b) || b === 0) return unknownDim();
  const q = dimFloorDiv(a, b);
  if (dimEq(dimMul(q, b), a) === true) return q;
  const wrap = (d: Dim) => { const s = dimToString(d); return /^[\w.\[\]]+$/.test(s) ? s : `(${s})`; };
  return symDim(`ceil(${wrap(a)}/${wrap(b)})`);
}

// ---------------------------------------------------------------- facts

/** Could `d` take the value `k` for some nonnegative values of its symbols? (false = provably not) */
export function dimCanBe(d: Dim, k: number): boolean {
  if (typeof d === 'number') return d === k;
  if (d.kind === 'unknown') return true;
  let c = 0, g = 0, allPos = true, allNeg = true;
  for (const t of d.terms) {
    if (t.syms.length === 0) { c += t.coef; continue; }
    g = gcd(g, t.coef);
    if (t.coef < 0) allPos = false;
    if (t.coef > 0) allNeg = false;
  }
  if (g !== 0 && (k - c) % g !== 0) return false;
  if (allPos && k < c) return false;
  if (allNeg && k > c) return false;
  return true;
}

/** Smallest value `d` can take with its symbols nonnegative (-Infinity when unbounded or unknown). */
export function dimLowerBound(d: Dim): number {
  if (typeof d === 'number') return d;
  if (d.kind === 'unknown') return 0;
  let c = 0;
  for (const t of d.terms) {
    if (t.syms.length === 0) c += t.coef;
    else if (t.coef < 0) return -Infinity;
  }
  return c;
}

/** Three-valued equality: true when provably equal, false when provably different, undefined otherwise. */
export function dimEq(a: Dim, b: Dim): boolean | undefined {
  if (a === b) return true;
  if (typeof a === 'number') {
    if (typeof b === 'number') return false;
    return b.kind === 'unknown' || dimCanBe(b, a) ? undefined : false;
  }
  if (typeof b === 'number') return a.kind === 'unknown' || dimCanBe(a, b) ? undefined : false;
  if (isUnknownDim(a) || isUnknownDim(b)) return undefined;
  if (typeof a !== 'number' && typeof b !== 'number' && a.text === b.text) return true;
  const diff = dimSub(a, b);
  if (typeof diff === 'number') return diff === 0;
  return dimCanBe(diff, 0) ? undefined : false;
}

/** Three-valued `a < b`. */
export function dimLess(a: Dim, b: Dim): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (a === b) return false;
  const diff = dimSub(b, a);
  if (typeof diff === 'number') return diff > 0;
  if (isUnknownDim(diff)) return undefined;
  if (dimLowerBound(diff) > 0) return true;
  const neg = dimNeg(diff);
  if (typeof neg !== 'number' && dimLowerBound(neg) >= 0) return false;
  return undefined;
}

/** The concrete value of a dim, if known. */
export function dimValue(d: Dim): number | undefined {
  return typeof d === 'number' ? d : undefined;
}

/** True when two shapes are provably equal, false when provably different, undefined otherwise. */
export function shapeEq(a: Shape, b: Shape): boolean | undefined {
  if (a.length !== b.length) return false;
  let res: boolean | undefined = true;
  for (let i = 0; i < a.length; i++) {
    const e = dimEq(a[i], b[i]);
    if (e === false) return false;
    if (e === undefined) res = undefined;
  }
  return res;
}

// ---------------------------------------------------------------- display

export function dimToString(d: Dim): string {
  if (typeof d === 'number') return String(d);
  if (d.kind === 'unknown') return '?';
  return d.text;
}

/** Python tuple repr of a shape: `()`, `(3,)`, `(2, 3)`. */
export function shapeToString(shape: Shape): string {
  if (shape.length === 1) return `(${dimToString(shape[0])},)`;
  return `(${shape.map(dimToString).join(', ')})`;
}

/**
 * NumPy's `convert_shape_to_string`, used by reshape and "remapped shapes" messages: entries
 * are dims or 'newaxis' (a negative value in NumPy); leading newaxis entries are dropped and
 * the trailing comma appears only when there is exactly one entry in total.
 */
export function remappedShapeToString(entries: readonly (Dim | 'newaxis')[]): string {
  let i = 0;
  while (i < entries.length && entries[i] === 'newaxis') i++;
  if (i === entries.length) return '()';
  const parts = entries.slice(i).map((e) => (e === 'newaxis' ? 'newaxis' : dimToString(e)));
  return entries.length === 1 ? `(${parts[0]},)` : `(${parts.join(',')})`;
}

/** The compact form NumPy uses inside error messages: `(2,3)`, `(3,)`, `()`. */
export function shapeToNumpyString(shape: Shape): string {
  if (shape.length === 1) return `(${dimToString(shape[0])},)`;
  return `(${shape.map(dimToString).join(',')})`;
}

// ---------------------------------------------------------------- substitution

/**
 * Replaces symbols that have a value in `env`. Opaque symbols built by division or slicing
 * (`n//2`, `min(n,5)`, `ceil(n/2)`) stay symbolic: they are names, not structure.
 */
export function substituteDim(d: Dim, env: Readonly<Record<string, number>>): Dim {
  if (typeof d === 'number' || d.kind === 'unknown') return d;
  let r: Dim = 0;
  for (const t of d.terms) {
    let term: Dim = t.coef;
    for (const s of t.syms) term = dimMul(term, s in env ? env[s] : symDim(s));
    r = dimAdd(r, term);
  }
  return r;
}

export function substituteShape(shape: Shape, env: Readonly<Record<string, number>>): Dim[] {
  return shape.map((d) => substituteDim(d, env));
}
