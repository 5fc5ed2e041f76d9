// The only door to the pyright parser package (@zzzen/pyright-internal): runs its tokenizer and
// parser on a source text and hands back its raw tree, token stream and errors. Everything
// pyright-specific outside this file goes through the loose types below, so swapping parsers
// means rewriting this file and convert.ts only.
//
// Pyright's node and token kinds are TypeScript `const enum`s, which cannot be read at run time
// under isolatedModules; the numbers we need are restated in pyrightKinds.ts.
import { Parser, ParseOptions } from '@zzzen/pyright-internal/dist/parser/parser';
import { Tokenizer } from '@zzzen/pyright-internal/dist/parser/tokenizer';
import { DiagnosticSink } from '@zzzen/pyright-internal/dist/common/diagnosticSink';
import { LocMessage, setLocaleOverride } from '@zzzen/pyright-internal/dist/localization/localize';
import pyrightCore = require('@zzzen/pyright-internal/dist/common/core');

/** A pyright parse node, seen loosely: kind number, range, and its `d` payload. */
export interface PNode {
  readonly nodeType: number;
  readonly start: number;
  readonly length: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly d: any;
}

/** A pyright token, seen loosely. */
export interface PToken {
  readonly type: number;
  readonly start: number;
  readonly length: number;
  readonly comments?: readonly { readonly start: number; readonly length: number; readonly value: string }[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly [extra: string]: any;
}

export interface PyrightOutput {
  module: PNode;
  tokens: PToken[];
  /** Errors as pyright reports them: message and 0-based line/character positions. */
  errors: { message: string; startLine: number; startChar: number; endLine: number; endChar: number }[];
  /**
   * Where pyright reported a bracket "not closed" (0-based line, character of the bracket). Most
   * are dropped (see UNCLOSED_MESSAGE), but for a bracket that is closed it means pyright
   * stopped inside it (`f(a b)`): parse.ts reports that as a syntax error.
   */
  unclosedReports: { line: number; char: number }[];
}

// The tokenizer copies some token text with `cloneStr`, which goes through the global
// `Buffer`: absent in browser workers, and slower than keeping the slice. Our tree keeps
// slices of the source anyway, so identity is right here. (The call site reads the export at
// call time, so replacing it on the module object takes effect.)
(pyrightCore as { cloneStr: (text: string) => string }).cloneStr = (text: string) => text;

// Messages must not depend on the user's locale (LANG, VSCODE_NLS_CONFIG): the product speaks
// English, and tests compare messages.
setLocaleOverride('en-us');

/**
 * Pyright reports as errors what CPython accepts: `return`/`break`/`continue` leaving a
 * `finally` block is only a SyntaxWarning (PEP 765, Python 3.14) and is in the stdlib.
 * (Its "Maximum parse depth exceeded" for chains of 256+ operators stays: CPython accepts
 * those, but pyright drops the subtree, so the error is honest about the InvalidExpr.)
 */
const NOT_ERRORS = new Set([LocMessage.finallyBreak(), LocMessage.finallyContinue(), LocMessage.finallyReturn()]);

/**
 * Pyright's "( was not closed" reports, keyed by the bracket. Its own are unreliable (its
 * error recovery can swallow a closing bracket, as in `f(axis=)`), so parse.ts drops them and
 * reports the brackets its own matching finds open.
 */
export const UNCLOSED_MESSAGE: Readonly<Record<string, string>> = {
  '(': LocMessage.expectedCloseParen(),
  '[': LocMessage.expectedCloseBracket(),
  '{': LocMessage.expectedCloseBrace(),
};
const UNCLOSED_MESSAGES = new Set(Object.values(UNCLOSED_MESSAGE));

const options = new ParseOptions();
options.reportInvalidStringEscapeSequence = false;

/** Runs pyright's parser. May throw (e.g. stack overflow on absurd nesting); callers catch. */
export function runPyright(source: string): PyrightOutput {
  const sink = new DiagnosticSink();
  const result = new Parser().parseSourceFile(source, options, sink);
  const tokens = tokenArray(result.tokenizerOutput.tokens);
  const errors = sink.getErrors().filter((d) => !NOT_ERRORS.has(d.message) && !UNCLOSED_MESSAGES.has(d.message)).map((d) => ({
    message: d.message,
    startLine: d.range.start.line,
    startChar: d.range.start.character,
    endLine: d.range.end.line,
    endChar: d.range.end.character,
  }));
  const unclosedReports = sink.getErrors().filter((d) => UNCLOSED_MESSAGES.has(d.message)).map((d) => ({ line: d.range.start.line, char: d.range.start.character }));
  return { module: result.parserOutput.parseTree as unknown as PNode, tokens, errors, unclosedReports };
}

/** Tokens only (the tokenizer does not recurse, so it survives nesting that the parser cannot). */
export function tokenizeOnly(source: string): PToken[] {
  return tokenArray(new Tokenizer().tokenize(source).tokens);
}

interface TokenCollection {
  readonly count: number;
  getItemAt(index: number): unknown;
}

/** The tokens as an array: the collection's own backing array when it has one (no copy). */
function tokenArray(collection: TokenCollection): PToken[] {
  const items = (collection as unknown as { _items?: unknown })._items;
  if (Array.isArray(items) && items.length === collection.count) return items as PToken[];
  const tokens: PToken[] = [];
  for (let i = 0; i < collection.count; i++) tokens.push(collection.getItemAt(i) as PToken);
  return tokens;
}
