// np.einsum shapes for explicit and implicit subscripts (`ij,jk->ik`, `ij,jk`, `ii->i`,
// `...ij,...jk->...ik`): parsing, label sizes agreeing across operands (broadcasting 1s only
// through the ellipsis), the output shape, and NumPy's messages for malformed subscripts and
// size mismatches. Values and contraction order belong to the engine.
import { broadcastDim, broadcastShapeOrNull } from './broadcast';
import { dimEq, dimToString, remappedShapeToString, shapeToNumpyString, type Dim, type Shape } from './dims';
import { fail, ok, type RuleResult } from './errors';

export interface EinsumPlan {
  /** Labels of each operand, one per dim; '.' entries stand for ellipsis dims. */
  readonly inputs: readonly string[][];
  /** Output labels (ellipsis dims first as '.0', '.1', ... when present). */
  readonly output: readonly string[];
  /** Size of each letter label. */
  readonly sizes: ReadonlyMap<string, Dim>;
  readonly shape: Shape;
}

function isLabel(c: string): boolean {
  return /^[A-Za-z]$/.test(c);
}

/** Shape (and the parsed plan) of `np.einsum(subscripts, *operands)`. */
export function einsumPlan(subscripts: string, shapes: readonly Shape[]): RuleResult<EinsumPlan> {
  const spec = subscripts.replace(/\s+/g, '');
  const arrow = spec.indexOf('->');
  const lhs = arrow >= 0 ? spec.slice(0, arrow) : spec;
  const rhs = arrow >= 0 ? spec.slice(arrow + 2) : undefined;
  const terms = lhs.split(',');
  const sizes = new Map<string, Dim>();
  const counts = new Map<string, number>();
  const inputs: string[][] = [];
  const ellipsisShapes: Shape[] = [];
  for (let i = 0; i < shapes.length; i++) {
    // NumPy checks each operand's term boundary before parsing it: a ',' after the last
    // operand's term is "more operands ... than specified", a missing one "fewer" (sic).
    const isLast = i === shapes.length - 1, hasNextTerm = i < terms.length - 1;
    if (isLast && hasNextTerm) return fail('ValueError', 'more operands provided to einstein sum function than specified in the subscripts string');
    if (!isLast && !hasNextTerm) return fail('ValueError', 'fewer operands provided to einstein sum function than specified in the subscripts string');
    const t = terms[i];
    const shape = shapes[i];
    const hasEllipsis = t.includes('...');
    const letters = t.replace('...', '');
    for (const c of letters) {
      if (!isLabel(c)) return fail('ValueError', `invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
    }
    if (letters.length > shape.length || (!hasEllipsis && letters.length !== shape.length)) {
      if (letters.length > shape.length) return fail('ValueError', `einstein sum subscripts string contains too many subscripts for operand ${i}`);
      return fail('ValueError', `operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.`);
    }
    const nEll = shape.length - letters.length;
    const before = hasEllipsis ? t.indexOf('...') : letters.length;
    const labels: string[] = [];
    for (let k = 0; k < before; k++) labels.push(letters[k]);
    for (let k = 0; k < nEll; k++) labels.push('.');
    for (let k = before; k < letters.length; k++) labels.push(letters[k]);
    ellipsisShapes.push(shape.slice(before, before + nEll));
    // Repeated labels within one operand must match (diagonal).
    const local = new Map<string, Dim>();
    for (let k = 0; k < labels.length; k++) {
      const c = labels[k];
      if (c === '.') continue;
      const prev = local.get(c);
      if (prev !== undefined && dimEq(prev, shape[k]) === false) {
        // A lone operand whose labels all reach the output is a view ("single operand" wording).
        const outSpec = rhs?.replace('...', '') ?? '';
        const view = terms.length === 1 && rhs !== undefined && [...letters].every((x) => outSpec.includes(x));
        const who = view ? 'single operand' : `operand ${i}`;
        return fail('ValueError', `dimensions in ${who} for collapsing index '${c}' don't match (${dimToString(prev)} != ${dimToString(shape[k])})`);
      }
      if (prev === undefined) local.set(c, shape[k]);
    }
    for (const c of new Set(letters)) counts.set(c, (counts.get(c) ?? 0) + 1);
    inputs.push(labels);
  }
  let outLetters: string[];
  if (rhs !== undefined) {
    const letters = rhs.replace('...', '');
    for (const c of letters) {
      if (!isLabel(c)) return fail('ValueError', `invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);
      if (!counts.has(c)) return fail('ValueError', `einstein sum subscripts string included output subscript '${c}' which never appeared in an input`);
    }
    const seen = new Set<string>();
    for (const c of letters) {
      if (seen.has(c)) return fail('ValueError', `einstein sum subscripts string includes output subscript '${c}' multiple times`);
      seen.add(c);
    }
    outLetters = [...letters];
  } else {
    const once: string[] = [];
    for (const t of terms) for (const c of t.replace('...', '')) {
      const n = [...terms.join('')].filter((x) => x === c).length;
      if (n === 1 && !once.includes(c)) once.push(c);
    }
    outLetters = once.sort();
  }
  // Sizes across operands: equal, or 1 (NumPy broadcasts size-1 label dims).
  const nEll = Math.max(0, ...ellipsisShapes.map((e) => e.length));
  const mismatch = () => remappedMismatch(shapes, inputs, outLetters, counts, nEll);
  for (let i = 0; i < inputs.length; i++) {
    for (let k = 0; k < inputs[i].length; k++) {
      const c = inputs[i][k];
      if (c === '.') continue;
      const prev = sizes.get(c);
      const next = prev === undefined ? shapes[i][k] : broadcastDim(prev, shapes[i][k]);
      if (next === null) return fail('ValueError', mismatch());
      sizes.set(c, next);
    }
  }
  const ell = broadcastShapeOrNull(ellipsisShapes);
  if (!ell) return fail('ValueError', mismatch());
  const outEllipsis = rhs === undefined || rhs.includes('...');
  const shape: Dim[] = [];
  const output: string[] = [];
  const rhsEllAt = rhs !== undefined && rhs.includes('...') ? rhs.replace(/[^A-Za-z.]/g, '').indexOf('...') : 0;
  const letterDims = outLetters.map((c) => sizes.get(c)!);
  if (outEllipsis) {
    const at = rhs === undefined ? 0 : rhsEllAt;
    shape.push(...letterDims.slice(0, at), ...ell, ...letterDims.slice(at));
    output.push(...outLetters.slice(0, at), ...ell.map((_, k) => `.${k}`), ...outLetters.slice(at));
  } else {
    shape.push(...letterDims);
    output.push(...outLetters);
  }
  return ok({ inputs, output, sizes, shape });
}

function remappedMismatch(shapes: readonly Shape[], inputs: string[][], outLetters: string[], counts: Map<string, number>, nEllipsis: number): string {
  // Iteration axes: the broadcast ellipsis dims, output letters, then contracted letters by code.
  const contracted = [...counts.keys()].filter((c) => !outLetters.includes(c)).sort();
  const parts = shapes.map((s, i) => {
    const labels = inputs[i];
    const ell = labels.map((c, k) => (c === '.' ? k : -1)).filter((k) => k >= 0);
    const remapped: (Dim | 'newaxis')[] = [];
    for (let e = 0; e < nEllipsis; e++) {
      const k = e - (nEllipsis - ell.length);
      remapped.push(k >= 0 ? s[ell[k]] : 'newaxis');
    }
    for (const c of [...outLetters, ...contracted]) {
      const k = labels.indexOf(c);
      remapped.push(k < 0 ? 'newaxis' : s[k]);
    }
    return `${shapeToNumpyString(s)}->${remappedShapeToString(remapped)}`;
  });
  return `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(' ')} `;
}

/** Shape-only convenience for einsum. */
export function einsumShape(subscripts: string, shapes: readonly Shape[]): RuleResult<Shape> {
  const r = einsumPlan(subscripts, shapes);
  return r.ok ? ok(r.value.shape) : r;
}
