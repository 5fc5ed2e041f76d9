// Ufunc type resolution: given a ufunc name and its operands' dtypes (or NEP 50 weak Python
// scalars), which inner loop NumPy picks, hence the dtypes inputs are cast to and the result
// dtype; plus the output-casting check of `out=` and in-place operators, the result dtype of
// reductions, and the operator → ufunc map. The loop lists are NumPy 2.4.6's `ufunc.types`
// restricted to the modelled dtypes (l stands for int64, L for uint64); the search is NumPy's
// linear search with safe input casting.
import { broadcastOperands, broadcastToOutput } from './broadcast';
import { dimCanBe, type Shape } from './dims';
import { fail, ok, type RuleResult } from './errors';
import {
  canCast, checkPythonIntFits, dtypeInfo, dtypeRepr, isWeak, resultType, weakDefaultDType,
  type Casting, type DType, type Operand,
} from './dtypes';

const LOOPS: Record<string, string> = {
  absolute: '?->? b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->f D->d',
  add: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  arccos: 'e->e f->f d->d F->F D->D',
  arccosh: 'e->e f->f d->d F->F D->D',
  arcsin: 'e->e f->f d->d F->F D->D',
  arcsinh: 'e->e f->f d->d F->F D->D',
  arctan: 'e->e f->f d->d F->F D->D',
  arctan2: 'ee->e ff->f dd->d',
  arctanh: 'e->e f->f d->d F->F D->D',
  bitwise_and: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L',
  bitwise_count: 'b->B B->B h->B H->B i->B I->B l->B L->B',
  bitwise_or: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L',
  bitwise_xor: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L',
  cbrt: 'e->e f->f d->d',
  ceil: '?->? b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d',
  conjugate: 'b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D',
  copysign: 'ee->e ff->f dd->d',
  cos: 'e->e f->f d->d F->F D->D',
  cosh: 'e->e f->f d->d F->F D->D',
  deg2rad: 'e->e f->f d->d',
  degrees: 'e->e f->f d->d',
  divide: 'ee->e ff->f dd->d FF->F DD->D',
  divmod: 'bb->bb BB->BB hh->hh HH->HH ii->ii II->II ll->ll LL->LL ee->ee ff->ff dd->dd',
  equal: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? lL->? Ll->? ee->? ff->? dd->? FF->? DD->?',
  exp: 'e->e f->f d->d F->F D->D',
  exp2: 'e->e f->f d->d F->F D->D',
  expm1: 'e->e f->f d->d F->F D->D',
  fabs: 'e->e f->f d->d',
  float_power: 'dd->d DD->D',
  floor: '?->? b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d',
  floor_divide: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d',
  fmax: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  fmin: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  fmod: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d',
  frexp: 'e->ei f->fi d->di',
  gcd: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L',
  greater: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? lL->? Ll->? ee->? ff->? dd->? FF->? DD->?',
  greater_equal: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? lL->? Ll->? ee->? ff->? dd->? FF->? DD->?',
  heaviside: 'ee->e ff->f dd->d',
  hypot: 'ee->e ff->f dd->d',
  invert: '?->? b->b B->B h->h H->H i->i I->I l->l L->L',
  isfinite: '?->? b->? B->? h->? H->? i->? I->? l->? L->? e->? f->? d->? F->? D->?',
  isinf: '?->? b->? B->? h->? H->? i->? I->? l->? L->? e->? f->? d->? F->? D->?',
  isnan: '?->? b->? B->? h->? H->? i->? I->? l->? L->? e->? f->? d->? F->? D->?',
  lcm: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L',
  ldexp: 'ei->e fi->f el->e fl->f di->d dl->d',
  left_shift: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L',
  less: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? lL->? Ll->? ee->? ff->? dd->? FF->? DD->?',
  less_equal: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? lL->? Ll->? ee->? ff->? dd->? FF->? DD->?',
  log: 'e->e f->f d->d F->F D->D',
  log10: 'e->e f->f d->d F->F D->D',
  log1p: 'e->e f->f d->d F->F D->D',
  log2: 'e->e f->f d->d F->F D->D',
  logaddexp: 'ee->e ff->f dd->d',
  logaddexp2: 'ee->e ff->f dd->d',
  logical_and: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? ee->? ff->? dd->? FF->? DD->?',
  logical_not: '?->? b->? B->? h->? H->? i->? I->? l->? L->? e->? f->? d->? F->? D->?',
  logical_or: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? ee->? ff->? dd->? FF->? DD->?',
  logical_xor: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? ee->? ff->? dd->? FF->? DD->?',
  matmul: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  matvec: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  maximum: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  minimum: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  modf: 'e->ee f->ff d->dd',
  multiply: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  negative: 'b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D',
  nextafter: 'ee->e ff->f dd->d',
  not_equal: '??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? lL->? Ll->? ee->? ff->? dd->? FF->? DD->?',
  positive: 'b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D',
  power: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  rad2deg: 'e->e f->f d->d',
  radians: 'e->e f->f d->d',
  reciprocal: 'b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D',
  remainder: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d',
  right_shift: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L',
  rint: 'e->e f->f d->d F->F D->D',
  sign: 'b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D',
  signbit: 'e->? f->? d->?',
  sin: 'e->e f->f d->d F->F D->D',
  sinh: 'e->e f->f d->d F->F D->D',
  spacing: 'e->e f->f d->d',
  sqrt: 'e->e f->f d->d F->F D->D',
  square: 'b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d F->F D->D',
  subtract: 'bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  tan: 'e->e f->f d->d F->F D->D',
  tanh: 'e->e f->f d->d F->F D->D',
  trunc: '?->? b->b B->B h->h H->H i->i I->I l->l L->L e->e f->f d->d',
  vecdot: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
  vecmat: '??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D',
};

const ALIASES: Record<string, string> = {
  abs: 'absolute', acos: 'arccos', acosh: 'arccosh', asin: 'arcsin', asinh: 'arcsinh', atan: 'arctan',
  atan2: 'arctan2', atanh: 'arctanh', bitwise_invert: 'invert', bitwise_not: 'invert',
  bitwise_left_shift: 'left_shift', bitwise_right_shift: 'right_shift', conj: 'conjugate',
  mod: 'remainder', pow: 'power', true_divide: 'divide',
};

/** Ufuncs NumPy lets take any Python int, whatever the other operand's range. */
const COMPARISONS = new Set(['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']);
const ANY_PYTHON_INT = new Set(['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'logical_and', 'logical_or', 'logical_xor']);

const CHAR: Record<string, DType> = {
  '?': 'bool', b: 'int8', h: 'int16', i: 'int32', l: 'int64', B: 'uint8', H: 'uint16', I: 'uint32', L: 'uint64',
  e: 'float16', f: 'float32', d: 'float64', F: 'complex64', D: 'complex128',
};

export interface UfuncLoop {
  /** Dtypes the inputs are cast to before the inner loop runs. */
  readonly inputs: readonly DType[];
  /** Dtypes of the outputs (one for most ufuncs, two for divmod/modf/frexp). */
  readonly outputs: readonly DType[];
}

const parsedLoops = new Map<string, UfuncLoop[]>();
/** The loop found for a ufunc and its effective input dtypes (null: none); a pure memo. */
const loopCache = new Map<string, UfuncLoop | null>();

function loopsOf(name: string): UfuncLoop[] | undefined {
  let l = parsedLoops.get(name);
  if (l) return l;
  const spec = LOOPS[name];
  if (spec === undefined) return undefined;
  l = spec.split(' ').map((t) => {
    const [i, o] = t.split('->');
    return { inputs: [...i].map((c) => CHAR[c]), outputs: [...o].map((c) => CHAR[c]) };
  });
  parsedLoops.set(name, l);
  return l;
}

/** The canonical ufunc name NumPy reports in messages (`true_divide` → `divide`, `abs` → `absolute`). */
export function canonicalUfuncName(name: string): string {
  return ALIASES[name] ?? name;
}

/** Whether `name` (or an alias) is a ufunc modelled here. */
export function isUfunc(name: string): boolean {
  return LOOPS[canonicalUfuncName(name)] !== undefined;
}

/** Every modelled ufunc name (canonical names only). */
export const UFUNC_NAMES: readonly string[] = Object.keys(LOOPS);

/** Number of inputs and outputs of a ufunc. */
export function ufuncArity(name: string): { nin: number; nout: number } | undefined {
  const l = loopsOf(canonicalUfuncName(name));
  return l ? { nin: l[0].inputs.length, nout: l[0].outputs.length } : undefined;
}

export interface UfuncOptions {
  /** The `dtype=` argument: forces the loop whose output has this dtype. */
  readonly dtype?: DType;
  /** The `casting=` argument used for `dtype=` input casts (default 'same_kind'). */
  readonly casting?: Casting;
}

/** Ufuncs implemented with NumPy's new-style (non-legacy) promotion, whose no-loop error differs. */
const NEW_STYLE = new Set(['gcd', 'lcm', 'positive', 'sign']);

const DTYPE_CLASS: Record<DType, string> = {
  bool: 'BoolDType', int8: 'Int8DType', int16: 'Int16DType', int32: 'Int32DType', int64: 'Int64DType',
  uint8: 'UInt8DType', uint16: 'UInt16DType', uint32: 'UInt32DType', uint64: 'UInt64DType',
  float16: 'Float16DType', float32: 'Float32DType', float64: 'Float64DType',
  complex64: 'Complex64DType', complex128: 'Complex128DType',
};
const WEAK_CLASS = { bool: 'BoolDType', int: '_PyLongDType', float: '_PyFloatDType', complex: '_PyComplexDType' } as const;

function operandClass(o: Operand): string {
  return `<class 'numpy.dtypes.${isWeak(o) ? WEAK_CLASS[o.weak] : DTYPE_CLASS[o]}'>`;
}

function noLoopMessage(name: string): string {
  return `ufunc '${name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`;
}

function isHomogeneous(loops: UfuncLoop[]): boolean {
  const first = loops[0].inputs;
  return loops.every((l) => l.inputs.every((t) => t === l.inputs[0])) && first.length > 0;
}

/**
 * The loop NumPy selects for `np.<name>(*operands)`. Weak Python scalars first take the dtype
 * NEP 50 gives them next to the other operands (an out-of-range Python int raises
 * OverflowError, except in comparisons, which NumPy special-cases); then the first loop all
 * inputs cast to safely wins. Division of integers uses the float64 loop, as NumPy's
 * true-division resolver does.
 */
export function resolveUfunc(name: string, operands: readonly Operand[], options: UfuncOptions = {}): RuleResult<UfuncLoop> {
  const canon = canonicalUfuncName(name);
  const loops = loopsOf(canon);
  if (!loops) return fail('TypeError', `ufunc '${name}' is not modelled`);
  const nin = loops[0].inputs.length;
  if (operands.length !== nin) {
    return fail('TypeError', `${canon}() takes from ${nin} to ${nin + loops[0].outputs.length} positional arguments but ${operands.length} were given`);
  }
  const anyStrong = operands.some((o) => !isWeak(o));
  // comparisons list mixed int64/uint64 loops (for two strong arrays), but a weak Python scalar
  // still takes the other operand's dtype, as in every homogeneous ufunc (NEP 50):
  // float32 == 0.1 compares float32(0.1), so np.full(3, 0.1, 'f4') == 0.1 is all True
  const homogeneous = isHomogeneous(loops) || COMPARISONS.has(canon);
  const common = resultType(...operands);
  const effective: DType[] = operands.map((o) => {
    if (!isWeak(o)) return o;
    if (anyStrong && homogeneous) return common;
    return homogeneous && nin > 1 ? common : weakDefaultDType(o);
  });
  if (options.dtype !== undefined) return resolveWithDType(canon, loops, effective, options.dtype, options.casting ?? 'same_kind');
  if (canon === 'divide' && effective.every((t) => { const k = dtypeInfo(t).kind; return k === 'b' || k === 'i' || k === 'u'; })) {
    return ok({ inputs: effective.map(() => 'float64' as DType), outputs: ['float64'] });
  }
  if (effective.every((t) => t === 'bool')) {
    if (canon === 'subtract') {
      return fail('TypeError', 'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
    }
    if (canon === 'negative') {
      return fail('TypeError', 'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.');
    }
  }
  const key = `${canon}|${NEW_STYLE.has(canon) ? common : effective.join(',')}`;
  let chosen = loopCache.get(key);
  if (chosen === undefined) {
    chosen = (NEW_STYLE.has(canon)
      ? loops.find((l) => l.inputs.every((t) => t === common))
      : loops.find((l) => l.inputs.every((t, i) => canCast(effective[i], t, 'safe')))) ?? null;
    loopCache.set(key, chosen);
  }
  if (chosen) {
    const fits = checkPythonInts(canon, operands, chosen);
    return fits.ok ? ok(chosen) : fits;
  }
  if (NEW_STYLE.has(canon)) {
    const types = operands.map(operandClass);
    return fail('UFuncTypeError', `ufunc '${canon}' did not contain a loop with signature matching types ${types.length === 1 ? types[0] : `(${types.join(', ')})`} -> None`);
  }
  return fail('TypeError', noLoopMessage(canon));
}

/** A Python int must fit the dtype of the loop input it is cast to (OverflowError otherwise). */
function checkPythonInts(canon: string, operands: readonly Operand[], loop: UfuncLoop): RuleResult<true> {
  if (ANY_PYTHON_INT.has(canon)) return ok(true);
  for (let i = 0; i < operands.length; i++) {
    const o = operands[i];
    if (isWeak(o) && o.weak === 'int' && o.value !== undefined) {
      const fits = checkPythonIntFits(o.value, loop.inputs[i]);
      if (!fits.ok) return fits;
    }
  }
  return ok(true);
}

function resolveWithDType(canon: string, loops: UfuncLoop[], effective: DType[], dtype: DType, casting: Casting): RuleResult<UfuncLoop> {
  const loop =
    loops.find((l) => l.outputs[0] === dtype && l.inputs.every((t) => t === dtype)) ??
    loops.find((l) => l.outputs[0] === dtype);
  if (!loop) return fail('UFuncTypeError', noLoopMessage(canon));
  for (let i = 0; i < effective.length; i++) {
    if (!canCast(effective[i], loop.inputs[i], casting)) {
      return fail('UFuncTypeError', `Cannot cast ufunc '${canon}' input ${i} from ${dtypeRepr(effective[i])} to ${dtypeRepr(loop.inputs[i])} with casting rule '${casting}'`);
    }
  }
  return ok(loop);
}

/** The result dtype of `np.<name>(*operands)` (first output). */
export function ufuncResultDType(name: string, operands: readonly Operand[], options: UfuncOptions = {}): RuleResult<DType> {
  const r = resolveUfunc(name, operands, options);
  return r.ok ? ok(r.value.outputs[0]) : r;
}

/**
 * The check NumPy makes when a ufunc writes into `out=` or in place (`a += b` is
 * `np.add(a, b, out=a)`): the loop's output dtype must cast to the out array's dtype under
 * `casting` (default 'same_kind').
 */
export function checkUfuncOutputCast(name: string, loopOutput: DType, outDType: DType, casting: Casting = 'same_kind', outputIndex = 0): RuleResult<true> {
  if (canCast(loopOutput, outDType, casting)) return ok(true);
  const canon = canonicalUfuncName(name);
  const which = outputIndex === 0 ? 'output' : `output ${outputIndex}`;
  return fail('UFuncTypeError', `Cannot cast ufunc '${canon}' ${which} from ${dtypeRepr(loopOutput)} to ${dtypeRepr(outDType)} with casting rule '${casting}'`);
}

/**
 * The dtype of an in-place operator `target op= value`: resolves the ufunc with the target's
 * dtype as first operand, then checks the output cast back into the target.
 */
export function inplaceResultDType(name: string, target: DType, value: Operand): RuleResult<DType> {
  const r = resolveUfunc(name, [target, value]);
  if (!r.ok) return r;
  const c = checkUfuncOutputCast(name, r.value.outputs[0], target);
  return c.ok ? ok(target) : c;
}

/** One argument of a ufunc call: an array (shape + dtype) or a Python scalar (shape []). */
export interface UfuncArg {
  readonly shape: Shape;
  readonly dtype: Operand;
}

export interface UfuncCallResult {
  readonly shape: Shape;
  /** Dtype of the (first) result: the out array's dtype when `out` is given. */
  readonly dtype: DType;
  readonly loop: UfuncLoop;
}

/**
 * Everything NumPy checks for `np.<name>(*args, out=out, dtype=dtype)`, in its order: loop
 * resolution (dtype errors, OverflowError for Python ints), the cast of the result into
 * `out`, then broadcasting (into `out` without stretching it, when given). In-place operators
 * are calls with `out` = the left operand.
 */
export function ufuncCall(name: string, args: readonly UfuncArg[], options: UfuncOptions & { out?: { shape: Shape; dtype: DType } } = {}): RuleResult<UfuncCallResult> {
  const loop = resolveUfunc(name, args.map((a) => a.dtype), options);
  if (!loop.ok) return loop;
  const out = options.out;
  if (out) {
    const c = checkUfuncOutputCast(name, loop.value.outputs[0], out.dtype);
    if (!c.ok) return c;
    const s = broadcastToOutput(args.map((a) => a.shape), out.shape);
    return s.ok ? ok({ shape: s.value, dtype: out.dtype, loop: loop.value }) : s;
  }
  const s = broadcastOperands(args.map((a) => a.shape));
  if (!s.ok) return s;
  const neg = negativeIntegerPower(name, args, loop.value, s.value);
  if (neg) return neg;
  return ok({ shape: s.value, dtype: loop.value.outputs[0], loop: loop.value });
}

/**
 * `int_array ** -1`: NumPy's integer power loop rejects a negative exponent as soon as it meets
 * one, so a negative Python-int exponent fails unless the result is empty.
 */
function negativeIntegerPower(name: string, args: readonly UfuncArg[], loop: UfuncLoop, shape: Shape): RuleResult<never> | undefined {
  if (canonicalUfuncName(name) !== 'power' || args.length !== 2) return undefined;
  const k = dtypeInfo(loop.inputs[1]).kind;
  if (k !== 'i' && k !== 'u' && k !== 'b') return undefined;
  const e = args[1].dtype;
  if (!isWeak(e) || e.weak !== 'int' || e.value === undefined || !(e.value < 0)) return undefined;
  if (shape.some((d) => dimCanBe(d, 0))) return undefined;
  return fail('ValueError', 'Integers to negative integer powers are not allowed.');
}

const BINARY_OPERATORS: Record<string, string> = {
  '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '//': 'floor_divide', '%': 'remainder',
  '**': 'power', '@': 'matmul', '&': 'bitwise_and', '|': 'bitwise_or', '^': 'bitwise_xor',
  '<<': 'left_shift', '>>': 'right_shift', '<': 'less', '<=': 'less_equal', '>': 'greater',
  '>=': 'greater_equal', '==': 'equal', '!=': 'not_equal',
};

const UNARY_OPERATORS: Record<string, string> = { '-': 'negative', '+': 'positive', '~': 'invert', abs: 'absolute' };

/** The ufunc a Python binary operator calls on arrays (`'+'` → `'add'`, `'/'` → `'divide'`). */
export function binaryOperatorUfunc(op: string): string | undefined {
  return BINARY_OPERATORS[op];
}

/** The ufunc a Python unary operator (or `abs`) calls on arrays. */
export function unaryOperatorUfunc(op: string): string | undefined {
  return UNARY_OPERATORS[op];
}

// ---------------------------------------------------------------- reductions

export type ReductionName =
  | 'sum' | 'prod' | 'cumsum' | 'cumprod' | 'nansum' | 'nanprod' | 'nancumsum' | 'nancumprod'
  | 'mean' | 'nanmean' | 'average' | 'median' | 'nanmedian'
  | 'std' | 'var' | 'nanstd' | 'nanvar'
  | 'max' | 'min' | 'amax' | 'amin' | 'nanmax' | 'nanmin' | 'ptp'
  | 'argmax' | 'argmin' | 'nanargmax' | 'nanargmin'
  | 'all' | 'any' | 'count_nonzero';

export const REDUCTION_NAMES: readonly ReductionName[] = [
  'sum', 'prod', 'cumsum', 'cumprod', 'nansum', 'nanprod', 'nancumsum', 'nancumprod',
  'mean', 'nanmean', 'average', 'median', 'nanmedian', 'std', 'var', 'nanstd', 'nanvar',
  'max', 'min', 'amax', 'amin', 'nanmax', 'nanmin', 'ptp', 'argmax', 'argmin', 'nanargmax', 'nanargmin',
  'all', 'any', 'count_nonzero',
];

/**
 * The result dtype of a reduction over an array of dtype `dt`. Sums and products of bool and
 * small integers accumulate in int64 (uint64 for unsigned); means and variances of integers
 * are float64; the variance of a complex array is real. `dtype` is the `dtype=` argument.
 */
export function reductionDType(op: ReductionName, dt: DType, dtype?: DType): DType {
  const kind = dtypeInfo(dt).kind;
  switch (op) {
    case 'sum': case 'prod': case 'cumsum': case 'cumprod':
    case 'nansum': case 'nanprod': case 'nancumsum': case 'nancumprod':
      if (dtype) return dtype;
      if (kind === 'b' || (kind === 'i' && dt !== 'int64')) return 'int64';
      if (kind === 'u' && dt !== 'uint64') return 'uint64';
      return dt;
    case 'mean': case 'nanmean': case 'average': case 'median': case 'nanmedian':
      if (dtype) return dtype;
      return kind === 'b' || kind === 'i' || kind === 'u' ? 'float64' : dt;
    case 'std': case 'var': case 'nanstd': case 'nanvar': {
      if (dtype) return dtype;
      if (kind === 'b' || kind === 'i' || kind === 'u') return 'float64';
      if (dt === 'complex64') return 'float32';
      if (dt === 'complex128') return 'float64';
      return dt;
    }
    case 'max': case 'min': case 'amax': case 'amin': case 'nanmax': case 'nanmin': case 'ptp':
      return dt;
    case 'argmax': case 'argmin': case 'nanargmax': case 'nanargmin': case 'count_nonzero':
      return 'int64';
    case 'all': case 'any':
      return 'bool';
  }
}
