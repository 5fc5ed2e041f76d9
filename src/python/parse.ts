// `parse(source)`: Python source text → our CPython-shaped tree (ast.ts), syntax errors (in
// CPython's words: syntaxErrors.ts), comments and line starts. It runs pyright's parser
// (pyright.ts), translates the tree (convert.ts) and, when a bracket left open swallows the
// lines after it, repairs the text and parses again (repair.ts) so later statements survive.
// It never throws: anything unexpected (such as absurdly deep nesting) becomes a syntax error.
import type { Comment, Module, ParseResult, SyntaxDiagnostic } from './ast';
import { Converter } from './convert';
import { computeLineStarts, offsetAt, rangeFromOffsets } from './positions';
import { runPyright, tokenizeOnly, UNCLOSED_MESSAGE, type PyrightOutput } from './pyright';
import { TT } from './pyrightKinds';
import { planRepair } from './repair';
import { badNumberErrors, closingBracketError, invalidCharacterError, invalidTargetErrors, missingCommaErrors, scopeErrors, sliceErrors, toCPythonErrors } from './syntaxErrors';

export function parse(source: string): ParseResult {
  const lineStarts = computeLineStarts(source);
  const result = parseRaw(source, lineStarts);
  const targets = [...invalidTargetErrors(result.module, source, lineStarts), ...scopeErrors(result.module, lineStarts)];
  if (targets.length) result.errors = [...result.errors, ...targets].sort((a, b) => a.range.start - b.range.start);
  // An f-string's field is compiled on its own by CPython: its errors are those of that text.
  if (result.errors.length) result.errors = toCPythonErrors(source, lineStarts, result.errors, (text) => parse(text).errors[0]);
  return result;
}

function parseRaw(source: string, lineStarts: number[]): ParseResult {
  try {
    return parseOnce(source, lineStarts, true);
  } catch (error) {
    if (error instanceof RangeError) {
      // Pyright's recursive descent ran out of stack: blank out what nests too deeply.
      try {
        const result = parseBlanked(source, lineStarts);
        if (result) return result;
      } catch {
        // Fall through to the whole-file error below.
      }
    }
    const message = error instanceof RangeError
      ? 'Code is too deeply nested to analyze'
      : `Internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    return {
      module: { kind: 'Module', body: [], range: rangeFromOffsets(lineStarts, 0, source.length) },
      errors: [{ message, range: rangeFromOffsets(lineStarts, 0, Math.min(source.length, lineEnd(source, 0))) }],
      comments: [],
      lineStarts,
    };
  }
}

/** Beyond CPython's limit of nested brackets (its tokenizer's MAXLEVEL). */
const MAX_NESTING = 200;

/**
 * The source with every bracket group nested deeper than CPython allows replaced by spaces
 * (line breaks kept, so offsets and lines stay), and the offsets of the brackets that went too
 * deep; null if there are none.
 */
function blankDeepNesting(source: string): { text: string; errors: number[] } | null {
  const tokens = tokenizeOnly(source);
  const stack: number[] = [];
  const regions: [number, number][] = [];
  const errors: number[] = [];
  let regionStart = -1;
  for (const t of tokens) {
    const type = t.type;
    if (type === TT.OpenParenthesis || type === TT.OpenBracket || type === TT.OpenCurlyBrace) {
      stack.push(t.start);
      if (stack.length > MAX_NESTING && regionStart < 0) {
        regionStart = stack[0];
        errors.push(t.start);
      }
    } else if (type === TT.CloseParenthesis || type === TT.CloseBracket || type === TT.CloseCurlyBrace) {
      stack.pop();
      if (!stack.length && regionStart >= 0) {
        regions.push([regionStart, t.start + t.length]);
        regionStart = -1;
      }
    }
  }
  if (regionStart >= 0) regions.push([regionStart, source.length]);
  if (!regions.length) return null;
  let text = '';
  let last = 0;
  for (const [s, e] of regions) {
    text += source.slice(last, s) + source.slice(s, e).replace(/[^\r\n]/g, ' ');
    last = e;
  }
  text += source.slice(last);
  return { text, errors };
}

/**
 * CPython refuses more than 200 nested brackets, and such nesting can exhaust pyright's or our
 * stack: parse with those regions blanked out (same offsets) and report them.
 */
function parseBlanked(source: string, lineStarts: number[]): ParseResult | null {
  const deep = blankDeepNesting(source);
  if (!deep) return null;
  const result = parseOnce(deep.text, lineStarts, false);
  const errors = [...result.errors, ...deep.errors.map((at) => ({ message: 'Too many nested parentheses', range: rangeFromOffsets(lineStarts, at, at + 1) }))];
  errors.sort((a, b) => a.range.start - b.range.start);
  return { ...result, errors };
}

function maxNesting(tokens: readonly { type: number }[]): number {
  let depth = 0;
  let max = 0;
  for (const t of tokens) {
    const type = t.type;
    if (type === TT.OpenParenthesis || type === TT.OpenBracket || type === TT.OpenCurlyBrace) {
      if (++depth > max) max = depth;
    } else if ((type === TT.CloseParenthesis || type === TT.CloseBracket || type === TT.CloseCurlyBrace) && depth > 0) depth--;
  }
  return max;
}

function parseOnce(source: string, lineStarts: number[], mayBlank: boolean): ParseResult {
  {
    const first = runPyright(source);
    if (mayBlank && maxNesting(first.tokens) > MAX_NESTING) {
      const blanked = parseBlanked(source, lineStarts);
      if (blanked) return blanked;
    }
    const repair = planRepair(source, first.tokens, lineStarts);
    let result: ParseResult;
    if (repair) {
      // Closing brackets were inserted into the text; ranges are mapped back through
      // repair.offsetMap so every offset means the same place in the user's text.
      const second = runPyright(repair.text);
      result = remap(build(repair.text, second, computeLineStarts(repair.text)), source, lineStarts, repair.offsetMap, new Set(repair.unclosed));
    } else {
      result = build(source, first, lineStarts);
    }
    // A closer of the wrong kind (`[3, 4)`): pyright's parser may recover from it silently.
    const bracket = closingBracketError(first.tokens, lineStarts);
    if (bracket) result.errors = [...result.errors, bracket].sort((a, b) => a.range.start - b.range.start);
    // `print(“hello”)`: pyright reads some characters CPython refuses as whitespace.
    const character = invalidCharacterError(source, lineStarts, first.tokens);
    if (character) result.errors = [...result.errors, character].sort((a, b) => a.range.start - b.range.start);
    return result;
  }
}

function lineEnd(source: string, from: number): number {
  const nl = source.indexOf('\n', from);
  return nl < 0 ? source.length : nl;
}

function build(source: string, out: PyrightOutput, lineStarts: number[]): ParseResult {
  const converter = new Converter(source, out.tokens, lineStarts);
  const module = converter.module(out.module);
  const errors = errorsOf(out, lineStarts);
  const openers = out.unclosedReports.map((r) => offsetAt(lineStarts, r.line + 1, r.char));
  errors.push(...missingCommaErrors(source, lineStarts, out.tokens, openers));
  errors.push(...badNumberErrors(source, lineStarts, out.tokens));
  errors.push(...sliceErrors(source, lineStarts, out.tokens));
  if (converter.errors.length || errors.length > 1) {
    errors.push(...converter.errors);
    errors.sort((a, b) => a.range.start - b.range.start);
  }
  return { module, errors, comments: commentsOf(out, lineStarts), lineStarts };
}

function errorsOf(out: PyrightOutput, lineStarts: number[]): SyntaxDiagnostic[] {
  const errors = out.errors.map((e) => {
    const start = offsetAt(lineStarts, e.startLine + 1, e.startChar);
    const stop = Math.max(start, offsetAt(lineStarts, e.endLine + 1, e.endChar));
    return { message: e.message, range: rangeFromOffsets(lineStarts, start, stop) };
  });
  errors.sort((a, b) => a.range.start - b.range.start);
  return dedupe(errors);
}

/** Drops repeated reports of the same message at the same place (sorted input). */
function dedupe(errors: SyntaxDiagnostic[]): SyntaxDiagnostic[] {
  return errors.filter((e, i) => {
    for (let j = i - 1; j >= 0 && errors[j].range.start === e.range.start; j--) {
      if (errors[j].message === e.message && errors[j].range.end === e.range.end) return false;
    }
    return true;
  });
}

function commentsOf(out: PyrightOutput, lineStarts: number[]): Comment[] {
  const comments: Comment[] = [];
  for (const t of out.tokens) {
    if (!t.comments) continue;
    for (const c of t.comments) {
      comments.push({ text: c.value, range: rangeFromOffsets(lineStarts, c.start - 1, c.start + c.length) });
    }
  }
  return comments;
}

/**
 * Maps a result parsed from repaired text back onto the user's text: ranges go through
 * `offsetMap`. The errors are those of the repaired parse (what is really missing, e.g. the
 * value after `axis=`) plus one report per bracket left open.
 */
function remap(result: ParseResult, source: string, lineStarts: number[], offsetMap: (offset: number) => number, unclosed: Set<number>): ParseResult {
  const seen = new Set<object>();
  const fix = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) fix(v);
      return;
    }
    const obj = value as Record<string, unknown>;
    for (const key in obj) {
      const v = obj[key];
      if (v && typeof v === 'object' && 'endColumn' in (v as object)) {
        const r = v as { start: number; end: number };
        const s = offsetMap(r.start);
        obj[key] = rangeFromOffsets(lineStarts, s, Math.max(s, offsetMap(r.end)));
      } else if (key !== 'value' || (v && typeof v === 'object' && 'kind' in (v as object)) || Array.isArray(v)) {
        fix(v);
      }
    }
  };
  fix(result.module);
  const module = result.module as Module;
  module.range = rangeFromOffsets(lineStarts, 0, source.length);
  const comments = result.comments.map((c) => {
    const s = offsetMap(c.range.start);
    return { text: c.text, range: rangeFromOffsets(lineStarts, s, offsetMap(c.range.end)) };
  });
  const errors: SyntaxDiagnostic[] = result.errors.map((e) => {
    const s = offsetMap(e.range.start);
    return { message: e.message, range: rangeFromOffsets(lineStarts, s, Math.max(s, offsetMap(e.range.end))) };
  });
  // Our own report for each bracket the repair closed (the first parse may not have reached
  // them all, the second parse no longer sees them).
  for (const offset of unclosed) {
    errors.push({ message: UNCLOSED_MESSAGE[source[offset]] ?? `"${source[offset]}" was not closed`, range: rangeFromOffsets(lineStarts, offset, offset + 1) });
  }
  errors.sort((a, b) => a.range.start - b.range.start);
  return { module, errors: dedupe(errors), comments, lineStarts };
}
