// NumPy's print options (`np.set_printoptions` / `np.printoptions` / `np.get_printoptions`) as a
// plain immutable value. The interpreter owns the current options and passes them to every
// printing call; this module holds no global state. `updatePrintOptions` validates keyword
// values with NumPy's error texts. `legacy` supports False, '1.21', '1.25', '2.1' and '2.2'
// (scalar reprs without `np.`, the float16/32 cutoffs, `shape=` in reprs); '1.13' is refused.
// Not modelled: `override_repr`.

export type FloatMode = 'fixed' | 'unique' | 'maxprec' | 'maxprec_equal';

/**
 * `formatter=` callbacks by NumPy's keys. Each gets the element value and its dtype and returns
 * its text (the interpreter wraps Python callables). Specific keys beat `*_kind`, which beat `all`.
 */
export interface PrintFormatter {
  all?: ElementFormatFn;
  int_kind?: ElementFormatFn;
  float_kind?: ElementFormatFn;
  complex_kind?: ElementFormatFn;
  bool?: ElementFormatFn;
  int?: ElementFormatFn;
  float?: ElementFormatFn;
  complexfloat?: ElementFormatFn;
}

export type ElementFormatFn = (value: number | bigint | boolean | { re: number; im: number }, dtype: string) => string;
export type SignMode = '-' | '+' | ' ';

export interface PrintOptions {
  /** Digits after the point (ignored by floatmode 'unique'). */
  readonly precision: number;
  /** Arrays with more elements than this are summarised (may be Infinity). */
  readonly threshold: number;
  readonly edgeitems: number;
  readonly linewidth: number;
  readonly suppress: boolean;
  readonly nanstr: string;
  readonly infstr: string;
  readonly sign: SignMode;
  readonly floatmode: FloatMode;
  /** Per-kind element formatters (`formatter=`), or null. */
  readonly formatter: PrintFormatter | null;
  /** `legacy=` as NumPy reports it: false or the version string. */
  readonly legacy: LegacyMode;
}

export type LegacyMode = false | '1.21' | '1.25' | '2.1' | '2.2';

/** NumPy's integer form of the legacy mode (121, 125, 201, 202; no legacy is larger than all). */
export function legacyLevel(o: PrintOptions): number {
  switch (o.legacy) {
    case '1.21':
      return 121;
    case '1.25':
      return 125;
    case '2.1':
      return 201;
    case '2.2':
      return 202;
    default:
      return Number.MAX_SAFE_INTEGER;
  }
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = Object.freeze({
  precision: 8,
  threshold: 1000,
  edgeitems: 3,
  linewidth: 75,
  suppress: false,
  nanstr: 'nan',
  infstr: 'inf',
  sign: '-',
  floatmode: 'maxprec',
  formatter: null,
  legacy: false,
});

/** The keyword arguments of `set_printoptions` the engine understands (undefined: unchanged). */
export interface PrintOptionsUpdate {
  /** null leaves the precision unchanged, as `set_printoptions(precision=None)` does. */
  precision?: number | null;
  threshold?: number;
  edgeitems?: number;
  linewidth?: number;
  suppress?: boolean;
  nanstr?: string;
  infstr?: string;
  sign?: string;
  floatmode?: string;
  /** Always replaces the current formatter (NumPy resets it on every set_printoptions call). */
  formatter?: PrintFormatter | null;
  /** false or '1.21' | '1.25' | '2.1' | '2.2'; other strings are ignored (NumPy only warns). */
  legacy?: string | false;
}

/** Raised for an invalid option value: Python exception type and NumPy's message. */
export class PrintOptionsError extends Error {
  constructor(
    readonly pyType: 'ValueError' | 'TypeError',
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}

const FLOAT_MODES: readonly FloatMode[] = ['fixed', 'unique', 'maxprec', 'maxprec_equal'];

/**
 * Keyword overrides of one call (`np.array2string(a, precision=3, ...)`, `array_repr`,
 * `array_str`): like `updatePrintOptions` except that an absent formatter keeps the current one.
 */
export function overridePrintOptions(current: PrintOptions, update: PrintOptionsUpdate): PrintOptions {
  return updatePrintOptions(current, { ...update, formatter: update.formatter === undefined ? current.formatter : update.formatter });
}

/** `set_printoptions(**update)` applied to `current`: returns the new options or throws. */
export function updatePrintOptions(current: PrintOptions, update: PrintOptionsUpdate): PrintOptions {
  if (update.floatmode !== undefined && !FLOAT_MODES.includes(update.floatmode as FloatMode)) {
    throw new PrintOptionsError('ValueError', 'floatmode option must be one of ' + FLOAT_MODES.map((m) => `"${m}"`).join(', '));
  }
  if (update.sign !== undefined && !['-', '+', ' '].includes(update.sign)) {
    throw new PrintOptionsError('ValueError', "sign option must be one of ' ', '+', or '-'");
  }
  if (update.threshold !== undefined && Number.isNaN(update.threshold)) {
    throw new PrintOptionsError('ValueError', 'threshold must be non-NAN, try sys.maxsize for untruncated representation');
  }
  if (update.precision !== undefined && update.precision !== null && !Number.isInteger(update.precision)) {
    throw new PrintOptionsError('TypeError', 'precision must be an integer');
  }
  const next: { -readonly [K in keyof PrintOptions]: PrintOptions[K] } = { ...current };
  if (update.precision !== undefined && update.precision !== null) next.precision = update.precision;
  if (update.threshold !== undefined) next.threshold = update.threshold;
  if (update.edgeitems !== undefined) next.edgeitems = update.edgeitems;
  if (update.linewidth !== undefined) next.linewidth = update.linewidth;
  if (update.suppress !== undefined) next.suppress = update.suppress;
  if (update.nanstr !== undefined) next.nanstr = update.nanstr;
  if (update.infstr !== undefined) next.infstr = update.infstr;
  if (update.sign !== undefined) next.sign = update.sign as SignMode;
  if (update.floatmode !== undefined) next.floatmode = update.floatmode as FloatMode;
  next.formatter = update.formatter ?? null;
  if (update.legacy === '1.13') {
    throw new PrintOptionsError('ValueError', "legacy='1.13' printing is not supported by the Shapewise evaluator");
  }
  if (update.legacy === false || (update.legacy !== undefined && ['1.21', '1.25', '2.1', '2.2'].includes(update.legacy))) {
    next.legacy = update.legacy as LegacyMode;
  }
  return Object.freeze(next);
}

/** `np.get_printoptions()` entries in NumPy's key order, for the interpreter to build a dict. */
export function printOptionsEntries(o: PrintOptions): [string, number | string | boolean | null][] {
  // the order of np.get_printoptions()
  return [
    ['edgeitems', o.edgeitems],
    ['threshold', o.threshold],
    ['floatmode', o.floatmode],
    ['precision', o.precision],
    ['suppress', o.suppress],
    ['linewidth', o.linewidth],
    ['nanstr', o.nanstr],
    ['infstr', o.infstr],
    ['sign', o.sign],
    ['formatter', null],
    ['legacy', o.legacy],
    ['override_repr', null],
  ];
}
