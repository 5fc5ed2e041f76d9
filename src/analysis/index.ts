// The public API of the static shape analysis: `analyze(source, options)` parses, runs the
// abstract interpreter once, and returns plain data for the CLI and the language server:
// diagnostics (with explanations and quick fixes), hover text at an offset, inlay hints, code
// actions for a range, and the shapes of top-level names. No I/O: user modules come in
// through `options.resolveModule`. Never throws on user code. With `options.documentKey` (the
// editor), re-analyses reuse the statements an edit did not affect (statementMemo.ts).
import { parse, parseFast } from '../python';
import { rangeFromOffsets } from '../python/positions';
import { parseIncremental } from './incrementalParse';
import type { SourceRange, ParseResult } from '../python/ast';
import { Interpreter, type ParsedModule, type HoverRecord } from './interpreter';
import { collectShapeComments, collectIgnores } from './comments';
import { memoForDocument } from './statementMemo';
import {
  type Diagnostic, type AnalysisOptions, type QuickFix, type Severity, type DiagnosticCode,
  DIAGNOSTIC_CODES, isDiagnosticCode,
} from './diagnostics';
import { type Value, type Dim, shapeText, dimText, valueText, isUnknown } from './values';

export type { Diagnostic, AnalysisOptions, QuickFix, Severity, DiagnosticCode };
export { DIAGNOSTIC_CODES, isDiagnosticCode };

export interface Hover {
  markdown: string;
  start: number;
  end: number;
}

export interface InlayHint {
  /** Offset just after the assignment target. */
  offset: number;
  line: number;
  label: string;
  tooltip?: string;
}

export interface CodeAction extends QuickFix {
  diagnosticStart: number;
  diagnosticEnd: number;
}

export interface TopLevelShape {
  line: number;
  /** Offset of the target name. */
  offset: number;
  name: string;
  /** Known ints, strings for symbolic dims (`"n"`, `"2*d"`, `"?"` unknown); null if not an array or rank unknown. */
  shape: (number | string)[] | null;
  dtype: string | null;
  /** `(32, 10) float64`, for display. */
  text: string;
}

export interface Analysis {
  diagnostics: Diagnostic[];
  hoverAt(offset: number): Hover | undefined;
  inlayHints(start?: number, end?: number): InlayHint[];
  codeActions(start: number, end: number): CodeAction[];
  topLevelShapes: TopLevelShape[];
  /** For tests: the text of `reveal_shape(x)` on a line, else of the last value assigned on it. */
  revealedAt(line: number): string | undefined;
}

export function shapeJson(v: Value): (number | string)[] | null {
  if (v.k !== 'array' || !v.shape) return null;
  return v.shape.map((d) => (typeof d.v === 'number' ? d.v : dimText(d.v)));
}

function dimLine(d: Dim, i: number): string {
  const size = isUnknown(d.v) ? '?' : dimText(d.v);
  if (!d.from) return `- axis ${i}: ${size}`;
  const note = d.from.note ? ` (${d.from.note})` : '';
  return `- axis ${i}: ${size} from \`${d.from.text}\`, line ${d.from.line}${note}`;
}

export function hoverMarkdown(h: HoverRecord, name: string): string {
  const v = h.value;
  if (v.k !== 'array') return `\`${name}\`: ${valueText(v)}`;
  const lines = [`\`${name}\`: **${shapeText(v.shape)}**${v.dtype ? ` ${v.dtype}` : ''}`];
  if (v.shape && v.shape.length) lines.push('', ...v.shape.map(dimLine));
  if (h.note) lines.push('', ...h.note.split('\n'));
  return lines.join('\n');
}

/**
 * Parses and analyses one file. Cheap enough to call on every (debounced) edit: the top-level
 * statements an edit left unchanged are not parsed again (incrementalParse.ts).
 */
export function analyze(source: string, options: AnalysisOptions = {}): Analysis {
  // A one-off analysis keeps nothing: its tree dies with it.
  const parsed = options.documentKey === undefined ? parseFast(source) ?? parse(source) : parseIncremental(source, options.documentKey);
  return analyzeParsed(source, parsed, options);
}

/** The same, for a caller that already has the parse (the server, benchmarks). */
export function analyzeParsed(source: string, parsed: ParseResult, options: AnalysisOptions = {}): Analysis {
  const comments = parsed.comments;
  const ignores = collectIgnores(comments);
  const shapeComments = collectShapeComments(comments, source, parsed.lineStarts);
  const moduleCache = new Map<string, ParsedModule | undefined>();
  const resolve = options.resolveModule
    ? (name: string): ParsedModule | undefined => {
      if (name === options.moduleName) return undefined;
      if (moduleCache.has(name)) return moduleCache.get(name);
      let pm: ParsedModule | undefined;
      try {
        const src = options.resolveModule!(name);
        if (src !== undefined) {
          const p = parse(src);
          pm = { module: p.module, source: src, comments: p.comments };
        }
      } catch {
        pm = undefined;
      }
      moduleCache.set(name, pm);
      return pm;
    }
    : undefined;
  const memo = options.documentKey !== undefined && options.recordStatements !== false ? memoForDocument(options.documentKey) : null;
  const it = new Interpreter(source, parsed.lineStarts, shapeComments, ignores, resolve, memo);
  let crashed = false;
  try {
    it.runModule(parsed.module);
  } catch (err) {
    // Analysis must never throw on user code: keep what was found before the failure, and
    // trust nothing the memo recorded during it.
    crashed = true;
    memo?.clear();
    void err;
  }
  const diagnostics: Diagnostic[] = [];
  for (const e of parsed.errors) {
    diagnostics.push({ code: 'syntax-error', severity: 'error', message: e.message, range: e.range, fixes: [] });
  }
  for (const d of it.diagnostics) diagnostics.push(d);
  const severities = options.severities ?? {};
  const kept = diagnostics.filter((d) => {
    for (let line = d.range.line; line <= d.range.endLine; line++) {
      const ig = ignores.get(line);
      if (ig === 'all' || (ig && ig.has(d.code))) return false;
      if (line > d.range.line + 20) break;
    }
    const sev = severities[d.code];
    if (sev === 'off') return false;
    if (sev) d.severity = sev;
    return true;
  });
  if (crashed) void 0;

  const hovers = it.hovers;
  // Rendered on first use: the editor asks for them only for "Show Shapes of File".
  let topLevelShapes: TopLevelShape[] | undefined;
  const renderTopLevelShapes = (): TopLevelShape[] => it.topLevel.map((t) => ({
    line: t.line,
    offset: t.offset,
    name: t.name,
    shape: shapeJson(t.value),
    dtype: t.value.k === 'array' ? t.value.dtype : null,
    text: valueText(t.value),
  }));

  // A quick fix is offered only if the fixed file has no error the original lacks: a fix that
  // trades the error for another one in the same statement (`x * 2 + x @ w.T` with a (3, 3)
  // product) would send the user in circles. Checked on request (the editor asks for code
  // actions at the cursor), once per fix, by analysing the fixed text.
  const verdicts = new Map<QuickFix, boolean>();
  const errorKeys = (ds: Diagnostic[]): Set<string> => new Set(ds.filter((d) => d.severity === 'error').map((d) => `${d.code}@${d.range.line}`));
  let originalErrors: Set<string> | undefined;
  const fixHolds = (d: Diagnostic, f: QuickFix): boolean => {
    const known = verdicts.get(f);
    if (known !== undefined) return known;
    let verdict = false;
    try {
      const edits = [...f.edits].sort((x, y) => y.start - x.start);
      let fixed = source;
      for (const e of edits) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
      // Errors after the edit move by the lines it added.
      const editLine = lineOf(source, edits[edits.length - 1].start);
      let lineDelta = 0;
      for (const e of edits) lineDelta += count(e.newText, '\n') - count(source.slice(e.start, e.end), '\n');
      originalErrors ??= errorKeys(kept);
      const allowed = new Set(originalErrors);
      allowed.delete(`${d.code}@${d.range.line}`);
      // A plain parse: the incremental parser's memory of recent sources stays the document's.
      const after = analyzeParsed(fixed, parseFast(fixed) ?? parse(fixed), { severities: options.severities, resolveModule: options.resolveModule, moduleName: options.moduleName });
      verdict = after.diagnostics.every((x) => x.severity !== 'error' || allowed.has(`${x.code}@${x.range.line > editLine ? x.range.line - lineDelta : x.range.line}`));
    } catch {
      verdict = false;
    }
    verdicts.set(f, verdict);
    return verdict;
  };

  return {
    diagnostics: kept,
    get topLevelShapes(): TopLevelShape[] {
      return (topLevelShapes ??= renderTopLevelShapes());
    },
    hoverAt(offset: number): Hover | undefined {
      let bestIndex = -1;
      let bestStart = 0, bestEnd = 0;
      for (let i = 0; i < hovers.length; i++) {
        const start = hovers.startAt(i), end = hovers.endAt(i);
        // The latest record of the smallest range wins (loops end with their widest state).
        if (start <= offset && offset < end && (bestIndex < 0 || end - start <= bestEnd - bestStart)) { bestIndex = i; bestStart = start; bestEnd = end; }
      }
      if (bestIndex < 0 || hovers.valueAt(bestIndex).k === 'unknown') return undefined;
      const best: HoverRecord = { range: rangeFromOffsets(parsed.lineStarts, bestStart, bestEnd), value: hovers.valueAt(bestIndex) };
      best.note = it.noteOf(best.value);
      const name = source.slice(best.range.start, best.range.end);
      return { markdown: hoverMarkdown(best, name.length > 40 ? name.slice(0, 37) + '...' : name), start: best.range.start, end: best.range.end };
    },
    inlayHints(start = 0, end = Infinity): InlayHint[] {
      const seen = new Map<number, InlayHint>();
      for (const h of it.inlays) {
        if (h.offset < start || h.offset > end) continue;
        const v = h.value;
        if (v.k !== 'array' || !v.shape) continue;
        // The last write at an offset wins (loop bodies are re-analysed to their fixed point).
        seen.set(h.offset, { offset: h.offset, line: h.line, label: `: ${shapeText(v.shape)}`, tooltip: `${h.name}: ${valueText(v)}` });
      }
      return [...seen.values()].sort((a, b) => a.offset - b.offset);
    },
    codeActions(start: number, end: number): CodeAction[] {
      const out: CodeAction[] = [];
      for (const d of kept) {
        if (d.range.end < start || d.range.start > end) continue;
        for (const f of d.fixes) if (fixHolds(d, f)) out.push({ ...f, diagnosticStart: d.range.start, diagnosticEnd: d.range.end });
      }
      return out;
    },
    revealedAt(line: number): string | undefined {
      const v = it.revealed.get(line);
      return v ? valueText(v) : undefined;
    },
  };
}

function lineOf(text: string, offset: number): number {
  return count(text.slice(0, offset), '\n') + 1;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** 1-based line and column of a range start (CLI and JSON output). */
export function oneBased(r: SourceRange): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: r.line, column: r.column + 1, endLine: r.endLine, endColumn: r.endColumn + 1 };
}
