// Offsets ↔ line/column arithmetic for Python sources: where lines start (CPython's rule:
// "\r\n", "\r" and "\n" each end a line), the line/column of an offset, building SourceRange
// values, and reading a node's text back out of the source. Columns count UTF-16 code units,
// as editors do (CPython counts UTF-8 bytes; the golden test converts).
import type { SourceRange } from './ast';

/** UTF-16 offset where each line starts; always begins with 0. */
export function computeLineStarts(source: string): number[] {
  const starts = [0];
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (i + 1 < n && source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the line containing `offset` (0-based), by binary search. */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and 0-based UTF-16 column of a UTF-16 offset. */
export function positionAt(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  const index = lineIndexAt(lineStarts, offset);
  return { line: index + 1, column: offset - lineStarts[index] };
}

/** UTF-16 offset of a 1-based line and 0-based column (clamped to the text's lines). */
export function offsetAt(lineStarts: readonly number[], line: number, column: number): number {
  const index = Math.max(0, Math.min(lineStarts.length - 1, line - 1));
  return lineStarts[index] + column;
}

/** A SourceRange for the offsets [start, end). */
export function rangeFromOffsets(lineStarts: readonly number[], start: number, end: number): SourceRange {
  const startLine = lineIndexAt(lineStarts, start);
  let endLine = startLine;
  const count = lineStarts.length;
  // Most ranges end on the line they start on or shortly after: walk before searching.
  while (endLine + 1 < count && lineStarts[endLine + 1] <= end) {
    endLine++;
    if (endLine - startLine > 8) {
      endLine = lineIndexAt(lineStarts, end);
      break;
    }
  }
  return {
    start,
    end,
    line: startLine + 1,
    column: start - lineStarts[startLine],
    endLine: endLine + 1,
    endColumn: end - lineStarts[endLine],
  };
}

/** The source text a node (or any range) covers. */
export function textOf(source: string, node: { range: SourceRange } | SourceRange): string {
  const range = 'range' in node ? node.range : node;
  return source.slice(range.start, range.end);
}
