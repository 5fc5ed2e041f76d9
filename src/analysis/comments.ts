// Comments that speak to the analysis: shape comments as tutorials write them
// (`X = load()  # shape: (32, 10)`, `# (batch_size, feature_dim)` on the line above or at the
// end of an assignment) and suppression comments (`# shapewise: ignore[code, code]`,
// `# shapewise: ignore` for every code on that line). Parsing only; the interpreter applies them.
import type { Comment, SourceRange } from '../python/ast';

export interface ShapeComment {
  /** 'shape': sizes or names declared and checked; 'names': dimension names, the rank is checked. */
  kind: 'shape' | 'names';
  dims: (number | string)[];
  /** The comment text after `#`, trimmed. */
  text: string;
  range: SourceRange;
  /** Offsets of the `( ... )` part, for the quick fix that rewrites it. */
  specStart: number;
  specEnd: number;
}

// Linear-time on any comment (no nested quantifiers); the tuple's contents are checked by parseShapeSpec.
const SHAPE_RE = /^\s*(?:(shape)\s*[:=]?\s*|->\s*|=>\s*)?(\([^()]*\))\s*$/i;

/** `(32, 10)`, `(batch, 3)`, `(3,)`, `()` → dims; null if it is not a shape. */
export function parseShapeSpec(spec: string): (number | string)[] | null {
  const m = /^\(\s*(.*?)\s*\)$/.exec(spec.trim());
  if (!m) return null;
  if (m[1] === '') return [];
  const parts = m[1].split(',').map((p) => p.trim());
  if (parts[parts.length - 1] === '') parts.pop();
  else if (parts.length === 1) return null; // `(32)` is a parenthesised number, not a tuple
  const out: (number | string)[] = [];
  for (const p of parts) {
    if (/^\d+$/.test(p)) out.push(Number(p));
    else if (/^[A-Za-z_]\w*$/.test(p)) out.push(p);
    else if (/^[\w*+\-]+$/.test(p) && /[A-Za-z_]/.test(p)) out.push(p);
    else return null;
  }
  return out;
}

/**
 * Shape comments keyed by the line of the statement they describe. A comment alone on its line
 * describes the statement on the next line; a trailing one describes its own line.
 */
export function collectShapeComments(comments: Comment[], source: string, lineStarts: number[]): Map<number, ShapeComment> {
  const out = new Map<number, ShapeComment>();
  for (const c of comments) {
    // Another comment may follow on the same line (`# shape: (3,)  # noqa`).
    const own = c.text.split('#')[0];
    const m = SHAPE_RE.exec(own);
    if (!m) continue;
    const dims = parseShapeSpec(m[2]);
    if (!dims) continue;
    const hasPrefix = !!m[1];
    const allNames = dims.length > 0 && dims.every((d) => typeof d === 'string');
    // `# (3,)` with numbers and no `shape:` is still a shape; bare names name the dims.
    const kind: ShapeComment['kind'] = hasPrefix || !allNames ? 'shape' : 'names';
    const textStart = c.range.start + 1; // after '#'
    const specOffset = own.indexOf(m[2]);
    const lineStart = lineStarts[c.range.line - 1] ?? 0;
    const before = source.slice(lineStart, c.range.start);
    const standalone = before.trim() === '';
    const sc: ShapeComment = {
      kind, dims, text: own.trim(), range: c.range,
      specStart: textStart + specOffset, specEnd: textStart + specOffset + m[2].length,
    };
    const line = standalone ? c.range.line + 1 : c.range.line;
    if (!out.has(line) || !standalone) out.set(line, sc);
  }
  return out;
}

const IGNORE_RE = /shapewise\s*:\s*ignore(?:\[([^\]]*)\])?/;

/** Lines with `# shapewise: ignore[...]`: the codes ignored there, or 'all'. */
export function collectIgnores(comments: Comment[]): Map<number, Set<string> | 'all'> {
  const out = new Map<number, Set<string> | 'all'>();
  for (const c of comments) {
    const m = IGNORE_RE.exec(c.text);
    if (!m) continue;
    if (m[1] === undefined) {
      out.set(c.range.line, 'all');
      continue;
    }
    const codes = m[1].split(',').map((s) => s.trim()).filter(Boolean);
    const prev = out.get(c.range.line);
    if (prev === 'all') continue;
    const set = prev ?? new Set<string>();
    for (const code of codes) set.add(code);
    out.set(c.range.line, set);
  }
  return out;
}
