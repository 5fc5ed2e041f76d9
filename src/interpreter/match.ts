// The `match` statement (PEP 634). The parser keeps patterns as source ranges, so this file
// reads a pattern's text into a small tree (literal, capture, wildcard, value, group, sequence
// with one star, mapping with **rest, class with positional/keyword sub-patterns, or, as) and
// matches it against the subject with CPython's rules: literals by == (None/True/False by
// identity), sequences are list/tuple/range (not str or arrays), mappings are dicts, class
// patterns check isinstance and use __match_args__ (self-matching builtins take one positional).
// Literal and value patterns are evaluated as expressions by the interpreter.
import { parse } from '../python';
import type { Expr } from '../python';
import { T, throwErr } from './types';
import { PyClass, PyDict, PyList, PyRange, PyTuple, PyValue } from './values';
import { compare, dictGet, dictSet, getattrOpt, isinstance, iterate, pyIs, truthy } from './runtime';

export type Pattern =
  | { k: 'wildcard' }
  | { k: 'capture'; name: string }
  | { k: 'value'; expr: Expr; identity: boolean }
  | { k: 'seq'; items: Pattern[]; star: number; starName: string | null }
  | { k: 'map'; keys: Expr[]; values: Pattern[]; rest: string | null }
  | { k: 'class'; cls: Expr; args: Pattern[]; kwNames: string[]; kwPats: Pattern[] }
  | { k: 'or'; alts: Pattern[] }
  | { k: 'as'; pat: Pattern; name: string };

interface Tok { t: 'name' | 'num' | 'str' | 'op' | 'end'; v: string }

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s|\\/.test(c)) { i++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    const strStart = /^[rRbBuU]{0,2}['"]/.exec(src.slice(i, i + 3));
    if (strStart) {
      let j = i + strStart[0].length - 1;
      const q = src[j];
      const triple = src.slice(j, j + 3) === q.repeat(3);
      const close = triple ? q.repeat(3) : q;
      j += close.length;
      while (j < src.length && src.slice(j, j + close.length) !== close) j += src[j] === '\\' ? 2 : 1;
      j += close.length;
      out.push({ t: 'str', v: src.slice(i, j) });
      i = j;
      continue;
    }
    const name = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/.exec(src.slice(i));
    if (name) { out.push({ t: 'name', v: name[0] }); i += name[0].length; continue; }
    const num = /^(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)/.exec(src.slice(i));
    if (num && num[0]) { out.push({ t: 'num', v: num[0] }); i += num[0].length; continue; }
    const op = src.slice(i, i + 2) === '**' ? '**' : c;
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  out.push({ t: 'end', v: '' });
  return out;
}

function exprOf(text: string): Expr {
  const r = parse(`(${text})\n`);
  const s = r.module.body[0];
  if (r.errors.length || !s || s.kind !== 'Expr') throwErr('SyntaxError', `invalid pattern: ${text}`);
  return (s as unknown as { value: Expr }).value;
}

class PatternParser {
  private i = 0;
  constructor(private toks: Tok[]) {}
  private peek(): Tok { return this.toks[this.i]; }
  private next(): Tok { return this.toks[this.i++]; }
  private isOp(v: string): boolean { const t = this.peek(); return t.t === 'op' && t.v === v; }
  private expect(v: string): void {
    const t = this.next();
    if (t.t !== 'op' || t.v !== v) throwErr('SyntaxError', 'invalid syntax');
  }

  /** The whole `case` pattern: a top-level comma makes an open sequence pattern. */
  top(): Pattern {
    const first = this.maybeStar();
    if (!this.isOp(',')) {
      if (first.k === 'seq' && first.star === -2) throwErr('SyntaxError', 'invalid syntax');
      return first;
    }
    const items = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.peek().t === 'end') break;
      items.push(this.maybeStar());
    }
    return this.seq(items);
  }

  /** A star pattern is kept as a marker (a seq with star -2) until its sequence is built. */
  private maybeStar(): Pattern {
    if (this.isOp('*')) {
      this.next();
      const n = this.next().v;
      return { k: 'seq', items: [], star: -2, starName: n === '_' ? null : n };
    }
    return this.pattern();
  }

  private seq(items: Pattern[]): Pattern {
    const stars = items.map((p, k) => (p.k === 'seq' && p.star === -2 ? k : -1)).filter((k) => k >= 0);
    if (stars.length > 1) throwErr('SyntaxError', 'multiple starred names in sequence pattern');
    const star = stars.length ? stars[0] : -1;
    const starName = star >= 0 ? (items[star] as { starName: string | null }).starName : null;
    return { k: 'seq', items: items.filter((_, k) => k !== star), star, starName };
  }

  pattern(): Pattern {
    const p = this.orPattern();
    if (this.peek().t === 'name' && this.peek().v === 'as') {
      this.next();
      const name = this.next().v;
      return { k: 'as', pat: p, name };
    }
    return p;
  }

  private orPattern(): Pattern {
    const alts = [this.closed()];
    while (this.isOp('|')) { this.next(); alts.push(this.closed()); }
    return alts.length === 1 ? alts[0] : { k: 'or', alts };
  }

  private literalText(): string {
    let text = '';
    if (this.isOp('-')) { this.next(); text = '-'; }
    const t = this.next();
    text += t.v;
    while (t.t === 'str' && this.peek().t === 'str') text += ' ' + this.next().v;
    if (t.t === 'num' && (this.isOp('+') || this.isOp('-'))) {
      text += this.next().v + this.next().v; // complex literal: 1 + 2j
    }
    return text;
  }

  private closed(): Pattern {
    const t = this.peek();
    if (t.t === 'num' || t.t === 'str' || (t.t === 'op' && t.v === '-')) return { k: 'value', expr: exprOf(this.literalText()), identity: false };
    if (t.t === 'name') {
      this.next();
      if (t.v === 'None' || t.v === 'True' || t.v === 'False') return { k: 'value', expr: exprOf(t.v), identity: true };
      let dotted = t.v;
      while (this.isOp('.')) { this.next(); dotted += '.' + this.next().v; }
      if (this.isOp('(')) return this.classPattern(dotted);
      if (dotted.includes('.')) return { k: 'value', expr: exprOf(dotted), identity: false };
      return t.v === '_' ? { k: 'wildcard' } : { k: 'capture', name: t.v };
    }
    if (t.t === 'op' && (t.v === '(' || t.v === '[')) {
      this.next();
      const close = t.v === '(' ? ')' : ']';
      const items: Pattern[] = [];
      let comma = false;
      while (!this.isOp(close)) {
        items.push(this.maybeStar());
        if (this.isOp(',')) { this.next(); comma = true; } else break;
      }
      this.expect(close);
      if (t.v === '(' && items.length === 1 && !comma && !(items[0].k === 'seq' && items[0].star === -2)) return items[0]; // a group
      return this.seq(items);
    }
    if (t.t === 'op' && t.v === '{') return this.mapping();
    throwErr('SyntaxError', 'invalid syntax');
  }

  private mapping(): Pattern {
    this.expect('{');
    const keys: Expr[] = [], values: Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.isOp('**')) { this.next(); rest = this.next().v; }
      else {
        const t = this.peek();
        let keyText: string;
        if (t.t === 'name' && t.v !== 'None' && t.v !== 'True' && t.v !== 'False') {
          this.next();
          keyText = t.v;
          while (this.isOp('.')) { this.next(); keyText += '.' + this.next().v; }
        } else keyText = this.literalText();
        keys.push(exprOf(keyText));
        this.expect(':');
        values.push(this.pattern());
      }
      if (this.isOp(',')) this.next(); else break;
    }
    this.expect('}');
    return { k: 'map', keys, values, rest };
  }

  private classPattern(dotted: string): Pattern {
    this.expect('(');
    const args: Pattern[] = [], kwNames: string[] = [], kwPats: Pattern[] = [];
    while (!this.isOp(')')) {
      const t = this.peek(), t2 = this.toks[this.i + 1];
      if (t.t === 'name' && t2.t === 'op' && t2.v === '=') {
        this.next(); this.next();
        kwNames.push(t.v);
        kwPats.push(this.pattern());
      } else {
        if (kwNames.length) throwErr('SyntaxError', 'positional patterns follow keyword patterns');
        args.push(this.pattern());
      }
      if (this.isOp(',')) this.next(); else break;
    }
    this.expect(')');
    return { k: 'class', cls: exprOf(dotted), args, kwNames, kwPats };
  }
}

const cache = new Map<string, Pattern>();
export function parsePattern(text: string): Pattern {
  let p = cache.get(text);
  if (!p) {
    p = new PatternParser(tokenize(text)).top();
    cache.set(text, p);
  }
  return p;
}

/** What the matcher needs from the interpreter. */
export interface MatchHost { evalExpr(e: Expr): PyValue }

const SELF_MATCHING = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

function isSequence(v: PyValue): v is PyList | PyTuple | PyRange {
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyRange;
}

/** Matches `subject` against `p`, collecting name bindings; true on success. */
export function matchPattern(p: Pattern, subject: PyValue, host: MatchHost, binds: Map<string, PyValue>): boolean {
  switch (p.k) {
    case 'wildcard': return true;
    case 'capture': binds.set(p.name, subject); return true;
    case 'value': {
      const v = host.evalExpr(p.expr);
      return p.identity ? pyIs(subject, v) : truthy(compare('Eq', subject, v));
    }
    case 'as':
      if (!matchPattern(p.pat, subject, host, binds)) return false;
      binds.set(p.name, subject);
      return true;
    case 'or':
      for (const alt of p.alts) {
        const trial = new Map(binds);
        if (matchPattern(alt, subject, host, trial)) {
          for (const [k, v] of trial) binds.set(k, v);
          return true;
        }
      }
      return false;
    case 'seq': {
      if (!isSequence(subject)) return false;
      const items = subject instanceof PyRange ? listOf(subject) : subject.items;
      const n = p.items.length;
      if (p.star < 0 ? items.length !== n : items.length < n) return false;
      const before = p.star < 0 ? n : p.star;
      for (let k = 0; k < before; k++) if (!matchPattern(p.items[k], items[k], host, binds)) return false;
      if (p.star >= 0) {
        const after = n - p.star;
        const restEnd = items.length - after;
        if (p.starName) binds.set(p.starName, new PyList(items.slice(p.star, restEnd)));
        for (let k = 0; k < after; k++) if (!matchPattern(p.items[p.star + k], items[restEnd + k], host, binds)) return false;
      }
      return true;
    }
    case 'map': {
      if (!(subject instanceof PyDict)) return false;
      const used: PyValue[] = [];
      for (let k = 0; k < p.keys.length; k++) {
        const key = host.evalExpr(p.keys[k]);
        const v = dictGet(subject, key);
        if (v === undefined) return false;
        used.push(key);
        if (!matchPattern(p.values[k], v, host, binds)) return false;
      }
      if (p.rest) {
        const rest = new PyDict();
        for (const [k, v] of subject.store.map.values()) if (!used.some((u) => truthy(compare('Eq', u, k)))) dictSet(rest, k, v);
        binds.set(p.rest, rest);
      }
      return true;
    }
    case 'class': {
      const cls = host.evalExpr(p.cls);
      if (!(cls instanceof PyClass)) throwErr('TypeError', 'called match pattern must be a class');
      if (!isinstance(subject, cls)) return false;
      if (p.args.length) {
        const self = cls.mro.find((c) => c.module === 'builtins' && SELF_MATCHING.includes(c.name) && c === T[c.name]);
        const matchArgs = cls.lookup('__match_args__');
        const selfMatching = matchArgs === undefined && self !== undefined;
        const names = matchArgs instanceof PyTuple ? matchArgs.items.map((x) => String(x)) : [];
        const accepts = selfMatching ? 1 : names.length;
        if (p.args.length > accepts) {
          throwErr('TypeError', `${cls.name}() accepts ${accepts} positional sub-pattern${accepts === 1 ? '' : 's'} (${p.args.length} given)`);
        }
        if (selfMatching) {
          if (!matchPattern(p.args[0], subject, host, binds)) return false;
        } else {
          for (let k = 0; k < p.args.length; k++) {
            const v = getattrOpt(subject, names[k]);
            if (v === undefined || !matchPattern(p.args[k], v, host, binds)) return false;
          }
        }
      }
      for (let k = 0; k < p.kwNames.length; k++) {
        const v = getattrOpt(subject, p.kwNames[k]);
        if (v === undefined || !matchPattern(p.kwPats[k], v, host, binds)) return false;
      }
      return true;
    }
  }
}

function listOf(v: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const next = iterate(v);
  for (let x = next(); x !== undefined; x = next()) out.push(x);
  return out;
}


/** The names a pattern binds (captures, `as` targets, star and `**` names). */
export function patternNames(p: Pattern): string[] {
  switch (p.k) {
    case 'capture': return [p.name];
    case 'as': return [...patternNames(p.pat), p.name];
    case 'or': return p.alts.flatMap(patternNames);
    case 'seq': return [...p.items.flatMap(patternNames), ...(p.starName ? [p.starName] : [])];
    case 'map': return [...p.values.flatMap(patternNames), ...(p.rest ? [p.rest] : [])];
    case 'class': return [...p.args.flatMap(patternNames), ...p.kwPats.flatMap(patternNames)];
    default: return [];
  }
}

/** The source text of a pattern range. */
export function patternText(lines: readonly string[], r: { line: number; column: number; endLine: number; endColumn: number }): string {
  if (r.line === r.endLine) return (lines[r.line - 1] ?? '').slice(r.column, r.endColumn);
  return [(lines[r.line - 1] ?? '').slice(r.column), ...lines.slice(r.line, r.endLine - 1), (lines[r.endLine - 1] ?? '').slice(0, r.endColumn)].join('\n');
}
