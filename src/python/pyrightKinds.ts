// Numeric values of pyright's `const enum`s that the translation switches on (ParseNodeType,
// TokenType, OperatorType, KeywordType, StringTokenFlags, ParamCategory, ArgCategory,
// ErrorExpressionCategory), restated because const enums are erased from the package's
// JavaScript. They are checked against the package's .d.ts in test/python/pyrightKinds.test.ts,
// so a parser upgrade that renumbers them fails loudly.

export const PN = {
  Error: 0, Argument: 1, Assert: 2, Assignment: 3, AssignmentExpression: 4, AugmentedAssignment: 5,
  Await: 6, BinaryOperation: 7, Break: 8, Call: 9, Class: 10, Comprehension: 11, ComprehensionFor: 12,
  ComprehensionIf: 13, Constant: 14, Continue: 15, Decorator: 16, Del: 17, Dictionary: 18,
  DictionaryExpandEntry: 19, DictionaryKeyEntry: 20, Ellipsis: 21, If: 22, Import: 23, ImportAs: 24,
  ImportFrom: 25, ImportFromAs: 26, Index: 27, Except: 28, For: 29, FormatString: 30, Function: 31,
  Global: 32, Lambda: 33, List: 34, MemberAccess: 35, Module: 36, ModuleName: 37, Name: 38,
  Nonlocal: 39, Number: 40, Parameter: 41, Pass: 42, Raise: 43, Return: 44, Set: 45, Slice: 46,
  StatementList: 47, StringList: 48, String: 49, Suite: 50, Ternary: 51, Tuple: 52, Try: 53,
  TypeAnnotation: 54, UnaryOperation: 55, Unpack: 56, While: 57, With: 58, WithItem: 59, Yield: 60,
  YieldFrom: 61, FunctionAnnotation: 62, Match: 63, Case: 64, TypeAlias: 77,
} as const;

export const TT = {
  Invalid: 0, EndOfStream: 1, NewLine: 2, Indent: 3, Dedent: 4, String: 5, Number: 6, Identifier: 7,
  Keyword: 8, Operator: 9, Colon: 10, Semicolon: 11, Comma: 12, OpenParenthesis: 13,
  CloseParenthesis: 14, OpenBracket: 15, CloseBracket: 16, OpenCurlyBrace: 17, CloseCurlyBrace: 18,
  Ellipsis: 19, Dot: 20, Arrow: 21, Backtick: 22, ExclamationMark: 23, FStringStart: 24,
  FStringMiddle: 25, FStringEnd: 26,
} as const;

export const OP = {
  Add: 0, AddEqual: 1, Assign: 2, BitwiseAnd: 3, BitwiseAndEqual: 4, BitwiseInvert: 5, BitwiseOr: 6,
  BitwiseOrEqual: 7, BitwiseXor: 8, BitwiseXorEqual: 9, Divide: 10, DivideEqual: 11, Equals: 12,
  FloorDivide: 13, FloorDivideEqual: 14, GreaterThan: 15, GreaterThanOrEqual: 16, LeftShift: 17,
  LeftShiftEqual: 18, LessOrGreaterThan: 19, LessThan: 20, LessThanOrEqual: 21, MatrixMultiply: 22,
  MatrixMultiplyEqual: 23, Mod: 24, ModEqual: 25, Multiply: 26, MultiplyEqual: 27, NotEquals: 28,
  Power: 29, PowerEqual: 30, RightShift: 31, RightShiftEqual: 32, Subtract: 33, SubtractEqual: 34,
  Walrus: 35, And: 36, Or: 37, Not: 38, Is: 39, IsNot: 40, In: 41, NotIn: 42,
} as const;

export const KW = { Debug: 9, False: 15, If: 20, None: 27, True: 34 } as const;

export const STR = {
  Triplicate: 4, Raw: 8, Unicode: 16, Bytes: 32, Format: 64, Template: 128, Unterminated: 65536,
} as const;

export const PARAM = { Simple: 0, ArgsList: 1, KwargsDict: 2 } as const;
export const ARG = { Simple: 0, UnpackedList: 1, UnpackedDictionary: 2 } as const;

export const ERR = {
  MissingIn: 0, MissingElse: 1, MissingExpression: 2, MissingIndexOrSlice: 3,
  MissingDecoratorCallName: 4, MissingCallCloseParen: 5, MissingIndexCloseBracket: 6,
  MissingMemberAccessName: 7, MissingTupleCloseParen: 8, MissingListCloseBracket: 9,
  MissingFunctionParameterList: 10, MissingPattern: 11, MissingPatternSubject: 12,
  MissingDictValue: 13, MissingKeywordArgValue: 14, MaxDepthExceeded: 15,
} as const;
