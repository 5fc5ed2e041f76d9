// The analysis API as the server and CLI use it: hover text with per-dimension provenance,
// inlay hints, code actions as text edits, top-level shapes, options (severities, ignores),
// never throwing on broken input, every diagnostic code documented, and the CLI contracts
// of `check` (text/json/sarif, exit codes) and `shapes` (json).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, DIAGNOSTIC_CODES } from '../../src/analysis/index';
import { checkFiles } from '../../src/cli/check';
import { shapesOfFile } from '../../src/cli/shapes';

const ROOT = path.resolve(__dirname, '../..');

function capture() {
  let out = '', err = '';
  return { io: { stdout: (s: string) => { out += s; }, stderr: (s: string) => { err += s; } }, out: () => out, err: () => err };
}

const at = (src: string, needle: string, delta = 0) => src.indexOf(needle) + delta;

describe('analysis API', () => {
  const src = 'import numpy as np\n\nX = np.random.randn(32, 10)\nm = X.mean(axis=0)\nY = X - m\n';

  it('hover shows shape, dtype and where each dimension came from', () => {
    const a = analyze(src);
    const h = a.hoverAt(at(src, 'X = ') )!;
    assert.ok(h, 'hover on X');
    assert.match(h.markdown, /\*\*\(32, 10\)\*\* float64/);
    assert.match(h.markdown, /axis 0: 32 from `np\.random\.randn\(32, 10\)`, line 3/);
    assert.match(h.markdown, /axis 1: 10 from `np\.random\.randn\(32, 10\)`, line 3/);
    assert.equal(src.slice(h.start, h.end), 'X');
  });

  it('hover on a reduction says which axis it removed', () => {
    const a = analyze(src);
    const h = a.hoverAt(at(src, 'm = '))!;
    assert.match(h.markdown, /\(10,\)/);
    assert.match(h.markdown, /reduced \(32, 10\) over axis 0 of `X\.mean`/);
  });

  it('hover on a broadcast shows the aligned shapes', () => {
    const a = analyze(src);
    const h = a.hoverAt(at(src, 'X - m', 2))!;
    assert.match(h.markdown, /broadcast: \(32, 10\) with \(10,\)/);
  });

  it('hover on nothing known is undefined', () => {
    const a = analyze('import json\nx = json.loads("1")\n');
    assert.equal(a.hoverAt(at('import json\nx = json.loads("1")\n', 'x =')), undefined);
  });

  it('inlay hints follow each array assignment target', () => {
    const a = analyze(src);
    const hints = a.inlayHints();
    assert.deepEqual(hints.map((h) => [src.slice(h.offset - 1, h.offset), h.label]), [['X', ': (32, 10)'], ['m', ': (10,)'], ['Y', ': (32, 10)']]);
    assert.deepEqual(a.inlayHints(at(src, 'm ='), at(src, 'm =') + 2).map((h) => h.label), [': (10,)']);
  });

  it('code actions are text edits that make the code correct', () => {
    const bug = 'import numpy as np\nx = np.random.randn(16, 784)\nW = np.random.randn(128, 784)\nh = x @ W\n';
    const a = analyze(bug);
    const actions = a.codeActions(0, bug.length);
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, 'Transpose `W` (.T)');
    const e = actions[0].edits[0];
    const fixed = bug.slice(0, e.start) + e.newText + bug.slice(e.end);
    assert.match(fixed, /h = x @ W\.T\n/);
    assert.deepEqual(analyze(fixed).diagnostics, []);
  });

  it('the keepdims fix makes the softmax correct', () => {
    const bug = 'import numpy as np\nz = np.random.randn(4, 3)\ns = z - np.max(z, axis=1)\n';
    const a = analyze(bug);
    const fix = a.codeActions(0, bug.length).find((x) => x.title.includes('keepdims'))!;
    const e = fix.edits[0];
    const fixed = bug.slice(0, e.start) + e.newText + bug.slice(e.end);
    assert.match(fixed, /np\.max\(z, axis=1, keepdims=True\)/);
    assert.deepEqual(analyze(fixed).diagnostics, []);
  });

  it('errors carry an explanation naming the clashing dimensions', () => {
    const a = analyze('import numpy as np\nX = np.zeros((32, 10))\nb = np.zeros(32)\nY = X + b\n');
    assert.equal(a.diagnostics.length, 1);
    assert.match(a.diagnostics[0].explanation ?? '', /Axis -1: 10 \(from `np\.zeros\(\(32, 10\)\)`, line 2\) vs 32 \(from `np\.zeros\(32\)`, line 3\)/);
  });

  it('errors point at where the clashing dimensions came from', () => {
    const s = 'import numpy as np\nX = np.zeros((32, 10))\nb = np.zeros(32)\nY = X + b\n';
    const d = analyze(s).diagnostics[0];
    assert.deepEqual(d.related?.map((r) => [s.slice(r.start, r.end), r.line, r.message]), [
      ['np.zeros((32, 10))', 2, '10 comes from `np.zeros((32, 10))`'],
      ['np.zeros(32)', 3, '32 comes from `np.zeros(32)`'],
    ]);
  });

  it('errors inside a function say which call and which shapes', () => {
    const s = 'import numpy as np\ndef linear(x, W):\n    return x @ W\ny = linear(np.zeros((8, 4)), np.zeros((3, 2)))\n';
    const d = analyze(s).diagnostics[0];
    assert.equal(d.range.line, 3);
    assert.match(d.explanation ?? '', /\(In the call of linear on line 4, with x: \(8, 4\), W: \(3, 2\)\.\)$/);
  });

  it('severities can be changed or turned off per code', () => {
    const s = 'import numpy as np\na = np.zeros((3, 1)) - np.zeros(3)\nb = np.zeros(2) @ np.zeros(3)\n';
    assert.deepEqual(analyze(s).diagnostics.map((d) => `${d.code}:${d.severity}`), ['silent-broadcast:warning', 'matmul-mismatch:error']);
    const a = analyze(s, { severities: { 'silent-broadcast': 'error', 'matmul-mismatch': 'off' } });
    assert.deepEqual(a.diagnostics.map((d) => `${d.code}:${d.severity}`), ['silent-broadcast:error']);
  });

  it('syntax errors become diagnostics and the rest of the file is analysed', () => {
    const a = analyze('import numpy as np\nx = np.zeros((3, 4)\ny = np.zeros(2) @ np.zeros(3)\n');
    const codes = a.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('syntax-error'));
  });

  it('never throws on odd input', () => {
    for (const s of ['', '(', 'def f(:\n  x = np.', 'x = [[[[[[[[[[', 'class A(\n', '@\n', 'import numpy as np\nx = np.zeros(' + '('.repeat(300), 'for x in : pass', 'x: int = ', '\u0000\uffff', 'import numpy as np\ndef f(x):\n    return f(x)\nf(np.zeros(3))\n',
      // comments that once made a shape-comment regex backtrack exponentially
      `x = 1  # (${'a '.repeat(60)}`, `# shape: (${'1, '.repeat(200)}`]) {
      assert.doesNotThrow(() => analyze(s));
    }
  });

  it('top-level shapes list simple-name targets, tuple unpacking included', () => {
    const a = analyze('import numpy as np\nX = np.zeros((4, 2), dtype=np.int32)\nn, d = X.shape\ndef f():\n    y = 1\nZ = X.T\n');
    assert.deepEqual(a.topLevelShapes.map((t) => [t.line, t.name, t.shape, t.dtype]), [
      [2, 'X', [4, 2], 'int32'], [3, 'n', null, null], [3, 'd', null, null], [6, 'Z', [2, 4], 'int32'],
    ]);
  });

  it('every diagnostic code has a doc page whose examples exercise it', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) {
      const p = path.join(ROOT, 'docs/diagnostics', `${code}.md`);
      assert.ok(existsSync(p), `missing ${p}`);
      const text = readFileSync(p, 'utf8');
      if (code !== 'syntax-error') assert.match(text, new RegExp(`# (error|warning): \\[${code}\\]`), `${code}.md has no example of ${code}`);
    }
  });
});

describe('CLI check and shapes', () => {
  const bug = { path: 'bug.py', source: 'import numpy as np\nX = np.zeros((32, 10))\nY = X + np.zeros(32)\n' };
  const clean = { path: 'ok.py', source: 'import numpy as np\nX = np.zeros((32, 10))\n' };

  it('json: one record per diagnostic, 1-based, exit 1 on errors', () => {
    const c = capture();
    assert.equal(checkFiles([bug, clean], 'json', c.io), 1);
    assert.deepEqual(JSON.parse(c.out()), [{
      file: 'bug.py', line: 3, column: 5, endLine: 3, endColumn: 21, severity: 'error', code: 'broadcast-mismatch',
      message: 'operands could not be broadcast together with shapes (32,10) (32,) ',
    }]);
  });

  it('clean files exit 0; warnings alone exit 0', () => {
    const c = capture();
    assert.equal(checkFiles([clean], 'json', c.io), 0);
    assert.equal(c.out(), '[]\n');
    const w = capture();
    assert.equal(checkFiles([{ path: 'w.py', source: 'import numpy as np\nd = np.zeros((5, 1)) - np.zeros(5)\n' }], 'text', w.io), 0);
    assert.match(w.out(), /^w\.py:2:5: warning\[silent-broadcast\] /);
  });

  it('text format is file:line:col: severity[code] message with an explanation line', () => {
    const c = capture();
    checkFiles([bug], 'text', c.io);
    const lines = c.out().split('\n');
    assert.equal(lines[0], 'bug.py:3:5: error[broadcast-mismatch] operands could not be broadcast together with shapes (32,10) (32,)');
    assert.match(lines[1], /^ {2}= Shapes align from the right/);
    assert.match(c.out(), /Found 1 error and 0 warnings in 1 file\.\n$/);
  });

  it('sarif is SARIF 2.1.0 with rules and regions', () => {
    const c = capture();
    checkFiles([bug], 'sarif', c.io);
    const s = JSON.parse(c.out());
    assert.equal(s.version, '2.1.0');
    const r = s.runs[0].results[0];
    assert.equal(r.ruleId, 'broadcast-mismatch');
    assert.equal(r.level, 'error');
    assert.deepEqual(r.locations[0].physicalLocation.region, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 21 });
    assert.equal(s.runs[0].tool.driver.rules[r.ruleIndex].id, 'broadcast-mismatch');
  });

  it('syntax errors are check diagnostics', () => {
    const c = capture();
    assert.equal(checkFiles([{ path: 's.py', source: 'x = (\n' }], 'json', c.io), 1);
    assert.equal(JSON.parse(c.out())[0].code, 'syntax-error');
  });

  it('shapes json: line, name, shape (ints or strings), dtype', () => {
    const c = capture();
    const src = 'import numpy as np\ndef f(n: int):\n    return np.zeros((n, 3))\nX = np.ones((2, 3))\nY = f(5)\nk = 3\n';
    assert.equal(shapesOfFile('s.py', src, 'json', c.io), 0);
    assert.deepEqual(JSON.parse(c.out()), [
      { line: 4, name: 'X', shape: [2, 3], dtype: 'float64' },
      { line: 5, name: 'Y', shape: [5, 3], dtype: 'float64' },
      { line: 6, name: 'k', shape: null, dtype: null },
    ]);
  });

  it('shapes json keeps symbolic dimensions as strings', () => {
    const c = capture();
    shapesOfFile('s.py', 'import json\nimport numpy as np\nX = np.asarray(json.loads("[]"))  # shape: (batch, 3)\n', 'json', c.io);
    assert.deepEqual(JSON.parse(c.out()), [{ line: 3, name: 'X', shape: ['batch', 3], dtype: null }]);
  });
});
