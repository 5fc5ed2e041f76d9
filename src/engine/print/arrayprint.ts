// str/repr of NumPy arrays, scalars, dtypes and shapes, byte for byte as NumPy 2.4 prints them
// (numpy/_core/arrayprint.py with legacy=False): summarisation with edge items, the nested
// bracket layout with line wrapping at `linewidth`, the `array(..., shape=..., dtype=...)` repr
// and NumPy 2 scalar reprs (`np.float64(0.1)`, `np.True_`). Works on any value with a shape, a
// dtype and C-order element access (`PrintableArray`), so the engine's NDArray fits as is.

import type { DType } from '../../numpy/dtypes';
import { formatPositional, formatScientific, type FloatKind } from './dragon4';
import { BoolFormat, ComplexFloatingFormat, FloatingFormat, IntegerFormat, type ComplexValue } from './formatters';
import { DEFAULT_PRINT_OPTIONS, legacyLevel, type ElementFormatFn, type PrintFormatter, type PrintOptions } from './options';

export type PrintDType = DType;
export type PrintElement = number | bigint | boolean | ComplexValue | string;

/**
 * Str arrays: the engine gives them the dtype 'U<n>' at run time (engine dtype.ts StrDType,
 * outside the static DType union), elements are JS strings printed with Python's repr.
 */
function isStrDType(dtype: PrintDType): boolean {
  const c = dtype.charCodeAt(0);
  return c === 85 || c === 83; // 'U', or 'S' (bytes: elements are strings of char codes 0-255)
}

function isBytesDType(dtype: PrintDType): boolean {
  return dtype.charCodeAt(0) === 83; // 'S'
}

/** Python's repr of a bytes value given as a string of char codes 0-255: b'..' with CPython's escapes. */
export function pyBytesRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = 'b' + q;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i], c = s.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** Python's repr of a str: single quotes unless the text has ' and no ". */
export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += '\\' + q;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** What printing needs from an array: NumPy's NDArray satisfies it structurally. */
export interface PrintableArray {
  readonly shape: readonly number[];
  readonly dtype: PrintDType;
  /** Element at C-order flat index: boolean (bool), bigint (int64/uint64 allowed), number, {re, im}. */
  get(flat: number): PrintElement;
}

function floatKind(dtype: PrintDType): FloatKind | null {
  if (dtype === 'float16' || dtype === 'float32' || dtype === 'float64') return dtype;
  if (dtype === 'complex64') return 'float32';
  if (dtype === 'complex128') return 'float64';
  return null;
}

function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Python's repr of a shape tuple: `()`, `(3,)`, `(2, 3)`. */
export function shapeRepr(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(', ')})`;
}

/** `str(np.dtype(d))` / `dtype.name`. */
export function dtypeStr(dtype: PrintDType): string {
  return isStrDType(dtype) ? `${isBytesDType(dtype) ? '|' : '<'}${dtype}` : dtype;
}

/** `repr(np.dtype(d))`: `dtype('float64')`. */
export function dtypeRepr(dtype: PrintDType): string {
  return `dtype('${isBytesDType(dtype) ? dtype : dtypeStr(dtype)}')`;
}

/** Dtypes whose repr NumPy leaves implicit (`dtype_is_implied`). */
function dtypeIsImplied(dtype: PrintDType): boolean {
  return dtype === 'float64' || dtype === 'int64' || dtype === 'bool' || dtype === 'complex128';
}

type Formatter = (x: PrintElement) => string;

/** The user's `formatter=` callback that applies to `dtype`, if any. */
function userFormatter(dtype: PrintDType, f: PrintFormatter): ElementFormatFn | undefined {
  if (dtype === 'bool') return f.bool ?? f.all;
  if (dtype === 'complex64' || dtype === 'complex128') return f.complexfloat ?? f.complex_kind ?? f.all;
  if (floatKind(dtype) !== null) return f.float ?? f.float_kind ?? f.all;
  return f.int ?? f.int_kind ?? f.all;
}

function makeFormatter(dtype: PrintDType, values: PrintElement[], zeroDim: boolean, opts: PrintOptions): Formatter {
  if (opts.formatter) {
    const user = userFormatter(dtype, opts.formatter);
    if (user) return (x) => user(x as Exclude<PrintElement, string>, dtype);
  }
  if (isStrDType(dtype)) return isBytesDType(dtype) ? (x) => pyBytesRepr(x as string) : (x) => pyStrRepr(x as string);
  if (dtype === 'bool') {
    const f = new BoolFormat(zeroDim);
    return (x) => f.format(x as boolean);
  }
  const kind = floatKind(dtype);
  if (kind === null) {
    const f = new IntegerFormat(values as (number | bigint)[], opts.sign);
    return (x) => f.format(x as number | bigint);
  }
  if (dtype === 'complex64' || dtype === 'complex128') {
    const f = new ComplexFloatingFormat(values as ComplexValue[], kind, opts);
    return (x) => f.format(x as ComplexValue);
  }
  const f = new FloatingFormat(values as number[], kind, opts);
  return (x) => f.format(x as number);
}

/** Index lists per axis that survive summarisation (all indices when not summarising). */
function keptIndices(shape: readonly number[], summarise: boolean, edge: number): number[][] {
  return shape.map((n) => {
    // edgeitems=0 keeps everything: NumPy joins a[:0] with a[-0:], which is the whole axis
    if (summarise && n > 2 * edge && edge > 0) {
      const out: number[] = [];
      for (let i = 0; i < edge; i++) out.push(i);
      for (let i = n - edge; i < n; i++) out.push(i);
      return out;
    }
    return Array.from({ length: n }, (_, i) => i);
  });
}

function cStrides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    s[k] = acc;
    acc *= shape[k];
  }
  return s;
}

function gatherValues(a: PrintableArray, kept: number[][], strides: number[]): PrintElement[] {
  const out: PrintElement[] = [];
  const nd = kept.length;
  if (nd === 0) return [a.get(0)];
  const walk = (axis: number, base: number) => {
    const idx = kept[axis];
    const st = strides[axis];
    if (axis === nd - 1) for (const i of idx) out.push(a.get(base + i * st));
    else for (const i of idx) walk(axis + 1, base + i * st);
  };
  walk(0, 0);
  return out;
}

/** Python's str.splitlines() for the line breaks a formatter may produce. */
function splitLines(s: string): string[] {
  const parts = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function rstrip(s: string): string {
  return s.replace(/\s+$/, '');
}

/** `np.array2string` core: the bracketed body with wrapping (no `array(` wrapper). */
export function array2string(
  a: PrintableArray,
  opts: PrintOptions = DEFAULT_PRINT_OPTIONS,
  separator = ' ',
  prefix = '',
  suffix = '',
): string {
  const lineWidth = opts.linewidth - suffix.length;
  const shape = a.shape;
  const size = sizeOf(shape);
  if (size === 0) return '[]';
  const summarise = size > opts.threshold;
  const edge = opts.edgeitems;
  const strides = cStrides(shape);
  const values = gatherValues(a, keptIndices(shape, summarise, edge), strides);
  const fmt = makeFormatter(a.dtype, values, shape.length === 0, opts);
  const nextLinePrefix = ' ' + ' '.repeat(prefix.length);
  const summaryInsert = summarise ? '...' : '';
  const nd = shape.length;
  const sepStripped = rstrip(separator);

  const extendLine = (s: string, line: string, word: string, width: number, linePrefix: string): [string, string] => {
    let needsWrap = line.length + word.length > width;
    if (line.length <= linePrefix.length) needsWrap = false;
    if (needsWrap) {
      s += rstrip(line) + '\n';
      line = linePrefix;
    }
    return [s, line + word];
  };
  // multi-line words (from a user formatter) keep their lines aligned under the first one
  const extendLinePretty = (s: string, line: string, word: string, width: number, linePrefix: string): [string, string] => {
    const words = splitLines(word);
    if (words.length <= 1) return extendLine(s, line, word, width, linePrefix);
    const maxLen = Math.max(...words.map((w) => w.length));
    let indent: string;
    if (line.length + maxLen > width && line.length > linePrefix.length) {
      s += rstrip(line) + '\n';
      line = linePrefix + words[0];
      indent = linePrefix;
    } else {
      indent = ' '.repeat(line.length);
      line += words[0];
    }
    for (const w of words.slice(1)) {
      s += rstrip(line) + '\n';
      line = indent + w;
    }
    line += ' '.repeat(maxLen - words[words.length - 1].length);
    return [s, line];
  };

  const recurse = (axis: number, base: number, hangingIndent: string, currWidth: number): string => {
    if (axis === nd) return fmt(a.get(base));
    const nextHanging = hangingIndent + ' ';
    const nextWidth = currWidth - 1;
    const len = shape[axis];
    const st = strides[axis];
    const showSummary = summarise && 2 * edge < len;
    const leading = showSummary ? edge : 0;
    const trailing = showSummary ? edge : len;
    const axesLeft = nd - axis;
    let s = '';
    if (axesLeft === 1) {
      const elemWidth = currWidth - Math.max(sepStripped.length, 1);
      let line = hangingIndent;
      for (let i = 0; i < leading; i++) {
        const word = recurse(axis + 1, base + i * st, nextHanging, nextWidth);
        [s, line] = extendLinePretty(s, line, word, elemWidth, hangingIndent);
        line += separator;
      }
      if (showSummary) {
        [s, line] = extendLine(s, line, summaryInsert, elemWidth, hangingIndent);
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        const word = recurse(axis + 1, base + (len - i) * st, nextHanging, nextWidth);
        [s, line] = extendLinePretty(s, line, word, elemWidth, hangingIndent);
        line += separator;
      }
      const word = recurse(axis + 1, base + (len - 1) * st, nextHanging, nextWidth);
      [s, line] = extendLinePretty(s, line, word, elemWidth, hangingIndent);
      s += line;
    } else {
      const lineSep = sepStripped + '\n'.repeat(axesLeft - 1);
      for (let i = 0; i < leading; i++) {
        s += hangingIndent + recurse(axis + 1, base + i * st, nextHanging, nextWidth) + lineSep;
      }
      if (showSummary) s += hangingIndent + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) {
        s += hangingIndent + recurse(axis + 1, base + (len - i) * st, nextHanging, nextWidth) + lineSep;
      }
      s += hangingIndent + recurse(axis + 1, base + (len - 1) * st, nextHanging, nextWidth);
    }
    return '[' + s.slice(hangingIndent.length) + ']';
  };
  return recurse(0, 0, nextLinePrefix, lineWidth);
}

/** `str(arr)` (`np.array_str`). 0-d arrays print as their scalar. */
export function arrayStr(a: PrintableArray, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (a.shape.length === 0) return scalarStr(a.get(0), a.dtype, opts);
  return array2string(a, opts, ' ', '');
}

/** `repr(arr)` (`np.array_repr`): `array([...], shape=(...), dtype=...)`. */
export function arrayRepr(a: PrintableArray, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  const prefix = 'array(';
  const body = array2string(a, opts, ', ', prefix, ')');
  const size = sizeOf(a.shape);
  const extras: string[] = [];
  const isShape0 = a.shape.length === 1 && a.shape[0] === 0;
  if ((size === 0 && !isShape0) || (legacyLevel(opts) > 210 && size > opts.threshold)) extras.push(`shape=${shapeRepr(a.shape)}`);
  if (isStrDType(a.dtype)) extras.push(`dtype='${dtypeStr(a.dtype)}'`);
  else if (!dtypeIsImplied(a.dtype) || size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return prefix + body + ')';
  const arrStr = prefix + body + ',';
  const extraStr = extras.join(', ') + ')';
  const lastLineLen = arrStr.length - (arrStr.lastIndexOf('\n') + 1);
  const spacer = lastLineLen + extraStr.length + 1 > opts.linewidth ? '\n' + ' '.repeat(prefix.length) : ' ';
  return arrStr + spacer + extraStr;
}

/** Magnitude below which NumPy scalars print positionally (float16 1e3, float32 1e6, float64 1e16). */
const SCALAR_POSITIONAL_MAX: Record<FloatKind, number> = { float16: 1e3, float32: 1e6, float64: 1e16 };

/** `str()` of a NumPy float scalar of dtype `kind`: shortest digits, '1.0', '1e+16', 'nan'. */
export function floatScalarStr(x: number, kind: FloatKind, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const ax = Math.abs(x);
  const positionalMax = legacyLevel(opts) <= 202 ? 1e16 : SCALAR_POSITIONAL_MAX[kind];
  if (ax === 0 || (ax >= 1e-4 && ax < positionalMax)) {
    return formatPositional(x, kind, { trim: '0' });
  }
  return formatScientific(x, kind, { trim: '-' });
}

function complexScalarPart(x: number, kind: FloatKind, opts: PrintOptions): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  const ax = Math.abs(x);
  const positionalMax = legacyLevel(opts) <= 202 ? 1e16 : SCALAR_POSITIONAL_MAX[kind];
  if (ax === 0 || (ax >= 1e-4 && ax < positionalMax)) {
    return formatPositional(x, kind, { trim: '-' });
  }
  return formatScientific(x, kind, { trim: '-' });
}

/** `str()` of a NumPy scalar with the given dtype (print options matter only for `legacy`). */
export function scalarStr(v: PrintElement, dtype: PrintDType, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (isStrDType(dtype)) return isBytesDType(dtype) ? pyBytesRepr(v as string) : (v as string);
  if (dtype === 'bool') return v ? 'True' : 'False';
  const kind = floatKind(dtype);
  if (kind === null) return String(v);
  if (typeof v === 'object') {
    const im = complexScalarPart(v.im, kind, opts);
    const imText = (im.startsWith('-') ? '' : '+') + im + 'j';
    if (v.re === 0 && !Object.is(v.re, -0)) return im + 'j';
    return `(${complexScalarPart(v.re, kind, opts)}${imText})`;
  }
  return floatScalarStr(v as number, kind, opts);
}

/** `repr()` of a NumPy scalar: `np.float64(0.1)`, `np.int64(3)`, `np.True_` (legacy <= 1.25: str). */
export function scalarRepr(v: PrintElement, dtype: PrintDType, opts: PrintOptions = DEFAULT_PRINT_OPTIONS): string {
  if (legacyLevel(opts) <= 125) return scalarStr(v, dtype, opts);
  if (dtype === 'bool') return v ? 'np.True_' : 'np.False_';
  if (isStrDType(dtype)) return isBytesDType(dtype) ? `np.bytes_(${pyBytesRepr(v as string)})` : `np.str_(${pyStrRepr(v as string)})`;
  let text = scalarStr(v, dtype, opts);
  if (typeof v === 'object' && text.startsWith('(')) text = text.slice(1, -1);
  return `np.${dtype}(${text})`;
}

/** Keyword arguments of `np.format_float_positional` / `np.format_float_scientific`. */
export interface FormatFloatKwargs {
  precision?: number | null;
  unique?: boolean;
  fractional?: boolean;
  trim?: 'k' | '.' | '0' | '-';
  sign?: boolean;
  pad_left?: number | null;
  pad_right?: number | null;
  exp_digits?: number | null;
  min_digits?: number | null;
}

/** Raised for invalid keyword values, with NumPy's ValueError text. */
export class FormatFloatError extends Error {
  readonly pyType = 'ValueError';
}

function noneOrPositive(x: number | null | undefined, name: string): number {
  if (x === null || x === undefined) return -1;
  if (x < 0) throw new FormatFloatError(`${name} must be >= 0`);
  return x;
}

/** `np.format_float_positional(x, **kw)` for a value of float dtype `kind`. */
export function npFormatFloatPositional(x: number, kind: FloatKind, kw: FormatFloatKwargs = {}): string {
  const precision = noneOrPositive(kw.precision, 'precision');
  const padLeft = noneOrPositive(kw.pad_left, 'pad_left');
  const padRight = noneOrPositive(kw.pad_right, 'pad_right');
  const minDigits = noneOrPositive(kw.min_digits, 'min_digits');
  const fractional = kw.fractional ?? true;
  if (!fractional && precision === 0) throw new FormatFloatError('precision must be greater than 0 if fractional=False');
  if (minDigits > 0 && precision > 0 && minDigits > precision) {
    throw new FormatFloatError('min_digits must be less than or equal to precision');
  }
  return formatPositional(x, kind, {
    precision,
    unique: kw.unique ?? true,
    fractional,
    trim: kw.trim ?? 'k',
    sign: kw.sign ?? false,
    padLeft,
    padRight,
    minDigits,
  });
}

/** `np.format_float_scientific(x, **kw)` for a value of float dtype `kind`. */
export function npFormatFloatScientific(x: number, kind: FloatKind, kw: FormatFloatKwargs = {}): string {
  const precision = noneOrPositive(kw.precision, 'precision');
  const padLeft = noneOrPositive(kw.pad_left, 'pad_left');
  const expDigits = noneOrPositive(kw.exp_digits, 'exp_digits');
  const minDigits = noneOrPositive(kw.min_digits, 'min_digits');
  if (minDigits > 0 && precision > 0 && minDigits > precision) {
    throw new FormatFloatError('min_digits must be less than or equal to precision');
  }
  return formatScientific(x, kind, {
    precision,
    unique: kw.unique ?? true,
    trim: kw.trim ?? 'k',
    sign: kw.sign ?? false,
    padLeft,
    expDigits,
    minDigits,
  });
}
