// The NumPy binding: how interpreter values meet the engine. Owns PyNdArray (ndarray methods,
// attributes, operators, basic-index views), PyNpScalar (np.float64 & co, returned by
// reductions and indexing), dtype objects and scalar types, the conversion of Python values to
// engine operands, EngineError -> Python exception mapping (numpy.exceptions.AxisError, ...),
// and print options / errstate state per run. The `np.*` function table is in npfuncs.ts.
import * as E from '../engine';
import { arrayRepr, arrayStr, scalarRepr, scalarStr, DEFAULT_PRINT_OPTIONS, type PrintOptions, PrintOptionsError, PyFormatError, formatComplex, formatFloat, formatInt, pyFloatRepr } from '../engine/print';
import type { NDArray, DType } from '../engine';
import {
  Kwargs, NOT_IMPLEMENTED, PyBuiltin, PyClass, PyComplex, PyEllipsis, PyFloat, PyIterator, PyList, PyNative, PySlice, PyTuple, PyValue,
  normBig,
} from './values';
import { PyThrow, T, pyErrOfClass, pyErr, throwErr } from './types';
import { asFloat, asInt, callValue, repr, sliceIndices, toIndex, typeName, truthy } from './runtime';
import { current, errorConverters } from './interp';
import { emitWarning, fpOpAs, handleFpFlags, scalarMath } from './pywarnings';
import { fpCheckingUnder, productFpFlags } from '../engine/fpwarnings';
import { productUnderflows } from '../engine/fpunderflow';
import { bytesDType, isBytesDType } from '../engine/dtype';
import { bytesScalar } from '../engine/strings';
import { PyBytes } from './pybytes';
import { PyArrayFlags } from './arrayflags';
import { registerArrayClasses } from './temporaries';

/** Every engine export reachable by name, so new engine functions bind without code here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ENG: Record<string, any> = { ...E };

// ------------------------------------------------------------------------------------------
// Exceptions

export const NP_EXC: Record<string, PyClass> = {
  AxisError: new PyClass('AxisError', [T.ValueError, T.IndexError], 'numpy.exceptions'),
  LinAlgError: new PyClass('LinAlgError', [T.ValueError], 'numpy.linalg'),
  UFuncTypeError: displayAs(new PyClass('UFuncTypeError', [T.TypeError], 'numpy._core._exceptions'), '_UFuncNoLoopError'),
  UFuncOutputCasting: displayAs(new PyClass('UFuncTypeError', [T.TypeError], 'numpy._core._exceptions'), '_UFuncOutputCastingError'),
  DTypePromotionError: new PyClass('DTypePromotionError', [T.TypeError], 'numpy.exceptions'),
  MemoryError: displayAs(new PyClass('MemoryError', [T.MemoryError], 'numpy._core._exceptions'), '_ArrayMemoryError'),
};
/** NumPy's @_display_as_base: __name__ is the base's, the traceback shows the private class. */
function displayAs(c: PyClass, tracebackName: string): PyClass {
  c.tracebackName = tracebackName;
  return c;
}

/** numpy.exceptions.ComplexWarning. */
export const ComplexWarning = new PyClass('ComplexWarning', [T.RuntimeWarning], 'numpy.exceptions');

/** Warns as NumPy does when casting `a` to `to` drops imaginary parts (complex to bool or str is silent). */
export function warnComplexCast(a: NDArray, to: DType): void {
  if (!E.isComplexDType(a.dtype) || E.isComplexDType(to) || to === 'bool' || E.isStrDType(to)) return;
  const interp = current.interp;
  if (interp) emitWarning(interp, ComplexWarning, 'Casting complex values to real discards the imaginary part', null);
}

export function engineErrorToPy(err: unknown): PyThrow | null {
  if (!(err instanceof Error)) return null;
  const pyType = (err as { pyType?: string }).pyType;
  if (!pyType) {
    if (err instanceof RangeError && /Array buffer allocation failed|Invalid typed array length|Invalid array length/.test(err.message)) {
      return pyErrOfClass(NP_EXC.MemoryError, 'Unable to allocate the array (the Shapewise evaluator ran out of memory)');
    }
    return null;
  }
  if (pyType === 'UFuncTypeError' && /^Cannot cast ufunc/.test(err.message)) return pyErrOfClass(NP_EXC.UFuncOutputCasting, err.message);
  if (NP_EXC[pyType]) return pyErrOfClass(NP_EXC[pyType], err.message);
  if (T[pyType]) return pyErr(pyType, err.message);
  return pyErr('RuntimeError', err.message);
}
errorConverters.push(engineErrorToPy);

/** Runs an engine call, turning its errors into Python exceptions raised at this frame. */
export function guard<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyThrow) throw e;
    const t = engineErrorToPy(e);
    if (t) throw t;
    if (e instanceof PyFormatError || e instanceof PrintOptionsError) throw pyErr(e.pyType, e.message);
    throw e;
  }
}

// ------------------------------------------------------------------------------------------
// Print options (per interpreter run)

export function printOptions(): PrintOptions {
  return (current.interp?.state.get('np.printoptions') as PrintOptions | undefined) ?? DEFAULT_PRINT_OPTIONS;
}
export function setPrintOptions(o: PrintOptions): void {
  current.interp?.state.set('np.printoptions', o);
}

// ------------------------------------------------------------------------------------------
// dtypes and scalar types

// float16 is a run-time engine dtype (outside the static DType union; see src/engine index.ts)
const DTYPE_NAMES: DType[] = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float16' as DType, 'float32', 'float64', 'complex64' as DType, 'complex128' as DType];

export const SCALAR_TYPES = new Map<DType, PyClass>();
const genericCls = new PyClass('generic', [T.object], 'numpy');
const numberCls = new PyClass('number', [genericCls], 'numpy');
const integerCls = new PyClass('integer', [numberCls], 'numpy');
const signedCls = new PyClass('signedinteger', [integerCls], 'numpy');
const unsignedCls = new PyClass('unsignedinteger', [integerCls], 'numpy');
const inexactCls = new PyClass('inexact', [numberCls], 'numpy');
const floatingCls = new PyClass('floating', [inexactCls], 'numpy');
const complexfloatingCls = new PyClass('complexfloating', [inexactCls], 'numpy');
export const ABSTRACT_TYPES: Record<string, PyClass> = { generic: genericCls, number: numberCls, integer: integerCls, signedinteger: signedCls, unsignedinteger: unsignedCls, inexact: inexactCls, floating: floatingCls, complexfloating: complexfloatingCls };
for (const d of DTYPE_NAMES) {
  const kind = E.DTYPES[d].kind;
  const bases = d === 'float64' ? [floatingCls, T.float] : d === ('complex128' as DType) ? [complexfloatingCls, T.complex] : kind === 'c' ? [complexfloatingCls] : d === 'bool' ? [genericCls] : kind === 'f' ? [floatingCls] : kind === 'u' ? [unsignedCls] : [signedCls];
  const c = new PyClass(d === 'bool' ? 'bool' : d, bases, 'numpy');
  c.construct = (args) => guard(() => {
    if (!args.length) return wrap(E.scalarArray(d === 'bool' ? false : kind === 'f' ? 0 : 0n, d));
    const a = toArrayChecked(args[0], d);
    if (a.ndim === 0) { const s = E.scalarArray(a.get(0), d); return wrap(s); }
    return wrap(a);
  });
  SCALAR_TYPES.set(d, c);
}

export class PyDType extends PyNative {
  constructor(public dtype: DType) { super(); }
  pyType(): PyClass { return dtypeCls; }
  override repr(): string { return `dtype('${isBytesDType(this.dtype) ? this.dtype : this.str()}')`; }
  override str(): string { return E.isStrDType(this.dtype) ? `${isBytesDType(this.dtype) ? '|' : '<'}${this.dtype}` : this.dtype; }
  override getattr(name: string): PyValue | undefined {
    const info = E.DTYPES[this.dtype];
    if (isBytesDType(this.dtype)) {
      // bytes dtype '|Sn' (engine dtype 'S<n>')
      switch (name) {
        case 'name': return `bytes${info.itemsize * 8}`;
        case 'itemsize': return BigInt(info.itemsize);
        case 'kind': case 'char': return 'S';
        case 'str': return this.str();
        case 'type': return BYTES_CLS;
      }
    }
    if (E.isStrDType(this.dtype)) {
      // unicode dtype '<Un' (engine dtype 'U<n>')
      switch (name) {
        case 'name': return `str${info.itemsize * 8}`;
        case 'itemsize': return BigInt(info.itemsize);
        case 'kind': case 'char': return 'U';
        case 'str': return this.str();
        case 'type': return STR_CLS;
      }
    }
    switch (name) {
      case 'name': return this.dtype;
      case 'itemsize': return info.itemsize;
      case 'kind': return info.kind;
      case 'type': return SCALAR_TYPES.get(this.dtype)!;
      case 'char': return ({ float16: 'e', bool: '?', int8: 'b', int16: 'h', int32: 'i', int64: 'l', uint8: 'B', uint16: 'H', uint32: 'I', uint64: 'L', float32: 'f', float64: 'd', complex64: 'F', complex128: 'D' } as Record<string, string>)[this.dtype];
      case 'str': return (this.dtype === 'bool' ? '|b1' : (info.itemsize === 1 ? '|' : '<') + info.kind + info.itemsize);
    }
    return undefined;
  }
  override compare(op: string, other: PyValue): PyValue {
    if (op !== 'Eq' && op !== 'NotEq') return NOT_IMPLEMENTED;
    let d: DType | null = null;
    try { d = toDType(other); } catch { d = null; }
    return (d === this.dtype) === (op === 'Eq');
  }
  override hashKey(): unknown { return 'dtype:' + this.dtype; }
}
const dtypeCls = new PyClass('dtype', [T.object], 'numpy');

/** np.str_ / np.bytes_: the scalar types of 'U' and 'S' arrays (their elements come out as Python str / bytes). */
export const STR_CLS = new PyClass('str_', [T.str], 'numpy');
export const BYTES_CLS = new PyClass('bytes_', [T.bytes], 'numpy');
STR_CLS.construct = (args, kw) => callValue(T.str, args, kw);
BYTES_CLS.construct = (args, kw) => {
  const b = callValue(T.bytes, args, kw);
  return b instanceof PyBytes ? new PyNpBytes(b.data) : b;
};
dtypeCls.construct = (args) => new PyDType(toDType(args[0]));

const DTYPE_ALIASES: Record<string, DType> = {
  float16: 'float16' as DType, f2: 'float16' as DType, half: 'float16' as DType, e: 'float16' as DType,
  float: 'float64', float64: 'float64', f8: 'float64', double: 'float64', d: 'float64', float32: 'float32', f4: 'float32', single: 'float32', f: 'float32',
  int: 'int64', int64: 'int64', i8: 'int64', int32: 'int32', i4: 'int32', int16: 'int16', i2: 'int16', int8: 'int8', i1: 'int8',
  uint8: 'uint8', u1: 'uint8', uint16: 'uint16', u2: 'uint16', uint32: 'uint32', u4: 'uint32', uint64: 'uint64', u8: 'uint64', uint: 'uint64',
  complex: 'complex128' as DType, complex128: 'complex128' as DType, c16: 'complex128' as DType, cdouble: 'complex128' as DType, D: 'complex128' as DType,
  complex64: 'complex64' as DType, c8: 'complex64' as DType, csingle: 'complex64' as DType, F: 'complex64' as DType,
  bool: 'bool', bool_: 'bool', '?': 'bool', b1: 'bool', intp: 'int64', long: 'int64', longlong: 'int64', ulonglong: 'uint64', short: 'int16', ushort: 'uint16', byte: 'int8', ubyte: 'uint8', intc: 'int32', uintc: 'uint32',
};

/** dtype= argument: np.float32, 'float32', float, int, bool, np.dtype(...), None. */
export function toDType(v: PyValue): DType {
  if (v instanceof PyDType) return v.dtype;
  if (v instanceof PyClass) {
    for (const [d, c] of SCALAR_TYPES) if (c === v) return d;
    if (v === T.float) return 'float64';
    if (v === T.int) return 'int64';
    if (v === T.bool) return 'bool';
    if (v === T.str) return E.strDType(0);
    if (v === T.bytes || v === BYTES_CLS) return bytesDType(0);
    if (v === STR_CLS) return E.strDType(0);
    if (v === T.complex) return 'complex128' as DType;
    throwErr('TypeError', `Cannot interpret '${repr(v)}' as a data type`);
  }
  if (typeof v === 'string') {
    const d = DTYPE_ALIASES[v.replace(/^[<>=|]/, '')];
    if (d) return d;
    const u = /^[<>=|]?(U|str)(\d*)$/.exec(v);
    if (u) return E.strDType(Number(u[2] || 0)); // width 0: found from the data, like dtype=str
    const b = /^[<>=|]?(S|bytes)(\d*)$/.exec(v);
    if (b) return bytesDType(Number(b[2] || 0));
    throwErr('TypeError', `data type '${v}' not understood`);
  }
  if (v instanceof PyNdArray || v instanceof PyNpScalar) return v.arr.dtype;
  throwErr('TypeError', `Cannot interpret '${repr(v)}' as a data type`);
}

export function optDType(v: PyValue | undefined): DType | undefined {
  return v === undefined || v === null ? undefined : toDType(v);
}

// ------------------------------------------------------------------------------------------
// Conversions

type Nested = E.Nested;

/** A Python value as an engine operand (NDArray or Python scalar: bigint int, number float, boolean). */
export function toOperand(v: PyValue): NDArray | E.PyScalar {
  if (v instanceof PyNdArray || v instanceof PyNpScalar) return v.arr;
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') {
    if (v > 18446744073709551615n || v < -9223372036854775808n) throwErr('OverflowError', 'Python int too large to convert to C long');
    return v;
  }
  if (typeof v === 'boolean') return v;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyComplex) return new E.Complex(v.re, v.im);
  if (typeof v === 'string') return guard(() => E.array(v));
  if (v instanceof PyBytes) return bytesScalar(latin1(v.data));
  return toArray(v);
}

function toNested(v: PyValue): Nested {
  if (v instanceof PyNdArray || v instanceof PyNpScalar) return v.arr;
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyComplex) return new E.Complex(v.re, v.im);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toNested);
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return bytesScalar(latin1(v.data));
  if (v instanceof PyIterator || v === null || v instanceof PyNative) {
    if (v instanceof PyNative && (v as { toFloat?: () => number }).toFloat) return (v as { toFloat: () => number }).toFloat();
    throwErr('TypeError', `the Shapewise engine cannot make an array from a ${typeName(v)} object`);
  }
  if (v instanceof PyClass || typeof v === 'object') {
    const items = (v as { items?: PyValue[] }).items;
    if (items) return items.map(toNested);
  }
  throwErr('TypeError', `the Shapewise engine cannot make an array from a ${typeName(v)} object`);
}

export function toArray(v: PyValue, dtype?: DType): NDArray {
  if (v instanceof PyNdArray || v instanceof PyNpScalar) return dtype && v.arr.dtype !== dtype ? guard(() => E.astype(v.arr, dtype)) : v.arr;
  if (typeof v === 'object' && v !== null && 'store' in v && !(v instanceof PyList)) throwErr('TypeError', `the Shapewise engine cannot make an array from a ${typeName(v)} object`);
  if (v instanceof PyTuple || v instanceof PyList) {
    return guard(() => E.array(toNested(v), dtype));
  }
  if (v instanceof PyIterator) return guard(() => E.array(toNested(new PyList(toArrayPy(v))), dtype));
  const n = toNested(v);
  return guard(() => E.array(n, dtype));
}

/** toArray with NumPy's 'overflow encountered in cast' for Python floats too big for float32/16. */
export function toArrayChecked(v: PyValue, dtype: DType): NDArray {
  const a = toArray(v, dtype);
  if ((dtype === 'float32' || (dtype as string) === 'float16') && !(v instanceof PyNdArray || v instanceof PyNpScalar)) {
    let inf = false;
    for (const x of a) if (x === Infinity || x === -Infinity) { inf = true; break; }
    if (inf) guard(() => E.astype(toArray(v), dtype)); // the cast from float64 reports the flags
  }
  return a;
}
import { toArray as toArrayPy } from './runtime';

/** Engine result -> Python value: NumPy scalars for isScalar results, arrays otherwise. */
export function wrap(a: NDArray): PyValue {
  // np.str_ subclasses str: hand it over as a Python str (dict keys, join, str methods work;
  // only its repr loses the np.str_(...) wrapper)
  if (a.isScalar && E.isStrDType(a.dtype)) return isBytesDType(a.dtype) ? new PyNpBytes(bytesOf(a.get(0) as unknown as string).data) : a.get(0) as unknown as string;
  return a.isScalar ? new PyNpScalar(a) : new PyNdArray(a);
}

export function pyScalarOf(v: E.ElementValue, dtype: DType): PyValue {
  const p = E.toPython(v, dtype);
  if (typeof p === 'bigint') return normBig(p);
  if (typeof p === 'number') return new PyFloat(p);
  if (p instanceof E.Complex) return new PyComplex(p.re, p.im);
  return p;
}

/** A bytes value as the engine stores it: one char code 0-255 per byte. */
function latin1(data: Uint8Array): string {
  let s = '';
  for (const b of data) s += String.fromCharCode(b);
  return s;
}
function bytesOf(s: string): PyBytes {
  return new PyBytes(Uint8Array.from(s, (ch) => ch.charCodeAt(0)));
}

/** An element of a bytes array (np.bytes_): Python bytes whose type and repr are NumPy's. */
class PyNpBytes extends PyBytes {
  override pyType(): PyClass { return BYTES_CLS; }
  override repr(): string { return `np.bytes_(${super.repr()})`; }
}

/** tolist()/item() values as Python values; `bytes`: the elements of a bytes ('S') array. */
function nestedToPy(v: E.PyNested, bytes = false): PyValue {
  if (Array.isArray(v)) return new PyList(v.map((x) => nestedToPy(x, bytes)));
  if (bytes && typeof v === 'string') return bytesOf(v);
  if (typeof v === 'bigint') return normBig(v);
  if (typeof v === 'number') return new PyFloat(v);
  if (v instanceof E.Complex) return new PyComplex(v.re, v.im);
  return v as boolean;
}
export { nestedToPy };

export function toShape(v: PyValue): number[] {
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(toIndex);
  if (v instanceof PyNdArray) return v.arr.toArray().map((x) => Number(x));
  return [toIndex(v)];
}

// ------------------------------------------------------------------------------------------
// Operators

const BINOP_UFUNC: Record<string, string> = {
  Add: 'add', Sub: 'subtract', Mult: 'multiply', Div: 'divide', FloorDiv: 'floor_divide', Mod: 'remainder', Pow: 'power',
  BitAnd: 'bitwise_and', BitOr: 'bitwise_or', BitXor: 'bitwise_xor', LShift: 'left_shift', RShift: 'right_shift',
};
const CMP_UFUNC: Record<string, string> = { Lt: 'less', LtE: 'less_equal', Gt: 'greater', GtE: 'greater_equal', Eq: 'equal', NotEq: 'not_equal' };

function operandOrNull(v: PyValue): NDArray | E.PyScalar | null {
  if (v instanceof PyNdArray || v instanceof PyNpScalar) return v.arr;
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (v instanceof PyFloat) return v.v;
  if (v instanceof PyComplex) return new E.Complex(v.re, v.im);
  if (v instanceof PyList || v instanceof PyTuple) return toArray(v);
  if (v instanceof PyBytes) return bytesScalar(latin1(v.data));
  return null;
}

export function matmul(a: PyValue, b: PyValue): PyValue {
  const f = ENG.matmul;
  if (!f) throwErr('NotImplementedError', 'matmul is not available in this build of the Shapewise engine yet');
  const x = toArray(a), y = toArray(b);
  const r = guard(() => f(x, y));
  // matmul is a ufunc in NumPy 2: overflow of finite operands warns 'in matmul'
  const flags = productFpFlags([x, y], r);
  if (!flags.length && infinitiesMadeNaN([x, y], r)) flags.push('invalid');
  if (fpCheckingUnder() && productUnderflows(x, y, r.dtype)) flags.splice(flags[0] === 'over' ? 1 : 0, 0, 'under');
  if (flags.length && current.interp) handleFpFlags(current.interp, flags, 'matmul');
  return wrap(r);
}

/** inf - inf or inf * 0 inside a product: NaN out of operands without NaN (NumPy's invalid flag). */
export function infinitiesMadeNaN(inputs: NDArray[], out: NDArray): boolean {
  const isFloat = (a: NDArray) => a.dtype === 'float64' || a.dtype === 'float32';
  if (!isFloat(out) || out.size === 0) return false;
  let inf = false;
  for (const a of inputs) {
    if (!isFloat(a)) continue;
    for (const v of a) {
      const t = v as number;
      if (t !== t) return false;
      if (t === Infinity || t === -Infinity) inf = true;
    }
  }
  if (!inf) return false;
  for (const v of out) if ((v as number) !== (v as number)) return true;
  return false;
}

function arrayBinop(self: PyNative & { arr: NDArray }, op: string, other: PyValue, reflected: boolean): PyValue {
  const o = operandOrNull(other);
  if (o === null) return NOT_IMPLEMENTED;
  if (op === 'MatMult') return reflected ? matmul(other, self) : matmul(self, other);
  const name = BINOP_UFUNC[op];
  if (!name) return NOT_IMPLEMENTED;
  const run = () => guard(() => wrap(reflected ? E.ufunc2(name, o, self.arr) : E.ufunc2(name, self.arr, o)));
  if (!(self instanceof PyNpScalar) || other instanceof PyNdArray) {
    // NumPy's fast_scalar_power: a float array ** -1 / 0.5 / 2 runs reciprocal / sqrt / square
    const fast = op === 'Pow' && !reflected && E.DTYPES[self.arr.dtype].kind === 'f' ? fastPower(o) : undefined;
    return fast ? fpOpAs('power', fast, run) : run();
  }
  // NumPy's scalar math: its floating-point flags read 'encountered in scalar divide', and
  // integer scalars warn on overflow (arrays wrap silently); complex scalars multiply without
  // the array loop's fused operations
  const scalarRun = () => guard(() => wrap(reflected ? E.ufunc2(name, o, self.arr, { scalarMath: true }) : E.ufunc2(name, self.arr, o, { scalarMath: true })));
  const r = scalarMath(scalarRun);
  if (r instanceof PyNpScalar && INT_OVERFLOW_OPS.has(op)) checkIntScalarOverflow(op, self.arr, o, reflected, r, name);
  return r;
}

const INT_OVERFLOW_OPS = new Set(['Add', 'Sub', 'Mult', 'Pow']);
/** NumPy 2.4's fast_scalar_power: a Python int -1 or 2, or a Python float 0.5 (`a ** 2.0` stays power). */
function fastPower(o: NDArray | E.PyScalar): string | undefined {
  if (typeof o === 'bigint') return o === -1n ? 'reciprocal' : o === 2n ? 'square' : undefined;
  return typeof o === 'number' && o === 0.5 ? 'sqrt' : undefined;
}
function checkIntScalarOverflow(op: string, mine: NDArray, other: NDArray | E.PyScalar, reflected: boolean, r: PyNpScalar, name: string): void {
  const kind = E.DTYPES[r.arr.dtype].kind;
  if (kind !== 'i' && kind !== 'u') return;
  const big = (v: unknown): bigint | null => (typeof v === 'bigint' ? v : typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : typeof v === 'boolean' ? BigInt(v) : null);
  const a0 = big(mine.get(0));
  const b0 = big(other instanceof E.NDArray ? other.get(0) : other);
  if (a0 === null || b0 === null) return;
  const [x, y] = reflected ? [b0, a0] : [a0, b0];
  let exact: bigint | null;
  if (op === 'Add') exact = x + y;
  else if (op === 'Sub') exact = x - y;
  else if (op === 'Mult') exact = x * y;
  else exact = y < 0n ? null : y > 128n ? (x > 1n || x < -1n ? null : x ** (y % 2n === 0n ? 2n : 1n)) : x ** y;
  const got = big(r.value);
  if (got === null) return;
  if (exact === null ? y >= 0n : exact !== got) {
    const interp = current.interp;
    if (interp) handleFpFlags(interp, ['over'], `scalar ${name}`);
  }
}

function arrayUnary(self: { arr: NDArray }, op: string): PyValue {
  const name = op === 'USub' ? 'negative' : op === 'UAdd' ? 'positive' : op === 'Invert' ? 'invert' : op === 'Abs' ? 'absolute' : null;
  if (!name) return NOT_IMPLEMENTED;
  // abs() of a NumPy scalar is scalar math (a complex one takes hypot, not the array loop's formula)
  return guard(() => wrap(E.ufunc1(name, self.arr, self instanceof PyNpScalar ? { scalarMath: true } : {})));
}

function arrayCompare(self: { arr: NDArray }, op: string, other: PyValue): PyValue {
  // a Python str compares as a 0-d str array (np.array(['a']) == 'a')
  const o = typeof other === 'string' ? toArray(other) : operandOrNull(other);
  if (o === null) {
    if (op === 'Eq' || op === 'NotEq') return guard(() => wrap(E.full(self.arr.shape, op === 'NotEq', 'bool')));
    return NOT_IMPLEMENTED;
  }
  if (op === 'Eq' || op === 'NotEq') {
    const mixed = guard(() => E.mixedStrEquality(self.arr, o, op === 'NotEq'));
    if (mixed) return wrap(mixed);
  }
  return guard(() => wrap(E.ufunc2(CMP_UFUNC[op], self.arr, o)));
}

// ------------------------------------------------------------------------------------------
// Indexing: Python index values -> the engine's Index items




function keyItems(key: PyValue): PyValue[] {
  return key instanceof PyTuple ? key.items : [key];
}


function indexOperand(k: PyValue): unknown {
  if (k instanceof PyNpScalar) {
    const v = k.value;
    if (typeof v === 'boolean') return v;
    if (E.DTYPES[k.arr.dtype].kind !== 'f') return Number(v);
    return k.arr;
  }
  if (k instanceof PyNdArray) return k.arr;
  if (k instanceof PyList) return toArray(k);
  if (k instanceof PySlice) return { start: k.start === null ? null : toIndex(k.start), stop: k.stop === null ? null : toIndex(k.stop), step: k.step === null ? null : toIndex(k.step) };
  if (k instanceof PyEllipsis) return '...';
  if (k === null) return null;
  if (typeof k === 'boolean') return k;
  const i = asInt(k);
  if (i !== undefined) return Number(i);
  throwErr('IndexError', 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');
}

export function arrayGetItem(a: NDArray, key: PyValue): PyValue {
  const items = keyItems(key).map(indexOperand);
  return guard(() => wrap(E.getitem(a, items as E.Index[])));
}

/** NumPy's own checks for `a[mask] = values` with one boolean mask of a's full shape: the
 * values must be 0- or 1-D and hold one value or one per true element. */
function checkBooleanMaskAssign(a: NDArray, mask: NDArray, v: unknown): void {
  if (mask.dtype !== 'bool' || a.ndim === 0 || mask.ndim !== a.ndim || mask.shape.some((d, i) => d !== a.shape[i])) return;
  if (!(v instanceof E.NDArray)) return;
  if (v.ndim > 1) throwErr('TypeError', `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${v.ndim} dimensions`);
  if (v.size === 1) return;
  let count = 0;
  for (let i = 0; i < mask.size; i++) if (mask.get(i)) count++;
  if (v.size !== count) throwErr('ValueError', `NumPy boolean array indexing assignment cannot assign ${v.size} input values to the ${count} output values where the mask is true`);
}

export function arraySetItem(a: NDArray, key: PyValue, value: PyValue): void {
  const items = keyItems(key).map(indexOperand);
  const v = toOperand(value);
  if (key instanceof PyNdArray) checkBooleanMaskAssign(a, key.arr, v);
  guard(() => E.setitem(a, items as E.Index[], v));
}

// ------------------------------------------------------------------------------------------
// ndarray

export const ndarrayCls = new PyClass('ndarray', [T.object], 'numpy');
ndarrayCls.construct = (args) => guard(() => new PyNdArray(E.zeros(toShape(args[0]), optDType(args[1]) ?? 'float64')));

/** Methods of ndarray: name -> implementation taking (self, args, kwargs); filled by npfuncs.ts. */
export const ARRAY_METHODS = new Map<string, (self: NDArray, args: PyValue[], kwargs: Kwargs) => PyValue>();

/** The one Python object of each engine array, so that `np.asarray(a) is a`, `v.base is a` and
 * `a.astype(a.dtype, copy=False) is a` hold as in NumPy (a weak map: arrays are still collected). */
const wrappers = new WeakMap<NDArray, PyNdArray>();

export class PyNdArray extends PyNative {
  priority = 10;
  constructor(public arr: NDArray) {
    super();
    const known = wrappers.get(arr);
    if (known) return known; // a constructor may return the existing object: `new` then yields it
    wrappers.set(arr, this);
  }
  /** Points this Python object at another engine array (ndarray.resize, `a.shape = ...`). */
  private rebind(arr: NDArray): void {
    (this as { arr: NDArray }).arr = arr;
    wrappers.set(arr, this);
  }
  pyType(): PyClass { return ndarrayCls; }
  override repr(): string { return guard(() => arrayRepr(this.arr, printOptions())); }
  override str(): string { return guard(() => arrayStr(this.arr, printOptions())); }
  override format(spec: string): string {
    if (spec === '') return this.str();
    if (this.arr.ndim === 0) return new PyNpScalar(E.scalarArray(this.arr.get(0), this.arr.dtype)).format(spec);
    throwErr('TypeError', 'unsupported format string passed to numpy.ndarray.__format__');
  }
  override getattr(name: string): PyValue | undefined {
    const a = this.arr;
    switch (name) {
      case 'shape': return new PyTuple(a.shape.map((d) => d));
      case 'ndim': return a.ndim;
      case 'size': return a.size;
      case 'dtype': return new PyDType(a.dtype);
      case 'itemsize': return a.itemsize;
      case 'nbytes': return a.nbytes;
      case 'strides': return new PyTuple(a.byteStrides);
      case 'T': return callMethod(a, 'transpose', [], null);
      case 'base': return a.base ? new PyNdArray(a.base) : null;
      case 'real': return E.isComplexDType(a.dtype) ? new PyNdArray(E.realPart(a)) : this;
      case 'imag': return guard(() => new PyNdArray(E.imagPart(a)));
      case 'flat': return callMethod(a, 'ravel', [], null);
      case 'flags': return new PyArrayFlags(a);
      case 'resize': return new PyBuiltin('resize', (args, kwargs) => { this.resizeInPlace(args, kwargs); return null; });
    }
    if (ARRAY_METHODS.has(name)) {
      const m = ARRAY_METHODS.get(name)!;
      return new PyBuiltin(name, (args, kwargs) => guard(() => m(a, args, kwargs)));
    }
    return undefined;
  }
  /** ndarray.resize: a new C-order buffer of the new size, the old elements first and zeros
   * after, replacing this array's data (NumPy's reference check cannot be made here). */
  private resizeInPlace(args: PyValue[], kwargs: Kwargs): void {
    for (const k of kwargs?.keys() ?? []) if (k !== 'refcheck') throwErr('TypeError', `'${k}' is an invalid keyword argument for this function`);
    const a = this.arr;
    const shape = args.length === 1 ? toShape(args[0]) : args.length === 0 ? [] : args.map((v) => toIndex(v));
    if (shape.some((d) => d < 0)) throwErr('ValueError', 'negative dimensions not allowed');
    if (a.base !== null) throwErr('ValueError', 'cannot resize this array: it does not own its data');
    const out = guard(() => E.zeros(shape, a.dtype));
    const flat = guard(() => E.reshape(E.copy(a), [-1]));
    const n = Math.min(out.size, flat.size);
    for (let i = 0; i < n; i++) out.set(i, flat.get(i));
    this.rebind(out);
  }
  override setattr(name: string, value: PyValue): boolean {
    if (name === 'shape') {
      const r = callMethod(this.arr, 'reshape', [new PyTuple(toShape(value))], null) as PyNdArray;
      this.rebind(r.arr);
      return true;
    }
    if (name === 'real' || name === 'imag') {
      // complex parts are copies in the engine (src/engine/complex.ts), so assignment writes them back
      const v = toArray(value);
      if (name === 'real' && !E.isComplexDType(this.arr.dtype)) guard(() => E.assignArray(this.arr, v));
      else guard(() => E.setComplexPart(this.arr, name === 'real' ? 're' : 'im', v));
      return true;
    }
    throwErr('AttributeError', `'numpy.ndarray' object attribute '${name}' is read-only`);
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue { return arrayBinop(this, op, other, reflected); }
  override inplace(op: string, other: PyValue): PyValue {
    const o = operandOrNull(other);
    if (o === null) return NOT_IMPLEMENTED;
    if (op === 'MatMult') { const r = matmul(this, other) as PyNdArray; arraySetItem(this.arr, new PySlice(null, null, null), r); return this; }
    const name = BINOP_UFUNC[op];
    if (!name) return NOT_IMPLEMENTED;
    guard(() => E.ufunc2(name, this.arr, o, { out: this.arr }));
    return this;
  }
  override compare(op: string, other: PyValue): PyValue { return arrayCompare(this, op, other); }
  override unary(op: string): PyValue { return arrayUnary(this, op); }
  override len(): number {
    if (this.arr.ndim === 0) throwErr('TypeError', 'len() of unsized object');
    return this.arr.shape[0];
  }
  override getitem(key: PyValue): PyValue { return arrayGetItem(this.arr, key); }
  override setitem(key: PyValue, value: PyValue): void { arraySetItem(this.arr, key, value); }
  override iter(): PyIterator {
    if (this.arr.ndim === 0) throwErr('TypeError', 'iteration over a 0-d array');
    let i = 0;
    const n = this.arr.shape[0];
    return new PyIterator(() => (i < n ? arrayGetItem(this.arr, i++) : undefined), 'iterator');
  }
  override bool(): boolean {
    if (this.arr.size !== 1) {
      if (this.arr.size === 0) throwErr('ValueError', 'The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.');
      throwErr('ValueError', 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
    }
    return truthyElement(this.arr.get(0));
  }
  override contains(item: PyValue): boolean {
    return guard(() => truthy(wrap(E.any(E.ufunc2('equal', this.arr, toOperand(item))))));
  }
  override toFloat(): number | undefined {
    if (this.arr.size !== 1) throwErr('TypeError', 'only length-1 arrays can be converted to Python scalars');
    return Number(this.arr.get(0));
  }
  override toNumber(): number | bigint | undefined {
    if (this.arr.size !== 1) throwErr('TypeError', 'only length-1 arrays can be converted to Python scalars');
    const v = this.arr.get(0);
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  override toIndex(): number | undefined {
    if (this.arr.ndim === 0 && E.DTYPES[this.arr.dtype].kind !== 'f' && this.arr.dtype !== 'bool') return Number(this.arr.get(0));
    if (this.arr.ndim === 0 || this.arr.size !== 1) return undefined;
    return undefined;
  }
  override hashKey(): unknown { throwErr('TypeError', "unhashable type: 'numpy.ndarray'"); }
}

function truthyElement(v: E.ElementValue): boolean {
  return typeof v === 'bigint' ? v !== 0n : typeof v === 'boolean' ? v : v !== 0;
}

export function callMethod(a: NDArray, name: string, args: PyValue[], kwargs: Kwargs): PyValue {
  const m = ARRAY_METHODS.get(name);
  if (!m) throwErr('AttributeError', `'numpy.ndarray' object has no attribute '${name}'`);
  return guard(() => m(a, args, kwargs));
}

// ------------------------------------------------------------------------------------------
// NumPy scalars

export class PyNpScalar extends PyNative {
  priority = 5;
  constructor(public arr: NDArray) { super(); }
  pyType(): PyClass { return SCALAR_TYPES.get(this.arr.dtype) ?? T.str; }
  get value(): E.ElementValue { return this.arr.get(0); }
  override repr(): string { return scalarRepr(this.value, this.arr.dtype); }
  override str(): string { return scalarStr(this.value, this.arr.dtype); }
  override format(spec: string): string {
    const v = this.value;
    // NumPy formats a floating scalar as the Python float it converts to, even for an empty
    // spec: f"{np.float32(0.1)}" is 0.10000000149011612, not str()'s 0.1 (QA-8).
    if (spec === '' && typeof v === 'number' && E.DTYPES[this.arr.dtype].kind === 'f') return pyFloatRepr(v);
    if (spec === '') return this.str();
    if ((v as unknown) instanceof E.Complex) return guard(() => formatComplex((v as unknown as E.Complex).re, (v as unknown as E.Complex).im, spec));
    if (typeof v === 'boolean') return guard(() => formatInt(v ? 1n : 0n, spec));
    if (typeof v === 'bigint' || E.DTYPES[this.arr.dtype].kind !== 'f') return guard(() => formatInt(BigInt(v as number | bigint), spec));
    return guard(() => formatFloat(v as number, spec));
  }
  override getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'dtype': return new PyDType(this.arr.dtype);
      case 'shape': return new PyTuple([]);
      case 'ndim': return 0;
      case 'size': return 1;
      case 'itemsize': return this.arr.itemsize;
      case 'nbytes': return this.arr.itemsize;
      case 'real': return E.isComplexDType(this.arr.dtype) ? wrap(E.realPart(this.arr)) : this;
      case 'imag': return wrap(E.imagPart(this.arr));
      case 'T': return this;
      case 'is_integer': return new PyBuiltin('is_integer', () => Number.isInteger(Number(this.value)));
      case '__round__': return new PyBuiltin('__round__', (args) => guard(() => {
        const nd = args.length && args[0] !== null ? toIndex(args[0]) : null;
        const k = E.DTYPES[this.arr.dtype].kind;
        if (nd === null) {
          if (k !== 'f') return normBig(BigInt(this.value as number | bigint));
          const r = E.ufunc1('rint', this.arr).get(0) as number;
          if (!Number.isFinite(r)) throwErr(Number.isNaN(r) ? 'ValueError' : 'OverflowError', Number.isNaN(r) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
          return normBig(BigInt(r));
        }
        if (k !== 'f') return this;
        const f = Math.pow(10, Math.abs(nd));
        const r = nd >= 0 ? E.ufunc2('divide', E.ufunc1('rint', E.ufunc2('multiply', this.arr, f)), f) : E.ufunc2('multiply', E.ufunc1('rint', E.ufunc2('divide', this.arr, f)), f);
        return new PyNpScalar(E.scalarArray(r.get(0), this.arr.dtype));
      }));
    }
    if (ARRAY_METHODS.has(name)) {
      const m = ARRAY_METHODS.get(name)!;
      return new PyBuiltin(name, (args, kwargs) => guard(() => {
        const r = m(this.arr, args, kwargs);
        return r;
      }));
    }
    return undefined;
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue { return arrayBinop(this, op, other, reflected); }
  override compare(op: string, other: PyValue): PyValue { return arrayCompare(this, op, other); }
  override unary(op: string): PyValue { return arrayUnary(this, op); }
  override bool(): boolean { return truthyElement(this.value); }
  override toFloat(): number {
    const v = this.value as unknown;
    if (!(v instanceof E.Complex)) return Number(v);
    warnComplexCast(this.arr, 'float64'); // float(np.complex128(...)) warns, as NumPy's __float__
    return v.re;
  }
  /** complex(x) of a NumPy scalar. */
  toComplex(): [number, number] { const v = this.value as unknown; return v instanceof E.Complex ? [v.re, v.im] : [Number(v), 0]; }
  override toNumber(): number | bigint {
    const v = this.value;
    if ((v as unknown) instanceof E.Complex) return this.toFloat();
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }
  override toIndex(): number | undefined {
    const k = E.DTYPES[this.arr.dtype].kind;
    if (k === 'f' || k === 'b') return undefined;
    return Number(this.value);
  }
  override hashKey(): unknown {
    const v = this.value;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'bigint') return normBig(v);
    return Number.isInteger(v) ? v : 'f' + v;
  }
  override len(): number { throwErr('TypeError', `object of type '${typeName(this)}' has no len()`); }
  override getitem(key: PyValue): PyValue {
    if (key instanceof PyTuple && key.items.length === 0) return this;
    throwErr('IndexError', 'invalid index to scalar variable.');
  }
}

/** np.float64 is a float subclass: let Python float methods see its value. */
export function scalarFloat(v: PyValue): number | undefined { return asFloat(v); }

export function sizeOfDType(d: DType): number { return E.DTYPES[d].itemsize; }

export { T };

registerArrayClasses(PyNdArray, PyNpScalar);
