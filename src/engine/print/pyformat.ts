// Python's number and string formatting, as CPython 3.11 does it: float repr/str (shortest
// round-trip digits, scientific outside 1e-4 <= |x| < 1e16), int str, complex repr, the
// format-spec mini-language of format()/str.format/f-strings for int, float and str
// (fill/align/sign/z/#/0/width/grouping/precision/type), and printf-style `%` formatting.
// Errors carry the Python exception type and CPython's message (PyFormatError); the
// interpreter raises them as Python exceptions. The 'n' (locale) type behaves as in the C locale.

import { exactDigits, formatPositional, formatScientific, shortestDigits } from './dragon4';

export type PyErrorType = 'ValueError' | 'TypeError' | 'OverflowError' | 'KeyError';

/** A Python exception raised by formatting: its type name and CPython's message. */
export class PyFormatError extends Error {
  constructor(
    readonly pyType: PyErrorType,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

// ---------------------------------------------------------------------------------------------
// repr / str

/** Builds d.ddde±XX from a digit run (at least 2 exponent digits, as Python and NumPy print). */
function sciFromDigits(digits: string, exponent: number, minFrac: number, keepPoint: boolean): string {
  let frac = digits.slice(1);
  if (frac.length < minFrac) frac += '0'.repeat(minFrac - frac.length);
  const mant = digits[0] + (frac.length > 0 || keepPoint ? '.' + frac : '');
  const e = Math.abs(exponent);
  return mant + 'e' + (exponent < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
}

/** Positional text of a digit run with at least `minFrac` fraction digits. */
function fixedFromDigits(digits: string, exponent: number, minFrac: number, keepPoint: boolean): string {
  let whole: string;
  let frac: string;
  if (exponent >= 0) {
    if (digits.length <= exponent + 1) {
      whole = digits + '0'.repeat(exponent + 1 - digits.length);
      frac = '';
    } else {
      whole = digits.slice(0, exponent + 1);
      frac = digits.slice(exponent + 1);
    }
  } else {
    whole = '0';
    frac = '0'.repeat(-exponent - 1) + digits;
  }
  if (frac.length < minFrac) frac += '0'.repeat(minFrac - frac.length);
  return frac.length > 0 || keepPoint ? whole + '.' + frac : whole;
}

function specialText(x: number, upper: boolean): string | null {
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  if (x === Infinity) return upper ? 'INF' : 'inf';
  if (x === -Infinity) return upper ? '-INF' : '-inf';
  return null;
}

/** `repr(x)` (and `str(x)`) of a Python float. */
export function pyFloatRepr(x: number): string {
  const special = specialText(x, false);
  if (special !== null) return special;
  const neg = x < 0 || Object.is(x, -0);
  const run = shortestDigits(Math.abs(x), 'float64');
  const decpt = run.exponent + 1;
  const body =
    decpt <= -4 || decpt > 16
      ? sciFromDigits(run.digits, run.exponent, 0, false)
      : fixedFromDigits(run.digits, run.exponent, 1, true);
  return (neg ? '-' : '') + body;
}

/** CPython's default `sys.get_int_max_str_digits()`. */
const INT_MAX_STR_DIGITS = 4300;

/** Decimal text of an int, with CPython's limit on the digits of int-to-str conversion. */
function decimalDigits(n: bigint): string {
  const s = (n < 0n ? -n : n).toString();
  if (s.length > INT_MAX_STR_DIGITS) {
    throw new PyFormatError(
      'ValueError',
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

/** `str(n)` of a Python int (ValueError beyond 4300 digits, as CPython). */
export function pyIntStr(n: bigint | number): string {
  const b = typeof n === 'bigint' ? n : BigInt(n);
  const digits = decimalDigits(b);
  return b < 0n ? '-' + digits : digits;
}

/** Python's repr of a float inside a complex: repr digits without a trailing '.0'. */
function complexPart(x: number): string {
  const r = pyFloatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

/** `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`. */
export function pyComplexRepr(re: number, im: number): string {
  const imText = complexPart(im);
  if (re === 0 && !Object.is(re, -0)) return imText + 'j';
  const reText = complexPart(re);
  const sign = imText.startsWith('-') ? '' : '+';
  return `(${reText}${sign}${imText}j)`;
}

// ---------------------------------------------------------------------------------------------
// format-spec mini-language

export interface FormatSpec {
  fill: string;
  /** '<', '>', '^', '=' or '' (the type's default). */
  align: string;
  /** '+', '-', ' ' or ''. */
  sign: string;
  /** 'z': negative zero after rounding prints as positive zero. */
  noNegZero: boolean;
  alternate: boolean;
  /** True when the '0' flag set the fill (zero padding after the sign). */
  zeroPad: boolean;
  width: number;
  /** ',' or '_' or ''. */
  grouping: string;
  /** -1 when absent. */
  precision: number;
  /** The presentation type character or '' when absent. */
  type: string;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Parses a format spec the way CPython does; `typeName` and `defaultAlign` shape errors/defaults. */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: '<' | '>', defaultType = ''): FormatSpec {
  const out: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNegZero: false,
    alternate: false,
    zeroPad: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: '',
  };
  const chars = Array.from(spec);
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';
  if (chars.length >= 2 && isAlign(chars[1])) {
    out.fill = chars[0];
    out.align = chars[1];
    fillSpecified = true;
    alignSpecified = true;
    pos = 2;
  } else if (chars.length >= 1 && isAlign(chars[0])) {
    out.align = chars[0];
    alignSpecified = true;
    pos = 1;
  }
  if (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ') out.sign = chars[pos++];
  if (chars[pos] === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (chars[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  if (chars[pos] === '0' && !fillSpecified) {
    out.fill = '0';
    out.zeroPad = true;
    if (!alignSpecified && defaultAlign === '>') out.align = '=';
    pos++;
  }
  let start = pos;
  while (isDigit(chars[pos])) pos++;
  if (pos > start) out.width = parseInt(chars.slice(start, pos).join(''), 10);
  if (chars[pos] === ',') {
    out.grouping = ',';
    pos++;
  } else if (chars[pos] === '_') {
    out.grouping = '_';
    pos++;
  }
  if (out.grouping && (chars[pos] === ',' || chars[pos] === '_') && chars[pos] !== out.grouping) {
    throw new PyFormatError('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (chars[pos] === '.') {
    pos++;
    start = pos;
    while (isDigit(chars[pos])) pos++;
    if (pos === start) throw new PyFormatError('ValueError', 'Format specifier missing precision');
    out.precision = parseInt(chars.slice(start, pos).join(''), 10);
  }
  if (chars.length - pos > 1) {
    throw new PyFormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (chars.length - pos === 1) out.type = chars[pos];
  if (out.grouping) {
    const t = out.type || defaultType;
    const ok =
      t === '' || 'deEfFgG%'.includes(t) || (out.grouping === '_' && 'boxX'.includes(t));
    if (!ok) {
      throw new PyFormatError('ValueError', `Cannot specify '${out.grouping}' with '${t}'.`);
    }
  }
  return out;
}

/** Inserts grouping separators, zero-padding to `minWidth` the way CPython does for '0' fill. */
function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  if (!sep) {
    return digits.length < minWidth ? '0'.repeat(minWidth - digits.length) + digits : digits;
  }
  const groups: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  let mw = minWidth;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, mw, 1));
    const nz = Math.max(0, l - remaining);
    const nc = Math.max(0, Math.min(remaining, l));
    groups.push('0'.repeat(nz) + digits.slice(pos - nc, pos));
    pos -= nc;
    remaining -= nc;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= 1;
  }
  return groups.reverse().join(sep);
}

/**
 * Lays out a number: sign, prefix ('0x'), integer digits (grouped), the rest (fraction, exponent,
 * '%'), padded to the spec's width with its fill and alignment.
 */
function layoutNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, rest: string, groupSize: number): string {
  const signText = negative ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  const lead = signText + prefix;
  let minWidth = 0;
  if (spec.fill === '0' && spec.align === '=') minWidth = spec.width - lead.length - rest.length;
  const grouped = digits === '' ? '' : groupDigits(digits, spec.grouping, groupSize, spec.grouping ? minWidth : 0);
  const body = grouped + rest;
  const total = lead.length + body.length;
  const pad = spec.width - total;
  if (pad <= 0) return lead + body;
  const fill = spec.fill.repeat(pad);
  switch (spec.align) {
    case '<':
      return lead + body + fill;
    case '^': {
      const left = Math.floor(pad / 2);
      return spec.fill.repeat(left) + lead + body + spec.fill.repeat(pad - left);
    }
    case '=':
      return lead + fill + body;
    default:
      return fill + lead + body;
  }
}

function padString(s: string, spec: FormatSpec): string {
  const len = Array.from(s).length;
  const pad = spec.width - len;
  if (pad <= 0) return s;
  switch (spec.align) {
    case '>':
      return spec.fill.repeat(pad) + s;
    case '^': {
      const left = Math.floor(pad / 2);
      return spec.fill.repeat(left) + s + spec.fill.repeat(pad - left);
    }
    default:
      return s + spec.fill.repeat(pad);
  }
}

/** `format(s, spec)` for a str. */
export function formatStr(s: string, specText: string): string {
  if (specText === '') return s;
  const spec = parseFormatSpec(specText, 'str', '<', 's');
  if (spec.type !== '' && spec.type !== 's') {
    throw new PyFormatError('ValueError', `Unknown format code '${spec.type}' for object of type 'str'`);
  }
  if (spec.sign === ' ') throw new PyFormatError('ValueError', 'Space not allowed in string format specifier');
  if (spec.sign) throw new PyFormatError('ValueError', 'Sign not allowed in string format specifier');
  if (spec.alternate) throw new PyFormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw new PyFormatError('ValueError', "'=' alignment not allowed in string format specifier");
  if (spec.grouping) throw new PyFormatError('ValueError', `Cannot specify '${spec.grouping}' with 's'.`);
  let text = s;
  if (spec.precision >= 0) text = Array.from(text).slice(0, spec.precision).join('');
  return padString(text, spec);
}

/** `format(n, spec)` for a Python int (bool callers pass 0n/1n; empty spec is the caller's str). */
export function formatInt(n: bigint, specText: string): string {
  if (specText === '') return pyIntStr(n);
  const spec = parseFormatSpec(specText, 'int', '>', 'd');
  const t = spec.type;
  if ('eEfFgG%'.includes(t) && t !== '') {
    const x = Number(n);
    if (!Number.isFinite(x)) throw new PyFormatError('OverflowError', 'int too large to convert to float');
    return formatFloatWithSpec(x, spec);
  }
  if (!['', 'd', 'n', 'b', 'o', 'x', 'X', 'c'].includes(t)) {
    throw new PyFormatError('ValueError', `Unknown format code '${t}' for object of type 'int'`);
  }
  if (spec.precision >= 0) throw new PyFormatError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.noNegZero) throw new PyFormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (t === 'c') {
    if (spec.sign) throw new PyFormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw new PyFormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (n < 0n || n > 0x10ffffn) throw new PyFormatError('OverflowError', '%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(n));
    return layoutNumber(spec, false, '', ch, '', 3);
  }
  const negative = n < 0n;
  const mag = negative ? -n : n;
  let digits: string;
  let prefix = '';
  let groupSize = 3;
  switch (t) {
    case 'b':
      digits = mag.toString(2);
      prefix = '0b';
      groupSize = 4;
      break;
    case 'o':
      digits = mag.toString(8);
      prefix = '0o';
      groupSize = 4;
      break;
    case 'x':
      digits = mag.toString(16);
      prefix = '0x';
      groupSize = 4;
      break;
    case 'X':
      digits = mag.toString(16).toUpperCase();
      prefix = '0X';
      groupSize = 4;
      break;
    default:
      digits = decimalDigits(mag);
  }
  return layoutNumber(spec, negative, spec.alternate ? prefix : '', digits, '', groupSize);
}

/** Rounds to `p` significant digits (p >= 1): the digit run, padded to p digits. */
function sigDigits(x: number, p: number): { digits: string; exponent: number } {
  const run = exactDigits(x, 'float64', p, false);
  let digits = run.digits;
  if (x === 0) return { digits: '0'.repeat(p), exponent: 0 };
  if (digits.length < p) digits += '0'.repeat(p - digits.length);
  return { digits, exponent: run.exponent };
}

/** Strips trailing fraction zeros (and a bare point) of a mantissa text. */
function stripZeros(s: string): string {
  if (!s.includes('.')) return s;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s[end - 1] === '.') end--;
  return s.slice(0, end);
}

/** The digits-and-rest text of |x| for one presentation type (no sign, no padding). */
function floatBody(ax: number, type: string, precision: number, alternate: boolean): string {
  switch (type) {
    case 'f':
    case 'F':
    case '%': {
      const p = precision < 0 ? 6 : precision;
      return formatPositional(ax, 'float64', { precision: p, unique: false, trim: p === 0 && !alternate ? '-' : 'k' });
    }
    case 'e':
    case 'E': {
      const p = precision < 0 ? 6 : precision;
      const s = formatScientific(ax, 'float64', { precision: p, unique: false, trim: p === 0 && !alternate ? '-' : 'k' });
      return type === 'E' ? s.toUpperCase() : s;
    }
    case 'g':
    case 'G':
    case 'n':
    case '': {
      // '' with a precision: like 'g' but sci from exp >= p-1 and at least one fraction digit.
      let p = precision < 0 ? 6 : precision;
      if (p === 0) p = 1;
      const addDot0 = type === '';
      const { digits, exponent } = sigDigits(ax, p);
      const useExp = exponent < -4 || exponent >= (addDot0 ? p - 1 : p);
      let s: string;
      if (useExp) {
        s = sciFromDigits(digits, exponent, 0, alternate);
        if (!alternate) {
          const [m, e] = s.split('e');
          s = stripZeros(m) + 'e' + e;
        }
      } else {
        const frac = Math.max(0, p - 1 - exponent);
        s = fixedFromDigits(digits.slice(0, Math.max(1, exponent + 1 + frac)), exponent, frac, alternate);
        if (!alternate) s = stripZeros(s);
        if (addDot0 && !s.includes('.')) s += '.0';
      }
      return type === 'G' ? s.toUpperCase() : s;
    }
    default:
      throw new Error('unreachable float type ' + type);
  }
}

function formatFloatWithSpec(x: number, spec: FormatSpec): string {
  let t = spec.type;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'].includes(t)) {
    throw new PyFormatError('ValueError', `Unknown format code '${t}' for object of type 'float'`);
  }
  if (t === '' && spec.precision < 0) t = 'r';
  let value = x;
  if (t === '%') value = x * 100;
  const upper = t === 'E' || t === 'F' || t === 'G';
  let negative = value < 0 || Object.is(value, -0);
  let body: string;
  const special = specialText(Math.abs(value), upper);
  if (special !== null) {
    body = special;
    if (Number.isNaN(value)) negative = false;
  } else if (t === 'r') {
    body = pyFloatRepr(Math.abs(value));
    if (spec.alternate && !body.includes('.')) {
      const e = body.indexOf('e');
      body = e < 0 ? body + '.' : body.slice(0, e) + '.' + body.slice(e);
    }
  } else {
    body = floatBody(Math.abs(value), t, spec.precision, spec.alternate);
  }
  if (negative && spec.noNegZero && special === null && /^[0.]*(e[+-]\d+)?%?$/i.test(body.replace(/e.*$/i, ''))) {
    negative = false;
  }
  if (t === '%') body += '%';
  // split the integer digits (grouped) from the rest
  let i = 0;
  while (i < body.length && body[i] >= '0' && body[i] <= '9') i++;
  const digits = body.slice(0, i);
  const rest = body.slice(i);
  if (digits === '') return layoutNumber(spec, negative, '', '', body, 3);
  return layoutNumber(spec, negative, '', digits, rest, 3);
}

/** `format(x, spec)` for a Python float. */
export function formatFloat(x: number, specText: string): string {
  if (specText === '') return pyFloatRepr(x);
  const spec = parseFormatSpec(specText, 'float', '>');
  return formatFloatWithSpec(x, spec);
}

// ---------------------------------------------------------------------------------------------
// printf-style '%' formatting

/** One operand of `%`: what the interpreter knows about a Python value. */
export interface PercentArg {
  /** Python type name, for error messages ('str', 'list', 'float', 'numpy.float64'...). */
  typeName: string;
  str(): string;
  repr(): string;
  /** `int(x)` for real numbers (floats truncate); undefined when not a real number. */
  toInt?(): bigint;
  /** `operator.index(x)` for %x %o %c; undefined when the value has no __index__. */
  toIndex?(): bigint;
  /** `float(x)` for real numbers; undefined when not a real number. */
  toFloat?(): number;
  /** For %c with a str operand. */
  char?: string;
}

function floatToIntChecked(x: number): bigint {
  if (Number.isNaN(x)) throw new PyFormatError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyFormatError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** Helpers that build `%` operands for Python builtins. */
export const percentArg = {
  int(n: bigint): PercentArg {
    const toFloat = () => {
      const x = Number(n);
      if (!Number.isFinite(x)) throw new PyFormatError('OverflowError', 'int too large to convert to float');
      return x;
    };
    return { typeName: 'int', str: () => pyIntStr(n), repr: () => pyIntStr(n), toInt: () => n, toIndex: () => n, toFloat };
  },
  bool(b: boolean): PercentArg {
    const n = b ? 1n : 0n;
    const t = b ? 'True' : 'False';
    return { typeName: 'bool', str: () => t, repr: () => t, toInt: () => n, toIndex: () => n, toFloat: () => Number(n) };
  },
  float(x: number): PercentArg {
    return { typeName: 'float', str: () => pyFloatRepr(x), repr: () => pyFloatRepr(x), toInt: () => floatToIntChecked(x), toFloat: () => x };
  },
  str(s: string, repr: string): PercentArg {
    return { typeName: 'str', str: () => s, repr: () => repr, char: Array.from(s).length === 1 ? s : undefined };
  },
  object(typeName: string, str: string, repr: string): PercentArg {
    return { typeName, str: () => str, repr: () => repr };
  },
};

function applyWidth(s: string, width: number, left: boolean): string {
  const len = Array.from(s).length;
  if (width <= len) return s;
  return left ? s + ' '.repeat(width - len) : ' '.repeat(width - len) + s;
}

/**
 * `template % args`. `args` is a tuple's items, a single value, or a mapping for `%(name)s`;
 * `isTuple` says whether the right operand was a tuple (a lone non-tuple is one argument).
 */
export function percentFormat(
  template: string,
  args: PercentArg[] | PercentArg | Map<string, PercentArg>,
  isTuple = Array.isArray(args),
): string {
  const mapping = args instanceof Map ? args : null;
  const list: PercentArg[] = mapping ? [] : Array.isArray(args) ? (isTuple ? args : [args as unknown as PercentArg]) : [args as PercentArg];
  let argIndex = 0;
  let out = '';
  let i = 0;
  const next = (): PercentArg => {
    if (argIndex >= list.length) throw new PyFormatError('TypeError', 'not enough arguments for format string');
    return list[argIndex++];
  };
  const n = template.length;
  while (i < n) {
    const c = template[i];
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    if (i >= n) throw new PyFormatError('ValueError', 'incomplete format');
    let keyArg: PercentArg | null = null;
    if (template[i] === '(') {
      if (!mapping) throw new PyFormatError('TypeError', 'format requires a mapping');
      let depth = 1;
      const keyStart = i + 1;
      i++;
      while (i < n && depth > 0) {
        if (template[i] === '(') depth++;
        else if (template[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw new PyFormatError('ValueError', 'incomplete format key');
      const key = template.slice(keyStart, i - 1);
      const v = mapping.get(key);
      if (!v) throw new PyFormatError('KeyError', `'${key}'`);
      keyArg = v;
    }
    let left = false;
    let plus = false;
    let space = false;
    let alt = false;
    let zero = false;
    for (; i < n; i++) {
      const f = template[i];
      if (f === '-') left = true;
      else if (f === '+') plus = true;
      else if (f === ' ') space = true;
      else if (f === '#') alt = true;
      else if (f === '0') zero = true;
      else break;
    }
    let width = -1;
    if (template[i] === '*') {
      const w = next().toIndex?.();
      if (w === undefined) throw new PyFormatError('TypeError', '* wants int');
      width = Number(w);
      if (width < 0) {
        left = true;
        width = -width;
      }
      i++;
    } else {
      const s = i;
      while (isDigit(template[i])) i++;
      if (i > s) width = parseInt(template.slice(s, i), 10);
    }
    let precision = -1;
    if (template[i] === '.') {
      i++;
      if (template[i] === '*') {
        const p = next().toIndex?.();
        if (p === undefined) throw new PyFormatError('TypeError', '* wants int');
        precision = Math.max(0, Number(p));
        i++;
      } else {
        const s = i;
        while (isDigit(template[i])) i++;
        precision = i > s ? parseInt(template.slice(s, i), 10) : 0;
      }
    }
    while (template[i] === 'h' || template[i] === 'l' || template[i] === 'L') i++;
    if (i >= n) throw new PyFormatError('ValueError', 'incomplete format');
    const type = template[i];
    i++;
    if (type === '%') {
      out += '%';
      continue;
    }
    const arg = keyArg ?? next();
    let text: string;
    switch (type) {
      case 's':
      case 'r':
      case 'a': {
        text = type === 's' ? arg.str() : arg.repr();
        if (precision >= 0) text = Array.from(text).slice(0, precision).join('');
        out += applyWidth(text, width, left);
        continue;
      }
      case 'c': {
        let ch: string;
        if (arg.char !== undefined) ch = arg.char;
        else {
          const v = arg.toIndex?.();
          if (v === undefined) {
            throw new PyFormatError('TypeError', '%c requires int or char');
          }
          if (v < 0n || v > 0x10ffffn) throw new PyFormatError('OverflowError', '%c arg not in range(0x110000)');
          ch = String.fromCodePoint(Number(v));
        }
        out += applyWidth(ch, width, left);
        continue;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        let v: bigint | undefined;
        if (type === 'o' || type === 'x' || type === 'X') {
          v = arg.toIndex?.();
          if (v === undefined) throw new PyFormatError('TypeError', `%${type} format: an integer is required, not ${arg.typeName}`);
        } else {
          v = arg.toInt?.();
          if (v === undefined) throw new PyFormatError('TypeError', `%${type} format: a real number is required, not ${arg.typeName}`);
        }
        const neg = v < 0n;
        const mag = neg ? -v : v;
        let digits = type === 'o' ? mag.toString(8) : type === 'x' ? mag.toString(16) : type === 'X' ? mag.toString(16).toUpperCase() : decimalDigits(mag);
        if (precision > digits.length) digits = '0'.repeat(precision - digits.length) + digits;
        let prefix = '';
        if (alt && type === 'o') prefix = '0o';
        else if (alt && type === 'x') prefix = '0x';
        else if (alt && type === 'X') prefix = '0X';
        text = numberWithFlags(neg, prefix, digits, width, left, plus, space, zero);
        out += text;
        continue;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const x = arg.toFloat?.();
        if (x === undefined) throw new PyFormatError('TypeError', `must be real number, not ${arg.typeName}`);
        const neg = (x < 0 || Object.is(x, -0)) && !Number.isNaN(x);
        const ax = Math.abs(x);
        const special = specialText(ax, type === 'E' || type === 'F' || type === 'G');
        const body = special ?? floatBody(ax, type, precision < 0 ? 6 : precision, alt);
        out += numberWithFlags(neg, '', body, width, left, plus, space, zero);
        continue;
      }
      default: {
        const code = type.codePointAt(0)!;
        throw new PyFormatError(
          'ValueError',
          `unsupported format character '${type}' (0x${code.toString(16)}) at index ${i - 1}`,
        );
      }
    }
  }
  if (!mapping && argIndex < list.length) {
    throw new PyFormatError('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

function numberWithFlags(
  neg: boolean,
  prefix: string,
  body: string,
  width: number,
  left: boolean,
  plus: boolean,
  space: boolean,
  zero: boolean,
): string {
  const sign = neg ? '-' : plus ? '+' : space ? ' ' : '';
  const core = sign + prefix + body;
  if (width <= core.length) return core;
  if (left) return core + ' '.repeat(width - core.length);
  if (zero) return sign + prefix + '0'.repeat(width - core.length) + body;
  return ' '.repeat(width - core.length) + core;
}

// ---------------------------------------------------------------------------------------------
// bool formatting and round()

/** `format(b, spec)` for a Python bool: 'True'/'False' for an empty spec, else int formatting. */
export function formatBool(b: boolean, specText: string): string {
  if (specText === '') return b ? 'True' : 'False';
  return formatInt(b ? 1n : 0n, specText);
}

const f64View = new Float64Array(1);
const u32View = new Uint32Array(f64View.buffer);

/** Exact mantissa and binary exponent of a finite double: x = mant * 2^exp. */
function splitDouble(x: number): { mant: bigint; exp: number } {
  f64View[0] = x;
  const hi = u32View[1];
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(u32View[0]);
  if (bexp === 0) return { mant: frac, exp: -1074 };
  return { mant: frac | (1n << 52n), exp: bexp - 1075 };
}

/** `round(x, ndigits)` for a Python float: correctly rounded, ties to even, as CPython does. */
export function pyRoundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const { mant, exp } = splitDouble(Math.abs(x));
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (ndigits >= 0) num *= 10n ** BigInt(ndigits);
  else den *= 10n ** BigInt(-ndigits);
  let q = num / den;
  const twice = (num % den) * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  const value = Number(`${q}e${-ndigits}`);
  return x < 0 ? -value : value;
}

/** `round(x)` for a Python float: the nearest int, ties to even (ValueError/OverflowError). */
export function pyRoundToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new PyFormatError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyFormatError('OverflowError', 'cannot convert float infinity to integer');
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0) r -= 1;
  return BigInt(r);
}

// ---------------------------------------------------------------------------------------------
// complex

/** `format(complex(re, im), spec)`, as CPython's complex.__format__. */
export function formatComplex(re: number, im: number, specText: string): string {
  if (specText === '') return pyComplexRepr(re, im);
  const spec = parseFormatSpec(specText, 'complex', '>');
  if (spec.fill === '0') throw new PyFormatError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (spec.align === '=') throw new PyFormatError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = spec.type;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(type)) {
    throw new PyFormatError('ValueError', `Unknown format code '${type}' for object of type 'complex'`);
  }
  let skipRe = false;
  let parens = false;
  let precision = spec.precision;
  if (type === '') {
    type = 'r';
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision >= 0 && type === 'r') type = 'g';
  const part = (x: number, sign: string): string => {
    let negative = (x < 0 || Object.is(x, -0)) && !Number.isNaN(x);
    const ax = Math.abs(x);
    const upper = type === 'E' || type === 'F' || type === 'G';
    let body = specialText(ax, upper);
    if (body === null) {
      if (type === 'r') {
        body = pyFloatRepr(ax);
        if (body.endsWith('.0')) body = body.slice(0, -2);
        if (spec.alternate && !body.includes('.')) {
          const e = body.indexOf('e');
          body = e < 0 ? body + '.' : body.slice(0, e) + '.' + body.slice(e);
        }
      } else body = floatBody(ax, type, precision, spec.alternate);
      if (negative && spec.noNegZero && /^[0.]+$/.test(body.replace(/[eE][+-]\d+$/, ''))) negative = false;
    }
    let i = 0;
    while (i < body.length && body[i] >= '0' && body[i] <= '9') i++;
    const grouped = i > 0 && spec.grouping ? groupDigits(body.slice(0, i), spec.grouping, 3, 0) + body.slice(i) : body;
    const signText = negative ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
    return signText + grouped;
  };
  const reText = skipRe ? '' : part(re, spec.sign);
  const imText = part(im, skipRe ? spec.sign : '+');
  const body = (parens ? '(' : '') + reText + imText + 'j' + (parens ? ')' : '');
  return padString(body, { ...spec, align: spec.align || '>' });
}
