// Incremental parsing for re-analysis on every edit: the module is split into chunks of whole
// top-level statements (each chunk starts at a line start, column 0, and holds the comments and
// blank lines after its statements). After an edit, chunks before and after the changed region
// are reused (their ranges shifted to the new offsets and lines) and only the changed region is
// parsed, with `parse()` from src/python on the substring. The result is identical to parsing
// the whole file: a region that does not parse cleanly on its own (an unclosed bracket or
// string, an indented line, an `else:` split from its `if:`) makes us fall back to the full parse.
// Chunks come from a clean full parse (seeded from it) or from clean region parses.
import { parse, parseFast } from '../python';
import { computeLineStarts, lineIndexAt, rangeFromOffsets } from '../python/positions';
import type { ParseResult, SourceRange, Stmt, Comment } from '../python/ast';

interface Chunk {
  /** Offset of the chunk's first character in its source. */
  start: number;
  text: string;
}

/**
 * The parse of one chunk's text, placed where it was last used: its statements and comments
 * with ranges for a chunk starting at offset `start` on 1-based `line`. Either the chunk's text
 * parsed alone (start 0, line 1) or its part of a clean full parse.
 */
interface ChunkParse {
  start: number;
  line: number;
  body: Stmt[];
  comments: Comment[];
  /**
   * The document whose parse holds these nodes. Only its next parse may move them in place
   * (its earlier parses are superseded); anyone else gets a moved copy.
   */
  owner?: string;
}

const MAX_CACHED_CHUNKS = 20_000;
const chunkParses = new Map<string, ChunkParse>();
/** The last few sources parsed (the server alternates between open files), newest first. */
const MAX_PREVIOUS = 4;
let previous: Remembered[] = [];

interface Remembered {
  source: string;
  owner?: string;
  /** Its chunks; null until first needed when it comes from a clean full parse (`unseeded`). */
  chunks: Chunk[] | null;
  /**
   * The clean full parse whose chunks are cut and seeded into the cache only when an edit
   * first needs them: a full analysis (opening a file) does not pay for the next edit's setup.
   */
  unseeded: ParseResult | null;
}

function rememberSource(source: string, chunks: Chunk[] | null, unseeded: ParseResult | null = null, owner?: string): void {
  previous = previous.filter((p) => p.source !== source);
  if (chunks || unseeded) previous.unshift({ source, chunks, unseeded, owner });
  if (previous.length > MAX_PREVIOUS) previous.length = MAX_PREVIOUS;
}

/** The chunks of a remembered source, cutting and seeding them from its full parse on first use. */
function chunksOfRemembered(p: Remembered): Chunk[] {
  if (!p.chunks) {
    const parsed = p.unseeded!;
    p.chunks = chunksOf(p.source, parsed.module.body, parsed.lineStarts);
    seedChunks(p.chunks, parsed, p.owner);
    p.unseeded = null;
  }
  return p.chunks;
}

/** The fields of our tree that hold a SourceRange (ast.ts). */
const RANGE_FIELDS = new Set(['range', 'nameRange', 'attrRange', 'pattern']);

function shiftedRange(r: SourceRange, offset: number, lines: number): SourceRange {
  // Built in the parser's field order, so the copies share its objects' hidden class.
  return { start: r.start + offset, end: r.end + offset, line: r.line + lines, column: r.column, endLine: r.endLine + lines, endColumn: r.endColumn };
}

/**
 * Moves every SourceRange in AST nodes (or comments) by `offset` characters and `lines` lines,
 * in place. `seen` guards against a range object reachable twice.
 */
function shiftInPlace(node: unknown, offset: number, lines: number, seen: Set<object>): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) shiftInPlace(node[i], offset, lines, seen);
    return;
  }
  const obj = node as Record<string, unknown>;
  const constant = obj.kind === 'Constant';
  for (const k in obj) {
    const v = obj[k];
    if (v === null || typeof v !== 'object') continue;
    if (RANGE_FIELDS.has(k)) {
      if (seen.has(v)) continue;
      seen.add(v);
      const r = v as SourceRange;
      r.start += offset;
      r.end += offset;
      r.line += lines;
      r.endLine += lines;
    } else if (!(constant && k === 'value')) shiftInPlace(v, offset, lines, seen);
  }
}

/**
 * A deep copy of AST nodes (or comments) with every SourceRange moved by `offset` characters
 * and `lines` lines. A Constant's value holds no range and is shared (a bytes value is a
 * Uint8Array, which a spread copy would turn into a plain object).
 */
function shifted<T>(node: T, offset: number, lines: number): T {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((x) => shifted(x, offset, lines)) as T;
  // A spread copy keeps the node's hidden class (the interpreter's property reads stay fast).
  const out: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  const constant = out.kind === 'Constant';
  for (const k in out) {
    const v = out[k];
    if (v === null || typeof v !== 'object') continue;
    if (RANGE_FIELDS.has(k)) out[k] = shiftedRange(v as SourceRange, offset, lines);
    else if (!(constant && k === 'value')) out[k] = shifted(v, offset, lines);
  }
  return out as T;
}

/** Where a statement's text starts: at its first decorator, if any. */
function firstOffset(s: Stmt): number {
  let first = s.range.start;
  if ((s.kind === 'FunctionDef' || s.kind === 'ClassDef') && s.decorator_list.length) {
    for (const d of s.decorator_list) first = Math.min(first, d.range.start);
  }
  return first;
}

/** Chunks of a cleanly parsed source: one per line on which top-level statements start. */
function chunksOf(source: string, body: Stmt[], lineStarts: number[], base = 0): Chunk[] {
  const starts: number[] = [0];
  for (const s of body) {
    const first = firstOffset(s);
    // The chunk starts at the start of the line (a decorator's `@` precedes its expression).
    const lineStart = lineStarts[lineIndexAt(lineStarts, first)];
    if (lineStart > starts[starts.length - 1]) starts.push(lineStart);
  }
  const chunks: Chunk[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : source.length;
    chunks.push({ start: base + starts[i], text: source.slice(starts[i], end) });
  }
  return chunks;
}

function remember(text: string, p: ChunkParse): void {
  chunkParses.set(text, p);
}

/**
 * The chunk's statements and comments placed at `start` (on 1-based `line`), or null if it has
 * errors. `placed` holds the chunk parses this parse already uses (a text can occur twice).
 */
function placeChunk(text: string, start: number, line: number, owner: string | undefined, placed: Set<ChunkParse>): { body: Stmt[]; comments: Comment[] } | null {
  let cp = chunkParses.get(text);
  if (!cp) {
    const p = parseFast(text) ?? parse(text);
    if (p.errors.length) return null;
    cp = { start: 0, line: 1, body: p.module.body, comments: p.comments, owner };
    remember(text, cp);
  }
  const offset = start - cp.start, lines = line - cp.line;
  // Another document's nodes are never shared: that document may move them in place later.
  if (!placed.has(cp) && cp.owner === owner) {
    placed.add(cp);
    if (offset === 0 && lines === 0) return cp;
    // This document's previous parse is superseded: move its nodes instead of copying them
    // (an edit near the top moves everything after it).
    if (owner !== undefined) {
      const seen = new Set<object>();
      shiftInPlace(cp.body, offset, lines, seen);
      shiftInPlace(cp.comments, offset, lines, seen);
      cp.start = start;
      cp.line = line;
      return cp;
    }
  }
  const moved: ChunkParse = { start, line, body: shifted(cp.body, offset, lines), comments: shifted(cp.comments, offset, lines), owner };
  placed.add(moved);
  chunkParses.set(text, moved);
  return moved;
}

/**
 * Remembers each chunk's share of a clean full parse, so that the first edit after it parses
 * only its own region. (A chunk starts a top-level statement at column 0 with nothing open
 * before it, so its parse does not depend on the text around it.)
 */
function seedChunks(chunks: Chunk[], parsed: ParseResult, owner: string | undefined): void {
  const body = parsed.module.body, comments = parsed.comments;
  let si = 0, ci = 0;
  for (let k = 0; k < chunks.length; k++) {
    const end = chunks[k].start + chunks[k].text.length;
    const chunkBody: Stmt[] = [], chunkComments: Comment[] = [];
    while (si < body.length && firstOffset(body[si]) < end) chunkBody.push(body[si++]);
    while (ci < comments.length && comments[ci].range.start < end) chunkComments.push(comments[ci++]);
    if (!chunkParses.has(chunks[k].text)) {
      remember(chunks[k].text, { start: chunks[k].start, line: lineIndexAt(parsed.lineStarts, chunks[k].start) + 1, body: chunkBody, comments: chunkComments, owner });
    }
  }
}

/** Where the module's range ends: like every parser range, before trailing whitespace. */
function trimmedEnd(source: string): number {
  let stop = source.length;
  let c = source.charCodeAt(stop - 1);
  while (stop > 0 && (c === 10 || c === 13 || c === 32 || c === 9 || c === 12)) c = source.charCodeAt(--stop - 1);
  return stop;
}

function fullParse(source: string, owner: string | undefined): ParseResult {
  // The fast path (src/python/fastParse.ts) gives parse()'s tree for error-free code.
  const parsed = parseFast(source) ?? parse(source);
  if (parsed.errors.length) {
    rememberSource(source, null);
    return parsed;
  }
  rememberSource(source, null, parsed, owner);
  return parsed;
}

/**
 * `parse(source)`, reusing the parse of the top-level statements an edit left unchanged since
 * the previous call. Same result as `parse` (a test checks this on every example and oracle file).
 * `owner` names the document (the editor's URI): its earlier parses are then superseded, and
 * the nodes of statements the edit moved are moved in place rather than copied.
 */
export function parseIncremental(source: string, owner?: string): ParseResult {
  // Each keystroke adds a chunk text: past the cap, start over from a full parse (which seeds
  // the cache again) rather than parse every statement alone.
  if (chunkParses.size >= MAX_CACHED_CHUNKS) resetIncrementalParse();
  // The previous source most like this one (longest common prefix + suffix).
  let best: Remembered | null = null;
  let prefix = 0, suffix = 0;
  for (const p of previous) {
    const old = p.source;
    const minLen = Math.min(old.length, source.length);
    let pre = 0;
    while (pre < minLen && old.charCodeAt(pre) === source.charCodeAt(pre)) pre++;
    let suf = 0;
    while (suf < minLen - pre && old.charCodeAt(old.length - 1 - suf) === source.charCodeAt(source.length - 1 - suf)) suf++;
    if (!best || pre + suf > prefix + suffix) { best = p; prefix = pre; suffix = suf; }
    // Typing edits the newest source: when it covers almost everything, skip the older ones.
    if (20 * (prefix + suffix) >= 19 * source.length) break;
  }
  // Nothing comparable (or the same text: the caller re-analyses, parse afresh).
  if (!best || best.source === source || 2 * (prefix + suffix) < source.length) return fullParse(source, owner);
  const old = best.source;
  const delta = source.length - old.length;
  // Chunks wholly before the change keep their offsets; chunks wholly after it move by delta.
  // A chunk that ends where the change starts, or starts where it ends, is re-parsed with the
  // change (an insertion there could join it, e.g. an indented line continuing a `def`).
  const chunks = chunksOfRemembered(best);
  let firstChanged = 0;
  while (firstChanged < chunks.length && chunks[firstChanged].start + chunks[firstChanged].text.length < prefix) firstChanged++;
  let firstAfter = chunks.length;
  while (firstAfter - 1 > firstChanged && chunks[firstAfter - 1].start > old.length - suffix) firstAfter--;
  if (firstChanged >= chunks.length) return fullParse(source, owner);
  const regionStart = chunks[firstChanged].start;
  const regionEnd = firstAfter < chunks.length ? chunks[firstAfter].start + delta : source.length;
  if (regionEnd < regionStart) return fullParse(source, owner);

  const lineStarts = computeLineStarts(source);
  const newChunks: Chunk[] = [];
  const body: Stmt[] = [];
  const comments: Comment[] = [];
  const used = new Set<ChunkParse>();
  const add = (text: string, start: number): boolean => {
    if (!text.length) return true;
    const placed = placeChunk(text, start, lineIndexAt(lineStarts, start) + 1, owner, used);
    if (!placed) return false;
    for (const s of placed.body) body.push(s);
    for (const c of placed.comments) comments.push(c);
    return true;
  };
  for (let i = 0; i < firstChanged; i++) {
    if (!add(chunks[i].text, chunks[i].start)) return fullParse(source, owner);
    newChunks.push(chunks[i]);
  }
  const region = source.slice(regionStart, regionEnd);
  if (!add(region, regionStart)) return fullParse(source, owner);
  // The next edit re-parses only its own statements of the region.
  const regionParse = chunkParses.get(region);
  if (regionParse) for (const c of chunksOf(region, regionParse.body, computeLineStarts(region), regionStart)) if (c.text.length) newChunks.push(c);
  for (let i = firstAfter; i < chunks.length; i++) {
    const c = { start: chunks[i].start + delta, text: chunks[i].text };
    if (!add(c.text, c.start)) return fullParse(source, owner);
    newChunks.push(c);
  }
  rememberSource(source, newChunks, null, owner);
  return {
    module: { kind: 'Module', body, range: rangeFromOffsets(lineStarts, 0, trimmedEnd(source)) },
    errors: [],
    comments,
    lineStarts,
  };
}

/** Forgets every cached parse (tests). */
export function resetIncrementalParse(): void {
  chunkParses.clear();
  previous = [];
}
