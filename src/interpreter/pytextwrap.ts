// The textwrap module: wrap/fill/shorten/dedent/indent and TextWrapper, with CPython's
// chunking (whitespace runs, words split after hyphens between letters, em-dashes), greedy line
// filling, long-word breaking (at a hyphen when it can), drop_whitespace, initial/subsequent
// indents, max_lines with its placeholder, tab expansion and whitespace replacement. wrapText is
// also what argparse uses for help texts.
import { Kwargs, PyBuiltin, PyClass, PyList, PyModule, PyNative, PyValue } from './values';
import { T, throwErr } from './types';
import { callValue, str, toIndex, truthy } from './runtime';
import { bind, signature } from './args';

export interface WrapOptions {
  width: number; initialIndent: string; subsequentIndent: string; expandTabs: boolean; replaceWhitespace: boolean;
  fixSentenceEndings: boolean; breakLongWords: boolean; dropWhitespace: boolean; breakOnHyphens: boolean; tabsize: number;
  maxLines: number | null; placeholder: string;
}
export const WRAP_DEFAULTS: WrapOptions = {
  width: 70, initialIndent: '', subsequentIndent: '', expandTabs: true, replaceWhitespace: true, fixSentenceEndings: false,
  breakLongWords: true, dropWhitespace: true, breakOnHyphens: true, tabsize: 8, maxLines: null, placeholder: ' [...]',
};

const WS = '[\\t\\n\\x0b\\x0c\\r ]';
const NWS = '[^\\t\\n\\x0b\\x0c\\r ]';
const LETTER = '[^\\d\\W]';
const PUNCT = '[\\w!"\'&.,?]';
// one chunk: a whitespace run, an em-dash between words, or a word up to a hyphen between
// letters, the end of the word, or an em-dash
const CHUNK = new RegExp(
  `(${WS}+|(?<=${PUNCT})-{2,}(?=\\w)|${NWS}+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})|(?=${WS}|$)|(?<=${PUNCT})(?=-{2,}\\w)))`, 'g');
const CHUNK_SIMPLE = new RegExp(`(${WS}+)`);

function expandTabs(s: string, tabsize: number): string {
  let out = '', col = 0;
  for (const ch of s) {
    if (ch === '\t') { const n = tabsize > 0 ? tabsize - (col % tabsize) : 0; out += ' '.repeat(n); col += n; }
    else { out += ch; col = ch === '\n' || ch === '\r' ? 0 : col + 1; }
  }
  return out;
}

function chunksOf(text: string, o: WrapOptions): string[] {
  let t = text;
  if (o.expandTabs) t = expandTabs(t, o.tabsize);
  if (o.replaceWhitespace) t = t.replace(/[\t\n\x0b\x0c\r]/g, ' ');
  const chunks = o.breakOnHyphens ? (t.match(CHUNK) ?? []) : t.split(CHUNK_SIMPLE).filter((c) => c !== '');
  if (o.fixSentenceEndings) {
    for (let i = 0; i < chunks.length - 1; i++) {
      if (chunks[i + 1] === ' ' && /[a-z][.!?]["']?$/.test(chunks[i])) chunks[i + 1] = '  ';
    }
  }
  return chunks;
}

export function wrapText(text: string, o: WrapOptions): string[] {
  if (o.width <= 0) throwErr('ValueError', `invalid width ${o.width} (must be > 0)`);
  if (o.maxLines !== null) {
    const indent = o.maxLines > 1 ? o.subsequentIndent : o.initialIndent;
    if (indent.length + o.placeholder.trimStart().length > o.width) throwErr('ValueError', 'placeholder too large for max width');
  }
  const chunks = chunksOf(text, o).reverse();
  const lines: string[] = [];
  while (chunks.length) {
    const line: string[] = [];
    let len = 0;
    const indent = lines.length ? o.subsequentIndent : o.initialIndent;
    const width = o.width - indent.length;
    if (o.dropWhitespace && chunks[chunks.length - 1].trim() === '' && lines.length) chunks.pop();
    while (chunks.length) {
      const l = chunks[chunks.length - 1].length;
      if (len + l <= width) { line.push(chunks.pop()!); len += l; } else break;
    }
    if (chunks.length && chunks[chunks.length - 1].length > width) {
      // a word longer than a line: cut it (after a hyphen when one fits)
      const space = width < 1 ? 1 : width - len;
      if (o.breakLongWords) {
        const chunk = chunks[chunks.length - 1];
        let end = space;
        if (o.breakOnHyphens && chunk.length > end) {
          const hyphen = chunk.lastIndexOf('-', end - 1);
          if (hyphen > 0 && [...chunk.slice(0, hyphen)].some((c) => c !== '-')) end = hyphen + 1;
        }
        line.push(chunk.slice(0, end));
        len += end;
        chunks[chunks.length - 1] = chunk.slice(end);
      } else if (!line.length) {
        line.push(chunks.pop()!);
        len += line[0].length;
      }
    }
    if (o.dropWhitespace && line.length && line[line.length - 1].trim() === '') { len -= line[line.length - 1].length; line.pop(); }
    if (!line.length) continue;
    const rest = chunks.length === 0 || (o.dropWhitespace && chunks.length === 1 && !chunks[0].trim());
    if (o.maxLines === null || lines.length + 1 < o.maxLines || (rest && len <= width)) {
      lines.push(indent + line.join(''));
      continue;
    }
    let placed = false;
    while (line.length) {
      if (line[line.length - 1].trim() && len + o.placeholder.length <= width) {
        line.push(o.placeholder);
        lines.push(indent + line.join(''));
        placed = true;
        break;
      }
      len -= line[line.length - 1].length;
      line.pop();
    }
    if (!placed) {
      const prev = lines.length ? lines[lines.length - 1].trimEnd() : null;
      if (prev !== null && prev.length + o.placeholder.length <= o.width) lines[lines.length - 1] = prev + o.placeholder;
      else lines.push(indent + o.placeholder.trimStart());
    }
    break;
  }
  return lines;
}

export function dedent(text: string): string {
  // whitespace-only lines become empty; the longest common leading whitespace goes
  const lines = text.split('\n').map((l) => (/^[ \t]+$/.test(l) ? '' : l));
  let margin: string | null = null;
  for (const l of lines) {
    if (!l) continue;
    const ind = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = ind;
    else if (ind.startsWith(margin)) continue;
    else if (margin.startsWith(ind)) margin = ind;
    else { let i = 0; while (i < margin.length && margin[i] === ind[i]) i++; margin = margin.slice(0, i); }
  }
  return lines.map((l) => (margin && l.startsWith(margin) ? l.slice(margin.length) : l)).join('\n');
}

const wrapSig = 'width=70, *, initial_indent=\'\', subsequent_indent=\'\', expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True, tabsize=8, max_lines=None, placeholder=\' [...]\'';
function optionsOf(b: Record<string, PyValue>): WrapOptions {
  return {
    width: toIndex(b.width), initialIndent: str(b.initial_indent), subsequentIndent: str(b.subsequent_indent),
    expandTabs: truthy(b.expand_tabs), replaceWhitespace: truthy(b.replace_whitespace), fixSentenceEndings: truthy(b.fix_sentence_endings),
    breakLongWords: truthy(b.break_long_words), dropWhitespace: truthy(b.drop_whitespace), breakOnHyphens: truthy(b.break_on_hyphens),
    tabsize: toIndex(b.tabsize), maxLines: b.max_lines === null ? null : toIndex(b.max_lines), placeholder: str(b.placeholder),
  };
}
function textArg(v: PyValue): string {
  if (typeof v !== 'string') throwErr('AttributeError', `'${v === null ? 'NoneType' : typeof v}' object has no attribute 'expandtabs'`);
  return v;
}

const wrapperClass = new PyClass('TextWrapper', [T.object], 'textwrap');
class TextWrapper extends PyNative {
  constructor(public o: WrapOptions) { super(); }
  pyType(): PyClass { return wrapperClass; }
  override getattr(name: string): PyValue | undefined {
    if (name === 'wrap') return new PyBuiltin(name, (a) => new PyList(wrapText(textArg(a[0] ?? null), this.o)));
    if (name === 'fill') return new PyBuiltin(name, (a) => wrapText(textArg(a[0] ?? null), this.o).join('\n'));
    const map: Record<string, keyof WrapOptions> = { width: 'width', initial_indent: 'initialIndent', subsequent_indent: 'subsequentIndent', max_lines: 'maxLines', placeholder: 'placeholder', break_long_words: 'breakLongWords', break_on_hyphens: 'breakOnHyphens', drop_whitespace: 'dropWhitespace' };
    if (name in map) return this.o[map[name]] as PyValue;
    return undefined;
  }
  override setattr(name: string, value: PyValue): boolean {
    if (name === 'width') this.o.width = toIndex(value);
    else if (name === 'initial_indent') this.o.initialIndent = str(value);
    else if (name === 'subsequent_indent') this.o.subsequentIndent = str(value);
    else if (name === 'max_lines') this.o.maxLines = value === null ? null : toIndex(value);
    else if (name === 'placeholder') this.o.placeholder = str(value);
    else return false;
    return true;
  }
}

export function makeTextwrapModule(): PyModule {
  const m = new PyModule('textwrap');
  const wsig = signature('wrap', 'text, ' + wrapSig);
  m.dict.set('wrap', new PyBuiltin('wrap', (a, k) => { const b = bind(wsig, a, k); return new PyList(wrapText(textArg(b.text), optionsOf(b))); }));
  const fsig = signature('fill', 'text, ' + wrapSig);
  m.dict.set('fill', new PyBuiltin('fill', (a, k) => { const b = bind(fsig, a, k); return wrapText(textArg(b.text), optionsOf(b)).join('\n'); }));
  const ssig = signature('shorten', 'text, width, *, placeholder=\' [...]\', initial_indent=\'\', subsequent_indent=\'\', expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True, tabsize=8');
  m.dict.set('shorten', new PyBuiltin('shorten', (a, k) => {
    const b = bind(ssig, a, k);
    const o = optionsOf({ ...b, max_lines: 1 });
    return wrapText(textArg(b.text).trim().split(/\s+/).join(' '), o).join('\n');
  }));
  m.dict.set('dedent', new PyBuiltin('dedent', (a) => dedent(textArg(a[0] ?? null))));
  m.dict.set('indent', new PyBuiltin('indent', (a, k: Kwargs) => {
    const text = textArg(a[0] ?? null), prefix = str(a[1] ?? k?.get('prefix') ?? null);
    const pred = a[2] ?? k?.get('predicate') ?? null;
    return text.split(/(?<=\n)/).map((l) => ((pred === null ? l.trim() !== '' : truthy(callValue(pred, [l], null))) ? prefix + l : l)).join('');
  }));
  const csig = signature('TextWrapper', wrapSig.replace('*, ', ''));
  m.dict.set('TextWrapper', new PyBuiltin('TextWrapper', (a, k) => new TextWrapper(optionsOf(bind(csig, a, k)))));
  return m;
}
