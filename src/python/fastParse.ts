// A fast path for `parse()` on the plain code that makes up most NumPy files: pyright's
// tokenizer, then our own small recursive-descent parser straight to the CPython-shaped tree
// (no pyright parse tree, no second translation pass). It knows a deliberately small subset —
// assignments, calls, arithmetic, comparisons, subscripts and slices, literals, imports, `def`,
// `for`, `while`, `if` — and gives up on a top-level statement at the first thing outside it
// (f-strings, comprehensions, lambdas, classes, decorators, `;` ...). The statements it gave
// up on are parsed by `parse()` on their own lines and moved into place; if any of them has a
// syntax error the whole result is null and the caller uses `parse()` on the whole file, so
// the answer is always the tree `parse()` gives (test/python/fastParse.test.ts compares them
// on every example, corpus and golden file). Never throws.
import type * as A from './ast';
import { parse } from './parse';
import { computeLineStarts, lineIndexAt, rangeFromOffsets } from './positions';
import { tokenizeOnly, type PToken } from './pyright';
import { FastTokenizer, validNumber } from './fastTokenize';
import { OP, STR, TT } from './pyrightKinds';
import { decodeStringBody } from './strings';
import { invalidCharacterError, scopeErrors } from './syntaxErrors';

/** Pyright's KeywordType numbers used here (pyrightKinds.ts restates only a few). */
const K = {
  And: 0, As: 1, Assert: 2, Break: 5, Continue: 8, Def: 10, Del: 11, Elif: 12, Else: 13, False: 15,
  For: 17, From: 18, Global: 19, If: 20, Import: 21, In: 22, Is: 23, None: 27, Not: 29, Or: 30,
  Pass: 31, Raise: 32, Return: 33, True: 34, While: 37,
} as const;

const BINOP: Record<number, A.OperatorKind> = {
  [OP.Add]: 'Add', [OP.Subtract]: 'Sub', [OP.Multiply]: 'Mult', [OP.MatrixMultiply]: 'MatMult',
  [OP.Divide]: 'Div', [OP.Mod]: 'Mod', [OP.Power]: 'Pow', [OP.LeftShift]: 'LShift',
  [OP.RightShift]: 'RShift', [OP.BitwiseOr]: 'BitOr', [OP.BitwiseXor]: 'BitXor',
  [OP.BitwiseAnd]: 'BitAnd', [OP.FloorDivide]: 'FloorDiv',
};
const AUGOP: Record<number, A.OperatorKind> = {
  [OP.AddEqual]: 'Add', [OP.SubtractEqual]: 'Sub', [OP.MultiplyEqual]: 'Mult',
  [OP.MatrixMultiplyEqual]: 'MatMult', [OP.DivideEqual]: 'Div', [OP.ModEqual]: 'Mod',
  [OP.PowerEqual]: 'Pow', [OP.LeftShiftEqual]: 'LShift', [OP.RightShiftEqual]: 'RShift',
  [OP.BitwiseOrEqual]: 'BitOr', [OP.BitwiseXorEqual]: 'BitXor', [OP.BitwiseAndEqual]: 'BitAnd',
  [OP.FloorDivideEqual]: 'FloorDiv',
};
const CMPOP: Record<number, A.CmpOpKind> = {
  [OP.Equals]: 'Eq', [OP.NotEquals]: 'NotEq', [OP.LessThan]: 'Lt', [OP.LessThanOrEqual]: 'LtE',
  [OP.GreaterThan]: 'Gt', [OP.GreaterThanOrEqual]: 'GtE',
};
/** Binary operator precedence levels, loosest first (CPython's grammar). */
const LEVELS: readonly (readonly number[])[] = [
  [OP.BitwiseOr], [OP.BitwiseXor], [OP.BitwiseAnd], [OP.LeftShift, OP.RightShift],
  [OP.Add, OP.Subtract], [OP.Multiply, OP.MatrixMultiply, OP.Divide, OP.FloorDivide, OP.Mod],
];
const LEVEL_OF: Record<number, number> = {};
LEVELS.forEach((ops, level) => { for (const op of ops) LEVEL_OF[op] = level; });

/** Thrown (and caught per statement) where the subset ends. */
const GIVE_UP = { giveUp: true };
/** Thrown when our tokenizer meets what it leaves to pyright's: the parse starts over with those tokens. */
const TOKENIZER_GAVE_UP = { tokenizerGaveUp: true };
/** Deeper than this, pyright may report "Maximum parse depth exceeded": leave it to parse(). */
const MAX_DEPTH = 60;
const NON_ASCII = /[^\x00-\x7f]/;
const TYPE_COMMENT = /^\s*type\s*:/;

/**
 * The array with no spare capacity. Arrays built by `push` keep room for ~16 more items; in a
 * tree that lives for the whole analysis (most lists here hold one or two nodes) that spare
 * room is most of their memory, and every byte that survives costs the garbage collector.
 */
function fit<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.slice();
}

function end(t: PToken): number {
  return t.start + t.length;
}

class FastParser {
  private i = 0;
  private lineHint = 0;
  private depth = 0;
  private inDef = false;
  private loops = 0;
  /** Outer extent (including the expression's own parentheses) of the last expression parsed. */
  private os = 0;
  private oe = 0;

  /** Token `base` is at index 0 of the tokenizer's queue (those of finished top-level statements are dropped). */
  private base = 0;

  /**
   * Tokens come either all at once (`pre`, pyright's) or from `tokenizer` a logical line at a
   * time as the parse goes, so each top-level statement's tokens can be handed back for reuse.
   */
  constructor(
    private readonly src: string,
    private readonly pre: PToken[] | null,
    private readonly tokenizer: FastTokenizer | null,
    private readonly lineStarts: number[],
  ) {}

  private tok(k: number): PToken {
    const idx = k - this.base;
    const tokenizer = this.tokenizer;
    if (tokenizer === null) {
      if (idx < this.pre!.length) return this.pre![idx];
      throw TOKENIZER_GAVE_UP;
    }
    const q = tokenizer.tokens;
    while (idx >= q.length) if (!tokenizer.line()) throw TOKENIZER_GAVE_UP;
    return q.items[idx] as unknown as PToken;
  }

  // ---------------------------------------------------------------------------------------------
  // Ranges (as convert.ts builds them)

  rng(start: number, stop: number): A.SourceRange {
    const src = this.src;
    if (stop < start) stop = start;
    let c = src.charCodeAt(stop - 1);
    while (stop > start && (c === 10 || c === 13 || c === 32 || c === 9 || c === 12)) c = src.charCodeAt(--stop - 1);
    const starts = this.lineStarts;
    const line = this.lineOf(start);
    let endLine = line;
    while (endLine + 1 < starts.length && starts[endLine + 1] <= stop) endLine++;
    return { start, end: stop, line: line + 1, column: start - starts[line], endLine: endLine + 1, endColumn: stop - starts[endLine] };
  }

  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    let h = this.lineHint;
    if (starts[h] <= offset) {
      if (h + 1 >= starts.length || offset < starts[h + 1]) return h;
      if (h + 2 >= starts.length || offset < starts[h + 2]) return (this.lineHint = h + 1);
    }
    h = lineIndexAt(starts, offset);
    this.lineHint = h;
    return h;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  private get t(): PToken {
    return this.tok(this.i);
  }

  private isKw(kw: number): boolean {
    const t = this.tok(this.i);
    return t.type === TT.Keyword && t.keywordType === kw;
  }

  private isOp(op: number): boolean {
    const t = this.tok(this.i);
    return t.type === TT.Operator && t.operatorType === op;
  }

  private expect(type: number): PToken {
    const t = this.tok(this.i);
    if (t.type !== type) throw GIVE_UP;
    this.i++;
    return t;
  }

  /** Pyright parses strings in annotations as type expressions (with their own errors). */
  private noStrings(from: number): void {
    for (let k = from; k < this.i; k++) if (this.tok(k).type === TT.String || this.tok(k).type === TT.FStringStart) throw GIVE_UP;
  }

  private name(): PToken {
    const t = this.tok(this.i);
    if (t.type !== TT.Identifier || NON_ASCII.test(t.value)) throw GIVE_UP;
    this.i++;
    return t;
  }

  // ---------------------------------------------------------------------------------------------
  // Top level

  /**
   * The module's statements, or null when a region left to `parse()` has errors. `slow` is
   * called for each run of top-level statements outside the subset: [first token, end token).
   */
  module(): A.Stmt[] | null {
    const body: A.Stmt[] = [];
    /** Offset of the first of the top-level statements left to parse(), or -1. */
    let failedFrom = -1;
    const flush = (stop: number): boolean => {
      if (failedFrom < 0) return true;
      const from = this.lineStart(failedFrom);
      const to = stop;
      failedFrom = -1;
      const part = regionParse(this.src.slice(from, to), from, lineIndexAt(this.lineStarts, from));
      if (!part) return false;
      for (const s of part) body.push(s);
      return true;
    };
    for (;;) {
      while (this.t.type === TT.NewLine) this.i++;
      const t = this.t;
      if (t.type === TT.EndOfStream) break;
      // An indented top-level line, a stray dedent: errors, for parse() to word.
      if (t.type === TT.Indent || t.type === TT.Dedent || this.src.charCodeAt(t.start - 1) === 32 || this.src.charCodeAt(t.start - 1) === 9) return null;
      // Tokens of earlier statements are no longer needed: the tokenizer takes them back for
      // reuse (the pre-tokenized list is kept).
      if (this.tokenizer && this.i > this.base) {
        this.tokenizer.dropFront(this.i - this.base);
        this.base = this.i;
      }
      const first = this.i;
      this.depth = 0;
      this.inDef = false;
      this.loops = 0;
      let stmts: A.Stmt[] | null = null;
      try {
        stmts = this.statement();
      } catch (e) {
        if (e !== GIVE_UP && !(e instanceof RangeError)) throw e;
        stmts = null;
      }
      if (stmts) {
        if (!flush(t.start)) return null;
        for (const s of stmts) body.push(s);
      } else {
        if (failedFrom < 0) failedFrom = t.start;
        this.i = first;
        if (!this.skipStatement()) return null;
      }
    }
    if (!flush(this.src.length)) return null;
    return body;
  }

  private lineStart(offset: number): number {
    return this.lineStarts[lineIndexAt(this.lineStarts, offset)];
  }

  /** Moves past one top-level statement (with its indented block, `else:` parts, decorators). */
  private skipStatement(): boolean {
    let decorated = this.t.type === TT.Operator && this.t.operatorType === OP.MatrixMultiply;
    for (;;) {
      let level = 0;
      while (this.tok(this.i).type !== TT.EndOfStream) {
        const type = this.tok(this.i++).type;
        if (type === TT.Indent) level++;
        else if (type === TT.Dedent) level--;
        else if (type === TT.NewLine && level === 0 && this.tok(this.i).type !== TT.Indent) break;
        if (level < 0) return false;
        if (level === 0 && type === TT.Dedent && this.tok(this.i).type !== TT.Dedent) break;
      }
      const next = this.tok(this.i);
      if (next.type === TT.EndOfStream) return true;
      if (next.type === TT.Keyword && (next.keywordType === K.Else || next.keywordType === K.Elif || next.keywordType === 14 /* except */ || next.keywordType === 16 /* finally */)) continue;
      if (decorated) {
        decorated = next.type === TT.Operator && next.operatorType === OP.MatrixMultiply;
        continue;
      }
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  /** One statement (a simple one ends with its NEWLINE). */
  private statement(): A.Stmt[] {
    const t = this.t;
    if (t.type === TT.Keyword) {
      switch (t.keywordType) {
        case K.Def: return [this.funcDef()];
        case K.For: return [this.forStmt()];
        case K.While: return [this.whileStmt()];
        case K.If: return [this.ifStmt(t.start)];
        default: break;
      }
    }
    const s = this.simpleStatement();
    this.expect(TT.NewLine);
    return [s];
  }

  private block(): A.Stmt[] {
    this.expect(TT.Colon);
    this.expect(TT.NewLine);
    const indent = this.expect(TT.Indent);
    if (indent.isIndentAmbiguous) throw GIVE_UP;
    const body: A.Stmt[] = [];
    for (;;) {
      const t = this.t;
      if (t.type === TT.Dedent) {
        if (!t.matchesIndent || t.isDedentAmbiguous) throw GIVE_UP;
        this.i++;
        return fit(body);
      }
      if (t.type === TT.Indent || t.type === TT.EndOfStream) throw GIVE_UP;
      for (const s of this.statement()) body.push(s);
    }
  }

  private funcDef(): A.Stmt {
    const defTok = this.t;
    this.i++;
    const name = this.name();
    this.expect(TT.OpenParenthesis);
    const args: A.Arg[] = [];
    const defaults: A.Expr[] = [];
    const seen = new Set<string>();
    let first = -1, last = -1;
    while (this.t.type !== TT.CloseParenthesis) {
      const p = this.name();
      if (seen.has(p.value)) throw GIVE_UP;
      seen.add(p.value);
      if (first < 0) first = p.start;
      let annotation: A.Expr | null = null;
      let stop = end(p);
      if (this.t.type === TT.Colon) {
        this.i++;
        const from = this.i;
        annotation = this.test();
        this.noStrings(from);
        stop = this.oe;
      }
      const arg: A.Arg = { kind: 'arg', arg: p.value, annotation, range: this.rng(p.start, stop) };
      args.push(arg);
      if (this.isOp(OP.Assign)) {
        this.i++;
        defaults.push(this.test());
        stop = this.oe;
      } else if (defaults.length) throw GIVE_UP;
      last = stop;
      if (this.t.type !== TT.Comma) break;
      this.i++;
    }
    this.expect(TT.CloseParenthesis);
    let returns: A.Expr | null = null;
    if (this.t.type === TT.Arrow) {
      this.i++;
      const from = this.i;
      returns = this.test();
      this.noStrings(from);
    }
    const outerDef = this.inDef, outerLoops = this.loops;
    this.inDef = true;
    this.loops = 0;
    const body = this.block();
    this.inDef = outerDef;
    this.loops = outerLoops;
    const argsStart = first < 0 ? end(name) : first, argsStop = first < 0 ? end(name) : last;
    return {
      kind: 'FunctionDef',
      name: name.value,
      nameRange: this.rng(name.start, end(name)),
      args: { kind: 'arguments', posonlyargs: [], args: fit(args), vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: fit(defaults), range: this.rng(argsStart, argsStop) },
      body,
      decorator_list: [],
      returns,
      range: this.rng(defTok.start, body[body.length - 1].range.end),
    };
  }

  private forStmt(): A.Stmt {
    const forTok = this.t;
    this.i++;
    const target = this.targetList();
    if (!this.isKw(K.In)) throw GIVE_UP;
    this.i++;
    const iter = this.testList();
    this.loops++;
    const body = this.block();
    this.loops--;
    if (this.isKw(K.Else)) throw GIVE_UP;
    return { kind: 'For', target, iter, body, orelse: [], range: this.rng(forTok.start, body[body.length - 1].range.end) };
  }

  private whileStmt(): A.Stmt {
    const whileTok = this.t;
    this.i++;
    const test = this.namedTest();
    this.loops++;
    const body = this.block();
    this.loops--;
    if (this.isKw(K.Else)) throw GIVE_UP;
    return { kind: 'While', test, body, orelse: [], range: this.rng(whileTok.start, body[body.length - 1].range.end) };
  }

  private ifStmt(start: number): A.If {
    this.i++;
    const test = this.namedTest();
    const body = this.block();
    let orelse: A.Stmt[] = [];
    if (this.isKw(K.Elif)) {
      orelse = [this.ifStmt(this.t.start)];
    } else if (this.isKw(K.Else)) {
      this.i++;
      orelse = this.block();
    }
    const lastBlock = orelse.length ? orelse : body;
    return { kind: 'If', test, body, orelse, range: this.rng(start, lastBlock[lastBlock.length - 1].range.end) };
  }

  /** A test in a statement header: a walrus there is outside the subset. */
  private namedTest(): A.Expr {
    const e = this.test();
    if (this.isOp(OP.Walrus)) throw GIVE_UP;
    return e;
  }

  private simpleStatement(): A.Stmt {
    const t = this.t;
    if (t.type === TT.Keyword) {
      switch (t.keywordType) {
        case K.Pass:
          this.i++;
          return { kind: 'Pass', range: this.rng(t.start, end(t)) };
        case K.Break:
        case K.Continue:
          if (!this.loops) throw GIVE_UP;
          this.i++;
          return t.keywordType === K.Break ? { kind: 'Break', range: this.rng(t.start, end(t)) } : { kind: 'Continue', range: this.rng(t.start, end(t)) };
        case K.Return: {
          if (!this.inDef) throw GIVE_UP;
          this.i++;
          if (this.t.type === TT.NewLine) return { kind: 'Return', value: null, range: this.rng(t.start, end(t)) };
          const value = this.testList();
          return { kind: 'Return', value, range: this.rng(t.start, this.oe) };
        }
        case K.Import:
          return this.importStmt();
        case K.From:
          return this.fromImport();
        case K.Assert: {
          this.i++;
          const test = this.test();
          let stop = this.oe;
          let msg: A.Expr | null = null;
          if (this.t.type === TT.Comma) {
            this.i++;
            msg = this.test();
            stop = this.oe;
          }
          return { kind: 'Assert', test, msg, range: this.rng(t.start, stop) };
        }
        default:
          // Other keywords (True, None, not, ...) may start an expression statement.
          break;
      }
    }
    const first = this.testList();
    const start = this.os;
    let stop = this.oe;
    const at = this.t;
    if (at.type === TT.Operator) {
      if (at.operatorType === OP.Assign) {
        const targets: A.Expr[] = [first];
        let value: A.Expr = first;
        while (this.isOp(OP.Assign)) {
          this.i++;
          value = this.testList();
          stop = this.oe;
          targets.push(value);
        }
        targets.pop();
        for (const target of targets) toStore(target, false);
        return { kind: 'Assign', targets: fit(targets), value, range: this.rng(start, stop) };
      }
      const aug = AUGOP[at.operatorType];
      if (aug) {
        if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') throw GIVE_UP;
        this.i++;
        const value = this.testList();
        toStore(first, true);
        return { kind: 'AugAssign', target: first, op: aug, value, range: this.rng(start, this.oe) };
      }
    }
    return { kind: 'Expr', value: first, range: this.rng(start, stop) };
  }

  private dotted(): { name: string; start: number; stop: number } {
    const firstTok = this.name();
    let name: string = firstTok.value;
    let stop = end(firstTok);
    while (this.t.type === TT.Dot) {
      this.i++;
      const part = this.name();
      name += '.' + part.value;
      stop = end(part);
    }
    return { name, start: firstTok.start, stop };
  }

  private importStmt(): A.Stmt {
    const importTok = this.t;
    this.i++;
    const names: A.Alias[] = [];
    let stop = 0;
    for (;;) {
      const mod = this.dotted();
      let asname: string | null = null;
      stop = mod.stop;
      if (this.isKw(K.As)) {
        this.i++;
        const alias = this.name();
        asname = alias.value;
        stop = end(alias);
      }
      names.push({ kind: 'alias', name: mod.name, asname, range: this.rng(mod.start, stop) });
      if (this.t.type !== TT.Comma) break;
      this.i++;
    }
    return { kind: 'Import', names: fit(names), range: this.rng(importTok.start, stop) };
  }

  private fromImport(): A.Stmt {
    const fromTok = this.t;
    this.i++;
    const mod = this.dotted();
    if (!this.isKw(K.Import)) throw GIVE_UP;
    this.i++;
    const names: A.Alias[] = [];
    let stop = 0;
    for (;;) {
      const nameTok = this.name();
      let asname: string | null = null;
      stop = end(nameTok);
      if (this.isKw(K.As)) {
        this.i++;
        const alias = this.name();
        asname = alias.value;
        stop = end(alias);
      }
      names.push({ kind: 'alias', name: nameTok.value, asname, range: this.rng(nameTok.start, stop) });
      if (this.t.type !== TT.Comma) break;
      this.i++;
    }
    return { kind: 'ImportFrom', module: mod.name, names: fit(names), level: 0, range: this.rng(fromTok.start, stop) };
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions. Each sets `os`/`oe` to the expression's extent with its own parentheses.

  /** `a` or an unparenthesized tuple `a, b` (no trailing comma: CPython's range differs there). */
  private testList(): A.Expr {
    const first = this.test();
    if (this.t.type !== TT.Comma) return first;
    const start = this.os;
    const elts = [first];
    while (this.t.type === TT.Comma) {
      this.i++;
      const t: number = this.tok(this.i).type;
      if (t === TT.NewLine || t === TT.Operator || t === TT.Colon || t === TT.CloseParenthesis) throw GIVE_UP;
      elts.push(this.test());
    }
    const stop = this.oe;
    this.os = start;
    return { kind: 'Tuple', elts: fit(elts), ctx: 'Load', range: this.rng(start, stop) };
  }

  /** A `for` target: names, attributes, subscripts, tuples of them. */
  private targetList(): A.Expr {
    const first = this.orExpr();
    let target = first;
    if (this.t.type === TT.Comma) {
      const start = this.os;
      const elts = [first];
      while (this.t.type === TT.Comma) {
        this.i++;
        if (this.isKw(K.In)) throw GIVE_UP;
        elts.push(this.orExpr());
      }
      target = { kind: 'Tuple', elts: fit(elts), ctx: 'Load', range: this.rng(start, this.oe) };
      this.os = start;
    }
    toStore(target, false);
    return target;
  }

  private test(): A.Expr {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const e = this.orTest();
    // Conditional expressions and lambdas are outside the subset.
    if (this.isKw(K.If)) throw GIVE_UP;
    this.depth--;
    return e;
  }

  private orTest(): A.Expr {
    const first = this.andTest();
    if (!this.isKw(K.Or)) return first;
    const start = this.os;
    const values = [first];
    while (this.isKw(K.Or)) {
      this.i++;
      values.push(this.andTest());
    }
    const stop = this.oe;
    this.os = start;
    return { kind: 'BoolOp', op: 'Or', values, range: this.rng(start, stop) };
  }

  private andTest(): A.Expr {
    const first = this.notTest();
    if (!this.isKw(K.And)) return first;
    const start = this.os;
    const values = [first];
    while (this.isKw(K.And)) {
      this.i++;
      values.push(this.notTest());
    }
    const stop = this.oe;
    this.os = start;
    return { kind: 'BoolOp', op: 'And', values, range: this.rng(start, stop) };
  }

  private notTest(): A.Expr {
    if (this.isKw(K.Not)) {
      const start = this.t.start;
      this.i++;
      if (++this.depth > MAX_DEPTH) throw GIVE_UP;
      const operand = this.notTest();
      this.depth--;
      const stop = this.oe;
      this.os = start;
      return { kind: 'UnaryOp', op: 'Not', operand, range: this.rng(start, stop) };
    }
    return this.comparison();
  }

  /** The comparison operator at the cursor (consumed), or null. */
  private compareOp(): A.CmpOpKind | null {
    const t = this.t;
    if (t.type === TT.Operator) {
      const op = CMPOP[t.operatorType];
      if (op) this.i++;
      return op ?? null;
    }
    if (t.type !== TT.Keyword) return null;
    if (t.keywordType === K.In) {
      this.i++;
      return 'In';
    }
    if (t.keywordType === K.Is) {
      this.i++;
      if (this.isKw(K.Not)) {
        this.i++;
        return 'IsNot';
      }
      return 'Is';
    }
    if (t.keywordType === K.Not) {
      const next = this.tok(this.i + 1);
      if (next.type === TT.Keyword && next.keywordType === K.In) {
        this.i += 2;
        return 'NotIn';
      }
    }
    return null;
  }

  private comparison(): A.Expr {
    const left = this.orExpr();
    const start = this.os;
    let op = this.compareOp();
    if (!op) return left;
    const ops: A.CmpOpKind[] = [];
    const comparators: A.Expr[] = [];
    while (op) {
      ops.push(op);
      comparators.push(this.orExpr());
      op = this.compareOp();
    }
    const stop = this.oe;
    this.os = start;
    return { kind: 'Compare', left, ops: fit(ops), comparators: fit(comparators), range: this.rng(start, stop) };
  }

  /** Binary operators from `|` down to `*` (precedence climbing, left-associative). */
  private orExpr(): A.Expr {
    return this.binary(0);
  }

  private binary(level: number): A.Expr {
    if (level === LEVELS.length) return this.factor();
    let left = this.binary(level + 1);
    const start = this.os;
    let chain = 0;
    for (;;) {
      const t = this.t;
      if (t.type !== TT.Operator || LEVEL_OF[t.operatorType] !== level) return left;
      if (++chain > MAX_DEPTH) throw GIVE_UP;
      this.i++;
      const right = this.binary(level + 1);
      const stop = this.oe;
      left = { kind: 'BinOp', left, op: BINOP[t.operatorType], right, range: this.rng(start, stop) };
      this.os = start;
    }
  }

  private factor(): A.Expr {
    const t = this.t;
    if (t.type === TT.Operator && (t.operatorType === OP.Subtract || t.operatorType === OP.Add || t.operatorType === OP.BitwiseInvert)) {
      this.i++;
      if (++this.depth > MAX_DEPTH) throw GIVE_UP;
      const operand = this.factor();
      this.depth--;
      const stop = this.oe;
      this.os = t.start;
      const op: A.UnaryOpKind = t.operatorType === OP.Subtract ? 'USub' : t.operatorType === OP.Add ? 'UAdd' : 'Invert';
      return { kind: 'UnaryOp', op, operand, range: this.rng(t.start, stop) };
    }
    return this.power();
  }

  private power(): A.Expr {
    const base = this.primary();
    if (!this.isOp(OP.Power)) return base;
    const start = this.os;
    this.i++;
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const exponent = this.factor();
    this.depth--;
    const stop = this.oe;
    this.os = start;
    return { kind: 'BinOp', left: base, op: 'Pow', right: exponent, range: this.rng(start, stop) };
  }

  private primary(): A.Expr {
    let e = this.atom();
    const start = this.os;
    let chain = 0;
    for (;;) {
      const t = this.t;
      if (t.type === TT.Dot) {
        this.i++;
        const member = this.name();
        e = { kind: 'Attribute', value: e, attr: member.value, attrRange: this.rng(member.start, end(member)), ctx: 'Load', range: this.rng(start, end(member)) };
        this.oe = end(member);
      } else if (t.type === TT.OpenParenthesis) {
        this.i++;
        e = this.call(e, start);
      } else if (t.type === TT.OpenBracket) {
        this.i++;
        e = this.subscript(e, start);
      } else {
        this.os = start;
        return e;
      }
      if (++chain > MAX_DEPTH) throw GIVE_UP;
    }
  }

  private call(func: A.Expr, start: number): A.Expr {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let seen: Set<string> | null = null;
    while (this.t.type !== TT.CloseParenthesis) {
      const t = this.t;
      if (t.type === TT.Identifier && this.tok(this.i + 1).type === TT.Operator && this.tok(this.i + 1).operatorType === OP.Assign) {
        const name = this.name();
        this.i++;
        const value = this.test();
        seen ??= new Set();
        if (seen.has(name.value)) throw GIVE_UP;
        seen.add(name.value);
        keywords.push({ kind: 'keyword', arg: name.value, value, range: this.rng(name.start, this.oe) });
      } else if (t.type === TT.Operator && (t.operatorType === OP.Multiply || t.operatorType === OP.Power)) {
        throw GIVE_UP;
      } else {
        if (keywords.length) throw GIVE_UP;
        args.push(this.test());
        if (this.isKw(K.For) || this.isOp(OP.Walrus)) throw GIVE_UP;
      }
      if (this.t.type !== TT.Comma) break;
      this.i++;
    }
    const close = this.expect(TT.CloseParenthesis);
    this.oe = end(close);
    return { kind: 'Call', func, args: fit(args), keywords: fit(keywords), range: this.rng(start, end(close)) };
  }

  private subscript(value: A.Expr, start: number): A.Expr {
    const elts: A.Expr[] = [];
    let trailingComma = false;
    let firstStart = -1;
    let lastStop = -1;
    while (this.t.type !== TT.CloseBracket) {
      const item = this.sliceItem();
      if (firstStart < 0) firstStart = this.os;
      lastStop = this.oe;
      elts.push(item);
      trailingComma = false;
      if (this.t.type !== TT.Comma) break;
      this.i++;
      trailingComma = true;
    }
    if (!elts.length || trailingComma) throw GIVE_UP;
    const close = this.expect(TT.CloseBracket);
    const slice: A.Expr = elts.length === 1 ? elts[0] : { kind: 'Tuple', elts: fit(elts), ctx: 'Load', range: this.rng(firstStart, lastStop) };
    this.oe = end(close);
    return { kind: 'Subscript', value, slice, ctx: 'Load', range: this.rng(start, end(close)) };
  }

  /** An index or a slice `lower:upper:step`; sets os/oe to its extent. */
  private sliceItem(): A.Expr {
    const t = this.t;
    let lower: A.Expr | null = null;
    let start = t.start;
    if (t.type !== TT.Colon) {
      lower = this.test();
      if (this.t.type !== TT.Colon) return lower;
      start = this.os;
    }
    let stop = end(this.t);
    this.i++;
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (this.startsExpr()) {
      upper = this.test();
      stop = this.oe;
    }
    if (this.t.type === TT.Colon) {
      stop = end(this.t);
      this.i++;
      if (this.startsExpr()) {
        step = this.test();
        stop = this.oe;
      }
    }
    this.os = start;
    this.oe = stop;
    return { kind: 'Slice', lower, upper, step, range: this.rng(start, stop) };
  }

  private startsExpr(): boolean {
    const type = this.t.type;
    return type !== TT.Comma && type !== TT.CloseBracket && type !== TT.Colon;
  }

  private atom(): A.Expr {
    const t = this.t;
    switch (t.type) {
      case TT.Identifier: {
        if (NON_ASCII.test(t.value)) throw GIVE_UP;
        this.i++;
        this.os = t.start;
        this.oe = end(t);
        return { kind: 'Name', id: t.value, ctx: 'Load', range: this.rng(t.start, end(t)) };
      }
      case TT.Number:
        this.i++;
        this.os = t.start;
        this.oe = end(t);
        return this.number(t);
      case TT.String:
        return this.strings();
      case TT.Keyword: {
        const kw = t.keywordType;
        if (kw !== K.True && kw !== K.False && kw !== K.None) throw GIVE_UP;
        this.i++;
        this.os = t.start;
        this.oe = end(t);
        const range = this.rng(t.start, end(t));
        const raw = this.src.slice(t.start, end(t));
        if (kw === K.None) return { kind: 'Constant', value: { type: 'None' }, raw, range };
        return { kind: 'Constant', value: { type: 'bool', value: kw === K.True }, raw, range };
      }
      case TT.Ellipsis:
        this.i++;
        this.os = t.start;
        this.oe = end(t);
        return { kind: 'Constant', value: { type: 'Ellipsis' }, raw: '...', range: this.rng(t.start, end(t)) };
      case TT.OpenParenthesis:
        return this.parenthesized();
      case TT.OpenBracket:
        return this.list();
      default:
        throw GIVE_UP;
    }
  }

  private number(t: PToken): A.Constant {
    if (t.isImaginary) throw GIVE_UP;
    const small = smallInt(this.src, t.start, end(t));
    if (small) return { kind: 'Constant', value: small.value, raw: small.raw, range: this.rng(t.start, end(t)) };
    const raw = this.src.slice(t.start, end(t));
    // Pyright's tokens (the fallback) include literals CPython rejects (`1.5e`, `012`).
    if (!validNumber(raw)) throw GIVE_UP;
    const clean = raw.indexOf('_') >= 0 ? raw.replace(/_/g, '') : raw;
    let value: A.ConstantValue;
    if (clean.length > 1 && clean.charCodeAt(0) === 48 && /[xXoObB]/.test(clean[1])) {
      value = { type: 'int', value: safeBigInt(clean) };
    } else if (/[.eE]/.test(clean)) {
      value = { type: 'float', value: Number(clean) };
    } else {
      value = { type: 'int', value: safeBigInt(clean) };
    }
    return { kind: 'Constant', value, raw, range: this.rng(t.start, end(t)) };
  }

  /** Adjacent plain string literals (no bytes, no f-strings). */
  private strings(): A.Expr {
    const first = this.t;
    let text = '';
    let last = first;
    while (this.t.type === TT.String) {
      const t = this.t;
      const flags: number = t.flags;
      if (flags & (STR.Bytes | STR.Format | STR.Template | STR.Unterminated)) throw GIVE_UP;
      text += decodeStringBody(t.escapedValue, (flags & STR.Raw) !== 0, false, false);
      last = t;
      this.i++;
    }
    if (this.t.type === TT.FStringStart) throw GIVE_UP;
    this.os = first.start;
    this.oe = end(last);
    return { kind: 'Constant', value: { type: 'str', value: text }, raw: this.src.slice(first.start, end(last)), range: this.rng(first.start, end(last)) };
  }

  /** `( ... )`: a parenthesized expression (its range leaves the parentheses out) or a tuple. */
  private parenthesized(): A.Expr {
    const open = this.t;
    this.i++;
    if (this.t.type === TT.CloseParenthesis) {
      const close = this.t;
      this.i++;
      this.os = open.start;
      this.oe = end(close);
      return { kind: 'Tuple', elts: [], ctx: 'Load', range: this.rng(open.start, end(close)) };
    }
    const first = this.test();
    if (this.isKw(K.For) || this.isOp(OP.Walrus)) throw GIVE_UP;
    if (this.t.type === TT.CloseParenthesis) {
      const close = this.t;
      this.i++;
      this.os = open.start;
      this.oe = end(close);
      return first;
    }
    const elts = [first];
    while (this.t.type === TT.Comma) {
      this.i++;
      if ((this.tok(this.i).type as number) === TT.CloseParenthesis) break;
      elts.push(this.test());
    }
    const close = this.expect(TT.CloseParenthesis);
    this.os = open.start;
    this.oe = end(close);
    return { kind: 'Tuple', elts: fit(elts), ctx: 'Load', range: this.rng(open.start, end(close)) };
  }

  private list(): A.Expr {
    const open = this.t;
    this.i++;
    const elts: A.Expr[] = [];
    while (this.t.type !== TT.CloseBracket) {
      elts.push(this.test());
      if (this.isKw(K.For) || this.isOp(OP.Walrus)) throw GIVE_UP;
      if (this.t.type !== TT.Comma) break;
      this.i++;
    }
    const close = this.expect(TT.CloseBracket);
    this.os = open.start;
    this.oe = end(close);
    return { kind: 'List', elts: fit(elts), ctx: 'Load', range: this.rng(open.start, end(close)) };
  }
}

/** Marks an assignment target Store (elements of tuples and lists too); gives up on anything else. */
function toStore(e: A.Expr, single: boolean): void {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = 'Store';
      return;
    case 'Tuple':
    case 'List':
      if (single || !e.elts.length) throw GIVE_UP;
      e.ctx = 'Store';
      for (const x of e.elts) toStore(x, false);
      return;
    default:
      throw GIVE_UP;
  }
}

/** The value and text of each small int literal seen, shared by every node that writes it. */
const SMALL_INTS: ({ value: A.ConstantValue; raw: string } | undefined)[] = new Array(10000);

/**
 * A plain decimal int literal below 10000 (sizes, axes, indices: most literals in NumPy code)
 * without allocating: its value and text are shared, as the tree is never changed in place.
 * Undefined for anything else, leading zeros included (`007` keeps its own text).
 */
function smallInt(src: string, start: number, stop: number): { value: A.ConstantValue; raw: string } | undefined {
  if (stop - start > 4 || (stop - start > 1 && src.charCodeAt(start) === 48)) return undefined;
  let n = 0;
  for (let k = start; k < stop; k++) {
    const c = src.charCodeAt(k);
    if (c < 48 || c > 57) return undefined;
    n = n * 10 + c - 48;
  }
  return (SMALL_INTS[n] ??= { value: { type: 'int', value: BigInt(n) }, raw: String(n) });
}

function safeBigInt(text: string): bigint {
  try {
    return BigInt(text);
  } catch {
    return 0n;
  }
}

/** A deep copy of parsed statements with every range moved by `offset` characters and `lines` lines. */
function shifted<T>(node: T, offset: number, lines: number): T {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((x) => shifted(x, offset, lines)) as T;
  if (node instanceof Uint8Array) return node;
  const o = node as Record<string, unknown>;
  if (typeof o.endColumn === 'number' && typeof o.start === 'number') {
    const r = o as unknown as A.SourceRange;
    return { start: r.start + offset, end: r.end + offset, line: r.line + lines, column: r.column, endLine: r.endLine + lines, endColumn: r.endColumn } as T;
  }
  const out: Record<string, unknown> = { ...o };
  for (const k in out) {
    const v = out[k];
    if (v !== null && typeof v === 'object') out[k] = shifted(v, offset, lines);
  }
  return out as T;
}

/** How many regions were left to `parse()` so far (tests check the fast path is taken). */
export const fastParseStats = { regions: 0 };

/** `parse()` of a run of whole top-level statements starting at a line start; null on errors. */
/** Set when a region parsed on its own holds `global`: only the whole module shows whether it comes too late. */
let regionHasGlobal = false;

function regionParse(text: string, offset: number, lineIndex: number): A.Stmt[] | null {
  fastParseStats.regions++;
  const p = parse(text);
  if (p.errors.length) return null;
  if (/\bglobal\b/.test(text)) regionHasGlobal = true;
  return offset === 0 ? p.module.body : shifted(p.module.body, offset, lineIndex);
}

function result(source: string, body: A.Stmt[], rawComments: readonly { start: number; length: number; value: string }[], lineStarts: number[]): A.ParseResult | null {
  const comments: A.Comment[] = [];
  for (const c of rawComments) {
    // Pyright reads `# type:` comments as annotations (and reports bad ones).
    if (TYPE_COMMENT.test(c.value)) return null;
    comments.push({ text: c.value, range: rangeFromOffsets(lineStarts, c.start - 1, c.start + c.length) });
  }
  const module: A.Module = { kind: 'Module', body, range: moduleRange(source, lineStarts) };
  // `x = 1` (ours) then `global x` (parse()'s region): the symbol table's error spans both.
  if (regionHasGlobal && scopeErrors(module, lineStarts).length) return null;
  return { module, errors: [], comments, lineStarts };
}

/** The module's range, as convert.ts gives it: to the end of the text, trailing whitespace left out. */
function moduleRange(source: string, lineStarts: number[]): A.SourceRange {
  let stop = source.length;
  let c = source.charCodeAt(stop - 1);
  while (stop > 0 && (c === 10 || c === 13 || c === 32 || c === 9 || c === 12)) c = source.charCodeAt(--stop - 1);
  return rangeFromOffsets(lineStarts, 0, stop);
}

/**
 * `parse(source)` for sources without syntax errors, faster; null when the source has errors
 * (or anything the fast path does not vouch for), in which case the caller runs `parse()`.
 */
export function parseFast(source: string): A.ParseResult | null {
  regionHasGlobal = false;
  try {
    if (source.charCodeAt(0) === 0xfeff) return null;
    const lineStarts = computeLineStarts(source);
    // Our own tokenizer for plain ASCII code, else pyright's (the same tokens parse() sees).
    const fast = new FastTokenizer(source);
    if (fast.supported) {
      try {
        const body = new FastParser(source, null, fast, lineStarts).module();
        return body && result(source, body, fast.comments, lineStarts);
      } catch (e) {
        if (e !== TOKENIZER_GAVE_UP) throw e;
      }
    }
    const tokens = tokenizeOnly(source);
    const all: { start: number; length: number; value: string }[] = [];
    const openers: number[] = [];
    for (const t of tokens) {
      const type = t.type;
      if (type === TT.OpenParenthesis || type === TT.OpenBracket || type === TT.OpenCurlyBrace) {
        // CPython's nesting limit and pyright's stack: parse() handles deep nesting.
        if (openers.push(type) > 100) return null;
      } else if (type === TT.CloseParenthesis || type === TT.CloseBracket || type === TT.CloseCurlyBrace) {
        // A closer that matches no opener (`[3, 4)`) is CPython's tokenizer error: parse() reports it.
        if (openers.pop() !== type - 1) return null;
      } else if (type === TT.Invalid || type === TT.Backtick) return null;
      if (t.comments) for (const c of t.comments) all.push(c);
    }
    // A character CPython refuses where pyright's tokenizer sees whitespace (a no-break space).
    if (invalidCharacterError(source, lineStarts, tokens)) return null;
    const body = new FastParser(source, tokens, null, lineStarts).module();
    return body && result(source, body, all, lineStarts);
  } catch {
    return null;
  }
}
