// The diagnostic codes of the shape analysis, their default severities and one-line titles,
// and the plain-data types the analysis hands to the CLI and the language server (diagnostics
// with ranges, quick fixes as text edits). Each code has a page in docs/diagnostics/<code>.md.
import type { SourceRange } from '../python/ast';

export type Severity = 'error' | 'warning' | 'information';

export const DIAGNOSTIC_CODES = {
  'syntax-error': { severity: 'error', title: 'The file does not parse as Python' },
  'broadcast-mismatch': { severity: 'error', title: 'Operands cannot be broadcast together' },
  'matmul-mismatch': { severity: 'error', title: 'Inner dimensions of a matrix product differ' },
  'reshape-size-mismatch': { severity: 'error', title: 'reshape to a shape with a different number of elements' },
  'axis-out-of-bounds': { severity: 'error', title: 'An axis argument outside the array\'s dimensions' },
  'too-many-indices': { severity: 'error', title: 'More indices than the array has dimensions' },
  'index-out-of-bounds': { severity: 'error', title: 'A constant index past the end of an axis' },
  'invalid-index': { severity: 'error', title: 'An index that is not an integer, slice, None, Ellipsis or int/bool array' },
  'concatenate-mismatch': { severity: 'error', title: 'Arrays that concatenate/stack cannot join' },
  'boolean-mask-mismatch': { severity: 'error', title: 'A boolean mask whose shape does not match the array' },
  'linalg-shape': { severity: 'error', title: 'linalg on a non-square matrix or mismatched right-hand side' },
  'invalid-transpose-axes': { severity: 'error', title: 'transpose with repeated or missing axes' },
  'squeeze-non-one': { severity: 'error', title: 'squeeze of an axis whose size is not 1' },
  'uneven-split': { severity: 'error', title: 'split into sections that do not divide the axis' },
  'unpack-mismatch': { severity: 'error', title: 'Unpacking a shape into the wrong number of names' },
  'inplace-broadcast': { severity: 'error', title: 'In-place operation whose result does not fit the target' },
  'silent-broadcast': { severity: 'warning', title: 'A broadcast that silently grows the shape' },
  'reduction-broadcast': { severity: 'warning', title: 'A reduction without keepdims combined with its source' },
  'shape-comment-mismatch': { severity: 'warning', title: 'A shape comment contradicts the inferred shape' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface TextEdit {
  /** UTF-16 offsets into the analysed source. */
  start: number;
  end: number;
  newText: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  /** The diagnostic code it fixes. */
  code: DiagnosticCode;
  /** Preferred fixes are the ones an editor applies with one keystroke. */
  isPreferred?: boolean;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** NumPy's own message for errors; our text for warnings. */
  message: string;
  /** Why: which dimensions clash and where each came from. */
  explanation?: string;
  range: SourceRange;
  fixes: QuickFix[];
  /** Where the clashing dimensions came from (offsets in the analysed file). */
  related?: { start: number; end: number; line: number; message: string }[];
}

export interface AnalysisOptions {
  /** Per-code severity override; 'off' drops the code. */
  severities?: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  /** Returns the source of a user module (`utils` for `from utils import f`), or undefined. */
  resolveModule?: (moduleName: string) => string | undefined;
  /** Name of the analysed module, to stop it importing itself. */
  moduleName?: string;
  /**
   * Identifies the document across edits (the editor's URI): its parse is kept so the next
   * analysis re-parses only what an edit changed (incrementalParse.ts), and re-analyses replay
   * the top-level statements an edit did not affect (statementMemo.ts). Omit for one-off
   * analyses (the CLI): nothing is then kept.
   */
  documentKey?: string;
  /**
   * With a `documentKey`: whether this analysis records its statements for the next one to
   * replay (default true). Recording costs about a second analysis; the editor skips it for a
   * large document's first analysis, which the user waits for.
   */
  recordStatements?: boolean;
}

export function isDiagnosticCode(s: string): s is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, s);
}
