// CPython wording for syntax errors. The parser underneath (pyright) words its errors its own
// way ("Expected indented block", "\"(\" was not closed"); learners see these errors in
// `shapewise run` tracebacks and `shapewise check` diagnostics, and compare them with what
// python3 says. `toCPythonErrors` rewrites each error into CPython 3.11's message, exception type
// (SyntaxError / IndentationError) and position where we can reproduce CPython's conditions,
// and falls back to CPython's plain `invalid syntax` elsewhere (never a wrong specific message).
// It also finds what pyright lets through but CPython rejects (parse.ts calls these):
// `missingCommaErrors` (`f(a b)`), `badNumberErrors` (`1.5e`), `invalidTargetErrors`
// (`f() = 1`, `x = 3 if y`). Expectations come from python3: scripts/golden/python_syntax_errors.py.
import type { Expr, Module, Node, SyntaxDiagnostic } from './ast';
import { lineIndexAt, offsetAt, rangeFromOffsets } from './positions';
import { tokenizeOnly } from './pyright';
import { TT } from './pyrightKinds';
import { walk } from './walk';

/** Pyright messages we translate (exact texts, English locale; see pyright.ts). */
const INDENTED_BLOCK = 'Expected indented block';
const UNCLOSED = /^"([([{])" was not closed$/;
const UNTERMINATED = 'String literal is unterminated';
const TRY_WITHOUT_HANDLER = 'Try statement must have at least one except or finally clause';

/** Errors CPython's compiler (not its parser) raises: reported only when the parse succeeds. */
const COMPILE_ERRORS: Record<string, string> = {
  '"return" can be used only within a function': "'return' outside function",
  '"break" can be used only within a loop': "'break' outside loop",
  '"continue" can be used only within a loop': "'continue' not properly in loop",
};
const COMPILE_MESSAGES = new Set(Object.values(COMPILE_ERRORS));
const REPEATED_KEYWORD = 'keyword argument repeated: ';
const SYMBOL_TABLE_ERROR = /^(duplicate argument '\w+' in function definition|name '\w+' is (parameter and|used prior to|assigned to before) |annotated name '\w+' can't be |nonlocal declaration not allowed at module level|'yield' inside )/;
const isSymbolTableError = (message: string) => SYMBOL_TABLE_ERROR.test(message);
const isCompileError = (message: string) => COMPILE_MESSAGES.has(message) || message.startsWith(REPEATED_KEYWORD) || isSymbolTableError(message)
  || /^'(yield|await)' outside (async )?function$/.test(message);

/** Pyright messages whose CPython counterpart (3.11's parser) is raised at the same place. */
const PARSER_ERRORS: Record<string, string> = {
  'Non-default argument follows default argument': 'non-default argument follows default argument',
  'Generator expressions must be parenthesized if not sole argument': 'Generator expression must be parenthesized',
  'Keyword parameter must follow "*"': 'named arguments must follow bare *',
  'Parameter cannot follow "**" parameter': 'arguments cannot follow var-keyword argument',
  'Unpack operation not allowed in comprehension': 'iterable unpacking cannot be used in comprehension',
  'Dictionary expansion not allowed in comprehension': 'dict unpacking cannot be used in dict comprehension',
};

/** Pyright's reports of a positional argument after keyword ones (`np.zeros(shape=3, float)`). */
const POSITIONAL_AFTER_KEYWORD = 'Positional argument cannot appear after keyword arguments';
const POSITIONAL_AFTER_UNPACKING = 'Positional argument cannot appear after keyword argument unpacking';
/** Symbol-table errors: after the parser's, before the compiler's (`'return' outside function`). */
const DUPLICATE_PARAMETER = /^Duplicate parameter "(\w+)"$/;

/** Messages that are already CPython's (or ours, with no CPython counterpart to match). */
const KEEP = new Set(['Code is too deeply nested to analyze']);

/** Compound-statement headers and how CPython names them in "expected an indented block after …". */
function headerName(headerLine: string): string | null {
  const m = /^\s*(async\s+)?(if|elif|else|for|while|with|try|except|finally|def|class|match|case)\b/.exec(headerLine);
  if (!m) return null;
  if (m[2] === 'def') return 'function definition';
  if (m[2] === 'class') return 'class definition';
  if (m[2] === 'except' && /^\s*except\s*\*/.test(headerLine)) return "'except*' statement";
  return `'${m[2]}' statement`;
}

/**
 * The errors of one parse, reworded as CPython reports them. The first is the one CPython
 * would raise: an error its tokenizer raises (an unterminated string or f-string field, a
 * closing bracket that matches nothing) wins wherever it is, and an error of its compiler
 * (`'return' outside function`) only when there is no other; the rest stay in source order. An error
 * that is only a consequence of another is dropped: a bracket "left open" because an
 * unterminated string swallowed its closer, a `try` "without handlers" whose body is missing,
 * and the outer brackets of a nest left open (CPython names the innermost only).
 */
export function toCPythonErrors(source: string, lineStarts: number[], errors: SyntaxDiagnostic[], parseText?: (text: string) => SyntaxDiagnostic | undefined): SyntaxDiagnostic[] {
  if (!errors.length) return errors;
  const tokens = tokenizeOnly(source);
  const fstring = parseText ? fstringError(source, lineStarts, tokens, parseText) : null;
  if (fstring) {
    // Pyright's reports inside that f-string were about the same mistake.
    errors = errors.filter((e) => e.range.start < fstring.from || e.range.start >= fstring.to);
    errors.push(fstring.error);
  }
  const lines = source.split(/\r\n|\r|\n/);
  const unterminated = errors.filter((e) => e.message === UNTERMINATED);
  const hasIndentedBlock = errors.some((e) => e.message === INDENTED_BLOCK);
  const hasMissingElse = errors.some((e) => e.message === EXPECTED_ELSE);
  const unclosedStarts = errors.filter((e) => UNCLOSED.test(e.message)).map((e) => e.range.start);
  const bracket = closingBracketError(tokens, lineStarts);
  const kept = errors.filter((e) => {
    // parse.ts may have reported the bracket already (when pyright said nothing).
    if (bracket && e.type && e.message === bracket.message && e.range.start === bracket.range.start) return false;
    if (e.message === TRY_WITHOUT_HANDLER && hasIndentedBlock) return false;
    // `f(a=1, x for x in y)`: CPython names the generator, not the argument order.
    if (e.message === POSITIONAL_AFTER_KEYWORD && errors.some((o) => o.range.start === e.range.start && PARSER_ERRORS[o.message] === 'Generator expression must be parenthesized')) return false;
    if (e.message === 'Expected "else"' && hasMissingElse) return false;
    if (UNCLOSED.test(e.message)) {
      if (unterminated.some((u) => u.range.line === e.range.line && u.range.start > e.range.start)) return false;
      if (bracket && bracket.range.start > e.range.start) return false;
      // Everything after a bracket that is never closed is inside it: a later one is nested.
      if (unclosedStarts.some((s) => s > e.range.start)) return false;
    }
    return true;
  });
  const translated = kept.map((e) => argumentOrderError(e, source, lineStarts, tokens) ?? translate(e, source, lines, lineStarts));
  if (bracket) translated.push(bracket);
  translated.sort((a, b) => a.range.start - b.range.start);
  let first = translated.findIndex((e) => e === bracket || /^(unterminated |f-string: expecting |invalid character |invalid non-printable )/.test(e.message));
  if (first < 0) first = translated.findIndex((e) => !isCompileError(e.message));
  if (first < 0) first = translated.findIndex((e) => isSymbolTableError(e.message));
  if (first > 0) translated.unshift(...translated.splice(first, 1));
  return translated;
}

const OPENERS: Record<number, string> = { [TT.OpenParenthesis]: '(', [TT.OpenBracket]: '[', [TT.OpenCurlyBrace]: '{' };
const CLOSERS: Record<number, string> = { [TT.CloseParenthesis]: ')', [TT.CloseBracket]: ']', [TT.CloseCurlyBrace]: '}' };
const PAIR: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * CPython's tokenizer errors about closing brackets: `unmatched ')'` for a closer with nothing
 * open, `closing parenthesis ')' does not match opening parenthesis '['` for the wrong one
 * (with "on line N" when the opener is on another line). Only the first, as CPython stops there.
 * Pyright's parser recovers from a closer of the wrong kind without a word (`[[1, 2], [3, 4)]`
 * parses), so parse.ts checks every file with this.
 */
export function closingBracketError(tokens: readonly Tok[], lineStarts: number[]): SyntaxDiagnostic | null {
  const stack: { char: string; start: number; field: boolean }[] = [];
  let previous = -1;
  for (const t of tokens) {
    const after = previous;
    previous = t.type;
    const open = OPENERS[t.type];
    if (open) {
      // A replacement field of an f-string: `{` straight after the f-string's start or text.
      stack.push({ char: open, start: t.start, field: open === '{' && (after === TT.FStringStart || after === TT.FStringMiddle) });
      continue;
    }
    const close = CLOSERS[t.type];
    if (!close) continue;
    const range = rangeFromOffsets(lineStarts, t.start, t.start + 1);
    const top = stack.pop();
    if (!top) return { message: `unmatched '${close}'`, type: 'SyntaxError', range };
    if (top.char !== PAIR[close] && top.field) return { message: "f-string: expecting '}'", type: 'SyntaxError', range };
    if (top.char !== PAIR[close]) {
      const openLine = lineIndexAt(lineStarts, top.start) + 1;
      const where = openLine === range.line ? '' : ` on line ${openLine}`;
      return { message: `closing parenthesis '${close}' does not match opening parenthesis '${top.char}'${where}`, type: 'SyntaxError', range };
    }
  }
  return null;
}

/**
 * The first error in an f-string's replacement field, as CPython 3.11 reports it: it compiles
 * each field's expression on its own as `(expr)`, so an error there reads `f-string: ` + the
 * message for that text, with the caret placed in that text (`display`), or an empty field
 * (`f"{}"`) is `f-string: empty expression not allowed` just past the string. `from`/`to`:
 * the f-string's extent (pyright's reports inside it are about the same mistake).
 */
function fstringError(source: string, lineStarts: number[], tokens: readonly Tok[], parseText: (text: string) => SyntaxDiagnostic | undefined): { error: SyntaxDiagnostic; from: number; to: number } | null {
  const strings: number[] = []; // token index of each open f-string's start
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === TT.FStringStart) { strings.push(i); continue; }
    if (t.type === TT.FStringEnd) { strings.pop(); continue; }
    if (!strings.length || t.type !== TT.OpenCurlyBrace) continue;
    const previous = tokens[i - 1].type;
    // A field opens straight after the string's start, its text, or a field that just closed.
    if (previous !== TT.FStringStart && previous !== TT.FStringMiddle && previous !== TT.CloseCurlyBrace && previous !== TT.Colon) continue;
    let depth = 0;
    let stop = -1;
    for (let j = i + 1; j < tokens.length; j++) {
      const u = tokens[j];
      if (OPENERS[u.type]) depth++;
      else if (CLOSERS[u.type] && depth > 0) depth--;
      else if (depth === 0 && (CLOSERS[u.type] || u.type === TT.Colon || u.type === TT.ExclamationMark || (u.type === TT.Operator && text(source, u) === '=')
        || u.type === TT.FStringEnd || u.type === TT.NewLine || u.type === TT.EndOfStream)) {
        stop = j;
        break;
      }
    }
    if (stop < 0) return null;
    const end = tokens[stop];
    if (end.type !== TT.CloseCurlyBrace && end.type !== TT.Colon && end.type !== TT.ExclamationMark && end.type !== TT.Operator) return null;
    const open = t.start + 1;
    const expression = source.slice(open, end.start);
    const stringStart = tokens[strings[strings.length - 1]].start;
    // The end of the f-string that holds this field.
    let close = stop;
    for (let level = 0; close < tokens.length; close++) {
      const u = tokens[close];
      if (u.type === TT.FStringStart) level++;
      else if (u.type === TT.FStringEnd && level-- === 0) break;
    }
    const stringEnd = close < tokens.length ? tokens[close].start + tokens[close].length : source.length;
    if (!expression.trim()) {
      const mark = text(source, end);
      const message = mark === '}' ? 'f-string: empty expression not allowed' : `f-string: expression required before '${mark}'`;
      if (mark === ')' || mark === ']') return null;
      return { error: { message, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, stringEnd, stringEnd) }, from: stringStart, to: stringEnd };
    }
    if (/[\r\n#]/.test(expression)) continue;
    const wrapped = `(${expression})`;
    const inner = parseText(wrapped);
    if (!inner || inner.range.line !== 1 || /^(unmatched|closing parenthesis|unterminated|f-string)/.test(inner.message)) continue;
    const at = open - 1 + inner.range.column;
    return {
      error: { message: `f-string: ${inner.message}`, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, at, Math.min(at + 1, end.start)), display: { text: wrapped, offset: inner.range.column + 1 } },
      from: stringStart,
      to: stringEnd,
    };
  }
  return null;
}

/**
 * Argument and parameter order, in CPython's words and places: a positional argument after
 * keyword ones is reported at the call's closing parenthesis (the token CPython's parser had
 * read when the rule failed), a `*` with no named parameter after it at the `*`.
 */
function argumentOrderError(e: SyntaxDiagnostic, source: string, lineStarts: number[], tokens: readonly Tok[]): SyntaxDiagnostic | null {
  if (e.type) return null;
  const duplicate = DUPLICATE_PARAMETER.exec(e.message);
  if (duplicate) return { message: `duplicate argument '${duplicate[1]}' in function definition`, type: 'SyntaxError', range: e.range };
  if (e.message === 'One or more keyword parameters must follow "*" parameter') {
    const star = /\*\s*,\s*$/.exec(source.slice(0, e.range.start));
    if (!star) return null;
    return { message: 'named arguments must follow bare *', type: 'SyntaxError', range: rangeFromOffsets(lineStarts, star.index, star.index + 1) };
  }
  if (e.message !== POSITIONAL_AFTER_KEYWORD && e.message !== POSITIONAL_AFTER_UNPACKING) return null;
  if (e.message === POSITIONAL_AFTER_UNPACKING && source[e.range.start] === '*') {
    return { message: 'iterable argument unpacking follows keyword argument unpacking', type: 'SyntaxError', range: e.range };
  }
  const message = e.message === POSITIONAL_AFTER_KEYWORD ? 'positional argument follows keyword argument' : 'positional argument follows keyword argument unpacking';
  let i = tokens.findIndex((t) => t.start >= e.range.start);
  for (let depth = 0; i >= 0 && i < tokens.length; i++) {
    const t = tokens[i];
    if (OPENERS[t.type]) depth++;
    else if (CLOSERS[t.type] && depth-- === 0) {
      if (t.type !== TT.CloseParenthesis) return null;
      return { message, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, t.start, t.start + 1) };
    } else if (t.type === TT.EndOfStream) return null;
  }
  return null;
}

function translate(e: SyntaxDiagnostic, source: string, lines: string[], lineStarts: number[]): SyntaxDiagnostic {
  if (e.type || KEEP.has(e.message)) return e;
  const at = (line: number, column: number, length = 1) => {
    const start = offsetAt(lineStarts, line, column);
    return rangeFromOffsets(lineStarts, start, Math.min(source.length, start + length));
  };
  const unclosed = UNCLOSED.exec(e.message);
  if (unclosed) {
    const prefix = (lines[e.range.line - 1] ?? '').slice(0, e.range.column);
    if (unclosed[1] === '{' && /(?:^|[^\w])(?:[rR]?[fF]|[fF][rR])('|")(?:(?!\1).)*$/.test(prefix)) {
      // A replacement field left open inside a one-line f-string: CPython points past the string.
      const end = (lines[e.range.line - 1] ?? '').replace(/\s*(#.*)?$/, '').length;
      return { message: "f-string: expecting '}'", type: 'SyntaxError', range: at(e.range.line, end, 0) };
    }
    return { message: `'${unclosed[1]}' was never closed`, type: 'SyntaxError', range: e.range };
  }
  if (e.message === UNTERMINATED) {
    const text = source.slice(e.range.start);
    const triple = /^[rRbBuUfF]{0,2}('''|""")/.test(text);
    // A triple-quoted string runs to the end of the file; CPython names the last line it read.
    const detected = triple ? lastLine(source) : e.range.line;
    const kind = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
    const quote = text.search(/['"]/);
    return { message: `${kind} (detected at line ${detected})`, type: 'SyntaxError', range: at(e.range.line, e.range.column + Math.max(0, quote)) };
  }
  if (e.message === INDENTED_BLOCK) {
    // The header is the closest line above that ends with ':' (comments and blanks skipped).
    let headerLine = -1;
    for (let i = Math.min(e.range.line, lines.length) - 2; i >= 0; i--) {
      const code = lines[i].replace(/#.*$/, '').trimEnd();
      if (!code) continue;
      if (code.endsWith(':')) headerLine = i;
      break;
    }
    const name = headerLine >= 0 ? headerName(lines[headerLine]) : null;
    const message = name ? `expected an indented block after ${name} on line ${headerLine + 1}` : 'expected an indented block';
    // At the end of the file CPython points just past the header.
    const contentEnd = source.replace(/\s+$/, '').length;
    if (e.range.start >= contentEnd && headerLine >= 0) {
      const header = lines[headerLine].replace(/\s+$/, '');
      return { message, type: 'IndentationError', range: at(headerLine + 1, header.length, 0) };
    }
    const indent = (lines[e.range.line - 1] ?? '').search(/\S|$/);
    return { message, type: 'IndentationError', range: at(e.range.line, indent) };
  }
  if (e.message === 'Unindent amount does not match previous indent') {
    // CPython's tokenizer reports it at the end of the offending line.
    const line = lines[e.range.line - 1] ?? '';
    return { message: 'unindent does not match any outer indentation level', type: 'IndentationError', range: at(e.range.line, line.length, 0) };
  }
  if (e.message === 'Unexpected indentation') {
    const indent = (lines[e.range.line - 1] ?? '').search(/\S|$/);
    return { message: 'unexpected indent', type: 'IndentationError', range: at(e.range.line, Math.max(0, indent - 1)) };
  }
  if (e.message === 'Unindent not expected') return { message: 'unexpected unindent', type: 'IndentationError', range: e.range };
  if (e.message === 'Expected ":"') {
    // CPython says "expected ':'" only when the header's expression ends the line.
    const rest = (lines[e.range.line - 1] ?? '').slice(e.range.column);
    if (/^\s*(#.*)?$/.test(rest)) return { message: "expected ':'", type: 'SyntaxError', range: e.range };
    // `else if v < 0:`: CPython's grammar demands the colon straight after these keywords.
    if (/^\s*(?:else|try|finally)\s*$/.test((lines[e.range.line - 1] ?? '').slice(0, e.range.column))) {
      return { message: "expected ':'", type: 'SyntaxError', range: e.range };
    }
    const name = /^(\s*(?:if|elif|while)\s+)([A-Za-z_]\w*)\s*$/.exec((lines[e.range.line - 1] ?? '').slice(0, e.range.column));
    const attribute = /^(\s*(?:if|elif|while)\s+)([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+)\s*$/.exec((lines[e.range.line - 1] ?? '').slice(0, e.range.column));
    if (attribute && /^=(?![=])/.test(rest)) {
      return { message: "cannot assign to attribute here. Maybe you meant '==' instead of '='?", type: 'SyntaxError', range: at(e.range.line, attribute[1].length, attribute[2].length) };
    }
    if (name && /^=(?![=])/.test(rest)) {
      return { message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", type: 'SyntaxError', range: at(e.range.line, name[1].length, name[2].length) };
    }
    return { message: 'invalid syntax', type: 'SyntaxError', range: e.range };
  }
  const worded = PARSER_ERRORS[e.message];
  if (worded) return { message: worded, type: 'SyntaxError', range: e.range };
  const outside = COMPILE_ERRORS[e.message];
  if (outside) return { message: outside, type: 'SyntaxError', range: e.range };
  if (e.message === 'Inconsistent use of tabs and spaces in indentation') {
    return { message: 'inconsistent use of tabs and spaces in indentation', type: 'TabError', range: at(e.range.line, 0, 0) };
  }
  if (e.message === TRY_WITHOUT_HANDLER) {
    // CPython stops at the first statement after the body, or past the body's last line at the end.
    const tryIndent = (lines[e.range.line - 1] ?? '').search(/\S|$/);
    let last = e.range.line - 1;
    for (let i = e.range.line; i < lines.length; i++) {
      const code = lines[i].replace(/#.*$/, '');
      if (!code.trim()) continue;
      const indent = code.search(/\S/);
      if (indent <= tryIndent) return { message: "expected 'except' or 'finally' block", type: 'SyntaxError', range: at(i + 1, indent) };
      last = i;
    }
    const end = lines[last].replace(/\s+$/, '').length;
    return { message: "expected 'except' or 'finally' block", type: 'SyntaxError', range: at(last + 1, end, 0) };
  }
  const line = lines[e.range.line - 1] ?? '';
  const legacy = /^(\s*)(print|exec)[ \t]+[\w'"]/.exec(line);
  if (legacy && !/^\s*(print|exec)[ \t]+(if|else|and|or|in|is|not|for)\b/.test(line)) {
    return { message: `Missing parentheses in call to '${legacy[2]}'. Did you mean ${legacy[2]}(...)?`, type: 'SyntaxError', range: at(e.range.line, legacy[1].length, legacy[2].length) };
  }
  // A number run straight into letters (`1abc`, `1.5e`): CPython's tokenizer rejects the number.
  const before = line.slice(0, e.range.column);
  const glued = /(?:^|[^\w.])(\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?[\d_]*)?)$/.exec(before);
  if (glued && /^[A-Za-z_]/.test(line.slice(e.range.column)) && !/^0[xXoObB]/.test(glued[1])) {
    return { message: 'invalid decimal literal', type: 'SyntaxError', range: at(e.range.line, e.range.column - 1) };
  }
  if (e.message === 'Too many nested parentheses') return { message: 'too many nested parentheses', type: 'SyntaxError', range: e.range };
  if (e.message === 'Expected function name after "def"') {
    // Pyright marks `def`; CPython the token after it.
    let after = e.range.end;
    while (after < source.length && (source[after] === ' ' || source[after] === '\t')) after++;
    return { message: 'invalid syntax', type: 'SyntaxError', range: rangeFromOffsets(lineStarts, after, Math.min(source.length, after + 1)) };
  }
  if (e.message === 'Expected attribute name after "."') {
    // CPython fails at the token after the dot.
    const line = lines[e.range.line - 1] ?? '';
    let column = e.range.column + 1;
    while (column < line.length && /[ \t]/.test(line[column])) column++;
    return { message: 'invalid syntax', type: 'SyntaxError', range: at(e.range.line, column, 0) };
  }
  return { message: 'invalid syntax', type: 'SyntaxError', range: e.range };
}

/** The 1-based line of the file's last character (a final line break ends that line, it does not start one). */
function lastLine(source: string): number {
  const body = source.replace(/(\r\n|\r|\n)$/, '');
  return body.split(/\r\n|\r|\n/).length;
}

type Tok = { type: number; start: number; length: number };
type PTokenLike = Tok & { comments?: readonly { start: number; length: number }[] };

const text = (source: string, t: Tok) => source.slice(t.start, t.start + t.length);
const OPERAND_KEYWORDS = new Set(['True', 'False', 'None', 'not', 'lambda', 'await']);
const SOFT_KEYWORDS = new Set(['match', 'case', 'type', '_']);

function endsOperand(source: string, t: Tok): boolean {
  if (t.type === TT.Identifier || t.type === TT.Number || t.type === TT.String || t.type === TT.FStringEnd || t.type === TT.Ellipsis) return true;
  if (CLOSERS[t.type]) return true;
  return t.type === TT.Keyword && ['True', 'False', 'None'].includes(text(source, t));
}

function startsOperand(source: string, t: Tok): boolean {
  if (t.type === TT.Identifier || t.type === TT.Number || t.type === TT.String || t.type === TT.FStringStart || t.type === TT.Ellipsis) return true;
  if (OPENERS[t.type]) return true;
  return t.type === TT.Keyword && OPERAND_KEYWORDS.has(text(source, t));
}

/**
 * Pyright drops the rest of a bracket when two expressions sit side by side in it (`f(a b)`,
 * `[1 2]`) and says only that the bracket "was not closed", which parse.ts discards for a
 * bracket that is closed, so the mistake went unreported. For each such bracket (`openers`:
 * offsets pyright named), this finds the juxtaposition and reports it as CPython does:
 * `invalid syntax. Perhaps you forgot a comma?` at the start of the first expression, or
 * plain `invalid syntax` at the second where CPython's comma rule does not apply
 * (comprehensions, a name before a string, a soft keyword, `print`/`exec`).
 */
export function missingCommaErrors(source: string, lineStarts: number[], tokens: readonly Tok[], openers: number[]): SyntaxDiagnostic[] {
  if (!openers.length) return [];
  const out: SyntaxDiagnostic[] = [];
  const index = new Map<number, number>();
  tokens.forEach((t, i) => { if (OPENERS[t.type]) index.set(t.start, i); });
  for (const opener of openers) {
    const open = index.get(opener);
    if (open === undefined) continue;
    let depth = 0;
    let sawFor = false;
    let found: { a: number; b: number } | null = null;
    let boundary = open; // the token after which the current expression starts
    for (let i = open + 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (OPENERS[t.type]) {
        // `(` and `[` right after an operand call or subscript it; `{` cannot.
        if (depth === 0 && i - 1 > open && endsOperand(source, tokens[i - 1]) && t.type === TT.OpenCurlyBrace) {
          found = { a: boundary + 1, b: i };
          break;
        }
        depth++;
        continue;
      }
      if (CLOSERS[t.type]) {
        if (depth === 0) break;
        depth--;
        continue;
      }
      if (depth > 0) continue;
      if (t.type === TT.NewLine || t.type === TT.EndOfStream) break;
      if (t.type === TT.Keyword && text(source, t) === 'for') sawFor = true;
      if (isBoundary(source, t, tokens[i - 1], i - 1 === open)) {
        boundary = i;
        continue;
      }
      if (i - 1 > open && endsOperand(source, tokens[i - 1]) && startsOperand(source, t)
        && !(tokens[i - 1].type === TT.String && t.type === TT.String) && !(tokens[i - 1].type === TT.FStringEnd && (t.type === TT.String || t.type === TT.FStringStart))
        && !(tokens[i - 1].type === TT.String && t.type === TT.FStringStart)) {
        found = { a: boundary + 1, b: i };
        break;
      }
    }
    if (!found) continue;
    const a = tokens[found.a];
    const b = tokens[found.b];
    const first = text(source, a);
    const plain = sawFor || SOFT_KEYWORDS.has(first) || first === 'print' || first === 'exec'
      || (a.type === TT.Identifier && tokens[found.a + 1]?.type === TT.String);
    const at = plain ? b.start : a.start;
    out.push({
      message: plain ? 'invalid syntax' : 'invalid syntax. Perhaps you forgot a comma?',
      type: 'SyntaxError',
      range: rangeFromOffsets(lineStarts, at, at + (plain ? b.length : 1)),
    });
  }
  return out;
}

/** Tokens after which a new expression starts, at one bracket level (`*`/`**` when unary). */
function isBoundary(source: string, t: Tok, previous: Tok, afterOpener: boolean): boolean {
  if (t.type === TT.Comma || t.type === TT.Colon) return true;
  const word = text(source, t);
  if (t.type === TT.Keyword) return ['else', 'if', 'for', 'lambda', 'yield', 'from', 'async'].includes(word);
  if (t.type !== TT.Operator) return false;
  if (word === '=' || word === ':=') return true;
  return (word === '*' || word === '**') && (afterOpener || isBoundary(source, previous, previous, false));
}

/**
 * A slice with a third colon (`a[1:2:3:4]`): pyright's parser drops the rest silently, CPython
 * says `invalid syntax` at that colon. Colons of a lambda inside the subscript do not count.
 */
export function sliceErrors(source: string, lineStarts: number[], tokens: readonly Tok[]): SyntaxDiagnostic[] {
  const frames: { subscript: boolean; colons: number; lambdas: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (OPENERS[t.type]) {
      frames.push({ subscript: t.type === TT.OpenBracket && i > 0 && endsOperand(source, tokens[i - 1]), colons: 0, lambdas: 0 });
      continue;
    }
    if (CLOSERS[t.type]) { frames.pop(); continue; }
    const frame = frames[frames.length - 1];
    if (!frame || !frame.subscript) continue;
    if (t.type === TT.Comma) frame.colons = 0;
    else if (t.type === TT.Keyword && text(source, t) === 'lambda') frame.lambdas++;
    else if (t.type === TT.Colon) {
      if (frame.lambdas > 0) frame.lambdas--;
      else if (++frame.colons === 3) return [{ message: 'invalid syntax', type: 'SyntaxError', range: rangeFromOffsets(lineStarts, t.start, t.start + 1) }];
    }
  }
  return [];
}

/**
 * Numbers pyright's tokenizer accepts but CPython's rejects: an exponent with no digits
 * (`1.5e`, `2E+`). CPython reports `invalid decimal literal` at the character before the
 * letter; the tree keeps pyright's reading, so this is the only report of the mistake.
 */
export function badNumberErrors(source: string, lineStarts: number[], tokens: readonly Tok[]): SyntaxDiagnostic[] {
  const out: SyntaxDiagnostic[] = [];
  for (const t of tokens) {
    if (t.type !== TT.Number) continue;
    const digits = text(source, t);
    if (/^0[0-9_]*[1-9][0-9_]*$/.test(digits) && !/_(?![0-9])/.test(digits)) {
      // `month = 08`: CPython refuses the C-style octal spelling.
      const message = 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers';
      out.push({ message, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, t.start, t.start + t.length) });
      continue;
    }
    const underscore = /^[0-9]/.test(digits) && !/^0[xXoObB]/.test(digits) ? digits.search(/_(?![0-9])|(?<![0-9])_/) : -1;
    if (underscore > 0) {
      // `1_000_`, `1__0`: an underscore must sit between digits. CPython points at it, or at
      // the character before it when no digit precedes it (`1._5`).
      const at = t.start + underscore - (/[0-9]/.test(digits[underscore - 1]) ? 0 : 1);
      out.push({ message: 'invalid decimal literal', type: 'SyntaxError', range: rangeFromOffsets(lineStarts, at, at + 1) });
      continue;
    }
    const m = /^\d[\d_]*(?:\.[\d_]*)?([eE][+-]?)$/.exec(digits);
    if (!m) continue;
    const at = t.start + t.length - m[1].length - 1;
    out.push({ message: 'invalid decimal literal', type: 'SyntaxError', range: rangeFromOffsets(lineStarts, at, at + 1) });
  }
  return out;
}

/** How CPython names an expression it cannot assign to, or null if it can (Name, Attribute, Subscript). */
function targetName(e: Expr): string | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript': case 'Tuple': case 'List': case 'Starred': return null;
    case 'Call': return 'function call';
    case 'Constant':
      if (e.value.type === 'None' || e.value.type === 'bool') return e.raw;
      return e.value.type === 'Ellipsis' ? 'ellipsis' : 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'Lambda': return 'lambda';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'JoinedStr': return 'f-string expression';
    case 'NamedExpr': return 'named expression';
    case 'BinOp': case 'UnaryOp': case 'BoolOp': return 'expression';
    default: return null;
  }
}

/** The first part of a target CPython rejects (looking into tuples, lists and starred items). */
function invalidPart(e: Expr): Expr | null {
  if (e.kind === 'Tuple' || e.kind === 'List') {
    for (const item of e.elts) {
      const bad = invalidPart(item);
      if (bad) return bad;
    }
    return null;
  }
  if (e.kind === 'Starred') return invalidPart(e.value);
  return targetName(e) ? e : null;
}

/** Kinds CPython's "here. Maybe you meant '=='" rule sees as one `bitwise_or` operand. */
const OPERAND_KINDS = new Set(['Call', 'Constant', 'BinOp', 'UnaryOp', 'Dict', 'Set', 'SetComp', 'DictComp', 'Await', 'JoinedStr', ]);

const EXPECTED_ELSE = "expected 'else' after 'if' expression";

/**
 * A conditional expression with no `else` (reported in CPython's words, replacing pyright's),
 * and assignment, deletion and loop targets CPython's parser rejects (`f() = 1`, `1 = x`,
 * `f() += 1`, `for f() in x:`, `del f()`); pyright leaves these to its checker, so the parse
 * reported nothing. Messages as CPython 3.11's.
 */
export function invalidTargetErrors(module: Module, source: string, lineStarts: number[]): SyntaxDiagnostic[] {
  const out: SyntaxDiagnostic[] = [];
  const report = (node: Expr, message: string) => {
    out.push({ message, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, node.range.start, node.range.end) });
  };
  walk(module, (node) => {
    if (node.kind === 'IfExp' && node.orelse.kind === 'InvalidExpr' && !/^\s*else\b/.test(source.slice(node.test.range.end))) {
      // `x = 3 if y`: CPython points at the value before `if`.
      out.push({ message: EXPECTED_ELSE, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, node.body.range.start, node.body.range.end) });
    } else if (node.kind === 'Assign') {
      node.targets.forEach((target, i) => {
        const bad = invalidPart(target);
        if (!bad) return;
        const name = targetName(bad) as string;
        const topLevel = bad === target || (target.kind === 'Tuple' && source[target.range.start] !== '(' && target.elts.includes(bad));
        const plainValue = i === node.targets.length - 1;
        const keyword = bad.kind === 'Constant' && (bad.value.type === 'None' || bad.value.type === 'bool');
        const hint = i === 0 && node.targets.length === 1 && plainValue && topLevel && !keyword && OPERAND_KINDS.has(bad.kind)
          && !(bad.kind === 'UnaryOp' && bad.op === 'Not');
        report(bad, hint ? `cannot assign to ${name} here. Maybe you meant '==' instead of '='?` : `cannot assign to ${name}`);
      });
    } else if (node.kind === 'AugAssign') {
      const t = node.target;
      if (t.kind !== 'Name' && t.kind !== 'Attribute' && t.kind !== 'Subscript') {
        const name = t.kind === 'Tuple' ? 'tuple' : t.kind === 'List' ? 'list' : targetName(t) ?? 'expression';
        report(t, `'${name}' is an illegal expression for augmented assignment`);
      }
    } else if (node.kind === 'For' || node.kind === 'AsyncFor' || node.kind === 'comprehension') {
      const bad = invalidPart(node.target);
      if (bad) report(bad, `cannot assign to ${targetName(bad)}`);
    } else if (node.kind === 'withitem' && node.optional_vars) {
      const bad = invalidPart(node.optional_vars);
      if (bad) report(bad, `cannot assign to ${targetName(bad)}`);
    } else if (node.kind === 'Call' || node.kind === 'ClassDef') {
      // CPython's compiler: `np.zeros(shape=(2, 2), shape=(3, 3))`, at the second one.
      const seen = new Set<string>();
      for (const k of node.keywords) {
        if (k.arg === null) continue;
        if (seen.has(k.arg)) {
          out.push({ message: REPEATED_KEYWORD + k.arg, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, k.range.start, k.range.end) });
          break;
        }
        seen.add(k.arg);
      }
    } else if (node.kind === 'Delete') {
      for (const target of node.targets) {
        const bad = invalidPart(target);
        if (bad) report(bad, `cannot delete ${targetName(bad)}`);
      }
    }
  });
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
const IDENTIFIER_START = /^\p{XID_Start}$/u;
const IDENTIFIER_PART = /^\p{XID_Continue}$/u;
/** What Py_UNICODE_ISPRINTABLE rejects (other than the space): controls, formats, separators, unassigned. */
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/**
 * The first non-ASCII character outside strings and comments that CPython's tokenizer refuses
 * in a name: `print(“hello”)` (quotes pasted from a web page), `5 × 3`, a no-break space.
 * CPython reads every non-ASCII character as part of a name, then reports the first one a name
 * cannot hold: `invalid character '“' (U+201C)`, or `invalid non-printable character U+00A0`.
 * Pyright reads some of these as whitespace, so parse.ts checks every non-ASCII file with this.
 */
export function invalidCharacterError(source: string, lineStarts: number[], tokens: readonly PTokenLike[]): SyntaxDiagnostic | null {
  if (!NON_ASCII.test(source)) return null;
  // Offsets where string literals and comments start and end: their text may hold anything.
  const skip: [number, number][] = [];
  for (const t of tokens) {
    if (t.type === TT.String || t.type === TT.FStringMiddle || t.type === TT.FStringStart || t.type === TT.FStringEnd) skip.push([t.start, t.start + t.length]);
    if (t.comments) for (const c of t.comments) skip.push([c.start - 1, c.start + c.length]);
  }
  skip.sort((a, b) => a[0] - b[0]);
  let k = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) continue;
    while (k < skip.length && skip[k][1] <= i) k++;
    if (k < skip.length && skip[k][0] <= i) {
      i = skip[k][1] - 1;
      continue;
    }
    const ch = String.fromCodePoint(source.codePointAt(i) as number);
    const before = i > 0 ? source.charCodeAt(i - 1) : 32;
    const startsName = !(before >= 0x80 || (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95);
    if (startsName ? IDENTIFIER_START.test(ch) : IDENTIFIER_PART.test(ch)) {
      i += ch.length - 1;
      continue;
    }
    const hex = (ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    const message = NON_PRINTABLE.test(ch) ? `invalid non-printable character U+${hex}` : `invalid character '${ch}' (U+${hex})`;
    return { message, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, i, i + ch.length) };
  }
  return null;
}

const PARAM = 1;
const LOCAL = 2;
const USE = 4;
const ANNOTATED = 8;
const COMPREHENSION_NAME: Record<string, string> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression',
};

/**
 * What CPython's symbol table and compiler refuse about scopes, which pyright's parser lets
 * through: `global x` / `nonlocal x` after `x` was used, assigned, annotated or is a parameter
 * (in source order, as CPython's symbol table visits), `nonlocal` at module level, and `yield` /
 * `await` outside a function (or `yield` in a comprehension). Messages as CPython 3.11's.
 */
export function scopeErrors(module: Module, lineStarts: number[]): SyntaxDiagnostic[] {
  // `node`: where the scope ends (walk's leave); `owner`: the node that made it.
  interface Scope { node: Node; owner: Node; kind: 'module' | 'function' | 'class' | 'comprehension'; async: boolean; flags: Map<string, number> }
  const out: SyntaxDiagnostic[] = [];
  const report = (node: Node, message: string) => out.push({ message, type: 'SyntaxError', range: rangeFromOffsets(lineStarts, node.range.start, node.range.end) });
  const scopes: Scope[] = [{ node: module, owner: module, kind: 'module', async: false, flags: new Map() }];
  /** First iterables of comprehensions: CPython evaluates them in the enclosing scope. */
  const outerIterables = new Map<Node, Scope>();
  const mark = (name: string, flag: number) => {
    const flags = scopes[scopes.length - 1].flags;
    flags.set(name, (flags.get(name) ?? 0) | flag);
  };
  walk(module, {
    enter(node) {
      const outer = outerIterables.get(node);
      if (outer) scopes.push({ ...outer, node });
      const scope = scopes[scopes.length - 1];
      switch (node.kind) {
        case 'FunctionDef': case 'AsyncFunctionDef':
          mark(node.name, LOCAL);
          scopes.push({ node, owner: node, kind: 'function', async: node.kind === 'AsyncFunctionDef', flags: new Map() });
          break;
        case 'Lambda':
          scopes.push({ node, owner: node, kind: 'function', async: false, flags: new Map() });
          break;
        case 'ClassDef':
          mark(node.name, LOCAL);
          scopes.push({ node, owner: node, kind: 'class', async: false, flags: new Map() });
          break;
        case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
          outerIterables.set(node.generators[0].iter, scope);
          scopes.push({ node, owner: node, kind: 'comprehension', async: false, flags: new Map() });
          break;
        case 'arg': mark(node.arg, PARAM); break;
        case 'Name': mark(node.id, node.ctx === 'Load' ? USE : LOCAL); break;
        case 'ExceptHandler': if (node.name) mark(node.name, LOCAL); break;
        case 'AnnAssign': if (node.simple && node.target.kind === 'Name') mark(node.target.id, ANNOTATED); break;
        case 'Global': case 'Nonlocal': {
          const keyword = node.kind === 'Global' ? 'global' : 'nonlocal';
          if (keyword === 'nonlocal' && scope.kind === 'module') {
            report(node, 'nonlocal declaration not allowed at module level');
            break;
          }
          for (const name of node.names) {
            const flags = scope.flags.get(name) ?? 0;
            const problem = flags & PARAM ? `name '${name}' is parameter and ${keyword}`
              : flags & USE ? `name '${name}' is used prior to ${keyword} declaration`
                : flags & ANNOTATED ? `annotated name '${name}' can't be ${keyword}`
                  : flags & LOCAL ? `name '${name}' is assigned to before ${keyword} declaration` : null;
            if (problem) {
              report(node, problem);
              break;
            }
          }
          break;
        }
        case 'Yield': case 'YieldFrom':
          if (scope.kind === 'comprehension') report(node, `'yield' inside ${COMPREHENSION_NAME[scope.owner.kind]}`);
          else if (scope.kind !== 'function') report(node, "'yield' outside function");
          break;
        case 'Await':
          if (scope.kind === 'module' || scope.kind === 'class') report(node, "'await' outside function");
          else if (scope.kind === 'function' && !scope.async) report(node, "'await' outside async function");
          break;
      }
    },
    leave(node) {
      if (scopes[scopes.length - 1].node === node) scopes.pop();
    },
  });
  return out;
}
