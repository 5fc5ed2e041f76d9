// NumPy's per-dtype element formatters (numpy/_core/arrayprint.py): FloatingFormat (common
// width, positional vs scientific choice, floatmode/precision/suppress/sign, nan/inf padding),
// IntegerFormat, BoolFormat and ComplexFloatingFormat. Each is built from the elements that
// will be printed (after summarisation) and then formats one element at a time.

import { formatPositional, formatScientific, type FloatKind, type TrimMode } from './dragon4';
import { legacyLevel, type FloatMode, type PrintOptions, type SignMode } from './options';

export type ElementFormatter<T> = (x: T) => string;

const f32 = new Float32Array(1);

/** Rounds a double to the nearest float16 value (ties to even), returned as a double. */
export function roundToFloat16(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const ax = Math.abs(x);
  if (ax >= 65520) return x < 0 ? -Infinity : Infinity;
  let e = Math.floor(Math.log2(ax));
  if (2 ** e > ax) e -= 1;
  else if (2 ** (e + 1) <= ax) e += 1;
  const quantumExp = Math.max(e, -14) - 10;
  const q = 2 ** quantumExp;
  const scaled = ax / q;
  let r = Math.round(scaled);
  if (Math.abs(scaled - Math.trunc(scaled) - 0.5) === 0 && r % 2 === 1) r -= 1;
  const out = r * q;
  return x < 0 ? -out : out;
}

/** Rounds a double to the value type `kind` holds (float arithmetic results per dtype). */
export function roundToKind(x: number, kind: FloatKind): number {
  if (kind === 'float64') return x;
  if (kind === 'float32') {
    f32[0] = x;
    return f32[0];
  }
  return roundToFloat16(x);
}

/** `10.**min(8, finfo(dtype).precision)`: the magnitude from which arrays print in e-notation. */
const EXP_CUTOFF_MAX: Record<FloatKind, number> = { float16: 1e3, float32: 1e6, float64: 1e8 };

function signBit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** NumPy's FloatingFormat: one formatter shared by all printed elements of a float array. */
export class FloatingFormat {
  private readonly kind: FloatKind;
  private readonly floatmode: FloatMode;
  private readonly sign: SignMode;
  private readonly nanstr: string;
  private readonly infstr: string;
  private precision: number;
  private minDigits = -1;
  private unique = true;
  private trim: TrimMode = '.';
  private expFormat = false;
  private padLeft = 0;
  private padRight = 0;
  private expSize = -1;

  private readonly expCutoffMax: number;

  constructor(values: readonly number[], kind: FloatKind, opts: PrintOptions, sign: SignMode = opts.sign, suppress = opts.suppress) {
    this.kind = kind;
    this.expCutoffMax = legacyLevel(opts) <= 202 ? 1e8 : EXP_CUTOFF_MAX[kind];
    this.floatmode = opts.floatmode;
    this.sign = sign;
    this.nanstr = opts.nanstr;
    this.infstr = opts.infstr;
    this.precision = opts.floatmode === 'unique' ? -1 : opts.precision;
    this.fill(values, suppress);
  }

  private fill(values: readonly number[], suppress: boolean): void {
    const kind = this.kind;
    const finite = values.filter((v) => Number.isFinite(v));
    let max = -Infinity;
    let min = Infinity;
    for (const v of finite) {
      if (v === 0) continue;
      const a = Math.abs(v);
      if (a > max) max = a;
      if (a < min) min = a;
    }
    if (max !== -Infinity) {
      const small = roundToKind(0.0001, kind);
      // float16 arithmetic runs in float32 and rounds back, as NumPy's half loops do
      const ratio = kind === 'float16' ? roundToFloat16(Math.fround(max / min)) : roundToKind(max / min, kind);
      if (max >= this.expCutoffMax || (!suppress && (min < small || ratio > 1000))) {
        this.expFormat = true;
      }
    }
    const plus = this.sign === '+';
    if (finite.length === 0) {
      this.padLeft = 0;
      this.padRight = 0;
      this.trim = '.';
      this.expSize = -1;
      this.unique = true;
      this.minDigits = -1;
    } else if (this.expFormat) {
      let trim: TrimMode = '.';
      let unique = true;
      if (this.floatmode === 'fixed') {
        trim = 'k';
        unique = false;
      }
      let intLen = 0;
      let fracLen = 0;
      let expLen = 0;
      for (const x of finite) {
        const s = formatScientific(x, kind, { precision: this.precision, unique, trim, sign: plus });
        const e = s.indexOf('e');
        const mant = s.slice(0, e);
        const dot = mant.indexOf('.');
        intLen = Math.max(intLen, dot);
        fracLen = Math.max(fracLen, mant.length - dot - 1);
        expLen = Math.max(expLen, s.length - e - 1);
      }
      this.expSize = expLen - 1;
      this.trim = 'k';
      this.precision = fracLen;
      this.minDigits = fracLen;
      this.unique = unique;
      this.padLeft = intLen;
      this.padRight = this.expSize + 2 + this.precision;
    } else {
      let trim: TrimMode = '.';
      let unique = true;
      if (this.floatmode === 'fixed') {
        trim = 'k';
        unique = false;
      }
      let intLen = 0;
      let fracLen = 0;
      for (const x of finite) {
        const s = formatPositional(x, kind, { precision: this.precision, fractional: true, unique, trim, sign: plus });
        const dot = s.indexOf('.');
        intLen = Math.max(intLen, dot);
        fracLen = Math.max(fracLen, s.length - dot - 1);
      }
      this.padLeft = intLen;
      this.padRight = fracLen;
      this.expSize = -1;
      this.unique = unique;
      if (this.floatmode === 'fixed' || this.floatmode === 'maxprec_equal') {
        this.precision = this.minDigits = this.padRight;
        this.trim = 'k';
      } else {
        this.trim = '.';
        this.minDigits = 0;
      }
    }
    if (this.sign === ' ' && !finite.some(signBit)) this.padLeft += 1;
    if (finite.length !== values.length) {
      const negInf = this.sign !== '-' || values.some((v) => v === -Infinity);
      const offset = this.padRight + 1;
      this.padLeft = Math.max(this.padLeft, this.nanstr.length - offset, this.infstr.length + (negInf ? 1 : 0) - offset);
    }
  }

  format(x: number): string {
    if (!Number.isFinite(x)) {
      let ret: string;
      if (Number.isNaN(x)) ret = (this.sign === '+' ? '+' : '') + this.nanstr;
      else ret = (x < 0 ? '-' : this.sign === '+' ? '+' : '') + this.infstr;
      const pad = this.padLeft + this.padRight + 1 - ret.length;
      return (pad > 0 ? ' '.repeat(pad) : '') + ret;
    }
    if (this.expFormat) {
      return formatScientific(x, this.kind, {
        precision: this.precision,
        minDigits: this.minDigits,
        unique: this.unique,
        trim: this.trim,
        sign: this.sign === '+',
        padLeft: this.padLeft,
        expDigits: this.expSize,
      });
    }
    return formatPositional(x, this.kind, {
      precision: this.precision,
      minDigits: this.minDigits,
      unique: this.unique,
      fractional: true,
      trim: this.trim,
      sign: this.sign === '+',
      padLeft: this.padLeft,
      padRight: this.padRight,
    });
  }
}

/** NumPy's IntegerFormat: right-aligned to the widest of str(max) and str(min). */
export class IntegerFormat {
  private readonly width: number;
  private readonly sign: SignMode;

  constructor(values: readonly (number | bigint)[], sign: SignMode) {
    let width = 0;
    let s = sign;
    if (values.length > 0) {
      let max = values[0];
      let min = values[0];
      for (const v of values) {
        if (v > max) max = v;
        if (v < min) min = v;
      }
      let maxLen = String(max).length;
      if (s === ' ' && min < 0) s = '-';
      if (max >= 0 && (s === '+' || s === ' ')) maxLen += 1;
      width = Math.max(maxLen, String(min).length);
    }
    this.width = width;
    this.sign = s;
  }

  format(x: number | bigint): string {
    const neg = x < 0;
    const text = (neg ? '-' : this.sign === '+' ? '+' : this.sign === ' ' ? ' ' : '') + String(neg ? -x : x);
    return text.length >= this.width ? text : ' '.repeat(this.width - text.length) + text;
  }
}

/** NumPy's BoolFormat: ' True' so it lines up with 'False', except in 0-d arrays. */
export class BoolFormat {
  private readonly trueText: string;
  constructor(zeroDim: boolean) {
    this.trueText = zeroDim ? 'True' : ' True';
  }
  format(x: boolean): string {
    return x ? this.trueText : 'False';
  }
}

export interface ComplexValue {
  re: number;
  im: number;
}

/** NumPy's ComplexFloatingFormat: a FloatingFormat for each part, imaginary signed, 'j' added. */
export class ComplexFloatingFormat {
  private readonly real: FloatingFormat;
  private readonly imag: FloatingFormat;
  constructor(values: readonly ComplexValue[], kind: FloatKind, opts: PrintOptions) {
    this.real = new FloatingFormat(values.map((v) => v.re), kind, opts);
    this.imag = new FloatingFormat(values.map((v) => v.im), kind, opts, '+');
  }
  format(x: ComplexValue): string {
    const r = this.real.format(x.re);
    const i = this.imag.format(x.im);
    const end = i.replace(/\s+$/, '').length;
    return r + i.slice(0, end) + 'j' + i.slice(end);
  }
}
