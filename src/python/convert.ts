// Translates pyright's parse tree into our CPython-shaped tree (ast.ts): one switch over
// pyright's node kinds for statements and one for expressions. Besides renaming, it
//   - gives every node CPython's range: an expression's range leaves out its own parentheses
//     (but a parent's range includes those of its children), compound statements end at
//     their last body statement, `def`/`class` start at the keyword rather than a decorator;
//   - sets `ctx` (Load/Store/Del) from the position of an expression;
//   - decodes literals: exact bigint ints, floats, escapes, implicit concatenation, and
//     f-strings into JoinedStr/FormattedValue as CPython 3.12 does;
//   - folds pyright's chained binary nodes into CPython's Compare and BoolOp lists.
import type * as A from './ast';
import { lineIndexAt } from './positions';
import type { PNode, PToken } from './pyright';
import * as Kinds from './pyrightKinds';
import { decodeStringBody, toBytes } from './strings';

type Ctx = A.ExprContext;

// Module-level copies: reading an imported binding can cost a getter call per use when the
// code runs unbundled (tsx, tests), and the translation reads these for every node.
const { ARG, ERR, KW, OP, PARAM, PN, STR, TT } = Kinds;

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
  [OP.Equals]: 'Eq', [OP.NotEquals]: 'NotEq', [OP.LessOrGreaterThan]: 'NotEq', [OP.LessThan]: 'Lt',
  [OP.LessThanOrEqual]: 'LtE', [OP.GreaterThan]: 'Gt', [OP.GreaterThanOrEqual]: 'GtE', [OP.Is]: 'Is',
  [OP.IsNot]: 'IsNot', [OP.In]: 'In', [OP.NotIn]: 'NotIn',
};
const UNARYOP: Record<number, A.UnaryOpKind> = {
  [OP.Add]: 'UAdd', [OP.Subtract]: 'USub', [OP.BitwiseInvert]: 'Invert', [OP.Not]: 'Not',
};

/** Error categories where pyright keeps the whole construct as the error's child. */
const UNWRAP_ERRORS = new Set<number>([
  ERR.MissingCallCloseParen, ERR.MissingIndexCloseBracket, ERR.MissingTupleCloseParen,
  ERR.MissingListCloseBracket, ERR.MaxDepthExceeded,
]);

const NON_ASCII = /[^\x00-\x7f]/;

function end(n: { start: number; length: number }): number {
  return n.start + n.length;
}

interface StrPart {
  value: string;
  start: number;
  end: number;
}

export class Converter {
  /** Token index of the matching bracket, per token index (-1 if none); built on demand. */
  private match: Int32Array | null = null;

  constructor(
    private readonly src: string,
    private readonly tokens: PToken[],
    private readonly lineStarts: number[],
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Ranges and tokens

  private rng(start: number, stop: number): A.SourceRange {
    // Pyright's error recovery can stretch a node over the line break it stopped at; CPython
    // ranges never end in whitespace.
    const src = this.src;
    if (stop < start) stop = start; // only in broken code (an f-string cut inside a spec)
    let c = src.charCodeAt(stop - 1);
    while (stop > start && (c === 10 || c === 13 || c === 32 || c === 9 || c === 12)) c = src.charCodeAt(--stop - 1);
    const starts = this.lineStarts;
    const line = this.lineOf(start);
    let endLine = line;
    while (endLine + 1 < starts.length && starts[endLine + 1] <= stop) endLine++;
    return { start, end: stop, line: line + 1, column: start - starts[line], endLine: endLine + 1, endColumn: stop - starts[endLine] };
  }

  /** Line index of an offset; the translation visits the source roughly in order, so look
   * near the previous answer before searching. */
  private lineHint = 0;
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

  /** Index of the token starting exactly at `offset`, or -1. */
  private tokenAt(offset: number): number {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = toks[mid].start;
      if (s === offset) {
        // Zero-length tokens (indent/dedent) can share a start; prefer the real one.
        let k = mid;
        while (k + 1 < toks.length && toks[k + 1].start === offset && toks[k].length === 0) k++;
        while (k > 0 && toks[k - 1].start === offset && toks[k - 1].length > 0) k--;
        return k;
      }
      if (s < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Index of the first token starting at or after `offset`. */
  private tokenFrom(offset: number): number {
    const toks = this.tokens;
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private matching(): Int32Array {
    if (this.match) return this.match;
    const toks = this.tokens;
    const match = new Int32Array(toks.length).fill(-1);
    const stack: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i].type;
      if (t === TT.OpenParenthesis || t === TT.OpenBracket || t === TT.OpenCurlyBrace) stack.push(i);
      else if (t === TT.CloseParenthesis || t === TT.CloseBracket || t === TT.CloseCurlyBrace) {
        const open = stack.pop();
        if (open !== undefined && toks[open].type + 1 === t) {
          match[open] = i;
          match[i] = open;
        } else if (open !== undefined) stack.push(open);
      }
    }
    this.match = match;
    return match;
  }

  /**
   * The offsets of an expression without its own enclosing parentheses. With `keepWrap`
   * (parenthesized tuples, generator expressions) the innermost pair belongs to the node.
   */
  private strip(start: number, stop: number, keepWrap: boolean): [number, number] {
    const src = this.src;
    while (src.charCodeAt(start) === 40 && src.charCodeAt(stop - 1) === 41) {
      const open = this.tokenAt(start);
      if (open < 0) break;
      const match = this.matching();
      const close = match[open];
      if (close < 0 || end(this.tokens[close]) !== stop || close <= open + 1) break;
      if (keepWrap) {
        const inner = open + 1;
        if (!(this.tokens[inner].type === TT.OpenParenthesis && match[inner] === close - 1)) break;
      }
      start = this.tokens[open + 1].start;
      stop = end(this.tokens[close - 1]);
    }
    return [start, stop];
  }

  private exprRange(n: PNode, keepWrap = false): A.SourceRange {
    const [s, e] = this.strip(n.start, end(n), keepWrap);
    return this.rng(s, e);
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  module(n: PNode): A.Module {
    const body: A.Stmt[] = [];
    this.statements(n.d.statements, body);
    return { kind: 'Module', body, range: this.rng(0, this.src.length) };
  }

  private statements(list: PNode[], out: A.Stmt[]): A.Stmt[] {
    for (const s of list) {
      if (s.nodeType === PN.StatementList) {
        for (const small of s.d.statements as PNode[]) out.push(this.guarded(small, true));
      } else out.push(this.guarded(s, false));
    }
    return out;
  }

  /** Errors found by the translation itself (a statement nested beyond our stack). */
  readonly errors: { message: string; range: A.SourceRange }[] = [];

  /** Translates one statement; one that fails (nests too deeply) becomes InvalidStmt, not a crash. */
  private guarded(n: PNode, small: boolean): A.Stmt {
    try {
      return small ? this.smallStatement(n) : this.compound(n);
    } catch (error) {
      // One statement we cannot translate must not cost the user the rest of the file.
      const range = this.rng(n.start, end(n));
      const message = error instanceof RangeError
        ? 'Statement is too deeply nested to analyze'
        : `Internal parser error: ${error instanceof Error ? error.message : String(error)}`;
      this.errors.push({ message, range });
      return { kind: 'InvalidStmt', range };
    }
  }

  private suite(n: PNode | undefined): A.Stmt[] {
    return n ? this.statements(n.d.statements, []) : [];
  }

  /** End of the last statement of the last non-empty block, else `fallback`. */
  private lastEnd(blocks: A.Stmt[][], fallback: number): number {
    for (let i = blocks.length - 1; i >= 0; i--) {
      const b = blocks[i];
      if (!b.length) continue;
      // A compound statement ends with the last token of its block, which can be the `;`
      // ending its last line (`x = 1; pass;`).
      const stop = b[b.length - 1].range.end;
      const next = this.tokens[this.tokenFrom(stop)];
      return next && next.type === TT.Semicolon ? end(next) : stop;
    }
    return fallback;
  }

  private compound(n: PNode): A.Stmt {
    const d = n.d;
    switch (n.nodeType) {
      case PN.If: {
        const body = this.suite(d.ifSuite);
        const orelse = d.elseSuite
          ? d.elseSuite.nodeType === PN.If ? [this.compound(d.elseSuite)] : this.suite(d.elseSuite)
          : [];
        const start = d.firstToken.start;
        return { kind: 'If', test: this.expr(d.testExpr), body, orelse, range: this.rng(start, this.lastEnd([body, orelse], end(n))) };
      }
      case PN.While: {
        const body = this.suite(d.whileSuite);
        const orelse = this.suite(d.elseSuite);
        return { kind: 'While', test: this.expr(d.testExpr), body, orelse, range: this.rng(d.firstToken.start, this.lastEnd([body, orelse], end(n))) };
      }
      case PN.For: {
        const body = this.suite(d.forSuite);
        const orelse = this.suite(d.elseSuite);
        const start = d.isAsync && d.asyncToken ? d.asyncToken.start : d.firstToken.start;
        return {
          kind: d.isAsync ? 'AsyncFor' : 'For',
          target: this.expr(d.targetExpr, 'Store'),
          iter: this.expr(d.iterableExpr),
          body,
          orelse,
          range: this.rng(start, this.lastEnd([body, orelse], end(n))),
        };
      }
      case PN.Try: {
        const body = this.suite(d.trySuite);
        let star = false;
        const handlers: A.ExceptHandler[] = [];
        for (const h of d.exceptClauses as PNode[]) {
          if (h.d.isExceptGroup) star = true;
          const hbody = this.suite(h.d.exceptSuite);
          handlers.push({
            kind: 'ExceptHandler',
            type: h.d.typeExpr ? this.expr(h.d.typeExpr) : null,
            name: h.d.name ? this.identifier(h.d.name) : null,
            body: hbody,
            range: this.rng(h.start, this.lastEnd([hbody], end(h))),
          });
        }
        const orelse = this.suite(d.elseSuite);
        const finalbody = this.suite(d.finallySuite);
        const last = [body, handlers.length ? [handlers[handlers.length - 1] as unknown as A.Stmt] : [], orelse, finalbody];
        return {
          kind: star ? 'TryStar' : 'Try',
          body,
          handlers,
          orelse,
          finalbody,
          range: this.rng(d.firstToken.start, this.lastEnd(last, end(n))),
        };
      }
      case PN.Function: {
        const body = this.suite(d.suite);
        let start = d.firstToken.start;
        if (d.isAsync) {
          const defIndex = this.tokenAt(start);
          if (defIndex > 0) start = this.tokens[defIndex - 1].start;
        }
        return {
          kind: d.isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
          name: this.identifier(d.name),
          nameRange: this.rng(d.name.start, end(d.name)),
          args: this.parameters(d.params, end(d.name)),
          body,
          decorator_list: (d.decorators as PNode[]).map((dec) => this.expr(dec.d.expr)),
          returns: d.returnAnnotation ? this.expr(d.returnAnnotation) : null,
          range: this.rng(start, this.lastEnd([body], end(n))),
        };
      }
      case PN.Class: {
        const body = this.suite(d.suite);
        const bases: A.Expr[] = [];
        const keywords: A.Keyword[] = [];
        this.callArguments(d.arguments, bases, keywords);
        return {
          kind: 'ClassDef',
          name: this.identifier(d.name),
          nameRange: this.rng(d.name.start, end(d.name)),
          bases,
          keywords,
          body,
          decorator_list: (d.decorators as PNode[]).map((dec) => this.expr(dec.d.expr)),
          range: this.rng(d.firstToken.start, this.lastEnd([body], end(n))),
        };
      }
      case PN.With: {
        const body = this.suite(d.suite);
        const start = d.isAsync && d.asyncToken ? d.asyncToken.start : d.firstToken.start;
        const items: A.WithItem[] = (d.withItems as PNode[]).map((item) => {
          const context = this.expr(item.d.expr);
          const vars = item.d.target ? this.expr(item.d.target, 'Store') : null;
          return {
            kind: 'withitem',
            context_expr: context,
            optional_vars: vars,
            range: this.rng(item.d.expr.start, item.d.target ? end(item.d.target) : end(item.d.expr)),
          };
        });
        return { kind: d.isAsync ? 'AsyncWith' : 'With', items, body, range: this.rng(start, this.lastEnd([body], end(n))) };
      }
      case PN.Match: {
        const cases: A.MatchCase[] = (d.cases as PNode[]).map((c) => {
          const body = this.suite(c.d.suite);
          return {
            kind: 'match_case',
            pattern: this.patternRange(c),
            guard: c.d.guardExpr ? this.expr(c.d.guardExpr) : null,
            body,
            range: this.rng(c.start, this.lastEnd([body], end(c))),
          };
        });
        const lastCase = cases.length ? cases[cases.length - 1].range.end : end(n);
        return { kind: 'Match', subject: this.expr(d.expr), cases, range: this.rng(d.firstToken.start, lastCase) };
      }
      case PN.TypeAlias:
        return {
          kind: 'TypeAlias',
          name: this.expr(d.name, 'Store'),
          value: this.expr(d.expr),
          range: this.rng(d.firstToken.start, end(n)),
        };
      case PN.StatementList: {
        // Only reached through an unusual nesting; flatten its first statement.
        const first = (d.statements as PNode[])[0];
        return first ? this.smallStatement(first) : { kind: 'InvalidStmt', range: this.rng(n.start, end(n)) };
      }
      default:
        return { kind: 'InvalidStmt', range: this.rng(n.start, end(n)) };
    }
  }

  /**
   * The range of a case's pattern, from its tokens: after `case`, up to the guard's `if` or
   * the colon. A parenthesized group `(p)` is p's range, as in CPython; a sequence `(a, b)`
   * keeps its parentheses.
   */
  private patternRange(c: PNode): A.SourceRange {
    const toks = this.tokens;
    const first = this.tokenAt(c.start) + 1;
    let i = first;
    let depth = 0;
    for (; i < toks.length; i++) {
      const t = toks[i];
      if (t.type === TT.OpenParenthesis || t.type === TT.OpenBracket || t.type === TT.OpenCurlyBrace) depth++;
      else if (t.type === TT.CloseParenthesis || t.type === TT.CloseBracket || t.type === TT.CloseCurlyBrace) depth--;
      else if (depth <= 0 && (t.type === TT.Colon || t.type === TT.NewLine || t.type === TT.EndOfStream || (t.type === TT.Keyword && t.keywordType === KW.If))) break;
    }
    if (first <= 0 || i <= first) return this.rng(c.start, c.start);
    let lo = first;
    let hi = i - 1;
    const match = this.matching();
    while (toks[lo].type === TT.OpenParenthesis && match[lo] === hi && hi > lo + 1) {
      let comma = false;
      let d = 0;
      for (let k = lo + 1; k < hi; k++) {
        const type = toks[k].type;
        if (type === TT.OpenParenthesis || type === TT.OpenBracket || type === TT.OpenCurlyBrace) d++;
        else if (type === TT.CloseParenthesis || type === TT.CloseBracket || type === TT.CloseCurlyBrace) d--;
        else if (d === 0 && type === TT.Comma) comma = true;
      }
      if (comma) break;
      lo++;
      hi--;
    }
    return this.rng(toks[lo].start, end(toks[hi]));
  }

  private smallStatement(n: PNode): A.Stmt {
    const stmt = this.smallStatementOnly(n);
    // A statement ending in an unparenthesized tuple's trailing comma (`x = 1, 2,`) ends
    // after that comma in CPython; pyright's range stops at the last element.
    let last: A.Expr | null = null;
    switch (stmt.kind) {
      case 'Expr': case 'Assign': case 'AugAssign': last = stmt.value; break;
      case 'AnnAssign': last = stmt.value ?? stmt.annotation; break;
      case 'Return': last = stmt.value; break;
      case 'Delete': {
        // `del y,`: the comma belongs to the statement.
        const stop = this.withTrailingComma(stmt.range.end);
        if (stop > stmt.range.end) stmt.range = this.rng(stmt.range.start, stop);
        break;
      }
    }
    if (last && last.kind === 'Tuple' && last.range.end > stmt.range.end) stmt.range = this.rng(stmt.range.start, last.range.end);
    return stmt;
  }

  private smallStatementOnly(n: PNode): A.Stmt {
    const d = n.d;
    const range = this.rng(n.start, end(n));
    switch (n.nodeType) {
      case PN.Assignment: {
        const targets: A.Expr[] = [];
        // Pyright nests `a = b = v` as Assignment(b, Assignment(a, v)): the innermost
        // assignment holds the first target.
        let node: PNode = n;
        const chain: PNode[] = [];
        while (node.nodeType === PN.Assignment) {
          chain.push(node.d.leftExpr);
          node = node.d.rightExpr;
        }
        const left = chain[0];
        if (chain.length === 1 && left.nodeType === PN.TypeAnnotation) {
          return this.annAssign(left, node, range);
        }
        // chain = [b, a] for `a = b = v`: CPython order is source order.
        chain.sort((x, y) => x.start - y.start);
        for (const t of chain) targets.push(this.expr(t, 'Store'));
        // Pyright stretches an assignment over a `# type:` comment after it.
        return { kind: 'Assign', targets, value: this.expr(node), range: this.rng(n.start, end(node)) };
      }
      case PN.TypeAnnotation:
        return this.annAssign(n, null, range);
      case PN.AugmentedAssignment: {
        const op = AUGOP[d.operator] ?? 'Add';
        return { kind: 'AugAssign', target: this.expr(d.leftExpr, 'Store'), op, value: this.expr(d.rightExpr), range };
      }
      case PN.Del:
        return { kind: 'Delete', targets: (d.targets as PNode[]).map((t) => this.expr(t, 'Del')), range };
      case PN.Pass:
        return { kind: 'Pass', range };
      case PN.Break:
        return { kind: 'Break', range };
      case PN.Continue:
        return { kind: 'Continue', range };
      case PN.Return:
        return { kind: 'Return', value: d.expr ? this.expr(d.expr) : null, range };
      case PN.Raise:
        return { kind: 'Raise', exc: d.expr ? this.expr(d.expr) : null, cause: d.fromExpr ? this.expr(d.fromExpr) : null, range };
      case PN.Global:
        return { kind: 'Global', names: (d.targets as PNode[]).map((t) => this.identifier(t)), range };
      case PN.Nonlocal:
        return { kind: 'Nonlocal', names: (d.targets as PNode[]).map((t) => this.identifier(t)), range };
      case PN.Assert:
        return { kind: 'Assert', test: this.expr(d.testExpr), msg: d.exceptionExpr ? this.expr(d.exceptionExpr) : null, range };
      case PN.Import:
        return {
          kind: 'Import',
          names: (d.list as PNode[]).map((item) => {
            const mod = item.d.module as PNode;
            const alias = item.d.alias as PNode | undefined;
            return {
              kind: 'alias' as const,
              name: this.dottedName(mod),
              asname: alias ? this.identifier(alias) : null,
              range: this.rng(mod.start, alias ? end(alias) : end(mod)),
            };
          }),
          range,
        };
      case PN.ImportFrom: {
        const mod = d.module as PNode;
        const names: A.Alias[] = d.isWildcardImport && d.wildcardToken
          ? [{ kind: 'alias', name: '*', asname: null, range: this.rng(d.wildcardToken.start, end(d.wildcardToken)) }]
          : (d.imports as PNode[]).map((item) => {
              const alias = item.d.alias as PNode | undefined;
              return {
                kind: 'alias' as const,
                name: this.identifier(item.d.name),
                asname: alias ? this.identifier(alias) : null,
                range: this.rng(item.d.name.start, alias ? end(alias) : end(item.d.name)),
              };
            });
        const moduleName = mod.d.nameParts.length ? this.dottedName(mod) : null;
        return { kind: 'ImportFrom', module: moduleName, names, level: mod.d.leadingDots, range };
      }
      case PN.Error:
        if (UNWRAP_ERRORS.has(d.category) && d.child) return { kind: 'Expr', value: this.expr(n), range };
        return { kind: 'InvalidStmt', range };
      default:
        if (n.nodeType === PN.TypeAlias || n.nodeType === PN.If || n.nodeType === PN.Function || n.nodeType === PN.Class) return this.compound(n);
        return { kind: 'Expr', value: this.expr(n), range };
    }
  }

  private annAssign(ann: PNode, value: PNode | null, range: A.SourceRange): A.AnnAssign {
    const target = ann.d.valueExpr as PNode;
    const simple = target.nodeType === PN.Name && this.src.charCodeAt(target.start) !== 40;
    return {
      kind: 'AnnAssign',
      target: this.expr(target, 'Store'),
      annotation: this.expr(ann.d.annotation),
      value: value ? this.expr(value) : null,
      simple,
      range,
    };
  }

  private dottedName(mod: PNode): string {
    return (mod.d.nameParts as PNode[]).map((p) => this.identifier(p)).join('.');
  }

  /** An identifier as CPython sees it: NFKC-normalised. */
  private identifier(name: PNode): string {
    const value: string = name.d.value;
    return NON_ASCII.test(value) ? value.normalize('NFKC') : value;
  }

  private parameters(params: PNode[], fallback: number): A.Arguments {
    const posonlyargs: A.Arg[] = [];
    let args: A.Arg[] = [];
    let vararg: A.Arg | null = null;
    const kwonlyargs: A.Arg[] = [];
    const kw_defaults: (A.Expr | null)[] = [];
    let kwarg: A.Arg | null = null;
    const defaults: A.Expr[] = [];
    let keywordOnly = false;
    for (const p of params) {
      const d = p.d;
      if (d.category === PARAM.Simple) {
        if (!d.name) {
          // The `/` marker: everything before it is positional-only.
          posonlyargs.push(...args);
          args = [];
          continue;
        }
        const a = this.arg(p);
        if (keywordOnly) {
          kwonlyargs.push(a);
          kw_defaults.push(d.defaultValue ? this.expr(d.defaultValue) : null);
        } else {
          args.push(a);
          if (d.defaultValue) defaults.push(this.expr(d.defaultValue));
        }
      } else if (d.category === PARAM.ArgsList) {
        keywordOnly = true;
        if (d.name) vararg = this.arg(p);
      } else if (d.name) {
        kwarg = this.arg(p);
      }
    }
    const start = params.length ? params[0].start : fallback;
    const stop = params.length ? end(params[params.length - 1]) : fallback;
    return { kind: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults, range: this.rng(start, stop) };
  }

  private arg(p: PNode): A.Arg {
    const name = p.d.name as PNode;
    const annotation = p.d.annotation as PNode | undefined;
    return {
      kind: 'arg',
      arg: this.identifier(name),
      annotation: annotation ? this.expr(annotation) : null,
      range: this.rng(name.start, annotation ? end(annotation) : end(name)),
    };
  }

  private callArguments(list: PNode[], args: A.Expr[], keywords: A.Keyword[]): void {
    for (const a of list) {
      const d = a.d;
      if (d.name) {
        keywords.push({ kind: 'keyword', arg: this.identifier(d.name), value: this.expr(d.valueExpr), range: this.rng(a.start, end(a)) });
      } else if (d.argCategory === ARG.UnpackedDictionary) {
        keywords.push({ kind: 'keyword', arg: null, value: this.expr(d.valueExpr), range: this.rng(a.start, end(a)) });
      } else if (d.argCategory === ARG.UnpackedList) {
        args.push({ kind: 'Starred', value: this.expr(d.valueExpr), ctx: 'Load', range: this.rng(a.start, end(a)) });
      } else {
        args.push(this.expr(d.valueExpr));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  expr(n: PNode, ctx: Ctx = 'Load'): A.Expr {
    const d = n.d;
    switch (n.nodeType) {
      case PN.Name:
        return { kind: 'Name', id: this.identifier(n), ctx, range: this.exprRange(n) };
      case PN.MemberAccess:
        return {
          kind: 'Attribute',
          value: this.expr(d.leftExpr),
          attr: this.identifier(d.member),
          attrRange: this.rng(d.member.start, end(d.member)),
          ctx,
          range: this.exprRange(n),
        };
      case PN.Index:
        return { kind: 'Subscript', value: this.expr(d.leftExpr), slice: this.subscriptSlice(n), ctx, range: this.exprRange(n) };
      case PN.Call: {
        const args: A.Expr[] = [];
        const keywords: A.Keyword[] = [];
        const list = d.args as PNode[];
        const range = this.exprRange(n);
        if (list.length === 1 && list[0].d.valueExpr.nodeType === PN.Comprehension && !list[0].d.name &&
            list[0].d.argCategory === ARG.Simple && !list[0].d.valueExpr.d.hasParens) {
          // `f(x for x in y)`: the generator borrows the call's parentheses, as in CPython.
          const open = this.tokenFrom(end(d.leftExpr));
          const gen = this.comprehension(list[0].d.valueExpr, 'GeneratorExp') as A.GeneratorExp;
          const close = this.src.charCodeAt(range.end - 1) === 41 ? range.end : end(list[0]);
          gen.range = this.rng(open < this.tokens.length ? this.tokens[open].start : list[0].start, close);
          args.push(gen);
        } else {
          this.callArguments(list, args, keywords);
        }
        return { kind: 'Call', func: this.expr(d.leftExpr), args, keywords, range };
      }
      case PN.Number:
        return this.number(n);
      case PN.Constant: {
        const range = this.exprRange(n);
        const raw = this.src.slice(range.start, range.end);
        switch (d.constType) {
          case KW.True: return { kind: 'Constant', value: { type: 'bool', value: true }, raw, range };
          case KW.False: return { kind: 'Constant', value: { type: 'bool', value: false }, raw, range };
          case KW.None: return { kind: 'Constant', value: { type: 'None' }, raw, range };
          default: return { kind: 'Name', id: raw, ctx, range };
        }
      }
      case PN.Ellipsis: {
        const range = this.exprRange(n);
        return { kind: 'Constant', value: { type: 'Ellipsis' }, raw: '...', range };
      }
      case PN.StringList:
        return this.stringList(n);
      case PN.UnaryOperation:
        return { kind: 'UnaryOp', op: UNARYOP[d.operator] ?? 'UAdd', operand: this.expr(d.expr), range: this.exprRange(n) };
      case PN.BinaryOperation:
        return this.binary(n);
      case PN.AssignmentExpression:
        return {
          kind: 'NamedExpr',
          target: this.expr(d.name, 'Store') as A.Name,
          value: this.expr(d.rightExpr),
          range: this.exprRange(n),
        };
      case PN.Await:
        return { kind: 'Await', value: this.expr(d.expr), range: this.exprRange(n) };
      case PN.Ternary:
        return { kind: 'IfExp', test: this.expr(d.testExpr), body: this.expr(d.ifExpr), orelse: this.expr(d.elseExpr), range: this.exprRange(n) };
      case PN.Unpack:
        return { kind: 'Starred', value: this.expr(d.expr, ctx), ctx, range: this.exprRange(n) };
      case PN.Tuple: {
        const items = d.items as PNode[];
        const elts = items.map((i) => this.expr(i, ctx));
        if (d.hasParens || !items.length) return { kind: 'Tuple', elts, ctx, range: this.exprRange(n, true) };
        // Unparenthesized: its range may look wrapped (`(a, b),`) but those parentheses are
        // its element's; CPython's range runs through a trailing comma.
        return { kind: 'Tuple', elts, ctx, range: this.rng(n.start, this.withTrailingComma(end(items[items.length - 1]))) };
      }
      case PN.List: {
        const items = d.items as PNode[];
        if (items.length === 1 && items[0].nodeType === PN.Comprehension) {
          const comp = this.comprehension(items[0], 'ListComp');
          comp.range = this.exprRange(n);
          return comp;
        }
        return { kind: 'List', elts: items.map((i) => this.expr(i, ctx)), ctx, range: this.exprRange(n) };
      }
      case PN.Set: {
        const items = d.items as PNode[];
        if (items.length === 1 && items[0].nodeType === PN.Comprehension) {
          const comp = this.comprehension(items[0], 'SetComp');
          comp.range = this.exprRange(n);
          return comp;
        }
        return { kind: 'Set', elts: items.map((i) => this.expr(i)), range: this.exprRange(n) };
      }
      case PN.Dictionary: {
        const items = d.items as PNode[];
        if (items.length === 1 && items[0].nodeType === PN.Comprehension) {
          const comp = this.comprehension(items[0], 'DictComp');
          comp.range = this.exprRange(n);
          return comp;
        }
        const keys: (A.Expr | null)[] = [];
        const values: A.Expr[] = [];
        for (const item of items) {
          if (item.nodeType === PN.DictionaryKeyEntry) {
            keys.push(this.expr(item.d.keyExpr));
            values.push(this.expr(item.d.valueExpr));
          } else if (item.nodeType === PN.DictionaryExpandEntry) {
            keys.push(null);
            values.push(this.expr(item.d.expr));
          } else {
            keys.push(null);
            values.push(this.expr(item));
          }
        }
        return { kind: 'Dict', keys, values, range: this.exprRange(n) };
      }
      case PN.Comprehension: {
        const comp = this.comprehension(n, 'GeneratorExp');
        comp.range = this.exprRange(n, true);
        return comp;
      }
      case PN.Slice: {
        // Pyright's slice stops before a trailing colon (`a[::]`, `a[1:2:]`); CPython's does not.
        let stop = end(n);
        for (let k = this.tokenFrom(stop); k < this.tokens.length && this.tokens[k].type === TT.Colon && k - this.tokenFrom(end(n)) < 2; k++) stop = end(this.tokens[k]);
        return {
          kind: 'Slice',
          lower: d.startValue ? this.expr(d.startValue) : null,
          upper: d.endValue ? this.expr(d.endValue) : null,
          step: d.stepValue ? this.expr(d.stepValue) : null,
          range: this.rng(n.start, stop),
        };
      }
      // Pyright stretches a parenthesized yield over its closing parenthesis only.
      case PN.Yield:
        return { kind: 'Yield', value: d.expr ? this.expr(d.expr) : null, range: this.rng(n.start, d.expr ? end(d.expr) : n.start + 5) };
      case PN.YieldFrom:
        return { kind: 'YieldFrom', value: this.expr(d.expr), range: this.rng(n.start, end(d.expr)) };
      case PN.Lambda: {
        const params = d.params as PNode[];
        return { kind: 'Lambda', args: this.parameters(params, n.start + 6), body: this.expr(d.expr), range: this.exprRange(n) };
      }
      case PN.Error:
        if (UNWRAP_ERRORS.has(d.category) && d.child) return this.expr(d.child, ctx);
        if (d.category === ERR.MissingExpression || d.category === ERR.MissingKeywordArgValue || d.category === ERR.MissingIndexOrSlice) {
          // Pyright's error node covers the tokens it skipped; the missing expression itself is
          // an empty range where it should have started.
          return { kind: 'InvalidExpr', range: this.rng(n.start, n.start) };
        }
        return { kind: 'InvalidExpr', range: this.rng(n.start, end(n)) };
      case PN.TypeAnnotation:
        // An annotation where only an expression is allowed (an error pyright reports).
        return this.expr(d.valueExpr, ctx);
      case PN.Assignment:
        return { kind: 'InvalidExpr', range: this.rng(n.start, end(n)) };
      default:
        return { kind: 'InvalidExpr', range: this.rng(n.start, end(n)) };
    }
  }

  /** `offset` moved past a directly following comma token, if there is one. */
  private withTrailingComma(offset: number): number {
    const i = this.tokenFrom(offset);
    const t = this.tokens[i];
    return t && t.type === TT.Comma ? end(t) : offset;
  }

  private subscriptSlice(n: PNode): A.Expr {
    const items = n.d.items as PNode[];
    const elts = items.map((a) =>
      a.d.argCategory === ARG.UnpackedList
        ? ({ kind: 'Starred', value: this.expr(a.d.valueExpr), ctx: 'Load', range: this.rng(a.start, end(a)) } as A.Starred)
        : this.expr(a.d.valueExpr),
    );
    if (items.length === 1 && !n.d.trailingComma && items[0].d.argCategory !== ARG.UnpackedList) return elts[0];
    if (!items.length) return { kind: 'InvalidExpr', range: this.rng(end(n.d.leftExpr), end(n)) };
    const first = items[0].start;
    const last = Math.max(end(items[items.length - 1]), elts[elts.length - 1].range.end);
    return { kind: 'Tuple', elts, ctx: 'Load', range: this.rng(first, n.d.trailingComma ? this.withTrailingComma(last) : last) };
  }

  private comprehension(n: PNode, kind: 'ListComp' | 'SetComp' | 'GeneratorExp' | 'DictComp'): A.ListComp | A.SetComp | A.GeneratorExp | A.DictComp {
    const generators: A.Comprehension[] = [];
    let current: A.Comprehension | null = null;
    for (const f of n.d.forIfNodes as PNode[]) {
      if (f.nodeType === PN.ComprehensionFor) {
        const start = f.d.isAsync && f.d.asyncToken ? f.d.asyncToken.start : f.start;
        current = {
          kind: 'comprehension',
          target: this.expr(f.d.targetExpr, 'Store'),
          iter: this.expr(f.d.iterableExpr),
          ifs: [],
          is_async: !!f.d.isAsync,
          range: this.rng(start, end(f)),
        };
        generators.push(current);
      } else if (current) {
        current.ifs.push(this.expr(f.d.testExpr));
        current.range = this.rng(current.range.start, end(f));
      }
    }
    const element = n.d.expr as PNode;
    const placeholder = this.rng(n.start, end(n));
    if (kind === 'DictComp') {
      if (element.nodeType === PN.DictionaryKeyEntry) {
        return { kind, key: this.expr(element.d.keyExpr), value: this.expr(element.d.valueExpr), generators, range: placeholder };
      }
      return { kind, key: this.expr(element), value: { kind: 'InvalidExpr', range: this.rng(end(element), end(element)) }, generators, range: placeholder };
    }
    const elt = element.nodeType === PN.DictionaryKeyEntry || element.nodeType === PN.DictionaryExpandEntry
      ? ({ kind: 'InvalidExpr', range: this.rng(element.start, end(element)) } as A.InvalidExpr)
      : this.expr(element);
    return { kind, elt, generators, range: placeholder };
  }

  private binary(n: PNode): A.Expr {
    const d = n.d;
    const op: number = d.operator;
    const range = this.exprRange(n);
    if (op === OP.And || op === OP.Or) {
      const values: A.Expr[] = [];
      // Pyright nests `a and b and c` to the left; CPython keeps one BoolOp per run.
      let left: PNode = n;
      const rights: PNode[] = [];
      while (left.nodeType === PN.BinaryOperation && left.d.operator === op && (left === n || !this.parenthesized(left))) {
        rights.push(left.d.rightExpr);
        left = left.d.leftExpr;
      }
      values.push(this.expr(left));
      for (let i = rights.length - 1; i >= 0; i--) values.push(this.expr(rights[i]));
      return { kind: 'BoolOp', op: op === OP.And ? 'And' : 'Or', values, range };
    }
    const cmp = CMPOP[op];
    if (cmp) {
      // Pyright nests a chain `a < b <= c` to the right: a < (b <= c), with the inner node
      // unparenthesized. CPython keeps one Compare.
      const ops: A.CmpOpKind[] = [cmp];
      const comparators: A.Expr[] = [];
      let right: PNode = d.rightExpr;
      while (right.nodeType === PN.BinaryOperation && CMPOP[right.d.operator] && !this.parenthesized(right)) {
        ops.push(CMPOP[right.d.operator]);
        comparators.push(this.expr(right.d.leftExpr));
        right = right.d.rightExpr;
      }
      comparators.push(this.expr(right));
      return { kind: 'Compare', left: this.expr(d.leftExpr), ops, comparators, range };
    }
    return { kind: 'BinOp', left: this.expr(d.leftExpr), op: BINOP[op] ?? 'Add', right: this.expr(d.rightExpr), range };
  }

  private parenthesized(n: PNode): boolean {
    return n.d.hasParens === true || this.src.charCodeAt(n.start) === 40 && this.strip(n.start, end(n), false)[0] !== n.start;
  }

  private number(n: PNode): A.Constant {
    const range = this.exprRange(n);
    const raw = this.src.slice(range.start, range.end);
    const clean = raw.indexOf('_') >= 0 ? raw.replace(/_/g, '') : raw;
    const last = clean.charCodeAt(clean.length - 1);
    let value: A.ConstantValue;
    if (last === 106 || last === 74) {
      value = { type: 'complex', imag: Number(clean.slice(0, -1)) };
    } else if (clean.length > 1 && clean.charCodeAt(0) === 48 && /[xXoObB]/.test(clean[1])) {
      value = { type: 'int', value: safeBigInt(clean) };
    } else if (/[.eE]/.test(clean)) {
      value = { type: 'float', value: Number(clean) };
    } else {
      value = { type: 'int', value: safeBigInt(clean) };
    }
    return { kind: 'Constant', value, raw, range };
  }

  // ---------------------------------------------------------------------------------------------
  // Strings

  private stringList(n: PNode): A.Expr {
    const range = this.exprRange(n);
    const raw = this.src.slice(range.start, range.end);
    const strings = n.d.strings as PNode[];
    const first = strings[0];
    if (first && first.nodeType === PN.String && first.d.token.flags & STR.Bytes) {
      let text = '';
      for (const s of strings) if (s.nodeType === PN.String) text += this.stringValue(s);
      return { kind: 'Constant', value: { type: 'bytes', value: toBytes(text) }, raw, range };
    }
    let hasFormat = false;
    for (const s of strings) if (s.nodeType === PN.FormatString) hasFormat = true;
    if (!hasFormat) {
      let text = '';
      for (const s of strings) text += this.stringValue(s);
      return { kind: 'Constant', value: { type: 'str', value: text }, raw, range };
    }
    const parts: (StrPart | A.FormattedValue)[] = [];
    for (const s of strings) {
      if (s.nodeType === PN.String) {
        const t = s.d.token;
        parts.push({ value: this.stringValue(s), start: s.start + t.prefixLength + t.quoteMarkLength, end: end(s) - (t.flags & STR.Unterminated ? 0 : t.quoteMarkLength) });
      } else this.fstring(s, parts);
    }
    return { kind: 'JoinedStr', values: this.joinParts(parts), range };
  }

  private stringValue(s: PNode): string {
    const t = s.d.token;
    const flags: number = t.flags;
    return decodeStringBody(t.escapedValue, (flags & STR.Raw) !== 0, (flags & STR.Bytes) !== 0, false);
  }

  /** Merges adjacent literal parts and drops empty ones, as CPython does. */
  private joinParts(parts: (StrPart | A.FormattedValue)[]): (A.Constant | A.FormattedValue)[] {
    const values: (A.Constant | A.FormattedValue)[] = [];
    let pending: StrPart | null = null;
    const flush = () => {
      if (pending && pending.value !== '') {
        const range = this.rng(pending.start, pending.end);
        values.push({ kind: 'Constant', value: { type: 'str', value: pending.value }, raw: this.src.slice(pending.start, pending.end), range });
      }
      pending = null;
    };
    for (const p of parts) {
      if ('kind' in p) {
        flush();
        values.push(p);
      } else if (pending) {
        pending = { value: pending.value + p.value, start: pending.start, end: p.end };
      } else pending = { ...p };
    }
    flush();
    return values;
  }

  /** Appends the parts of one f-string (pyright FormatString node) by walking its tokens. */
  private fstring(s: PNode, parts: (StrPart | A.FormattedValue)[]): void {
    const exprs = new Map<number, PNode>();
    for (const e of s.d.fieldExprs as PNode[]) exprs.set(e.start, e);
    for (const e of s.d.formatExprs as PNode[]) exprs.set(e.start, e);
    const startIndex = this.tokenAt(s.start);
    const raw = (s.d.token.flags & STR.Raw) !== 0;
    if (startIndex < 0) return;
    this.fstringParts(startIndex + 1, end(s), exprs, raw, parts, false);
  }

  /**
   * Reads literal text and replacement fields from token `i` until the f-string end (or, in a
   * format spec, the closing brace). Returns the index of the token that stopped it.
   */
  private fstringParts(i: number, stop: number, exprs: Map<number, PNode>, raw: boolean, parts: (StrPart | A.FormattedValue)[], inSpec: boolean): number {
    const toks = this.tokens;
    while (i < toks.length && toks[i].start < stop) {
      const t = toks[i];
      if (t.type === TT.FStringMiddle) {
        parts.push({ value: decodeStringBody(t.escapedValue, raw, false, true), start: t.start, end: end(t) });
        i++;
      } else if (t.type === TT.OpenCurlyBrace) {
        i = this.replacementField(i, stop, exprs, raw, parts);
      } else if (t.type === TT.FStringEnd || (inSpec && t.type === TT.CloseCurlyBrace)) {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }

  private replacementField(i: number, stop: number, exprs: Map<number, PNode>, raw: boolean, parts: (StrPart | A.FormattedValue)[]): number {
    const toks = this.tokens;
    const open = toks[i];
    i++;
    const exprNode = i < toks.length ? exprs.get(toks[i].start) : undefined;
    let value: A.Expr;
    if (exprNode) {
      value = this.expr(exprNode);
      const exprEnd = end(exprNode);
      while (i < toks.length && toks[i].start < exprEnd) i++;
      // A tuple's trailing comma (`{a,}`) lies outside pyright's range for it.
      while (i < toks.length && toks[i].type === TT.Comma) i++;
    } else {
      value = { kind: 'InvalidExpr', range: this.rng(end(open), end(open)) };
    }
    let conversion = -1;
    let spec: A.JoinedStr | null = null;
    let t = toks[i];
    if (t && t.type === TT.Operator && t.operatorType === OP.Assign) {
      // Self-documenting `{x=}`: the text up to and including `=` (and the spaces after it)
      // becomes literal text, and the value is shown with repr unless a spec is given.
      const next = toks[i + 1];
      const textEnd = next ? next.start : end(t);
      parts.push({ value: this.src.slice(end(open), textEnd), start: end(open), end: textEnd });
      i++;
      t = toks[i];
      conversion = 114;
      if (t && t.type === TT.Colon) conversion = -1;
    }
    if (t && t.type === TT.ExclamationMark) {
      const name = toks[i + 1];
      if (name && name.type === TT.Identifier) {
        const c = String(name.value);
        conversion = c === 's' ? 115 : c === 'r' ? 114 : c === 'a' ? 97 : -1;
        i += 2;
      } else i++;
      t = toks[i];
    }
    if (t && t.type === TT.Colon) {
      const specParts: (StrPart | A.FormattedValue)[] = [];
      const specStart = end(t);
      i = this.fstringParts(i + 1, stop, exprs, raw, specParts, true);
      const specEnd = i < toks.length && toks[i].start <= stop ? toks[i].start : stop;
      spec = { kind: 'JoinedStr', values: this.joinParts(specParts), range: this.rng(specStart, specEnd) };
      t = toks[i];
    }
    let fieldEnd = t ? t.start : stop;
    if (t && t.type === TT.CloseCurlyBrace) {
      fieldEnd = end(t);
      i++;
    } else {
      // Unclosed field: skip to the end of this f-string.
      while (i < toks.length && toks[i].start < stop && toks[i].type !== TT.FStringEnd) i++;
    }
    parts.push({ kind: 'FormattedValue', value, conversion, format_spec: spec, range: this.rng(open.start, fieldEnd) });
    return i;
  }
}

function safeBigInt(text: string): bigint {
  try {
    return BigInt(text);
  } catch {
    return 0n;
  }
}
