// Adapter from the static analysis (src/analysis `analyze`) to the server's Analyzer
// interface: ranges become offsets, explanations join the message, the shape of each
// top-level name is rendered for "Show Shapes of File". Kept separate so that a change in the
// analysis API touches one file.
import { analyze } from '../analysis';
import type { AnalyzedFile, Analyzer } from './backend';

export const analysisAnalyzer: Analyzer = (source, options): AnalyzedFile => {
  const analysis = analyze(source, {
    severities: options.silentBroadcast ? {} : { 'silent-broadcast': 'off' },
    resolveModule: options.resolveModule,
    moduleName: options.moduleName,
    documentKey: options.documentKey,
    recordStatements: options.recordStatements,
  });
  return {
    diagnostics: analysis.diagnostics.map((d) => ({
      start: d.range.start,
      end: d.range.end,
      code: d.code,
      severity: d.severity,
      message: d.explanation ? `${d.message}\n${d.explanation}` : d.message,
    })),
    hoverAt: (offset) => analysis.hoverAt(offset),
    inlayHints: (start, end) => analysis.inlayHints(start, end).map((h) => ({ offset: h.offset, label: h.label, tooltip: h.tooltip, paddingLeft: false })),
    codeActions: (start, end) => analysis.codeActions(start, end).map((a) => ({
      title: a.title,
      code: a.code,
      edits: a.edits,
      isPreferred: a.isPreferred,
      diagnosticStart: a.diagnosticStart,
      diagnosticEnd: a.diagnosticEnd,
    })),
    topLevelShapes: analysis.topLevelShapes.map((t) => ({
      name: t.name,
      offset: offsetOfLine(source, t.line),
      shape: t.text,
      dtype: undefined,
    })),
  };
};

function offsetOfLine(source: string, oneBasedLine: number): number {
  let offset = 0;
  for (let line = 1; line < oneBasedLine; line++) {
    const next = source.indexOf('\n', offset);
    if (next < 0) return source.length;
    offset = next + 1;
  }
  return offset;
}
