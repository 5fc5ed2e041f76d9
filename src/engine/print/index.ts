// Public API of the printing area: NumPy-exact str/repr of arrays, scalars, dtypes and shapes,
// NumPy's print options as a value, and Python's float/int/str formatting (repr, format specs,
// `%`). Everything else in src/engine/print/ is an implementation detail.

export {
  array2string,
  arrayRepr,
  arrayStr,
  dtypeRepr,
  dtypeStr,
  floatScalarStr,
  FormatFloatError,
  npFormatFloatPositional,
  npFormatFloatScientific,
  type FormatFloatKwargs,
  scalarRepr,
  scalarStr,
  shapeRepr,
  type PrintableArray,
  type PrintDType,
  type PrintElement,
} from './arrayprint';
export {
  DEFAULT_PRINT_OPTIONS,
  PrintOptionsError,
  printOptionsEntries,
  updatePrintOptions,
  type ElementFormatFn,
  type FloatMode,
  type PrintFormatter,
  type PrintOptions,
  type PrintOptionsUpdate,
  type SignMode,
} from './options';
export { formatPositional, formatScientific, type FloatKind, type TrimMode } from './dragon4';
export { roundToFloat16, type ComplexValue } from './formatters';
export {
  formatBool,
  formatFloat,
  formatInt,
  formatStr,
  parseFormatSpec,
  percentArg,
  percentFormat,
  pyComplexRepr,
  pyFloatRepr,
  pyIntStr,
  pyRoundFloat,
  pyRoundToInt,
  PyFormatError,
  type FormatSpec,
  type PercentArg,
  type PyErrorType,
} from './pyformat';
