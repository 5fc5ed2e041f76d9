// Error recovery for half-typed code. Pyright's tokenizer ignores line breaks inside an open
// bracket, so one unclosed `(` or `[` (`def f(:`, `x = np.sum(X, axis=`) swallows every line
// after it. This pass finds brackets that are never closed and plans the text to insert so
// they close at the first line that cannot continue the expression: a line that starts at or
// left of the indentation of the line where the bracket opened. Brackets that are closed
// somewhere are never touched, so valid code is never rewritten.
import type { PToken } from './pyright';
import { lineIndexAt } from './positions';
import { OP, TT } from './pyrightKinds';

export interface Repair {
  /** The source with closing brackets inserted. */
  text: string;
  /** Maps an offset in `text` back to the user's source. */
  offsetMap: (offset: number) => number;
  /** Offsets (in the user's source) of the brackets that were never closed. */
  unclosed: number[];
}

const CLOSER: Record<number, string> = {
  [TT.OpenParenthesis]: ')',
  [TT.OpenBracket]: ']',
  [TT.OpenCurlyBrace]: '}',
};

/** Statements whose header ends with a colon: close brackets before that colon. */
const COMPOUND_HEADER = /^\s*(?:async\s+)?(?:def|class|if|elif|while|for|with|except|match|case)\b/;

/** Keywords that start a statement and can never continue an expression. */
const STATEMENT_KEYWORDS = new Set([
  'return', 'pass', 'raise', 'def', 'class', 'import', 'assert', 'del', 'global', 'nonlocal',
  'try', 'while', 'with', 'break', 'continue', 'elif', 'except', 'finally',
]);

/** `=` and the augmented assignments (`+=` ...). */
const ASSIGN_OPERATORS = new Set<number>([
  OP.Assign, OP.AddEqual, OP.SubtractEqual, OP.MultiplyEqual, OP.MatrixMultiplyEqual, OP.DivideEqual,
  OP.FloorDivideEqual, OP.ModEqual, OP.PowerEqual, OP.LeftShiftEqual, OP.RightShiftEqual,
  OP.BitwiseAndEqual, OP.BitwiseOrEqual, OP.BitwiseXorEqual,
]);

function isOpen(type: number): boolean {
  return type === TT.OpenParenthesis || type === TT.OpenBracket || type === TT.OpenCurlyBrace;
}

function isClose(type: number): boolean {
  return type === TT.CloseParenthesis || type === TT.CloseBracket || type === TT.CloseCurlyBrace;
}

/** Token indices of the open brackets that nothing closes. */
function findUnclosed(tokens: PToken[]): Set<number> {
  const stack: number[] = [];
  const unclosed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i].type;
    if (isOpen(type)) stack.push(i);
    else if (isClose(type)) {
      // A closer matches the nearest open bracket of its kind; any brackets opened after that
      // one were left open.
      let k = stack.length - 1;
      while (k >= 0 && tokens[stack[k]].type + 1 !== type) k--;
      if (k < 0) continue;
      for (let j = k + 1; j < stack.length; j++) unclosed.add(stack[j]);
      stack.length = k;
    }
  }
  for (const i of stack) unclosed.add(i);
  return unclosed;
}

function indentOfLine(source: string, lineStart: number): number {
  let i = lineStart;
  while (i < source.length && (source[i] === ' ' || source[i] === '\t' || source[i] === '\f')) i++;
  return i - lineStart;
}

/** Plans the repair, or returns null when no bracket is left open. */
export function planRepair(source: string, tokens: PToken[], lineStarts: number[]): Repair | null {
  const unclosed = findUnclosed(tokens);
  if (!unclosed.size) return null;

  interface Open { index: number; indent: number; lineStart: number }
  const stack: Open[] = [];
  const insertions: { offset: number; text: string }[] = [];
  let prevEndLine = -1;
  let prev: PToken | null = null;

  const closeFrom = (k: number, beforeColonOf: Open) => {
    if (!prev) return;
    let text = '';
    for (let j = stack.length - 1; j >= k; j--) text += CLOSER[tokens[stack[j].index].type];
    stack.length = k;
    let at = prev.start + prev.length;
    // `def f(:` → `def f():` — close before a header's trailing colon.
    if (prev.type === TT.Colon && COMPOUND_HEADER.test(source.slice(beforeColonOf.lineStart, beforeColonOf.lineStart + 200))) {
      at = prev.start;
    }
    insertions.push({ offset: at, text });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const type = t.type;
    if (type === TT.NewLine || type === TT.Indent || type === TT.Dedent || type === TT.EndOfStream) continue;
    const line = lineIndexAt(lineStarts, t.start);
    if (stack.length && line > prevEndLine && !isClose(type)) {
      // First token of a physical line inside brackets: does it continue the expression?
      const column = t.start - lineStarts[line];
      // After a compound header's trailing colon (`def f(:`), the next line is its body.
      const afterHeaderColon = prev !== null && prev.type === TT.Colon;
      // A line starting with `return`, or with `name =` not after a comma or bracket (so not
      // a keyword argument), is a new statement whatever its indentation.
      const next = tokens[i + 1];
      const startsStatement =
        (type === TT.Keyword && STATEMENT_KEYWORDS.has(source.slice(t.start, t.start + t.length))) ||
        (type === TT.Identifier && next !== undefined && next.type === TT.Operator && ASSIGN_OPERATORS.has(next.operatorType) &&
          prev !== null && prev.type !== TT.Comma && !isOpen(prev.type));
      let k = -1;
      for (let j = 0; j < stack.length; j++) {
        const o = stack[j];
        const ends = column <= o.indent || startsStatement || (afterHeaderColon && COMPOUND_HEADER.test(source.slice(o.lineStart, o.lineStart + 200)));
        if (ends && unclosed.has(o.index)) {
          k = j;
          break;
        }
      }
      if (k >= 0) {
        let allUnclosed = true;
        for (let j = k; j < stack.length; j++) if (!unclosed.has(stack[j].index)) allUnclosed = false;
        if (allUnclosed) closeFrom(k, stack[k]);
      }
    }
    if (isOpen(type)) {
      const openLine = lineStarts[line];
      stack.push({ index: i, indent: indentOfLine(source, openLine), lineStart: openLine });
    } else if (isClose(type)) {
      let k = stack.length - 1;
      while (k >= 0 && tokens[stack[k].index].type + 1 !== type) k--;
      if (k >= 0) stack.length = k;
    }
    prev = t;
    prevEndLine = lineIndexAt(lineStarts, t.start + t.length);
  }
  if (stack.length) {
    const k = stack.findIndex((o) => unclosed.has(o.index));
    if (k >= 0) closeFrom(k, stack[k]);
  }
  if (!insertions.length) return null;

  insertions.sort((a, b) => a.offset - b.offset);
  let text = '';
  let last = 0;
  // Repaired-text offsets where each insertion starts, and the total shift after it.
  const marks: { at: number; length: number; shift: number }[] = [];
  let shift = 0;
  for (const ins of insertions) {
    text += source.slice(last, ins.offset);
    marks.push({ at: ins.offset + shift, length: ins.text.length, shift });
    text += ins.text;
    shift += ins.text.length;
    last = ins.offset;
  }
  text += source.slice(last);
  const offsetMap = (offset: number): number => {
    let s = 0;
    for (const m of marks) {
      if (offset < m.at) break;
      if (offset < m.at + m.length) return m.at - m.shift;
      s = m.shift + m.length;
    }
    return offset - s;
  };
  return { text, offsetMap, unclosed: [...unclosed].map((i) => tokens[i].start) };
}
