// Incremental parsing (src/analysis/incrementalParse.ts) gives exactly what a full parse and a
// full analysis give: for every examples/ and oracle file, after edits at the start, middle and
// end (a changed line, an inserted line, a deleted line, an indented line that joins the
// statement before it, an unclosed bracket or string, an `else:`, a trailing backslash, a
// decorator), the parse is deep-equal to `parse()` of the edited text, and diagnostics, hovers,
// inlay hints and top-level shapes are the same.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../../src/python';
import { analyzeParsed } from '../../src/analysis/index';
import { parseIncremental, resetIncrementalParse } from '../../src/analysis/incrementalParse';

const ROOT = path.resolve(__dirname, '../..');

function pyFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const n of readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) pyFiles(p, out);
    else if (n.endsWith('.py')) out.push(p);
  }
  return out;
}

/** Edited versions of `src` at the line with index `at`. */
function edits(src: string, at: number): string[] {
  const lines = src.split('\n');
  const i = Math.max(0, Math.min(at, lines.length - 1));
  const withLines = (f: (ls: string[]) => void): string => { const ls = [...lines]; f(ls); return ls.join('\n'); };
  return [
    withLines((ls) => { ls[i] = ls[i].replace(/\d/, (d) => String((Number(d) + 1) % 10)); }),
    withLines((ls) => { ls[i] = ls[i] + ' '; }),
    withLines((ls) => { ls.splice(i, 0, 'inserted_name = 3'); }),
    withLines((ls) => { ls.splice(i, 1); }),
    withLines((ls) => { ls[i] = '    ' + ls[i]; }),
    withLines((ls) => { ls[i] = ls[i] + ' ('; }),
    withLines((ls) => { ls[i] = ls[i].replace(/\s*$/, '').replace(/:$/, ''); }),
    // Lines that continue or join what is around them.
    withLines((ls) => { ls.splice(i, 0, 'else:', '    pass'); }),
    withLines((ls) => { ls.splice(i, 0, 'x_total = 1 + \\'); }),
    withLines((ls) => { ls.splice(i, 0, '@decorator'); }),
    withLines((ls) => { ls.splice(i, 0, 's = """'); }),
    withLines((ls) => { ls.splice(i, 0, 'if True:'); }),
  ];
}

function sameAnalysis(text: string, incremental: ReturnType<typeof parse>, full: ReturnType<typeof parse>, label: string): void {
  const a = analyzeParsed(text, incremental);
  const b = analyzeParsed(text, full);
  assert.deepStrictEqual(a.diagnostics, b.diagnostics, `${label}: diagnostics`);
  assert.deepStrictEqual(a.inlayHints(), b.inlayHints(), `${label}: inlay hints`);
  assert.deepStrictEqual(a.topLevelShapes, b.topLevelShapes, `${label}: top-level shapes`);
  for (let off = 0; off < text.length; off += 7) assert.deepStrictEqual(a.hoverAt(off), b.hoverAt(off), `${label}: hover at ${off}`);
}

describe('incremental parsing equals a full parse', () => {
  const files = [...pyFiles(path.join(ROOT, 'examples')), ...pyFiles(path.join(ROOT, 'test/corpus/oracle'))];
  it('has files to edit', () => assert.ok(files.length > 150));
  for (const f of files) {
    it(path.relative(ROOT, f), () => {
      resetIncrementalParse();
      const src = readFileSync(f, 'utf8');
      const n = src.split('\n').length;
      const first = parseIncremental(src);
      assert.deepStrictEqual(first, parse(src));
      for (const at of [0, 1, Math.floor(n / 2), n - 2, n - 1]) {
        for (const edited of edits(src, at)) {
          // From the original (one edit), then back (the reverse edit), as typing does.
          for (const text of [edited, src]) {
            const inc = parseIncremental(text);
            const full = parse(text);
            assert.deepStrictEqual(inc, full, `${path.basename(f)} edited at line ${at + 1}`);
          }
        }
      }
      // Analyses agree too (once per file per position: analysis is the slow part).
      for (const at of [0, Math.floor(n / 2), n - 1]) {
        const text = edits(src, at)[2];
        parseIncremental(src);
        sameAnalysis(text, parseIncremental(text), parse(text), `${path.basename(f)} line ${at + 1}`);
      }
    });
  }
  it('reuses unchanged statements (their nodes are the cached ones)', () => {
    resetIncrementalParse();
    const src = 'import numpy as np\nx = np.zeros((2, 3))\ny = x.T\nz = y @ x\n';
    const a = parseIncremental(src);
    const b = parseIncremental(src.replace('(2, 3)', '(2, 4)'));
    const c = parseIncremental(src.replace('(2, 3)', '(2, 5)'));
    assert.equal(c.module.body[0], b.module.body[0]);
    assert.equal(c.module.body[3], b.module.body[3]);
    assert.notEqual(c.module.body[1], b.module.body[1]);
    assert.deepStrictEqual(c, parse(src.replace('(2, 3)', '(2, 5)')));
    void a;
  });
  it('moves statements after a longer edit with every kind of value intact (bytes, f-strings, match patterns)', () => {
    resetIncrementalParse();
    const src = 'x = 1\nb = b"\\x00ab"\ns = f"{x!r:>{b}}" "tail"\nmatch x:\n    case [1, 2]:\n        pass\n@dec\ndef f(a, *, k=2):\n    return a.T  # note\n';
    parseIncremental(src);
    for (const edited of [src.replace('x = 1', 'x = 12345'), src.replace('x = 1\n', 'x = 1\ny = 2\n\n')]) {
      assert.deepStrictEqual(parseIncremental(edited), parse(edited));
    }
  });
});
