// The two engines the language server drives, seen through the narrow interfaces the server
// needs: an analyzer (diagnostics, hover, inlay hints, quick fixes, file shapes — all in plain
// offsets and strings) and a run executor (runs code off the main thread with limits). The
// concrete wiring to src/analysis and src/interpreter lives in analysisBackend.ts and the run
// executors; tests may inject their own to exercise the protocol plumbing.
import type { RunError, RunKind, RunValue } from '../protocol/messages';

export type AnalysisSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface AnalysisDiagnostic {
  start: number;
  end: number;
  code: string;
  message: string;
  severity: AnalysisSeverity;
  /** Extra locations that explain the message (where a dimension came from). */
  related?: { start: number; end: number; message: string }[];
  /** Marks code the analysis thinks is unreachable / unnecessary (faded). */
  tags?: ('unnecessary' | 'deprecated')[];
}

export interface AnalysisInlayHint { offset: number; label: string; tooltip?: string; paddingLeft?: boolean }

export interface AnalysisEdit { start: number; end: number; newText: string }

export interface AnalysisCodeAction {
  title: string;
  /** Diagnostic code this fixes, if it is a quick fix. */
  code?: string;
  edits: AnalysisEdit[];
  isPreferred?: boolean;
  /** Range of the diagnostic it fixes, to attach the diagnostic to the action. */
  diagnosticStart?: number;
  diagnosticEnd?: number;
}

export interface AnalysisTopLevelShape { name: string; offset: number; shape: string; dtype?: string }

export interface AnalyzedFile {
  diagnostics: AnalysisDiagnostic[];
  /** Markdown to show on hover at `offset`, or undefined when nothing is known there. */
  hoverAt(offset: number): { markdown: string; start?: number; end?: number } | undefined;
  inlayHints(start: number, end: number): AnalysisInlayHint[];
  codeActions(start: number, end: number): AnalysisCodeAction[];
  topLevelShapes: AnalysisTopLevelShape[];
}

export interface AnalyzeOptions {
  silentBroadcast: boolean;
  /** Source of a sibling user module (`from utils import f`), or undefined. */
  resolveModule?: (moduleName: string) => string | undefined;
  /** This file's module name, so it does not import itself. */
  moduleName?: string;
  /** The document's URI: re-analyses after an edit reuse what the edit did not affect. */
  documentKey?: string;
  /** With `documentKey`: record this analysis for the next one to reuse (default true; costs about a second analysis). */
  recordStatements?: boolean;
}

export type Analyzer = (source: string, options: AnalyzeOptions) => AnalyzedFile;

export interface RunLimits { timeLimitMs: number; memoryLimitMb: number }

export interface RunJob {
  /** The whole document (so names defined above the selection are known). */
  source: string;
  /** Offsets of the part to run. */
  start: number;
  end: number;
  limits: RunLimits;
}

export interface RunOutcome {
  kind: RunKind;
  output: string;
  valueRepr?: string;
  values: RunValue[];
  /** Error with an offset into `source` when the interpreter knows where it was raised. */
  error?: Omit<RunError, 'line' | 'character'> & { offset?: number; line?: number };
}

export interface RunExecutor {
  run(job: RunJob): Promise<RunOutcome>;
  /** Stops the run in progress (it resolves with kind 'cancelled'). */
  cancel(): void;
  dispose(): void;
}
