// A test double for the server tests: an analyzer that flags the text `BAD` (error,
// shape-mismatch) and `SB` (warning, silent-broadcast) and knows one name, `x`, of shape
// (3, 4), so the LSP plumbing can be checked independently of the real analysis.
import type { AnalyzedFile, Analyzer } from '../../src/server/backend';

/** Flags `BAD` (error, code shape-mismatch) and `SB` (warning, silent-broadcast); knows `x`. */
export const markerAnalyzer: Analyzer = (source): AnalyzedFile => {
  const find = (word: string) => [...source.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => m.index!);
  const diagnostics = [
    ...find('BAD').map((start) => ({ start, end: start + 3, code: 'shape-mismatch', message: 'marker BAD', severity: 'error' as const })),
    ...find('SB').map((start) => ({ start, end: start + 2, code: 'silent-broadcast', message: 'marker SB', severity: 'warning' as const })),
  ];
  return {
    diagnostics,
    hoverAt: (offset) => {
      const at = find('x').find((s) => offset >= s && offset <= s + 1);
      return at === undefined ? undefined : { markdown: '`x`: (3, 4) float64', start: at, end: at + 1 };
    },
    inlayHints: (start, end) => find('x').filter((s) => s >= start && s < end).map((s) => ({ offset: s + 1, label: ': (3, 4)' })),
    codeActions: (start, end) => find('BAD').filter((s) => s + 3 >= start && s <= end).map((s) => ({
      title: 'Replace BAD with GOOD', code: 'shape-mismatch', edits: [{ start: s, end: s + 3, newText: 'GOOD' }], isPreferred: true,
    })),
    topLevelShapes: find('x').map((offset) => ({ name: 'x', offset, shape: '(3, 4)', dtype: 'float64' })),
  };
};

