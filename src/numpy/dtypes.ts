// NumPy dtypes and every dtype rule: properties (kind, itemsize, name), casting (`can_cast`
// with each casting mode), promotion (`promote_types`, `result_type` with NEP 50 weak Python
// scalars), ufunc loop resolution by name (NumPy's own loop lists, searched the way its type
// resolver does), the result dtype of reductions, and the casting checks of `out=` and
// in-place operators. Everything is pure and returns NumPy's own error texts.
// Not modelled: longdouble/clongdouble, datetime, strings, objects, structured dtypes.
import { fail, ok, type RuleResult } from './errors';

export type DType =
  | 'bool'
  | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint8' | 'uint16' | 'uint32' | 'uint64'
  | 'float16' | 'float32' | 'float64'
  | 'complex64' | 'complex128';

/** NumPy's kind characters: b bool, i signed, u unsigned, f float, c complex. */
export type DTypeKind = 'b' | 'i' | 'u' | 'f' | 'c';

export interface DTypeInfo {
  readonly name: DType;
  readonly kind: DTypeKind;
  /** Bytes per element (`dtype.itemsize`). */
  readonly itemsize: number;
  /** The type character (`dtype.char`): `?bhilqBHILQefdFD` subset. */
  readonly char: string;
  /** `str(dtype)` as NumPy shows it, e.g. `<f8` is `dtype.str`. */
  readonly str: string;
}

export const DTYPES: readonly DType[] = [
  'bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
  'float16', 'float32', 'float64', 'complex64', 'complex128',
];

const INFO: Record<DType, DTypeInfo> = {
  bool: { name: 'bool', kind: 'b', itemsize: 1, char: '?', str: '|b1' },
  int8: { name: 'int8', kind: 'i', itemsize: 1, char: 'b', str: '|i1' },
  int16: { name: 'int16', kind: 'i', itemsize: 2, char: 'h', str: '<i2' },
  int32: { name: 'int32', kind: 'i', itemsize: 4, char: 'i', str: '<i4' },
  int64: { name: 'int64', kind: 'i', itemsize: 8, char: 'l', str: '<i8' },
  uint8: { name: 'uint8', kind: 'u', itemsize: 1, char: 'B', str: '|u1' },
  uint16: { name: 'uint16', kind: 'u', itemsize: 2, char: 'H', str: '<u2' },
  uint32: { name: 'uint32', kind: 'u', itemsize: 4, char: 'I', str: '<u4' },
  uint64: { name: 'uint64', kind: 'u', itemsize: 8, char: 'L', str: '<u8' },
  float16: { name: 'float16', kind: 'f', itemsize: 2, char: 'e', str: '<f2' },
  float32: { name: 'float32', kind: 'f', itemsize: 4, char: 'f', str: '<f4' },
  float64: { name: 'float64', kind: 'f', itemsize: 8, char: 'd', str: '<f8' },
  complex64: { name: 'complex64', kind: 'c', itemsize: 8, char: 'F', str: '<c8' },
  complex128: { name: 'complex128', kind: 'c', itemsize: 16, char: 'D', str: '<c16' },
};

export function dtypeInfo(dt: DType): DTypeInfo {
  return INFO[dt];
}

export function dtypeKind(dt: DType): DTypeKind {
  return INFO[dt].kind;
}

export function itemsize(dt: DType): number {
  return INFO[dt].itemsize;
}

export function isIntegerDType(dt: DType): boolean {
  const k = INFO[dt].kind;
  return k === 'i' || k === 'u';
}

export function isFloatingDType(dt: DType): boolean {
  return INFO[dt].kind === 'f';
}

export function isComplexDType(dt: DType): boolean {
  return INFO[dt].kind === 'c';
}

/** `repr(np.dtype(dt))`, as it appears in messages: `dtype('float64')`. */
export function dtypeRepr(dt: DType): string {
  return `dtype('${dt}')`;
}

const CHAR_TO_DTYPE: Record<string, DType> = {
  '?': 'bool', b: 'int8', h: 'int16', i: 'int32', l: 'int64', q: 'int64', p: 'int64',
  B: 'uint8', H: 'uint16', I: 'uint32', L: 'uint64', Q: 'uint64', P: 'uint64',
  e: 'float16', f: 'float32', d: 'float64', F: 'complex64', D: 'complex128',
};

const ALIASES: Record<string, DType> = {
  bool: 'bool', bool_: 'bool', bool8: 'bool', b1: 'bool',
  int: 'int64', int_: 'int64', intp: 'int64', long: 'int64', longlong: 'int64', int0: 'int64',
  byte: 'int8', short: 'int16', intc: 'int32',
  ubyte: 'uint8', ushort: 'uint16', uintc: 'uint32', uint: 'uint64', uintp: 'uint64', ulong: 'uint64', ulonglong: 'uint64',
  float: 'float64', double: 'float64', float_: 'float64', single: 'float32', half: 'float16',
  complex: 'complex128', cdouble: 'complex128', complex_: 'complex128', csingle: 'complex64', cfloat: 'complex128',
  i1: 'int8', i2: 'int16', i4: 'int32', i8: 'int64', u1: 'uint8', u2: 'uint16', u4: 'uint32', u8: 'uint64',
  f2: 'float16', f4: 'float32', f8: 'float64', c8: 'complex64', c16: 'complex128',
};

/**
 * The dtype a name denotes, as `np.dtype(name)` resolves it: `'float64'`, `'f8'`, `'<f8'`,
 * `'float'` (Python's type), `'int'`, `'d'`, `'int_'`. Undefined for anything not modelled.
 */
export function parseDType(name: string): DType | undefined {
  const n = name.trim();
  if ((DTYPES as readonly string[]).includes(n)) return n as DType;
  if (n.length === 1 && CHAR_TO_DTYPE[n]) return CHAR_TO_DTYPE[n];
  const stripped = n.replace(/^[<=|]/, '');
  if (ALIASES[stripped]) return ALIASES[stripped];
  if (stripped.length === 1 && CHAR_TO_DTYPE[stripped]) return CHAR_TO_DTYPE[stripped];
  return undefined;
}

// ---------------------------------------------------------------- casting

export type Casting = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';

const KIND_ORDER: Record<DTypeKind, number> = { b: 0, u: 1, i: 2, f: 3, c: 4 };

function canCastSafely(from: DType, to: DType): boolean {
  if (from === to) return true;
  const a = INFO[from], b = INFO[to];
  switch (a.kind) {
    case 'b':
      return true;
    case 'u':
      if (b.kind === 'u') return b.itemsize >= a.itemsize;
      if (b.kind === 'i') return b.itemsize > a.itemsize;
      if (b.kind === 'f') return b.itemsize > a.itemsize || b.itemsize === 8;
      if (b.kind === 'c') return b.itemsize / 2 > a.itemsize || b.itemsize === 16;
      return false;
    case 'i':
      if (b.kind === 'i') return b.itemsize >= a.itemsize;
      if (b.kind === 'f') return b.itemsize > a.itemsize || b.itemsize === 8;
      if (b.kind === 'c') return b.itemsize / 2 > a.itemsize || b.itemsize === 16;
      return false;
    case 'f':
      if (b.kind === 'f') return b.itemsize >= a.itemsize;
      if (b.kind === 'c') return b.itemsize / 2 >= a.itemsize;
      return false;
    case 'c':
      return b.kind === 'c' && b.itemsize >= a.itemsize;
  }
}

/** `np.can_cast(from, to, casting)` for dtypes. */
export function canCast(from: DType, to: DType, casting: Casting = 'safe'): boolean {
  switch (casting) {
    case 'no':
    case 'equiv':
      return from === to;
    case 'safe':
      return canCastSafely(from, to);
    case 'same_kind':
      return canCastSafely(from, to) || KIND_ORDER[INFO[from].kind] <= KIND_ORDER[INFO[to].kind];
    case 'unsafe':
      return true;
  }
}

// ---------------------------------------------------------------- promotion

const PROMOTION_SEARCH: readonly DType[] = ['int16', 'int32', 'int64', 'float16', 'float32', 'float64', 'complex64', 'complex128'];

/** `np.promote_types(a, b)`: the smallest dtype both cast to safely. */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  if (canCastSafely(a, b)) return b;
  if (canCastSafely(b, a)) return a;
  for (const t of PROMOTION_SEARCH) if (canCastSafely(a, t) && canCastSafely(b, t)) return t;
  return 'complex128';
}

/** A Python scalar (NEP 50 "weak"): it adapts to the array dtype it meets. */
export interface WeakScalar {
  readonly weak: 'bool' | 'int' | 'float' | 'complex';
  /** The value when known; a Python int out of the resolved dtype's range raises OverflowError. */
  readonly value?: number | bigint;
}

/** An operand of a dtype rule: an array or NumPy scalar's dtype, or a Python scalar. */
export type Operand = DType | WeakScalar;

export function weakScalar(kind: WeakScalar['weak'], value?: number | bigint): WeakScalar {
  return value === undefined ? { weak: kind } : { weak: kind, value };
}

export function isWeak(o: Operand): o is WeakScalar {
  return typeof o !== 'string';
}

const WEAK_ORDER = { bool: 0, int: 1, float: 2, complex: 3 } as const;
const WEAK_DEFAULT: Record<WeakScalar['weak'], DType> = { bool: 'bool', int: 'int64', float: 'float64', complex: 'complex128' };

/** The dtype a Python scalar gets on its own (`np.asarray(1.0).dtype`). */
export function weakDefaultDType(w: WeakScalar): DType {
  return WEAK_DEFAULT[w.weak];
}

/** Combines a strong dtype with the highest weak kind, per NEP 50. */
function combineWeak(strong: DType, weak: WeakScalar['weak']): DType {
  const k = INFO[strong].kind;
  switch (weak) {
    case 'bool':
      return strong;
    case 'int':
      return k === 'b' ? 'int64' : strong;
    case 'float':
      return k === 'f' || k === 'c' ? strong : 'float64';
    case 'complex':
      if (k === 'c') return strong;
      if (strong === 'float16' || strong === 'float32') return 'complex64';
      return 'complex128';
  }
}

const CATEGORY: Record<DTypeKind, number> = { b: 0, u: 1, i: 1, f: 2, c: 3 };

/**
 * Promotion of several dtypes at once, which is not pairwise left to right: NumPy lets the
 * "most knowledgeable" dtype (the largest of the highest kind: complex over float over
 * integers) promote with each of the others, then combines those results. So
 * `result_type(int8, uint8, float16)` is float16 although `(int8+uint8)+float16` is float32.
 */
export function promoteSequence(dtypes: readonly DType[]): DType {
  let top = 0;
  for (const d of dtypes) top = Math.max(top, CATEGORY[INFO[d].kind]);
  if (top < 2) return dtypes.reduce((a, b) => promoteTypes(a, b));
  const main = dtypes.filter((d) => CATEGORY[INFO[d].kind] === top).reduce((a, b) => promoteTypes(a, b));
  let r = main;
  for (const d of dtypes) r = promoteTypes(r, promoteTypes(main, d));
  return r;
}

/** `np.result_type(*operands)` with NEP 50 weak Python scalars. */
export function resultType(...operands: Operand[]): DType {
  const strongs: DType[] = [];
  let weak: WeakScalar['weak'] | undefined;
  for (const o of operands) {
    if (typeof o === 'string') strongs.push(o);
    else if (weak === undefined || WEAK_ORDER[o.weak] > WEAK_ORDER[weak]) weak = o.weak;
  }
  const strong = strongs.length === 0 ? undefined : promoteSequence(strongs);
  if (strong === undefined) return weak === undefined ? 'float64' : WEAK_DEFAULT[weak];
  return weak === undefined ? strong : combineWeak(strong, weak);
}

const INT_RANGE: Partial<Record<DType, [bigint, bigint]>> = {
  int8: [-128n, 127n], int16: [-32768n, 32767n], int32: [-2147483648n, 2147483647n],
  int64: [-9223372036854775808n, 9223372036854775807n],
  uint8: [0n, 255n], uint16: [0n, 65535n], uint32: [0n, 4294967295n], uint64: [0n, 18446744073709551615n],
};

/**
 * NumPy's check when a Python int meets an integer dtype: `Python integer 1000 out of bounds
 * for int8` (OverflowError). Floats and bools always fit.
 */
export function checkPythonIntFits(value: number | bigint, dt: DType): RuleResult<true> {
  const range = INT_RANGE[dt];
  if (!range) return ok(true);
  if (typeof value === 'number' && !Number.isInteger(value)) return ok(true);
  const v = BigInt(value);
  if (v < range[0] || v > range[1]) return fail('OverflowError', `Python integer ${v} out of bounds for ${dt}`);
  return ok(true);
}
