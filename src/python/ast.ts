// The Python syntax tree every other layer sees. It mirrors CPython's `ast` module (3.13):
// the same node names (as `kind`), the same field names and the same shapes, so anyone who
// knows `ast.dump` can read it and a test can compare it with CPython node by node.
// Differences from CPython, on purpose:
//   - every node carries `range`: UTF-16 offsets into the source plus 1-based lines and
//     0-based UTF-16 columns (CPython counts columns in UTF-8 bytes; editors count UTF-16);
//   - constants keep their source text (`raw`) so big ints and float literals lose nothing;
//   - `Invalid` stands where the parser found an error, so a half-typed line still leaves
//     the statements around it intact.
// This file owns the types only; building the tree from the parser lives in parse.ts.

export interface SourceRange {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 0-based UTF-16 column of `start`. */
  column: number;
  /** 1-based line of `end`. */
  endLine: number;
  /** 0-based UTF-16 column of `end`. */
  endColumn: number;
}

interface NodeBase {
  range: SourceRange;
}

// ---------------------------------------------------------------------------------------------
// Operators (CPython class names)

export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
export type ExprContext = 'Load' | 'Store' | 'Del';

// ---------------------------------------------------------------------------------------------
// Module

export interface Module extends NodeBase {
  kind: 'Module';
  body: Stmt[];
}

// ---------------------------------------------------------------------------------------------
// Statements

export interface FunctionDef extends NodeBase {
  kind: 'FunctionDef' | 'AsyncFunctionDef';
  name: string;
  /** Range of the name token, for go-to and diagnostics. */
  nameRange: SourceRange;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends NodeBase {
  kind: 'ClassDef';
  name: string;
  nameRange: SourceRange;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends NodeBase { kind: 'Return'; value: Expr | null }
export interface Delete extends NodeBase { kind: 'Delete'; targets: Expr[] }
export interface Assign extends NodeBase {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
}
export interface AugAssign extends NodeBase {
  kind: 'AugAssign';
  target: Expr;
  op: OperatorKind;
  value: Expr;
}
export interface AnnAssign extends NodeBase {
  kind: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}
export interface For extends NodeBase {
  kind: 'For' | 'AsyncFor';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While extends NodeBase { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends NodeBase { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends NodeBase { kind: 'With' | 'AsyncWith'; items: WithItem[]; body: Stmt[] }
export interface Match extends NodeBase { kind: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends NodeBase { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends NodeBase {
  kind: 'Try' | 'TryStar';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends NodeBase { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends NodeBase { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends NodeBase {
  kind: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}
export interface Global extends NodeBase { kind: 'Global'; names: string[] }
export interface Nonlocal extends NodeBase { kind: 'Nonlocal'; names: string[] }
export interface ExprStmt extends NodeBase { kind: 'Expr'; value: Expr }
export interface Pass extends NodeBase { kind: 'Pass' }
export interface Break extends NodeBase { kind: 'Break' }
export interface Continue extends NodeBase { kind: 'Continue' }
export interface TypeAlias extends NodeBase { kind: 'TypeAlias'; name: Expr; value: Expr }
/** A statement the parser could not make sense of; its text is kept in the source. */
export interface InvalidStmt extends NodeBase { kind: 'InvalidStmt' }

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For | While | If
  | With | Match | Raise | Try | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt
  | Pass | Break | Continue | TypeAlias | InvalidStmt;

// ---------------------------------------------------------------------------------------------
// Expressions

export interface BoolOp extends NodeBase { kind: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends NodeBase { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends NodeBase { kind: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends NodeBase { kind: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends NodeBase { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends NodeBase { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends NodeBase {
  kind: 'Dict';
  /** `null` key means `**value` unpacking, as in CPython. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetExpr extends NodeBase { kind: 'Set'; elts: Expr[] }
export interface ListComp extends NodeBase { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends NodeBase { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends NodeBase {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends NodeBase { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends NodeBase { kind: 'Await'; value: Expr }
export interface Yield extends NodeBase { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends NodeBase { kind: 'YieldFrom'; value: Expr }
export interface Compare extends NodeBase {
  kind: 'Compare';
  left: Expr;
  ops: CmpOpKind[];
  comparators: Expr[];
}
export interface Call extends NodeBase {
  kind: 'Call';
  func: Expr;
  /** Positional arguments; `*x` appears as a Starred node, as in CPython. */
  args: Expr[];
  /** Keyword arguments; `**x` has `arg: null`, as in CPython. */
  keywords: Keyword[];
}
export interface FormattedValue extends NodeBase {
  kind: 'FormattedValue';
  value: Expr;
  /** -1 none, 115 's', 114 'r', 97 'a' (CPython's encoding). */
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends NodeBase { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }

export type ConstantValue =
  | { type: 'None' }
  | { type: 'bool'; value: boolean }
  /** Arbitrary-size integer, exact. */
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  /** Imaginary literal such as `2j`. */
  | { type: 'complex'; imag: number }
  | { type: 'str'; value: string }
  | { type: 'bytes'; value: Uint8Array }
  | { type: 'Ellipsis' };

export interface Constant extends NodeBase {
  kind: 'Constant';
  value: ConstantValue;
  /** The literal as written in the source (for strings: the whole token(s)). */
  raw: string;
}
export interface Attribute extends NodeBase {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  /** Range of the attribute name after the dot. */
  attrRange: SourceRange;
  ctx: ExprContext;
}
export interface Subscript extends NodeBase { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends NodeBase { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends NodeBase { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends NodeBase { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends NodeBase { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends NodeBase { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
/** An expression the parser could not make sense of (e.g. `np.sum(X, axis=` → the missing value). */
export interface InvalidExpr extends NodeBase { kind: 'InvalidExpr' }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice
  | InvalidExpr;

// ---------------------------------------------------------------------------------------------
// Helpers nodes

export interface Comprehension extends NodeBase {
  kind: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: boolean;
}
export interface ExceptHandler extends NodeBase {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Arg extends NodeBase {
  kind: 'arg';
  arg: string;
  annotation: Expr | null;
}
export interface Arguments extends NodeBase {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where it has no default (as CPython). */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional parameters (posonlyargs + args), as CPython. */
  defaults: Expr[];
}
export interface Keyword extends NodeBase {
  kind: 'keyword';
  /** null for `**mapping`. */
  arg: string | null;
  value: Expr;
}
export interface Alias extends NodeBase {
  kind: 'alias';
  /** Dotted name, e.g. `numpy.linalg`. */
  name: string;
  asname: string | null;
}
export interface WithItem extends NodeBase {
  kind: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}
export interface MatchCase extends NodeBase {
  kind: 'match_case';
  /** Patterns are kept opaque for now: the range of the pattern text. */
  pattern: SourceRange;
  guard: Expr | null;
  body: Stmt[];
}

export type Node =
  | Module | Stmt | Expr | Comprehension | ExceptHandler | Arg | Arguments | Keyword | Alias
  | WithItem | MatchCase;

// ---------------------------------------------------------------------------------------------
// Parse results

export interface Comment {
  /** Text after the `#`, without the newline. */
  text: string;
  range: SourceRange;
}

export interface SyntaxDiagnostic {
  /** CPython 3.11's wording where we reproduce it (e.g. `'(' was never closed`), else `invalid syntax`. */
  message: string;
  range: SourceRange;
  /** The exception CPython raises for it (absent: SyntaxError). */
  type?: 'SyntaxError' | 'IndentationError' | 'TabError';
  /**
   * What CPython's traceback shows instead of the source line, when it differs: for an error in
   * an f-string's expression, CPython 3.11 shows the expression as `(value +)` with the caret at
   * `offset` (1-based) in that text. `range` stays on the user's text.
   */
  display?: { text: string; offset: number };
}

export interface ParseResult {
  module: Module;
  /** Syntax errors, empty for valid code: first the one CPython would raise, the rest in source order. */
  errors: SyntaxDiagnostic[];
  /** Every comment in the file, in source order (shape comments, ignore comments). */
  comments: Comment[];
  /** UTF-16 offset where each line starts; lineStarts[0] === 0. */
  lineStarts: number[];
}
