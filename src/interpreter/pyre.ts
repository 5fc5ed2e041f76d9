// The re module on JavaScript's RegExp engine. A Python pattern is translated to an equivalent
// JS source: (?P<name>..) / (?P=name) to named groups and \k<name>, \A \Z, Python's `$` (end or
// before a final newline), `.` (all but \n), ^/$ under MULTILINE (only \n ends a line), inline
// and scoped flags ((?i) (?s:..) (?x)), VERBOSE whitespace and comments, `{,n}`, and escapes
// Python accepts but JS does not; what JS cannot express (atomic groups, possessive
// quantifiers, conditionals) is re.error. On top of it: compile, match/search/fullmatch with
// pos/endpos, findall/finditer/sub/subn/split with CPython's empty-match rules (3.7+), escape,
// Match objects (group/groups/groupdict/span/start/end/expand/lastindex, CPython's reprs) and
// replacement templates with \1, \g<name> and CPython's "bad escape" errors.
import { Kwargs, PyBuiltin, PyClass, PyDict, PyIterator, PyList, PyModule, PyNative, PyTuple, PyValue, isInt } from './values';
import { T, makeExc, pyErr, PyThrow, throwErr, tracebackHook } from './types';
import { NOT_IMPLEMENTED } from './values';
import { binop, callValue, compare, dictSet, repr, str, strRepr, toIndex, typeName } from './runtime';
import { bind, signature } from './args';

export const FLAGS = { IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256 };
const I = 2, M = 8, S = 16, X = 64, A = 256;

const errorClass = new PyClass('error', [T.Exception], 're');
function reError(msg: string, pos?: number): PyThrow {
  const e = makeExc(errorClass, [pos === undefined ? msg : `${msg} at position ${pos}`]);
  e.dict.set('msg', msg);
  e.dict.set('pos', pos ?? null);
  e.traceback = tracebackHook.capture();
  return new PyThrow(e);
}

interface Compiled {
  source: string;
  flags: number;
  /** sticky (match at a position) and global (search) forms, and fullmatch's sticky form. */
  sticky: RegExp; search: RegExp; full: RegExp;
  groups: number;
  groupIndex: Map<string, number>;
  /** Sticky form that only accepts a non-empty match (built when first needed). */
  nonEmpty?: RegExp;
}

// ------------------------------------------------------------------------------------------
// Translation

const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

// Python's str classes (Unicode unless re.ASCII): \w is a letter, number or '_', \d a decimal
// digit, \s what str.isspace() accepts, and \b the edge of a \w run. JS needs the 'u' flag for \p{}.
const UW = '\\p{L}\\p{N}_';
const US = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const UNICODE_ESCAPES: Record<string, string> = {
  w: `[${UW}]`, W: `[^${UW}]`, d: '\\p{Nd}', D: '\\P{Nd}', s: `[${US}]`, S: `[^${US}]`,
  b: `(?:(?<=[${UW}])(?![${UW}])|(?<![${UW}])(?=[${UW}]))`, B: `(?:(?<=[${UW}])(?=[${UW}])|(?<![${UW}])(?![${UW}]))`,
};
const UNICODE_CLASS_ESCAPES: Record<string, string> = { w: UW, d: '\\p{Nd}', D: '\\P{Nd}', s: US };

function swapCaseClassItems(body: string): string {
  // adds the other case of every letter and letter range in a class body (scoped (?i:...))
  let extra = '';
  for (const m of body.matchAll(/([a-zA-Z])-([a-zA-Z])|(?<!\\)([a-zA-Z])/g)) {
    if (m[1]) {
      const lo = m[1], hi = m[2];
      const sw = (c: string) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
      if ((lo.toLowerCase() === lo) === (hi.toLowerCase() === hi)) extra += `${sw(lo)}-${sw(hi)}`;
    } else if (m[3]) {
      const c = m[3];
      extra += c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
    }
  }
  return body + extra;
}

function translate(pattern: string, flags: number, groupOffset = 0): { source: string; flags: number; groups: number; groupIndex: Map<string, number> } {
  // global inline flags first: (?aiLmsux) at the very start (CPython 3.11 requires that)
  let p = pattern;
  let i = 0;
  const lead = /^\(\?([aiLmsux]+)\)/.exec(p);
  if (lead) {
    for (const c of lead[1]) flags |= ({ a: A, i: I, L: 4, m: M, s: S, u: 32, x: X } as Record<string, number>)[c];
    i = lead[0].length;
  }
  let out = '';
  let groups = 0;
  const groupIndex = new Map<string, number>();
  // the scoped flags of each open group (restored at its close)
  const stack: number[] = [];
  let cur = flags;
  const n = p.length;
  // what the last emitted item can take: none (start, '(' , '|', anchors), atom, quant, lazy
  let state: 'none' | 'atom' | 'quant' | 'lazy' = 'none';
  const lit = (c: string) => {
    if ((cur & I) && !(flags & I) && /[a-zA-Z]/.test(c)) return `[${c.toLowerCase()}${c.toUpperCase()}]`;
    return c;
  };
  while (i < n) {
    const c = p[i];
    if ((cur & X) && /\s/.test(c)) { i++; continue; }
    if ((cur & X) && c === '#') { while (i < n && p[i] !== '\n') i++; continue; }
    if (c === '\\') {
      const d = p[i + 1];
      if (d === undefined) throw reError('bad escape (end of pattern)', i);
      i += 2;
      state = 'AZbB'.includes(d) ? 'none' : 'atom';
      if (d === 'A') out += '(?<![\\s\\S])';
      else if (d === 'Z') out += '(?![\\s\\S])';
      else if (d === 'z') throw reError('bad escape \\z', i - 2);
      else if ('dDwWsSbB'.includes(d)) out += cur & A ? '\\' + d : UNICODE_ESCAPES[d];
      else if ('ntrfv'.includes(d)) out += '\\' + d;
      else if (d === 'a') out += '\\x07';
      else if (d === 'x') {
        const h = /^[0-9a-fA-F]{2}/.exec(p.slice(i));
        if (!h) throw reError(`incomplete escape \\x${p.slice(i, i + 2)}`, i - 2);
        out += '\\x' + h[0]; i += 2;
      } else if (d === 'u' || d === 'U') {
        const len = d === 'u' ? 4 : 8;
        const h = p.slice(i, i + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) throw reError(`incomplete escape \\${d}${h}`, i - 2);
        out += escapeLiteral(String.fromCodePoint(parseInt(h, 16))); i += len;
      } else if (d === 'N') throw reError('bad escape \\N', i - 2);
      else if (/[0-9]/.test(d)) {
        // \0, \0nn octal; \1..\99 back references; three octal digits are a character
        const m = /^[0-7]{0,2}/.exec(p.slice(i))![0];
        if (d === '0') { out += escapeLiteral(String.fromCharCode(parseInt('0' + m, 8))); i += m.length; }
        else if (/^[0-7]{2}$/.test(m) && /[0-7]/.test(d)) { out += escapeLiteral(String.fromCharCode(parseInt(d + m, 8))); i += 2; }
        else {
          const num = /^[0-9]?/.exec(p.slice(i))![0];
          const ref = Number(d + num);
          if (ref > groups) throw reError(`invalid group reference ${ref}`, i - 1);
          out += `(?:\\${ref + groupOffset})`; i += num.length;
        }
      } else if (/[a-zA-Z]/.test(d)) throw reError(`bad escape \\${d}`, i - 2);
      else out += escapeLiteral(d);
      continue;
    }
    if (c === '[') {
      // a character class: copied with JS-safe escapes; a leading ']' is a literal
      let j = i + 1;
      let body = '';
      let negated = false;
      if (p[j] === '^') { negated = true; j++; }
      if (p[j] === ']') { body += '\\]'; j++; }
      // Unicode \W and \S inside a class are complements JS cannot nest: kept aside and combined below
      const complements: string[] = [];
      let closed = false;
      while (j < n) {
        const ch = p[j];
        if (ch === ']') { closed = true; j++; break; }
        if (ch === '\\') {
          const d = p[j + 1];
          if (d === undefined) break;
          if (/[a-zA-Z]/.test(d) && !'dDwWsSntrfvxuUb'.includes(d)) throw reError(`bad escape \\${d}`, j);
          if (d === 'b') body += '\\x08';
          else if (d === 'u' || d === 'U') {
            const len = d === 'u' ? 4 : 8;
            body += escapeClassChar(String.fromCodePoint(parseInt(p.slice(j + 2, j + 2 + len), 16)));
            j += 2 + len; continue;
          } else if (!(cur & A) && (d === 'W' || d === 'S')) complements.push(d === 'W' ? UW : US);
          else if (/[a-zA-Z]/.test(d)) body += !(cur & A) && UNICODE_CLASS_ESCAPES[d] ? UNICODE_CLASS_ESCAPES[d] : '\\' + d;
          else if (/[0-9]/.test(d)) {
            const m = /^[0-7]{1,3}/.exec(p.slice(j + 1));
            if (!m) throw reError(`bad escape \\${d}`, j);
            body += escapeClassChar(String.fromCharCode(parseInt(m[0], 8))); j += 1 + m[0].length; continue;
          } else body += escapeClassChar(d);
          j += 2;
          continue;
        }
        if (ch === '[') body += '\\[';
        else body += ch;
        j++;
      }
      if (!closed) throw reError('unterminated character set', i);
      if ((cur & I) && !(flags & I)) body = swapCaseClassItems(body);
      if (!complements.length) out += negated ? `[^${body}]` : `[${body}]`;
      else if (!negated) out += `(?:${[...(body ? [`[${body}]`] : []), ...complements.map((c2) => `[^${c2}]`)].join('|')})`;
      else out += `(?:${body ? `(?![${body}])` : ''}${complements.slice(0, -1).map((c2) => `(?=[${c2}])`).join('')}[${complements[complements.length - 1]}])`;
      i = j;
      state = 'atom';
      continue;
    }
    if (c === '(') {
      if (p[i + 1] === '?') {
        const rest = p.slice(i + 2);
        let m: RegExpExecArray | null;
        if ((m = /^P<([^>]*)>/.exec(rest))) {
          const name = m[1];
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw reError(`bad character in group name ${strRepr(name)}`, i + 4);
          if (groupIndex.has(name)) throw reError(`redefinition of group name ${strRepr(name)} as group ${groups + 1}; was group ${groupIndex.get(name)}`, i + 4);
          groups++;
          groupIndex.set(name, groups);
          out += `(?<${name}>`;
          state = 'none';
          stack.push(cur);
          i += 2 + m[0].length;
          continue;
        }
        if ((m = /^P=([^)]*)\)/.exec(rest))) {
          const name = m[1];
          if (!groupIndex.has(name)) throw reError(`unknown group name ${strRepr(name)}`, i + 4);
          out += `(?:\\k<${name}>)`;
          i += 2 + m[0].length;
          state = 'atom';
          continue;
        }
        if ((m = /^#[^)]*\)/.exec(rest))) { i += 2 + m[0].length; continue; }
        if ((m = /^([aiLmsux]*)(?:-([imsx]+))?:/.exec(rest)) && (m[1] || m[2])) {
          stack.push(cur);
          for (const f of m[1]) cur |= ({ a: A, i: I, L: 4, m: M, s: S, u: 32, x: X } as Record<string, number>)[f];
          for (const f of m[2] ?? '') cur &= ~({ i: I, m: M, s: S, x: X } as Record<string, number>)[f];
          if ((flags & I) && !(cur & I)) throw reError('turning off IGNORECASE for part of a pattern is not supported by the Shapewise evaluator', i);
          out += '(?:';
          i += 2 + m[0].length;
          state = 'none';
          continue;
        }
        if ((m = /^[aiLmsux]+\)/.exec(rest))) throw reError('global flags not at the start of the expression', i);
        if (rest.startsWith(':') || rest.startsWith('=') || rest.startsWith('!') || rest.startsWith('<=') || rest.startsWith('<!')) {
          const len = rest.startsWith('<') ? 3 : 2;
          out += p.slice(i, i + 1 + len);
          stack.push(cur);
          i += 1 + len;
          state = 'none';
          continue;
        }
        if (rest.startsWith('>')) throw reError('atomic groups (?>...) are not supported by the Shapewise evaluator', i);
        if (rest.startsWith('(')) throw reError('conditional groups (?(...)...) are not supported by the Shapewise evaluator', i);
        throw reError(`unknown extension ?${rest[0] ?? ''}`, i + 1);
      }
      groups++;
      stack.push(cur);
      out += '(';
      i++;
      state = 'none';
      continue;
    }
    if (c === ')') {
      if (!stack.length) throw reError('unbalanced parenthesis', i);
      cur = stack.pop()!;
      out += ')';
      i++;
      state = 'atom';
      continue;
    }
    if (c === '.') { out += cur & S ? '[\\s\\S]' : '[^\\n]'; i++; state = 'atom'; continue; }
    if (c === '^') { out += cur & M ? '(?<![^\\n])' : '(?<![\\s\\S])'; i++; state = 'none'; continue; }
    if (c === '$') { out += cur & M ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))'; i++; state = 'none'; continue; }
    if (c === '|') { out += '|'; i++; state = 'none'; continue; }
    if (c === '{') {
      const m = /^\{(\d*),?(\d*)\}/.exec(p.slice(i));
      if (m && /^\{\d*(,\d*)?\}$/.test(m[0]) && (m[1] !== '' || m[0].includes(','))) {
        const q = m[0].startsWith('{,') ? '{0' + m[0].slice(1) : m[0];
        if (m[1] !== '' && m[2] !== '' && Number(m[2]) < Number(m[1])) throw reError('min repeat greater than max repeat', i + 1);
        if (state === 'none') throw reError('nothing to repeat', i);
        if (state !== 'atom') throw reError('multiple repeat', i);
        out += q;
        i += m[0].length;
        state = 'quant';
        continue;
      }
      out += '\\{'; i++; state = 'atom'; continue;
    }
    if (c === '}') { out += '\\}'; i++; state = 'atom'; continue; }
    if (c === ']') { out += '\\]'; i++; state = 'atom'; continue; }
    if (c === '*' || c === '+' || c === '?') {
      if (state === 'none') throw reError('nothing to repeat', i);
      if (state === 'quant' && c === '?') { out += '?'; i++; state = 'lazy'; continue; }
      if (state === 'quant' && c === '+') throw reError('possessive quantifiers are not supported by the Shapewise evaluator', i);
      if (state !== 'atom') throw reError('multiple repeat', i);
      out += c; i++; state = 'quant'; continue;
    }
    if (c === '/') { out += '\\/'; i++; state = 'atom'; continue; }
    out += lit(c);
    i++;
    state = 'atom';
  }
  if (stack.length) throw reError('missing ), unterminated subpattern', pattern.lastIndexOf('('));
  return { source: out, flags, groups, groupIndex };
}

function escapeLiteral(ch: string): string {
  return SYNTAX.has(ch) ? '\\' + ch : ch === '\n' ? '\\n' : ch;
}
function escapeClassChar(ch: string): string {
  return ch === ']' || ch === '\\' || ch === '^' || ch === '-' || ch === '[' ? '\\' + ch : ch === '\n' ? '\\n' : ch;
}

const cache = new Map<string, Compiled>();
function compile(pattern: string, flags: number): Compiled {
  const key = `${flags}:${pattern}`;
  const have = cache.get(key);
  if (have) return have;
  const t = translate(pattern, flags);
  const jsFlags = 'du' + (t.flags & I ? 'i' : '');
  let sticky: RegExp, search: RegExp, full: RegExp;
  try {
    sticky = new RegExp(t.source, jsFlags + 'y');
    search = new RegExp(t.source, jsFlags + 'g');
    full = new RegExp(`(?:${t.source})(?![\\s\\S])`, jsFlags + 'y');
  } catch (e) {
    throw reError(`invalid pattern for the Shapewise evaluator's regex engine (${(e as Error).message})`);
  }
  const c: Compiled = { source: pattern, flags: t.flags, sticky, search, full, groups: t.groups, groupIndex: t.groupIndex };
  if (cache.size > 512) cache.clear();
  cache.set(key, c);
  return c;
}

// ------------------------------------------------------------------------------------------
// Pattern and Match objects

const patternClass = new PyClass('Pattern', [T.object], 're');
const flagClass = new PyClass('RegexFlag', [T.int], 're');
/** RegexFlag's member order, which its repr of a combination follows. */
const FLAG_ORDER: [string, number][] = [['ASCII', 256], ['IGNORECASE', 2], ['LOCALE', 4], ['UNICODE', 32], ['MULTILINE', 8],
  ['DOTALL', 16], ['VERBOSE', 64], ['TEMPLATE', 1], ['DEBUG', 128]];

/** re.IGNORECASE and friends: ints that print as `re.IGNORECASE|re.MULTILINE`. */
export class PyRegexFlag extends PyNative {
  constructor(public value: number) { super(); }
  pyType(): PyClass { return flagClass; }
  override repr(): string {
    if (this.value === 0) return 're.NOFLAG';
    const names = FLAG_ORDER.filter(([, v]) => this.value & v).map(([n]) => `re.${n}`);
    const rest = this.value & ~FLAG_ORDER.reduce((a, [, v]) => a | v, 0);
    if (rest) names.push(`0x${rest.toString(16)}`);
    return names.join('|');
  }
  override str(): string { return this.repr(); }
  override format(spec: string): string { return spec === '' ? this.repr() : String(this.value); }
  override toIndex(): number { return this.value; }
  override toNumber(): number { return this.value; }
  override toFloat(): number { return this.value; }
  override hashKey(): unknown { return this.value; }
  override bool(): boolean { return this.value !== 0; }
  override binop(op: string, other: PyValue): PyValue {
    const o = other instanceof PyRegexFlag ? other.value : isInt(other) ? Number(other) : typeof other === 'boolean' ? Number(other) : undefined;
    if (o === undefined) return NOT_IMPLEMENTED;
    if (op === 'BitOr') return new PyRegexFlag(this.value | o);
    if (op === 'BitAnd') return new PyRegexFlag(this.value & o);
    if (op === 'BitXor') return new PyRegexFlag(this.value ^ o);
    return binop(op, this.value, o);
  }
  override compare(op: string, other: PyValue): PyValue { return compare(op, this.value, other instanceof PyRegexFlag ? other.value : other); }
  override getattr(name: string): PyValue | undefined {
    if (name === 'value') return this.value;
    if (name === 'name') return FLAG_ORDER.find(([, v]) => v === this.value)?.[0] ?? null;
    return undefined;
  }
}
const matchClass = new PyClass('Match', [T.object], 're');

function flagNames(flags: number): string {
  const names: string[] = [];
  let rest = flags;
  for (const [n, v] of Object.entries(FLAGS)) if (n !== 'UNICODE' && (flags & v)) { names.push(`re.${n}`); rest &= ~v; }
  rest &= ~FLAGS.UNICODE;
  if (rest) names.push(`0x${rest.toString(16)}`);
  return names.join('|');
}

export class PyPattern extends PyNative {
  constructor(public c: Compiled) { super(); }
  pyType(): PyClass { return patternClass; }
  override repr(): string {
    const shown = flagNames(this.c.flags);
    const src = repr(this.c.source);
    return shown ? `re.compile(${src}, ${shown})` : `re.compile(${src})`;
  }
  override hashKey(): unknown { return 're:' + this.c.flags + ':' + this.c.source; }
  override getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'pattern': return this.c.source;
      case 'flags': return this.c.flags | (this.c.flags & A ? 0 : FLAGS.UNICODE);
      case 'groups': return this.c.groups;
      case 'groupindex': {
        const d = new PyDict();
        for (const [k, v] of this.c.groupIndex) dictSet(d, k, v);
        return d;
      }
    }
    const fn = patternMethods[name];
    if (fn) return new PyBuiltin(name, (a, k) => fn(this, a, k));
    return undefined;
  }
}

export class PyMatch extends PyNative {
  constructor(public pat: PyPattern, public string: string, public m: RegExpExecArray, public pos: number, public endpos: number) { super(); }
  pyType(): PyClass { return matchClass; }
  private index(g: PyValue): number {
    if (typeof g === 'string') {
      const i = this.pat.c.groupIndex.get(g);
      if (i === undefined) throwErr('IndexError', 'no such group');
      return i;
    }
    const i = isInt(g) || typeof g === 'boolean' ? Number(g) : -1;
    if (i < 0 || i > this.pat.c.groups) throwErr('IndexError', 'no such group');
    return i;
  }
  span(g: PyValue = 0): [number, number] {
    const idx = this.m.indices![this.index(g)];
    return idx ? [idx[0], idx[1]] : [-1, -1];
  }
  group(g: PyValue = 0, dflt: PyValue = null): PyValue {
    const v = this.m[this.index(g)];
    return v === undefined ? dflt : v;
  }
  override getitem(key: PyValue): PyValue { return this.group(key); }
  override bool(): boolean { return true; }
  override repr(): string {
    const [s, e] = this.span();
    return `<re.Match object; span=(${s}, ${e}), match=${repr(this.m[0])}>`;
  }
  override getattr(name: string): PyValue | undefined {
    const b = (fn: (a: PyValue[], k: Kwargs) => PyValue) => new PyBuiltin(name, fn);
    switch (name) {
      case 'group': return b((a) => (a.length <= 1 ? this.group(a[0] ?? 0) : new PyTuple(a.map((g) => this.group(g)))));
      case 'groups': return b((a, k) => {
        const dflt = a[0] ?? k?.get('default') ?? null;
        const out: PyValue[] = [];
        for (let i = 1; i <= this.pat.c.groups; i++) out.push(this.group(i, dflt));
        return new PyTuple(out);
      });
      case 'groupdict': return b((a, k) => {
        const dflt = a[0] ?? k?.get('default') ?? null;
        const d = new PyDict();
        for (const [nm, i] of this.pat.c.groupIndex) dictSet(d, nm, this.group(i, dflt));
        return d;
      });
      case 'span': return b((a) => new PyTuple(this.span(a[0] ?? 0)));
      case 'start': return b((a) => this.span(a[0] ?? 0)[0]);
      case 'end': return b((a) => this.span(a[0] ?? 0)[1]);
      case 'expand': return b((a) => expandTemplate(str(a[0]), this));
      case 'string': return this.string;
      case 're': return this.pat;
      case 'pos': return this.pos;
      case 'endpos': return this.endpos;
      case 'lastindex': {
        // the group that closed last: the matched group with the greatest end (outermost on ties)
        let best: number | null = null, bestEnd = -1;
        for (let i = 1; i <= this.pat.c.groups; i++) {
          const idx = this.m.indices![i];
          if (idx && (idx[1] > bestEnd || (idx[1] === bestEnd && best !== null && this.m.indices![best]![0] > idx[0]))) { best = i; bestEnd = idx[1]; }
        }
        return best;
      }
      case 'lastgroup': {
        const li = this.getattr('lastindex');
        if (li === null) return null;
        for (const [nm, i] of this.pat.c.groupIndex) if (i === li) return nm;
        return null;
      }
    }
    return undefined;
  }
}

// ------------------------------------------------------------------------------------------
// Matching

function slicePos(s: string, a: PyValue | undefined, b: PyValue | undefined): [string, number, number] {
  const n = s.length;
  let pos = a === undefined || a === null ? 0 : toIndex(a);
  let end = b === undefined || b === null ? n : toIndex(b);
  if (pos < 0) pos = 0;
  if (pos > n) pos = n;
  if (end < 0) end = 0;
  if (end > n) end = n;
  return [end < n ? s.slice(0, end) : s, pos, end];
}

/**
 * A match at `at` that is not empty (SRE backtracks into other alternatives for one): the
 * pattern behind a lookahead capturing the rest of the text, and a check that the end is not
 * that same rest. The extra group is dropped from the result.
 */
function nonEmptyAt(c: Compiled, s: string, at: number): RegExpExecArray | null {
  if (!c.nonEmpty) {
    const t = translate(c.source, c.flags, 1);
    c.nonEmpty = new RegExp(`(?=([\\s\\S]*))(?:${t.source})(?!\\1(?![\\s\\S]))`, 'du' + (t.flags & I ? 'i' : '') + 'y');
  }
  const m = execAt(c.nonEmpty, s, at);
  if (!m) return null;
  const out = [m[0], ...m.slice(2)] as unknown as RegExpExecArray;
  out.index = m.index;
  out.input = m.input;
  out.groups = m.groups;
  out.indices = [m.indices![0], ...m.indices!.slice(2)] as unknown as RegExpIndicesArray;
  return out;
}

function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** Successive matches with CPython's rule: after an empty match the next must not be empty there. */
function* allMatches(c: Compiled, s: string, pos: number, end: number): Generator<RegExpExecArray> {
  const text = end < s.length ? s.slice(0, end) : s;
  let at = pos;
  let mustAdvance = false;
  while (at <= text.length) {
    let m = execAt(c.search, text, at);
    if (!m) return;
    if (mustAdvance && m[0] === '' && m.index === at) {
      // a non-empty match at the same place, if any, else the next match further on
      const nonEmpty = nonEmptyAt(c, text, at);
      if (nonEmpty && nonEmpty[0] !== '') m = nonEmpty;
      else {
        if (at >= text.length) return;
        m = execAt(c.search, text, at + 1);
        if (!m) return;
      }
    }
    yield m;
    const e = m.index + m[0].length;
    mustAdvance = m[0] === '';
    at = e;
  }
}

function toStr(v: PyValue, what = 'string'): string {
  if (typeof v !== 'string') throwErr('TypeError', `expected string or bytes-like object, got '${typeName(v)}'`);
  void what;
  return v;
}

function groupsOf(c: Compiled, m: RegExpExecArray): PyValue {
  if (c.groups === 0) return m[0];
  if (c.groups === 1) return m[1] ?? '';
  return new PyTuple(Array.from({ length: c.groups }, (_, i) => m[i + 1] ?? ''));
}

function expandTemplate(template: string, match: PyMatch): string {
  return parseTemplate(template, match.pat.c).map((part) => (typeof part === 'string' ? part : (match.m[part] ?? ''))).join('');
}

/** A replacement template as literal strings and group numbers, with CPython's errors. */
function parseTemplate(t: string, c: Compiled): (string | number)[] {
  const out: (string | number)[] = [];
  let lit = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch !== '\\') { lit += ch; continue; }
    const d = t[i + 1];
    if (d === undefined) throw reError('bad escape (end of pattern)', i);
    i++;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' };
    if (d in simple) { lit += simple[d]; continue; }
    if (d === 'g') {
      const m = /^<([^>]*)>/.exec(t.slice(i + 1));
      if (!m) throw reError('missing <', i + 1);
      const name = m[1];
      let g: number;
      if (/^\d+$/.test(name)) g = Number(name);
      else if (c.groupIndex.has(name)) g = c.groupIndex.get(name)!;
      else if (/^[A-Za-z_]\w*$/.test(name)) { const e = pyErr('IndexError', `unknown group name '${name}'`); throw e; }
      else throw reError(`bad character in group name '${name}'`, i + 2);
      if (g > c.groups) throw reError(`invalid group reference ${g}`, i + 2);
      if (lit) { out.push(lit); lit = ''; }
      out.push(g);
      i += m[0].length;
      continue;
    }
    if (/[0-9]/.test(d)) {
      if (d === '0' || /^[0-7]{2}/.test(t.slice(i + 1)) && /[0-7]/.test(d)) {
        const m = /^[0-7]{1,3}/.exec(t.slice(i))![0];
        lit += String.fromCharCode(parseInt(m, 8));
        i += m.length - 1;
        continue;
      }
      const m = /^\d{1,2}/.exec(t.slice(i))![0];
      const g = Number(m);
      if (g > c.groups) throw reError(`invalid group reference ${g}`, i);
      if (lit) { out.push(lit); lit = ''; }
      out.push(g);
      i += m.length - 1;
      continue;
    }
    if (/[a-zA-Z]/.test(d)) throw reError(`bad escape \\${d}`, i - 1);
    lit += '\\' + d;
  }
  if (lit) out.push(lit);
  return out;
}

function subImpl(p: PyPattern, repl: PyValue, s: string, count: number): [string, number] {
  const c = p.c;
  const template = typeof repl === 'string' ? parseTemplate(repl, c) : null;
  let out = '';
  let last = 0;
  let n = 0;
  for (const m of allMatches(c, s, 0, s.length)) {
    if (count > 0 && n >= count) break;
    out += s.slice(last, m.index);
    if (template) out += template.map((part) => (typeof part === 'string' ? part : (m[part] ?? ''))).join('');
    else {
      const r = callValue(repl, [new PyMatch(p, s, m, 0, s.length)], null);
      if (typeof r !== 'string') throwErr('TypeError', `expected str instance, ${typeName(r)} found`);
      out += r;
    }
    last = m.index + m[0].length;
    n++;
  }
  return [out + s.slice(last), n];
}

const patSig = signature('match', 'string, pos=0, endpos=None');
const patternMethods: Record<string, (p: PyPattern, a: PyValue[], k: Kwargs) => PyValue> = {
  match: (p, a, k) => {
    const b = bind({ ...patSig, fname: 'match' }, a, k);
    const s = toStr(b.string);
    const [text, pos, end] = slicePos(s, b.pos, b.endpos);
    const m = execAt(p.c.sticky, text, pos);
    return m ? new PyMatch(p, s, m, pos, end) : null;
  },
  fullmatch: (p, a, k) => {
    const b = bind({ ...patSig, fname: 'fullmatch' }, a, k);
    const s = toStr(b.string);
    const [text, pos, end] = slicePos(s, b.pos, b.endpos);
    const m = execAt(p.c.full, text, pos);
    return m ? new PyMatch(p, s, m, pos, end) : null;
  },
  search: (p, a, k) => {
    const b = bind({ ...patSig, fname: 'search' }, a, k);
    const s = toStr(b.string);
    const [text, pos, end] = slicePos(s, b.pos, b.endpos);
    const m = execAt(p.c.search, text, pos);
    return m ? new PyMatch(p, s, m, pos, end) : null;
  },
  findall: (p, a, k) => {
    const b = bind({ ...patSig, fname: 'findall' }, a, k);
    const s = toStr(b.string);
    const [, pos, end] = slicePos(s, b.pos, b.endpos);
    return new PyList([...allMatches(p.c, s, pos, end)].map((m) => groupsOf(p.c, m)));
  },
  finditer: (p, a, k) => {
    const b = bind({ ...patSig, fname: 'finditer' }, a, k);
    const s = toStr(b.string);
    const [, pos, end] = slicePos(s, b.pos, b.endpos);
    const it = allMatches(p.c, s, pos, end);
    return new PyIterator(() => { const r = it.next(); return r.done ? undefined : new PyMatch(p, s, r.value, pos, end); }, 'callable_iterator');
  },
  sub: (p, a, k) => {
    const b = bind(signature('sub', 'repl, string, count=0'), a, k);
    return subImpl(p, b.repl, toStr(b.string), toIndex(b.count))[0];
  },
  subn: (p, a, k) => {
    const b = bind(signature('subn', 'repl, string, count=0'), a, k);
    return new PyTuple(subImpl(p, b.repl, toStr(b.string), toIndex(b.count)));
  },
  split: (p, a, k) => {
    const b = bind(signature('split', 'string, maxsplit=0'), a, k);
    const s = toStr(b.string);
    const max = toIndex(b.maxsplit);
    const out: PyValue[] = [];
    let last = 0, n = 0;
    for (const m of allMatches(p.c, s, 0, s.length)) {
      if (max > 0 && n >= max) break;
      out.push(s.slice(last, m.index));
      for (let g = 1; g <= p.c.groups; g++) out.push(m[g] ?? null);
      last = m.index + m[0].length;
      n++;
    }
    out.push(s.slice(last));
    return new PyList(out);
  },
};

function flagsArg(v: PyValue | undefined): number {
  if (v === undefined || v === null) return 0;
  if (v instanceof PyRegexFlag) return v.value;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (!isInt(v)) throwErr('TypeError', `unsupported operand type(s) for &: '${typeName(v)}' and 'int'`);
  return Number(v);
}

function patternOf(v: PyValue, flags: number): PyPattern {
  if (v instanceof PyPattern) {
    if (flags) throwErr('ValueError', 'cannot process flags argument with a compiled pattern');
    return v;
  }
  if (typeof v !== 'string') throwErr('TypeError', 'first argument must be string or compiled pattern');
  return new PyPattern(compile(v, flags));
}

const ESCAPED = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f'.split(''));

export function makeReModule(): PyModule {
  const m = new PyModule('re');
  for (const [k, v] of Object.entries(FLAGS)) m.dict.set(k, new PyRegexFlag(v));
  for (const [k, v] of Object.entries({ I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, A: 256, T: 1, TEMPLATE: 1 })) m.dict.set(k, new PyRegexFlag(v));
  m.dict.set('NOFLAG', new PyRegexFlag(0));
  m.dict.set('RegexFlag', flagClass);
  m.dict.set('error', errorClass);
  m.dict.set('Pattern', patternClass);
  m.dict.set('Match', matchClass);
  const fwd = (name: string, sig: string) => {
    const s = signature(name, sig);
    m.dict.set(name, new PyBuiltin(name, (a, k) => {
      const b = bind(s, a, k);
      const p = patternOf(b.pattern, flagsArg(b.flags));
      const rest: PyValue[] = s.params.filter((x) => x.name !== 'pattern' && x.name !== 'flags').map((x) => b[x.name]);
      return patternMethods[name](p, rest, null);
    }));
  };
  fwd('match', 'pattern, string, flags=0');
  fwd('fullmatch', 'pattern, string, flags=0');
  fwd('search', 'pattern, string, flags=0');
  fwd('findall', 'pattern, string, flags=0');
  fwd('finditer', 'pattern, string, flags=0');
  fwd('sub', 'pattern, repl, string, count=0, flags=0');
  fwd('subn', 'pattern, repl, string, count=0, flags=0');
  fwd('split', 'pattern, string, maxsplit=0, flags=0');
  const compileSig = signature('compile', 'pattern, flags=0');
  m.dict.set('compile', new PyBuiltin('compile', (a, k) => {
    const b = bind(compileSig, a, k);
    return patternOf(b.pattern, flagsArg(b.flags));
  }));
  m.dict.set('escape', new PyBuiltin('escape', (a) => {
    const s = toStr(a[0] ?? null);
    let out = '';
    for (const ch of s) out += ESCAPED.has(ch) ? '\\' + ch : ch;
    return out;
  }));
  m.dict.set('purge', new PyBuiltin('purge', () => { cache.clear(); return null; }));
  return m;
}

