// A tokenizer for the fast parse path (fastParse.ts), for plain ASCII sources, one logical line
// at a time as the parser asks (so each statement's tokens die young): it produces
// tokens shaped like pyright's (the fields fastParse.ts reads, all tokens of one shape so the
// parser's property reads stay monomorphic) plus the comment list, and returns null — so the
// caller uses pyright's tokenizer — on anything outside its subset: non-ASCII text, tabs,
// form feeds, carriage returns, a backslash continuation, an inconsistent dedent, an
// unterminated string, odd numbers, deep nesting. Bytes and f-strings become a single token
// of their type that the parser gives up on (parse() then parses that statement); an f-string
// with a quote inside its replacement fields is beyond it (null). fastParse.test.ts checks the
// whole path against parse().
import { OP, STR, TT } from './pyrightKinds';

/**
 * One token, in five fields (a tokenized file is mostly tokens: keep them small); the names
 * pyright's tokens use for the same facts are getters, so fastParse.ts reads both alike.
 */
export class FastToken {
  /** The keyword or operator type, the string flags, or 1 for an imaginary number. */
  aux = -1;
  /** An identifier's name, a string's body. */
  value = '';
  // Not readonly: the tokenizer reuses the tokens of finished statements (`dropFront`).
  constructor(public type: number, public start: number, public length: number) {}
  get keywordType(): number { return this.aux; }
  get operatorType(): number { return this.aux; }
  get flags(): number { return this.aux; }
  get escapedValue(): string { return this.value; }
  get isImaginary(): boolean { return this.aux === 1; }
  // Inconsistent dedents and ambiguous tabs are never produced (the tokenizer gives up).
  get matchesIndent(): boolean { return true; }
  get isDedentAmbiguous(): boolean { return false; }
  get isIndentAmbiguous(): boolean { return false; }
}

/**
 * The tokens the parser has not finished with, oldest first: appended at the end, dropped from
 * the front, without ever giving up the array's capacity (shortening a JS array trims its
 * storage, and regrowing it is most of what tokenizing would otherwise allocate).
 */
export class TokenQueue {
  /** The tokens; only the first `length` are current (later slots are stale, kept for capacity). */
  readonly items: FastToken[] = [];
  length = 0;

  push(t: FastToken): void {
    if (this.length < this.items.length) this.items[this.length] = t;
    else this.items.push(t);
    this.length++;
  }

  last(): FastToken | undefined {
    return this.length ? this.items[this.length - 1] : undefined;
  }
}

export interface FastComment {
  /** Offset just after the `#`. */
  start: number;
  length: number;
  value: string;
}

/** Pyright's KeywordType of each keyword (soft ones too: the parser treats them as non-names). */
const KEYWORDS = new Map<string, number>([
  ['and', 0], ['as', 1], ['assert', 2], ['async', 3], ['await', 4], ['break', 5], ['case', 6],
  ['class', 7], ['continue', 8], ['__debug__', 9], ['def', 10], ['del', 11], ['elif', 12],
  ['else', 13], ['except', 14], ['False', 15], ['finally', 16], ['for', 17], ['from', 18],
  ['global', 19], ['if', 20], ['import', 21], ['in', 22], ['is', 23], ['lambda', 24], ['lazy', 25],
  ['match', 26], ['None', 27], ['nonlocal', 28], ['not', 29], ['or', 30], ['pass', 31],
  ['raise', 32], ['return', 33], ['True', 34], ['try', 35], ['type', 36], ['while', 37],
  ['with', 38], ['yield', 39],
]);

/** Operators by text, longest first where one is a prefix of another. */
const OPERATORS: [string, number][] = [
  ['**=', OP.PowerEqual], ['//=', OP.FloorDivideEqual], ['>>=', OP.RightShiftEqual], ['<<=', OP.LeftShiftEqual],
  ['**', OP.Power], ['//', OP.FloorDivide], ['>>', OP.RightShift], ['<<', OP.LeftShift],
  ['<=', OP.LessThanOrEqual], ['>=', OP.GreaterThanOrEqual], ['==', OP.Equals], ['!=', OP.NotEquals],
  ['+=', OP.AddEqual], ['-=', OP.SubtractEqual], ['*=', OP.MultiplyEqual], ['/=', OP.DivideEqual],
  ['%=', OP.ModEqual], ['&=', OP.BitwiseAndEqual], ['|=', OP.BitwiseOrEqual], ['^=', OP.BitwiseXorEqual],
  ['@=', OP.MatrixMultiplyEqual], [':=', OP.Walrus],
  ['+', OP.Add], ['-', OP.Subtract], ['*', OP.Multiply], ['/', OP.Divide], ['%', OP.Mod],
  ['@', OP.MatrixMultiply], ['&', OP.BitwiseAnd], ['|', OP.BitwiseOr], ['^', OP.BitwiseXor],
  ['~', OP.BitwiseInvert], ['<', OP.LessThan], ['>', OP.GreaterThan], ['=', OP.Assign],
];
/** Operators starting with each character code. */
const OPERATORS_BY_CHAR = new Map<number, [string, number][]>();
for (const entry of OPERATORS) {
  const c = entry[0].charCodeAt(0);
  if (!OPERATORS_BY_CHAR.has(c)) OPERATORS_BY_CHAR.set(c, []);
  OPERATORS_BY_CHAR.get(c)!.push(entry);
}

const PUNCTUATION: Record<number, number> = {
  40: TT.OpenParenthesis, 41: TT.CloseParenthesis, 91: TT.OpenBracket, 93: TT.CloseBracket,
  123: TT.OpenCurlyBrace, 125: TT.CloseCurlyBrace, 44: TT.Comma, 58: TT.Colon, 59: TT.Semicolon,
};

const MAX_NESTING = 100;
const UNSUPPORTED = /[^\x00-\x08\x0a-\x0b\x0e-\x7f]/;

function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Tokenizes `src` one logical line at a time (`line`), so the parser can let go of each
 * statement's tokens; `supported` is false for sources it leaves to pyright's tokenizer from
 * the start, and `line` returns false where it gives up later.
 */
export class FastTokenizer {
  // Tabs (9), form feeds (12), carriage returns (13) and non-ASCII text: pyright's tokenizer.
  readonly supported: boolean;
  readonly comments: FastComment[] = [];
  private readonly indents: number[] = [0];
  private depth = 0;
  /** The open brackets' token types, innermost last: a closer of another kind is left to parse(). */
  private readonly openers: number[] = [];
  private i = 0;
  private atLineStart = true;
  private lastType: number = TT.NewLine;
  private done = false;
  /** Tokens of finished statements, for reuse. */
  private readonly spare: FastToken[] = [];

  constructor(private readonly src: string) {
    this.supported = !UNSUPPORTED.test(src);
  }

  /** The tokens produced and not yet dropped by the parser. */
  readonly tokens = new TokenQueue();

  /** Appends the tokens of the next logical line (or the closing ones) to `tokens`; false: give up. */
  line(): boolean {
    const tokens = this.tokens;
    if (this.done) {
      tokens.push(this.token(TT.EndOfStream, this.src.length, 0));
      return true;
    }
    const src = this.src;
    const n = src.length;
    const comments = this.comments;
    const indents = this.indents;
    let depth = this.depth;
    let i = this.i;
    let atLineStart = this.atLineStart;
    const before = tokens.length;
    while (i < n) {
      if (atLineStart && depth === 0) {
        // Indentation of a logical line; blank and comment-only lines do not count.
        let col = 0;
        while (i < n && src.charCodeAt(i) === 32) { i++; col++; }
        if (i >= n) break;
        const c = src.charCodeAt(i);
        if (c === 10) { i++; continue; }
        if (c === 35) {
          const stop = lineEnd(src, i);
          comments.push({ start: i + 1, length: stop - i - 1, value: src.slice(i + 1, stop) });
          i = stop;
          continue;
        }
        atLineStart = false;
        const top = indents[indents.length - 1];
        if (col > top) {
          indents.push(col);
          this.push(tokens, this.token(TT.Indent, i, 0));
        } else if (col < top) {
          while (indents[indents.length - 1] > col) {
            indents.pop();
            this.push(tokens, this.token(TT.Dedent, i, 0));
          }
          if (indents[indents.length - 1] !== col) return false;
        }
      }
      const c = src.charCodeAt(i);
      if (c === 32) { i++; continue; }
      if (c === 10) {
        if (depth === 0) {
          if (this.lastType !== TT.NewLine) this.push(tokens, this.token(TT.NewLine, i, 1));
          atLineStart = true;
          if (tokens.length > before) {
            this.depth = depth;
            this.i = i + 1;
            this.atLineStart = true;
            return true;
          }
        }
        i++;
        continue;
      }
      if (c === 35) {
        const stop = lineEnd(src, i);
        comments.push({ start: i + 1, length: stop - i - 1, value: src.slice(i + 1, stop) });
        i = stop;
        continue;
      }
      if (isIdStart(c)) {
        let j = i + 1;
        while (j < n && isIdChar(src.charCodeAt(j))) j++;
        const q = src.charCodeAt(j);
        if (q === 39 || q === 34) {
          // A string prefix.
          const prefix = src.slice(i, j).toLowerCase();
          const s = stringToken(src, i, j, prefix, this.token(TT.String, i, 0));
          if (!s) return false;
          this.push(tokens, s);
          i = s.start + s.length;
          continue;
        }
        const word = internedWord(src, i, j);
        const kw = KEYWORDS.get(word);
        if (kw !== undefined) {
          const t = this.token(TT.Keyword, i, j - i);
          t.aux = kw;
          this.push(tokens, t);
        } else {
          const t = this.token(TT.Identifier, i, j - i);
          t.value = word;
          this.push(tokens, t);
        }
        i = j;
        continue;
      }
      if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(i + 1)))) {
        const stop = numberEnd(src, i);
        if (stop < 0) return false;
        const t = this.token(TT.Number, i, stop - i);
        const last = src.charCodeAt(stop - 1);
        t.aux = last === 106 || last === 74 ? 1 : 0;
        this.push(tokens, t);
        i = stop;
        continue;
      }
      if (c === 39 || c === 34) {
        const s = stringToken(src, i, i, '', this.token(TT.String, i, 0));
        if (!s) return false;
        this.push(tokens, s);
        i = s.start + s.length;
        continue;
      }
      const punct = PUNCTUATION[c];
      if (punct !== undefined) {
        if (punct === TT.OpenParenthesis || punct === TT.OpenBracket || punct === TT.OpenCurlyBrace) {
          if (++depth > MAX_NESTING) return false;
          this.openers.push(punct);
        } else if (punct === TT.CloseParenthesis || punct === TT.CloseBracket || punct === TT.CloseCurlyBrace) {
          // `[3, 4)`: CPython's tokenizer rejects a closer that does not match (parse() says how).
          if (--depth < 0 || this.openers.pop() !== punct - 1) return false;
        }
        if (c === 58 && src.charCodeAt(i + 1) === 61) {
          const t = this.token(TT.Operator, i, 2);
          t.aux = OP.Walrus;
          this.push(tokens, t);
          i += 2;
          continue;
        }
        this.push(tokens, this.token(punct, i, 1));
        i++;
        continue;
      }
      if (c === 46) {
        if (src.charCodeAt(i + 1) === 46 && src.charCodeAt(i + 2) === 46) {
          this.push(tokens, this.token(TT.Ellipsis, i, 3));
          i += 3;
        } else {
          this.push(tokens, this.token(TT.Dot, i, 1));
          i++;
        }
        continue;
      }
      if (c === 45 && src.charCodeAt(i + 1) === 62) {
        this.push(tokens, this.token(TT.Arrow, i, 2));
        i += 2;
        continue;
      }
      const ops = OPERATORS_BY_CHAR.get(c);
      if (!ops) return false; // backslash continuation, `!`, `$`, `?`, backtick ...
      let matched = false;
      for (const [text, op] of ops) {
        if (src.startsWith(text, i)) {
          const t = this.token(TT.Operator, i, text.length);
          t.aux = op;
          this.push(tokens, t);
          i += text.length;
          matched = true;
          break;
        }
      }
      if (!matched) return false;
    }
    if (depth !== 0) return false;
    if (this.lastType !== TT.NewLine) this.push(tokens, this.token(TT.NewLine, n, 0));
    while (indents.length > 1) {
      indents.pop();
      this.push(tokens, this.token(TT.Dedent, n, 0));
    }
    this.push(tokens, this.token(TT.EndOfStream, n, 0));
    this.done = true;
    return true;
  }

  /**
   * A token, reusing one of a finished statement's when there is one: a file's tokens are most
   * of what parsing allocates, and reusing them keeps the garbage collector away.
   */
  private token(type: number, start: number, length: number): FastToken {
    const t = this.spare.pop();
    if (t === undefined) return new FastToken(type, start, length);
    t.type = type;
    t.start = start;
    t.length = length;
    t.aux = -1;
    t.value = '';
    return t;
  }

  /** Drops the oldest `count` tokens, which the parser is done with (it keeps no reference), for reuse. */
  dropFront(count: number): void {
    const q = this.tokens, items = q.items;
    for (let k = 0; k < count; k++) this.spare.push(items[k]);
    for (let k = count; k < q.length; k++) items[k - count] = items[k];
    q.length -= count;
  }

  private push(tokens: TokenQueue, t: FastToken): void {
    tokens.push(t);
    this.lastType = t.type;
  }
}

/** All tokens and comments of `src`, or null when it is outside this tokenizer's subset. */
export function fastTokenize(src: string): { tokens: FastToken[]; comments: FastComment[] } | null {
  const tokenizer = new FastTokenizer(src);
  if (!tokenizer.supported) return null;
  const q = tokenizer.tokens;
  while (q.last()?.type !== TT.EndOfStream) if (!tokenizer.line()) return null;
  return { tokens: q.items.slice(0, q.length), comments: tokenizer.comments };
}

function lineEnd(src: string, from: number): number {
  const nl = src.indexOf('\n', from);
  return nl < 0 ? src.length : nl;
}

const DECIMAL = /^(?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?$/;
const RADIX = /^0(?:[xX](?:_?[0-9a-fA-F])+|[oO](?:_?[0-7])+|[bB](?:_?[01])+)$/;

/** Whether a number token's text is a literal CPython accepts as written (no `1.5e`, `012`, `1__0`). */
export function validNumber(text: string): boolean {
  if (text.length > 1 && text.charCodeAt(0) === 48 && /^0[xXoObB]/.test(text)) return RADIX.test(text);
  // Leading zeros are refused in integers only (`012`; `012.5` and `012j` are fine).
  return text.length > 0 && text !== '.' && DECIMAL.test(text) && !/^0[0-9_]*[1-9][0-9_]*$/.test(text);
}

/** End of the number starting at `i`, or -1 for anything unusual (left to pyright). */
function numberEnd(src: string, i: number): number {
  const n = src.length;
  let j = i;
  const c0 = src.charCodeAt(i);
  const c1 = src.charCodeAt(i + 1);
  if (c0 === 48 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) {
    j = i + 2;
    while (j < n && isIdChar(src.charCodeAt(j))) j++;
    return RADIX.test(src.slice(i, j)) ? j : -1;
  }
  while (j < n && isDigit(src.charCodeAt(j))) j++;
  const next = src.charCodeAt(j);
  // Plain digits (the common case): no pattern test needed.
  if (j > i && !(next === 46 || next === 101 || next === 69 || next === 106 || next === 74 || isIdChar(next)) && !(c0 === 48 && j > i + 1)) return j;
  j = skipDigits(src, j);
  if (src.charCodeAt(j) === 46) j = skipDigits(src, j + 1);
  const e = src.charCodeAt(j);
  if (e === 101 || e === 69) {
    j++;
    const sign = src.charCodeAt(j);
    if (sign === 43 || sign === 45) j++;
    j = skipDigits(src, j);
  }
  const last = src.charCodeAt(j);
  if (last === 106 || last === 74) j++;
  const after = src.charCodeAt(j);
  // `1abc`, `1.real`, `1..x`, misplaced underscores: pyright's tokenizer (and parse()'s errors).
  if (j < n && (isIdChar(after) || after === 46)) return -1;
  const text = src.slice(i, j);
  if (!DECIMAL.test(text)) return -1;
  // Leading zeros (`012`) are an error CPython words itself.
  if (c0 === 48 && isDigit(c1) && !/^[0_]+$/.test(text)) return -1;
  return j;
}

/**
 * One string per distinct identifier: `np`, `axis`, `x` are written thousands of times in a
 * file, and slicing each would allocate a string the tree then keeps. An open-addressing table
 * (a few probes, no resizing: when a run of slots is full the word is simply sliced) shared by
 * all parses, as strings are immutable.
 */
const INTERN_SLOTS = 1 << 14;
const INTERN_PROBES = 8;
const internTable: (string | undefined)[] = new Array(INTERN_SLOTS).fill(undefined);

/** A hash of the word's characters, for `internedWord`'s table. */
function wordHash(src: string, start: number, stop: number): number {
  let h = stop - start;
  for (let k = start; k < stop; k++) h = (Math.imul(h, 31) + src.charCodeAt(k)) | 0;
  return h;
}

function internedWord(src: string, start: number, stop: number): string {
  const len = stop - start;
  // A slice of 13 characters or more is a view that would keep the whole source alive in this
  // table (V8's sliced strings): long names are sliced each time instead.
  if (len >= 13) return src.slice(start, stop);
  const h = wordHash(src, start, stop);
  for (let p = 0; p < INTERN_PROBES; p++) {
    const slot = (h + p) & (INTERN_SLOTS - 1);
    const w = internTable[slot];
    if (w === undefined) return (internTable[slot] = src.slice(start, stop));
    if (w.length !== len) continue;
    let k = 0;
    while (k < len && w.charCodeAt(k) === src.charCodeAt(start + k)) k++;
    if (k === len) return w;
  }
  return src.slice(start, stop);
}

/** The end of the digits and underscores from `j` (a plain function: a closure would cost every call a context). */
function skipDigits(src: string, j: number): number {
  const n = src.length;
  while (j < n && (isDigit(src.charCodeAt(j)) || src.charCodeAt(j) === 95)) j++;
  return j;
}

/** The string literal whose prefix starts at `i` and quote at `q`, filled into `t`; or null. */
function stringToken(src: string, i: number, q: number, prefix: string, t: FastToken): FastToken | null {
  let flags = 0;
  let fstring = false;
  for (const ch of prefix) {
    if (ch === 'r') flags |= STR.Raw;
    else if (ch === 'u') flags |= STR.Unicode;
    else if (ch === 'b') flags |= STR.Bytes;
    else if (ch === 'f') { flags |= STR.Format; fstring = true; } else return null;
  }
  if (prefix.length > 2 || (prefix.includes('u') && prefix.length > 1) || (prefix.length === 2 && prefix[0] === prefix[1]) || (prefix.includes('b') && fstring)) return null;
  const quote = src.charCodeAt(q);
  const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
  const quoteLength = triple ? 3 : 1;
  if (triple) flags |= STR.Triplicate;
  const raw = (flags & STR.Raw) !== 0;
  const n = src.length;
  let j = q + quoteLength;
  let braces = 0;
  for (;;) {
    if (j >= n) return null;
    const c = src.charCodeAt(j);
    if (c === 92) {
      // A backslash escapes the next character (in raw strings too, for finding the end).
      if (fstring && !raw) return null;
      j += 2;
      continue;
    }
    if (c === 10 && !triple) return null;
    if (fstring) {
      if (c === 123) {
        if (src.charCodeAt(j + 1) === 123 && braces === 0) { j += 2; continue; }
        braces++;
      } else if (c === 125 && braces > 0) braces--;
      else if (braces > 0 && (c === 39 || c === 34 || c === 35)) return null;
    }
    if (c === quote && braces === 0 && (!triple || (src.charCodeAt(j + 1) === quote && src.charCodeAt(j + 2) === quote))) break;
    j++;
  }
  const stop = j + quoteLength;
  t.type = fstring ? TT.FStringStart : TT.String;
  t.length = stop - i;
  t.aux = flags;
  t.value = src.slice(q + quoteLength, j);
  return t;
}
