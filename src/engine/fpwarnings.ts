// Floating-point error detection for NumPy's RuntimeWarnings / np.errstate: which of the IEEE
// flags (divide by zero, overflow, underflow, invalid value) an operation would have raised on
// NumPy's hardware, worked out after the fact from its inputs and output. The engine does no
// I/O: it reports through the one listener the interpreter installs (setFpListener), which maps
// the flags to warnings, FloatingPointError or nothing as np.errstate says.
//
// Cost model: the common case pays one scan of a float output for non-finite values (`v - v`
// is 0 only for finite v); only when one is found are the inputs looked at to classify it.
// Integer floor_divide/remainder scan the divisor for zeros. Underflow (fpunderflow.ts) is
// looked for only while the interpreter says np.errstate's `under` acts (setFpUnderflowQuery):
// NumPy ignores it by default, so by default it costs one query per operation, no scan.

import { DTYPES, isHalf, type DType } from './dtype';
import { NDArray, forEachRow } from './ndarray';
import { simdHasNonFinite } from './wasm/mask';
import { binaryUnderflows, castUnderflows, unaryUnderflows } from './fpunderflow';

export type FpFlag = 'divide' | 'over' | 'under' | 'invalid';
/** NumPy's order of checks (ufunc_object.c: divide, over, under, invalid) and its words. */
export const FP_FLAGS: readonly FpFlag[] = ['divide', 'over', 'under', 'invalid'];
export const FP_FLAG_TEXT: Record<FpFlag, string> = { divide: 'divide by zero', over: 'overflow', under: 'underflow', invalid: 'invalid value' };

/** Receives the flags an operation raised (in NumPy's order) and NumPy's name for it. */
export type FpListener = (flags: FpFlag[], op: string) => void;

let listener: FpListener | null = null;
let quietDepth = 0;

/** Installs (or with null removes) the one listener; without one nothing is scanned. Returns the previous one. */
export function setFpListener(l: FpListener | null): FpListener | null {
  const previous = listener;
  listener = l;
  return previous;
}

/** Runs f with reporting off (compositions that NumPy runs under errstate(all='ignore')). */
export function fpQuiet<R>(f: () => R): R {
  quietDepth++;
  try {
    return f();
  } finally {
    quietDepth--;
  }
}

function active(): boolean {
  return listener !== null && quietDepth === 0;
}

let underQuery: (() => boolean) | null = null;
/** Installs the question "does underflow matter now?" (np.errstate's `under` is warn/raise/print). */
export function setFpUnderflowQuery(q: (() => boolean) | null): void {
  underQuery = q;
}

/** True when operations are being checked for underflow too. */
export function fpCheckingUnder(): boolean {
  return underQuery !== null && active() && underQuery();
}

/** True when operations are being checked for floating-point errors (a listener, not quieted). */
export function fpChecking(): boolean {
  return active();
}

/**
 * Reports flags found by a loop that classifies its own results (complex.ts), in NumPy's order;
 * nothing while checking is off.
 */
export function reportFpBits(bits: { divide?: boolean; over?: boolean; invalid?: boolean }, op: string): void {
  if (!active()) return;
  report((bits.divide ? DIVIDE : 0) | (bits.over ? OVER : 0) | (bits.invalid ? INVALID : 0), op);
}

function report(bits: number, op: string): void {
  if (!bits || !listener) return;
  const flags = FP_FLAGS.filter((_, k) => bits & (1 << k));
  listener(flags, op);
}
const DIVIDE = 1, OVER = 2, UNDER = 4, INVALID = 8;

function isFloat(d: DType): boolean {
  return DTYPES[d].kind === 'f';
}

function bcastStrides(a: NDArray, shape: readonly number[]): number[] {
  const lead = shape.length - a.ndim;
  return shape.map((d, k) => (k < lead || a.shape[k - lead] === 1 ? 0 : a.strides[k - lead]));
}

/** True when some element of the view is NaN or ±inf (the cheap scan). */
function hasNonFinite(t: NDArray): boolean {
  const d = t.data as Float64Array;
  if (t.isCContiguous) {
    const wasm = simdHasNonFinite(d, t.offset, t.size); // heap arrays: the same test in SIMD
    if (wasm !== null) return wasm;
    // x * 0 is 0 for finite x and NaN otherwise; four sums keep the loop free of branches
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    let i = t.offset;
    const e = t.offset + t.size;
    for (; i + 4 <= e; i += 4) { s0 += d[i] * 0; s1 += d[i + 1] * 0; s2 += d[i + 2] * 0; s3 += d[i + 3] * 0; }
    for (; i < e; i++) s0 += d[i] * 0;
    return s0 + s1 + s2 + s3 !== 0;
  }
  let found = false;
  forEachRow(t.shape, [t.strides], [t.offset], (offs, n, st) => {
    if (found) return;
    for (let k = 0, o = offs[0]; k < n; k++, o += st[0]) {
      const v = d[o];
      if (v - v !== 0) { found = true; return; }
    }
  });
  return found;
}

const BINARY_DIVIDE_BY_ZERO = new Set(['divide', 'true_divide', 'floor_divide', 'divmod']);
const INT_DIVISION = new Set(['floor_divide', 'remainder', 'fmod', 'divmod']);

/**
 * An operand the ufunc is about to overwrite (in place, `x /= 0`): FINITE when it held only
 * finite values (the common case: nothing copied), else a float64 copy of its values.
 */
export type FpOperandBefore = NDArray | typeof FINITE;
const FINITE = 'finite' as const;
export interface FpBefore { a?: FpOperandBefore; b?: FpOperandBefore }

function aliases(x: NDArray, target: NDArray): boolean {
  return x.data === target.data || (x.data.buffer === target.data.buffer && x.data.byteOffset === target.data.byteOffset);
}

function snapshot(x: NDArray, under: boolean): FpOperandBefore {
  if (!isFloat(x.dtype) || (!under && !hasNonFinite(x))) return FINITE;
  const c = new Float64Array(x.size);
  const d = x.data as Float64Array;
  let p = 0;
  forEachRow(x.shape, [x.strides], [x.offset], (offs, n, st) => {
    for (let k = 0, o = offs[0]; k < n; k++, o += st[0]) c[p++] = d[o];
  });
  return new NDArray(c, x.shape, 'float64');
}

/** Before a ufunc that writes into `target`: what the classification needs of aliased inputs. */
export function fpBeforeWrite(target: NDArray, a: NDArray, b?: NDArray): FpBefore | null {
  if (!active() || !isFloat(target.dtype) || target.size === 0) return null;
  const aa = aliases(a, target), ba = b !== undefined && aliases(b, target);
  if (!aa && !ba) return null;
  const under = fpCheckingUnder();
  return { a: aa ? snapshot(a, under) : undefined, b: ba ? snapshot(b!, under) : undefined };
}

/**
 * Ufuncs that raise no flag on any input (non-finite values pass through quietly, finite ones
 * stay finite): their outputs are not scanned.
 */
const QUIET_OPS = new Set(['absolute', 'fabs', 'negative', 'positive', 'floor', 'ceil', 'rint', 'trunc', 'sign', 'maximum', 'minimum',
  'fmax', 'fmin', 'copysign', 'isnan', 'isinf', 'isfinite', 'signbit', 'conjugate', 'deg2rad', 'radians']);

/**
 * After a binary ufunc: `a`, `b` are the loop inputs (already in the loop dtype), `out` the
 * result in the broadcast shape, before any cast to an out= array; `before` from fpBeforeWrite
 * when the result overwrote an input.
 */
export function checkBinaryFp(op: string, a: NDArray, b: NDArray, out: NDArray, before: FpBefore | null = null): void {
  if (!active() || out.size === 0 || QUIET_OPS.has(op)) return;
  if (!isFloat(out.dtype)) {
    if (INT_DIVISION.has(op) && !isFloat(b.dtype) && DTYPES[b.dtype].kind !== 'b') {
      const bd = b.data as ArrayLike<number | bigint>;
      let zero = false;
      forEachRow(b.shape, [b.strides], [b.offset], (offs, n, st) => {
        for (let k = 0, o = offs[0]; k < n && !zero; k++, o += st[0]) if (bd[o] == 0) zero = true; // eslint-disable-line eqeqeq
      });
      if (zero) report(DIVIDE, op);
    }
    return;
  }
  const A = before?.a ?? a, B = before?.b ?? b;
  const av = A === FINITE ? null : A, bv = B === FINITE ? null : B;
  let bits = av && bv && fpCheckingUnder() && binaryUnderflows(op, av, bv, out) ? UNDER : 0;
  if (!hasNonFinite(out)) { report(bits, op); return; }
  const od = out.data as Float64Array;
  const ad = (av ?? out).data as Float64Array, bd = (bv ?? out).data as Float64Array;
  const divZero = BINARY_DIVIDE_BY_ZERO.has(op);
  const pow = op === 'power' || op === 'float_power';
  const sa = av ? bcastStrides(av, out.shape) : out.shape.map(() => 0);
  const sb = bv ? bcastStrides(bv, out.shape) : out.shape.map(() => 0);
  forEachRow(out.shape, [out.strides, sa, sb], [out.offset, av ? av.offset : 0, bv ? bv.offset : 0], (offs, n, st) => {
    for (let k = 0, o = offs[0], i = offs[1], j = offs[2]; k < n; k++, o += st[0], i += st[1], j += st[2]) {
      const r = od[o];
      if (r - r === 0) continue;
      // an overwritten all-finite operand reads as 1 (finite, not zero): enough to classify
      const x = av ? ad[i] : 1, y = bv ? bd[j] : 1;
      if (x !== x || y !== y) continue; // NaN in, NaN out: quiet
      if (r !== r) bits |= INVALID;
      else if (x - x !== 0 || y - y !== 0) continue; // inf in, inf out
      else if ((divZero && y === 0) || (pow && (av ? x === 0 : true) && y < 0)) bits |= DIVIDE;
      else bits |= OVER;
    }
  });
  report(bits, op);
}

/** After a unary ufunc: `a` the loop input, `out` its result (`before` as for checkBinaryFp). */
export function checkUnaryFp(op: string, a: NDArray, out: NDArray, before: FpBefore | null = null): void {
  if (!active() || out.size === 0 || QUIET_OPS.has(op) || !isFloat(out.dtype)) return;
  const A = before?.a ?? a;
  const av = A === FINITE ? null : A;
  let bits = av && fpCheckingUnder() && unaryUnderflows(op, av, out) ? UNDER : 0;
  if (!hasNonFinite(out)) { report(bits, op); return; }
  const od = out.data as Float64Array, ad = (av ?? out).data as Float64Array;
  forEachRow(out.shape, [out.strides, av ? bcastStrides(av, out.shape) : out.shape.map(() => 0)], [out.offset, av ? av.offset : 0], (offs, n, st) => {
    for (let k = 0, o = offs[0], i = offs[1]; k < n; k++, o += st[0], i += st[1]) {
      const r = od[o];
      if (r - r === 0) continue;
      if (!av) { bits |= r !== r ? INVALID : POLES.has(op) ? DIVIDE : OVER; continue; }
      const x = ad[i];
      if (x !== x) continue;
      if (r !== r) bits |= INVALID;
      else if (x - x !== 0) continue;
      else if (unaryPole(op, x)) bits |= DIVIDE;
      else bits |= OVER;
    }
  });
  report(bits, op);
}

const POLES = new Set(['log', 'log2', 'log10', 'reciprocal', 'log1p', 'arctanh']);
/** Where a unary function has a pole (an exact infinite result: IEEE divide-by-zero). */
function unaryPole(op: string, x: number): boolean {
  switch (op) {
    case 'log': case 'log2': case 'log10': case 'reciprocal': return x === 0;
    case 'log1p': return x === -1;
    case 'arctanh': return x === 1 || x === -1;
    default: return false;
  }
}

/**
 * The flags of a float add/multiply reduction of `a` that gave `out`: overflow when finite
 * inputs summed to a non-finite result (with invalid if inf - inf followed), invalid when a NaN
 * appeared from NaN-free input (inf + -inf).
 */
export function reduceFpFlags(a: NDArray, out: NDArray): FpFlag[] {
  if (out.size === 0 || !isFloat(out.dtype) || !hasNonFinite(out)) return [];
  const inputNonFinite = isFloat(a.dtype) && hasNonFinite(a);
  const nanOut = hasNaN(out);
  if (!inputNonFinite) return nanOut ? ['over', 'invalid'] : ['over'];
  return nanOut && !hasNaN(a) ? ['invalid'] : [];
}

/**
 * A product (matmul, dot) computed from finite inputs whose result is non-finite: overflow, and
 * invalid when inf - inf left a NaN. Inputs already holding NaN/inf are not classified.
 */
export function productFpFlags(inputs: readonly NDArray[], out: NDArray): FpFlag[] {
  if (out.size === 0 || !isFloat(out.dtype) || !hasNonFinite(out)) return [];
  for (const a of inputs) if (isFloat(a.dtype) && hasNonFinite(a)) return [];
  return hasNaN(out) ? ['over', 'invalid'] : ['over'];
}

/** A reduction reported through the listener as NumPy names it ('... encountered in reduce'). */
export function checkReduceFp(op: string, a: NDArray, out: NDArray): void {
  if (!active() || (op !== 'add' && op !== 'multiply')) return;
  const flags = reduceFpFlags(a, out);
  if (flags.length && listener) listener(flags, 'reduce');
}

function hasNaN(a: NDArray): boolean {
  const d = a.data as Float64Array;
  let found = false;
  forEachRow(a.shape, [a.strides], [a.offset], (offs, n, st) => {
    for (let k = 0, o = offs[0]; k < n && !found; k++, o += st[0]) if (d[o] !== d[o]) found = true;
  });
  return found;
}

/**
 * The range a float converts to an integer without raising the invalid flag: NumPy casts to
 * the small integer types through a 32-bit conversion and to uint32/int64 through a 64-bit
 * one (x86 cvttsd2si), so 300.0 -> int8 wraps quietly while 3e9 -> int32 and NaN -> int8 do not.
 */
function intCastRange(to: DType): [number, number] | null {
  switch (to) {
    case 'int8': case 'uint8': case 'int16': case 'uint16': case 'int32': return [-2147483648, 2147483648];
    case 'uint32': case 'int64': return [-9223372036854775808, 9223372036854775808];
    case 'uint64': return [-9223372036854775808, 18446744073709551616];
    default: return null;
  }
}

/**
 * Before a cast of float data: 'overflow encountered in cast' for finite values too large for
 * float32/float16, 'invalid value encountered in cast' for NaN/inf/out-of-range values cast to
 * an integer type.
 */
export function checkCastFp(a: NDArray, to: DType): void {
  if (!active() || !isFloat(a.dtype) || a.size === 0 || to === a.dtype) return;
  const tk = DTYPES[to].kind;
  if (tk === 'b' || tk === 'U') return;
  const d = a.data as Float64Array;
  let bits = 0;
  if (tk === 'f') {
    if (to === 'float64') return;
    if (fpCheckingUnder() && castUnderflows(a, to)) bits |= UNDER;
    const half = isHalf(to);
    forEachRow(a.shape, [a.strides], [a.offset], (offs, n, st) => {
      for (let k = 0, o = offs[0]; k < n; k++, o += st[0]) {
        const v = d[o];
        if (v - v === 0 && (half ? v >= 65520 || v <= -65520 : Math.fround(v) - Math.fround(v) !== 0)) bits |= OVER;
      }
    });
  } else {
    const lim = intCastRange(to);
    if (!lim) return;
    forEachRow(a.shape, [a.strides], [a.offset], (offs, n, st) => {
      for (let k = 0, o = offs[0]; k < n; k++, o += st[0]) {
        const v = d[o];
        if (!(v >= lim[0] && v < lim[1])) bits |= INVALID;
      }
    });
  }
  report(bits, 'cast');
}
