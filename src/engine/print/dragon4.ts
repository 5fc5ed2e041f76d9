// Decimal digits of binary floats, as NumPy's dragon4.c produces them: the float16/32/64 bit
// decomposition, the Dragon4 digit generator (shortest-unique and exact modes, total-length or
// fraction-length cutoffs, minimum digits, round-half-even on exact ties) and the positional /
// scientific layouts with NumPy's trim modes and padding (`format_float_positional`,
// `format_float_scientific`). Python's own float formatting (pyformat.ts) is built on the same
// digits: for float64 the shortest digits are exactly Python's repr digits.
// Uses BigInt for exactness; no NaN/inf handling here beyond `formatSpecial`.

export type FloatKind = 'float16' | 'float32' | 'float64';

/**
 * NumPy's trim modes: 'k' keeps trailing zeros, '.' trims zeros but keeps the point, '0' keeps
 * one zero after the point, '-' trims zeros and the point.
 */
export type TrimMode = 'k' | '.' | '0' | '-';

interface Decomposed {
  negative: boolean;
  mantissa: bigint;
  exponent: number;
  mantissaBit: number;
  unequalMargins: boolean;
}

const FORMAT_BITS: Record<FloatKind, { mbits: number; emin: number }> = {
  float16: { mbits: 10, emin: -14 },
  float32: { mbits: 23, emin: -126 },
  float64: { mbits: 52, emin: -1022 },
};

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

/** Splits a finite value (already exactly representable in `kind`) into mantissa * 2^exponent. */
function decompose(x: number, kind: FloatKind): Decomposed {
  f64[0] = x;
  const hi = u32[1];
  const lo = u32[0];
  const negative = (hi >>> 31) === 1;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0 && frac === 0n) {
    return { negative, mantissa: 0n, exponent: 0, mantissaBit: 0, unequalMargins: false };
  }
  let mant: bigint;
  let e2: number;
  if (bexp === 0) {
    mant = frac;
    e2 = -1074;
  } else {
    mant = frac | (1n << 52n);
    e2 = bexp - 1075;
  }
  const { mbits, emin } = FORMAT_BITS[kind];
  const log2floor = bitLength(mant) - 1 + e2;
  let exponent: number;
  let normal: boolean;
  if (log2floor >= emin) {
    exponent = log2floor - mbits;
    normal = true;
  } else {
    exponent = emin - mbits;
    normal = false;
  }
  const shift = e2 - exponent;
  const mantissa = shift >= 0 ? mant << BigInt(shift) : mant >> BigInt(-shift);
  const mantissaBit = normal ? mbits : bitLength(mantissa) - 1;
  const unequalMargins = normal && mantissa === 1n << BigInt(mbits) && log2floor > emin;
  return { negative, mantissa, exponent, mantissaBit, unequalMargins };
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[n];
}

const BUFFER_SIZE = 16384;
const LOG10_2 = 0.30102999566398119521373889472449;

export interface DigitRun {
  /** Decimal digits without leading zeros (except the single digit "0" for zero). */
  digits: string;
  /** Base-10 exponent of the first digit. */
  exponent: number;
}

/**
 * The Dragon4 digit generator. `cutoffMax`/`cutoffMin` are digit counts (-1: none), counted from
 * the first digit (total) or from the decimal point (fraction).
 */
function dragon4(
  d: Decomposed,
  unique: boolean,
  fractionCutoff: boolean,
  cutoffMax: number,
  cutoffMin: number,
): DigitRun {
  const { mantissa, exponent, mantissaBit, unequalMargins } = d;
  if (mantissa === 0n) return { digits: '0', exponent: 0 };
  const isEven = (mantissa & 1n) === 0n;
  let scale: bigint;
  let value: bigint;
  let marginLow: bigint;
  if (unequalMargins) {
    if (exponent > 0) {
      value = mantissa << BigInt(exponent + 2);
      scale = 4n;
      marginLow = 1n << BigInt(exponent);
    } else {
      value = mantissa << 2n;
      scale = 1n << BigInt(-exponent + 2);
      marginLow = 1n;
    }
  } else if (exponent > 0) {
    value = mantissa << BigInt(exponent + 1);
    scale = 2n;
    marginLow = 1n << BigInt(exponent);
  } else {
    value = mantissa << 1n;
    scale = 1n << BigInt(-exponent + 1);
    marginLow = 1n;
  }
  let digitExponent = Math.ceil((mantissaBit + exponent) * LOG10_2 - 0.69);
  if (cutoffMax >= 0 && fractionCutoff && digitExponent <= -cutoffMax) digitExponent = -cutoffMax + 1;
  if (digitExponent > 0) scale *= pow10(digitExponent);
  else if (digitExponent < 0) {
    const p = pow10(-digitExponent);
    value *= p;
    marginLow *= p;
  }
  if (value >= scale) digitExponent += 1;
  else {
    value *= 10n;
    marginLow *= 10n;
  }
  let marginHigh = unequalMargins ? marginLow * 2n : marginLow;

  let cutoffMaxExp = digitExponent - BUFFER_SIZE;
  if (cutoffMax >= 0) {
    const desired = fractionCutoff ? -cutoffMax : digitExponent - cutoffMax;
    if (desired > cutoffMaxExp) cutoffMaxExp = desired;
  }
  let cutoffMinExp = digitExponent;
  if (cutoffMin >= 0) {
    const desired = fractionCutoff ? -cutoffMin : digitExponent - cutoffMin;
    if (desired < cutoffMinExp) cutoffMinExp = desired;
  }
  let outExponent = digitExponent - 1;
  const out: number[] = [];
  let low = false;
  let high = false;
  let digit = 0;
  if (unique) {
    for (;;) {
      digitExponent -= 1;
      digit = Number(value / scale);
      value %= scale;
      const cmpLow = value < marginLow ? -1 : value > marginLow ? 1 : 0;
      low = isEven ? cmpLow <= 0 : cmpLow < 0;
      const valueHigh = value + marginHigh;
      const cmpHigh = valueHigh < scale ? -1 : valueHigh > scale ? 1 : 0;
      high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
      if (((low || high) && digitExponent <= cutoffMinExp) || digitExponent === cutoffMaxExp) break;
      out.push(digit);
      value *= 10n;
      marginLow *= 10n;
      marginHigh = unequalMargins ? marginLow * 2n : marginLow;
    }
  } else {
    for (;;) {
      digitExponent -= 1;
      digit = Number(value / scale);
      value %= scale;
      if (value === 0n || digitExponent === cutoffMaxExp) break;
      out.push(digit);
      value *= 10n;
    }
  }
  let roundDown = low;
  if (low === high) {
    const twice = value * 2n;
    roundDown = twice < scale;
    if (twice === scale) roundDown = (digit & 1) === 0;
  }
  if (roundDown) out.push(digit);
  else if (digit === 9) {
    for (;;) {
      if (out.length === 0) {
        out.push(1);
        outExponent += 1;
        break;
      }
      const last = out.pop()!;
      if (last !== 9) {
        out.push(last + 1);
        break;
      }
    }
  } else out.push(digit + 1);
  return { digits: out.join(''), exponent: outExponent };
}


/** Mantissa digits and exponent of a JS exponential string like '1.2345e-7'. */
function parseExponential(s: string): DigitRun {
  const e = s.indexOf('e');
  return { digits: s.slice(0, e).replace('.', ''), exponent: parseInt(s.slice(e + 1), 10) };
}

/** Guard digits read past the cutoff; fewer keep V8 on its fast fixed-point path. */
const EXTRA = 3;

function allSame(s: string, c: string): boolean {
  for (let i = 0; i < s.length; i++) if (s[i] !== c) return false;
  return true;
}

/** Shortest digits, with an integer's trailing zeros spelled out when `padToUnits`. */
function shortestRun(x: number, padToUnits: boolean): DigitRun {
  const short = parseExponential(x.toExponential());
  if (padToUnits && short.digits.length <= short.exponent) {
    short.digits += '0'.repeat(short.exponent + 1 - short.digits.length);
  }
  return short;
}

/**
 * The same digits as `dragon4` for positive float64 values, from the engine's correctly rounded
 * Number formatting (shortest digits of toExponential(), exact digits of toFixed/toExponential
 * with a few guard digits). Returns null for the rare inputs it cannot decide (exact ties, guard
 * digits all 9 or all 0, powers of two whose margins differ, minimum-digit requests), which take
 * the BigInt path. With equal margins, Dragon4 cut at a digit is the exact value rounded there.
 */
function fastDigits(x: number, unique: boolean, fractional: boolean, cutoffMax: number, cutoffMin: number): DigitRun | null {
  // A minimum equal to the maximum forces the cut at that digit (NumPy's exp-format arrays).
  let forced = false;
  if (cutoffMin > 0) {
    if (!unique || cutoffMin !== cutoffMax) return null;
    forced = true;
  } else if (cutoffMin === 0 && (!fractional || x >= 9007199254740992)) return null;
  if (x >= 1e21 || x < 1e-300) return null;
  f64[0] = x;
  if (u32[0] === 0 && (u32[1] & 0xfffff) === 0) return null;
  if (unique && !forced) {
    if (cutoffMax < 0) return shortestRun(x, cutoffMin === 0);
    // the shortest digits fit the cutoff iff a decimal cut there still reads back as x
    if (fractional ? cutoffMax > 100 : cutoffMax < 1 || cutoffMax > 100) return null;
    const cut = fractional ? x.toFixed(cutoffMax) : x.toPrecision(cutoffMax);
    if (Number(cut) === x) return shortestRun(x, cutoffMin === 0);
  } else if (cutoffMax < 0) return null;
  // exact digits cut at the cutoff, rounded half-even on the exact remainder
  let truncated: string;
  let rest: string;
  let firstExponent: number;
  if (fractional) {
    if (cutoffMax + EXTRA > 100) return null;
    const text = x.toFixed(cutoffMax + EXTRA);
    const dot = text.indexOf('.');
    const whole = text.slice(0, dot);
    const frac = text.slice(dot + 1);
    const all = whole + frac.slice(0, cutoffMax);
    rest = frac.slice(cutoffMax);
    let lead = 0;
    while (lead < all.length - 1 && all[lead] === '0') lead++;
    truncated = all.slice(lead);
    firstExponent = whole.length - 1 - lead;
    if (truncated === '0') {
      // below the last kept position: NumPy clamps the first digit there
      firstExponent = -cutoffMax;
    }
  } else {
    if (cutoffMax - 1 + EXTRA > 100 || cutoffMax < 1) return null;
    const run = parseExponential(x.toExponential(cutoffMax - 1 + EXTRA));
    truncated = run.digits.slice(0, cutoffMax);
    rest = run.digits.slice(cutoffMax);
    firstExponent = run.exponent;
  }
  // guard digits that may hide a carry, a tie or an exact end are decided by the BigInt path
  if (allSame(rest, '9') || allSame(rest, '0') || (rest[0] === '5' && allSame(rest.slice(1), '0'))) return null;
  if (rest[0] < '5') return { digits: truncated, exponent: firstExponent };
  let end = truncated.length;
  while (end > 0 && truncated[end - 1] === '9') end--;
  if (end === 0) return { digits: '1', exponent: firstExponent + 1 };
  const bumped = truncated.slice(0, end - 1) + String.fromCharCode(truncated.charCodeAt(end - 1) + 1);
  return { digits: bumped, exponent: firstExponent };
}

/** Dragon4 on a value of dtype `kind`, through the float64 fast path when it applies. */
function digitsOf(x: number, kind: FloatKind, unique: boolean, fractional: boolean, cutoffMax: number, cutoffMin: number): { negative: boolean; run: DigitRun } {
  const negative = x < 0 || Object.is(x, -0);
  if (kind === 'float64' && x !== 0) {
    const run = fastDigits(Math.abs(x), unique, fractional, cutoffMax, cutoffMin);
    if (run !== null) return { negative, run };
  }
  return { negative, run: dragon4(decompose(x, kind), unique, fractional, cutoffMax, cutoffMin) };
}

/** Switches the float64 fast path off (tests compare both paths). */
export const dragon4Internals = { fastDigits, slowDigits: (x: number, kind: FloatKind, unique: boolean, fractional: boolean, max: number, min: number) => dragon4(decompose(x, kind), unique, fractional, max, min) };

/** Options shared by the positional and scientific layouts (NumPy's keyword names). */
export interface Dragon4Options {
  /** Max digits (-1: no cutoff). Fraction digits for positional+fractional, else significant. */
  precision?: number;
  /** Min digits (-1: none); only acts when `unique`. */
  minDigits?: number;
  /** Shortest digits that round-trip (true) or exact digits cut at `precision` (false). */
  unique?: boolean;
  trim?: TrimMode;
  /** Show '+' for positive values. */
  sign?: boolean;
  /** Pad with spaces until this many characters are left of the point (-1: none). */
  padLeft?: number;
  /** Pad with spaces until this many characters are right of the point (-1: none). */
  padRight?: number;
}

export interface PositionalOptions extends Dragon4Options {
  /** Precision counts digits after the point (true) or significant digits (false). */
  fractional?: boolean;
}

export interface ScientificOptions extends Dragon4Options {
  /** Minimum exponent digits (-1: at least 2). */
  expDigits?: number;
}

/** NumPy's text for nan/inf: 'nan' (never signed), 'inf', '-inf', '+inf' with sign. */
export function formatSpecial(x: number, sign: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  return x < 0 ? '-inf' : sign ? '+inf' : 'inf';
}

/** `np.format_float_positional` for a value of dtype `kind`. */
export function formatPositional(x: number, kind: FloatKind, opts: PositionalOptions = {}): string {
  if (!Number.isFinite(x)) return formatSpecial(x, opts.sign ?? false);
  const precision = opts.precision ?? -1;
  const minDigits = opts.minDigits ?? -1;
  const unique = opts.unique ?? true;
  const trim = opts.trim ?? 'k';
  const fractional = opts.fractional ?? true;
  const padLeft = opts.padLeft ?? -1;
  const padRight = opts.padRight ?? -1;
  const { negative, run } = digitsOf(x, kind, unique, fractional, precision, minDigits);
  const signStr = negative ? '-' : opts.sign ? '+' : '';
  const digits = run.digits;
  const printExponent = run.exponent;
  let body: string;
  let numWholeDigits: number;
  let numFractionDigits: number;
  if (printExponent >= 0) {
    numWholeDigits = printExponent + 1;
    if (digits.length <= numWholeDigits) {
      body = digits + '0'.repeat(numWholeDigits - digits.length);
      numFractionDigits = 0;
    } else {
      body = digits.slice(0, numWholeDigits) + '.' + digits.slice(numWholeDigits);
      numFractionDigits = digits.length - numWholeDigits;
    }
  } else {
    const zeros = -(printExponent + 1);
    body = '0.' + '0'.repeat(zeros) + digits;
    numWholeDigits = 1;
    numFractionDigits = zeros + digits.length;
  }
  if (trim !== '-' && numFractionDigits === 0) body += '.';
  const addDigits = unique ? minDigits : precision;
  let desiredFractionalDigits = addDigits < 0 ? 0 : addDigits;
  if (!fractional) desiredFractionalDigits = addDigits - numWholeDigits;
  if (trim === '0') {
    if (numFractionDigits === 0) {
      body += '0';
      numFractionDigits++;
    }
  } else if (trim === 'k' && desiredFractionalDigits > numFractionDigits) {
    body += '0'.repeat(desiredFractionalDigits - numFractionDigits);
    numFractionDigits = desiredFractionalDigits;
  }
  if (trim !== 'k' && numFractionDigits > 0) {
    let end = body.length;
    while (body.charCodeAt(end - 1) === 48) {
      end--;
      numFractionDigits--;
    }
    body = body.slice(0, end);
    if (body.endsWith('.')) {
      if (trim === '0') {
        body += '0';
        numFractionDigits++;
      } else if (trim === '-') body = body.slice(0, -1);
    }
  }
  let s = signStr + body;
  if (padRight >= numFractionDigits) {
    if (trim === '-' && numFractionDigits === 0) s += ' ';
    s += ' '.repeat(padRight - numFractionDigits);
  }
  const hasSign = signStr.length;
  if (padLeft > numWholeDigits + hasSign) s = ' '.repeat(padLeft - (numWholeDigits + hasSign)) + s;
  return s;
}

/** `np.format_float_scientific` for a value of dtype `kind`. */
export function formatScientific(x: number, kind: FloatKind, opts: ScientificOptions = {}): string {
  if (!Number.isFinite(x)) return formatSpecial(x, opts.sign ?? false);
  const precision = opts.precision ?? -1;
  const minDigits = opts.minDigits ?? -1;
  const unique = opts.unique ?? true;
  const trim = opts.trim ?? 'k';
  const padLeft = opts.padLeft ?? -1;
  let expDigits = opts.expDigits ?? -1;
  const { negative, run } = digitsOf(x, kind, unique, false, precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1);
  const signStr = negative ? '-' : opts.sign ? '+' : '';
  let s = '';
  const leftChars = 1 + signStr.length;
  if (padLeft > leftChars) s += ' '.repeat(padLeft - leftChars);
  s += signStr;
  const digits = run.digits;
  let mant = digits[0];
  let numFractionDigits = digits.length - 1;
  if (numFractionDigits > 0) mant += '.' + digits.slice(1);
  if (trim !== '-' && numFractionDigits === 0) mant += '.';
  const addDigits = Math.max(0, unique ? minDigits : precision);
  if (trim === '0') {
    if (numFractionDigits === 0) {
      mant += '0';
      numFractionDigits++;
    }
  } else if (trim === 'k' && addDigits > numFractionDigits) {
    mant += '0'.repeat(addDigits - numFractionDigits);
    numFractionDigits = addDigits;
  }
  if (trim !== 'k' && numFractionDigits > 0) {
    let end = mant.length;
    while (mant.charCodeAt(end - 1) === 48) end--;
    mant = mant.slice(0, end);
    if (trim === '0' && mant.endsWith('.')) mant += '0';
  }
  if (expDigits > 5) expDigits = 5;
  if (expDigits < 0) expDigits = 2;
  const e = run.exponent;
  const expStr = String(Math.abs(e)).padStart(expDigits, '0');
  return s + mant + 'e' + (e >= 0 ? '+' : '-') + expStr;
}

/** Exact decimal digits of `x` rounded half-even at `precision` significant or fraction digits. */
export function exactDigits(x: number, kind: FloatKind, precision: number, fractional: boolean): DigitRun {
  return digitsOf(x, kind, false, fractional, precision, -1).run;
}

/** Shortest digits that identify `x` among values of dtype `kind` (Python repr digits for float64). */
export function shortestDigits(x: number, kind: FloatKind): DigitRun {
  return digitsOf(x, kind, true, false, -1, -1).run;
}
