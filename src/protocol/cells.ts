// Finds the `# %%` cell around a line, the convention VS Code's Python interactive window,
// Spyder and Jupytext share: a cell starts at a line whose text begins with `# %%` (or `#%%`)
// and runs to the line before the next marker or the end of the file. Pure text, shared by the
// client (Run Cell) and the server tests.

const CELL_MARKER = /^\s*#\s?%%/;

export function isCellMarker(line: string): boolean {
  return CELL_MARKER.test(line);
}

/** 0-based [firstLine, lastLine] of the cell holding `line`, excluding the marker line itself. */
export function cellAt(lines: readonly string[], line: number): { first: number; last: number; hasMarkers: boolean } {
  let start = -1;
  for (let i = Math.min(line, lines.length - 1); i >= 0; i--) {
    if (isCellMarker(lines[i])) { start = i; break; }
  }
  let end = lines.length;
  for (let i = Math.max(line + 1, start + 1); i < lines.length; i++) {
    if (isCellMarker(lines[i])) { end = i; break; }
  }
  const hasMarkers = start >= 0 || end < lines.length;
  let first = start + 1;
  let last = end - 1;
  // Trailing blank lines are not part of what the user reads as the cell.
  while (last > first && lines[last].trim() === '') last--;
  if (last < first) last = first;
  return { first, last, hasMarkers };
}
